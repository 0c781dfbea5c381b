"""Regenerate resources/reference/countries.csv and az_subdivisions.csv from pycountry.

Usage: python scripts/gen_geography.py [--check] [--out DIR]

Rows come from pycountry's ISO 3166-1 and ISO 3166-2:AZ data; Azerbaijani country names come
from pycountry's 'az' gettext catalogue (left empty where the catalogue has no translation).
With --check the files are compared with what would be written, and nothing is changed
(exit 1 when they differ), so CI or a reviewer can see whether a pycountry upgrade needs a
regeneration.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "reference"

COUNTRY_COLUMNS = ("alpha_2", "alpha_3", "numeric", "name_en", "name_az", "source", "verified")
SUBDIVISION_COLUMNS = ("code", "name", "type", "parent_code", "source", "verified")

# pycountry's ISO 3166-2 type names -> the loader's subdivision types.
SUBDIVISION_TYPES = {
    "Municipality": "city",
    "Rayon": "rayon",
    "Autonomous republic": "autonomous_republic",
}


def _csv_text(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def country_rows() -> list[dict[str, str]]:
    source = f"ISO 3166-1 (pycountry {version('pycountry')})"
    az = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["az"])
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        translated = az.gettext(country.name)
        rows.append(
            {
                "alpha_2": country.alpha_2,
                "alpha_3": country.alpha_3,
                "numeric": country.numeric,
                "name_en": country.name,
                # An untranslated name comes back unchanged: leave the column empty rather
                # than present the English name as Azerbaijani.
                "name_az": translated if translated != country.name else "",
                "source": source,
                "verified": "true",
            }
        )
    return rows


def subdivision_rows() -> list[dict[str, str]]:
    source = f"ISO 3166-2:AZ (pycountry {version('pycountry')})"
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="AZ"), key=lambda s: s.code):
        if sub.type not in SUBDIVISION_TYPES:
            raise SystemExit(f"unknown ISO 3166-2:AZ subdivision type {sub.type!r} ({sub.code})")
        rows.append(
            {
                "code": sub.code,
                "name": sub.name,  # kept exactly as pycountry gives it
                "type": SUBDIVISION_TYPES[sub.type],
                "parent_code": sub.parent_code or "",
                "source": source,
                "verified": "true",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="reference directory")
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on change")
    args = parser.parse_args(argv)

    outputs = {
        "countries.csv": _csv_text(COUNTRY_COLUMNS, country_rows()),
        "az_subdivisions.csv": _csv_text(SUBDIVISION_COLUMNS, subdivision_rows()),
    }
    stale = []
    for name, text in outputs.items():
        path = args.out / name
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8", newline="")
    if args.check and stale:
        sys.stderr.write("out of date: " + ", ".join(stale) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

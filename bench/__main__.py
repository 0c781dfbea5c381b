"""Run every benchmark and print one table of figures.

Each benchmark module prints JSON lines of the form
{"figure": "...", "value": 1.23, "unit": "s", "target": "< 2 s"} among its other output;
this runner collects them. `--quick` runs each at a tiny size (the test suite's smoke run).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

BENCHES: tuple[tuple[str, list[str], list[str]], ...] = (
    # (module, full-size arguments, quick arguments)
    ("bench.demo_bench", ["--count", "100000"], ["--count", "200"]),
    ("bench.cold_start", ["--count", "100000"], ["--count", "200", "--runs", "1", "--no-baseline"]),
    ("bench.rules_check", ["--cases", "1000"], ["--cases", "20", "--runs", "1"]),
    ("bench.intake_bench", ["--count", "1000"], ["--count", "5"]),
    ("bench.letters_render", [], ["--quick"]),
    ("bench.queue_bench", ["--count", "100000"], ["--count", "300"]),
    ("bench.sync_bench", ["--count", "10000"], ["--count", "50", "--skip-scale"]),
)


def run(module: str, args: list[str]) -> tuple[list[dict[str, object]], str, int]:
    root = Path(__file__).resolve().parent.parent
    if not (root / (module.replace(".", "/") + ".py")).exists():
        return [], "not present", 0
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=1800,
    )
    figures = []
    for line in result.stdout.splitlines():
        line = line.strip()
        if line.startswith("{") and '"figure"' in line:
            with contextlib.suppress(json.JSONDecodeError):
                figures.append(json.loads(line))
    note = f"{time.perf_counter() - started:.1f} s"
    if result.returncode != 0:
        note = f"FAILED (exit {result.returncode}): {result.stderr.strip()[-300:]}"
    return figures, note, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke run)")
    parser.add_argument("only", nargs="*", help="benchmark modules to run (default: all)")
    options = parser.parse_args()
    failed = 0
    rows: list[tuple[str, str, str, str]] = []
    for module, full, quick in BENCHES:
        if (
            options.only
            and module.split(".")[-1] not in options.only
            and module not in options.only
        ):
            continue
        figures, note, code = run(module, quick if options.quick else full)
        failed += code != 0
        if not figures:
            rows.append((module, "-", "-", note))
        for figure in figures:
            value = figure.get("value")
            shown = f"{value:.4g}" if isinstance(value, float) else str(value)
            rows.append(
                (
                    str(figure.get("figure")),
                    f"{shown} {figure.get('unit', '')}".strip(),
                    str(figure.get("target", "")),
                    module,
                )
            )
    width = [
        max(len(r[i]) for r in [*rows, ("figure", "value", "target", "source")]) for i in range(4)
    ]
    for row in [("figure", "value", "target", "source"), *rows]:
        print("  ".join(cell.ljust(width[i]) for i, cell in enumerate(row)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

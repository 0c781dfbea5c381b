"""Blank editions: the layout file format (TOML, millimetres) and its parsing.

A blank edition is a TOML file under resources/reference/blanks/: the blank's size and, for
each field, where its text goes, in millimetres from the blank's top-left corner (x to the
left edge of the text box, y down to the text's baseline). docs/documents.md documents it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from registrar.paths import resource
from registrar.services.errors import BadInput, NotFound

Align = Literal["left", "center", "right"]
ALIGNS = ("left", "center", "right")


@dataclass(frozen=True)
class BlankField:
    """Where one value is printed: a box `width_mm` wide whose text baseline is at `y_mm`."""

    name: str
    x_mm: float
    y_mm: float
    width_mm: float
    font_size_pt: float
    bold: bool = False
    align: Align = "left"
    required: bool = False


@dataclass(frozen=True)
class BlankColumn:
    key: str
    x_mm: float
    width_mm: float
    align: Align = "left"


@dataclass(frozen=True)
class BlankTable:
    """Rows of courses: the first row's baseline, the pitch between rows, and the columns."""

    first_baseline_mm: float
    row_height_mm: float
    max_rows: int
    font_size_pt: float
    columns: tuple[BlankColumn, ...]


@dataclass(frozen=True)
class BlankSpot:
    """A square area (the QR symbol): top-left corner and side, in mm."""

    x_mm: float
    y_mm: float
    size_mm: float


@dataclass(frozen=True)
class BlankLayout:
    edition: str
    title: str
    verified: bool  # False until measured against a real blank of this edition
    page_width_mm: float
    page_height_mm: float
    font_size_pt: float
    min_font_size_pt: float
    fields: Mapping[str, BlankField]
    table: BlankTable | None
    qr: BlankSpot | None
    code: BlankField | None  # where the verification code is printed as text


@dataclass(frozen=True)
class PrinterOffsets:
    """A printer's correction, added to every position: dx to the right, dy downwards."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {"dx_mm": self.dx_mm, "dy_mm": self.dy_mm}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrinterOffsets:
        try:
            return cls(float(data.get("dx_mm", 0.0)), float(data.get("dy_mm", 0.0)))
        except (TypeError, ValueError):
            raise BadInput("Printer offsets are numbers of millimetres.", field="offsets") from None


# ---------------------------------------------------------------------------- layout files


def _number(table: Mapping[str, Any], key: str, where: str, default: float | None = None) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadInput(
            f"{where}: '{key}' must be a number of millimetres or points.", field=f"{where}.{key}"
        )
    return float(value)


def _align(table: Mapping[str, Any], where: str) -> Align:
    value = table.get("align", "left")
    if value not in ALIGNS:
        raise BadInput(f"{where}: align is one of {', '.join(ALIGNS)}.", field=f"{where}.align")
    return value  # type: ignore[no-any-return]


def _field(name: str, table: Mapping[str, Any], default_size: float, where: str) -> BlankField:
    if not isinstance(table, Mapping):
        raise BadInput(f"{where} must be a table.", field=where)
    return BlankField(
        name=name,
        x_mm=_number(table, "x_mm", where),
        y_mm=_number(table, "y_mm", where),
        width_mm=_number(table, "width_mm", where),
        font_size_pt=_number(table, "font_size_pt", where, default_size),
        bold=bool(table.get("bold", False)),
        align=_align(table, where),
        required=bool(table.get("required", False)),
    )


def parse_blank_layout(text: str) -> BlankLayout:
    """A layout from TOML text; BadInput names the key at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise BadInput(f"The blank layout is not valid TOML: {error}", field="layout") from None
    for key in ("edition", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise BadInput(f"The blank layout needs '{key}'.", field=key)
    size = _number(data, "font_size_pt", "layout", 10.0)
    fields_table = data.get("fields", {})
    if not isinstance(fields_table, Mapping) or not fields_table:
        raise BadInput("The blank layout has no [fields.*] tables.", field="fields")
    fields = {
        name: _field(name, spec, size, f"fields.{name}") for name, spec in fields_table.items()
    }
    table = None
    if "table" in data:
        spec = data["table"]
        columns_spec = spec.get("columns", [])
        if not columns_spec:
            raise BadInput("[table] needs [[table.columns]].", field="table.columns")
        columns = []
        for index, column in enumerate(columns_spec):
            where = f"table.columns[{index}]"
            key = column.get("key")
            if not isinstance(key, str) or not key:
                raise BadInput(f"{where} needs a 'key'.", field=f"{where}.key")
            columns.append(
                BlankColumn(
                    key,
                    _number(column, "x_mm", where),
                    _number(column, "width_mm", where),
                    _align(column, where),
                )
            )
        max_rows = spec.get("max_rows")
        if not isinstance(max_rows, int) or max_rows < 1:
            raise BadInput(
                "table.max_rows must be a positive whole number.", field="table.max_rows"
            )
        table = BlankTable(
            first_baseline_mm=_number(spec, "first_baseline_mm", "table"),
            row_height_mm=_number(spec, "row_height_mm", "table"),
            max_rows=max_rows,
            font_size_pt=_number(spec, "font_size_pt", "table", size),
            columns=tuple(columns),
        )
    qr = None
    if "qr" in data:
        spot = data["qr"]
        qr = BlankSpot(
            _number(spot, "x_mm", "qr"), _number(spot, "y_mm", "qr"), _number(spot, "size_mm", "qr")
        )
    code = _field("code", data["code"], size, "code") if "code" in data else None
    return BlankLayout(
        edition=data["edition"].strip(),
        title=data["title"].strip(),
        verified=bool(data.get("verified", False)),
        page_width_mm=_number(data, "page_width_mm", "layout"),
        page_height_mm=_number(data, "page_height_mm", "layout"),
        font_size_pt=size,
        min_font_size_pt=_number(data, "min_font_size_pt", "layout", 6.0),
        fields=fields,
        table=table,
        qr=qr,
        code=code,
    )


def blank_editions() -> dict[str, Path]:
    """Edition id -> layout file, for every layout shipped in resources/reference/blanks/."""
    editions = {}
    for path in sorted(resource("reference", "blanks").glob("*.toml")):
        editions[parse_blank_layout(path.read_text(encoding="utf-8")).edition] = path
    return editions


def load_blank_layout(edition: str) -> BlankLayout:
    path = blank_editions().get(edition)
    if path is None:
        raise NotFound(f"No blank layout for edition '{edition}'.", field="edition")
    return parse_blank_layout(path.read_text(encoding="utf-8"))

"""Filling a parsed template with data: type checks, Azerbaijani formatting, paragraph blocks.

The result holds reportlab paragraph markup (escaped text) arranged in blocks; render.py only
lays it out. Every problem with the data raises BadInput naming the placeholder.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from registrar.services.errors import BadInput
from registrar.services.letters import azformat
from registrar.services.letters.fonts import check_printable, markup
from registrar.services.letters.spec import FieldSpec, FieldType, KindSpec
from registrar.services.letters.template import (
    ROW_NUMBER_COLUMN,
    IfBlock,
    Inline,
    Line,
    Node,
    Placeholder,
    Template,
    field_spec,
)

MISSING: Any = object()

BlockKind = Literal["para", "item", "heading", "rows", "table"]


@dataclass(frozen=True)
class FilledTable:
    headers: tuple[str, ...]
    aligns: tuple[str, ...]
    weights: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None
    total_span: int = 0  # the closing row's label spans the columns before this one


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""  # markup
    number: int = 0  # items: 1, 2, 3 ...
    rows: tuple[tuple[str, ...], ...] = ()  # label/value rows
    table: FilledTable | None = None


@dataclass(frozen=True)
class Signature:
    title: str  # markup; empty for a plain note line
    name: str


@dataclass(frozen=True)
class FilledDocument:
    kind: str
    layout: str
    title: str
    subtitle: str | None
    to: tuple[str, ...]
    body: tuple[Block, ...]
    signatures: tuple[Signature, ...]
    annex: tuple[Block, ...]


def lookup(data: Any, name: str) -> Any:
    """Follow a dotted name through mappings and objects (dataclasses); MISSING if absent."""
    current = data
    for part in name.split("."):
        if isinstance(current, Mapping):
            current = current.get(part, MISSING)
        elif current is MISSING or current is None:
            return MISSING
        else:
            current = getattr(current, part, MISSING)
        if current is MISSING:
            return MISSING
    return current


def _is_empty(value: Any) -> bool:
    return (
        value is MISSING
        or value is None
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, Sequence) and not isinstance(value, str) and not value)
    )


def truthy(value: Any) -> bool:
    return not _is_empty(value) and value is not False


def _type_error(name: str, expected: str, value: Any) -> BadInput:
    return BadInput(f"'{name}' should be {expected}, not {type(value).__name__}.", field=name)


def check_value(name: str, spec_type: FieldType, value: Any, choices: tuple[str, ...]) -> None:
    """Refuse a value of the wrong type, an unknown choice code or an unprintable text."""
    if spec_type is FieldType.TEXT:
        if not isinstance(value, str):
            raise _type_error(name, "text", value)
        check_printable(value, field=name)
    elif spec_type is FieldType.DATE:
        if not isinstance(value, date):
            raise _type_error(name, "a date", value)
    elif spec_type is FieldType.DATETIME:
        if not isinstance(value, datetime):
            raise _type_error(name, "a date and time", value)
    elif spec_type is FieldType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(name, "a whole number", value)
    elif spec_type in (FieldType.DECIMAL, FieldType.MONEY):
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise _type_error(name, "a Decimal or int (never a float)", value)
    elif spec_type is FieldType.CHOICE:
        if value not in choices:
            raise BadInput(
                f"'{name}' is {value!r}; expected one of {', '.join(choices)}.", field=name
            )
    elif spec_type is FieldType.FLAG:
        if not isinstance(value, bool):
            raise _type_error(name, "true or false", value)
    elif spec_type is FieldType.TABLE and (
        isinstance(value, str | bytes) or not isinstance(value, Sequence)
    ):
        raise _type_error(name, "a list of rows", value)


def format_value(spec_type: FieldType, value: Any, filter_name: str | None) -> str:
    """Plain text (not yet escaped) of a checked value."""
    if spec_type is FieldType.DATETIME:
        return (
            azformat.short_datetime(value)
            if filter_name == "short"
            else azformat.long_datetime(value)
        )
    if spec_type is FieldType.DATE:
        day = value.date() if isinstance(value, datetime) else value
        return azformat.short_date(day) if filter_name == "short" else azformat.long_date(day)
    if spec_type is FieldType.INTEGER:
        return azformat.ordinal(value) if filter_name == "ordinal" else str(value)
    if spec_type is FieldType.DECIMAL:
        return azformat.number(value)
    if spec_type is FieldType.MONEY:
        return azformat.money(value)
    text = str(value)
    return azformat.upper(text) if filter_name == "upper" else text


class _Filler:
    def __init__(self, template: Template, kind: KindSpec, data: Mapping[str, Any]) -> None:
        self.template = template
        self.kind = kind
        self.data = data

    def spec(self, name: str) -> FieldSpec:
        spec = field_spec(self.kind, name)
        assert spec is not None, name  # the template was validated against the kind
        return spec

    def value(self, name: str) -> Any:
        return lookup(self.data, name)

    def placeholder(self, placeholder: Placeholder) -> str:
        spec = self.spec(placeholder.name)
        value = self.value(placeholder.name)
        if _is_empty(value):
            raise BadInput(
                f"No value for '{placeholder.name}' (template line {placeholder.line}).",
                field=placeholder.name,
                line=placeholder.line,
            )
        check_value(placeholder.name, spec.type, value, spec.choices)
        if spec.type is FieldType.CHOICE:
            segments = self.template.choices.get(placeholder.name, {}).get(value)
            if segments is None:
                text = self.kind.default_choices[placeholder.name][value]
                return markup(azformat.upper(text) if placeholder.filter == "upper" else text)
            return self.inline(segments)
        return markup(format_value(spec.type, value, placeholder.filter))

    def inline(self, segments: Inline) -> str:
        return "".join(
            self.placeholder(s) if isinstance(s, Placeholder) else markup(s) for s in segments
        )

    def lines(self, nodes: tuple[Node, ...]) -> list[Line]:
        """The lines that remain once {{#if}} blocks are decided."""
        kept: list[Line] = []
        for node in nodes:
            if isinstance(node, IfBlock):
                if truthy(self.value(node.name)) != node.negate:
                    kept.extend(self.lines(node.children))
            else:
                kept.append(node)
        return kept

    def blocks(self, nodes: tuple[Node, ...]) -> tuple[Block, ...]:
        blocks: list[Block] = []
        pending: list[str] = []
        pending_kind: BlockKind | None = None
        rows: list[tuple[str, ...]] = []
        number = 0

        def flush() -> None:
            nonlocal pending_kind, number
            if pending_kind is not None:
                text = " ".join(part for part in pending if part.strip())
                if text.strip():
                    if pending_kind == "item":
                        number += 1
                        blocks.append(Block("item", text, number=number))
                    else:
                        blocks.append(Block(pending_kind, text))
            pending.clear()
            pending_kind = None

        def flush_rows() -> None:
            if rows:
                blocks.append(Block("rows", rows=tuple(rows)))
                rows.clear()

        for line in self.lines(nodes):
            if line.kind != "row":
                flush_rows()
            if line.kind == "blank":
                flush()
            elif line.kind == "text":
                if pending_kind is None:
                    pending_kind = "para"
                pending.append(self.inline(line.cells[0]))
            elif line.kind == "item":
                flush()
                pending_kind = "item"
                pending.append(self.inline(line.cells[0]))
            elif line.kind == "heading":
                flush()
                number = 0
                blocks.append(Block("heading", self.inline(line.cells[0])))
            elif line.kind == "row":
                flush()
                rows.append(tuple(self.inline(cell) for cell in line.cells))
            elif line.kind == "table":
                flush()
                assert line.table is not None
                table = self.table(line.table)
                if table is not None:
                    blocks.append(Block("table", table=table))
        flush()
        flush_rows()
        return tuple(blocks)

    def table(self, name: str) -> FilledTable | None:
        spec = self.spec(name)
        assert spec.table is not None
        layout = self.template.tables[name]
        rows_value = self.value(name)
        if _is_empty(rows_value):
            return None
        check_value(name, FieldType.TABLE, rows_value, ())
        totals: dict[str, Decimal] = {key: Decimal(0) for key in spec.table.totals}
        rows: list[tuple[str, ...]] = []
        for index, row in enumerate(rows_value, start=1):
            cells: list[str] = []
            for key, _header in layout.columns:
                if key == ROW_NUMBER_COLUMN:
                    cells.append(str(index))
                    continue
                column = spec.table.column(key)
                assert column is not None
                field_name = f"{name}[{index}].{key}"
                value = lookup(row, key)
                if _is_empty(value):
                    if column.required:
                        raise BadInput(f"No value for '{field_name}'.", field=field_name)
                    cells.append("—")
                    continue
                check_value(field_name, column.type, value, ())
                if key in totals:
                    totals[key] += Decimal(value)
                cells.append(markup(format_value(column.type, value, None)))
            rows.append(tuple(cells))
        total: tuple[str, ...] | None = None
        total_span = 0
        if layout.total_label is not None:
            keys = [key for key, _header in layout.columns]
            summed = [i for i, key in enumerate(keys) if key in totals]
            total_span = summed[0] if summed else len(keys)
            cells = [
                markup(azformat.number(totals[key].normalize())) if key in totals else ""
                for key in keys
            ]
            if total_span > 0:
                cells[0] = markup(layout.total_label)
            total = tuple(cells)
        columns = [spec.table.column(key) for key, _ in layout.columns]
        return FilledTable(
            headers=tuple(markup(header) for _, header in layout.columns),
            aligns=tuple("center" if c is None else c.align for c in columns),
            weights=tuple(0.4 if c is None else c.weight for c in columns),
            rows=tuple(rows),
            total=total,
            total_span=total_span,
        )

    def signatures(self) -> tuple[Signature, ...]:
        if self.template.signatures is None:
            return (
                Signature(
                    markup(str(self.value("signatory.title"))),
                    markup(str(self.value("signatory.name"))),
                ),
            )
        result: list[Signature] = []
        for line in self.lines(self.template.signatures):
            if line.kind == "row":
                result.append(Signature(self.inline(line.cells[0]), self.inline(line.cells[-1])))
            elif line.kind in ("text", "item", "heading"):
                text = self.inline(line.cells[0])
                if text.strip():
                    result.append(Signature("", text))
        return tuple(result)


def check_data(kind: KindSpec, data: Mapping[str, Any]) -> None:
    """Every required field is present and every present field has the right type."""
    for spec in kind.fields:
        value = lookup(data, spec.name)
        if _is_empty(value):
            if spec.required:
                raise BadInput(f"No value for '{spec.name}'.", field=spec.name)
            continue
        check_value(spec.name, spec.type, value, spec.choices)


def fill(template: Template, kind: KindSpec, data: Mapping[str, Any]) -> FilledDocument:
    """The document's blocks for `data` (already merged with the standard fields)."""
    check_data(kind, data)
    filler = _Filler(template, kind, data)
    return FilledDocument(
        kind=kind.id,
        layout=template.layout,
        title=filler.inline(template.title),
        subtitle=filler.inline(template.subtitle) if template.subtitle else None,
        to=tuple(
            text
            for line in filler.lines(template.to)
            if line.kind != "blank" and line.cells
            for text in [filler.inline(line.cells[0])]
            if text.strip()
        ),
        body=filler.blocks(template.body),
        signatures=filler.signatures(),
        annex=filler.blocks(template.annex),
    )


def as_mapping(data: Any) -> Mapping[str, Any]:
    """Accept a mapping or a dataclass instance as the top level of the data."""
    if isinstance(data, Mapping):
        return data
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    raise BadInput(f"Document data must be a mapping or a dataclass, not {type(data).__name__}.")

"""What a document kind declares: its placeholders, their types, choices and annex tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal


class FieldType(StrEnum):
    TEXT = "text"  # str; a newline prints as a line break
    DATE = "date"  # datetime.date -> "22 noyabr 2026-cı il"
    DATETIME = "datetime"  # datetime.datetime -> "22 noyabr 2026-cı il, saat 14:35"
    INTEGER = "integer"  # int -> "2026" (no grouping)
    DECIMAL = "decimal"  # Decimal or int -> "1 234,5"
    MONEY = "money"  # Decimal or int -> "1 234,50 ₼"
    CHOICE = "choice"  # a code; the template gives the text of each code
    FLAG = "flag"  # bool; only for {{#if}}
    TABLE = "table"  # a list of rows; only for {{#table}} and {{#if}}


# Which `| filter` each type accepts.
FILTERS: Mapping[FieldType, frozenset[str]] = {
    FieldType.TEXT: frozenset({"upper"}),
    FieldType.CHOICE: frozenset({"upper"}),
    FieldType.DATE: frozenset({"short"}),
    FieldType.DATETIME: frozenset({"short"}),
    FieldType.INTEGER: frozenset({"ordinal"}),
    FieldType.DECIMAL: frozenset(),
    FieldType.MONEY: frozenset(),
    FieldType.FLAG: frozenset(),
    FieldType.TABLE: frozenset(),
}
PRINTABLE = frozenset(FieldType) - {FieldType.FLAG, FieldType.TABLE}

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class ColumnSpec:
    """One column of an annex table; `key` names the value in each row."""

    key: str
    type: FieldType = FieldType.TEXT
    weight: float = 1.0  # share of the table width
    align: Align = "left"
    required: bool = True


@dataclass(frozen=True)
class TableSpec:
    columns: tuple[ColumnSpec, ...]
    totals: tuple[str, ...] = ()  # DECIMAL/INTEGER columns summed in a closing row

    def column(self, key: str) -> ColumnSpec | None:
        return next((c for c in self.columns if c.key == key), None)


@dataclass(frozen=True)
class FieldSpec:
    """A placeholder a template may use, e.g. `student.full_name`."""

    name: str
    type: FieldType = FieldType.TEXT
    required: bool = True
    choices: tuple[str, ...] = ()  # the codes of a CHOICE field
    table: TableSpec | None = None  # the columns of a TABLE field
    note: str = ""  # for docs/documents.md and the template editor


Layout = Literal["standard", "letter"]


@dataclass(frozen=True)
class KindSpec:
    """A document kind: its Azerbaijani title, its template file and its data contract."""

    id: str
    title_az: str
    template_file: str
    fields: tuple[FieldSpec, ...]
    must_use: tuple[str, ...] = ()  # placeholders every version of the template must print
    default_choices: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    derive: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    paragraphs: tuple[str, ...] = ()  # paragraphs of the Rules the document rests on

    def field_spec(self, name: str) -> FieldSpec | None:
        return self.fields_by_name.get(name)

    @cached_property
    def fields_by_name(self) -> Mapping[str, FieldSpec]:
        return {f.name: f for f in self.fields}

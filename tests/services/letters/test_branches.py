"""Every branch of every shipped template renders: each choice code, each optional field."""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from registrar.services.letters import fill_document, kind_ids
from registrar.services.letters.fill import MISSING, lookup
from registrar.services.letters.kinds import get_kind
from registrar.services.letters.samples import SAMPLE_DATE, sample_data, sample_letterhead
from registrar.services.letters.spec import ColumnSpec, FieldSpec, FieldType

DUMMY: dict[FieldType, Any] = {
    FieldType.TEXT: "Nümunə mətn",
    FieldType.DATE: date(2026, 3, 4),
    FieldType.DATETIME: datetime(2026, 3, 4, 10, 30),
    FieldType.INTEGER: 3,
    FieldType.DECIMAL: Decimal("4.5"),
    FieldType.MONEY: Decimal("1800"),
    FieldType.FLAG: True,
}


def _set(data: dict[str, Any], name: str, value: Any) -> None:
    *path, last = name.split(".")
    for part in path:
        data = data.setdefault(part, {})
    data[last] = value


def _row(columns: tuple[ColumnSpec, ...]) -> dict[str, Any]:
    return {c.key: DUMMY[c.type] for c in columns}


def _dummy(spec: FieldSpec) -> Any:
    if spec.type is FieldType.CHOICE:
        return spec.choices[0]
    if spec.type is FieldType.TABLE:
        assert spec.table is not None
        return [_row(spec.table.columns)]
    return DUMMY[spec.type]


def full_data(kind: str) -> dict[str, Any]:
    """The sample data with every optional field filled in as well."""
    data = copy.deepcopy(sample_data(kind))
    for spec in get_kind(kind).fields:
        if lookup(data, spec.name) in (MISSING, None) and spec.name != "recognition.total_credits":
            _set(data, spec.name, _dummy(spec))
    return data


CASES = [
    (kind, spec.name, code)
    for kind in kind_ids()
    for spec in get_kind(kind).fields
    if spec.type is FieldType.CHOICE
    for code in spec.choices
]


@pytest.mark.parametrize(("kind", "field", "code"), CASES)
def test_every_choice_code_renders_with_full_data(kind: str, field: str, code: str) -> None:
    data = full_data(kind)
    _set(data, field, code)
    document = fill_document(
        kind, data, letterhead=sample_letterhead(kind), number="X/1", issued_on=SAMPLE_DATE
    )
    assert document.body


# Codes whose text needs no optional field (others name theirs in the kind's notes).
SELF_CONTAINED = {
    "academic_leave_order": ("leave.ground", "mobilisation"),
    "mse_petition": ("petition.subject", "return_other_hei"),
}


@pytest.mark.parametrize("kind", kind_ids())
def test_every_kind_renders_with_only_its_required_data(kind: str) -> None:
    data: dict[str, Any] = {}
    for spec in get_kind(kind).fields:
        if spec.required:
            _set(data, spec.name, copy.deepcopy(lookup(sample_data(kind), spec.name)))
    if kind in SELF_CONTAINED:
        _set(data, *SELF_CONTAINED[kind])
    document = fill_document(
        kind, data, letterhead=sample_letterhead(kind), number="X/1", issued_on=SAMPLE_DATE
    )
    assert document.body


@pytest.mark.parametrize("kind", kind_ids())
def test_every_kind_renders_with_the_yes_no_fields_false(kind: str) -> None:
    data = full_data(kind)
    for spec in get_kind(kind).fields:
        if spec.type is FieldType.FLAG:
            _set(data, spec.name, False)
    assert fill_document(
        kind, data, letterhead=sample_letterhead(kind), number="X/1", issued_on=SAMPLE_DATE
    ).body

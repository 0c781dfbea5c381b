"""Admission-list import (CSV and XLSX) and the generic table reader under it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from registrar.models.admission import AdmissionListEntry
from registrar.services.admission_import import COLUMNS, AdmissionListImporter, check_rows
from registrar.services.context import Workspace
from registrar.services.database import Database
from registrar.services.errors import BadInput
from registrar.services.tabular import read_table
from tests.services.intake_fixtures import DESK, EXAMPLES, fresh_workspace, reference

TODAY = date(2026, 11, 22)
HEADER = ",".join(COLUMNS)
GOOD = (
    "fin,7RDK2QF,Məmmədova,Leyla,Rauf qızı,2001-04-17,BDU,L101,L101-1,full_time,az,"
    "state_funded,58.5,2026,fin_citizen,Bakı"
)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[tuple[Database, Workspace]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    yield db, workspace
    db.dispose()


def run(workspace: Workspace, text: str, *, dry_run: bool = False) -> dict[str, Any]:
    importer = AdmissionListImporter(workspace, reference(), DESK)
    return importer.run(text.encode("utf-8"), "list.csv", dry_run=dry_run).as_json()


def entries(workspace: Workspace) -> int:
    with workspace.read() as session:
        return session.scalar(select(func.count()).select_from(AdmissionListEntry)) or 0


def test_the_example_list_imports_every_row(workspace: tuple[Database, Workspace]) -> None:
    result = run(workspace[1], (EXAMPLES / "admission-list.csv").read_text(encoding="utf-8"))
    assert result == {"imported": 3, "unchanged": 0, "errors": []}


def test_re_importing_the_same_file_changes_nothing(workspace: tuple[Database, Workspace]) -> None:
    text = (EXAMPLES / "admission-list.csv").read_text(encoding="utf-8")
    run(workspace[1], text)
    with workspace[1].read() as session:
        before = [(e.id, e.row_version) for e in session.scalars(select(AdmissionListEntry))]
    assert run(workspace[1], text) == {"imported": 0, "unchanged": 3, "errors": []}
    with workspace[1].read() as session:
        after = [(e.id, e.row_version) for e in session.scalars(select(AdmissionListEntry))]
    assert sorted(after) == sorted(before)


def test_a_changed_row_replaces_the_stored_one(workspace: tuple[Database, Workspace]) -> None:
    run(workspace[1], f"{HEADER}\n{GOOD}\n")
    changed = GOOD.replace(",58.5,", ",61,")
    assert run(workspace[1], f"{HEADER}\n{changed}\n")["imported"] == 1
    with workspace[1].read() as session:
        [entry] = session.scalars(select(AdmissionListEntry)).all()
    assert entry.score == 61


def test_bad_rows_are_reported_by_line_and_column_and_the_good_rows_kept(
    workspace: tuple[Database, Workspace],
) -> None:
    bad_fin = GOOD.replace("7RDK2QF", "7RDK2Q")
    bad_date = GOOD.replace("7RDK2QF", "1AAAAAA").replace("2001-04-17", "2001-02-30")
    good_two = GOOD.replace("7RDK2QF", "2BBBBBB")
    result = run(workspace[1], f"{HEADER}\n{bad_fin}\n{good_two}\n{bad_date}\n")
    assert result["imported"] == 1
    assert [(e["line"], e["field"]) for e in result["errors"]] == [
        (2, "national_key"),
        (4, "birth_date"),
    ]
    assert entries(workspace[1]) == 1


def test_every_problem_of_a_row_is_reported(workspace: tuple[Database, Workspace]) -> None:
    row = "fin,12,,Leyla,,yesterday,XYZ,NOPE,,weekly,zz,free,-3,1800,nowhere,"
    result = run(workspace[1], f"{HEADER}\n{row}\n")
    fields = {e["field"] for e in result["errors"]}
    assert fields == {
        "national_key",
        "last_name",
        "birth_date",
        "institution",
        "specialty",
        "study_form",
        "language",
        "basis",
        "score",
        "year",
        "admission_line",
    }


def test_a_row_of_another_institution_is_refused(workspace: tuple[Database, Workspace]) -> None:
    result = run(workspace[1], f"{HEADER}\n{GOOD.replace(',BDU,', ',ADPU,')}\n")
    [error] = result["errors"]
    assert error["field"] == "institution" and "BDU" in error["message"]


def test_a_key_type_that_does_not_fit_the_admission_line_is_refused(
    workspace: tuple[Database, Workspace],
) -> None:
    row = GOOD.replace("fin,7RDK2QF", "dim_document,AB12345")
    [error] = run(workspace[1], f"{HEADER}\n{row}\n")["errors"]
    assert error["field"] == "key_type"


def test_the_same_person_twice_in_one_file_is_refused_the_second_time(
    workspace: tuple[Database, Workspace],
) -> None:
    result = run(workspace[1], f"{HEADER}\n{GOOD}\n{GOOD}\n")
    assert result["imported"] == 1
    [error] = result["errors"]
    assert error["line"] == 3 and "2" in error["message"]


def test_a_dry_run_reports_without_writing(workspace: tuple[Database, Workspace]) -> None:
    assert run(workspace[1], f"{HEADER}\n{GOOD}\n", dry_run=True)["imported"] == 1
    assert entries(workspace[1]) == 0


def test_a_missing_column_refuses_the_file_naming_the_column(
    workspace: tuple[Database, Workspace],
) -> None:
    header = HEADER.replace(",basis", "")
    result = run(workspace[1], f"{header}\n{GOOD}\n")
    assert result["imported"] == 0
    assert result["errors"] == [{"line": 1, "field": "basis", "message": "«basis» sütunu yoxdur."}]


def test_an_xlsx_list_imports_like_the_csv(workspace: tuple[Database, Workspace]) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    values: list[object] = list(GOOD.split(","))
    values[5] = datetime(2001, 4, 17)  # a real date cell
    values[12] = 58.5
    values[13] = 2026
    sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    importer = AdmissionListImporter(workspace[1], reference(), DESK)
    result = importer.run(out.getvalue(), "list.xlsx")
    assert result.as_json() == {"imported": 1, "unchanged": 0, "errors": []}
    assert run(workspace[1], f"{HEADER}\n{GOOD}\n")["unchanged"] == 1


def test_semicolons_and_day_first_dates_are_understood(
    workspace: tuple[Database, Workspace],
) -> None:
    row = GOOD.replace("2001-04-17", "17.04.2001").replace(",", ";")
    result = run(workspace[1], f"{HEADER.replace(',', ';')}\n{row}\n")
    assert result == {"imported": 1, "unchanged": 0, "errors": []}


def test_the_basis_may_be_written_as_the_portal_label(
    workspace: tuple[Database, Workspace],
) -> None:
    row = GOOD.replace("state_funded", "Dövlət sifarişi əsasında")
    assert run(workspace[1], f"{HEADER}\n{row}\n")["imported"] == 1


def test_a_file_that_is_not_a_table_is_one_clear_error(
    workspace: tuple[Database, Workspace],
) -> None:
    importer = AdmissionListImporter(workspace[1], reference(), DESK)
    result = importer.run(b"\xd0\xcf\x11\xe0old excel", "list.xls").as_json()
    assert result["imported"] == 0
    [error] = result["errors"]
    assert error["line"] == 1 and "XLS" in error["message"]


def test_a_csv_that_is_not_utf8_names_the_line(workspace: tuple[Database, Workspace]) -> None:
    importer = AdmissionListImporter(workspace[1], reference(), DESK)
    data = f"{HEADER}\n{GOOD}\n".encode() + "fin,Məm".encode("cp1254", "replace") + b"\xfe\n"
    [error] = importer.run(data, "list.csv").as_json()["errors"]
    assert error["line"] == 3 and "UTF-8" in error["message"]


def test_the_table_reader_gives_each_row_its_line_number() -> None:
    data = b'a,b\n1,2\n\n"x\ny",3\n4,5\n'
    table = read_table(data, columns=("a", "b"))
    assert [(row.line, dict(row.values)) for row in table.rows] == [
        (2, {"a": "1", "b": "2"}),
        (4, {"a": "x\ny", "b": "3"}),
        (6, {"a": "4", "b": "5"}),
    ]


def test_the_table_reader_reports_a_row_with_too_many_cells_and_keeps_the_rest() -> None:
    table = read_table(b"a,b\n1,2,3\n4,5\n", columns=("a", "b"))
    assert [row.line for row in table.rows] == [3]
    assert [(e.line, e.field) for e in table.errors] == [(2, "row")]


def test_the_table_reader_refuses_an_unknown_column() -> None:
    with pytest.raises(BadInput) as caught:
        read_table(b"a,zz\n1,2\n", columns=("a", "b"))
    assert caught.value.line == 1 and "zz" in caught.value.message


CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_characters=',\n\r"'), max_size=20)


@given(cells=st.lists(CELL, min_size=len(COLUMNS), max_size=len(COLUMNS) + 2))
def test_any_row_is_either_accepted_or_refused_with_a_named_column(cells: list[str]) -> None:
    data = (HEADER + "\n" + ",".join(cells) + "\n").encode("utf-8")
    rows, errors = check_rows(data, reference(), "BDU", TODAY)
    assert len(rows) + len({e.line for e in errors}) == (1 if any(c.strip() for c in cells) else 0)
    assert all(e.field and e.message for e in errors)


@given(data=st.binary(max_size=300))
def test_any_bytes_give_rows_or_errors_never_a_traceback(data: bytes) -> None:
    _rows, errors = check_rows(data, reference(), "BDU", TODAY)
    assert all(e.line >= 1 and e.field and e.message for e in errors)


@given(prefix=st.binary(max_size=200))
def test_damaged_xlsx_files_are_one_clear_error(prefix: bytes) -> None:
    rows, errors = check_rows(b"PK\x03\x04" + prefix, reference(), "BDU", TODAY)
    assert rows == [] and len(errors) == 1 and errors[0].line == 1

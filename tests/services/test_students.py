"""The student register: imports with per-row errors, status history, the study record."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from registrar.services.context import Workspace
from registrar.services.errors import BadInput
from registrar.services.students import StudentRegister, is_failing
from tests.services.test_movements import REGISTRAR, seeded_engine, workspace_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADER = (
    "student_number,national_key,last_name,first_name,level,specialty_code,study_form,"
    "funding,admission_year"
)


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def test_the_example_students_are_imported_and_enrolled(bdu: Workspace) -> None:
    register = StudentRegister(bdu, REGISTRAR)
    report = register.import_students((EXAMPLES / "students.csv").read_bytes())
    assert (report.created, report.unchanged, report.errors) == (4, 0, ())
    [student] = register.search("eliyeva")
    assert (student.student_number, student.specialty_code, student.status) == (
        "B24-0001",
        "L003",
        "enrolled",
    )
    [entry] = register.status_history(student.id)
    assert (entry.kind, entry.order_id) == ("enrolled", None)


def test_reimporting_the_same_file_changes_nothing(bdu: Workspace) -> None:
    register = StudentRegister(bdu, REGISTRAR)
    data = (EXAMPLES / "students.csv").read_bytes()
    register.import_students(data)
    again = register.import_students(data)
    assert (again.created, again.unchanged) == (0, 4)
    assert len(register.search()) == 4


def test_bad_rows_are_reported_by_line_and_field_and_good_rows_kept(bdu: Workspace) -> None:
    data = "\n".join(
        [
            HEADER,
            "S1,AAA1111,Əliyev,Rauf,bachelor,L003,full_time,state_order,2024",
            "S2,BBB2222,Həsənova,Leyla,bachelor,ZZZ9,full_time,state_order,2024",
            "S3,CCC3333,Kərimov,Orxan,bachelor,L003,night,state_order,2024",
            "S1,DDD4444,Nəbiyev,Kamran,bachelor,L003,full_time,state_order,2024",
        ]
    ).encode()
    report = StudentRegister(bdu, REGISTRAR).import_students(data)
    assert report.created == 1
    assert [(e.line, e.field) for e in report.errors] == [
        (3, "specialty_code"),
        (4, "study_form"),
        (5, "student_number"),
    ]


def test_students_import_from_xlsx_as_well(bdu: Workspace) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(
        ["X1", "EEE5555", "Quliyeva", "Nigar", "bachelor", "L001", "full_time", "fee_paying", 2025]
    )
    out = io.BytesIO()
    book.save(out)
    report = StudentRegister(bdu, REGISTRAR).import_students(out.getvalue())
    assert (report.created, report.errors) == (1, ())


def test_a_file_without_a_required_column_is_refused_at_line_1(bdu: Workspace) -> None:
    with pytest.raises(BadInput) as error:
        StudentRegister(bdu, REGISTRAR).import_students(b"student_number,last_name\nS1,X\n")
    assert error.value.line == 1


def test_study_records_feed_first_semester_completed(bdu: Workspace) -> None:
    register = StudentRegister(bdu, REGISTRAR)
    register.import_students((EXAMPLES / "students.csv").read_bytes())
    report = register.import_study_records((EXAMPLES / "study-records.csv").read_bytes())
    assert (report.created, report.errors) == (7, ())
    completed = {
        s.student_number: register.first_semester_completed(s.id) for s in register.search()
    }
    # B24-0002 failed a first-semester course; B25-0004 has no record yet.
    assert completed == {"B24-0001": True, "B24-0002": False, "B24-0003": True, "B25-0004": False}
    again = register.import_study_records((EXAMPLES / "study-records.csv").read_bytes())
    assert (again.created, again.unchanged) == (0, 7)


def test_a_study_record_of_an_unknown_student_is_a_row_error(bdu: Workspace) -> None:
    data = b"student_number,semester,course_code,credits,grade\nNOPE,1,A1,5,A\n"
    report = StudentRegister(bdu, REGISTRAR).import_study_records(data)
    assert [(e.line, e.field) for e in report.errors] == [(2, "student_number")]


@pytest.mark.parametrize(
    ("grade", "failing"),
    [
        ("A", False),
        ("E", False),
        ("F", True),
        ("FX", True),
        ("51", False),
        ("50", True),
        ("3", False),
        ("2", True),
        ("", True),
    ],
)
def test_failing_grades_on_both_scales(grade: str, failing: bool) -> None:
    assert is_failing(grade) is failing


@pytest.fixture
def import_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, Any]]:
    """`registrar import KIND FILE` through register_import_commands, on an office database."""
    import registrar.cli
    from registrar.commands.students import register_import_commands
    from tests.services.intake_fixtures import fresh_workspace

    db, _workspace, key = fresh_workspace(tmp_path)
    db.dispose()
    monkeypatch.setenv("REGISTRAR_DB_KEY", key)
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    imports = parser.add_subparsers().add_parser("import")
    register_import_commands(imports.add_subparsers())

    def run(*argv: str) -> tuple[int, Any]:
        args = parser.parse_args(["--db", str(tmp_path / "intake.db"), "import", *argv])
        code = registrar.cli.run_handler(args.handler, args, str(tmp_path / "registrar.log"))
        return code, json.loads(capsys.readouterr().out)

    return run


def test_the_import_commands_load_the_examples_and_report_as_every_import(
    import_cli: Callable[..., tuple[int, Any]],
) -> None:
    students = str(EXAMPLES / "students.csv")
    assert import_cli("students", students, "--dry-run") == (
        0,
        {"imported": 4, "unchanged": 0, "errors": []},
    )
    assert import_cli("students", students)[1]["imported"] == 4
    assert import_cli("students", students)[1] == {"imported": 0, "unchanged": 4, "errors": []}
    assert import_cli("study-records", str(EXAMPLES / "study-records.csv"))[1]["imported"] == 7
    assert import_cli("curriculum", str(EXAMPLES / "curriculum.csv"))[1]["imported"] == 9


def test_an_import_with_a_refused_row_exits_2(
    import_cli: Callable[..., tuple[int, Any]], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nS1,AAA1111,Əliyev,Rauf,bachelor,NOPE,full_time,state_order,2024\n")
    code, out = import_cli("students", str(bad))
    assert (code, out["errors"][0]["field"]) == (2, "specialty_code")


def test_a_dry_run_reports_and_writes_nothing(bdu: Workspace) -> None:
    register = StudentRegister(bdu, REGISTRAR)
    data = (EXAMPLES / "students.csv").read_bytes()
    assert register.import_students(data, dry_run=True).created == 4
    assert register.search() == []

"""`registrar rules check`, run as a subprocess: files, stdin, lists, bad cases, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent

TRANSFER = {
    "case": "transfer",
    "level": "bachelor",
    "kinds": ["inter_hei"],
    "origin": "domestic",
    "citizenship": "az",
    "source_hei": {
        "name": "BDU",
        "city": "Bakı",
        "country": "AZ",
        "ownership": "state",
        "founder_body": "mse",
        "special_purpose": False,
        "accredited": True,
    },
    "target_hei": {
        "name": "GDU",
        "city": "Gəncə",
        "country": "AZ",
        "ownership": "state",
        "founder_body": "mse",
        "special_purpose": False,
        "accredited": True,
    },
    "source_study_form": "full_time",
    "admitted_specialty": {"code": "050403", "name": "Mühəndislik", "dim_group": 1},
    "current_specialty": {"code": "050403", "name": "Mühəndislik", "dim_group": 1},
    "target_specialty": {"code": "050403", "name": "Mühəndislik", "dim_group": 1},
    "first_semester_completed": True,
    "effective_date": "2026-07-06",
    "admission_basis": "dim_exam",
    "dim_score": 450,
    "admission_year": 2024,
    "target_min_score": 500,
    "funding": "fee_paying",
    "mse_letter_received": "2026-07-06",
}
LEAVE = {"case": "academic_leave", "ground": "family", "start": "2026-02-01", "end": "2027-02-01"}
EXPULSION = {
    "case": "expulsion",
    "ground": "own_request",
    "order_date": "2026-01-15",
    "on_military_register": True,
}


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> tuple[int, Any]:
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "REGISTRAR_DB": str(tmp_path / "never-created.db"),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "registrar", "rules", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    return completed.returncode, json.loads(completed.stdout)


def write(tmp_path: Path, payload: Any, name: str = "case.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_a_case_file_gives_the_decision_and_exit_0(tmp_path: Path) -> None:
    code, decision = run(tmp_path, write(tmp_path, TRANSFER))
    assert (code, decision["status"], decision["decided_by"]) == (0, "needs_consent", ["2.4.1"])


def test_the_decision_has_the_fields_of_rules_api_in_order(tmp_path: Path) -> None:
    _, decision = run(tmp_path, write(tmp_path, TRANSFER))
    assert list(decision) == [
        "case",
        "status",
        "decided_by",
        "reasons",
        "score",
        "consents",
        "fee_after",
        "documents",
        "deadlines",
        "window",
        "flags",
        "rule_version",
    ]


def test_a_dash_reads_the_case_from_stdin(tmp_path: Path) -> None:
    code, decision = run(tmp_path, "-", stdin=json.dumps(LEAVE))
    assert (code, decision["status"]) == (0, "eligible")


def test_a_list_of_cases_gives_a_list_of_decisions_in_the_same_order(tmp_path: Path) -> None:
    code, decisions = run(tmp_path, write(tmp_path, [EXPULSION, TRANSFER, LEAVE]))
    assert (code, [d["case"] for d in decisions]) == (
        0,
        ["expulsion", "transfer", "academic_leave"],
    )


def test_a_bad_case_in_a_list_gets_an_error_in_its_slot_and_exit_2(tmp_path: Path) -> None:
    bad = {**TRANSFER, "effective_date": "6 July"}
    code, decisions = run(tmp_path, write(tmp_path, [LEAVE, bad, EXPULSION]))
    assert (code, decisions[1], decisions[0]["status"], decisions[2]["status"]) == (
        2,
        {
            "error": {
                "field": "effective_date",
                "message": "'effective_date' must be a date in the form YYYY-MM-DD.",
            }
        },
        "eligible",
        "eligible",
    )


def test_a_single_bad_case_prints_the_error_object_and_exits_2(tmp_path: Path) -> None:
    code, output = run(tmp_path, write(tmp_path, {"case": "adoption"}))
    assert (code, output["error"]["field"]) == (2, "case")


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    case = {k: v for k, v in TRANSFER.items() if k != "first_semester_completed"}
    code, output = run(tmp_path, write(tmp_path, case))
    assert (code, output["error"]["field"]) == (2, "first_semester_completed")


def test_invalid_json_is_bad_input_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "case": "transfer",\n  oops\n}', encoding="utf-8")
    code, output = run(tmp_path, str(path))
    assert (code, output["error"]["field"], output["error"]["line"]) == (2, "case_file", 3)


def test_a_missing_case_file_is_bad_input(tmp_path: Path) -> None:
    code, output = run(tmp_path, str(tmp_path / "nowhere.json"))
    assert (code, output["error"]["field"]) == (2, "case_file")


def test_an_empty_list_gives_an_empty_list(tmp_path: Path) -> None:
    assert run(tmp_path, write(tmp_path, [])) == (0, [])


def test_a_case_with_its_minimum_opens_no_database(tmp_path: Path) -> None:
    run(tmp_path, write(tmp_path, TRANSFER))
    assert not (tmp_path / "never-created.db").exists()


def test_calendar_settings_from_a_file_move_a_deadline(tmp_path: Path) -> None:
    settings = write(tmp_path, {"business_days": {"extra_days_off": ["2026-07-08"]}}, "cal.json")
    _, decision = run(tmp_path, write(tmp_path, TRANSFER), "--calendar", settings)
    assert decision["deadlines"][0]["due"] == "2026-07-14"


def test_the_rules_check_path_imports_no_database_or_qt_modules(tmp_path: Path) -> None:
    script = (
        "import argparse, sys\n"
        "from registrar.commands import rules\n"
        f"args = argparse.Namespace(case_file={write(tmp_path, TRANSFER)!r}, calendar=None)\n"
        "rules._check(args)\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert completed.stderr.strip() == "[]"

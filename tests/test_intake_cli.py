"""`registrar intake` and `registrar import admission-list`: JSON out, exit codes, examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import registrar.cli
from tests.services.intake_fixtures import EXAMPLE_FILES, EXAMPLES, ROOT, fresh_workspace

MODULES = ("registrar.commands.intake", "registrar.commands.imports")
Run = Callable[..., tuple[int, Any]]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    db, _workspace, key = fresh_workspace(tmp_path)
    db.dispose()
    monkeypatch.setenv("REGISTRAR_DB_KEY", key)
    missing = tuple(m for m in MODULES if m not in registrar.cli.COMMAND_MODULES)
    monkeypatch.setattr(
        registrar.cli, "COMMAND_MODULES", (*registrar.cli.COMMAND_MODULES, *missing)
    )

    def run(*argv: str) -> tuple[int, Any]:
        args = registrar.cli.build_parser().parse_args([*argv, "--db", str(tmp_path / "intake.db")])
        code = registrar.cli.run_handler(args.handler, args, str(tmp_path / "registrar.log"))
        return code, json.loads(capsys.readouterr().out)

    return run


LIST = str(EXAMPLES / "admission-list.csv")


def test_importing_the_example_list_twice_imports_then_changes_nothing(cli: Run) -> None:
    assert cli("import", "admission-list", LIST) == (
        0,
        {"imported": 3, "unchanged": 0, "errors": []},
    )
    assert cli("import", "admission-list", LIST) == (
        0,
        {"imported": 0, "unchanged": 3, "errors": []},
    )


def test_a_list_with_a_refused_row_exits_2_and_keeps_the_good_rows(
    cli: Run, tmp_path: Path
) -> None:
    text = (EXAMPLES / "admission-list.csv").read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(text.replace("2001-04-17", "2001-13-45"), encoding="utf-8")
    code, result = cli("import", "admission-list", str(bad))
    assert code == 2
    assert result["imported"] == 2
    assert [(e["line"], e["field"]) for e in result["errors"]] == [(2, "birth_date")]


def test_a_dry_run_imports_nothing(cli: Run) -> None:
    assert cli("import", "admission-list", LIST, "--dry-run")[1]["imported"] == 3
    assert cli("import", "admission-list", LIST)[1]["imported"] == 3


def test_a_missing_list_file_is_bad_input_naming_the_file(cli: Run, tmp_path: Path) -> None:
    code, result = cli("import", "admission-list", str(tmp_path / "none.csv"))
    assert code == 2 and result["error"]["field"] == "file"


def test_each_example_is_stored_with_its_number(cli: Run) -> None:
    cli("import", "admission-list", LIST)
    for position, name in enumerate(EXAMPLE_FILES, start=1):
        code, result = cli("intake", str(EXAMPLES / name), "--operator", "Aysel Quliyeva")
        assert code == 0, result
        assert set(result) == {"application_id", "number"}
        assert result["number"].endswith(f"-{position:04d}")


def test_a_refused_intake_exits_2_listing_errors_by_field(cli: Run) -> None:
    cli("import", "admission-list", LIST)
    cli("intake", str(EXAMPLES / "intake-fin.json"), "--operator", "Aysel")
    code, result = cli("intake", str(EXAMPLES / "intake-fin.json"), "--operator", "Aysel")
    assert code == 2
    assert [e["field"] for e in result["errors"]] == ["reg.fin"]


def test_the_schema_is_printed_without_a_database(cli: Run) -> None:
    code, schema = cli("intake", "--schema")
    assert code == 0
    assert schema["$schema"].endswith("2020-12/schema") and "reg.fin" in schema["properties"]


def test_a_file_that_is_not_json_names_the_line(cli: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "reg.fin": "7RDK2QF",\n  oops\n}', encoding="utf-8")
    code, result = cli("intake", str(broken))
    assert code == 2 and (result["error"]["field"], result["error"]["line"]) == ("file", 3)


def test_a_key_given_twice_is_refused(cli: Run, tmp_path: Path) -> None:
    twice = tmp_path / "twice.json"
    twice.write_text('{"reg.fin": "7RDK2QF", "reg.fin": "2MXA8PL"}', encoding="utf-8")
    code, result = cli("intake", str(twice))
    assert code == 2 and result["error"]["field"] == "reg.fin"


def test_intake_without_a_file_is_bad_input(cli: Run) -> None:
    code, result = cli("intake")
    assert code == 2 and result["error"]["field"] == "file"


@pytest.mark.slow
def test_on_a_fresh_database_the_list_and_then_each_example_succeed(tmp_path: Path) -> None:
    program = (
        "import sys, registrar.cli as c\n"
        f"c.COMMAND_MODULES = tuple(dict.fromkeys((*c.COMMAND_MODULES, *{MODULES!r})))\n"
        "sys.exit(c.main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REGISTRAR_DB_KEY": "x'" + "AB" * 32 + "'"}
    db = str(tmp_path / "fresh.db")

    def run(*argv: str, stdin: str = "") -> tuple[int, Any]:
        done = subprocess.run(
            [sys.executable, "-c", program, *argv, "--db", db],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=180,
        )
        assert "Traceback" not in done.stderr
        return done.returncode, json.loads(done.stdout)

    assert (
        run(
            "init",
            "--institution",
            "BDU",
            "--admin",
            "admin",
            "--password-stdin",
            stdin="Admin-2026\n",
        )[0]
        == 0
    )
    assert run("import", "admission-list", LIST) == (
        0,
        {"imported": 3, "unchanged": 0, "errors": []},
    )
    for name in EXAMPLE_FILES:
        code, result = run("intake", str(EXAMPLES / name), "--operator", "Aysel Quliyeva")
        assert code == 0, result

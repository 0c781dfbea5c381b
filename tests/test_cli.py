"""The command line's contract: JSON on stdout, exit codes, lazy imports, --db anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "registrar", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=120,
        cwd=ROOT,
    )


IMPORT_PROBE = (
    "import sys, runpy; sys.argv=['registrar', *sys.argv[1:]];\n"
    "try:\n    runpy.run_module('registrar', run_name='__main__')\n"
    "except SystemExit: pass\n"
    "bad=[m for m in ('PySide6','alembic','sqlalchemy') if m in sys.modules]\n"
    "sys.stderr.write('IMPORTED:'+','.join(bad))\n"
)


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_neither_qt_nor_alembic_nor_open_a_database(
    flag: str, tmp_path: Path
) -> None:
    db = tmp_path / "never.db"
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, flag, "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.stderr.strip().endswith("IMPORTED:"), result.stderr
    assert not db.exists()
    assert "registrar" in result.stdout


def test_a_usage_error_is_a_json_error_with_exit_2() -> None:
    result = run("no-such-command")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["code"] == "usage"
    assert "Traceback" not in result.stderr


def test_an_unknown_setting_is_refused_before_any_database_is_opened(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    result = run("config", "get", "no_such_key", "--db", str(db))
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["field"] == "key"
    assert not db.exists()


def test_without_a_key_source_a_database_command_exits_3(tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run("status", "--db", str(tmp_path / "office.db"), env=env)
    assert result.returncode == 3, result.stdout
    assert "REGISTRAR_DB_KEY" in json.loads(result.stdout)["error"]["message"]
    assert "Traceback" not in result.stderr


def test_the_db_option_is_accepted_before_and_after_the_sub_command(tmp_path: Path) -> None:
    env = {"REGISTRAR_DB_KEY": "correct horse battery staple"}
    before = run("--db", str(tmp_path / "a.db"), "status", env=env)
    after = run("status", "--db", str(tmp_path / "b.db"), env=env)
    assert before.returncode == after.returncode == 0, before.stdout + after.stdout
    assert json.loads(before.stdout)["database"].endswith("a.db")
    assert json.loads(after.stdout)["database"].endswith("b.db")

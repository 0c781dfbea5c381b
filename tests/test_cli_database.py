"""Database commands in-process: setup, settings, secrets in the keyring and nowhere on disk."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from registrar.cli import main
from tests.keyring_memory import MemoryKeyring

ADMIN_PASSWORD = "Qaydalar-2017"


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture
def office(tmp_path: Path, capsys, monkeypatch) -> Path:
    path = tmp_path / "office.db"
    code, out = cli(
        capsys,
        monkeypatch,
        "init",
        "--institution",
        "BDU",
        "--admin",
        "admin",
        "--password-stdin",
        "--db",
        str(path),
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0, out
    return path


def test_the_first_start_makes_the_database_key_and_keeps_it_in_the_keyring(office: Path) -> None:
    [(service, entry)] = [k for k in MemoryKeyring.store if k[1] == "database-key"]
    assert service == "RegistrarDesk"
    assert MemoryKeyring.store[(service, entry)].startswith("x'")


def test_init_reports_the_institution_and_a_new_series(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out = cli(
        capsys,
        monkeypatch,
        "init",
        "--institution",
        "GDU",
        "--admin",
        "admin",
        "--password-stdin",
        "--db",
        str(tmp_path / "x.db"),
        stdin=ADMIN_PASSWORD + "\n",
    )
    result = json.loads(out)
    assert code == 0 and result["institution"] == "GDU" and len(result["series"]) == 4


def test_init_refuses_an_unknown_institution_naming_the_field(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    code, out = cli(
        capsys,
        monkeypatch,
        "init",
        "--institution",
        "NOPE",
        "--admin",
        "admin",
        "--password-stdin",
        "--db",
        str(tmp_path / "x.db"),
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 2 and json.loads(out)["error"]["field"] == "institution"


def test_a_weak_admin_password_is_refused(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out = cli(
        capsys,
        monkeypatch,
        "init",
        "--institution",
        "BDU",
        "--admin",
        "admin",
        "--password-stdin",
        "--db",
        str(tmp_path / "x.db"),
        stdin="short\n",
    )
    assert code == 2 and json.loads(out)["error"]["field"] == "password"


def test_config_set_then_get_prints_the_bare_value(office: Path, capsys, monkeypatch) -> None:
    url = "postgresql://central.example:5432/registrar"
    assert (
        cli(capsys, monkeypatch, "config", "set", "central_url", url, "--db", str(office))[0] == 0
    )
    code, out = cli(capsys, monkeypatch, "config", "get", "central_url", "--db", str(office))
    assert code == 0 and out == url + "\n"


def test_config_get_of_an_unset_key_exits_1(office: Path, capsys, monkeypatch) -> None:
    assert cli(capsys, monkeypatch, "config", "get", "central_user", "--db", str(office))[0] == 1


def test_a_central_url_with_a_password_is_refused(office: Path, capsys, monkeypatch) -> None:
    code, out = cli(
        capsys,
        monkeypatch,
        "config",
        "set",
        "central_url",
        "postgresql://u:secret@host/db",
        "--db",
        str(office),
    )
    assert code == 2 and json.loads(out)["error"]["field"] == "central_url"


def test_secrets_live_in_the_keyring_and_in_no_file(office: Path, capsys, monkeypatch) -> None:
    secret = "Central-Pa55word-xyz"
    cli(capsys, monkeypatch, "config", "set", "central_user", "bdu_registrar", "--db", str(office))
    code, _ = cli(
        capsys, monkeypatch, "config", "set-password", "--db", str(office), stdin=secret + "\n"
    )
    assert code == 0
    assert MemoryKeyring.store[("RegistrarDesk", "central-password:bdu_registrar")] == secret
    db_key = MemoryKeyring.store[("RegistrarDesk", "database-key")][2:-1]
    roots = [office.parent] + [
        Path(os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    ]
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                assert secret.encode() not in content, path
                assert db_key.encode() not in content and db_key.lower().encode() not in content


def test_audit_verify_passes_on_a_fresh_database(office: Path, capsys, monkeypatch) -> None:
    code, out = cli(capsys, monkeypatch, "audit", "verify", "--db", str(office))
    assert code == 0 and json.loads(out)["ok"] is True


def test_backup_and_restore_through_the_command_line(
    office: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    code, out = cli(capsys, monkeypatch, "backup", "--to", str(tmp_path / "b"), "--db", str(office))
    assert code == 0
    made = json.loads(out)["backup"]
    code, out = cli(capsys, monkeypatch, "restore", made, "--db", str(office))
    assert code == 0, out
    assert json.loads(out)["previous_file_kept_as"]


def test_reference_rows_get_the_same_ids_in_every_new_database(tmp_path: Path) -> None:
    from sqlalchemy import select

    from registrar.models import Institution, Specialty
    from registrar.services.credentials import new_raw_key
    from registrar.services.workspace import SetupRequest, initialise, open_local

    ids = []
    for name, code in (("a.db", "BDU"), ("b.db", "GDU")):
        db = open_local(tmp_path / name, new_raw_key())
        initialise(db, SetupRequest(code, "admin", "Admin", ADMIN_PASSWORD))
        with db.session_factory() as session:
            ids.append(
                (
                    sorted(session.scalars(select(Institution.id))),
                    sorted(session.scalars(select(Specialty.id))),
                )
            )
        db.dispose()
    assert ids[0] == ids[1]

"""`registrar letters ...` and `registrar verify` in-process, on an office database."""

from __future__ import annotations

import argparse
import io
import json
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

import registrar.cli
from registrar.cli import main
from tests.services.documents_fixtures import confirmed_application, pdf_text, set_letterhead

COMMANDS = (
    *registrar.cli.COMMAND_MODULES,
    "registrar.commands.letters",
    "registrar.commands.verify",
)
PASSWORD = "Qaydalar-2017"


@pytest.fixture(autouse=True)
def _commands(monkeypatch: pytest.MonkeyPatch) -> None:
    modules = tuple(dict.fromkeys(COMMANDS))
    monkeypatch.setattr(registrar.cli, "COMMAND_MODULES", modules)


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, object]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.fixture
def office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, uuid.UUID]:
    from registrar.commands.common import open_workspace

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
        stdin=PASSWORD + "\n",
    )
    assert code == 0, out
    db, workspace = open_workspace(argparse.Namespace(db=str(path), demo=False))
    try:
        set_letterhead(workspace)
        app_id = confirmed_application(workspace)
    finally:
        db.dispose()
    return path, app_id


def test_kinds_lists_every_kind_with_its_azerbaijani_title(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["letters", "kinds"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 17
    assert "study_certificate\tTəhsil aldığı barədə arayış" in lines


def test_sample_renders_demo_data_marked_demo(tmp_path: Path, capsys, monkeypatch) -> None:
    target = tmp_path / "sample.pdf"
    code, out = cli(capsys, monkeypatch, "letters", "sample", "expulsion_order", "-o", str(target))
    assert code == 0 and out["demo"] is True  # type: ignore[index]
    assert "NÜMUNƏ / DEMO" in pdf_text(target.read_bytes())


def test_an_unknown_kind_is_bad_input_naming_the_kind(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out = cli(capsys, monkeypatch, "letters", "sample", "diploma", "-o", str(tmp_path / "x"))
    assert code == 2 and out["error"]["field"] == "kind"  # type: ignore[index]


def test_render_issues_a_numbered_document_and_verify_accepts_its_code(
    office: tuple[Path, uuid.UUID], tmp_path: Path, capsys, monkeypatch
) -> None:
    path, app_id = office
    target = tmp_path / "receipt.pdf"
    code, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "render",
        "application_receipt",
        "--id",
        str(app_id),
        "-o",
        str(target),
        "--db",
        str(path),
    )
    assert code == 0, out
    assert isinstance(out, dict)
    assert out["number"] in pdf_text(target.read_bytes()).replace("\n", "")
    code, verified = cli(capsys, monkeypatch, "verify", out["code"], "--db", str(path))
    assert code == 0 and verified["status"] == "valid"  # type: ignore[index]
    assert verified["holder_initials"] == "Q.N.Ş."  # type: ignore[index]


def test_verify_exits_1_for_a_mistyped_and_for_a_cancelled_code(
    office: tuple[Path, uuid.UUID], tmp_path: Path, capsys, monkeypatch
) -> None:
    path, app_id = office
    _, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "render",
        "application_receipt",
        "--id",
        str(app_id),
        "-o",
        str(tmp_path / "r.pdf"),
        "--db",
        str(path),
    )
    assert isinstance(out, dict)
    good = out["code"]
    wrong = ("1" if good[0] != "1" else "2") + good[1:]
    code, result = cli(capsys, monkeypatch, "verify", wrong, "--db", str(path))
    assert code == 1 and result["status"] == "mistyped"  # type: ignore[index]
    code, _ = cli(
        capsys,
        monkeypatch,
        "letters",
        "cancel",
        out["number"],
        "--reason",
        "Səhv",
        "--db",
        str(path),
    )
    assert code == 0
    code, result = cli(capsys, monkeypatch, "verify", good, "--db", str(path))
    assert code == 1 and result["status"] == "cancelled"  # type: ignore[index]


def test_batch_renders_many_documents_into_one_pdf(
    office: tuple[Path, uuid.UUID], tmp_path: Path, capsys, monkeypatch
) -> None:
    path, app_id = office
    ids = tmp_path / "ids.txt"
    ids.write_text(f"{app_id}\n{app_id}\n", encoding="utf-8")
    target = tmp_path / "batch.pdf"
    code, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "batch",
        "application_receipt",
        "--ids-from",
        str(ids),
        "-o",
        str(target),
        "--db",
        str(path),
    )
    assert code == 0, out
    assert out["count"] == 2  # type: ignore[index]
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 2


def test_a_bad_id_line_is_bad_input_naming_the_line(
    office: tuple[Path, uuid.UUID], tmp_path: Path, capsys, monkeypatch
) -> None:
    path, app_id = office
    ids = tmp_path / "ids.txt"
    ids.write_text(f"{app_id}\nnot-an-id\n", encoding="utf-8")
    code, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "batch",
        "application_receipt",
        "--ids-from",
        str(ids),
        "-o",
        str(tmp_path / "b.pdf"),
        "--db",
        str(path),
    )
    assert code == 2 and out["error"]["line"] == 2  # type: ignore[index]


def test_letterhead_sets_and_shows_the_signatory(
    office: tuple[Path, uuid.UUID], capsys, monkeypatch
) -> None:
    path, _ = office
    code, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "letterhead",
        "--set",
        "signatory_title=Rektor",
        "--db",
        str(path),
    )
    assert code == 0 and out["signatory_title"] == "Rektor"  # type: ignore[index]
    code, out = cli(
        capsys, monkeypatch, "letters", "letterhead", "--set", "colour=red", "--db", str(path)
    )
    assert code == 2 and out["error"]["field"] == "key"  # type: ignore[index]


def test_transcript_issues_the_blank_and_records_its_serial(
    office: tuple[Path, uuid.UUID], tmp_path: Path, capsys, monkeypatch
) -> None:
    from registrar.commands.common import open_workspace
    from tests.services.test_movements import import_examples, student_id

    path, _ = office
    db, workspace = open_workspace(argparse.Namespace(db=str(path), demo=False))
    try:
        sid = student_id(import_examples(workspace), "B24-0001")
    finally:
        db.dispose()
    target = tmp_path / "transcript.pdf"
    code, out = cli(
        capsys,
        monkeypatch,
        "letters",
        "transcript",
        "--id",
        str(sid),
        "--serial",
        "AT-77",
        "-o",
        str(target),
        "--db",
        str(path),
    )
    assert code == 0, out
    assert out["kind"] == "transcript" and "/TRN/" in out["number"]  # type: ignore[index]
    assert "Əliyeva Aysel Rəşad" in pdf_text(target.read_bytes())

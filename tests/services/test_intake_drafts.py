"""Intake drafts: every value and file kept, never a password, and nothing lost on kill -9."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from registrar.models import AuditEntry, Draft
from registrar.services.context import Workspace
from registrar.services.database import Database
from registrar.services.errors import BadInput, Conflict
from registrar.services.evidence import MIME_PDF, MIME_PNG
from registrar.services.intake import IntakeService
from tests.services.intake_fixtures import (
    ROOT,
    file_bytes,
    fresh_workspace,
    png_bytes,
    service,
    wizard_values,
)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Database, Workspace, IntakeService]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    yield db, workspace, service(workspace)
    db.dispose()


Env = tuple[Database, Workspace, IntakeService]


def test_a_saved_draft_reopens_on_its_page_with_every_value(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    intake.save_draft(draft, "P11", wizard_values())
    state = intake.load_draft(draft)
    assert (state.page, state.values) == ("P11", wizard_values())


def test_passwords_and_codes_are_never_written_to_a_draft(env: Env) -> None:
    _db, workspace, intake = env
    draft = intake.start_draft()
    secret = "Gizli-Parol-123"
    values = {**wizard_values(), "pw.password": secret, "pw.password_repeat": secret}
    intake.save_draft(draft, "P05", {**values, "mob.code": "123456"})
    with workspace.read() as session:
        stored = session.get(Draft, draft)
        assert stored is not None
        raw = stored.data_json
    assert secret not in raw and "123456" not in raw
    assert "pw.password" not in intake.load_draft(draft).values


def test_an_attached_file_comes_back_with_its_content(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    data = file_bytes("fin-diploma.pdf")
    stored = intake.attach_file(draft, "ad.docs.education_document", "C:\\scans\\diplom.pdf", data)
    assert (stored.mime, stored.file_name) == (MIME_PDF, "diplom.pdf")
    assert intake.load_draft(draft).files == {"ad.docs.education_document": [stored]}
    assert intake.file_bytes(stored.sha256) == data


def test_a_file_is_checked_by_its_content_not_its_name(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    stored = intake.attach_file(draft, "ad.docs.other", "photo.pdf", png_bytes())
    assert stored.mime == MIME_PNG
    with pytest.raises(BadInput) as caught:
        intake.attach_file(draft, "ad.docs.other", "notes.pdf", b"%PDF-1.4 not really a pdf")
    assert caught.value.field == "ad.docs.other"
    assert caught.value.message == "Fayl zədələnib və ya oxunmur."


def test_a_file_in_an_unknown_slot_is_refused(env: Env) -> None:
    intake = env[2]
    with pytest.raises(BadInput) as caught:
        intake.attach_file(intake.start_draft(), "ad.docs.nonsense", "a.png", png_bytes())
    assert caught.value.field == "ad.docs.nonsense"


def test_a_detached_file_is_gone_from_the_draft(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    stored = intake.attach_file(draft, "ad.docs.other", "a.png", png_bytes())
    intake.detach_file(draft, "ad.docs.other", stored.sha256)
    assert intake.load_draft(draft).files == {}


def test_the_same_file_twice_in_a_slot_is_kept_once(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    intake.attach_file(draft, "ad.docs.other", "a.png", png_bytes())
    intake.attach_file(draft, "ad.docs.other", "b.png", png_bytes())
    assert len(intake.load_draft(draft).files["ad.docs.other"]) == 1


def test_open_drafts_are_listed_newest_first_with_the_applicants_name(env: Env) -> None:
    intake = env[2]
    first = intake.start_draft()
    second = intake.start_draft()
    intake.save_draft(first, "P02", {"reg.first_name": "Leyla", "reg.last_name": "Məmmədova"})
    summaries = intake.open_drafts()
    assert [(s.id, s.label) for s in summaries] == [(first, "Məmmədova Leyla"), (second, "—")]


def test_a_discarded_draft_is_closed_and_audited_without_personal_data(env: Env) -> None:
    _db, workspace, intake = env
    draft = intake.start_draft()
    intake.save_draft(draft, "P11", wizard_values())
    intake.discard_draft(draft, "applicant left")
    assert intake.open_drafts() == []
    with pytest.raises(Conflict):
        intake.save_draft(draft, "P11", wizard_values())
    with workspace.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "draft.discard")
        ).one()
        stored = session.get(Draft, draft)
        assert stored is not None
        assert "Leyla" not in stored.data_json
    assert entry.subject == f"draft:{draft}" and entry.reason == "applicant left"


def test_an_unknown_page_is_refused(env: Env) -> None:
    intake = env[2]
    with pytest.raises(BadInput) as caught:
        intake.save_draft(intake.start_draft(), "P99", {})
    assert caught.value.field == "page"


def test_an_unknown_draft_is_not_found(env: Env) -> None:
    with pytest.raises(BadInput) as caught:
        env[2].load_draft(uuid.uuid4())
    assert caught.value.field == "draft"


KILLED_WRITER = """
import json, os, signal, sys, uuid
from pathlib import Path
from registrar.services.context import Actor
from registrar.services.intake import IntakeService
from registrar.services.reference import ReferenceData
from registrar.services.workspace import load_workspace, open_local

path, key, values = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
db = open_local(path, key)
workspace = load_workspace(db)
intake = IntakeService(workspace, ReferenceData.load(), Actor(None, "desk1", "desk"))
draft = intake.start_draft()
intake.save_draft(draft, "P12", values)
document = Path(sys.argv[4]).read_bytes()
intake.attach_file(draft, "ad.docs.education_document", "diplom.pdf", document)
sys.stdout.write(str(draft) + "\\n")
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_draft_survives_the_app_being_killed(tmp_path: Path) -> None:
    db, workspace, key = fresh_workspace(tmp_path)
    db.dispose()
    values = wizard_values()
    document = ROOT / "examples" / "documents" / "fin-diploma.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_WRITER,
            str(tmp_path / "intake.db"),
            key,
            json.dumps(values),
            str(document),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == -9, result.stderr
    draft = uuid.UUID(result.stdout.strip())
    db, workspace, _ = fresh_workspace_reopen(tmp_path, key)
    try:
        intake = service(workspace)
        assert [summary.id for summary in intake.open_drafts()] == [draft]
        state = intake.load_draft(draft)
        assert (state.page, state.values) == ("P12", values)
        [stored] = state.files["ad.docs.education_document"]
        assert intake.file_bytes(stored.sha256) == document.read_bytes()
    finally:
        db.dispose()


def fresh_workspace_reopen(directory: Path, key: str) -> tuple[Database, Workspace, str]:
    from registrar.services.workspace import load_workspace, open_local

    db = open_local(directory / "intake.db", key)
    workspace = load_workspace(db)
    assert workspace is not None
    return db, workspace, key


def test_values_must_be_text(env: Env) -> None:
    intake = env[2]
    with pytest.raises(BadInput) as caught:
        intake.save_draft(intake.start_draft(), "P02", {"reg.fin": 12345})  # type: ignore[dict-item]
    assert caught.value.field == "reg.fin"


def test_a_draft_keeps_json_safe_text_exactly(env: Env) -> None:
    intake = env[2]
    draft = intake.start_draft()
    odd = {"pd.reg_address": 'Bakı "Nümunə" küç.\n\t ', "fee.notes": "ə" * 500}
    intake.save_draft(draft, "P13", odd)
    assert intake.load_draft(draft).values == odd

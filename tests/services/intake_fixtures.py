"""Shared helpers for the intake tests: seeded databases, the examples, a clock, an SMS fake."""

from __future__ import annotations

import atexit
import functools
import io
import json
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from registrar.services.admission_import import AdmissionListImporter, ImportResult
from registrar.services.context import Actor, Workspace
from registrar.services.credentials import new_raw_key
from registrar.services.database import Database
from registrar.services.intake import IntakeService
from registrar.services.reference import ReferenceData
from registrar.services.workspace import SetupRequest, initialise, load_workspace, open_local

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = ("intake-fin.json", "intake-migration.json", "intake-unhcr.json")
DESK = Actor(staff_id=None, username="desk1", role="desk")
PASSWORD = "Sinaq-2026"


@functools.cache
def reference() -> ReferenceData:
    return ReferenceData.load()


@functools.cache
def _template() -> tuple[Path, str]:
    """One seeded database (institution BDU) per test process; tests get copies of it."""
    directory = Path(tempfile.mkdtemp(prefix="intake-template-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    key = new_raw_key()
    db = open_local(directory / "template.db", key)
    initialise(db, SetupRequest("BDU", "admin", "Admin", "Admin-2026"))
    db.dispose()
    return directory / "template.db", key


def seeded_copy(path: Path) -> str:
    """Copy the seeded template to `path`; returns its key."""
    template, key = _template()
    shutil.copyfile(template, path)
    wal = template.with_name(template.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, path.with_name(path.name + "-wal"))
    return key


def fresh_workspace(directory: Path, name: str = "intake.db") -> tuple[Database, Workspace, str]:
    path = directory / name
    key = seeded_copy(path)
    db = open_local(path, key)
    workspace = load_workspace(db)
    assert workspace is not None
    return db, workspace, key


def import_examples(workspace: Workspace) -> ImportResult:
    importer = AdmissionListImporter(workspace, reference(), DESK)
    data = (EXAMPLES / "admission-list.csv").read_bytes()
    return importer.run(data, "admission-list.csv")


def example(name: str) -> dict[str, Any]:
    record: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return record


@dataclass
class FakeClock:
    """A clock the test moves by hand (UTC)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 22, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RecordingGateway:
    """An SMS gateway that keeps what it was asked to send (a test double)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def send(self, phone_e164: str, text: str) -> None:
        with self._lock:
            self.sent.append((phone_e164, text))

    def last_code(self) -> str:
        return self.sent[-1][1].rsplit(" ", 1)[-1]


def service(
    workspace: Workspace,
    *,
    sms: RecordingGateway | None = None,
    clock: FakeClock | None = None,
    actor: Actor = DESK,
) -> IntakeService:
    return IntakeService(workspace, reference(), actor, sms=sms, clock=clock or FakeClock())


def file_bytes(name: str) -> bytes:
    return (EXAMPLES / "documents" / name).read_bytes()


def png_bytes(
    colour: tuple[int, int, int] = (10, 120, 200), size: tuple[int, int] = (8, 6)
) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def wizard_values(**overrides: str) -> dict[str, str]:
    """The values the wizard holds for the FİN example applicant (Leyla), page by page."""
    values = {
        "reg.citizenship": "az_citizen",
        "reg.fin": "7RDK2QF",
        "reg.first_name": "Leyla",
        "reg.last_name": "Məmmədova",
        "reg.patronymic": "Rauf qızı",
        "reg.birth_date": "2001-04-17",
        "mob.country": "AZ",
        "mob.number": "+994500000001",
        "em.email": "leyla.mammadova@example.com",
        "em.email_repeat": "leyla.mammadova@example.com",
        "app.admission_line": "fin_citizen",
        "pd.same_address": "yes",
        "pd.actual_district": "AZ-BA",
        "pd.country": "AZ",
        "pd.phone": "+994500000001",
        "pd.email": "leyla.mammadova@example.com",
        "pd.email_repeat": "leyla.mammadova@example.com",
    }
    values.update(overrides)
    return values


def filled_draft(intake: IntakeService, **overrides: str) -> uuid.UUID:
    """A draft of the FİN example applicant, with its document and the number confirmed."""
    draft = intake.start_draft()
    intake.save_draft(draft, "P14", wizard_values(**overrides))
    intake.attach_file(
        draft, "ad.docs.education_document", "diplom.pdf", file_bytes("fin-diploma.pdf")
    )
    intake.confirm_in_person(draft)
    return draft


def with_record(name: str, changes: dict[str, Any]) -> dict[str, Any]:
    """An example record with some keys changed (a value of None removes the key)."""
    record = example(name)
    for key, value in changes.items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value
    return record

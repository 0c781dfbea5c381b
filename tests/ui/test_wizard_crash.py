"""A wizard process killed with SIGKILL mid-application loses nothing: page, values, files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from registrar.services import field_ids as F
from registrar.ui.intake_section import IntakeSection
from registrar.ui.wizard.ids import PageId
from tests.ui.wizard_helpers import (
    CITIZEN_FEE,
    intake_template,
    open_copy,
    pdf_file,
)

__all__ = ["intake_template"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def killed_mid_wizard(intake_template, tmp_path_factory: pytest.TempPathFactory):
    """Run tests/wizard_crash_app.py to P12, wait for its autosave, SIGKILL it (once)."""
    tmp_path = tmp_path_factory.mktemp("crash")
    opened = open_copy(intake_template, tmp_path / "db")
    opened.db.dispose()
    attachment = pdf_file(tmp_path / "Təhsil sənədi.pdf", pages=3)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REGISTRAR_TEST_DB": str(opened.path),
        "REGISTRAR_TEST_DB_KEY": opened.key,
        "REGISTRAR_TEST_FILE": str(attachment),
    }
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "wizard_crash_app.py")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "READY", process.stderr.read() if process.stderr else ""
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=20)
    assert process.returncode == -signal.SIGKILL
    reopened = open_copy_in_place(intake_template, opened.path)
    yield reopened
    reopened.db.dispose()


def open_copy_in_place(template, path: Path):
    """Open the killed process's database file itself (no copy)."""
    from registrar.services.context import Actor
    from registrar.services.intake import IntakeService
    from registrar.services.workspace import load_workspace, open_local
    from tests.ui.wizard_helpers import Intake, IntakeDb, RecordingSms, reference

    db = open_local(path, template.key)
    workspace = load_workspace(db)
    assert workspace is not None
    sms = RecordingSms()
    service = IntakeService(workspace, reference(), Actor(None, "admin", "admin"), sms)
    return IntakeDb(Intake(service, reference(), sms, workspace), path, template.key, db)


def test_a_killed_wizard_leaves_its_draft_with_page_values_and_file(killed_mid_wizard) -> None:
    service = killed_mid_wizard.intake.service
    [summary] = service.open_drafts()
    assert summary.page == "P12"
    state = service.load_draft(summary.id)
    assert state.values[F.REG_FIN] == CITIZEN_FEE
    assert state.values[F.PD_ACTUAL_ADDRESS] == "Bakı, Yasamal r-nu, Şərifzadə küç. 3"
    assert state.values[F.PD_ACTUAL_DISTRICT] == "AZ-GA"
    assert state.values[F.EM_EMAIL] == "crash@example.az"
    assert F.PW_PASSWORD not in state.values
    [stored] = state.files["ad.docs.education_document"]
    assert stored.file_name == "Təhsil sənədi.pdf"
    assert stored.mime == "application/pdf"


def test_reopening_the_killed_draft_lands_on_the_same_page_with_the_values(
    qtbot, killed_mid_wizard
) -> None:
    intake = killed_mid_wizard.intake
    section = IntakeSection(intake.service, intake.reference)
    qtbot.addWidget(section)
    section.show()
    assert section.drafts.count() == 1
    wizard = section.resume_selected()
    assert wizard is not None
    assert wizard.current == PageId.P12
    slot = wizard.pages[PageId.P12].slots.slots["ad.docs.education_document"]
    assert [row.stored.file_name for row in slot.rows] == ["Təhsil sənədi.pdf"]
    assert slot.rows[0].pages == 3
    wizard.back.click()
    p11 = wizard.pages[PageId.P11]
    assert wizard.current == PageId.P11
    assert p11.actual_address.text() == "Bakı, Yasamal r-nu, Şərifzadə küç. 3"
    assert p11.same_address.value() == "no"

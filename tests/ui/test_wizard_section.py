"""The intake section: new application, drafts to resume or discard, list import, P07 reset."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget

from registrar.services import field_ids as F
from registrar.services.admission_import import AdmissionListImporter
from registrar.services.context import Actor
from registrar.services.staff import StaffRow
from registrar.ui.intake_section import IntakeSection, make_intake_section
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import TaskRunner
from registrar.ui.wizard.ids import PageId
from registrar.ui.wizard.import_dialog import ImportDialog
from registrar.ui.wizard.reset_password import ResetPasswordDialog
from tests.ui.wizard_helpers import (
    CITIZEN_STATE,
    PASSWORD,
    attach,
    choose,
    fill_email,
    fill_identity_fin,
    fill_mobile,
    fill_password,
    fill_personal,
    intake_db,
    intake_template,
    next_page,
    pdf_file,
    type_text,
)

__all__ = ["intake_db", "intake_template"]


def _section(qtbot, intake_db, importer=None) -> IntakeSection:
    intake = intake_db.intake
    section = IntakeSection(intake.service, intake.reference, importer)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    return section


def test_yeni_muraciet_et_opens_the_wizard_on_the_first_step(qtbot, intake_db) -> None:
    section = _section(qtbot, intake_db)
    assert section.new.text() == "Yeni müraciət et"
    wizard = section.start_new()
    assert wizard.current == PageId.P02
    assert section.stack.currentWidget() is wizard


def test_leaving_the_wizard_lists_its_draft_and_resuming_reopens_it(qtbot, intake_db) -> None:
    section = _section(qtbot, intake_db)
    wizard = section.start_new()
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    wizard.leave.click()
    assert section.stack.currentWidget() is section.home
    assert section.drafts.count() == 1
    assert "Məmmədova Aygün" in section.drafts.item(0).text()
    reopened = section.resume_selected()
    assert reopened is not None and reopened.current == PageId.P03
    assert reopened.pages[PageId.P02].result_labels[F.REG_FIRST_NAME].text() == "Aygün"


def test_a_discarded_draft_leaves_the_list(
    qtbot, intake_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = _section(qtbot, intake_db)
    wizard = section.start_new()
    choose(wizard.pages[PageId.P02].citizenship, "unhcr")
    wizard.leave.click()
    assert section.drafts.count() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Səhv açılıb", True))
    section.discard.click()
    assert section.drafts.count() == 0


def test_the_import_dialog_previews_rows_and_errors_before_importing(
    qtbot, intake_db, tmp_path: Path
) -> None:
    intake = intake_db.intake
    importer = AdmissionListImporter(
        intake.workspace, intake.reference, Actor(None, "admin", "admin")
    )
    csv = tmp_path / "siyahı.csv"
    csv.write_text(
        "key_type,national_key,last_name,first_name,patronymic,birth_date,institution,"
        "specialty,specialisation,study_form,language,basis,score,year,admission_line,"
        "reg_address\n"
        "fin,2RT5Y6U,Əliyeva,Nərgiz,Vüqar qızı,2002-02-02,BDU,L103,,full_time,az,"
        "state_funded,450,2026,fin_citizen,Bakı\n"
        "fin,BAD,Əliyev,Tural,,2002-02-02,BDU,L103,,full_time,az,state_funded,450,2026,"
        "fin_citizen,\n",
        encoding="utf-8",
    )
    runner = TaskRunner()
    dialog = ImportDialog(importer, runner)
    qtbot.addWidget(dialog)
    dialog.load_file(csv)
    qtbot.waitUntil(lambda: dialog.run.isEnabled())
    assert dialog.rows.rowCount() == 1
    assert dialog.rows.item(0, 3).text() == "Əliyeva Nərgiz Vüqar qızı"
    assert dialog.errors.rowCount() == 1 and dialog.errors.item(0, 0).text() == "3"
    assert intake.service.lookup("fin", "2RT5Y6U") is None  # a dry run writes nothing
    dialog.run.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    runner.wait()
    assert dialog.outcome.imported == 1
    assert intake.service.lookup("fin", "2RT5Y6U") is not None


def test_the_desk_resets_a_confirmed_applicants_portal_password(
    qtbot, intake_db, tmp_path: Path
) -> None:
    section = _section(qtbot, intake_db)
    wizard = section.start_new()
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    fill_mobile(wizard, intake_db.intake.sms, "507654321")
    next_page(wizard)
    fill_email(wizard, "reset@example.az")
    next_page(wizard)
    fill_password(wizard)
    next_page(wizard)
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "d.pdf"))
    next_page(wizard)
    wizard.confirm.click()
    assert wizard.application is not None
    dialog = ResetPasswordDialog(intake_db.intake.service)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("email"))
    type_text(dialog.query, "reset@example.az")
    dialog.search.click()
    assert dialog.results.count() == 1
    type_text(dialog.password, PASSWORD + "2")
    type_text(dialog.repeat, PASSWORD + "2")
    dialog.save.click()
    assert dialog.message.text() == "Yeni şifrə yadda saxlanıldı."


def test_the_section_factory_builds_the_section_for_the_signed_in_user(qtbot, intake_db) -> None:
    context = SectionContext(
        workspace=intake_db.intake.workspace,
        user=StaffRow(uuid.uuid4(), "admin", "Admin", "admin", True),
        tasks=TaskRunner(),
        database_path=intake_db.path,
        backup_directory=None,
    )
    widget: QWidget = make_intake_section(context)
    qtbot.addWidget(widget)
    assert isinstance(widget, IntakeSection)
    assert widget.import_button.isVisibleTo(widget)

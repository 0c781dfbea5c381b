"""Single wizard behaviours: step bars, YOXLA, red fields, branches, countdown, uploads, drafts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from registrar.services import field_ids as F
from registrar.ui.wizard.ids import PageId
from registrar.ui.wizard.wizard import IntakeWizard
from tests.ui.wizard_helpers import (
    CITIZEN_FEE,
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
    png_file,
    type_text,
)

__all__ = ["intake_db", "intake_template"]


def _wizard(qtbot, intake_db, **kwargs) -> IntakeWizard:
    intake = intake_db.intake
    wizard = IntakeWizard(intake.service, intake.reference, **kwargs)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    return wizard


def _to_p10(wizard, intake_db, fin: str, phone: str, email: str) -> None:
    fill_identity_fin(wizard, "az_citizen", fin)
    next_page(wizard)
    fill_mobile(wizard, intake_db.intake.sms, phone)
    next_page(wizard)
    fill_email(wizard, email)
    next_page(wizard)
    fill_password(wizard)
    next_page(wizard)


def test_the_registration_step_bar_reads_as_the_portal_and_marks_the_step(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    assert wizard.reg_bar.visible_text() == F.ATTESTED["reg.steps"]
    assert wizard.reg_bar.step_state(0) == "active"
    assert not wizard.app_bar.isVisibleTo(wizard)


def test_a_fee_paying_admission_shows_five_steps_with_payment_greyed(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_FEE, "501110011", "fee@example.az")
    assert wizard.app_bar.visible_text() == F.ATTESTED["app.steps"]
    assert wizard.app_bar.step_state(0) == "active"
    assert wizard.app_bar.step_state(4) == "inactive"


def test_a_state_funded_admission_shows_the_first_three_steps(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110012", "state@example.az")
    assert wizard.app_bar.visible_text() == "Qəbul xətti > Şəxsi məlumatlar > Qəbul məlumatları"


def test_yoxla_with_an_unknown_fin_says_nothing_was_found_and_keeps_next_disabled(
    qtbot, intake_db
) -> None:
    wizard = _wizard(qtbot, intake_db)
    fill_identity_fin(wizard, "az_citizen", "1AAAAAA")
    error = wizard.pages[PageId.P02].findChild(QLabel, "reg.fin.error")
    assert error.text() == "Məlumat tapılmadı."
    assert not wizard.next.isEnabled()


def test_yoxla_shows_the_persons_data_and_editing_the_fin_clears_it(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    page = wizard.pages[PageId.P02]
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    assert page.result_labels[F.REG_LAST_NAME].text() == "Məmmədova"
    assert page.result_labels[F.REG_BIRTH_DATE].text() == "14.03.2001"
    assert wizard.next.isEnabled()
    QTest.keyClick(page.fin, Qt.Key.Key_Backspace)
    assert not page.result.isVisibleTo(page)
    assert not wizard.next.isEnabled()


def test_the_fin_is_upper_cased_and_limited_to_seven_latin_characters(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    page = wizard.pages[PageId.P02]
    choose(page.citizenship, "az_citizen")
    type_text(page.fin, "5zx1k2pq9ş")
    assert page.fin.text() == "5ZX1K2P"
    assert page.fin.placeholderText() == "XXXXXXX"


def test_the_unhcr_path_shows_typed_fields_and_no_yoxla(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    page = wizard.pages[PageId.P02]
    choose(page.citizenship, "unhcr")
    assert not page.check.isVisibleTo(page)
    for name in (F.REG_UNHCR_DOC_NO, F.REG_FIRST_NAME, F.REG_BIRTH_DATE):
        assert page.field_widget(name).isVisibleTo(page)
    assert page.birth_date.text() == "Seçin"


def test_empty_required_fields_turn_red_with_the_spec_message_on_next(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110013", "red@example.az")
    next_page(wizard)
    wizard.next.click()
    page = wizard.pages[PageId.P11]
    assert wizard.current == PageId.P11
    assert page.findChild(QLabel, "pd.actual_district.error").text() == F.MSG_REQUIRED
    assert page.field_widget(F.PD_ACTUAL_DISTRICT).property("invalid") == "true"
    assert page.findChild(QLabel, "pd.same_address.error").isVisibleTo(page)


def test_xeyr_on_same_address_asks_for_the_actual_address(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110014", "addr@example.az")
    next_page(wizard)
    page = wizard.pages[PageId.P11]
    page.same_address.yes.click()
    assert not page.actual_address.isVisibleTo(page)
    page.same_address.no.click()
    assert page.actual_address.isVisibleTo(page)
    assert page.reg_address.isReadOnly()  # registered address came with the FİN


def test_sending_the_code_locks_number_and_resend_with_the_portal_messages(
    qtbot, intake_db
) -> None:
    wizard = _wizard(qtbot, intake_db)
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    page = wizard.pages[PageId.P03]
    type_text(page.number, "501234567")
    page.send.click()
    assert page.sent.text().startswith("Təsdiqləmə şifrəsi SMS vasitəsi ilə +99450")
    assert page.sent.text().endswith("nömrəsinə göndərildi.")
    assert page.wait.text() == (
        "Qeyd etdiyiniz nömrəni dəyişmək və ya təsdiqləmə şifrəsini yenidən göndərmək "
        "120 saniyədən sonra mümkün olacaq."
    )
    assert not page.number.isEnabled() and not page.country.isEnabled()
    assert page.resend.isVisible() and not page.resend.isEnabled()
    page.timer.timeout.emit()
    assert "119 saniyədən" in page.wait.text()
    for _ in range(119):
        page.timer.timeout.emit()
    assert page.resend.isEnabled() and page.number.isEnabled()
    assert page.wait.text() == ""


def test_a_wrong_sms_code_is_refused_in_red(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    page = wizard.pages[PageId.P03]
    type_text(page.number, "501234567")
    page.send.click()
    right = intake_db.intake.sms.last_code()
    type_text(page.code, "000000" if right != "000000" else "111111")
    wizard.next.click()
    assert wizard.current == PageId.P03
    assert page.findChild(QLabel, "mob.code.error").text()


def test_in_person_confirmation_lets_the_desk_go_on_without_sms(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    page = wizard.pages[PageId.P03]
    type_text(page.number, "501234568")
    page.in_person.click()
    next_page(wizard)
    assert wizard.current == PageId.P04
    assert intake_db.intake.sms.sent == []


def test_a_mobile_and_e_mail_of_another_applicant_are_refused_as_typed(
    qtbot, intake_db, tmp_path: Path
) -> None:
    first = _wizard(qtbot, intake_db)
    _to_p10(first, intake_db, CITIZEN_STATE, "505550055", "taken@example.az")
    next_page(first)
    fill_personal(first, same=True)
    next_page(first)
    attach(first.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "a.pdf"))
    next_page(first)
    first.confirm.click()
    assert first.application is not None
    second = _wizard(qtbot, intake_db)
    fill_identity_fin(second, "az_citizen", CITIZEN_FEE)
    next_page(second)
    page = second.pages[PageId.P03]
    type_text(page.number, "505550055")
    assert page.findChild(QLabel, "mob.number.error").text() == F.PROPOSED["mob.in_use"]
    assert "Məmmədova Aygün" in page.existing.text()
    assert not page.send.isEnabled()
    page.number.clear()
    type_text(page.number, "505550056")
    page.in_person.click()
    next_page(second)
    email_page = second.pages[PageId.P04]
    type_text(email_page.email, "taken@example.az")
    assert email_page.findChild(QLabel, "em.email.error").text()
    assert "Məmmədova Aygün" in email_page.existing.text()


def test_different_e_mails_are_refused_with_the_spec_message(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    fill_identity_fin(wizard, "az_citizen", CITIZEN_STATE)
    next_page(wizard)
    fill_mobile(wizard, intake_db.intake.sms, "501110015")
    next_page(wizard)
    page = wizard.pages[PageId.P04]
    type_text(page.email, "a@example.az")
    type_text(page.email_repeat, "b@example.az")
    wizard.next.click()
    assert page.findChild(QLabel, "em.email_repeat.error").text() == F.MSG_EMAIL_MISMATCH


def test_an_upload_that_is_not_jpg_png_or_pdf_is_refused_with_the_service_message(
    qtbot, intake_db, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110016", "up@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    slot = wizard.pages[PageId.P12].slots.slots["ad.docs.education_document"]
    fake = tmp_path / "diplom.pdf"
    fake.write_bytes(b"MZ not a pdf at all")
    assert not slot.add_path(fake)
    assert slot.error.text() == F.MSG_FILE_TYPES
    assert slot.rows == []


def test_images_get_a_thumbnail_and_pdfs_their_page_count(qtbot, intake_db, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110017", "thumb@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    other = wizard.pages[PageId.P12].slots.slots[F.AD_DOCS_OTHER]
    assert other.add_path(png_file(tmp_path / "şəkil.png"))
    assert other.add_path(pdf_file(tmp_path / "arayış.pdf", pages=4))
    image_row, pdf_row = other.rows
    assert not image_row.preview.pixmap().isNull()
    assert pdf_row.pages == 4
    assert "4" in pdf_row.preview.text()


def test_next_without_the_required_document_marks_the_slot_red(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110018", "doc@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    wizard.apply.click()
    slot = wizard.pages[PageId.P12].slots.slots["ad.docs.education_document"]
    assert wizard.current == PageId.P12
    assert slot.error.text() == F.MSG_REQUIRED


def test_a_change_is_saved_to_the_draft_within_a_second(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    page = wizard.pages[PageId.P02]
    choose(page.citizenship, "az_citizen")
    with qtbot.waitSignal(wizard.saved, timeout=1000):
        type_text(page.fin, "5ZX1K2")
    [summary] = intake_db.intake.service.open_drafts()
    state = intake_db.intake.service.load_draft(summary.id)
    assert state.values[F.REG_FIN] == "5ZX1K2"


def test_the_password_never_reaches_the_draft(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110019", "pw@example.az")
    state = intake_db.intake.service.load_draft(wizard.draft.draft_id)
    assert state.page == "P10"
    assert F.PW_PASSWORD not in state.values and F.PW_PASSWORD_REPEAT not in state.values
    assert PASSWORD not in repr(state)


def test_a_reopened_draft_asks_for_the_password_again_before_confirming(
    qtbot, intake_db, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110020", "again@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "d.pdf"))
    next_page(wizard)
    state = intake_db.intake.service.load_draft(wizard.draft.draft_id)
    reopened = _wizard(qtbot, intake_db, state=state)
    assert reopened.current == PageId.P14
    reopened.confirm.click()
    assert reopened.current == PageId.P05
    assert reopened.pages[PageId.P05].retype_note.isVisibleTo(reopened.pages[PageId.P05])
    fill_password(reopened)
    next_page(reopened)
    assert reopened.current == PageId.P14
    reopened.confirm.click()
    assert reopened.application is not None


def test_back_returns_along_the_branch_taken(qtbot, intake_db, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110021", "back@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "d.pdf"))
    next_page(wizard)
    assert wizard.current == PageId.P14
    wizard.back.click()
    assert wizard.current == PageId.P12  # state-funded: no P13 on the way back


def test_every_input_widget_is_named_by_its_field_id(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db)
    names = {w.objectName() for w in wizard.findChildren(QLineEdit)}
    for field_id in (
        F.REG_FIN,
        F.REG_UNHCR_DOC_NO,
        F.MOB_NUMBER,
        F.MOB_CODE,
        F.EM_EMAIL,
        F.PW_PASSWORD,
        F.PD_ACTUAL_ADDRESS,
        F.PD_EMAIL_REPEAT,
    ):
        assert field_id in names
    buttons = {b.objectName(): b.text() for b in wizard.findChildren(QPushButton)}
    assert buttons["btn.next"] == "NÖVBƏTİ >"
    assert buttons["btn.back"] == "< GERİ"
    assert buttons["btn.check"] == "YOXLA"
    assert buttons["btn.resend"] == "YENİDƏN GÖNDƏR"
    assert buttons["btn.save"] == "YADDA SAXLA"
    assert buttons["btn.apply"] == "MÜRACİƏT ET"
    assert buttons["btn.confirm"] == "TƏSDİQ ET"


def test_a_file_dropped_on_a_slot_is_attached(qtbot, intake_db, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    wizard = _wizard(qtbot, intake_db)
    _to_p10(wizard, intake_db, CITIZEN_STATE, "501110022", "drop@example.az")
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    slot = wizard.pages[PageId.P12].slots.slots["ad.docs.education_document"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf_file(tmp_path / "atılan.pdf")))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    slot.dropEvent(event)
    assert [row.stored.file_name for row in slot.rows] == ["atılan.pdf"]
    assert wizard.draft.files["ad.docs.education_document"][0].file_name == "atılan.pdf"


def test_hiding_the_wizard_saves_a_pending_change_at_once(qtbot, intake_db) -> None:
    wizard = _wizard(qtbot, intake_db, autosave_ms=60_000)
    page = wizard.pages[PageId.P02]
    choose(page.citizenship, "az_citizen")
    type_text(page.fin, "5ZX")
    assert wizard.draft.draft_id is None
    wizard.hide()
    state = intake_db.intake.service.load_draft(wizard.draft.draft_id)
    assert state.values[F.REG_FIN] == "5ZX"

"""The whole wizard against the real intake service: each identity path, both fee paths."""

from __future__ import annotations

from pathlib import Path

from registrar.services import field_ids as F
from registrar.ui.documents.preview import PdfPreview
from registrar.ui.wizard.ids import PageId
from registrar.ui.wizard.wizard import IntakeWizard
from tests.ui.wizard_helpers import (
    CITIZEN_FEE,
    CITIZEN_STATE,
    MIGRANT_FEE,
    attach,
    fill_email,
    fill_identity_fin,
    fill_identity_unhcr,
    fill_mobile,
    fill_password,
    fill_personal,
    intake_db,
    intake_template,
    next_page,
    pdf_file,
    png_file,
)

__all__ = ["intake_db", "intake_template"]


def _wizard(qtbot, intake_db) -> IntakeWizard:
    intake = intake_db.intake
    wizard = IntakeWizard(intake.service, intake.reference)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    return wizard


def _register(
    qtbot, wizard, intake_db, *, fin: str | None, citizenship: str, phone: str, email: str
) -> None:
    if fin is None:
        fill_identity_unhcr(wizard)
    else:
        fill_identity_fin(wizard, citizenship, fin)
    next_page(wizard)
    assert wizard.current == PageId.P03
    fill_mobile(wizard, intake_db.intake.sms, phone)
    next_page(wizard)
    fill_email(wizard, email)
    next_page(wizard)
    fill_password(wizard)
    next_page(wizard)
    assert wizard.current == PageId.P10


def _confirm(qtbot, wizard) -> None:
    assert wizard.current == PageId.P14
    wizard.confirm.click()
    qtbot.waitUntil(lambda: wizard.notice is not None and wizard.notice.isVisible())
    assert wizard.notice.text.text() == "Müraciətiniz uğurla göndərildi."
    assert wizard.notice.close_button.text() == "X"
    wizard.notice.close_button.click()
    assert wizard.current == PageId.P16
    steps = [label.text() for label in wizard.status_page.step_labels]
    assert not any("ödəniş" in text.lower() for text in steps)  # no payment step (P17)


def test_a_citizen_admitted_state_funded_is_confirmed_after_yoxla(
    qtbot, intake_db, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, intake_db)
    _register(
        qtbot,
        wizard,
        intake_db,
        fin=CITIZEN_STATE,
        citizenship="az_citizen",
        phone="501234567",
        email="aygun@example.az",
    )
    assert wizard.pages[PageId.P10].line.value() == "fin_citizen"
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    assert wizard.current == PageId.P12
    assert wizard.apply.isVisible() and not wizard.next.isVisible()
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "d.pdf"))
    next_page(wizard)
    _confirm(qtbot, wizard)
    assert wizard.application is not None
    number = wizard.application.number
    assert number in wizard.status_page.number.text()
    assert intake_db.intake.service.open_drafts() == []
    view = intake_db.intake.service.status(wizard.application.id)
    assert view.status_code == "SUBMITTED"
    [stored] = intake_db.intake.service.find_existing(
        {F.REG_CITIZENSHIP: "az_citizen", F.REG_FIN: CITIZEN_STATE}
    )
    assert stored.display_name == "Məmmədova Aygün Rəşid qızı"
    assert stored.active_application_number == number
    assert stored.masked_email == "a***@example.az"


def test_the_desk_prints_the_numbered_receipt_from_the_status_page(
    qtbot, intake_db, tmp_path: Path
) -> None:
    import io

    from pypdf import PdfReader

    from tests.services.documents_fixtures import set_letterhead

    set_letterhead(intake_db.intake.workspace)
    wizard = _wizard(qtbot, intake_db)
    _register(
        qtbot,
        wizard,
        intake_db,
        fin=CITIZEN_STATE,
        citizenship="az_citizen",
        phone="501234568",
        email="receipt@example.az",
    )
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", pdf_file(tmp_path / "d.pdf"))
    next_page(wizard)
    _confirm(qtbot, wizard)
    wizard.status_page.receipt_button.click()
    assert wizard.receipt_dialog is not None, repr(wizard.save_note.text())
    preview = wizard.receipt_dialog.findChild(PdfPreview)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf_bytes())).pages)
    assert "Məmmədova" in text.replace("\n", " ")
    preview.close()


def test_a_fee_paying_citizen_without_exemption_goes_through_p13_with_xeyr(
    qtbot, intake_db, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, intake_db)
    _register(
        qtbot,
        wizard,
        intake_db,
        fin=CITIZEN_FEE,
        citizenship="az_citizen",
        phone="551112233",
        email="sehriyar@example.az",
    )
    next_page(wizard)
    fill_personal(wizard, same=False, district="AZ-GA")
    next_page(wizard)
    assert wizard.next.isVisible() and not wizard.apply.isVisible()
    attach(wizard.pages[PageId.P12], "ad.docs.education_document", png_file(tmp_path / "d.png"))
    next_page(wizard)
    assert wizard.current == PageId.P13
    wizard.pages[PageId.P13].vulnerable.no.click()
    next_page(wizard)
    _confirm(qtbot, wizard)
    assert wizard.application is not None


def test_a_migrant_with_an_orphan_exemption_attaches_the_category_documents(
    qtbot, intake_db, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, intake_db)
    _register(
        qtbot,
        wizard,
        intake_db,
        fin=MIGRANT_FEE,
        citizenship="migration_doc",
        phone="702223344",
        email="gulsen@example.az",
    )
    next_page(wizard)
    fill_personal(wizard, same=True, district="AZ-SA")
    next_page(wizard)
    p12 = wizard.pages[PageId.P12]
    from tests.ui.wizard_helpers import choose

    choose(p12.prev_stage, "higher")
    choose(p12.edu_level, "bachelor")
    attach(p12, "ad.docs.education_document", pdf_file(tmp_path / "diplom.pdf"))
    next_page(wizard)
    p13 = wizard.pages[PageId.P13]
    p13.vulnerable.yes.click()
    choose(p13.category, "orphan")
    p13.sub_widgets[F.FEE_SUB_ORPHAN_REASON].buttons["other"].click()
    choose(p13.sub_widgets[F.FEE_SUB_CARE_REASON], "both_deprived")
    attach(p13, F.FEE_DOC_BOTH_DEPRIVED, pdf_file(tmp_path / "qerar.pdf"))
    next_page(wizard)
    _confirm(qtbot, wizard)
    assert wizard.application is not None


def test_an_unhcr_card_holder_types_the_data_by_hand(qtbot, intake_db, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, intake_db)
    _register(
        qtbot,
        wizard,
        intake_db,
        fin=None,
        citizenship="unhcr",
        phone="993334455",
        email="farid@example.org",
    )
    choose_line = wizard.pages[PageId.P10].line.buttons["dim_document_foreigner"]
    choose_line.click()
    next_page(wizard)
    fill_personal(wizard, same=True)
    next_page(wizard)
    p12 = wizard.pages[PageId.P12]
    from tests.ui.wizard_helpers import choose

    choose(p12.prev_stage, "higher")
    choose(p12.edu_level, "bachelor")
    attach(p12, "ad.docs.identity_document", png_file(tmp_path / "card.png"))
    attach(p12, "ad.docs.education_document", pdf_file(tmp_path / "diploma.pdf"))
    next_page(wizard)
    wizard.pages[PageId.P13].vulnerable.no.click()
    next_page(wizard)
    _confirm(qtbot, wizard)
    assert wizard.application is not None

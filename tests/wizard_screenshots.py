"""Screenshots of every wizard page at 1366×768 (run under Xvfb; see docs/screenshots/).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/wizard_screenshots.py [suffix]

With QT_SCALE_FACTOR=1.5 and suffix `_150` it shows the pages at 150 % scaling.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    suffix = sys.argv[1] if len(sys.argv) > 1 else ""
    app = QApplication(sys.argv[:1])
    from registrar.services import field_ids as F
    from registrar.services.admission_import import AdmissionListImporter
    from registrar.services.context import Actor
    from registrar.services.credentials import new_raw_key
    from registrar.services.workspace import SetupRequest, initialise, open_local
    from registrar.ui.intake_section import IntakeSection
    from registrar.ui.wizard.ids import PageId
    from registrar.ui.wizard.import_dialog import ImportDialog
    from registrar.ui.wizard.reset_password import ResetPasswordDialog
    from tests.ui import wizard_helpers as h

    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="wizard-shots-"))
    db = open_local(work / "registrar.db", new_raw_key())
    workspace = initialise(db, SetupRequest("BDU", "admin", "Admin", "Admin-2026"))
    intake = h.make_intake(workspace)
    importer = AdmissionListImporter(workspace, intake.reference, Actor(None, "admin", "admin"))
    section = IntakeSection(intake.service, intake.reference, importer)
    section.setWindowTitle("Registrar Desk — MÜRACİƏT ET")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    section.resize(round(1366 / scale), round(768 / scale))  # the whole 1366×768 screen
    section.show()

    def shot(name: str, widget: QWidget | None = None, screen: bool = False) -> None:
        for _ in range(5):
            app.processEvents()
        image = app.primaryScreen().grabWindow(0) if screen else (widget or section).grab()
        path = OUT / f"wizard_{name}{suffix}.png"
        image.save(str(path))
        sys.stdout.write(f"{path.relative_to(ROOT)}\n")

    # UNHCR variant of P02 on a throwaway wizard
    wizard = section.start_new()
    page = wizard.pages[PageId.P02]
    h.choose(page.citizenship, "unhcr")
    h.type_text(page.unhcr_no, h.UNHCR_DOC)
    h.type_text(page.first_name, "Farid")
    h.type_text(page.last_name, "Haidari")
    page.birth_date.setDate(QDate(1998, 1, 30))
    shot("p02c_unhcr")
    wizard.leave.click()

    wizard = section.start_new()
    h.fill_identity_fin(wizard, "az_citizen", "1AAAAAA")
    shot("p02a_not_found")
    page = wizard.pages[PageId.P02]
    page.fin.clear()
    h.type_text(page.fin, h.CITIZEN_FEE)
    page.check.click()
    shot("p02a_fin_checked")
    h.next_page(wizard)
    p03 = wizard.pages[PageId.P03]
    h.type_text(p03.number, "501234567")
    p03.send.click()
    shot("p03_code_sent")
    h.type_text(p03.code, intake.sms.last_code())
    h.next_page(wizard)
    h.fill_email(wizard, "sehriyar@example.az")
    shot("p04_email")
    h.next_page(wizard)
    h.fill_password(wizard)
    shot("p05_password")
    h.next_page(wizard)
    shot("p10_admission_line")
    h.next_page(wizard)
    wizard.next.click()
    shot("p11_required_red")
    h.fill_personal(wizard, same=False, district="AZ-GA")
    shot("p11_personal")
    h.next_page(wizard)
    p12 = wizard.pages[PageId.P12]
    h.attach(p12, "ad.docs.education_document", h.pdf_file(work / "Diplom.pdf", pages=3))
    h.attach(p12, F.AD_DOCS_OTHER, h.png_file(work / "şəkil.png"))
    shot("p12_admission")
    h.next_page(wizard)
    p13 = wizard.pages[PageId.P13]
    p13.vulnerable.yes.click()
    h.choose(p13.category, "orphan")
    p13.sub_widgets[F.FEE_SUB_ORPHAN_REASON].buttons["other"].click()
    h.choose(p13.sub_widgets[F.FEE_SUB_CARE_REASON], "both_deprived")
    wizard.apply.click()
    shot("p13_fee_exemption_red")
    h.attach(p13, F.FEE_DOC_BOTH_DEPRIVED, h.pdf_file(work / "Qərar.pdf"))
    h.type_text(p13.notes, "Xahiş edirəm nəzərə alınız.")
    shot("p13_fee_exemption")
    h.next_page(wizard)
    shot("p14_review")
    scroll = wizard._scrolls[PageId.P14]
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot("p14_review_bottom")
    wizard.confirm.click()
    shot("p15_notice", screen=True)
    assert wizard.notice is not None, (wizard.current, h._errors(wizard))
    wizard.notice.close_button.click()
    shot("p16_status")
    wizard.leave.click()

    draft = section.start_new()
    h.fill_identity_fin(draft, "az_citizen", h.CITIZEN_STATE)
    h.next_page(draft)
    draft.leave.click()
    shot("section_drafts")

    dialog = ImportDialog(importer)
    csv = work / "qebul.csv"
    csv.write_text(
        h.ADMISSION_CSV + "fin,BAD,Əliyev,Tural,,2002-02-02,BDU,L103,,full_time,az,"
        "state_funded,450,2026,fin_citizen,\n",
        encoding="utf-8",
    )
    dialog.show()
    dialog.load_file(csv)
    shot("import_preview", dialog)
    dialog.close()

    reset = ResetPasswordDialog(intake.service)
    reset.show()
    reset.kind.setCurrentIndex(reset.kind.findData("email"))
    h.type_text(reset.query, "sehriyar@example.az")
    reset.search.click()
    shot("p07_reset_password", reset)
    reset.close()
    section.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6's garbage collection at exit has aborted this
    # throwaway script (bool_dealloc); the screenshots are written by then.
    os._exit(code)

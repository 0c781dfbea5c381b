"""A real wizard process for the crash test: drives to P12 with a file, then waits to be killed.

Run with REGISTRAR_TEST_DB, REGISTRAR_TEST_DB_KEY and REGISTRAR_TEST_FILE set; prints `READY`
on stdout once the autosave after the last change has been written, then idles.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    from registrar.services.context import Actor
    from registrar.services.intake import IntakeService
    from registrar.services.workspace import load_workspace, open_local
    from registrar.ui.intake_section import IntakeSection
    from tests.ui import wizard_helpers as h

    db = open_local(Path(os.environ["REGISTRAR_TEST_DB"]), os.environ["REGISTRAR_TEST_DB_KEY"])
    workspace = load_workspace(db)
    assert workspace is not None
    sms = h.RecordingSms()
    service = IntakeService(
        workspace, h.reference(), Actor(staff_id=None, username="admin", role="admin"), sms
    )
    section = IntakeSection(service, h.reference())
    section.resize(1366, 768)
    section.show()
    wizard = section.start_new()
    h.fill_identity_fin(wizard, "az_citizen", h.CITIZEN_FEE)
    h.next_page(wizard)
    h.fill_mobile(wizard, sms, "517778899")
    h.next_page(wizard)
    h.fill_email(wizard, "crash@example.az")
    h.next_page(wizard)
    h.fill_password(wizard)
    h.next_page(wizard)
    h.next_page(wizard)
    h.fill_personal(wizard, same=False, district="AZ-GA")
    h.next_page(wizard)
    page = wizard.pages[wizard.current]

    def ready() -> None:
        sys.stdout.write("READY\n")
        sys.stdout.flush()

    wizard.saved.connect(ready)
    h.attach(page, "ad.docs.education_document", Path(os.environ["REGISTRAR_TEST_FILE"]))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""Helpers for the wizard tests: a seeded intake service, safe typing of Azerbaijani text."""

from __future__ import annotations

import re
import shutil
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from registrar.services.context import Actor, Workspace
from registrar.services.reference import ReferenceData

# A small DİM admission list for BDU: one person per identity path and fee path.
ADMISSION_CSV = (
    "key_type,national_key,last_name,first_name,patronymic,birth_date,institution,specialty,"
    "specialisation,study_form,language,basis,score,year,admission_line,reg_address\n"
    "fin,5ZX1K2P,Məmmədova,Aygün,Rəşid qızı,2001-03-14,BDU,L103,,full_time,az,state_funded,"
    '512.5,2026,fin_citizen,"Bakı şəhəri, Nəsimi rayonu, Ş. Bədəlbəyli küç. 12"\n'
    "fin,7QW3E4R,Quliyev,Şəhriyar,İlqar oğlu,2000-11-02,BDU,L101,,full_time,az,fee_paying,"
    '430,2026,fin_citizen,"Gəncə şəhəri, Atatürk pr. 5"\n'
    "migration_fin,9AB8C7D,Öztürk,Gülşən,,1999-07-21,BDU,L102,,full_time,az,fee_paying,"
    "401,2026,fin_foreigner,\n"
    "dim_document,UN123456,Haidari,Farid,Ahmad,1998-01-30,BDU,L103,,full_time,en,fee_paying,"
    "388,2026,dim_document_foreigner,\n"
)
CITIZEN_STATE = "5ZX1K2P"
CITIZEN_FEE = "7QW3E4R"
MIGRANT_FEE = "9AB8C7D"
UNHCR_DOC = "UN123456"
PASSWORD = "Portal2026x"


class RecordingSms:
    """An SmsGateway test double: keeps every message; `last_code()` reads the newest code."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.sent: list[tuple[str, str]] = []

    def send(self, phone_e164: str, text: str) -> None:
        with self._lock:
            self.sent.append((phone_e164, text))

    def last_code(self) -> str:
        with self._lock:
            _phone, text = self.sent[-1]
        match = re.search(r"([0-9]{6})", text)
        assert match is not None, text
        return match.group(1)


@cache
def reference() -> ReferenceData:
    return ReferenceData.load()


@dataclass
class Intake:
    service: Any  # IntakeService
    reference: ReferenceData
    sms: RecordingSms
    workspace: Workspace


def make_intake(workspace: Workspace, sms: RecordingSms | None = None) -> Intake:
    """The real intake service over a set-up database, with the admission list imported."""
    from registrar.services.admission_import import AdmissionListImporter
    from registrar.services.intake import IntakeService

    actor = Actor(staff_id=None, username="admin", role="admin")
    ref = reference()
    result = AdmissionListImporter(workspace, ref, actor).run(
        ADMISSION_CSV.encode("utf-8"), "qebul-2026.csv"
    )
    assert not result.errors, result.errors
    sms = sms or RecordingSms()
    return Intake(IntakeService(workspace, ref, actor, sms), ref, sms, workspace)


# --- typing ----------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard; letters outside ASCII go as Key_unknown events with their text
    (qtbot.keyClicks aborts the process on ə ğ ı ş İ …)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(wizard: QWidget, name: str, limit: int = 60) -> QWidget:
    """Press Tab until the widget named `name` (or a child of it) has the focus."""
    for _ in range(limit):
        widget = focused()
        node = widget
        while node is not None:
            if node.objectName() == name:
                return node
            node = node.parentWidget()
        target = widget if widget is not None else wizard
        QTest.keyClick(target, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; focus is on {focused()!r}")


def set_date(edit: Any, day: QDate) -> None:
    edit.setDate(day)


def png_file(path: Path, colour: str = "#2a6") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")
    return path


def pdf_file(path: Path, pages: int = 2) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


# --- fixtures (imported by the test modules) ---------------------------------------------------


@dataclass(frozen=True)
class Template:
    path: Path
    key: str


@pytest.fixture(scope="session")
def intake_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One set-up database with the admission list imported; each test copies the file."""
    from registrar.services.credentials import new_raw_key
    from registrar.services.workspace import SetupRequest, initialise, open_local

    path = tmp_path_factory.mktemp("intake-template") / "registrar.db"
    key = new_raw_key()
    db = open_local(path, key)
    try:
        workspace = initialise(db, SetupRequest("BDU", "admin", "Admin", "Admin-2026"))
        make_intake(workspace)
    finally:
        db.dispose()
    return Template(path, key)


@dataclass
class IntakeDb:
    intake: Intake
    path: Path
    key: str
    db: Any


def open_copy(template: Template, directory: Path) -> IntakeDb:
    from registrar.services.intake import IntakeService
    from registrar.services.workspace import load_workspace, open_local

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "registrar.db"
    shutil.copyfile(template.path, path)
    db = open_local(path, template.key)
    workspace = load_workspace(db)
    assert workspace is not None
    sms = RecordingSms()
    actor = Actor(staff_id=None, username="admin", role="admin")
    service = IntakeService(workspace, reference(), actor, sms)
    return IntakeDb(Intake(service, reference(), sms, workspace), path, template.key, db)


@pytest.fixture
def intake_db(intake_template: Template, tmp_path: Path) -> Any:
    opened = open_copy(intake_template, tmp_path / "db")
    yield opened
    opened.db.dispose()


# --- driving the wizard -------------------------------------------------------------------------


def choose(combo: Any, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def next_page(wizard: Any) -> None:
    before = wizard.current
    button = wizard.next if wizard.next.isVisible() else wizard.apply
    assert button.isEnabled(), f"{button.objectName()} disabled on {before}"
    button.click()
    assert wizard.current != before, _errors(wizard)


def _errors(wizard: Any) -> str:
    page = wizard.page()
    from PySide6.QtWidgets import QLabel

    texts = [
        f"{label.objectName()}: {label.text()}"
        for label in page.findChildren(QLabel)
        if label.property("role") == "error" and label.text() and label.isVisibleTo(page)
    ]
    return f"stuck on {wizard.current}: " + "; ".join(texts)


def fill_identity_fin(wizard: Any, citizenship: str, fin: str) -> None:
    page = wizard.pages[wizard.current]
    choose(page.citizenship, citizenship)
    if citizenship == "migration_doc":
        choose(page.doc_type, "temporary_residence")
    type_text(page.fin, fin)
    page.check.click()


def fill_identity_unhcr(wizard: Any) -> None:
    page = wizard.pages[wizard.current]
    choose(page.citizenship, "unhcr")
    type_text(page.unhcr_no, UNHCR_DOC)
    type_text(page.first_name, "Farid")
    type_text(page.last_name, "Haidari")
    type_text(page.patronymic, "Ahmad")
    page.birth_date.setDate(QDate(1998, 1, 30))


def fill_mobile(wizard: Any, sms: RecordingSms, digits: str) -> None:
    page = wizard.pages[wizard.current]
    type_text(page.number, digits)
    assert page.send.isEnabled(), (page.number.text(), _errors(wizard))
    page.send.click()
    assert sms.sent, _errors(wizard)
    type_text(page.code, sms.last_code())


def fill_email(wizard: Any, email: str) -> None:
    page = wizard.pages[wizard.current]
    type_text(page.email, email)
    type_text(page.email_repeat, email)


def fill_password(wizard: Any, password: str = PASSWORD) -> None:
    page = wizard.pages[wizard.current]
    type_text(page.password, password)
    type_text(page.password_repeat, password)


def fill_personal(wizard: Any, *, same: bool, district: str = "AZ-BA") -> None:
    page = wizard.pages[wizard.current]
    if not page.reg_address.isReadOnly() and not page.reg_address.text():
        type_text(page.reg_address, "Bakı, Xətai r-nu, Babək pr. 7")
    (page.same_address.yes if same else page.same_address.no).click()
    if not same:
        type_text(page.actual_address, "Bakı, Yasamal r-nu, Şərifzadə küç. 3")
    choose(page.district, district)


def attach(page: Any, slot_id: str, path: Path) -> None:
    slot = page.slots.slots[slot_id]
    assert slot.add_path(path), slot.error.text()

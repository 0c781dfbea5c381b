"""The settings dialog: checked, audited changes; the central password only in the keyring."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from registrar.models import AuditEntry
from registrar.services import preferences, settings
from registrar.services.credentials import SERVICE, KeyringStore, central_password_entry
from registrar.services.staff import StaffRow
from registrar.ui.backups import Backups
from registrar.ui.sections import SectionContext
from registrar.ui.settings_dialog import SettingsDialog
from registrar.ui.tasks import TaskRunner
from tests.conftest import OfficeDb
from tests.keyring_memory import MemoryKeyring

URL = "postgresql://central.example.az:5432/registrar"
CENTRAL_PASSWORD = "Mərkəz-şifrə-7731"


def _dialog(qtbot, office_db: OfficeDb, backups_dir: Path | None = None) -> SettingsDialog:
    runner = TaskRunner()
    context = SectionContext(
        workspace=office_db.workspace,
        user=StaffRow(uuid.uuid4(), "admin", "Admin", "admin", True),
        tasks=runner,
        database_path=office_db.path,
        backup_directory=backups_dir,
    )
    backups = None
    if backups_dir is not None:
        backups = Backups(office_db.workspace, office_db.path, office_db.key, backups_dir, runner)
    dialog = SettingsDialog(context, KeyringStore(), backups)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _audited_actions(office_db: OfficeDb) -> list[tuple[str, str | None]]:
    with office_db.workspace.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(row.action, row.subject) for row in rows]


def test_the_central_url_and_user_are_stored_and_audited(qtbot, office_db: OfficeDb) -> None:
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.central_url, URL)
    qtbot.keyClicks(dialog.central_user, "bdu_registrar")
    _save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = preferences.load(office_db.workspace)
    assert (stored.central_url, stored.central_user) == (URL, "bdu_registrar")
    actions = _audited_actions(office_db)
    assert ("settings.change", "setting:central_url") in actions
    assert ("settings.change", "setting:central_user") in actions


def test_a_bad_url_is_refused_naming_the_field_and_nothing_is_saved(
    qtbot, office_db: OfficeDb
) -> None:
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.central_url, "http://central.example.az/registrar")
    qtbot.keyClicks(dialog.central_user, "bdu_registrar")
    _save(qtbot, dialog)
    assert dialog.error.text().startswith("Mərkəzi bazanın ünvanı (URL): ")
    assert "central_url" in dialog.error.text()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.central_url
    assert preferences.load(office_db.workspace).central_user == ""


def test_a_url_with_a_password_in_it_is_refused(qtbot, office_db: OfficeDb) -> None:
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.central_url, "postgresql://user:secret@central/registrar")
    _save(qtbot, dialog)
    assert "must not contain a password" in dialog.error.text()
    assert preferences.load(office_db.workspace).central_url == ""


def test_the_central_password_goes_to_the_keyring_and_to_no_file(
    qtbot, office_db: OfficeDb, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.central_url, URL)
    qtbot.keyClicks(dialog.central_user, "bdu_registrar")
    dialog.central_password.setText(CENTRAL_PASSWORD)  # not ASCII: keyClicks cannot type it
    _save(qtbot, dialog)
    entry = (SERVICE, central_password_entry("bdu_registrar"))
    assert MemoryKeyring.store[entry] == CENTRAL_PASSWORD
    with office_db.workspace.read() as session:
        values = [settings.get(session, key) or "" for key in settings.KNOWN]
        reasons = session.scalars(select(AuditEntry.reason)).all()
        subjects = session.scalars(select(AuditEntry.subject)).all()
    assert all(CENTRAL_PASSWORD not in value for value in values)
    assert all(CENTRAL_PASSWORD not in (text or "") for text in [*reasons, *subjects])
    assert ("settings.central_password", "setting:central_password") in _audited_actions(office_db)
    office_db.db.dispose()  # checkpoint the WAL, so every byte is in the files scanned below
    secret = CENTRAL_PASSWORD.encode()
    for path in tmp_path.rglob("*"):  # the database, and XDG data, config, cache, runtime
        if path.is_file():
            assert secret not in path.read_bytes(), path


def test_a_central_password_without_a_user_is_refused_before_anything_is_saved(
    qtbot, office_db: OfficeDb
) -> None:
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.central_url, URL)
    qtbot.keyClicks(dialog.central_password, "secret-password")
    _save(qtbot, dialog)
    assert dialog.error.text().startswith("Mərkəzi bazanın istifadəçisi: ")
    assert MemoryKeyring.store == {}
    assert preferences.load(office_db.workspace).central_url == ""


def test_the_language_choice_is_stored_for_the_next_start(qtbot, office_db: OfficeDb) -> None:
    dialog = _dialog(qtbot, office_db)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _save(qtbot, dialog)
    assert dialog.saved == ("language",)
    assert preferences.language(office_db.db) == "en"


def test_saving_without_changes_writes_nothing(qtbot, office_db: OfficeDb) -> None:
    before = _audited_actions(office_db)
    dialog = _dialog(qtbot, office_db)
    _save(qtbot, dialog)
    assert dialog.saved == ()
    assert _audited_actions(office_db) == before


def test_back_up_now_writes_a_backup_and_shows_its_time(
    qtbot, office_db: OfficeDb, tmp_path: Path
) -> None:
    directory = tmp_path / "backups"
    dialog = _dialog(qtbot, office_db, directory)
    assert dialog.backup_status.text() == "Ehtiyat nüsxə hələ yoxdur."
    qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_status.text().startswith("Son ehtiyat nüsxə: "))
    assert len(list(directory.glob("registrar-*.db"))) == 1
    assert any(action == "backup" for action, _ in _audited_actions(office_db))

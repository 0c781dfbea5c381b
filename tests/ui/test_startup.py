"""Start-up: the key from the keyring or a passphrase, first-run setup, sign-in, main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from registrar.app import StartOptions
from registrar.services.credentials import DB_KEY_ENTRY, SERVICE, KeyringStore
from registrar.services.workspace import SetupRequest, initialise, open_local
from registrar.ui.first_run import FirstRunDialog
from registrar.ui.main_window import MainWindow
from registrar.ui.passphrase import PassphraseDialog
from registrar.ui.signin import SignInDialog
from registrar.ui.startup import Startup
from tests.keyring_memory import MemoryKeyring

PASSWORD = "Qeydiyyat2026"
PASSPHRASE = "long enough passphrase 42"

MakeStartup = Callable[..., Startup]


@pytest.fixture
def make_startup(qtbot, tmp_path: Path) -> Iterator[MakeStartup]:
    made: list[Startup] = []

    def make(db_path: Path | None = None, backup_directory: Path | None = None) -> Startup:
        options = StartOptions(
            db_path=db_path or tmp_path / "data" / "registrar.db",
            demo=False,
            backup_directory=backup_directory,
        )
        startup = Startup(options, KeyringStore())
        made.append(startup)
        return startup

    yield make
    for startup in made:
        if startup.window is not None and startup.window.isVisible():
            with qtbot.waitSignal(startup.finished, timeout=20000):
                startup.window.close()
        if isinstance(startup.dialog, SignInDialog | FirstRunDialog | PassphraseDialog):
            startup.dialog.close()
        startup.shutdown()


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_first_run(qtbot, dialog: FirstRunDialog, username: str = "registrar1") -> None:
    dialog.institution.setCurrentIndex(dialog.institution.findData("BDU"))
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.display_name, "Leyla Quliyeva")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_repeat, PASSWORD)


def _sign_in(qtbot, startup: Startup, password: str = PASSWORD) -> MainWindow:
    dialog = startup.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.password, password)
    _click(qtbot, dialog.continue_button)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
    assert startup.window is not None
    return startup.window


def test_a_new_database_gets_its_key_from_the_keyring_and_asks_for_setup(
    make_startup: MakeStartup,
) -> None:
    startup = make_startup()
    startup.start()
    assert isinstance(startup.dialog, FirstRunDialog)
    assert MemoryKeyring.store.get((SERVICE, DB_KEY_ENTRY), "").startswith("x'")


def test_first_run_creates_the_admin_and_then_signs_in(qtbot, make_startup: MakeStartup) -> None:
    startup = make_startup()
    startup.start()
    first_run = startup.dialog
    assert isinstance(first_run, FirstRunDialog)
    _fill_first_run(qtbot, first_run)
    _click(qtbot, first_run.save_button)
    sign_in = startup.dialog
    assert isinstance(sign_in, SignInDialog)
    assert sign_in.username.text() == "registrar1"
    window = _sign_in(qtbot, startup)
    assert startup.user is not None and startup.user.role == "admin"
    assert "BDU" in window.status_institution.text()


def test_first_run_refuses_two_different_passwords(qtbot, make_startup: MakeStartup) -> None:
    startup = make_startup()
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    _fill_first_run(qtbot, dialog)
    qtbot.keyClicks(dialog.password_repeat, "x")
    _click(qtbot, dialog.save_button)
    assert dialog.error.text() == "Şifrələr eyni deyil."
    assert startup.dialog is dialog and dialog.workspace is None


def test_first_run_refuses_a_weak_password_with_the_services_message(
    qtbot, make_startup: MakeStartup
) -> None:
    startup = make_startup()
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.institution.setCurrentIndex(dialog.institution.findData("BDU"))
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password_repeat, "short")
    _click(qtbot, dialog.save_button)
    assert "8 simvol" in dialog.error.text()
    assert dialog.workspace is None


def test_cancelling_first_run_ends_the_start_without_a_window(
    qtbot, make_startup: MakeStartup
) -> None:
    startup = make_startup()
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    with qtbot.waitSignal(startup.finished) as signal:
        _click(qtbot, dialog.cancel_button)
    assert signal.args == [0]
    assert startup.window is None


def test_without_a_keyring_a_new_database_asks_for_the_passphrase_twice(
    qtbot, make_startup: MakeStartup, no_keyring: None
) -> None:
    startup = make_startup()
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.asks_twice
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase_repeat, PASSPHRASE + "x")
    _click(qtbot, dialog.ok_button)
    assert dialog.error.text() == "Şifrə ifadələri eyni deyil."
    qtbot.keyClicks(dialog.passphrase_repeat, PASSPHRASE)
    _click(qtbot, dialog.ok_button)
    assert isinstance(startup.dialog, FirstRunDialog)


def test_the_passphrase_is_the_key_and_is_written_to_no_file(
    qtbot, make_startup: MakeStartup, no_keyring: None, tmp_path: Path
) -> None:
    startup = make_startup()
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase_repeat, PASSPHRASE)
    _click(qtbot, dialog.ok_button)
    first_run = startup.dialog
    assert isinstance(first_run, FirstRunDialog)
    _fill_first_run(qtbot, first_run)
    _click(qtbot, first_run.save_button)
    _sign_in(qtbot, startup)
    assert startup.opened is not None
    startup.shutdown()
    reopened = open_local(startup.options.db_path, PASSPHRASE, create=False)
    reopened.dispose()
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert PASSPHRASE.encode() not in path.read_bytes(), path


def test_an_existing_database_asks_once_and_a_wrong_passphrase_asks_again(
    qtbot, make_startup: MakeStartup, no_keyring: None, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "registrar.db"
    db = open_local(path, PASSPHRASE)
    initialise(db, SetupRequest("BDU", "admin", "Admin", PASSWORD))
    db.dispose()
    startup = make_startup(path)
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, PassphraseDialog) and not dialog.asks_twice
    assert not dialog.passphrase_repeat.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    _click(qtbot, dialog.ok_button)
    assert "cannot be opened" in dialog.error.text()
    assert startup.dialog is dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    _click(qtbot, dialog.ok_button)
    assert isinstance(startup.dialog, SignInDialog)


def test_closing_the_main_window_writes_the_exit_backup(
    qtbot, make_startup: MakeStartup, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    startup = make_startup(backup_directory=backups)
    startup.start()
    first_run = startup.dialog
    assert isinstance(first_run, FirstRunDialog)
    _fill_first_run(qtbot, first_run)
    _click(qtbot, first_run.save_button)
    window = _sign_in(qtbot, startup)
    qtbot.waitUntil(lambda: not startup.tasks.busy())  # the daily backup of a new database
    before = set(backups.glob("registrar-*.db"))
    with qtbot.waitSignal(startup.finished, timeout=20000):
        window.close()
    assert len(set(backups.glob("registrar-*.db")) - before) == 1


def test_the_stored_language_translates_the_sign_in_dialog(
    qtbot, tmp_path: Path, office_db
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication

    from registrar.services import preferences
    from registrar.services.context import SYSTEM

    source = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "registrar_en.ts"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(tmp_path / "registrar_en.qm")],
        check=True,
        capture_output=True,
    )
    preferences.save(office_db.workspace, SYSTEM, {"language": "en"})
    MemoryKeyring.store[(SERVICE, DB_KEY_ENTRY)] = office_db.key
    options = StartOptions(
        db_path=office_db.path, demo=False, backup_directory=None, translations=tmp_path
    )
    startup = Startup(options, KeyringStore())
    locale = QLocale()
    try:
        startup.start()
        dialog = startup.dialog
        assert isinstance(dialog, SignInDialog)
        assert dialog.continue_button.text() == "CONTINUE >"
    finally:
        for translator in startup.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
        if startup.dialog is not None:
            startup.dialog.close()
        startup.shutdown()


def test_the_demo_database_is_filled_on_first_use_and_says_demo(qtbot, tmp_path: Path) -> None:
    from registrar.services.demo import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME

    options = StartOptions(
        db_path=tmp_path / "registrar-demo.db", demo=True, backup_directory=None, demo_count=20
    )
    startup = Startup(options, KeyringStore())
    try:
        startup.start()
        qtbot.waitUntil(lambda: isinstance(startup.dialog, SignInDialog), timeout=120000)
        dialog = startup.dialog
        assert isinstance(dialog, SignInDialog)
        assert dialog.username.text() == DEMO_ADMIN_USERNAME
        assert DEMO_ADMIN_PASSWORD in dialog.hint.text()
        assert "NÜMUNƏ / DEMO" in dialog.windowTitle()
        window = _sign_in(qtbot, startup, DEMO_ADMIN_PASSWORD)
        assert window.windowTitle().endswith(" — NÜMUNƏ / DEMO")
        assert window.demo_mark is not None
        page = window.section_page("overview")
        qtbot.waitUntil(lambda: getattr(page, "overview", None) is not None, timeout=20000)
        assert page.overview.application_total == 20
    finally:
        if startup.window is not None:
            with qtbot.waitSignal(startup.finished, timeout=20000):
                startup.window.close()
        startup.shutdown()


def test_the_demo_database_is_a_separate_file_without_automatic_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from registrar.app import options_from_environment

    monkeypatch.setenv("REGISTRAR_DB", str(tmp_path / "office.db"))
    demo = options_from_environment(demo=True)
    office = options_from_environment(demo=False)
    assert office.db_path == tmp_path / "office.db"
    assert demo.db_path == tmp_path / "office-demo.db"
    assert demo.backup_directory is None and office.backup_directory is not None


def test_a_bug_while_opening_ends_the_start_with_exit_70_and_a_message(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import registrar.ui.startup as startup_module

    shown: list[str] = []
    monkeypatch.setattr(
        startup_module, "show_error", lambda _parent, _title, text: shown.append(text)
    )

    def broken():
        raise RuntimeError("boom")

    options = StartOptions(db_path=tmp_path / "registrar.db", demo=False, backup_directory=None)
    startup = Startup(options, KeyringStore(), broken)
    with qtbot.waitSignal(startup.finished) as signal:
        startup.start()
    assert signal.args == [70]
    assert shown == ["Daxili xəta: RuntimeError"]
    startup.shutdown()


def test_a_demo_database_the_demo_key_cannot_open_is_refused_with_exit_3(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import registrar.ui.startup as startup_module
    from registrar.services.credentials import new_raw_key

    shown: list[str] = []
    monkeypatch.setattr(
        startup_module, "show_error", lambda _parent, _title, text: shown.append(text)
    )
    path = tmp_path / "registrar-demo.db"
    open_local(path, new_raw_key()).dispose()  # an office-keyed file where the demo one should be
    options = StartOptions(db_path=path, demo=True, backup_directory=None)
    startup = Startup(options, KeyringStore())
    with qtbot.waitSignal(startup.finished) as signal:
        startup.start()
    assert signal.args == [3]
    assert shown and "cannot be opened" in shown[0]
    startup.shutdown()


def test_the_background_open_hands_over_the_database_it_opened(tmp_path: Path) -> None:
    from registrar.app import BackgroundOpen

    options = StartOptions(db_path=tmp_path / "registrar.db", demo=False, backup_directory=None)
    opened = BackgroundOpen(options, KeyringStore())()
    try:
        assert opened.workspace is None and opened.language == "az"
        assert opened.key == MemoryKeyring.store[(SERVICE, DB_KEY_ENTRY)]
    finally:
        opened.db.dispose()


def test_the_background_open_raises_its_error_on_the_calling_thread(
    tmp_path: Path, no_keyring: None
) -> None:
    from registrar.app import BackgroundOpen
    from registrar.services.desktop import KeyMissing

    options = StartOptions(db_path=tmp_path / "registrar.db", demo=False, backup_directory=None)
    prepared = BackgroundOpen(options, KeyringStore())
    with pytest.raises(KeyMissing):
        prepared()

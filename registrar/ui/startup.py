"""The start-up steps, driven by signals so none blocks the event loop.

key (keyring, else a typed passphrase) -> open -> fill the demo database or run first-run
setup -> sign in -> main window. `registrar.app` builds the collaborators and may hand in a
database already being opened on a background thread.

Services are imported inside the steps, never at module level: while the background thread
imports them, this module (on the GUI thread) must not compete for the same import locks.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from registrar.paths import resource
from registrar.ui.tasks import TaskRunner
from registrar.ui.widgets import APP_NAME, DEMO_MARK, show_error

if TYPE_CHECKING:
    from registrar.app import StartOptions
    from registrar.services.context import Workspace
    from registrar.services.credentials import CredentialStore
    from registrar.services.desktop import OpenedDatabase
    from registrar.services.staff import StaffRow
    from registrar.ui.backups import Backups
    from registrar.ui.idle_lock import IdleLock
    from registrar.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_UNAVAILABLE = 3
EXIT_INTERNAL = 70
BENCH_T0_ENV = "REGISTRAR_BENCH_T0"  # time.time() when the benchmark launched the process

Prepared = Callable[[], "OpenedDatabase"]


def seconds_since_process_start() -> float | None:
    """How long this process has existed (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class Startup(QObject):
    """Runs the start-up steps and owns what they produce (database, key, window).

    `finished(code)` ends the application. Tests drive the same object: the open step's
    dialog is `dialog` while it is shown.
    """

    finished = Signal(int)
    window_shown = Signal()

    def __init__(
        self,
        options: StartOptions,
        store: CredentialStore,
        prepared: Prepared | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self._store = store
        self._prepared = prepared
        self.tasks = TaskRunner(parent=self)
        self.opened: OpenedDatabase | None = None
        self.workspace: Workspace | None = None
        self.user: StaffRow | None = None
        self.window: MainWindow | None = None
        self.backups: Backups | None = None
        self.idle_lock: IdleLock | None = None
        self.sync_status: QWidget | None = None
        self.dialog: QWidget | None = None
        self._translators: list[QTranslator] = []
        self._done = False

    @property
    def db_path(self) -> Path:
        return self.options.db_path

    # --- step 1: the key and the file -----------------------------------------------------

    def start(self) -> None:
        from registrar.services.desktop import KeyMissing, open_for_desktop
        from registrar.services.errors import RegistrarError, Unavailable

        prepared = self._prepared or (
            lambda: open_for_desktop(self._store, self.db_path, demo=self.options.demo)
        )
        self._prepared = None
        try:
            opened = prepared()
        except KeyMissing:
            self._ask_passphrase(None)
            return
        except Unavailable as error:
            if self.options.demo or "locked" in str(error):
                self._fatal(str(error), EXIT_UNAVAILABLE)
            else:  # the keyring's key does not open this file: it was made with a passphrase
                self._ask_passphrase(str(error))
            return
        except RegistrarError as error:
            self._fatal(str(error), error.exit_code)
            return
        except Exception as error:  # a bug: say so and stop, rather than show nothing
            log.exception("the database could not be opened")
            self._fatal(
                self.tr("Daxili xəta: ") + type(error).__name__,  # proposed string
                EXIT_INTERNAL,
            )
            return
        self._opened(opened)

    def _ask_passphrase(self, message: str | None) -> None:
        from registrar.services.desktop import OpenedDatabase, open_database
        from registrar.ui.passphrase import PassphraseDialog

        def opener(passphrase: str) -> OpenedDatabase:
            return open_database(self.db_path, passphrase, demo=False)

        dialog = PassphraseDialog(
            opener, new=not self.db_path.exists(), database_name=self.db_path.name
        )
        if message:
            dialog.show_message(message)

        def accepted() -> None:
            opened = dialog.opened
            assert isinstance(opened, OpenedDatabase)
            self._opened(opened)

        self._show_dialog(dialog, accepted)

    # --- step 2: set up or fill -----------------------------------------------------------

    def _opened(self, opened: OpenedDatabase) -> None:
        self.opened = opened
        self._install_translations(opened.language)
        if opened.workspace is not None:
            self._sign_in(opened.workspace, opened.institution_name)
        elif self.options.demo:
            self._fill_demo()
        else:
            self._first_run()

    def _install_translations(self, language: str) -> None:
        from registrar.ui.i18n import translation_directory

        app = QCoreApplication.instance()
        if app is None or language == "az":  # Azerbaijani is the source language
            return
        for directory, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
            (
                str(translation_directory(language, self.options.translations) or resource("i18n")),
                f"registrar_{language}",
            ),
        ):
            translator = QTranslator(self)
            if translator.load(name, directory):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.info("no translation %s in %s", name, directory)
        QLocale.setDefault(QLocale(language))

    def _first_run(self) -> None:
        from registrar.services.preferences import reference_institutions
        from registrar.ui.first_run import FirstRunDialog

        assert self.opened is not None
        dialog = FirstRunDialog(self.opened.db, reference_institutions())

        def accepted() -> None:
            assert dialog.workspace is not None
            self._sign_in(dialog.workspace, None, username=dialog.admin_username)

        self._show_dialog(dialog, accepted)

    def _fill_demo(self) -> None:
        from registrar.ui.tasks import TaskControl

        assert self.opened is not None
        db = self.opened.db
        count, seed = self.options.demo_count, self.options.demo_seed
        progress = QProgressDialog(
            self.tr("Nümunə bazası hazırlanır…"),  # proposed string
            self.tr("Ləğv et"),  # proposed string
            0,
            count,
        )
        progress.setWindowTitle(f"{APP_NAME} — {DEMO_MARK}")
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.dialog = progress

        def work(control: TaskControl) -> None:
            from registrar.services.demo import fill_demo

            # A cancelled fill keeps the chunks already written (the service's contract).
            fill_demo(db, count=count, seed=seed, progress=control.report, cancel=control.cancelled)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def filled(_result: object) -> None:
            from registrar.services.workspace import load_workspace

            progress.close()
            self.dialog = None
            workspace = load_workspace(db)
            if workspace is None:  # cancelled before the demo institution was set up
                self._finish(0)
                return
            self._sign_in(workspace, None)  # after a cancel: with the records written so far

        def failed(error: Exception) -> None:
            progress.close()
            self.dialog = None
            self._fatal(str(error), EXIT_INTERNAL)

        task = self.tasks.start(work, filled, failed, report)
        progress.canceled.connect(task.cancel)
        progress.show()

    # --- step 3: sign in ------------------------------------------------------------------

    def _sign_in(self, workspace: Workspace, name: str | None, *, username: str = "") -> None:
        from registrar.services.preferences import institution_name
        from registrar.ui.signin import SignInDialog

        self.workspace = workspace
        hint = ""
        if workspace.demo:
            from registrar.services.demo import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME

            username = username or DEMO_ADMIN_USERNAME
            # proposed string
            template = self.tr("Nümunə bazası: istifadəçi adı {user}, şifrə {password}")
            hint = template.replace("{user}", DEMO_ADMIN_USERNAME).replace(
                "{password}", DEMO_ADMIN_PASSWORD
            )
        name = name or institution_name(workspace)
        dialog = SignInDialog(workspace, institution=name, username=username, hint=hint)
        if self.options.bench and workspace.demo:
            from registrar.services.demo import DEMO_ADMIN_PASSWORD

            dialog.password.setText(DEMO_ADMIN_PASSWORD)
            dialog.submit()  # the real check, with the documented demo password
            if dialog.user is None:
                self._fatal(dialog.error.text(), EXIT_INTERNAL)
            else:
                self._show_main(workspace, dialog.user, name)
            dialog.deleteLater()
            return

        def accepted() -> None:
            assert dialog.user is not None
            self._show_main(workspace, dialog.user, name)

        self._show_dialog(dialog, accepted)

    # --- step 4: the main window ----------------------------------------------------------

    def _show_main(self, workspace: Workspace, user: StaffRow, institution: str) -> None:
        from registrar.ui.backups import Backups
        from registrar.ui.main_window import MainWindow
        from registrar.ui.sections import SectionContext, builtin_sections

        assert self.opened is not None
        self.user = user
        path = self.opened.db.path
        directory = self.options.backup_directory if path is not None else None
        if directory is not None and path is not None:
            self.backups = Backups(
                workspace, path, self.opened.key, directory, self.tasks, parent=self
            )
        context = SectionContext(
            workspace=workspace,
            user=user,
            tasks=self.tasks,
            database_path=path,
            backup_directory=directory,
        )
        window = MainWindow(
            context,
            builtin_sections(),
            institution_name=institution,
            store=self._store,
            backups=self.backups,
        )
        self.window = window
        window.closed.connect(lambda: self._finish(0))
        window.first_shown.connect(self._on_window_shown)
        if not self.options.bench:
            self._attach_sync(window, workspace)
            from registrar.ui.idle_lock import IdleLock

            self.idle_lock = IdleLock(workspace, user, parent=window)
            self.idle_lock.quit_requested.connect(window.close)
            self.idle_lock.start()
        window.show()

    def _attach_sync(self, window: MainWindow, workspace: Workspace) -> None:
        """With a central database configured: sync status, Sync now and timed sync."""
        from registrar.services import settings
        from registrar.services.credentials import KeyringStore
        from registrar.services.sync.engine import SyncService
        from registrar.ui.sync_status import SyncStatusWidget

        if not settings.peek(workspace.engine, "central_url"):
            return  # no central database: nothing to show (works offline)
        user = settings.peek(workspace.engine, "central_user")
        service = SyncService(workspace, KeyringStore(), user=user)
        self.sync_status = SyncStatusWidget(service, self.tasks, parent=window)
        window.statusBar().addPermanentWidget(self.sync_status)

    def _on_window_shown(self) -> None:
        self.window_shown.emit()
        if self.options.bench:
            self._report_bench()
            QTimer.singleShot(0, self, lambda: self._finish(0))
            return
        if self.backups is not None:
            QTimer.singleShot(0, self.backups, self.backups.start_daily_if_due)

    def _report_bench(self) -> None:
        figures: dict[str, object] = {"event": "main_window_shown"}
        launched = os.environ.get(BENCH_T0_ENV)
        if launched:
            figures["seconds_since_launch"] = round(time.time() - float(launched), 4)
        age = seconds_since_process_start()
        if age is not None:
            figures["seconds_since_process_start"] = round(age, 3)
        sys.stderr.write(json.dumps(figures) + "\n")
        sys.stderr.flush()

    # --- plumbing -------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog

        def accepted() -> None:
            self.dialog = None
            on_accepted()

        def rejected() -> None:
            self.dialog = None
            self._finish(0)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.show()

    def _fatal(self, message: str, code: int) -> None:
        log.error("start-up stopped (exit %s)", code)
        if self.options.bench:
            sys.stderr.write(json.dumps({"event": "error", "message": message}) + "\n")
        else:
            show_error(None, APP_NAME, message)
        self._finish(code)

    def _finish(self, code: int) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(code)

    def shutdown(self) -> None:
        """Wait for background work, then close the database (after the event loop ends)."""
        self.tasks.cancel_all()
        self.tasks.wait()
        if self.opened is not None:
            self.opened.db.dispose()
            self.opened = None

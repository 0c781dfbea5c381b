"""Composition root: options, the credential store, the Qt application and the start-up steps.

`run()` starts opening the database on a plain thread first (SQLAlchemy, the models and the
SQLCipher key derivation take most of a cold start), then imports Qt and creates the
application meanwhile; the start-up steps (`registrar.ui.startup`) take the result from there.
Importing this module is cheap: no Qt and no database code at module level.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from registrar.services.credentials import CredentialStore
    from registrar.services.desktop import OpenedDatabase

log = logging.getLogger(__name__)

BENCH_ENV = "REGISTRAR_BENCH_EXIT_ON_SHOWN"  # print the start-up time on stderr and quit
DEMO_COUNT_ENV = "REGISTRAR_DEMO_COUNT"
DEFAULT_DEMO_COUNT = 2000  # enough to look real; small enough for a quick first start
DEMO_SEED = 20261122


@dataclass(frozen=True)
class StartOptions:
    db_path: Path
    demo: bool
    backup_directory: Path | None  # None: no automatic backups (the demo database)
    demo_count: int = DEFAULT_DEMO_COUNT
    demo_seed: int = DEMO_SEED
    bench: bool = False
    translations: Path | None = None  # directory of registrar_<lang>.qm; None: resources/i18n


def options_from_environment(*, demo: bool) -> StartOptions:
    """The database the GUI opens: $REGISTRAR_DB (set by --db) or the user data directory.

    The demo database is always the separate file `paths.default_db_path(demo=True)` gives
    (beside $REGISTRAR_DB when that is set), so demo data never lands in an office's file.
    Demo data is invented and filled again on demand, so it gets no automatic backups.
    """
    from registrar.paths import backup_dir, default_db_path

    count_text = os.environ.get(DEMO_COUNT_ENV, "")
    count = int(count_text) if count_text.isdigit() and int(count_text) > 0 else DEFAULT_DEMO_COUNT
    return StartOptions(
        db_path=default_db_path(demo=demo),
        demo=demo,
        backup_directory=None if demo else backup_dir(),
        demo_count=count,
        bench=os.environ.get(BENCH_ENV) == "1",
    )


class BackgroundOpen:
    """Opens the database on a plain thread; `__call__` waits and returns it or re-raises.

    The thread imports and calls services only: no Qt object is touched off the GUI thread.
    """

    def __init__(self, options: StartOptions, store: CredentialStore) -> None:
        self._options = options
        self._store = store
        self._result: OpenedDatabase | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from registrar.services.desktop import open_for_desktop

            # SQLCipher releases the GIL while it derives the key and reads the file: import
            # what the next screens need meanwhile, on a third thread. Nobody waits for it: a
            # module it is still importing makes the GUI thread's own import wait for it, and
            # the GUI thread imports from function bodies only, so no lock cycle can form.
            threading.Thread(
                target=_preload, args=(self._options.demo,), name="preload", daemon=True
            ).start()
            self._result = open_for_desktop(
                self._store, self._options.db_path, demo=self._options.demo
            )
        except BaseException as error:  # re-raised on the GUI thread by __call__
            self._error = error

    def __call__(self) -> OpenedDatabase:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


# Imported ahead by `BackgroundOpen` while the database opens (importing defines classes and
# creates no Qt object, so it may happen off the GUI thread; the GUI thread is waiting then).
PRELOAD = (
    "registrar.ui.signin",
    "registrar.ui.sections",
    "registrar.ui.main_window",
    "registrar.ui.overview",
    "registrar.ui.backups",
    "registrar.ui.idle_lock",
)
PRELOAD_DEMO = ("registrar.services.demo",)


def _preload(demo: bool) -> None:
    import importlib

    for name in PRELOAD + (PRELOAD_DEMO if demo else ()):
        try:
            importlib.import_module(name)
        except Exception:  # the GUI thread imports it again and reports the error there
            log.debug("preloading %s failed", name, exc_info=True)
            return


def run(*, demo: bool, log_path: str) -> int:
    """Start the desktop application; returns the process exit code."""
    from registrar import __version__
    from registrar.services.credentials import KeyringStore

    options = options_from_environment(demo=demo)
    store = KeyringStore()
    prepared = BackgroundOpen(options, store)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from registrar.ui.startup import Startup
    from registrar.ui.widgets import APP_NAME, app_icon

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("RegistrarDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the start-up steps close one window, then open one
    log.info("GUI starting (demo=%s); log file %s", demo, log_path)
    _warm_up()  # on the GUI thread while the database opens on the other one
    startup = Startup(options, store, prepared)
    startup.finished.connect(app.exit)
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        startup.shutdown()
    return int(code)


def _warm_up() -> None:
    """Load the SVG image plugin and the fonts now, not when the first window paints."""
    from PySide6.QtWidgets import QLabel

    from registrar.ui.widgets import app_icon, icon

    app_icon().pixmap(32, 32)
    icon("overview.svg").pixmap(22, 22)
    QLabel("Ümumi baxış — İş yeri").sizeHint()

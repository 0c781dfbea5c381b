"""Where things live: packaged resources (checkout or bundle) and per-user directories."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RegistrarDesk"


def resource(*parts: str) -> Path:
    """A file under resources/, from a checkout or a PyInstaller bundle (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def data_dir() -> Path:
    from platformdirs import user_data_path

    return Path(user_data_path(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from platformdirs import user_log_path

    return Path(user_log_path(APP_NAME, appauthor=False))


def default_db_path(*, demo: bool = False) -> Path:
    """The local database: $REGISTRAR_DB (or --db), else the user data directory.

    The demo database is always a separate file beside it, so demo data never mixes with an
    office's real data.
    """
    configured = os.environ.get("REGISTRAR_DB")
    if configured and not demo:
        return Path(configured)
    if configured and demo:
        real = Path(configured)
        return real.with_name(real.stem + "-demo" + (real.suffix or ".db"))
    return data_dir() / ("registrar-demo.db" if demo else "registrar.db")


def backup_dir() -> Path:
    return data_dir() / "backups"

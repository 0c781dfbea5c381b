"""Shared fixtures: per-test directories and keyring, an office database, in-memory engine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from registrar.services.context import Workspace
    from registrar.services.database import Database

# Before any QApplication or keyring exists (also set by tests/plugin_env.py when loaded).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_memory.MemoryKeyring")

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "Registrar2026"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own XDG directories (runtime dir 0700) and an empty keyring."""
    from tests.keyring_memory import MemoryKeyring

    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        directory = home / name.lower()
        directory.mkdir(parents=True, mode=0o700)
        directory.chmod(0o700)
        monkeypatch.setenv(name, str(directory))
    monkeypatch.delenv("REGISTRAR_DB", raising=False)
    monkeypatch.delenv("REGISTRAR_DB_KEY", raising=False)
    MemoryKeyring.store.clear()
    yield
    MemoryKeyring.store.clear()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The machine has no keyring backend (keyring's fail backend), as on a bare server."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@dataclass(frozen=True)
class OfficeDb:
    """A set-up encrypted office database: BDU, one admin (ADMIN_USERNAME / ADMIN_PASSWORD)."""

    db: Database
    workspace: Workspace
    key: str
    path: Path
    username: str = ADMIN_USERNAME
    password: str = ADMIN_PASSWORD


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[OfficeDb]:
    """A fresh encrypted database and workspace, made by open_local and initialise."""
    from registrar.services.credentials import new_raw_key
    from registrar.services.workspace import SetupRequest, initialise, open_local

    path = tmp_path / "office" / "registrar.db"
    key = new_raw_key()
    db = open_local(path, key)
    workspace = initialise(
        db,
        SetupRequest(
            institution_code="BDU",
            admin_username=ADMIN_USERNAME,
            admin_display_name="Aynur Məmmədova",
            admin_password=ADMIN_PASSWORD,
        ),
    )
    yield OfficeDb(db=db, workspace=workspace, key=key, path=path)
    db.dispose()


@pytest.fixture
def memory_engine() -> Iterator[Engine]:
    """A plain in-memory SQLite engine with every table (for models tests)."""
    from registrar.models import Base
    from registrar.services.database import plain_engine

    engine = plain_engine("sqlite://")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def memory_session_factory(memory_engine: Engine) -> sessionmaker[Session]:
    """A session factory over `memory_engine`."""
    from registrar.services.database import session_factory

    return session_factory(memory_engine)

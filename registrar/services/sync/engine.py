"""One sync cycle (check, push, pull) and the service the status bar and the CLI use."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import psycopg

from registrar.migrations import HEAD
from registrar.services import settings
from registrar.services.context import Workspace
from registrar.services.credentials import CredentialStore
from registrar.services.errors import PermissionDenied, Unavailable
from registrar.services.sync import local
from registrar.services.sync.catalog import catalog
from registrar.services.sync.connection import (
    CentralTarget,
    SchemaMismatch,
    central_errors,
    connect,
    target_from_settings,
)
from registrar.services.sync.pull import Puller
from registrar.services.sync.push import Pusher

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
LOCK_WAIT_SECONDS = 15.0


@dataclass(frozen=True)
class SyncSummary:
    """What one cycle did. `pushed` counts rows the centre took or already had."""

    pushed: int
    pulled: int
    conflicts: int
    refused: int
    seconds: float
    blocked: int = 0
    held: int = 0
    forks: int = 0
    blobs_sent: int = 0
    blobs_received: int = 0
    waiting: int = 0

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar: reachable at the last attempt (None: not tried yet), last sync."""

    connected: bool | None
    last_sync_at: datetime | None
    waiting: int
    open_issues: int
    last_error: str | None = None


def central_key(connection: psycopg.Connection[Any]) -> str:
    row = connection.execute("SELECT registrar_sync.database_id()").fetchone()
    if row is None or row[0] is None:
        raise Unavailable("The central database has no central parts: run `central migrate`.")
    return str(row[0])


def check_centre(connection: psycopg.Connection[Any], workspace: Workspace) -> str:
    """Refuse a centre at another schema version, or a user bound to another institution."""
    try:
        row = connection.execute("SELECT version_num FROM public.alembic_version").fetchone()
        bound = connection.execute(
            "SELECT registrar_sync.current_institution(), registrar_sync.current_scope()"
        ).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        raise PermissionDenied(
            "This database user has no access to the central database; ask the administrator "
            "to run `registrar central grant`."
        ) from None
    except psycopg.errors.UndefinedTable:
        raise Unavailable(
            "The central database is not prepared: run `registrar central migrate`."
        ) from None
    central_version = str(row[0]) if row else None
    if central_version != HEAD:
        raise SchemaMismatch(
            f"The central database is at schema version {central_version}, this workstation at "
            f"{HEAD}. Sync is refused until both run the same version of Registrar Desk "
            "(update the application, or run `registrar central migrate`)."
        )
    if bound is None or bound[0] is None:
        raise PermissionDenied(
            "This database user is not bound to an institution; ask the administrator to run "
            "`registrar central grant`."
        )
    if bound[0] != workspace.institution_id:
        raise PermissionDenied(
            "This database user belongs to another institution than this workstation."
        )
    return central_key(connection)


def _lock(connection: psycopg.Connection[Any], origin: str) -> None:
    """One sync at a time per workstation (the GUI timer, the CLI, a restarted process)."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        row = connection.execute(
            "SELECT pg_try_advisory_lock(hashtextextended(%s, 7))", (origin,)
        ).fetchone()
        if row and row[0]:
            return
        if time.monotonic() > deadline:
            raise Unavailable("Another sync of this workstation is running; try again shortly.")
        time.sleep(0.2)


class SyncEngine:
    """One cycle: check the centre, push, pull. Nothing local changes unless the centre
    committed first, so a cycle cut off anywhere is simply run again."""

    def __init__(
        self,
        workspace: Workspace,
        target: CentralTarget,
        *,
        batch_rows: int = 1000,
        commit_rows: int = 5000,
        after_central_commit: Callable[[str, int], None] | None = None,
    ) -> None:
        self._ws = workspace
        self._target = target
        self._batch_rows = batch_rows
        self._commit_rows = commit_rows
        self._after_commit = after_central_commit

    def run(self, progress: Progress | None = None) -> SyncSummary:
        started = time.perf_counter()
        connection = connect(self._target)
        try:
            with central_errors(self._target):
                key = check_centre(connection, self._ws)
                _lock(connection, self._ws.origin)
                pushed = Pusher(
                    self._ws,
                    connection,
                    catalog(),
                    batch_rows=self._batch_rows,
                    commit_rows=self._commit_rows,
                    progress=progress,
                    after_central_commit=self._after_commit,
                ).run()
                with local.write_connection(self._ws.engine) as local_connection:
                    local.write_state(
                        local_connection,
                        key,
                        self._ws.origin,
                        self._ws.institution_id,
                        pushed=True,
                    )
                pulled = Puller(
                    self._ws,
                    connection,
                    catalog(),
                    key,
                    batch_rows=self._batch_rows,
                    progress=progress,
                ).run()
        finally:
            connection.close()
        with self._ws.engine.connect() as local_connection:
            waiting = local.count_pending(local_connection, catalog().tables)
        summary = SyncSummary(
            pushed=pushed.applied + pushed.acknowledged,
            pulled=pulled.applied,
            conflicts=pushed.conflicts + pulled.conflicts + pulled.forks,
            refused=pushed.refused,
            seconds=time.perf_counter() - started,
            blocked=pushed.blocked,
            held=pulled.held,
            forks=pulled.forks,
            blobs_sent=pushed.blobs_sent,
            blobs_received=pulled.blobs_received,
            waiting=waiting,
        )
        log.info(
            "sync: %d pushed, %d pulled, %d conflicts, %d refused in %.2f s",
            summary.pushed,
            summary.pulled,
            summary.conflicts,
            summary.refused,
            summary.seconds,
        )
        return summary


class SyncService:
    """What the GUI holds: run a cycle, probe the centre, report the status.

    `user` is the central role of the signed-in staff member (its password is read from the
    keyring entry `central-password:<user>`); without it the `central_user` setting is used.
    Safe to call from a worker thread (each call opens its own connections).
    """

    def __init__(
        self,
        workspace: Workspace,
        store: CredentialStore | None,
        *,
        user: str | None = None,
        target_factory: Callable[[], CentralTarget] | None = None,
    ) -> None:
        self._ws = workspace
        self._store = store
        self._user = user
        self._target_factory = target_factory
        self._lock = threading.Lock()
        self._connected: bool | None = None
        self._last_error: str | None = None

    def target(self) -> CentralTarget:
        if self._target_factory is not None:
            return self._target_factory()
        with self._ws.read() as session:
            url = settings.get(session, "central_url")
            user = settings.get(session, "central_user")
        # The signed-in staff member's own role when the window knows it, else the setting.
        return target_from_settings(url, self._user or user, self._store)

    def interval_minutes(self) -> int:
        with self._ws.read() as session:
            return int(settings.get(session, "sync_interval_minutes") or 5)

    def run(self, progress: Progress | None = None) -> SyncSummary:
        try:
            summary = SyncEngine(self._ws, self.target()).run(progress)
        except Unavailable as error:
            self._remember(False, str(error))
            raise
        self._remember(True, None)
        return summary

    def probe(self) -> bool:
        """Whether the centre answers now (a quick connect)."""
        try:
            connection = connect(self.target())
        except Unavailable as error:
            self._remember(False, str(error))
            return False
        connection.close()
        self._remember(True, None)
        return True

    def _remember(self, connected: bool, error: str | None) -> None:
        with self._lock:
            self._connected = connected
            self._last_error = error

    def status(self) -> SyncStatus:
        with self._ws.engine.connect() as connection:
            waiting = local.count_pending(connection, catalog().tables)
            row = connection.exec_driver_sql(
                "SELECT max(last_pull_at) FROM sync_state WHERE deleted_at IS NULL"
            ).scalar()
            issues = connection.exec_driver_sql(
                "SELECT count(*) FROM sync_issue WHERE resolved_at IS NULL AND deleted_at IS NULL "
                "AND kind IN (?, ?, ?)",
                (local.REFUSED, local.CONFLICT, local.FORK),
            ).scalar_one()
        last = _parse_time(row)
        with self._lock:
            return SyncStatus(self._connected, last, waiting, int(issues), self._last_error)


def _parse_time(value: Any) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)

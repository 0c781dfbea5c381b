"""Where a fill's chunks come from: made in this process, or by a helper process meanwhile.

SQLite has one writer, and a second writing process would throw away the first one's page
cache at every turn; so only the filling process writes. What can run beside it is making the
rows: a helper process (a plain `python -c` child, so no main module is imported again) reads
the database, makes each chunk's rows as INSERT parameters and sends them, pickled, one frame
per chunk on its stdout; the pipe's buffer keeps it one chunk ahead. It never writes to the
database, so stopping it (cancel, error) is always safe.
"""

from __future__ import annotations

import json
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Final

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from registrar.services.context import Workspace
from registrar.services.database import Database
from registrar.services.demo_records import Generator
from registrar.services.demo_reference import reference_from_db
from registrar.services.demo_rows import BlobRef, FrozenChunk, RowMaker
from registrar.services.demo_store import T_APPLICATION, Planner, demo_id

FILL_CACHE_KIB: Final = 192 * 1024  # SQLite page cache of a fill's connection
_FRAME: Final = struct.Struct(">Q")


@dataclass(frozen=True)
class Job:
    """What making a fill's chunks needs (sent to the helper as JSON)."""

    path: str
    seed: int
    count: int
    chunk: int  # applications per chunk
    today: date
    staff: Mapping[str, str | None]
    password_hash: str
    blobs: tuple[BlobRef, ...]
    institution: str  # hex id of the workspace's institution, owner of the rows
    origin: str

    @property
    def starts(self) -> range:
        return range(0, self.count, self.chunk)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "seed": self.seed,
            "count": self.count,
            "chunk": self.chunk,
            "today": self.today.isoformat(),
            "staff": dict(self.staff),
            "password_hash": self.password_hash,
            "blobs": [[b.id, b.mime, b.size, b.sha256] for b in self.blobs],
            "institution": self.institution,
            "origin": self.origin,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Job:
        return cls(
            path=data["path"],
            seed=data["seed"],
            count=data["count"],
            chunk=data["chunk"],
            today=date.fromisoformat(data["today"]),
            staff=data["staff"],
            password_hash=data["password_hash"],
            blobs=tuple(BlobRef(*blob) for blob in data["blobs"]),
            institution=data["institution"],
            origin=data["origin"],
        )


@dataclass
class Made:
    """One chunk, made: its range, the indices that were missing, and their rows."""

    start: int
    stop: int
    todo: list[int]
    rows: FrozenChunk | None


def bulk_engine(path: Path) -> Engine:
    """An engine on the demo database file for a fill, disposed after it.

    Its connections keep a large page cache (the default 2 MB is far too small past a few
    hundred MB) and do not check foreign keys: demo rows are consistent by construction and
    written parents first (a test runs `PRAGMA foreign_key_check` after a fill). They do not
    checkpoint the WAL after each commit either: `checkpoint` copies it every few chunks, so
    hot index pages are copied (and the file synced) once per few chunks, not every time.
    """
    from registrar.services.database import DEMO_KEY, sqlcipher_engine

    engine = sqlcipher_engine(path, DEMO_KEY)

    @event.listens_for(engine, "connect")
    def _bulk_settings(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA cache_size = -{FILL_CACHE_KIB}")
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")

    return engine


def checkpoint(engine: Engine, mode: str = "PASSIVE") -> None:
    """Copy the WAL into the database file (TRUNCATE also empties it, if no one is reading).

    Run outside any transaction, on the driver connection (no implicit BEGIN)."""
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        if driver is not None:
            driver.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()


def missing(session: Session, seed: int, start: int, stop: int) -> list[int]:
    """The indices in [start, stop) whose application is not there yet (ids are ordered)."""
    present = set(
        session.execute(
            text("SELECT id FROM application WHERE id BETWEEN :low AND :high"),
            {
                "low": demo_id(seed, T_APPLICATION, start),
                "high": demo_id(seed, T_APPLICATION, stop - 1),
            },
        ).scalars()
    )
    return [i for i in range(start, stop) if demo_id(seed, T_APPLICATION, i) not in present]


def row_maker(session: Session, workspace: Workspace, job: Job) -> RowMaker:
    ref = reference_from_db(session, workspace.institution_code)
    return RowMaker(Generator(job.seed, ref, job.today), job.staff, job.password_hash, job.blobs)


def make(workspace: Workspace, job: Job, maker: RowMaker, planner: Planner, start: int) -> Made:
    stop = min(job.count, start + job.chunk)
    with workspace.read() as session:
        todo = missing(session, job.seed, start, stop)
    rows = maker.chunk(todo).freeze(planner, job.institution, job.origin) if todo else None
    return Made(start, stop, todo, rows)


def local_chunks(
    workspace: Workspace, job: Job, maker: RowMaker, planner: Planner
) -> Iterator[Made]:
    """Each chunk made here, when asked for."""
    for start in job.starts:
        yield make(workspace, job, maker, planner, start)


class HelperChunks:
    """Each chunk made by the helper process, in order."""

    def __init__(self, job: Job) -> None:
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._process = subprocess.Popen(
            [sys.executable, "-c", "from registrar.services.demo_pipeline import main; main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._stdin: IO[bytes] = self._process.stdin
        self._stdout: IO[bytes] = self._process.stdout
        self._stdin.write(json.dumps(job.as_json()).encode("utf-8") + b"\n")
        self._stdin.flush()

    def __iter__(self) -> HelperChunks:
        return self

    def __next__(self) -> Made:
        message = _read_frame(self._stdout)
        if message is None:
            code = self._process.poll()
            raise RuntimeError(f"demo data: the helper process ended early (exit {code})")
        if message[0] == "error":
            raise _rebuilt(message[1], message[2], message[3])
        if message[0] == "done":
            raise StopIteration
        made: Made = message[1]
        return made

    def close(self) -> None:
        """Stop the helper (it only reads the database) and release the pipes."""
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait(timeout=60)
        self._stdin.close()
        self._stdout.close()


def _read_frame(stream: IO[bytes]) -> tuple[Any, ...] | None:
    header = _read_exactly(stream, _FRAME.size)
    if header is None:
        return None
    body = _read_exactly(stream, _FRAME.unpack(header)[0])
    if body is None:
        return None
    message: tuple[Any, ...] = pickle.loads(body)  # from our own child process
    return message


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    parts: list[bytes] = []
    left = size
    while left:
        part = stream.read(left)
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _write_frame(stream: IO[bytes], message: Sequence[object]) -> None:
    body = pickle.dumps(tuple(message), protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(body)))
    stream.write(body)
    stream.flush()


def _rebuilt(kind: str, message: str, field_id: str | None) -> Exception:
    from registrar.services import errors

    cls = getattr(errors, kind, None)
    if isinstance(cls, type) and issubclass(cls, errors.RegistrarError):
        return cls(message, field=field_id)
    return RuntimeError(f"demo data: the helper process failed: {kind}: {message}")


def main() -> None:
    """The helper process: read the job from stdin, send each chunk's rows on stdout."""
    out = sys.stdout.buffer
    stop = threading.Event()

    def watch_stdin() -> None:
        for _line in sys.stdin:
            pass
        stop.set()  # the parent closed the pipe or has gone

    try:
        job = Job.from_json(json.loads(sys.stdin.readline()))
        threading.Thread(target=watch_stdin, daemon=True).start()
        from registrar.services.database import session_factory
        from registrar.services.workspace import load_workspace

        engine = bulk_engine(Path(job.path))
        try:
            workspace = load_workspace(Database(engine, session_factory(engine), None, True))
            if workspace is None:
                raise RuntimeError("the demo database is not set up")
            with workspace.read() as session:
                maker = row_maker(session, workspace, job)
            planner = Planner(engine.dialect)
            for start in job.starts:
                if stop.is_set():
                    return
                _write_frame(out, ("chunk", make(workspace, job, maker, planner, start)))
        finally:
            engine.dispose()
        _write_frame(out, ("done",))
    except Exception as error:  # reported to the parent, which raises it
        field_id = getattr(error, "field", None)
        _write_frame(out, ("error", type(error).__name__, str(error), field_id))

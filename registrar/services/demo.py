"""Demo data: fills the separate demo database with realistic, invented applicants and students.

`fill_demo(db, count=N, seed=S)` adds N applications (with their persons, portal accounts,
answers, documents, status events and fee-exemption requests), students with their status
events, orders and study records, and movement cases of every kind. It refuses any database
that is not the demo database, so demo data never enter an office database.

Deterministic and idempotent per seed: every row id is derived from (seed, table, index), so
running the same seed again adds nothing and `count=2N` after `count=N` adds the second half.
Each chunk of applications (with everything that hangs off them) is one transaction; a
cancelled fill keeps the chunks already committed, and running the seed again completes it.

The parts: `demo_records` and `demo_movements` make the records (no database),
`demo_evidence` the evidence files, `demo_rows` the rows, `demo_store` writes them in bulk,
`demo_pipeline` has a helper process make the rows of a large fill while this one writes.
"""

from __future__ import annotations

import logging
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Final, cast

from sqlalchemy import Table, bindparam, select, text
from sqlalchemy.orm import Session

from registrar.models import EvidenceBlob, NumberCounter, Staff
from registrar.services import audit
from registrar.services.context import SYSTEM, Workspace
from registrar.services.database import Database
from registrar.services.demo_evidence import evidence_pool
from registrar.services.demo_movements import ENGINE_KINDS
from registrar.services.demo_pipeline import (
    HelperChunks,
    Job,
    Made,
    bulk_engine,
    checkpoint,
    local_chunks,
    missing,
    row_maker,
)
from registrar.services.demo_records import (
    DEMO_ADMIN_PASSWORD,
    DEMO_ADMIN_USERNAME,
    DEMO_INSTITUTION,
    MAX_COUNT,
    PATHS,
    SEED_SLOTS,
    STATUSES,
    check_seed_count,
    demo_intake_records,
    today_utc,
)
from registrar.services.demo_rows import (
    ORDER_BODY,
    ORDER_SIGNATORY,
    TABLES,
    BlobRef,
    FrozenChunk,
    RowMaker,
)
from registrar.services.demo_store import (
    T_BLOB,
    Planner,
    Row,
    Writer,
    check_storage_forms,
    demo_id,
    stamp,
)
from registrar.services.errors import BadInput, Conflict
from registrar.services.folding import fold
from registrar.services.numbering import format_number

__all__ = [
    "DEMO_ADMIN_PASSWORD",
    "DEMO_ADMIN_USERNAME",
    "DEMO_INSTITUTION",
    "DEMO_STAFF",
    "ENGINE_KINDS",
    "MAX_COUNT",
    "PATHS",
    "STATUSES",
    "DemoSummary",
    "demo_intake_records",
    "fill_demo",
]

log = logging.getLogger(__name__)

DEMO_STAFF: Final = (  # (username, display name, role); the setup makes the admin
    ("desk", "Aygün Məmmədova", "desk"),
    ("registrar", "Rəşad Hüseynov", "registrar"),
    ("ministry", "Nigar Quliyeva", "ministry"),
)
CHUNK: Final = 5_000  # applications per transaction
CHECKPOINT_CHUNKS: Final = 8  # chunks between two WAL checkpoints (about 800 MB of WAL)
APPLICATION_REGISTER: Final = "APP"  # numbering.issue_number's register for applications
ORDER_REGISTER: Final = "ORD"  # the register the demo orders are numbered in


@dataclass(frozen=True)
class DemoSummary:
    """What one `fill_demo` call did."""

    seed: int
    count: int
    added: Mapping[str, int]  # rows inserted by this call, per table
    present: int  # applications of the seed that were there already
    cancelled: bool
    seconds: float

    def as_json(self) -> dict[str, object]:
        return {
            "seed": self.seed,
            "count": self.count,
            "applications_added": self.added.get("application", 0),
            "applications_present": self.present,
            "rows_added": sum(self.added.values()),
            "added": dict(sorted(self.added.items())),
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 2),
        }


def fill_demo(
    db: Database,
    *,
    count: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    today: date | None = None,
    workers: int | None = None,
) -> DemoSummary:
    """Fill the demo database with the first `count` demo applications of `seed` and what
    goes with them, setting the database up first if it is new.

    Only the demo database: any other is refused (BadInput). `progress(done, total)` is
    called before the first chunk and after each committed one; `cancel()` is checked between
    chunks. Applications already present are skipped, so the call is idempotent and a larger
    count adds only the difference. `today` anchors the dates (default: today, UTC).

    `workers=2` (the default for fills of several chunks into a database file, unless running
    from a frozen bundle) has a helper process make the rows while this one writes them.
    """
    started = time.perf_counter()
    if not db.demo:
        raise BadInput(
            "Demo data go only into the demo database; this is an office database.",
            field="database",
        )
    check_seed_count(seed, count)
    check_storage_forms(db.engine.dialect)
    setup = _ensure_setup(db)
    engine = db.engine if db.path is None else bulk_engine(db.path)
    try:
        workspace = replace(setup, engine=engine)
        tally = _Tally(count, progress)
        job, maker = _prepare(db, workspace, seed, count, today or today_utc(), tally)
        tally.report()
        parallel = _parallel(db, job, workers)
        source = HelperChunks(job) if parallel else None
        chunks = source or local_chunks(workspace, job, maker, Planner(engine.dialect))
        try:
            for number, _start in enumerate(job.starts, start=1):
                if cancel is not None and cancel():
                    tally.cancelled = True
                    break
                tally.add(*_write(workspace, job, maker, next(chunks)))
                if engine is not db.engine and number % CHECKPOINT_CHUNKS == 0:
                    checkpoint(engine)
        finally:
            if source is not None:
                source.close()
            if engine is not db.engine:
                checkpoint(engine, "TRUNCATE")
        with workspace.write() as session:
            reason = f"count {count}; {tally.added.get('application', 0)} applications added"
            audit.record(
                session,
                SYSTEM,
                "demo.fill",
                f"seed:{seed}",
                reason + "; cancelled" * tally.cancelled,
            )
    finally:
        if engine is not db.engine:
            engine.dispose()
    summary = DemoSummary(
        seed=seed,
        count=count,
        added=dict(tally.added),
        present=tally.present,
        cancelled=tally.cancelled,
        seconds=time.perf_counter() - started,
    )
    rows = sum(tally.added.values())
    log.info("demo data: seed %d, %d rows in %.1f s", seed, rows, summary.seconds)
    return summary


@dataclass
class _Tally:
    """Rows added and chunks done so far; reports progress."""

    count: int
    progress: Callable[[int, int], None] | None
    added: Counter[str] = field(default_factory=Counter)
    present: int = 0
    done: int = 0
    cancelled: bool = False

    def add(self, size: int, present: int, added: Mapping[str, int]) -> None:
        self.done += size
        self.present += present
        self.added.update(added)
        self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.count)


def _prepare(
    db: Database, workspace: Workspace, seed: int, count: int, today: date, tally: _Tally
) -> tuple[Job, RowMaker]:
    """The staff, the shared password hash and the stored evidence pool; the job."""
    from registrar.services.passwords import hash_password
    from registrar.services.staff import argon2_params

    with workspace.read() as session:
        staff = _staff_ids(session)
        # One hash of the demo password, shared by every demo portal account.
        password_hash = hash_password(DEMO_ADMIN_PASSWORD, argon2_params(session))
    with workspace.write() as session:
        writer = _writer(session, workspace)
        blobs = _ensure_pool(session, writer)
    tally.added.update(writer.added)
    job = Job(
        path=str(db.path) if db.path else "",
        seed=seed,
        count=count,
        chunk=CHUNK,
        today=today,
        staff=staff,
        password_hash=password_hash,
        blobs=tuple(blobs),
        institution=workspace.institution_id.hex,
        origin=workspace.origin,
    )
    with workspace.read() as session:
        maker = row_maker(session, workspace, job)
    return job, maker


def _parallel(db: Database, job: Job, workers: int | None) -> bool:
    if workers is None:
        workers = 2 if len(job.starts) >= 4 and not getattr(sys, "frozen", False) else 1
    return workers > 1 and db.path is not None and len(job.starts) > 1


def _write(
    workspace: Workspace, job: Job, maker: RowMaker, made: Made
) -> tuple[int, int, Counter[str]]:
    """Write one chunk in its own transaction: (chunk size, applications already there,
    rows added per table). The missing indices are checked again inside the transaction,
    and the rows made again here if another fill of the seed came first."""
    added: Counter[str] = Counter()
    todo = made.todo
    try:
        with workspace.write() as session:
            now_missing = missing(session, job.seed, made.start, made.stop)
            rows = made.rows
            if now_missing != todo:
                todo = now_missing
                planner = Planner(session.get_bind().dialect)
                rows = maker.chunk(todo).freeze(planner, job.institution, job.origin)
            if todo and rows is not None:
                writer = _writer(session, workspace)
                _write_chunk(session, workspace, writer, maker.g.year, rows)
                added = writer.added
    except Conflict as error:
        raise Conflict(
            f"The demo data of seed {job.seed} collide with rows already in this database "
            f"({error.field or error.message}); use another seed (seeds equal modulo "
            f"{SEED_SLOTS} share their numbers) or a new demo database.",
            field="seed",
        ) from None
    size = made.stop - made.start
    return size, size - len(todo), added


def _writer(session: Session, workspace: Workspace) -> Writer:
    return Writer(session.connection(), workspace.institution_id.hex, workspace.origin)


def _write_chunk(
    session: Session, workspace: Workspace, writer: Writer, year: int, rows: FrozenChunk
) -> None:
    """Number the chunk's confirmed applications and new orders, then write every table."""
    code, series = workspace.institution_code, workspace.series
    if rows.numbered:
        first = _reserve(session, series, APPLICATION_REGISTER, year, len(rows.numbered))
        # fold("BDU/2026/AB12-0042") is fold("BDU/2026/AB12") + " 0042": fold the prefix once.
        prefix = format_number(code, year, None, series, 0).rsplit("-", 1)[0]
        folded_prefix = fold(prefix)
        for k, (row, name_key, phone) in enumerate(rows.numbered):
            number = format_number(code, year, None, series, first + k)
            row["number"] = number
            digits = number.rsplit("-", 1)[1]
            row["search_folded"] = f"{name_key} {folded_prefix} {digits} {phone}"
    orders: list[Row] = []
    if rows.orders:
        present = set(
            session.execute(
                text("SELECT id FROM rector_order WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(rows.orders)},
            ).scalars()
        )
        fresh = sorted(
            (on, kind, order_id, paragraph)
            for order_id, (kind, on, paragraph) in rows.orders.items()
            if order_id not in present
        )
        per_year = Counter(on.year for on, *_ in fresh)
        values = {y: _reserve(session, series, ORDER_REGISTER, y, n) for y, n in per_year.items()}
        for on, kind, order_id, paragraph in fresh:
            value = values[on.year]
            values[on.year] += 1
            when = stamp(datetime(on.year, on.month, on.day, 6))
            order: dict[str, object] = {
                "id": order_id,
                "number": format_number(code, on.year, ORDER_REGISTER, series, value),
                "kind": kind,
                "order_date": on.isoformat(),
                "signatory": ORDER_SIGNATORY,
                "paragraph": paragraph,
                "body": ORDER_BODY[kind],
                "cancelled_at": None,
            }
            orders.append((when, order))
    for table in TABLES:
        if table.name == "application":
            writer.insert(table, rows.applications)
        elif table.name == "rector_order":
            writer.insert(table, orders)
        else:
            writer.insert_params(table, rows.params[table.name])


def _reserve(session: Session, series: str, kind: str, year: int, n: int) -> int:
    """Take `n` consecutive numbers of a register and return the first; later numbers (from
    `numbering.next_value`, which reads the same counter) continue after them."""
    counter = session.scalars(
        select(NumberCounter).where(
            NumberCounter.series == series,
            NumberCounter.kind == kind,
            NumberCounter.year == year,
            NumberCounter.deleted_at.is_(None),
        )
    ).first()
    if counter is None:
        counter = NumberCounter(id=uuid.uuid4(), series=series, kind=kind, year=year, last=0)
        session.add(counter)
    first = counter.last + 1
    counter.last += n
    session.flush()
    return first


def _ensure_pool(session: Session, writer: Writer) -> list[BlobRef]:
    """The evidence pool's stored blobs by pool index, storing the files not there yet."""
    pool = evidence_pool()
    stored = {
        str(sha): str(blob_id)
        for sha, blob_id in session.execute(
            text(
                "SELECT sha256, id FROM evidence_blob WHERE deleted_at IS NULL AND sha256 IN :s"
            ).bindparams(bindparam("s", expanding=True)),
            {"s": [item.sha256 for item in pool]},
        )
    }
    ids = [stored.get(item.sha256) or demo_id(0, T_BLOB, k) for k, item in enumerate(pool)]
    now = stamp(datetime.now(UTC).replace(tzinfo=None))
    rows = [
        (
            now,
            {
                "id": blob_id,
                "sha256": item.sha256,
                "mime": item.mime,
                "size": len(item.data),
                "data": item.data,
            },
        )
        for blob_id, item in zip(ids, pool, strict=True)
        if item.sha256 not in stored
    ]
    writer.insert(cast(Table, EvidenceBlob.__table__), rows)
    return [
        BlobRef(blob_id, item.mime, len(item.data), item.sha256)
        for blob_id, item in zip(ids, pool, strict=True)
    ]


def _ensure_setup(db: Database) -> Workspace:
    """The demo database's workspace, set up with the demo institution and admin if new; and
    the demo staff of every role (all with the demo password)."""
    from registrar.services.staff import create_staff
    from registrar.services.workspace import SetupRequest, initialise, load_workspace

    workspace = load_workspace(db)
    if workspace is None:
        workspace = initialise(
            db,
            SetupRequest(DEMO_INSTITUTION, DEMO_ADMIN_USERNAME, "Demo admin", DEMO_ADMIN_PASSWORD),
        )
    with workspace.write() as session:
        existing = set(session.scalars(select(Staff.username).where(Staff.deleted_at.is_(None))))
        for username, display_name, role in DEMO_STAFF:
            if username not in existing:
                create_staff(
                    session,
                    SYSTEM,
                    username=username,
                    display_name=display_name,
                    role=role,
                    password=DEMO_ADMIN_PASSWORD,
                )
    return workspace


def _staff_ids(session: Session) -> dict[str, str | None]:
    """Staff ids (hex) by demo role; a role whose account is gone falls back to the admin."""
    rows = session.execute(
        select(Staff.username, Staff.id).where(Staff.deleted_at.is_(None), Staff.active)
    ).all()
    by_name = {username: staff_id.hex for username, staff_id in rows}
    admin = by_name.get(DEMO_ADMIN_USERNAME) or next(iter(by_name.values()), None)
    roles = {role: by_name.get(username, admin) for username, _name, role in DEMO_STAFF}
    return roles | {"admin": admin}

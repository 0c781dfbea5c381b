"""Sync against a real PostgreSQL: push N applicants, pull them elsewhere, an idle cycle.

    python -m bench.sync_bench --count 10000 [--url postgresql://postgres@127.0.0.1/postgres]

The server URL (a superuser; default $TEST_DATABASE_URL) is used to create a throwaway
central database and roles (prefixed rdbench_<random>_), all dropped at the end. Then:

- workstation one holds N applicants (person, portal account, confirmed application and a
  document's metadata: 4 N rows, plus a few shared evidence files), written beforehand;
- "push": one sync cycle of workstation one, as a granted role (target: < 2 s for 10,000);
- "pull": one sync cycle of a second, empty workstation of the same institution, which
  already holds the reference data (target: < 2 s);
- "idle": a cycle with nothing to do, median of 5 (target: < 200 ms).

For scale, measured in the same run on a plain (migrated, no central parts) database: N
person rows inserted one ORM commit at a time (the row-by-row path), as one bulk insert, as
a batched versioned upsert and by COPY.

Prints one JSON line per figure: {"figure", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, insert, make_url, text
from sqlalchemy.orm import Session

from registrar.models import Base, Person, Staff, Workstation
from registrar.services import settings
from registrar.services.context import Workspace
from registrar.services.database import SessionContext, sqlcipher_engine
from registrar.services.schema import ensure_schema
from registrar.services.sync.catalog import catalog
from registrar.services.sync.central import migrate
from registrar.services.sync.connection import CentralTarget
from registrar.services.sync.engine import SyncEngine
from registrar.services.sync.grant import grant

KEY = "x'" + "CD" * 32 + "'"
PASSWORD = "bench-Pass-1234"
BLOBS = 20


def emit(figure: str, value: float, unit: str, target: str | None = None) -> None:
    line = {"figure": figure, "value": round(value, 3), "unit": unit, "target": target}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def throwaway(server: str) -> Iterator[tuple[str, str, str]]:
    """(central URL, plain URL, role prefix); databases and roles dropped afterwards."""
    tag = secrets.token_hex(4)
    prefix = f"rdbench_{tag}_"
    names = (f"rdbench_{tag}_central", f"rdbench_{tag}_plain")
    admin = psycopg.connect(libpq(server), autocommit=True)
    for name in names:
        admin.execute(f'CREATE DATABASE "{name}"')
    urls = [make_url(server).set(database=n).render_as_string(hide_password=False) for n in names]
    try:
        yield urls[0], urls[1], prefix
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        roles = [
            r[0]
            for r in admin.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)
            )
        ]
        for role in sorted(roles, key=lambda r: r.endswith(("owner", "staff"))):
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.close()


def workstation(path: Path, institution: uuid.UUID, code: str) -> Workspace:
    engine = sqlcipher_engine(path, KEY)
    ensure_schema(engine)
    workspace = Workspace(engine, uuid.uuid4().hex, institution, secrets.token_hex(2), code)
    with workspace.write() as session:
        session.add(Workstation(id=uuid.uuid4(), series=workspace.series))
        settings.put(session, "institution", code)
        session.add(
            Staff(
                id=uuid.uuid4(),
                username=f"bench-{workspace.origin[:6]}",
                display_name="Bench",
                role="registrar",
                password_hash="x",
            )
        )
    return workspace


def raw_now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def fill(workspace: Workspace, count: int) -> int:
    """N applicants written straight into the local file (not timed)."""
    now = raw_now()
    mixin = {
        "institution_id": workspace.institution_id.hex,
        "created_at": now,
        "updated_at": now,
        "row_version": 1,
        "central_version": 0,
        "origin": workspace.origin,
        "deleted_at": None,
    }
    blobs = []
    for number in range(BLOBS):
        data = b"%PDF-1.7 bench " + str(number).encode() * 200
        sha = hashlib.sha256(data).hexdigest()
        blobs.append(
            {
                **mixin,
                "id": uuid.uuid5(workspace.institution_id, sha).hex,
                "sha256": sha,
                "mime": "application/pdf",
                "size": len(data),
                "data": data,
            }
        )
    people, accounts, applications, documents = [], [], [], []
    for number in range(count):
        person, account, application = (uuid.uuid4().hex for _ in range(3))
        fin = f"B{number:06d}"
        people.append(
            {
                **mixin,
                "id": person,
                "national_key_type": "fin",
                "national_key": fin,
                "citizenship_type": "az",
                "first_name": "Aysel",
                "last_name": "Məmmədova",
                "patronymic": "Rauf",
                "birth_date": "2001-05-17",
                "reg_address": "Bakı şəhəri, Nəsimi rayonu",
                "search_folded": f"aysel mammadova {fin.lower()}",
            }
        )
        accounts.append(
            {
                **mixin,
                "id": account,
                "person_id": person,
                "mobile_country": "AZ",
                "mobile_e164": f"+99450{number:07d}",
                "email": f"{fin.lower()}@example.az",
                "password_hash": "$argon2id$v=19$m=19456,t=2,p=1$bench",
                "mobile_confirmed_how": "sms",
                "mobile_confirmed_by": None,
                "mobile_confirmed_at": now,
            }
        )
        applications.append(
            {
                **mixin,
                "id": application,
                "number": f"BDU/2026/{workspace.series}-{number:05d}",
                "person_id": person,
                "account_id": account,
                "admission_line_id": None,
                "basis": "state_funded",
                "exemption_requested": 0,
                "confirmed_at": now,
                "data_hash": hashlib.sha256(fin.encode()).hexdigest(),
                "snapshot_first_name": "Aysel",
                "snapshot_last_name": "Məmmədova",
                "snapshot_patronymic": "Rauf",
                "snapshot_key_type": "fin",
                "snapshot_key": fin,
                "search_folded": f"aysel mammadova {fin.lower()}",
                "status_cache": "SUBMITTED",
                "assigned_to": None,
            }
        )
        blob = blobs[number % BLOBS]
        documents.append(
            {
                **mixin,
                "id": uuid.uuid4().hex,
                "application_id": application,
                "slot_id": "ad.docs.required[0]",
                "title_az": "Şəxsiyyət vəsiqəsi",
                "blob_id": blob["id"],
                "file_name": "vesiqe.pdf",
                "mime": "application/pdf",
                "size": blob["size"],
                "sha256": blob["sha256"],
            }
        )
    with workspace.engine.begin() as connection:
        for table, rows in (
            ("evidence_blob", blobs),
            ("person", people),
            ("portal_account", accounts),
            ("application", applications),
            ("application_document", documents),
        ):
            names = list(rows[0])
            connection.exec_driver_sql(
                f'INSERT INTO "{table}" ({", ".join(names)}) '
                f"VALUES ({', '.join('?' * len(names))})",
                [tuple(row[n] for n in names) for row in rows],
            )
    return len(blobs) + 4 * count


def pull_all(workspace: Workspace, target: CentralTarget, rows: int) -> int:
    """Sync until every row has come over. One cycle, unless another transaction on the
    server (in any database) is still running: changes of transactions newer than the
    oldest running one wait for the next cycle (they are never skipped)."""
    pulled, cycles = 0, 0
    while pulled < rows:
        cycles += 1
        pulled += SyncEngine(workspace, target).run().pulled
        if pulled < rows:
            if cycles >= 50:
                raise RuntimeError(f"only {pulled} of {rows} rows came over")
            time.sleep(0.1)
    return cycles


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def person_values(count: int, institution: uuid.UUID) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [
        {
            "id": uuid.uuid4(),
            "institution_id": institution,
            "created_at": now,
            "updated_at": now,
            "row_version": 1,
            "central_version": 0,
            "origin": "bench",
            "national_key_type": "fin",
            "national_key": f"P{number:06d}",
            "citizenship_type": "az",
            "first_name": "Aysel",
            "last_name": "Məmmədova",
            "patronymic": "Rauf",
            "search_folded": "aysel",
        }
        for number in range(count)
    ]


def scale_paths(plain_url: str, count: int) -> None:
    """The same N person rows by the four paths, into a plain migrated database."""
    engine = create_engine(plain_url)
    ensure_schema(engine)
    institution = uuid.uuid4()
    rows = person_values(count, institution)

    def row_by_row() -> None:
        for values in rows:
            with Session(engine) as session:
                session.info[SessionContext.ORIGIN] = "bench"
                session.add(Person(**values))
                session.commit()

    seconds, _ = timed(row_by_row)
    emit(f"row-by-row: {count} persons, one ORM commit each", seconds, "s")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM person"))
    fresh = person_values(count, institution)
    seconds, _ = timed(lambda: _bulk(engine, fresh))
    emit(f"one bulk insert: {count} persons", seconds, "s")
    for values in fresh:
        values["row_version"] = 2
    seconds, _ = timed(lambda: _upsert(plain_url, fresh))
    emit(f"batched versioned upsert: {count} persons", seconds, "s")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM person"))
    seconds, _ = timed(lambda: _copy(plain_url, person_values(count, institution)))
    emit(f"COPY: {count} persons", seconds, "s")
    engine.dispose()


def _bulk(engine: Any, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(Base.metadata.tables["person"]), rows)


def _upsert(url: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    statement = (
        f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates} WHERE person.row_version < excluded.row_version"
    )
    with psycopg.connect(libpq(url)) as connection, connection.cursor() as cursor:
        for start in range(0, len(rows), 1000):
            cursor.executemany(
                statement, [tuple(r[c] for c in columns) for r in rows[start : start + 1000]]
            )


def _copy(url: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    with (
        psycopg.connect(libpq(url)) as connection,
        connection.cursor() as cursor,
        cursor.copy(f"COPY person ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(tuple(row[c] for c in columns))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--url", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument("--skip-scale", action="store_true", help="skip the comparison paths")
    options = parser.parse_args()
    if not options.url:
        print("give --url or set TEST_DATABASE_URL (a PostgreSQL superuser URL)", file=sys.stderr)
        return 3
    count = options.count
    with (
        throwaway(options.url) as (central_url, plain_url, prefix),
        tempfile.TemporaryDirectory() as tmp,
    ):
        migrate(central_url, role_prefix=prefix)
        for user in ("one", "two"):
            grant(central_url, prefix + user, "BDU", "registrar", password=PASSWORD)
        with psycopg.connect(libpq(central_url)) as connection:
            found = connection.execute(
                "SELECT id FROM public.institution WHERE code = 'BDU'"
            ).fetchone()
        assert found is not None
        institution = found[0]

        def target(user: str) -> CentralTarget:
            url = make_url(central_url).set(username=prefix + user)
            return CentralTarget(url=url.render_as_string(hide_password=False))

        one = workstation(Path(tmp) / "one.db", institution, "BDU")
        two = workstation(Path(tmp) / "two.db", institution, "BDU")
        SyncEngine(one, target("one")).run()  # reference data in, not timed
        SyncEngine(two, target("two")).run()
        rows = fill(one, count)
        emit("rows pushed", rows, "rows")
        seconds, pushed = timed(lambda: SyncEngine(one, target("one")).run())
        assert pushed.waiting == 0 and pushed.refused == 0, pushed
        emit(
            f"push {count} applicants (person, account, application, document)",
            seconds,
            "s",
            "< 2 s",
        )
        seconds, cycles = timed(lambda: pull_all(two, target("two"), rows))
        emit(f"pull {count} applicants into an empty workstation", seconds, "s", "< 2 s")
        emit("pull cycles needed", cycles, "cycles")
        idle = [timed(lambda: SyncEngine(two, target("two")).run())[0] for _ in range(5)]
        emit(
            "sync with nothing to do (median of 5)",
            statistics.median(idle) * 1000,
            "ms",
            "< 200 ms",
        )
        tables = len(catalog().tables)
        emit("synced tables scanned per cycle", tables, "tables")
        one.engine.dispose()
        two.engine.dispose()
        if not options.skip_scale:
            scale_paths(plain_url, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())

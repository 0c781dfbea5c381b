"""Sync under stress: a push killed with SIGKILL, pushes racing a pulling workstation."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url

from registrar.services.sync.engine import SyncSummary
from tests.integration.test_sync_harness import (
    KEY,
    Centre,
    Station,
    StationFactory,
    add_applicant,
    assert_converged,
    libpq_url,
)

pytest_plugins = ["tests.integration.test_sync_harness"]

ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import sys, uuid
    from pathlib import Path
    from registrar.services.context import Workspace
    from registrar.services.database import sqlcipher_engine
    from registrar.services.sync.connection import CentralTarget
    from registrar.services.sync.engine import SyncEngine

    path, key, origin, institution, series, code, url = sys.argv[1:8]
    workspace = Workspace(
        sqlcipher_engine(Path(path), key), origin, uuid.UUID(institution), series, code
    )

    def committed(table, rows):
        print(table, rows, flush=True)

    SyncEngine(workspace, CentralTarget(url=url), batch_rows=40, commit_rows=80,
               after_central_commit=committed).run()
    print("done", flush=True)
    """
)


def _fin() -> str:
    return uuid.uuid4().hex[:7].upper()


def _mobile() -> str:
    return "+99477" + str(uuid.uuid4().int)[:7]


def _child(station: Station) -> subprocess.Popen[str]:
    ws = station.workspace
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(station.path),
            KEY,
            ws.origin,
            str(ws.institution_id),
            ws.series,
            ws.institution_code,
            station.centre.user_url(station.user),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_a_push_killed_mid_way_and_restarted_loses_nothing_and_duplicates_nothing(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    entered = [add_applicant(a1, fin=_fin(), mobile=_mobile()) for _ in range(120)]
    lines = []
    with _child(a1) as child:
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            lines.append(line)
            if len(lines) == 6:  # six batches are at the centre; the seventh is on its way
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=60)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    assert not any(line.startswith("done") for line in lines)
    with centre.admin() as connection:
        before = connection.execute(
            "SELECT count(*) FROM public.application WHERE institution_id = %s",
            (a1.workspace.institution_id,),
        ).fetchone()
    summary = a1.sync(batch_rows=40)
    assert summary.refused == summary.conflicts == 0 and summary.waiting == 0
    assert summary.pushed > 0
    central = centre.rows("application", "a1")
    assert {e.application_id.hex for e in entered} <= set(central)
    with centre.admin() as connection:
        keys = connection.execute(
            "SELECT national_key, count(*) FROM public.person WHERE institution_id = %s "
            "GROUP BY national_key HAVING count(*) > 1",
            (a1.workspace.institution_id,),
        ).fetchall()
    assert keys == [] and before is not None
    assert_converged(centre, [a1])


@pytest.mark.slow
def test_two_workstations_pushing_while_a_third_pulls_converge_without_a_full_pull(
    centre: Centre, make_station: StationFactory
) -> None:
    pushers = [make_station("a1"), make_station("a2")]
    puller = make_station("a3")
    done = threading.Event()
    failures: list[BaseException] = []
    pulled: list[SyncSummary] = []
    created: list[int] = []

    def push(station: Station) -> None:
        try:
            for _ in range(6):
                for _ in range(3):
                    add_applicant(station, fin=_fin(), mobile=_mobile())
                station.sync(batch_rows=7)
            created.append(1)
        except BaseException as error:  # handed to the main thread
            failures.append(error)

    def pull() -> None:
        try:
            while not done.is_set():
                pulled.append(puller.sync())
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=push, args=(s,)) for s in pushers]
    reader = threading.Thread(target=pull)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    done.set()
    reader.join(timeout=60)
    assert failures == []
    pulled.append(puller.sync())
    for station in pushers:
        station.sync()
    assert_converged(centre, [*pushers, puller])
    # Each row the pushers wrote (5 per applicant, 18 applicants each) came over once.
    assert sum(s.pulled for s in pulled) == 2 * 18 * 5
    assert len(pulled) > 2


def _hold(centre: Centre, *, here: bool) -> psycopg.Connection[Any]:
    """A transaction left running, with a transaction id: in the centre's database (here) or
    in another database of the same server."""
    url = make_url(centre.admin_url)
    if not here:
        url = url.set(database="postgres")
    connection = psycopg.connect(libpq_url(url.render_as_string(hide_password=False)))
    connection.execute("SELECT pg_current_xact_id()")
    return connection


def test_a_slow_transaction_is_never_skipped_by_a_pull_that_ran_while_it_was_open(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    slow = _hold(centre, here=True)
    person_id = uuid.uuid4()
    slow.execute(  # a push still running: its change is logged, not yet committed
        "INSERT INTO public.person (id, institution_id, created_at, updated_at, origin,"
        " national_key_type, national_key, citizenship_type, first_name, last_name,"
        " patronymic, search_folded) VALUES (%s, %s, now(), now(), 'slow', 'fin', %s,"
        " 'az', 'Gec', 'Gələn', 'Rauf', '')",
        (person_id, centre.institutions["A"], _fin()),
    )
    fast = add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()  # a later transaction, committed first
    a2.sync()
    assert fast.person_id.hex not in a2.rows("person")  # waits behind the slow one
    slow.commit()
    slow.close()
    a2.sync()
    people = a2.rows("person")
    assert person_id.hex in people and fast.person_id.hex in people


def test_a_transaction_running_in_another_database_does_not_hold_pulls_back(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    elsewhere = _hold(centre, here=False)
    try:
        fast = add_applicant(a1, fin=_fin(), mobile=_mobile())
        a1.sync()
        a2.sync()
        assert fast.person_id.hex in a2.rows("person")
    finally:
        elsewhere.rollback()
        elsewhere.close()

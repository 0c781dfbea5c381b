"""Random offline work on several workstations, synced in random orders, converges and loses
nothing once every conflict a registrar would see has been settled."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registrar.models import Person, PortalAccount
from registrar.models.base import utcnow
from registrar.services.sync import chains
from registrar.services.sync.catalog import catalog
from registrar.services.sync.conflicts import SyncIssues
from tests.integration.test_sync_harness import (
    Centre,
    Station,
    StationFactory,
    add_applicant,
    add_event,
    assert_converged,
)

pytest_plugins = ["tests.integration.test_sync_harness"]

STATIONS = 3
station_index = st.integers(min_value=0, max_value=STATIONS - 1)
pick = st.integers(min_value=0, max_value=50)
operation = st.one_of(
    st.tuples(st.just("enter"), station_index, pick),
    st.tuples(st.just("edit"), station_index, pick),
    st.tuples(st.just("review"), station_index, pick),
    st.tuples(st.just("delete"), station_index, pick),
    st.tuples(st.just("sync"), station_index, pick),
)


def _nth(station: Station, table: str, index: int) -> str | None:
    ids = sorted(
        key
        for key, row in station.rows(table).items()
        if row[-1] is None  # live rows only
    )
    return ids[index % len(ids)] if ids else None


def _apply(station: Station, op: tuple[str, int, int], entered: list[uuid.UUID]) -> None:
    kind, _, index = op
    if kind == "enter":
        fin = secrets.token_hex(4)[:7].upper()
        applicant = add_applicant(station, fin=fin, mobile=f"+99460{secrets.randbelow(10**7):07d}")
        entered.append(applicant.application_id)
    elif kind == "edit" and (row_id := _nth(station, "person", index)):
        with station.workspace.write() as session:
            person = session.get(Person, uuid.UUID(row_id))
            assert person is not None
            person.first_name = f"Ad{index}-{station.name}"
    elif kind == "delete" and (row_id := _nth(station, "portal_account", index)):
        with station.workspace.write() as session:
            account = session.get(PortalAccount, uuid.UUID(row_id))
            assert account is not None
            account.deleted_at = utcnow()
    elif kind == "review" and (row_id := _nth(station, "application", index)):
        spec = catalog()["application_event"]
        with station.engine.connect() as connection:
            heads = chains.heads_of(connection, spec, (("application_id", row_id),))
        add_event(station, uuid.UUID(row_id), uuid.UUID(heads[0]), "UNDER_REVIEW", op[0])
    elif kind == "sync":
        assert station.sync().refused == 0


def _settle(stations: list[Station]) -> None:
    """What the registrars do: sync, and settle what is shown, one desk at a time (two desks
    settling the same fork at once would each add an event: a new fork), until all is quiet."""
    for _ in range(12):
        for station in stations:
            assert station.sync().refused == 0
        quiet = True
        for station in stations:
            issues = SyncIssues(station.workspace)
            open_issues = issues.list_open()
            for issue in open_issues:
                detail = issues.detail(issue.id)
                choices: dict[str, Any] = {d.field: "ours" for d in detail.differing}
                issues.resolve(issue.id, station.actor, choices, "Yoxlanıldı")
            if open_issues:
                quiet = False
                break
        if quiet and all(station.pending() == 0 for station in stations):
            for station in stations:  # everyone takes what the last ones sent
                station.sync()
            return
    raise AssertionError("the workstations did not settle")


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=14))
def test_random_work_and_sync_orders_converge_and_lose_nothing(
    centre: Centre, make_station: StationFactory, operations: list[tuple[str, int, int]]
) -> None:
    tag = secrets.token_hex(3)
    users = [f"p{tag}{n}" for n in range(STATIONS)]
    centre.add_institution(*users)
    stations = [make_station(user) for user in users]
    entered: list[uuid.UUID] = []
    for op in operations:
        _apply(stations[op[1]], op, entered)
    _settle(stations)
    assert_converged(centre, stations)
    central = centre.rows("application", users[0])
    assert {application.hex for application in entered} <= set(central)
    for station in stations:
        station.engine.dispose()

"""The workstation's half of a pull, with two SQLite workstations and no PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from registrar.models import ApplicationEvent
from registrar.services.sync import chains, local
from registrar.services.sync.catalog import catalog
from tests.services.test_sync_desks import Desk, applicant, carry, person, rename

pytest_plugins = ["tests.services.test_sync_desks"]


def test_rows_carried_to_an_empty_workstation_arrive_identical_and_not_pending(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person_id = person(one, "AAA1111")
    result = carry(one, two, "person")
    assert result.applied == 1
    assert two.rows("person")[person_id.hex] == one.rows("person")[person_id.hex]
    assert two.pending("person") == 0


def test_a_carried_row_never_overwrites_a_local_change_it_becomes_a_conflict(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person_id = person(one, "AAA1111")
    carry(one, two, "person")
    rename(one, person_id, "Aygün")
    rename(two, person_id, "Aynur")
    result = carry(one, two, "person")
    assert result.conflicts == 1 and result.applied == 0
    assert two.value("person", person_id, "first_name") == "Aynur"
    assert two.issues(local.CONFLICT) == [("person", person_id.hex)]


def test_the_same_change_made_on_both_sides_is_no_conflict(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    person_id = person(one, "AAA1111")
    carry(one, two, "person")
    rename(one, person_id, "Aygün")
    rename(two, person_id, "Aygün")
    result = carry(one, two, "person")
    assert result.conflicts == 0 and two.pending("person") == 0


def test_a_central_row_colliding_with_a_local_unique_value_is_held(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person(one, "AAA1111")
    mine = person(two, "AAA1111")
    result = carry(one, two, "person")
    assert result.held == 1
    assert [table for table, _ in two.issues(local.HELD)] == ["person"]
    with two.workspace.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE person SET deleted_at = '2026-01-01 00:00:00.000000' WHERE id = ?",
            (mine.hex,),
        )
    assert carry(one, two, "person").applied == 1
    assert two.issues(local.HELD) == []


def test_the_cursor_is_stored_with_the_rows_it_covers(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    person(one, "AAA1111")
    carry(one, two, "person")
    with two.workspace.engine.connect() as connection:
        state = local.read_state(connection, "test-centre")
    assert state is not None and state.cursor == 7 and state.last_pull_at is not None


def test_two_events_after_the_same_event_are_a_fork_until_one_follows_both(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    _, _, application_id = applicant(one, "AAA1111", "+994501234567")
    carry(one, two, "person", "portal_account", "application", "application_event")
    spec = catalog()["application_event"]
    key = (("application_id", application_id.hex),)
    with one.workspace.engine.connect() as connection:
        [first] = chains.heads_of(connection, spec, key)
    for desk, status in ((one, "REGISTERED"), (two, "REJECTED")):
        with desk.workspace.write() as session:
            session.add(
                ApplicationEvent(
                    id=uuid.uuid4(),
                    application_id=application_id,
                    supersedes=uuid.UUID(first),
                    kind="review",
                    status=status,
                    at=datetime.now(UTC),
                )
            )
    result = carry(one, two, "application_event")
    assert result.forks == 1
    with two.workspace.engine.connect() as connection:
        heads = chains.heads_of(connection, spec, key)
    assert len(heads) == 2
    events = [chains.ChainEvent(h, first, None) for h in heads] + [
        chains.ChainEvent("new", heads[0], f'{{"also_supersedes": ["{heads[1]}"]}}')
    ]
    also = {"new": {heads[1]}}
    assert chains.resolved_heads(events, also) == ["new"]

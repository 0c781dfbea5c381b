"""Who sees and writes what at the centre: row-level security, frozen rows, audit chains."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import psycopg
import pytest

from registrar.models import MovementCase, MovementEvent, Person
from registrar.services import audit
from registrar.services.sync import availability
from registrar.services.sync.catalog import catalog
from registrar.services.sync.conflicts import SyncIssues
from tests.integration.test_sync_harness import (
    Centre,
    StationFactory,
    add_applicant,
    assert_converged,
)

pytest_plugins = ["tests.integration.test_sync_harness"]


def _fin() -> str:
    return uuid.uuid4().hex[:7].upper()


def _mobile() -> str:
    return "+99455" + str(uuid.uuid4().int)[:7]


def test_an_institution_sees_none_of_another_institutions_rows(
    centre: Centre, make_station: StationFactory
) -> None:
    first = centre.add_institution("p1")
    centre.add_institution("q1")
    p1, q1 = make_station("p1"), make_station("q1")
    add_applicant(p1, fin=_fin(), mobile=_mobile(), with_document=b"%PDF-1 secret")
    p1.sync()
    q1.sync()
    other = centre.institutions[first]
    with centre.as_user("q1") as connection:
        for name in catalog().names:
            count = connection.execute(
                f'SELECT count(*) FROM public."{name}" WHERE institution_id = %s', (other,)
            ).fetchone()
            assert count == (0,), name
    assert q1.rows("person") == {} and q1.rows("application") == {}
    assert_converged(centre, [p1, q1])


def test_an_institution_cannot_write_another_institutions_rows(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, b1 = make_station("a1"), make_station("b1")
    theirs = add_applicant(b1, fin=_fin(), mobile=_mobile())
    b1.sync()
    with centre.as_user("a1") as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO public.person (id, institution_id, created_at, updated_at, origin,"
                " national_key_type, national_key, citizenship_type, first_name, last_name,"
                " patronymic, search_folded) VALUES (%s, %s, now(), now(), 'x', 'fin', 'ZZZ9999',"
                " 'az', 'A', 'B', 'C', '')",
                (uuid.uuid4(), centre.institutions["B"]),
            )
        changed = connection.execute(
            "UPDATE public.person SET first_name = 'Dəyişdi' WHERE id = %s", (theirs.person_id,)
        )
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM public.person WHERE id = %s", (theirs.person_id,))
    with a1.workspace.write() as session:  # a forged row: B's, written on A's workstation
        session.add(
            Person(
                id=uuid.uuid4(),
                institution_id=centre.institutions["B"],
                national_key_type="fin",
                national_key=_fin(),
                citizenship_type="az",
                first_name="A",
                last_name="B",
                patronymic="C",
            )
        )
    assert a1.sync().refused == 1
    [issue] = SyncIssues(a1.workspace).list_open()
    assert issue.code == "permission" and issue.actions == ("discard",)


def test_a_confirmed_application_cannot_be_changed_at_the_centre(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    applicant = add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()
    for connection in (centre.as_user("a1"), centre.admin()):
        with connection, pytest.raises(psycopg.Error) as refused:
            connection.execute(
                "UPDATE public.application SET snapshot_first_name = 'Başqa' WHERE id = %s",
                (applicant.application_id,),
            )
        assert refused.value.sqlstate == "RDFRZ"
    with centre.as_user("a1") as connection, pytest.raises(psycopg.Error) as child:
        connection.execute(
            "UPDATE public.application_answer SET value = 'Gəncə' WHERE application_id = %s",
            (applicant.application_id,),
        )
    assert child.value.sqlstate == "RDFRZ"
    with a1.engine.begin() as connection:  # past the local guard (services.frozen)
        connection.exec_driver_sql(
            "UPDATE application SET snapshot_first_name = 'Başqa', row_version = 2 WHERE id = ?",
            (applicant.application_id.hex,),
        )
    assert a1.sync().refused == 1
    [issue] = SyncIssues(a1.workspace).list_open()
    assert issue.code == "frozen"


def test_nobody_may_update_or_delete_audit_rows_at_the_centre(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    with a1.workspace.write() as session:
        entry = audit.record(session, a1.actor, "test.action", None, "səbəb")
    a1.sync()
    with centre.as_user("a1") as connection:
        with pytest.raises(psycopg.Error) as update:
            connection.execute(
                "UPDATE public.audit_entry SET reason = 'x' WHERE id = %s", (entry.id,)
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM public.audit_entry WHERE id = %s", (entry.id,))
    with centre.admin() as connection:
        with pytest.raises(psycopg.Error) as delete:
            connection.execute("DELETE FROM public.audit_entry WHERE id = %s", (entry.id,))
        with pytest.raises(psycopg.Error) as truncate:
            connection.execute("TRUNCATE public.audit_entry")
    assert update.value.sqlstate == delete.value.sqlstate == truncate.value.sqlstate == "RDAPP"


def _entries(station, count: int) -> None:  # type: ignore[no-untyped-def]
    for number in range(count):
        with station.workspace.write() as session:
            audit.record(session, station.actor, "test.step", f"step:{number}", None)


def test_a_rewound_audit_chain_is_refused(centre: Centre, make_station: StationFactory) -> None:
    a1 = make_station("a1")
    _entries(a1, 2)
    a1.sync()
    with a1.engine.begin() as connection:  # as if an old copy of the file were used again
        connection.exec_driver_sql("DELETE FROM audit_entry WHERE seq = 2")
    _entries(a1, 1)
    summary = a1.sync()
    assert summary.refused == 1
    [issue] = SyncIssues(a1.workspace).list_open()
    assert (issue.table, issue.code) == ("audit_entry", "audit_chain")


def test_a_broken_audit_chain_is_refused(centre: Centre, make_station: StationFactory) -> None:
    a1 = make_station("a1")
    _entries(a1, 2)
    with a1.engine.begin() as connection:  # an entry altered after it was written
        connection.exec_driver_sql("UPDATE audit_entry SET action = 'changed' WHERE seq = 2")
    summary = a1.sync()
    assert summary.refused == 1
    [issue] = SyncIssues(a1.workspace).list_open()
    assert issue.code == "audit_chain"
    with centre.admin() as connection:
        head = connection.execute(
            "SELECT seq FROM registrar_sync.audit_head WHERE origin = %s", (a1.workspace.origin,)
        ).fetchone()
    assert head == (1,)


def test_a_movement_case_is_shared_by_its_parties_who_each_write_their_own_events(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, b1, m1 = make_station("a1"), make_station("b1"), make_station("m1")
    outsider = centre.add_institution("o1")
    o1 = make_station("o1")
    case_id, first = uuid.uuid4(), uuid.uuid4()
    with a1.workspace.write() as session:
        session.add(
            MovementCase(
                id=case_id,
                kind="transfer",
                source_institution_id=centre.institutions["A"],
                target_institution_id=centre.institutions["B"],
                addressed_to_ministry=True,
                case_json="{}",
            )
        )
        session.flush()
        session.add(
            MovementEvent(
                id=first,
                case_id=case_id,
                kind="opened",
                status="open",
                at=datetime.now(UTC),
                actor_id=a1.actor.staff_id,
            )
        )
    a1.sync()
    for station in (b1, m1, o1):
        station.sync()
    assert case_id.hex in b1.rows("movement_case") and case_id.hex in m1.rows("movement_case")
    assert o1.rows("movement_case") == {} and outsider
    with b1.workspace.write() as session:
        session.add(
            MovementEvent(
                id=uuid.uuid4(),
                case_id=case_id,
                supersedes=first,
                kind="accepted",
                status="accepted",
                at=datetime.now(UTC),
                actor_id=b1.actor.staff_id,
            )
        )
    assert b1.sync().refused == 0
    with b1.workspace.write() as session:
        case = session.get(MovementCase, case_id)
        assert case is not None
        case.case_json = '{"changed": true}'
    assert b1.sync().refused == 1
    a1.sync()
    m1.sync()
    events = {row[0] for row in a1.rows("movement_event").values()}
    assert len(events) == len(m1.rows("movement_event")) >= 2
    with a1.engine.connect() as connection:
        status = connection.exec_driver_sql(
            "SELECT status_cache FROM movement_case WHERE id = ?", (case_id.hex,)
        ).scalar()
    assert status == "accepted"


def test_availability_says_only_taken_or_free(centre: Centre, make_station: StationFactory) -> None:
    a1 = make_station("a1")
    fin, mobile = _fin(), _mobile()
    add_applicant(a1, fin=fin, mobile=mobile)
    a1.sync()
    mine, theirs = centre.target("a1"), centre.target("b1")
    assert availability.national_key(theirs, "fin", fin) == "taken"
    assert availability.national_key(mine, "fin", fin) == "free"  # not taken elsewhere
    assert availability.national_key(theirs, "fin", _fin()) == "free"
    assert availability.mobile(theirs, mobile) == "taken"
    assert availability.mobile(theirs, mobile, owner=("fin", fin)) == "free"
    assert availability.mobile(theirs, _mobile()) == "free"

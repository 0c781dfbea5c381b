"""Refusals and conflicts: caught at sync, shown, settled by a registrar, and synced."""

from __future__ import annotations

import json
import uuid

from registrar.services.sync.conflicts import SyncIssues
from registrar.services.sync.refusals import WITHDRAWN, Refusals
from tests.integration.test_sync_harness import (
    Centre,
    StationFactory,
    add_applicant,
    add_event,
    assert_converged,
)

pytest_plugins = ["tests.integration.test_sync_harness"]


def _mobile() -> str:
    return "+99450" + str(uuid.uuid4().int)[:7]


def _fin() -> str:
    return uuid.uuid4().hex[:7].upper()


def test_the_same_applicant_entered_on_two_workstations_is_refused_then_merged(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    fin, mobile = _fin(), _mobile()
    first = add_applicant(a1, fin=fin, mobile=mobile)
    second = add_applicant(a2, fin=fin, mobile=mobile)
    a1.sync()
    summary = a2.sync()
    assert summary.refused == 1  # the person; its account and application wait behind it
    assert summary.blocked == 4
    refused = Refusals(a2.workspace).refused_applications()
    assert [r.application_id for r in refused] == [second.application_id]
    issue = next(i for i in SyncIssues(a2.workspace).list_open() if i.table == "person")
    assert issue.code == "national_key_taken" and "merge" in issue.actions
    assert a2.sync().refused == 0  # shown once, not retried
    Refusals(a2.workspace).merge(issue.id, a2.actor, "Eyni şəxs iki masada daxil edilib")
    a2.sync()
    a1.sync()
    assert SyncIssues(a2.workspace).list_open() == []
    assert_converged(centre, [a1, a2])
    people = centre.rows("person", "a1")
    assert people[first.person_id.hex][-1] is None  # the first person lives on
    assert people[second.person_id.hex][-1] is not None  # the second is a tombstone
    merges = centre.rows("record_merge", "a1")
    assert {(r[0] in merges) for r in merges.values()} == {True}
    assert second.application_id.hex in centre.rows("application", "a1")


def test_one_mobile_number_for_two_people_is_refused_then_withdrawn_and_entered_again(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, b1 = make_station("a1"), make_station("b1")
    mobile = _mobile()
    add_applicant(a1, fin=_fin(), mobile=mobile)
    second = add_applicant(b1, fin=_fin(), mobile=mobile)
    a1.sync()
    assert b1.sync().refused == 1
    issues = Refusals(b1.workspace)
    [issue] = issues.list_open()
    assert (issue.table, issue.code) == ("portal_account", "mobile_taken")
    detail = issues.detail(issue.id)
    assert len(detail.affected) == 1
    withdrawn = issues.withdraw(issue.id, b1.actor, "Nömrə başqa şəxsə məxsusdur")
    assert withdrawn == [second.application_id]
    again = add_applicant(b1, fin=_fin(), mobile=_mobile())
    b1.sync()
    a1.sync()
    assert_converged(centre, [a1, b1])
    events = centre.rows("application_event", "b1")
    assert any(row[-1] is None and WITHDRAWN in row for row in events.values())
    assert again.application_id.hex in centre.rows("application", "b1")


def test_two_workstations_changing_one_row_keep_both_versions_until_a_registrar_picks(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    applicant = add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()
    a2 = make_station("a2")
    for station, name in ((a1, "Aysəl"), (a2, "Aysel")):
        with station.workspace.write() as session:
            from registrar.models import Person

            person = session.get(Person, applicant.person_id)
            assert person is not None
            person.first_name = name
            person.reg_address = f"{station.name} ünvanı"
    a1.sync()
    summary = a2.sync()
    assert summary.conflicts == 1
    issues = SyncIssues(a2.workspace)
    [issue] = issues.list_open()
    detail = issues.detail(issue.id)
    differing = {d.field: (d.ours, d.theirs) for d in detail.differing}
    assert differing["first_name"] == ("Aysel", "Aysəl")
    assert set(differing) == {"first_name", "reg_address"}
    assert a2.sync().conflicts == 0  # kept, not raised again
    issues.resolve(
        issue.id,
        a2.actor,
        {"first_name": "theirs", "reg_address": "merged"},
        "Sənədə əsasən yoxlanıldı",
        merged={"reg_address": "Bakı, Nizami küç. 5"},
    )
    a2.sync()
    a1.sync()
    assert_converged(centre, [a1, a2])
    person = centre.rows("person", "a1")[applicant.person_id.hex]
    assert "Aysəl" in person and "Bakı, Nizami küç. 5" in person
    [resolution] = centre.rows("sync_resolution", "a1").values()
    assert "Sənədə əsasən yoxlanıldı" in resolution


def test_conflicting_reviews_are_a_fork_that_is_resolved_everywhere(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    applicant = add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()
    a2 = make_station("a2")
    add_event(a1, applicant.application_id, applicant.event_id, "REGISTERED", "Sənədlər tamdır")
    add_event(a2, applicant.application_id, applicant.event_id, "REJECTED", "Sənəd çatışmır")
    a1.sync()
    assert a2.sync().forks == 1
    a1.sync()
    for station in (a1, a2):
        [issue] = SyncIssues(station.workspace).list_open()
        assert issue.kind == "fork"
    issues = SyncIssues(a2.workspace)
    [issue] = issues.list_open()
    detail = issues.detail(issue.id)
    assert {d.field for d in detail.differing} >= {"status", "reason"}
    issues.resolve(
        issue.id,
        a2.actor,
        {d.field: "theirs" for d in detail.differing},
        "Komissiya qeydiyyatı təsdiqlədi",
    )
    assert SyncIssues(a2.workspace).list_open() == []
    a2.sync()
    a1.sync()
    assert SyncIssues(a1.workspace).list_open() == []
    assert_converged(centre, [a1, a2])
    with a1.engine.connect() as connection:
        status = connection.exec_driver_sql(
            "SELECT status_cache FROM application WHERE id = ?",
            (applicant.application_id.hex,),
        ).scalar()
    assert status == "REGISTERED"
    [fork] = [r for r in centre.rows("sync_resolution", "a1").values() if "fork" in r]
    assert len(json.loads(next(v for v in fork if isinstance(v, str) and v.startswith("[")))) == 1

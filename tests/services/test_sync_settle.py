"""Settling sync issues on a workstation: conflicts, forks, merges, withdrawals, discards."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from registrar.models import ApplicationEvent
from registrar.services.context import Actor
from registrar.services.errors import BadInput, PermissionDenied
from registrar.services.sync import chains, local
from registrar.services.sync.catalog import catalog, raw_to_json
from registrar.services.sync.conflicts import SyncIssues
from registrar.services.sync.refusals import WITHDRAWN, Refusals
from tests.services.test_sync_desks import Desk, applicant, carry, person, rename

pytest_plugins = ["tests.services.test_sync_desks"]


def _conflict(one: Desk, two: Desk) -> uuid.UUID:
    person_id = person(one, "AAA1111")
    carry(one, two, "person")
    rename(one, person_id, "Aygün")
    rename(two, person_id, "Aynur")
    carry(one, two, "person")
    return person_id


def _audit(desk: Desk) -> list[tuple[str, str]]:
    with desk.workspace.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT action, subject FROM audit_entry").fetchall()
    return [(str(a), str(s)) for a, s in rows]


def _refuse(desk: Desk, table: str, row_id: uuid.UUID, code: str) -> None:
    spec = catalog()[table]
    row = desk.rows(table)[row_id.hex]
    with desk.workspace.engine.begin() as connection:
        local.IssueWriter(connection, desk.workspace.origin, desk.workspace.institution_id).record(
            local.REFUSED,
            table,
            row_id.hex,
            code,
            "refused at the centre",
            local_json=raw_to_json(spec, spec.sent_columns, row),
        )


def test_a_conflict_shows_both_versions_field_by_field(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    _conflict(one, two)
    issues = SyncIssues(two.workspace)
    [issue] = issues.list_open()
    detail = issues.detail(issue.id)
    assert issue.kind == "conflict" and issue.actions == ("resolve",)
    assert [(d.field, d.ours, d.theirs, d.mergeable) for d in detail.differing] == [
        ("first_name", "Aynur", "Aygün", True)
    ]


def test_a_resolved_conflict_takes_the_choice_above_both_versions_and_is_audited(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person_id = _conflict(one, two)
    issues = SyncIssues(two.workspace)
    [issue] = issues.list_open()
    issues.resolve(
        issue.id, two.actor, {"first_name": "merged"}, "Pasporta görə", {"first_name": "Aynurə"}
    )
    row = two.rows("person")[person_id.hex]
    spec = catalog()["person"]
    theirs = one.rows("person")[person_id.hex][spec.index("row_version")]
    assert row[spec.index("first_name")] == "Aynurə"
    assert row[spec.index("row_version")] > theirs
    with two.workspace.engine.connect() as connection:
        base = connection.exec_driver_sql(
            "SELECT central_version FROM person WHERE id = ?", (person_id.hex,)
        ).scalar()
    assert base == theirs  # the next push is based on the centre's version
    assert issues.list_open() == []
    assert ("sync.row.resolve", f"person:{person_id}") in _audit(two)
    [resolution] = two.rows("sync_resolution").values()
    assert "Pasporta görə" in resolution


def test_choosing_the_centres_version_for_every_field_leaves_nothing_to_send(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person_id = _conflict(one, two)
    issues = SyncIssues(two.workspace)
    [issue] = issues.list_open()
    issues.resolve(issue.id, two.actor, {"first_name": "theirs"}, "Mərkəzdəki düzgündür")
    assert two.rows("person")[person_id.hex] == one.rows("person")[person_id.hex]
    assert two.pending("person") == 0


def test_a_resolution_needs_a_reason_a_choice_for_each_field_and_a_registrar(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    _conflict(one, two)
    issues = SyncIssues(two.workspace)
    [issue] = issues.list_open()
    with pytest.raises(BadInput) as no_reason:
        issues.resolve(issue.id, two.actor, {"first_name": "ours"}, "  ")
    with pytest.raises(BadInput) as no_choice:
        issues.resolve(issue.id, two.actor, {}, "Səbəb")
    desk = Actor(two.actor.staff_id, "desk", "desk")
    with pytest.raises(PermissionDenied):
        issues.resolve(issue.id, desk, {"first_name": "ours"}, "Səbəb")
    assert (no_reason.value.field, no_choice.value.field) == ("reason", "first_name")
    assert len(issues.list_open()) == 1


def test_a_fork_is_resolved_by_an_event_that_follows_both_heads(
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
                    reason=f"{status} səbəbi",
                    at=datetime.now(UTC),
                )
            )
    carry(one, two, "application_event")
    issues = SyncIssues(two.workspace)
    [issue] = issues.list_open()
    detail = issues.detail(issue.id)
    assert (detail.issue.kind, {d.field for d in detail.differing}) == (
        "fork",
        {"status", "reason"},
    )
    issues.resolve(
        issue.id, two.actor, {"status": "theirs", "reason": "ours"}, "Komissiyanın qərarı"
    )
    with two.workspace.engine.connect() as connection:
        [head] = chains.heads_of(connection, spec, key)
        status, payload = connection.exec_driver_sql(
            "SELECT status, payload_json FROM application_event WHERE id = ?", (head,)
        ).one()
        projected = connection.exec_driver_sql(
            "SELECT status_cache FROM application WHERE id = ?", (application_id.hex,)
        ).scalar()
    assert status == projected == "REGISTERED"
    assert len(json.loads(payload)[chains.ALSO_SUPERSEDES]) == 1
    assert issues.list_open() == []


def test_merging_keeps_the_central_person_and_the_frozen_application_untouched(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    theirs_person, theirs_account, _ = applicant(one, "FIN1234", "+994501112233")
    mine_person, mine_account, mine_application = applicant(two, "FIN1234", "+994501112233")
    assert carry(one, two, "person", "portal_account").held == 2
    _refuse(two, "person", mine_person, "national_key_taken")
    refusals = Refusals(two.workspace)
    [marked] = refusals.refused_applications()
    assert marked.application_id == mine_application
    [issue] = refusals.list_open()
    refusals.merge(issue.id, two.actor, "Eyni şəxsdir")
    people, accounts = two.rows("person"), two.rows("portal_account")
    deleted = catalog()["person"].index("deleted_at")
    assert people[mine_person.hex][deleted] is not None
    assert people[theirs_person.hex][deleted] is None
    assert accounts[mine_account.hex][catalog()["portal_account"].index("deleted_at")]
    assert theirs_account.hex in accounts
    application = two.rows("application")[mine_application.hex]
    assert application[catalog()["application"].index("person_id")] == mine_person.hex
    spec = catalog()["record_merge"]
    merges = {
        (row[spec.index("merged_id")], row[spec.index("into_id")])
        for row in two.rows("record_merge").values()
    }
    assert merges == {
        (mine_person.hex, theirs_person.hex),
        (mine_account.hex, theirs_account.hex),
    }
    assert ("sync.merge", f"person:{mine_person}") in _audit(two)
    assert refusals.list_open() == [] and two.issues(local.HELD) == []


def test_a_different_person_cannot_be_merged_only_withdrawn(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    applicant(one, "FIN1111", "+994505556677")
    _, mine_account, mine_application = applicant(two, "FIN2222", "+994505556677")
    assert carry(one, two, "person", "portal_account").held == 1
    _refuse(two, "portal_account", mine_account, "mobile_taken")
    refusals = Refusals(two.workspace)
    [issue] = refusals.list_open()
    with pytest.raises(BadInput):
        refusals.merge(issue.id, two.actor, "Eyni şəxsdir")
    assert refusals.withdraw(issue.id, two.actor, "Nömrə başqasınındır") == [mine_application]
    with two.workspace.engine.connect() as connection:
        status = connection.exec_driver_sql(
            "SELECT status_cache FROM application WHERE id = ?", (mine_application.hex,)
        ).scalar()
        events = connection.exec_driver_sql(
            "SELECT status, reason FROM application_event WHERE application_id = ? AND status = ?",
            (mine_application.hex, WITHDRAWN),
        ).fetchall()
    assert status == WITHDRAWN and events == [(WITHDRAWN, "Nömrə başqasınındır")]
    assert carry(one, two, "portal_account").applied == 1  # the held central account fits now
    assert refusals.list_open() == []


def test_discarding_a_refused_change_asks_the_next_sync_for_the_central_row(
    desks: tuple[Desk, Desk],
) -> None:
    one, two = desks
    person_id = person(two, "FIN3333")
    _refuse(two, "person", person_id, "permission")
    refusals = Refusals(two.workspace)
    [issue] = refusals.list_open()
    assert issue.actions == ("discard",)
    refusals.discard(issue.id, two.actor, "Səhv daxil edilib")
    assert refusals.list_open() == []
    assert two.issues(local.REFETCH) == [("person", person_id.hex)]
    assert one.issues(local.REFETCH) == []

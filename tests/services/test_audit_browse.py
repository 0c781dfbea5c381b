"""Browsing, filtering, exporting and checking the audit log as an administrator."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from registrar.models import AuditEntry
from registrar.services import audit
from registrar.services.audit_browse import HEADERS, AuditBrowseService, AuditFilter
from registrar.services.context import Actor
from registrar.services.errors import BadInput, PermissionDenied
from tests.services.test_exemption_review import Demo, open_copy

ENTRIES = 120


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """A demo copy with ENTRIES extra entries by the registrar and the admin."""
    copy = open_copy(tmp_path_factory.mktemp("audit"))
    with copy.workspace.write() as session:
        for n in range(ENTRIES):
            actor = copy.actors["registrar"] if n % 3 else copy.actors["admin"]
            action = "application.registered" if n % 2 else "settings.change"
            audit.record(session, actor, action, f"item:{n}", f"reason {n}")
    yield copy
    copy.db.dispose()


@pytest.fixture(scope="module")
def service(demo: Demo) -> AuditBrowseService:
    return AuditBrowseService(demo.workspace)


@pytest.fixture
def admin(demo: Demo) -> Actor:
    return demo.actors["admin"]


def _all(demo: Demo) -> list[AuditEntry]:
    with demo.workspace.read() as session:
        return list(session.scalars(select(AuditEntry)))


def test_pages_cover_every_entry_once_newest_first(
    demo: Demo, service: AuditBrowseService, admin: Actor
) -> None:
    seen, offset = [], 0
    while True:
        page = service.page(admin, AuditFilter(), offset, 50)
        seen.extend(page.rows)
        if not page.more:
            break
        offset += len(page.rows)
    assert sorted(r.id for r in seen) == sorted(e.id for e in _all(demo))
    assert [r.at for r in seen] == sorted((r.at for r in seen), reverse=True)


def test_filters_by_actor_and_action_return_exactly_the_matching_entries(
    demo: Demo, service: AuditBrowseService, admin: Actor
) -> None:
    flt = AuditFilter(actor="admin", action="settings.change")
    page = service.page(admin, flt, 0, 1000)
    expected = {e.id for e in _all(demo) if e.actor == "admin" and e.action == "settings.change"}
    assert expected and {r.id for r in page.rows} == expected
    assert page.total == len(expected)


def test_an_action_ending_in_a_dot_filters_by_prefix(
    demo: Demo, service: AuditBrowseService, admin: Actor
) -> None:
    page = service.page(admin, AuditFilter(action="application."), 0, 1000)
    expected = {e.id for e in _all(demo) if e.action.startswith("application.")}
    assert expected and {r.id for r in page.rows} == expected


def test_the_date_range_uses_office_days(
    demo: Demo, service: AuditBrowseService, admin: Actor
) -> None:
    today = datetime.now(ZoneInfo("Asia/Baku")).date()
    assert service.page(admin, AuditFilter(date_from=today, date_to=today), 0, 1).total >= ENTRIES
    tomorrow = today + timedelta(days=1)
    assert service.page(admin, AuditFilter(date_from=tomorrow), 0, 1).total == 0


def test_a_range_that_ends_before_it_starts_is_bad_input(
    service: AuditBrowseService, admin: Actor
) -> None:
    with pytest.raises(BadInput):
        service.page(admin, AuditFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))


def test_the_filter_choices_list_actors_actions_and_origins(
    demo: Demo, service: AuditBrowseService, admin: Actor
) -> None:
    choices = service.choices(admin)
    assert {"admin", "registrar"} <= set(choices.actors)
    assert "settings.change" in choices.actions
    assert choices.origins == (demo.workspace.origin,)


def test_a_csv_export_holds_the_filtered_entries_and_is_audited(
    demo: Demo, service: AuditBrowseService, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "audit.csv"
    flt = AuditFilter(actor="registrar", action="settings.change")
    count = service.export(admin, flt, path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(HEADERS)
    assert len(rows) - 1 == count == service.page(admin, flt, 0, 1).total
    assert {r[3] for r in rows[1:]} == {"registrar"}
    last = service.page(admin, AuditFilter(action="audit.export"), 0, 1).rows[0]
    assert (last.actor, last.subject) == ("admin", f"rows:{count}")


def test_an_xlsx_export_holds_the_same_rows_as_the_table(
    service: AuditBrowseService, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "audit.xlsx"
    flt = AuditFilter(action="settings.change")
    count = service.export(admin, flt, path)
    workbook = load_workbook(path, read_only=True)
    sheet = workbook.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    workbook.close()  # read-only workbooks keep the file open
    assert values[0] == HEADERS
    assert len(values) - 1 == count
    assert {v[4] for v in values[1:]} == {"settings.change"}


def test_an_untouched_log_verifies(service: AuditBrowseService, admin: Actor) -> None:
    outcome = service.verify(admin)
    assert outcome.ok and outcome.bad_entry is None and outcome.entries > ENTRIES


def test_a_tampered_row_is_found_and_named(tmp_path: Path, service: AuditBrowseService) -> None:
    copy = open_copy(tmp_path)
    try:
        with copy.workspace.read() as session:
            victim = session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq).offset(2).limit(1)
            ).one()
        with copy.db.engine.begin() as connection:
            connection.execute(
                text("UPDATE audit_entry SET reason = 'nothing happened' WHERE id = :id"),
                {"id": victim.id.hex},
            )
        outcome = AuditBrowseService(copy.workspace).verify(copy.actors["admin"])
        assert not outcome.ok
        assert outcome.bad_entry is not None and outcome.bad_entry.id == victim.id
        assert outcome.problem is not None and "altered" in outcome.problem
    finally:
        copy.db.dispose()


def test_a_deleted_row_is_reported_as_a_gap(tmp_path: Path) -> None:
    copy = open_copy(tmp_path)
    try:
        with copy.workspace.write() as session:
            for n in range(3):
                audit.record(session, copy.actors["admin"], "settings.change", f"x:{n}")
        with copy.workspace.read() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
            assert last is not None
        with copy.db.engine.begin() as connection:
            connection.execute(
                text("DELETE FROM audit_entry WHERE seq = :seq"), {"seq": last.seq - 1}
            )
        outcome = AuditBrowseService(copy.workspace).verify(copy.actors["admin"])
        assert outcome.problem is not None and "gap" in outcome.problem
        assert outcome.bad_entry is not None and outcome.bad_entry.seq == last.seq
    finally:
        copy.db.dispose()


@pytest.mark.parametrize("role", ["desk", "ministry"])
def test_roles_without_audit_access_are_refused(
    demo: Demo, service: AuditBrowseService, role: str, tmp_path: Path
) -> None:
    actor = demo.actors[role]
    with pytest.raises(PermissionDenied):
        service.page(actor, AuditFilter())
    with pytest.raises(PermissionDenied):
        service.export(actor, AuditFilter(), tmp_path / "x.csv")


def test_only_the_admin_may_run_the_chain_check(demo: Demo, service: AuditBrowseService) -> None:
    with pytest.raises(PermissionDenied):
        service.verify(demo.actors["registrar"])


def test_timestamps_come_back_in_utc(service: AuditBrowseService, admin: Actor) -> None:
    row = service.page(admin, AuditFilter(), 0, 1).rows[0]
    assert row.at.tzinfo is not None and row.at.utcoffset() == UTC.utcoffset(None)

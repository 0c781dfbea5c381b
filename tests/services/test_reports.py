"""Dashboard figures and CSV/XLSX exports on 2,000 demo applications."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from registrar.models import Application, AuditEntry, FeeExemptionRequest
from registrar.services.errors import BadInput, PermissionDenied
from registrar.services.reports import (
    DAYS,
    QUEUE_HEADERS,
    ReportsService,
    export_rows,
)
from registrar.services.review import QueueFilter, QueueSort, ReviewService
from tests.services.test_exemption_review import Demo, open_copy

BAKU = ZoneInfo("Asia/Baku")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    copy = open_copy(tmp_path_factory.mktemp("reports"))
    yield copy
    copy.db.dispose()


@pytest.fixture(scope="module")
def service(demo: Demo) -> ReportsService:
    return ReportsService(demo.workspace)


def _confirmed(demo: Demo) -> list[tuple[str, datetime]]:
    with demo.workspace.read() as session:
        return [
            (status, at)
            for status, at in session.execute(
                select(Application.status_cache, Application.confirmed_at).where(
                    Application.confirmed_at.is_not(None)
                )
            ).all()
        ]


def test_counts_by_status_match_the_confirmed_applications(
    demo: Demo, service: ReportsService
) -> None:
    board = service.dashboard(demo.registrar)
    expected = Counter(status for status, _at in _confirmed(demo))
    assert {c.key: c.count for c in board.by_status if c.count} == dict(expected)
    assert board.total == sum(expected.values())


def test_counts_by_line_add_up_to_the_total(demo: Demo, service: ReportsService) -> None:
    board = service.dashboard(demo.registrar)
    assert len(board.by_line) >= 2
    assert sum(c.count for c in board.by_line) == board.total
    assert all(c.label for c in board.by_line)


def test_counts_by_exemption_category_match_the_requests(
    demo: Demo, service: ReportsService
) -> None:
    with demo.workspace.read() as session:
        expected = Counter(
            session.scalars(
                select(FeeExemptionRequest.category_code)
                .join(Application, Application.id == FeeExemptionRequest.application_id)
                .where(Application.confirmed_at.is_not(None))
            )
        )
    board = service.dashboard(demo.registrar)
    assert {c.key: c.count for c in board.by_category} == dict(expected)
    assert board.exemption_requests == sum(expected.values())


def test_confirmations_per_day_cover_the_last_thirty_office_days(
    demo: Demo, service: ReportsService
) -> None:
    moments = [at for _s, at in _confirmed(demo)]
    latest = max(moments).astimezone(BAKU).date()
    board = service.dashboard(demo.registrar, today=latest)
    first = latest - timedelta(days=DAYS - 1)
    expected = Counter(
        d for d in (m.astimezone(BAKU).date() for m in moments) if first <= d <= latest
    )
    assert len(board.by_day) == DAYS
    assert board.by_day[0].key == first.isoformat() and board.by_day[-1].key == latest.isoformat()
    assert {c.key: c.count for c in board.by_day if c.count} == {
        d.isoformat(): n for d, n in expected.items()
    }
    assert sum(c.count for c in board.by_day) > 0


def test_once_the_intake_has_closed_the_days_end_on_its_last_day(
    demo: Demo, service: ReportsService
) -> None:
    latest = max(at for _s, at in _confirmed(demo)).astimezone(BAKU).date()
    board = service.dashboard(demo.registrar, today=latest + timedelta(days=90))
    assert board.days_end == latest
    assert board.by_day[-1].key == latest.isoformat() and board.by_day[-1].count > 0


def test_days_with_no_confirmation_show_zero_while_the_intake_is_open(
    demo: Demo, service: ReportsService
) -> None:
    latest = max(at for _s, at in _confirmed(demo)).astimezone(BAKU).date()
    board = service.dashboard(demo.registrar, today=latest + timedelta(days=10))
    assert board.days_end == latest + timedelta(days=10)
    assert [c.count for c in board.by_day[-10:]] == [0] * 10


def test_the_queue_export_holds_exactly_the_filtered_rows_in_queue_order(
    demo: Demo, service: ReportsService, tmp_path: Path
) -> None:
    flt = QueueFilter(exemption=True)
    sort = QueueSort("number", descending=False)
    path = tmp_path / "queue.csv"
    count = service.export_queue(demo.registrar, flt, sort, path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    review = ReviewService(demo.workspace)
    assert rows[0] == list(QUEUE_HEADERS)
    assert count == len(rows) - 1 == review.count(demo.registrar, flt)
    page = review.page(demo.registrar, flt, sort, 0, 1000)
    assert [r[0] for r in rows[1:]] == [row.number or "" for row in page.rows]
    assert {r[6] for r in rows[1:]} == {"Bəli"}


def test_a_queue_export_larger_than_one_page_is_complete_in_xlsx(
    demo: Demo, service: ReportsService, tmp_path: Path
) -> None:
    path = tmp_path / "queue.xlsx"
    count = service.export_queue(demo.registrar, QueueFilter(), QueueSort(), path)
    workbook = load_workbook(path, read_only=True)
    sheet = workbook.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    workbook.close()  # read-only workbooks keep the file open
    assert count > 1000
    assert len(values) - 1 == count
    assert len({v[0] for v in values[1:]}) == count  # every application once


def test_every_export_is_in_the_audit_log(
    demo: Demo, service: ReportsService, tmp_path: Path
) -> None:
    count = service.export_queue(
        demo.registrar,
        QueueFilter(statuses=frozenset({"REJECTED"})),
        QueueSort(),
        tmp_path / "q.csv",
    )
    with demo.workspace.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "queue.export")
            .order_by(AuditEntry.seq.desc())
        ).first()
    assert entry is not None and (entry.actor, entry.subject) == ("registrar", f"rows:{count}")


def test_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    export_rows(path, ("A", "B"), [('=HYPERLINK("x")', "Əliyev")])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == '\'=HYPERLINK("x")'
    assert sheet["B2"].value == "Əliyev"


def test_timestamps_are_exported_in_office_time(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    export_rows(path, ("at",), [(datetime(2026, 9, 1, 6, 30, tzinfo=UTC),)])
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "2026-09-01 10:30"


def test_an_unknown_export_format_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        export_rows(tmp_path / "x.pdf", ("A",), [])


def test_the_queue_export_is_refused_to_roles_that_cannot_see_the_queue(
    demo: Demo, service: ReportsService, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        service.export_queue(demo.actors["desk"], QueueFilter(), QueueSort(), tmp_path / "x.csv")


def test_the_dashboard_export_lists_every_figure(
    demo: Demo, service: ReportsService, tmp_path: Path
) -> None:
    path = tmp_path / "board.csv"
    count = service.export_dashboard(demo.actors["admin"], path)
    board = service.dashboard(demo.actors["admin"])
    sections = (board.by_status, board.by_line, board.by_category, board.by_day)
    assert count == sum(len(s) for s in sections)

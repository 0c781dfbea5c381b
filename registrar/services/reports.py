"""Reports: the dashboard's figures (a few GROUP BY queries) and CSV/XLSX export of row lists.

`export_rows(path, headers, rows)` writes any list of rows; the format follows the suffix
(.csv as UTF-8 with a BOM so spreadsheet programs read Azerbaijani letters; .xlsx through
openpyxl's write-only mode). Text that a spreadsheet would take for a formula is written with
a leading apostrophe. `ReportsService.export_queue` exports the review queue for the same
filter and sort the queue shows, page by page through `ReviewService.page`.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from registrar.models import AdmissionLine, Application, FeeCategory, FeeExemptionRequest
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Unavailable
from registrar.services.review import (
    BASIS_LABELS,
    MAX_PAGE,
    QUEUE_STATUSES,
    STATUS_LABELS,
    QueueFilter,
    QueueRow,
    QueueSort,
    ReviewService,
)

log = logging.getLogger(__name__)

BAKU: Final = ZoneInfo("Asia/Baku")  # office days
DAYS: Final = 30
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
MAX_EXPORT: Final = 200_000

# proposed strings (need native review)
MSG_FORMAT: Final = "Fayl .csv və ya .xlsx olmalıdır."
MSG_WRITE: Final = "Faylı yazmaq mümkün olmadı: {error}"
MSG_TOO_MANY: Final = f"Bir dəfəyə ən çox {MAX_EXPORT} sətir ixrac edilə bilər."
NO_LINE: Final = "Qəbul xətti göstərilməyib"

# The queue's columns (`review.COLUMNS`) and their headers, as the queue shows them.
QUEUE_COLUMNS: Final = (
    "number", "applicant", "key", "path", "line", "basis", "exemption", "confirmed_at",
    "status", "reviewer",
)  # fmt: skip
QUEUE_HEADERS: Final = (
    "Nömrə", "Müraciətçi", "FİN / sənəd nömrəsi", "Sənəd", "Qəbul xətti", "Əsas", "Güzəşt",
    "Təsdiq tarixi", "Status", "Baxan əməkdaş",
)  # fmt: skip
PATH_LABELS: Final = {"fin": "FİN", "migration_fin": "Miqrasiya sənədi", "unhcr": "BMT QAK"}


@dataclass(frozen=True)
class Count:
    key: str  # stable code (status, line code, category code, ISO day)
    label: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    total: int  # confirmed applications
    exemption_requests: int
    by_status: tuple[Count, ...]
    by_line: tuple[Count, ...]
    by_category: tuple[Count, ...]
    by_day: tuple[Count, ...]  # confirmations per office day, DAYS days, oldest first
    today: date
    days_end: date  # the last day of `by_day`: today, or the intake's last day once closed


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    if isinstance(value, datetime):
        return value.astimezone(BAKU).strftime("%Y-%m-%d %H:%M")
    if value is None:
        return ""
    return value


def export_rows(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write `headers` and `rows` to `path` (.csv or .xlsx); returns the number of rows."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput(MSG_FORMAT, field="path")
    count = 0
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(list(headers))
                for row in rows:
                    writer.writerow([_safe(cell) for cell in row])
                    count += 1
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet()
            sheet.append(list(headers))
            for row in rows:
                sheet.append([_safe(cell) for cell in row])
                count += 1
            workbook.save(path)
    except OSError as error:
        raise Unavailable(MSG_WRITE.format(error=error.strerror or error), field="path") from None
    return count


def queue_cells(row: QueueRow) -> tuple[object, ...]:
    """A queue row as the queue's columns show it (QUEUE_HEADERS)."""
    return (
        row.number or "",
        row.applicant,
        row.key,
        PATH_LABELS.get(row.key_type, row.key_type),
        row.line_label or "",
        BASIS_LABELS.get(row.basis or "", row.basis or ""),
        "Bəli" if row.exemption_requested else "Xeyr",
        row.confirmed_at,
        row.status_label,
        row.reviewer_name or "",
    )


def _office_start(day: date) -> datetime:
    return datetime.combine(day, time(0), BAKU).astimezone(UTC)


class ReportsService:
    """Dashboard figures and exports over one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def dashboard(self, actor: Actor, today: date | None = None) -> Dashboard:
        """Counts over confirmed applications; `today` is an office day (default: now in Baku)."""
        roles.require(actor, roles.OVERVIEW_VIEW)
        today = today or datetime.now(BAKU).date()
        confirmed = (Application.confirmed_at.is_not(None), Application.deleted_at.is_(None))
        first_day = today - timedelta(days=DAYS - 1)
        with self._workspace.read() as session:
            statuses = dict(
                session.execute(
                    select(Application.status_cache, func.count())
                    .where(*confirmed)
                    .group_by(Application.status_cache)
                ).all()
            )
            lines = session.execute(
                select(
                    AdmissionLine.code,
                    AdmissionLine.label_az,
                    AdmissionLine.label_en,
                    func.count(Application.id),
                )
                .select_from(Application)
                .outerjoin(AdmissionLine, AdmissionLine.id == Application.admission_line_id)
                .where(*confirmed)
                .group_by(AdmissionLine.code, AdmissionLine.label_az, AdmissionLine.label_en)
                .order_by(func.count(Application.id).desc())
            ).all()
            categories = session.execute(
                select(FeeExemptionRequest.category_code, FeeCategory.label_az, func.count())
                .select_from(FeeExemptionRequest)
                .join(Application, Application.id == FeeExemptionRequest.application_id)
                .outerjoin(
                    FeeCategory,
                    (FeeCategory.code == FeeExemptionRequest.category_code)
                    & FeeCategory.deleted_at.is_(None),
                )
                .where(*confirmed, FeeExemptionRequest.deleted_at.is_(None))
                .group_by(FeeExemptionRequest.category_code, FeeCategory.label_az)
                .order_by(FeeExemptionRequest.category_code)
            ).all()
            # Office days are Baku days, which SQL dialects bucket differently: the indexed
            # timestamps of one month are read and counted here. Once the intake has closed
            # (nothing confirmed in the last DAYS days) the window ends on its last day.
            latest = session.scalar(select(func.max(Application.confirmed_at)).where(*confirmed))
            if latest is not None and latest < _office_start(first_day):
                end = latest.astimezone(BAKU).date()
                first_day = end - timedelta(days=DAYS - 1)
            else:
                end = today
            moments = session.scalars(
                select(Application.confirmed_at).where(
                    *confirmed,
                    Application.confirmed_at >= _office_start(first_day),
                    Application.confirmed_at < _office_start(end + timedelta(days=1)),
                )
            ).all()
        per_day = Counter(m.astimezone(BAKU).date() for m in moments if m is not None)
        by_status = tuple(
            Count(s, STATUS_LABELS.get(s, s), int(statuses.get(s, 0))) for s in QUEUE_STATUSES
        )
        by_line = tuple(
            Count(code or "", (label_az or label_en or NO_LINE), int(n))
            for code, label_az, label_en, n in lines
        )
        by_category = tuple(Count(code, label or code, int(n)) for code, label, n in categories)
        by_day = tuple(
            Count(day.isoformat(), day.strftime("%d.%m"), per_day.get(day, 0))
            for day in (first_day + timedelta(days=i) for i in range(DAYS))
        )
        return Dashboard(
            total=sum(c.count for c in by_status),
            exemption_requests=sum(c.count for c in by_category),
            by_status=by_status,
            by_line=by_line,
            by_category=by_category,
            by_day=by_day,
            today=today,
            days_end=end,
        )

    def export_queue(self, actor: Actor, flt: QueueFilter, sort: QueueSort, path: Path) -> int:
        """Export every queue row matching `flt`, in `sort` order; audited. Returns the count."""
        roles.require(actor, roles.EXPORT_RUN)
        review = ReviewService(self._workspace)
        if review.count(actor, flt) > MAX_EXPORT:
            raise BadInput(MSG_TOO_MANY, field="filter")
        rows: list[tuple[object, ...]] = []
        offset = 0
        while True:
            page = review.page(actor, flt, sort, offset=offset, limit=MAX_PAGE)
            rows.extend(queue_cells(row) for row in page.rows)
            if not page.more:
                break
            offset += len(page.rows)
        count = export_rows(path, QUEUE_HEADERS, rows)
        with self._workspace.write() as session:
            audit.record(session, actor, "queue.export", f"rows:{count}", path.suffix.lower())
        return count

    def export_dashboard(self, actor: Actor, path: Path, today: date | None = None) -> int:
        """The dashboard's figures as one table (section, key, label, count); audited."""
        roles.require(actor, roles.EXPORT_RUN)
        board = self.dashboard(actor, today)
        sections = (
            ("status", board.by_status),
            ("line", board.by_line),
            ("category", board.by_category),
            ("day", board.by_day),
        )
        rows = [(section, c.key, c.label, c.count) for section, counts in sections for c in counts]
        count = export_rows(path, ("Bölmə", "Kod", "Ad", "Say"), rows)  # proposed strings
        with self._workspace.write() as session:
            audit.record(session, actor, "dashboard.export", f"rows:{count}", path.suffix.lower())
        return count


__all__ = [
    "QUEUE_HEADERS",
    "Count",
    "Dashboard",
    "ReportsService",
    "export_rows",
    "queue_cells",
]

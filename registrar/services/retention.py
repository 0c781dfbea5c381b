"""Retention: purge intake drafts after the admission campaign and old rejected applications.

One audited administrator action (`purge`), with a dry run that computes the same summary and
changes nothing:

1. Drafts last updated before the day the admission campaign closed (office time, Asia/Baku)
   are removed with their files. Drafts are local-only rows that never sync, so they are
   deleted outright (the personal data leave the file).
2. Applications whose current status (the head of their event chain) is REJECTED and whose
   rejection is older than the retention period (`retention_rejected_years`, default 5) are
   tombstoned with their answers, documents, fee-exemption request, its review events and
   their status events: `deleted_at` is set and the personal content is blanked, so the
   deletion syncs like any other change.

Evidence blobs referenced only by purged rows are tombstoned with their bytes emptied; a blob
any other live row still uses (a live application, a draft kept, a movement case) is kept.

Rejected applications are confirmed, so the freeze guard (`services.frozen`) would refuse the
change. The purge is its one allowed exception: it sets `frozen.RETENTION_PURGE` in the
session's info for the duration of the purge only, and the guard then lets through exactly the
rows that are being tombstoned in that flush; any other change is still refused.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    Draft,
    DraftFile,
    EvidenceBlob,
    EvidenceReviewEvent,
    FeeExemptionRequest,
    IncomingLetter,
)
from registrar.models.base import utcnow
from registrar.models.movement_document import MovementDocument
from registrar.services import audit, frozen, roles
from registrar.services import settings as settings_service
from registrar.services.calendar import baku_zone
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput
from registrar.services.events import chain_head

log = logging.getLogger(__name__)

SETTING_YEARS: Final = "retention_rejected_years"
DEFAULT_YEARS: Final = 5
MAX_YEARS: Final = 100
AUDIT_ACTION: Final = "retention.purge"
REJECTED: Final = "REJECTED"
MAX_REASON: Final = 2000

# Proposed by us; need native review.
MSG_YEARS: Final = "Saxlama müddəti 1 ilə {max} il arasında tam ədəd olmalıdır."
MSG_REASON_REQUIRED: Final = "Səbəb göstərilməlidir."
MSG_REASON_TOO_LONG: Final = "Səbəb çox uzundur."
MSG_DATE_FUTURE: Final = "Qəbul kampaniyasının bağlanma tarixi gələcəkdə ola bilməz."


@dataclass(frozen=True)
class RetentionSummary:
    """What a purge removed (or, in a dry run, would remove), counted per kind of row."""

    campaign_closed: date
    years: int
    rejected_before: datetime  # rejections decided before this instant are purged
    dry_run: bool
    drafts: int = 0
    draft_files: int = 0
    applications: int = 0
    answers: int = 0
    documents: int = 0
    exemption_requests: int = 0
    review_events: int = 0
    application_events: int = 0
    evidence_blobs: int = 0

    @property
    def total(self) -> int:
        return (
            self.drafts
            + self.draft_files
            + self.applications
            + self.answers
            + self.documents
            + self.exemption_requests
            + self.review_events
            + self.application_events
            + self.evidence_blobs
        )

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["campaign_closed"] = self.campaign_closed.isoformat()
        data["rejected_before"] = self.rejected_before.isoformat()
        return data


@dataclass(frozen=True)
class _Plan:
    draft_ids: frozenset[uuid.UUID]
    draft_file_ids: frozenset[uuid.UUID]
    application_ids: frozenset[uuid.UUID]
    answer_ids: frozenset[uuid.UUID]
    document_ids: frozenset[uuid.UUID]
    request_ids: frozenset[uuid.UUID]
    review_event_ids: frozenset[uuid.UUID]
    application_event_ids: frozenset[uuid.UUID]
    blob_ids: frozenset[uuid.UUID]


def years_setting(session: Session) -> int:
    """The configured retention period of rejected applications, in years (default 5)."""
    if SETTING_YEARS not in settings_service.KNOWN:
        return DEFAULT_YEARS
    raw = settings_service.get(session, SETTING_YEARS)
    return check_years(int(raw)) if raw and raw.isdigit() else DEFAULT_YEARS


def configured_years(workspace: Workspace) -> int:
    """`years_setting` in its own read session (for the dialog's initial value)."""
    with workspace.read() as session:
        return years_setting(session)


def check_years(years: int) -> int:
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise BadInput(MSG_YEARS.format(max=MAX_YEARS), field="years")
    return years


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise BadInput(MSG_REASON_REQUIRED, field="reason")
    if len(text) > MAX_REASON:
        raise BadInput(MSG_REASON_TOO_LONG, field="reason")
    return text


def day_start(day: date) -> datetime:
    """The first instant of `day` in office time (Asia/Baku), as UTC."""
    return datetime.combine(day, time(0), baku_zone()).astimezone(UTC)


def years_before(moment: datetime, years: int) -> datetime:
    """`moment` moved back by whole calendar years (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def _ids(session: Session, statement: Any) -> frozenset[uuid.UUID]:
    return frozenset(session.scalars(statement))


def _rejected_applications(session: Session, before: datetime) -> frozenset[uuid.UUID]:
    """Live applications whose head event is REJECTED, decided before `before`."""
    candidates = _ids(
        session,
        select(ApplicationEvent.application_id)
        .join(Application, Application.id == ApplicationEvent.application_id)
        .where(
            ApplicationEvent.status == REJECTED,
            ApplicationEvent.at < before,
            ApplicationEvent.deleted_at.is_(None),
            Application.deleted_at.is_(None),
        )
        .distinct(),
    )
    chosen: set[uuid.UUID] = set()
    for application_id in candidates:
        events = session.scalars(
            select(ApplicationEvent).where(
                ApplicationEvent.application_id == application_id,
                ApplicationEvent.deleted_at.is_(None),
            )
        ).all()
        head = chain_head(events)
        if head is not None and head.status == REJECTED and head.at < before:
            chosen.add(application_id)
    return frozenset(chosen)


def _in(column: Any, ids: Iterable[uuid.UUID]) -> Any:
    return column.in_(list(ids))


def _plan(session: Session, closed_before: datetime, rejected_before: datetime) -> _Plan:
    draft_ids = _ids(session, select(Draft.id).where(Draft.updated_at < closed_before))
    draft_files = session.execute(
        select(DraftFile.id, DraftFile.blob_id).where(_in(DraftFile.draft_id, draft_ids))
    ).all()
    application_ids = _rejected_applications(session, rejected_before)
    live = ApplicationAnswer.deleted_at.is_(None)
    answer_ids = _ids(
        session,
        select(ApplicationAnswer.id).where(
            _in(ApplicationAnswer.application_id, application_ids), live
        ),
    )
    documents = session.execute(
        select(ApplicationDocument.id, ApplicationDocument.blob_id).where(
            _in(ApplicationDocument.application_id, application_ids),
            ApplicationDocument.deleted_at.is_(None),
        )
    ).all()
    request_ids = _ids(
        session,
        select(FeeExemptionRequest.id).where(
            _in(FeeExemptionRequest.application_id, application_ids),
            FeeExemptionRequest.deleted_at.is_(None),
        ),
    )
    review_event_ids = _ids(
        session,
        select(EvidenceReviewEvent.id).where(
            _in(EvidenceReviewEvent.request_id, request_ids),
            EvidenceReviewEvent.deleted_at.is_(None),
        ),
    )
    application_event_ids = _ids(
        session,
        select(ApplicationEvent.id).where(
            _in(ApplicationEvent.application_id, application_ids),
            ApplicationEvent.deleted_at.is_(None),
        ),
    )
    draft_file_ids = frozenset(row.id for row in draft_files)
    document_ids = frozenset(row.id for row in documents)
    candidates = {row.blob_id for row in draft_files} | {row.blob_id for row in documents}
    blob_ids = frozenset(candidates - _still_used(session, candidates, draft_ids, document_ids))
    live_blobs = _ids(
        session,
        select(EvidenceBlob.id).where(
            _in(EvidenceBlob.id, blob_ids), EvidenceBlob.deleted_at.is_(None)
        ),
    )
    return _Plan(
        draft_ids=draft_ids,
        draft_file_ids=draft_file_ids,
        application_ids=application_ids,
        answer_ids=answer_ids,
        document_ids=document_ids,
        request_ids=request_ids,
        review_event_ids=review_event_ids,
        application_event_ids=application_event_ids,
        blob_ids=live_blobs,
    )


def _still_used(
    session: Session,
    blob_ids: set[uuid.UUID],
    purged_drafts: frozenset[uuid.UUID],
    purged_documents: frozenset[uuid.UUID],
) -> set[uuid.UUID]:
    """The candidate blobs a live row outside the purge still refers to."""
    if not blob_ids:
        return set()
    used: set[uuid.UUID] = set()
    used |= set(
        session.scalars(
            select(DraftFile.blob_id).where(
                _in(DraftFile.blob_id, blob_ids),
                DraftFile.deleted_at.is_(None),
                DraftFile.draft_id.not_in(list(purged_drafts)),
            )
        )
    )
    used |= set(
        session.scalars(
            select(ApplicationDocument.blob_id).where(
                _in(ApplicationDocument.blob_id, blob_ids),
                ApplicationDocument.deleted_at.is_(None),
                ApplicationDocument.id.not_in(list(purged_documents)),
            )
        )
    )
    used |= set(
        session.scalars(
            select(MovementDocument.blob_id).where(
                _in(MovementDocument.blob_id, blob_ids), MovementDocument.deleted_at.is_(None)
            )
        )
    )
    used |= {
        blob
        for blob in session.scalars(
            select(IncomingLetter.scan_blob_id).where(
                _in(IncomingLetter.scan_blob_id, blob_ids), IncomingLetter.deleted_at.is_(None)
            )
        )
        if blob is not None
    }
    return used


def _summary(
    plan: _Plan, campaign_closed: date, years: int, rejected_before: datetime, dry_run: bool
) -> RetentionSummary:
    return RetentionSummary(
        campaign_closed=campaign_closed,
        years=years,
        rejected_before=rejected_before,
        dry_run=dry_run,
        drafts=len(plan.draft_ids),
        draft_files=len(plan.draft_file_ids),
        applications=len(plan.application_ids),
        answers=len(plan.answer_ids),
        documents=len(plan.document_ids),
        exemption_requests=len(plan.request_ids),
        review_events=len(plan.review_event_ids),
        application_events=len(plan.application_event_ids),
        evidence_blobs=len(plan.blob_ids),
    )


@contextmanager
def _purge_allowed(session: Session) -> Iterator[None]:
    """Let the freeze guard accept tombstones of confirmed applications, for this block only."""
    session.info[frozen.RETENTION_PURGE] = True
    try:
        yield
    finally:
        session.info.pop(frozen.RETENTION_PURGE, None)


def _rows(session: Session, model: Any, ids: frozenset[uuid.UUID]) -> list[Any]:
    if not ids:
        return []
    return list(session.scalars(select(model).where(_in(model.id, ids))))


def _apply(session: Session, plan: _Plan) -> None:
    now = utcnow()
    if plan.draft_file_ids:
        session.execute(
            delete(DraftFile).where(_in(DraftFile.id, plan.draft_file_ids)),
            execution_options={"synchronize_session": False},
        )
    if plan.draft_ids:
        session.execute(
            delete(Draft).where(_in(Draft.id, plan.draft_ids)),
            execution_options={"synchronize_session": False},
        )
    with _purge_allowed(session):
        for answer in _rows(session, ApplicationAnswer, plan.answer_ids):
            answer.value = ""
            answer.deleted_at = now
        for document in _rows(session, ApplicationDocument, plan.document_ids):
            document.file_name = ""
            document.deleted_at = now
        for request in _rows(session, FeeExemptionRequest, plan.request_ids):
            request.notes = None
            request.deleted_at = now
        # Events are append-only: the one change they allow is the tombstone itself.
        for review in _rows(session, EvidenceReviewEvent, plan.review_event_ids):
            review.deleted_at = now
        for event in _rows(session, ApplicationEvent, plan.application_event_ids):
            event.deleted_at = now
        for application in _rows(session, Application, plan.application_ids):
            application.snapshot_first_name = ""
            application.snapshot_last_name = ""
            application.snapshot_patronymic = ""
            application.snapshot_key = ""
            application.search_folded = ""
            application.deleted_at = now
        session.flush()
    if plan.blob_ids:
        session.execute(
            update(EvidenceBlob)
            .where(_in(EvidenceBlob.id, plan.blob_ids))
            .values(
                data=b"",
                deleted_at=now,
                updated_at=now,
                row_version=EvidenceBlob.row_version + 1,
                origin=session.info["origin"],
            ),
            execution_options={"synchronize_session": False},
        )


def purge(
    workspace: Workspace,
    actor: Actor,
    *,
    campaign_closed: date,
    years: int | None = None,
    reason: str = "",
    dry_run: bool = False,
    now: datetime | None = None,
) -> RetentionSummary:
    """Purge (or, with `dry_run`, count) what the retention rules say must go.

    `years` overrides the `retention_rejected_years` setting. The purge and its audit entry
    are one transaction; a dry run needs no reason and records nothing.
    """
    roles.require(actor, roles.SETTINGS_CHANGE)
    moment = now or utcnow()
    if campaign_closed > moment.astimezone(baku_zone()).date():
        raise BadInput(MSG_DATE_FUTURE, field="campaign_closed")
    text = "" if dry_run else _reason(reason)
    closed_before = day_start(campaign_closed)
    session_factory = workspace.read if dry_run else workspace.write
    with session_factory() as session:
        period = check_years(years) if years is not None else years_setting(session)
        rejected_before = years_before(moment, period)
        plan = _plan(session, closed_before, rejected_before)
        summary = _summary(plan, campaign_closed, period, rejected_before, dry_run)
        if dry_run:
            return summary
        _apply(session, plan)
        details = json.dumps(summary.as_json(), sort_keys=True, ensure_ascii=False)
        audit.record(session, actor, AUDIT_ACTION, "retention", f"{text}\n{details}")
    log.info("retention purge: %d rows", summary.total)
    return summary

"""Retention purge: old drafts go, old rejected applications become tombstones, the rest stays."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    AuditEntry,
    Draft,
    DraftFile,
    EvidenceBlob,
    FeeExemptionRequest,
)
from registrar.services import frozen, retention
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Conflict, PermissionDenied
from registrar.services.events import chain_head
from tests.services.intake_fixtures import (
    EXAMPLES,
    example,
    fresh_workspace,
    import_examples,
    png_bytes,
    service,
    with_record,
)

ADMIN = Actor(staff_id=None, username="admin", role="admin")
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
CLOSED = date(2026, 9, 1)
OLD = datetime(2020, 6, 1, 10, 0, tzinfo=UTC)  # more than 5 years before NOW
RECENT = datetime(2024, 6, 1, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Env:
    workspace: Workspace
    old_rejected: uuid.UUID  # UNHCR applicant (with a fee-exemption request), rejected in 2020
    shared_rejected: uuid.UUID  # FİN applicant rejected in 2020; its diploma is also used below
    live: uuid.UUID  # migration applicant, not rejected, uploaded the same diploma
    old_draft: uuid.UUID
    new_draft: uuid.UUID
    key: str


def _reject(workspace: Workspace, application_id: uuid.UUID, at: datetime) -> None:
    with workspace.write() as session:
        events = session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.application_id == application_id)
        ).all()
        head = chain_head(events)
        session.add(
            ApplicationEvent(
                id=uuid.uuid4(),
                application_id=application_id,
                supersedes=head.id if head else None,
                kind="rejected",
                status="REJECTED",
                reason="Sənədlər uyğun deyil",
                at=at,
            )
        )


def _age_draft(workspace: Workspace, draft_id: uuid.UUID, at: datetime) -> None:
    with workspace.write() as session:
        session.execute(update(Draft).where(Draft.id == draft_id).values(updated_at=at))


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    db, workspace, key = fresh_workspace(tmp_path)
    import_examples(workspace)
    intake = service(workspace)
    old = intake.intake_record(example("intake-unhcr.json"), EXAMPLES, "Op").id
    shared = intake.intake_record(example("intake-fin.json"), EXAMPLES, "Op").id
    live_record = with_record(
        "intake-migration.json", {"ad.docs.education_document": "documents/fin-diploma.pdf"}
    )
    live = intake.intake_record(live_record, EXAMPLES, "Op").id
    _reject(workspace, old, OLD)
    _reject(workspace, shared, OLD)
    old_draft = intake.start_draft()
    intake.attach_file(old_draft, "ad.docs.education_document", "a.png", png_bytes((1, 2, 3)))
    _age_draft(workspace, old_draft, datetime(2026, 8, 1, tzinfo=UTC))
    new_draft = intake.start_draft()
    yield Env(workspace, old, shared, live, old_draft, new_draft, key)
    db.dispose()


def _purge(workspace: Workspace, **options: object) -> retention.RetentionSummary:
    return retention.purge(
        workspace,
        ADMIN,
        campaign_closed=CLOSED,
        reason="Kampaniya bağlandı",
        now=NOW,
        **options,  # type: ignore[arg-type]
    )


def _live_count(workspace: Workspace, model: type, **where: object) -> int:
    with workspace.read() as session:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(session.scalar(query) or 0)


def _application(workspace: Workspace, application_id: uuid.UUID) -> Application:
    with workspace.read() as session:
        application = session.get(Application, application_id)
        assert application is not None
        return application


def test_drafts_last_updated_before_the_campaign_closed_are_deleted_with_their_files(
    env: Env,
) -> None:
    summary = _purge(env.workspace)
    assert (summary.drafts, summary.draft_files) == (1, 1)
    with env.workspace.read() as session:
        assert session.get(Draft, env.old_draft) is None
        assert session.scalar(select(func.count()).select_from(DraftFile)) == 0


def test_a_draft_updated_after_the_campaign_closed_is_kept(env: Env) -> None:
    _purge(env.workspace)
    with env.workspace.read() as session:
        assert session.get(Draft, env.new_draft) is not None


def test_an_evidence_blob_only_a_purged_draft_used_is_tombstoned_and_emptied(env: Env) -> None:
    _purge(env.workspace)
    with env.workspace.read() as session:
        blob = session.scalars(select(EvidenceBlob).where(EvidenceBlob.mime == "image/png")).all()
        draft_blob = [b for b in blob if b.size == len(png_bytes((1, 2, 3)))]
        assert draft_blob and draft_blob[0].deleted_at is not None
        assert draft_blob[0].data == b""


def test_an_application_rejected_more_than_the_period_ago_becomes_a_blank_tombstone(
    env: Env,
) -> None:
    _purge(env.workspace)
    application = _application(env.workspace, env.old_rejected)
    assert application.deleted_at is not None
    assert (application.snapshot_last_name, application.snapshot_key) == ("", "")
    assert application.confirmed_at is not None  # the tombstone keeps what is not personal
    with env.workspace.read() as session:
        answers = session.scalars(
            select(ApplicationAnswer).where(ApplicationAnswer.application_id == env.old_rejected)
        ).all()
    assert answers and all(a.deleted_at is not None and a.value == "" for a in answers)


def test_the_purge_counts_the_rejected_applications_parts_per_kind(env: Env) -> None:
    summary = _purge(env.workspace)
    assert summary.applications == 2
    assert summary.exemption_requests == 1  # the UNHCR applicant asked for a fee exemption
    assert summary.documents == 4  # three UNHCR files and the FİN diploma
    assert summary.answers > 0 and summary.application_events >= 4


def test_the_purge_leaves_no_live_part_of_a_purged_application(env: Env) -> None:
    _purge(env.workspace)
    for model in (ApplicationAnswer, ApplicationDocument, FeeExemptionRequest, ApplicationEvent):
        assert _live_count(env.workspace, model, application_id=env.old_rejected) == 0


def test_an_application_rejected_within_the_period_is_kept(env: Env) -> None:
    _reject(env.workspace, env.live, RECENT)
    summary = _purge(env.workspace)
    assert summary.applications == 2
    assert _application(env.workspace, env.live).deleted_at is None


def test_a_longer_period_keeps_the_old_rejections(env: Env) -> None:
    summary = _purge(env.workspace, years=10)
    assert summary.applications == 0
    assert _application(env.workspace, env.old_rejected).deleted_at is None


def test_evidence_shared_with_a_live_application_is_kept(env: Env) -> None:
    _purge(env.workspace)
    with env.workspace.read() as session:
        blob_id = session.scalars(
            select(ApplicationDocument.blob_id).where(
                ApplicationDocument.application_id == env.live
            )
        ).one()
        blob = session.get(EvidenceBlob, blob_id)
        assert blob is not None and blob.deleted_at is None and len(blob.data) > 0
        purged = session.scalars(
            select(ApplicationDocument.blob_id).where(
                ApplicationDocument.application_id == env.shared_rejected
            )
        ).one()
    assert purged == blob_id


def test_evidence_only_a_purged_application_used_is_tombstoned(env: Env) -> None:
    _purge(env.workspace)
    with env.workspace.read() as session:
        blob_ids = session.scalars(
            select(ApplicationDocument.blob_id).where(
                ApplicationDocument.application_id == env.old_rejected
            )
        ).all()
        blobs = session.scalars(select(EvidenceBlob).where(EvidenceBlob.id.in_(blob_ids))).all()
        assert len(blobs) == 3 and all(b.deleted_at is not None and b.data == b"" for b in blobs)


def test_a_dry_run_changes_nothing(env: Env) -> None:
    summary = retention.purge(env.workspace, ADMIN, campaign_closed=CLOSED, dry_run=True, now=NOW)
    assert summary.dry_run and summary.applications == 2 and summary.drafts == 1
    with env.workspace.read() as session:
        assert session.get(Draft, env.old_draft) is not None
        assert session.scalars(select(AuditEntry.action)).all().count("retention.purge") == 0
    assert _application(env.workspace, env.old_rejected).deleted_at is None


def test_a_dry_run_predicts_the_purge(env: Env) -> None:
    dry = retention.purge(env.workspace, ADMIN, campaign_closed=CLOSED, dry_run=True, now=NOW)
    real = _purge(env.workspace)
    assert dry.as_json() | {"dry_run": False} == real.as_json()


def test_the_purge_is_recorded_in_the_audit_log_with_its_summary(env: Env) -> None:
    summary = _purge(env.workspace)
    with env.workspace.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == retention.AUDIT_ACTION)
        ).one()
    assert entry.actor == "admin"
    reason, details = (entry.reason or "").split("\n", 1)
    assert reason == "Kampaniya bağlandı"
    assert json.loads(details) == summary.as_json()


def test_a_second_purge_finds_nothing_more(env: Env) -> None:
    _purge(env.workspace)
    assert _purge(env.workspace).total == 0


def test_only_an_administrator_may_purge(env: Env) -> None:
    registrar = Actor(staff_id=None, username="reg", role="registrar")
    with pytest.raises(PermissionDenied):
        retention.purge(env.workspace, registrar, campaign_closed=CLOSED, reason="x", now=NOW)


def test_a_purge_without_a_reason_is_refused(env: Env) -> None:
    with pytest.raises(BadInput):
        retention.purge(env.workspace, ADMIN, campaign_closed=CLOSED, reason=" ", now=NOW)


def test_a_campaign_closing_date_in_the_future_is_refused(env: Env) -> None:
    with pytest.raises(BadInput):
        retention.purge(env.workspace, ADMIN, campaign_closed=date(2027, 1, 1), reason="x", now=NOW)


def test_without_the_purge_flag_tombstoning_a_confirmed_application_is_refused(env: Env) -> None:
    with pytest.raises(Conflict), env.workspace.write() as session:
        application = session.get(Application, env.old_rejected)
        assert application is not None
        application.deleted_at = NOW
    assert _application(env.workspace, env.old_rejected).deleted_at is None


def test_with_the_purge_flag_an_edit_that_is_not_a_tombstone_is_still_refused(env: Env) -> None:
    with pytest.raises(Conflict), env.workspace.write() as session:
        session.info[frozen.RETENTION_PURGE] = True
        answer = session.scalars(
            select(ApplicationAnswer).where(ApplicationAnswer.application_id == env.old_rejected)
        ).first()
        assert answer is not None
        answer.value = "Başqa"


def test_the_purge_flag_is_gone_after_the_purge(env: Env) -> None:
    _purge(env.workspace)
    with pytest.raises(Conflict), env.workspace.write() as session:
        answer = session.scalars(
            select(ApplicationAnswer).where(ApplicationAnswer.application_id == env.live)
        ).first()
        assert answer is not None
        answer.value = "Başqa"


def _cli(
    env: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, dict[str, object]]:
    from registrar import cli

    url = env.workspace.engine.url.database
    monkeypatch.setenv("REGISTRAR_DB_KEY", env.key)
    env.workspace.engine.dispose()
    code = cli.main(["--db", str(url), "retention", "purge", *argv])
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return code, document


def test_the_command_prints_the_dry_run_summary_as_json(
    env: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = _cli(env, monkeypatch, capsys, "--campaign-closed", "2026-09-01", "--dry-run")
    assert code == 0
    assert document["dry_run"] is True and document["drafts"] == 1


def test_the_command_refuses_a_purge_without_a_reason_with_exit_2(
    env: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = _cli(env, monkeypatch, capsys, "--campaign-closed", "2026-09-01")
    assert code == 2 and "error" in document

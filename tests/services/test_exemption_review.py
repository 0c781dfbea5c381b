"""The fee-exemption evidence review on 2,000 demo applications: states, the gate, the decision."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import select, text

from registrar.models import (
    Application,
    AuditEntry,
    EvidenceReviewEvent,
    FeeExemptionRequest,
    Staff,
)
from registrar.services import exemption_review as X
from registrar.services.context import Actor, Workspace
from registrar.services.database import DEMO_KEY, Database
from registrar.services.errors import BadInput, Conflict, PermissionDenied
from registrar.services.exemption_review import ExemptionReviewService, UndecidedDocuments
from registrar.services.review import EXEMPTION_APPROVED, EXEMPTION_REJECTED, ReviewService

DEMO_COUNT = 2_000


@dataclass(frozen=True, eq=False)
class Demo:
    db: Database
    workspace: Workspace
    actors: dict[str, Actor]  # by role

    @property
    def registrar(self) -> Actor:
        return self.actors["registrar"]


@cache
def demo_file() -> Path:
    """One 2,000-application demo database, built once per test process (never written)."""
    from registrar.services.demo import fill_demo
    from registrar.services.workspace import open_local

    directory = Path(tempfile.mkdtemp(prefix="exemption-demo-"))
    atexit.register(shutil.rmtree, directory, True)
    path = directory / "demo.db"
    db = open_local(path, DEMO_KEY, demo=True)
    try:
        fill_demo(db, count=DEMO_COUNT, seed=1, workers=1)
    finally:
        db.dispose()  # checkpoints the WAL into the file before it is copied
    return path


def open_copy(directory: Path) -> Demo:
    """A writable copy of the demo database (the caller disposes of `db`)."""
    from registrar.services.workspace import load_workspace, open_local

    path = directory / "copy.db"
    shutil.copyfile(demo_file(), path)
    db = open_local(path, DEMO_KEY, demo=True)
    workspace = load_workspace(db)
    assert workspace is not None
    with workspace.read() as session:
        actors = {s.role: Actor(s.id, s.username, s.role) for s in session.scalars(select(Staff))}
    return Demo(db, workspace, actors)


def pending_requests(workspace: Workspace) -> list[uuid.UUID]:
    """Confirmed applications with an exemption request that no one has reviewed yet."""
    with workspace.read() as session:
        reviewed = select(EvidenceReviewEvent.request_id)
        return list(
            session.scalars(
                select(Application.id)
                .join(FeeExemptionRequest, FeeExemptionRequest.application_id == Application.id)
                .where(
                    Application.status_cache.in_(("SUBMITTED", "UNDER_REVIEW")),
                    Application.confirmed_at.is_not(None),
                    FeeExemptionRequest.id.not_in(reviewed),
                )
                .order_by(Application.number)
            )
        )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    copy = open_copy(tmp_path_factory.mktemp("exemption"))
    yield copy
    copy.db.dispose()


@pytest.fixture(scope="module")
def service(demo: Demo) -> ExemptionReviewService:
    return ExemptionReviewService(demo.workspace)


@pytest.fixture(scope="module")
def fresh(demo: Demo) -> Iterator[uuid.UUID]:
    """Hands each test its own unreviewed application, so tests never share state."""
    return iter(pending_requests(demo.workspace))


def _two_required(
    service: ExemptionReviewService, actor: Actor, fresh: Iterator[uuid.UUID]
) -> uuid.UUID:
    """The next unreviewed application whose category requires two documents or more."""
    return next(app for app in fresh if len(service.review(actor, app).required) >= 2)


def _accept_all(service: ExemptionReviewService, actor: Actor, app_id: uuid.UUID) -> None:
    for doc in service.review(actor, app_id).documents:
        if doc.required:
            service.set_state(
                actor,
                app_id,
                slot_id=doc.slot_id,
                document_id=doc.document.id if doc.document else None,
                state=X.ACCEPTED,
                expected_head=doc.head_id,
            )


def test_the_demo_has_enough_unreviewed_requests_for_these_tests(demo: Demo) -> None:
    assert len(pending_requests(demo.workspace)) >= 30


def test_a_new_request_shows_its_category_required_documents_all_not_analysed(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    review = service.review(demo.registrar, app_id)
    assert review.required
    assert {d.state for d in review.documents} == {X.NOT_ANALYSED}
    assert {s.slot_id for s in review.undecided} == {s.slot_id for s in review.required}
    assert not review.can_decide


def test_the_required_slots_follow_the_category_and_the_stored_sub_answers(
    demo: Demo, service: ExemptionReviewService
) -> None:
    import json

    from registrar.models import FeeCategory
    from registrar.services.reference import parse_fee_category

    with demo.workspace.read() as session:
        categories = {
            c.code: parse_fee_category(json.loads(c.definition_json))
            for c in session.scalars(select(FeeCategory))
        }
    for app_id in pending_requests(demo.workspace)[:20]:
        review = service.review(demo.registrar, app_id)
        answers = {a.field_id: a.raw for a in review.sub_answers}
        expected = categories[review.category_code].required_documents(answers)
        assert [s.slot_id for s in review.required] == [s.id for s in expected]


def test_the_decision_is_refused_while_a_required_document_is_undecided(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = _two_required(service, demo.registrar, fresh)
    review = service.review(demo.registrar, app_id)
    first = next(d for d in review.documents if d.required)
    service.set_state(
        demo.registrar,
        app_id,
        slot_id=first.slot_id,
        document_id=first.document.id if first.document else None,
        state=X.ACCEPTED,
    )
    remaining = service.review(demo.registrar, app_id)
    with pytest.raises(UndecidedDocuments) as refused:
        service.decide(demo.registrar, app_id, approved=True, message="Güzəşt təsdiqləndi.")
    assert set(refused.value.slot_ids) == {s.slot_id for s in remaining.undecided}
    assert service.review(demo.registrar, app_id).status == review.status


def test_a_requested_again_document_still_blocks_the_decision(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    _accept_all(service, demo.registrar, app_id)
    doc = next(d for d in service.review(demo.registrar, app_id).documents if d.required)
    service.set_state(
        demo.registrar,
        app_id,
        slot_id=doc.slot_id,
        document_id=doc.document.id if doc.document else None,
        state=X.REQUESTED_AGAIN,
        reason="Sənəd oxunmur.",
        expected_head=doc.head_id,
    )
    with pytest.raises(UndecidedDocuments):
        service.decide(demo.registrar, app_id, approved=False, message="Sənəd oxunmur.")


def test_approving_once_every_required_document_is_decided_sets_the_p16_status(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    _accept_all(service, demo.registrar, app_id)
    result = service.decide(demo.registrar, app_id, approved=True, message="Güzəşt verildi.")
    assert result.status == EXEMPTION_APPROVED
    detail = ReviewService(demo.workspace).detail(demo.registrar, app_id)
    assert detail.status == EXEMPTION_APPROVED
    assert detail.history[-1].kind == "exemption_approved"
    assert detail.timeline.last_message == "Güzəşt verildi."


def test_a_not_accepted_document_counts_as_decided_and_allows_a_refusal(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    _accept_all(service, demo.registrar, app_id)
    doc = next(d for d in service.review(demo.registrar, app_id).documents if d.required)
    service.set_state(
        demo.registrar,
        app_id,
        slot_id=doc.slot_id,
        document_id=doc.document.id if doc.document else None,
        state=X.NOT_ACCEPTED,
        reason="Sənəd etibarsızdır.",
        expected_head=doc.head_id,
    )
    result = service.decide(demo.registrar, app_id, approved=False, message="Təsdiqlənmədi.")
    assert result.status == EXEMPTION_REJECTED
    with demo.workspace.read() as session:
        assert session.get(Application, app_id).status_cache == EXEMPTION_REJECTED


def test_each_new_state_supersedes_the_document_s_previous_state(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    doc = next(d for d in service.review(demo.registrar, app_id).documents if d.document)
    assert doc.document is not None
    first = service.set_state(
        demo.registrar, app_id, slot_id=doc.slot_id, document_id=doc.document.id, state=X.ACCEPTED
    )
    second = service.set_state(
        demo.registrar,
        app_id,
        slot_id=doc.slot_id,
        document_id=doc.document.id,
        state=X.NOT_ACCEPTED,
        reason="Möhür yoxdur.",
        expected_head=first.event_id,
    )
    with demo.workspace.read() as session:
        event = session.get(EvidenceReviewEvent, second.event_id)
        assert event is not None and event.supersedes == first.event_id
    now = next(
        d
        for d in service.review(demo.registrar, app_id).documents
        if d.document and d.document.id == doc.document.id
    )
    assert (now.state, now.reason) == (X.NOT_ACCEPTED, "Möhür yoxdur.")


def test_a_state_change_on_a_head_the_user_did_not_see_is_refused(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    doc = next(d for d in service.review(demo.registrar, app_id).documents if d.document)
    assert doc.document is not None
    service.set_state(
        demo.registrar, app_id, slot_id=doc.slot_id, document_id=doc.document.id, state=X.ACCEPTED
    )
    with pytest.raises(Conflict):
        service.set_state(
            demo.registrar,
            app_id,
            slot_id=doc.slot_id,
            document_id=doc.document.id,
            state=X.ACCEPTED,
            expected_head=None,
        )


@pytest.mark.parametrize("state", [X.NOT_ACCEPTED, X.REQUESTED_AGAIN])
def test_refusing_or_requesting_a_document_again_needs_a_reason(
    demo: Demo, service: ExemptionReviewService, state: str
) -> None:
    app_id = pending_requests(demo.workspace)[-1]
    doc = next(d for d in service.review(demo.registrar, app_id).documents if d.document)
    assert doc.document is not None
    with pytest.raises(BadInput):
        service.set_state(
            demo.registrar,
            app_id,
            slot_id=doc.slot_id,
            document_id=doc.document.id,
            state=state,
            reason="  ",
        )


def test_the_decision_needs_a_message_to_the_applicant(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    _accept_all(service, demo.registrar, app_id)
    with pytest.raises(BadInput):
        service.decide(demo.registrar, app_id, approved=True, message="")


def test_a_document_of_another_application_is_refused(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id, other = next(fresh), next(fresh)
    doc = next(d for d in service.review(demo.registrar, other).documents if d.document)
    assert doc.document is not None
    with pytest.raises(BadInput):
        service.set_state(
            demo.registrar,
            app_id,
            slot_id=doc.slot_id,
            document_id=doc.document.id,
            state=X.ACCEPTED,
        )


def test_once_decided_the_document_states_and_decision_are_closed(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    _accept_all(service, demo.registrar, app_id)
    service.decide(demo.registrar, app_id, approved=True, message="Təsdiqləndi.")
    with pytest.raises(Conflict):
        service.decide(demo.registrar, app_id, approved=False, message="Yenidən.")


def test_states_and_the_decision_are_in_the_audit_log(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    required = [d for d in service.review(demo.registrar, app_id).documents if d.required]
    _accept_all(service, demo.registrar, app_id)
    service.decide(demo.registrar, app_id, approved=True, message="Təsdiqləndi.")
    with demo.workspace.read() as session:
        doc_ids = {f"application_document:{d.document.id}" for d in required if d.document}
        audited = set(
            session.scalars(
                select(AuditEntry.subject).where(AuditEntry.action == "exemption.document_accepted")
            )
        )
        decision = session.scalars(
            select(AuditEntry.actor).where(
                AuditEntry.action == "application.exemption_approved",
                AuditEntry.subject == f"application:{app_id}",
            )
        ).all()
    assert doc_ids <= audited
    assert decision == [demo.registrar.username]


def test_the_stored_files_match_their_checksums(
    demo: Demo, service: ExemptionReviewService
) -> None:
    import hashlib

    app_id = pending_requests(demo.workspace)[-1]
    for doc in service.review(demo.registrar, app_id).documents:
        if doc.document is not None:
            data = service.document_bytes(demo.registrar, app_id, doc.document.id)
            assert hashlib.sha256(data).hexdigest() == doc.document.sha256


def test_an_application_without_an_exemption_request_has_no_review(
    demo: Demo, service: ExemptionReviewService
) -> None:
    with demo.workspace.read() as session:
        app_id = session.scalars(
            select(Application.id).where(Application.exemption_requested.is_(False)).limit(1)
        ).one()
    with pytest.raises(BadInput):
        service.review(demo.registrar, app_id)


@pytest.mark.parametrize("role", ["desk", "ministry", "admin"])
def test_other_roles_are_refused_by_the_service(
    demo: Demo, service: ExemptionReviewService, role: str
) -> None:
    app_id = pending_requests(demo.workspace)[-1]
    actor = demo.actors[role]
    with pytest.raises(PermissionDenied):
        service.review(actor, app_id)
    with pytest.raises(PermissionDenied):
        service.decide(actor, app_id, approved=True, message="x")


def test_an_empty_required_slot_can_be_marked_not_accepted(
    demo: Demo, service: ExemptionReviewService, fresh: Iterator[uuid.UUID]
) -> None:
    app_id = next(fresh)
    review = service.review(demo.registrar, app_id)
    doc = next(d for d in review.documents if d.required and d.document)
    assert doc.document is not None
    # A required file missing from a synced record (the frozen-record guard forbids doing it
    # through the ORM, so straight in the table).
    with demo.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE application_document SET deleted_at = updated_at WHERE id = :id"),
            {"id": doc.document.id.hex},
        )
    empty = next(
        d for d in service.review(demo.registrar, app_id).documents if d.slot_id == doc.slot_id
    )
    assert empty.document is None and empty.state == X.NOT_ANALYSED
    service.set_state(
        demo.registrar,
        app_id,
        slot_id=doc.slot_id,
        document_id=None,
        state=X.NOT_ACCEPTED,
        reason="Sənəd təqdim edilməyib.",
    )
    slot = next(
        s for s in service.review(demo.registrar, app_id).required if s.slot_id == doc.slot_id
    )
    assert slot.decided

"""A confirmed application is frozen: the service layer refuses any change to it or its rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    FeeExemptionRequest,
)
from registrar.models.base import utcnow
from registrar.services.context import Workspace
from registrar.services.errors import Conflict
from registrar.services.intake import ConfirmedApplication
from tests.services.intake_fixtures import (
    EXAMPLES,
    example,
    fresh_workspace,
    import_examples,
    service,
)


@pytest.fixture
def confirmed(tmp_path: Path) -> Iterator[tuple[Workspace, ConfirmedApplication]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    application = service(workspace).intake_record(example("intake-unhcr.json"), EXAMPLES, "Op")
    yield workspace, application
    db.dispose()


Env = tuple[Workspace, ConfirmedApplication]


def test_changing_an_answer_is_refused(confirmed: Env) -> None:
    workspace = confirmed[0]
    with pytest.raises(Conflict), workspace.write() as session:
        answer = session.scalars(
            select(ApplicationAnswer).where(ApplicationAnswer.field_id == "pd.reg_address")
        ).one()
        answer.value = "Başqa ünvan"
    with workspace.read() as session:
        assert (
            session.scalars(
                select(ApplicationAnswer.value).where(
                    ApplicationAnswer.field_id == "pd.reg_address"
                )
            ).one()
            == "Sumqayıt şəhəri, Nümunə küçəsi 4"
        )


def test_adding_an_answer_is_refused(confirmed: Env) -> None:
    workspace, application = confirmed
    with pytest.raises(Conflict), workspace.write() as session:
        session.add(
            ApplicationAnswer(
                id=uuid.uuid4(), application_id=application.id, field_id="fee.notes2", value="x"
            )
        )


def test_deleting_or_tombstoning_a_document_is_refused(confirmed: Env) -> None:
    workspace, _application = confirmed
    with pytest.raises(Conflict), workspace.write() as session:
        document = session.scalars(select(ApplicationDocument)).first()
        session.delete(document)
    with pytest.raises(Conflict), workspace.write() as session:
        document = session.scalars(select(ApplicationDocument)).first()
        assert document is not None
        document.deleted_at = utcnow()


def test_changing_the_application_row_is_refused(confirmed: Env) -> None:
    workspace, application = confirmed
    with pytest.raises(Conflict), workspace.write() as session:
        row = session.get(Application, application.id)
        assert row is not None
        row.snapshot_first_name = "Başqa"


def test_changing_the_fee_exemption_request_is_refused(confirmed: Env) -> None:
    workspace, _application = confirmed
    with pytest.raises(Conflict), workspace.write() as session:
        request = session.scalars(select(FeeExemptionRequest)).one()
        request.notes = "dəyişdi"


def test_bulk_updates_of_the_frozen_tables_are_refused(confirmed: Env) -> None:
    workspace, _application = confirmed
    with pytest.raises(Conflict), workspace.write() as session:
        session.execute(update(ApplicationAnswer).values(value="x"))
    with pytest.raises(Conflict), workspace.write() as session:
        session.execute(update(Application).values(snapshot_first_name="x"))


def test_the_local_queue_columns_and_new_status_events_stay_free(confirmed: Env) -> None:
    workspace, application = confirmed
    with workspace.write() as session:
        row = session.get(Application, application.id)
        assert row is not None
        [submitted] = session.scalars(select(ApplicationEvent)).all()
        session.add(
            ApplicationEvent(
                id=uuid.uuid4(),
                application_id=application.id,
                supersedes=submitted.id,
                kind="review",
                status="UNDER_REVIEW",
                at=submitted.at,
            )
        )
        row.status_cache = "UNDER_REVIEW"
    with workspace.write() as session:
        session.execute(update(Application).values(status_cache="UNDER_REVIEW"))
    view = service(workspace).status(application.id)
    assert view.status_code == "UNDER_REVIEW"


def test_an_application_not_yet_confirmed_can_still_change(confirmed: Env) -> None:
    workspace, application = confirmed
    with workspace.write() as session:
        frozen = session.get(Application, application.id)
        assert frozen is not None
        draft_like = Application(
            id=uuid.uuid4(),
            number=None,
            person_id=frozen.person_id,
            account_id=frozen.account_id,
            snapshot_first_name="A",
            snapshot_last_name="B",
            snapshot_patronymic="",
            snapshot_key_type="unhcr",
            snapshot_key="X",
            status_cache="REJECTED",
        )
        session.add(draft_like)
        session.flush()
        session.add(
            ApplicationAnswer(
                id=uuid.uuid4(), application_id=draft_like.id, field_id="pd.email", value="a@b.az"
            )
        )
        session.flush()
        draft_like.snapshot_first_name = "C"


def test_the_freeze_is_installed_by_the_intake_service_module() -> None:
    from registrar.services import frozen

    assert frozen.installed()


def test_the_stored_example_record_still_matches_its_hash(confirmed: Env) -> None:
    from registrar.services.intake_store import recompute_hash

    workspace, application = confirmed
    with workspace.read() as session:
        assert recompute_hash(session, application.id) == application.data_hash

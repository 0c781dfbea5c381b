"""The retention dialog: a preview first, then a confirmed purge with a reason."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from registrar.models import AuditEntry, Draft
from registrar.services import retention
from registrar.services.context import Actor, Workspace
from registrar.ui.retention_dialog import RetentionDialog
from tests.services.intake_fixtures import fresh_workspace, service

ADMIN = Actor(staff_id=None, username="admin", role="admin")
LONG_AGO = datetime(2020, 1, 10, tzinfo=UTC)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[tuple[Workspace, uuid.UUID]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    draft = service(workspace).start_draft()
    with workspace.write() as session:
        session.execute(update(Draft).where(Draft.id == draft).values(updated_at=LONG_AGO))
    yield workspace, draft
    db.dispose()


Env = tuple[Workspace, uuid.UUID]


def _dialog(qtbot: QtBot, env: Env, answer: bool = True) -> RetentionDialog:
    dialog = RetentionDialog(env[0], ADMIN)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda summary: answer  # type: ignore[method-assign]
    return dialog


def _draft_exists(env: Env) -> bool:
    with env[0].read() as session:
        return session.get(Draft, env[1]) is not None


def test_the_dialog_starts_with_the_configured_period(qtbot: QtBot, workspace: Env) -> None:
    assert _dialog(qtbot, workspace).years.value() == retention.DEFAULT_YEARS


def test_the_purge_button_waits_for_a_preview_and_a_reason(qtbot: QtBot, workspace: Env) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.reason.setText("Kampaniya bağlandı")
    assert not dialog.purge_button.isEnabled()
    dialog.preview_button.click()
    assert dialog.purge_button.isEnabled()


def test_the_preview_shows_the_counts_and_changes_nothing(qtbot: QtBot, workspace: Env) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.preview_button.click()
    assert "Qaralamalar: 1" in dialog.result_label.text()
    assert _draft_exists(workspace)


def test_changing_the_period_after_the_preview_asks_for_a_new_preview(
    qtbot: QtBot, workspace: Env
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.reason.setText("Kampaniya bağlandı")
    dialog.preview_button.click()
    dialog.years.setValue(dialog.years.value() + 1)
    assert not dialog.purge_button.isEnabled()


def test_a_confirmed_purge_deletes_the_old_draft_and_is_audited(
    qtbot: QtBot, workspace: Env
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.reason.setText("Kampaniya bağlandı")
    dialog.preview_button.click()
    dialog.purge_button.click()
    assert dialog.purged and not _draft_exists(workspace)
    with workspace[0].read() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert retention.AUDIT_ACTION in actions


def test_a_purge_the_user_does_not_confirm_changes_nothing(qtbot: QtBot, workspace: Env) -> None:
    dialog = _dialog(qtbot, workspace, answer=False)
    dialog.reason.setText("Kampaniya bağlandı")
    dialog.preview_button.click()
    dialog.purge_button.click()
    assert not dialog.purged and _draft_exists(workspace)


def test_a_role_other_than_admin_sees_the_refusal(qtbot: QtBot, workspace: Env) -> None:
    dialog = RetentionDialog(workspace[0], Actor(staff_id=None, username="d", role="desk"))
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    assert dialog.error.text() and dialog.summary is None

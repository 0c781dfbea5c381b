"""The freeze of confirmed applications (V16): no change to one, its answers or its documents.

Importing this module registers two session hooks, for every session of the process:

- before each flush, a change to a confirmed application (any synced column; the local queue
  columns `status_cache` and `assigned_to` stay free), to an answer, document or fee-exemption
  request of one, a new child row for one, or a delete of any of these raises `Conflict`.
  An application counts as confirmed once a row with `confirmed_at` set is in the database,
  so TƏSDİQ ET adds the application and all its children in one flush.
- a bulk UPDATE or DELETE (`session.execute(update(...))`) on those tables is refused
  outright, since it cannot be checked row by row; only the free columns of `application`
  may be updated in bulk.

Status changes are events (`application_event`), which stay possible. The central PostgreSQL
database has its own trigger.

The one exception is the retention purge (`services.retention`): while a session's info holds
`RETENTION_PURGE`, a row that this flush tombstones (`deleted_at` set) is let through; every
other change to a confirmed application is still refused.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    FeeExemptionRequest,
)
from registrar.services.errors import Conflict

# Proposed by us; needs native review (the spec's warning: P14 review.warning.text).
MSG_FROZEN: Final = "Təsdiq edilmiş müraciətin məlumatları dəyişdirilə bilməz."

RETENTION_PURGE: Final = "registrar.retention_purge"  # session.info key; see services.retention

_CHILDREN: Final = (ApplicationAnswer, ApplicationDocument, FeeExemptionRequest)
_CHILD_TABLES: Final = frozenset(child.__tablename__ for child in _CHILDREN)
_BOOKKEEPING: Final = frozenset({"row_version", "central_version", "updated_at", "origin"})
_APPLICATION_FREE: Final = _BOOKKEEPING | frozenset(
    column.key for column in Application.__table__.columns if not column.info.get("sync", True)
)


def _changed(obj: object) -> set[str]:
    return {attr.key for attr in inspect(obj).attrs if attr.history.has_changes()}


def _application_ids(obj: Any) -> set[uuid.UUID]:
    """The application a child belongs to, and the one it belonged to before this change."""
    history = inspect(obj).attrs.application_id.history
    ids = {value for value in (*history.deleted, *history.unchanged, *history.added) if value}
    if obj.application_id is not None:
        ids.add(obj.application_id)
    return ids


def _purged(session: Session, obj: Any) -> bool:
    """A row the retention purge tombstones in this flush: the freeze's one allowed exception."""
    if session.info.get(RETENTION_PURGE) is not True:
        return False
    history = inspect(obj).attrs.deleted_at.history
    return bool(history.added) and history.added[0] is not None and not any(history.deleted)


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_confirmed(session: Session, _context: Any, _instances: Any) -> None:
    new_applications = {obj.id for obj in session.new if isinstance(obj, Application)}
    suspects: set[uuid.UUID] = set()
    for obj in session.dirty:
        if isinstance(obj, (Application, *_CHILDREN)) and _purged(session, obj):
            continue
        if isinstance(obj, Application):
            if session.is_modified(obj) and _changed(obj) - _APPLICATION_FREE:
                suspects.add(obj.id)
        elif (
            isinstance(obj, _CHILDREN) and session.is_modified(obj) and _changed(obj) - _BOOKKEEPING
        ):
            suspects |= _application_ids(obj)
    for obj in session.deleted:
        if isinstance(obj, Application):
            suspects.add(obj.id)
        elif isinstance(obj, _CHILDREN):
            suspects |= _application_ids(obj)
    for obj in session.new:
        if (
            isinstance(obj, _CHILDREN)
            and obj.application_id is not None
            and obj.application_id not in new_applications
        ):
            suspects.add(obj.application_id)
    if not suspects:
        return
    frozen = session.scalars(
        select(Application.id).where(
            Application.id.in_(suspects), Application.confirmed_at.is_not(None)
        )
    ).first()
    if frozen is not None:
        raise Conflict(MSG_FROZEN, field="application")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in _CHILD_TABLES:
        raise Conflict(MSG_FROZEN, field="application")
    if name != Application.__tablename__:
        return
    if state.is_delete:
        raise Conflict(MSG_FROZEN, field="application")
    columns = {
        getattr(key, "key", str(key)) for key in getattr(state.statement, "_values", None) or {}
    }
    parameters = state.parameters
    rows = parameters if isinstance(parameters, list) else [parameters or {}]
    for row in rows:
        columns |= {str(key) for key in row if key != "id"}
    if not columns or columns - _APPLICATION_FREE:
        raise Conflict(MSG_FROZEN, field="application")


def installed() -> bool:
    """Whether the hooks are registered (they are once this module is imported)."""
    return event.contains(Session, "before_flush", _refuse_changes_to_confirmed)

"""Settling what the centre refused: merge the persons, withdraw, or drop the local change.

A confirmed application is never edited. When its person or portal account was refused
(the same national key or mobile number already at the centre), the registrar either
merges (the same human entered on two workstations: the local person and account become
tombstones merged into the central ones, which every non-frozen reference now follows, and
a `record_merge` row says so) or withdraws it (the refused rows become tombstones and the
application gets a WITHDRAWN event with the reason; the applicant is entered again).
Every path writes an audit entry; tombstones and the new rows sync like any other change.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from registrar.models import ApplicationEvent
from registrar.models.base import utcnow
from registrar.models.sync_meta import RecordMerge
from registrar.services import audit
from registrar.services.context import Actor
from registrar.services.errors import BadInput
from registrar.services.sync import chains, local
from registrar.services.sync.catalog import FROZEN_CHILDREN, FROZEN_PARENT, TableSpec, json_to_raw
from registrar.services.sync.conflicts import (
    SyncIssues,
    affected_applications,
    require_reason,
)

WITHDRAWN = "WITHDRAWN"
MERGE_CODES = frozenset({"national_key_taken", "mobile_taken", "email_taken"})


@dataclass(frozen=True)
class RefusedApplication:
    application_id: uuid.UUID
    code: str
    message: str
    issue_id: uuid.UUID


class Refusals(SyncIssues):
    """Merge, withdraw and discard, on top of the issue list."""

    def refused_applications(self) -> list[RefusedApplication]:
        """Applications marked "refused at sync": their own row, person or account refused."""
        found: list[RefusedApplication] = []
        with self._ws.read() as session:
            connection = session.connection()
            for issue in local.open_issues(connection):
                if issue.kind != local.REFUSED:
                    continue
                _, message = local.reason_code(
                    str(
                        connection.exec_driver_sql(
                            "SELECT reason FROM sync_issue WHERE id = ?", (issue.id.hex,)
                        ).scalar()
                    )
                )
                for app_id in affected_applications(connection, issue.table_name, issue.row_id):
                    found.append(
                        RefusedApplication(uuid.UUID(app_id), issue.code, message, issue.id)
                    )
        return found

    # ----- merge -------------------------------------------------------------------------

    def merge(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> None:
        reason = require_reason(reason)
        with self._write(actor) as (session, connection):
            issue, _ = self._load(connection, issue_id)
            if issue.kind != local.REFUSED or issue.code not in MERGE_CODES:
                raise BadInput("Bu problem birləşdirmə ilə həll edilmir.", field="issue")
            person = self._person_of(connection, issue.table, issue.row_id.hex)
            mine = self._row(connection, "person", person)
            held = self._held(connection)
            twin = next(
                (
                    row
                    for table, row in held
                    if table == "person"
                    and row["national_key_type"] == mine["national_key_type"]
                    and row["national_key"] == mine["national_key"]
                    and row["institution_id"] == mine["institution_id"]
                ),
                None,
            )
            if twin is None:
                raise BadInput(
                    "Mərkəzdə bu şəxsin (eyni FİN ilə) qeydi yoxdur: bu başqa şəxsdir. "
                    "Müraciəti geri götürün və düzgün məlumatla yenidən daxil edin.",
                    field="issue",
                )
            merges: list[tuple[str, str, str]] = [("person", person, str(twin["id"]))]
            twin_accounts = [
                row
                for table, row in held
                if table == "portal_account" and row["person_id"] == twin["id"]
            ]
            for account in self._live(connection, "portal_account", "person_id", person):
                match = next(
                    (
                        row
                        for row in twin_accounts
                        if row["mobile_e164"] == account["mobile_e164"]
                        or row["email"] == account["email"]
                    ),
                    None,
                )
                if match is not None:
                    merges.append(("portal_account", str(account["id"]), str(match["id"])))
            for table, merged_id, _ in merges:
                self._tombstone(connection, table, merged_id)
            for table, row in held:
                if (table, str(row["id"])) in {(t, into) for t, _, into in merges}:
                    self._put_central(connection, table, row)
            for table, merged_id, into in merges:
                self._repoint(connection, table, merged_id, into)
                session.add(
                    RecordMerge(
                        id=uuid.uuid4(),
                        table_name=table,
                        merged_id=uuid.UUID(merged_id),
                        into_id=uuid.UUID(into),
                        reason=reason,
                        actor_id=actor.staff_id,
                        at=utcnow(),
                    )
                )
            session.flush()
            writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
            for table, merged_id, into in merges:
                writer.resolve(table, [merged_id], (local.REFUSED,))
                writer.resolve(table, [into], (local.HELD,))
            writer.resolve_issue(issue.id)
            audit.record(session, actor, "sync.merge", f"person:{uuid.UUID(person)}", reason)

    def _person_of(self, connection: Connection, table: str, row_id: str) -> str:
        if table == "person":
            return row_id
        column = {"portal_account": "person_id", "application": "person_id"}.get(table)
        if column is None:
            raise BadInput("Bu qeyd şəxslə bağlı deyil.", field="issue")
        value = connection.exec_driver_sql(
            f"SELECT {column} FROM {local.q(table)} WHERE id = ?", (row_id,)
        ).scalar()
        if value is None:
            raise BadInput("Bu qeyd şəxslə bağlı deyil.", field="issue")
        return str(value)

    def _spec(self, table: str) -> TableSpec:
        return self._catalog[table]

    def _row(self, connection: Connection, table: str, row_id: str) -> dict[str, Any]:
        return self._current(connection, self._spec(table), row_id)

    def _live(
        self, connection: Connection, table: str, column: str, value: str
    ) -> list[dict[str, Any]]:
        ids = connection.exec_driver_sql(
            f"SELECT id FROM {local.q(table)} WHERE {local.q(column)} = ? AND deleted_at IS NULL",
            (value,),
        ).fetchall()
        return [self._row(connection, table, str(r[0])) for r in ids]

    def _held(self, connection: Connection) -> list[tuple[str, dict[str, Any]]]:
        rows = connection.exec_driver_sql(
            "SELECT table_name, central_json FROM sync_issue WHERE kind = ? "
            "AND resolved_at IS NULL AND central_json IS NOT NULL",
            (local.HELD,),
        ).fetchall()
        return [(str(t), json_to_raw(str(j))) for t, j in rows]

    def _tombstone(self, connection: Connection, table: str, row_id: str) -> None:
        now = local.now_raw()
        connection.exec_driver_sql(
            f"UPDATE {local.q(table)} SET deleted_at = coalesce(deleted_at, ?), "
            "row_version = row_version + 1, updated_at = ?, origin = ? WHERE id = ?",
            (now, now, self._ws.origin, row_id),
        )

    def _put_central(self, connection: Connection, table: str, row: dict[str, Any]) -> None:
        """Write a held central row here as the centre has it."""
        spec = self._spec(table)
        columns = list(spec.sent_columns)
        exists = connection.exec_driver_sql(
            f"SELECT 1 FROM {local.q(table)} WHERE id = ?", (row["id"],)
        ).first()
        if exists:
            sets = ", ".join(f"{local.q(c)} = ?" for c in columns[1:])
            statement = f"UPDATE {local.q(table)} SET {sets}, central_version = ? WHERE id = ?"
            params: tuple[Any, ...] = (
                *[row.get(c) for c in columns[1:]],
                row["row_version"],
                row["id"],
            )
        else:
            names = [*columns, "central_version", *(n for n, _ in spec.local_defaults)]
            statement = (
                f"INSERT INTO {local.q(table)} ({', '.join(local.q(n) for n in names)}) "
                f"VALUES ({local.marks(len(names))})"
            )
            params = (
                *[row.get(c) for c in columns],
                row["row_version"],
                *(v for _, v in spec.local_defaults),
            )
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(statement, params)
        except IntegrityError:
            raise BadInput(
                "Mərkəzdəki qeyd burada başqa qeydlə toqquşur; əvvəlcə o problemi həll edin.",
                field="issue",
            ) from None

    def _repoint(self, connection: Connection, table: str, merged: str, into: str) -> None:
        """Every live, changeable reference to the merged row now names the surviving one."""
        now = local.now_raw()
        for child, column in self._catalog.children_of(table):
            if child.append_only or child.name == FROZEN_PARENT or child.name in FROZEN_CHILDREN:
                continue  # events and frozen records keep what they recorded
            connection.exec_driver_sql(
                f"UPDATE {local.q(child.name)} SET {local.q(column)} = ?, "
                "row_version = row_version + 1, updated_at = ?, origin = ? "
                f"WHERE {local.q(column)} = ? AND deleted_at IS NULL",
                (into, now, self._ws.origin, merged),
            )

    # ----- withdraw ----------------------------------------------------------------------

    def withdraw(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> list[uuid.UUID]:
        """Withdraw every application the refusal holds back; returns their ids."""
        reason = require_reason(reason)
        with self._write(actor) as (session, connection):
            issue, _ = self._load(connection, issue_id)
            if issue.kind != local.REFUSED or issue.code not in MERGE_CODES:
                raise BadInput("Bu problem geri götürmə ilə həll edilmir.", field="issue")
            row_id = issue.row_id.hex
            applications = affected_applications(connection, issue.table, row_id)
            refused = {
                (i.table_name, i.row_id)
                for i in local.open_issues(connection)
                if i.kind == local.REFUSED and i.code in MERGE_CODES
            }
            roots = {(issue.table, row_id)}
            for app_id in applications:
                person, account = connection.exec_driver_sql(
                    "SELECT person_id, account_id FROM application WHERE id = ?", (app_id,)
                ).one()
                roots |= {("person", str(person)), ("portal_account", str(account))} & refused
            for table, root in list(roots):
                if table == "person":
                    roots |= {
                        ("portal_account", str(a["id"]))
                        for a in self._live(connection, "portal_account", "person_id", root)
                    }
            for table, root in sorted(roots):
                self._tombstone(connection, table, root)
            withdrawn = []
            for app_id in applications:
                self._withdraw_application(session, connection, app_id, actor, reason)
                withdrawn.append(uuid.UUID(app_id))
            writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
            for table, root in roots:
                writer.resolve(table, [root], (local.REFUSED,))
            writer.resolve_issue(issue.id)
            return withdrawn

    def _withdraw_application(
        self, session: Session, connection: Connection, app_id: str, actor: Actor, reason: str
    ) -> None:
        spec = self._spec("application_event")
        key = (("application_id", app_id),)
        heads = chains.heads_of(connection, spec, key)
        statuses = {
            connection.exec_driver_sql(
                "SELECT status FROM application_event WHERE id = ?", (head,)
            ).scalar()
            for head in heads
        }
        if statuses == {WITHDRAWN}:
            return
        event = ApplicationEvent(
            id=uuid.uuid4(),
            application_id=uuid.UUID(app_id),
            supersedes=uuid.UUID(heads[-1]) if heads else None,
            kind="withdrawn",
            status=WITHDRAWN,
            reason=reason,
            actor_id=actor.staff_id,
            at=utcnow(),
            payload_json=json.dumps(
                {chains.ALSO_SUPERSEDES: [str(uuid.UUID(h)) for h in heads[:-1]]}
            )
            if len(heads) > 1
            else None,
        )
        session.add(event)
        session.flush()
        connection.exec_driver_sql(
            "UPDATE application SET status_cache = ? WHERE id = ?", (WITHDRAWN, app_id)
        )
        audit.record(session, actor, "sync.withdraw", f"application:{uuid.UUID(app_id)}", reason)

    # ----- discard -----------------------------------------------------------------------

    def discard(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> None:
        """Drop a refused local change: the next sync takes the central row back (or, for a
        row the centre never had, keeps it here as a tombstone that is not sent)."""
        reason = require_reason(reason)
        with self._write(actor) as (session, connection):
            issue, row = self._load(connection, issue_id)
            if issue.kind != local.REFUSED or "discard" not in issue.actions:
                raise BadInput("Bu dəyişiklik atıla bilməz.", field="issue")
            writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
            writer.resolve_issue(issue.id)
            writer.record(
                local.REFETCH,
                issue.table,
                issue.row_id.hex,
                "refetch",
                "Mərkəzdəki versiya növbəti sinxronlaşdırmada götürüləcək.",
                local_json=row[6],
            )
            audit.record(session, actor, "sync.discard", f"{issue.table}:{issue.row_id}", reason)

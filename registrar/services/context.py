"""Who acts and where: the actor passed to services, and the session factory with its context."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from registrar.services.database import SessionContext
from registrar.services.integrity import as_conflict

ROLES = ("desk", "registrar", "ministry", "admin")


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member (or `system` for automatic work)."""

    staff_id: uuid.UUID | None
    username: str
    role: str

    @property
    def label(self) -> str:
        return self.username


SYSTEM = Actor(staff_id=None, username="system", role="admin")


@dataclass(frozen=True)
class Workspace:
    """Sessions that know the workstation's origin and the institution that owns new rows.

    `read()` sessions begin deferred; `write()` sessions take SQLite's write lock at BEGIN, so
    read-then-write work (numbers, audit chains) is serialised across processes on one file.
    """

    engine: Engine
    origin: str
    institution_id: uuid.UUID
    series: str
    institution_code: str
    demo: bool = False

    def _factory(self, immediate: bool) -> sessionmaker[Session]:
        bind = self.engine.execution_options(sqlite_begin="IMMEDIATE") if immediate else self.engine
        return sessionmaker(
            bind=bind,
            expire_on_commit=False,
            info={
                SessionContext.ORIGIN: self.origin,
                SessionContext.INSTITUTION: self.institution_id,
            },
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error.

        A unique-index violation becomes a Conflict that names the field.
        """
        try:
            with self._factory(True).begin() as session:
                yield session
        except IntegrityError as error:
            raise as_conflict(error) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory(False)() as session:
            yield session

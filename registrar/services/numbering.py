"""Register numbers `INST/YEAR[/KIND]/SERIES-NNNN`: gapless per series, never reused.

Each workstation has its own series, so offline desks never collide and the centre never
renumbers anything. The counter row is read and bumped inside the caller's write transaction,
which holds SQLite's write lock from BEGIN: two processes on one file get consecutive numbers.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import NumberCounter


def next_value(session: Session, series: str, kind: str, year: int) -> int:
    counter = session.scalars(
        select(NumberCounter).where(
            NumberCounter.series == series,
            NumberCounter.kind == kind,
            NumberCounter.year == year,
            NumberCounter.deleted_at.is_(None),
        )
    ).first()
    if counter is None:
        counter = NumberCounter(id=uuid.uuid4(), series=series, kind=kind, year=year, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return counter.last


def format_number(institution: str, year: int, kind: str | None, series: str, value: int) -> str:
    middle = f"{year}/{kind}" if kind else f"{year}"
    return f"{institution}/{middle}/{series}-{value:04d}"


def issue_number(
    session: Session, *, institution: str, series: str, year: int, kind: str | None
) -> str:
    """The next number of a register; `kind=None` is the applications register."""
    value = next_value(session, series, kind or "APP", year)
    return format_number(institution, year, kind, series, value)

"""Minimum passing scores from the local database, for cases that do not carry one (2.3, A-10)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from registrar.models import Institution, MinPassingScore

log = logging.getLogger(__name__)

Lookup = Callable[[Mapping[str, Any], Mapping[str, Any], str | None, str | None, int], float | None]


def lookup_in(engine: Engine) -> Lookup:
    """A lookup over the imported DİM minimums (A-10: fee-paying places, same form of study).

    The HEI is found by its `code` when the case gives one, else by its Azerbaijani name. When
    several language sections have a minimum, the Azerbaijani section's is used; with none of
    those and more than one other, the minimum is unknown (the engine then flags A-10).
    """

    def lookup(
        hei: Mapping[str, Any],
        specialty: Mapping[str, Any],
        specialisation: str | None,
        form: str | None,
        year: int,
    ) -> float | None:
        code, name = hei.get("code"), hei.get("name")
        specialty_code = specialty.get("code")
        if not specialty_code or not (code or name):
            return None
        with Session(engine) as session:
            target = session.scalars(
                select(Institution.id).where(
                    Institution.deleted_at.is_(None),
                    or_(Institution.code == code, Institution.name_az == name),
                )
            ).first()
            if target is None:
                return None
            query = select(MinPassingScore.language, MinPassingScore.score).where(
                MinPassingScore.deleted_at.is_(None),
                MinPassingScore.target_institution_id == target,
                MinPassingScore.specialty_code == str(specialty_code),
                MinPassingScore.specialisation == (specialisation or ""),
                MinPassingScore.year == year,
                MinPassingScore.basis == "fee_paying",
            )
            if form:
                query = query.where(MinPassingScore.form == form)
            rows = session.execute(query).all()
        by_language = {row.language: row.score for row in rows}
        if "az" in by_language:
            return float(by_language["az"])
        if len(by_language) == 1:
            return float(next(iter(by_language.values())))
        return None

    return lookup


def database_lookup() -> Lookup:
    """The lookup over the local database the command line would open; unknown when none."""
    from registrar.paths import default_db_path
    from registrar.services.credentials import KeyringStore, database_key
    from registrar.services.errors import RegistrarError
    from registrar.services.workspace import open_local

    env = os.environ.get("REGISTRAR_DB")
    path = Path(env) if env else default_db_path()
    if not path.exists():
        log.info("no local database: minimum passing scores are unknown")
        return lambda *_args: None
    try:
        db = open_local(path, database_key(KeyringStore(), create=False), create=False)
    except RegistrarError as error:
        log.warning("minimum passing scores unavailable: %s", error.code)
        return lambda *_args: None
    return lookup_in(db.engine)

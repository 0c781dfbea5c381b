"""Whether a national key or a mobile number is taken elsewhere: the centre says only that.

The centre's function `registrar_sync.availability` runs with the owner's rights and answers
"taken" or "free", never whose or where, so an institution learns nothing else about rows it
may not read. A national key is "taken" when a person with it is known at another
institution; a mobile number when a live portal account uses it for another person (another
national key), anywhere.
"""

from __future__ import annotations

from typing import Literal

from registrar.services.errors import BadInput
from registrar.services.sync.connection import CentralTarget, central_errors, connect

Answer = Literal["taken", "free"]
KEY_TYPES = frozenset({"fin", "migration_fin", "unhcr"})


def national_key(target: CentralTarget, key_type: str, key: str) -> Answer:
    if key_type not in KEY_TYPES:
        raise BadInput(f"Unknown national key type '{key_type}'.", field="reg.key_type")
    return _ask(target, "national_key", key, key_type, None)


def mobile(target: CentralTarget, mobile_e164: str, owner: tuple[str, str] | None = None) -> Answer:
    """`owner` (key type, key): the applicant the number is for, so their own use is free."""
    key_type, key = owner if owner else (None, None)
    return _ask(target, "mobile", mobile_e164, key_type, key)


def _ask(
    target: CentralTarget, kind: str, value: str, key_type: str | None, key: str | None
) -> Answer:
    connection = connect(target)
    try:
        with central_errors(target):
            row = connection.execute(
                "SELECT registrar_sync.availability(%s, %s, %s, %s)", (kind, value, key_type, key)
            ).fetchone()
    finally:
        connection.close()
    return "taken" if row and row[0] == "taken" else "free"

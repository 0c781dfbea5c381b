"""Turn database integrity errors into messages that name the field, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

from registrar.services.errors import Conflict

# unique index -> (field id, message). SQLite names the columns, PostgreSQL the index.
UNIQUE_FIELDS: dict[str, tuple[str, str]] = {
    "uq_portal_account_mobile": (
        "mob.number",
        "Bu mobil nömrə artıq başqa müraciətçi tərəfindən istifadə olunur.",  # proposed string
    ),
    "uq_portal_account_email": ("em.email", "Bu elektron poçt ünvanı artıq istifadə olunur."),
    "uq_person_national_key": ("reg.fin", "Bu şəxs artıq qeydiyyatdadır."),
    "uq_application_number": ("number", "Bu nömrə artıq verilib."),
    "uq_student_number": ("student_number", "Bu tələbə nömrəsi artıq mövcuddur."),
    "uq_staff_username": ("username", "Bu istifadəçi adı artıq mövcuddur."),
    "uq_institution_code": ("code", "Bu kod artıq mövcuddur."),
}

_COLUMNS: dict[tuple[str, frozenset[str]], str] = {
    ("portal_account", frozenset({"institution_id", "mobile_e164"})): "uq_portal_account_mobile",
    ("portal_account", frozenset({"institution_id", "email"})): "uq_portal_account_email",
    (
        "person",
        frozenset({"institution_id", "national_key_type", "national_key"}),
    ): "uq_person_national_key",
    ("application", frozenset({"institution_id", "number"})): "uq_application_number",
    ("student", frozenset({"institution_id", "student_number"})): "uq_student_number",
    ("staff", frozenset({"institution_id", "username"})): "uq_staff_username",
    ("institution", frozenset({"code"})): "uq_institution_code",
}


def index_name(error: IntegrityError) -> str | None:
    text = str(error.orig)
    for name in UNIQUE_FIELDS:
        if name in text:
            return name
    match = re.search(r"UNIQUE constraint failed: ([\w., ]+)", text)
    if match:
        pairs = [item.strip().split(".", 1) for item in match.group(1).split(",")]
        table = pairs[0][0]
        columns = frozenset(pair[1] for pair in pairs if len(pair) == 2)
        if (table, columns) in _COLUMNS:
            return _COLUMNS[(table, columns)]
        return f"{table}({', '.join(sorted(columns))})"
    match = re.search(r'constraint "(\w+)"', text)
    return match.group(1) if match else None


def as_conflict(error: IntegrityError) -> Conflict:
    """A Conflict naming the field; never echoes the values (they may be personal data)."""
    name = index_name(error)
    if name in UNIQUE_FIELDS:
        field, message = UNIQUE_FIELDS[name]
        return Conflict(message, field=field)
    if "FOREIGN KEY" in str(error.orig) or "foreign key" in str(error.orig):
        return Conflict("A referenced record does not exist.", field=name)
    return Conflict(
        f"The change collides with an existing record ({name or 'unique rule'}).", field=name
    )

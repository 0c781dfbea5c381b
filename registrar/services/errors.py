"""Errors a user can act on; each carries the command-line exit code it maps to."""

from __future__ import annotations

from typing import Any


class RegistrarError(Exception):
    """Something the user can fix. The UI shows `str(error)`; the CLI prints `as_json()`.

    Any other exception is a bug (exit 70).
    """

    exit_code = 2
    code = "bad_input"

    def __init__(self, message: str, *, field: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.line = line

    def as_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            error["field"] = self.field
        if self.line is not None:
            error["line"] = self.line
        return {"error": error}


class BadInput(RegistrarError):
    """Input that fails validation (exit 2); names the field or line."""


class CheckFailed(RegistrarError):
    """A check ran and found a problem, such as a broken audit chain (exit 1)."""

    exit_code = 1
    code = "check_failed"


class Unavailable(RegistrarError):
    """Something needed is unavailable: central database, database lock, key (exit 3)."""

    exit_code = 3
    code = "unavailable"


class NotFound(BadInput):
    """A referenced record does not exist (exit 2)."""

    code = "not_found"


class PermissionDenied(RegistrarError):
    """The signed-in staff member's role does not allow the action (exit 2)."""

    code = "permission_denied"


class Conflict(RegistrarError):
    """The change collides with existing data: a duplicate, a frozen record, a forked chain."""

    code = "conflict"


class ValidationErrors(BadInput):
    """Several field problems at once; `errors` lists each with its field id."""

    code = "validation"

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        first = errors[0]["message"] if errors else "invalid input"
        super().__init__(first)
        self.errors = errors

    def as_json(self) -> dict[str, Any]:
        return {"errors": self.errors}

"""Row-by-row imports: typed cells, per-row errors that keep the good rows, dry runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from registrar.services.tabular import RowError, TableRow

# Messages (proposed by us; need native review).
MSG_REQUIRED: Final = "Xana boş ola bilməz."
MSG_ONE_OF: Final = "Qiymət bunlardan biri olmalıdır: {values}."
MSG_NUMBER: Final = "Rəqəm olmalıdır."
MSG_DATE: Final = "Tarix YYYY-AA-GG formatında olmalıdır."
MSG_FLAG: Final = "«bəli» / «xeyr» (və ya true / false) olmalıdır."


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows added, rows already present (left as they are), bad rows."""

    created: int
    unchanged: int
    errors: tuple[RowError, ...]

    def as_json(self) -> dict[str, Any]:
        """The shared import output: {"imported", "unchanged", "errors"}."""
        return {
            "imported": self.created,
            "unchanged": self.unchanged,
            "errors": [error.as_json() for error in self.errors],
        }


class DryRun(Exception):
    """Raised inside a write transaction to roll a dry run back, carrying its report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def finish(
    created: int, unchanged: int, errors: Sequence[RowError], *, dry_run: bool
) -> ImportReport:
    """The report, sorted by line; on a dry run raises DryRun so the transaction rolls back."""
    report = ImportReport(created, unchanged, tuple(sorted(errors, key=_line)))
    if dry_run:
        raise DryRun(report)
    return report


class RowProblem(Exception):
    """One cell of an import row is wrong (kept as a RowError; the other rows go on)."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class Cells:
    """Typed access to one import row's cells; a bad cell raises RowProblem naming its column."""

    def __init__(self, row: TableRow) -> None:
        self.row = row

    def text(self, column: str, *, optional: bool = False) -> str:
        value = self.row.values.get(column, "").strip()
        if not value and not optional:
            raise RowProblem(column, MSG_REQUIRED)
        return value

    def one_of(self, column: str, allowed: Sequence[str], default: str | None = None) -> str:
        value = self.text(column, optional=default is not None) or (default or "")
        if value not in allowed:
            raise RowProblem(column, MSG_ONE_OF.format(values=", ".join(allowed)))
        return value

    def number(self, column: str, *, optional: bool = False) -> float | None:
        value = self.text(column, optional=optional).replace(",", ".")
        if not value:
            return None
        try:
            return float(value)
        except ValueError:
            raise RowProblem(column, MSG_NUMBER) from None

    def integer(self, column: str, *, optional: bool = False) -> int | None:
        value = self.number(column, optional=optional)
        if value is None:
            return None
        if value != int(value):
            raise RowProblem(column, MSG_NUMBER)
        return int(value)

    def day(self, column: str) -> date | None:
        value = self.text(column, optional=True)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise RowProblem(column, MSG_DATE) from None

    def flag(self, column: str) -> bool:
        value = self.text(column, optional=True).lower()
        if value in ("", "false", "0", "xeyr", "no"):
            return False
        if value in ("true", "1", "bəli", "beli", "yes"):
            return True
        raise RowProblem(column, MSG_FLAG)


def run_rows(
    rows: Sequence[TableRow], handle: Callable[[Cells], bool]
) -> tuple[int, int, list[RowError]]:
    """Apply `handle` to each row (True: created, False: already there); collect row errors."""
    created = unchanged = 0
    errors: list[RowError] = []
    for row in rows:
        try:
            if handle(Cells(row)):
                created += 1
            else:
                unchanged += 1
        except RowProblem as problem:
            errors.append(RowError(row.line, problem.column, problem.message))
    return created, unchanged, errors


def _line(error: RowError) -> int:
    return error.line

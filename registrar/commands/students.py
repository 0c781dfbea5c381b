"""`registrar import students|study-records|curriculum FILE`: the student register's imports.

The intake helper's `registrar.commands.imports` owns the `import` group; it calls
`register_import_commands(kinds)` with its sub-parsers. Output as every import:
{"imported": n, "unchanged": n, "errors": [{"line", "field", "message"}]}, exit 2 when a row
was refused (the good rows are kept), `--dry-run` to check a file without writing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from registrar.services.context import Actor, Workspace
    from registrar.services.row_import import ImportReport


def register_import_commands(kinds: Any) -> None:
    """Add the three kinds to `registrar import`."""
    for name, help_text, handler in (
        ("students", "the student register (template: examples/students.csv)", _students),
        (
            "study-records",
            "students' course results (template: examples/study-records.csv)",
            _study_records,
        ),
        ("curriculum", "specialty curricula (template: examples/curriculum.csv)", _curriculum),
    ):
        parser = kinds.add_parser(
            name,
            help=help_text,
            description=f"Imports {help_text} from CSV (UTF-8) or XLSX. Re-importing a file "
            "changes nothing; refused rows are listed by line and column and the others kept.",
        )
        parser.add_argument("file", metavar="FILE", help="CSV (UTF-8) or XLSX file")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report; change nothing"
        )
        parser.add_argument(
            "--operator", default="", help="who runs the import (recorded in the audit log)"
        )
        parser.set_defaults(handler=handler)


def _actor(args: argparse.Namespace) -> Actor:
    from registrar.services.context import Actor

    operator = (getattr(args, "operator", "") or "").strip()
    name = f"cli:{operator}"[:100] if operator else "cli"
    return Actor(staff_id=None, username=name, role="registrar")


def _run(args: argparse.Namespace, work: Any) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.errors import BadInput
    from registrar.services.tabular import MAX_BYTES

    path = Path(args.file)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise BadInput(
            f"{path.name}: the file cannot be read ({type(error).__name__}).", field="file"
        ) from None
    db, workspace = open_workspace(args)
    try:
        report: ImportReport = work(workspace, _actor(args), data, bool(args.dry_run))
    finally:
        db.dispose()
    emit(report.as_json())
    return 2 if report.errors else 0


def _students(args: argparse.Namespace) -> int:
    def work(workspace: Workspace, actor: Actor, data: bytes, dry: bool) -> ImportReport:
        from registrar.services.students import StudentRegister

        return StudentRegister(workspace, actor).import_students(data, dry_run=dry)

    return _run(args, work)


def _study_records(args: argparse.Namespace) -> int:
    def work(workspace: Workspace, actor: Actor, data: bytes, dry: bool) -> ImportReport:
        from registrar.services.students import StudentRegister

        return StudentRegister(workspace, actor).import_study_records(data, dry_run=dry)

    return _run(args, work)


def _curriculum(args: argparse.Namespace) -> int:
    def work(workspace: Workspace, actor: Actor, data: bytes, dry: bool) -> ImportReport:
        from registrar.services.curriculum import import_curriculum

        return import_curriculum(workspace, actor, data, dry_run=dry)

    return _run(args, work)

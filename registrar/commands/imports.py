"""`registrar import KIND FILE`: data imports from CSV or XLSX (admission lists so far).

Each kind is a sub-command of `import` sharing the same output: {"imported": n,
"unchanged": n, "errors": [{"line", "field", "message"}]}, exit 2 when any row was refused
(the good rows are kept), `--dry-run` to check a file without writing. Later kinds
(students, curriculum) add a parser in `register` and a handler like `_admission_list`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    imports = subparsers.add_parser("import", help="import a CSV or XLSX file")
    kinds = imports.add_subparsers(dest="import_kind", metavar="KIND")
    admission = kinds.add_parser(
        "admission-list",
        help="a DİM admission list (template: docs/intake.md)",
        description="Imports a DİM admission list (CSV UTF-8 or XLSX) into this institution's "
        "lists, which the identity check (YOXLA) and P12 read. Re-importing a file changes "
        "nothing; refused rows are listed by line and column and the others are kept.",
    )
    _add_file_arguments(admission)
    admission.set_defaults(handler=_admission_list)

    from registrar.commands.students import register_import_commands

    register_import_commands(kinds)  # students, study-records, curriculum


def _add_file_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="CSV (UTF-8) or XLSX file")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and report; change nothing"
    )


def _read(path: Path) -> bytes:
    from registrar.services.errors import BadInput
    from registrar.services.tabular import MAX_BYTES

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise BadInput(
            f"{path.name}: the file cannot be read ({type(error).__name__}).", field="file"
        ) from None
    return data


def _admission_list(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.admission_import import AdmissionListImporter
    from registrar.services.context import Actor
    from registrar.services.reference import ReferenceData

    path = Path(args.file)
    data = _read(path)
    reference = ReferenceData.load()
    db, workspace = open_workspace(args)
    try:
        actor = Actor(staff_id=None, username="cli", role="registrar")
        importer = AdmissionListImporter(workspace, reference, actor)
        result = importer.run(data, path.name, dry_run=bool(args.dry_run))
    finally:
        db.dispose()
    emit(result.as_json())
    return 2 if result.errors else 0

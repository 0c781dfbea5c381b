"""`registrar intake FILE.json`: headless intake of one application, with the wizard's checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

MAX_RECORD_BYTES = 2 * 1024 * 1024


def register(subparsers: Any) -> None:
    intake = subparsers.add_parser(
        "intake",
        help="store a confirmed application from a JSON file (headless intake)",
        description="Reads one application keyed by the spec's field ids (docs/intake.md), runs "
        "the wizard's validation and stores it confirmed. Prints {application_id, number}, or "
        "exits 2 with {errors: [{field, message}]} listing every problem.",
    )
    intake.add_argument("file", nargs="?", metavar="FILE.json", help="the application record")
    intake.add_argument(
        "--operator",
        metavar="NAME",
        help='the staff member who confirmed the mobile number in person ("mob.confirmed_by": '
        '"in_person")',
    )
    intake.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of the record and exit"
    )
    intake.set_defaults(handler=_intake)


def _intake(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.services.errors import BadInput
    from registrar.services.reference import ReferenceData

    reference = ReferenceData.load()
    if args.schema:
        from registrar.services.intake_headless import intake_schema

        emit(intake_schema(reference))
        return 0
    if not args.file:
        raise BadInput("Give the application file (FILE.json) or --schema.", field="file")
    path = Path(args.file)
    record = read_record(path)

    from registrar.commands.common import open_workspace
    from registrar.services.context import Actor
    from registrar.services.intake import IntakeService

    operator = (args.operator or "").strip()
    actor = Actor(
        staff_id=None, username=f"cli:{operator}"[:100] if operator else "cli", role="desk"
    )
    db, workspace = open_workspace(args)
    try:
        service = IntakeService(workspace, reference, actor)
        confirmed = service.intake_record(record, path.resolve().parent, operator)
    finally:
        db.dispose()
    emit({"application_id": str(confirmed.id), "number": confirmed.number})
    return 0


def read_record(path: Path) -> Any:
    """The JSON value in `path`; BadInput naming the file (and line) when it is not one."""
    import json

    from registrar.services.errors import BadInput

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as error:
        raise BadInput(
            f"{path.name}: the file cannot be read ({type(error).__name__}).", field="file"
        ) from None
    if len(data) > MAX_RECORD_BYTES:
        raise BadInput(f"{path.name}: the file is larger than 2 MB.", field="file")

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise BadInput(f"{path.name}: the key '{key[:64]}' appears twice.", field=key[:64])
            result[key] = value
        return result

    try:
        return json.loads(data.decode("utf-8-sig"), object_pairs_hook=unique_keys)
    except UnicodeDecodeError:
        raise BadInput(f"{path.name}: the file is not UTF-8 text.", field="file") from None
    except json.JSONDecodeError as error:
        raise BadInput(
            f"{path.name}, line {error.lineno}: not valid JSON ({error.msg}).",
            field="file",
            line=error.lineno,
        ) from None
    except RecursionError:
        raise BadInput(f"{path.name}: the JSON is nested too deeply.", field="file") from None

"""`registrar letters kinds|render|sample|batch|transcript|cancel|letterhead`: printed documents."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from registrar.services.context import Actor

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    letters = subparsers.add_parser("letters", help="printed documents: orders, letters, receipts")
    actions = letters.add_subparsers(dest="letters_command", metavar="ACTION")

    kinds = actions.add_parser("kinds", help="list the document kinds (id and Azerbaijani title)")
    kinds.set_defaults(handler=_kinds)

    render = actions.add_parser(
        "render",
        help="issue one document from the database (new register number and code) to a PDF",
        description="Gathers the kind's data from the record (application, student or order "
        "id), takes the next register number, and writes the PDF. Values the database does "
        "not hold can be given with --set name=value (dates as YYYY-MM-DD).",
    )
    render.add_argument("kind", metavar="KIND")
    render.add_argument("--id", required=True, metavar="ID", help="the record's id (UUID)")
    render.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    render.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    _operator(render)
    render.set_defaults(handler=_render)

    sample = actions.add_parser(
        "sample", help="render a kind from demo data (marked NÜMUNƏ / DEMO), no database"
    )
    sample.add_argument("kind", metavar="KIND")
    sample.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sample.add_argument("--template", metavar="FILE", help="an edited template to render")
    sample.set_defaults(handler=_sample)

    batch = actions.add_parser(
        "batch", help="issue one document per record id into one PDF (all or nothing)"
    )
    batch.add_argument("kind", metavar="KIND")
    batch.add_argument(
        "--ids-from", required=True, metavar="FILE", help="record ids, one per line (- = stdin)"
    )
    batch.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    _operator(batch)
    batch.set_defaults(handler=_batch)

    transcript = actions.add_parser(
        "transcript",
        help="issue a student's transcript on the Ministry's blank (print at 100 %%)",
    )
    transcript.add_argument("--id", required=True, metavar="ID", help="the student's id (UUID)")
    transcript.add_argument("--serial", required=True, help="the blank's pre-printed serial")
    transcript.add_argument("--edition", default="mse-transcript-a4-draft")
    transcript.add_argument("--printer", default="", help="apply this printer's saved offsets")
    transcript.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _operator(transcript)
    transcript.set_defaults(handler=_transcript)

    cancel = actions.add_parser("cancel", help="cancel an issued document (it keeps its number)")
    cancel.add_argument("number", metavar="NUMBER", help="the document's register number")
    cancel.add_argument("--reason", required=True)
    _operator(cancel)
    cancel.set_defaults(handler=_cancel)

    head = actions.add_parser("letterhead", help="show or set the letterhead and signatory")
    head.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="letterhead_name, letterhead_address, letterhead_city, letterhead_parent_body, "
        "letterhead_contact, letterhead_logo, signatory_name, signatory_title",
    )
    _operator(head)
    head.set_defaults(handler=_letterhead)


def _operator(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--operator", default="", help="who acts (recorded in the audit log)")


def _actor(args: argparse.Namespace) -> Actor:
    from registrar.services.context import Actor

    operator = (getattr(args, "operator", "") or "").strip()
    name = f"cli:{operator}"[:100] if operator else "cli"
    return Actor(staff_id=None, username=name, role="registrar")


def _kinds(args: argparse.Namespace) -> int:
    from registrar.services.letters import KINDS

    # One line per kind, id then Azerbaijani title (the documented format, for scripts).
    sys.stdout.write("".join(f"{kind.id}\t{kind.title_az}\n" for kind in KINDS))
    return 0


def _write(path: str, data: bytes) -> str:
    from registrar.services.errors import BadInput

    target = Path(path)
    try:
        target.write_bytes(data)
    except OSError as error:
        raise BadInput(f"Cannot write {path}: {error.strerror}.", field="output") from error
    return str(target)


def _uuid(text: str, field: str, line: int | None = None) -> Any:
    import uuid

    from registrar.services.errors import BadInput

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise BadInput(f"'{text.strip()}' is not a record id.", field=field, line=line) from None


def parse_sets(pairs: list[str]) -> dict[str, Any]:
    """`name=value` pairs; a value shaped YYYY-MM-DD is a date."""
    import re
    from datetime import date

    from registrar.services.errors import BadInput

    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise BadInput(f"'{pair}' is not NAME=VALUE.", field="set")
        text = value.strip()
        out[name.strip()] = (
            date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text
        )
    return out


def _render(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.documents import DocumentService

    extra = parse_sets(args.set)
    subject = _uuid(args.id, "id")
    db, workspace = open_workspace(args)
    try:
        issued = DocumentService(workspace, _actor(args)).issue(args.kind, subject, extra=extra)
    finally:
        db.dispose()
    path = _write(args.output, issued.pdf)
    emit({**issued.document.as_json(), "code": issued.code, "file": path, "bytes": len(issued.pdf)})
    return 0


def _sample(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.services.errors import BadInput
    from registrar.services.letters import get_kind
    from registrar.services.letters.samples import render_preview

    get_kind(args.kind)
    template = None
    if args.template:
        try:
            template = Path(args.template).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BadInput(f"Cannot read {args.template}: {error}.", field="template") from error
    pdf = render_preview(args.kind, template)
    emit({"kind": args.kind, "file": _write(args.output, pdf), "bytes": len(pdf), "demo": True})
    return 0


def _batch(args: argparse.Namespace) -> int:
    import sys

    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.documents import DocumentService
    from registrar.services.errors import BadInput

    try:
        if args.ids_from == "-":
            text = sys.stdin.read()
        else:
            text = Path(args.ids_from).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"Cannot read {args.ids_from}: {error}.", field="ids_from") from error
    ids = [
        _uuid(line, "ids_from", number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    db, workspace = open_workspace(args)
    try:
        views, pdf = DocumentService(workspace, _actor(args)).issue_batch(args.kind, ids)
    finally:
        db.dispose()
    path = _write(args.output, pdf)
    emit(
        {
            "kind": args.kind,
            "count": len(views),
            "first": views[0].number,
            "last": views[-1].number,
            "file": path,
            "bytes": len(pdf),
        }
    )
    return 0


def _transcript(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.documents import DocumentService

    subject = _uuid(args.id, "id")
    db, workspace = open_workspace(args)
    try:
        issued = DocumentService(workspace, _actor(args)).issue_transcript(
            subject, blank_serial=args.serial, edition=args.edition, printer=args.printer
        )
    finally:
        db.dispose()
    path = _write(args.output, issued.pdf)
    emit({**issued.document.as_json(), "code": issued.code, "file": path, "bytes": len(issued.pdf)})
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.models import IssuedDocument
    from registrar.services.documents import DocumentService
    from registrar.services.errors import NotFound

    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            found = session.scalars(
                select(IssuedDocument.id).where(
                    IssuedDocument.number == args.number.strip(),
                    IssuedDocument.institution_id == workspace.institution_id,
                    IssuedDocument.deleted_at.is_(None),
                )
            ).first()
        if found is None:
            raise NotFound(f"No issued document {args.number}.", field="number")
        view = DocumentService(workspace, _actor(args)).cancel(found, args.reason)
    finally:
        db.dispose()
    emit(view.as_json())
    return 0


def _letterhead(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services import audit, letterhead, roles
    from registrar.services.errors import BadInput

    db, workspace = open_workspace(args)
    try:
        if args.set:
            actor = _actor(args)
            admin = type(actor)(actor.staff_id, actor.username, roles.ADMIN)
            roles.require(admin, roles.SETTINGS_CHANGE)
            with workspace.write() as session:
                for pair in args.set:
                    key, sep, value = pair.partition("=")
                    if not sep:
                        raise BadInput(f"'{pair}' is not KEY=VALUE.", field="set")
                    letterhead.put(session, key.strip(), value)
                    audit.record(session, admin, "settings.letterhead", f"setting:{key.strip()}")
        with workspace.read() as session:
            values = letterhead.read_settings(session).values
    finally:
        db.dispose()
    emit(values)
    return 0

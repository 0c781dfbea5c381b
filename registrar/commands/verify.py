"""`registrar verify CODE`: look a printed document's verification code up (exit 1 unless valid)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="check a printed document's verification code",
        description="Prints the document's kind, number, date, institution, state and the "
        "holder's initials. Exit 0 for a valid document; 1 for an unknown, mistyped or "
        "cancelled code.",
    )
    verify.add_argument("code", metavar="CODE", help="the code as printed (XXXX-XXXX-XXXX-C)")
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services.documents import verify_local

    db, workspace = open_workspace(args)
    try:
        result = verify_local(workspace, args.code)
    finally:
        db.dispose()
    emit(result.as_json())
    return 0 if result.valid else 1

"""`registrar retention purge`: remove old drafts and rejected applications (an admin action)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from registrar.services.errors import BadInput


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a date such as 2026-09-01") from None


def register(subparsers: Any) -> None:
    retention = subparsers.add_parser(
        "retention",
        help="retention of personal data (drafts, rejected applications)",
        description="Retention of personal data under the office's rules.",
    )
    actions = retention.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    purge = actions.add_parser(
        "purge",
        help="purge old drafts and old rejected applications",
        description="Deletes intake drafts last updated before the day the admission campaign "
        "closed, and turns applications rejected more than N years ago (setting "
        "retention_rejected_years, default 5) into tombstones, with their answers, documents "
        "and evidence no other record uses. Prints the counts per kind as JSON; with "
        "--dry-run nothing is changed. The purge is recorded in the audit log.",
    )
    purge.add_argument(
        "--campaign-closed",
        metavar="DATE",
        type=_date,
        required=True,
        help="the day the admission campaign closed (YYYY-MM-DD)",
    )
    purge.add_argument(
        "--years",
        metavar="N",
        type=int,
        default=None,
        help="retention period of rejected applications in years (default: the setting)",
    )
    purge.add_argument(
        "--reason",
        default="",
        help="why the purge is run (required unless --dry-run; recorded in the audit log)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="count what would be purged; change nothing"
    )
    purge.set_defaults(handler=_purge)


def _purge(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.commands.common import open_workspace
    from registrar.services import retention
    from registrar.services.context import SYSTEM

    if not args.dry_run and not str(args.reason).strip():
        raise BadInput(retention.MSG_REASON_REQUIRED, field="reason")
    db, workspace = open_workspace(args)
    try:
        summary = retention.purge(
            workspace,
            SYSTEM,
            campaign_closed=args.campaign_closed,
            years=args.years,
            reason=args.reason,
            dry_run=args.dry_run,
        )
    finally:
        db.dispose()
    emit(summary.as_json())
    return 0

"""`registrar demo`: fill the separate demo database with realistic demo data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from registrar.cli import emit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill the demo database with realistic demo data (idempotent per seed)",
        description="Fill the demo database (never an office database) with COUNT demo "
        "applications and the students, orders and movement cases that go with them. "
        "Running the same seed again adds nothing; a larger count adds the difference. "
        "Every demo account's password is the demo password printed in the result.",
    )
    parser.add_argument(
        "--count", type=int, default=1000, metavar="N", help="applications (default 1000)"
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="seed (default 1)")
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_database
    from registrar.services.demo import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, fill_demo
    from registrar.services.demo_records import check_seed_count
    from registrar.services.errors import BadInput, Unavailable

    check_seed_count(args.seed, args.count)  # before the demo database is created
    args.demo = True  # without --db this is the demo database's path, never the office one
    try:
        db = open_database(args, demo=True)
    except Unavailable as error:
        if "locked" in error.message:
            raise
        raise BadInput(
            "This is not a demo database: demo data go only into the demo database "
            "(registrar --demo), which is encrypted with the demo key.",
            field="db",
        ) from None
    try:
        summary = fill_demo(db, count=args.count, seed=args.seed, progress=_progress)
    finally:
        db.dispose()
    emit(
        {
            **summary.as_json(),
            "database": str(db.path),
            "username": DEMO_ADMIN_USERNAME,
            "password": DEMO_ADMIN_PASSWORD,
        }
    )
    return 0


def _progress(done: int, total: int) -> None:
    """Progress on stderr (stdout carries only the JSON result)."""
    if total:
        sys.stderr.write(f"demo: {done}/{total} ({100 * done // total}%)\n")
        sys.stderr.flush()

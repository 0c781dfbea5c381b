"""The `registrar` command: the GUI by default, JSON sub-commands for headless work.

Start-up stays light: this module imports only the standard library. Each sub-command lives in
`registrar.commands.<name>` and imports what it needs (database, Qt, Alembic) inside its handler,
so `--version`, `--help` and database-free commands open nothing and import neither PySide6
nor Alembic.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from registrar import __version__

log = logging.getLogger(__name__)

# Sub-command modules, in the order --help lists them. Each defines
# `register(subparsers: argparse._SubParsersAction) -> None`, which adds its parser(s) and sets
# `handler=<callable(args) -> int>` as a default.
COMMAND_MODULES: tuple[str, ...] = (
    "registrar.commands.db_commands",
    "registrar.commands.config_commands",
    "registrar.commands.demo",
    "registrar.commands.rules",
    "registrar.commands.intake",
    "registrar.commands.imports",
    "registrar.commands.letters",
    "registrar.commands.verify",
    "registrar.commands.retention",
    "registrar.commands.central",
    "registrar.commands.sync",
)

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as a JSON error object (exit 2), not as a traceback."""

    def error(self, message: str) -> Any:
        emit({"error": {"code": "usage", "message": message}})
        sys.exit(2)


def emit(payload: object) -> None:
    """Print one JSON document on stdout (the only thing sub-commands print there)."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="local database file (default: $REGISTRAR_DB, else the user data directory)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="use the separate demo database (filled on first use)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="more log output on stderr",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="registrar",
        description="Registrar Desk. Without a sub-command it opens the desktop application.",
        epilog="Sub-commands print JSON on stdout and logs on stderr. Exit codes: 0 ok, 1 a check "
        "failed, 2 bad input, 3 unavailable (central database, lock, key), 70 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"registrar {__version__}")
    _add_global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    # --db and friends are also accepted after the sub-command.
    for sub in subparsers.choices.values():
        _add_global_options(sub, suppress=True)
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        for action in nested:
            for leaf in action.choices.values():
                _add_global_options(leaf, suppress=True)
    return parser


def configure_logging(verbose: bool) -> str:
    """Log to stderr (warnings, or everything with -v) and to a rotating file; return its path."""
    from logging.handlers import RotatingFileHandler

    from registrar.paths import log_dir

    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "registrar.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    file_handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    for old in root.handlers:
        old.close()
    root.handlers[:] = [stderr, file_handler]
    return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.db:
        os.environ["REGISTRAR_DB"] = args.db
    log_path = configure_logging(bool(getattr(args, "verbose", False)))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command:  # a command group called without its sub-command
            parser.parse_args([*arguments, "--help"])
        return _run_gui(args, log_path)
    return run_handler(handler, args, log_path)


def run_handler(handler: Handler, args: argparse.Namespace, log_path: str) -> int:
    from registrar.services.errors import RegistrarError

    try:
        return handler(args)
    except RegistrarError as error:
        emit(error.as_json())
        return error.exit_code
    except KeyboardInterrupt:
        emit({"error": {"code": "interrupted", "message": "interrupted"}})
        return 130
    except Exception as error:  # a bug: one line on the terminal, the traceback in the log
        log.debug("internal error", exc_info=True)
        logging.getLogger("registrar.internal").error(
            "internal error in %s", getattr(args, "command", "?"), exc_info=True
        )
        emit(
            {
                "error": {
                    "code": "internal",
                    "message": f"internal error ({type(error).__name__}); details in {log_path}",
                    "log": log_path,
                }
            }
        )
        return 70


def _run_gui(args: argparse.Namespace, log_path: str) -> int:
    from registrar.app import run

    return run(demo=bool(args.demo), log_path=log_path)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

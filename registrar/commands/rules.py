"""`registrar rules check CASE.json|-`: the rules engine's decision as JSON (rules-api.md)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    rules = subparsers.add_parser("rules", help="student-movement rules (spec/rules-api.md)")
    actions = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="decide a case (or a JSON list of cases) and print the decision JSON",
        description="Reads a case file (or - for stdin) and prints the decision; a JSON list "
        "of cases gives a list of decisions in the same order. Exit 2 if any case is bad.",
    )
    check.add_argument("case_file", metavar="CASE", help="case JSON file, or - for stdin")
    check.add_argument(
        "--calendar",
        metavar="FILE",
        help="JSON with the institution's calendar settings: academic_calendar (defaults, "
        "years) and business_days (extra_days_off, extra_working_days)",
    )
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    from registrar.cli import emit
    from registrar.services.errors import BadInput
    from registrar.services.rules import decide, decide_all, error_slot, load_rules

    payload = _read_json(args.case_file, "case_file")
    settings = None
    if args.calendar:
        settings = _read_json(args.calendar, "calendar")
        if not isinstance(settings, Mapping):
            raise BadInput("The calendar settings must be a JSON object.", field="calendar")
    rules = load_rules(settings)
    lookup = _LazyMinScoreLookup()
    if isinstance(payload, list):
        decisions, ok = decide_all(payload, rules=rules, min_score_lookup=lookup)
        emit(decisions)
        return 0 if ok else 2
    try:
        decision = decide(payload, rules=rules, min_score_lookup=lookup)
    except BadInput as error:
        emit(error_slot(error))
        return 2
    emit(decision)
    return 0


def _read_json(name: str, field: str) -> Any:
    import json

    from registrar.services.errors import BadInput

    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as error:
        raise BadInput(f"Cannot read {name}: {error.strerror}.", field=field) from error
    except UnicodeDecodeError as error:
        raise BadInput(f"{name} is not UTF-8 text.", field=field) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInput(
            f"{name} is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno}).",
            field=field,
            line=error.lineno,
        ) from error


class _LazyMinScoreLookup:
    """Opens the reference database only when a case needs a minimum it does not carry.

    `registrar.services.min_scores.database_lookup()` supplies the real lookup; while that
    module is not installed, an absent minimum is treated as unknown (data_missing, A-10).
    """

    def __init__(self) -> None:
        self._lookup: Callable[..., float | None] | None = None
        self._loaded = False

    def __call__(
        self,
        target_hei: Mapping[str, Any],
        target_specialty: Mapping[str, Any],
        specialisation: str | None,
        form: str | None,
        year: int,
    ) -> float | None:
        if not self._loaded:
            self._loaded = True
            try:
                from registrar.services.min_scores import (  # type: ignore[import-not-found,unused-ignore]
                    database_lookup,
                )
            except ImportError:
                log.info("no minimum-score reference data; absent minimums are unknown (A-10)")
            else:
                self._lookup = database_lookup()
        if self._lookup is None:
            return None
        return self._lookup(target_hei, target_specialty, specialisation, form, year)

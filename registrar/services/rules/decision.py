"""The decision being built: recorded outcomes, status precedence and the JSON of rules-api.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# rules-api.md: when several rules fire, the status is the first of these.
PRECEDENCE = (
    "out_of_scope",
    "not_eligible",
    "not_yet",
    "blocked",
    "mse_discretion",
    "needs_consent",
    "eligible",
)
STATUSES = frozenset(PRECEDENCE)
SCORE_OUTCOMES = frozenset({"pass", "fail", "waived", "not_applicable", "data_missing"})
FEE_AFTER = frozenset({"state_order_may_continue", "fee_paying", "undetermined", "unchanged"})
DEADLINES = frozenset(
    {
        "expulsion_order",
        "inclusion_order",
        "deferment_lost",
        "military_notice",
        "restoration_earliest",
        "restoration_latest",
        "leave_end",
    }
)
CONSENTS = frozenset({"mse", "founder_body", "payer"})
OUTSIDE_WINDOW = "outside_window"
_FLAG = re.compile(r"A-\d\d")


class Stop(Exception):
    """An OUT_OF_SCOPE or NOT_ELIGIBLE gate ends the evaluation (regulations.md §4.1.1)."""


@dataclass(frozen=True)
class Outcome:
    status: str
    paragraphs: tuple[str, ...]


@dataclass
class Result:
    """Collects what the rules find for one case; `as_json` gives the decision."""

    case: str
    outcomes: list[Outcome] = field(default_factory=list)
    reasons: list[dict[str, str]] = field(default_factory=list)
    score: dict[str, str] | None = None
    consents: list[dict[str, str]] = field(default_factory=list)
    fee_after: str | None = None
    documents: list[str] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    window: dict[str, Any] | None = None
    flags: set[str] = field(default_factory=set)
    indicators: dict[str, bool] | None = None

    # ---- outcomes

    def record(
        self, status: str, paragraphs: tuple[str, ...] | str, text: str | None = None
    ) -> None:
        """Record an outcome; its reason (if given) names the first paragraph."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status}")
        paras = (paragraphs,) if isinstance(paragraphs, str) else paragraphs
        self.outcomes.append(Outcome(status, paras))
        if text is not None:
            self.reason(paras[0], text)

    def stop(self, status: str, paragraphs: tuple[str, ...] | str, text: str) -> Stop:
        """Record a terminal outcome and return the exception that ends the evaluation."""
        if status not in {"out_of_scope", "not_eligible"}:
            raise ValueError("only out_of_scope and not_eligible end an evaluation")
        self.record(status, paragraphs, text)
        return Stop(status)

    def reason(self, paragraph: str, text: str) -> None:
        entry = {"paragraph": paragraph, "text": text}
        if entry not in self.reasons:
            self.reasons.append(entry)

    def has(self, status: str) -> bool:
        return any(o.status == status for o in self.outcomes)

    @property
    def status(self) -> str:
        if not self.outcomes:
            raise ValueError("no outcome recorded")
        return min((o.status for o in self.outcomes), key=PRECEDENCE.index)

    @property
    def decided_by(self) -> list[str]:
        status = self.status
        paragraphs: list[str] = []
        for outcome in self.outcomes:
            if outcome.status == status:
                paragraphs.extend(p for p in outcome.paragraphs if p not in paragraphs)
        return paragraphs

    @property
    def refused(self) -> bool:
        return self.status in {"out_of_scope", "not_eligible"}

    # ---- the other parts of the decision

    def flag(self, flag: str) -> None:
        if flag != OUTSIDE_WINDOW and not _FLAG.fullmatch(flag):
            raise ValueError(f"unknown flag {flag}")
        self.flags.add(flag)

    def set_score(self, outcome: str, paragraph: str) -> None:
        if outcome not in SCORE_OUTCOMES:
            raise ValueError(f"unknown score outcome {outcome}")
        self.score = {"outcome": outcome, "paragraph": paragraph}

    def need(self, who: str, paragraph: str, name: str | None = None) -> None:
        """Add a consent; one per party (a later paragraph for the same party replaces it)."""
        if who not in CONSENTS:
            raise ValueError(f"unknown consent party {who}")
        entry = {"who": who, "paragraph": paragraph}
        if name is not None:
            entry["name"] = name
        for index, existing in enumerate(self.consents):
            if existing["who"] == who and existing.get("name") == name:
                self.consents[index] = entry
                return
        self.consents.append(entry)

    def set_fee(self, fee: str) -> None:
        if fee not in FEE_AFTER:
            raise ValueError(f"unknown fee basis {fee}")
        self.fee_after = fee

    def add_documents(self, *codes: str) -> None:
        self.documents.extend(c for c in codes if c not in self.documents)

    def deadline(self, what: str, due: date, paragraph: str, *, estimated: bool = False) -> None:
        if what not in DEADLINES:
            raise ValueError(f"unknown deadline {what}")
        entry: dict[str, Any] = {"what": what, "due": due.isoformat(), "paragraph": paragraph}
        if estimated:
            entry["estimated"] = True  # the due date depends on an estimated holiday date
        self.deadlines.append(entry)

    def set_window(self, inside: bool, next_opens: date | None) -> None:
        self.window = {
            "inside": inside,
            "next_opens": None if inside or next_opens is None else next_opens.isoformat(),
        }
        if not inside:
            self.flag(OUTSIDE_WINDOW)

    # ---- output

    def as_json(self, rule_version: dict[str, str]) -> dict[str, Any]:
        decision: dict[str, Any] = {
            "case": self.case,
            "status": self.status,
            "decided_by": self.decided_by,
            "reasons": list(self.reasons),
            "score": self.score,
            "consents": list(self.consents),
            "fee_after": self.fee_after,
            "documents": list(self.documents),
            "deadlines": list(self.deadlines),
            "window": self.window,
            "flags": sorted(self.flags, key=_flag_order),
        }
        if self.indicators is not None:
            decision["indicators"] = dict(self.indicators)
        decision["rule_version"] = dict(rule_version)
        return decision


def _flag_order(flag: str) -> tuple[int, str]:
    return (1, flag) if flag == OUTSIDE_WINDOW else (0, flag)

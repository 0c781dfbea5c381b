"""Movement cases without the database: kinds, checklist, the live decision and its gate."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Final

from registrar.models import MovementCase
from registrar.services.errors import BadInput, CheckFailed
from registrar.services.rules import MinScoreLookup, RuleSet, decide

CASE_KINDS: Final = (
    "incoming_transfer",
    "outgoing_transfer",
    "transfer_from_abroad",
    "specialty_or_form_change",
    "restoration",
    "academic_leave",
    "leave_return",
    "expulsion",
)
ENGINE_KIND: Final[Mapping[str, str]] = MappingProxyType(
    {
        "incoming_transfer": "transfer",
        "outgoing_transfer": "transfer",
        "transfer_from_abroad": "transfer",
        "specialty_or_form_change": "transfer",
        "restoration": "restoration",
        "academic_leave": "academic_leave",
        "leave_return": "leave_return",
        "expulsion": "expulsion",
    }
)
# Checklist rows (proposed strings; need native review).
CHECKLIST_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "2.9.1": "Akademik arayış (transkript)",
        "2.9.2": "Qəbul balı haqqında sənəd (və ya DİM imtahanlarında iştirak etmədiyi barədə)",
        "2.9.3": "Köçürülmənin səbəblərini təsdiq edən sənədlər",
        "2.9.4": "Beynəlxalq imtahanların nəticələrini təsdiq edən sənədlər",
        "2.9.5": "Təhsil haqqı üzrə borcun olmamasını təsdiq edən sənəd",
        "2.9.6": "Xaricdə təhsil dövründə gediş-gəlişi təsdiq edən sənədlər",
        "4.2": "1 nömrəli əlavə üzrə arayış və təhsil sənədinin əsli",
        "3.3": "1 nömrəli əlavə üzrə arayış verildi, təhsil sənədinin əsli qaytarıldı",
        "2.12": "Şəxsi iş və akademik arayış yeni ali təhsil müəssisəsinə göndərildi",
    }
)
# Documents that are outputs of the order (3.3, 2.12): shown, but they do not gate the decision.
AFTER_ORDER: Final = frozenset({"3.3", "2.12"})
RECORDABLE: Final = frozenset({"eligible", "needs_consent", "mse_discretion"})
# The fact that holds the order's date, per engine kind: the order must carry the date decided on
# (the 3.2 and 4.1 timers and the vacation window are counted from it).
ORDER_DATE_FACT: Final[Mapping[str, str]] = MappingProxyType(
    {"expulsion": "order_date", "restoration": "date", "leave_return": "order_date"}
)

# (order kind, student event kind) per case kind.
ORDER_KIND: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "incoming_transfer": ("transfer_in", "transferred_in"),
        "transfer_from_abroad": ("transfer_in", "transferred_in"),
        "outgoing_transfer": ("transfer_out", "transferred_out"),
        "specialty_or_form_change": ("specialty_change", "specialty_changed"),
        "restoration": ("restoration", "restored"),
        "academic_leave": ("leave", "on_leave"),
        "leave_return": ("leave_return", "returned"),
        "expulsion": ("expulsion", "expelled"),
    }
)

# Messages (proposed strings; need native review).
MSG_CHECKLIST: Final = "Tələb olunan sənədlər tam deyil: {items}."
MSG_STATUS: Final = "Qərar qeyd edilə bilməz: qaydalara görə status «{status}»."
MSG_FLAGS: Final = "Təsdiqlənməmiş qeydlər var: {flags}."


@dataclass(frozen=True)
class EvidenceRef:
    blob_id: uuid.UUID
    sha256: str
    mime: str
    size: int
    filename: str


@dataclass(frozen=True)
class ChecklistItem:
    paragraph: str
    label: str
    evidence: tuple[EvidenceRef, ...]
    after_order: bool = False  # an output of the order (3.3, 2.12): does not gate the decision

    @property
    def done(self) -> bool:
        return bool(self.evidence)


@dataclass(frozen=True)
class LiveDecision:
    decision: Mapping[str, Any] | None
    error_field: str | None
    error_message: str | None
    checklist: tuple[ChecklistItem, ...]
    flags: tuple[str, ...]

    @property
    def status(self) -> str | None:
        return None if self.decision is None else str(self.decision["status"])

    @property
    def missing(self) -> tuple[str, ...]:
        """The gating checklist items without evidence."""
        return tuple(i.paragraph for i in self.checklist if not i.after_order and not i.done)

    @property
    def checklist_complete(self) -> bool:
        return self.decision is not None and not self.missing

    @property
    def recordable(self) -> bool:
        return self.checklist_complete and self.status in RECORDABLE


@dataclass(frozen=True)
class CaseEventView:
    kind: str
    status: str
    reason: str | None
    at: datetime
    actor_id: uuid.UUID | None
    institution_id: uuid.UUID
    payload: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseView:
    id: uuid.UUID
    kind: str
    engine_kind: str
    student_id: uuid.UUID | None
    student_label: str | None
    facts: Mapping[str, Any]
    status: str
    decision: Mapping[str, Any] | None
    rule_version: str | None
    live: LiveDecision
    order_id: uuid.UUID | None
    order_number: str | None
    addressed_to_ministry: bool
    source_institution_id: uuid.UUID | None
    target_institution_id: uuid.UUID | None
    events: tuple[CaseEventView, ...]


@dataclass(frozen=True)
class CaseSummary:
    id: uuid.UUID
    kind: str
    student_label: str | None
    status: str
    decision_status: str | None
    opened_at: datetime


@dataclass(frozen=True)
class OrderView:
    id: uuid.UUID
    number: str
    kind: str
    order_date: date
    signatory: str
    paragraph: str | None
    body: str | None
    students: tuple[tuple[uuid.UUID, str], ...]
    case_ids: tuple[uuid.UUID, ...]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def screen_kind(case: MovementCase, institution_id: uuid.UUID) -> str:
    """The screen kind of a case; demo rows store the engine kind and are told apart here."""
    if case.kind in CASE_KINDS:
        return case.kind
    if case.kind != "transfer":
        return case.kind
    facts = json.loads(case.case_json)
    if facts.get("origin") == "foreign":
        return "transfer_from_abroad"
    if "inter_hei" not in (facts.get("kinds") or []):
        return "specialty_or_form_change"
    if case.source_institution_id == institution_id:
        return "outgoing_transfer"
    return "incoming_transfer"


def build_checklist(
    decision: Mapping[str, Any] | None, attached: Mapping[str, Sequence[EvidenceRef]]
) -> tuple[ChecklistItem, ...]:
    if decision is None:
        return ()
    return tuple(
        ChecklistItem(
            paragraph=str(paragraph),
            label=CHECKLIST_LABELS.get(str(paragraph), str(paragraph)),
            evidence=tuple(attached.get(str(paragraph), ())),
            after_order=str(paragraph) in AFTER_ORDER,
        )
        for paragraph in decision.get("documents", [])
    )


def live_decision(
    kind: str,
    facts: Mapping[str, Any],
    attached: Mapping[str, Sequence[EvidenceRef]],
    *,
    rules: RuleSet,
    min_score_lookup: MinScoreLookup | None,
) -> LiveDecision:
    """The engine's decision for the facts, and the checklist it implies (pure)."""
    if kind not in ENGINE_KIND:
        raise BadInput(f"Unknown case kind '{kind}'.", field="kind")
    case = {**facts, "case": ENGINE_KIND[kind]}
    try:
        decision = decide(case, rules=rules, min_score_lookup=min_score_lookup)
    except BadInput as error:
        return LiveDecision(None, error.field, error.message, (), ())
    return LiveDecision(
        decision=decision,
        error_field=None,
        error_message=None,
        checklist=build_checklist(decision, attached),
        flags=tuple(str(flag) for flag in decision.get("flags", [])),
    )


def consents_missing(decision: Mapping[str, Any], facts: Mapping[str, Any]) -> list[str]:
    """Consents the decision lists that the facts do not show as received.

    The Ministry's consent is shown by a registered letter (`mse_letter_received`,
    `consent_letter_received`) or by `consents_received`; the others by `consents_received`.
    """
    received = {str(who) for who in facts.get("consents_received") or []}
    if facts.get("mse_letter_received") or facts.get("consent_letter_received"):
        received.add("mse")
    needed = [str(c["who"]) for c in decision.get("consents", [])]
    if decision.get("status") == "mse_discretion":
        needed.append("mse")
    return sorted({who for who in needed if who not in received})


def gate(live: LiveDecision, confirmed_flags: Collection[str]) -> dict[str, Any]:
    """The decision to record, or CheckFailed naming what stands in the way."""
    if live.decision is None:
        raise BadInput(
            live.error_message or "The case facts are incomplete.", field=live.error_field
        )
    if live.status not in RECORDABLE:
        raise CheckFailed(MSG_STATUS.format(status=live.status), field="status")
    if live.missing:
        raise CheckFailed(MSG_CHECKLIST.format(items=", ".join(live.missing)), field="checklist")
    unconfirmed = [flag for flag in live.flags if flag not in set(confirmed_flags)]
    if unconfirmed:
        raise CheckFailed(MSG_FLAGS.format(flags=", ".join(unconfirmed)), field="flags")
    return dict(live.decision)


def paragraph_of(decision: Mapping[str, Any]) -> str | None:
    decided_by = decision.get("decided_by") or []
    return str(decided_by[0]) if decided_by else None

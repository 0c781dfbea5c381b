"""The permission matrix: which staff roles may perform which action, checked by every service.

Four roles (issue 5, item 5; `services.context.ROLES`):

- `desk`: the enrolment desk; intake of applicants.
- `registrar`: review of applications and fee-exemption evidence, student movements, documents.
- `ministry`: the Ministry's transfer desk; transfer decisions and consent letters.
- `admin`: staff accounts, settings, reference data, the audit log's integrity check.

The table below is the whole policy: one action, the roles that may perform it. Services call
`require(actor, ACTION)` before they read or write anything, so a role is refused by the service
layer whatever the screen shows; the main window uses `roles_for(ACTION)` only to decide which
sections a role sees. Every role may sync its own workstation and see the overview.

Deliberately no role inherits another: an administrator manages accounts and settings but
records no decisions on applicants, so no one can create an account and then act through it
unnoticed. (The automatic `SYSTEM` actor has the admin role.)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from registrar.services.context import ROLES, Actor
from registrar.services.errors import PermissionDenied

DESK: Final = "desk"
REGISTRAR: Final = "registrar"
MINISTRY: Final = "ministry"
ADMIN: Final = "admin"

# Intake (enrolment desk)
INTAKE_EDIT: Final = "intake.edit"  # start, save, continue and delete intake drafts
INTAKE_CONFIRM: Final = "intake.confirm"  # TƏSDİQ ET: freeze and submit an application
INTAKE_CONFIRM_MOBILE: Final = "intake.confirm_mobile"  # confirm a mobile number in person
# Review of applications
REVIEW_VIEW: Final = "review.view"  # the queue, the detail, the documents
REVIEW_DECIDE: Final = "review.decide"  # accept, reject, ask for more documents
REVIEW_REVERSE: Final = "review.reverse"  # reverse a mistaken decision by a new event
REVIEW_ASSIGN: Final = "review.assign"  # assign applications to a reviewer
# Fee-exemption evidence review
EXEMPTION_VIEW: Final = "exemption.view"
EXEMPTION_DECIDE: Final = "exemption.decide"  # per-document verdicts and the overall decision
# Student movements under the Regulations
MOVEMENT_VIEW: Final = "movement.view"
MOVEMENT_EDIT: Final = "movement.edit"  # open and prepare cases, record incoming letters
MOVEMENT_DECIDE: Final = "movement.decide"  # the institution's decisions (leave, expulsion...)
# Ministry desk
TRANSFER_DECIDE: Final = "ministry.transfer_decide"
CONSENT_LETTER: Final = "ministry.consent_letter"
# Documents (orders, certificates, letters, receipts)
DOCUMENT_ISSUE: Final = "document.issue"
RECEIPT_ISSUE: Final = "document.issue_receipt"  # the desk hands over the receipt after TƏSDİQ ET
DOCUMENT_VIEW: Final = "document.view"
DOCUMENT_VERIFY: Final = "document.verify"  # check a printed document's verification code
# Administration
SETTINGS_CHANGE: Final = "settings.change"
STAFF_MANAGE: Final = "staff.manage"
REFERENCE_EDIT: Final = "reference.edit"
AUDIT_VIEW: Final = "audit.view"
AUDIT_VERIFY: Final = "audit.verify"
BACKUP_MANAGE: Final = "backup.manage"
DEMO_FILL: Final = "demo.fill"
# Everyone
SYNC_RUN: Final = "sync.run"
OVERVIEW_VIEW: Final = "overview.view"
EXPORT_RUN: Final = "export.run"  # exports of what the role may view

_ALL: Final = frozenset(ROLES)

PERMISSIONS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        INTAKE_EDIT: frozenset({DESK}),
        INTAKE_CONFIRM: frozenset({DESK}),
        INTAKE_CONFIRM_MOBILE: frozenset({DESK}),
        REVIEW_VIEW: frozenset({REGISTRAR}),
        REVIEW_DECIDE: frozenset({REGISTRAR}),
        REVIEW_REVERSE: frozenset({REGISTRAR}),
        REVIEW_ASSIGN: frozenset({REGISTRAR}),
        EXEMPTION_VIEW: frozenset({REGISTRAR}),
        EXEMPTION_DECIDE: frozenset({REGISTRAR}),
        MOVEMENT_VIEW: frozenset({REGISTRAR, MINISTRY}),
        MOVEMENT_EDIT: frozenset({REGISTRAR}),
        MOVEMENT_DECIDE: frozenset({REGISTRAR}),
        TRANSFER_DECIDE: frozenset({MINISTRY}),
        CONSENT_LETTER: frozenset({MINISTRY}),
        DOCUMENT_ISSUE: frozenset({REGISTRAR}),
        RECEIPT_ISSUE: frozenset({DESK, REGISTRAR, ADMIN}),
        DOCUMENT_VIEW: frozenset({REGISTRAR, MINISTRY}),
        DOCUMENT_VERIFY: _ALL,
        SETTINGS_CHANGE: frozenset({ADMIN}),
        STAFF_MANAGE: frozenset({ADMIN}),
        REFERENCE_EDIT: frozenset({ADMIN}),
        AUDIT_VIEW: frozenset({ADMIN, REGISTRAR}),
        AUDIT_VERIFY: frozenset({ADMIN}),
        BACKUP_MANAGE: frozenset({ADMIN}),
        DEMO_FILL: frozenset({ADMIN}),
        SYNC_RUN: _ALL,
        OVERVIEW_VIEW: _ALL,
        EXPORT_RUN: _ALL,
    }
)

# proposed string (needs native review)
MSG_DENIED: Final = "Bu əməliyyatı yerinə yetirmək üçün icazəniz yoxdur."


def roles_for(action: str) -> frozenset[str]:
    """The roles allowed `action`. An action missing from the table is a bug (KeyError)."""
    return PERMISSIONS[action]


def allowed(role: str, action: str) -> bool:
    return role in roles_for(action)


def actions_of(role: str) -> frozenset[str]:
    """Every action the role may perform (for the staff screen and tests)."""
    return frozenset(action for action, roles in PERMISSIONS.items() if role in roles)


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless the actor's role may perform `action`.

    The error names the action (a stable code) but no personal data.
    """
    if not allowed(actor.role, action):
        raise PermissionDenied(MSG_DENIED, field=action)

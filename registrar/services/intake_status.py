"""P16 for one application: its progress steps and current status, from its event chain."""

from __future__ import annotations

import uuid
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Application, ApplicationEvent
from registrar.services import field_ids as F
from registrar.services.errors import NotFound
from registrar.services.events import chain_head
from registrar.services.intake_types import StatusView

# P16 progress (spec §12.7 Proposal). Labels: the proposed status strings, and the step bar's
# attested "Təhsil haqqından azad" for the exemption decision. Payment is left out until P17
# is specified.
STEP_SUBMITTED: Final = F.PROPOSED["status.SUBMITTED"]
STEP_REVIEW: Final = F.PROPOSED["status.UNDER_REVIEW"]
STEP_EXEMPTION: Final = F.ATTESTED["fee.title"]
STEP_REGISTERED: Final = F.PROPOSED["status.REGISTERED"]
_DONE_STEPS: Final = {  # status -> how many steps are done (of the full list)
    "SUBMITTED": 1,
    "UNDER_REVIEW": 1,
    "EXEMPTION_APPROVED": 3,
    "EXEMPTION_REJECTED": 3,
    "REGISTERED": 4,
    "REJECTED": 2,
}


def status_view(session: Session, application_id: uuid.UUID) -> StatusView:
    application = session.get(Application, application_id)
    if application is None or application.deleted_at is not None:
        raise NotFound("Müraciət tapılmadı.", field="application")
    events = list(
        session.scalars(
            select(ApplicationEvent).where(
                ApplicationEvent.application_id == application_id,
                ApplicationEvent.deleted_at.is_(None),
            )
        )
    )
    head = chain_head(events)
    code = head.status if head is not None else application.status_cache
    labels = [STEP_SUBMITTED, STEP_REVIEW]
    if application.exemption_requested:
        labels.append(STEP_EXEMPTION)
    labels.append(STEP_REGISTERED)
    done = _DONE_STEPS.get(code, 1)
    if not application.exemption_requested and done >= 3:
        done -= 1  # no exemption step to count
    states: list[tuple[str, str]] = []
    for index, label in enumerate(labels):
        if index < done:
            state = "done"
        elif index == done and code != "REJECTED":
            state = "current"
        else:
            state = "todo"
        states.append((label, state))
    messages = sorted((e for e in events if e.reason), key=lambda e: e.at)
    last = messages[-1] if messages else None
    return StatusView(
        number=application.number or "",
        steps=states,
        status_code=code,
        status_label_az=F.PROPOSED.get(f"status.{code}", code),
        last_message=last.reason if last else None,
        last_message_at=last.at if last else None,
    )

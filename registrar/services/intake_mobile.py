"""Mobile confirmation at intake (spec P03): SMS codes through a gateway, or in person.

`MobileSteps` is part of `IntakeService`. A code's state (salted hash, expiry, attempts,
countdown: services.confirmation) is kept in the draft with the number it was sent to; a
confirmation, by SMS or in person, records how, by whom and when, and counts only while the
draft holds that number.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from registrar.services import audit, settings
from registrar.services import field_ids as F
from registrar.services import intake_drafts as drafts
from registrar.services import validation as V
from registrar.services.confirmation import ConfirmationPolicy, ConfirmationState, reason_message
from registrar.services.context import Actor, Workspace
from registrar.services.credentials import CredentialStore
from registrar.services.errors import BadInput, Unavailable
from registrar.services.intake_checks import MSG_MOBILE_TAKEN, Checker, Facts
from registrar.services.intake_identity import mask_phone, mobile_owner
from registrar.services.intake_types import (
    CONFIRMED_BY_SMS,
    CONFIRMED_IN_PERSON,
    CodeStatus,
    MobileConfirmation,
)
from registrar.services.sms import HttpSmsGateway, SmsGateway, code_text

log = logging.getLogger(__name__)

SMS_PASSWORD_ENTRY: Final = "sms-password"
# Proposed by us; need native review.
MSG_NO_GATEWAY: Final = (
    "SMS xidməti qurulmayıb və ya əlçatan deyil: nömrəni müraciətçinin yanında şəxsən "
    "təsdiqləyin («şəxsən təsdiqlə»)."
)
MSG_NO_PHONE: Final = "Əvvəlcə düzgün mobil nömrə daxil edin."


def sms_gateway_from_settings(workspace: Workspace, store: CredentialStore) -> SmsGateway | None:
    """The HTTP SMS gateway the settings describe (`sms_url_template`, `sms_user`, and the
    keyring entry `sms-password`), or None when none is configured or the URL is unusable."""
    with workspace.read() as session:
        template = settings.get(session, "sms_url_template")
        user = settings.get(session, "sms_user")
    if not template:
        return None
    try:
        return HttpSmsGateway(template, user or None, store.get(SMS_PASSWORD_ENTRY))
    except BadInput:
        log.warning("the SMS gateway URL in the settings is not usable; SMS is off")
        return None


class MobileSteps:
    """P03 for `IntakeService`: send and check codes, or record an in-person confirmation."""

    _workspace: Workspace
    _actor: Actor
    _sms: SmsGateway | None
    _clock: Callable[[], datetime]
    _checker: Checker

    def _facts(self, session: Session, values: Mapping[str, object]) -> Facts:
        raise NotImplementedError

    def _policy(self, session: Session) -> ConfirmationPolicy:
        seconds = settings.get(session, "sms_resend_seconds")
        return ConfirmationPolicy(resend_cooldown_s=float(seconds or 120))

    def _phone(self, country: object, phone: object) -> str:
        problems = V.validate_mobile(country, phone, self._checker.codes)
        if problems:
            raise BadInput(problems[0].message, field=problems[0].field)
        e164 = V.normalise_phone(str(country), str(phone), self._checker.codes)
        assert e164 is not None
        return e164

    def send_code(self, draft_id: uuid.UUID, phone: str, country: str) -> CodeStatus:
        """Send a confirmation code by SMS; Unavailable without a working gateway."""
        e164 = self._phone(country, phone)
        with self._workspace.read() as session:
            data = drafts.decode(drafts.get(session, draft_id).data_json)
            facts = self._facts(session, data.values)
            owner = mobile_owner(session, self._workspace.institution_id, e164)
            policy = self._policy(session)
        if owner is not None and owner != facts.person_id:
            raise BadInput(MSG_MOBILE_TAKEN, field=F.MOB_NUMBER)
        if self._sms is None:
            raise Unavailable(MSG_NO_GATEWAY, field=F.MOB_NUMBER)
        state = ConfirmationState.from_dict(data.sms, policy) if data.sms else None
        now = self._clock().timestamp()
        code, issued = (state or ConfirmationState(policy=policy)).issue(now)
        self._sms.send(e164, code_text(code))
        with self._workspace.write() as session:
            draft = drafts.get(session, draft_id)
            current = drafts.decode(draft.data_json)
            sms = {**issued.as_dict(), "phone": e164}
            drafts.write_data(draft, drafts.DraftData(current.values, sms, current.mobile))
        return CodeStatus(
            sent_to_masked=mask_phone(e164),
            seconds_until_resend=issued.seconds_until_resend(now),
            expires_in=int(policy.valid_for_s),
        )

    def verify_code(self, draft_id: uuid.UUID, code: str) -> bool:
        """True when the code is right; otherwise BadInput(field="mob.code") saying why."""
        problems = V.validate_sms_code(code)
        if problems:
            raise BadInput(problems[0].message, field=F.MOB_CODE)
        with self._workspace.write() as session:
            draft = drafts.get(session, draft_id)
            data = drafts.decode(draft.data_json)
            if not data.sms:
                raise BadInput(F.MSG_CODE_NOT_SENT, field=F.MOB_CODE)
            state = ConfirmationState.from_dict(data.sms, self._policy(session))
            now = self._clock()
            ok, checked, reason = state.verify(code, now.timestamp())
            phone = str(data.sms.get("phone", ""))
            mobile = data.mobile
            if ok:
                mobile = MobileConfirmation(CONFIRMED_BY_SMS, self._actor.label, now, phone)
            sms = {**checked.as_dict(), "phone": phone}
            drafts.write_data(draft, drafts.DraftData(data.values, sms, mobile))
        if not ok:
            raise BadInput(reason_message(reason or "wrong"), field=F.MOB_CODE)
        return True

    def confirm_in_person(
        self, draft_id: uuid.UUID, phone: str | None = None, country: str | None = None
    ) -> None:
        """Record that the registrar confirmed the number in person (who and when).

        The number is `phone`/`country` when given (they are then saved in the draft), else
        the one saved in the draft.
        """
        with self._workspace.write() as session:
            draft = drafts.get(session, draft_id)
            data = drafts.decode(draft.data_json)
            values = dict(data.values)
            if phone is not None and country is not None:
                values[F.MOB_NUMBER], values[F.MOB_COUNTRY] = phone, country
            if not values.get(F.MOB_NUMBER) or not values.get(F.MOB_COUNTRY):
                raise BadInput(MSG_NO_PHONE, field=F.MOB_NUMBER)
            e164 = self._phone(values.get(F.MOB_COUNTRY), values.get(F.MOB_NUMBER))
            facts = self._facts(session, values)
            if facts.phone_owner is not None and facts.phone_owner != facts.person_id:
                raise BadInput(MSG_MOBILE_TAKEN, field=F.MOB_NUMBER)
            mobile = MobileConfirmation(CONFIRMED_IN_PERSON, self._actor.label, self._clock(), e164)
            drafts.write_data(draft, drafts.DraftData(values, data.sms, mobile))
            audit.record(session, self._actor, "intake.mobile_in_person", f"draft:{draft_id}")

"""The intake service (spec P02–P16): drafts, identity check, mobile, validation, TƏSDİQ ET.

The wizard, the headless intake (`registrar intake`) and the demo generator all go through
`IntakeService`; the contract is /work/briefs/intake_api.md and docs/intake.md. Every method
is one transaction and returns frozen dataclasses. Importing this module installs the freeze
of confirmed applications (services.frozen).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import LocalSetting, PortalAccount
from registrar.models.base import utcnow
from registrar.services import (
    audit,
    evidence,
    frozen,  # noqa: F401  (importing it installs the freeze)
    settings,
)
from registrar.services import field_ids as F
from registrar.services import intake_drafts as drafts
from registrar.services import validation as V
from registrar.services.admission_import import BAKU
from registrar.services.context import Actor, Workspace
from registrar.services.errors import (
    BadInput,
    NotFound,
    PermissionDenied,
    ValidationErrors,
)
from registrar.services.intake_checks import (
    Checker,
    Facts,
    as_errors,
    gather,
    lookup_of,
)
from registrar.services.intake_headless import (
    MSG_NOT_APPLICABLE,
    RULE_NOT_APPLICABLE,
    ParsedRecord,
    clean_operator,
    intake_schema,
    parse,
)
from registrar.services.intake_identity import (
    email_owner,
    existing,
    key_violations,
    match,
    mobile_owner,
    normalise_key,
)
from registrar.services.intake_lookups import ReferenceLookups
from registrar.services.intake_mobile import MobileSteps, sms_gateway_from_settings
from registrar.services.intake_status import status_view
from registrar.services.intake_store import (
    NewApplication,
    answers,
    applicable_slots,
    slot_id,
    store,
)
from registrar.services.intake_types import (
    CONFIRMED_IN_PERSON,
    MOB_CONFIRMED_BY,
    AdmissionData,
    CodeStatus,
    ConfirmedApplication,
    DraftState,
    DraftSummary,
    ExistingApplicant,
    MobileConfirmation,
    PersonMatch,
    StatusView,
    StoredFile,
)
from registrar.services.passwords import Argon2Params, hash_password
from registrar.services.reference import (
    ReferenceData,
)
from registrar.services.sms import SmsGateway

__all__ = [
    "AdmissionData",
    "CodeStatus",
    "ConfirmedApplication",
    "DraftState",
    "DraftSummary",
    "ExistingApplicant",
    "IntakeService",
    "PersonMatch",
    "StatusView",
    "StoredFile",
    "intake_schema",
    "sms_gateway_from_settings",
]

log = logging.getLogger(__name__)

LOOKUP_KEY_TYPES: Final = ("fin", "migration_fin", "unhcr")
# Proposed by us; need native review.
MSG_UNKNOWN_SLOT: Final = "Naməlum sənəd yeri."


_ARGON2_KEYS: Final = ("argon2_memory_kib", "argon2_time_cost", "argon2_parallelism")
_ARGON2_SETTINGS = select(LocalSetting.key, LocalSetting.value).where(
    LocalSetting.key.in_(_ARGON2_KEYS), LocalSetting.deleted_at.is_(None)
)


def argon2_params(session: Session) -> Argon2Params:
    """The argon2id parameters of this database's settings, read in one query."""
    stored = {key: value for key, value in session.execute(_ARGON2_SETTINGS)}
    memory, time_cost, parallelism = (
        int(stored.get(key) or settings.KNOWN[key].default or 0) for key in _ARGON2_KEYS
    )
    return Argon2Params(memory_kib=memory, time_cost=time_cost, parallelism=parallelism)


def _merge(early: list[V.Violation], later: list[V.Violation]) -> list[V.Violation]:
    """The record's own problems first; a later problem of a field already named is left out
    (a missing file is not also "required"; an unusable `mob.confirmed_by` is not also an
    unconfirmed number)."""
    named = {violation.field for violation in early}
    if MOB_CONFIRMED_BY in named:
        named.add(F.MOB_CODE)
    return [*early, *(violation for violation in later if violation.field not in named)]


class IntakeService(MobileSteps, ReferenceLookups):
    """Intake at the enrolment desk, for one signed-in staff member (`actor`).

    The mobile confirmation steps (P03) come from `MobileSteps`, the reference lookups the
    pages need (admission lines, districts, ...) from `ReferenceLookups`.
    """

    def __init__(
        self,
        workspace: Workspace,
        reference: ReferenceData,
        actor: Actor,
        sms: SmsGateway | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._workspace = workspace
        self._reference = reference
        self._actor = actor
        self._sms = sms
        self._clock = clock
        self._checker = Checker(reference)
        self._slots = self._checker.known_slots()

    # ---- helpers ------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock().astimezone(BAKU).date()

    def _facts(self, session: Session, values: Mapping[str, object]) -> Facts:
        return gather(
            session, self._workspace.institution_id, self._reference, values, self._checker.codes
        )

    @staticmethod
    def _confirmed(data: drafts.DraftData, phone: str | None) -> MobileConfirmation | None:
        """The draft's mobile confirmation, if it is for the number the values now hold."""
        if data.mobile is not None and phone is not None and data.mobile.phone == phone:
            return data.mobile
        return None

    # ---- drafts -------------------------------------------------------------------------

    def start_draft(self) -> uuid.UUID:
        with self._workspace.write() as session:
            return drafts.create(session, self._actor)

    def save_draft(self, draft_id: uuid.UUID, page: str, values: Mapping[str, str]) -> None:
        """Keep the values (never passwords or codes) and the page; cheap enough per change."""
        with self._workspace.write() as session:
            drafts.save(session, draft_id, page, values)

    def open_drafts(self) -> list[DraftSummary]:
        with self._workspace.read() as session:
            return drafts.summaries(session)

    def load_draft(self, draft_id: uuid.UUID) -> DraftState:
        """The draft as saved; `mob.confirmed_by` is set while the confirmation holds."""
        with self._workspace.read() as session:
            draft = drafts.get(session, draft_id)
            data = drafts.decode(draft.data_json)
            files = drafts.files(session, draft_id)
        values = dict(data.values)
        confirmed = self._confirmed(data, lookup_of(values, self._checker.codes).phone)
        if confirmed is not None:
            values[MOB_CONFIRMED_BY] = confirmed.how
        return DraftState(draft_id, draft.page, values, files)

    def discard_draft(self, draft_id: uuid.UUID, reason: str) -> None:
        with self._workspace.write() as session:
            draft = drafts.get(session, draft_id)
            drafts.close(session, draft, None)
            audit.record(
                session, self._actor, "draft.discard", f"draft:{draft_id}", str(reason)[:500]
            )

    def attach_file(
        self, draft_id: uuid.UUID, slot_id: str, file_name: str, data: bytes
    ) -> StoredFile:
        """Check the file by content and keep it in the slot; BadInput(field=slot_id) if not."""
        if slot_id not in self._slots:
            raise BadInput(MSG_UNKNOWN_SLOT, field=str(slot_id)[:64])
        info = evidence.inspect_file(data, file_name, field=slot_id)
        with self._workspace.write() as session:
            return drafts.attach(
                session, draft_id, self._workspace.institution_id, slot_id, file_name, info, data
            )

    def detach_file(self, draft_id: uuid.UUID, slot_id: str, sha256: str) -> None:
        with self._workspace.write() as session:
            drafts.detach(session, draft_id, slot_id, sha256)

    def file_bytes(self, sha256: str) -> bytes:
        with self._workspace.read() as session:
            blob = drafts.blob_for(session, self._workspace.institution_id, sha256)
            if blob is None:
                raise NotFound(drafts.MSG_FILE_MISSING, field="sha256")
            return bytes(blob.data)

    # ---- identity (YOXLA) and duplicates ------------------------------------------------

    def lookup(self, key_type: str, national_key: str) -> PersonMatch | None:
        """YOXLA: the person by FİN (`fin`, `migration_fin`) or UNHCR document (`unhcr`)."""
        if key_type not in LOOKUP_KEY_TYPES:
            raise BadInput(f"Unknown key type '{str(key_type)[:20]}'.", field="key_type")
        field = F.REG_UNHCR_DOC_NO if key_type == "unhcr" else F.REG_FIN
        problems = key_violations(key_type, national_key, field)
        if problems:
            raise BadInput(problems[0].message, field=field)
        key = normalise_key(key_type, national_key)
        with self._workspace.read() as session:
            return match(session, self._workspace.institution_id, self._reference, key_type, key)

    def admission_data(self, values: Mapping[str, str]) -> AdmissionData | None:
        """P12's automatic data for the applicant the values identify, if imported."""
        with self._workspace.read() as session:
            facts = self._facts(session, values)
        return facts.match.admission if facts.match is not None else None

    def find_existing(self, values: Mapping[str, str]) -> list[ExistingApplicant]:
        with self._workspace.read() as session:
            return existing(
                session,
                self._workspace.institution_id,
                lookup_of(values, self._checker.codes),
            )

    def mobile_taken(self, phone: str, country: str) -> bool:
        e164 = V.normalise_phone(country, phone, self._checker.codes)
        if e164 is None:
            return False
        with self._workspace.read() as session:
            return mobile_owner(session, self._workspace.institution_id, e164) is not None

    def email_taken(self, email: str) -> bool:
        if not isinstance(email, str) or V.validate_email(email):
            return False
        with self._workspace.read() as session:
            owner = email_owner(session, self._workspace.institution_id, V.normalise_email(email))
            return owner is not None

    # ---- validation ---------------------------------------------------------------------

    def validate_page(
        self,
        page: str,
        values: Mapping[str, str],
        files: Mapping[str, Sequence[StoredFile]],
    ) -> list[V.Violation]:
        """The page's problems, field checks and data checks (V1–V18); [] when it may go on.

        P03 counts the number as confirmed when `mob.confirmed_by` is in the values (as
        `load_draft` gives them); `confirm` checks the recorded confirmation itself.
        """
        drafts.check_page(page)
        with self._workspace.read() as session:
            facts = self._facts(session, values)
        return self._checker.page(
            page,
            values,
            files,
            facts,
            today=self._today(),
            mobile_confirmed=bool(values.get(MOB_CONFIRMED_BY)),
        )

    def validate_all(
        self, values: Mapping[str, str], files: Mapping[str, Sequence[StoredFile]]
    ) -> list[V.Violation]:
        return self.validate_page("P14", values, files)

    # ---- confirmation: TƏSDİQ ET --------------------------------------------------------

    def confirm(
        self, draft_id: uuid.UUID, password: str, password_repeat: str
    ) -> ConfirmedApplication:
        """Freeze the draft as a confirmed application (number, hash); ValidationErrors lists
        every problem. The password is hashed with argon2id and never stored otherwise."""
        with self._workspace.read() as session:
            data = drafts.decode(drafts.get(session, draft_id).data_json)
            files = drafts.files(session, draft_id)
        values: dict[str, object] = {
            **data.values,
            F.PW_PASSWORD: password,
            F.PW_PASSWORD_REPEAT: password_repeat,
        }
        return self._confirm(
            values, files, None, lambda phone: self._confirmed(data, phone), draft_id
        )

    def intake_record(
        self, record: Mapping[str, Any], base_dir: Path, operator: str
    ) -> ConfirmedApplication:
        """Headless intake: validate a record (docs/intake.md) and store it confirmed, or
        raise ValidationErrors listing every problem at once."""
        who = clean_operator(operator)
        parsed = parse(record, base_dir, self._checker, self._reference, who)
        now = self._clock()

        def in_person(phone: str | None) -> MobileConfirmation | None:
            if phone is None or parsed.values.get(MOB_CONFIRMED_BY) != CONFIRMED_IN_PERSON:
                return None
            return MobileConfirmation(CONFIRMED_IN_PERSON, who, now, phone) if who else None

        values: dict[str, object] = dict(parsed.values)
        return self._confirm(values, parsed.files, parsed, in_person, None)

    def _confirm(
        self,
        values: dict[str, object],
        files: Mapping[str, list[StoredFile]],
        parsed: ParsedRecord | None,
        mobile_for: Callable[[str | None], MobileConfirmation | None],
        draft_id: uuid.UUID | None,
    ) -> ConfirmedApplication:
        early = list(parsed.violations) if parsed is not None else []
        if parsed is not None and not parsed.is_record:
            raise ValidationErrors(as_errors(early))
        password_hash = None
        if not V.validate_password_page(values):  # hashed outside the write lock
            with self._workspace.read() as session:
                params = argon2_params(session)
            password_hash = hash_password(str(values[F.PW_PASSWORD]), params)
        now = self._clock()
        with self._workspace.write() as session:
            draft = drafts.get(session, draft_id) if draft_id is not None else None
            facts = self._facts(session, values)
            problems = _merge(early, self._problems(values, files, facts, mobile_for, parsed))
            if problems:
                raise ValidationErrors(as_errors(problems))
            assert password_hash is not None
            mobile = mobile_for(facts.lookup.phone)
            assert mobile is not None
            fields = answers(values, facts, mobile, self._checker)
            kept: dict[str, list[StoredFile]] = {}
            titles: dict[str, str] = {}
            for slot in applicable_slots(values, facts, self._checker):
                if files.get(slot_id(slot)):
                    kept[slot_id(slot)] = list(files[slot_id(slot)])
                    if not isinstance(slot, str):
                        titles[slot.id] = slot.label_az
            blob_ids = self._blobs(session, kept, parsed)
            new = NewApplication(fields, kept, titles, blob_ids, facts, mobile, password_hash)
            confirmed = store(
                session, self._workspace, self._actor, new, now, now.astimezone(BAKU).year
            )
            if draft is not None:
                drafts.close(session, draft, confirmed.id)
        log.info("application confirmed (%s)", confirmed.id)
        return confirmed

    def _problems(
        self,
        values: Mapping[str, object],
        files: Mapping[str, list[StoredFile]],
        facts: Facts,
        mobile_for: Callable[[str | None], MobileConfirmation | None],
        parsed: ParsedRecord | None,
    ) -> list[V.Violation]:
        problems = self._checker.all(
            values,
            files,
            facts,
            today=self._today(),
            mobile_confirmed=mobile_for(facts.lookup.phone) is not None,
            password=True,
        )
        if parsed is not None and not problems:
            allowed = {slot_id(s) for s in applicable_slots(values, facts, self._checker)}
            problems += [
                V.Violation(RULE_NOT_APPLICABLE, MSG_NOT_APPLICABLE, slot)
                for slot in files
                if slot not in allowed
            ]
        return problems

    def _blobs(
        self, session: Session, files: Mapping[str, list[StoredFile]], parsed: ParsedRecord | None
    ) -> dict[str, uuid.UUID]:
        ids: dict[str, uuid.UUID] = {}
        institution = self._workspace.institution_id
        for stored in (item for items in files.values() for item in items):
            if stored.sha256 in ids:
                continue
            if parsed is not None:
                blob = drafts.store_blob(
                    session, institution, parsed.infos[stored.sha256], parsed.data[stored.sha256]
                )
            else:
                found = drafts.blob_for(session, institution, stored.sha256)
                if found is None:
                    raise NotFound(drafts.MSG_FILE_MISSING, field=stored.slot_id)
                blob = found
            ids[stored.sha256] = blob.id
        return ids

    # ---- after confirmation -------------------------------------------------------------

    def status(self, application_id: uuid.UUID) -> StatusView:
        with self._workspace.read() as session:
            return status_view(session, application_id)

    def issue_receipt(self, application_id: uuid.UUID) -> bytes:
        """The numbered application receipt handed over after TƏSDİQ ET, as PDF bytes."""
        from registrar.services.documents import DocumentService

        issued = DocumentService(self._workspace, self._actor).issue(
            "application_receipt", application_id
        )
        return issued.pdf

    def reset_portal_password(self, account_id: uuid.UUID, new_password: str, repeat: str) -> None:
        """P07 at the desk: the registrar sets a new portal password for the applicant."""
        if self._actor.role == "ministry":
            raise PermissionDenied("Bu əməliyyat yalnız təhsil müəssisəsinin əməkdaşları üçündür.")
        record = {F.PW_PASSWORD: new_password, F.PW_PASSWORD_REPEAT: repeat}
        problems = V.validate_password_page(record)
        if problems:
            raise ValidationErrors(as_errors(problems))
        with self._workspace.read() as session:
            params = argon2_params(session)
        password_hash = hash_password(new_password, params)
        with self._workspace.write() as session:
            account = session.get(PortalAccount, account_id)
            if (
                account is None
                or account.deleted_at is not None
                or account.institution_id != self._workspace.institution_id
            ):
                raise NotFound("Hesab tapılmadı.", field="account")
            account.password_hash = password_hash
            audit.record(
                session,
                self._actor,
                "portal_account.password_reset",
                f"portal_account:{account_id}",
            )

"""Demo records: invented applicants, students and movement cases, made without a database.

Each index has its own random stream (seed, index), so any index can be made alone and the
same seed always gives the same records. Unique values (mobile numbers, FİNs, UNHCR numbers,
e-mails) are unique by construction: they come from a keyed permutation of
`index * 64 + seed % 64`, so two seeds equal modulo 64 share that space.

`demo_intake_records` yields the applications as intake-shaped dicts keyed by spec field
ids, which is what the wizard's validation checks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final, TypeVar

from registrar.services import demo_names as N
from registrar.services import field_ids as F
from registrar.services.demo_evidence import POOL_PNG, file_stems, pool_pick
from registrar.services.demo_movements import (
    INCOMING,
    Case,
    case_kind_of,
    movement_case,
    restoration_from_elsewhere,
    transfer_variant,
    weighted,
)
from registrar.services.demo_reference import (
    DemoReference,
    District,
    Line,
    Spec,
    reference_from_files,
)
from registrar.services.errors import BadInput
from registrar.services.intake_store import (
    AD_AUTO_INSTITUTION,
    AD_AUTO_LANGUAGE,
    AD_AUTO_SCORE,
    AD_AUTO_SPECIALISATION,
    AD_AUTO_SPECIALTY,
    AD_AUTO_STUDY_FORM,
    AD_AUTO_YEAR,
    canonical_payload,
)
from registrar.services.intake_types import MOB_CONFIRMED_BY, NO, YES

DEMO_ADMIN_USERNAME: Final = "admin"
# The one documented password of the demo database: its admin, its demo staff and every demo
# portal account. The demo database holds only invented data.
DEMO_ADMIN_PASSWORD: Final = "Demo-2026"
DEMO_INSTITUTION: Final = "BDU"  # Bakı Dövlət Universiteti, from the reference list
MAX_COUNT: Final = 1_000_000
MAX_SEED: Final = 2**32 - 1

# Application statuses (spec P16) and identity paths (person.national_key_type).
DRAFT, SUBMITTED, UNDER_REVIEW = "DRAFT", "SUBMITTED", "UNDER_REVIEW"
EXEMPTION_APPROVED, EXEMPTION_REJECTED = "EXEMPTION_APPROVED", "EXEMPTION_REJECTED"
REGISTERED, REJECTED = "REGISTERED", "REJECTED"
STATUSES: Final = (
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    EXEMPTION_APPROVED,
    EXEMPTION_REJECTED,
    REGISTERED,
    REJECTED,
)
PATH_FIN, PATH_MIGRATION, PATH_UNHCR = "fin", "migration_fin", "unhcr"
PATHS: Final = (PATH_FIN, PATH_MIGRATION, PATH_UNHCR)

CITIZENSHIP: Final = {  # path -> (intake code, person.citizenship_type reference code)
    PATH_FIN: (F.CITIZENSHIP_AZ_CITIZEN, "az_citizen"),
    PATH_MIGRATION: (F.CITIZENSHIP_MIGRATION_DOC, "migration_doc"),
    PATH_UNHCR: (F.CITIZENSHIP_UNHCR, "unhcr"),
}
DOC_TYPE: Final = {PATH_FIN: "id_card", PATH_MIGRATION: "migration_doc", PATH_UNHCR: "unhcr_card"}
_LINE_FOR_PATH: Final = {
    PATH_FIN: "fin_citizen",
    PATH_MIGRATION: "fin_foreigner",
    PATH_UNHCR: "dim_document_foreigner",
}


# ---- unique values ---------------------------------------------------------------------------

SEED_SLOTS: Final = 64
FIN_ALPHABET: Final = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I and O
MOBILE_PREFIXES: Final = ("10", "50", "51", "55", "60", "70", "77", "99")
_MOBILES_PER_PREFIX: Final = 8_000_000  # subscriber numbers 2000000..9999999


def _permute(value: int, bits: int, limit: int, key: int) -> int:
    """A keyed bijection of [0, limit) (a 4-round Feistel network with cycle walking)."""
    half = bits // 2
    mask = (1 << half) - 1
    x = value
    while True:
        left, right = x >> half, x & mask
        for round_key in (key, key ^ 0x5BD1E995, key ^ 0x1B873593, key ^ 0x68E31DA4):
            mixed = ((right ^ round_key) * 0x9E3779B1) & 0xFFFFFFFF
            mixed ^= mixed >> 15
            left, right = right, left ^ (mixed & mask)
        x = (left << half) | right
        if x < limit:
            return x


def slot_index(seed: int, index: int) -> int:
    return index * SEED_SLOTS + seed % SEED_SLOTS


def demo_mobile(seed: int, index: int) -> str:
    n = _permute(slot_index(seed, index), 26, SEED_SLOTS * MAX_COUNT, 0x2F6B)
    prefix, rest = divmod(n, _MOBILES_PER_PREFIX)
    return f"+994{MOBILE_PREFIXES[prefix]}{2_000_000 + rest}"


def demo_fin(seed: int, index: int, stream: int) -> str:
    """A 7-character FİN (Latin capitals without I and O, and digits), unique per person."""
    n = _permute(slot_index(seed, index) * 2 + stream, 28, 2 * SEED_SLOTS * MAX_COUNT, 0x4C1D)
    value = (n * 2_654_435_761 + 12_345_678) % len(FIN_ALPHABET) ** 7
    chars = []
    for _ in range(7):
        value, digit = divmod(value, len(FIN_ALPHABET))
        chars.append(FIN_ALPHABET[digit])
    return "".join(chars)


def demo_unhcr_number(seed: int, index: int) -> str:
    """An invented UNHCR card series and number: `QAK` and 8 digits."""
    n = _permute(slot_index(seed, index), 26, SEED_SLOTS * MAX_COUNT, 0x7A11)
    return f"QAK{n:08d}"


def _card_series(seed: int, index: int, stream: int) -> str:
    n = _permute(slot_index(seed, index) * 2 + stream, 28, 2 * SEED_SLOTS * MAX_COUNT, 0x3E9)
    return f"AZE{n % 100_000_000:08d}"


_ASCII: Final = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "İ": "i",
        "ş": "sh",
        "Ş": "sh",
        "ç": "ch",
        "Ç": "ch",
        "ğ": "g",
        "Ğ": "g",
        "ö": "o",
        "Ö": "o",
        "ü": "u",
        "Ü": "u",
        "'": "",
        " ": "",
        "-": "",
    }
)


def demo_email(seed: int, index: int, first: str, last: str, rng: random.Random) -> str:
    local = f"{first.translate(_ASCII).lower()}.{last.translate(_ASCII).lower()}"
    domain = N.E_MAIL_DOMAINS[rng.randrange(len(N.E_MAIL_DOMAINS))]
    return f"{local}{slot_index(seed, index)}@{domain}"


# ---- generation (pure: no database) ----------------------------------------------------------


T = TypeVar("T")


class FastRandom(random.Random):
    """random.Random with choice, randint and randrange drawn from one `random()` call:
    several times faster, and the tiny bias does not matter for demo data."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


def campaign_year(today: date) -> int:
    """The admission campaign the demo applications belong to: the latest one that is over."""
    return today.year if today >= date(today.year, 10, 15) else today.year - 1


@dataclass(frozen=True)
class PersonFacts:
    male: bool
    first: str
    last: str
    patronymic: str
    birth: date
    path: str
    key: str  # FİN, or the UNHCR card's series and number
    migration_doc_type: str | None
    card_series: str | None
    doc_valid_until: date
    reg_address: str
    reg_district: str
    old_last: str | None  # an earlier surname (name history), if any
    name_changed_on: date | None

    @property
    def citizenship(self) -> str:
        return "az" if self.path == PATH_FIN else "foreign"


@dataclass(frozen=True)
class Doc:
    slot: str
    title: str
    pool: int
    file_name: str


@dataclass(frozen=True)
class AppEvent:
    kind: str
    status: str
    at: datetime
    actor: str | None  # staff username (role) or None for the applicant
    reason: str | None


@dataclass(frozen=True)
class Applicant:
    index: int
    person: PersonFacts
    mobile: str
    email: str
    confirmed_in_person: bool
    account_at: datetime
    line: Line
    basis: str
    specialty: Spec
    specialisation: tuple[str, str] | None
    study_form: str
    score: float
    exemption: tuple[str, dict[str, str], str | None] | None  # category, sub-answers, notes
    answers: dict[str, str]
    documents: tuple[Doc, ...]
    status: str
    started_at: datetime  # when the desk began the application
    events: tuple[AppEvent, ...]  # none while it is a draft

    @property
    def confirmed_at(self) -> datetime | None:
        for event in self.events:
            if event.status == SUBMITTED:
                return event.at
        return None

    def intake(self) -> dict[str, object]:
        """The application as the wizard and the headless intake take it: the stored answers
        with the citizenship and yes/no in the wizard's form, the repeats, the password, and
        a file name in each document slot."""
        record: dict[str, object] = {
            key: value for key, value in self.answers.items() if key != MOB_CONFIRMED_BY
        }
        record[F.REG_CITIZENSHIP] = CITIZENSHIP[self.person.path][0]
        for key in (F.PD_SAME_ADDRESS, F.FEE_VULNERABLE):
            if key in record:
                record[key] = F.YES if record[key] == YES else F.NO
        record[F.EM_EMAIL_REPEAT] = self.email
        record[F.PD_EMAIL_REPEAT] = self.email
        record[F.PW_PASSWORD] = DEMO_ADMIN_PASSWORD
        record[F.PW_PASSWORD_REPEAT] = DEMO_ADMIN_PASSWORD
        others: dict[str, list[str]] = {}
        for doc in self.documents:
            if doc.slot in (F.AD_DOCS_OTHER, F.FEE_DOCS_OTHER):
                others.setdefault(doc.slot, []).append(doc.file_name)
            else:
                record[doc.slot] = doc.file_name
        record.update(others)
        return record


def confirmed_payload(app: Applicant, pool_sha256: Sequence[str]) -> dict[str, Any]:
    """What a confirmed application's `data_hash` covers (intake_store.canonical_payload):
    the stored answers and each document slot's SHA-256s (`pool_sha256`: the evidence
    pool's, by pool index)."""
    documents: dict[str, list[str]] = {}
    for doc in app.documents:
        documents.setdefault(doc.slot, []).append(pool_sha256[doc.pool])
    return canonical_payload(app.answers, documents)


_STATUS_WEIGHTS: Final = (
    (DRAFT, 0.02),
    (SUBMITTED, 0.13),
    (UNDER_REVIEW, 0.17),
    (REGISTERED, 0.62),
    (REJECTED, 0.06),
)
_EXEMPT_STATUS_WEIGHTS: Final = (
    (DRAFT, 0.02),
    (SUBMITTED, 0.10),
    (UNDER_REVIEW, 0.18),
    (EXEMPTION_APPROVED, 0.16),
    (EXEMPTION_REJECTED, 0.09),
    (REGISTERED, 0.40),
    (REJECTED, 0.05),
)
# The first indices cover every (status, path) pair, so even a small fill shows them all.
_FORCED: Final = tuple((status, path) for path in PATHS for status in STATUSES)
GRADES: Final = (("A", 0.15), ("B", 0.25), ("C", 0.25), ("D", 0.17), ("E", 0.13), ("F", 0.05))


def has_learner(index: int) -> bool:
    """Whether an index also carries a bachelor's student (or a movement case's person)."""
    return index % 4 == 0 or case_kind_of(index) is not None


class Generator:
    """Makes the demo records of one seed; each index from its own random stream."""

    def __init__(self, seed: int, ref: DemoReference, today: date) -> None:
        self.seed = seed
        self.ref = ref
        self.today = today
        self.now = datetime(today.year, today.month, today.day)  # naive UTC, start of today
        self.year = campaign_year(today)
        self.window = datetime(self.year, 8, 1, 5)
        self.baku = next((d for d in ref.districts if d.code == "AZ-BA"), ref.districts[0])
        by_code = {d.code: d for d in ref.districts}
        self.popular = [by_code[c] for c in ("AZ-SM", "AZ-GA") if c in by_code]
        self.categories = ref.fee_categories

    def rng(self, index: int, stream: int) -> random.Random:
        return FastRandom((self.seed << 44) | (index << 2) | stream)

    # -- people

    def _district(self, rng: random.Random) -> District:
        roll = rng.random()
        if roll < 0.42:
            return self.baku
        if roll < 0.54 and self.popular:
            return rng.choice(self.popular)
        return rng.choice(self.ref.districts)

    def _address(self, rng: random.Random, district: District) -> str:
        street = rng.choice(N.STREETS)
        house = rng.randint(1, 180)
        if district is self.baku:
            area = rng.choice(N.BAKU_DISTRICTS)
            return f"Bakı şəhəri, {area} rayonu, {street}, ev {house}, mənzil {rng.randint(1, 96)}"
        if district.kind == "city":
            return f"{district.label} şəhəri, {street}, ev {house}"
        return f"{district.label} rayonu, {street}, ev {house}"

    def person(
        self,
        rng: random.Random,
        index: int,
        stream: int,
        path: str,
        age: tuple[int, int],
        on: date,
    ) -> PersonFacts:
        male = rng.random() < 0.5
        if path == PATH_FIN:
            first = rng.choice(N.MALE_NAMES if male else N.FEMALE_NAMES)
            last = rng.choice(N.SURNAMES)[0 if male else 1]
            father = rng.choice(N.FATHER_NAMES)
        else:
            males, females, surnames = rng.choice(N.FOREIGN_NAMES)
            first = rng.choice(males if male else females)
            last = rng.choice(surnames)[0 if male else 1]
            father = rng.choice(males)
        years = rng.randint(age[0], age[1])
        birth = on - timedelta(days=years * 365 + rng.randrange(365))
        district = self._district(rng) if path == PATH_FIN else self.baku
        old_last = None
        changed_on = None
        if not male and path == PATH_FIN and years >= 22 and rng.random() < 0.08:
            old_last, last = last, rng.choice(N.SURNAMES)[1]
            changed_on = birth + timedelta(days=rng.randint(21 * 365, years * 365))
        migration_type = None
        card = None
        if path == PATH_FIN:
            key = demo_fin(self.seed, index, stream)
            card = _card_series(self.seed, index, stream)
            valid_until = self.today + timedelta(days=rng.randint(200, 3400))
        elif path == PATH_MIGRATION:
            key = demo_fin(self.seed, index, stream)
            types = self.ref.migration_doc_types
            migration_type = types[rng.randrange(len(types))] if types else None
            valid_until = self.today + timedelta(days=rng.randint(90, 1000))
        else:
            key = demo_unhcr_number(self.seed, index)
            valid_until = self.today + timedelta(days=rng.randint(60, 700))
        return PersonFacts(
            male=male,
            first=first,
            last=last,
            patronymic=father,
            birth=birth,
            path=path,
            key=key,
            migration_doc_type=migration_type,
            card_series=card,
            doc_valid_until=valid_until,
            reg_address=self._address(rng, district),
            reg_district=district.code,
            old_last=old_last,
            name_changed_on=changed_on,
        )

    # -- applications

    def moment(self, rng: random.Random, start: datetime, low_s: int, high_s: int) -> datetime:
        moment = start + timedelta(seconds=rng.randint(low_s, high_s))
        if not 5 <= moment.hour < 14:  # office hours in Baku (UTC+4)
            moment = moment.replace(hour=5 + rng.randrange(9))
            if moment < start:
                moment += timedelta(days=1)
        return moment

    def applicant(self, index: int) -> Applicant:
        rng = self.rng(index, 0)
        if index < len(_FORCED):
            forced_status, path = _FORCED[index]
        else:
            forced_status = None
            roll = rng.random()
            path = PATH_FIN if roll < 0.85 else PATH_MIGRATION if roll < 0.95 else PATH_UNHCR
        campaign_day = date(self.year, 9, 1)
        person = self.person(rng, index, 0, path, (20, 35), campaign_day)
        line = line_for(self.ref, path)
        foreigner = path != PATH_FIN
        fee_paying = rng.random() < (0.9 if foreigner else 0.55)
        if forced_status in (EXEMPTION_APPROVED, EXEMPTION_REJECTED):
            fee_paying = True
        exemption_wanted = fee_paying and (
            forced_status in (EXEMPTION_APPROVED, EXEMPTION_REJECTED)
            or (forced_status is None and rng.random() < 0.15)
            or (forced_status is not None and index % 2 == 0)
        )
        if not self.categories:
            exemption_wanted = False
            if forced_status in (EXEMPTION_APPROVED, EXEMPTION_REJECTED):
                forced_status = REGISTERED
        status = forced_status or weighted(
            rng, _EXEMPT_STATUS_WEIGHTS if exemption_wanted else _STATUS_WEIGHTS
        )
        specialty = rng.choice(self.ref.master_specialties)
        options = self.ref.specialisations.get(specialty.code, ())
        specialisation = rng.choice(options) if options else None
        study_form = "full_time" if rng.random() < 0.85 else "extramural"
        score = round(rng.uniform(32.0, 98.0), 1)
        basis = F.ADMISSION_BASIS_FEE_PAYING if fee_paying else F.ADMISSION_BASIS_STATE_FUNDED
        mobile = demo_mobile(self.seed, index)
        email = demo_email(self.seed, index, person.first, person.last, rng)

        in_person = rng.random() < 0.1
        # The answers as intake_store.answers stores them: spec field ids, normalised,
        # codes for choices, yes/no for Bəli/Xeyr, empty ones left out.
        answers: dict[str, str] = {F.REG_CITIZENSHIP: CITIZENSHIP[path][1]}
        if path == PATH_UNHCR:
            answers[F.REG_UNHCR_DOC_NO] = person.key
        else:
            answers[F.REG_FIN] = person.key
            if person.migration_doc_type:
                answers[F.REG_MIGRATION_DOC_TYPE] = person.migration_doc_type
        answers[F.REG_FIRST_NAME] = person.first
        answers[F.REG_LAST_NAME] = person.last
        answers[F.REG_PATRONYMIC] = person.patronymic
        answers[F.REG_BIRTH_DATE] = person.birth.isoformat()
        answers[F.MOB_COUNTRY] = "AZ"
        answers[F.MOB_NUMBER] = mobile
        answers[MOB_CONFIRMED_BY] = "in_person" if in_person else "sms"
        answers[F.EM_EMAIL] = email
        answers[F.APP_ADMISSION_LINE] = line.code
        answers[F.PD_REG_ADDRESS] = person.reg_address
        if rng.random() < 0.65:
            answers[F.PD_SAME_ADDRESS] = YES
            answers[F.PD_ACTUAL_ADDRESS] = person.reg_address
            answers[F.PD_ACTUAL_DISTRICT] = person.reg_district
        else:
            answers[F.PD_SAME_ADDRESS] = NO
            answers[F.PD_ACTUAL_ADDRESS] = self._address(rng, self.baku)
            answers[F.PD_ACTUAL_DISTRICT] = self.baku.code
        answers[F.PD_COUNTRY] = "AZ"
        answers[F.PD_PHONE] = mobile
        answers[F.PD_EMAIL] = email
        answers[AD_AUTO_INSTITUTION] = self.ref.own.code
        answers[AD_AUTO_SPECIALTY] = specialty.code
        if specialisation is not None:
            answers[AD_AUTO_SPECIALISATION] = specialisation[0]
        answers[AD_AUTO_STUDY_FORM] = study_form
        answers[AD_AUTO_LANGUAGE] = "az"
        answers[F.AD_AUTO_ADMISSION_BASIS] = basis
        answers[AD_AUTO_SCORE] = str(int(score)) if score.is_integer() else repr(score)
        answers[AD_AUTO_YEAR] = str(self.year)
        if foreigner and self.ref.prev_stages:
            stage = self.ref.prev_stages[0]
            levels = [code for code, parent in self.ref.edu_levels if parent in (stage, None)]
            answers[F.AD_PREV_STAGE] = stage
            if levels:
                answers[F.AD_EDU_LEVEL] = "bachelor" if "bachelor" in levels else levels[0]

        documents = [
            Doc(slot.id, slot.label_az, *self._file(rng, slot.id))
            for slot in line.documents
            if slot.required or rng.random() < 0.5
        ]
        if rng.random() < 0.1:
            documents.append(
                Doc(F.AD_DOCS_OTHER, F.ATTESTED["common.other"], *self._file(rng, F.AD_DOCS_OTHER))
            )

        exemption = None
        if fee_paying:
            answers[F.FEE_VULNERABLE] = YES if exemption_wanted else NO
        if exemption_wanted:
            category = self.categories[rng.randrange(len(self.categories))]
            sub: dict[str, str] = {}
            for question in category.sub_questions:
                if question.when is None or question.when.holds(sub):
                    sub[question.id] = question.options[rng.randrange(len(question.options))].id
            notes = rng.choice(N.FEE_NOTES) if rng.random() < 0.3 else None
            answers[F.FEE_CATEGORY] = category.code
            answers.update(sub)
            if notes is not None:
                answers[F.FEE_NOTES] = notes
            required = category.required_documents(sub)
            for slot in required:
                documents.append(Doc(slot.id, slot.label_az, *self._file(rng, slot.id)))
            if not required or rng.random() < 0.1:  # evidence under "Digər" at least
                documents.append(
                    Doc(
                        F.FEE_DOCS_OTHER,
                        F.ATTESTED["common.other"],
                        *self._file(rng, F.FEE_DOCS_OTHER),
                    )
                )
            exemption = (category.code, sub, notes)

        account_at = self.moment(rng, self.window, 0, 65 * 86400)
        started = min(self.moment(rng, account_at, 600, 2 * 86400), self.now - timedelta(hours=1))
        events = self._events(rng, status, exemption is not None, started)
        return Applicant(
            index=index,
            person=person,
            mobile=mobile,
            email=email,
            confirmed_in_person=in_person,
            account_at=account_at,
            line=line,
            basis=basis,
            specialty=specialty,
            specialisation=specialisation,
            study_form=study_form,
            score=score,
            exemption=exemption,
            answers=answers,
            documents=tuple(documents),
            status=status,
            started_at=started,
            events=events,
        )

    def _file(self, rng: random.Random, slot: str) -> tuple[int, str]:
        pool = pool_pick(slot, rng)
        extension = ".png" if pool < POOL_PNG else ".pdf"
        return pool, rng.choice(file_stems(slot)) + extension

    def _events(
        self, rng: random.Random, status: str, exemption: bool, started: datetime
    ) -> tuple[AppEvent, ...]:
        """The status chain (as intake and review append it); none for a draft."""
        steps: list[tuple[str, str, str | None]] = []
        if status != DRAFT:
            steps.append(("submitted", SUBMITTED, "desk"))
        if status not in (DRAFT, SUBMITTED):
            steps.append(("review_started", UNDER_REVIEW, "desk"))
        decided = status in (EXEMPTION_APPROVED, EXEMPTION_REJECTED) or (
            exemption and status in (REGISTERED, REJECTED) and rng.random() < 0.8
        )
        if decided:
            approved = status == EXEMPTION_APPROVED or (
                status != EXEMPTION_REJECTED and rng.random() < 0.7
            )
            if approved:
                steps.append(("exemption_approved", EXEMPTION_APPROVED, "registrar"))
            else:
                steps.append(("exemption_rejected", EXEMPTION_REJECTED, "registrar"))
        if status == REGISTERED:
            steps.append(("registered", REGISTERED, "registrar"))
        elif status == REJECTED:
            steps.append(("rejected", REJECTED, "registrar"))
        gaps = {
            "submitted": (300, 3 * 86400),
            "review_started": (7200, 5 * 86400),
            "exemption_approved": (86400, 7 * 86400),
            "exemption_rejected": (86400, 7 * 86400),
            "registered": (7200, 5 * 86400),
            "rejected": (7200, 5 * 86400),
        }
        latest = self.now - timedelta(minutes=1)
        events = []
        moment = started
        for kind, step_status, actor in steps:
            moment = min(self.moment(rng, moment, *gaps[kind]), latest)
            reason = None
            if kind == "rejected":
                reason = rng.choice(N.REJECTION_REASONS)
            elif kind == "exemption_rejected":
                reason = rng.choice(N.EXEMPTION_REJECTION_REASONS)
            elif kind == "exemption_approved":
                reason = N.EXEMPTION_APPROVED_MESSAGE
            events.append(AppEvent(kind, step_status, moment, actor, reason))
        return tuple(events)

    # -- students and movement cases

    def semester_end(self, admitted: int, semester: int) -> date:
        if semester % 2:
            return date(admitted + (semester - 1) // 2 + 1, 1, 24)
        return date(admitted + semester // 2, 6, 30)

    def completed_semesters(self, learner: Learner) -> int:
        limit = 8 if learner.level == "bachelor" else 4
        stop = self.today
        for event in learner.events:
            if event.kind in ("on_leave", "expelled"):
                stop = min(stop, event.on)
                break
        done = 0
        while done < limit and self.semester_end(learner.admission_year, done + 1) < stop:
            done += 1
        return done

    def next_term_start(self, after: date) -> date:
        for year in (after.year, after.year + 1):
            for month in (2, 9):
                start = date(year, month, 15)
                if start > after:
                    return start
        return date(after.year + 1, 9, 15)

    def master_student(self, app: Applicant) -> Learner:
        registered = next(e.at for e in app.events if e.status == REGISTERED)
        rng = self.rng(app.index, 2)
        military = app.person.male and app.person.path == PATH_FIN and rng.random() < 0.8
        return Learner(
            index=app.index,
            stream=0,
            person=app.person,
            enrolled=True,
            level="master",
            specialty=app.specialty,
            specialisation=app.specialisation[1] if app.specialisation else None,
            admission_year=self.year,
            study_form=app.study_form,
            funding="fee_paying" if app.basis == F.ADMISSION_BASIS_FEE_PAYING else "state_order",
            dim_score=app.score,
            military=military,
            third_party_payer=False,
            events=(StudentEventFacts("enrolled", registered.date(), None),),
            case=None,
        )

    def learner(self, index: int) -> Learner:
        """The bachelor's student (or outside person) that an index carries beside its
        application, with the movement case of that index, if any."""
        rng = self.rng(index, 1)
        case_kind = case_kind_of(index)
        path = PATH_FIN if rng.random() < 0.93 else PATH_MIGRATION
        if case_kind is None:
            admitted = self.year - rng.randrange(4)
        else:
            admitted = self.year - 1 - rng.randrange(3)
        person = self.person(rng, index, 1, path, (17, 19), date(admitted, 9, 1))
        specialty = rng.choice(self.ref.bachelor_specialties)
        form = weighted(rng, (("full_time", 0.85), ("extramural", 0.1), ("evening", 0.05)))
        foreign = path != PATH_FIN
        funding = "fee_paying" if foreign or rng.random() < 0.55 else "state_order"
        enrolled_on = date(admitted, 9, 1)
        events = [StudentEventFacts("enrolled", enrolled_on, None)]
        incoming = case_kind == "transfer" and transfer_variant(index) in INCOMING
        from_elsewhere = case_kind == "restoration" and restoration_from_elsewhere(index)
        latest = self.today - timedelta(days=7)
        earliest = enrolled_on + timedelta(days=150)
        if case_kind == "leave_return":
            events.append(StudentEventFacts("on_leave", self.between(rng, earliest, latest), None))
        elif case_kind == "restoration" and not from_elsewhere:
            events.append(
                StudentEventFacts(
                    "expelled",
                    self.between(rng, earliest, latest),
                    rng.choice(("own_request", "no_registration_no_contact", "discipline")),
                )
            )
        elif case_kind is None and earliest < latest:
            roll = rng.random()
            if roll < 0.05:
                start = self.between(rng, earliest, latest)
                events.append(StudentEventFacts("on_leave", start, None))
                back = self.next_term_start(start + timedelta(days=330))
                if back < latest and rng.random() < 0.6:
                    events.append(StudentEventFacts("returned", back, None))
            elif roll < 0.09:
                out = self.between(rng, earliest, latest)
                events.append(StudentEventFacts("expelled", out, "own_request"))
                back = self.next_term_start(out + timedelta(days=180))
                if back < latest and rng.random() < 0.3:
                    events.append(StudentEventFacts("restored", back, None))
        learner = Learner(
            index=index,
            stream=1,
            person=person,
            enrolled=not (incoming or from_elsewhere),
            level="bachelor",
            specialty=specialty,
            specialisation=None,
            admission_year=admitted,
            study_form=form,
            funding=funding,
            dim_score=round(rng.uniform(200.0, 690.0), 1),
            military=person.male and not foreign and rng.random() < 0.9,
            third_party_payer=funding == "fee_paying" and rng.random() < 0.05,
            events=tuple(events),
            case=None,
        )
        if case_kind is None:
            return learner
        case = movement_case(self, rng, case_kind, learner)
        return replace(learner, case=case)

    def between(self, rng: random.Random, low: date, high: date) -> date:
        if high <= low:
            return low
        return low + timedelta(days=rng.randrange((high - low).days))

    def courses(self, learner: Learner, semester: int) -> list[tuple[str, str, float, int]]:
        """(code, name, credits, hours) of a semester's courses: the same for a whole cohort."""
        if learner.level == "master":
            plan = (*N.MASTER_COURSES, *N.GROUP_COURSES.get(learner.specialty.dim_group, ()))
        else:
            plan = (*N.COMMON_COURSES, *N.GROUP_COURSES.get(learner.specialty.dim_group, ()))
        credits = (6.0, 5.0, 5.0, 4.0)
        hours = (60, 45, 45, 30)
        return [
            (
                f"{learner.specialty.code}-{semester}{k + 1:02d}",
                plan[((semester - 1) * 4 + k) % len(plan)],
                credits[k],
                hours[k],
            )
            for k in range(4)
        ]


@dataclass(frozen=True)
class StudentEventFacts:
    kind: str
    on: date
    reason: str | None


@dataclass(frozen=True)
class Learner:
    index: int
    stream: int  # 0: the master's student from the index's application; 1: the bachelor's
    person: PersonFacts
    enrolled: bool  # False: only a person (an incoming transfer, a restoration from elsewhere)
    level: str
    specialty: Spec
    specialisation: str | None
    admission_year: int
    study_form: str
    funding: str
    dim_score: float
    military: bool
    third_party_payer: bool
    events: tuple[StudentEventFacts, ...]
    case: Case | None


def demo_intake_records(
    seed: int, count: int, *, today: date | None = None, ref: DemoReference | None = None
) -> Iterator[dict[str, object]]:
    """The demo applications of `seed` (indices 0..count-1) as intake-shaped dicts, keyed by
    spec field ids: exactly the data `fill_demo` stores for them on a fresh demo database."""
    check_seed_count(seed, count)
    generator = Generator(seed, ref or reference_from_files(DEMO_INSTITUTION), today or today_utc())
    for index in range(count):
        yield generator.applicant(index).intake()


def today_utc() -> date:
    return datetime.now(UTC).date()


def check_seed_count(seed: int, count: int) -> None:
    if not 0 <= count <= MAX_COUNT:
        raise BadInput(f"The count must be between 0 and {MAX_COUNT:,}.", field="count")
    if not 0 <= seed <= MAX_SEED:
        raise BadInput(f"The seed must be between 0 and {MAX_SEED}.", field="seed")


def line_for(ref: DemoReference, path: str) -> Line:
    """The admission line of an identity path (a foreigner's line for the foreign paths)."""
    wanted = _LINE_FOR_PATH[path]
    for line in ref.lines:
        if line.code == wanted:
            return line
    foreigner = path != PATH_FIN
    for line in ref.lines:
        if line.manual_stage_and_level == foreigner:
            return line
    return ref.lines[0]

"""The registry of document kinds: their Azerbaijani titles, templates and data contracts.

Each kind lists the placeholders its template may use (with types; choice codes; annex table
columns) and which of them the data must supply. The Azerbaijani wording lives in the template
files under resources/templates/, never here; the defaults below are the short terms shared by
every kind (forms of study, funding bases, levels), which a template may override.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from registrar.services.errors import NotFound
from registrar.services.letters.fill import lookup
from registrar.services.letters.spec import (
    ColumnSpec,
    FieldSpec,
    FieldType,
    KindSpec,
    TableSpec,
)

T = FieldType

STUDY_FORMS = ("full_time", "extramural", "evening", "distance")
FUNDING = ("state_order", "fee_paying")
LEVELS = ("bachelor", "master", "basic_medicine")

COMMON_CHOICES: Mapping[str, Mapping[str, str]] = {
    "form": {
        "full_time": "əyani",
        "extramural": "qiyabi",
        "evening": "axşam",
        "distance": "distant",
    },
    "funding": {
        "state_order": "dövlət sifarişi əsasında",
        "fee_paying": "ödənişli əsaslarla",
    },
    "level": {
        "bachelor": "bakalavriat səviyyəsində",
        "master": "magistratura səviyyəsində",
        "basic_medicine": "əsas (baza ali) tibb təhsilində",
    },
}


def _text(name: str, required: bool = True, note: str = "") -> FieldSpec:
    return FieldSpec(name, T.TEXT, required, note=note)


def _date(name: str, required: bool = True, note: str = "") -> FieldSpec:
    return FieldSpec(name, T.DATE, required, note=note)


def _choice(name: str, codes: tuple[str, ...], required: bool = True) -> FieldSpec:
    return FieldSpec(name, T.CHOICE, required, choices=codes)


def _form(name: str) -> FieldSpec:
    return _choice(name, STUDY_FORMS)


def _funding(name: str) -> FieldSpec:
    return _choice(name, FUNDING)


def _defaults(**fields: str) -> dict[str, Mapping[str, str]]:
    """Default choice texts: field name -> one of the COMMON_CHOICES groups."""
    return {name: COMMON_CHOICES[group] for name, group in fields.items()}


def _student(prefix: str = "student") -> tuple[FieldSpec, ...]:
    return (
        _text(f"{prefix}.full_name", note="surname, name, patronymic: Məmmədova Aynur Rəşid qızı"),
        _text(f"{prefix}.specialty", note="specialty as printed, e.g. 050509 – Kompüter elmləri"),
        FieldSpec(f"{prefix}.course", T.INTEGER, note="year of study (kurs), 1–6"),
        _form(f"{prefix}.form"),
        _funding(f"{prefix}.funding"),
    )


CREDIT_COLUMNS = (
    ColumnSpec("source_course", T.TEXT, weight=3.0),
    ColumnSpec("source_credits", T.DECIMAL, weight=0.9, align="right"),
    ColumnSpec("grade", T.TEXT, weight=0.9, align="center"),
    ColumnSpec("target_subject", T.TEXT, weight=3.0, required=False),
    ColumnSpec("target_credits", T.DECIMAL, weight=0.9, align="right", required=False),
    ColumnSpec("recognised_credits", T.DECIMAL, weight=0.9, align="right"),
    ColumnSpec("note", T.TEXT, weight=1.6, required=False),
)
CREDITS = TableSpec(CREDIT_COLUMNS, totals=("source_credits", "recognised_credits"))


def _credit_totals(data: Mapping[str, Any]) -> Mapping[str, Any]:
    rows = lookup(data, "credits")
    if not isinstance(rows, list | tuple):
        return {}
    total = Decimal(0)
    for row in rows:
        value = lookup(row, "recognised_credits")
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            total += Decimal(value)
    return {"recognition": {"total_credits": total.normalize() if total else Decimal(0)}}


def _credits_field(required: bool) -> FieldSpec:
    return FieldSpec(
        "credits",
        T.TABLE,
        required,
        table=CREDITS,
        note="rows: source_course, source_credits, grade, target_subject (empty when not "
        "recognised), target_credits, recognised_credits, note",
    )


_RECOGNISED_TOTAL = FieldSpec(
    "recognition.total_credits",
    T.DECIMAL,
    required=False,
    note="computed: the sum of credits[].recognised_credits",
)

KINDS: tuple[KindSpec, ...] = (
    KindSpec(
        id="application_receipt",
        title_az="Müraciətin qəbulu barədə qəbz",
        template_file="application_receipt.txt",
        fields=(
            _text("applicant.full_name"),
            _text("applicant.fin", required=False),
            _text("applicant.document_number", required=False, note="UNHCR / migration document"),
            _text("application.number"),
            FieldSpec("application.confirmed_at", T.DATETIME, note="the moment of TƏSDİQ ET"),
            _text("application.admission_line"),
            _text("application.institution"),
            _text("application.specialty", required=False),
            _funding("application.admission_basis"),
            FieldSpec("application.fee_exemption_requested", T.FLAG),
            _text("application.data_hash", required=False, note="hash of the confirmed data"),
            FieldSpec(
                "documents",
                T.TABLE,
                required=False,
                table=TableSpec(
                    (
                        ColumnSpec("title", weight=3.0),
                        ColumnSpec("file_name", weight=2.0, required=False),
                    )
                ),
                note="rows: title, file_name",
            ),
            _text("received_by.name"),
            _text("received_by.position"),
        ),
        must_use=("applicant.full_name", "application.number"),
        default_choices=_defaults(**{"application.admission_basis": "funding"}),
    ),
    KindSpec(
        id="fee_exemption_decision",
        title_az="Təhsil haqqından azad olunma barədə qərar məktubu",
        template_file="fee_exemption_decision.txt",
        fields=(
            _text("applicant.full_name"),
            _text("applicant.address", required=False),
            _text("application.number"),
            _date("application.date"),
            _text("exemption.category", note="the social status chosen on P13"),
            _choice("decision.outcome", ("approved", "rejected")),
            _text("decision.reason", required=False),
        ),
        must_use=("applicant.full_name", "decision.outcome"),
    ),
    KindSpec(
        id="admission_order",
        title_az="Tələbələr sırasına qəbul haqqında əmr",
        template_file="admission_order.txt",
        fields=(
            _text("student.full_name"),
            _choice("admission.level", LEVELS),
            _text("admission.specialty"),
            _text("admission.specialisation", required=False),
            _form("admission.form"),
            _funding("admission.basis"),
            FieldSpec("admission.year", T.INTEGER, note="year of the admission exams"),
            _date("admission.start_date"),
            FieldSpec("admission.score", T.DECIMAL, required=False),
            _text("admission.group", required=False),
            _text("application.number", required=False),
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(
            **{"admission.level": "level", "admission.form": "form", "admission.basis": "funding"}
        ),
    ),
    KindSpec(
        id="transfer_consent_letter",
        title_az="Köçürülməyə razılıq məktubu",
        template_file="transfer_consent_letter.txt",
        fields=(
            _text("recipient.addressee", note="addressee block as printed, may span lines"),
            _text("student.full_name"),
            _text("student.specialty"),
            FieldSpec("student.course", T.INTEGER),
            _text("source.institution"),
            _text("source.country", required=False, note="needed when transfer.origin is foreign"),
            _text("target.specialty"),
            _form("target.form"),
            _choice("transfer.origin", ("domestic", "foreign")),
            _text("application.number", required=False),
            _date("application.date", required=False, note="needed with application.number"),
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(**{"target.form": "form"}),
        paragraphs=("1.8", "2.10", "2.11", "2.13"),
    ),
    KindSpec(
        id="transcript_blank_letter",
        title_az="Akademik arayış blankının ayrılması barədə məktub",
        template_file="transcript_blank_letter.txt",
        fields=(
            _text("recipient.addressee"),
            _text("student.full_name"),
            _text("student.specialty"),
            FieldSpec("student.course", T.INTEGER),
            _text("target.institution"),
            _text("blank.serial", note="serial number of the allocated transcript blank"),
            _text("application.number", required=False),
            _date("application.date", required=False, note="needed with application.number"),
        ),
        must_use=("student.full_name", "blank.serial"),
        paragraphs=("2.11", "2.12"),
    ),
    KindSpec(
        id="transfer_refusal",
        title_az="Köçürülmədən imtina haqqında məktub",
        template_file="transfer_refusal.txt",
        fields=(
            _text("applicant.full_name"),
            _text("applicant.address", required=False),
            _text("application.number"),
            _date("application.date"),
            FieldSpec(
                "reasons",
                T.TABLE,
                table=TableSpec(
                    (ColumnSpec("paragraph", weight=1.2), ColumnSpec("text", weight=5.0))
                ),
                note="rows: paragraph (e.g. 2.3), text — the rules engine's reasons",
            ),
        ),
        must_use=("applicant.full_name",),
        paragraphs=("2.10", "2.11"),
    ),
    KindSpec(
        id="expulsion_order",
        title_az="Tələbələr sırasından xaric edilmə haqqında əmr",
        template_file="expulsion_order.txt",
        fields=(
            *_student(),
            _choice(
                "expulsion.ground",
                ("own_request", "transfer", "discipline", "health", "no_registration"),
            ),
            _date("expulsion.date"),
            _text("expulsion.basis", required=False, note="documents the order rests on"),
            _text("target.institution", required=False, note="ground 'transfer' (3.1.2)"),
            _text(
                "certificate.serial",
                required=False,
                note="serial of the Annex 1 certificate blank (Cabinet decision 12/2010)",
            ),
        ),
        must_use=("student.full_name", "expulsion.ground"),
        default_choices=_defaults(**{"student.form": "form", "student.funding": "funding"}),
        paragraphs=("2.12", "3.1", "3.3"),
    ),
    KindSpec(
        id="expulsion_order_extract",
        title_az="Xaric edilmə haqqında əmrdən çıxarış",
        template_file="expulsion_order_extract.txt",
        fields=(
            *_student(),
            _choice(
                "expulsion.ground",
                ("own_request", "transfer", "discipline", "health", "no_registration"),
            ),
            _date("expulsion.date"),
            _text("target.institution", required=False),
            _text("order.number", note="the register number of the expulsion order"),
            _date("order.date"),
            _text("certified_by.name"),
            _text("certified_by.position"),
        ),
        must_use=("student.full_name", "order.number"),
        default_choices=_defaults(**{"student.form": "form", "student.funding": "funding"}),
        paragraphs=("3.3", "4.4"),
    ),
    KindSpec(
        id="inclusion_order",
        title_az="Tələbələr sırasına daxil edilmə (köçürülmə) haqqında əmr",
        template_file="inclusion_order.txt",
        fields=(
            _text("student.full_name"),
            _text("source.institution"),
            _text("source.specialty", required=False),
            _text("target.specialty"),
            FieldSpec("target.course", T.INTEGER),
            _form("target.form"),
            _funding("target.funding"),
            _text("target.group", required=False),
            _date("inclusion.date"),
            _text("mse_letter.number"),
            _date("mse_letter.date"),
            _date("personal_file.received_on", required=False),
            _credits_field(required=True),
            _RECOGNISED_TOTAL,
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(**{"target.form": "form", "target.funding": "funding"}),
        derive=_credit_totals,
        paragraphs=("1.10", "2.13"),
    ),
    KindSpec(
        id="restoration_order",
        title_az="Tələbələr sırasına bərpa haqqında əmr",
        template_file="restoration_order.txt",
        fields=(
            _text("student.full_name"),
            _text("expulsion.institution"),
            _text("expulsion.order_number"),
            _date("expulsion.order_date"),
            _date("restoration.date"),
            FieldSpec(
                "restoration.from_other_hei",
                T.FLAG,
                note="true when expelled from another HEI (4.4: Annex 1 certificate and order "
                "extract join the file)",
            ),
            _text("target.specialty"),
            FieldSpec("target.course", T.INTEGER),
            _form("target.form"),
            _text("target.group", required=False),
            _text("mse_letter.number", required=False, note="when the MSE consented (4.2)"),
            _date("mse_letter.date", required=False, note="needed with mse_letter.number"),
            FieldSpec("fee.amount", T.MONEY, required=False, note="yearly fee of the group"),
            _credits_field(required=False),
            _RECOGNISED_TOTAL,
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(**{"target.form": "form"}),
        derive=_credit_totals,
        paragraphs=("1.6", "1.10", "1.11", "4.1", "4.2", "4.4"),
    ),
    KindSpec(
        id="academic_leave_order",
        title_az="Akademik məzuniyyət haqqında əmr",
        template_file="academic_leave_order.txt",
        fields=(
            *_student(),
            _choice(
                "leave.ground",
                (
                    "conscription",
                    "mobilisation",
                    "family",
                    "health",
                    "social_leave",
                    "study_abroad",
                ),
            ),
            _date("leave.start"),
            _date(
                "leave.end",
                required=False,
                note="needed for every ground but mobilisation (open until discharge, 5.1.1)",
            ),
            _text("leave.basis", required=False),
        ),
        must_use=("student.full_name", "leave.ground"),
        default_choices=_defaults(**{"student.form": "form", "student.funding": "funding"}),
        paragraphs=("5.1", "5.2"),
    ),
    KindSpec(
        id="return_from_leave_order",
        title_az="Akademik məzuniyyətdən qayıtma haqqında əmr",
        template_file="return_from_leave_order.txt",
        fields=(
            _text("student.full_name"),
            _text("leave.order_number"),
            _date("leave.order_date"),
            _date("return.date", note="first day of the next semester"),
            _text("target.specialty"),
            FieldSpec("target.course", T.INTEGER),
            _form("target.form"),
            _funding("target.funding"),
            _text("target.group", required=False),
            _text("mse_letter.number", required=False, note="own specialty discontinued (5.2)"),
            _date("mse_letter.date", required=False, note="needed with mse_letter.number"),
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(**{"target.form": "form", "target.funding": "funding"}),
        paragraphs=("1.10", "5.2"),
    ),
    KindSpec(
        id="military_notice",
        title_az="Hərbi uçot orqanına bildiriş",
        template_file="military_notice.txt",
        fields=(
            _text("recipient.addressee", note="the military-registration body, as printed"),
            _text("person.full_name"),
            _date("person.birth_date"),
            _text("person.fin", required=False),
            _text("person.address", required=False),
            _text("expulsion.order_number"),
            _date("expulsion.order_date"),
            _date("deferment.lost_on", note="expulsion date + 6 months (3.2, A-27)"),
        ),
        must_use=("person.full_name",),
        paragraphs=("3.2",),
    ),
    KindSpec(
        id="mse_petition",
        title_az="Elm və Təhsil Nazirliyinə vəsatət",
        template_file="mse_petition.txt",
        fields=(
            _choice(
                "petition.subject",
                (
                    "restoration",
                    "restoration_special_purpose",
                    "return_other_specialty",
                    "return_other_hei",
                ),
            ),
            _text("student.full_name"),
            _text("student.specialty"),
            _text(
                "target.specialty",
                required=False,
                note="needed for every subject but return_other_hei",
            ),
            _text(
                "expulsion.institution",
                required=False,
                note="needed for restoration and restoration_special_purpose",
            ),
            _date(
                "expulsion.date",
                required=False,
                note="needed for restoration and restoration_special_purpose",
            ),
            FieldSpec(
                "attachments",
                T.TABLE,
                required=False,
                table=TableSpec((ColumnSpec("title"),)),
                note="rows: title",
            ),
        ),
        must_use=("student.full_name", "petition.subject"),
        paragraphs=("4.2", "4.3", "5.2"),
    ),
    KindSpec(
        id="payer_agreement",
        title_az="Təhsil haqqını ödəyən şəxsin yazılı razılığı",
        template_file="payer_agreement.txt",
        fields=(
            _text("payer.name"),
            _text("payer.identity", note="FİN of a person or VÖEN of a company"),
            _text("payer.representative", required=False, note="who signs for a company"),
            _text("contract.number"),
            _date("contract.date"),
            _text("student.full_name"),
            _text("source.institution"),
            _text("source.specialty"),
            _text("target.institution"),
            _text("target.specialty"),
            _choice("transfer.kind", ("inter_hei", "specialty_change")),
        ),
        must_use=("payer.name", "student.full_name"),
        paragraphs=("1.9",),
    ),
    KindSpec(
        id="credit_comparison_sheet",
        title_az="Kreditlərin müqayisə vərəqi",
        template_file="credit_comparison_sheet.txt",
        fields=(
            _text("student.full_name"),
            _text("source.institution"),
            _text("source.specialty", required=False),
            _text("target.specialty"),
            _text("transcript.blank_serial", required=False),
            _date("personal_file.received_on", required=False),
            _credits_field(required=True),
            _RECOGNISED_TOTAL,
            _text("prepared_by.name"),
            _text("prepared_by.position"),
        ),
        must_use=("student.full_name",),
        derive=_credit_totals,
        paragraphs=("1.10", "2.13"),
    ),
    KindSpec(
        id="study_certificate",
        title_az="Təhsil aldığı barədə arayış",
        template_file="study_certificate.txt",
        fields=(
            *_student(),
            _date("student.birth_date", required=False),
            _choice("student.level", LEVELS),
            _text("student.faculty", required=False),
            _text("admission.order_number"),
            _date("admission.order_date"),
            _date("study.expected_end", required=False),
            _text("certificate.purpose", required=False, note="where it is presented, in dative"),
        ),
        must_use=("student.full_name",),
        default_choices=_defaults(
            **{"student.form": "form", "student.funding": "funding", "student.level": "level"}
        ),
    ),
)

_BY_ID = {kind.id: kind for kind in KINDS}


def kind_ids() -> tuple[str, ...]:
    return tuple(_BY_ID)


def get_kind(kind_id: str) -> KindSpec:
    try:
        return _BY_ID[kind_id]
    except KeyError:
        raise NotFound(f"No document kind '{kind_id}'.", field="kind") from None

"""Realistic sample data for every document kind: the template editor's live preview, the
screenshots in docs/, the tests and the benchmark. All people and the university are invented."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from registrar.services.letters.render import Letterhead

SAMPLE_UNIVERSITY = Letterhead(
    institution_name="Nümunə Dövlət Universiteti",
    signatory_name="Həsənov Elçin Tofiq oğlu",
    signatory_title="Rektor",
    address="Nümunə küçəsi 1, Bakı şəhəri, AZ1000",
    city="Bakı şəhəri",
    parent_body="AZƏRBAYCAN RESPUBLİKASI ELM VƏ TƏHSİL NAZİRLİYİ",
    contact="tel. (012) 000-00-00 · info@numune.edu.az",
)

SAMPLE_MINISTRY = Letterhead(
    institution_name="AZƏRBAYCAN RESPUBLİKASININ ELM VƏ TƏHSİL NAZİRLİYİ",
    signatory_name="Quliyeva Səbinə Arif qızı",
    signatory_title="Nazir müavini",
    address="Bakı şəhəri",
    city="Bakı şəhəri",
)

# Letters the Ministry's transfer desk issues (2.11); all others come from the HEI.
MINISTRY_KINDS = frozenset(
    {"transfer_consent_letter", "transcript_blank_letter", "transfer_refusal"}
)

SAMPLE_NUMBERS = {
    "application_receipt": "NDU/2026/QBZ/A-0142",
    "fee_exemption_decision": "NDU/2026/MKT/A-0031",
    "admission_order": "NDU/2026/ƏMR/A-0207",
    "transfer_consent_letter": "ETN/2026/RZM/B-0118",
    "transcript_blank_letter": "ETN/2026/BLK/B-0117",
    "transfer_refusal": "ETN/2026/IMT/B-0044",
    "expulsion_order": "NDU/2026/ƏMR/A-0311",
    "expulsion_order_extract": "NDU/2026/ÇIX/A-0090",
    "inclusion_order": "NDU/2026/ƏMR/A-0312",
    "restoration_order": "NDU/2026/ƏMR/A-0313",
    "academic_leave_order": "NDU/2026/ƏMR/A-0314",
    "return_from_leave_order": "NDU/2026/ƏMR/A-0315",
    "military_notice": "NDU/2026/MKT/A-0032",
    "mse_petition": "NDU/2026/VST/A-0012",
    "payer_agreement": "NDU/2026/RZL/A-0007",
    "credit_comparison_sheet": "NDU/2026/KMV/A-0025",
    "study_certificate": "NDU/2026/ARY/A-0456",
}

SAMPLE_DATE = date(2026, 11, 22)

_STUDENT = {
    "full_name": "Məmmədova Aynur Rəşid qızı",
    "specialty": "050509 – Kompüter elmləri",
    "course": 2,
    "form": "full_time",
    "funding": "fee_paying",
}

_COURSES = (
    ("Riyazi analiz I", "6", "A (93)", "Riyazi analiz", "6"),
    ("Xətti cəbr və analitik həndəsə", "5", "B (86)", "Xətti cəbr", "5"),
    ("Proqramlaşdırmanın əsasları", "6", "A (95)", "Proqramlaşdırmaya giriş", "6"),
    ("Azərbaycan tarixi", "4", "C (78)", "Azərbaycan tarixi", "4"),
    ("Fizika I", "5", "D (65)", None, None),
    ("İngilis dili (B1)", "4", "B (84)", "Xarici dil I", "4"),
    ("Diskret riyaziyyat", "5", "A (91)", "Diskret strukturlar", "5"),
    ("Fəlsəfəyə giriş", "3", "E (55)", None, None),
)


def credit_rows(count: int = len(_COURSES)) -> list[dict[str, Any]]:
    """`count` rows of a credit-recognition table, cycling through sample courses."""
    rows = []
    for index in range(count):
        course, credits, grade, subject, plan = _COURSES[index % len(_COURSES)]
        suffix = f" ({index // len(_COURSES) + 1})" if index >= len(_COURSES) else ""
        rows.append(
            {
                "source_course": course + suffix,
                "source_credits": Decimal(credits),
                "grade": grade,
                "target_subject": subject + suffix if subject else None,
                "target_credits": Decimal(plan) if plan else None,
                "recognised_credits": Decimal(plan) if plan else Decimal(0),
            }
        )
    return rows


def sample_letterhead(kind: str) -> Letterhead:
    return SAMPLE_MINISTRY if kind in MINISTRY_KINDS else SAMPLE_UNIVERSITY


def sample_data(kind: str) -> dict[str, Any]:
    """Data that fills every placeholder of `kind`'s shipped template."""
    student = dict(_STUDENT)
    samples: dict[str, dict[str, Any]] = {
        "application_receipt": {
            "applicant": {"full_name": "Əliyev İlkin Şəmsi oğlu", "fin": "5ZK7Q2M"},
            "application": {
                "number": "NDU/2026/MÜR/A-0142",
                "confirmed_at": datetime(2026, 8, 14, 11, 25),
                "admission_line": "Magistratura – dövlət imtahanı əsasında",
                "institution": "Nümunə Dövlət Universiteti",
                "specialty": "060509 – Kompüter elmləri (Süni intellekt)",
                "admission_basis": "fee_paying",
                "fee_exemption_requested": True,
                "data_hash": "9f2c4b1e7a0d5c3f8e6b2a4d1c9e7f3a5b8d0c2e4f6a8b1c3d5e7f9a0b2c4d6e",
            },
            "documents": [
                {"title": "Bakalavr diplomu", "file_name": "diplom.pdf"},
                {"title": "Doğum haqqında şəhadətnamə", "file_name": "sehadetname.jpg"},
                {"title": "Digər", "file_name": "arayis-isden.png"},
            ],
            "received_by": {
                "name": "Rzayeva Günay Əkbər qızı",
                "position": "Qəbul şöbəsinin inspektoru",
            },
        },
        "fee_exemption_decision": {
            "applicant": {
                "full_name": "Əliyev İlkin Şəmsi oğlu",
                "address": "Sumqayıt şəhəri, 9-cu mikrorayon, ev 14, mənzil 27",
            },
            "application": {"number": "NDU/2026/MÜR/A-0142", "date": date(2026, 8, 14)},
            "exemption": {
                "category": "Valideynlərini itirmiş və valideyn himayəsindən məhrum olmuş uşaq"
            },
            "decision": {"outcome": "approved"},
        },
        "admission_order": {
            "student": {"full_name": "Qasımov Ülvi Ağasəlim oğlu"},
            "admission": {
                "level": "bachelor",
                "specialty": "050509 – Kompüter elmləri",
                "form": "full_time",
                "basis": "state_order",
                "year": 2026,
                "start_date": date(2026, 9, 15),
                "score": Decimal("612.5"),
                "group": "KE-26-1",
            },
            "application": {"number": "NDU/2026/MÜR/A-0098"},
        },
        "transfer_consent_letter": {
            "recipient": {"addressee": "Nümunə Dövlət Universitetinin\nrektoruna"},
            "student": {**student, "full_name": "Hüseynova Gülşən Çingiz qızı"},
            "source": {"institution": "Gəncə Dövlət Universiteti"},
            "target": {"specialty": "050509 – Kompüter elmləri", "form": "full_time"},
            "transfer": {"origin": "domestic"},
            "application": {"number": "TR-2026-004417", "date": date(2026, 6, 29)},
        },
        "transcript_blank_letter": {
            "recipient": {"addressee": "Gəncə Dövlət Universitetinin\nrektoruna"},
            "student": {**student, "full_name": "Hüseynova Gülşən Çingiz qızı"},
            "target": {"institution": "Nümunə Dövlət Universiteti"},
            "blank": {"serial": "AT-2026 № 004512"},
            "application": {"number": "TR-2026-004417", "date": date(2026, 6, 29)},
        },
        "transfer_refusal": {
            "applicant": {"full_name": "Şirinova Ləman Ömər qızı"},
            "application": {"number": "TR-2026-004588", "date": date(2026, 7, 2)},
            "reasons": [
                {
                    "paragraph": "2.3",
                    "text": "Qəbul imtahanında toplanmış bal (512) köçürülmək istənilən "
                    "ixtisasın qəbul ilindəki minimal keçid balından (530) aşağıdır.",
                },
                {
                    "paragraph": "2.1",
                    "text": "Birinci semestr başa çatmamışdır.",
                },
            ],
        },
        "expulsion_order": {
            "student": student,
            "expulsion": {
                "ground": "own_request",
                "date": date(2026, 11, 23),
                "basis": "tələbənin 18 noyabr 2026-cı il tarixli ərizəsi",
            },
            "certificate": {"serial": "AR № 0012345"},
        },
        "expulsion_order_extract": {
            "student": student,
            "expulsion": {"ground": "own_request", "date": date(2026, 11, 23)},
            "order": {"number": "NDU/2026/ƏMR/A-0311", "date": date(2026, 11, 22)},
            "certified_by": {
                "name": "Babayeva Nərmin Vüqar qızı",
                "position": "Kadrlar şöbəsinin müdiri",
            },
        },
        "inclusion_order": {
            "student": {"full_name": "Hüseynova Gülşən Çingiz qızı"},
            "source": {
                "institution": "Gəncə Dövlət Universiteti",
                "specialty": "050509 – Kompüter elmləri",
            },
            "target": {
                "specialty": "050509 – Kompüter elmləri",
                "course": 2,
                "form": "full_time",
                "funding": "state_order",
                "group": "KE-25-2",
            },
            "inclusion": {"date": date(2026, 7, 20)},
            "mse_letter": {"number": "ETN/2026/RZM/B-0118", "date": date(2026, 7, 6)},
            "personal_file": {"received_on": date(2026, 7, 13)},
            "credits": credit_rows(),
        },
        "restoration_order": {
            "student": {"full_name": "Nəsirov Fərid Ələkbər oğlu"},
            "expulsion": {
                "institution": "Nümunə Dövlət Universiteti",
                "order_number": "NDU/2025/ƏMR/A-0522",
                "order_date": date(2025, 12, 19),
            },
            "restoration": {"date": date(2026, 7, 14), "from_other_hei": False},
            "target": {"specialty": "050407 – Menecment", "course": 3, "form": "full_time"},
            "fee": {"amount": Decimal("2500")},
            "credits": credit_rows(5),
        },
        "academic_leave_order": {
            "student": {**student, "full_name": "Cəfərov Tural Elşad oğlu", "course": 3},
            "leave": {
                "ground": "conscription",
                "start": date(2026, 12, 1),
                "end": date(2027, 12, 1),
                "basis": "tələbənin ərizəsi və çağırış haqqında bildiriş vərəqəsi",
            },
        },
        "return_from_leave_order": {
            "student": {"full_name": "Cəfərov Tural Elşad oğlu"},
            "leave": {"order_number": "NDU/2025/ƏMR/A-0610", "order_date": date(2025, 12, 1)},
            "return": {"date": date(2027, 2, 10)},
            "target": {
                "specialty": "050509 – Kompüter elmləri",
                "course": 3,
                "form": "full_time",
                "funding": "fee_paying",
                "group": "KE-24-1",
            },
        },
        "military_notice": {
            "recipient": {
                "addressee": "Səfərbərlik və hərbi xidmətə çağırış üzrə\nyerli idarəyə (şöbəyə)"
            },
            "person": {
                "full_name": "Ağayev Rauf Şahin oğlu",
                "birth_date": date(2005, 3, 12),
                "fin": "7QX3B9L",
                "address": "Bakı şəhəri, Nəsimi rayonu, S. Vurğun küçəsi 44",
            },
            "expulsion": {"order_number": "NDU/2026/ƏMR/A-0101", "order_date": date(2026, 5, 4)},
            "deferment": {"lost_on": date(2026, 11, 4)},
        },
        "mse_petition": {
            "petition": {"subject": "restoration"},
            "student": {
                "full_name": "Nəsirov Fərid Ələkbər oğlu",
                "specialty": "050407 – Menecment",
            },
            "target": {"specialty": "050407 – Menecment"},
            "expulsion": {"institution": "Lənkəran Dövlət Universiteti", "date": date(2024, 1, 26)},
            "attachments": [
                {"title": "Şəxsin rektorun adına ərizəsi"},
                {
                    "title": "Nazirlər Kabinetinin 12/2010 qərarının 1 nömrəli əlavəsi "
                    "formasında arayış"
                },
                {"title": "Əvvəlki təhsil haqqında sənədin əsli"},
            ],
        },
        "payer_agreement": {
            "payer": {
                "name": "«Xəzər Texnologiya» MMC",
                "identity": "VÖEN 1234567891",
                "representative": "İsmayılov Çingiz Rövşən oğlu, direktor",
            },
            "contract": {"number": "TH-2025/118", "date": date(2025, 9, 1)},
            "student": {"full_name": "Məmmədova Aynur Rəşid qızı"},
            "source": {
                "institution": "Nümunə Dövlət Universiteti",
                "specialty": "050509 – Kompüter elmləri",
            },
            "target": {
                "institution": "Gəncə Dövlət Universiteti",
                "specialty": "050509 – Kompüter elmləri",
            },
            "transfer": {"kind": "inter_hei"},
        },
        "credit_comparison_sheet": {
            "student": {"full_name": "Hüseynova Gülşən Çingiz qızı"},
            "source": {
                "institution": "Gəncə Dövlət Universiteti",
                "specialty": "050509 – Kompüter elmləri",
            },
            "target": {"specialty": "050509 – Kompüter elmləri"},
            "transcript": {"blank_serial": "AT-2026 № 004512"},
            "personal_file": {"received_on": date(2026, 7, 13)},
            "credits": credit_rows(),
            "prepared_by": {
                "name": "Orucova Səidə Tahir qızı",
                "position": "Tədris şöbəsinin metodisti",
            },
        },
        "study_certificate": {
            "student": {
                **student,
                "birth_date": date(2006, 4, 9),
                "level": "bachelor",
                "faculty": "İnformasiya texnologiyaları",
            },
            "admission": {"order_number": "NDU/2025/ƏMR/A-0207", "order_date": date(2025, 9, 10)},
            "study": {"expected_end": date(2029, 6, 30)},
            "certificate": {"purpose": "Dövlət Sosial Müdafiə Fonduna"},
        },
    }
    return samples[kind]


def render_preview(
    kind: str, template_text: str | None = None, *, letterhead: Letterhead | None = None
) -> bytes:
    """The template editor's live preview: `template_text` filled with this kind's sample data,
    marked NÜMUNƏ / DEMO. A broken template raises BadInput with its line and placeholder."""
    from registrar.services.letters.render import render_document
    from registrar.services.letters.verification import encode

    return render_document(
        kind,
        sample_data(kind),
        letterhead=letterhead or sample_letterhead(kind),
        number=SAMPLE_NUMBERS[kind],
        issued_on=SAMPLE_DATE,
        verification_code=encode(0x5A5A_5A5A_5A5A_5A5),
        demo=True,
        template_text=template_text,
    )

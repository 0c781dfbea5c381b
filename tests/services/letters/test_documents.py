"""Every document kind renders to a PDF whose text copies out letter for letter."""

from __future__ import annotations

from datetime import date

import pytest

from registrar.services.letters import kind_ids, new_code, render_document, verification
from registrar.services.letters.fill import lookup
from registrar.services.letters.kinds import get_kind
from registrar.services.letters.samples import (
    SAMPLE_DATE,
    SAMPLE_NUMBERS,
    sample_data,
    sample_letterhead,
)
from tests.services.letters.pdfcheck import all_text, fonts, is_embedded, page_texts, reader

PHRASES = {
    "application_receipt": [
        "QƏBZ",
        "Müraciətin qəbul edilməsi barədə",
        "14 avqust 2026-cı il, saat 11:25",
        "Müraciət təsdiq edildikdən sonra ona daxil edilmiş məlumatların dəyişdirilməsi "
        "mümkün deyil.",
    ],
    "fee_exemption_decision": [
        "Hörmətli Əliyev İlkin Şəmsi oğlu!",
        "Sizin təhsil haqqından azad olunmağınız təsdiq edilmişdir.",
    ],
    "admission_order": [
        "ƏMR EDİRƏM:",
        "Tələbələr sırasına qəbul haqqında",
        "2026-cı ildə keçirdiyi qəbul imtahanlarının",
        "dövlət sifarişi əsasında 1-ci kursa tələbə kimi qəbul edilsin",
        "612,5",
    ],
    "transfer_consent_letter": [
        "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi göstərilən tələbənin",
        "köçürülməsinə razılıq verir",
        "1.8-ci, 2.10-cu və 2.11-ci bəndlərinə əsasən",
    ],
    "transcript_blank_letter": [
        "Blankın seriya nömrəsi: AT-2026 № 004512",
        "Qaydaların 2.12-ci bəndinə uyğun olaraq",
    ],
    "transfer_refusal": [
        "köçürülmədən imtina edildiyi bildirilir",
        "Qaydaların 2.11-ci bəndinə əsasən",
        "minimal keçid balından (530) aşağıdır",
    ],
    "expulsion_order": [
        "tələbələr sırasından xaric edilsin",
        "Qaydaların 3.1.1-ci yarımbəndi",
        "Elm və Təhsil Nazirliyi",
        "blankın seriya nömrəsi: AR № 0012345",
    ],
    "expulsion_order_extract": [
        "ƏMRDƏN ÇIXARIŞ",
        "Çıxarış əsli ilə düzdür.",
        "Rektorun 22 noyabr 2026-cı il tarixli NDU/2026/ƏMR/A-0311 nömrəli əmrindən",
    ],
    "inclusion_order": [
        "köçürülmə yolu ilə 20 iyul 2026-cı il tarixdən",
        "Qaydaların 1.10-cu və 2.13-cü bəndləri",
        "Kreditlərin tanınması",
        "cəmi 30 kredit",
    ],
    "restoration_order": [
        "tələbələr sırasına bərpa edilsin",
        "illik 2 500,00 ₼",
        "Qaydaların 4.4-cü bəndi",
    ],
    "academic_leave_order": [
        "akademik məzuniyyətə buraxılsın",
        "Qaydaların 5.1.1-ci yarımbəndi",
        "1 dekabr 2026-cı il tarixdən 1 dekabr 2027-ci il tarixədək",
    ],
    "return_from_leave_order": [
        "tədris prosesinə buraxılsın",
        "Qaydaların 1.10-cu bəndi",
        "10 fevral 2027-ci il tarixdən (növbəti semestrdən)",
    ],
    "military_notice": [
        "çağırışdan möhlət hüququnu itirmişdir",
        "12 mart 2005-ci il təvəllüdlü",
        "3.2-ci bəndinə əsasən",
    ],
    "mse_petition": [
        "VƏSATƏT",
        "Elm və Təhsil Nazirliyinə",
        "Qaydaların 4.2-ci bəndinə əsasən",
    ],
    "payer_agreement": [
        "YAZILI RAZILIQ",
        "1.9-cu bəndinə uyğun olaraq",
        "başqa ali təhsil müəssisəsinə köçürülməsinə yazılı razılıq verir",
    ],
    "credit_comparison_sheet": [
        "KREDİTLƏRİN MÜQAYİSƏ VƏRƏQİ",
        "Cəmi tanınan kredit: 30.",
        "2.13-cü bəndinə uyğun olaraq",
    ],
    "study_certificate": [
        "ARAYIŞ",
        "Verilir ona görə ki,",
        "həqiqətən də ali təhsil müəssisəmizdə",
        "Dövlət Sosial Müdafiə Fonduna təqdim edilmək üçün verilir.",
    ],
}
CODE = verification.encode(0x0123_4567_89AB_CDE)


def _render(kind: str, *, demo: bool = True, code: str | None = CODE) -> bytes:
    return render_document(
        kind,
        sample_data(kind),
        letterhead=sample_letterhead(kind),
        number=SAMPLE_NUMBERS[kind],
        issued_on=SAMPLE_DATE,
        verification_code=code,
        demo=demo,
    )


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {kind: _render(kind) for kind in kind_ids()}


def test_every_kind_has_phrases_to_check() -> None:
    assert set(PHRASES) == set(kind_ids())


@pytest.mark.parametrize("kind", kind_ids())
def test_the_persons_name_copies_out_letter_for_letter(
    kind: str, rendered: dict[str, bytes]
) -> None:
    name = lookup(sample_data(kind), get_kind(kind).must_use[0])
    assert name in all_text(rendered[kind])


@pytest.mark.parametrize("kind", kind_ids())
def test_the_register_number_is_on_every_page(kind: str, rendered: dict[str, bytes]) -> None:
    for text in page_texts(rendered[kind]):
        assert SAMPLE_NUMBERS[kind] in text


@pytest.mark.parametrize("kind", kind_ids())
def test_the_azerbaijani_phrases_copy_out_letter_for_letter(
    kind: str, rendered: dict[str, bytes]
) -> None:
    text = all_text(rendered[kind])
    for phrase in PHRASES[kind]:
        assert phrase in text


@pytest.mark.parametrize("kind", kind_ids())
def test_every_font_is_embedded(kind: str, rendered: dict[str, bytes]) -> None:
    used = fonts(rendered[kind])
    assert used
    assert all(is_embedded(font) for font in used), [str(f.get("/BaseFont")) for f in used]


@pytest.mark.parametrize("kind", kind_ids())
def test_every_demo_page_says_so(kind: str, rendered: dict[str, bytes]) -> None:
    for text in page_texts(rendered[kind]):
        assert "NÜMUNƏ / DEMO" in text


def test_a_real_document_carries_no_demo_mark() -> None:
    assert "NÜMUNƏ / DEMO" not in all_text(_render("expulsion_order", demo=False))


@pytest.mark.parametrize("kind", kind_ids())
def test_the_verification_code_is_printed_grouped_on_every_page(
    kind: str, rendered: dict[str, bytes]
) -> None:
    for text in page_texts(rendered[kind]):
        assert f"Yoxlama kodu: {verification.display(CODE)}" in text


def test_the_ministry_letters_use_the_current_ministry_name(rendered: dict[str, bytes]) -> None:
    for kind in ("transfer_consent_letter", "transcript_blank_letter", "transfer_refusal"):
        assert "ELM VƏ TƏHSİL NAZİRLİYİ" in all_text(rendered[kind])


def test_pages_are_numbered_within_each_document(rendered: dict[str, bytes]) -> None:
    texts = page_texts(rendered["inclusion_order"])
    assert len(texts) == 2
    assert "Səhifə 1 / 2" in texts[0] and "Səhifə 2 / 2" in texts[1]


def test_a_document_without_a_code_has_no_code_line() -> None:
    assert "Yoxlama kodu" not in all_text(_render("study_certificate", code=None))


def test_the_pdf_is_a4_and_titled_with_the_kind() -> None:
    pdf = reader(_render("study_certificate"))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert pdf.metadata is not None and pdf.metadata.title == "Təhsil aldığı barədə arayış"


def test_an_issued_on_date_is_printed_the_azerbaijani_way() -> None:
    pdf = render_document(
        "study_certificate",
        sample_data("study_certificate"),
        letterhead=sample_letterhead("study_certificate"),
        number="NDU/2026/ARY/A-0001",
        issued_on=date(2023, 3, 3),
        verification_code=new_code(),
        demo=False,
    )
    assert "3 mart 2023-cü il" in all_text(pdf)

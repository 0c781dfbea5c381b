"""Rendering behaviour: data errors name their field, batches, progress, cancel, edits."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from registrar.services.errors import BadInput, NotFound
from registrar.services.letters import (
    BatchItem,
    Letterhead,
    RenderCancelled,
    fill_document,
    new_code,
    render_batch,
    render_document,
    template_path,
)
from registrar.services.letters.samples import (
    SAMPLE_DATE,
    SAMPLE_UNIVERSITY,
    credit_rows,
    sample_data,
)
from tests.services.letters.pdfcheck import all_text, fonts, is_embedded, page_texts

KIND = "expulsion_order"


def _render(data: Any, kind: str = KIND, **options: Any) -> bytes:
    arguments: dict[str, Any] = {
        "letterhead": SAMPLE_UNIVERSITY,
        "number": "NDU/2026/ƏMR/A-0001",
        "issued_on": SAMPLE_DATE,
        "verification_code": new_code(),
        "demo": False,
    }
    arguments.update(options)
    return render_document(kind, data, **arguments)


def _data(kind: str = KIND) -> dict[str, Any]:
    return copy.deepcopy(sample_data(kind))


def _items(count: int) -> list[BatchItem]:
    base = _data()
    return [
        BatchItem(
            {**base, "student": {**base["student"], "full_name": f"Tələbə Nömrə {i} oğlu"}},
            f"NDU/2026/ƏMR/A-{i:04d}",
            SAMPLE_DATE,
            new_code(),
        )
        for i in range(1, count + 1)
    ]


def test_missing_required_data_names_the_field() -> None:
    data = _data()
    del data["expulsion"]["date"]
    with pytest.raises(BadInput) as error:
        _render(data)
    assert error.value.field == "expulsion.date"


def test_a_value_of_the_wrong_type_names_the_field() -> None:
    data = _data()
    data["expulsion"]["date"] = "2026-11-23"
    with pytest.raises(BadInput) as error:
        _render(data)
    assert error.value.field == "expulsion.date" and "date" in str(error.value)


def test_an_unknown_choice_code_names_the_field_and_the_codes() -> None:
    data = _data()
    data["expulsion"]["ground"] = "bad_grades"
    with pytest.raises(BadInput) as error:
        _render(data)
    assert error.value.field == "expulsion.ground" and "own_request" in str(error.value)


def test_money_given_as_a_float_is_refused() -> None:
    data = _data("restoration_order")
    data["fee"]["amount"] = 2500.0
    with pytest.raises(BadInput) as error:
        _render(data, "restoration_order")
    assert error.value.field == "fee.amount"


def test_an_optional_value_a_choice_needs_is_reported_when_missing() -> None:
    data = _data("transfer_consent_letter")
    data["transfer"]["origin"] = "foreign"  # its text prints {{ source.country }}
    with pytest.raises(BadInput) as error:
        _render(data, "transfer_consent_letter")
    assert error.value.field == "source.country"


def test_a_missing_table_cell_names_the_row_and_column() -> None:
    data = _data("inclusion_order")
    del data["credits"][2]["grade"]
    with pytest.raises(BadInput) as error:
        _render(data, "inclusion_order")
    assert error.value.field == "credits[3].grade"


def test_a_name_with_a_character_no_font_has_is_refused_naming_the_field() -> None:
    data = _data()
    data["student"]["full_name"] = "Məmmədova 漢 Aynur"
    with pytest.raises(BadInput) as error:
        _render(data)
    assert error.value.field == "student.full_name"


def test_a_letter_missing_from_the_main_font_is_printed_with_the_fallback() -> None:
    data = _data()
    data["student"]["full_name"] = "Məmmədova Aynur ნინო"  # Georgian: DejaVu only
    pdf = _render(data)
    assert "Məmmədova Aynur ნინო" in all_text(pdf)
    names = {str(font.get("/BaseFont")) for font in fonts(pdf)}
    assert any("DejaVuSans" in name for name in names)
    assert all(is_embedded(font) for font in fonts(pdf))


def test_markup_characters_in_data_are_printed_literally() -> None:
    data = _data()
    data["expulsion"]["basis"] = "ərizə <№ 5> & arayış"
    assert "ərizə <№ 5> & arayış" in all_text(_render(data))


def test_a_mistyped_verification_code_is_refused() -> None:
    code = new_code()
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(BadInput) as error:
        _render(_data(), verification_code=wrong)
    assert error.value.field == "code"


def test_an_unknown_kind_is_not_found() -> None:
    with pytest.raises(NotFound):
        _render(_data(), "diploma")


def test_data_may_be_a_dataclass() -> None:
    @dataclass(frozen=True)
    class Student:
        full_name: str
        specialty: str
        course: int
        form: str
        funding: str

    @dataclass(frozen=True)
    class Expulsion:
        ground: str
        date: date

    @dataclass(frozen=True)
    class Data:
        student: Student
        expulsion: Expulsion

    data = Data(
        Student(
            "Qasımov Ülvi Ağasəlim oğlu", "050509 – Kompüter elmləri", 3, "full_time", "state_order"
        ),
        Expulsion("health", date(2026, 12, 1)),
    )
    text = all_text(_render(data))
    assert "Qasımov Ülvi Ağasəlim oğlu" in text and "3.1.4-cü yarımbəndi" in text


def test_the_recognised_credit_total_is_computed_from_the_rows() -> None:
    data = _data("inclusion_order")
    data["credits"] = credit_rows(3)
    document = fill_document(
        "inclusion_order", data, letterhead=SAMPLE_UNIVERSITY, number="X/1", issued_on=SAMPLE_DATE
    )
    assert any("cəmi 17 kredit" in block.text for block in document.body)


def test_an_edited_template_is_used_instead_of_the_file() -> None:
    text = template_path(KIND).read_text(encoding="utf-8")
    edited = text.replace("rəhbər tutaraq", "rəhbər tutaraq (redaktə olunub)")
    assert "(redaktə olunub)" in all_text(_render(_data(), template_text=edited))


def test_the_editor_preview_fills_an_edited_template_with_sample_data() -> None:
    from registrar.services.letters.samples import render_preview

    text = template_path("study_certificate").read_text(encoding="utf-8")
    pdf = render_preview("study_certificate", text.replace("ARAYIŞ", "ARAYIŞ (yeni)"))
    assert "ARAYIŞ (yeni)" in all_text(pdf) and "NÜMUNƏ / DEMO" in all_text(pdf)


def test_a_broken_edited_template_is_refused_before_rendering() -> None:
    text = (
        template_path(KIND)
        .read_text(encoding="utf-8")
        .replace("{{ expulsion.date }}", "{{ expulsion.dat }}")
    )
    with pytest.raises(BadInput) as error:
        _render(_data(), template_text=text)
    assert error.value.field == "expulsion.dat" and error.value.line is not None


def test_a_letterhead_without_a_signatory_is_refused() -> None:
    letterhead = Letterhead(
        "Nümunə Dövlət Universiteti", signatory_name="", signatory_title="Rektor"
    )
    with pytest.raises(BadInput) as error:
        _render(_data(), letterhead=letterhead)
    assert error.value.field == "signatory_name"


def test_a_logo_is_drawn_from_a_png(tmp_path: Any) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (20, 60, 140)).save(logo)
    letterhead = Letterhead(
        "Nümunə Dövlət Universiteti", "Həsənov Elçin Tofiq oğlu", "Rektor", logo_path=logo
    )
    assert b"/Subtype /Image" in _render(_data(), letterhead=letterhead)


def test_a_batch_puts_each_document_on_its_own_pages() -> None:
    pdf = render_batch(KIND, _items(3), letterhead=SAMPLE_UNIVERSITY, demo=True)
    texts = page_texts(pdf)
    assert len(texts) == 3
    for index, text in enumerate(texts, start=1):
        assert f"Tələbə Nömrə {index} oğlu" in text
        assert f"NDU/2026/ƏMR/A-{index:04d}" in text
        assert "Səhifə 1 / 1" in text and "NÜMUNƏ / DEMO" in text


def test_a_batch_of_multi_page_documents_numbers_pages_per_document() -> None:
    base = _data("inclusion_order")
    items = [BatchItem(base, f"NDU/2026/ƏMR/B-{i}", SAMPLE_DATE, new_code()) for i in (1, 2)]
    texts = page_texts(
        render_batch("inclusion_order", items, letterhead=SAMPLE_UNIVERSITY, demo=False)
    )
    assert [t.count("Səhifə 1 / 2") + 2 * t.count("Səhifə 2 / 2") for t in texts] == [1, 2, 1, 2]


def test_a_batch_reports_progress_for_each_document() -> None:
    seen: list[tuple[int, int | None]] = []
    render_batch(
        KIND,
        _items(4),
        letterhead=SAMPLE_UNIVERSITY,
        demo=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_an_unsized_batch_reports_progress_without_a_total() -> None:
    seen: list[int | None] = []
    render_batch(
        KIND,
        iter(_items(2)),
        letterhead=SAMPLE_UNIVERSITY,
        demo=False,
        progress=lambda _done, total: seen.append(total),
    )
    assert seen == [None, None]


def test_a_cancelled_batch_raises_and_returns_nothing() -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(RenderCancelled):
        render_batch(KIND, _items(5), letterhead=SAMPLE_UNIVERSITY, demo=False, cancelled=cancelled)


def test_an_empty_batch_is_bad_input() -> None:
    with pytest.raises(BadInput):
        render_batch(KIND, [], letterhead=SAMPLE_UNIVERSITY, demo=False)


def test_a_document_without_a_register_number_is_refused() -> None:
    with pytest.raises(BadInput) as error:
        _render(_data(), number=" ")
    assert error.value.field == "number"


def test_money_is_printed_with_the_manat_sign() -> None:
    data = _data("restoration_order")
    data["fee"]["amount"] = Decimal("1234.5")
    assert "1 234,50 ₼" in all_text(_render(data, "restoration_order"))


def test_a_register_number_drawn_directly_on_the_page_uses_the_fallback_when_needed() -> None:
    number = "NDU/2026/ნინო/A-0001"
    texts = all_text(_render(_data(), number=number))
    assert texts.count(number) >= 2  # the line under the title and the footer

"""The transcript on the pre-printed blank lands where the layout and printer offsets say."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from registrar.services.errors import BadInput, NotFound
from registrar.services.letters import new_code
from registrar.services.letters.blank import (
    PrinterOffsets,
    blank_editions,
    calibration_marks,
    load_blank_layout,
    offsets_from_measurements,
    parse_blank_layout,
    render_calibration_page,
    render_transcript,
)
from tests.services.letters.pdfcheck import (
    all_text,
    fonts,
    is_embedded,
    line_segments,
    reader,
    text_origins,
)

EDITION = "mse-transcript-a4-draft"
VALUES = {
    "full_name": "Hüseynova Gülşən Çingiz qızı",
    "birth_date": date(2005, 5, 1),
    "institution": "Gəncə Dövlət Universiteti",
    "specialty": "050509 – Kompüter elmləri",
    "total_credits": Decimal(60),
    "register_number": "GDU/2026/TRN/A-0001",
}
ROWS = [
    {
        "subject": "Riyazi analiz I",
        "semester": "1",
        "credits": Decimal(6),
        "score": 93,
        "grade": "A",
    },
    {"subject": "Xətti cəbr", "semester": "1", "credits": Decimal(5), "score": 86, "grade": "B"},
]
TOLERANCE_MM = 1.0


def _origin(pdf: bytes, text: str) -> tuple[float, float]:
    matches = [(x, y) for run, x, y in text_origins(pdf) if run == text]
    assert matches, f"{text!r} not found"
    return matches[0]


def test_the_shipped_default_edition_is_marked_as_not_yet_measured() -> None:
    layout = load_blank_layout(EDITION)
    assert EDITION in blank_editions()
    assert layout.verified is False


@pytest.mark.parametrize(
    "offsets", [PrinterOffsets(), PrinterOffsets(1.5, -2.0), PrinterOffsets(-3.2, 4.4)]
)
def test_each_field_lands_within_a_millimetre_of_its_calibrated_place(
    offsets: PrinterOffsets,
) -> None:
    layout = load_blank_layout(EDITION)
    pdf = render_transcript(layout, VALUES, ROWS, offsets=offsets, demo=False)
    for name in ("full_name", "institution", "specialty", "register_number"):
        field = layout.fields[name]
        x, y = _origin(pdf, str(VALUES[name]))
        assert abs(x - (field.x_mm + offsets.dx_mm)) <= TOLERANCE_MM, name
        assert abs(y - (field.y_mm + offsets.dy_mm)) <= TOLERANCE_MM, name


def test_course_rows_land_on_their_row_baselines() -> None:
    layout = load_blank_layout(EDITION)
    assert layout.table is not None
    offsets = PrinterOffsets(0.8, 1.2)
    pdf = render_transcript(layout, VALUES, ROWS, offsets=offsets, demo=False)
    subject = next(c for c in layout.table.columns if c.key == "subject")
    for index, row in enumerate(ROWS):
        x, y = _origin(pdf, str(row["subject"]))
        expected_y = layout.table.first_baseline_mm + index * layout.table.row_height_mm
        assert abs(x - (subject.x_mm + offsets.dx_mm)) <= TOLERANCE_MM
        assert abs(y - (expected_y + offsets.dy_mm)) <= TOLERANCE_MM


def test_a_right_aligned_field_ends_at_the_right_edge_of_its_box() -> None:
    layout = load_blank_layout(EDITION)
    pdf = render_transcript(layout, VALUES, ROWS, demo=False)
    field = layout.fields["total_credits"]
    x, _y = _origin(pdf, "60")
    assert field.x_mm < x < field.x_mm + field.width_mm


def test_the_page_is_exactly_the_blanks_size_and_asks_not_to_be_scaled() -> None:
    layout = load_blank_layout(EDITION)
    pdf = render_transcript(layout, VALUES, ROWS, demo=False)
    box = reader(pdf).pages[0].mediabox
    assert abs(float(box.width) - layout.page_width_mm * 72 / 25.4) < 0.01
    assert abs(float(box.height) - layout.page_height_mm * 72 / 25.4) < 0.01
    catalog: Any = reader(pdf).trailer["/Root"].get_object()
    preferences = catalog["/ViewerPreferences"]
    assert preferences["/PrintScaling"] == "/None"


def test_the_transcript_embeds_its_fonts_and_copies_out_in_azerbaijani() -> None:
    layout = load_blank_layout(EDITION)
    pdf = render_transcript(layout, VALUES, ROWS, demo=True, verification_code=new_code())
    assert all(is_embedded(font) for font in fonts(pdf))
    text = all_text(pdf)
    assert "Hüseynova Gülşən Çingiz qızı" in text and "NÜMUNƏ / DEMO" in text


def test_more_courses_than_rows_on_the_blank_are_refused() -> None:
    layout = load_blank_layout(EDITION)
    assert layout.table is not None
    rows = ROWS * (layout.table.max_rows // 2 + 1)
    with pytest.raises(BadInput) as error:
        render_transcript(layout, VALUES, rows, demo=False)
    assert error.value.field == "rows"


def test_text_too_long_for_its_box_is_refused_naming_the_field() -> None:
    layout = load_blank_layout(EDITION)
    values = {**VALUES, "birth_date": "çox uzun mətn " * 10}
    with pytest.raises(BadInput) as error:
        render_transcript(layout, values, ROWS, demo=False)
    assert error.value.field == "birth_date"


def test_a_slightly_long_value_is_shrunk_to_fit() -> None:
    layout = load_blank_layout(EDITION)
    values = {
        **VALUES,
        "institution": "Azərbaycan Respublikası Prezidenti yanında Dövlət "
        "İdarəçilik Akademiyasının filialı (Gəncə)",
    }
    assert "filialı (Gəncə)" in all_text(render_transcript(layout, values, ROWS, demo=False))


def test_an_unknown_field_is_refused() -> None:
    layout = load_blank_layout(EDITION)
    with pytest.raises(BadInput) as error:
        render_transcript(layout, {**VALUES, "shoe_size": "42"}, ROWS, demo=False)
    assert error.value.field == "shoe_size"


def test_a_required_field_left_empty_is_refused() -> None:
    layout = load_blank_layout(EDITION)
    values = {k: v for k, v in VALUES.items() if k != "full_name"}
    with pytest.raises(BadInput) as error:
        render_transcript(layout, values, ROWS, demo=False)
    assert error.value.field == "full_name"


def test_an_unknown_edition_is_not_found() -> None:
    with pytest.raises(NotFound):
        load_blank_layout("mse-transcript-1999")


def test_a_layout_with_a_bad_position_names_the_key() -> None:
    text = """edition = "x"\ntitle = "x"\npage_width_mm = 210\npage_height_mm = 297\n
[fields.full_name]\nx_mm = "left"\ny_mm = 10\nwidth_mm = 50\n"""
    with pytest.raises(BadInput) as error:
        parse_blank_layout(text)
    assert error.value.field == "fields.full_name.x_mm"


def test_offsets_correct_the_average_error_of_the_measured_marks() -> None:
    offsets = offsets_from_measurements([(20, 20, 21.5, 19.0), (190, 20, 191.5, 19.4)])
    assert offsets == PrinterOffsets(-1.5, 0.8)


def test_offsets_survive_a_round_trip_through_settings() -> None:
    offsets = PrinterOffsets(-1.25, 0.5)
    assert PrinterOffsets.from_dict(offsets.as_dict()) == offsets


def test_the_calibration_crosshairs_are_drawn_where_the_page_says() -> None:
    layout = load_blank_layout(EDITION)
    offsets = PrinterOffsets(2.0, -1.0)
    pdf = render_calibration_page(layout, offsets=offsets)
    segments = line_segments(pdf)
    texts = all_text(pdf)
    for label, x_mm, y_mm in calibration_marks(layout):
        cx, cy = x_mm + offsets.dx_mm, y_mm + offsets.dy_mm
        horizontal = [
            s
            for s in segments
            if abs(s[1] - cy) <= TOLERANCE_MM
            and abs(s[3] - cy) <= TOLERANCE_MM
            and abs((s[0] + s[2]) / 2 - cx) <= TOLERANCE_MM
            and abs(s[2] - s[0]) > 10
        ]
        vertical = [
            s
            for s in segments
            if abs(s[0] - cx) <= TOLERANCE_MM
            and abs(s[2] - cx) <= TOLERANCE_MM
            and abs((s[1] + s[3]) / 2 - cy) <= TOLERANCE_MM
            and abs(s[3] - s[1]) > 10
        ]
        assert horizontal and vertical, label
        assert f"{label} ({x_mm:g}; {y_mm:g} mm)" in texts
    assert "KALİBRLƏMƏ SƏHİFƏSİ" in texts


def test_the_calibration_ruler_has_a_tick_every_millimetre() -> None:
    layout = load_blank_layout(EDITION)
    segments = line_segments(render_calibration_page(layout))
    top_ticks = {round(s[0], 1) for s in segments if s[0] == s[2] and min(s[1], s[3]) < 0.01}
    assert {float(x) for x in range(0, int(layout.page_width_mm) + 1)} <= top_ticks


def test_a_value_only_the_fallback_font_has_is_printed_with_it() -> None:
    layout = load_blank_layout(EDITION)
    values = {**VALUES, "full_name": "Hüseynova Gülşən ნინო"}
    pdf = render_transcript(layout, values, ROWS, demo=False)
    assert "Hüseynova Gülşən ნინო" in all_text(pdf)
    assert any("DejaVuSans" in str(font.get("/BaseFont")) for font in fonts(pdf))

"""The academic transcript printed onto the Ministry's pre-printed blank (footnote 7, 2.12).

Positions come from the blank edition's layout (blank_layout.py); each printer has its own
offsets (dx right, dy down), found with the calibration page. The PDF is exactly the blank's
size, asks viewers not to scale it (PrintScaling /None) and must be printed at 100 %.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from registrar.services.errors import BadInput
from registrar.services.letters import azformat, verification
from registrar.services.letters.blank_layout import (
    BlankColumn,
    BlankField,
    BlankLayout,
    BlankSpot,
    BlankTable,
    PrinterOffsets,
    blank_editions,
    load_blank_layout,
    parse_blank_layout,
)
from registrar.services.letters.fonts import check_printable, face_for, fonts
from registrar.services.letters.qr import draw_qr, qr_rows

__all__ = [
    "BlankColumn",
    "BlankField",
    "BlankLayout",
    "BlankSpot",
    "BlankTable",
    "PrinterOffsets",
    "blank_editions",
    "calibration_marks",
    "load_blank_layout",
    "offsets_from_measurements",
    "parse_blank_layout",
    "render_calibration_page",
    "render_transcript",
]

ROW_NUMBER = "no"
NO_OFFSETS = PrinterOffsets()
CALIBRATION_INSET_MM = 20.0  # crosshairs this far in from each corner, and one in the middle


# ---------------------------------------------------------------------------- drawing


def _text(value: Any, name: str) -> str:
    if isinstance(value, date):
        return azformat.short_date(value)
    if isinstance(value, bool):
        raise BadInput(f"'{name}' cannot be printed as yes/no.", field=name)
    if isinstance(value, int | Decimal):
        return azformat.number(value)
    if isinstance(value, str):
        return value
    raise BadInput(
        f"'{name}' should be text, a date or a number, not {type(value).__name__}.", field=name
    )


def _fit(text: str, font: str, size: float, width: float, floor: float, name: str) -> float:
    """The largest size from `size` down to `floor` at which `text` fits `width` points."""
    current = size
    while stringWidth(text, font, current) > width:
        current -= 0.25
        if current < floor:
            raise BadInput(
                f"'{name}' does not fit its {width / mm:.0f} mm box on the blank.", field=name
            )
    return current


def _draw(
    canvas: Canvas,
    layout: BlankLayout,
    field: BlankField,
    text: str,
    *,
    baseline_mm: float | None = None,
    name: str | None = None,
) -> None:
    font = face_for(text, bold=field.bold)
    label = name or field.name
    check_printable(text, field=label)
    width = field.width_mm * mm
    size = _fit(text, font, field.font_size_pt, width, layout.min_font_size_pt, label)
    x = field.x_mm * mm
    y = (layout.page_height_mm - (baseline_mm if baseline_mm is not None else field.y_mm)) * mm
    canvas.setFont(font, size)
    if field.align == "center":
        canvas.drawCentredString(x + width / 2, y, text)
    elif field.align == "right":
        canvas.drawRightString(x + width, y, text)
    else:
        canvas.drawString(x, y, text)


def _canvas(buffer: io.BytesIO, layout: BlankLayout, title: str) -> Canvas:
    face = fonts()
    canvas = Canvas(
        buffer,
        pagesize=(layout.page_width_mm * mm, layout.page_height_mm * mm),
        initialFontName=face.regular,  # type: ignore[arg-type]  # the stubs say float
        lang="az",
    )
    canvas.setTitle(title)
    canvas.setCreator("Registrar Desk")
    canvas.setViewerPreference("PrintScaling", "None")  # the blank must print at 100 %
    return canvas


def _demo_mark(canvas: Canvas, layout: BlankLayout) -> None:
    from registrar.services.letters.pages import DEMO_LINE, DEMO_MARK

    face = fonts()
    width, height = layout.page_width_mm * mm, layout.page_height_mm * mm
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.8, 0.8, 0.8))
    canvas.setFont(face.bold, 54)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(48)
    canvas.drawCentredString(0, -18, DEMO_MARK)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.05, 0.05))
    canvas.setFont(face.bold, 8)
    canvas.drawCentredString(width / 2, height - 6 * mm, DEMO_LINE)
    canvas.restoreState()


def _apply_offsets(canvas: Canvas, offsets: PrinterOffsets) -> None:
    canvas.translate(offsets.dx_mm * mm, -offsets.dy_mm * mm)


def render_transcript(
    layout: BlankLayout,
    values: Mapping[str, Any],
    rows: Sequence[Mapping[str, Any]] = (),
    *,
    offsets: PrinterOffsets = NO_OFFSETS,
    demo: bool,
    verification_code: str | None = None,
) -> bytes:
    """The transcript's text (no form lines: those are on the blank) positioned for printing."""
    unknown = sorted(set(values) - set(layout.fields))
    if unknown:
        raise BadInput(
            f"The blank '{layout.edition}' has no field '{unknown[0]}'.", field=unknown[0]
        )
    for field in layout.fields.values():
        if field.required and not _present(values.get(field.name)):
            raise BadInput(f"No value for '{field.name}'.", field=field.name)
    if rows and layout.table is None:
        raise BadInput(f"The blank '{layout.edition}' has no table of courses.", field="rows")
    if layout.table is not None and len(rows) > layout.table.max_rows:
        raise BadInput(
            f"{len(rows)} courses do not fit: the blank '{layout.edition}' has "
            f"{layout.table.max_rows} rows.",
            field="rows",
        )
    buffer = io.BytesIO()
    canvas = _canvas(buffer, layout, layout.title)
    if demo:
        _demo_mark(canvas, layout)
    canvas.saveState()
    _apply_offsets(canvas, offsets)
    for name, value in values.items():
        if _present(value):
            _draw(canvas, layout, layout.fields[name], _text(value, name))
    if layout.table is not None:
        table = layout.table
        for index, row in enumerate(rows):
            baseline = table.first_baseline_mm + index * table.row_height_mm
            for column in table.columns:
                name = f"rows[{index + 1}].{column.key}"
                value = index + 1 if column.key == ROW_NUMBER else row.get(column.key)
                if not _present(value):
                    continue
                box = BlankField(
                    column.key,
                    column.x_mm,
                    baseline,
                    column.width_mm,
                    table.font_size_pt,
                    align=column.align,
                )
                _draw(canvas, layout, box, _text(value, name), baseline_mm=baseline, name=name)
    if verification_code is not None:
        code = verification.normalise_code(verification_code)
        if layout.code is not None:
            _draw(canvas, layout, layout.code, verification.display(code))
        if layout.qr is not None:
            spot = layout.qr
            draw_qr(
                canvas,
                qr_rows(code),
                spot.x_mm * mm,
                (layout.page_height_mm - spot.y_mm - spot.size_mm) * mm,
                spot.size_mm * mm,
            )
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def calibration_marks(layout: BlankLayout) -> tuple[tuple[str, float, float], ...]:
    """The crosshairs of the calibration page: (label, x_mm, y_mm) from the top-left."""
    inset = CALIBRATION_INSET_MM
    width, height = layout.page_width_mm, layout.page_height_mm
    return (
        ("A", inset, inset),
        ("B", width - inset, inset),
        ("C", inset, height - inset),
        ("D", width - inset, height - inset),
        ("E", width / 2, height / 2),
    )


def render_calibration_page(
    layout: BlankLayout,
    *,
    offsets: PrinterOffsets = NO_OFFSETS,
) -> bytes:
    """Rulers along the top and left edges, labelled crosshairs, and the outline of every
    field of the edition. Print on plain paper at 100 % with zero offsets and measure where
    the crosshairs land (offsets_from_measurements), or with a printer's offsets to check them.
    """
    face = fonts()
    width_mm, height_mm = layout.page_width_mm, layout.page_height_mm
    buffer = io.BytesIO()
    canvas = _canvas(buffer, layout, f"Kalibrləmə səhifəsi – {layout.title}")
    canvas.saveState()
    _apply_offsets(canvas, offsets)

    def y(top_mm: float) -> float:
        return (height_mm - top_mm) * mm

    canvas.setLineWidth(0.25)
    for position in range(int(width_mm) + 1):  # ruler along the top edge
        length = 5.0 if position % 10 == 0 else 3.0 if position % 5 == 0 else 1.5
        canvas.line(position * mm, y(0), position * mm, y(length))
        if position % 10 == 0 and 0 < position < width_mm:
            canvas.setFont(face.regular, 6)
            canvas.drawCentredString(position * mm, y(7.5), str(position))
    for position in range(int(height_mm) + 1):  # ruler along the left edge
        length = 5.0 if position % 10 == 0 else 3.0 if position % 5 == 0 else 1.5
        canvas.line(0, y(position), length * mm, y(position))
        if position % 10 == 0 and 0 < position < height_mm:
            canvas.setFont(face.regular, 6)
            canvas.drawString(6 * mm, y(position) - 2, str(position))
    canvas.setLineWidth(0.3)
    for label, x_mm, y_mm in calibration_marks(layout):
        cx, cy = x_mm * mm, y(y_mm)
        canvas.line(cx - 6 * mm, cy, cx + 6 * mm, cy)
        canvas.line(cx, cy - 6 * mm, cx, cy + 6 * mm)
        canvas.circle(cx, cy, 2 * mm)
        canvas.setFont(face.bold, 7.5)
        text = f"{label} ({x_mm:g}; {y_mm:g} mm)"
        if x_mm > width_mm / 2 + 1:
            canvas.drawRightString(cx - 2.5 * mm, cy + 2.5 * mm, text)
        else:
            canvas.drawString(cx + 2.5 * mm, cy + 2.5 * mm, text)
    canvas.setDash(2, 2)
    canvas.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
    canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
    boxes = list(layout.fields.values()) + ([layout.code] if layout.code else [])
    for field in boxes:
        height = field.font_size_pt * 1.1
        canvas.rect(
            field.x_mm * mm,
            y(field.y_mm) - 0.25 * field.font_size_pt,
            field.width_mm * mm,
            height,
            stroke=1,
            fill=0,
        )
        canvas.setFont(face.regular, 5.5)
        canvas.drawString(field.x_mm * mm + 1, y(field.y_mm) + 1, field.name)
    if layout.table is not None:
        table = layout.table
        top = table.first_baseline_mm - table.row_height_mm * 0.8
        bottom = table.first_baseline_mm + table.row_height_mm * (table.max_rows - 0.8)
        for column in table.columns:
            canvas.rect(
                column.x_mm * mm,
                y(bottom),
                column.width_mm * mm,
                (bottom - top) * mm,
                stroke=1,
                fill=0,
            )
            canvas.setFont(face.regular, 5.5)
            canvas.drawString(column.x_mm * mm + 1, y(top) + 2, column.key)
    if layout.qr is not None:
        spot = layout.qr
        canvas.rect(
            spot.x_mm * mm,
            y(spot.y_mm + spot.size_mm),
            spot.size_mm * mm,
            spot.size_mm * mm,
            stroke=1,
            fill=0,
        )
    canvas.setDash()
    status = "ölçülüb" if layout.verified else "real blank üzrə hələ ölçülməyib"
    lines = (
        "KALİBRLƏMƏ SƏHİFƏSİ",
        f"{layout.title}",
        f"Nəşr: {layout.edition} ({status})",
        "Adi kağızda 100 % miqyasla, səhifəyə uyğunlaşdırmadan («Faktiki ölçü») çap edin.",
        "Hər nişanın mərkəzinin kağızın sol və yuxarı kənarından məsafəsini",
        "millimetrlə ölçün və proqrama daxil edin.",
        f"Tətbiq olunan düzəliş: sağa {offsets.dx_mm:g} mm, aşağı {offsets.dy_mm:g} mm.",
    )
    top = height_mm / 2 + 10
    canvas.setFillColor(colors.white)
    canvas.rect(
        30 * mm,
        y(top + len(lines) * 4.5 + 1),
        (width_mm - 60) * mm,
        (len(lines) * 4.5 + 4) * mm,
        stroke=0,
        fill=1,
    )
    canvas.setFillColor(colors.black)
    for index, text in enumerate(lines):
        canvas.setFont(face.bold if index == 0 else face.regular, 9 if index == 0 else 7.5)
        canvas.drawCentredString(width_mm / 2 * mm, y(top + 3 + index * 4.5), text)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def offsets_from_measurements(
    measurements: Sequence[tuple[float, float, float, float]],
) -> PrinterOffsets:
    """Offsets that move printed marks back onto their places.

    Each measurement is (expected_x, expected_y, measured_x, measured_y) in mm from the paper's
    top-left corner, taken from a calibration page printed with zero offsets.
    """
    if not measurements:
        raise BadInput("Measure at least one calibration mark.", field="measurements")
    dx = sum(ex - mx for ex, _ey, mx, _my in measurements) / len(measurements)
    dy = sum(ey - my for _ex, ey, _mx, my in measurements) / len(measurements)
    return PrinterOffsets(round(dx, 2), round(dy, 2))

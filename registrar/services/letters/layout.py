"""Page geometry, paragraph styles and the flowables that repeat across a batch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from registrar.services.errors import BadInput
from registrar.services.letters.fonts import check_printable, face_for, fonts, markup

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 297 * mm
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 33 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


_LETTERHEAD_LABELS = {  # proposed strings
    "institution_name": "Müəssisənin adı",
    "signatory_name": "İmza edən şəxsin adı",
    "signatory_title": "İmza edən şəxsin vəzifəsi",
}


@dataclass(frozen=True)
class Letterhead:
    """The issuing body as printed at the top of the first page (from the settings)."""

    institution_name: str
    signatory_name: str
    signatory_title: str
    address: str = ""
    city: str = ""  # place of issue on orders, e.g. "Bakı şəhəri"
    parent_body: str = ""  # line above the name, e.g. the ministry the HEI reports to
    contact: str = ""  # phone, e-mail, web
    logo_path: Path | None = None  # PNG or JPEG

    def check(self) -> None:
        """Refuses a letterhead without the institution, signatory name or title."""
        for name in ("institution_name", "signatory_name", "signatory_title"):
            if not getattr(self, name).strip():
                # proposed string
                raise BadInput(
                    f"Blankın başlığında '{_LETTERHEAD_LABELS[name]}' doldurulmayıb: inzibatçı "
                    "onu Parametrlər pəncərəsində və ya `registrar letters letterhead` ilə "
                    "daxil etməlidir.",
                    field=name,
                )
        for name in (
            "institution_name",
            "signatory_name",
            "signatory_title",
            "address",
            "city",
            "parent_body",
            "contact",
        ):
            check_printable(getattr(self, name), field=f"letterhead.{name}")
        if self.logo_path is not None and not Path(self.logo_path).is_file():
            raise BadInput(f"No logo file at {self.logo_path}.", field="letterhead.logo_path")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    face = fonts()
    # Plain binary streams: ASCII85 only makes files bigger and slower to write.
    rl_config.useA85 = 0
    base = ParagraphStyle("base", fontName=face.regular, fontSize=11, leading=15)
    return {
        "body": ParagraphStyle(
            "body", parent=base, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=5
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=face.bold,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=7,
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=face.bold,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontName=face.bold,
            fontSize=11.5,
            leading=15,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "meta": ParagraphStyle("meta", parent=base, fontSize=10.5, leading=13),
        "meta_right": ParagraphStyle(
            "meta_right", parent=base, fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        "meta_center": ParagraphStyle(
            "meta_center", parent=base, fontSize=10.5, leading=13, alignment=TA_CENTER
        ),
        "to": ParagraphStyle("to", parent=base, fontName=face.bold, fontSize=11, leading=14.5),
        "label": ParagraphStyle("label", parent=base, fontName=face.bold, fontSize=9.5, leading=12),
        "value": ParagraphStyle("value", parent=base, fontSize=9.5, leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_center": ParagraphStyle(
            "cell_center", parent=base, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "cell_total": ParagraphStyle(
            "cell_total",
            parent=base,
            fontName=face.bold,
            fontSize=8.5,
            leading=10.5,
            alignment=TA_RIGHT,
        ),
        "cell_total_label": ParagraphStyle(
            "cell_total_label", parent=base, fontName=face.bold, fontSize=8.5, leading=10.5
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=base,
            fontName=face.bold,
            fontSize=8.5,
            leading=10.5,
            alignment=TA_CENTER,
        ),
        "sign_title": ParagraphStyle(
            "sign_title", parent=base, fontName=face.bold, fontSize=10.5, leading=13.5
        ),
        "sign_name": ParagraphStyle(
            "sign_name",
            parent=base,
            fontName=face.bold,
            fontSize=10.5,
            leading=13.5,
            alignment=TA_RIGHT,
        ),
        "note": ParagraphStyle("note", parent=base, fontSize=9.5, leading=12),
        "lh_parent": ParagraphStyle(
            "lh_parent",
            parent=base,
            fontName=face.bold,
            fontSize=9,
            leading=11.5,
            alignment=TA_CENTER,
        ),
        "lh_name": ParagraphStyle(
            "lh_name",
            parent=base,
            fontName=face.bold,
            fontSize=13.5,
            leading=17,
            alignment=TA_CENTER,
        ),
        "lh_small": ParagraphStyle(
            "lh_small", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER
        ),
    }


class SharedParagraph(Paragraph):
    """A paragraph that repeats verbatim across a batch (the Rules' citation, headings): laid
    out once per width and drawn wherever it appears."""

    _memo: tuple[float, float, float] | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == aW:
            self.width, self.height = memo[1], memo[2]
            return memo[1], memo[2]
        width, height = super().wrap(aW, aH)
        self._memo = (aW, width, height)
        return width, height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        self._memo = None
        return super().split(aW, aH)


class MetaRow(Flowable):
    """Date on the left, place in the middle, register number on the right: one line."""

    def __init__(self, left: str, middle: str, right: str) -> None:
        super().__init__()
        self._texts = (left, middle, right)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 14
        return aW, 14

    def draw(self) -> None:
        canvas = self.canv
        left, middle, right = self._texts
        canvas.setFont(face_for(left), 10.5)
        canvas.drawString(0, 3.5, left)
        if middle:
            canvas.setFont(face_for(middle), 10.5)
            canvas.drawCentredString(self.width / 2, 3.5, middle)
        canvas.setFont(face_for(right), 10.5)
        canvas.drawRightString(self.width, 3.5, right)


class Stack(Flowable):
    """Paragraphs stacked at fixed widths, wrapped once and drawn wherever the block is placed:
    the letterhead repeats on every document of a batch."""

    def __init__(self, paragraphs: Sequence[tuple[Paragraph, float, float]], gap: float = 0):
        super().__init__()
        self._items = paragraphs  # (paragraph, x offset, width)
        self._gap = gap
        self._heights: list[float] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if not self._heights:
            self._heights = [p.wrap(w, PAGE_HEIGHT)[1] for p, _x, w in self._items]
        self.width = aW
        self.height = sum(self._heights) + self._gap * max(len(self._items) - 1, 0)
        return aW, self.height

    def draw(self) -> None:
        y = self.height
        for (paragraph, x, _w), height in zip(self._items, self._heights, strict=True):
            y -= height
            paragraph.drawOn(self.canv, x, y)
            y -= self._gap


class LetterheadBlock(Stack):
    """Optional logo on the left; parent body, institution name, address centred; a rule."""

    LOGO = 20 * mm
    RULE_SPACE = 4 * mm

    def __init__(self, letterhead: Letterhead, styles: Mapping[str, ParagraphStyle]) -> None:
        self._logo: ImageReader | None = None
        indent = 0.0
        if letterhead.logo_path is not None:
            self._logo = ImageReader(str(letterhead.logo_path))
            indent = self.LOGO + 4 * mm
        width = TEXT_WIDTH - 2 * indent
        items: list[tuple[Paragraph, float, float]] = []
        if letterhead.parent_body:
            items.append(
                (Paragraph(markup(letterhead.parent_body), styles["lh_parent"]), indent, width)
            )
        items.append(
            (Paragraph(markup(letterhead.institution_name), styles["lh_name"]), indent, width)
        )
        small = " · ".join(part for part in (letterhead.address, letterhead.contact) if part)
        if small:
            items.append((Paragraph(markup(small), styles["lh_small"]), indent, width))
        super().__init__(items, gap=1.5)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        _width, text_height = super().wrap(aW, aH)
        self.height = max(text_height, self.LOGO if self._logo else 0.0) + self.RULE_SPACE
        return aW, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self._logo is not None:
            canvas.drawImage(
                self._logo,
                0,
                self.height - self.LOGO,
                self.LOGO,
                self.LOGO,
                preserveAspectRatio=True,
                mask="auto",
            )
        super().draw()
        canvas.saveState()
        canvas.setLineWidth(1.2)
        canvas.line(0, 2.2 * mm, self.width, 2.2 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(0, 1.2 * mm, self.width, 1.2 * mm)
        canvas.restoreState()


class SignatureBlock(Flowable):
    """Title on the left, a line to sign on, the name on the right; note lines (M.Y.) below."""

    TITLE_WIDTH = 70 * mm
    NAME_WIDTH = 60 * mm
    SPACE_ABOVE = 5 * mm

    def __init__(self, rows: Sequence[tuple[Paragraph, Paragraph | None]]) -> None:
        super().__init__()
        self._rows = rows
        self._row_heights: list[float] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if not self._row_heights:
            for title, name in self._rows:
                height = title.wrap(self.TITLE_WIDTH if name else TEXT_WIDTH, PAGE_HEIGHT)[1]
                if name is not None:
                    height = max(height, name.wrap(self.NAME_WIDTH, PAGE_HEIGHT)[1])
                    height += self.SPACE_ABOVE + 4 * mm
                else:
                    height += 2 * mm
                self._row_heights.append(height)
        self.width = aW
        self.height = sum(self._row_heights)
        return aW, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for (title, name), height in zip(self._rows, self._row_heights, strict=True):
            if name is None:
                title.drawOn(canvas, 0, y - title.height)
            else:
                top = y - self.SPACE_ABOVE
                title.drawOn(canvas, 0, top - title.height)
                name.drawOn(canvas, TEXT_WIDTH - self.NAME_WIDTH, top - name.height)
                canvas.saveState()
                canvas.setLineWidth(0.5)
                line_y = top - title.height + 1
                canvas.line(
                    self.TITLE_WIDTH + 3 * mm, line_y, TEXT_WIDTH - self.NAME_WIDTH - 3 * mm, line_y
                )
                canvas.restoreState()
            y -= height

"""Documents to PDF with reportlab: one document, or a batch of one kind in a single PDF.

Templates are parsed once (cached by text), fonts registered once, and what repeats across a
batch (letterhead, the Rules' citation, signature blocks) is laid out once and reused.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from registrar.paths import resource
from registrar.services.errors import BadInput
from registrar.services.letters import verification
from registrar.services.letters.azformat import long_date
from registrar.services.letters.fill import Block, FilledDocument, FilledTable, as_mapping, fill
from registrar.services.letters.fonts import REGULAR as REGULAR_FONT
from registrar.services.letters.fonts import check_printable, fonts, markup
from registrar.services.letters.kinds import get_kind
from registrar.services.letters.layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    Letterhead,
    LetterheadBlock,
    MetaRow,
    SharedParagraph,
    SignatureBlock,
    styles,
)
from registrar.services.letters.pages import (
    CancelCheck,
    Decorator,
    DocContext,
    DocStart,
    ProgressCallback,
    RenderCancelled,
)
from registrar.services.letters.qr import qr_rows
from registrar.services.letters.spec import KindSpec
from registrar.services.letters.template import Template, parse_template

__all__ = [
    "BatchItem",
    "Letterhead",
    "RenderCancelled",
    "fill_document",
    "load_template",
    "render_batch",
    "render_document",
    "template_path",
    "validate_template",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchItem:
    """One document of a batch: its data, register number, date and verification code."""

    data: Mapping[str, Any]
    number: str
    issued_on: date
    verification_code: str | None = None


def template_path(kind_id: str) -> Path:
    return resource("templates", get_kind(kind_id).template_file)


@lru_cache(maxsize=64)
def _parse_cached(kind_id: str, text: str) -> Template:
    return parse_template(text, get_kind(kind_id))


def load_template(kind_id: str, template_text: str | None = None) -> Template:
    """The parsed template: `template_text` if given (the editor's draft), else the file."""
    text = template_text
    if text is None:
        text = template_path(kind_id).read_text(encoding="utf-8")
    return _parse_cached(kind_id, text)


def validate_template(kind_id: str, template_text: str) -> None:
    """Raise BadInput (with line and placeholder) when the text is not a valid template."""
    load_template(kind_id, template_text)


class _Builder:
    """Turns filled documents into flowables, sharing what repeats across a batch."""

    def __init__(self, letterhead: Letterhead) -> None:
        self.styles = styles()
        self.letterhead = letterhead
        self._letterhead_block: LetterheadBlock | None = None
        self._signatures: dict[tuple[tuple[str, str], ...], SignatureBlock] = {}
        self._paragraphs: dict[tuple[str, str], Paragraph] = {}

    def para(self, text: str, style: str) -> Paragraph:
        return Paragraph(text, self.styles[style])

    def shared(self, text: str, style: str) -> Paragraph:
        """A paragraph whose text is the same in every document of the batch."""
        key = (text, style)
        paragraph = self._paragraphs.get(key)
        if paragraph is None:
            paragraph = SharedParagraph(text, self.styles[style])
            self._paragraphs[key] = paragraph
        return paragraph

    def letterhead_block(self) -> LetterheadBlock:
        if self._letterhead_block is None:
            self._letterhead_block = LetterheadBlock(self.letterhead, self.styles)
        return self._letterhead_block

    def signature_block(self, document: FilledDocument) -> SignatureBlock:
        key = tuple((s.title, s.name) for s in document.signatures)
        block = self._signatures.get(key)
        if block is None:
            rows: list[tuple[Paragraph, Paragraph | None]] = []
            for signature in document.signatures:
                if signature.title:
                    rows.append(
                        (
                            self.para(signature.title, "sign_title"),
                            self.para(signature.name, "sign_name"),
                        )
                    )
                else:
                    rows.append((self.para(signature.name, "note"), None))
            block = SignatureBlock(rows)
            self._signatures[key] = block
        return block

    def header(self, document: FilledDocument, number: str, issued_on: date) -> list[Flowable]:
        story: list[Flowable] = [self.letterhead_block(), Spacer(1, 3 * mm)]
        number_text = markup(f"№ {number}")
        date_text = markup(long_date(issued_on))
        if document.layout == "letter":
            left = [self.para(number_text, "meta"), self.para(date_text, "meta")]
            right = [self.para(line, "to") for line in document.to]
            table = Table([[left, right or ""]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55])
            table.setStyle(_PLAIN_TABLE)
            story += [table, Spacer(1, 6 * mm)]
            if document.title:
                story.append(self.para(document.title, "subtitle"))
            if document.subtitle:
                story.append(self.para(document.subtitle, "subtitle"))
        else:
            story.append(self.shared(document.title, "title"))
            story += [
                Spacer(1, 2 * mm),
                MetaRow(long_date(issued_on), self.letterhead.city, f"№ {number}"),
            ]
            if document.subtitle:
                story.append(self.shared(document.subtitle, "subtitle"))
            else:
                story.append(Spacer(1, 5 * mm))
            if document.to:
                story += [self.para(line, "to") for line in document.to]
        return story

    def blocks(self, blocks: Sequence[Block]) -> list[Flowable]:
        story: list[Flowable] = []
        for block in blocks:
            if block.kind == "para":
                story.append(self.shared(block.text, "body"))
            elif block.kind == "item":
                story.append(self.shared(f"{block.number}. {block.text}", "body"))
            elif block.kind == "heading":
                story.append(self.shared(block.text, "heading"))
            elif block.kind == "rows":
                story.append(self.rows(block.rows))
            elif block.kind == "table" and block.table is not None:
                story.append(self.table(block.table))
        return story

    def rows(self, rows: Sequence[Sequence[str]]) -> Table:
        widths = [TEXT_WIDTH * 0.38, TEXT_WIDTH * 0.62]
        data = [[self.para(row[0], "label"), self.para(" ".join(row[1:]), "value")] for row in rows]
        table = Table(data, colWidths=widths, hAlign="LEFT", spaceBefore=2, spaceAfter=7)
        table.setStyle(_ROWS_TABLE)
        return table

    def table(self, filled: FilledTable) -> Table:
        face = fonts()
        total_weight = sum(filled.weights)
        widths = [TEXT_WIDTH * w / total_weight for w in filled.weights]
        head = [self.shared(h, "cell_head") for h in filled.headers]
        styles = {
            "left": self.styles["cell"],
            "center": self.styles["cell_center"],
            "right": self.styles["cell_right"],
        }
        cell_size = styles["left"].fontSize
        room = [width - 6 - 1 for width in widths]

        def cell(text: str, column: int) -> Any:
            # A short cell without markup is a plain string: laid out far faster.
            if (
                "<" not in text
                and "&" not in text
                and "\n" not in text
                and (stringWidth(text, face.regular, cell_size) <= room[column])
            ):
                return text
            return Paragraph(text, styles[filled.aligns[column]])

        body = [[cell(text, i) for i, text in enumerate(row)] for row in filled.rows]
        data: list[list[Any]] = [head, *body]
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), face.regular, cell_size, styles["left"].leading),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for index, align in enumerate(filled.aligns):
            if align != "left":
                commands.append(("ALIGN", (index, 1), (index, -1), align.upper()))
        if filled.total is not None:
            row = [Paragraph(text, self.styles["cell_total"]) for text in filled.total]
            row[0] = Paragraph(filled.total[0], self.styles["cell_total_label"])
            data.append(row)
            if filled.total_span > 1:
                commands.append(("SPAN", (0, -1), (filled.total_span - 1, -1)))
        table = Table(data, colWidths=widths, repeatRows=1, spaceBefore=3, spaceAfter=8)
        table.setStyle(TableStyle(commands))
        return table

    def document(self, document: FilledDocument, number: str, issued_on: date) -> list[Flowable]:
        story = self.header(document, number, issued_on)
        story += self.blocks(document.body)
        story += [Spacer(1, 8 * mm), self.signature_block(document)]
        if document.annex:
            story += [PageBreak(), *self.blocks(document.annex)]
        return story


# Tables draw their own cell font even for paragraph cells: name ours, never Helvetica.
_PLAIN_TABLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), REGULAR_FONT, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)
_ROWS_TABLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), REGULAR_FONT, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.6, 0.6, 0.6)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `extra`'s keys added where `base` lacks them (nested mappings merged)."""
    merged = dict(base)
    for key, value in extra.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(merged[key], Mapping) and isinstance(value, Mapping):
            merged[key] = _merge(merged[key], value)
    return merged


def _context(
    kind: KindSpec,
    data: Mapping[str, Any],
    letterhead: Letterhead,
    number: str,
    issued_on: date,
) -> dict[str, Any]:
    context = dict(as_mapping(data))
    for reserved in ("document", "institution", "signatory"):
        context.pop(reserved, None)
    context["document"] = {"number": number, "date": issued_on}
    context["institution"] = {
        "name": letterhead.institution_name,
        "address": letterhead.address,
        "city": letterhead.city,
    }
    context["signatory"] = {"name": letterhead.signatory_name, "title": letterhead.signatory_title}
    if kind.derive is not None:
        context = _merge(context, kind.derive(context))
    return context


def fill_document(
    kind_id: str,
    data: Mapping[str, Any],
    *,
    letterhead: Letterhead,
    number: str,
    issued_on: date,
    template_text: str | None = None,
) -> FilledDocument:
    """The document's text as blocks, without layout (used by tests and the editor)."""
    kind = get_kind(kind_id)
    template = load_template(kind_id, template_text)
    return fill(template, kind, _context(kind, data, letterhead, number, issued_on))


def _check_number(number: str) -> None:
    if not number.strip():
        raise BadInput("A document needs its register number.", field="number")
    check_printable(number, field="number")


def _build(
    kind_id: str,
    items: Iterable[BatchItem],
    *,
    letterhead: Letterhead,
    demo: bool,
    template_text: str | None,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> bytes:
    kind = get_kind(kind_id)
    letterhead.check()
    template = load_template(kind_id, template_text)
    builder = _Builder(letterhead)
    total = len(items) if isinstance(items, Sized) else None
    decorator = Decorator(demo=demo, total=total, progress=progress, cancelled=cancelled)
    story: list[Flowable] = []
    count = 0
    for index, item in enumerate(items):
        if cancelled is not None and index % 50 == 0 and cancelled():
            raise RenderCancelled("Rendering was cancelled.")
        _check_number(item.number)
        code = None
        if item.verification_code is not None:
            code = verification.normalise_code(item.verification_code)
            if not verification.check_code(code):
                raise BadInput("The verification code fails its check symbol.", field="code")
        document = fill(
            template, kind, _context(kind, item.data, letterhead, item.number, item.issued_on)
        )
        context = DocContext(index, item.number, code, qr_rows(code) if code else None)
        if story:
            story.append(PageBreak())
        story.append(DocStart(decorator, context))
        story += builder.document(document, item.number, item.issued_on)
        count += 1
    if count == 0:
        raise BadInput("Nothing to render: the batch is empty.", field="items")

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=kind.title_az,
        author=letterhead.institution_name,
        creator="Registrar Desk",
        subject=kind.title_az,
        lang="az",
        initialFontName=fonts().regular,  # else every page names an unembedded Helvetica
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate("page", [frame], onPage=decorator.on_page, onPageEnd=decorator.on_page_end)]
    )

    class _Canvas(Canvas):
        def save(self) -> None:
            decorator.finish(self)
            super().save()

    doc.build(story, canvasmaker=_Canvas)
    log.info("rendered %d document(s) of kind %s", count, kind_id)
    return buffer.getvalue()


def render_document(
    kind: str,
    data: Mapping[str, Any],
    *,
    letterhead: Letterhead,
    number: str,
    issued_on: date,
    verification_code: str | None,
    demo: bool,
    template_text: str | None = None,
) -> bytes:
    """One document as PDF bytes."""
    return _build(
        kind,
        [BatchItem(data, number, issued_on, verification_code)],
        letterhead=letterhead,
        demo=demo,
        template_text=template_text,
        progress=None,
        cancelled=None,
    )


def render_batch(
    kind: str,
    items: Iterable[BatchItem],
    *,
    letterhead: Letterhead,
    demo: bool,
    template_text: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """Many documents of one kind in one PDF, each starting on a new page.

    `progress(done, total)` is called as each document is laid out (total is None for an
    unsized iterable); `cancelled()` is polled and, when it returns True, RenderCancelled is
    raised and nothing is returned.
    """
    return _build(
        kind,
        items,
        letterhead=letterhead,
        demo=demo,
        template_text=template_text,
        progress=progress,
        cancelled=cancelled,
    )

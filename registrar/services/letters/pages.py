"""What every page carries: the demo mark, the verification footer with its QR symbol, the
register number and "Səhifə N / M", counted per document inside a batch.

The total page count of a document is only known once its last page is done, so each page
draws it through a form XObject that is defined later (reportlab resolves it at save time).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from registrar.services.errors import RegistrarError
from registrar.services.letters import verification
from registrar.services.letters.fonts import face_for, fonts
from registrar.services.letters.layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)
from registrar.services.letters.qr import draw_qr

QR_SIZE = 22 * mm  # including the 4-module quiet zone
DEMO_MARK = "NÜMUNƏ / DEMO"
DEMO_LINE = f"{DEMO_MARK} — nümayiş məlumat bazasından çap edilib, etibarlı sənəd deyil"
CODE_LABEL = "Yoxlama kodu"
CODE_HINT = "Sənədin həqiqiliyi bu kod üzrə yoxlanıla bilər."
PAGE_LABEL = "Səhifə"

ProgressCallback = Callable[[int, int | None], None]
CancelCheck = Callable[[], bool]


class RenderCancelled(RegistrarError):
    """The batch was cancelled through its cancel check; nothing was produced."""

    code = "cancelled"


@dataclass
class DocContext:
    index: int
    number: str
    code: str | None
    qr: tuple[str, ...] | None
    pages: int = 0


@dataclass
class Decorator:
    """Draws what every page carries; knows which document of the batch is on the page."""

    demo: bool
    total: int | None
    progress: ProgressCallback | None
    cancelled: CancelCheck | None
    current: DocContext | None = None
    done: int = 0

    def start(self, canvas: Canvas, context: DocContext) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled("Rendering was cancelled.")
        self.finish(canvas)
        self.current = context

    def finish(self, canvas: Canvas) -> None:
        """Define the page-count form of the document just completed."""
        context = self.current
        if context is None:
            return
        face = fonts()
        canvas.beginForm(f"pages{context.index}", lowerx=-2, lowery=-4, upperx=40, uppery=12)
        canvas.setFont(face.regular, 8)
        canvas.drawString(0, 0, str(context.pages))
        canvas.endForm()
        self.current = None
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)

    def on_page(self, canvas: Canvas, _doc: object) -> None:
        if not self.demo:
            return
        face = fonts()
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.82, 0.82, 0.82))
        canvas.setFont(face.bold, 58)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(48)
        canvas.drawCentredString(0, -20, DEMO_MARK)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.05, 0.05))
        canvas.setFont(face.bold, 8.5)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 9 * mm, DEMO_LINE)
        canvas.restoreState()

    def on_page_end(self, canvas: Canvas, _doc: object) -> None:
        context = self.current
        if context is None:
            return
        context.pages += 1
        face = fonts()
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(colors.Color(0.4, 0.4, 0.4))
        canvas.line(
            MARGIN_LEFT, MARGIN_BOTTOM - 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 4 * mm
        )
        text_x = MARGIN_LEFT
        if context.qr is not None and context.code is not None:
            draw_qr(canvas, context.qr, MARGIN_LEFT - 2.5 * mm, 5 * mm, QR_SIZE)
            text_x = MARGIN_LEFT + QR_SIZE
            canvas.setFont(face.bold, 9.5)
            canvas.drawString(
                text_x, 19 * mm, f"{CODE_LABEL}: {verification.display(context.code)}"
            )
            canvas.setFont(face.regular, 7.5)
            canvas.drawString(text_x, 15 * mm, CODE_HINT)
        number_line = f"Qeydiyyat nömrəsi: {context.number}"
        canvas.setFont(face_for(number_line), 7.5)
        canvas.drawString(text_x, 11 * mm, number_line)
        label = f"{PAGE_LABEL} {context.pages} / "
        width = stringWidth(label + "00", face.regular, 8)
        x = PAGE_WIDTH - MARGIN_RIGHT - width
        canvas.setFont(face.regular, 8)
        canvas.drawString(x, 11 * mm, label)
        canvas.translate(x + stringWidth(label, face.regular, 8), 11 * mm)
        canvas.doForm(f"pages{context.index}")
        canvas.restoreState()


class DocStart(Flowable):
    """Zero-size marker at the top of each document's first page."""

    def __init__(self, decorator: Decorator, context: DocContext) -> None:
        super().__init__()
        self._decorator = decorator
        self._context = context

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._decorator.start(self.canv, self._context)

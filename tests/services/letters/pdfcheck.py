"""PDF inspection for the letters tests: text as a reader copies it, fonts, text positions."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

MM = 72 / 25.4


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed to single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _fonts_in(resources: Any, seen: set[int], found: list[DictionaryObject]) -> None:
    resources = _resolve(resources)
    if not resources:
        return
    for font in (_resolve(resources.get("/Font")) or {}).values():
        font = _resolve(font)
        if id(font) not in seen:
            seen.add(id(font))
            found.append(font)
    for xobject in (_resolve(resources.get("/XObject")) or {}).values():
        xobject = _resolve(xobject)
        if xobject.get("/Subtype") == "/Form":
            _fonts_in(xobject.get("/Resources"), seen, found)


def fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font dictionary used by any page or form XObject."""
    found: list[DictionaryObject] = []
    seen: set[int] = set()
    for page in reader(pdf).pages:
        _fonts_in(page.get("/Resources"), seen, found)
    return found


def is_embedded(font: DictionaryObject) -> bool:
    descriptor = _resolve(font.get("/FontDescriptor"))
    if descriptor is None and "/DescendantFonts" in font:
        descendant = _resolve(_resolve(font["/DescendantFonts"])[0])
        descriptor = _resolve(descendant.get("/FontDescriptor"))
    return bool(descriptor) and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def text_origins(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x_mm, y_mm from the top edge) of every text run's origin on a page."""
    target = reader(pdf).pages[page]
    height = float(target.mediabox.height)
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text.strip(), x / MM, (height - y) / MM))

    target.extract_text(visitor_text=visit)
    return runs


def line_segments(pdf: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """Straight segments (x1, y1, x2, y2 in mm from the top-left) drawn with m/l operators."""
    from pypdf.generic import ContentStream

    target = reader(pdf).pages[page]
    height = float(target.mediabox.height)
    content = ContentStream(target.get_contents(), target.pdf)
    matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    start: tuple[float, float] | None = None
    segments: list[tuple[float, float, float, float]] = []

    def apply(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return (a * x + c * y + e) / MM, (height - (b * x + d * y + f)) / MM

    for operands, operator in content.operations:
        if operator == b"q":
            stack.append(list(matrix))
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            a2, b2, c2, d2, e2, f2 = (float(v) for v in operands)
            a, b, c, d, e, f = matrix
            matrix = [
                a2 * a + b2 * c,
                a2 * b + b2 * d,
                c2 * a + d2 * c,
                c2 * b + d2 * d,
                e2 * a + f2 * c + e,
                e2 * b + f2 * d + f,
            ]
        elif operator == b"m":
            start = apply(float(operands[0]), float(operands[1]))
        elif operator == b"l" and start is not None:
            end = apply(float(operands[0]), float(operands[1]))
            segments.append((*start, *end))
            start = end
    return segments

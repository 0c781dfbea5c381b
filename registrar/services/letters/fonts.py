"""The shipped TTF fonts: registered with reportlab once per process, embedded in every PDF.

Noto Sans is the main face: it has every Azerbaijani letter (ə ğ ı İ ş ç ö ü and capitals) and
the manat sign ₼. DejaVu Sans is the fallback for the few characters Noto lacks; a character
neither face has is refused (BadInput naming the field) instead of printing as a box.
reportlab embeds a subset of each TTF it uses (FontFile2), so copy-paste gives the letters back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from registrar.paths import resource
from registrar.services.errors import BadInput

REGULAR = "RegistrarSans"
BOLD = "RegistrarSans-Bold"
FALLBACK = "RegistrarFallback"
FALLBACK_BOLD = "RegistrarFallback-Bold"

FONT_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}

# Characters a value may carry that are layout, not glyphs.
_LAYOUT_CHARACTERS = frozenset({ord("\n")})


@dataclass(frozen=True)
class Fonts:
    """Registered font names and the code points each face can draw."""

    regular: str
    bold: str
    fallback: str
    fallback_bold: str
    main_chars: frozenset[int]
    fallback_chars: frozenset[int]
    main_set: frozenset[str]  # the same as characters, for fast subset tests
    fallback_set: frozenset[str]
    printable_set: frozenset[str]  # main, fallback and layout characters

    def can_print(self, text: str) -> bool:
        return self.printable_set.issuperset(text)


def _register(name: str) -> frozenset[int]:
    font = TTFont(name, str(resource("fonts", FONT_FILES[name])))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    """Register the fonts (first call only) and describe them."""
    main_chars = _register(REGULAR) & _register(BOLD)
    fallback_chars = _register(FALLBACK) & _register(FALLBACK_BOLD)
    for regular, bold in ((REGULAR, BOLD), (FALLBACK, FALLBACK_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)  # no italics are shipped
        addMapping(regular, 1, 1, bold)
    main_set = frozenset(map(chr, main_chars))
    fallback_set = frozenset(map(chr, fallback_chars))
    printable_set = main_set | fallback_set | frozenset(map(chr, _LAYOUT_CHARACTERS))
    return Fonts(
        REGULAR,
        BOLD,
        FALLBACK,
        FALLBACK_BOLD,
        main_chars,
        fallback_chars,
        main_set,
        fallback_set,
        printable_set,
    )


def face_for(text: str, *, bold: bool = False) -> str:
    """The font to draw `text` with in one go (canvas strings, not paragraphs): the main face
    unless it lacks one of the characters and the fallback has them all."""
    face = fonts()
    if not face.main_set.issuperset(text) and face.fallback_set.issuperset(text):
        return face.fallback_bold if bold else face.fallback
    return face.bold if bold else face.regular


def unprintable(text: str) -> str | None:
    """The first character of `text` that no shipped face can draw, or None."""
    face = fonts()
    if face.printable_set.issuperset(text):
        return None
    return next(ch for ch in text if ch not in face.printable_set)


def check_printable(text: str, *, field: str | None = None, line: int | None = None) -> None:
    """Refuse text with a character the PDF could only show as a box."""
    ch = unprintable(text)
    if ch is not None:
        where = f"'{field}'" if field else f"line {line}" if line else "the text"
        raise BadInput(
            f"{where}: the character {ch!r} (U+{ord(ch):04X}) cannot be printed.",
            field=field,
            line=line,
        )


def markup(text: str) -> str:
    """`text` as reportlab paragraph markup: XML-escaped, line breaks kept, and characters
    missing from the main face set in the fallback face."""
    face = fonts()
    escaped = escape(text)
    if face.main_set.issuperset(text.replace("\n", "")):
        return escaped.replace("\n", "<br/>") if "\n" in escaped else escaped
    parts: list[str] = []
    run: list[str] = []
    in_fallback = False
    for ch in escaped:
        use_fallback = ch != "\n" and ch not in face.main_set
        if use_fallback != in_fallback and run:
            chunk = "".join(run)
            parts.append(f'<font face="{FALLBACK}">{chunk}</font>' if in_fallback else chunk)
            run = []
        in_fallback = use_fallback
        run.append("<br/>" if ch == "\n" else ch)
    chunk = "".join(run)
    parts.append(f'<font face="{FALLBACK}">{chunk}</font>' if in_fallback else chunk)
    return "".join(parts)

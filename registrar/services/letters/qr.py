"""QR symbols for verification codes: reportlab's encoder, a faster mask choice, vector drawing.

reportlab's `QRCode.make()` scores the eight masks by rebuilding the whole symbol eight times
(about 4 ms a code), too slow for a thousand pages. Here reportlab builds the symbol once, with
mask 0; each other mask differs from it only in the data modules whose mask bit differs and
in the format information, so it is mask 0's rows XOR a per-row bit pattern computed once per
version. Each candidate is scored with the penalty rules N1–N4 of ISO/IEC 18004 and the lowest
wins. Mode, Reed–Solomon coding, placement and format bits are all reportlab's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white margin on every side (ISO/IEC 18004)
LEVEL = QRErrorCorrectLevel.M
_FINDER_LIKE = ("10111010000", "00001011101")


def _row_ints(modules: list[list[bool]]) -> tuple[int, ...]:
    return tuple(int("".join("1" if m else "0" for m in row), 2) for row in modules)


def _transpose(values: tuple[int, ...], size: int) -> tuple[int, ...]:
    rows = [format(value, f"0{size}b") for value in values]
    return tuple(int("".join(column), 2) for column in zip(*rows, strict=True))


@lru_cache(maxsize=8)
def _mask_patterns(version: int) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """Per mask k, the (row, column) bit patterns that turn mask 0's symbol into mask k's."""
    size = version * 4 + 17
    probe = QRCode(version, LEVEL)
    probe.moduleCount = size
    positions = [(row, col) for col, row in probe.dataPosIterator()]  # type: ignore[no-untyped-call]
    mask0 = QRUtil.getMask(0)  # type: ignore[no-untyped-call]
    patterns = []
    for k in range(8):
        mask = QRUtil.getMask(k)  # type: ignore[no-untyped-call]
        grid = [[False] * size for _ in range(size)]
        for r, c in positions:
            grid[r][c] = bool(mask(r, c)) != bool(mask0(r, c))
        format0 = [[False] * size for _ in range(size)]
        probe.modules = format0
        probe.setupTypeInfo(False, 0)
        formatk = [[False] * size for _ in range(size)]
        probe.modules = formatk
        probe.setupTypeInfo(False, k)
        for r in range(size):
            for c in range(size):
                if format0[r][c] != formatk[r][c]:
                    grid[r][c] = not grid[r][c]
        rows = _row_ints(grid)
        patterns.append((rows, _transpose(rows, size)))
    return tuple(patterns)


def penalty_of(rows: tuple[int, ...], columns: tuple[int, ...]) -> int:
    """The ISO/IEC 18004 penalty score of a symbol given as row and column bit patterns.

    N1 (runs of five or more) is counted on integers: `same` marks each module equal to its
    neighbour, `window` each start of four such marks in a row (a run of at least five); a run
    of L modules costs L - 2 = windows + 2.
    """
    size = len(rows)
    pair = (1 << (size - 1)) - 1
    full = (1 << size) - 1
    n1 = 0
    for value in (*rows, *columns):
        same = ~(value ^ (value >> 1)) & pair
        window = same & (same >> 1) & (same >> 2) & (same >> 3)
        if window:
            n1 += window.bit_count() + 2 * (window & ~(window << 1)).bit_count()
    blocks = 0
    for upper, lower in pairwise(rows):
        equal = ~(upper ^ lower) & full
        flat = ~(upper ^ (upper >> 1)) & pair
        blocks += (equal & (equal >> 1) & flat).bit_count()
    width = f"0{size}b"
    text = "\n".join(format(value, width) for value in (*rows, *columns))
    n3 = sum(text.count(pattern) for pattern in _FINDER_LIKE)
    dark = sum(value.bit_count() for value in rows)
    n4 = 10 * (abs(dark * 100 // (size * size) - 50) // 5)
    return n1 + 3 * blocks + 40 * n3 + n4


def penalty(rows: tuple[str, ...]) -> int:
    """The penalty score of a symbol given as rows of '0'/'1'."""
    values = tuple(int(row, 2) for row in rows)
    return penalty_of(values, _transpose(values, len(rows)))


def _candidates(text: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    code = QRCode(None, LEVEL)
    code.addData(text)
    code.version = code.calculate_version()  # type: ignore[no-untyped-call]
    code.makeImpl(False, 0)
    rows = _row_ints(code.modules)
    columns = _transpose(rows, len(rows))
    return [
        (
            tuple(value ^ flip for value, flip in zip(rows, row_flips, strict=True)),
            tuple(value ^ flip for value, flip in zip(columns, column_flips, strict=True)),
        )
        for row_flips, column_flips in _mask_patterns(code.version)
    ]


def _strings(rows: tuple[int, ...]) -> tuple[str, ...]:
    width = f"0{len(rows)}b"
    return tuple(format(value, width) for value in rows)


def masked_symbols(text: str) -> tuple[tuple[str, ...], ...]:
    """The symbol for `text` (error correction M) under each of the eight masks, in order."""
    return tuple(_strings(rows) for rows, _columns in _candidates(text))


def qr_rows(text: str) -> tuple[str, ...]:
    """The QR symbol for `text` with the lowest-penalty mask, as rows of '0'/'1'."""
    rows, _columns = min(_candidates(text), key=lambda candidate: penalty_of(*candidate))
    return _strings(rows)


def draw_qr(canvas: Canvas, rows: tuple[str, ...], x: float, y: float, size: float) -> None:
    """Draw the symbol with its quiet zone in the square (x, y, size) as filled rectangles."""
    count = len(rows)
    module = size / (count + 2 * QUIET_ZONE)
    ops = []
    for r, row in enumerate(rows):
        for match in re.finditer("1+", row):
            ops.append(f"{match.start()} {r} {match.end() - match.start()} 1 re")
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.scale(module, -module)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()

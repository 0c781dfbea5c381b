"""QR symbols: reportlab's encoding, our faster mask choice by the ISO penalty rules."""

from __future__ import annotations

import re

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from registrar.services.letters.qr import masked_symbols, penalty, qr_rows
from registrar.services.letters.verification import encode

_RUN = re.compile(r"0{5,}|1{5,}")
CODES = [encode(value) for value in (0, 1, 2**60 - 1, 123456789012345, 987654321, 2**59 + 7)]


def _reference_penalty(rows: tuple[str, ...]) -> int:
    size = len(rows)
    columns = tuple("".join(c) for c in zip(*rows, strict=True))
    lines = rows + columns
    n1 = sum(len(run) - 2 for line in lines for run in _RUN.findall(line))
    n2 = sum(
        1
        for r in range(size - 1)
        for c in range(size - 1)
        if rows[r][c] == rows[r][c + 1] == rows[r + 1][c] == rows[r + 1][c + 1]
    )
    n3 = sum(line.count("10111010000") + line.count("00001011101") for line in lines)
    dark = sum(row.count("1") for row in rows)
    return n1 + 3 * n2 + 40 * n3 + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def _reportlab_symbol(text: str, mask: int) -> tuple[str, ...]:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()  # type: ignore[no-untyped-call]
    code.makeImpl(False, mask)
    return tuple("".join("1" if m else "0" for m in row) for row in code.modules)


def test_each_masked_symbol_is_exactly_what_reportlab_builds_with_that_mask() -> None:
    for text in CODES:
        for mask, rows in enumerate(masked_symbols(text)):
            assert rows == _reportlab_symbol(text, mask)


def test_the_penalty_score_follows_the_iso_rules() -> None:
    for text in CODES:
        for rows in masked_symbols(text):
            assert penalty(rows) == _reference_penalty(rows)


def test_the_chosen_mask_has_the_lowest_penalty() -> None:
    for text in CODES:
        candidates = masked_symbols(text)
        assert _reference_penalty(qr_rows(text)) == min(map(_reference_penalty, candidates))


def test_a_verification_code_fits_a_version_1_symbol() -> None:
    assert len(qr_rows(encode(2**60 - 1))) == 21

"""Verification codes: 60 random bits as 12 Crockford base-32 symbols plus a mod-37 check symbol.

The printed form is grouped (`7ZK3-M9QX-4B2W-U`); the stored form is only `code_hash`, the
SHA-256 of the normalised code, so the database never holds a usable code. Typed input is read
by Crockford's decoding rules: case-insensitive, O -> 0, I and L -> 1, hyphens (and spaces)
ignored. The QR code on the page holds the normalised code alone.
"""

from __future__ import annotations

import hashlib
import secrets

from registrar.services.errors import BadInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
CODE_BITS = 60
CODE_SYMBOLS = 12
_VALUE = {symbol: index for index, symbol in enumerate(CHECK_ALPHABET)}
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def check_symbol(value: int) -> str:
    """Crockford's check symbol: the value modulo 37."""
    return CHECK_ALPHABET[value % 37]


def encode(value: int) -> str:
    """`value` (0 <= value < 2**60) as 12 symbols plus its check symbol."""
    if not 0 <= value < 1 << CODE_BITS:
        raise ValueError("a code value has 60 bits")
    symbols = []
    remaining = value
    for _ in range(CODE_SYMBOLS):
        remaining, digit = divmod(remaining, 32)
        symbols.append(ALPHABET[digit])
    return "".join(reversed(symbols)) + check_symbol(value)


def new_code() -> str:
    """A fresh random code in normalised form (13 symbols, no hyphens)."""
    return encode(secrets.randbits(CODE_BITS))


def display(code: str) -> str:
    """The printed form: `XXXX-XXXX-XXXX-C`."""
    plain = normalise_code(code)
    return f"{plain[0:4]}-{plain[4:8]}-{plain[8:12]}-{plain[12]}"


def normalise_code(typed: str) -> str:
    """The canonical 13-symbol form of a typed or scanned code.

    Raises BadInput (field "code") when the input cannot be a code at all: wrong length or a
    symbol outside Crockford's alphabet. A well-formed code with a wrong check symbol is
    returned as typed; `check_code` tells those apart.
    """
    plain = "".join(typed.split()).replace("-", "").upper().translate(_ALIASES)
    if len(plain) != CODE_SYMBOLS + 1:
        raise BadInput(
            f"A verification code has {CODE_SYMBOLS + 1} symbols; this one has {len(plain)}.",
            field="code",
        )
    for symbol in plain[:CODE_SYMBOLS]:
        if symbol not in ALPHABET:
            raise BadInput(f"'{symbol}' is not a code symbol.", field="code")
    if plain[-1] not in _VALUE:
        raise BadInput(f"'{plain[-1]}' is not a check symbol.", field="code")
    return plain


def code_value(code: str) -> int:
    """The 60-bit value of a normalised code's first 12 symbols."""
    value = 0
    for symbol in code[:CODE_SYMBOLS]:
        value = value * 32 + _VALUE[symbol]
    return value


def check_code(typed: str) -> bool:
    """True when `typed` is a well-formed code whose check symbol matches."""
    try:
        plain = normalise_code(typed)
    except BadInput:
        return False
    return check_symbol(code_value(plain)) == plain[-1]


def code_hash(code: str) -> str:
    """What the database stores: SHA-256 (hex) of the normalised code."""
    return hashlib.sha256(normalise_code(code).encode("ascii")).hexdigest()

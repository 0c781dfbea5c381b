"""Canonical JSON (RFC 8785, JCS) and its SHA-256: the hash of what an applicant confirmed.

Equal content gives equal bytes whatever the key order, the float spelling (1.0 and 1 are
the same number) or the platform: keys sorted by UTF-16 code units, no whitespace, UTF-8
with non-ASCII characters as they are (not `\\u` escapes), numbers in ECMAScript form.
Only JSON values are accepted: dict with str keys, list, tuple, str, int, float, bool, None.
Convert dates, UUIDs and decimals to strings first, in one agreed form.
"""

from __future__ import annotations

import hashlib

import rfc8785


def canonical_json(obj: object) -> bytes:
    """The RFC 8785 bytes of `obj`.

    Raises ValueError for what JSON cannot carry exactly: non-str keys, NaN or infinity,
    integers beyond ±(2**53 - 1), lone surrogates, other types, or nesting too deep.
    """
    try:
        return rfc8785.dumps(obj)  # type: ignore[arg-type]  # checked inside, see Raises
    except (rfc8785.CanonicalizationError, UnicodeError, RecursionError) as exc:
        raise ValueError(f"not canonicalisable as JSON: {type(exc).__name__}") from exc


def sha256_hex(obj: object) -> str:
    """SHA-256 (64 hex digits) of `canonical_json(obj)`."""
    return hashlib.sha256(canonical_json(obj)).hexdigest()

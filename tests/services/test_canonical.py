"""Canonical JSON (RFC 8785) and its hash: equal content, equal bytes."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.services.canonical import canonical_json, sha256_hex


def test_the_rfc_8785_example_object_serialises_as_the_rfc_shows() -> None:
    # RFC 8785 section 3.2.2 input, section 3.2.3 output.
    data = {
        "numbers": [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000f\u000aA'\u0042\u0022\u005c\\\"/",
        "literals": [None, True, False],
    }
    expected = (
        '{"literals":[null,true,false],'
        '"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonical_json(data) == expected.encode()


def test_keys_are_sorted_by_utf16_code_units() -> None:
    # RFC 8785 section 3.2.3 sorting example: the emoji (a surrogate pair, D83D DE00) sorts
    # before U+FB33 although its code point is larger.
    keys = ["\u20ac", "\r", "\ufb33", "1", "\U0001f600", "\u0080", "\u00f6"]
    expected = '{"\\r":0,"1":0,"\u0080":0,"\u00f6":0,"\u20ac":0,"\U0001f600":0,"\ufb33":0}'
    assert canonical_json(dict.fromkeys(keys, 0)) == expected.encode()


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1.0, b"1"),
        (-0.0, b"0"),
        (1e21, b"1e+21"),
        (1e20, b"100000000000000000000"),
        (0.000001, b"0.000001"),
        (1e-7, b"1e-7"),
        (5e-324, b"5e-324"),
        (1.7976931348623157e308, b"1.7976931348623157e+308"),
        (2.0**53, b"9007199254740992"),
    ],
)
def test_numbers_take_their_ecmascript_form(number: float, text: bytes) -> None:
    assert canonical_json(number) == text


def test_azerbaijani_text_is_written_as_utf8_not_escaped() -> None:
    assert canonical_json({"ad": "Əliyev Şahin"}) == '{"ad":"Əliyev Şahin"}'.encode()


def test_there_is_no_whitespace_between_tokens() -> None:
    assert canonical_json({"a": [1, {"b": None}]}) == b'{"a":[1,{"b":null}]}'


def test_the_same_content_in_another_key_order_has_the_same_hash() -> None:
    one = {"reg.fin": "5ZX8K2P", "pd": {"x": 1.0, "y": [1, 2]}, "ok": True}
    two = {"ok": True, "pd": {"y": [1, 2], "x": 1}, "reg.fin": "5ZX8K2P"}
    assert sha256_hex(one) == sha256_hex(two)


def test_the_hash_is_the_sha256_of_the_canonical_bytes() -> None:
    assert sha256_hex({"a": 1}) == hashlib.sha256(b'{"a":1}').hexdigest()


def test_different_content_has_a_different_hash() -> None:
    assert sha256_hex({"a": 1}) != sha256_hex({"a": 2})


@pytest.mark.parametrize(
    "value",
    [{1: "x"}, float("nan"), float("inf"), 2**53, "\ud800", {"\ud800": 1}, b"bytes", {1, 2}],
)
def test_values_json_cannot_carry_exactly_are_refused_with_value_error(value: object) -> None:
    with pytest.raises(ValueError, match="not canonicalisable"):
        canonical_json(value)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec="utf-8")),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(st.characters(codec="utf-8")), inner, max_size=4)
    ),
    max_leaves=10,
)


@given(st.dictionaries(st.text(st.characters(codec="utf-8")), JSON, max_size=6))
def test_reversing_the_key_order_never_changes_the_hash(data: dict[str, object]) -> None:
    reversed_order = dict(reversed(list(data.items())))
    assert sha256_hex(reversed_order) == sha256_hex(data)

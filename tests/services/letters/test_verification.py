"""Verification codes: generation, Crockford check symbol, typed-input rules, storage hash."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.services.errors import BadInput
from registrar.services.letters import verification as v


def test_a_new_code_has_twelve_base32_symbols_and_a_check_symbol() -> None:
    code = v.new_code()
    assert len(code) == 13
    assert all(symbol in v.ALPHABET for symbol in code[:12])
    assert v.check_code(code)


def test_the_check_symbol_is_the_value_modulo_37() -> None:
    assert v.encode(2**60 - 1) == "ZZZZZZZZZZZZ" + v.CHECK_ALPHABET[(2**60 - 1) % 37]
    assert v.encode(0) == "0000000000000"
    assert v.encode(36) == "000000000014" + "U"


def test_the_printed_form_is_grouped_by_four() -> None:
    code = v.encode(123456789)
    assert v.display(code) == f"{code[:4]}-{code[4:8]}-{code[8:12]}-{code[12]}"


def test_typed_codes_ignore_case_hyphens_and_spaces() -> None:
    code = v.encode(987654321012)
    typed = f" {code[:4].lower()}-{code[4:8]} {code[8:].lower()} "
    assert v.normalise_code(typed) == code
    assert v.check_code(typed)


def test_o_i_and_l_are_read_as_zero_and_one() -> None:
    code = v.encode(0x10_0000_0001)  # contains 0s and 1s
    typed = code[:12].replace("0", "o").replace("1", "l") + code[12]
    assert v.normalise_code(typed) == code


@given(st.integers(min_value=0, max_value=2**60 - 1))
def test_every_60_bit_value_round_trips(value: int) -> None:
    code = v.encode(value)
    assert v.code_value(code) == value
    assert v.check_code(code)


@given(
    st.integers(min_value=0, max_value=2**60 - 1),
    st.integers(min_value=0, max_value=11),
    st.integers(min_value=1, max_value=31),
)
def test_a_single_mistyped_symbol_fails_the_check(value: int, position: int, shift: int) -> None:
    code = v.encode(value)
    wrong = v.ALPHABET[(v.ALPHABET.index(code[position]) + shift) % 32]
    assert not v.check_code(code[:position] + wrong + code[position + 1 :])


@given(st.integers(min_value=0, max_value=2**60 - 1), st.integers(min_value=0, max_value=10))
def test_two_swapped_neighbours_fail_the_check(value: int, position: int) -> None:
    code = v.encode(value)
    if code[position] == code[position + 1]:
        return
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert not v.check_code(swapped)


def test_a_code_of_the_wrong_length_is_bad_input_naming_the_code() -> None:
    with pytest.raises(BadInput) as error:
        v.normalise_code("7ZK3-M9QX-4B2")
    assert error.value.field == "code"
    assert not v.check_code("7ZK3-M9QX-4B2")


def test_u_is_only_a_check_symbol() -> None:
    with pytest.raises(BadInput):
        v.normalise_code("U00000000000U")


def test_the_stored_hash_is_sha256_of_the_normalised_code() -> None:
    code = v.new_code()
    expected = hashlib.sha256(code.encode("ascii")).hexdigest()
    assert v.code_hash(v.display(code).lower()) == expected
    assert code not in v.code_hash(code)

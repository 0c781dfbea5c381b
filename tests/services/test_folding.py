"""Search folding: the spellings of an Azerbaijani name meet in one key, others stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.services.folding import fold, fold_for_like


def finds(query: str, stored: str) -> bool:
    """What the database does: LIKE 'q%' on the folded column."""
    return fold(stored).startswith(fold(query))


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("Eliyev", "Əliyev"),
        ("Aliyev", "Əliyev"),
        ("Ismayilov", "İsmayılov"),
        ("ISMAYILOV", "İsmayılov"),
        ("ismayılov", "İSMAYILOV"),
        ("Sahin", "Şahin"),
        ("Shahin", "Şahin"),
        ("Cingiz", "Çingiz"),
        ("Chingiz", "Çingiz"),
        ("Aga", "Ağa"),
        ("Agha", "Ağa"),
        ("Gokhan", "Gökhan"),
        ("Orkhan", "Orxan"),
        ("Ozturk", "Öztürk"),
        ("Uzeyir", "Üzeyir"),
        ("Guliyev", "Quliyev"),
        ("Khalilov", "Xəlilov"),
        ("Jafarov", "Cəfərov"),
        ("ONeil", "O'Neil"),
        ("Anna Maria", "Anna-Maria"),
    ],
)
def test_each_usual_spelling_finds_the_azerbaijani_name(query: str, stored: str) -> None:
    assert finds(query, stored)


@pytest.mark.parametrize(
    ("letter", "plain"),
    [
        ("ə", "e"),
        ("ə", "a"),
        ("ı", "i"),
        ("İ", "i"),
        ("ş", "s"),
        ("ş", "sh"),
        ("ç", "c"),
        ("ç", "ch"),
        ("ğ", "g"),
        ("ğ", "gh"),
        ("ö", "o"),
        ("ü", "u"),
    ],
)
def test_each_azerbaijani_letter_matches_its_plain_spellings(letter: str, plain: str) -> None:
    assert fold(f"b{letter}n") == fold(f"b{plain}n")


def test_a_prefix_typed_without_the_special_letters_finds_the_name() -> None:
    assert finds("Ism", "İsmayılov")
    assert finds("Ali", "Əliyev")


def test_a_single_k_still_finds_a_name_written_with_kh() -> None:
    assert finds("K", "Khalilov")
    assert finds("X", "Khalilov")


def test_aliyev_does_not_find_quliyev_by_prefix() -> None:
    assert not finds("Əliyev", "Quliyev")
    assert not finds("Aliyev", "Quliyev")


@pytest.mark.parametrize(
    ("query", "stored"),
    [("Həsənov", "Hüseynov"), ("Məmmədov", "Mahmudov"), ("Rəşad", "Rəşid")],
)
def test_names_that_differ_in_more_than_spelling_stay_apart(query: str, stored: str) -> None:
    assert not finds(query, stored)


def test_the_key_is_ascii_lower_case_with_single_spaces() -> None:
    assert fold("  Mir  Cəlal   PAŞAYEV ") == "mir celel peseyev"


def test_letters_outside_the_latin_script_fold_to_nothing() -> None:
    assert fold("Алиев") == ""


def test_like_pattern_carries_no_wildcards_from_the_query() -> None:
    pattern = fold_for_like("50%_ Əli\\")
    assert "%" not in pattern.replace("\\%", "")
    assert "_" not in pattern.replace("\\_", "")
    assert pattern == "50 eli"


@given(st.text())
def test_the_key_only_holds_ascii_lower_case_letters_digits_and_single_spaces(text: str) -> None:
    key = fold(text)
    assert all(ch in "abcdefghijklmnopqrstuvwxyz0123456789 " for ch in key)
    assert "  " not in key
    assert key == key.strip()


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_a_prefix_of_a_name_folds_to_a_prefix_of_its_key(text: str, cut: int) -> None:
    assert fold(text).startswith(fold(text[:cut]))


@given(st.text(alphabet="əƏıIiİşŞçÇğĞöÖüÜaAeEsShHcCgGqQxXkKjJ -'"))
def test_folding_azerbaijani_text_is_a_prefix_property_too(text: str) -> None:
    for cut in range(len(text) + 1):
        assert fold(text).startswith(fold(text[:cut]))

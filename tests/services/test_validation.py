"""Field validators and the whole-record intake check (spec §13, P02–P13)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.services import field_ids as F
from registrar.services import validation as v
from registrar.services.errors import ValidationErrors

TODAY = date(2025, 9, 1)


def rules(problems: list[v.Violation]) -> list[tuple[str | None, str]]:
    return [(p.field, p.rule) for p in problems]


# --- FİN and documents ----------------------------------------------------------------------


def test_a_fin_of_seven_capital_letters_and_digits_is_accepted() -> None:
    assert v.validate_fin("5ZX8K2P") == []


def test_a_fin_typed_in_lower_case_is_accepted_and_upper_cased() -> None:
    assert v.validate_fin(" 5zx8k2p ") == []
    assert v.normalise_fin(" 5zx8k2p ") == "5ZX8K2P"


def test_the_azerbaijani_dotted_and_dotless_i_in_a_fin_become_latin_capital_i() -> None:
    assert v.normalise_fin("ab1i2ı3İ") == "AB1I2I3I"


@pytest.mark.parametrize("fin", ["5ZX8K2", "5ZX8K2PQ", "5ZX 8K2", "5ZX-K2P", "١٢٣٤٥٦٧", "ÄZX8K2P"])
def test_a_fin_of_the_wrong_length_or_characters_is_refused(fin: str) -> None:
    assert rules(v.validate_fin(fin)) == [(F.REG_FIN, v.RULE_FIN)]


def test_a_missing_fin_is_reported_with_the_required_message() -> None:
    [problem] = v.validate_fin("  ")
    assert (problem.field, problem.rule) == (F.REG_FIN, v.RULE_REQUIRED)
    assert problem.message == "Bu xananın doldurulması mütləqdir."


def test_a_fin_given_as_a_number_is_refused_not_crashed_on() -> None:
    assert rules(v.validate_fin(1234567)) == [(F.REG_FIN, v.RULE_FIN)]


def test_a_migration_document_fin_has_the_same_format() -> None:
    assert v.validate_migration_fin("AB12CD3") == []
    assert rules(v.validate_migration_fin("AB12")) == [(F.REG_FIN, v.RULE_FIN)]


def test_a_unhcr_series_and_number_with_a_space_is_accepted() -> None:
    assert v.validate_unhcr_doc_no("ab 123456") == []
    assert v.normalise_doc_no("ab 123456") == "AB123456"


@pytest.mark.parametrize("doc_no", ["AB", "A" * 21, "AB-123456", "AB/12"])
def test_a_unhcr_number_outside_3_to_20_letters_or_digits_is_refused(doc_no: str) -> None:
    assert rules(v.validate_unhcr_doc_no(doc_no)) == [(F.REG_UNHCR_DOC_NO, v.RULE_UNHCR_DOC)]


# --- Names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Əliyev",
        "Gülşən",
        "İsmayıl",
        "Çingiz",
        "Ağaoğlu",
        "Işıq",
        "O'Neil",
        "Anna-Maria",
        "Mir Cəlal",
        "Öztürk",
    ],
)
def test_names_with_azerbaijani_letters_spaces_hyphens_and_apostrophes_are_accepted(
    name: str,
) -> None:
    assert v.validate_name(name, F.REG_FIRST_NAME) == []


def test_a_name_typed_in_decomposed_unicode_is_accepted_and_stored_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Gülşən İsmayılova")
    assert decomposed != "Gülşən İsmayılova"
    assert v.validate_name(decomposed, F.REG_LAST_NAME) == []
    assert v.normalise_name(decomposed) == "Gülşən İsmayılova"


def test_a_typographic_apostrophe_and_double_spaces_are_normalised() -> None:
    assert v.normalise_name("  O’Neil   Smith ") == "O'Neil Smith"


@pytest.mark.parametrize("name", ["Алиев", "Ali2", "--", "Ali_Veli", "Jérôme"])
def test_names_with_other_characters_are_refused(name: str) -> None:
    assert rules(v.validate_name(name, F.REG_FIRST_NAME)) == [(F.REG_FIRST_NAME, v.RULE_NAME_CHARS)]


def test_a_name_of_fifty_characters_is_accepted_and_of_fifty_one_refused() -> None:
    assert v.validate_name("Ə" * 50, F.REG_LAST_NAME) == []
    [problem] = v.validate_name("Ə" * 51, F.REG_LAST_NAME)
    assert problem.rule == v.RULE_TOO_LONG
    assert "50" in problem.message


# --- Birth date -----------------------------------------------------------------------------


@pytest.mark.parametrize("birth", ["2001-03-14", date(2001, 3, 14), datetime(2001, 3, 14, 10, 0)])
def test_a_birth_date_as_iso_text_date_or_datetime_is_accepted(birth: object) -> None:
    assert v.validate_birth_date(birth, today=TODAY) == []


def test_a_birth_date_today_or_later_is_refused() -> None:
    assert rules(v.validate_birth_date(TODAY, today=TODAY)) == [
        (F.REG_BIRTH_DATE, v.RULE_BIRTH_FUTURE)
    ]
    assert rules(v.validate_birth_date("2030-01-01", today=TODAY)) == [
        (F.REG_BIRTH_DATE, v.RULE_BIRTH_FUTURE)
    ]


def test_the_sixteenth_birthday_is_the_first_accepted_day() -> None:
    assert v.validate_birth_date("2009-09-01", today=TODAY) == []
    assert rules(v.validate_birth_date("2009-09-02", today=TODAY)) == [
        (F.REG_BIRTH_DATE, v.RULE_AGE)
    ]


def test_an_age_of_one_hundred_is_accepted_and_one_hundred_and_one_refused() -> None:
    assert v.validate_birth_date("1924-09-02", today=TODAY) == []
    assert rules(v.validate_birth_date("1924-09-01", today=TODAY)) == [
        (F.REG_BIRTH_DATE, v.RULE_AGE)
    ]


@pytest.mark.parametrize("text", ["2001-02-30", "14.03.2001", "20010314", "2001-3-14"])
def test_a_birth_date_that_is_not_a_real_iso_date_is_refused(text: str) -> None:
    assert rules(v.validate_birth_date(text, today=TODAY)) == [(F.REG_BIRTH_DATE, v.RULE_DATE)]


# --- Mobile number --------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["10", "50", "51", "55", "60", "70", "77", "99"])
def test_each_azerbaijani_operator_code_is_accepted(prefix: str) -> None:
    assert v.validate_mobile("AZ", f"{prefix}1234567") == []


@pytest.mark.parametrize(
    "typed", ["501234567", "050 123 45 67", "+994 50 123-45-67", "994501234567", "00994501234567"]
)
def test_an_azerbaijani_number_typed_in_any_usual_way_normalises_to_e164(typed: str) -> None:
    assert v.validate_mobile("AZ", typed) == []
    assert v.normalise_phone("AZ", typed) == "+994501234567"


def test_an_azerbaijani_number_with_an_unknown_operator_code_is_refused() -> None:
    assert rules(v.validate_mobile("AZ", "401234567")) == [(F.MOB_NUMBER, v.RULE_PHONE_OPERATOR)]
    assert v.normalise_phone("AZ", "401234567") is None


@pytest.mark.parametrize("typed", ["50123456", "5012345678"])
def test_an_azerbaijani_number_without_exactly_nine_digits_is_refused(typed: str) -> None:
    assert rules(v.validate_mobile("AZ", typed)) == [(F.MOB_NUMBER, v.RULE_PHONE_LENGTH)]


def test_a_number_with_letters_is_refused() -> None:
    assert rules(v.validate_mobile("AZ", "50123456a")) == [(F.MOB_NUMBER, v.RULE_PHONE_FORMAT)]


def test_a_foreign_number_gets_its_countrys_calling_code() -> None:
    assert v.validate_mobile("tr", "532 123 45 67") == []
    assert v.normalise_phone("TR", "532 123 45 67") == "+905321234567"


@pytest.mark.parametrize("typed", ["12345", "1234567890123"])
def test_a_foreign_number_outside_6_to_12_digits_is_refused(typed: str) -> None:
    assert rules(v.validate_mobile("TR", typed)) == [(F.MOB_NUMBER, v.RULE_PHONE_LENGTH)]


def test_an_international_number_of_another_country_is_refused() -> None:
    [problem] = v.validate_mobile("TR", "+7 912 345 67 89")
    assert (problem.field, problem.rule) == (F.MOB_NUMBER, v.RULE_PHONE_COUNTRY_CODE)
    assert "+90" in problem.message


def test_an_unknown_country_is_reported_on_the_country_field() -> None:
    assert rules(v.validate_mobile("XX", "501234567")) == [(F.MOB_COUNTRY, v.RULE_COUNTRY)]


def test_a_missing_country_and_number_are_both_reported() -> None:
    assert rules(v.validate_mobile(None, "")) == [
        (F.MOB_COUNTRY, v.RULE_REQUIRED),
        (F.MOB_NUMBER, v.RULE_REQUIRED),
    ]


def test_a_caller_may_supply_its_own_calling_code_table() -> None:
    assert v.normalise_phone("ZZ", "1234567", {"ZZ": "999"}) == "+9991234567"
    assert v.validate_mobile("ZZ", "1234567", {"ZZ": "999"}) == []


# --- E-mail and password --------------------------------------------------------------------


@pytest.mark.parametrize("email", ["ali.veli@example.az", " Ali.Veli+tag@Mail.Example.AZ "])
def test_a_plain_email_address_is_accepted(email: str) -> None:
    assert v.validate_email(email) == []


@pytest.mark.parametrize(
    "email",
    [
        "ali@",
        "ali@example",
        "a b@c.az",
        "ali@@x.az",
        "ali@x..az",
        "əli@x.az",
        "ali@-x.az",
        ".ali@x.az",
        "ali.@x.az",
        "ali@x.a1",
    ],
)
def test_a_malformed_email_address_is_refused(email: str) -> None:
    assert rules(v.validate_email(email)) == [(F.EM_EMAIL, v.RULE_EMAIL)]


def test_an_email_over_254_characters_is_refused() -> None:
    email = "a" * 60 + "@" + ("b" * 60 + ".") * 4 + "az"
    assert len(email) > 254
    assert rules(v.validate_email(email)) == [(F.EM_EMAIL, v.RULE_TOO_LONG)]


def test_the_email_repeat_is_compared_ignoring_case_and_surrounding_spaces() -> None:
    assert v.validate_email_repeat(" Ali@Example.az", "ali@example.AZ ") == []


def test_a_different_email_repeat_is_refused_with_the_spec_message() -> None:
    [problem] = v.validate_email_repeat("ali@example.az", "veli@example.az")
    assert problem.field == F.EM_EMAIL_REPEAT
    assert problem.message == "Elektron poçt ünvanları eyni deyil."


@pytest.mark.parametrize("password", ["abcdefg1", "Şifrə123", "  spaces 9 "])
def test_a_password_of_eight_characters_with_a_letter_and_a_digit_is_accepted(
    password: str,
) -> None:
    assert v.validate_password(password) == []


@pytest.mark.parametrize("password", ["abcdefgh", "12345678", "abc1", "        "])
def test_a_short_or_one_kind_password_is_refused(password: str) -> None:
    assert rules(v.validate_password(password)) == [(F.PW_PASSWORD, v.RULE_PASSWORD)]


def test_a_different_password_repeat_is_refused_with_the_spec_message() -> None:
    [problem] = v.validate_password_repeat("abcdefg1", "abcdefg1 ")
    assert problem.field == F.PW_PASSWORD_REPEAT
    assert problem.message == "Şifrələr eyni deyil."


# --- Text, choices, documents ---------------------------------------------------------------


def test_an_address_of_250_characters_is_accepted_and_of_251_refused() -> None:
    assert v.validate_address("ə" * 250) == []
    assert rules(v.validate_address("ə" * 251)) == [(F.PD_REG_ADDRESS, v.RULE_TOO_LONG)]


def test_an_address_with_a_line_break_or_control_character_is_refused() -> None:
    assert rules(v.validate_address("Bakı\nNizami")) == [(F.PD_REG_ADDRESS, v.RULE_TEXT_CHARS)]
    assert rules(v.validate_address("Bakı\x00")) == [(F.PD_REG_ADDRESS, v.RULE_TEXT_CHARS)]


def test_notes_may_be_empty_or_span_lines_up_to_1000_characters() -> None:
    assert v.validate_notes(None) == []
    assert v.validate_notes("Xahiş edirəm\nnəzərə alınız.\t") == []
    assert v.validate_notes("x" * 1000) == []
    assert rules(v.validate_notes("x" * 1001)) == [(F.FEE_NOTES, v.RULE_TOO_LONG)]


def test_a_choice_outside_the_reference_list_is_refused() -> None:
    assert v.validate_choice("baku", F.PD_ACTUAL_DISTRICT, {"baku"}) == []
    assert rules(v.validate_choice("paris", F.PD_ACTUAL_DISTRICT, {"baku"})) == [
        (F.PD_ACTUAL_DISTRICT, v.RULE_CHOICE)
    ]


@pytest.mark.parametrize(
    ("value", "answer"),
    [
        ("Bəli", True),
        ("BƏLİ", True),
        ("beli", True),
        (True, True),
        ("Xeyr", False),
        (" xeyr ", False),
        ("Kheyr", False),
        (False, False),
        ("maybe", None),
        (1, None),
    ],
)
def test_yes_and_no_are_read_from_the_spec_words_or_booleans(value: object, answer: object) -> None:
    assert v.parse_yes_no(value) is answer


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("AZ_CITIZEN", F.CITIZENSHIP_AZ_CITIZEN),
        ("Miqrasiya sənədi", F.CITIZENSHIP_MIGRATION_DOC),
        ("BMT QAK (UNHCR) vəsiqəsi", F.CITIZENSHIP_UNHCR),
        ("Türkiyə", None),
    ],
)
def test_citizenship_is_read_from_its_code_or_its_portal_label(
    value: str, code: str | None
) -> None:
    assert v.parse_citizenship(value) == code


def test_the_sms_code_must_be_six_digits() -> None:
    assert v.validate_sms_code(" 123456 ") == []
    assert rules(v.validate_sms_code("12345")) == [(F.MOB_CODE, v.RULE_SMS_CODE)]


def test_ten_other_documents_are_accepted_and_eleven_refused() -> None:
    assert v.validate_other_documents(["f.pdf"] * 10, F.FEE_DOCS_OTHER) == []
    assert rules(v.validate_other_documents(["f.pdf"] * 11, F.FEE_DOCS_OTHER)) == [
        (F.FEE_DOCS_OTHER, v.RULE_TOO_MANY_DOCS)
    ]


def test_other_documents_must_be_a_list_of_files() -> None:
    assert rules(v.validate_other_documents("f.pdf", F.AD_DOCS_OTHER)) == [
        (F.AD_DOCS_OTHER, v.RULE_INVALID)
    ]


# --- Whole records --------------------------------------------------------------------------


def fee_sub_fields(category: str, answers: Mapping[str, object]) -> Iterable[str]:
    if category == "orphan":
        yield F.FEE_SUB_ORPHAN_REASON
        if answers.get(F.FEE_SUB_ORPHAN_REASON) == "Digər":
            yield F.FEE_SUB_CARE_REASON


def fee_documents(category: str, answers: Mapping[str, object]) -> Iterable[str]:
    if category == "orphan" and answers.get(F.FEE_SUB_ORPHAN_REASON) == "Valideynlərin vəfatı":
        yield F.FEE_DOC_PARENTS_DEATH
    if category == "defence":
        yield F.FEE_DOC_CONFIRMING
        yield F.FEE_DOC_BIRTH_CERT


REF = v.IntakeReference(
    admission_lines={"line-1", "line-2"},
    admission_documents=lambda line: ["ad.docs.required[0]"] if line == "line-1" else [],
    districts={"baku-nizami", "ganja"},
    migration_doc_types={"temporary", "permanent"},
    prev_stages={"bachelor"},
    edu_levels={"higher"},
    fee_categories={"orphan", "defence"},
    fee_sub_fields=fee_sub_fields,
    fee_documents=fee_documents,
)


def citizen(**changes: object) -> dict[str, object]:
    """A complete, valid record of a citizen admitted on a fee-paying basis; keys as JSON."""
    record: dict[str, object] = {
        F.REG_CITIZENSHIP: F.CITIZENSHIP_AZ_CITIZEN,
        F.REG_FIN: "5ZX8K2P",
        F.REG_FIRST_NAME: "Əli",
        F.REG_LAST_NAME: "Məmmədov",
        F.REG_PATRONYMIC: "Vüqar",
        F.REG_BIRTH_DATE: "2001-03-14",
        F.MOB_COUNTRY: "AZ",
        F.MOB_NUMBER: "501234567",
        F.EM_EMAIL: "ali.mammadov@example.az",
        F.EM_EMAIL_REPEAT: "ali.mammadov@example.az",
        F.PW_PASSWORD: "Gizli2025",
        F.PW_PASSWORD_REPEAT: "Gizli2025",
        F.APP_ADMISSION_LINE: "line-1",
        F.PD_REG_ADDRESS: "Bakı şəhəri, Nizami küçəsi 10",
        F.PD_SAME_ADDRESS: "Bəli",
        F.PD_ACTUAL_DISTRICT: "baku-nizami",
        F.PD_EMAIL: "ali.mammadov@example.az",
        F.PD_EMAIL_REPEAT: "ali.mammadov@example.az",
        F.AD_AUTO_ADMISSION_BASIS: F.ADMISSION_BASIS_FEE_PAYING,
        "ad.docs.required[0]": "diplom.pdf",
        F.FEE_VULNERABLE: "Xeyr",
    }
    record.update({key.replace("__", "."): value for key, value in changes.items()})
    return record


def refugee(**changes: object) -> dict[str, object]:
    record = citizen(**changes)
    del record[F.REG_FIN]
    record[F.REG_CITIZENSHIP] = F.CITIZENSHIP_UNHCR
    record[F.REG_UNHCR_DOC_NO] = "AB 123456"
    record[F.AD_PREV_STAGE] = "bachelor"
    record[F.AD_EDU_LEVEL] = "higher"
    record.update({key.replace("__", "."): value for key, value in changes.items()})
    return record


def check(record: object, **kwargs: Any) -> list[tuple[str | None, str]]:
    return rules(v.validate_intake(record, REF, today=TODAY, **kwargs))


def test_a_complete_citizen_record_has_no_violations() -> None:
    assert check(citizen()) == []


def test_a_complete_unhcr_record_has_no_violations() -> None:
    assert check(refugee()) == []


def test_every_problem_of_a_record_is_reported_at_once() -> None:
    record = citizen(reg__fin="123", em__email_repeat="x@example.az", pd__actual_district="oslo")
    assert check(record) == [
        (F.REG_FIN, v.RULE_FIN),
        (F.EM_EMAIL_REPEAT, v.RULE_EMAIL_MISMATCH),
        (F.PD_ACTUAL_DISTRICT, v.RULE_CHOICE),
    ]


def test_a_citizen_needs_no_unhcr_document_and_a_refugee_no_fin() -> None:
    assert F.REG_UNHCR_DOC_NO not in citizen()
    assert F.REG_FIN not in refugee()
    assert check(citizen()) == check(refugee()) == []


def test_the_unhcr_path_requires_all_six_typed_fields() -> None:
    record = refugee()
    for key in (
        F.REG_UNHCR_DOC_NO,
        F.REG_FIRST_NAME,
        F.REG_LAST_NAME,
        F.REG_PATRONYMIC,
        F.REG_BIRTH_DATE,
    ):
        del record[key]
    assert check(record) == [
        (F.REG_UNHCR_DOC_NO, v.RULE_REQUIRED),
        (F.REG_FIRST_NAME, v.RULE_REQUIRED),
        (F.REG_LAST_NAME, v.RULE_REQUIRED),
        (F.REG_PATRONYMIC, v.RULE_REQUIRED),
        (F.REG_BIRTH_DATE, v.RULE_REQUIRED),
    ]


def test_the_fin_path_does_not_require_a_patronymic() -> None:
    record = citizen()
    del record[F.REG_PATRONYMIC]
    assert check(record) == []


def test_the_fin_path_can_leave_names_to_the_fin_check() -> None:
    record = citizen()
    for key in (F.REG_FIRST_NAME, F.REG_LAST_NAME, F.REG_BIRTH_DATE):
        del record[key]
    assert check(record, identity_required=False) == []
    assert (F.REG_FIRST_NAME, v.RULE_REQUIRED) in check(record)


def test_the_migration_path_requires_a_listed_document_type_and_a_fin() -> None:
    record = citizen(
        reg__citizenship=F.CITIZENSHIP_MIGRATION_DOC,
        reg__fin="",
        reg__migration_doc_type="visa",
        ad__prev_stage="bachelor",
        ad__edu_level="higher",
    )
    assert check(record) == [
        (F.REG_MIGRATION_DOC_TYPE, v.RULE_CHOICE),
        (F.REG_FIN, v.RULE_REQUIRED),
    ]


def test_a_record_without_citizenship_reports_it_and_checks_the_other_pages() -> None:
    record = citizen()
    del record[F.REG_CITIZENSHIP]
    assert check(record) == [(F.REG_CITIZENSHIP, v.RULE_REQUIRED)]


def test_a_different_actual_address_must_be_given_when_the_answer_is_xeyr() -> None:
    assert check(citizen(pd__same_address="Xeyr")) == [(F.PD_ACTUAL_ADDRESS, v.RULE_REQUIRED)]
    assert check(citizen(pd__same_address=False, pd__actual_address="Gəncə, Atatürk 5")) == []


def test_the_actual_address_is_ignored_when_the_answer_is_beli() -> None:
    assert check(citizen(pd__same_address="Bəli", pd__actual_address="x" * 999)) == []


def test_the_district_is_required_even_when_the_addresses_are_the_same() -> None:
    record = citizen()
    del record[F.PD_ACTUAL_DISTRICT]
    assert check(record) == [(F.PD_ACTUAL_DISTRICT, v.RULE_REQUIRED)]


def test_the_personal_page_email_repeat_must_match() -> None:
    assert check(citizen(pd__email_repeat="other@example.az")) == [
        (F.PD_EMAIL_REPEAT, v.RULE_EMAIL_MISMATCH)
    ]


def test_foreigners_must_choose_previous_stage_and_level_and_citizens_need_not() -> None:
    record = refugee()
    del record[F.AD_PREV_STAGE], record[F.AD_EDU_LEVEL]
    assert check(record) == [(F.AD_PREV_STAGE, v.RULE_REQUIRED), (F.AD_EDU_LEVEL, v.RULE_REQUIRED)]
    assert F.AD_PREV_STAGE not in citizen()


def test_the_admission_line_must_be_configured_and_its_documents_attached() -> None:
    assert check(citizen(app__admission_line="line-9")) == [(F.APP_ADMISSION_LINE, v.RULE_CHOICE)]
    record = citizen()
    del record["ad.docs.required[0]"]
    assert check(record) == [("ad.docs.required[0]", v.RULE_REQUIRED)]


def test_a_fee_paying_admission_must_answer_the_exemption_question() -> None:
    record = citizen()
    del record[F.FEE_VULNERABLE]
    assert check(record) == [(F.FEE_VULNERABLE, v.RULE_REQUIRED)]


def test_xeyr_to_the_exemption_question_ignores_the_category_fields() -> None:
    assert check(citizen(fee__vulnerable="Xeyr", fee__category="nonsense")) == []


def test_beli_to_the_exemption_question_requires_a_listed_category() -> None:
    assert check(citizen(fee__vulnerable="Bəli")) == [(F.FEE_CATEGORY, v.RULE_REQUIRED)]
    assert check(citizen(fee__vulnerable="Bəli", fee__category="lottery")) == [
        (F.FEE_CATEGORY, v.RULE_CHOICE)
    ]


def test_a_category_requires_its_sub_answers_and_documents() -> None:
    assert check(citizen(fee__vulnerable="Bəli", fee__category="defence")) == [
        (F.FEE_DOC_CONFIRMING, v.RULE_REQUIRED),
        (F.FEE_DOC_BIRTH_CERT, v.RULE_REQUIRED),
    ]
    assert check(citizen(fee__vulnerable="Bəli", fee__category="orphan")) == [
        (F.FEE_SUB_ORPHAN_REASON, v.RULE_REQUIRED)
    ]


def test_the_documents_a_category_needs_follow_its_sub_answers() -> None:
    death = citizen(
        fee__vulnerable="Bəli",
        fee__category="orphan",
        fee__sub__orphan_reason="Valideynlərin vəfatı",
    )
    assert check(death) == [(F.FEE_DOC_PARENTS_DEATH, v.RULE_REQUIRED)]
    other = citizen(fee__vulnerable="Bəli", fee__category="orphan", fee__sub__orphan_reason="Digər")
    assert check(other) == [(F.FEE_SUB_CARE_REASON, v.RULE_REQUIRED)]


def test_a_complete_exemption_request_passes() -> None:
    record = citizen(
        fee__vulnerable="Bəli",
        fee__category="defence",
        fee__doc__confirming="a.pdf",
        fee__doc__birth_cert="b.jpg",
        fee__notes="Xahiş edirəm nəzərə alınız.",
        fee__docs__other=["c.png"],
    )
    assert check(record) == []


def test_exemption_notes_and_other_documents_have_limits() -> None:
    record = citizen(
        fee__vulnerable="Bəli",
        fee__category="defence",
        fee__doc__confirming="a.pdf",
        fee__doc__birth_cert="b.jpg",
        fee__notes="x" * 1001,
        fee__docs__other=["c.png"] * 11,
    )
    assert check(record) == [
        (F.FEE_NOTES, v.RULE_TOO_LONG),
        (F.FEE_DOCS_OTHER, v.RULE_TOO_MANY_DOCS),
    ]


def test_a_state_funded_admission_cannot_ask_for_a_fee_exemption() -> None:
    funded = {"ad__auto__admission_basis": F.ADMISSION_BASIS_STATE_FUNDED}
    assert check(citizen(**funded, fee__vulnerable="Bəli")) == [
        (F.FEE_VULNERABLE, v.RULE_FEE_NOT_APPLICABLE)
    ]
    record = citizen(**funded)
    del record[F.FEE_VULNERABLE]
    assert check(record) == []


def test_anything_but_a_mapping_is_checked_as_an_empty_record() -> None:
    found = check(["not", "a", "record"])
    assert (F.REG_CITIZENSHIP, v.RULE_REQUIRED) in found
    assert (F.MOB_NUMBER, v.RULE_REQUIRED) in found
    assert (F.PD_REG_ADDRESS, v.RULE_REQUIRED) in found
    assert found == check({})


def test_raise_if_invalid_lists_every_violation_with_its_field() -> None:
    problems = v.validate_intake(citizen(reg__fin="1", pw__password_repeat="x"), REF, today=TODAY)
    with pytest.raises(ValidationErrors) as raised:
        v.raise_if_invalid(problems)
    assert [error["field"] for error in raised.value.errors] == [F.REG_FIN, F.PW_PASSWORD_REPEAT]
    v.raise_if_invalid([])


def test_a_normalised_record_is_in_stored_form_and_still_valid() -> None:
    typed = citizen(
        reg__citizenship="Azərbaycan Respublikası vətəndaşı",
        reg__fin="5zx8k2p",
        mob__number="050 123 45 67",
        em__email=" Ali.Mammadov@Example.az ",
        pd__same_address="Bəli",
        reg__birth_date=date(2001, 3, 14),
        reg__first_name=unicodedata.normalize("NFD", "Əli  "),
    )
    stored = v.normalise_intake(typed)
    assert stored[F.REG_CITIZENSHIP] == F.CITIZENSHIP_AZ_CITIZEN
    assert stored[F.REG_FIN] == "5ZX8K2P"
    assert stored[F.MOB_NUMBER] == "+994501234567"
    assert stored[F.EM_EMAIL] == "ali.mammadov@example.az"
    assert stored[F.PD_SAME_ADDRESS] is True
    assert stored[F.REG_BIRTH_DATE] == "2001-03-14"
    assert stored[F.REG_FIRST_NAME] == "Əli"
    assert check(stored) == []


# --- Robustness: never raises, always names the field ---------------------------------------

ANY_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.binary()
    | st.dates()
    | st.datetimes(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)
FIELD_IDS = sorted(
    value
    for name, value in vars(F).items()
    if name.isupper()
    and isinstance(value, str)
    and "." in value
    and " " not in value
    and not value.endswith(".")
)


def _named(problems: list[v.Violation]) -> bool:
    return all(isinstance(p, v.Violation) and p.field and p.message and p.rule for p in problems)


@given(ANY_VALUE)
def test_no_field_validator_raises_and_each_names_its_field(value: object) -> None:
    checks = [
        v.validate_fin(value),
        v.validate_migration_fin(value),
        v.validate_unhcr_doc_no(value),
        v.validate_name(value, F.REG_FIRST_NAME),
        v.validate_birth_date(value, today=TODAY),
        v.validate_mobile(value, value),
        v.validate_mobile("AZ", value),
        v.validate_mobile("TR", value),
        v.validate_email(value),
        v.validate_email_repeat(value, value),
        v.validate_email_repeat("a@b.az", value),
        v.validate_password(value),
        v.validate_password_repeat("abcdefg1", value),
        v.validate_address(value),
        v.validate_notes(value),
        v.validate_sms_code(value),
        v.validate_choice(value, F.PD_ACTUAL_DISTRICT, {"baku"}),
        v.validate_yes_no(value, F.PD_SAME_ADDRESS),
        v.validate_citizenship(value),
        v.validate_document(value, F.FEE_DOC_BIRTH_CERT),
        v.validate_other_documents(value, F.FEE_DOCS_OTHER),
        v.validate_required(value, "x.y"),
    ]
    assert all(_named(problems) for problems in checks)


@given(st.dictionaries(st.sampled_from(FIELD_IDS) | st.text(max_size=20), ANY_VALUE))
def test_no_record_makes_the_intake_check_raise_and_each_violation_names_its_field(
    record: dict[str, object],
) -> None:
    assert _named(v.validate_intake(record, REF, today=TODAY))
    v.normalise_intake(record)


@given(st.fixed_dictionaries({}, optional={key: ANY_VALUE for key in citizen()}))
def test_any_mix_of_known_fields_is_checked_without_raising(record: dict[str, object]) -> None:
    assert _named(v.validate_intake(record, REF, today=TODAY, identity_required=False))


@given(st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Zs", "L", "N", "P"])))
def test_mobile_numbers_never_raise_and_valid_ones_normalise_to_e164(number: str) -> None:
    problems = v.validate_mobile("AZ", number)
    e164 = v.normalise_phone("AZ", number)
    assert (e164 is None) == bool(problems)
    if e164 is not None:
        assert e164.startswith("+994") and len(e164) == 13 and e164[1:].isdigit()


def test_huge_inputs_are_refused_quickly_not_crashed_on() -> None:
    huge = "Ə\x00" * 2_500_000
    assert rules(v.validate_name(huge, F.REG_FIRST_NAME)) == [(F.REG_FIRST_NAME, v.RULE_TOO_LONG)]
    assert rules(v.validate_notes(huge)) == [(F.FEE_NOTES, v.RULE_TOO_LONG)]
    assert rules(v.validate_email(huge)) == [(F.EM_EMAIL, v.RULE_TOO_LONG)]
    assert rules(v.validate_fin(huge)) == [(F.REG_FIN, v.RULE_FIN)]
    assert rules(v.validate_mobile("AZ", huge)) == [(F.MOB_NUMBER, v.RULE_PHONE_FORMAT)]
    assert rules(v.validate_password(huge)) == [(F.PW_PASSWORD, v.RULE_TOO_LONG)]

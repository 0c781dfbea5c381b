"""Malformed input of every kind gets a clear error naming the field, never a traceback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registrar.services import field_ids as F
from registrar.services.errors import BadInput, RegistrarError, ValidationErrors
from registrar.services.intake import IntakeService
from registrar.services.intake_headless import TEXT_FIELDS
from tests.services.intake_fixtures import (
    EXAMPLES,
    RecordingGateway,
    example,
    fresh_workspace,
    import_examples,
    png_bytes,
    service,
    wizard_values,
)


@pytest.fixture(scope="module")
def intake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IntakeService]:
    db, workspace, _key = fresh_workspace(tmp_path_factory.mktemp("props"))
    import_examples(workspace)
    yield service(workspace, sms=RecordingGateway())
    db.dispose()


@pytest.fixture(scope="module")
def draft(intake: IntakeService) -> uuid.UUID:
    return intake.start_draft()


TEXT = st.text(max_size=80)
NASTY = st.one_of(
    TEXT,
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["", " ", "\x00", "İ", "ı", "7rdk2qf", "+994", "0" * 50, "a@b", "@", "ə" * 60]),
)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | NASTY,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
    max_leaves=6,
)
KEYS = (
    st.sampled_from(
        [
            *TEXT_FIELDS,
            "ad.docs.education_document",
            "ad.docs.other",
            "fee.doc.birth_cert",
            "fee.sub.orphan_reason",
        ]
    )
    | TEXT
)


@given(fin=NASTY)
def test_any_fin_is_found_not_found_or_refused_naming_the_field(
    intake: IntakeService, fin: str
) -> None:
    try:
        intake.lookup("fin", fin)
    except BadInput as error:
        assert error.field == F.REG_FIN and error.message


@given(phone=NASTY, country=st.sampled_from(["AZ", "TR", "RU", "XX", "", "az"]))
def test_any_phone_is_checked_without_a_traceback(
    intake: IntakeService, draft: uuid.UUID, phone: str, country: str
) -> None:
    assert intake.mobile_taken(phone, country) in (True, False)
    try:
        intake.confirm_in_person(draft, phone, country)
    except BadInput as error:
        assert error.field in (F.MOB_NUMBER, F.MOB_COUNTRY) and error.message


@given(email=NASTY)
def test_any_email_is_checked_without_a_traceback(intake: IntakeService, email: str) -> None:
    assert intake.email_taken(email) in (True, False)
    problems = intake.validate_page("P04", {"em.email": email, "em.email_repeat": email}, {})
    assert all(p.field in (F.EM_EMAIL, F.EM_EMAIL_REPEAT) and p.message for p in problems)


@given(first=NASTY, last=NASTY, patronymic=NASTY, birth=NASTY, doc=NASTY)
def test_any_unhcr_identity_gets_field_named_violations(
    intake: IntakeService, first: str, last: str, patronymic: str, birth: str, doc: str
) -> None:
    values = {
        "reg.citizenship": "unhcr",
        "reg.unhcr_doc_no": doc,
        "reg.first_name": first,
        "reg.last_name": last,
        "reg.patronymic": patronymic,
        "reg.birth_date": birth,
    }
    for problem in intake.validate_page("P02", values, {}):
        assert problem.field in values and problem.message


@given(data=st.binary(max_size=2000), name=TEXT)
def test_any_upload_is_stored_or_refused_naming_its_slot(
    intake: IntakeService, draft: uuid.UUID, data: bytes, name: str
) -> None:
    try:
        stored = intake.attach_file(draft, "ad.docs.other", name, data)
    except BadInput as error:
        assert error.field == "ad.docs.other" and error.message
    else:
        intake.detach_file(draft, "ad.docs.other", stored.sha256)


@given(damage=st.integers(min_value=0, max_value=400), byte=st.integers(0, 255))
def test_damaged_images_are_refused_with_a_clear_message(
    intake: IntakeService, draft: uuid.UUID, damage: int, byte: int
) -> None:
    data = bytearray(png_bytes())
    data[damage % len(data)] = byte
    try:
        stored = intake.attach_file(draft, "ad.docs.other", "scan.png", bytes(data))
    except BadInput as error:
        assert error.field == "ad.docs.other" and error.message
    else:
        intake.detach_file(draft, "ad.docs.other", stored.sha256)


@given(record=st.dictionaries(KEYS, JSON_VALUE, max_size=12))
def test_any_record_is_refused_with_every_error_naming_a_field(
    intake: IntakeService, record: dict[str, Any]
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        intake.intake_record(record, EXAMPLES, "Op")
    assert caught.value.errors
    for error in caught.value.errors:
        assert isinstance(error["field"], str) and error["field"] and error["message"]


@given(changes=st.dictionaries(st.sampled_from(TEXT_FIELDS), JSON_VALUE, min_size=1, max_size=4))
def test_an_example_with_random_damage_never_raises_anything_but_a_user_error(
    intake: IntakeService, changes: dict[str, Any]
) -> None:
    record = {**example("intake-unhcr.json"), **changes}
    try:
        intake.intake_record(record, EXAMPLES, "Op")
    except ValidationErrors as error:
        assert all(e["field"] and e["message"] for e in error.errors)
    except RegistrarError as error:  # e.g. an unusable --operator never happens here
        pytest.fail(f"unexpected {type(error).__name__}: {error}")


@given(values=st.dictionaries(st.sampled_from(TEXT_FIELDS), NASTY, max_size=10))
def test_every_page_validates_any_values(intake: IntakeService, values: dict[str, str]) -> None:
    merged = {**wizard_values(), **values}
    for page in ("P02", "P03", "P04", "P05", "P10", "P11", "P12", "P13", "P14"):
        for problem in intake.validate_page(page, merged, {}):
            assert problem.field and problem.message and problem.rule


def test_damaged_files_in_a_record_are_named_by_slot(tmp_path: Path) -> None:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    broken = tmp_path / "broken.png"
    broken.write_bytes(png_bytes()[:30])
    record = {**example("intake-unhcr.json"), "ad.docs.identity_document": str(broken)}
    try:
        with pytest.raises(ValidationErrors) as caught:
            service(workspace).intake_record(record, EXAMPLES, "Op")
    finally:
        db.dispose()
    assert [(e["field"], e["message"]) for e in caught.value.errors] == [
        ("ad.docs.identity_document", F.MSG_FILE_DAMAGED)
    ]

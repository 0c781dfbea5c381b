"""Headless intake records: the examples, and every problem listed at once by field id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from registrar.models import Application, ApplicationDocument, PortalAccount
from registrar.services import field_ids as F
from registrar.services.context import Workspace
from registrar.services.errors import ValidationErrors
from registrar.services.intake import IntakeService, intake_schema
from tests.services.intake_fixtures import (
    EXAMPLE_FILES,
    EXAMPLES,
    example,
    fresh_workspace,
    import_examples,
    reference,
    service,
    with_record,
)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, IntakeService]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    yield workspace, service(workspace)
    db.dispose()


Env = tuple[Workspace, IntakeService]


def errors_of(
    intake: IntakeService, record: Any, base: Path = EXAMPLES, op: str = "Op"
) -> list[dict[str, Any]]:
    with pytest.raises(ValidationErrors) as caught:
        intake.intake_record(record, base, op)
    for error in caught.value.errors:
        assert error["field"] and error["message"]
    return caught.value.errors


def fields_of(errors: list[dict[str, Any]]) -> set[str]:
    return {str(error["field"]) for error in errors}


def test_every_example_is_accepted_on_a_fresh_database_after_the_example_list(env: Env) -> None:
    workspace, intake = env
    numbers = [
        intake.intake_record(example(name), EXAMPLES, "Aysel Quliyeva").number
        for name in EXAMPLE_FILES
    ]
    assert [number[-4:] for number in numbers] == ["0001", "0002", "0003"]
    with workspace.read() as session:
        slots = sorted(session.scalars(select(ApplicationDocument.slot_id)))
        requested = session.scalars(select(Application.exemption_requested)).all()
    assert slots == [
        "ad.docs.education_document",
        "ad.docs.education_document",
        "ad.docs.education_document",
        "ad.docs.identity_document",
        "fee.doc.both_deprived",
    ]
    assert sorted(requested) == [False, False, True]


def test_the_operator_is_recorded_as_who_confirmed_the_mobile(env: Env) -> None:
    workspace, intake = env
    intake.intake_record(example("intake-fin.json"), EXAMPLES, "Aysel Quliyeva")
    with workspace.read() as session:
        account = session.scalars(select(PortalAccount)).one()
    assert (account.mobile_confirmed_how, account.mobile_confirmed_by) == (
        "in_person",
        "Aysel Quliyeva",
    )


def test_an_empty_record_lists_every_required_field(env: Env) -> None:
    assert {
        F.REG_CITIZENSHIP,
        F.MOB_COUNTRY,
        F.MOB_NUMBER,
        "mob.confirmed_by",
        F.EM_EMAIL,
        F.EM_EMAIL_REPEAT,
        F.PW_PASSWORD,
        F.PW_PASSWORD_REPEAT,
        F.APP_ADMISSION_LINE,
        F.PD_REG_ADDRESS,
        F.PD_SAME_ADDRESS,
        F.PD_ACTUAL_DISTRICT,
        F.PD_EMAIL,
        F.PD_EMAIL_REPEAT,
    } <= fields_of(errors_of(env[1], {}))


def test_a_record_that_is_not_an_object_is_refused(env: Env) -> None:
    assert fields_of(errors_of(env[1], ["reg.fin"])) == {"record"}


def test_unknown_keys_and_wrong_types_are_named(env: Env) -> None:
    record = with_record("intake-fin.json", {"pd.adress": "x", "reg.fin": 1234567})
    errors = errors_of(env[1], record)
    assert {(e["field"], e["rule"]) for e in errors} >= {
        ("pd.adress", "field.unknown"),
        ("reg.fin", "invalid"),
    }


def test_a_missing_or_fake_document_is_named_by_its_slot(env: Env, tmp_path: Path) -> None:
    (tmp_path / "fake.pdf").write_text("this is not a PDF", encoding="utf-8")
    record = with_record(
        "intake-unhcr.json",
        {
            "ad.docs.identity_document": "nowhere.png",
            "ad.docs.education_document": "fake.pdf",
            "fee.doc.both_deprived": str(EXAMPLES / "documents" / "unhcr-deprivation-decision.pdf"),
        },
    )
    errors = errors_of(env[1], record, base=tmp_path)
    by_field = {e["field"]: e["message"] for e in errors}
    assert set(by_field) == {"ad.docs.identity_document", "ad.docs.education_document"}
    assert "nowhere.png" in by_field["ad.docs.identity_document"]
    assert by_field["ad.docs.education_document"] == F.MSG_FILE_TYPES


def test_sms_cannot_confirm_a_headless_intake(env: Env) -> None:
    errors = errors_of(env[1], with_record("intake-fin.json", {"mob.confirmed_by": "sms"}))
    assert fields_of(errors) == {"mob.confirmed_by"}


def test_in_person_confirmation_needs_the_operator(env: Env) -> None:
    errors = errors_of(env[1], example("intake-fin.json"), op="  ")
    assert fields_of(errors) == {"mob.confirmed_by"}


def test_an_applicant_with_an_active_application_is_refused_naming_the_field(env: Env) -> None:
    intake = env[1]
    intake.intake_record(example("intake-fin.json"), EXAMPLES, "Op")
    errors = errors_of(intake, example("intake-fin.json"))
    assert [(e["field"], e["rule"]) for e in errors] == [
        (F.REG_FIN, "applicant.active_application")
    ]


def test_a_mobile_or_email_of_another_applicant_is_refused_naming_the_field(env: Env) -> None:
    intake = env[1]
    intake.intake_record(example("intake-fin.json"), EXAMPLES, "Op")
    leyla = example("intake-fin.json")
    record = with_record(
        "intake-unhcr.json",
        {
            "mob.number": leyla["mob.number"],
            "em.email": leyla["em.email"],
            "em.email_repeat": leyla["em.email"],
        },
    )
    errors = errors_of(intake, record)
    assert {(e["field"], e["rule"]) for e in errors} == {
        (F.MOB_NUMBER, "mobile.taken"),
        (F.EM_EMAIL, "email.taken"),
    }


def test_a_document_the_answers_do_not_call_for_is_refused(env: Env) -> None:
    record = with_record("intake-fin.json", {"fee.doc.birth_cert": "documents/fin-diploma.pdf"})
    errors = errors_of(env[1], record)
    assert [(e["field"], e["rule"]) for e in errors] == [
        ("fee.doc.birth_cert", "document.not_applicable")
    ]


def test_an_applicant_missing_from_the_admission_lists_is_refused(tmp_path: Path) -> None:
    db, workspace, _key = fresh_workspace(tmp_path, "empty.db")
    try:
        errors = errors_of(service(workspace), example("intake-unhcr.json"))
    finally:
        db.dispose()
    assert (F.REG_UNHCR_DOC_NO, "admission.not_found") in {(e["field"], e["rule"]) for e in errors}


def test_a_fin_path_record_takes_its_names_from_the_admission_list(env: Env) -> None:
    workspace, intake = env
    confirmed = intake.intake_record(example("intake-fin.json"), EXAMPLES, "Op")
    with workspace.read() as session:
        application = session.get(Application, confirmed.id)
        assert application is not None
    assert (application.snapshot_last_name, application.snapshot_first_name) == (
        "Məmmədova",
        "Leyla",
    )


def test_the_schema_describes_every_key_the_examples_use() -> None:
    schema = intake_schema(reference())
    assert schema["additionalProperties"] is False
    for name in EXAMPLE_FILES:
        record = example(name)
        assert set(record) <= set(schema["properties"])
        assert set(schema["required"]) <= set(record)
        for key, value in record.items():
            allowed = schema["properties"][key].get("enum")
            assert allowed is None or value in allowed, key

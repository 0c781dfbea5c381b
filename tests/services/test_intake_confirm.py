"""TƏSDİQ ET through the wizard's service calls: identity, duplicates, number, hash, status."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationEvent,
    AuditEntry,
    Draft,
    Person,
    PortalAccount,
)
from registrar.services import field_ids as F
from registrar.services.canonical import sha256_hex
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Conflict, PermissionDenied, ValidationErrors
from registrar.services.folding import fold
from registrar.services.intake import IntakeService
from registrar.services.intake_store import canonical_payload, recompute_hash
from tests.services.intake_fixtures import (
    PASSWORD,
    FakeClock,
    file_bytes,
    filled_draft,
    fresh_workspace,
    import_examples,
    service,
    wizard_values,
)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, IntakeService]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    yield workspace, service(workspace)
    db.dispose()


Env = tuple[Workspace, IntakeService]


def rules(error: ValidationErrors) -> set[tuple[str, str]]:
    return {(str(e["field"]), str(e["rule"])) for e in error.errors}


# ---- YOXLA ----------------------------------------------------------------------------------


def test_the_fin_check_shows_the_admission_lists_data(env: Env) -> None:
    found = env[1].lookup("fin", " 7rdk2qf ")
    assert found is not None
    assert (found.source, found.first_name, found.last_name) == (
        "admission_list",
        "Leyla",
        "Məmmədova",
    )
    assert found.birth_date is not None and found.birth_date.isoformat() == "2001-04-17"
    assert found.admission is not None
    assert (found.admission.basis, found.admission.specialty_name) == (
        "state_funded",
        "Hüquqşünaslıq",
    )
    assert found.existing_person_id is None and found.active_application_number is None


def test_an_unknown_fin_finds_nothing(env: Env) -> None:
    assert env[1].lookup("fin", "ZZZZZZ9") is None


def test_a_malformed_fin_is_refused_with_the_fields_message(env: Env) -> None:
    with pytest.raises(BadInput) as caught:
        env[1].lookup("fin", "ABC")
    assert (caught.value.field, caught.value.message) == (F.REG_FIN, F.MSG_FIN_FORMAT)


def test_the_fin_check_is_required_before_going_on(env: Env) -> None:
    problems = env[1].validate_page("P02", wizard_values(**{"reg.fin": "ZZZZZZ9"}), {})
    assert [(p.field, p.message) for p in problems] == [(F.REG_FIN, "Məlumat tapılmadı.")]


def test_a_person_already_confirmed_is_found_as_known_with_the_active_number(env: Env) -> None:
    intake = env[1]
    confirmed = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    found = intake.lookup("fin", "7RDK2QF")
    assert found is not None and found.existing_person_id is not None
    assert found.active_application_number == confirmed.number


# ---- the whole path -------------------------------------------------------------------------


def test_confirming_stores_a_numbered_frozen_application(env: Env) -> None:
    workspace, intake = env
    draft = filled_draft(intake)
    confirmed = intake.confirm(draft, PASSWORD, PASSWORD)
    assert re.fullmatch(rf"BDU/2026/{workspace.series}-0001", confirmed.number)
    with workspace.read() as session:
        application = session.get(Application, confirmed.id)
        assert application is not None
        assert application.data_hash == confirmed.data_hash
        assert application.status_cache == "SUBMITTED"
        assert application.basis == "state_funded" and not application.exemption_requested
        [event] = session.scalars(select(ApplicationEvent)).all()
        answers = {
            a.field_id: a.value
            for a in session.scalars(
                select(ApplicationAnswer).where(ApplicationAnswer.application_id == confirmed.id)
            )
        }
    assert (event.kind, event.status) == ("submitted", "SUBMITTED")
    assert answers["reg.fin"] == "7RDK2QF" and answers["mob.number"] == "+994500000001"
    assert answers["pd.actual_address"] == answers["pd.reg_address"]  # "yes": same address
    assert answers["ad.auto.admission_basis"] == "state_funded"
    assert "pw.password" not in answers and PASSWORD not in answers.values()


def test_the_data_hash_is_the_sha256_of_the_canonical_json_of_answers_and_documents(
    env: Env,
) -> None:
    workspace, intake = env
    confirmed = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with workspace.read() as session:
        answers = {
            a.field_id: a.value
            for a in session.scalars(
                select(ApplicationAnswer).where(ApplicationAnswer.application_id == confirmed.id)
            )
        }
        assert recompute_hash(session, confirmed.id) == confirmed.data_hash
    import hashlib

    pdf = hashlib.sha256(file_bytes("fin-diploma.pdf")).hexdigest()
    payload = canonical_payload(answers, {"ad.docs.education_document": [pdf]})
    assert sha256_hex(payload) == confirmed.data_hash


def test_the_portal_password_is_kept_only_as_an_argon2id_hash(env: Env) -> None:
    workspace, intake = env
    intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with workspace.read() as session:
        account = session.scalars(select(PortalAccount)).one()
    assert account.password_hash.startswith("$argon2id$")
    assert PasswordHasher().verify(account.password_hash, PASSWORD)


def test_confirming_fills_the_folded_search_columns(env: Env) -> None:
    workspace, intake = env
    confirmed = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with workspace.read() as session:
        person = session.scalars(select(Person)).one()
        application = session.get(Application, confirmed.id)
        assert application is not None
        folded = application.search_folded
    assert fold("Mammadova") in person.search_folded and fold("leyla") in folded


def test_confirming_closes_the_draft_and_drops_its_personal_data(env: Env) -> None:
    workspace, intake = env
    draft = filled_draft(intake)
    confirmed = intake.confirm(draft, PASSWORD, PASSWORD)
    assert intake.open_drafts() == []
    with workspace.read() as session:
        stored = session.get(Draft, draft)
        assert stored is not None and stored.closed_at is not None
        assert "Leyla" not in stored.data_json and str(confirmed.id) in stored.data_json
    with pytest.raises(Conflict):
        intake.confirm(draft, PASSWORD, PASSWORD)


def test_confirming_is_audited_by_record_id_without_personal_data(env: Env) -> None:
    workspace, intake = env
    confirmed = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with workspace.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    confirm = [e for e in entries if e.action == "application.confirm"]
    assert [e.subject for e in confirm] == [f"application:{confirmed.id}"]
    text = " ".join(f"{e.subject} {e.reason}" for e in entries)
    assert "7RDK2QF" not in text and "Leyla" not in text and "994500000001" not in text


def test_every_problem_is_listed_at_once(env: Env) -> None:
    intake = env[1]
    draft = intake.start_draft()
    intake.save_draft(
        draft, "P14", wizard_values(**{"pd.same_address": "", "em.email_repeat": "x@y.az"})
    )
    with pytest.raises(ValidationErrors) as caught:
        intake.confirm(draft, "short", "other")
    assert {
        (F.PD_SAME_ADDRESS, "required"),
        (F.EM_EMAIL_REPEAT, "email.mismatch"),
        (F.PW_PASSWORD, "password.weak"),
        (F.PW_PASSWORD_REPEAT, "password.mismatch"),
        (F.MOB_CODE, "mobile.unconfirmed"),
        ("ad.docs.education_document", "required"),
    } <= rules(caught.value)


def test_a_number_confirmed_before_it_was_changed_does_not_count(env: Env) -> None:
    intake = env[1]
    draft = filled_draft(intake)
    intake.save_draft(draft, "P14", wizard_values(**{"mob.number": "+994550000009"}))
    with pytest.raises(ValidationErrors) as caught:
        intake.confirm(draft, PASSWORD, PASSWORD)
    assert rules(caught.value) == {(F.MOB_CODE, "mobile.unconfirmed")}


def test_an_applicant_with_an_active_application_is_refused(env: Env) -> None:
    intake = env[1]
    first = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with pytest.raises(ValidationErrors) as caught:
        intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    [error] = caught.value.errors
    assert error["field"] == F.REG_FIN and first.number in str(error["message"])


def test_after_a_rejection_the_same_person_may_apply_again_without_a_second_person_row(
    env: Env,
) -> None:
    workspace, intake = env
    first = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    with workspace.write() as session:
        application = session.get(Application, first.id)
        assert application is not None
        [submitted] = session.scalars(select(ApplicationEvent)).all()
        session.add(
            ApplicationEvent(
                id=uuid.uuid4(),
                application_id=first.id,
                supersedes=submitted.id,
                kind="decision",
                status="REJECTED",
                reason="Sənədlər natamamdır.",
                at=submitted.at,
            )
        )
        application.status_cache = "REJECTED"
    second = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    assert second.number.endswith("-0002")
    with workspace.read() as session:
        assert len(session.scalars(select(Person)).all()) == 1
        assert len(session.scalars(select(PortalAccount)).all()) == 1


def test_a_mobile_number_of_another_applicant_is_refused_naming_the_field(env: Env) -> None:
    intake = env[1]
    intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    values = wizard_values(**{"reg.fin": "2MXA8PL", "reg.citizenship": "migration_doc"})
    problems = intake.validate_page("P03", values, {})
    assert [(p.field, p.rule) for p in problems] == [(F.MOB_NUMBER, "mobile.taken")]


def test_an_email_of_another_applicant_is_refused_naming_the_field(env: Env) -> None:
    intake = env[1]
    intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    values = wizard_values(**{"reg.fin": "2MXA8PL"})
    problems = intake.validate_page("P04", values, {})
    assert [(p.field, p.rule) for p in problems] == [(F.EM_EMAIL, "email.taken")]
    assert intake.email_taken(" Leyla.Mammadova@EXAMPLE.com ")
    assert intake.mobile_taken("050 000 00 01", "AZ")
    assert not intake.mobile_taken("050 000 00 02", "AZ")


def test_an_existing_applicant_is_found_by_key_mobile_or_email(env: Env) -> None:
    intake = env[1]
    intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    by_email = intake.find_existing({"em.email": "leyla.mammadova@example.com"})
    by_key = intake.find_existing({"reg.citizenship": "az_citizen", "reg.fin": "7rdk2qf"})
    by_mobile = intake.find_existing({"mob.country": "AZ", "mob.number": "0500000001"})
    assert [e.reason for e in by_email + by_key + by_mobile] == ["email", "national_key", "mobile"]
    [found] = by_key
    assert found.display_name == "Məmmədova Leyla Rauf qızı"
    assert found.masked_email == "l***@example.com" and found.masked_mobile.endswith("01")
    assert found.account_id is not None and found.active_application_number is not None


def test_the_admission_line_must_match_the_admission_list(env: Env) -> None:
    problems = env[1].validate_page(
        "P10", wizard_values(**{"app.admission_line": "fin_foreigner"}), {}
    )
    assert [(p.field, p.rule) for p in problems] == [
        (F.APP_ADMISSION_LINE, "admission_line.mismatch")
    ]


def test_typed_names_that_differ_from_the_fin_check_are_refused(env: Env) -> None:
    problems = env[1].validate_page("P02", wizard_values(**{"reg.first_name": "Lalə"}), {})
    assert [(p.field, p.rule) for p in problems] == [(F.REG_FIRST_NAME, "identity.mismatch")]


def test_the_required_documents_follow_the_line_and_the_fee_answers(env: Env) -> None:
    intake = env[1]
    values = {
        "app.admission_line": "dim_document_foreigner",
        "fee.vulnerable": "yes",
        "fee.category": "orphan",
        "fee.sub.orphan_reason": "death",
    }
    assert [slot.id for slot in intake.required_documents(values)] == [
        "ad.docs.identity_document",
        "ad.docs.education_document",
        "fee.doc.parents_death",
    ]


def test_a_fee_exemption_is_refused_for_a_state_funded_admission(env: Env) -> None:
    problems = env[1].validate_page("P13", wizard_values(**{"fee.vulnerable": "yes"}), {})
    assert [(p.field, p.rule) for p in problems] == [(F.FEE_VULNERABLE, "fee.not_applicable")]


# ---- after confirmation ---------------------------------------------------------------------


def test_the_status_view_shows_progress_without_a_payment_step(env: Env) -> None:
    intake = env[1]
    confirmed = intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    view = intake.status(confirmed.id)
    assert view.steps == [
        ("Göndərilib", "done"),
        ("Baxılır", "current"),
        ("Qeydiyyata alınıb", "todo"),
    ]
    assert (view.status_code, view.status_label_az, view.last_message) == (
        "SUBMITTED",
        "Göndərilib",
        None,
    )


def test_the_registrar_can_reset_the_portal_password(env: Env) -> None:
    workspace, intake = env
    intake.confirm(filled_draft(intake), PASSWORD, PASSWORD)
    [existing] = intake.find_existing({"em.email": "leyla.mammadova@example.com"})
    assert existing.account_id is not None
    intake.reset_portal_password(existing.account_id, "Yeni-Parol-7", "Yeni-Parol-7")
    with workspace.read() as session:
        account = session.scalars(select(PortalAccount)).one()
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "portal_account.password_reset")
        ).one()
    assert PasswordHasher().verify(account.password_hash, "Yeni-Parol-7")
    assert audited.subject == f"portal_account:{existing.account_id}"


def test_a_weak_reset_password_is_refused(env: Env) -> None:
    intake = env[1]
    with pytest.raises(ValidationErrors) as caught:
        intake.reset_portal_password(uuid.uuid4(), "abc", "abd")
    assert rules(caught.value) == {
        (F.PW_PASSWORD, "password.weak"),
        (F.PW_PASSWORD_REPEAT, "password.mismatch"),
    }


def test_ministry_staff_cannot_reset_an_applicants_password(env: Env) -> None:
    workspace = env[0]
    ministry = service(workspace, actor=Actor(None, "mse1", "ministry"), clock=FakeClock())
    with pytest.raises(PermissionDenied):
        ministry.reset_portal_password(uuid.uuid4(), "Yeni-Parol-7", "Yeni-Parol-7")

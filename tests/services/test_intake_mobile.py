"""Mobile confirmation at intake: SMS codes (expiry, attempts, cooldown) and in person."""

from __future__ import annotations

import base64
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select

from registrar.models import PortalAccount
from registrar.services import field_ids as F
from registrar.services import settings
from registrar.services.context import Workspace
from registrar.services.credentials import KeyringStore
from registrar.services.errors import BadInput, Unavailable
from registrar.services.intake import IntakeService, sms_gateway_from_settings
from tests.services.intake_fixtures import (
    DESK,
    PASSWORD,
    FakeClock,
    RecordingGateway,
    file_bytes,
    fresh_workspace,
    import_examples,
    reference,
    service,
    wizard_values,
)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, RecordingGateway, FakeClock]]:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    yield workspace, RecordingGateway(), FakeClock()
    db.dispose()


Env = tuple[Workspace, RecordingGateway, FakeClock]


def started(intake: IntakeService) -> uuid.UUID:
    draft = intake.start_draft()
    intake.save_draft(draft, "P03", wizard_values())
    return draft


def test_without_a_gateway_sending_asks_for_confirmation_in_person(env: Env) -> None:
    workspace, _sms, clock = env
    intake = service(workspace, clock=clock)
    with pytest.raises(Unavailable) as caught:
        intake.send_code(intake.start_draft(), "+994500000001", "AZ")
    assert "şəxsən" in caught.value.message


def test_a_code_of_six_digits_is_sent_to_the_number(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    status = intake.send_code(intake.start_draft(), "050 000 00 01", "AZ")
    [(phone, text)] = sms.sent
    assert phone == "+994500000001"
    assert (
        len(sms.last_code()) == 6 and sms.last_code().isdigit() and text.endswith(sms.last_code())
    )
    assert status.seconds_until_resend == 120 and status.expires_in == 300
    assert status.sent_to_masked.startswith("+99450") and "0001" not in status.sent_to_masked


def test_the_right_code_confirms_the_number_by_sms(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    draft = started(intake)
    intake.send_code(draft, "+994500000001", "AZ")
    assert intake.verify_code(draft, sms.last_code()) is True
    assert intake.load_draft(draft).values["mob.confirmed_by"] == "sms"


def test_a_wrong_code_is_refused_and_counts_as_an_attempt(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    draft = started(intake)
    intake.send_code(draft, "+994500000001", "AZ")
    wrong = "000000" if sms.last_code() != "000000" else "111111"
    for _ in range(4):
        with pytest.raises(BadInput) as caught:
            intake.verify_code(draft, wrong)
        assert (caught.value.field, caught.value.message) == (F.MOB_CODE, F.MSG_CODE_WRONG)
    with pytest.raises(BadInput) as caught:
        intake.verify_code(draft, wrong)
    assert caught.value.message == F.MSG_CODE_LOCKED
    with pytest.raises(BadInput):  # even the right code is dead now
        intake.verify_code(draft, sms.last_code())


def test_an_expired_code_is_refused(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    draft = started(intake)
    intake.send_code(draft, "+994500000001", "AZ")
    clock.advance(301)
    with pytest.raises(BadInput) as caught:
        intake.verify_code(draft, sms.last_code())
    assert caught.value.message == F.MSG_CODE_EXPIRED


def test_a_new_code_waits_for_the_configured_countdown(env: Env) -> None:
    workspace, sms, clock = env
    with workspace.write() as session:
        settings.put(session, "sms_resend_seconds", "30")
    intake = service(workspace, sms=sms, clock=clock)
    draft = started(intake)
    assert intake.send_code(draft, "+994500000001", "AZ").seconds_until_resend == 30
    clock.advance(12)
    with pytest.raises(BadInput) as caught:
        intake.send_code(draft, "+994550000009", "AZ")
    assert "18 saniyədən sonra" in caught.value.message
    clock.advance(18)
    intake.send_code(draft, "+994500000001", "AZ")
    assert len(sms.sent) == 2


def test_a_malformed_code_is_refused_before_any_attempt_counts(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    draft = started(intake)
    with pytest.raises(BadInput) as caught:
        intake.verify_code(draft, "12a")
    assert caught.value.field == F.MOB_CODE


def test_a_number_already_used_by_another_applicant_gets_no_code(env: Env) -> None:
    workspace, sms, clock = env
    intake = service(workspace, sms=sms, clock=clock)
    draft = intake.start_draft()
    intake.save_draft(draft, "P14", wizard_values())
    intake.attach_file(draft, "ad.docs.education_document", "d.pdf", file_bytes("fin-diploma.pdf"))
    intake.confirm_in_person(draft)
    intake.confirm(draft, PASSWORD, PASSWORD)
    other = intake.start_draft()
    intake.save_draft(other, "P03", wizard_values(**{"reg.fin": "2MXA8PL"}))
    with pytest.raises(BadInput) as caught:
        intake.send_code(other, "+994500000001", "AZ")
    assert (caught.value.field, caught.value.message) == (F.MOB_NUMBER, F.PROPOSED["mob.in_use"])
    assert sms.sent == []


def test_confirming_in_person_records_how_by_whom_and_when(env: Env) -> None:
    workspace, _sms, clock = env
    intake = service(workspace, clock=clock)
    draft = intake.start_draft()
    intake.save_draft(draft, "P14", wizard_values())
    intake.attach_file(draft, "ad.docs.education_document", "d.pdf", file_bytes("fin-diploma.pdf"))
    intake.confirm_in_person(draft)
    assert intake.load_draft(draft).values["mob.confirmed_by"] == "in_person"
    intake.confirm(draft, PASSWORD, PASSWORD)
    with workspace.read() as session:
        account = session.scalars(select(PortalAccount)).one()
    assert (account.mobile_confirmed_how, account.mobile_confirmed_by) == ("in_person", "desk1")
    assert account.mobile_confirmed_at == clock.now


def test_changing_the_number_after_confirmation_undoes_it(env: Env) -> None:
    workspace, _sms, clock = env
    intake = service(workspace, clock=clock)
    draft = intake.start_draft()
    intake.save_draft(draft, "P03", wizard_values())
    intake.confirm_in_person(draft)
    intake.save_draft(draft, "P03", wizard_values(**{"mob.number": "+994550000009"}))
    assert "mob.confirmed_by" not in intake.load_draft(draft).values


def test_confirming_in_person_needs_a_valid_number(env: Env) -> None:
    workspace, _sms, clock = env
    intake = service(workspace, clock=clock)
    draft = intake.start_draft()
    with pytest.raises(BadInput) as caught:
        intake.confirm_in_person(draft, "12", "AZ")
    assert caught.value.field == F.MOB_NUMBER


class _Provider(BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        _Provider.requests.append((self.path, self.headers.get("Authorization")))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"OK")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def provider() -> Iterator[str]:
    _Provider.requests = []
    server = HTTPServer(("127.0.0.1", 0), _Provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_the_http_gateway_from_the_settings_delivers_the_code(env: Env, provider: str) -> None:
    workspace, _sms, clock = env
    with workspace.write() as session:
        settings.put(session, "sms_url_template", provider + "/send?to={phone}&msg={text}")
        settings.put(session, "sms_user", "registrar")
    store = KeyringStore()
    store.set("sms-password", "s3cret")
    gateway = sms_gateway_from_settings(workspace, store)
    assert gateway is not None
    intake = IntakeService(workspace, reference(), DESK, sms=gateway, clock=clock)
    draft = started(intake)
    intake.send_code(draft, "+994500000001", "AZ")
    [(path, auth)] = _Provider.requests
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
    assert query["to"] == ["+994500000001"]
    code = query["msg"][0].rsplit(" ", 1)[-1]
    assert auth == "Basic " + base64.b64encode(b"registrar:s3cret").decode()
    assert intake.verify_code(draft, code) is True


def test_no_gateway_is_made_when_the_settings_name_none(env: Env) -> None:
    assert sms_gateway_from_settings(env[0], KeyringStore()) is None

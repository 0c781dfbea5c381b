"""The HTTP SMS gateway against a real local HTTP server; the outbox gateway."""

from __future__ import annotations

import base64
import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from registrar.services import field_ids as F
from registrar.services.errors import BadInput, Unavailable
from registrar.services.sms import HttpSmsGateway, OutboxSmsGateway, SmsGateway, code_text

PHONE = "+994501234567"
TEXT = "Təsdiqləmə şifrəsi: 482913"
PASSWORD = "s3cret-Pa55"


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeProvider:
    """What the local server answers, and what it was sent."""

    port: int = 0
    status: int = 200
    location: str | None = None
    delay_s: float = 0.0
    received: list[Received] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path_and_query: str) -> str:
        return f"http://127.0.0.1:{self.port}{path_and_query}"


def _handler(provider: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            split = urllib.parse.urlsplit(self.path)
            provider.received.append(
                Received(
                    self.command,
                    split.path,
                    urllib.parse.parse_qs(split.query),
                    dict(self.headers.items()),
                    self.rfile.read(length),
                )
            )
            if provider.delay_s:
                provider.release.wait(provider.delay_s)
            self.send_response(provider.status)
            if provider.location:
                self.send_header("Location", provider.location)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"OK")

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the test output clean

    return Handler


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    fake = FakeProvider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_get_puts_the_phone_and_text_url_encoded_into_the_template(provider: FakeProvider) -> None:
    gateway = HttpSmsGateway(provider.url("/send?to={phone}&msg={text}&key=k1"))
    gateway.send(PHONE, TEXT)
    [request] = provider.received
    assert (request.method, request.path) == ("GET", "/send")
    assert request.query == {"to": [PHONE], "msg": [TEXT], "key": ["k1"]}


def test_post_sends_phone_and_text_as_a_utf8_form(provider: FakeProvider) -> None:
    HttpSmsGateway(provider.url("/api/sms"), method="POST").send(PHONE, TEXT)
    [request] = provider.received
    assert request.method == "POST"
    assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert urllib.parse.parse_qs(request.body.decode("ascii")) == {"phone": [PHONE], "text": [TEXT]}


def test_credentials_are_sent_as_http_basic_auth(provider: FakeProvider) -> None:
    HttpSmsGateway(provider.url("/sms?to={phone}"), "desk", PASSWORD).send(PHONE, TEXT)
    [request] = provider.received
    assert request.headers["Authorization"] == (
        "Basic " + base64.b64encode(f"desk:{PASSWORD}".encode()).decode()
    )


def test_without_credentials_no_authorization_is_sent(provider: FakeProvider) -> None:
    HttpSmsGateway(provider.url("/sms?to={phone}")).send(PHONE, TEXT)
    assert "Authorization" not in provider.received[0].headers


def test_a_server_error_raises_unavailable_without_phone_or_text(provider: FakeProvider) -> None:
    provider.status = 500
    with pytest.raises(Unavailable) as raised:
        HttpSmsGateway(provider.url("/sms?to={phone}&t={text}")).send(PHONE, TEXT)
    assert raised.value.message == F.MSG_SMS_HTTP_STATUS.format(status=500)
    assert "501234567" not in str(raised.value) and "482913" not in str(raised.value)
    assert raised.value.__context__ is None  # no chained error carrying the request URL


def test_a_redirect_is_not_followed(provider: FakeProvider) -> None:
    provider.status = 302
    provider.location = provider.url("/elsewhere")
    with pytest.raises(Unavailable, match="302"):
        HttpSmsGateway(provider.url("/sms?to={phone}"), "desk", PASSWORD).send(PHONE, TEXT)
    assert [request.path for request in provider.received] == ["/sms"]


def test_a_closed_port_raises_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gateway = HttpSmsGateway(f"http://127.0.0.1:{port}/sms?to={{phone}}", timeout=2)
    with pytest.raises(Unavailable) as raised:
        gateway.send(PHONE, TEXT)
    assert raised.value.message == F.MSG_SMS_NO_CONNECTION


def test_a_slow_server_times_out_as_unavailable(provider: FakeProvider) -> None:
    provider.delay_s = 5
    gateway = HttpSmsGateway(provider.url("/sms?to={phone}"), timeout=0.3)
    started = time.monotonic()
    with pytest.raises(Unavailable) as raised:
        gateway.send(PHONE, TEXT)
    assert time.monotonic() - started < 2
    assert raised.value.message == F.MSG_SMS_TIMEOUT


def test_the_log_never_holds_the_phone_the_text_or_the_password(
    provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = HttpSmsGateway(provider.url("/sms?to={phone}&t={text}"), "desk", PASSWORD)
    gateway.send(PHONE, TEXT)
    provider.status = 503
    with pytest.raises(Unavailable):
        gateway.send(PHONE, TEXT)
    assert caplog.records, "sending should leave a trace in the log"
    for secret in ("501234567", "482913", "şifrə", PASSWORD, "%2B994"):
        assert secret not in caplog.text


def test_the_gateway_repr_shows_neither_the_template_nor_the_credentials() -> None:
    gateway = HttpSmsGateway("https://sms.example.az/send?key=API-KEY&to={phone}", "u", PASSWORD)
    assert "API-KEY" not in repr(gateway) and PASSWORD not in repr(gateway)
    assert "sms.example.az" in repr(gateway)


@pytest.mark.parametrize("template", ["ftp://sms.example.az/{phone}", "sms.example.az/{phone}", ""])
def test_a_template_that_is_not_an_http_address_is_refused(template: str) -> None:
    with pytest.raises(BadInput):
        HttpSmsGateway(template)


def test_the_code_message_uses_the_proposed_wording() -> None:
    assert code_text("482913") == TEXT


def test_the_outbox_keeps_what_was_sent_in_order() -> None:
    outbox: SmsGateway = OutboxSmsGateway()
    outbox.send(PHONE, "bir")
    outbox.send("+905321234567", "iki")
    assert isinstance(outbox, OutboxSmsGateway)
    assert outbox.sent == [(PHONE, "bir"), ("+905321234567", "iki")]

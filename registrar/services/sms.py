"""Sending SMS: the `SmsGateway` interface, an HTTP adapter for a provider, and an outbox.

Most Azerbaijani SMS providers take one HTTP request per message; `HttpSmsGateway` covers
them with a URL template. Phone numbers, message texts and passwords are personal or secret:
they never reach a log or an error message (and an error never carries the request URL,
which holds them).
"""

from __future__ import annotations

import base64
import http.client
import logging
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import IO, Final, Literal, Protocol

from registrar.services import field_ids as F
from registrar.services.errors import BadInput, Unavailable

log = logging.getLogger(__name__)

PHONE_PLACEHOLDER: Final = "{phone}"
TEXT_PLACEHOLDER: Final = "{text}"


class SmsGateway(Protocol):
    def send(self, phone_e164: str, text: str) -> None:
        """Send one SMS; raise `Unavailable` if it could not be handed to the provider."""


def code_text(code: str) -> str:
    """The SMS body that carries a confirmation code (proposed wording, `SMS_CODE_TEXT`)."""
    return F.SMS_CODE_TEXT.format(code=code)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect would resend the credentials and the message to another address: refuse it
    # (urllib then raises HTTPError with the 3xx status).
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> None:
        return None


class HttpSmsGateway:
    """One HTTP request per SMS, built from a URL template.

    `{phone}` (E.164, e.g. +994501234567) and `{text}` in the template are replaced,
    URL-encoded. With POST, `phone` and `text` are also sent as a form body
    (`application/x-www-form-urlencoded; charset=utf-8`). With a username, HTTP basic auth
    is sent. Any 2xx answer counts as accepted; anything else raises `Unavailable`.
    """

    def __init__(
        self,
        url_template: str,
        username: str | None = None,
        password: str | None = None,
        method: Literal["GET", "POST"] = "GET",
        timeout: float = 10.0,
    ) -> None:
        probe = urllib.parse.urlsplit(
            url_template.replace(PHONE_PLACEHOLDER, "0").replace(TEXT_PLACEHOLDER, "0")
        )
        if probe.scheme not in ("http", "https") or not probe.hostname:
            raise BadInput(F.MSG_SMS_BAD_URL)
        if method not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._template = url_template
        self._host = probe.hostname  # the only part of the address that is logged
        self._method = method
        self._timeout = timeout
        self._auth: str | None = None
        if username is not None:
            token = f"{username}:{password or ''}".encode()
            self._auth = "Basic " + base64.b64encode(token).decode("ascii")
        self._opener = urllib.request.build_opener(_NoRedirects)

    def __repr__(self) -> str:  # never the template (may hold a key) or the credentials
        return f"HttpSmsGateway(host={self._host!r}, method={self._method!r})"

    def send(self, phone_e164: str, text: str) -> None:
        url = self._template.replace(
            PHONE_PLACEHOLDER, urllib.parse.quote(phone_e164, safe="")
        ).replace(TEXT_PLACEHOLDER, urllib.parse.quote(text, safe=""))
        body = None
        if self._method == "POST":
            body = urllib.parse.urlencode({"phone": phone_e164, "text": text}).encode("ascii")
        request = urllib.request.Request(url, data=body, method=self._method)
        if body is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        if self._auth is not None:
            request.add_header("Authorization", self._auth)
        error: Unavailable | None = None
        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                status = response.status
                response.read(64 * 1024)  # the answer body is not needed
        except urllib.error.HTTPError as exc:
            status = exc.code
            exc.close()
        except TimeoutError:
            error = Unavailable(F.MSG_SMS_TIMEOUT)
        except urllib.error.URLError as exc:
            timed_out = isinstance(exc.reason, TimeoutError)
            error = Unavailable(F.MSG_SMS_TIMEOUT if timed_out else F.MSG_SMS_NO_CONNECTION)
        except (OSError, http.client.HTTPException, ValueError):
            error = Unavailable(F.MSG_SMS_NO_CONNECTION)
        if error is None and not 200 <= status < 300:
            error = Unavailable(F.MSG_SMS_HTTP_STATUS.format(status=status))
        if error is not None:
            log.warning("SMS not sent via %s: %s", self._host, error.message)
            # Raised outside the except blocks: no chained exception carries the URL.
            raise error
        log.info("SMS handed to %s", self._host)


class OutboxSmsGateway:
    """Keeps messages instead of sending them: for the demo database, offline desks that
    confirm the number in person, and tests. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: list[tuple[str, str]] = []

    def send(self, phone_e164: str, text: str) -> None:
        with self._lock:
            self._sent.append((phone_e164, text))

    @property
    def sent(self) -> list[tuple[str, str]]:
        """(phone, text) of every message so far, oldest first (a copy)."""
        with self._lock:
            return list(self._sent)

"""Connecting to the central database: URLs, credentials, and errors a user can act on.

The password comes from the OS keyring (entry `central-password:<user>`); without one, libpq's
own PGPASSWORD or ~/.pgpass apply (headless servers). It never appears in a URL, a log line
or an error message.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import make_url
from sqlalchemy.engine import URL

from registrar.services.credentials import CredentialStore, central_password_entry
from registrar.services.errors import BadInput, Unavailable

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5
APPLICATION_NAME = "registrar-sync"
# SQLSTATE classes that mean "try again later", never "this row is wrong".
TRANSIENT_CLASSES = ("08", "40", "53", "57", "58")


class CentralUnavailable(Unavailable):
    """The centre cannot be reached or dropped the connection; the changes wait (exit 3)."""


class SchemaMismatch(Unavailable):
    """The workstation and the centre are at different schema versions (exit 3)."""


@dataclass(frozen=True)
class CentralTarget:
    """Where and as whom to connect. `password` None: libpq finds it (PGPASSWORD, .pgpass)."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def sqlalchemy_url(self) -> URL:
        url = parse_url(self.url)
        if self.user:
            url = url.set(username=self.user)
        if self.password is not None:
            url = url.set(password=self.password)
        return url

    @property
    def display(self) -> str:
        """The URL without any password, for messages."""
        return self.sqlalchemy_url().render_as_string(hide_password=True)

    def conninfo(self) -> dict[str, Any]:
        url = self.sqlalchemy_url()
        params: dict[str, Any] = {
            "host": url.host,
            "port": url.port,
            "dbname": url.database,
            "user": url.username,
            "password": url.password,
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": APPLICATION_NAME,
            "options": "-c TimeZone=UTC",  # raw timestamps travel as naive UTC text
        }
        params.update({key: str(value) for key, value in url.query.items()})
        return {key: value for key, value in params.items() if value is not None}


def parse_url(text: str) -> URL:
    try:
        url = make_url(text)
    except Exception:
        raise BadInput("The central URL is not a PostgreSQL URL.", field="central_url") from None
    if url.get_backend_name() != "postgresql":
        raise BadInput("The central URL must be a PostgreSQL URL.", field="central_url")
    return url.set(drivername="postgresql+psycopg")


def target_from_settings(
    url: str | None, user: str | None, store: CredentialStore | None
) -> CentralTarget:
    """The target for a workstation: the URL (its user, else `user`), password from the keyring."""
    if not url:
        raise Unavailable(
            "No central database is configured: set central_url "
            "(`registrar config set central_url postgresql://host/registrar`)."
        )
    parsed = parse_url(url)
    name = parsed.username or user
    password = None
    if name and store is not None:
        password = store.get(central_password_entry(name))
    return CentralTarget(url=url, user=name, password=password)


def describe(error: BaseException) -> str:
    """A short reason without the server's full text (which may carry hosts and details)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


def is_transient(error: psycopg.Error) -> bool:
    state = getattr(error, "sqlstate", None) or ""
    return isinstance(error, psycopg.OperationalError) or state.startswith(TRANSIENT_CLASSES)


def unavailable(target: CentralTarget, error: BaseException) -> CentralUnavailable:
    return CentralUnavailable(
        f"The central database ({target.display}) is not reachable: {describe(error)}. "
        "Work goes on here; the changes wait for the next sync."
    )


def connect(target: CentralTarget) -> psycopg.Connection[Any]:
    """An autocommit connection: every transaction is an explicit `transaction()` block."""
    try:
        return psycopg.connect(**target.conninfo(), autocommit=True)
    except psycopg.Error as error:
        raise unavailable(target, error) from None


@contextmanager
def central_errors(target: CentralTarget) -> Iterator[None]:
    """Turn a connection lost half-way into a clear message (nothing local was changed)."""
    try:
        yield
    except psycopg.Error as error:
        if is_transient(error):
            raise unavailable(target, error) from None
        raise

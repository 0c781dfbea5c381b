"""Secrets through the OS keyring: the database key and the central database password.

Nothing here writes a secret to a file or a log. Where no keyring backend exists, callers fall
back to a typed passphrase (GUI) or `REGISTRAR_DB_KEY` (headless), else fail with exit 3.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from typing import Protocol

from registrar.services.errors import Unavailable

log = logging.getLogger(__name__)

SERVICE = "RegistrarDesk"
DB_KEY_ENTRY = "database-key"
ENV_DB_KEY = "REGISTRAR_DB_KEY"


class CredentialStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, secret: str) -> None: ...
    def delete(self, name: str) -> None: ...
    def available(self) -> bool: ...


class KeyringStore:
    """The OS keyring (Secret Service, Windows Credential Manager, macOS Keychain)."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def available(self) -> bool:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        # keyrings.alt's plaintext file backends would store secrets on disk: refuse them.
        return not type(backend).__module__.startswith("keyrings.alt")

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            return None
        try:
            value: str | None = keyring.get_password(self._service, name)
        except KeyringError as error:
            log.warning("keyring read failed: %s", type(error).__name__)
            return None
        return value

    def set(self, name: str, secret: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            raise Unavailable(
                "No keyring is available on this computer to keep the secret; "
                "start a desktop session with a keyring (Secret Service) and try again."
            )
        try:
            keyring.set_password(self._service, name, secret)
        except KeyringError as error:
            raise Unavailable(
                f"The keyring refused to store the secret ({type(error).__name__})."
            ) from None

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        if not self.available():
            return
        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(self._service, name)


def new_raw_key() -> str:
    """A random 256-bit SQLCipher raw key in its `x'..'` form (no KDF cost on every open)."""
    return "x'" + secrets.token_hex(32).upper() + "'"


def central_password_entry(url_user: str) -> str:
    return f"central-password:{url_user}"


def database_key(store: CredentialStore, *, create: bool) -> str:
    """The local database key: $REGISTRAR_DB_KEY, else the keyring (made on first start).

    Raises Unavailable (exit 3) when neither exists and `create` is false or there is no keyring.
    """
    from_env = os.environ.get(ENV_DB_KEY)
    if from_env:
        return from_env
    stored = store.get(DB_KEY_ENTRY)
    if stored:
        return stored
    if create and store.available():
        key = new_raw_key()
        store.set(DB_KEY_ENTRY, key)
        return key
    raise Unavailable(
        "The database key is not available: no keyring entry and REGISTRAR_DB_KEY is not set."
    )

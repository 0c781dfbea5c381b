"""SMS confirmation codes (spec P03, P07): a pure state machine over an injected clock.

A code is 6 random digits (`secrets`), valid 5 minutes, dead after 5 wrong tries; a new code
can be sent only after the resend cooldown (`SMS_RESEND_COOLDOWN_S`, 120 s by default). All
four are spec proposals and live in `ConfirmationPolicy`. `now` is seconds on any clock that
survives a restart if the state is saved (`time.time()`); tests pass a fake one.

The state keeps only a salted SHA-256 of the code, so a saved draft never holds the code in
plain text. That hides it from a casual reader of the draft, not from a determined one (a
million codes are quick to try); the real protection is the attempt limit and the expiry.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass, replace
from typing import Any, Final

from registrar.services import field_ids as F
from registrar.services.errors import BadInput

SMS_RESEND_COOLDOWN_S: Final = 120

# Reasons `verify` gives for a refusal; stable ids for the UI and tests.
NOT_SENT: Final = "not_sent"
WRONG: Final = "wrong"
EXPIRED: Final = "expired"
LOCKED: Final = "locked"  # too many wrong tries: send a new code

_MESSAGES: Final = {
    NOT_SENT: F.MSG_CODE_NOT_SENT,
    WRONG: F.MSG_CODE_WRONG,
    EXPIRED: F.MSG_CODE_EXPIRED,
    LOCKED: F.MSG_CODE_LOCKED,
}


@dataclass(frozen=True)
class ConfirmationPolicy:
    code_length: int = 6
    valid_for_s: float = 300.0
    max_attempts: int = 5
    resend_cooldown_s: float = SMS_RESEND_COOLDOWN_S


DEFAULT_POLICY: Final = ConfirmationPolicy()


_WAIT: Final = F.ATTESTED["mob.wait"]  # "... {seconds} saniyədən sonra mümkün olacaq."


class ResendTooSoon(BadInput):
    """A new code was asked for during the cooldown; `seconds` is the wait left."""

    def __init__(self, seconds: int) -> None:
        super().__init__(_WAIT.format(seconds=seconds), field=F.MOB_NUMBER)
        self.seconds = seconds


@dataclass(frozen=True)
class ConfirmationState:
    """Where one mobile number's confirmation stands. Immutable: every step returns a new one.

    Start from `ConfirmationState()`; `issue` sends (or resends) a code, `verify` checks one.
    """

    policy: ConfirmationPolicy = DEFAULT_POLICY
    code_hash: str | None = None  # hex SHA-256 of salt + code; None when no live code
    salt: str = ""
    issued_at: float | None = None  # when the live code was made
    last_sent_at: float | None = None  # when any code was last sent (the cooldown's start)
    attempts: int = 0  # wrong tries on the live code
    confirmed: bool = False

    def issue(self, now: float) -> tuple[str, ConfirmationState]:
        """A new code (to send by SMS) and the state that expects it; the old code dies.

        Raises `ResendTooSoon` during the cooldown.
        """
        wait = self.seconds_until_resend(now)
        if wait:
            raise ResendTooSoon(wait)
        code = "".join(secrets.choice("0123456789") for _ in range(self.policy.code_length))
        salt = secrets.token_hex(16)
        state = replace(
            self,
            code_hash=_hash(salt, code),
            salt=salt,
            issued_at=now,
            last_sent_at=now,
            attempts=0,
            confirmed=False,
        )
        return code, state

    def verify(self, code: str, now: float) -> tuple[bool, ConfirmationState, str | None]:
        """(ok, new state, reason): reason is None when ok, else NOT_SENT, WRONG, EXPIRED or
        LOCKED. A right code is used up; every wrong one counts, expired or locked ones not."""
        if self.code_hash is None or self.issued_at is None:
            return False, self, NOT_SENT
        if self.attempts >= self.policy.max_attempts:
            return False, self, LOCKED
        if not 0 <= now - self.issued_at < self.policy.valid_for_s:
            return False, self, EXPIRED
        typed = code.strip() if isinstance(code, str) else ""
        if hmac.compare_digest(_hash(self.salt, typed), self.code_hash):
            return True, replace(self, code_hash=None, salt="", confirmed=True), None
        state = replace(self, attempts=self.attempts + 1)
        return False, state, LOCKED if state.attempts >= self.policy.max_attempts else WRONG

    @property
    def attempts_left(self) -> int:
        return max(0, self.policy.max_attempts - self.attempts) if self.code_hash else 0

    def seconds_until_resend(self, now: float) -> int:
        """Whole seconds until a new code may be sent (0 = now); for the `mob.wait` text.

        A clock that went backwards never makes the wait longer than the cooldown.
        """
        if self.last_sent_at is None:
            return 0
        left = self.policy.resend_cooldown_s - (now - self.last_sent_at)
        return max(0, math.ceil(min(left, self.policy.resend_cooldown_s)))

    def can_resend(self, now: float) -> bool:
        """Whether `YENİDƏN GÖNDƏR` (and changing the number) is allowed (V6)."""
        return self.seconds_until_resend(now) == 0

    def as_dict(self) -> dict[str, Any]:
        """The state for a saved draft (JSON-safe; the policy is configuration, not saved)."""
        return {
            "code_hash": self.code_hash,
            "salt": self.salt,
            "issued_at": self.issued_at,
            "last_sent_at": self.last_sent_at,
            "attempts": self.attempts,
            "confirmed": self.confirmed,
        }

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], policy: ConfirmationPolicy = DEFAULT_POLICY
    ) -> ConfirmationState:
        return cls(
            policy=policy,
            code_hash=data.get("code_hash"),
            salt=str(data.get("salt", "")),
            issued_at=data.get("issued_at"),
            last_sent_at=data.get("last_sent_at"),
            attempts=int(data.get("attempts", 0)),
            confirmed=bool(data.get("confirmed", False)),
        )


def reason_message(reason: str) -> str:
    """The Azerbaijani message for a `verify` reason."""
    return _MESSAGES[reason]


def _hash(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode("utf-8", "surrogatepass")).hexdigest()

"""SMS confirmation codes: issue, verify, expiry, attempt limit and resend cooldown."""

from __future__ import annotations

import json

import pytest

from registrar.services import field_ids as F
from registrar.services.confirmation import (
    EXPIRED,
    LOCKED,
    NOT_SENT,
    SMS_RESEND_COOLDOWN_S,
    WRONG,
    ConfirmationPolicy,
    ConfirmationState,
    ResendTooSoon,
    reason_message,
)

T0 = 1_750_000_000.0  # the fake clock's start, in seconds


def issued(policy: ConfirmationPolicy | None = None) -> tuple[str, ConfirmationState]:
    state = ConfirmationState(policy) if policy else ConfirmationState()
    return state.issue(T0)


def wrong(code: str) -> str:
    """Another code of the same length."""
    return str((int(code) + 1) % 10 ** len(code)).zfill(len(code))


def test_a_code_is_six_digits() -> None:
    code, _ = issued()
    assert len(code) == 6 and code.isdigit()


def test_the_state_never_holds_the_code_in_plain_text() -> None:
    code, state = issued()
    assert code not in json.dumps(state.as_dict())
    assert code not in repr(state)


def test_the_right_code_within_five_minutes_confirms() -> None:
    code, state = issued()
    ok, after, reason = state.verify(code, T0 + 299)
    assert (ok, reason, after.confirmed) == (True, None, True)


def test_the_right_code_typed_with_spaces_around_confirms() -> None:
    code, state = issued()
    assert state.verify(f" {code} ", T0 + 1)[0]


def test_a_confirmed_code_cannot_be_used_twice() -> None:
    code, state = issued()
    _, after, _ = state.verify(code, T0 + 1)
    ok, _, reason = after.verify(code, T0 + 2)
    assert (ok, reason) == (False, NOT_SENT)


def test_the_right_code_after_five_minutes_has_expired() -> None:
    code, state = issued()
    ok, _, reason = state.verify(code, T0 + 300)
    assert (ok, reason) == (False, EXPIRED)


def test_a_wrong_code_is_refused_and_counted() -> None:
    code, state = issued()
    ok, after, reason = state.verify(wrong(code), T0 + 1)
    assert (ok, reason, after.attempts, after.attempts_left) == (False, WRONG, 1, 4)


def test_the_fifth_wrong_try_locks_the_code_even_for_the_right_one() -> None:
    code, state = issued()
    reasons = []
    for second in range(5):
        _, state, reason = state.verify(wrong(code), T0 + second)
        reasons.append(reason)
    assert reasons == [WRONG, WRONG, WRONG, WRONG, LOCKED]
    assert state.verify(code, T0 + 10)[2] == LOCKED


def test_verifying_before_any_code_was_sent_is_refused() -> None:
    assert ConfirmationState().verify("123456", T0)[2] == NOT_SENT


def test_a_resend_is_blocked_for_the_cooldown_and_allowed_after() -> None:
    _, state = issued()
    assert SMS_RESEND_COOLDOWN_S == 120
    assert not state.can_resend(T0 + 119.5)
    assert state.seconds_until_resend(T0 + 27) == 93
    assert state.can_resend(T0 + 120)
    assert state.seconds_until_resend(T0 + 500) == 0


def test_resending_during_the_cooldown_raises_with_the_portal_wait_message() -> None:
    _, state = issued()
    with pytest.raises(ResendTooSoon) as raised:
        state.issue(T0 + 27)
    assert raised.value.seconds == 93
    assert raised.value.message == F.ATTESTED["mob.wait"].format(seconds=93)
    assert raised.value.field == F.MOB_NUMBER


def test_a_new_code_replaces_the_old_one_and_resets_the_tries() -> None:
    old, state = issued()
    _, state, _ = state.verify(wrong(old), T0 + 1)
    new, state = state.issue(T0 + 120)
    assert state.attempts == 0
    if new != old:
        assert state.verify(old, T0 + 121)[2] == WRONG
    assert state.verify(new, T0 + 121)[0]


def test_a_clock_turned_back_never_lengthens_the_wait() -> None:
    _, state = issued()
    assert state.seconds_until_resend(T0 - 3600) == SMS_RESEND_COOLDOWN_S


def test_the_limits_are_configurable() -> None:
    policy = ConfirmationPolicy(code_length=4, valid_for_s=60, max_attempts=2, resend_cooldown_s=30)
    code, state = issued(policy)
    assert len(code) == 4
    assert state.can_resend(T0 + 30)
    assert state.verify(code, T0 + 60)[2] == EXPIRED
    _, state, _ = state.verify(wrong(code), T0 + 1)
    assert state.verify(wrong(code), T0 + 2)[2] == LOCKED


def test_a_saved_state_restores_and_still_verifies() -> None:
    code, state = issued()
    restored = ConfirmationState.from_dict(json.loads(json.dumps(state.as_dict())))
    assert restored == state
    assert restored.verify(code, T0 + 5)[0]


def test_codes_are_not_predictable_from_one_another() -> None:
    codes = {ConfirmationState().issue(T0)[0] for _ in range(50)}
    assert len(codes) > 40


@pytest.mark.parametrize("reason", [NOT_SENT, WRONG, EXPIRED, LOCKED])
def test_every_refusal_has_an_azerbaijani_message(reason: str) -> None:
    assert reason_message(reason).endswith(".")

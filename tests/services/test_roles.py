"""The permission matrix: each role may do its own actions and is refused every other one."""

from __future__ import annotations

import uuid

import pytest

from registrar.services import roles
from registrar.services.context import ROLES, SYSTEM, Actor
from registrar.services.errors import PermissionDenied

CASES = [(action, role) for action in sorted(roles.PERMISSIONS) for role in ROLES]


def _actor(role: str) -> Actor:
    return Actor(staff_id=uuid.uuid4(), username=f"user_{role}", role=role)


@pytest.mark.parametrize(("action", "role"), CASES)
def test_require_refuses_exactly_the_roles_the_table_does_not_list(action: str, role: str) -> None:
    if role in roles.PERMISSIONS[action]:
        roles.require(_actor(role), action)
    else:
        with pytest.raises(PermissionDenied) as caught:
            roles.require(_actor(role), action)
        assert caught.value.field == action


def test_an_action_missing_from_the_table_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        roles.require(_actor("admin"), "nonexistent.action")


def test_every_action_is_allowed_to_at_least_one_known_role() -> None:
    assert all(allowed and allowed <= set(ROLES) for allowed in roles.PERMISSIONS.values())


def test_the_issue_s_division_of_work_holds() -> None:
    assert roles.actions_of("desk") >= {roles.INTAKE_EDIT, roles.INTAKE_CONFIRM}
    assert roles.actions_of("registrar") >= {
        roles.REVIEW_DECIDE,
        roles.MOVEMENT_DECIDE,
        roles.DOCUMENT_ISSUE,
        roles.EXEMPTION_DECIDE,
    }
    assert roles.actions_of("ministry") >= {roles.TRANSFER_DECIDE, roles.CONSENT_LETTER}
    assert roles.actions_of("admin") >= {
        roles.STAFF_MANAGE,
        roles.SETTINGS_CHANGE,
        roles.REFERENCE_EDIT,
    }


def test_an_administrator_records_no_decisions_on_applicants() -> None:
    assert not roles.allowed("admin", roles.REVIEW_DECIDE)
    assert not roles.allowed(SYSTEM.role, roles.EXEMPTION_DECIDE)


def test_the_refusal_message_is_azerbaijani_and_names_no_person() -> None:
    with pytest.raises(PermissionDenied) as caught:
        roles.require(Actor(uuid.uuid4(), "aysel.m", "desk"), roles.REVIEW_DECIDE)
    assert str(caught.value) == roles.MSG_DENIED
    assert "aysel" not in str(caught.value)

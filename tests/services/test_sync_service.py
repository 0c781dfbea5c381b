"""The sync service without a centre: targets, secrets, an unreachable centre, the status."""

from __future__ import annotations

import socket

import pytest

from registrar.services.credentials import central_password_entry
from registrar.services.errors import BadInput, Unavailable
from registrar.services.sync.connection import CentralTarget, target_from_settings
from registrar.services.sync.engine import SyncService, SyncSummary
from tests.services.test_sync_desks import Desk, person

pytest_plugins = ["tests.services.test_sync_desks"]


class DictStore:
    def __init__(self, secrets: dict[str, str]) -> None:
        self.secrets = secrets

    def get(self, name: str) -> str | None:
        return self.secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self.secrets[name] = secret

    def delete(self, name: str) -> None:
        self.secrets.pop(name, None)

    def available(self) -> bool:
        return True


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_password_comes_from_the_keyring_and_never_shows() -> None:
    store = DictStore({central_password_entry("aysel"): "s3cret-Pass"})
    target = target_from_settings("postgresql://db.example.az/registrar", "aysel", store)
    assert target.user == "aysel" and target.password == "s3cret-Pass"
    assert "s3cret" not in target.display and "s3cret" not in repr(target)
    assert target.conninfo()["options"] == "-c TimeZone=UTC"


def test_without_a_configured_centre_sync_is_unavailable() -> None:
    with pytest.raises(Unavailable):
        target_from_settings(None, "aysel", DictStore({}))
    with pytest.raises(BadInput) as wrong:
        target_from_settings("mysql://db/registrar", "aysel", DictStore({}))
    assert wrong.value.field == "central_url"


def test_an_unreachable_centre_gives_a_clear_message_and_the_status_says_so(
    desks: tuple[Desk, Desk],
) -> None:
    one, _ = desks
    person(one, "AAA1111")
    url = f"postgresql://nobody@127.0.0.1:{_closed_port()}/registrar"
    service = SyncService(one.workspace, None, target_factory=lambda: CentralTarget(url=url))
    assert service.status().connected is None
    with pytest.raises(Unavailable) as refused:
        service.run()
    assert refused.value.exit_code == 3 and "not reachable" in str(refused.value)
    status = service.status()
    assert status.connected is False and status.last_error
    assert status.waiting >= 1 and status.last_sync_at is None
    assert service.probe() is False


def test_the_interval_comes_from_the_settings(desks: tuple[Desk, Desk]) -> None:
    one, _ = desks
    assert SyncService(one.workspace, None).interval_minutes() == 5


def test_the_summary_is_json_with_the_documented_keys() -> None:
    summary = SyncSummary(pushed=3, pulled=2, conflicts=1, refused=0, seconds=0.12345)
    data = summary.as_json()
    assert {"pushed", "pulled", "conflicts", "refused", "seconds"} <= set(data)
    assert data["seconds"] == 0.123

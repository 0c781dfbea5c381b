"""Sync cycles: every order converges, tombstones and blobs travel, failures leave no trace."""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url

from registrar.models import PortalAccount
from registrar.services.errors import Unavailable
from registrar.services.sync.connection import CentralTarget, SchemaMismatch
from registrar.services.sync.engine import SyncEngine
from tests.integration.test_sync_harness import (
    Centre,
    Station,
    StationFactory,
    add_applicant,
    add_event,
    assert_converged,
)

pytest_plugins = ["tests.integration.test_sync_harness"]


def _fin() -> str:
    return uuid.uuid4().hex[:7].upper()


def _mobile() -> str:
    return "+99470" + str(uuid.uuid4().int)[:7]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=str)
def test_three_workstations_working_offline_converge_in_any_sync_order(
    centre: Centre, make_station: StationFactory, order: tuple[int, int, int]
) -> None:
    stations = [make_station("a1"), make_station("a2"), make_station("b1")]
    entered = [
        add_applicant(station, fin=_fin(), mobile=_mobile(), with_document=b"%PDF-1 common")
        for station in stations
    ]
    for index in order:
        stations[index].sync()
    # Offline again, each reviews the newest application it sees (another desk's, if it has
    # one yet), then all sync in the same order.
    for station in stations:
        seen = station.rows("application")
        target = next((e for e in reversed(entered) if e.application_id.hex in seen), entered[0])
        add_event(station, target.application_id, target.event_id, "UNDER_REVIEW", "")
    for _ in range(2):
        for index in order:
            stations[index].sync()
    assert_converged(centre, stations)


def test_a_sync_with_nothing_to_do_sends_and_takes_nothing(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()
    summary = a1.sync()
    assert (summary.pushed, summary.pulled, summary.waiting) == (0, 0, 0)


def test_a_tombstone_reaches_the_other_workstations(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    applicant = add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.sync()
    a2.sync()
    with a1.workspace.write() as session:
        account = session.get(PortalAccount, applicant.account_id)
        assert account is not None
        from registrar.models.base import utcnow

        account.deleted_at = utcnow()
    a1.sync()
    a2.sync()
    assert a2.rows("portal_account")[applicant.account_id.hex][-1] is not None
    assert_converged(centre, [a1, a2])


def test_blobs_travel_once_by_hash(centre: Centre, make_station: StationFactory) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    document = b"%PDF-1.7 " + uuid.uuid4().bytes * 100
    add_applicant(a1, fin=_fin(), mobile=_mobile(), with_document=document)
    add_applicant(a2, fin=_fin(), mobile=_mobile(), with_document=document)
    assert a1.sync().blobs_sent == 1
    second = a2.sync()
    assert second.blobs_sent == 0 and second.blobs_received == 0  # it already has the file
    a3 = make_station("a3")
    assert a3.summaries[0].blobs_received >= 1
    with a3.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT count(*) FROM evidence_blob WHERE data = ?", (document,)
        ).scalar()
    assert stored == 1
    a1.sync()
    a2.sync()
    assert_converged(centre, [a1, a2, a3])


def test_one_file_stored_under_two_ids_on_two_workstations_is_kept_once(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    document = b"%PDF-1.7 " + uuid.uuid4().bytes * 50
    add_applicant(a1, fin=_fin(), mobile=_mobile(), with_document=document, random_blob_id=True)
    add_applicant(a2, fin=_fin(), mobile=_mobile(), with_document=document, random_blob_id=True)
    a1.sync()
    second = a2.sync()
    assert second.refused == 0 and second.blobs_sent == 0
    a2.sync()  # our copy's tombstone (its bytes dropped) follows
    a1.sync()
    assert_converged(centre, [a1, a2])
    with centre.admin() as connection:
        stored = connection.execute(
            "SELECT count(*) FROM public.evidence_blob WHERE data = %s", (document,)
        ).fetchone()
    assert stored == (1,)


def test_sync_is_refused_when_the_centre_is_at_another_schema_version(
    centre: Centre, make_station: StationFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a1 = make_station("a1")
    monkeypatch.setattr("registrar.services.sync.engine.HEAD", "0000_older")
    with pytest.raises(SchemaMismatch) as refused:
        a1.sync()
    assert refused.value.exit_code == 3 and "schema" in str(refused.value)


def test_a_push_cut_off_after_the_central_commit_is_acknowledged_next_time(
    centre: Centre, make_station: StationFactory
) -> None:
    a1 = make_station("a1")
    for _ in range(5):
        add_applicant(a1, fin=_fin(), mobile=_mobile())

    def crash(table: str, rows: int) -> None:
        if table == "application":
            raise KeyboardInterrupt  # the process dies between the centre and the ack

    a1.after_commit = crash
    with pytest.raises(KeyboardInterrupt):
        a1.sync(batch_rows=2, commit_rows=2)
    a1.after_commit = None
    summary = a1.sync(batch_rows=2, commit_rows=2)
    assert summary.conflicts == summary.refused == 0 and summary.waiting == 0
    assert_converged(centre, [a1])


class Proxy:
    """A TCP relay to the server, to stop "the centre" without stopping the shared server."""

    def __init__(self, host: str, port: int) -> None:
        self._upstream = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._running:
                client.close()
                return
            upstream = socket.create_connection(self._upstream)
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, target):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._running = False
        self._listener.close()
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._sockets.clear()

    def start(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()


@pytest.fixture
def proxy(centre: Centre) -> Iterator[Proxy]:
    url = make_url(centre.admin_url)
    relay = Proxy(url.host or "127.0.0.1", url.port or 5432)
    yield relay
    relay.stop()


def test_the_centre_stopping_mid_sync_gives_a_clear_message_and_a_later_sync_completes(
    centre: Centre, make_station: StationFactory, proxy: Proxy
) -> None:
    a1 = make_station("a1")
    for _ in range(6):
        add_applicant(a1, fin=_fin(), mobile=_mobile())
    url = make_url(centre.user_url("a1")).set(host="127.0.0.1", port=proxy.port)
    target = CentralTarget(url=url.render_as_string(hide_password=False))
    stopped: list[str] = []

    def stop_centre(table: str, rows: int) -> None:
        if not stopped:
            stopped.append(table)
            proxy.stop()

    with pytest.raises(Unavailable) as cut:
        SyncEngine(
            a1.workspace, target, batch_rows=3, commit_rows=3, after_central_commit=stop_centre
        ).run()
    assert cut.value.exit_code == 3
    assert "not reachable" in str(cut.value) and "password" not in str(cut.value).lower()
    with pytest.raises(Unavailable):
        SyncEngine(a1.workspace, target).run()  # still down: refused at once, nothing lost
    proxy.start()
    summary = SyncEngine(a1.workspace, target).run()
    assert summary.waiting == 0 and summary.refused == summary.conflicts == 0
    assert_converged(centre, [a1])


def test_the_sync_command_prints_a_json_summary(
    centre: Centre,
    make_station: StationFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from registrar import cli

    a1: Station = make_station("a1")
    add_applicant(a1, fin=_fin(), mobile=_mobile())
    a1.engine.dispose()
    monkeypatch.setenv("REGISTRAR_DB_KEY", "x'" + "AB" * 32 + "'")
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("registrar.commands.sync",))
    args = cli.build_parser().parse_args(
        ["sync", "--db", str(a1.path), "--central", centre.user_url("a1")]
    )
    assert cli.run_handler(args.handler, args, "log") == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) >= {"pushed", "pulled", "conflicts", "refused", "seconds"}
    assert summary["pushed"] > 0 and summary["waiting"] == 0
    monkeypatch.setattr("registrar.services.sync.engine.HEAD", "0000_older")
    assert cli.run_handler(args.handler, args, "log") == 3
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "unavailable"

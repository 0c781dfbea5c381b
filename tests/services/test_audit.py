"""The audit log is hash-chained per origin; any tampering is found and named."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from registrar.services import audit
from registrar.services.context import SYSTEM
from tests.foundation import bare_workspace


def _three_entries(workspace) -> None:
    for action in ("sign_in", "settings.change", "backup"):
        with workspace.write() as session:
            audit.record(session, SYSTEM, action, "setting:central_url", None)


def test_an_untouched_chain_verifies(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    _three_entries(workspace)
    with workspace.read() as session:
        result = audit.verify(session)
    assert result.ok and result.entries == 3 and result.chains == 1
    db.dispose()


def test_entries_link_to_their_predecessor_in_sequence(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    _three_entries(workspace)
    with workspace.read() as session:
        rows = session.execute(
            text("SELECT seq, prev_hash, entry_hash FROM audit_entry ORDER BY seq")
        ).all()
    assert [row.seq for row in rows] == [1, 2, 3]
    assert rows[0].prev_hash == audit.GENESIS
    assert rows[1].prev_hash == rows[0].entry_hash and rows[2].prev_hash == rows[1].entry_hash
    db.dispose()


def test_an_altered_entry_is_found_and_named(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    _three_entries(workspace)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2"))
    with workspace.read() as session:
        result = audit.verify(session)
    assert not result.ok and result.problem is not None
    assert result.problem.seq == 2 and "altered" in result.problem.problem
    db.dispose()


def test_a_deleted_entry_is_found_as_a_gap(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    _three_entries(workspace)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    with workspace.read() as session:
        result = audit.verify(session)
    assert result.problem is not None and result.problem.seq == 3
    assert "gap" in result.problem.problem
    db.dispose()


def test_a_rewritten_link_is_found(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    _three_entries(workspace)
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_entry SET prev_hash = :h WHERE seq = 3"), {"h": "f" * 64}
        )
    with workspace.read() as session:
        result = audit.verify(session)
    assert result.problem is not None and result.problem.seq == 3
    db.dispose()

"""Two workstations of one institution enter applicants offline and converge through the centre."""

from __future__ import annotations

from tests.integration.test_sync_harness import (
    Centre,
    StationFactory,
    add_applicant,
    assert_converged,
)

pytest_plugins = ["tests.integration.test_sync_harness"]


def test_two_workstations_converge_after_syncing_in_turn(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    add_applicant(a1, fin="AAA1111", mobile="+994501110001", with_document=b"%PDF-1 one")
    add_applicant(a2, fin="BBB2222", mobile="+994501110002", with_document=b"%PDF-1 one")
    first = a1.sync()
    a2.sync()
    a1.sync()
    assert first.pushed > 0 and first.refused == 0
    assert_converged(centre, [a1, a2])

"""The review service on 10,000 demo applications: queue, search, filters, decisions, roles."""

from __future__ import annotations

import atexit
import gc
import hashlib
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from registrar.models import Application, ApplicationEvent, AuditEntry, Staff
from registrar.services import review
from registrar.services.context import Actor, Workspace
from registrar.services.database import DEMO_KEY, Database
from registrar.services.errors import BadInput, Conflict, PermissionDenied
from registrar.services.folding import fold
from registrar.services.review import (
    QUEUE_STATUSES,
    QueueFilter,
    QueueRow,
    QueueSort,
    ReviewService,
)

DEMO_COUNT = 10_000


@dataclass(frozen=True, eq=False)  # hashed by identity: one per database
class DemoDb:
    db: Database
    workspace: Workspace
    registrar: Actor
    others: dict[str, Actor]  # desk, ministry, admin


def _open(path: Path) -> DemoDb:
    from registrar.services.workspace import load_workspace, open_local

    db = open_local(path, DEMO_KEY, demo=True)
    atexit.register(db.dispose)
    workspace = load_workspace(db)
    assert workspace is not None
    with workspace.read() as session:
        staff = {s.role: Actor(s.id, s.username, s.role) for s in session.scalars(select(Staff))}
    others = {role: actor for role, actor in staff.items() if role != "registrar"}
    return DemoDb(db, workspace, staff["registrar"], others)


@cache
def _demo_files() -> tuple[Path, Path]:
    """Two copies of one 10,000-application demo database: one never written to by the
    tests (so the oracle can be read once), one for decisions. Built once per test process."""
    from registrar.services.demo import fill_demo
    from registrar.services.workspace import open_local

    directory = Path(tempfile.mkdtemp(prefix="review-demo-"))
    atexit.register(shutil.rmtree, directory, True)
    pristine, writable = directory / "demo.db", directory / "decisions.db"
    db = open_local(pristine, DEMO_KEY, demo=True)
    try:
        # The generator's helper process may leave a pipe for the GC to close; that is the
        # generator's concern (reported), not what these tests check.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            fill_demo(db, count=DEMO_COUNT, seed=1)
            gc.collect()
    finally:
        db.dispose()  # checkpoints the WAL into the file before it is copied
    shutil.copyfile(pristine, writable)
    return pristine, writable


@cache
def demo_database() -> DemoDb:
    """The read-only demo database (UI tests reuse it): nothing may change its rows."""
    return _open(_demo_files()[0])


@cache
def decision_database() -> DemoDb:
    """A copy of the demo database where decisions are made."""
    return _open(_demo_files()[1])


@pytest.fixture(scope="session")
def demo() -> DemoDb:
    return demo_database()


@pytest.fixture(scope="session")
def service(demo: DemoDb) -> ReviewService:
    return ReviewService(demo.workspace)


@pytest.fixture(scope="session")
def wdemo() -> DemoDb:
    return decision_database()


@pytest.fixture(scope="session")
def wservice(wdemo: DemoDb) -> ReviewService:
    return ReviewService(wdemo.workspace)


@dataclass(frozen=True)
class Raw:
    id: uuid.UUID
    number: str | None
    last: str
    first: str
    patronymic: str
    key: str
    key_type: str
    line_id: uuid.UUID | None
    basis: str | None
    exemption: bool
    confirmed_at: Any
    status: str
    assigned_to: uuid.UUID | None
    folded: str


@cache
def _all_rows(demo: DemoDb) -> list[Raw]:
    """Every confirmed application, read straight from the table (the test's own oracle).

    Cached: it is read from the database the tests never change (decisions use the copy;
    helpers below that read the copy bypass this cache)."""
    with demo.workspace.read() as session:
        rows = session.execute(
            select(
                Application.id,
                Application.number,
                Application.snapshot_last_name,
                Application.snapshot_first_name,
                Application.snapshot_patronymic,
                Application.snapshot_key,
                Application.snapshot_key_type,
                Application.admission_line_id,
                Application.basis,
                Application.exemption_requested,
                Application.confirmed_at,
                Application.status_cache,
                Application.assigned_to,
                Application.search_folded,
            ).where(Application.confirmed_at.is_not(None), Application.deleted_at.is_(None))
        ).all()
    return [Raw(*row) for row in rows]


def _everything(
    service: ReviewService, actor: Actor, flt: QueueFilter, sort: QueueSort
) -> list[QueueRow]:
    rows: list[QueueRow] = []
    offset = 0
    while True:
        page = service.page(actor, flt, sort, offset, 1000)
        rows.extend(page.rows)
        if not page.more:
            return rows
        offset += len(page.rows)


def _ids(rows: list[QueueRow]) -> set[uuid.UUID]:
    return {row.id for row in rows}


# ---- search ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "surname"),
    [("Eliyev", "Əliyev"), ("Aliyev", "Əliyev"), ("Ismayilov", "İsmayılov")],
)
def test_search_finds_azerbaijani_surnames_typed_without_their_letters(
    demo: DemoDb, service: ReviewService, typed: str, surname: str
) -> None:
    found = _everything(service, demo.registrar, QueueFilter(search=typed), QueueSort())
    wanted = {r.id for r in _all_rows(demo) if r.last in (surname, surname + "a")}
    assert wanted, "the demo data should contain this surname"
    assert wanted <= _ids(found)
    assert all(fold(typed) in fold(row.applicant) for row in found)


@pytest.mark.parametrize("typed", ["Şahin", "Shahin", "Sahin"])
def test_search_treats_sh_and_s_as_the_letter_ş(
    demo: DemoDb, service: ReviewService, typed: str
) -> None:
    found = _everything(service, demo.registrar, QueueFilter(search=typed), QueueSort())
    wanted = {r.id for r in _all_rows(demo) if "Şahin" in (r.first, r.patronymic, r.last)}
    assert wanted and wanted <= _ids(found)


def test_search_returns_exactly_the_rows_whose_folded_words_start_with_the_query(
    demo: DemoDb, service: ReviewService
) -> None:
    found = _everything(service, demo.registrar, QueueFilter(search="Həsən Kamil"), QueueSort())
    expected = {
        r.id
        for r in _all_rows(demo)
        if all(any(w.startswith(q) for w in r.folded.split()) for q in ("hesen", "kemil"))
    }
    assert expected and _ids(found) == expected


def test_search_by_fin_finds_that_applicant(demo: DemoDb, service: ReviewService) -> None:
    target = next(r for r in _all_rows(demo) if r.key_type == "fin")
    found = service.page(demo.registrar, QueueFilter(search=target.key.lower()), QueueSort())
    assert target.id in _ids(list(found.rows))


def test_search_by_application_number_finds_it(demo: DemoDb, service: ReviewService) -> None:
    target = next(r for r in _all_rows(demo) if r.number)
    assert target.number is not None
    found = service.page(demo.registrar, QueueFilter(search=target.number), QueueSort())
    assert [row.id for row in found.rows] == [target.id]


def test_search_by_local_phone_number_finds_the_applicant(
    demo: DemoDb, service: ReviewService
) -> None:
    target = _all_rows(demo)[17]
    phone = target.folded.split()[-1]  # 994XXXXXXXXX
    local = "0" + phone[3:]  # as typed at a desk: 050 123 45 67
    found = service.page(
        demo.registrar, QueueFilter(search=f"{local[:3]} {local[3:]}"), QueueSort()
    )
    assert target.id in _ids(list(found.rows))


# ---- filters, sorting, paging, counts ----------------------------------------------------


def test_filters_combine_and_return_exactly_the_matching_rows(
    demo: DemoDb, service: ReviewService
) -> None:
    rows = _all_rows(demo)
    line = next(r.line_id for r in rows if r.line_id is not None)
    start = min(r.confirmed_at for r in rows).date() + timedelta(days=10)
    end = start + timedelta(days=20)
    flt = QueueFilter(
        statuses=frozenset({"UNDER_REVIEW", "REGISTERED"}),
        admission_line_id=line,
        exemption=False,
        confirmed_from=start,
        confirmed_to=end,
    )

    def office_day(moment: Any) -> date:
        return (moment + timedelta(hours=4)).date()  # Asia/Baku, UTC+4 all year

    expected = {
        r.id
        for r in rows
        if r.status in flt.statuses
        and r.line_id == line
        and not r.exemption
        and start <= office_day(r.confirmed_at) <= end
    }
    found = _everything(service, demo.registrar, flt, QueueSort())
    assert expected and _ids(found) == expected
    assert service.count(demo.registrar, flt) == len(expected)


def test_the_reviewer_filter_and_the_unassigned_filter_split_the_queue(
    demo: DemoDb, service: ReviewService
) -> None:
    rows = _all_rows(demo)
    reviewer = demo.registrar.staff_id
    mine = service.count(demo.registrar, QueueFilter(reviewer_id=reviewer))
    unassigned = service.count(demo.registrar, QueueFilter(unassigned=True))
    assert mine == sum(1 for r in rows if r.assigned_to == reviewer) > 0
    assert unassigned == sum(1 for r in rows if r.assigned_to is None)


def test_the_exemption_filter_returns_only_exemption_requests(
    demo: DemoDb, service: ReviewService
) -> None:
    found = _everything(service, demo.registrar, QueueFilter(exemption=True), QueueSort())
    assert found and all(row.exemption_requested for row in found)
    assert len(found) == sum(1 for r in _all_rows(demo) if r.exemption)


def _sort_key(column: str) -> Callable[[Raw], Any]:
    return {
        "number": lambda r: r.number,
        "applicant": lambda r: (r.last, r.first, r.patronymic),
        "key": lambda r: r.key,
        "path": lambda r: r.key_type,
        "basis": lambda r: r.basis,
        "exemption": lambda r: r.exemption,
        "confirmed_at": lambda r: r.confirmed_at,
        "status": lambda r: r.status,
    }[column]


@pytest.mark.parametrize(
    "column", ["number", "applicant", "key", "path", "basis", "exemption", "confirmed_at", "status"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_on_a_column_orders_the_first_page_like_the_table(
    demo: DemoDb, service: ReviewService, column: str, descending: bool
) -> None:
    key = _sort_key(column)
    rows = _all_rows(demo)
    nulls = [r for r in rows if key(r) is None]
    values = sorted((r for r in rows if key(r) is not None), key=lambda r: (key(r), r.id))
    ordered = nulls + values  # SQLite puts NULLs first in ascending order
    if descending:
        ordered.reverse()
    page = service.page(demo.registrar, QueueFilter(), QueueSort(column, descending), 0, 200)
    assert [row.id for row in page.rows] == [r.id for r in ordered[:200]]


def test_sorting_by_reviewer_groups_the_assigned_rows(demo: DemoDb, service: ReviewService) -> None:
    page = service.page(demo.registrar, QueueFilter(), QueueSort("reviewer", True), 0, 50)
    assert all(row.reviewer_name for row in page.rows)


def test_an_unknown_sort_column_is_bad_input(demo: DemoDb, service: ReviewService) -> None:
    with pytest.raises(BadInput):
        service.page(demo.registrar, QueueFilter(), QueueSort("password"))


def test_pages_cover_the_filtered_queue_once_each(demo: DemoDb, service: ReviewService) -> None:
    flt = QueueFilter(statuses=frozenset({"SUBMITTED"}))
    rows: list[QueueRow] = []
    offset = 0
    while True:
        page = service.page(demo.registrar, flt, QueueSort("applicant", False), offset, 200)
        rows.extend(page.rows)
        offset += len(page.rows)
        if not page.more:
            break
    assert len(rows) == len(_ids(rows)) == service.count(demo.registrar, flt) > 200


def test_counts_per_status_cover_the_whole_queue(demo: DemoDb, service: ReviewService) -> None:
    rows = _all_rows(demo)
    counts = service.status_counts(demo.registrar)
    assert set(counts) == set(QUEUE_STATUSES)
    assert counts == {s: sum(1 for r in rows if r.status == s) for s in QUEUE_STATUSES}


def test_drafts_never_appear_in_the_queue(demo: DemoDb, service: ReviewService) -> None:
    found = service.page(demo.registrar, QueueFilter(statuses=frozenset({"DRAFT"})), QueueSort())
    assert found.rows == ()


# ---- detail ------------------------------------------------------------------------------


def test_the_detail_uses_the_wizard_s_labels_and_resolves_codes(
    demo: DemoDb, service: ReviewService
) -> None:
    target = next(r for r in _all_rows(demo) if r.key_type == "fin")
    detail = service.detail(demo.registrar, target.id)
    rows = {row.field_id: row for section in detail.sections for row in section.rows}
    assert rows["pd.fin"].label == "FİN:"
    assert rows["pd.fin"].value == target.key
    assert rows["pd.citizenship"].value == "Azərbaycan Respublikası vətəndaşı"
    assert [s.page for s in detail.sections][:3] == ["P10", "P11", "P12"]


def test_every_document_s_bytes_match_its_checksum(demo: DemoDb, service: ReviewService) -> None:
    target = next(r for r in _all_rows(demo) if r.exemption)
    detail = service.detail(demo.registrar, target.id)
    assert detail.documents
    for document in detail.documents:
        data = service.document_bytes(demo.registrar, target.id, document.id)
        assert hashlib.sha256(data).hexdigest() == document.sha256


def test_the_timeline_of_a_registered_exemption_request_has_four_done_steps(
    demo: DemoDb, service: ReviewService
) -> None:
    target = next(r for r in _all_rows(demo) if r.exemption and r.status == "REGISTERED")
    timeline = service.detail(demo.registrar, target.id).timeline
    assert timeline.steps == [
        ("Göndərilib", "done"),
        ("Baxılır", "done"),
        ("Təhsil haqqından azad", "done"),
        ("Qeydiyyata alınıb", "done"),
    ]


def test_the_timeline_of_a_submitted_application_shows_review_as_the_current_step() -> None:
    view = review.status_view("N1", "SUBMITTED", exemption_requested=False, history=())
    assert view.steps == [
        ("Göndərilib", "done"),
        ("Baxılır", "current"),
        ("Qeydiyyata alınıb", "todo"),
    ]
    assert view.status_label_az == "Göndərilib"


# ---- decisions ---------------------------------------------------------------------------


_USED: set[uuid.UUID] = set()


def take_unused(status: str) -> uuid.UUID:
    """An application in `status` that no test has decided on in the decision copy (chosen
    from the pristine database, whose rows the copy shares until a test decides)."""
    for row in _all_rows(demo_database()):
        if row.status == status and row.id not in _USED:
            _USED.add(row.id)
            return row.id
    raise AssertionError(f"no unused application in {status}")


@pytest.fixture
def fresh() -> Callable[[str], uuid.UUID]:
    return take_unused


def _chain(wdemo: DemoDb, application_id: uuid.UUID) -> list[ApplicationEvent]:
    with wdemo.workspace.read() as session:
        events = list(
            session.scalars(
                select(ApplicationEvent).where(ApplicationEvent.application_id == application_id)
            )
        )
    return review._chain_order(events)


def _status(wdemo: DemoDb, application_id: uuid.UUID) -> str:
    with wdemo.workspace.read() as session:
        return session.scalars(
            select(Application.status_cache).where(Application.id == application_id)
        ).one()


def test_accepting_appends_a_registered_event_after_the_head(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("UNDER_REVIEW")
    before = _chain(wdemo, app)
    result = wservice.decide(wdemo.registrar, app, review.ACCEPT, "Sənədlər qaydasındadır.")
    after = _chain(wdemo, app)
    assert after[:-1] == before or [e.id for e in after[:-1]] == [e.id for e in before]
    assert after[-1].id == result.event_id
    assert after[-1].supersedes == before[-1].id
    assert (after[-1].kind, after[-1].status, after[-1].actor_id) == (
        "registered",
        "REGISTERED",
        wdemo.registrar.staff_id,
    )
    assert _status(wdemo, app) == "REGISTERED"


def test_rejecting_records_the_reason_as_the_applicant_s_last_message(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    wservice.decide(wdemo.registrar, app, review.REJECT, "Diplomun surəti oxunmur.")
    detail = wservice.detail(wdemo.registrar, app)
    assert detail.status == "REJECTED"
    assert detail.timeline.last_message == "Diplomun surəti oxunmur."
    assert detail.timeline.steps[-1] == ("İmtina edilib", "done")


def test_asking_for_more_documents_keeps_the_application_under_review(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    wservice.decide(wdemo.registrar, app, review.MORE_DOCUMENTS, "Pasportun surətini əlavə edin.")
    assert _status(wdemo, app) == "UNDER_REVIEW"
    assert _chain(wdemo, app)[-1].kind == "documents_requested"


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_a_decision_without_a_reason_is_refused(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID], reason: str
) -> None:
    app = fresh("SUBMITTED")
    with pytest.raises(BadInput) as caught:
        wservice.decide(wdemo.registrar, app, review.ACCEPT, reason)
    assert caught.value.field == "reason"
    assert _status(wdemo, app) == "SUBMITTED"


def test_a_closed_application_cannot_be_decided_again(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("REGISTERED")
    with pytest.raises(Conflict):
        wservice.decide(wdemo.registrar, app, review.REJECT, "Səhv")


def test_a_decision_on_a_head_the_user_did_not_see_is_refused(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("UNDER_REVIEW")
    seen = _chain(wdemo, app)[-1].id
    wservice.decide(wdemo.registrar, app, review.MORE_DOCUMENTS, "Arayış lazımdır.")
    with pytest.raises(Conflict):
        wservice.decide(wdemo.registrar, app, review.ACCEPT, "Qəbul", expected_head=seen)


def test_reversing_a_mistaken_acceptance_restores_the_status_and_keeps_history(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("UNDER_REVIEW")
    accepted = wservice.decide(wdemo.registrar, app, review.ACCEPT, "Qəbul edildi.")
    reversed_ = wservice.reverse(wdemo.registrar, app, accepted.event_id, "Səhv müraciət seçilib.")
    chain = _chain(wdemo, app)
    assert [e.kind for e in chain[-2:]] == ["registered", "reversed"]
    assert chain[-1].supersedes == accepted.event_id
    assert chain[-1].reason == "Səhv müraciət seçilib."
    assert reversed_.status == "UNDER_REVIEW" == _status(wdemo, app)
    detail = wservice.detail(wdemo.registrar, app)
    assert detail.history[-1].reverses == accepted.event_id
    assert detail.open


def test_only_the_latest_decision_can_be_reversed(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    first = wservice.decide(wdemo.registrar, app, review.MORE_DOCUMENTS, "Arayış lazımdır.")
    wservice.decide(wdemo.registrar, app, review.REJECT, "Arayış gəlmədi.")
    with pytest.raises(Conflict):
        wservice.reverse(wdemo.registrar, app, first.event_id, "Səhv")


def test_a_reversal_cannot_itself_be_reversed(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    rejected = wservice.decide(wdemo.registrar, app, review.REJECT, "Səhv qərar")
    reversal = wservice.reverse(wdemo.registrar, app, rejected.event_id, "Səhv idi")
    with pytest.raises(Conflict):
        wservice.reverse(wdemo.registrar, app, reversal.event_id, "Yenə")


def test_every_decision_and_reversal_is_in_the_audit_log(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    done = wservice.decide(wdemo.registrar, app, review.REJECT, "Sənəd çatışmır.")
    wservice.reverse(wdemo.registrar, app, done.event_id, "Sənəd tapıldı.")
    with wdemo.workspace.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.reason).where(
                AuditEntry.subject == f"application:{app}"
            )
        ).all()
    assert sorted(entries) == [
        ("application.rejected", "registrar", "Sənəd çatışmır."),
        ("application.reversed", "registrar", "Sənəd tapıldı."),
    ]


def test_bulk_assignment_sets_the_reviewer_and_starts_the_review_of_submitted_ones(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    apps = [fresh("SUBMITTED"), fresh("SUBMITTED"), fresh("REGISTERED")]
    result = wservice.assign(wdemo.registrar, apps, wdemo.registrar.staff_id)
    assert result.changed == 3 and len(result.event_ids) == 2
    with wdemo.workspace.read() as session:
        rows = dict(
            session.execute(
                select(Application.id, Application.assigned_to).where(Application.id.in_(apps))
            ).all()
        )
    assert [rows[a] for a in apps] == [wdemo.registrar.staff_id] * 3
    assert [_status(wdemo, a) for a in apps] == ["UNDER_REVIEW", "UNDER_REVIEW", "REGISTERED"]


def test_applications_can_be_assigned_only_to_a_reviewer(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    app = fresh("SUBMITTED")
    with pytest.raises(BadInput):
        wservice.assign(wdemo.registrar, [app], wdemo.others["desk"].staff_id)


def test_bulk_acceptance_accepts_all_selected_in_one_go(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    apps = [fresh("UNDER_REVIEW") for _ in range(5)]
    result = wservice.accept_many(wdemo.registrar, apps, "Hamısı qaydasındadır.")
    assert result.changed == 5
    assert {_status(wdemo, a) for a in apps} == {"REGISTERED"}


def test_bulk_acceptance_with_one_closed_application_changes_nothing(
    wdemo: DemoDb, wservice: ReviewService, fresh: Callable[[str], uuid.UUID]
) -> None:
    apps = [fresh("UNDER_REVIEW"), fresh("REJECTED")]
    with pytest.raises(Conflict):
        wservice.accept_many(wdemo.registrar, apps, "Qəbul")
    assert _status(wdemo, apps[0]) == "UNDER_REVIEW"


# ---- roles at the service layer ----------------------------------------------------------

ACTIONS: dict[str, Callable[[ReviewService, Actor, uuid.UUID], object]] = {
    "page": lambda s, a, i: s.page(a, QueueFilter(), QueueSort()),
    "count": lambda s, a, i: s.count(a, QueueFilter()),
    "status_counts": lambda s, a, i: s.status_counts(a),
    "detail": lambda s, a, i: s.detail(a, i),
    "decide": lambda s, a, i: s.decide(a, i, review.ACCEPT, "x"),
    "reverse": lambda s, a, i: s.reverse(a, i, i, "x"),
    "assign": lambda s, a, i: s.assign(a, [i], None),
    "accept_many": lambda s, a, i: s.accept_many(a, [i], "x"),
}


@pytest.mark.parametrize("role", ["desk", "ministry", "admin"])
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_other_role_is_refused_every_review_action_by_the_service(
    demo: DemoDb, service: ReviewService, role: str, action: str
) -> None:
    target = next(r.id for r in _all_rows(demo) if r.status == "SUBMITTED")
    with pytest.raises(PermissionDenied):
        ACTIONS[action](service, demo.others[role], target)
    assert _status(demo, target) == "SUBMITTED"

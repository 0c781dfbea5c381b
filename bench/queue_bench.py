"""Review queue: first rows, search and filter latency, sort latency and memory on N applications.

    python -m bench.queue_bench --count 100000 [--db PATH] [--seed 1]

Uses the demo database at --db (default: a fresh one in a temporary directory), filled in a
separate process with `--count` demo applications if it holds fewer, so that the memory figure
is the queue's alone. Then, in this process (offscreen Qt), it opens the review section as the
demo registrar and measures:

- opening the queue until its first rows are in the table (targets: < 300 ms);
- each search and each filter change, through the page as the user drives it: the re-query,
  the first page and the counts (target: < 150 ms);
- each sort change (header click) and one fetchMore (no target in the issue; reported);
- the peak resident memory of the process (target: < 400 MB).

Prints one JSON line per figure: {"figure", "value", "unit", "target"}.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FILL = """
import sys
from pathlib import Path
from registrar.services.database import DEMO_KEY
from registrar.services.demo import fill_demo
from registrar.services.workspace import open_local
db = open_local(Path(sys.argv[1]), DEMO_KEY, demo=True)
fill_demo(db, count=int(sys.argv[2]), seed=int(sys.argv[3]))
db.dispose()
"""
SEARCHES = ("Eliyev", "Aliyev", "Ismayilov", "Şahin", "Mammadova", "Hüseyn Rəşad")


def emit(figure: str, value: float, unit: str, target: str | None) -> None:
    line = {"figure": figure, "value": round(value, 1), "unit": unit, "target": target}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.queue_bench")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="demo database to use (filled if needed)")
    parser.add_argument(
        "--cache-mib",
        type=int,
        default=0,
        help="set SQLite's page cache to this many MiB (0: the application's setting)",
    )
    options = parser.parse_args()

    temporary = None
    path = options.db
    if path is None:
        temporary = tempfile.TemporaryDirectory(prefix="queue-bench-")
        path = Path(temporary.name) / "demo.db"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", FILL, str(path), str(options.count), str(options.seed)],
        check=True,
    )
    emit("queue: demo fill (separate process)", time.perf_counter() - started, "s", None)

    from PySide6.QtWidgets import QApplication

    from registrar.services.database import DEMO_KEY
    from registrar.services.review import COLUMNS, QueueFilter
    from registrar.services.staff import list_staff
    from registrar.services.workspace import load_workspace, open_local
    from registrar.ui.review.page import ReviewPage
    from registrar.ui.sections import SectionContext
    from registrar.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_local(path, DEMO_KEY, demo=True)
    if options.cache_mib:
        from sqlalchemy import event

        def cache(connection: object, _record: object) -> None:
            cursor = connection.cursor()  # type: ignore[attr-defined]
            cursor.execute(f"PRAGMA cache_size=-{options.cache_mib * 1024}")
            cursor.close()

        event.listen(db.engine, "connect", cache)
        db.engine.dispose()
    emit("queue: SQLite page cache (0 = default)", options.cache_mib, "MiB", None)
    workspace = load_workspace(db)
    assert workspace is not None
    user = next(row for row in list_staff(workspace) if row.role == "registrar")
    context = SectionContext(workspace, user, TaskRunner(), path, None)

    page: ReviewPage | None = None

    def settle() -> None:
        """Let the background count of the previous step finish (outside the timings)."""
        context.tasks.wait()
        app.processEvents()

    def open_queue() -> None:
        nonlocal page
        page = ReviewPage(context)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        assert page.model.rowCount() > 0

    emit("queue: open, first rows shown", timed(open_queue), "ms", "< 300 ms")
    settle()
    assert page is not None
    emit("queue: rows loaded at open", page.model.rowCount(), "rows", "one page (200)")

    searches = []
    for query in SEARCHES:

        def search(query: str = query) -> None:
            page.filters.search.setText(query)
            page.filters.flush()
            app.processEvents()

        took = timed(search)
        settle()
        searches.append(took)
        emit(
            f"queue: search '{query}' ({page.model.rowCount()} rows shown)", took, "ms", "< 150 ms"
        )
    phone = page.model.row_at(0).key if page.model.rowCount() else "0"
    page.filters.search.setText("")
    page.filters.flush()
    fin = page.model.row_at(5).key
    for label, query in (("FİN", fin), ("number", page.model.row_at(3).number or phone)):

        def search_key(query: str = query) -> None:
            page.filters.search.setText(query)
            page.filters.flush()
            app.processEvents()

        took = timed(search_key)
        settle()
        searches.append(took)
        emit(f"queue: search by {label}", took, "ms", "< 150 ms")
    page.filters.search.setText("")
    page.filters.flush()

    filters = []
    changes: list[tuple[str, Callable[[], None]]] = [
        ("status = SUBMITTED", lambda: page.filters.status.select_value("SUBMITTED")),
        ("status = all", lambda: page.filters.status.select_value(None)),
        ("exemption requested", lambda: page.filters.exemption.select_value(True)),
        ("exemption = all", lambda: page.filters.exemption.select_value(None)),
        ("unassigned", lambda: page.filters.reviewer.select_value("unassigned")),
        ("reviewer = all", lambda: page.filters.reviewer.select_value(None)),
        ("admission line", lambda: page.filters.line.setCurrentIndex(1)),
        ("admission line = all", lambda: page.filters.line.setCurrentIndex(0)),
        ("date range on", lambda: page.filters.use_dates.setChecked(True)),
        ("date range off", lambda: page.filters.use_dates.setChecked(False)),
    ]
    for label, change in changes:

        def apply(change: Callable[[], None] = change) -> None:
            change()
            app.processEvents()

        took = timed(apply)
        settle()
        filters.append(took)
        emit(f"queue: filter {label}", took, "ms", "< 150 ms")

    emit("queue: search, slowest", max(searches), "ms", "< 150 ms")
    emit("queue: search, median", statistics.median(searches), "ms", "< 150 ms")
    emit("queue: filter change, slowest", max(filters), "ms", "< 150 ms")
    emit("queue: filter change, median", statistics.median(filters), "ms", "< 150 ms")

    sorts = []
    for column, name in enumerate(COLUMNS):
        took = timed(lambda column=column: page.model.sort(column))
        sorts.append(took)
        emit(f"queue: sort by {name}", took, "ms", None)
    emit("queue: sort, slowest", max(sorts), "ms", None)
    page.model.set_query(QueueFilter())
    emit("queue: fetchMore (next 200 rows)", timed(page.model.fetchMore), "ms", None)

    context.tasks.wait()
    app.processEvents()
    emit("queue: peak resident memory", peak_rss_mb(), "MB", "< 400 MB")
    page.close()
    page.deleteLater()
    app.processEvents()
    db.dispose()
    if temporary is not None:
        temporary.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

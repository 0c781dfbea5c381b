"""Benchmark the document renderer: a batch of one-page orders, one document, annex batches.

Run: .venv/bin/python -m bench.letters_render [--count N] [--runs R] [--quick]
Targets (issue): 1,000 one-page orders with QR codes into one PDF in under 5 s; one document
to PDF bytes in under 50 ms. The 1,000 inclusion orders with a 30-row annex are reported
separately (no target). Wall time and CPU time are both printed: on a shared machine the CPU
time shows the renderer's own cost. The figures also go out as JSON lines for `python -m bench`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import date

from registrar.services.letters import BatchItem, new_code, render_batch, render_document
from registrar.services.letters.samples import (
    SAMPLE_NUMBERS,
    credit_rows,
    sample_data,
    sample_letterhead,
)

NAMES = (
    "Məmmədova Aynur Rəşid qızı",
    "Əliyev İlkin Şəmsi oğlu",
    "Hüseynova Gülşən Çingiz qızı",
    "Qasımov Ülvi Ağasəlim oğlu",
    "Şirinova Ləman Ömər qızı",
)


def _items(kind: str, count: int, **overrides: object) -> list[BatchItem]:
    base = sample_data(kind)
    items = []
    for index in range(count):
        data = dict(base)
        data["student"] = {**base["student"], "full_name": NAMES[index % len(NAMES)]}
        data.update(overrides)
        items.append(
            BatchItem(data, f"NDU/2026/ƏMR/A-{index + 1:04d}", date(2026, 11, 22), new_code())
        )
    return items


def _figure(name: str, value: float, unit: str, target: str = "") -> None:
    print(
        json.dumps(
            {"figure": name, "value": round(value, 4), "unit": unit, "target": target},
            ensure_ascii=False,
        )
    )


def _timed(label: str, runs: int, work: Callable[[], bytes]) -> tuple[float, float]:
    times: list[float] = []
    cpu: list[float] = []
    pdf = b""
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(
        f"{label}: wall best {min(times):.3f} s (median {statistics.median(times):.3f} s), "
        f"CPU best {min(cpu):.3f} s, over {runs} run(s); {len(pdf) / 1e6:.1f} MB"
    )
    return min(times), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="20 documents, one run")
    args = parser.parse_args()
    count, runs = (20, 1) if args.quick else (args.count, args.runs)

    kind = "expulsion_order"
    letterhead = sample_letterhead(kind)

    def one() -> bytes:
        return render_document(
            kind,
            sample_data(kind),
            letterhead=letterhead,
            number=SAMPLE_NUMBERS[kind],
            issued_on=date(2026, 11, 22),
            verification_code=new_code(),
            demo=True,
        )

    one()  # warm-up: fonts, template, styles

    items = _items(kind, count)
    wall, cpu = _timed(
        f"{count} one-page orders with QR, one PDF",
        runs,
        lambda: render_batch(kind, items, letterhead=letterhead, demo=True),
    )
    per_page = wall / count * 1000
    verdict = ("met" if per_page < 5 else "NOT met") if count >= 1000 else "not judged (small run)"
    print(f"  -> {per_page:.2f} ms a page; target < 5 s for 1,000: {verdict}")
    _figure(
        f"{count} one-page orders with QR, one PDF (wall)",
        wall,
        "s",
        "< 5 s for 1,000" if count == 1000 else "",
    )
    _figure(f"{count} one-page orders with QR, one PDF (CPU)", cpu, "s")

    singles = []
    for _ in range(10 if args.quick else 50):
        start = time.perf_counter()
        one()
        singles.append(time.perf_counter() - start)
    median = statistics.median(singles) * 1000
    print(
        f"one document to PDF bytes: median {median:.1f} ms, max {max(singles) * 1000:.1f} ms "
        f"over {len(singles)}; target < 50 ms: {'met' if median < 50 else 'NOT met'}"
    )
    _figure("one document to PDF bytes (median)", median, "ms", "< 50 ms")

    annex_kind = "inclusion_order"
    annex_items = _items(annex_kind, count, credits=credit_rows(30))
    wall, cpu = _timed(
        f"{count} inclusion orders with a 30-row annex, one PDF",
        1,
        lambda: render_batch(
            annex_kind, annex_items, letterhead=sample_letterhead(annex_kind), demo=True
        ),
    )
    _figure(f"{count} inclusion orders with a 30-row annex (wall)", wall, "s")
    _figure(f"{count} inclusion orders with a 30-row annex (CPU)", cpu, "s")

    _database_figures(10 if args.quick else 50)


def _database_figures(runs: int) -> None:
    """One document from the database: gather, number, code, render, register, commit."""
    import tempfile
    import uuid
    from pathlib import Path

    from registrar.models import Base, Institution, Person, Specialty, Student
    from registrar.services import letterhead
    from registrar.services.context import Actor, Workspace
    from registrar.services.database import plain_engine, session_factory
    from registrar.services.documents import DocumentService

    with tempfile.TemporaryDirectory() as directory:
        engine = plain_engine(f"sqlite:///{Path(directory) / 'bench.db'}")
        Base.metadata.create_all(engine)
        institution_id, student_id = uuid.uuid4(), uuid.uuid4()
        with session_factory(engine).begin() as session:
            session.info.update(origin="bench", institution_id=institution_id)
            session.add(
                Institution(
                    id=institution_id,
                    institution_id=institution_id,
                    code="NDU",
                    name_az="Nümunə Dövlət Universiteti",
                    city="Bakı",
                    ownership="state",
                    founder_body="mse",
                    source="bench",
                )
            )
            specialty = Specialty(
                id=uuid.uuid4(),
                code="050509",
                name_az="Kompüter elmləri",
                level="bachelor",
                dim_group=1,
                source="bench",
            )
            person = Person(
                id=uuid.uuid4(),
                national_key_type="fin",
                national_key="5ZX8K01",
                citizenship_type="az_citizen",
                first_name="Aynur",
                last_name="Məmmədova",
                patronymic="Rəşid qızı",
            )
            session.add_all([specialty, person])
            session.flush()
            session.add(
                Student(
                    id=student_id,
                    person_id=person.id,
                    student_number="B24-0001",
                    level="bachelor",
                    specialty_id=specialty.id,
                    admitted_specialty_id=specialty.id,
                    study_form="full_time",
                    funding="state_order",
                    admission_year=2024,
                )
            )
            letterhead.put(session, "signatory_name", "Abdullayev Kamran Vaqif oğlu")
            letterhead.put(session, "signatory_title", "Tədris işləri üzrə prorektor")
        workspace = Workspace(engine, "bench", institution_id, "A", "NDU", demo=True)
        service = DocumentService(workspace, Actor(None, "bench", "registrar"))
        extra = {
            "admission.order_number": "NDU/2024/ƏMR/A-0207",
            "admission.order_date": date(2024, 9, 10),
        }
        service.issue("study_certificate", student_id, extra=extra)  # warm-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            service.issue("study_certificate", student_id, extra=extra)
            times.append(time.perf_counter() - start)
        engine.dispose()
    median = statistics.median(times) * 1000
    print(
        f"one document from the database to PDF bytes (issued and committed): median "
        f"{median:.1f} ms, max {max(times) * 1000:.1f} ms over {runs}; target < 50 ms: "
        f"{'met' if median < 50 else 'NOT met'}"
    )
    _figure("one document from the database to PDF bytes (median)", median, "ms", "< 50 ms")


if __name__ == "__main__":
    main()

"""Two processes confirming applications on one database file get consecutive numbers."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from registrar.services.admission_import import COLUMNS, AdmissionListImporter
from tests.services.intake_fixtures import DESK, EXAMPLES, ROOT, fresh_workspace, reference

PER_PROCESS = 8

WORKER = """
import json, os, sys
from pathlib import Path
from registrar.services.context import Actor
from registrar.services.intake import IntakeService
from registrar.services.reference import ReferenceData
from registrar.services.workspace import load_workspace, open_local

path, first, count, examples = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
db = open_local(path, os.environ["REGISTRAR_DB_KEY"])
workspace = load_workspace(db)
intake = IntakeService(workspace, ReferenceData.load(), Actor(None, f"worker{first}", "desk"))
base = json.loads(Path(examples, "intake-fin.json").read_text(encoding="utf-8"))
numbers = []
for i in range(first, first + count):
    record = {
        **base,
        "reg.fin": f"N{i:06d}",
        "mob.number": f"+99450{i:07d}",
        "em.email": f"applicant{i}@example.com",
        "em.email_repeat": f"applicant{i}@example.com",
        "pd.email": f"applicant{i}@example.com",
        "pd.email_repeat": f"applicant{i}@example.com",
    }
    numbers.append(intake.intake_record(record, Path(examples), "Op").number)
db.dispose()
sys.stdout.write(json.dumps(numbers))
"""


@pytest.mark.slow
def test_two_processes_numbering_at_once_get_consecutive_numbers_without_duplicates(
    tmp_path: Path,
) -> None:
    db, workspace, key = fresh_workspace(tmp_path)
    rows = [",".join(COLUMNS)] + [
        f"fin,N{i:06d},Əliyev,Orxan,Vüqar oğlu,2000-01-0{1 + i % 9},BDU,L101,,full_time,az,"
        f"state_funded,55,2026,fin_citizen,Bakı"
        for i in range(2 * PER_PROCESS)
    ]
    result = AdmissionListImporter(workspace, reference(), DESK).run(
        "\n".join(rows).encode(), "list.csv"
    )
    assert result.imported == 2 * PER_PROCESS
    db.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REGISTRAR_DB_KEY": key}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(tmp_path / "intake.db"),
                str(first),
                str(PER_PROCESS),
                str(EXAMPLES),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for first in (0, PER_PROCESS)
    ]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    per_worker = [json.loads(out) for out, _err in outputs]
    values = sorted(int(number.rsplit("-", 1)[1]) for numbers in per_worker for number in numbers)
    assert values == list(range(1, 2 * PER_PROCESS + 1))
    prefixes = {number.rsplit("-", 1)[0] for numbers in per_worker for number in numbers}
    assert len(prefixes) == 1 and re.fullmatch(r"BDU/\d{4}/[0-9A-Z]{4}", prefixes.pop())
    for numbers in per_worker:  # each process's own numbers rise
        assert numbers == sorted(numbers)

"""A tiny-size run of every benchmark, so `python -m bench` keeps working (figures not judged)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_every_benchmark_runs_at_a_tiny_size() -> None:
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("the sync benchmark needs TEST_DATABASE_URL")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["figure", "value"]
    assert not any("FAILED" in line or "not present" in line for line in lines), result.stdout

"""Test environment, loaded with `-p tests.plugin_env` before anything else.

Qt runs offscreen, nothing lands in the real home directory, hypothesis has a bounded,
derandomised profile for CI, and with CI set a skipped integration test fails the run.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
_HOME = tempfile.mkdtemp(prefix="registrar-tests-")
for _name in (
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
):
    _path = os.path.join(_HOME, _name.lower())
    os.makedirs(_path, mode=0o700, exist_ok=True)
    os.environ[_name] = _path
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_memory.MemoryKeyring"
os.environ.pop("REGISTRAR_DB", None)
os.environ.pop("REGISTRAR_DB_KEY", None)

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    max_examples=50,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    from tests.keyring_memory import MemoryKeyring

    MemoryKeyring.store.clear()
    yield
    MemoryKeyring.store.clear()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Under CI, an integration test that was skipped is a failure (the server must be there)."""
    if os.environ.get("CI") and report.skipped and "integration" in report.keywords:
        report.outcome = "failed"
        report.longrepr = (
            f"{report.nodeid}: integration test skipped under CI "
            "(TEST_DATABASE_URL missing or the server unreachable)"
        )

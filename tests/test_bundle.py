"""The PyInstaller bundle builds with scripts/build_bundle.sh and the built program starts.

Building takes a couple of minutes, so it runs only under CI (CI set) or with
RUN_BUNDLE_TEST=1; under CI it never skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WANTED = bool(os.environ.get("CI")) or os.environ.get("RUN_BUNDLE_TEST") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not WANTED, reason="set RUN_BUNDLE_TEST=1 (CI always runs it)"),
    pytest.mark.skipif(sys.platform != "linux", reason="the test drives the Linux build script"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/RegistrarDesk built from this checkout into a temporary directory."""
    out = tmp_path_factory.mktemp("bundle")
    environment = dict(os.environ, BUNDLE_WORK_DIR=str(out / "work"))
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh"), str(out / "dist")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    folder = out / "dist" / "RegistrarDesk"
    shutil.rmtree(out / "work", ignore_errors=True)
    return folder


def _start(bundle: Path, home: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("REGISTRAR_", "XDG_", "PYTHON", "QT_"))
    }
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        directory = home / name.lower()
        directory.mkdir(parents=True, mode=0o700, exist_ok=True)
        environment[name] = str(directory)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        REGISTRAR_BENCH_EXIT_ON_SHOWN="1",  # quit as soon as the main window has been shown
        REGISTRAR_DEMO_COUNT="20",
        LC_ALL="C.UTF-8",
    )
    result = subprocess.run(
        [str(bundle / "registrar"), "--demo"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result, home / "xdg_data_home" / "RegistrarDesk" / "registrar-demo.db"


def test_the_built_program_migrates_a_new_database_and_shows_the_main_window(
    bundle: Path, tmp_path: Path
) -> None:
    result, database = _start(bundle, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-4000:]
    assert '"event": "main_window_shown"' in result.stderr
    assert database.is_file() and database.stat().st_size > 0


def test_the_bundle_carries_the_compiled_translations_and_every_resource(bundle: Path) -> None:
    internal = bundle / "_internal"
    for language in ("en", "ru"):
        assert (internal / "resources" / "i18n" / f"registrar_{language}.qm").is_file()
    for relative in (
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/icons/registrar.svg",
        "resources/reference/regulations.toml",
        "resources/templates/admission_order.txt",
        "registrar/migrations/versions/0001_initial_schema.py",
    ):
        assert (internal / relative).is_file(), relative

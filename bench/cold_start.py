"""Cold start: seconds from launching `python -m registrar --demo` to its main window shown.

The application, started with REGISTRAR_BENCH_EXIT_ON_SHOWN=1, signs in to the demo database
with the documented demo account (the real argon2id check), prints one JSON line on stderr
when the main window's first show event has run, and quits. This script measures the wall
time from just before it launches the process to that line, several times, and also times a
bare PySide6 window the same way, for scale.

    python bench/cold_start.py --count 100000 --runs 5

The demo database lives under --data-dir (XDG_DATA_HOME of the child); if it does not exist
yet, the first launch fills it with --count records (that launch is reported apart).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 720)
class Shown(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show:
            sys.stderr.write('{"event": "main_window_shown"}\\n')
            sys.stderr.flush()
            QTimer.singleShot(0, app.quit)
        return False
shown = Shown()
window.installEventFilter(shown)
window.show()
app.exec()
"""


def _environment(data_dir: Path, count: int) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REGISTRAR_DB", None)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(data_dir / name.lower())
    env["REGISTRAR_BENCH_EXIT_ON_SHOWN"] = "1"
    env["REGISTRAR_DEMO_COUNT"] = str(count)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _launch(command: list[str], env: dict[str, str], timeout: float) -> dict[str, object]:
    """Run once; return the wall time to the 'main_window_shown' line and the app's figures."""
    env = dict(env)
    started = time.time()
    env["REGISTRAR_BENCH_T0"] = repr(started)
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    figures: dict[str, object] = {}
    other: list[str] = []
    for line in process.stderr:
        if line.startswith("{"):
            event = json.loads(line)
            if event.get("event") == "main_window_shown":
                figures = {"wall_seconds": round(time.time() - started, 4), **event}
                break
            if event.get("event") == "error":
                other.append(str(event.get("message")))
        else:
            other.append(line.rstrip())
    try:
        process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
    if not figures:
        raise SystemExit(f"the window was never shown (exit {process.returncode}): {other[-5:]}")
    figures["exit_code"] = process.returncode
    return figures


def _summary(label: str, runs: list[dict[str, object]]) -> dict[str, object]:
    walls = [float(str(run["wall_seconds"])) for run in runs]
    return {
        "what": label,
        "runs": len(walls),
        "median_s": round(statistics.median(walls), 3),
        "min_s": round(min(walls), 3),
        "max_s": round(max(walls), 3),
        "each_s": [round(w, 3) for w in walls],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=100_000, help="demo records to fill")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="XDG directories of the measured process, where the demo database is kept "
        "(default: registrar-bench-COUNT in the temporary directory)",
    )
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare window")
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"registrar-bench-{args.count}"
    env = _environment(data_dir, args.count)
    command = [args.python, "-m", "registrar", "--demo"]
    demo_db = data_dir / "xdg_data_home" / "RegistrarDesk" / "registrar-demo.db"
    report: dict[str, object] = {"database": str(demo_db), "demo_count": args.count}
    if not demo_db.exists():
        started = time.time()
        first = _launch(command, env, timeout=3600)
        report["fill_launch_s"] = round(time.time() - started, 1)
        report["fill_launch"] = first
    runs = [_launch(command, env, timeout=120) for _ in range(args.runs)]
    report["registrar"] = _summary("python -m registrar --demo to main window shown", runs)
    report["database_bytes"] = demo_db.stat().st_size if demo_db.exists() else None
    if not args.no_baseline:
        bare = [
            _launch([args.python, "-c", BARE_WINDOW], env, timeout=60) for _ in range(args.runs)
        ]
        report["bare_window"] = _summary("bare PySide6 QMainWindow shown", bare)
    report["platform"] = env.get("QT_QPA_PLATFORM") or "default (display)"
    print(json.dumps(report, ensure_ascii=False, indent=2))
    # One line per figure for `python -m bench`.
    registrar = report["registrar"]
    assert isinstance(registrar, dict)
    print(
        json.dumps(
            {
                "figure": f"cold start to main window, demo db of {args.count} (median)",
                "value": registrar["median_s"],
                "unit": "s",
                "target": "< 1.0 s",
            }
        )
    )
    bare_window = report.get("bare_window")
    if isinstance(bare_window, dict):
        print(
            json.dumps(
                {
                    "figure": "bare PySide6 window shown (median, for scale)",
                    "value": bare_window["median_s"],
                    "unit": "s",
                    "target": "about 0.5 s",
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time `registrar demo --count N` into a fresh demo database file; print time and size.

    python -m bench.demo_bench                 # the issue's figure: 100,000 applications
    python -m bench.demo_bench --count 200     # a smoke run

Target: 100,000 applications in under 2 minutes on a 2-core machine. The command runs as a
child process (as a user would run it); the CPU time includes its helper process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 120.0


def figure(name: str, value: float, unit: str, target: str = "") -> None:
    print(json.dumps({"figure": name, "value": value, "unit": unit, "target": target}))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.demo_bench")
    parser.add_argument("--count", type=int, default=100_000, help="applications to fill")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="keep the database in DIR")
    options = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="registrar-demo-bench-") as scratch:
        directory = Path(options.keep) if options.keep else Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        database = directory / "demo-bench.db"
        for stale in directory.glob(database.name + "*"):
            stale.unlink()
        env = dict(os.environ)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(Path(scratch) / name.lower())
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
        command = [sys.executable, "-m", "registrar", "demo", "--db", str(database)]
        command += ["--count", str(options.count), "--seed", str(options.seed)]
        load = os.getloadavg()[0]  # other work on the machine slows the fill down
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=root)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            return result.returncode
        summary = json.loads(result.stdout)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        size = sum(p.stat().st_size for p in directory.glob(database.name + "*"))
        print(
            f"registrar demo --count {options.count}: {seconds:.1f} s wall, {cpu:.1f} s CPU, "
            f"{summary['rows_added']:,} rows, database {database.stat().st_size / 1e6:.0f} MB "
            f"({size / 1e6:.0f} MB with its WAL), load average before {load:.1f}"
        )
        target = f"< {TARGET_S:.0f} s" if options.count == 100_000 else ""
        figure(f"demo fill of {options.count} applications", round(seconds, 1), "s", target)
        figure("demo fill CPU time (both processes)", round(cpu, 1), "s")
        figure("demo database size", round(database.stat().st_size / 1e6, 1), "MB")
        figure("demo rows added", float(summary["rows_added"]), "rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Set up (virtualenv + dependencies) and run every check: format, lint, types, layers, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test,bundle]'
export QT_QPA_PLATFORM=offscreen
echo "== ruff format --check"; .venv/bin/ruff format --check registrar tests bench scripts
echo "== ruff check";          .venv/bin/ruff check registrar tests bench scripts
echo "== mypy (strict)";       .venv/bin/mypy
echo "== lint-imports";        .venv/bin/lint-imports
echo "== pytest"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"

#!/usr/bin/env bash
# Build the one-folder bundle: dist/RegistrarDesk/registrar (Linux). Usage:
#   bash scripts/build_bundle.sh [DIST_DIR]      (default: dist/)
# Installs PyInstaller into .venv when it is missing; translations are compiled by build.spec
# with pyside6-lrelease. Needs objdump (Debian package binutils).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$(realpath -m "${1:-$ROOT/dist}")"
WORK="$(realpath -m "${BUNDLE_WORK_DIR:-$ROOT/build/pyinstaller}")"

if ! command -v objdump >/dev/null 2>&1; then
    echo "objdump not found: install binutils (apt-get install binutils)" >&2
    exit 2
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi
"$PY" -c "import sys; from pathlib import Path; p = Path(sys.executable).with_name('pyside6-lrelease'); sys.exit(0 if p.exists() else 'pyside6-lrelease missing next to ' + sys.executable)"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/build.spec"
end=$(date +%s)

BUNDLE="$DIST/RegistrarDesk"
echo "bundle: $BUNDLE"
echo "executable: $BUNDLE/registrar"
echo "build seconds: $((end - start))"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)"

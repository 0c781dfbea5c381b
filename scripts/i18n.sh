#!/usr/bin/env bash
# Re-extract the UI strings into resources/i18n/registrar_{en,ru}.ts with pyside6-lupdate, fill
# the translations from scripts/i18n_translations_{en,ru}.json and report what is untranslated.
# Safe to re-run. To top up: `python scripts/i18n.py todo en`, then add
# "source<TAB>English<TAB>Russian" lines to a file and `python scripts/i18n.py merge FILE`.
# Exit status 1 while any string is untranslated.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "${PYTHON:-$ROOT/.venv/bin/python}" "$ROOT/scripts/i18n.py" update

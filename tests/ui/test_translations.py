"""English and Russian translate every UI string, and the .ts files match the code."""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QTranslator

from registrar.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "ru")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d|%n")


def _tooling() -> ModuleType:
    """scripts/i18n.py (not a package): extraction and .ts reading."""
    spec = importlib.util.spec_from_file_location("registrar_i18n_tool", ROOT / "scripts/i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tooling()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_has_a_finished_translation(language: str) -> None:
    messages = TOOL.read_ts(TOOL.ts_path(language))
    untranslated = [f"[{m.context}] {m.source}" for m in messages if not m.finished]
    assert messages
    assert not untranslated, (
        f"{len(untranslated)} strings untranslated in {language} (run scripts/i18n.sh):\n"
        + "\n".join(untranslated)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_file_lists_exactly_the_strings_in_the_code(
    language: str, tmp_path: Path
) -> None:
    fresh = tmp_path / f"registrar_{language}.ts"
    TOOL.extract(fresh, language)
    in_code = {(m.context, m.source) for m in TOOL.read_ts(fresh)}
    in_file = {(m.context, m.source) for m in TOOL.read_ts(TOOL.ts_path(language))}
    missing, stale = sorted(in_code - in_file), sorted(in_file - in_code)
    assert not missing and not stale, (
        f"resources/i18n/registrar_{language}.ts is out of date (run scripts/i18n.sh): "
        f"missing {missing}, no longer in the code {stale}"
    )


def test_strings_passed_through_a_module_level_wrapper_are_extracted(tmp_path: Path) -> None:
    module = tmp_path / "screen.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'CONTEXT = "Screen"\n'
        "def _tr(text: str) -> str:\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        'LABEL = _tr("Yadda saxla")\n',
        encoding="utf-8",
    )
    assert TOOL.wrapped_messages([module]) == [("Screen", "Yadda saxla")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_of_the_source(language: str) -> None:
    broken = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in TOOL.read_ts(TOOL.ts_path(language))
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))
    ]
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize(("language", "expected"), [("en", "< BACK"), ("ru", "< НАЗАД")])
def test_a_compiled_translation_turns_the_azerbaijani_interface_into_the_language(
    qapp: object, language: str, expected: str
) -> None:
    directory = i18n.translation_directory(language)
    assert directory is not None
    translator = QTranslator()
    assert translator.load(f"registrar_{language}", str(directory))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("IntakeWizard", "< GERİ") == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_translations_are_compiled_into_the_user_cache_when_no_qm_is_shipped() -> None:
    directory = i18n.translation_directory("ru")
    assert directory is not None
    assert (directory / "registrar_ru.qm").is_file()
    assert not (ROOT / "resources" / "i18n" / "registrar_ru.qm").exists()
    assert directory.is_relative_to(user_cache_path("RegistrarDesk", appauthor=False))


def test_without_lrelease_the_interface_stays_azerbaijani_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(i18n, "lrelease_path", lambda: None)
    with caplog.at_level(logging.WARNING, logger="registrar.ui.i18n"):
        assert i18n.translation_directory("en") is None
    assert "lrelease" in caplog.text


def test_azerbaijani_needs_no_translation_file() -> None:
    assert i18n.translation_directory("az") is None

"""The UI language: finds (or compiles) registrar_<lang>.qm and installs it as a QTranslator.

Azerbaijani is the source language, so "az" needs no file. The bundle ships .qm files compiled
at build time next to the .ts files; a checkout has only the .ts files (the .qm files are
never committed), so they are compiled with pyside6-lrelease into the user cache directory on
first use. Without lrelease the program stays in Azerbaijani and logs a warning. Printed
official documents never go through Qt translation: they stay in Azerbaijani.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from registrar.paths import APP_NAME, resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "az"
LANGUAGES = ("az", "en", "ru")


def lrelease_path() -> Path | None:
    """pyside6-lrelease beside this Python (a virtualenv), else on PATH, else PySide6's own."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).with_name(f"pyside6-lrelease{suffix}")
    if beside.is_file():
        return beside
    found = shutil.which("pyside6-lrelease")
    if found:
        return Path(found)
    try:
        import PySide6
    except ImportError:  # pragma: no cover (PySide6 is imported above)
        return None
    bundled = Path(PySide6.__file__).with_name(f"lrelease{suffix}")
    return bundled if bundled.is_file() else None


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return Path(user_cache_path(APP_NAME, appauthor=False)) / "i18n"


def translation_directory(language: str, configured: Path | None = None) -> Path | None:
    """The directory holding an up-to-date registrar_<language>.qm, or None (stay Azerbaijani).

    `configured` (StartOptions.translations) wins; then a prebuilt .qm beside the .ts (the
    bundle); then a .qm compiled from the .ts into the cache, keyed by the .ts content so an
    edited .ts is compiled again.
    """
    name = f"registrar_{language}.qm"
    if language == SOURCE_LANGUAGE:
        return None
    if configured is not None:
        return configured if (configured / name).is_file() else None
    source_dir = resource("i18n")
    if (source_dir / name).is_file():
        return source_dir
    ts = source_dir / f"registrar_{language}.ts"
    if not ts.is_file():
        log.warning(
            "no translation file for language %r; the interface stays Azerbaijani", language
        )
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / digest
    if (target / name).is_file():
        return target
    lrelease = lrelease_path()
    if lrelease is None:
        log.warning("pyside6-lrelease not found: the interface stays Azerbaijani")
        return None
    target.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(target / name)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("pyside6-lrelease failed on %s: the interface stays Azerbaijani", ts.name)
        return None
    return target if (target / name).is_file() else None


def install(
    language: str, parent: QObject | None = None, configured: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and Registrar Desk's translators for `language`; returns them.

    Keep the returned translators alive (they are parented to `parent`). "az" installs none.
    """
    app = QCoreApplication.instance()
    if app is None or language == SOURCE_LANGUAGE:
        return []
    from PySide6.QtCore import QLibraryInfo

    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(parent)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    directory = translation_directory(language, configured)
    translator = QTranslator(parent)
    if directory is not None and translator.load(f"registrar_{language}", str(directory)):
        app.installTranslator(translator)
        installed.append(translator)
    else:
        log.warning("no usable translation for %r; the interface stays Azerbaijani", language)
    QLocale.setDefault(QLocale(language))
    return installed

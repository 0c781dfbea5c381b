"""Extract UI strings into resources/i18n/*.ts with pyside6-lupdate and fill their translations.

    python scripts/i18n.py update    # lupdate + fill from scripts/i18n_translations_<lang>.json
    python scripts/i18n.py report    # counts per language; exit 1 if anything is untranslated
    python scripts/i18n.py todo en   # a JSON object of the untranslated source strings, to fill
    python scripts/i18n.py merge new.tsv  # add "source<TAB>English<TAB>Russian" lines to the JSON

Azerbaijani is the source language. lupdate only understands `self.tr(...)`,
`QCoreApplication.translate("Context", ...)` and `QT_TRANSLATE_NOOP`; the UI modules also call
small module-level wrappers such as `def _tr(text): return QCoreApplication.translate(CONTEXT,
text)`. Those call sites are found here with `ast` and handed to lupdate as an extra generated
file of plain `QCoreApplication.translate(...)` calls, so every string lands in the context the
program looks it up in. A bare `tr("...")` call is given the empty context by lupdate (it is
never a QObject's tr), so messages in the empty context are dropped.

The JSON files are keyed by the Azerbaijani source text ("Context|source" overrides a key for
one context); they are the source of truth for the translations, so re-running `update` after
new screens land keeps everything translated and lists what is still missing.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = (ROOT / "registrar" / "ui", ROOT / "registrar" / "app.py")
LANGUAGES = ("en", "ru")
SOURCE_LANGUAGE = "az"
TRANSLATE = ("QCoreApplication", "translate")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def ts_path(language: str) -> Path:
    return I18N / f"registrar_{language}.ts"


def json_path(language: str) -> Path:
    return ROOT / "scripts" / f"i18n_translations_{language}.json"


def tool(name: str) -> Path:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) installed beside this Python."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
    if not candidate.exists():
        raise SystemExit(f"{candidate} is missing: install PySide6 into this environment")
    return candidate


# --- wrapper call sites -------------------------------------------------------------------


def _python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        elif path.suffix == ".py":
            yield path


def _module_name(path: Path) -> str:
    resolved = path.resolve()
    inside = resolved.is_relative_to(ROOT)
    parts = list((resolved.relative_to(ROOT) if inside else Path(path.name)).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == TRANSLATE[1]
        and isinstance(node.value, ast.Name)
        and node.value.id == TRANSLATE[0]
    )


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions `f(text)` that return QCoreApplication.translate(CTX, text)."""
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [
            s
            for s in node.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) == 2):
            continue
        context, text = call.args
        if not (isinstance(text, ast.Name) and text.id == node.args.args[0].arg):
            continue
        if isinstance(context, ast.Constant) and isinstance(context.value, str):
            found[node.name] = context.value
        elif isinstance(context, ast.Name) and context.id in constants:
            found[node.name] = constants[context.id]
    return found


def wrapped_messages(paths: Iterable[Path] = SOURCES) -> list[tuple[str, str]]:
    """(context, source) for every literal passed to a translate wrapper, in file order."""
    trees = {
        _module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in _python_files(paths)
    }
    wrappers = {name: _wrappers(tree) for name, tree in trees.items()}
    found: list[tuple[str, str]] = []
    for module, tree in trees.items():
        local = dict(wrappers[module])  # name -> context
        modules: dict[str, str] = {}  # local name -> module name
        package = module if module.endswith("__init__") else module.rsplit(".", 1)[0]
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(
                        [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                    ).strip(".")
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if alias.name in wrappers.get(base, {}):
                        local[bound] = wrappers[base][alias.name]
                    elif f"{base}.{alias.name}" in wrappers:
                        modules[bound] = f"{base}.{alias.name}"
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and call.args):
                continue
            first = call.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            context = None
            if isinstance(call.func, ast.Name):
                context = local.get(call.func.id)
            elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
                owner = modules.get(call.func.value.id)
                context = wrappers[owner].get(call.func.attr) if owner else None
            if context is not None:
                found.append((context, first.value))
    return found


def _generated_source(messages: Iterable[tuple[str, str]]) -> str:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [
        f"QCoreApplication.translate({json.dumps(c, ensure_ascii=False)}, "
        f"{json.dumps(s, ensure_ascii=False)})"
        for c, s in dict.fromkeys(messages)
    ]
    return "\n".join(lines) + "\n"


# --- .ts files ----------------------------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            if translation is not None and message.get("numerus") == "yes":
                text = next((f.text for f in translation.iter("numerusform") if f.text), "")
            if kind in ("vanished", "obsolete"):
                continue
            messages.append(
                Message(name, message.findtext("source") or "", text, kind == "" and bool(text))
            )
    return messages


def _write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def extract(target: Path, language: str, paths: Iterable[Path] = SOURCES) -> None:
    """Run lupdate over the UI sources (and the wrapper calls) into `target`, keeping old text."""
    paths = list(paths)
    with tempfile.TemporaryDirectory(prefix="registrar-i18n-") as scratch:
        generated = Path(scratch) / "wrapped_strings.py"
        generated.write_text(_generated_source(wrapped_messages(paths)), encoding="utf-8")
        subprocess.run(
            [
                str(tool("lupdate")),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                *(str(p) for p in paths),
                str(generated),
                "-ts",
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    root = ET.parse(target).getroot()
    for context in list(root.iter("context")):
        if not (context.findtext("name") or ""):  # bare tr() wrappers: see the module docstring
            root.remove(context)
    _write_ts(root, target)


def fill(path: Path, translations: dict[str, str]) -> None:
    """Give every unfinished message its translation from `translations`, where one exists."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(f"{name}|{source}", translations.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if not text:
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                # Plural messages carry one <numerusform> per plural form of the language;
                # the labels here ("Drafts: %n") read the same in every form.
                if translation.get("type") or not any((f.text or "") for f in forms):
                    translation.text = None
                    for form in forms:
                        translation.remove(form)
                    for _ in range(max(1, len(forms))):
                        ET.SubElement(translation, "numerusform").text = text
                    translation.attrib.pop("type", None)
            elif translation.get("type") or not translation.text:
                translation.text = text
                translation.attrib.pop("type", None)
    _write_ts(root, path)


def load_translations(language: str) -> dict[str, str]:
    path = json_path(language)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {str(k): str(v) for k, v in data.items() if v}


def update() -> None:
    for language in LANGUAGES:
        target = ts_path(language)
        extract(target, language)
        fill(target, load_translations(language))


def report() -> int:
    missing = 0
    for language in LANGUAGES:
        messages = read_ts(ts_path(language))
        todo = [m for m in messages if not m.finished]
        missing += len(todo)
        sys.stdout.write(f"{language}: {len(messages)} strings, {len(todo)} untranslated\n")
        for message in todo:
            sys.stdout.write(f"    [{message.context}] {message.source}\n")
    return 1 if missing else 0


def todo(language: str) -> None:
    missing = {m.source: "" for m in read_ts(ts_path(language)) if not m.finished}
    sys.stdout.write(json.dumps(missing, ensure_ascii=False, indent=2) + "\n")


def merge(table: Path) -> None:
    """Add the rows of a tab-separated file (source, English, Russian; \\n for a line break)."""
    rows = [
        [cell.replace("\\n", "\n") for cell in line.split("\t")]
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for row in rows:
        if len(row) != 1 + len(LANGUAGES):
            raise SystemExit(f"expected {1 + len(LANGUAGES)} tab-separated cells: {row!r}")
    for column, language in enumerate(LANGUAGES, start=1):
        translations = load_translations(language)
        translations.update({row[0]: row[column] for row in rows})
        json_path(language).write_text(
            json.dumps(translations, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "report"
    if command == "update":
        update()
        return report()
    if command == "report":
        return report()
    if command == "merge" and len(argv) == 2:
        merge(Path(argv[1]))
        return 0
    if command == "todo" and len(argv) == 2 and argv[1] in LANGUAGES:
        todo(argv[1])
        return 0
    sys.stdout.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

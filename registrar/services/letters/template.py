"""Template files: parsing and validation against a kind, with line-numbered errors.

The syntax (documented in docs/documents.md) is plain UTF-8 text: a header of `key: value`
lines, then sections `[to]`, `[body]`, `[signatures]`, `[annex]`, `[choice NAME]` and
`[table NAME]`. Text holds placeholders `{{ dotted.name }}` or `{{ name | filter }}`. Block
directives stand alone on their line: `{{#if name}}`, `{{#if not name}}`, `{{/if}}` and
`{{#table name}}`. Line starts mark blocks: `- ` a numbered item, `## ` a centred heading,
`| a | b` a row of a label/value table. A line starting with `#` (but not `##`) is a comment.
Every problem raises BadInput with the line and, where there is one, the placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from registrar.services.errors import BadInput
from registrar.services.letters.fonts import unprintable
from registrar.services.letters.spec import FILTERS, PRINTABLE, FieldSpec, FieldType, KindSpec

HEADER_KEYS = ("kind", "layout", "title", "subtitle")
LAYOUTS = ("standard", "letter")
CONTENT_SECTIONS = ("to", "body", "signatures", "annex")
ROW_NUMBER_COLUMN = "no"
TOTAL_KEY = "total"

STANDARD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("document.number", note="the register number (render argument)"),
    FieldSpec("document.date", FieldType.DATE, note="the date of issue (render argument)"),
    FieldSpec("institution.name", note="letterhead"),
    FieldSpec("institution.address", required=False, note="letterhead"),
    FieldSpec("institution.city", required=False, note="letterhead"),
    FieldSpec("signatory.name", note="letterhead"),
    FieldSpec("signatory.title", note="letterhead"),
)
_STANDARD = {f.name: f for f in STANDARD_FIELDS}

_NAME = r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*"
_PLACEHOLDER = re.compile(rf"^\s*({_NAME})\s*(?:\|\s*([a-z_]+)\s*)?$")
_IF = re.compile(rf"^\{{\{{#if\s+(not\s+)?({_NAME})\s*\}}\}}$")
_ENDIF = re.compile(r"^\{\{/if\s*\}\}$")
_TABLE = re.compile(rf"^\{{\{{#table\s+({_NAME})\s*\}}\}}$")
_SECTION = re.compile(r"^\[([a-z]+)(?:\s+([^\]\s]+))?\]$")
_HEADER = re.compile(r"^([a-z_]+)\s*:\s*(.*)$")
_ASSIGN = re.compile(r"^([a-z0-9_]+)\s*=\s*(.*)$")


@dataclass(frozen=True)
class Placeholder:
    name: str
    filter: str | None
    line: int


Segment = str | Placeholder
Inline = tuple[Segment, ...]
LineKind = Literal["text", "item", "heading", "row", "blank", "table"]


@dataclass(frozen=True)
class Line:
    """One template line after its block marker was read."""

    line: int
    kind: LineKind
    cells: tuple[Inline, ...] = ()  # one cell, or two or more for a row
    table: str | None = None


@dataclass(frozen=True)
class IfBlock:
    line: int
    name: str
    negate: bool
    children: tuple[Node, ...]


Node = Line | IfBlock


@dataclass(frozen=True)
class TableLayout:
    name: str
    line: int
    columns: tuple[tuple[str, str], ...]  # (column key, Azerbaijani header)
    total_label: str | None


@dataclass(frozen=True)
class Template:
    kind: str
    layout: str
    title: Inline
    subtitle: Inline | None
    to: tuple[Node, ...]
    body: tuple[Node, ...]
    signatures: tuple[Node, ...] | None
    annex: tuple[Node, ...]
    choices: Mapping[str, Mapping[str, Inline]]
    tables: Mapping[str, TableLayout]


def _error(line: int, message: str, field: str | None = None) -> BadInput:
    return BadInput(f"line {line}: {message}", line=line, field=field)


def parse_inline(text: str, line: int) -> Inline:
    """Split text into literal strings and placeholders."""
    segments: list[Segment] = []
    position = 0
    while True:
        start = text.find("{{", position)
        stray = text.find("}}", position)
        if stray != -1 and (start == -1 or stray < start):
            raise _error(line, "'}}' without a matching '{{'")
        if start == -1:
            break
        if start > position:
            segments.append(text[position:start])
        end = text.find("}}", start + 2)
        reopened = text.find("{{", start + 2)
        if end == -1 or (reopened != -1 and reopened < end):
            stop = reopened if reopened != -1 and (end == -1 or reopened < end) else len(text)
            partial = re.match(rf"\s*({_NAME})", text[start + 2 : stop])
            raise _error(line, "unclosed placeholder", partial.group(1) if partial else None)
        inner = text[start + 2 : end]
        if inner.lstrip().startswith(("#", "/")):
            raise _error(line, f"'{{{{{inner}}}}}' must stand alone on its line")
        match = _PLACEHOLDER.match(inner)
        if match is None:
            raise _error(line, f"malformed placeholder '{{{{{inner}}}}}'")
        segments.append(Placeholder(match.group(1), match.group(2), line))
        position = end + 2
    if position < len(text):
        segments.append(text[position:])
    return tuple(segments)


def _check_text(text: str, line: int) -> None:
    ch = unprintable(text)
    if ch is not None:
        raise _error(line, f"the character {ch!r} (U+{ord(ch):04X}) cannot be printed")


def _split_cells(text: str) -> list[str]:
    """Split a row at '|' outside placeholders (a filter is written `{{ x | f }}`)."""
    cells: list[str] = []
    depth_start = 0
    position = 0
    inside = False
    while position < len(text):
        if text.startswith("{{", position):
            inside = True
            position += 2
        elif text.startswith("}}", position):
            inside = False
            position += 2
        elif text[position] == "|" and not inside:
            cells.append(text[depth_start:position])
            position += 1
            depth_start = position
        else:
            position += 1
    cells.append(text[depth_start:])
    return cells


def _content_line(text: str, line: int) -> Line:
    if not text.strip():
        return Line(line, "blank")
    table = _TABLE.match(text.strip())
    if table:
        return Line(line, "table", table=table.group(1))
    if text.startswith("- "):
        return Line(line, "item", (parse_inline(text[2:].strip(), line),))
    if text.startswith("## "):
        return Line(line, "heading", (parse_inline(text[3:].strip(), line),))
    if text.startswith("|"):
        cells = [cell.strip() for cell in _split_cells(text[1:])]
        if cells and not cells[-1]:
            cells.pop()
        if len(cells) < 2:
            raise _error(line, "a row needs two cells: '| label | value'")
        return Line(line, "row", tuple(parse_inline(cell, line) for cell in cells))
    return Line(line, "text", (parse_inline(text.strip(), line),))


def _signature_line(text: str, line: int) -> Line:
    """In [signatures], `title | name` is a signature and any other line a note."""
    cells = [cell.strip() for cell in _split_cells(text.lstrip("|"))]
    if len(cells) == 1:
        return _content_line(text, line)
    if len(cells) != 2:
        raise _error(line, "a signature line is 'title | name'")
    return Line(line, "row", tuple(parse_inline(cell, line) for cell in cells))


def _content(
    lines: list[tuple[int, str]], section_line: int, *, signatures: bool = False
) -> tuple[Node, ...]:
    stack: list[tuple[int, str, bool, list[Node]]] = []
    root: list[Node] = []
    for number, text in lines:
        stripped = text.strip()
        if_match = _IF.match(stripped)
        target = stack[-1][3] if stack else root
        if if_match:
            stack.append((number, if_match.group(2), bool(if_match.group(1)), []))
        elif _ENDIF.match(stripped):
            if not stack:
                raise _error(number, "'{{/if}}' without a matching '{{#if}}'")
            start, name, negate, children = stack.pop()
            (stack[-1][3] if stack else root).append(IfBlock(start, name, negate, tuple(children)))
        elif (
            stripped.startswith(("{{#", "{{/"))
            and stripped.endswith("}}")
            and not _TABLE.match(stripped)
        ):
            raise _error(number, f"unknown directive '{stripped}'")
        elif signatures and stripped:
            target.append(_signature_line(stripped, number))
        else:
            target.append(_content_line(text, number))
    if stack:
        start, name, _negate, _children = stack[-1]
        raise _error(start, f"'{{{{#if {name}}}}}' is never closed", name)
    return tuple(root)


def _choice_section(
    kind: KindSpec, name: str, line: int, lines: list[tuple[int, str]]
) -> dict[str, Inline]:
    spec = _field(kind, name)
    if spec is None:
        raise _error(line, f"unknown placeholder '{name}'", name)
    if spec.type is not FieldType.CHOICE:
        raise _error(line, f"'{name}' is not a choice field", name)
    texts: dict[str, Inline] = {}
    for number, text in lines:
        if not text.strip():
            continue
        match = _ASSIGN.match(text.strip())
        if match is None:
            raise _error(number, "expected 'code = text'", name)
        code, value = match.groups()
        if code not in spec.choices:
            raise _error(
                number, f"'{code}' is not a value of '{name}' ({', '.join(spec.choices)})", name
            )
        if code in texts:
            raise _error(number, f"'{code}' is given twice", name)
        texts[code] = parse_inline(value.strip(), number)
    return texts


def _table_section(
    kind: KindSpec, name: str, line: int, lines: list[tuple[int, str]]
) -> TableLayout:
    spec = _field(kind, name)
    if spec is None or spec.table is None:
        raise _error(line, f"'{name}' is not a table of this kind", name)
    columns: list[tuple[str, str]] = []
    total: str | None = None
    for number, text in lines:
        if not text.strip():
            continue
        match = _ASSIGN.match(text.strip())
        if match is None:
            raise _error(number, "expected 'column = header'", name)
        key, header = match.group(1), match.group(2).strip()
        if "{{" in header:
            raise _error(number, "a column header cannot hold placeholders", f"{name}.{key}")
        if key == TOTAL_KEY:
            if not spec.table.totals:
                raise _error(number, f"'{name}' has no columns to total", name)
            total = header
            continue
        if key != ROW_NUMBER_COLUMN and spec.table.column(key) is None:
            raise _error(number, f"unknown column '{key}' of '{name}'", f"{name}.{key}")
        if any(key == existing for existing, _ in columns):
            raise _error(number, f"column '{key}' is given twice", f"{name}.{key}")
        columns.append((key, header))
    if not columns:
        raise _error(line, f"the table '{name}' has no columns", name)
    return TableLayout(name, line, tuple(columns), total)


def _field(kind: KindSpec, name: str) -> FieldSpec | None:
    return _STANDARD.get(name) or kind.field_spec(name)


def field_spec(kind: KindSpec, name: str) -> FieldSpec | None:
    """A kind's own placeholder or one of the standard ones (document, letterhead)."""
    return _field(kind, name)


def parse_template(text: str, kind: KindSpec) -> Template:
    """Parse and validate a template for `kind`; BadInput names the line and placeholder."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header: dict[str, tuple[int, str]] = {}
    sections: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    current: list[tuple[int, str]] | None = None
    for number, raw in enumerate(lines, start=1):
        text_line = raw.rstrip()
        if text_line.startswith("#") and not text_line.startswith("##"):
            continue
        _check_text(text_line, number)
        section = _SECTION.match(text_line)
        if section:
            name, argument = section.groups()
            key = f"{name} {argument}" if argument else name
            if (name in CONTENT_SECTIONS and argument is None) or (
                name in ("choice", "table") and argument is not None
            ):
                pass
            else:
                raise _error(number, f"unknown section '{text_line}'")
            if key in sections:
                raise _error(number, f"section '{text_line}' appears twice")
            current = []
            sections[key] = (number, current)
            continue
        if current is not None:
            current.append((number, text_line))
            continue
        if not text_line.strip():
            continue
        match = _HEADER.match(text_line)
        if match is None or match.group(1) not in HEADER_KEYS:
            raise _error(number, f"expected a header line ({', '.join(HEADER_KEYS)}: ...)")
        if match.group(1) in header:
            raise _error(number, f"'{match.group(1)}' is given twice")
        header[match.group(1)] = (number, match.group(2).strip())

    for key in ("kind", "title"):
        if key not in header:
            raise _error(1, f"the header has no '{key}:' line")
    kind_line, kind_id = header["kind"]
    if kind_id != kind.id:
        raise _error(kind_line, f"this template is for '{kind_id}', not '{kind.id}'")
    layout_line, layout = header.get("layout", (0, "standard"))
    if layout not in LAYOUTS:
        raise _error(layout_line, f"unknown layout '{layout}' ({', '.join(LAYOUTS)})")
    if "body" not in sections:
        raise _error(len(lines), "the template has no [body] section")

    choices: dict[str, Mapping[str, Inline]] = {}
    tables: dict[str, TableLayout] = {}
    for key, (line, section_lines) in sections.items():
        name, _, argument = key.partition(" ")
        if name == "choice":
            choices[argument] = _choice_section(kind, argument, line, section_lines)
        elif name == "table":
            tables[argument] = _table_section(kind, argument, line, section_lines)

    def content(name: str) -> tuple[Node, ...]:
        if name not in sections:
            return ()
        line, body = sections[name]
        return _content(body, line, signatures=name == "signatures")

    title_line, title = header["title"]
    subtitle = header.get("subtitle")
    template = Template(
        kind=kind.id,
        layout=layout,
        title=parse_inline(title, title_line),
        subtitle=parse_inline(subtitle[1], subtitle[0]) if subtitle else None,
        to=content("to"),
        body=content("body"),
        signatures=content("signatures") if "signatures" in sections else None,
        annex=content("annex"),
        choices=choices,
        tables=tables,
    )
    _validate(template, kind, sections["body"][0])
    return template


def _placeholders(nodes: tuple[Node, ...]) -> list[Placeholder]:
    found: list[Placeholder] = []
    for node in nodes:
        if isinstance(node, IfBlock):
            found.extend(_placeholders(node.children))
        else:
            for cell in node.cells:
                found.extend(s for s in cell if isinstance(s, Placeholder))
    return found


def _directives(nodes: tuple[Node, ...]) -> list[tuple[int, str, str]]:
    """(line, 'if' or 'table', name) for every block directive."""
    found: list[tuple[int, str, str]] = []
    for node in nodes:
        if isinstance(node, IfBlock):
            found.append((node.line, "if", node.name))
            found.extend(_directives(node.children))
        elif node.kind == "table" and node.table is not None:
            found.append((node.line, "table", node.table))
    return found


def _check_placeholder(kind: KindSpec, placeholder: Placeholder, *, in_choice: bool) -> FieldSpec:
    spec = _field(kind, placeholder.name)
    if spec is None:
        raise _error(
            placeholder.line, f"unknown placeholder '{placeholder.name}'", placeholder.name
        )
    if spec.type not in PRINTABLE:
        use = "{{#if}}" if spec.type is FieldType.FLAG else "{{#table}} or {{#if}}"
        raise _error(
            placeholder.line,
            f"'{placeholder.name}' cannot be printed; use it in {use}",
            placeholder.name,
        )
    if in_choice and spec.type is FieldType.CHOICE:
        raise _error(placeholder.line, "a choice text cannot hold another choice", placeholder.name)
    if placeholder.filter is not None and placeholder.filter not in FILTERS[spec.type]:
        raise _error(
            placeholder.line,
            f"unknown filter '{placeholder.filter}' for '{placeholder.name}'",
            placeholder.name,
        )
    return spec


def _validate(template: Template, kind: KindSpec, body_line: int) -> None:
    sections = (template.to, template.body, template.signatures or (), template.annex)
    inline = [s for part in (template.title, template.subtitle or ()) for s in part]
    printed = [s for s in inline if isinstance(s, Placeholder)]
    for nodes in sections:
        printed.extend(_placeholders(nodes))
    used_choices: list[Placeholder] = []
    for placeholder in printed:
        if _check_placeholder(kind, placeholder, in_choice=False).type is FieldType.CHOICE:
            used_choices.append(placeholder)
    for texts in template.choices.values():
        for segments in texts.values():
            for segment in segments:
                if isinstance(segment, Placeholder):
                    _check_placeholder(kind, segment, in_choice=True)
    for placeholder in used_choices:
        spec = _field(kind, placeholder.name)
        assert spec is not None
        given = template.choices.get(placeholder.name, {})
        defaults = kind.default_choices.get(placeholder.name, {})
        missing = [code for code in spec.choices if code not in given and code not in defaults]
        if missing:
            raise _error(
                placeholder.line,
                f"no text for {', '.join(repr(c) for c in missing)} of '{placeholder.name}'; "
                f"add a [choice {placeholder.name}] section",
                placeholder.name,
            )
    for nodes in sections:
        for line, directive, name in _directives(nodes):
            spec = _field(kind, name)
            if spec is None:
                raise _error(line, f"unknown placeholder '{name}'", name)
            if directive == "table":
                if spec.table is None:
                    raise _error(line, f"'{name}' is not a table", name)
                if name not in template.tables:
                    raise _error(line, f"the table '{name}' has no [table {name}] section", name)
    printed_names = {p.name for p in printed}
    for texts in template.choices.values():
        for segments in texts.values():
            printed_names.update(s.name for s in segments if isinstance(s, Placeholder))
    for name in kind.must_use:
        if name not in printed_names:
            raise _error(body_line, f"the template must print '{{{{ {name} }}}}'", name)


def used_names(template: Template) -> set[str]:
    """Every placeholder, {{#if}} and {{#table}} name the template refers to."""
    names: set[str] = set()
    for nodes in (template.to, template.body, template.signatures or (), template.annex):
        names.update(p.name for p in _placeholders(nodes))
        names.update(name for _line, _directive, name in _directives(nodes))
    for segment in (*template.title, *(template.subtitle or ())):
        if isinstance(segment, Placeholder):
            names.add(segment.name)
    for texts in template.choices.values():
        for segments in texts.values():
            names.update(s.name for s in segments if isinstance(s, Placeholder))
    return names

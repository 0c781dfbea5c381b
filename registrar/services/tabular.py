"""Tables from CSV or XLSX files, row by row with line numbers, for every importer.

`read_table` turns a file's bytes into rows of text keyed by column name. The format is told
by the content (an XLSX file is a ZIP archive), never by the file name. A problem with the
file as a whole (not CSV or XLSX, no header, a missing or unknown column) raises `BadInput`
naming line 1; a problem with one row becomes a `RowError` for that line, and the other
rows are kept, so an importer can take the good rows and report the rest.

Cells come back as trimmed NFC text: a spreadsheet's numbers without a spurious `.0`, dates
as ISO `YYYY-MM-DD`, empty cells as "". Checking what the text means is the importer's job.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final

from registrar.services.errors import BadInput

MAX_BYTES: Final = 50 * 1024 * 1024
MAX_ROWS: Final = 200_000
MAX_CELL: Final = 10_000  # characters in one cell

_ZIP_MAGIC: Final = b"PK\x03\x04"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0"  # the old binary .xls format
_DELIMITERS: Final = (",", ";", "\t")

# Messages (proposed by us; need native review).
MSG_NOT_A_TABLE: Final = "Fayl CSV (UTF-8) və ya XLSX formatında olmalıdır."
MSG_XLS: Final = "Köhnə XLS formatı qəbul olunmur: faylı XLSX və ya CSV (UTF-8) kimi saxlayın."
MSG_NOT_UTF8: Final = "CSV faylı UTF-8 kodlaşmasında deyil: faylı «CSV UTF-8» kimi saxlayın."
MSG_TOO_LARGE: Final = "Fayl çox böyükdür: ən çox {max_mb} MB ola bilər."
MSG_TOO_MANY_ROWS: Final = "Faylda çox sətir var: ən çox {max} sətir ola bilər."
MSG_NO_HEADER: Final = "Faylda başlıq sətri yoxdur."
MSG_MISSING_COLUMN: Final = "«{column}» sütunu yoxdur."
MSG_UNKNOWN_COLUMN: Final = "«{column}» sütunu naməlumdur. Mümkün sütunlar: {columns}."
MSG_DUPLICATE_COLUMN: Final = "«{column}» sütunu iki dəfə var."
MSG_EXTRA_CELLS: Final = "Sətirdə başlıqdakından çox xana var."
MSG_CELL_TOO_LONG: Final = "Xanada çox simvol var: ən çox {max}."
MSG_BROKEN_CSV: Final = (
    "CSV sətri düzgün deyil (dırnaq işarələrini yoxlayın); faylın qalanı oxunmadı."
)
MSG_BROKEN_XLSX: Final = "XLSX faylı zədələnib və ya oxunmur."

ROW_FIELD: Final = "row"  # RowError.field for a problem with the row as a whole


@dataclass(frozen=True)
class TableRow:
    """One data row; `line` is the CSV line it starts on, or the spreadsheet row number."""

    line: int
    values: Mapping[str, str]  # every known column, "" when empty or absent


@dataclass(frozen=True)
class RowError:
    line: int
    field: str  # a column name, or "row"
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]  # the known columns present in the header, in file order
    rows: tuple[TableRow, ...]
    errors: tuple[RowError, ...]  # rows that could not be read at all


def normalise_header(name: str) -> str:
    """A header cell as compared: trimmed, NFC, lower case, inner spaces as `_`."""
    text = unicodedata.normalize("NFC", name).strip().lower()
    return "_".join(text.split())


def read_table_file(path: Path, *, columns: Sequence[str], required: Sequence[str] = ()) -> Table:
    """`read_table` on a file; an unreadable file raises BadInput naming `file`."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(_too_large(), field="file", line=1)
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(
            f"{path.name}: the file cannot be read ({type(error).__name__}).", field="file"
        ) from None
    return read_table(data, columns=columns, required=required)


def read_table(
    data: bytes,
    *,
    columns: Sequence[str],
    required: Sequence[str] = (),
    aliases: Mapping[str, str] | None = None,
    max_rows: int = MAX_ROWS,
) -> Table:
    """Rows of a CSV (UTF-8, comma, semicolon or tab) or XLSX (first sheet) table.

    `columns` are the known column names (compared after `normalise_header`); `aliases` maps
    other accepted header names to them. The first non-blank row is the header; blank rows
    are skipped.
    """
    if len(data) > MAX_BYTES:
        raise BadInput(_too_large(), field="file", line=1)
    known = {normalise_header(column): column for column in columns}
    for alias, column in (aliases or {}).items():
        known[normalise_header(alias)] = column
    if data.startswith(_ZIP_MAGIC):
        cells = _xlsx_rows(data)
    elif data.startswith(_OLE_MAGIC):
        raise BadInput(MSG_XLS, field="file", line=1)
    else:
        cells = _csv_rows(data)
    return _table(cells, known, required, max_rows)


def _too_large() -> str:
    return MSG_TOO_LARGE.format(max_mb=MAX_BYTES // (1024 * 1024))


# A source yields (line, cells) pairs, or (line, RowError) when it cannot go on.
_Cells = Iterator[tuple[int, list[str] | RowError]]


def _table(
    cells: _Cells, known: Mapping[str, str], required: Sequence[str], max_rows: int
) -> Table:
    header: list[str | None] | None = None
    header_columns: list[str] = []
    rows: list[TableRow] = []
    errors: list[RowError] = []
    for line, item in cells:
        if isinstance(item, RowError):
            if header is None:
                raise BadInput(item.message, field="file", line=item.line)
            errors.append(item)
            break
        if not any(item):
            continue  # a blank row
        if header is None:
            header = _header(item, known, required)
            header_columns = [column for column in header if column is not None]
            continue
        if len(rows) + len(errors) >= max_rows:
            raise BadInput(MSG_TOO_MANY_ROWS.format(max=max_rows), field="file", line=line)
        row, problem = _row(line, item, header, known)
        if problem is not None:
            errors.append(problem)
        else:
            rows.append(row)
    if header is None:
        raise BadInput(MSG_NO_HEADER, field="file", line=1)
    return Table(tuple(header_columns), tuple(rows), tuple(errors))


def _header(
    cells: list[str], known: Mapping[str, str], required: Sequence[str]
) -> list[str | None]:
    header: list[str | None] = []
    seen: set[str] = set()
    for cell in cells:
        name = normalise_header(cell)
        if not name:
            header.append(None)  # an unnamed column: its cells must stay empty
            continue
        column = known.get(name)
        if column is None:
            names = ", ".join(sorted(set(known.values())))
            message = MSG_UNKNOWN_COLUMN.format(column=cell.strip()[:60], columns=names)
            raise BadInput(message, field=cell.strip()[:60] or "file", line=1)
        if column in seen:
            raise BadInput(MSG_DUPLICATE_COLUMN.format(column=column), field=column, line=1)
        seen.add(column)
        header.append(column)
    for column in required:
        if column not in seen:
            raise BadInput(MSG_MISSING_COLUMN.format(column=column), field=column, line=1)
    return header


def _row(
    line: int, cells: list[str], header: list[str | None], known: Mapping[str, str]
) -> tuple[TableRow, RowError | None]:
    values = dict.fromkeys(known.values(), "")
    row = TableRow(line, values)
    for position, cell in enumerate(cells):
        column = header[position] if position < len(header) else None
        if column is None:
            if cell:
                return row, RowError(line, ROW_FIELD, MSG_EXTRA_CELLS)
            continue
        if len(cell) > MAX_CELL:
            return row, RowError(line, column, MSG_CELL_TOO_LONG.format(max=MAX_CELL))
        values[column] = cell
    return row, None


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _csv_rows(data: bytes) -> _Cells:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        yield line, RowError(line, "file", MSG_NOT_UTF8)
        return
    if "\x00" in text:
        yield 1, RowError(1, "file", MSG_NOT_A_TABLE)
        return
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield start, RowError(start, ROW_FIELD, MSG_BROKEN_CSV)
            return
        yield start, [_clean(cell) for cell in cells]
        start = reader.line_num + 1


def _xlsx_rows(data: bytes) -> _Cells:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException):
        yield 1, RowError(1, "file", MSG_BROKEN_XLSX)
        return
    except Exception:  # openpyxl raises many other types (KeyError, ValueError...) on damage
        yield 1, RowError(1, "file", MSG_BROKEN_XLSX)
        return
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return
        rows = sheet.iter_rows(values_only=True)
        line = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception:  # a damaged sheet part: keep what was read
                yield line + 1, RowError(line + 1, ROW_FIELD, MSG_BROKEN_XLSX)
                return
            line += 1
            yield line, [_cell_text(value) for value in values]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return _clean(str(value))

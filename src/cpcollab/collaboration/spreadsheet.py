"""Records as a who-does-what-where-when table: reading CSV and XLSX files, writing CSV, XLSX
and JSON, and the empty template.

Reading refuses what it cannot read safely (too large, too many rows, an encoding it cannot
recognise, a ZIP that inflates too far) with a clear message. Writing neutralises cells a
spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@``) with a leading apostrophe, which
reading removes again, so an export imports back unchanged.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from charset_normalizer import from_bytes
from django.db.models import QuerySet
from openpyxl import Workbook, load_workbook

from cpcollab.collaboration.fields import FIELDS, OTHER_PREFIX, Registry, parse_party
from cpcollab.collaboration.models import Party, Record
from cpcollab.core.errors import ValidationFailedError

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
MAX_INFLATED_BYTES = 50 * 1024 * 1024
MAX_CELL = 20_000
#: Columns an export adds; reading a file ignores them, so an export imports back.
EXPORT_COLUMNS = ("id", "owner", "version", "updated_at")
COLUMNS = (*FIELDS, *EXPORT_COLUMNS)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSON_TYPE = "application/json"
HELP_ROWS = [
    ("column", "what to write"),
    ("title", "A short title (required)."),
    ("description", "What was done together."),
    (
        "parties",
        "Two or more, separated by ';': actor codes (UNICEF), ISO3 codes of States (KEN), "
        "or names of other organisations (write 'other: NAME' for a name that looks like a code).",
    ),
    (
        "kinds",
        "Separated by ';': joint_activity, coordination, technical_assistance, capacity_building, "
        "funding, data_research.",
    ),
    ("themes", "Theme codes separated by ';' (see the Themes page)."),
    ("countries", "ISO3 codes of where it happens, separated by ';'."),
    ("start", "A year (2021) or a date (2021-03-01)."),
    ("end", "A year or a date, not before the start; empty if ongoing."),
    ("mechanism", "Code of an inter-agency mechanism (optional)."),
    ("status", "draft (default) or published."),
]


class ImportFileError(ValidationFailedError):
    """The file as a whole cannot be read (rows are not even looked at)."""

    code = "import_file_refused"


@dataclass
class Table:
    """The rows of a file: each a mapping of column to text, with its line number."""

    rows: list[tuple[int, dict[str, str]]]
    format: str


def _refuse(message: str) -> ImportFileError:
    return ImportFileError(message, details={"file": [message]})


def unescape(value: str) -> str:
    """Undo :func:`escape`: ``'=SUM(A1)`` was written for ``=SUM(A1)``."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_START and len(value) > 1 else value


def escape(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection)."""
    return f"'{value}" if value.startswith(FORMULA_START) else value


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).replace("\x00", "").strip()
    if len(text) > MAX_CELL:
        raise _refuse(f"A cell holds more than {MAX_CELL} characters.")
    return unescape(text)


def _decode(data: bytes) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _refuse(f"The file says it is {encoding} but is not.") from None
    head = data[:4096]
    for offset, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):  # UTF-16 without a BOM
        if head[offset::2].count(0) > len(head) // 4:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _refuse("This is not a text file; upload CSV or XLSX.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise _refuse("The file's text encoding was not recognised; save it as CSV UTF-8.")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise _refuse("The file's text encoding was not recognised; save it as CSV UTF-8.") from None


def _rows_from_csv(data: bytes) -> Iterator[list[Any]]:
    text = _decode(data)
    if "\x00" in text:
        raise _refuse("This is not a text file; upload CSV or XLSX.")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    except csv.Error as exc:
        raise _refuse(f"The CSV file is malformed: {exc}.") from None


def _rows_from_xlsx(data: bytes) -> Iterator[list[Any]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_INFLATED_BYTES:
                raise _refuse("The spreadsheet is too large once unpacked.")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception:  # openpyxl raises many kinds; all mean the same thing here
        raise _refuse("The file could not be read as an XLSX spreadsheet.") from None
    try:
        sheet = workbook["records"] if "records" in workbook.sheetnames else workbook.worksheets[0]
        for count, row in enumerate(sheet.iter_rows(values_only=True)):
            if count > MAX_ROWS + 1:
                raise _refuse(f"At most {MAX_ROWS} rows can be imported at once.")
            yield list(row)
    finally:
        workbook.close()


def read_table(filename: str, data: bytes) -> Table:
    """The rows of a CSV or XLSX file, keyed by column, with their row numbers (header = 1)."""
    if not data:
        raise _refuse("The file is empty.")
    if len(data) > MAX_BYTES:
        raise _refuse(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    is_xlsx = data.startswith(b"PK\x03\x04")
    if filename.lower().endswith((".xlsx", ".xlsm")) and not is_xlsx:
        raise _refuse("The file is not a valid XLSX spreadsheet.")
    lines = iter(_rows_from_xlsx(data) if is_xlsx else _rows_from_csv(data))
    header = [_cell_text(c).lower() for c in next(lines, [])]
    while header and not header[-1]:
        header.pop()
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in ("title", "parties") if name not in header]
    if unknown or missing or len(set(header)) != len(header):
        problems = [f"unknown column {name!r}" for name in unknown] + [f"missing column {name!r}" for name in missing]
        raise _refuse("The header row is not the template's: " + (", ".join(problems) or "a column is repeated") + ".")
    rows: list[tuple[int, dict[str, str]]] = []
    for number, cells in enumerate(lines, start=2):
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
        if len(rows) >= MAX_ROWS:
            raise _refuse(f"At most {MAX_ROWS} rows can be imported at once.")
        if any(texts[len(header) :]):
            raise _refuse(f"Row {number} has more cells than the header has columns.")
        texts += [""] * (len(header) - len(texts))
        rows.append((number, {name: texts[i] for i, name in enumerate(header) if name in FIELDS}))
    if not rows:
        raise _refuse("The file has no rows to import.")
    return Table(rows, "xlsx" if is_xlsx else "csv")


# --- Export ------------------------------------------------------------------------------


def party_token(party: Party, registry: Registry) -> str:
    """How a party is written in a spreadsheet cell, so that reading it gives it back."""
    if party.code:
        return party.code
    parsed = parse_party(party.name, registry)
    return party.name if not isinstance(parsed, str) and parsed.name == party.name else f"{OTHER_PREFIX} {party.name}"


def export_row(record: Record, registry: Registry) -> dict[str, Any]:
    """A record as a row of the template (plus id, owner, version, updated_at)."""
    return {
        "title": record.title,
        "description": record.description,
        "parties": "; ".join(party_token(p, registry) for p in record.parties.all()),
        "kinds": "; ".join(k.code for k in record.kinds.all()),
        "themes": "; ".join(t.code for t in record.themes.all()),
        "countries": "; ".join(c.iso3 for c in record.countries.all()),
        "start": record.start,
        "end": record.end,
        "mechanism": record.mechanism.code if record.mechanism else "",
        "status": record.status,
        "id": record.pk,
        "owner": record.owner.code,
        "version": record.version,
        "updated_at": record.updated_at.isoformat(),
    }


def export_rows(records: QuerySet[Record]) -> list[dict[str, Any]]:
    registry = Registry()
    return [export_row(record, registry) for record in records]


# --- Writing -----------------------------------------------------------------------------


def to_csv(rows: Iterable[dict[str, Any]], columns: Iterable[str] = COLUMNS) -> bytes:
    names = list(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([escape(str(row.get(name, "") or "")) for name in names])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: Iterable[dict[str, Any]], columns: Iterable[str] = COLUMNS, *, with_help: bool = False) -> bytes:
    names = list(columns)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("records")
    sheet.append(names)
    for row in rows:
        sheet.append([escape(str(row.get(name, "") or "")) for name in names])
    if with_help:
        notes = workbook.create_sheet("help")
        for line in HELP_ROWS:
            notes.append(list(line))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_json(items: list[dict[str, Any]]) -> bytes:
    return json.dumps({"records": items}, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def template(fmt: str) -> bytes:
    """The empty import template: the header row (and, in XLSX, a sheet explaining each column)."""
    return to_xlsx([], FIELDS, with_help=True) if fmt == "xlsx" else to_csv([], FIELDS)

"""Tables in and out of spreadsheet files: CSV (any of Excel's dialects) and XLSX (openpyxl).

Reading: the kind of file is told from its bytes, not its name (an .xlsx is a zip); a CSV's
encoding is UTF-8 (with or without the BOM Excel writes) or, failing that, Windows Latin-1
(cp1252, a superset of ISO-8859-1 for every accented letter), and its separator is sniffed
among ``;`` (Excel in Spanish), ``,``, tab and ``|``. Every cell comes back as text; a number
that is whole is written without ".0", a date as ISO 8601. Rows keep the number a spreadsheet
program shows, so that a message can say "row 12".

Writing: CSV in UTF-8 with a BOM (so Excel shows the accents) and XLSX, both atomically. Text
that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
is neutralised (OWASP's CSV injection advice): in a CSV it gets a leading apostrophe; in an
XLSX it is stored as a text cell, which no spreadsheet evaluates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cocreation_app.errors import UserError
from cocreation_app.i18n import translate
from cocreation_app.storage import atomic_target, check_output_path

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CELL_CHARS = 10 * 1024 * 1024  # read whole (a 5 MB cell is read, then refused by a check)
MAX_XLSX_UNPACKED = 512 * 1024 * 1024  # an .xlsx is a zip: refuse a bomb before opening it
MAX_XLSX_MEMBERS = 10_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("xlsx", "csv")


def _tr(text: str) -> str:
    return translate("spreadsheets", text)


@dataclass
class Table:
    """A sheet read from a file: its rows of text, each with the row number the file shows."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None


def _not_a_spreadsheet(path: Path) -> UserError:
    return UserError(
        _tr(
            "«{name}» no es una hoja de cálculo que Cocrea pueda leer (CSV o XLSX de Excel)."
        ).format(name=path.name)
    )


def cell_text(value: Any) -> str:
    """A cell's value as the text a person would type in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def read_table(path: Path | str) -> Table:
    """The rows of the first sheet of a CSV or XLSX file; a clear error for anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                _tr("«{name}» es demasiado grande para una lista de personas ({mb} MB).").format(
                    name=path.name, mb=size // (1024 * 1024)
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            _tr("No se pudo leer «{name}»: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc
    if not data.strip():
        raise UserError(_tr("«{name}» está vacío.").format(name=path.name))
    is_zip = data.startswith(b"PK\x03\x04")  # an .xlsx, whatever its name
    table = _read_xlsx(path, data) if is_zip else _read_csv(path, data)
    table.rows = [(n, cells) for n, cells in table.rows if any(cells)]
    if not table.rows:
        raise UserError(_tr("«{name}» no tiene ninguna fila con datos.").format(name=path.name))
    return table


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:4096]:  # UTF-16 text or a binary file: neither is Excel's CSV
        raise _not_a_spreadsheet(path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = _decode(path, data)
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t|", key=first.count)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        # Numbered as a spreadsheet program shows the file: a line break quoted inside a
        # cell does not start a new row there.
        rows = [(n, [c.strip() for c in cells]) for n, cells in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise UserError(
            _tr("«{name}» no se puede leer como CSV: {reason}").format(name=path.name, reason=exc)
        ) from exc
    finally:
        csv.field_size_limit(old_limit)
    return Table(rows=rows, kind="csv", encoding=encoding, delimiter=delimiter)


def _read_xlsx(path: Path, data: bytes) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_XLSX_MEMBERS or sum(m.file_size for m in members) > (
                MAX_XLSX_UNPACKED
            ):
                raise _not_a_spreadsheet(path)
            if "xl/workbook.xml" not in {m.filename for m in members}:
                raise _not_a_spreadsheet(path)
    except zipfile.BadZipFile as exc:
        raise _not_a_spreadsheet(path) from exc
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _not_a_spreadsheet(path) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, [cell_text(v) for v in values]))
    except Exception as exc:  # a damaged sheet inside a well-formed zip
        raise _not_a_spreadsheet(path) from exc
    finally:
        workbook.close()
    return Table(rows=rows, kind="xlsx")


# -- writing -------------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """Text that a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def table_format(target: Path) -> str:
    """ "xlsx" or "csv", from the file name; anything else is refused before any work."""
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise UserError(
            _tr("«{name}»: elija un archivo .xlsx (Excel) o .csv.").format(name=target.name)
        )
    return kind


def write_table(
    target: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "",
) -> int:
    """Write a header and rows to .xlsx or .csv (chosen by the name); returns the row count.

    Cells are text, numbers or dates; None is an empty cell."""
    target = Path(target)
    kind = table_format(target)
    check_output_path(target)
    count = 0
    with atomic_target(target) as tmp:
        if kind == "csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=",", lineterminator="\r\n")
                writer.writerow([neutralise(h) for h in headers])
                for row in rows:
                    writer.writerow(
                        [
                            "" if v is None else neutralise(v) if isinstance(v, str) else v
                            for v in row
                        ]
                    )
                    count += 1
        else:
            count = _write_xlsx(tmp, headers, rows, sheet_title)
    return count


def _write_xlsx(
    tmp: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    bold = Font(bold=True)

    def text_cell(value: str, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # stored as text, even "=…": never a formula
        if font is not None:
            cell.font = font
        return cell

    sheet.append([text_cell(h, bold) for h in headers])
    count = 0
    for row in rows:
        sheet.append([text_cell(v) if isinstance(v, str) else v for v in row])
        count += 1
    workbook.save(tmp)
    return count


def _sheet_title(title: str) -> str:
    """A title Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("' ")
    return cleaned[:31] or "Hoja1"

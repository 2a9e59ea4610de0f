"""Spreadsheet files, streamed: CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX are read row by row and
CSV, XLSX and JSON written row by row, so that memory stays flat whatever the number of rows. Limits
are checked before the work they protect (a workbook's unpacked size before it is parsed) and stated in
the message. Cells that a spreadsheet would run as formulas are neutralised on the way out, and the
neutralising apostrophe is taken off on the way back in.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.rulebook import number_text
from ..domain.text_files import ENCODINGS

MAX_ROWS = 1_048_576  # as many as an Excel sheet holds
MAX_CELL = 100_000  # characters; a row with a longer cell is refused with a reason, not truncated
HARD_CELL = 1_000_000  # characters; a file with a longer cell is refused as a whole
MAX_XLSX_PART = 1 << 30  # bytes of one unpacked part of a workbook (its sheet, its shared strings)
MAX_XLSX_TOTAL = 2 << 30  # bytes of a whole unpacked workbook
_SNIFF_BYTES = 1 << 20

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 (and so XLSX) cannot hold; a vertical tab is Word's line break.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

csv.field_size_limit(HARD_CELL + 1)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """The inverse, for our own exports coming back in: '=SUM(A1) → =SUM(A1)."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text an editor would type: the cell's own number exactly (21859.123456,
    1234567.5 — never six significant digits), a date as YYYY-MM-DD, a time of day kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _blank(row: list[str]) -> bool:
    return not any(str(cell).strip() for cell in row)


# ----------------------------------------------------------------------------- reading
class TableFile:
    """A CSV or XLSX file read row by row, never whole: its header row, its encoding ('xlsx' for a
    workbook) and its data rows, streamed afresh each time ``rows()`` is called. Row numbers are those a
    spreadsheet shows (the header is row 1); blank rows count."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            with self.path.open("rb") as fh:
                head = fh.read(_SNIFF_BYTES)
        except IsADirectoryError:
            raise ValidationError("file", f"“{self.path}”是文件夹，不是表格文件") from None
        except OSError as exc:
            raise ValidationError("file", f"无法读取“{self.path}”：{exc.strerror or exc}") from None
        if head.startswith(b"PK\x03\x04"):  # a workbook, whatever its name says
            self.encoding = "xlsx"
            _check_workbook(self.path)
        else:
            self.encoding = _sniff_encoding(head, complete=len(head) < _SNIFF_BYTES)
        self.header_row = 0
        self.headers: list[str] = []
        for number, row in enumerate(self._raw(), start=1):
            if not _blank(row):
                self.header_row, self.headers = number, [str(h).strip() for h in row]
                break
        if not self.headers:
            raise ValidationError("file", "工作表是空的" if self.encoding == "xlsx" else "文件是空的")

    def rows(self) -> Iterator[list[str]]:
        """The data rows (blank ones included, so numbering stays), checked against the limits."""
        for number, row in enumerate(self._raw(), start=1):
            if number <= self.header_row:
                continue
            if number - self.header_row > MAX_ROWS:
                raise ValidationError(
                    "file", f"文件超过 {MAX_ROWS:,} 行（一个 Excel 工作表的上限），请分成几个文件导入"
                )
            yield row  # (a cell above MAX_CELL is the row's problem: the importer reports it)

    def estimated_rows(self) -> int:
        """About how many data rows (for a progress bar): lines of a CSV, the sheet's dimension."""
        if self.encoding == "xlsx":
            try:
                with self.path.open("rb") as handle:
                    wb = _load_workbook(handle)
                    try:
                        return max(0, (wb.worksheets[0].max_row or 0) - self.header_row)
                    finally:
                        wb.close()
            except Exception:  # the rows are read (and any damage reported) later
                return 0
        lines = 0
        with self.path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                lines += chunk.count(b"\n")
        return max(0, lines - self.header_row + 1)

    def preview(self, n: int) -> list[list[str]]:
        result = []
        for row in self.rows():
            result.append(row)
            if len(result) >= n:
                break
        return result

    def _raw(self) -> Iterator[list[str]]:
        if self.encoding == "xlsx":
            yield from _xlsx_rows(self.path)
            return
        line = 0  # the last line of the last row read
        try:
            with self.path.open(encoding=self.encoding, newline="", errors="strict") as fh:
                reader = csv.reader(fh, strict=True)  # (a stray quote is an error, not rows run together)
                for row in reader:
                    line = reader.line_num
                    yield [unneutralise(cell) for cell in row]
        except UnicodeDecodeError:
            raise ValidationError("file", "文件编码无法识别（应为 UTF-8 或 GB18030/GBK）") from None
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise ValidationError("file", f"有单元格超过 {HARD_CELL:,} 字，文件无法导入") from None
            if "NUL" in str(exc):
                raise ValidationError("file", "文件含有空字符，不是文本表格") from None
            if "unexpected end of data" in str(exc):
                raise ValidationError(
                    "file", f"第 {line + 1} 行有一个引号没有闭合，之后的内容都成了一个单元格；未导入任何数据"
                ) from None
            raise ValidationError(
                "file", f"第 {line + 1} 行的引号用法不对（单元格中的引号应写成两个）；未导入任何数据"
            ) from None
        except OSError as exc:
            raise ValidationError("file", f"无法读取“{self.path}”：{exc.strerror or exc}") from None


def _sniff_encoding(head: bytes, complete: bool) -> str:
    if b"\x00" in head:
        raise ValidationError("file", "文件含有空字符，不是文本表格")
    for encoding in ENCODINGS:
        try:
            codecs.getincrementaldecoder(encoding)().decode(head, final=complete)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ValidationError("file", "文件编码无法识别（应为 UTF-8 或 GB18030/GBK）")


def _check_workbook(path: Path) -> None:
    """Refuse a workbook that unpacks to more than the limits before parsing any of it (a few MB of
    zip can hold gigabytes of XML)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ValidationError("file", "无法读取 Excel 文件：文件已损坏或不是 XLSX") from None
    total = sum(p.file_size for p in parts)
    biggest = max(parts, key=lambda p: p.file_size, default=None)
    if biggest is not None and biggest.file_size > MAX_XLSX_PART:
        raise ValidationError(
            "file",
            f"Excel 文件中的“{biggest.filename}”展开后有 {biggest.file_size / 2**30:.1f} GB，"
            f"超过 {MAX_XLSX_PART / 2**30:.0f} GB 的上限，为安全起见不导入",
        )
    if total > MAX_XLSX_TOTAL:
        raise ValidationError(
            "file", f"Excel 文件展开后有 {total / 2**30:.1f} GB，超过 {MAX_XLSX_TOTAL / 2**30:.0f} GB 的上限"
        )


def _load_workbook(handle: Any, data_only: bool = False) -> Any:
    """openpyxl's read-only workbook, without its walk over the whole sheet.

    Opening a read-only workbook makes openpyxl look for the sheet's ``<dimension>`` with ``iterparse``
    on end events: where the element is missing (openpyxl's own write-only files, ours among them) it
    parses every row before it gives up, keeping them in the tree — a second pass over the file and
    memory in proportion to the rows (≈70 MB for a million). The dimension is an empty element before
    ``<sheetData>``, so its start event says everything: this looks at start events and stops at
    ``<sheetData>``. (openpyxl is pinned; the patch replaces one method of its read-only sheet.)"""
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    if ReadOnlyWorksheet._get_size is not _sheet_size:
        ReadOnlyWorksheet._get_size = _sheet_size
    return load_workbook(handle, read_only=True, data_only=data_only)


def _sheet_size(ws: Any) -> None:
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.constants import SHEET_MAIN_NS

    dimension, data = f"{{{SHEET_MAIN_NS}}}dimension", f"{{{SHEET_MAIN_NS}}}sheetData"
    with ws._get_source() as source:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == data:
                return
            if element.tag == dimension:
                ref = element.get("ref")
                if ref:
                    try:
                        bounds = range_boundaries(ref)
                    except ValueError:
                        return  # (a dimension openpyxl could not read either: the size stays unknown)
                    ws._min_column, ws._min_row, ws._max_column, ws._max_row = bounds
                return


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    handle = path.open("rb")  # a file object: openpyxl would refuse a workbook named .csv by its name
    try:
        wb = _load_workbook(handle, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        handle.close()
        raise ValidationError("file", f"无法读取 Excel 文件：文件已损坏（{type(exc).__name__}）") from None
    try:
        if not wb.worksheets:
            raise ValidationError("file", "Excel 文件里没有工作表")
        rows = _sheet_values(wb.worksheets[0])
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except ValidationError:
                raise
            except Exception as exc:  # malformed sheet XML shows up only while rows are read
                raise ValidationError(
                    "file", f"Excel 工作表已损坏，无法读取（{type(exc).__name__}）"
                ) from None
            yield [unneutralise(cell_text(v)) for v in row]
    finally:
        wb.close()
        handle.close()


def _sheet_values(ws: Any) -> Iterator[tuple[Any, ...]]:
    """The values of a read-only sheet row by row, as ``iter_rows(values_only=True)`` gives them (missing
    rows as blank ones, every row as wide as the sheet), in memory that does not grow with the rows.

    openpyxl's own reader parses the sheet with ``iterparse`` and clears each row element it has read,
    but leaves it in the tree under ``<sheetData>`` until the end: about 70 bytes a row, 70 MB for a
    million rows. Here openpyxl's cell parser (types, shared strings, dates by number format) reads each
    row, which is then dropped from the tree. (openpyxl is pinned: ``WorkSheetParser`` is internal.)
    """
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    row_tag, data_tag = f"{{{SHEET_MAIN_NS}}}row", f"{{{SHEET_MAIN_NS}}}sheetData"
    width = ws.max_column
    blank: tuple[Any, ...] = (None,) * width if width else ()
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=True,
            epoch=ws.parent.epoch,
            date_formats=ws.parent._date_formats,
            timedelta_formats=ws.parent._timedelta_formats,
        )
        sheet_data = None
        expected = 1
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                if element.tag == data_tag:
                    sheet_data = element
                continue
            if element.tag != row_tag:
                continue
            number, cells = parser.parse_row(element)
            parser.row_dimensions.clear()  # (row heights: the parser keeps them for a sheet it builds)
            if sheet_data is not None:
                sheet_data.clear()  # the row just read: nothing keeps it any more
            while expected < number:  # rows the file leaves out are blank rows
                expected += 1
                yield blank
            if expected == number:
                expected += 1
                yield tuple(ws._get_row(cells, 1, width, values_only=True))


# ----------------------------------------------------------------------------- writing
def write_table(
    path: Path, headers: list[str], rows: Iterable[list[Any]], fmt: str, encoding: str = "utf-8-sig"
) -> int:
    """Write rows (streamed) as csv, xlsx or json (keys: the headers); returns the number of rows. The
    file is written beside the target and moved into place only when complete. A target that exists
    and is not a regular file (a folder, a device such as /dev/null, a pipe) is refused: moving the
    written file into place would replace it."""
    if (path.exists() or path.is_symlink()) and not (path.is_file() and not path.is_symlink()):
        raise ValidationError("file", f"“{path}”不是普通文件，不能导出到这里：请另选一个文件名")
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "csv":
            n = _write_csv(tmp, headers, rows, encoding)
        elif fmt == "xlsx":
            n = _write_xlsx(tmp, headers, rows)
        elif fmt == "json":
            n = _write_json(tmp, headers, rows)
        else:
            raise ValueError(f"unknown format {fmt!r}")
        tmp.replace(path)
    except UnicodeEncodeError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "encoding", f"有字符无法用 {encoding} 编码（{exc.object[exc.start : exc.end]}），请改用 UTF-8"
        ) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("file", f"无法写入“{path}”：{exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _write_csv(path: Path, headers: list[str], rows: Iterable[list[Any]], encoding: str) -> int:
    n = 0
    with path.open("w", encoding=encoding, newline="", errors="strict") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else neutralise(v) for v in row])
            n += 1
    return n


def _write_json(path: Path, headers: list[str], rows: Iterable[list[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for row in rows:
            fh.write(",\n " if n else "\n ")
            fh.write(json.dumps(dict(zip(headers, row, strict=True)), ensure_ascii=False))
            n += 1
        fh.write("\n]\n" if n else "]\n")
    return n


def xlsx_text(value: Any) -> Any:
    """A value a workbook can hold: control characters out (Word's vertical-tab line break becomes a
    line break), formulas neutralised."""
    if isinstance(value, str):
        return neutralise(_ILLEGAL_XML.sub(lambda m: "\n" if m.group() == "\x0b" else "", value))
    return value


def _write_xlsx(path: Path, headers: list[str], rows: Iterable[list[Any]]) -> int:
    """openpyxl's write-only workbook streams the sheet to a temporary file; the widths come from the
    first rows (a fixed cap), the header is bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.freeze_panes = "A2"
    iterator = iter(rows)
    first = [r for _i, r in zip(range(200), iterator, strict=False)]
    for i, header in enumerate(headers):
        sample = [str(r[i]) for r in first if r[i] is not None][:200]
        width = max(
            [len(header) * 2 + 2]
            + [min(60, sum(2 if ord(c) > 127 else 1 for c in s[:60]) + 2) for s in sample]
        )
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    n = 0
    for row in first:
        ws.append([xlsx_text(v) for v in row])
        n += 1
    for row in iterator:
        ws.append([xlsx_text(v) for v in row])
        n += 1
    wb.save(path)
    return n

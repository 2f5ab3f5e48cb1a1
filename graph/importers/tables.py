"""Reading reference-dataset files: text decoding, delimited rows with line numbers, fields.

Every importer reads its file through :func:`decode_table` and :func:`read_rows`, so
they all refuse bad input the same way: an :class:`~graph.errors.InputError` whose
one-line message names the file and the line (binary or empty files, undecodable
bytes, a header without the columns the importer needs, a row with the wrong number
of fields, a file that stops in the middle of a record, a value that is not a number).

Examples
--------
>>> from graph.importers.tables import decode_table, read_rows
>>> text = decode_table(b"name,year\\nKenya,1999\\n", "example.csv")
>>> table = read_rows(text, "example.csv", required=("name", "year"))
>>> [(row.line, row["name"], row.integer("year")) for row in table.rows]
[(2, 'Kenya', 1999)]
>>> read_rows("name\\n", "example.csv", required=("name", "year"))
Traceback (most recent call last):
...
graph.errors.InputError: example.csv: line 1: missing column 'year' (is this the right kind...
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from graph.errors import InputError

__all__ = ["Row", "Table", "decode_table", "find_header", "header_fields", "preamble_value",
           "read_bytes", "read_rows", "split_lines"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_LINE = re.compile(r".*?(?:\r\n|\r|\n)|.+\Z", re.DOTALL)


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` with their endings, broken at CR, LF or CR LF only.

    Unlike :meth:`str.splitlines`, characters such as U+0085 or U+2028 inside a
    field do not end a line (the ``csv`` module does not treat them so either).
    """
    return _LINE.findall(text)


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a data file; InputError if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def decode_table(data: bytes, file: str, *, fallback: str = "cp1252") -> str:
    """The text of a data file: UTF-8 (or a BOM's encoding), else ``fallback``.

    Exports differ: SIPRI's legacy register is Latin-1, MME and SFM are UTF-8, and a
    file re-saved by a spreadsheet may be UTF-16 with a byte-order mark. Strict UTF-8
    first is safe because text in a single-byte encoding almost never decodes as UTF-8.

    Raises
    ------
    InputError
        For an empty or binary file, or bytes the encodings cannot decode.
    """
    if not data.strip():
        raise InputError(f"{file}: line 1: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                line = _line_of(data, error.start)
                raise InputError(f"{file}: line {line}: not valid {encoding} text") from None
    if b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise InputError(f"{file}: line {line}: binary data (NUL byte), not a text table")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error
    try:
        return data.decode(fallback)
    except UnicodeDecodeError:
        line = _line_of(data, first_error.start)
        raise InputError(
            f"{file}: line {line}: byte 0x{data[first_error.start]:02x} is neither UTF-8 nor"
            f" {fallback}; save the file as UTF-8") from None


@dataclass(frozen=True)
class Row:
    """One record of a table: its fields by column name, line number and raw text."""

    fields: dict[str, str]
    line: int
    text: str
    file: str

    def __getitem__(self, column: str) -> str:
        return self.fields.get(column, "").strip()

    def get(self, column: str) -> str | None:
        """The stripped field, or None when it is empty or the column is absent."""
        return self[column] or None

    def fail(self, message: str) -> InputError:
        """An error about this row, naming its file and line."""
        return InputError(f"{self.file}: line {self.line}: {message}")

    def _parse(self, column: str, parse: Callable[[str], object], kind: str,
               missing: Sequence[str]) -> object:
        value = self[column]
        if value in ("", *missing):
            return None
        try:
            return parse(value)
        except (ValueError, InvalidOperation):
            raise self.fail(f"{column} is {value!r}, not {kind}") from None

    def integer(self, column: str, *, missing: Sequence[str] = ()) -> int | None:
        """The field as an int; None when empty or one of the ``missing`` markers."""
        return self._parse(column, int, "a whole number", missing)  # type: ignore[return-value]

    def decimal(self, column: str, *, missing: Sequence[str] = ()) -> Decimal | None:
        """The field as a Decimal; None when empty or one of the ``missing`` markers."""
        return self._parse(column, _decimal, "a number", missing)  # type: ignore[return-value]

    def boolean(self, column: str, *, true: Sequence[str] = ("Yes",),
                false: Sequence[str] = ("No",)) -> bool | None:
        """The field as a bool (``true``/``false`` spellings); None when empty or absent."""
        value = self[column]
        if not value:
            return None
        if value in true or value in false:
            return value in true
        expected = " or ".join(repr(item) for item in (*true, *false) if item)
        raise self.fail(f"{column} is {value!r}, not {expected}")


def _decimal(text: str) -> Decimal:
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(text)
    return value


@dataclass(frozen=True)
class Table:
    """The header and records of a delimited file."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    header_line: int


def _records(lines: Sequence[str], start: int, delimiter: str) -> Iterator[tuple[int, int, list]]:
    """(first line index, end line index, fields) of each CSV record from ``start``."""
    position = start

    def feed() -> Iterator[str]:
        nonlocal position
        while position < len(lines):
            position += 1
            yield lines[position - 1]

    reader = csv.reader(feed(), delimiter=delimiter, strict=True)
    while True:
        first = position
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputError(f"line {first + 1}: {error}") from None
        yield first, position, fields


def header_fields(line: str, delimiter: str = ",") -> list[str]:
    """The stripped fields of one header line."""
    return [field.strip() for field in next(csv.reader([line], delimiter=delimiter), [])]


def find_header(lines: Sequence[str], file: str, test: Callable[[list[str]], bool], *,
                within: int = 30, delimiter: str = ",", what: str = "header") -> int:
    """Index of the first of ``lines`` (within the first ``within``) whose fields pass ``test``."""
    for index, line in enumerate(lines[:within]):
        if test(header_fields(line, delimiter)):
            return index
    raise InputError(f"{file}: line 1: no {what} found in the first {within} lines"
                     " (is this the right kind of file?)")


def read_rows(
    text: str,
    file: str,
    *,
    required: Iterable[str],
    delimiter: str = ",",
    header_index: int = 0,
    final_newline: bool = False,
    rejoin: bool = False,
    rename: Callable[[list[str], int], Sequence[str]] | None = None,
) -> Table:
    """Parse delimited ``text`` whose header is line ``header_index`` (0-based).

    Blank lines are skipped. A record may span lines (quoted line breaks); its
    ``line`` is the first of them.

    Parameters
    ----------
    required : iterable of str
        Columns the importer cannot do without.
    final_newline : bool
        The format always ends its last record with a line break, so a file
        without one was cut short.
    rejoin : bool
        Join a record cut in two by an unquoted line break inside a field (as
        in a few records of SIPRI's legacy export) when the two parts together
        have the header's number of fields.
    rename : callable, optional
        ``rename(header_fields, line)`` gives the column names to use, e.g. to
        name blank columns after their position; it may raise InputError.

    Raises
    ------
    InputError
        Missing columns, a record with another number of fields than the
        header, a malformed quote, or a file that stops mid-record.
    """
    lines = split_lines(text)
    if len(lines) <= header_index:
        raise InputError(f"{file}: line {len(lines) + 1}: the file ends before its header")
    try:
        records = _records(lines, header_index, delimiter)
        _, _, header = next(records)
        if rename is not None:
            header = list(rename(header, header_index + 1))
        columns = tuple(column.strip() if column.strip() else column for column in header)
        missing = [name for name in required if name not in columns]
        if missing:
            raise InputError(f"line {header_index + 1}: missing column {missing[0]!r}"
                             " (is this the right kind of file?)")
        rows = tuple(_rows(records, lines, columns, file, rejoin))
    except InputError as error:
        message = str(error)
        raise InputError(message if message.startswith(file) else f"{file}: {message}") from None
    if final_newline and rows and not text.endswith(("\n", "\r")):
        raise rows[-1].fail("the file ends in the middle of this record (cut short?)")
    return Table(columns, rows, header_index + 1)


def _rows(records: Iterator[tuple[int, int, list]], lines: Sequence[str],
          columns: tuple[str, ...], file: str, rejoin: bool) -> Iterator[Row]:
    parts = list(records)
    index = 0
    while index < len(parts):
        first, end, fields = parts[index]
        index += 1
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if rejoin and len(fields) < len(columns) and index < len(parts):
            _, next_end, more = parts[index]
            if len(fields) + len(more) - 1 == len(columns):
                fields = [*fields[:-1], fields[-1] + "\n" + more[0], *more[1:]]
                end = next_end
                index += 1
        raw = "".join(lines[first:end]).rstrip("\r\n")
        if len(fields) != len(columns):
            raise InputError(f"line {first + 1}: {len(fields)} fields where the header has"
                             f" {len(columns)} (cut or merged line?)")
        yield Row(dict(zip(columns, fields, strict=True)), first + 1, raw, file)


_PREAMBLE_DATE = re.compile(r"Data generated:\s*(.+?)\s*$")


def preamble_value(lines: Sequence[str], pattern: re.Pattern[str] = _PREAMBLE_DATE) -> str | None:
    """The first capture of ``pattern`` in any of ``lines`` (e.g. an export's date)."""
    for line in lines:
        match = pattern.search(line)
        if match:
            return match.group(1)
    return None

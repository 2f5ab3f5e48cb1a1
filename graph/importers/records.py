"""What every importer makes of a record: its document, evidence, and unknown names.

Examples
--------
>>> from graph.importers.records import UnknownNames, record_evidence
>>> record_evidence("Algeria,Russia,2019", "sipri").producer
'importer/sipri'
>>> unknown = UnknownNames("trade-register.csv")
>>> unknown.note("Atlantis", 14)
>>> unknown.note("Atlantis", 20)
>>> unknown.note("Lemuria", 31)
>>> unknown.check()
Traceback (most recent call last):
...
graph.errors.InputError: trade-register.csv: line 14: unknown country or actor 'Atlantis' (and...
"""

from __future__ import annotations

import datetime
import re

from graph.errors import InputError
from graph.model import Evidence

__all__ = ["UnknownNames", "iso_date", "record_evidence"]


def record_evidence(text: str, dataset: str) -> Evidence:
    """Evidence quoting a record as it stands in its file (no offsets: the quote is the record)."""
    return Evidence(quote=text, start=None, end=None, confidence=1.0,
                    producer=f"importer/{dataset}")


class UnknownNames:
    """Collects names no table resolves, to refuse the file with all of them at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.first_line: dict[str, int] = {}

    def note(self, name: str, line: int) -> None:
        """Remember that ``name`` on ``line`` is unknown."""
        self.first_line.setdefault(name, line)

    def check(self) -> None:
        """Raise :class:`InputError` naming the first unknown name and its line, if any."""
        if not self.first_line:
            return
        (name, line), *rest = sorted(self.first_line.items(), key=lambda item: item[1])
        more = ""
        if rest:
            shown = ", ".join(f"{other!r} at line {at}" for other, at in rest[:5])
            more = f" (and {len(rest)} more: {shown}{', ...' if len(rest) > 5 else ''})"
        raise InputError(f"{self.file}: line {line}: unknown country or actor {name!r}{more};"
                         " add it to data/gazetteer/dataset-names.csv")


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_DASHED = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}|xx))?")


def iso_date(text: str, *, pivot: int = 50) -> str:
    """An ISO 8601 date (or year-month) from ``M/D/YY``, ``M/D/YYYY`` or ``YYYY-MM-DD|xx``.

    Two-digit years below ``pivot`` are in the 2000s, the others in the 1900s. An
    unknown day (``xx``) gives ``YYYY-MM``.

    Raises
    ------
    ValueError
        If ``text`` is none of these forms or not a real date.

    Examples
    --------
    >>> iso_date("1/14/80"), iso_date("7/7/05"), iso_date("1980-01-xx"), iso_date("6/4/2018")
    ('1980-01-14', '2005-07-07', '1980-01', '2018-06-04')
    """
    text = text.strip()
    slashed = _SLASHED.fullmatch(text)
    if slashed:
        month, day, year = (int(part) for part in slashed.groups())
        if len(slashed.group(3)) == 2:
            year += 2000 if year < pivot else 1900
        return datetime.date(year, month, day).isoformat()
    dashed = _DASHED.fullmatch(text)
    if dashed:
        year, month = int(dashed.group(1)), int(dashed.group(2))
        day = dashed.group(3)
        if day is None or day == "xx":
            datetime.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return datetime.date(year, month, int(day)).isoformat()
    raise ValueError(f"not a date: {text!r}")

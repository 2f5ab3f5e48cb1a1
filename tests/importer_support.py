"""Helpers the importer tests share: fixture paths, raw-file readers and tie signatures.

The raw readers use only the ``csv`` module, so counts the tests expect are computed
independently of the importers they check.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from graph.model import Findings, Tie

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reference"


def raw_rows(path: Path, *, encoding: str, skip: int = 0, delimiter: str = ","
             ) -> list[dict[str, str]]:
    """Rows of a delimited file after ``skip`` preamble lines, by header name."""
    text = path.read_bytes().decode(encoding)
    lines = text.splitlines()[skip:]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter))


def raw_legacy_sipri(path: Path) -> list[list[str]]:
    """Data rows of a legacy SIPRI export as field lists (its blank column names repeat)."""
    text = path.read_bytes().decode("latin-1")
    return [row for row in csv.reader(io.StringIO(text).readlines()[12:]) if row]


def ties_of(findings: Iterable[Findings]) -> list[Tie]:
    return [tie for batch in findings for tie in batch.ties]


def signature(tie: Tie) -> tuple:
    """What a tie says, independent of record ids and line numbers."""
    return (tie.type, tie.source.key, tie.target.key,
            tuple(sorted(entity.key for entity in tie.others)), tie.start, tie.end,
            tuple(sorted(map(str, tie.facts))))


def fact(tie: Tie, name: str) -> object:
    """The value of fact ``name`` of ``tie`` (the first, if it has several)."""
    return next((value for key, value in tie.facts if key == name), None)


def facts(tie: Tie, name: str) -> list[object]:
    return [value for key, value in tie.facts if key == name]

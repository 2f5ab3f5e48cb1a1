"""Multinational Military Exercises (MME) v7 -> one JointExercise tie per exercise.

The MME wide file (``mme_v7.csv``, D'Orazio and Galambos) lists each exercise
once, with its participants spread over the columns ``StateA`` ... ``StateAM``
as country names. Every exercise becomes one JointExercise tie holding *all*
its participants (the first two as ``source``/``target``, the rest as
``others``), its name, series, dates, domains (command post, air, land, sea,
amphibious, cyber), focus (warfighting, peacekeeping, humanitarian) and location
(a Place with its latitude and longitude). ``-9`` marks a missing value. Dates
come as ``M/D/YY`` or ``YYYY-MM-xx`` (``xx``: day unknown, kept as year-month).

``MMEID`` is not unique in v7 (three ids are used twice), so a record's id is
its ``MMEID`` when the file uses it once and ``MMEID/line N`` otherwise. An
exercise with fewer than two known participants is kept as a record that
mentions its participant, without a tie (a tie needs two parties).

Participant names are resolved in the exercise's start year: MME writes
``Russia`` for COW state 365 throughout, which before 1992 is the Soviet Union.

Data terms: cite D'Orazio, Vito; Galambos, Kevin, 2021, "Multinational Military
Exercises, 1980-2010", https://doi.org/10.7910/DVN/KHFODX, Harvard Dataverse, V1.

Examples
--------
>>> from graph.importers.mme import mme_findings
>>> wide = ("MMEID,Ex_Name,Location,lat,lon,StartDate,EndDate,Air,Sea,StateA,StateB,StateC\\n"
...         "mme1,Sea Star,Mombasa,-4.04,39.67,3/2/05,2005-03-xx,0,1,Kenya,United States,"
...         "United Kingdom\\n")
>>> [findings] = mme_findings(wide.encode(), "mme_v7.csv")
>>> tie = findings.ties[0]
>>> [entity.name for entity in tie.parties], tie.start, tie.end
(['Kenya', 'United States', 'United Kingdom'], '2005-03-02', '2005-03')
>>> [value for name, value in tie.facts if name in ("exerciseName", "exerciseDomain")]
['Sea Star', 'sea']
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

from graph.errors import InputError
from graph.importers.crosswalk import Crosswalk, default_crosswalk
from graph.importers.records import UnknownNames, iso_date, record_evidence
from graph.importers.tables import Row, decode_table, read_bytes, read_rows
from graph.model import Dataset, DatasetRecord, Entity, Findings, Tie
from graph.namespaces import slug

__all__ = ["DOMAINS", "FOCUS", "mme_dataset", "mme_findings", "read_mme"]

MISSING = "-9"

#: Domain indicator columns -> values of dg:exerciseDomain.
DOMAINS: dict[str, str] = {
    "CPX": "command post",
    "Air": "air",
    "Land": "land",
    "Sea": "sea",
    "Amphibious": "amphibious",
    "Cyber": "cyber",
}

#: Focus indicator columns -> values of dg:exerciseFocus.
FOCUS: dict[str, str] = {
    "Warfighting": "warfighting",
    "Peacekeeping": "peacekeeping",
    "Humanitarian": "humanitarian",
}

_TEXT_FACTS = {
    "Ex_Name": "exerciseName",
    "Series_Name": "exerciseSeries",
    "FocusDescription": "focusDescription",
    "AdditionalParticipantInfo": "additionalParticipants",
}

_PARTICIPANT = re.compile(r"State([A-Z]{1,2})")
_REQUIRED = ("MMEID", "StartDate", "EndDate", "StateA", "StateB")


def mme_dataset(version: str | None) -> Dataset:
    """The MME dataset (``version`` from the file name, e.g. ``7`` for mme_v7.csv)."""
    return Dataset(
        key=f"mme-v{version}" if version else "mme",
        title="Multinational Military Exercises (MME)",
        version=version,
        citation=("D'Orazio, Vito; Galambos, Kevin, 2021, \"Multinational Military Exercises,"
                  " 1980-2010\", https://doi.org/10.7910/DVN/KHFODX, Harvard Dataverse, V1"),
        url="https://doi.org/10.7910/DVN/KHFODX",
    )


def _participant_columns(columns: tuple[str, ...], file: str) -> list[str]:
    """StateA, StateB, ..., StateZ, StateAA, ... in the dataset's order, wherever they are.

    The columns must run without a gap from StateA: a missing one would lose
    participants without a trace.
    """
    found = sorted((column for column in columns if _PARTICIPANT.fullmatch(column)),
                   key=lambda column: (len(column), column))
    letters = string.ascii_uppercase
    expected = [f"State{letter}" for letter in letters] + [
        f"State{first}{second}" for first in letters for second in letters]
    for column, wanted in zip(found, expected, strict=False):
        if column != wanted:
            raise InputError(f"{file}: line 1: participant column {wanted} is missing"
                             f" (found {column} after it)")
    return found


def _value(row: Row, column: str) -> str | None:
    value = row.get(column)
    return None if value == MISSING else value


def _date(row: Row, column: str) -> str | None:
    text = _value(row, column)
    if text is None:
        return None
    try:
        return iso_date(text)
    except ValueError:
        raise row.fail(f"{column} is {text!r}, not M/D/YY or YYYY-MM-DD") from None


def _location(row: Row) -> tuple[Entity, ...]:
    name = _value(row, "Location")
    if not name:
        return ()
    facts = tuple((prop, value) for prop, value in (
        ("latitude", row.decimal("lat", missing=(MISSING,))),
        ("longitude", row.decimal("lon", missing=(MISSING,)))) if value is not None)
    return (Entity(name, "Place", slug(name), facts=facts),)


def _facts(row: Row) -> tuple[tuple[str, object], ...]:
    facts: list[tuple[str, object]] = []
    for column, name in _TEXT_FACTS.items():
        value = _value(row, column)
        if value:
            facts.append((name, value))
    for indicators, name in ((DOMAINS, "exerciseDomain"), (FOCUS, "exerciseFocus")):
        for column, value in indicators.items():
            if row.integer(column, missing=(MISSING,)):
                facts.append((name, value))
    return tuple(facts)


def _record_ids(rows: tuple[Row, ...]) -> list[str]:
    counts = Counter(row["MMEID"] for row in rows)
    return [row["MMEID"] if counts[row["MMEID"]] == 1 else f"{row['MMEID']}/line {row.line}"
            for row in rows]


def mme_findings(data: bytes, file: str, *, crosswalk: Crosswalk | None = None
                 ) -> list[Findings]:
    """Findings of an MME wide file: one record (and one tie) per exercise.

    Raises
    ------
    InputError
        If the file is not an MME wide file, is garbled, has a date in neither
        format, or names a participant nothing resolves (with file and line).
    """
    crosswalk = crosswalk or default_crosswalk()
    table = read_rows(decode_table(data, file), file, required=_REQUIRED)
    if not table.rows:
        raise InputError(f"{file}: line 2: no exercises after the header")
    version = re.search(r"v(\d+)", Path(file).stem)
    dataset = mme_dataset(version.group(1) if version else None)
    participants = _participant_columns(table.columns, file)
    unknown = UnknownNames(file)
    findings = []
    for row, record_id in zip(table.rows, _record_ids(table.rows), strict=True):
        if not row["MMEID"]:
            raise row.fail("MMEID is empty")
        start, end = _date(row, "StartDate"), _date(row, "EndDate")
        year = int(start[:4]) if start else None
        parties: dict[str, Entity] = {}
        for column in participants:
            name = _value(row, column)
            if not name:
                continue
            entities = crosswalk.actors("mme", name, year)
            if entities is None:
                unknown.note(name, row.line)
                continue
            for entity in entities:
                parties.setdefault(f"{entity.kind}/{entity.key}", entity)
        record = DatasetRecord(dataset, record_id, row.line, file, row.text)
        found = list(parties.values())
        if len(found) < 2:
            findings.append(Findings(record, entities=found))
            continue
        tie = Tie("JointExercise", found[0], found[1], record,
                  evidence=(record_evidence(row.text, "mme"),), others=tuple(found[2:]),
                  places=_location(row), start=start, end=end, facts=_facts(row))
        findings.append(Findings(record, ties=[tie]))
    unknown.check()
    return findings


def read_mme(path: Path | str) -> list[Findings]:
    """Read an MME wide CSV (see :func:`mme_findings`)."""
    return mme_findings(read_bytes(path), Path(path).name)

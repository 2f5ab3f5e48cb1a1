"""Security Force Monitor US foreign military training -> Training ties United States -> country.

Security Force Monitor extracts the US State Department / DoD report "Foreign
Military Training and DoD Engagement Activities of Interest" into tab-separated
files with one row per course and student unit (``country, program,
course_title, us_unit, student_unit, start_date, end_date, location, quantity,
total_cost, source``). Every row becomes one Training tie United States ->
country with its program, course, US and student units, dates (``M/D/YYYY``),
number of trainees and cost in US dollars (parsed from text such as
``$13,841 ``). The per-program subtotal rows (course title ``... Program
Totals``) are not training events and are dropped. ``N/A`` marks a missing
unit. A row has no id of its own, so its record id is the file's stem and line.

Data terms: MIT licence for the extraction code and CC BY 4.0 for SFM's published
data; attribute Security Force Monitor (https://securityforcemonitor.org).

Examples
--------
>>> from graph.importers.sfm import sfm_findings
>>> tsv = ("country\\tprogram\\tcourse_title\\tstudent_unit\\tstart_date\\tend_date\\t"
...        "quantity\\ttotal_cost\\tsource\\n"
...        "Kenya\\tIMET\\tLogistics Course\\tKenya Army\\t6/4/2018\\t7/26/2018\\t2\\t"
...        "$13,841 \\tFMT\\n"
...        "Kenya\\tIMET\\tFiscal Year 2018 Program Totals\\t\\t\\t\\t2\\t$13,841 \\tFMT\\n")
>>> [findings] = sfm_findings(tsv.encode(), "fmtrpt.tsv")
>>> tie = findings.ties[0]
>>> tie.source.name, tie.target.name, tie.start, dict(tie.facts)["costUSD"]
('United States', 'Kenya', '2018-06-04', Decimal('13841'))
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from graph.errors import InputError
from graph.importers.crosswalk import Crosswalk, default_crosswalk
from graph.importers.records import UnknownNames, iso_date, record_evidence
from graph.importers.tables import Row, decode_table, read_bytes, read_rows
from graph.model import Dataset, DatasetRecord, Entity, Findings, Tie
from graph.namespaces import slug

__all__ = ["parse_cost", "read_sfm", "sfm_dataset", "sfm_findings"]

_REQUIRED = ("country", "program", "course_title", "start_date", "end_date", "quantity",
             "total_cost")
_TOTALS = re.compile(r"\bProgram Totals\s*$")
_COST = re.compile(r"\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_MISSING_UNIT = ("N/A",)
_TRAINER = "USA"


def sfm_dataset(source: str | None) -> Dataset:
    """The SFM training dataset, versioned by the report volume it was extracted from."""
    return Dataset(
        key=f"sfm-{slug(source)}" if source else "sfm",
        title="Security Force Monitor: US foreign military training",
        version=source,
        citation="Security Force Monitor, Foreign Military Training data (FMTRPT)",
        url="https://securityforcemonitor.org",
    )


def parse_cost(text: str) -> Decimal:
    """US dollars from report text such as ``"$13,841 "``.

    Examples
    --------
    >>> parse_cost("$13,841 "), parse_cost("$0 "), parse_cost("1,250.50")
    (Decimal('13841'), Decimal('0'), Decimal('1250.50'))
    """
    match = _COST.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a dollar amount: {text!r}")
    return Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))


def _date(row: Row, column: str) -> str | None:
    text = row.get(column)
    if text is None:
        return None
    try:
        return iso_date(text)
    except ValueError:
        raise row.fail(f"{column} is {text!r}, not M/D/YYYY") from None


def _unit(row: Row, column: str) -> str | None:
    value = row.get(column)
    return None if value in _MISSING_UNIT else value


def _tie(row: Row, trainer: Entity, trainee: Entity, record: DatasetRecord) -> Tie:
    try:
        cost = parse_cost(row["total_cost"]) if row["total_cost"] else None
    except ValueError:
        raise row.fail(f"total_cost is {row['total_cost']!r}, not a dollar amount") from None
    facts = tuple((name, value) for name, value in (
        ("trainingProgram", row.get("program")),
        ("courseTitle", row.get("course_title")),
        ("trainingUnit", _unit(row, "us_unit")),
        ("studentUnit", _unit(row, "student_unit")),
        ("traineeCount", row.integer("quantity")),
        ("costUSD", cost),
    ) if value is not None)
    location = row.get("location")
    places = (Entity(location, "Place", slug(location)),) if location else ()
    return Tie("Training", trainer, trainee, record,
               evidence=(record_evidence(row.text, "sfm"),), places=places,
               start=_date(row, "start_date"), end=_date(row, "end_date"), facts=facts)


def sfm_findings(data: bytes, file: str, *, crosswalk: Crosswalk | None = None
                 ) -> list[Findings]:
    """Findings of an SFM training TSV: one record and tie per training row.

    Raises
    ------
    InputError
        If the file is not an SFM training table, is cut short or garbled, or
        names a country nothing resolves (message with file and line).
    """
    crosswalk = crosswalk or default_crosswalk()
    table = read_rows(decode_table(data, file), file, required=_REQUIRED, delimiter="\t",
                      final_newline=True)
    rows = [row for row in table.rows if not _TOTALS.search(row["course_title"])]
    if not rows:
        raise InputError(f"{file}: line 2: no training rows after the header")
    sources = sorted({row["source"] for row in rows if row["source"]})
    dataset = sfm_dataset(sources[0] if len(sources) == 1 else None)
    trainer = crosswalk.gazetteer.country_entity(_TRAINER)
    stem = Path(file).stem
    unknown = UnknownNames(file)
    findings = []
    for row in rows:
        start = _date(row, "start_date")
        countries = crosswalk.actors("sfm", row["country"], int(start[:4]) if start else None)
        if not countries:
            unknown.note(row["country"], row.line)
            continue
        record = DatasetRecord(dataset, f"{stem}/line {row.line}", row.line, file, row.text)
        findings.append(Findings(record, ties=[_tie(row, trainer, countries[0], record)]))
    unknown.check()
    return findings


def read_sfm(path: Path | str) -> list[Findings]:
    """Read an SFM foreign military training TSV (see :func:`sfm_findings`)."""
    return sfm_findings(read_bytes(path), Path(path).name)

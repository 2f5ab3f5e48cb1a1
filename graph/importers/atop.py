"""ATOP 5.1 member-level file -> alliances and AllianceMembership ties.

The Alliance Treaty Obligations and Provisions member file (``atop5_1m.csv``) has
one row per alliance, member and *phase*: a membership whose terms changed has
several rows. Each ``atopid`` becomes one alliance entity (an Organisation of
category Alliance, named from ``data/gazetteer/dataset-names.csv`` where the
project knows its common name, else "ATOP alliance N"); each (atopid, member)
pair becomes one AllianceMembership tie member -> alliance, from its first entry
to its last exit (``yrexit`` 0: not ended by the end of the data), with one
``membershipPhase`` per row and the member's obligations (defense, offense,
neutral, nonagg, consul: true if any phase has them) and provisions (milaid,
base, intcom: the highest ATOP code of any phase). The alliance carries the
obligations any member has. Members are COW state codes, resolved with
:meth:`~graph.importers.crosswalk.Crosswalk.cow_country` in the year of entry.

Data terms: free for research use with citation: Leeds, Ritter, Mitchell and Long
(2002), "Alliance Treaty Obligations and Provisions, 1815-1944", International
Interactions 28: 237-260; http://www.atopdata.org.

Examples
--------
>>> from graph.importers.atop import atop_findings
>>> member_file = (
...     "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,consul,version\\n"
...     "9001,2,1990,1,15,1995,6,0,1,1,0,5.1\\n"
...     "9001,2,1995,6,0,0,0,0,2,1,1,5.1\\n"
...     "9001,501,1990,1,15,0,0,0,1,1,1,5.1\\n")
>>> findings = atop_findings(member_file.encode(), "atop5_1m.csv")
>>> for tie in (tie for batch in findings for tie in batch.ties):
...     print(tie.source.name, "->", tie.target.name, tie.start, tie.end)
United States -> ATOP alliance 9001 1990-01-15 None
Kenya -> ATOP alliance 9001 1990-01-15 None
>>> [value for name, value in findings[0].ties[0].facts if name == "membershipPhase"]
['1990-01-15/1995-06', '1995-06/..']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from graph.errors import InputError
from graph.importers.crosswalk import Crosswalk, default_crosswalk
from graph.importers.records import UnknownNames, record_evidence
from graph.importers.tables import Row, decode_table, read_bytes, read_rows
from graph.model import Dataset, DatasetRecord, Entity, Findings, Tie

__all__ = ["OBLIGATIONS", "PROVISIONS", "atop_dataset", "atop_findings", "read_atop"]

#: ATOP obligation columns -> ontology properties (booleans).
OBLIGATIONS: dict[str, str] = {
    "defense": "defenceObligation",
    "offense": "offenceObligation",
    "neutral": "neutralityObligation",
    "nonagg": "nonAggressionObligation",
    "consul": "consultationObligation",
}

#: ATOP provision columns -> ontology properties (the codebook's integer codes).
PROVISIONS: dict[str, str] = {
    "milaid": "militaryAidProvision",
    "base": "basingProvision",
    "intcom": "integratedCommandProvision",
}

_REQUIRED = ("atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit")


def atop_dataset(version: str | None) -> Dataset:
    """The ATOP dataset in ``version`` (from the file's ``version`` column)."""
    return Dataset(
        key=f"atop-{version}" if version else "atop",
        title="Alliance Treaty Obligations and Provisions (ATOP)",
        version=version,
        citation=("Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and"
                  " Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions,"
                  " 1815-1944.\" International Interactions 28: 237-260."),
        url="http://www.atopdata.org",
    )


def _date(row: Row, year: str, month: str, day: str) -> str | None:
    """ISO date of an ATOP year/month/day triple; 0 for an unknown month or day."""
    y, m, d = (row.integer(column) or 0 for column in (year, month, day))
    if y == 0:
        return None
    if not (1 <= m <= 12):
        return f"{y:04d}" if m == 0 else _bad(row, month)
    if not (1 <= d <= 31):
        return f"{y:04d}-{m:02d}" if d == 0 else _bad(row, day)
    return f"{y:04d}-{m:02d}-{d:02d}"


def _bad(row: Row, column: str) -> str:
    raise row.fail(f"{column} is {row[column]!r}, out of range")


def _obligations(rows: Sequence[Row]) -> list[tuple[str, object]]:
    facts: list[tuple[str, object]] = []
    for column, name in OBLIGATIONS.items():
        values = [row.integer(column) for row in rows if column in row.fields]
        known = [value for value in values if value is not None]
        if known:
            facts.append((name, any(value > 0 for value in known)))
    for column, name in PROVISIONS.items():
        known = [value for value in (row.integer(column) for row in rows
                                     if column in row.fields) if value is not None]
        if known:
            facts.append((name, max(known)))
    return facts


def _alliance(atopid: str, rows: Sequence[Row], crosswalk: Crosswalk) -> Entity:
    named = crosswalk.actors("atop-alliance", atopid)
    if named and named[0].kind != "Country":
        base = named[0]
    else:
        base = Entity(f"ATOP alliance {atopid}", "Organisation", f"atop-{atopid}",
                      category="Alliance")
    facts = [("atopId", int(atopid))]
    cow_ids = {row["cowid"] for row in rows if row["cowid"]}
    if len(cow_ids) == 1:
        facts.append(("cowAllianceId", rows[0].integer("cowid")))
    return replace(base, facts=(*base.facts, *facts, *_obligations(rows)))


def _phases(rows: Sequence[Row]) -> list[tuple[str | None, str | None]]:
    """(entry, exit) ISO dates of each phase row, earliest first; exit None: not ended."""
    phases = [(_date(row, "yrent", "moent", "dayent"), _date(row, "yrexit", "moexit", "dayexit"))
              for row in rows]
    return sorted(phases, key=lambda phase: phase[0] or "")


def _clip(phases: list[tuple[str | None, str | None]], first: int, last: int | None
          ) -> list[tuple[str | None, str | None]]:
    """The parts of ``phases`` within the years ``first`` to ``last`` (None: open)."""
    clipped = []
    for entry, exit_ in phases:
        entry_year = int(entry[:4]) if entry else first
        exit_year = int(exit_[:4]) if exit_ else None
        if (last is not None and entry_year > last) or (exit_year is not None
                                                        and exit_year < first):
            continue
        if entry_year < first:
            entry = str(first)
        if last is not None and (exit_year is None or exit_year > last):
            exit_ = str(last)
        clipped.append((entry, exit_))
    return clipped


def _membership_ties(rows: Sequence[Row], alliance: Entity, record: DatasetRecord,
                     crosswalk: Crosswalk, unknown: UnknownNames) -> list[Tie]:
    """One tie per state the member's COW code stood for during the membership."""
    first = rows[0]
    phases = _phases(rows)
    start_year = int(phases[0][0][:4]) if phases[0][0] else first.integer("yrent") or 0
    ended = all(exit_ is not None for _, exit_ in phases)
    end_year = max(int(exit_[:4]) for _, exit_ in phases if exit_) if ended else None
    common = []
    if first.integer("bilat") is not None:
        common.append(("bilateral", first.integer("bilat") == 1))
    common += _obligations(rows)
    evidence = tuple(record_evidence(row.text, "atop") for row in rows)
    ties = []
    periods = crosswalk.cow_periods(int(first["member"]), start_year, end_year, dataset="atop")
    for member, period_start, period_end in periods:
        if member is None:
            unknown.note(f"COW state code {first['member']}", first.line)
            continue
        part = _clip(phases, period_start, period_end)
        if not part:
            continue
        facts = [("membershipPhase", f"{entry or '..'}/{exit_ or '..'}") for entry, exit_ in part]
        ends = [exit_ for _, exit_ in part]
        ties.append(Tie(
            "AllianceMembership", member, alliance, record, evidence=evidence,
            start=part[0][0], end=None if None in ends else max(ends),  # type: ignore[type-var]
            facts=(*facts, *common)))
    return ties


def atop_findings(data: bytes, file: str, *, crosswalk: Crosswalk | None = None
                  ) -> list[Findings]:
    """Findings of an ATOP member-level file: one per (alliance, member) membership.

    Raises
    ------
    InputError
        If the file is not an ATOP member file, is cut short or garbled, or
        holds a COW state code nothing resolves (message with file and line).
    """
    crosswalk = crosswalk or default_crosswalk()
    text = decode_table(data, file)
    table = read_rows(text, file, required=_REQUIRED, final_newline=True)
    if not table.rows:
        raise InputError(f"{file}: line 2: no members after the header")
    memberships: dict[tuple[str, str], list[Row]] = {}
    alliances: dict[str, list[Row]] = {}
    for row in table.rows:
        for column in ("atopid", "member", "yrent"):
            if row.integer(column) is None:
                raise row.fail(f"{column} is empty")
        memberships.setdefault((row["atopid"], row["member"]), []).append(row)
        alliances.setdefault(row["atopid"], []).append(row)
    versions = sorted({row["version"] for row in table.rows if row["version"]})
    dataset = atop_dataset(versions[0] if len(versions) == 1 else None)
    alliance_of = {atopid: _alliance(atopid, rows, crosswalk) for atopid, rows in alliances.items()}
    unknown = UnknownNames(file)
    findings = []
    for (atopid, member), rows in memberships.items():
        record = DatasetRecord(dataset, f"{atopid}-{member}", rows[0].line, file,
                               "\n".join(row.text for row in rows))
        ties = _membership_ties(rows, alliance_of[atopid], record, crosswalk, unknown)
        findings.append(Findings(record, ties=ties))
    unknown.check()
    return findings


def read_atop(path: Path | str) -> list[Findings]:
    """Read an ATOP member-level CSV (see :func:`atop_findings`)."""
    return atop_findings(read_bytes(path), Path(path).name)

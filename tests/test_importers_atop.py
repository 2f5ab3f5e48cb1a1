"""ATOP 5.1 member file: invented fixture and the shared real file."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.importers.atop import atop_findings, read_atop
from tests.importer_support import FIXTURES, fact, facts, raw_rows, ties_of

MEMBERS = FIXTURES / "atop-members.csv"


def _ties(record_id: str):
    return [tie for tie in ties_of(read_atop(MEMBERS)) if tie.document.record_id == record_id]


def test_one_record_per_membership_and_one_alliance_per_atopid() -> None:
    findings = read_atop(MEMBERS)
    rows = raw_rows(MEMBERS, encoding="ascii")
    assert len(findings) == len({(row["atopid"], row["member"]) for row in rows})
    alliances = {tie.target for tie in ties_of(findings)}
    assert {alliance.key for alliance in alliances} == {"atop-9001", "atop-9002", "atop-9003",
                                                         "nato"}
    assert all(alliance.category == "Alliance" for alliance in alliances)


def test_phases_give_one_tie_from_first_entry_to_last_exit() -> None:
    [tie] = _ties("9001-2")
    assert (tie.source.key, tie.start, tie.end) == ("USA", "1990-01-15", None)
    assert facts(tie, "membershipPhase") == ["1990-01-15/1995-06", "1995-06/.."]
    assert fact(tie, "consultationObligation") is True  # in the second phase only
    assert fact(tie, "militaryAidProvision") == 3 and fact(tie, "bilateral") is True
    assert len(tie.evidence) == 2 and tie.document.row == 2
    [ended] = _ties("9003-200")
    assert (ended.start, ended.end) == ("1850-05-02", "1866-08-23")


def test_a_cow_code_whose_state_changed_gives_one_tie_per_state() -> None:
    soviet, russia = _ties("9002-365")
    assert (soviet.source.key, soviet.start, soviet.end) == ("SUN", "1985-03-01", "1991")
    assert (russia.source.key, russia.start, russia.end) == ("RUS", "1992", None)
    assert soviet.document == russia.document


def test_states_the_gazetteer_lacks_come_from_the_dataset_names_table() -> None:
    [tie] = _ties("9003-240")
    hanover = tie.source
    assert (hanover.name, hanover.kind, hanover.key) == ("Hanover", "Country", "XHA")
    assert ("cowCode", 240) in hanover.facts
    assert [target.key for _, target in hanover.links] == ["DEU"]


def test_alliance_carries_any_members_obligations() -> None:
    alliance = _ties("9003-240")[0].target
    assert ("atopId", 9003) in alliance.facts
    assert ("defenceObligation", True) in alliance.facts  # Hanover's
    assert ("neutralityObligation", True) in alliance.facts  # the UK's
    nato = _ties("3180-2")[0].target
    assert (nato.name, nato.wikidata) == ("NATO", "Q7184")


def test_refuses_other_files_and_unknown_codes() -> None:
    with pytest.raises(InputError, match=r"x\.csv: line 1: missing column 'atopid'"):
        atop_findings(b"MMEID,Ex_Name\nmme1,Test\n", "x.csv")
    text = MEMBERS.read_text().replace("9001,,501,", "9001,,999,")
    with pytest.raises(InputError, match=r"x\.csv: line 4: unknown .*COW state code 999"):
        atop_findings(text.encode(), "x.csv")
    with pytest.raises(InputError, match=r"x\.csv: line 3: yrent is 'x', not a whole number"):
        atop_findings(MEMBERS.read_text().replace(",1995,6,0,0,0,0,", ",x,6,0,0,0,0,")
                      .encode(), "x.csv")


def test_shared_member_file(shared_data: Path) -> None:
    path = shared_data / "atop" / "atop5_1m.csv"
    rows = raw_rows(path, encoding="ascii")
    findings = read_atop(path)
    pairs = {(row["atopid"], row["member"]) for row in rows}
    assert len(findings) == len(pairs)
    ties = ties_of(findings)
    assert len({tie.target.key for tie in ties}) == len({row["atopid"] for row in rows})
    assert sum(len(tie.evidence) for tie in ties) >= len(rows)
    open_memberships = {(row["atopid"], row["member"]) for row in rows if row["yrexit"] == "0"}
    still_open = {tuple(tie.document.record_id.split("-")) for tie in ties if tie.end is None}
    assert still_open == open_memberships
    # COW 365 is the Soviet Union from 1922 to 1991 and Russia before and after
    starts = defaultdict(list)
    for tie in ties:
        if tie.document.record_id.endswith("-365"):
            starts[tie.source.key].append(int(tie.start[:4]))
    assert starts["SUN"] and all(1922 <= year <= 1991 for year in starts["SUN"])
    assert starts["RUS"] and all(year < 1922 or year >= 1992 for year in starts["RUS"])
    assert set(starts) == {"SUN", "RUS"}

"""MME v7 wide exercise file: invented fixture and the shared real file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graph.build import generate_graph
from graph.errors import InputError
from graph.importers.mme import mme_findings, read_mme
from graph.namespaces import DG, DGR, DGT
from tests.importer_support import FIXTURES, fact, facts, raw_rows, ties_of

EXERCISES = FIXTURES / "mme-exercises.csv"


def _tie(record_id: str):
    return next(tie for tie in ties_of(read_mme(EXERCISES)) if tie.document.record_id == record_id)


def test_one_tie_with_all_participants() -> None:
    tie = _tie("mmeT1")
    assert [entity.key for entity in tie.parties] == ["KEN", "USA", "GBR"]
    assert (tie.source.key, tie.target.key) == ("KEN", "USA")
    assert (tie.start, tie.end) == ("2005-03-02", "2005-03-09")
    assert fact(tie, "exerciseName") == "Test Sea Star 05"
    assert facts(tie, "exerciseDomain") == ["sea"]
    assert facts(tie, "exerciseFocus") == ["warfighting"]
    [place] = tie.places
    assert place.name == "Mombasa" and ("latitude", place.facts[0][1]) == place.facts[0]
    assert tie.evidence[0].quote == EXERCISES.read_text(encoding="utf-8").splitlines()[1]


def test_groups_organisations_and_spellings() -> None:
    tie = _tie("mmeT5")
    assert [entity.key for entity in tie.parties] == ["EST", "LVA", "LTU", "nato", "DEU", "CIV"]
    assert tie.others[1].kind == "Organisation"  # source EST, target LVA, then LTU, NATO


def test_russia_before_1992_is_the_soviet_union_and_days_may_be_unknown() -> None:
    tie = _tie("mmeT2")
    assert tie.source.key == "SUN" and (tie.start, tie.end) == ("1985-07", "1985-07")


def test_repeated_ids_get_their_line_and_missing_values_are_dropped() -> None:
    findings = read_mme(EXERCISES)
    ids = [batch.document.record_id for batch in findings]
    assert ids == ["mmeT1", "mmeT2", "mmeT3/line 4", "mmeT3/line 5", "mmeT4", "mmeT5"]
    lone = findings[4]
    assert lone.ties == [] and [entity.key for entity in lone.entities] == ["KEN"]
    assert lone.document.text.startswith("mmeT4,-9")


def test_a_lone_participant_is_a_record_that_mentions_it() -> None:
    graph = generate_graph(read_mme(EXERCISES))
    [record] = [node for node, record_id in graph.subject_objects(DG.recordId)
                if str(record_id) == "mmeT4"]
    assert (record, DG.mentions, DGR["country/KEN"]) in graph
    assert len(set(graph.subjects(DG.tieType, DGT.JointExercise))) == 5


@pytest.mark.parametrize("old, new, message", [
    ("3/2/05", "3/32/05", r"line 2: StartDate is '3/32/05'"),
    ("Tanzania", "Narnia", r"line 4: unknown country or actor 'Narnia'"),
])
def test_refuses_bad_values(old: str, new: str, message: str) -> None:
    data = EXERCISES.read_bytes().replace(old.encode(), new.encode(), 1)
    with pytest.raises(InputError, match=r"mme\.csv: " + message):
        mme_findings(data, "mme.csv")


def test_shared_file(shared_data: Path) -> None:
    path = shared_data / "mme" / "mme_v7.csv"
    rows = raw_rows(path, encoding="utf-8")
    findings = read_mme(path)
    assert len(findings) == len(rows)
    assert len({batch.document.record_id for batch in findings}) == len(rows)
    states = [column for column in rows[0] if column.startswith("State")]

    def participants(row: dict[str, str]) -> set[str]:
        return {row[column] for column in states} - {"", "-9"}

    both = sum(1 for row in rows if {"Kenya", "United States"} <= participants(row))
    ties = ties_of(findings)
    assert both > 0
    assert sum(1 for tie in ties if {"KEN", "USA"} <= {e.key for e in tie.parties}) == both
    with_two = sum(1 for row in rows if len(participants(row)) >= 2)
    assert with_two <= len(ties) <= len(rows)  # a group ("Baltic States") adds parties
    assert max(len(tie.parties) for tie in ties) >= max(len(participants(r)) for r in rows)
    named = Counter(bool(fact(tie, "exerciseName")) for tie in ties)
    assert named[True] == sum(1 for row in rows if row["Ex_Name"] != "-9"
                              and len(participants(row)) >= 2)

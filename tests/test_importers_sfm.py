"""Security Force Monitor training TSV: invented fixture and the shared real file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.importers.sfm import parse_cost, read_sfm, sfm_findings
from tests.importer_support import FIXTURES, fact, raw_rows, ties_of

TRAINING = FIXTURES / "sfm-training.tsv"


def test_training_rows_become_ties_from_the_united_states() -> None:
    findings = read_sfm(TRAINING)
    rows = raw_rows(TRAINING, encoding="utf-8", delimiter="\t")
    kept = [row for row in rows if not row["course_title"].endswith("Program Totals")]
    assert len(findings) == len(kept) == 3
    ties = ties_of(findings)
    assert {tie.source.key for tie in ties} == {"USA"}
    assert [tie.target.key for tie in ties] == ["KEN", "GMB", "MOZ"]
    kenya = ties[0]
    assert (kenya.start, kenya.end) == ("2018-06-04", "2018-07-26")
    assert fact(kenya, "costUSD") == Decimal(13841) and fact(kenya, "traineeCount") == 2
    assert fact(kenya, "courseTitle") == "Test Logistics Course"
    assert fact(kenya, "studentUnit") == "Kenya Army"
    assert kenya.places[0].name == "Test Base, AL, US"
    assert kenya.document.record_id == "sfm-training/line 2"
    assert kenya.document.dataset.version == "TEST_Volume"


def test_missing_units_are_left_out() -> None:
    gambia = ties_of(read_sfm(TRAINING))[1]
    assert fact(gambia, "trainingUnit") is None and fact(gambia, "studentUnit") is None
    assert fact(gambia, "costUSD") == Decimal(0)


@pytest.mark.parametrize("text, dollars", [("13,841", "13841"), ("$ 1,000,000 ", "1000000"),
                                           ("$13.84", "13.84")])
def test_costs(text: str, dollars: str) -> None:
    assert parse_cost(text) == Decimal(dollars)


@pytest.mark.parametrize("text", ["$13,84", "$", "about $5", "$1,2345"])
def test_costs_that_are_not_dollar_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cost(text)


def test_refuses_bad_rows() -> None:
    data = TRAINING.read_bytes()
    with pytest.raises(InputError, match=r"t\.tsv: line 2: total_cost is '\$13,84x'"):
        sfm_findings(data.replace(b"$13,841 \tTEST_Volume\nGambia", b"$13,84x \tTEST_Volume\n"
                                  b"Gambia"), "t.tsv")
    with pytest.raises(InputError, match=r"t\.tsv: line 5: the file ends in the middle"):
        sfm_findings(data[:-3], "t.tsv")
    with pytest.raises(InputError, match=r"t\.tsv: line 1: missing column 'country'"):
        sfm_findings(data.replace(b"country\t", b"nation\t", 1), "t.tsv")


def test_shared_file(shared_data: Path) -> None:
    path = shared_data / "sfm" / "2018_2019_Africa_fmtrpt.tsv"
    rows = raw_rows(path, encoding="utf-8", delimiter="\t")
    training = [row for row in rows if "Program Totals" not in row["course_title"]]
    findings = read_sfm(path)
    assert len(findings) == len(training) == len(rows) - 233
    ties = ties_of(findings)
    assert len({tie.target.key for tie in ties}) == len({row["country"] for row in rows}) == 43
    total = sum(Decimal(row["total_cost"].strip().lstrip("$").replace(",", ""))
                for row in training)
    assert sum(fact(tie, "costUSD") for tie in ties) == total
    kenya = sum(1 for row in training if row["country"] == "Kenya")
    assert sum(1 for tie in ties if tie.target.key == "KEN") == kenya > 0

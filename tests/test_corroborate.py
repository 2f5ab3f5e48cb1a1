"""Corroboration of news claims by reference records: Python and SPARQL, fixtures and slices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.articles import seed_article_path
from graph.build import generate_graph
from graph.cli import cli
from graph.corroborate import COLUMNS, corroborate, corroboration_summary
from graph.gazetteer import default_gazetteer
from graph.model import Article, Evidence, Findings, Tie
from graph.query import run_query
from graph.sources import default_findings, findings_from_sources
from graph.store import new_graph
from tests.conftest import SHARED
from tests.importer_support import FIXTURES, raw_legacy_sipri

SEED = str(seed_article_path())
SIPRI = f"sipri:{FIXTURES / 'sipri-legacy.csv'}"


def _rows(result, **match):
    return [row for row in result.rows if all(row[key] == value for key, value in match.items())]


def _key(row: dict) -> tuple:
    return tuple(str(row[column]) for column in COLUMNS)


@pytest.fixture(scope="module")
def fixture_graph() -> Graph:
    return generate_graph(findings_from_sources([SEED, SIPRI,
                                                 f"mme:{FIXTURES / 'mme-exercises.csv'}",
                                                 f"atop:{FIXTURES / 'atop-members.csv'}"]))


def test_seed_claims_with_direct_and_predecessor_records(fixture_graph: Graph) -> None:
    result = corroborate(fixture_graph)
    assert result.columns == COLUMNS
    arms = _rows(result, source="Russia", target="Mozambique", type="ArmsTransfer")
    assert {(row["support"], row["record"]) for row in arms} == {
        ("direct", "2019-russia-mozambique-test-heli-2"),
        ("direct", "2021-russia-mozambique-test-radar-a"),
        ("predecessor", "1979-soviet-union-mozambique-test-heli-1"),
    }
    soviet = next(row for row in arms if row["support"] == "predecessor")
    assert soviet["via"] == "Soviet Union (predecessor of Russia)"
    assert soviet["years"] == "1979–1981" and soviet["weapon"] == "Test-Heli 1"
    assert soviet["detail"] == "transport helicopter"
    assert soviet["dataset"] == "SIPRI Arms Transfers Database"
    assert "arms acquisitions" in soviet["evidence"]
    [algeria] = _rows(result, source="Russia", target="Algeria")
    assert (algeria["support"], algeria["years"]) == ("direct", "2006–2010")


def test_undirected_claims_and_unconfirmed_ones(fixture_graph: Graph) -> None:
    result = corroborate(fixture_graph)
    [exercise] = _rows(result, type="JointExercise")
    # the seed's Russia-Mozambique exercise claim; the fixture's 1985 exercise is Soviet
    assert (exercise["source"], exercise["target"]) == ("Mozambique", "Russia")
    assert exercise["support"] == "predecessor" and exercise["detail"] == "Test Steppe 85"
    [kenya] = _rows(result, source="Kenya", type="PrimaryPartner")
    assert kenya["support"] == "unconfirmed" and kenya["record"] is None
    summary = corroboration_summary(result)
    statuses = {(row["type"], row["source"]): row["status"] for row in summary.rows}
    assert statuses[("ArmsTransfer", "Russia")] == "corroborated"
    assert statuses[("JointExercise", "Mozambique")] == "predecessor only"
    assert statuses[("Training", "Russia")] == "unconfirmed"
    assert len(summary) == 9  # one row per claim of the seed article


def _claim(year: int | None = None, published: str | None = None) -> Findings:
    text = "Russia sold helicopters to Mozambique."
    article = Article.from_text(text, title="A dated claim", published=published)
    gazetteer = default_gazetteer()
    tie = Tie("ArmsTransfer", gazetteer.country_entity("RUS"), gazetteer.country_entity("MOZ"),
              article, evidence=(Evidence.of(text, 0, len(text), confidence=0.9,
                                             producer="test"),), year=year)
    return Findings(article, ties=[tie])


@pytest.mark.parametrize("year, published, records", [
    (2020, None, {"2019-russia-mozambique-test-heli-2"}),
    (2022, None, {"2021-russia-mozambique-test-radar-a"}),  # ordered 2021, not delivered yet
    (1980, None, {"1979-soviet-union-mozambique-test-heli-1"}),
    (None, "2019-05-01", {"2019-russia-mozambique-test-heli-2",
                          "1979-soviet-union-mozambique-test-heli-1"}),
    (1995, None, set()),
])
def test_years_must_overlap(year, published, records) -> None:
    findings = [_claim(year, published), *findings_from_sources([SIPRI])]
    graph = generate_graph(findings)
    rows = _rows(corroborate(graph), origin="A dated claim")
    assert {row["record"] for row in rows if row["record"]} == records
    if not records:
        assert [row["support"] for row in rows] == ["unconfirmed"]
    assert sorted(map(_key, rows)) == sorted(
        map(_key, _rows(run_query(graph, "corroboration"), origin="A dated claim")))


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_sparql_query_agrees(fixture_graph: Graph, store: str) -> None:
    graph = fixture_graph
    if store == "oxigraph":
        graph = new_graph("oxigraph")
        graph += fixture_graph
    expected = sorted(map(_key, corroborate(fixture_graph).rows))
    assert sorted(map(_key, run_query(graph, "corroboration").rows)) == expected


def test_seed_alone_is_unconfirmed(seed_graph_readonly: Graph) -> None:
    result = corroborate(seed_graph_readonly)
    assert len(result) == 9 and {row["support"] for row in result.rows} == {"unconfirmed"}


def test_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["corroborate", SEED, SIPRI, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {row["support"] for row in rows} == {"direct", "predecessor", "unconfirmed"}
    assert list(rows[0]) == list(COLUMNS)
    graph_file = tmp_path / "graph.ttl"
    assert runner.invoke(cli, ["build", SEED, SIPRI, "--out", str(tmp_path)]).exit_code == 0
    summary = runner.invoke(cli, ["corroborate", "--graph", str(graph_file), "--summary",
                                  "--format", "csv"])
    assert summary.exit_code == 0 and "corroborated" in summary.output
    both = runner.invoke(cli, ["corroborate", SIPRI, "--graph", str(graph_file)])
    assert both.exit_code == 2 and "not both" in both.output


# ---------------------------------------------------------------- the shared slices


@pytest.fixture(scope="module")
def slice_graph() -> Graph:
    folder = SHARED / "data"
    if not folder.is_dir():
        pytest.skip(f"shared reference data not found at {folder} (set DEFENCE_GRAPH_SHARED)")
    sources = [f"sipri:{folder / 'sipri' / 'trade-register-legacy-africa-slice.csv'}",
               f"mme:{folder / 'mme' / 'mme_v7.csv'}"]
    return generate_graph([*default_findings(), *findings_from_sources(sources)])


def test_seed_arms_claims_with_their_sipri_records(slice_graph: Graph) -> None:
    raw = raw_legacy_sipri(SHARED / "data" / "sipri" / "trade-register-legacy-africa-slice.csv")
    result = corroborate(slice_graph)
    for recipient, name in (("Mozambique", "Mozambique"), ("Algeria", "Algeria")):
        rows = _rows(result, source="Russia", target=name, type="ArmsTransfer")
        direct = sum(1 for row in raw if row[0] == recipient and row[1] == "Russia")
        soviet = sum(1 for row in raw if row[0] == recipient and row[1] == "Soviet Union")
        assert sum(row["support"] == "direct" for row in rows) == direct > 0
        assert sum(row["support"] == "predecessor" for row in rows) == soviet > 0
        assert all(row["dataset"] == "SIPRI Arms Transfers Database" for row in rows)


def test_sparql_agrees_on_the_slices(slice_graph: Graph) -> None:
    graph = new_graph("oxigraph")
    graph += slice_graph
    expected = sorted(map(_key, corroborate(slice_graph).rows))
    assert sorted(map(_key, run_query(graph, "corroboration").rows)) == expected

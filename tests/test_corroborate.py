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
from graph.model import Article, Dataset, DatasetRecord, Entity, Evidence, Findings, Tie
from graph.query import QueryResult, run_query
from graph.sources import default_findings, findings_from_sources
from graph.store import new_graph
from tests.conftest import SHARED
from tests.importer_support import FIXTURES, raw_legacy_sipri

SEED = str(seed_article_path())
SIPRI = f"sipri:{FIXTURES / 'sipri-legacy.csv'}"
STORES = ("memory", "oxigraph")


def _rows(result, **match):
    return [row for row in result.rows if all(row[key] == value for key, value in match.items())]


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
    for store in STORES:
        assert _rows(run_query(_on(graph, store), "corroboration"), origin="A dated claim") == rows


def _on(graph: Graph, store: str) -> Graph:
    copy = new_graph(store)
    copy += graph
    return copy


def _assert_query_agrees(graph: Graph, store: str) -> QueryResult:
    """The named query gives exactly the Python rows, in the same order, on ``store``."""
    expected = corroborate(graph)
    result = run_query(_on(graph, store), "corroboration")
    assert result.columns == expected.columns
    assert result.rows == expected.rows
    return expected


@pytest.mark.parametrize("store", STORES)
def test_sparql_query_agrees(fixture_graph: Graph, store: str) -> None:
    result = _assert_query_agrees(fixture_graph, store)
    assert {row["support"] for row in result.rows} == {"direct", "predecessor", "unconfirmed"}


# ---------------------------------------------------------------- edge cases, both ways

def _edge_case_findings() -> list[Findings]:
    """Claims and records that exercise every rule of corroboration (see the test)."""
    country = default_gazetteer().country_entity
    usa, ukr, rus, chn, irn = (country(code) for code in ("USA", "UKR", "RUS", "CHN", "IRN"))
    ken, som, hrv, zaf = (country(code) for code in ("KEN", "SOM", "HRV", "ZAF"))
    sun, yug = country("SUN"), country("YUG")
    text = ("The United States gave Ukraine air defence aid. Russia sold arms to Croatia. "
            "Russia, China and Iran held naval drills. US instructors train Kenyan troops. "
            "Kenya and Somalia fight al-Shabaab together.")

    def claim(kind: str, source: Entity, target: Entity, sentence: str, article: Article,
              **fields: object) -> Tie:
        start = text.index(sentence)
        evidence = Evidence.of(text, start, start + len(sentence), confidence=0.9,
                               producer="test")
        return Tie(kind, source, target, article, evidence=(evidence,), **fields)

    dated = Article.from_text(text, title="Edge cases", published="1990-05-01")
    undated = Article.from_text(text + " ", title="Edge cases, undated")
    claims = [
        claim("MilitaryAid", usa, ukr, "The United States gave Ukraine air defence aid.",
              dated, year=2023),
        claim("ArmsTransfer", rus, hrv, "Russia sold arms to Croatia.", dated),
        claim("JointExercise", rus, chn, "Russia, China and Iran held naval drills.", dated,
              others=(irn,), year=2019),
        claim("Training", usa, ken, "US instructors train Kenyan troops.", dated, start="2015"),
        claim("CounterTerrorism", ken, som, "Kenya and Somalia fight al-Shabaab together.",
              undated),
    ]
    dataset = Dataset("test", "Test records")
    weapon = Entity("Test-SAM", "WeaponSystem", "test-sam",
                    facts=(("weaponCategory", "air defence system"),))

    def record(number: int, kind: str, source: Entity, target: Entity,
               **fields: object) -> Findings:
        document = DatasetRecord(dataset, f"r{number}", row=number, text=f"record {number}")
        evidence = (Evidence(f"record {number}", None, None, 1.0, "importer/test"),)
        return Findings(document, ties=[Tie(kind, source, target, document, evidence,
                                            **fields)])

    records = [
        record(1, "ArmsTransfer", usa, ukr, start="2022", end="2024", weapons=(weapon,)),
        record(2, "ArmsTransfer", ukr, usa, start="2022", end="2024"),  # reversed roles
        record(3, "ArmsTransfer", sun, yug, start="1985", end="1990"),  # two predecessors
        record(4, "JointExercise", chn, sun, others=(country("MNG"),), year=1988),
        record(5, "JointExercise", irn, rus, others=(chn, zaf), year=2019,
               facts=(("exerciseName", "Marine Security Belt"),)),
        record(6, "Training", usa, ken, year=2018, facts=(("courseTitle", "Test course"),)),
        record(7, "Training", usa, ken),  # no years: any time
        record(8, "Training", usa, ken, start="2001", end="2005"),  # ended before the claim
    ]
    return [Findings(dated, ties=claims[:4]), Findings(undated, ties=claims[4:]), *records]


@pytest.mark.parametrize("store", STORES)
def test_edge_cases_agree(store: str) -> None:
    result = _assert_query_agrees(generate_graph(_edge_case_findings()), store)
    support = {(row["source"], row["target"], row["type"]): set() for row in result.rows}
    for row in result.rows:
        support[(row["source"], row["target"], row["type"])].add(
            (row["support"], row["record"], row["years"], row["weapon"], row["detail"],
             row["via"]))
    assert support == {
        # a related type of the same direction supports; reversed roles do not
        ("United States", "Ukraine", "MilitaryAid"): {
            ("direct", "r1", "2022–2024", "Test-SAM", "air defence system", None)},
        # a claim without years ends with its article's publication (1990)
        ("Russia", "Croatia", "ArmsTransfer"): {
            ("predecessor", "r3", "1985–1990", None, None,
             "Soviet Union (predecessor of Russia); Yugoslavia (predecessor of Croatia)")},
        # one multinational claim, three pairs; the 1988 exercise is too early
        ("China", "Iran", "JointExercise"): {
            ("direct", "r5", "2019", None, "Marine Security Belt", None)},
        ("China", "Russia", "JointExercise"): {
            ("direct", "r5", "2019", None, "Marine Security Belt", None)},
        ("Iran", "Russia", "JointExercise"): {
            ("direct", "r5", "2019", None, "Marine Security Belt", None)},
        # an open claim (from 2015) meets a 2018 record and an undated one
        ("United States", "Kenya", "Training"): {
            ("direct", "r6", "2018", None, "Test course", None),
            ("direct", "r7", None, None, None, None)},
        ("Kenya", "Somalia", "CounterTerrorism"): {
            ("unconfirmed", None, None, None, None, None)},
    }


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
    result = _assert_query_agrees(slice_graph, "oxigraph")
    assert {row["support"] for row in result.rows} == {"direct", "predecessor", "unconfirmed"}
    assert "SIPRI Arms Transfers Database" in {row["dataset"] for row in result.rows}

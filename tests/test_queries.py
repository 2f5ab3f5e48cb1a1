"""The named query library on both stores: real answers, identical rows, safe binding."""

from __future__ import annotations

import json
import shlex

import pytest
from click.testing import CliRunner
from rdflib import Graph

import graph
from graph.api import KnowledgeGraph
from graph.build import generate_graph
from graph.cli import cli
from graph.errors import InputError, QuerySyntaxError, UnknownEntityError
from graph.gazetteer import default_gazetteer
from graph.model import Article, Dataset, DatasetRecord, Evidence, Findings, Tie
from graph.query import named_queries, resolve_actor, run_query
from graph.store import DEFAULT_GRAPH, new_graph, pyoxigraph_store, read_rdf

STORES = ("memory", "oxigraph")


def _on_store(rdf: Graph, store: str) -> KnowledgeGraph:
    copy = new_graph(store)
    copy += rdf
    return KnowledgeGraph(copy)


@pytest.fixture(scope="module")
def seed() -> dict[str, KnowledgeGraph]:
    """The seed graph on each store."""
    return {store: graph.load(store=store) for store in STORES}


def _example_params(example: str) -> dict[str, str]:
    """Parameters of an ``@example`` command line (``--param k=v`` / ``-p k=v``)."""
    words = shlex.split(example)
    pairs = [words[i + 1] for i, word in enumerate(words) if word in ("--param", "-p")]
    return dict(pair.split("=", 1) for pair in pairs)


def _rows(kg: KnowledgeGraph, query: str, /, **params: str) -> list[dict]:
    return list(kg.run(query, **params).rows)


# ---------------------------------------------------------------- every query, both stores

EXAMPLES = [(name, example) for name, query in named_queries().items()
            for example in query.examples]


def test_the_library_has_the_queries_researchers_asked_for() -> None:
    wanted = {"ties", "tie-types", "partners", "suppliers", "shared-partners", "two-hop",
              "evidence", "country-profile", "exercise-partners"}
    assert wanted <= set(named_queries())
    for query in named_queries().values():
        assert query.summary and query.examples, query.name
        assert all(parameter.description for parameter in query.parameters), query.name


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_every_example_gives_identical_rows_on_both_stores(
        seed: dict[str, KnowledgeGraph], name: str, example: str) -> None:
    assert example.startswith(f"defence-graph query {name}")
    params = _example_params(example)
    memory, oxigraph = (seed[store].run(name, **params) for store in STORES)
    assert memory.columns == oxigraph.columns
    assert memory.rows == oxigraph.rows
    assert len(memory) > 0, f"{example} answers nothing on the seed graph"
    # Required parameters are inputs, not columns.
    required = {p.name for p in named_queries()[name].parameters if p.required}
    assert not required & set(memory.columns)


@pytest.mark.parametrize("store", STORES)
def test_an_actor_without_ties_gets_no_rows(seed: dict[str, KnowledgeGraph], store: str) -> None:
    # Vladimir Putin is an actor of the seed graph, party to no tie.
    for name, query in named_queries().items():
        params = {p.name: "Vladimir Putin" for p in query.parameters if p.kind == "actor"}
        if params:
            assert _rows(seed[store], name, **params) == [], name


# ---------------------------------------------------------------- real answers


@pytest.mark.parametrize("store", STORES)
def test_suppliers_of_algeria_is_russia_with_su57(seed: dict[str, KnowledgeGraph],
                                                  store: str) -> None:
    rows = _rows(seed[store], "suppliers", country="Algeria")
    assert [(row["supplier"], row["weapon"], row["ties"]) for row in rows] == [
        ("Russia", "Su-57", 1)]
    # Russia's ArmsTransfer to Mozambique names no weapon system.
    rows = _rows(seed[store], "suppliers", country="MOZ")
    assert [(row["supplier"], row["weapon"]) for row in rows] == [("Russia", None)]
    assert _rows(seed[store], "suppliers", country="Russia") == []


def test_tie_types_counts_every_type_of_the_scheme(seed: dict[str, KnowledgeGraph]) -> None:
    rows = {row["type"]: row for row in _rows(seed["oxigraph"], "tie-types")}
    assert set(rows) == set(graph.TIE_TYPES)
    counts = {name: row["ties"] for name, row in rows.items() if row["ties"]}
    assert counts == {"PrimaryPartner": 3, "ArmsTransfer": 2, "Training": 1,
                      "JointExercise": 1, "IntelligenceSharing": 1, "CounterTerrorism": 1}
    assert rows["ArmsTransfer"]["directed"] is True
    assert rows["JointExercise"]["directed"] is False
    assert rows["ArmsTransfer"]["label"] == "arms transfer"


def test_partners_gives_type_and_direction(seed: dict[str, KnowledgeGraph]) -> None:
    rows = _rows(seed["oxigraph"], "partners", country="Mozambique")
    assert {(row["partner"], row["type"], row["direction"]) for row in rows} == {
        ("Russia", "ArmsTransfer", "incoming"),
        ("Russia", "Training", "incoming"),
        ("Russia", "PrimaryPartner", "outgoing"),
        ("Russia", "IntelligenceSharing", "mutual"),
        ("Russia", "CounterTerrorism", "mutual"),
        ("Russia", "JointExercise", "mutual"),
    }
    assert all(row["ties"] == 1 and row["sources"] == 1 for row in rows)
    russia = _rows(seed["oxigraph"], "partners", country="Q159")
    assert ("Algeria", "ArmsTransfer", "outgoing") in {
        (row["partner"], row["type"], row["direction"]) for row in russia}


def test_shared_partners(seed: dict[str, KnowledgeGraph]) -> None:
    rows = _rows(seed["oxigraph"], "shared-partners", a="Mozambique", b="Algeria")
    # Mozambique has six ties with Russia, Algeria one.
    assert rows == [{"partner": "Russia", "a_ties": 6, "b_ties": 1}]
    assert _rows(seed["oxigraph"], "shared-partners", a="Kenya", b="Algeria") == []


def test_two_hop_gives_the_path(seed: dict[str, KnowledgeGraph]) -> None:
    rows = _rows(seed["oxigraph"], "two-hop", country="Algeria")
    assert rows == [{"partner": "Mozambique", "via": "Russia",
                     "path": "Algeria – Russia – Mozambique", "direct": False}]


def test_evidence_quotes_the_article_at_its_offsets(seed: dict[str, KnowledgeGraph],
                                                    seed_article: Article) -> None:
    rows = _rows(seed["oxigraph"], "evidence", source="Russia", target="Algeria")
    assert len(rows) == 1
    row = rows[0]
    assert row["type"] == "ArmsTransfer" and "Su-57" in row["quote"]
    assert seed_article.text[row["start"]:row["end"]] == row["quote"]
    assert row["producer"] == "curator" and row["document"] == seed_article.title
    assert row["tie"].startswith("https://w3id.org/defence-graph/id/tie/")


def test_evidence_follows_direction_and_type(seed: dict[str, KnowledgeGraph]) -> None:
    kg = seed["oxigraph"]
    # Mozambique -> Russia: its primary partner, and the undirected ties; not the
    # arms or training Russia gives.
    types = {row["type"] for row in _rows(kg, "evidence", source="Mozambique", target="Russia")}
    assert types == {"PrimaryPartner", "IntelligenceSharing", "CounterTerrorism",
                     "JointExercise"}
    only = _rows(kg, "evidence", source="Russia", target="Mozambique", type="ArmsTransfer")
    assert [row["type"] for row in only] == ["ArmsTransfer"]
    with pytest.raises(InputError, match="did you mean ArmsTransfer"):
        kg.run("evidence", source="Russia", target="Mozambique", type="ArmTransfer")


def test_country_profile_counts(seed: dict[str, KnowledgeGraph]) -> None:
    rows = {(row["type"], row["direction"]): row
            for row in _rows(seed["oxigraph"], "country-profile", country="Russia")}
    assert rows["ArmsTransfer", "outgoing"]["ties"] == 2
    assert rows["ArmsTransfer", "outgoing"]["partners"] == 2
    assert rows["PrimaryPartner", "incoming"]["ties"] == 1
    assert ("PrimaryPartner", "outgoing") not in rows
    assert sum(row["ties"] for row in rows.values()) == 7


# ---------------------------------------------------------------- multinational exercises


def _exercise_graph() -> Graph:
    """Two MME-style multinational exercises and one bilateral exercise from an article."""
    countries = {name: default_gazetteer().country_entity(name)
                 for name in ("Russia", "Mozambique", "Algeria", "Kenya", "United States")}
    dataset = Dataset("mme", "Multinational Military Exercises", version="7")
    findings = []
    for record_id, year, names in (("1", 2019, ("Russia", "Mozambique", "Algeria", "Kenya")),
                                   ("2", 2021, ("Kenya", "Russia", "United States"))):
        record = DatasetRecord(dataset, record_id, row=int(record_id))
        parties = [countries[name] for name in names]
        evidence = (Evidence(None, None, None, 1.0, "importer/mme"),)
        tie = Tie("JointExercise", parties[0], parties[1], record, evidence,
                  others=tuple(parties[2:]), year=year)
        findings.append(Findings(record, ties=[tie]))
    article = Article.from_text("Kenya and Algeria held joint drills in 2023.", title="Drills")
    tie = Tie("JointExercise", countries["Kenya"], countries["Algeria"], article,
              (Evidence.of(article.text, 0, 44, confidence=0.8, producer="curator"),), year=2023)
    findings.append(Findings(article, ties=[tie]))
    return generate_graph(findings)


@pytest.mark.parametrize("store", STORES)
def test_exercise_partners_counts_multinational_exercises(store: str) -> None:
    kg = _on_store(_exercise_graph(), store)
    kenya = {row["partner"]: row for row in _rows(kg, "exercise-partners", country="Kenya")}
    assert {name: row["exercises"] for name, row in kenya.items()} == {
        "Russia": 2, "Algeria": 2, "Mozambique": 1, "United States": 1}
    assert (kenya["Russia"]["first_year"], kenya["Russia"]["last_year"]) == (2019, 2021)
    assert kenya["Algeria"]["sources"] == 2  # an MME record and an article
    assert list(kenya)[:2] == ["Algeria", "Russia"]  # most exercises first, then by name
    mozambique = _rows(kg, "exercise-partners", country="Mozambique")
    assert [(row["partner"], row["exercises"]) for row in mozambique] == [
        ("Algeria", 1), ("Kenya", 1), ("Russia", 1)]


def test_exercise_graph_gives_identical_rows_on_both_stores() -> None:
    rdf = _exercise_graph()
    memory, oxigraph = _on_store(rdf, "memory"), _on_store(rdf, "oxigraph")
    for name, params in (("exercise-partners", {"country": "Russia"}),
                         ("partners", {"country": "Kenya"}),
                         ("two-hop", {"country": "Mozambique"}),
                         ("shared-partners", {"a": "Mozambique", "b": "United States"}),
                         ("country-profile", {"country": "Algeria"}),
                         ("evidence", {"source": "Kenya", "target": "Algeria"}),
                         ("ties", {}), ("tie-types", {})):
        rows = memory.run(name, **params).rows
        assert rows == oxigraph.run(name, **params).rows, name
        assert rows, name
    two_hop = {(row["via"], row["partner"]): row["direct"]
               for row in oxigraph.run("two-hop", country="Mozambique").rows}
    assert two_hop["Russia", "United States"] is False
    assert two_hop["Russia", "Kenya"] is True


# ---------------------------------------------------------------- parameters


INJECTIONS = ('Russia" } ; DROP ALL ; SELECT * { ?s ?p ?o',
              "Russia> } DELETE WHERE { ?s ?p ?o } #",
              "<https://w3id.org/defence-graph/id/country/RUS>")


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("attempt", INJECTIONS)
def test_injection_is_just_an_unknown_actor(seed: dict[str, KnowledgeGraph], store: str,
                                            attempt: str) -> None:
    kg = seed[store]
    size = len(kg.rdf)
    with pytest.raises(UnknownEntityError, match="unknown actor"):
        kg.run("partners", country=attempt)
    assert len(kg.rdf) == size


@pytest.mark.parametrize("store", STORES)
def test_string_parameters_of_sparql_text_are_bound_not_pasted(
        seed: dict[str, KnowledgeGraph], store: str) -> None:
    sparql = (
        "# @param name string  An English label.\n"
        "SELECT ?name ?code WHERE { ?country rdfs:label ?label ; dg:iso3166Alpha3 ?code .\n"
        "  FILTER (STR(?label) = ?name) }"
    )
    kg = seed[store]
    assert _rows(kg, sparql, name="Russia") == [{"code": "RUS"}]
    assert _rows(kg, sparql, name='Russia") || true || STR("') == []


@pytest.mark.parametrize("store", STORES)
def test_parameter_errors(seed: dict[str, KnowledgeGraph], store: str) -> None:
    kg = seed[store]
    with pytest.raises(InputError, match=r"has no parameter 'countr' \(accepts: country\)"):
        kg.run("partners", countr="Russia")
    with pytest.raises(InputError, match=r"needs --param country="):
        kg.run("partners")
    with pytest.raises(InputError, match="parameters apply to named queries"):
        kg.run("SELECT ?s WHERE { ?s ?p ?o }", country="Russia")
    unprojected = "# @param name string  A label.\nSELECT ?x WHERE { ?x rdfs:label ?name }"
    with pytest.raises(InputError, match=r"list the parameter \?name in SELECT"):
        kg.run(unprojected, name="Russia")


@pytest.mark.parametrize("store", STORES)
def test_actor_names_resolve_on_both_stores(seed: dict[str, KnowledgeGraph], store: str) -> None:
    rdf = seed[store].rdf
    russia = resolve_actor(rdf, "Russia")
    assert str(russia).endswith("/country/RUS")
    for spelling in ("russian federation", "RUS", "RU", "Q159", " Russia "):
        assert resolve_actor(rdf, spelling) == russia, spelling
    with pytest.raises(UnknownEntityError, match="did you mean Russia"):
        resolve_actor(rdf, "Rusia")


@pytest.mark.parametrize("store", STORES)
def test_syntax_error_has_line_and_column_on_both_stores(seed: dict[str, KnowledgeGraph],
                                                          store: str) -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 3, column \d+"):
        seed[store].run("SELECT ?x\nWHERE {\n  ?x ?y }")


@pytest.mark.parametrize("store", STORES)
def test_values_convert_alike_on_both_stores(store: str) -> None:
    rdf = new_graph("memory")
    rdf.parse(format="turtle", data="""
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <urn:x> <urn:p> 7, "0.25"^^xsd:decimal, true, "2024-05-01"^^xsd:date,
            "2024-05-01T10:00:00"^^xsd:dateTime, "2024"^^xsd:gYear, "Moscow"@en, "plain" .""")
    rows = _on_store(rdf, store).run("SELECT ?o WHERE { <urn:x> <urn:p> ?o }").rows
    values = sorted((type(row["o"]).__name__, str(row["o"])) for row in rows)
    assert values == [("bool", "True"), ("date", "2024-05-01"),
                      ("datetime", "2024-05-01 10:00:00"), ("float", "0.25"), ("int", "7"),
                      ("str", "2024"), ("str", "Moscow"), ("str", "plain")]


def test_ask_and_construct_agree_on_both_stores(seed: dict[str, KnowledgeGraph]) -> None:
    ask = "ASK { ?tie dg:supplier ?russia . ?russia dg:iso3166Alpha3 'RUS' }"
    construct = "CONSTRUCT { ?a dg:suppliesArmsTo ?b } WHERE { ?a dg:suppliesArmsTo ?b }"
    for store in STORES:
        assert _rows(seed[store], ask) == [{"boolean": True}]
    memory, oxigraph = (seed[store].run(construct) for store in STORES)
    assert memory.kind == "CONSTRUCT" and memory.columns == oxigraph.columns
    assert sorted(memory.records) == sorted(oxigraph.records)
    assert len(memory) == 2  # Russia arms Algeria and Mozambique


# ---------------------------------------------------------------- store


def test_oxigraph_load_puts_triples_in_the_named_graph(tmp_path) -> None:
    kg = graph.load(store="memory")
    graph.write_graph(kg.rdf, tmp_path)
    for suffix in ("ttl", "nt", "jsonld"):
        rdf = read_rdf(tmp_path / f"graph.{suffix}", store="oxigraph")
        store = pyoxigraph_store(rdf)
        assert store is not None
        assert [str(name.value) for name in store.named_graphs()] == [str(DEFAULT_GRAPH)]
        assert len(rdf) == len(kg.rdf), suffix
        assert run_query(rdf, "ties").rows == kg.run("ties").rows


def test_oxigraph_reports_a_bad_file_in_one_line(tmp_path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.ttl: not valid turtle: .*line 1") as error:
        read_rdf(broken, store="oxigraph")
    assert "\n" not in str(error.value)


def test_the_default_store_is_oxigraph() -> None:
    assert graph.load().store == "oxigraph"


# ---------------------------------------------------------------- command line


def test_query_help_lists_every_named_query() -> None:
    result = CliRunner().invoke(cli, ["query", "--help"])
    assert result.exit_code == 0
    for name in named_queries():
        assert f"\n    {name} " in result.output, name


def test_cli_gives_the_same_json_on_both_stores() -> None:
    outputs = []
    for store in STORES:
        result = CliRunner().invoke(cli, ["query", "partners", "-p", "country=Russia",
                                          "--format", "json", "--store", store])
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1]
    assert {"partner": "Algeria", "type": "ArmsTransfer", "direction": "outgoing",
            "ties": 1, "sources": 1} in outputs[0]


def test_cli_injection_and_syntax_error_exit_2_without_traceback() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "partners", "-p", f"country={INJECTIONS[0]}"])
    assert result.exit_code == 2 and "unknown actor" in result.stderr
    result = runner.invoke(cli, ["query", "--sparql", "SELECT ?s\nWHERE { ?s a dg:Country"])
    assert result.exit_code == 2
    assert "line 2, column" in result.stderr and "Traceback" not in result.output


# ---------------------------------------------------------------- notebook magic


@pytest.fixture
def shell():
    interactive = pytest.importorskip("IPython.core.interactiveshell",
                                      reason="IPython comes with the notebooks extra")
    ipython = interactive.InteractiveShell.instance()
    ipython.run_line_magic("load_ext", "graph.magic")
    yield ipython
    ipython.reset()


def test_sparql_cell_magic_on_the_loaded_graph(shell) -> None:
    assert shell.run_cell("import graph\nkg = graph.load(store='memory')").success
    result = shell.run_cell(
        "%%sparql\nSELECT ?name WHERE { ?c a dg:Country ; rdfs:label ?name } ORDER BY ?name")
    assert result.success
    assert result.result["name"].tolist()[:3] == ["Algeria", "Kenya", "Mozambique"]
    # A named query in a cell takes its parameters from the line or the body.
    result = shell.run_cell("%%sparql partners --out moz\ncountry=Mozambique\n")
    assert result.success and set(result.result["partner"]) == {"Russia"}
    assert shell.user_ns["moz"] is result.result
    sparql = "# @param country actor  A country.\nSELECT ?country (COUNT(*) AS ?n) " \
             "WHERE { ?tie dg:participant ?country } GROUP BY ?country"
    result = shell.run_cell(f"%%sparql country=Algeria\n{sparql}")
    assert result.result.to_dict("records") == [{"n": 1}]
    line = shell.run_cell('%sparql suppliers country="Algeria"')
    assert line.result[["supplier", "weapon"]].values.tolist() == [["Russia", "Su-57"]]


def test_sparql_magic_errors_are_one_line(shell, capsys) -> None:
    shell.run_cell("import graph\nkg = graph.load()\nother = graph.load(store='memory')")
    result = shell.run_cell("%sparql ties")
    assert not result.success
    assert "several graphs (kg, other)" in str(result.error_in_exec)
    result = shell.run_cell("%sparql partners country=Atlantis --graph kg")
    assert "unknown actor 'Atlantis'" in str(result.error_in_exec)
    assert "Traceback" not in capsys.readouterr().out

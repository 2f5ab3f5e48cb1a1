"""The endpoint's parts without a server: refusals, negotiation, the engine, the data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("mimeparse", reason="the serve extra is not installed")

import graph
from graph.serve.dataset import ServedData
from graph.serve.engine import Answer, Job, Limits, answer
from graph.serve.formats import GRAPH_FORMATS, RESULT_FORMATS, NotAcceptable, negotiate
from graph.serve.guard import Refusal, calls_service, check_query, update_operation
from graph.serve.lexer import bind_values, names_dataset


@pytest.fixture(scope="module")
def kg() -> graph.KnowledgeGraph:
    return graph.load(store="oxigraph")


# ---------------------------------------------------------------- guard


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }",
    "select * { ?a ?b ?c . service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o .SERVICE <http://x/> { ?s ?p ?o } }",
    # '<' as less-than cannot hide the keyword inside what looks like an IRI
    "SELECT * WHERE { ?a ?b ?c FILTER(?c<1)SERVICE?x#c>\n{?s ?p ?o} }",
    "SELECT * WHERE { ?a ?b ?c FILTER(?c<'x>') SERVICE <http://x/> {?s ?p ?o} FILTER(?c='y') }",
    # escapes decoded before parsing, as the SPARQL grammar allows
    r"SELECT * WHERE { \u0053ERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * { { SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } } } }",
])
def test_service_is_found(query: str) -> None:
    assert calls_service(query)
    with pytest.raises(Refusal) as refused:
        check_query(query, allow_service=False)
    assert refused.value.status == 403
    check_query(query, allow_service=True)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a <http://schema.org/Service> }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" } # SERVICE',
    "PREFIX service: <http://x/> SELECT * WHERE { ?s service:p ?o }",
])
def test_service_word_elsewhere_is_not_a_call(query: str) -> None:
    assert not calls_service(query)


def test_unparsable_query_mentioning_service_is_refused() -> None:
    with pytest.raises(Refusal, match="cannot check"):
        calls_service("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } ")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_text_without_the_word_never_calls_service(text: str) -> None:
    if "service" not in text.casefold() and "\\" not in text:
        assert not calls_service(text)


@pytest.mark.parametrize(("update", "operation"), [
    ("CLEAR ALL", "Clear"), ("LOAD <http://x/data.ttl>", "Load"),
    ("PREFIX ex: <http://x/> INSERT DATA { ex:a ex:b ex:c }", "InsertData"),
    ("DELETE WHERE { ?s ?p ?o }", "DeleteWhere"), ("DROP GRAPH <http://x/g>", "Drop"),
])
def test_update_operations_are_named(update: str, operation: str) -> None:
    assert update_operation(update) == operation


# ---------------------------------------------------------------- lexer


def test_names_dataset_ignores_strings_comments_and_iris() -> None:
    assert names_dataset("SELECT * FROM NAMED <http://x/g> WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert not names_dataset('SELECT * WHERE { ?s ?p "from" . ?s <http://x/from> ?o } # from')
    assert not names_dataset("SELECT ?from WHERE { ?s ex:from ?from }")


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT ?n WHERE { ?c ex:n ?n }", "SELECT ?n WHERE { VALUES ?c { <u> } ?c ex:n ?n }"),
    ("SELECT ?n { ?c ex:n ?n }", "SELECT ?n { VALUES ?c { <u> } ?c ex:n ?n }"),
    ("CONSTRUCT { ?c ex:n ?n } WHERE { ?c ex:n ?n }",
     "CONSTRUCT { ?c ex:n ?n } WHERE { VALUES ?c { <u> } ?c ex:n ?n }"),
    ("SELECT (EXISTS { ?c ex:n 1 } AS ?e) WHERE { ?c ex:n ?n }",
     "SELECT (EXISTS { ?c ex:n 1 } AS ?e) WHERE { VALUES ?c { <u> } ?c ex:n ?n }"),
    ('# where { \nSELECT * WHERE { ?c ex:n "WHERE {" }',
     '# where { \nSELECT * WHERE { VALUES ?c { <u> } ?c ex:n "WHERE {" }'),
])
def test_bind_values_opens_the_where_group(query: str, expected: str) -> None:
    assert bind_values(query, {"c": "<u>"}) == expected


def test_bind_values_needs_a_group() -> None:
    with pytest.raises(ValueError, match="no WHERE group"):
        bind_values("DESCRIBE <http://x/a>", {"c": "<u>"})


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(("accept", "name"), [
    (None, "json"), ("*/*", "json"), ("text/tab-separated-values;q=0.8, text/*;q=0.5", "tsv"),
    ("application/sparql-results+xml;q=0.5, text/csv;q=0.9", "csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
])
def test_results_negotiation(accept: str | None, name: str) -> None:
    assert negotiate(RESULT_FORMATS, accept).name == name


def test_graph_negotiation_and_refusal() -> None:
    assert negotiate(GRAPH_FORMATS, "application/turtle,text/turtle").name == "turtle"
    assert negotiate(GRAPH_FORMATS, "*/*", format_name="json-ld").name == "jsonld"
    with pytest.raises(NotAcceptable, match="turtle"):
        negotiate(GRAPH_FORMATS, "text/csv")
    with pytest.raises(NotAcceptable, match="not offered"):
        negotiate(RESULT_FORMATS, "*/*", format_name="turtle")


# ---------------------------------------------------------------- engine


def rows(reply: Answer) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(reply.body.decode())))


def test_engine_select_matches_the_api(kg: graph.KnowledgeGraph) -> None:
    reply = answer(kg, Job("named", "ties", accept="text/csv"))
    assert reply.status == 200
    expected = kg.query("ties")
    assert [row["source"] for row in rows(reply)] == expected["source"].tolist()
    assert [row["evidence"] for row in rows(reply)] == expected["evidence"].tolist()


def test_engine_binds_named_query_parameters(kg: graph.KnowledgeGraph) -> None:
    assert answer(kg, Job("named", "ties", (("nope", "x"),))).status == 400
    takes_an_actor = [query for query in graph.named_queries().values()
                      if [parameter.kind for parameter in query.parameters
                          if parameter.required] == ["actor"]]
    if not takes_an_actor:
        pytest.skip("no named query with one actor parameter in the library yet")
    for query in takes_an_actor:
        params = {query.parameters[0].name: "Mozambique"}
        expected = kg.query(query.name, **params)
        reply = answer(kg, Job("named", query.name, tuple(params.items()), accept="text/csv"))
        assert reply.status == 200, reply.body
        assert len(rows(reply)) == len(expected), query.name
    unknown = {takes_an_actor[0].parameters[0].name: "Atlantis"}
    reply = answer(kg, Job("named", takes_an_actor[0].name, tuple(unknown.items())))
    assert reply.status == 400 and b"Atlantis" in reply.body


def test_engine_cuts_long_results(kg: graph.KnowledgeGraph) -> None:
    reply = answer(kg, Job("sparql", "SELECT * WHERE { ?s ?p ?o }", accept="text/csv"),
                   Limits(max_rows=7))
    assert len(rows(reply)) == 7
    assert reply.headers == {"X-Result-Truncated": "true", "X-Result-Row-Limit": "7"}
    triples = answer(kg, Job("sparql", "CONSTRUCT WHERE { ?s ?p ?o }",
                             accept="application/n-triples"), Limits(max_rows=5))
    assert len(triples.body.decode().splitlines()) == 5
    assert triples.headers["X-Result-Truncated"] == "true"


def test_engine_json_is_sparql_results_json(kg: graph.KnowledgeGraph) -> None:
    query = ('SELECT ?name ?year WHERE { ?c a dg:Country ; rdfs:label ?name FILTER(?name = '
             '"Kenya"@en) OPTIONAL { ?c dg:noSuchProperty ?year } }')
    document = json.loads(answer(kg, Job("sparql", query)).body)
    assert document == {"head": {"vars": ["name", "year"]}, "results": {"bindings": [
        {"name": {"type": "literal", "value": "Kenya", "xml:lang": "en"}}]}}


def test_engine_honours_from_and_protocol_dataset(kg: graph.KnowledgeGraph) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graph_iri = "https://w3id.org/defence-graph/id/graph"

    def first(job: Job) -> str:
        return rows(answer(kg, job))[0]["n"]

    assert first(Job("sparql", count, accept="text/csv")) == str(len(kg))
    elsewhere = count.replace("WHERE", "FROM <http://example.org/none> WHERE")
    assert first(Job("sparql", elsewhere, accept="text/csv")) == "0"
    assert first(Job("sparql", count.replace("WHERE", f"FROM <{graph_iri}> WHERE"),
                     accept="text/csv")) == str(len(kg))
    assert first(Job("sparql", count, accept="text/csv",
                     default_graphs=("http://example.org/none",))) == "0"


def test_engine_errors(kg: graph.KnowledgeGraph) -> None:
    assert answer(kg, Job("sparql", "SELECT * WHERE { ?s ?p }")).status == 400
    assert answer(kg, Job("sparql", "CLEAR ALL")).status == 403
    assert answer(kg, Job("sparql", "ASK {}", accept="image/png")).status == 406
    assert answer(kg, Job("network", "Atlantis")).status == 404
    assert answer(kg, Job("teleport")).status == 400


# ---------------------------------------------------------------- served data


def test_graph_store_writes_are_all_or_nothing(kg: graph.KnowledgeGraph,
                                               tmp_path: Path) -> None:
    data = ServedData.from_graph(graph.load(store="oxigraph"), tmp_path, writable=True)
    first = data.snapshot
    assert data.triples == len(kg)
    with pytest.raises(Refusal) as refused:
        data.put(None, b"<http://x/a> <http://x/b> .", "application/n-triples")
    assert refused.value.status == 400
    assert data.snapshot == first and data.triples == len(kg)
    with pytest.raises(Refusal) as refused:
        data.post(None, b"{}", "application/x-unknown")
    assert refused.value.status == 415
    assert data.post("http://x/g", b"<http://x/a> <http://x/b> <http://x/c> .",
                     "application/n-triples") is True
    assert data.triples == len(kg) + 1 and data.snapshot != first
    assert data.put("http://x/g", b"<http://x/a> <http://x/b> <http://x/d> .",
                    "application/n-triples") is False
    assert data.triples == len(kg) + 1
    data.delete("http://x/g")
    assert data.triples == len(kg)
    with pytest.raises(Refusal):
        data.delete("http://x/g")
    reloaded = ServedData.from_snapshot(data.snapshot, data.triples, writable=True)
    assert reloaded.triples == len(kg) and reloaded.writable


# ---------------------------------------------------------------- command line


def test_serve_defaults_are_the_safe_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import graph.serve
    from graph.cli import cli

    started = []
    monkeypatch.setattr(graph.serve, "run_server",
                        lambda config, graph_file: started.append(config))
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    config = started[0]
    assert (config.host, config.timeout, config.max_rows) == ("127.0.0.1", 30.0, 10_000)
    assert config.is_loopback and not config.writable and not config.allow_service
    assert config.max_request_bytes == 1 << 20 and config.workers >= 2
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--writable"])
    assert "anyone who can reach this machine" in result.output
    assert "--writable" in result.output
    assert not started[1].is_loopback and started[1].writable


def test_push_and_serve_explain_themselves() -> None:
    from click.testing import CliRunner

    from graph.cli import cli

    for command, phrase in (("push", "Graph Store Protocol"), ("serve", "--allow-service")):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and phrase in result.output and "Examples:" in result.output

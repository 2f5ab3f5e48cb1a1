"""Scale-out: `push` to a Graph Store endpoint and `query --endpoint`, against our own server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
from graph.cli import cli
from tests.serve_support import running_server

httpx = pytest.importorskip("httpx")

# A parameterised aggregate query: a trailing VALUES block (rdflib's way for
# remote endpoints) would join after the GROUP BY and count every country's
# ties; binding in the WHERE group counts only the chosen country's.
TIES_OF = """# ties-of: number of ties of one actor, by type.
# @param actor actor  The actor.
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor ?type (COUNT(DISTINCT ?tie) AS ?ties)
WHERE { ?tie dg:participant ?actor ; dg:tieType/skos:notation ?type }
GROUP BY ?actor ?type
ORDER BY ?type
"""


@pytest.fixture(scope="module")
def empty_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("remote") / "empty.ttl"
    path.write_text("", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def writable(empty_graph: Path) -> Iterator[str]:
    with running_server("--graph", str(empty_graph), "--writable", "--timeout", "20") as url:
        yield url


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def remote_json(endpoint: str, *args: str) -> list[dict]:
    code, output = invoke("query", *args, "--endpoint", endpoint, "--format", "json")
    assert code == 0, output
    return json.loads(output)


def test_push_then_query_remote_matches_local(writable: str, tmp_path: Path) -> None:
    sparql = f"{writable}/sparql"
    assert remote_json(sparql, "ties") == []  # the server starts empty

    code, output = invoke("build", "--out", str(tmp_path))
    assert code == 0, output
    code, output = invoke("push", "--endpoint", f"{writable}/store",
                          "--graph", str(tmp_path / "graph.ttl"))
    assert code == 0, output
    built = len(graph.load(tmp_path / "graph.ttl"))
    assert f"put {built} triples into the default graph" in output

    code, local = invoke("query", "ties", "--graph", str(tmp_path / "graph.ttl"),
                         "--format", "json")
    assert code == 0
    remote = remote_json(sparql, "ties")
    assert remote == json.loads(local)
    assert {"source": "Russia", "target": "Algeria", "type": "ArmsTransfer"}.items() <= \
        next(row for row in remote if row["target"] == "Algeria").items()

    # Parameters resolve on the remote graph (a name to its IRI) and bind inside the
    # WHERE group, so an aggregate counts the chosen actor's ties only.
    query_file = tmp_path / "ties-of.rq"
    query_file.write_text(TIES_OF, encoding="utf-8")
    code, local = invoke("query", str(query_file), "--param", "actor=Algeria",
                         "--graph", str(tmp_path / "graph.ttl"), "--format", "json")
    assert code == 0, local
    remote = remote_json(sparql, str(query_file), "--param", "actor=DZA")
    assert remote == json.loads(local) == [{"type": "ArmsTransfer", "ties": 1}]

    # PUT replaces: pushing again leaves the same triples, not twice as many.
    invoke("push", "--endpoint", f"{writable}/store", "--graph", str(tmp_path / "graph.ttl"))
    count = remote_json(sparql, "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count == [{"n": built}]


def test_push_to_named_graph_and_delete(writable: str) -> None:
    store = f"{writable}/store"
    graph_iri = "https://example.org/graph/extra"
    code, output = invoke("push", "--endpoint", store, "--graph-uri", graph_iri, "--append")
    assert code == 0, output
    got = httpx.get(store, params={"graph": graph_iri}, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200
    assert len(got.text.splitlines()) == len(graph.load())
    assert httpx.delete(store, params={"graph": graph_iri}, timeout=60).status_code == 204
    assert httpx.delete(store, params={"graph": graph_iri}).status_code == 404


def test_bad_upload_changes_nothing(writable: str) -> None:
    store = f"{writable}/store"
    before = httpx.get(store, params={"default": ""}, headers={"Accept": "application/n-triples"})
    response = httpx.put(store, params={"default": ""}, content=b"<not turtle",
                         headers={"Content-Type": "text/turtle"})
    assert response.status_code == 400
    assert "does not parse" in response.text
    after = httpx.get(store, params={"default": ""}, headers={"Accept": "application/n-triples"})
    assert after.text == before.text


def test_cross_origin_writes_are_refused(writable: str) -> None:
    response = httpx.post(f"{writable}/store", params={"default": ""},
                          content=b"<http://x/a> <http://x/b> <http://x/c> .",
                          headers={"Content-Type": "application/n-triples",
                                   "Origin": "http://elsewhere.example"})
    assert response.status_code == 403


def test_remote_errors_are_one_line(writable: str) -> None:
    code, output = invoke("query", "--sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> "
                          "{ ?s ?p ?o } }", "--endpoint", f"{writable}/sparql")
    assert code == 2
    assert "answered 403" in output and "Traceback" not in output
    code, output = invoke("query", "ties", "--endpoint", "http://127.0.0.1:9/sparql")
    assert code == 1
    assert "cannot reach" in output
    code, output = invoke("push", "--endpoint", f"{writable}/sparql")
    assert code == 2
    assert "refused the upload" in output

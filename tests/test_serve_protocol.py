"""The SPARQL endpoint over real HTTP: SPARQLWrapper and plain httpx against `serve`."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from tests.serve_support import running_server

httpx = pytest.importorskip("httpx")
SPARQLWrapper = pytest.importorskip("SPARQLWrapper")

TIMEOUT = 3  # the server's per-query timeout in these tests (seconds)
MAX_ROWS = 100
LABELS = """
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country ?name WHERE { ?country a dg:Country ; rdfs:label ?name } ORDER BY ?name
"""
CONSTRUCT_LABELS = """
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?country rdfs:label ?name } WHERE { ?country a dg:Country ; rdfs:label ?name }
"""
# Counts a triple cross product of the whole graph (about 10^9 rows): minutes of work.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNTRIES = ["Algeria", "Kenya", "Mozambique", "Russia", "South Africa", "United Kingdom",
             "United States"]
SR = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running_server("--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS),
                        "--workers", "2") as url:
        yield url


@pytest.fixture(scope="module")
def endpoint(base: str) -> str:
    return f"{base}/sparql"


def wrapper(endpoint: str, query: str, return_format: str) -> object:
    client = SPARQLWrapper.SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(return_format)
    return client.query()


# ---------------------------------------------------------------- SPARQLWrapper, every format


def test_sparqlwrapper_select_json(endpoint: str) -> None:
    results = wrapper(endpoint, LABELS, SPARQLWrapper.JSON).convert()
    assert results["head"]["vars"] == ["country", "name"]
    names = [binding["name"]["value"] for binding in results["results"]["bindings"]]
    assert names == COUNTRIES
    russia = results["results"]["bindings"][COUNTRIES.index("Russia")]
    assert russia["country"] == {"type": "uri",
                                 "value": "https://w3id.org/defence-graph/id/country/RUS"}
    assert russia["name"]["xml:lang"] == "en"


def test_sparqlwrapper_select_xml(endpoint: str) -> None:
    response = wrapper(endpoint, LABELS, SPARQLWrapper.XML)
    assert response.response.headers["Content-Type"].startswith("application/sparql-results+xml")
    document = response.convert()  # a DOM, parsed by SPARQLWrapper
    names = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert names == COUNTRIES


def test_sparqlwrapper_select_csv_and_tsv(endpoint: str) -> None:
    rows = list(csv.DictReader(io.StringIO(
        wrapper(endpoint, LABELS, SPARQLWrapper.CSV).convert().decode())))
    assert [row["name"] for row in rows] == COUNTRIES
    assert rows[0]["country"] == "https://w3id.org/defence-graph/id/country/DZA"
    lines = wrapper(endpoint, LABELS, SPARQLWrapper.TSV).convert().decode().splitlines()
    assert lines[0] == "?country\t?name"
    assert lines[1] == '<https://w3id.org/defence-graph/id/country/DZA>\t"Algeria"@en'


def test_sparqlwrapper_ask(endpoint: str) -> None:
    ask = "ASK { ?s <https://w3id.org/defence-graph/ontology#suppliesArmsTo> ?o }"
    assert wrapper(endpoint, ask, SPARQLWrapper.JSON).convert()["boolean"] is True
    document = wrapper(endpoint, ask.replace("ASK", "ASK { FILTER(false) } #"),
                       SPARQLWrapper.XML).convert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_sparqlwrapper_construct_turtle_and_jsonld(endpoint: str) -> None:
    turtle = wrapper(endpoint, CONSTRUCT_LABELS, SPARQLWrapper.TURTLE)
    assert turtle.response.headers["Content-Type"].startswith("text/turtle")
    parsed = Graph().parse(data=turtle.convert().decode(), format="turtle")
    assert sorted(str(name) for name in parsed.objects(None, RDFS.label)) == COUNTRIES
    jsonld = wrapper(endpoint, CONSTRUCT_LABELS, SPARQLWrapper.JSONLD)
    assert jsonld.response.headers["Content-Type"].startswith("application/ld+json")
    assert len(jsonld.convert()) == len(COUNTRIES)  # an rdflib graph, parsed by SPARQLWrapper


# ---------------------------------------------------------------- plain HTTP


def test_get_post_form_and_direct_post_agree(endpoint: str) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    answers = [
        httpx.get(endpoint, params={"query": LABELS}, headers=accept),
        httpx.post(endpoint, data={"query": LABELS}, headers=accept),
        httpx.post(endpoint, content=LABELS.encode(),
                   headers={**accept, "Content-Type": "application/sparql-query"}),
    ]
    for response in answers:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/sparql-results+json"
    assert answers[0].json() == answers[1].json() == answers[2].json()


@pytest.mark.parametrize(("accept", "media_type", "first_line"), [
    ("text/csv", "text/csv", "country,name"),
    ("text/tab-separated-values", "text/tab-separated-values", "?country\t?name"),
    ("application/sparql-results+xml", "application/sparql-results+xml", "<?xml"),
    ("application/json", "application/sparql-results+json", '{"head":{"vars":["country","name"]}'),
])
def test_select_content_negotiation(endpoint: str, accept: str, media_type: str,
                                    first_line: str) -> None:
    response = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.text.startswith(first_line)
    assert "Mozambique" in response.text


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_construct_content_negotiation(endpoint: str, accept: str, rdflib_format: str) -> None:
    response = httpx.post(endpoint, data={"query": CONSTRUCT_LABELS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    parsed = Graph().parse(data=response.text, format=rdflib_format)
    assert sorted(str(name) for name in parsed.objects(None, RDFS.label)) == COUNTRIES


def test_format_parameter_overrides_accept(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": LABELS, "format": "csv"},
                         headers={"Accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("text/csv")


def test_unacceptable_type_is_406(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/csv" in response.text


def test_service_description(endpoint: str) -> None:
    response = httpx.get(endpoint)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    described = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef(endpoint)
    assert (service, URIRef(sd + "endpoint"), service) in described
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in described
    formats = set(described.objects(service, URIRef(sd + "resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats


def test_cors_lets_browser_pages_read(endpoint: str) -> None:
    origin = {"Origin": "http://notebook.example"}
    response = httpx.get(endpoint, params={"query": "ASK {}"}, headers=origin)
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(endpoint, headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


# ---------------------------------------------------------------- safety


def count_countries(endpoint: str) -> int:
    response = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": "text/csv"})
    return len(response.text.splitlines()) - 1


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "CLEAR ALL"}},
    {"content": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
    {"data": {"query": "PREFIX ex: <http://x/> INSERT DATA { ex:a ex:b ex:c }"}},
    {"data": {"query": "LOAD <http://127.0.0.1:9/data.ttl>"}},
    {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
], ids=["update-form", "update-body", "insert-as-query", "load-as-query", "delete-as-query"])
def test_updates_are_refused(endpoint: str, request_kwargs: dict) -> None:
    before = count_countries(endpoint)
    response = httpx.post(endpoint, **request_kwargs)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert count_countries(endpoint) == before == len(COUNTRIES)


def test_update_through_sparqlwrapper_is_refused(endpoint: str) -> None:
    client = SPARQLWrapper.SPARQLWrapper(endpoint)
    client.setMethod(SPARQLWrapper.POST)
    client.setQuery("CLEAR ALL")  # SPARQLWrapper sends it as an update
    with pytest.raises(Exception, match=r"403|read-only|Forbidden"):
        client.query()
    assert count_countries(endpoint) == len(COUNTRIES)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { ?x ?y ?z . service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?remote { ?s ?p ?o } VALUES ?remote { <http://127.0.0.1:9/> } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
])
def test_service_is_refused(endpoint: str, query: str) -> None:
    response = httpx.post(endpoint, data={"query": query})
    assert response.status_code == 403
    assert "SERVICE" in response.text and "--allow-service" in response.text


def test_the_word_service_elsewhere_is_fine(endpoint: str) -> None:
    query = 'SELECT ?s WHERE { ?s a <http://schema.org/Service> ; ?p "service" }'
    response = httpx.post(endpoint, data={"query": query})
    assert response.status_code == 200


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT * WHERE { ?s ?p }", "error at 1:"),
    ("SELECT ?s WHERE { ?s ?p ?o", "error at 1:"),
    ("SELEKT ?s WHERE { ?s ?p ?o }", "error at 1:1"),
])
def test_malformed_query_is_400_with_parser_message(endpoint: str, query: str,
                                                    message: str) -> None:
    response = httpx.post(endpoint, data={"query": query})
    assert response.status_code == 400
    assert response.text.startswith("SPARQL syntax error: ")
    assert message in response.text


def test_malformed_query_through_sparqlwrapper(endpoint: str) -> None:
    with pytest.raises(SPARQLWrapper.SPARQLExceptions.QueryBadFormed, match="error at 1:"):
        wrapper(endpoint, "SELECT * WHERE { ?s ?p }", SPARQLWrapper.JSON)


def test_row_limit_cuts_and_says_so(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                         headers={"Accept": "text/csv"})
    assert response.status_code == 200
    # parsed as CSV: a quoted literal (a definition, an article) may span lines
    assert len(list(csv.reader(io.StringIO(response.text)))) == 1 + MAX_ROWS
    assert response.headers["x-result-truncated"] == "true"
    assert response.headers["x-result-row-limit"] == str(MAX_ROWS)
    small = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert "x-result-truncated" not in small.headers


def test_request_size_limit(endpoint: str) -> None:
    padding = "#" + "x" * (1024 * 1024) + "\n"
    response = httpx.post(endpoint, content=(padding + LABELS).encode(),
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


def test_runaway_query_is_stopped_while_others_are_answered(endpoint: str) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        response = httpx.post(endpoint, data={"query": RUNAWAY}, timeout=60)
        outcome["seconds"] = time.monotonic() - started
        outcome["response"] = response

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)  # the runaway query is now running in a worker
    answered = []
    while thread.is_alive() and len(answered) < 20:
        started = time.monotonic()
        response = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": "text/csv"},
                             timeout=10)
        answered.append((response.status_code, time.monotonic() - started))
        time.sleep(0.05)
    thread.join(timeout=60)
    assert answered, "the runaway query ended before a second client could ask"
    assert all(status == 200 for status, _ in answered)
    assert max(seconds for _, seconds in answered) < 2
    stopped = outcome["response"]
    assert stopped.status_code == 503
    assert f"stopped after {TIMEOUT} s" in stopped.text
    assert TIMEOUT <= outcome["seconds"] < TIMEOUT + 3
    assert count_countries(endpoint) == len(COUNTRIES)  # and the server goes on


def test_writes_refused_without_writable(base: str) -> None:
    response = httpx.put(f"{base}/store", params={"default": ""}, content=b"",
                         headers={"Content-Type": "application/n-triples"})
    assert response.status_code == 405
    assert "--writable" in response.text


# ---------------------------------------------------------------- page API


def test_named_query_with_format(base: str) -> None:
    response = httpx.get(f"{base}/queries/ties", params={"format": "json"})
    rows = response.json()["results"]["bindings"]
    assert {(row["source"]["value"], row["target"]["value"], row["type"]["value"])
            for row in rows} >= {("Russia", "Algeria", "ArmsTransfer"),
                                 ("Kenya", "United States", "PrimaryPartner")}
    assert httpx.get(f"{base}/queries/tiez").status_code == 404


def test_library_lists_named_queries(base: str) -> None:
    library = {query["name"]: query for query in httpx.get(f"{base}/queries").json()}
    assert "ties" in library
    assert library["ties"]["text"].lstrip().startswith("#")


def test_network_picture(base: str) -> None:
    response = httpx.get(f"{base}/network.png", params={"country": "mozambique"}, timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
    missing = httpx.get(f"{base}/network.png", params={"country": "Mozambik"})
    assert missing.status_code == 404
    assert "Mozambique" in missing.text  # the close match is suggested
    assert json.loads(httpx.get(f"{base}/actors").text) == COUNTRIES


def test_xml_results_are_well_formed(endpoint: str) -> None:
    response = httpx.get(endpoint, params={"query": LABELS},
                         headers={"Accept": "application/sparql-results+xml"})
    root = ET.fromstring(response.content)
    assert [variable.get("name") for variable in root.iter(f"{SR}variable")] == ["country",
                                                                                 "name"]
    assert len(list(root.iter(f"{SR}result"))) == len(COUNTRIES)

"""The SPARQL 1.1 Service Description of the endpoint (what GET /sparql returns).

Examples
--------
>>> from graph.serve.config import ServeConfig
>>> from graph.serve.description import SD, service_description
>>> described = service_description("http://127.0.0.1:8000/sparql", ServeConfig(), 907)
>>> (None, SD.feature, SD.UnionDefaultGraph) in described
True
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, VOID, XSD

from graph.serve.config import ServeConfig
from graph.serve.formats import GRAPH_FORMATS, RESULT_FORMATS
from graph.store import DEFAULT_GRAPH

__all__ = ["SD", "service_description"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_FORMATS = Namespace("http://www.w3.org/ns/formats/")

# The W3C format IRIs of the formats offered, by short name.
_FORMAT_IRIS = {
    "json": _FORMATS.SPARQL_Results_JSON, "xml": _FORMATS.SPARQL_Results_XML,
    "csv": _FORMATS.SPARQL_Results_CSV, "tsv": _FORMATS.SPARQL_Results_TSV,
    "turtle": _FORMATS.Turtle, "ntriples": _FORMATS["N-Triples"],
    "jsonld": _FORMATS["JSON-LD"], "rdfxml": _FORMATS.RDF_XML,
}


def service_description(endpoint: str, config: ServeConfig, triples: int) -> Graph:
    """Describe the endpoint at ``endpoint`` serving ``triples`` triples under ``config``."""
    described = Graph()
    described.bind("sd", SD)
    described.bind("void", VOID)
    service = URIRef(endpoint)
    described.add((service, RDF.type, SD.Service))
    described.add((service, SD.endpoint, service))
    described.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    described.add((service, DCTERMS.title, Literal("defence-graph SPARQL endpoint", lang="en")))
    described.add((service, DCTERMS.description, Literal(
        f"Read-only. Per-query timeout {config.timeout:g} s; at most {config.max_rows} rows"
        " per answer (longer answers are cut and carry the X-Result-Truncated header);"
        f" SERVICE {'allowed' if config.allow_service else 'refused'}.", lang="en")))
    described.add((service, SD.feature, SD.UnionDefaultGraph))
    if config.allow_service:
        described.add((service, SD.feature, SD.BasicFederatedQuery))
    for item in (*RESULT_FORMATS, *GRAPH_FORMATS):
        described.add((service, SD.resultFormat, _FORMAT_IRIS[item.name]))
    dataset, default_graph, named = BNode(), BNode(), BNode()
    described.add((service, SD.defaultDataset, dataset))
    described.add((dataset, RDF.type, SD.Dataset))
    described.add((dataset, SD.defaultGraph, default_graph))
    described.add((default_graph, RDF.type, SD.Graph))
    described.add((default_graph, VOID.triples, Literal(triples, datatype=XSD.integer)))
    described.add((dataset, SD.namedGraph, named))
    described.add((named, SD.name, DEFAULT_GRAPH))
    return described

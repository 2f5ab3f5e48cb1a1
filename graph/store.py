"""Store: where a built graph lives while it is queried.

rdflib's :class:`~rdflib.Graph` API is the public face. Underneath it is either
Oxigraph (``"oxigraph"``, the default: a pyoxigraph store wrapped by oxrdflib)
or rdflib's own memory store (``"memory"``), always with an explicit graph
identifier: an oxrdflib ``Graph()`` without one keeps its triples in an
anonymous named graph, where queries do not see them.

Oxigraph is the default because it is faster by one to three orders of
magnitude (``benchmarks/store_bench.py`` on a synthetic graph of 1M triples:
loading 10 times faster than rdflib, the named queries 14 to over 500 times
faster, within 10% of raw pyoxigraph). On Oxigraph, files are parsed and
loaded by pyoxigraph itself into the named graph :data:`DEFAULT_GRAPH`, and
:mod:`graph.query` runs SPARQL on the pyoxigraph store directly
(:func:`pyoxigraph_store`).

Examples
--------
>>> from graph.store import new_graph
>>> len(new_graph("oxigraph"))
0
>>> new_graph("oxigraph").identifier == new_graph("memory").identifier
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypeAlias

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from graph.errors import InputError
from graph.namespaces import DGR, bind_prefixes

__all__ = [
    "DEFAULT_GRAPH",
    "DEFAULT_STORE",
    "RDF_FORMATS",
    "STORES",
    "StoreKind",
    "new_graph",
    "pyoxigraph_store",
    "read_rdf",
    "to_oxigraph",
    "to_rdflib",
]

StoreKind: TypeAlias = Literal["memory", "oxigraph"]
STORES: tuple[str, ...] = ("oxigraph", "memory")

#: The store commands and :func:`graph.load` use unless told otherwise (see above).
DEFAULT_STORE: StoreKind = "oxigraph"

#: Identifier of the graph holding a build: the same for every store.
DEFAULT_GRAPH = DGR["graph"]

#: rdflib parser names by file extension.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}

#: pyoxigraph's format for each rdflib parser name.
_OXIGRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def new_graph(store: StoreKind = DEFAULT_STORE) -> Graph:
    """An empty graph on the chosen store, with the project's prefixes bound."""
    if store == "memory":
        return bind_prefixes(Graph(identifier=DEFAULT_GRAPH))
    if store == "oxigraph":
        oxigraph = OxigraphStore(store=ox.Store())
        return bind_prefixes(Graph(store=oxigraph, identifier=DEFAULT_GRAPH))
    raise InputError(f"unknown store {store!r}; choose one of {', '.join(STORES)}")


def pyoxigraph_store(graph: Graph) -> ox.Store | None:
    """The pyoxigraph store under ``graph``, or None if Oxigraph does not hold it."""
    if isinstance(graph.store, OxigraphStore):
        return graph.store._inner  # oxrdflib has no public accessor (version pinned)
    return None


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term equal to an rdflib IRI, blank node or literal."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to a pyoxigraph term")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """The rdflib term equal to a pyoxigraph IRI, blank node or literal.

    Examples
    --------
    >>> to_rdflib(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('7', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    >>> name = RdfLiteral("Mozambique", lang="en")
    >>> to_rdflib(to_oxigraph(name)) == name
    True
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RdfLiteral(term.value, lang=term.language)
        return RdfLiteral(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def read_rdf(path: Path | str, *, store: StoreKind = "memory") -> Graph:
    """Parse an RDF file (format from its extension) into a new graph.

    On Oxigraph, pyoxigraph parses the file straight into the store; on the
    memory store, rdflib's parsers read it.

    Raises
    ------
    InputError
        If the file is missing, of an unknown format, or does not parse.
    """
    path = Path(path)
    rdf_format = RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(RDF_FORMATS))
        raise InputError(f"{path}: unknown RDF format {path.suffix!r} (known: {known})")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    graph = new_graph(store)
    oxigraph = pyoxigraph_store(graph)
    try:
        if oxigraph is None:
            graph.parse(path, format=rdf_format)
        else:
            oxigraph.load(path=path, format=_OXIGRAPH_FORMATS[rdf_format],
                          base_iri=path.resolve().as_uri(), to_graph=to_oxigraph(graph.identifier))
    except Exception as error:  # parsers raise many types; all mean "not valid"
        raise InputError(f"{path}: not valid {rdf_format}: {_one_line(error)}") from None
    return graph

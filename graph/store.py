"""Store: where a built graph lives while it is queried.

rdflib's :class:`~rdflib.Graph` API is the public face. Underneath it is either
rdflib's own memory store (``"memory"``) or Oxigraph through oxrdflib
(``"oxigraph"``), always with an explicit graph identifier: an oxrdflib
``Graph()`` without one keeps its triples in an anonymous named graph, where
queries do not see them.

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

from rdflib import Graph

from graph.errors import InputError
from graph.namespaces import DGR, bind_prefixes

__all__ = ["DEFAULT_GRAPH", "RDF_FORMATS", "STORES", "StoreKind", "new_graph", "read_rdf"]

StoreKind: TypeAlias = Literal["memory", "oxigraph"]
STORES: tuple[str, ...] = ("memory", "oxigraph")

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


def new_graph(store: StoreKind = "memory") -> Graph:
    """An empty graph on the chosen store, with the project's prefixes bound."""
    if store == "memory":
        return bind_prefixes(Graph(identifier=DEFAULT_GRAPH))
    if store == "oxigraph":
        return bind_prefixes(Graph(store="Oxigraph", identifier=DEFAULT_GRAPH))
    raise InputError(f"unknown store {store!r}; choose one of {', '.join(STORES)}")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def read_rdf(path: Path | str, *, store: StoreKind = "memory") -> Graph:
    """Parse an RDF file (format from its extension) into a new graph.

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
    try:
        graph.parse(path, format=rdf_format)
    except Exception as error:  # parsers raise many types; all mean "not valid"
        raise InputError(f"{path}: not valid {rdf_format}: {_one_line(error)}") from None
    return graph

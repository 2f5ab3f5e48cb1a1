"""Exports of a tie network for other tools: GraphML, GEXF, CSV, Cytoscape JSON, and RDF.

Network formats are written by networkx from :func:`to_export_graph`, a copy
of the tie network whose attributes every format can hold: nodes are the
actors' names with a ``label`` (the name), ``kind``, ``class``, ``iso3`` and
``wikidata``; each edge is one tie with ``tie_type`` (GEXF reserves ``type``
for the edge's direction kind), ``directed``, ``year``, ``start_year``,
``end_year``, ``confidence``, ``sources``, ``evidence``, ``quote``,
``origin`` and ``tie`` (its IRI). Unknown values are left out, never written
as empty strings. RDF formats serialise the whole rdflib graph.

Pure ``generate_*`` functions return the text; :func:`write_export` writes it
atomically.

Examples
--------
>>> import graph
>>> from graph.export import generate_export
>>> kg = graph.load()
>>> print(generate_export(kg.network(), "csv").splitlines()[0])
source,target,tie_type,directed,year,start_year,end_year,confidence,sources,evidence,quote,origin,tie
>>> "<graphml" in generate_export(kg.network(), "graphml")
True
"""

from __future__ import annotations

import datetime
import json
import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd
from rdflib import Graph

from graph.errors import InputError

__all__ = [
    "EXPORT_FORMATS",
    "EXTENSIONS",
    "NETWORK_FORMATS",
    "RDF_EXPORT_FORMATS",
    "format_for",
    "generate_csv",
    "generate_cytoscape",
    "generate_export",
    "generate_gexf",
    "generate_graphml",
    "generate_rdf",
    "to_export_graph",
    "write_export",
]

#: Formats written from the NetworkX view.
NETWORK_FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv", "cytoscape")
#: Formats written from the RDF graph, by rdflib serializer name.
RDF_EXPORT_FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
EXPORT_FORMATS: tuple[str, ...] = (*NETWORK_FORMATS, *RDF_EXPORT_FORMATS)
#: The format each file extension implies.
EXTENSIONS: dict[str, str] = {".graphml": "graphml", ".gexf": "gexf", ".csv": "csv",
                              ".cyjs": "cytoscape", ".ttl": "ttl", ".nt": "nt",
                              ".jsonld": "jsonld"}

_NODE_ATTRIBUTES = ("kind", "class", "iso3", "wikidata", "iri")
_EDGE_ATTRIBUTES = ("directed", "year", "start_year", "end_year", "confidence", "sources",
                    "evidence", "quote", "origin", "tie")
_CSV_COLUMNS = ("source", "target", "tie_type", *_EDGE_ATTRIBUTES)


def format_for(path: Path | str, given: str | None = None) -> str:
    """The export format: ``given``, or the one the file extension implies.

    Raises
    ------
    InputError
        For an unknown format or an extension that implies none.
    """
    if given is not None:
        if given not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {given!r} (use {', '.join(EXPORT_FORMATS)})")
        return given
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise InputError(f"{path}: cannot tell the format from {suffix or 'no extension'!r};"
                         f" give --format ({', '.join(EXPORT_FORMATS)})")
    return EXTENSIONS[suffix]


def to_export_graph(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of a tie network with attributes every export format can hold.

    Edge keys become ``e0``, ``e1``... (unique across the file, as GraphML
    and GEXF ids must be); the tie's IRI stays in attribute ``tie``.

    Examples
    --------
    >>> import graph
    >>> exported = to_export_graph(graph.load().network())
    >>> exported.nodes["Russia"]["label"], exported.nodes["Russia"]["iso3"]
    ('Russia', 'RUS')
    >>> [(key, data["tie_type"]) for key, data in exported["Russia"]["Algeria"].items()]
    [('e5', 'ArmsTransfer')]
    """
    result = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        attributes = {name: data[name] for name in _NODE_ATTRIBUTES if data.get(name) is not None}
        result.add_node(str(node), label=str(data.get("name", node)), **attributes)
    for index, (u, v, data) in enumerate(view.edges(data=True)):
        attributes = {name: data[name] for name in _EDGE_ATTRIBUTES if data.get(name) is not None}
        result.add_edge(str(u), str(v), key=f"e{index}", tie_type=data["type"], **attributes)
    return result


def generate_graphml(view: nx.MultiDiGraph) -> str:
    """GraphML text of a tie network (loads in igraph, Gephi, yEd, Cytoscape)."""
    return "\n".join(nx.generate_graphml(to_export_graph(view))) + "\n"


_GEXF_DATE = re.compile(r'(<meta\b[^>]*\blastmodifieddate=")[^"]*(")')


def generate_gexf(view: nx.MultiDiGraph, *, date: datetime.date | None = None) -> str:
    """GEXF 1.2 text of a tie network (Gephi's own format).

    GEXF stamps a ``lastmodifieddate``: ``date`` if given, else the day of
    ``SOURCE_DATE_EPOCH`` when that is set (as reproducible builds do), else today.
    The same network and date always give the same bytes.

    Examples
    --------
    >>> import datetime, networkx as nx
    >>> view = nx.MultiDiGraph([("Russia", "Mali", {"type": "ArmsTransfer"})])
    >>> 'lastmodifieddate="2024-01-31"' in generate_gexf(view, date=datetime.date(2024, 1, 31))
    True
    """
    text = "\n".join(nx.generate_gexf(to_export_graph(view))) + "\n"
    date = date or _source_date()
    if date is None:
        return text
    return _GEXF_DATE.sub(rf"\g<1>{date.isoformat()}\g<2>", text, count=1)


def _source_date() -> datetime.date | None:
    """The day of ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC), if set and valid."""
    seconds = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not seconds.isdigit():
        return None
    return datetime.datetime.fromtimestamp(int(seconds), tz=datetime.UTC).date()


def generate_csv(view: nx.MultiDiGraph) -> str:
    """An edge list: one row per tie, ``source`` and ``target`` by name, then its attributes."""
    exported = to_export_graph(view)
    rows = [{"source": u, "target": v, **data} for u, v, data in exported.edges(data=True)]
    frame = pd.DataFrame(rows, columns=list(_CSV_COLUMNS))
    for column in ("year", "start_year", "end_year", "sources", "evidence"):
        frame[column] = frame[column].astype("Int64")
    return frame.to_csv(index=False, lineterminator="\n")


def generate_cytoscape(view: nx.MultiDiGraph) -> str:
    """Cytoscape.js JSON (``elements`` of nodes and edges), as networkx writes it."""
    data = nx.cytoscape_data(to_export_graph(view), name="label")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def generate_rdf(rdf: Graph, rdf_format: str) -> str:
    """The whole RDF graph as Turtle (``"ttl"``), N-Triples (``"nt"``) or JSON-LD (``"jsonld"``)."""
    return rdf.serialize(format=RDF_EXPORT_FORMATS[rdf_format], encoding="utf-8").decode("utf-8")


_NETWORK_WRITERS = {"graphml": generate_graphml, "gexf": generate_gexf, "csv": generate_csv,
                    "cytoscape": generate_cytoscape}


def generate_export(view: nx.MultiDiGraph | None, export_format: str,
                    rdf: Graph | None = None) -> str:
    """The text of one export: network formats from ``view``, RDF formats from ``rdf``."""
    if export_format in _NETWORK_WRITERS:
        if view is None:
            raise ValueError(f"{export_format} is written from a network view")
        return _NETWORK_WRITERS[export_format](view)
    if export_format in RDF_EXPORT_FORMATS:
        if rdf is None:
            raise ValueError(f"{export_format} is written from an RDF graph")
        return generate_rdf(rdf, export_format)
    raise InputError(f"unknown export format {export_format!r} (use {', '.join(EXPORT_FORMATS)})")


def write_export(text: str, path: Path | str) -> Path:
    """Write ``text`` to ``path`` atomically (a failure leaves any previous file as it was)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}") from None
    return path

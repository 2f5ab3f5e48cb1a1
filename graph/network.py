"""NetworkX views of the ties, built from SPARQL over the tie nodes.

Views are made from the rows of the ``network-ties`` and ``network-actors``
queries, never from every triple: literals, classes and evidence nodes do not
become graph nodes, so degrees and centralities count ties between actors.

The base view is a :class:`networkx.MultiDiGraph` with the actors' names as
nodes and one edge per tie. Every other view is derived from it by a pure
function: :func:`filter_ties`, :func:`collapse`, :func:`layers`,
:func:`ego_network` and :func:`bipartite_view`.

Node attributes: ``name``, ``kind`` (Country, Organisation, Person),
``class`` (the finest ontology class, e.g. Alliance), ``iso3``, ``wikidata``,
``iri``. Edge attributes: ``type`` (tie type), ``directed``, ``year``,
``start_year``, ``end_year``, ``confidence``, ``sources`` (documents),
``evidence`` (number of quotes), ``quote`` (the earliest), ``origin``
(document titles) and ``tie`` (the tie's IRI, also the edge key). Attributes
that are unknown are absent rather than None.

Examples
--------
>>> import graph
>>> from graph.network import collapse, ego_network, filter_ties
>>> view = graph.load().network()
>>> view.number_of_nodes(), view.number_of_edges()
(7, 9)
>>> [(data["type"], data["directed"]) for data in view["Russia"]["Algeria"].values()]
[('ArmsTransfer', True)]
>>> sorted(filter_ties(view, types=["PrimaryPartner"]).edges())
[('Kenya', 'United States'), ('Mozambique', 'Russia'), ('South Africa', 'United Kingdom')]
>>> collapse(view, directed=False)["Russia"]["Mozambique"]["weight"]
6
>>> sorted(ego_network(view, "RUS"))
['Algeria', 'Mozambique', 'Russia']
"""

from __future__ import annotations

import difflib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.errors import InputError, UnknownEntityError
from graph.gazetteer import default_gazetteer, fold
from graph.model import TIE_TYPES
from graph.query import Row

if TYPE_CHECKING:
    from graph.api import KnowledgeGraph

__all__ = [
    "ACTOR_KINDS",
    "bipartite_view",
    "collapse",
    "ego_network",
    "filter_ties",
    "find_actor",
    "layers",
    "tie_network",
    "ties_to_multidigraph",
]

#: Coarse kinds of actor, as node attribute ``kind``.
ACTOR_KINDS: tuple[str, ...] = ("Country", "Organisation", "Person")

#: Edge attributes taken from a ``network-ties`` row: attribute name -> column.
_EDGE_COLUMNS: dict[str, str] = {
    "year": "year",
    "start_year": "startYear",
    "end_year": "endYear",
    "confidence": "confidence",
    "sources": "sources",
    "evidence": "evidence",
    "quote": "quote",
    "origin": "origin",
}


# ---------------------------------------------------------------- the base view


def _actor_attributes(actors: Iterable[Row]) -> dict[str, dict[str, Any]]:
    """Node attributes by actor IRI, folding one row per (actor, class)."""
    attributes: dict[str, dict[str, Any]] = {}
    classes: dict[str, list[str]] = {}
    for row in actors:
        record = attributes.setdefault(row["actor"], {"name": row["name"], "iri": row["actor"]})
        for key in ("iso3", "wikidata"):
            if row.get(key):
                record[key] = row[key]
        if row.get("class"):
            classes.setdefault(row["actor"], []).append(row["class"])
    for iri, record in attributes.items():
        found = classes.get(iri, [])
        kind = next((kind for kind in ACTOR_KINDS if kind in found), "Actor")
        finer = sorted(name for name in found if name not in ACTOR_KINDS)
        record["kind"] = kind
        record["class"] = finer[0] if finer else kind
    return attributes


def _node_keys(attributes: Mapping[str, dict[str, Any]]) -> dict[str, str]:
    """Node key (the actor's name) by IRI; a name two actors share gets a suffix."""
    counts = Counter(record["name"] for record in attributes.values())
    keys = {}
    for iri, record in attributes.items():
        name = record["name"]
        keys[iri] = name if counts[name] == 1 else f"{name} ({iri.rsplit('/', 1)[-1]})"
    return keys


def ties_to_multidigraph(ties: Iterable[Row], actors: Iterable[Row] = ()) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per row of the ``network-ties`` query.

    Parameters
    ----------
    ties : iterable of rows
        Rows of ``network-ties`` (columns ``tie``, ``type``, ``directed``,
        ``source``, ``sourceName``, ``target``, ``targetName`` ...).
    actors : iterable of rows, optional
        Rows of ``network-actors``, for node attributes.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are actor names; each edge is keyed by its tie's IRI.

    Examples
    --------
    >>> row = {"tie": "t1", "type": "Training", "directed": True, "source": "a",
    ...        "sourceName": "A", "target": "b", "targetName": "B", "year": 2020}
    >>> view = ties_to_multidigraph([row])
    >>> list(view.edges(keys=True, data="year"))
    [('A', 'B', 't1', 2020)]
    """
    ties = list(ties)
    attributes = _actor_attributes(actors)
    for row in ties:
        for side in ("source", "target"):
            attributes.setdefault(row[side], {"name": row[f"{side}Name"], "iri": row[side],
                                              "kind": "Actor", "class": "Actor"})
    keys = _node_keys(attributes)
    view = nx.MultiDiGraph()
    for iri in sorted(attributes, key=lambda iri: keys[iri]):
        view.add_node(keys[iri], **attributes[iri])
    for row in ties:
        data = {name: row[column] for name, column in _EDGE_COLUMNS.items()
                if row.get(column) not in (None, "")}
        view.add_edge(keys[row["source"]], keys[row["target"]], key=row["tie"], tie=row["tie"],
                      type=row["type"], directed=bool(row["directed"]), **data)
    return view


def tie_network(kg: KnowledgeGraph, **filters: Any) -> nx.MultiDiGraph:
    """The typed tie network of a knowledge graph, optionally filtered.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to read (its rows come through ``kg.run``).
    **filters
        Passed to :func:`filter_ties`: ``types``, ``years``,
        ``min_confidence``, ``kinds``.
    """
    view = ties_to_multidigraph(kg.run("network-ties").rows, kg.run("network-actors").rows)
    return filter_ties(view, **filters) if filters else view


# ---------------------------------------------------------------- filters


def _check_names(names: Iterable[str], known: tuple[str, ...], what: str) -> list[str]:
    checked = []
    for name in names:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=3)
            hint = (f"; did you mean {', '.join(close)}?" if close
                    else f" (known: {', '.join(known)})")
            raise InputError(f"unknown {what} {name!r}{hint}")
        checked.append(name)
    return checked


def _tie_years(data: Mapping[str, Any]) -> tuple[float, float] | None:
    """The years a tie spans: its year, or start to end year; None if undated.

    A start year without an end year is open (still going on), and the
    other way round.
    """
    year = data.get("year")
    first, last = data.get("start_year", year), data.get("end_year", year)
    if first is None and last is None:
        return None
    return (-math.inf if first is None else first, math.inf if last is None else last)


def filter_ties(
    view: nx.MultiDiGraph,
    *,
    types: Iterable[str] | None = None,
    years: tuple[int | None, int | None] | None = None,
    min_confidence: float | None = None,
    kinds: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The ties of ``view`` that pass every filter given, and the actors they join.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network (see :func:`tie_network`).
    types : iterable of str, optional
        Keep ties of these types (``TIE_TYPES`` names).
    years : (first, last), optional
        Keep ties dated within these years, inclusive; either end may be None.
        A tie spanning start to end year is kept if the spans overlap (a start
        year without an end year is open-ended); undated ties are dropped.
    min_confidence : float, optional
        Keep ties whose confidence is at least this.
    kinds : iterable of str, optional
        Keep actors of these kinds (Country, Organisation, Person) and the
        ties between them.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; actors left without a tie are dropped.

    Raises
    ------
    InputError
        For an unknown tie type or actor kind.
    """
    wanted_types = set(_check_names(types, TIE_TYPES, "tie type")) if types is not None else None
    wanted_kinds = (set(_check_names(kinds, (*ACTOR_KINDS, "Actor"), "actor kind"))
                    if kinds is not None else None)
    low, high = years if years is not None else (None, None)

    def keep(u: str, v: str, data: Mapping[str, Any]) -> bool:
        if wanted_types is not None and data["type"] not in wanted_types:
            return False
        if min_confidence is not None and data.get("confidence", 1.0) < min_confidence:
            return False
        if wanted_kinds is not None and not {view.nodes[u]["kind"], view.nodes[v]["kind"]} <= (
                wanted_kinds):
            return False
        if years is not None:
            span = _tie_years(data)
            if span is None or (low is not None and span[1] < low) or (
                    high is not None and span[0] > high):
                return False
        return True

    return _subgraph(view, keep)


def _subgraph(view: nx.MultiDiGraph,
              keep: Callable[[str, str, Mapping[str, Any]], bool]) -> nx.MultiDiGraph:
    """A copy of ``view`` with the edges ``keep`` accepts and the nodes they join."""
    edges = [(u, v, key, data) for u, v, key, data in view.edges(keys=True, data=True)
             if keep(u, v, data)]
    joined = {node for u, v, _, _ in edges for node in (u, v)}
    result = nx.MultiDiGraph(**view.graph)
    result.add_nodes_from((node, data) for node, data in view.nodes(data=True) if node in joined)
    result.add_edges_from(edges)
    return result


# ---------------------------------------------------------------- derived views


def collapse(view: nx.MultiDiGraph, *, directed: bool = True) -> nx.DiGraph | nx.Graph:
    """One weighted edge per pair of actors: ``weight`` ties, by ``types``.

    In the directed graph a directed tie adds to ``u -> v`` and an undirected
    tie to both directions; in the undirected graph every tie adds to the pair.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network.
    directed : bool
        A :class:`networkx.DiGraph` (default) or a :class:`networkx.Graph`.

    Returns
    -------
    networkx.DiGraph or networkx.Graph
        Edge attributes ``weight`` (number of ties) and ``types`` (a dict of
        tie type -> number of ties); node attributes as in ``view``.

    Examples
    --------
    >>> view = nx.MultiDiGraph()
    >>> view.add_edge("A", "B", type="ArmsTransfer", directed=True)
    0
    >>> view.add_edge("A", "B", type="JointExercise", directed=False)
    1
    >>> collapsed = collapse(view)
    >>> collapsed["A"]["B"]["weight"], collapsed["B"]["A"]["weight"]
    (2, 1)
    >>> collapsed["B"]["A"]["types"]
    {'JointExercise': 1}
    """
    result: nx.DiGraph | nx.Graph = nx.DiGraph() if directed else nx.Graph()
    result.add_nodes_from(view.nodes(data=True))
    for u, v, data in view.edges(data=True):
        pairs = [(u, v)] if data.get("directed", True) or not directed else [(u, v), (v, u)]
        for a, b in pairs:
            _count_tie(result, a, b, data["type"])
    return result


def _count_tie(graph: nx.Graph, u: str, v: str, tie_type: str) -> None:
    """Add one tie of ``tie_type`` to the weighted edge ``u``-``v`` of ``graph``."""
    if not graph.has_edge(u, v):
        graph.add_edge(u, v, weight=0, types={})
    edge = graph[u][v]
    edge["weight"] += 1
    edge["types"][tie_type] = edge["types"].get(tie_type, 0) + 1


def layers(view: nx.MultiDiGraph) -> dict[str, nx.MultiDiGraph]:
    """One view per tie type present, in the scheme's order (see :func:`filter_ties`).

    Examples
    --------
    >>> import graph
    >>> {name: layer.number_of_edges() for name, layer in layers(graph.load().network()).items()}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'ArmsTransfer': 2, 'Training': 1, 'JointExercise': 1, 'IntelligenceSharing': 1,
     'CounterTerrorism': 1, 'PrimaryPartner': 3}
    """
    present = {data for _, _, data in view.edges(data="type")}
    ordered = [name for name in TIE_TYPES if name in present] + sorted(present - set(TIE_TYPES))
    return {name: _subgraph(view, lambda u, v, data, name=name: data["type"] == name)
            for name in ordered}


def find_actor(view: nx.Graph, name: str) -> str:
    """The node of ``view`` that ``name`` denotes: name, ISO code, Wikidata QID or alias.

    Raises
    ------
    UnknownEntityError
        If no actor of the view matches; the message lists close matches.

    Examples
    --------
    >>> import graph
    >>> view = graph.load().network()
    >>> find_actor(view, "Q1029"), find_actor(view, "Russian Federation")
    ('Mozambique', 'Russia')
    >>> find_actor(view, "Mozambik")
    Traceback (most recent call last):
    ...
    graph.errors.UnknownEntityError: unknown actor 'Mozambik' ...; did you mean Mozambique?
    """
    wanted = fold(name)
    for node, data in view.nodes(data=True):
        codes = (node, data.get("name"), data.get("iso3"), data.get("wikidata"))
        if wanted in {fold(code) for code in codes if code}:
            return node
    record = default_gazetteer().country(name)
    if record is not None:
        for node, data in view.nodes(data=True):
            if data.get("iso3") == record.iso3 or node == record.name:
                return node
    names = {fold(str(node)): str(node) for node in view}
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(names[key] for key in close)}?" if close else ""
    raise UnknownEntityError(f"unknown actor {name!r} in this network{hint}")


def ego_network(view: nx.MultiDiGraph, actor: str, radius: int = 1) -> nx.MultiDiGraph:
    """The actors within ``radius`` ties of ``actor`` (either direction) and their ties.

    ``actor`` may be a name, ISO code, Wikidata QID or alias (see
    :func:`find_actor`); the graph attribute ``center`` names the node.
    """
    center = find_actor(view, actor)
    ego = nx.MultiDiGraph(nx.ego_graph(view, center, radius=radius, undirected=True))
    ego.graph["center"] = center
    return ego


def bipartite_view(view: nx.MultiDiGraph) -> nx.Graph:
    """Actors and the organisations they have ties with, as a bipartite graph.

    Organisations (alliances, intergovernmental bodies, companies) get node
    attribute ``bipartite=1``, the other actors ``bipartite=0``; an edge
    joins an actor and an organisation with ``weight`` ties by ``types``.
    Ties between two organisations or two non-organisations are left out.
    """
    result = nx.Graph()
    for u, v, data in view.edges(data=True):
        sides = {view.nodes[u]["kind"] == "Organisation", view.nodes[v]["kind"] == "Organisation"}
        if sides != {True, False}:
            continue
        for node in (u, v):
            result.add_node(node, **view.nodes[node],
                            bipartite=int(view.nodes[node]["kind"] == "Organisation"))
        _count_tie(result, u, v, data["type"])
    return result

"""Analysis of partner networks as pandas DataFrames.

Every function takes a tie network (a :class:`networkx.MultiDiGraph` from
:func:`graph.network.tie_network`) and returns a DataFrame:

- :func:`degree_table` — ties per actor and tie type: out, in, undirected, all;
- :func:`centrality_table` — per actor: ties, partners, betweenness,
  eigenvector centrality and Louvain community;
- :func:`tie_matrix` — actor × actor counts of ties (all, or one type);
- :func:`partner_shares` — each partner's share of an actor's ties.

Examples
--------
>>> import graph
>>> from graph.analyse import centrality_table, partner_shares
>>> view = graph.load().network()
>>> centrality_table(view).loc["Russia", ["ties", "partners"]].tolist()
[7, 2]
>>> print(partner_shares(view, "Russia")[["partner", "ties", "share"]].round(3).to_string())
      partner  ties  share
0  Mozambique     6  0.857
1     Algeria     1  0.143
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from graph.model import TIE_TYPES
from graph.network import collapse, find_actor

__all__ = [
    "BETWEENNESS_SAMPLE_ABOVE",
    "centrality_table",
    "communities",
    "degree_table",
    "partner_shares",
    "tie_matrices",
    "tie_matrix",
]

#: Above this many actors betweenness is estimated from a seeded sample of this many sources.
BETWEENNESS_SAMPLE_ABOVE = 1000


def _type_order(view: nx.MultiDiGraph) -> list[str]:
    present = {data for _, _, data in view.edges(data="type")}
    return [name for name in TIE_TYPES if name in present] + sorted(present - set(TIE_TYPES))


def degree_table(view: nx.MultiDiGraph) -> pd.DataFrame:
    """Ties per actor and tie type, one row per (actor, type) the actor has.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``type``, ``out`` (directed ties the actor is the
        source of: supplier, trainer...), ``in`` (directed ties it is the
        target of), ``undirected`` and ``degree`` (all three added).

    Examples
    --------
    >>> import graph
    >>> table = degree_table(graph.load().network())
    >>> print(table[table.actor == "Mozambique"].to_string(index=False))
         actor                type  out  in  undirected  degree
    Mozambique        ArmsTransfer    0   1           0       1
    Mozambique            Training    0   1           0       1
    Mozambique       JointExercise    0   0           1       1
    Mozambique IntelligenceSharing    0   0           1       1
    Mozambique    CounterTerrorism    0   0           1       1
    Mozambique      PrimaryPartner    1   0           0       1
    """
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for u, v, data in view.edges(data=True):
        directed = data.get("directed", True)
        for node, column in ((u, "out"), (v, "in")):
            row = counts.setdefault((node, data["type"]), {"out": 0, "in": 0, "undirected": 0})
            row[column if directed else "undirected"] += 1
    order = {name: index for index, name in enumerate(_type_order(view))}
    nodes = {node: index for index, node in enumerate(view)}
    rows = [{"actor": actor, "type": tie_type, **row}
            for (actor, tie_type), row in sorted(
                counts.items(), key=lambda item: (nodes[item[0][0]], order[item[0][1]]))]
    table = pd.DataFrame(rows, columns=["actor", "type", "out", "in", "undirected"])
    table["degree"] = table[["out", "in", "undirected"]].sum(axis=1)
    return table


def communities(view: nx.MultiDiGraph, *, seed: int = 7,
                resolution: float = 1.0) -> dict[str, int]:
    """Louvain communities of the collapsed, undirected, tie-weighted network.

    Communities are numbered from 0 by size (largest first), ties broken by
    their first member's name, so the same graph and seed give the same numbers.

    Examples
    --------
    >>> import graph
    >>> found = communities(graph.load().network())
    >>> found["Russia"] == found["Algeria"] != found["Kenya"]
    True
    """
    undirected = collapse(view, directed=False)
    found = nx.community.louvain_communities(undirected, weight="weight", seed=seed,
                                             resolution=resolution)
    ordered = sorted(found, key=lambda members: (-len(members), min(members)))
    return {node: index for index, members in enumerate(ordered) for node in members}


def _betweenness(graph: nx.Graph, seed: int) -> dict[str, float]:
    sample = BETWEENNESS_SAMPLE_ABOVE if len(graph) > BETWEENNESS_SAMPLE_ABOVE else None
    return nx.betweenness_centrality(graph, k=sample, seed=seed, normalized=True)


def _eigenvector(graph: nx.Graph) -> dict[str, float]:
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph, 0.0)
    try:
        return nx.eigenvector_centrality(graph, weight="weight", max_iter=1000, tol=1e-8)
    except nx.PowerIterationFailedConvergence:
        return dict.fromkeys(graph, float("nan"))


def centrality_table(view: nx.MultiDiGraph, *, seed: int = 7) -> pd.DataFrame:
    """Who is central: ties, partners, betweenness, eigenvector centrality, community.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network.
    seed : int
        Seed of the Louvain communities (and of betweenness sampling on
        networks of more than ``BETWEENNESS_SAMPLE_ABOVE`` actors).

    Returns
    -------
    pandas.DataFrame
        Indexed by actor, sorted by ties (descending) then name. Columns
        ``kind``, ``ties`` (all), ``out`` and ``in`` (directed ties),
        ``partners`` (distinct actors tied to), ``betweenness`` (normalised,
        on the undirected network), ``eigenvector`` (on the undirected
        network weighted by ties) and ``community``.
    """
    undirected = collapse(view, directed=False)
    found = communities(view, seed=seed)
    betweenness = _betweenness(nx.Graph(undirected.edges()) if len(undirected) else undirected,
                               seed)
    eigenvector = _eigenvector(undirected)
    rows = []
    for node, data in view.nodes(data=True):
        rows.append({
            "actor": node,
            "kind": data.get("kind"),
            "ties": view.degree(node),
            "out": sum(1 for _, _, directed in view.out_edges(node, data="directed") if directed),
            "in": sum(1 for _, _, directed in view.in_edges(node, data="directed") if directed),
            "partners": undirected.degree(node),
            "betweenness": betweenness.get(node, 0.0),
            "eigenvector": eigenvector.get(node, 0.0),
            "community": found.get(node),
        })
    # Rounded so that values at floating-point noise (other components) read as 0.
    table = pd.DataFrame(rows).set_index("actor").round({"betweenness": 6, "eigenvector": 6})
    return table.sort_values(["ties"], ascending=False, kind="stable")


def tie_matrix(view: nx.MultiDiGraph, tie_type: str | None = None) -> pd.DataFrame:
    """Actor × actor matrix of the number of ties (all types, or ``tie_type``).

    Rows are sources and columns targets of directed ties; an undirected tie
    counts in both cells of its pair. Actors are in the view's order.

    Examples
    --------
    >>> import graph
    >>> matrix = tie_matrix(graph.load().network())
    >>> int(matrix.loc["Russia", "Mozambique"]), int(matrix.loc["Mozambique", "Russia"])
    (5, 4)
    """
    nodes = list(view)
    matrix = pd.DataFrame(0, index=pd.Index(nodes, name="source"),
                          columns=pd.Index(nodes, name="target"))
    for u, v, data in view.edges(data=True):
        if tie_type is not None and data["type"] != tie_type:
            continue
        matrix.loc[u, v] += 1
        if not data.get("directed", True):
            matrix.loc[v, u] += 1
    return matrix


def tie_matrices(view: nx.MultiDiGraph) -> dict[str, pd.DataFrame]:
    """One actor × actor matrix per tie type present (see :func:`tie_matrix`)."""
    return {name: tie_matrix(view, name) for name in _type_order(view)}


def partner_shares(view: nx.MultiDiGraph, actor: str | None = None) -> pd.DataFrame:
    """Each partner's share of an actor's ties (of any type, either direction).

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network.
    actor : str, optional
        One actor (name, ISO code, QID or alias); by default every actor.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``partner``, ``ties``, ``share`` (of the actor's
        ties, 0–1) and ``types`` (the tie types, comma-separated); sorted by
        actor, then share descending, then partner.
    """
    undirected = collapse(view, directed=False)
    actors = [find_actor(view, actor)] if actor is not None else list(view)
    order = {name: index for index, name in enumerate(_type_order(view))}
    rows = []
    for node in actors:
        total = view.degree(node)
        for partner, edge in undirected[node].items():
            types = sorted(edge["types"], key=order.__getitem__)
            rows.append({"actor": node, "partner": partner, "ties": edge["weight"],
                         "share": edge["weight"] / total, "types": ", ".join(types)})
    table = pd.DataFrame(rows, columns=["actor", "partner", "ties", "share", "types"])
    position = {node: index for index, node in enumerate(view)}
    table["_order"] = table["actor"].map(position)
    table = table.sort_values(["_order", "share", "partner"], ascending=[True, False, True])
    return table.drop(columns="_order").reset_index(drop=True)

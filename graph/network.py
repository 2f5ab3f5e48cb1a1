"""NetworkX views of the ties, built from SPARQL over the tie nodes.

Views are made from the rows of the ``ties`` query, not from every triple:
literals, classes and evidence nodes never become graph nodes.

Examples
--------
>>> import graph
>>> view = graph.load().network()
>>> view.number_of_nodes(), view.number_of_edges()
(7, 9)
>>> [(data["type"], data["directed"]) for data in view["Russia"]["Algeria"].values()]
[('ArmsTransfer', True)]
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.build import tie_roles
from graph.query import Row

__all__ = ["ties_to_multidigraph"]


def ties_to_multidigraph(rows: Iterable[Row]) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per row of the ``ties`` query.

    Nodes are actor names; each edge has ``type``, ``directed``, ``evidence``
    and ``origin`` attributes and is keyed by its tie type.
    """
    view = nx.MultiDiGraph()
    roles = tie_roles()
    for row in rows:
        view.add_edge(
            row["source"], row["target"], key=f"{row['type']}:{row['origin']}",
            type=row["type"], directed=roles.get(row["type"]) is not None,
            evidence=row["evidence"], origin=row["origin"],
        )
    return view

"""Pictures of partner networks with matplotlib.

Drawing functions take an optional matplotlib ``ax`` and return the figure, so
notebooks can compose several views.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import graph
>>> from graph.draw import plot_network
>>> figure = plot_network(graph.load().network())
>>> len(figure.axes)
1
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graph.model import TIE_TYPES

__all__ = ["TIE_COLOURS", "plot_network"]

#: One colour per tie type (colour-blind-safe Tableau palette).
TIE_COLOURS: dict[str, str] = dict(zip(TIE_TYPES, plt.get_cmap("tab20").colors[::2]
                                       + plt.get_cmap("tab20").colors[1::2], strict=False))


def plot_network(view: nx.MultiDiGraph, *, ax: Axes | None = None, seed: int = 7,
                 title: str = "Defence partner network") -> Figure:
    """Draw a partner network: one coloured edge per tie, a legend of tie types."""
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 7), layout="constrained")
    positions = nx.spring_layout(nx.Graph(view), seed=seed, k=1.2)
    degree = dict(view.degree())
    nx.draw_networkx_nodes(view, positions, ax=ax, node_color="#dde6f0", edgecolors="#34495e",
                           node_size=[600 + 250 * degree[node] for node in view])
    nx.draw_networkx_labels(view, positions, ax=ax, font_size=10)
    used = []
    for index, (source, target, data) in enumerate(view.edges(data=True)):
        colour = TIE_COLOURS.get(data["type"], "grey")
        if data["type"] not in used:
            used.append(data["type"])
        nx.draw_networkx_edges(view, positions, edgelist=[(source, target)], ax=ax,
                               edge_color=colour, width=2, arrows=True,
                               arrowstyle="-|>" if data.get("directed", True) else "-",
                               arrowsize=16, node_size=1500,
                               connectionstyle=f"arc3,rad={0.08 * (index % 5)}")
    handles = [Line2D([0], [0], color=TIE_COLOURS.get(name, "grey"), lw=2, label=name)
               for name in used]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.set_title(title)
    ax.set_axis_off()
    return ax.figure

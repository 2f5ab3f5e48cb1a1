"""Pictures of partner networks with matplotlib, fit to publish.

Every ``plot_*`` function draws a tie network (see :mod:`graph.network`) on a
matplotlib ``ax`` (a new figure by default) and returns the figure, so a
notebook can compose several views:

- :func:`plot_network` — the whole network: one coloured line per tie, arrows
  for directed types, node size by number of ties, labels placed so they do
  not overlap; ``layout="geo"`` puts each country at its capital;
- :func:`plot_ego` — one actor at the centre, its partners around it grouped
  by tie type;
- :func:`plot_matrix` — a heatmap of ties: actor × actor or actor × tie type.

:func:`save_figure` writes PNG, SVG or PDF (format from the extension),
with SVG text kept as editable text and no timestamps, so the same graph gives
the same file. Layouts are seeded.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import graph
>>> from graph.draw import plot_ego, plot_network
>>> view = graph.load().network()
>>> figure = plot_network(view, title="Seed article")
>>> figure.axes[0].get_title(loc="left")
'Seed article'
>>> import matplotlib.pyplot as plt
>>> figure, (left, right) = plt.subplots(1, 2, figsize=(12, 5))
>>> plot_network(view, ax=left) is plot_ego(view, "Mozambique", ax=right) is figure
True
"""

from __future__ import annotations

import math
import os
import random
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Literal, TypeAlias

import matplotlib as mpl
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from graph.errors import InputError
from graph.gazetteer import Gazetteer, default_gazetteer
from graph.model import TIE_TYPES
from graph.namespaces import slug
from graph.network import ego_network

__all__ = [
    "IMAGE_FORMATS",
    "LARGE_NETWORK",
    "TIE_COLOURS",
    "Positions",
    "geo_positions",
    "plot_ego",
    "plot_matrix",
    "plot_network",
    "save_figure",
    "source_note_for",
    "spring_positions",
    "tie_label",
]

Positions: TypeAlias = dict[Hashable, tuple[float, float]]

#: One colour per tie type: matplotlib's ten "tab10" colours and a dark grey.
TIE_COLOURS: dict[str, str] = dict(zip(TIE_TYPES, [*mpl.colormaps["tab10"].colors, "#3b3b3b"],
                                       strict=False))

#: Networks with more actors than this are laid out by igraph and drawn as
#: straight, arrowless lines (thousands of arrows are unreadable and slow).
LARGE_NETWORK = 300

#: File extensions :func:`save_figure` writes.
IMAGE_FORMATS: tuple[str, ...] = (".png", ".svg", ".pdf")

_MARKERS = {"Country": "o", "Organisation": "s", "Person": "^", "Actor": "D"}
_NODE_FACE = "#e8eef5"
_NODE_EDGE = "#2c3e50"
_NOTE_GREY = "#5a5a5a"
# A pale box behind labels keeps them legible over ties. (A stroke "halo" path
# effect would turn SVG text into paths, which are no longer editable text.)
_BACKDROP = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none",
             "alpha": 0.8}
#: Distance from the centre of an ego view's tie-type captions (partners are at 1).
_CAPTION_RADIUS = 1.45


def tie_label(tie_type: str) -> str:
    """A tie type's name for legends: ``"ArmsTransfer"`` -> ``"Arms transfer"``."""
    words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", tie_type)
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if words else tie_type


def _colour(tie_type: str) -> str:
    return TIE_COLOURS.get(tie_type, "#999999")


def _types_in(view: nx.MultiDiGraph) -> list[str]:
    present = {data for _, _, data in view.edges(data="type")}
    return [name for name in TIE_TYPES if name in present] + sorted(present - set(TIE_TYPES))


# ---------------------------------------------------------------- layouts


def spring_positions(view: nx.Graph, *, seed: int = 7) -> Positions:
    """Seeded force-directed positions: networkx's spring layout, igraph's for large components.

    Each connected component is laid out on its own (pairs joined by many ties
    count once) and scaled so that actors are about 1 apart from their
    nearest neighbour; components are then packed side by side, largest
    first, so small ones do not drift to the edges of the picture.
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(view)
    undirected.add_edges_from((u, v) for u, v in view.edges() if u != v)
    components = sorted((sorted(part, key=str) for part in nx.connected_components(undirected)),
                        key=lambda part: (-len(part), str(part[0])))
    laid_out = []
    for part in components:
        sub = undirected.subgraph(part)
        if len(part) == 1:
            coords = np.zeros((1, 2))
        elif len(part) > LARGE_NETWORK:
            coords = _igraph_coords(sub, part, seed)
        else:
            # A longer ideal distance than networkx's 1/sqrt(n) keeps hubs' partners apart.
            local = nx.spring_layout(sub, seed=seed, weight=None, iterations=300,
                                     k=2 / math.sqrt(len(part)))
            coords = np.array([local[node] for node in part], dtype=float)
        laid_out.append((part, coords / _spacing(coords)))
    return _pack(laid_out)


def _spacing(coords: np.ndarray) -> float:
    """The median distance from each point to its nearest neighbour (1 for a single point)."""
    if len(coords) < 2:
        return 1.0
    distances = np.linalg.norm(coords[:, None, :] - coords[None, :, :], axis=-1)
    np.fill_diagonal(distances, np.inf)
    return max(float(np.median(distances.min(axis=1))), 1e-9)


def _pack(components: list[tuple[list[Hashable], np.ndarray]], gap: float = 0.9) -> Positions:
    """Place laid-out components in columns, largest first, each turned to lie flat.

    Columns are as tall as the largest component (or as a 3:2 box of the
    total area, if taller), so small components fill the space beside it.
    """
    flat = [(part, _lie_flat(coords)) for part, coords in components]
    sizes = [np.ptp(coords, axis=0) for _, coords in flat]
    area = sum((width + gap) * (height + gap) for width, height in sizes)
    column_height = max(max(height for _, height in sizes), math.sqrt(area / 1.5))
    positions: Positions = {}
    left = top = column_width = 0.0
    for (part, coords), (width, height) in zip(flat, sizes, strict=True):
        if top < 0 and -top + height > column_height:
            left, top, column_width = left + column_width + gap, 0.0, 0.0
        shifted = coords - coords.min(axis=0) + (left, top - height)
        positions.update((node, (float(x), float(y)))
                         for node, (x, y) in zip(part, shifted, strict=True))
        top -= height + gap
        column_width = max(column_width, width)
    return positions


def _lie_flat(coords: np.ndarray) -> np.ndarray:
    """Rotate coordinates so their longest extent is horizontal (principal axes)."""
    centred = coords - coords.mean(axis=0)
    if len(coords) < 2 or not centred.any():
        return centred
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    return centred @ axes.T


def _igraph_coords(graph: nx.Graph, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Fruchterman–Reingold by igraph (in C, fast), seeded through igraph's RNG."""
    import igraph

    index = {node: position for position, node in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges()]
    layout_graph = igraph.Graph(n=len(nodes), edges=edges)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        return np.array(layout_graph.layout_fruchterman_reingold(grid="auto").coords)
    finally:
        igraph.set_random_number_generator(random)


def geo_positions(view: nx.Graph, gazetteer: Gazetteer | None = None) -> Positions:
    """Each country at its capital's (longitude, latitude); actors without one are left out.

    Coordinates come from the ``capital_lat``/``capital_lon`` columns of
    ``data/gazetteer/countries.csv``, looked up by the node's ``iso3``.

    Examples
    --------
    >>> import graph
    >>> moscow = default_gazetteer().countries["RUS"]
    >>> geo_positions(graph.load().network())["Russia"] == (moscow.capital_lon, moscow.capital_lat)
    True
    """
    gazetteer = gazetteer or default_gazetteer()
    positions: Positions = {}
    for node, iso3 in view.nodes(data="iso3"):
        record = gazetteer.countries.get(iso3) if iso3 else None
        if record is not None and record.capital_lat is not None and record.capital_lon is not None:
            positions[node] = (record.capital_lon, record.capital_lat)
    return positions


def _ego_positions(ego: nx.MultiDiGraph, center: Hashable) -> tuple[Positions, dict[str, float]]:
    """The centre at the origin, partners on a circle in sectors by tie type, others outside.

    Each partner joins the sector of the tie type it has most ties of with the
    centre (the scheme's order breaks ties). Returns positions and the angle
    of each sector's middle, by tie type.
    """
    counts: dict[Hashable, Counter] = defaultdict(Counter)
    for u, v, tie_type in ego.edges(data="type"):
        if center in (u, v) and u != v:
            counts[v if u == center else u][tie_type] += 1
    order = {name: index for index, name in enumerate(TIE_TYPES)}

    def group_of(partner: Hashable) -> str:
        return min(counts[partner], key=lambda name: (-counts[partner][name],
                                                      order.get(name, len(order)), name))

    groups: dict[str, list[Hashable]] = defaultdict(list)
    for partner in sorted(counts, key=lambda node: (-sum(counts[node].values()), str(node))):
        groups[group_of(partner)].append(partner)
    ordered = sorted(groups, key=lambda name: (order.get(name, len(order)), name))
    gap = 1 if len(ordered) > 1 else 0
    slots = sum(len(groups[name]) for name in ordered) + gap * len(ordered)
    step = 2 * math.pi / max(slots, 1)
    positions: Positions = {center: (0.0, 0.0)}
    angles: dict[Hashable, float] = {}
    sectors: dict[str, float] = {}
    slot = 0.0
    for name in ordered:
        members = groups[name]
        first = slot
        for partner in members:
            angles[partner] = slot * step
            slot += 1
        sectors[name] = (first + slot - 1) / 2 * step
        slot += gap
    for partner, angle in angles.items():
        positions[partner] = (math.cos(angle), math.sin(angle))
    outer = sorted((node for node in ego if node not in positions), key=str)
    positions.update(_outer_ring(ego, outer, angles))
    return positions, sectors


def _outer_ring(ego: nx.MultiDiGraph, outer: list[Hashable],
                angles: Mapping[Hashable, float], radius: float = 2.1) -> Positions:
    """Evenly spaced places on an outer circle, each node as near its partners' angle as can be.

    Nodes are ordered by the mean angle of their neighbours on the inner ring;
    the even slots are then turned to the rotation closest to those angles.
    """
    if not outer:
        return {}

    def wanted(node: Hashable) -> float:
        near = [angles[other] for other in nx.all_neighbors(ego, node) if other in angles]
        return math.atan2(sum(map(math.sin, near)), sum(map(math.cos, near))) % (2 * math.pi)

    preferred = sorted((wanted(node), str(node), node) for node in outer)
    step = 2 * math.pi / len(preferred)
    targets = np.array([angle for angle, _, _ in preferred])

    def cost(shift: float) -> float:
        slots = shift + step * np.arange(len(targets))
        return float(np.sum(1 - np.cos(slots - targets)))

    shift = min((float(target) - index * step for index, target in enumerate(targets)), key=cost)
    return {node: (radius * math.cos(shift + index * step), radius * math.sin(shift + index * step))
            for index, (_, _, node) in enumerate(preferred)}


# ---------------------------------------------------------------- drawing parts


def _new_axes(figsize: tuple[float, float]) -> Axes:
    figure = plt.figure(figsize=figsize)
    # A fixed axes box (not a layout engine), so label boxes measured before
    # saving stay where they were measured.
    return figure.add_axes((0.03, 0.08, 0.70, 0.84))


def _node_sizes(view: nx.MultiDiGraph, large: bool,
                area: tuple[float, float] | None = None) -> dict[Hashable, float]:
    """Marker areas in points², from ``area`` (smallest, largest) by number of ties.

    By default nodes get smaller as the network grows, so they stay apart.
    """
    degree = dict(view.degree())
    most = max(degree.values(), default=1) or 1
    crowding = min(1.0, 10 / max(len(view), 1))
    low, high = area or ((3.0, 60.0) if large else (320 * crowding + 60, 1500 * crowding + 250))
    return {node: low + (high - low) * math.sqrt(degree[node] / most) for node in view}


def _draw_nodes(ax: Axes, view: nx.MultiDiGraph, positions: Positions,
                sizes: Mapping[Hashable, float], large: bool) -> None:
    by_marker: dict[str, list[Hashable]] = defaultdict(list)
    for node in positions:
        by_marker[_MARKERS.get(view.nodes[node].get("kind", "Actor"), "D")].append(node)
    for marker, nodes in by_marker.items():
        nx.draw_networkx_nodes(view, positions, nodelist=nodes, ax=ax, node_shape=marker,
                               node_size=[sizes[node] for node in nodes], node_color=_NODE_FACE,
                               edgecolors=_NODE_EDGE, linewidths=0.5 if large else 1.2)


def _fan(count: int, spread: float, bend: float = 0.0) -> list[float]:
    """Arc curvatures for ``count`` parallel ties: ``bend`` for one, fanned around it for more."""
    return [bend + (index - (count - 1) / 2) * spread for index in range(count)]


Arc: TypeAlias = tuple[Hashable, Hashable, dict, float]


def _tie_arcs(view: nx.MultiDiGraph, positions: Positions, *, spread: float = 0.12,
              bend: float = 0.0) -> list[Arc]:
    """Each tie with the curvature to draw it with (matplotlib's ``arc3`` ``rad``).

    Parallel ties of a pair fan out by ``spread`` in the scheme's order of
    types; ``bend`` curves every tie towards the middle of the picture (on a
    map, so lines pass beside the capitals between their ends rather than
    through them, and stay inside the frame).
    """
    centre = np.array(list(positions.values()), dtype=float).mean(axis=0) if positions else 0
    order = {name: index for index, name in enumerate(TIE_TYPES)}
    pairs: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for u, v, data in view.edges(data=True):
        if u in positions and v in positions and u != v:
            pairs[tuple(sorted((str(u), str(v))))].append((u, v, data))
    arcs: list[Arc] = []
    for ties in pairs.values():
        ties.sort(key=lambda tie: (order.get(tie[2]["type"], len(order)), str(tie[0])))
        first, second = sorted(ties[0][:2], key=str)
        start, end = np.array(positions[first]), np.array(positions[second])
        (dx, dy), middle = end - start, (start + end) / 2
        side = 1.0 if np.dot((dy, -dx), centre - middle) >= 0 else -1.0
        for (u, v, data), rad in zip(ties, _fan(len(ties), spread, bend * side), strict=True):
            arcs.append((u, v, data, rad if u == first else -rad))
    return arcs


def _arc_curve(start: np.ndarray, end: np.ndarray, rad: float, steps: np.ndarray) -> np.ndarray:
    """Points of the quadratic Bézier curve ``arc3`` draws from ``start`` to ``end``."""
    dx, dy = end - start
    control = (start + end) / 2 + rad * np.array([dy, -dx])
    steps = steps[:, None]
    return (1 - steps) ** 2 * start + 2 * (1 - steps) * steps * control + steps ** 2 * end


def _draw_ties(ax: Axes, view: nx.MultiDiGraph, positions: Positions,
               sizes: Mapping[Hashable, float], arcs: list[Arc] | None) -> None:
    """Ties as coloured lines: the given arcs, arrowed for directed types, or else
    (large networks) straight lines without arrows, grouped by type for speed."""
    if arcs is None:
        for tie_type in _types_in(view):
            edges = [(u, v) for u, v, data in view.edges(data=True)
                     if data["type"] == tie_type and u != v and u in positions and v in positions]
            collection = nx.draw_networkx_edges(view, positions, edgelist=edges, ax=ax,
                                                arrows=False, width=0.35, alpha=0.35,
                                                edge_color=_colour(tie_type))
            collection.set_rasterized(True)
        return
    for u, v, data, rad in arcs:
        nx.draw_networkx_edges(
            view, positions, edgelist=[(u, v)], ax=ax, nodelist=[u, v],
            node_size=[sizes[u], sizes[v]], edge_color=_colour(data["type"]), width=1.8,
            arrows=True, arrowstyle="-|>" if data.get("directed", True) else "-",
            arrowsize=15, connectionstyle=f"arc3,rad={rad}",
        )


def _arc_points(ax: Axes, positions: Positions, arcs: Iterable[Arc]) -> np.ndarray:
    """Points along each arc, in display coordinates (obstacles for labels)."""
    steps = np.linspace(0.05, 0.95, 24)
    points = [np.empty((0, 2))]
    for u, v, _, rad in arcs:
        start, end = ax.transData.transform([positions[u], positions[v]])
        points.append(_arc_curve(start, end, rad, steps))
    return np.vstack(points)


def _extent(positions: Positions, arcs: Iterable[Arc]) -> np.ndarray:
    """Node positions and the middle of every arc, in data coordinates (what to frame)."""
    points = [np.array(list(positions.values()), dtype=float).reshape(-1, 2)]
    middle = np.array([0.5])
    points += [_arc_curve(np.array(positions[u]), np.array(positions[v]), rad, middle)
               for u, v, _, rad in arcs]
    return np.vstack(points)


def _label_candidates(radius: float) -> list[tuple[float, float, str, str]]:
    """Offsets (points) and alignments to try for a label, nearest first."""
    candidates = []
    for gap in (radius + 3, radius + 16):
        candidates += [
            (0, -gap, "center", "top"), (0, gap, "center", "bottom"),
            (gap, 0, "left", "center"), (-gap, 0, "right", "center"),
            (gap * 0.8, -gap * 0.8, "left", "top"), (-gap * 0.8, -gap * 0.8, "right", "top"),
            (gap * 0.8, gap * 0.8, "left", "bottom"), (-gap * 0.8, gap * 0.8, "right", "bottom"),
        ]
    return candidates


def _place_labels(ax: Axes, positions: Positions, sizes: Mapping[Hashable, float],
                  order: list[Hashable], *, max_labels: int, keep_all: int, fontsize: float,
                  arcs: Iterable[Arc] = (), avoid: Iterable[Text] = (),
                  nodes_block: bool = True) -> list[Annotation]:
    """Label nodes in ``order`` where the label hits no other label, node or tie.

    Each label tries positions around its node (below first); a label that
    fits nowhere is dropped, except for the first ``keep_all`` nodes, which
    then take the position hitting least. Labels stay inside the axes box.
    With ``nodes_block=False`` (a hairball of thousands of nodes) labels
    avoid only each other.
    """
    renderer = ax.figure.canvas.get_renderer()
    ax.apply_aspect()
    scale = ax.figure.dpi / 72
    nodes = list(positions)
    index = {node: position for position, node in enumerate(nodes)}
    centres = ax.transData.transform(np.array([positions[node] for node in nodes]))
    radii = np.array([math.sqrt(sizes[node]) / 2 * scale for node in nodes])
    obstacles = np.column_stack([centres - radii[:, None], centres + radii[:, None]])
    if not nodes_block:
        obstacles = obstacles[:0]
    points = _arc_points(ax, positions, arcs)
    frame = ax.bbox
    placed: list[Bbox] = [text.get_window_extent(renderer).padded(2 * scale) for text in avoid]
    labels: list[Annotation] = []
    for rank, node in enumerate(order[:max_labels]):
        own = index[node]
        best: tuple[int, Annotation, Bbox] | None = None
        for dx, dy, ha, va in _label_candidates(radii[own] / scale):
            # A label set further off is tied to its node by a thin leader line.
            leader = None if math.hypot(dx, dy) < radii[own] / scale + 8 else {
                "arrowstyle": "-", "color": "#8c8c8c", "lw": 0.6, "shrinkA": 0,
                "shrinkB": radii[own] / scale}
            label = ax.annotate(str(node), positions[node], xytext=(dx, dy),
                                textcoords="offset points", ha=ha, va=va, fontsize=fontsize,
                                color="#111111", bbox=_BACKDROP, zorder=6,
                                arrowprops=leader)
            box = label.get_window_extent(renderer).padded(2 * scale)
            hits = _hits(box, placed, obstacles, own, points, frame)
            if best is None or hits < best[0]:
                if best is not None:
                    best[1].remove()
                best = (hits, label, box)
            else:
                label.remove()
            if hits == 0:
                break
        assert best is not None
        if best[0] == 0 or rank < keep_all:
            best[1].set_gid(f"label-{slug(str(node))}")  # an id to find it by in SVG
            labels.append(best[1])
            placed.append(best[2])
        else:
            best[1].remove()
    return labels


def _hits(box: Bbox, placed: list[Bbox], nodes: np.ndarray, own: int, points: np.ndarray,
          frame: Bbox) -> int:
    """How badly a label box collides: labels and nodes count 10, tie points 1, leaving 100."""
    outside = not (frame.x0 <= box.x0 and box.x1 <= frame.x1
                   and frame.y0 <= box.y0 and box.y1 <= frame.y1)
    node_hits = ((nodes[:, 0] < box.x1) & (nodes[:, 2] > box.x0)
                 & (nodes[:, 1] < box.y1) & (nodes[:, 3] > box.y0))
    if len(node_hits):
        node_hits[own] = False
    point_hits = ((points[:, 0] > box.x0) & (points[:, 0] < box.x1)
                  & (points[:, 1] > box.y0) & (points[:, 1] < box.y1))
    return (100 * outside + 10 * sum(box.overlaps(other) for other in placed)
            + 10 * int(node_hits.sum()) + int(point_hits.sum()))


def _fit_limits(ax: Axes, coords: np.ndarray, *, margin: float, least: float) -> None:
    """Frame the points with a margin (a fraction of the extent, at least ``least``).

    The aspect is equal and the axes box shrinks to the data, so a wide
    network gives a wide picture rather than white bands.
    """
    coords = coords if len(coords) else np.zeros((1, 2))
    low, high = coords.min(axis=0), coords.max(axis=0)
    pad = np.maximum((high - low) * margin, least)
    ax.set_xlim(low[0] - pad[0], high[0] + pad[0])
    ax.set_ylim(low[1] - pad[1], high[1] + pad[1])
    ax.set_aspect("equal", adjustable="box")


def _legend(ax: Axes, view: nx.MultiDiGraph, *, arrows: bool, extra: Iterable[Line2D] = ()) -> None:
    """Tie types (colour; arrow or plain line) and actor kinds (marker), beside the axes."""
    handles = []
    for tie_type in _types_in(view):
        directed = any(data.get("directed", True) for _, _, data in view.edges(data=True)
                       if data["type"] == tie_type)
        suffix = " (→)" if arrows and directed else ""
        handles.append(Line2D([], [], color=_colour(tie_type), lw=2.2,
                              label=tie_label(tie_type) + suffix))
    kinds = [kind for kind in _MARKERS if any(data.get("kind") == kind
                                              for _, data in view.nodes(data=True))]
    if len(kinds) > 1:
        handles += [Line2D([], [], ls="", marker=_MARKERS[kind], markersize=8,
                           markerfacecolor=_NODE_FACE, markeredgecolor=_NODE_EDGE, label=kind)
                    for kind in kinds]
    handles += list(extra)
    ax.legend(handles=handles, title="Tie type", loc="upper left", bbox_to_anchor=(1.01, 1.0),
              fontsize=9, title_fontsize=9.5, frameon=False, alignment="left",
              handlelength=2.2)


def _titles(ax: Axes, title: str | None, subtitle: str | None, source_note: str | None) -> None:
    if title:
        ax.set_title(title, loc="left", fontsize=13, fontweight="bold", pad=18 if subtitle else 8)
    if subtitle:
        ax.annotate(subtitle, (0, 1), xycoords="axes fraction", xytext=(0, 5),
                    textcoords="offset points", fontsize=9.5, color=_NOTE_GREY, va="bottom")
    if source_note:
        _source_note(ax, source_note)


def _source_note(ax: Axes, note: str) -> None:
    """The note under the axes and everything hanging below it (tick labels, axis label)."""
    figure = ax.figure
    ax.apply_aspect()
    below = ax.get_tightbbox(figure.canvas.get_renderer()).y0
    x, y = figure.transFigure.inverted().transform((ax.bbox.x0, below))
    figure.text(x, y - 0.01, note, fontsize=7.5, color=_NOTE_GREY, va="top", ha="left")


def source_note_for(view: nx.MultiDiGraph) -> str:
    """A note saying where a network's ties come from: the document, or how many.

    Examples
    --------
    >>> import graph
    >>> source_note_for(graph.load().network())
    'Source: "Strengthening Ties: Russia and Mozambique Forge a Robust...…", via defence-graph.'
    """
    origins = sorted({part for _, _, origin in view.edges(data="origin") if origin
                      for part in str(origin).split(" | ")})
    if len(origins) == 1:
        title = origins[0] if len(origins[0]) <= 80 else origins[0][:79].rstrip() + "…"
        return f'Source: "{title}", via defence-graph.'
    if origins:
        return f"Sources: {len(origins)} documents and dataset records, via defence-graph."
    return "Source: defence-graph."


def _note(view: nx.MultiDiGraph, source_note: str | None) -> str | None:
    """The note to print: the one given, derived from the view if None, none if ""."""
    return source_note_for(view) if source_note is None else source_note or None


def _summary(view: nx.MultiDiGraph, shown: int | None = None) -> str:
    actors = view.number_of_nodes()
    text = f"{view.number_of_edges()} ties between {actors} actors"
    if shown is not None and shown < actors:
        text += f"; {actors - shown} without coordinates not shown"
    return text


# ---------------------------------------------------------------- the pictures


def plot_network(
    view: nx.MultiDiGraph,
    *,
    ax: Axes | None = None,
    layout: Literal["spring", "geo"] = "spring",
    positions: Positions | None = None,
    seed: int = 7,
    title: str | None = "Defence partner network",
    source_note: str | None = None,
    max_labels: int = 60,
) -> Figure:
    """Draw a whole partner network.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network (see :func:`graph.network.tie_network`).
    ax : matplotlib Axes, optional
        Where to draw; a new figure by default.
    layout : {"spring", "geo"}
        Seeded force-directed layout, or each country at its capital's
        longitude and latitude (actors without coordinates are left out and
        counted in the subtitle).
    positions : dict, optional
        Node positions to use instead of ``layout``.
    seed : int
        Seed of the spring layout: the same graph and seed give the same picture.
    title : str, optional
        Title above the network.
    source_note : str, optional
        The note below the picture; by default it names the documents the
        ties come from (:func:`source_note_for`); ``""`` leaves it out.
    max_labels : int
        Label at most this many actors, those with most ties first.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if layout not in ("spring", "geo"):
        raise InputError(f"unknown layout {layout!r}; use spring or geo")
    ax = ax if ax is not None else _new_axes((10, 7))
    large = view.number_of_nodes() > LARGE_NETWORK
    geo = layout == "geo"
    if positions is None:
        positions = geo_positions(view) if geo else spring_positions(view, seed=seed)
    # On a map distances are fixed, so nodes are smaller than in a free layout.
    sizes = _node_sizes(view, large, area=(30.0, 200.0) if geo and not large else None)
    arcs = None if large else _tie_arcs(view, positions, spread=0.06 if geo else 0.12,
                                        bend=0.2 if geo else 0.0)
    if not geo:
        ax.set_axis_off()
    _fit_limits(ax, _extent(positions, arcs or []), margin=0.08 if geo else 0.1,
                least=10.0 if geo else 0.45)
    _draw_ties(ax, view, positions, sizes, arcs)
    _draw_nodes(ax, view, positions, sizes, large)
    if geo:
        _graticule(ax)
    order = sorted(positions, key=lambda node: (-view.degree(node), str(node)))
    # Small networks name every actor; in larger ones a label that would hide
    # another is left out, unless its actor is among the most tied.
    _place_labels(ax, positions, sizes, order, max_labels=max_labels, arcs=arcs or [],
                  keep_all=0 if large else max(12, len(order) // 3) if len(order) > 20
                  else len(order), fontsize=7 if large else 10, nodes_block=not large)
    _legend(ax, view, arrows=not large)
    _titles(ax, title, _summary(view, len(positions)), _note(view, source_note))
    return ax.figure


def _graticule(ax: Axes) -> None:
    """Longitude/latitude ticks and grid lines, in degrees east/west and north/south."""
    (west, east), (south, north) = ax.get_xlim(), ax.get_ylim()
    step = 30 if max(east - west, north - south) > 90 else 15
    ax.set_xticks(np.arange(math.ceil(west / step) * step, east, step))
    ax.set_yticks(np.arange(math.ceil(south / step) * step, north, step))
    ax.xaxis.set_major_formatter(lambda value, _: _degrees(value, "E", "W"))
    ax.yaxis.set_major_formatter(lambda value, _: _degrees(value, "N", "S"))
    ax.tick_params(labelsize=8, labelcolor=_NOTE_GREY, length=0, labelbottom=True,
                   labelleft=True)
    ax.grid(True, color="#e3e3e3", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for spine in ax.spines.values():
        spine.set_color("#c8c8c8")


def _degrees(value: float, positive: str, negative: str) -> str:
    if value == 0:
        return "0°"
    return f"{abs(value):g}°{positive if value > 0 else negative}"


def plot_ego(
    view: nx.MultiDiGraph,
    actor: str,
    *,
    radius: int = 1,
    ax: Axes | None = None,
    title: str | None = None,
    source_note: str | None = None,
) -> Figure:
    """Draw one actor's partners: the actor at the centre, partners around it by tie type.

    Each partner sits in the sector of the tie type it has most ties of with
    the centre; every tie is drawn in its type's colour. With ``radius=2``
    the partners' partners form an outer ring.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network.
    actor : str
        The actor at the centre: name, ISO code, Wikidata QID or alias.
    radius : int
        How many ties away from the centre to include.

    Raises
    ------
    UnknownEntityError
        If ``actor`` is not in the network (the message lists close matches).
    """
    ego = ego_network(view, actor, radius=radius)
    center = ego.graph["center"]
    ax = ax if ax is not None else _new_axes((10, 7))
    positions, sectors = _ego_positions(ego, center)
    sizes = _node_sizes(ego, large=False)
    ax.set_axis_off()
    arcs = _tie_arcs(ego, positions)
    # Captions name the sectors; with an outer ring they would sit among its ties.
    single_ring = len(positions) == 1 + len(set(nx.all_neighbors(ego, center)) - {center})
    captions = {tie_type: (_CAPTION_RADIUS * math.cos(angle), _CAPTION_RADIUS * math.sin(angle))
                for tie_type, angle in sectors.items()} if len(sectors) > 1 and single_ring else {}
    extent = np.vstack([_extent(positions, arcs), np.array(list(captions.values())).reshape(-1, 2)])
    # Mirrored so that the centre stays in the middle of the picture.
    _fit_limits(ax, np.vstack([extent, -extent]), margin=0.12, least=0.5)
    # Captions grow outwards from their anchor, away from the partners' ring.
    texts = [ax.text(x, y, tie_label(tie_type), color=_colour(tie_type), fontsize=9,
                     fontstyle="italic", bbox=_BACKDROP, zorder=1,
                     ha="left" if x > 0.3 else "right" if x < -0.3 else "center",
                     va="bottom" if y > 0.3 else "top" if y < -0.3 else "center")
             for tie_type, (x, y) in captions.items()]
    _draw_ties(ax, ego, positions, sizes, arcs)
    _draw_nodes(ax, ego, positions, sizes, large=False)
    order = [center, *sorted((node for node in positions if node != center),
                             key=lambda node: (-ego.degree(node), str(node)))]
    _place_labels(ax, positions, sizes, order, max_labels=len(order), keep_all=len(order),
                  fontsize=10, arcs=arcs, avoid=texts)
    _legend(ax, ego, arrows=True)
    partners = len(set(nx.all_neighbors(ego, center)) - {center})
    subtitle = (f"{ego.degree(center)} ties with {partners} partner"
                f"{'s' if partners != 1 else ''}" + (f", radius {radius}" if radius > 1 else ""))
    _titles(ax, title or f"Defence partners of {center}", subtitle, _note(ego, source_note))
    return ax.figure


def plot_matrix(
    view: nx.MultiDiGraph,
    *,
    by: Literal["partner", "type"] = "partner",
    tie_type: str | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    source_note: str | None = None,
    max_actors: int = 40,
) -> Figure:
    """Draw a heatmap of ties: actor × actor, or actor × tie type.

    Parameters
    ----------
    view : networkx.MultiDiGraph
        A tie network.
    by : {"partner", "type"}
        ``"partner"``: rows are sources, columns targets (an undirected tie
        counts both ways), optionally of one ``tie_type``. ``"type"``: rows
        are actors, columns tie types, cells the actor's ties of that type.
    max_actors : int
        Show at most this many actors, those with most ties (the subtitle says so).
    """
    from graph.analyse import degree_table, tie_matrix

    if by not in ("partner", "type"):
        raise InputError(f"unknown matrix {by!r}; use partner or type")
    shown = len(view)
    if len(view) > max_actors:
        most = sorted(view, key=lambda node: (-view.degree(node), str(node)))[:max_actors]
        view = nx.MultiDiGraph(view.subgraph(most))
    if by == "partner":
        matrix = tie_matrix(view, tie_type)
        default = f"Ties between actors{f' ({tie_label(tie_type).lower()})' if tie_type else ''}"
        xlabel, ylabel = "target (recipient, trainee, partner…)", "source (supplier, trainer…)"
        column_labels = list(matrix.columns)
        subtitle = "Rows give, columns receive; an undirected tie counts in both cells"
    else:
        table = degree_table(view)
        matrix = table.pivot_table(index="actor", columns="type", values="degree", fill_value=0)
        matrix = matrix.reindex(index=list(view), columns=_types_in(view), fill_value=0)
        default, xlabel, ylabel = "Ties by type", "tie type", "actor"
        subtitle = "Each actor's ties of each type, in either direction"
        column_labels = [tie_label(name) for name in matrix.columns]
    if shown > max_actors:
        subtitle += f"; the {max_actors} of {shown} actors with most ties"
    if ax is None:
        _, ax = plt.subplots(figsize=(0.6 * matrix.shape[1] + 3, 0.42 * matrix.shape[0] + 2.2))
    values = matrix.to_numpy(dtype=float)
    peak = max(values.max(initial=0), 1)
    ax.imshow(np.where(values > 0, values, np.nan), cmap="Blues", vmin=0, vmax=peak * 1.15,
              aspect="auto")
    for (row, column), value in np.ndenumerate(values):
        if value:
            ax.text(column, row, f"{value:g}", ha="center", va="center", fontsize=9,
                    color="white" if value > peak * 0.6 else "#111111")
    ax.set_xticks(range(matrix.shape[1]), column_labels, rotation=35, ha="right", fontsize=9)
    ax.set_yticks(range(matrix.shape[0]), list(matrix.index), fontsize=9)
    ax.set_xticks(np.arange(-0.5, matrix.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, matrix.shape[0]), minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.8)
    ax.tick_params(which="both", length=0)
    ax.set_xlabel(xlabel, fontsize=9, color=_NOTE_GREY)
    ax.set_ylabel(ylabel, fontsize=9, color=_NOTE_GREY)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _titles(ax, title or default, subtitle, _note(view, source_note))
    return ax.figure


# ---------------------------------------------------------------- saving


def save_figure(figure: Figure, path: Path | str, *, dpi: int = 200) -> Path:
    """Write ``figure`` to PNG, SVG or PDF (from the extension), atomically.

    SVG keeps text as text (``svg.fonttype: none``) and, like PDF, carries no
    creation date and fixed element ids, so equal figures give equal bytes.

    Raises
    ------
    InputError
        For an unknown extension or an unwritable folder.
    """
    path = Path(path)
    extension = path.suffix.lower()
    if extension not in IMAGE_FORMATS:
        raise InputError(f"{path}: unknown image format (use {', '.join(IMAGE_FORMATS)})")
    metadata = {".svg": {"Date": None}, ".pdf": {"CreationDate": None, "ModDate": None},
                ".png": {}}[extension]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create folder {path.parent}: {error.strerror}") from None
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    style = {"svg.fonttype": "none", "svg.hashsalt": "defence-graph", "pdf.fonttype": 42}
    try:
        with mpl.rc_context(style):
            figure.savefig(temporary, format=extension[1:], dpi=dpi, bbox_inches="tight",
                           pad_inches=0.15, metadata=metadata, facecolor="white")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


"""Time drawing a large synthetic partner network to PNG, beside plain ``nx.draw``.

The synthetic network has N actors and M ties of random types between actors
picked with a heavy-tailed (Zipf-like) preference, as real partner networks
have a few hubs. Both figures are measured in the same run on the same graph:

- ``plot_network``: defence-graph's picture (igraph layout for large
  networks, ties grouped by type, labels, legend), saved with ``save_figure``;
- baseline 1: plain ``nx.draw`` of the same positions (drawing cost alone);
- baseline 2: plain ``nx.draw`` after ``nx.forceatlas2_layout``, the
  force-directed layout networkx offers without scipy (its ``spring_layout``
  needs scipy above 500 nodes, which the project does not install).

Run: ``.venv/bin/python benchmarks/draw_bench.py [--nodes 2000] [--ties 20000]``
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx

from graph.build import tie_roles
from graph.draw import plot_network, save_figure, spring_positions
from graph.model import TIE_TYPES


def synthetic_network(nodes: int, ties: int, seed: int = 1) -> nx.MultiDiGraph:
    """A tie network of ``nodes`` countries and ``ties`` ties, mostly of random types."""
    rng = random.Random(seed)
    names = [f"Country {index:04d}" for index in range(nodes)]
    weights = [1 / (rank + 10) for rank in range(nodes)]
    roles = tie_roles()
    view = nx.MultiDiGraph()
    view.add_nodes_from((name, {"name": name, "kind": "Country", "class": "Country"})
                        for name in names)
    # Every actor has a tie, as in a view read from the graph.
    for index, name in enumerate(names):
        view.add_edge(name, names[(index * 7919 + 1) % nodes], type="JointExercise",
                      directed=False)
    while view.number_of_edges() < ties:
        source, target = rng.choices(names, weights, k=2)
        if source != target:
            tie_type = rng.choice(TIE_TYPES)
            view.add_edge(source, target, type=tie_type, directed=roles[tie_type] is not None)
    return view


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--ties", type=int, default=20000)
    parser.add_argument("--out", type=Path, default=None,
                        help="folder to keep the two PNGs in (default: a temporary folder)")
    arguments = parser.parse_args()
    view = synthetic_network(arguments.nodes, arguments.ties)
    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)

        def ours() -> None:
            figure = plot_network(view, title="Synthetic partner network")
            save_figure(figure, folder / "plot_network.png")
            plt.close(figure)

        def plain_draw(positions: dict, name: str) -> None:
            figure, ax = plt.subplots(figsize=(10, 7))
            nx.draw(view, pos=positions, ax=ax, node_size=10, width=0.3, arrows=False)
            figure.savefig(folder / name, dpi=200)
            plt.close(figure)

        positions = spring_positions(view, seed=1)
        rows = [
            ("defence-graph plot_network + save_figure", timed(ours)),
            ("nx.draw, same positions", timed(lambda: plain_draw(positions, "nx_draw.png"))),
            ("nx.forceatlas2_layout + nx.draw", timed(lambda: plain_draw(
                nx.forceatlas2_layout(view, seed=1), "nx_forceatlas2.png"))),
        ]
    print(f"synthetic network: {arguments.nodes} actors, {arguments.ties} ties; PNG at 200 dpi")
    print(f"{'drawing':<44}{'seconds':>9}")
    for label, seconds in rows:
        print(f"{label:<44}{seconds:>9.2f}")


if __name__ == "__main__":
    main()

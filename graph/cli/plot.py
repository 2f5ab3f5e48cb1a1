"""``defence-graph plot``: draw the partner network to PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import graph_option, load_graph
from graph.errors import InputError

IMAGE_FORMATS = (".png", ".svg", ".pdf")


@click.command()
@graph_option
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="Image file; its extension (.png, .svg, .pdf) sets the format.")
def plot(graph_file: Path | None, out_file: Path) -> None:
    """Draw the partner network of the graph to --out."""
    if out_file.suffix.lower() not in IMAGE_FORMATS:
        raise InputError(f"{out_file}: unknown image format (use {', '.join(IMAGE_FORMATS)})")
    import matplotlib

    matplotlib.use("Agg")
    from graph.draw import plot_network

    figure = plot_network(load_graph(graph_file).network())
    out_file.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out_file, dpi=150)
    click.echo(f"wrote {out_file}")

"""``defence-graph build``: sources -> graph.ttl, graph.nt and graph.jsonld."""

from __future__ import annotations

from pathlib import Path

import click

from graph.build import generate_graph, summarize, write_graph
from graph.sources import findings_from_sources


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Folder for the graph files.")
def build(sources: tuple[str, ...], out_dir: Path) -> None:
    """Build the graph from SOURCES and write it to --out.

    \b
    SOURCES are article files (.txt, UTF-8) or folders of them, and reference
    datasets given as KIND:FILE (sipri:, atop:, mme:, sfm:). Without SOURCES,
    the bundled seed article is built. The graph is written as graph.ttl,
    graph.nt and graph.jsonld; nothing is written unless the whole build
    succeeds, so a failed build leaves the previous output untouched.
    """
    graph = generate_graph(findings_from_sources(list(sources)))
    paths = write_graph(graph, out_dir)
    click.echo(str(summarize(graph)))
    click.echo("wrote " + ", ".join(str(path) for path in paths))

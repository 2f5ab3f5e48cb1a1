"""``defence-graph build``: sources -> graph.ttl, graph.nt and graph.jsonld."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.build import generate_graph, summarize, write_graph
from graph.sources import findings_from_sources


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Folder for the graph files.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bars on stderr (files read, ties built, files written). "
                   "Default: when stderr is a terminal.")
def build(sources: tuple[str, ...], out_dir: Path, progress: bool | None) -> None:
    """Build the graph from SOURCES and write it to --out.

    \b
    SOURCES are article files (.txt, UTF-8) or folders of them, and reference
    datasets given as KIND:FILE (sipri:, atop:, mme:, sfm:). Without SOURCES,
    the bundled seed article is built. The graph is written as graph.ttl,
    graph.nt and graph.jsonld; nothing is written unless the whole build
    succeeds, so a failed build leaves the previous output untouched.

    \b
    Examples:
      defence-graph build --out out
      defence-graph build news/ sipri:trade-register.csv mme:mme_v7.csv --out big --progress
    """
    show = sys.stderr.isatty() if progress is None else progress
    graph = generate_graph(findings_from_sources(list(sources), progress=show), progress=show)
    paths = write_graph(graph, out_dir, progress=show)
    click.echo(str(summarize(graph)))
    click.echo("wrote " + ", ".join(str(path) for path in paths))

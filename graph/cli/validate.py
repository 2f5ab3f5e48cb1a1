"""``defence-graph validate``: SHACL validation with a readable report."""

from __future__ import annotations

from pathlib import Path

import click

from graph.validate import validate_file


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path),
                default=Path("out/graph.ttl"))
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr. Default: when stderr is a terminal.")
def validate(file: Path, progress: bool | None) -> None:
    """Check FILE (default out/graph.ttl) against ontology/shapes.ttl.

    Exit status: 0 the graph conforms, 1 it does not (each violation is
    listed), 2 the file cannot be read or parsed. A build with the whole
    reference datasets (about 400,000 triples) takes a minute or two.

    \b
    Examples:
      defence-graph validate out/graph.ttl
      defence-graph validate big/graph.nt --progress
    """
    report = validate_file(file, progress=progress)
    click.echo(f"{file}: {report}")
    raise SystemExit(0 if report.conforms else 1)

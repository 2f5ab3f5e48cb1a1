"""``defence-graph validate``: SHACL validation with a readable report."""

from __future__ import annotations

from pathlib import Path

import click

from graph.validate import validate_file


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path),
                default=Path("out/graph.ttl"))
def validate(file: Path) -> None:
    """Check FILE (default out/graph.ttl) against ontology/shapes.ttl.

    Exit status: 0 the graph conforms, 1 it does not (each violation is
    listed), 2 the file cannot be read or parsed.
    """
    report = validate_file(file)
    click.echo(f"{file}: {report}")
    raise SystemExit(0 if report.conforms else 1)

"""``defence-graph export``: the partner network for Gephi, igraph, Cytoscape, spreadsheets, RDF."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.network_options import NetworkChoice, network_options
from graph.errors import InputError
from graph.export import (
    EXPORT_FORMATS,
    RDF_EXPORT_FORMATS,
    format_for,
    generate_export,
    write_export,
)


@click.command()
@click.option("--format", "export_format", type=click.Choice(EXPORT_FORMATS),
              help="Default: from the --out extension"
              " (.graphml .gexf .csv .cyjs .ttl .nt .jsonld).")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="The file to write (written whole or not at all).")
@network_options
def export(choice: NetworkChoice, export_format: str | None, out_file: Path) -> None:
    """Export the partner network (graphml, gexf, csv, cytoscape) or the graph (ttl, nt, jsonld).

    Nodes are the actors, labelled by name; each tie is one edge keeping its
    tie type, direction, years, confidence and evidence. GraphML loads in
    igraph, yEd and Gephi; GEXF in Gephi; cytoscape is Cytoscape.js JSON; csv
    is an edge list. The RDF formats write the whole graph (no filters).

    \b
    Examples:
      defence-graph export --format graphml --out out/network.graphml
      defence-graph export --out out/arms.gexf --type ArmsTransfer
      defence-graph export --format csv --out out/mozambique.csv --country Mozambique
      defence-graph export --format ttl --out out/copy.ttl
    """
    export_format = format_for(out_file, export_format)
    kg = choice.graph()
    if export_format in RDF_EXPORT_FORMATS:
        if choice.filtered:
            raise InputError(f"{export_format} exports the whole graph; filters and --country"
                             " apply to graphml, gexf, csv and cytoscape")
        text = generate_export(None, export_format, rdf=kg.rdf)
    else:
        text = generate_export(choice.network(kg), export_format)
    write_export(text, out_file)
    click.echo(f"wrote {out_file} ({export_format})")

"""``defence-graph push``: upload the graph to a triple store (Graph Store Protocol)."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import graph_option, load_graph


@click.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's SPARQL 1.1 Graph Store Protocol URL"
                   " (Oxigraph: .../store, Fuseki: .../DATASET/data).")
@graph_option
@click.option("--graph-uri", metavar="IRI",
              help="Write this named graph instead of the store's default graph.")
@click.option("--append", is_flag=True,
              help="Add to the graph (POST) instead of replacing it (PUT).")
def push(endpoint: str, graph_file: Path | None, graph_uri: str | None, append: bool) -> None:
    """Upload the graph to another triple store, for scale-out.

    \b
    Examples:
      defence-graph push --endpoint http://localhost:7878/store --graph out/graph.ttl
      defence-graph push --endpoint http://localhost:3030/ds/data --graph-uri https://example.org/g
    The graph goes as N-Triples in one request; by default it replaces the
    store's default graph, so queries there see it without GRAPH clauses.
    """
    from graph.serve import require_extra
    from graph.serve.remote import push_graph

    require_extra(("httpx",))
    count = push_graph(load_graph(graph_file), endpoint, graph_uri, replace=not append)
    where = f"graph <{graph_uri}>" if graph_uri else "the default graph"
    click.echo(f"{'added' if append else 'put'} {count} triples into {where} at {endpoint}")

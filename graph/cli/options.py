"""Options and helpers shared by several commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from graph.api import KnowledgeGraph, load
from graph.query import QueryResult
from graph.store import DEFAULT_STORE, STORES

__all__ = ["echo_result", "graph_option", "load_graph", "store_option"]

graph_option = click.option(
    "--graph", "graph_file", type=click.Path(dir_okay=False, path_type=Path),
    help="A built graph (.ttl, .nt, .jsonld). Default: the graph of the bundled seed article.",
)
store_option = click.option(
    "--store", type=click.Choice(STORES), default=DEFAULT_STORE, show_default=True,
    help="Store under the rdflib API: Oxigraph (fast) or rdflib's memory store.",
)
format_option = click.option(
    "--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table",
    show_default=True, help="table for reading, csv for spreadsheets, json for programs.",
)


def load_graph(graph_file: Path | None, store: str = DEFAULT_STORE) -> KnowledgeGraph:
    """The graph a command works on: ``--graph FILE`` or the bundled default."""
    return load(graph_file, store=store)  # type: ignore[arg-type]


def _json_default(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def echo_result(result: QueryResult, output_format: str) -> None:
    """Print query rows as a table, CSV or a JSON array of row objects."""

    def write(text: str) -> None:
        click.echo(text, nl=False)

    if output_format == "json":
        write(json.dumps(list(result.rows), ensure_ascii=False, indent=2,
                         default=_json_default) + "\n")
        return
    frame = result.to_dataframe()
    if output_format == "csv":
        write(frame.to_csv(index=False))
    elif frame.empty:
        write("(no rows)\n")
    else:
        write(frame.to_string(index=False, max_colwidth=80) + "\n")

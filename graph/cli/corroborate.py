"""``defence-graph corroborate``: news claims checked against reference datasets."""

from __future__ import annotations

from pathlib import Path

import click

from graph.api import KnowledgeGraph
from graph.build import generate_graph
from graph.cli.options import echo_result, format_option, graph_option, load_graph
from graph.corroborate import corroborate as corroborate_graph
from graph.corroborate import corroboration_summary
from graph.errors import InputError
from graph.query import QueryResult
from graph.sources import findings_from_sources


@click.command()
@click.argument("sources", nargs=-1)
@graph_option
@format_option
@click.option("--summary", is_flag=True,
              help="One row per claim: how many records support it, directly or through a"
                   " predecessor state, instead of one row per record.")
def corroborate(sources: tuple[str, ...], graph_file: Path | None, output_format: str,
                summary: bool) -> None:
    """Check every tie from a news article against the reference datasets.

    \b
    For each claim (source, target, type, evidence) it lists the dataset
    records that support it: same actors in the same roles, a compatible type
    and overlapping years. A Soviet Union record supports a claim about Russia
    only as a predecessor, and says so (support "predecessor", column via).
    Claims no record supports are listed as "unconfirmed".
    Work on a built graph (--graph FILE) or build one from SOURCES, given as
    for `defence-graph build`.

    \b
    Examples:
      defence-graph corroborate --graph out/graph.ttl
      defence-graph corroborate data/articles sipri:trade-register.csv --summary
      defence-graph corroborate --graph out/graph.ttl --format csv > claims.csv
    """
    if sources and graph_file:
        raise InputError("give either --graph FILE or SOURCES to build from, not both")
    if sources:
        kg = KnowledgeGraph(generate_graph(findings_from_sources(list(sources))))
    else:
        kg = load_graph(graph_file)
    result = corroborate_graph(kg.rdf)
    if summary:
        result = corroboration_summary(result)
    if output_format == "table":
        result = _blank_missing(result)
    echo_result(result, output_format)


def _blank_missing(result: QueryResult) -> QueryResult:
    """Rows with empty text for missing values, which read better in a table than NaN."""
    rows = tuple({column: "" if value is None else value for column, value in row.items()}
                 for row in result.rows)
    return QueryResult.from_rows(result.columns, rows)

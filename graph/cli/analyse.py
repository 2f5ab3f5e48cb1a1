"""``defence-graph analyse``: centrality, degrees by tie type, partner shares, tie matrices."""

from __future__ import annotations

import click

from graph.cli.network_options import NetworkChoice, network_options
from graph.cli.options import echo_result, format_option
from graph.errors import InputError
from graph.query import QueryResult

REPORTS = ("centrality", "degrees", "shares", "matrix")


@click.command()
@click.argument("report", type=click.Choice(REPORTS), default="centrality")
@format_option
@click.option("--seed", type=int, default=7, show_default=True,
              help="Seed of the Louvain communities.")
@network_options
def analyse(choice: NetworkChoice, report: str, output_format: str, seed: int) -> None:
    """Analyse the partner network: REPORT is one of centrality, degrees, shares, matrix.

    \b
    centrality  per actor: ties, in/out (directed), partners, betweenness,
                eigenvector centrality and Louvain community (seeded)
    degrees     per actor and tie type: out, in, undirected, all
    shares      each partner's share of an actor's ties (--country for one actor)
    matrix      actor x actor number of ties (--type for one tie type)

    \b
    Examples:
      defence-graph analyse
      defence-graph analyse shares --country Mozambique
      defence-graph analyse matrix --type ArmsTransfer --format csv
      defence-graph analyse degrees --format json
    """
    from graph.analyse import centrality_table, degree_table, partner_shares, tie_matrix

    if report == "shares":
        frame = partner_shares(choice.network(ego=False), choice.country)
    else:
        view = choice.network()
        if not view.number_of_nodes():
            raise InputError("no ties pass the filters; nothing to analyse")
        if report == "centrality":
            frame = centrality_table(view, seed=seed).reset_index()
        elif report == "degrees":
            frame = degree_table(view)
        else:
            frame = tie_matrix(view).reset_index()
    echo_result(QueryResult.from_dataframe(frame), output_format)

"""``defence-graph query``: run a named query, a .rq file or SPARQL text."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import echo_result, format_option, graph_option, load_graph, store_option
from graph.errors import InputError
from graph.query import named_queries


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or not name:
            raise InputError(f"--param takes NAME=VALUE, not {pair!r}")
        params[name.strip()] = value.strip()
    return params


def _catalogue() -> list[str]:
    """One line per named query: name, summary and parameters."""
    lines = []
    for query in named_queries().values():
        params = " ".join(
            f"{parameter.name}=" if parameter.required else f"[{parameter.name}=]"
            for parameter in query.parameters
        )
        lines.append(f"{query.name:18} {query.summary}" + (f"  params: {params}" if params else ""))
    return lines


_EPILOG = "\b\nNamed queries ([name=] is optional):\n" + "\n".join(
    f"  {line}" for line in _catalogue())


@click.command(epilog=_EPILOG)
@click.argument("name_or_file", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter, e.g. --param country=Mozambique (repeatable).")
@click.option("--sparql", help="SPARQL text to run instead of a named query.")
@graph_option
@format_option
@store_option
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("--endpoint", metavar="URL",
              help="Query this remote SPARQL endpoint instead of a local graph.")
def query(name_or_file: str | None, params: tuple[str, ...], sparql: str | None,
          graph_file: Path | None, output_format: str, store: str, list_queries: bool,
          endpoint: str | None) -> None:
    """Run NAME_OR_FILE (a named query or a .rq file) or --sparql TEXT.

    Results are the same on both stores; Oxigraph is much faster on large
    graphs. The project's prefixes (dg:, dgt:, dgr:, prov:, skos:, rdfs:,
    xsd:...) need no PREFIX line. A SPARQL syntax error is reported with its
    line and column (exit 2).

    \b
    Examples:
      defence-graph query --list
      defence-graph query ties --format json
      defence-graph query suppliers --param country=Algeria
      defence-graph query evidence -p source=Russia -p target=Algeria --format csv
      defence-graph query my-query.rq --graph out/graph.ttl --store memory
      defence-graph query --sparql 'SELECT ?s WHERE { ?s a dg:Country }'
      defence-graph query ties --endpoint http://127.0.0.1:8000/sparql
    """
    if list_queries:
        click.echo("\n".join(_catalogue()))
        return
    if bool(name_or_file) == bool(sparql):
        raise InputError("give either a query name / .rq file or --sparql TEXT (see --list)")
    text = sparql or name_or_file or ""
    if endpoint:
        from graph.serve.remote import run_remote_query

        echo_result(run_remote_query(endpoint, text, _parse_params(params)), output_format)
        return
    kg = load_graph(graph_file, store)
    echo_result(kg.run(text, **_parse_params(params)), output_format)

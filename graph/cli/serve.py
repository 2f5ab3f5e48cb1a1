"""``defence-graph serve``: a SPARQL 1.1 endpoint and query page over a graph."""

from __future__ import annotations

import os
from pathlib import Path

import click

from graph.cli.options import graph_option


def _default_workers() -> int:
    # Two at least, so one runaway query never blocks every other client.
    return max(2, min(4, os.cpu_count() or 2))


@click.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default lets only this machine connect;"
                   " 0.0.0.0 exposes the endpoint to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (answered with 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Rows (or triples) per answer; longer results are cut and flagged.")
@click.option("--max-request-kb", default=1024, show_default=True, type=click.IntRange(min=1),
              help="Largest query request accepted (413 above).")
@click.option("--workers", default=_default_workers, show_default="2-4 by CPU count",
              type=click.IntRange(min=1), help="Worker processes running queries.")
@click.option("--allow-service", is_flag=True,
              help="Run SERVICE clauses (federated queries make this server fetch from"
                   " other hosts). Refused by default.")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL 1.1 Graph Store Protocol PUT/POST/DELETE on /store"
                   " (for loading and tests; SPARQL Update stays refused).")
def serve(graph_file: Path | None, host: str, port: int, timeout: float, max_rows: int,
          max_request_kb: int, workers: int, allow_service: bool, writable: bool) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol, with a query page at /.

    \b
    Examples:
      defence-graph serve                      # the seed graph on http://127.0.0.1:8000/
      defence-graph serve --graph out/graph.ttl --port 8080
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:8000/sparql
    Read-only, SERVICE refused, a 30 s per-query timeout and a row limit by
    default; see the README section "SPARQL endpoint" for each safety default.
    Needs the serve extra: pip install 'defence-graph[serve]'.
    """
    from graph.serve import ServeConfig, require_extra, run_server

    require_extra()
    config = ServeConfig(host=host, port=port, timeout=timeout, max_rows=max_rows,
                         max_request_bytes=max_request_kb * 1024, workers=workers,
                         allow_service=allow_service, writable=writable)
    if not config.is_loopback:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can"
                   " query the graph", err=True)
    if writable:
        click.echo("warning: --writable: Graph Store Protocol writes are accepted on /store",
                   err=True)
    run_server(config, graph_file)

"""A SPARQL 1.1 endpoint and web query page over a built graph (``defence-graph serve``).

Safe by default: read-only, ``SERVICE`` refused, a per-query timeout enforced
by killing the worker process that runs the query, a row limit, a request size
limit, loopback bind. The HTTP stack is Starlette on granian (chosen by
``benchmarks/load_bench.py``); queries run on Oxigraph in worker processes.

Needs the ``serve`` extra: ``pip install 'defence-graph[serve]'``.

The pieces, one module each: :mod:`~graph.serve.config` (settings),
:mod:`~graph.serve.guard` (what is refused), :mod:`~graph.serve.formats`
(content negotiation), :mod:`~graph.serve.engine` (what a worker runs),
:mod:`~graph.serve.pool` (the worker processes), :mod:`~graph.serve.dataset`
(the served data and Graph Store writes), :mod:`~graph.serve.description`
(service description), :mod:`~graph.serve.app` (HTTP routes),
:mod:`~graph.serve.server` (running it),
:mod:`~graph.serve.remote` (client side: query and push to other endpoints).
"""

from __future__ import annotations

from pathlib import Path

from graph.serve.config import ServeConfig

__all__ = ["ServeConfig", "require_extra", "run_server"]

#: Modules of the ``serve`` extra that the server needs.
SERVER_MODULES = ("starlette", "granian", "pebble", "mimeparse")


def require_extra(modules: tuple[str, ...] = SERVER_MODULES) -> None:
    """Raise InputError naming what is missing if ``modules`` (of the serve extra) are absent."""
    import importlib.util

    from graph.errors import InputError

    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise InputError(f"this needs the serve extra ({', '.join(missing)} missing):"
                         " pip install 'defence-graph[serve]'")


def run_server(config: ServeConfig, graph_file: Path | None = None) -> None:
    """Load the graph, start the worker processes and serve until interrupted.

    Parameters
    ----------
    config : ServeConfig
        Where to listen and the limits.
    graph_file : Path, optional
        A built graph; by default the graph of the bundled seed article.

    Raises
    ------
    InputError
        If the graph file cannot be read.
    """
    from graph.serve.server import serve_graph

    serve_graph(config, graph_file)

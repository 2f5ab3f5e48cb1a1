"""Running the endpoint: load the graph, then serve it with uvicorn until interrupted."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import uvicorn

from graph.api import load
from graph.serve.app import create_app
from graph.serve.config import ServeConfig
from graph.serve.dataset import ServedData

__all__ = ["serve_graph"]


class _Server(uvicorn.Server):
    """uvicorn's server, announcing itself once it listens (the workers are ready by then)."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_started()


def serve_graph(config: ServeConfig, graph_file: Path | None = None) -> None:
    """Serve ``graph_file`` (default: the seed graph) under ``config`` until interrupted."""
    folder = Path(tempfile.mkdtemp(prefix="defence-graph-serve-"))
    try:
        data = ServedData(load(graph_file, store="oxigraph"), folder)
        if not config.writable:
            data.release()
        url = f"http://{config.host}:{config.port}/"

        def announce() -> None:
            print(f"serving {url} (SPARQL endpoint: {url}sparql); Ctrl-C stops",
                  file=sys.stderr, flush=True)

        server_config = uvicorn.Config(create_app(config, data), host=config.host,
                                       port=config.port, log_level="warning", access_log=False,
                                       timeout_graceful_shutdown=5)
        _Server(server_config, announce).run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

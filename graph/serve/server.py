"""Running the endpoint: load the graph, then serve it with granian until interrupted.

The HTTP server is granian (its HTTP handling is in Rust), chosen by
``benchmarks/load_bench.py``: on this project's 2-core machine it answered
1.4 to 1.6 times as many queries per second as uvicorn (h11 or httptools) or
hypercorn, at lower median and tail latency. The server process loads and checks the graph and
writes the snapshot; granian's worker process builds the application from
it, and the query workers load it from there.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import tempfile
from pathlib import Path

from granian import Granian
from granian.constants import Interfaces
from granian.log import LogLevels
from starlette.applications import Starlette

from graph.api import load
from graph.serve.app import create_app
from graph.serve.config import ServeConfig
from graph.serve.dataset import ServedData

__all__ = ["serve_graph"]


def _application(settings_file: str) -> Starlette:
    """Build the app in granian's worker from the settings the server process wrote."""
    settings = json.loads(Path(settings_file).read_text(encoding="utf-8"))
    fields = settings["config"]
    config = ServeConfig(**{**fields, "cors_origins": tuple(fields["cors_origins"])})
    data = ServedData.from_snapshot(Path(settings["snapshot"]), settings["triples"],
                                    writable=config.writable)
    url = f"http://{config.host}:{config.port}/"

    def announce() -> None:
        print(f"serving {url} (SPARQL endpoint: {url}sparql); Ctrl-C stops",
              file=sys.stderr, flush=True)

    return create_app(config, data, on_ready=announce)


def serve_graph(config: ServeConfig, graph_file: Path | None = None) -> None:
    """Serve ``graph_file`` (default: the seed graph) under ``config`` until interrupted."""
    folder = Path(tempfile.mkdtemp(prefix="defence-graph-serve-"))
    try:
        data = ServedData.from_graph(load(graph_file, store="oxigraph"), folder)
        settings = folder / "settings.json"
        settings.write_text(json.dumps({"config": dataclasses.asdict(config),
                                        "snapshot": str(data.snapshot),
                                        "triples": data.triples}), encoding="utf-8")
        del data  # the graph now lives in the snapshot; this process only listens
        server = Granian(str(settings), address=config.host, port=config.port,
                         interface=Interfaces.ASGI, workers=1, log_level=LogLevels.warning,
                         workers_kill_timeout=10)
        server.serve(target_loader=_application)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

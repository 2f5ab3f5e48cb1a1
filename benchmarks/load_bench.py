"""Load test of the SPARQL endpoint, and the measurement behind its HTTP stack.

Starts the endpoint (the same app and worker pool as ``defence-graph serve``;
granian exactly as ``serve`` runs it) on a free loopback port under each HTTP
server installed, sends it a fixed
number of SPARQL queries from a fixed number of concurrent clients, and prints
latency percentiles, throughput and errors side by side. The baseline, measured
in the same run, is the same queries answered in-process by the engine
(no HTTP, no worker processes): what the HTTP stack and the process hop cost.

The servers run side by side and take turns, round after round, so that a
busy moment on the machine does not favour one of them; each figure is the
median over the rounds. Bounded: a fixed number of queries per server and
round, each given at most ``--max-seconds``; loopback only (127.0.0.1); every
server is stopped at the end.

Examples
--------
    .venv/bin/python benchmarks/load_bench.py                  # 1,000 queries, 8 clients
    .venv/bin/python benchmarks/load_bench.py --servers uvicorn-h11 --queries 200
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HOST = "127.0.0.1"  # loopback only, by design
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# What researchers ask: named queries, lookups, aggregates, ASK, CONSTRUCT.
QUERIES = (
    ("named ties", "/queries/ties", None),
    ("countries", "/sparql", "SELECT ?c ?name WHERE { ?c a dg:Country ; rdfs:label ?name }"),
    ("arms suppliers", "/sparql",
     "SELECT ?supplier ?recipient WHERE { ?s dg:suppliesArmsTo ?r ."
     " ?s rdfs:label ?supplier . ?r rdfs:label ?recipient }"),
    ("ties by type", "/sparql",
     "SELECT ?type (COUNT(?tie) AS ?n) WHERE { ?tie a dg:Tie ; dg:tieType ?type }"
     " GROUP BY ?type ORDER BY DESC(?n)"),
    ("ask", "/sparql", "ASK { ?s dg:trains ?o }"),
    ("construct", "/sparql",
     "CONSTRUCT { ?c rdfs:label ?name } WHERE { ?c a dg:Country ; rdfs:label ?name }"),
)

# name: (module needed, uvicorn http implementation or other server)
SERVERS = {
    "uvicorn-h11": "h11",
    "uvicorn-httptools": "httptools",
    "hypercorn": "hypercorn",
    "granian": "granian",
}
_NEEDS = {"uvicorn-h11": "uvicorn", "uvicorn-httptools": "httptools", "hypercorn": "hypercorn",
          "granian": "granian"}


@dataclass
class Figures:
    """Latencies (seconds) of the answered queries, wall time and errors."""

    name: str
    latencies: list[float]
    seconds: float
    errors: int


# ---------------------------------------------------------------- the server side


def serve(server: str, port: int, snapshot_source: str | None, workers: int) -> None:
    """Child mode: serve the endpoint under ``server`` until terminated."""
    from graph.api import load
    from graph.serve.app import create_app
    from graph.serve.config import ServeConfig
    from graph.serve.dataset import ServedData

    config = ServeConfig(host=HOST, port=port, workers=workers, max_pending=256)
    if server == "granian":  # the stack `defence-graph serve` runs, exactly as it runs it
        from graph.serve.server import serve_graph

        serve_graph(config, Path(snapshot_source) if snapshot_source else None)
        return
    folder = Path(tempfile.mkdtemp(prefix="load-bench-"))
    app = create_app(config, ServedData.from_graph(load(snapshot_source, store="oxigraph"),
                                                   folder))
    if server in ("h11", "httptools"):
        import uvicorn

        uvicorn.run(app, host=HOST, port=port, http=server, log_level="warning",
                    access_log=False)
    elif server == "hypercorn":
        from hypercorn.asyncio import serve as hypercorn_serve
        from hypercorn.config import Config

        settings = Config()
        settings.bind = [f"{HOST}:{port}"]
        settings.accesslog = None
        asyncio.run(hypercorn_serve(app, settings))


def start(name: str, graph_file: str | None, workers: int) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    command = [sys.executable, __file__, "--child", SERVERS[name], "--port", str(port),
               "--workers", str(workers)] + (["--graph", graph_file] if graph_file else [])
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "MPLBACKEND": "Agg"})
    return process, f"http://{HOST}:{port}"


async def wait_ready(base: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError("the server exited at start")
            try:
                response = await client.get(f"{base}/sparql", params={"query": "ASK {}"})
                if response.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {seconds} s")


# ---------------------------------------------------------------- the client side


async def load(base: str, count: int, concurrency: int, max_seconds: float,
               name: str) -> Figures:
    """Send ``count`` queries from ``concurrency`` clients; stop at ``max_seconds``."""
    latencies: list[float] = []
    errors = 0
    next_index = 0
    deadline = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal next_index, errors
        while next_index < count and time.monotonic() < deadline:
            _, path, query = QUERIES[next_index % len(QUERIES)]
            next_index += 1
            started = time.perf_counter()
            try:
                if query is None:
                    response = await client.get(f"{base}{path}")
                else:
                    response = await client.post(f"{base}{path}", data={"query": query})
                response.read()
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1
            except httpx.HTTPError:
                errors += 1

    async with httpx.AsyncClient(limits=limits, timeout=60,
                                 headers={"Accept": "application/sparql-results+json,"
                                                    " text/turtle;q=0.9"}) as client:
        for _, path, query in QUERIES:  # warm-up, not timed
            await (client.get(f"{base}{path}") if query is None
                   else client.post(f"{base}{path}", data={"query": query}))
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    errors += count - len(latencies) - errors  # queries never sent before the deadline
    return Figures(name, latencies, seconds, errors)


def in_process_baseline(count: int, graph_file: str | None) -> Figures:
    """The same queries answered by the engine in this process: no HTTP, no workers."""
    import graph
    from graph.serve.engine import Job, answer

    kg = graph.load(graph_file, store="oxigraph")
    accept = "application/sparql-results+json, text/turtle;q=0.9"
    jobs = [Job("named", "ties", accept=accept) if query is None
            else Job("sparql", query, accept=accept) for _, _, query in QUERIES]
    for job in jobs:
        answer(kg, job)
    latencies, errors = [], 0
    started = time.perf_counter()
    for index in range(count):
        begun = time.perf_counter()
        reply = answer(kg, jobs[index % len(jobs)])
        if reply.status == 200:
            latencies.append(time.perf_counter() - begun)
        else:
            errors += 1
    return Figures("in-process engine", latencies, time.perf_counter() - started, errors)


def available(names: list[str]) -> list[str]:
    return [name for name in names if importlib.util.find_spec(_NEEDS[name]) is not None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=1000, help="queries per server")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="query worker processes")
    parser.add_argument("--servers", default=",".join(SERVERS),
                        help="comma-separated: " + ", ".join(SERVERS) + " (the installed ones run)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds; each round runs every server in turn")
    parser.add_argument("--graph", help="a built graph file (default: the seed graph)")
    parser.add_argument("--max-seconds", type=float, default=120,
                        help="time limit per server; queries not sent by then count as errors")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        serve(options.child, options.port, options.graph, options.workers)
        return

    names = available(options.servers.split(","))
    print(f"{options.queries} queries per server and round, {options.concurrency} concurrent"
          f" clients, {options.workers} worker processes, {len(QUERIES)} query shapes,"
          f" {options.rounds} rounds (servers interleaved), loopback only")
    servers = {name: start(name, options.graph, options.workers) for name in names}
    rounds: dict[str, list[Figures]] = {"in-process engine": [], **{name: [] for name in names}}
    try:
        for process, base in servers.values():
            asyncio.run(wait_ready(base, process))
        for _ in range(options.rounds):
            rounds["in-process engine"].append(in_process_baseline(options.queries, options.graph))
            for name, (_, base) in servers.items():
                rounds[name].append(asyncio.run(load(base, options.queries, options.concurrency,
                                                     options.max_seconds, name)))
    finally:
        for process, _ in servers.values():
            process.terminate()
        for process, _ in servers.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    print("each figure is the median over the rounds")
    print(f"{'stack':22} {'p50 ms':>9} {'p99 ms':>9} {'mean ms':>9} {'q/s':>8} {'errors':>7}"
          "   q/s by round")
    for figures in rounds.values():
        print(_median_row(figures))
    served = {name: figures for name, figures in rounds.items() if name in servers}
    if served:
        best = max(served, key=lambda name: statistics.median(
            len(figures.latencies) / figures.seconds for figures in served[name]))
        errors = sum(figures.errors for runs in served.values() for figures in runs)
        print(f"fastest={best} errors={errors}")


def _median_row(runs: list[Figures]) -> str:
    """One row of medians over rounds: p50, p99, mean latency, throughput, errors summed."""
    def p99(figures: Figures) -> float:
        ordered = sorted(figures.latencies)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]

    answered = [figures for figures in runs if figures.latencies]
    errors = sum(figures.errors for figures in runs)
    if not answered:
        return f"{runs[0].name:22} {'-':>9} {'-':>9} {'-':>9} {'-':>8} {errors:>7}"
    p50 = statistics.median(statistics.median(figures.latencies) for figures in answered)
    tail = statistics.median(p99(figures) for figures in answered)
    mean = statistics.median(statistics.fmean(figures.latencies) for figures in answered)
    rate = statistics.median(len(figures.latencies) / figures.seconds for figures in answered)
    by_round = " ".join(f"{len(figures.latencies) / figures.seconds:.0f}" for figures in answered)
    return (f"{runs[0].name:22} {p50 * 1000:9.2f} {tail * 1000:9.2f} {mean * 1000:9.2f}"
            f" {rate:8.0f} {errors:>7}   {by_round}")

if __name__ == "__main__":
    main()

"""Time importing the shared reference data: per dataset, the build, the writes, the total.

Usage::

    .venv/bin/python benchmarks/import_bench.py [--data ../shared/data] [--no-baseline]

The figures are printed beside a baseline measured in the same run on the same
graph: the shortcut rule evaluated by rdflib's SPARQL engine (what the build did
before it used Oxigraph) and rdflib's own Turtle and JSON-LD writers (what
``write_graph`` used before it used Oxigraph's). The target for the whole import
(build and write included) is under 60 seconds.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rdflib import Graph

from graph.build import derive_shortcuts, generate_graph, summarize, write_graph
from graph.corroborate import corroborate
from graph.resources import ontology_file
from graph.sources import IMPORTERS, default_findings

T = TypeVar("T")

#: The shared files, by importer prefix.
FILES = [
    ("sipri", "sipri/trade-register-legacy-africa-slice.csv"),
    ("sipri", "sipri/trade-register-new-ukraine.csv"),
    ("atop", "atop/atop5_1m.csv"),
    ("mme", "mme/mme_v7.csv"),
    ("sfm", "sfm/2018_2019_Africa_fmtrpt.tsv"),
]


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def row(step: str, seconds: float, baseline: float | None = None, note: str = "") -> None:
    base = f"{baseline:10.2f}" if baseline is not None else " " * 10
    print(f"{step:48} {seconds:9.2f} {base}  {note}")


def baseline_rule(graph: Graph) -> float:
    rule = ontology_file("shortcuts.rq").read_text(encoding="utf-8")
    return timed(lambda: len(list(graph.query(rule))))[1]


def baseline_writes(graph: Graph, folder: Path) -> float:
    return sum(timed(lambda fmt=fmt: graph.serialize(folder / f"baseline.{fmt}", format=fmt,
                                                     encoding="utf-8"))[1]
               for fmt in ("turtle", "nt", "json-ld"))


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--data``: the shared reference data (DEFENCE_GRAPH_SHARED, or beside the project)."""
    default = Path(os.environ.get("DEFENCE_GRAPH_SHARED",
                                  Path(__file__).resolve().parent.parent.parent / "shared"))
    parser.add_argument("--data", type=Path, default=default / "data",
                        help="folder of the shared reference data (default: %(default)s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_option(parser)
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the slow rdflib baseline (about two minutes)")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"no shared data at {args.data}")

    print(f"{'step':48} {'seconds':>9} {'baseline':>10}  note")
    findings, total = list(default_findings()), 0.0
    for prefix, name in FILES:
        batch, seconds = timed(lambda prefix=prefix, name=name:
                               list(IMPORTERS[prefix](args.data / name)))
        findings.extend(batch)
        total += seconds
        row(f"import {name}", seconds, note=f"{len(batch)} records")
    row("import, all files", total)
    graph, build = timed(lambda: generate_graph(findings))
    row("build (generate_graph)", build, note=f"{len(graph)} triples")
    with tempfile.TemporaryDirectory() as folder:
        _, write = timed(lambda: write_graph(graph, folder))
        sizes = ", ".join(f"{path.suffix} {path.stat().st_size / 1e6:.0f} MB"
                          for path in sorted(Path(folder).glob("graph.*")))
        base_rule = base_write = None
        if not args.no_baseline:
            base_rule = baseline_rule(graph)
            base_write = baseline_writes(graph, Path(folder))
        shortcuts, rule = timed(lambda: derive_shortcuts(graph))
        row("  shortcut rule (derive_shortcuts)", rule, base_rule,
            f"{len(shortcuts)} edges; baseline: rdflib's SPARQL engine")
        row("write .ttl .nt .jsonld", write, base_write,
            f"{sizes}; baseline: rdflib's writers")
    row("TOTAL import + build + write", total + build + write)
    summary, seconds = timed(lambda: summarize(graph))
    row("summary (counts)", seconds, note=" ".join(str(summary).splitlines()[2:3]))
    result, seconds = timed(lambda: corroborate(graph))
    row("corroborate (Python)", seconds, note=f"{len(result)} rows")


if __name__ == "__main__":
    main()

"""Validation benchmark: ``graph.validate`` beside plain pyshacl, on builds of growing size.

Builds, in memory, the seed article alone, the seed with one SIPRI slice
(Ukraine, then the African legacy slice) and the seed with the whole shared
reference set (every file ``import_bench.py`` imports), and validates each
against ``ontology/shapes.ttl`` twice, in one run:

(a) plain pyshacl: one ``pyshacl.validate`` call with the ontology as
    ``ont_graph``, as ``graph.validate`` did before it ran SPARQL constraints
    once each and in batches: the baseline; stopped after ``--plain-timeout``
    seconds and shown as ``>T`` (a lower bound);
(b) ours: ``graph.validate.validate_graph`` on the same graph.

It prints seconds for each, the speed-up, and whether both reports are equal
(same conformance, same violations) where both finished. Example::

    .venv/bin/python benchmarks/validate_bench.py --plain-timeout 600
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from import_bench import FILES, add_data_option
from rdflib import Graph
from store_bench import timed

from graph.build import generate_graph
from graph.sources import IMPORTERS, default_findings
from graph.validate import plain_pyshacl_report, validate_graph

#: Name and dataset files of each graph, smallest first.
BUILDS = [
    ("seed", []),
    ("seed + SIPRI Ukraine", [FILES[1]]),
    ("seed + SIPRI Africa slice", [FILES[0]]),
    ("seed + whole shared set", FILES),
]


def build(data: Path, files: list[tuple[str, str]]) -> Graph:
    findings = list(default_findings())
    for prefix, name in files:
        findings.extend(IMPORTERS[prefix](data / name))
    return generate_graph(findings)


def _seconds(value: float, timeout: float) -> str:
    return f">{timeout:.0f} s" if value == float("inf") else f"{value:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_option(parser)
    parser.add_argument("--plain-timeout", type=float, default=300,
                        help="stop plain pyshacl after this many seconds (default 300)")
    parser.add_argument("--graphs", type=int, default=4,
                        help="how many of the graphs to validate, smallest first (default 4)")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"no shared data at {args.data}")
    print(f"{'graph':28} {'triples':>9} {'pyshacl':>10} {'ours':>9} {'speed-up':>9} "
          f"{'same report':>12} {'violations':>10}")
    for name, files in BUILDS[:args.graphs]:
        rdf = build(args.data, files)
        start = time.perf_counter()
        ours = validate_graph(rdf, progress=False)
        ours_seconds = time.perf_counter() - start
        plain_seconds, plain = timed(lambda rdf=rdf: plain_pyshacl_report(rdf), args.plain_timeout)
        bound = plain is None
        speedup = (args.plain_timeout if bound else plain_seconds) / ours_seconds
        same = "-" if bound else ("yes" if plain == ours else "NO")
        print(f"{name:28} {len(rdf):>9,} {_seconds(plain_seconds, args.plain_timeout):>10} "
              f"{ours_seconds:>7.1f} s {('>' if bound else '') + f'{speedup:.0f}':>9} "
              f"{same:>12} {len(ours.violations):>10}", flush=True)


if __name__ == "__main__":
    main()

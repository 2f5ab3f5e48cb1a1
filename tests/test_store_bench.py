"""The store benchmark's synthetic graph and its report (a small size; no timing asserted)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from graph.corroborate import corroborate
from graph.query import named_queries, run_query
from graph.store import read_rdf
from graph.validate import validate_graph
from tests.conftest import ROOT

BENCH = ROOT / "benchmarks" / "store_bench.py"


@pytest.fixture(scope="module")
def store_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("store_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic(store_bench: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "synthetic.nt"
    size = store_bench.write_synthetic(path, 2000, seed=1)
    assert size >= 2000
    return path


def test_synthetic_graph_follows_the_ontology(synthetic: Path) -> None:
    report = validate_graph(read_rdf(synthetic))
    assert report.conforms, str(report)


def test_synthetic_graph_has_every_kind_of_tie(synthetic: Path) -> None:
    rdf = read_rdf(synthetic, store="oxigraph")
    counts = {row["type"]: row["ties"] for row in run_query(rdf, "tie-types").rows}
    assert counts["ArmsTransfer"] > 0 and counts["JointExercise"] > 0
    sizes = run_query(rdf, """
        SELECT (MAX(?n) AS ?largest) WHERE {
          { SELECT ?tie (COUNT(?who) AS ?n) WHERE {
              ?tie dg:tieType dgt:JointExercise ; dg:participant ?who } GROUP BY ?tie } }""")
    assert sizes.rows[0]["largest"] > 2  # multinational exercises
    documents = run_query(rdf, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dg:NewsArticle }")
    assert documents.rows[0]["n"] > 0


def test_benchmark_prints_a_table_and_the_summary_line(store_bench: ModuleType,
                                                        synthetic: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--data", str(synthetic), "--repeat", "1",
         "--rdflib-timeout", "20"],
        capture_output=True, text=True, timeout=600, check=True)
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"load_x_oxigraph=\d+\.\d\d query_x_oxigraph=\d+\.\d\d "
                        r"speedup_vs_rdflib=\d+\.\d", lines[-1]), lines[-1]
    table = "\n".join(lines)
    assert set(store_bench.DEFAULT_QUERIES) <= set(named_queries())
    for name in ("load", *store_bench.DEFAULT_QUERIES):
        assert re.search(rf"^{re.escape(name)} ", table, re.MULTILINE), name


@pytest.fixture(scope="module")
def larger_synthetic(store_bench: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "larger.nt"
    store_bench.write_synthetic(path, 30000, seed=2)
    return path


def test_corroboration_query_equals_python_on_the_synthetic_graph(larger_synthetic: Path) -> None:
    rdf = read_rdf(larger_synthetic, store="oxigraph")
    expected = corroborate(rdf)
    assert run_query(rdf, "corroboration").rows == expected.rows
    supports = Counter(row["support"] for row in expected.rows)
    assert supports["direct"] > 0 and supports["unconfirmed"] > 0


def test_network_ties_are_the_ties_of_the_ties_query(larger_synthetic: Path) -> None:
    # Every tie of the synthetic graph has one document and one quote, so the
    # two queries must list the same pairs with the same quote and title.
    rdf = read_rdf(larger_synthetic, store="oxigraph")
    network = run_query(rdf, "network-ties").rows
    ties = run_query(rdf, "ties").rows
    assert Counter((row["sourceName"], row["targetName"], row["type"], row["quote"],
                    row["origin"]) for row in network) == Counter(
        (row["source"], row["target"], row["type"], row["evidence"], row["origin"])
        for row in ties)
    assert max(Counter(row["tie"] for row in network).values()) > 2  # multinational ties

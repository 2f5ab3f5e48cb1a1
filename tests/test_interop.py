"""The Turtle output parses in an independent RDF parser (raptor's rapper)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph

from graph.build import write_graph

NO_RAPPER = "rapper not installed (Debian package raptor2-utils; .ci/run installs it)"


@pytest.mark.skipif(shutil.which("rapper") is None, reason=NO_RAPPER)
def test_rapper_parses_turtle_and_counts_the_same(tmp_path: Path,
                                                  seed_graph_readonly: Graph) -> None:
    write_graph(seed_graph_readonly, tmp_path, formats=("ttl",))
    result = subprocess.run(
        ["rapper", "--input", "turtle", "--count", str(tmp_path / "graph.ttl")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"returned {len(seed_graph_readonly)} triples" in result.stderr

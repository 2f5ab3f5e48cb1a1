"""Shared fixtures: the seed graph, the seed article, and the shared reference data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from rdflib import Graph

from graph.articles import read_article, seed_article_path
from graph.build import generate_graph
from graph.model import Article
from graph.sources import default_findings

# CI (`.ci/run` sets HYPOTHESIS_PROFILE=ci) draws the same examples every run, so a
# red build is reproducible; locally each run explores new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
#: The team's shared folder (seed article, reference data slices), beside the project.
SHARED = Path(os.environ.get("DEFENCE_GRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_article(seed_article_path())


@pytest.fixture(scope="session")
def seed_graph_readonly() -> Graph:
    """The seed graph; tests must not modify it (use ``seed_graph`` to get a copy)."""
    return generate_graph(default_findings())


@pytest.fixture
def seed_graph(seed_graph_readonly: Graph) -> Graph:
    copy = Graph(identifier=seed_graph_readonly.identifier)
    copy += seed_graph_readonly
    return copy


@pytest.fixture
def shared_data() -> Path:
    """The shared reference data folder; skips the test when it is absent."""
    folder = SHARED / "data"
    if not folder.is_dir():
        pytest.skip(f"shared reference data not found at {folder} (set DEFENCE_GRAPH_SHARED)")
    return folder

"""The Python API: two lines to a DataFrame, the same answers on both stores."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from rdflib import Graph

import graph
from graph.errors import QuerySyntaxError, UnknownEntityError
from graph.query import named_queries, resolve_actor


def test_all_is_unique_and_resolvable() -> None:
    # Its order is checked by ruff (RUF022).
    assert len(set(graph.__all__)) == len(graph.__all__)
    assert {"load", "KnowledgeGraph", "run_query"} <= set(graph.__all__)
    for name in graph.__all__:
        assert hasattr(graph, name), name


def test_load_and_query_return_a_dataframe() -> None:
    kg = graph.load()
    frame = kg.query("ties")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["source", "target", "type", "evidence", "origin"]
    assert isinstance(kg.rdf, Graph)
    assert isinstance(kg.network(), nx.MultiDiGraph)


def test_stores_give_identical_rows() -> None:
    # Queries with parameters are run on both stores in tests/test_queries.py.
    memory = graph.load(store="memory")
    oxigraph = graph.load(store="oxigraph")
    assert oxigraph.store == "oxigraph" and memory.store == "memory"
    for name, named in named_queries().items():
        if not any(parameter.required for parameter in named.parameters):
            assert memory.run(name).rows == oxigraph.run(name).rows, name


def test_syntax_error_has_line_and_column() -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+"):
        graph.load().query("SELECT ?x\nWHERE { ?x ?y }")


def test_actor_resolution(seed_graph_readonly: Graph) -> None:
    russia = resolve_actor(seed_graph_readonly, "Russia")
    assert resolve_actor(seed_graph_readonly, "Russian Federation") == russia
    assert resolve_actor(seed_graph_readonly, "RUS") == russia
    assert resolve_actor(seed_graph_readonly, "Q159") == russia
    with pytest.raises(UnknownEntityError, match="Russia"):
        resolve_actor(seed_graph_readonly, "Rusia")


def test_load_a_built_file(tmp_path) -> None:
    kg = graph.load()
    graph.write_graph(kg.rdf, tmp_path)
    again = graph.load(tmp_path / "graph.ttl", store="oxigraph")
    assert again.run("ties").rows == kg.run("ties").rows

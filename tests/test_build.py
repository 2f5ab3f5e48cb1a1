"""Building RDF from findings, and writing it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph

from graph.build import derive_shortcuts, generate_graph, summarize, write_graph
from graph.namespaces import DG, DGR
from graph.sources import default_findings
from graph.store import read_rdf


def test_iris_are_stable_across_builds() -> None:
    first = generate_graph(default_findings())
    second = generate_graph(default_findings())
    assert sorted(first.serialize(format="nt").splitlines()) == sorted(
        second.serialize(format="nt").splitlines())


def test_no_blank_nodes(seed_graph_readonly: Graph) -> None:
    assert not any(isinstance(term, BNode) for triple in seed_graph_readonly for term in triple)


def test_summary_counts(seed_graph_readonly: Graph) -> None:
    summary = summarize(seed_graph_readonly)
    assert summary.entities["Country"] == 7
    assert summary.entities["Person"] == 1
    assert summary.entities["WeaponSystem"] == 1
    assert sum(summary.ties.values()) == 9
    assert summary.ties["PrimaryPartner"] == 3
    assert summary.documents["articles"] == 1


def test_country_identity(seed_graph_readonly: Graph) -> None:
    russia, mozambique = DGR["country/RUS"], DGR["country/MOZ"]
    assert str(seed_graph_readonly.value(russia, DG.wikidata)).endswith("/Q159")
    assert str(seed_graph_readonly.value(mozambique, DG.wikidata)).endswith("/Q1029")
    assert str(seed_graph_readonly.value(mozambique, DG.iso3166Alpha3)) == "MOZ"


def test_shortcuts_follow_the_rule(seed_graph_readonly: Graph) -> None:
    graph = seed_graph_readonly
    russia, mozambique, algeria = DGR["country/RUS"], DGR["country/MOZ"], DGR["country/DZA"]
    assert (russia, DG.suppliesArmsTo, algeria) in graph
    assert (algeria, DG.suppliesArmsTo, russia) not in graph
    assert (mozambique, DG.hasPrimaryDefencePartner, russia) in graph
    # undirected: both directions
    assert (russia, DG.exercisesWith, mozambique) in graph
    assert (mozambique, DG.exercisesWith, russia) in graph
    assert set(derive_shortcuts(graph)) <= set(graph)


def test_write_graph_writes_three_parseable_files(tmp_path: Path,
                                                  seed_graph_readonly: Graph) -> None:
    paths = write_graph(seed_graph_readonly, tmp_path)
    assert sorted(path.name for path in paths) == ["graph.jsonld", "graph.nt", "graph.ttl"]
    for path in paths:
        assert len(read_rdf(path)) == len(seed_graph_readonly)
    assert not list(tmp_path.glob(".*.tmp"))


def test_failed_write_leaves_previous_output(tmp_path: Path, seed_graph_readonly: Graph,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write_graph(seed_graph_readonly, tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    original = pyoxigraph.serialize

    def failing(triples, output=None, format=None, **kwargs):
        if format == pyoxigraph.RdfFormat.JSON_LD:
            raise RuntimeError("disk full")
        return original(triples, output, format, **kwargs)

    monkeypatch.setattr(pyoxigraph, "serialize", failing)
    smaller = generate_graph([], include_ontology=True)
    with pytest.raises(RuntimeError):
        write_graph(smaller, tmp_path)
    after = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    assert after == before

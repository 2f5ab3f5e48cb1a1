"""Exports: each format valid, readable by other tools, attributes kept, same input same bytes."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner
from rdflib import Graph

import graph
from graph.cli import cli
from graph.errors import InputError
from graph.export import (
    EXPORT_FORMATS,
    format_for,
    generate_csv,
    generate_cytoscape,
    generate_export,
    generate_gexf,
    generate_graphml,
    to_export_graph,
    write_export,
)
from tests.network_data import NAMES, small_graph


@pytest.fixture(scope="module")
def view() -> nx.MultiDiGraph:
    return small_graph().network()


def ties_of(view: nx.MultiDiGraph) -> list[tuple]:
    return sorted((u, v, d["type"], d["directed"], d.get("year"), d["confidence"])
                  for u, v, d in view.edges(data=True))


def test_export_graph_holds_plain_values(view: nx.MultiDiGraph) -> None:
    exported = to_export_graph(view)
    assert exported.nodes["NATO"] == {"label": "NATO", "kind": "Organisation",
                                      "class": "Alliance", "wikidata": "Q7184",
                                      "iri": "https://w3id.org/defence-graph/id/organisation/nato"}
    keys = [key for _, _, key in exported.edges(keys=True)]
    assert len(set(keys)) == len(keys) == view.number_of_edges()
    for _, _, data in exported.edges(data=True):
        assert "type" not in data and data["tie_type"]
        assert all(isinstance(value, str | int | float | bool) for value in data.values())


def test_graphml_loads_in_igraph(tmp_path: Path, view: nx.MultiDiGraph) -> None:
    path = write_export(generate_graphml(view), tmp_path / "network.graphml")
    loaded = igraph.Graph.Read_GraphML(str(path))
    assert loaded.is_directed()
    assert set(loaded.vs["label"]) == NAMES
    names = loaded.vs["id"]
    got = sorted((names[edge.source], names[edge.target], edge["tie_type"], edge["directed"],
                  None if pd.isna(edge["year"]) else int(edge["year"]), edge["confidence"])
                 for edge in loaded.es)
    assert got == ties_of(view)
    nato = loaded.vs.find(label="NATO")
    assert (nato["kind"], nato["class"], nato["wikidata"]) == ("Organisation", "Alliance", "Q7184")


def test_graphml_round_trips_through_networkx(view: nx.MultiDiGraph) -> None:
    loaded = nx.read_graphml(io.BytesIO(generate_graphml(view).encode()))
    assert sorted((u, v, d["tie_type"]) for u, v, d in loaded.edges(data=True)) == sorted(
        (u, v, d["type"]) for u, v, d in view.edges(data=True))


def test_gexf_loads_in_networkx(view: nx.MultiDiGraph) -> None:
    loaded = nx.read_gexf(io.BytesIO(generate_gexf(view).encode()))
    assert {data["label"] for _, data in loaded.nodes(data=True)} == NAMES
    got = sorted((u, v, d["tie_type"], d["directed"], d.get("year"), d["confidence"])
                 for u, v, d in loaded.edges(data=True))
    assert got == ties_of(view)
    assert loaded.nodes["Russia"]["iso3"] == "RUS"


def test_csv_is_an_edge_list(view: nx.MultiDiGraph) -> None:
    frame = pd.read_csv(io.StringIO(generate_csv(view)))
    assert len(frame) == view.number_of_edges()
    row = frame[(frame.source == "Russia") & (frame.tie_type == "Training")].iloc[0]
    assert (row.target, row.start_year, row.end_year, row.confidence) == (
        "Mozambique", 2018, 2021, 0.8)
    assert row.quote == "Russian instructors trained Mozambican troops."
    assert frame["directed"].sum() == 6


def test_cytoscape_json_round_trips(view: nx.MultiDiGraph) -> None:
    data = json.loads(generate_cytoscape(view))
    assert {node["data"]["name"] for node in data["elements"]["nodes"]} == NAMES
    loaded = nx.cytoscape_graph(data)
    assert loaded.number_of_edges() == view.number_of_edges()
    assert {d["tie_type"] for _, _, d in loaded.edges(data=True)} == {
        "ArmsTransfer", "Training", "JointExercise", "AllianceMembership", "PrimaryPartner"}


@pytest.mark.parametrize("export_format", ["ttl", "nt", "jsonld"])
def test_rdf_formats_hold_the_whole_graph(export_format: str) -> None:
    kg = graph.load()
    text = generate_export(None, export_format, rdf=kg.rdf)
    parsed = Graph().parse(data=text, format={"ttl": "turtle", "nt": "nt",
                                              "jsonld": "json-ld"}[export_format])
    assert len(parsed) == len(kg.rdf)


@pytest.mark.parametrize("export_format", ["graphml", "gexf", "csv", "cytoscape"])
def test_identical_input_gives_identical_text(export_format: str) -> None:
    first = generate_export(small_graph().network(), export_format)
    second = generate_export(small_graph("oxigraph").network(), export_format)
    assert first == second
    assert len(first) > 500


def test_format_from_extension() -> None:
    assert format_for("a/b.graphml") == "graphml"
    assert format_for("b.cyjs") == "cytoscape"
    assert format_for("b.txt", "csv") == "csv"
    with pytest.raises(InputError, match="give --format"):
        format_for("b.txt")
    assert set(EXPORT_FORMATS) == {"graphml", "gexf", "csv", "cytoscape", "ttl", "nt", "jsonld"}


def test_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "network.graphml"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write"):
        write_export("x", tmp_path / "network.graphml" / "inside")
    assert target.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("export_format", EXPORT_FORMATS)
def test_export_command_writes_each_format(tmp_path: Path, export_format: str) -> None:
    out = tmp_path / "export.out"
    result = CliRunner().invoke(cli, ["export", "--format", export_format, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500


def test_export_command_filters_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "arms.csv"
    result = runner.invoke(cli, ["export", "--out", str(out), "--type", "ArmsTransfer"])
    assert result.exit_code == 0, result.output
    assert set(pd.read_csv(out)["tie_type"]) == {"ArmsTransfer"}
    ego = tmp_path / "algeria.gexf"
    runner.invoke(cli, ["export", "--out", str(ego), "--country", "Algeria"])
    assert set(nx.read_gexf(ego)) == {"Algeria", "Russia"}
    for arguments in (["--out", str(tmp_path / "x.txt")],
                      ["--out", str(tmp_path / "x.ttl"), "--type", "Training"],
                      ["--out", str(tmp_path / "x.csv"), "--country", "Narnia"]):
        result = runner.invoke(cli, ["export", *arguments])
        assert result.exit_code == 2, arguments
        assert len(result.output.strip().splitlines()) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["algeria.gexf", "arms.csv"]


def test_gexf_is_the_same_bytes_on_any_day(view: nx.MultiDiGraph,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 UTC
    stamped = generate_gexf(view)
    assert 'lastmodifieddate="2023-11-14"' in stamped
    assert generate_gexf(view, date=datetime.date(2023, 11, 14)) == stamped
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert f'lastmodifieddate="{datetime.date.today().isoformat()}"' in generate_gexf(view)

"""Analysis numbers on the small known network, and the analyse command."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.analyse import (
    centrality_table,
    communities,
    degree_table,
    partner_shares,
    tie_matrices,
    tie_matrix,
)
from graph.cli import cli
from tests.network_data import NAMES, small_graph


@pytest.fixture(scope="module")
def view() -> nx.MultiDiGraph:
    return small_graph().network()


def test_degrees_by_type(view: nx.MultiDiGraph) -> None:
    table = degree_table(view).set_index(["actor", "type"])
    assert table.loc[("Russia", "ArmsTransfer")].tolist() == [2, 0, 0, 2]
    assert table.loc[("Mozambique", "Training")].tolist() == [0, 1, 0, 1]
    assert table.loc[("Kenya", "JointExercise")].tolist() == [0, 0, 2, 2]
    assert table.loc[("NATO", "AllianceMembership")].tolist() == [0, 2, 0, 2]
    # Every tie counts once at each end.
    assert table["degree"].sum() == 2 * view.number_of_edges()


def test_centrality(view: nx.MultiDiGraph) -> None:
    table = centrality_table(view)
    assert set(table.index) == NAMES
    assert table.index[0] == "United States"  # most ties: 4
    russia = table.loc["Russia"]
    assert (russia["ties"], russia["out"], russia["in"], russia["partners"]) == (3, 3, 0, 2)
    # Betweenness, normalised by (n-1)(n-2)/2 = 15 pairs: Russia lies on the one
    # Algeria-Mozambique path; Kenya-NATO has two shortest paths, via the
    # United States or the United Kingdom.
    assert russia["betweenness"] == pytest.approx(1 / 15, abs=1e-6)
    assert table.loc["United States", "betweenness"] == pytest.approx(0.5 / 15, abs=1e-6)
    assert table.loc["Algeria", "betweenness"] == 0
    # Eigenvector centrality concentrates on the component with the largest
    # eigenvalue (the alliance and exercise group), weighted by ties.
    eigenvector = table["eigenvector"]
    assert eigenvector[["Russia", "Algeria", "Mozambique"]].eq(0).all()
    assert eigenvector["United States"] > eigenvector["Kenya"] > eigenvector["United Kingdom"]
    assert eigenvector["United Kingdom"] > eigenvector["NATO"] > 0


def test_communities_follow_components_and_are_seeded(view: nx.MultiDiGraph) -> None:
    found = communities(view)
    assert found["Russia"] == found["Algeria"] == found["Mozambique"]
    assert found["Russia"] != found["NATO"]
    assert communities(view, seed=3) == communities(view, seed=3)
    assert set(found.values()) == set(range(len(set(found.values()))))


def test_matrices(view: nx.MultiDiGraph) -> None:
    matrix = tie_matrix(view)
    assert matrix.loc["Russia", "Mozambique"] == 2
    assert matrix.loc["Mozambique", "Russia"] == 0
    assert matrix.loc["United Kingdom", "United States"] == 1  # undirected: both cells
    assert matrix.loc["United States", "United Kingdom"] == 1
    assert matrix.to_numpy().sum() == 6 + 2 * 3  # six directed ties, three undirected pairs
    per_type = tie_matrices(view)
    assert list(per_type) == ["ArmsTransfer", "Training", "JointExercise",
                              "AllianceMembership", "PrimaryPartner"]
    assert per_type["Training"].to_numpy().sum() == 1
    assert sum(frame.to_numpy().sum() for frame in per_type.values()) == matrix.to_numpy().sum()


def test_partner_shares(view: nx.MultiDiGraph) -> None:
    kenya = partner_shares(view, "KEN")
    assert kenya[["partner", "ties"]].values.tolist() == [["United States", 2],
                                                          ["United Kingdom", 1]]
    assert kenya["share"].tolist() == pytest.approx([2 / 3, 1 / 3])
    assert kenya["types"].iloc[0] == "JointExercise, PrimaryPartner"
    everyone = partner_shares(view)
    assert everyone.groupby("actor")["share"].sum().round(9).eq(1).all()


def test_analyse_command() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["analyse", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["actor"] == "Russia" and rows[0]["ties"] == 7
    result = runner.invoke(cli, ["analyse", "shares", "--country", "Mozambique", "--format", "csv"])
    assert result.stdout.splitlines()[1].startswith("Mozambique,Russia,6,1.0,")
    result = runner.invoke(cli, ["analyse", "matrix", "--type", "ArmsTransfer", "--format", "csv"])
    assert result.stdout.splitlines() == ["source,Algeria,Mozambique,Russia", "Algeria,0,0,0",
                                          "Mozambique,0,0,0", "Russia,1,1,0"]
    result = runner.invoke(cli, ["analyse", "degrees", "--country", "Atlantis"])
    assert result.exit_code == 2
    assert "unknown actor 'Atlantis'" in result.output

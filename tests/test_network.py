"""NetworkX views built from SPARQL over the tie nodes, on a small known network."""

from __future__ import annotations

import networkx as nx
import pytest

import graph
from graph.errors import InputError, UnknownEntityError
from graph.network import (
    bipartite_view,
    collapse,
    ego_network,
    filter_ties,
    find_actor,
    layers,
    ties_to_multidigraph,
)
from tests.network_data import NAMES, small_graph


@pytest.fixture(scope="module")
def view() -> nx.MultiDiGraph:
    return small_graph().network()


def edges_of(view: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, data["type"]) for u, v, data in view.edges(data=True)}


def test_nodes_are_the_actors_with_their_identity(view: nx.MultiDiGraph) -> None:
    assert set(view) == NAMES
    assert view.nodes["Russia"] == {
        "name": "Russia", "kind": "Country", "class": "Country", "iso3": "RUS",
        "wikidata": "Q159", "iri": "https://w3id.org/defence-graph/id/country/RUS"}
    assert view.nodes["NATO"]["kind"] == "Organisation"
    assert view.nodes["NATO"]["class"] == "Alliance"
    assert "iso3" not in view.nodes["NATO"]


def test_one_edge_per_tie_and_pair_with_its_attributes(view: nx.MultiDiGraph) -> None:
    assert edges_of(view) == {
        ("Russia", "Algeria", "ArmsTransfer"), ("Russia", "Mozambique", "ArmsTransfer"),
        ("Russia", "Mozambique", "Training"),
        ("Kenya", "United Kingdom", "JointExercise"), ("Kenya", "United States", "JointExercise"),
        ("United Kingdom", "United States", "JointExercise"),
        ("United States", "NATO", "AllianceMembership"),
        ("United Kingdom", "NATO", "AllianceMembership"),
        ("Kenya", "United States", "PrimaryPartner"),
    }
    (key, arms), = view["Russia"]["Algeria"].items()
    assert key == arms["tie"] and arms["tie"].startswith("https://w3id.org/defence-graph/id/tie/")
    assert arms["directed"] is True and arms["year"] == 2020 and arms["confidence"] == 0.9
    assert (arms["sources"], arms["evidence"]) == (1, 1)
    assert arms["quote"] == "Russia sold jets to Algeria."
    assert arms["origin"] == "Small test article"
    training = next(d for d in view["Russia"]["Mozambique"].values() if d["type"] == "Training")
    assert (training["start_year"], training["end_year"]) == (2018, 2021)
    assert "year" not in training
    exercise = next(iter(view["United Kingdom"]["United States"].values()))
    assert exercise["directed"] is False
    # One multinational exercise: the same tie on each of its three pairs.
    assert len({d["tie"] for _, _, d in view.edges(data=True) if d["type"] == "JointExercise"}) == 1


def test_view_is_the_same_on_both_stores(view: nx.MultiDiGraph) -> None:
    other = small_graph("oxigraph").network()
    assert list(other.nodes(data=True)) == list(view.nodes(data=True))
    assert list(other.edges(keys=True, data=True)) == list(view.edges(keys=True, data=True))


def test_seed_view_has_no_literal_or_class_nodes() -> None:
    view = graph.load().network()
    assert set(view) == {"Russia", "Mozambique", "Algeria", "Kenya", "United States",
                         "South Africa", "United Kingdom"}
    assert view.number_of_edges() == 9


def test_rows_to_view_names_two_actors_with_one_label_apart() -> None:
    rows = [{"tie": "t", "type": "Training", "directed": True, "source": "x/a",
             "sourceName": "Guard", "target": "y/b", "targetName": "Guard"}]
    assert set(ties_to_multidigraph(rows)) == {"Guard (a)", "Guard (b)"}


def test_filter_by_type_year_confidence_and_kind(view: nx.MultiDiGraph) -> None:
    arms = filter_ties(view, types=["ArmsTransfer"])
    assert edges_of(arms) == {("Russia", "Algeria", "ArmsTransfer"),
                              ("Russia", "Mozambique", "ArmsTransfer")}
    assert set(arms) == {"Russia", "Algeria", "Mozambique"}
    recent = filter_ties(view, years=(2020, None))
    assert {t for _, _, t in edges_of(recent)} == {"ArmsTransfer", "Training", "JointExercise",
                                                   "AllianceMembership"}
    assert ("Russia", "Mozambique", "ArmsTransfer") not in edges_of(recent)  # 2019
    assert ("Kenya", "United States", "PrimaryPartner") not in edges_of(recent)  # undated
    early = filter_ties(view, years=(None, 1950))
    assert {t for _, _, t in edges_of(early)} == {"AllianceMembership"}
    confident = filter_ties(view, min_confidence=0.85)
    assert ("Russia", "Mozambique", "Training") not in edges_of(confident)
    assert ("Russia", "Algeria", "ArmsTransfer") in edges_of(confident)
    countries = filter_ties(view, kinds=["Country"])
    assert "NATO" not in countries
    assert countries.number_of_edges() == view.number_of_edges() - 2


def test_filter_rejects_unknown_names(view: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="did you mean ArmsTransfer"):
        filter_ties(view, types=["ArmsTransfers"])
    with pytest.raises(InputError, match="actor kind"):
        filter_ties(view, kinds=["Planet"])


def test_collapse_weights(view: nx.MultiDiGraph) -> None:
    directed = collapse(view)
    assert directed["Russia"]["Mozambique"] == {
        "weight": 2, "types": {"ArmsTransfer": 1, "Training": 1}}
    assert not directed.has_edge("Mozambique", "Russia")
    # An undirected tie counts both ways in the directed graph.
    assert directed["United States"]["Kenya"]["types"] == {"JointExercise": 1}
    assert directed["Kenya"]["United States"]["weight"] == 2
    undirected = collapse(view, directed=False)
    assert undirected["United States"]["Kenya"]["weight"] == 2
    assert undirected.number_of_edges() == 7
    assert undirected.nodes["NATO"]["class"] == "Alliance"


def test_layers_split_by_type(view: nx.MultiDiGraph) -> None:
    split = layers(view)
    assert list(split) == ["ArmsTransfer", "Training", "JointExercise", "AllianceMembership",
                           "PrimaryPartner"]
    assert sum(layer.number_of_edges() for layer in split.values()) == view.number_of_edges()
    assert set(split["AllianceMembership"]) == {"United States", "United Kingdom", "NATO"}


def test_ego_network(view: nx.MultiDiGraph) -> None:
    ego = ego_network(view, "RUS")
    assert ego.graph["center"] == "Russia"
    assert set(ego) == {"Russia", "Algeria", "Mozambique"}
    assert ego.number_of_edges() == 3
    assert set(ego_network(view, "Kenya")) == {"Kenya", "United States", "United Kingdom"}
    assert set(ego_network(view, "Kenya", radius=2)) == {"Kenya", "United States",
                                                         "United Kingdom", "NATO"}


def test_find_actor_by_any_name_and_unknown_with_close_matches(view: nx.MultiDiGraph) -> None:
    assert find_actor(view, "Q7184") == "NATO"
    assert find_actor(view, "russian federation") == "Russia"
    assert find_actor(view, "GBR") == "United Kingdom"
    with pytest.raises(UnknownEntityError, match=r"'Kenia'.*did you mean Kenya\?$"):
        find_actor(view, "Kenia")
    with pytest.raises(UnknownEntityError):
        find_actor(view, "South Africa")  # a known country, but not in this network


def test_bipartite_view(view: nx.MultiDiGraph) -> None:
    bipartite = bipartite_view(view)
    assert dict(bipartite.nodes(data="bipartite")) == {
        "United States": 0, "United Kingdom": 0, "NATO": 1}
    assert nx.is_bipartite(bipartite)
    assert bipartite["United States"]["NATO"] == {
        "weight": 1, "types": {"AllianceMembership": 1}}


def test_api_network_takes_filters() -> None:
    view = small_graph().network(types=["Training"])
    assert edges_of(view) == {("Russia", "Mozambique", "Training")}

"""The seed article's graph holds every tie the article states, and nothing else."""

from __future__ import annotations

from rdflib import Graph

from graph.model import Article
from graph.query import run_query
from tests.conftest import SHARED

# Written from reading the article (and the design card's note on its garbled
# table), independently of data/curated/.
EXPECTED_TIES = {
    ("Russia", "Mozambique", "ArmsTransfer"),
    ("Russia", "Mozambique", "Training"),
    ("Mozambique", "Russia", "IntelligenceSharing"),
    ("Mozambique", "Russia", "CounterTerrorism"),
    ("Mozambique", "Russia", "JointExercise"),
    ("Mozambique", "Russia", "PrimaryPartner"),
    ("Russia", "Algeria", "ArmsTransfer"),
    ("Kenya", "United States", "PrimaryPartner"),
    ("South Africa", "United Kingdom", "PrimaryPartner"),
}

EVIDENCE_QUERY = """
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?quote ?start ?end WHERE {
  ?tie prov:qualifiedDerivation ?evidence .
  ?evidence dg:quote ?quote ; dg:startOffset ?start ; dg:endOffset ?end .
}
"""


def test_ties_are_exactly_what_the_article_states(seed_graph_readonly: Graph) -> None:
    rows = run_query(seed_graph_readonly, "ties").rows
    found = {(row["source"], row["target"], row["type"]) for row in rows}
    assert found == EXPECTED_TIES
    assert len(rows) == len(EXPECTED_TIES)


def test_evidence_is_the_article_text_at_its_offsets(seed_graph_readonly: Graph,
                                                     seed_article: Article) -> None:
    rows = run_query(seed_graph_readonly, EVIDENCE_QUERY).rows
    assert len(rows) >= len(EXPECTED_TIES)
    for row in rows:
        assert seed_article.text[row["start"]:row["end"]] == row["quote"]


def test_every_tie_row_has_evidence_from_the_article(seed_graph_readonly: Graph,
                                                     seed_article: Article) -> None:
    for row in run_query(seed_graph_readonly, "ties").rows:
        assert row["evidence"] and row["evidence"] in seed_article.text
        assert row["origin"] == seed_article.title


def test_bundled_article_is_the_shared_seed(seed_article: Article) -> None:
    shared = SHARED / "seed" / "000_c00e642fcd84a06a.txt"
    if shared.is_file():
        assert shared.read_text(encoding="utf-8") == seed_article.text


def test_entities_of_the_article(seed_graph_readonly: Graph) -> None:
    names = {row["name"]: row["kind"] for row in run_query(seed_graph_readonly, """
        PREFIX dg: <https://w3id.org/defence-graph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?kind WHERE {
          ?article dg:mentions ?entity . ?entity rdfs:label ?name ; a ?class .
          VALUES (?class ?kind) { (dg:Country "Country") (dg:Person "Person")
                                  (dg:WeaponSystem "WeaponSystem") (dg:City "City")
                                  (dg:Region "Region") }
        }""").rows}
    assert names["Vladimir Putin"] == "Person"
    assert names["Su-57"] == "WeaponSystem"
    assert names["Cabo Delgado"] == "Region"
    assert names["Maputo"] == names["Moscow"] == "City"
    assert sum(kind == "Country" for kind in names.values()) == 7

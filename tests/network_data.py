"""A small, fully known tie network for the network, analysis, drawing and export tests.

Seven actors (six countries and NATO) and seven ties, built through the real
pipeline (findings -> RDF -> SPARQL -> NetworkX), so the views are tested as
users get them:

- Russia -> Algeria, ArmsTransfer, 2020, confidence 0.9
- Russia -> Mozambique, ArmsTransfer, 2019, confidence 0.6
- Russia -> Mozambique, Training, 2018-2021, confidence 0.8
- United States, United Kingdom, Kenya: one JointExercise, 2022 (three pairs)
- United States -> NATO and United Kingdom -> NATO, AllianceMembership, from 1949
- Kenya -> United States, PrimaryPartner, undated
"""

from __future__ import annotations

from graph.api import KnowledgeGraph
from graph.build import generate_graph
from graph.gazetteer import default_gazetteer
from graph.model import Article, Entity, Evidence, Findings, Tie

TEXT = (
    "Russia sold jets to Algeria. Russia sold helicopters to Mozambique. "
    "Russian instructors trained Mozambican troops. The United States, the United Kingdom "
    "and Kenya exercised together. The United States and the United Kingdom are NATO members. "
    "Kenya counts the United States as its primary partner."
)

NAMES = {"Russia", "Algeria", "Mozambique", "United States", "United Kingdom", "Kenya", "NATO"}


def _quote(text: str, sentence: str, confidence: float) -> tuple[Evidence, ...]:
    start = text.index(sentence)
    return (Evidence.of(text, start, start + len(sentence), confidence=confidence,
                        producer="test"),)


def small_findings() -> Findings:
    """The findings of the small network (see the module docstring)."""
    article = Article.from_text(TEXT, title="Small test article")
    country = default_gazetteer().country_entity
    rus, dza, moz = country("RUS"), country("DZA"), country("MOZ")
    usa, gbr, ken = country("USA"), country("GBR"), country("KEN")
    nato = Entity("NATO", "Organisation", "nato", wikidata="Q7184", category="Alliance")

    def tie(kind: str, source: Entity, target: Entity, sentence: str, confidence: float = 1.0,
            **fields: object) -> Tie:
        return Tie(kind, source, target, article, evidence=_quote(TEXT, sentence, confidence),
                   **fields)

    ties = [
        tie("ArmsTransfer", rus, dza, "Russia sold jets to Algeria.", 0.9, year=2020),
        tie("ArmsTransfer", rus, moz, "Russia sold helicopters to Mozambique.", 0.6, year=2019),
        tie("Training", rus, moz, "Russian instructors trained Mozambican troops.", 0.8,
            start="2018", end="2021"),
        tie("JointExercise", usa, gbr, "and Kenya exercised together.", others=(ken,),
            year=2022),
        tie("AllianceMembership", usa, nato, "are NATO members.", start="1949"),
        tie("AllianceMembership", gbr, nato, "are NATO members.", start="1949"),
        tie("PrimaryPartner", ken, usa, "Kenya counts the United States as its primary partner."),
    ]
    return Findings(article, entities=[nato], ties=ties)


def small_graph(store: str = "memory") -> KnowledgeGraph:
    """The small network as a knowledge graph."""
    built = generate_graph([small_findings()])
    if store == "memory":
        return KnowledgeGraph(built)
    from graph.store import new_graph

    rdf = new_graph(store)  # type: ignore[arg-type]
    rdf += built
    return KnowledgeGraph(rdf)

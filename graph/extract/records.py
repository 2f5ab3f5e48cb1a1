"""Findings as the plain JSON record ``defence-graph extract`` prints and gold files hold.

Shape: ``{"entities": [{"name", "type", "wikidata"}], "ties": [{"source", "target",
"type", "evidence", "start", "end", "confidence"}]}``. Entities are those the
article names, then any tie party not named directly (the country a capital
stands for); each tie shows its best evidence.

Examples
--------
>>> from graph.extract.records import findings_to_record
>>> from graph.model import Article, Entity, Evidence, Findings, Tie
>>> article = Article.from_text("Russia sold jets to Algeria.")
>>> russia = Entity("Russia", "Country", "RUS", "Q159")
>>> algeria = Entity("Algeria", "Country", "DZA")
>>> tie = Tie("ArmsTransfer", russia, algeria, article,
...           evidence=(Evidence.of(article.text, 0, 28, confidence=0.9, producer="x"),))
>>> findings_to_record(Findings(article, [russia], [tie]))["entities"]
[{'name': 'Russia', 'type': 'Country', 'wikidata': 'Q159'},
 {'name': 'Algeria', 'type': 'Country', 'wikidata': None}]
"""

from __future__ import annotations

from typing import Any

from graph.model import Entity, Findings, Tie

__all__ = ["entity_record", "findings_to_record", "tie_record"]


def entity_record(entity: Entity) -> dict[str, Any]:
    """``{"name", "type", "wikidata"}`` of an entity."""
    return {"name": entity.name, "type": entity.kind, "wikidata": entity.wikidata}


def tie_record(tie: Tie) -> dict[str, Any]:
    """A tie with its best evidence.

    Keys: ``source``, ``target``, ``type``, ``evidence``, ``start``, ``end``, ``confidence``.
    """
    best = tie.evidence[0] if tie.evidence else None
    return {
        "source": tie.source.name,
        "target": tie.target.name,
        "type": tie.type,
        "evidence": best.quote if best else None,
        "start": best.start if best else None,
        "end": best.end if best else None,
        "confidence": best.confidence if best else tie.confidence,
    }


def findings_to_record(findings: Findings) -> dict[str, Any]:
    """The JSON-ready record of one article's findings."""
    entities: dict[tuple[str, str], Entity] = {}
    for entity in findings.entities:
        entities.setdefault((entity.kind, entity.key), entity)
    for tie in findings.ties:
        for party in (tie.source, tie.target):
            entities.setdefault((party.kind, party.key), party)
    return {
        "entities": [entity_record(entity) for entity in entities.values()],
        "ties": [tie_record(tie) for tie in findings.ties],
    }

"""Hand-verified tables of an article's entities and ties (``data/curated/``).

A curated table overrides extraction for its article: it is what a person
checked against the text. Evidence quotes are located in the text here, so a
quote that is not in the article is an error, not a silent miss.

Examples
--------
>>> from graph.articles import read_article, seed_article_path
>>> from graph.curated import curated_findings
>>> findings = curated_findings(read_article(seed_article_path()))
>>> len(findings.ties)
9
>>> tie = findings.ties[0]
>>> tie.document.text[tie.evidence[0].start:tie.evidence[0].end] == tie.evidence[0].quote
True
"""

from __future__ import annotations

from pathlib import Path

from graph.articles import bundled_metadata
from graph.errors import InputError
from graph.gazetteer import Gazetteer, default_gazetteer, read_table
from graph.model import Article, Entity, Evidence, Findings, Tie
from graph.namespaces import slug
from graph.resources import data_dir

__all__ = ["CURATOR", "curated_findings", "curated_table_dir"]

#: The agent credited with hand-verified evidence.
CURATOR = "curator"


def curated_table_dir(article: Article) -> Path | None:
    """Folder of the curated tables for ``article``, if the project has them."""
    meta = bundled_metadata().get(article.sha256)
    if not meta or not meta.get("curated"):
        return None
    return data_dir() / meta["curated"]


def curated_findings(article: Article, gazetteer: Gazetteer | None = None) -> Findings | None:
    """Entities and ties of ``article`` from its curated tables, or None if it has none."""
    folder = curated_table_dir(article)
    if folder is None:
        return None
    gazetteer = gazetteer or default_gazetteer()
    entities = _read_entities(folder / "entities.csv", gazetteer)
    ties = [_tie(row, article, entities, gazetteer) for row in read_table(folder / "ties.csv")]
    return Findings(article, list(entities.values()), ties)


def _read_entities(path: Path, gazetteer: Gazetteer) -> dict[str, Entity]:
    rows = list(read_table(path))
    entities: dict[str, Entity] = {}
    # Plain rows first, so that links can point at them.
    for row in sorted(rows, key=lambda row: bool(row["links"])):
        entities[row["name"]] = _entity(row, entities, gazetteer)
    return entities


def _entity(row: dict[str, str], known: dict[str, Entity], gazetteer: Gazetteer) -> Entity:
    name, kind = row["name"], row["kind"]
    if kind == "Country":
        return gazetteer.country_entity(name)
    if row["category"] == "City":
        capital = _capital(name, gazetteer)
        if capital is not None:
            return capital
    links = []
    for pair in filter(None, (row.get("links") or "").split(";")):
        prop, _, target = pair.partition("=")
        links.append((prop.strip(), known.get(target.strip()) or gazetteer.country_entity(target)))
    facts = (("roleTitle", row["role_title"]),) if row.get("role_title") else ()
    return Entity(
        name,
        kind,
        slug(name),
        wikidata=row.get("wikidata") or None,
        category=row.get("category") or None,
        links=tuple(links),
        facts=facts,
    )


def _capital(name: str, gazetteer: Gazetteer) -> Entity | None:
    for record in gazetteer.countries.values():
        if record.capital == name and not record.historic:
            return gazetteer.capital_entity(record.iso3)
    return None


def _tie(row: dict[str, str], article: Article, entities: dict[str, Entity],
         gazetteer: Gazetteer) -> Tie:
    quote = row["evidence"]
    start = article.text.find(quote)
    if start < 0:
        raise InputError(f"curated evidence not found in {article.file}: {quote[:60]!r}")

    def resolve(name: str) -> Entity:
        return entities.get(name) or gazetteer.country_entity(name)

    weapons = tuple(resolve(name) for name in filter(None, [row.get("weapon")]))
    evidence = Evidence.of(article.text, start, start + len(quote), confidence=1.0,
                           producer=CURATOR)
    return Tie(row["type"], resolve(row["source"]), resolve(row["target"]), article,
               evidence=(evidence,), weapons=weapons)

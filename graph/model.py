"""The records every stage passes on: entities, documents, evidence and ties.

Extraction, curated tables and dataset importers all produce :class:`Findings`;
:mod:`graph.build` turns findings into RDF under the ontology. The records are
plain frozen dataclasses with no RDF in them, so the stages before the build
know nothing of rdflib.

Examples
--------
>>> from graph.model import Article, Entity, Evidence, Tie
>>> article = Article.from_text("Russia delivered Su-57 jets to Algeria.", title="Example")
>>> russia = Entity("Russia", "Country", "RUS", wikidata="Q159")
>>> algeria = Entity("Algeria", "Country", "DZA", wikidata="Q262")
>>> tie = Tie("ArmsTransfer", russia, algeria, article,
...           evidence=(Evidence.of(article.text, 0, 39, confidence=0.9, producer="example"),))
>>> tie.evidence[0].quote
'Russia delivered Su-57 jets to Algeria.'
>>> [entity.name for entity in tie.parties]
['Russia', 'Algeria']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

__all__ = [
    "ENTITY_KINDS",
    "TIE_TYPES",
    "Article",
    "Dataset",
    "DatasetRecord",
    "Document",
    "Entity",
    "EntityKind",
    "Evidence",
    "Findings",
    "Tie",
]

EntityKind: TypeAlias = Literal["Country", "Organisation", "Person", "WeaponSystem", "Place"]
ENTITY_KINDS: tuple[str, ...] = ("Country", "Organisation", "Person", "WeaponSystem", "Place")

#: Local names of the tie-type concepts in ``ontology/tie-types.ttl``.
TIE_TYPES: tuple[str, ...] = (
    "ArmsTransfer",
    "Training",
    "JointExercise",
    "IntelligenceSharing",
    "CounterTerrorism",
    "DefenceAgreement",
    "AllianceMembership",
    "MilitaryPresence",
    "PrimaryPartner",
    "MilitaryAid",
    "PeacekeepingDeployment",
)

#: Literal values an entity, document or tie may carry beyond its fields:
#: (ontology local name, value), e.g. ``("roleTitle", "President")``.
Facts: TypeAlias = tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Entity:
    """Something a source names: a country, organisation, person, weapon system or place.

    Parameters
    ----------
    name : str
        Canonical English name ("Russia", "Wagner Group", "Su-57").
    kind : {"Country", "Organisation", "Person", "WeaponSystem", "Place"}
        The coarse type used in JSON output and gold annotations.
    key : str
        Stable identifier the IRI is made from: the ISO 3166 alpha-3 code of a
        country, a slug of the name otherwise.
    wikidata : str, optional
        Wikidata QID such as ``"Q159"``.
    category : str, optional
        Finer ontology class (local name of a subclass of the kind), e.g.
        ``"Alliance"``, ``"NonStateArmedGroup"``, ``"City"``, ``"HistoricState"``.
    links : tuple of (str, Entity)
        Object facts, e.g. ``("standsFor", mozambique)`` for a capital used as a
        metonym, ``("affiliation", russia)`` for a president.
    facts : tuple of (str, object)
        Literal facts, e.g. ``("roleTitle", "President")``.
    """

    name: str
    kind: str
    key: str
    wikidata: str | None = None
    category: str | None = None
    links: tuple[tuple[str, Entity], ...] = ()
    facts: Facts = ()

    def __hash__(self) -> int:
        # Entities key most of extraction's dictionaries and sets; the generated hash would
        # walk every linked entity. Equal entities share their key, so this is consistent,
        # and a string keeps its hash once computed.
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        # The generated comparison builds a tuple of every field of both; most comparisons
        # are of an entity with itself or with one of another key.
        if self is other:
            return True
        if other.__class__ is not Entity:
            return NotImplemented
        return self.key == other.key and self.kind == other.kind and \
            self.name == other.name and self.wikidata == other.wikidata and \
            self.category == other.category and self.links == other.links and \
            self.facts == other.facts

    @property
    def is_actor(self) -> bool:
        """True for entities that can be a party to a tie."""
        return self.kind in ("Country", "Organisation", "Person")


@dataclass(frozen=True)
class Article:
    """A news article: its exact text and what is known about it.

    ``id`` is the first 16 hex digits of the SHA-256 of the UTF-8 text, so the
    same text gets the same IRI whatever its file is called.
    """

    text: str
    title: str
    sha256: str
    file: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None, **metadata: str | None) -> Article:
        """Make an article from its text; the title defaults to its first non-empty line."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if title is None:
            title = next((line.strip() for line in text.splitlines() if len(line.strip()) > 3), "")
        return cls(text=text, title=title or f"article {digest[:16]}", sha256=digest, **metadata)

    @property
    def id(self) -> str:
        return self.sha256[:16]


@dataclass(frozen=True)
class Dataset:
    """A reference dataset in a given version, e.g. SIPRI trade register export."""

    key: str
    title: str
    version: str | None = None
    citation: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class DatasetRecord:
    """One record of a reference dataset, with where it was read from."""

    dataset: Dataset
    record_id: str
    row: int | None = None
    file: str | None = None
    text: str | None = None

    @property
    def title(self) -> str:
        return f"{self.dataset.title} record {self.record_id}"


Document: TypeAlias = Article | DatasetRecord


@dataclass(frozen=True)
class Evidence:
    """Why a tie is believed: a quote of the source with its offsets.

    ``start`` and ``end`` count Unicode code points from 0 in the document's
    text (Python slicing: ``text[start:end] == quote``). ``producer`` names the
    agent: ``"curator"``, ``"extractor/rules-1"``, ``"importer/sipri"``...
    """

    quote: str | None
    start: int | None
    end: int | None
    confidence: float
    producer: str

    @classmethod
    def of(cls, text: str, start: int, end: int, *, confidence: float, producer: str) -> Evidence:
        """Evidence quoting ``text[start:end]``."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"offsets {start}:{end} outside a text of {len(text)} characters")
        return cls(text[start:end], start, end, confidence, producer)


@dataclass(frozen=True)
class Tie:
    """One defence tie claimed by one document.

    For a directed type ``source`` and ``target`` fill the type's source and
    target roles (supplier -> recipient, trainer -> trainee, ...). For an
    undirected type they are two of the participants; ``others`` holds any
    further parties (a multinational exercise).
    """

    type: str
    source: Entity
    target: Entity
    document: Document
    evidence: tuple[Evidence, ...] = ()
    others: tuple[Entity, ...] = ()
    weapons: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    year: int | None = None
    start: str | None = None
    end: str | None = None
    facts: Facts = ()

    def __post_init__(self) -> None:
        if self.type not in TIE_TYPES:
            raise ValueError(f"unknown tie type {self.type!r}; expected one of {TIE_TYPES}")

    @property
    def parties(self) -> tuple[Entity, ...]:
        """Every participant once, source and target first."""
        seen: dict[str, Entity] = {}
        for entity in (self.source, self.target, *self.others):
            seen.setdefault(f"{entity.kind}/{entity.key}", entity)
        return tuple(seen.values())

    @property
    def confidence(self) -> float:
        """The tie's confidence: that of its strongest evidence (1.0 with none)."""
        return max((item.confidence for item in self.evidence), default=1.0)


@dataclass
class Findings:
    """What one source yields: its document, the entities it names, its ties."""

    document: Document | None
    entities: list[Entity] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)

    def all_entities(self) -> Iterator[Entity]:
        """Entities named directly, in ties, and linked from those, each once."""
        seen: set[tuple[str, str]] = set()
        stack: list[Entity] = list(self.entities)
        for tie in self.ties:
            stack.extend((*tie.parties, *tie.weapons, *tie.places))
        while stack:
            entity = stack.pop(0)
            if (entity.kind, entity.key) in seen:
                continue
            seen.add((entity.kind, entity.key))
            stack.extend(target for _, target in entity.links)
            yield entity


"""Build: findings -> an RDF graph under the ontology -> files.

The pure part, :func:`generate_graph`, turns :class:`~graph.model.Findings`
into an :class:`rdflib.Graph` holding the ontology, the tie-type scheme, every
entity, document and tie, and the shortcut edges derived by
``ontology/shortcuts.rq``. :func:`write_graph` is the thin, atomic writer.

Examples
--------
>>> from graph.build import generate_graph, summarize
>>> from graph.sources import default_findings
>>> rdf = generate_graph(default_findings())
>>> summary = summarize(rdf)
>>> summary.ties["ArmsTransfer"], summary.entities["Country"]
(2, 7)
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TypeAlias

import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from tqdm import tqdm

from graph.errors import InputError
from graph.gazetteer import Gazetteer, default_gazetteer
from graph.model import Article, DatasetRecord, Document, Entity, Evidence, Findings, Tie
from graph.namespaces import (
    DCTERMS,
    DG,
    DGR,
    DGT,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SKOS,
    WD,
    XSD,
    bind_prefixes,
    country_iri,
    digest_iri,
    slug,
)
from graph.resources import ontology_file
from graph.store import to_rdflib

__all__ = [
    "OUTPUT_FORMATS",
    "Summary",
    "Triple",
    "derive_shortcuts",
    "document_iri",
    "entity_iri",
    "generate_graph",
    "ontology_graph",
    "summarize",
    "tie_iri",
    "tie_roles",
    "write_graph",
]

Triple: TypeAlias = tuple[Node, Node, Node]

#: Files ``write_graph`` writes, by rdflib serializer name.
OUTPUT_FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}

_ENTITY_FOLDERS = {
    "Country": "country",
    "Organisation": "organisation",
    "Person": "person",
    "WeaponSystem": "weapon",
    "Place": "place",
}


# ---------------------------------------------------------------- vocabulary


@functools.cache
def _ontology_triples() -> tuple[Triple, ...]:
    graph = Graph()
    for name in ("defence-graph.ttl", "tie-types.ttl"):
        graph.parse(ontology_file(name), format="turtle")
    return tuple(graph)


def ontology_graph() -> Graph:
    """A new graph holding the ontology and the tie-type scheme."""
    graph = bind_prefixes(Graph())
    for triple in _ontology_triples():
        graph.add(triple)
    return graph


@functools.cache
def tie_roles() -> dict[str, tuple[URIRef, URIRef] | None]:
    """Role properties (source, target) of each tie type; None for undirected types."""
    graph = Graph()
    graph.parse(ontology_file("tie-types.ttl"), format="turtle")
    roles: dict[str, tuple[URIRef, URIRef] | None] = {}
    for concept in graph.subjects(SKOS.inScheme, DGT.scheme):
        notation = str(graph.value(concept, SKOS.notation))
        source, target = graph.value(concept, DG.sourceRole), graph.value(concept, DG.targetRole)
        roles[notation] = (URIRef(source), URIRef(target)) if source and target else None
    return roles


# ---------------------------------------------------------------- IRIs


def entity_iri(entity: Entity) -> URIRef:
    """Stable IRI of an entity, from its ISO code (countries) or key."""
    if entity.kind == "Country":
        return country_iri(entity.key)
    return DGR[f"{_ENTITY_FOLDERS.get(entity.kind, 'entity')}/{entity.key}"]


def document_iri(document: Document) -> URIRef:
    """Stable IRI of an article (from its content hash) or a dataset record."""
    if isinstance(document, Article):
        return DGR[f"article/{document.id}"]
    return DGR[f"record/{document.dataset.key}/{slug(document.record_id)}"]


def tie_iri(tie: Tie) -> URIRef:
    """Stable IRI of a tie: its document, type and parties (in role order if directed)."""
    keys = [f"{entity.kind}/{entity.key}" for entity in tie.parties]
    if tie_roles()[tie.type] is None:
        keys.sort()
    return digest_iri("tie", document_iri(tie.document), tie.type, *keys)


def _agent_iri(producer: str) -> URIRef:
    return DGR[f"agent/{slug(producer)}"]


# ---------------------------------------------------------------- triples


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def _literal(value: object) -> Literal:
    if isinstance(value, float):
        return _decimal(value)
    return Literal(value)


def country_triples(iso3: str, gazetteer: Gazetteer) -> Iterator[Triple]:
    """Identity of a country: label, aliases, ISO, COW and Wikidata codes, capital."""
    record = gazetteer.countries.get(iso3)
    node = country_iri(iso3)
    yield node, RDF.type, DG.Country
    yield node, DG.iso3166Alpha3, Literal(iso3)
    if record is None:
        return
    yield node, RDFS.label, Literal(record.name, lang="en")
    for alias in record.names[1:]:
        yield node, SKOS.altLabel, Literal(alias, lang="en")
    optional = [
        (DG.iso3166Alpha2, record.iso2),
        (DG.cowCode, record.cow_code),
        (DG.cowAbbreviation, record.cow_abbrev),
    ]
    for prop, value in optional:
        if value is not None:
            yield node, prop, Literal(value)
    if record.wikidata:
        yield node, DG.wikidata, WD[record.wikidata]
    if record.historic:
        yield node, RDF.type, DG.HistoricState
        for successor in record.successors:
            yield node, DG.successor, country_iri(successor)
    capital = gazetteer.capital_entity(iso3)
    if capital is not None and not record.historic:
        yield node, DG.capital, entity_iri(capital)
        yield from entity_triples(capital, gazetteer)


def entity_triples(entity: Entity, gazetteer: Gazetteer) -> Iterator[Triple]:
    """Triples describing one entity (countries get their full identity).

    A country the gazetteer lacks (a 19th-century state a dataset's own table
    defines) is described from the entity itself: label, QID, links, facts.
    """
    node = entity_iri(entity)
    if entity.kind == "Country":
        yield from country_triples(entity.key, gazetteer)
        if entity.key in gazetteer.countries:
            return
    yield node, RDF.type, DG[entity.kind]
    if entity.category:
        yield node, RDF.type, DG[entity.category]
    yield node, RDFS.label, Literal(entity.name, lang="en")
    if entity.wikidata:
        yield node, DG.wikidata, WD[entity.wikidata]
    for prop, target in entity.links:
        yield node, DG[prop], entity_iri(target)
    for prop, value in entity.facts:
        yield node, DG[prop], _literal(value)


def document_triples(document: Document) -> Iterator[Triple]:
    """Triples describing an article or a dataset record (and its dataset)."""
    node = document_iri(document)
    yield node, RDFS.label, Literal(document.title, lang="en")
    if document.file:
        yield node, DG.sourceFile, Literal(document.file)
    if isinstance(document, Article):
        yield from _article_triples(node, document)
    else:
        yield from _record_triples(node, document)


def _article_triples(node: URIRef, article: Article) -> Iterator[Triple]:
    yield node, RDF.type, DG.NewsArticle
    yield node, DCTERMS.title, Literal(article.title)
    yield node, DCTERMS.identifier, Literal(article.id)
    yield node, DG.sha256, Literal(article.sha256)
    yield node, DG.characterCount, Literal(len(article.text))
    yield node, DG.content, Literal(article.text)
    if article.published:
        yield node, DCTERMS.date, _date(article.published)
    if article.publisher:
        yield node, DCTERMS.publisher, Literal(article.publisher)
    if article.url:
        yield node, DCTERMS.source, URIRef(article.url)


def _record_triples(node: URIRef, record: DatasetRecord) -> Iterator[Triple]:
    dataset = DGR[f"dataset/{record.dataset.key}"]
    yield node, RDF.type, DG.DatasetRecord
    yield node, DG.recordId, Literal(record.record_id)
    yield node, DCTERMS.isPartOf, dataset
    if record.row is not None:
        yield node, DG.rowNumber, Literal(record.row)
    yield dataset, RDF.type, DG.Dataset
    yield dataset, RDFS.label, Literal(record.dataset.title, lang="en")
    if record.dataset.version:
        yield dataset, OWL.versionInfo, Literal(record.dataset.version)
    if record.dataset.citation:
        yield dataset, DCTERMS.bibliographicCitation, Literal(record.dataset.citation)
    if record.dataset.url:
        yield dataset, DCTERMS.source, URIRef(record.dataset.url)


def evidence_triples(tie_node: URIRef, document: Document, evidence: Evidence) -> Iterator[Triple]:
    """The qualified derivation of a tie from its document."""
    doc_node = document_iri(document)
    node = digest_iri(
        "evidence", tie_node, doc_node, evidence.start, evidence.end, evidence.producer,
        evidence.quote if evidence.start is None else "",
    )
    agent = _agent_iri(evidence.producer)
    yield tie_node, PROV.qualifiedDerivation, node
    yield node, RDF.type, DG.Evidence
    yield node, RDF.type, PROV.Derivation
    yield node, PROV.entity, doc_node
    yield node, DG.confidence, _decimal(evidence.confidence)
    yield node, DG.producedBy, agent
    yield agent, RDF.type, PROV.Agent
    yield agent, RDFS.label, Literal(evidence.producer)
    if evidence.quote:
        yield node, DG.quote, Literal(evidence.quote)
    if evidence.start is not None and evidence.end is not None:
        yield node, DG.startOffset, Literal(evidence.start)
        yield node, DG.endOffset, Literal(evidence.end)


def tie_triples(tie: Tie) -> Iterator[Triple]:
    """Triples of one tie node: type, parties and roles, qualifiers, provenance."""
    node = tie_iri(tie)
    roles = tie_roles()[tie.type]
    yield node, RDF.type, DG.Tie
    yield node, DG.tieType, DGT[tie.type]
    label = f"{tie.source.name} – {tie.target.name}: {tie.type}"
    yield node, RDFS.label, Literal(label, lang="en")
    for entity in tie.parties:
        yield node, DG.participant, entity_iri(entity)
    if roles is not None:
        yield node, roles[0], entity_iri(tie.source)
        yield node, roles[1], entity_iri(tie.target)
    for weapon in tie.weapons:
        yield node, DG.weaponSystem, entity_iri(weapon)
    for place in tie.places:
        yield node, DG.location, entity_iri(place)
    yield from _temporal_triples(node, tie)
    yield node, DG.confidence, _decimal(tie.confidence)
    yield node, PROV.wasDerivedFrom, document_iri(tie.document)
    for evidence in tie.evidence:
        yield from evidence_triples(node, tie.document, evidence)
    for prop, value in tie.facts:
        yield node, DG[prop], _literal(value)


def _temporal_triples(node: URIRef, tie: Tie) -> Iterator[Triple]:
    if tie.year is not None:
        yield node, DG.year, Literal(tie.year)
    for value, date_prop, year_prop in ((tie.start, DG.startDate, DG.startYear),
                                        (tie.end, DG.endDate, DG.endYear)):
        if value:
            yield node, date_prop, _date(value)
            yield node, year_prop, Literal(int(value[:4]))


# ---------------------------------------------------------------- assembling


def _merge_ties(ties: Iterable[Tie]) -> list[Tie]:
    """One tie per IRI: evidence, weapons, places and facts of duplicates are pooled."""
    groups: dict[URIRef, list[Tie]] = defaultdict(list)
    for tie in ties:
        groups[tie_iri(tie)].append(tie)
    merged = []
    for group in groups.values():
        first = group[0]

        def pooled(attribute: str, group: list[Tie] = group) -> tuple:
            return tuple(dict.fromkeys(item for tie in group for item in getattr(tie, attribute)))

        merged.append(replace(first, evidence=pooled("evidence"), others=pooled("others"),
                              weapons=pooled("weapons"), places=pooled("places"),
                              facts=pooled("facts")))
    return merged


def generate_graph(
    findings: Iterable[Findings],
    *,
    gazetteer: Gazetteer | None = None,
    include_ontology: bool = True,
    shortcuts: bool = True,
    progress: bool = False,
) -> Graph:
    """Build the RDF graph of ``findings`` (pure: no files are touched).

    Parameters
    ----------
    findings : iterable of Findings
        What extraction, curated tables and importers produced.
    gazetteer : Gazetteer, optional
        Country identities; the bundled one by default.
    include_ontology : bool
        Include the ontology and tie-type scheme, so the graph answers queries
        about tie types on its own (the named queries rely on it).
    shortcuts : bool
        Add the shortcut edges of ``ontology/shortcuts.rq``.
    progress : bool
        Show a progress bar on stderr: the ties built, then the last steps.

    Returns
    -------
    rdflib.Graph
    """
    gazetteer = gazetteer or default_gazetteer()
    # Triples are gathered in a set and added to the graph once: the same
    # country or weapon recurs in thousands of dataset records, and rdflib's
    # store pays for every add, duplicates included.
    triples: set[Triple] = set(_ontology_triples()) if include_ontology else set()
    described: set[Entity] = set()
    documents: set[Document] = set()
    ties: list[Tie] = []
    for batch in findings:
        if batch.document is not None:
            documents.add(batch.document)
            triples.update(document_triples(batch.document))
            doc_node = document_iri(batch.document)
            triples.update((doc_node, DG.mentions, entity_iri(entity))
                           for entity in batch.entities)
        for entity in batch.all_entities():
            if entity not in described:
                described.add(entity)
                triples.update(entity_triples(entity, gazetteer))
        ties.extend(batch.ties)
    merged = _merge_ties(ties)
    with tqdm(total=len(merged), unit="tie", desc="building", file=sys.stderr,
              disable=not progress) as bar:
        for tie in merged:
            triples.update(tie_triples(tie))
            if tie.document not in documents:
                triples.update(document_triples(tie.document))
            bar.update()
        triples.update(_successor_identities(described, gazetteer))
        if shortcuts:
            bar.set_postfix_str("deriving shortcut edges")
            triples.update(_apply_rule(triples, _shortcut_rule()))
        bar.set_postfix_str(f"storing {len(triples):,} triples")
        graph = bind_prefixes(Graph())
        graph += triples
    return graph


def _successor_identities(described: set[Entity], gazetteer: Gazetteer) -> Iterator[Triple]:
    """Identities of the successors of historic states that are not described yet."""
    countries = {entity.key for entity in described if entity.kind == "Country"}
    successors = {successor for iso3 in countries if iso3 in gazetteer.countries
                  for successor in gazetteer.countries[iso3].successors}
    for iso3 in sorted(successors - countries):
        yield from country_triples(iso3, gazetteer)


@functools.cache
def _shortcut_rule() -> str:
    return ontology_file("shortcuts.rq").read_text(encoding="utf-8")


def _apply_rule(triples: Iterable[Triple], rule: str) -> list[Triple]:
    """The triples a SPARQL CONSTRUCT ``rule`` derives from ``triples``.

    Evaluated by Oxigraph: rdflib's own SPARQL engine takes tens of seconds on
    the tens of thousands of ties reference datasets bring (MME exercises have
    up to 39 participants, so hundreds of participant pairs each).
    """
    convert = _OxigraphTerms()
    store = pyoxigraph.Store()
    store.bulk_extend(pyoxigraph.Quad(convert(subject), convert(predicate), convert(obj))
                      for subject, predicate, obj in triples)
    return [(to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))
            for triple in store.query(rule)]


class _OxigraphTerms:
    """Converts rdflib terms to Oxigraph terms, reusing the IRIs it has made."""

    def __init__(self) -> None:
        self._iris: dict[str, pyoxigraph.NamedNode] = {}

    def iri(self, value: str) -> pyoxigraph.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = pyoxigraph.NamedNode(value)
        return node

    def __call__(self, term: Node) -> object:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            if term.language:
                return pyoxigraph.Literal(term, language=term.language)
            if term.datatype:
                return pyoxigraph.Literal(term, datatype=self.iri(term.datatype))
            return pyoxigraph.Literal(term)
        if isinstance(term, BNode):
            return pyoxigraph.BlankNode(term)
        raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def derive_shortcuts(graph: Graph) -> Graph:
    """Shortcut edges of ``graph``'s ties, by the rule in ``ontology/shortcuts.rq``."""
    result = Graph()
    for triple in _apply_rule(graph, _shortcut_rule()):
        result.add(triple)
    return result


# ---------------------------------------------------------------- summary


@dataclass(frozen=True)
class Summary:
    """Counts of a built graph: entities by kind, ties by type, triples."""

    triples: int
    entities: Counter
    ties: Counter
    documents: Counter

    def __str__(self) -> str:
        lines = [f"{self.triples} triples"]
        for title, counter in (("entities", self.entities), ("ties", self.ties),
                               ("sources", self.documents)):
            total = sum(counter.values())
            parts = ", ".join(f"{name} {count}" for name, count in sorted(counter.items()))
            lines.append(f"{title}: {total}" + (f" ({parts})" if parts else ""))
        return "\n".join(lines)


def summarize(graph: Graph) -> Summary:
    """Count entities by kind, ties by type and source documents of ``graph``."""
    entities = Counter()
    for kind in _ENTITY_FOLDERS:
        entities[kind] = len(set(graph.subjects(RDF.type, DG[kind])))
    ties = Counter()
    for tie in graph.subjects(RDF.type, DG.Tie):
        ties[str(graph.value(tie, DG.tieType)).rsplit("/", 1)[-1]] += 1
    documents = Counter({
        "articles": len(set(graph.subjects(RDF.type, DG.NewsArticle))),
        "dataset records": len(set(graph.subjects(RDF.type, DG.DatasetRecord))),
    })
    return Summary(len(graph), +entities, ties, +documents)


# ---------------------------------------------------------------- writing


def write_graph(graph: Graph, out_dir: Path | str,
                formats: Iterable[str] = tuple(OUTPUT_FORMATS), *,
                progress: bool = False) -> list[Path]:
    """Write ``graph`` as ``out_dir/graph.{ttl,nt,jsonld}``, all or nothing.

    Every file is first written beside its target under a temporary name;
    only when all are complete do they replace the previous outputs, so a
    failure leaves the previous build untouched. N-Triples are sorted, so the
    same graph always gives the same files; Oxigraph's serializers write them,
    as rdflib's Turtle and JSON-LD writers take minutes on large graphs. With
    ``progress``, a bar on stderr counts the steps (sorting, then each file).
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create output folder {out_dir}: {error.strerror}") from None
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        raise ValueError("the graph holds blank nodes; every node should have a stable IRI")
    formats = tuple(formats)
    with tqdm(total=len(formats) + 1, unit="step", desc="writing", file=sys.stderr,
              disable=not progress) as bar:
        bar.set_postfix_str("sorting triples")
        ntriples = b"".join(sorted(graph.serialize(format="nt", encoding="utf-8")
                                   .splitlines(keepends=True)))
        prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces()
                    if prefix in _WRITTEN_PREFIXES}
        triples = _oxigraph_triples(ntriples) if set(formats) - {"nt"} else None
        bar.update()
        pending: list[tuple[Path, Path]] = []
        try:
            for extension in formats:
                target = out_dir / f"graph.{extension}"
                temporary = out_dir / f".graph.{extension}.{os.getpid()}.tmp"
                bar.set_postfix_str(target.name)
                _serialize(graph, ntriples, triples, temporary, extension, prefixes)
                pending.append((temporary, target))
                bar.update()
        except BaseException:
            for temporary, _ in pending:
                temporary.unlink(missing_ok=True)
            for extension in formats:
                (out_dir / f".graph.{extension}.{os.getpid()}.tmp").unlink(missing_ok=True)
            raise
    for temporary, target in pending:
        os.replace(temporary, target)
    return [target for _, target in pending]


#: Prefixes declared in written Turtle: the project's and the W3C vocabularies it uses.
_WRITTEN_PREFIXES = frozenset({*PREFIXES, "rdf"})

_OXIGRAPH_FORMATS = {
    "ttl": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}


def _serialize(graph: Graph, ntriples: bytes, triples: tuple | None, path: Path,
               extension: str, prefixes: dict[str, str]) -> None:
    """Write ``graph`` to ``path`` in the format of ``extension``.

    ``ntriples`` is the graph as N-Triples, ``triples`` the same parsed by
    Oxigraph (None if Oxigraph refused it).
    """
    if extension == "nt":
        path.write_bytes(ntriples)
    elif triples is None:
        # Oxigraph refuses some IRIs rdflib lets through (a space in an article
        # URL, say); rdflib's slower writer still serializes those.
        graph.serialize(path, format=OUTPUT_FORMATS[extension], encoding="utf-8")
    else:
        pyoxigraph.serialize(triples, str(path), _OXIGRAPH_FORMATS[extension],
                             prefixes=prefixes)


def _oxigraph_triples(ntriples: bytes) -> tuple | None:
    """The triples of an N-Triples document as Oxigraph parses them (None if it refuses)."""
    try:
        return tuple(pyoxigraph.parse(ntriples, pyoxigraph.RdfFormat.N_TRIPLES))
    except SyntaxError:
        return None

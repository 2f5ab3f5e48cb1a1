"""Corroboration: which reference-dataset records support each tie a news article claims.

A claim from an article is weak evidence; researchers check it against the
datasets they trust. A dataset record *supports* a claim when its tie

* has the same tie type (or a ``skos:related`` type of the same direction,
  e.g. a SIPRI deal for a MilitaryAid claim),
* links the same actors in the same roles (for an undirected type, both actors
  take part), where a historic state counts for its successor only as a
  *predecessor*: a Soviet Union record supports a claim about Russia with
  support ``"predecessor"`` and says so in ``via``,
* and has years that overlap the claim's. A claim's years run from its start
  (or year) to its end (or year; open when it has a start but no end). A claim
  without years ends at its article's publication year when that is known and
  is unbounded otherwise. A record's years are read the same way.

Every claim gets one row per supporting record, or one row with support
``"unconfirmed"``. The named query ``corroboration`` (``graph/queries/
corroboration.rq``) states the same in SPARQL; the tests check that both give the
same rows in the same order.
This module reads the graph with plain triple look-ups, so it is fast on graphs
with tens of thousands of dataset ties.

Examples
--------
>>> from graph.build import generate_graph
>>> from graph.sources import default_findings
>>> from graph.corroborate import corroborate
>>> result = corroborate(generate_graph(default_findings()))
>>> result.columns[:6]
('source', 'target', 'type', 'evidence', 'origin', 'support')
>>> sorted({row["support"] for row in result.rows})  # the seed graph has no dataset records
['unconfirmed']
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from graph.namespaces import DCTERMS, DG, DGT, PROV, RDF, RDFS, SKOS
from graph.query import QueryResult, Row, to_python

__all__ = ["COLUMNS", "corroborate", "corroboration_summary"]

#: Columns of a corroboration table, in order.
COLUMNS: tuple[str, ...] = ("source", "target", "type", "evidence", "origin", "support",
                            "dataset", "record", "years", "weapon", "detail", "via")

#: Year bounds standing for "no bound" (the SPARQL query uses the same numbers).
_EARLIEST, _LATEST = -99999, 99999


@dataclass(frozen=True)
class _TieType:
    concept: URIRef
    notation: str
    directed: bool
    source_role: URIRef | None
    target_role: URIRef | None


@dataclass(frozen=True)
class _Claim:
    tie: URIRef
    type: _TieType
    source: URIRef
    target: URIRef
    first: int
    last: int


class _GraphView:
    """Look-ups on a built graph, each a handful of triple patterns."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.types = self._tie_types()
        self.predecessors: dict[Node, set[Node]] = defaultdict(set)
        for historic, successor in graph.subject_objects(DG.successor):
            self.predecessors[successor].add(historic)

    def _tie_types(self) -> dict[Node, _TieType]:
        graph, types = self.graph, {}
        for concept in graph.subjects(SKOS.inScheme, DGT.scheme):
            directed = graph.value(concept, DG.directed)
            types[concept] = _TieType(
                concept, str(graph.value(concept, SKOS.notation)),
                bool(directed is not None and directed.toPython()),
                graph.value(concept, DG.sourceRole), graph.value(concept, DG.targetRole))
        return types

    def label(self, node: Node) -> str | None:
        value = self.graph.value(node, RDFS.label)
        return str(value) if value is not None else None

    def integer(self, node: Node, prop: URIRef) -> int | None:
        value = self.graph.value(node, prop)
        return int(value.toPython()) if value is not None else None

    def years(self, tie: Node) -> tuple[int | None, int | None]:
        """(first, last) year of a tie; last None when it has a start but no end."""
        year = self.integer(tie, DG.year)
        start, end = self.integer(tie, DG.startYear), self.integer(tie, DG.endYear)
        first = start if start is not None else year
        if end is not None:
            return first, end
        return first, (None if start is not None else year)

    def related(self, tie_type: _TieType) -> set[Node]:
        """Types whose records may support a claim of ``tie_type``."""
        graph, concept = self.graph, tie_type.concept
        related = {concept, *graph.objects(concept, SKOS.related),
                   *graph.subjects(SKOS.related, concept)}
        return {other for other in related
                if other in self.types and self.types[other].directed == tie_type.directed}

    def pairs(self, tie: Node, tie_type: _TieType) -> Iterator[tuple[Node, Node]]:
        """(source, target) of a directed tie; ordered pairs of participants otherwise."""
        if tie_type.directed:
            for source in self.graph.objects(tie, tie_type.source_role):
                for target in self.graph.objects(tie, tie_type.target_role):
                    yield source, target
        else:
            parties = set(self.graph.objects(tie, DG.participant))
            yield from itertools.permutations(parties, 2)

    def evidence(self, tie: Node) -> str | None:
        """The tie's earliest quote (lowest start offset), as the ``ties`` query gives it."""
        keys = []
        for derivation in self.graph.objects(tie, PROV.qualifiedDerivation):
            for quote in self.graph.objects(derivation, DG.quote):
                start = self.integer(derivation, DG.startOffset) or 0
                keys.append(f"{1000000000 + start}|{quote}")
        return min(keys).split("|", 1)[1] if keys else None


def _documents(graph: Graph, kind: URIRef) -> set[Node]:
    return set(graph.subjects(RDF.type, kind))


def _claims(view: _GraphView) -> Iterator[tuple[_Claim, Row]]:
    graph = view.graph
    articles = _documents(graph, DG.NewsArticle)
    for tie in set(graph.subjects(RDF.type, DG.Tie)):
        article = next((doc for doc in graph.objects(tie, PROV.wasDerivedFrom)
                        if doc in articles), None)
        tie_type = view.types.get(graph.value(tie, DG.tieType))
        if article is None or tie_type is None:
            continue
        first, last = view.years(tie)
        if first is None and last is None:
            published = graph.value(article, DCTERMS.date)
            last = int(str(published)[:4]) if published is not None else None
        base = {"type": tie_type.notation, "evidence": view.evidence(tie),
                "origin": view.label(article)}
        for source, target in view.pairs(tie, tie_type):
            labels = view.label(source), view.label(target)
            if None in labels or (not tie_type.directed and labels[0] >= labels[1]):
                continue
            claim = _Claim(tie, tie_type, source, target,
                           _EARLIEST if first is None else first,
                           _LATEST if last is None else last)
            yield claim, {"source": labels[0], "target": labels[1], **base}


class _Records:
    """Dataset ties indexed by type and actor pair."""

    def __init__(self, view: _GraphView) -> None:
        self.view = view
        graph = view.graph
        records = _documents(graph, DG.DatasetRecord)
        self.by_pair: dict[tuple[Node, Node, Node], list[tuple[Node, Node]]] = defaultdict(list)
        for tie in graph.subjects(RDF.type, DG.Tie):
            record = next((doc for doc in graph.objects(tie, PROV.wasDerivedFrom)
                           if doc in records), None)
            tie_type = view.types.get(graph.value(tie, DG.tieType))
            if record is None or tie_type is None:
                continue
            for source, target in view.pairs(tie, tie_type):
                self.by_pair[(tie_type.concept, source, target)].append((tie, record))

    def supporting(self, claim: _Claim) -> Iterator[Row]:
        view = self.view
        for concept in sorted(view.related(claim.type)):
            for source in (claim.source, *sorted(view.predecessors[claim.source])):
                for target in (claim.target, *sorted(view.predecessors[claim.target])):
                    if source == target:
                        continue
                    for tie, record in self.by_pair.get((concept, source, target), []):
                        first, last = view.years(tie)
                        low = _EARLIEST if first is None else first
                        high = _LATEST if last is None else last
                        if low <= claim.last and high >= claim.first:
                            yield self._row(claim, tie, record, source, target, first, last)

    def _row(self, claim: _Claim, tie: Node, record: Node, source: Node, target: Node,
             first: int | None, last: int | None) -> Row:
        view, graph = self.view, self.view.graph
        via = [f"{view.label(actor)} (predecessor of {view.label(claimed)})"
               for actor, claimed in ((source, claim.source), (target, claim.target))
               if actor != claimed]
        weapons = [view.label(weapon) for weapon in graph.objects(tie, DG.weaponSystem)]
        categories = [str(category) for weapon in graph.objects(tie, DG.weaponSystem)
                      for category in graph.objects(weapon, DG.weaponCategory)]
        detail = (graph.value(tie, DG.exerciseName) or graph.value(tie, DG.courseTitle)
                  or (min(categories) if categories else None))
        return {
            "support": "predecessor" if via else "direct",
            "dataset": view.label(graph.value(record, DCTERMS.isPartOf)),
            "record": to_python(graph.value(record, DG.recordId)),
            "years": _years_text(first, last),
            "weapon": min((label for label in weapons if label), default=None),
            "detail": to_python(detail) if detail is not None else None,
            "via": "; ".join(via) or None,
        }


def _years_text(first: int | None, last: int | None) -> str | None:
    if first is None:
        return None if last is None else f"–{last}"
    if last is None:
        return f"{first}–"
    return str(first) if first == last else f"{first}–{last}"


def _sort_key(row: Row) -> tuple:
    return tuple("" if row[column] is None else str(row[column]) for column in COLUMNS)


def corroborate(graph: Graph) -> QueryResult:
    """Every news-article tie of ``graph`` with the dataset records that support it.

    Parameters
    ----------
    graph : rdflib.Graph
        A built graph holding articles and reference datasets.

    Returns
    -------
    QueryResult
        Rows with the columns of :data:`COLUMNS`: the claim (``source``,
        ``target``, ``type``, ``evidence``, ``origin``), ``support``
        (``"direct"``, ``"predecessor"`` or ``"unconfirmed"``) and the
        supporting record (``dataset``, ``record`` id, ``years``, ``weapon``,
        ``detail``: exercise name, course or weapon description; ``via``: the
        predecessor state counted).
    """
    view = _GraphView(graph)
    records = _Records(view)
    rows = []
    for claim, base in _claims(view):
        support = list(records.supporting(claim))
        if not support:
            support = [dict.fromkeys(COLUMNS[6:]) | {"support": "unconfirmed"}]
        rows.extend({**base, **row} for row in support)
    rows = [{column: row.get(column) for column in COLUMNS} for row in rows]
    return QueryResult.from_rows(COLUMNS, sorted(rows, key=_sort_key))


def corroboration_summary(result: QueryResult) -> QueryResult:
    """One row per claim: how many records support it directly and as predecessors."""
    counts: dict[tuple, dict[str, int]] = {}
    for row in result.rows:
        key = tuple(row[column] for column in COLUMNS[:5])
        tally = counts.setdefault(key, {"direct": 0, "predecessor": 0})
        if row["support"] in tally:
            tally[row["support"]] += 1
    columns = (*COLUMNS[:5], "direct", "predecessor", "status")
    rows = tuple(
        {**dict(zip(COLUMNS[:5], key, strict=True)), **tally,
         "status": "corroborated" if tally["direct"] else
                   "predecessor only" if tally["predecessor"] else "unconfirmed"}
        for key, tally in counts.items())
    return QueryResult.from_rows(columns, rows)

"""The ontology, the tie-type scheme and the SHACL shapes."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from graph.build import ontology_graph, tie_roles
from graph.model import TIE_TYPES
from graph.namespaces import DG, DGR, DGT, OWL, PROV, RDF, RDFS, SKOS
from graph.resources import ontology_file
from graph.validate import validate_graph


def test_every_term_has_label_and_definition() -> None:
    graph = ontology_graph()
    terms = set(graph.subjects(RDF.type, OWL.Class))
    terms |= set(graph.subjects(RDF.type, OWL.ObjectProperty))
    terms |= set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    terms |= set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(terms) > 60
    for term in terms:
        assert graph.value(term, RDFS.label) is not None, term
        assert graph.value(term, SKOS.definition) is not None, term


def test_scheme_has_every_tie_type_with_direction() -> None:
    graph = ontology_graph()
    notations = {str(graph.value(concept, SKOS.notation))
                 for concept in graph.subjects(SKOS.inScheme, DGT.scheme)}
    assert notations == set(TIE_TYPES)
    for name in TIE_TYPES:
        concept = DGT[name]
        assert list(graph.objects(concept, SKOS.altLabel)), name
        assert graph.value(concept, SKOS.scopeNote) is not None, name
        directed = graph.value(concept, DG.directed).toPython()
        assert directed == (tie_roles()[name] is not None), name
        assert graph.value(concept, DG.shortcutProperty) is not None, name


def test_role_properties_are_participant_subproperties() -> None:
    graph = ontology_graph()
    for roles in filter(None, tie_roles().values()):
        for role in roles:
            assert (role, RDFS.subPropertyOf, DG.participant) in graph


def test_shapes_parse() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    assert len(shapes) > 50


def test_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert report.conforms, str(report)


def _a_tie(graph: Graph, type_name: str = "ArmsTransfer") -> URIRef:
    return next(tie for tie in graph.subjects(DG.tieType, DGT[type_name]))


def _an_evidence(graph: Graph) -> URIRef:
    return next(graph.subjects(RDF.type, DG.Evidence))


def _drop_all_but_one_participant(graph: Graph) -> None:
    tie = _a_tie(graph)
    participants = list(graph.objects(tie, DG.participant))
    for participant in participants[1:]:
        graph.remove((tie, DG.participant, participant))


def _add_second_type(graph: Graph) -> None:
    graph.add((_a_tie(graph), DG.tieType, DGT.Training))


def _drop_source(graph: Graph) -> None:
    graph.remove((_a_tie(graph), PROV.wasDerivedFrom, None))


def _offset_past_end(graph: Graph) -> None:
    evidence = _an_evidence(graph)
    graph.set((evidence, DG.endOffset, Literal(10**6)))


def _quote_mismatch(graph: Graph) -> None:
    graph.set((_an_evidence(graph), DG.quote, Literal("words the article never says")))


def _drop_role(graph: Graph) -> None:
    graph.remove((_a_tie(graph), DG.supplier, None))


def _country_without_iso(graph: Graph) -> None:
    graph.remove((DGR["country/RUS"], DG.iso3166Alpha3, None))


def _type_outside_scheme(graph: Graph) -> None:
    tie = _a_tie(graph)
    graph.set((tie, DG.tieType, URIRef("https://example.org/Friendship")))


#: Ways to break the seed graph, each with words of the message it must bring.
BREAKAGES = [
    (_drop_all_but_one_participant, "at least two participants"),
    (_add_second_type, "exactly one type"),
    (_drop_source, "derives from at least one source"),
    (_offset_past_end, "inside the article"),
    (_quote_mismatch, "exactly the article's text"),
    (_drop_role, "lacks the value"),
    (_country_without_iso, "ISO 3166 alpha-3"),
    (_type_outside_scheme, "exactly one type"),
]


@pytest.mark.parametrize(("breakage", "expected"), BREAKAGES)
def test_broken_graphs_do_not_conform(seed_graph: Graph, breakage, expected: str) -> None:
    breakage(seed_graph)
    report = validate_graph(seed_graph)
    assert not report.conforms
    assert any(expected in violation.message for violation in report.violations), str(report)

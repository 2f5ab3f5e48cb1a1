"""SHACL validation: plain pyshacl's report, in batches, each SPARQL constraint run once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

import graph.validate
from graph.build import generate_graph, write_graph
from graph.cli import cli
from graph.errors import InputError
from graph.namespaces import DCTERMS, DG, DGR, PROV, RDF
from graph.resources import ontology_file
from graph.sources import default_findings, findings_from_sources
from graph.store import new_graph, read_rdf
from graph.validate import plain_pyshacl_report, validate_file, validate_graph
from tests.conftest import SHARED
from tests.importer_support import FIXTURES
from tests.test_ontology import BREAKAGES, _a_tie, _an_evidence


def _second_supplier(rdf: Graph) -> None:
    tie = _a_tie(rdf)
    rdf.add((tie, DG.supplier, DGR["country/KEN"]))
    rdf.add((tie, DG.participant, DGR["country/KEN"]))


def _supplier_not_participant(rdf: Graph) -> None:
    tie = _a_tie(rdf)
    rdf.remove((tie, DG.participant, rdf.value(tie, DG.supplier)))


def _quote_dropped(rdf: Graph) -> None:
    rdf.remove((_an_evidence(rdf), DG.quote, None))


def _offsets_dropped(rdf: Graph) -> None:
    evidence = _an_evidence(rdf)
    rdf.remove((evidence, DG.startOffset, None))
    rdf.remove((evidence, DG.endOffset, None))


def _everything_broken(rdf: Graph) -> None:
    for breakage, _ in BREAKAGES:
        breakage(rdf)
    for breakage, _ in MORE_BREAKAGES:
        breakage(rdf)


#: Breakages for the SPARQL-based constraints test_ontology's list leaves out.
MORE_BREAKAGES = [
    (_second_supplier, "at most one actor in each"),
    (_supplier_not_participant, "must also be stated as a dg:participant"),
    (_quote_dropped, "needs evidence from that article"),
    (_offsets_dropped, "needs a quote, a start offset and an end offset"),
]


def test_seed_report_is_plain_pyshacls(seed_graph: Graph) -> None:
    report = validate_graph(seed_graph)
    assert report == plain_pyshacl_report(seed_graph)
    assert report.conforms


@pytest.mark.parametrize(("breakage", "expected"),
                         [*BREAKAGES, *MORE_BREAKAGES, (_everything_broken, "exactly one type")])
def test_broken_graph_reports_are_plain_pyshacls(seed_graph: Graph, breakage: Callable,
                                                 expected: str) -> None:
    breakage(seed_graph)
    report = validate_graph(seed_graph)
    assert report == plain_pyshacl_report(seed_graph)
    assert not report.conforms
    assert any(expected in violation.message for violation in report.violations), str(report)


def test_small_batches_give_the_same_report(seed_graph: Graph,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _everything_broken(seed_graph)
    whole = validate_graph(seed_graph)
    monkeypatch.setattr(graph.validate, "BATCH_SIZE", 3)
    assert validate_graph(seed_graph) == whole
    assert len(whole.violations) > len(BREAKAGES)


def test_each_sparql_constraint_runs_once(seed_graph: Graph,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _everything_broken(seed_graph)
    runs: list[str] = []
    run_once = graph.validate._OncePerConstraint._run_once

    def counted(self: graph.validate._OncePerConstraint, sparql: str) -> object:
        runs.append(sparql)
        answers = run_once(self, sparql)
        assert answers is not None, "a constraint fell back to rdflib"
        return answers

    monkeypatch.setattr(graph.validate._OncePerConstraint, "_run_once", counted)
    monkeypatch.setattr(graph.validate, "BATCH_SIZE", 3)  # many pyshacl runs, still one each
    validate_graph(seed_graph)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    assert len(runs) == len(set(runs)) == len(list(shapes.objects(None, SH.sparql)))


def test_any_store_and_the_data_is_left_alone(seed_graph: Graph) -> None:
    _quote_dropped(seed_graph)
    on_oxigraph = new_graph("oxigraph")
    on_oxigraph += seed_graph
    size = len(seed_graph)
    assert validate_graph(on_oxigraph) == validate_graph(seed_graph)
    assert len(seed_graph) == size and len(on_oxigraph) == size


def test_a_graph_without_the_ontology_gets_what_pyshacl_mixes_in() -> None:
    # pyshacl mixes in the ontology's classes and properties, not the tie-type
    # concepts, so a graph built without the ontology lacks their notations.
    bare = generate_graph(default_findings(), include_ontology=False)
    report = validate_graph(bare)
    assert report == plain_pyshacl_report(bare)
    assert {violation.path for violation in report.violations} >= {"skos:notation"}
    # ... but the class hierarchy is known: countries are actors, articles documents
    assert not any("class dg:" in violation.message for violation in report.violations)


def test_progress_bar_only_when_asked(seed_graph: Graph, capsys: pytest.CaptureFixture) -> None:
    quiet = validate_graph(seed_graph, progress=False)
    assert capsys.readouterr().err == ""
    assert validate_graph(seed_graph, progress=True) == quiet
    err = capsys.readouterr().err
    assert "validating" in err and "100%" in err


def test_cli_progress_changes_only_stderr(tmp_path: Path) -> None:
    runner = CliRunner()
    graph_file = tmp_path / "graph.nt"
    generate_graph(default_findings()).serialize(graph_file, format="nt", encoding="utf-8")
    text = graph_file.read_text(encoding="utf-8")
    graph_file.write_text("\n".join(line for line in text.splitlines()
                                    if "ontology#iso3166Alpha3" not in line), encoding="utf-8")
    quiet = runner.invoke(cli, ["validate", str(graph_file), "--no-progress"])
    shown = runner.invoke(cli, ["validate", str(graph_file), "--progress"])
    assert quiet.exit_code == shown.exit_code == 1
    assert quiet.stdout == shown.stdout and "ISO 3166 alpha-3" in shown.stdout
    assert quiet.stderr == "" and "validating" in shown.stderr


def test_dataset_records_and_evidence_without_offsets_conform() -> None:
    # Records quote their line without offsets: only news evidence needs them.
    rdf = generate_graph([*default_findings(), *findings_from_sources(
        [f"sipri:{FIXTURES / 'sipri-legacy.csv'}", f"mme:{FIXTURES / 'mme-exercises.csv'}"])])
    report = validate_graph(rdf)
    assert report == plain_pyshacl_report(rdf)
    assert report.conforms
    evidence = min(evidence for evidence, document in rdf.subject_objects(PROV.entity)
                   if (document, RDF.type, DG.DatasetRecord) in rdf)
    rdf.set((evidence, DG.confidence, Literal(2.5)))
    broken = validate_graph(rdf)
    assert broken == plain_pyshacl_report(rdf) and not broken.conforms


def test_shared_slice_conforms_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = SHARED / "data"
    if not folder.is_dir():
        pytest.skip(f"shared reference data not found at {folder} (set DEFENCE_GRAPH_SHARED)")
    rdf = generate_graph([*default_findings(), *findings_from_sources(
        [f"sipri:{folder / 'sipri' / 'trade-register-new-ukraine.csv'}"])])
    monkeypatch.setattr(graph.validate, "BATCH_SIZE", 100)
    assert validate_graph(rdf).conforms
    tie = next(rdf.subjects(DG.recipient, DGR["country/UKR"]))
    rdf.remove((tie, DG.participant, DGR["country/UKR"]))
    report = validate_graph(rdf)
    assert {violation.focus for violation in report.violations} == {
        rdf.namespace_manager.normalizeUri(URIRef(tie))}
    assert {violation.message for violation in report.violations} >= {
        "A role value of a tie must also be stated as a dg:participant."}


def test_a_file_oxigraph_refuses_is_read_by_rdflib(seed_graph: Graph, tmp_path: Path) -> None:
    # write_graph falls back to rdflib's writers for IRIs Oxigraph refuses.
    article = next(seed_graph.subjects(RDF.type, DG.NewsArticle))
    seed_graph.add((article, DCTERMS.source, URIRef("http://example.org/article%zz")))
    write_graph(seed_graph, tmp_path, formats=("ttl",))
    with pytest.raises(InputError):
        read_rdf(tmp_path / "graph.ttl", store="oxigraph")
    assert validate_file(tmp_path / "graph.ttl") == validate_graph(seed_graph)
    assert validate_file(tmp_path / "graph.ttl").conforms
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle"):
        validate_file(bad)

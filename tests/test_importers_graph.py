"""Imported records in the graph: shapes, vocabulary, the crosswalk table, the build command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from graph.build import generate_graph, ontology_graph, write_graph
from graph.cli import cli
from graph.importers.crosswalk import Crosswalk, crosswalk_path, default_crosswalk
from graph.namespaces import DG, RDF, RDFS, SKOS
from graph.sources import IMPORTERS, findings_from_sources
from graph.store import read_rdf
from graph.validate import validate_graph
from tests.conftest import SHARED
from tests.importer_support import FIXTURES, raw_legacy_sipri, raw_rows

SOURCES = [f"sipri:{FIXTURES / 'sipri-legacy.csv'}", f"sipri:{FIXTURES / 'sipri-new.csv'}",
           f"atop:{FIXTURES / 'atop-members.csv'}", f"mme:{FIXTURES / 'mme-exercises.csv'}",
           f"sfm:{FIXTURES / 'sfm-training.tsv'}"]


@pytest.fixture(scope="module")
def imported() -> Graph:
    return generate_graph(findings_from_sources(SOURCES))


def test_importers_are_registered() -> None:
    assert set(IMPORTERS) >= {"sipri", "atop", "mme", "sfm"}


def test_imported_graph_conforms_to_the_shapes(imported: Graph) -> None:
    report = validate_graph(imported)
    assert report.conforms, str(report)


def test_every_property_used_is_defined_with_label_and_definition(imported: Graph) -> None:
    vocabulary = ontology_graph()
    used = {predicate for predicate in imported.predicates() if str(predicate).startswith(DG)}
    for term in used:
        assert (term, RDF.type, None) in vocabulary, term
        assert vocabulary.value(term, RDFS.label) is not None, term
        assert vocabulary.value(term, SKOS.definition) is not None, term


def test_every_crosswalk_row_resolves() -> None:
    crosswalk = default_crosswalk()
    rows = crosswalk.rows()
    assert rows
    for row in rows:
        entities = crosswalk.entities_of(row)
        assert entities, row
        if row.countries:
            assert len(entities) == len(row.countries)


def test_a_crosswalk_row_naming_an_unknown_country_is_reported(tmp_path: Path) -> None:
    table = tmp_path / "names.csv"
    lines = crosswalk_path().read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join([*lines, "mme,Atlantis,ATL,,,,,,,,,invented"]) + "\n",
                     encoding="utf-8")
    crosswalk = Crosswalk.from_file(table)
    with pytest.raises(Exception, match=rf"names\.csv: line {len(lines) + 1}: 'ATL'"):
        crosswalk.actors("mme", "Atlantis")


def test_build_command_with_datasets(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["build", *SOURCES, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "ArmsTransfer 11" in result.output and "JointExercise 5" in result.output
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    broken = tmp_path / "broken.csv"
    broken.write_bytes((FIXTURES / "atop-members.csv").read_bytes()[:-10])
    failed = runner.invoke(cli, ["build", *SOURCES, f"atop:{broken}", "--out", str(tmp_path)])
    assert failed.exit_code == 2
    assert "broken.csv: line 10:" in failed.output and "Traceback" not in failed.output
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()
            if path.name != "broken.csv"} == before


def test_written_files_hold_exactly_the_graph(tmp_path: Path, imported: Graph) -> None:
    for path in write_graph(imported, tmp_path):
        assert set(read_rdf(path)) == set(imported), path.name
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines() == sorted(
        (tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines())


# ---------------------------------------------------------------- counts in the built graph


@pytest.fixture(scope="module")
def slices() -> tuple[Path, Graph]:
    folder = SHARED / "data"
    if not folder.is_dir():
        pytest.skip(f"shared reference data not found at {folder} (set DEFENCE_GRAPH_SHARED)")
    sources = [f"sipri:{folder / 'sipri' / 'trade-register-legacy-africa-slice.csv'}",
               f"atop:{folder / 'atop' / 'atop5_1m.csv'}", f"mme:{folder / 'mme' / 'mme_v7.csv'}"]
    return folder, generate_graph(findings_from_sources(sources))


def _count(graph: Graph, sparql: str) -> int:
    [row] = graph.query(PREFIXES + sparql)
    return int(row[0])


PREFIXES = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX dgt: <https://w3id.org/defence-graph/tie-type/>
PREFIX country: <https://w3id.org/defence-graph/id/country/>
"""


def test_graph_counts_equal_the_files(slices: tuple[Path, Graph]) -> None:
    folder, graph = slices
    sipri = raw_legacy_sipri(folder / "sipri" / "trade-register-legacy-africa-slice.csv")
    to_mozambique = sum(1 for row in sipri
                        if row[0] == "Mozambique" and row[1] in ("Russia", "Soviet Union"))
    assert _count(graph, """SELECT (COUNT(?tie) AS ?n) WHERE {
        ?tie dg:tieType dgt:ArmsTransfer ; dg:recipient country:MOZ ; dg:supplier ?s .
        VALUES ?s { country:RUS country:SUN } }""") == to_mozambique
    assert _count(graph, "SELECT (COUNT(?t) AS ?n) WHERE { ?t dg:tieType dgt:ArmsTransfer }"
                  ) == len(sipri)
    atop = raw_rows(folder / "atop" / "atop5_1m.csv", encoding="ascii")
    assert _count(graph, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a dg:atopId ?id }") == len(
        {row["atopid"] for row in atop})
    assert _count(graph, """SELECT (COUNT(DISTINCT ?record) AS ?n) WHERE {
        ?tie dg:tieType dgt:AllianceMembership ; prov:wasDerivedFrom ?record }""") == len(
        {(row["atopid"], row["member"]) for row in atop})
    mme = raw_rows(folder / "mme" / "mme_v7.csv", encoding="utf-8")
    states = [column for column in mme[0] if column.startswith("State")]
    both = sum(1 for row in mme if {"Kenya", "United States"} <= {row[c] for c in states})
    assert _count(graph, """SELECT (COUNT(?tie) AS ?n) WHERE {
        ?tie dg:tieType dgt:JointExercise ;
             dg:participant country:KEN , country:USA }""") == both > 0


def test_write_falls_back_to_rdflib_for_iris_oxigraph_refuses(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((DG.example, RDFS.seeAlso, URIRef("http://example.org/%zz")))  # bad escape
    paths = write_graph(graph, tmp_path)
    assert [len(read_rdf(path)) for path in paths] == [1, 1, 1]

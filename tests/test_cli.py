"""The command line, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.articles import seed_article_path
from graph.cli import cli
from graph.importers import read_sipri
from tests.importer_support import FIXTURES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner: CliRunner) -> None:
    for command in ("build", "validate", "query", "extract", "plot", "export",
                    "corroborate", "serve"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage:" in result.output


def test_version_says_how_extraction_runs(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    # the tests run the source; tests/test_compiled.py checks the compiled wheel says so
    assert result.output.strip() == \
        "defence-graph, version 0.1.0 (extraction from Python source)"


def test_build_then_validate(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "ties: 9" in result.output
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (tmp_path / name).stat().st_size > 0
    result = runner.invoke(cli, ["validate", str(tmp_path / "graph.ttl")])
    assert result.exit_code == 0
    assert "conforms" in result.output


def test_validate_non_conforming_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(cli, ["build", "--out", str(tmp_path)])
    text = (tmp_path / "graph.nt").read_text(encoding="utf-8")
    broken = "\n".join(line for line in text.splitlines()
                       if "ontology#iso3166Alpha3" not in line)
    (tmp_path / "broken.nt").write_text(broken, encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(tmp_path / "broken.nt")])
    assert result.exit_code == 1
    assert "ISO 3166 alpha-3" in result.output


def test_malformed_turtle_is_one_line_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "not valid turtle" in result.stderr
    assert "Traceback" not in result.output


def test_failed_build_keeps_previous_output(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(cli, ["build", "--out", str(tmp_path)])
    before = (tmp_path / "graph.ttl").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(empty), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "empty file" in result.stderr
    assert (tmp_path / "graph.ttl").read_bytes() == before


def test_query_ties_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "ties", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 9
    assert set(rows[0]) == {"source", "target", "type", "evidence", "origin"}
    first = {"source": "Russia", "target": "Algeria", "type": "ArmsTransfer"}
    assert first.items() <= rows[0].items()


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_query_csv_and_table(runner: CliRunner, store: str) -> None:
    csv = runner.invoke(cli, ["query", "ties", "--format", "csv", "--store", store])
    assert csv.stdout.splitlines()[0] == "source,target,type,evidence,origin"
    table = runner.invoke(cli, ["query", "ties", "--store", store])
    assert "PrimaryPartner" in table.stdout


def test_query_syntax_error_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "--sparql", "SELECT ?s WHERE { ?s a dg:Country "])
    assert result.exit_code == 2
    assert "line" in result.stderr and "column" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_query_suggests(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "tie"])
    assert result.exit_code == 2
    assert "ties" in result.stderr


def test_query_list(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert result.stdout.startswith("ties") or "\nties" in result.stdout


def test_plot_writes_png(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "network.png"
    result = runner.invoke(cli, ["plot", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_build_progress_goes_to_stderr_and_changes_no_file(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    sipri = FIXTURES / "sipri-legacy.csv"
    sources = [str(seed_article_path()), f"sipri:{sipri}", f"mme:{FIXTURES / 'mme-exercises.csv'}"]
    runs = {flag: runner.invoke(cli, ["build", *sources, "--out", str(tmp_path / flag), *extra])
            for flag, extra in (("default", []), ("quiet", ["--no-progress"]),
                                ("shown", ["--progress"]))}
    assert all(run.exit_code == 0 for run in runs.values()), runs["shown"].output
    assert runs["default"].stderr == runs["quiet"].stderr == ""  # stderr is not a terminal
    shown = runs["shown"].stderr
    for part in ("reading", "3/3", f"{sipri.name}: {len(read_sipri(sipri))} records",
                 "building", "writing", "100%"):
        assert part in shown, part
    assert runs["shown"].stdout.replace("shown", "quiet") == runs["quiet"].stdout
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert ((tmp_path / "shown" / name).read_bytes()
                == (tmp_path / "quiet" / name).read_bytes()
                == (tmp_path / "default" / name).read_bytes()), name

"""``defence-graph extract`` and ``evaluate``, run in-process, with good and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.articles import seed_article_path
from graph.cli import cli
from graph.resources import data_dir

NEWS = data_dir() / "gold" / "news"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_one_file_prints_one_json_object(runner: CliRunner) -> None:
    article = NEWS / "egypt_us_aid.txt"
    result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) == {"entities", "ties"}
    assert {"name", "type", "wikidata"} == set(record["entities"][0])
    text = article.read_text(encoding="utf-8")
    for tie in record["ties"]:
        assert set(tie) == {"source", "target", "type", "evidence", "start", "end", "confidence"}
        assert text[tie["start"]:tie["end"]] == tie["evidence"]
    found = {(tie["source"], tie["target"], tie["type"]) for tie in record["ties"]}
    assert ("United States", "Egypt", "MilitaryAid") in found
    assert ("France", "Egypt", "ArmsTransfer") in found


def test_several_files_print_json_lines_in_order(runner: CliRunner) -> None:
    files = [str(NEWS / "egypt_us_aid.txt"), str(seed_article_path())]
    result = runner.invoke(cli, ["extract", *files, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == files


def test_a_folder_skips_bad_files_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Turkey sold Bayraktar TB2 drones to Poland.", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02drones")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 Par\u00eds".encode("latin-1"))
    result = runner.invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["ties"][0]["type"] == "ArmsTransfer"
    assert result.stderr.count("warning") == 3
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (b"\x00\xff\xfe", "binary file"),
    ("Bogot\u00e1".encode("latin-1"), "not UTF-8"),
])
def test_one_bad_file_is_a_one_line_error(runner: CliRunner, tmp_path: Path, content: bytes,
                                          message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_nothing_readable_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    result = runner.invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 2
    assert "none of the 2 files" in result.stderr


def test_empty_folder_and_missing_path(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "no article files" in result.stderr
    result = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_an_oversized_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert "too large" in result.stderr


def test_turtle_output_parses(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(NEWS / "japan_philippines_raa.txt"),
                                 "--format", "ttl"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    labels = {str(label) for label in graph.objects(None, None) if str(label) == "Philippines"}
    assert labels == {"Philippines"}


def test_evaluate_prints_scores(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["evaluate", str(data_dir() / "gold" / "seed")])
    assert result.exit_code == 0, result.output
    ties = next(line for line in result.stdout.splitlines() if line.startswith("ties"))
    assert ties.split()[1:4] == ["1.000", "1.000", "1.000"]
    result = runner.invoke(cli, ["evaluate", str(data_dir() / "gold" / "seed"), "--format", "json"])
    assert json.loads(result.stdout)["ties"]["f1"] == 1.0


def test_evaluate_and_extract_have_help(runner: CliRunner) -> None:
    for command in ("extract", "evaluate"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_evaluate_refuses_a_missing_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_build_extracts_an_uncurated_article(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "articles" / "a.txt"
    article.parent.mkdir()
    article.write_text("Russia delivered four Mi-171 helicopters to Mali in 2021.", "utf-8")
    result = runner.invoke(cli, ["build", str(article.parent), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["query", "ties", "--graph", str(tmp_path / "out" / "graph.ttl"),
                                 "--format", "json"])
    rows = json.loads(result.stdout)
    assert [(row["source"], row["target"], row["type"]) for row in rows] == \
        [("Russia", "Mali", "ArmsTransfer")]


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_give_the_same_ties_at_text_mode_offsets(
        runner: CliRunner, tmp_path: Path, line_end: str) -> None:
    text = NEWS.joinpath("egypt_us_aid.txt").read_text(encoding="utf-8")
    path = tmp_path / "article.txt"
    path.write_bytes(text.replace("\n", line_end).encode("utf-8"))
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    expected = json.loads(runner.invoke(cli, ["extract", str(NEWS / "egypt_us_aid.txt")]).stdout)
    assert json.loads(result.stdout)["ties"] == expected["ties"]
    read = path.read_text(encoding="utf-8")  # text mode: every line end is "\n"
    for tie in json.loads(result.stdout)["ties"]:
        assert read[tie["start"]:tie["end"]] == tie["evidence"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(
        runner: CliRunner, tmp_path: Path, encoding: str) -> None:
    text = NEWS.joinpath("egypt_us_aid.txt").read_text(encoding="utf-8")
    path = tmp_path / "article.txt"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # the codec adds none for an explicit order
    path.write_bytes((bom + text.replace("\n", "\r\n")).encode(encoding))
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    expected = json.loads(runner.invoke(cli, ["extract", str(NEWS / "egypt_us_aid.txt")]).stdout)
    assert json.loads(result.stdout)["ties"] == expected["ties"]

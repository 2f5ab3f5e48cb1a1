"""data/gold/score_real.py: scoring the extractor on real pages kept as tie lists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from graph.extract.evaluate import Counts
from graph.gazetteer import read_table
from graph.resources import data_dir

GOLD_DIR = data_dir() / "gold"
TIE_TYPES = {"ArmsTransfer", "Training", "JointExercise", "IntelligenceSharing",
             "CounterTerrorism", "DefenceAgreement", "AllianceMembership", "MilitaryPresence",
             "PrimaryPartner", "MilitaryAid", "PeacekeepingDeployment"}


def _score_real():
    spec = importlib.util.spec_from_file_location("score_real", GOLD_DIR / "score_real.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pages_are_scored_by_their_tie_lists_and_missing_texts_are_counted(tmp_path: Path
                                                                            ) -> None:
    score_real = _score_real()
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "one.txt").write_text(
        "Defence news.\n\nTurkey delivered Bayraktar TB2 drones to Niger in 2022.\n",
        encoding="utf-8")
    ties = tmp_path / "ties.tsv"
    ties.write_text("# a comment\nset\tname\ttype\tsource\ttarget\n"
                    "demo\tone\tArmsTransfer\tTürkiye\tNiger\n"
                    "demo\tone\tTraining\tTurkey\tNiger\n"
                    "demo\ttwo\tArmsTransfer\tFrance\tIndia\n", encoding="utf-8")
    counts, missing = score_real.score_pages(tmp_path, score_real.tie_lists(ties))
    assert counts == {"demo": Counts(tp=1, fp=0, fn=1)}
    assert missing == [("demo", "two")]


def test_every_listed_tie_names_a_tie_type_and_a_page_of_real_articles() -> None:
    score_real = _score_real()
    pages = {(row["set"], row["name"])
             for row in read_table(GOLD_DIR / "real-articles.tsv", delimiter="\t")}
    listed = score_real.tie_lists(GOLD_DIR / "real-ties.tsv")
    assert listed and set(listed) <= pages
    assert {tie["type"] for ties in listed.values() for tie in ties} <= TIE_TYPES


def _score_probes():
    spec = importlib.util.spec_from_file_location("score_probes", GOLD_DIR / "score_probes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_probe_texts_are_scored_as_articles_with_paragraph_breaks(tmp_path: Path) -> None:
    score_probes = _score_probes()
    probes = tmp_path / "demo.tsv"
    probes.write_text(
        "Turkey delivered Bayraktar TB2 drones to Niger.\tArmsTransfer|Türkiye|Niger\n"
        "Kenya held talks with Japan.\t-\n"
        "Drills end\\nEgypt and Greece held naval drills.\tJointExercise|Greece|Egypt;"
        "Training|Egypt|Greece\n", encoding="utf-8")
    texts = score_probes.read_probes(probes)
    assert texts[2][0] == "Defence news.\n\nDrills end\n\nEgypt and Greece held naval drills."
    assert score_probes.score_file(probes) == Counts(tp=2, fp=0, fn=1)


def test_every_probe_line_has_a_text_and_ties_of_known_types_between_known_names() -> None:
    score_probes = _score_probes()
    files = sorted((GOLD_DIR / "probes").glob("*.tsv"))
    assert files
    for path in files:
        for text, ties in score_probes.read_probes(path):
            assert text.strip() and all(tie["type"] in TIE_TYPES for tie in ties), path.name
            assert all(tie["source"] and tie["target"] for tie in ties), path.name

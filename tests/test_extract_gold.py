"""Gold annotations are well-formed, the seed's equal its curated table, and the scores hold.

Thresholds sit just under the figures the extractor reaches (see README,
"Extraction"): the seed exactly; the news set it was developed on; the held-out
sets and the longer wire-style news2 set, all since used for development too.
Their first, untuned runs scored tie F1 0.65 (P 1.00, R 0.48), 0.67 (P 0.92,
R 0.52) and 0.60 (P 0.72, R 0.52): those are the estimates for unseen text.
``heldout3`` to ``heldout12`` are checked for form only: they measure
generalisation, so no score on them is asserted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.articles import read_article, seed_article_path
from graph.build import generate_graph
from graph.curated import curated_findings
from graph.errors import InputError
from graph.extract import extract_findings, findings_to_record
from graph.extract.evaluate import Report, evaluate, read_gold, score_record
from graph.gazetteer import default_gazetteer
from graph.model import ENTITY_KINDS, TIE_TYPES
from graph.resources import data_dir
from graph.validate import validate_graph

GOLD = data_dir() / "gold"
GOLD_FOLDERS = ["seed", "news", "heldout", "heldout2", "news2", "heldout3", "heldout4",
                "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                "heldout10", "heldout11", "heldout12"]


def _report(folder: str) -> Report:
    return evaluate(read_gold(GOLD / folder),
                    lambda path: findings_to_record(extract_findings(read_article(path))))


@pytest.mark.parametrize("folder", GOLD_FOLDERS)
def test_gold_files_are_well_formed(folder: str) -> None:
    gold = read_gold(GOLD / folder)
    assert gold
    for item in gold:
        text = item.article.read_text(encoding="utf-8")
        assert {entity["type"] for entity in item.gold["entities"]} <= set(ENTITY_KINDS)
        for tie in item.gold["ties"]:
            assert tie["type"] in TIE_TYPES
            assert text[tie["start"]:tie["end"]] == tie["evidence"], (item.name, tie)
            assert tie["source"] != tie["target"]


@pytest.mark.parametrize("folder", GOLD_FOLDERS)
def test_gold_names_are_canonical(folder: str) -> None:
    """Countries carry the gazetteer's canonical name; every tie joins two listed entities."""
    gazetteer = default_gazetteer()
    for item in read_gold(GOLD / folder):
        entities = {entity["name"]: entity["type"] for entity in item.gold["entities"]}
        for name, kind in entities.items():
            if kind == "Country":
                record = gazetteer.country(name)
                assert record is not None and record.name == name, (item.name, name)
        for tie in item.gold["ties"]:
            assert {tie["source"], tie["target"]} <= entities.keys(), (item.name, tie)


def test_enough_gold_articles_beyond_the_seed() -> None:
    assert len(read_gold(GOLD / "news")) >= 8
    types = {tie["type"] for item in read_gold(GOLD / "news") for tie in item.gold["ties"]}
    assert types == set(TIE_TYPES)  # every tie type is annotated somewhere


def test_seed_gold_equals_the_curated_table() -> None:
    [item] = read_gold(GOLD / "seed")
    assert item.article.resolve() == seed_article_path().resolve()
    curated = curated_findings(read_article(seed_article_path()))
    record = findings_to_record(curated)
    score = score_record(record, item.gold)
    assert (score.ties.fp, score.ties.fn, score.entities.fp, score.entities.fn) == (0, 0, 0, 0)


def test_seed_extraction_is_exact() -> None:
    report = _report("seed")
    assert report.ties.f1 == 1.0
    assert report.entities.f1 == 1.0


def test_news_set_scores() -> None:
    report = _report("news")
    assert report.ties.precision >= 0.97
    assert report.ties.f1 >= 0.97
    assert report.entities.f1 >= 0.95
    assert report.evidence_agreement >= 0.9


def test_held_out_set_scores() -> None:
    report = _report("heldout")
    assert report.ties.precision >= 0.95
    # 0.93, not 0.95: choosing or selecting a weapon is no longer a transfer before a contract
    # (the blind sets heldout7 and heldout8 do not count it; this set's "Australia chose the
    # Korean AS21 Redback" and "Bogota selected the Swedish Gripen" did)
    assert report.ties.f1 >= 0.93
    assert report.entities.f1 >= 0.95


def test_second_held_out_set_scores() -> None:
    report = _report("heldout2")
    assert report.ties.precision >= 0.95
    assert report.ties.f1 >= 0.85
    assert report.entities.f1 >= 0.95


def test_wire_style_set_scores() -> None:
    report = _report("news2")
    assert len(report.articles) >= 4
    assert report.ties.precision >= 0.93
    assert report.ties.f1 >= 0.92
    assert report.entities.f1 >= 0.95


def test_evaluation_counts_undirected_ties_in_either_order() -> None:
    gold = {"entities": [], "ties": [{"source": "Kenya", "target": "United States",
                                      "type": "JointExercise", "start": 0, "end": 5}]}
    found = {"entities": [], "ties": [{"source": "US", "target": "Kenya",
                                       "type": "JointExercise", "start": 0, "end": 5}]}
    assert score_record(found, gold).ties.f1 == 1.0
    found["ties"][0]["type"] = "Training"
    assert score_record(found, gold).ties.f1 == 0.0


def test_read_gold_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"title": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="no gold annotations"):
        read_gold(tmp_path)


def test_extracted_graph_conforms_to_the_shapes() -> None:
    findings = [extract_findings(read_article(item.article))
                for item in read_gold(GOLD / "heldout")[:3]]
    report = validate_graph(generate_graph(findings))
    assert report.conforms, report

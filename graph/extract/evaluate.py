"""Scoring extraction against gold annotations: precision, recall and F1.

A gold folder holds ``NAME.json`` files in the shape ``defence-graph extract``
prints, each beside its article ``NAME.txt`` (or naming it with a ``file`` key,
relative to the JSON file). Entities match on type and identity, ties on type,
source and target (either order for undirected types); names are compared
through the gazetteer, so "Türkiye" and "Turkey", or "JF-17" and "JF-17
Thunder", are the same entity. Evidence agreement is the share of matched ties
whose evidence overlaps the gold evidence.

Examples
--------
>>> from graph.extract.evaluate import Counts, score_record
>>> gold = {"entities": [{"name": "Russia", "type": "Country"}],
...         "ties": [{"source": "Russia", "target": "Mali", "type": "ArmsTransfer",
...                   "start": 0, "end": 40}]}
>>> found = {"entities": [{"name": "Russian Federation", "type": "Country"}],
...          "ties": [{"source": "Russia", "target": "Mali", "type": "ArmsTransfer",
...                    "start": 0, "end": 40},
...                   {"source": "Mali", "target": "Russia", "type": "JointExercise",
...                    "start": 50, "end": 80}]}
>>> score = score_record(found, gold)
>>> score.entities, score.ties.precision, score.evidence
(Counts(tp=1, fp=0, fn=0), 0.5, 1)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.gazetteer import Gazetteer, default_gazetteer, fold

from .lexicon import default_lexicon

__all__ = ["Counts", "GoldArticle", "RecordScore", "Report", "evaluate", "read_gold",
           "score_record"]

Record = dict[str, Any]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class GoldArticle:
    """A gold file and the article it annotates."""

    name: str
    article: Path
    gold: Record


@dataclass
class RecordScore:
    """How one extraction compares with its gold annotation."""

    entities: Counts
    ties: Counts
    evidence: int
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Report:
    """Scores of a gold folder, per article and in total."""

    articles: dict[str, RecordScore] = field(default_factory=dict)

    @property
    def entities(self) -> Counts:
        return sum((score.entities for score in self.articles.values()), Counts())

    @property
    def ties(self) -> Counts:
        return sum((score.ties for score in self.articles.values()), Counts())

    @property
    def evidence_agreement(self) -> float:
        matched = self.ties.tp
        return sum(score.evidence for score in self.articles.values()) / matched if matched else 1.0

    def to_dict(self) -> dict[str, Any]:
        """Plain figures for JSON output."""
        def figures(counts: Counts) -> dict[str, Any]:
            return {"precision": round(counts.precision, 4), "recall": round(counts.recall, 4),
                    "f1": round(counts.f1, 4), "tp": counts.tp, "fp": counts.fp, "fn": counts.fn}

        return {
            "articles": len(self.articles),
            "entities": figures(self.entities),
            "ties": figures(self.ties),
            "evidence_agreement": round(self.evidence_agreement, 4),
            "per_article": {name: {"entities": figures(score.entities),
                                   "ties": figures(score.ties),
                                   "missed": [list(key) for key in score.missed],
                                   "spurious": [list(key) for key in score.spurious]}
                            for name, score in self.articles.items()},
        }


def _is_gold(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("ties"), list) and \
        isinstance(data.get("entities"), list)


def read_gold(directory: Path | str) -> list[GoldArticle]:
    """Every gold annotation under ``directory`` (recursively), with its article path.

    Raises
    ------
    InputError
        If the folder does not exist, holds no gold file, or a gold file names
        an article that is missing.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: no such folder")
    found = []
    for path in sorted(directory.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise InputError(f"{path}: not a JSON file ({error})") from None
        if not _is_gold(data):
            continue
        article = (path.parent / data["file"]) if data.get("file") else path.with_suffix(".txt")
        if not article.is_file():
            raise InputError(f"{path}: its article {article} is missing")
        found.append(GoldArticle(str(path.relative_to(directory).with_suffix("")), article, data))
    if not found:
        raise InputError(f"{directory}: no gold annotations (*.json with entities and ties)")
    return found


class _Identity:
    """Canonical keys of names through the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lookups: dict[str, Callable[[str], Any]] = {
            "Organisation": gazetteer.organisation, "WeaponSystem": gazetteer.weapon,
            "Place": gazetteer.place, "Person": gazetteer.person,
        }

    def entity(self, name: str, kind: str) -> tuple[str, str]:
        if kind == "Country":
            record = self.gazetteer.country(name)
            return kind, record.iso3 if record else fold(name)
        lookup = self.lookups.get(kind)
        record = lookup(name) if lookup else None
        return kind, record.key if record is not None else fold(name)

    def actor(self, name: str) -> str:
        country = self.gazetteer.country(name)
        if country is not None:
            return country.iso3
        organisation = self.gazetteer.organisation(name)
        return organisation.key if organisation is not None else fold(name)


def _tie_keys(record: Record, identity: _Identity) -> dict[tuple[str, str, str], Record]:
    rules = default_lexicon().rules
    keys: dict[tuple[str, str, str], Record] = {}
    for tie in record.get("ties", []):
        source, target = identity.actor(tie["source"]), identity.actor(tie["target"])
        rule = rules.get(tie["type"])
        if rule is not None and not rule.directed:
            source, target = sorted((source, target))
        keys.setdefault((tie["type"], source, target), tie)
    return keys


def _overlap(a: Record, b: Record) -> bool:
    try:
        return a["start"] < b["end"] and b["start"] < a["end"]
    except (KeyError, TypeError):
        return False


def score_record(found: Record, gold: Record, gazetteer: Gazetteer | None = None) -> RecordScore:
    """Compare one extraction record with its gold record."""
    identity = _Identity(gazetteer or default_gazetteer())
    found_entities = {identity.entity(e["name"], e["type"]) for e in found.get("entities", [])}
    gold_entities = {identity.entity(e["name"], e["type"]) for e in gold.get("entities", [])}
    found_ties, gold_ties = _tie_keys(found, identity), _tie_keys(gold, identity)
    matched = found_ties.keys() & gold_ties.keys()
    return RecordScore(
        entities=Counts(len(found_entities & gold_entities), len(found_entities - gold_entities),
                        len(gold_entities - found_entities)),
        ties=Counts(len(matched), len(found_ties.keys() - matched),
                    len(gold_ties.keys() - matched)),
        evidence=sum(_overlap(found_ties[key], gold_ties[key]) for key in matched),
        missed=sorted(gold_ties.keys() - matched),
        spurious=sorted(found_ties.keys() - matched),
    )


def evaluate(gold: Iterable[GoldArticle], extract: Callable[[Path], Record],
             gazetteer: Gazetteer | None = None) -> Report:
    """Score ``extract`` (article path -> record) on every gold article."""
    report = Report()
    for item in gold:
        report.articles[item.name] = score_record(extract(item.article), item.gold, gazetteer)
    return report


"""Score the extractor on the real web pages of ``real-ties.tsv``: tie precision, recall, F1.

The pages are third-party text and stay outside the repository (``real-articles.tsv`` gives
each page's address); their tie lists are kept here. Fetch the pages into
``TEXT_DIR/SET/NAME.txt`` and run from the repository root::

    python data/gold/score_real.py TEXT_DIR [--sets real13,real14,real15,real17,real18,real21]

Ties match on type, source and target, compared through the gazetteer and in either order for
undirected types, as in ``defence-graph evaluate``; the lists hold ties only, so no entity
figures are given. Pages whose text is missing are skipped and counted.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from graph.extract import extract_findings, findings_to_record
from graph.extract.evaluate import Counts, score_record
from graph.gazetteer import read_table
from graph.model import Article

GOLD_DIR = Path(__file__).resolve().parent

Page = tuple[str, str]  # (set, name)


def tie_lists(path: Path) -> dict[Page, list[dict[str, str]]]:
    """Each page's gold ties, as records ``score_record`` reads."""
    pages: dict[Page, list[dict[str, str]]] = defaultdict(list)
    for row in read_table(path, delimiter="\t"):
        pages[row["set"], row["name"]].append(
            {"type": row["type"], "source": row["source"], "target": row["target"]})
    return pages


def score_pages(text_dir: Path, pages: dict[Page, list[dict[str, str]]],
                sets: set[str] | None = None) -> tuple[dict[str, Counts], list[Page]]:
    """Tie counts per set over the pages whose text is in ``text_dir``, and the pages missing."""
    counts: dict[str, Counts] = defaultdict(Counts)
    missing: list[Page] = []
    for (set_name, name), ties in sorted(pages.items()):
        if sets and set_name not in sets:
            continue
        path = text_dir / set_name / f"{name}.txt"
        if not path.is_file():
            missing.append((set_name, name))
            continue
        found = findings_to_record(extract_findings(Article.from_text(
            path.read_text(encoding="utf-8"))))
        counts[set_name] += score_record(found, {"ties": ties}).ties
    return dict(counts), missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path, help="folder holding SET/NAME.txt page texts")
    parser.add_argument("--sets", help="comma-separated sets to score (default: all)")
    parser.add_argument("--ties", type=Path, default=GOLD_DIR / "real-ties.tsv")
    options = parser.parse_args()
    sets = set(options.sets.split(",")) if options.sets else None
    counts, missing = score_pages(options.text_dir, tie_lists(options.ties), sets)
    roles = {row["set"]: row["role"]
             for row in read_table(GOLD_DIR / "real-articles.tsv", delimiter="\t")}
    pooled: dict[str, Counts] = defaultdict(Counts)
    for set_name, tally in sorted(counts.items()):
        pooled[roles.get(set_name, "?")] += tally
        print(f"{set_name:<10} {tally.precision:.2f} / {tally.recall:.2f} / {tally.f1:.2f}  "
              f"tp {tally.tp} fp {tally.fp} fn {tally.fn}")
    for role, tally in sorted(pooled.items()):
        print(f"{role:<12} {tally.precision:.2f} / {tally.recall:.2f} / {tally.f1:.2f}  "
              f"tp {tally.tp} fp {tally.fp} fn {tally.fn}")
    if missing:
        print(f"{len(missing)} page(s) without text in {options.text_dir}, skipped")


if __name__ == "__main__":
    main()

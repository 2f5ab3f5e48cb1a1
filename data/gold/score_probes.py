"""Score the extractor on the probe texts of ``probes/``: tie precision, recall, F1 per file.

Each probe file holds lines ``text<TAB>expected``: a sentence, or a short article whose
paragraph breaks are written ``\\n``, and the ties it states as ``Type|Source|Target`` joined
by ``;`` (``-`` for none). The project's helpers wrote them in their own words, from ordinary
news phrasing, without reading the extractor; the misses of all of them were read during
development, so they measure regressions, not how the extractor generalises. Run from the
repository root::

    python data/gold/score_probes.py [--show] [FILE ...]

Ties match as in ``defence-graph evaluate``: type, source and target, compared through the
gazetteer and in either order for undirected types. Each text is read as an article under the
headline "Defence news."
"""

from __future__ import annotations

import argparse
from pathlib import Path

from graph.extract import extract_findings, findings_to_record
from graph.extract.evaluate import Counts, score_record
from graph.model import Article

PROBES = Path(__file__).resolve().parent / "probes"
FIELDS = ("type", "source", "target")


def read_probes(path: Path) -> list[tuple[str, list[dict[str, str]]]]:
    """(article text, expected ties) of each line of a probe file."""
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, expected = line.split("\t")
        ties = [] if expected.strip() == "-" else [
            dict(zip(FIELDS, tie.split("|"), strict=True)) for tie in expected.split(";")]
        probes.append(("Defence news.\n\n" + text.replace("\\n", "\n\n"), ties))
    return probes


def score_file(path: Path, show: bool = False) -> Counts:
    """Pooled tie counts over one probe file (printing each text that differs with ``show``)."""
    counts = Counts()
    for text, expected in read_probes(path):
        found = findings_to_record(extract_findings(Article.from_text(text)))
        scored = score_record(found, {"ties": expected}).ties
        counts += scored
        if show and (scored.fp or scored.fn):
            print(f"  {text.split(chr(10))[-1][:100]!r}: {scored.fp} false, {scored.fn} missed")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: all)")
    parser.add_argument("--show", action="store_true", help="list the texts that differ")
    options = parser.parse_args()
    total = Counts()
    for path in options.files or sorted(PROBES.glob("*.tsv")):
        counts = score_file(path, options.show)
        total += counts
        print(f"{path.stem:<36} {counts.precision:.2f} / {counts.recall:.2f} / {counts.f1:.2f}"
              f"  tp {counts.tp} fp {counts.fp} fn {counts.fn}")
    print(f"{'all':<36} {total.precision:.2f} / {total.recall:.2f} / {total.f1:.2f}"
          f"  tp {total.tp} fp {total.fp} fn {total.fn}")


if __name__ == "__main__":
    main()

"""Sources of a build: article files and folders, and reference datasets.

A source is given on the command line as a path (an article ``.txt`` file or a
folder of them) or as ``KIND:PATH`` for a reference dataset (``sipri:``,
``atop:``, ``mme:``, ``sfm:``). Each source yields :class:`~graph.model.Findings`:
an article's curated table where the project has one, otherwise what
:mod:`graph.extract` finds in it (a folder of articles uses every core).

Examples
--------
>>> from graph.sources import default_findings
>>> [len(batch.ties) for batch in default_findings()]
[9]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from graph.articles import read_article, seed_article_path
from graph.curated import curated_findings
from graph.errors import InputError
from graph.extract import extract_findings
from graph.extract.batch import extract_files
from graph.importers import read_atop, read_mme, read_sfm, read_sipri
from graph.model import Article, Findings

__all__ = ["IMPORTERS", "article_findings", "default_findings", "findings_from_sources"]

Importer = Callable[[Path], Sequence[Findings]]

#: Reference-dataset importers by source prefix (``sipri:FILE`` ...).
IMPORTERS: dict[str, Importer] = {
    "sipri": read_sipri,
    "atop": read_atop,
    "mme": read_mme,
    "sfm": read_sfm,
}


def article_findings(article: Article) -> Findings:
    """Findings of one article: its curated table where the project has one, else extraction."""
    curated = curated_findings(article)
    if curated is not None:
        return curated
    return extract_findings(article)


def default_findings() -> list[Findings]:
    """Findings of the bundled default input, the seed article."""
    return [article_findings(read_article(seed_article_path()))]


def _article_paths(path: Path) -> list[Path]:
    if path.is_dir():
        paths = sorted(item for item in path.rglob("*.txt") if item.is_file())
        if not paths:
            raise InputError(f"{path}: folder holds no article files (*.txt)")
        return paths
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return [path]


@dataclass(frozen=True)
class _Source:
    """One source to read: a dataset file (``kind`` is its importer) or article files."""

    kind: str | None
    paths: tuple[Path, ...]


def _source(spec: str) -> _Source:
    kind, separator, rest = spec.partition(":")
    if separator and kind in IMPORTERS:
        path = Path(rest)
        if not path.is_file():
            raise InputError(f"{spec}: no such file")
        return _Source(kind, (path,))
    if separator and len(kind) > 1 and not Path(spec).exists():
        known = ", ".join(sorted(IMPORTERS)) or "none yet"
        raise InputError(f"{spec}: unknown source kind {kind!r} (known: {known})")
    return _Source(None, tuple(_article_paths(Path(spec))))


def findings_from_sources(specs: Sequence[str], *, progress: bool = False
                          ) -> Iterator[Findings]:
    """Findings of every source in ``specs``; the bundled default if there are none.

    Every source is checked (files exist, kinds are known) before any is read.
    With ``progress``, a bar on stderr counts the files read (each article
    file, each dataset file) and names the last dataset file with its records.
    """
    if not specs:
        yield from default_findings()
        return
    sources = [_source(spec) for spec in specs]
    with tqdm(total=sum(len(source.paths) for source in sources), unit="file", desc="reading",
              file=sys.stderr, disable=not progress) as bar:
        for source in sources:
            if source.kind is not None:
                records = IMPORTERS[source.kind](source.paths[0])
                bar.set_postfix_str(f"{source.paths[0].name}: {len(records):,} records")
                bar.update()
                yield from records
                continue
            for result in extract_files(source.paths, progress=False,
                                        findings_of=article_findings):
                if result.error is not None:
                    raise InputError(result.error)
                bar.update()
                yield result.findings

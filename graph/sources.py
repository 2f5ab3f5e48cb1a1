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

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from graph.articles import read_article, seed_article_path
from graph.curated import curated_findings
from graph.errors import InputError
from graph.extract import extract_findings
from graph.extract.batch import extract_files
from graph.importers import read_atop, read_mme, read_sfm, read_sipri
from graph.model import Article, Findings

__all__ = ["IMPORTERS", "article_findings", "default_findings", "findings_from_sources"]

Importer = Callable[[Path], Iterable[Findings]]

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


def findings_from_sources(specs: Sequence[str]) -> Iterator[Findings]:
    """Findings of every source in ``specs``; the bundled default if there are none."""
    if not specs:
        yield from default_findings()
        return
    for spec in specs:
        kind, separator, rest = spec.partition(":")
        if separator and kind in IMPORTERS:
            path = Path(rest)
            if not path.is_file():
                raise InputError(f"{spec}: no such file")
            yield from IMPORTERS[kind](path)
        elif separator and len(kind) > 1 and not Path(spec).exists():
            known = ", ".join(sorted(IMPORTERS)) or "none yet"
            raise InputError(f"{spec}: unknown source kind {kind!r} (known: {known})")
        else:
            for result in extract_files(_article_paths(Path(spec)), findings_of=article_findings):
                if result.error is not None:
                    raise InputError(result.error)
                yield result.findings

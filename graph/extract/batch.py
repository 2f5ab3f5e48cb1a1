"""Extraction over many article files: every core, in input order, bad files skipped.

:func:`article_files` expands the paths a user gives (files and folders of
``*.txt``); :func:`extract_files` reads and extracts each one, in worker
processes when there are enough files to pay for them, and yields one
:class:`BatchResult` per file, in the order given. A file that cannot be read
(empty, binary, not UTF-8, too large) becomes a result with an error message
instead of findings, so one bad file never stops a batch.

Examples
--------
>>> from graph.articles import seed_article_path
>>> from graph.extract.batch import extract_files
>>> [result] = extract_files([seed_article_path()], jobs=1)
>>> result.error is None, len(result.findings.ties) > 0
(True, True)
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from graph.articles import read_article
from graph.errors import InputError
from graph.model import Article, Findings

from .extractor import default_extractor, extract_findings

__all__ = ["BatchResult", "article_files", "extract_files"]

#: Files per worker task: large enough to amortise the hand-over between processes.
_CHUNK = 8

FindingsOf = Callable[[Article], Findings]


@dataclass(frozen=True)
class BatchResult:
    """The findings of one file, or why it could not be read."""

    path: Path
    findings: Findings | None
    error: str | None = None


def article_files(paths: Sequence[Path | str]) -> tuple[list[Path], list[str]]:
    """Article files named by ``paths`` (folders give their ``*.txt``, recursively).

    Returns
    -------
    files : list of Path
        In the order given, each folder's files sorted.
    warnings : list of str
        One line per folder that holds no article file.

    Raises
    ------
    InputError
        If a path does not exist, or no article file is found at all.
    """
    files: list[Path] = []
    warnings: list[str] = []
    for item in map(Path, paths):
        if item.is_dir():
            found = sorted(path for path in item.rglob("*.txt") if path.is_file())
            if not found:
                warnings.append(f"{item}: folder holds no article files (*.txt)")
            files.extend(found)
        elif item.exists():
            files.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    if not files:
        raise InputError("no article files (*.txt) to read in " + ", ".join(map(str, paths)))
    return files, warnings


def _one(path: Path, findings_of: FindingsOf) -> BatchResult:
    try:
        article = read_article(path)
    except InputError as error:
        return BatchResult(path, None, str(error))
    return BatchResult(path, findings_of(article))


def _warm() -> None:
    default_extractor()  # compile the matchers once per worker process


def _task(item: tuple[Path, FindingsOf]) -> BatchResult:
    return _one(*item)


def extract_files(paths: Sequence[Path], *, jobs: int | None = None,
                  progress: bool | None = None,
                  findings_of: FindingsOf = extract_findings) -> Iterator[BatchResult]:
    """Read and extract every file, yielding results in the order of ``paths``.

    Parameters
    ----------
    paths : sequence of Path
        Article files.
    jobs : int, optional
        Worker processes; all cores by default. With one job, or few files,
        the work stays in this process.
    progress : bool, optional
        Show a progress bar on stderr; by default only when stderr is a terminal.
    findings_of : callable
        Article -> Findings; the extractor by default. It must be a module-level
        function so that worker processes can receive it.
    """
    jobs = jobs or os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(paths), unit="article", file=sys.stderr, disable=not show,
               desc="extracting")
    try:
        if jobs == 1 or len(paths) < 2 * _CHUNK:
            for path in paths:
                yield _one(path, findings_of)
                bar.update()
            return
        if findings_of is extract_findings and multiprocessing.get_start_method() == "fork":
            default_extractor()  # compiled once here (about a second); forked workers inherit it
        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
            tasks = ((path, findings_of) for path in paths)
            for result in pool.map(_task, tasks, chunksize=_CHUNK):
                yield result
                bar.update()
    finally:
        bar.close()

"""Batch extraction: input order, worker processes, bad files as results, not crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract.batch import article_files, extract_files
from graph.resources import data_dir

NEWS = data_dir() / "gold" / "news"


def test_article_files_expand_folders_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", "utf-8")
    (tmp_path / "notes.md").write_text("x", "utf-8")
    (tmp_path / "empty").mkdir()
    files, warnings = article_files([tmp_path, tmp_path / "empty"])
    assert files == [tmp_path / "b.txt", tmp_path / "sub" / "a.txt"]
    assert len(warnings) == 1 and "empty" in warnings[0]
    with pytest.raises(InputError):
        article_files([tmp_path / "empty"])


def test_worker_processes_give_the_same_results_in_order(tmp_path: Path) -> None:
    sources = sorted(NEWS.glob("*.txt"))
    paths = []
    for index in range(20):  # enough files to use the process pool
        path = tmp_path / f"{index:02d}.txt"
        path.write_text(sources[index % len(sources)].read_text("utf-8"), "utf-8")
        paths.append(path)
    (tmp_path / "07.txt").write_bytes(b"")
    pooled = list(extract_files(paths, jobs=2, progress=False))
    serial = list(extract_files(paths, jobs=1, progress=False))
    assert [result.path for result in pooled] == paths
    assert pooled[7].error is not None and "empty file" in pooled[7].error
    summary = [(r.path, r.error, [(t.type, t.source.key, t.target.key) for t in r.findings.ties]
                if r.findings else None) for r in pooled]
    assert summary == [(r.path, r.error, [(t.type, t.source.key, t.target.key)
                                          for t in r.findings.ties] if r.findings else None)
                       for r in serial]

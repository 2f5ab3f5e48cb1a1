"""Extraction throughput: articles per second on one core and in batch mode, side by side.

Three corpora: the project's gold articles of 4 KB or more taken whole, as
written (wire copy and analysis features, most about 5 KB); 5 KB cuts of all
gold articles run together (dense: nearly every sentence names two countries
and a cue); and 5 KB cuts of the founding seed article (ordinary web prose).
One core is measured in this process, both as wall-clock time and as CPU time
(the machine may be shared); batch mode runs ``graph.extract.batch.extract_files``
over the same articles written to files, with every core, and includes reading
the files and starting the workers.

Run: ``.venv/bin/python benchmarks/extract_bench.py [--articles 400] [--jobs N] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from graph.articles import seed_article_path
from graph.extract import default_extractor
from graph.extract.batch import extract_files
from graph.model import Article
from graph.resources import data_dir


def cuts(text: str, size: int, count: int) -> list[str]:
    """``count`` windows of ``size`` characters over ``text`` (repeated as needed)."""
    while len(text) < 2 * size:
        text += "\n\n" + text
    step = max(1, (len(text) - size) // max(1, count))
    return [text[(index * step) % (len(text) - size):][:size] for index in range(count)]


def one_core(texts: list[str], repeat: int = 1) -> tuple[float, float]:
    """(articles per second of wall time, of CPU time) extracting in this process, from the
    fastest of ``repeat`` passes (as timeit does: slower passes measure the machine's other
    load, not the code)."""
    extractor = default_extractor()
    articles = [Article.from_text(text) for text in texts]
    for article in articles[:10]:
        extractor.extract(article)  # warm caches
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            extractor.extract(article)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return len(articles) / min(walls), len(articles) / min(cpus)


def batch(texts: list[str], jobs: int) -> float:
    """Articles per second of wall time for extract_files over files, with ``jobs`` workers."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(texts):
            path = Path(folder) / f"{index:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        start = time.perf_counter()
        count = sum(1 for result in extract_files(paths, jobs=jobs, progress=False)
                    if result.findings is not None)
        return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per corpus")
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes in batch mode")
    parser.add_argument("--repeat", type=int, default=3,
                        help="one-core passes per corpus; the fastest is reported")
    options = parser.parse_args()
    articles = [path.read_text(encoding="utf-8")
                for path in sorted((data_dir() / "gold").rglob("*.txt"))]
    whole = [text for text in articles if len(text) >= options.size * 0.8]
    gold = "\n\n".join(articles)
    corpora = {
        f"{len(whole)} articles as written": [whole[index % len(whole)]
                                              for index in range(options.articles)],
        "gold-derived (dense)": cuts(gold, options.size, options.articles),
        "seed article (prose)": cuts(seed_article_path().read_text(encoding="utf-8"),
                                     options.size, options.articles),
    }
    mean = sum(map(len, whole)) / len(whole)
    print(f"{options.articles} articles per corpus: cuts of {options.size} characters, articles "
          f"as written {mean:,.0f} characters on average; "
          f"batch mode with {options.jobs} worker(s); one core: fastest of {options.repeat} "
          f"passes; load average {os.getloadavg()[0]:.1f}")
    print(f"{'corpus':<28}{'1 core wall/s':>15}{'1 core CPU/s':>15}{'batch wall/s':>15}"
          f"{'batch / 1 core':>16}")
    for name, texts in corpora.items():
        wall, cpu = one_core(texts, options.repeat)
        pooled = batch(texts, options.jobs)
        print(f"{name:<28}{wall:>15.1f}{cpu:>15.1f}{pooled:>15.1f}{pooled / wall:>15.2f}x")


if __name__ == "__main__":
    main()

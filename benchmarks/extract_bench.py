"""Extraction throughput: articles per second on one core and in batch mode, side by side.

Three corpora: the project's gold articles of 4 KB or more taken whole, as
written (wire copy and analysis features, most about 5 KB); 5 KB cuts of all
gold articles run together (dense: nearly every sentence names two countries
and a cue); and 5 KB cuts of the founding seed article (ordinary web prose).
One core is measured in this process, both as wall-clock time and as CPU time
(the machine may be shared); batch mode runs ``graph.extract.batch.extract_files``
over the same articles written to files, with every core, and includes reading
the files and starting the workers.

With ``--texts DIR``, 5 KB cuts of the ``.txt`` files under ``DIR`` (run together) are a
fourth corpus: real pages, say, that cannot be bundled.

With ``--compiled WHEEL`` (a wheel built by ``make wheel``, whose extraction modules mypyc
compiled to C), the same figures are measured again in a subprocess that imports the package
from that wheel, and each corpus gets a second row beside the source's.

Run: ``.venv/bin/python benchmarks/extract_bench.py [--articles 400] [--jobs N] [--repeat 3]
[--compiled dist/defence_graph-*.whl] [--texts DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.articles import seed_article_path
from graph.extract import default_extractor, extraction_compiled
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


def corpora(options: argparse.Namespace) -> dict[str, list[str]]:
    """The texts of each corpus, by name; the gold files are read once."""
    articles = [path.read_text(encoding="utf-8")
                for path in sorted((data_dir() / "gold").rglob("*.txt"))]
    whole = [text for text in articles if len(text) >= options.size * 0.8]
    found = {
        f"{len(whole)} articles as written": [whole[index % len(whole)]
                                              for index in range(options.articles)],
        "gold-derived (dense)": cuts("\n\n".join(articles), options.size, options.articles),
        "seed article (prose)": cuts(seed_article_path().read_text(encoding="utf-8"),
                                     options.size, options.articles),
    }
    if options.texts is not None:  # the user's own articles, run together and cut alike
        own = "\n\n".join(path.read_text(encoding="utf-8", errors="replace")
                           for path in sorted(options.texts.rglob("*.txt")))
        found[f"{options.texts.name} (cuts)"] = cuts(own, options.size, options.articles)
    return found


def measure(texts_by_corpus: dict[str, list[str]], options: argparse.Namespace
            ) -> list[tuple[str, float, float, float]]:
    """(corpus, one-core wall/s, one-core CPU/s, batch wall/s) of each corpus."""
    rows = []
    for name, texts in texts_by_corpus.items():
        wall, cpu = one_core(texts, options.repeat)
        rows.append((name, wall, cpu, batch(texts, options.jobs)))
    return rows


def measure_compiled(wheel: Path, options: argparse.Namespace
                     ) -> list[tuple[str, float, float, float]]:
    """The rows of :func:`measure` in a subprocess importing the package from ``wheel``."""
    with tempfile.TemporaryDirectory() as target:
        installed = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                                    "--no-deps", "--disable-pip-version-check", "--target",
                                    target, str(wheel)], capture_output=True, text=True)
        if installed.returncode:  # not a wheel, or not this platform's: say why in one line
            last = (installed.stderr.strip().splitlines() or ["no output"])[-1]
            raise SystemExit(f"extract_bench: cannot install {wheel}: {last}")
        arguments = ["--articles", str(options.articles), "--size", str(options.size),
                     "--jobs", str(options.jobs), "--repeat", str(options.repeat)]
        if options.texts is not None:
            arguments += ["--texts", str(options.texts.resolve())]
        done = subprocess.run([sys.executable, __file__, *arguments, "--rows"],
                              env={**os.environ, "PYTHONPATH": target},
                              capture_output=True, text=True)
    if done.returncode:  # a wheel of another checkout, say: say why in one line
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        sys.exit(f"extract_bench: measuring {wheel} failed: {last}")
    return [tuple(row) for row in json.loads(done.stdout)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per corpus")
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes in batch mode")
    parser.add_argument("--repeat", type=int, default=3,
                        help="one-core passes per corpus; the fastest is reported")
    parser.add_argument("--compiled", type=Path, metavar="WHEEL",
                        help="also measure the package of this compiled wheel (make wheel)")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="also measure 5 KB cuts of the .txt files under DIR, run together")
    parser.add_argument("--rows", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.rows:  # the subprocess of --compiled: figures only, for the parent to print
        if not extraction_compiled():
            sys.exit("extract_bench: the package imported here is not compiled")
        print(json.dumps(measure(corpora(options), options)))
        return
    if options.compiled is not None and not options.compiled.is_file():
        sys.exit(f"extract_bench: no wheel at {options.compiled} (make wheel builds one)")
    if options.texts is not None and not any(options.texts.rglob("*.txt")):
        sys.exit(f"extract_bench: no .txt files under {options.texts}")
    texts_by_corpus = corpora(options)
    written = list(dict.fromkeys(next(iter(texts_by_corpus.values()))))  # each article once
    print(f"{options.articles} articles per corpus: cuts of {options.size} characters, articles "
          f"as written {sum(map(len, written)) / len(written):,.0f} characters on average; "
          f"batch mode with {options.jobs} worker(s); one core: fastest of {options.repeat} "
          f"passes; load average {os.getloadavg()[0]:.1f}")
    rows = {"source": measure(texts_by_corpus, options)}
    if options.compiled is not None:
        rows["compiled"] = measure_compiled(options.compiled, options)
    print(f"{'corpus':<28}{'build':<10}{'1 core wall/s':>15}{'1 core CPU/s':>15}"
          f"{'batch wall/s':>15}{'batch / 1 core':>16}")
    for index, (name, *_figures) in enumerate(rows["source"]):
        for build, measured in rows.items():
            _name, wall, cpu, pooled = measured[index]
            print(f"{name:<28}{build:<10}{wall:>15.1f}{cpu:>15.1f}{pooled:>15.1f}"
                  f"{pooled / wall:>15.2f}x")


if __name__ == "__main__":
    main()

"""``defence-graph extract``: entities and typed ties, with evidence, from article files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.build import generate_graph
from graph.errors import InputError
from graph.extract import findings_to_record
from graph.extract.batch import article_files, extract_files


def _warn(message: str) -> None:
    click.echo(f"defence-graph: warning: {message}", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["json", "ttl"]), default="json",
              show_default=True,
              help="json: one object (one file) or JSON Lines with a 'file' key (several); "
                   "ttl: the RDF of all findings.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for many files. Default: all cores.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr. Default: when stderr is a terminal.")
def extract(paths: tuple[Path, ...], output_format: str, jobs: int | None,
            progress: bool | None) -> None:
    """Extract entities and typed defence ties, with evidence, from articles.

    PATHS are article files (UTF-8 text) or folders of them (*.txt). Each tie
    carries the sentence that states it, its character offsets and a
    confidence; offsets count characters of the text with line ends read as
    one newline (as Python's open() reads it). Unreadable files are skipped
    with a warning; the exit status is 2 when none could be read.

    \b
    Examples:
      defence-graph extract article.txt
      defence-graph extract news/ --jobs 4 > ties.jsonl
      defence-graph extract news/ --format ttl > news.ttl
    """
    files, warnings = article_files(paths)
    for message in warnings:
        _warn(message)
    single = len(paths) == 1 and files == [Path(paths[0])]
    results = extract_files(files, jobs=jobs, progress=progress)
    collected = []
    failures = 0
    for result in results:
        if result.error is not None:
            if single:
                raise InputError(result.error)
            failures += 1
            _warn(f"{result.error} (skipped)")
            continue
        if output_format == "ttl":
            collected.append(result.findings)
        elif single:
            click.echo(json.dumps(findings_to_record(result.findings), ensure_ascii=False,
                                  indent=2))
        else:
            record = {"file": str(result.path), **findings_to_record(result.findings)}
            click.echo(json.dumps(record, ensure_ascii=False))
    if failures == len(files):
        raise InputError(f"none of the {len(files)} files could be read as an article")
    if output_format == "ttl":
        click.echo(generate_graph(collected).serialize(format="turtle"), nl=False)

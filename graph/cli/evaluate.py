"""``defence-graph evaluate``: precision, recall and F1 of extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.articles import read_article
from graph.extract import extract_findings, findings_to_record
from graph.extract.evaluate import Counts, Report, read_gold
from graph.extract.evaluate import evaluate as score


def _row(name: str, counts: Counts) -> str:
    return (f"{name:<10}{counts.precision:>10.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}"
            f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")


def _table(report: Report, gold_dir: Path, details: bool) -> str:
    lines = [f"gold: {gold_dir} ({len(report.articles)} articles)",
             f"{'':<10}{'precision':>10}{'recall':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
             _row("entities", report.entities), _row("ties", report.ties),
             f"evidence agreement: {report.evidence_agreement:.3f} of matched ties"]
    if details:
        for name, article in report.articles.items():
            if article.missed or article.spurious:
                lines.append(f"{name}:")
                lines.extend(f"  missed   {' '.join(key)}" for key in article.missed)
                lines.extend(f"  spurious {' '.join(key)}" for key in article.spurious)
    return "\n".join(lines)


@click.command()
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table for reading, json for programs.")
@click.option("--details", is_flag=True, help="List each article's missed and spurious ties.")
def evaluate(gold_dir: Path, output_format: str, details: bool) -> None:
    """Score extraction against the gold annotations in GOLD_DIR.

    GOLD_DIR holds NAME.json files in the shape 'defence-graph extract' prints,
    each beside its article NAME.txt (or naming it with a 'file' key).
    Entities match on type and identity, ties on type, source and target
    (either order for undirected types); names are compared through the
    gazetteer, so aliases count as the same entity.

    \b
    Example:
      defence-graph evaluate data/gold/news --details
    """
    report = score(read_gold(gold_dir),
                   lambda path: findings_to_record(extract_findings(read_article(path))))
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(_table(report, gold_dir, details))

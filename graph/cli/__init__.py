"""The ``defence-graph`` command line: a thin layer over the Python API.

Each command lives in its own module of this package. Errors a user can act
on (:class:`graph.errors.DefenceGraphError`) are printed as one line on stderr,
without a traceback, and set the exit status.
"""

from __future__ import annotations

import click

from graph import __version__
from graph.cli.analyse import analyse
from graph.cli.build import build
from graph.cli.corroborate import corroborate
from graph.cli.evaluate import evaluate
from graph.cli.export import export
from graph.cli.extract import extract
from graph.cli.plot import plot
from graph.cli.push import push
from graph.cli.query import query
from graph.cli.serve import serve
from graph.cli.validate import validate
from graph.errors import DefenceGraphError
from graph.extract import extraction_compiled

__all__ = ["cli", "main"]


class _Commands(click.Group):
    """A command group that reports DefenceGraphError as a one-line error."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DefenceGraphError as error:
            click.echo(f"defence-graph: error: {error}", err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("defence-graph: interrupted", err=True)
            ctx.exit(130)


_BUILD = ("extraction compiled with mypyc" if extraction_compiled()
          else "extraction from Python source")


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="defence-graph",
                      message=f"%(prog)s, version %(version)s ({_BUILD})")
def cli() -> None:
    """A knowledge graph of international defence ties.

    Build the graph from news articles and reference datasets, check it
    against the ontology's shapes, query it in SPARQL, and draw or export the
    partner networks. Start with:

    \b
      defence-graph build --out out
      defence-graph query ties
      defence-graph plot --out out/network.png
    """


for _command in (build, validate, query, extract, evaluate, plot, analyse, export, corroborate,
                 serve, push):
    cli.add_command(_command)


def main() -> None:
    """Entry point of the ``defence-graph`` console script."""
    cli(prog_name="defence-graph")

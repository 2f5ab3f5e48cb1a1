"""``defence-graph serve``: not built yet (issue 8)."""

from __future__ import annotations

import click

from graph.errors import InputError


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def serve(args: tuple[str, ...]) -> None:
    """Not built yet: see issue 8."""
    raise InputError("'serve' is not built yet (issue 8)")

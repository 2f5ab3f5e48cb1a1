"""``defence-graph extract``: not built yet (issue 3)."""

from __future__ import annotations

import click

from graph.errors import InputError


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def extract(args: tuple[str, ...]) -> None:
    """Not built yet: see issue 3."""
    raise InputError("'extract' is not built yet (issue 3)")

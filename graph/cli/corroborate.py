"""``defence-graph corroborate``: not built yet (issue 7)."""

from __future__ import annotations

import click

from graph.errors import InputError


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def corroborate(args: tuple[str, ...]) -> None:
    """Not built yet: see issue 7."""
    raise InputError("'corroborate' is not built yet (issue 7)")

"""``defence-graph export``: not built yet (issue 5)."""

from __future__ import annotations

import click

from graph.errors import InputError


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def export(args: tuple[str, ...]) -> None:
    """Not built yet: see issue 5."""
    raise InputError("'export' is not built yet (issue 5)")

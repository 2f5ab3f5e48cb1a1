"""Options shared by the commands that work on the partner network: plot, analyse, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import networkx as nx

from graph.api import KnowledgeGraph
from graph.cli.options import graph_option, load_graph, store_option
from graph.model import TIE_TYPES
from graph.network import ACTOR_KINDS, ego_network

__all__ = ["NetworkChoice", "network_options"]

_OPTIONS = [
    graph_option,
    store_option,
    click.option("--type", "types", multiple=True, type=click.Choice(TIE_TYPES),
                 metavar="TYPE", help="Only ties of this type (repeatable), e.g. ArmsTransfer."),
    click.option("--from-year", type=int, help="Only ties dated in or after this year."),
    click.option("--to-year", type=int, help="Only ties dated in or before this year."),
    click.option("--min-confidence", type=click.FloatRange(0, 1),
                 help="Only ties with at least this confidence (0-1)."),
    click.option("--kind", "kinds", multiple=True, type=click.Choice(ACTOR_KINDS),
                 help="Only actors of this kind and the ties between them (repeatable)."),
    click.option("--country", help="An ego network: this actor (name, ISO code, QID or alias)"
                 " and its partners."),
    click.option("--radius", type=click.IntRange(1, 5), default=1, show_default=True,
                 help="With --country: how many ties away from it to go."),
]


class NetworkChoice:
    """What the network options chose: the graph, the filters and the ego centre."""

    def __init__(self, graph_file: Path | None, store: str, types: tuple[str, ...],
                 from_year: int | None, to_year: int | None, min_confidence: float | None,
                 kinds: tuple[str, ...], country: str | None, radius: int) -> None:
        self.graph_file, self.store = graph_file, store
        self.filters: dict[str, Any] = {
            "types": list(types) or None,
            "years": (from_year, to_year) if from_year or to_year else None,
            "min_confidence": min_confidence,
            "kinds": list(kinds) or None,
        }
        self.country, self.radius = country, radius

    @property
    def filtered(self) -> bool:
        """True if any filter or an ego centre was given."""
        return any(value is not None for value in self.filters.values()) or bool(self.country)

    def graph(self) -> KnowledgeGraph:
        return load_graph(self.graph_file, self.store)

    def network(self, kg: KnowledgeGraph | None = None, *, ego: bool = True) -> nx.MultiDiGraph:
        """The filtered tie network; the ego network of --country when ``ego``."""
        view = (kg or self.graph()).network(**self.filters)
        return ego_network(view, self.country, self.radius) if ego and self.country else view


def network_options(command: Callable) -> Callable:
    """Add the graph, store, filter and ego options; pass them as one ``choice`` argument."""

    def wrapper(**kwargs: Any) -> Any:
        names = ("graph_file", "store", "types", "from_year", "to_year", "min_confidence",
                 "kinds", "country", "radius")
        choice = NetworkChoice(**{name: kwargs.pop(name) for name in names})
        return command(choice=choice, **kwargs)

    wrapper.__name__, wrapper.__doc__ = command.__name__, command.__doc__
    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper

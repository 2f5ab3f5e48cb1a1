"""IPython ``%%sparql`` magic: SPARQL or a named query on the loaded graph, as a DataFrame.

In a notebook::

    import graph
    kg = graph.load("out/graph.ttl")
    %load_ext graph.magic

    %%sparql
    SELECT ?name WHERE { ?country a dg:Country ; rdfs:label ?name }

    %sparql partners country=Mozambique
    %sparql suppliers country="Central African Republic" --out arms

    %%sparql evidence
    source=Russia
    target=Algeria

The line names a query (or a ``.rq`` file) with parameters as ``name=value``,
or the cell holds SPARQL text (which takes parameters too when its header
declares them with ``# @param`` lines, like a ``.rq`` file). Under a named
query the cell may hold its parameters, one ``name=value`` a line. The
project's prefixes need no ``PREFIX`` line. The result is a pandas DataFrame
(``--out VAR`` also stores it in ``VAR``). It runs on the
:class:`~graph.api.KnowledgeGraph` of the notebook: the one named by
``--graph VAR``, else the only one defined, else the bundled default graph.
Errors show as one line, without a traceback.

Examples
--------
>>> from graph.magic import parse_magic_line
>>> call = parse_magic_line('partners country="Central African Republic" --out table')
>>> call.query, call.params, call.out
('partners', {'country': 'Central African Republic'}, 'table')
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from graph.api import KnowledgeGraph, load
from graph.errors import DefenceGraphError, InputError

__all__ = ["MagicCall", "load_ipython_extension", "parse_magic_line", "run_magic"]


@dataclass
class MagicCall:
    """What a ``%%sparql`` line asks for."""

    query: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    graph: str | None = None
    out: str | None = None


def parse_magic_line(line: str) -> MagicCall:
    """Parse ``[NAME_OR_FILE] [name=value ...] [--graph VAR] [--out VAR]``."""
    try:
        tokens = shlex.split(line)
    except ValueError as error:
        raise InputError(f"%%sparql: {error}") from None
    call = MagicCall()
    options = {"--graph": "graph", "--out": "out"}
    while tokens:
        token = tokens.pop(0)
        if token in options:
            if not tokens:
                raise InputError(f"%%sparql: {token} needs a variable name")
            setattr(call, options[token], tokens.pop(0))
        elif token.startswith("-"):
            raise InputError(f"%%sparql: unknown option {token} (known: --graph, --out)")
        elif "=" in token:
            name, _, value = token.partition("=")
            call.params[name] = value
        elif call.query is None:
            call.query = token
        else:
            raise InputError(f"%%sparql: one query at a time, not {call.query!r} and {token!r}")
    return call


def _parameter_lines(body: str) -> dict[str, str]:
    """``name=value`` lines of a cell under a named query (``#`` lines are comments)."""
    params = {}
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, separator, value = line.partition("=")
        if not separator or not name.strip():
            raise InputError(f"%%sparql: under a query name the cell holds name=value lines, "
                             f"not {line.strip()!r}")
        params[name.strip()] = value.strip().strip('"')
    return params


def _graph_in(namespace: dict[str, Any], name: str | None) -> KnowledgeGraph:
    """The graph the magic runs on: the variable ``name``, the only one, or the default."""
    if name is not None:
        found = namespace.get(name)
        if not isinstance(found, KnowledgeGraph):
            raise InputError(f"%%sparql: {name!r} is not a KnowledgeGraph (use graph.load())")
        return found
    graphs = {key: value for key, value in namespace.items()
              if isinstance(value, KnowledgeGraph) and not key.startswith("_")}
    if len(graphs) > 1:
        names = ", ".join(sorted(graphs))
        raise InputError(f"%%sparql: several graphs ({names}); choose one with --graph NAME")
    if graphs:
        return next(iter(graphs.values()))
    namespace["_sparql_default_graph"] = namespace.get("_sparql_default_graph") or load()
    return namespace["_sparql_default_graph"]


def run_magic(line: str, cell: str | None, namespace: dict[str, Any]) -> pd.DataFrame:
    """Run a ``%sparql`` line or ``%%sparql`` cell against a graph of ``namespace``."""
    call = parse_magic_line(line)
    body = (cell or "").strip()
    if call.query and body:
        call.params.update(_parameter_lines(body))
        body = ""
    if not call.query and not body:
        raise InputError("%%sparql: give SPARQL in the cell, or a query name (e.g. ties)")
    kg = _graph_in(namespace, call.graph)
    frame = kg.query(call.query or body, **call.params)
    if call.out:
        namespace[call.out] = frame
    return frame


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%sparql`` / ``%%sparql`` (called by ``%load_ext graph.magic``)."""
    from IPython.core.error import UsageError  # IPython is there when this is called

    def sparql(line: str, cell: str | None = None) -> pd.DataFrame | None:
        try:
            return run_magic(line, cell, ipython.user_ns)
        except DefenceGraphError as error:
            raise UsageError(str(error)) from None

    ipython.register_magic_function(sparql, magic_kind="line_cell", magic_name="sparql")

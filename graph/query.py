"""Query: the named SPARQL library, safe parameter binding, and plain-value results.

Each named query is a ``.rq`` file in ``graph/queries/`` whose header comment
says what it answers, its parameters and an example::

    # partners: who a country is tied to, by tie type.
    # @param country actor  The country (name, alias, ISO code or Wikidata QID).
    # @param type tie-type?  Only ties of this type (optional: trailing ``?``).
    # @example defence-graph query partners --param country=Mozambique

Parameters are resolved to RDF terms (an actor's name to its IRI, a tie type to
its concept) and bound as initial bindings: user text is never pasted into a
query.

Examples
--------
>>> from graph.build import generate_graph
>>> from graph.sources import default_findings
>>> from graph.query import run_query
>>> result = run_query(generate_graph(default_findings()), "ties")
>>> result.columns
('source', 'target', 'type', 'evidence', 'origin')
>>> sorted({row["type"] for row in result.rows})[:3]
['ArmsTransfer', 'CounterTerrorism', 'IntelligenceSharing']
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias

import pandas as pd
from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Node

from graph.errors import InputError, QuerySyntaxError, UnknownEntityError
from graph.model import TIE_TYPES
from graph.namespaces import DGT
from graph.resources import queries_dir

__all__ = [
    "NamedQuery",
    "Parameter",
    "QueryResult",
    "Row",
    "check_syntax",
    "named_queries",
    "resolve_actor",
    "run_query",
]

Row: TypeAlias = dict[str, Any]

PARAMETER_KINDS = ("actor", "tie-type", "string", "integer")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a named query, bound to the SPARQL variable of the same name."""

    name: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its text and what its header says."""

    name: str
    text: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    examples: tuple[str, ...]
    path: Path

    @classmethod
    def from_file(cls, path: Path) -> NamedQuery:
        """Read a ``.rq`` file and parse its header comment."""
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line[1:].strip())
        parameters, examples, prose = [], [], []
        for line in header:
            if line.startswith("@param "):
                parameters.append(_parameter(line, path))
            elif line.startswith("@example "):
                examples.append(line.removeprefix("@example ").strip())
            else:
                prose.append(line)
        first = prose[0] if prose else path.stem
        summary = first.split(":", 1)[1].strip() if ":" in first else first
        description = "\n".join(prose[1:]).strip()
        return cls(path.stem, text, summary, description, tuple(parameters), tuple(examples), path)


def _parameter(line: str, path: Path) -> Parameter:
    match = re.match(r"@param\s+(\w+)\s+([\w-]+)(\??)\s*(.*)", line)
    if not match or match.group(2) not in PARAMETER_KINDS:
        raise ValueError(f"{path.name}: bad parameter line {line!r}")
    name, kind, optional, description = match.groups()
    return Parameter(name, kind, not optional, description)


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """Every query of the library, by name."""
    return {path.stem: NamedQuery.from_file(path) for path in sorted(queries_dir().glob("*.rq"))}


# ---------------------------------------------------------------- results


def to_python(term: Node | None) -> Any:
    """A plain Python value of an RDF term: str, int, float, bool, date, or None."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float, datetime.date, datetime.datetime)):
            return value
        return str(value)
    return str(term)


@dataclass(frozen=True)
class QueryResult:
    """Rows of plain Python values, in the query's column order."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a DataFrame (one column per variable)."""
        return pd.DataFrame(list(self.rows), columns=list(self.columns))

    def __len__(self) -> int:
        return len(self.rows)


def _collect(result: Any) -> QueryResult:
    if result.type == "ASK":
        return QueryResult(("boolean",), ({"boolean": bool(result.askAnswer)},))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        columns = ("subject", "predicate", "object")
        rows = tuple(dict(zip(columns, map(to_python, triple), strict=True))
                     for triple in result.graph)
        return QueryResult(columns, rows)
    columns = tuple(str(variable) for variable in result.vars)
    rows = tuple({name: to_python(solution.get(name)) for name in columns}
                 for solution in result)
    return QueryResult(columns, rows)


# ---------------------------------------------------------------- binding


def check_syntax(sparql: str) -> None:
    """Raise :class:`QuerySyntaxError` with line and column if ``sparql`` does not parse."""
    try:
        parseQuery(sparql)
    except ParseException as error:
        raise QuerySyntaxError(
            f"SPARQL syntax error at line {error.lineno}, column {error.col}: {error.msg}"
            f" (near {error.line.strip()[:60]!r})"
        ) from None


_ACTOR_LOOKUP = """
PREFIX dg: <https://w3id.org/defence-graph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?actor ?name WHERE {
  ?actor a/rdfs:subClassOf* dg:Actor .
  { ?actor rdfs:label ?name } UNION { ?actor skos:altLabel ?name }
  UNION { ?actor dg:iso3166Alpha3 ?name } UNION { ?actor dg:iso3166Alpha2 ?name }
  UNION { ?actor dg:wikidata ?item BIND (STRAFTER(STR(?item), "entity/") AS ?name) }
}
"""


def _actor_names(graph: Graph) -> tuple[dict[str, set[URIRef]], dict[str, str]]:
    """Actors by case-folded name, and the names as written by their folded form."""
    actors: dict[str, set[URIRef]] = {}
    spelled: dict[str, str] = {}
    for actor, name in graph.query(_ACTOR_LOOKUP):
        actors.setdefault(str(name).casefold(), set()).add(actor)
        spelled[str(name).casefold()] = str(name)
    return actors, spelled


def resolve_actor(graph: Graph, name: str) -> URIRef:
    """The IRI of the actor ``name`` denotes (label, alias, ISO code, QID or IRI).

    Raises
    ------
    UnknownEntityError
        If no actor matches; the message lists close matches.
    """
    if name.startswith(("http://", "https://")):
        return URIRef(name)
    names, spelled = _actor_names(graph)
    matches = names.get(name.strip().casefold())
    if matches and len(matches) == 1:
        return next(iter(matches))
    if matches:
        raise UnknownEntityError(f"{name!r} is ambiguous: {', '.join(sorted(matches))}")
    close = difflib.get_close_matches(name.casefold(), list(names), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(spelled[key] for key in close)}?" if close else ""
    raise UnknownEntityError(f"unknown actor {name!r} in this graph{hint}")


def _bind(graph: Graph, parameter: Parameter, value: object) -> Node:
    text = str(value)
    if parameter.kind == "actor":
        return resolve_actor(graph, text)
    if parameter.kind == "tie-type":
        if text not in TIE_TYPES:
            close = difflib.get_close_matches(text, TIE_TYPES, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise InputError(f"unknown tie type {text!r}{hint}")
        return DGT[text]
    if parameter.kind == "integer":
        try:
            return Literal(int(text))
        except ValueError:
            message = f"parameter {parameter.name} must be an integer, not {text!r}"
            raise InputError(message) from None
    return Literal(text)


def bindings_for(graph: Graph, query: NamedQuery, params: Mapping[str, object]) -> dict[str, Node]:
    """Initial bindings for ``query`` from user ``params``, checked and resolved."""
    declared = {parameter.name: parameter for parameter in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        accepted = ", ".join(declared) or "none"
        raise InputError(
            f"query {query.name} has no parameter {unknown[0]!r} (accepts: {accepted})")
    bindings = {}
    for name, parameter in declared.items():
        if params.get(name) not in (None, ""):
            bindings[name] = _bind(graph, parameter, params[name])
        elif parameter.required:
            raise InputError(
                f"query {query.name} needs --param {name}=... ({parameter.description})")
    return bindings


def query_text(name_or_sparql: str) -> tuple[str, NamedQuery | None]:
    """The SPARQL text for a query name, a ``.rq`` file path, or SPARQL itself."""
    library = named_queries()
    if name_or_sparql in library:
        query = library[name_or_sparql]
        return query.text, query
    if name_or_sparql.endswith(".rq") and "\n" not in name_or_sparql:
        path = Path(name_or_sparql)
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        query = NamedQuery.from_file(path)
        return query.text, query
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", name_or_sparql, re.IGNORECASE):
        return name_or_sparql, None
    close = difflib.get_close_matches(name_or_sparql, list(library), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise InputError(f"unknown query {name_or_sparql!r}{hint} (see: defence-graph query --list)")


def run_query(graph: Graph, name_or_sparql: str,
              params: Mapping[str, object] | None = None) -> QueryResult:
    """Run a named query, a ``.rq`` file or SPARQL text on ``graph``.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph to query (memory or Oxigraph store).
    name_or_sparql : str
        A query name (``"ties"``), a path ending in ``.rq``, or SPARQL text.
    params : mapping, optional
        Parameter values by name; names, aliases and codes are resolved.

    Raises
    ------
    QuerySyntaxError
        If the SPARQL does not parse.
    InputError
        For unknown queries, parameters or actors.
    """
    text, named = query_text(name_or_sparql)
    check_syntax(text)
    params = dict(params or {})
    if named is not None:
        bindings = bindings_for(graph, named, params)
    elif params:
        raise InputError("parameters apply to named queries and .rq files only")
    else:
        bindings = {}
    return _collect(graph.query(text, initBindings=bindings))

"""Query: the named SPARQL library, safe parameter binding, and plain-value results.

Each named query is a ``.rq`` file in ``graph/queries/`` whose header comment
says what it answers, its parameters and an example::

    # partners: who a country is tied to, by tie type and direction.
    # @param country actor  The country (name, alias, ISO code or Wikidata QID).
    # @param type tie-type?  Only ties of this type (optional: trailing ``?``).
    # @example defence-graph query partners --param country=Mozambique

A parameter binds the SPARQL variable of the same name. Its kind says how the
user's text becomes an RDF term: ``actor`` resolves a name, alias, ISO code or
Wikidata QID to the actor's IRI; ``tie-type`` checks the name against the
scheme and binds the concept's ``skos:notation`` literal (match it with
``?concept skos:notation ?type``); ``string`` and ``integer`` bind literals.
Values are bound as initial bindings (rdflib) or substitutions (Oxigraph):
user text is never pasted into a query. SPARQL text with the same header
comment takes parameters too.

On an Oxigraph-backed graph, queries run straight on the pyoxigraph store and
results become Python values without passing through rdflib terms; on
rdflib's memory store, rdflib's engine runs them. Both give the same rows.

Examples
--------
>>> from graph.build import generate_graph
>>> from graph.sources import default_findings
>>> from graph.query import run_query
>>> seed = generate_graph(default_findings())
>>> result = run_query(seed, "ties")
>>> result.columns
('source', 'target', 'type', 'evidence', 'origin')
>>> sorted({row["type"] for row in result.rows})[:3]
['ArmsTransfer', 'CounterTerrorism', 'IntelligenceSharing']
>>> run_query(seed, "suppliers", {"country": "Algeria"}).rows[0]["weapon"]
'Su-57'
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import quote

import pandas as pd
import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.store import Store
from rdflib.term import Node

from graph.errors import InputError, QuerySyntaxError, UnknownEntityError
from graph.model import TIE_TYPES
from graph.namespaces import PREFIXES, WD
from graph.resources import queries_dir
from graph.store import pyoxigraph_store, to_oxigraph

__all__ = [
    "NamedQuery",
    "Parameter",
    "QueryResult",
    "Row",
    "check_syntax",
    "named_queries",
    "plain_value",
    "resolve_actor",
    "run_query",
    "to_python",
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
    path: Path | None

    @classmethod
    def from_file(cls, path: Path) -> NamedQuery:
        """Read a ``.rq`` file and parse its header comment."""
        return cls.from_text(path.read_text(encoding="utf-8"), path.stem, path)

    @classmethod
    def from_text(cls, text: str, name: str, path: Path | None = None) -> NamedQuery:
        """A query from SPARQL text whose leading ``#`` lines form its header."""
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line[1:].strip())
        parameters, examples, prose = [], [], []
        for line in header:
            if line.startswith("@param "):
                parameters.append(_parameter(line, name))
            elif line.startswith("@example "):
                examples.append(line.removeprefix("@example ").strip())
            else:
                prose.append(line)
        first = prose[0] if prose else name
        summary = first.split(":", 1)[1].strip() if ":" in first else first
        description = "\n".join(prose[1:]).strip()
        return cls(name, text, summary, description, tuple(parameters), tuple(examples), path)


def _parameter(line: str, query_name: str) -> Parameter:
    match = re.match(r"@param\s+(\w+)\s+([\w-]+)(\??)\s*(.*)", line)
    if not match or match.group(2) not in PARAMETER_KINDS:
        kinds = ", ".join(PARAMETER_KINDS)
        raise InputError(f"{query_name}: bad parameter line {line!r} (kinds: {kinds})")
    name, kind, optional, description = match.groups()
    return Parameter(name, kind, not optional, description)


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """Every query of the library, by name."""
    return {path.stem: NamedQuery.from_file(path) for path in sorted(queries_dir().glob("*.rq"))}


# ---------------------------------------------------------------- plain values

_XSD = "http://www.w3.org/2001/XMLSchema#"


def _boolean(lexical: str) -> bool:
    if lexical not in ("true", "false", "1", "0"):
        raise ValueError(lexical)
    return lexical in ("true", "1")


_INTEGER_TYPES = (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte",
)
#: Python type of each XSD datatype that has one; other literals stay strings
#: (gYear "2024" is a year, not a date).
_CONVERTERS: dict[str, Callable[[str], Any]] = {
    **{_XSD + name: int for name in _INTEGER_TYPES},
    **{_XSD + name: float for name in ("decimal", "double", "float")},
    _XSD + "boolean": _boolean,
    _XSD + "date": datetime.date.fromisoformat,
    _XSD + "dateTime": datetime.datetime.fromisoformat,
}


def plain_value(lexical: str, datatype: str | None = None) -> Any:
    """The Python value of a literal: int, float, bool, date, datetime or its text.

    Both stores convert through this one function, so their rows are equal.
    An ill-typed literal (``"abc"^^xsd:integer``) stays text.

    Examples
    --------
    >>> plain_value("42", "http://www.w3.org/2001/XMLSchema#integer")
    42
    >>> plain_value("2024", "http://www.w3.org/2001/XMLSchema#gYear")
    '2024'
    >>> plain_value("abc", "http://www.w3.org/2001/XMLSchema#integer")
    'abc'
    """
    convert = _CONVERTERS.get(datatype) if datatype else None
    if convert is None:
        return lexical
    try:
        return convert(lexical)
    except ValueError:
        return lexical


def to_python(term: Node | None) -> Any:
    """A plain Python value of an rdflib term: literals by datatype, IRIs as strings."""
    if term is None:
        return None
    if isinstance(term, Literal):
        return plain_value(str(term), term.datatype and str(term.datatype))
    return str(term)


def _oxigraph_value(term: Any) -> Any:
    """A plain Python value of a pyoxigraph term (no rdflib term is built)."""
    if term is None:
        return None
    if type(term) is ox.Literal:
        datatype = term.datatype.value
        return plain_value(term.value, datatype) if datatype in _CONVERTERS else term.value
    return term.value if not isinstance(term, ox.Triple) else str(term)


@dataclass(frozen=True)
class QueryResult:
    """Solutions of a query as plain Python values, in the query's column order.

    ``records`` holds one tuple per solution; ``rows`` gives them as dicts.
    ``kind`` is the query form: ``SELECT``, ``ASK`` (one ``boolean`` column),
    ``CONSTRUCT`` or ``DESCRIBE`` (``subject``, ``predicate``, ``object``).
    """

    columns: tuple[str, ...]
    records: tuple[tuple[Any, ...], ...]
    kind: str = "SELECT"

    @functools.cached_property
    def rows(self) -> tuple[Row, ...]:
        """One dict (column -> value) per solution."""
        columns = self.columns
        return tuple(dict(zip(columns, record, strict=True)) for record in self.records)

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a DataFrame (one column per variable)."""
        return pd.DataFrame.from_records(list(self.records), columns=list(self.columns))

    @classmethod
    def from_rows(cls, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> QueryResult:
        """A result from row dicts (missing keys are None), in ``columns`` order."""
        columns = tuple(columns)
        return cls(columns, tuple(tuple(row.get(column) for column in columns) for row in rows))

    @classmethod
    def from_dataframe(cls, frame: pd.DataFrame) -> QueryResult:
        """Rows of a DataFrame as plain Python values (numpy scalars unboxed)."""
        records = tuple(tuple(row.values()) for row in frame.to_dict("records"))
        return cls(tuple(str(column) for column in frame.columns), records)

    def __len__(self) -> int:
        return len(self.records)


# ---------------------------------------------------------------- running

_TRIPLE_COLUMNS = ("subject", "predicate", "object")


def _syntax_error(line: int, column: int, message: str, text: str) -> QuerySyntaxError:
    lines = text.splitlines()
    near = lines[line - 1].strip()[:60] if 0 < line <= len(lines) else ""
    return QuerySyntaxError(
        f"SPARQL syntax error at line {line}, column {column}: {message} (near {near!r})")


def check_syntax(sparql: str) -> None:
    """Raise :class:`QuerySyntaxError` with line and column if ``sparql`` does not parse."""
    try:
        parseQuery(sparql)
    except ParseException as error:
        raise _syntax_error(error.lineno, error.col, error.msg, sparql) from None


@functools.lru_cache(maxsize=128)
def _prepared(sparql: str) -> Query:
    """rdflib's parsed and translated query, made once per text."""
    check_syntax(sparql)
    try:
        return prepareQuery(sparql, initNs=PREFIXES)
    except Exception as error:  # translation errors (unknown prefix...) are plain Exceptions
        raise QuerySyntaxError(f"SPARQL error: {' '.join(str(error).split())}") from None


def _store_answers_queries(graph: Graph) -> bool:
    """True when the graph's store runs SPARQL itself (e.g. a remote endpoint's store)."""
    return type(graph.store).query is not Store.query


def _run_rdflib(graph: Graph, sparql: str, bindings: Mapping[str, Node]) -> QueryResult:
    if _store_answers_queries(graph):
        # Such stores take query text, not rdflib's prepared algebra.
        check_syntax(sparql)
        result = graph.query(sparql, initNs=PREFIXES, initBindings=dict(bindings))
    else:
        result = graph.query(_prepared(sparql), initBindings=dict(bindings))
    if result.type == "ASK":
        return QueryResult(("boolean",), ((bool(result.askAnswer),),), "ASK")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        records = tuple(tuple(map(to_python, triple)) for triple in result.graph)
        return QueryResult(_TRIPLE_COLUMNS, records, result.type)
    variables = list(result.vars or ())
    records = tuple(tuple(to_python(solution.get(variable)) for variable in variables)
                    for solution in result)
    return QueryResult(tuple(str(variable) for variable in variables), records)


_OXIGRAPH_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_OXIGRAPH_ERROR = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", re.DOTALL)
_UNPROJECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")


def _unprojected_parameter(name: str) -> InputError:
    return InputError(f"list the parameter ?{name} in SELECT: stores bind only projected "
                      "variables (a required parameter's column is then left out)")


def _run_oxigraph(store: ox.Store, graph: Graph, sparql: str,
                  bindings: Mapping[str, Node]) -> QueryResult:
    substitutions = {ox.Variable(name): to_oxigraph(value) for name, value in bindings.items()}
    try:
        return _oxigraph_result(store.query(sparql, prefixes=_OXIGRAPH_PREFIXES,
                                            default_graph=to_oxigraph(graph.identifier),
                                            substitutions=substitutions))
    except RuntimeError as error:  # e.g. a substituted variable the query does not project
        unprojected = _UNPROJECTED.search(str(error))
        if unprojected:
            raise _unprojected_parameter(unprojected.group(1)) from None
        raise InputError(f"SPARQL error: {' '.join(str(error).split())}") from None
    except SyntaxError as error:
        match = _OXIGRAPH_ERROR.match(str(error))
        if match is None:
            raise QuerySyntaxError(f"SPARQL syntax error: {error}") from None
        line, column, message = match.groups()
        raise _syntax_error(int(line), int(column), " ".join(message.split()), sparql) from None


def _oxigraph_result(result: Any) -> QueryResult:
    """Read every solution (or triple, or the boolean) of a pyoxigraph query."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(("boolean",), ((bool(result),),), "ASK")
    value = _oxigraph_value
    if isinstance(result, ox.QueryTriples):
        records = tuple((value(triple.subject), value(triple.predicate), value(triple.object))
                        for triple in result)
        return QueryResult(_TRIPLE_COLUMNS, records, "CONSTRUCT")
    columns = tuple(variable.value for variable in result.variables)
    return QueryResult(columns, tuple(tuple(map(value, solution)) for solution in result))


def execute(graph: Graph, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run SPARQL on ``graph`` with variables bound to RDF terms.

    Runs on pyoxigraph directly when Oxigraph holds the graph, else in rdflib.

    Raises
    ------
    QuerySyntaxError
        If the SPARQL does not parse; the message gives line and column.
    """
    store = pyoxigraph_store(graph)
    if store is not None:
        return _run_oxigraph(store, graph, sparql, bindings or {})
    return _run_rdflib(graph, sparql, bindings or {})


# ---------------------------------------------------------------- binding

# Exact look-up (index only): the name as an English label or alias, an ISO
# code, or a Wikidata item.
_ACTOR_EXACT = """
SELECT DISTINCT ?actor ?english ?plain ?item WHERE {
  { ?actor rdfs:label ?english } UNION { ?actor skos:altLabel ?english }
  UNION { ?actor dg:iso3166Alpha3 ?plain } UNION { ?actor dg:iso3166Alpha2 ?plain }
  UNION { ?actor dg:wikidata ?item }
  ?actor a/rdfs:subClassOf* dg:Actor .
}
ORDER BY ?actor
"""

# Every name of every actor, for case-insensitive matching and suggestions.
_ACTOR_NAMES = """
SELECT DISTINCT ?actor ?name WHERE {
  ?actor a/rdfs:subClassOf* dg:Actor .
  { ?actor rdfs:label ?name } UNION { ?actor skos:altLabel ?name }
  UNION { ?actor dg:iso3166Alpha3 ?name } UNION { ?actor dg:iso3166Alpha2 ?name }
  UNION { ?actor dg:wikidata ?item BIND (STRAFTER(STR(?item), "entity/") AS ?name) }
}
"""


def _actor_names(graph: Graph) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Actors by case-folded name, and the names as written by their folded form."""
    actors: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for actor, name in execute(graph, _ACTOR_NAMES).records:
        actors.setdefault(name.casefold(), set()).add(actor)
        spelled[name.casefold()] = name
    return actors, spelled


def _one_actor(name: str, matches: Iterable[str]) -> URIRef:
    matches = sorted(matches)
    if len(matches) > 1:
        raise UnknownEntityError(f"{name!r} is ambiguous: {', '.join(matches)}")
    return URIRef(matches[0])


def resolve_actor(graph: Graph, name: str) -> URIRef:
    """The IRI of the actor ``name`` denotes (label, alias, ISO code, QID or IRI).

    An exact spelling is found through the store's indexes; other spellings
    are matched case-insensitively against every actor's names.

    Raises
    ------
    UnknownEntityError
        If no actor matches; the message lists close matches.
    """
    if name.startswith(("http://", "https://")):
        return URIRef(name)
    text = name.strip()
    # Quoting keeps the item a valid IRI, which only a real QID can match.
    item = WD[quote(text, safe="")]
    exact = {"english": Literal(text, lang="en"), "plain": Literal(text), "item": item}
    found = execute(graph, _ACTOR_EXACT, exact).records
    if found:
        return _one_actor(name, {record[0] for record in found})
    names, spelled = _actor_names(graph)
    matches = names.get(text.casefold())
    if matches:
        return _one_actor(name, matches)
    close = difflib.get_close_matches(text.casefold(), list(names), n=5, cutoff=0.6)
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
        return Literal(text)
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
    """The SPARQL text for a query name, a ``.rq`` file path, or SPARQL itself.

    SPARQL text whose header comment declares ``# @param`` lines comes back
    with its :class:`NamedQuery`, so it takes parameters like a named query.
    """
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
        if re.search(r"^#\s*@param\s", name_or_sparql, re.MULTILINE):
            return name_or_sparql, NamedQuery.from_text(name_or_sparql, "SPARQL text")
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
        The project's prefixes (``dg:``, ``dgt:``, ``dgr:``, ``prov:``,
        ``skos:``, ``rdfs:``...) need no ``PREFIX`` declaration.
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
    params = dict(params or {})
    if named is not None:
        bindings = bindings_for(graph, named, params)
    elif params:
        raise InputError("parameters apply to named queries, .rq files and SPARQL text "
                         "declaring them in '# @param NAME KIND' header lines")
    else:
        bindings = {}
    result = execute(graph, text, bindings)
    return _without_inputs(result, named) if named is not None else result


def _without_inputs(result: QueryResult, query: NamedQuery) -> QueryResult:
    """``result`` less the columns of required parameters, which repeat the input.

    Oxigraph substitutes only variables the query projects, so a query must
    list its parameters in ``SELECT``; an optional parameter filters a column
    the query shows anyway and stays.
    """
    if result.kind != "SELECT":
        return result
    missing = [parameter.name for parameter in query.parameters
               if parameter.name not in result.columns]
    if missing:
        raise _unprojected_parameter(missing[0])
    inputs = {parameter.name for parameter in query.parameters if parameter.required}
    keep = [index for index, column in enumerate(result.columns) if column not in inputs]
    if len(keep) == len(result.columns):
        return result
    columns = tuple(result.columns[index] for index in keep)
    records = tuple(tuple(record[index] for index in keep) for record in result.records)
    return QueryResult(columns, records)


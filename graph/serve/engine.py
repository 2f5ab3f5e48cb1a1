"""The query engine of the endpoint: what runs inside each worker process.

A worker loads the graph once (:func:`start_worker`) and then answers
:class:`Job` records with :class:`Answer` records: status, media type and the
serialized body, ready to send. Everything here is plain functions of a
:class:`~graph.api.KnowledgeGraph` on the Oxigraph store, so the tests call them
directly, without a server.

Queries run on pyoxigraph underneath the KnowledgeGraph, with Oxigraph's own
serializers. The default graph a query sees is the union of the store's graphs
(the build lives in a named graph), unless the query names its dataset with
``FROM`` or the request does with ``default-graph-uri`` / ``named-graph-uri``.
At most ``max_rows`` rows (or triples) are returned; a longer result is cut and
says so in the ``X-Result-Truncated`` header.

Examples
--------
>>> import graph
>>> from graph.serve.engine import Job, answer
>>> kg = graph.load(store="oxigraph")
>>> reply = answer(kg, Job("sparql", "ASK { ?s dg:suppliesArmsTo ?o }", accept="text/csv"))
>>> reply.status, reply.media_type, reply.body
(200, 'text/csv; charset=utf-8', b'true')
"""

from __future__ import annotations

import difflib
import functools
import io
import json
import signal
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.api import KnowledgeGraph
from graph.errors import InputError
from graph.query import bindings_for, named_queries
from graph.serve.formats import GRAPH_FORMATS, RESULT_FORMATS, Format, NotAcceptable, negotiate
from graph.serve.guard import Refusal, check_query, update_operation
from graph.serve.lexer import names_dataset
from graph.store import new_graph, pyoxigraph_store

__all__ = ["Answer", "Job", "Limits", "answer", "oxigraph_store", "run_job", "start_worker"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class Job:
    """A request for a worker.

    Attributes
    ----------
    kind : str
        ``"sparql"`` (query text), ``"named"`` (a library query with ``params``),
        ``"network"`` (PNG of a country's partners, country in ``query``),
        ``"actors"`` (names on the network, as JSON) or ``"ping"``.
    query : str
        The SPARQL text, the named query's name, or the country.
    params : tuple of (name, value)
        Parameters of a named query.
    accept, format_name : str, optional
        What the client asked for (Accept header, ``format`` parameter).
    default_graphs, named_graphs : tuple of str
        The protocol's ``default-graph-uri`` and ``named-graph-uri``.
    """

    kind: str
    query: str = ""
    params: tuple[tuple[str, str], ...] = ()
    accept: str | None = None
    format_name: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A worker's reply: what the server sends back."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        """A plain-text error answer."""
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode())


@dataclass(frozen=True)
class Limits:
    """The per-worker limits: rows per answer and whether SERVICE may run."""

    max_rows: int = 10_000
    allow_service: bool = False


# The worker's state, set once by start_worker.
_WORKER: dict[str, Any] = {}


def oxigraph_store(kg: KnowledgeGraph) -> ox.Store:
    """The pyoxigraph store under a KnowledgeGraph on the ``"oxigraph"`` store."""
    store = pyoxigraph_store(kg.rdf)
    if store is None:
        raise ValueError("the endpoint needs a graph on the oxigraph store")
    return store


def load_snapshot(path: str) -> KnowledgeGraph:
    """A KnowledgeGraph on Oxigraph from an N-Quads snapshot written by the server."""
    kg = KnowledgeGraph(new_graph("oxigraph"))
    oxigraph_store(kg).bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    return kg


def start_worker(snapshot: str, max_rows: int, allow_service: bool) -> None:
    """Initialise a worker process: load the graph, set the limits.

    The pool stops a worker whose query runs past the timeout with SIGTERM;
    the default action ends the process at once, even inside Oxigraph's native
    code, where a Python handler would never get to run.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    import matplotlib

    matplotlib.use("Agg")
    _WORKER["kg"] = load_snapshot(snapshot)
    _WORKER["limits"] = Limits(max_rows, allow_service)


def run_job(job: Job) -> Answer:
    """Answer ``job`` with the worker's graph (the function the pool runs)."""
    return answer(_WORKER["kg"], job, _WORKER["limits"])


# ---------------------------------------------------------------- serializing


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    value: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


def solutions_to_json(variables: list[str], rows: list[Any]) -> bytes:
    """SPARQL 1.1 Query Results JSON of solution rows (terms in ``variables`` order).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> solutions_to_json(["s", "n"], [(ox.NamedNode("http://x/a"), ox.Literal("1")), (None,)])
    b'{"head":{"vars":["s","n"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://x/a"},"n":{"type":"literal","value":"1"}},{}]}}'
    """
    bindings = [{name: _term_json(term) for name, term in zip(variables, row, strict=False)
                 if term is not None} for row in rows]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _truncation(limit: int) -> dict[str, str]:
    return {"X-Result-Truncated": "true", "X-Result-Row-Limit": str(limit)}


def _select_answer(solutions: ox.QuerySolutions, chosen: Format, max_rows: int) -> Answer:
    variables = [variable.value for variable in solutions.variables]
    rows = [tuple(solution) for solution in islice(solutions, max_rows + 1)]
    headers = _truncation(max_rows) if len(rows) > max_rows else {}
    body = solutions_to_json(variables, rows[:max_rows])
    if chosen.name != "json":
        parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=chosen.oxigraph)
    return Answer(200, chosen.content_type, body, headers)


def _used_prefixes(triples: list[ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    iris = {term.value for triple in triples for term in triple if isinstance(term, ox.NamedNode)}
    iris |= {term.datatype.value for triple in triples for term in triple
             if isinstance(term, ox.Literal)}
    return {prefix: namespace for prefix, namespace in prefixes.items()
            if any(iri.startswith(namespace) for iri in iris)}


def _graph_answer(triples: ox.QueryTriples, chosen: Format, max_rows: int,
                  prefixes: dict[str, str]) -> Answer:
    kept = list(islice(triples, max_rows + 1))
    headers = _truncation(max_rows) if len(kept) > max_rows else {}
    kept = kept[:max_rows]
    used = _used_prefixes(kept, prefixes) if chosen.name == "turtle" else None
    body = ox.serialize(kept, format=chosen.oxigraph, prefixes=used)
    return Answer(200, chosen.content_type, body or b"", headers)


def _serialize(result: Any, job: Job, limits: Limits, prefixes: dict[str, str]) -> Answer:
    try:
        if isinstance(result, ox.QueryTriples):
            chosen = negotiate(GRAPH_FORMATS, job.accept, job.format_name)
            return _graph_answer(result, chosen, limits.max_rows, prefixes)
        chosen = negotiate(RESULT_FORMATS, job.accept, job.format_name)
    except NotAcceptable as error:
        return Answer.error(406, str(error))
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, chosen.content_type, result.serialize(format=chosen.oxigraph))
    return _select_answer(result, chosen, limits.max_rows)


# ---------------------------------------------------------------- running


@functools.cache
def _prefixes(kg: KnowledgeGraph) -> dict[str, str]:
    """The graph's bound prefixes: queries may use ``dg:``, ``rdfs:``... undeclared."""
    return {prefix: str(namespace) for prefix, namespace in kg.rdf.namespaces() if prefix}


def _dataset(job: Job) -> dict[str, Any]:
    if job.default_graphs or job.named_graphs:
        return {"default_graph": [ox.NamedNode(iri) for iri in job.default_graphs],
                "named_graphs": [ox.NamedNode(iri) for iri in job.named_graphs] or None}
    return {} if names_dataset(job.query) else {"use_default_graph_as_union": True}


def _to_oxigraph(term: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal) and term.language:
        return ox.Literal(str(term), language=term.language)
    if isinstance(term, Literal) and term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def _run_sparql(kg: KnowledgeGraph, job: Job, limits: Limits) -> Answer:
    check_query(job.query, allow_service=limits.allow_service)
    prefixes = _prefixes(kg)
    try:
        result = oxigraph_store(kg).query(job.query, prefixes=prefixes, **_dataset(job))
    except SyntaxError as error:
        operation = update_operation(job.query)
        if operation:
            raise Refusal(403, f"SPARQL Update ({operation}) is refused: this endpoint is"
                               " read-only") from None
        raise Refusal(400, f"SPARQL syntax error: {error}") from None
    return _serialize(result, job, limits, prefixes)


def _run_named(kg: KnowledgeGraph, job: Job, limits: Limits) -> Answer:
    named = named_queries().get(job.query)
    if named is None:
        close = difflib.get_close_matches(job.query, list(named_queries()), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise Refusal(404, f"no named query {job.query!r}{hint}")
    bindings = bindings_for(kg.rdf, named, dict(job.params))
    substitutions = {ox.Variable(name): _to_oxigraph(term) for name, term in bindings.items()}
    prefixes = _prefixes(kg)
    result = oxigraph_store(kg).query(named.text, prefixes=prefixes, substitutions=substitutions,
                                      use_default_graph_as_union=True)
    return _serialize(result, job, limits, prefixes)


@functools.cache
def _network(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    return kg.network()


def _run_network(kg: KnowledgeGraph, country: str) -> Answer:
    from matplotlib import pyplot as plt

    from graph.draw import plot_network

    view = _network(kg)
    names = {str(node).casefold(): node for node in view}
    node = names.get(country.strip().casefold())
    if node is None:
        close = difflib.get_close_matches(country, [str(name) for name in view], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise Refusal(404, f"{country!r} has no ties in this graph{hint}")
    partners = nx.ego_graph(view, node, radius=1, undirected=True)
    figure = plot_network(partners, title=f"Defence partners of {node}")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return Answer(200, "image/png", buffer.getvalue(), {"Cache-Control": "max-age=300"})


def _run_actors(kg: KnowledgeGraph) -> Answer:
    names = sorted((str(node) for node in _network(kg)), key=str.casefold)
    return Answer(200, "application/json", json.dumps(names, ensure_ascii=False).encode())


def answer(kg: KnowledgeGraph, job: Job, limits: Limits | None = None) -> Answer:
    """Answer ``job`` on ``kg`` (a graph on the Oxigraph store).

    Refusals and user errors become 4xx answers with a one-line message;
    an error inside the query engine becomes a 500 with Oxigraph's message.
    """
    limits = limits or Limits()
    try:
        if job.kind == "sparql":
            return _run_sparql(kg, job, limits)
        if job.kind == "named":
            return _run_named(kg, job, limits)
        if job.kind == "network":
            return _run_network(kg, job.query)
        if job.kind == "actors":
            return _run_actors(kg)
        if job.kind == "ping":
            return Answer(200, "text/plain; charset=utf-8", str(len(kg)).encode())
        return Answer.error(400, f"unknown job kind {job.kind!r}")
    except Refusal as refusal:
        return Answer.error(refusal.status, refusal.message)
    except InputError as error:
        return Answer.error(400, str(error))
    except (OSError, RuntimeError, ValueError) as error:
        return Answer.error(500, f"query failed: {' '.join(str(error).split())}")

"""Validation of a graph against the SHACL shapes in ``ontology/shapes.ttl``.

pyshacl checks the graph on rdflib's memory store (it is much slower over
other stores), with the ontology's class and property axioms mixed in the way
pyshacl mixes an ontology in, so class hierarchies are known. Two things keep
a graph of the size of the shared reference set (380,000 triples) to about a
minute, where plain pyshacl takes over half an hour:

* Each SPARQL-based constraint runs once, on Oxigraph, with ``$this`` left
  free; pyshacl is handed each focus node's solutions from that one run.
  Plain pyshacl parses and runs the query once per focus node with rdflib
  (about 20 ms each, for some 70,000 focus nodes).
* Shapes are validated in batches of focus nodes, which lets a progress bar
  show how far validation has got. Each SHACL result belongs to one shape and
  one focus node, so the batches' results together are the whole report.

Everything else in the report is pyshacl's own; the tests compare it with
plain pyshacl's report on conforming and on broken graphs.
``benchmarks/validate_bench.py`` times both.

Examples
--------
>>> from graph.build import generate_graph
>>> from graph.sources import default_findings
>>> from graph.validate import validate_graph
>>> report = validate_graph(generate_graph(default_findings()))
>>> report.conforms
True
"""

from __future__ import annotations

import functools
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import Shape, Validator, validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.rdfutil.inoculate import inoculate
from rdflib import Graph, URIRef, Variable
from rdflib.namespace import RDF, SH
from rdflib.query import Result
from rdflib.term import Node
from tqdm import tqdm

from graph.build import Triple, ontology_graph
from graph.errors import InputError
from graph.resources import ontology_file
from graph.store import pyoxigraph_store, read_rdf, to_oxigraph, to_rdflib

__all__ = ["ValidationReport", "Violation", "plain_pyshacl_report", "validate_file",
           "validate_graph"]

#: Focus nodes per pyshacl run: small enough for a lively progress bar, large
#: enough that pyshacl's set-up per run (about 20 ms) does not count.
BATCH_SIZE = 2000


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, and the shape's message."""

    focus: str
    path: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        return f"{self.severity}: {where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms, and every violation if not."""

    conforms: bool
    violations: tuple[Violation, ...]

    def __str__(self) -> str:
        if self.conforms:
            return "conforms: the graph satisfies every shape in ontology/shapes.ttl"
        lines = [f"does not conform: {len(self.violations)} violation(s)"]
        lines.extend(f"  {violation}" for violation in self.violations)
        return "\n".join(lines)


def _short(graph: Graph, node: object) -> str | None:
    if node is None:
        return None
    try:
        return graph.namespace_manager.normalizeUri(node)
    except Exception:
        return str(node)


def _violations(data: Graph, results: Graph) -> Iterator[Violation]:
    """The results of a pyshacl report graph, IRIs shortened with ``data``'s prefixes."""
    for result in results.subjects(SH.resultSeverity, None):
        yield Violation(
            focus=_short(data, results.value(result, SH.focusNode)) or "?",
            path=_short(data, results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            severity=_short(results, results.value(result, SH.resultSeverity)).split(":")[-1]
            .split("#")[-1],
        )


# ---------------------------------------------------------------- the graphs pyshacl sees


def _shapes() -> Graph:
    """The shapes graph, parsed afresh: pyshacl adds its own triples to the one it is given."""
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@functools.cache
def _ontology_axioms() -> tuple[Triple, ...]:
    """The ontology triples pyshacl mixes into a data graph given ``ont_graph``."""
    axioms = Graph()
    inoculate(axioms, ontology_graph())
    return tuple(axioms)


@functools.cache
def _ontology_prefixes() -> tuple[tuple[str, URIRef], ...]:
    return tuple(ontology_graph().namespaces())


#: Queries whose answers for one focus node are not a share of the answers for all.
_NOT_PER_FOCUS = re.compile(
    r"\b(LIMIT|OFFSET|GROUP\s+BY|HAVING|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\b",
    re.IGNORECASE)


class _OncePerConstraint(Graph):
    """A memory graph that answers pyshacl's per-focus-node constraint queries from one run.

    pyshacl asks a SPARQL-based constraint's query once per focus node, with
    ``$this`` bound. The first time a query comes, it runs on Oxigraph with
    ``$this`` free and its solutions are kept by focus node; later calls are
    look-ups. A query whose answers for one node are not simply its share of
    the answers for all (aggregates, LIMIT, ``$this`` not bound by its
    patterns) goes to rdflib as usual, as does every query when there is no
    Oxigraph copy (the graph holds an IRI Oxigraph refuses).
    """

    def __init__(self, oxigraph: ox.Store | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.oxigraph = oxigraph
        self.answers: dict[str, dict[Node, list[dict[Variable, Node]]] | None] = {}
        self.variables: dict[str, list[Variable]] = {}

    def query(self, query_object: Any, processor: Any = "sparql", result: Any = "sparql",
              initNs: Mapping[str, Any] | None = None,
              initBindings: Mapping[str, Node] | None = None,
              use_store_provided: bool = True, **kwargs: Any) -> Result:
        if isinstance(query_object, str) and initBindings and set(initBindings) == {"this"}:
            answers = self._per_focus(query_object)
            if answers is not None:
                found = Result("SELECT")
                found.vars = self.variables[query_object]
                found.bindings = answers.get(initBindings["this"], [])
                return found
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)

    def _per_focus(self, sparql: str) -> dict[Node, list[dict[Variable, Node]]] | None:
        if sparql not in self.answers:
            self.answers[sparql] = self._run_once(sparql)
        return self.answers[sparql]

    def _run_once(self, sparql: str) -> dict[Node, list[dict[Variable, Node]]] | None:
        if self.oxigraph is None or _NOT_PER_FOCUS.search(sparql):
            return None
        prefixes = {prefix: str(namespace) for prefix, namespace in self.namespaces()}
        try:
            solutions = self.oxigraph.query(sparql, prefixes=prefixes)
        except (SyntaxError, RuntimeError):  # a feature only rdflib has: let rdflib run it
            return None
        if not isinstance(solutions, ox.QuerySolutions):
            return None
        names = [variable.value for variable in solutions.variables]
        if "this" not in names:
            return None
        variables = [Variable(name) for name in names]
        answers: dict[Node, list[dict[Variable, Node]]] = defaultdict(list)
        for solution in solutions:
            row = {variable: to_rdflib(value)
                   for variable, value in zip(variables, solution, strict=True)
                   if value is not None}
            if Variable("this") not in row:
                return None  # $this is not bound by the query's own patterns
            answers[row[Variable("this")]].append(row)
        self.variables[sparql] = variables
        return dict(answers)


def _validation_graph(data: Graph) -> _OncePerConstraint:
    """``data`` with the ontology's axioms, in a memory graph and an Oxigraph store."""
    axioms = _ontology_axioms()
    store: ox.Store | None = ox.Store()
    source = pyoxigraph_store(data)
    if source is not None:  # already in Oxigraph: copy its quads, convert once
        quads = source.quads_for_pattern(None, None, None, to_oxigraph(data.identifier))
        store.bulk_extend(ox.Quad(quad.subject, quad.predicate, quad.object) for quad in quads)
        # Terms recur across triples: convert each once.
        term = functools.lru_cache(maxsize=None)(to_rdflib)
        triples: Any = ((term(quad.subject), term(quad.predicate), term(quad.object))
                        for quad in store)
    else:
        try:
            store.bulk_extend(ox.Quad(*map(to_oxigraph, triple)) for triple in data)
        except ValueError:  # an IRI Oxigraph refuses: rdflib runs every query, as plain pyshacl
            store = None
        triples = iter(data)
    if store is not None:
        store.bulk_extend(ox.Quad(*map(to_oxigraph, triple)) for triple in axioms)
    graph = _OncePerConstraint(store, identifier=data.identifier)
    # The shapes' queries use the data's prefixes, then the ontology's (as pyshacl binds them).
    for prefix, namespace in data.namespaces():
        graph.bind(prefix, namespace, override=True, replace=True)
    bound = {prefix for prefix, _ in graph.namespaces()}
    for prefix, namespace in _ontology_prefixes():
        if prefix not in bound:
            graph.bind(prefix, namespace)
    graph += triples
    graph += axioms
    return graph


# ---------------------------------------------------------------- batches

#: SHACL-AF features pyshacl sets up before a run in advanced mode; the batched
#: run below does not, so shapes using them are refused rather than half-checked.
_ADVANCED_FEATURES = (SH.rule, SH.target, SH.SPARQLFunction, SH.SPARQLTargetType,
                      SH.JSFunction, SH.JSTarget)


def _focus_sort_key(node: Node) -> tuple[str, str]:
    return type(node).__name__, str(node)


def _batches(validator: Validator, size: int) -> list[tuple[Shape, list[Node]]]:
    """Each shape with its focus nodes (as pyshacl finds them), ``size`` at a time."""
    batches = []
    for shape in validator.shacl_graph.shapes:
        shape.set_advanced(True)
        nodes = sorted(shape.focus_nodes(validator.data_graph), key=_focus_sort_key)
        batches.extend((shape, nodes[start:start + size]) for start in range(0, len(nodes), size))
    return batches


def _run_pyshacl(graph: Graph, bar: tqdm) -> tuple[bool, Graph]:
    """Whether ``graph`` conforms, and its pyshacl report: shape by shape, in batches.

    This is pyshacl's own run (``Validator.run``) with the focus nodes handed
    over in batches: the same shapes, constraints, executor and report.
    """
    shapes = _shapes()
    used = [feature for feature in _ADVANCED_FEATURES if (None, feature, None) in shapes
            or (None, RDF.type, feature) in shapes]
    if used:
        raise ValueError(f"shapes use SHACL-AF features the batched run does not set up: {used}")
    # inplace: the graph is our own copy, and these shapes have no rules that add to it.
    options = {"inference": "none", "advanced": True, "allow_warnings": True, "inplace": True}
    validator = Validator(DataGraph.from_rdflib(graph), shacl_graph=shapes, options=options)
    executor = validator.make_executor()
    batches = _batches(validator, BATCH_SIZE)
    bar.reset(total=sum(len(nodes) for _, nodes in batches))
    conforms, results = True, []
    for shape, nodes in batches:
        batch_conforms, found = shape.validate(executor, validator.data_graph, focus=nodes)
        conforms = conforms and batch_conforms
        results.extend(found)
        bar.update(len(nodes))
    report, _ = validator.create_validation_report(validator.shacl_graph, conforms, results)
    return conforms, report


# ---------------------------------------------------------------- public


def validate_graph(data: Graph, *, progress: bool | None = None) -> ValidationReport:
    """Validate ``data`` (an rdflib graph, on any store) against the project's shapes.

    Parameters
    ----------
    data : rdflib.Graph
        The graph to check; it is not modified.
    progress : bool, optional
        Show a progress bar (focus nodes checked) on stderr; by default only
        when stderr is a terminal.
    """
    graph = _validation_graph(data)
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(unit="node", desc="validating", file=sys.stderr, disable=not show) as bar:
        conforms, results = _run_pyshacl(graph, bar)
    return _report(data, conforms, results)


def _report(data: Graph, conforms: bool, results: Graph) -> ValidationReport:
    violations = sorted(_violations(data, results),
                        key=lambda item: (item.focus, item.path or "", item.message))
    return ValidationReport(conforms, tuple(violations))


def plain_pyshacl_report(data: Graph) -> ValidationReport:
    """The report of one plain pyshacl run over ``data``: the reference, and slow.

    What :func:`validate_graph` must equal: pyshacl mixes the ontology in and
    runs every constraint per focus node. It takes half an hour and more on
    a build of the whole reference set; tests and ``benchmarks/validate_bench.py``
    compare the two on smaller graphs.
    """
    conforms, results, _ = validate(data, shacl_graph=_shapes(), ont_graph=ontology_graph(),
                                    inference="none", advanced=True, allow_warnings=True)
    return _report(data, bool(conforms), results)


def validate_file(path: Path | str, *, progress: bool | None = None) -> ValidationReport:
    """Read an RDF file (format from its extension) and validate it.

    The file is parsed by Oxigraph, which is much faster than rdflib's
    parsers; rdflib reads it when Oxigraph refuses it (Oxigraph is stricter
    about IRIs: ``write_graph`` falls back to rdflib's writers for those).

    Raises
    ------
    InputError
        If the file cannot be read or parsed.
    """
    try:
        data = read_rdf(path, store="oxigraph")
    except InputError:
        data = read_rdf(path)
    return validate_graph(data, progress=progress)

"""Validation of a graph against the SHACL shapes in ``ontology/shapes.ttl``.

Validation runs on rdflib's memory store (pyshacl is much slower over other
stores), with the ontology and tie-type scheme added so class hierarchies and
the scheme are known.

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

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

from graph.build import ontology_graph
from graph.resources import ontology_file
from graph.store import read_rdf

__all__ = ["ValidationReport", "Violation", "validate_file", "validate_graph"]


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


def validate_graph(data: Graph) -> ValidationReport:
    """Validate ``data`` (an rdflib graph) against the project's shapes."""
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _ = validate(
        data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="none",
        advanced=True, allow_warnings=True,
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        violations.append(Violation(
            focus=_short(data, results.value(result, SH.focusNode)) or "?",
            path=_short(data, results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            severity=_short(results, results.value(result, SH.resultSeverity)).split(":")[-1]
            .split("#")[-1],
        ))
    violations.sort(key=lambda item: (item.focus, item.path or "", item.message))
    return ValidationReport(bool(conforms), tuple(violations))


def validate_file(path: Path | str) -> ValidationReport:
    """Read an RDF file (format from its extension) and validate it.

    Raises
    ------
    InputError
        If the file cannot be read or parsed.
    """
    return validate_graph(read_rdf(path))

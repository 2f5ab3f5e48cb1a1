"""defence-graph: a knowledge graph of international defence ties.

Two lines give a researcher the default graph and its ties::

    import graph
    kg = graph.load()
    kg.query("ties")

The data flow, one module per stage: sources (:mod:`graph.articles`,
:mod:`graph.extract`, :mod:`graph.curated`, :mod:`graph.importers`, gathered
by :mod:`graph.sources`) -> :mod:`graph.build` (RDF under the ontology) ->
:mod:`graph.store` -> :mod:`graph.query` / :mod:`graph.corroborate` /
:mod:`graph.network` -> :mod:`graph.analyse` / :mod:`graph.draw` /
:mod:`graph.export` / :mod:`graph.serve`; :mod:`graph.validate` checks a graph
against the SHACL shapes; :mod:`graph.cli` is the command line.
"""

from graph.api import KnowledgeGraph, load
from graph.build import generate_graph, write_graph
from graph.corroborate import corroborate
from graph.errors import DefenceGraphError, InputError, QuerySyntaxError, UnknownEntityError
from graph.extract import extract_findings
from graph.model import TIE_TYPES, Article, Entity, Evidence, Findings, Tie
from graph.query import named_queries, run_query
from graph.sources import findings_from_sources
from graph.validate import validate_graph

__version__ = "0.1.0"

__all__ = [
    "TIE_TYPES",
    "Article",
    "DefenceGraphError",
    "Entity",
    "Evidence",
    "Findings",
    "InputError",
    "KnowledgeGraph",
    "QuerySyntaxError",
    "Tie",
    "UnknownEntityError",
    "__version__",
    "corroborate",
    "extract_findings",
    "findings_from_sources",
    "generate_graph",
    "load",
    "named_queries",
    "run_query",
    "validate_graph",
    "write_graph",
]

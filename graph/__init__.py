"""defence-graph: a knowledge graph of international defence ties.

Two lines give a researcher the default graph and its ties::

    import graph
    kg = graph.load()
    kg.query("ties")

The data flow, one module per stage: :mod:`graph.articles` and
:mod:`graph.curated` (sources) -> :mod:`graph.build` (RDF under the ontology)
-> :mod:`graph.store` -> :mod:`graph.query` / :mod:`graph.network` /
:mod:`graph.draw`; :mod:`graph.validate` checks a graph against the SHACL
shapes; :mod:`graph.cli` is the command line.
"""

from graph.api import KnowledgeGraph, load
from graph.build import generate_graph, write_graph
from graph.errors import DefenceGraphError, InputError, QuerySyntaxError, UnknownEntityError
from graph.model import TIE_TYPES, Article, Entity, Evidence, Findings, Tie
from graph.query import named_queries, run_query
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
    "generate_graph",
    "load",
    "named_queries",
    "run_query",
    "validate_graph",
    "write_graph",
]

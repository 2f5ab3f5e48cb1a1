"""The Python API: a built graph, its queries as DataFrames, and its NetworkX view.

Examples
--------
>>> import graph
>>> kg = graph.load()
>>> kg.query("ties").shape
(9, 5)
>>> type(kg.rdf).__name__
'Graph'
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
from rdflib import Graph

from graph.build import Summary, generate_graph, summarize
from graph.network import tie_network
from graph.query import QueryResult, run_query
from graph.sources import findings_from_sources
from graph.store import DEFAULT_STORE, STORES, StoreKind, new_graph, pyoxigraph_store, read_rdf

__all__ = ["KnowledgeGraph", "load"]


class KnowledgeGraph:
    """A defence-ties graph ready to query.

    Parameters
    ----------
    rdf : rdflib.Graph
        The RDF graph (memory or Oxigraph store).
    """

    def __init__(self, rdf: Graph) -> None:
        self.rdf = rdf

    @property
    def store(self) -> str:
        """``"oxigraph"`` or ``"memory"``: what holds the triples."""
        return "memory" if pyoxigraph_store(self.rdf) is None else "oxigraph"

    def run(self, name_or_sparql: str, /, **params: object) -> QueryResult:
        """Run a query and return rows of plain values (see :func:`graph.query.run_query`)."""
        return run_query(self.rdf, name_or_sparql, params)

    def query(self, name_or_sparql: str, /, **params: object) -> pd.DataFrame:
        """Run a named query, a ``.rq`` file or SPARQL text; rows as a DataFrame.

        Examples
        --------
        >>> import graph
        >>> kg = graph.load()
        >>> kg.query("ties").query("type == 'PrimaryPartner'")["source"].tolist()
        ['Kenya', 'Mozambique', 'South Africa']
        >>> kg.query("suppliers", country="Algeria")[["supplier", "weapon"]].values.tolist()
        [['Russia', 'Su-57']]
        """
        return self.run(name_or_sparql, **params).to_dataframe()

    def network(self, **filters: object) -> nx.MultiDiGraph:
        """Actors as nodes, one edge per tie; ``filters`` of :func:`graph.network.filter_ties`."""
        return tie_network(self, **filters)

    def summary(self) -> Summary:
        """Counts of entities, ties and sources."""
        return summarize(self.rdf)

    def __len__(self) -> int:
        return len(self.rdf)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {len(self.rdf)} triples, {self.store} store>"


def load(source: Path | str | None = None, *, store: StoreKind = DEFAULT_STORE) -> KnowledgeGraph:
    """Load a graph: the bundled default, a built RDF file, or articles to build.

    Parameters
    ----------
    source : path, optional
        An RDF file written by ``defence-graph build`` (``.ttl``, ``.nt``,
        ``.jsonld``), or an article ``.txt`` file or folder to build from.
        By default, the graph of the bundled seed article.
    store : {"oxigraph", "memory"}
        The store underneath the rdflib API: Oxigraph (the default, fast) or
        rdflib's memory store (see :mod:`graph.store`).
    """
    if store not in STORES:
        raise ValueError(f"store must be one of {STORES}")
    if source is not None and Path(source).suffix.lower() not in (".txt", ""):
        return KnowledgeGraph(read_rdf(source, store=store))
    built = generate_graph(findings_from_sources([str(source)] if source else []))
    if store == "memory":
        return KnowledgeGraph(built)
    rdf = new_graph(store)
    rdf += built
    return KnowledgeGraph(rdf)

"""Other endpoints: query a remote SPARQL endpoint, push a graph to a triple store.

Querying goes through rdflib's SPARQLStore (the SPARQL 1.1 Protocol client), so
a remote endpoint answers exactly what :func:`graph.query.run_query` runs
locally: named queries, ``.rq`` files or SPARQL text, parameters resolved (an
actor's name looked up on the remote graph) and bound. rdflib binds a remote
query's parameters with a trailing ``VALUES`` block, which joins after
grouping and so changes the answer of an aggregate query; here they are bound
by a ``VALUES`` block opening the WHERE group instead.

Pushing uses the SPARQL 1.1 Graph Store Protocol: one HTTP PUT (replace) or
POST (add) of the graph as N-Triples to ``ENDPOINT?default`` or
``ENDPOINT?graph=IRI``. Stores name that endpoint differently (Oxigraph
``/store``, Fuseki ``/DATASET/data``, ``defence-graph serve --writable``
``/store``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError

import pyoxigraph as ox
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.term import Identifier

from graph.api import KnowledgeGraph
from graph.errors import DefenceGraphError, InputError
from graph.query import QueryResult, run_query
from graph.serve.lexer import bind_values

__all__ = ["RemoteStore", "push_graph", "run_remote_query"]


class RemoteStore(SPARQLStore):
    """rdflib's SPARQLStore, binding parameters at the start of the WHERE group."""

    def query(self, query: Any, initNs: Mapping[str, Any] | None = None,
              initBindings: Mapping[str, Identifier] | None = None,
              queryGraph: str | None = None, DEBUG: bool = False) -> Any:
        if initBindings:
            query = bind_values(query, {name: term.n3() for name, term in initBindings.items()})
        return super().query(query, initNs, None, queryGraph, DEBUG)


def _remote_error(endpoint: str, error: Exception) -> DefenceGraphError:
    if isinstance(error, HTTPError):
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
        return InputError(f"{endpoint} answered {error.code}: {detail or error.reason}")
    reason = getattr(error, "reason", error)
    return DefenceGraphError(f"cannot reach {endpoint}: {reason}")


def run_remote_query(endpoint: str, name_or_sparql: str,
                     params: Mapping[str, object] | None = None,
                     timeout: float = 60.0) -> QueryResult:
    """Run a named query, ``.rq`` file or SPARQL text on a remote SPARQL endpoint.

    Parameters
    ----------
    endpoint : str
        The endpoint's query URL, e.g. ``http://127.0.0.1:8000/sparql``.
    name_or_sparql, params
        As for :func:`graph.query.run_query`.
    timeout : float
        Seconds to wait for each HTTP answer.

    Raises
    ------
    InputError
        For a bad query or parameter, or an error answer from the endpoint.
    DefenceGraphError
        If the endpoint cannot be reached.
    """
    store = RemoteStore(endpoint, returnFormat="json", method="POST_FORM", timeout=timeout)
    try:
        return run_query(Graph(store=store), name_or_sparql, params)
    except (HTTPError, URLError, OSError) as error:
        raise _remote_error(endpoint, error) from None


def push_graph(kg: KnowledgeGraph, endpoint: str, graph_iri: str | None = None,
               *, replace: bool = True, timeout: float = 600.0) -> int:
    """Upload ``kg`` to a Graph Store Protocol endpoint; return the number of triples sent.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to upload.
    endpoint : str
        The store's Graph Store Protocol URL, e.g. ``http://127.0.0.1:8000/store``.
    graph_iri : str, optional
        The named graph to write; by default the store's default graph.
    replace : bool
        PUT (replace the graph) if True, else POST (add to it).

    Raises
    ------
    InputError
        If the store refuses the upload.
    DefenceGraphError
        If the store cannot be reached.
    """
    import httpx

    target = {"graph": graph_iri} if graph_iri else {"default": ""}
    with tempfile.TemporaryDirectory(prefix="defence-graph-push-") as folder:
        path = Path(folder) / "graph.nt"
        kg.rdf.serialize(path, format="nt", encoding="utf-8")
        headers = {"Content-Type": "application/n-triples"}
        try:
            with path.open("rb") as body:
                response = httpx.request("PUT" if replace else "POST", endpoint, params=target,
                                         content=body, headers=headers, timeout=timeout)
        except httpx.HTTPError as error:
            raise DefenceGraphError(f"cannot reach {endpoint}: {error}") from None
        if response.is_error:
            detail = " ".join(response.text.split())[:300]
            raise InputError(f"{endpoint} refused the upload ({response.status_code}): {detail}")
        with path.open("rb") as sent:
            return sum(1 for _ in ox.parse(sent, ox.RdfFormat.N_TRIPLES))

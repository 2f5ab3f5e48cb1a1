"""Other endpoints: query a remote SPARQL endpoint, push a graph to a triple store.

Querying puts an rdflib store speaking the SPARQL 1.1 Protocol under
:func:`graph.query.run_query`, so a remote endpoint answers exactly what runs
locally: named queries, ``.rq`` files or SPARQL text, parameters resolved (an
actor's name looked up on the remote graph) and bound. rdflib's SPARQLStore
would bind parameters with a trailing ``VALUES`` block, which joins after
grouping and so changes the answer of an aggregate query; they are bound by a
``VALUES`` block opening the WHERE group instead, and answers are parsed by
rdflib's result parsers.

Pushing uses the SPARQL 1.1 Graph Store Protocol: one HTTP PUT (replace) or
POST (add) of the graph as N-Triples to ``ENDPOINT?default`` or
``ENDPOINT?graph=IRI``. Stores name that endpoint differently (Oxigraph
``/store``, Fuseki ``/DATASET/data``, ``defence-graph serve --writable``
``/store``).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from rdflib import Graph
from rdflib.query import Result
from rdflib.store import Store
from rdflib.term import Identifier

from graph.api import KnowledgeGraph
from graph.errors import DefenceGraphError, InputError
from graph.query import QueryResult, run_query
from graph.serve.lexer import bind_values

__all__ = ["RemoteStore", "push_graph", "run_remote_query"]


_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


def _post_query(endpoint: str, sparql: str, timeout: float) -> tuple[bytes, str]:
    """POST ``sparql`` to ``endpoint``; the answer's body and media type."""
    request = Request(endpoint, data=urlencode({"query": sparql}).encode(),
                      headers={"Accept": _ACCEPT,
                               "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urlopen(request, timeout=timeout) as response:
            media_type = response.headers.get("Content-Type", "").split(";")[0].strip()
            return response.read(), media_type
    except HTTPError as error:
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
        raise InputError(f"{endpoint} answered {error.code}: {detail or error.reason}") from None
    except (URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise DefenceGraphError(f"cannot reach {endpoint}: {reason}") from None


class RemoteStore(Store):
    """An rdflib store whose queries run on a remote SPARQL endpoint.

    rdflib's own SPARQLStore binds parameters with a trailing ``VALUES`` block
    and drops the endpoint's error messages; this one binds them at the start
    of the WHERE group and reports what the endpoint said.
    """

    def __init__(self, endpoint: str, timeout: float = 60.0) -> None:
        super().__init__()
        self.endpoint = endpoint
        self.timeout = timeout

    def query(self, query: Any, initNs: Mapping[str, Any],
              initBindings: Mapping[str, Identifier], queryGraph: Any,
              **kwargs: Any) -> Result:
        if initBindings:
            query = bind_values(query, {name: term.n3() for name, term in initBindings.items()})
        prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n"
                           for prefix, namespace in initNs.items())
        body, media_type = _post_query(self.endpoint, prologue + query, self.timeout)
        return Result.parse(io.BytesIO(body), content_type=media_type)


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
    return run_query(Graph(store=RemoteStore(endpoint, timeout)), name_or_sparql, params)


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
    return len(kg)

"""The HTTP application: SPARQL 1.1 Protocol, Graph Store Protocol, the web page.

Routes
------
``GET, POST /sparql``
    SPARQL 1.1 Protocol queries (``query`` by GET or form POST, or a body of
    type ``application/sparql-query``); without a query, the service
    description. Updates are refused (403).
``GET /queries``, ``GET /queries/{name}``
    The named query library as JSON; one named query run with its parameters
    from the query string (bound safely, as on the command line).
``GET /actors``, ``GET /network.png?country=NAME``
    Names on the partner network; the picture of one country's partners.
``GET /store``, and ``PUT, POST, DELETE /store`` when writable
    SPARQL 1.1 Graph Store Protocol (``?default`` or ``?graph=IRI``).
``GET /``
    The query page; its script and style are served from ``/static``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from graph.query import named_queries
from graph.serve.config import ServeConfig
from graph.serve.dataset import ServedData
from graph.serve.description import service_description
from graph.serve.engine import Answer, Job
from graph.serve.formats import GRAPH_FORMATS, NotAcceptable, negotiate
from graph.serve.guard import Refusal
from graph.serve.pool import QueryPool

__all__ = ["create_app"]

STATIC = Path(__file__).resolve().parent / "static"

# The page and its assets may load nothing from elsewhere.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' blob: data:;"
                               " style-src 'self'; script-src 'self'; connect-src 'self'",
    "X-Content-Type-Options": "nosniff",
}
_FORM = "application/x-www-form-urlencoded"
_READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


def _respond(answer: Answer) -> Response:
    headers = {"Vary": "Accept", **answer.headers}
    return Response(answer.body, answer.status, headers=headers, media_type=answer.media_type)


def _error(status: int, message: str) -> Response:
    return _respond(Answer.error(status, message))


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Refusal(413, f"request body of {declared} bytes is over the limit of {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


class Endpoint:
    """The request handlers, sharing the worker pool and the served data."""

    def __init__(self, config: ServeConfig, data: ServedData,
                 on_ready: Callable[[], None] | None = None) -> None:
        self.config = config
        self.data = data
        self.on_ready = on_ready
        self.pool = QueryPool(data.snapshot, config)
        self._write_lock = asyncio.Lock()

    # ------------------------------------------------------------ SPARQL

    async def sparql(self, request: Request) -> Response:
        try:
            params = await self._protocol_params(request)
        except Refusal as refusal:
            return _error(refusal.status, refusal.message)
        if "update" in params:
            return _error(403, _READ_ONLY)
        queries = params.get("query", [])
        if not queries:
            return self._describe(request)
        if len(queries) > 1:
            return _error(400, "give exactly one query parameter")
        if len(queries[0].encode()) > self.config.max_request_bytes:
            return _error(413, f"query is over the limit of {self.config.max_request_bytes} bytes")
        job = Job("sparql", queries[0], accept=request.headers.get("accept"),
                  format_name=(params.get("format") or [None])[0],
                  default_graphs=tuple(params.get("default-graph-uri", [])),
                  named_graphs=tuple(params.get("named-graph-uri", [])))
        return _respond(await self.pool.run(job))

    async def _protocol_params(self, request: Request) -> dict[str, list[str]]:
        """The protocol's parameters, from the query string and the POST body."""
        params = parse_qs(request.url.query, keep_blank_values=True)
        if request.method != "POST":
            return params
        media_type = _media_type(request)
        if media_type == "application/sparql-update":
            raise Refusal(403, _READ_ONLY)
        body = await _read_body(request, self.config.max_request_bytes)
        if media_type == _FORM:
            for name, values in parse_qs(body.decode("utf-8", "replace"),
                                         keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        elif media_type == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        else:
            raise Refusal(415, f"POST a query as {_FORM} or application/sparql-query,"
                               f" not {media_type or 'a body without Content-Type'}")
        return params

    def _describe(self, request: Request) -> Response:
        accept = request.headers.get("accept", "")
        if "text/html" in accept:  # a person with a browser: show the query page
            return RedirectResponse("/", status_code=303)
        try:
            chosen = negotiate(GRAPH_FORMATS, accept, request.query_params.get("format"))
        except NotAcceptable as error:
            return _error(406, str(error))
        described = service_description(str(request.url_for("sparql")), self.config,
                                        self.data.triples)
        rdflib_names = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld",
                        "rdfxml": "xml"}
        body = described.serialize(format=rdflib_names[chosen.name], encoding="utf-8")
        return Response(body, headers={"Vary": "Accept"}, media_type=chosen.content_type)

    # ------------------------------------------------------------ named queries, pictures

    async def queries(self, request: Request) -> Response:
        library = [{
            "name": query.name, "summary": query.summary, "description": query.description,
            "parameters": [{"name": parameter.name, "kind": parameter.kind,
                            "required": parameter.required, "description": parameter.description}
                           for parameter in query.parameters],
            "examples": list(query.examples), "text": query.text,
        } for query in named_queries().values()]
        return Response(json.dumps(library, ensure_ascii=False), media_type="application/json")

    async def named_query(self, request: Request) -> Response:
        params = {key: value for key, value in request.query_params.items() if key != "format"}
        job = Job("named", request.path_params["name"], tuple(params.items()),
                  accept=request.headers.get("accept"),
                  format_name=request.query_params.get("format"))
        return _respond(await self.pool.run(job))

    async def actors(self, request: Request) -> Response:
        return _respond(await self.pool.run(Job("actors")))

    async def network(self, request: Request) -> Response:
        country = request.query_params.get("country", "").strip()
        if not country:
            return _error(400, "give the country: /network.png?country=Mozambique")
        return _respond(await self.pool.run(Job("network", country)))

    # ------------------------------------------------------------ Graph Store Protocol

    def _graph_iri(self, request: Request) -> str | None:
        graph_iri = request.query_params.get("graph")
        if graph_iri is None and "default" not in request.query_params:
            raise Refusal(400, "name the graph: ?default or ?graph=IRI")
        return graph_iri

    async def store(self, request: Request) -> Response:
        try:
            graph_iri = self._graph_iri(request)
            if request.method == "GET":
                return await self._get_graph(request, graph_iri)
            if not self.config.writable:
                return _error(405, "this endpoint is read-only; `defence-graph serve --writable`"
                                   " accepts Graph Store Protocol writes")
            return await self._write_graph(request, graph_iri)
        except Refusal as refusal:
            return _error(refusal.status, refusal.message)

    async def _get_graph(self, request: Request, graph_iri: str | None) -> Response:
        if graph_iri is None:
            query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            try:  # a valid IRI only, written as a SPARQL term by Oxigraph
                term = str(ox.NamedNode(graph_iri))
            except ValueError as error:
                raise Refusal(400, f"graph {graph_iri!r} is not a valid IRI: {error}") from None
            query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {term} {{ ?s ?p ?o }} }}"
        job = Job("sparql", query, accept=request.headers.get("accept"),
                  format_name=request.query_params.get("format"))
        return _respond(await self.pool.run(job))

    async def _write_graph(self, request: Request, graph_iri: str | None) -> Response:
        origin = request.headers.get("origin")
        if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
            raise Refusal(403, f"writes from another origin ({origin}) are refused")
        async with self._write_lock:
            if request.method == "DELETE":
                await asyncio.to_thread(self.data.delete, graph_iri)
                created = False
            else:
                body = await _read_body(request, self.config.max_upload_bytes)
                write = self.data.put if request.method == "PUT" else self.data.post
                created = await asyncio.to_thread(write, graph_iri, body, _media_type(request))
            await self.pool.reload(self.data.snapshot)
        return Response(status_code=201 if created else 204)

    # ------------------------------------------------------------ page

    async def page(self, request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers=_PAGE_HEADERS)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await self.pool.wait_ready()
        if self.on_ready:
            self.on_ready()
        try:
            yield
        finally:
            self.pool.close()


def create_app(config: ServeConfig, data: ServedData,
               on_ready: Callable[[], None] | None = None) -> Starlette:
    """The ASGI application serving ``data`` under ``config``.

    Parameters
    ----------
    config : ServeConfig
        Limits and policies (timeout, row limit, SERVICE, writes, CORS).
    data : ServedData
        The dataset; its snapshot is what the worker processes load.
    on_ready : callable, optional
        Called once the query workers answer.
    """
    endpoint = Endpoint(config, data, on_ready)
    routes = [
        Route("/", endpoint.page, methods=["GET"]),
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"], name="sparql"),
        Route("/queries", endpoint.queries, methods=["GET"]),
        Route("/queries/{name}", endpoint.named_query, methods=["GET"]),
        Route("/actors", endpoint.actors, methods=["GET"]),
        Route("/network.png", endpoint.network, methods=["GET"]),
        Route("/store", endpoint.store, methods=["GET", "PUT", "POST", "DELETE"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    # Browsers may read answers from any origin, as from any public endpoint;
    # writes from another origin are refused in _write_graph.
    cors = Middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                      allow_methods=["GET", "POST"], allow_headers=["Accept", "Content-Type"],
                      expose_headers=["X-Result-Truncated", "X-Result-Row-Limit"], max_age=600)
    return Starlette(routes=routes, middleware=[cors], lifespan=endpoint.lifespan)

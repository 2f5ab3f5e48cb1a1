"""The data the endpoint serves: a snapshot for the workers, and writes to it.

The server loads the graph once through :func:`graph.load` (Oxigraph store) and
writes it as an N-Quads snapshot, which each worker process bulk-loads. In
writable mode the server keeps the loaded store as the master copy: a Graph
Store Protocol request changes the master, which is written as a new snapshot
for a fresh set of workers. An upload that does not parse changes nothing.

Examples
--------
>>> import graph, tempfile
>>> from pathlib import Path
>>> from graph.serve.dataset import ServedData
>>> data = ServedData(graph.load(store="oxigraph"), Path(tempfile.mkdtemp()))
>>> data.triples
907
>>> data.put(None, b"<http://x/a> <http://x/b> <http://x/c> .", "application/n-triples")
True
>>> data.triples
908
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pyoxigraph as ox

from graph.api import KnowledgeGraph
from graph.serve.engine import oxigraph_store
from graph.serve.guard import Refusal

__all__ = ["ServedData"]


def _target(graph_iri: str | None) -> ox.NamedNode | ox.DefaultGraph:
    if graph_iri is None:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph_iri)
    except ValueError as error:
        raise Refusal(400, f"graph {graph_iri!r} is not a valid IRI: {error}") from None


def _parse(body: bytes, media_type: str, target: ox.NamedNode | ox.DefaultGraph) -> ox.Store:
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None:
        raise Refusal(415, f"cannot read {media_type or 'a body without Content-Type'};"
                           " send Turtle, N-Triples, RDF/XML or JSON-LD")
    parsed = ox.Store()
    try:
        parsed.load(body, rdf_format, to_graph=target)
    except SyntaxError as error:
        raise Refusal(400, f"the {rdf_format.name} upload does not parse: {error}") from None
    return parsed


class ServedData:
    """The served dataset in ``folder``: its current snapshot and triple count.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to serve, on the Oxigraph store; it becomes the master copy.
    folder : Path
        Where snapshots are written (a private temporary folder).
    """

    def __init__(self, kg: KnowledgeGraph, folder: Path) -> None:
        self._store = oxigraph_store(kg)
        self._folder = folder
        self._versions = itertools.count()
        #: Number of triples (quads) in the served dataset.
        self.triples = 0
        self.snapshot = self._write_snapshot()

    def _write_snapshot(self) -> Path:
        path = self._folder / f"snapshot-{next(self._versions)}.nq"
        self._store.dump(path, ox.RdfFormat.N_QUADS)
        self.triples = len(self._store)
        return path

    def put(self, graph_iri: str | None, body: bytes, media_type: str) -> bool:
        """Replace a graph (``None``: the default graph); True if it did not exist."""
        target = _target(graph_iri)
        parsed = _parse(body, media_type, target)
        created = not self._exists(target)
        self._store.clear_graph(target)
        self._store.extend(parsed)
        self.snapshot = self._write_snapshot()
        return created

    def post(self, graph_iri: str | None, body: bytes, media_type: str) -> bool:
        """Add triples to a graph; True if it did not exist."""
        target = _target(graph_iri)
        parsed = _parse(body, media_type, target)
        created = not self._exists(target)
        self._store.extend(parsed)
        self.snapshot = self._write_snapshot()
        return created

    def delete(self, graph_iri: str | None) -> None:
        """Remove a named graph, or empty the default graph."""
        target = _target(graph_iri)
        if not self._exists(target):
            raise Refusal(404, f"no graph {graph_iri or 'default'} in the dataset")
        if isinstance(target, ox.DefaultGraph):
            self._store.clear_graph(target)
        else:
            self._store.remove_graph(target)
        self.snapshot = self._write_snapshot()

    def _exists(self, target: ox.NamedNode | ox.DefaultGraph) -> bool:
        if isinstance(target, ox.DefaultGraph):
            return next(self._store.quads_for_pattern(None, None, None, target), None) is not None
        return self._store.contains_named_graph(target)

    def release(self) -> None:
        """Drop the master copy when it will never be written (read-only mode)."""
        self._store = None  # type: ignore[assignment]

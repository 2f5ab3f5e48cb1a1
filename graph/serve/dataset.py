"""The data the endpoint serves: a snapshot for the workers, and writes to it.

The server loads the graph once through :func:`graph.load` (Oxigraph store) and
writes it as an N-Quads snapshot, which each query worker bulk-loads. In
writable mode the HTTP process keeps a master copy: a Graph Store Protocol
request changes the master, which is written as a new snapshot for a fresh set
of workers. An upload that does not parse changes nothing.

Examples
--------
>>> import graph, tempfile
>>> from pathlib import Path
>>> from graph.serve.dataset import ServedData
>>> kg = graph.load(store="oxigraph")
>>> data = ServedData.from_graph(kg, Path(tempfile.mkdtemp()), writable=True)
>>> data.triples == len(kg)
True
>>> data.put(None, b"<http://x/a> <http://x/b> <http://x/c> .", "application/n-triples")
True
>>> data.triples == len(kg) + 1
True
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
    """The served dataset: its current snapshot, triple count and (if writable) master copy.

    Parameters
    ----------
    snapshot : Path
        The N-Quads file the workers load.
    triples : int
        Number of triples (quads) in it.
    master : pyoxigraph.Store, optional
        The store that Graph Store writes change; None when read-only.
    """

    def __init__(self, snapshot: Path, triples: int, master: ox.Store | None = None) -> None:
        self.snapshot = snapshot
        self.triples = triples
        self._store = master
        self._versions = itertools.count(1)

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph, folder: Path, *, writable: bool = False) -> ServedData:
        """Serve ``kg`` (on the Oxigraph store): write its snapshot into ``folder``."""
        store = oxigraph_store(kg)
        snapshot = folder / "snapshot-0.nq"
        store.dump(snapshot, ox.RdfFormat.N_QUADS)
        return cls(snapshot, len(store), store if writable else None)

    @classmethod
    def from_snapshot(cls, snapshot: Path, triples: int, *, writable: bool) -> ServedData:
        """Serve a snapshot written by :meth:`from_graph` (loading a master copy if writable)."""
        master = None
        if writable:
            master = ox.Store()
            master.bulk_load(path=snapshot, format=ox.RdfFormat.N_QUADS)
        return cls(snapshot, triples, master)

    @property
    def writable(self) -> bool:
        """Whether Graph Store writes are accepted."""
        return self._store is not None

    def _write_snapshot(self) -> Path:
        path = self.snapshot.with_name(f"snapshot-{next(self._versions)}.nq")
        self._store.dump(path, ox.RdfFormat.N_QUADS)
        self.triples = len(self._store)
        self.snapshot = path
        return path

    def put(self, graph_iri: str | None, body: bytes, media_type: str) -> bool:
        """Replace a graph (``None``: the default graph); True if it did not exist."""
        target = _target(graph_iri)
        parsed = _parse(body, media_type, target)
        created = not self._exists(target)
        self._store.clear_graph(target)
        self._store.extend(parsed)
        self._write_snapshot()
        return created

    def post(self, graph_iri: str | None, body: bytes, media_type: str) -> bool:
        """Add triples to a graph; True if it did not exist."""
        target = _target(graph_iri)
        parsed = _parse(body, media_type, target)
        created = not self._exists(target)
        self._store.extend(parsed)
        self._write_snapshot()
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
        self._write_snapshot()

    def _exists(self, target: ox.NamedNode | ox.DefaultGraph) -> bool:
        if isinstance(target, ox.DefaultGraph):
            return next(self._store.quads_for_pattern(None, None, None, target), None) is not None
        return self._store.contains_named_graph(target)

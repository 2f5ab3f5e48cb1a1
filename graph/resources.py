"""Where the bundled ontology, data and queries are.

In a source checkout (and an editable install) they are the repository's
top-level ``ontology/`` and ``data/`` folders; in a wheel they are packaged
under ``graph/_resources/``. Code asks here instead of building paths itself.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir", "ontology_dir", "ontology_file", "queries_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _resource_root() -> Path:
    packaged = _PACKAGE / "_resources"
    return packaged if (packaged / "ontology").is_dir() else _PACKAGE.parent


def ontology_dir() -> Path:
    """Folder of the Turtle ontology, tie-type scheme, shapes and shortcut rule."""
    return _resource_root() / "ontology"


def ontology_file(name: str) -> Path:
    """Path of one file of the ontology folder, e.g. ``"shapes.ttl"``."""
    return ontology_dir() / name


def data_dir() -> Path:
    """Folder of bundled articles, curated tables and gazetteers."""
    return _resource_root() / "data"


def queries_dir() -> Path:
    """Folder of the named SPARQL queries (``*.rq``)."""
    return _PACKAGE / "queries"

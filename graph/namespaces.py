"""Namespaces of the defence-graph vocabulary and the IRIs it mints.

IRIs are derived from identifiers (ISO codes, slugs of names, content hashes),
never from counters or blank nodes, so the same input always gives the same
IRIs, build after build.

Examples
--------
>>> from graph.namespaces import DG, DGT, country_iri, slug
>>> str(DGT.ArmsTransfer)
'https://w3id.org/defence-graph/tie-type/ArmsTransfer'
>>> str(country_iri("RUS"))
'https://w3id.org/defence-graph/id/country/RUS'
>>> slug("Bayraktar TB2")
'bayraktar-tb2'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "DCTERMS",
    "DG",
    "DGR",
    "DGT",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "WD",
    "XSD",
    "bind_prefixes",
    "country_iri",
    "digest_iri",
    "slug",
]

DG = Namespace("https://w3id.org/defence-graph/ontology#")
"""Ontology terms: classes and properties."""

DGT = Namespace("https://w3id.org/defence-graph/tie-type/")
"""Tie types, concepts of the SKOS scheme ``dgt:scheme``."""

DGR = Namespace("https://w3id.org/defence-graph/id/")
"""Resources: countries, organisations, ties, documents."""

WD = Namespace("http://www.wikidata.org/entity/")
"""Wikidata items."""

PREFIXES: dict[str, Namespace] = {
    "dg": DG,
    "dgt": DGT,
    "dgr": DGR,
    "wd": WD,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` (for readable Turtle) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def slug(text: str) -> str:
    """Lower-case ASCII slug of ``text``: letters and digits joined by single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def country_iri(iso3: str) -> URIRef:
    """IRI of the country with ISO 3166 alpha-3 code ``iso3``."""
    return DGR[f"country/{iso3.upper()}"]


def digest_iri(kind: str, *parts: object) -> URIRef:
    """IRI ``dgr:{kind}/{hash}`` from a SHA-1 of ``parts``: stable for equal parts."""
    key = "\x1f".join(str(part) for part in parts)
    return DGR[f"{kind}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"]

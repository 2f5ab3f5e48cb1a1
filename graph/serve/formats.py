"""Content negotiation: which serialization answers a request.

SELECT and ASK answer in a SPARQL results format, CONSTRUCT and DESCRIBE in an
RDF format. The client chooses with the ``Accept`` header (q-values and
wildcards, parsed by python-mimeparse) or, overriding it, a ``format``
parameter holding a short name (``csv``) or a media type.

Examples
--------
>>> from graph.serve.formats import GRAPH_FORMATS, RESULT_FORMATS, negotiate
>>> negotiate(RESULT_FORMATS, "text/csv;q=0.5, application/sparql-results+xml").name
'xml'
>>> negotiate(RESULT_FORMATS, "*/*").name
'json'
>>> negotiate(GRAPH_FORMATS, "application/json").name
'jsonld'
>>> negotiate(GRAPH_FORMATS, "text/html", format_name="nt").media_type
'application/n-triples'
"""

from __future__ import annotations

from dataclasses import dataclass

import mimeparse
from pyoxigraph import QueryResultsFormat, RdfFormat

__all__ = ["GRAPH_FORMATS", "RESULT_FORMATS", "Format", "NotAcceptable", "negotiate"]


@dataclass(frozen=True)
class Format:
    """A serialization the endpoint offers.

    Attributes
    ----------
    name : str
        Short name for the ``format`` parameter.
    media_type : str
        The canonical media type, sent as Content-Type.
    oxigraph : QueryResultsFormat or RdfFormat
        Oxigraph's serializer for it.
    aliases : tuple of str
        Other media types and short names that select it.
    """

    name: str
    media_type: str
    oxigraph: QueryResultsFormat | RdfFormat
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        """The Content-Type header value (text formats say their charset)."""
        return f"{self.media_type}; charset=utf-8" if self.media_type.startswith("text/") \
            else self.media_type


#: Formats of SELECT and ASK results, the default first.
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", QueryResultsFormat.JSON,
           ("application/json", "srj")),
    Format("xml", "application/sparql-results+xml", QueryResultsFormat.XML,
           ("application/xml", "text/xml", "srx")),
    Format("csv", "text/csv", QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", QueryResultsFormat.TSV),
)

#: Formats of CONSTRUCT and DESCRIBE results (and of the service description), the default first.
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", RdfFormat.TURTLE,
           ("application/x-turtle", "application/turtle", "ttl", "n3")),
    Format("ntriples", "application/n-triples", RdfFormat.N_TRIPLES, ("text/plain", "nt")),
    Format("jsonld", "application/ld+json", RdfFormat.JSON_LD,
           ("application/json", "json", "json-ld")),
    Format("rdfxml", "application/rdf+xml", RdfFormat.RDF_XML,
           ("application/xml", "text/xml", "xml", "rdf", "rdf+xml")),
)


class NotAcceptable(Exception):
    """No offered format satisfies the request (HTTP 406)."""


def _names(formats: tuple[Format, ...]) -> str:
    return ", ".join(f"{item.name} ({item.media_type})" for item in formats)


def negotiate(formats: tuple[Format, ...], accept: str | None,
              format_name: str | None = None) -> Format:
    """The format of ``formats`` that answers a request.

    Parameters
    ----------
    formats : tuple of Format
        :data:`RESULT_FORMATS` or :data:`GRAPH_FORMATS`.
    accept : str or None
        The request's Accept header; missing means the default format.
    format_name : str, optional
        A ``format`` parameter: a short name or media type; it wins over ``accept``.

    Raises
    ------
    NotAcceptable
        With a message listing the formats on offer.
    """
    if format_name:
        wanted = format_name.strip().lower()
        for item in formats:
            if wanted in (item.name, item.media_type, *item.aliases):
                return item
        raise NotAcceptable(f"format {format_name!r} is not offered for this result;"
                            f" choose one of {_names(formats)}")
    if not accept or not accept.strip():
        return formats[0]
    by_type: dict[str, Format] = {}
    for item in formats:
        for media_type in (item.media_type, *[alias for alias in item.aliases if "/" in alias]):
            by_type.setdefault(media_type, item)
    # mimeparse breaks ties in favour of the later entry: list the default last.
    offered = [media_type for item in reversed(formats) for media_type in by_type
               if by_type[media_type] is item]
    try:
        best = mimeparse.best_match(offered, accept)
    except mimeparse.MimeTypeParseException:
        best = ""
    if not best:
        raise NotAcceptable(f"cannot answer in any type of Accept: {accept!r};"
                            f" this result is offered as {_names(formats)}")
    return by_type[best]

"""What the endpoint refuses before a query runs: updates and ``SERVICE``.

Oxigraph executes ``SERVICE`` by sending HTTP requests to the named endpoint,
and its parser has no Python hook, so the check is made with rdflib's SPARQL 1.1
parser: a query whose text mentions "service" at all is parsed and its tree
searched for a ``SERVICE`` pattern. A text that never spells the word (neither
as written nor with its ``\\u`` escapes decoded) cannot contain the keyword, so
most queries skip the parse. A query that mentions it and that rdflib cannot
parse is refused too: it cannot be shown safe.

Examples
--------
>>> from graph.serve.guard import calls_service, update_operation
>>> calls_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
True
>>> calls_service('SELECT * WHERE { ?s a <http://schema.org/Service> }')
False
>>> update_operation("CLEAR ALL")
'Clear'
>>> update_operation("SELECT * WHERE { ?s ?p ?o }") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

__all__ = ["Refusal", "calls_service", "check_query", "update_operation"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refusal(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _decode_escapes(text: str) -> str:
    return _ESCAPE.sub(lambda match: chr(min(int(match.group(1) or match.group(2), 16),
                                             0x10FFFF)), text)


def _mentions_service(sparql: str) -> bool:
    return "service" in sparql.casefold() or "service" in _decode_escapes(sparql).casefold()


def _pattern_names(node: Any) -> Iterator[str]:
    if isinstance(node, CompValue):
        yield node.name
        for value in node.values():
            yield from _pattern_names(value)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            yield from _pattern_names(value)


def calls_service(sparql: str) -> bool:
    """Whether ``sparql`` has a ``SERVICE`` pattern (federation to another endpoint).

    Raises
    ------
    Refusal
        If the text mentions "service" but does not parse as SPARQL 1.1.
    """
    if not _mentions_service(sparql):
        return False
    try:
        tree = parseQuery(sparql)
    except ParseException as error:
        raise Refusal(400, "cannot check the query for SERVICE, it does not parse as"
                           f" SPARQL 1.1: {' '.join(str(error).split())}") from None
    return "ServiceGraphPattern" in set(_pattern_names(tree))


def update_operation(sparql: str) -> str | None:
    """The first operation's name if ``sparql`` is a SPARQL Update (``InsertData``...)."""
    try:
        tree = parseUpdate(sparql)
    except ParseException:
        return None
    operations = [part for part in tree.get("request", []) if isinstance(part, CompValue)]
    return operations[0].name if operations else None


def check_query(sparql: str, *, allow_service: bool) -> None:
    """Raise :class:`Refusal` (403) if ``sparql`` calls another endpoint and that is not allowed."""
    if not allow_service and calls_service(sparql):
        raise Refusal(403, "SERVICE (federated query) is refused: it would make this server"
                           " send requests to other hosts; start the server with"
                           " --allow-service to permit it")

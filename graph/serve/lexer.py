"""Where things are in a SPARQL text, found without a full parser.

Two small questions need no parse tree: does a query name its own dataset
(``FROM`` / ``FROM NAMED``, which the endpoint then honours instead of its union
default graph), and where does its outermost WHERE group open (to bind
parameters with an inline ``VALUES`` block for a remote endpoint, which cannot
take rdflib's initial bindings). Both are read from the text with comments,
strings and IRIs blanked out.

This is not a security check: ``<`` is both an IRI opener and the less-than
operator, which only a grammar can tell apart. What the endpoint refuses is
decided by a real parser (:mod:`graph.serve.guard`).

Examples
--------
>>> from graph.serve.lexer import bind_values, names_dataset
>>> names_dataset('SELECT * FROM <http://x/g> WHERE { ?s ?p "from" }')
True
>>> names_dataset('SELECT * WHERE { ?s ?p "FROM" } # FROM')
False
>>> bind_values("SELECT ?n WHERE { ?c ex:name ?n }", {"c": "<http://x/c>"})
'SELECT ?n WHERE { VALUES ?c { <http://x/c> } ?c ex:name ?n }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["bind_values", "blank", "names_dataset"]

# Comments, strings (long forms first) and IRIs: nothing in them is syntax.
_OPAQUE = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'''
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n\r]*""",
    re.DOTALL,
)
# A keyword stands alone: not part of a prefixed name, variable, language tag
# or local name.
_BEFORE = r"(?<![\w:?$@\\-])"
_AFTER = r"(?![\w:-])"


def blank(sparql: str) -> str:
    """``sparql`` with comments, strings and IRIs replaced by spaces (offsets kept)."""
    return _OPAQUE.sub(lambda match: " " * len(match.group(0)), sparql)


def names_dataset(sparql: str) -> bool:
    """Whether the query has a ``FROM`` or ``FROM NAMED`` clause."""
    return re.search(_BEFORE + "FROM" + _AFTER, blank(sparql), re.IGNORECASE) is not None


def _where_group_start(sparql: str) -> int:
    """Offset just after the ``{`` that opens the outermost WHERE group."""
    text = blank(sparql)
    depth = 0
    for match in re.finditer(r"[{}()]|" + _BEFORE + "WHERE" + _AFTER, text, re.IGNORECASE):
        token = match.group(0)
        if token in "({":
            depth += 1
        elif token in ")}":
            depth -= 1
        elif depth == 0:
            brace = text.find("{", match.end())
            if brace >= 0:
                return brace + 1
            break
    else:
        # WHERE may be left out before the group of a SELECT or ASK: the group
        # is then the first brace outside parentheses.
        parens = 0
        for match in re.finditer(r"[{()]", text):
            if match.group(0) == "{" and parens == 0:
                return match.end()
            parens += 1 if match.group(0) == "(" else -1 if match.group(0) == ")" else 0
    raise ValueError("the query has no WHERE group to bind parameters in")


def bind_values(sparql: str, terms: Mapping[str, str]) -> str:
    """``sparql`` with each variable bound by a ``VALUES`` block opening its WHERE group.

    Parameters
    ----------
    sparql : str
        A query of the project's library (trusted text) with a WHERE group.
    terms : mapping
        Values by variable name, each already written as a SPARQL term by
        rdflib (``Node.n3()``), never raw user text.

    Raises
    ------
    ValueError
        If the query has no WHERE group.
    """
    if not terms:
        return sparql
    start = _where_group_start(sparql)
    block = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in terms.items())
    return f"{sparql[:start]} {block}{sparql[start:]}"

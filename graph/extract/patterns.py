"""Text patterns of the lexicons: the phrase syntax, name tries, and offset-keeping folding.

The lexicon files in ``data/lexicon/`` write cue words in a small phrase syntax
(see that folder's README): words on word boundaries, ``word*`` for a prefix,
``(a|b)`` for alternatives, ``(a)?`` for an optional word, ``_`` for any one
word, ``~`` for a gap of up to six words. :func:`phrase_regex` turns one phrase into a regular
expression; :func:`trie_regex` turns many literal names into one fast regular
expression; :func:`match_text` folds a text for matching without moving any
character, so offsets found in the folded text are offsets in the original.

Examples
--------
>>> import re
>>> cue = re.compile(phrase_regex("(share|shares|shared) ~ intelligence"))
>>> cue.search("they shared signals intelligence").group()
'shared signals intelligence'
>>> names = re.compile(trie_regex(["niger", "nigeria", "nigerian"]))
>>> names.match("nigerian").group()
'nigerian'
>>> match_text("Türkiye’s drones")
"turkiye's drones"
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["SEPARATOR", "match_text", "phrase_regex", "split_alternatives", "trie_regex"]

#: What may stand between two words of a phrase: spaces, or a hyphen or dash.
SEPARATOR = r"(?:\s+|\s*[-‐‑–]\s*)"
_GAP = r"(?:[^\s;:]+" + SEPARATOR + r"){0,6}?"
_DASHES = "‐‑‒–—―"
_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'}


@functools.cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(char): "-" for char in _DASHES}
    table.update({ord(char): plain for char, plain in _QUOTES.items()})
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(part for part in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(part))
        if len(base) == 1 and base != char:
            table[code] = base
    return table


def match_text(text: str) -> str:
    """``text`` lower-cased, without accents, with plain quotes and hyphens: same length.

    Every character maps to exactly one character, so a match at ``[i:j]`` in
    the result is the original ``text[i:j]``.
    """
    folded = text.translate(_fold_table())
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in folded)


def split_alternatives(body: str) -> list[str]:
    """Split ``a|b (c|d)|e`` at top-level bars."""
    parts, depth, current = [], 0, []
    for char in body:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _tokens(pattern: str) -> list[str]:
    tokens, depth, current = [], 0, []
    for char in pattern.strip():
        if char == "(" and depth == 0 and current and current[-1] in ")?":
            tokens.append("".join(current))  # "(a)?(b)" is two tokens
            current = []
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char.isspace() and depth == 0:
            if current:
                tokens.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth != 0:
        raise ValueError(f"unbalanced parentheses in pattern {pattern!r}")
    if current:
        tokens.append("".join(current))
    return tokens


def _word_regex(word: str) -> str:
    if word == "_":
        return r"[\w'-]+"
    prefix = word.endswith("*")
    body = word[:-1] if prefix else word
    pieces = [re.escape(part) for part in re.split(r"\s+", body.strip())]
    return SEPARATOR.join(pieces) + (r"\w*" if prefix else "")


def _token_regex(token: str) -> str:
    if token.startswith("("):
        body = token[1:token.rindex(")")]
        return "(?:" + "|".join(_phrase_body(alt) for alt in split_alternatives(body)) + ")"
    return _word_regex(token)


def _phrase_body(pattern: str) -> str:
    parts: list[str] = []
    tokens = _tokens(pattern)
    for index, token in enumerate(tokens):
        last = index == len(tokens) - 1
        if token == "~":
            parts.append(_GAP)
        elif token.endswith(")?"):
            parts.append("(?:" + _token_regex(token[:-1]) + ("" if last else SEPARATOR) + ")?")
        else:
            parts.append(_token_regex(token) + ("" if last else SEPARATOR))
    return "".join(parts)


def phrase_regex(pattern: str) -> str:
    """Regular expression (for lower-case text) of one lexicon phrase, on word boundaries."""
    return r"(?<![\w-])" + _phrase_body(pattern.lower()) + r"(?![\w])"


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, longest first, as a character trie.

    A trie keeps matching fast with thousands of names: at each character only
    the branches that can still match are tried.
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie) or "(?!)"


def _emit(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends_here else group

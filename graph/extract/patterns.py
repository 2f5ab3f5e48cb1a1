"""Text patterns of the lexicons: the phrase syntax, name tries, and offset-keeping folding.

The lexicon files in ``data/lexicon/`` write cue words in a small phrase syntax
(see that folder's README): words on word boundaries, ``word*`` for a prefix,
``(a|b)`` for alternatives, ``(a)?`` for an optional word, ``_`` for any one
word, ``~`` for a gap of up to eight words. :func:`phrase_regex` turns one phrase into a regular
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeAlias

__all__ = [
    "LIST_GAP",
    "SEPARATOR",
    "FirstWords",
    "PhraseIndex",
    "leftmost_longest",
    "match_text",
    "next_word",
    "phrase_regex",
    "split_alternatives",
    "trie_regex",
]

_WORD = re.compile(r"\w+")  # a word of a folded text, as the phrase regexes see one

#: Between two items of a list of names: a comma or "and"/"or", perhaps "the"
#: ("Darfur, South Sudan, and the Central African Republic", "Tonga and Samoa").
LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?", re.IGNORECASE)
#: What may stand between two words of a phrase: spaces, or a hyphen or dash.
SEPARATOR = r"(?:\s+|\s*[-‐‑–]\s*)"
_GAP = r"(?:[^\s;:]+" + SEPARATOR + r"){0,8}?"
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


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    return _fold_table().get(ord(char), char)


def match_text(text: str) -> str:
    """``text`` lower-cased, without accents, with plain quotes and hyphens: same length.

    Every character maps to exactly one character, so a match at ``[i:j]`` in
    the result is the original ``text[i:j]``.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        lowered = "".join(low if len(low := char.lower()) == 1 else char for char in text)
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_fold_char, lowered)


def split_alternatives(body: str) -> list[str]:
    """Split ``a|b (c|d)|e`` at top-level bars."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
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
    tokens: list[str] = []
    current: list[str] = []
    depth = 0
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
    if word == "#":
        return r"\d[\d.,]*"  # a number, "8,750" or "6.4" (only inside optional brackets)
    if word == "%":
        return r"\([\w.'-]{2,12}\)"  # a bracketed abbreviation, "(SADC)" (as "#" is used)
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
    # optional words ending the phrase take their separator with them: "(agreement) on
    # (cooperation)?" matches "agreement on" before any word
    end = len(tokens)
    while end > 1 and tokens[end - 1].endswith(")?"):
        end -= 1
    for index, token in enumerate(tokens[:end]):
        last = index == end - 1
        if token == "," and parts and parts[-1].endswith(SEPARATOR):
            # a comma right after the word before it: "military , _ and _ aid" matches
            # "military, financial and humanitarian aid"
            parts[-1] = parts[-1].removesuffix(SEPARATOR)
            parts.append(r"\s*,\s*")
        elif token == "~":
            parts.append(_GAP)
        elif token.endswith(")?"):
            parts.append("(?:" + _token_regex(token[:-1]) + ("" if last else SEPARATOR) + ")?")
        else:
            parts.append(_token_regex(token) + ("" if last else SEPARATOR))
    parts.extend("(?:" + SEPARATOR + _token_regex(token[:-1]) + ")?" for token in tokens[end:])
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


_WORD_START = re.compile(r"(?<![\w-])\w+")
_PREFIX_KEY = 3
_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?:[ -][a-z0-9]+)*")
_WORD_SEPARATOR = re.compile(r"[ -]")
_ONE_WORD = re.compile(r"[a-z0-9]+\*?")  # a plain word, or a plain prefix ("purchase*")
_LEADING_WORD = re.compile(r"[^\W_]+")
#: The word after a phrase's first word, as phrase regexes separate words.
_NEXT_WORD = re.compile(SEPARATOR + r"(\w+)")


def _alternatives(token: str) -> list[str]:
    """The alternatives of a token: ``(a|b c)`` or ``(a|b)?`` gives a and b c; a word, itself."""
    if token.startswith("("):
        return split_alternatives(token[1:token.rindex(")")])
    return [token]


def _leads(tokens: Sequence[str]) -> frozenset[str] | None:
    """The words one of which must come first in a text matching ``tokens`` (optional ones
    first), each up to its first non-word character; None when any word may."""
    words: set[str] = set()
    for token in tokens:
        for alternative in _alternatives(token):
            lead = _LEADING_WORD.match(alternative)
            if lead is None or alternative[lead.end():lead.end() + 1] in ("*", "(", "_"):
                return None
            words.add(lead.group())
        if not token.endswith(")?"):
            return frozenset(words)
    return None


#: How a phrase may open: (first word, the words one of which must follow it, or None
#: when any may) for each of its first token's alternatives; None when it opens otherwise.
_Openings: TypeAlias = tuple[tuple[str, frozenset[str] | None], ...] | None


def _openings(tokens: Sequence[str]) -> _Openings:
    """The plain words a phrase opens with, each with the words that may follow it ("the
    alliance", "the (western)? alliance", "(cyber security|military) (drills)"); None when
    its first token is optional or not plain words ("deliver*", "army's", "_"), which are
    left to the phrase's own regex."""
    if tokens[0].endswith(")?"):
        return None
    openings = []
    for alternative in _alternatives(tokens[0]):
        if not _PLAIN_WORDS.fullmatch(alternative):
            return None
        head, *rest = _WORD_SEPARATOR.split(alternative)
        openings.append((head, frozenset(rest[:1]) if rest else _leads(tokens[1:])))
    return tuple(openings)


def _second_words(openings: _Openings, first: str) -> frozenset[str] | None:
    """The words one of which must follow ``first`` when a phrase opening as ``openings``
    starts with it; None when any word may follow."""
    if openings is None:
        return None
    words: set[str] = set()
    for head, following in openings:
        if head != first:
            continue
        if following is None:
            return None
        words |= following
    return frozenset(words)


def next_word(lowered: str, end: int) -> str:
    """The word right after a word ending at ``end``, across a space or hyphen ("" if none)."""
    found = _NEXT_WORD.match(lowered, end)
    return found.group(1) if found is not None else ""


def _first_words(pattern: str) -> Iterator[str]:
    """The words a phrase can start with ("deliver*" is a prefix, "_" any word)."""
    for token in _tokens(pattern.lower()):
        optional = token.endswith(")?")
        if token.startswith("("):
            body = token[1:token.rindex(")")]
            for alternative in split_alternatives(body):
                yield from _first_words(alternative)
        else:
            yield token
        if not optional:
            return


def _is_one_word(tokens: Sequence[str]) -> bool:
    """True for the tokens of one word or a choice of single words (see ``one_word``)."""
    return len(tokens) == 1 and not tokens[0].endswith(")?") and all(
        _ONE_WORD.fullmatch(alternative) for alternative in _alternatives(tokens[0]))


def _words_required(tokens: Sequence[str]) -> frozenset[str] | None:
    """The words one of which a match of the tokens holds after the first (see
    ``required_words``)."""
    best: frozenset[str] | None = None
    for token in tokens[1:]:
        if token.endswith(")?") or token in ("_", "~"):
            continue
        alternatives = _alternatives(token)
        if any("*" in alternative or "_" in alternative for alternative in alternatives):
            continue  # "deliver*": left to the phrase's own regex
        leading = [_LEADING_WORD.match(alternative) for alternative in alternatives]
        if not all(leading):
            continue
        words = frozenset(word.group() for word in leading if word is not None)
        if best is None or min(map(len, words)) > min(map(len, best)):
            best = words
    return best


class PhraseIndex:
    """Many lexicon phrases, found where they can start: one dictionary look-up per word.

    A regular expression alternating dozens of phrases tries every one of them
    at every character of a text; the index tries, at each word, only the
    phrases that can begin with it.

    Examples
    --------
    >>> index = PhraseIndex(["deliver*", "took delivery", "(share|shares) ~ intelligence"])
    >>> list(index.matches("they took delivery and shared intelligence"))
    [(5, 18, 1), (10, 18, 0)]
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(patterns)
        self._regexes = [re.compile(_phrase_body(pattern.lower()) + r"(?![\w])")
                         for pattern in self.patterns]
        self._exact: dict[str, list[int]] = {}
        self._prefixes: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []
        self._any: list[int] = []
        self._tokens = [_tokens(pattern.lower()) for pattern in self.patterns]
        self._one_word = [_is_one_word(tokens) for tokens in self._tokens]
        self._required = [_words_required(tokens) for tokens in self._tokens]
        # worked out once: a scan asks for every word it has not met before
        self._openings = [_openings(tokens) for tokens in self._tokens]
        for number, pattern in enumerate(self.patterns):
            for word in dict.fromkeys(_first_words(pattern)):
                if word == "_":
                    self._any.append(number)
                elif word.endswith("*"):
                    prefix = word[:-1]
                    if len(prefix) < _PREFIX_KEY:
                        self._short.append((prefix, number))
                    else:
                        self._prefixes.setdefault(prefix[:_PREFIX_KEY], []).append((prefix, number))
                else:
                    self._exact.setdefault(word.split("-")[0], []).append(number)

    def second_words(self, number: int, first: str) -> frozenset[str] | None:
        """The words one of which must follow ``first`` where phrase ``number`` starts with it
        (None: any word may); a scan reads the next word and tries only the phrases it fits."""
        return _second_words(self._openings[number], first)

    def matcher(self, number: int) -> Callable[[str, int], re.Match[str] | None]:
        """The anchored ``match(text, position)`` of phrase ``number``."""
        return self._regexes[number].match

    def one_word(self, number: int) -> bool:
        """True if phrase ``number`` is one word or a choice of single words ("(troops|
        soldiers)", "purchase*"): wherever a scan finds one of its first words, it matches
        that whole word, and no regex need be tried.

        Examples
        --------
        >>> index = PhraseIndex(["(troops|soldiers)", "purchase*", "co-host", "arms deal"])
        >>> [index.one_word(number) for number in range(4)]
        [True, True, False, False]
        """
        return self._one_word[number]

    def required_words(self, number: int) -> frozenset[str] | None:
        """Words after its first one, one of which any text phrase ``number`` matches must hold,
        or None if no later word is certain. Of several such sets, the one whose shortest word
        is longest: long words are rare ("the ... bloc", not "in" of "built ... in").

        Examples
        --------
        >>> PhraseIndex(["the (_)? (bloc|bloc's) in", "deliver* to"]).required_words(0)
        frozenset({'bloc'})
        >>> PhraseIndex(["deliver* to"]).required_words(0)
        frozenset({'to'})
        """
        return self._required[number]

    def first_words(self) -> tuple[set[str], set[str], bool]:
        """(exact first words, first-word prefixes, whether a phrase may start with any word)."""
        prefixes = {prefix for bucket in self._prefixes.values() for prefix, _ in bucket}
        prefixes |= {prefix for prefix, _ in self._short}
        return set(self._exact), prefixes, bool(self._any)

    def candidates(self, word: str) -> list[int]:
        """Numbers of the phrases that can start with ``word``."""
        found = list(self._exact.get(word, ()))
        for prefix, number in self._prefixes.get(word[:_PREFIX_KEY], ()):
            if word.startswith(prefix):
                found.append(number)
        found.extend(number for prefix, number in self._short if word.startswith(prefix))
        found.extend(self._any)
        return found

    def matches(self, lowered: str, start: int = 0, end: int | None = None
                ) -> Iterator[tuple[int, int, int]]:
        """(start, end, pattern number) of every match, by start, longest first at a start.

        ``lowered`` must be folded as by :func:`match_text`.
        """
        end = len(lowered) if end is None else end
        for word in _WORD_START.finditer(lowered, start, end):
            yield from self.matches_at(lowered, word.start(), self.candidates(word.group()), end)

    def matches_at(self, lowered: str, position: int, numbers: Sequence[int],
                   end: int | None = None) -> list[tuple[int, int, int]]:
        """Matches of the given phrases at ``position``, longest first."""
        end = len(lowered) if end is None else end
        found = []
        for number in numbers:
            match = self._regexes[number].match(lowered, position, end)
            if match is not None:
                found.append((position, match.end(), number))
        found.sort(key=lambda item: (-item[1], item[2]))
        return found

    def leftmost_longest(self, lowered: str, start: int = 0, end: int | None = None
                         ) -> Iterator[tuple[int, int, int]]:
        """Matches that do not overlap, the longest winning at each start."""
        yield from leftmost_longest(self.matches(lowered, start, end))


def leftmost_longest(matches: Iterable[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
    """Of matches sorted by start (longest first at a start), those that do not overlap."""
    reached = -1
    for match_start, match_end, number in matches:
        if match_start >= reached:
            yield match_start, match_end, number
            reached = match_end


class FirstWords:
    """Finds every word some phrase of ``indexes`` may start with.

    One regex of all first words would try its alternatives at every position of a text;
    reading the text's words once and looking each up took half the time (compiled).

    Examples
    --------
    >>> words = FirstWords([PhraseIndex(["deliver* to", "troops"])])
    >>> words.find("russian troops were delivered, pre-deliveries")
    [(8, 'troops'), (20, 'delivered')]
    """

    def __init__(self, indexes: Iterable[PhraseIndex]) -> None:
        exact: set[str] = set()
        heads: dict[str, list[str]] = {}
        self.anything = False  # some phrase may start with any word
        for index in indexes:
            words, starts, anything = index.first_words()
            self.anything = self.anything or anything
            exact |= words
            for start in starts:
                heads.setdefault(start[:1], []).append(start)
        self.exact = frozenset(exact)
        #: Prefixes ("deliver" of "deliver*") by their first letter.
        self.heads = {head: tuple(starts) for head, starts in heads.items()}

    def find(self, lowered: str) -> list[tuple[int, str]]:
        """(position, word) of each first word in ``lowered``, in order; not after a hyphen."""
        return self.read(lowered)[0]

    def read(self, lowered: str) -> tuple[list[tuple[int, str]], frozenset[str]]:
        """The first words as :meth:`find` gives them, and every word of ``lowered``."""
        found: list[tuple[int, str]] = []
        cursor = 0
        words = _WORD.findall(lowered)
        for word in words:
            position = lowered.find(word, cursor)  # only non-word characters lie between
            cursor = position + len(word)
            if position and lowered[position - 1] == "-":
                continue
            if self.anything or word in self.exact or \
                    any(word.startswith(start) for start in self.heads.get(word[:1], ())):
                found.append((position, word))
        return found, frozenset(words)

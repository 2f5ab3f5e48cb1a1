"""The extractor's knowledge of English defence reporting, read from ``data/lexicon/``.

Every file there is a small CSV table with ``#`` comment lines (the folder's
README describes them all). :class:`Lexicon` reads them once and compiles
their phrase patterns (:mod:`graph.extract.patterns`) into regular
expressions; nothing about tie types, cue words or table headers is written
in code.

Examples
--------
>>> from graph.extract.lexicon import default_lexicon
>>> lexicon = default_lexicon()
>>> lexicon.rules["ArmsTransfer"].directed, lexicon.rules["JointExercise"].directed
(True, False)
>>> scan = lexicon.scan("india took delivery of the s-400")
>>> [(lexicon.cues[number].type, scan.lowered[start:end]) for start, end, number in scan.cues]
[('ArmsTransfer', 'took delivery'), ('ArmsTransfer', 'delivery')]
>>> lexicon.confidence["explicit"]
0.9
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

from graph.gazetteer import read_table
from graph.model import TIE_TYPES
from graph.resources import data_dir

from .patterns import (
    FirstWords,
    PhraseIndex,
    leftmost_longest,
    match_text,
    next_word,
    phrase_regex,
    trie_regex,
)

__all__ = ["Cue", "Lexicon", "Modifier", "Scan", "TableColumn", "TieRule", "default_lexicon"]


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (field or "").split("|") if part.strip())


def _pairs(field: str | None) -> tuple[tuple[str, str], ...]:
    """``"in=source|at=source"`` as ``(("in", "source"), ("at", "source"))``."""
    return tuple((key, value) for key, equals, value in
                 (part.partition("=") for part in _split(field)) if equals)


def _yes(field: str | None) -> bool:
    return (field or "").strip().lower() in ("yes", "true", "1")


def _named_alternation(patterns: list[str], prefix: str) -> re.Pattern[str]:
    """One regex with a named group per pattern (``prefix`` + row index)."""
    if not patterns:
        return re.compile("(?!)")
    return re.compile("|".join(f"(?P<{prefix}{index}>{phrase_regex(pattern)})"
                               for index, pattern in enumerate(patterns)))


def _specificity(pattern: str) -> tuple[int, int]:
    """Sort key putting multi-word cues before one-word cues (longest match wins)."""
    words = len(re.sub(r"\([^)]*\)", "x", pattern).split())
    return (-words, -len(pattern))


@dataclass(frozen=True)
class Cue:
    """A row of ``cues.csv``: a phrase that signals a tie type."""

    type: str
    pattern: str
    agent: str
    possessor: str
    requires: str | None
    markers: tuple[tuple[str, str], ...] = ()
    #: The topics of which the cue's clause must mention one (``requires``, "|"-separated).
    topics: tuple[str, ...] = ()

    def role_of(self, marker: str | None) -> str | None:
        """The role this cue gives an actor after ``marker`` ("were trained in Denmark": source)."""
        return dict(self.markers).get(marker) if marker else None


@dataclass(frozen=True)
class TieRule:
    """A row of ``tie_types.csv``: how a tie type finds its parties."""

    type: str
    directed: bool
    source_markers: frozenset[str]
    target_markers: frozenset[str]
    source_kinds: tuple[str, ...]
    target_kinds: tuple[str, ...]
    refines: str | None
    refine_topic: str | None
    suppresses: frozenset[str]
    needs_marked_target: bool
    organisation_country: frozenset[str] = frozenset()
    counterpart_markers: frozenset[str] = frozenset()
    suppresses_target_abroad: frozenset[str] = frozenset()
    suppresses_source_elsewhere: frozenset[str] = frozenset()
    suppress_unless: str | None = None
    passive_markers: tuple[tuple[str, str], ...] = ()
    refine_unless: str | None = None


@dataclass(frozen=True)
class Modifier:
    """A row of ``modifiers.csv``: negation, ended, hedge, reported, commitment, hostile,
    combat, deployment, other_sense."""

    kind: str
    scope: str
    types: frozenset[str]

    def applies_to(self, tie_type: str) -> bool:
        return not self.types or tie_type in self.types


@dataclass(frozen=True)
class TableColumn:
    """A row of ``table_headers.csv``."""

    phrase: str
    type: str | None
    role: str
    provider: bool


@dataclass(frozen=True)
class RoleNoun:
    """A row of ``role_nouns.csv``: a noun after an actor that tells its role."""

    role: str
    types: frozenset[str]
    gap: int
    possessive_only: bool


Match = tuple[int, int, int]
#: A phrase that may start at a word: (lexicon, row, anchored matcher).
#: (lexicon, phrase number, its anchored matcher or None for a phrase of one word, which
#: matches the whole word found, and words one of which the text must hold).
_Candidate: TypeAlias = tuple[str, int, "Callable[[str, int], re.Match[str] | None] | None",
                              "frozenset[str] | None"]
#: The phrases a word may start: those any second word may follow, the others by second word.
_Candidates: TypeAlias = tuple[list[_Candidate], dict[str, list[_Candidate]]]
_CACHE_WORDS = 50_000  # distinct words remembered before the candidate cache starts afresh


def _between(items: list[Match], starts: list[int], start: int, end: int) -> list[Match]:
    return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


@dataclass
class Scan:
    """Every lexicon phrase found in one (folded) text, by start offset.

    ``cues`` holds every cue match (a cue that lacks its topic must not hide a
    shorter one) and ``breaks`` every break; ``modifiers`` holds non-overlapping longest
    matches of each kind (a phrase of another sense must not hide a hedge inside it), the
    other lists non-overlapping longest matches.
    Each match is ``(start, end, row number)`` in its lexicon file.
    """

    lowered: str
    cues: list[Match]
    modifiers: list[Match]
    coreference: list[Match]
    breaks: list[Match]
    topics: dict[str, list[int]]
    programmes: list[Match] = field(default_factory=list)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def within(self, name: str, start: int, end: int) -> list[Match]:
        """Matches of one list (``"cues"``, ``"modifiers"``...) starting in ``[start, end)``."""
        items = getattr(self, name)
        if name not in self._starts:
            self._starts[name] = [item[0] for item in items]
        return _between(items, self._starts[name], start, end)

    def has_topic(self, topic: str, start: int, end: int) -> bool:
        """True if ``[start, end)`` mentions ``topic`` (a row of ``topics.csv``)."""
        starts = self.topics.get(topic, [])
        index = bisect.bisect_left(starts, start)
        return index < len(starts) and starts[index] < end


class Lexicon:
    """All extraction lexicons of one folder, compiled.

    Parameters
    ----------
    directory : Path
        A folder holding the files described in ``data/lexicon/README.md``.
    """

    def __init__(self, directory: Path) -> None:
        def table(name: str) -> list[dict[str, str]]:
            return list(read_table(directory / name))

        self.rules: dict[str, TieRule] = {row["type"]: self._rule(row)
                                          for row in table("tie_types.csv")}
        missing = set(TIE_TYPES) - set(self.rules)
        if missing:
            raise ValueError(f"tie_types.csv lacks {sorted(missing)}")
        cue_rows = sorted(table("cues.csv"), key=lambda row: _specificity(row["pattern"]))
        self.cues: tuple[Cue, ...] = tuple(self._cue(row) for row in cue_rows)
        self.cue_index = PhraseIndex([cue.pattern for cue in self.cues])

        topic_rows = table("topics.csv")
        self.topic_names = tuple(row["topic"] for row in topic_rows)
        self.topic_index = PhraseIndex([row["pattern"] for row in topic_rows])

        modifier_rows = table("modifiers.csv")
        self.modifiers = tuple(Modifier(row["kind"], row["scope"], frozenset(_split(row["types"])))
                               for row in modifier_rows)
        self.modifier_index = PhraseIndex([row["pattern"] for row in modifier_rows])

        self.markers: dict[str, str] = {}
        skipped = [row["marker"] for row in table("prepositions.csv") if row["word"] == "skip"]
        self.skip_words: frozenset[str] = frozenset(word for word in skipped
                                                    if "*" not in (word[0], word[-1]))
        #: Endings of words that name an actor describing another ("Moscow-led", "US-backed").
        self.skip_suffixes: tuple[str, ...] = tuple(word[1:] for word in skipped if word[0] == "*")
        #: Beginnings of such words ("non-EU country Serbia": the marker is before them).
        self.skip_prefixes: tuple[str, ...] = tuple(word[:-1] for word in skipped
                                                    if word[-1] == "*")
        for row in table("prepositions.csv"):
            if row["word"] != "skip":
                self.markers[row["word"].lower()] = row["marker"]
        self.longest_marker = max(len(word.split()) for word in self.markers)
        #: The last words of the markers: a word not among them ends none.
        self.marker_ends = frozenset(word.split()[-1] for word in self.markers)

        noun_rows = table("role_nouns.csv")
        self.role_nouns = tuple(RoleNoun(row["role"], frozenset(_split(row["types"])),
                                         int(row["gap"]), row["form"] == "possessive")
                                for row in noun_rows)
        self.role_noun_regex = _named_alternation([row["pattern"] for row in noun_rows], "n")
        self.role_noun_words = frozenset(word.rstrip("*") for row in noun_rows
                                         for word in re.findall(r"[a-z*]+", row["pattern"]))

        head_rows = table("demonym_heads.csv")
        self.demonym_head_regex = re.compile("|".join(
            phrase_regex(row["pattern"]) for row in head_rows) or "(?!)")
        #: A company noun up to two words after a demonym ("South Korean defense firm").
        companies = "|".join(phrase_regex(row["pattern"]) for row in head_rows
                             if row["kind"] == "company") or "(?!)"
        self.company_after_regex = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{companies})")

        coref_rows = table("coreference.csv")
        self.coreference = tuple(row["refers"] for row in coref_rows)
        self.coreference_index = PhraseIndex([row["pattern"] for row in coref_rows])
        #: What "the kingdom", "the island nation" may stand for: (words, country keys).
        self.country_descriptors = tuple(
            (re.compile(phrase_regex(row["pattern"])), frozenset(_split(row["countries"])))
            for row in table("country_descriptors.csv"))

        break_rows = table("clause_breaks.csv")
        self.clause_breaks = tuple(row["where"] for row in break_rows)
        #: One-word clause openers ("after", "since"): no preposition at the head of a clause.
        self.subordinators = frozenset(row["pattern"] for row in break_rows
                                       if re.fullmatch(r"[a-z]+", row["pattern"]))
        self.clause_break_index = PhraseIndex([row["pattern"] for row in break_rows])

        header_rows = sorted(table("table_headers.csv"), key=lambda row: -len(row["phrase"]))
        self.table_columns = tuple(
            TableColumn(row["phrase"].lower(), row["type"] or None, row["role"],
                        _yes(row["provider"])) for row in header_rows)
        self.table_column_of = {column.phrase: column for column in self.table_columns}
        self.table_header_regex = re.compile(
            rf"(?<![\w-])(?:{trie_regex(self.table_column_of)})(?![\w])")

        title_rows = sorted(table("person_titles.csv"), key=lambda row: -len(row["title"]))
        self.person_titles = tuple(row["title"] for row in title_rows)
        self.title_min_words = {match_text(row["title"]): int(row["min_words"] or 1)
                                for row in title_rows}
        self.name_stops = frozenset(row["word"].lower() for row in table("name_stops.csv"))
        self.organisation_nouns = tuple(row["word"] for row in table("organisation_nouns.csv"))
        #: A title before a name, in folded text ("president ", "defence minister ").
        self.person_title_regex = re.compile(
            rf"(?:{trie_regex(match_text(title) for title in self.person_titles)})\s+")
        self.weapon_noun_regex = re.compile(
            "|".join(phrase_regex(row["pattern"]) for row in table("weapon_nouns.csv")))
        self.abbreviations = frozenset(row["abbreviation"].lower().rstrip(".")
                                       for row in table("abbreviations.csv"))
        self.confidence = {row["rule"]: float(row["confidence"]) for row in table("confidence.csv")}
        #: Named programmes and who runs them: (phrase regex, provider's name, tie types),
        #: found by the scan (``Scan.programmes``) like the other phrases.
        programme_rows = table("programmes.csv")
        self.programmes = tuple(
            (re.compile(phrase_regex(row["pattern"])), row["provider"],
             frozenset(_split(row["types"]))) for row in programme_rows)
        self.programme_index = PhraseIndex([row["pattern"] for row in programme_rows])
        #: Initials of the programmes written out in words, with no acronym of their own in
        #: the table (left out where it is also a weapon's name: "OSA"), by row number: after
        #: the programme is named, its initials stand for it.
        self.programme_acronyms = tuple(
            (number, re.compile(r"\b" + "".join(word[0] for word in words) + r"\b"))
            for number, row in enumerate(programme_rows)
            if len(words := row["pattern"].split()) > 1 and all(word.isalpha() for word in words))
        #: Keys of the states that export arms on a large scale (they supply where the text
        #: gives no direction).
        self.arms_exporters = frozenset(row["iso3"] for row in table("arms_exporters.csv"))
        self._indexes = {"cues": self.cue_index, "modifiers": self.modifier_index,
                         "coreference": self.coreference_index, "breaks": self.clause_break_index,
                         "topics": self.topic_index, "programmes": self.programme_index}
        self._candidate_cache: dict[str, _Candidates] = {}
        self._first_words = FirstWords(self._indexes.values())

    @staticmethod
    def _rule(row: dict[str, str]) -> TieRule:
        return TieRule(
            type=row["type"],
            directed=_yes(row["directed"]),
            source_markers=frozenset(_split(row["source_markers"])),
            target_markers=frozenset(_split(row["target_markers"])),
            source_kinds=_split(row["source_kinds"]),
            target_kinds=_split(row["target_kinds"]),
            refines=row["refines"] or None,
            refine_topic=row["refine_topic"] or None,
            refine_unless=row.get("refine_unless") or None,
            suppresses=frozenset(_split(row["suppresses"])),
            needs_marked_target=_yes(row["needs_marked_target"]),
            organisation_country=frozenset(_split(row.get("organisation_country"))),
            counterpart_markers=frozenset(_split(row.get("counterpart_markers"))),
            suppresses_target_abroad=frozenset(_split(row.get("suppresses_target_abroad"))),
            suppresses_source_elsewhere=frozenset(_split(row.get("suppresses_source_elsewhere"))),
            suppress_unless=row.get("suppress_unless") or None,
            passive_markers=_pairs(row.get("passive_markers")),
        )

    def _cue(self, row: dict[str, str]) -> Cue:
        if row["type"] not in self.rules:
            raise ValueError(f"cues.csv: unknown tie type {row['type']!r}")
        agent = row["agent"] or "none"
        markers = _pairs(row.get("markers"))
        return Cue(row["type"], row["pattern"], agent, row["possessor"] or agent,
                   row["requires"] or None, markers, _split(row["requires"]))

    def scan(self, lowered: str) -> Scan:
        """Every cue, modifier, coreference phrase, clause break and topic word of a text.

        ``lowered`` is the text folded by :func:`graph.extract.patterns.match_text`.
        """
        found: dict[str, list[Match]] = {name: [] for name in self._indexes}
        cache, candidates = self._candidate_cache, self._word_candidates
        firsts, present = self._first_words.read(lowered)
        for position, word in firsts:
            tried, by_second = cache.get(word) or candidates(word)
            if by_second:  # "the" starts a dozen phrases; the word after it rules most out
                tried = tried + by_second.get(next_word(lowered, position + len(word)), [])
            for name, number, match, required in tried:
                if match is None:
                    found[name].append((position, position + len(word), number))
                    continue
                if required is not None and required.isdisjoint(present):
                    continue  # "the ... bloc" in a text without "bloc": no regex to try
                matched = match(lowered, position)
                if matched is not None:
                    found[name].append((position, matched.end(), number))
        for matches in found.values():
            matches.sort(key=lambda item: (item[0], -item[1], item[2]))
        topics: dict[str, list[int]] = {}
        for start, _end, number in found["topics"]:
            topics.setdefault(self.topic_names[number], []).append(start)
        return Scan(
            lowered=lowered,
            cues=found["cues"],
            modifiers=self._by_kind(found["modifiers"]),
            coreference=list(leftmost_longest(found["coreference"])),
            breaks=found["breaks"],  # every match: "media reported" must not hide "reported ~ that"
            topics=topics,
            programmes=found["programmes"],
        )

    def _by_kind(self, matches: list[Match]) -> list[Match]:
        """Modifier matches, leftmost-longest within each kind: a phrase of one kind does not
        hide another kind's ("the memorandum ... to acquire", another sense, keeps the hedge
        "intends" inside it)."""
        kinds: dict[str, list[Match]] = {}
        for match in matches:
            kinds.setdefault(self.modifiers[match[2]].kind, []).append(match)
        return sorted(kept for group in kinds.values() for kept in leftmost_longest(group))

    def _word_candidates(self, word: str) -> _Candidates:
        """(lexicon, row, matcher) of the phrases that may start with ``word``: those any
        second word may follow, and the others by their second word; remembered."""
        cached = self._candidate_cache.get(word)
        if cached is None:
            if len(self._candidate_cache) > _CACHE_WORDS:
                self._candidate_cache.clear()
            anyhow: list[_Candidate] = []
            by_second: dict[str, list[_Candidate]] = {}
            for name, index in self._indexes.items():
                for number in index.candidates(word):
                    candidate = (name, number, None if index.one_word(number)
                                 else index.matcher(number), index.required_words(number))
                    seconds = index.second_words(number, word)
                    if seconds is None:
                        anyhow.append(candidate)
                    for second in seconds or ():
                        by_second.setdefault(second, []).append(candidate)
            cached = (anyhow, by_second)
            self._candidate_cache[word] = cached
        return cached

    def described_countries(self, phrase: str) -> frozenset[str] | None:
        """Keys of the countries a definite phrase fits, or None if it describes none.

        Examples
        --------
        >>> lexicon = default_lexicon()
        >>> sorted(lexicon.described_countries("the gulf kingdom"))
        ['BHR', 'SAU']
        >>> lexicon.described_countries("the country") is None
        True
        """
        fitting = None
        for words, countries in self.country_descriptors:
            if words.search(phrase):
                fitting = countries if fitting is None else fitting & countries
        return fitting

    def topic_in(self, topic: str, text: str) -> bool:
        """True if ``text`` mentions ``topic``."""
        lowered = match_text(text)
        return any(self.topic_names[number] == topic
                   for _, _, number in self.topic_index.matches(lowered))


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicons (read once per process)."""
    return Lexicon(data_dir() / "lexicon")

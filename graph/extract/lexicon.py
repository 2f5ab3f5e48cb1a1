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
>>> match = lexicon.cue_regex.search("india took delivery of the s-400")
>>> lexicon.cues[int(match.lastgroup[1:])].type
'ArmsTransfer'
>>> lexicon.confidence["explicit"]
0.9
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from graph.gazetteer import read_table
from graph.model import TIE_TYPES
from graph.resources import data_dir

from .patterns import phrase_regex

__all__ = ["Cue", "Lexicon", "Modifier", "TableColumn", "TieRule", "default_lexicon"]


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (field or "").split("|") if part.strip())


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


@dataclass(frozen=True)
class Modifier:
    """A row of ``modifiers.csv``: negation, ended, hedge, reported, commitment, hostile."""

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
        self.cue_regex = _named_alternation([cue.pattern for cue in self.cues], "c")

        topics: dict[str, list[str]] = {}
        for row in table("topics.csv"):
            topics.setdefault(row["topic"], []).append(phrase_regex(row["pattern"]))
        self.topics = {name: re.compile("|".join(parts)) for name, parts in topics.items()}

        modifier_rows = table("modifiers.csv")
        self.modifiers = tuple(Modifier(row["kind"], row["scope"], frozenset(_split(row["types"])))
                               for row in modifier_rows)
        self.modifier_regex = _named_alternation([row["pattern"] for row in modifier_rows], "m")

        self.markers: dict[str, str] = {}
        self.skip_words: frozenset[str] = frozenset(
            row["marker"] for row in table("prepositions.csv") if row["word"] == "skip")
        for row in table("prepositions.csv"):
            if row["word"] != "skip":
                self.markers[row["word"].lower()] = row["marker"]
        self.longest_marker = max(len(word.split()) for word in self.markers)

        noun_rows = table("role_nouns.csv")
        self.role_nouns = tuple(RoleNoun(row["role"], frozenset(_split(row["types"])),
                                         int(row["gap"]), row["form"] == "possessive")
                                for row in noun_rows)
        self.role_noun_regex = _named_alternation([row["pattern"] for row in noun_rows], "n")

        coref_rows = table("coreference.csv")
        self.coreference = tuple(row["refers"] for row in coref_rows)
        self.coreference_regex = _named_alternation([row["pattern"] for row in coref_rows], "r")

        break_rows = table("clause_breaks.csv")
        self.clause_breaks = tuple(row["where"] for row in break_rows)
        self.clause_break_regex = _named_alternation([row["pattern"] for row in break_rows], "b")

        self.table_columns = tuple(
            TableColumn(row["phrase"].lower(), row["type"] or None, row["role"], _yes(row["provider"]))
            for row in sorted(table("table_headers.csv"), key=lambda row: -len(row["phrase"])))
        self.table_header_regex = _named_alternation(
            [column.phrase for column in self.table_columns], "h")

        titles = sorted((row["title"] for row in table("person_titles.csv")), key=len, reverse=True)
        self.person_titles = tuple(titles)
        self.weapon_noun_regex = re.compile(
            "|".join(phrase_regex(row["pattern"]) for row in table("weapon_nouns.csv")))
        self.abbreviations = frozenset(row["abbreviation"].lower().rstrip(".")
                                       for row in table("abbreviations.csv"))
        self.confidence = {row["rule"]: float(row["confidence"]) for row in table("confidence.csv")}

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
            suppresses=frozenset(_split(row["suppresses"])),
            needs_marked_target=_yes(row["needs_marked_target"]),
        )

    def _cue(self, row: dict[str, str]) -> Cue:
        if row["type"] not in self.rules:
            raise ValueError(f"cues.csv: unknown tie type {row['type']!r}")
        agent = row["agent"] or "none"
        return Cue(row["type"], row["pattern"], agent, row["possessor"] or agent,
                   row["requires"] or None)

    def topic_in(self, topic: str, lowered: str) -> bool:
        """True if the (lower-cased) text mentions ``topic``."""
        regex = self.topics.get(topic)
        return bool(regex and regex.search(lowered))


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicons (read once per process)."""
    return Lexicon(data_dir() / "lexicon")

"""Ties from text tables: a header line of known column names, then one line per row.

News pages flatten tables to lines such as ``Country Primary Defence Partner Key
Cooperation Areas`` followed by ``Mozambique Russia Military training; ...``.
A header is a line made mostly of phrases from ``table_headers.csv``, at least
one of which names a tie type and role ("Primary Defence Partner" is the target
of PrimaryPartner). Each following line of the same paragraph is a row: its
actors fill the actor columns in order, and a row holding a multiple of that
many actors is several rows run together, as in the garbled
``Kenyatd United States South Africad United Kingdom`` (Kenya | United States,
South Africa | United Kingdom). Cue words in a cooperation-areas column give
further ties between the row's actors, the provider column being the source.

Examples
--------
>>> from graph.extract.tables import table_ties
>>> from graph.extract.segment import segment_text
>>> from graph.extract.mentions import default_finder
>>> text = "Country Primary Defence Partner\\nKenyatd United States South Africad United Kingdom"
>>> ties, rows = table_ties(text, segment_text(text), default_finder().find(text))
>>> [(tie.source.name, tie.target.name, text[tie.segment.start:tie.segment.end]) for tie in ties]
[('Kenya', 'United States', 'Kenyatd United States'),
 ('South Africa', 'United Kingdom', 'South Africad United Kingdom')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from graph.model import Entity

from .lexicon import Lexicon, TableColumn, default_lexicon
from .mentions import Mention, actor_of
from .patterns import match_text
from .rules import Candidate, kinds_allow
from .segment import Segment

__all__ = ["table_ties"]

#: Share of a header line's letters that must belong to known column names.
_HEADER_COVERAGE = 0.6
_PARTY_ROLES = ("source", "target", "subject")
_LONGEST_HEADER = 200


@dataclass(frozen=True)
class _Header:
    columns: tuple[TableColumn, ...]

    @property
    def parties(self) -> list[TableColumn]:
        return [column for column in self.columns if column.role in _PARTY_ROLES]

    @property
    def tie_type(self) -> str | None:
        return next((column.type for column in self.parties if column.type), None)

    @property
    def has_areas(self) -> bool:
        return any(column.role == "areas" for column in self.columns)

    @property
    def has_organisations(self) -> bool:
        return any(column.role == "organisation" for column in self.columns)


def _header(line: str, lexicon: Lexicon) -> _Header | None:
    if len(line) > _LONGEST_HEADER:
        return None
    lowered = match_text(line)
    matches = list(lexicon.table_header_regex.finditer(lowered))
    if len(matches) < 2:
        return None
    letters = sum(char.isalpha() for char in lowered)
    covered = sum(sum(char.isalpha() for char in match.group()) for match in matches)
    if len(matches) < 2 or not letters or covered / letters < _HEADER_COVERAGE:
        return None
    header = _Header(tuple(lexicon.table_column_of[match.group()] for match in matches))
    return header if header.tie_type and len(header.parties) >= 2 else None


def _row_actors(mentions: Sequence[Mention], header: _Header) -> list[tuple[Mention, Entity]]:
    actors: list[tuple[Mention, Entity]] = []
    for mention in mentions:
        actor = actor_of(mention.entity)
        if actor is None or (header.has_organisations and actor.kind != "Country"):
            continue
        if actors and actors[-1][1] == actor:
            continue  # "Moscow (Russia)": one actor named twice
        actors.append((mention, actor))
    return actors


def _roles(header: _Header, group: list[Entity]) -> tuple[Entity, Entity] | None:
    roles = {}
    for column, actor in zip(header.parties, group, strict=True):
        if column.type == header.tie_type:
            roles[column.role] = actor
    subject = next((actor for column, actor in zip(header.parties, group, strict=True)
                    if column.role == "subject"), None)
    for role, other in (("source", "target"), ("target", "source")):
        if role not in roles and subject is not None and other in roles:
            roles[role] = subject
    if "source" in roles and "target" in roles and roles["source"] != roles["target"]:
        return roles["source"], roles["target"]
    return None


def _area_ties(text: str, row: Segment, after: int, header: _Header, group: list[Entity],
               lexicon: Lexicon) -> list[Candidate]:
    provider = next((actor for column, actor in zip(header.parties, group, strict=True)
                     if column.provider), None)
    if provider is None:
        return []
    receiver = next(actor for actor in group if actor != provider)
    areas = match_text(text[after:row.end])
    ties = []
    for _start, _end, number in lexicon.cue_index.leftmost_longest(areas):
        cue = lexicon.cues[number]
        if cue.topics and not any(lexicon.topic_in(topic, areas) for topic in cue.topics):
            continue
        rule = lexicon.rules[cue.type]
        source, target = (provider, receiver) if rule.directed else group[:2]
        if kinds_allow(rule.source_kinds, source) and kinds_allow(rule.target_kinds, target):
            ties.append(Candidate(cue.type, source, target, row,
                                  lexicon.confidence["table_areas"]))
    return ties


def table_ties(text: str, segments: Sequence[Segment], mentions: Sequence[Mention],
               lexicon: Lexicon | None = None) -> tuple[list[Candidate], set[int]]:
    """Ties of every recognised table, and the indexes of the segments tables take.

    Parameters
    ----------
    text : str
        The article.
    segments : sequence of Segment
        Its segments (:func:`graph.extract.segment.segment_text`).
    mentions : sequence of Mention
        All its mentions, in order (glued names included).
    lexicon : Lexicon, optional
        The bundled one by default.
    """
    lexicon = lexicon or default_lexicon()
    starts = [mention.start for mention in mentions]
    ties: list[Candidate] = []
    taken: set[int] = set()
    index = 0
    while index < len(segments):
        segment = segments[index]
        header = None
        if segment.kind == "line":
            header = _header(text[segment.start:segment.end], lexicon)
        if header is None:
            index += 1
            continue
        taken.add(index)
        index += 1
        while index < len(segments) and segments[index].kind == "line" \
                and segments[index].paragraph == segment.paragraph:
            row = segments[index]
            first, last = bisect.bisect_left(starts, row.start), bisect.bisect_left(starts, row.end)
            inside = mentions[first:last]
            ties.extend(_row_ties(text, row, inside, header, lexicon))
            taken.add(index)
            index += 1
    return ties, taken


def _row_ties(text: str, row: Segment, mentions: Sequence[Mention], header: _Header,
              lexicon: Lexicon) -> list[Candidate]:
    actors = _row_actors(mentions, header)
    width = len(header.parties)
    if not actors or len(actors) % width:
        return []
    groups = [actors[index:index + width] for index in range(0, len(actors), width)]
    ties = []
    for group in groups:
        entities = [actor for _, actor in group]
        evidence = row if len(groups) == 1 else Segment(group[0][0].start, group[-1][0].end,
                                                        row.kind, row.paragraph)
        roles = _roles(header, entities)
        if roles is not None and header.tie_type:
            ties.append(Candidate(header.tie_type, *roles, evidence, lexicon.confidence["table"]))
        if len(groups) == 1 and header.has_areas:
            ties.extend(_area_ties(text, row, group[-1][0].end, header, entities, lexicon))
    return ties

"""Sentences, list items and lines of an article, with exact character offsets.

News text arrives as flowing paragraphs, bulleted lists, headings, and tables
flattened to one line per row. :func:`segment_text` cuts it into
:class:`Segment` spans: ``text[segment.start:segment.end]`` is the sentence,
item or line with its bullet and surrounding spaces removed, so it can serve
as an exact evidence quote. Lines wrapped inside a sentence are joined; a line
with no closing punctuation stays a line of its own (a heading or a table row).

Examples
--------
>>> from graph.extract.segment import segment_text
>>> text = "Title line\\n\\nRussia sold jets to Algeria. Mr. Smith agreed.\\n  • Drills: done."
>>> [(text[s.start:s.end], s.kind) for s in segment_text(text)]
[('Title line', 'line'), ('Russia sold jets to Algeria.', 'sentence'),
 ('Mr. Smith agreed.', 'sentence'), ('Drills: done.', 'item')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import default_lexicon

__all__ = ["MAX_SEGMENT", "Segment", "segment_text"]

#: Longest segment handed to the rules; longer runs (no punctuation) are cut at spaces.
MAX_SEGMENT = 1200

_BULLET = re.compile(r"[ \t]*(?:[•·●▪◦‣∙○■□➢►▶✓✔*-]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
#: Both alternatives open with the mark itself, so the regex engine skips quickly to marks.
_SENTENCE_END = re.compile(r"[.!?](?:[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
                           # web copy that lost the space: "... (ISPR).In a statement"
                           r"|(?<=[a-z0-9)\]][.!?])(?=[A-Z][a-z]))")
_CLOSED = re.compile(r"[.!?:;\"'”’)]\s*$")
#: A wire dateline opening the text: "MANILA — ", "KYIV/THE HAGUE — ", "YEREVAN, Armenia — ",
#: "BRASILIA, March 12 (Reuters) - ", and a city in capitals before a colon ("BRUSSELS: ";
#: not "Analysis: "). It is no part of the first sentence.
#: A dateline's end: an agency or a time in brackets ("(Reuters)", "(10:30 A.M.)"), then a dash
#: before the first words, or the agency and a colon ("Haiti (Reuters): ").
_AGENCY = r"\s*\([A-Za-z0-9 .:]{2,30}\)"
_DATELINE_END = rf"(?:{_AGENCY}\s*:|(?:{_AGENCY})?\s+[―—–-]{{1,2}})\s+(?=[\"“‘']?[A-Z])"
#: A dateline's date: "March 12", "Sept. 7, 2022", "07 september 2022".
_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
         r"|\d{1,2}\s+[A-Za-z][a-z]{2,8}\.?(?:,?\s+\d{4})?)")
_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,3}"
    r"(?:,\s*(?:" + _DATE + r"|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})){0,2}"
    + _DATELINE_END +
    r"|[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}:\s+(?=[\"“‘']?[A-Z])")
#: A wire dateline after a feed's own header on the same line ("date 2023-10-06 (MENAFN- KUNA)
#: BRUSSELS, Oct 6 (KUNA) -- "): the city in capitals, a date and a dash; the header goes too.
_DATELINE_INSIDE = re.compile(
    r"(?<![\w'’-])[A-Z]{3,}(?:[ /][A-Z]{2,}){0,3},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}" + _DATELINE_END)
#: A feed's date stamp opening a page's text ("date 2025-05-14 "), before any dateline.
_FEED_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")
_HEADER_REACH = 160  # characters of a feed's header a dateline may follow
_DATELINE_BLOCKS = 2  # blocks at the top of an article (a headline, then the first paragraph)
_PROSE_LENGTH = 60  # characters of the shortest closed block read as the first paragraph
#: A label opening any block: a live blog's time ("09:40 — "), a timeline's date ("16 Sep 2023 – ",
#: "Dec 2021 – ") or a transcript's speaker ("Q: ", "A: "); it is no part of the sentence.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LABEL = re.compile(
    r"(?:(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    rf"|(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},?)?(?:\s+\d{{4}})?|\d{{4}})\s*[—–-]{{1,2}}\s+"
    r"|[QA]:\s+"
    # a feed's date stamp opening the text: "date 2023-09-16 The leaders of Mali ..."
    r"|date\s+\d{4}-\d{2}-\d{2}\s*(?:-\s*)?)(?=[\"“‘']?[A-Z])")
# A wrapped line ends in the middle of a phrase: after one of these words, a comma or a hyphen.
_CONTINUES = frozenset([
    "a", "an", "the", "of", "to", "from", "for", "with", "by", "in", "on", "at", "and", "or",
    "but", "its", "their", "his", "her", "our", "as", "than", "that", "which", "who", "whose",
    "into", "onto", "between", "among", "about",
])


@dataclass(frozen=True)
class Segment:
    """A sentence, list item or line: ``text[start:end]``.

    ``kind`` is ``"sentence"`` (ends in punctuation or is one of several in a
    block), ``"item"`` (a bulleted or numbered list item) or ``"line"`` (one
    line without closing punctuation: a heading or a table row).
    ``paragraph`` counts blank-line separated paragraphs from 0.
    """

    start: int
    end: int
    kind: str
    paragraph: int


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end
        start = end + 1


def _is_closed(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` ends in closing punctuation, maybe before spaces
    (``_CLOSED``): only its last character that is no space can start a match."""
    last = start + len(text[start:end].rstrip()) - 1
    return last >= start and _CLOSED.match(text, last, end) is not None


def _joins(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """True if ``line`` continues the sentence that ``previous`` leaves open."""
    before, after = text[previous[0]:previous[1]].rstrip(), text[line[0]:line[1]].lstrip()
    if not before or not after or _is_closed(before, 0, len(before)) or _BULLET.match(after):
        return False
    if after[0].islower():
        return True
    word = before.rsplit(None, 1)[-1].lower()  # the last word, ``before`` being stripped
    # a word broken at its hyphen ("Russo-"), not a page's font-size buttons ("A+ A-")
    broken = word.endswith("-") and len(word) > 2 and word[-2].isalpha()
    return word.endswith(",") or broken or word in _CONTINUES


def _blocks(text: str) -> Iterator[tuple[int, int, bool, int]]:
    """(start, end, is_item, paragraph) of each block of joined lines, stripped."""
    paragraph, item = 0, False
    current: tuple[int, int] | None = None
    previous_line: tuple[int, int] | None = None
    for line_start, line_end in _lines(text):
        raw = text[line_start:line_end]
        if not raw.strip():
            if current:
                yield (*current, item, paragraph)
                paragraph += 1
            current, previous_line = None, None
            continue
        bullet = _BULLET.match(raw)
        content_start = line_start + (bullet.end() if bullet else len(raw) - len(raw.lstrip()))
        content_end = line_start + len(raw.rstrip())
        if content_start >= content_end:
            continue
        if current and previous_line and not bullet and _joins(text, previous_line,
                                                                (line_start, line_end)):
            current = (current[0], content_end)
        else:
            if current:
                yield (*current, item, paragraph)
            current, item = (content_start, content_end), bool(bullet)
        previous_line = (line_start, line_end)
    if current:
        yield (*current, item, paragraph)


def _sentence_ends(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[int]:
    ends = []
    for match in _SENTENCE_END.finditer(text, start, end):
        word = text[max(start, match.start() - 12):match.start()].split()
        last = word[-1].lower() if word else ""
        if match.group().startswith(".") and (
                last in abbreviations or (len(last) == 1 and last.isalpha())):
            continue
        ends.append(match.end())
    return ends


def _cut_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """``text[start:end]`` as spans of at most ``MAX_SEGMENT`` characters, cut at spaces."""
    spans = []  # a list, not a generator: nearly every piece is one short span
    while end - start > MAX_SEGMENT:
        cut = text.rfind(" ", start + MAX_SEGMENT // 2, start + MAX_SEGMENT)
        cut = cut if cut > start else start + MAX_SEGMENT
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def segment_text(text: str, abbreviations: frozenset[str] | None = None) -> list[Segment]:
    """Cut ``text`` into sentences, list items and lines with exact offsets.

    Parameters
    ----------
    text : str
        The article.
    abbreviations : frozenset of str, optional
        Lower-case words (without their full stop) after which a full stop
        does not end a sentence, e.g. ``{"mr", "gen"}``; by default those of
        ``data/lexicon/abbreviations.csv``.

    Returns
    -------
    list of Segment
        In text order; every segment is non-empty and has no surrounding spaces.
    """
    if abbreviations is None:
        abbreviations = default_lexicon().abbreviations
    segments = []
    prose = False  # a web page's menu and byline lines may stand before the first paragraph
    for number, (start, end, is_item, paragraph) in enumerate(_blocks(text)):
        top = number < _DATELINE_BLOCKS or not prose
        stamp = _FEED_DATE.match(text, start, end) if top else None
        dateline = (_DATELINE.match(text, stamp.end() if stamp else start, end)
                    or _DATELINE_INSIDE.search(text, start, min(end, start + _HEADER_REACH))
                    ) if top else None
        start = dateline.end() if dateline else start
        label = _LABEL.match(text, start, end)
        start = label.end() if label else start
        bounds = [start, *_sentence_ends(text, start, end, abbreviations), end]
        pieces = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
        closed = _is_closed(text, start, end)
        prose = prose or (closed and end - start >= _PROSE_LENGTH)  # not "By Jane Doe."
        for piece_start, piece_end in pieces:
            while piece_start < piece_end and text[piece_start].isspace():
                piece_start += 1
            for a, b in _cut_long(piece_start, piece_end, text):
                b = a + len(text[a:b].rstrip())
                if is_item:
                    kind = "item"
                elif len(pieces) == 1 and not closed and "\n" not in text[a:b]:
                    kind = "line"
                else:
                    kind = "sentence"
                segments.append(Segment(a, b, kind, paragraph))
    return segments

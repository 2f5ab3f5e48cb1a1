"""From an article to :class:`~graph.model.Findings`: entities and typed ties with evidence.

:class:`Extractor` runs the stages over one article:

1. cut it into sentences, items and lines (:mod:`~graph.extract.segment`);
2. find every entity mention in one pass (:mod:`~graph.extract.mentions`);
3. read text tables (:mod:`~graph.extract.tables`);
4. parse each other sentence into clauses and actor chunks, resolving
   "both governments", "the alliance", "it" and "the Gulf state" to actors
   named before (:mod:`~graph.extract.clauses`), and apply the tie rules
   (:mod:`~graph.extract.rules`);
5. settle the article as a whole: a peacekeeping sentence turns troops into
   peacekeepers, a donation is aid rather than a sale (and so is a supply
   between a donor and its beneficiary), a tie the article says has ended is
   dropped everywhere, actors the article shows at war hold no presence in each
   other, a half-stated tie is completed from the article's other ties
   ("Nigeria inducted JF-17 jets" after "Pakistan exported the JF-17"; "Tokyo
   supplied radars" to Tokyo's only partner; "bought the drone" from the maker
   of the drone named before), and each (source, target, type) becomes one tie
   holding its best evidence sentence first.

The confidence of each rule is in ``data/lexicon/confidence.csv``: 0.9 when
the sentence itself names both parties and the direction, 0.85 for an
undirected cue or a table row, 0.7 when a party is reached through
coreference, 0.6 when a direction or supplier comes from elsewhere in the
article; reported statements keep 0.75 of that and committed ones ("agreed to") 0.8. Future,
planned, hoped-for, conditional and negated statements and ended ties give no tie.

Examples
--------
>>> from graph.extract import Extractor
>>> from graph.model import Article
>>> article = Article.from_text(
...     "Russian instructors trained Mozambican soldiers in 2023. "
...     "Moscow also delivered Mi-17 helicopters to Maputo. "
...     "Russia will not sell Su-57 jets to Kenya.")
>>> findings = Extractor().extract(article)
>>> [(tie.type, tie.source.name, tie.target.name) for tie in findings.ties]
[('Training', 'Russia', 'Mozambique'), ('ArmsTransfer', 'Russia', 'Mozambique')]
>>> tie = findings.ties[1]
>>> article.text[tie.evidence[0].start:tie.evidence[0].end]
'Moscow also delivered Mi-17 helicopters to Maputo.'
>>> tie.evidence[0].producer
'extractor/rules-1'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeAlias

from graph.gazetteer import Gazetteer, default_gazetteer
from graph.model import Article, Entity, Evidence, Findings, Tie

from .clauses import (
    OPPOSING,
    PRELUDE,
    Chunk,
    Clause,
    Party,
    first_actors,
    parse_sentence,
)
from .lexicon import Lexicon, Scan, TieRule, default_lexicon
from .mentions import Mention, MentionFinder, default_finder, gazetteer_forms, host_of
from .patterns import match_text
from .rules import (
    COMPOSED_OPENING,
    COUNTED,
    DATELINE_END,
    DRILLS_REFERRED,
    MADE_AFTER,
    OPENS_UNDER_AGREEMENT,
    UNNAMED_SIGNATORY,
    Candidate,
    Partial,
    SentenceTies,
    acts_for_body,
    an_operation,
    home_country,
    kinds_allow,
    member_lists,
    owned_are,
    peace_operation,
    sentence_ties,
)
from .segment import Segment, segment_text
from .tables import table_ties

__all__ = ["EXTRACTOR_VERSION", "PRODUCER", "Extractor", "default_extractor", "extract_findings"]

#: Version of the rules; bump it when extraction output changes on purpose.
EXTRACTOR_VERSION = "rules-1"
#: The agent credited with extracted evidence.
PRODUCER = f"extractor/{EXTRACTOR_VERSION}"

#: Tie types whose source provides and target receives: they tell a pair's direction.
_PROVIDING = ("ArmsTransfer", "Training", "MilitaryAid")
_WEAPON_TYPES = ("ArmsTransfer", "MilitaryAid")
#: Tie types that make a country the partner a lone provider provides to.
_PARTNERING = (*_PROVIDING, "DefenceAgreement", "PrimaryPartner")
_ORIGIN_LINKS = ("originCountry", "origin", "manufacturerCountry", "country")
#: A visit to a state, up to its name: "on a three-day visit to", "during a trip to".
_VISITED = re.compile(r"\b(?:visit|visits|visited|visiting|trip|tour|arrived|arrives|arriving|"
                      r"travell?ed|flew)\s+(?:to|in)\s+(?:the\s+)?$")
_VISIT_REACH = 30
#: A copula right before a definite predicate naming its subject: "Azerbaijan is also the
#: second country buying arms from Israel".
_COPULA_BEFORE = re.compile(r"\b(?:is|was|remains|remained|became|has\s+become)\s+"
                            r"(?:also\s+|now\s+|still\s+)?$")
_LOOKBACK = 3  # sentences searched for the pair "both governments" stands for
#: Between a subject and a pronoun in apposition to it: "France, its largest supplier," is
#: someone else's supplier.
_IN_APPOSITION = re.compile(r"\s*,\s*")
#: A clause's opening noun and "by" before its first actor ("Arms imports by ").
_OPENING_NOUN_BY = re.compile(r"\s*(?:the\s+)?(?:[a-z-]+\s+){1,3}by\s+(?:the\s+)?")
#: A definite noun phrase in the possessive: "the company's (TB2)".
_POSSESSIVE_PHRASE = re.compile(r"the\s+[\w-]+(?:\s+[\w-]+)?['’]s\b")
_PARAGRAPH_LOOKBACK = 8  # sentences of the paragraph searched for "the country"
#: A locative preposition right before a name: "in ", "at the ".
_LOCATED_BEFORE = re.compile(r"\b(?:in|at|inside|into)\s+(?:the\s+)?(?:(?:north|south|east|west)"
                             r"(?:ern|-eastern|-western)?\s+|central\s+)?$")
_RECENT_SENTENCES = 3  # sentences before a paragraph that names none searched for it
#: What may open a line before a dateline's city: a feed's date stamp ("date 2026-03-13").
_LINE_OPENING = re.compile(r"\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?")
_EXTRA_EVIDENCE = 2
_WEAPON_LOOKBACK = 600  # characters before a sentence searched for the weapon "the drone" is
#: Words of civil use before a craft: "freight carrier", "passenger plane".
_CIVIL_USE = frozenset({"freight", "commercial", "passenger", "civilian", "civil"})
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+(?:same\s+)?")
#: "its" or "their" before where weapons were made: "showed off *its* Chinese-made FK-3".
_OWNING_PRONOUNS = (" its ", " their ")
#: "followed" as a state's whole predicate ("Sweden followed a year later"), not "followed by"
#: or "followed the talks".
_FOLLOWED = re.compile(r"\s+(?:soon\s+|later\s+|quickly\s+|also\s+)?followed\b"
                       r"(?!\s+(?:by|the|a|an|its|their|his|her)\b)")
_YEAR = re.compile(r"\b((?:1[89]|20)\d\d)s?\b")  # "in 1985", "in the 1980s"
#: A sentence opening on "It" and a verb: "It has been exported to six countries".
_IT_OPENS = re.compile(r"it\s+(?:(?:now|also|already|since|so\s+far|to\s+date)\s+)?"
                       r"(?:has|had|is|was|have)\b")  # "It now has six foreign clients"
#: Words that name contributors to a mission (a list of them needs no host of its own).
_CONTRIBUTORS = re.compile(r"\bcontribut(?:ing|ors?|ions?|es|ed|e)\b")
_ADJECTIVES = 3  # words that may stand between "these" and the weapon noun
_WORD_AHEAD = re.compile(r"[\w-]+\s+")
#: Coreference kinds (coreference.csv) that stand for a group of countries, by size.
_GROUP_SIZES = {"pair": 2, "trio": 3, "quartet": 4}
#: A definite phrase standing for a country, up to its head noun ("the West African nation").
_DEFINITE_PHRASE = re.compile(r"the\s+(?:[\w'-]+\s+){0,4}?(?:country|nation|kingdom|emirate|"
                              r"republic|sultanate|principality|archipelago|city-state|state|"
                              r"monarchy)\b")
#: A capital named in apposition after "the country" ("the nation's capital, Honiara").
_CAPITAL_APPOSITION = re.compile(r"(?:'s|s')\s+capital(?:\s+city)?,?\s+")
#: An armed service right after a state's name or demonym ("Lebanese army", "Kenya's navy").
_ARMED_SERVICE_AFTER = re.compile(r"(?:'s)?\s+(?:armed\s+forces|army|navy|air\s+force|military|"
                            r"coast\s+guard|defen[cs]e\s+forces)\b")
#: After a closing quotation mark: who said it (', the Turkish ambassador said').
_ATTRIBUTION = re.compile(r"\s*,?\s*(?:(?:said|says|told|added|stated|noted)\b|"
                          r"(?:[\w'.-]+\s+){1,8}?(?:said|says|told|added|stated|noted)\b)")
_HOST_APPOSITION = re.compile(
    r"\s*(?:,\s*(?:the\s+)?(?:[\w'-]+\s+){0,5}?(?:mission|operation|force|presence)\s+)?in\s+(?:the\s+)?",
    re.IGNORECASE)


def _entity_id(entity: Entity) -> str:
    return f"{entity.kind}/{entity.key}"


class _Coreference:
    """What earlier sentences named, for "both governments", "the alliance", "it"."""

    def __init__(self, mentions: Sequence[Mention], lowered: str = "",
                 described: Callable[[str], frozenset[str] | None] = lambda phrase: None) -> None:
        self._mentions = mentions
        self._lowered = lowered  # the folded text, to tell a place named "in" it
        self._described = described  # countries "the kingdom" may stand for
        self._starts = [mention.start for mention in mentions]
        self.sentences: list[tuple[int, int, int]] = []
        self.paragraph = 0
        self.previous_subject: Sequence[Party] = ()
        self.subject_paragraph = 0
        self.subject_parsed = False  # the subject came from a parse, not the first names
        self.subject_sentence = -1  # the index in ``sentences`` of the subject's sentence
        #: Where an opening "It" stands for a weapon system, not a state ("The FA-50 is a light
        #: combat aircraft. It has been exported to six countries").
        self.weapon_pronouns: set[int] = set()

    def countries(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        found = []
        for mention in self._mentions[bisect.bisect_left(self._starts, start):
                                      bisect.bisect_left(self._starts, end)]:
            party = _country_of(mention)
            if party is not None and not mention.glued:
                found.append((mention, party))
        return found

    def resolve(self, kind: str, position: int, clauses: Sequence[Clause],
                clause: Clause) -> tuple[Party, ...]:
        if kind in _GROUP_SIZES:
            return self._group(position, clauses, _GROUP_SIZES[kind])
        if kind in ("alliance", "bloc"):
            return self._alliance(position, prefer_alliance=kind == "alliance")
        if kind == "mission":
            return self._operation(position)
        if kind == "company":
            return self._company(position)
        if kind == "pronoun":
            if position in self.weapon_pronouns:
                return ()
            return self._pronoun(position, clauses, clause)
        if kind == "service":  # "the navy", "the army"
            # the one state whose service the text named ("the Lebanese army ... The military
            # receives"), else an opening "In Indonesia," or the subject just before; in a new
            # paragraph, not its last subject but the article's
            owner = self._service_owner(position)
            parties = owner or self._topic(position, clauses) or \
                self._pronoun(position, clauses, clause)
            if not owner and self._subject_left_behind(position, clauses, clause):
                parties = self.article_topic(position)
            single = len({party.entity for party in parties}) == 1
            return parties[:1] if single and parties[0].entity.kind == "Country" else ()
        if kind == "served":  # "handed patrol boats to the coast guard": the article's country
            own = {party.entity for chunk in clause.chunks for party in chunk.parties}
            return tuple(party for party in self.article_topic(position)
                         if party.entity not in own and party.entity.kind == "Country")
        if kind == "possessor":  # "India has become its largest supplier": not India's own,
            opening = self._agent_of_opening_noun(clause)  # but "Imports by Pakistan rose,
            if opening is not None and opening.end < position:  # with China as its ...": his
                return tuple(Party(p.entity, position, position) for p in opening.parties)
            return self._pronoun(position, [c for c in clauses if c.start < clause.start],
                                 clause)
        if kind == "object":
            return self._object(position, clauses, clause)
        if kind == "those":
            return self._those(position, clauses)
        if kind == "there":
            return self._there(position, clause, clauses)
        if kind == "speaker":
            return self._speaker(position, clauses)
        return self._definite(position, clause, clauses)

    @staticmethod
    def _topic(position: int, clauses: Sequence[Clause]) -> tuple[Party, ...]:
        """The country of an opening "In Indonesia," before ``position``: what "the
        government" after it belongs to."""
        opening = clauses[0] if clauses else None
        if opening is None or opening.end > position or len(opening.chunks) != 1:
            return ()
        chunk = opening.chunks[0]
        countries = [party for party in chunk.parties if party.entity.kind == "Country"]
        if chunk.marker != "in" or len(countries) != 1 or \
                chunk.start - opening.start > len("inside the "):  # as clauses cuts them
            return ()
        return (Party(countries[0].entity, position, position),)

    def _subject_left_behind(self, position: int, clauses: Sequence[Clause],
                             clause: Clause) -> bool:
        """True when "the navy" would stand for a subject named in an earlier paragraph: no
        opening "In Indonesia," and no subject earlier in this sentence."""
        return self.subject_paragraph != self.paragraph and not self._topic(position, clauses) \
            and not any(earlier.subject is not None and earlier.subject.start < position
                        for earlier in clauses if earlier.start <= clause.start)

    def _service_owner(self, position: int) -> tuple[Party, ...]:
        """The one state the text has named with an armed service before ``position`` ("the
        Lebanese army", "Lebanon's navy"), or none if it named several."""
        owners = {country for mention, country in self.countries(0, position)
                  if _ARMED_SERVICE_AFTER.match(self._lowered, mention.end)}
        return (Party(owners.pop(), position, position),) if len(owners) == 1 else ()

    def named_most(self, spans: Sequence[tuple[int, int, int]],
                   others: tuple[Entity, ...]) -> Entity | None:
        """The country the first of ``spans`` ``(start, end, lead)`` names more than once and
        more than ``lead`` times as often as any other (``others`` left out): its paragraph up
        to a sentence, else the whole article, for an agreement "signed with" one state."""
        for start, end, lead in spans:
            ranked = Counter(country for _mention, country in self.countries(start, end)
                             if country not in others).most_common(2)
            if ranked and ranked[0][1] > 1 and \
                    (len(ranked) == 1 or ranked[0][1] > lead * ranked[1][1]):
                return ranked[0][0]
        return None

    def article_topic(self, position: int) -> tuple[Party, ...]:
        """The country the article is about so far: named at least twice as often as any
        other, else none ("The air force's Su-30s came from Russia", opening a paragraph of a
        blog about Malaysia after one that ended on Turkey)."""
        ranked = Counter(country for _mention, country in self.countries(0, position)
                         ).most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return ()
        return (Party(ranked[0][0], position, position),)

    def _group(self, position: int, clauses: Sequence[Clause], size: int) -> tuple[Party, ...]:
        """The ``size`` countries named last: earlier in the sentence, else in one sentence before
        ("both governments", "the three countries")."""
        lookback = _LOOKBACK if size == 2 else 2 * _LOOKBACK  # trilateral talk spans paragraphs
        earlier = [(start, end) for start, end, _ in reversed(self.sentences[-lookback:])]
        sentence = (clauses[0].start, clauses[-1].end)
        for clause in clauses:  # the subject of this sentence ("Chinese and Tajik troops held
            subject = clause.subject  # ..., which borders China and Afghanistan, and the two")
            if clause.start < position and subject is not None and subject.start < position:
                parties = list(dict.fromkeys(party.entity for party in subject.parties))
                if len(parties) == size and all(entity.kind == "Country" for entity in parties):
                    return tuple(Party(country, position, position) for country in parties)
                break
        named_before = self._named(sentence[0], position)
        if len(named_before) >= size:
            # "As the Americans drew away from the Egyptian military, Russia seized the
            # initiative and both governments agreed": the two named last, not older ones
            return tuple(Party(country, position, position) for country in named_before[-size:])
        previous = list(dict.fromkeys(party.entity for party in self.previous_subject))
        if self.subject_parsed and len(previous) == size and \
                self.subject_sentence == len(self.sentences) - 1 and \
                all(entity.kind == "Country" for entity in previous):
            # the subject of the sentence right before; an older one may be stale ("the joint
            # Turkish-Russian centre ... Military cooperation between Azerbaijan and Turkey
            # ... On June 15, the two countries signed": Azerbaijan and Turkey)
            return tuple(Party(country, position, position) for country in previous)
        for start, end in [sentence, *earlier]:
            named: dict[Entity, Mention] = {}
            for mention, country in self.countries(start, end):
                named.setdefault(country, mention)
            if len(named) == size:
                return tuple(Party(country, position, position) for country in named)
            if len(named) > size and (start, end) != sentence:
                return ()  # the last sentence naming countries names too many to tell which
        return ()

    def _named(self, start: int, end: int) -> list[Entity]:
        return list(dict.fromkeys(country for _mention, country in self.countries(start, end)))

    @staticmethod
    def _those(position: int, clauses: Sequence[Clause]) -> tuple[Party, ...]:
        """"those countries": the last group of two or more countries named before it in the
        sentence."""
        groups = [chunk for c in clauses for chunk in c.chunks if chunk.end <= position
                  and len({p.entity for p in chunk.parties if p.entity.kind == "Country"}) > 1]
        if not groups:
            return ()
        last = max(groups, key=lambda chunk: chunk.end)
        return tuple(Party(p.entity, position, position) for p in last.parties
                     if p.entity.kind == "Country")

    def _object(self, position: int, clauses: Sequence[Clause],
                clause: Clause) -> tuple[Party, ...]:
        """"them": the actors named last before it in the sentence, other than its clause's
        subject ("it trains Emirati troops and takes part in exercises with them")."""
        own = clause.subject
        earlier = [chunk for c in clauses for chunk in c.chunks
                   if chunk.end <= position and chunk is not own and chunk.parties
                   and not OPPOSING.match(self._lowered, chunk.end)]
        if not earlier:
            return ()
        last = max(earlier, key=lambda chunk: chunk.end)
        return tuple(Party(p.entity, position, position) for p in last.parties)

    def _operation(self, position: int) -> tuple[Party, ...]:
        """The peace or military operation named last within a few sentences ("KFOR ...
        Italy is among the largest contributors to the force")."""
        for mention in reversed(self._recent(position)):
            if an_operation(mention.entity):
                return (Party(mention.entity, position, position),)
        return ()

    def _recent(self, position: int) -> Sequence[Mention]:
        """The mentions of the last few sentences before ``position``."""
        start = self.sentences[-_LOOKBACK][0] if len(self.sentences) >= _LOOKBACK else 0
        return self._mentions[bisect.bisect_left(self._starts, start):
                              bisect.bisect_left(self._starts, position)]

    def _company(self, position: int) -> tuple[Party, ...]:
        """The company (an organisation based in a country) named last within a few sentences
        ("Navantia built the frigates. The company delivered the last one to Australia")."""
        if _POSSESSIVE_PHRASE.match(self._lowered, position):
            return ()  # "a contract for the company's TB2": what it makes, not who acts
        for mention in reversed(self._recent(position)):
            if home_country(mention.entity) is not None and not an_operation(mention.entity):
                return (Party(mention.entity, position, position),)
        return ()

    def _alliance(self, position: int, prefer_alliance: bool = True) -> tuple[Party, ...]:
        """The alliance named last ("the alliance"), else the organisation; for "the bloc",
        whichever of the two was named last (the EU as much as NATO)."""
        earlier = self._mentions[:bisect.bisect_left(self._starts, position)]
        both = ("Alliance", "IntergovernmentalOrganisation")
        for categories in ((("Alliance",), both) if prefer_alliance else (both,)):
            for mention in reversed(earlier):
                if mention.entity.category in categories:
                    return (Party(mention.entity, position, position),)
        return ()

    def _pronoun(self, position: int, clauses: Sequence[Clause],
                 clause: Clause) -> tuple[Party, ...]:
        for earlier in reversed([c for c in clauses if c.start <= clause.start]):
            subject = earlier.subject
            if subject is not None and subject.start < position and \
                    not _IN_APPOSITION.fullmatch(self._lowered, subject.end, position):
                return tuple(Party(p.entity, position, position) for p in subject.parties)
        return tuple(Party(p.entity, position, position) for p in self.previous_subject)

    def _agent_of_opening_noun(self, clause: Clause) -> Chunk | None:
        """The actor after "by" in a clause opening on a noun ("Imports by Pakistan ... rose,
        with China as its main supplier"): what the clause is about, as a subject would be."""
        first = clause.chunks[0] if clause.chunks else None
        if first is None or first.marker != "by" or not _OPENING_NOUN_BY.fullmatch(
                self._lowered, clause.start, first.start):
            return None
        return first

    def _speaker(self, position: int, clauses: Sequence[Clause]) -> tuple[Party, ...]:
        """The one country named in the attribution after the quotation "we" stands in
        ("'We have trained 5,000 Somali soldiers,' the Turkish ambassador said")."""
        if not clauses:
            return ()
        start, end = clauses[0].start, clauses[-1].end
        if self._lowered.count('"', start, position) % 2 == 0:
            return ()  # not inside a quotation
        closing = self._lowered.find('"', position, end)
        if closing < 0 or not _ATTRIBUTION.match(self._lowered, closing + 1, end):
            return ()
        named = self._named(closing, end)
        return (Party(named[0], position, position),) if len(named) == 1 else ()

    def _there(self, position: int, clause: Clause,
               clauses: Sequence[Clause] = ()) -> tuple[Party, ...]:
        """The country of the place named last, in this sentence or the one before ("runs Camp
        Lemonnier; France keeps a garrison there": Djibouti); else the paragraph's country.
        An opening phrase of circumstance names no such place ("In response to Russia's
        invasion of Ukraine, Canada extended its part in the battlegroup there")."""
        present = {party.entity for chunk in clause.chunks for party in chunk.parties}
        start = self.sentences[-1][0] if self.sentences else 0
        if len(self.sentences) > 1 and not self.countries(*self.sentences[-1][:2]):
            start = self.sentences[-2][0]  # "... the base in Djibouti ... It is no port. The
            # United States already has bases there": the sentence before names no country
        prelude = PRELUDE.match(self._lowered, clauses[0].start) if clauses else None
        named = self._mentions[bisect.bisect_left(self._starts, start):
                               bisect.bisect_left(self._starts, position)]
        # a place named as where something is ("the logistics base in Djibouti will enable
        # China to ...") before an actor named after it
        located = [mention for mention in named
                   if _LOCATED_BEFORE.search(self._lowered, max(0, mention.start - 24),
                                             mention.start)]
        for mention in [*reversed(located), *reversed(named)]:
            if mention.form in ("demonym", "prefix") or \
                    (prelude is not None and prelude.start() <= mention.start < prelude.end()):
                continue  # "joined the Kenyans there": people, not the place
            if _BESIDE_BEFORE.search(self._lowered, max(0, mention.start - _BESIDE_REACH),
                                     mention.start):
                continue  # "operations off Somalia's coast. Japan set up a base there": not it
            host = mention.entity if mention.entity.kind == "Country" else mention.host
            # a country the clause names as an actor is not where it acts, but a place in it
            # is ("the centre near Tbilisi ..., and Georgian forces held exercises there")
            if host is not None and host.kind == "Country" and not mention.glued \
                    and (host not in present or mention.entity.kind != "Country"
                         or mention.possessive):  # "Djibouti's partner, keeping troops there"
                return (Party(host, position, position),)
        return self._definite(position, clause)

    def _definite(self, position: int, clause: Clause,
                  clauses: Sequence[Clause] = ()) -> tuple[Party, ...]:
        """The country the paragraph is about: named most often so far, of those the phrase
        fits ("the kingdom" is no republic, "the island nation" no landlocked state), other
        than the clause's own actors (but a partner acted alongside may be the country: "in
        coordination with the Somali government, keeps troops in the country")."""
        # (a state visited is no actor of the clause: "Rajnath Singh, on a visit to Mozambique,
        # handed over two boats to the country")
        present = {party.entity for chunk in clause.chunks if chunk.marker != "alongside"
                   and not _VISITED.search(self._lowered, max(0, chunk.start - _VISIT_REACH),
                                           chunk.start)
                   # "140 officers in Sierra Leone to train the country's army": where the
                   # clause stands may be the country, as may where it went ("delivered S-300s
                   # to Syria to protect its personnel deployed in the country")
                   and not (chunk.marker in ("in", "at", "to") and chunk.end <= position)
                   for party in chunk.parties}
        phrase = _DEFINITE_PHRASE.match(self._lowered, position)
        if phrase is not None and not self._lowered.startswith(("'s", "’s"), phrase.end()) \
                and self._predicated(position, clause):
            return ()  # the subject itself, already the clause's actor
        named = self._capital_named(phrase.end()) if phrase is not None else None
        if named is not None:
            return (Party(named, position, position),)
        fitting = self._described(phrase.group()) if phrase is not None else None
        if fitting is not None:
            subjects = {party.entity for other in clauses if other.subject is not None
                        and other.subject.end <= position for party in other.subject.parties}
            subjects |= {party.entity for party in self.previous_subject}
            return self._fitting(position, fitting, present, subjects)
        opening = self._opening_subject(position, clauses, present)
        if opening:
            return opening
        start = self._paragraph_start()
        in_paragraph = self.countries(start, position)
        if not any(country not in present for _mention, country in in_paragraph):
            # a one-sentence paragraph of web copy names no other country: the sentences just
            # before it, across the break ("... a tour of duty in Somalia. // The troops include
            # Ugandan forces that have been in the country")
            recent = self._recent_start(start)
            if recent != start:
                start, in_paragraph = recent, self.countries(recent, position)
        counts: Counter[Entity] = Counter()  # in halves: a demonym ("Russian jets") names
        latest: dict[Entity, int] = {}  # an origin as often as the country the text is about
        sentence_start = self.sentences[-1][1] if self.sentences else 0
        places: set[Entity] = set()  # named "in" earlier in the same sentence
        located: set[Entity] = set()  # named "in" earlier in the paragraph
        for mention, country in in_paragraph:
            if self._dateline(mention):
                continue  # "BANGKOK: Myanmar's military ...": where the reporter writes from
            if country not in present:
                counts[country] += 1 if mention.form in ("demonym", "prefix") else 2
                latest[country] = mention.start
                if self._lowered.endswith(("in ", "in the "), 0, mention.start):
                    located.add(country)
                    if mention.start >= sentence_start:
                        places.add(country)
        if not counts:
            return ()
        subject = {party.entity for party in self.previous_subject}
        # on a tie a place named earlier in the same sentence wins ("the battlegroup in
        # Lithuania, led by Germany, which is building a brigade in the country"), then the
        # subject of the sentence before ("Bahrain hosts the US Navy's Fifth Fleet. The kingdom
        # ..."), then a place named earlier in the paragraph ("peacekeepers in the Central
        # African Republic. Rwanda, Egypt and Zambia ... soldiers in the country"), then the
        # country named last
        best = max(counts, key=lambda country: (counts[country], country in places,
                                                country in subject, country in located,
                                                latest[country]))
        return (Party(best, position, position),)

    def _predicated(self, position: int, clause: Clause) -> bool:
        """True if the phrase is the predicate of a clause whose subject names one country
        ("Azerbaijan is also the second country ...")."""
        subject = clause.subject
        if subject is None or subject.end > position or _COPULA_BEFORE.search(
                self._lowered, max(subject.end, position - 20), position) is None:
            return False
        countries = {party.entity for party in subject.parties}
        return "," not in self._lowered[subject.end:position] and len(countries) == 1 and \
            next(iter(countries)).kind == "Country"

    def _dateline(self, mention: Mention) -> bool:
        """True if ``mention`` is a wire dateline's city opening a line ("BANGKOK: ...")."""
        line_start = self._lowered.rfind("\n", 0, mention.start) + 1
        return _LINE_OPENING.fullmatch(self._lowered, line_start, mention.start) is not None and \
            DATELINE_END.match(self._lowered, mention.end) is not None

    def _opening_subject(self, position: int, clauses: Sequence[Clause],
                         present: set[Entity]) -> tuple[Party, ...]:
        """The one country the sentence just before had as its subject, for "the country"
        opening a sentence: a subject carries on as the subject ("Kazakhstan, a member of the
        Russian-led CSTO, buys most of its weapons from Moscow. The country has also ...")."""
        if not clauses or self._lowered[clauses[0].start:position].strip() or \
                not self.subject_parsed or self.subject_sentence != len(self.sentences) - 1:
            return ()
        previous = {party.entity for party in self.previous_subject}
        if len(previous) != 1 or previous & present:
            return ()
        country = previous.pop()
        return (Party(country, position, position),) if country.kind == "Country" else ()

    def _capital_named(self, end: int) -> Entity | None:
        """The country whose capital an apposition names ("the nation's capital, Honiara")."""
        capital = _CAPITAL_APPOSITION.match(self._lowered, end)
        if capital is None:
            return None
        index = bisect.bisect_left(self._starts, capital.end())
        if index == len(self._starts) or self._starts[index] != capital.end():
            return None
        return self._mentions[index].host

    def _recent_start(self, start: int) -> int:
        """Where the last few sentences before the paragraph begin, across paragraph breaks,
        when they are paragraphs of one sentence each, as in web copy (else ``start``)."""
        recent = self.sentences[-_RECENT_SENTENCES:]
        paragraphs = [paragraph for _begin, _end, paragraph in recent] + [self.paragraph]
        if len(recent) < _RECENT_SENTENCES or len(set(paragraphs)) < len(paragraphs):
            return start
        return min([start, *(begin for begin, _end, _paragraph in recent)])

    def _paragraph_start(self) -> int:
        """Where the paragraph so far begins (or the sentence before, opening a paragraph)."""
        recent = self.sentences[-_PARAGRAPH_LOOKBACK:]
        return next((begin for begin, _end, paragraph in recent if paragraph == self.paragraph),
                    recent[-1][0] if recent else 0)

    def _fitting(self, position: int, fitting: frozenset[str], present: set[Entity],
                 subjects: set[Entity]) -> tuple[Party, ...]:
        """The country a descriptive phrase ("the Gulf kingdom") stands for: of those it fits,
        other than ``present``, the one this paragraph names most (on a tie a subject named
        before, then the latest: "Jordan shares intelligence with the United Kingdom, and the
        kingdom hosts ..."), else the one the article names most."""
        for start in (self._paragraph_start(), 0):
            named = [country for _mention, country in self.countries(start, position)
                     if country.key in fitting and country not in present]
            if named:
                counts = Counter(named)
                latest = {country: index for index, country in enumerate(named)}
                best = max(counts, key=lambda country: (counts[country], country in subjects,
                                                        latest[country]))
                return (Party(best, position, position),)
        return ()


def _owns_foreign_make(found: Sequence[Mention], lowered: str) -> bool:
    """True if a possessive state (or "its") stands right before where its weapons were made
    ("Pakistan's Chinese-made J-10C jets", "Ukraine's US-built Patriots", "Serbia showed off
    its Chinese-made FK-3"), or its weapons are said to be of a make ("Vietnam's hardware is of
    Russian origin")."""
    return any(origin.actor is not None and (
        (MADE_AFTER.match(lowered, origin.end) is not None
         and (owner.possessive or lowered.endswith(_OWNING_PRONOUNS, 0, origin.start)))
        or (owner.possessive and owned_are(lowered, owner.end, origin.start)))
        for owner, origin in itertools.pairwise(found))


def _country_of(mention: Mention) -> Entity | None:
    if mention.entity.kind == "Country":
        return mention.entity
    if mention.form == "capital":
        return host_of(mention.entity)
    if mention.entity.kind == "Person":
        return dict(mention.entity.links).get("affiliation")
    return None


class Extractor:
    """Rule-based extraction of entities and typed defence ties from English news text.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Names of countries and other entities; the bundled one by default.
    lexicon : Lexicon, optional
        Cue words and rules; the bundled ``data/lexicon/`` by default.

    Notes
    -----
    Building an extractor compiles every surface form into one matcher (a
    fraction of a second); reuse one extractor for many articles.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        names = gazetteer or default_gazetteer()
        if gazetteer is None and lexicon is None:
            self.finder = default_finder()
        else:
            self.finder = MentionFinder(gazetteer_forms(names), self.lexicon)
        self._continuing = _continuing_states(names)
        self._programmes = _programme_providers(self.lexicon, names)

    def extract(self, article: Article) -> Findings:
        """Entities and ties of ``article``, each tie with its evidence sentence."""
        text = article.text
        segments = segment_text(text, self.lexicon.abbreviations)
        mentions = self.finder.find(text)
        starts = [mention.start for mention in mentions]

        def inside(segment: Segment) -> list[Mention]:
            return mentions[bisect.bisect_left(starts, segment.start):
                            bisect.bisect_left(starts, segment.end)]

        candidates, table_rows = table_ties(text, segments, mentions, self.lexicon)
        partial: list[Partial] = []
        hostile: list[tuple[frozenset[Entity], frozenset[str]]] = []
        hosts = _mission_hosts(text, mentions, self.lexicon)
        scan = self.lexicon.scan(match_text(text))
        context = _Coreference(mentions, scan.lowered, self.lexicon.described_countries)
        cue_starts = [start for start, _end, _number in scan.cues]
        headline = _first_line_headline(text)
        links = _link_lists(text, segments)
        drills: tuple[int, frozenset[Entity]] = (-2, frozenset())  # a sentence's exercise parties
        joined: tuple[int, frozenset[Entity]] = (-2, frozenset())  # bodies its states joined
        weapons = [(mention.start, mention.entity) for mention in mentions
                   if mention.entity.kind == "WeaponSystem"]
        segment_starts = [segment.start for segment in segments]
        opening_weapons = _opening_weapons(text, segments, weapons)

        def it_weapon(segment: Segment) -> tuple[Entity, ...]:
            """The weapon an opening "It" stands for: the one the sentence before opened on."""
            if not _IT_OPENS.match(scan.lowered, segment.start):
                return ()
            index = bisect.bisect_left(segment_starts, segment.start)
            before = segments[index - 1] if index else None
            if before is None or before.paragraph != segment.paragraph or \
                    before.start not in opening_weapons:
                return ()
            return (opening_weapons[before.start],)

        for index, segment in enumerate(segments):
            found = inside(segment)
            if index in table_rows or index in links or segment.end <= headline or \
                    _no_prose(text, segment):
                continue
            context.paragraph = segment.paragraph
            candidates.extend(member_lists(text, segment, found,
                                           self.lexicon.confidence["explicit"],
                                           self.lexicon.rules["AllianceMembership"]))
            if joined[0] == index - 1:
                candidates.extend(_followed(text, segment, found, joined[1],
                                            self.lexicon.confidence["coreference"]))
            if self._may_hold_ties(segment, found, cue_starts, scan):
                weapon_it = bool(it_weapon(segment))  # "It has been exported": no state
                if weapon_it:
                    context.weapon_pronouns.add(segment.start)
                clauses = parse_sentence(text, segment.start, segment.end, found, self.lexicon,
                                         context.resolve, scan=scan)
                before = segments[index - 1] if index else segment  # its topic carries over
                carried = _carries_on(segments, index, scan)
                topic_start = before.start if carried else segment.start
                result = sentence_ties(text, segment, found, clauses, self.lexicon, hosts, scan,
                                       topic_start, armed=weapon_it)
                settled = self._settle_sentence(result.ties, scan, segment, topic_start)
                settled.extend(_framing_agreements(settled, scan.lowered, segment, found))
                settled.extend(_exercise_host(settled, found, segment, scan))
                if drills[0] == index - 1 and carried:
                    settled.extend(_same_drills(settled, drills[1], segment, scan))
                    settled.extend(self._joined_drills(settled, drills[1], segment, found,
                                                       scan))
                candidates.extend(settled)
                drills = (index, _drill_parties(settled)
                          or _lone_drill_party(found, segment, scan))
                joined = (index, frozenset(tie.target for tie in settled if not tie.ended
                                           and tie.type == "AllianceMembership"))
                candidates.extend(self._there_too(result, segment, segments[index - 1]
                                                  if index else None, context, scan))
                partial.extend(result.partial)
                hostile.extend(result.hostile)
                subject = next((clause.subject for clause in clauses  # after a dateline
                                if clause.subject is not None), None)
                subject_parties: Sequence[Party] = subject.parties if subject is not None else ()
                parsed = True
            else:  # no cue: nothing to find, but "it" in the next sentence may refer back
                subject_parties, parsed = _FirstActors(text, found), False
                if drills[0] == index - 1 and _carries_on(segments, index, scan):
                    candidates.extend(self._joined_drills((), drills[1], segment, found, scan))
                if lone := _lone_drill_party(found, segment, scan):
                    drills = (index, lone)
            context.sentences.append((segment.start, segment.end, segment.paragraph))
            if subject_parties:
                context.previous_subject = subject_parties
                context.subject_paragraph = segment.paragraph
                context.subject_parsed = parsed
                context.subject_sentence = len(context.sentences) - 1

        def named(segment: Segment) -> set[Entity]:
            return {country for mention in inside(segment)
                    if (country := _country_of(mention)) is not None
                    and not OPPOSING.match(scan.lowered, mention.end)}  # "American sanctions"

        def referred(segment: Segment) -> tuple[Entity, ...]:
            """The weapon named last before "the drone" or "the same system" in the sentence;
            or the one the sentence before opened on, for an opening "It" ("The FA-50 is a
            light combat aircraft. It has been exported to six countries")."""
            if _IT_OPENS.match(scan.lowered, segment.start):
                return it_weapon(segment)
            if not self._definite_weapon(scan.lowered, segment):
                return ()
            earlier = [entity for start, entity in weapons
                       if segment.start - _WEAPON_LOOKBACK <= start < segment.start]
            return tuple(earlier[-1:])

        foes = {pair for pair, _types in hostile}
        candidates.extend(self._complete(partial, candidates, named, referred, foes, scan))
        operations = [mention for mention in mentions
                      if mention.entity.kind == "Organisation" and mention.entity.key in hosts]
        missions = [(mention.start, hosts[mention.entity.key]) for mention in operations]
        missions = sorted(missions + _missions_described(mentions, scan.lowered))
        # (armed groups and firms have a home country too: only names of peace operations)
        peace_operations = [(mention.start, hosts[mention.entity.key]) for mention in operations
                            if scan.has_topic("peacekeeping", mention.start, mention.end)]
        def topic() -> Entity | None:
            return next((party.entity for party in context.article_topic(len(text))), None)

        candidates.extend(_mission_contributors(partial, missions, scan.lowered, self._scaled,
                                                topic, peace_operations))
        candidates.extend(_alliance_joined(partial, mentions, scan.lowered, self._scaled))
        candidates.extend(_earlier_buyers(candidates, mentions, scan))
        def named_most(segment: Segment, others: tuple[Entity, ...]) -> Entity | None:
            opening = next(other.start for other in segments
                           if other.paragraph == segment.paragraph)
            return context.named_most(((opening, segment.end, 1), (0, len(text), 2)), others)

        candidates.extend(_unnamed_signatories(partial, self._scaled, named_most))
        candidates.extend(_force_hosts(partial, candidates, segments, scan.lowered, self._scaled))
        candidates = _mission_meant(candidates, missions, scan.lowered)
        candidates = _peacekeepers(_donations(_at_peace(
            self._from_providers(candidates, scan), hostile), scan, segments,
            context.countries), scan)
        candidates = _sharing_arrangements(candidates)
        ties = self._merge(article, _as_states(self._drop_ended(candidates), self.lexicon.rules))
        entities = self._entities(mentions, table_rows, segments)
        return Findings(article, entities, ties)

    def _may_hold_ties(self, segment: Segment, found: list[Mention], cue_starts: list[int],
                       scan: Scan) -> bool:
        """Whether the rules need to read a sentence: a cue, and parties enough for a tie.

        A tie needs two actors; one may come from a coreference phrase, and a
        lone actor with a weapon system, giving aid, signing an agreement or joining an
        alliance named before can still complete a tie elsewhere.
        """
        actors = {mention.actor or mention.host for mention in found
                  if mention.actor is not None or mention.host is not None}
        first_cue = bisect.bisect_left(cue_starts, segment.start)
        if first_cue == len(cue_starts) or cue_starts[first_cue] >= segment.end:
            # no cue, but perhaps who is at war with whom ("Russia's invasion of Ukraine"), a
            # state's weapons of foreign make ("Pakistan's Chinese-made jets"), or the
            # agreement two states act under ("Under a 1990 memorandum, American ships ...")
            return len(actors) >= 2 and (any(
                self.lexicon.modifiers[number].kind in ("hostile", "combat")
                for _, _, number in scan.within("modifiers", segment.start, segment.end))
                or _owns_foreign_make(found, scan.lowered)
                or OPENS_UNDER_AGREEMENT.match(scan.lowered, segment.start) is not None)
        if len(actors) >= 2 or scan.within("coreference", segment.start, segment.end):
            return True
        return bool(actors) and (any(mention.entity.kind == "WeaponSystem" for mention in found)
                                 or self._definite_weapon(scan.lowered, segment)
                                 or bool(scan.within(  # "through the FMS"
                                     "programmes", segment.start, segment.end))
                                 or any(self.lexicon.cues[number].type == "MilitaryAid"
                                        or self.lexicon.cues[number].type in UNNAMED_SIGNATORY
                                        for _, _, number in scan.within("cues", segment.start,
                                                                        segment.end))
                                 # "Uzbekistan joined in 2001": the alliance named before
                                 or _JOINED_ALONE.search(scan.lowered, segment.start,
                                                         segment.end) is not None)

    def _joined_drills(self, ties: Sequence[Candidate], earlier: frozenset[Entity],
                       segment: Segment, found: Sequence[Mention], scan: Scan
                       ) -> list[Candidate]:
        """Pairs of the states the sentence before held an exercise with those this one says
        took part in "the drills" ("Philippine and Japanese forces held their first exercise.
        Marines from the United States also took part in the drills.")."""
        if not earlier or _drill_parties(ties):
            return []
        lowered = scan.lowered
        if not (_TOOK_PART.search(lowered, segment.start, segment.end)
                and DRILLS_REFERRED.search(lowered, segment.start, segment.end)) \
                or _ONLOOKERS.search(lowered, segment.start, segment.end) \
                or any(self.lexicon.modifiers[number].kind in ("hedge", "negation")
                       for _, _, number in scan.within("modifiers", segment.start,
                                                       segment.end)):
            return []
        guests = dict.fromkeys(country for mention in found  # not "the Japanese daily"
                               if mention.actor is not None
                               and (country := _country_of(mention)) is not None
                               and country not in earlier
                               and not OPPOSING.match(lowered, mention.end))
        confidence = self.lexicon.confidence["coreference"]
        return [Candidate("JointExercise", host, guest, segment, confidence)
                for host in sorted(earlier, key=lambda entity: entity.name) for guest in guests]

    # ------------------------------------------------------------ settling

    def _settle_sentence(self, ties: list[Candidate], scan: Scan, segment: Segment,
                         topic_start: int) -> list[Candidate]:
        """Refine types by the topic of the sentence or the one before it in its paragraph
        ("... the Multinational Security Support mission in Haiti. Contingents from Jamaica
        later joined the Kenyans there": peacekeepers), and let narrower types suppress
        broader ones."""
        refined = []
        for tie in ties:
            for rule in self.lexicon.rules.values():
                if rule.refines == tie.type and rule.refine_topic \
                        and scan.has_topic(rule.refine_topic, topic_start, segment.end) \
                        and not self._refined_apart(rule, scan, segment) \
                        and kinds_allow(rule.source_kinds, tie.source) \
                        and kinds_allow(rule.target_kinds, tie.target):
                    tie = replace(tie, type=rule.type)
            refined.append(tie)
        pairs = {(tie.type, frozenset((tie.source, tie.target)), tie.clause)
                 for tie in refined if not tie.ended
                 and not self._exempt(self.lexicon.rules[tie.type], scan, segment)}
        # "Philippine personnel were trained in India": the trainees abroad are no presence.
        abroad = {(suppressed, tie.target) for tie in refined if not tie.ended
                  for suppressed in self.lexicon.rules[tie.type].suppresses_target_abroad}
        elsewhere = self._elsewhere(refined, scan, segment)  # by clause
        kept: list[Candidate] = []
        terror_drills = scan.has_topic("terror_drills", segment.start, segment.end)
        for tie in refined:
            pair = frozenset((tie.source, tie.target))
            if terror_drills and tie.type in ("JointExercise", "CounterTerrorism"):
                # "Joint anti-terrorist command-staff exercises of Uzbekistan and Kyrgyzstan":
                # the drills are a joint exercise, whatever counter-terrorism words are added
                suppressed = tie.type == "CounterTerrorism" and any(
                    other == "JointExercise" and other_pair == pair
                    for other, other_pair, _clause in pairs)
            else:
                suppressed = any(tie.type in self.lexicon.rules[other].suppresses
                                 and not _other_transfer(tie, other, clause)
                                 for other, other_pair, clause in pairs if other_pair == pair)
            # the same tie both ways in one sentence: the first cue's reading stands ("won a
            # contract from Doha for warships, all of which have been delivered")
            suppressed = suppressed or (self.lexicon.rules[tie.type].directed and not tie.ended
                                        and any(other.type == tie.type and not other.ended
                                                and (other.source, other.target)
                                                == (tie.target, tie.source) for other in kept))
            suppressed = suppressed or (tie.type, tie.source) in abroad
            places = elsewhere.get((tie.type, tie.source, tie.clause))
            suppressed = suppressed or (places is not None and tie.target not in places)
            if not suppressed or tie.ended:
                kept.append(tie)
        if any(tie.type == "CounterTerrorism" for tie in kept) and \
                not _JOINT_ACTION.search(scan.lowered, segment.start, segment.end):
            # "The three countries are battling a jihadist insurgency": each its own fight
            kept = [tie for tie in kept if tie.type != "CounterTerrorism"]
        return kept

    def _elsewhere(self, ties: list[Candidate], scan: Scan, segment: Segment
                   ) -> dict[tuple[str, Entity, int], set[Entity]]:
        """(suppressed type, source, clause) -> the targets that source may keep there:
        instructors from Canada training Ukrainians in Britain are no presence in Britain, but
        "..., and France keeps troops in Djibouti" is, in a clause of its own."""
        found: dict[tuple[str, Entity, int], set[Entity]] = {}
        for tie in ties:
            rule = self.lexicon.rules[tie.type]
            if tie.ended or self._exempt(rule, scan, segment):
                continue
            for suppressed in rule.suppresses_source_elsewhere:
                found.setdefault((suppressed, tie.source, tie.clause), set()).add(tie.target)
        return found

    def _definite_weapon(self, lowered: str, segment: Segment) -> bool:
        """True if the sentence speaks of "the drone", "the same system" (a weapon named before)."""
        nouns = self.lexicon.weapon_noun_regex
        for match in _DEFINITE.finditer(lowered, segment.start, segment.end):
            position = match.end()  # "the drone", "the Korean system", "these versatile and
            for _ in range(_ADJECTIVES + 1):  # affordable drones"
                if nouns.match(lowered, position, segment.end):
                    return True
                word = _WORD_AHEAD.match(lowered, position, segment.end)
                if word is None or word.group().strip() in _CIVIL_USE:
                    break  # "the same freight carrier": an airline, no weapon
                position = word.end()
        return False

    @staticmethod
    def _refined_apart(rule: TieRule, scan: Scan, segment: Segment) -> bool:
        """True if a sentence that does not itself name ``rule``'s topic names what keeps the
        broader type: "troops from Rwanda were dispatched to the CAR on the basis of bilateral
        agreements" after a sentence on the UN mission there are no peacekeepers."""
        return rule.refine_unless is not None and rule.refine_topic is not None \
            and scan.has_topic(rule.refine_unless, segment.start, segment.end) \
            and not scan.has_topic(rule.refine_topic, segment.start, segment.end)

    @staticmethod
    def _exempt(rule: TieRule, scan: Scan, segment: Segment) -> bool:
        """True if the sentence keeps what ``rule`` would suppress ("stationed" troops)."""
        return rule.suppress_unless is not None and \
            scan.has_topic(rule.suppress_unless, segment.start, segment.end)

    def _family(self, tie_type: str) -> set[str]:
        rule = self.lexicon.rules[tie_type]
        family = {tie_type, *([rule.refines] if rule.refines else [])}
        family |= {other.type for other in self.lexicon.rules.values() if other.refines == tie_type}
        return family

    def _drop_ended(self, candidates: list[Candidate]) -> list[Candidate]:
        ended = [tie for tie in candidates if tie.ended]
        active = []
        for tie in candidates:
            if tie.ended:
                continue
            pair = frozenset((tie.source, tie.target))
            if not any(pair == frozenset((stop.source, stop.target))
                       and tie.type in self._family(stop.type)
                       and (tie.type not in _WEAPON_TYPES or set(tie.weapons) & set(stop.weapons))
                       for stop in ended):
                active.append(tie)
        return active

    def _complete(self, partial: list[Partial], candidates: list[Candidate],
                  named: Callable[[Segment], set[Entity]],
                  referred: Callable[[Segment], tuple[Entity, ...]],
                  foes: set[frozenset[Entity]], scan: Scan) -> list[Candidate]:
        """Ties whose missing side the rest of the article supplies."""
        lowered = scan.lowered
        active = [tie for tie in candidates if not tie.ended]
        providers: Counter[tuple[Entity, Entity]] = Counter()
        suppliers: dict[Entity, Entity] = {}
        for tie in active:
            if tie.type in _PROVIDING:
                providers[tie.source, tie.target] += 1
            elif tie.type == "PrimaryPartner":
                providers[tie.target, tie.source] += 1
            if tie.type == "ArmsTransfer":
                for weapon in tie.weapons:
                    suppliers.setdefault(weapon, tie.source)
        for item in partial:
            if item.type == "ArmsTransfer" and item.role == "source" and len(item.known) == 1:
                # "The jets were supplied by Pakistan": the weapon named before
                for weapon in item.weapons or referred(item.segment):
                    suppliers.setdefault(weapon, item.known[0])
        donations = {item.segment.start for item in partial if item.type == "MilitaryAid"} | \
            {tie.segment.start for tie in active if tie.type == "MilitaryAid"}
        given = {(tie.segment.start, tie.source, tie.target) for tie in active
                 if tie.type == "MilitaryAid"}
        completed: list[Candidate] = []
        for item in partial:
            first, second = item.known if len(item.known) == 2 else (None, None)
            provider = self._provider_of(item.type, item.segment, scan) \
                if item.role == "target" else None
            if provider is not None:  # "an assistance measure under the European Peace
                completed.extend(  # Facility for Moldova": the EU gives
                    Candidate(item.type, provider, target, item.segment,
                              self._scaled(item, "programme"), item.weapons)
                    for target in item.known if target != provider)
            elif item.type in _PROVIDING and first is not None and second is not None and \
                    providers[first, second] != providers[second, first]:
                source, target = (first, second) if providers[first, second] > \
                    providers[second, first] else (second, first)
                completed.append(Candidate(item.type, source, target, item.segment,
                                           self._scaled(item, "article_direction")))
            elif item.type in _WEAPON_TYPES and item.role == "target":
                # "Poland and Ukraine bought Bayraktar TB2 drones": both buy from its maker
                weapons = item.weapons or referred(item.segment)  # "bought the drone"
                # A donated weapon is often second-hand: only a sale is credited to its maker.
                sale = item.type == "ArmsTransfer" and item.segment.start not in donations
                # "a US-built C-17 flew Indian missiles": weapons of several makers name none
                one_maker = len({_origin(weapon) for weapon in weapons} - {None}) <= 1
                dated = lowered[item.segment.start:item.segment.end]  # "in 1985": the USSR's
                maker = functools.partial(self._seller, sentence=dated) if sale and one_maker \
                    else (lambda weapon: None)
                supplier = next((suppliers.get(weapon) or maker(weapon) for weapon in weapons
                                 if suppliers.get(weapon) or maker(weapon)), None)
                target_kinds = self.lexicon.rules[item.type].target_kinds
                for target in item.known:
                    if supplier is not None and supplier != target and \
                            (item.segment.start, supplier, target) not in given and \
                            kinds_allow(target_kinds, target):  # "configured to NATO standards"
                        completed.append(Candidate(item.type, supplier, target, item.segment,
                                                   self._scaled(item, "weapon_origin"),
                                                   item.weapons))
        partners: dict[Entity, set[Entity]] = defaultdict(set)  # a lone provider's partners
        for tie in active + completed:  # in what it provides or signed, not in drills
            if tie.source != tie.target and tie.type in _PARTNERING:
                if tie.type != "PrimaryPartner":  # a client provides nothing to its patron
                    partners[tie.source].add(tie.target)
                if tie.type not in _PROVIDING:  # a supplier's customer is not also its supplier
                    partners[tie.target].add(tie.source)
        main = _main_recipient(active + completed)
        for item in partial:
            if item.role == "source" and len(item.known) == 1 and item.type in _PROVIDING:
                provider = item.known[0]
                recipient = _recipient(partners[provider], named(item.segment))
                if recipient is None and not partners[provider] and main not in (None, provider) \
                        and (item.weapons or item.type == "MilitaryAid") \
                        and frozenset((provider, main)) not in foes:
                    # "Denmark has donated F-16s", "Doha gave $60 million": to the article's
                    # main recipient
                    recipient = main
                if recipient is not None:
                    completed.append(Candidate(item.type, item.known[0], recipient, item.segment,
                                               self._scaled(item, "article_direction"),
                                               item.weapons))
        return completed

    def _from_providers(self, candidates: list[Candidate], scan: Scan) -> list[Candidate]:
        """Ties stated under a named programme, with its provider never the recipient: "the
        Nigerian Super Tucano deal is the largest FMS programme" (the US supplies Nigeria)."""
        if not scan.programmes:
            return candidates  # the scan found none: most articles name no programme
        turned = []
        for tie in candidates:
            provider = self._provider_of(tie.type, tie.segment, scan)
            if provider is not None and tie.target == provider and tie.source != provider \
                    and tie.source.kind == "Country":
                tie = replace(tie, source=tie.target, target=tie.source)
            turned.append(tie)
        return turned

    def _provider_of(self, tie_type: str, segment: Segment, scan: Scan) -> Entity | None:
        """Who runs the named programme a sentence states a tie of ``tie_type`` under (the
        first in the lexicon's order when it names several)."""
        named = sorted({number for _start, _end, number
                        in scan.within("programmes", segment.start, segment.end)})
        if not named and scan.programmes:
            before = {number for _start, _end, number
                      in scan.within("programmes", 0, segment.start)}
            named = [number for number, acronym in self.lexicon.programme_acronyms
                     if number in before
                     and acronym.search(scan.lowered, segment.start, segment.end)]
        return next((self._programmes[number][1] for number in named
                     if tie_type in self._programmes[number][2]), None)

    def _seller(self, weapon: Entity, sentence: str) -> Entity | None:
        """Who sells ``weapon`` new: the state that designed it; for a design of a dissolved
        state, the state continuing it, unless the sentence dates the sale to the dissolved
        state's lifetime ("Mali bought Su-25s in 2022": from Russia; "in 1985": the USSR)."""
        origin = _origin(weapon)
        if origin is None or origin.key not in self._continuing:
            return origin
        continuing, end_year = self._continuing[origin.key]
        years = [int(year) for year in _YEAR.findall(sentence)]
        return origin if years and max(years) <= end_year else continuing

    def _there_too(self, result: SentenceTies, segment: Segment, before: Segment | None,
                   context: _Coreference, scan: Scan) -> list[Candidate]:
        """Ties of a sentence that says only where things of its kind are, given by the one
        state that opens the sentence before, when that sentence speaks of the same kind: "India
        started sending training teams to Africa in the 1970s. As of now, there are training
        teams in Tanzania, Uganda ..." (India trains them). The sentence's partial ties go."""
        if before is None or context.subject_paragraph != segment.paragraph or \
                context.subject_sentence != len(context.sentences) - 1 or \
                not any(item.role == "target" and item.type in _PROVIDING
                        for item in result.partial) or \
                _THERE_ARE.search(scan.lowered, segment.start, segment.end) is None:
            return []
        givers = {party.entity for party in context.previous_subject}
        if len(givers) != 1:
            return []
        giver = givers.pop()
        kinds = {self.lexicon.cues[number].type
                 for _start, _end, number in scan.within("cues", before.start, before.end)}
        found: list[Candidate] = []
        for item in list(result.partial):
            if item.role == "target" and item.type in _PROVIDING and item.type in kinds:
                result.partial.remove(item)
                found.extend(Candidate(item.type, giver, target, item.segment,
                                       self._scaled(item, "article_direction"), item.weapons)
                             for target in item.known if target != giver)
        return found

    def _scaled(self, item: Partial, rule: str) -> float:
        base = self.lexicon.confidence["explicit"]
        return round(self.lexicon.confidence[rule] * item.confidence / base, 3)

    def _merge(self, article: Article, candidates: list[Candidate]) -> list[Tie]:
        groups: dict[tuple, list[Candidate]] = defaultdict(list)
        for tie in candidates:
            ids = [_entity_id(tie.source), _entity_id(tie.target)]
            if not self.lexicon.rules[tie.type].directed:
                ids.sort()
            groups[(tie.type, *ids)].append(tie)
        ties = []
        floor = self.lexicon.confidence.get("floor", 0.0)
        for group in groups.values():
            group.sort(key=lambda tie: (-tie.confidence, tie.segment.start))
            best = group[0]
            if best.confidence < floor:
                continue  # two weak inferences at once ("reported" and "by the weapon's maker")
            evidence: list[Evidence] = []
            seen: set[tuple[int, int]] = set()
            for tie in group:
                span = (tie.segment.start, tie.segment.end)
                if span in seen or len(evidence) > _EXTRA_EVIDENCE:
                    continue
                seen.add(span)
                evidence.append(Evidence.of(article.text, *span, confidence=tie.confidence,
                                            producer=PRODUCER))
            weapons = tuple(dict.fromkeys(weapon for tie in group for weapon in tie.weapons))
            ties.append(Tie(best.type, best.source, best.target, article,
                            evidence=tuple(evidence), weapons=weapons))
        return sorted(ties, key=lambda tie: (tie.evidence[0].start, tie.type))

    @staticmethod
    def _entities(mentions: Sequence[Mention], table_rows: set[int],
                  segments: Sequence[Segment]) -> list[Entity]:
        rows = [(segments[index].start, segments[index].end) for index in table_rows]
        entities: dict[str, Entity] = {}
        for mention in mentions:
            if mention.glued and not any(start <= mention.start < end for start, end in rows):
                continue
            entities.setdefault(_entity_id(mention.entity), mention.entity)
        return list(entities.values())


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_HEADLINE_WORDS = 3
_CONTENTS = re.compile(r"(?:also\s+)?(?:in(?:side)?\s+this\s+(?:issue|edition|newsletter|week's\s+"
                       r"(?:issue|edition))|in\s+today's\s+(?:issue|edition|briefing)|"
                       r"(?:contents|today's\s+topics|this\s+week)\s*):", re.IGNORECASE)
_HEADLINE_CAPITALS = 0.7
_SHORT_LINE_WORDS = 14  # headlines, menus, captions and links are shorter
#: The line above a web page's list of links to other articles.
_LINK_HEADING = re.compile(r"(?:related|more|most read|most popular|recommended|read more|"
                           r"see also|latest|also read|read also)(?:\s+(?:stories|articles|news|"
                           r"coverage|reading|on this story|on this topic|from [\w ]+))?\s*:?",
                           re.IGNORECASE)


def _headline(text: str, segment: Segment) -> bool:
    """True for a title-case line ("Turkish Drones and Trainers Spread Across Africa").

    Headlines are telegraphic and restated in the text below them; their capitalised
    words and dropped articles mislead the rules.
    """
    if _CONTENTS.match(text, segment.start, segment.end):
        return True  # a newsletter's list of contents: "In this issue: Latvia and the brigade"
    if segment.kind != "line":
        return False
    words = _TITLE_WORD.findall(text, segment.start, segment.end)
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= _HEADLINE_WORDS and capitals >= _HEADLINE_CAPITALS * len(words)


def _link_lists(text: str, segments: Sequence[Segment]) -> set[int]:
    """Indices of the list items under a web page's "Related stories" or "Read more" line:
    headlines of other articles, no statements of this one."""
    found: set[int] = set()
    under = False
    for index, segment in enumerate(segments):
        if segment.kind == "item" and under:
            found.add(index)
            continue
        under = bool(_LINK_HEADING.fullmatch(text, segment.start, segment.end))
    return found


def _short_line(text: str, segment: Segment) -> bool:
    """True for a lone line of a few words without a full stop (a long one is more likely a
    sentence that lost it)."""
    return segment.kind == "line" and \
        len(text[segment.start:segment.end].split()) <= _SHORT_LINE_WORDS


def _no_prose(text: str, segment: Segment) -> bool:
    """True for a segment that states no tie: a headline or other lone line without a full
    stop, a question ("Could Mongolia join the SCO?") or a table row whose headers say nothing
    (its cells are no sentence)."""
    sentence = text[segment.start:segment.end]
    # a lone line without a full stop: a headline, a web page's menu, a caption or a link
    # ("Turkey to deliver more drones to Niger", "READ MORE: Russia sends instructors to ...")
    return _headline(text, segment) or _short_line(text, segment) or \
        _headline_future(text, segment) or \
        sentence.rstrip().rstrip(_CLOSING).endswith("?") or sentence.count("|") >= 2


#: Names opening a line and then "to" and a verb: a headline's future ("US, Japan to hold
#: drills", "Turkey to deliver drones to Niger").
_NAMES_TO_VERB = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*))+"
                            r"to\s+[a-z]")


def _headline_future(text: str, segment: Segment) -> bool:
    """True for a line or list item without a full stop that says what names are "to" do."""
    line = text[segment.start:segment.end].rstrip().rstrip(_CLOSING)
    return segment.kind in ("line", "item") and not line.endswith(".") and \
        _NAMES_TO_VERB.match(line) is not None


_FIRST_LINE = re.compile(r"\s*([^\n]*\S)[ \t]*\n\s*\S")
_CLOSING = "\"'\u2019\u201d)"


def _opening_weapons(text: str, segments: Sequence[Segment],
                     weapons: Sequence[tuple[int, Entity]]) -> dict[int, Entity]:
    """The weapon system each sentence that opens on one is about, by sentence start ("The
    FA-50, developed by KAI, is a light combat aircraft.")."""
    starts = dict(weapons)
    found: dict[int, Entity] = {}
    for segment in segments:
        opening = segment.start + len("the ") if text.startswith(("The ", "the "), segment.start) \
            else segment.start
        if opening in starts:
            found[segment.start] = starts[opening]
    return found


def _first_line_headline(text: str) -> int:
    """The end of the article's first line if it is a headline, else 0.

    A first line without a final full stop (or question or exclamation mark), followed by
    more text, is a headline whatever its case ("Turkish warships find buyers in Pakistan").
    """
    match = _FIRST_LINE.match(text)
    if match is None or match.group(1).rstrip(_CLOSING)[-1:] in ".!?:;":
        return 0
    return match.end(1)


class _FirstActors(Sequence):
    """The first coordinated actors of a sentence without a cue, worked out only if "they" or
    "both" in a later sentence asks for them."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self._text, self._mentions = text, mentions
        self._any = any(mention.actor is not None or mention.host is not None
                        for mention in mentions)

    @functools.cached_property
    def _parties(self) -> tuple[Party, ...]:
        parties = []
        for mention in first_actors(self._text, self._mentions):
            actor = _country_of(mention) or (
                mention.entity if mention.entity.kind == "Organisation" else None)
            if actor is not None:
                parties.append(Party(actor, mention.start, mention.end, mention=mention))
        return tuple(parties)

    def __bool__(self) -> bool:
        return self._any  # an actor is named; which ones is worked out on demand

    def __getitem__(self, index):
        return self._parties[index]

    def __len__(self) -> int:
        return len(self._parties)


#: Taking part, done: "took part", "participated", "joined" (not "will take part").
_TOOK_PART = re.compile(r"\b(?:took\s+part|participated|joined)\b")
#: States an exercise is held with, not named: "several Persian Gulf states", "five partners".
_UNNAMED_STATES = re.compile(
    r"\b(?:several|some|other|various|a\s+number\s+of|a\s+group\s+of|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+dozen|\d+)\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations|"
    r"allies|partners|armies|militaries|navies)\b")
#: A preposition of a place beside or beyond another: "off Somalia's coast", "near Syria".
_BESIDE_BEFORE = re.compile(r"\b(?:off|near|beyond|across|outside|against)\s+(?:the\s+)?$")
_BESIDE_REACH = 12
#: Those who only watch take no part.
_ONLOOKERS = re.compile(r"\b(?:observers?|observed|watched|monitored)\b")


#: A defence agreement a tie is made under: "as part of a military cooperation deal", "on
#: the basis of bilateral agreements" (not "under a $2 billion arms deal").
_FRAMED_BY = re.compile(
    r"\b(?:under|as\s+part\s+of|on\s+the\s+basis\s+of|in\s+accordance\s+with|(?:with)?in\s+the"
    r"\s+framework\s+of)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:military|"
    r"defen[cs]e|security|bilateral)\s+(?:cooperation\s+|co-operation\s+)?(?:agreements?|deals?|"
    r"pacts?|accords?|treat(?:y|ies)|arrangements?)\b")
_FRAMED_TYPES = frozenset({"ArmsTransfer", "MilitaryAid", "Training", "MilitaryPresence"})
_SIGNED_WITH = re.compile(r"\s+(?:signed\s+)?(?:in\s+[\w ]{1,20}?\s+)?with\s+(?:the\s+)?")


def _framing_agreements(ties: Sequence[Candidate], lowered: str, segment: Segment,
                        mentions: Sequence[Mention]) -> list[Candidate]:
    """The defence agreement between the two states of a tie the sentence says is made under it
    ("Bolivia took ownership of armoured vehicles from China as part of a military cooperation
    deal"; "troops from Rwanda were dispatched to the CAR on the basis of bilateral
    agreements"), unless the agreement names its own party ("under a 1951 defence agreement with
    Denmark")."""
    agreed = {frozenset((tie.source, tie.target)) for tie in ties
              if tie.type == "DefenceAgreement"}
    framed = [tie for tie in ties if tie.type in _FRAMED_TYPES and not tie.ended
              and tie.source.kind == tie.target.kind == "Country"
              and frozenset((tie.source, tie.target)) not in agreed]
    pairs = dict.fromkeys(frozenset((tie.source, tie.target)) for tie in framed)
    if len(pairs) != 1:
        return []  # which of several pairs the agreement binds is not said
    framing = _FRAMED_BY.search(lowered, segment.start, segment.end)
    if framing is None:
        return []
    signed_with = _SIGNED_WITH.match(lowered, framing.end())
    if signed_with is not None and any(mention.start == signed_with.end()
                                       and _country_of(mention) is not None
                                       for mention in mentions):
        return []
    tie = framed[0]
    return [replace(tie, type="DefenceAgreement", weapons=())]


def _carries_on(segments: Sequence[Segment], index: int, scan: Scan) -> bool:
    """True if the sentence at ``index`` goes on from the one before: in its paragraph, or
    opening a paragraph after a one-sentence paragraph on an exercise (wire copy, one sentence
    a paragraph: "... began the Cutlass Express exercise. || Participants include ...")."""
    if index == 0:
        return False
    before, segment = segments[index - 1], segments[index]
    if before.paragraph == segment.paragraph:
        return True
    alone = index < 2 or segments[index - 2].paragraph != before.paragraph
    return alone and before.paragraph == segment.paragraph - 1 and \
        scan.has_topic("exercise", before.start, before.end) and \
        not scan.has_topic("peacekeeping", before.start, before.end)


def _followed(text: str, segment: Segment, found: Sequence[Mention], bodies: frozenset[Entity],
              confidence: float) -> list[Candidate]:
    """A state that "followed" opening the sentence after one on states joining a body joined it
    too ("Finland became NATO's 31st member in April 2023. Sweden followed a year later.")."""
    first = found[0] if found else None
    if not bodies or first is None or first.actor is None or first.actor.kind != "Country" or \
            first.start - segment.start > len("The ") or \
            _FOLLOWED.match(text, first.end) is None:
        return []
    return [Candidate("AllianceMembership", first.actor, body, segment, confidence)
            for body in sorted(bodies, key=lambda entity: entity.name)]


def _drill_parties(ties: Sequence[Candidate]) -> frozenset[Entity]:
    """The parties of the joint exercise a sentence states (none if it states none)."""
    return frozenset(party for tie in ties if tie.type == "JointExercise" and not tie.ended
                     for party in (tie.source, tie.target))


def _lone_drill_party(found: Sequence[Mention], segment: Segment, scan: Scan
                      ) -> frozenset[Entity]:
    """The one state an exercise is named with beside states left unnamed ("a joint air drill
    between Saudi Arabia and several Gulf states began"), whom the next sentence may name."""
    if not scan.has_topic("exercise", segment.start, segment.end) or \
            not _UNNAMED_STATES.search(scan.lowered, segment.start, segment.end):
        return frozenset()
    states = {country for mention in found if mention.actor is not None
              and (country := _country_of(mention)) is not None}
    return frozenset(states) if len(states) == 1 else frozenset()


#: A state hosting the exercise the sentence speaks of: "Georgia hosted the Noble Partner
#: exercise, in which ...", "Noble Partner, hosted by Georgia, ...".
_HOSTED_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|was|also|again|once\s+again)\s+)*"
                           r"(?:co-)?host(?:s|ed|ing)?\b")
_HOSTED_BEFORE = re.compile(r"\b(?:co-)?hosted\s+by\s+(?:the\s+)?$")
_HOST_REACH = 20


def _exercise_host(ties: Sequence[Candidate], found: Sequence[Mention], segment: Segment,
                   scan: Scan) -> list[Candidate]:
    """Pairs of the state a sentence says hosts an exercise with its other parties, where a
    clause apart names them ("Georgia hosted the Noble Partner exercise, in which soldiers
    from the United States and France took part"): a host takes part in its exercise."""
    drills = [tie for tie in ties if tie.type == "JointExercise" and not tie.ended]
    if not drills:
        return []
    parties = _drill_parties(drills)
    lowered = scan.lowered
    hosts = dict.fromkeys(
        country for mention in found
        if mention.actor is not None and (country := _country_of(mention)) is not None
        and country not in parties
        and (_HOSTED_AFTER.match(lowered, mention.end) is not None
             or _HOSTED_BEFORE.search(lowered, max(segment.start, mention.start - _HOST_REACH),
                                      mention.start) is not None))
    return [replace(drills[0], source=host, target=guest)
            for host in hosts for guest in sorted(parties, key=lambda entity: entity.name)]


def _earlier_buyers(ties: Sequence[Candidate], mentions: Sequence[Mention],
                   scan: Scan) -> list[Candidate]:
    """The states a buyer "became the ninth country to acquire K9 howitzers, after" bought the
    same weapon from the same supplier ("..., after Australia, Egypt and India")."""
    found: list[Candidate] = []
    for tie in ties:
        if tie.type != "ArmsTransfer" or tie.ended:
            continue
        segment = tie.segment
        ordinal = _NTH_BUYER.search(scan.lowered, segment.start, segment.end) if any(
            scan.lowered.find(noun, segment.start, segment.end) >= 0 for noun in _BUYER_NOUNS
        ) else None  # the cheap test first: most sentences rank no buyer
        listed = _LISTED_AFTER.search(scan.lowered, ordinal.end(), segment.end) \
            if ordinal is not None else None
        if listed is None:
            continue
        earlier = dict.fromkeys(country for mention in mentions
                                if listed.end() <= mention.start < segment.end
                                and (country := _country_of(mention)) is not None)
        found.extend(replace(tie, target=country) for country in earlier
                     if country not in (tie.source, tie.target))
    return found


#: A buyer ranked among others: "the ninth country to acquire", "the latest nation to buy".
_NTH_BUYER = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                        r"eleventh|twelfth|\d+(?:st|nd|rd|th)|latest|newest)\s+(?:country|nation|"
                        r"state|customer|buyer|operator|user)\s+to\s+(?:acquire|buy|order|"
                        r"purchase|receive|operate|field|sign\s+for)\b")
_BUYER_NOUNS = (" country to ", " nation to ", " state to ", " customer to ", " buyer to ",
                " operator to ", " user to ")
#: The earlier buyers' list after that: ", after (Australia, Egypt ...)", ", following ...".
_LISTED_AFTER = re.compile(r",\s+(?:after|following|joining|behind)\s+")


#: Taking part in drills named only by a bare definite noun: the ones the sentence before
#: stated ("... 2,700 soldiers from the USA and France are involved in the war games").
_THE_SAME_DRILLS = re.compile(r"\b(?:involved|took\s+part|take\s+part|takes\s+part|taking\s+part|"
                              r"participat(?:e|es|ed|ing))\s+in\s+the\s+(?:joint\s+|military\s+|"
                              r"naval\s+)?(?:war\s*games|drills|exercises?|manoeuvres|maneuvers)\b")


#: Words of states acting together against armed groups: counter-terrorism is a tie only
#: where the sentence says they act jointly, help one another or agree to.
_JOINT_ACTION = re.compile(
    r"\b(?:joint(?:ly)?|together|alongside|with|cooperat\w*|co-operat\w*|coordinat\w*|"
    r"co-ordinat\w*|collaborat\w*|support\w*|help\w*|assist\w*|aid(?:ed|ing)?|backing|backed|"
    r"partner\w*|allies|allied|side\s+by\s+side|combined|task\s+force|initiative|mission|"
    r"coalition|memorandum|agreement|pact|accord|treaty|counter-?terror\w*|anti-?terror\w*|"
    r"counter-?insurgency|operations?\s+(?:in|against)|both|trilateral|bilateral|"
    r"multinational|regional\s+force|unified|united|common|shared|for\s+(?:the|its|their)|"
    r"provid\w*|train\w*|(?:a|an|one)\s+(?:[\w-]+\s+)?(?:campaign|offensive|operation|force))\b")


def _same_drills(ties: Sequence[Candidate], earlier: frozenset[Entity], segment: Segment,
                 scan: Scan) -> list[Candidate]:
    """Pairs of the parties one exercise has over two sentences: "The exercise is co-hosted by
    Mongolia and the United States. Troops from Japan and India are among the participants."
    Only for a sentence that names no exercise of its own (it reads the one before)."""
    current = _drill_parties(ties)
    if not earlier or not current or (
            scan.has_topic("exercise", segment.start, segment.end)
            # "a drill between Saudi Arabia and several Gulf states began. Oman and Egypt are
            # taking part in the air exercise": that one, whose other parties were not named;
            # "... 2,700 soldiers from the USA and France are involved in the war games": the
            # ones just named
            and not (len(earlier) == 1 and DRILLS_REFERRED.search(scan.lowered, segment.start,
                                                                  segment.end))
            and not _THE_SAME_DRILLS.search(scan.lowered, segment.start, segment.end)):
        return []
    drills = [tie for tie in ties if tie.type == "JointExercise" and not tie.ended]
    stated = {frozenset((tie.source, tie.target)) for tie in drills}
    return [replace(drills[0], source=host, target=guest)
            for host in sorted(earlier, key=lambda entity: entity.name)
            for guest in sorted(current, key=lambda entity: entity.name)
            if host != guest and frozenset((host, guest)) not in stated]


def _at_peace(candidates: list[Candidate],
              hostile: list[tuple[frozenset[Entity], frozenset[str]]]) -> list[Candidate]:
    """Drop cooperative ties between actors the article shows at war ("Russia's invasion of
    Ukraine" rules out "Russian forces in Ukraine" as a military presence)."""
    return [tie for tie in candidates
            if not any(pair == frozenset((tie.source, tie.target))
                       and (not types or tie.type in types) for pair, types in hostile)]


#: Words of a force sent under a mandate: "the second Kenyan contingent ... under the ATMIS
#: mandate", "to join an international force".
_MANDATED = re.compile(r"\b(?:contingents?|mandate|(?:international|multinational|regional)\s+"
                       r"forces?)\b")


def _peacekeepers(candidates: list[Candidate], scan: Scan) -> list[Candidate]:
    """Forces of a state that the article says keep the peace in another are peacekeepers
    there, not also a presence of their own, where the sentence speaks of a mandated force
    ("the second Kenyan contingent to operate in Somalia under the ATMIS mandate"); not where
    it speaks of a bilateral arrangement."""
    keeping = {(tie.source, tie.target) for tie in candidates
               if tie.type == "PeacekeepingDeployment" and not tie.ended}
    return [tie for tie in candidates if tie.type != "MilitaryPresence" or tie.ended
            or (tie.source, tie.target) not in keeping or not _mandated(tie.segment, scan)]


def _mandated(segment: Segment, scan: Scan) -> bool:
    # "the UN Interim Force in Lebanon (UNIFIL) ... 129 soldiers of the Indonesian Battalion":
    # a sentence naming a peace operation speaks of a mandated force too
    return (_MANDATED.search(scan.lowered, segment.start, segment.end) is not None
            or scan.has_topic("peacekeeping", segment.start, segment.end)) and \
        not scan.has_topic("bilateral", segment.start, segment.end)


def _donations(candidates: list[Candidate], scan: Scan, segments: Sequence[Segment],
               countries: Callable[[int, int], list[tuple[Mention, Entity]]]
               ) -> list[Candidate]:
    """A transfer between a donor and its beneficiary, or to a beneficiary of aid in the same
    sentence, is aid unless the sentence speaks of a sale ("Germany is one of Ukraine's largest
    donors. Berlin has supplied Patriot systems"); one gift ("Moscow gave Serbia six MiG-29s")
    makes no donor of the other transfers between the pair. So is a transfer the next sentence
    calls a donation ("... handed over equipment to the Zambia Defence Force. The donation,
    ...", "... The Land Rovers were donated to the Lebanese Army")."""
    aid = {(tie.source, tie.target) for tie in candidates  # "donor", "aid", not one gift
           if tie.type == "MilitaryAid" and not tie.ended
           and scan.has_topic("aid", tie.segment.start, tie.segment.end)}
    gifts = [tie for tie in candidates  # "..., while Finland sent"
             if tie.type == "MilitaryAid" and not tie.ended
             # "three Super Tucanos from Brazil, three donated Tetras from France": one item
             and not _LISTED_GIFT.search(scan.lowered, tie.segment.start, tie.segment.end)]
    aided: set[tuple[int, Entity]] = set()
    aided |= {(before.start, tie.target) for before, after in itertools.pairwise(segments)
              if _GIFT_NAMED.match(scan.lowered, after.start) for tie in candidates
              if tie.segment.start == before.start}
    # "... received 100 armoured vehicles provided by the UK. ... The Land Rovers were donated
    # to the Lebanese Army ...": a sentence soon after says the recipient got them as a gift
    for index, gift in enumerate(segments):
        if not _DONATED_PASSIVE.search(scan.lowered, gift.start, gift.end):
            continue
        named = {country for _mention, country in countries(gift.start, gift.end)}
        before = {segment.start for segment in segments[max(0, index - _GIFT_REACH):index]}
        aided |= {(tie.segment.start, tie.target) for tie in candidates
                  if tie.type == "ArmsTransfer" and tie.segment.start in before
                  and tie.target in named}
    # "delivered helicopters to Mexico under the Merida Initiative aid package", "... as a
    # grant": the sentence names the transfer as aid
    aided |= {(tie.segment.start, tie.target) for tie in candidates
              if tie.type == "ArmsTransfer"
              and _AID_FRAME.search(scan.lowered, tie.segment.start, tie.segment.end)}
    return [replace(tie, type="MilitaryAid")
            if tie.type == "ArmsTransfer" and not tie.ended
            and ((tie.source, tie.target) in aid or (tie.segment.start, tie.target) in aided
                 or any(_gift_covers(gift, tie) for gift in gifts))
            and not scan.has_topic("sale", tie.segment.start, tie.segment.end) else tie
            for tie in candidates]


#: Bodies that are intelligence-sharing arrangements rather than alliances: their members
#: share intelligence with one another (the Five Eyes), they are not members of a bloc.
_SHARING_ARRANGEMENTS = frozenset({"five-eyes"})


def _sharing_arrangements(candidates: list[Candidate]) -> list[Candidate]:
    """Memberships of an intelligence-sharing arrangement become intelligence sharing between
    the members one sentence names ("Australia and New Zealand, two members of the US-led Five
    Eyes alliance"); a member named alone keeps its membership, sharing with no one named."""
    members: dict[int, list[Candidate]] = defaultdict(list)
    kept = []
    for tie in candidates:
        if tie.type == "AllianceMembership" and tie.target.key in _SHARING_ARRANGEMENTS:
            members[tie.segment.start].append(tie)
        else:
            kept.append(tie)
    for ties in members.values():
        states = list(dict.fromkeys(tie.source for tie in ties if tie.source.kind == "Country"))
        if len(states) < 2:
            kept.extend(ties)
            continue
        kept.extend(replace(ties[0], type="IntelligenceSharing", source=one, target=other,
                            weapons=())
                    for one, other in itertools.combinations(states, 2))
    return kept


def _gift_covers(gift: Candidate, transfer: Candidate) -> bool:
    """True if a gift in the transfer's sentence to the same recipient makes it aid: the same
    donor's, another's of the same weapons ("Denmark sent Leopard 1 tanks, and Germany gave
    Ukraine more Leopard 1 tanks") or named after the gift ("Denmark donated tanks, while
    Finland sent howitzers"), not other goods before it ("Cameroon received helicopters from
    Russia, and the United States donated trucks")."""
    return gift.segment.start == transfer.segment.start and gift.target == transfer.target and \
        (gift.source == transfer.source or gift.clause <= transfer.clause
         or not set(gift.named_weapons).isdisjoint(transfer.weapons))


def _as_states(candidates: list[Candidate], rules: dict[str, TieRule]) -> list[Candidate]:
    """The ties with a company (a plain organisation with a home country) replaced by its
    country where ``tie_types.csv`` says it acts for it, and always as a target: nobody
    supplies or trains a company for itself; a tie within one country is none. A company
    signs, shares or drills in its own name ("an agreement with Hyundai Rotem"): no tie."""
    states = []
    for tie in candidates:
        acting_for = rules[tie.type].organisation_country
        if not rules[tie.type].directed and not acting_for and \
                (home_country(tie.source) or home_country(tie.target)):
            continue
        source = (home_country(tie.source) if "source" in acting_for else None) or tie.source
        target = home_country(tie.target) or tie.target
        if _stateless(source) or _stateless(target):
            continue  # "in recent SIPRI data": a research institute is no party
        if source != target:
            states.append(tie if (source, target) == (tie.source, tie.target)
                          else replace(tie, source=source, target=target))
    return states


_TRANSFER_TYPES = frozenset({"ArmsTransfer", "MilitaryAid"})  # both move weapons
#: A gift named as one item of a list: "(three) donated Tetras light aircraft (from France)".
_LISTED_GIFT = re.compile(COUNTED + r"(?:donated|gifted)\s+[\w-]+")
#: A passive verb of giving: "(the vehicles) were donated (to the Lebanese Army)".
_DONATED_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:donated|gifted)\b")
_GIFT_REACH = 2  # sentences after a transfer where its being a gift may be told


#: A sentence opening on the gift the sentence before told of: "The donation, provided ...".
_GIFT_NAMED = re.compile(r"(?:the|this|that)\s+(?:latest\s+|new\s+)?(?:donation|gift|grant)\b")
#: A transfer framed as aid: "as part of its security assistance", "under the ... aid package",
#: "as a grant".
_AID_FRAME = re.compile(
    r"\b(?:as\s+(?:part\s+of\s+)?|under\s+|through\s+)(?:an?|the|its|their)\s+"
    r"(?:[\w$.-]+\s+){0,4}?(?:(?:military|security|defen[cs]e)\s+)?(?:aid|assistance|grant|gift|"
    r"donation|support\s+package)\b"
    # "sent military vehicles to Chad to support its counterterrorism efforts"
    # "sent two spy planes to help the Manila government's five-week campaign"
    r"|\bto\s+(?:support|help|assist)\s+(?:its|their|the\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:efforts?|fight|campaign|operations|forces|army|military|troops|partners|allies)\b"
    # "handed over equipment worth $8 million to strengthen the capacity of border troops"
    r"|\bto\s+(?:strengthen|boost|enhance|build|bolster)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:capacity|capacities)\b"
    # "Chinese-donated trucks", "U.S.-gifted patrol boats"
    r"|[a-z.]-(?:donated|gifted)\b")


def _other_transfer(tie: Candidate, other: str, clause: int) -> bool:
    """True if a gift (``other``, stated in ``clause``) and a sale between the same pair are two
    transfers, not one named twice: they are stated in two clauses ("sold destroyers to the
    Philippines, and Manila received radars donated by Tokyo")."""
    return {other, tie.type} <= _TRANSFER_TYPES and clause != tie.clause and \
        -1 not in (clause, tie.clause)


_MAIN_SHARE = 2 / 3  # of the provided ties that go to one country, for it to be the article's
_MAIN_TIES = 3  # fewest provided ties an article needs before it has a main recipient


def _main_recipient(ties: list[Candidate]) -> Entity | None:
    """The country most of an article's arms, aid and training go to, if one clearly does."""
    counts = Counter(tie.target for tie in ties if tie.type in _PROVIDING
                     and tie.target.kind == "Country")
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    total = sum(counts.values())
    return country if count >= _MAIN_TIES and count >= _MAIN_SHARE * total else None


def _stateless(entity: Entity) -> bool:
    """True for a plain organisation with no country (a research institute, a newspaper)."""
    return entity.kind == "Organisation" and entity.category is None and \
        home_country(entity) is None and host_of(entity) is None


#: The national units of a peace operation: "the French and Italian battalions".
_CONTINGENTS = re.compile(r"\b(?:battalions?|contingents?)\b")
_MISSION_REACH = 400  # characters before a contributor's sentence searched for its mission
#: A verb of providing troops, for a mission named before: "Tanzania is providing 274 soldiers".
_PROVIDING_TROOPS = re.compile(r"\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|"
                               r"pledg(?:e|es|ed|ing)|send(?:s|ing)?|sent)\s+(?:some\s+|about\s+|"
                               r"around\s+|nearly\s+|over\s+)?\d")


#: A sentence that says what exists, with no agent: "there are training teams in Tanzania".
_THERE_ARE = re.compile(r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\b")


#: What follows a regional or international body's name when a mission of it is named:
#: "(SADC) Mission in", " Standby Force in", " peacekeeping mission in the".
_MISSION_IN = re.compile(r"\)?(?:\s*\([A-Za-z]{2,8}\))?\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:missions?|forces?)\s+(?:in|to)\s+(?:the\s+)?$", re.IGNORECASE)
_MISSION_NAME_REACH = 60  # characters between the body's name and the host's


def _missions_described(mentions: Sequence[Mention], lowered: str) -> list[tuple[int, Entity]]:
    """Missions named by their body and host rather than a known name: "the Southern African
    Development Community (SADC) Mission in Mozambique" (where, and the host)."""
    found = []
    for body, host in itertools.pairwise(mentions):
        if body.entity.kind == "Organisation" and body.entity.category in _BLOC_CATEGORIES and \
                host.entity.kind == "Country" and \
                host.start - body.end <= _MISSION_NAME_REACH and \
                _MISSION_IN.fullmatch(lowered, body.end, host.start):
            found.append((body.start, host.entity))
    return found


def _mission_contributors(partial: list[Partial], missions: list[tuple[int, Entity]],
                          lowered: str, scaled: Callable[[Partial, str], float],
                          topic: Callable[[], Entity | None] = lambda: None,
                          peace_operations: Sequence[tuple[int, Entity]] = ()
                          ) -> list[Candidate]:
    """Peacekeeping contributors named without a host serve in the host of the mission named
    last before them, in their sentence or just before ("KFOR ... in Kosovo numbers 4,500
    troops. Italy and Hungary are among the largest contributors"), else of the article's one
    mission ("UNMISS ... Other troop contributing countries are Bangladesh and China"), else
    in the country ``topic`` gives, the one the article is about ("About 10,000 UN
    peacekeepers patrol the south. Indonesia and Italy contribute the largest contingents", in
    an article on Lebanon). ``topic`` is called only then: it counts the article's countries.
    National battalions or contingents named without a host ("the French and Italian
    battalions treated 700 villagers") serve in the host of the one peace operation of
    ``peace_operations`` the article names."""
    only = {host for _start, host in missions}
    operations = {host for _start, host in peace_operations}
    found: list[Candidate] = []
    for item in partial:
        if item.role != "source":
            continue
        host: Entity | None
        if item.type == "MilitaryPresence" and len(operations) == 1 and \
                _CONTINGENTS.search(lowered, item.segment.start, item.segment.end):
            host = next(iter(operations))
        elif (item.type in ("PeacekeepingDeployment", "MilitaryPresence") and
              _CONTRIBUTORS.search(lowered, item.segment.start, item.segment.end)) or \
                (item.type == "MilitaryPresence" and
                 _PROVIDING_TROOPS.search(lowered, item.segment.start, item.segment.end)):
            # troops a state "contributes" or "is providing" serve in the mission named
            # ("Britain, which contributes with 272 soldiers, while Argentina ... follow suit";
            # "The SADC Mission in Mozambique ... Tanzania is providing 274 soldiers")
            near = [host for start, host in missions
                    if item.segment.start - _MISSION_REACH <= start < item.segment.end]
            host = near[-1] if near else next(iter(only)) if len(only) == 1 else \
                topic() if item.type == "PeacekeepingDeployment" else None
        else:
            continue
        found.extend(Candidate("PeacekeepingDeployment", contributor, host, item.segment,
                               scaled(item, "article_direction"))
                     for contributor in item.known
                     if host is not None and contributor.kind == "Country" and contributor != host)
    return found


#: Characters before a joining state's sentence searched for the alliance it joined.
_ALLIANCE_REACH = 300
_BLOC_CATEGORIES = ("Alliance", "IntergovernmentalOrganisation")
#: "joined" (or "became member states") with no object, a time after it: "Uzbekistan joined
#: in 2001", "saw India join", "Albania and Croatia became member states in 2009".
_JOINED_ALONE = re.compile(r"\b(?:join(?:ed|s)?|bec(?:ame|ome|omes)\s+(?:a\s+)?(?:full\s+)?"
                           r"member(?:s|\s+states?|\s+countries)?)"
                           r"\b(?=\s*(?:in\s+(?:19|20)\d\d|[,.;]|$|"
                           r"\s+(?:later|too|as\s+well|soon|after|a\s+year|two\s+years)))")


def _alliance_joined(partial: list[Partial], mentions: Sequence[Mention], lowered: str,
                     scaled: Callable[[Partial, str], float]) -> list[Candidate]:
    """Members that "joined" with no alliance named in their sentence joined the one named
    last just before it ("The SCO was founded as the Shanghai Five. Uzbekistan joined in 2001"),
    as do those an opening phrase of composition lists ("Chad is a member of the G5 Sahel.
    Bringing together Burkina Faso, Chad, Mali ..., it aims ...")."""
    found: list[Candidate] = []
    for item in partial:
        if item.type != "AllianceMembership" or item.role != "source" or not (
                _JOINED_ALONE.search(lowered, item.segment.start, item.segment.end)
                or COMPOSED_OPENING.match(lowered, item.segment.start)):
            continue
        before = [mention.entity for mention in mentions
                  if item.segment.start - _ALLIANCE_REACH <= mention.start < item.segment.start
                  and mention.entity.kind == "Organisation"
                  and mention.entity.category in _BLOC_CATEGORIES]
        if not before or len(set(before)) > 1:
            continue  # none, or several that it might be
        found.extend(Candidate(item.type, member, before[-1], item.segment,
                               scaled(item, "article_direction"))
                     for member in item.known if member.kind == "Country")
    return found


#: Words of a contingent's service: in a host where the article named a peace operation
#: before, troops "serving" there serve in it ("Burundi also has 744 troops serving in the
#: Central African Republic", after MINUSCA).
_SERVING = re.compile(r"\b(?:serving|serve|serves|served|contingent|contingents|rotation|"
                      r"rotations)\b")
#: "The mission" in a sentence: the peace operation the article named before.
_THE_MISSION = re.compile(r"\bthe\s+(?:peacekeeping\s+|peace\s+|un\s+|au\s+)?mission\b")


def _mission_meant(candidates: list[Candidate], missions: list[tuple[int, Entity]],
                   lowered: str) -> list[Candidate]:
    """Presence ties made peacekeeping where the sentence speaks of "the mission" and the
    article named a peace operation in that host before it ("... the African Union Transition
    Mission in Somalia (ATMIS) ... Uganda was the first country to send troops to Somalia in
    2007 at the start of the mission")."""
    if not missions:
        return candidates
    return [replace(tie, type="PeacekeepingDeployment")
            if tie.type == "MilitaryPresence" and not tie.ended
            and any(start < tie.segment.start and host == tie.target for start, host in missions)
            and (_THE_MISSION.search(lowered, tie.segment.start, tie.segment.end) is not None
                 or _SERVING.search(lowered, tie.segment.start, tie.segment.end) is not None)
            else tie for tie in candidates]


def _unnamed_signatories(partial: list[Partial], scaled: Callable[[Partial, str], float],
                         named_most: Callable[[Segment, tuple[Entity, ...]], Entity | None]
                         ) -> list[Candidate]:
    """Agreements "signed with" a state and nobody else bind it to the country the paragraph
    or article is about (``named_most``): "A framework agreement signed with Washington in
    2019 gives American ships access to Duqm", in a paragraph on Oman."""
    found: list[Candidate] = []
    for item in partial:
        country = named_most(item.segment, item.known) if item.role == "with" else None
        if country is not None:
            found.extend(Candidate(item.type, country, partner, item.segment,
                                   scaled(item, "article_direction")) for partner in item.known)
    return found


#: A sentence opening on a force named before: "The battlegroup also includes ...", "It
#: consists of ...".
_FORCE_SUBJECT = re.compile(
    r"\W*(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:battle\s?group|brigade|battalion|"
    r"contingent|garrison|task\s+force|force|mission)\s|it\s+(?:also\s+)?(?:consists|"
    r"comprises|includes|is\s+made\s+up|is\s+composed|numbers)\b)")
_PRESENCES = ("MilitaryPresence", "PeacekeepingDeployment")
_FORCE_LOOKBACK = 2  # sentences before a force's sentence searched for where it is


def _force_hosts(partial: list[Partial], candidates: list[Candidate],
                 segments: Sequence[Segment], lowered: str,
                 scaled: Callable[[Partial, str], float]) -> list[Candidate]:
    """Forces named with no host in a sentence about a force named before serve where that
    force is: the one host of a presence in the nearest of the two sentences before ("The
    battlegroup in Lithuania is led by Germany. The battlegroup also includes 100 Belgian
    troops")."""
    index_of = {segment.start: index for index, segment in enumerate(segments)}
    hosts: dict[int, set[Entity]] = defaultdict(set)
    for tie in candidates:
        if tie.type in _PRESENCES and not tie.ended and tie.segment.start in index_of:
            hosts[index_of[tie.segment.start]].add(tie.target)
    for item in partial:
        if item.type in _PRESENCES and item.role == "target" and \
                item.segment.start in index_of:
            hosts[index_of[item.segment.start]].update(item.known)  # "stationed in Latvia"
    found: list[Candidate] = []
    for item in partial:
        index = index_of.get(item.segment.start)
        if index is None or item.type not in _PRESENCES or item.role != "source" or \
                not _FORCE_SUBJECT.match(lowered, item.segment.start):
            continue
        nearest = next((hosts[earlier] for earlier in range(index - 1,
                                                            index - 1 - _FORCE_LOOKBACK, -1)
                        if hosts.get(earlier)), set())
        if len(nearest) != 1:
            continue
        host = next(iter(nearest))
        found.extend(Candidate(item.type, contributor, host, item.segment,
                               scaled(item, "article_direction"))
                     for contributor in item.known
                     if contributor.kind == "Country" and contributor != host)
    return found


def _recipient(partners: set[Entity], named: set[Entity]) -> Entity | None:
    """Whom a provider named alone provides to ("Tokyo supplied radars ..."): its only partner
    country in the article's other ties, unless its sentence names that partner elsewhere."""
    countries = [partner for partner in partners if partner.kind == "Country"]
    if len(countries) != 1:
        return None
    return None if countries[0] in named else countries[0]


#: A named programme: (its phrase, who runs it, the tie types it gives a provider).
Programme: TypeAlias = tuple[re.Pattern[str], Entity, frozenset[str]]


def _programme_providers(lexicon: Lexicon, gazetteer: Gazetteer) -> list[Programme]:
    """The lexicon's named programmes with their providers as entities."""
    programmes = []
    for phrase, provider, types in lexicon.programmes:
        record = gazetteer.country(provider)
        entity = gazetteer.country_entity(provider) if record is not None \
            else gazetteer.organisation_entity(provider)
        programmes.append((phrase, entity, types))
    return programmes


def _continuing_states(gazetteer: Gazetteer) -> dict[str, tuple[Entity, int]]:
    """By a dissolved state's key, the state continuing it and the dissolved one's last year."""
    continuing = {}
    for record in gazetteer.countries.values():
        successor = gazetteer.continuing_state(record.iso3)
        if successor is not None and record.end_year is not None:
            continuing[record.iso3] = (gazetteer.country_entity(successor.iso3), record.end_year)
    return continuing


def _origin(weapon: Entity) -> Entity | None:
    links = dict(weapon.links)
    for relation in _ORIGIN_LINKS:
        target = links.get(relation)
        if target is not None and target.kind == "Country":
            return target
    return None


def _mission_hosts(text: str, mentions: Sequence[Mention], lexicon: Lexicon
                   ) -> dict[str, Entity]:
    """Hosts of missions, by the mission's key: the gazetteer's country of a peace operation
    ("UNMISS": South Sudan) or the country an apposition names ("MINUSCA, the UN mission in
    the CAR")."""
    hosts: dict[str, Entity] = {}
    by_start = {mention.start: mention for mention in mentions}
    for mention in mentions:
        if mention.entity.kind != "Organisation":
            continue
        linked = host_of(mention.entity) or (
            home_country(mention.entity) if peace_operation(mention.entity, lexicon)
            or acts_for_body(mention.entity) else None)
        if linked is not None:
            hosts.setdefault(mention.entity.key, linked)
            continue
        match = _HOST_APPOSITION.match(text, mention.end)
        following = by_start.get(match.end()) if match else None
        if following is not None and following.entity.kind == "Country":
            hosts.setdefault(mention.entity.key, following.entity)
    return hosts


@functools.cache
def default_extractor() -> Extractor:
    """The extractor over the bundled gazetteer and lexicons (built once per process)."""
    return Extractor()


def extract_findings(article: Article) -> Findings:
    """Findings of one article with the bundled gazetteer and lexicons."""
    return default_extractor().extract(article)

"""A shallow parse of one sentence: clauses, actor chunks and the words that mark their roles.

The tie rules need to know, for each actor a sentence names, whether it is the
subject ("Turkey sold ..."), the target of a preposition ("... to Ukraine",
"... from Russia", "... in Mali"), the possessor of a noun ("India's
purchase"), or a demonym before a role noun ("Russian instructors"). This
module finds that without a grammar: it cuts the sentence into clauses at
punctuation and the words of ``clause_breaks.csv``, groups coordinated actors
("Mali, Burkina Faso and Niger") into one :class:`Chunk`, and reads the
preposition before each chunk (``prepositions.csv``) and the noun after it
(``role_nouns.csv``).

Examples
--------
>>> from graph.extract.clauses import parse_sentence
>>> from graph.extract.mentions import default_finder
>>> text = "Russia delivered jets to Algeria and Kenya, but Mozambique bought tanks from Russia."
>>> clauses = parse_sentence(text, 0, len(text), default_finder().find(text))
>>> [([party.entity.name for party in chunk.parties], chunk.marker) for chunk in clauses[0].chunks]
[(['Russia'], None), (['Algeria', 'Kenya'], 'to')]
>>> [([party.entity.name for party in chunk.parties], chunk.marker) for chunk in clauses[1].chunks]
[(['Mozambique'], None), (['Russia'], 'from')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from graph.model import Entity

from .lexicon import Lexicon, Scan, default_lexicon
from .mentions import Mention
from .patterns import LIST_GAP, match_text

__all__ = ["Chunk", "Clause", "Party", "first_actors", "parse_sentence"]

_WORD = re.compile(r"[\w'’-]+|[,;:()&/]")
#: What may join coordinated actors, epithets included ("and nuclear-armed Pakistan").
_COORDINATION = re.compile(
    r"^(?:\s*(?:,|and|or|&|/|-|\(|\)|as well as|along with|plus|the|neighbou?ring|fellow|"
    r"[a-z]+-(?:armed|rich|torn|strapped|stricken|ravaged))\s*)*$")
#: "the Americans", "the Kenyans": a plural demonym standing alone for a state's forces.
_PEOPLE = re.compile(r"the\s+[a-z]+(?:ans|is)\b|the\s+[a-z]+ese\b(?![\s-]*[a-z])")
#: The plural ending after a demonym: it names the people, with no article too ("training
#: with Lithuanians").
_PLURAL_PEOPLE = re.compile(r"s\b")
#: Capitalised words right before a person's name: a title ("Crown Prince", "Defence Minister").
_TITLE_WORDS = re.compile(r"(?:(?<=\s)[A-Z][\w.'-]*\s+)+$")
#: A hedge set off by commas inside a list: "China, Indonesia and, according to some reports,
#: Sudan" is one list.
_LIST_ASIDE = re.compile(r",\s*(?:according\s+to\s+(?:some\s+|several\s+|media\s+|unconfirmed\s+)?"
                         r"reports|reportedly|allegedly|possibly|perhaps|most\s+recently|"
                         r"more\s+recently|later)\s*,")
#: A number of people before a demonym in a list ("450 German, 100 Belgian").
_COUNT = re.compile(r"\b(?:about|around|over|some|nearly|almost|roughly)?\s*\d[\d,.]*\s")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|[-/&(]")
#: The longest bracketed aside a list of actors runs through ("South Sudan (UNMISS), and").
_ASIDE_CHARACTERS = 40
SHORT_BRACKET = re.compile(rf"\([^()]{{1,{_ASIDE_CHARACTERS}}}\)")
#: "and" or "or" in the gap between two actors: a list closed by it does not go on after a
#: comma ("Greece and Turkey, NATO allies, ...").
_AND_OR = re.compile(r"\b(?:and|or)\b")
#: A join that adds a second list to one closed by "and": "Somalia and Tanzania, as well as India".
_ADDITION = re.compile(r"\b(?:as well as|along with|plus)\b")
#: The gap ", and" before a list's last actor.
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?")
#: What follows a list's item when the list goes on: a comma, "and", "or", a closing bracket.
_LIST_NEXT = re.compile(r"\s*(?:,|\band\b|\bor\b|\))")
_NOUN_WORD = re.compile(r"[a-z]+")
_NOUN_LEAD = re.compile(r"(?:'s|')?[\s-]*")
_NEXT_WORD = re.compile(r"[\w'-]+\s+")
#: Nouns naming a partner: "its" before them in a clause with a subject of its own is someone
#: else's ("India has become its largest arms supplier").
_PARTNER_NOUNS = (r"(?:supplier|suppliers|partner|partners|ally|allies|backer|backers|protector|"
                  r"guarantor|customer|customers|buyer|buyers)\b")
#: An apposition after an actor: "France, the former colonial power, ...", "Belarus, Russia's
#: closest ally, ..." and, closing the sentence or not, "... to Belarus, its closest ally".
_APPOSITION = re.compile(
    r",\s+((?:the|a|an|both|all|(?:host|home|member)\s+(?:of|to)|(?:[\w.-]+\s+){0,3}?[\w.-]+'s)\s+"
    r"[^,;:()]{1,90}?,)\s*"
    rf"|,\s+((?:its|their)\s+(?:[\w-]+\s+){{0,3}}?{_PARTNER_NOUNS}[^,;:()]{{0,30}}?(?:,|\.?$))\s*"
    # closing the sentence: "..., Tokyo's closest ally."
    r"|,\s+((?:[\w.-]+\s+){0,3}?[\w.-]+'s\s+[^,;:()]{1,60}?[.!?]?[\"']?$)")
#: An aside that opens on a possessor ("China's army ..."), not an article.
_POSSESSOR_OPENS = re.compile(r"(?:[\w.-]+\s+){0,3}?[\w.-]+'s\s")
#: An opening phrase of place, time or purpose, up to an actor it ends on.
_OPENING_PHRASE = re.compile(r"\W*(?:in|for|during|after|before|at|on|under|amid|following|"
                             r"ahead\s+of|despite|since|as\s+part\s+of)\s[^,;:()]*")
#: A bracketed aside after an actor that describes it: "Turkey (a NATO member)", "Greece and
#: Cyprus (both EU members)".
_BRACKETED_APPOSITION = re.compile(r"\s*\(((?:a|an|both|all)\s+[^()]{1,60}?)\)")
#: What closes an aside after a list: a comma, or the sentence's end.
_ASIDE_CLOSES = re.compile(r"\s*,\s*|\s*[.!?]?[\"'”’]?\s*$")
#: An apposition opening the sentence: "A founding member of NATO, Canada agreed ...".
_OPENING_APPOSITION = re.compile(r"(?:as\s+)?(?:the|a|an)\s+([^,;:()]{1,60}?),\s*")
#: An auxiliary or a verb of composition: words holding one are a clause, no apposition ("The
#: bloc is made up of Oman, Kuwait and Qatar", "The bloc consists of ...").
_A_PREDICATE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|consists?|composed|"
                          r"comprised|made\s+up)\b")
#: The first state of a list the opening words are about ("The armies of Mali, ...").
_STATES_LISTED = re.compile(r"\b(?:armies|militaries|navies|forces|troops|juntas|"
                            r"governments|soldiers|units|leaders|presidents|heads\s+of\s+state|"
                            r"heads\s+of\s+government|(?:prime|defen[cs]e|foreign)\s+ministers|"
                            r"ministers|chiefs|commanders|delegations|officials|representatives)"
                            r"\s+(?:of|from)\s+(?:the\s+)?[^,]+,\s*$")
_DETERMINER_ONLY = re.compile(r"both\b(?!\s+(?:countries|nations|governments|sides|states|"
                              r"militaries|armies|navies|air|armed|leaders|capitals|neighbou?rs|"
                              r"partners|allies|defen[cs]e))")
_NOT_ALONE = re.compile(r"\s+(?:of(?!\s+(?:them|these|those)\b)|the|a|an|in|at|to|for|with|"
                        r"sides?)\b")  # "both of them" stands for a pair as "both" does
#: "It" standing for no one: "It is the second time ...", "it was unclear whether ...", "it
#: takes years to procure these aircraft".
_EXPLETIVE_IT = re.compile(
    r"it(?:\s+(?:is|was|has\s+been|had\s+been))\s+(?:the\s+(?:first|second|third|fourth|fifth|"
    r"latest|last|only)|not\s+clear|unclear|understood|believed|thought|likely|unlikely|"
    r"expected|possible|important|estimated|reported|known)\b"
    r"|it\s+(?:usually\s+|often\s+|normally\s+|typically\s+)?(?:takes|took|will\s+take|would\s+take|"
    r"can\s+take|could\s+take)\s+(?:\w+\s+){0,3}?(?:years|months|weeks|days|time|decades)\b")
_EXISTENTIAL = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|may|might|seems?|appears?)\b")
_SPACES = re.compile(r"\s*")
_BRACKETED = re.compile(r"\s\([^()]{1,120}\)\s*")
#: Semicolons, dashes, brackets, the end of a quotation before its attribution ("... will
#: stay," a spokesman said of ...) and the start of one after it (", adding "Usually, it takes
#: years ..."): each side is a clause of its own.
_PUNCTUATION_BREAK = re.compile(r";|:\s+(?=[a-z])|\s[—–-]\s|—|\s\(|\)\s|[,?!][\"”]\s")
#: The start of a quotation after its attribution: apart from _PUNCTUATION_BREAK, whose
#: branches the regex engine finds twice as fast without it, and only where a quotation mark
#: is; the two never match at the same place. Group 1 is the break.
_QUOTE_AFTER_ATTRIBUTION = re.compile(r"(?:adding|saying|noting|stressing)(\s*[,:]?\s+)(?=[\"“])")
#: A colon before a capital breaks a clause after a full clause ("ringed by the alliance:
#: Hungary, Romania ... are members"), not after a label ("Joint Exercises: Drills ...").
_CAPITAL_COLON = re.compile(r":\s+(?=[\"“]?[A-Z])")
_LABEL_WORDS = 6
#: Nouns for a group of states: as a subject ("the two countries and the US have") they and
#: "sides" coordinate; before a colon they and the buyers' nouns list members ("to four
#: countries: the Philippines, ...", which takes the group's preposition and breaks no clause).
_STATE_GROUPS = r"countries|nations|states|governments|allies|partners|neighbou?rs|armies|" \
                r"militaries|navies"
_GROUP_NOUN = re.compile(rf"\b(?:{_STATE_GROUPS}|sides)$")
#: A preposition and a capitalised name no mention covers, opening a list before an actor:
#: "(in) Abyei, the (Central African Republic)".
_UNNAMED_FIRST_ITEM = re.compile(
    r"\b(in|to|at|In|To|At)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Addition|Particular|Total|Short|Response|Turn)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:the\s+)?$")
_UNNAMED_REACH = 40  # characters before an actor searched for such a list's opening
#: A definite phrase for a state opening its clause: "The Sultanate (and Malaysia signed)".
_DEFINITE_STATE = re.compile(r"(?:^|[,;:(]\s*)\W*the\s+(?:[\w-]+\s+){0,2}(?:country|kingdom|"
                             r"sultanate|emirate|republic|nation|principality|archipelago|"
                             r"city-state)$")
_LISTING_NOUN = re.compile(rf"(?:{_STATE_GROUPS}|buyers|customers|recipients|members|operators|"
                           r"users)")
#: A dash that introduces a group's list as a colon does ("from 12 EU states – Austria, ...").
_LIST_DASH = r"(?:\s[—–-]|\s?—)"
_GROUP_COLON = re.compile(rf"\b{_LISTING_NOUN.pattern}\s*(?:\([^()]{{1,40}}\)\s*)?"
                          rf"(?::|{_LIST_DASH})\s*$")
_GROUP_DASH = re.compile(rf"\b{_LISTING_NOUN.pattern}(?={_LIST_DASH}\s*$)")
_AFFILIATE_GAP = 4  # "Japan's Mitsubishi Electric": the company belongs to the country
_PARENTHETICAL = 120  # longest ", which ...," read as an aside
_OPENER_WORDS = 3  # words before "after", "although"... that open a sentence ("Days before")
#: How near a time is, before the words counted as an opener ("Less than a month after").
_APPROXIMATELY = re.compile(r"\s*(?:(?:less|more|fewer)\s+than|just|only|nearly|almost|barely|"
                            r"about|some|around|over|under)\s+")
_MARKER_WINDOW = 80  # characters before an actor searched for its preposition

#: Resolves a coreference chunk ("pair", "alliance", "pronoun", "definite") at a position
#: into parties, given the clauses parsed so far in this sentence.
Resolver = Callable[[str, int, Sequence["Clause"], "Clause"], tuple["Party", ...]]


@dataclass(frozen=True, slots=True)
class Party:
    """An actor a clause names: ``entity`` is the country or organisation it stands for.

    ``host`` is the country a named place lies in (a possible host of forces);
    ``mention`` is None for an actor reached through coreference.
    """

    entity: Entity
    start: int
    end: int
    host: Entity | None = None
    mention: Mention | None = None


@dataclass(slots=True)
class Chunk:
    """One actor or several coordinated actors, with the marks of their role."""

    start: int
    end: int
    parties: tuple[Party, ...]
    marker: str | None = None
    possessive: bool = False
    noun_roles: dict[str, str] = field(default_factory=dict)
    coreference: str | None = None
    state_noun: bool = False
    #: Every actor of the chunk is named by a demonym ("Russian", "Filipino").
    demonyms_only: bool = False
    #: The alliance the chunk's actors lead ("the Russian-led CSTO"), if any.
    leads: Entity | None = None


@dataclass(slots=True)
class Clause:
    """A stretch of a sentence between clause breaks, with its actor chunks.

    ``holes`` are parenthetical clauses inside it ("Kuwait, which the United
    States helped to liberate, also hosts ..."): they belong to a clause of their own.
    """

    start: int
    end: int
    chunks: list[Chunk] = field(default_factory=list)
    holes: tuple[tuple[int, int], ...] = ()

    def contains(self, position: int) -> bool:
        """True if ``position`` lies in this clause and not in one of its holes."""
        return self.start <= position < self.end and not any(
            start <= position < end for start, end in self.holes)

    @property
    def subject(self) -> Chunk | None:
        """The first chunk not introduced by a preposition."""
        return next((chunk for chunk in self.chunks
                     if chunk.marker in (None, "of") and chunk.parties), None)


# ---------------------------------------------------------------- clauses


def _relative(matches: list[tuple[int, int, int]], start: int, end: int
              ) -> list[tuple[int, int, int]]:
    return [(a - start, b - start, number) for a, b, number in matches if b <= end]


@dataclass
class _Breaks:
    """Where clauses begin in a sentence, its parenthetical clauses, and their anchors.

    ``anchors`` maps the start of a clause whose subject stands before it to how it
    refers back: ``"subject"`` (", which joined NATO", ", a member of NATO"),
    ``"possessor"`` (", whose ..."), ``"place"`` (", where ..."), a preposition (", to which
    France donated ...": the actor after "to") or ``"main"`` (a participle
    or a verb after ", and" shares the subject of the clause before it: "Poland bought drones,
    becoming the first ...", "Qatar hosts a base, and has bought jets").
    """

    cuts: list[int] = field(default_factory=list)
    parentheticals: list[tuple[int, int]] = field(default_factory=list)
    #: Cuts made by brackets alone, which a list of actors runs through.
    bracket_cuts: set[int] = field(default_factory=set)
    anchors: dict[int, str] = field(default_factory=dict)


_WHERE_PLACES = frozenset({"in", "to", "at", "into", "inside"})
_RELATIVE = {"which": "subject", "who": "subject", "whose": "possessor", "where": "place"}
#: The marker an anchored actor takes; after a preposition ("to which") it is the preposition.
_ANCHOR_MARKERS: dict[str, str | None] = {"subject": None, "possessor": None, "main": None,
                                          "next": None, "place": "in"}
_ATTRIBUTION_GAP = 3  # words between a comma and "officials said" ("..., Pakistani officials said")
#: Words after "and" + an actor that show a new clause begins ("... and Norway has given").
_CLAUSE_VERB = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would|also|now|still|later|then|did|does|can|could|"
    r"may|might|must|should|itself|themselves|last|recently|subsequently|currently|already|"
    r"reportedly|increasingly|largely|regularly|[a-z]+ed)\b")


#: Common irregular past forms ("and Russia sold", "has frozen its part and bought").
IRREGULAR_PAST = (r"(?:sold|bought|sent|gave|took|held|kept|built|led|won|began|became|lent|"
                  r"sought|spent|made|brought|left|met|fought|flew|struck|got)")
_PAST_VERB = re.compile(rf"{IRREGULAR_PAST}\b")
#: The noun of a demonym subject, before its verb ("French forces", "Kenyan special forces").
_HEAD_NOUN = re.compile(r"(?:[a-z-]+\s+){0,2}?(?=(?:has|have|had|is|are|was|were|will|[a-z]+ed|"
                        rf"{IRREGULAR_PAST})\b)")
#: A verb straight after ", and": the clause goes on with the subject before it.
_ELLIPTICAL = re.compile(r"(?:(?:also|then|later|now|still|recently|subsequently)\s+)*"
                         r"(?:has|have|had|is|are|was|were|will|would|did|does|can|could|may|"
                         rf"might|must|[a-z]{{3,}}ed|{IRREGULAR_PAST}|"
                         # present verbs of ties (not plural nouns: "and troops from Chad")
                         r"hosts|buys|sells|keeps|maintains|operates|supplies|trains|sends|"
                         r"deploys|holds|imports|exports|receives|provides|shares|flies|fields|"
                         r"runs|contributes|belongs|remains|relies|depends|stations|gets)\b")
#: "last year", "last month" after an actor: a time, then the verb if a clause goes on.
_LAST_TIME = re.compile(r"^last\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
                        r"[a-z]+day)\b\s*,?\s*")
_FINITE_VERB = re.compile(rf"\b(?:[a-z]+ed|has|have|had|{IRREGULAR_PAST})\b")
#: A verb inside a phrase: "after Russia invaded", "since it has".
_CLAUSE_VERB_INSIDE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|"
                                 r"[a-z]+s\s+(?:the|a|an|its|their)\b)")
_PREPOSITION_END = re.compile(r"\b(?:to|from|with|for|in|by|against|on|at)\s+(?:the\s+)?$")

#: Verbs listed with commas before ", and": one list goes on ("trained, mentored, and
#: rehabilitated Iraqi troops", "to train, prepare, and rehabilitate"), no clause begins.
_WORD_LIST_BEFORE = re.compile(r"(?:\s[a-z]+ed,\s+[a-z]+ed|\s[a-z]+ing,\s+[a-z]+ing|"
                               r"\sto\s+[a-z]+,\s+[a-z]+),$")
#: An adverb of sequence before the last of gapped actors: ", and finally (North Macedonia in
#: 2020)".
SEQUENCE_ADVERB = re.compile(r"(?:finally|then|lastly|later|most\s+recently)\s+")
#: A preposition right after ", and": the same predicate goes on with another complement.
_SAME_PREDICATE = re.compile(r"\s+(?:also\s+)?with\s+(?:the\s+)?")
#: An auxiliary, and a pronoun or service subject, before an adverb between commas.
_AUXILIARY_END = re.compile(r"\s+(?:does|did|do|has|have|had|is|are|was|were|will|would|can|"
                            r"could)$")
_PRONOUN_END = re.compile(r"\b(?:it|they|the\s+(?:army|navy|air\s+force|military|government))$")
#: A sentence's opening phrase of circumstance, up to its comma: a clause of its own, so its
#: war ("in response to Russia's invasion of Ukraine") does not reach the main clause.
PRELUDE = re.compile(r"(?:in\s+response\s+to|in\s+reaction\s+to|in\s+the\s+wake\s+of|amid|"
                      # "In the week following Secretary Mattis' visit, (Egyptian and ...)"
                      r"in\s+the\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:following|after|"
                      r"before|since|leading\s+up\s+to)|"
                      r"despite|ahead\s+of|because\s+of|in\s+the\s+face\s+of|in\s+light\s+of|"
                      r"in\s+view\s+of|against\s+the\s+backdrop\s+of)\s+[^,;:()]{3,100}?,"
                      # with a second circumstance: "Amid rising tensions, and a blockade by
                      # three GCC countries, (Qatar held ...)"
                      r"(?:\s*and\s+(?:a|an|the)\s+[^,;:()]{3,80}?,)?"
                      # with the list an aside gives: "..., comprising El Salvador, Guatemala
                      # and Honduras, the US ..."
                      r"(?:\s*(?:comprising|including|made\s+up\s+of)\s+(?:[^,;:()]{2,40},\s*)*"
                      r"[^,;:()]{2,40}?\s+and\s+[^,;:()]{2,40}?,)?")
#: A gerund opening a sentence after "besides" and the like, whose subject is the main
#: clause's: "In addition to providing cutters to the Philippines, (Japan ...)".
ADDING_GERUND = r"(?:besides|in\s+addition\s+to|apart\s+from|aside\s+from|as\s+well\s+as)" \
                r"\s+[a-z]+ing"
#: A perfect participle or such a gerund opening a sentence, to its comma: "Having received
#: Russian jets,".
_HAVING = re.compile(rf"(?:having|{ADDING_GERUND})\s[^,;:]{{1,100}}(?=,)")
#: "In" opening a sentence before a country: "In Indonesia, the government signed ...".
_IN_COUNTRY = re.compile(r"(?:in|inside)\s+(?:the\s+)?")
_SERVICE_AFTER = re.compile(r",\s+the\s+(?:government|army|navy|air\s+force|military|"
                            r"authorities|junta|defen[cs]e\s+ministry)\b")
#: ", with" before an actor and "becoming" or "being": a clause with its own subject (not
#: ", with Russia accounting for 31 per cent": part of the statement before it).
_WITH_ABSOLUTE = re.compile(r",\s+with\s+")
_GERUND = re.compile(r"\s+(?:also\s+|now\s+)?(?:becoming|being|remaining|having\s+become)\b")
#: "and" joining a second actor to the first of such a clause, and any gerund after the pair.
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")
_ANY_GERUND = re.compile(r"\s+(?:also\s+|now\s+)?[a-z]{3,}ing\b")
#: ", with the Chinese army playing a pivotal role in training ...": the actor (and the noun of
#: its forces) plays a part in what follows, as a clause of its own.
_ROLE_PLAYED = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:also\s+)?"
                          r"(?:playing|having\s+played|taking)\s+"
                          r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:role|part)\b")
#: What follows an actor standing for a left-out predicate: a number or a time, then the end.
GAP_TAIL = re.compile(r"\s+(?:(?:since|in|from|by|during)\s+)?(?:the\s+)?(?:early\s+|late\s+)?"
                       r"(?:\d[\d,.]*s?|\d{4}s?|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|a\s+dozen)(?:\s+(?:more|each|units|jets|tanks))?"
                       r"\s*(?:[,;.]|\s+and\b|$)")
#: What an actor opposes a tie with: "despite the threat of American sanctions" names no party.
OPPOSING = re.compile(r"(?:'s)?\s+(?:sanctions|embargo|embargoes|objections|opposition|protests)\b")
_GAP_REACH = 40  # characters after an actor searched for the number standing for a predicate
#: The rank of an actor named after a ranking's leader ("and France came in second").
RANK_AFTER = re.compile(r"(?:came|comes|ranked|ranks|placed|finished|was|is)\s+(?:in\s+)?"
                         r"(?:a\s+(?:distant|close)\s+)?(?:second|third|fourth|fifth|next)\b")
#: A verb right after an actor that opens a clause of its own after a comma.
_SPLICE_VERB = re.compile(r"(?:has|have|had|is|was|were|will|became|followed|joined|signed|"
                          r"bought|sold|sent|gave|deployed|received|ordered|trained|supplied|"
                          r"delivered|hosted|hosts|keeps|kept)\b")
_PRONOUN_SUBJECT = re.compile(r"(?:they|it|(?:their|its)\s+[a-z-]+|both\s+[a-z-]+|"
                              r"the\s+two\s+[a-z-]+)\s+")


def _punctuation_breaks(text: str) -> list[tuple[int, str]]:
    """(end, punctuation) of each break punctuation makes, in order."""
    found = [(match.end(), match.group()) for match in _PUNCTUATION_BREAK.finditer(text)]
    if '"' in text or "“" in text:
        found.extend((match.end(1), match.group(1))
                     for match in _QUOTE_AFTER_ATTRIBUTION.finditer(text))
        found.sort()
    return found


#: "not only" opening the list that ", but also" continues.
_NOT_ONLY_BEFORE = re.compile(r"\bnot\s+only\b[^;:.]*$")


def _breaks(text: str, lowered: str, start: int, mentions: Sequence[Mention],
            lexicon: Lexicon, found: list[tuple[int, int, int]]) -> _Breaks:
    """Offsets (absolute) where a new clause begins, with parenthetical clauses and anchors.

    A clause opened by ", which" (", who", ", where") and closed by the next comma
    before the main clause goes on is parenthetical, as is an apposition
    ("France, the former colonial power, keeps ...") and a bracketed aside, unless a clause
    opens right after it ("drones from Turkey (Baykar) and Niger has ordered ..."). The cuts
    brackets alone make are kept apart, for lists that run through them.
    """
    result = _Breaks()
    brackets: set[int] = set()
    for end, punctuation in _punctuation_breaks(text):
        if not _GROUP_COLON.search(lowered, 0, end):
            result.cuts.append(start + end)
            if punctuation.strip() in "()":
                brackets.add(start + end)
    # "(SIPRI), with Russia ...": the clause goes on around a bracketed aside
    for match in _BRACKETED.finditer(text):
        result.cuts.append(start + match.end())
        result.parentheticals.append((start + match.start() + 2, start + match.end()))
        brackets.add(start + match.end())
    others = {cut for cut in result.cuts if cut not in brackets}
    bracketed, asides = len(result.cuts), len(result.parentheticals)
    result.cuts.extend(start + match.end() for match in _CAPITAL_COLON.finditer(text)
                       if len(text[:match.start()].split()) > _LABEL_WORDS
                       and not _GROUP_COLON.search(lowered, 0, match.end()))
    _appositions(lowered, start, mentions, result)
    ends = {mention.end - start: mention for mention in mentions}
    starts = {mention.start - start: mention for mention in mentions}
    result.cuts.extend(start + position for position in _spliced_clauses(lowered, starts))
    for match in _WITH_ABSOLUTE.finditer(lowered):  # ", with Poland becoming the first ...":
        next_word = _next_word(lowered, match.end())
        mention = starts.get(next_word)  # Poland's own clause
        if mention is None or mention.possessive:
            continue
        after = next_word + mention.end - mention.start
        if _GERUND.match(lowered, after) or _ROLE_PLAYED.match(lowered, after) or \
                _pair_acting(lowered, after, starts):
            result.cuts.append(start + match.end())
    participle = _HAVING.match(lowered)
    if participle is not None:  # "Having received Russian jets, Mali turned to Turkey"
        comma = participle.end()
        while comma > 0 and _listed_after(lowered, comma, ends, starts):
            comma = lowered.find(",", comma + 1)  # "Besides training officers of Laos, Myanmar,"
        if comma > 0:
            result.cuts.append(start + comma + 1)
    prelude = PRELUDE.match(lowered)
    if prelude is not None:  # "In response to Russia's invasion of Ukraine, Canada expanded"
        result.cuts.append(start + prelude.end())
    opening = _IN_COUNTRY.match(lowered)
    if opening is not None and opening.end() in starts:
        comma = starts[opening.end()].end - start
        if _SERVICE_AFTER.match(lowered, comma):
            result.cuts.append(start + comma + 1)  # "In Indonesia, the government signed ..."
    for match_start, match_end, number in found:
        where = lexicon.clause_breaks[number]
        before = lowered[:match_start].rstrip()
        position = _break_position(where, lowered, before, match_start, match_end, ends, starts,
                                   lexicon)
        if position is None or (lowered.startswith(" also ", match_end)
                                and _NOT_ONLY_BEFORE.search(before)):
            continue  # "not only from Mali and Niger, but also from Chad": one list goes on
        time_aside = _time_aside(lowered, before, match_end) if where == "always" else None
        if time_aside is not None:
            # "NATO was founded in 1949, after the end of World War II, by 12 countries": an
            # aside with no verb of its own; the clause goes on after it
            result.parentheticals.append((start + position, start + time_aside))
            result.cuts.extend((start + position, start + time_aside))
            continue
        if where == "always" and _aside_after_subject(lowered, before, match_end, ends):
            # "Azerbaijan, meanwhile, buys ...": the adverb is an aside; the clause goes on
            aside_end = lowered.index(",", match_end) + 1
            result.parentheticals.append((start + position, start + aside_end))
            result.cuts.extend((start + position, start + aside_end))
            continue
        result.cuts.append(start + position)
        if where in ("always", "subject_follows") and \
                _opener_words(before.rsplit(",", 1)[-1]) <= _OPENER_WORDS and \
                _opener_words(before.rstrip(" ,").rsplit(",", 1)[-1]) <= _OPENER_WORDS:
            # (not after a whole clause and its comma: "Armenia buys from Russia, while
            # Azerbaijan has been buying arms from Turkey, Pakistan and Israel")
            # "Days before suspending the talks, the UAE ordered ...", "That year, a year after
            # the war, Qatar signed ...": the main clause resumes after the opening clause's comma
            comma = lowered.find(",", match_end)
            if 0 < comma - match_end <= _PARENTHETICAL:
                result.cuts.append(start + comma + 1)
        if (where == "conjunction" or lowered.startswith("but ", match_start)) and \
                before.endswith(",") and _elliptical(lowered, match_end, starts):
            # "Qatar hosts a base, and has bought jets"; "... visited Fiji, but took time to
            # join up for mutual training": the clause before's subject
            result.anchors[start + position] = "main"
        if where in ("comma", "participle"):
            word = lowered[match_start:match_end]
            if word in _RELATIVE or where == "participle":
                result.anchors[start + position] = _RELATIVE.get(word, "main")
            elif word.endswith((" which", " whom")):  # ", to which France donated": "to" it
                result.anchors[start + position] = word.split()[0]
            close = _closing_comma(lowered, match_end, ends, starts)
            if close is not None:
                result.cuts.append(start + close)
                result.parentheticals.append((start + position, start + close))
    clause_cuts = others.union(result.cuts[bracketed:])
    result.bracket_cuts = brackets - clause_cuts
    # "drones from Turkey (Baykar) and Niger has ordered ...": a clause begins right after the
    # brackets, so the one before does not resume there
    result.parentheticals = [(aside_start, aside_end) for index, (aside_start, aside_end)
                             in enumerate(result.parentheticals)
                             if index >= asides or aside_end not in clause_cuts
                             or not text.startswith(("and ", "but ", "or ", "while "),
                                                    aside_end - start)]
    result.cuts = sorted(set(result.cuts))
    return result


def _spliced_clauses(lowered: str, starts: dict[int, Mention]) -> Iterator[int]:
    """Where ", <actor> <verb>" begins a clause after a comma ("Croatia joined in 2009,
    Montenegro became its 29th member in 2017"); in a list of actors a verb follows none but
    the last ("Mali, Niger and Chad signed")."""
    for position, mention in starts.items():
        if not lowered.endswith(", ", 0, position) or mention.possessive or \
                len(lowered[:position - 2].rsplit(",", 1)[-1].split()) <= _OPENER_WORDS:
            continue  # "From Russia, Egypt ordered": an opening phrase, no clause
        tail = lowered[mention.end - mention.start + position:].lstrip()
        if _SPLICE_VERB.match(tail):
            yield position


#: Words that open a time aside between commas ("..., after the end of World War II, ...").
_TIME_ASIDE_WORDS = ("after ", "before ", "since ", "until ")
_TIME_ASIDE = 60  # longest such aside, in characters
#: How such an aside goes on: a determiner or a number, not an actor ("after Australia,
#: Egypt, India": the ones ranked before).
_TIME_ASIDE_OPENS = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|that)\b|\d)")


def _time_aside(lowered: str, before: str, match_end: int) -> int | None:
    """Where an aside of time set off by commas ends, after its closing comma (", after the end
    of World War II,"): a phrase with no verb, inside the clause; else None."""
    opening = lowered.rfind(" ", 0, match_end - 1) + 1
    if not before.endswith(",") or not lowered.startswith(_TIME_ASIDE_WORDS, opening):
        return None
    close = lowered.find(",", match_end, match_end + _TIME_ASIDE)
    if close < 0 or not _TIME_ASIDE_OPENS.match(lowered, match_end) or \
            _FINITE_VERB.search(lowered, match_end, close) or \
            _CLAUSE_VERB_INSIDE.search(lowered, match_end, close):
        return None
    return close + 1


def _aside_after_subject(lowered: str, before: str, match_end: int,
                         ends: dict[int, Mention]) -> bool:
    """True for a sentence adverb set off by commas right after the sentence's first actor
    ("Azerbaijan, meanwhile, buys ...")."""
    if not before.endswith(",") or not lowered[match_end:].lstrip().startswith(","):
        return False
    subject_end = len(before) - 1  # the comma follows the actor directly
    auxiliary = _AUXILIARY_END.search(before, 0, subject_end)
    if auxiliary is not None:  # "It does, however, belong ...", "Egypt has, meanwhile, ..."
        subject_end = auxiliary.start()
    subject = ends.get(subject_end)
    pronoun = _PRONOUN_END.search(before, 0, subject_end)
    if subject is not None:
        length = subject.end - subject.start
    elif pronoun is not None:
        length = pronoun.end() - pronoun.start()
    else:
        return False
    opening = lowered[:subject_end - length].strip()
    opening = opening.removesuffix("the").rstrip()
    return not opening or opening.endswith((";", ":", "—", ",", " and", " but"))


def _elliptical(lowered: str, after: int, starts: dict[int, Mention]) -> bool:
    """True if a verb follows "and" with no subject of its own ("..., and has bought jets")."""
    position = _next_word(lowered, after, skip_the=False)
    verb = _ELLIPTICAL.match(lowered, position)
    return verb is not None and not any(position <= begin < verb.end() for begin in starts)


def _appositions(lowered: str, start: int, mentions: Sequence[Mention], result: _Breaks) -> None:
    """Asides after an actor: "France, the former colonial power, ..." and "Hungary, a member
    of NATO, ..." (an indefinite one may name other actors; it describes the one before it)."""
    for mention in mentions:
        after = lowered[mention.end - start:mention.end - start + 2]
        if "(" in after:  # the cheap look first: most actors are followed by neither
            bracketed = _BRACKETED_APPOSITION.match(lowered, mention.end - start)
            if bracketed is not None:
                result.anchors[start + bracketed.start(1)] = "subject"
            continue
        aside = _APPOSITION.match(lowered, mention.end - start) if after[:1] == "," else None
        if aside is None:
            continue
        group = next(number for number in (1, 2, 3) if aside.group(number) is not None)
        words, begin = aside.group(group), aside.start(group)
        if _POSSESSOR_OPENS.match(words) and \
                _OPENING_PHRASE.fullmatch(lowered, 0, mention.end - start):
            continue  # "For the exercises in Laos, China's army sent": the phrase ends there
        inside = [other for other in mentions if begin <= other.start - start < aside.end()]
        article = words.startswith(("the ", "a ", "an ", "both ", "all ", "its ", "their ",
                                    "host ", "home ", "member "))
        if not article and not (inside and inside[0].start - start == begin
                                and inside[0].possessive):
            continue  # "Belarus, Russia's closest ally," needs the possessor's name first
        if article and inside and not words.startswith(("a ", "an ", "both ", "all ", "host ",
                                                        "home ", "member ")):
            continue  # "France, the United States and ..." lists; "Qatar, host of a US base,"
        end = aside.end()
        if inside and inside[-1].end - start == aside.end(group) - 1:
            # "..., a pact whose members include Ghana, Togo and Niger, ...": the comma after
            # "Ghana" goes on with the list, and the aside ends after it
            listed = _list_end(lowered, start, aside.end(group), mentions)
            closing = _ASIDE_CLOSES.match(lowered, listed) if listed is not None else None
            if listed is not None and closing is None:
                continue
            end = closing.end() if closing is not None else end
        result.parentheticals.append((start + begin, start + end))
        result.cuts.extend((start + begin, start + end))
        result.anchors[start + begin] = "subject"
    opening = _OPENING_APPOSITION.match(lowered)
    if opening is not None and mentions and mentions[0].start - start > opening.start(1) and \
            any(mention.start - start == opening.end() and mention.actor is not None
                for mention in mentions) and \
            not _STATES_LISTED.search(lowered, 0, opening.end()) and \
            not _A_PREDICATE.search(opening.group(1)) and \
            not _list_at_comma(lowered, start, opening, mentions):
        # not "The United Kingdom leads ..., Canada ...", nor a list of the states whose armies
        # act ("The armies of Mali, Burkina Faso and Niger carried out ..."), nor a list that
        # begins right before the comma ("The regional bloc comprises Armenia, Belarus ...",
        # "The nations of Lake Chad – Niger, Chad and Cameroon ...")
        result.parentheticals.append((start, start + opening.end()))
        result.cuts.append(start + opening.end())
        result.anchors[start] = "next"


#: "of" right before an actor: "The prime ministers of Bulgaria, Estonia ...", whose list the
#: opening words are about.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
#: What joins the actors of a list: commas, "and", "the".
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?")


def _opener_words(words: str) -> int:
    """How many words ``words`` has, a leading approximation left out: "less than a month"
    opens a sentence as "a month" does."""
    approximately = _APPROXIMATELY.match(words)
    return len(words[approximately.end() if approximately else 0:].split())


def _list_at_comma(lowered: str, start: int, opening: re.Match[str],
                   mentions: Sequence[Mention]) -> bool:
    """True if the opening words end on an actor that begins a list, not on "of" and an actor
    the list is about ("The prime ministers of Bulgaria, Estonia ... deposited")."""
    last = next((mention for mention in mentions if mention.end - start == opening.end(1)
                 and mention.actor is not None), None)
    return last is not None and not _OF_BEFORE.search(lowered, 0, last.start - start) and \
        _list_goes_on(lowered, start, opening.end(), mentions)


def _list_goes_on(lowered: str, start: int, position: int, mentions: Sequence[Mention]) -> bool:
    """True if a list of actors joined by commas and ending in "and" follows ``position`` (relative
    to ``start``): the actor before it is the list's first item, not an apposition's head ("The
    exercise involves Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan")."""
    return _list_end(lowered, start, position, mentions) is not None


def _list_end(lowered: str, start: int, position: int,
              mentions: Sequence[Mention]) -> int | None:
    """Where the list of actors :func:`_list_goes_on` finds after ``position`` ends (relative
    to ``start``), or None if none follows."""
    after = [mention for mention in mentions if mention.start - start >= position
             and mention.actor is not None]
    end = position
    for mention in after:
        gap = lowered[end:mention.start - start]
        if not _LIST_JOIN.fullmatch(gap):
            break
        if end > position and ("and" in gap.split() or "or" in gap.split()):
            return mention.end - start  # a second item and then "and": a list
        end = mention.end - start
    return None


#: After "which": examples of the group named before ("nations, which include countries like
#: Ghana").
_EXAMPLES_FOLLOW = re.compile(r"\s+(?:include|includes|included)\s+(?:(?:countries|nations|"
                              r"states)\s+)?(?:like|such\s+as)\s+")


def _break_position(where: str, lowered: str, before: str, match_start: int, match_end: int,
                    ends: dict[int, Mention], starts: dict[int, Mention],
                    lexicon: Lexicon) -> int | None:
    """Where a clause-break phrase cuts the sentence, or None if it does not here."""
    comma = before.endswith(",")
    if where in ("comma", "participle"):
        if _EXAMPLES_FOLLOW.match(lowered, match_end):
            return None  # "the African nations, which include countries like Ghana": examples
        return match_start if comma else None
    if where == "conjunction":  # ", and" outside a list of actors, or "and Norway has ..."
        if comma and _SAME_PREDICATE.match(lowered, match_end):
            return None  # "serve with UNIFIL in Lebanon, and with the UN missions in Mali"
        if comma:
            return None if _in_list(lowered, before, match_end, ends, starts) or \
                _WORD_LIST_BEFORE.search(before) or \
                _noun_list_goes_on(lowered, before, match_end, starts) or \
                _ranked_after(lowered, match_end, starts) or \
                _gapped_after(lowered, match_end, starts) else match_start
        return match_start if _new_subject(lowered, before, match_end, ends, starts,
                                           lexicon) else None
    if where == "subject_follows":  # "since Russia launched ...", not "since the Second World War"
        if before.endswith((" as well", " such")):
            return None  # "as well as India", "such as India": a list goes on
        return match_start if _new_subject(lowered, before, match_end, ends, starts,
                                           lexicon, conjunction=False) else None
    if where == "not_number":
        return None if lowered[match_end:].lstrip()[:1].isdigit() else match_start
    if where == "before_last_word":
        return match_start + lowered[match_start:match_end].rstrip().rfind(" ") + 1
    if where == "after_comma":  # "..., Pakistani officials said."
        cut = before.rfind(",")
        between = before[cut + 1:].split() if cut >= 0 else None
        return cut + 1 if between is not None and len(between) <= _ATTRIBUTION_GAP else None
    return match_start


def _noun_list_goes_on(lowered: str, before: str, after: int,
                       starts: dict[int, Mention]) -> bool:
    """True if ", and" ends a list of three or more plural nouns that is no clause: no actor
    right after it and no verb before the next comma ("soldiers, military officers,
    observers, and advisors for 11 UN missions in Congo")."""
    position = _next_word(lowered, after)
    if position in starts or not _NOUN_LIST_BEFORE.search(before):
        return False
    stop = _PHRASE_STOP.search(lowered, position)
    stretch = lowered[position:stop.start() if stop is not None else len(lowered)]
    return not any(_ELLIPTICAL.fullmatch(word) for word in _STRETCH_WORDS.findall(stretch))


#: Two plural nouns, each closing an item of a list, before ", and": "officers, observers,".
_NOUN_LIST_BEFORE = re.compile(r"\b[a-z]{3,}s,\s+(?:[a-z-]+\s+)?[a-z]{3,}s,$")
#: Where a phrase after ", and" ends: a comma, a semicolon, a colon or a sentence's end.
_PHRASE_STOP = re.compile(r"[,;:.!?]")
_STRETCH_WORDS = re.compile(r"[a-z]+")


def _pair_acting(lowered: str, after: int, starts: dict[int, Mention]) -> bool:
    """True if "and" joins a second actor to the one ending at ``after`` and any gerund
    follows the pair (", with South Korea and Japan agreeing to ...")."""
    pair = _AND_NEXT.match(lowered, after)
    other = starts.get(pair.end()) if pair is not None else None
    return other is not None and pair is not None and _ANY_GERUND.match(
        lowered, pair.end() + other.end - other.start) is not None


def _ranked_after(lowered: str, after: int, starts: dict[int, Mention]) -> bool:
    """True if ", and" goes on with an actor's rank in the ranking before it ("the largest
    supplier, and France came in second"): one statement."""
    position = _next_word(lowered, after)
    following = starts.get(position)
    return following is not None and RANK_AFTER.match(
        lowered, _next_word(lowered, position + following.end - following.start)) is not None


def _gapped_after(lowered: str, after: int, starts: dict[int, Mention]) -> bool:
    """True if ", and" goes on with actors standing for the predicate left out before it ("...
    four boats from Australia, and Tonga and Samoa two each"): one statement."""
    position = _next_word(lowered, after)
    adverb = SEQUENCE_ADVERB.match(lowered, position)
    if adverb is not None:  # "..., and finally North Macedonia in 2020"
        position = adverb.end()
    while (following := starts.get(position)) is not None:
        end = position + following.end - following.start
        if GAP_TAIL.match(lowered, end):
            return True
        joined = LIST_GAP.match(lowered, end)
        if joined is None:
            return False
        position = joined.end()
    return False


def _new_subject(lowered: str, before: str, after: int, ends: dict[int, Mention],
                 starts: dict[int, Mention], lexicon: Lexicon, conjunction: bool = True) -> bool:
    """True if "and" (or "since", with ``conjunction`` false) begins a clause with its own
    subject ("... and Norway has also given", "since President Joe Biden reversed")."""
    if conjunction and (_GROUP_NOUN.search(before) or _DEFINITE_STATE.search(before)):
        return False  # "the two countries and the US have", "The Sultanate and Malaysia":
        # coordinated
    actor_before = ends.get(len(before)) if conjunction else None
    if actor_before is not None and not _object_after_verb(
            before[:len(before) - (actor_before.end - actor_before.start)]):
        return False  # "Mali and Niger bought", "troops from Mali and Niger have": coordinated
    position = _next_word(lowered, after)
    title = lexicon.person_title_regex.match(lowered, position)
    if position not in starts and title is not None:
        position = title.end()
    following = starts.get(position)
    if following is None and not conjunction:
        # "officials say their armies now conduct ...": a pronoun subject after the verb
        pronoun = _PRONOUN_SUBJECT.match(lowered, position)
        return pronoun is not None and bool(_CLAUSE_VERB.match(lowered, pronoun.end())
                                            or _PAST_VERB.match(lowered, pronoun.end()))
    if following is None or following.possessive or following.entity.kind == "WeaponSystem":
        return False  # "... basic trainers and the T-50 advanced trainer jets": no new subject
    tail = lowered[position + following.end - following.start:]
    if actor_before is not None and tail.startswith(","):
        return False  # "courses held in Poland and Germany, had trained": an aside closes
    tail = _LAST_TIME.sub("", tail.lstrip(" ,"), count=1)  # "and Mozambique last year."
    head = _HEAD_NOUN.match(tail) if not conjunction else None
    if head is not None:  # "since French forces left", "said Kuwait pilots were training"
        tail = tail[head.end():]
    return bool(_CLAUSE_VERB.match(tail) or _PAST_VERB.match(tail))


def _object_after_verb(before: str) -> bool:
    """True if the text before an actor ends "<verb> ... <preposition>" in its clause:
    the actor is an object ("donated helicopters to Nepal and Russia sold jets")."""
    clause = before[max(before.rfind(mark) for mark in ",;:") + 1:]
    preposition = _PREPOSITION_END.search(clause)
    return preposition is not None and bool(
        _FINITE_VERB.search(clause, 0, preposition.start()))


def _closing_comma(lowered: str, after: int, ends: dict[int, Mention],
                   starts: dict[int, Mention]) -> int | None:
    """End of ", which ...," when the main clause resumes after it (not ", and ...", nor the
    comma of a list of actors: ", which involve troops from Brazil, Chile and Peru,")."""
    comma = lowered.find(",", after)
    while comma >= 0 and (_listed_after(lowered, comma, ends, starts)
                          or lowered[comma - 1:comma + 2:2].isdigit()):  # "about 1,200 troops"
        comma = lowered.find(",", comma + 1)
    if comma < 0 or comma - after > _PARENTHETICAL:
        return None
    rest = lowered[comma + 1:].lstrip()
    # nor where a noun phrase follows that describes what stands before the comma ("..., as the
    # army fights al-Shabab, an al-Qaeda linked group.")
    if not rest or rest.startswith(("and ", "or ", "but ", "while ", "which ", "who ",
                                    "a ", "an ")):
        return None
    return comma + 1 + (len(lowered) - comma - 1 - len(rest))


def _listed_after(lowered: str, comma: int, ends: dict[int, Mention],
                  starts: dict[int, Mention]) -> bool:
    """True if the comma at ``comma`` stands between two actors of a list ("Brazil, Chile"),
    both names or both demonyms (not "closed in on Kabul, Russian troops ...")."""
    if comma not in ends:
        return False
    following = _next_word(lowered, comma + 1)
    if following not in starts or \
            (ends[comma].form == "demonym") != (starts[following].form == "demonym"):
        return False
    # a list goes on after its second item ("Brazil, Chile and Peru") or began before its first
    # ("Brazil, Chile, Peru"); not "... the Taliban, Russia is ...": the aside closes there
    after = following + starts[following].end - starts[following].start
    first = comma - (ends[comma].end - ends[comma].start)
    return bool(_LIST_NEXT.match(lowered, after)) or \
        lowered[:first].rstrip().endswith((",", " and", " or"))


def _next_word(lowered: str, position: int, skip_the: bool = True) -> int:
    """Where the next word begins after ``position``, past spaces (and "the ", by default)."""
    spaces = _SPACES.match(lowered, position)
    position = spaces.end() if spaces else position
    return position + 4 if skip_the and lowered.startswith("the ", position) else position


def _in_list(lowered: str, before: str, after: int, ends: dict, starts: dict) -> bool:
    """True if ", and" ends a list of actors ("Mali, Burkina Faso, and Niger")."""
    last = _actor_start(lowered, len(before) - 1, ends)
    following = starts.get(_next_word(lowered, after))
    if last is None or following is None:
        return False
    previous = ends.get(len(before) - 1)
    if previous is not None and previous.form in _ADJECTIVAL and following.form in _ADJECTIVAL:
        return True  # "involving Pakistani, and Saudi troops": two demonyms share the noun
    previous_text = lowered[:last].rstrip()
    if previous_text.endswith(" the"):  # "Mali, Libya, the Central African Republic, and Syria"
        previous_text = previous_text[:-4].rstrip()
    return previous_text.endswith(",") and \
        _actor_start(lowered, len(previous_text[:-1].rstrip()), ends) is not None


def _actor_start(lowered: str, end: int, ends: dict[int, Mention]) -> int | None:
    """Where the actor ending at ``end`` begins, past a short bracketed aside after it
    ("South Sudan (UNMISS)"), or None if no actor ends there."""
    if lowered.endswith(")", 0, end):
        opening = lowered.rfind("(", max(0, end - _ASIDE_CHARACTERS - 2), end)
        if opening > 0:
            end = len(lowered[:opening].rstrip())
    mention = ends.get(end)
    return None if mention is None else end - (mention.end - mention.start)


# ---------------------------------------------------------------- chunks


def _parties(mention: Mention) -> tuple[Party, ...]:
    entity = mention.actor or mention.host
    if entity is None:
        return ()
    return (Party(entity, mention.start, mention.end, host=mention.host, mention=mention),)


def _actor_mentions(mentions: Sequence[Mention], allow_glued: bool) -> list[Mention]:
    consumed = {mention.lead for mention in mentions if mention.lead is not None}
    kept: list[Mention] = []
    for mention in mentions:
        if mention.start in consumed or (mention.glued and not allow_glued):
            continue
        previous = kept[-1] if kept else None
        if previous is not None and previous.possessive and previous.entity.kind == "Country" \
                and mention.entity.kind in ("Organisation", "Person") \
                and mention.start - previous.end <= _AFFILIATE_GAP:
            continue  # "Japan's Mitsubishi Electric", "Russia's NPO ...": the country acts
        if mention.actor is not None or mention.host is not None:
            kept.append(mention)
    return kept


def _start(mention: Mention) -> int:
    """Where the words standing for an actor begin ("US Defense Secretary Lloyd Austin")."""
    return mention.lead if mention.lead is not None else mention.start


def _closed(joins: list[str], gap: str) -> bool:
    """Whether a list with ``joins`` ended before ``gap``: "Greece and Turkey, NATO allies,"
    is closed; "..., as well as India" begins a second list."""
    return any(_AND_OR.search(join) for join in _since_addition(joins)) and \
        not (_AND_OR.search(gap) or _ADDITION.search(gap)) and "," in gap


def _since_addition(joins: list[str]) -> list[str]:
    """The joins of a list after its last "as well as" ("Kenya and Tanzania, as well as India,
    the UK and the US": a second list begins)."""
    last = max((index for index, join in enumerate(joins)
                if _ADDITION.search(join) or join == " to "), default=-1)
    return joins[last + 1:]  # "ranging from A and B to C, D and E": so does a range's " to "


def _group(text: str, mentions: list[Mention], cuts: Sequence[int],
           asides: Sequence[tuple[int, int]] = ()) -> list[list[Mention]]:
    """Runs of coordinated actors; a run joined by commas alone must be a list ending in "and".

    Short bracketed ``asides`` after actors (whose brackets must not be in ``cuts``) join
    nothing and part nothing ("Darfur (UNAMID), South Sudan (UNMISS) and ..."); an actor
    inside one stands alone.
    """
    groups: list[list[Mention]] = []
    gaps: list[list[str]] = []
    inside: list[list[Mention]] = []
    for mention in mentions:
        if any(aside_start <= mention.start < aside_end for aside_start, aside_end in asides):
            inside.append([mention])
            continue
        crosses = groups and any(groups[-1][-1].end <= cut <= _start(mention) for cut in cuts)
        if groups and not crosses:
            gap = text[groups[-1][-1].end:_start(mention)]
            if asides:
                gap = SHORT_BRACKET.sub("", gap)
            if mention.entity.kind == "Person":  # "Trump and Crown Prince Mohammed bin Salman"
                gap = _TITLE_WORDS.sub("", gap)
            gap = gap.lower()
            if "," in gap and len(gap) > 10:
                gap = _LIST_ASIDE.sub(" ", gap)
            if not gap and groups[-1][-1].form == "prefix" and \
                    text.endswith("-", 0, groups[-1][-1].end):
                gap = "-"  # "Sino-Russian": the prefix's hyphen joins the two
            adjective = mention.form in ("demonym", "prefix") and "the" in gap.split()
            if mention.form == "demonym" == groups[-1][-1].form:
                gap = _COUNT.sub(" ", gap)  # "450 German, 100 Belgian and 250 Dutch troops"
            # the cheap tests first: most gaps are a clause long and coordinate nothing
            if not groups[-1][-1].possessive and not adjective and (
                    (_COORDINATION.match(gap) and not _closed(gaps[-1], gap))
                    or (gap == " to " and _RANGE_OPENED.search(
                        text, max(0, _start(groups[-1][0]) - _RANGE_REACH),
                        _start(groups[-1][0])) is not None)):
                # "ranging from Maldives and Mauritius to Botswana": one list of examples
                groups[-1].append(mention)
                gaps[-1].append(gap)
                continue
        groups.append([mention])
        gaps.append([])
    groups, gaps = _split_gapped(text, groups, gaps)
    result: list[list[Mention]] = []
    for group, joins in zip(groups, gaps, strict=True):
        follows = text[group[-1].end:group[-1].end + 6].lstrip().lower()
        listed = len(group) > 2 or follows.startswith(("and ", "or ", ", and ", ", or "))
        if joins and not listed and not any(_CONJUNCTION.search(join) for join in joins):
            result.extend([mention] for mention in group)  # "From Russia, Egypt ordered ..."
        else:
            result.append(group)
    return sorted(result + inside, key=lambda group: group[0].start) if inside else result


def _split_gapped(text: str, groups: list[list[Mention]], gaps: list[list[str]]
                  ) -> tuple[list[list[Mention]], list[list[str]]]:
    """Groups parted at ", and" before actors that stand for a left-out predicate ("boats from
    Australia, and Tonga and Samoa two each": Tonga and Samoa are no suppliers)."""
    result: tuple[list[list[Mention]], list[list[str]]] = ([], [])
    for group, joins in zip(groups, gaps, strict=True):
        cut = next((index for index, join in enumerate(joins) if _COMMA_AND.fullmatch(join)), None)
        if cut is not None and cut < len(joins) - 1 and \
                GAP_TAIL.match(text[group[-1].end:group[-1].end + _GAP_REACH].lower()):
            result[0].extend((group[:cut + 1], group[cut + 1:]))
            result[1].extend((joins[:cut], joins[cut + 1:]))
        else:
            result[0].append(group)
            result[1].append(joins)
    return result


def first_actors(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The first actor a sentence names with those coordinated with it ("Mali, Burkina Faso and
    Niger have ...": all three), for "they" in the next sentence.

    Examples
    --------
    >>> from graph.extract.mentions import default_finder
    >>> text = "The juntas of Mali, Burkina Faso and Niger turned to Russia."
    >>> [m.entity.name for m in first_actors(text, default_finder().find(text))]
    ['Mali', 'Burkina Faso', 'Niger']
    """
    groups = _group(text, _actor_mentions(mentions, allow_glued=False), ())
    return groups[0] if groups else []


#: Diplomats posted abroad by their state: "the Ambassador of Malaysia to Brunei".
_ENVOYS = frozenset(("ambassador", "ambassadors", "commissioner", "commissioners", "envoy",
                     "envoys", "consul", "attache", "attaché", "charge", "chargé"))
_ENVOY_REACH = 6  # words between the title and "to" ("of the Republic of Malaysia")


#: A civil war a demonym names the country of ("the Second Sudanese Civil War").
_CIVIL_WAR_AFTER = re.compile(r"\s+civil\s+wars?\b")
#: A speaker's title and "of" before a state: "according to the High Commissioner of (India)".
_SOURCE_OF = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,3}of\s+"
                        r"(?:the\s+)?$")


def _envoy_of_before(words: list[str], to_index: int) -> bool:
    """True if ``words[to_index]`` ("to") follows an envoy's title and "of" his state."""
    start = max(0, to_index - _ENVOY_REACH)
    return any(words[at] == "of" and words[at - 1] in _ENVOYS
               for at in range(max(1, start), to_index))


def _marker(lowered: str, clause_start: int, position: int, offset: int,
            lexicon: Lexicon) -> str | None:
    """The role marker before ``position``: a preposition, "and" (coordinated) or None."""
    before = lowered[max(clause_start, position - _MARKER_WINDOW) - offset:position - offset]
    if before.endswith("non-"):
        return "exclude"
    dash = _GROUP_DASH.search(before)
    words = _WORD.findall(before) if dash is None else \
        [*_WORD.findall(before, 0, dash.end()), ":"]
    index = _skipped(words, len(words), lexicon)
    while True:  # "between the Government of India", "to the Armed Forces of Malta": the state
        if index >= 1 and _names_forces(words, index - 1):
            index = _skipped(words, index - 3, lexicon)
        elif index >= 1 and _names_a_state(words, index - 1):
            index = _skipped(words, index - 2, lexicon)
        elif index >= 1 and (the := _described_state_of(words, index - 1, lexicon)) is not None:
            index = _skipped(words, the, lexicon)  # "along with the Baltic states of Latvia"
        else:
            break
    if index >= 2 and words[index - 1] == ":" and words[index - 2] == ")" and "(" in words:
        opening = len(words) - 1 - words[::-1].index("(")  # "five states (in order): Algeria"
        if index - opening <= _ASIDE_WORDS:
            words, index = [*words[:opening], ":"], opening + 1
    if index >= 2 and words[index - 1] == ":" and _LISTING_NOUN.fullmatch(words[index - 2]):
        return _group_marker(words[:index - 1], lexicon)  # "to four countries: the Philippines"
    if index >= 3 and _MARKER_ADVERB.fullmatch(words[index - 2]) and lexicon.markers.get(
            f"{words[index - 3]} {words[index - 1]}") == "exclude":
        return "exclude"  # "turned increasingly to China" as "turned to China"
    phrase = _marker_phrase(words, index, lexicon)
    if phrase == "to" and _envoy_of_before(words, index - 1):
        return "exclude"  # "the High Commissioner of Malaysia to Brunei": a diplomat's post
    if phrase == "of" and _SOURCE_OF.search(before):
        return "exclude"  # "According to the High Commissioner of India, ...": who speaks
    if phrase is not None:
        size = len(phrase.split())
        if size == index and phrase in lexicon.subordinators and \
                len(before) == position - clause_start:
            return None  # "after Manila signed ...": a clause opener, not a preposition
        if lexicon.markers[phrase] == "and":  # "sold to 30 countries, including Ukraine"
            return _group_marker(words[:index - size], lexicon)
        return lexicon.markers[phrase] or None  # "home to": no role
    if index and words[index - 1] in ("and", "or", "&"):
        if index >= 2 and _DATE_WORD.fullmatch(words[index - 2]):
            return "and"  # "in April 2023 and Sweden ...": not "in Sweden"
        back, budget = index - 2, _AND_REACH
        while back >= 0 and budget > 0 and words[back] != ",":
            if _names_a_state(words, back) or _names_forces(words, back):
                back -= 1  # "between the Government of India and ...": no "of" group; "in
                continue  # support of the Armed Forces of the Republic of Moldova and the ..."
            phrase = _marker_phrase(words, back + 1, lexicon)
            if phrase is not None:  # "followed by Azerbaijan (12%) and Greece": not "by";
                return lexicon.markers[phrase]  # "in support of": not "of"
            budget -= words[back] not in _NAME_PARTS
            back -= 1
        return "and"
    return None


#: A range of examples opened before a list: "ranging from (Maldives and Mauritius to ...)".
_RANGE_REACH = 20  # characters of "ranging from the " before a range's first actor
_RANGE_OPENED = re.compile(r"\branging\s+from\s+(?:the\s+)?$")
#: A year, number or month ending a phrase before "and": what follows is no place of it.
_DATE_WORD = re.compile(r"\d[\d,.]*|january|february|march|april|may|june|july|august|"
                        r"september|october|november|december")
_GROUP_REACH = 8  # words back from "including" to the preposition of the group it lists
_ASIDE_WORDS = 10  # words of a bracketed aside between a group's noun and its colon
#: An adverb that may stand inside a two-word marker ("turned increasingly to").
_MARKER_ADVERB = re.compile(r"[a-z]+ly|instead|again|also|now|more")
#: Nouns naming a state by what it is ("the Government of India", "the Kingdom of Morocco").
_STATE_HEADS = frozenset(["government", "governments", "republic", "kingdom", "state"])
#: Words read back from "and" for the marker of the actor before it, not counting
#: the words of a state's or its forces' name (``_NAME_PARTS``).
_AND_REACH = 5
_NAME_PARTS = frozenset(["the", *_STATE_HEADS, "armed", "forces", "air"])


def _marker_phrase(words: list[str], end: int, lexicon: Lexicon) -> str | None:
    """The longest marker phrase that ends right before ``words[end]``, if any."""
    if not end or words[end - 1] not in lexicon.marker_ends:
        return None  # the cheap test first: most words end no marker
    return next((phrase for size in range(min(lexicon.longest_marker, end), 0, -1)
                 if (phrase := " ".join(words[end - size:end])) in lexicon.markers), None)


def _names_forces(words: list[str], index: int) -> bool:
    """True if ``words[index]`` is the "of" of "the Armed Forces of", "the Air Forces of"."""
    return words[index] == "of" and index >= 2 and \
        words[index - 2:index] in (["armed", "forces"], ["air", "forces"])


def _names_a_state(words: list[str], index: int) -> bool:
    """True if ``words[index]`` is the "of" of "the Government of", "the Kingdom of"."""
    return words[index] == "of" and index > 0 and words[index - 1] in _STATE_HEADS


#: Heads of a phrase describing a state (or states) before "of" and its name: "the east African
#: country of (Djibouti)", "the Baltic states of (Latvia, Lithuania and Estonia)".
_DESCRIBED_HEADS = frozenset(["country", "countries", "nation", "nations", "state", "states",
                              "kingdom", "island", "islands", "archipelago", "emirate",
                              "sultanate", "republic", "republics"])
_DESCRIPTOR_WORDS = 3  # words between "the" and the head: "the (east African) country of"


def _described_state_of(words: list[str], index: int, lexicon: Lexicon) -> int | None:
    """Where "the" stands if ``words[index]`` is the "of" of "the east African country of",
    "the Baltic states of" (the words between say where they lie), else None."""
    if words[index] != "of" or index < 2 or words[index - 1] not in _DESCRIBED_HEADS:
        return None
    for the in range(index - 2, max(-1, index - 3 - _DESCRIPTOR_WORDS), -1):
        if words[the] == "the":
            described = " ".join(words[the + 1:index - 1])
            fits = bool(described) and lexicon.described_countries(described) is not None
            return the if fits else None
    return None


def _skipped(words: list[str], index: int, lexicon: Lexicon) -> int:
    """``index`` moved back over the words that may stand between a marker and an actor."""
    while index and (words[index - 1] in lexicon.skip_words
                     or words[index - 1].endswith(lexicon.skip_suffixes)
                     or words[index - 1].startswith(lexicon.skip_prefixes)):
        index -= 1
    return index


def _group_marker(words: list[str], lexicon: Lexicon) -> str:
    """The preposition of the group an example belongs to ("to more than 30 countries, including
    ..."), or "and" when the group is an actor named before ("NATO allies including ...")."""
    reach = words[-_GROUP_REACH:]
    for index in range(len(reach) - 1, -1, -1):
        word = reach[index]
        if _names_a_state(reach, index):
            continue  # "between the Government of India and ...": no "of" group
        if word == "at" and reach[index + 1:index + 2] in (["least"], ["most"]):
            continue  # "to at least 30 countries": a number, not a place
        marker = lexicon.markers.get(word)
        if marker is not None and marker not in ("and", "exclude"):
            return marker
        if word in ("and", "or") and _joins_regions(reach, index, lexicon):
            continue  # "in African and Middle Eastern countries including ...": one group
        if word in (";", "and", "or"):
            break
    return "and"


def _joins_regions(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """True if the "and" at ``words[index]`` joins two regions' adjectives ("African and
    Middle Eastern")."""
    return index > 0 and \
        lexicon.described_countries(words[index - 1]) is not None and \
        lexicon.described_countries(" ".join(words[index + 1:])) is not None


def _noun_roles(lowered: str, end: int, offset: int, lexicon: Lexicon, possessive: bool,
                weapon_after: bool) -> dict[str, str]:
    """Roles told by the noun after an actor ("Russian instructors", "Qatar's air base")."""
    following = lowered[end - offset:end - offset + 60]
    roles: dict[str, str] = {"ArmsTransfer": "source"} if weapon_after else {}
    if lexicon.role_noun_words.isdisjoint(_NOUN_WORD.findall(following)[:5]):
        return roles
    lead = _NOUN_LEAD.match(following)
    position = lead.end() if lead else 0
    for words_before in range(4):
        match = lexicon.role_noun_regex.match(following[position:])  # after "-": "Chinese-made"
        if match and match.lastgroup:
            noun = lexicon.role_nouns[int(match.lastgroup[1:])]
            if words_before <= noun.gap and (possessive or not noun.possessive_only):
                for tie_type in noun.types:
                    roles.setdefault(tie_type, noun.role)
        word = _NEXT_WORD.match(following, position)
        if word is None or word.group().rstrip() in _NOUN_PHRASE_ENDS:
            break  # "provides Egypt with military financing": Egypt has no financing role
        if possessive and word.group().rstrip().removesuffix("'s").removesuffix("’s") in \
                OWNED_FORCES:
            # "has given Georgia's army military aid": the aid is not Georgia's; "the US
            # military's base": the forces' own base, which no one hosts
            break
        position = word.end()
    return roles


_NOUN_PHRASE_ENDS = frozenset(("with", "to", "from", "for", "in", "at", "by", "on", "into",
                               "against", "through", "under", "over",
                               # a verb ends it too: "the Lebanese army receives aid" is no
                               # Lebanese aid
                               "is", "are", "was", "were", "has", "have", "had", "receives",
                               "received", "receive", "receiving", "gets", "got", "accepts",
                               "accepted", "obtains", "obtained", "welcomes", "welcomed"))
def _possessed_by(possessor: Chunk, lowered: str, position: int, offset: int) -> bool:
    """True if the actor at ``position`` is what ``possessor``, marked by a preposition other
    than "of", possesses ("between Israel and Lebanon's Shiite Hezbollah")."""
    return possessor.possessive and possessor.marker not in (None, "of") and \
        _POSSESSED_GAP.fullmatch(lowered, possessor.end - offset, position - offset) is not None


#: Between a possessor and an actor it possesses: "'s", at most two words ("'s Shiite").
_POSSESSED_GAP = re.compile(r"(?:'s|’s|'|’)?\s+(?:[a-z-]+\s+){0,2}")
#: A force a possessive owns ends its noun phrase: a noun after it is a second object.
OWNED_FORCES = frozenset(("army", "navy", "forces", "troops", "soldiers", "police",
                           "government", "marines", "military"))
_SPACE = re.compile(r"[\s-]+")
_ADJECTIVAL = ("demonym", "prefix")  # forms of a state's name that modify a noun
#: Those who govern a state, named by its seat, opening a clause: "authorities in Baghdad"
#: (after an opening phrase's comma too: clause_breaks.csv opens a clause there).
_RULERS_IN = re.compile(r"\W*(?:the\s+)?(?:authorities|government|leaders|leadership|rulers|"
                        r"officials|military\s+officials|defen[cs]e\s+officials)\s+in\s+")
#: A base noun after a demonym, and the preposition of its place: "French army bases in".
_BASE_AFTER = re.compile(r"\s+(?:(?:military|army|naval|navy|air|air force|marine)\s+)?"
                         r"(?:base|bases|camp|camps|garrison|garrisons|outpost|outposts)"
                         r"\s+(?:in|at|near)\s+(?:the\s+)?")
_LOCATIVE_MARKERS = ("in", "at", "on")
#: What a state's name modifies after "in" when it names whose money, arms or schools they
#: are, not a place: "$425 million a year in US military aid", "educating officers in UK
#: military schools".
_FUNDS_AFTER = re.compile(r"\s+(?:(?:military|defen[cs]e|security|foreign|economic|army|naval|"
                          r"war|staff)\s+)?"
                          r"(?:aid|assistance|funding|financing|loans?|grants?|credits?|"
                          r"subsidies|arms|weapons|weaponry|hardware|equipment|schools?|"
                          r"academy|academies|colleges?|universities|institutes?)\b")
_HEAD_GAP = 2  # words between a demonym and its noun ("Emirati special operations troops")


def _state_noun(lowered: str, end: int, offset: int, lexicon: Lexicon) -> bool:
    """True if a noun of ``demonym_heads.csv`` follows within two words ("Somali army")."""
    following = lowered[end - offset:end - offset + 60]
    position = 0
    for _ in range(_HEAD_GAP + 1):
        space = _SPACE.match(following, position)
        if space is None:
            return False
        if lexicon.demonym_head_regex.match(following, space.end()):
            return True
        word = _WORD.match(following, space.end())
        if word is None:
            return False
        position = word.end()
    return False


def _weapon_follows(text: str, end: int, weapon_starts: Sequence[int]) -> bool:
    """True if a weapon system is named right after ``end`` ("the Korean AS21 Redback")."""
    return any(0 <= start - end <= 3 and not text[end:start].strip(" -")
               for start in weapon_starts)


def _coreference_chunks(lowered: str, offset: int, lexicon: Lexicon,
                        taken: list[tuple[int, int]], matches: list[tuple[int, int, int]]
                        ) -> list[tuple[int, int, str]]:
    found = []
    for match_start, match_end, number in matches:
        start, end = offset + match_start, offset + match_end
        kind = lexicon.coreference[number]
        if any(a < end and start < b for a, b in taken):
            continue
        if kind == "there" and _EXISTENTIAL.match(lowered, match_end):
            continue  # "there is no sign ..."
        if kind == "pronoun" and _EXPLETIVE_IT.match(lowered, match_start):
            continue  # "It is the second time the United States has sent ...": nobody
        if kind == "pair" and _DETERMINER_ONLY.match(lowered, match_start) and (
                _NOT_ALONE.match(lowered, match_end)
                or any(0 <= a - end <= 5 for a, _b in taken)):
            continue  # "both Mali and Niger", "both of them": not "both took part"
        found.append((start, end, kind))
    return found


def _with_asides(clauses: list[Clause], parentheticals: list[tuple[int, int]]) -> list[Clause]:
    """Join the two halves of a clause around each parenthetical one."""
    for aside_start, aside_end in parentheticals:
        before = next((c for c in clauses if c.end == aside_start), None)
        after = next((c for c in clauses if c.start == aside_end), None)
        if before is None or after is None:
            continue
        joined = Clause(before.start, after.end, holes=(*before.holes, (aside_start, aside_end)))
        clauses = [joined if c is before else c for c in clauses if c is not after]
    return sorted(clauses, key=lambda clause: clause.start)


def parse_sentence(text: str, start: int, end: int, mentions: Sequence[Mention],
                   lexicon: Lexicon | None = None, resolve: Resolver | None = None,
                   allow_glued: bool = False, scan: Scan | None = None) -> list[Clause]:
    """Clauses of ``text[start:end]`` with their actor chunks.

    Parameters
    ----------
    text : str
        The whole article (offsets are absolute).
    start, end : int
        The sentence.
    mentions : sequence of Mention
        Mentions inside the sentence, in order.
    lexicon : Lexicon, optional
        The bundled one by default.
    resolve : callable, optional
        Turns coreference phrases ("both governments", "it") into parties;
        without it they are ignored.
    allow_glued : bool
        Keep names glued to table-tag remnants ("Kenyatd"): only for table rows.
    scan : Scan, optional
        The lexicon scan of the whole text (:meth:`Lexicon.scan`), made here if not given.
    """
    lexicon = lexicon or default_lexicon()
    scan = scan or lexicon.scan(match_text(text))
    sentence = text[start:end]
    lowered = scan.lowered[start:end]
    restated = _restated(text, mentions)
    if restated:  # read "the United Arab Emirates (UAE), Greece" as if the bracket were not there
        mentions = [mention for mention in mentions if mention not in restated]
        for mention in restated:
            sentence, lowered = (_blank(part, mention.start - 2 - start, mention.end + 1 - start)
                                 for part in (sentence, lowered))
        text = text[:start] + sentence + text[end:]
    for bracket_start, bracket_end in _origin_brackets(sentence, start, mentions):
        # "1,800 troops (from Germany, Belgium and Norway)": read as if unbracketed
        for offset in (bracket_start, bracket_end - 1):
            sentence, lowered = (_blank(part, offset, offset + 1) for part in (sentence, lowered))
        text = text[:start] + sentence + text[end:]
    breaks = _breaks(sentence, lowered, start, mentions, lexicon,
                     _relative(scan.within("breaks", start, end), start, end))
    cuts = [start, *breaks.cuts, end]
    clauses = _with_asides([Clause(a, b) for a, b in itertools.pairwise(cuts) if b > a],
                           breaks.parentheticals)
    actors = _actor_mentions(mentions, allow_glued)
    weapon_starts = [mention.start for mention in mentions
                     if mention.entity.kind == "WeaponSystem"]
    pieces: list[tuple[int, int, tuple[Party, ...], bool, str | None]] = []
    asides = [(aside_start, aside_end) for aside_start, aside_end in breaks.parentheticals
              if text[aside_start - 1] == "(" and aside_end - aside_start <= _ASIDE_CHARACTERS]
    inside = {cut for cut in breaks.bracket_cuts if any(aside_start <= cut <= aside_end
                                                        for aside_start, aside_end in asides)}
    for group in _group(text, actors, [cut for cut in cuts[1:-1] if cut not in inside],
                        asides):
        parties = tuple(party for mention in group for party in _parties(mention))
        possessive = group[-1].possessive or bool(_SERVICE_POSSESSIVE.match(lowered,
                                                                         group[-1].end - start))
        pieces.append((_start(group[0]), group[-1].end, parties, possessive, None))
    taken = [(mention.start, mention.end) for mention in actors]
    mention_starts = {mention.start - start: mention for mention in actors}
    references = _relative(scan.within("coreference", start, end), start, end)
    for ref_start, ref_end, ref_kind in _coreference_chunks(lowered, start, lexicon, taken,
                                                            references):
        possessive = lowered.startswith("'s", ref_end - start) or \
            lowered[ref_end - start - 3:ref_end - start] in ("its", "eir", "our")
        pieces.append((ref_start, ref_end, (), possessive, ref_kind))
    for piece_start, piece_end, parties, possessive, kind in sorted(pieces, key=lambda p: p[0]):
        clause = next((c for c in clauses if c.contains(piece_start)), None)
        if clause is None:
            continue
        marker = _marker(lowered, clause.start, piece_start, start, lexicon)
        if marker is None and len(parties) > 1 and (unnamed := _UNNAMED_FIRST_ITEM.search(
                text, max(clause.start, piece_start - _UNNAMED_REACH), piece_start)) and \
                not any(unnamed.start() <= mention.start < piece_start for mention in actors):
            marker = unnamed.group(1).lower()  # "in Abyei, the Central African Republic, ...":
            # a list whose first place the gazetteer does not know keeps its preposition
        if marker == "exclude" and parties and all(_a_city(party) for party in parties) and \
                lowered[:piece_start - start].endswith(("outside ", "outside the ")):
            marker = "in"  # "a base outside Doha" is in Qatar; "outside Ukraine" is not
        if marker == "in" and _RULERS_IN.fullmatch(lowered, clause.start - start,
                                                    piece_start - start):
            marker = None  # "Authorities in Baghdad have struck a deal": the state acts
        described = _described_actor(lowered, piece_end - start, lexicon, mention_starts)
        if clause.chunks and described is not None:
            # "a member of the Moscow-led CSTO": Moscow only describes the CSTO (as a subject,
            # "the Kenyan-led mission deployed", or before a group that is no actor, "from an
            # Italian-led consortium", the leader takes part)
            marker = "exclude"
        elif marker in ("to", "for") and lowered.startswith(LEADS, piece_end - start) and \
                not _LED_FORCE.match(lowered, piece_end - start):
            marker = "exclude"  # "contributing to US-led peacekeeping initiatives": led, not
            # given to (but "to the German-led battlegroup": its leader's forces are there too)
        if marker == "and":
            marker = clause.chunks[-1].marker if clause.chunks else None
        elif marker is None and clause.chunks and _possessed_by(clause.chunks[-1], lowered,
                                                                 piece_start, start):
            # "between Israel and Lebanon's Shiite Hezbollah", "to India's neighbour China":
            # the possessor's preposition governs what it possesses
            marker = clause.chunks[-1].marker
        roles = _noun_roles(lowered, piece_end, start, lexicon, possessive,
                            _weapon_follows(text, piece_end, weapon_starts))
        chunk = Chunk(piece_start, piece_end, parties, marker, possessive, roles, kind)
        if described is not None and described[0] == LEADS and \
                described[1].entity.category in _BLOCS:
            chunk.leads = described[1].entity  # "the Russian-led CSTO": Russia is a member
        chunk.demonyms_only = bool(parties) and all(  # "Indo-" is a demonym too
            party.mention is not None and party.mention.form in _ADJECTIVAL for party in parties)
        if chunk.demonyms_only:  # "the Somali army", "an Italian-led consortium": the state
            chunk.state_noun = _state_noun(lowered, piece_end, start, lexicon) or \
                lowered.startswith(lexicon.skip_suffixes, piece_end - start) or \
                _PEOPLE.match(lowered, max(0, piece_start - start - 4)) is not None or \
                _PLURAL_PEOPLE.match(lowered, piece_end - start) is not None
        if chunk.demonyms_only and marker in _LOCATIVE_MARKERS and \
                (base := _BASE_AFTER.match(lowered, piece_end - start)) is not None and \
                base.end() in mention_starts:
            # "stationed at French army bases in Senegal": the bases' owner, where the place is
            # named apart (not "at a Jordanian air base", which is in Jordan)
            chunk.marker = None
        if chunk.demonyms_only and chunk.marker is None and \
                _CIVIL_WAR_AFTER.match(lowered, piece_end - start):
            chunk.marker = "exclude"  # "In the Second Sudanese Civil War, ...": where, no actor
        if marker in _LOCATIVE_MARKERS and not possessive and \
                _FUNDS_AFTER.match(lowered, piece_end - start):
            chunk.demonyms_only = True  # "in US military aid": whose aid, as "American aid"
        if kind == "pronoun" and possessive and clause.chunks and marker is None and \
                _PARTNER_NOUN.match(lowered, piece_end - start):
            kind = "possessor"  # "India has become its largest arms supplier": someone else's
        if kind == "service" and _NOUN_AFTER_SERVICE.match(lowered, piece_end - start):
            continue  # "the military base", "the army chief": an adjective, not the state
        if kind == "service" and marker in _RECEIVING and clause.chunks:
            kind = "served"  # "Rome handed patrol boats to the coast guard": the country's
        if kind in ("pronoun", "service") and (clause.chunks or marker is not None):
            continue  # "it" stands in only as a clause's subject ("It still keeps ...")
        if kind == "object" and not clause.chunks:
            continue  # "them" is an object: a clause names its subject first
        if kind == "there":
            chunk.marker = "in"
        if kind is not None:
            chunk.parties = resolve(kind, piece_start, clauses, clause) if resolve else ()
            if not chunk.parties:
                continue
        clause.chunks.append(chunk)
    _anchor(clauses, breaks.anchors, lowered, start)
    return clauses


def _restated(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Acronyms in brackets restating the actor named right before them ("the United Arab
    Emirates (UAE)"): one actor, named twice."""
    return [mention for previous, mention in itertools.pairwise(mentions)
            if previous.entity == mention.entity and text[previous.end:mention.start] == " ("
            and text.startswith(")", mention.end)]


#: Brackets naming where forces come from, and what may join the names listed inside.
_ORIGIN_BRACKET = re.compile(r"\(from\s[^()]{3,400}\)")
_LIST_GLUE = re.compile(r"(?:\s|,|;|\band\b|\bthe\b)*")


def _origin_brackets(sentence: str, start: int,
                     mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Brackets that list where the forces before them come from ("(from Canada, Albania and
    Italy)"), relative to the sentence: only actors, commas and "and" inside."""
    found = []
    for match in _ORIGIN_BRACKET.finditer(sentence):
        inside = [m for m in mentions
                  if match.start() + start < m.start and m.end < match.end() + start]
        rest, cursor = [], match.start() + len("(from ")
        for mention in inside:
            rest.append(sentence[cursor:mention.start - start])
            cursor = mention.end - start
        rest.append(sentence[cursor:match.end() - 1])
        if inside and all(_LIST_GLUE.fullmatch(piece) for piece in rest):
            found.append((match.start(), match.end()))
    return found


def _blank(part: str, begin: int, end: int) -> str:
    """``part`` with ``[begin, end)`` replaced by spaces (offsets stay as they were)."""
    return part[:begin] + " " * (end - begin) + part[end:]


def _a_city(party: Party) -> bool:
    """True for an actor named by a capital or a city (a place in a country)."""
    return party.mention is not None and (party.mention.form == "capital" or (
        party.mention.entity.kind == "Place" and party.host is not None))


_MODIFIER_GAP = re.compile(r"\s+(?:the\s+)?")
#: Markers of a recipient, after which "the army" is the armed service of the country the
#: article is about ("handed patrol boats to the coast guard").
_RECEIVING = frozenset({"to", "for"})
#: A noun after "the army" or "the military" that makes it an adjective ("the military base").
_NOUN_AFTER_SERVICE = re.compile(
    r"\s+(?:base|bases|chief|chiefs|commander|commanders|officer|officers|government|junta|"
    r"spokesman|spokeswoman|presence|aid|assistance|equipment|hardware|personnel|units|forces|"
    r"facility|facilities|academy|academies|exercise|exercises|drills|cooperation|ties|relations|"
    r"budget|spending|leadership|leaders|ruler|rulers|regime|council|service|stocks)\b")
#: A partner noun after "its"/"their" in a clause with a subject of its own: the possessor is
#: someone named before ("India has become its largest arms supplier").
_PARTNER_NOUN = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{_PARTNER_NOUNS}")
#: Forces after "-led": "-led multinational battlegroup", "-led coalition".
_LED_FORCE = re.compile(r"-led\s+(?:[\w-]+\s+){0,2}?(?:battle\s*groups?|forces?|missions?|"
                        r"coalitions?|brigades?|battalions?|contingents?|operations?|"
                        r"task\s+forces?|troops)\b")
#: The suffix of an actor leading what it describes ("the Russian-led CSTO": a member).
LEADS = "-led"
#: A service between an actor and "'s" ("the US Army's headquarters"): the actor possesses.
_SERVICE_POSSESSIVE = re.compile(r"\s+(?:army|navy|air force|marine corps|marines|coast guard|"
                                 r"military|armed forces|special forces|defen[cs]e ministry)"
                                 r"(?:'s|')")
_BLOCS = ("Alliance", "IntergovernmentalOrganisation")


def _described_actor(lowered: str, end: int, lexicon: Lexicon, starts: dict[int, Mention]
                     ) -> tuple[str, Mention] | None:
    """("-led", the actor) if a word of ``lexicon.skip_suffixes`` follows ``end`` and an actor
    follows it ("Moscow-led Collective Security Treaty Organization")."""
    suffix = next((suffix for suffix in lexicon.skip_suffixes
                   if lowered.startswith(suffix, end)), None)
    if suffix is None:
        return None
    gap = _MODIFIER_GAP.match(lowered, end + len(suffix))
    return (suffix, starts[gap.end()]) if gap is not None and gap.end() in starts else None


def _anchor(clauses: list[Clause], anchors: dict[int, str], lowered: str, offset: int) -> None:
    """Give a relative clause or apposition the actor it describes as its first chunk.

    "Sweden, which joined NATO in 2024, ...": Sweden is the subject of "joined";
    ", whose ..." makes it a possessor, ", where ..." a place ("in").
    """
    chunks = sorted((chunk for clause in clauses for chunk in clause.chunks),
                    key=lambda chunk: chunk.start)
    for position, how in anchors.items():
        aside = next((clause for clause in clauses if clause.start == position), None)
        if how == "main":
            main = next((clause for clause in clauses if clause.contains(position - 1)), None)
            before = [main.subject] if main is not None and main.subject is not None else []
        elif how == "next":  # the opening apposition describes the actor right after it
            before = [chunk for chunk in chunks if aside is not None and
                      chunk.start >= aside.end and not chunk.coreference][:1]
        else:
            before = [chunk for chunk in chunks if chunk.end <= position and not chunk.coreference
                      and not lowered[chunk.end - offset:position - offset].strip(" ,()")]
        if aside is None or not before:
            continue
        head = before[-1]
        if how == "subject" and head.marker == "between":
            continue  # "an agreement between Spain and Ukraine, which commits Spain to": the pact
        if how == "place" and not any(party.host is not None or party.entity.kind == "Country"
                                      for party in head.parties):
            continue
        # "..., and Romania, where": the last named; but "redeployed in Kenya and Djibouti,
        # where": the places the preposition names, all of them
        parties = head.parties[-1:] if how == "place" and head.marker not in _WHERE_PLACES \
            else head.parties
        # The actor after an opening apposition stands at its start, as if named first.
        span = (aside.start, aside.start) if how == "next" else (head.start, head.end)
        aside.chunks.insert(0, Chunk(*span, parties, _ANCHOR_MARKERS.get(how, how),
                                     possessive=how == "possessor", state_noun=head.state_noun,
                                     demonyms_only=head.demonyms_only))

"""Finding the entities an article names, with their exact offsets.

:class:`MentionFinder` compiles every surface form of the gazetteer (names,
aliases, codes, capitals, demonyms, prefixes such as "Russo-") into one regular
expression shaped as a character trie, so an article is scanned once whatever
the number of names. Small detectors add what no table can list: people
named after a title ("Defence Minister Aden Duale"), weapon designations
followed by a weapon noun ("Mi-171 helicopters"), ships named after a navy's
prefix ("INS Kirpan", prefixes in ``data/gazetteer/ship-prefixes.csv``) and
ship classes ("Pohang-class").

Examples
--------
>>> from graph.extract.mentions import default_finder
>>> finder = default_finder()
>>> text = ("Russian advisers trained Mozambican troops; "
...         "Moscow sent Su57 jets and Zircon-2 missiles.")
>>> [(text[m.start:m.end], m.entity.name, m.form) for m in finder.find(text)]
[('Russian', 'Russia', 'demonym'), ('Mozambican', 'Mozambique', 'demonym'),
 ('Moscow', 'Moscow', 'capital'), ('Su57', 'Su-57', 'alias'),
 ('Zircon-2', 'Zircon-2', 'designation')]
>>> actor_of(finder.find(text)[2].entity).name
'Russia'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from graph.gazetteer import Gazetteer, default_gazetteer, read_table, unaccented
from graph.model import Entity
from graph.namespaces import slug
from graph.resources import data_dir

from .lexicon import Lexicon, default_lexicon
from .patterns import LIST_GAP, match_text, trie_regex

__all__ = ["Form", "Mention", "MentionFinder", "actor_of", "default_finder", "host_of"]


def _word_start_alternatives(words: Iterable[str]) -> str:
    r"""A regex alternation of ``words``, each matched only after a word boundary (``\b``).

    A word opening with a letter or digit has its boundary checked just after that character
    ("B(?<!\w.)y"): a pattern whose every alternative opens with a literal lets the regex
    engine skip quickly to those characters instead of trying the pattern at each position.
    """
    return "|".join(
        rf"{re.escape(word[0])}(?<!\w.){re.escape(word[1:])}" if re.match(r"\w", word)
        else rf"\b{re.escape(word)}" for word in words)


#: Suffixes a name may carry: possessive, plural, and the remnants of table-cell tags that
#: garble flattened tables ("Kenyatd United States").
_SUFFIX = r"(?P<suffix>'s|'|s|td|th|tr|d)?"
_GLUE = frozenset({"td", "th", "tr", "d"})
_ERA = re.compile(r"-(?:era|style|vintage)\b", re.IGNORECASE)
#: What a demonym after "former" describes when it names states that were part of another
#: ("former Soviet republics", "former French colonies").
_FORMER_PART = re.compile(r"\s+(?:states?|republics?|countries|country|nations?|colon(?:y|ies)|"
                          r"bloc|satellites?|territor(?:y|ies)|members?)\b", re.IGNORECASE)
_FORMER_BEFORE = re.compile(r"\b(?:former\s+|ex-)$", re.IGNORECASE)
#: A demonym naming a language: "its Portuguese acronym", "French-speaking".
_LANGUAGE = re.compile(r"\s+(?:acronyms?|names?|words?|languages?|translations?|initials|terms?|"
                       r"speakers|spelling|abbreviations?|dialects?)\b|-speaking\b",
                       re.IGNORECASE)
_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "de", "da", "das", "dos", "du", "van", "von", "der", "del", "la",
     "le", "di"])
#: A capital first, then the check that no letter or hyphen precedes it: a pattern opening with
#: a character class lets the regex engine skip to capitals instead of trying every position.
#: The letters after it are possessive (``{0,6}+``): giving some back could only put a letter
#: where a hyphen or digit must come, and a capital opening a plain word fails at once.
_DESIGNATION = re.compile(
    r"[A-Z](?<![\w-].)(?:[A-Za-z]{0,6}+-?\d{1,4}(?:[A-Z]{1,3}\d{0,3})?(?:/[A-Z]{1,2})?"
    r"|(?<=T)ype[ -]\d{2,3}[A-Z]{0,2}(?:/[A-Z]{1,2})?)(?P<plural>s)?(?![\w-])")
#: A variant suffix after a designation's number ("T-50IQ", "F-15QA", "JF-17C", "Su-30MK2").
_VARIANT = re.compile(r"(?<=\d)[A-Z]{1,3}\d{0,3}(?:/[A-Z]{1,2})?$")
_DATELINE = 4  # letters a capital in capitals ("DOHA —" in a dateline) must have
_NAME_WORD = re.compile(r"\s+([^\W\d_][\w'’.-]*)")
_PHRASE_END = re.compile(r"[;:,.()!?]")
_ARABIC_ARTICLE = re.compile(r"(?<![\w-])[AaEe]l-$")
_CURRENCY = re.compile(r" ?\$ ?\d")
_CODE_LENGTH = 3  # a country code before a dollar sign names a currency even with a space ("US $")
#: Nouns after a demonym naming people or events of a country, not its state acting.
_NOT_THE_STATE = re.compile(
    r"\s+(?:refugees?|refugee\s+crisis|migrants?|asylum\s+seekers?|civilians?|citizens?|"
    r"nationals?|diaspora|community|communities|civil\s+war|crisis|hostages?|prisoners?|"
    r"fishermen|fishing\s+boats?|workers?|tourists?|journalists?|opposition|rebels?|"
    r"insurgents?|dissidents?|"
    # the press that reports: "the Japanese daily reported", "Chinese state media said"
    r"dail(?:y|ies)|newspapers?|paper|press|media|outlets?|broadcasters?|"
    r"news\s+(?:agency|agencies|outlets?|sites?|websites?)|state\s+(?:media|television|tv)|"
    r"television|tv|radio|magazines?|tabloids?|reporters?|correspondents?|commentators?|"
    r"bloggers?)\b")
#: A country's name used for a state of another country: "Niger State" (Nigeria), and Georgia
#: the US state after a US base or city ("Moody Air Force Base in Georgia", "Fort Benning,
#: Georgia") or before a US institution ("the Georgia National Guard").
_SUBNATIONAL_AFTER = re.compile(r" State\b")
_US_STATE_BEFORE = re.compile(
    r"(?:Air Force Base|Air National Guard Base|Air Reserve Base|Army Airfield|Naval Air Station|"
    r"Naval Submarine Base|Fort [A-Z][\w.-]+|Camp [A-Z][\w-]+|Atlanta|Savannah|Augusta|Macon|"
    r"Valdosta|Warner Robins|Kings Bay)(?:,| in) $")
_US_STATE_AFTER = re.compile(r" (?:National Guard|Army National Guard|Air National Guard|Tech)\b")
#: Only a comma between a place and the country it stands in ("Wellington, India").
_COMMA_ONLY = re.compile(r",\s*")
_US_STATE_NAMES = frozenset(["GEO"])  # countries named like a US state
_US_STATE_REACH = 40  # characters before a name searched for a US base or city
#: A capital letter after an apostrophe or hyphen inside a name ("N'Djamena").
_INNER_CAPITAL = re.compile(r"(?<=['-])[A-Za-z]")


def _inner_lower(name: str) -> str:
    """``name`` with every letter after an apostrophe or hyphen in lower case."""
    return _INNER_CAPITAL.sub(lambda letter: letter.group().lower(), name)


#: An acronym in brackets, and the capitalised name right before it that it may stand for
#: ("Somali National Army (SNA)").
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|du|des|la|le|el)\s+)*){1,7}[A-Z][\w'’-]*\s+$")
_ACRONYM_REACH = 100  # characters before the bracket where its name may start
#: A weapon's designation right before its name ("EE-9 Cascavel", "AH-64 Apache").
_DESIGNATION_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d{1,3}[A-Z]{0,3}\s+$")
_DESIGNATION_REACH = 12  # characters before a town's name searched for a designation
#: The kind of place a name is given to ("Masisi territory"): no person's name.
_PLACE_KIND_AFTER = re.compile(r"\s+(?:territory|district|province|region|county|prefecture|"
                               r"municipality|town|city|village|river|lake|valley)\b")
#: An armed service ending the name an acronym is defined for ("Guyana Defence Force (GDF)",
#: "Armed Forces of the Philippines (AFP)"; not a "... Armed Forces Staff College").
_SERVICE_IN_NAME = re.compile(r"\b(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|"
                              r"Military|Coast\s+Guard|Marines?|Marine\s+Corps|National\s+Guard|"
                              r"Gendarmerie)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*){0,3})?\s*$")
_SMALL_WORDS = frozenset(["of", "and", "for", "the", "de", "du", "des", "la", "le", "el"])
#: A byline or credit line before one or two names.
_BYLINE_WORDS = ["By", "Posted by", "Written by", "Reporting by", "Writing by", "Editing by",
                 "Edited by"]
_BYLINE = re.compile(rf"(?:{_word_start_alternatives(_BYLINE_WORDS)})(?=\s+[A-Z])")
_BYLINE_OPENS = re.compile(r"(?:^|\n|\()[ \t]*$")  # at a line's start or in brackets
_NAME_JOIN = re.compile(r"\s*(?:,|and)(?=\s+[A-Z])")
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w'’.-])[A-Z][a-zà-ÿ][\w'’.-]*"
    r"(?:\s+(?:(?:bin|bint|al|el|de|da|van|von|der)\s+)?[A-Z][\w'’.-]+){1,3}$")
_NAME_REACH = 60  # characters a name before ", Commander of ..." may take
_ORGANISATION_REACH = 120  # characters an organisation's name may take before its last word
#: Words of a post or a unit, never of a person's name ("Officer Commanding", "Chetak Corps").
_UNIT_WORD = re.compile(r"^(?:Officer|Commanding|Corps|Command|Brigade|Regiment|Division|"
                        r"Battalion|Squadron|Fleet|Forces|Army|Navy|Headquarters)\b")
_GLUED_DIGITS = re.compile(r"\d.*$")
_PART_OF_A_NAME = re.compile(r"\b(?:of|the)\s+$")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "datuk", "dato", "sheikh",
                         "prof", "hon"})
_NAME_END = re.compile(r"(['’]s|['’.])$")
#: Lower-case words inside a ship's name ("HMS Prince of Wales", "BRP Gregorio del Pilar").
_SHIP_PARTICLES = _PARTICLES | {"of", "the", "do", "y"}
_INITIALS = re.compile(r"(?:[A-Z]\.)+$")  # "F." in "USS John F. Kennedy"
#: The shape of a navy's prefix ("HMS"): one capital and one to four letters.
_SHIP_PREFIX = re.compile(r"[A-Z][A-Za-z]{1,4}")
#: "-class" or " class", and the one or two capitalised words that end just before it.
_CLASS_NOUN = re.compile(r"class\b(?<=[-\s]class)")
_CLASS_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’.]*(?:\s+[A-Z0-9][\w'’.]*)?$")
#: A service's name before a class: "ex-Royal Netherlands Navy Latorre-class".
_SERVICE_WORDS = frozenset(["Navy", "Army", "Force", "Guard", "Marines"])
_CLASS_ASIDE = 40  # characters of a bracketed second name before "-class"
#: A named military installation the gazetteer may not list: "Luke Air Force Base",
#: "Chitose Air Base", "RAAF Base Pearce", "Camp Lemonnier", "Fort Bragg".
_NAME = r"[A-Z][\w'’-]*"
_INSTALLATION = re.compile(
    rf"(?<![\w-])(?:{_NAME}\s+){{1,3}}(?:Air\s+Force\s+Base|Air\s+Base|Airbase|Naval\s+Base|"
    r"Naval\s+Station|Naval\s+Air\s+Station|Air\s+Station|Army\s+Base|Military\s+Base|"
    r"Marine\s+Corps\s+Base|Barracks|Garrison)\b"
    rf"|(?<![\w-])(?:RAAF\s+Base|RAF|RNAS|CFB|Joint\s+Base|Camp|Fort)\s+{_NAME}(?:\s+{_NAME})?")
_INSTALLATION_KEYS = ["Base", "Station", "Barracks", "Garrison", "Airbase", "RAAF", "RAF", "RNAS",
                      "CFB", "Camp", "Fort"]
_INSTALLATION_KEY = re.compile(rf"(?:{_word_start_alternatives(_INSTALLATION_KEYS)})\b")
_INSTALLATION_REACH = 60  # characters a base's name reaches before or after its key word
#: A force's name ending a mention ("Royal Air Force", "Royal Navy").
_FORCE_NAME = re.compile(r"(?:Air Force|Navy|Army|Marines|Coast Guard)$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: A facility a city names ("the Zagreb military camp in Burkina Faso"): the city does not act.
_FACILITY_AFTER = re.compile(r"\s+(?:(?:military|army|air|naval|training)\s+)?"
                             r"(?:camp|base|barracks|garrison|airfield)\b")
_IN_ELSEWHERE = re.compile(r"\s+in\s+(?:the\s+)?$")
_NATIONAL_GUARD = re.compile(r"\s+(?:Army\s+|Air\s+)?National\s+Guard\b")
_START = operator.attrgetter("start")  # sort key of mentions in text order


@dataclass(frozen=True)
class Form:
    """A written form of an entity, as the gazetteer gives it.

    ``form`` is ``name``, ``alias``, ``code``, ``capital``, ``demonym`` or
    ``prefix``; ``case_sensitive`` forms ("US", "DRC") must match exactly.
    ``actor`` and ``host`` are worked out once per form (see :func:`actor_of`).
    """

    text: str
    entity: Entity
    form: str
    case_sensitive: bool
    actor: Entity | None = field(default=None, compare=False, repr=False)
    host: Entity | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named at ``text[start:end]``.

    ``possessive`` is set for "Russia's"; ``glued`` for a name run together with
    a table-tag remnant ("Kenyatd"), which counts only inside table rows.
    ``lead`` is the start of an affiliation naming the person's country before
    their title ("Kenya's Defence Secretary Aden Duale" starts at "Kenya").
    """

    start: int
    end: int
    entity: Entity
    form: str
    possessive: bool = False
    glued: bool = False
    lead: int | None = None
    actor: Entity | None = field(default=None, compare=False, repr=False)
    host: Entity | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, start: int, end: int, entity: Entity, form: str, **flags) -> Mention:
        """A mention with the party and host its entity stands for filled in."""
        return cls(start, end, entity, form, **flags, actor=actor_of(entity),
                   host=host_of(entity))


def actor_of(entity: Entity) -> Entity | None:
    """The party an entity stands for in a tie, if any.

    A country or organisation is itself, a mission the body it acts for ("EU Training
    Mission": the EU); a capital stands for its country ("Moscow agreed ..."); a person
    for the country they serve, when known; places, regions and weapons are not parties.
    """
    if entity.kind == "Country" or (entity.kind == "Organisation" and not entity.links):
        return entity
    links = dict(entity.links)
    if entity.kind == "Organisation":
        return links.get("actsFor", entity)
    if entity.kind == "Place":
        return links.get("standsFor")
    if entity.kind == "Person":
        return links.get("affiliation")
    return None


def host_of(entity: Entity) -> Entity | None:
    """The country a place lies in, or a capital's country: a possible host of forces."""
    links = dict(entity.links)
    for relation in ("standsFor", "locatedIn", "country", "host"):
        target = links.get(relation)
        if target is not None and target.kind == "Country":
            return target
    return None


def gazetteer_forms(gazetteer: Gazetteer) -> Iterator[Form]:
    """Every surface form the gazetteer knows (:meth:`Gazetteer.surface_forms`)."""
    for item in gazetteer.surface_forms():
        yield Form(item.text, item.entity, item.form, item.case_sensitive)


class MentionFinder:
    """Finds gazetteer entities, titled people and weapon designations in text.

    Parameters
    ----------
    forms : iterable of Form
        Surface forms to look for (see :func:`gazetteer_forms`).
    lexicon : Lexicon
        Titles and weapon nouns for the two detectors.
    weapon_lookup : callable, optional
        Canonical weapon entity for a designation, or None (the gazetteer's).
    ship_prefixes : iterable of str, optional
        Navy prefixes before a ship's name ("INS", "HMS"); none: no ship names are read.
    class_stops : iterable of str, optional
        Capitalised words that never name a ship class ("World-class", "The").
    """

    def __init__(self, forms: Iterable[Form], lexicon: Lexicon,
                 weapon_lookup=None, ship_prefixes: Iterable[str] = (),
                 class_stops: Iterable[str] = ()) -> None:
        self._forms: dict[str, list[Form]] = {}
        for form in forms:
            text = form.text
            if form.form == "prefix" and not text.endswith("-"):
                text += "-"
            key = match_text(text)
            self._forms.setdefault(key, []).append(Form(
                text, form.entity, form.form, form.case_sensitive,
                actor_of(form.entity), host_of(form.entity)))
        names = [key for key in self._forms if not key.endswith("-")]
        prefixes = [key for key in self._forms if key.endswith("-")]
        self._regex = re.compile(
            rf"(?<![\w])(?:(?P<name>{trie_regex(names)}){_SUFFIX}(?![\w])"
            rf"|(?P<prefix>{trie_regex(prefixes)}))")
        titles = trie_regex(match_text(title) for title in lexicon.person_titles)
        self._title_regex = re.compile(rf"(?<![\w])(?P<title>{titles})(?=\s+[^\W\d_])")
        self._title_before = re.compile(rf"(?<![\w])(?:{titles})\s+$")
        nouns = "|".join(map(re.escape, lexicon.organisation_nouns))
        self._organisation_noun = re.compile(
            rf"(?:{_word_start_alternatives(lexicon.organisation_nouns)})(?![\w-])")
        #: Up to five capitalised words before an organisation noun ("Hanwha Aerospace Company");
        #: the check of what precedes the first comes after its capital, so that the regex
        #: engine skips quickly from capital to capital.
        capitalised = r"[\w&'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?"
        self._organisation_regex = re.compile(
            rf"[A-Z](?<![\w'’.-].){capitalised}(?:[A-Z]{capitalised}){{0,4}}"
            rf"(?:{nouns})(?![\w-])")
        #: A comma before a title: "Benjamin Dousa, Sweden's minister for ..." (folded text).
        self._comma_title = re.compile(
            r",\s+(?:the\s+|a\s+|an\s+|[a-z]+(?:['’]s)\s+)?"
            rf"(?=(?:{titles})\s+[^\W\d_])")
        self._lexicon = lexicon
        self._weapon_lookup = weapon_lookup
        self._ship_prefixes = frozenset(ship_prefixes)
        #: A navy's prefix as a whole word, neither after a letter nor a hyphen, before a
        #: capitalised word ("INS Kirpan"); the check of what precedes comes after the capital,
        #: so the regex engine skips quickly to the prefixes' capitals.
        prefixes = sorted(prefix for prefix in self._ship_prefixes
                          if _SHIP_PREFIX.fullmatch(prefix))
        alternatives = "|".join(rf"{prefix[0]}(?<![\w-].){prefix[1:]}" for prefix in prefixes)
        self._ship_prefix_regex = re.compile(
            rf"(?:{alternatives})(?=\s+[A-Z])" if prefixes else "(?!)")
        #: Words that never open a ship class's name: the class stops and the name stops.
        self._class_stops = frozenset(word.lower() for word in class_stops) | lexicon.name_stops

    def find(self, text: str) -> list[Mention]:
        """Mentions in ``text``, in order, not overlapping."""
        lowered = match_text(text)
        mentions = _ships_first(list(self._gazetteer_mentions(text, lowered)),
                                self._ships(text, lowered))
        mentions = _ships_first(mentions, self._installations(text, mentions))
        mentions = _forces_of_another(text, mentions)
        mentions = _own_forces_named(text, mentions)
        mentions = _state_guards(text, mentions)
        mentions = _places_of_another_country(text, _names_of_other_things(text, mentions))
        mentions = _facility_names(text, mentions)
        mentions = _contractors_nationality(text, mentions)
        mentions = _programme_names(text, mentions)
        mentions = self._titled(lowered, mentions)
        people = self._people(text, lowered, mentions)
        mentions = self._add(_without_forenames(mentions, people), people)
        mentions = self._add(mentions, self._weapons(text, lowered, mentions))
        organisations = self._named_organisations(text, mentions)
        mentions = _ships_first(mentions, organisations) if organisations else mentions
        mentions = _groups_out_of_place(text, mentions)
        acronyms = _defined_acronyms(text)
        if not acronyms:
            return mentions
        mentions = _drop_redefined_acronyms(text, mentions, acronyms)
        return self._add(mentions, _force_acronyms(text, mentions, acronyms))

    # ------------------------------------------------------------ gazetteer

    def _gazetteer_mentions(self, text: str, lowered: str) -> Iterator[Mention]:
        regex, position = self._regex, 0
        while (match := regex.search(lowered, position)) is not None:
            mention = self._accept(match, text)
            # A longer form rejected by its case ("EU training mission") may hide a shorter one,
            # and names after it ("the SADC mission in Mozambique": SADC, then Mozambique).
            accepted: re.Match[str] | None = match
            while mention is None and accepted is not None:
                accepted = regex.match(lowered, accepted.start(), accepted.end() - 1)
                mention = None if accepted is None else self._accept(accepted, text)
            if mention is not None and accepted is not None:
                yield mention
                position = accepted.end()
            else:
                position = match.start() + 1

    def _accept(self, match: re.Match[str], text: str) -> Mention | None:
        name, suffix, prefix = match.group("name", "suffix", "prefix")
        folded = name or prefix
        start, end = match.span("name" if name else "prefix")
        # The checks below need a hyphen next to the name: a cheap test spares most regex calls.
        if text.startswith("-", end) and _ERA.match(text, end):
            return None  # "Soviet-era tanks", "Cold War-style": a period, not the state
        if start and text[start - 1] == "-" and \
                _ARABIC_ARTICLE.search(text, max(0, start - 3), start):
            return None  # "Sheikh Thamer Al-Sabah", "al-Masri": a family name, not the place
        if start >= 5 and text[start - 1] == "-" and text[start - 5:start - 1].lower() == "post":
            return None  # "the first post-Soviet arms deal": a period, not the state
        if start >= 4 and text[start - 1] == "-" and text[start - 4:start - 1].lower() == "non":
            return None  # "its largest non-U.S. customer", "a non-NATO ally": everyone else
        dollar_after = text.startswith("$", end)
        dollar_spaced = text.startswith(" $", end) and \
            len(text[start:end].rsplit(None, 1)[-1]) <= _CODE_LENGTH
        if (dollar_after or dollar_spaced) and _CURRENCY.match(text, end):
            return None  # "US$420 million", "US $30 million": a currency; not "Lebanon $72 million"
        if text.startswith((" dollar", " Dollar"), end):
            return None  # "1.8 billion U.S. dollars": a currency
        form = self._pick(self._forms[folded], text[start:end], folded)
        if form is None or (form.form == "demonym" and _LANGUAGE.match(text, end)):
            return None
        if form.form == "demonym" and _FORMER_PART.match(text, end) and \
                _FORMER_BEFORE.search(text, max(0, start - len("former ")), start):
            return None  # "four former Soviet republics": states that left it, not the state
        if form.form == "name" and form.entity.kind == "Country" and \
                _subnational(text, start, end, form.entity.key):
            return None
        # "Syrian refugees", "the Sudanese civil war": the country is named but does not act
        bystanders = form.form == "demonym" and _NOT_THE_STATE.match(text, end) is not None
        return Mention(start, end, form.entity, form.form, possessive=suffix in ("'s", "'"),
                       glued=suffix in _GLUE, actor=None if bystanders else form.actor,
                       host=form.host)

    @staticmethod
    def _pick(candidates: list[Form], written: str, folded: str) -> Form | None:
        for form in candidates:
            if form.case_sensitive:
                exact = written.replace("’", "'")
                text = form.text
                if exact.isascii() and not text.isascii():
                    text = unaccented(text)  # "Bogota", "Yaounde": English copy drops accents
                if exact == text or (form.form == "capital" and len(exact) >= _DATELINE
                                     and exact == text.upper()):
                    return form  # "Kyiv", and "KYIV —" in a wire dateline
                if text[:1].islower() and exact == text[:1].upper() + text[1:]:
                    return form  # "The US" opening a sentence is "the US"
                if form.form == "capital" and _INNER_CAPITAL.search(text) and \
                        _inner_lower(exact) == _inner_lower(text):
                    return form  # "N'djamena", "Port-Au-Prince": the same city
            elif written != folded or form.text == folded:
                # A name written without any capital ("turkey", "chad") is a common word.
                return form
        return None

    # ------------------------------------------------------------ people

    def _titled(self, lowered: str, mentions: list[Mention]) -> list[Mention]:
        """Known people with the country named before their title ("US Defense Secretary ...")."""
        result = []
        for mention in mentions:
            if mention.entity.kind == "Person":
                window = max(0, mention.start - 80)
                title = self._title_before.search(lowered, window, mention.start)
                if title is not None:
                    _, lead = self._affiliation(mentions, title.start())
                    mention = replace(mention, lead=lead)
            result.append(mention)
        return result

    def _people(self, text: str, lowered: str, known: list[Mention]) -> list[Mention]:
        starts = sorted(mention.start for mention in known)
        people: list[Mention] = []
        for match in self._title_regex.finditer(lowered):
            words = self._name_after(text, match.end(), starts, lowered)
            written_title = text[match.start():match.end()]
            fewest = self._lexicon.title_min_words.get(" ".join(match.group().split()), 1)
            if len(words) < max(fewest, 2 if written_title[0].islower() else 1) or \
                    any(_UNIT_WORD.search(word) for word, _, _ in words):
                continue  # "General Officer Commanding Chetak Corps" names a post, not a man
            name = " ".join(word for word, _, _ in words)
            start, end = words[0][1], words[-1][2]
            affiliation, lead = self._affiliation(known, match.start())
            links = (("affiliation", affiliation),) if affiliation is not None else ()
            title = " ".join(written_title.split())
            entity = Entity(name, "Person", slug(name), links=links,
                            facts=(("roleTitle", title[0].upper() + title[1:]),))
            people.append(Mention.of(start, end, entity, "title",
                                     possessive=text.startswith(("'s", "’s"), end), lead=lead))
        people.extend(self._introduced(text, lowered, starts, people))
        return self._with_surnames(text, people)

    def _introduced(self, text: str, lowered: str, starts: list[int],
                    titled: list[Mention]) -> list[Mention]:
        """People a byline names ("By Nikolaos Prakas", "(Reporting by Radovan Stoklasa and
        Jason Hovet)") or a title describes after a comma ("Benjamin Dousa, Sweden's minister
        for ...", "Fahad Al-Mutair, Commander of the Saudi Land Force")."""
        taken = [(mention.start, mention.end) for mention in titled]
        found: list[Mention] = []
        for byline in _BYLINE.finditer(text):
            if not _BYLINE_OPENS.search(text, max(0, byline.start() - 40), byline.start()):
                continue
            position = byline.end()
            while (words := self._name_after(text, position, starts, lowered)) and \
                    len(words) >= 2:
                found.append(self._person(words))
                joined = _NAME_JOIN.match(text, words[-1][2])
                if joined is None:
                    break
                position = joined.end()
        for comma in self._comma_title.finditer(lowered):
            name = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - _NAME_REACH),
                                             comma.start())
            if name is None or _part_of_a_name(lowered, name.start()):
                continue  # "the Chief of Air Staff, Air Marshal ...": no name of a person
            words = [(word.group(), name.start() + word.start(), name.start() + word.end())
                     for word in re.finditer(r"\S+", name.group())]
            while words and self._title_regex.match(lowered, words[0][1]):
                words.pop(0)  # "accompanied by Admiral Boiffin, Commander of ..."
            if len(words) >= 2 and not any(word.lower() in self._lexicon.name_stops
                                           or _UNIT_WORD.search(word) for word, _, _ in words):
                found.append(self._person(words))
        return [mention for mention in found
                if not any(start < mention.end and mention.start < end for start, end in taken)
                and not any(mention.start <= start < mention.end for start in starts)]

    def _named_organisations(self, text: str, known: list[Mention]) -> list[Mention]:
        """Firms and agencies the gazetteer does not know, by the last word of their name
        ("Sierra Nevada Corporation", "Istanbul Shipyard"); a name holding a country, an
        organisation or a person the gazetteer knows is left to it ("Turkish Aerospace")."""
        found = []
        position = 0
        for noun in self._organisation_noun.finditer(text):  # the rare last word first
            if noun.start() < position:
                continue  # inside the name read last ("Karachi Shipyard and Engineering Works")
            match = self._organisation_regex.search(
                text, max(position, noun.start() - _ORGANISATION_REACH))
            if match is None or not match.start() <= noun.start() < match.end():
                continue
            position = match.end()
            words = list(re.finditer(r"\S+", match.group()))
            while words and words[0].group().lower() in self._class_stops:
                words.pop(0)  # "The", "In": no part of the name
            start = match.start() + words[0].start() if words else match.end()
            if len(words) < 2 or _part_of_a_name(text, start) or \
                    text.startswith(":", match.end()) or any(
                        mention.start < match.end() and start < mention.end
                        and (mention.entity.kind != "Place" or mention.start < start)
                        for mention in known):
                continue  # "Acquisition of Cutting-Edge Defense Systems:", "Turkish Aerospace"
            name = " ".join(word.group() for word in words)
            found.append(Mention.of(start, match.end(),
                                    Entity(name, "Organisation", slug(name)), "name"))
        return found

    @staticmethod
    def _person(words: list[tuple[str, int, int]]) -> Mention:
        name = " ".join(word for word, _, _ in words)
        return Mention.of(words[0][1], words[-1][2], Entity(name, "Person", slug(name)), "title")

    def _forename(self, text: str, match: re.Match[str], starts: list[int]) -> bool:
        """True if the one-word entity ``match`` names, right after a title, is a forename:
        a capitalised word that names nothing follows it ("Air Force Chief Israel Diaz",
        "Colonel Jordan Smith")."""
        if " " in match.group(1).strip() or not match.group(1)[:1].isupper():
            return False
        after = _NAME_WORD.match(text, match.end())
        if after is None or "\n" in text[match.end():after.start(1)]:
            return False
        word = _NAME_END.sub("", after.group(1))
        return word[:1].isupper() and word.lower() not in self._lexicon.name_stops and \
            after.start(1) not in starts and len(word) > 1

    def _name_after(self, text: str, position: int, starts: list[int], lowered: str
                    ) -> list[tuple[str, int, int]]:
        words: list[tuple[str, int, int]] = []
        while len(words) < 4:
            match = _NAME_WORD.match(text, position)
            if match is None:
                break
            if len(words) >= 2 and "\n" in text[position:match.start(1)]:
                break  # "By Nikolaos Prakas" on a line of its own: the next line is no name
            word = _NAME_END.sub("", match.group(1))
            if _GLUED_DIGITS.search(word):
                word = _GLUED_DIGITS.sub("", word)  # "By Nikolaos Prakas042" (web copy)
                if words and word:
                    words.append((word, match.start(1), match.start(1) + len(word)))
                break
            if not words and word.lower() in _HONORIFICS:
                position = match.end()  # "Prime Minister Mr. James Marape"
                continue
            stacked = None if words else self._title_regex.match(lowered, match.start(1))
            if stacked is not None:
                position = stacked.end()  # "Division Commander Maj Gen Kayanja Muhanga"
                continue
            index = bisect.bisect_left(starts, match.start(1))
            if index < len(starts) and starts[index] == match.start(1) and not (
                    not words and self._forename(text, match, starts)):
                break  # a known entity, not part of the name (but "Chief Israel Diaz" is one)
            if not (word[:1].isupper() or (word.lower() in _PARTICLES and words)) \
                    or word.lower() in self._lexicon.name_stops:
                break
            words.append((word, match.start(1), match.start(1) + len(word)))
            if len(word) < len(match.group(1)):
                break  # "Putin’s": the name ends here
            position = match.end()
        while words and words[-1][0].lower() in _PARTICLES:
            words.pop()
        return words

    @staticmethod
    def _affiliation(known: list[Mention], title_start: int) -> tuple[Entity | None, int | None]:
        for mention in known:
            gap = title_start - mention.end
            # "US Defense Secretary", "Russia's Defence Minister"; not "from France, Defence
            # Minister Suren Papikyan told journalists"
            if 0 <= gap <= 3 and (gap <= 1 or mention.possessive) and \
                    mention.entity.kind in ("Country", "Place"):
                country = actor_of(mention.entity)
                if country is not None and country.kind == "Country":
                    return country, mention.start
        return None, None

    @staticmethod
    def _with_surnames(text: str, people: list[Mention]) -> list[Mention]:
        """Link "President Putin" to "Vladimir Putin" named earlier, and find bare surnames."""
        full: dict[str, Entity] = {}
        for mention in people:
            parts = mention.entity.name.split()
            if len(parts) > 1:
                full.setdefault(parts[-1], mention.entity)
        linked = []
        for mention in people:
            entity = full.get(mention.entity.name, mention.entity)
            linked.append(Mention.of(mention.start, mention.end, entity, mention.form,
                                     possessive=mention.possessive, lead=mention.lead))
        covered = [(mention.start, mention.end) for mention in linked]
        for surname, entity in full.items():
            for found in _whole_words(text, surname):
                if not any(start <= found < end for start, end in covered):
                    end = found + len(surname)
                    linked.append(Mention.of(found, end, entity, "surname",
                                             possessive=text.startswith(("'s", "’s"), end)))
        return linked

    # ------------------------------------------------------------ installations

    def _installations(self, text: str, known: list[Mention]) -> list[Mention]:
        """Named bases and camps; one that names a known town lies in its country."""
        found: list[Mention] = []
        for match in _installation_matches(text):
            words = match.group().split()
            while words and words[0].lower() in self._class_stops:
                words.pop(0)  # "The", "At", "Russia's" open no base's name
            if len(words) < 2 or _NAME_END.search(words[0]):
                continue
            start = match.end() - len(" ".join(words))
            if text[start:match.end()] != " ".join(words):
                start = text.index(words[0], match.start())
            name = text[start:match.end()]
            inner = [mention for mention in known
                     if start <= mention.start and mention.end <= match.end()]
            listed = next((mention.entity for mention in inner
                           if mention.entity.name.lower() == name.lower()), None)
            if listed is not None:  # "Al Dhafra Air Base" where the text says it all
                found.append(Mention.of(start, match.end(), listed, "name"))
                continue
            if any(mention.actor is not None and (mention.start > start
                                                  or mention.form == "demonym")
                   for mention in inner):
                continue  # "the Russian Military Base", "Kenyan Army Barracks": a party named
            # "Chitose Air Base" lies in Chitose's country, "RAAF Base Pearce" in the RAAF's
            hosts = [mention.host for mention in inner if mention.host is not None] + [
                mention.actor for mention in inner
                if mention.actor is not None and mention.actor.kind == "Country"]
            links = (("locatedIn", hosts[0]),) if hosts else ()
            found.append(Mention.of(start, match.end(), Entity(name, "Place", slug(name),
                                                              category="City", links=links),
                                    "installation"))
        return found

    # ------------------------------------------------------------ ships

    def _ships(self, text: str, lowered: str) -> list[Mention]:
        """Ships named after a navy prefix ("PNS Babur") and ship classes ("Pohang-class")."""
        found = []
        for match in self._ship_prefix_regex.finditer(text):
            end = self._ship_name_end(text, match.end())
            if end:
                found.append(self._ship(text[match.start():end], match.start(), end))
        stops = self._class_stops
        for noun in _CLASS_NOUN.finditer(text):
            hyphen, end = text[noun.start() - 1] == "-", noun.start() - 1
            while not hyphen and end > 0 and text[end - 1].isspace():
                end -= 1
            if text[end - 1:end] == ")":  # "Adelaide (Oliver Hazard Perry)-class": the
                opening = text.rfind("(", max(0, end - _CLASS_ASIDE), end)  # class and its
                end = len(text[:opening].rstrip()) if opening > 0 else end  # other name
            name = _CLASS_NAME.search(text, max(0, end - 60), end)
            if name is None:
                continue
            words = list(re.finditer(r"\S+", name.group()))
            while words and (words[0].group().lower() in stops or
                             words[0].group() in _SERVICE_WORDS or _NAME_END.search(
                    words[0].group()) or self._demonym(words[0].group())):
                # "The Pohang-class", "In Pohang-class", "Seoul's Pohang-class"; "a Chinese
                # Yuan-class submarine": the demonym names the maker, not the class
                words.pop(0)
            if not words or words[-1].group().lower() in stops:
                continue
            if not hyphen and not self._lexicon.weapon_noun_regex.match(
                    lowered[noun.end():noun.end() + 30].lstrip()):
                continue  # "Ada class" only before a noun: "Ada class corvettes"
            found.append(self._ship(" ".join(word.group() for word in words) + "-class",
                                    name.start() + words[0].start(), noun.end()))
        return found

    def _demonym(self, word: str) -> bool:
        """True for a state's adjective ("Chinese"), written with its capital."""
        return any(form.form == "demonym" and form.text == word
                   for form in self._forms.get(word.lower(), ()))

    def _ship_name_end(self, text: str, position: int) -> int | None:
        """End of the one to three capitalised words naming a ship after its prefix, if any."""
        end: int | None = None
        capitals = 0
        while capitals < 3 and (match := _NAME_WORD.match(text, position)) is not None:
            written = match.group(1)
            word = written if _INITIALS.match(written) else _NAME_END.sub("", written)
            lower = word.lower()
            if not word[:1].isupper():
                if lower not in _SHIP_PARTICLES or end is None:
                    break
            elif lower in self._lexicon.name_stops or \
                    self._lexicon.weapon_noun_regex.fullmatch(lower):
                break  # "USS Carl Vinson arrives", "... Frigate"
            else:
                capitals += 1
                end = match.start(1) + len(word)
            if len(word) < len(written):
                break  # "HMS Ocean's": the name ends here
            position = match.end()
        return end

    def _ship(self, name: str, start: int, end: int) -> Mention:
        """A ship or class mention: the gazetteer's weapon when it knows the name."""
        entity = self._known_weapon(name) or Entity(name, "WeaponSystem", slug(name))
        return Mention.of(start, end, entity, "ship")

    # ------------------------------------------------------------ weapons

    def _weapons(self, text: str, lowered: str, known: list[Mention]) -> list[Mention]:
        found: list[tuple[int, int, str]] = []
        confirmed: set[str] = set()
        for match in _DESIGNATION.finditer(text):
            name = match.group()[:-1] if match.group("plural") else match.group()
            if not any(char.isdigit() for char in name):
                continue
            found.append((match.start(), match.start() + len(name), name))
            following = _PHRASE_END.split(lowered[match.end():match.end() + 40], maxsplit=1)[0]
            noun = self._lexicon.weapon_noun_regex.search(following)
            if noun and len(following[:noun.start()].split()) <= 3:
                confirmed.add(name)
        mentions = []
        for start, end, name in found:
            if name in confirmed:
                entity = self._known_weapon(name) or Entity(name, "WeaponSystem", slug(name))
                mentions.append(Mention.of(start, end, entity, "designation"))
        return mentions

    def _known_weapon(self, name: str) -> Entity | None:
        """The gazetteer's weapon for a designation or its base model ("T-50IQ" is a T-50)."""
        if self._weapon_lookup is None:
            return None
        base = _VARIANT.sub("", name)
        return self._weapon_lookup(name) or (self._weapon_lookup(base) if base != name else None)

    @staticmethod
    def _add(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
        """``mentions`` plus the ``extra`` ones that overlap none of them, in text order."""
        if not extra:
            return sorted(mentions, key=_START)
        taken = sorted((mention.start, mention.end) for mention in mentions)
        result = list(mentions)
        for mention in extra:
            index = bisect.bisect_right(taken, (mention.start, float("inf")))
            before = taken[index - 1] if index else None
            after = taken[index] if index < len(taken) else None
            if (before and before[1] > mention.start) or (after and after[0] < mention.end):
                continue
            result.append(mention)
            bisect.insort(taken, (mention.start, mention.end))
        return sorted(result, key=_START)


def _without_forenames(mentions: list[Mention], people: list[Mention]) -> list[Mention]:
    """``mentions`` without the ones that open a titled person's name ("Chief (Israel) Diaz")."""
    opened = {person.start: person.end for person in people}
    return [mention for mention in mentions
            if mention.start not in opened or opened[mention.start] <= mention.end]


def _part_of_a_name(text: str, position: int) -> bool:
    """True if "of" or "the" and spaces come right before ``position`` (``_PART_OF_A_NAME``).

    Only a word ending where those spaces start can match, so the search starts there rather
    than at the start of the text."""
    words_end = position
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    return _PART_OF_A_NAME.search(text, max(0, words_end - len("the")), position) is not None


def _installation_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_INSTALLATION``, looked for only around its key words (it is slow to try
    at every capitalised word)."""
    reached = 0
    for key in _INSTALLATION_KEY.finditer(text):
        if key.start() < reached:
            continue
        window = max(reached, key.start() - _INSTALLATION_REACH)
        for match in _INSTALLATION.finditer(text, window, key.end() + _INSTALLATION_REACH):
            if match.start() <= key.start() < match.end() and match.start() >= reached:
                reached = match.end()
                yield match
                break


#: What stands between a possessor and the force it owns: "Thailand's Royal Navy".
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s|'|’)?\s+")


def _forces_of_another(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a force's name that another country's follows: "the Royal Air
    Force of Oman" is Oman's air force, not the United Kingdom."""
    # The cheap tests of the two parties come before the regexes.
    dropped = {index for index, (mention, after) in enumerate(itertools.pairwise(mentions))
               if mention.actor is not None
               and after.actor is not None and after.actor.kind == "Country"
               and _FORCE_NAME.search(text, mention.start, mention.end)
               and _OF.fullmatch(text, mention.end, after.start)}
    # "Thailand's Royal Navy": the possessor's navy, not the United Kingdom's
    dropped |= {index + 1 for index, (mention, after) in enumerate(itertools.pairwise(mentions))
                if mention.possessive and mention.entity.kind == "Country"
                and after.entity.kind == "Country" and after.entity != mention.entity
                and _POSSESSIVE_GAP.fullmatch(text, mention.end, after.start)
                and _FORCE_NAME.search(text, after.start, after.end)}
    return [mention for index, mention in enumerate(mentions) if index not in dropped]


def _own_forces_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a state's possessive and the name of its own forces right after it
    made one mention: "Uganda's UPDF and Congo's FARDC" name two actors, each once.

    Examples
    --------
    >>> from graph.extract.mentions import default_finder
    >>> text = "Uganda's UPDF and Congo's FARDC launched joint operations."
    >>> [text[m.start:m.end] for m in default_finder().find(text)]
    ["Uganda's UPDF", "Congo's FARDC"]
    """
    merged = {index for index, (mention, after) in enumerate(itertools.pairwise(mentions))
              if mention.possessive and after.actor is not None
              and after.actor == mention.actor and after.form == "code"
              and not text[mention.end:after.start].strip(" '’s")}
    if not merged:
        return mentions
    return [replace(mention, end=mentions[index + 1].end, possessive=False)
            if index in merged else mention
            for index, mention in enumerate(mentions) if index - 1 not in merged]


def _facility_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a capital naming a camp or base in another country made a plain
    place: "at the Zagreb military camp in Burkina Faso" puts no one in Croatia."""
    result = list(mentions)
    for index, (mention, after) in enumerate(itertools.pairwise(mentions)):
        if mention.form != "capital":
            continue  # tested before the regexes: most mentions are no capital
        facility = _FACILITY_AFTER.match(text, mention.end)
        elsewhere = after.host or after.actor
        if facility is None or elsewhere is None \
                or elsewhere == mention.actor \
                or not _IN_ELSEWHERE.match(text[facility.end():after.start]):
            continue
        result[index] = replace(mention, actor=None, host=None)
    return result


#: Capitalised words ending a programme's or a law's name after a state or a capital: "(Georgia)
#: Deployment Program", "(Taiwan) Relations Act", "(Accra) Initiative".
_PROGRAMME_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*|\s+and){0,4}\s+(?:Program|Programme|Initiative|"
                              r"Act|Project)\b")


def _programme_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a state or capital that opens the name of a programme, a law or a
    project made no party: "the Georgia Deployment Program trains Georgian battalions for
    Afghanistan" names no Georgian trainer."""
    return [replace(mention, actor=None, host=None)
            if (mention.entity.kind == "Country" or mention.form == "capital")
            and _PROGRAMME_AFTER.match(text, mention.end) is not None else mention
            for mention in mentions]


def _contractors_nationality(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a demonym right before a private military company made no party:
    "Russian Wagner mercenaries operate in Mali" puts the company there, not the state."""
    result = list(mentions)
    for index, (mention, after) in enumerate(itertools.pairwise(mentions)):
        if mention.form == "demonym" and after.entity.category == "PrivateMilitaryCompany" \
                and not text[mention.end:after.start].strip():
            result[index] = replace(mention, actor=None, host=None)
    return result


def _subnational(text: str, start: int, end: int, key: str) -> bool:
    """True if the country's name at ``text[start:end]`` names a state of another country
    ("Niger State", "Fort Benning, Georgia")."""
    if _SUBNATIONAL_AFTER.match(text, end):
        return True
    return key in _US_STATE_NAMES and (
        _US_STATE_BEFORE.search(text, max(0, start - _US_STATE_REACH), start) is not None
        or _US_STATE_AFTER.match(text, end) is not None)


def _state_guards(text: str, mentions: list[Mention]) -> list[Mention]:
    """A state's National Guard is its country's force: "instructors from the Ohio National
    Guard" act for the United States."""
    result = []
    for mention in mentions:
        if mention.entity.kind == "Place" and mention.host is not None:
            guard = _NATIONAL_GUARD.match(text, mention.end)
            if guard is not None:
                mention = Mention(mention.start, guard.end(), mention.host, "name",
                                  actor=mention.host)
        result.append(mention)
    return result


def _names_of_other_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without the town that names a weapon after its designation ("EE-9 Cascavel")
    and the surname that names a place before its kind ("Masisi territory").

    Examples
    --------
    >>> from graph.extract.mentions import default_finder
    >>> text = "Its 28 EE-9 Cascavel cars patrol Masisi territory."
    >>> default_finder().find(text)
    []
    """
    return [mention for mention in mentions if not (
        (mention.entity.kind == "Place" and _DESIGNATION_BEFORE.search(
            text, max(0, mention.start - _DESIGNATION_REACH), mention.start))
        or (mention.entity.kind == "Person" and _PLACE_KIND_AFTER.match(text, mention.end)))]


#: Countries that share their name with a state of the United States.
_US_STATE_NAMESAKES = frozenset({"GEO"})


def _places_of_another_country(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without a city the text places in another country than the gazetteer's
    ("Wellington, India" is the Indian town, not New Zealand's capital), unless the country is
    one more item of a list ("in Darfur, South Sudan and Mali")."""
    following = [*mentions[2:], None]  # the mention after each pair (none after the last)
    dropped = {place.start for (place, country), after in zip(itertools.pairwise(mentions),
                                                               following, strict=False)
               if ((place.entity.kind == "Place" and place.host is not None
                    and country.entity != place.host)
                   # "Moody Air Force Base in Georgia, United States": the American state
                   or (place.entity.key in _US_STATE_NAMESAKES and country.entity.key == "USA"))
               and country.entity.kind == "Country"
               and not country.possessive  # "Camp TURKSOM, Turkey's largest base abroad"
               and _COMMA_ONLY.fullmatch(text, place.end, country.start)
               and not (after is not None and after.entity.kind in ("Country", "Place")
                        and LIST_GAP.fullmatch(text, country.end, after.start))}  # one more item
    return [mention for mention in mentions if mention.start not in dropped] if dropped \
        else mentions


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (not inside "Al-Sisi" or "Kimberley").

    A plain search, as a regex compiled per name costs more than the search itself.

    Examples
    --------
    >>> list(_whole_words("Kim met Kimberley and Kim-Jong; Kim's aide", "Kim"))
    [0, 32]
    """
    found = text.find(word)
    while found >= 0:
        end = found + len(word)
        if not _word_char(text, found - 1) and not _word_char(text, end):
            yield found
        found = text.find(word, end)


def _word_char(text: str, position: int) -> bool:
    """True if ``text`` has a letter, digit, underscore or hyphen at ``position``."""
    if not 0 <= position < len(text):
        return False
    char = text[position]
    return char.isalnum() or char in "_-"


def _ships_first(mentions: list[Mention], ships: list[Mention]) -> list[Mention]:
    """``mentions`` with each ship replacing the names inside it ("ARA San Juan" is no city).

    A gazetteer name that reaches beyond the ship ("Gepard-class frigate") wins instead.
    """
    if not ships:
        return sorted(mentions, key=_START)
    kept = [ship for ship in ships if not any(
        mention.start < ship.end and ship.start < mention.end
        and not (ship.start <= mention.start and mention.end <= ship.end) for mention in mentions)]
    inside = [mention for mention in mentions if not any(
        ship.start <= mention.start and mention.end <= ship.end for ship in kept)]
    return sorted(inside + kept, key=_START)


@functools.cache
def default_finder() -> MentionFinder:
    """The finder over the bundled gazetteer and lexicons (built once per process)."""
    gazetteer = default_gazetteer()
    lookup = getattr(gazetteer, "weapon_entity", None)
    folder = data_dir() / "gazetteer"
    return MentionFinder(
        gazetteer_forms(gazetteer), default_lexicon(),
        weapon_lookup=_safe(lookup) if lookup else None,
        ship_prefixes=[row["prefix"] for row in read_table(folder / "ship-prefixes.csv")],
        class_stops=[row["word"] for row in read_table(folder / "class-stops.csv")])


def _safe(lookup):
    def find(name: str) -> Entity | None:
        try:
            return lookup(name)
        except (KeyError, LookupError):
            return None
    return find


_STEM = 4  # letters a demonym shares with its country's name ("Syri-an", "Soma-li")


def _groups_out_of_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less an armed group's bare acronym where the text never names the country it
    fights in: "air support to SNA" in a report on Somalia is the Somali National Army, not
    Syria's SNA."""
    named = {entity for mention in mentions
             for entity in (mention.entity, mention.actor, mention.host) if entity is not None
             and entity.kind == "Country" and mention.entity.category != "NonStateArmedGroup"}
    return [mention for mention in mentions
            if mention.entity.category != "NonStateArmedGroup"
            or (home := dict(mention.entity.links).get("basedIn")) is None or home in named
            or not _named_for(mention.entity.name, home.name)
            or not text[mention.start:mention.end].isupper()]


def _named_for(name: str, country: str) -> bool:
    """True if a group's name opens on its country's ("Syrian National Army", "Syria"): its
    acronym ("SNA") is another country's too ("Somali National Army")."""
    return name[:_STEM].lower() == country[:_STEM].lower()


def _force_acronyms(text: str, mentions: list[Mention],
                    defined: dict[str, tuple[int, int]]) -> list[Mention]:
    """Later uses of an acronym the text ``defined`` (see :func:`_defined_acronyms`) for a
    state's armed service: "the Guyana Defence Force (GDF) ... GDF personnel" names Guyana as
    "KDF" names Kenya.

    Examples
    --------
    >>> from graph.extract.mentions import default_finder
    >>> text = "The Guyana Defence Force (GDF) sent a platoon. GDF troops trained in Belize."
    >>> [(m.entity.name, text[m.start:m.end]) for m in default_finder().find(text)][:3]
    [('Guyana', 'Guyana'), ('Guyana', 'GDF'), ('Belize', 'Belize')]
    """
    found: list[Mention] = []
    for acronym, (start, end) in defined.items():
        states = {mention.entity for mention in mentions if start <= mention.start < end
                  and mention.entity.kind == "Country" and not mention.possessive}
        if len(states) != 1 or not _SERVICE_IN_NAME.search(text, start, end):
            continue
        state = states.pop()
        after = end + len(acronym) + 2  # past "(GDF)"
        found.extend(Mention.of(use, use + len(acronym), state, "code")
                     for use in _whole_words(text, acronym) if use >= after)
    return found


def _defined_acronyms(text: str) -> dict[str, tuple[int, int]]:
    """Acronyms the text defines in brackets, with the span of the name before each
    ("Somali National Army (SNA)")."""
    defined: dict[str, tuple[int, int]] = {}
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        acronym = bracket.group(1)
        name = _NAME_BEFORE_BRACKET.search(text, max(0, bracket.start() - _ACRONYM_REACH),
                                           bracket.start())
        if name is None:
            continue
        words = [word for word in name.group().split() if word.lower() not in _SMALL_WORDS]
        if "".join(word[0] for word in words[-len(acronym):]) == acronym:
            defined.setdefault(acronym, name.span())
    return defined


def _drop_redefined_acronyms(text: str, mentions: list[Mention],
                             defined: dict[str, tuple[int, int]]) -> list[Mention]:
    """Mentions less the gazetteer's readings of acronyms the text ``defined`` otherwise.

    "the Somali National Army (SNA)": here SNA names no entity the gazetteer reads it as
    (the Syrian National Army) unless the defining name is a mention of that entity too
    ("North Atlantic Treaty Organization (NATO)").
    """
    def redefined(mention: Mention) -> bool:
        span = defined.get(text[mention.start:mention.end])
        return span is not None and not any(
            other.entity == mention.entity and span[0] <= other.start < span[1]
            for other in mentions)

    return [mention for mention in mentions if not redefined(mention)]

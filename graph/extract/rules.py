"""Tie rules for one sentence: cue words, the roles of its actors, and modality.

For every cue of ``cues.csv`` found in a sentence, the rule reads the cue's
clause (:mod:`graph.extract.clauses`):

- **modality** — a negation, hedge or hostile word of ``modifiers.csv`` before the
  cue, or between the cue and the party after it ("US troops would deploy to
  Poland"), or an ended-tie word anywhere in the clause, drops it; an ended tie
  is also reported, so the article's other sentences cannot assert it;
  a reported or promised statement keeps the tie at lower confidence;
- **directed types** — a preposition of the type (``tie_types.csv``: "from"
  marks a supplier, "to" a recipient, "in" a host, "with" a contract's other
  party) gives a role; "by" gives the role of the cue's agent (in the passive
  voice the subject takes the other role: "were trained in India"); a role noun
  gives one ("Russian instructors" train); a possessor or demonym right before a
  noun cue takes the cue's possessor role; then the clause's subject takes the
  agent role (or the one left open), the verb's object the other, else the
  first actor after the cue; a side still open comes from an earlier clause of
  the sentence with the same kind of cue; a company stands for its country
  where ``tie_types.csv`` says so, and the maker of the weapons is the seller;
- **undirected types** — the subject with its co-participants ("with",
  "alongside", "between"), every pair when several actors share the subject.

Examples
--------
>>> from graph.extract.rules import sentence_ties
>>> from graph.extract.clauses import parse_sentence
>>> from graph.extract.mentions import default_finder
>>> from graph.extract.segment import Segment
>>> text = "Algeria bought Su-57 fighter jets from Russia in 2024."
>>> mentions = default_finder().find(text)
>>> found = sentence_ties(text, Segment(0, len(text), "sentence", 0), mentions,
...                       parse_sentence(text, 0, len(text), mentions))
>>> [(tie.type, tie.source.name, tie.target.name, tie.confidence) for tie in found.ties]
[('ArmsTransfer', 'Russia', 'Algeria', 0.9)]
>>> text = "Russia will not deliver Su-57 jets to Algeria."
>>> mentions = default_finder().find(text)
>>> sentence_ties(text, Segment(0, len(text), "sentence", 0), mentions,
...               parse_sentence(text, 0, len(text), mentions)).ties
[]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from graph.model import Entity

from .clauses import (
    ADDING_GERUND,
    GAP_TAIL,
    IRREGULAR_PAST,
    LEADS,
    OPPOSING,
    OWNED_FORCES,
    RANK_AFTER,
    SEQUENCE_ADVERB,
    SHORT_BRACKET,
    Chunk,
    Clause,
    Party,
)
from .lexicon import Cue, Lexicon, Scan, TieRule, default_lexicon
from .mentions import Mention
from .patterns import match_text
from .segment import Segment

__all__ = ["Candidate", "Partial", "SentenceTies", "kinds_allow", "sentence_ties"]

_BETWEEN_WORDS = re.compile(r"[\w'-]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
#: Actors of one list paired each with each at most (a longer list is cut: 66 pairs already).
_MAX_PARTIES = 12
_WEAPON_TYPES = ("ArmsTransfer", "MilitaryAid")
#: Ties that keep a sentence opening "under the agreement" from giving an agreement of its own.
_AGREEMENT_OR_WEAPONS = ("DefenceAgreement", *_WEAPON_TYPES)
#: Characters around a cue within which its parties are sought (bounds run-on text).
_WINDOW = 250
#: Characters between a combat word and the foe it names ("attacked the Ukrainian ...").
_FOE_GAP = 8
#: Tie types that actors at war in an article cannot hold anywhere in it.
_AT_WAR = frozenset(["MilitaryPresence", "PeacekeepingDeployment"])
_HOSTILE_GAP = 25  # characters between an aggressor and its hostile word ("Russia's full-scale")
#: Words between a verb cue and its object ("trained more than 70,000 Ukrainian soldiers").
_OBJECT_GAP = 4
#: A quantity before an object named after "of" ("thousands of Somali soldiers").
_QUANTITY_OF = re.compile(r"\b(?:hundreds|thousands|dozens|scores|[\d,]+|some|many|several|"
                          r"a number|a group|a batch|a class)\s+of\s+(?:the\s+)?$")
#: Between actors and the membership noun in apposition to them ("Russia, Kyrgyzstan and
#: Kazakhstan, all members of the CSTO,"; "Greece, a fellow member of").
_MEMBERS_IN_APPOSITION = re.compile(r",\s*(?:(?:all|both|each|also|themselves)\s+)?"
                                    r"(?:(?:a|an)\s+)?(?:(?:fellow|founding|full)\s+)?")
#: Those who are only ever trained, wherever they stand: "cadets from Nepal".
_LEARNER_NOUNS = r"(?:cadets|students|trainees|recruits)"
_LEARNERS_FROM = re.compile(rf"\b{_LEARNER_NOUNS}\s+from\s+(?:the\s+)?$")
#: People named before "from" + an actor after a training verb: the trainees come from there.
_TRAINEES_FROM = re.compile(r"\b(?:soldiers|troops|officers|personnel|cadets|students|pilots|"
                            r"recruits|commandos|sailors|marines|police|gendarmes|crews|armies|"
                            r"forces|units|militaries|navies)\s+from\s+(?:the\s+)?"
                            r"(?:(?:[\w-]+\s+){0,3}(?:countries|nations|states|partners|allies),?\s+"
                            r"(?:including|such\s+as|like|among\s+them|ranging\s+from)\s+"
                            r"(?:the\s+)?)?$")
#: A noun after an organisation that makes it the leader of an operation, not the body joined.
_OPERATION_AFTER = re.compile(r"(?:'s)?\s+(?:-led\s+)?(?:peacekeeping\s+|military\s+|naval\s+|"
                              r"training\s+)?(?:force|forces|mission|missions|operation|operations|"
                              r"troops|contingent|contingents)\b")
_JOINED = re.compile(r"(?:join|joins|joined|joining)\b")
#: "joined" right before an actor (searched backwards): "joined the US Navy".
_JOINED_BEFORE = re.compile(r"\b(?:join|joins|joined|joining)\s+(?:the\s+)?$")
#: Later participants of drills two began: "(begun between the US and India, and) later
#: joined by (Japan and Australia)".
_AND_THEN = re.compile(r"\W*and\s+(?:was|were|has\s+been|have\s+been|later|subsequently|then|"
                       r"since)\b")
_DRILLS_JOINED_BY = re.compile(r"\b(?:was\s+|were\s+|been\s+)?(?:later\s+|subsequently\s+|"
                               r"then\s+|since\s+)?joined\s+by\s+(?:the\s+)?$")
#: Prepositions after a combat word that name a place, a prize or an ally, not a foe.
_NOT_FOE = frozenset(("for", "over", "in", "near", "around", "alongside", "from", "across",
                      "inside"))
_PARTNER_MARKERS = frozenset({None, "of", "with", "alongside", "between"})
_COMPANION_MARKERS = ("with", "alongside")
_WITH_MARKERS = (*_COMPANION_MARKERS, "between")
_LOCATIVE = ("in", "at")
_SHORT_NAME = 6  # an acronym holds no cue
_AND = re.compile(r"\s*(?:,\s*)?(?:and|as well as)\s+(?:of\s+)?(?:the\s+)?(?:royal\s+)?")
#: Forces named as companions before "from": "along with forces from" (searched backwards).
_ALONG_WITH_FORCES = re.compile(r"\b(?:along\s+with|together\s+with|alongside|with)\s+"
                                r"(?:[\w-]+\s+){0,2}?[a-z]+\s+from\s+(?:the\s+)?$")
_PERSONNEL_FROM = re.compile(r"(?:troops|soldiers|forces|units|sailors|marines|officers|pilots|"
                             r"personnel|contingents?|teams|delegations|commandos|navies|"
                             r"warships|ships|vessels|boats|aircraft|jets|planes|helicopters|"
                             r"crews|cadets|trainees|instructors|"
                             r"officials|representatives|agents|experts|ministers|leaders|"
                             r"analysts|chiefs|commanders|specialists|services|agencies|"
                             r"engineers|technicians|medics|airmen|servicemen|paratroopers|"
                             r"police)\s+from\s+(?:the\s+)?"
                             # "troops from 13 countries, including"
                             r"(?:(?:[\w-]+\s+){0,3}(?:countries|nations|states|armies|navies|"
                             r"militaries|partners|allies)\s*,?\s*(?:including|such\s+as|"
                             r"ranging\s+from)\s+"
                             r"(?:the\s+)?)?$")
#: A participle of another verb between a cue and "by": the agent is that verb's, not the cue's.
_PARTICIPLE = re.compile(r"\b(?:[a-z]{3,}ed|used|built|made|run|led|held|sent|sold|bought|brought|"
                         r"flown|shown|known|seen|taken|given|won|hit|shot|struck)\b")
#: A verb of giving right before "by": the giver is the agent of a gift cue before it ("military
#: assistance handed over by China").
_GIVEN_BY = re.compile(r"\b(?:given|donated|gifted|granted|provided|handed over|offered|"
                       r"transferred|pledged|funded|financed|conducted|delivered|organi[sz]ed|"
                       r"run|taught)\s+by\s*(?:the\s+)?$")
#: "to the Armed" before a troop noun and " of the" after it: a state's own forces receive
#: ("to the Armed Forces of the Philippines").
_FORCES_OF_RECIPIENT = re.compile(r"\b(?:to|for)\s+the\s+(?:armed|defence|defense|security|"
                                  r"national\s+defence|national\s+defense)\s+$")
_FORCES_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_FORCES_OF_REACH = 40  # characters before the troop noun where "to the armed" is sought
#: Words of leaving that name where to ("left for", "departed for"), not what is left.
_DEPARTED_FOR = re.compile(r"(?:left|leave|leaves|leaving|departed|depart|departs|departing)$")
#: A noun of relations before "between": the actors it names relate, they do not exercise or
#: sign together ("tensions between Greece and Turkey"); nor do those a state lies between
#: ("sandwiched between Algeria and Libya").
_RELATION_BETWEEN = re.compile(
    r"\b(?:relations|relationship|ties|tension|tensions|rivalry|dispute|disputes|conflict|"
    r"war|border|feud|standoff|stand-off|hostilities|fighting|clashes|animosity|mistrust|"
    r"distrust|rift|sandwiched|wedged|squeezed|located|situated|lies|lying|nestled|sits)"
    r"\s+between\s+(?:the\s+)?(?:[^\s,;]+\s+){0,4}?(?:and\s+(?:the\s+)?)?$")
_RELATION_REACH = 80
#: A border "with" a state: where, not a partner ("along the border with Afghanistan").
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$")
#: A describing suffix alone between an actor and a troop noun ("UAE-backed forces").
_BACKED_NOUN = re.compile(r"-[a-z]+\s+")
#: What lies between the actor thanked and a gerund cue ("Japan for ", "Chinese government for ").
_FOR_GERUND = re.compile(r"(?:'s)?(?:\s+[\w'-]+){0,2}?\s+for\s+")
#: ... or "for its support in" and the gerunds it covers: "thanked the Turkish government for
#: its support in training the troops and (providing) weapons".
_FOR_HELP_IN = re.compile(_FOR_GERUND.pattern + r"(?:its|their|the)\s+(?:[\w-]+\s+)?"
                          r"(?:support|help|assistance|role|efforts?|contributions?)\s+"
                          r"(?:in|with|for)\s+(?:[\w-]+\s+){0,5}?(?:(?:and|as\s+well\s+as)\s+)?")
#: A noun and a relative pronoun between an actor and the verb cue it is the subject of:
#: "(Croatian) pilots who (underwent training)".
_WHO_BEFORE_CUE = re.compile(r"\s+(?:[\w-]+\s+){1,2}(?:who|that)\s+(?:have\s+|has\s+|had\s+)?"
                             r"(?:also\s+|since\s+|recently\s+)?")
#: Thanks addressed to an actor: "grateful to (Russia)", "expressed gratitude to (China)".
_GRATEFUL_TO = re.compile(r"\b(?:grateful|gratitude|thankful|thanks|indebted)\s+to\s+(?:the\s+)?$")
#: ... and before "its" or "the" and a noun or participle cue ("China for its assistance",
#: "China for the gifted frigate").
_FOR_THE = re.compile(_FOR_GERUND.pattern + r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}")
#: Between an actor and a cue its help covers: "(Turkey)'s help in its struggle against
#: militants with armed drones and (training)", "(India)'s support in (training)".
_HELP_WITH = re.compile(r"'s\s+(?:military\s+)?(?:help|support|assistance|backing|contribution)\s+"
                        r"(?:[\w-]+\s+){0,8}?(?:in|with|for|through)\s+(?:[\w-]+\s+){0,4}")
#: Before a hostile word, what makes it name no war between a tie's parties: the war's end ("the
#: cessation of (hostilities)", "an end to (the war)"), or a phrase of time or cause ("following
#: (Russia's invasion)").
_NO_WAR_BETWEEN_BEFORE = re.compile(
    r"\b(?:(?:cessation|end|ending|halt)\s+(?:of|to)\s+(?:the\s+)?"
    r"|(?:following|after|since|amid|amidst|despite|in\s+the\s+wake\s+of|in\s+response\s+to)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2})$")
#: A visit from an actor to forces another actor owns: "(Gantz) visited the (U.S.)".
_VISIT_OF = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:visited|visits|toured|tours|inspected|"
                       r"inspects)\s+(?:the\s+)?")
#: Markers of where forces go, which name no host far before a presence cue.
_TOWARDS = ("to", "into")
#: A verb that names its object as something ("chose Fiji as one of the recipients").
_CHOSE = re.compile(r"\b(?:chose|chosen|choose|chooses|selected|selects|select|named|names|"
                    r"picked|designated|designates|identified|identifies)\s+(?:the\s+)?$")
#: Between an actor and the noun cue naming its role: "Fiji as one of the first four".
_AS_ROLE = re.compile(r"\s+as\s+(?:one\s+of\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
                      r"(?:[\w-]+\s+){0,3}")
#: A membership noun, and a preposition between a subject and it that makes the membership
#: what the subject speaks about, not its own ("disquiet over the increase in NATO membership").
_MEMBERSHIP_WORDS = frozenset({"membership", "accession"})
_ABOUT_BETWEEN = re.compile(r"\b(?:over|about|against|on|to|in|at)\b")
#: "with local troops" after an exercise: the host's forces.
_WITH_LOCALS = re.compile(r"\s+with\s+(?:the\s+)?(?:local|host|host-nation|host nation)\s+"
                          r"(?:troops|forces|soldiers|units|counterparts|military|army|navy)\b")
#: More than a few words: a host named far before a presence cue is none of its.
_WORDS_BETWEEN = re.compile(r"(?:\S+\s+){4,}")
#: "new" or "further" right before a cue: what a stop ends is only what was still to come.
_NEW_ONES = re.compile(r"\b(?:new|further|future|additional|any more)\s+(?:[a-z]+\s+)?$")
#: Plan words that may be nouns ("an action plan") and a determiner before such a noun.
_PLAN_NOUN = re.compile(r"plan|plans|aim|aims|proposal|application|request|offer")
_A_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}$")
#: Words before an ending that only ask for it, besides the hedges of modifiers.csv ("demanded
#: the closure of the base").
_ASKED_FOR = re.compile(r"\b(?:demand|demands|demanded|demanding|threaten|threatens|threatened)\b")
#: A weapon built in a country: "built in Seville in Spain", "assembled in Brazil".
_BUILT_IN = re.compile(r"\b(?:built|made|manufactured|produced|assembled)\s+in\s+"
                       r"(?:(?:the\s+)?[A-Za-z-]+\s+in\s+)?(?:the\s+)?$")
#: The owners of bases a host has ("facilities belonging to China", "facilities used by Japan").
_BELONGING_TO = re.compile(r"\b(?:base|bases|facility|facilities|installations?|camps?|airfields?|"
                           r"ports?)\s+(?:belonging\s+to|used\s+by|operated\s+by|run\s+by)\s+"
                           r"(?:the\s+)?$")
#: People named before "in" a state, who are trained there: "(freedom) fighters in".
_TRAINEES_IN = re.compile(r"\b(?:fighters|soldiers|troops|officers|personnel|recruits|cadets|"
                          r"forces|units|pilots|sailors|marines|commandos|police(?:men)?)\s+"
                          r"(?:in|at)\s+(?:the\s+)?$")
#: A document's author after "by": "a new report by (the Pentagon)".
_AUTHORED_BY = re.compile(r"\b(?:report|reports|statement|statements|study|studies|analysis|"
                          r"survey|data|figures|assessment|review|investigation|article|"
                          r"paper|book|documents?|tweet|post)\s+(?:[\w-]+\s+){0,2}?by\s+"
                          r"(?:the\s+)?$")
#: Between a state and the bodies it is "the first member" of: " the first ", " the ".
_THE_NTH = re.compile(r"\s+(?:the|a|an)\s+(?:(?:first|second|third|fourth|fifth|newest|latest|"
                      r"youngest|only|last|sole)\s+)?")
#: The verbs that make a state something: "making (Poland) the first member".
_MADE = re.compile(r"\b(?:making|made|makes|make|became|becomes|becoming|become|is|was|"
                   r"remains|remained)\s+$")
#: Whose opposition a tie went ahead despite: "a warning from (the Trump administration)".
_OPPOSED_FROM = re.compile(r"\b(?:warnings?|threats?|objections?|opposition|pressure|criticism|"
                           r"protests?|condemnation|sanctions|warned\s+off)\s+(?:by|from)\s+"
                           r"(?:the\s+)?$")
#: After a body's name, its word of approval of what follows: "UN-recognized", "-mandated".
_VOUCHED_BY = re.compile(r"-(?:recogni[sz]ed|brokered|mandated|sanctioned|endorsed|"
                         r"approved|authori[sz]ed)\b")
_BETWEEN_REACH = 6  # words between an agreement and the "between" naming its parties
#: A feeling "among" those who have it, not among a tie's parties: "concerns among".
_FELT_AMONG = re.compile(r"\b(?:concerns?|worries|worry|alarm|fears?|anger|unease|disquiet|"
                         r"consternation|suspicions?|criticism|outrage|debate|tensions?|"
                         r"frustration|anxiety|anxieties)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:among|amongst|between)\s+[^.;:]*$")
_FELT_REACH = 80  # characters before a party searched for the feeling it is "among"
#: Words of leaving that may begin a journey to where forces go ("departed ... to").
_DEPARTING = frozenset({"left", "leave", "leaving", "departed", "departure"})
_TOWARDS_WORD = re.compile(r"\b(?:to|for|towards?)\b")
_CITY_LEAD = re.compile(r"\s+(?:the\s+)?(?:(?:port|city|naval\s+base)\s+of\s+)?")
#: People "by" whom something was done, then the state they come from: "trained by the
#: officers from".
_BY_PEOPLE_FROM = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:officers|soldiers|personnel|forces|"
    r"troops|teams?|experts|specialists|instructors|trainers|advis[eo]rs|mentors|members|units|"
    r"staff|officials)\s+from\s+(?:the\s+)?$")
#: The users of weapons named after "by" ("the rifles used by Nepali units").
_USED_BY = re.compile(r"\b(?:used|operated|flown|fielded)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?$")
#: The verbs that list what a noun names: "customers have included (Ethiopia and Chad)".
_LISTING_VERBS = r"\b(?:include|includes|included|including|are|were"
#: A list a noun cue heading its clause names ("customers have included Ethiopia and Chad").
_LISTED_AFTER = re.compile(_LISTING_VERBS + r"|is|was)\s+(?:the\s+)?$")
_HEADS_SENTENCE = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}$")
#: The verb listing the receivers, maybe with words describing the first ("include NATO
#: member").
_INCLUDING_BEFORE = re.compile(_LISTING_VERBS + r")\s+(?:[\w'’-]+\s+){0,3}$")
#: A head noun of the receivers, then "to which", before the cue: "The countries to which the
#: drone has been exported (include Poland and Qatar)".
_TO_WHICH_HEAD = re.compile(r"\b(?:countries|nations|states|customers|buyers|clients|"
                            r"recipients)\s+to\s+which\s+(?:[\w'’-]+\s+){0,8}$")
#: A sentence opening on "with" ("And with large bases in ..."), and the comma and article
#: before the subject after such an opening phrase.
_OPENS_WITH = re.compile(r"\W*(?:and\s+|but\s+)?with\s")
_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?$")
#: The rulers of a country named after them ("to the Assad regime in Syria", "to the junta in
#: Myanmar"): the country receives.
_TO_THE_RULERS_IN = re.compile(  # not "according to the authorities in the country"
    r"(?<!according )\bto\s+the\s+(?:[\w-]+\s+){0,2}(?:regime|government|junta|authorities|"
    r"military\s+government)\s+in\s+$")
#: Between a unit and the state it belongs to ("the battalion of the Royal Australian").
_UNIT_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:royal\s+)?")
#: A cue naming those who teach, not the teaching ("instructors", not "instruction").
_TRAINER_NOUN = re.compile(r"(?:trainer|instructor|mentor)s?")
#: The leader of a force named after "by": it is there too ("the battlegroup, led by Canada").
_LED_BY = re.compile(r"\b(?:led|commanded|headed)\s+by\s+(?:the\s+)?$")
#: A host or organiser named after "by" takes part in what it hosts (up to eight words between,
#: none a past form: "organised in the Gulf of Guinea each year by", not "held in March were
#: observed by").
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|led|run|conducted|held)\s+"
                        r"(?:(?![a-z]+ed\b)[\w-]+\s+){0,8}?by\s+(?:the\s+)?$")
#: Forces arriving in a place for an exercise: the place's state takes part ("US troops
#: arrived in Tbilisi on Tuesday to participate in the Noble Partner exercise").
_ARRIVED_IN = re.compile(r"\b(?:arrived|arrive|arrives|arriving|landed|flew|sailed|travell?ed|"
                         r"came|deployed)\s+(?:[\w-]+\s+){0,2}?(?:in|to|at)\s+(?:the\s+)?$")
_FOR_THE_EXERCISE = re.compile(r"[^.;:]{0,50}?\b(?:to\s+(?:participate|take\s+part)\s+in|for|"
                               r"to\s+join)\s+(?:[\w'’-]+\s+){0,5}?")
#: The agent of a passive verb: "was requested by", "were invited by".
_PASSIVE_BY = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+"
                         r"by\s+(?:the\s+)?$")
#: Helpers of an operation named after it: "counterterrorism operations aided by U.S. Africa
#: Command and the African Union" (they take part in it).
_AIDED_BY = re.compile(r"\b(?:aided|assisted|supported|backed|helped)\s+by\s+"
                       r"(?:[^,;]{0,60}?\s+and\s+)?(?:the\s+)?$")
#: "signed by" before a signatory, or before the one named after "and" ("signed by Egypt's
#: president and his Somali counterpart"): the signatories sign.
_SIGNED_BY = re.compile(r"\b(?:signed|inked|concluded|initialled|initialed|agreed|ratified|"
                        r"announced|launched|formed|forged|unveiled)\s+by\s+"
                        r"(?:[^,;]{0,80}?\s+and\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?)?"
                        r"(?:the\s+)?$")
#: A verb after the actor of a relative clause on an exercise ("the exercise Indonesia holds").
_HOLDS = re.compile(r"\s+(?:\w+ly\s+)?(?:has\s+|have\s+)?(?:holds|held|hosts|hosted|runs|ran|"
                    r"conducts|conducted|stages|staged|organi[sz]es|organi[sz]ed|co-hosts|"
                    r"co-hosted|leads|led)\b")
#: A journey to a capital before a signing ("during a visit to Ankara", "flew to Port Moresby").
_VISIT_TO = re.compile(r"\b(?:visit|visits|visited|trip|travel+ed|flew|went)\s+to\s+(?:the\s+)?$")
#: Equipment after a training verb: its subject learns ("pilots training on F-35 jets").
_ON_EQUIPMENT = re.compile(r"\s+on\s+(?!behalf\b)")
#: A verb that gives the training named after it: "to conduct training on the equipment" (the
#: subject trains others on it).
_GIVES_TRAINING = re.compile(
    r"\b(?:conduct|conducts|conducted|conducting|provide|provides|provided|providing|give|"
    r"gives|gave|giving|offer|offers|offered|offering|deliver|delivers|delivered|delivering|"
    r"impart|imparts|imparted|imparting)\s+(?:(?:the|a|an|some|specialised|specialized|"
    r"technical|hands-on)\s+)*$")
#: A meeting before the place it was held in ("at NATO's summit in Vilnius"), or a signing
#: ("signed in Moscow").
_EVENT_IN = re.compile(r"\b(?:summit|summits|meeting|meetings|talks|conference|ceremony|forum|"
                       r"dialogue|signed|inked|concluded)\s+(?:[\w-]+\s+)?(?:in|at)\s+"
                       r"(?:the\s+)?$")
_BOUGHT_FROM_GAP = len(" from the ")  # a weapons verb and the seller it names ("bought from")
_GOVERNED_GAP = len(" into ")  # a preposition between another cue and the actor it governs
#: Verb forms of a cue that govern a destination ("deployed to", "sent to"), unlike nouns
#: ("troops from", "drills with").
_PARTICIPLE_ENDINGS = ("ed", "sent", "sold", "ing")
#: Subjects that act one by one ("Finland and Denmark each signed ... with the US").
_EACH_AFTER = re.compile(r"\s*,?\s*(?:(?:have|has|had)\s+)?(?:each|separately|individually)\b")
#: Words that make every participant a partner of every other ("a trilateral exercise").
_EVERY_PAIR = re.compile(r"\b(?:trilateral|three-way|quadrilateral|four-way)\b")
#: A copula between a noun cue and the actor it names ("the biggest supplier remains Russia").
_COPULA = re.compile(r"\s+(?:is|are|was|were|remains|remained|(?:has|have|had)\s+(?:long\s+)?been|"
                     r"became|(?:has|have)\s+become)(?:\s+(?:still|now|again|by far))?\s+"
                     r"(?:the\s+)?")
#: "and" (with an auxiliary or adverb) right before a verb: a predicate of its own.
_AND_PREDICATE = re.compile(r"\band\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+|later\s+)?$")
#: "that India", "which the army": a relative clause's subject before its verb.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:[\w'-]+\s+){1,4}$")
_PAST_FORM = re.compile(rf"(?:[a-z]{{3,}}ed|given|{IRREGULAR_PAST})\b")
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|gets)\s+"
                        r"(?:(?:also|already|first|initially|previously|recently|jointly|"
                        r"reportedly|not|never|being)\s+)*$")
_PHRASE_WINDOW = 40
_ARMS_NOUNS = frozenset(["weapons", "arms", "equipment", "ammunition", "hardware", "shells",
                         "munitions", "materiel", "weaponry"])
_PREPOSITION_PHRASE = re.compile(
    r"\b(?:by|from|to|with|for|including|like|against)\s+(?:a|an|the|another|any|one|fellow)?"
    r"\s*(?:[\w'-]+\s+){0,2}$")
#: Words between an actor and a role noun that make the actor that role ("with Russia and
#: France its main suppliers", "with Chile emerging as the first customers").
_PREDICATE = re.compile(r"\s*,?\s*(?:(?:its|their|his|her)|(?:[a-z]+ing\s+)?as)\s+"
                        r"(?:(?!of\b|part\b|well\b)[\w'-]+\s+){0,3}")
#: Penalties whose cause may be named after them, and a cause named so: "(sanctioned Turkey)
#: over its (purchase)".
_PENALTY = re.compile(r"(?:ban|bans|banned|embargo|embargoes|embargoed|sanction|sanctions|"
                      r"sanctioned)")
_CAUSE_BEFORE = re.compile(r"\b(?:over|because\s+of|for)\s+(?:its|their|the)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
#: A possessive pronoun: whose a predicate noun is ("with China as *its* main supplier").
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b")
#: Worry about a transfer: who worries is no party of it ("The Biden administration has
#: expressed concern with foreign arms sales to Ethiopia").
_CONCERN_WITH = re.compile(r"\b(?:concern|concerns|concerned|worries|worry|worried|alarm|"
                           r"criticism|objections?|protests?)\s+(?:with|over|about|at|of)\s+"
                           r"(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
_PHRASE_REACH = 100  # characters searched before a position for a phrase ending there
#: Between two words, at most one more ("Russian *higher* military institutions").
_ONE_WORD_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")
#: A word naming an operation ("Kosovo Force", "Operation Barkhane").
_OPERATION_WORD = re.compile(r"\b(?:Force|Mission|Operation|Brigade)\b")
#: Between two words, at most two more ("is *already* using French drones").
_TWO_WORD_GAP = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")
#: An attribution closing a sentence: a comma, a few words of title, the speaker, a verb of
#: speech ("..., Sergei Shoigu said", "..., Defence Minister Sergei Shoigu told reporters").
_ATTRIBUTION_OPENING = re.compile(r",\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$")
_SPEECH_AFTER = re.compile(r"(?:'s?)?(?:\s+[\w'-]+){0,3}?\s+(?:said|says|told|added|stated|noted|"
                           r"announced|explained|confirmed)\b")
#: A preposition whose object is a whole topic ("concerns over Ethiopia's purchase").
#: The words of a closing attribution before an actor: "(...), Albin Kurti said on (US social
#: media)", "..., the minister told (Malian) media"; not "said on Facebook that" or "said arms
#: sales to", which open what was said.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}(?<!the\s)(?:(?:said|says|added|stated|wrote|posted|"
    r"announced)\s+(?:on|in|at|during|via|from|while)|told)\s+(?:(?!that\b)[\w'-]+\s+){0,3}$")
#: A span of years that has closed: "from 2013 to 2022", "between 2004 and 2017".
_CLOSED_SPAN = re.compile(r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till|through)\s+"
                          r"(?:19|20)\d\d\b")
_STAYING = frozenset({"MilitaryPresence", "PeacekeepingDeployment"})  # forces that stay on
_SPAN_WORDS = re.compile(r"\d\d\d\d\s+(?:to|and|until|till|through)\s")  # a cheap look first
_ABOUT_BEFORE = re.compile(r"\b(?:over|about|amid|after|despite|following|regarding|"
                           r"concerning|before|during|upon|at|inside)\s+$")
_MEMBER_NOUN = re.compile(r"[\s-]+(?:member|ally|partner|state|country|nation)\b")
#: The rest of a name after an actor, up to a closing comma ("EUTM *Somalia,*").
_NAME_REST = re.compile(r"(?:\s+[A-Z][\w'-]*){0,3},")
#: Between an event's host and its noun: a service, "'s", the event's name ("Pakistan Navy's
#: AMAN multinational exercises", "India's annual Malabar exercise"), never a verb.
_EVENT_HOST = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}['\u2019]s(?:\s+(?:[A-Z][\w-]*|annual|yearly|"
                         r"biennial|flagship|largest|latest|first|own))*\s+")
#: Types whose nouns name people ("fighters", "trainers"), which after a weapon name aircraft.
_PEOPLE_CUES = frozenset(["MilitaryPresence", "PeacekeepingDeployment", "Training"])
_NOUN_GAP = 2  # characters between a weapon's name and its noun
#: A craft noun after "trainer": the trainer is an aircraft or ship, no instructor.
_CRAFT_AFTER = re.compile(r"\s+(?:jet|jets|aircrafts?|airplanes?|planes?|helicopters?|ships?|"
                          r"vessels?|variant|variants|version|versions)\b")
#: Nouns of armed groups that are no state: "rebel shelling", "positions vacated by the rebels".
_GROUP_NOUN = (r"(?:rebels?|militants?|insurgents?|jihadists?|terrorists?|militias?|"
               r"extremists?)")
#: An armed group's noun right before a hostile word: "rebel shelling", "jihadist attacks".
_GROUP_NOUN_BEFORE = re.compile(rf"\b{_GROUP_NOUN}\s+$")
#: The attacker after a hostile word: "shelled by the rebels", "bombed by M23".
_BY_ATTACKER = re.compile(rf"\s+by\s+(?:the\s+)?(?:(?P<noun>{_GROUP_NOUN})\b)?")
#: Where an armed group acted, named after it: "schoolgirls abducted by Islamic militants in
#: northern Nigeria" (the place of the foes' deed, not of the sentence's forces).
_BY_GROUP_IN = re.compile(rf"\bby\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}{_GROUP_NOUN}\s+(?:in|at)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+)?$")
#: A member noun between a body and its members: "NATO members Norway and Denmark".
_MEMBER_NOUN_AFTER = re.compile(r"\s+(?:fellow\s+)?(?:member|members|member\s+states?|"
                                r"member\s+countries|member\s+nations|ally|allies)\s+")
#: A speaker commenting on what the cue names: "(Russian) ... spokesperson, commenting at a
#: briefing today on the (delivery) of French vehicles" speaks of another's deed.
_COMMENTING_ON = re.compile(r"\b(?:commenting|comments|commented|speaking|spoke|reacting|"
                            r"reacted|responding|responded|remarking|remarked)\b[^.;]{0,60}?"
                            r"\b(?:on|about|to)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$")
#: An opening noun phrase of a state's services, up to the state: "The counterterrorism
#: services of (Morocco) helped France ...": the state is the subject.
_OWNER_OPENING = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,3}(?:services|forces|agencies|agency|"
                            r"army|armies|military|militaries|navy|navies|troops|units|"
                            r"authorities)\s+of\s+(?:the\s+)?")
#: A place reached, then "from" the place left: "(crossed) into Nigeria from (Cameroon)".
_PLACE_THEN_FROM = r"\s+[^,;]{0,60}?\bfrom\s+(?:the\s+)?$"
#: A crossing into a place "from" another: the place left, not the forces' state.
_CROSSED_FROM = re.compile(r"\b(?:cross|crosses|crossed|crossing|move|moves|moved|moving|enter|"
                           r"enters|entered|entering|advance|advances|advanced|advancing|push|"
                           r"pushed|pushing)\s+(?:into|to|toward|towards|across)"
                           + _PLACE_THEN_FROM)
#: Forces arriving somewhere, before where they came from: "arrived in Belarus from (Russia)"
#: (not read for weapons: "helicopters arrived in Mali from Russia" names their seller).
_ARRIVED_FROM = re.compile(r"\b(?:arrive|arrives|arrived|arriving|landed|lands|landing|"
                           r"relocated|redeployed)\s+(?:in|at|on|to)" + _PLACE_THEN_FROM)
#: A state's deed in a place: "(Russia)'s actions in (Ukraine)", "Moscow's aggression in".
_DEED_IN = re.compile(r"'s\s+(?:[\w-]+\s+)?(?:actions|aggression|invasion|annexation|"
                      r"activities|behaviou?r|conduct|incursions?|offensive)\s+in\s+(?:the\s+)?$")
#: Nearness to a war, before the state it is fought in: "closer to the war in neighboring
#: (Ukraine)" (forces near a war are not where it is; "fought in the war in Syria" they are).
_WAR_IN = re.compile(r"\b(?:close|closer|closest|near|nearer|nearest|next)\s+to\s+the\s+"
                     r"(?:war|conflict|fighting|front\s*line)\s+in\s+(?:the\s+)?"
                     r"(?:neighbou?ring\s+)?$")
#: A border after the state or states named before it: "(the Romania-Ukraine) border",
#: "(the Polish) frontier".
_BORDER_AFTER = re.compile(r"(?:-[\w-]+)?\s+(?:border|borders|frontier|frontiers|boundary)\b")
#: Between a noun cue and the examples of it: "clients including", "suppliers such as".
_EXAMPLES_AFTER = re.compile(r"\s*,?\s+(?:including|such\s+as|among\s+them|notably|namely)"
                             r"\s*:?\s+(?:the\s+)?")
#: A noun whose "for" names what it is for, before a cue: "its support for Assad, ..., hosts".
_NOUN_FOR = re.compile(r"\b(?:support|backing|aid|assistance|help|sympathy|praise|respect|"
                       r"admiration|plans?|bids?|calls?)\s+for\s+(?:the\s+)?$")
#: "police" right before a troop noun ("police personnel", "police units"): law enforcement,
#: a military presence only as part of a peace operation.
_POLICE_BEFORE = re.compile(r"\bpolice\s+$")
#: Learners after a demonym: "(Ukrainian) recruits", "(Nepali) cadets".
_LEARNERS_AFTER = re.compile(rf"\s+{_LEARNER_NOUNS}\b")
#: People a passive participle says were trained, after their demonym: "(Mongolian) military
#: personnel trained", "(Iraqi) pilots who were trained".
_TRAINED_AFTER = re.compile(r"\s+(?:military\s+|army\s+|naval\s+|air\s+force\s+)?(?:personnel|"
                            r"officers|soldiers|troops|pilots|cadets|students|sailors|airmen)\s+"
                            r"(?:who\s+(?:were|are|have\s+been|had\s+been)\s+)?(?:trained|"
                            r"educated|schooled)\b")
#: What carried the goods, right before its maker: "delivered aboard an (Antonov) An-124".
_CARRIED_ABOARD = re.compile(r"\b(?:aboard|on\s+board|onboard)\s+(?:an?\s+|the\s+|two\s+|three\s+)?"
                             r"(?:[\w-]+\s+)?$")
#: A destination after a word of leaving, past the place left and its day: " for ", "
#: Bujumbura for ", " Uganda on Wednesday heading to ".
_LEFT_FOR = re.compile(r"(?:\s+(?:the\s+)?[\w'’.-]+){0,3}?(?:\s+on\s+\w+)?\s+(?:for|heading\s+"
                       r"(?:to|for)|bound\s+for|en\s+route\s+to)\s")
#: "behind" after a word of leaving: "leave (behind) 140 officers", what is kept there.
_BEHIND = re.compile(r"\s+behind\b")
#: A drill's pretence right before a combat word: "simulating refueling and air (battles)".
_SIMULATED = re.compile(r"\b(?:simulat\w*|mock|practi[cs]\w*|rehears\w*)\s+(?:[\w-]+\s+){0,4}$")
#: "due to" before a noun phrase: because of ("due to the presence of ..."), not scheduled to.
_DUE_TO_CAUSE = re.compile(r"due\s+to\s+(?:the|a|an|its|their|his|her)\s")
#: Words after which "used" describes second-hand goods ("donated used helicopters", "24 used
#: fighters"), not a state's use of them ("Mali used drones").
_USED_ADJECTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|of|some|several|more|two|three|four|five|six|eight|ten|twelve|"
    r"dozen|donated|donates|donating|gifted|gave|given|giving|bought|buys|buying|purchased|"
    r"acquired|received|sold|sells|selling|transferred|delivered|ordered|procured|obtained)|\d)"
    r"\s+$")
#: A course or exercise that ends, right after "ended": completed, not called off ("trainers
#: ended a six-week technical training course for Cambodian forces").
_COURSE_AFTER = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:course|courses|"
                           r"exercise|exercises|drill|drills|workshop|seminar|cycle)\b")
#: A vehicle noun after a troop noun: "armoured personnel carriers", "troop carriers".
_CARRIER_AFTER = re.compile(r"\s+(?:carrier|carriers|transport|transports)\b")
#: Participles of a cue that, right after the goods, say what they carry ("Vehicles equipped
#: with radios"), not who gave them.
_EQUIPPED_WORDS = ("equipped", "outfitted")
#: A capitalised word (not opening the sentence) right before a position.
_NAME_BEFORE = re.compile(r"(?<=\w )[A-Z][\w-]*(?= $)")
_NAME_REACH = 40  # characters looked back for that word
_DETERMINER_BEFORE = re.compile(r"(?:'s|\b(?:its|their|his|her|our|the|these|those))\s+$")
#: Between a supplier after "from" and a second object's origin: "from Turkey in 2021 and".
#: One or two words, a verb among them, between a subject and its indirect object.
_VERB_BETWEEN = re.compile(r"\s*(?:,\s*(?:which|who|that)\s+)?(?:has\s+|have\s+|had\s+)?[a-z]+\s+")
#: A state's force named before the state, optional: "the Armed Forces of Chile".
_FORCE_OF = r"(?:(?:armed\s+forces|army|navy|air\s+force|forces|military)\s+of\s+(?:the\s+)?)?"
#: What joins two coordinated subjects, each with its noun ("Japanese forces and the Australian").
_SUBJECT_NOUN = r"(?:'s|')?(?:\s+[\w'-]+){0,3}"  # the noun after a subject: "('s) Coast Guard"
_SUBJECT_JOIN = re.compile(rf"{_SUBJECT_NOUN}(?:\s+{SHORT_BRACKET.pattern})?\s*,?"
                           r"\s+and\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:royal\s+)?"
                           + _FORCE_OF)
#: A comma between two listed subjects, each with its noun ("The Djiboutian Coast Guard, the
#: Spanish Navy and ..."): a list only if an "and" later closes it.
_SUBJECT_COMMA = re.compile(rf"{_SUBJECT_NOUN}\s*,\s+(?:the\s+)?(?:royal\s+)?" + _FORCE_OF)
#: A place of a state named by its demonym: "(in the Tajik) city of", "port of".
_PLACE_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:city|town|village|port|capital|province|region|"
                       r"district|island|enclave|exclave|territory)\s+of\b")
#: A count of members before an alliance's name: "(the) two", "both", "all three".
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:the\s+|all\s+)?(two|three|four|both)\s+$")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_COUNT_REACH = 12
#: The members' noun after the alliance's name: "NATO members", "NATO allies".
#: The members' nouns of a body: "members", "member states".
_MEMBERS_WORDS = r"(?:members?|member\s+(?:states|countries|nations))"
_MEMBERS_AFTER = re.compile(rf"(?i)\s+(?:{_MEMBERS_WORDS}|allies)\b")
_THE_BEFORE = re.compile(r"(?:^|\s)the\s+$")  # "the EU member"
#: Verbs of joining, whose object is what is joined ("joined the EU").
_JOINING_WORDS = frozenset({"join", "joins", "joined", "joining", "rejoin", "rejoins",
                            "rejoined", "rejoining"})
#: Between "joined" and a body "of" names, where the body is what is joined ("joined the ranks
#: of NATO"), not something of it ("joined the deployment under the umbrella of the EAC").
_JOINED_OF = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ranks|membership|fold|family|club|"
                        r"alliance|bloc|organi[sz]ation|grouping|community|union)\s+of\s+"
                        r"(?:the\s+)?")
#: Between a body a state joined and another it joined later: "NATO in 2009 and the EU".
_JOINED_LATER = re.compile(r"(?:\s+(?:in|on|since)\s+[\w ]{1,20}?)?,?\s+and\s+"
                           r"(?:later\s+|then\s+|also\s+)?(?:the\s+)?")
#: Between "members" and the members it names: "NATO members Norway and Denmark".
_MEMBERS_NAMED = re.compile(r"(?:\s+(?:states|countries|nations))?(?:\s*[:(]\s*|\s+[-‐–—]\s+|\s+)"
                            r"(?:the\s+)?")
#: A lesser share before a supplier after the main one: "most of its weapons from Russia and
#: some from Turkey", "51% from Russia, 43% from Israel".
_LESSER_SHARE_FROM = re.compile(
    r"\b(?:some|others?|the\s+rest|the\s+remainder|smaller\s+(?:amounts|shares|quantities|"
    r"numbers)|a\s+few|fewer|less|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+(?:[\w-]+\s+)?"
    r"from\s+(?:the\s+)?$")
#: "followed by" before an actor ranked after another, maybe after others of the same list
#: ("followed by France (29 per cent) and the United States").
_FOLLOWED_BY = re.compile(r"\b(?:followed\s+by|ahead\s+of)\s+[^;:.]*$")
_FOLLOWED_REACH = 80  # characters before an actor searched for "followed by"
#: An actor a ranking verb puts beside the subject, in the same role ("Paraguay and Brazil
#: followed Colombia and Peru as top recipients of training"): a peer, no party of the tie.
_RANKED_BESIDE = re.compile(r"\b(?:followed|trailed|overtook|surpassed|outranked|outpaced|"
                            r"joined)\s+(?:the\s+)?$")
_AS_RANKED = re.compile(r"[^;:.]{0,40}?\bas\s+(?:the\s+)?(?:world's\s+)?(?:top|largest|biggest|"
                        r"leading|main|major|principal|second|third|fourth|fifth)\b")
#: A rank after an actor named after a ranking's leader ("and France came in second").
_RANKED_NEXT = re.compile(r"\s+" + RANK_AFTER.pattern)
#: A maker's word after its demonym ("U.S.-made", "American-origin").
_MADE_IN = re.compile(r"[\s-]*(?:made|built|designed|manufactured|produced|origin)\b")
#: A place named after "outside" ("outside NATO headquarters").
_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:headquarters|hq|building|"
                          r"embassy|embassies|summit|venue|gates|offices?|base)\b")
#: An alliance noun right after a phrase that read "military" as a force.
_ALLIANCE_AFTER = re.compile(r"\s+(?:alliance|bloc|pact|organi[sz]ation|coalition|grouping)\b")
#: "group" after a body's name and "military": the body ("the G5 Sahel military group").
_GROUP_AFTER = re.compile(r"\s+group\b")
#: A counter-terrorism cue naming an action the subject's states take together.
_JOINT_ACTION = re.compile(r"\b(?:campaigns?|operations?|offensives?|patrols?|raids?)\b")
#: The end of a wire dateline after its city ("New Delhi: ", "KABUL (Reuters) - ").
DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?::|\s[-–—―])\s(?:the\s+)?")
_DATELINE_LEAD = 2  # characters before a dateline's city (a quotation mark, a space)
#: An aside opening a sentence (after any dateline: "Guwahati: "), whose modal verb is its
#: own: "In what may (have a cascading effect ...)".
_IN_WHAT_BEFORE = re.compile(r"^\W*(?:[a-z .'-]{2,30}?" + DATELINE_END.pattern + r")?in\s+"
                             r"(?:what|a\s+move\s+that|a\s+step\s+that)\s+$")
#: A visit to a place, where a deal was made ("during the minister's visit to Denmark").
_VISIT_NOUN_TO = re.compile(r"\b(?:visit|visits|trip|trips|tour|journey)\s+to\s+(?:the\s+)?$")
#: Where trainees go next: "undergoing training ... ahead of their deployment to (Somalia)".
_DEPLOYMENT_TO = re.compile(r"\b(?:deployment|deployments|deploying|redeployment|rotation)\s+to\s+"
                            r"(?:the\s+)?$")
#: A delivery stated as done, whatever was promised before it: "the last of the jets it
#: promised to Ukraine had been delivered" (not "will have been delivered").
_DONE_BEFORE = re.compile(r"(?<!will\s)(?<!would\s)(?<!to\s)\b(?:has|have|had)\s+(?:now\s+|all\s+|"
                          r"finally\s+|already\s+)?been\s+$|\b(?:was|were)\s+(?:finally\s+)?$")
_DONE_REACH = 30
#: A promise made before, named in a relative clause after what was delivered.
_PROMISED = re.compile(r"(?:pledged|promised|offered|committed)")
_PRONOUN_BEFORE = re.compile(r"\b(?:it|they|that|which)\s+(?:had\s+|has\s+|have\s+)?$")
#: A relative pronoun: a hedge after it is the relative clause's, not the cue's.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\b")
#: An agreement with the state forces are sent to, right after the cue's phrase.
_HOST_AGREEMENT = re.compile(r"\b(?:deployed|stationed|based|sent|present)\s+(?:there\s+)?under\s+"
                             r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:agreement|arrangement|accord|"
                             r"deal|pact)\s+with\s+(?:the\s+)?$")
#: Between two chunks of one list whose second lost the marker of the first to a force's
#: name ("the Brazilian Navy and the Armed Forces of Chile", "U.S. Army Pacific, U.S. Marine").
_LIST_GOES_ON = re.compile(r"(?:\s+[\w.'-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                           + _FORCE_OF)
#: Cue words read alone: joining others ("troops joined Danish forces"), founding a body,
#: a member ("NATO member Turkey").
_JOIN_WORDS = frozenset({"join", "joins", "joined", "joining"})
_FOUNDING_WORDS = frozenset({"formed", "founded", "created", "established"})
_MEMBER_WORDS = frozenset({"member", "members"})
_INCLUDE_WORDS = frozenset({"include", "includes", "included"})
#: A plural noun after "member": "SCO member states: China, Russia ...".
_PLURAL_MEMBERS = re.compile(r"\s+(?:states|countries|nations|governments|armies)\b")
#: The weapons a verb of using names, then "from" and their supplier ("operating DCD
#: Springbuck vehicles from"): one to six words, no comma, not "operating from" a base.
_OBJECT_BEFORE_FROM = re.compile(r"\s+(?:[\w-]+\s+){1,6}from\s+(?:the\s+)?")
#: Verbs of using weapons: a transfer only before weapons of foreign make ("Morocco flies
#: French Mirage jets"), never alone ("Russia uses drones").
_OPERATING_WORDS = frozenset({"operate", "operates", "operated", "operating", "use", "uses",
                              "using", "fly", "flies", "flying", "fielded", "fielding"})
#: A body whose framework holds an agreement ("in the framework of the CSTO").
_FRAMEWORK_OF = re.compile(r"\b(?:in|within|under)\s+the\s+(?:framework|auspices|umbrella|aegis)"
                           r"\s+of\s+(?:the\s+)?$")
#: Between two weapons' origins: "Russian Sukhoi jets and American".
_DESCRIBED_JOIN = re.compile(r"(?:\s+[\w-]+){1,3}(?:,\s+|,?\s+and\s+)(?:[\w-]+\s+)?")
_OBJECT_JOIN = re.compile(r"(?:\s+(?:in|since)\s+\d{4})?,?\s+and\s+(?:[\w,-]+\s+){0,3}")
_SHARE = re.compile(r"\s+(?:accounting|accounted|responsible)\s+for\b|\s+(?:making up|providing|"
                    r"supplying)\s+(?:most|much|the rest|a|an|about|nearly|almost|over|\d)")
_CONTRAST = re.compile(r"(?:but|while|whereas|although|though|however|yet)\b")
#: Prepositions before a recipient, and the words of a national force's name between the state
#: and its troop noun ("Kenya Defence Forces", "South Sudan People's Defence Forces").
_RECEIVING = frozenset(["to", "for"])
_FORCE_NAME_WORDS = frozenset(["defence", "defense", "armed", "national", "people's", "peoples",
                               "self-defence", "self-defense", "security", "military"])
#: An agreement noun followed, in its own phrase, by the past of its signing ("the agreement
#: between X and Y signed on Thursday", "the pact signed in 2019").
_SIGNED_AFTER = re.compile(r"[^.;:,]{0,150}?(?<!\bbe\s)\b(?:signed|concluded|inked)\s+"
                           r"(?:on|in|last|earlier|this|at|during|by|in\s+\d{4})\b")
#: An agreement signed that allows what follows: the exchange it allows is under way.
_SIGNED_ALLOWING = re.compile(r"\b(?:signed|concluded|inked)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:agreement|accord|pact|treaty|memorandum)\b[^.;]{0,40}?"
                              r"\b(?:allowing|allows|enabling|enables|permitting|permits)\b[^.;]*$")
#: A contract already signed after a future sale or delivery ("will build four ships for the
#: Peruvian Navy under a $463 million contract signed this week"): the order exists.
_CONTRACT_SIGNED = re.compile(
    r"\bunder\s+(?:a|an|the)\s+[^.;:]{0,60}?\b(?:contract|deal|order)\s+(?:(?:was|were)\s+)?"
    r"(?:signed|inked|placed|awarded|concluded)\b(?!\s+(?:next|later|soon))")
#: A sentence opening on a deal already made: "Under the deal, worth $2.1 billion, Lockheed
#: Martin will supply 32 jets" (not "Under a plan", nor "Under a deal to be signed").
_UNDER_THE_DEAL = re.compile(
    r"\W{0,2}under\s+(?:the|this|that|its|their)\s+(?:[\w$.-]+\s+){0,3}?"
    r"(?:contract|contracts|deal|deals|order|agreement|accord)\b(?!\s+(?:to\s+be|being)\b)")
#: A year naming when an agreement was made ("as part of a 2014 military agreement").
_DATED_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:19\d\d|20[0-2]\d)\s+(?:[\w-]+\s+){0,2}$")
_DATED_REACH = 40
#: A verb right before a presence that presupposes it, whatever future it is in: one of reducing
#: ("scale back its military presence"), or of keeping ("will keep several thousand U.S.
#: (troops)", "will maintain 4,000 (troops)").
_PRESENCE_PRESUPPOSED = re.compile(
    r"\b(?:(?:reduce|reduces|reducing|cut|cuts|cutting|scale back|scales back|scaling back|"
    r"downsize|downsizes|downsizing|trim|trims|trimming|shrink|shrinks|shrinking|halve|"
    r"halves|halving|draw down|draws down|drawing down|reduction (?:of|in)|cut in)\s+"
    r"(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+)?"
    r"|(?:keep|keeps|keeping|maintain|maintains|maintaining|retain|retains|retaining)\s+"
    r"(?:(?:its|their|the)\s+)?(?:[\w.,-]+\s+){0,4})$")
_PRESUPPOSED_REACH = 60
#: A modal that keeps forces where they are: "(troops) will remain (at the air base)"; not a
#: stay with an end ("will stay in Serbia until 14 November": there for an exercise).
_STAYING_ON = re.compile(r"(?:will|would|shall)\s+(?:still\s+|also\s+)?(?:remain|stay)\b"
                         r"(?![^,.;]*\buntil\b)")
#: What separates a noun cue from the actor it names in apposition ("its main supplier, Russia",
#: "two main suppliers of jets, France and the United States").
_APPOSITION = re.compile(r"\s*(?:of\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*)?,\s*")
_ASIDE_GAP = 3  # characters between a noun cue and the ", which" describing it
_POSSESSOR_GAP = 2  # words between a possessor and its noun ("Ukraine's largest military donors")
_GROUPS = ("pair", "trio", "quartet")


@dataclass(frozen=True)
class Candidate:
    """A tie one sentence states (or, with ``ended``, says has ended)."""

    type: str
    source: Entity
    target: Entity
    segment: Segment
    confidence: float
    weapons: tuple[Entity, ...] = ()
    ended: bool = False
    #: Where the clause stating it begins (-1 when no clause does: tables, the article).
    clause: int = field(default=-1, compare=False)
    #: The weapons that clause itself names (``weapons`` may be the sentence's).
    named_weapons: tuple[Entity, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Partial:
    """A directed tie with one side left open ("Nigeria inducted JF-17 jets").

    ``known`` fills ``role``; the article may complete it: a weapon's supplier
    named elsewhere, or the direction of the same pair's other ties (``pair``).
    """

    type: str
    known: tuple[Entity, ...]
    role: str
    segment: Segment
    confidence: float
    weapons: tuple[Entity, ...] = ()


@dataclass
class SentenceTies:
    """What one sentence yields."""

    ties: list[Candidate] = field(default_factory=list)
    partial: list[Partial] = field(default_factory=list)
    #: Pairs at war in this sentence ("Russia's invasion of Ukraine"), with the tie types
    #: their hostility rules out.
    hostile: list[tuple[frozenset[Entity], frozenset[str]]] = field(default_factory=list)


def kinds_allow(spec: Sequence[str], entity: Entity) -> bool:
    """True if ``entity`` fits a kinds column of ``tie_types.csv`` ("Country|-Alliance"); a
    key after "-" excludes one entity ("-united-nations": no defence alliance)."""
    category = entity.category or ("PlainOrganisation" if entity.kind == "Organisation" else None)
    if (category and f"-{category}" in spec) or f"-{entity.key}" in spec:
        return False
    return entity.kind in spec or (category is not None and category in spec)


def _flip(role: str) -> str:
    return "target" if role == "source" else "source"


def _words_between(lowered: str, start: int, end: int) -> list[str] | None:
    gap = _THOUSANDS.sub("", lowered[start:end])  # "70,000" is one word
    if any(char in gap for char in ",;:()"):
        return None
    return [word for word in _BETWEEN_WORDS.findall(gap) if word not in ("'s", "s")]


def _names_own_forces(chunk: Chunk, cue_start: int, sentence: _Sentence) -> bool:
    """True if the troop noun at ``cue_start`` is the name of ``chunk``'s own forces, given
    after a preposition ("to the Kenya Defence Forces", "for the Lebanese Armed Forces")."""
    if chunk.marker not in _RECEIVING or chunk.end > cue_start:
        return False
    words = _words_between(sentence.lowered, chunk.end - sentence.offset,
                           cue_start - sentence.offset)
    return words is not None and 0 < len(words) <= 2 and all(word in _FORCE_NAME_WORDS
                                                             for word in words)


def _modifies(chunk: Chunk, cue_start: int, lowered: str, offset: int) -> bool:
    """True if the chunk stands right before a noun cue ("American military aid")."""
    if chunk.end > cue_start:
        return False
    words = _words_between(lowered, chunk.end - offset, cue_start - offset)
    if words and chunk.possessive and words[0] in OWNED_FORCES:
        return False  # "has given Georgia's army military aid": Georgia owns only the army
    if words is None:
        return False
    # "Canada's largest non-U.S. defense export destination": "non-" only narrows the noun
    counted = [word for word in words if not word.startswith("non-")]
    return len(counted) <= (_POSSESSOR_GAP if chunk.possessive else 0)


class _Sentence:
    """One sentence's text, cues and modifiers, with the helpers the rules share."""

    def __init__(self, text: str, segment: Segment, mentions: Sequence[Mention],
                 lexicon: Lexicon, scan: Scan, topic_start: int | None = None) -> None:
        self.segment = segment
        self.topic_start = segment.start if topic_start is None else topic_start
        self.text = text
        self.offset = segment.start
        self.scan = scan
        self.lowered = scan.lowered[segment.start:segment.end]
        self.lexicon = lexicon
        self.weapons = tuple(dict.fromkeys(mention.entity for mention in mentions
                                           if mention.entity.kind == "WeaponSystem"))
        self.weapon_spans = [(mention.start, mention.end, mention.entity) for mention in mentions
                             if mention.entity.kind == "WeaponSystem"]
        #: The weapons goods can be, without the aircraft that carried them ("delivered aboard
        #: an An-124"), found once for the sentence's clauses.
        self._cargo = [(start, entity) for start, _end, entity in self.weapon_spans
                       if not self.leads_near(_CARRIED_ABOARD, start)]
        #: A weapon system other than a named ship ("supplies to troops on the BRP Sierra Madre"
        #: is no arms talk) makes the sentence speak of arms.
        self.armed = any(mention.entity.kind == "WeaponSystem" and (
            mention.form != "ship" or _SHIP_GIVEN.match(text, mention.end) is not None)
            for mention in mentions)
        groups = [mention for mention in mentions
                  if mention.entity.category == "NonStateArmedGroup"]
        self.armed_group = bool(groups)
        #: A private military company is forces ("The Wagner Group has been operating in ...").
        self.contractors = any(mention.entity.category == "PrivateMilitaryCompany"
                               for mention in mentions)
        #: Where armed groups' names start and end: the attackers of "M23 shelling".
        self.group_edges = {edge for mention in groups for edge in (mention.start, mention.end)}
        self.names = [(mention.start, mention.end) for mention in mentions
                      if mention.entity.kind in ("Place", "Organisation", "WeaponSystem")
                      and mention.end - mention.start > _SHORT_NAME]
        self.cues: list[tuple[Cue, int, int]] = []
        self.mention_ends = {mention.end for mention in mentions}
        self._mentions = mentions
        # a phrase that begins inside a name ("North Atlantic *Treaty* Organization's
        # battlegroup ... includes") is no modifier
        self.modifiers = [(start, end, lexicon.modifiers[number], text[start:end])
                          for start, end, number in scan.within("modifiers", segment.start,
                                                                segment.end)
                          if not any(a < start < b for a, b in self.names)]

    def after_weapon(self, position: int) -> bool:
        """True if a weapon system's name ends right before ``position`` ("Gripen fighters"),
        or a capitalised word no mention covers before "fighters" ("French Mirage fighters")."""
        if any(0 <= position - end <= _NOUN_GAP and not self.text[end:position].strip(" -")
               for _start, end, _entity in self.weapon_spans):
            return True
        if not self.lowered.startswith("fighter", position - self.offset):
            return False
        name = _NAME_BEFORE.search(self.text, max(self.offset, position - _NAME_REACH), position)
        return name is not None and name.end() not in self.mention_ends

    def has_topic(self, topic: str) -> bool:
        if topic == "arms" and self.armed:
            return True
        if topic == "armed_group" and self.armed_group:
            return True
        if topic == "troops" and self.contractors:
            return True
        # "KFOR ... peacekeeping force. Italy is among the largest contributors": a mission
        # or an exercise ("The Cobra Gold exercise opened. Taking part are ...") named in the
        # sentence before stays the topic
        start = self.topic_start if topic in _CARRIED_TOPICS else self.segment.start
        if topic == "military" and _SIMILAR_DEALS.search(self.lowered):
            start = self.topic_start  # "Egypt also signed similar agreements with Burundi"
        return self.scan.has_topic(topic, start, self.segment.end)

    @functools.cached_property
    def _place_starts(self) -> frozenset[int]:
        """Where the sentence's places start (asked only after a word of leaving)."""
        return frozenset(mention.start for mention in self._mentions
                         if mention.entity.kind == "Place")

    def _journey_from_a_city(self, end: int, clause: Clause) -> bool:
        """True if a city follows a word of leaving and "to" or "for" follows later in the
        clause ("departed Zhanjiang on Tuesday to set up a base")."""
        lead = _CITY_LEAD.match(self.lowered, end - self.offset)
        return lead is not None and lead.end() + self.offset in self._place_starts and \
            _TOWARDS_WORD.search(self.lowered, lead.end(), clause.end - self.offset) is not None

    def modality(self, cue: Cue, clause: Clause, cue_start: int) -> tuple[str, float]:
        """("drop" | "ended" | "active", confidence factor) of a cue in its clause."""
        status, factor = "active", 1.0
        exists: bool | None = None  # asked only of a cue with a hedge before it
        for start, end, modifier, written in self.modifiers:
            if modifier.kind == "hedge" and _DUE_TO_CAUSE.match(self.lowered, start - self.offset):
                continue  # "due to the presence of a French contingent": a cause, no schedule
            if modifier.kind == "hedge" and written.lower() == "request" and \
                    self.leads_near(_AT_SOMEONES, start):
                continue  # "At Maputo's request, Kigali deployed troops": asked, and done
            if modifier.kind == "hedge" and self.leads_near(_IN_WHAT_BEFORE, start):
                continue  # "In what may have a cascading effect ..., India and China have
                # signed": the aside guesses at the effect, not at the signing
            if modifier.kind == "hedge" and start < cue_start:
                if exists is None:
                    exists = self._exists_anyway(cue, cue_start)
                if exists:
                    continue
            if modifier.scope == "whole_sentence" and modifier.applies_to(cue.type):
                status = "drop"  # "signed a pact ..., but the deal has never entered into force"
                continue
            if modifier.scope == "sentence" and start < cue_start and \
                    modifier.applies_to(cue.type) and status != "ended":
                status = "drop"  # "denied reports that it had sent troops"
                continue
            if not clause.contains(start) or not modifier.applies_to(cue.type):
                continue
            if modifier.kind == "other_sense" and _STATIONED.match(
                    self.lowered, cue_start - self.offset) and \
                    _TAKES_PART_OR_VISITS.search(written.lower()):
                continue  # "US troops stationed in Poland took part in the drills", "on his
                # way to visit Spanish units stationed in Djibouti": based there
            if modifier.kind in ("hostile", "negation") and start < cue_start and \
                    (modifier.kind == "hostile" or _PENALTY.fullmatch(written.lower())) and \
                    _CAUSE_BEFORE.search(
                    self.lowered, max(0, cue_start - self.offset - _PHRASE_REACH),
                    cue_start - self.offset):
                continue  # "sanctioned Turkey over its purchase of Russian S-400s": a cause
            if modifier.kind == "hostile" and self.leads_near(_NO_WAR_BETWEEN_BEFORE, start):
                continue  # "held exercises with Russia's navy following Russia's invasion of
                # Ukraine": when, not between whom; "to monitor the cessation of hostilities": a
                # peace kept
            if modifier.kind == "hostile" and self._by_armed_group(start, end):
                continue  # "soldiers serving in the DRC were killed by M23 shelling": still there
            if modifier.kind == "hostile" and _DETERRED.search(
                    self.lowered, max(0, start - self.offset - _DETERRED_REACH),
                    start - self.offset):
                continue  # "a pact to deter any aggression against the kingdom": no war yet
            if modifier.kind == "negation" and (
                    _UNSAID.match(self.lowered, end - self.offset)
                    or _NOT_ONLY.match(self.lowered, end - self.offset)
                    or (written.lower() == "outside"
                        and _PLACE_AFTER.match(self.lowered, end - self.offset))):
                continue  # "did not say how many soldiers are deployed": they are; "not only";
                # "outside NATO headquarters": a place, not outside the alliance
            if modifier.kind == "ended" and written.lower() in ("ended", "ending") and \
                    _COURSE_AFTER.match(self.lowered, end - self.offset):
                continue  # "ended a six-week training course": completed it
            if modifier.kind == "ended" and written.lower() in _DEPARTING and \
                    self._journey_from_a_city(end, clause):
                continue  # "personnel departed Zhanjiang on Tuesday to set up a support base
                # in Djibouti": a journey from a port, not out of a presence
            if modifier.kind == "ended" and cue.type == "AllianceMembership" and \
                    written.lower().startswith(("freez", "froze")):
                continue  # "a de facto freeze of its membership": still a member
            if modifier.kind == "other_sense" and _CARRIER_AFTER.match(self.lowered,
                                                                       end - self.offset):
                continue  # "sent armoured personnel carriers": vehicles, not people
            if modifier.kind == "other_sense" and _ALLIANCE_AFTER.match(self.lowered,
                                                                        end - self.offset):
                continue  # "member of the transatlantic military alliance": a member state
            if modifier.kind == "other_sense" and _GROUP_AFTER.match(self.lowered,
                                                                     end - self.offset) and \
                    any(start < a and b <= end for a, b in self.names):
                continue  # "member of the G5 Sahel military group": the body named, no army
            if modifier.kind == "other_sense" and any(a < end <= b for a, b in self.names):
                continue  # "member of the Islamic Military Counter Terrorism Coalition": its
                # "Military" is a word of a body's name, not an army
            if written[:1].isupper() and start > clause.start and \
                    modifier.kind not in ("reported", "other_sense"):
                continue  # "in May 2021": a month or a name, not the modal verb
            if (modifier.scope == "before" and start >= cue_start) or \
                    (modifier.scope == "cue" and start != cue_start):
                continue
            if start < cue_start and self.own_predicate(start, cue_start):
                continue  # "has frozen its membership and bought artillery": not frozen
            if modifier.kind == "hedge" and written[:1].islower() and \
                    _PLAN_NOUN.fullmatch(written) and self._named_plan(start, end):
                continue  # "under an action plan the two governments launched": no hedge
            if modifier.kind == "ended" and _DEPARTED_FOR.match(written.lower()) and \
                    _LEFT_FOR.match(self.lowered, end - self.offset):
                continue  # "departed for Lebanon", "left Bujumbura for Mogadishu", "departed
                # Uganda on Wednesday heading to the DRC": a destination, not an end
            if modifier.kind == "ended" and _DEPARTED_FOR.match(written.lower()) and \
                    _BEHIND.match(self.lowered, end - self.offset):
                continue  # "decided to leave behind 140 officers in Sierra Leone": they stay
            if modifier.kind == "ended" and _ENDING_A_THREAT.match(self.lowered,
                                                                 end - self.offset):
                continue  # "efforts aimed at ending the insurgency": a goal, not an end
            if modifier.kind == "ended" and _ENDED_BY_FOES.match(self.lowered, end - self.offset):
                continue  # "took control of positions vacated by the M23 rebels": theirs
            if modifier.kind == "ended" and (
                    _NEW_ONES.search(self.lowered, 0, cue_start - self.offset)
                    or self._asked_for(start, clause)):
                # "suspended new arms purchases": the earlier ones stand; "demanded the closure
                # of the base", "would withdraw": an end asked for or to come ends nothing yet
                status = "drop"
            elif modifier.kind == "ended":
                status = "ended"
            elif modifier.kind in ("negation", "hedge", "hostile", "deployment", "other_sense") \
                    and status != "ended":
                status = "drop"
            elif modifier.kind in ("reported", "commitment"):
                factor *= self.lexicon.confidence.get(f"factor_{modifier.kind}", 1.0)
        if status == "active" and cue.type in _STAYING and \
                _SPAN_WORDS.search(self.lowered, clause.start - self.offset,
                                   clause.end - self.offset) is not None and \
                _CLOSED_SPAN.search(self.lowered, clause.start - self.offset,
                                    clause.end - self.offset):
            status = "drop"  # "French troops were based in Mali from 2013 to 2022": over
        return status, factor

    def _by_armed_group(self, start: int, end: int) -> bool:
        """True if an armed group, not a state, does what the hostile word at ``start`` says
        ("killed by M23 shelling", "targeted by rebel shelling", "shelled by the rebels")."""
        lowered, offset = self.lowered, self.offset
        if any(0 <= start - edge <= 1 for edge in self.group_edges) or \
                _GROUP_NOUN_BEFORE.search(lowered, max(0, start - offset - _PHRASE_REACH),
                                          start - offset):
            return True
        by = _BY_ATTACKER.match(lowered, end - offset)
        return by is not None and (offset + by.end() in self.group_edges
                                   or by.group("noun") is not None)

    def hosts_before_exercise(self, hosts: list[Chunk], clause: Clause,
                              cue_start: int) -> list[Chunk]:
        """The hosts of a presence named before the clause says the forces held an exercise:
        a place after it is only where the exercise was ("US troops in Poland held drills";
        "warships from Oman held drills in Pakistan": no presence)."""
        if not hosts or _STATIONED.match(self.lowered, cue_start - self.offset):
            return hosts
        hosts = [chunk for chunk in hosts if not self._where_exercise_held(chunk)]
        start, end = clause.start - self.offset, clause.end - self.offset
        if _FOR_EXERCISE.search(self.lowered, start, end):
            return []  # "German jets flew to Chitose air base for the Nippon Skies drills"
        held = _HOLDS_EXERCISE.search(self.lowered, start, end)
        if held is None:
            return hosts
        return [chunk for chunk in hosts if chunk.start < held.start() + self.offset]

    def _where_exercise_held(self, chunk: Chunk) -> bool:
        """True for the place a participle gives an exercise ("The exercise, held in Mongolia,
        involved troops from 20 nations"): where the drills were, not where the troops are."""
        position = chunk.start - self.offset
        return _EXERCISE_HELD_IN.search(self.lowered, max(0, position - _HELD_IN_REACH),
                                        position) is not None

    def describes_forces_there(self, cue: Cue, clause: Clause, cue_start: int) -> bool:
        """True for "stationed" describing forces in a clause a hedge governs ("will join the
        battalion stationed in Rukla"): the forces are there whatever the future."""
        return cue.type == "MilitaryPresence" and self._forces_described(cue_start) and \
            any(modifier.kind == "hedge" and clause.start <= start < cue_start
                for start, _end, modifier, _written in self.modifiers)

    def _forces_described(self, cue_start: int) -> bool:
        """True if the cue is "stationed" or "based" right after a noun: a participle saying
        where forces are ("its aircraft based at N'Djamena"), not a verb ("will be based")."""
        position = cue_start - self.offset
        return _STATIONED.match(self.lowered, position) is not None and \
            _NOUN_BEFORE.search(self.lowered, max(0, position - _NOUN_REACH),
                                position) is not None

    def _exists_anyway(self, cue: Cue, cue_start: int) -> bool:
        """True if what the cue names exists whatever future is said before it: an agreement
        "signed on Thursday" or dated by a past year, a presence a country "could reduce" or
        forces "stationed" there, an order "under a contract signed this week"."""
        position = cue_start - self.offset
        if cue.type == "ArmsTransfer":  # "will build four ships under a contract signed"
            return _CONTRACT_SIGNED.search(self.lowered, position) is not None or \
                _UNDER_THE_DEAL.match(self.lowered) is not None or \
                _DONE_BEFORE.search(self.lowered, max(0, position - _DONE_REACH),
                                    position) is not None
        if cue.type == "DefenceAgreement":
            return _SIGNED_AFTER.match(self.lowered, position) is not None or \
                _DATED_BEFORE.search(self.lowered, max(0, position - _DATED_REACH),
                                     position) is not None
        if cue.type == "MilitaryPresence":
            return _PRESENCE_PRESUPPOSED.search(
                self.lowered, max(0, position - _PRESUPPOSED_REACH), position) is not None or \
                self._forces_described(cue_start)
        if cue.type == "IntelligenceSharing":  # "signed an agreement in 2021 allowing the two
            return _SIGNED_ALLOWING.search(self.lowered, 0, position) is not None  # to exchange"
        if cue.type == "AllianceMembership":  # "urged NATO member Turkey to pull back": a title
            return cue_start - 1 in self.mention_ends and self.text[cue_start - 1] == " " and \
                _TITLED_MEMBER.match(self.text, cue_start) is not None
        return False

    def _asked_for(self, position: int, clause: Clause) -> bool:
        """True if a demand or a hedge before ``position`` in its clause governs an ending
        there ("demanded the closure of the base", "would withdraw")."""
        return bool(_ASKED_FOR.search(self.lowered, clause.start - self.offset,
                                      position - self.offset)) or \
            any(modifier.kind == "hedge" and clause.start <= start < position
                for start, _end, modifier, _written in self.modifiers)

    def _named_plan(self, start: int, end: int) -> bool:
        """True if a plan word is a noun with a determiner and no "to" after it ("under an
        action plan", not "the plan to buy jets")."""
        return bool(_A_NOUN_BEFORE.search(self.lowered, 0, start - self.offset)) and \
            not self.lowered.startswith(" to ", end - self.offset)

    def own_predicate(self, start: int, cue_start: int) -> bool:
        """True if the cue is a verb in the past joined by "and" to the predicate holding the
        word at ``start`` ("has frozen its membership and bought artillery"), or of a relative
        clause of its own ("will replace the MiG-21s that India bought")."""
        before = self.lowered[start - self.offset:cue_start - self.offset]
        return bool(_AND_PREDICATE.search(before) or _RELATIVE_SUBJECT.search(before)) and \
            bool(_PAST_FORM.match(self.lowered, cue_start - self.offset))

    def enemies(self, cue: Cue, clause: Clause) -> set[Entity]:
        """Actors the clause fights ("they fought Ukrainian troops", "fired at Philippine boats").

        The object of a combat word is a foe, so no cooperative tie links it with anyone
        in the clause; a foe named further on ("to fight insurgents in Mali") is not read.
        """
        foes: set[Entity] = set()
        for start, end, modifier, written in self.modifiers:
            if modifier.kind != "combat" or not clause.contains(start) \
                    or not modifier.applies_to(cue.type) or (
                        self.leads_near(_SIMULATED, start) and cue.type not in _STAYING):
                continue  # (an exercise "simulating refueling and air battles" fights no one;
                # but warships that "simulated strikes on" an island are not there)
            # "secure its border from Daesh": the word's own preposition names the foe
            markers = (None, "at", "on", "exclude", "in", *written.lower().split()[-1:])
            for chunk in clause.chunks:
                if end <= chunk.start <= end + _FOE_GAP and chunk.coreference in (
                        None, "definite") and chunk.marker in markers:
                    foes.update(party.entity for party in chunk.parties)
        return foes

    def hostilities(self, clauses: Sequence[Clause]
                    ) -> list[tuple[frozenset[Entity], frozenset[str]]]:
        """Pairs a hostile or combat word sets against each other: the actor just before it and
        the one just after ("Russia's invasion of Ukraine", "Iran attacked Israel")."""
        found: list[tuple[frozenset[Entity], frozenset[str]]] = []
        offset = self.offset
        if self.has_topic("history"):
            return found  # "Japan, which occupied the Philippines during the Second World War"
        for start, end, modifier, _written in self.modifiers:
            if modifier.kind not in ("hostile", "combat"):
                continue
            clause = next((c for c in clauses if c.contains(start)), None)
            chunks = clause.chunks if clause is not None else []
            left = [chunk for chunk in chunks if chunk.end <= start and
                    len(self.lowered[chunk.end - offset:start - offset]) <= _HOSTILE_GAP]
            right = [chunk for chunk in chunks if chunk.start >= end and
                     len(self.lowered[end - offset:chunk.start - offset]) <= _FOE_GAP and
                     chunk.marker not in _NOT_FOE]  # "the battle for Tripoli": the prize
            if not left or not right:
                continue
            for one in left[-1].parties:
                for other in right[0].parties:
                    if one.entity != other.entity:
                        found.append((frozenset((one.entity, other.entity)), _AT_WAR))
        return found

    def interruption(self, cue: Cue, clause: Clause, cue_end: int, reach: int) -> int | None:
        """Where the first negation or hedge stands between a cue and the parties after it, if
        one does.

        "2,000 US troops would deploy to Poland": the modal follows the cue
        "troops" but still governs the tie with Poland.
        """
        return min((start for start, end, modifier, written in self.modifiers
                    if cue_end <= start < reach and clause.contains(start)
                    and modifier.kind in ("negation", "hedge") and modifier.applies_to(cue.type)
                    and not written[:1].isupper() and not self._determined(start)
                    and not (modifier.kind == "negation"  # "not only from Mali, but also"
                             and _NOT_ONLY.match(self.lowered, end - self.offset))
                    and not (_PLAN_NOUN.fullmatch(written) and self._named_plan(start, end))
                    # "US troops will remain at Iraq's Ain al-Asad air base": there now
                    and not (cue.type == "MilitaryPresence"
                             and _STAYING_ON.match(self.lowered, start - self.offset))
                    # "signed an agreement which Blinken said would expand ...": the relative
                    # clause's hedge is about what the agreement will do
                    and not _RELATIVE_BEFORE.search(self.lowered, cue_end - self.offset,
                                                    start - self.offset)
                    # "delivered all 24 F-16s it pledged to Ukraine": what was promised before
                    # is what was delivered
                    and not (_PROMISED.fullmatch(written.lower()) and _PRONOUN_BEFORE.search(
                        self.lowered, cue_end - self.offset, start - self.offset))),
                   default=None)

    def _determined(self, position: int) -> bool:
        """True if a possessive or article stands right before ``position``: the word is a noun
        ("intelligence on Iran's plans", "the plans"), not a modal verb."""
        return bool(_DETERMINER_BEFORE.search(self.lowered, 0, position - self.offset))

    def words(self, start: int, end: int) -> str:
        """The folded text between two offsets of the article (a cue's words)."""
        return self.lowered[start - self.offset:end - self.offset]

    def leads_near(self, pattern: re.Pattern[str], position: int) -> bool:
        """:meth:`leads_to` for a pattern of a short phrase: only the text within
        ``_PHRASE_REACH`` characters before ``position`` is searched."""
        end = position - self.offset
        return pattern.search(self.lowered, max(0, end - _PHRASE_REACH), end) is not None

    def leads_to(self, pattern: re.Pattern[str], position: int) -> bool:
        """True if ``pattern`` (anchored with ``$``) matches the text just before ``position``
        ("led by " before "Canada")."""
        return pattern.search(self.lowered, 0, position - self.offset) is not None

    def cue_between(self, tie_type: str, start: int, end: int) -> bool:
        """True if a cue of ``tie_type`` lies between ``start`` and ``end``."""
        return any(start <= cue_start and cue_end <= end and cue.type == tie_type
                   for cue, cue_start, cue_end in self.cues)

    def clause_weapons(self, clause: Clause) -> tuple[Entity, ...]:
        """The weapons the clause names (else the sentence), without the aircraft that
        carried them ("delivered aboard an An-124")."""
        return self.named_weapons(clause) or \
            tuple(dict.fromkeys(entity for _start, entity in self._cargo))

    def named_weapons(self, clause: Clause) -> tuple[Entity, ...]:
        """The weapons the clause itself names, without the aircraft that carried them."""
        return tuple(dict.fromkeys(entity for start, entity in self._cargo
                                   if clause.contains(start)))


# ---------------------------------------------------------------- roles


#: A word before "groups" that makes it a noun: "the militant groups", "armed groups".
_GROUPS_NOUN_BEFORE = re.compile(
    r"\b(?:the|these|those|other|several|many|some|all|both|various|such|two|three|four|\d+|"
    r"militant|armed|rebel|terrorist|terror|extremist|jihadist|islamist|insurgent|criminal|"
    r"ethnic|separatist|paramilitary|splinter|opposition|advocacy|pressure|lobby|working|"
    r"interest|rights|civil|local|small|large|regional|international|political|religious)\s+$")


#: What a participle of supplying may follow without moving goods: "data provided by".
_INFORMATION_BEFORE = re.compile(r"\b(?:data|information|images|imagery|footage|photos|"
                                 r"photographs|pictures|figures|statistics|estimates|details|"
                                 r"maps|analysis)\s+$")


#: A named ship given away: "(the RFNS Savenaca) was gifted", "(HMAS Sydney) has been sold".
_SHIP_GIVEN = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:gifted|donated|"
                         r"sold|transferred|handed\s+over|delivered)\b")


def _cues(sentence: _Sentence) -> Iterator[tuple[Cue, int, int]]:
    """Cues of the sentence whose required topic it mentions, leftmost and longest first.

    A cue that lacks its topic does not hide a shorter cue inside it ("signed a
    reciprocal access agreement" without a defence word still holds "reciprocal
    access agreement").
    """
    lexicon, reached, span, gapped = sentence.lexicon, 0, (-1, -1), ""
    segment = sentence.segment
    for start, end, number in sentence.scan.within("cues", segment.start, segment.end):
        cue = lexicon.cues[number]
        if end > segment.end or (cue.topics and not any(map(sentence.has_topic, cue.topics))):
            continue
        if any(a <= start and end <= b for a, b in sentence.names) or \
                any((a, b) == (start, end) for a, b, _weapon in sentence.weapon_spans):
            continue  # "Clark Air Base", "Multinational Joint Task Force", the Osa missile: names
        if sentence.text[start].isupper() and _OFFICE_BEFORE.search(
                sentence.text, max(segment.start, start - _PHRASE_REACH), start):
            continue  # "the Army's Inspector General Training and Evaluation": a post
        if sentence.text[start].isupper() and _INSTITUTION_AFTER.match(sentence.text, end):
            continue  # "at Nepal Army's Para Training School": a school's name, no tie
        if cue.type in _PEOPLE_CUES and sentence.after_weapon(start):
            continue  # "Gripen fighters", "K-8 trainers": aircraft, not combatants or instructors
        if cue.type in _PEOPLE_CUES and _CARRIER_AFTER.match(sentence.lowered,
                                                             end - segment.start):
            continue  # "sent eight armoured personnel carriers": vehicles, not troops
        if cue.type == "Training" and _CRAFT_AFTER.match(sentence.lowered, end - segment.start):
            continue  # "six trainer jets", "a Kiran trainer aircraft": aircraft
        if cue.type == "AllianceMembership" and \
                sentence.lowered.startswith("groups", start - segment.start) and \
                sentence.leads_near(_GROUPS_NOUN_BEFORE, start):
            continue  # "degrading the militant groups": a noun, not "the alliance groups"
        if cue.type in _WEAPON_TYPES and sentence.lowered.startswith(
                ("provided", "supplied"), start - segment.start) and \
                sentence.leads_near(_INFORMATION_BEFORE, start):
            continue  # "Satellite data provided by Planet Labs show ...": no goods change hands
        if sentence.lowered.startswith("host of ", start - segment.start) and \
                sentence.lowered.endswith(("a ", "whole "), 0, start - segment.start):
            continue  # "a host of senior officers were present": many, no host
        if sentence.text.startswith("Commission", start) and \
                _NAME_BEFORE.search(sentence.text, max(segment.start, start - _NAME_REACH), start):
            continue  # "the Senate Naval Ministry Commission": a body's name, no ship commissioned
        if cue.type == "MilitaryPresence" and sentence.leads_near(_POLICE_BEFORE, start) and \
                not sentence.has_topic("peacekeeping"):
            continue  # "police personnel from Fiji arrived in Honiara": police, not forces
        if cue.type == "ArmsTransfer" and \
                sentence.lowered.startswith("used ", start - segment.start) and \
                sentence.leads_near(_USED_ADJECTIVE_BEFORE, start):
            continue  # "donated used UH-1H helicopters": second-hand, not in use by anyone
        if cue.type == "ArmsTransfer" and (equipped := next(
                (word for word in _EQUIPPED_WORDS
                 if sentence.lowered.startswith(word, start - segment.start)), None)) and \
                _reduced_passive(start, start + len(equipped), sentence):
            continue  # "Vehicles equipped with radios were donated by NATO": what they carry
        if sentence.lowered.startswith("giving ", start - segment.start) and \
                sentence.lowered.endswith(", ", 0, start - segment.start):
            continue  # "ordered 28 jets, giving it two fighter fleets": a result, not a gift
        if start < reached and (start, end) != span and end <= reached and not (
                gapped not in ("", cue.type) and end < reached and
                sentence.lowered.endswith(" to ", 0, start - segment.start)) and not (
                gapped not in ("", cue.type) and start == span[0] and _LAST_OF_TWO.search(
                    sentence.lowered, 0, span[1] - segment.start)):
            # inside a longer cue; a cue of the same span is another type's reading, and so is
            # an infinitive of another type in the gap of a longer one ("sent officers to train")
            # and the verb of one that ends on the second of two objects ("provided weapons and
            # intelligence": the weapons are provided too)
            continue
        yield cue, start, end
        if end > reached:
            gapped = cue.type if "~" in cue.pattern else ""
        reached, span = max(end, reached), (start, end)


#: The second of two objects ending a gapped cue: " and intelligence".
_LAST_OF_TWO = re.compile(r"\s+and\s+[\w-]+$")


#: A capitalised institution noun after a capitalised cue word: the cue is part of a name
#: ("Para Training School", "Peacekeeping Training Centre", "Joint Exercise Command").
_INSTITUTION_AFTER = re.compile(r"\s+(?:School|Schools|Centre|Center|Academy|College|Institute|"
                                r"Command|Camp|Ground|Grounds|Area)\b")
#: A capitalised office right before a capitalised cue word: "Inspector General (Training)",
#: "Director of (Joint Training)", "Chief of (Defence Cooperation)": the name of a post.
_OFFICE_BEFORE = re.compile(
    r"\b(?:Inspector|Director|Directorate|Chief|Commander|Head|Secretary|Minister|Officer)"
    r"(?:\s+(?:of|for|and|the|[A-Z][\w-]*)){0,3}\s+$")


def _effective_chunks(clause: Clause, clauses: Sequence[Clause], cue_end: int,
                      sentence: _Sentence) -> list[Chunk]:
    """The clause's actors; a clause naming none shares those of the aside describing the cue
    ("The exercises, which involve troops from Brazil and Chile, ..."), else of the clause
    before it.

    "... include arms acquisitions, specialized training for Mozambican forces, and
    enhanced intelligence sharing" lists activities, not new clauses.
    """
    antecedent = _antecedent(clause, clauses, sentence) or \
        _participle_subject(clause, clauses, sentence)
    if antecedent is not None:  # "Jordanian troops, who train with US forces": they train
        return [replace(antecedent, marker=None), *clause.chunks]
    listed = _dashed_subject(clause, clauses, sentence)
    if listed:  # "the four nations – Niger, Nigeria, Chad and Cameroon – launched ...": they did
        return [*listed, *clause.chunks]
    if clause.chunks:
        return clause.chunks
    aside = next((other for other in clauses if (other.start, other.end) in clause.holes
                  and 0 <= other.start - cue_end <= _ASIDE_GAP and other.chunks), None)
    if aside is not None:
        return aside.chunks
    if _CONTRAST.match(sentence.lowered, clause.start - sentence.offset):
        return []  # "..., but few European air forces have bought them": others, unnamed
    if _QUOTE_OPENS.match(sentence.lowered, clause.start - sentence.offset):
        return []  # ', adding "Usually, it takes years to procure ...": the speaker's words'
    earlier = [c for c in clauses if c.start < clause.start and c.chunks]
    return earlier[-1].chunks if earlier else []


def _broken_down(clause: Clause, clauses: Sequence[Clause], sentence: _Sentence) -> list[Chunk]:
    """The states a list after the clause's colon says its forces come from ("900 personnel and
    seven ships: two from Bangladesh and one each from Brazil, Germany ...")."""
    if not sentence.lowered.endswith(":", 0, clause.end - sentence.offset) and \
            not sentence.lowered.endswith(": ", 0, clause.end - sentence.offset):
        return []
    after = next((other for other in clauses if other.start >= clause.end), None)
    if after is None or not after.chunks or \
            any(chunk.marker != "from" for chunk in after.chunks):
        return []
    return after.chunks


#: A clause that opens a quotation: the speaker's words, whose actors are their own.
_QUOTE_OPENS = re.compile(r"\s*[\"“]")
#: An aside between dashes right before a clause ("... – Niger, Nigeria and Chad – launched").
_DASHED_ASIDE_END = re.compile(r"\s[-–—]{1,2}\s*$")  # as folded: "–" and "—" become "-"


def _dashed_subject(clause: Clause, clauses: Sequence[Clause],
                    sentence: _Sentence) -> list[Chunk]:
    """The actors listed between dashes right before a clause that names no subject of its own:
    the subject they spell out ("the four littoral nations of Lake Chad – Niger, Nigeria, Chad
    and Cameroon – launched a military campaign")."""
    if any(chunk.marker is None and not chunk.demonyms_only for chunk in clause.chunks):
        return []
    before = next((other for other in reversed(clauses) if other.end <= clause.start), None)
    if before is None or not before.chunks or not _DASHED_ASIDE_END.search(
            sentence.lowered, 0, before.end - sentence.offset) or \
            any(chunk.marker is not None for chunk in before.chunks):
        return []
    return list(before.chunks)


#: A participle opening a sentence, whose subject is the next clause's ("Having bought ...,"),
#: and one after the main clause, whose subject is that clause's ("Nigerian pilots got their
#: wings after completing training in Pakistan").
_OPENING_PARTICIPLE = re.compile(rf"\W*(?:having\s+(?:been\s+)?[a-z]+|after\s+[a-z]+ing|"
                                 rf"{ADDING_GERUND})\b")
_TRAILING_PARTICIPLE = re.compile(r"\W*(?:after|before|while|when|upon|by)\s+[a-z]+ing\b")


def _participle_subject(clause: Clause, clauses: Sequence[Clause],
                        sentence: _Sentence) -> Chunk | None:
    """The subject of the main clause of a participle clause that names none: the clause after
    an opening participle ("Having bought Chinese drones, Nigeria ...": Nigeria bought them),
    or the one before a trailing one ("..., after completing training at the Pakistan Air
    Force Academy": those pilots completed it)."""
    position = clause.start - sentence.offset
    if any(chunk.marker is None and not chunk.demonyms_only for chunk in clause.chunks):
        return None
    if clause is clauses[0]:
        if len(clauses) < 2 or not _OPENING_PARTICIPLE.match(sentence.lowered, position):
            return None
        main = next((other for other in clauses[1:] if other.chunks), None)
        if main is not None and main.subject is not None and \
                main.subject.start != main.chunks[0].start:
            return None
    else:
        if not _TRAILING_PARTICIPLE.match(sentence.lowered, position):
            return None
        main = next((other for other in reversed(clauses) if other.end <= clause.start
                     and other.subject is not None), None)
    if main is None or main.subject is None or main.subject.possessive:
        return None
    return replace(main.subject, start=clause.start, end=clause.start)  # the participle's


#: A relative pronoun opening a clause, and what may stand between it and the actor it is
#: about ("Jordanian troops, who").
_RELATIVE_OPENING = re.compile(r"\W*(?:who|which)\s")
_ANTECEDENT_GAP = re.compile(r"(?:\s+[\w-]+){0,3}\s*,?\s*")


def _antecedent(clause: Clause, clauses: Sequence[Clause], sentence: _Sentence) -> Chunk | None:
    """The actor a relative clause with no subject of its own is about: the one named right
    before "who" or "which" ("met Jordanian troops, who train with US forces")."""
    lowered, offset = sentence.lowered, sentence.offset
    if not _RELATIVE_OPENING.match(lowered, clause.start - offset) or \
            any(chunk.marker in (None, "of") for chunk in clause.chunks):
        return None
    earlier = [chunk for other in clauses if other.end <= clause.start for chunk in other.chunks]
    if not earlier:
        return None
    last = max(earlier, key=lambda chunk: chunk.end)
    return last if _ANTECEDENT_GAP.fullmatch(lowered, last.end - offset,
                                            clause.start - offset) else None


#: A meeting's venue before a place: "met indirectly in (Geneva)", "talks in (Doha)".
_MET_IN = re.compile(r"\b(?:met|meet|meets|meeting|meetings|talks|summit|negotiations|conference|"
                     r"forum|gathered|convened)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$")
#: "at" and whose request before the word "request": "At Maputo's", "at the".
_AT_SOMEONES = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+|[\w-]+(?:'s|’s|')\s+)$")
#: Asking for forces: "at (Maputo)'s request", "at the invitation of (Mozambique)".
_REQUEST_AFTER = re.compile(r"\s*(?:'s|’s|')?\s+(?:request|invitation|behest)\b")
_AT_BEFORE = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+)?$")
#: After a state that asked: its government at most, then the phrase ends (not "of U.S. Army
#: Gen. Christopher Cavoli": a commander asked).
_REQUESTER_END = re.compile(r"(?:\s+(?:government|authorities|junta))?\s*(?:[,.;:)]|and\b|$)")
_AT_REQUEST_OF = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:request|invitation|behest)\s+of\s+"
                            r"(?:the\s+)?$")


def _requester(chunk: Chunk, sentence: _Sentence) -> bool:
    """True if ``chunk`` asked for the forces: "at Maputo's request", "at the invitation of
    Mozambique" (where the sentence names no destination: "sent soldiers to Kosovo at the
    request of U.S. Army Gen. Cavoli")."""
    position = chunk.end - sentence.offset
    return (chunk.possessive and sentence.leads_to(_AT_BEFORE, chunk.start)
            and _REQUEST_AFTER.match(sentence.lowered, position) is not None) or \
        (sentence.leads_to(_AT_REQUEST_OF, chunk.start)
         and _REQUESTER_END.match(sentence.lowered, position) is not None)


#: A relative clause with a verb of its own: "(soldiers) who will be (sent to Sudan)".
_RELATIVE_VERB = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+)?(?:will|would|shall|are|were|is|"
                            r"was|have|has|had)\s")


def _in_relative_after(chunk: Chunk, chunks: Sequence[Chunk], cue_end: int,
                       sentence: _Sentence) -> bool:
    """True if ``chunk`` stands in a relative clause after the cue's own object ("trained most
    of the Cambodian soldiers who will be sent to Sudan": Sudan is where they go)."""
    if chunk.start <= cue_end:
        return False
    offset = sentence.offset
    relative = _RELATIVE_VERB.search(sentence.lowered, cue_end - offset, chunk.start - offset)
    return relative is not None and any(
        cue_end <= other.start and other.end <= relative.start() + offset for other in chunks)


#: A training's place named by its owner: "training (at the) Turkish (military camp)".
_AT_THE = re.compile(r"\s+(?:at|in)\s+(?:the|a|an)\s+")
_FACILITY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:camp|base|academy|school|college|centre|"
                             r"center|facility|range)s?\b")
#: After actors named with "with": a participle of taking part ("with Greece and Italy also
#: contributing").
_ALSO_ACTING = re.compile(r"\s+(?:also\s+|too\s+)?(?:contributing|participating|taking\s+part|"
                          r"joining\s+in|helping)\b")


def _nobody_abroad(chunks: Sequence[Chunk], cue_start: int, cue_end: int,
                   sentence: _Sentence) -> bool:
    """True if the troop noun at the cue names a state's own forces or forces someone backs,
    no one's troops abroad ("donated vehicles to the Kenya Defence Forces", "to the Armed
    Forces of the Philippines", "an offensive by UAE-backed forces")."""
    position = cue_start - sentence.offset
    if _FORCES_OF_RECIPIENT.search(sentence.lowered, max(0, position - _FORCES_OF_REACH),
                                   position) and any(
            _FORCES_OF.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                 chunk.start - sentence.offset) for chunk in chunks):
        return True
    return any(_names_own_forces(chunk, cue_start, sentence)
               or (_backs_only(chunk, sentence) and _BACKED_NOUN.fullmatch(
                   sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset))
               for chunk in chunks)


#: A base named by the state that hosts it and its service ("at the Sri Lanka Air Force base").
_OWN_BASE = re.compile(r"\s+(?:'s\s+)?(?:air\s+force|navy|army|armed\s+forces|military|naval|"
                       r"coast\s+guard|marine\s+corps)?\s*(?=(?:base|bases|air\s+base|"
                       r"naval\s+base|airbase|camp|garrison)\b)")


def _own_base(chunks: Sequence[Chunk], cue_start: int, sentence: _Sentence) -> bool:
    """True if the base the cue names is the host's own: its state, marked as where, stands
    right before it ("handed over the aircraft at the Sri Lanka Air Force base in ...")."""
    for chunk in chunks:
        if chunk.marker not in _LOCATIVE or chunk.end > cue_start or chunk.demonyms_only:
            continue
        gap = _OWN_BASE.match(sentence.lowered, chunk.end - sentence.offset)
        if gap is not None and gap.end() == cue_start - sentence.offset:
            return True
    return False


def _in_apposition(chunk: Chunk, cue: Cue, cue_end: int, sentence: _Sentence) -> bool:
    """True if ``chunk`` follows a noun cue after a comma alone, naming who the noun is."""
    is_noun = cue.possessor in ("source", "target") and cue.possessor != cue.agent
    return is_noun and chunk.start > cue_end and _APPOSITION.fullmatch(
        sentence.lowered, cue_end - sentence.offset, chunk.start - sentence.offset) is not None


#: A design's origin right before the state that made the weapon: "-designed ".
_DESIGNED_BY_ANOTHER = re.compile(r"-designed\s+")


def _next_chunk(chunk: Chunk, chunks: Sequence[Chunk]) -> Chunk | None:
    """The first of ``chunks`` after ``chunk``."""
    return next((other for other in chunks if other.start >= chunk.end), None)


def _designed_for_a_maker(chunk: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> bool:
    """True if ``chunk`` names where a weapon was designed, right before the state that made it
    ("a Soviet-designed Russian transport helicopter")."""
    following = _next_chunk(chunk, chunks)
    return following is not None and following.demonyms_only and \
        _DESIGNED_BY_ANOTHER.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                       following.start - sentence.offset) is not None


def _backs_only(chunk: Chunk, sentence: _Sentence) -> bool:
    """True if the actor describes forces it backs, funds or supports ("UAE-backed forces"),
    though not those it leads ("the Kenyan-led force": its own troops are there)."""
    position = chunk.end - sentence.offset
    return not sentence.lowered.startswith(LEADS, position) and \
        sentence.lowered.startswith(sentence.lexicon.skip_suffixes, position)


def _thanked_for(before: list[Chunk], cue_start: int, cue_end: int, sentence: _Sentence
                 ) -> Chunk | None:
    """The actor right before "for" and a gerund cue ("thanked Japan for donating"), or "its"
    or "the" and a noun or a participle ("expressed gratitude to China for its assistance",
    "thanked China for the gifted frigate"), or whose help covers the cue ("commended Turkey's
    help ... with armed drones and training"): the cue's agent, whoever the clause's subject is."""
    word_end = cue_end - sentence.offset
    gap = _FOR_GERUND if sentence.lowered.endswith("ing", 0, word_end) \
        else _FOR_THE  # "thanked China for its assistance", "grateful to Russia for the
    # transfer": China's, Russia's
    return next((chunk for chunk in reversed(before) if gap.fullmatch(
        sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset)
        or (gap is _FOR_GERUND and _FOR_HELP_IN.fullmatch(
            sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset))
        or _HELP_WITH.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                cue_start - sentence.offset)), None)


def _directed_roles(cue: Cue, rule: TieRule, chunks: Sequence[Chunk], cue_start: int,
                    cue_end: int, sentence: _Sentence, relaxed: bool) -> dict[str, list[Chunk]]:
    agent = cue.agent if cue.agent in ("source", "target") else "source"
    # "Kenyan troops are deployed in Somalia": forces sent abroad are the subject, passive or not
    passive = (not rule.needs_marked_target and _passive(cue_start, cue_end, sentence)) or (
        cue.type == "Training" and agent == "source"  # not "sent pilots ... for training on"
        and _ON_EQUIPMENT.match(sentence.lowered, cue_end - sentence.offset)
        and not sentence.leads_to(_GIVES_TRAINING, cue_start)) or (
        cue.type == "Training" and sentence.leads_near(_TAKING_PART_IN, cue_start))
    if passive:  # "Filipino personnel were trained in India", "pilots training on F-35 jets"
        cue = replace(cue, agent=_flip(agent), possessor=_flip(agent),
                      markers=cue.markers + rule.passive_markers + (("by", agent),))
        agent = cue.agent
    other = _flip(agent)
    # "Crews from Portugal were trained ... by Embraer instructors": the noun cue is passive too
    trained_passive = cue.type == "Training" and any(
        other_cue.type == "Training" and _passive(start, end, sentence)
        for other_cue, start, end in sentence.cues)
    roles: dict[str, list[Chunk]] = {"source": [], "target": []}
    if cue.type == "ArmsTransfer" and sentence.words(cue_start, cue_end) in _OPERATING_WORDS \
            and not _named_user_of_foreign_make(chunks, cue_start, cue_end, sentence):
        return roles
    before: list[Chunk] = []
    after: list[Chunk] = []
    owned = False  # the forces are named as another's ("the battalion of ...")
    counterparts: list[Chunk] = []
    makers: list[Chunk] = []
    leaders: list[Chunk] = []
    described: list[Chunk] = []
    joined: list[Chunk] = []
    companions: list[Chunk] = []  # "trains Somali forces alongside the UK": the UK trains too
    followers: list[Chunk] = []  # "India's largest supplier, followed by France": France too
    named_members: Chunk | None = None
    reduced = False  # trainees named before a passive participle ("personnel trained in")
    phrase_possessor = False  # the cue is a possessed noun inside a prepositional phrase
    co_actors: list[Chunk] = []  # "with Greece also contributing": they act as the agent does
    # "jets donated by a NATO member": no actor named before is that member
    embedded = (cue.type == "AllianceMembership" and _in_phrase(cue_start, sentence)) or \
        (cue.type in _WEAPON_TYPES and _CONCERN_WITH.search(
            sentence.lowered, max(0, cue_start - sentence.offset - _PHRASE_REACH),
            cue_start - sentence.offset) is not None)
    if rule.needs_marked_target and (_nobody_abroad(chunks, cue_start, cue_end, sentence)
                                     or _own_base(chunks, cue_start, sentence)):
        return roles
    if cue.type == "MilitaryAid" and sentence.leads_to(_GIFT_COUNTED, cue_start):
        chunks = [chunk for chunk in chunks if _in_the_item(chunk, cue_start, cue_end, sentence)]
    controlled = _controlled_agent(chunks, cue_start, sentence)
    if controlled is not None:  # "The US is paying Colombia to train ...": Colombia trains
        chunks = [replace(chunk, marker=None) if chunk is controlled else chunk
                  for chunk in chunks if chunk.start >= controlled.start]
    if cue.type == "AllianceMembership" and (one_of := _one_of_the_members(
            chunks, cue_start, sentence)) is not None:
        return one_of  # "prompted Germany and other European NATO allies": Germany is one
    for chunk in chunks:
        marker, role = chunk.marker, None
        if chunk.coreference == "alliance" and chunk.start <= cue_start < chunk.end:
            joined.append(chunk)  # "Finland became a member": of the alliance named last
            continue
        if cue.type == "Training" and chunk.parties and _organisations_only(chunk) and \
                marker != "exclude" and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            roles["source"].append(chunk)  # "within the European Union Training Mission": it trains
            continue
        if marker is not None and chunk.end <= cue_start and _WHO_BEFORE_CUE.fullmatch(
                sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset):
            marker = None  # "flown by Croatian pilots who underwent training": the relative
            # clause's subject, whatever preposition the clause before gave it
        if marker == "to" and chunk.end <= cue_start and \
                sentence.leads_to(_GRATEFUL_TO, chunk.start) and _FOR_THE.fullmatch(
                    sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset):
            marker = None  # "grateful to Russia for the transfer": Russia transferred
        if cue.type == "AllianceMembership" and marker is not None and \
                _member_named_after(chunk, chunks, cue_start, cue_end, sentence):
            marker = None  # "comes from NATO member Turkey": "from" is Turkey's, not NATO's
        if cue.type == "AllianceMembership" and marker in _LOCATIVE and \
                chunk.start >= cue_end and _countries_only(chunk):
            continue  # "members of the AES, are conducting exercises in northwestern Niger":
            # a place, no body one joins (and Niger stays a member)
        if cue.type == "AllianceMembership" and sentence.leads_to(_FRAMEWORK_OF, chunk.start):
            continue  # "a task group of Bulgaria and Turkey, established within the framework
            # of NATO": the body whose frame it is, not one they founded or joined
        if cue.type == "AllianceMembership" and marker in _LOCATIVE and \
                sentence.words(cue_start, cue_end) in _FOUNDING_WORDS and \
                not _organisations_only(chunk):
            continue  # "units in Niger were formed by the EU task force": where, not a member
        if cue.type == "AllianceMembership" and marker == "of" and chunk.start > cue_end and \
                sentence.words(cue_start, cue_end) in _JOINING_WORDS and \
                not _JOINED_OF.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                         chunk.start - sentence.offset):
            continue  # "joined the deployment under the umbrella of the EAC": not the EAC
        if chunk.coreference == "there" and not rule.needs_marked_target:
            continue  # "instructors teach the courses there": where, not whom
        if _in_relative_after(chunk, chunks, cue_end, sentence):
            continue  # "trained the Cambodian soldiers who will be sent to Sudan": not whom
        if rule.needs_marked_target and marker in _LOCATIVE and \
                sentence.leads_to(_MET_IN, chunk.start):
            continue  # "as nuclear negotiators met indirectly in Geneva": a venue, no host
        if rule.needs_marked_target and _requester(chunk, sentence) and not any(
                other.marker in ("to", "into", "in") for other in chunks):
            roles["target"].append(chunk)  # "At Maputo's request, Kigali deployed troops":
            continue  # forces go where they were asked to
        if cue.type == "Training" and chunk.demonyms_only and chunk.start > cue_end and \
                _AT_THE.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                  chunk.start - sentence.offset) and \
                _FACILITY_AFTER.match(sentence.lowered, chunk.end - sentence.offset):
            roles["source"].append(chunk)  # "their training at the Turkish military camp in
            continue  # Mogadishu": the camp's owner trains
        if chunk.marker == "with" and _ALSO_ACTING.match(sentence.lowered,
                                                         chunk.end - sentence.offset):
            co_actors.append(chunk)  # "instructors from Portugal, with Greece and Italy also
            continue  # contributing": they act as Portugal does
        if chunk.start > cue_end and sentence.lowered.rfind(
                ",", max(0, chunk.start - sentence.offset - _PHRASE_REACH),
                chunk.start - sentence.offset) != -1 and _ATTRIBUTION_TAIL.search(
                sentence.lowered, max(0, chunk.start - sentence.offset - _PHRASE_REACH),
                chunk.start - sentence.offset):
            continue  # "..., Albin Kurti said on US social media": no party
        if chunk.start > cue_end and _RELATION_BETWEEN.search(
                sentence.lowered, max(0, chunk.start - sentence.offset - _RELATION_REACH),
                chunk.start - sentence.offset):
            continue  # "... comes amid tense relations between Bamako and Paris": no party
        if rule.needs_marked_target and (chunk.demonyms_only or chunk.possessive) and (
                _LEARNERS_AFTER.match(sentence.lowered, chunk.end - sentence.offset)
                or (chunk.marker is not None  # not "Indian officers trained Omani cadets"
                    and _TRAINED_AFTER.match(sentence.lowered, chunk.end - sentence.offset))):
            continue  # "the Ukrainian recruits that arrive on British soil", "Mongolian
            # personnel trained in the Japan Self-Defense Forces": trainees, no force abroad
        if cue.type == "Training" and chunk.end <= cue_start and chunk.demonyms_only and \
                chunk.marker is not None and _TRAINED_AFTER.fullmatch(
                    sentence.lowered, chunk.end - sentence.offset, cue_end - sentence.offset):
            roles["target"].append(chunk)  # "attended by Mongolian personnel trained in
            reduced = True  # Japan": the personnel the participle describes were trained, and
            continue  # where they were trained trains
        if cue.type in _WEAPON_TYPES and _designed_for_a_maker(chunk, chunks, sentence):
            continue  # "a Soviet-designed Russian helicopter": Russia made and sold it
        if cue.type in _WEAPON_TYPES and sentence.leads_near(_CARRIED_ABOARD, chunk.start):
            continue  # "delivered aboard an Antonov An-124": the carrier, not the seller
        if (rule.needs_marked_target or marker is not None) and _backs_only(chunk, sentence):
            continue  # "an offensive by UAE-backed forces": the backer's troops are not there;
            # "support of the U.N.-backed government": the government is supported
        if _where_foes_acted(chunk, sentence):
            continue
        if marker == "from" and sentence.leads_near(_CROSSED_FROM, chunk.start):
            continue  # "forces had crossed into Nigeria from Cameroon": where they came from
        if rule.needs_marked_target and marker == "from" and \
                sentence.leads_near(_ARRIVED_FROM, chunk.start):
            continue  # "Wagner fighters have arrived in Belarus from Russia": came from there
        if rule.needs_marked_target and marker in _LOCATIVE and \
                sentence.leads_near(_DEED_IN, chunk.start):
            continue  # "as a reassurance in the light of Russia's actions in Ukraine": where
            # another state acted, not where these forces are
        if rule.needs_marked_target and marker == "in" and sentence.leads_near(_WAR_IN,
                                                                              chunk.start):
            continue  # "troops in Romania, closer to the war in neighboring Ukraine": the war's
            # place, not theirs
        if rule.needs_marked_target and marker is not None and \
                _BORDER_AFTER.match(sentence.lowered, chunk.end - sentence.offset):
            continue  # "troops train on the Romania-Ukraine border": at the edge, in neither
        if rule.needs_marked_target and marker in rule.target_markers and \
                sentence.lowered.startswith(LEADS, chunk.end - sentence.offset):
            leaders.append(chunk)  # "to the Canadian-led battlegroup in Latvia": Canada serves
            continue  # there too, and hosts nothing
        if marker in _LOCATIVE and _HELD_BY_BEFORE.match(sentence.lowered,
                                                         chunk.end - sentence.offset):
            continue  # "operations in Boko Haram held areas": whose areas, no party
        if marker in _LOCATIVE and _where_a_group_is(chunk, chunks, sentence):
            continue  # "drone stations which have attacked al-Shabaab in Somalia": the group's
        if marker in _LOCATIVE and sentence.leads_to(_EVENT_IN, chunk.start):
            continue  # "at NATO's summit in Vilnius": where leaders met, not where forces are
        if cue.type != "AllianceMembership" and _membership_modifier(chunk, sentence):
            continue  # "a NATO member, Poland": the member acts, not NATO
        if cue.type == "AllianceMembership" and chunk.start >= cue_end and \
                _OPERATION_AFTER.match(sentence.lowered, chunk.end - sentence.offset) and \
                not (chunk.parties and chunk.parties[0].entity.category == "Alliance" and
                     _JOINED.match(sentence.lowered, cue_start - sentence.offset)):
            # "contributed troops to the African Union force": an operation it leads; but
            # "joined the G5 Sahel force" joins the alliance
            continue
        if rule.needs_marked_target and chunk.end <= cue_start and \
                sentence.leads_near(_TRAINING_VERB_BEFORE, chunk.start) and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            return {"source": [], "target": []}  # "to train Ukrainian soldiers": the troop
            # noun names trainees, no force abroad
        if cue.type in _OBJECT_TYPES and marker is not None and chunk.end <= cue_start and \
                _INFINITIVE_GAP.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                          cue_start - sentence.offset) and \
                any(other.start >= cue_end and other.marker is None and other.parties
                    and other.coreference is None for other in chunks):
            continue  # "sending personnel to the UK to train Ukrainian soldiers": where sent
            # (but "deployed soldiers to Somalia to train its army": its army is Somalia's)
        if cue.type == "Training" and marker in _VENUE_MARKERS and \
                _venue_before_trainees(chunk, chunks, sentence):
            continue  # "sending a training team to the UK in May to help Ukrainian personnel"
        if rule.needs_marked_target and _owns_the_forces_named(chunk, cue_start, cue_end,
                                                               sentence):
            return {"source": [], "target": []}  # "donated vehicles to Cameroon's Special
            # Forces": the forces are Cameroon's own, at home
        if rule.needs_marked_target and _owns_forces_there(chunk, cue_start, sentence):
            owned = True  # "donated trucks to Chad's brigade operating in the Lake Chad
            roles["source"].append(chunk)  # basin": the brigade is Chad's, not the donor's
            continue
        if cue.type == "Training" and chunk.demonyms_only and chunk.start >= cue_end and \
                marker in rule.target_markers and _names_a_later_cue(chunk, cue, sentence):
            continue  # "trained in Russian military academies": the academies' owner trains
        if chunk.demonyms_only and marker == "of" and rule.needs_marked_target and \
                cue.type in chunk.noun_roles and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            marker = None  # "allowances of Cameroonian peacekeepers in the CAR": theirs
        if chunk.demonyms_only and marker == "exclude" and rule.needs_marked_target and \
                cue.type in chunk.noun_roles and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            marker = None  # "strikes in Syria ... against Iranian forces": foes, but theirs
        if chunk.demonyms_only and marker not in (None, "of"):
            # After a preposition a demonym names a party only before a state noun ("to the
            # Somali army") or a role noun ("for British CAMM missiles"), never "an Emirati plane".
            if cue.type in chunk.noun_roles and marker != "exclude":
                marker = None  # but "in response to the Russian concentration of troops"
            elif not chunk.state_noun and not (marker in _LOCATIVE and _PLACE_OF.match(
                    sentence.lowered, chunk.end - sentence.offset)):
                continue  # but "in the Tajik city of Kulyab" is in Tajikistan
        if marker == "by" and cue.type in _WEAPON_TYPES and \
                sentence.leads_to(_USED_BY, chunk.start):
            marker = "to"  # "supplied the rifles used by Nepali units": the users receive them
        if marker in ("to", "by", "exclude") and rule.needs_marked_target and \
                sentence.leads_to(_BELONGING_TO, chunk.start):
            marker = "from"  # "hosts facilities belonging to China", "used by Japan": theirs
        if marker == "in" and cue.type in _WEAPON_TYPES and \
                sentence.leads_to(_TO_THE_RULERS_IN, chunk.start):
            marker = "to"  # "supplies weapons to the Assad regime in Syria"
        if marker == "by" and sentence.leads_to(_AUTHORED_BY, chunk.start):
            continue  # "a new report by the Pentagon claims that ...": who tells, not who acts
        if marker == "from" and chunk.start > cue_end and \
                sentence.leads_to(_BY_PEOPLE_FROM, chunk.start):
            marker = "by"  # "soldiers trained by the officers from Uganda": Uganda's officers
        if marker == "by" and chunk.start > cue_end and \
                not (cue.type == "Training" and sentence.leads_to(_GIVEN_BY, chunk.start)) and \
                _PARTICIPLE.search(
                sentence.lowered, cue_end - sentence.offset, chunk.start - sentence.offset) and \
                not (rule.needs_marked_target and sentence.leads_to(_LED_BY, chunk.start)) and \
                not (cue.type == "MilitaryAid" and sentence.leads_to(_GIVEN_BY, chunk.start)):
            # "received jets that were built in Brazil by Embraer"; but "the battlegroup in
            # Latvia, led by Canada": the leader is there too
            marker = "maker"
            if "maker" not in rule.source_markers:
                continue
        if cue.type in _WEAPON_TYPES and marker is None and chunk.start > cue_end and \
                _named_as_make(chunk, sentence):
            if "maker" in rule.source_markers:
                makers.append(chunk)
            continue  # "donated 10 Bell helicopters to Kenya": the make, not the recipient
        if marker == "in" and chunk.start > cue_end and "maker" in rule.source_markers and \
                chunk.parties[0].entity.kind == "Country" and \
                sentence.leads_to(_BUILT_IN, chunk.start):
            marker = "maker"  # "took delivery of aircraft, built in Seville in Spain"
        if chunk.end <= cue_start and _ranked_beside(chunk, sentence):
            continue
        if passive and cue.type in _WEAPON_TYPES and chunk.possessive and \
                chunk.end <= cue_start and marker is None:
            # the goods' owner is the active verb's subject: "Kenya's new jets were bought from
            # France" (the buyer), "Kenya's old jets were sold to Uganda" (the seller)
            roles[other].append(chunk)
            continue
        if rule.needs_marked_target and _preposition_of_another(chunk, cue, cue_start, sentence):
            continue  # "belongs to the CSTO and hosts a Russian base": the CSTO hosts nothing
        if _of_the_predicate_before(chunk, cue_start, sentence) or \
                _of_the_predicate_after(chunk, cue_end, sentence):
            continue  # "received tanks from the Netherlands and sold 30 to Ecuador": each its own
        if chunk is chunks[0] and _dateline(chunk, chunks, cue_start, sentence):
            continue  # "New Delhi: Greek lawmakers approved the purchase ... from Israel"
        if marker == "to" and sentence.leads_to(_VISIT_NOUN_TO, chunk.start):
            continue  # "finalised during a visit to Denmark": where, not to whom
        if cue.type == "Training" and marker == "to" and \
                sentence.leads_to(_DEPLOYMENT_TO, chunk.start):
            continue  # "undergoing training ahead of their deployment to Somalia": not whom
        if cue.type == "MilitaryAid" and _MADE_IN.match(sentence.lowered,
                                                        chunk.end - sentence.offset):
            continue  # "U.S.-made helicopters donated from Taiwan": the maker gives nothing
        if chunk.demonyms_only and sentence.lowered.endswith(
                ("its ", "their "), 0, chunk.start - sentence.offset) and \
                _MADE_IN.match(sentence.lowered, chunk.end - sentence.offset):
            continue  # "sent its American-origin jets to Manila": the maker sold them to India
        if chunk.start > cue_end and marker in (None, "and") and not chunk.possessive and \
                _RANKED_NEXT.match(sentence.lowered, chunk.end - sentence.offset):
            if cue.type != "PrimaryPartner":  # second is no primary partner
                followers.append(chunk)  # "..., and France came in second with 15 per cent"
            continue
        if marker == "exclude" and chunk.start > cue_end and \
                (cue.type in _WEAPON_TYPES or rule.needs_marked_target
                 or cue.type == "AllianceMembership") and \
                (followed := _FOLLOWED_BY.search(
                    sentence.lowered, max(0, chunk.start - sentence.offset - _FOLLOWED_REACH),
                    chunk.start - sentence.offset)) is not None and \
                (cue.type != "AllianceMembership" or followed.group().startswith("followed")):
            followers.append(chunk)  # "joined the alliance in 2017, followed by North Macedonia"
            continue
        if cue.type == "PrimaryPartner" and marker == "from" and chunk.start > cue_end and \
                sentence.leads_to(_LESSER_SHARE_FROM, chunk.start):
            continue  # "most of its weapons from Russia and some from Turkey": not the main one
        if marker == "from" and cue.type not in _WEAPON_TYPES and _cue_just_before(
                chunk, sentence, _BOUGHT_FROM_GAP,
                lambda other, end: other.type in _WEAPON_TYPES and end != cue_end):
            # "jets Argentina bought from Denmark arrived at a base": a seller only; but "buys
            # most of its weapons from China" is this cue's own "from"
            continue
        if marker == "by" and chunk.end <= cue_start and _cue_just_before(
                chunk, sentence, len(" by the "), lambda other, end: end < cue_start):
            continue  # "Imports by Pakistan rose, with China as its main supplier": the
            # imports' agent, not the supplier's
        if _other_weapon_cue_governs(chunk, chunks, cue, cue_start, sentence):
            continue  # "donated kit to Mongolia and sold drones to Kazakhstan": the sale's buyer
        if _deployed_there(chunk, chunks, cue, cue_end, sentence):
            continue  # "handed over kit to Zambia's army for its battalion deploying to the CAR"
        if marker == "maker" and "maker" in rule.source_markers:
            makers.append(chunk)  # the maker supplies only if nobody else does
            continue
        if cue.type == "AllianceMembership" and chunk.end <= cue_start and \
                marker != "exclude" and _MEMBERS_IN_APPOSITION.fullmatch(
                    sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset):
            roles["source"].append(chunk)  # "troops from Russia and Kazakhstan, all members of"
            continue
        if cue.type == "Training" and marker == "to" and chunk.end <= cue_start and \
                sentence.leads_to(_ASSIGNED_TO, chunk.start):
            continue  # "Egyptian troops assigned to the AU mission ... completed their
            # training": where they serve, not who trains them
        if marker == "from" and cue.type in _WEAPON_TYPES and \
                sentence.leads_to(_LEARNERS_FROM, chunk.start):
            continue  # "a course provides students from Italy ... pilot training": learners
        if marker == "from" and cue.type == "Training" and \
                (chunk.start > cue_end or (chunk.end <= cue_start and (
                    trained_passive or cue.agent == "target"
                    or sentence.leads_to(_LEARNERS_FROM, chunk.start)))) and \
                sentence.leads_to(_TRAINEES_FROM, chunk.start):
            # "trained soldiers from Honduras", "soldiers from Kenya were trained", "cadets from
            # Nepal passed out of the Indian Military Academy"
            role = "target"
        elif marker in ("in", "at") and cue.type == "Training" and \
                (passive or cue.agent == "target") and \
                chunk.end <= cue_start and sentence.leads_to(_TRAINEES_IN, chunk.start):
            role = "target"  # "freedom fighters in Zimbabwe received military training from"
        elif marker == "of" and cue.type == "Training" and chunk.start >= cue_end and \
                _TRAINER_NOUN.fullmatch(sentence.words(cue_start, cue_end)) and \
                _UNIT_OF.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                   chunk.start - sentence.offset):
            role = "source"  # "instructors of SOUTHCOM's Special Forces Group": whose they are
        elif marker == "of" and rule.needs_marked_target and _UNIT_OF.fullmatch(
                sentence.lowered, cue_end - sentence.offset, chunk.start - sentence.offset) \
                and _countries_only(chunk):
            owned = True  # "visited the Battalion of the Royal Australian Regiment": theirs,
            if not chunk.demonyms_only:  # not the visitor's; "a contingent of Bangladeshi
                continue  # peacekeepers": theirs, and they are its source
            role = "source"
        elif marker == "alongside" and chunk.start >= cue_end and \
                marker not in rule.source_markers and not cue.role_of(marker) and \
                cue.type not in chunk.noun_roles and not chunk.demonyms_only:
            companions.append(chunk)
            continue
        elif cue.type == "AllianceMembership" and chunk.start >= cue_end and \
                _MEMBERS_NAMED.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                         chunk.start - sentence.offset) and \
                sentence.words(cue_start, cue_end) in _MEMBER_WORDS:
            # "NATO members Norway and Denmark sent troops", "troops from all CSTO member
            # states: Armenia, ...": the list's marker is the group's, not the members'
            named_members = chunk
            if sentence.words(cue_start, cue_end) == "member" and len(chunk.parties) > 1 \
                    and not _PLURAL_MEMBERS.match(sentence.lowered, cue_end - sentence.offset):
                # "NATO member Poland, Qatar, Azerbaijan ...": one member, then others
                named_members = replace(chunk, parties=chunk.parties[:1],
                                        end=chunk.parties[0].end)
            continue
        elif chunk.start >= cue_end and _EXAMPLES_AFTER.fullmatch(
                sentence.lowered, cue_end - sentence.offset, chunk.start - sentence.offset):
            role = agent  # "six foreign clients including Qatar, India": clients themselves
        elif cue.role_of(marker) and not (marker == "for" and chunk.end <= cue_start and
                                          sentence.leads_near(_NOUN_FOR, chunk.start)):
            # (not "its support for Assad, the head of a state that hosts ...": another noun's)
            role = cue.role_of(marker)
        elif marker is None and _in_apposition(chunk, cue, cue_end, sentence):
            role = agent  # "Serbia's traditional arms supplier, Russia": Russia supplies
        elif marker is None and not chunk.possessive and chunk.end <= cue_start and \
                sentence.leads_to(_CHOSE, chunk.start) and \
                _AS_ROLE.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                   cue_start - sentence.offset):
            role = agent  # "Japan chose Fiji as one of the first recipients": Fiji receives
        elif marker not in (None, "of") and chunk.possessive and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset) and \
                sentence.leads_to(_ABOUT_BEFORE, chunk.start):
            # "concerns over Addis Ababa's purchase of Iranian drones": the preposition is the
            # whole phrase's; the possessor buys, and the subject ("US officials") is none
            role = cue.possessor if cue.possessor in ("source", "target") else agent
            if not _can_fill(chunk, rule):
                continue
            phrase_possessor = True
        elif marker == "by" and rule.needs_marked_target and \
                sentence.leads_to(_LED_BY, chunk.start):
            leaders.append(chunk)  # "hosts a battlegroup led by Germany": it serves there
            continue
        elif marker == "by":
            role = agent
        elif marker in rule.source_markers:
            role = "source"
        elif marker in rule.target_markers and not (
                rule.needs_marked_target and marker in _TOWARDS and chunk.end <= cue_start
                and cue.agent == "source" and _WORDS_BETWEEN.search(
                    sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset)):
            # "gratitude to China for its help in upgrading military facilities": whom one
            # thanks, not where forces are ("troops deployed to Mali" names it after the cue)
            role = "target"
        elif _predicate_of(chunk, cue_start, sentence,
                           possessed=marker not in rule.counterpart_markers) and \
                (marker in rule.counterpart_markers or marker == "with"):
            role = agent  # "with Russia and France its main suppliers": they supply
        elif marker in rule.counterpart_markers and _accounts_for_a_share(chunk, sentence):
            role = "source"  # "... of Azerbaijan's imports, with Russia accounting for 31 per cent"
        elif marker in rule.counterpart_markers:
            if not sentence.cue_between(cue.type, cue_end, chunk.start):
                counterparts.append(chunk)  # not "an importer, now an exporter, with X buying"
            continue
        elif rule.needs_marked_target and marker in ("with", "alongside") and \
                chunk.start >= cue_end and _operations_only(chunk):
            role = "target"  # "troops deployed with UNMISS": where the operation is
        elif marker not in (None, "of"):
            if marker == "exclude" or cue.type not in chunk.noun_roles:
                continue
            role = chunk.noun_roles[cue.type]  # "alongside Iranian and Chinese models"
        elif rule.needs_marked_target and _places_only(chunk):
            role = "target"  # a named base or region hosts: "runs Camp Lemonnier"
        elif chunk.demonyms_only and cue.type in chunk.noun_roles and \
                sentence.lexicon.weapon_noun_regex.match(sentence.lowered,
                                                         cue_start - sentence.offset) and \
                _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            role = chunk.noun_roles[cue.type]  # "Turkish drones have arrived in Kosovo": the
            # demonym names the goods' maker, whatever the cue's subject is
        elif _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            role = cue.possessor if cue.possessor in ("source", "target") else agent
            if cue.type == "AllianceMembership" and _organisations_only(chunk) and \
                    _unnamed_member(chunk, chunks, cue_start, cue_end, sentence):
                role = "target"  # "Tajikistan is a CSTO member": the CSTO is what it belongs to
            if not _can_fill(chunk, rule):
                continue  # "Uganda sent the first AMISOM battalions": the mission is no party
        elif cue.type in chunk.noun_roles and _named_object(chunk, cue_end, sentence):
            pass  # "sold Algeria frigates": the country named right after the verb receives
        elif cue.type in chunk.noun_roles:
            if chunk.start >= cue_end and cue.type in _WEAPON_TYPES:
                described.append(chunk)  # "to supply the American-made jets": origin, not actor
                continue
            role = chunk.noun_roles[cue.type]
            if passive and cue.type == "Training" and chunk.end <= cue_start:
                role = agent  # "Croatian pilots and technicians were trained in France"
            if not _can_fill(chunk, rule):
                continue
        if role is None and marker is None and cue_start < chunk.start and \
                chunk.end <= cue_end and not chunk.demonyms_only and _countries_only(chunk):
            role = other  # inside a cue with a gap: "gave Lebanon's army $72 million"
        if role and _names_nobody(chunk, role, rule):
            continue  # "signed an order for jets during a visit to Dubai": a city buys nothing
        if role:
            roles[role].append(chunk)
        elif chunk.end <= cue_start:
            if not embedded:
                before.append(chunk)
        elif chunk.start >= cue_end:
            after.append(chunk)
    # A host of forces is named by a preposition ("in Mali"), never by word order alone.
    needs_marker = rule.needs_marked_target and other == "target" and not relaxed
    obj = _object(after, cue_end, sentence)
    if cue.agent == "source" and before and _reduced_passive(cue_start, cue_end, sentence):
        # "Ukraine received F-16 jets donated by a NATO member": the subject receives
        holders = [chunk for chunk in before if not chunk.possessive]
        before = [chunk for chunk in before if chunk.possessive]
        if holders and not roles[other]:
            roles[other].append(holders[0])
    before = _penalised(before, cue_start, sentence)
    before = [chunk for chunk in before if not _COMMENTING_ON.search(
        sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset)]
    if rule.needs_marked_target:
        before = _visitors_dropped(before, sentence)
    before = _fitting_first(before, rule, agent)
    if cue.type == "AllianceMembership" and \
            sentence.words(cue_start, cue_end) in _MEMBERSHIP_WORDS:
        # "Russia expressed disquiet over the increase in NATO membership": not its own
        before = [chunk for chunk in before if chunk.possessive or not _ABOUT_BETWEEN.search(
            sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset)]
    thanked = _thanked_for(before, cue_start, cue_end, sentence)
    if thanked is not None:  # "praised the Chinese government for donating": China donates
        before = [thanked] + [chunk for chunk in before if chunk is not thanked]
    named = {party.entity for chunk in roles[agent] for party in chunk.parties}
    if named:  # "Russia ..., in which Russian deliveries made up half": Russia is the agent
        before = [chunk for chunk in before
                  if not {party.entity for party in chunk.parties} <= named]
    if before and not owned and not phrase_possessor:
        if not roles[agent]:
            roles[agent].append(before[0])
        elif not roles[other] and not needs_marker and obj is None:
            roles[other].append(before[0])
        elif roles[other] and all(chunk.start >= cue_end for chunk in roles[agent]):
            # "The UK has trained Ukrainian recruits, with instructors from Canada": both act.
            roles[agent].append(before[0])
        elif all(chunk.marker in _COMPANION_MARKERS for chunk in roles[agent]):
            # "Bulgaria, which joined NATO together with Romania": both joined
            roles[agent].append(before[0])
    if roles[agent]:  # "Kenya trained Somali soldiers, with Uganda also contributing"
        roles[agent].extend(co_actors)
    if roles["target"]:
        roles["source"].extend(leaders)
    if roles[agent] and (roles[other] or obj is not None) and \
            all(chunk.end <= cue_start for chunk in roles[agent]):
        roles[agent].extend(companions)
    if not roles[agent] and not before and \
            _HEADS_SENTENCE.match(sentence.lowered, 0, cue_start - sentence.offset):
        # "Buyers of South African vehicles included Kenya and Nigeria": the cue heads the
        # subject, and the actors its verb lists fill the cue's own role
        listed = next((chunk for chunk in after if chunk.marker is None
                       and sentence.leads_to(_LISTED_AFTER, chunk.start)), None)
        if listed is not None:
            roles[agent].append(listed)
            after.remove(listed)
    if not roles["target"] and sentence.leads_to(_TO_WHICH_HEAD, cue_start):
        listed = next((chunk for chunk in after + roles["source"] if chunk.start > cue_end
                       and chunk.marker is None
                       and sentence.leads_to(_INCLUDING_BEFORE, chunk.start)), None)
        if listed is not None:  # the receivers the head noun stands for
            roles["target"].append(listed)
            for chunks_of in (after, roles["source"]):
                if listed in chunks_of:
                    chunks_of.remove(listed)
    if not roles[agent] and not before and _OPENS_WITH.match(sentence.lowered):
        # "And with large bases in Qatar and Bahrain, the US remains ...": the subject after
        # the opening phrase has them
        subject = next((chunk for chunk in after if chunk.marker is None and _AFTER_COMMA.search(
            sentence.lowered, 0, chunk.start - sentence.offset)), None)
        if subject is not None:
            roles[agent].append(subject)
            after.remove(subject)
    # A marked actor after another clause's subject belongs to it
    # ("The UK leads the battlegroup in Estonia, Canada leads the one in Latvia").
    subjects_after = [chunk.start for chunk in after  # an alliance joined is no new subject
                      if chunk.marker is None and not chunk.noun_roles and not chunk.possessive
                      and not chunk.demonyms_only  # "the Kenyans", "the largest American base"
                      # "Iceland joins Britain and Denmark in the JEF": the members joined
                      and not (cue.type == "AllianceMembership" and chunk is obj)
                      and any(kinds_allow(rule.source_kinds, party.entity)
                              for party in chunk.parties)]
    if subjects_after:
        for role in ("source", "target"):
            roles[role] = [chunk for chunk in roles[role]
                           if not any(cue_end <= start < chunk.start for start in subjects_after)]
    if cue.type == "AllianceMembership" and obj is not None and roles[other] and \
            sentence.words(cue_start, cue_end) in _JOIN_WORDS and \
            all(_organisations_only(chunk) for chunk in roles[other]):
        roles[agent].append(obj)  # "Iceland joins Britain and Denmark in the JEF": members too
    elif obj is not None and not needs_marker and \
            any(chunk.marker in _LOCATIVE for chunk in roles[other]):
        # "trained 70,000 Ukrainian soldiers, most of them in Poland": the object is whom;
        # the place named after it is only where.
        roles[other] = [chunk for chunk in roles[other] if chunk.marker not in _LOCATIVE]
        roles[other].append(obj)
    elif not needs_marker and _named_by_noun(roles[other], cue.type, other):
        # "trained Ukrainian recruits in Britain, with instructors from Canada": the recruits
        # are the trainees wherever the cue stands; the place is only where.
        roles[other] = [chunk for chunk in roles[other] if chunk.marker not in _LOCATIVE]
    people = [chunk for chunk in after if chunk.marker is None and chunk.demonyms_only]
    if not needs_marker and people and roles[other] and \
            all(chunk.marker in _LOCATIVE for chunk in roles[other]):
        # "instructors have trained 40,000 Ukrainian soldiers, first in western Ukraine and
        # since 2022 in Britain": the people named are whom; the places only where
        roles[other] = people[:1]
    for chunk in described:
        role = chunk.noun_roles[cue.type]
        if not roles[role] or _another_object(roles[role], chunk, sentence):
            roles[role].append(chunk)
    receivers = {party.entity for chunk in roles["target"] for party in chunk.parties}
    makers = [chunk for chunk in makers  # "to be built in Indonesia": by the buyer itself
              if not {party.entity for party in chunk.parties} <= receivers]
    if makers and all(_stateless(chunk) for chunk in roles["source"]):
        roles["source"] = makers  # the maker, unless a state or a company of one supplies
    relative = _relative_clause_agent(chunks, cue_start, sentence)
    if relative is not None and not passive:  # "the equipment which Russia has handed over":
        roles = {agent: [relative],  # the relative clause's own subject acts, not the main one
                 other: [chunk for chunk in roles[other] if chunk.start >= cue_end]}
    if cue.type in _WEAPON_TYPES:
        roles["source"] = _sellers_over_makers(roles["source"], cue_start, sentence)
        # "India ... the first export order for the Indo-Russian weapon": a weapon its
        # receiver makes with a partner is no purchase from that partner
        roles["source"] = [chunk for chunk in roles["source"] if not (
            chunk.demonyms_only and len(chunk.parties) > 1
            and receivers & {party.entity for party in chunk.parties})]
    if cue.type == "Training":
        _training_places(roles, cue_start, cue_end, sentence, reduced)
    # "signed a contract with Hanwha"; in the passive ("the jets were bought under a deal with
    # France") the counterpart is still the active subject's: the seller
    counterpart_role = agent if passive and cue.type in _WEAPON_TYPES else other
    if not roles[counterpart_role] and counterparts:
        roles[counterpart_role].extend(counterparts)
    if not roles["target"] and joined:
        roles["target"].extend(joined)  # unless it says of what ("a member of the EU")
    if not roles[agent] and after and _COPULA.fullmatch(
            sentence.lowered, cue_end - sentence.offset, after[0].start - sentence.offset):
        roles[agent].append(after[0])  # "Vietnam's biggest arms supplier remains Russia"
    after = [chunk for chunk in after if not _named_apposition(chunk, cue_end, sentence)
             and not _speaker_after(chunk, sentence)
             # "established in 2007 to counter growing Chinese influence": no member
             and not (cue.type == "AllianceMembership" and chunk.demonyms_only
                      and not chunk.state_noun)]
    if not roles[other] and after and not needs_marker:
        roles[other].append(after[0])
    gapped = _gapped([chunk for chunk in chunks if chunk.start >= cue_end], sentence)
    placed = [(chunk.start, role) for role in ("source", "target") for chunk in roles[role]
              if chunk.end <= cue_start]
    subject_role = min(placed)[1] if placed else None  # the role of the first actor named
    if gapped and subject_role is not None:  # "Germany sent 18 tanks, Poland 14 and Canada 8"
        for role in ("source", "target"):
            roles[role] = [chunk for chunk in roles[role] if chunk not in gapped]
        roles[subject_role].extend(gapped)
    # "The US provides Egypt with military financing"; "the Commander of Sri Lanka Navy
    # thanked China for the gifted frigate": the one who thanks receives
    if not roles[other] and len(before) > 1 and not needs_marker and relative is None \
            and (before[1].marker is None or before[0] is thanked) \
            and not _organisations_only(before[1]) and not _coordinated(before[0], before[1],
                                                                        sentence):
        roles[other].append(before[1])
    _follow(roles, followers)
    if cue.type in _STAYING and roles["source"] and not roles["target"] and \
            all(chunk.marker == "from" for chunk in roles["source"]):
        # "UNIFIL troops from Italy and France", "MINUSMA's troops came from Chad": the
        # contingents of the mission named with them
        roles["target"] = [chunk for chunk in chunks if chunk.end <= cue_start and chunk.parties
                           and chunk.marker is None and all(
                               an_operation(_named(party))
                               for party in chunk.parties)][-1:]
    if rule.needs_marked_target and roles["source"] and not roles["target"]:
        # "troops deployed under a bilateral arrangement with the Central African Republic"
        roles["target"] = [replace(chunk, marker="in") for chunk in chunks
                           if chunk.start > cue_end and chunk.marker == "with"
                           and not chunk.demonyms_only
                           and sentence.leads_to(_HOST_AGREEMENT, chunk.start)][:1]
    if named_members is not None:  # they are the members, whatever else the clause names
        roles[other] = [named_members]
        if joined and not roles[agent]:
            roles[agent] = joined  # "to alliance members Romania and Hungary": of the alliance
        elif not roles[agent] and _OWN_MEMBERS.search(
                sentence.lowered, max(0, cue_start - sentence.offset - _PHRASE_REACH),
                cue_start - sentence.offset):
            # "NATO deployed battlegroups to its members Romania and Hungary": the body's
            roles[agent] = [chunk for chunk in chunks if chunk.end <= cue_start
                            and _organisations_only(chunk)][-1:]
    if cue.type == "AllianceMembership" and any(
            chunk.start >= cue_end and _operations_only(chunk) for chunk in roles["target"]):
        return {"source": [], "target": []}  # "troops who have joined AMISOM": a mission
    if cue.type == "AllianceMembership" and cue.agent == "target" and \
            sentence.words(cue_start, cue_end) in _INCLUDE_WORDS:
        # "The countries ... include NATO member Poland, Qatar ...": a body that includes
        # members is named before the verb
        roles["target"] = [chunk for chunk in roles["target"] if chunk.end <= cue_start]
    if cue.type == "AllianceMembership" and sentence.words(cue_start, cue_end) in _MEMBER_WORDS:
        made = _made_member(chunks, cue_start, sentence)
        if made is not None:  # "making Poland the first NATO member to ...": Poland
            roles["source"], roles["target"] = [made[0]], [made[1]]
    if cue.type == "AllianceMembership" and roles["target"]:
        roles["target"].extend(_joined_later(roles["target"][-1], chunks, sentence))
    if cue.type == "Training" and _INTRANSITIVE_TRAINING.match(sentence.lowered,
                                                               cue_start - sentence.offset):
        _learners_abroad(roles, cue_start, sentence)
    if cue.type == "Training" and cue.agent == "target" and not roles["target"]:
        _school_abroad(roles, cue_end)
    if cue.type == "Training" and cue.agent == "target":
        _learners_named_before(roles, cue_start, sentence)
    if cue.type in _OBJECT_TYPES and cue.agent == "source" and not roles["target"]:
        roles["target"] = _given_alike(chunks, cue_end, sentence)
    if cue.agent in ("source", "target"):
        _part_played(roles, cue.agent, chunks, cue_start, sentence)
        _participle_actor(roles, cue.agent, chunks, cue_start, cue_end, sentence)
    if roles[agent] and all(chunk.marker == "by" for chunk in roles[agent]) and \
            _OPENS_WITH.match(sentence.lowered):
        # "With orders for the Su-35 placed by China and Sudan, Algeria has emerged as ...":
        # the main clause's subject is no party of the opening phrase's tie
        roles[other] = [chunk for chunk in roles[other] if not (
            chunk.start > cue_end and chunk.marker is None and _AFTER_COMMA.search(
                sentence.lowered, 0, chunk.start - sentence.offset))]
    if cue.type == "ArmsTransfer" and _two_parties(roles) and \
            _signed_deal(cue_start, cue_end, sentence):
        return _exporter_supplies(roles, sentence.lexicon.arms_exporters)
    return roles


#: A transfer noun naming what a signed document is about ("an agreement with Russia for the
#: supply of", "a contract on the delivery of"): both parties sign; the noun does not say who
#: supplies.
_DOCUMENT_ABOUT = re.compile(
    r"\b(?:agreements?|contracts?|deals?|accords?|memorand(?:um|a)|protocols?|mous?)\s+"
    r"(?:with\s+(?:[\w'.-]+\s+){1,6}?)?(?:on|for|regarding|covering|concerning)\s+(?:the\s+)?$")
_SIGNING = re.compile(r"(?:sign|ink|finali[sz]|seal|clinch)\w*\s")


def _signed_deal(cue_start: int, cue_end: int, sentence: _Sentence) -> bool:
    """True for a cue that tells who signed an arms deal but not who sells: "signed a contract
    with Mali", "signed an agreement on the supply of helicopters"."""
    lowered, offset = sentence.lowered, sentence.offset
    return bool(_SIGNING.match(lowered, cue_start - offset)) or bool(_DOCUMENT_ABOUT.search(
        lowered, max(0, cue_start - offset - _PHRASE_REACH), cue_start - offset))


def _two_parties(roles: dict[str, list[Chunk]]) -> bool:
    """True if the roles name two parties, with no marker but "with": the deals the arms
    exporters orient (a cheap look before the regexes of ``_signed_deal``)."""
    sides = roles["source"] + roles["target"]
    return sum(len(chunk.parties) for chunk in sides) == 2 and all(
        chunk.marker in (None, "with") for chunk in sides)


def _exporter_supplies(roles: dict[str, list[Chunk]], exporters: frozenset[str]
                       ) -> dict[str, list[Chunk]]:
    """The roles of a signed deal between a state that exports arms on a large scale and one
    that does not, the exporter supplying: "Russia signed a contract with Mali", "Russia and
    Mali signed an agreement on the supply of helicopters". Other roles are kept. The roles
    hold two parties (``_two_parties``)."""
    sides = roles["source"] + roles["target"]
    parties = [party for chunk in sides for party in chunk.parties]
    if any(party.entity.kind != "Country" for party in parties):
        return roles
    exporting = [party.entity.key in exporters for party in parties]
    if exporting.count(True) != 1:
        return roles
    supplier, recipient = parties if exporting[0] else parties[::-1]
    if len(sides) == 2:
        return {role: [chunk for chunk in sides if supplier in chunk.parties] if role == "source"
                else [chunk for chunk in sides if recipient in chunk.parties]
                for role in ("source", "target")}
    pair = sides[0]  # one chunk names both ("Russia and Mali signed ...")
    return {"source": [replace(pair, parties=(supplier,))],
            "target": [replace(pair, parties=(recipient,))]}


#: Between an armed group and where it is: "(al-Shabaab) in (Somalia)", "(Boko Haram)
#: operating in northeastern (Nigeria)".
_GROUP_IN = re.compile(r"\s+(?:(?:based|active|operating)\s+)?(?:in|inside|throughout)\s+"
                       r"(?:the\s+)?(?:[\w-]+\s+)?")


#: A participle after an actor that makes it describe a place ("Boko Haram held areas",
#: "Russian-occupied territory").
_HELD_BY_BEFORE = re.compile(r"(?:\s+|-)(?:held|controlled|occupied|dominated|infested)\s+"
                             r"(?:[\w-]+\s+)?(?:areas?|territor(?:y|ies)|regions?|zones?|"
                             r"parts?|towns?|villages?|districts?|provinces?|lands?|strongholds?)"
                             r"\b")


def _where_a_group_is(chunk: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> bool:
    """True for a place named right after an armed group, as where the group is."""
    before = [other for other in chunks if other.end <= chunk.start and other.parties]
    if not before:
        return False
    group = before[-1].parties[-1]  # "al-Shabaab in Somalia and Boko Haram in Nigeria"
    return group.entity.category == "NonStateArmedGroup" and _GROUP_IN.fullmatch(
        sentence.lowered, group.end - sentence.offset, chunk.start - sentence.offset) is not None


#: A possessive pronoun right before "members": "its (newest) members".
_OWN_MEMBERS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")


def _member_named_after(chunk: Chunk, chunks: Sequence[Chunk], cue_start: int, cue_end: int,
                        sentence: _Sentence) -> bool:
    """True if ``chunk`` is an organisation right before "member" and a member named after it
    ("NATO member Turkey")."""
    offset = sentence.offset
    return sentence.words(cue_start, cue_end) in _MEMBER_WORDS and \
        _organisations_only(chunk) and _modifies(chunk, cue_start, sentence.lowered, offset) and \
        any(_MEMBERS_NAMED.fullmatch(sentence.lowered, cue_end - offset, other.start - offset)
            for other in chunks)


def _made_member(chunks: Sequence[Chunk], cue_start: int, sentence: _Sentence
                 ) -> tuple[Chunk, Chunk] | None:
    """The state and the bodies of "(making) Poland the first NATO and EU member (country)": a
    state named right before "the ... <bodies> member", whatever the clause's subject."""
    for state, bodies in itertools.pairwise(chunks):
        if bodies.end <= cue_start and _organisations_only(bodies) and \
                not _organisations_only(state) and state.marker is None and \
                _modifies(bodies, cue_start, sentence.lowered, sentence.offset) and \
                _THE_NTH.fullmatch(sentence.lowered, state.end - sentence.offset,
                                   bodies.start - sentence.offset) and \
                sentence.leads_to(_MADE, state.start):
            return state, bodies
    return None


def _joined_later(joined: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> list[Chunk]:
    """Bodies joined after ``joined`` with the verb left out ("joined NATO in 2009 and the EU
    four years later")."""
    later = []
    for chunk in chunks:
        if chunk.start > joined.end and chunk.marker is None and _organisations_only(chunk) \
                and _JOINED_LATER.fullmatch(sentence.lowered, joined.end - sentence.offset,
                                            chunk.start - sentence.offset):
            later.append(chunk)
            joined = chunk
    return later


def _unnamed_member(chunk: Chunk, chunks: Sequence[Chunk], cue_start: int, cue_end: int,
                    sentence: _Sentence) -> bool:
    """True for an organisation in "a CSTO member", or in "the EU member" or "NATO's newest
    member" with no member named after it ("The EU member chose the French jets", not "the NATO
    member Turkey")."""
    before = chunk.start - sentence.offset
    if sentence.lowered.endswith((" a ", " an "), 0, before):
        return True
    # "NATO's newest member has sent troops to Latvia": a member, not Latvia
    return (chunk.possessive or _THE_BEFORE.search(sentence.lowered, 0, before) is not None) \
        and not _member_named_after(chunk, chunks, cue_start, cue_end, sentence)


def _dateline(chunk: Chunk, chunks: Sequence[Chunk], cue_start: int,
              sentence: _Sentence) -> bool:
    """True if ``chunk`` opens the sentence as a wire dateline ("New Delhi: ...") before another
    subject ("Greek lawmakers approved ...") and for a story about other states (the sentence
    names none of its own); alone, the dateline may stand for the actor ("Kathmandu: The first
    batch of the contingent ...")."""
    start, end = chunk.start - sentence.offset, chunk.end - sentence.offset
    own = {party.entity for party in chunk.parties}
    # a city stands for its state's story only alone ("Nagpur: The Indian Navy has trained"),
    # a state's own name may label a section about it ("France: French exports rose ...")
    city = all(party.mention is not None and party.mention.entity.kind == "Place"
               for party in chunk.parties)
    return start <= _DATELINE_LEAD and DATELINE_END.match(sentence.lowered, end) is not None \
        and any(other.end <= cue_start for other in chunks[1:]) \
        and (city or not any(party.entity in own for other in chunks[1:]
                             for party in other.parties))


def _ranked_beside(chunk: Chunk, sentence: _Sentence) -> bool:
    """True if a ranking verb puts ``chunk`` beside the subject ("X followed Y as the largest
    importers")."""
    start, end = chunk.start - sentence.offset, chunk.end - sentence.offset
    return _RANKED_BESIDE.search(sentence.lowered, max(0, start - 20), start) is not None and \
        _AS_RANKED.match(sentence.lowered, end) is not None


def _follow(roles: dict[str, list[Chunk]], followers: list[Chunk]) -> None:
    """Actors "followed by" in a ranking of a tie's parties take the role of the one they
    follow ("Russia supplied 45 per cent of India's imports, followed by France"), once both
    roles are filled before them; the one followed is the nearest actor before them that no
    possessive or demonym names ("India's", "Egyptian imports")."""
    if not (followers and roles["source"] and roles["target"]):
        return
    first = min(follower.start for follower in followers)
    if any(chunk.end > first for role in ("source", "target") for chunk in roles[role]):
        return  # the ranking must follow a whole statement, not stand inside one
    for follower in followers:
        led = [(chunk.end, role) for role in ("source", "target") for chunk in roles[role]
               if chunk.end <= follower.start and not chunk.possessive
               and not chunk.demonyms_only  # "of Egyptian imports": Egypt's, as possessive
               and chunk.marker not in _LOCATIVE  # "to deploy troops in Somalia": a place
               # "joined the alliance, followed by North Macedonia": a state follows a state
               and _organisations_only(chunk) == _organisations_only(follower)]
        if led:
            roles[max(led)[1]].append(follower)


#: "train" with no object, right before where ("Kenyan officers trained in India"), perhaps
#: after how long ("pilots who had been training for three months in China").
_INTRANSITIVE_TRAINING = re.compile(r"(?:train|trains|trained|training)\s+"
                                    r"(?:(?:for|over)\s+(?:[\w-]+\s+){1,3})?(?:in|at)\s")
#: Who trains with no object: learners (trained by where they train) or forces (on exercise).
_LEARNERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:pilots|cadets|students|trainees|officers|aircrews|"
                       r"crews|recruits|engineers|technicians|specialists|mechanics|"
                       r"operators)\b")
_FORCES = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|units|marines|sailors|"
                     r"paratroopers|commandos|military|army|navy|air\s+force)\b")
#: Taking part in what the cue names: those who do are trained ("soldiers participating in
#: counter-terrorism training conducted by ...").
_TAKING_PART_IN = re.compile(r"\b(?:participat(?:e|es|ed|ing)|tak(?:e|es|ing)\s+part|took\s+part)"
                             r"\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
#: A verb of training right before its object: "to train (Ukrainian soldiers)".
_TRAINING_VERB_BEFORE = re.compile(r"\btrain(?:s|ed|ing)?\s+(?:the\s+|some\s+)?$")
#: Between a marked actor and an infinitive cue: "(to the United Kingdom) to (train)".
_INFINITIVE_GAP = re.compile(r"\s+to\s+")
#: A verb whose object does what the infinitive after it says, and what may stand between
#: the object and "to": "paid (Colombia) to (train)", "paid for (Colombian) security forces to".
_CONTROL_VERB = re.compile(r"\b(?:pay|pays|paid|paying|help|helps|helped|helping|fund|funds|"
                           r"funded|funding|hire|hires|hired|hiring|enable|enables|enabled|"
                           r"enabling|invite|invites|invited|inviting|encourage|encourages|"
                           r"encouraged|commission|commissions|commissioned|contract|contracts|"
                           r"contracted)\s+(?:for\s+)?(?:the\s+)?$")
_CONTROLLED_GAP = re.compile(r"(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s+to\s+")
_CONTROL_REACH = 30  # characters before the object searched for the verb
#: Types whose verb cue takes its beneficiary as an object ("train Kenyan troops").
_OBJECT_TYPES = frozenset({"Training", "ArmsTransfer", "MilitaryAid"})
#: Forces a possessor or demonym owns, then a participle placing them ("'s military brigade
#: operating in", " troops stationed in").
_FORCES_BEFORE_PARTICIPLE = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|units?|brigades?|battalions?|"
    r"contingents?|detachments?|marines|sailors|peacekeepers|personnel|task\s+force)\s+")
_PLACING_PARTICIPLE = re.compile(r"(?:operating|stationed|based|deployed|garrisoned|serving)\b")


#: Prepositions of where training takes place ("to the UK", "in Poland").
_VENUE_MARKERS = frozenset({"to", "in", "at"})
#: From a place to the trainees its training is for, named by their nationality: " in May to
#: help ", " to train ".
_TO_HELP_TRAINEES = re.compile(r"(?:\s+[\w,]+){0,3}?\s+to\s+(?:help|assist|train|teach|instruct|"
                               r"mentor|support)\s+(?:the\s+)?")


def _controlled_agent(chunks: Sequence[Chunk], cue_start: int,
                      sentence: _Sentence) -> Chunk | None:
    """The object of a verb like "pay" or "help" right before the infinitive cue, which it
    does ("is paying Colombia to train security forces"), or None."""
    lowered, offset = sentence.lowered, sentence.offset
    for chunk in chunks:
        if chunk.end <= cue_start and chunk.marker in (None, "for") and \
                not chunk.possessive and \
                _CONTROLLED_GAP.fullmatch(lowered, chunk.end - offset, cue_start - offset) and \
                _CONTROL_VERB.search(lowered, max(0, chunk.start - offset - _CONTROL_REACH),
                                     chunk.start - offset):
            return chunk
    return None


def _venue_before_trainees(chunk: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> bool:
    """True if the next actor after ``chunk`` is a nationality the training there is for
    ("instructors to the UK to help Ukrainian recruits"): the place is no trainee."""
    following = _next_chunk(chunk, chunks)
    return following is not None and following.marker is None and following.demonyms_only \
        and _TO_HELP_TRAINEES.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                        following.start - sentence.offset) is not None


def _learners_abroad(roles: dict[str, list[Chunk]], cue_start: int, sentence: _Sentence) -> None:
    """Read "X pilots trained in Y" as Y training X, and "X troops train in Y" as no training
    (they exercise there)."""
    subjects = [chunk for chunk in roles["source"] if chunk.end <= cue_start]
    if not subjects or not roles["target"]:
        return
    after_subject = subjects[0].end - sentence.offset
    if _LEARNERS.match(sentence.lowered, after_subject):
        roles["source"], roles["target"] = roles["target"], subjects
    elif _FORCES.match(sentence.lowered, after_subject):
        # those trained are named after "for" if at all ("conduct training in Botswana for
        # Botswana Defence Force officers"); where the forces train is no trainee
        roles["target"] = [chunk for chunk in roles["target"] if chunk.marker == "for"]
        if not roles["target"]:
            roles["source"] = []


#: People a nationality names, right before what they learn: " military personnel learn".
_PEOPLE_BEFORE = re.compile(r"\s+(?:[\w-]+\s+)?(?:personnel|soldiers|troops|officers|pilots|"
                            r"cadets|students|recruits|crews|sailors|marines|technicians|"
                            r"engineers|fighters|instructors|trainers|advisers|advisors|"
                            r"mercenaries|specialists)\s+")


def _learners_named_before(roles: dict[str, list[Chunk]], cue_start: int,
                           sentence: _Sentence) -> None:
    """Read "to help Ukrainian military personnel learn to operate guns", where the clause's
    subject sends the help, as the nationality learning from that subject."""
    learners = next((chunk for chunk in roles["source"] if chunk.marker is None
                     and chunk.demonyms_only and _PEOPLE_BEFORE.fullmatch(
                         sentence.lowered, chunk.end - sentence.offset,
                         cue_start - sentence.offset)), None)
    if learners is not None:
        roles["source"] = [chunk for chunk in roles["target"] if chunk is not learners]
        roles["target"] = [learners]


#: From a giving cue with no recipient to the recipient of the giving verb joined to it: " and
#: supplied military equipment to ".
_AND_GAVE_TO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+and\s+(?:also\s+)?(?:supplied|supplies|"
                          r"provided|provides|delivered|delivers|gave|gives|donated|donates|"
                          r"handed\s+over|hands\s+over)(?:\s+[\w-]+){0,4}?\s+to\s+(?:the\s+)?")


def _given_alike(chunks: Sequence[Chunk], cue_end: int, sentence: _Sentence) -> list[Chunk]:
    """The recipient of a giving verb joined by "and" to a cue that names none: "provided military
    training and supplied military equipment to the Namibian Defence Force"."""
    return [chunk for chunk in chunks if chunk.start > cue_end and chunk.marker == "to"
            and _AND_GAVE_TO.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                       chunk.start - sentence.offset)][:1]


#: A part someone plays, before "of" and its actor: "commended the role of (Turkey)".
_PART_OF = re.compile(r"\b(?:role|contribution|efforts?|assistance)\s+of\s+(?:the\s+)?$")
#: Between that actor and the cue it plays its part in: "(Turkey) in (training)".
_PART_IN = re.compile(r"\s+in\s+")


def _part_played(roles: dict[str, list[Chunk]], agent: str, chunks: Sequence[Chunk],
                 cue_start: int, sentence: _Sentence) -> None:
    """Read "the Libyan commander commended the role of Turkey in training the Libyan army" with
    Turkey, not the clause's subject, as the cue's actor."""
    player = next((chunk for chunk in chunks if chunk.marker == "of" and chunk.end < cue_start
                   and _PART_IN.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                          cue_start - sentence.offset)
                   and sentence.leads_near(_PART_OF, chunk.start)), None)
    if player is not None:
        _make_actor(roles, agent, player)


def _make_actor(roles: dict[str, list[Chunk]], agent: str, actor: Chunk) -> None:
    """Give the cue ``actor`` as its only agent, and take it out of the other role."""
    other = "target" if agent == "source" else "source"
    roles[agent] = [actor]
    roles[other] = [chunk for chunk in roles[other] if chunk is not actor]


#: Between a participle and its object: "instructing (Belarusian soldiers)".
_OBJECT_NEXT = re.compile(r"\s+(?:the\s+)?")


def _participle_actor(roles: dict[str, list[Chunk]], agent: str, chunks: Sequence[Chunk],
                      cue_start: int, cue_end: int, sentence: _Sentence) -> None:
    """Read "the ministry released a video showing Wagner fighters instructing Belarusian
    soldiers" with the people right before the participle, not the clause's subject, as its
    actor."""
    words = sentence.words(cue_start, cue_end)
    if not words.endswith("ing") or " " in words or not any(
            chunk.marker is None and _OBJECT_NEXT.fullmatch(
                sentence.lowered, cue_end - sentence.offset, chunk.start - sentence.offset)
            for chunk in chunks if chunk.start > cue_end):
        return  # not "pilots receiving conversion training", nor "pilots training in France"
    actor = next((chunk for chunk in chunks if chunk.end < cue_start and _PEOPLE_BEFORE.fullmatch(
        sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset)), None)
    if actor is not None:
        _make_actor(roles, agent, actor)


def _school_abroad(roles: dict[str, list[Chunk]], cue_end: int) -> None:
    """Read "soldiers graduated from Turkey's training camp in Somalia", with no students named,
    as Turkey training Somalia: a school a state runs abroad trains its host's forces."""
    owners = [chunk for chunk in roles["source"] if chunk.start >= cue_end and chunk.possessive]
    places = [chunk for chunk in roles["source"] if owners and chunk.start > owners[0].end
              and chunk.marker in _LOCATIVE and not chunk.possessive]
    if len(owners) == 1 and len(places) == 1 and _countries_only(places[0]) and \
            {party.entity for party in places[0].parties}.isdisjoint(
                party.entity for party in owners[0].parties):
        roles["source"], roles["target"] = owners, places


#: Between a possessor or nationality and the forces it owns: "'s Special ", " ".
_OWNED_FORCES_GAP = re.compile(r"(?:'s|’s|s'|’)?\s+(?:[\w-]+\s+){0,2}")
#: A presence cue that is a noun for forces.
_FORCES_NOUN = re.compile(r"(?:troops|soldiers|forces|units|personnel|contingents?|battalions?|"
                          r"brigades?)")


def _owns_the_forces_named(chunk: Chunk, cue_start: int, cue_end: int,
                           sentence: _Sentence) -> bool:
    """True if ``chunk``, after "to" or "for", owns the forces the cue names right after it ("to
    Cameroon's Special Forces", "for Kenyan troops")."""
    return chunk.marker in ("to", "for") and (chunk.possessive or chunk.demonyms_only) and \
        chunk.end <= cue_start and _FORCES_NOUN.fullmatch(sentence.words(cue_start, cue_end)) \
        is not None and _OWNED_FORCES_GAP.fullmatch(
            sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset) is not None


def _owns_forces_there(chunk: Chunk, cue_start: int, sentence: _Sentence) -> bool:
    """True if ``chunk``, after a preposition, owns the forces a participle cue right after
    them places ("to Chad's military brigade operating in", "for Kenyan troops based in")."""
    if chunk.marker is None or chunk.end > cue_start or not (
            chunk.possessive or chunk.demonyms_only):
        return False
    gap = _FORCES_BEFORE_PARTICIPLE.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                              cue_start - sentence.offset)
    return gap is not None and _PLACING_PARTICIPLE.match(
        sentence.lowered, cue_start - sentence.offset) is not None


def _deployed_there(chunk: Chunk, chunks: Sequence[Chunk], cue: Cue, cue_end: int,
                    sentence: _Sentence) -> bool:
    """True if ``chunk`` is where forces are sent, after the recipient of the weapons: a "to"
    after an earlier "to" with a deployment cue between ("equipment to the Zambia Defence Force
    to support its battalion deploying to the Central African Republic")."""
    if cue.type not in _WEAPON_TYPES or chunk.marker != "to" or chunk.start < cue_end:
        return False
    earlier = [other for other in chunks if cue_end <= other.start < chunk.start
               and other.marker in _RECEIVING]
    return bool(earlier) and any(
        sentence.cue_between(deployed, earlier[-1].end, chunk.start)
        for deployed in ("MilitaryPresence", "PeacekeepingDeployment"))


def _other_weapon_cue_governs(chunk: Chunk, chunks: Sequence[Chunk], cue: Cue, cue_start: int,
                              sentence: _Sentence) -> bool:
    """True if the weapons cue nearest before ``chunk`` is of the other weapons type: "sold
    jets to India and donated helicopters to Nepal" gives to Nepal and sells to India.

    Before the cue only an object like one the cue has after it counts: no subject, and not
    the Philippines in "provide radars to the Philippines under its Security Assistance".
    """
    if cue.type not in _WEAPON_TYPES:
        return False
    if chunk.start < cue_start and (chunk.marker is None or not any(
            other.start >= cue_start and other.marker == chunk.marker for other in chunks)):
        return False
    nearest = max(((start, end, other.type) for other, start, end in sentence.cues
                   if other.type in _WEAPON_TYPES and end <= chunk.start), default=None)
    if nearest is None or nearest[0] == cue_start or nearest[2] == cue.type:
        return False
    if nearest[2] == "MilitaryAid" and sentence.leads_to(_GIFT_COUNTED, nearest[0]) and \
            not _in_the_item(chunk, nearest[0], nearest[1], sentence):
        return False  # "three donated Tetras from France, a single AW139 from Italy": sold
    # "aircraft donated by Washington were handed over to the Philippine Air Force": the
    # passive verb after the participle tells where the same donation went
    return not (cue_start < nearest[0] and _AUXILIARY_JUST_BEFORE.search(
        sentence.lowered, 0, nearest[0] - sentence.offset) is not None)


#: A passive auxiliary right before a verb: "were (handed over)", "have been (delivered)".
_AUXILIARY_JUST_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")


def _named_user_of_foreign_make(chunks: Sequence[Chunk], cue_start: int, cue_end: int,
                                sentence: _Sentence) -> bool:
    """True if weapons a demonym describes follow a verb of using them, at most two words on
    ("is already using French Heron drones", "flies US-built F-16s"), and the user is named,
    not referred to ("Its air force flies Russian jets": whose is read too loosely)."""
    referred = {chunk.coreference for chunk in chunks if chunk.end <= cue_start} - {None}
    following = next((chunk for chunk in chunks if chunk.start >= cue_end), None)
    if following is not None and following.marker == "from" and referred <= {"definite"} and \
            _countries_only(following) and _OBJECT_BEFORE_FROM.fullmatch(
                sentence.lowered, cue_end - sentence.offset, following.start - sentence.offset):
        return True  # "the country's military is operating DCD Springbuck vehicles from"
    return following is not None and not referred and following.demonyms_only and \
        "ArmsTransfer" in following.noun_roles and _TWO_WORD_GAP.fullmatch(
            sentence.lowered, cue_end - sentence.offset, following.start - sentence.offset
        ) is not None


def _penalised(before: list[Chunk], cue_start: int, sentence: _Sentence) -> list[Chunk]:
    """The actors before a cue named as the cause of a penalty, "over its purchase": only those
    after the penalty, whom "its" stands for ("The United States sanctioned Turkey over its
    purchase of S-400s": Turkey bought them)."""
    ends = [end for start, end, modifier, written in sentence.modifiers
            if start < cue_start and modifier.kind == "negation"
            and _PENALTY.fullmatch(written.lower())]
    if not ends or not _CAUSE_BEFORE.search(
            sentence.lowered, max(0, cue_start - sentence.offset - _PHRASE_REACH),
            cue_start - sentence.offset):
        return before
    return [chunk for chunk in before if chunk.start >= max(ends)]


def _visitors_dropped(before: list[Chunk], sentence: _Sentence) -> list[Chunk]:
    """The actors before a presence cue, less a visitor when the forces visited are named as
    another's ("Gantz visited the U.S. Navy Fifth Fleet headquarters in Bahrain": the United
    States is there, Israel only visits; "Macron visited troops in Mali": his own)."""
    return [chunk for index, chunk in enumerate(before) if not any(
        later.marker is None and _VISIT_OF.fullmatch(
            sentence.lowered, chunk.end - sentence.offset, later.start - sentence.offset)
        for later in before[index + 1:])]


def _speaker_after(chunk: Chunk, sentence: _Sentence) -> bool:
    """True if ``chunk`` speaks in an attribution closing the sentence ("..., Sergei Shoigu
    said"): no object of a cue before it."""
    lowered, offset = sentence.lowered, sentence.offset
    return _SPEECH_AFTER.match(lowered, chunk.end - offset) is not None and \
        _ATTRIBUTION_OPENING.search(lowered, max(0, chunk.start - offset - _PHRASE_REACH),
                                    chunk.start - offset) is not None


def _names_a_later_cue(chunk: Chunk, cue: Cue, sentence: _Sentence) -> bool:
    """True if a demonym stands right before another cue of the same type, whose role it fills
    ("Uzbek servicemen trained in Russian military academies": the academies train)."""
    return any(other.type == cue.type and other is not cue and start > chunk.end and
               _ONE_WORD_GAP.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                       start - sentence.offset) is not None
               for other, start, _end in sentence.cues)


def _preposition_of_another(chunk: Chunk, cue: Cue, cue_start: int, sentence: _Sentence) -> bool:
    """True if ``chunk``, before the cue, follows another type's cue whose phrase holds its
    preposition ("belongs to the CSTO and hosts a base": "to" is the membership's)."""
    marker = chunk.marker
    if marker is None or chunk.end > cue_start:
        return False
    return _cue_just_before(chunk, sentence, len(" the "), lambda other, end: (
        other.type != cue.type and end <= cue_start
        and sentence.lowered.endswith(marker, 0, end - sentence.offset)))


def _of_the_predicate_before(chunk: Chunk, cue_start: int, sentence: _Sentence) -> bool:
    """True if ``chunk`` is the marked actor of a cue before it, and the cue read, a verb in the
    past, starts a predicate of its own joined by "and" ("received tanks from the Netherlands
    and sold 30 of them to Ecuador": the Netherlands is what received names, not who sold)."""
    if chunk.marker is None or chunk.end > cue_start:
        return False
    gap = sentence.lowered[chunk.end - sentence.offset:cue_start - sentence.offset]
    return bool(_AND_PREDICATE.fullmatch(gap.lstrip(" ,"))) and \
        _PAST_FORM.match(sentence.lowered, cue_start - sentence.offset) is not None and any(
            end <= chunk.start and start != cue_start for _cue, start, end in sentence.cues)


def _of_the_predicate_after(chunk: Chunk, cue_end: int, sentence: _Sentence) -> bool:
    """True if a cue after the one read, a verb in the past opening a predicate of its own with
    "and", stands between them ("received tanks ... and sold 30 of them to Ecuador": Ecuador is
    the sale's)."""
    if chunk.marker is None or chunk.start < cue_end:
        return False
    return any(cue_end <= start and end <= chunk.start and _AND_PREDICATE.search(
        sentence.lowered, cue_end - sentence.offset, start - sentence.offset) is not None
        and _PAST_FORM.match(sentence.lowered, start - sentence.offset) is not None
        for _cue, start, end in sentence.cues)


def _nearer_cue_governs(chunk: Chunk, cue_end: int, tie_type: str, sentence: _Sentence) -> bool:
    """True if a cue of another type, after the cue read, stands right before ``chunk``'s
    preposition: "exchanged intelligence with Kyiv on troops deployed to Russia" names Russia
    as where the troops went, no partner in the exchange."""
    return chunk.marker in ("to", "into") and chunk.start > cue_end and _cue_just_before(
        chunk, sentence, _GOVERNED_GAP, lambda other, end: other.type != tie_type and
        end > cue_end and sentence.lowered.endswith(_PARTICIPLE_ENDINGS, 0, end - sentence.offset))


def _cue_just_before(chunk: Chunk, sentence: _Sentence, gap: int,
                     fits: Callable[[Cue, int], bool]) -> bool:
    """True if a cue that ``fits`` (given the cue and where it ends) ends at most ``gap``
    characters before ``chunk``: the word that governs the actor's preposition."""
    return any(0 <= chunk.start - end <= gap and fits(other, end)
               for other, _start, end in sentence.cues)


def _coordinated(first: Chunk, second: Chunk, sentence: _Sentence) -> bool:
    """True if ``second`` is joined to ``first`` by "and" ("Japanese forces and Australian
    forces conduct training"): both act alike, neither is the other's counterpart."""
    gap = sentence.lowered[first.end - sentence.offset:second.start - sentence.offset]
    return _SUBJECT_JOIN.fullmatch(gap) is not None


def _predicate_of(chunk: Chunk, cue_start: int, sentence: _Sentence,
                  possessed: bool = False) -> bool:
    """True if a noun cue right after the chunk says what it is ("Chile emerging as the first
    customers", "Russia and France its main suppliers"); if ``possessed``, whose it is as well
    ("with China as its main supplier")."""
    if chunk.end > cue_start:
        return False
    gap = sentence.lowered[chunk.end - sentence.offset:cue_start - sentence.offset]
    return _PREDICATE.fullmatch(gap) is not None and \
        (not possessed or _POSSESSIVE_PRONOUN.search(gap) is not None)


def _relative_clause_agent(chunks: Sequence[Chunk], cue_start: int,
                           sentence: _Sentence) -> Chunk | None:
    """The actor of a relative clause right before its verb ("the equipment which (Russia)
    has handed over"), if the cue is that verb."""
    lowered, offset = sentence.lowered, sentence.offset
    if lowered.find("which ", 0, cue_start - offset) < 0 and \
            lowered.find(" that ", 0, cue_start - offset) < 0:
        return None  # the cheap test first: most clauses have no relative clause
    for chunk in chunks:
        if chunk.end <= cue_start and chunk.parties and not chunk.coreference and \
                _AUXILIARIES.fullmatch(
                lowered, chunk.end - offset, cue_start - offset) and \
                (_RELATIVE_OPENS.search(lowered, max(0, chunk.start - offset - 12),
                                        chunk.start - offset)
                 or _goods_that(lowered, chunk.start - offset, sentence.lexicon)):
            return chunk
    return None


def _goods_that(lowered: str, position: int, lexicon: Lexicon) -> bool:
    """True if "that" after a weapon noun stands right before ``position``: "fighter jets that
    (Doha) is purchasing" (not "adding that Nigeria has benefited")."""
    that = _THAT_BEFORE.search(lowered, max(0, position - _THAT_REACH), position)
    return that is not None and bool(
        lexicon.weapon_noun_regex.match(lowered, that.start(1)))


#: Auxiliaries between a relative clause's subject and its verb: " has ", " had already ".
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|will|would|also|already|"
                          r"recently|now|just)\s+){0,3}")
#: A participle of posting before the body troops serve in: "(troops) assigned to (the AU
#: mission)".
_ASSIGNED_TO = re.compile(r"\b(?:assigned|attached|seconded|posted)\s+to\s+(?:the\s+)?$")
#: A noun, then "that" right before a relative clause's subject: "jets that (Doha)".
_THAT_BEFORE = re.compile(r"\b([a-z-]+)\s+that\s+(?:the\s+)?$")
_THAT_REACH = 40  # characters before the subject searched for it
#: A relative pronoun right before its clause's subject: "which (Russia)" (not "that", which
#: opens reported speech as often: "adding that Nigeria has benefited").
_RELATIVE_OPENS = re.compile(r"(?<!\bto )(?<!\bfrom )(?<!\bfor )(?<!\bwith )(?<!\bby )(?<!\bof )"
                             r"\bwhich\s+(?:the\s+)?$")  # not "to which France donated"


def _before_the_hedge(pairs: list[tuple[Entity, Entity]], used: Sequence[Chunk],
                      cut: int) -> list[tuple[Entity, Entity]]:
    """``pairs`` without the actors only named after a hedge or negation at ``cut``."""
    near = {party.entity for chunk in used if chunk.start < cut for party in chunk.parties}
    late = {party.entity for chunk in used if chunk.start >= cut
            for party in chunk.parties} - near
    return [(one, other) for one, other in pairs if one not in late and other not in late]


def _training_places(roles: dict[str, list[Chunk]], cue_start: int, cue_end: int,
                     sentence: _Sentence, reduced: bool) -> None:
    """The roles of the places a training cue names, changed in place: where trainees named
    before a participle were trained trains ("personnel trained in Japan"), and so does where
    they went ("arrived in China for training"); where sessions are held is no trainee ("are
    being conducted in the UK"), nor a second trainer where one is named after "by" ("trained
    by American forces in Guam")."""
    if reduced:
        there = [chunk for chunk in roles["target"]
                 if chunk.marker in _LOCATIVE and chunk.start >= cue_end]
        roles["source"] += there
        roles["target"] = [chunk for chunk in roles["target"] if chunk not in there]
    _trained_where_they_went(roles, cue_start, sentence)
    roles["target"] = [chunk for chunk in roles["target"] if not (
        chunk.marker in _LOCATIVE and sentence.leads_near(_HELD_IN, chunk.start))]
    if any(chunk.marker == "by" for chunk in roles["source"]):
        roles["source"] = [chunk for chunk in roles["source"] if chunk.marker not in _LOCATIVE]


def _trained_where_they_went(roles: dict[str, list[Chunk]], cue_start: int,
                             sentence: _Sentence) -> None:
    """Those who "arrived in China for training" are trained by China: the place they went
    trains, those who went are trained (``roles`` is changed in place)."""
    lowered, offset = sentence.lowered, sentence.offset
    for chunk in roles["target"]:
        if chunk.end <= cue_start and sentence.leads_near(_WENT_TO, chunk.start) and \
                _FOR_TRAINING.fullmatch(lowered, chunk.end - offset, cue_start - offset):
            travellers = [other for other in roles["source"] if other.end <= chunk.start]
            roles["source"], roles["target"] = [chunk], travellers
            return


#: Where an event took place, right before the place: "are being conducted in (the UK)".
_HELD_IN = re.compile(r"\b(?:conducted|held|hosted|organi[sz]ed|staged|carried\s+out|"
                      r"(?:taking|takes|took|take)\s+place)\s+(?:in|at)\s+(?:the\s+)?$")
#: Travel to where training is had: "have already arrived in (China)", "went to (India)".
_WENT_TO = re.compile(r"\b(?:arrived|arrive|arrives|arriving|went|go|goes|gone|travelled|"
                      r"traveled|travel|travels|flew|flown|headed|reached)\s+(?:in|to|at)\s+"
                      r"(?:the\s+)?$")
#: Between that place and the training: " for submarine ", " for a month of ".
_FOR_TRAINING = re.compile(r"\s+for\s+(?:[\w-]+\s+){0,4}")


def _sellers_over_makers(sources: list[Chunk], cue_start: int,
                         sentence: _Sentence) -> list[Chunk]:
    """``sources`` without the origins before the cue that only say where the weapon was made
    ("US-built") when a seller is named after "from" or "by" ("the US-built jets Argentina
    bought from Denmark", "... bought from Copenhagen, Argentina's largest acquisition"), and
    without a design's origin ("based on the US-made Perry-class frigate")."""
    lowered, offset = sentence.lowered, sentence.offset

    def origin_only(chunk: Chunk) -> bool:
        return MADE_AFTER.match(lowered, chunk.end - offset) is not None

    def design_origin(chunk: Chunk) -> bool:
        return sentence.leads_near(_DESIGN_BASED_ON, chunk.start)

    sold = any(chunk.marker in ("from", "by") and not origin_only(chunk) for chunk in sources)
    return [chunk for chunk in sources if not origin_only(chunk)
            or not ((sold and chunk.end <= cue_start) or design_origin(chunk))]


#: What a design is derived from, right before its origin: "based on the (US)-made ...".
_DESIGN_BASED_ON = re.compile(r"\b(?:based\s+on|derived\s+from|modelled\s+on|modeled\s+on|"
                              r"a\s+copy\s+of|a\s+version\s+of|a\s+variant\s+of)\s+"
                              r"(?:the\s+|an?\s+)?$")


def _another_object(chunks: list[Chunk], described: Chunk, sentence: _Sentence) -> bool:
    """True if ``described`` ("Israeli-made munitions") is another object joined by "and" to
    what a supplier after "from" gave ("buying TB2s from Turkey and Israeli-made munitions"),
    or to weapons of another origin ("Russian jets and American F-16s")."""
    last = chunks[-1]
    if last.end > described.start:
        return False
    gap = sentence.lowered[last.end - sentence.offset:described.start - sentence.offset]
    if last.marker == "from":
        return _OBJECT_JOIN.fullmatch(gap) is not None
    # "relied on Russian Sukhoi jets and American F-16s": two origins, each of its own weapons
    return last.demonyms_only and bool(last.noun_roles) and \
        _DESCRIBED_JOIN.fullmatch(gap) is not None


def _named_object(chunk: Chunk, cue_end: int, sentence: _Sentence) -> bool:
    """True for a country named (not by a demonym) right after a verb cue, before the thing
    given ("sold Algeria frigates"), unlike "sold Chinese frigates"."""
    if chunk.demonyms_only or chunk.possessive or chunk.start < cue_end:
        return False
    words = _words_between(sentence.lowered, cue_end - sentence.offset,
                           chunk.start - sentence.offset)
    return words is not None and len(words) <= 1 and all(
        party.entity.kind == "Country" for party in chunk.parties)


def _can_fill(chunk: Chunk, rule: TieRule) -> bool:
    """True if some actor of the chunk may take a side in a tie of ``rule``'s type (which side
    is settled later: "the alliance's 31st member" names the alliance, not the member)."""
    return any(kinds_allow(rule.source_kinds, party.entity)
               or kinds_allow(rule.target_kinds, party.entity)
               or ("source" in rule.organisation_country  # a company supplying for its state
                   and home_country(party.entity) is not None)
               for party in chunk.parties)


def _accounts_for_a_share(chunk: Chunk, sentence: _Sentence) -> bool:
    """True for "with X accounting for 31 per cent" of what was supplied or imported."""
    return _SHARE.match(sentence.lowered, chunk.end - sentence.offset) is not None


def _named_by_noun(chunks: list[Chunk], tie_type: str, role: str) -> bool:
    """True if a place ("in Britain") shares a role with an actor its role noun names
    ("Ukrainian recruits")."""
    return any(chunk.marker in _LOCATIVE for chunk in chunks) and any(
        chunk.marker is None and chunk.noun_roles.get(tie_type) == role for chunk in chunks)


def _passive(cue_start: int, cue_end: int, sentence: _Sentence) -> bool:
    """True for a verb cue in the passive voice ("were trained", "had been supplied")."""
    lowered, offset = sentence.lowered, sentence.offset
    if not _PARTICIPLE.fullmatch(lowered[cue_start - offset:cue_end - offset].split()[-1]):
        return False
    return bool(_AUXILIARY.search(lowered, max(0, cue_start - offset - 40), cue_start - offset))


def _reduced_passive(cue_start: int, cue_end: int, sentence: _Sentence) -> bool:
    """True for a participle right after the weapons it describes ("jets donated by ...")."""
    lowered, offset = sentence.lowered, sentence.offset
    if not lowered[cue_start - offset:cue_end - offset].endswith(("ed", "made", "built", "sold")):
        return False
    words = _BETWEEN_WORDS.findall(lowered[max(0, cue_start - offset - 30):cue_start - offset])
    return bool(words) and bool(sentence.lexicon.weapon_noun_regex.fullmatch(words[-1])
                                or words[-1] in _ARMS_NOUNS)


_MAKE_WORDS = 3  # most words between a company and the goods it makes ("Airbus H145M helicopters")


def _named_as_make(chunk: Chunk, sentence: _Sentence) -> bool:
    """True for companies named as the make of goods ("Airbus helicopters", "Bell helicopters",
    "Dassault Rafale jets"): the goods, not a party."""
    if not chunk.parties or any(party.entity.kind != "Organisation"
                                or party.entity.category is not None
                                for party in chunk.parties):
        return False
    lowered, offset = sentence.lowered, sentence.offset
    nouns = sentence.lexicon.weapon_noun_regex
    if nouns.search(lowered, chunk.start - offset, chunk.end - offset):
        return True
    following = _BETWEEN_WORDS.findall(lowered, chunk.end - offset,
                                       min(len(lowered), chunk.end - offset + _PHRASE_REACH))
    return any(nouns.fullmatch(word) for word in following[:_MAKE_WORDS])


def _in_phrase(cue_start: int, sentence: _Sentence) -> bool:
    """True if a noun stands in a prepositional phrase ("jets donated by a NATO member"): the
    actors before it are not what it describes ("Turkey, a NATO member" is)."""
    window = sentence.lowered[max(0, cue_start - sentence.offset - _PHRASE_WINDOW):
                              cue_start - sentence.offset]
    return bool(_PREPOSITION_PHRASE.search(window))


def _membership_modifier(chunk: Chunk, sentence: _Sentence) -> bool:
    """True for "NATO" in "a NATO member": a body describing one of its members (in "the SADC
    countries withdrew" the body stands for all of them)."""
    if not _organisations_only(chunk):
        return False
    return bool(_MEMBER_NOUN.match(sentence.lowered, chunk.end - sentence.offset))


_ADVERB_BEFORE = re.compile(rf"(?<= and )(?:{SEQUENCE_ADVERB.pattern})$")


def _gapped(after: list[Chunk], sentence: _Sentence) -> list[Chunk]:
    """Actors standing for the subject of a predicate left out after them ("..., Slovakia since
    2004", "..., Poland 14 and Canada 8"): an actor after a comma or "and" with only a number,
    a year or a time before the next comma, "and" or the end."""
    lowered, offset = sentence.lowered, sentence.offset
    found = []
    for chunk in after:
        if chunk.demonyms_only or chunk.possessive:
            continue
        before = lowered[:chunk.start - offset]
        adverb = _ADVERB_BEFORE.search(before)
        if adverb is not None:  # "..., and finally North Macedonia in 2020"
            before = before[:adverb.start()]
        if not before.endswith((", ", " and ", ", and ")) or \
                (chunk.marker is not None and not before.endswith(", and ")):
            continue  # a marker carried over a list ("from Australia, and Tonga ... two each")
        if GAP_TAIL.match(lowered, chunk.end - offset):
            found.append(chunk)
    return found


def _fitting_first(before: list[Chunk], rule: TieRule, agent: str) -> list[Chunk]:
    """``before`` with the first chunk that can fill the agent role moved to the front
    ("NATO allies including Poland and Romania have hosted": not NATO, which hosts nothing)."""
    kinds = rule.source_kinds if agent == "source" else rule.target_kinds
    for index, chunk in enumerate(before):
        if any(kinds_allow(kinds, party.entity) for party in chunk.parties):
            return [chunk, *before[:index], *before[index + 1:]]
    return before


def _object(after: list[Chunk], cue_end: int, sentence: _Sentence) -> Chunk | None:
    """The unmarked actor right after a verb cue, a few words on ("trained 70,000 Ukrainian")."""
    for chunk in after:
        if chunk.marker == "of" and sentence.leads_to(_QUANTITY_OF, chunk.start):
            return chunk  # "trained thousands of Somali soldiers"
        if chunk.marker is not None:
            continue
        words = _words_between(sentence.lowered, cue_end - sentence.offset,
                               chunk.start - sentence.offset)
        return chunk if words is not None and len(words) <= _OBJECT_GAP else None
    return None


def _named_apposition(chunk: Chunk, cue_end: int, sentence: _Sentence) -> bool:
    """True for a name set off by commas right after a noun cue ("the mission, EUMAM Ukraine,",
    "its training mission, EUTM Somalia,")."""
    lowered, offset = sentence.lowered, sentence.offset
    if lowered[cue_end - offset:chunk.start - offset].strip() != ",":
        return False
    rest = _NAME_REST.match(sentence.text, chunk.end)
    return rest is not None and rest.end() < sentence.segment.end


#: A number or article counting the items of a list: "(three) donated Tetras".
COUNTED = r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some))\s+"
#: ... right before an adjectival gift word.
_GIFT_COUNTED = re.compile(COUNTED + "$")
#: Where an item of a list ends: a comma, a semicolon or "and".
_ITEM_END = re.compile(r",|;|\band\b")


def _in_the_item(chunk: Chunk, cue_start: int, cue_end: int, sentence: _Sentence) -> bool:
    """True if ``chunk`` may be a party of a gift named as one item of a list ("including
    three Super Tucanos from Brazil, three donated Tetras from France, a single AW139 from
    Italy"): it stands before the gift or in its own item, not in the next items."""
    found = _ITEM_END.search(sentence.lowered, cue_end - sentence.offset)
    return found is None or chunk.end <= cue_start or \
        chunk.start < sentence.offset + found.start()


#: Between a state and the members it is one of: " and other European (NATO) ".
_AND_OTHER = re.compile(r"\s+and\s+(?:all\s+|the\s+)?other\s+(?:[\w.-]+\s+){0,4}")


def _one_of_the_members(chunks: Sequence[Chunk], cue_start: int, sentence: _Sentence
                        ) -> dict[str, list[Chunk]] | None:
    """The roles of "Germany and other European NATO allies": Germany a member of the body
    named between "other" and the cue, whoever the clause's subject is."""
    for chunk in chunks:
        if chunk.end > cue_start or not chunk.parties or not _countries_only(chunk):
            continue
        if not _AND_OTHER.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                    cue_start - sentence.offset):
            continue
        bodies = [other for other in chunks if chunk.end < other.start and
                  other.end <= cue_start and other.parties and _organisations_only(other)]
        if bodies:
            return {"source": bodies, "target": [chunk]}
    return None


def _organisations_only(chunk: Chunk) -> bool:
    """True for "NATO" in "the first NATO member to purchase": a body, not a state."""
    return all(party.entity.kind == "Organisation" for party in chunk.parties)


def _countries_only(chunk: Chunk) -> bool:
    """True for a chunk of states alone ("the Royal Australian", "Lebanon's")."""
    return all(party.entity.kind == "Country" for party in chunk.parties)


def _places_only(chunk: Chunk) -> bool:
    return bool(chunk.parties) and all(
        party.mention is not None and party.mention.entity.kind == "Place"
        and party.mention.form != "capital" for party in chunk.parties)


def _peace_mission_meant(hosts: list[Chunk], lexicon: Lexicon) -> bool:
    """True if "the mission" hosting forces stands for a peace operation named before ("...
    the UN Interim Force in Lebanon (UNIFIL). Ghana also rotated 870 troops into the mission")."""
    return any(chunk.coreference == "mission" and party.entity.kind == "Organisation"
               and lexicon.topic_in("peacekeeping", party.entity.name)
               for chunk in hosts for party in chunk.parties)


def _side(chunks: list[Chunk], role: str, rule: TieRule, hosts: dict[str, Entity]) -> list[Entity]:
    entities: list[Entity] = []
    for chunk in chunks:
        for party in chunk.parties:
            entity = _role_entity(party, role, rule, hosts,
                                  _place_for_its_state(chunk, role, rule))
            if entity is not None and chunk.marker == "with" and role == "target" and \
                    rule.needs_marked_target and entity == party.entity:
                continue  # serving "with UNMISS" is in South Sudan; "with Spain" is no host
            if entity is not None and entity not in entities:
                entities.append(entity)
    return entities


def _place_for_its_state(chunk: Chunk, role: str, rule: TieRule) -> bool:
    """True if a place names the trainer ("crews were trained in St Petersburg") or, after
    "of", whose forces were trained ("training to the forces of Nineveh": Iraq's)."""
    return rule.type == "Training" and (
        (role == "source" and chunk.marker in _LOCATIVE)
        or (role == "target" and chunk.marker == "of"))


def _names_nobody(chunk: Chunk, role: str, rule: TieRule) -> bool:
    """True if every party of ``chunk`` is a place that cannot take ``role`` (a city buys no
    jets; only a host of forces, or where forces were trained, may be a place)."""
    if rule.type == "AllianceMembership" and chunk.marker in _LOCATIVE and chunk.parties and \
            all(party.mention is not None and party.mention.form == "capital"
                for party in chunk.parties):
        return True  # "deposited its accession documents in Washington": where, not who
    located = _place_for_its_state(chunk, role, rule)
    return bool(chunk.parties) and all(
        _role_entity(party, role, rule, {}, located) is None for party in chunk.parties)


def _role_entity(party: Party, role: str, rule: TieRule, hosts: dict[str, Entity],
                 located: bool = False) -> Entity | None:
    """The entity ``party`` stands for in ``role``: a place only as the host of forces, or
    where ``located`` says the place's country acts."""
    place = party.mention is not None and party.host is not None and \
        party.mention.entity.kind == "Place" and party.entity == party.host
    wants_host = role == "target" and rule.needs_marked_target
    if place and not (wants_host or located) and party.mention is not None and \
            party.mention.form != "capital":
        return None  # a region or city is no party, except as the host of forces
    if wants_host or (role == "target" and acts_for_body(_named(party))):
        # a mission that acts for its parent body ("EUFOR Althea": the EU) still has a host,
        # where those who serve with it train ("instructors serve with EUTM Somalia")
        for entity in (party.entity, _named(party)):
            if entity.kind == "Organisation" and entity.key in hosts:
                return hosts[entity.key]
    if rule.type == "AllianceMembership" and acts_for_body(_named(party)):
        return None  # "contributes troops to NATO Mission Iraq": a mission, not the alliance
    if role in rule.organisation_country:
        return home_country(party.entity) or party.entity
    return party.entity


def _operations_only(chunk: Chunk) -> bool:
    """True for a chunk of peace or military operations ("UNMISS", "the Multinational Force and
    Observers")."""
    return bool(chunk.parties) and all(an_operation(_named(party)) for party in chunk.parties)


def _named(party: Party) -> Entity:
    """The entity the party's words name: a mission itself, not the body it acts for
    ("EUFOR Althea", which acts for the EU but serves in Bosnia)."""
    return party.mention.entity if party.mention is not None else party.entity


def an_operation(entity: Entity) -> bool:
    """True for a peace or military operation: a plain organisation based in a country and
    named by an acronym or as a force or mission ("UNIFIL", "Kosovo Force")."""
    return home_country(entity) is not None and (
        entity.name.isupper() or _OPERATION_WORD.search(entity.name) is not None
        or acts_for_body(entity))


def acts_for_body(entity: Entity) -> bool:
    """True for a mission of a body ("ISAF", NATO's; "EUTM Mozambique", the EU's)."""
    return entity.kind == "Organisation" and "actsFor" in dict(entity.links)


def _stateless(chunk: Chunk) -> bool:
    """True for a chunk of companies no state is known for ("Airbus")."""
    return all(party.entity.kind == "Organisation" and party.entity.category is None
               and home_country(party.entity) is None for party in chunk.parties)


def home_country(entity: Entity) -> Entity | None:
    """The country a plain organisation (a company, a peace operation) is based in, if any.

    Alliances, armed groups and private military companies act in their own name.
    """
    if entity.kind != "Organisation" or entity.category is not None:
        return None
    return dict(entity.links).get("basedIn")


def _joined_from(chunks: Sequence[Chunk], sentence: _Sentence) -> list[Chunk]:
    """``chunks`` with a "from" group joined to the "from" group before it by "and from" or
    "but also from" ("personnel from Mali and Niger, but also from Chad and Togo": one list)."""
    joined: list[Chunk] = []
    for chunk in chunks:
        last = joined[-1] if joined else None
        if last is not None and chunk.marker == last.marker == "from" and \
                _MORE_FROM.fullmatch(sentence.lowered, last.end - sentence.offset,
                                     chunk.start - sentence.offset):
            joined[-1] = replace(last, end=chunk.end, parties=last.parties + chunk.parties)
        else:
            joined.append(chunk)
    return joined


#: Between two "from" groups of one list: ", and from", ", but also from", " as well as from".
_MORE_FROM = re.compile(r"\s*,?\s*(?:and|but\s+also|as\s+well\s+as|and\s+also)\s+from\s+"
                        r"(?:the\s+)?")


def _joined_next(clause: Clause, clauses: Sequence[Clause], sentence: _Sentence) -> list[Chunk]:
    """Those "later joined by" in the clause after a drill's (", and was later joined by Japan
    and Australia")."""
    after = next((other for other in clauses if other.start >= clause.end), None)
    if after is None or not _AND_THEN.match(sentence.lowered, after.start - sentence.offset):
        return []
    return [chunk for chunk in after.chunks if chunk.marker == "by"
            and sentence.leads_to(_DRILLS_JOINED_BY, chunk.start)][:1]


def _undirected_pairs(cue_start: int, cue_end: int, chunks: Sequence[Chunk], rule: TieRule,
                      sentence: _Sentence) -> tuple[list[tuple[Entity, Entity]], list[Chunk]]:
    eligible: list[Chunk] = []
    hosts: list[Chunk] = []
    signatories: Chunk | None = None
    previous: Chunk | None = None  # the chunk before, as read
    for chunk in _joined_from(chunks, sentence):
        if previous is not None and chunk.marker in ("from", None) and \
                previous.marker in (None, "between") and chunk.start > previous.end and \
                _LIST_GOES_ON.fullmatch(sentence.lowered, previous.end - sentence.offset,
                                        chunk.start - sentence.offset) and \
                (previous.marker == "between" or chunk.marker == "from"):
            # "ships from the Brazilian Navy and the Armed Forces of Chile and Argentina";
            # "between U.S. Army Pacific, U.S. Marine Corps Forces Pacific and the Mongolian"
            chunk = replace(chunk, marker=previous.marker)
        elif chunk.marker == "from" and _PERSONNEL_FROM.search(
                sentence.lowered, 0, chunk.start - sentence.offset):
            # "special forces from A, B and C held drills"; "... along with forces from A"
            chunk = replace(chunk, marker="with" if sentence.leads_to(
                _ALONG_WITH_FORCES, chunk.start) else None)
        previous = chunk
        if chunk.marker == "from" and rule.type == "JointExercise" and chunk.demonyms_only \
                and chunk.state_noun:
            chunk = replace(chunk, marker=None)  # "elements from the Greek and French navies"
        if chunk.marker is None and rule.type == "JointExercise" and chunk.end <= cue_start \
                and not _organisations_only(chunk) and \
                sentence.leads_to(_JOINED_BEFORE, chunk.start):
            chunk = replace(chunk, marker="with")  # "ships from Japan joined the US Navy for"
        if chunk.marker in _LOCATIVE and (_hosts_event(chunk, cue_start, sentence) or (
                rule.type == "JointExercise" and chunk.end <= cue_start
                and (sentence.lowered.startswith(LEADS, chunk.end - sentence.offset)
                     or _arrived_for(chunk, cue_start, sentence)))):
            # "took part in the Indian Navy's exercise", "participates in the U.S.-led exercise"
            chunk = replace(chunk, marker="with")
        if _where_foes_acted(chunk, sentence):
            continue
        if chunk.marker == "by" and sentence.leads_to(_HOSTED_BY, chunk.start):
            chunk = replace(chunk, marker=None)  # "the exercise, hosted by Jordan": it takes part
            hosts.append(chunk)
        if chunk.marker == "by" and rule.type == "DefenceAgreement" and \
                sentence.leads_to(_SIGNED_BY, chunk.start):
            chunk = replace(chunk, marker=None)  # "the pact was signed by Egypt and Somalia"
            if chunk.start >= cue_end and len({party.entity for party in chunk.parties}) > 1:
                signatories = chunk  # "alarmed by a pact signed by the Solomon Islands and
                # China": they alone signed it, whoever the sentence's subject is
        elif chunk.marker == "by" and rule.type == "DefenceAgreement" and \
                chunk.end <= cue_start and sentence.leads_to(_PASSIVE_BY, chunk.start):
            # "Australia's help was requested by the Solomon Islands under a security treaty":
            # the agent is the other party
            chunk = replace(chunk, marker="with")
        if chunk.marker == "by" and rule.type == "CounterTerrorism" and chunk.start >= cue_end \
                and sentence.leads_near(_AIDED_BY, chunk.start):
            chunk = replace(chunk, marker="with")  # "operations aided by the African Union"
        if chunk.marker == "of" and _opening_owner(chunk, sentence):
            chunk = replace(chunk, marker=None)  # "The counterterrorism services of Morocco
            # helped France": Morocco acts
        if _names_members(chunk, chunks, sentence):
            continue  # "NATO members Norway and Denmark held drills": the members take part
        if _members_named_apart(chunk, chunks, sentence):
            continue  # "All 10 ASEAN members participated, with Brunei ... deploying warships"
        if chunk.parties and not _can_fill(chunk, rule):
            continue  # "fights Boko Haram alongside the armies of Nigeria": the foe is no party
        if rule.type == "DefenceAgreement" and sentence.leads_to(_FRAMEWORK_OF, chunk.start):
            continue  # "an agreement in the framework of the CSTO": the body is no signatory
        if chunk.marker not in _PARTNER_MARKERS and chunk.marker not in rule.counterpart_markers:
            continue  # "passed intelligence to the United States": a partner
        if chunk.marker == "with" and sentence.leads_near(_BORDER_WITH, chunk.start):
            continue  # "operations against militants along the border with Afghanistan"
        if chunk.marker == "between" and _FELT_AMONG.search(
                sentence.lowered, max(0, chunk.start - sentence.offset - _FELT_REACH),
                chunk.start - sentence.offset):
            continue  # "the pact triggered severe concerns among the US and its allies"
        if _STATES_BORDER.match(sentence.lowered, chunk.end - sentence.offset):
            continue  # "a joint operation along the Somalia-Kenya border": a place
        if chunk.marker == "between" and _RELATION_BETWEEN.search(
                sentence.lowered, max(0, chunk.start - sentence.offset - _RELATION_REACH),
                chunk.start - sentence.offset):
            continue  # "the drills come as relations between Greece and Turkey are tense"
        if chunk.marker is not None and chunk.demonyms_only and (
                not chunk.state_noun or sentence.lexicon.company_after_regex.match(
                    sentence.lowered, chunk.end - sentence.offset)):
            continue  # "with Chinese firms", not "with Chinese forces"
        if _nearer_cue_governs(chunk, cue_end, rule.type, sentence):
            continue  # "intelligence on troops deployed to Russia": where the troops are
        organisations = all(party.entity.kind == "Organisation" for party in chunk.parties)
        if organisations and _modifies(chunk, cue_start, sentence.lowered, sentence.offset):
            continue  # "a NATO exercise": the organiser, not a participant
        eligible.append(chunk)
    # "Fiji sent troops to Talisman Sabre, the exercise Australia holds with the United States":
    # the relative clause says who holds this one
    subjects = _relative_subject(eligible, cue_end, sentence) or \
        _subject_group(eligible, cue_start, sentence) or [
            chunk for chunk in eligible if cue_start < chunk.start and chunk.end < cue_end
            and chunk.marker in (None, "of")] or [  # "the treaty Tokyo and Seoul signed"
            chunk for chunk in eligible
            if chunk.start > cue_start and _opening_owner(chunk, sentence)][:1]
    subject = replace(subjects[0], parties=tuple(party for chunk in subjects
                                                 for party in chunk.parties)) if subjects else None
    partners = [chunk for chunk in eligible
                if (chunk.marker in _WITH_MARKERS or chunk.marker in rule.counterpart_markers)]
    objects = _joined_objects([chunk for chunk in eligible
                               if chunk.marker in (None, "of") and chunk.start >= cue_end
                               and chunk not in subjects], sentence)
    objects = objects or [chunk for chunk in eligible if chunk.coreference in _GROUPS
                          and cue_start <= chunk.start < cue_end][:1]
    if subject is not None and not objects:  # "provides Ukraine with intelligence"
        objects = [chunk for chunk in eligible if cue_start < chunk.start and chunk.end < cue_end
                   and chunk.marker is None and chunk not in subjects][:1]
    if subject is not None and not objects and not partners:  # "gave Finland assurances"
        objects = [chunk for chunk in eligible if chunk.marker is None and not chunk.possessive
                   and subject.end < chunk.start and chunk.end <= cue_start
                   and _VERB_BETWEEN.fullmatch(sentence.lowered, subject.end - sentence.offset,
                                               chunk.start - sentence.offset)][:1]
    ally = _ally_named(eligible, subjects, cue_start, cue_end, rule, sentence) \
        if subject is not None and not partners and \
        not any(chunk.start >= cue_end and chunk.marker != "of" for chunk in objects) else None
    if subject is not None and ally is not None:
        # "Japan and South Korea are U.S. treaty allies": each is the named state's ally
        pairs = [(one, other) for one in _actors([subject]) for other in _actors([ally])
                 if one != other]
        return pairs, [subject, ally]
    if rule.type == "DefenceAgreement" and subject is not None and \
            len({party.entity for party in subject.parties}) == 1 and \
            not _others(partners + objects, subject):
        # "signed a pact during a visit to Ankara"
        partners = _visited(chunks, cue_start, sentence) or partners
    if rule.type == "JointExercise" and subject is not None and not partners and not objects:
        # "Indian troops took part in the Zapad exercise in Russia": the host country takes part;
        # "arrived in Qatar and held joint exercises with local troops": so do its forces
        local = _WITH_LOCALS.match(sentence.lowered, cue_end - sentence.offset) is not None
        partners = [chunk for chunk in chunks if chunk.marker == "in"
                    and (chunk.start >= cue_end or local)
                    and not chunk.demonyms_only and not chunk.coreference][:1]

    group = next((chunk for chunk in eligible if chunk.coreference in _GROUPS
                  and set(_actors(subjects + partners + objects)) <= set(_actors([chunk]))), None)
    group = group or _naming_group(eligible, cue_start, sentence, len(_actors(subjects))) \
        or _hyphen_named(eligible, cue_start, cue_end, sentence,
                         drill=rule.type == "JointExercise")
    if group is None and signatories is not None and signatories in eligible:
        group = signatories
    if group is None:  # "Russia reacts to the agreement between Ecuador and the US": theirs
        group = next((chunk for chunk in eligible if chunk.marker == "between"
                      and chunk.start >= cue_end and not chunk.coreference
                      and len(_actors([chunk])) > 1
                      # "the pact between X and Y", not "the pact ... triggered concerns
                      # among the US and its allies"
                      and len(sentence.lowered[cue_end - sentence.offset:
                                               chunk.start - sentence.offset].split())
                      <= _BETWEEN_REACH), None)
    joiners = [chunk for chunk in chunks if rule.type == "JointExercise"
               and chunk.marker == "by" and chunk.start >= cue_end and chunk not in eligible
               and sentence.leads_to(_DRILLS_JOINED_BY, chunk.start)]
    if group is not None:  # "with Britain and Italy under a treaty the three governments signed"
        return list(itertools.combinations(_actors([group, *joiners]), 2)), [group, *joiners]
    if subject is not None and len(_actors([subject])) == 1 and \
            not _EVERY_PAIR.search(sentence.lowered):  # "a trilateral habit": each with each
        hub, used = _actors([subject])[0], [subject, *(partners or objects)]
        return [(hub, other) for other in _actors(partners or objects) if other != hub], used
    if subject is not None and partners and \
            all(chunk.marker in _COMPANION_MARKERS for chunk in partners) and \
            ((rule.type == "CounterTerrorism" and not _JOINT_ACTION.search(
                sentence.lowered, subject.end - sentence.offset, cue_end - sentence.offset)) or
             rule.type == "DefenceAgreement" or
             _EACH_AFTER.match(sentence.lowered, subject.end - sentence.offset)):
        # "Sweden and Finland agreed to cooperate with Turkey against the PKK", "Finland and
        # Denmark each signed a pact with the US", "Croatia and Albania concluded an agreement
        # on military cooperation with Kosovo": each with the partner, not with each other
        # (drills and joint campaigns "with" a third join all three)
        pairs = [(one, other) for one in _actors([subject]) for other in _actors(partners)
                 if one != other]
        return pairs, [subject, *partners]
    recipients = [chunk for chunk in partners if chunk.marker in rule.counterpart_markers]
    if subject is not None and recipients and len(recipients) == len(partners):
        # "Saudi Arabia and the UAE passed intelligence to the US": each gave, not to each other
        pairs = [(one, other) for one in _actors([subject]) for other in _actors(recipients)
                 if one != other]
        return pairs, [subject, *recipients]
    if subject is None and hosts and partners and rule.type == "JointExercise":
        used = hosts + partners  # "the exercise, hosted by Jordan and run with the US"
        return list(itertools.combinations(_actors(used)[:_MAX_PARTIES], 2)), used
    if subject is None and partners and all(chunk.marker in _COMPANION_MARKERS
                                            for chunk in partners):
        return [], []  # "the navy trains with India and Brazil": with someone unnamed
    joins = subject is not None and not partners and \
        sentence.words(cue_start, cue_end) in _JOIN_WORDS
    # "French and German troops joined Danish forces": the ones joined take part too
    joined = [chunk for chunk in objects if chunk.demonyms_only and chunk.state_noun] \
        if joins else []
    used = ([subject] if subject else []) + (partners or joined or ([] if subject else objects))
    used += [host for host in hosts if subject is not None and host not in used]  # "organised by"
    if used:  # "held drills, joined by Japanese ships"
        used += joiners
    return list(itertools.combinations(_actors(used)[:_MAX_PARTIES], 2)), used


def _actors(chunks: Sequence[Chunk]) -> list[Entity]:
    """The chunks' parties, each once, without places other than capitals."""
    found: list[Entity] = []
    for chunk in chunks:
        for party in chunk.parties:
            place = party.mention is not None and party.mention.entity.kind == "Place" \
                and party.mention.form != "capital"
            if not place and party.entity not in found:
                found.append(party.entity)
    return found


def _ally_named(eligible: Sequence[Chunk], subjects: Sequence[Chunk], cue_start: int,
                cue_end: int, rule: TieRule, sentence: _Sentence) -> Chunk | None:
    """The state whose ally the subject is, named right before an ally noun ("The Philippines
    is a US treaty ally", "Thailand is America's oldest treaty ally") or right after it with
    "of" ("are treaty allies of the US"), or None."""
    if rule.type != "DefenceAgreement" or \
            _ALLY_NOUN.search(sentence.lowered, cue_start - sentence.offset,
                              cue_end - sentence.offset) is None:
        return None
    before = next((chunk for chunk in eligible if chunk not in subjects and chunk.marker is None
                   and subjects[0].end < chunk.start
                   and _modifies(chunk, cue_start, sentence.lowered, sentence.offset)), None)
    # "Manila and Tokyo are treaty allies of the US": the state after "of"
    return before or next((chunk for chunk in eligible if chunk.marker == "of" and
                           _OF_THE.fullmatch(sentence.lowered, cue_end - sentence.offset,
                                             chunk.start - sentence.offset)), None)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


#: The noun of a cue that names one side as the other's ally or partner.
_ALLY_NOUN = re.compile(r"\b(?:ally|allies|partner|partners)$")


#: Undirected types whose one named party may have signed with a state left unnamed, the
#: one the article is about ("A defence cooperation agreement signed with Washington in 2021
#: lets American forces use three bases", in an article on Norway).
UNNAMED_SIGNATORY = frozenset({"DefenceAgreement"})
#: "signed with", "concluded with", or a cue noun followed by "with" ("an agreement with Japan").
_SIGNED_WITH = re.compile(r"(?:\b(?:signed|concluded|agreed|reached|renewed|struck)\s+"
                          r"(?:(?:in|on)\s+[\w\s]{1,20}?\s+)?)?with\s+(?:the\s+)?$")


#: Before an agreement that opens its sentence: "A", "An earlier", "The 2021 supplementary".
_AGREEMENT_HEADS_CLAUSE = re.compile(r"\W*(?:an?|the)\s+(?:[\w-]+\s+){0,4}")


def _signed_with_only(chunks: Sequence[Chunk], cue_start: int,
                      sentence: _Sentence) -> tuple[Entity, ...]:
    """The countries of an agreement with no other party in its clause: no actor but those
    named after "with" ("A framework agreement signed with Washington gives American ships
    access"); none if any other actor stands in the clause."""
    if not _AGREEMENT_HEADS_CLAUSE.fullmatch(sentence.lowered, 0, cue_start - sentence.offset):
        return ()  # "the region's small states signed agreements with ...": someone unnamed
    parties: list[Entity] = []
    for chunk in chunks:
        countries = [party.entity for party in chunk.parties if party.entity.kind == "Country"]
        if chunk.marker == "with" and chunk.start > cue_start and countries and \
                len(countries) == len(chunk.parties) and not chunk.demonyms_only and \
                sentence.leads_to(_SIGNED_WITH, chunk.start):
            parties.extend(country for country in countries if country not in parties)
        elif not chunk.demonyms_only and not _places_only(chunk):
            return ()  # another party named: the pair is the rules' to find, not the article's
    return tuple(parties)


def _naming_group(eligible: list[Chunk], cue_start: int, sentence: _Sentence,
                  subjects: int) -> Chunk | None:
    """Demonyms of several states right before a noun cue, naming its parties ("the joint
    Egyptian, Greek and Cypriot naval exercises"), unless the clause's subject names more."""
    for chunk in eligible:
        if not chunk.demonyms_only or chunk.end > cue_start:
            continue  # the cheap tests first: most chunks name states
        states = {party.entity for party in chunk.parties}
        if len(states) > max(1, subjects) and _BEFORE_NOUN_CUE.fullmatch(
                sentence.lowered, chunk.end - sentence.offset, cue_start - sentence.offset):
            return chunk
    return None


#: Words between a group of demonyms and the noun cue they name: "naval and air".
_BEFORE_NOUN_CUE = re.compile(r"(?:\s+(?:naval|air|land|maritime|military|army|special|forces|"
                              r"and|joint|combined|field|live-fire|amphibious|counter-terror\w*|"
                              r"anti-terror\w*|bilateral|trilateral|multinational|coast|guard)){0,3}"
                              r"\s+")


_OBJECT_AND = re.compile(rf"(?:(?:'s|')(?:\s+[a-z-]+){{0,3}}?|(?:\s+{SHORT_BRACKET.pattern})?"
                         r"(?:\s+[a-z-]+)?)"
                         r"\s*,?\s+and\s+"
                         r"(?:(?:a|an|the|some|about)?\s*"
                         r"(?:[\w,'-]+\s+){0,3}?(?:of\s+)?(?:[\d,]+\s+)?"
                         # "and 5,500 soldiers, sailors and engineers from the"
                         r"|(?:[\d,]+\s+)?(?:[a-z-]+(?:,\s*|\s+and\s+)){1,5}[a-z-]+\s+from\s+"
                         r"(?:the\s+)?)")


def _hyphen_named(eligible: list[Chunk], cue_start: int, cue_end: int,
                  sentence: _Sentence, drill: bool = False) -> Chunk | None:
    """States joined by hyphens in the name of a defence document or drill right after them
    ("the US-Saudi Strategic Defense Agreement"): its parties, whoever the clause's subject
    is; not a plain "Turkish-Libyan accord". A ``drill`` is theirs however it is described
    ("soldiers from Taiwan's 99th brigade ... joint Taiwan-US amphibious landing exercises")."""
    words = _WORDS_BEFORE_DRILL if drill else _WORDS_OF_A_NAME
    for chunk in eligible:
        if len(chunk.parties) < 2 or chunk.end > cue_start or \
                cue_start - chunk.end > _HYPHEN_NAME_REACH:
            continue
        joins = [sentence.text[one.end:other.start]
                 for one, other in itertools.pairwise(chunk.parties)]
        if all(join in ("-", "–", "—") for join in joins) and words.fullmatch(
                sentence.text, chunk.end, cue_start) and (drill or _DEFENCE_NAME.search(
                sentence.lowered, chunk.end - sentence.offset, cue_end - sentence.offset)):
            return chunk
    return None


#: A border right after states ("the Somalia-Kenya border", "Kenyan-Somali frontier").
_STATES_BORDER = re.compile(r"(?:'s|’s)?\s+(?:common\s+|shared\s+)?(?:border|borders|frontier|"
                            r"frontiers|boundary|borderlands?|border\s+(?:area|region|zone))\b"
                            r"(?!\s+(?:guards?|police|forces|troops|units|security|patrols?))")
#: Characters between states joined by hyphens and the noun of the name they open.
_HYPHEN_NAME_REACH = 40
#: A defence word in such a name: "Strategic Defense Agreement", "Security Pact".
_DEFENCE_NAME = re.compile(r"\b(?:defen[cs]e|security|military|naval|exercise|drills?)\b")
#: Capitalised words of a name between its states and its noun: " Strategic ", " ".
_WORDS_OF_A_NAME = re.compile(r"(?:\s+[A-Z][\w-]*)*\s+")
#: Words between states joined by hyphens and the drill noun they describe: " amphibious ".
_WORDS_BEFORE_DRILL = re.compile(r"(?:\s+[\w-]+){0,3}\s+")


def _relative_subject(eligible: list[Chunk], cue_end: int, sentence: _Sentence) -> list[Chunk]:
    """The actor of a relative clause right after a noun cue ("the exercise Indonesia holds every
    year with the United States")."""
    lowered, offset = sentence.lowered, sentence.offset
    for chunk in eligible:
        if chunk.marker is None and lowered[cue_end - offset:chunk.start - offset].strip() == "" \
                and chunk.start > cue_end and _HOLDS.match(lowered, chunk.end - offset):
            return [chunk]
    return []


def _others(chunks: Sequence[Chunk], subject: Chunk) -> list[Chunk]:
    """The chunks naming someone other than ``subject``."""
    own = {party.entity for party in subject.parties}
    return [chunk for chunk in chunks if {party.entity for party in chunk.parties} - own]


#: Access granted at a place, right before it ("giving its navy similar access at Duqm").
_ACCESS_BEFORE = re.compile(r"\baccess\s+(?:at|to)\s+(?:the\s+)?$")


def _visited(chunks: Sequence[Chunk], cue_start: int, sentence: _Sentence) -> list[Chunk]:
    """The capital a lone signatory signed in or visited to sign: its state is the other party
    ("signed a defence memorandum in Rabat", "flew to Port Moresby to sign ..."); not a
    summit's or an organisation's seat ("at NATO's summit in Vilnius")."""
    if any(party.entity.kind == "Organisation" for chunk in chunks for party in chunk.parties):
        return []
    for chunk in chunks:
        before = sentence.lowered[max(0, chunk.start - sentence.offset - 40):
                                  chunk.start - sentence.offset]
        capital = all(party.mention is not None and party.mention.form == "capital"
                      for party in chunk.parties)
        if (chunk.marker == "in" and capital and chunk.start > cue_start) or (
                chunk.marker == "to" and _VISIT_TO.search(before)):
            return [replace(chunk, marker="with")]
        if chunk.marker in ("at", "to") and chunk.start > cue_start and \
                _ACCESS_BEFORE.search(before):
            # "signed an agreement giving its navy access at Duqm": the state of the place
            return [replace(chunk, marker="with", parties=tuple(
                replace(party, mention=None) for party in chunk.parties))]
    return []


def _joined_objects(chunks: list[Chunk], sentence: _Sentence) -> list[Chunk]:
    """The first object after a cue and those joined to it by "and" ("12,200 American and
    5,400 Filipino personnel and a contingent of 111 Australian soldiers")."""
    joined = chunks[:1]
    for chunk in chunks[1:]:
        gap = sentence.lowered[joined[-1].end - sentence.offset:chunk.start - sentence.offset]
        if not _OBJECT_AND.fullmatch(gap):
            break
        joined.append(chunk)
    return joined


def _names_members(chunk: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> bool:
    """True for a body named before its members ("NATO members Norway and Denmark", "EAC
    member Kenya"): it only describes them."""
    if not chunk.parties or not _organisations_only(chunk):
        return False
    noun = _MEMBER_NOUN_AFTER.match(sentence.lowered, chunk.end - sentence.offset)
    return noun is not None and any(other.start == sentence.offset + noun.end()
                                    for other in chunks)


def _opening_owner(chunk: Chunk, sentence: _Sentence) -> bool:
    """True for the state whose services open the sentence ("The counterterrorism services of
    Morocco helped France"): it is the subject, whatever "of" says."""
    return _OWNER_OPENING.fullmatch(sentence.lowered, 0, chunk.start - sentence.offset) is not None


def _members_named_apart(chunk: Chunk, chunks: Sequence[Chunk], sentence: _Sentence) -> bool:
    """True for a body that stands for its members ("All 10 ASEAN members participated") where
    the sentence names several states of its own: they are the parties, not the body (but
    "NATO members held drills with Russia": NATO's side)."""
    if not chunk.parties or not _organisations_only(chunk) or \
            not _MEMBERS_AFTER.match(sentence.lowered, chunk.end - sentence.offset):
        return False
    return len({party.entity for other in chunks if other is not chunk
                and not _organisations_only(other) for party in other.parties}) > 1


def _where_foes_acted(chunk: Chunk, sentence: _Sentence) -> bool:
    """True for the place of an armed group's deed ("schoolgirls abducted by militants in
    northern Nigeria"): no host or party of the sentence's tie."""
    return chunk.marker in _LOCATIVE and sentence.leads_near(_BY_GROUP_IN, chunk.start)


def _arrived_for(chunk: Chunk, cue_start: int, sentence: _Sentence) -> bool:
    """True for the place forces arrived in to take part in the exercise named next."""
    return not chunk.demonyms_only and sentence.leads_to(_ARRIVED_IN, chunk.start) and \
        _FOR_THE_EXERCISE.fullmatch(sentence.lowered, chunk.end - sentence.offset,
                                    cue_start - sentence.offset) is not None


def _hosts_event(chunk: Chunk, cue_start: int, sentence: _Sentence) -> bool:
    """True for the host of an event named after it ("in the Pakistan Navy's AMAN exercises")."""
    if chunk.end > cue_start or (chunk.demonyms_only and not chunk.state_noun):
        return False
    return _EVENT_HOST.fullmatch(sentence.text, chunk.end, cue_start) is not None


def _subject_group(eligible: list[Chunk], cue_start: int, sentence: _Sentence) -> list[Chunk]:
    """The first unmarked chunk before the cue and those coordinated with it
    ("the two countries and the United States have shared ...")."""
    group: list[Chunk] = []
    listed: list[Chunk] = []  # joined by commas, awaiting the "and" that makes them a list
    for chunk in eligible:
        if chunk.marker not in (None, "of") or chunk.end > cue_start:
            continue
        if group:
            last = (listed or group)[-1]
            gap = sentence.lowered[last.end - sentence.offset:chunk.start - sentence.offset]
            if DATELINE_END.fullmatch(gap) or (
                    len(group) == 1 and gap.startswith(":")
                    and group[0].start - sentence.offset <= _DATELINE_LEAD):
                # "Islamabad: Pakistan and Russia signed ...", "New Delhi: The armies of India
                # and Vietnam carried out ...": a dateline
                group, listed = [chunk], []
                continue
            if last.possessive and not gap.strip(" '’s") and \
                    {party.entity for party in chunk.parties} == \
                    {party.entity for party in last.parties}:
                continue  # "Japan's Maritime Self-Defense Force and ...": the same state
            if _SUBJECT_COMMA.fullmatch(gap):
                listed.append(chunk)
                continue
            if not _AND.fullmatch(gap) and not _SUBJECT_JOIN.fullmatch(gap):
                break  # "the Philippine Coast Guard and the Japan Coast Guard held drills"
            group.extend(listed)
            listed = []
        group.append(chunk)
    return group


# ---------------------------------------------------------------- the rule


def sentence_ties(text: str, segment: Segment, mentions: Sequence[Mention],
                  clauses: Sequence[Clause], lexicon: Lexicon | None = None,
                  hosts: dict[str, Entity] | None = None, scan: Scan | None = None,
                  topic_start: int | None = None, armed: bool = False) -> SentenceTies:
    """Ties stated (or ended) by one sentence.

    Parameters
    ----------
    text : str
        The whole article.
    segment : Segment
        The sentence.
    mentions : sequence of Mention
        The mentions inside the sentence.
    clauses : sequence of Clause
        The sentence's parse (:func:`graph.extract.clauses.parse_sentence`).
    lexicon : Lexicon, optional
        The bundled one by default.
    hosts : dict, optional
        Host country of organisations such as peace missions, by entity key.
    scan : Scan, optional
        The lexicon scan of the whole text (:meth:`Lexicon.scan`), made here if not given.
    topic_start : int, optional
        Where the topic the sentence carries on begins (the sentence before, or its own start).
    armed : bool, optional
        Whether the sentence speaks of a weapon system named before it ("It has been exported
        to six countries" after "The FA-50 is a light combat aircraft").
    """
    lexicon = lexicon or default_lexicon()
    sentence = _Sentence(text, segment, mentions, lexicon,
                         scan or lexicon.scan(match_text(text)), topic_start)
    sentence.armed = sentence.armed or armed
    result = SentenceTies(hostile=sentence.hostilities(clauses))
    earlier: dict[str, list[tuple[int, list[Entity], list[Entity]]]] = {}
    one_sided_ends: list[tuple[str, str, list[Entity]]] = []
    open_sources: list[tuple[str, int, Partial, float]] = []  # (family, clause, partial, factor)
    denied: set[str] = set()  # tie types a negation or hedge dropped in this sentence
    borrowed: list[Candidate] = []  # ties of clauses that named no actor of their own
    sentence.cues = list(_cues(sentence))
    war = _war_since(sentence, clauses)
    for cue, cue_start, cue_end in sentence.cues:
        clause = next((c for c in clauses if c.contains(cue_start)), None)
        if clause is None:
            continue
        chunks = [chunk for chunk in _effective_chunks(clause, clauses, cue_end, sentence)
                  if cue_start - _WINDOW <= chunk.start <= cue_end + _WINDOW]
        # A cue spanning clauses ("the Agreement, which Tokyo and Seoul signed") reads them all.
        chunks += [chunk for other in clauses if other is not clause and cue_start < other.start
                   < cue_end for chunk in other.chunks if chunk.start < cue_end]
        if cue.type in _STAYING:
            chunks += _broken_down(clause, clauses, sentence)
        if cue.type == "JointExercise":
            chunks += _joined_next(clause, clauses, sentence)
        chunks = [chunk for chunk in chunks  # "despite the threat of American sanctions"
                  if not OPPOSING.match(sentence.lowered, chunk.end - sentence.offset)
                  # "despite a warning from the Trump administration"
                  and not sentence.leads_to(_OPPOSED_FROM, chunk.start)
                  # "the UN-recognized Libyan government": the body only vouches for it
                  and not _VOUCHED_BY.match(sentence.lowered, chunk.end - sentence.offset)]
        if war is not None and cue_end <= war.start:  # "since Russia's invasion of Ukraine":
            chunks = [chunk for chunk in chunks if not war.start <= chunk.start < war.end]
        status, factor = sentence.modality(cue, clause, cue_start)
        if status == "drop":
            denied.add(cue.type)
            continue
        if sentence.describes_forces_there(cue, clause, cue_start):
            # "will join the German-led battalion stationed in Lithuania": only the forces the
            # participle describes are there, not those the future names
            described = [chunk for chunk in chunks if chunk.end <= cue_start][-1:]
            chunks = described + [chunk for chunk in chunks if chunk.start >= cue_end]
        rule, stated = lexicon.rules[cue.type], cue.type
        # Peacekeepers are a military presence too; aid and sales both move weapons.
        family = "weapons" if cue.type in _WEAPON_TYPES else rule.refines or cue.type
        weapons = sentence.clause_weapons(clause) if cue.type in _WEAPON_TYPES else ()
        ended = status == "ended"
        if rule.directed:
            roles = _directed_roles(cue, rule, chunks, cue_start, cue_end, sentence, relaxed=ended)
            if cue.type == "MilitaryPresence":
                roles["target"] = sentence.hosts_before_exercise(roles["target"], clause,
                                                                cue_start)
                if _peace_mission_meant(roles["target"], lexicon):
                    stated = "PeacekeepingDeployment"  # "rotated troops into the mission"
            used = roles["source"] + roles["target"]
            sources = _side(roles["source"], "source", rule, hosts or {})
            targets = [entity for entity in _side(roles["target"], "target", rule, hosts or {})
                       if entity not in sources or len(sources) > 1]
            sources = [entity for entity in sources if entity not in targets] or sources
            if len(sources) > 1 and set(sources) == set(targets):
                # "Kenya and Britain signed a pact, which provides training for soldiers from
                # both countries": each does for the other what it receives; no direction
                sources, targets = [], []
            inherited = False
            if bool(sources) != bool(targets):
                if ended:
                    one_sided_ends.append((cue.type, "source" if sources else "target",
                                           sources or targets))
                elif (targets or not rule.needs_marked_target or _joined_by(roles["source"])) \
                        and not _subject_unfit(clause, cue_start, used):
                    # a host is never implied, except for those who join others ("..., joined
                    # by contingents from Fiji": where the others went)
                    sources, targets, inherited = _inherit(earlier.get(family, []),
                                                           clause.start, sources, targets)
            if sources and not targets and cue.type == "AllianceMembership" and not ended:
                # "a regional security bloc, which also includes Armenia": the bloc named last
                targets = _relative_antecedent(clause, clauses, cue.agent, sentence, rule)
            earlier.setdefault(family, []).append((clause.start, sources, targets))
            pairs = [(s, t) for s in sources for t in targets if s != t]
        else:
            pairs, used = _undirected_pairs(cue_start, cue_end, chunks, rule, sentence)
            if not pairs and not ended and cue.type in UNNAMED_SIGNATORY:
                signed_with = _signed_with_only(chunks, cue_start, sentence)
                if signed_with:  # "an agreement signed with Washington lets US forces ..."
                    result.partial.append(Partial(
                        cue.type, signed_with, "with", segment,
                        round(lexicon.confidence["undirected"] * factor, 3)))
        reach = max((chunk.end for chunk in used if chunk.start >= cue_end), default=cue_end)
        cut = None if ended else sentence.interruption(cue, clause, cue_end, reach)
        if cut is not None:  # "deployed to Jamaica to train troops for a mission intended to
            pairs = _before_the_hedge(pairs, used, cut)  # restore order in Haiti": Jamaica
            if not pairs:  # only; "troops would deploy to Poland": none
                continue
        through = "coreference" if any(chunk.coreference for chunk in used) else \
            "explicit" if rule.directed else "undirected"
        if (not clause.chunks and through != "coreference") or (rule.directed and inherited):
            through = "inherited_subject"
        confidence = round(lexicon.confidence[through] * factor, 3)
        if rule.directed and not pairs and (sources or targets) and not ended:
            known, role = (tuple(sources), "source") if sources else (tuple(targets), "target")
            result.partial.append(Partial(cue.type, known, role, segment, confidence, weapons))
            if role == "source" and ((family == "weapons" and weapons)  # troop nouns supply none
                                     or family == "AllianceMembership"):
                open_sources.append((family, clause.start, result.partial[-1], factor))
        elif rule.directed and targets and not ended and cue.type == "ArmsTransfer" \
                and not weapons and roles["source"] \
                and all(chunk.marker == "alongside" for chunk in roles["source"]):
            # "Ethiopia bought the drone, alongside Iranian models": the drone's maker too
            result.partial.append(Partial(cue.type, tuple(targets), "target", segment,
                                          confidence))
        foes = sentence.enemies(cue, clause)
        pairs = [(source, target) for source, target in pairs
                 if source not in foes and target not in foes]
        for source, target in pairs:
            # An ended tie only cancels its pair, in whichever order the clause names it.
            oriented = (source, target) if ended else _oriented(rule, source, target)
            if oriented is not None and cue.type in _WEAPON_TYPES and \
                    peace_operation(oriented[1], lexicon):
                continue  # "supplied vehicles to MINUSCA": a mission, not its host, receives
            if oriented is not None and ((_made_by(weapons, oriented[1]) and not _made_by(
                    weapons, oriented[0])) or _sells(cue, oriented[1], oriented[0])):
                oriented = oriented[::-1]  # "Hanwha signed a deal with Romania for K9s"
            if oriented is not None:
                result.ties.append(Candidate(stated, *oriented, segment, confidence, weapons,
                                             ended, clause.start,
                                             sentence.named_weapons(clause)))
                if not clause.chunks:
                    borrowed.append(result.ties[-1])
    # "Ukraine is not a member of NATO, and the allies ...": actors borrowed from a clause
    # that denies a tie do not hold it in the next
    result.ties = [tie for tie in result.ties if tie.type not in denied or tie not in borrowed]
    result.ties.extend(_leaders(clauses, segment, lexicon.confidence["explicit"]))
    result.ties.extend(_ranked_ahead(sentence, mentions, result.ties))
    result.ties.extend(_majority_supplier(sentence, mentions, result.ties))
    result.ties.extend(_sent_to_fight(sentence, result.ties))
    result.ties.extend(_under_agreement(sentence, clauses, result.ties))
    result.ties.extend(_opened_under_agreement(sentence, clauses, result.ties,
                                               lexicon.confidence["undirected"]))
    result.ties.extend(_owned_foreign_weapons(clauses, sentence,
                                              lexicon.confidence["weapon_origin"]))
    _end_one_sided(result, one_sided_ends)
    _inherit_forward(result, open_sources, earlier, lexicon)
    if war is not None:  # "since Russian forces crossed into Ukraine": at war, not based there
        _help_for_the_invaded(result, war)
        result.hostile.extend((frozenset((invader, victim)), _AT_WAR)
                              for invader in war.invaders for victim in war.invaded
                              if invader != victim)
    return result


@dataclass(frozen=True)
class _War:
    """A war named to date a sentence's tie ("since Russia's invasion of Ukraine"): where the
    phrase runs, and the states invaded."""

    start: int
    end: int
    invaded: tuple[Entity, ...]
    invaders: tuple[Entity, ...]


#: What dates a tie by a war: "since", "after", "since the start of".
_SINCE = re.compile(r"\b(?:since|after|following|amid)\s+(?:the\s+(?:start|beginning|outbreak|"
                    r"onset)\s+of\s+)?(?:the\s+)?")
#: Between an aggressor and the state it invaded: "'s full-scale invasion of", "invaded",
#: "forces crossed into"; or, with no aggressor, "war in".
_INVADED = re.compile(r"(?:'s|’s)?\s*(?:(?:full-scale|all-out|large-scale|illegal|unprovoked|"
                      r"brutal)\s+)*(?:invasion\s+of|invaded|war\s+(?:in|on|against)|"
                      r"aggression\s+against|(?:forces|troops)\s+(?:crossed|poured|rolled)\s+"
                      r"into)\s+(?:the\s+)?")
#: A word one of whose forms the phrase needs; checked before the regexes.
_WAR_WORDS = ("invasion", "invaded", "war ", "aggression", " into ")
#: Types whose giver, with no recipient named, gave to the state a war dating the tie invaded
#: ("Norway has donated weapons worth billions since Russia's invasion of Ukraine").
_WAR_HELP = frozenset(["ArmsTransfer", "MilitaryAid", "Training"])


def _war_since(sentence: _Sentence, clauses: Sequence[Clause]) -> _War | None:
    """The war that dates the sentence's ties, if a phrase names one."""
    lowered, offset = sentence.lowered, sentence.offset
    if not any(word in lowered for word in _WAR_WORDS):
        return None
    chunks = sorted((chunk for clause in clauses for chunk in clause.chunks),
                    key=lambda chunk: chunk.start)
    for since in _SINCE.finditer(lowered):
        after = [chunk for chunk in chunks if chunk.start >= offset + since.end()]
        position = offset + since.end()
        invaders: tuple[Entity, ...] = ()
        if after and after[0].start == position:  # the aggressor
            position, invaders = after[0].end, tuple(party.entity for party in after[0].parties)
            after = after[1:]
        invaded = _INVADED.match(lowered, position - offset)
        if invaded is None or not after or after[0].start != offset + invaded.end():
            continue
        victims = tuple(party.entity for party in after[0].parties
                        if party.entity.kind == "Country")
        if victims:
            return _War(offset + since.start(), after[0].end, victims, invaders)
    return None


def _help_for_the_invaded(result: SentenceTies, war: _War) -> None:
    """Give a giver whose tie names no recipient the state a war dating it invaded."""
    for item in list(result.partial):
        if item.type not in _WAR_HELP or item.role != "source" or \
                set(item.known) & set(war.invaded):
            continue
        result.partial.remove(item)
        result.ties.extend(Candidate(item.type, source, victim, item.segment, item.confidence,
                                     item.weapons)
                           for source in item.known for victim in war.invaded)


#: Where weapons were made, after a state or its demonym: "Chinese-made", "US-built".
MADE_AFTER = re.compile(r"-(?:made|built|origin|supplied|manufactured|designed)\b")
#: Between a state's possessive and the origin of its weapons: "Pakistan's Chinese-made".
_OWNER_GAP = re.compile(r"(?:'s|’s|')?\s+")


def _owned_foreign_weapons(clauses: Sequence[Clause], sentence: _Sentence,
                           confidence: float) -> list[Candidate]:
    """A state's weapons of a foreign origin came from that origin, whatever the sentence says
    they did ("Pakistan's Chinese-made J-10C jets took part in the clash"); the origin of most
    of them is its primary partner ("Most of Vietnam's weapons are of Russian origin")."""
    found: list[Candidate] = []
    for clause in clauses:
        for owner, origin, said in _owners_and_origins(clause, sentence):
            owners = {party.entity for party in owner.parties}
            origins = {party.entity for party in origin.parties}
            if len(owners) != 1 or len(origins) != 1 or origins == owners:
                continue
            (source,), (target,) = origins, owners
            if source.kind == "Country" and target.kind == "Country":
                found.append(Candidate("ArmsTransfer", source, target, sentence.segment,
                                       confidence, clause=clause.start))
                if said and _mostly_of(owner, origin, sentence):
                    found.append(Candidate("PrimaryPartner", target, source, sentence.segment,
                                           confidence, clause=clause.start))
    return found


_MOSTLY = re.compile(r"\b(?:largely|mostly|mainly|primarily|predominantly|overwhelmingly|"
                     r"entirely)\b")


def _mostly_of(owner: Chunk, origin: Chunk, sentence: _Sentence) -> bool:
    """True if most of the owner's weapons are said to be of the origin ("Around 80 percent
    of Vietnam's hardware is ...", "India's arsenal is mostly Russian")."""
    lowered, offset = sentence.lowered, sentence.offset
    return _MOST_OF.search(lowered, max(0, owner.start - offset - _PHRASE_REACH),
                           owner.start - offset) is not None or \
        _MOSTLY.search(lowered, owner.end - offset, origin.start - offset) is not None


#: A possessive pronoun right before where weapons were made: "put its Chinese-made jets".
_PRONOUN_OWNER = re.compile(r"\b(?:its|their)\s+$")


def _owners_and_origins(clause: Clause, sentence: _Sentence
                        ) -> Iterator[tuple[Chunk, Chunk, bool]]:
    """(owner, origin) of weapons of a foreign make in a clause: a possessive state right
    before the origin ("Pakistan's Chinese-made jets"), or the clause's subject before "its"
    ("Pakistan's air force put its Chinese-made jets on display")."""
    previous: Chunk | None = None
    holder: Chunk | None = None  # "(Venezuela)'s arsenal includes Russian jets and Chinese ..."
    for origin in clause.chunks:
        made = MADE_AFTER.match(sentence.lowered, origin.end - sentence.offset) is not None
        foreign = made or (origin.demonyms_only
                           and origin.noun_roles.get("ArmsTransfer") == "source")
        if previous is not None and previous.possessive and foreign \
                and _OWNER_GAP.fullmatch(sentence.lowered, previous.end - sentence.offset,
                                         origin.start - sentence.offset):
            yield previous, origin, False
        elif holder is not None and foreign:
            yield holder, origin, False
        if holder is None and previous is not None and previous.possessive and \
                _INVENTORY_HOLDS.fullmatch(sentence.lowered, previous.end - sentence.offset,
                                           origin.start - sentence.offset):
            holder = previous
            if foreign:
                yield holder, origin, False
        if made and clause.subject is not None and origin is not clause.subject and \
                sentence.leads_to(_PRONOUN_OWNER, origin.start):
            yield clause.subject, origin, False
        if previous is not None and previous.possessive and _said_of_make(origin, sentence) \
                and owned_are(sentence.lowered, previous.end - sentence.offset,
                              origin.start - sentence.offset):
            yield previous, origin, True  # "Vietnam's military hardware is of Russian origin"
        elif previous is not None and previous.possessive and origin.marker == "from" and \
                _OWNED_COME_FROM.fullmatch(sentence.lowered, previous.end - sentence.offset,
                                           origin.start - sentence.offset):
            yield previous, origin, True  # "Most of Vietnam's weapons come from Russia"
        previous = origin


#: A state's arsenal and a verb that lists its contents: "(Venezuela)'s arsenal includes
#: (Russian) Su-30 jets".
_INVENTORY_HOLDS = re.compile(
    r"(?:'s|’s|')?\s+(?:[\w-]+\s+){0,2}?(?:arsenal|arsenals|inventory|inventories|fleet|fleets|"
    r"air\s+force|navy|army)\s+(?:now\s+|also\s+)?(?:includes|included|include|comprises|"
    r"comprised|consists\s+of|consisted\s+of|boasts|features|contains)\s+(?:[\w-]+\s+){0,3}?")
#: A state's weapons and a copula before their origin: "(Vietnam)'s military hardware is
#: largely of (Russian origin)", "(India)'s weapons are mostly (Russian-made)".
_OWNED_ARE = re.compile(
    r"(?:'s|’s|')?\s+(?:[\w-]+\s+){0,2}?(?:arsenal|arsenals|weapons|arms|weaponry|hardware|"
    r"equipment|materiel|inventory|inventories|fleet|fleets|jets|aircraft|tanks|helicopters|"
    r"warships|missiles)\s+(?:is|are|was|were|remains|remain)\s+(?:still\s+)?(?:(?:largely|"
    r"mostly|mainly|primarily|predominantly|overwhelmingly|(?:almost\s+)?entirely)\s+)?(?:of\s+)?")
#: Between a state's possessive and the state its weapons "come from".
_OWNED_COME_FROM = re.compile(
    r"(?:'s|’s|')?\s+(?:[\w-]+\s+){0,2}?(?:arsenal|arsenals|weapons|arms|weaponry|hardware|"
    r"equipment|materiel|inventory|inventories|arms\s+imports|imports)\s+(?:still\s+)?(?:come|"
    r"comes|came|originate|originates|originated|(?:is|are|was|were)\s+sourced)\s+(?:(?:largely|"
    r"mostly|mainly|primarily|predominantly|overwhelmingly)\s+)?from\s+(?:the\s+)?")


def owned_are(lowered: str, owner_end: int, origin_start: int) -> bool:
    """True if a copula gives a state's weapons an origin between the two positions."""
    return _OWNED_ARE.fullmatch(lowered, owner_end, origin_start) is not None


#: After a demonym, where weapons were made: "of Russian origin", "are Russian."
_ORIGIN_NOUN = re.compile(r"\s+(?:origin|make|design|manufacture)\b|\s*[.,;]")


def _said_of_make(origin: Chunk, sentence: _Sentence) -> bool:
    """True for the origin a copula gives weapons ("... is of Russian origin", "... are
    Russian-made", "... is largely Russian.")."""
    end = origin.end - sentence.offset
    return MADE_AFTER.match(sentence.lowered, end) is not None or (
        origin.demonyms_only and _ORIGIN_NOUN.match(sentence.lowered, end) is not None)


#: "(Israel became India's) second-largest arms supplier after Russia": Russia gives more.
_RANKED_AFTER = re.compile(
    r"\b(?:second|third)[- ](?:largest|biggest|leading)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>supplier|provider|exporter|source|donor)s?\s+(?:[\w-]+\s+){0,5}?after\s+(?:the\s+)?")


def _ranked_ahead(sentence: _Sentence, mentions: Sequence[Mention],
                  ties: Sequence[Candidate]) -> list[Candidate]:
    """The ties of the provider ranked ahead of a sentence's provider ("Israel, India's
    second-largest arms supplier after Russia": Russia supplies India too, and most)."""
    found: list[Candidate] = []
    for match in _RANKED_AFTER.finditer(sentence.lowered):
        start = sentence.offset + match.end()
        ahead = next((mention.actor for mention in mentions
                      if mention.start == start and mention.actor is not None), None)
        if ahead is None:
            continue
        for tie in ties:
            if tie.type in ("ArmsTransfer", "MilitaryAid") and not tie.ended \
                    and ahead not in (tie.source, tie.target):
                found.append(replace(tie, source=ahead))
                if match.group("noun") == "supplier" and tie.type == "ArmsTransfer":
                    found.append(replace(tie, type="PrimaryPartner", source=tie.target,
                                         target=ahead, weapons=()))
    return list(dict.fromkeys(found))


#: A majority share of a state's arms imports, right before the state ("with Russia
#: accounting for 80% of", "China in turn supplied 82 per cent of").
_MAJORITY = (r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
             r"(?:[5-9]\d|100)(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of")
_MAJORITY_SHARE = re.compile(
    r"\b(?:accounting\s+for|accounted\s+for|accounts\s+for|supplied|supplies|provided|provides|"
    rf"delivered|meets|met|covers|covered)\s+{_MAJORITY}\s+(?:the\s+)?$")
#: A majority share a buyer gets of its own arms from a supplier named right after it ("buys
#: more than 80 percent of its arms from").
_MAJORITY_BOUGHT = re.compile(
    r"\b(?:buys|bought|buying|imports|imported|importing|gets|got|obtains|obtained|sources|"
    rf"sourced|receives|received|purchases|purchased)\s+{_MAJORITY}\s+(?:(?:its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:arms|weapons|weaponry|equipment|hardware|imports)\s+from\s+"
    r"(?:the\s+)?$")
#: What the share is of, after the state's possessive: "Azerbaijan's arms imports".
_IMPORTS_AFTER = re.compile(r"(?:'s|’s|')?\s+(?:total\s+|major\s+)?(?:(?:arms\s+|weapons\s+|"
                            r"defen[cs]e\s+|military\s+)?"
                            r"(?:imports|arms\s+purchases|weapons\s+purchases)|arms|weapons|"
                            r"weaponry|military\s+(?:equipment|hardware))\b")
#: Most of what follows: "most of", "the bulk of", "80 percent of" (before the owner).
_MOST_OF = re.compile(rf"\b(?:most\s+of|the\s+bulk\s+of|the\s+majority\s+of|{_MAJORITY})\s+$")


def _majority_supplier(sentence: _Sentence, mentions: Sequence[Mention],
                       ties: Sequence[Candidate]) -> list[Candidate]:
    """A supplier of more than half a state's arms imports is its primary partner ("with Russia
    accounting for 80% of Azerbaijan's arms imports")."""
    found: list[Candidate] = []
    for tie in ties:
        if tie.type != "ArmsTransfer" or tie.ended:
            continue
        if any(mention.actor == tie.source and _MAJORITY_BOUGHT.search(
                sentence.lowered, 0, mention.start - sentence.offset) for mention in mentions):
            # "Vietnam buys more than 80 percent of its arms from Russia"
            found.append(replace(tie, type="PrimaryPartner", source=tie.target,
                                 target=tie.source, weapons=()))
            continue
        for mention in mentions:
            share = _MAJORITY_SHARE.search(sentence.lowered, 0, mention.start - sentence.offset) \
                if mention.actor == tie.target else None
            if share is None or not _IMPORTS_AFTER.match(sentence.lowered,
                                                         mention.end - sentence.offset):
                continue
            supplier = [other.actor for other in mentions if other.actor is not None
                        and other.end <= sentence.offset + share.start()]
            if supplier[-1:] == [tie.source]:  # the share is the one the supplier named holds
                found.append(replace(tie, type="PrimaryPartner", source=tie.target,
                                     target=tie.source, weapons=()))
                break
    return list(dict.fromkeys(found))


#: Topics a sentence keeps from the one before it in its paragraph.
_CARRIED_TOPICS = ("peacekeeping", "exercise")
#: Deals of the kind the sentence before named: its topic carries over.
_SIMILAR_DEALS = re.compile(r"\b(?:similar|such|comparable|the\s+same\s+kind\s+of)\s+"
                            r"(?:agreements?|pacts?|accords?|deals?|memorand(?:a|um|ums)|treat(?:y|ies))\b")
#: A hostile word a pact or force is there to prevent, not a war ("commits Washington to help
#: deter and confront any external aggression against the Gulf kingdom").
_DETERRED = re.compile(r"\b(?:deter|deterring|deters|confront|confronting|repel|repelling|"
                       r"against\s+any|respond\s+to\s+any|in\s+case\s+of|in\s+the\s+event\s+of|"
                       r"defend\s+against|protect\s+against|guard\s+against)\b[^.;]*$")
_DETERRED_REACH = 40  # characters before a hostile word searched for what prevents it
#: What a negation denies when it only withholds a detail ("did not state how many soldiers
#: are being deployed in Niger"): the telling, not the tie.
_UNSAID = re.compile(r"\s+(?:say|state|disclose|specify|reveal|detail|give|confirm|comment\s+on)\s+"
                     r"(?:how|when|where|what|which|the\s+number|the\s+size|the\s+value)\b")
#: After "not", words that deny nothing: "not only supplies arms but also trains".
_NOT_ONLY = re.compile(r"\s+(?:only|just|merely|simply|least)\b")
#: The foes whose positions or bases an end word is about ("positions vacated by the rebels").
_ENDED_BY_FOES = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:rebels|insurgents|"
                            r"militants|jihadists|militias?|terrorists|fighters)\b")
#: What a tie may be meant to end without ending itself: "ending the activities of Boko Haram".
_ENDING_A_THREAT = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?(?:activities|insurgency|"
                              r"insurgencies|war|wars|conflict|conflicts|violence|fighting|"
                              r"attacks|threat|threats|crisis|terrorism|terror|rebellion|piracy|"
                              r"trafficking|menace|impunity)\b")
#: Taking part or visiting, in a modifier: "took part in the drills", "on his way to visit".
_TAKES_PART_OR_VISITS = re.compile(r"particip|tak(?:e|es|ing)\s+part|took\s+part|\bvisit|"
                                   r"\btour\b|\btrip\b")
#: Forces holding an exercise somewhere: a visit, not a presence (read in the code, not as a
#: modifier, so as not to hide "counter-terrorism exercise" from the modifiers).
_EXERCISE_NOUN = r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games)\b"
#: The exercise named before: "the drills", "the week-long exercise".
DRILLS_REFERRED = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?" + _EXERCISE_NOUN)
_HOLDS_EXERCISE = re.compile(
    r"\b(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|complete|completes|"
    r"completed|completing|stage|stages|staged|staging)\s+(?:[\w-]+\s+){0,3}?" + _EXERCISE_NOUN)
#: An exercise's place given by a participle, up to where the place is named ("exercise,
#: held in ", "drills taking place off ").
_EXERCISE_HELD_IN = re.compile(
    _EXERCISE_NOUN + r",?\s+(?:(?:which|that)\s+(?:was|were|is|are)\s+|(?:which|that)\s+)?"
    r"(?:held|hosted|staged|conducted|taking\s+place|took\s+place|under\s+way|underway)\s+"
    r"(?:in|at|near|off|on)?\s*(?:the\s+)?$")
_HELD_IN_REACH = 80
#: Being based somewhere, which no exercise or visit undoes.
_STATIONED = re.compile(r"(?:stationed|based|garrisoned)\b")
#: A noun right before "stationed": a participle describing forces that are there now ("from
#: its aircraft based at N'Djamena"), not a verb the sentence's future governs ("will be").
_NOUN_BEFORE = re.compile(r"\b(?!(?:be|been|being|is|are|was|were|to|will|would|could|should|"
                          r"may|might|must|remain|remains|remained|stay|stays|get|gets|got|not|"
                          r"also|now|still|currently|permanently|already)\s)[a-z][\w'-]*\s+$")
_NOUN_REACH = 40  # characters before "stationed" searched for the noun
#: Forces that went somewhere for an exercise: a visit, not a presence.
_FOR_EXERCISE = re.compile(r"\b(?:for|to\s+join|to\s+take\s+part\s+in)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w-]+\s+){0,4}?" + _EXERCISE_NOUN)
#: A purpose that makes forces sent abroad a partner against militants ("sent troops to
#: Mozambique to help fight Islamist militants"); the group's name counts as well.
_TO_FIGHT = re.compile(
    r"\b(?:to|in order to)\s+(?:help\s+)?(?:fight|combat|counter|battle|tackle|hunt|defeat|"
    r"confront|root out|flush out|drive out)\s+(?:against\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:terror\w*|insurgen\w*|jihadi\w*|extremi\w*|militant\w*|islamist\w*|rebels?)\b")


def _sent_to_fight(sentence: _Sentence, ties: Sequence[Candidate]) -> list[Candidate]:
    """Counter-terrorism between forces sent abroad to fight militants and their host."""
    present = [tie for tie in ties if tie.type == "MilitaryPresence" and not tie.ended]
    if not present or not _TO_FIGHT.search(sentence.lowered):  # the regex only where needed
        return []
    return [replace(tie, type="CounterTerrorism", weapons=()) for tie in present]


#: An agreement the forces are there under ("deployed troops to the Central African Republic
#: under a bilateral agreement on defence").
_UNDER_AGREEMENT = re.compile(
    r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|arrangement|accord|"
    r"treaty|pact|memorandum)\b(?!\s+(?:to|with)\b)")


def _under_agreement(sentence: _Sentence, clauses: Sequence[Clause],
                     ties: Sequence[Candidate]) -> list[Candidate]:
    """A defence agreement between forces sent abroad and their host, when the clause stating
    the deployment says they went "under" an agreement naming no one else (not the other
    contributors of "..., and Rwanda also has soldiers there under a bilateral agreement")."""
    deployed = [tie for tie in ties
                if tie.type in ("MilitaryPresence", "PeacekeepingDeployment") and not tie.ended
                and tie.source.kind == "Country" and tie.target.kind == "Country"]
    if not deployed or any(tie.type == "DefenceAgreement" for tie in ties):
        return []
    under = _UNDER_AGREEMENT.search(sentence.lowered)
    if under is None:
        return []
    # the clause the phrase stands in, or the one it opens ("Under a treaty, Canberra sent ...")
    position = sentence.offset + under.start()
    starts = sorted({tie.clause for tie in deployed})
    stating = max((start for start in starts if start <= position), default=None)
    stating = min(starts, default=None) if stating is None else stating
    return [replace(tie, type="DefenceAgreement", weapons=()) for tie in deployed
            if tie.clause == stating]


#: A sentence opening with the agreement its facts rest on ("Under the 2014 Enhanced Defense
#: Cooperation Agreement, American forces rotate through Philippine bases"; "Under a 2008
#: agreement with France, ..."). A deal or contract is a sale, not a defence agreement.
OPENS_UNDER_AGREEMENT = re.compile(
    r"\W*under\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'-]+\s+){0,6}?(?:agreements?|treaty|treaties|"
    r"memorand(?:um|a)|pacts?|accords?|arrangements?)\b[^,;.]{0,60},")


def _opened_under_agreement(sentence: _Sentence, clauses: Sequence[Clause],
                            ties: Sequence[Candidate], confidence: float) -> list[Candidate]:
    """A defence agreement between the states of a sentence that opens with the agreement
    under which one acts with or in the other: the pairs its other ties join, else its only two
    states; none for weapons bought under it."""
    if not OPENS_UNDER_AGREEMENT.match(sentence.lowered) or any(
            tie.type in _AGREEMENT_OR_WEAPONS for tie in ties):
        return []
    pairs = [(tie.source, tie.target) for tie in ties if not tie.ended
             and tie.type in ("MilitaryPresence", "PeacekeepingDeployment", "Training")
             and tie.source.kind == "Country" and tie.target.kind == "Country"]
    states = list(dict.fromkeys(party.entity for clause in clauses for chunk in clause.chunks
                                for party in chunk.parties if party.entity.kind == "Country"))
    if not pairs and len(states) == 2 and not sentence.hostilities(clauses) and not any(
            modifier.kind in ("negation", "hedge") for _, _, modifier, _ in sentence.modifiers):
        pairs = [(states[0], states[1])]  # not "Under the pact, Japanese troops can deploy"
    return [Candidate("DefenceAgreement", one, other, sentence.segment, confidence,
                      clause=clauses[0].start) for one, other in dict.fromkeys(pairs)]


def _leaders(clauses: Sequence[Clause], segment: Segment, confidence: float) -> list[Candidate]:
    """Memberships a "-led" names whatever the clause says ("neither NATO nor the Russian-led
    CSTO": Russia leads the CSTO, so it belongs to it)."""
    return [Candidate("AllianceMembership", party.entity, chunk.leads, segment, confidence)
            for clause in clauses for chunk in clause.chunks if chunk.leads is not None
            for party in chunk.parties if party.entity.kind == "Country"]


#: The members of an alliance listed right after its name, in brackets or between dashes.
_LIST_OPEN = re.compile(r"\s*(?:\(|[-–—]\s)\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_ARTICLE = re.compile(r"(?:the\s+)?")
_LIST_CLOSE = re.compile(r"\s*(?:\)|[-–—](?:\s|$))")
_DASH_LIST_CLOSE = re.compile(r"\s*(?:[-–—](?:\s|$)|\.?\s*$)")
#: ... or after a comma and a word of composition ("The SCO, consisting of China, Russia and
#: Kazakhstan, ..."), up to the comma, bracket or stop that ends the list.
_COMPOSING = (r"(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of|grouping|"
              r"bringing\s+together)")
_COMPOSED_OPEN = re.compile(
    r",\s+(?:which\s+(?:comprises|consists\s+of|is\s+(?:made\s+up|composed)\s+of|groups|"
    r"brings\s+together)|" + _COMPOSING + r")\s+(?:the\s+)?")
#: A sentence opening on a body's composition, its name left to a pronoun ("Bringing together
#: Burkina Faso, Chad, Mali, Mauritania and Niger, it aims to ...").
COMPOSED_OPENING = re.compile(_COMPOSING + r"\s")
_COMPOSED_CLOSE = re.compile(r"\s*(?:[,;).]|$)")
#: A body's name, "member" and a name: the member's title ("NATO member Turkey").
_TITLED_MEMBER = re.compile(r"(?:member|ally)(?:\s+(?:state|country|nation))?\s+(?=[A-Z])")
#: "Members of" (or "member states of the") right before a body's name.
_MEMBERS_OF = re.compile(rf"(?i)\b{_MEMBERS_WORDS}\s+of\s+(?:the\s+)?$")
_MEMBERS_OF_REACH = len("member countries of the ")
#: The states of a body, right before its name: "(the six) states of the", "countries of".
_STATES_OF = re.compile(rf"(?i)\b(?:{_MEMBERS_WORDS}|states|countries|nations)\s+of\s+(?:the\s+)?$")
#: After the body's name, what opens the list of its members ("..., including Qatar").
_INCLUDING = re.compile(r"\s*,?\s*(?:including|such\s+as|notably|among\s+them)\s+")
#: A sentence opening on membership before the bodies' names: "As a NATO member, ..." ("As a
#: member of NATO, ..." is the member cue's).
_AS_MEMBER = re.compile(r"As\s+(?:an?\s+)?(?:(?:founding|fellow|full|loyal|key|leading)\s+)?"
                        r"(?:the\s+)?")
_BODY_JOIN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?(?=[A-Z])")
_MEMBER_NOUN_COMMA = re.compile(rf"(?:'s)?\s+(?:{_MEMBERS_WORDS}|member\s+(?:state|country|nation)|"
                                r"allies|ally)\s*,\s*")


def member_lists(text: str, segment: Segment, mentions: Sequence[Mention], confidence: float,
                 rule: TieRule) -> list[Candidate]:
    """Memberships of the countries listed in brackets or between dashes after an alliance's
    name ("troops from the G5 Sahel - Burkina Faso, Mali, Niger and Chad - took part"), after
    "members of" a body and "including" ("Members of the Gulf Cooperation Council, including
    Saudi Arabia and Qatar, ..."), or after an opening "As a NATO member," ("As EU and NATO
    members, Croatia and Slovenia ...")."""
    ties: list[Candidate] = []
    for index, mention in enumerate(mentions):
        alliance = mention.actor
        # an alliance, or any body named as the states' own ("the six member states of the
        # GCC — the UAE, Saudi Arabia, ...")
        listing = alliance is not None and (alliance.category == "Alliance" or (
            _body(mention, rule) is not None and _STATES_OF.search(
                text, max(0, mention.start - _MEMBERS_OF_REACH), mention.start) is not None))
        opening = _LIST_OPEN.match(text, mention.end) if listing else None
        # a list after a dash may close the sentence ("... Council — the UAE, ... and Qatar.")
        closing = _DASH_LIST_CLOSE if opening is not None and "(" not in opening.group() \
            else _LIST_CLOSE
        if opening is None:  # a word of composition names the members of any body ("The SCO,
            alliance = _body(mention, rule)  # comprising China, Russia and India, ...")
            opening = _COMPOSED_OPEN.match(text, mention.end) if alliance is not None else None
            closing = _COMPOSED_CLOSE
        if alliance is None or opening is None:
            continue
        members, last_end = _listed_countries(text, mentions[index + 1:], opening.end())
        if len(members) >= 2 and closing.match(text, last_end, segment.end):
            ties.extend(Candidate("AllianceMembership", member, alliance, segment, confidence)
                        for member in members)
    ties.extend(_included_members(text, segment, mentions, confidence, rule))
    ties.extend(_fronted_members(text, segment, mentions, confidence, rule))
    return ties + _counted_members(text, segment, mentions, confidence)


def _listed_countries(text: str, mentions: Sequence[Mention], position: int
                      ) -> tuple[list[Entity], int]:
    """The countries of a list starting at ``position`` ("Burkina Faso, Mali and the Niger"),
    and where it ends; ``mentions`` are those from the list on."""
    members: list[Entity] = []
    last_end = position
    for following in mentions:
        country = following.actor
        if not _LIST_ARTICLE.fullmatch(text, position, following.start) or \
                country is None or country.kind != "Country":
            break
        members.append(country)
        last_end = following.end
        separator = _LIST_SEPARATOR.match(text, last_end)
        if separator is None:
            break
        position = separator.end()
    return list(dict.fromkeys(members)), last_end


def _body(mention: Mention, rule: TieRule) -> Entity | None:
    """The body a membership may be of ("NATO", "the Gulf Cooperation Council"), or None."""
    body = mention.actor
    if body is None or body.kind != "Organisation" or not kinds_allow(rule.target_kinds, body):
        return None
    return body


def _included_members(text: str, segment: Segment, mentions: Sequence[Mention],
                      confidence: float, rule: TieRule) -> list[Candidate]:
    """"Members of the GCC, including Saudi Arabia and Qatar": each listed state is a member."""
    ties: list[Candidate] = []
    for index, mention in enumerate(mentions):
        body = _body(mention, rule)
        if body is None or not _MEMBERS_OF.search(
                text, max(segment.start, mention.start - _MEMBERS_OF_REACH), mention.start):
            continue
        including = _INCLUDING.match(text, mention.end)
        if including is None:
            continue
        members, _end = _listed_countries(text, mentions[index + 1:], including.end())
        ties.extend(Candidate("AllianceMembership", member, body, segment, confidence)
                    for member in members)
    return ties


def _fronted_members(text: str, segment: Segment, mentions: Sequence[Mention],
                     confidence: float, rule: TieRule) -> list[Candidate]:
    """"As a NATO member, Turkey ...", "As EU and NATO members, Croatia and Slovenia ...": the
    states the sentence opens with belong to the bodies its opening names."""
    opening = _AS_MEMBER.match(text, segment.start)
    if opening is None:
        return []
    bodies: list[Entity] = []
    position = opening.end()
    for index, mention in enumerate(mentions):
        if mention.start < position:
            continue
        body = _body(mention, rule)
        if mention.start != position or body is None:
            return []
        bodies.append(body)
        joined = _BODY_JOIN.match(text, mention.end)
        if joined is not None:
            position = joined.end()
            continue
        noun = _MEMBER_NOUN_COMMA.match(text, mention.end)
        if noun is None:
            return []
        members, _end = _listed_countries(text, mentions[index + 1:], noun.end())
        return [Candidate("AllianceMembership", member, body, segment, confidence)
                for member in members for body in dict.fromkeys(bodies)]
    return []


def _counted_members(text: str, segment: Segment, mentions: Sequence[Mention],
                     confidence: float) -> list[Candidate]:
    """The states a sentence names, as many as it counts as an alliance's members ("a pact with
    France, the first between two NATO members": Greece and France)."""
    ties: list[Candidate] = []
    for mention in mentions:
        alliance = mention.actor
        if alliance is None or alliance.category != "Alliance":
            continue
        counted = _COUNTED_BEFORE.search(text, max(segment.start, mention.start - _COUNT_REACH),
                                         mention.start)
        if counted is None or not _MEMBERS_AFTER.match(text, mention.end):
            continue
        states = list(dict.fromkeys(country for other in mentions if other is not mention
                                    and (country := other.actor) is not None
                                    and country.kind == "Country"))
        if len(states) == _COUNTS[counted.group(1).lower()]:
            ties.extend(Candidate("AllianceMembership", state, alliance, segment, confidence)
                        for state in states)
    return ties


def _inherit_forward(result: SentenceTies, open_sources: list[tuple[str, int, Partial, float]],
                     earlier: dict[str, list[tuple[int, list[Entity], list[Entity]]]],
                     lexicon: Lexicon) -> None:
    """Give a supplier of named weapons, or a joiner, without recipient the recipient of a later
    clause of the sentence with the same kind of cue ("The Netherlands sent Patriot launchers, and
    Romania gave Ukraine a Patriot system": to Ukraine too; "Croatia joined in 2009, and Montenegro
    became the alliance's 29th member": Croatia joined the alliance)."""
    for family, clause_start, item, factor in open_sources:
        rule, base = lexicon.rules[item.type], lexicon.confidence["inherited_subject"]
        later = [fitting for start, sources, targets in earlier.get(family, [])
                 if start > clause_start and (fitting := _target_side(sources, targets, rule))
                 and not set(fitting) & set(item.known)]
        if not later:
            continue
        pairs = [(source, target) for source in item.known for target in later[0]
                 if kinds_allow(rule.source_kinds, source)
                 and kinds_allow(rule.target_kinds, target)]
        if pairs:
            result.partial.remove(item)
            result.ties.extend(Candidate(item.type, source, target, item.segment,
                                         round(base * factor, 3), item.weapons)
                               for source, target in pairs)


def _target_side(sources: list[Entity], targets: list[Entity], rule: TieRule) -> list[Entity]:
    """What a clause names that can be the target of ``rule``. Its roles are not yet oriented:
    "the alliance's 29th member" names the alliance as a possessor, on the source side."""
    unfit = [entity for entity in sources if not kinds_allow(rule.source_kinds, entity)]
    return [entity for entity in [*targets, *unfit] if kinds_allow(rule.target_kinds, entity)]


def _joined_by(chunks: list[Chunk]) -> bool:
    """True if every source is named after "from" ("joined by contingents from Fiji")."""
    return bool(chunks) and all(chunk.marker == "from" for chunk in chunks)


def _inherit(earlier: list[tuple[int, list[Entity], list[Entity]]], clause_start: int,
             sources: list[Entity], targets: list[Entity]
             ) -> tuple[list[Entity], list[Entity], bool]:
    """Fill the side a clause leaves open from an earlier clause of the sentence with the same cue
    type ("North Korea shipped shells to Russia, and Iran supplied drones": to Russia too)."""
    for start, known_sources, known_targets in reversed(earlier):
        if start == clause_start:
            continue
        if sources and known_targets and not set(known_targets) & set(sources):
            return sources, list(known_targets), True
        if targets and known_sources and not set(known_sources) & set(targets):
            return list(known_sources), targets, True
    return sources, targets, False


def _relative_antecedent(clause: Clause, clauses: Sequence[Clause], agent: str,
                         sentence: _Sentence, rule: TieRule) -> list[Entity]:
    """The organisation a relative clause with an including verb stands for: the last one
    named before it in the sentence ("the CSTO, a regional security bloc, which also includes
    Armenia"). Only for a cue whose subject is the target ("includes"), in a clause that opens
    on "which" or "who"."""
    if agent != "target" or not _RELATIVE_OPENING.match(sentence.lowered,
                                                        clause.start - sentence.offset):
        return []
    named = [party.entity for other in clauses if other.start < clause.start
             for chunk in other.chunks for party in chunk.parties
             if kinds_allow(rule.target_kinds, party.entity)]
    return named[-1:]


def _subject_unfit(clause: Clause, cue_start: int, used: list[Chunk]) -> bool:
    """True if the clause names a subject of its own that fills no role ("..., when NATO sent
    four units to Poland": not the earlier clause's Ottawa either)."""
    subject = clause.subject
    return subject is not None and subject.end <= cue_start and subject not in used


def _end_one_sided(result: SentenceTies, ends: list[tuple[str, str, list[Entity]]]) -> None:
    """"The UAE, which had trained Somali troops, ended its programme": the tie has ended."""
    for kind, role, actors in ends:
        result.ties = [replace(tie, ended=True)
                       if tie.type == kind and getattr(tie, role) in actors else tie
                       for tie in result.ties]


@functools.lru_cache(maxsize=4096)  # asked of every organisation named in every article
def peace_operation(entity: Entity, lexicon: Lexicon) -> bool:
    """True for a peace operation ("MINUSCA", "the UN mission in South Sudan")."""
    return entity.kind == "Organisation" and entity.category is None and \
        lexicon.topic_in("peacekeeping", entity.name)


def _sells(cue: Cue, target: Entity, source: Entity) -> bool:
    """True if a company would receive arms from a state: companies sell, states buy ("LIG Nex1
    signed a deal to supply Iraq")."""
    return cue.type in _WEAPON_TYPES and home_country(target) is not None and \
        home_country(source) is None


def _made_by(weapons: Sequence[Entity], country: Entity) -> bool:
    """True if every weapon is known and was designed in ``country``."""
    origins = [dict(weapon.links).get("originCountry") for weapon in weapons]
    return bool(origins) and all(origin == country for origin in origins)


def _oriented(rule: TieRule, source: Entity, target: Entity) -> tuple[Entity, Entity] | None:
    """The pair in the order the type's kinds allow (swapped if only that fits), or None."""
    if kinds_allow(rule.source_kinds, source) and kinds_allow(rule.target_kinds, target):
        return source, target
    # Only where kinds alone tell the roles apart (a member state, an alliance) may they swap.
    kinds_decide = not {kind for kind in rule.source_kinds if not kind.startswith("-")} & \
        {kind for kind in rule.target_kinds if not kind.startswith("-")}
    if rule.directed and kinds_decide and kinds_allow(rule.source_kinds, target) and \
            kinds_allow(rule.target_kinds, source):
        return target, source
    return None

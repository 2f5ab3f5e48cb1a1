"""Tie rules: cue words, directions, coreference, tables, modality, article-level settling."""

from __future__ import annotations

import itertools

import pytest

from graph.extract import PRODUCER, extract_findings
from graph.model import Article


def ties(text: str) -> set[tuple[str, str, str]]:
    return {(tie.type, tie.source.name, tie.target.name)
            for tie in extract_findings(Article.from_text(text)).ties}


def named(text: str) -> set[tuple[str, str]]:
    """(name, kind) of every entity extracted from ``text``."""
    findings = extract_findings(Article.from_text(text))
    return {(entity.name, entity.kind) for entity in findings.entities}


def assert_tie(text: str, expected: tuple[str, str, str],
               absent: tuple[str, str, str] | None = None) -> None:
    """``expected`` (in either direction) is found in ``text`` and ``absent`` is not."""
    found = ties(text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found
    assert absent not in found


@pytest.mark.parametrize(("text", "expected"), [
    # supplier-subject and recipient-subject verbs, passive voice, nominal cues
    ("Turkey sold Bayraktar TB2 drones to Poland in 2021.", ("ArmsTransfer", "Turkey", "Poland")),
    ("Poland bought Bayraktar TB2 drones from Turkey.", ("ArmsTransfer", "Turkey", "Poland")),
    ("India took delivery of the first S-400 squadron from Russia.",
     ("ArmsTransfer", "Russia", "India")),
    ("The S-400 systems were delivered to India by Russia.", ("ArmsTransfer", "Russia", "India")),
    ("Russia's delivery of S-400 systems to India began in 2021.",
     ("ArmsTransfer", "Russia", "India")),
    ("Egypt inducted Chinese-made Wing Loong drones in 2018.", ("ArmsTransfer", "China", "Egypt")),
    ("From Russia, Egypt ordered MiG-29M fighters.", ("ArmsTransfer", "Russia", "Egypt")),
    ("Qatar is Pakistan's main arms supplier.", ("ArmsTransfer", "Qatar", "Pakistan")),
    # training, advisers, instructors from X in Y
    ("Russian instructors trained Malian soldiers in 2022.", ("Training", "Russia", "Mali")),
    ("Instructors from France trained the army in Chad.", ("Training", "France", "Chad")),
    ("Kenyan officers received training from the United Kingdom.",
     ("Training", "United Kingdom", "Kenya")),
    # presence and peacekeeping
    ("Rwanda deployed 1,000 troops to Cabo Delgado in 2021.",
     ("MilitaryPresence", "Rwanda", "Mozambique")),
    ("Djibouti hosts a Chinese naval base.", ("MilitaryPresence", "China", "Djibouti")),
    ("French troops remain in Djibouti.", ("MilitaryPresence", "France", "Djibouti")),
    ("Nepalese peacekeepers serve in Lebanon with UNIFIL.",
     ("PeacekeepingDeployment", "Nepal", "Lebanon")),
    # alliances, agreements, aid, partners
    ("Finland joined NATO in April 2023.", ("AllianceMembership", "Finland", "NATO")),
    ("NATO member Turkey objected.", ("AllianceMembership", "Turkey", "NATO")),
    ("The United States provides Egypt with Foreign Military Financing.",
     ("MilitaryAid", "United States", "Egypt")),
    ("Analysts call Beijing Islamabad's primary defence partner.",
     ("PrimaryPartner", "Pakistan", "China")),
])
def test_directed_ties(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in ties(text)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Japan and the Philippines signed a reciprocal access agreement.",
     {("Japan", "Philippines")}),
    ("Tokyo signed a defence agreement with Australia and another with the United Kingdom.",
     {("Japan", "Australia"), ("Japan", "United Kingdom")}),
    ("Australia, Canada and New Zealand share intelligence.",
     {("Australia", "Canada"), ("Australia", "New Zealand"), ("Canada", "New Zealand")}),
    ("Joint drills boosted coordination between Russian advisors and Mozambican soldiers.",
     {("Russia", "Mozambique")}),
])
def test_undirected_pairs(text: str, pairs: set[tuple[str, str]]) -> None:
    found = {frozenset((source, target)) for _, source, target in ties(text)}
    assert {frozenset(pair) for pair in pairs} <= found


@pytest.mark.parametrize("text", [
    "Russia will deliver Su-57 jets to Algeria next year.",
    "India is in talks with Indonesia about selling BrahMos missiles.",
    "Poland may buy more K2 tanks from South Korea.",
    "Russia did not deliver Su-57 jets to Algeria.",
    "Egypt never took delivery of the Su-35 fighters it ordered from Russia.",
    "Ukraine is not a member of NATO.",
    "Kenya became a major non-NATO ally.",
    "France withdrew its troops from Mali in 2022.",
    "Australia cancelled its contract to buy submarines from France.",
    "Russian troops invaded Ukraine in 2022.",
    "Seoul has refused to send weapons to Ukraine.",
    "According to the SIPRI database, sales rose.",
])
def test_hedged_negated_ended_and_hostile_statements_give_no_tie(text: str) -> None:
    assert ties(text) == set()


def test_an_ended_tie_is_dropped_from_the_whole_article() -> None:
    text = ("French soldiers were stationed in Mali for a decade. "
            "France withdrew its last troops from Mali in August 2022.")
    assert not any(kind == "MilitaryPresence" for kind, _, _ in ties(text))


def test_ended_arms_deals_only_cancel_the_same_weapon() -> None:
    text = ("Egypt ordered MiG-29M fighters from Russia in 2015. "
            "Egypt cancelled the Su-35 fighters it ordered from Russia.")
    assert ("ArmsTransfer", "Russia", "Egypt") in ties(text)


def test_reported_statements_keep_a_lower_confidence() -> None:
    [plain] = extract_findings(Article.from_text("Iran supplied Shahed-136 drones to Russia.")).ties
    [reported] = extract_findings(Article.from_text(
        "Iran reportedly supplied Shahed-136 drones to Russia.")).ties
    assert reported.confidence < plain.confidence
    assert plain.evidence[0].producer == PRODUCER


def test_coreference_both_governments_and_the_alliance() -> None:
    text = ("Russian officials visited Maputo in May. Both governments agreed to expand "
            "intelligence sharing. NATO met in Vilnius. Finland became the alliance's 31st member.")
    found = ties(text)
    assert ("IntelligenceSharing", "Russia", "Mozambique") in found or \
        ("IntelligenceSharing", "Mozambique", "Russia") in found
    assert ("AllianceMembership", "Finland", "NATO") in found


def test_pronoun_and_definite_description() -> None:
    text = ("France has not left Africa altogether. It still keeps 1,500 troops in Djibouti. "
            "Qatar was the first customer. "
            "The Gulf state ordered six Bayraktar TB2 drones from Turkey.")
    found = ties(text)
    assert ("MilitaryPresence", "France", "Djibouti") in found
    assert ("ArmsTransfer", "Turkey", "Qatar") in found


def test_a_peace_mission_names_its_host() -> None:
    text = ("Rwandan soldiers serve in MINUSCA, the UN mission in the Central African Republic. "
            "Bangladesh is another large contributor of peacekeepers to MINUSCA.")
    found = ties(text)
    assert ("PeacekeepingDeployment", "Bangladesh", "Central African Republic") in found
    assert not any(kind == "MilitaryPresence" for kind, _, _ in found)


def test_a_weapon_supplier_completes_a_half_stated_tie() -> None:
    text = ("Myanmar received JF-17 jets from Pakistan in 2018. "
            "Nigeria inducted three JF-17 Thunder jets in 2021.")
    assert ("ArmsTransfer", "Pakistan", "Nigeria") in ties(text)


def test_garbled_table_rows_and_areas() -> None:
    text = ("Country Primary Defence Partner Key Cooperation Areas\n"
            "Mozambique Russia Military training; counter-insurgency operations\n"
            "Kenyatd United States South Africad United Kingdom\n")
    findings = extract_findings(Article.from_text(text))
    found = {(t.type, t.source.name, t.target.name): text[t.evidence[0].start:t.evidence[0].end]
             for t in findings.ties}
    assert found[("PrimaryPartner", "Kenya", "United States")] == "Kenyatd United States"
    south_africa = found[("PrimaryPartner", "South Africa", "United Kingdom")]
    assert south_africa == "South Africad United Kingdom"
    assert ("PrimaryPartner", "Mozambique", "Russia") in found
    assert ("Training", "Russia", "Mozambique") in found
    assert {("CounterTerrorism", "Mozambique", "Russia"),
            ("CounterTerrorism", "Russia", "Mozambique")} & set(found)


def test_one_tie_per_key_with_its_best_evidence_first() -> None:
    text = ("Turkey reportedly sold drones to Poland. Turkey sold Bayraktar TB2 drones to Poland. "
            "Poland bought more drones from Turkey.")
    [tie] = extract_findings(Article.from_text(text)).ties
    assert tie.evidence[0].quote == "Turkey sold Bayraktar TB2 drones to Poland."
    assert len(tie.evidence) == 3
    assert [e.confidence for e in tie.evidence] == sorted((e.confidence for e in tie.evidence),
                                                          reverse=True)


def test_entities_include_places_people_weapons_and_organisations() -> None:
    text = ("President Filipe Nyusi thanked Kigali after Rwandan troops reached Cabo Delgado, "
            "where al-Shabaab fighters fled from Mi-17 helicopters.")
    kinds = {(e.name, e.kind) for e in extract_findings(Article.from_text(text)).entities}
    assert {("Filipe Nyusi", "Person"), ("Kigali", "Place"), ("Rwanda", "Country"),
            ("Cabo Delgado", "Place"), ("al-Shabaab", "Organisation")} <= kinds
    assert any(kind == "WeaponSystem" for _, kind in kinds)


# ---------------------------------------------------------------- unseen-text generalisation


@pytest.mark.parametrize(("text", "expected"), [
    # a company supplying arms stands for its country; "with" names a contract's other party
    ("Brazil ordered 36 Gripen fighters from Saab in 2014.", ("ArmsTransfer", "Sweden", "Brazil")),
    ("Poland signed a contract with Hanwha Aerospace for 212 K9 howitzers.",
     ("ArmsTransfer", "South Korea", "Poland")),
    ("South Korea's Hanwha Aerospace signed a deal with Romania for 54 K9 howitzers.",
     ("ArmsTransfer", "South Korea", "Romania")),
    ("Nigeria received Super Tucano aircraft that were built in the United States by Embraer.",
     ("ArmsTransfer", "Brazil", "Nigeria")),
    ("Australia bought the Korean AS21 Redback infantry fighting vehicle in 2023.",
     ("ArmsTransfer", "South Korea", "Australia")),
    ("Algeria remains Russia's largest arms customer.", ("ArmsTransfer", "Russia", "Algeria")),
    # passive and intransitive training name the trainer by "in"; the object is the trainee
    ("Philippine navy personnel were trained in India before the handover.",
     ("Training", "India", "Philippines")),
    ("Ukrainian pilots learned to fly the F-16 in Denmark.", ("Training", "Denmark", "Ukraine")),
    ("The EU has trained more than 70,000 Ukrainian soldiers, most of them in Poland.",
     ("Training", "European Union", "Ukraine")),
    # donors, allies, members named in asides, relative and participle clauses
    ("Germany is now one of Ukraine's largest military donors.",
     ("MilitaryAid", "Germany", "Ukraine")),
    ("The United States remains Manila's most important ally.",
     ("PrimaryPartner", "Philippines", "United States")),
    ("Hungary, a member of both NATO and the European Union, has refused to send weapons.",
     ("AllianceMembership", "Hungary", "European Union")),
    ("Sweden, which joined NATO in March 2024, has donated Archer howitzers to Ukraine.",
     ("AllianceMembership", "Sweden", "NATO")),
    ("In 2021 Poland signed an agreement to buy TB2 drones from Turkey, becoming the first NATO "
     "member to purchase the system.", ("AllianceMembership", "Poland", "NATO")),
    ("Nigeria, Chad and Cameroon contribute troops to the Multinational Joint Task Force.",
     ("AllianceMembership", "Cameroon", "Multinational Joint Task Force")),
    ("Qatar, which operates Patriot batteries bought from the United States, has not ordered the "
     "Korean system.", ("ArmsTransfer", "United States", "Qatar")),
    # bases and garrison towns host; a government seat stands for its state
    ("Several thousand Russian troops are stationed at the 102nd Military Base in Gyumri.",
     ("MilitaryPresence", "Russia", "Armenia")),
    ("The Pentagon announced a $300 million military aid package for Ukraine.",
     ("MilitaryAid", "United States", "Ukraine")),
    ("Uganda, Kenya and Djibouti contribute troops to the African Union Support and "
     "Stabilization Mission in Somalia (AUSSOM).", ("PeacekeepingDeployment", "Kenya", "Somalia")),
])
def test_directed_ties_in_wire_phrasing(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in ties(text)


@pytest.mark.parametrize(("text", "pairs"), [
    ("In September 2021 special forces from Azerbaijan, Turkey and Pakistan held an exercise "
     "in Baku.", {("Azerbaijan", "Turkey"), ("Azerbaijan", "Pakistan"), ("Turkey", "Pakistan")}),
    ("Japan and South Korea now exchange intelligence on missile launches. Since 2023 the two "
     "countries and the United States have shared missile warning data.",
     {("Japan", "United States"), ("South Korea", "United States")}),
    ("Japan, South Korea and the United States met at Camp David. The three countries held "
     "their first trilateral exercise in 2024.",
     {("Japan", "South Korea"), ("Japan", "United States"), ("South Korea", "United States")}),
    ("About 16,000 Filipino and American troops took part in the Balikatan exercise, and "
     "Australian forces joined them.",
     {("Australia", "Philippines"), ("Australia", "United States")}),
    ("Japan is developing a fighter jet with Britain and Italy under a treaty the three "
     "governments signed in 2023.", {("United Kingdom", "Italy"), ("Japan", "Italy")}),
])
def test_undirected_pairs_in_wire_phrasing(text: str, pairs: set[tuple[str, str]]) -> None:
    found = {frozenset((source, target)) for _, source, target in ties(text)}
    assert {frozenset(pair) for pair in pairs} <= found


@pytest.mark.parametrize(("text", "absent"), [
    ("Russian forces in Ukraine suffered heavy losses near Bakhmut.",
     ("MilitaryPresence", "Russia", "Ukraine")),
    ("Russia's full-scale invasion of Ukraine began in 2022. Russian troops in Ukraine now hold "
     "a fifth of the country.", ("MilitaryPresence", "Russia", "Ukraine")),
    ("Chinese coast guard ships fired water cannon at Philippine boats carrying supplies to "
     "troops stationed at Second Thomas Shoal.", ("MilitaryPresence", "China", "Philippines")),
    ("Ukraine received F-16 jets donated by a NATO member.",
     ("AllianceMembership", "Ukraine", "NATO")),
    ("The drones were bought by a NATO member, Poland, in 2021.",
     ("ArmsTransfer", "Poland", "NATO")),
    ("Hungary blocked EU funding for arms deliveries to Ukraine.",
     ("ArmsTransfer", "Hungary", "Ukraine")),
    ("The United Arab Emirates, which had trained Somali troops for several years, ended its "
     "training programme in April 2018.", ("Training", "United Arab Emirates", "Somalia")),
    ("Turkish Drones and Trainers Spread Across Africa as Russia Courts the Sahel\n\n"
     "Turkey sells drones.", ("Training", "Turkey", "Russia")),
    ("Two Indian Air Force transport aircraft flew the launchers to Clark Air Base north of "
     "Manila.", ("MilitaryPresence", "India", "Philippines")),
    ("The EU has trained 70,000 Ukrainian soldiers, most of them in Poland.",
     ("MilitaryPresence", "Ukraine", "Poland")),
])
def test_wire_phrasing_that_states_no_such_tie(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in ties(text)


def test_capital_inside_an_institute_name_is_not_a_country() -> None:
    text = ("Researchers at the Stockholm International Peace Research Institute said India "
            "was the largest arms importer.")
    findings = extract_findings(Article.from_text(text))
    names = {(entity.name, entity.kind) for entity in findings.entities}
    assert ("Stockholm International Peace Research Institute", "Organisation") in names
    assert not any(name in ("Sweden", "Stockholm") for name, _ in names)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a provider named alone provides to its only partner in the article
    ("Japan and the Philippines signed a defence agreement in 2024. Tokyo also supplied air "
     "surveillance radars built by Mitsubishi Electric.",
     ("ArmsTransfer", "Japan", "Philippines"), None),
    # between a donor and its beneficiary, a supply without a sale word is aid
    ("Germany is one of Ukraine's largest military donors. Berlin has supplied Patriot and "
     "IRIS-T air defence systems.",
     ("MilitaryAid", "Germany", "Ukraine"), ("ArmsTransfer", "Germany", "Ukraine")),
    # "the drone" is the weapon named just before; its maker supplied it
    ("Turkey sold Bayraktar TB2 drones to Qatar. Ethiopia bought the drone in 2021.",
     ("ArmsTransfer", "Turkey", "Ethiopia"), None),
    # a clause leaving a side open takes it from the clause before
    ("North Korea has shipped artillery shells to Russia, and Iran supplied Shahed drones "
     "before Russia began producing its own.", ("ArmsTransfer", "Iran", "Russia"), None),
])
def test_the_article_completes_half_stated_ties(text: str, expected: tuple[str, str, str],
                                                 absent: tuple[str, str, str] | None) -> None:
    found = ties(text)
    assert expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # trainees named by a demonym are trained wherever the training happens; instructors
    # from a third country training them there hold no presence in that place
    ("Germany has trained 9,000 Ukrainian cadets in Germany since 2023, with instructors from "
     "Norway, Latvia and Estonia helping German soldiers.",
     {("Training", "Norway", "Ukraine"), ("Training", "Germany", "Ukraine")},
     {("Training", "Norway", "Germany"), ("MilitaryPresence", "Norway", "Germany"),
      ("MilitaryPresence", "Latvia", "Germany")}),
    # role nouns put the actor they describe on their own side
    ("Chile imports most of its weapons, with Germany and Spain its main suppliers.",
     {("ArmsTransfer", "Germany", "Chile"), ("ArmsTransfer", "Spain", "Chile")},
     {("ArmsTransfer", "Chile", "Germany"), ("ArmsTransfer", "Chile", "Spain")}),
    ("Brazil has become an arms exporter, with Chile and Peru emerging as the first foreign "
     "buyers of its jets.",
     {("ArmsTransfer", "Brazil", "Chile"), ("ArmsTransfer", "Brazil", "Peru")},
     {("ArmsTransfer", "Chile", "Brazil"), ("ArmsTransfer", "Peru", "Brazil")}),
    ("India signed a deal with France as part of its arms imports.",
     {("ArmsTransfer", "France", "India")}, {("ArmsTransfer", "India", "France")}),
    ("Kenya was among the early export customers for Saab, ordering six Gripen fighter jets.",
     {("ArmsTransfer", "Sweden", "Kenya")},
     {("ArmsTransfer", "Kenya", "Saab"), ("ArmsTransfer", "Kenya", "Sweden")}),
    # a company with a home country is never a party: it acts for its country
    ("Indonesian pilots completed training on the jets at Dassault Aviation's plant near "
     "Bordeaux.",
     {("Training", "France", "Indonesia")},
     {("Training", "Indonesia", "Dassault Aviation"), ("Training", "Indonesia", "France")}),
    ("Egypt has received K9 howitzers, and Hanwha Systems supplies the radar and Hanwha "
     "Aerospace the launchers.",
     {("ArmsTransfer", "South Korea", "Egypt")},
     {("ArmsTransfer", "South Korea", "Hanwha Aerospace")}),
    # a ship sent to sail or exercise with others is not handed over
    ("Italy joined the patrols that spring, sending the destroyer Duilio to sail with Greek "
     "and Cypriot ships.",
     set(), {("ArmsTransfer", "Italy", "Greece"), ("ArmsTransfer", "Italy", "Cyprus")}),
    ("Spain dispatched a corvette for the joint exercise with Moroccan and Portuguese ships.",
     {("JointExercise", "Spain", "Morocco")}, {("ArmsTransfer", "Spain", "Morocco")}),
    ("Germany sent Leopard tanks to Ukraine.", {("ArmsTransfer", "Germany", "Ukraine")}, set()),
    ("Ukrainian pilots now fly with F-16 fighter jets donated by Denmark.",
     {("MilitaryAid", "Denmark", "Ukraine")}, set()),
    # a country goods pass through is no party
    ("The howitzers were delivered to Mongolia in 2023, shipped by way of Kazakhstan.",
     set(), {("ArmsTransfer", "Kazakhstan", "Mongolia")}),
    ("Serbia received the drones from China, routed via Hungary by air.",
     {("ArmsTransfer", "China", "Serbia")}, {("ArmsTransfer", "Hungary", "Serbia")}),
    # a sentence-case headline states nothing; a speaker's or onlooker's seat is no party
    ("Brazilian warships find a buyer in Chile\n\nThe deal was signed in Santiago last week.",
     set(), {("MilitaryPresence", "Brazil", "Chile")}),
    ("Jordan let French forces use two more air bases, a decision that officials in Tehran "
     "said would destabilise the region.",
     set(), {("MilitaryPresence", "France", "Iran"), ("MilitaryPresence", "Jordan", "Iran")}),
    ("Thai and American troops trained together in April, deepening concern in Beijing about "
     "the drills.",
     {("JointExercise", "Thailand", "United States")},
     {("MilitaryPresence", "Thailand", "China"), ("MilitaryPresence", "United States", "China")}),
    # a contract's other party belongs to the nearest cue of its type
    ("Spain, once among Europe's biggest arms importers, has become an exporter too, with Peru "
     "and Ecuador as customers for its patrol boats.",
     {("ArmsTransfer", "Spain", "Peru"), ("ArmsTransfer", "Spain", "Ecuador")},
     {("ArmsTransfer", "Peru", "Spain"), ("ArmsTransfer", "Ecuador", "Spain")}),
    # "basic trainers" are aircraft; an exercise called off has ended
    ("Peru's air force now flies KT-1 basic trainers ordered from Korea Aerospace Industries.",
     {("ArmsTransfer", "South Korea", "Peru")}, {("Training", "South Korea", "Peru")}),
    ("Laos called off its yearly exercise with the Thai army in 2019.",
     set(), {("JointExercise", "Laos", "Thailand")}),
    # the host of an exercise named before it takes part in it; troops there are no presence
    ("Ukrainian marines have taken part in the Romanian Navy's Sea Shield exercises since 2019.",
     {("JointExercise", "Ukraine", "Romania")}, {("MilitaryPresence", "Ukraine", "Romania")}),
    ("Indonesian warships took part in India's Milan multinational naval exercises off "
     "Visakhapatnam.",
     {("JointExercise", "Indonesia", "India")}, {("MilitaryPresence", "Indonesia", "India")}),
    ("US troops in Poland's east held exercises last week.",
     {("MilitaryPresence", "United States", "Poland")},
     {("JointExercise", "United States", "Poland")}),
    # a ship taken into a navy's fleet is no foreign presence
    ("Spain built the corvette, and it entered the fleet in Jeddah in 2022, a Saudi spokesman "
     "said.",
     set(), {("MilitaryPresence", "Spain", "Saudi Arabia")}),
    # a mission's name set off by commas after the noun is the noun itself, not its trainee
    ("The European Union runs a training mission, EUTM Mozambique, which has trained eleven "
     "Mozambican companies.",
     {("Training", "European Union", "Mozambique")},
     {("Training", "European Union", "EU Training Mission"),
      ("Training", "Mozambique", "EU Training Mission")}),
    # a diplomat's post and a protest state no arms transfer; flights to a base are visits
    ("Georgia recalled its ambassador to Belarus last year in protest at the arms sales to "
     "Russia.",
     set(), {("ArmsTransfer", "Georgia", "Belarus"), ("ArmsTransfer", "Georgia", "Russia")}),
    ("Kazakh transport aircraft have made regular flights to a Turkish air base near Konya, "
     "local media said.",
     set(), {("MilitaryPresence", "Kazakhstan", "Turkey")}),
    # "officials insist that ..." is an attribution: the speakers are not the clause's actors
    ("Two Chinese frigates have docked at Myanmar's Kyaukphyu port since May. Myanmar officials "
     "insist that the ships are there for training and that the port stays under Myanmar "
     "control.",
     set(), {("Training", "Myanmar", "China")}),
    # weapons of different makers in one sentence leave the supplier open
    ("Last month a C-17 transport carried the first BrahMos missile batteries to Vietnam, a year "
     "after Hanoi signed a contract for them.",
     set(), {("ArmsTransfer", "United States", "Vietnam")}),
    # "there" says where training happens, not whom it trains
    ("Latvia opened a new range near Adazi in 2023. Estonian instructors teach the courses there.",
     set(), {("Training", "Estonia", "Latvia")}),
])
def test_roles_stay_with_the_actors_the_sentence_means(
        text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]) -> None:
    found = ties(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a verb after ", and" shares the subject of the clause before it
    ("Oman hosts a British training camp, and has bought Typhoon jets from the United Kingdom.",
     ("ArmsTransfer", "United Kingdom", "Oman"), None),
    ("Oman hosts a British camp, and Indian officers trained Omani cadets.",
     ("Training", "India", "Oman"), ("Training", "Oman", "Oman")),
    # an actor in "X-led" only describes what follows it
    ("Kazakhstan is a member of the Moscow-led Collective Security Treaty Organization.",
     ("AllianceMembership", "Kazakhstan", "Collective Security Treaty Organization"),
     ("AllianceMembership", "Kazakhstan", "Russia")),
    # a mission named before a troop noun is no party; the country sending them is
    ("Burundi, which sent its first AMISOM battalions to Mogadishu in 2007, still serves there.",
     ("PeacekeepingDeployment", "Burundi", "Somalia"), None),
    # a supplier named without recipient takes the recipient of the next clause
    ("Denmark sold Leopard 1 tanks, and Germany sold Ukraine more Leopard 1 tanks.",
     ("ArmsTransfer", "Denmark", "Ukraine"), None),
    ("Denmark sent Leopard 1 tanks, and Germany gave Ukraine more Leopard 1 tanks.",
     ("MilitaryAid", "Denmark", "Ukraine"), None),
    # wording the lexicons learnt: protocols, entering an alliance, "the Emirates", "even as"
    ("Egypt and Sudan signed a military cooperation protocol in 2021.",
     ("DefenceAgreement", "Egypt", "Sudan"), None),
    ("NATO has not invited Kyiv to join, even as Finland entered the alliance in April 2023.",
     ("AllianceMembership", "Finland", "NATO"), None),
    ("In 2021 the Emirates ordered Rafale jets from France.",
     ("ArmsTransfer", "France", "United Arab Emirates"), None),
])
def test_clauses_that_borrow_or_lend_an_actor(text: str, expected: tuple[str, str, str],
                                              absent: tuple[str, str, str] | None) -> None:
    found = ties(text)
    kind, source, target = expected
    assert expected in found or (not _directed(kind) and (kind, target, source) in found)
    assert absent is None or absent not in found


def test_a_mission_noun_does_not_make_a_country_its_member() -> None:
    # "fighters" is an arms word: contributing troops is no arms transfer or aid
    found = ties("Chad and Niger contribute troops to the Multinational Joint Task Force.")
    assert not any(kind in ("ArmsTransfer", "MilitaryAid") for kind, _, _ in found)


def _directed(kind: str) -> bool:
    return kind not in ("JointExercise", "IntelligenceSharing", "CounterTerrorism",
                          "DefenceAgreement")


@pytest.mark.parametrize(("text", "expected"), [
    # "The US" opening a sentence is the US ("the US" is written in lower case elsewhere)
    ("The US has trained Nigerien special forces since 2013.",
     {("Training", "United States", "Niger")}),
    # "including" lists members of the group a preposition governs
    ("Israeli Heron drones have been sold to a dozen countries, including Morocco and India.",
     {("ArmsTransfer", "Israel", "Morocco"), ("ArmsTransfer", "Israel", "India")}),
    # the aside describing an exercise names who took part
    ("The drills, which brought together troops from Ghana, Togo and Benin, ended on Friday.",
     {("JointExercise", "Ghana", "Togo"), ("JointExercise", "Ghana", "Benin"),
      ("JointExercise", "Togo", "Benin")}),
    # lexicon: commissioning a warship, the recipient of aid, military vehicles
    ("Bangladesh commissioned two Ming-class submarines from China in 2017.",
     {("ArmsTransfer", "China", "Bangladesh")}),
    ("Jordan is among the largest recipients of US military aid.",
     {("MilitaryAid", "United States", "Jordan")}),
    ("Beijing gifted military vehicles to the Laotian army.", {("MilitaryAid", "China", "Laos")}),
    ("Japan gave the Philippines two TC-90 patrol aircraft.",
     {("MilitaryAid", "Japan", "Philippines")}),
    # a colon after a full clause starts a new one; members listed "alongside" are members
    ("Serbia is nonetheless ringed by the Western alliance: Hungary and Croatia are NATO members.",
     {("AllianceMembership", "Hungary", "NATO"), ("AllianceMembership", "Croatia", "NATO")}),
    ("Armenia remains a member of the CSTO alongside Russia and Belarus.",
     {("AllianceMembership", "Russia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Armenia", "Collective Security Treaty Organization")}),
    # those who join a deployment go where it went; "there" is the place named last
    ("Britain sent troops to Estonia after 2017, joined by contingents from Denmark.",
     {("MilitaryPresence", "Denmark", "Estonia")}),
    ("Italy runs a base at Camp Singara in Djibouti; Japan keeps a garrison there.",
     {("MilitaryPresence", "Japan", "Djibouti")}),
    # officers at a foreign academy are trained by its country; an outpost is a presence
    ("Each year Ghanaian officers study at Indian military academies.",
     {("Training", "India", "Ghana")}),
    ("China keeps an outpost with a few hundred troops in Tajikistan.",
     {("MilitaryPresence", "China", "Tajikistan")}),
    # passing intelligence, rehearsals, local assembly, flying from a base, partners "for" X
    ("Qatar and Jordan passed intelligence on the plot to the United States.",
     {("IntelligenceSharing", "Qatar", "United States"),
      ("IntelligenceSharing", "Jordan", "United States")}),
    ("About 900 Kazakh and Kyrgyz troops rehearsed a border defence.",
     {("JointExercise", "Kazakhstan", "Kyrgyzstan")}),
    ("Egypt signed a contract in 2019 to assemble South Korean K9 howitzers locally.",
     {("ArmsTransfer", "South Korea", "Egypt")}),
    ("American tankers have flown from Al Udeid Air Base in Qatar since 2003.",
     {("MilitaryPresence", "United States", "Qatar")}),
    ("For Armenia, Russia was long the main security partner.",
     {("PrimaryPartner", "Armenia", "Russia")}),
    ("Russia remains the main security partner of Belarus.",
     {("PrimaryPartner", "Belarus", "Russia")}),
    ("Irish soldiers have served with the Multinational Force and Observers in Egypt's Sinai.",
     {("PeacekeepingDeployment", "Ireland", "Egypt")}),
    # troop units, patrols against a named armed group, an aside opened by ", as the"
    ("A Nepali engineering company serves in Lebanon with UNIFIL.",
     {("PeacekeepingDeployment", "Nepal", "Lebanon")}),
    ("Malaysia and Indonesia run joint patrols in the Sulu Sea against Abu Sayyaf.",
     {("CounterTerrorism", "Malaysia", "Indonesia")}),
    ("In 2021, as the Taliban closed in on Kabul, Russian and Tajik troops rehearsed a defence.",
     {("JointExercise", "Russia", "Tajikistan")}),
    # an opening clause ends at its comma: what it negates or ends stays inside it
    ("Weeks before cancelling the drone talks, Qatar ordered Typhoon jets from Britain.",
     {("ArmsTransfer", "United Kingdom", "Qatar")}),
    # a country right after the verb receives; a second object has its own maker
    ("Russia has also sold Myanmar fighter jets and helicopters.",
     {("ArmsTransfer", "Russia", "Myanmar")}),
    ("Peru bought tanks from Russia in 2013 and American-made helicopters.",
     {("ArmsTransfer", "Russia", "Peru"), ("ArmsTransfer", "United States", "Peru")}),
    ("Nigerian officers have attended staff courses in Pakistan.",
     {("Training", "Pakistan", "Nigeria")}),
    # "since President X reversed a withdrawal": the withdrawal is another clause's
    ("France has kept 1,500 troops in Djibouti since President Emmanuel Macron reversed a "
     "withdrawal.", {("MilitaryPresence", "France", "Djibouti")}),
    # every participant joined by "and" after an exercise takes part
    ("About 9,000 troops joined the drills, including 6,000 Thai and 2,000 American soldiers and "
     "a contingent of 300 Indonesian marines.",
     {("JointExercise", "Thailand", "United States"), ("JointExercise", "Thailand", "Indonesia"),
      ("JointExercise", "United States", "Indonesia")}),
    # a share of imports names a supplier, across a bracketed aside
    ("Russia supplied 40 per cent of India's arms imports, according to the Stockholm "
     "International Peace Research Institute (SIPRI), with France accounting for 29 per cent.",
     {("ArmsTransfer", "Russia", "India"), ("ArmsTransfer", "France", "India")}),
    # founders "with" others, and the leader of a "-led" alliance, are members
    ("Mali and Niger founded the Alliance of Sahel States with Burkina Faso in 2023.",
     {("AllianceMembership", "Burkina Faso", "Alliance of Sahel States")}),
    ("Georgia left the Russian-led Collective Security Treaty Organization long ago.",
     {("AllianceMembership", "Russia", "Collective Security Treaty Organization")}),
    # "the US Army's headquarters": the US possesses, whatever service is named
    ("Lithuania hosts the German Army's 45th Panzer Brigade near Vilnius.",
     {("MilitaryPresence", "Germany", "Lithuania")}),
    # contingents that "later joined the Kenyans there" went where the Kenyans went
    ("Kenya sent police officers to Haiti in 2024. Smaller contingents from Jamaica and Belize "
     "later joined the Kenyans there.",
     {("MilitaryPresence", "Jamaica", "Haiti"), ("MilitaryPresence", "Belize", "Haiti")}),
    # treaty allies, bilateral defence agreements, awarded contracts, ordering, berthed ships
    ("Thailand has been a treaty ally of the United States since 1954.",
     {("DefenceAgreement", "Thailand", "United States")}),
    ("Canberra awarded Hanwha a contract in 2023 for Redback infantry fighting vehicles.",
     {("ArmsTransfer", "South Korea", "Australia")}),
    ("Poland signed a deal in 2025, ordering 180 more K2 tanks from Hyundai Rotem.",
     {("ArmsTransfer", "South Korea", "Poland")}),
    ("Two Chinese warships have been berthed at Ream in Cambodia since 2023.",
     {("MilitaryPresence", "China", "Cambodia")}),
    # "the alliance" is the alliance named last, not the last organisation
    ("NATO and the European Union met. Montenegro became the alliance's 29th member in 2017.",
     {("AllianceMembership", "Montenegro", "NATO")}),
    # a base outside a city is in its country
    ("British troops are based at a camp outside Nairobi.",
     {("MilitaryPresence", "United Kingdom", "Kenya")}),
])
def test_ways_news_states_ties(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _keyed(expected) <= _keyed(ties(text))


@pytest.mark.parametrize("text", [
    "Egypt is studying the purchase of J-10C fighters from China.",
    "Moscow denied reports that it had sent troops to Venezuela.",
    "Beijing has denied that it supplied drones to Russia.",
])
def test_a_denied_report_is_no_tie(text: str) -> None:
    assert ties(text) == set()


def test_nouns_after_a_weapon_name_are_aircraft_not_people() -> None:
    found = ties("Swedish Gripen fighters guard Thailand. Thailand also bought Chinese K-8 "
                 "trainers.")
    assert not any(kind in ("MilitaryPresence", "Training") for kind, _, _ in found)
    assert ("ArmsTransfer", "China", "Thailand") in found


def test_a_leader_named_before_a_group_that_is_no_actor_takes_part() -> None:
    found = ties("Peru bought 24 armoured vehicles from a South Korean-led consortium.")
    assert ("ArmsTransfer", "South Korea", "Peru") in found


def test_the_two_countries_after_a_sentence_naming_many_stay_unresolved() -> None:
    text = ("Ghana hosted French advisers in 2020. "
            "Togo, which buys arms from China, Turkey and France, is Ghana's neighbour. "
            "The two countries held drills.")
    assert not any(kind == "JointExercise" for kind, _, _ in ties(text))


@pytest.mark.parametrize(("text", "absent"), [
    # the recipients of what was passed on share with the givers, not the givers with each other
    ("Qatar and Jordan passed intelligence on the plot to the United States.",
     ("IntelligenceSharing", "Jordan", "Qatar")),
    # alliances do not sell arms; drug shipments are no arms transfer; pressure is no supply
    ("Embraer sold the C-390 to Hungary and can now compete for NATO customers.",
     ("ArmsTransfer", "NATO", "Brazil")),
    ("Colombian frigates work with US ships against drug shipments.",
     ("ArmsTransfer", "Colombia", "United States")),
    ("Vietnam buys from many suppliers as pressure from Chinese ships grows.",
     ("ArmsTransfer", "China", "Vietnam")),
    # a distance names a landmark, not a party; "closed in on" is no closure
    ("Russian troops drilled at a range in Tajikistan, 20 kilometres from the Afghan border.",
     ("MilitaryPresence", "Afghanistan", "Tajikistan")),
    ("Serbia has stayed outside NATO since 2007.", ("AllianceMembership", "Serbia", "NATO")),
    # a clause after "but" does not borrow the actors of the clause before
    ("France sells Rafale jets to Greece, but few air forces in Europe have bought them.",
     ("MilitaryPresence", "France", "Greece")),
    # postponed, collapsed and intended deals; troops sent are no arms
    ("In 2024 the Pentagon postponed the Swift Response exercise with Hungary.",
     ("JointExercise", "United States", "Hungary")),
    ("The sale of Typhoon jets to Turkey, approved by Berlin, collapsed in 2024.",
     ("ArmsTransfer", "Germany", "Turkey")),
    ("Spain signed a letter of intent for Morocco to acquire Spanish patrol boats.",
     ("ArmsTransfer", "Spain", "Morocco")),
    ("Seoul refused to send weapons, even after North Korean troops were sent to Russia.",
     ("ArmsTransfer", "North Korea", "Russia")),
    # companies sell, states buy; alliances buy nothing; institutes and papers are no party
    ("Hanwha Aerospace signed a deal with Norway for K9 howitzers.",
     ("ArmsTransfer", "Norway", "South Korea")),
    ("In recent SIPRI data Armenia has been the largest buyer of Indian weapons.",
     ("ArmsTransfer", "India", "Stockholm International Peace Research Institute")),
    ("NATO's KFOR mission has kept troops in Kosovo since 1999.",
     ("MilitaryPresence", "NATO", "Kosovo")),
    # "working with" a company makes it no trainee
    ("Dutch instructors, working with Lockheed Martin, have taught Ukrainian pilots.",
     ("Training", "Netherlands", "United States")),
    # a clause borrowing the actors of a denial does not assert what it denies
    ("Ukraine is not a member of NATO, and the allies have refused to set a date for it.",
     ("AllianceMembership", "Ukraine", "NATO")),
    # an agent named twice is not its own recipient
    ("Russia accounted for 36 per cent of India's arms imports, a period in which Russian "
     "deliveries made up less than half of the total.", ("ArmsTransfer", "India", "Russia")),
    # a promise is no tie; a donor named alone gives to the article's main recipient
    ("Belgium has promised to send 30 F-16 jets to Ukraine by 2028.",
     ("MilitaryAid", "Belgium", "Ukraine")),
    # the people trained are the trainees; the places named after them are only where
    ("Danish instructors have trained more than 5,000 Ukrainian soldiers since 2022, first in "
     "Denmark and later mostly in Britain and Poland.", ("Training", "Denmark", "Poland")),
    # spending on one's own forces is no aid to anyone
    ("Japan and Australia signed a defence pact. Tokyo pledged to spend 40 billion dollars on "
     "its own armed forces.", ("MilitaryAid", "Japan", "Australia")),
    # a counter-terrorism exercise is an exercise; "the two armies" are the sentence's subject
    ("Chinese and Tajik troops held a counter-terrorism exercise in the region, which borders "
     "China and Afghanistan, and the two armies have repeated the drills since.",
     ("JointExercise", "China", "Afghanistan")),
    ("Egyptian and Saudi forces held joint counter-terrorism drills in 2023.",
     ("CounterTerrorism", "Egypt", "Saudi Arabia")),
    # a base built, then dismantled, is no presence
    ("The UAE built a base at Assab in 2015, then dismantled much of it in 2021.",
     ("MilitaryPresence", "United Arab Emirates", "Eritrea")),
    ("Russian troops massed outside Ukraine in 2021.", ("MilitaryPresence", "Russia", "Ukraine")),
])
def test_readings_the_rules_refuse(text: str, absent: tuple[str, str, str]) -> None:
    kind, source, target = absent
    found = ties(text)
    assert absent not in found and (_directed(kind) or (kind, target, source) not in found)


def test_a_donor_named_alone_gives_to_the_article_s_main_recipient() -> None:
    text = ("Germany sent Leopard tanks to Ukraine. Britain sent Challenger tanks to Ukraine. "
            "Poland sent T-72 tanks to Ukraine. Denmark has donated F-16 jets from its own fleet.")
    assert ("MilitaryAid", "Denmark", "Ukraine") in ties(text)


def test_one_gift_makes_no_donor_of_every_sale() -> None:
    found = ties("Moscow gave Serbia six MiG-29 fighters in 2017. "
                 "Serbia bought Russian Pantsir-S1 systems in 2020.")
    assert {("MilitaryAid", "Russia", "Serbia"), ("ArmsTransfer", "Russia", "Serbia")} <= found


def _keyed(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """Ties with the pair of an undirected type in name order."""
    return {(kind, *sorted((source, target))) if not _directed(kind) else (kind, source, target)
            for kind, source, target in found}


def test_closing_in_on_a_city_ends_no_tie() -> None:
    text = ("Russia keeps its 201st base in Tajikistan. "
            "As the Taliban closed in on Kabul, Russian troops in Tajikistan held drills.")
    assert ("MilitaryPresence", "Russia", "Tajikistan") in ties(text)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a country's armed forces or intelligence service named alone stands for the state
    ("The Bundeswehr keeps a brigade in Lithuania.",
     ("MilitaryPresence", "Germany", "Lithuania"), None),
    ("Officials say the CIA shares intelligence with Mossad.",
     ("IntelligenceSharing", "Israel", "United States"), None),
    # a preposition ends the noun phrase after an actor: "Egypt with ... financing" gives nothing
    ("The United States provides Egypt with military financing.",
     ("MilitaryAid", "United States", "Egypt"), ("MilitaryAid", "Egypt", "United States")),
    # an apposition opening the sentence describes the actor right after it
    ("A founding member of NATO, Canada raised its defence budget this year.",
     ("AllianceMembership", "Canada", "NATO"), None),
    ("The United Kingdom leads the battlegroup in Estonia, Canada leads the one in Latvia.",
     ("MilitaryPresence", "United Kingdom", "Estonia"), ("MilitaryPresence", "Canada", "Estonia")),
    # a maritime cooperative activity is a joint exercise
    ("The Philippine Navy held a maritime cooperative activity with Japan in the South China Sea.",
     ("JointExercise", "Japan", "Philippines"), None),
])
def test_forces_appositions_and_noun_phrases(text: str, expected: tuple[str, str, str],
                                             absent: tuple[str, str, str] | None) -> None:
    assert_tie(text, expected, absent)


@pytest.mark.parametrize("text", [
    "Japanese forces and Australian forces conduct training in each other's territory.",
    "In this issue: Latvia and the brigade, Ukraine training by the numbers, Manila forces.",
    "Ukraine flies F-16s. Belgium has pledged more; its 30 jets are due in stages until 2028.",
    "Denmark gives jets away.\n\nRecipient | Aircraft | Terms\nUkraine | 19 F-16 | donation\n"
    "Argentina | 24 F-16 | sale\n",
    "The ministers of Croatia and Albania met in Tirana, pledging joint training next year.",
])
def test_no_tie_from_coordinated_subjects_contents_or_pledges(text: str) -> None:
    assert not {tie for tie in ties(text) if tie[0] != "DefenceAgreement"}


def test_pledged_money_is_still_aid() -> None:
    assert ("MilitaryAid", "Germany", "Ukraine") in ties(
        "Germany pledged $500 million in military aid to Ukraine in July.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mongolia also trains every year with India in the Nomadic Elephant series.",
     ("JointExercise", "Mongolia", "India")),
    ("Singapore belongs to the Five Power Defence Arrangements with Malaysia and Australia.",
     ("AllianceMembership", "Malaysia", "Five Power Defence Arrangements")),
    ("Argentina signed for 24 Danish F-16s in April 2024.",
     ("ArmsTransfer", "Denmark", "Argentina")),
    ("Luftwaffe crews were trained on the system by Israeli specialists.",
     ("Training", "Israel", "Germany")),
    ("Indian and Uruguayan peacekeepers are based in and around Goma.",
     ("PeacekeepingDeployment", "Uruguay", "Democratic Republic of the Congo")),
    ("The alliance with the United States remains the cornerstone of Japan's defence.",
     ("PrimaryPartner", "Japan", "United States")),
    ("Pakistan, which buys most of its major weapons from China, flew J-10C fighters.",
     ("ArmsTransfer", "China", "Pakistan")),
    # a colon after a group noun lists the group: the list takes its preposition
    ("Turkey has sold TB2 drones to three African countries: Ethiopia, Nigeria and Somalia.",
     ("ArmsTransfer", "Turkey", "Somalia")),
    ("In 2023 Japan extended OSA to four countries: the Philippines, Malaysia and Fiji.",
     ("MilitaryAid", "Japan", "Malaysia")),
    # "the bloc" is whichever organisation was named last, the EU as much as NATO
    ("NATO met in June. Moldova signed a security partnership with the EU, and the bloc has "
     "given the Moldovan army 100 million euros through the European Peace Facility.",
     ("MilitaryAid", "European Union", "Moldova")),
    ("Soldiers from Kenya were trained by British instructors.",
     ("Training", "United Kingdom", "Kenya")),
    ("The Czech Republic, Hungary and Slovakia buy European arms. All three also sit in the EU.",
     ("AllianceMembership", "Hungary", "European Union")),
    ("India's first batch of Rafale jets arrived from France.",
     ("ArmsTransfer", "France", "India")),
    # the country an exercise is held in takes part when no other partner is named
    ("Indian troops took part in the Zapad exercise in Russia.",
     ("JointExercise", "India", "Russia")),
    ("The Philippine Coast Guard and the Japan Coast Guard held joint drills.",
     ("JointExercise", "Philippines", "Japan")),
    ("The Indian Navy and the Royal Australian Navy conducted the AUSINDEX exercise off Darwin.",
     ("JointExercise", "India", "Australia")),
    ("Venezuela's Su-30 fighters came from Russia.", ("ArmsTransfer", "Russia", "Venezuela")),
    ("Britain provides Ukraine with intelligence on Russian troop movements.",
     ("IntelligenceSharing", "United Kingdom", "Ukraine")),
    ("Vietnam and India signed a memorandum on mutual logistics support.",
     ("DefenceAgreement", "Vietnam", "India")),
    ("The Agreement between Japan and Australia Concerning Reciprocal Access was signed in 2022.",
     ("DefenceAgreement", "Japan", "Australia")),
    ("Crews from Portugal were trained in Brazil by Embraer instructors.",
     ("Training", "Brazil", "Portugal")),
    # "said" or "estimate that" opens the reported clause: the speaker's country is no party
    ("South Korea's national security adviser said Russia had supplied North Korea with air "
     "defence equipment.", ("ArmsTransfer", "Russia", "North Korea")),
    ("Bulgaria, which joined NATO together with Romania in 2004, ordered F-16 fighters.",
     ("AllianceMembership", "Bulgaria", "NATO")),
    ("Romania, Bulgaria and Turkey signed an agreement to form a mine countermeasures task group.",
     ("DefenceAgreement", "Bulgaria", "Turkey")),
    ("Sofia has also donated about 100 armoured personnel carriers to Ukraine.",
     ("MilitaryAid", "Bulgaria", "Ukraine")),
    ("Israeli commandos train in exercises with the Cypriot National Guard.",
     ("JointExercise", "Israel", "Cyprus")),
    ("Greece signed a letter of offer and acceptance for 20 F-35A fighters from the United States.",
     ("ArmsTransfer", "United States", "Greece")),
    ("American and Jordanian intelligence services have worked together for decades.",
     ("IntelligenceSharing", "United States", "Jordan")),
    ("Iran, which has armed Hezbollah for decades, says it does not interfere.",
     ("ArmsTransfer", "Iran", "Hezbollah")),
    ("The United States has given the Lebanese Armed Forces more than $3 billion in assistance "
     "since 2006.", ("MilitaryAid", "United States", "Lebanon")),
    # a sentence adverb between commas after the subject is an aside: the clause goes on
    ("Azerbaijan, meanwhile, buys most of its weapons from Israel and Turkey.",
     ("ArmsTransfer", "Turkey", "Azerbaijan")),
    ("Russia sold jets to Algeria; Egypt, however, bought jets from France.",
     ("ArmsTransfer", "France", "Egypt")),
    # "its" before a partner noun in a clause with its own subject is someone named before
    ("Armenia buys more weapons. India has become its largest arms supplier.",
     ("PrimaryPartner", "Armenia", "India")),
    # "the navy" as a subject is the one country named as the subject just before
    ("South Africa buys few weapons abroad. The navy also trains with India every year.",
     ("JointExercise", "South Africa", "India")),
    ("Kenya and Somalia work together against al-Shabaab.",
     ("CounterTerrorism", "Kenya", "Somalia")),
    # a battle "for" a city names the prize, not a foe: the supplier's presence stands
    ("Turkish troops are stationed in Libya. Drones supplied by Turkey turned the battle for "
     "Tripoli.", ("MilitaryPresence", "Turkey", "Libya")),
])
def test_more_ways_news_states_ties(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in ties(text)


@pytest.mark.parametrize("text", [
    "Q: Has Kazakhstan ever sent troops to Ukraine?",
    "Chad was also once among the largest troop contributors to the UN mission in Mali.",
    "The showcase is Khaan Quest, the peacekeeping exercise that Mongolia's armed forces have "
    "co-hosted with the United States near Ulaanbaatar every summer.",
])
def test_questions_past_roles_and_exercises_give_no_deployment(text: str) -> None:
    assert not {tie for tie in ties(text)
                if tie[0] in ("MilitaryPresence", "PeacekeepingDeployment")}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # trainees named by "soldiers ... from X" after the verb come from X; the trainer stays
    ("Colombian instructors have trained hundreds of soldiers and police officers from Honduras.",
     ("Training", "Colombia", "Honduras"), ("Training", "Honduras", "Colombia")),
    # an organisation whose name has two capitals matches in any spelling the gazetteer lists
    ("In 2022 Israel ordered three Dakar-class submarines from thyssenkrupp Marine Systems.",
     ("ArmsTransfer", "Germany", "Israel"), None),
    # fire units are weapons, not troops; donations stopped are no aid
    ("Germany has handed over IRIS-T SLM fire units to Ukraine since 2022, free of charge.",
     ("MilitaryAid", "Germany", "Ukraine"), ("MilitaryPresence", "Germany", "Ukraine")),
    ("Denmark signed a defence cooperation agreement with the United States, giving American "
     "forces access to three airbases.", ("DefenceAgreement", "Denmark", "United States"),
     ("MilitaryPresence", "United States", "Denmark")),
])
def test_trainees_spellings_and_access(text: str, expected: tuple[str, str, str],
                                       absent: tuple[str, str, str] | None) -> None:
    assert_tie(text, expected, absent)


def test_an_intergovernmental_body_neither_buys_nor_sells_arms() -> None:
    found = ties("The UN experts documented Emirati deliveries of drones to his forces in 2019.")
    assert not {tie for tie in found if "United Nations" in tie}


def test_a_lone_trainer_does_not_train_its_own_supplier() -> None:
    text = ("Sweden sold Gripen fighters to Brazil. Brazil, which flies Gripens, is helping "
            "with training: Colombian pilots are expected to train in Brazil.")
    assert ("Training", "Brazil", "Sweden") not in ties(text)


def test_troops_for_an_organisation_s_force_make_no_member() -> None:
    found = ties("Uganda and Burundi have contributed troops to the African Union force for years.")
    assert not {tie for tie in found if tie[0] == "AllianceMembership"}
    assert ("AllianceMembership", "Chad", "Multinational Joint Task Force") in ties(
        "Chad and Niger contribute troops to the Multinational Joint Task Force.")


def test_a_share_of_its_imports_names_no_second_supplier() -> None:
    found = ties("China has become Bangladesh's main supplier of arms, accounting for more than "
                 "70 per cent of its imports.")
    assert found == {("ArmsTransfer", "China", "Bangladesh"),
                     ("PrimaryPartner", "Bangladesh", "China")}  # its main supplier


def test_news_agencies_and_counterparts_are_named_but_no_party() -> None:
    findings = extract_findings(Article.from_text(
        "Reuters said Iran sold drones to Russia. Defence Minister Luis Petri met his Danish "
        "counterpart Troels Lund Poulsen in Copenhagen."))
    names = {(entity.name, entity.kind) for entity in findings.entities}
    assert {("Reuters", "Organisation"), ("Troels Lund Poulsen", "Person")} <= names
    assert {(tie.source.name, tie.target.name) for tie in findings.ties} == {("Iran", "Russia")}


@pytest.mark.parametrize(("text", "absent"), [
    ("Sofia has donated 100 armoured personnel carriers to Ukraine.",
     ("MilitaryPresence", "Bulgaria", "Ukraine")),
    ("Cyprus signed a defence cooperation agreement with France, giving the French navy access "
     "to the naval base at Mari.", ("MilitaryAid", "Cyprus", "France")),
    ("A Greek Patriot battery that was sent to Saudi Arabia in 2021 returned home in 2023.",
     ("ArmsTransfer", "Greece", "Saudi Arabia")),
    ("Reports that Baghdad had agreed to buy JF-17 jets from Pakistan were never confirmed.",
     ("ArmsTransfer", "Pakistan", "Iraq")),
    ("The navy also trains regularly with India and Brazil in the IBSAMAR series.",
     ("JointExercise", "India", "Brazil")),
    ("Israeli commandos train in exercises with the Cypriot National Guard.",
     ("Training", "Israel", "Cyprus")),
    # "the navy" after several countries named as the subject is none of them
    ("Russian and Chinese warships visited Durban. The navy also trains with India every year.",
     ("JointExercise", "Russia", "India")),
    # "the army chief" is an adjective: the army is no actor there
    ("Kenya buys jets. The army chief trained with Ugandan officers.",
     ("JointExercise", "Kenya", "Uganda")),
    ("South Africa's drills with the Russian navy have put Pretoria at odds with Washington.",
     ("JointExercise", "South Africa", "United States")),
    ("Colombia selected the Gripen in 2025; contract talks with Sweden go on.",
     ("ArmsTransfer", "Sweden", "Colombia")),
    ("Western and South Korean officials estimate that 11,000 North Korean troops were deployed "
     "to Kursk.", ("MilitaryPresence", "North Korea", "South Korea")),
])
def test_what_these_sentences_do_not_say(text: str, absent: tuple[str, str, str]) -> None:
    found = ties(text)
    assert absent not in found and (absent[0], absent[2], absent[1]) not in found


def test_a_main_arms_supplier_is_its_customer_s_primary_partner_not_the_reverse() -> None:
    found = ties("China is Pakistan's closest ally and its main arms supplier.")
    assert ("PrimaryPartner", "Pakistan", "China") in found
    assert ("PrimaryPartner", "China", "Pakistan") not in found


def test_a_soviet_era_weapon_names_no_soviet_union() -> None:
    findings = extract_findings(Article.from_text("Sofia donated Soviet-era BTR-60s to Ukraine."))
    assert "Soviet Union" not in {entity.name for entity in findings.entities}
    findings = extract_findings(Article.from_text("Ukraine flies Soviet-designed MiG-29s."))
    assert "Soviet Union" in {entity.name for entity in findings.entities}


def test_stopped_donations_are_no_aid() -> None:
    assert not ties("Bratislava stopped donations of weapons to Ukraine in late 2023.")


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # each weapons verb keeps its own object
    ("Beijing has given radios to Mongolia's army and sold Wing Loong drones to Kazakhstan.",
     ("ArmsTransfer", "China", "Kazakhstan"), ("MilitaryAid", "China", "Kazakhstan")),
    ("Paris sold Rafale jets to India and donated two helicopters to Nepal.",
     ("ArmsTransfer", "France", "India"), ("MilitaryAid", "France", "India")),
    # "and" + an actor + a verb after an object opens a clause with its own subject
    ("Norway donated patrol boats to Ghana and Brazil sold Tucano aircraft to Angola.",
     ("ArmsTransfer", "Brazil", "Angola"), ("MilitaryAid", "Norway", "Brazil")),
    ("Spain trained pilots from Peru and Italy built frigates for Chile.",
     ("ArmsTransfer", "Italy", "Chile"), ("Training", "Spain", "Italy")),
])
def test_coordinated_predicates(text: str, expected: tuple[str, str, str],
                                absent: tuple[str, str, str]) -> None:
    assert_tie(text, expected, absent)


def test_actors_joined_by_and_after_a_preposition_stay_coordinated() -> None:
    found = ties("Advisers from Ghana and Togo have trained Beninese troops.")
    assert {("Training", "Ghana", "Benin"), ("Training", "Togo", "Benin")} <= found
    # the comma closes an aside: the verb after it is the mission's, not Germany's
    found = ties("The EU mission, with most of its courses held in Poland and Germany, had "
                 "trained 60,000 Ukrainian soldiers.")
    assert ("Training", "European Union", "Ukraine") in found
    assert ("Training", "Germany", "Ukraine") not in found


def test_a_named_exercise_stands_for_the_word_exercise() -> None:
    assert ties("American and Thai marines took part in Cobra Gold in Thailand.") == {
        ("JointExercise", "United States", "Thailand")}
    assert ("JointExercise", "Chad", "Niger") in ties(
        "Troops from Chad and Niger joined Flintlock this year.")


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive apposition describes the actor before it; its possessor takes no other part
    ("Belarus, Russia's closest ally, hosts Russian troops.",
     {("PrimaryPartner", "Russia", "Belarus"), ("MilitaryPresence", "Russia", "Belarus")}),
    # "its" in a closing apposition is the clause's subject, and the actor before is the partner
    ("Moscow has sent troops to Belarus, its closest ally.",
     {("PrimaryPartner", "Russia", "Belarus"), ("MilitaryPresence", "Russia", "Belarus")}),
])
def test_appositions_naming_a_partner(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties("Defence news.\n\n" + text) == expected


def test_a_past_verb_after_and_escapes_the_first_predicate_s_ending() -> None:
    assert ties("Armenia has frozen its part in the CSTO and bought artillery from France.") == {
        ("ArmsTransfer", "France", "Armenia")}
    assert not ties("France halted sales and deliveries of arms to Mali.")


@pytest.mark.parametrize(("text", "expected"), [
    # a copula names the supplier after the noun cue
    ("Vietnam's biggest arms supplier remains Russia, according to SIPRI.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    # a demonym before a company noun after "from" names the selling state
    ("The Kenyan navy bought patrol boats from a Turkish company.",
     {("ArmsTransfer", "Turkey", "Kenya")}),
    # a stop to new purchases ends none made before
    ("Colombia suspended new arms purchases from Israeli companies. Earlier it bought Kfir jets "
     "from Israel.", {("ArmsTransfer", "Israel", "Colombia")}),
])
def test_copulas_companies_and_new_purchases(text: str, expected: set[tuple[str, str, str]]
                                             ) -> None:
    assert ties("Defence news.\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people "from" countries act in undirected ties as troops from them do
    ("Intelligence officials from Jordan and Egypt meet monthly to exchange information.",
     ("IntelligenceSharing", "Jordan", "Egypt")),
    # an infinitive inside a longer cue's gap is a cue of its own
    ("Pakistan has for decades sent officers to train the armed forces of Saudi Arabia.",
     ("Training", "Pakistan", "Saudi Arabia")),
    # a demonym before a place noun names the host
    ("British forces use a training area in the Omani desert.",
     ("MilitaryPresence", "United Kingdom", "Oman")),
    # "the kingdom": on a tie in counts, the subject of the sentence before
    ("Bahrain hosts the headquarters of the US Navy's Fifth Fleet. The kingdom is also a member "
     "of the Gulf Cooperation Council.", ("AllianceMembership", "Bahrain",
                                          "Gulf Cooperation Council")),
])
def test_officials_infinitives_places_and_the_kingdom(text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in ties("Defence news.\n\n" + text)


def test_a_weapon_sent_with_its_crew_is_no_transfer_inside_a_troop_cue() -> None:
    found = ties("Defence news.\n\nWashington sent a THAAD battery and about 100 soldiers to "
                 "operate it to Israel.")
    assert ("ArmsTransfer", "United States", "Israel") not in found


def test_reliance_on_foreign_weapons_is_a_transfer() -> None:
    assert ties("Defence news.\n\nAzerbaijan's military relies heavily on Israeli and Turkish "
                "weapons.") == {("ArmsTransfer", "Israel", "Azerbaijan"),
                                ("ArmsTransfer", "Turkey", "Azerbaijan")}
    # "depends on" is mostly "is contingent on"
    assert not ties("Defence news.\n\nBrazil's submarine programme has slipped, and Peru's "
                    "contract depends on the yard keeping to schedule.")


def test_a_country_that_has_or_runs_a_base_abroad_is_present() -> None:
    assert ties("Defence news.\n\nThe United States has a base in Djibouti.") == {
        ("MilitaryPresence", "United States", "Djibouti")}
    assert not ties("Defence news.\n\nThe company has a base in Dubai.")


@pytest.mark.parametrize(("text", "expected"), [
    # an ending only asked for, or to come, ends nothing stated elsewhere
    ("Turkey has kept soldiers in Qatar since 2015.\n\nAmong the neighbours' twelve demands was "
     "the closure of a Turkish military base in the emirate.",
     {("MilitaryPresence", "Turkey", "Qatar")}),
    # training in one clause hides no presence another clause states elsewhere
    ("Some 80 French soldiers stayed in Gabon to train Gabonese units, and France still keeps "
     "1,500 troops in Djibouti.", {("MilitaryPresence", "France", "Djibouti")}),
])
def test_demanded_endings_and_presence_in_another_clause(text: str,
                                                         expected: set[tuple[str, str, str]]
                                                         ) -> None:
    assert expected <= ties("Defence news.\n\n" + text)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # an opening clause after a short time phrase ends at its comma
    ("That year, a year after the war that drove Iraq out of Kuwait, Bahrain signed a defence "
     "cooperation agreement with the United States.",
     ("DefenceAgreement", "Bahrain", "United States"),
     ("DefenceAgreement", "Iraq", "United States")),
    # "host of" opens an apposition that may name the guest
    ("Djibouti, host of the largest American base in Africa at Camp Lemonnier, found itself "
     "courted by everyone.", ("MilitaryPresence", "United States", "Djibouti"), None),
    # "on the receiving end" receives no weapons
    ("Qatar, host of an American base, was on the receiving end of Israeli jets.",
     ("MilitaryPresence", "United States", "Qatar"), ("ArmsTransfer", "Israel", "Qatar")),
])
def test_openers_host_appositions_and_idioms(text: str, expected: tuple[str, str, str],
                                            absent: tuple[str, str, str] | None) -> None:
    assert_tie("Defence news.\n\n" + text, expected, absent)


def test_a_possessive_that_owns_a_force_does_not_own_the_next_noun() -> None:
    assert ties("Defence news.\n\nAnkara has given Azerbaijan's army military aid every "
                "year.") == {("MilitaryAid", "Turkey", "Azerbaijan")}


@pytest.mark.parametrize(("text", "expected"), [
    # a participle "giving" states a result, not a gift
    ("In 2018 Kuwait ordered 28 Super Hornets from the United States, giving it two fighter "
     "fleets.", {("ArmsTransfer", "United States", "Kuwait")}),
    # "the Royal Air Force of Oman" is Oman's, not the United Kingdom's
    ("The Royal Air Force of Oman flies Hawk jets bought from Britain.",
     {("ArmsTransfer", "United Kingdom", "Oman")}),
])
def test_result_participles_and_forces_of_another_country(text: str,
                                                          expected: set[tuple[str, str, str]]
                                                          ) -> None:
    assert ties("Defence news.\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain's Navantia won a contract from Riyadh for five corvettes.",
     ("ArmsTransfer", "Spain", "Saudi Arabia")),
    ("Two Russian transport aircraft landed in Caracas carrying 100 servicemen.",
     ("MilitaryPresence", "Russia", "Venezuela")),
    ("Cuban intelligence officers have worked alongside Nicaragua's security service for years.",
     ("IntelligenceSharing", "Cuba", "Nicaragua")),
    ("Under the accord, Morocco and Israel cooperate on intelligence.",
     ("IntelligenceSharing", "Morocco", "Israel")),
    ("Britain recruits at the British Army camp it keeps in Pokhara.",
     ("MilitaryPresence", "United Kingdom", "Nepal")),
    ("Italy has kept aircraft at a base in Kuwait since 2014.",
     ("MilitaryPresence", "Italy", "Kuwait")),
])
def test_contracts_won_servicemen_intelligence_and_kept_forces(text: str,
                                                               expected: tuple[str, str, str]
                                                               ) -> None:
    assert expected in ties("Defence news.\n\n" + text)


def test_a_ranking_names_no_partner() -> None:
    assert not ties("Defence news.\n\nQatar was the third-largest arms importer, behind only "
                    "India and Saudi Arabia.\n\nIndia was the largest importer, followed by "
                    "Qatar.")


def test_whose_members_lists_an_organisation_s_members() -> None:
    found = ties("Defence news.\n\nThe review leans on Nordic Defence Cooperation (NORDEFCO), "
                 "whose members are Norway, Sweden and Iceland.")
    assert found == {("AllianceMembership", country, "Nordic Defence Cooperation")
                     for country in ("Norway", "Sweden", "Iceland")}


@pytest.mark.parametrize(("text", "expected"), [
    # the same tie both ways in one sentence: the first cue's reading stands
    ("Spain's Navantia won a contract from Riyadh for five corvettes, all of which have now been "
     "delivered.", {("ArmsTransfer", "Spain", "Saudi Arabia")}),
    # officers who studied at a country's schools were trained by it
    ("Thousands of Thai officers have studied at American military schools.",
     {("Training", "United States", "Thailand")}),
])
def test_one_direction_per_sentence_and_officers_studying_abroad(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties("Defence news.\n\n" + text) == expected


def test_a_second_complement_after_and_with_shares_the_predicate() -> None:
    found = ties("Defence news.\n\nGhanaian battalions serve with UNIFIL in southern Lebanon, "
                 "and with the UN missions in South Sudan and Abyei.")
    assert {("PeacekeepingDeployment", "Ghana", "Lebanon"),
            ("PeacekeepingDeployment", "Ghana", "South Sudan")} <= found


def test_a_trilateral_habit_pairs_every_participant() -> None:
    text = "Defence news.\n\nGeorgian troops drill with Turkish and Azerbaijani forces, a {} habit."
    assert ("JointExercise", "Turkey", "Azerbaijan") in ties(text.format("trilateral"))
    assert ("JointExercise", "Turkey", "Azerbaijan") not in ties(text.format("yearly"))


def test_a_war_dated_by_its_year_is_history() -> None:
    text = "Defence news.\n\nDuring the {} Russia fought Georgia.\n\nRussian troops have been " \
           "stationed in Abkhazia ever since."
    assert ("MilitaryPresence", "Russia", "Georgia") in ties(text.format("2008 war"))
    assert ("MilitaryPresence", "Russia", "Georgia") not in ties(text.format("war"))


def test_there_is_a_place_in_the_actor_s_own_country_when_named_last() -> None:
    found = ties("Defence news.\n\nRomania hosted the drill last year.\n\nIts training centre "
                 "near Tbilisi opened in 2015, and NATO and Georgian forces held joint exercises "
                 "there in 2016.")
    assert ("MilitaryPresence", "Georgia", "Romania") not in found
    assert ("JointExercise", "Georgia", "NATO") in found or \
        ("JointExercise", "NATO", "Georgia") in found


def test_a_cue_word_that_is_a_weapon_s_name_is_the_weapon() -> None:
    found = ties("Defence news.\n\nArmenia still flies the Osa systems it got from the Soviet "
                 "army.\n\nJapan gave radars to the Philippines under OSA.")
    assert ("MilitaryAid", "Japan", "Philippines") in found
    assert not any(tie[0] == "MilitaryAid" and tie[2] == "Armenia" for tie in found)


@pytest.mark.parametrize(("text", "expected"), [
    # US combatant commands stand for the United States, as its armed forces do
    ("AFRICOM trains Somali special forces.", ("Training", "United States", "Somalia")),
    # a host named after "hosted by" takes part in the exercise
    ("The Eager Lion exercise, hosted by Jordan and run with US Central Command, draws thousands "
     "of troops.", ("JointExercise", "Jordan", "United States")),
])
def test_commands_and_exercise_hosts(text: str, expected: tuple[str, str, str]) -> None:
    assert_tie("Defence news.\n\n" + text, expected)


def test_a_plan_named_as_a_noun_hedges_nothing() -> None:
    assert ("Training", "Colombia", "Honduras") in ties(
        "Defence news.\n\nUnder an action plan the two governments launched in 2013, Colombian "
        "instructors have trained soldiers from Honduras.")
    assert not ties("Defence news.\n\nIndia has a plan to buy Rafale jets from France.")


def test_a_lone_donor_of_money_gives_to_the_article_s_main_recipient() -> None:
    found = ties("Lebanon's army struggles.\n\nThe United States gave the Lebanese army "
                 "helicopters.\n\nFrance donated armoured vehicles to Lebanon.\n\nBritain trained "
                 "Lebanese soldiers.\n\nDoha gave $60 million in 2022 to help pay soldiers' "
                 "salaries.")
    assert ("MilitaryAid", "Qatar", "Lebanon") in found


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb between commas after "It does" is an aside: "It" stays the subject
    ("Singapore is not a US treaty ally.\n\nIt does, however, belong to the Five Power Defence "
     "Arrangements.", ("AllianceMembership", "Singapore", "Five Power Defence Arrangements")),
    # co-hosting an exercise with a country is exercising with it
    ("Khaan Quest is the exercise that Mongolia's armed forces have co-hosted with the United "
     "States since 2003.", ("JointExercise", "Mongolia", "United States")),
])
def test_asides_after_an_auxiliary_and_co_hosts(text: str, expected: tuple[str, str, str]
                                                ) -> None:
    assert_tie("Defence news.\n\n" + text, expected)


def test_a_pronoun_subject_after_say_opens_the_reported_clause() -> None:
    found = ties("Defence news.\n\nMali, Burkina Faso and Niger signed a charter in 2023.\n\n"
                 "Officials in all three capitals say their armies now conduct joint operations "
                 "against JNIM.")
    assert ("CounterTerrorism", "Mali", "Niger") in found


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # ", <actor> <verb>" after a clause opens a clause of its own
    ("Russia sold jets to India in 2019, China sent frigates to Pakistan.",
     ("ArmsTransfer", "China", "Pakistan"), ("ArmsTransfer", "China", "India")),
    # but not after a short opening phrase
    ("From Russia, Egypt ordered MiG-29M fighters in 2015.",
     ("ArmsTransfer", "Russia", "Egypt"), None),
    # "In Indonesia, the government ..." and "The navy, meanwhile, ...": the opening country
    ("Japan sent minesweepers.\n\nIn Indonesia, the government signed a contract for KAAN "
     "fighters from Turkish Aerospace. The navy, meanwhile, has ordered submarines from France's "
     "Naval Group.", ("ArmsTransfer", "France", "Indonesia"),
     ("ArmsTransfer", "France", "Japan")),
])
def test_spliced_clauses_and_opening_countries(text: str, expected: tuple[str, str, str],
                                               absent: tuple[str, str, str] | None) -> None:
    assert_tie("Defence news.\n\n" + text, expected, absent)


def test_a_state_s_national_guard_acts_for_its_country() -> None:
    assert ties("Defence news.\n\nSince 2006 instructors from the Ohio National Guard have "
                "trained Serbian soldiers.") == {("Training", "United States", "Serbia")}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Kenya is one of the largest recipients of US military aid in Africa.",
     ("MilitaryAid", "United States", "Kenya"), None),
    # fighters after an unknown capitalised name are aircraft, not combatants
    ("Morocco's military relies on American F-16 jets and French Mirage fighters.",
     ("ArmsTransfer", "United States", "Morocco"), ("MilitaryPresence", "France", "United States")),
    ("Wagner fighters arrived in Mali.", ("MilitaryPresence", "Wagner Group", "Mali"), None),
])
def test_recipients_of_aid_and_aircraft_called_fighters(
        text: str, expected: tuple[str, str, str], absent: tuple[str, str, str] | None) -> None:
    assert_tie("Defence news.\n\n" + text, expected, absent)


def test_trainer_jets_are_aircraft_not_instructors() -> None:
    assert ties("Defence news.\n\nBangladesh signed a $600 million deal with China for six "
                "trainer jets.") == {("ArmsTransfer", "China", "Bangladesh")}
    assert ties("Defence news.\n\nRussian trainers taught Malian pilots.") == {
        ("Training", "Russia", "Mali")}


def test_a_long_indefinite_apposition_describes_the_actor_before_it() -> None:
    assert ("AllianceMembership", "Turkey", "NATO") in ties(
        "Defence news.\n\nFor Turkey, a NATO member since 1952 whose relations with Western "
        "suppliers have at times been strained, the deal is a showcase.")


def test_joining_an_alliance_s_force_joins_the_alliance() -> None:
    assert ties("Defence news.\n\nMauritania joined the G5 Sahel force in 2014.") == {
        ("AllianceMembership", "Mauritania", "G5 Sahel")}
    assert ("AllianceMembership", "Kenya", "African Union") not in ties(
        "Defence news.\n\nKenya contributed troops to the African Union force in Somalia.")


def test_a_country_s_base_is_where_it_is() -> None:
    assert ties("Defence news.\n\nChina's only overseas base is in Djibouti.") == {
        ("MilitaryPresence", "China", "Djibouti")}


def test_the_force_is_the_operation_named_last() -> None:
    found = ties("Defence news.\n\nUNIFIL has patrolled southern Lebanon since 1978. Indonesia "
                 "and Ghana are among the largest contributors to the peacekeeping force.")
    assert {("Indonesia", "Lebanon"), ("Ghana", "Lebanon")} <= {
        (source, target) for kind, source, target in found
        if kind in ("PeacekeepingDeployment", "MilitaryPresence")}


def test_a_web_page_s_menu_headline_and_links_state_no_ties() -> None:
    page = ("Home | World | Africa | Defence\n\nTurkey to send more drones to Ghana\n\nBy Staff "
            "Reporter\n\nACCRA (AFP) - Ghana's army has received a new batch of Turkish Bayraktar "
            "TB2 drones, the defence ministry said.\n\nREAD MORE: Russia sends instructors to "
            "Togo\n\nRelated stories\n- Benin receives Russian helicopters\n- Chad expels French "
            "forces\n")
    found = extract_findings(Article.from_text(page)).ties
    assert {(tie.type, tie.source.name, tie.target.name) for tie in found} == {
        ("ArmsTransfer", "Turkey", "Ghana")}
    # the evidence is the article's sentence, without the dateline, not the headline
    assert found[0].evidence[0].quote.startswith("Ghana's army has received")


@pytest.mark.parametrize(("text", "expected"), [
    ("Defence news.\n\nChile and Peru signed a five-year trade roadmap in 2019.", set()),
    ("Defence news.\n\nChile and Peru signed a five-year defence cooperation roadmap in 2019.",
     {("DefenceAgreement", "Chile", "Peru")}),
    ("Defence news.\n\nNorway, which gave Estonia security assurances in 2021, is a NATO member.",
     {("DefenceAgreement", "Estonia", "Norway")}),
])
def test_roadmaps_and_assurances_are_agreements(text: str,
                                                expected: set[tuple[str, str, str]]) -> None:
    found = {(kind, *sorted((one, other))) for kind, one, other in ties(text)
             if kind in ("DefenceAgreement", "MilitaryAid")}
    assert found == expected  # assurances given are no aid


@pytest.mark.parametrize("text", [
    "Defence news.\n\nA deal to buy six Rafale jets from France was shelved in May, Peru said.",
    "Defence news.\n\nSweden lifted restrictions on arms exports to Turkey in 2022.",
    "Defence news.\n\nFrance is preparing a delivery of CAESAR howitzers to Armenia.",
])
def test_shelved_restricted_and_prepared_transfers_are_no_ties(text: str) -> None:
    assert not {tie for tie in ties(text) if tie[0] in ("ArmsTransfer", "MilitaryAid")}


def test_becoming_a_member_joins_the_alliance_named_last_unless_it_says_which() -> None:
    assert ties("Defence news.\n\nCroatia joined NATO in 2009. Montenegro became a member in "
                "2017. Austria became a member of the EU in 1995.") == {
        ("AllianceMembership", "Croatia", "NATO"), ("AllianceMembership", "Montenegro", "NATO"),
        ("AllianceMembership", "Austria", "European Union")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Defence news.\n\nPresident Ruto signed a defence cooperation agreement during a visit to "
     "Ankara in 2024.", {("DefenceAgreement", "Kenya", "Turkey")}),
    ("Defence news.\n\nThe Indian defence minister signed a defence memorandum in Hanoi in 2022.",
     {("DefenceAgreement", "India", "Vietnam")}),
    # two signatories, an organisation's summit, the signatory's own capital: no third party
    ("Defence news.\n\nIndia and Japan signed a defence pact in Hanoi.",
     {("DefenceAgreement", "India", "Japan")}),
    ("Defence news.\n\nAt the NATO summit in Vilnius, Canada signed a defence agreement.", set()),
    ("Defence news.\n\nKenya signed a defence agreement in Nairobi.", set()),
])
def test_a_lone_signatory_signs_with_the_capital_it_signs_in(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {tie for tie in ties(text) if tie[0] == "DefenceAgreement"} == expected


def test_a_relative_clause_on_part_of_an_order_does_not_hedge_the_order() -> None:
    assert ("ArmsTransfer", "United States", "Morocco") in ties(
        "Defence news.\n\nMorocco has ordered 24 Apache helicopters from the United States, the "
        "first of which are due next year.")


def test_trainees_named_with_a_trainer_noun_are_trainees_in_the_passive() -> None:
    assert ties("Defence news.\n\nCroatian pilots and technicians were trained in France.") == {
        ("Training", "France", "Croatia")}


def test_trainees_counted_before_of_are_the_trainees_wherever_the_training_is() -> None:
    assert ("Training", "Turkey", "Somalia") in ties(
        "Defence news.\n\nTurkish officers have trained thousands of Somali soldiers at Camp "
        "TURKSOM.")


def test_the_actor_of_a_relative_clause_after_an_exercise_takes_part() -> None:
    assert ties("Defence news.\n\nGaruda Shield, the exercise Indonesia holds every year with the "
                "United States, began on Monday.") == {
        ("JointExercise", "Indonesia", "United States")}
    # even after other participants named before it
    assert ("JointExercise", "Australia", "United States") in ties(
        "Defence news.\n\nFiji sent troops to Talisman Sabre, the exercise Australia holds with "
        "the United States every two years.")


def test_a_pair_cooperating_with_a_third_against_militants_pairs_each_with_it() -> None:
    assert ties("Defence news.\n\nSweden and Finland agreed to cooperate with Turkey against the "
                "Kurdistan Workers' Party.") == {
        ("CounterTerrorism", "Sweden", "Turkey"), ("CounterTerrorism", "Finland", "Turkey")}


def test_a_relative_clause_after_a_preposition_takes_the_actor_before_it() -> None:
    assert ties("Defence news.\n\nThe howitzer is used by Ukraine, to which France donated its "
                "first CAESAR systems in 2022.") == {("MilitaryAid", "France", "Ukraine")}


def test_an_irregular_past_after_and_keeps_the_subject_before_it() -> None:
    assert ties("Defence news.\n\nChile received 200 Leopard 1 tanks from the Netherlands in 1998, "
                "and sold 30 of them on to Ecuador a decade later.") == {
        ("ArmsTransfer", "Netherlands", "Chile"), ("ArmsTransfer", "Chile", "Ecuador")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Zimbabwe's air force flies Chinese-built K-8 jets.", ("ArmsTransfer", "China", "Zimbabwe")),
    ("Russia uses Iranian-made Shahed drones.", ("ArmsTransfer", "Iran", "Russia")),
])
def test_a_weapon_in_use_made_abroad_was_transferred(text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert ties("Defence news.\n\n" + text) == {expected}


def test_the_organiser_of_an_exercise_named_after_it_takes_part_with_its_subjects() -> None:
    text = ("Defence news.\n\nThe navies of Cameroon and of Gabon take part in the maritime "
            "exercise organised in the Gulf of Guinea each year by the United States.")
    assert ties(text) == {("JointExercise", "Cameroon", "Gabon"),
                          ("JointExercise", "Cameroon", "United States"),
                          ("JointExercise", "Gabon", "United States")}
    assert ties("Defence news.\n\nGhana and Togo took part in drills held in March that were "
                "observed by China.") == {("JointExercise", "Ghana", "Togo")}


@pytest.mark.parametrize("text", [
    "Speakers raised the end of Irish involvement in the EU training mission in Mali.",
    "The Irish training mission in Mali ended its mandate in 2022.",
])
def test_an_ended_involvement_or_mandate_is_no_tie(text: str) -> None:
    assert not ties("Defence news.\n\n" + text)


def test_the_leader_of_a_force_abroad_is_there_and_the_country_is_the_place_just_named() -> None:
    found = ties("Defence news.\n\nSpain sent a company to the battlegroup in Latvia in 2017. The "
                 "Netherlands keeps soldiers in the NATO battlegroup in Lithuania, led by Germany, "
                 "which is now building a permanent brigade of its own in the country.")
    assert {("MilitaryPresence", "Germany", "Lithuania"),
            ("MilitaryPresence", "Netherlands", "Lithuania")} <= found
    assert ("MilitaryPresence", "Germany", "Spain") not in found
    assert ("MilitaryPresence", "Germany", "Latvia") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ireland is neutral. The Air Corps took delivery of two Airbus C295 aircraft, built in "
     "Seville in Spain, in 2023.", {("ArmsTransfer", "Spain", "Ireland")}),
    # built by the buyer itself: the design's owner still supplies
    ("Indonesia signed a contract with France's Naval Group for two Scorpene submarines to be "
     "built in Indonesia.", {("ArmsTransfer", "France", "Indonesia")}),
])
def test_a_weapon_built_in_another_country_comes_from_it(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties("Defence news.\n\n" + text) == expected


def test_a_demonym_naming_a_language_names_no_country() -> None:
    found = extract_findings(Article.from_text(
        "Defence news.\n\nBrazil's submarine programme is known by its Portuguese acronym, "
        "PROSUB; French-speaking officers run it."))
    assert {entity.name for entity in found.entities if entity.kind == "Country"} == {"Brazil"}


def test_advisers_sent_to_train_an_armed_group_train_it_and_deliver_nothing() -> None:
    assert ties("Defence news.\n\nHezbollah has sent advisers who train Houthi fighters, according "
                "to US officials.") == {("Training", "Hezbollah", "Houthis")}
    assert ("ArmsTransfer", "Russia", "Mali") in ties(
        "Defence news.\n\nRussia sent advisers to Mali and delivered helicopters to Mali.")


def test_states_founding_an_alliance_are_its_members() -> None:
    found = ties("Defence news.\n\nMali, Burkina Faso and Niger signed a charter in 2023, founding "
                 "the Alliance of Sahel States.")
    assert {("AllianceMembership", country, "Alliance of Sahel States")
            for country in ("Mali", "Burkina Faso", "Niger")} <= found


def test_a_clause_with_a_subject_of_its_own_borrows_no_actor() -> None:
    assert ties("Defence news.\n\nOttawa has led the battlegroup since 2017, when NATO sent four "
                "such units to Poland.") == set()
    assert ("ArmsTransfer", "Iran", "Russia") in ties(
        "Defence news.\n\nNorth Korea shipped shells to Russia, and Iran supplied drones.")


def test_a_separatist_group_a_state_trained_and_armed_is_trained_and_armed() -> None:
    found = ties("Defence news.\n\nThe UAE still backs the Southern Transitional Council, whose "
                 "forces it trained and armed during the war.")
    assert ("Training", "United Arab Emirates", "Southern Transitional Council") in found


def test_european_defence_formats_are_organisations_that_no_one_joins_as_an_alliance() -> None:
    found = extract_findings(Article.from_text(
        "Defence news.\n\nPoland, a member of the Bucharest Nine and the Visegrad Group, buys "
        "through the NATO Support and Procurement Agency."))
    assert {entity.name for entity in found.entities if entity.kind == "Organisation"} == {
        "Bucharest Nine", "Visegrád Group", "NATO Support and Procurement Agency"}
    assert not found.ties  # consultation formats, not alliances


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany sent 18 Leopard tanks to Ukraine, Poland 14 and Canada 8.",
     {("ArmsTransfer", country, "Ukraine") for country in ("Germany", "Poland", "Canada")}),
    ("The Czech Republic and Hungary have been NATO members since 1999, Slovakia since 2004.",
     {("AllianceMembership", country, "NATO")
      for country in ("Czech Republic", "Hungary", "Slovakia")}),
    # an actor after a comma that says more than a number is no gap
    ("Germany sent 18 Leopard tanks to Ukraine, Poland's neighbour.",
     {("ArmsTransfer", "Germany", "Ukraine")}),
])
def test_actors_with_only_a_number_or_a_year_stand_for_the_subject_of_a_left_out_verb(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties("Defence news.\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # observers of an exercise do not take part in it
    ("Spain, Italy and Jordan were all observers at the naval drills.", set()),
    # an agreement's areas are what it covers, not training given
    ("Gantz said Israel and Morocco signed a defence memorandum in the areas of intelligence "
     "and military training.", {("DefenceAgreement", "Israel", "Morocco")}),
    # a fleet of fighter jets being replaced is no force abroad
    ("Norway is replacing its fighters with F-35s and donating some of the old jets to Ukraine.",
     {("MilitaryAid", "Norway", "Ukraine")}),
    # forces defeated are foes, not a presence
    ("Armed with Turkish drones, Azerbaijan defeated Armenian armoured forces in 2020.", set()),
    ("Ankara has been providing military support to Somalia for years.",
     {("MilitaryAid", "Turkey", "Somalia")}),
    ("Qatar signed a deal to buy 12 French warplanes.", {("ArmsTransfer", "France", "Qatar")}),
    # the speaker of a claim about a supply is not its supplier
    ("Kyiv says the missiles were supplied to Russia.", set()),
    # police officers who are members of a national force join no alliance
    ("According to figures by the United Nations, 644 members of the Ghana Police are now "
     "deployed in different missions.", set()),
    # a second-largest supplier is no primary partner; the one ranked ahead of it is
    ("Israel became India's second-largest arms supplier after Russia.",
     {("ArmsTransfer", "Israel", "India"), ("ArmsTransfer", "Russia", "India"),
      ("PrimaryPartner", "India", "Russia")}),
    ("Israel is India's second largest arms supplier.", {("ArmsTransfer", "Israel", "India")}),
    ("Germany is Ukraine's second-largest donor of military aid after the United States.",
     {("MilitaryAid", "Germany", "Ukraine"), ("MilitaryAid", "United States", "Ukraine")}),
    # a rank of something else names no one ahead
    ("Russia, the world's second-largest arms exporter, is India's largest arms supplier.",
     {("ArmsTransfer", "Russia", "India"), ("PrimaryPartner", "India", "Russia")}),
    # a partner served "with" is no host; a past deployment is no tie now
    ("El Salvador deployed peacekeepers to Lebanon, partnering with Spain's military.",
     {("PeacekeepingDeployment", "El Salvador", "Lebanon")}),
    ("Fiji previously deployed soldiers to peacekeeping missions in Lebanon.", set()),
    # a handover ceremony at the recipient's own base puts no donor's forces there
    ("The aircraft was handed over to Sri Lanka by India at a ceremony held at the Sri Lanka "
     "Air Force Base in Katunayake.", {("ArmsTransfer", "India", "Sri Lanka")}),
    # an Arabic family name is no place
    ("Kuwait held the drill with Saudi forces, said Sheikh Thamer Al-Sabah.",
     {("JointExercise", "Kuwait", "Saudi Arabia")}),
    # trainees who travel abroad for training are trained by their hosts
    ("Fifteen Ghanaian officers went to China for military training.",
     {("Training", "China", "Ghana")}),
    # the largest supplier "to" a country is its primary partner, as "India's largest" is
    ("Russia has become the largest weapons supplier to Venezuela.",
     {("ArmsTransfer", "Russia", "Venezuela"), ("PrimaryPartner", "Venezuela", "Russia")}),
    # a buyer noun heading the sentence takes the actors its verb lists
    ("Buyers of South African defence products last year included Kenya and Nigeria.",
     {("ArmsTransfer", "South Africa", "Kenya"), ("ArmsTransfer", "South Africa", "Nigeria")}),
    # a "military supplier" is an arms supplier
    ("Russia has long been a military supplier to India and Vietnam.",
     {("ArmsTransfer", "Russia", "India"), ("ArmsTransfer", "Russia", "Vietnam")}),
    # an aside closing the sentence describes the actor before it
    ("Japan signed the pact with the United States, Tokyo's closest ally.",
     {("PrimaryPartner", "Japan", "United States")}),
    # vehicles sold to a peace operation go to the mission, not to its host state
    ("South Africa supplied armoured vehicles to MINUSCA, the UN mission in the Central African "
     "Republic.", set()),
    # students sent abroad are trained where they are sent
    ("Nigeria sends cadets to Pakistan every year.", {("Training", "Pakistan", "Nigeria")}),
    # a memorandum to conduct joint operations is a defence agreement
    ("Uganda and the DRC signed a memorandum of understanding to conduct joint operations "
     "against the ADF.", {("DefenceAgreement", "Uganda", "Democratic Republic of the Congo"),
                          ("CounterTerrorism", "Uganda", "Democratic Republic of the Congo")}),
    # a training detachment abroad is a presence, not training given by anyone
    ("Singapore keeps a training detachment in Australia.",
     {("MilitaryPresence", "Singapore", "Australia")}),
    # two buyers of a weapon whose maker is known both buy from it; an alliance's standard buys
    ("Poland and Ukraine bought Bayraktar TB2 drones.",
     {("ArmsTransfer", "Turkey", "Poland"), ("ArmsTransfer", "Turkey", "Ukraine")}),
    ("Portugal ordered twelve A-29N aircraft configured to NATO requirements.",
     {("ArmsTransfer", "Brazil", "Portugal")}),
    # the rulers of a country named after them: the country receives
    ("Russia sold jets to the junta in Myanmar.", {("ArmsTransfer", "Russia", "Myanmar")}),
    # ships received at a port call with a welcome are visiting, not handed over
    ("On arrival in Karachi, officials of the Pakistan Navy received the US Navy ships Squall "
     "and Whirlwind with traditional warmth and cordiality.", set()),
    ("Upon arrival in Lagos, the Nigerian Air Force received the JF-17 jets from Pakistan.",
     {("ArmsTransfer", "Pakistan", "Nigeria")}),
])
def test_real_news_phrasing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties("Defence news.\n\n" + text) == expected


def test_a_capital_naming_a_camp_in_another_country_puts_no_one_there() -> None:
    found = ties("Defence news.\n\nAt the Zagreb military camp in Burkina Faso, US special "
                 "forces are training African armies.")
    assert ("MilitaryPresence", "United States", "Burkina Faso") in found
    assert not {tie for tie in found if "Croatia" in tie}
    # a city's base at home is still in its country
    assert ties("Defence news.\n\nRussian troops are at the Bamako air base.") == {
        ("MilitaryPresence", "Russia", "Mali")}


@pytest.mark.parametrize(("text", "members"), [
    ("The drills gathered troops from the G5 Sahel - Mali, Niger and Chad - and from Senegal.",
     {"Mali", "Niger", "Chad"}),
    ("Leaders of the Quad (the US, Japan, India and Australia) met in Tokyo.",
     {"United States", "Japan", "India", "Australia"}),
    ("Moscow signed a deal with the CSTO (Armenia's bloc) last year.", set()),
])
def test_countries_listed_after_an_alliance_in_brackets_or_dashes_are_its_members(
        text: str, members: set[str]) -> None:
    found = ties("Defence news.\n\n" + text)
    assert {source for kind, source, _ in found if kind == "AllianceMembership"} == members


def test_regional_news_agencies_are_named_and_an_honorific_is_no_name() -> None:
    text = ("Defence news.\n\nIndia received the S-400 from Russia, officials told Sputnik and "
            "ANI. Prime Minister Mr. James Marape met the envoy, the Inter-Services Public "
            "Relations said.")
    names = named(text)
    assert {("Sputnik", "Organisation"), ("ANI", "Organisation"),
            ("Inter-Services Public Relations", "Organisation"),
            ("James Marape", "Person")} <= names
    assert not {name for name, kind in names if kind == "Person" and name.startswith("Mr")}
    assert ties(text) == {("ArmsTransfer", "Russia", "India")}


def test_supply_agreements_are_no_defence_agreements() -> None:
    found = ties("Defence news.\n\nFrance tops the list of countries to have signed military "
                 "supply agreements with Egypt.")
    assert not {tie for tie in found if tie[0] == "DefenceAgreement"}


def test_contributors_listed_without_a_host_serve_in_the_article_s_one_mission() -> None:
    text = ("UN medals.\n\nRwandan peacekeepers of UNMISS were honoured in Juba. Other troop "
            "contributing countries are Ghana and Nepal.")
    found = ties(text)
    assert {("PeacekeepingDeployment", country, "South Sudan")
            for country in ("Rwanda", "Ghana", "Nepal")} <= found
    # with two missions named, the list names no host
    found = ties(text.replace("Juba.", "Juba, and Indian troops of UNIFIL in Lebanon."))
    assert ("PeacekeepingDeployment", "Ghana", "South Sudan") not in found


def test_people_named_in_bylines_and_before_a_title() -> None:
    people = {name for name, kind in named(
        "Gripen deal signed\nPosted by Maria Lindqvist March 24, 2025\n\nThe ceremony in Cali "
        "was attended by Benjamin Dousa, Sweden's minister for international development, and "
        "by Admiral Boiffin, Commander of the Submarine Fleet. The Chief of Air Staff, Air "
        "Marshal Hasan Abubakar, spoke. (Reporting by Radovan Stoklasa and Jason Hovet)")
        if kind == "Person"}
    assert {"Maria Lindqvist", "Benjamin Dousa", "Radovan Stoklasa", "Jason Hovet",
            "Hasan Abubakar"} <= people
    assert not {"Air Staff", "Admiral Boiffin", "Maria Lindqvist March"} & people
    # a byline on a line of its own ends there
    assert ("Nikolaos Prakas", "Person") in named("Deal signed\nBy Nikolaos Prakas\n\nNaval "
                                                  "officials said two ships arrived.")


def test_firms_and_agencies_named_by_the_last_word_of_their_name() -> None:
    names = named("Acquisition of Cutting-Edge Defense Systems: Nigeria took delivery of Super "
                  "Tucanos built by Sierra Nevada Corporation, according to an Air Combat Command "
                  "release. Karachi Shipyard and Engineering Works built the hull with Turkish "
                  "Aerospace.")
    assert {("Sierra Nevada Corporation", "Organisation"), ("Air Combat Command", "Organisation"),
            ("Karachi Shipyard and Engineering Works", "Organisation")} <= names
    assert not {name for name, _ in names if "Cutting-Edge" in name or name == "Karachi"}


def test_a_rank_written_without_its_stop_is_no_part_of_the_name() -> None:
    assert ("Bikram Singh", "Person") in named(
        "Army Chief Gen Bikram Singh will visit Australia, the army said.")


def test_posts_and_units_are_no_names_of_people() -> None:
    names = named("The parade was graced by Lieutenant General Cherish Mathson, General Officer "
                  "Commanding-in-Chief, Sapta Shakti Command, and General Officer Commanding "
                  "Chetak Corps.")
    assert ("Cherish Mathson", "Person") in names
    assert not {name for name, kind in names
                if kind == "Person" and ("Officer" in name or "Command" in name)}


@pytest.mark.parametrize(("text", "expected"), [
    # a course run for soldiers is training
    ("Defence news.\n\nAmerican special forces ran a two-month course for Mozambican "
     "marines in 2021.",
     {("Training", "United States", "Mozambique")}),
    # both of them stands for the pair named before
    ("Defence news.\n\nAustria and Switzerland are neutral. In 2023 both of them joined "
     "the European Sky Shield Initiative.",
     {("AllianceMembership", "Austria", "European Sky Shield Initiative"),
      ("AllianceMembership", "Switzerland", "European Sky Shield Initiative")}),
    # a small state's naval service is its service
    ("Defence news.\n\nIreland is neutral. The Naval Service bought two patrol vessels "
     "from New Zealand.",
     {("ArmsTransfer", "New Zealand", "Ireland")}),
    # troops and their counterparts all take part
    ("Defence news.\n\nChinese troops and their Tanzanian and Mozambican counterparts "
     "finished a joint exercise in Tanzania.",
     {("JointExercise", "China", "Tanzania"), ("JointExercise", "China", "Mozambique"),
      ("JointExercise", "Tanzania", "Mozambique")}),
    # joint strikes on militants are counter terrorism and no presence where they hit
    ("Defence news.\n\nAmerican and British warships have struck Houthi missile sites "
     "in Yemen in joint operations.",
     {("CounterTerrorism", "United States", "United Kingdom")}),
    # the chair of the bloc is a member
    ("Defence news.\n\nSADC leaders met in Harare. Zimbabwe took over the rotating "
     "chair of the 16-member bloc.",
     {("AllianceMembership", "Zimbabwe", "Southern African Development Community")}),
    # a summit's city hosts no forces
    ("Defence news.\n\nAt NATO's summit in Vilnius, Canada said its contingent in "
     "Latvia had grown to 1,000 troops.",
     {("MilitaryPresence", "Canada", "Latvia")}),
    # a status that eases arms purchases is no purchase
    ("Defence news.\n\nWashington named Brazil a major non-NATO ally in 2019, a status "
     "that eases arms purchases.",
     set()),
    # those training on equipment are the trainees
    ("Defence news.\n\nBelgian pilots have been training on F-35A jets at a base in "
     "Arizona since 2024, with American instructors.",
     {("Training", "United States", "Belgium")}),
    # the body a training mission is named after trains and is never trained
    ("Defence news.\n\nSpanish instructors serve with the European Union Training "
     "Mission in Somalia.",
     {("Training", "Spain", "Somalia"), ("Training", "European Union", "Somalia")}),
    # the sultanate is the country the paragraph is about
    ("Defence news.\n\nBrunei is a small state on Borneo. The sultanate hosts a "
     "battalion of British Gurkhas.",
     {("MilitaryPresence", "United Kingdom", "Brunei")}),
    # the users of supplied weapons named after used by receive them
    ("Defence news.\n\nNepal is landlocked. India has supplied many of the rifles "
     "used by Nepali units.",
     {("ArmsTransfer", "India", "Nepal")}),
    # peacekeepers of a mission serve in its host
    ("Defence news.\n\nGhanaian peacekeepers of UNIFIL were honoured in a parade.",
     {("PeacekeepingDeployment", "Ghana", "Lebanon")}),
    # the two ministers stand for the pair named before
    ("Defence news.\n\nBritain and Qatar held talks in Doha. The two ministers also "
     "signed a defence cooperation agreement.",
     {("DefenceAgreement", "United Kingdom", "Qatar")}),
    # these drones are the weapon named before
    ("Drones.\n\nA consignment of Bayraktar TB2s was delivered to Togo. In May, Niger "
     "acquired half a dozen of these versatile and affordable drones.",
     {("ArmsTransfer", "Turkey", "Togo"), ("ArmsTransfer", "Turkey", "Niger")}),
    # what an agreement paves the way for has not happened yet
    ("Defence news.\n\nNorway and Poland signed a defence pact in Oslo on Monday, paving "
     "the way for stationing troops and sharing military intelligence.",
     {("DefenceAgreement", "Norway", "Poland")}),
    # a military arrangement "under an agreement with" a state binds the clause's subject to it
    ("Defence news.\n\nThe Omani navy refits its patrol boats at Duqm under a 2016 agreement "
     "with India.",
     {("DefenceAgreement", "Oman", "India")}),
    # weapons taken over from a state come from it; command taken over is no weapon
    ("Defence news.\n\nPeru took over two patrol vessels from South Korea in 2021.",
     {("ArmsTransfer", "South Korea", "Peru")}),
    ("Defence news.\n\nPoland took over command of the battlegroup from Germany.", set()),
    # a lease of weapons runs from the lessor to the lessee, whichever is named first
    ("Defence news.\n\nSlovakia flies eight helicopters leased from Poland.",
     {("ArmsTransfer", "Poland", "Slovakia")}),
    ("Defence news.\n\nSweden leased 14 Gripen fighters to the Czech Republic.",
     {("ArmsTransfer", "Sweden", "Czech Republic")}),
    # a supplier named in apposition after the noun is the supplier ("traditional" is no
    # primacy, "main" is)
    ("Defence news.\n\nKazakhstan's traditional arms supplier, Russia, is busy at war.",
     {("ArmsTransfer", "Russia", "Kazakhstan")}),
    ("Defence news.\n\nKazakhstan's main arms supplier, Russia, is busy at war.",
     {("ArmsTransfer", "Russia", "Kazakhstan"), ("PrimaryPartner", "Kazakhstan", "Russia")}),
    # many exercising together: every one of them, not only the first six
    ("Defence news.\n\nSoldiers from Chile, Peru, Brazil, Colombia, Ecuador, Mexico and "
     "Panama exercised together in 2024.",
     {("JointExercise", *pair) for pair in itertools.combinations(
         ["Chile", "Peru", "Brazil", "Colombia", "Ecuador", "Mexico", "Panama"], 2)}),
    # security deals and defence cooperation deals are agreements; a deal for weapons is not
    ("Defence news.\n\nPapua New Guinea signed a security deal with Australia in 2023.",
     {("DefenceAgreement", "Papua New Guinea", "Australia")}),
    ("Defence news.\n\nMalaysia signed a security deal for two patrol boats with Japan.",
     {("ArmsTransfer", "Japan", "Malaysia")}),
    # contracted negations deny
    ("Defence news.\n\nMontenegro's army didn't take part in the drills with Serbia.", set()),
    ("Defence news.\n\nKosovo cannot become a NATO member.", set()),
    # troops free to enter and exit a country are there: no exit ends their presence
    ("Defence news.\n\nSome 2,000 US troops are based in Jordan. The accord lets US forces "
     "enter and exit Jordanian territory freely.",
     {("MilitaryPresence", "United States", "Jordan")}),
    # a national force named after "to" receives; it puts nobody's troops anywhere
    ("Defence news.\n\nJapan donated 20 military vehicles to the Kenya Defence Forces.",
     {("MilitaryAid", "Japan", "Kenya")}),
    ("Defence news.\n\nThe Kenya Defence Forces deployed troops to the Central African "
     "Republic.",
     {("MilitaryPresence", "Kenya", "Central African Republic")}),
    ("Defence news.\n\nItaly donated three patrol boats to the Armed Forces of Malta.",
     {("MilitaryAid", "Italy", "Malta")}),
    # an agreement already signed exists whatever is said of the future around it
    ("Defence news.\n\nA new patrol base will be built under the defence cooperation agreement "
     "between Ghana and Togo signed last year.",
     {("DefenceAgreement", "Ghana", "Togo")}),
    ("Defence news.\n\nKenya plans a defence pact with Uganda to be signed in June.", set()),
    # a military academy where a pact is signed trains nobody; one with cadets does
    ("Defence news.\n\nFiji and Tonga signed a defence pact at Tonga's military academy.",
     {("DefenceAgreement", "Fiji", "Tonga")}),
    ("Defence news.\n\nNepali cadets study at Indian military academies.",
     {("Training", "India", "Nepal")}),
    # a presence to be reduced is there now; one to be sent is not yet
    ("Defence news.\n\nBritain could scale back its military presence in Kenya and Belize.",
     {("MilitaryPresence", "United Kingdom", "Kenya"),
      ("MilitaryPresence", "United Kingdom", "Belize")}),
    ("Defence news.\n\nBritain could send more troops to Kenya.", set()),
    # aid received comes from its giver; aid handed over by a giver, and a donation handed
    # over to a ministry, go to the recipient
    ("Defence news.\n\nGuinea-Bissau received military assistance from Portugal.",
     {("MilitaryAid", "Portugal", "Guinea-Bissau")}),
    ("Defence news.\n\nThe trucks were part of the security assistance handed over by Denmark "
     "to Ukraine.",
     {("MilitaryAid", "Denmark", "Ukraine")}),
    ("Defence news.\n\nItaly handed over the donation to the Libyan Ministry of Defence.",
     {("MilitaryAid", "Italy", "Libya")}),
    # the one thanked for donating or training does it, whoever thanks
    ("Defence news.\n\nMalawi's president thanked the Indian government for donating military "
     "vehicles.",
     {("MilitaryAid", "India", "Malawi")}),
    ("Defence news.\n\nThe Gambia thanked Senegal for training its soldiers.",
     {("Training", "Senegal", "Gambia")}),
    # basic and advanced trainers are aircraft, and aircraft are arms
    ("Defence news.\n\nBrazil has exported 150 basic trainers to Chile and Colombia.",
     {("ArmsTransfer", "Brazil", "Chile"), ("ArmsTransfer", "Brazil", "Colombia")}),
    # the backer of forces keeps no troops where they fight; the leader of a force does
    ("Defence news.\n\nThe town fell to an offensive by Iran-supported forces in Yemen.", set()),
    ("Defence news.\n\nTurkish drones struck in Libya, where their bombs slowed an offensive "
     "by UAE-backed forces.", set()),
    ("Defence news.\n\nThe Rwandan-led force deployed to Mozambique in 2021.",
     {("MilitaryPresence", "Rwanda", "Mozambique")}),
    # troops taking part in an exercise held somewhere are not stationed there; troops
    # stationed somewhere who take part in one are
    ("Defence news.\n\nKenyan troops take part in the drills at a camp in Uganda with US "
     "Marines.",
     {("JointExercise", "Kenya", "United States")}),
    ("Defence news.\n\nUS troops stationed in Poland took part in the exercise.",
     {("MilitaryPresence", "United States", "Poland")}),
    # two ministers named by their states, or one and "his counterpart", sign together
    ("Defence news.\n\nMali's defence minister and Niger's defence minister signed a defence "
     "pact.",
     {("DefenceAgreement", "Mali", "Niger")}),
    ("Defence news.\n\nThe Malian minister and his Nigerien counterpart signed a defence pact.",
     {("DefenceAgreement", "Mali", "Niger")}),
    # those a pact was signed by are its signatories; who brokered it is not
    ("Defence news.\n\nThe defence pact was signed by Ghana's president and his Togolese "
     "counterpart in Accra.",
     {("DefenceAgreement", "Ghana", "Togo")}),
    ("Defence news.\n\nThe defence pact, brokered by Qatar, was signed by Rwanda and Burundi.",
     {("DefenceAgreement", "Rwanda", "Burundi")}),
    # a bracketed note after a signatory does not part it from the one after "and"; an
    # agreement on counter-terrorism is a security agreement
    ("Defence news.\n\nThe defence pact was signed by President Mahamat Deby (Chad) and his "
     "Niger counterpart in N'Djamena.",
     {("DefenceAgreement", "Chad", "Niger")}),
    ("Defence news.\n\nBenin signed an agreement with Togo on counterterrorism.",
     {("DefenceAgreement", "Benin", "Togo"), ("CounterTerrorism", "Benin", "Togo")}),
    # an acronym in brackets after a name does not cut the list it stands in
    ("Defence news.\n\nNavies from Oman, Qatar, the United Arab Emirates (UAE), India, and "
     "France held joint drills.",
     {("JointExercise", *pair) for pair in itertools.combinations(
         ["Oman", "Qatar", "United Arab Emirates", "India", "France"], 2)}),
    # the leader of a force joined abroad serves there with the others and hosts nothing
    ("Defence news.\n\nSlovakia and Slovenia contribute to the German-led battlegroup in "
     "Lithuania.",
     {("MilitaryPresence", "Slovakia", "Lithuania"), ("MilitaryPresence", "Slovenia", "Lithuania"),
      ("MilitaryPresence", "Germany", "Lithuania")}),
    # MoUs are agreements; "the Government of" a state is the state
    ("Defence news.\n\nGhana and Benin signed two MoUs on military training.",
     {("DefenceAgreement", "Ghana", "Benin")}),
    ("Defence news.\n\nTwo agreements were signed between the Government of Ghana and the "
     "Government of Benin on military training.",
     {("DefenceAgreement", "Ghana", "Benin")}),
    # troops who leave for a country go there; troops who leave one end their presence
    ("Defence news.\n\nA contingent of Zambian soldiers departed for the Central African "
     "Republic on Monday.",
     {("MilitaryPresence", "Zambia", "Central African Republic")}),
    ("Defence news.\n\nZambian soldiers left the Central African Republic in 2023.", set()),
    # equipment received as a gift is aid from the giver
    ("Defence news.\n\nBarbados received a patrol craft as a gift from Canada.",
     {("MilitaryAid", "Canada", "Barbados")}),
    # a maker named with its full name between "built" and "for"
    ("Defence news.\n\nThe first of two corvettes built by Italian shipbuilder Fincantieri "
     "Marine Group Holdings for the Qatari Navy arrived in Doha.",
     {("ArmsTransfer", "Italy", "Qatar")}),
    # forces at an exercise held somewhere, an officer on a visit: no presence there
    ("Defence news.\n\nThe drills were held in Cyprus last year with the participation of "
     "forces from Jordan.", set()),
    ("Defence news.\n\nA Pakistani admiral, who is on a three-day visit to Bahrain, met the "
     "crews of two warships.", set()),
    # what an agreement covers is not yet done
    ("Defence news.\n\nThe MoU between Kenya and Rwanda covers intelligence sharing and "
     "joint training.",
     {("DefenceAgreement", "Kenya", "Rwanda")}),
    # states whose relations are tense do not exercise together
    ("Defence news.\n\nThe drills come as relations between Armenia and Azerbaijan are "
     "tense.", set()),
    # a list item saying what names are "to" do is a headline's future
    ("Defence news.\n\n  \u2022 Peru and Chile to hold their largest naval drills in May\n\n"
     "Officials gave no date.", set()),
    # "the air force" opening a paragraph is not the subject the paragraph before ended on, but
    # the article's country when one dominates it
    ("Defence news.\n\nPeru buys jets. Turkey has become a supplier of drones.\n\n"
     "The air force's fighters came from Russia.", set()),
    ("Defence news.\n\nPeru buys jets. Peru flies drones. Turkey has become a supplier of "
     "drones.\n\nThe air force's fighters came from Russia.", {("ArmsTransfer", "Russia", "Peru")}),
    # where forces come from, in brackets, is read as if unbracketed; the leader named after
    # "led by" serves there too and hosts nothing
    ("Defence news.\n\nEstonia hosts a battlegroup of 1,100 troops (from Denmark, France and the "
     "United Kingdom) led by the United Kingdom.",
     {("MilitaryPresence", "Denmark", "Estonia"), ("MilitaryPresence", "France", "Estonia"),
      ("MilitaryPresence", "United Kingdom", "Estonia")}),
    # forces "provided by" or "made up" by states are theirs
    ("Defence news.\n\nThe contingent in Kosovo was provided by Austria and Slovenia.",
     {("MilitaryPresence", "Austria", "Kosovo"), ("MilitaryPresence", "Slovenia", "Kosovo")}),
    # forces sent abroad to fight militants are partners against them with their host
    ("Defence news.\n\nBurundi has deployed 800 soldiers to Somalia to help fight "
     "al-Shabaab militants.", {("MilitaryPresence", "Burundi", "Somalia"),
                               ("CounterTerrorism", "Burundi", "Somalia")}),
    ("Defence news.\n\nBurundi has deployed 800 soldiers to Somalia to train its army.",
     {("MilitaryPresence", "Burundi", "Somalia"), ("Training", "Burundi", "Somalia")}),
    # an agreement "reached" or "struck" is made; not one for a purchase
    ("Defence news.\n\nIndia and Vietnam reached an agreement on defence cooperation in June.",
     {("DefenceAgreement", "India", "Vietnam")}),
    ("Defence news.\n\nThe Fijian defence minister and his New Zealand counterpart struck a deal "
     "to base a navy patrol vessel in Suva.", {("DefenceAgreement", "Fiji", "New Zealand")}),
    ("Defence news.\n\nChile and Spain have reached agreement on Santiago buying six "
     "Spanish-made frigates.", {("ArmsTransfer", "Spain", "Chile")}),
    # the foe named right after the verb is no party: the partners after it still are
    ("Defence news.\n\nCameroon fights Boko Haram alongside the armies of Nigeria and Chad.",
     {("CounterTerrorism", "Cameroon", "Nigeria"), ("CounterTerrorism", "Cameroon", "Chad")}),
    # what forces are helped to secure or defend a border from is a foe, not a supplier
    ("Defence news.\n\nFrance delivered armoured vehicles to Niger to help it secure its "
     "border from Islamic State fighters.", {("ArmsTransfer", "France", "Niger")}),
    # officers taking part in an exercise abroad keep no presence there, wherever the clause
    # names the place; jets that flew from a country on one journey are not based there
    ("Defence news.\n\nIn a military base in Bamako, officers from Togo and Benin are "
     "participating in a command post exercise.", {("JointExercise", "Togo", "Benin")}),
    ("Defence news.\n\nTwo Qatari fighter jets flew from France with their crews last week.",
     set()),
    # an agreement signed to procure weapons is an arms deal, not a defence agreement
    ("Defence news.\n\nIn 2016 Qatar signed an agreement with France to procure 24 Rafale jets "
     "to strengthen its military.", {("ArmsTransfer", "France", "Qatar")}),
    # an agreement dated by a past year exists whatever future the sentence speaks of
    ("Defence news.\n\nMore Turkish troops will be stationed in Qatar as part of a 2014 military "
     "agreement between Ankara and Doha.", {("DefenceAgreement", "Turkey", "Qatar")}),
    # forces "based in" a country are there; a participle describing forces keeps them there
    # whatever future the clause speaks of, and only them
    ("Defence news.\n\nFrench aircraft based in Chad fly over the Sahel.",
     {("MilitaryPresence", "France", "Chad")}),
    ("Defence news.\n\nTroops from Norway will join the German-led battalion stationed in "
     "Lithuania.", {("MilitaryPresence", "Germany", "Lithuania")}),
    ("Defence news.\n\nMore Turkish troops will be stationed in Qatar.", set()),
    # states whose relations the sentence speaks of receive nothing
    ("Defence news.\n\nThe delivery of armoured vehicles from Moscow comes amid tense relations "
     "between Niamey and key ally Paris.", set()),
    # main suppliers named after a comma, even past an "of" phrase, supply and are the buyer's
    # primary partners
    ("Defence news.\n\nQatar hedges its security with two main suppliers of jets, France and "
     "the United States.", {("ArmsTransfer", "France", "Qatar"),
                            ("ArmsTransfer", "United States", "Qatar"),
                            ("PrimaryPartner", "Qatar", "France"),
                            ("PrimaryPartner", "Qatar", "United States")}),
    # those named "alongside" the actor after the cue act with it
    ("Defence news.\n\nTurkey is one of the countries training Somali forces alongside the UK.",
     {("Training", "Turkey", "Somalia"), ("Training", "United Kingdom", "Somalia")}),
    # "according to the authorities in X" names whose word it is, not who receives
    ("Defence news.\n\nA plane delivered four helicopters from Russia to Mali, according to the "
     "military authorities in Niger.", {("ArmsTransfer", "Russia", "Mali")}),
    # a weapon after "and" begins no clause of its own, whatever verb-like word follows it
    ("Defence news.\n\nEmbraer has exported Super Tucano trainers and the C-390 advanced "
     "transport aircraft to countries such as Portugal and Hungary.",
     {("ArmsTransfer", "Brazil", "Portugal"), ("ArmsTransfer", "Brazil", "Hungary")}),
    # vessels from a navy holding exercises in a country exercise with it and keep no presence
    ("Defence news.\n\nLast month, vessels from the Omani Navy completed a set of naval "
     "exercises in Pakistan.", {("JointExercise", "Oman", "Pakistan")}),
    ("Defence news.\n\nLast month, warships from Oman held naval drills in Pakistan.",
     {("JointExercise", "Oman", "Pakistan")}),
    # weapons a state owns that "were built in" or "by" another state came from it; built at
    # home they came from no one
    ("Defence news.\n\nOman's three patrol vessels were built in France by Naval Group.",
     {("ArmsTransfer", "France", "Oman")}),
    ("Defence news.\n\nThailand's aircraft carrier was built in Spain and delivered in 1997.",
     {("ArmsTransfer", "Spain", "Thailand")}),
    ("Defence news.\n\nTurkey's drones are made in Turkey.", set()),
    # weapons bought "from Dutch stocks" come from the Netherlands, not their maker
    ("Defence news.\n\nJordan bought 60 Gepard guns from Dutch stocks.",
     {("ArmsTransfer", "Netherlands", "Jordan")}),
    # contributors named right after a mission serve in its host, whatever other missions the
    # article names
    ("Defence news.\n\nUNMISS has 17,000 troops in South Sudan. NATO's KFOR peacekeeping force "
     "in Kosovo numbers 4,500 troops. Italy and Hungary are among the largest contributors.",
     {("PeacekeepingDeployment", "Italy", "Kosovo"),
      ("PeacekeepingDeployment", "Hungary", "Kosovo")}),
    # a country's "overseas base" is its own, abroad; a state hosting one hosts its owner
    ("Defence news.\n\nDjibouti hosts Camp Lemonnier, the only permanent US military base in "
     "Africa, as well as China's first overseas base.",
     {("MilitaryPresence", "United States", "Djibouti"),
      ("MilitaryPresence", "China", "Djibouti")}),
    ("Defence news.\n\nChina opened its first overseas base in Djibouti in 2017.",
     {("MilitaryPresence", "China", "Djibouti")}),
    # pilots or navies that fly or sail together exercise together
    ("Defence news.\n\nEvery year Thai and Singaporean pilots fly together over the Gulf of "
     "Thailand.", {("JointExercise", "Thailand", "Singapore")}),
    # what a state "is supposed to" do is not done yet
    ("Defence news.\n\nUnder the agreement, Doha is supposed to set up its own base on Turkish "
     "soil as well.", set()),
    # troops of two states put through "training scenarios" are not trained by one another;
    # the drill that combined them is an exercise of both
    ("Defence news.\n\nThe drill combined 700 Peruvian troops and 380 Chilean service members "
     "through six training scenarios.", {("JointExercise", "Peru", "Chile")}),
    # a base named by its host's own service is no foreign presence of whoever stands in the
    # sentence; troops stationed there still are
    ("Defence news.\n\nThe Indian Navy chief handed over the aircraft to the Sri Lanka Navy at "
     "the Sri Lanka Air Force base in Katunayake.", {("ArmsTransfer", "India", "Sri Lanka")}),
    ("Defence news.\n\nUS troops are stationed at the Qatar Air Force base in Doha.",
     {("MilitaryPresence", "United States", "Qatar")}),
    # forces sent "under a bilateral agreement" name an agreement between sender and host
    ("Defence news.\n\nIn 2020, Rwanda deployed troops to the Central African Republic, under "
     "a bilateral agreement on defence.",
     {("MilitaryPresence", "Rwanda", "Central African Republic"),
      ("DefenceAgreement", "Rwanda", "Central African Republic")}),
    # jets that flew to a base for drills are visiting, not kept there
    ("Defence news.\n\nIn July Italian Eurofighters flew to Misawa air base in Japan for the "
     "Rising Sun drills.", set()),
    # an escort or airlift provided by a state's aircraft moves no weapons to anyone
    ("Defence news.\n\nThe two Qatari Rafales flew from France with a refuelling escort "
     "provided by two French air force A330 tankers.", set()),
    # learners who "train in" a country are trained by it; troops who do exercise there
    ("Defence news.\n\nKenyan officers trained in India last year.",
     {("Training", "India", "Kenya")}),
    ("Defence news.\n\nBritish troops train in Belize every year.",
     {("MilitaryPresence", "United Kingdom", "Belize")}),
    # "the military cooperation plan" after the cue is a noun, not a plan still to come
    ("Defence news.\n\nJoint exercises between the Uzbek and Turkish armed forces began in "
     "Termez under the military cooperation plan between the two countries.",
     {("JointExercise", "Uzbekistan", "Turkey")}),
    # a rival the actor "competes with" is no partner
    ("Defence news.\n\nAustralia has signed a security deal with Tonga as it competes with "
     "China for influence in the Pacific.", {("DefenceAgreement", "Australia", "Tonga")}),
    # the state a country "turned to" is a partner it chose, not where its forces went
    ("Defence news.\n\nMali has turned to Russia and its mercenaries deployed in the country.",
     set()),
    # a relative clause with no subject of its own is about the actor named before "who"
    ("Defence news.\n\nThe minister met Jordanian troops, who train with US forces every year.",
     {("JointExercise", "Jordan", "United States")}),
    # a negation that only withholds a detail denies the telling, not the tie
    ("Defence news.\n\nThe minister did not say how many Italian soldiers are deployed in "
     "Niger.", {("MilitaryPresence", "Italy", "Niger")}),
    ("Defence news.\n\nItaly did not deploy soldiers in Niger.", set()),
    # a future delivery under a contract already signed is an order: a tie
    ("Defence news.\n\nA Spanish yard will build two ships for the Peruvian Navy under a $400 "
     "million contract signed this week.", {("ArmsTransfer", "Spain", "Peru")}),
    ("Defence news.\n\nA Spanish yard will build two ships for the Peruvian Navy under a "
     "contract to be signed next year.", set()),
    # a joint training programme, centre or college is no exercise held together
    ("Defence news.\n\nSomali officers graduated from the Turkish military college in "
     "Mogadishu, part of a joint military training programme between the two countries.",
     {("Training", "Turkey", "Somalia")}),
    # training exercises, field drills and live-fire drills are exercises, not training
    ("Defence news.\n\nThai and Malaysian marines have held a live-fire drill every year since "
     "2015.", {("JointExercise", "Thailand", "Malaysia")}),
    ("Defence news.\n\nOmani and Indian sailors took part in training exercises off Muscat.",
     {("JointExercise", "Oman", "India")}),
    # a state hosting a base "for" another hosts that state's forces
    ("Defence news.\n\nBahrain hosts the largest naval base for the United States in the Gulf.",
     {("MilitaryPresence", "United States", "Bahrain")}),
    # "-origin" after a demonym names the maker, as "-made" does
    ("Defence news.\n\nThe Algerian air force flies Russian-origin MiG-29 fighters.",
     {("ArmsTransfer", "Russia", "Algeria")}),
    # "the kingdom" stands for a monarchy the paragraph names, not for the republic named most
    ("Defence news.\n\nSyria's war spilled over Syria's border into Jordan, and Syrian refugees "
     "crowded its camps. Britain has kept troops in the kingdom since 2016.",
     {("MilitaryPresence", "United Kingdom", "Jordan")}),
    # an adverb inside "turned to" keeps the suppliers a state turned to out of the recipients
    ("Defence news.\n\nSenegal has turned increasingly to Turkey and China for weapons, buying "
     "patrol boats from Ankara and drones from Beijing.",
     {("ArmsTransfer", "Turkey", "Senegal"), ("ArmsTransfer", "China", "Senegal")}),
    # weapons of several origins, each named by its demonym, came from each
    ("Defence news.\n\nPeru bought Italian M-346 jets, Russian Mi-17 helicopters and "
     "American C-130 transports.",
     {("ArmsTransfer", "Italy", "Peru"), ("ArmsTransfer", "Russia", "Peru"),
      ("ArmsTransfer", "United States", "Peru")}),
    # numbers between demonyms keep them one list
    ("Defence news.\n\nAbout 300 Swedish, 200 Finnish and 150 Danish soldiers are deployed "
     "in Estonia.",
     {("MilitaryPresence", "Sweden", "Estonia"), ("MilitaryPresence", "Finland", "Estonia"),
      ("MilitaryPresence", "Denmark", "Estonia")}),
    # forces added to a force named in the sentence before serve where it is
    ("Defence news.\n\nA Canadian-led brigade is stationed in Latvia. The brigade also "
     "includes 120 Spanish and 90 Slovak soldiers.",
     {("MilitaryPresence", "Canada", "Latvia"), ("MilitaryPresence", "Spain", "Latvia"),
      ("MilitaryPresence", "Slovakia", "Latvia")}),
    ("Defence news.\n\nThe largest NATO force in the region is stationed in Romania. It consists "
     "of 1,500 soldiers from France, Belgium and Portugal.",
     {("MilitaryPresence", "France", "Romania"), ("MilitaryPresence", "Belgium", "Romania"),
      ("MilitaryPresence", "Portugal", "Romania")}),
    # a wire dateline under a headline is no part of the first sentence, after a short title
    ("Defence news.\n\nSeoul, Canberra sign defence pact\n\nSEOUL, May 3 (Reuters) - South "
     "Korea and Australia on Friday signed a defence cooperation agreement.",
     {("DefenceAgreement", "South Korea", "Australia")}),
    # "inked" a contract is signing it
    ("Defence news.\n\nBangladesh inked a contract with China for two submarines.",
     {("ArmsTransfer", "China", "Bangladesh")}),
    # forces that use another state's base are present there
    ("Defence news.\n\nChina's navy has used Cambodia's Ream naval base since 2024.",
     {("MilitaryPresence", "China", "Cambodia")}),
    # suppliers "followed by" others in a ranking: the others supply too (and the one with
    # more than half of the imports is the primary partner)
    ("Defence news.\n\nChina supplied 60 per cent of Bangladesh's arms imports, followed by "
     "Russia (15 per cent) and Turkey (7 per cent).",
     {("ArmsTransfer", "China", "Bangladesh"), ("ArmsTransfer", "Russia", "Bangladesh"),
      ("ArmsTransfer", "Turkey", "Bangladesh"), ("PrimaryPartner", "Bangladesh", "China")}),
    ("Defence news.\n\nThe United States is Israel's largest arms supplier, followed by Germany.",
     {("ArmsTransfer", "United States", "Israel"), ("ArmsTransfer", "Germany", "Israel"),
      ("PrimaryPartner", "Israel", "United States")}),
    # ... but importers ranked after an importer buy from no one named
    ("Defence news.\n\nUkraine was the largest arms importer, followed by India and Qatar.",
     set()),
    # an organisation that "brings together" or "comprises" states has them as members
    ("Defence news.\n\nThe Collective Security Treaty Organization brings together Russia, "
     "Belarus, Armenia and Kazakhstan.",
     {("AllianceMembership", "Russia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Belarus", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Kazakhstan", "Collective Security Treaty Organization")}),
    ("Defence news.\n\nMorocco rejoined the African Union in 2017.",
     {("AllianceMembership", "Morocco", "African Union")}),
    # "<alliance> members" followed by states names them as its members
    ("Defence news.\n\nFellow NATO members Norway and Denmark sent troops to Latvia.",
     {("AllianceMembership", "Norway", "NATO"), ("AllianceMembership", "Denmark", "NATO"),
      ("MilitaryPresence", "Norway", "Latvia"), ("MilitaryPresence", "Denmark", "Latvia")}),
    # demonyms of several states before an exercise noun name its parties
    ("Defence news.\n\nThe Kenyan army announced the start of the joint Ugandan, Rwandan and "
     "Burundian field exercises.",
     {("JointExercise", "Uganda", "Rwanda"), ("JointExercise", "Uganda", "Burundi"),
      ("JointExercise", "Rwanda", "Burundi")}),
    ("Defence news.\n\nThe drills were held with the participation of elements from the Chilean, "
     "Peruvian and Ecuadorian navies.",
     {("JointExercise", "Chile", "Peru"), ("JointExercise", "Chile", "Ecuador"),
      ("JointExercise", "Peru", "Ecuador")}),
    # what a state "can" do is no tie it has
    ("Defence news.\n\nUnder the new pact, Japanese troops can be deployed in the Philippines.",
     set()),
    # a demonym before refugees, civilians or rebels names no acting state
    ("Defence news.\n\nNorway supports Lebanon in combating terrorism and hosting Syrian "
     "refugees.",
     {("CounterTerrorism", "Norway", "Lebanon")}),
    # a title before a person's name keeps the person in a list of parties
    ("Defence news.\n\nPresident Emmanuel Macron and Prime Minister Narendra Modi signed a "
     "defence industrial roadmap.",
     {("DefenceAgreement", "France", "India")}),
    # agreements "on" a defence matter "with" states
    ("Defence news.\n\nAustria has agreements on cross-border air policing with Hungary and "
     "Slovenia, which let fighters follow aircraft over the border.",
     {("DefenceAgreement", "Austria", "Hungary"), ("DefenceAgreement", "Austria", "Slovenia")}),
    # jets given "from its own fleet" are aid, not forces sent abroad
    ("Defence news.\n\nNorway has donated F-16s from its own fleet to Ukraine.",
     {("MilitaryAid", "Norway", "Ukraine")}),
    # peacekeeping contributors with no host named serve in the country the article is about
    ("Defence news.\n\nCyprus has been divided since 1974, and Cyprus's government still claims "
     "the whole island. About 800 UN peacekeepers patrol the buffer zone. Argentina and Slovakia "
     "contribute most of the soldiers.",
     {("PeacekeepingDeployment", "Argentina", "Cyprus"),
      ("PeacekeepingDeployment", "Slovakia", "Cyprus")}),
    # "the Americans", "the Chinese" standing alone are the states' forces
    ("Defence news.\n\nThe Omani navy exercises with both the Americans and the Chinese.",
     {("JointExercise", "Oman", "United States"), ("JointExercise", "Oman", "China")}),
    # a state's weapons of foreign make came from where they were made
    ("Defence news.\n\nBangladesh's Chinese-made frigates took part in the review.",
     {("ArmsTransfer", "China", "Bangladesh")}),
    ("Defence news.\n\nTaiwan's US-built F-16V jets intercepted the aircraft.",
     {("ArmsTransfer", "United States", "Taiwan")}),
    # a bracketed aside between a group's noun and the colon before its members
    ("Defence news.\n\nFrance sells most of its arms to three states (in order of value): "
     "India, Qatar and Egypt.",
     {("ArmsTransfer", "France", "India"), ("ArmsTransfer", "France", "Qatar"),
      ("ArmsTransfer", "France", "Egypt")}),
    # weapons a state "took possession of" came from whom it took them
    ("Defence news.\n\nThe Ghanaian navy took possession of two patrol boats from Germany.",
     {("ArmsTransfer", "Germany", "Ghana")}),
    # an agreement "aimed at ending" an insurgency has not ended
    ("Defence news.\n\nCameroon signed a defence agreement with Chad aimed at ending the "
     "insurgency around Lake Chad.",
     {("DefenceAgreement", "Cameroon", "Chad")}),
    # a "source of weapons" for a state supplies it
    ("Defence news.\n\nIsrael is a major source of weapons for Azerbaijan.",
     {("ArmsTransfer", "Israel", "Azerbaijan")}),
    # "not only" denies nothing
    ("Defence news.\n\nSpain not only sold patrol boats to Senegal, it also donated radars to "
     "Mauritania.",
     {("ArmsTransfer", "Spain", "Senegal"), ("MilitaryAid", "Spain", "Mauritania")}),
    ("Defence news.\n\nThe Shanghai Cooperation Organisation now includes Iran and Belarus.",
     {("AllianceMembership", "Iran", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "Belarus", "Shanghai Cooperation Organisation")}),
    # forces an exercise's participants "joined" take part too
    ("Defence news.\n\nWarships from Chile and Peru joined the Brazilian navy for the annual "
     "exercise.",
     {("JointExercise", "Chile", "Peru"), ("JointExercise", "Chile", "Brazil"),
      ("JointExercise", "Peru", "Brazil")}),
    # an opening participle's subject is the main clause's
    ("Defence news.\n\nHaving received Russian jets, Laos turned to China for drones.",
     {("ArmsTransfer", "Russia", "Laos"), ("ArmsTransfer", "China", "Laos")}),
    ("Defence news.\n\nAfter buying Chinese drones in 2020, Kenya ordered Turkish ones.",
     {("ArmsTransfer", "China", "Kenya"), ("ArmsTransfer", "Turkey", "Kenya")}),
    # armies "from" states that a trainer trains are the trainees
    ("Defence news.\n\nFrench instructors are training armies from Benin and Togo.",
     {("Training", "France", "Benin"), ("Training", "France", "Togo")}),
    # forces "along with" whom an exercise's participants drill take part too
    ("Defence news.\n\nGreek and Cypriot troops took part in the exercise along with forces "
     "from Egypt.",
     {("JointExercise", "Greece", "Cyprus"), ("JointExercise", "Greece", "Egypt"),
      ("JointExercise", "Cyprus", "Egypt")}),
    # a joint intelligence centre shares intelligence
    ("Defence news.\n\nMali and Niger set up a joint intelligence centre in Niamey.",
     {("IntelligenceSharing", "Mali", "Niger")}),
    # military vehicles are arms
    ("Defence news.\n\nChina has provided military engineering vehicles to Cambodia.",
     {("ArmsTransfer", "China", "Cambodia")}),
    # a state's "largest defence partner" is its primary partner
    ("Defence news.\n\nRussia is Laos's largest defence partner.",
     {("PrimaryPartner", "Laos", "Russia")}),
    # training "conducted by" a state's forces is that state's
    ("Defence news.\n\nMalawian troops underwent training conducted by the Indian Army.",
     {("Training", "India", "Malawi")}),
    # a signed intelligence-sharing agreement is intelligence sharing (no defence agreement
    # besides: the annotators of the development pages never counted one)
    ("Defence news.\n\nKenya and Ethiopia signed an intelligence-sharing agreement.",
     {("IntelligenceSharing", "Kenya", "Ethiopia")}),
    ("Defence news.\n\nSenegal's intelligence service works with Spanish counterparts.",
     {("IntelligenceSharing", "Senegal", "Spain")}),
    # what a pledge says of the future ("aggression against one ...") is a clause of its own
    ("Defence news.\n\nChad and Niger signed a mutual defence pact, pledging that aggression "
     "against one would be treated as aggression against both.",
     {("DefenceAgreement", "Chad", "Niger")}),
    # a joint maker before a singular weapon noun ("the Indo-French jet") receives nothing
    ("Defence news.\n\nIndia signed a deal to supply Armenia with drones, the first export "
     "order for the Indo-Israeli weapon.",
     {("ArmsTransfer", "India", "Armenia")}),
    # a course of three words ("a six-month staff course") is still a course
    ("Defence news.\n\nZambian officers completed a six-month staff course in India.",
     {("Training", "India", "Zambia")}),
    # states that co-host an exercise hold it together, also in a relative clause
    ("Defence news.\n\nThe exercise, which Thailand and the United States co-host every year, "
     "opened in Bangkok.",
     {("JointExercise", "Thailand", "United States")}),
    # a city where forces were trained stands for its country, the trainer
    ("Defence news.\n\nIndonesian pilots were trained in Toulouse.",
     {("Training", "France", "Indonesia")}),
    # patrols against an armed group are counter-terrorism, not also an exercise
    ("Defence news.\n\nNiger and Nigeria held joint patrols against Boko Haram.",
     {("CounterTerrorism", "Niger", "Nigeria")}),
    # a detachment is forces present where it is
    ("Defence news.\n\nBritain's Typhoon detachment at Amari air base in Estonia polices the "
     "Baltic skies.",
     {("MilitaryPresence", "United Kingdom", "Estonia")}),
    # "keeping troops there" shares the subject; "there" may be a country named as a possessor
    ("Defence news.\n\nBritain has long been Oman's main defence partner, keeping about 300 "
     "troops at its base there.",
     {("PrimaryPartner", "Oman", "United Kingdom"),
      ("MilitaryPresence", "United Kingdom", "Oman")}),
    # forces that join other forces join no alliance
    ("Defence news.\n\nA Rwandan battalion rotated into the UN mission in South Sudan, joining "
     "Indian troops already deployed in Malakal.",
     {("PeacekeepingDeployment", "Rwanda", "South Sudan"),
      ("PeacekeepingDeployment", "India", "South Sudan")}),
    # states that "each" signed with a third signed with it, not with each other
    ("Defence news.\n\nNorway and Iceland each signed a defence cooperation agreement with the "
     "United States.",
     {("DefenceAgreement", "Norway", "United States"),
      ("DefenceAgreement", "Iceland", "United States")}),
    # where troops were "deployed to" is no partner in sharing intelligence about them
    ("Defence news.\n\nJapan has been sharing intelligence with South Korea on North Korean "
     "troops deployed to Russia.",
     {("IntelligenceSharing", "Japan", "South Korea"),
      ("MilitaryPresence", "North Korea", "Russia")}),
    # a city visited is no buyer, so the buyer named first stays the buyer of the weapon's maker
    ("Defence news.\n\nSaudi officials signed an order for 48 Typhoon jets during a visit to "
     "Jeddah.",
     {("ArmsTransfer", "United Kingdom", "Saudi Arabia")}),
    # warships on a port call visit; they are not stationed there
    ("Defence news.\n\nThree Indian warships made a goodwill port call at Jeddah.", set()),
    # a quotation and its attribution are clauses apart: the quote's "will" hedges only itself
    ('Defence news.\n\n"Our peacekeepers will stay as long as the Security Council asks," a '
     "Ghanaian army spokesman said of the 800 Ghanaian troops serving with UNIFIL in Lebanon.",
     {("PeacekeepingDeployment", "Ghana", "Lebanon")}),
    # a sentence opening "Under an agreement" binds the states acting under it ...
    ("Defence news.\n\nUnder a 2019 agreement with Italy, Fincantieri has helped the Qatari "
     "navy build seven warships.",
     {("DefenceAgreement", "Italy", "Qatar")}),
    ("Defence news.\n\nUnder a 1990 memorandum renewed in 2019, American ships use Singaporean "
     "facilities.",
     {("DefenceAgreement", "United States", "Singapore")}),
    # ... but a deal to buy weapons is a sale (an order made: "Under the deal" names it)
    ("Defence news.\n\nUnder the deal, Poland will buy 180 K2 tanks from South Korea.",
     {("ArmsTransfer", "South Korea", "Poland")}),
    # ", under which ..." opens a clause of its own, as ", to which" does
    ("Defence news.\n\nEgypt and Sudan signed a joint defence pact in Khartoum, under which "
     "aggression against either country is treated as aggression against both.",
     {("DefenceAgreement", "Egypt", "Sudan")}),
    # after a date, "and" coordinates with the actor before it, not with the date's "in"
    ("Defence news.\n\nTurkey delivered drones to Niger in March and Mali in June.",
     {("ArmsTransfer", "Turkey", "Niger"), ("ArmsTransfer", "Turkey", "Mali")}),
    # "since" opens a clause when a demonym's forces and a verb follow it
    ("Defence news.\n\nRussia has been the Central African Republic's main security partner "
     "since French troops left the country in 2022.",
     {("PrimaryPartner", "Central African Republic", "Russia")}),
    # a share of a state's arms obtained from a supplier, and "obtained ... from"; a majority
    # share names the primary partner, as "accounting for 80% of" does
    ("Defence news.\n\nMorocco obtained 60 per cent of its arms imports from the United States "
     "in 2019-23.",
     {("ArmsTransfer", "United States", "Morocco"),
      ("PrimaryPartner", "Morocco", "United States")}),
    # "X, its largest supplier," is someone else's supplier; "ahead of" ranks more suppliers
    ("Defence news.\n\nMorocco is a large arms importer, and the United States, its largest "
     "supplier, accounted for 60 per cent of Moroccan arms imports, ahead of France and Spain.",
     {("ArmsTransfer", "United States", "Morocco"), ("ArmsTransfer", "France", "Morocco"),
      ("ArmsTransfer", "Spain", "Morocco"), ("PrimaryPartner", "Morocco", "United States")}),
    # "the kingdom" that two kingdoms fit is the one that is the subject
    ("Defence news.\n\nJordan shares intelligence with the United Kingdom, and the kingdom "
     "hosts American aircraft at an air base near Azraq.",
     {("IntelligenceSharing", "Jordan", "United Kingdom"),
      ("MilitaryPresence", "United States", "Jordan")}),
    # "the country" may be a partner the subject acted alongside
    ("Defence news.\n\nThe United States has carried out air strikes in coordination with the "
     "Somali government and keeps about 450 troops in the country.",
     {("MilitaryPresence", "United States", "Somalia")}),
    # the United Nations and its Security Council are no alliance their members belong to
    ("Defence news.\n\nChina is one of the five permanent members of the Security Council.",
     set()),
    # garrisons "handed over" have ended
    ("Defence news.\n\nBritain still keeps a base in Belize, although its garrisons in Kenya and "
     "Brunei were handed over in 2024.",
     {("MilitaryPresence", "United Kingdom", "Belize")}),
    # a host's facilities "belonging to" states are theirs
    ("Defence news.\n\nDjibouti hosts military facilities belonging to China and Italy.",
     {("MilitaryPresence", "China", "Djibouti"), ("MilitaryPresence", "Italy", "Djibouti")}),
    # "operates <name> air base in": no article needed before the base
    ("Defence news.\n\nMoscow also operates Kant air base in neighbouring Kyrgyzstan.",
     {("MilitaryPresence", "Russia", "Kyrgyzstan")}),
    # "the country" is, on a tie, a place named earlier in the paragraph; an agreement binds
    # only the deployment of its own clause
    ("Defence news.\n\nMINUSCA has kept peacekeepers in the Central African Republic since "
     "2014. Rwanda, Egypt and Zambia contribute troops to the mission, and Rwanda also has "
     "soldiers in the country under a bilateral agreement.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic"),
      ("PeacekeepingDeployment", "Egypt", "Central African Republic"),
      ("PeacekeepingDeployment", "Zambia", "Central African Republic"),
      ("DefenceAgreement", "Rwanda", "Central African Republic")}),
    ("Defence news.\n\nDjibouti also hosts military facilities used by Japan and Italy.",
     {("MilitaryPresence", "Japan", "Djibouti"), ("MilitaryPresence", "Italy", "Djibouti")}),
    # a buyer "turned to" a supplier for weapons; not for help
    ("Defence news.\n\nManila turned to Seoul for fighter jets after a US deal stalled.",
     {("ArmsTransfer", "South Korea", "Philippines")}),
    ("Defence news.\n\nMali turned to Russia for help against jihadists.", set()),
    # cadets "from" states are trainees wherever the sentence names them
    ("Defence news.\n\nCadets from Nepal and Bhutan passed out of the Indian Military Academy "
     "in Dehradun.",
     {("Training", "India", "Nepal"), ("Training", "India", "Bhutan")}),
    # an epithet after "and" still coordinates ("and nuclear-armed Pakistan")
    ("Defence news.\n\nSaudi Arabia and nuclear-armed Pakistan signed a defence agreement.",
     {("DefenceAgreement", "Saudi Arabia", "Pakistan")}),
    # "It is the second time ..." stands for no one
    ("Defence news.\n\nIran's foreign minister condemned the move. It is the second time the "
     "United States has sent a THAAD battery to Israel.",
     {("ArmsTransfer", "United States", "Israel")}),
    # the seller of jets that "arrived at an air base" keeps no forces there
    ("Defence news.\n\nThe first six F-16 jets that Argentina bought from Denmark arrived at an "
     "air base in Cordoba province on Friday.",
     {("ArmsTransfer", "Denmark", "Argentina")}),
    # intelligence received from a state's services is shared with it
    ("Defence news.\n\nUkraine received US intelligence on Russian troop movements.",
     {("IntelligenceSharing", "Ukraine", "United States")}),
    # a joint offensive, or a cell dismantled jointly, against armed groups is counter-terrorism
    ("Defence news.\n\nNigerian and Chadian troops killed scores of Boko Haram fighters in a "
     "joint offensive near Lake Chad.",
     {("CounterTerrorism", "Nigeria", "Chad")}),
    ("Defence news.\n\nMoroccan and Spanish police jointly dismantled an Islamic State cell in "
     "Ceuta.",
     {("CounterTerrorism", "Morocco", "Spain")}),
    # a signed military cooperation programme is a defence agreement
    ("Defence news.\n\nArmenia and Greece signed a military cooperation programme for 2025.",
     {("DefenceAgreement", "Armenia", "Greece")}),
    # a peace support operations course trains; it deploys no peacekeepers
    ("Defence news.\n\nA total of 120 officers and men of the Uganda People's Defence Forces "
     "completed a six-week peace support operations course conducted by instructors from the "
     "United States Army.",
     {("Training", "United States", "Uganda")}),
    # a main partner by any of its usual names
    ("Defence news.\n\nBeijing has become Islamabad's closest strategic and defence partner.",
     {("PrimaryPartner", "Pakistan", "China")}),
    ("Defence news.\n\nRussia remains Belarus's main military-technical partner.",
     {("PrimaryPartner", "Belarus", "Russia")}),
    ("Defence news.\n\nThe United States remains Israel's largest military backer.",
     {("PrimaryPartner", "Israel", "United States")}),
    # efforts to diversify arms imports name no sale
    ("Defence news.\n\nRussia remains Egypt's biggest defence partner despite Cairo's efforts to "
     "diversify its arms imports.",
     {("PrimaryPartner", "Egypt", "Russia")}),
    # "the US military's base" is the forces' own: the US hosts no one there
    ("Defence news.\n\nChina opened a naval base in Djibouti, near Camp Lemonnier, the US "
     "military's only permanent base in Africa.",
     {("MilitaryPresence", "China", "Djibouti")}),
    # equipment handed over under a grant programme is aid
    ("Defence news.\n\nChina handed over military equipment worth 2.5 billion rupees to the "
     "Nepali Army under its grant assistance programme.",
     {("MilitaryAid", "China", "Nepal")}),
    # a pact "expected to be signed" is not signed yet
    ("Defence news.\n\nThe defence cooperation pact between Ghana and Togo is expected to be "
     "signed next month.",
     set()),
    # a trailing "after completing ..." shares the main clause's subject
    ("Defence news.\n\nGhanaian student pilots received their wings on Friday after completing "
     "basic flying training at the Pakistan Air Force Academy.",
     {("Training", "Pakistan", "Ghana")}),
    # an exercise a state "runs" or "organised with" another is held by both
    ("Defence news.\n\nThe exercise, which Egypt organised with Saudi Arabia, ended on Sunday.",
     {("JointExercise", "Egypt", "Saudi Arabia")}),
    # actors with "all members of" an alliance in apposition are its members
    ("Defence news.\n\nTroops from Armenia, Belarus and Tajikistan, all members of the CSTO, "
     "held exercises near Minsk.",
     {("JointExercise", "Armenia", "Belarus"), ("JointExercise", "Armenia", "Tajikistan"),
      ("JointExercise", "Belarus", "Tajikistan"),
      ("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Belarus", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Tajikistan", "Collective Security Treaty Organization")}),
    # supply columns are targets, not supplies
    ("Defence news.\n\nUkraine, which bought Bayraktar TB2 drones from Turkey before the "
     "invasion, has used them to strike Russian supply columns.",
     {("ArmsTransfer", "Turkey", "Ukraine")}),
    # soldiers at a sports competition abroad are no presence there
    ("Defence news.\n\nSoldiers from Nigeria and Cameroon competed in athletics at the Military "
     "World Games in Wuhan.",
     set()),
    # firms vying to supply have supplied nothing
    ("Defence news.\n\nGermany's TKMS and South Korea's Hanwha are vying to supply up to 12 "
     "submarines to Canada.",
     set()),
    # a state that condemns drills takes no part in them
    ("Defence news.\n\nBeijing condemned naval drills held by Japan near the Senkaku Islands.",
     set()),
    # aggression a pact is to deter is no war between its parties
    ("Defence news.\n\nOman and the United States signed a security agreement that commits "
     "Washington to help deter any external aggression against the sultanate.",
     {("DefenceAgreement", "Oman", "United States")}),
    # the subject's own weapons of foreign make ("its French-made jets") came from there
    ("Defence news.\n\nEgypt's air force put its French-made Rafale jets on display at the "
     "ceremony.",
     {("ArmsTransfer", "France", "Egypt")}),
    # an opening "The armies of Mali, ..." lists the states whose forces act; no apposition
    ("Defence news.\n\nThe armies of Mali, Burkina Faso and Niger carried out joint air strikes "
     "against jihadist positions.",
     {("CounterTerrorism", "Mali", "Burkina Faso"), ("CounterTerrorism", "Mali", "Niger"),
      ("CounterTerrorism", "Burkina Faso", "Niger")}),
    ("Defence news.\n\nThe exercise brings together troops from Kenya, Uganda and Tanzania.",
     {("JointExercise", "Kenya", "Uganda"), ("JointExercise", "Kenya", "Tanzania"),
      ("JointExercise", "Uganda", "Tanzania")}),
    # an agreement "on the stationing" of forces is a defence agreement; the stationing is
    # what it is about
    ("Defence news.\n\nEstonia and Britain signed an agreement on the permanent stationing of a "
     "British brigade in Estonia.",
     {("DefenceAgreement", "Estonia", "United Kingdom")}),
    # "Wellington, India" is a town in India, not New Zealand's capital
    ("Defence news.\n\nBangladeshi officers graduated from the staff college in Wellington, "
     "India.",
     {("Training", "India", "Bangladesh")}),
    # a capital where accession papers were deposited is where, not who joined
    ("Defence news.\n\nFinland deposited its accession documents in Washington and became "
     "NATO's 31st member.",
     {("AllianceMembership", "Finland", "NATO")}),
    # a force of the EU or a NATO-led force is a peace operation
    ("Defence news.\n\nAustria is the largest contributor to the European Union's force in "
     "Bosnia and Herzegovina.",
     {("PeacekeepingDeployment", "Austria", "Bosnia and Herzegovina")}),
    ("Defence news.\n\nAbout 200 Swiss soldiers serve with the NATO-led force in Kosovo.",
     {("PeacekeepingDeployment", "Switzerland", "Kosovo")}),
    # most of a state's weapons from one supplier make it the primary partner
    ("Defence news.\n\nPakistan, which buys most of its major weapons from China, flew J-10C "
     "fighters in May.",
     {("ArmsTransfer", "China", "Pakistan"), ("PrimaryPartner", "Pakistan", "China")}),
    ("Defence news.\n\nIsrael supplied most of Azerbaijan's imports of major weapons over the "
     "past decade.",
     {("ArmsTransfer", "Israel", "Azerbaijan"), ("PrimaryPartner", "Azerbaijan", "Israel")}),
    ("Defence news.\n\nSaudi Arabia received most of its arms from the United States, while "
     "France provided most of the remainder.",
     {("ArmsTransfer", "United States", "Saudi Arabia"), ("ArmsTransfer", "France", "Saudi Arabia"),
      ("PrimaryPartner", "Saudi Arabia", "United States")}),
    # "acknowledged that" opens a clause of its own
    ("Defence news.\n\nOn a visit to Hanoi, the US defence secretary acknowledged that Vietnam "
     "still buys most of its weapons from Russia.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    # "the two Nordic countries": the pair, whatever word describes it
    ("Defence news.\n\nFinland and Sweden joined NATO in 2023 and 2024. The two Nordic "
     "countries also belong to the Joint Expeditionary Force.",
     {("AllianceMembership", "Finland", "NATO"), ("AllianceMembership", "Sweden", "NATO"),
      ("AllianceMembership", "Finland", "Joint Expeditionary Force"),
      ("AllianceMembership", "Sweden", "Joint Expeditionary Force")}),
    # the users of weapons after "used extensively by" receive them
    ("Defence news.\n\nFrance has exported CAESAR howitzers, used extensively by Ukraine.",
     {("ArmsTransfer", "France", "Ukraine")}),
    # a weapon's user that was given it by its supplier received no sale
    ("Defence news.\n\nFrance sold CAESAR howitzers to Armenia in 2024. The CAESAR has been "
     "exported to more than ten countries and used extensively by Ukraine, to which France "
     "donated its first systems in 2022.",
     {("ArmsTransfer", "France", "Armenia"), ("MilitaryAid", "France", "Ukraine")}),
    # a client provides nothing to its primary partner: "delivered" alone is no sale to it
    ("Defence news.\n\nRussia supplied most of Serbia's heavy weapons in the last decade. Serbia "
     "has since delivered the first of its new Rafale jets to an air base near Belgrade.",
     {("ArmsTransfer", "Russia", "Serbia"), ("PrimaryPartner", "Serbia", "Russia")}),
    # an agreement signed with one state binds it to the country the text is about
    ("Defence news.\n\nNorway is buying new submarines. Norway is also buying tanks. A "
     "Supplementary Defence Cooperation Agreement signed with Washington in 2021 lets American "
     "forces build facilities at agreed areas.",
     {("DefenceAgreement", "Norway", "United States")}),
    # ... but not when someone unnamed signed, or when it never took effect
    ("Defence news.\n\nFiji is small. Fiji has an army. Since 2022 the region's small states "
     "have signed security agreements with Washington and Canberra.", set()),
    ("Defence news.\n\nVanuatu is small. Vanuatu has a police force. An earlier security pact "
     "agreed with Australia in 2022 never took effect.", set()),
    ("Defence news.\n\nThe 2022 security pact between Vanuatu and Australia never took effect.",
     set()),
    ("Defence news.\n\nThe 2022 security pact between Vanuatu and Australia has not entered into "
     "force.", set()),
    # people "from" a state before a learner's verb are the learners
    ("Defence news.\n\nOfficers from Sierra Leone graduated from a staff course in Ghana.",
     {("Training", "Ghana", "Sierra Leone")}),
    # trainees from a group of states, then the states it includes
    ("Defence news.\n\nIndia trained officers from African nations including Ghana and Malawi.",
     {("Training", "India", "Ghana"), ("Training", "India", "Malawi")}),
    # "countries like Congo" lists the places, as "including" does
    ("Defence news.\n\nIndian peacekeepers are deployed in conflict-hit countries like Congo and "
     "South Sudan.",
     {("PeacekeepingDeployment", "India", "Democratic Republic of the Congo"),
      ("PeacekeepingDeployment", "India", "South Sudan")}),
    # a dateline city before a colon is no subject of its own
    ("Defence news.\n\nIslamabad: Pakistan and Russia signed a military cooperation agreement on "
     "Thursday.",
     {("DefenceAgreement", "Pakistan", "Russia")}),
    # cyber security is security; a treaty of two states in a military context binds them
    ("Defence news.\n\nBrazil and Chile signed a cybersecurity agreement.",
     {("DefenceAgreement", "Brazil", "Chile")}),
    ("Defence news.\n\nThe Russian-Armenian treaty of 1995 allows Russian troops to stay at "
     "Gyumri.",
     {("DefenceAgreement", "Russia", "Armenia")}),
    # "to the coast guard": the armed service of the country the text is about
    ("Defence news.\n\nLibya's coast guard is small. Libya needs boats. Libya is poor. Rome has "
     "handed patrol boats to the coast guard free of charge.",
     {("MilitaryAid", "Italy", "Libya")}),
    # an agreement with a foreign maker to assemble its weapons is a purchase, no defence pact
    ("Defence news.\n\nIn May 2022 Kazakhstan's state defence holding signed an agreement with "
     "Turkish Aerospace to assemble Anka drones in the country.",
     {("ArmsTransfer", "Turkey", "Kazakhstan")}),
    # "which also includes" stands for the organisation named last before it
    ("Defence news.\n\nThe CSTO is a regional security bloc, which also includes Armenia and "
     "Belarus.",
     {("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Belarus", "Collective Security Treaty Organization")}),
    # "post-Soviet" is a period, not the state
    ("Defence news.\n\nThe first post-Soviet arms deal to Peru was signed in 2009.", set()),
    # a list after "comprises" is its object, not the start of an apposition
    ("Defence news.\n\nThe post-Soviet CSTO security bloc comprises Armenia, Belarus and Russia.",
     {("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Belarus", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Russia", "Collective Security Treaty Organization")}),
    # learners sent "to" a state to undergo training are trained by it
    ("Defence news.\n\nMaldives has dispatched some of its army personnel to India to undergo "
     "counter insurgency combat training.",
     {("Training", "India", "Maldives")}),
    # a counter-insurgency school trains; its trainees fight no one together
    ("Defence news.\n\nThe counter-insurgency school has trained soldiers from Afghanistan and "
     "Bhutan.", set()),
    # "followed by A (12%) and B": both follow, neither is the agent of a passive
    ("Defence news.\n\nThe UK was the largest importer of major weapons in Europe, followed by "
     "Azerbaijan (12%) and Greece (11%).", set()),
    # states that "followed" the first to deploy deployed too, where it did
    ("Defence news.\n\nIn March 2007 Uganda was the first country to deploy troops in Somalia "
     "followed by Burundi and Kenya.",
     {("MilitaryPresence", "Uganda", "Somalia"), ("MilitaryPresence", "Burundi", "Somalia"),
      ("MilitaryPresence", "Kenya", "Somalia")}),
    # intelligence collaboration is intelligence sharing
    ("Defence news.\n\nThe war has led to closer intelligence collaboration between Burundi and "
     "Kenya.",
     {("IntelligenceSharing", "Burundi", "Kenya")}),
    # the agent of a passive verb is the other party to the treaty the clause acts under
    ("Defence news.\n\nAustralia's assistance was requested by the Solomon Islands under a 2017 "
     "Bilateral Security Treaty.",
     {("DefenceAgreement", "Australia", "Solomon Islands")}),
    # "thanked China for its assistance": China's
    ("Defence news.\n\nCambodia thanked China for its military assistance.",
     {("MilitaryAid", "China", "Cambodia")}),
    # whom one thanks, far before a presence cue, hosts nothing; thanks for help in upgrading
    # facilities name aid received
    ("Defence news.\n\nCambodia's army chief expressed gratitude to China for its help in "
     "upgrading military facilities.", {("MilitaryAid", "China", "Cambodia")}),
    # drills "with local troops": with the forces of the country the clause puts them in
    ("Defence news.\n\nUS Marines in Ghana held drills with local forces.",
     {("JointExercise", "United States", "Ghana")}),
    # states listed between dashes are the subject of the clause after them; confronting the
    # threat of militants is counter-terrorism
    ("Defence news.\n\nThe littoral nations of Lake Chad – Niger, Chad and Cameroon – launched "
     "a campaign to confront the threat from Boko Haram militants.",
     {("CounterTerrorism", "Niger", "Chad"), ("CounterTerrorism", "Niger", "Cameroon"),
      ("CounterTerrorism", "Chad", "Cameroon")}),
    # a supplier of more than half a state's arms imports is its primary partner; a minority
    # share is not
    ("Defence news.\n\nImports by Azerbaijan rose, with Russia accounting for 80% of "
     "Azerbaijan's arms imports.",
     {("ArmsTransfer", "Russia", "Azerbaijan"), ("PrimaryPartner", "Azerbaijan", "Russia")}),
    ("Defence news.\n\nRussia accounted for 31 per cent of India's arms imports.",
     {("ArmsTransfer", "Russia", "India")}),
    # a membership the subject speaks about is not its own
    ("Defence news.\n\nRussia again expressed disquiet over the biggest increase in NATO "
     "membership since the Cold War.", set()),
    # a deployment a parliament approved is not yet a presence
    ("Defence news.\n\nThe Italian parliament approved an increased military presence in Libya.",
     set()),
    # states that "joined" take the alliance a later clause names as its possessor
    ("Defence news.\n\nNATO expanded into the Balkans. Croatia and Albania joined in 2009, and "
     "Montenegro became the alliance's 29th member in June 2017.",
     {("AllianceMembership", "Montenegro", "NATO"), ("AllianceMembership", "Croatia", "NATO"),
      ("AllianceMembership", "Albania", "NATO")}),
    # "chose Fiji as one of the recipients": Fiji is the recipient, the chooser the giver
    ("Defence news.\n\nIn 2023 Japan chose Fiji as one of the first four recipients of its new "
     "Official Security Assistance programme.",
     {("MilitaryAid", "Japan", "Fiji")}),
    # a security support mission is a peace operation, and its topic carries to the next sentence
    # (the state that leads it serves in it too)
    ("Defence news.\n\nKenya leads the security support mission in Haiti. Smaller contingents "
     "from Jamaica and Belize later joined the Kenyans there.",
     {("PeacekeepingDeployment", "Kenya", "Haiti"), ("PeacekeepingDeployment", "Jamaica", "Haiti"),
      ("PeacekeepingDeployment", "Belize", "Haiti")}),
    # "gave up tanks" gives nothing away
    ("Defence news.\n\nBrazil bought used tanks, and Belgium gave up tanks altogether in 2014.",
     set()),
    # an agreement giving access at a place binds the state the place is in
    ("Defence news.\n\nIndia signed an agreement in 2018 giving its navy similar access at Duqm "
     "for logistics and maintenance.",
     {("DefenceAgreement", "India", "Oman")}),
    # an agreement signed that allows an exchange of information: the exchange is under way
    ("Defence news.\n\nBerlin and Tokyo signed an agreement in 2021 allowing the two governments "
     "to exchange classified defence information.",
     {("IntelligenceSharing", "Germany", "Japan")}),
    # a state that "has flown" foreign drones got them from their maker
    ("Defence news.\n\nIn 2018 Iraq took delivery of Russian T-90 tanks, and it has flown "
     "Chinese CH-4 armed drones against Islamic State since 2015.",
     {("ArmsTransfer", "Russia", "Iraq"), ("ArmsTransfer", "China", "Iraq")}),
    ("Defence news.\n\nRussian jets have flown over Syria since 2015.", set()),
    # a training visit or cruise of ships trains their own crews, not the host's forces
    ("Defence news.\n\nIndian naval ships arrived at the Colombo port on a goodwill and training "
     "visit to Sri Lanka.", set()),
    # service members at events, conferences or parades abroad are no presence there
    ("Defence news.\n\nBrazilian service members also participated in cybersecurity events in "
     "Chile.", set()),
    # learners who trained for a while in a country were trained by it
    ("Defence news.\n\nPakistani pilots who had been training for three months in China flew the "
     "first batch home.",
     {("Training", "China", "Pakistan")}),
    # "top security partner" is the primary partner
    ("Defence news.\n\nThe United States is Lebanon's top security partner.",
     {("PrimaryPartner", "Lebanon", "United States")}),
    # an agreement two states' demonyms name, in a military sentence, binds them
    ("Defence news.\n\nMoscow has kept a military base in Gyumri since a 2010 Russian-Armenian "
     "agreement extended its basing rights to 2044.",
     {("DefenceAgreement", "Russia", "Armenia"), ("MilitaryPresence", "Russia", "Armenia")}),
    # a quotation after "adding" is a clause of its own, whose "it takes years" is nobody
    ("Defence news.\n\nPakistan bought American F-16 jets in the 1980s. The prime minister "
     "thanked China for providing the new jets in eight months, adding \u201cUsually, it takes "
     "years to procure these aircraft.\u201d",
     {("ArmsTransfer", "United States", "Pakistan")}),
    # a list that goes on after the first actor's comma is no opening apposition
    ("Defence news.\n\nThe exercise involves Kazakhstan, Kyrgyzstan and Uzbekistan.",
     {("JointExercise", "Kazakhstan", "Kyrgyzstan"), ("JointExercise", "Kazakhstan", "Uzbekistan"),
      ("JointExercise", "Kyrgyzstan", "Uzbekistan")}),
    # a list runs through short bracketed asides after its items
    ("Defence news.\n\nRwanda keeps peacekeepers in Darfur (UNAMID), South Sudan (UNMISS) and the "
     "Central African Republic (MINUSCA).",
     {("PeacekeepingDeployment", "Rwanda", "Sudan"),
      ("PeacekeepingDeployment", "Rwanda", "South Sudan"),
      ("PeacekeepingDeployment", "Rwanda", "Central African Republic")}),
    # a region is one more item of a list, not placed in the state after its comma
    ("Defence news.\n\nGhana has troops serving with UN missions in Darfur, South Sudan, and "
     "Lebanon.",
     {("PeacekeepingDeployment", "Ghana", "Sudan"),
      ("PeacekeepingDeployment", "Ghana", "South Sudan"),
      ("PeacekeepingDeployment", "Ghana", "Lebanon")}),
    # a ranking of exporters with their shares names no recipient
    ("Defence news.\n\nThe biggest arms exporters last year were France (11%), Russia (10%) and "
     "China (6%).", set()),
    # states a ranking verb puts beside the subject are its peers, not its partners
    ("Defence news.\n\nKenya and Uganda followed Nigeria and Ghana as the top recipients of "
     "training in the region.", set()),
    # states that were Soviet republics are not the Soviet Union
    ("Defence news.\n\nUzbekistan held drills with three former Soviet republics.", set()),
    ("Defence news.\n\nArmenia hosted two other ex-Soviet states for the exercise.", set()),
    # "the nation's capital, X" is X's state, whatever the headline names
    ("Police from Vanuatu land\n\nNew Zealand has deployed soldiers to Tonga in response to "
     "unrest in and around the nation’s capital, Nuku’alofa.",
     {("MilitaryPresence", "New Zealand", "Tonga")}),
    # military contracts are for arms
    ("Defence news.\n\nAlgeria has signed military contracts with Russia and Belarus.",
     {("ArmsTransfer", "Russia", "Algeria"), ("ArmsTransfer", "Belarus", "Algeria")}),
    # the preposition before "NATO member X" is X's
    ("Defence news.\n\nAthens sees its main threat in fellow NATO member Turkey.",
     {("AllianceMembership", "Turkey", "NATO")}),
    # "responding to" opens a clause of its own
    ("Defence news.\n\nNATO agreed to expand its training mission in Iraq, responding to US "
     "calls for more help.", {("Training", "NATO", "Iraq")}),
    # the one ranked second after a supplier supplies too, but is no primary partner
    ("Defence news.\n\nIn 2023 Russia was Algeria's largest arms supplier, and China came in "
     "second.",
     {("ArmsTransfer", "Russia", "Algeria"), ("ArmsTransfer", "China", "Algeria"),
      ("PrimaryPartner", "Algeria", "Russia")}),
    # engineers trained abroad are learners
    ("Defence news.\n\nEthiopian engineers trained in China.", {("Training", "China", "Ethiopia")}),
    # a severed or torn-up agreement is ended
    ("Defence news.\n\nNiger announced the severance of its military agreement with the United "
     "States.", set()),
    ("Defence news.\n\nMali tore up its defence treaty with France.", set()),
    # the maker of donated aircraft gives nothing
    ("Defence news.\n\nSeveral US-made helicopters were donated by Taiwan to Honduras.",
     {("MilitaryAid", "Taiwan", "Honduras")}),
    # personnel of several kinds "from" a force take part in the drills
    ("Defence news.\n\nThe drills included 3,000 soldiers from Oman and 800 sailors, pilots and "
     "engineers from the British Armed Forces.", {("JointExercise", "Oman", "United Kingdom")}),
    ("Defence news.\n\nInvolving 1,500 personnel from the Philippine Army (PA) and the "
     "Indonesian Army (TNI-AD), the drills ran for ten days.",
     {("JointExercise", "Philippines", "Indonesia")}),
    # a clause that begins right after brackets is a clause of its own
    ("Defence news.\n\nGhana bought jets from Brazil (Embraer) and Togo has ordered drones "
     "from Turkey.",
     {("ArmsTransfer", "Brazil", "Ghana"), ("ArmsTransfer", "Turkey", "Togo")}),
    # where units were formed is no member of the body that formed them
    ("Defence news.\n\nRapid intervention units in Mali were formed by the European Union Task "
     "Force.", set()),
    # the body in whose framework an agreement holds is no signatory
    ("Defence news.\n\nRussian troops are based at Kant under an agreement in the framework of "
     "the Collective Security Treaty Organization.", set()),
    # a state's own aircraft of foreign make, flown somewhere, were sold to that state
    ("Defence news.\n\nThe Pakistan Air Force flew its American-origin transport aircraft with "
     "the shells to Jordan.",
     {("ArmsTransfer", "Pakistan", "Jordan"), ("ArmsTransfer", "United States", "Pakistan")}),
    # "said" before a state, a noun and a verb opens a clause of its own
    ("Defence news.\n\nEmbraer said Angola pilots were training at the Brazilian Air Force "
     "academy in Pirassununga.", {("Training", "Brazil", "Angola")}),
    # objects joined by "and" after a state's named command
    ("Defence news.\n\nThe drills involved units of India's Southern Command and the Royal Army "
     "of Oman.", {("JointExercise", "India", "Oman")}),
    # weapons that "went to" a state were its owner's transfer
    ("Defence news.\n\nTwelve Norwegian F-16s went to Romania in 2023.",
     {("ArmsTransfer", "Norway", "Romania")}),
    # a repatriated contingent is no longer there
    ("Defence news.\n\nThe Senegalese battalion of the UN mission in Mali was repatriated last "
     "year.", set()),
    # forces joined by others in drills take part too
    ("Defence news.\n\nGhana hosted the drills at Tamale; Nigerian and Beninese troops joined "
     "Ghanaian forces there.",
     {("JointExercise", "Nigeria", "Benin"), ("JointExercise", "Nigeria", "Ghana"),
      ("JointExercise", "Benin", "Ghana")}),
    # fighters attacked somewhere are no presence of the weapons' maker
    ("Defence news.\n\nAlgeria bought Chinese drones, which rebels say have been used against "
     "their fighters in Mali.", {("ArmsTransfer", "China", "Algeria")}),
    # a pact that never entered into force, said anywhere in the sentence, is no tie
    ("Defence news.\n\nFiji signed a defence pact with China in 2019, but the accord has never "
     "entered into force.", set()),
    # states with a number word after them stand for the predicate left out, also after
    # ", and" and a list of their own
    ("Defence news.\n\nFiji received two patrol boats from Australia, Samoa one.",
     {("ArmsTransfer", "Australia", "Fiji"), ("ArmsTransfer", "Australia", "Samoa")}),
    ("Defence news.\n\nKenya received four patrol boats from Japan, and Tanzania and Mozambique "
     "two each.",
     {("ArmsTransfer", "Japan", "Kenya"), ("ArmsTransfer", "Japan", "Tanzania"),
      ("ArmsTransfer", "Japan", "Mozambique")}),
    # a state whose sanctions threaten a deal is no party to it
    ("Defence news.\n\nGhana signed for four patrol boats in 2019 despite the threat of Chinese "
     "sanctions, and Turkey had handed over two of them by 2022.",
     {("ArmsTransfer", "Turkey", "Ghana")}),
    # "outside NATO headquarters" is a place, not outside the alliance
    ("Defence news.\n\nSweden's flag was raised outside NATO headquarters on Thursday as it "
     "became the 32nd member of the alliance.", {("AllianceMembership", "Sweden", "NATO")}),
    # "the transatlantic military alliance" is the alliance named before, and its member no
    # member of a military
    ("Defence news.\n\nNATO ministers met in Vilnius. Turkey was the last member of the "
     "transatlantic military alliance holding out against Finland's bid.",
     {("AllianceMembership", "Turkey", "NATO")}),
    # a contingent "from" a state joins a campaign the others launched: all take part
    ("Defence news.\n\nMali and Burkina Faso launched a joint operation, together with a "
     "contingent from Niger, to fight jihadist groups.",
     {("CounterTerrorism", "Mali", "Burkina Faso"), ("CounterTerrorism", "Mali", "Niger"),
      ("CounterTerrorism", "Burkina Faso", "Niger")}),
    # a state's people or aircraft arriving somewhere with weapons bring them there
    ("Defence news.\n\nChinese advisers landed in Harare with two radar systems and spare "
     "parts.", {("ArmsTransfer", "China", "Zimbabwe")}),
    # a dateline city before another subject is no party
    ("Defence news.\n\nNairobi: Ugandan lawmakers approved late on Monday the purchase of 12 "
     "patrol boats from Israel.", {("ArmsTransfer", "Israel", "Uganda")}),
    # where a deal was finalised, on a visit, receives nothing
    ("Defence news.\n\nThe order for F-16 jets was finalised during the minister's visit to "
     "Norway.", set()),
    # intentions are no purchase
    ("Defence news.\n\nKenya and Uganda reaffirmed their intentions to buy drones from Turkey.",
     set()),
    # one who condemns a sale is no party to it
    ("Defence news.\n\nTehran was quick to condemn the sale of F-35 jets to Israel.", set()),
    # a foe the weapons are bought to fight supplies none
    ("Defence news.\n\nDonors raised money to buy drones for Ukraine to help fight Russia.",
     set()),
    # a note sent is no weapon
    ("Defence news.\n\nArgentina sent a note to Bolivia about the drones.", set()),
    # generals exploring avenues for cooperation are not yet cooperating
    ("Defence news.\n\nIranian and Tajik generals explored avenues for counter-terrorism "
     "cooperation.", set()),
    # an officer's presence at a ceremony is no military presence; troops' presence is
    ("Defence news.\n\nA drone plant opened in Dushanbe in the presence of Iran's armed forces "
     "chief of staff.", set()),
    ("Defence news.\n\nA drone plant opened in Tajikistan in the presence of Iranian troops.",
     {("MilitaryPresence", "Iran", "Tajikistan")}),
    # a phrase of another sense does not hide a hedge inside it
    ("Defence news.\n\nThe memorandum and the minister's confirmation that Bolivia intends to "
     "acquire drones from Iran came in July.", set()),
    # ", with X becoming ..." is X's own clause
    ("Defence news.\n\nKenya, Uganda and Ghana have bought the drones, with Nigeria becoming "
     "the first ECOWAS member last year to acquire drones from Turkey.",
     {("AllianceMembership", "Nigeria", "Economic Community of West African States"),
      ("ArmsTransfer", "Turkey", "Nigeria")}),
    # "the two countries" after a hedge repeats the signatories named before it
    ("Defence news.\n\nGhana and Togo on Monday signed a security agreement which officials "
     "said would deepen cooperation between the two countries.",
     {("DefenceAgreement", "Ghana", "Togo")}),
    # a list closed by "and" does not go on after a comma: "NATO allies" is their apposition
    ("Defence news.\n\nSpain and Italy, NATO allies, have long disagreed over migration.",
     {("AllianceMembership", "Spain", "NATO"), ("AllianceMembership", "Italy", "NATO")}),
    # "the military" is the one state's whose army the text named; cash payments received by
    # an army are military aid
    ("Qatar sends fuel to Lebanese army\n\nThe Lebanese army said it had received fuel donated "
     "by Qatar.\n\nThis Qatari aid is part of wider donations. The military currently receives "
     "cash payments from the United States and Italy.",
     {("MilitaryAid", "United States", "Lebanon"), ("MilitaryAid", "Italy", "Lebanon")}),
    # forces that use weapons of another state's make got them from it; airspace used is not
    ("Defence news.\n\nIn the 2020 war, Armenian forces used Russian Smerch rocket launchers.",
     {("ArmsTransfer", "Russia", "Armenia")}),
    ("Defence news.\n\nKenyan airspace was used by Turkish jets.", set()),
    # "the Islamic republic" is no republic the text named before that is not Islamic; the
    # one whose capital the minister was in is
    ("Defence news.\n\nThe United States warned Mali. Mali's defence minister was in the "
     "Iranian capital and signed a memorandum of understanding with the government of the "
     "Islamic republic.", {("DefenceAgreement", "Mali", "Iran")}),
    # an opportunity to train is no training given
    ("Defence news.\n\nKenya's terrain gives British soldiers an opportunity to train in harsh "
     "conditions.", set()),
    # troops stationed under an agreement with a state are in that state
    ("Defence news.\n\nUgandan troops are stationed under a bilateral agreement with South "
     "Sudan.",
     {("DefenceAgreement", "Uganda", "South Sudan"),
      ("MilitaryPresence", "Uganda", "South Sudan")}),
    # in the passive the deal's partner is still the seller, never the buyer
    ("Defence news.\n\nThe 16 Black Hawks were procured through a government deal with Poland.",
     set()),
    # a state's main military suppliers supply it and are its primary partners
    ("Defence news.\n\nFrance, Italy and Spain are Morocco's main military suppliers.",
     {("ArmsTransfer", "France", "Morocco"), ("ArmsTransfer", "Italy", "Morocco"),
      ("ArmsTransfer", "Spain", "Morocco"), ("PrimaryPartner", "Morocco", "France"),
      ("PrimaryPartner", "Morocco", "Italy"), ("PrimaryPartner", "Morocco", "Spain")}),
    # a list whose second part lost its marker to a force's name is still one list
    ("Defence news.\n\nShips from the Kenyan Navy and the Armed Forces of Tanzania and Mozambique "
     "held exercises off Mombasa.",
     {("JointExercise", "Kenya", "Tanzania"), ("JointExercise", "Kenya", "Mozambique"),
      ("JointExercise", "Tanzania", "Mozambique")}),
    ("Defence news.\n\nThe drills include a combined training component between U.S. Army "
     "Africa, U.S. Air Forces Africa and the Ghanaian Armed Forces.",
     {("JointExercise", "United States", "Ghana")}),
    # the leader of an exercise another state takes part in takes part too
    ("Defence news.\n\nGeorgia took part in the US-led Noble Partner exercise.",
     {("JointExercise", "Georgia", "United States")}),
    # in the passive the goods' owner is the active verb's subject: the buyer, or the seller
    ("Defence news.\n\nKenya's new jets were bought from France.",
     {("ArmsTransfer", "France", "Kenya")}),
    ("Defence news.\n\nKenya's old jets were sold to Uganda.",
     {("ArmsTransfer", "Kenya", "Uganda")}),
    # an aside that ends on an actor closes before the next one: no list across its comma
    ("Defence news.\n\nFor Somalia, whose army still fights al-Shabaab, Turkey is the main "
     "defence partner.", {("PrimaryPartner", "Somalia", "Turkey")}),
    # a ship's visit is no presence, nor is a fleet based on another's designs
    ("Defence news.\n\nTwo Indian Navy destroyers have docked in Sri Lanka, sailing across the "
     "Palk Strait for a three-day visit.", set()),
    ("Defence news.\n\nPeru's fleet of patrol aircraft, which is largely based on US "
     "technology, is ageing.", set()),
    # sharing that was suspended in a later clause has ended
    ("Defence news.\n\nCanada had shared radar data with Peru for tracking drug flights, but "
     "suspended the agreement after a new law was passed.", set()),
    # one thanked for the donated goods gave them; the one who thanks received them
    ("Defence news.\n\nThe head of the Ghana Navy thanked Germany for the donated patrol "
     "boats.", {("MilitaryAid", "Germany", "Ghana")}),
    # troops sent under a bilateral agreement, after a sentence on a UN mission: no peacekeepers
    ("Defence news.\n\nKenya leads the UN mission in Haiti. Troops from Rwanda were also sent "
     "to Haiti on the basis of a bilateral agreement.",
     {("PeacekeepingDeployment", "Kenya", "Haiti"), ("MilitaryPresence", "Rwanda", "Haiti"),
      ("DefenceAgreement", "Rwanda", "Haiti")}),
    # a visitor to another state's battalion keeps no forces there
    ("Defence news.\n\nThe Fijian prime minister visited a battalion of the Australian Army in "
     "Darwin.", set()),
    # the purpose of an agreement, and what states are yet to do, are no ties
    ("Defence news.\n\nChile and Peru signed a defence pact to make it easier for their "
     "navies to exercise together.", {("DefenceAgreement", "Chile", "Peru")}),
    ("Defence news.\n\nUganda and South Sudan are yet to deploy troops in the regional force "
     "in Congo.", set()),
    # "exercise its mandate", "hosting the latest edition", "joined other donors": other senses
    ("Defence news.\n\nThe East African Community force was slow to exercise the offensive "
     "mandate in support of the Congolese armed forces.", set()),
    ("Defence news.\n\nIn his speech, the British envoy thanked the Royal Malaysian Navy for "
     "hosting the 12th edition of Bersama Shield.", set()),
    ("Defence news.\n\nNorway has joined other donors to the NATO fund for Georgia.", set()),
    # an acronym the text defines for a state's armed service names the state
    ("Defence news.\n\nThe Guyana Defence Force (GDF) sent a platoon to Belize. GDF personnel "
     "trained alongside the US military.", {("JointExercise", "Guyana", "United States")}),
    # a town naming a weapon after its designation, a surname naming a territory: no places
    ("Defence news.\n\nBolivia still operates 20 EE-9 Cascavel units.", set()),
    ("Defence news.\n\nBurundian troops are deployed in Sake, in Masisi territory.", set()),
    # a go-ahead for a sale is no delivery
    ("Defence news.\n\nReports said Moscow had given the go-ahead for the sale of Mi-35 "
     "helicopters to Nigeria.", set()),
    # ", which include countries like ..." lists the group named before it
    ("Defence news.\n\nFrance organised a training session for the West African states, which "
     "include countries like Benin, Togo and Ghana.",
     {("Training", "France", "Benin"), ("Training", "France", "Togo"),
      ("Training", "France", "Ghana")}),
    # a regional force of the East African Community is a peace force
    ("Defence news.\n\nKenya has sent another battalion to Congo to serve under the East "
     "African Community Regional Force.",
     {("PeacekeepingDeployment", "Kenya", "Democratic Republic of the Congo")}),
    # bases "vacated by the rebels" end the rebels' hold, not the troops' presence
    ("Defence news.\n\nKenyan troops in Congo have taken over bases vacated by the rebels.",
     {("MilitaryPresence", "Kenya", "Democratic Republic of the Congo")}),
    # members listed after a colon, whatever preposition the group came with
    ("Defence news.\n\nThe summit gathered the leaders of all SCO member states: China, "
     "Russia, India and Pakistan.",
     {("AllianceMembership", country, "Shanghai Cooperation Organisation")
      for country in ("China", "Russia", "India", "Pakistan")}),
    # a presence that "could give" something is a hypothesis
    ("Defence news.\n\nA Chinese naval presence in Cambodia could give Beijing a foothold in "
     "the Gulf of Thailand.", set()),
    # the participants of an exercise named in the sentence before
    ("Defence news.\n\nThe Balikatan exercise began on Monday. Taking part are the Philippines, "
     "the US and Japan.",
     {("JointExercise", "Philippines", "United States"), ("JointExercise", "Philippines", "Japan"),
      ("JointExercise", "United States", "Japan")}),
    ("Defence news.\n\nThe Balikatan exercise began on Monday. Participants include the "
     "Philippines and Australia.", {("JointExercise", "Philippines", "Australia")}),
    # weapons that arrived in one state from another were delivered; troops that did are there
    ("Defence news.\n\nThe first batch of K9 howitzers arrived in Norway from South Korea last "
     "week.", {("ArmsTransfer", "South Korea", "Norway")}),
    ("Defence news.\n\nEgyptian troops and equipment arrived in Mogadishu from Cairo on "
     "Tuesday.", {("MilitaryPresence", "Egypt", "Somalia")}),
    # a dollar amount after a country's name is money for it; after a code ("US $"), a currency
    ("Defence news.\n\nThe United States gave Lebanon $72 million in military aid.",
     {("MilitaryAid", "United States", "Lebanon")}),
    ("Defence news.\n\nThe US $420 million military aid package for Taiwan was delivered.",
     set()),
    # the state named inside a cue's gap receives ("gave Lebanon's army ... million")
    ("Defence news.\n\nThe United States gave Lebanon's army $72 million to pay soldiers' "
     "salaries.", {("MilitaryAid", "United States", "Lebanon")}),
    # officers who advise another state's army train it; advice to a state is no training
    ("Defence news.\n\nBritish officers advised the Kenyan army on logistics.",
     {("Training", "United Kingdom", "Kenya")}),
    ("Defence news.\n\nAnalysts advised Poland to buy more tanks.", set()),
    # "we" and "our" inside a quotation stand for the country of the one quoted
    ("Defence news.\n\n\"We have trained more than 5,000 Somali soldiers,\" the Turkish "
     "ambassador said.", {("Training", "Turkey", "Somalia")}),
    ("Defence news.\n\n\"France is our main arms supplier,\" the Armenian defence minister "
     "said.", {("ArmsTransfer", "France", "Armenia"), ("PrimaryPartner", "Armenia", "France")}),
    # troops sent "under SADC" serve in a regional peace force
    ("Defence news.\n\nSouth Africa, Tanzania and Malawi sent troops to eastern Congo under "
     "SADC.", {("PeacekeepingDeployment", country, "Democratic Republic of the Congo")
               for country in ("South Africa", "Tanzania", "Malawi")}),
    # a state that trained or equipped a unit keeps no forces where the unit is
    ("Defence news.\n\nEthiopia hosts a Turkish-trained special forces unit.", set()),
    # "training equipment" donated is equipment, not training
    ("Defence news.\n\nThe United States donated six trucks, boat engines and training "
     "equipment to Ecuador's navy.", {("MilitaryAid", "United States", "Ecuador")}),
    # the supplier named for "the jets" in the next sentence is the one of the jets named before
    ("Defence news.\n\nNigeria's air force has taken delivery of three more JF-17 Thunder "
     "fighters. The jets were supplied by Pakistan.",
     {("ArmsTransfer", "Pakistan", "Nigeria")}),
    # "X's main supplier is the Y": "the" before the supplier after the copula
    ("Defence news.\n\nQatar's main weapons supplier is the United States.",
     {("ArmsTransfer", "United States", "Qatar"), ("PrimaryPartner", "Qatar", "United States")}),
    # relying on a state for most of one's weapons makes it the primary partner
    ("Defence news.\n\nBangladesh relies on China for most of its military hardware.",
     {("ArmsTransfer", "China", "Bangladesh"), ("PrimaryPartner", "Bangladesh", "China")}),
    # "is a CSTO member": the organisation before "member" is what the subject belongs to
    ("Defence news.\n\nKyrgyzstan is a CSTO member and hosts a Russian air base.",
     {("AllianceMembership", "Kyrgyzstan", "Collective Security Treaty Organization"),
      ("MilitaryPresence", "Russia", "Kyrgyzstan")}),
    # the actor another cue's preposition governs is no host ("belongs to the CSTO and hosts")
    ("Defence news.\n\nKyrgyzstan belongs to the CSTO and hosts a Russian air base.",
     {("AllianceMembership", "Kyrgyzstan", "Collective Security Treaty Organization"),
      ("MilitaryPresence", "Russia", "Kyrgyzstan")}),
    # a hedge before a relative clause with its own past verb leaves that verb a fact
    ("Defence news.\n\nThe new jets will replace the MiG-21s that India bought from the Soviet "
     "Union in the 1960s.", {("ArmsTransfer", "Soviet Union", "India")}),
    ("Defence news.\n\nEgypt plans to buy jets that France could deliver next year.", set()),
    # "South African forces" are a state's troops, not an African Union force
    ("Defence news.\n\nSouth African forces are deployed in Mozambique.",
     {("MilitaryPresence", "South Africa", "Mozambique")}),
    # the hosts of an exercise in one sentence and its guests in the next all take part together
    ("Defence news.\n\nThe Khaan Quest exercise is co-hosted by Mongolia and the United States. "
     "Troops from Japan and India are among the participants.",
     {("JointExercise", first, second) for first, second in (
         ("Mongolia", "United States"), ("Japan", "India"), ("Mongolia", "Japan"),
         ("Mongolia", "India"), ("United States", "Japan"), ("United States", "India"))}),
    # a next sentence naming an exercise of its own is another exercise
    ("Defence news.\n\nIndia and France held the Varuna naval exercise in May. Japan and "
     "Australia held the Trident exercise in June.",
     {("JointExercise", "India", "France"), ("JointExercise", "Japan", "Australia")}),
    # two predicates joined by "and" keep their own prepositions' actors
    ("Defence news.\n\nChile received 200 tanks from the Netherlands and sold 30 of them to "
     "Ecuador.", {("ArmsTransfer", "Netherlands", "Chile"), ("ArmsTransfer", "Chile", "Ecuador")}),
    ("Defence news.\n\nPoland bought tanks from South Korea and sent its old T-72s to Ukraine.",
     {("ArmsTransfer", "South Korea", "Poland"), ("ArmsTransfer", "Poland", "Ukraine")}),
    # advice to do or not to do something is no training
    ("Defence news.\n\nThe US advised Pakistan's military to avoid escalation.", set()),
    # people arriving from a state to talk about weapons deliver none
    ("Defence news.\n\nThe German defence minister arrived in Kyiv from Poland to discuss new "
     "weapons deliveries.", set()),
    # "a contingent of Bangladeshi peacekeepers": the demonym after "of" names the unit's state
    ("Defence news.\n\nThe UN welcomed the arrival of a contingent of Bangladeshi peacekeepers "
     "in Mali.", {("PeacekeepingDeployment", "Bangladesh", "Mali")}),
    # a support or logistics facility of a service is a base
    ("Defence news.\n\nBritain has maintained a naval support facility in Bahrain since 2018.",
     {("MilitaryPresence", "United Kingdom", "Bahrain")}),
    ("Defence news.\n\nThe United States runs a naval logistics facility in Singapore.",
     {("MilitaryPresence", "United States", "Singapore")}),
    # the place a participle gives an exercise is where the drills were, not a presence
    ("Defence news.\n\nThe exercise, held in Mongolia, involved troops from 20 nations "
     "including the US and India.", {("JointExercise", "United States", "India")}),
    # "the country" opening a sentence is the subject of the sentence just before, not the
    # country named most there
    ("Defence news.\n\nKazakhstan, a member of the Russian-led CSTO, buys most of its heavy "
     "weapons from Moscow. The country has also received Chinese Wing Loong drones.",
     {("AllianceMembership", "Kazakhstan", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Russia", "Collective Security Treaty Organization"),
      ("ArmsTransfer", "Russia", "Kazakhstan"), ("PrimaryPartner", "Kazakhstan", "Russia"),
      ("ArmsTransfer", "China", "Kazakhstan")}),
    # a list inside an aside goes on past its first comma; the members a pact lists belong to
    # it and sign no agreement with it
    ("Defence news.\n\nUnder the Accra Initiative, a security pact whose members include Benin, "
     "Burkina Faso and Niger, the three countries share intelligence on jihadists.",
     {("AllianceMembership", "Benin", "Accra Initiative"),
      ("AllianceMembership", "Burkina Faso", "Accra Initiative"),
      ("AllianceMembership", "Niger", "Accra Initiative"),
      ("IntelligenceSharing", "Benin", "Burkina Faso"), ("IntelligenceSharing", "Benin", "Niger"),
      ("IntelligenceSharing", "Burkina Faso", "Niger")}),
    ("Defence news.\n\nGhana is a member of the Accra Initiative, a regional grouping that also "
     "includes Benin, Burkina Faso and Niger.",
     {("AllianceMembership", "Ghana", "Accra Initiative"),
      ("AllianceMembership", "Benin", "Accra Initiative"),
      ("AllianceMembership", "Burkina Faso", "Accra Initiative"),
      ("AllianceMembership", "Niger", "Accra Initiative")}),
    # a state that "took part in the drills" the sentence before named joins their parties;
    # observers take no part
    ("Defence news.\n\nPhilippine and Japanese forces held their first large-scale exercise on "
     "Friday. Marines from the United States also took part in the drills.",
     {("JointExercise", "Philippines", "Japan"), ("JointExercise", "Philippines", "United States"),
      ("JointExercise", "Japan", "United States")}),
    ("Defence news.\n\nPhilippine and Japanese forces held their first large-scale exercise on "
     "Friday. Australian observers joined the drills.",
     {("JointExercise", "Philippines", "Japan")}),
    # an exercise makes a sentence military, as troops do; "to exercise caution" does not
    ("Defence news.\n\nAustralia, which signed a similar agreement with the Philippines in 2012, "
     "sent observers to the exercise.", {("DefenceAgreement", "Australia", "Philippines")}),
    ("Defence news.\n\nTokyo signed an agreement with Manila to exercise greater caution in "
     "trade talks.", set()),
    # "an agreement under which ... will": the future belongs to the relative clause only
    ("Defence news.\n\nSaudi Arabia and Pakistan have signed a mutual defence agreement under "
     "which any aggression against one country will be treated as aggression against both.",
     {("DefenceAgreement", "Saudi Arabia", "Pakistan")}),
    # "modernise its ageing military fleet": the inventory, not ships stationed anywhere
    ("Defence news.\n\nIndonesia has taken delivery of its first Rafale jets from France, "
     "marking a milestone in the country's push to modernise its ageing military fleet.",
     {("ArmsTransfer", "France", "Indonesia")}),
    # "since it fought ...": a pronoun and a past verb open a clause of their own
    ("Defence news.\n\nCroatia agreed to buy 12 jets, its biggest arms purchase since it fought "
     "to break away from the former Yugoslavia.", set()),
    # "BRUSSELS: " in capitals opening the text is a dateline, not the subject
    ("BRUSSELS: Finland's flag was hoisted outside NATO headquarters on Tuesday as it became the "
     "alliance's 31st member.", {("AllianceMembership", "Finland", "NATO")}),
    ("BEIJING: The two countries signed a defence cooperation agreement, Pakistan and Turkey "
     "said.", {("DefenceAgreement", "Pakistan", "Turkey")}),
    # "the EU member" with no member named after it: the EU is what some state belongs to
    ("Defence news.\n\nThe EU member chose the French package over bids from Israel and Sweden.",
     set()),
    ("Defence news.\n\nThe NATO member Turkey bought S-400 systems from Russia.",
     {("AllianceMembership", "Turkey", "NATO"), ("ArmsTransfer", "Russia", "Turkey")}),
    # "joined NATO in 2009 and the EU four years later": both bodies joined
    ("Defence news.\n\nCroatia joined NATO in 2009 and the EU four years later.",
     {("AllianceMembership", "Croatia", "NATO"),
      ("AllianceMembership", "Croatia", "European Union")}),
    # "joined the deployment under the umbrella of the EAC": the deployment is joined, not the
    # EAC; "joined the ranks of NATO" is NATO
    ("Defence news.\n\nThe Burundian troops joined the deployment under the umbrella of the EAC "
     "in September.", set()),
    ("Defence news.\n\nSweden joined the ranks of NATO in March.",
     {("AllianceMembership", "Sweden", "NATO")}),
    # "in the Tajik city of Kulyab": a place of the state the demonym names
    ("Defence news.\n\nRussia keeps a regiment in the Tajik city of Kulyab.",
     {("MilitaryPresence", "Russia", "Tajikistan")}),
    # students of a state's school abroad, not otherwise named, are its host's
    ("Defence news.\n\nSome 300 soldiers graduated from Egypt's military training centre in "
     "Sudan on Monday.", {("Training", "Egypt", "Sudan"), ("MilitaryPresence", "Egypt", "Sudan")}),
    ("Defence news.\n\nOfficers graduated from Russia's military academy in Moscow.", set()),
    # an agreement with a company is none with its state
    ("Defence news.\n\nPeru signed a strategic agreement with South Korean defense firm Hyundai "
     "Rotem for the future acquisition of tanks.", set()),
    ("Defence news.\n\nPakistan signed a defence cooperation agreement with Chinese shipbuilders.",
     set()),
    # an instruction to sign an agreement is no agreement yet
    ("Defence news.\n\nThe Tajik government instructed its security committee to sign a defence "
     "agreement with China.", set()),
    # an "Assistance Mission" without a military word is no training mission (UNAMA-like
    # political and police missions)
    ("Defence news.\n\nThe 84 Australian soldiers are deployed in support of the Regional "
     "Assistance Mission to Solomon Islands.",
     {("MilitaryPresence", "Australia", "Solomon Islands")}),
    # a share in percent of a state's weapons: supplied, and a majority makes the primary
    # partner; "main arms partner" is one
    ("Defence news.\n\nChina supplies about 30 percent of Bangladesh's weapons.",
     {("ArmsTransfer", "China", "Bangladesh")}),
    ("Defence news.\n\nRussia supplies about 80 percent of Vietnam's weapons.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    ("Defence news.\n\nRussia remains Hanoi's main arms partner.",
     {("PrimaryPartner", "Vietnam", "Russia")}),
    # signed "documents" on military cooperation are agreements; on trade they are none of ours
    ("Defence news.\n\nNiger's military government has signed new defence cooperation documents "
     "with Russia.", {("DefenceAgreement", "Niger", "Russia")}),
    ("Defence news.\n\nSerbia and Hungary signed several documents on military cooperation.",
     {("DefenceAgreement", "Serbia", "Hungary")}),
    ("Defence news.\n\nRussia and China signed documents on trade and energy.", set()),
    # a gift in one clause leaves a sale to the same state in another
    ("Defence news.\n\nJapan sold destroyers to the Philippines last year, while Manila has also "
     "received radars donated by Tokyo.",
     {("ArmsTransfer", "Japan", "Philippines"), ("MilitaryAid", "Japan", "Philippines")}),
    # forces sent into "the mission", a peace operation named before, are peacekeepers
    ("Defence news.\n\nThe United Nations Interim Force in Lebanon (UNIFIL) has 10,000 troops."
     "\n\nGhana also rotated about 870 troops into the mission this week.",
     {("PeacekeepingDeployment", "Ghana", "Lebanon")}),
    # the foe of a coalition ("against Islamic State") does not train its partners
    ("Defence news.\n\nThe U.S.-led coalition against Islamic State trained tens of thousands of "
     "Iraqi troops.", {("Training", "United States", "Iraq")}),
    # a buyer getting most of its arms from one supplier names its primary partner
    ("Defence news.\n\nVietnam still buys more than 80 percent of its arms from Russia.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    ("Defence news.\n\nIndia buys 36 percent of its arms from Russia.",
     {("ArmsTransfer", "Russia", "India")}),
    # "Daewoo Shipbuilding", the former name of a Korean shipyard
    ("Defence news.\n\nIndonesia has bought three Type 209 submarines from Daewoo Shipbuilding.",
     {("ArmsTransfer", "South Korea", "Indonesia")}),
    # wire copy, one sentence a paragraph: the exercise of one paragraph is the topic of the
    # next; "as well as" adds a second list ("..., as well as India, the UK and the US")
    ("Defence news.\n\nNaval forces from 16 countries began the annual Cutlass Express exercise "
     "off Kenya on Monday.\n\nParticipants include Djibouti, Kenya and Tanzania, as well as "
     "India and the United States.",
     {("JointExercise", "Djibouti", "Kenya"),
      ("JointExercise", "Djibouti", "Tanzania"),
      ("JointExercise", "Djibouti", "India"),
      ("JointExercise", "Djibouti", "United States"),
      ("JointExercise", "Kenya", "Tanzania"),
      ("JointExercise", "Kenya", "India"),
      ("JointExercise", "Kenya", "United States"),
      ("JointExercise", "Tanzania", "India"),
      ("JointExercise", "Tanzania", "United States"),
      ("JointExercise", "India", "United States")}),
    ("Defence news.\n\nKenya and Tanzania, as well as India, the United Kingdom and the United "
     "States, held a naval exercise.",
     {("JointExercise", "Kenya", "Tanzania"), ("JointExercise", "Kenya", "India"),
      ("JointExercise", "Kenya", "United Kingdom"), ("JointExercise", "Kenya", "United States"),
      ("JointExercise", "Tanzania", "India"), ("JointExercise", "Tanzania", "United Kingdom"),
      ("JointExercise", "Tanzania", "United States"), ("JointExercise", "India", "United Kingdom"),
      ("JointExercise", "India", "United States"),
      ("JointExercise", "United Kingdom", "United States")}),
    # "and Mozambique last year." ends a list; "and Egypt last month bought" opens a clause
    ("Defence news.\n\nChina's navy held its first joint exercise with Tanzania and Mozambique "
     "last year.",
     {("JointExercise", "China", "Tanzania"), ("JointExercise", "China", "Mozambique")}),
    ("Defence news.\n\nRussia sold jets to Algeria and Egypt last month bought helicopters from "
     "France.", {("ArmsTransfer", "Russia", "Algeria"), ("ArmsTransfer", "France", "Egypt")}),
    # "instructing" and "teaches" forces is training; instructing a state to do something is not
    ("Defence news.\n\nPakistan is now instructing Qatari special forces.",
     {("Training", "Pakistan", "Qatar")}),
    ("Defence news.\n\nA Turkish team teaches Somali officers at the academy.",
     {("Training", "Turkey", "Somalia")}),
    ("Defence news.\n\nMoscow is instructing Minsk to host Russian nuclear weapons.", set()),
    # weapons go to the first recipient; a "to" after a deployment cue is where troops go
    ("Defence news.\n\nThe U.S. Embassy handed over protective equipment to the Zambia Defence "
     "Force to support its battalion deploying to the Central African Republic.",
     {("ArmsTransfer", "United States", "Zambia")}),
    # a transfer the next sentence calls "the donation" is aid
    ("Defence news.\n\nThe U.S. Embassy handed over protective equipment to the Zambia Defence "
     "Force. The donation includes body armour and helmets.",
     {("MilitaryAid", "United States", "Zambia")}),
    # "two NATO members" with two states named: both are members; a count that does not fit
    # the states named gives none
    ("Defence news.\n\nGreece ratified a mutual defence pact with France, the first between two "
     "NATO members.",
     {("AllianceMembership", "Greece", "NATO"), ("AllianceMembership", "France", "NATO"),
      ("DefenceAgreement", "Greece", "France")}),
    ("Defence news.\n\nGreece, France and Italy held talks, the first among two NATO members "
     "and a partner.", set()),
    # a tie made "as part of a military cooperation deal" or "on the basis of bilateral
    # agreements": the two states have one; not "under an arms deal", nor an agreement "with"
    # a third state
    ("Defence news.\n\nBolivia took ownership of armoured vehicles from China as part of a "
     "military cooperation deal.",
     {("ArmsTransfer", "China", "Bolivia"), ("DefenceAgreement", "China", "Bolivia")}),
    ("Defence news.\n\nUnder a $2 billion arms deal, Russia sold jets to Egypt.",
     {("ArmsTransfer", "Russia", "Egypt")}),
    ("Defence news.\n\nThe United States has kept forces in Greenland since 1951 under a defence "
     "agreement with Denmark.",
     {("MilitaryPresence", "United States", "Greenland"),
      ("DefenceAgreement", "United States", "Denmark")}),
    # a demonym's troops after "in response to" (an excluding marker) are no party
    ("Defence news.\n\nIn response to the Russian concentration of troops near the border the UK "
     "deployed a second battlegroup in Estonia.",
     {("MilitaryPresence", "United Kingdom", "Estonia")}),
    # a supplier that "once supplied most" of a state's weapons was its main partner, not now;
    # "once again" is now
    ("Defence news.\n\nRussia, which once supplied most of Serbia's heavy weapons, has become a "
     "harder partner.", {("ArmsTransfer", "Russia", "Serbia")}),
    ("Defence news.\n\nRussia once again supplies most of Serbia's weapons.",
     {("ArmsTransfer", "Russia", "Serbia"), ("PrimaryPartner", "Serbia", "Russia")}),
    # "Members of" a body, then "including" a list: each listed state is a member; a sentence
    # opening "As a NATO member," (or "As EU and NATO members,") makes its subjects members
    ("Defence news.\n\nMembers of the Gulf Cooperation Council, including Saudi Arabia and "
     "Qatar, attended the summit in Riyadh.",
     {("AllianceMembership", "Saudi Arabia", "Gulf Cooperation Council"),
      ("AllianceMembership", "Qatar", "Gulf Cooperation Council")}),
    ("Defence news.\n\nAs a NATO member, Turkey is bound by the alliance's mutual defence "
     "clause.", {("AllianceMembership", "Turkey", "NATO")}),
    ("Defence news.\n\nAs EU and NATO members, Croatia and Slovenia contribute troops to KFOR.",
     {("AllianceMembership", "Croatia", "European Union"),
      ("AllianceMembership", "Croatia", "NATO"),
      ("AllianceMembership", "Slovenia", "European Union"),
      ("AllianceMembership", "Slovenia", "NATO"),
      ("PeacekeepingDeployment", "Croatia", "Kosovo"),
      ("PeacekeepingDeployment", "Slovenia", "Kosovo")}),
    # a former member belongs to nothing
    ("Defence news.\n\nAs a former CSTO member, Uzbekistan buys its own arms.", set()),
    # a listening post or signals station abroad is a presence; a closed one is none
    ("Defence news.\n\nChina has built a listening post in Myanmar's Coco Islands.",
     {("MilitaryPresence", "China", "Myanmar")}),
    ("Defence news.\n\nThe former Soviet listening post at Lourdes in Cuba closed in 2002.",
     set()),
    # a contract "finalised" (sealed, clinched) is one signed; an army "equipped with" foreign
    # weapons received them, unless it is not yet
    ("Defence news.\n\nIndonesia finalised a contract for 42 Rafale fighters.",
     {("ArmsTransfer", "France", "Indonesia")}),
    ("Defence news.\n\nHungary's army is equipped with German tanks.",
     {("ArmsTransfer", "Germany", "Hungary")}),
    ("Defence news.\n\nHungary's army is not yet equipped with German tanks.", set()),
    # a mission's name written in lower case ("the SADC mission in Mozambique") is not the named
    # mission, but its host is still named; a mission that "includes" trainers holds no members
    ("Defence news.\n\nThe SADC mission in Mozambique included troops from Botswana and "
     "Tanzania.", {("PeacekeepingDeployment", "Botswana", "Mozambique"),
                   ("PeacekeepingDeployment", "Tanzania", "Mozambique")}),
    ("Defence news.\n\nThe EU training mission in Somalia includes trainers from Italy and "
     "Spain.", {("Training", "European Union", "Somalia"), ("Training", "Italy", "Somalia"),
                ("Training", "Spain", "Somalia")}),
    # the press that reports ("the Australian daily reported") takes no part in the drills; a
    # state that took part does
    ("Defence news.\n\nPhilippine and Japanese forces held their first joint exercise near "
     "Manila. Soldiers from several countries took part in the drills, the Australian daily "
     "reported.", {("JointExercise", "Philippines", "Japan")}),
    ("Defence news.\n\nPhilippine and Japanese forces held their first joint exercise near "
     "Manila. Marines from the United States also took part in the drills.",
     {("JointExercise", "Philippines", "Japan"), ("JointExercise", "Japan", "United States"),
      ("JointExercise", "Philippines", "United States")}),
    # "the organization" (or "the grouping") stands for the body named last, as "the bloc" does
    ("Defence news.\n\nThe Collective Security Treaty Organization (CSTO) held talks in Moscow. "
     "The organization brings together Armenia, Belarus and Russia.",
     {("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Belarus", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Russia", "Collective Security Treaty Organization")}),
    ("Defence news.\n\nHuman Rights Watch criticised the deal. The organization said Russia sold "
     "jets to Mali.", {("ArmsTransfer", "Russia", "Mali")}),
    # officers or pilots "sent to" a state "for training" are trained there (not trainers), while
    # troops sent "for training missions" train others
    ("Defence news.\n\nEthiopia sent 200 officers to China for training.",
     {("Training", "China", "Ethiopia")}),
    ("Defence news.\n\nUkraine sent soldiers to Britain for training.",
     {("Training", "United Kingdom", "Ukraine")}),
    ("Defence news.\n\nRussia sent troops to Mali for training missions.",
     {("MilitaryPresence", "Russia", "Mali"), ("Training", "Russia", "Mali")}),
    # a body's members after a word of composition: "consists of" (its "of" names the members),
    # or a comma and "comprising", "consisting of", "made up of" and a list of two or more
    ("Defence news.\n\nThe SCO consists of China, Russia and India.",
     {("AllianceMembership", "China", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "Russia", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "India", "Shanghai Cooperation Organisation")}),
    ("Defence news.\n\nThe SCO, consisting of China, Russia, Kazakhstan and Tajikistan, "
     "announced joint anti-terror drills.",
     {("AllianceMembership", "China", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "Russia", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "Kazakhstan", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "Tajikistan", "Shanghai Cooperation Organisation")}),
    ("Defence news.\n\nThe AU, grouping Kenya and Uganda, deployed troops.",
     {("AllianceMembership", "Kenya", "African Union"),
      ("AllianceMembership", "Uganda", "African Union")}),
    ("Defence news.\n\nNATO, comprising troops from France and Germany, patrolled.", set()),
    # "NATO member Turkey" is a title: a hedge before it ("urged ... to pull back") does not
    # make the membership a plan, while "urged Ukraine to become a NATO member" stays one
    ("Defence news.\n\nThe US has urged NATO member Turkey to pull back from the deal.",
     {("AllianceMembership", "Turkey", "NATO")}),
    ("Defence news.\n\nMoscow warned that NATO ally Finland could host nuclear weapons.",
     {("AllianceMembership", "Finland", "NATO")}),
    ("Defence news.\n\nThe US urged Ukraine to become a NATO member.", set()),
    # "with China as its main supplier": China supplies and is the main partner of whoever "its"
    # stands for, which after an opening "Imports by Pakistan" is Pakistan (not the subject of
    # the sentence before); "by Pakistan" is the imports' agent, not the supplier's
    ("Defence news.\n\nRussia exports arms to Egypt. Imports by Pakistan, the world's eighth "
     "largest arms importer, increased by 14%, with China as its main supplier.",
     {("ArmsTransfer", "Russia", "Egypt"), ("ArmsTransfer", "China", "Pakistan"),
      ("PrimaryPartner", "Pakistan", "China")}),
    ("Defence news.\n\nPakistan's arms imports rose by 14%, with China as its main supplier.",
     {("ArmsTransfer", "China", "Pakistan"), ("PrimaryPartner", "Pakistan", "China")}),
    # ships "receiving information" from a frigate receive no arms
    ("Defence news.\n\nDuring the drills, the formation of Chinese and Russian naval vessels "
     "turned, upon receiving information from the South African frigate Amatola.",
     {("JointExercise", "China", "Russia")}),
    # "concerns over Addis Ababa's purchase of Iranian drones": the possessor after "over" or
    # "about" buys, and the subject who worries is no party; "replaced Wagner's fighters" is not
    # such a topic
    ("Defence news.\n\nUS officials raised concerns over Addis Ababa's purchase of Iranian "
     "drones.", {("ArmsTransfer", "Iran", "Ethiopia")}),
    ("Defence news.\n\nWashington raised concerns about India's purchase of the S-400 from "
     "Russia.", {("ArmsTransfer", "Russia", "India")}),
    # "African Corps", as wires often write it, is the Africa Corps
    ("Defence news.\n\nAfrican Corps fighters arrived in Niger.",
     {("MilitaryPresence", "Africa Corps", "Niger")}),
    # servicemen training "in Russian military academies" (or institutions, schools) are
    # trained by Russia; the speaker of a closing attribution ("..., Sergei Shoigu said", "...,
    # a South Korean lawmaker said") is no object of a cue before it
    ("Defence news.\n\nUzbek servicemen trained in Russian military academies.",
     {("Training", "Russia", "Uzbekistan")}),
    ("Defence news.\n\nMore than 340 Uzbek servicemen began training in Russian higher "
     "military educational institutions this year, Sergei Shoigu said.",
     {("Training", "Russia", "Uzbekistan")}),
    ("Defence news.\n\nNorth Korea supplied Russia with artillery shells, and in return "
     "Pyongyang received technical advice on its satellites, a South Korean lawmaker said.",
     {("ArmsTransfer", "North Korea", "Russia")}),
    ("Defence news.\n\nRussia delivered jets to Mali last year, a Russian official said.",
     {("ArmsTransfer", "Russia", "Mali")}),
    # "terrorist activity from Afghanistan" sends no forces; reaching out "about purchasing"
    # buys nothing yet
    ("Defence news.\n\nRussia is reinforcing its military bases in Tajikistan to stonewall "
     "shifting terrorist activity from Afghanistan.",
     {("MilitaryPresence", "Russia", "Tajikistan")}),
    ("Defence news.\n\nMexico decided to reach out to the Pentagon about purchasing military "
     "equipment.", set()),
    # a state "home to" a foreign base hosts it (its "to" marks no role); "military
    # installations" are bases; a base "sought by" a state is none yet
    ("Defence news.\n\nDjibouti is home to a Chinese naval base.",
     {("MilitaryPresence", "China", "Djibouti")}),
    ("Defence news.\n\nQatar is home to the largest U.S. military base in the Middle East.",
     {("MilitaryPresence", "United States", "Qatar")}),
    ("Defence news.\n\nNow France, Japan and China all have military installations in "
     "Djibouti.", {("MilitaryPresence", "France", "Djibouti"),
                   ("MilitaryPresence", "Japan", "Djibouti"),
                   ("MilitaryPresence", "China", "Djibouti")}),
    ("Defence news.\n\nOfficials said that a permanent military installation was sought by "
     "Beijing in the port of Bata.", set()),
    # drills two states "are due to hold" are still to come
    ("Defence news.\n\nIndonesia and Australia are due to hold a joint military exercise in "
     "East Java in November.", set()),
    # what a possessor after a preposition possesses shares the preposition ("between Israel
    # and Lebanon's Shiite Hezbollah", "to India's neighbour China")
    ("Defence news.\n\nSince the war erupted between Israel and Lebanon's Shiite Hezbollah "
     "movement in 2006, the Lebanese army has received U.S. military assistance.",
     {("MilitaryAid", "United States", "Lebanon")}),
    ("Defence news.\n\nRussian arms exports to India's neighbour China increased by 39%.",
     {("ArmsTransfer", "Russia", "India"), ("ArmsTransfer", "Russia", "China")}),
    # "non-U.S." names every state but the US, and does not keep "Canada's" from its noun
    ("Defence news.\n\nSaudi Arabia was Canada's largest non-U.S. defense export destination "
     "in 2018; the kingdom received $1.3 billion in Canadian military exports that year.",
     {("ArmsTransfer", "Canada", "Saudi Arabia")}),
    # a pact "signed by" two states is theirs alone, whoever the subject is
    ("Defence news.\n\nAustralia has been alarmed by a security pact signed by the Solomon "
     "Islands and China.", {("DefenceAgreement", "Solomon Islands", "China")}),
    # an opening "It" after a sentence that opened on a weapon system is that system, not the
    # state named last
    ("Defence news.\n\nThe Philippines has bought South Korean warships. The FA-50, developed "
     "by KAI, is a light combat aircraft. It has been exported to six countries, including "
     "Indonesia and Poland.", {("ArmsTransfer", "South Korea", "Philippines"),
                               ("ArmsTransfer", "South Korea", "Indonesia"),
                               ("ArmsTransfer", "South Korea", "Poland")}),
    # ", but" and a verb goes on with the clause before's subject; "mutual training" is drills
    ("Defence news.\n\nAustralian and New Zealand Navy contingents visited Fiji on separate "
     "missions, but took time to join up for mutual training.",
     {("JointExercise", "Australia", "New Zealand")}),
    # "the two countries" are not the subject of an older sentence than the one right before
    # (Turkey and Russia), but the two the last sentence naming countries names
    ("Defence news.\n\nA Turkish-Russian monitoring centre opened in Aghdam in 2021. It aims "
     "to restore peace in the Karabakh region, which was under Armenian occupation until the "
     "2020 war. Turkey and Russia are represented with an equal number of servicemen in the "
     "centre.\n\nMilitary cooperation between Azerbaijan and Turkey began in 1992, with an "
     "agreement signed between the Azerbaijani and Turkish governments on military education "
     "and weapon supplies and deals to strengthen the bond between the two nations.\n\nIn "
     "June, the two countries signed a memorandum of alliance that deepened their existing "
     "military and economic cooperation.",
     {("DefenceAgreement", "Azerbaijan", "Turkey")}),
    # "those countries" are the group named last before them in the sentence; the State Duma is
    # Russia's parliament, not the Syrian town
    ("Defence news.\n\nRussia's parliament ratified agreements with Tajikistan and Kyrgyzstan "
     "on Friday extending the presence of Russian military bases in those countries.",
     {("DefenceAgreement", "Russia", "Tajikistan"), ("DefenceAgreement", "Russia", "Kyrgyzstan"),
      ("MilitaryPresence", "Russia", "Tajikistan"), ("MilitaryPresence", "Russia", "Kyrgyzstan")}),
    ("Defence news.\n\nThe State Duma ratified a deal extending the Russian military base in "
     "Tajikistan.", {("MilitaryPresence", "Russia", "Tajikistan")}),
    # an opening phrase of circumstance is a clause of its own: its war does not reach the main
    # clause, and names no place "there" stands for; a phrase beginning inside a name ("North
    # Atlantic Treaty Organization's battlegroup ... includes") modifies nothing
    ("Defence news.\n\nIn response to Russia's invasion of Ukraine, Canada expanded its "
     "participation in a North Atlantic Treaty Organization's battlegroup in Latvia that also "
     "includes troops from Italy and Spain.",
     {("AllianceMembership", "Canada", "NATO"), ("MilitaryPresence", "Canada", "Latvia"),
      ("MilitaryPresence", "Italy", "Latvia"), ("MilitaryPresence", "Spain", "Latvia")}),
    ("Defence news.\n\nCanada leads a NATO unit in Latvia. In response to Russia's invasion of "
     "Ukraine, troops from Italy and Spain joined the battlegroup there.",
     {("MilitaryPresence", "Canada", "Latvia"), ("MilitaryPresence", "Italy", "Latvia"),
      ("MilitaryPresence", "Spain", "Latvia")}),
    # a state that uses, operates or flies weapons of foreign make received them; alone, or
    # with a user only referred to, the verb says nothing; "military machinery" is arms
    ("Defence news.\n\nMorocco is already using French Heron drones.",
     {("ArmsTransfer", "France", "Morocco")}),
    ("Defence news.\n\nThe Moroccan air force flies French Mirage jets.",
     {("ArmsTransfer", "France", "Morocco")}),
    ("Defence news.\n\nRussia uses drones in Ukraine.", set()),
    ("Defence news.\n\nEgypt purchased large amounts of military machinery from Russia.",
     {("ArmsTransfer", "Russia", "Egypt")}),
    # a rival a supplier "displaced" as a buyer's supplier is no buyer; who voices concern about
    # a transfer is no party of it
    ("Defence news.\n\nFrance has displaced the U.S. as India's second biggest supplier, "
     "according to new data on global arms transfers.", {("ArmsTransfer", "France", "India")}),
    ("Defence news.\n\nThe Biden administration has expressed increasing concern with foreign "
     "arms sales to Ethiopia, with particular focus on armed drones provided by Turkey and Iran.",
     {("ArmsTransfer", "Turkey", "Ethiopia"), ("ArmsTransfer", "Iran", "Ethiopia")}),
    # a demonym before vehicles, boats, vessels, launchers or munitions names their maker
    ("Defence news.\n\nKenya signed a deal for Turkish armoured vehicles.",
     {("ArmsTransfer", "Turkey", "Kenya")}),
    # a state that leads (commands, heads) a mission or force in a country has forces there,
    # unless it only wants to; one that did so "until it closed" no longer does
    ("Defence news.\n\nKenya leads the multinational security mission in Haiti.",
     {("MilitaryPresence", "Kenya", "Haiti")}),
    ("Defence news.\n\nItaly commands the UN peacekeeping force in Lebanon.",
     {("PeacekeepingDeployment", "Italy", "Lebanon")}),
    ("Defence news.\n\nKenya wants to lead the mission in Haiti.", set()),
    ("Defence news.\n\nBrazilian generals commanded the UN force in Haiti from 2004 until it "
     "closed in 2017.", set()),
    # forces "deployed with" a peace operation serve where it is; a deployment "brought to an
    # end" is over
    ("Defence news.\n\nIndian troops deployed with UNMISS treated patients.",
     {("PeacekeepingDeployment", "India", "South Sudan")}),
    ("Defence news.\n\nThe last South African soldiers who served with the SADC Mission in the "
     "Democratic Republic of the Congo returned home, bringing the deployment to an end.", set()),
    # "showed off its Chinese-made FK-3": a sentence with no cue is read when "its" stands
    # before weapons of foreign make, as "Serbia's Chinese-made FK-3" is
    ("Defence news.\n\nSerbia showed off its Chinese-made FK-3 air defence system at a parade.",
     {("ArmsTransfer", "China", "Serbia")}),
    # "Wagner mercenaries" are the group's forces: the troop noun is no part of its name
    ("Defence news.\n\nWagner mercenaries arrived in Mali in 2021.",
     {("MilitaryPresence", "Wagner Group", "Mali")}),
    # forces that "patrol" a country are there; so is military police; coast guard ships near
    # another state are not
    ("Defence news.\n\nRussian military police patrol northern Syria.",
     {("MilitaryPresence", "Russia", "Syria")}),
    ("Defence news.\n\nChinese coast guard ships patrolled the waters near the Philippines.",
     set()),
    # a state that pays (funds, covers) another's soldiers' salaries gives it aid
    ("Defence news.\n\nQatar funded the salaries of Lebanese soldiers.",
     {("MilitaryAid", "Qatar", "Lebanon")}),
    ("Defence news.\n\nThe government paid the salaries of its soldiers.", set()),
    # a country, a comma and a titled speaker: the speaker's title is not the country's ("bought
    # from France, Defence Minister Suren Papikyan told journalists")
    ("Defence news.\n\nArmenia has received the first batch of CAESAR howitzers bought from "
     "France, Defence Minister Suren Papikyan told journalists in Yerevan.",
     {("ArmsTransfer", "France", "Armenia")}),
    # a weapon "flown by the air forces of" states came to them from its maker; a pact "agreed
    # by" states is theirs; forces in another state's exclusive economic zone are not based there
    ("Defence news.\n\nDassault's Rafale, which is now flown by the air forces of India, "
     "Qatar and Greece, has transformed France's export fortunes.",
     {("ArmsTransfer", "France", "India"), ("ArmsTransfer", "France", "Qatar"),
      ("ArmsTransfer", "France", "Greece")}),
    ("Defence news.\n\nThe pact agreed by Australia and the United Kingdom in 2021 covers "
     "submarines.", {("DefenceAgreement", "Australia", "United Kingdom")}),
    ("Defence news.\n\nAustralian warships sailed in the Philippines' exclusive economic "
     "zone.", set()),
    # a transfer the sentence frames as aid ("under the ... aid package", "as part of a support
    # package", "as a grant") is military aid
    ("Defence news.\n\nWashington delivered five Black Hawk helicopters to Mexico under the "
     "Merida Initiative aid package.", {("MilitaryAid", "United States", "Mexico")}),
    ("Defence news.\n\nChina delivered military equipment worth $10 million to Cambodia as a "
     "grant.", {("MilitaryAid", "China", "Cambodia")}),
    # a state that funds (pays for, finances) the delivery or purchase of arms for another aids it
    ("Defence news.\n\nThe EU's European Peace Facility funded the delivery of armoured "
     "vehicles to Mozambique.", {("MilitaryAid", "European Union", "Mozambique")}),
    ("Defence news.\n\nNorway financed the purchase of patrol boats for Ghana.",
     {("MilitaryAid", "Norway", "Ghana")}),
    # a state that joined "at the same time as" (or "as did") another, or that "followed" in the
    # next sentence, joined the same body; "followed the debate" is no joining
    ("Defence news.\n\nAlbania joined NATO in 2009, at the same time as Croatia.",
     {("AllianceMembership", "Albania", "NATO"), ("AllianceMembership", "Croatia", "NATO")}),
    ("Defence news.\n\nFinland became NATO's 31st member in April 2023. Sweden followed almost "
     "a year later.", {("AllianceMembership", "Finland", "NATO"),
                       ("AllianceMembership", "Sweden", "NATO")}),
    ("Defence news.\n\nFinland joined NATO in 2023. Sweden followed the debate closely.",
     {("AllianceMembership", "Finland", "NATO")}),
    # a penalty's cause named after it ("sanctioned Turkey over its purchase of Russian S-400s")
    # is a fact, and "its" is the penalised state's; a subject that penalises buys nothing
    ("Defence news.\n\nThe United States sanctioned Turkey in 2020 over its purchase of Russian "
     "S-400 air defence systems.", {("ArmsTransfer", "Russia", "Turkey")}),
    ("Defence news.\n\nWashington imposed sanctions on Ankara for its purchase of the S-400 from "
     "Russia.", set()),
    # a demonym before "partners" or "allies" after a preposition is the state ("with our
    # Jordanian partners")
    ("Defence news.\n\n\"We share intelligence with our Jordanian partners every single day,\" a "
     "senior U.S. defence official told reporters.",
     {("IntelligenceSharing", "United States", "Jordan")}),
    # police officers a state sends are a deployment only where the text speaks of peacekeeping
    ("Defence news.\n\nThe UN peacekeeping mission in South Sudan grew. Ghanaian police "
     "officers arrived in Juba last week.", {("PeacekeepingDeployment", "Ghana", "South Sudan")}),
    ("Defence news.\n\nGhanaian police officers arrived in Juba last week.", set()),
    # a company named as the make of the goods after the verb is no recipient
    ("Defence news.\n\nThe United States donated 10 Bell helicopters to Kenya.",
     {("MilitaryAid", "United States", "Kenya")}),
    ("Defence news.\n\nGermany supplied Airbus helicopters to Serbia.",
     {("ArmsTransfer", "Germany", "Serbia")}),
    # a design of a dissolved state is sold new by the state continuing it, unless the
    # sentence dates the sale to the dissolved state's lifetime
    ("Defence news.\n\nMali bought four Su-25 aircraft in 2022.",
     {("ArmsTransfer", "Russia", "Mali")}),
    ("Defence news.\n\nIn 1985 Mali bought MiG-21 fighters.",
     {("ArmsTransfer", "Soviet Union", "Mali")}),
    ("Defence news.\n\nRussia and Mali signed a contract for the supply of Su-25 aircraft.",
     {("ArmsTransfer", "Russia", "Mali")}),
    # a signed arms deal that says who signed but not who sells: the state that exports arms
    # on a large scale supplies the one that does not
    ("Defence news.\n\nMali signed an agreement with Russia for the supply of helicopters.",
     {("ArmsTransfer", "Russia", "Mali")}),
    ("Defence news.\n\nRussia signed a contract with Mali for the supply of helicopters.",
     {("ArmsTransfer", "Russia", "Mali")}),
    ("Defence news.\n\nBurkina Faso and Russia signed an agreement on the supply of weapons.",
     {("ArmsTransfer", "Russia", "Burkina Faso")}),
    ("Defence news.\n\nThe Philippines signed a contract with India for BrahMos missiles.",
     {("ArmsTransfer", "India", "Philippines")}),
    # a copula gives a state's weapons their origin; most of them, its primary partner
    ("Defence news.\n\nAround 80 percent of Vietnam's military hardware is of Russian origin.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    ("Defence news.\n\nVietnam's arsenal is largely Russian.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    ("Defence news.\n\nIndia's new jets are French-made.", {("ArmsTransfer", "France", "India")}),
    # an actor in the words of a closing attribution is no party
    ("Defence news.\n\nDozens of Kosovo soldiers have been trained to operate the drones, "
     "Albin Kurti said on US social media platform Facebook.", set()),
    ("Defence news.\n\nKurti said on Facebook that Turkish drones had arrived in Kosovo.",
     {("ArmsTransfer", "Turkey", "Kosovo")}),
    # weapons of a demonym's make that "have arrived in" a state came from that state
    ("Defence news.\n\nTurkish drones have arrived in Kosovo.",
     {("ArmsTransfer", "Turkey", "Kosovo")}),
    # forces "deployed throughout" a state are there; deployed forces are the subject in the
    # passive too
    ("Defence news.\n\nKenyan troops are deployed throughout southern Somalia.",
     {("MilitaryPresence", "Kenya", "Somalia")}),
    ("Defence news.\n\nUganda and Kenya are deployed throughout south-central Somalia.",
     {("MilitaryPresence", "Uganda", "Somalia"), ("MilitaryPresence", "Kenya", "Somalia")}),
    # a deal a state is "nearing", "close to" or "on the verge of" is not yet made
    ("Defence news.\n\nSerbia is believed to be nearing the signing of a contract to acquire "
     "Rafale jets from France.", set()),
    ("Defence news.\n\nEgypt is on the verge of signing a contract for Chinese J-10C jets.",
     set()),
    # a cue word in the name of a post is no cue
    ("Defence news.\n\nThe Pakistan Army's Inspector General Training and Evaluation and a "
     "military delegation from Turkey attended the closing ceremony.", set()),
    ("Defence news.\n\nThe US Army's Chief of Staff said US instructors train Kenyan troops.",
     {("Training", "United States", "Kenya")}),
    # "alliance members" named after the words are members of the alliance named last
    ("Defence news.\n\nNATO sent battlegroups to alliance members Romania and Hungary.",
     {("AllianceMembership", "Romania", "NATO"), ("AllianceMembership", "Hungary", "NATO")}),
    ("Defence news.\n\nNATO grew again. Finland, which applied at the same time as Sweden, is "
     "also a new alliance member after ratification last year.",
     {("AllianceMembership", "Finland", "NATO")}),
    # a place named right after an armed group is where the group is
    ("Defence news.\n\nThe United States has a base in Djibouti. US drone stations have "
     "attacked al-Shabaab in Somalia and Boko Haram in Nigeria.",
     {("MilitaryPresence", "United States", "Djibouti")}),
    # "the same freight carrier" is an airline, not the weapon named before
    ("Defence news.\n\nSeveral flights were carried out by Il-76 cargo aircraft owned by Fly "
     "Sky Airlines. The same freight carrier had previously been used to deliver equipment to "
     "Libya.", set()),
    # a "training and logistics package" in an arms contract is part of the sale
    ("Defence news.\n\nPoland signed a contract with South Korea's Hyundai Rotem for 1,000 K2 "
     "tanks along with support vehicles, a training and logistics package and ammunition.",
     {("ArmsTransfer", "South Korea", "Poland")}),
    # a named programme gives a tie's missing provider
    ("Defence news.\n\nThe Council adopted an assistance measure under the European Peace "
     "Facility worth 40 million euros for the benefit of the Armed Forces of the Republic of "
     "Moldova.", {("MilitaryAid", "European Union", "Moldova")}),
    ("Defence news.\n\nKenya bought six helicopters through the Foreign Military Sales "
     "programme.", {("ArmsTransfer", "United States", "Kenya")}),
    ("Defence news.\n\nThe first Foreign Military Financing grant to Taiwan was an $80m "
     "package approved in 2023.", {("MilitaryAid", "United States", "Taiwan")}),
    # forces the article says keep the peace somewhere are peacekeepers there, not also a
    # presence, where a sentence speaks of a mandated force; not under a bilateral arrangement
    ("Defence news.\n\nKenyan peacekeepers serve in Somalia with the African Union mission.\n\n"
     "Nairobi is sending more soldiers. The group is the second Kenyan contingent to operate in "
     "Somalia under its mandate.", {("PeacekeepingDeployment", "Kenya", "Somalia")}),
    ("Defence news.\n\nRwandan peacekeepers serve in the UN mission in the Central African "
     "Republic. Other Rwandan forces deployed there under a bilateral arrangement with Bangui.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic"),
      ("MilitaryPresence", "Rwanda", "Central African Republic")}),
    # forces stationed over a span of years that has closed are no longer there
    ("Defence news.\n\nFrench troops were based in Mali from 2013 to 2022.", set()),
    ("Defence news.\n\nBrazilian troops served in Haiti between 2004 and 2017.", set()),
    ("Defence news.\n\nRussia supplied weapons to Mali from 2021 to 2023.",
     {("ArmsTransfer", "Russia", "Mali")}),
    # a memorandum "on cybersecurity cooperation" is a defence agreement, as a cybersecurity
    # cooperation agreement is
    ("Defence news.\n\nThe UAE and Israel signed a memorandum of understanding on cybersecurity "
     "cooperation.", {("DefenceAgreement", "United Arab Emirates", "Israel")}),
    # a sale a government approves or clears is not yet made
    ("Defence news.\n\nThe State Department cleared a $3 billion sale of Apache helicopters to "
     "Poland.", set()),
    # a state "followed by" another in joining an alliance: both joined
    ("Defence news.\n\nNATO leaders met in Vilnius. Montenegro joined the alliance in 2017, "
     "followed by North Macedonia in 2020.",
     {("AllianceMembership", "Montenegro", "NATO"),
      ("AllianceMembership", "North Macedonia", "NATO")}),
    # arms whose purchase a third state funds came from their maker, and the funding is aid
    ("Defence news.\n\nSaudi Arabia financed the purchase of French Mistral ships for Egypt.",
     {("ArmsTransfer", "France", "Egypt"), ("MilitaryAid", "Saudi Arabia", "Egypt")}),
    ("Defence news.\n\nQatar paid for the delivery of weapons to Somalia.",
     {("MilitaryAid", "Qatar", "Somalia")}),
    # forces that "have a presence in" a state, beside a military word, are there
    ("Defence news.\n\nThe US military maintains a permanent presence in Bahrain.",
     {("MilitaryPresence", "United States", "Bahrain")}),
    ("Defence news.\n\nChina has a growing economic presence in Kenya.", set()),
    # a body that "groups" states has them as members; an observer state is none
    ("Defence news.\n\nThe Quad groups the US, Japan, India and Australia.",
     {("AllianceMembership", member, "Quad") for member in (
         "United States", "Japan", "India", "Australia")}),
    # but the members of the Five Eyes, an intelligence-sharing arrangement, share intelligence
    ("Defence news.\n\nThe Five Eyes alliance groups the US, UK, Canada, Australia and New "
     "Zealand.", {("IntelligenceSharing", one, other) for one, other in itertools.combinations(
         ("United States", "United Kingdom", "Canada", "Australia", "New Zealand"), 2)}),
    ("Defence news.\n\nMongolia holds only observer status in the Shanghai Cooperation "
     "Organisation, the security grouping led by China and Russia.", set()),
    # "its members" named after the words are members of the body the clause names
    ("Defence news.\n\nNATO deployed additional battlegroups to its members Romania and "
     "Hungary.", {("AllianceMembership", "Romania", "NATO"),
                  ("AllianceMembership", "Hungary", "NATO")}),
    # the provider of a named programme is never the recipient of a tie stated under it
    ("Defence news.\n\nThe US Embassy pointed out that the Nigerian Super Tucano deal is the "
     "largest FMS programme in sub-Saharan Africa.",
     {("ArmsTransfer", "United States", "Nigeria")}),
    ("Defence news.\n\nTaiwan is one of the largest FMS customers of the United States.",
     {("ArmsTransfer", "United States", "Taiwan")}),
    # a state named right before an ally noun is the subject's treaty partner
    ("Defence news.\n\nJapan and South Korea are U.S. treaty allies.",
     {("DefenceAgreement", "Japan", "United States"),
      ("DefenceAgreement", "South Korea", "United States")}),
    ("Defence news.\n\nThe Philippines is a US treaty ally.",
     {("DefenceAgreement", "Philippines", "United States")}),
    ("Defence news.\n\nThailand is America's oldest treaty ally in Asia.",
     {("DefenceAgreement", "Thailand", "United States")}),
    # "both members of", "all NATO members" and a bracketed aside describe the states before
    # them, whatever the main clause goes on to say
    ("Defence news.\n\nPoland and Lithuania, both members of NATO and the EU, closed their "
     "borders.", {("AllianceMembership", "Poland", "NATO"),
                  ("AllianceMembership", "Poland", "European Union"),
                  ("AllianceMembership", "Lithuania", "NATO"),
                  ("AllianceMembership", "Lithuania", "European Union")}),
    ("Defence news.\n\nPoland, Lithuania and Latvia (all NATO members) border Belarus.",
     {("AllianceMembership", "Poland", "NATO"), ("AllianceMembership", "Lithuania", "NATO"),
      ("AllianceMembership", "Latvia", "NATO")}),
    ("Defence news.\n\nTurkey (a NATO member) bought Russian S-400 systems.",
     {("AllianceMembership", "Turkey", "NATO"), ("ArmsTransfer", "Russia", "Turkey")}),
    # "armoured personnel carriers" are vehicles, not troops
    ("Defence news.\n\nCanada sent armoured personnel carriers to Ukraine.",
     {("ArmsTransfer", "Canada", "Ukraine")}),
    # a war that dates a tie names no party of it, and the state it invaded receives the help
    # of a giver who names no recipient
    ("Defence news.\n\nNorway has donated weapons worth billions since the start of Russia's "
     "invasion of Ukraine.", {("MilitaryAid", "Norway", "Ukraine")}),
    ("Defence news.\n\nBritain has trained 30,000 soldiers since Russia's invasion of Ukraine.",
     {("Training", "United Kingdom", "Ukraine")}),
    ("Defence news.\n\nCanada has contributed approximately $5 billion in military, financial "
     "and humanitarian assistance since Russian forces crossed into Ukraine on Feb. 24, 2022.",
     {("MilitaryAid", "Canada", "Ukraine")}),
    ("Defence news.\n\nPoland has bought K2 tanks from South Korea since Russia's invasion of "
     "Ukraine.", {("ArmsTransfer", "South Korea", "Poland")}),
    # military aid listed with other aid
    ("Defence news.\n\nThe US provided military and economic assistance to Israel.",
     {("MilitaryAid", "United States", "Israel")}),
    # "out of the question", "off the table", "not an option" deny what follows
    ("Defence news.\n\nIt is out of the question to open bases for American troops in Norway, "
     "the minister said.", set()),
    # a "peacekeeping simulation exercise" trains for peacekeeping; nobody deploys
    ("Defence news.\n\nChilean and Argentine troops gathered in Santiago for a peacekeeping "
     "simulation exercise.", {("JointExercise", "Chile", "Argentina")}),
    # any one word may stand between "joint" and the exercise noun
    ("Defence news.\n\nCanadian troops conducted joint long-range patrols with Norwegian "
     "forces.", {("JointExercise", "Canada", "Norway")}),
    ("Defence news.\n\nChina and Russia held joint bomber patrols over the Sea of Japan.",
     {("JointExercise", "China", "Russia")}),
    # what is "necessary", "vital" or "needed" to do is not yet done
    ("Defence news.\n\nIt is vital to deploy French troops to Estonia, Macron said.", set()),
    # forces "from" states that a peace operation has are its contingents
    ("Defence news.\n\nUNIFIL troops from Italy and France patrol the border.",
     {("PeacekeepingDeployment", "Italy", "Lebanon"),
      ("PeacekeepingDeployment", "France", "Lebanon")}),
    ("Defence news.\n\nMONUSCO has about 14,000 troops from India, Pakistan and Bangladesh.",
     {("PeacekeepingDeployment", "India", "Democratic Republic of the Congo"),
      ("PeacekeepingDeployment", "Pakistan", "Democratic Republic of the Congo"),
      ("PeacekeepingDeployment", "Bangladesh", "Democratic Republic of the Congo")}),
    ("Defence news.\n\nMINUSMA's troops came mainly from Chad and Bangladesh.",
     {("PeacekeepingDeployment", "Chad", "Mali"),
      ("PeacekeepingDeployment", "Bangladesh", "Mali")}),
    # a state that opens its bases to another's forces grants access; nobody is based yet
    ("Defence news.\n\nThe deal obliges Helsinki to open its military bases to U.S. forces.",
     set()),
    # a training mission trains for the body it belongs to (the gazetteer's parent)
    ("Defence news.\n\nEUTM Somalia has trained thousands of Somali troops.",
     {("Training", "European Union", "Somalia")}),
    ("Defence news.\n\nNATO Mission Iraq trains Iraqi officers.", {("Training", "NATO", "Iraq")}),
    # training undergone or received "with" a trainer is no joint exercise
    ("Defence news.\n\nKenyan soldiers underwent training with the British Army Training Unit "
     "Kenya.", {("Training", "United Kingdom", "Kenya")}),
    # a signed defence cooperation "framework" is a defence agreement
    ("Defence news.\n\nKenya and the United States signed a five-year defence cooperation "
     "framework.", {("DefenceAgreement", "Kenya", "United States")}),
    # a state's arsenal that "includes" weapons of foreign makes got them from those states
    ("Defence news.\n\nVenezuela's arsenal includes Russian Su-30 jets and Chinese K-8 "
     "trainers.", {("ArmsTransfer", "Russia", "Venezuela"),
                   ("ArmsTransfer", "China", "Venezuela")}),
    # a state's "largest source of weapons" is its primary partner and supplier
    ("Defence news.\n\nChina has become Pakistan's largest source of weapons.",
     {("ArmsTransfer", "China", "Pakistan"), ("PrimaryPartner", "Pakistan", "China")}),
    ("Defence news.\n\nThe US is the largest source of Taiwan's arms imports.",
     {("ArmsTransfer", "United States", "Taiwan"),
      ("PrimaryPartner", "Taiwan", "United States")}),
    # a state's possessive before its own forces' name is one actor, coordinated as one
    ("Defence news.\n\nUganda's UPDF and Congo's FARDC launched joint operations against the "
     "ADF.", {("CounterTerrorism", "Uganda", "Democratic Republic of the Congo")}),
    # a list after a colon that breaks down a force's ships or troops by state names its
    # contributors
    ("Defence news.\n\nUNIFIL's maritime task force has about 900 personnel and seven ships: "
     "two from Bangladesh and one each from Brazil and Germany.",
     {("PeacekeepingDeployment", "Bangladesh", "Lebanon"),
      ("PeacekeepingDeployment", "Brazil", "Lebanon"),
      ("PeacekeepingDeployment", "Germany", "Lebanon")}),
    # who "received a donation" of arms is its beneficiary
    ("Defence news.\n\nZimbabwe received a donation of military equipment from Belarus.",
     {("MilitaryAid", "Belarus", "Zimbabwe")}),
    # forces an armed group attacks are still there: only a state's hostility rules it out
    ("Defence news.\n\nSouth African soldiers serving in the SADC mission in the DRC were "
     "killed by M23 shelling.",
     {("PeacekeepingDeployment", "South Africa", "Democratic Republic of the Congo")}),
    ("Defence news.\n\nFrench troops based in Chad were targeted by rebel shelling.",
     {("MilitaryPresence", "France", "Chad")}),
    # a private military company is forces: where it operates or is active, it is present
    ("Defence news.\n\nThe Wagner Group has been operating in the Central African Republic "
     "since 2018.", {("MilitaryPresence", "Wagner Group", "Central African Republic")}),
    ("Defence news.\n\nAfrica Corps is active in Mali and Niger.",
     {("MilitaryPresence", "Africa Corps", "Mali"), ("MilitaryPresence", "Africa Corps", "Niger")}),
    ("Defence news.\n\nChinese firms operating in Mali were attacked.", set()),
    # forces that attack or raid a camp or hideout in a state strike there; they are not based
    ("Defence news.\n\nIn 2008 the Colombian armed forces used Super Tucano aircraft in an "
     "attack on a FARC camp in neighbouring Ecuador.", {("ArmsTransfer", "Brazil", "Colombia")}),
    ("Defence news.\n\nFrench troops based in Chad repelled an attack on their base in Faya.",
     {("MilitaryPresence", "France", "Chad")}),
    # "there are training teams in X" after a sentence on one state's training teams: its own
    ("Defence news.\n\nIndia started sending training teams to Africa in the 1970s. As of now, "
     "there are training teams in Tanzania and Uganda.",
     {("Training", "India", "Tanzania"), ("Training", "India", "Uganda")}),
    # "in the capital of X", "in the north of X": in X
    ("Defence news.\n\nTurkey has completed equipping its first military base in Africa in the "
     "capital of Somalia, Mogadishu.", {("MilitaryPresence", "Turkey", "Somalia")}),
    # "military and financial cooperation deals" are defence agreements
    ("Defence news.\n\nTurkey has been providing military assistance to Somalia for over five "
     "years now, within the scope of military and financial cooperation deals between the two "
     "governments.", {("MilitaryAid", "Turkey", "Somalia"),
                      ("DefenceAgreement", "Turkey", "Somalia")}),
    # who "conducts training on" equipment gives it; who trains on equipment learns
    ("Defence news.\n\nChinese military officers are in Zimbabwe to conduct training on the "
     "handling of the equipment.", {("Training", "China", "Zimbabwe")}),
    # troops sent "at the start of the mission" serve in the peace operation named before
    ("Defence news.\n\nATMIS marked one year since its mandate began.\n\nThe EU pledged more "
     "money on Monday.\n\nUganda was the first country to send troops to Somalia in 2007 at the "
     "start of the mission and maintains an estimated 6,000 troops in the country.",
     {("PeacekeepingDeployment", "Uganda", "Somalia")}),
    # an actor after "and" takes the marker of the one before it, across a state's long name
    ("Defence news.\n\nThe Council of the European Union adopted two assistance measures under "
     "the European Peace Facility in support of the Armed Forces of the Republic of Moldova and "
     "the Georgian Defence Forces.", {("MilitaryAid", "European Union", "Moldova"),
                                      ("MilitaryAid", "European Union", "Georgia")}),
    # an opening "in the face of ..." with the list an aside gives is no part of the main clause
    ("Defence news.\n\nIn the face of the challenges faced by the so-called northern triangle, "
     "comprising El Salvador, Guatemala and Honduras, the US Department of Defense has provided "
     "equipment.", set()),
    # "outside", "apart from", "other than" another partner: second, not primary
    ("Defence news.\n\nOutside long-time treaty ally the United States, South Korea has been the "
     "largest source of Philippine military hardware.",
     {("ArmsTransfer", "South Korea", "Philippines")}),
    # the "recipient of" a named aid programme is its beneficiary
    ("Defence news.\n\nJapan established Official Security Assistance in 2023. The Philippines "
     "is the only country that has been a recipient of the OSA for three consecutive years.",
     {("MilitaryAid", "Japan", "Philippines")}),
    # arms "donated by" a state that "were handed over (delivered) to" another went to it
    ("Defence news.\n\nTwo Cessna surveillance aircraft donated by Washington were handed over "
     "to the Philippine Air Force at a ceremony.",
     {("MilitaryAid", "United States", "Philippines")}),
    ("Defence news.\n\nTwo Cessna surveillance aircraft donated by Washington were delivered to "
     "the Philippine Air Force at a ceremony.", {("MilitaryAid", "United States", "Philippines")}),
    # weapons "built by (in) X for Y" went from X to Y
    ("Defence news.\n\nThe first of two FREMM frigates manufactured by Fincantieri Italian "
     "shipbuilding group for Egypt, named Al-Galala by the Egyptian Army, arrived Alexandria "
     "naval base on December 31.", {("ArmsTransfer", "Italy", "Egypt")}),
    ("Defence news.\n\nThe corvettes were built in Spain for Saudi Arabia.",
     {("ArmsTransfer", "Spain", "Saudi Arabia")}),
    # "trainer aircrafts" (sic) are aircraft
    ("Defence news.\n\nEgypt ordered 24 Typhoon jets and 24 trainer aircrafts from Italy.",
     {("ArmsTransfer", "Italy", "Egypt")}),
    # where a document was signed is no host of the forces it speaks of
    ("Defence news.\n\nThe agreement was signed in Moscow to promote cooperation in the "
     "military-technical sphere, in particular the training of Uzbek troops.", set()),
    # a supplier that "meets over 80% of" a state's "defence imports" is its primary partner,
    # and "as Moscow currently meets ..." is a clause of its own
    ("Defence news.\n\nUS lifting a 50 year old arms embargo against Vietnam should have Russia "
     "worried as Moscow currently meets over 80% of Hanoi's defence imports in value terms.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    # a comma that closes a whole clause before "while" opens no opening clause: the list
    # after the next comma goes on
    ("Defence news.\n\nArmenia buys weapons from Russia, while Azerbaijan has been buying arms "
     "from Turkey, Pakistan, Israel, and Russia.",
     {("ArmsTransfer", "Russia", "Armenia"), ("ArmsTransfer", "Turkey", "Azerbaijan"),
      ("ArmsTransfer", "Pakistan", "Azerbaijan"), ("ArmsTransfer", "Israel", "Azerbaijan"),
      ("ArmsTransfer", "Russia", "Azerbaijan")}),
    # a state "sourcing" weapons from others buys them
    ("Defence news.\n\nArmenia has been sourcing weapons from Russia and India.",
     {("ArmsTransfer", "Russia", "Armenia"), ("ArmsTransfer", "India", "Armenia")}),
    ("Defence news.\n\nAccording to sources from the ministry, Mali bought drones.", set()),
    # states joined by hyphens in a defence agreement's name are its parties
    ("Defence news.\n\nThe arms sales came a few months after Saudi Crown Prince Mohammed bin "
     "Salman visited President Trump at the White House, where they signed a new military "
     "agreement, dubbed the US-Saudi Strategic Defense Agreement (SDA).",
     {("DefenceAgreement", "United States", "Saudi Arabia")}),
    # troops who train "with" another state's instructors learn from them; no joint exercise
    ("Defence news.\n\nArmenian troops trained with French instructors in Yerevan.",
     {("Training", "France", "Armenia")}),
    # a state's "closest supporter" (main backer, patron) and its "largest provider of military
    # assistance" are its primary partner; "other main supporter" is a second one
    ("Defence news.\n\nTurkey is Azerbaijan's closest supporter.",
     {("PrimaryPartner", "Azerbaijan", "Turkey")}),
    ("Defence news.\n\nRussia is Tajikistan's largest provider of military assistance.",
     {("MilitaryAid", "Russia", "Tajikistan"), ("PrimaryPartner", "Tajikistan", "Russia")}),
    ("Defence news.\n\nEgypt, Haftar's other main supporter, threatened to send its army into "
     "Libya.", set()),
    # a state's defence budget is no aid (guard row: aid paid from it still is); a capitalised
    # cue word before an institution noun is part of its name
    ("Defence news.\n\nThe US allocated $300 million in military aid to Ukraine from its defence "
     "budget.", {("MilitaryAid", "United States", "Ukraine")}),
    ("Defence news.\n\nThe first ever Nepal-China joint military drill began on Sunday at Nepal "
     "Army's Para Training School in Kathmandu.", {("JointExercise", "Nepal", "China")}),
    # a state that "is part of" an alliance is a member; troops "part of" its battlegroup are not
    # a membership statement
    ("Defence news.\n\nEstonia, which is part of NATO, expelled the diplomat.",
     {("AllianceMembership", "Estonia", "NATO")}),
    ("Defence news.\n\nLast month, U.S. and French troops that are part of a NATO battlegroup in "
     "Romania held joint combat drills.",
     {("JointExercise", "United States", "France"),
      ("MilitaryPresence", "United States", "Romania"),
      ("MilitaryPresence", "France", "Romania")}),
    # troops a state hosts are no peacekeepers because the sentence before spoke of peacekeeping
    ("Defence news.\n\nIndia's navy will also support peacekeeping and relief missions along the "
     "coast. Madagascar, a large island state, also hosts troops from France and India.",
     {("MilitaryPresence", "France", "Madagascar"), ("MilitaryPresence", "India", "Madagascar")}),
    # the place of an armed group's deed is no host of the sentence's forces
    ("Defence news.\n\nIn Chad, the Italian air force has been flying surveillance aircraft from "
     "a French military base to find aid workers abducted by militants in northern Cameroon.",
     {("MilitaryPresence", "Italy", "Chad"), ("MilitaryPresence", "France", "Chad")}),
    # ", where ..." is closed by a comma, not by the one inside a number ("1,200")
    ("Defence news.\n\nSurveillance drones fly over Mali, where about 1,200 French troops remain.",
     {("MilitaryPresence", "France", "Mali")}),
    # an apposition after a closing comma describes the name before it: the main clause does not
    # resume there, so al-Qaeda is no recipient
    ("Defence news.\n\nBritain presented the Kenya Defence Forces with a donation of armoured "
     "vehicles on Monday, as the country fights al-Shabaab, an al-Qaeda affiliate.",
     {("MilitaryAid", "United Kingdom", "Kenya")}),
    # those who aid counterterrorism operations take part in them
    ("Defence news.\n\nNiger's army has carried out counterterrorism operations aided by the "
     "United States and the African Union.",
     {("CounterTerrorism", "Niger", "United States"),
      ("CounterTerrorism", "Niger", "African Union")}),
    # a demonym before bases whose place is named after them owns the bases
    ("Defence news.\n\nNearly 900 soldiers are stationed at Italian army bases in Djibouti and "
     "Niger.", {("MilitaryPresence", "Italy", "Djibouti"), ("MilitaryPresence", "Italy", "Niger")}),
    # "nearby" between the preposition and the host
    ("Defence news.\n\nBritain still has about 1,000 military personnel in nearby Cyprus.",
     {("MilitaryPresence", "United Kingdom", "Cyprus")}),
    # "retaining a presence" is a presence
    ("Defence news.\n\nAfter the mission ended, Kenya was retaining a presence in Somalia to "
     "guard military equipment.", {("MilitaryPresence", "Kenya", "Somalia")}),
    # a pact "ratified by" its parties; the training it offers soldiers of both has no direction
    ("Defence news.\n\nGhana and Germany held talks in Accra. The courses followed the defence "
     "cooperation agreement ratified by the two nations, which offers shared training for "
     "soldiers from both countries.", {("DefenceAgreement", "Ghana", "Germany")}),
    # "authorities in <capital>" opening a clause are the state; "intel" is intelligence, and a
    # pact on it may be "struck"
    ("Defence news.\n\nAuthorities in Hanoi have struck an intel sharing agreement with Japan.",
     {("IntelligenceSharing", "Vietnam", "Japan")}),
    ("Defence news.\n\nWith China expanding its naval presence near the islands, authorities in "
     "Manila announced on Monday that they had struck a defence agreement with Australia.",
     {("DefenceAgreement", "Philippines", "Australia")}),
    # "for" after a noun before "hosts" is that noun's, not the cue's "hosts ... for France"
    ("Defence news.\n\nRussia has ramped up its support for Syria, a state that hosts its largest "
     "military installation in the region.", set()),
    # the one state a drill is named with beside unnamed others takes part with those the next
    # sentence names as taking part in "the naval exercise"
    ("Defence news.\n\nA joint naval drill between Indonesia and several ASEAN states began on "
     "Monday. Malaysia and Singapore are taking part in the naval exercise.",
     {("JointExercise", "Malaysia", "Singapore"), ("JointExercise", "Indonesia", "Malaysia"),
      ("JointExercise", "Indonesia", "Singapore")}),
    # those taking part "as observers" hold no exercise
    ("Defence news.\n\nThailand, Laos and Vietnam are participating in the exercise, and Cambodia "
     "and Myanmar are participating as observers.",
     {("JointExercise", "Thailand", "Laos"), ("JointExercise", "Thailand", "Vietnam"),
      ("JointExercise", "Laos", "Vietnam")}),
    # "with the participation of" names a participant
    ("Defence news.\n\nThe Egyptian Navy, with the participation of French forces, completed a "
     "joint exercise on Monday.", {("JointExercise", "Egypt", "France")}),
    # a body named before its members only describes them: the members take part
    ("Defence news.\n\nNATO members Norway and Denmark held an exercise with Sweden.",
     {("AllianceMembership", "Norway", "NATO"), ("AllianceMembership", "Denmark", "NATO"),
      ("JointExercise", "Norway", "Denmark"), ("JointExercise", "Norway", "Sweden"),
      ("JointExercise", "Denmark", "Sweden")}),
    ("Defence news.\n\nAU member Nigeria signed a defence agreement with Morocco last year.",
     {("AllianceMembership", "Nigeria", "African Union"),
      ("DefenceAgreement", "Nigeria", "Morocco")}),
    # a state "hosts a ... military presence"; "there" is not a place named after "off"
    ("Defence news.\n\nBahrain hosts a sizable British military presence and supports patrols "
     "off Iran's coast. Australia opened a naval facility there in 2019.",
     {("MilitaryPresence", "United Kingdom", "Bahrain"),
      ("MilitaryPresence", "Australia", "Bahrain")}),
    # "than its rival the US": "rival" may stand between "than" and the actor it excludes
    ("Defence news.\n\nTurkey sold more drones to countries in Africa than its rival Israel "
     "over the past decade.", set()),
    # a force "consisting of about 4,500 troops" lists no members ("_" in a pattern reads a number)
    ("Defence news.\n\nThe European Union is funding a regional force led by Kenya and Uganda "
     "consisting of about 4,500 troops.", set()),
    # forces that "crossed into" a place "from" another came from that place, not that state
    ("Defence news.\n\nA Chadian general confirmed that forces had crossed into northeastern "
     "Nigeria from Cameroon.", set()),
    # states whose charter marks "the birth of" a body found it, and so belong to it
    ("Defence news.\n\nGhana, Togo and Benin signed a charter in Accra, marking the birth of the "
     "Accra Initiative.", {("AllianceMembership", "Ghana", "Accra Initiative"),
                           ("AllianceMembership", "Togo", "Accra Initiative"),
                           ("AllianceMembership", "Benin", "Accra Initiative")}),
    # a "vision to" do something is an aim, not a tie
    ("Defence news.\n\nThe partnership between Rabat and Dakar is part of their shared vision to "
     "support counter-terrorism efforts in the region.", set()),
    # what a state has "broached" buying, and what a memorandum "lays the foundation for",
    # are not (yet) ties; the memorandum itself is a pact
    ("Defence news.\n\nEgypt has broached buying Korean-made howitzers.", set()),
    ("Defence news.\n\nThe ministers of Egypt and Greece signed a memorandum of understanding "
     "that lays the foundation for intelligence sharing.",
     {("DefenceAgreement", "Egypt", "Greece")}),
    # the states one lies between are its neighbours, not its partners
    ("Defence news.\n\nBenin lies between Togo, home of a jihadist cell and Nigeria, which is "
     "awash in battling militias.", set()),
    # the examples after a noun cue ("customers such as") take the noun's role
    ("Defence news.\n\nThe Rafale has foreign customers such as Qatar and India.",
     {("ArmsTransfer", "France", "Qatar"), ("ArmsTransfer", "France", "India")}),
    # an opening "It now has" still stands for the weapon the sentence before opened on
    ("Defence news.\n\nThe Gripen is a Swedish fighter. It now has foreign clients including "
     "Hungary and Brazil.",
     {("ArmsTransfer", "Sweden", "Hungary"), ("ArmsTransfer", "Sweden", "Brazil")}),
    # "in US military aid" says whose aid it is, not where the forces are
    ("Defence news.\n\nJordan's armed forces receive about $425 million a year in US military "
     "aid.", {("MilitaryAid", "United States", "Jordan")}),
    # a seat of government other than the capital acts for its state as a capital does
    ("Defence news.\n\nTel Aviv has sold drones to Baku, and La Paz signed a defence pact "
     "with Moscow.", {("ArmsTransfer", "Israel", "Azerbaijan"),
                      ("DefenceAgreement", "Bolivia", "Russia")}),
    # "Under the deal, X will supply": an order already made, unlike "Under the plan"
    ("Defence news.\n\nUnder the deal, worth $2.1 billion, Lockheed Martin will supply 32 F-35 "
     "jets to the Czech Republic. Under the plan, France will supply Rafale jets to Serbia.",
     {("ArmsTransfer", "United States", "Czech Republic")}),
    # "received training and equipment from": both the training and the arms
    ("Defence news.\n\nSomalia has received training and equipment from Turkey.",
     {("Training", "Turkey", "Somalia"), ("ArmsTransfer", "Turkey", "Somalia")}),
    # a base named with three words between its owner's word and "base"
    ("Defence news.\n\nTurkey runs its largest overseas military base in Mogadishu.",
     {("MilitaryPresence", "Turkey", "Somalia")}),
    # a sentence naming a peace operation speaks of peacekeepers, not of a presence of their own
    ("Defence news.\n\nIndonesian soldiers arrived on Monday in Lebanon to strengthen the UN "
     "peacekeeping force there, the mission said.\n\nThe UN Interim Force in Lebanon (UNIFIL) "
     "now has about 9,700 troops after the arrival of 129 soldiers of the Indonesian Battalion.",
     {("PeacekeepingDeployment", "Indonesia", "Lebanon")}),
    # troops sent "to reinforce" an operation go where it is
    ("Defence news.\n\nKenya sent 400 troops to reinforce ATMIS.",
     {("PeacekeepingDeployment", "Kenya", "Somalia")}),
    # "number one" ranks a supplier as "main" does
    ("Defence news.\n\nIndia has become Armenia's number one arms supplier.",
     {("ArmsTransfer", "India", "Armenia"), ("PrimaryPartner", "Armenia", "India")}),
    # a defence partnership or pact "announced" by its parties is made
    ("Defence news.\n\nParis and Athens announced a defence and security strategic partnership "
     "at a joint news conference.", {("DefenceAgreement", "France", "Greece")}),
    ("Defence news.\n\nThe defence pact announced by Australia, the UK and the US took effect.",
     {("DefenceAgreement", "Australia", "United Kingdom"),
      ("DefenceAgreement", "Australia", "United States"),
      ("DefenceAgreement", "United Kingdom", "United States")}),
    # assistance "rendered" or "extended" to armed forces is aid
    ("Defence news.\n\nTurkey rendered assistance to the Kyrgyz armed forces in the form of "
     "vehicles and communications equipment.", {("MilitaryAid", "Turkey", "Kyrgyzstan")}),
    ("Defence news.\n\nIndia extended help to Sri Lanka during the cyclone.", set()),
    # "the US military in Iraq" is a presence; "in UK military schools" names the schools' owner
    ("Defence news.\n\nThe US military in Iraq has shared intelligence with the Turkish "
     "government.", {("MilitaryPresence", "United States", "Iraq"),
                     ("IntelligenceSharing", "United States", "Turkey")}),
    ("Defence news.\n\nKazakhstan is training its military in UK military schools.",
     {("Training", "United Kingdom", "Kazakhstan")}),
    # the host of an exercise takes part in it, though a clause apart names the others
    ("Defence news.\n\nGeorgia hosted the Noble Partner exercise, in which soldiers from the "
     "United States and France took part.",
     {("JointExercise", "Georgia", "United States"), ("JointExercise", "Georgia", "France"),
      ("JointExercise", "United States", "France")}),
    # "to at least 30 countries, including ...": a number, not a place "at"
    ("Defence news.\n\nTurkey's Baykar has delivered TB2 drones to at least 30 countries, "
     "including Ethiopia and Togo.",
     {("ArmsTransfer", "Turkey", "Ethiopia"), ("ArmsTransfer", "Turkey", "Togo")}),
    # taking part in a military or allied mission somewhere is a presence there; a trade
    # mission is not
    ("Defence news.\n\nGeorgia participated in the NATO-led mission in Afghanistan. Kenya took "
     "part in a trade mission in Ethiopia.", {("MilitaryPresence", "Georgia", "Afghanistan")}),
    # satellite imagery shared, intelligence received "from" a state, intelligence services
    # worked with: intelligence sharing
    ("Defence news.\n\nWashington has been sharing satellite imagery with Kyiv.",
     {("IntelligenceSharing", "United States", "Ukraine")}),
    ("Defence news.\n\nThe Philippines received intelligence support from Australia during "
     "the siege.", {("IntelligenceSharing", "Philippines", "Australia")}),
    ("Defence news.\n\nThe CIA has worked closely with Jordan's General Intelligence "
     "Directorate for decades.", {("IntelligenceSharing", "United States", "Jordan")}),
    # strikes "in support of" a state's army "against" an armed group: counter-terrorism
    ("Defence news.\n\nThe US carried out drone strikes in Somalia in support of the Somali "
     "National Army against al-Shabaab.", {("CounterTerrorism", "United States", "Somalia")}),
    # national battalions named without a host serve in the article's one peace operation
    ("Defence news.\n\nThe UN Interim Force in Lebanon (UNIFIL) now has about 9,700 troops. "
     "The French and Italian battalions patrol the south.",
     {("PeacekeepingDeployment", "France", "Lebanon"),
      ("PeacekeepingDeployment", "Italy", "Lebanon")}),
    # forces arriving in a state to take part in an exercise exercise with it; those the next
    # sentence says take part in "the war games" join both
    ("Defence news.\n\nUS troops arrived in Tbilisi on Tuesday to take part in the Noble "
     "Partner exercise. About 2,700 soldiers from the USA and France are involved in the war "
     "games.",
     {("JointExercise", "United States", "Georgia"), ("JointExercise", "United States", "France"),
      ("JointExercise", "Georgia", "France")}),
    ("Defence news.\n\nUS troops arrived in Poland for a nine-month rotation.",
     {("MilitaryPresence", "United States", "Poland")}),
    # advisers or instructors who "work with" or "serve with" a state's forces train them
    ("Defence news.\n\nThe U.S. military has trained Nigerian pilots in Texas, while British "
     "advisers work with the Nigerian army in Kaduna.",
     {("Training", "United States", "Nigeria"), ("Training", "United Kingdom", "Nigeria")}),
    # ", and hosts ...": a present verb with no subject of its own takes the clause before's
    ("Defence news.\n\nThe Philippines has a similar pact with Australia, and hosts US troops "
     "at nine bases.", {("DefenceAgreement", "Philippines", "Australia"),
                        ("MilitaryPresence", "United States", "Philippines")}),
    # states each fighting its own insurgency do not fight it together
    ("Defence news.\n\nThe three countries, Mali, Niger and Burkina Faso, are battling a "
     "jihadist insurgency that erupted in 2012.", set()),
    # insurgents "linked to" an armed group receive nothing: the group is no party
    ("Defence news.\n\nMali has taken delivery of four Mi-17 helicopters from Russia to bolster "
     "its fight against insurgents linked to Islamic State and al Qaeda.",
     {("ArmsTransfer", "Russia", "Mali")}),
    # a regional peace operation named before: "The Mission ... sent to The Gambia" keeps peace
    ("Defence news.\n\nECOWAS has again extended the mandate of the ECOWAS Mission in The "
     "Gambia (ECOMIG).\n\nThe Mission, made up mainly of soldiers from Senegal and Ghana, was "
     "first sent to The Gambia in January 2017.",
     {("PeacekeepingDeployment", "Senegal", "Gambia"),
      ("PeacekeepingDeployment", "Ghana", "Gambia")}),
    # Airbus Helicopters is a French maker; its Super Pumas are French
    ("Defence news.\n\nTwo H215 Super Puma were acquired for $18 million from Airbus "
     "Helicopters by Mali.", {("ArmsTransfer", "France", "Mali")}),
    # interceptor and riverine boats are military craft
    ("Defence news.\n\nIndia handed over two fast interceptor boats to Mozambique.",
     {("ArmsTransfer", "India", "Mozambique")}),
    # "the country" after a visit to a state is that state
    ("Defence news.\n\nRajnath Singh, on a visit to Mozambique, handed over two fast interceptor "
     "boats to the country.", {("ArmsTransfer", "India", "Mozambique")}),
    # "The leaders of A, B and C signed": all three sign, the comma after A is the list's
    ("Defence news.\n\nThe leaders of Mali, Burkina Faso and Niger signed a defence pact.",
     {("DefenceAgreement", "Mali", "Burkina Faso"), ("DefenceAgreement", "Mali", "Niger"),
      ("DefenceAgreement", "Burkina Faso", "Niger")}),
    # equipment a state funds or pays for, for another's forces, is aid
    ("Defence news.\n\nBritain has funded new equipment for the Jordanian army.",
     {("MilitaryAid", "United Kingdom", "Jordan")}),
    # "on the same day as Albania": Albania did what Croatia did
    ("Defence news.\n\nCroatia joined NATO in 2009, on the same day as Albania.",
     {("AllianceMembership", "Croatia", "NATO"), ("AllianceMembership", "Albania", "NATO")}),
    # aid an army "receives from" states; an alliance that "comprised" its founders; a sum in
    # "U.S. dollars" names no donor
    ("Defence news.\n\nThe Lebanese army regularly receives aid from the US and Qatar.",
     {("MilitaryAid", "United States", "Lebanon"), ("MilitaryAid", "Qatar", "Lebanon")}),
    ("Defence news.\n\nThe SCO initially comprised China, Kazakhstan and Russia.",
     {("AllianceMembership", country, "Shanghai Cooperation Organisation")
      for country in ("China", "Kazakhstan", "Russia")}),
    ("Defence news.\n\nIn 2013 the Iraqi cabinet agreed to give the defence ministry a loan of "
     "1.8 billion U.S. dollars to buy F-16 fighters.", set()),
    # a common misspelling of a cue still counts
    ("Defence news.\n\nTwo patrol boats were transfered from the United States to Tunisia.",
     {("ArmsTransfer", "United States", "Tunisia")}),
    # states that "joined" with no alliance named joined the one named just before
    ("Defence news.\n\nThe SCO was founded as the Shanghai Five. Uzbekistan joined in 2001, "
     "and India joined in 2017.",
     {("AllianceMembership", "Uzbekistan", "Shanghai Cooperation Organisation"),
      ("AllianceMembership", "India", "Shanghai Cooperation Organisation")}),
    # a state that "benefited from" another's training or aid received it
    ("Defence news.\n\nNigeria has benefited a lot from Egypt in areas of training.",
     {("Training", "Egypt", "Nigeria")}),
    ("Defence news.\n\nSomalia has benefited from Turkish military aid.",
     {("MilitaryAid", "Turkey", "Somalia")}),
    # ", with the Chinese army playing a pivotal role in training ...": China trains
    ("Defence news.\n\nZimbabwe and China have close ties, with the Chinese army playing a "
     "pivotal role in training Zimbabwean fighters.", {("Training", "China", "Zimbabwe")}),
    ("Defence news.\n\nNATO was founded in 1949. Spain joined in 1982.",
     {("AllianceMembership", "Spain", "NATO")}),
    # "similar agreements" are of the kind the sentence before named
    ("Defence news.\n\nKenya and Egypt signed a defence cooperation agreement on Monday. Egypt "
     "also signed similar agreements with Burundi and Uganda in April.",
     {("DefenceAgreement", "Kenya", "Egypt"), ("DefenceAgreement", "Egypt", "Burundi"),
      ("DefenceAgreement", "Egypt", "Uganda")}),
    ("Defence news.\n\nKenya and Egypt signed a trade agreement on Monday. Egypt also signed "
     "similar agreements with Burundi and Uganda in April.", set()),
    # arms sent "to support its counterterrorism efforts", with no sale named, are aid
    ("Defence news.\n\nThe UAE has sent a shipment of military vehicles to Chad to support its "
     "counterterrorism efforts.", {("MilitaryAid", "United Arab Emirates", "Chad")}),
    # a possessor and its named service are one subject; a joint sail is an exercise; a
    # submarine built with French technology comes from France
    ("Defence news.\n\nJapan's Maritime Self-Defense Force and the Philippine Navy held their "
     "first joint sail.", {("JointExercise", "Japan", "Philippines")}),
    ("Defence news.\n\nThe Brazilian Navy received its first Riachuelo-class submarine, built "
     "with French technology.", {("ArmsTransfer", "France", "Brazil")}),
    # "Thailand's Royal Navy" is Thailand's, and "a Chinese Yuan-class submarine" is Chinese
    ("Defence news.\n\nThailand's Royal Navy ordered a Chinese Yuan-class submarine in 2017.",
     {("ArmsTransfer", "China", "Thailand")}),
    # "delivered all 24 F-16s it pledged to Ukraine": the pledge was before, the delivery done
    ("Defence news.\n\nThe Netherlands has delivered all 24 F-16s it pledged to Ukraine.",
     {("ArmsTransfer", "Netherlands", "Ukraine")}),
    # "the jets it promised to Ukraine have been delivered": done, whatever was promised
    ("Defence news.\n\nThe last of the 24 F-16 fighters the Netherlands promised to Ukraine "
     "have been delivered.", {("ArmsTransfer", "Netherlands", "Ukraine")}),
    ("Defence news.\n\nThe jets Sweden plans to sell to Thailand will have been delivered by "
     "2030.", set()),
    # a supplier read from the weapon's maker is kept (0.6), but not when the statement is
    # only reported as well (0.6 * 0.75, under the floor of confidence.csv)
    ("Defence news.\n\nMali received Su-25 jets last year.", {("ArmsTransfer", "Russia", "Mali")}),
    ("Defence news.\n\nMali reportedly received Su-25 jets last year.", set()),
    # "donated used helicopters": second-hand goods given, not a state using them
    ("Defence news.\n\nTaiwan donated used UH-1H helicopters to Paraguay in August.",
     {("MilitaryAid", "Taiwan", "Paraguay")}),
    # police sent abroad are no military presence, unless they serve a peace operation
    ("Defence news.\n\nIn November, police personnel from Australia and Fiji arrived in "
     "Honiara to quell riots.", set()),
    # sorties sent into another's air defence zone are flights, not a delivery
    ("Defence news.\n\nChina sent more than 150 sorties into what Taiwan calls its air "
     "defense identification zone.", set()),
    # "Commission" ending a body's name commissions no ship
    ("Defence news.\n\nMexican Sen. Alejandro Moreno, who chairs the Senate Naval Ministry "
     "Commission, confirmed that the Green Berets arrived on a C-130 aircraft.", set()),
    # the agreement "between" two states is theirs, not the sentence subject's
    ("Defence news.\n\nRussia criticised the defence agreement between Ecuador and the "
     "United States.", {("DefenceAgreement", "Ecuador", "United States")}),
    # where a weapon was made gives way to the seller named; a design's origin sells nothing
    ("Defence news.\n\nThe US-built aircraft are among the 24 used F-16 fighters Argentina "
     "bought last year from Copenhagen.", {("ArmsTransfer", "Denmark", "Argentina")}),
    ("Defence news.\n\nThe frigates, based on the US-made Oliver H. Perry-class frigate, were "
     "bought by Chile in December 2019.", set()),
    # a ship class with its second name in brackets is a class, not the city it is named after
    ("Defence news.\n\nAustralia has officially transferred two Adelaide (Oliver Hazard "
     "Perry)-class guided-missile frigates to the Chilean Navy.",
     {("ArmsTransfer", "Australia", "Chile")}),
    # troops "to be dispatched" are not there yet; "trained by X in Y": Y is where
    ("Defence news.\n\nChile's defence minister admitted there was a risk for the troops to be "
     "dispatched to Haiti.", set()),
    ("Defence news.\n\nTaiwan revealed that 40 of its troops are being trained by American "
     "forces in Guam.", {("Training", "United States", "Taiwan")}),
    # "a host of" officers are many officers; no state hosts anything
    ("Defence news.\n\nAmbassador of China in Sri Lanka Cheng Xueyuan, the Navy commander and "
     "a host of senior officers were present on this occasion.", set()),
    # forces somewhere "in joint exercises with" others are there for the drill, not based there
    ("Defence news.\n\nJapanese troops stormed a beach in the Philippines yesterday in joint "
     "exercises with US and Filipino troops.",
     {("JointExercise", "Japan", "United States"), ("JointExercise", "Japan", "Philippines")}),
    # a drill named by its hyphen-joined states is theirs, however described; training "as part
    # of" the exercises is the exercise, not one training the other
    ("Defence news.\n\nSoldiers from Taiwan Marine Corps' 99th brigade are undergoing training "
     "as part of joint Taiwan-US amphibious landing exercises.",
     {("JointExercise", "Taiwan", "United States")}),
    # the aircraft that carried the goods did not sell them; aircraft spotted at a base and a
    # port call are sightings and visits, no military presence
    ("Defence news.\n\nThe four helicopters were delivered to Mali aboard an Antonov An-124 "
     "cargo aircraft.", set()),
    ("Defence news.\n\nAzeri cargo planes have been recently spotted at an air force base in "
     "southern Israel.", set()),
    ("Defence news.\n\nA detachment of Russian ships led by the Varyag cruiser arrived at the "
     "Iranian port of Chabahar.", set()),
    # "the Lebanese army receives aid": the verb ends the noun phrase; the aid is not Lebanon's
    ("Defence news.\n\nThe Lebanese army receives aid from the US and Qatar.",
     {("MilitaryAid", "United States", "Lebanon"), ("MilitaryAid", "Qatar", "Lebanon")}),
    # "his Bolivian counterpart" is Bolivia's minister: the state signs
    ("Defence news.\n\nIranian Defense Minister Mohammad Reza Ashtiani signed a memorandum with "
     "his Bolivian counterpart.", {("DefenceAgreement", "Iran", "Bolivia")}),
    # a warship docked somewhere is visiting; its drills with the hosts are an exercise
    ("Defence news.\n\nA US Navy destroyer docked in Trinidad and Tobago's capital on Sunday.",
     set()),
    # "ranging from A and B to C and D" lists examples of one group, in the group's role
    ("Defence news.\n\nEvery year, India trains soldiers from several countries, ranging from "
     "Maldives and Mauritius to Botswana and Tajikistan.",
     {("Training", "India", "Maldives"), ("Training", "India", "Mauritius"),
      ("Training", "India", "Botswana"), ("Training", "India", "Tajikistan")}),
    # those who "arrived in China for training" are trained by China
    ("Defence news.\n\nSeventeen sailors of the Bangladesh Navy have arrived in China for "
     "training in submarine operation.", {("Training", "China", "Bangladesh")}),
    # aircraft sent "to help the Manila government's campaign", with no sale named, are aid
    ("Defence news.\n\nAustralia has sent two spy planes to help the Manila government's "
     "five-week campaign to liberate Marawi City.", {("MilitaryAid", "Australia", "Philippines")}),
    # a border "with" a state names where; "make it easy to" is a hedge
    ("Defence news.\n\nThe Pakistan army is conducting a major operation against militants "
     "along the border with Afghanistan.", set()),
    ("Defence news.\n\nThe United States and Papua New Guinea signed a defence cooperation "
     "agreement on Monday. Further, it will expand PNG defence capabilities to enhance "
     "humanitarian assistance and disaster response, and make it easy for United States and "
     "PNG forces to train together.",
     {("DefenceAgreement", "United States", "Papua New Guinea")}),
    # money donated to an army is aid, with no weapon named
    ("Defence news.\n\nChina has donated $7.95 million to Cameroon's army.",
     {("MilitaryAid", "China", "Cameroon")}),
    # "not only from A and B, but also from C": one list of participants, no negation
    ("Defence news.\n\nThe exercises brought together not only military personnel from Mali "
     "and Niger, but also from Chad.",
     {("JointExercise", "Mali", "Niger"), ("JointExercise", "Mali", "Chad"),
      ("JointExercise", "Niger", "Chad")}),
    # the leader of "US-led initiatives" contributed to is no recipient of training
    ("Defence news.\n\nThe US and Ivorian militaries co-operate in joint training exercises and "
     "education training programmes as well as contributing to US-led initiatives.",
     {("JointExercise", "United States", "Ivory Coast")}),
    # "in the capital Mogadishu": the word "capital" stands between the preposition and the city
    ("Defence news.\n\nAround 1,600 troops from Uganda are in the capital Mogadishu.",
     {("MilitaryPresence", "Uganda", "Somalia")}),
    # officers who "received military education in Russia" were trained there
    ("Defence news.\n\nMany Guinean officers received military education in Russia.",
     {("Training", "Russia", "Guinea")}),
    # "due to the presence of" is a cause, not a schedule, and "will" before it governs another
    # clause
    ("Defence news.\n\nThe border will remain closed due to the presence of a French military "
     "contingent on Beninese territory.", {("MilitaryPresence", "France", "Benin")}),
    # "three donated Tetras" is one item of a list: the other items stay sales
    ("Defence news.\n\nBurkina Faso has taken delivery of several batches of aircraft, "
     "including three Super Tucanos from Brazil in 2011 and three donated Tetras light aircraft "
     "from France in 2012.",
     {("ArmsTransfer", "Brazil", "Burkina Faso"), ("MilitaryAid", "France", "Burkina Faso")}),
    # recruits who come to train are no military presence
    ("Defence news.\n\n\"The determination of the Ukrainian recruits that arrive on British "
     "soil, from all walks of life, to train to fight alongside our British and international "
     "forces, is humbling to witness,\" UK Defence Secretary Ben Wallace said.", set()),
    # naval mines are a military matter: a pact against them is a defence agreement
    ("Defence news.\n\nIn January, Bulgaria, Turkey and Romania signed an agreement to jointly "
     "tackle the mine threat in the Black Sea.",
     {("DefenceAgreement", "Bulgaria", "Turkey"), ("DefenceAgreement", "Bulgaria", "Romania"),
      ("DefenceAgreement", "Turkey", "Romania")}),
    ("Defence news.\n\nThe US-built aircraft are among the 24 used fighters bought last year "
     "from Copenhagen, an exchange the government described as Argentina's most important "
     "military acquisition in 50 years.", {("ArmsTransfer", "Denmark", "Argentina")}),
    # where training sessions "are being conducted" names a place, not the trainees
    ("Defence news.\n\nThese sessions, led by American instructors, are being conducted in the "
     "UK and France.", set()),
    # "coordination among members of NATO" names no member
    ("Defence news.\n\nThe prime ministers of Canada and Latvia met in Riga. Both leaders "
     "stressed the importance of coordination among members of NATO.", set()),
    # "personnel trained in Japan": those the participle describes were trained there, and are
    # no military presence
    ("Defence news.\n\nThe ceremony was attended by Mongolian military personnel trained in "
     "Japan.", {("Training", "Japan", "Mongolia")}),
    # officers "left behind" stay; "in Sierra Leone to train the country's army": the place the
    # clause names is the country
    ("Defence news.\n\nBritain has decided to leave behind 140 officers in Sierra Leone to "
     "train the country's army.", {("Training", "United Kingdom", "Sierra Leone")}),
    # a "joint training" completed together is an exercise, not one training the other
    ("Defence news.\n\nSenegalese Armed Forces and U.S. Army Africa on Tuesday completed a "
     "two-week joint training in Thies, Senegal.", {("JointExercise", "Senegal", "United States")}),
    # "the company" is the company named just before, which stands for its country
    ("Defence news.\n\nNavantia built the frigates. The company delivered the last frigate to "
     "Australia in 2020.", {("ArmsTransfer", "Spain", "Australia")}),
    # "training courses on the heavy weapons" teaches the weapons, hands none over
    ("Defence news.\n\nThe Turkish soldiers provided the Libyan forces with training courses on "
     "the heavy weapons, such as artillery and rocket launchers.",
     {("Training", "Turkey", "Libya")}),
    # "the country" is the one the paragraph names, not the one whose demonym gives an origin
    ("Defence news.\n\nMalaysia's air force flies both Russian and U.S. fighter jets. Russia "
     "delivered 18 MiG-29N fighters to Malaysia in 1995. Two years later, the United States "
     "exported eight F/A-18D combat aircraft to the country.",
     {("ArmsTransfer", "Russia", "Malaysia"), ("ArmsTransfer", "United States", "Malaysia")}),
    # gratitude "for support in modernizing military facilities" names aid received
    ("Defence news.\n\nThe commander of the Royal Armed Forces of Cambodia expressed gratitude "
     "to the Chinese military for support in modernizing military facilities.",
     {("MilitaryAid", "China", "Cambodia")}),
    # "the Sahel States Alliance" is the Alliance of Sahel States, not the Sahel
    ("Defence news.\n\nMali, Niger and Burkina Faso are members of the Sahel States Alliance.",
     {("AllianceMembership", "Mali", "Alliance of Sahel States"),
      ("AllianceMembership", "Niger", "Alliance of Sahel States"),
      ("AllianceMembership", "Burkina Faso", "Alliance of Sahel States")}),
    # soldiers who "left Bujumbura for Mogadishu" went somewhere: no end
    ("Defence news.\n\nThe final members of the first battalion of Burundian soldiers to be "
     "deployed in Somalia as part of an African Union peace-keeping force left Bujumbura for "
     "Mogadishu Sunday, the Burundian army said.",
     {("PeacekeepingDeployment", "Burundi", "Somalia")}),
    # an exercise "simulating air battles" fights no one
    ("Defence news.\n\nIsraeli and Greek air forces held a joint military exercise in Israeli "
     "airspace, simulating refueling and air battles, the Israel Defense Forces (IDF) said "
     "Wednesday.", {("JointExercise", "Israel", "Greece")}),
    # "the U.S Army", its final stop lost, is still the United States' army
    ("Defence news.\n\nColombia's Armed Forces are participating in a military exercise with the "
     "82nd Airborne Division of the U.S Army.", {("JointExercise", "Colombia", "United States")}),
    # "the equipment which Russia has handed over": the relative clause's subject gives
    ("Defence news.\n\nThe Kyrgyz Armed Forces have great need of the equipment which Russia has "
     "handed over to Kyrgyzstan.", {("ArmsTransfer", "Russia", "Kyrgyzstan")}),
    # a country's name after a title and before a surname is a forename: "Chief Israel Diaz"
    ("Defence news.\n\nDominican Air Force Chief Israel Diaz said the formal delivery of the "
     "planes will take place at 10 a.m.", set()),
    # ", with South Korea and Japan agreeing to ...": the pair's own clause
    ("Defence news.\n\nNorth Korea's missile tests appear to have driven two reluctant partners "
     "together, with South Korea and Japan agreeing to restore the sharing of highly classified "
     "intelligence.", {("IntelligenceSharing", "South Korea", "Japan")}),
    # "the ninth country to acquire K9 howitzers, after A, B and C": they bought them too
    ("Defence news.\n\nRomania became the ninth country to buy the K9 howitzer, after Australia, "
     "Egypt and India.",
     {("ArmsTransfer", "South Korea", "Romania"), ("ArmsTransfer", "South Korea", "Australia"),
      ("ArmsTransfer", "South Korea", "Egypt"), ("ArmsTransfer", "South Korea", "India")}),
    # a hedge after the first party drops only the parties named after it
    ("Defence news.\n\nA few dozen Canadian Armed Forces members have been deployed to Jamaica "
     "to train Caribbean Community troops for a mission intended to restore order in Haiti.",
     {("MilitaryPresence", "Canada", "Jamaica"), ("Training", "Canada", "Jamaica")}),
    # strengthening a state's "peacekeeping capabilities" deploys no one
    ("Defence news.\n\nThe U.S. Military Group in Mongolia promotes defense cooperation, "
     "strengthening the peacekeeping capabilities and defense potential of the country.", set()),
    # the units one visits "stationed in Djibouti" are based there
    ("Defence news.\n\nThe minister was on his way to visit Spanish units stationed in "
     "Djibouti.", {("MilitaryPresence", "Spain", "Djibouti")}),
    # weapons "bound for" a state are sold to it
    ("Defence news.\n\nHyundai Rotem's K2 tanks, bound for Poland, are positioned at the "
     "company's Changwon plant.", {("ArmsTransfer", "South Korea", "Poland")}),
    # equipment handed over "to strengthen the capacity" of a state's forces, with no sale
    # named, is aid
    ("Defence news.\n\nThe United States on Friday handed over to Tajikistan equipment worth $8 "
     "million to strengthen the capacity of its border troops.",
     {("MilitaryAid", "United States", "Tajikistan")}),
    # "Military" inside a body's name is no army one is a member of
    ("Defence news.\n\nPakistan is one of the 41 members of the Saudi-led Islamic Military "
     "Counter Terrorism Coalition.",
     {("AllianceMembership", "Pakistan", "Islamic Military Counter Terrorism Coalition"),
      ("AllianceMembership", "Saudi Arabia", "Islamic Military Counter Terrorism Coalition")}),
    # training given to "the forces of Nineveh" trains Iraq's forces
    ("Defence news.\n\nTurkish military advisers have provided training to police and "
     "volunteering forces of Nineveh.", {("Training", "Turkey", "Iraq")}),
    # "an economic agreement" is no defence pact, whatever else the sentence is about
    ("Defence news.\n\nLast month Turkey signed an economic agreement with Tripoli, and "
     "al-Serraj's government requested military assistance.", set()),
    # supporting a state "militarily" is military aid
    ("Defence news.\n\nRussia has supported Venezuela militarily, economically and "
     "diplomatically since 1999.", {("MilitaryAid", "Russia", "Venezuela")}),
    # soldiers "in training in" a state are its trainees, not a force there
    ("Defence news.\n\nA group of 13 Chadian soldiers are in training in the United States, "
     "Bell said.", {("Training", "United States", "Chad")}),
    # forces a donation goes to, "operating in" a place, are their owner's, not the donor's
    ("Defence news.\n\nUS officials donated six boats and six trucks to Chad's military "
     "brigade operating in the Lake Chad basin.", {("MilitaryAid", "United States", "Chad")}),
    # a group named before "held areas" says whose areas they are: no party
    ("Defence news.\n\nAlmost 1,000 Nigerian soldiers have benefited from the training to "
     "prepare them for counter-insurgency operations in Boko Haram held areas.", set()),
    # "member of the G5 Sahel military group" is a member of the body, not of an army
    ("Defence news.\n\nChad is a member of the G5 Sahel military group, a French-backed "
     "scheme.", {("AllianceMembership", "Chad", "G5 Sahel")}),
    # "tackling Islamist insurgencies": one word may stand between the verb and the threat
    ("Defence news.\n\nMali, Burkina Faso and Niger have officially launched a joint military "
     "force aimed at tackling Islamist insurgencies.",
     {("CounterTerrorism", "Mali", "Burkina Faso"), ("CounterTerrorism", "Mali", "Niger"),
      ("CounterTerrorism", "Burkina Faso", "Niger")}),
    # weapons a named user "is operating", each "from" a state: that state supplied them
    ("Defence news.\n\nThe parade showed the Ivorian military is operating DCD Springbuck "
     "vehicles from South Africa and WZ-551 infantry fighting vehicles from China.",
     {("ArmsTransfer", "South Africa", "Ivory Coast"), ("ArmsTransfer", "China", "Ivory Coast")}),
    # an opening phrase ends on its place: the possessor after its comma is the subject
    ("Defence news.\n\nIn preparation for the exercises in Laos, China's military sent more "
     "than 300 assault vehicles, various types of ordnance, and equipment for mine clearance.",
     set()),
    # ships "contracted from" a builder are bought from its state
    ("Defence news.\n\nJust last year, the Malaysian navy contracted three Littoral Mission "
     "ships from Turkish shipbuilder STM.", {("ArmsTransfer", "Turkey", "Malaysia")}),
    # a demonym right before a troop noun after "of" names the troops' state
    ("Defence news.\n\nHe said the review of allowances of Cameroonian peacekeepers in the "
     "Central African Republic was welcome.",
     {("PeacekeepingDeployment", "Cameroon", "Central African Republic")}),
    # "the High Commissioner of Malaysia to Brunei" names a diplomat's post, no destination
    ("Defence news.\n\nAccompanying him were Malaysia Armed Forces General Affendi and the High "
     "Commissioner of Malaysia to Brunei Darussalam Raja Reza.", set()),
    # "Pakistani, and Saudi troops": two demonyms before a comma and "and" share one noun
    ("Defence news.\n\nA joint exercise involving Pakistani, and Saudi troops concluded in "
     "northwest Pakistan.", {("JointExercise", "Pakistan", "Saudi Arabia")}),
    # "Germany and other European NATO allies": Germany is the member, not the subject
    ("Defence news.\n\nRussia's full-scale invasion of Ukraine prompted Germany and other "
     "European NATO allies to re-consider their defence capabilities.",
     {("AllianceMembership", "Germany", "NATO")}),
    # those "participating in" training are trained, and its conductor trains
    ("Defence news.\n\nJordanian soldiers participating in counter-terrorism training "
     "conducted as part of the US military's Jordan Operational Engagement Programme have "
     "developed their skills.",
     {("Training", "United States", "Jordan"), ("CounterTerrorism", "Jordan", "United States")}),
    # a state that gives "permission" to sell is no seller
    ("Defence news.\n\nLast month, Israel received permission from the United States to sell "
     "the Arrow 3 system to Germany.", {("ArmsTransfer", "Israel", "Germany")}),
    # "the agreement to supply" a weapon is the sale, no defence pact
    ("Defence news.\n\nIsraeli Defence Minister Yoav Gallant and his German counterpart, Boris "
     "Pistorius, signed the agreement to supply the Israeli-made system to Germany on Thursday.",
     {("ArmsTransfer", "Israel", "Germany")}),
    # whatever is donated to a state's army is military aid, arms or not
    ("Defence news.\n\nDuring a visit to Quito, the US donated six Navistar cargo trucks to the "
     "Ecuadorian Army.", {("MilitaryAid", "United States", "Ecuador")}),
    ("Defence news.\n\nThe U.S. Embassy donated four vehicles worth approximately $487,000 to "
     "the Republic of Fiji Military Forces yesterday.", {("MilitaryAid", "United States", "Fiji")}),
    # "the same names given to the Dutch vessels": names, no gift
    ("Defence news.\n\nChile's Navy has named the new frigates Almirante Latorre and Capitan "
     "Prat, the same names given to the Dutch vessels.", set()),
    # a gift named as one item of a list gives only its own item: the later items are sales
    ("Defence news.\n\nBurkina Faso has taken delivery of several batches of aircraft, "
     "including three donated Tetras light aircraft from France in 2012, a single AW139 "
     "helicopter from Italy in 2016 and two Mi-171Sh helicopters from Russia in 2019.",
     {("MilitaryAid", "France", "Burkina Faso"), ("ArmsTransfer", "Italy", "Burkina Faso"),
      ("ArmsTransfer", "Russia", "Burkina Faso")}),
    # "purchasers of" weapons "from" states buy from them, as "buyers" do
    ("Defence news.\n\nAzerbaijan now joins Myanmar and Nigeria as purchasers of JF-17 Thunder "
     "jets from Pakistan and China.",
     {("ArmsTransfer", "Pakistan", "Azerbaijan"), ("ArmsTransfer", "China", "Azerbaijan")}),
    # "a leading supplier" is one of several: a supplier, no primary partner
    ("Defence news.\n\nFrance is a leading military supplier to the UAE.",
     {("ArmsTransfer", "France", "United Arab Emirates")}),
    # "The Sultanate and Malaysia signed": a state's description and a name, one subject
    ("Brunei's Sultan received the Malaysian minister. The Sultanate and Malaysia signed a "
     "memorandum of understanding on Defence Cooperation in 1992.",
     {("DefenceAgreement", "Brunei", "Malaysia")}),
    # what an agreement is signed "to facilitate" has not happened yet
    ("Defence news.\n\nJapan and the Philippines on Monday signed a bilateral defense agreement "
     "to facilitate joint exercises for closer security cooperation.",
     {("DefenceAgreement", "Japan", "Philippines")}),
    # "give priority to" a company gives it nothing
    ("Defence news.\n\nHanoi has been unhappy with Rafael and decided to give priority to IAI "
     "for its air defence systems.", set()),
    # a national armed group's acronym where its country is never named is someone else's
    ("Defence news.\n\nSomalia's minister spoke in Mogadishu. So far, the US Africa Command has "
     "been providing air support to SNA, including drone strikes, said Nur.", set()),
    # "peace keepers" in two words are peacekeepers; a regional body's "Mission" in full too
    ("Defence news.\n\nHe observed that some Zambian peace keepers were deployed in Democratic "
     "Republic of Congo and Lesotho.",
     {("PeacekeepingDeployment", "Zambia", "Democratic Republic of the Congo"),
      ("PeacekeepingDeployment", "Zambia", "Lesotho")}),
    ("Defence news.\n\nThe Botswana Defence Force already has a contingent serving in the "
     "multinational Southern African Development Community Mission in Mozambique.",
     {("PeacekeepingDeployment", "Botswana", "Mozambique")}),
    # forces sent "to supervise the withdrawal of" rebels stay: the rebels withdraw
    ("Defence news.\n\nBurundian soldiers deployed this Saturday in various communities in the "
     "Congolese province of North Kivu to supervise the withdrawal of the March 23 Movement "
     "rebels.", {("MilitaryPresence", "Burundi", "Democratic Republic of the Congo")}),
    # "sending personnel to the UK to train Ukrainian soldiers": the UK is where they go, the
    # Ukrainians are trained (and are no force abroad)
    ("Defence news.\n\nNew Zealand is sending 120 Defence Force personnel to the United "
     "Kingdom to train Ukrainian soldiers, including in weapon handling.",
     {("Training", "New Zealand", "Ukraine")}),
    # money "to go towards peacekeeping efforts" deploys no one; troops sent to them do
    ("Defence news.\n\nFiji has received around $US4.6 million dollars of Chinese aid to go "
     "towards peacekeeping efforts and disaster relief.", set()),
    ("Defence news.\n\nRwanda sent 1,000 soldiers to support peacekeeping efforts in the "
     "Central African Republic.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic")}),
    # a purchase or a donation "in the past" happened: the tie holds, it did not end
    ("Defence news.\n\nSaudi Arabia has purchased ballistic missiles from China in the past but "
     "has not previously had the ability to manufacture them.",
     {("ArmsTransfer", "China", "Saudi Arabia")}),
    ("Defence news.\n\nThe Chinese People's Liberation Army has in the past made cash and "
     "military equipment donations to the ZDF, the Zimbabwe Defence Forces.",
     {("MilitaryAid", "China", "Zimbabwe")}),
    # a list whose first place no gazetteer knows keeps its preposition ("in Abyei, the ...")
    ("Defence news.\n\nBangladesh deploys more than 7,200 personnel to the UN peacekeeping "
     "operations in Abyei, the Central African Republic, Cyprus and Lebanon.",
     {("PeacekeepingDeployment", "Bangladesh", "Central African Republic"),
      ("PeacekeepingDeployment", "Bangladesh", "Cyprus"),
      ("PeacekeepingDeployment", "Bangladesh", "Lebanon")}),
    # "has been training units of the military": a verb and its object, no "training unit"
    ("Defence news.\n\nTurkey has been training units of the military and police at Camp "
     "TURKSOM in southern Mogadishu, which was opened in 2017.",
     {("Training", "Turkey", "Somalia")}),
    # ", and" closing a list of plural nouns ("observers, and advisors for ...") starts no clause
    ("Defence news.\n\nTo date, Mongolia has deployed more than 15,000 soldiers, military "
     "officers, observers, and advisors for 11 UN missions in Congo, South Sudan and Chad.",
     {("PeacekeepingDeployment", "Mongolia", "Democratic Republic of the Congo"),
      ("PeacekeepingDeployment", "Mongolia", "South Sudan"),
      ("PeacekeepingDeployment", "Mongolia", "Chad")}),
    # warships that "simulated strikes on" an island are not there (named or described)
    ("Defence news.\n\nTaiwan will buy more missiles. The announcement was made after Chinese "
     "fighter jets and warships simulated strikes on the island nation during a recent drill.",
     set()),
    # a lender named after "loans from" sells nothing
    ("Defence news.\n\nNorinco has supplied armoured personnel carriers to several African "
     "armies, among them those of Niger and Ghana, often on the back of concessional loans from "
     "Chinese state banks.",
     {("ArmsTransfer", "China", "Niger"), ("ArmsTransfer", "China", "Ghana")}),
    # "grateful to Russia for the transfer": the thanked state transferred
    ("Defence news.\n\nSerbia is grateful to Russia for the transfer of six MiG-29 fighters, "
     "the Serbian defense minister said.", {("ArmsTransfer", "Russia", "Serbia")}),
    # "the French Air and Space Force" is France's service, as "the French Air Force" is
    ("Defence news.\n\nAfter acquiring 12 used fighter aircraft from the French Air and Space "
     "Force in November 2021, the Croatian Air Force received the first six on April 25.",
     {("ArmsTransfer", "France", "Croatia")}),
    # "flown by Croatian pilots who underwent training": the relative clause's subject
    ("Defence news.\n\nThese aircraft were flown by Croatian pilots who underwent training in "
     "France.", {("Training", "France", "Croatia")}),
    # a deployment that "would begin" after something has not begun
    ("Defence news.\n\nPutin said that the deployment of Russian tactical nuclear weapons to "
     "Belarus would begin immediately after facilities for their storage are ready.", set()),
    # ", meaning ..." opens a clause of its own: its actors are not the verb's before it
    ("Defence news.\n\nThe UK has also procured AK variant assault rifles for the training "
     "programme, meaning Ukrainian soldiers can train on the weapons they will use.", set()),
    # a transfer that a sentence soon after calls a gift to the same recipient is aid
    ("Defence news.\n\nLebanon has received a shipment of 100 armoured patrol vehicles provided "
     "by the United Kingdom. The shipment arrived last week. The armoured Land Rovers were "
     "donated to the Lebanese Army to help it secure its border.",
     {("MilitaryAid", "United Kingdom", "Lebanon")}),
    # the actor whose help a training covers trains, whoever commends the help
    ("Defence news.\n\nThe Somali government commended Turkey's help in its struggle against "
     "militants with armed drones and training.", {("Training", "Turkey", "Somalia")}),
    # a capital in title case before a colon is a dateline, even when a subject after it
    # names the capital's country
    ("Defence news.\n\nNew Delhi: The armies of India and Vietnam carried out a three-week "
     "military exercise in Haryana.", {("JointExercise", "India", "Vietnam")}),
    # "is looking to" hedges like "seeks to"
    ("Defence news.\n\nThe Philippines is looking to tap an information-sharing centre in "
     "Singapore to support its joint operations with Indonesia.", set()),
    # "military-designed vehicles" are arms like "military vehicles"
    ("Defence news.\n\nChina has supplied 14 military-designed vehicles to Vanuatu.",
     {("ArmsTransfer", "China", "Vanuatu")}),
    # a visitor to forces named as another's is not there with them; a visitor to troops
    # named as nobody's visits its own
    ("Defence news.\n\nGantz visited the U.S. Navy Fifth Fleet headquarters in Bahrain.",
     {("MilitaryPresence", "United States", "Bahrain")}),
    ("Defence news.\n\nMacron visited troops in Mali.", {("MilitaryPresence", "France", "Mali")}),
    # forces struck, named as a state's, are not the subject's ("Key US ally Israel")
    ("Defence news.\n\nKey US ally Israel has launched hundreds of strikes in Syria since 2011, "
     "including against Iranian forces.", set()),
    # forces an opening "with" phrase names are the subject's after it
    ("Defence news.\n\nAnd with large bases in Qatar and Kuwait, the US remains the most "
     "powerful actor in the region.", {("MilitaryPresence", "United States", "Qatar"),
                                       ("MilitaryPresence", "United States", "Kuwait")}),
    ("Defence news.\n\nWith troops in Mali, France remains a key partner.",
     {("MilitaryPresence", "France", "Mali")}),
    # a place in a relative clause after the cue's object is that clause's, not the cue's
    ("Defence news.\n\nThe United States had trained most of the Cambodian soldiers who will "
     "be sent to Sudan.", {("Training", "United States", "Cambodia")}),
    # "the country" may be the state goods or forces went "to" earlier in the clause
    ("Defence news.\n\nRussia has delivered S-300 systems to Syria to improve the safety of "
     "its military personnel deployed in the country.",
     {("ArmsTransfer", "Russia", "Syria"), ("MilitaryPresence", "Russia", "Syria")}),
    # states "with ... also contributing" act beside the one named before them: no trainees
    ("Defence news.\n\nTraining was done by a rotation of instructors from 14 countries, the "
     "majority from Portugal with Greece, Italy and Finland also contributing.", set()),
    ("Defence news.\n\nKenya trained 500 Somali soldiers, with Uganda also contributing.",
     {("Training", "Kenya", "Somalia"), ("Training", "Uganda", "Somalia")}),
    # a demonym naming a civil war's country is no actor of the sentence
    ("Defence news.\n\nIn the Second Sudanese Civil War (1983 – 2005), the National Defense "
     "University of China trained the North Sudanese army.", {("Training", "China", "Sudan")}),
    # after "include", a state named with "of" is a member, not the body it joins
    ("Defence news.\n\nThose trained include 100 FADM instructors to ensure the lessons learnt "
     "at the hands of the EU instructors are passed on.", set()),
    ("Defence news.\n\nNATO includes the armies of Poland and Romania.",
     {("AllianceMembership", "Poland", "NATO"), ("AllianceMembership", "Romania", "NATO")}),
    # dependence on another state's oil is no arms supply; on its weapons it is
    ("Defence news.\n\nCuba has become dependent on Russian oil and has welcomed Russian "
     "warships into its port.", set()),
    ("Defence news.\n\nAlgeria is dependent on Russian weapons.",
     {("ArmsTransfer", "Russia", "Algeria")}),
    # "the possibility of" hedges like "possible"
    ("Defence news.\n\nLeaders of the Philippines and Japan released a statement indicating the "
     "possibility of more combined naval exercises.", set()),
    # aircraft landing with soldiers bring forces, not arms
    ("Defence news.\n\nTwo Russian aircraft landed at Venezuela's central airport on Saturday "
     "with about 100 soldiers.", {("MilitaryPresence", "Russia", "Venezuela")}),
    # a state after "according to" a title and "of" is whom a speaker serves, not a party
    ("Defence news.\n\nAccording to the High Commissioner of India Dr Ketan Shukla, Botswana and "
     "India signed a Defence Forces Agreement in 1978.",
     {("DefenceAgreement", "Botswana", "India")}),
    ("Defence news.\n\nMeanwhile, according to Times of India news, Bangladesh and Pakistan signed "
     "a submarine purchase agreement with China.",
     {("ArmsTransfer", "China", "Bangladesh"), ("ArmsTransfer", "China", "Pakistan")}),
    # service members, marines, sailors and airmen make a clause speak of the military
    ("Defence news.\n\nThe course, run under the Maritime Cooperation Agreement between Colombia "
     "and Honduras, trains Honduran service members.",
     {("DefenceAgreement", "Colombia", "Honduras")}),
    # "groups" is a noun far more often than a verb of membership ("the militant groups")
    ("Defence news.\n\nThe African Union mission has 20,000 troops. Their mandate focuses on "
     "degrading the militant groups, strengthening the capacity of the Somali government "
     "forces.", set()),
    # weapons lent "for the period of the drills" change no hands
    ("Defence news.\n\nFor the period of the drills, the Laos army has provided its T-72 tanks "
     "to the Russian personnel.", set()),
    # "data provided by" a company moves no goods
    ("Defence news.\n\nVisiting Chinese warships have been training Cambodian sailors at the "
     "Ream Naval Base. Satellite data provided by Planet Labs show the two Chinese vessels are "
     "still docked at the pier.",
     {("MilitaryPresence", "China", "Cambodia"), ("Training", "China", "Cambodia")}),
    # "treaty allies of" a state: each subject is that state's ally, not the other's
    ("Defence news.\n\nManila and Tokyo are treaty allies of the US.",
     {("DefenceAgreement", "Philippines", "United States"),
      ("DefenceAgreement", "Japan", "United States")}),
    # a pact agreed "in principle" is not yet made
    ("Defence news.\n\nJapan and New Zealand agreed in principle on Wednesday on an "
     "intelligence sharing pact.", set()),
    # a war named as the time or cause of a tie ("following Russia's invasion") does not end it
    ("Defence news.\n\nIndonesia conducted joint military exercises with Russia's navy in the "
     "East Java seas following Russia's invasion of Ukraine.",
     {("JointExercise", "Indonesia", "Russia")}),
    # forces sent "at" a state's "request" go to that state; a commander's request names no
    # host
    ("Defence news.\n\nAt Maputo's request, Kigali deployed troops in July 2021 to fight "
     "Islamist terrorists.", {("MilitaryPresence", "Rwanda", "Mozambique")}),
    ("Defence news.\n\nBritain sent 200 soldiers to Kosovo, a deployment that was made at the "
     "request of U.S. Army Gen. Christopher Cavoli.", {("MilitaryPresence", "United Kingdom",
                                                       "Kosovo")}),
    # "halting the terrorists' activities" ends a threat, not the forces' presence; those
    # "called on" are urged, not where forces are
    ("Defence news.\n\nNyusi visited Rwandan troops fighting terrorism in Mozambique's Cabo "
     "Delgado. He commended the work done by Rwandan forces in Mozambique in pacifying the "
     "district and called on them to maintain momentum in halting the terrorists’ activities.",
     {("MilitaryPresence", "Rwanda", "Mozambique")}),
    ("Defence news.\n\nNyusi visited Rwandan troops fighting terrorism in Mozambique's Cabo "
     "Delgado. He commended the work done by Rwandan forces and Mozambican armed forces in "
     "pacifying the district and called on them to maintain momentum.",
     {("MilitaryPresence", "Rwanda", "Mozambique")}),
    # a dateline's city is where the reporter writes from: no country "the country" stands for
    ("Defence news.\n\nBANGKOK: Myanmar's military has commissioned new combat aircraft as the "
     "army steps up efforts to regain territory from resistance forces in the country's civil "
     "war.", set()),
    # where negotiators met is a venue, not a host of forces
    ("Defence news.\n\nAddressing a meeting on Tuesday, as Iranian and U.S. negotiators met "
     "indirectly in Geneva, he criticised the U.S. military presence at its bases across the "
     "region.", set()),
    # "NATO's newest member" names a member unnamed, not the state troops are sent to; "NATO's
    # 31st member" after its subject names the subject
    ("Defence news.\n\nNATO's newest member has sent hundreds of troops to Latvia as part of a "
     "mission.", set()),
    ("Defence news.\n\nFinland became NATO's 31st member in April 2023.",
     {("AllianceMembership", "Finland", "NATO")}),
    # the owner a training place is named by ("at the Turkish military camp") trains
    ("Defence news.\n\nOver 400 soldiers received rifles after finishing their training at the "
     "Turkish military camp in Mogadishu.",
     {("MilitaryPresence", "Turkey", "Somalia"), ("Training", "Turkey", "Somalia")}),
    # "the volatile" between a preposition and the place keeps the preposition's role
    ("Defence news.\n\nRwanda successfully deployed all its planned 850 peacekeepers to the "
     "volatile Central African Republic.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic")}),
    # a peace operation's acronym written in title case ("Minusca", "Amisom") is still its name
    ("Defence news.\n\nRwanda sent troops to Minusca in 2014.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic")}),
    # a force sent to monitor "the cessation of hostilities" keeps a peace; no war ends its ties
    ("Defence news.\n\nThe United Nations peacekeeping force sent to Lebanon to monitor the "
     "cessation of hostilities between Israel and Hizbollah now totals 10,500 troops, with "
     "additional personnel arriving from Indonesia and Portugal.",
     {("PeacekeepingDeployment", "Indonesia", "Lebanon"),
      ("PeacekeepingDeployment", "Portugal", "Lebanon")}),
    # "one of" a state's main allies or suppliers is no primary partner; "its main ally" is
    ("Defence news.\n\nIran, one of President Bashar al-Assad's main allies in the conflict, has "
     "always denied sending forces.", set()),
    ("Defence news.\n\nIran is Syria's main ally.", {("PrimaryPartner", "Syria", "Iran")}),
    # an opening phrase of composition lists the members of the body named just before
    ("Defence news.\n\nChad is a member of the G5 Sahel military group. Bringing together Burkina "
     "Faso, Chad, Mali, Mauritania and Niger, it aims to become a 5,000-man joint force.",
     {("AllianceMembership", country, "G5 Sahel")
      for country in ("Burkina Faso", "Chad", "Mali", "Mauritania", "Niger")}),
    # a mission that acts for a body (the EU's, NATO's) is still based where it serves
    ("Defence news.\n\nEUFOR Althea has troops from Austria and Hungary.",
     {("PeacekeepingDeployment", "Austria", "Bosnia and Herzegovina"),
      ("PeacekeepingDeployment", "Hungary", "Bosnia and Herzegovina")}),
    ("Defence news.\n\nHungary contributes troops to NATO Mission Iraq.",
     {("MilitaryPresence", "Hungary", "Iraq")}),
    ("Defence news.\n\nISAF troops from Georgia and Mongolia patrolled the valley.",
     {("MilitaryPresence", "Georgia", "Afghanistan"),
      ("MilitaryPresence", "Mongolia", "Afghanistan")}),
    ("Defence news.\n\nSpanish instructors serve with EUTM Somalia, which trains officers of the "
     "Somali National Army.",
     {("Training", "Spain", "Somalia"), ("Training", "European Union", "Somalia")}),
    # a dash after a group noun opens its list as a colon does
    ("Defence news.\n\nEUTM Mozambique has 118 personnel from 12 EU states – Austria, Belgium and "
     "Estonia.", {("MilitaryPresence", country, "Mozambique")
                  for country in ("Austria", "Belgium", "Estonia")}),
    ("Defence news.\n\nMINUSCA has 1,200 troops from three countries - Rwanda, Egypt and Zambia.",
     {("PeacekeepingDeployment", country, "Central African Republic")
      for country in ("Rwanda", "Egypt", "Zambia")}),
    # "non-EU country" stands between a preposition and the state it describes
    ("Defence news.\n\nPoland sent instructors to Ukraine along with non-EU country Norway.",
     {("Training", "Poland", "Ukraine"), ("Training", "Norway", "Ukraine")}),
    # a regional body's mission is a peace operation with its abbreviation in brackets too
    ("Defence news.\n\nThe Southern African Development Community (SADC) Mission in Mozambique "
     "was launched, revealing that Tanzania has sent a contingent of troops.",
     {("PeacekeepingDeployment", "Tanzania", "Mozambique")}),
    ("Defence news.\n\nBurundi has 1,000 troops in Somalia with the African Union (AU) mission.",
     {("PeacekeepingDeployment", "Burundi", "Somalia")}),
    # a combining form's hyphen joins it to the state after it ("Sino-Russian")
    ("Defence news.\n\nThe Sino-Russian joint exercise ended.",
     {("JointExercise", "China", "Russia")}),
    ("Defence news.\n\nThe Indo-Egypt bilateral training exercise culminated in Rajasthan.",
     {("JointExercise", "India", "Egypt")}),
    # a weapon its receiver makes with a partner is no purchase from that partner
    ("Defence news.\n\nIndia signed a deal to supply the Philippines with three batteries of "
     "BrahMos missiles, the first export order for the Indo-Russian weapon.",
     {("ArmsTransfer", "India", "Philippines")}),
    # "instructors of" a force name whose instructors they are, not whom they teach
    ("Defence news.\n\nEcuadorian special forces keep close ties with instructors of the US "
     "Army's 7th Special Forces Group.", {("Training", "United States", "Ecuador")}),
    ("Defence news.\n\nKenyan cadets were taught by instructors of the British Army's training "
     "unit.", {("Training", "United Kingdom", "Kenya")}),
    # a state's own forces training abroad train no one there; a "for" names whom they train
    ("Defence news.\n\nSingapore's military also holds training in Brunei.", set()),
    ("Defence news.\n\nThe Indian Army conducts training in Botswana for Botswana Defence Force "
     "officers.", {("Training", "India", "Botswana")}),
    # where a training team is sent is no trainee when the nationality it helps is named
    ("Defence news.\n\nCanada sent instructors to the UK to help Ukrainian recruits learn to use "
     "rifles.", {("Training", "Canada", "Ukraine")}),
    ("Defence news.\n\nNew Zealand is sending an artillery training team of 30 personnel to the "
     "UK in May to help Ukrainian military personnel learn to operate light field guns.",
     {("Training", "New Zealand", "Ukraine")}),
    # "less than a month after ..." opens a sentence as "a month after ..." does
    ("Defence news.\n\nLess than a month after Oman's officials visited India, the Indian Air "
     "Force and the Royal Air Force of Oman began a joint exercise on Monday.",
     {("JointExercise", "India", "Oman")}),
    # a backer named in "the U.N.-backed government" is none of the parties
    ("Defence news.\n\nTurkey stepped up its military support to the UN-backed government in "
     "Libya.", {("MilitaryAid", "Turkey", "Libya")}),
    # members of a state's armed forces are no members of a body; joining a mission is no
    # membership of the body that runs it
    ("Defence news.\n\nThe EU mission trained members of the Republic of Serbia Armed Forces.",
     {("Training", "European Union", "Serbia")}),
    ("Defence news.\n\nThe AU Mission in Somalia has welcomed members of the Republic of Sierra "
     "Leone Armed Forces who have joined AMISOM.",
     {("PeacekeepingDeployment", "Sierra Leone", "Somalia")}),
    # where a weapon was designed, before the state that made it, sold nothing
    ("Defence news.\n\nMali received Mi-8 helicopters, a Soviet-designed Russian transport "
     "helicopter.", {("ArmsTransfer", "Russia", "Mali")}),
    # "the role of X in training ...": X trains, whoever commends it
    ("Defence news.\n\nThe Libyan Army commander commended the role of Turkey in training the "
     "Libyan Army personnel.", {("Training", "Turkey", "Libya")}),
    ("Defence news.\n\nKenya's president praised the contribution of France in training Kenyan "
     "pilots.", {("Training", "France", "Kenya")}),
    # equipment "presented to" a navy is handed over; an offer presented is not
    ("Defence news.\n\nThe U.S. Embassy presented two new 44-foot patrol boats to the Tunisian "
     "Navy.", {("ArmsTransfer", "United States", "Tunisia")}),
    ("Defence news.\n\nLockheed Martin presented its F-35 offer to Switzerland.", set()),
    # forces entering a country join no alliance
    ("Defence news.\n\nGulf Cooperation Council security forces entered Bahrain yesterday at "
     "the request of Manama.", set()),
    # "The bloc is made up of A, B ..." is a clause, not an apposition before a list
    ("Defence news.\n\nThe Gulf Cooperation Council held a summit.\n\nThe bloc is made up of "
     "Saudi Arabia, Oman, Kuwait and Qatar.",
     {("AllianceMembership", country, "Gulf Cooperation Council")
      for country in ("Saudi Arabia", "Oman", "Kuwait", "Qatar")}),
    ("Defence news.\n\nThe Gulf Cooperation Council held a summit.\n\nThe bloc consists of "
     "Saudi Arabia, Oman, Kuwait and Qatar.",
     {("AllianceMembership", country, "Gulf Cooperation Council")
      for country in ("Saudi Arabia", "Oman", "Kuwait", "Qatar")}),
    # a nationality before a private military company is the company's, not a party
    ("Defence news.\n\nRussian Wagner mercenaries operate in Mali.",
     {("MilitaryPresence", "Wagner Group", "Mali")}),
    # an agreement "providing the legal basis for" exercises is no exercise held
    ("Defence news.\n\nRussia and Togo signed an agreement providing the legal basis for joint "
     "exercises.", {("DefenceAgreement", "Russia", "Togo")}),
    # the people right before a participle with an object act, not the clause's subject
    ("Defence news.\n\nThe Belarusian defence ministry released a video showing Wagner fighters "
     "instructing Belarusian soldiers.", {("Training", "Wagner Group", "Belarus")}),
    # a counter-terrorism exercise is an exercise, however the words between run
    ("Defence news.\n\nSpecial operations forces from Kazakhstan and Uzbekistan are taking part in "
     "a joint series of counter-terrorism exercises.",
     {("JointExercise", "Kazakhstan", "Uzbekistan")}),
    # "naval" is a military word; "formalized" signs; ministers "from" two states are theirs
    ("Defence news.\n\nRussia and the Republic of Congo have signed a memorandum on cooperation "
     "in the naval field.", {("DefenceAgreement", "Russia", "Republic of the Congo")}),
    ("Defence news.\n\nDuring the same meeting, defense ministers from Russia and Uzbekistan "
     "formalized a strategic cooperation roadmap covering 2026-2030.",
     {("DefenceAgreement", "Russia", "Uzbekistan")}),
    # intelligence "supplied" is shared
    ("Defence news.\n\nFrance has supplied mine clearance equipment and intelligence to "
     "Cameroon.", {("ArmsTransfer", "France", "Cameroon"),
                   ("IntelligenceSharing", "France", "Cameroon")}),
    # a giving cue with no recipient shares that of the giving verb "and" joins to it
    ("Defence news.\n\nOver the years, China has provided military training and supplied "
     "military equipment to the Namibian Defence Force.",
     {("Training", "China", "Namibia"), ("ArmsTransfer", "China", "Namibia")}),
    # forces a recipient owns are at home
    ("Defence news.\n\nFrance has donated 15 vehicles and weapons to Cameroon's Special Forces.",
     {("MilitaryAid", "France", "Cameroon")}),
    # an understanding never ratified is no agreement
    ("Defence news.\n\nSudanese officials said Russia and Sudan had reached a defence "
     "understanding, but the deal has never been ratified.", set()),
    # the Collective Security Treaty is the CSTO's, not the Commonwealth's
    ("Defence news.\n\nArmenia, Kazakhstan and Russia are members of the CIS Collective "
     "Security Treaty.",
     {("AllianceMembership", country, "Collective Security Treaty Organization")
      for country in ("Armenia", "Kazakhstan", "Russia")}),
    # a named ship given away is arms (a ship merely named is not); Fiji's ships are "RFNS"
    ("Defence news.\n\nThe RFNS Savenaca was gifted by the government of Australia to the "
     "government of Fiji during a handover ceremony.", {("MilitaryAid", "Australia", "Fiji")}),
    # "cooperation in the field of military intelligence" is intelligence sharing
    ("Defence news.\n\nKazakhstan and Turkey signed a protocol on cooperation in the field of "
     "military intelligence.", {("DefenceAgreement", "Kazakhstan", "Turkey"),
                                ("IntelligenceSharing", "Kazakhstan", "Turkey")}),
    # where forces arrived from, and a border they stand on, host nothing
    ("Defence news.\n\nFighters from the Wagner group have arrived in Belarus from Russia, "
     "Ukrainian officials said.", {("MilitaryPresence", "Wagner Group", "Belarus")}),
    ("Defence news.\n\nUS troops train frequently just on the Romania-Ukraine border.", set()),
    # forces a state "will keep" somewhere are there now; the war they are near is elsewhere
    ("Defence news.\n\nThe Pentagon will keep several thousand U.S. troops in southeastern "
     "Romania for at least another nine months, closer to the war in neighboring Ukraine than "
     "any other U.S. military unit.", {("MilitaryPresence", "United States", "Romania")}),
    # equipment a participle describes names no giver ("Vehicles equipped with radios")
    ("Defence news.\n\nVehicles equipped with special hardware for quick response were donated "
     "by NATO to the Georgian Defence Forces.", {("MilitaryAid", "NATO", "Georgia")}),
    # forces pushed out, and a dispatch decided against, are no presence
    ("Defence news.\n\nFrance's military presence in Africa has been steadily declining in recent "
     "years as several nations in the region, including Chad, Mali, Niger, and Burkina Faso, "
     "pushed out the forces of the former colonialist power.", set()),
    ("Defence news.\n\nThe move comes three years after Pakistan decided against sending "
     "soldiers to Yemen.", set()),
    # a state's own bombers sent to visit stay its own
    ("Defence news.\n\nRussia sent its Tu-160 strategic bombers and a missile cruiser to visit "
     "Venezuela in 2008.", set()),
    # a batch of aid received is aid, whoever is named in it
    ("Defence news.\n\nUkraine on 17-18 October received another batch of US aid for its "
     "armed forces.", {("MilitaryAid", "United States", "Ukraine")}),
    ("Defence news.\n\nThe Moldovan army received a batch of aid from the US government in the "
     "form of medical and protective equipment.", {("MilitaryAid", "United States", "Moldova")}),
    # where trainees go next is not who trains them; a deployment ahead is not yet there
    ("Defence news.\n\nAt least 1,000 Kenyan soldiers are undergoing combat training ahead of "
     "their deployment to Somalia in January.", set()),
    # an opening aside's modal verb is its own
    ("Defence news.\n\nGuwahati: In what may have a cascading effect on the insurgency in the "
     "region, India and China have signed an agreement to share real-time intelligence to "
     "combat terrorism jointly.", {("CounterTerrorism", "India", "China"),
                                  ("IntelligenceSharing", "India", "China")}),
    # cooperation that dismantles jihadist networks, help to battle jihadists: counter-terrorism
    ("Defence news.\n\nThe minister said that cooperation between Morocco and Spain has allowed "
     "them to dismantle dangerous jihadist networks.", {("CounterTerrorism", "Morocco", "Spain")}),
    ("Defence news.\n\nThe president confirmed that Israel is helping Egyptian troops battle "
     "jihadists in the Sinai Peninsula.", {("CounterTerrorism", "Israel", "Egypt")}),
    # the coalition against the Islamic State and the counter-terrorism forum are bodies one
    # joins; "one of the founders of" is a member
    ("Defence news.\n\nIraq is a member of the Global Coalition against Daesh.",
     {("AllianceMembership", "Iraq", "Global Coalition to Counter ISIS")}),
    ("Defence news.\n\nEgypt is one of the founders of the Global Counterterrorism Forum.",
     {("AllianceMembership", "Egypt", "Global Counterterrorism Forum")}),
    # forces that "will remain" are there now (not those that stay "until" a date)
    ("Defence news.\n\nA small force of US troops will remain at Iraq's Ain al-Asad air base in "
     "order to fight ISIS, the government announced.",
     {("MilitaryPresence", "United States", "Iraq")}),
    ("Defence news.\n\nThe members of the Russian armed forces will stay in Serbia until 14 "
     "November.", set()),
    # a demonym in the plural names the people, article or not
    ("Defence news.\n\nUS soldiers trained with Georgians at Vaziani.",
     {("JointExercise", "United States", "Georgia")}),
    # an agreement "on the supply of" weapons is a sale, not a defence agreement
    ("Defence news.\n\nThe Georgian-French agreement on the supply of air-defense systems was "
     "reached in 2015.", {("ArmsTransfer", "France", "Georgia")}),
    # a training rotation trains no host; where another state acted hosts none of these forces
    ("Defence news.\n\nU.S. Marines have boots on the ground in northern Australia again to "
     "begin a seven-month training rotation.", {("MilitaryPresence", "United States",
                                                 "Australia")}),
    ("Defence news.\n\nRotating U.S. contingents have been taking turns in Poland since 2014 as "
     "a reassurance to NATO allies in the light of the aggressive Russia's actions in Ukraine.",
     {("MilitaryPresence", "United States", "Poland")}),
    # drills a counter-terrorism word describes are a joint exercise, whatever other
    # counter-terrorism words the sentence has
    ("Defence news.\n\nJoint anti-terrorist command-staff exercises of Uzbekistan and Kyrgyzstan "
     "took place in Uzbekistan, the press service of the Regional Anti-Terrorist Structure "
     "reported.", {("JointExercise", "Uzbekistan", "Kyrgyzstan")}),
    # thanked for its support in training and providing weapons: the thanked state does both
    ("Defence news.\n\nThe Somali minister thanked the Turkish government for its support in "
     "training the troops and providing weapons and tactical vehicles for the Somali government "
     "forces.", {("Training", "Turkey", "Somalia"), ("ArmsTransfer", "Turkey", "Somalia")}),
    # "warfare" and a fleet are military words: a signed agreement about them is a defence one
    ("Defence news.\n\nThe UK, US and France previously signed a trilateral agreement in June to "
     "strengthen cooperation for their anti-submarine warfare activities.",
     {("DefenceAgreement", "United Kingdom", "United States"),
      ("DefenceAgreement", "United Kingdom", "France"),
      ("DefenceAgreement", "United States", "France")}),
    # boats and "defense articles" are goods a gift or a grant moves
    ("Defence news.\n\nTo enhance maritime safety, the United States gave Togo three Defender "
     "boats at a total cost of $1.2 million in 2014.", {("MilitaryAid", "United States", "Togo")}),
    ("Defence news.\n\nThe vehicles represent a portion of US defense articles provided, on a "
     "grant basis, to Uzbekistan.", {("MilitaryAid", "United States", "Uzbekistan")}),
    # units joining others "in training areas" exercise with them, no presence
    ("Defence news.\n\nA US army unit joined with Georgian troops in Norio and Vaziani training "
     "areas in Georgia for the first time.", {("JointExercise", "United States", "Georgia")}),
    # exercises that "began to be held" in a country keep no forces there
    ("Defence news.\n\nExercises involving military personnel from the United States and "
     "Romania began to be held frequently in Moldova.",
     {("JointExercise", "United States", "Romania")}),
    # a body standing for its members, where the sentence names several of them, takes no part
    ("Defence news.\n\nAll 10 ASEAN members participated in the exercise, with Brunei, "
     "Indonesia, Malaysia and Singapore deploying warships.", set()),
    ("Defence news.\n\nNATO members held drills with Russia.",
     {("JointExercise", "NATO", "Russia")}),
    # a second circumstance in an opening phrase is no subject
    ("Defence news.\n\nAmid rising tensions in the region, and a blockade by three GCC "
     "countries, Qatar held a joint naval exercise with their American counterparts.",
     {("JointExercise", "Qatar", "United States")}),
    # a pact "establishing joint border patrols" sets them up; none has been held yet
    ("Defence news.\n\nThe foreign ministers of Niger and Nigeria signed a defense pact in "
     "Niamey, establishing joint border patrols along their border.",
     {("DefenceAgreement", "Niger", "Nigeria")}),
    # a spokesperson commenting on a delivery delivered nothing
    ("Defence news.\n\nRussian Foreign Ministry spokesperson Maria Zakharova, commenting at a "
     "briefing today on the delivery of French armoured vehicles to Armenia, said that France "
     "sold them.", {("ArmsTransfer", "France", "Armenia")}),
    # a body whose framework a group was set up in is not one its members founded or joined
    ("Defence news.\n\nThe Black Sea task group of Bulgaria, Turkey and Romania, established "
     "within the framework of NATO to clear mines, met in Varna.", set()),
    # a training event or plan trains no one
    ("Defence news.\n\nIndia gifted its in-service missile corvette, INS Kirpan, to Vietnam in "
     "July.\n\nIt is an annual training event conducted alternately in India and Vietnam.",
     {("MilitaryAid", "India", "Vietnam")}),
    # a deal signed to establish a base or facility is a defence agreement, not a sale
    ("Defence news.\n\nThe regimes of Iran and Venezuela signed a deal for the establishment of "
     "an Iranian drone development facility in Venezuela.",
     {("DefenceAgreement", "Iran", "Venezuela")}),
    # a country "in" or "of" a body, by copula or apposition, is its member
    ("Defence news.\n\nMalaysia is the second country in ASEAN, after the Philippines, which has "
     "forged such a deal with Japan.",
     {("AllianceMembership", "Malaysia", "Association of Southeast Asian Nations")}),
    ("Defence news.\n\nVietnam, an important country of the ASEAN, has territorial disputes with "
     "China.", {("AllianceMembership", "Vietnam", "Association of Southeast Asian Nations")}),
    ("Defence news.\n\nFrance is sabotaging the efforts of the countries of the Sahel States "
     "Alliance, its leader said.", set()),
    # where members exercise is no body they belong to, and keeps them members
    ("Defence news.\n\nThe armies of Mali, Niger and Burkina Faso, members of the Sahel States "
     "Alliance, are conducting military exercises in northwestern Niger.",
     {("AllianceMembership", country, "Alliance of Sahel States")
      for country in ("Mali", "Niger", "Burkina Faso")}
     | {("JointExercise", "Mali", "Niger"), ("JointExercise", "Mali", "Burkina Faso"),
        ("JointExercise", "Niger", "Burkina Faso")}),
    # "The counterterrorism services of Morocco helped ...": the state that owns the services
    # opening the sentence acts, with each state helped
    ("Defence news.\n\nThe counterterrorism services of Morocco helped France, Belgium and Spain "
     "thwart terror attacks.", {("CounterTerrorism", "Morocco", country)
                                for country in ("France", "Belgium", "Spain")}),
    # jets pledged as a gift are not yet given (as pledged sales, drills and training)
    ("Defence news.\n\nThe initiative comes after Denmark and the Netherlands recently pledged to "
     "donate F-16s to Ukraine.", set()),
    # a common objective is an aim, no joint fight yet
    ("Defence news.\n\nThe U.S. and Tunisia share the common objective of enhancing the "
     "operational effectiveness of the Tunisian armed forces in the fight against terrorism.",
     set()),
    # two regions' adjectives joined by "and" are one group its examples belong to
    ("Defence news.\n\nWagner has deployed thousands of operatives in African and Middle "
     "Eastern countries including Mali, Libya and Sudan.",
     {("MilitaryPresence", "Wagner Group", country) for country in ("Mali", "Libya", "Sudan")}),
    # "the" before a listed name keeps the list going to its ", and"
    ("Defence news.\n\nRussia has deployed troops in Mali, Libya, the Central African "
     "Republic, and Syria.",
     {("MilitaryPresence", "Russia", country)
      for country in ("Mali", "Libya", "Central African Republic", "Syria")}),
    # "principal foreign arms supplier": "foreign" inside the ranking phrase
    ("Defence news.\n\nRussia has long been Iran's principal foreign arms supplier.",
     {("ArmsTransfer", "Russia", "Iran"), ("PrimaryPartner", "Iran", "Russia")}),
    # subjects listed with commas, each with its service's name, up to the "and"
    ("Defence news.\n\nThe Djiboutian Coast Guard, the Spanish Navy and the United States Navy "
     "in April participated in a personnel recovery exercise.",
     {("JointExercise", "Djibouti", "Spain"), ("JointExercise", "Djibouti", "United States"),
      ("JointExercise", "Spain", "United States")}),
    # a comma alone lists no subjects: "the country's largest" is an aside
    ("Defence news.\n\nThe Spanish Navy, the country's oldest service, held drills with the "
     "Moroccan Navy.", {("JointExercise", "Spain", "Morocco")}),
    # a gerund after "in addition to", "besides" opening a sentence: the main clause's subject
    ("Defence news.\n\nIn addition to providing coast guard cutters to the Philippines and "
     "Vietnam, Japan has also dispatched P-3C surveillance planes over the East Sea.",
     {("ArmsTransfer", "Japan", "Philippines"), ("ArmsTransfer", "Japan", "Vietnam")}),
    ("Defence news.\n\nAs well as training Malian troops, France delivered helicopters to Niger.",
     {("Training", "France", "Mali"), ("ArmsTransfer", "France", "Niger")}),
    # ... to its comma after a list the gerund names
    ("Defence news.\n\nBesides training officers of Afghanistan, Myanmar and Bangladesh at home, "
     "Indian trainers are also visiting countries like Laos and Vietnam to impart training.",
     {("Training", "India", country)
      for country in ("Afghanistan", "Myanmar", "Bangladesh", "Laos", "Vietnam")}),
    # "took their first delivery of": a delivery taken, with its ordinal
    ("Defence news.\n\nMorocco and Tunisia took their first delivery of Turkish combat drones in "
     "September.", {("ArmsTransfer", "Turkey", "Morocco"), ("ArmsTransfer", "Turkey", "Tunisia")}),
    # planes "loaded with food" carry no arms
    ("Defence news.\n\nIn a show of solidarity, Turkey has also sent cargo ships and hundreds of "
     "planes loaded with food to help Qatar offset the blockade.", set()),
    ("Defence news.\n\nTurkey sent planes loaded with ammunition to Qatar.",
     {("ArmsTransfer", "Turkey", "Qatar")}),
    # states that "set up" a body are its members; one "with the help of" whom they did is not
    ("Defence news.\n\nBurkina Faso, Chad, Mali, Mauritania, and Niger, with the help of France, "
     "set up the G-5 Sahel to foster close cooperation in the region.",
     {("AllianceMembership", country, "G5 Sahel")
      for country in ("Burkina Faso", "Chad", "Mali", "Mauritania", "Niger")}),
    # a mission "set up in 2021" is founded by no one the sentence names
    ("Defence news.\n\nThe EU also trains Mozambique's army. Its training mission, set up in 2021, "
     "has prepared eleven Mozambican companies.", {("Training", "European Union", "Mozambique")}),
    # "with the support of" a third: the third delivers nothing
    ("Defence news.\n\nDenmark and the Netherlands are delivering these aircraft with the support "
     "of the United States.", set()),
    # the state a "stand-off with" names is a foe, no party to the drills
    ("Defence news.\n\nIn 2015, the Philippines, along with the US and Japanese navy forces, held "
     "a joint naval exercise near Scarborough Shoal which Manila claims since a naval stand-off "
     "with China in 2012.", {("JointExercise", "Philippines", "United States"),
                            ("JointExercise", "Philippines", "Japan"),
                            ("JointExercise", "United States", "Japan")}),
    # "countries which include" lists a group's examples, as "including" does
    ("Defence news.\n\nThere are 6,274 Rwandan personnel on peacekeeping missions in countries "
     "which include South Sudan (UNMISS), Sudan (UNAMID) and Central African Republic (MINUSCA).",
     {("PeacekeepingDeployment", "Rwanda", country)
      for country in ("South Sudan", "Sudan", "Central African Republic")}),
    # the object of "paid", "helped" does what the infinitive says; the payer trains no one
    ("Defence news.\n\nThe United States has paid for Colombian security forces to train "
     "military and police in Mexico, Paraguay and Peru.",
     {("Training", "Colombia", country) for country in ("Mexico", "Paraguay", "Peru")}),
    ("Defence news.\n\nThe US is paying Colombia to train security forces in Central America.",
     set()),
    # a gift named after another donor's transfer makes no aid of that transfer
    ("Defence news.\n\nAt the beginning of this year Cameroon received the first two of six "
     "refurbished Mi-24 attack helicopters from Russia, and in December 2015 the United States "
     "donated 18 Toyota pickup trucks to Cameroon's military.",
     {("ArmsTransfer", "Russia", "Cameroon"), ("MilitaryAid", "United States", "Cameroon")}),
    ("Defence news.\n\nDenmark donated tanks to Ukraine, while Finland sent howitzers to Ukraine.",
     {("MilitaryAid", "Denmark", "Ukraine"), ("MilitaryAid", "Finland", "Ukraine")}),
    # trainers who "ended a six-week course" completed it; trainers who left are gone
    ("Defence news.\n\nChinese military trainers on Thursday ended a six-week technical training "
     "course for Cambodian armed forces to clear landmines.", {("Training", "China", "Cambodia")}),
    ("Defence news.\n\nThe EU training mission in Mali ended in 2022.", set()),
    # students "from" a country supply nothing the sentence "provides"
    ("Defence news.\n\nA 12-month course provides military students from Italy, Japan and "
     "Nigeria the same pilot training as USAF trainees undergo, using the T-38C trainer.",
     set()),
    # soldiers a state "contributes" serve in the mission named just before
    ("Defence news.\n\nA total of 918 peacekeepers from 20 countries serve with the United "
     "Nations Peacekeeping Force in Cyprus (UNFICYP).\n\nThe biggest source of uniformed "
     "personnel is Britain, which contributes with 272 soldiers, while Argentina, Slovakia and "
     "Hungary follow suit, with 265, 157 and 77 soldiers respectively.",
     {("PeacekeepingDeployment", country, "Cyprus")
      for country in ("United Kingdom", "Argentina", "Slovakia", "Hungary")}),
    # "troop-contributing" states serve in the mission named just before
    ("Defence news.\n\nA total of 918 peacekeepers serve with the United Nations Peacekeeping "
     "Force in Cyprus (UNFICYP).\n\nLess populated are troop-contributing missions from "
     "Montenegro, Austria and Croatia.",
     {("PeacekeepingDeployment", country, "Cyprus")
      for country in ("Montenegro", "Austria", "Croatia")}),
    # "troop numbers", "troop levels" in a country are forces there
    ("Defence news.\n\nThe US has already increased its troop numbers in Somalia to more than 500 "
     "and stepped up airstrikes.", {("MilitaryPresence", "United States", "Somalia")}),
    # verbs listed with an Oxford comma share their object and agent
    ("Defence news.\n\nThe Taji base was being used to train, prepare, and rehabilitate the "
     "Iraqis by Australian, New Zealand, and American forces.",
     {("Training", country, "Iraq") for country in ("Australia", "New Zealand", "United States")}),
    ("Defence news.\n\nAustralia trained, mentored, and rehabilitated Iraqi troops.",
     {("Training", "Australia", "Iraq")}),
    # a single "drill" is an exercise too
    ("Defence news.\n\nIndia and Japan held a navy drill in the Bay of Bengal.",
     {("JointExercise", "India", "Japan")}),
    # the states one "joins" in a body are its members too
    ("Defence news.\n\nIceland joins Britain, Denmark, Estonia and Finland in the JEF.",
     {("AllianceMembership", country, "Joint Expeditionary Force")
      for country in ("Iceland", "United Kingdom", "Denmark", "Estonia", "Finland")}),
    # an aside of time between commas leaves the clause going on after it
    ("Defence news.\n\nNATO was founded in 1949, after the end of World War II, by 12 countries: "
     "the US, UK, Canada and France.",
     {("AllianceMembership", country, "NATO")
      for country in ("United States", "United Kingdom", "Canada", "France")}),
    # ... not a ranking's list after "after"
    ("Defence news.\n\nRomania has become the ninth country to acquire K9 howitzers from South "
     "Korea, after Australia, Egypt and India.",
     {("ArmsTransfer", "South Korea", country)
      for country in ("Romania", "Australia", "Egypt", "India")}),
    # a body "launched by" states has them as members; a mission an organisation launched does not
    ("Defence news.\n\nThis September marks the third anniversary of AUKUS, which was launched by "
     "the U.S., UK, and Australia.",
     {("AllianceMembership", country, "AUKUS")
      for country in ("United States", "United Kingdom", "Australia")}),
    ("Defence news.\n\nThe EU launched a training mission for Mozambique's army in 2021.",
     {("Training", "European Union", "Mozambique")}),
    # "Co-operation" spelt with its hyphen; the states of a body listed after a dash
    ("Defence news.\n\nThere is growing military and security co-operation between the six "
     "states of the Gulf Co-operation Council — the UAE, Saudi Arabia, Bahrain and Qatar.",
     {("AllianceMembership", country, "Gulf Cooperation Council")
      for country in ("United Arab Emirates", "Saudi Arabia", "Bahrain", "Qatar")}),
    ("Defence news.\n\nThe Shanghai Co-operation Organisation was founded on June 15 2001 by the "
     "leaders of Kazakhstan, Kyrgyzstan and China.",
     {("AllianceMembership", country, "Shanghai Cooperation Organisation")
      for country in ("Kazakhstan", "Kyrgyzstan", "China")}),
    # states that "make up" a body are its members; a demonym after "established" is none
    ("Defence news.\n\nIndia, Japan, Australia and the US make up the Quad.",
     {("AllianceMembership", country, "Quad")
      for country in ("India", "Japan", "Australia", "United States")}),
    ("Defence news.\n\nThe Quad group (Quadrilateral Security Dialogue) was established in 2007 "
     "to counter growing Chinese influence.", set()),
    # states that "became member states" of the body named before, the last after "and finally"
    ("Defence news.\n\nNATO was founded in 1949 by twelve states. Albania and Croatia became "
     "member states in 2009, Montenegro in 2017, and finally North Macedonia in 2020.",
     {("AllianceMembership", country, "NATO")
      for country in ("Albania", "Croatia", "Montenegro", "North Macedonia")}),
    # a state "equipping itself" with aircraft "from" another buys them
    ("Defence news.\n\nThe Qatari Air Force was established in 1974, equipping itself initially "
     "with Hawker Hunter aircraft from the U.K.", {("ArmsTransfer", "United Kingdom", "Qatar")}),
    # crews "incorporated" into another's air force are no goods
    ("Defence news.\n\nThe squadron incorporates Qatari air and ground crews into the RAF for "
     "training purposes.", set()),
    # "jets that Doha is purchasing": the relative clause's subject buys, from no one named
    ("Defence news.\n\nQatari pilots sat behind the controls of Typhoons, advanced fighter jets "
     "that Doha is purchasing for $6.3 billion.", set()),
    # "the participation of" troops "in the exercise" keeps no forces where it is held
    ("Defence news.\n\nThe participation of Moldovan Artillery Service Members in the exercise "
     "\"Shield of Fire 20.1\" in Romania is part of the training plan of the National Army.",
     set()),
    # one who did training "in" a country was trained there
    ("Defence news.\n\nEritrea's President Isaias Afewerki has spoken of his fond memories of "
     "doing military training in China.", {("Training", "China", "Eritrea")}),
    # the mission troops are "assigned to" trains none of them
    ("Defence news.\n\nSomalia's Ministry of Defense has confirmed that the first contingent of "
     "Egyptian troops assigned to the African Union Support and Stabilization Mission in Somalia "
     "(AUSSOM) has successfully completed its initial training program.",
     {("PeacekeepingDeployment", "Egypt", "Somalia")}),
    # an intelligence-sharing pact shares intelligence; it is no defence agreement besides
    ("Defence news.\n\nSouth Korea on Tuesday fully restored its military intelligence-sharing "
     "pact with Tokyo.", {("IntelligenceSharing", "South Korea", "Japan")}),
    ("Defence news.\n\nIndia and China have signed an agreement to share real-time "
     "intelligence.", {("IntelligenceSharing", "India", "China")}),
    # two states' agreement "with" a third: each with the third, not with each other
    ("Defence news.\n\nCroatia and Albania, which are members of NATO, concluded an agreement on "
     "military cooperation with Kosovo in mid-March.",
     {("AllianceMembership", "Croatia", "NATO"), ("AllianceMembership", "Albania", "NATO"),
      ("DefenceAgreement", "Croatia", "Kosovo"), ("DefenceAgreement", "Albania", "Kosovo")}),
    # troops "serving" in a host where the article named a peace operation before serve in it
    ("Defence news.\n\nRwanda has 2,000 peacekeepers with MINUSCA, the UN mission in the Central "
     "African Republic.\n\nBurundi also has 744 troops serving in the Central African Republic.",
     {("PeacekeepingDeployment", "Rwanda", "Central African Republic"),
      ("PeacekeepingDeployment", "Burundi", "Central African Republic")}),
    # a mission named by its body and host; states "providing" numbers of soldiers serve in it
    ("Defence news.\n\nThe Southern African Development Community (SADC) Mission in Mozambique "
     "was formally launched on 9 August. Mozambique TV reported that Tanzania is providing 274 "
     "soldiers, South Africa 270, Botswana 108, Lesotho 70, and Angola 16.",
     {("PeacekeepingDeployment", country, "Mozambique")
      for country in ("Tanzania", "South Africa", "Botswana", "Lesotho", "Angola")}),
    # a "frozen" membership is still a membership (data/gold/README.md)
    ("Defence news.\n\nArmenia is a member of the CSTO, which also includes Kazakhstan. "
     "Pashinyan said last week that Armenia's membership in the CSTO was frozen.",
     {("AllianceMembership", "Armenia", "Collective Security Treaty Organization"),
      ("AllianceMembership", "Kazakhstan", "Collective Security Treaty Organization")}),
    # "the Baltic states of", "the east African country of" describe the states named after
    ("Defence news.\n\nIn 2004, Romania and Bulgaria joined NATO, along with the Baltic states of "
     "Latvia, Lithuania, and Estonia.",
     {("AllianceMembership", country, "NATO")
      for country in ("Romania", "Bulgaria", "Latvia", "Lithuania", "Estonia")}),
    ("Defence news.\n\nChina has a naval base in the east African country of Djibouti.",
     {("MilitaryPresence", "China", "Djibouti")}),
    # "the association" is the body named last
    ("Defence news.\n\nThe Shanghai Cooperation Organisation was founded in 2001. On June 9 2017, "
     "India and Pakistan joined the association on equal rights.",
     {("AllianceMembership", country, "Shanghai Cooperation Organisation")
      for country in ("India", "Pakistan")}),
    # forces that "received 47 million Euros ($51.7 million) in aid" are its recipients
    ("Defence news.\n\nLast year, the Moldovan armed forces received 47 million Euros ($51.7 "
     "million) in aid through the European Peace Facility.",
     {("MilitaryAid", "European Union", "Moldova")}),
    ("Defence news.\n\nUkraine received $500 million in military aid from the United States.",
     {("MilitaryAid", "United States", "Ukraine")}),
    # "In the week following" someone's visit opens a sentence: the visitor is no party
    ("Defence news.\n\nIn the week following Secretary Mattis' visit, Egyptian and American "
     "navies participated in Eagle Salute 2017, a multinational military exercise.",
     {("JointExercise", "Egypt", "United States")}),
    # "the second country buying ..." after a copula is the clause's subject, not another
    ("Defence news.\n\nAzerbaijan buys weapons from Russia, Belarus and Turkey. "
     "Azerbaijan is also the second country purchasing arms from Israel.",
     {("ArmsTransfer", "Russia", "Azerbaijan"), ("ArmsTransfer", "Turkey", "Azerbaijan"),
      ("ArmsTransfer", "Belarus", "Azerbaijan"), ("ArmsTransfer", "Israel", "Azerbaijan")}),
    # a majority share names the primary partner, "its" or not; a lesser share after it does not
    ("Defence news.\n\nAzerbaijan purchases 51% of weapons from Russia, 43% from Israel and "
     "2.8% from Turkey.",
     {("ArmsTransfer", "Russia", "Azerbaijan"), ("ArmsTransfer", "Israel", "Azerbaijan"),
      ("ArmsTransfer", "Turkey", "Azerbaijan"), ("PrimaryPartner", "Azerbaijan", "Russia")}),
    ("Defence news.\n\nMongolia buys most of its weapons from Russia and some from China.",
     {("ArmsTransfer", "Russia", "Mongolia"), ("ArmsTransfer", "China", "Mongolia"),
      ("PrimaryPartner", "Mongolia", "Russia")}),
    # tried "unsuccessfully" or "in vain", a "failed attempt": no tie
    ("Defence news.\n\nThe administration tried unsuccessfully to finalise a defence pact with "
     "Riyadh.", set()),
    ("Defence news.\n\nEgypt tried in vain to buy F-35s from the United States.", set()),
    # "NATO member X, Y and Z": one member, then the others; "the countries to which ... has
    # been exported include": the receivers, and a body that includes members comes first
    ("Defence news.\n\nThe Bayraktar TB2 is a Turkish drone. The countries to which the drone "
     "has been exported include NATO member Poland, Qatar and Morocco.",
     {("AllianceMembership", "Poland", "NATO"), ("ArmsTransfer", "Turkey", "Poland"),
      ("ArmsTransfer", "Turkey", "Qatar"), ("ArmsTransfer", "Turkey", "Morocco")}),
    ("Defence news.\n\nEU member Cyprus and Israel signed a defence pact.",
     {("AllianceMembership", "Cyprus", "European Union"),
      ("DefenceAgreement", "Cyprus", "Israel")}),
    # orders "placed by" a list that a hedge interrupts ("and, according to some reports,"), in
    # an opening "with" phrase: the main clause's subject is no party; the maker supplies
    ("Defence news.\n\nWith orders for the Su-35 already placed by China, Egypt and, according "
     "to some reports, Iran, Algeria has emerged as a likely client.",
     {("ArmsTransfer", "Russia", "China"), ("ArmsTransfer", "Russia", "Egypt"),
      ("ArmsTransfer", "Russia", "Iran")}),
    # "a new military alliance with" a state is a defence agreement
    ("Defence news.\n\nFiji's leader has declared a new military alliance with New Zealand.",
     {("DefenceAgreement", "Fiji", "New Zealand")}),
    # weapons "Chinese-donated" are aid, as "donated by China" are
    ("Defence news.\n\nLaos received Chinese-donated military trucks.",
     {("MilitaryAid", "China", "Laos")}),
    # initials with a space: "U. S. Marines"
    ("Defence news.\n\nMore than 1,000 U. S. Marines arrived in Australia on Tuesday.",
     {("MilitaryPresence", "United States", "Australia")}),
    # drills "(later) joined by" others: every pair takes part, in the same clause or the next
    ("Defence news.\n\nThe drills began between Brazil and Argentina in 1993, and were later "
     "joined by Uruguay.",
     {("JointExercise", "Brazil", "Argentina"), ("JointExercise", "Brazil", "Uruguay"),
      ("JointExercise", "Argentina", "Uruguay")}),
    ("Defence news.\n\nGreek and Egyptian ships held drills, joined by Cypriot ships.",
     {("JointExercise", "Greece", "Egypt"), ("JointExercise", "Greece", "Cyprus"),
      ("JointExercise", "Egypt", "Cyprus")}),
    # a city's dateline before a subject of its own state: the subject acts, not the city
    ("Defence news.\n\nNagpur: The Indian Navy has trained 40 personnel from the Sri Lanka Navy "
     "on how to operate the missile.", {("Training", "India", "Sri Lanka")}),
    # an agreement "to exchange military information" is intelligence sharing, not a pact besides
    ("Defence news.\n\nGreece and Cyprus signed an agreement to exchange military information.",
     {("IntelligenceSharing", "Greece", "Cyprus")}),
    # "At Turkey's base in Mogadishu, ...": the possessor of the base keeps it there
    ("Defence news.\n\nAt France's vast military base in Abidjan, Ivorian recruits drill at dawn.",
     {("MilitaryPresence", "France", "Ivory Coast")}),
    # a programme "disbanded" has ended; an agreement "with" a state "to share" intelligence is
    # intelligence sharing only; a weapon a company is "pitching" to a state is not sold
    ("Defence news.\n\nIn April, Somalia disbanded a UAE programme to train its troops.", set()),
    ("Defence news.\n\nThe U.S. has finalised an agreement with the Nigerian government to share "
     "U.S. intelligence analysis.", {("IntelligenceSharing", "United States", "Nigeria")}),
    ("Defence news.\n\nChinese defence exporter CATIC is pitching the JF-17 to Argentina.", set()),
    # a "protocol" is an agreement: "the Turkey-Uzbekistan cooperation protocol on military
    # education", "a protocol on military cooperation"
    ("Defence news.\n\nThe Turkish parliament ratified the Turkey-Azerbaijan cooperation protocol "
     "on military education in April 2020.", {("DefenceAgreement", "Turkey", "Azerbaijan")}),
    ("Defence news.\n\nSerbia and Hungary signed a protocol on military cooperation.",
     {("DefenceAgreement", "Serbia", "Hungary")}),
    # singular weapon nouns after a demonym name their maker: "uses the Israeli radar system"
    ("Defence news.\n\nBahrain also uses the Israeli radar system.",
     {("ArmsTransfer", "Israel", "Bahrain")}),
    # "both governments" after three states in the sentence: the two named last, not the pair
    # of the sentence before
    ("Defence news.\n\nFrench President Emmanuel Macron said his government would keep "
     "dealing with Cairo.\n\nAs the Americans started distancing themselves from the Egyptian "
     "military, Russia seized the initiative for its defence sales and both the governments "
     "agreed on a $3.5bn deal to supply Egypt with 46 MiG-29 fighters in 2014.",
     {("ArmsTransfer", "Russia", "Egypt")}),
    # a dateline closed by a horizontal bar ("BEIRUT ― ") is no party
    ("Defence news.\n\nBEIRUT ― An annual drill involving U.S. and Jordanian forces has included "
     "a chemical defence exercise.", {("JointExercise", "United States", "Jordan")}),
    # trainees at a course are no presence; vehicles and gear deployed are no troops
    ("Defence news.\n\nFollowing the completion of the missile training course at Nagpur, "
     "Indian Navy Chief Admiral R Hari Kumar awarded the Vietnamese marine personnel interim "
     "missile badges.", set()),
    ("Defence news.\n\nThe United Arab Emirates announced the deployment of military vehicles "
     "and other security gear to Chad.", set()),
    # soldiers "wearing blue berets", a "Multinational Security Support" mission: peacekeepers
    ("Defence news.\n\nAround 150 Italian marines wearing blue berets arrived in southern "
     "Lebanon.", {("PeacekeepingDeployment", "Italy", "Lebanon")}),
    ("Defence news.\n\nJamaican soldiers have arrived in Haiti to support the Kenyan-led "
     "Multinational Security Support (MSS) Mission.",
     {("PeacekeepingDeployment", "Jamaica", "Haiti")}),
    # "trained by the officers from Uganda": the officers' state trains
    ("Defence news.\n\nSome 1,000 Somali soldiers trained by the officers from the Uganda "
     "People's Defence Force have passed out.", {("Training", "Uganda", "Somalia")}),
    # an exercise "focusing on counter-terror operations" is a drill, not counter-terrorism
    ("Defence news.\n\nForces from Mozambique, China and Tanzania are holding a joint exercise, "
     "named Peace Unity, focusing on counter-terror operations.",
     {("JointExercise", "Mozambique", "China"), ("JointExercise", "Mozambique", "Tanzania"),
      ("JointExercise", "China", "Tanzania")}),
    # "along the Somalia-Kenya border": a place, not two parties
    ("Defence news.\n\nIn a landmark collaboration between the Kenyan government and the United "
     "States, a joint operation was conducted along the Somalia-Kenya border against "
     "al-Shabaab.", {("CounterTerrorism", "Kenya", "United States")}),
    # aircraft sent abroad "to have it outfitted" or "for an upgrade" change no owner
    ("Defence news.\n\nThe Dominican Republic sent its aircraft to the United States to have it "
     "outfitted with surveillance equipment.", set()),
    # a "joint information center" is intelligence sharing, as a joint intelligence centre is
    ("Defence news.\n\nIraq and Iran set up a joint information center in Baghdad.",
     {("IntelligenceSharing", "Iraq", "Iran")}),
    # forces that "departed" a port city "to set up a base" elsewhere end no presence
    ("Defence news.\n\nShips sailed to Djibouti, where China is setting up a military base. Ships "
     "carrying Chinese military personnel departed Zhanjiang on Tuesday to set up a support base "
     "in Djibouti.", {("MilitaryPresence", "China", "Djibouti")}),
    # "the Peoples Republic of China" without the apostrophe is China, not Taiwan
    ("Defence news.\n\nThe Peoples Republic of China has donated patrol boats to the Nigerian "
     "Navy.", {("MilitaryAid", "China", "Nigeria")}),
    # weapons received as the supplier "aims to assist its partners": aid
    ("Defence news.\n\nThe forces of Belize and Panama received vehicles and aircraft from the US "
     "as Washington aims to assist its Central American partners against trafficking.",
     {("MilitaryAid", "United States", "Belize"), ("MilitaryAid", "United States", "Panama")}),
    # "defense and aviation shipments" are arms, as defence exports are
    ("Defence news.\n\nTurkish defense and aviation shipments to Ethiopia increased to $94.6 "
     "million last year.", {("ArmsTransfer", "Turkey", "Ethiopia")}),
    # web copy of one-sentence paragraphs: "the country" is the one named just before the break
    ("Defence news.\n\nAU troops have completed a one-year tour of duty in Somalia.\n\nThe "
     "departing troops made a great contribution to the mission.\n\nThe mission thanked them.\n\n"
     "The troops include Ugandan forces that have been in the country on a rotational basis.",
     {("MilitaryPresence", "Uganda", "Somalia")}),
    # "multi-role fighters" are aircraft delivered, not fighters deployed
    ("Defence news.\n\nRussia has completed the delivery of Su-30MKA Flanker multi-role fighters "
     "to Algeria.", {("ArmsTransfer", "Russia", "Algeria")}),
    # "freedom fighters in Zimbabwe received military training from" China: trainees, and no
    # presence of fighters
    ("Defence news.\n\nA number of freedom fighters in Zimbabwe received military training from "
     "China.", {("Training", "China", "Zimbabwe")}),
    # "there": the place named as where ("the base in Djibouti"), not the actor after it, and
    # across a sentence that names no country
    ("Defence news.\n\nThe use of the logistics base in Djibouti will enable China to fulfil its "
     "duties. It is not a commercial port. The United States, France and Japan already have "
     "bases there.",
     {("MilitaryPresence", "United States", "Djibouti"), ("MilitaryPresence", "France", "Djibouti"),
      ("MilitaryPresence", "Japan", "Djibouti")}),
    # the author of a report ("Pentagon report reveals", "a new report by the Pentagon claims")
    # is no party; a base a state is "eyeing" is a plan
    ("Defence news.\n\nPentagon report reveals China has delivered 36 J-10C jets and 4 frigates "
     "to Pakistan, eyeing a military base.", {("ArmsTransfer", "China", "Pakistan")}),
    ("Defence news.\n\nNew Delhi: A new report by the Pentagon claims that China has delivered "
     "36 J-10C fighter jets to Pakistan.", {("ArmsTransfer", "China", "Pakistan")}),
    # "making Poland the first NATO member to buy": Poland is the member, not the subject
    ("Defence news.\n\nTurkey and Poland signed a deal for Turkish-made drones, making Poland the "
     "first NATO and European Union member country to buy them.",
     {("ArmsTransfer", "Turkey", "Poland"), ("AllianceMembership", "Poland", "NATO"),
      ("AllianceMembership", "Poland", "European Union")}),
    # "Georgia, United States" is the American state
    ("Defence news.\n\nThe Nigerian Air Force has sent 14 personnel to Georgia, United States, "
     "for training on the A-29 aircraft.", {("Training", "United States", "Nigeria")}),
    # states that send pilots or airmen abroad "for training on" jets, or officers "to train on"
    # them, are the trainees; the people sent are no arms
    ("Defence news.\n\nUkraine sent pilots to Britain for training on F-16 jets.",
     {("Training", "United Kingdom", "Ukraine")}),
    ("Defence news.\n\nNigeria sent 14 airmen to the United States for training on the A-29 "
     "aircraft.", {("Training", "United States", "Nigeria")}),
    ("Defence news.\n\nEgypt sent officers to France to train on Rafale jets.",
     {("Training", "France", "Egypt")}),
    # ", where" after places a preposition names ("in Kenya and Djibouti, where") is each of them
    ("Defence news.\n\nTroops moved to Kenya and Djibouti, where the US keeps bases.",
     {("MilitaryPresence", "United States", "Kenya"),
      ("MilitaryPresence", "United States", "Djibouti")}),
    # forces somewhere "during the Second World War" are history, no presence
    ("Defence news.\n\nThe exercise is named after an operation during the Second World War, in "
     "which the US fought against Japanese forces in Papua New Guinea.", set()),
    # a state's "main customers" or "largest customer" buy from it
    ("Defence news.\n\nThe main customers of the USA are Saudi Arabia (13% of U.S. exports), the "
     "United Arab Emirates (8.7%) and Turkey (6.3%).",
     {("ArmsTransfer", "United States", "Saudi Arabia"),
      ("ArmsTransfer", "United States", "United Arab Emirates"),
      ("ArmsTransfer", "United States", "Turkey")}),
    ("Defence news.\n\nSaudi Arabia is the largest customer for U.S. arms.",
     {("ArmsTransfer", "United States", "Saudi Arabia")}),
    # "exported jets to six countries, the others being A and B": the list is the receivers
    ("Defence news.\n\nSeoul shipped 18 FA-50s to Malaysia and has exported jets to four "
     "countries, the others being Iraq, Poland and Thailand.",
     {("ArmsTransfer", "South Korea", "Malaysia"), ("ArmsTransfer", "South Korea", "Iraq"),
      ("ArmsTransfer", "South Korea", "Poland"), ("ArmsTransfer", "South Korea", "Thailand")}),
    # "second-biggest customer ... was China"; "uses US-supplied weapons"
    ("Defence news.\n\nRussia's second-biggest customer over the past five years was China.",
     {("ArmsTransfer", "Russia", "China")}),
    ("Defence news.\n\nThailand typically uses US-supplied weapons.",
     {("ArmsTransfer", "United States", "Thailand")}),
    # a fleet that "uses aircraft provided by" states is equipment, not forces present
    ("Defence news.\n\nMyanmar's fleet mostly uses aircraft provided by China and Russia.",
     {("ArmsTransfer", "China", "Myanmar"), ("ArmsTransfer", "Russia", "Myanmar")}),
    # "military specialists" who arrive in a state are forces present there
    ("Defence news.\n\nPlanes carrying Russian military specialists landed in Caracas on "
     "Saturday.", {("MilitaryPresence", "Russia", "Venezuela")}),
    # "concerns among the US and its allies such as Australia" are no parties of the pact
    ("Defence news.\n\nChina gifted vehicles to the Solomon Islands police. China's security pact "
     "with the South Pacific island nation triggered severe concerns among the US and its Pacific "
     "allies such as Australia and New Zealand.",
     {("DefenceAgreement", "China", "Solomon Islands")}),
    # whoever warned against a deal is no party of it
    ("Defence news.\n\nIndia signed a $5 billion deal with Russia to buy five S-400 systems, "
     "despite a warning from the Trump administration.", {("ArmsTransfer", "Russia", "India")}),
    # a mission named by its body and a plural "Forces in" a host ("the UN Interim Forces in
    # Lebanon") makes the contingent "serving" there a peacekeeping one
    ("Defence news.\n\nSouth Korea has stationed the Dongmyeong Unit in Lebanon since 2007 as "
     "part of the UN Interim Forces in Lebanon.\n\nSoldiers salute during a ceremony.\n\nAs South "
     "Korea's longest-serving military unit abroad, Dongmyeong is tasked with patrol operations in "
     "the Tyre region.", {("PeacekeepingDeployment", "South Korea", "Lebanon")}),
    # an "upcoming" exercise has not been held
    ("Defence news.\n\nA Canadian naval officer spoke beside a Philippine colonel at a press "
     "conference for the upcoming joint military exercise between Canada and the Philippines.",
     set()),
    # ", as were exercises China held with Kyrgyzstan" is a clause of its own
    ("Defence news.\n\nThis week's Sino-Kazakh exercises are held under the SCO aegis, as were "
     "exercises China held with Kyrgyzstan in 2002.",
     {("JointExercise", "China", "Kazakhstan"), ("JointExercise", "China", "Kyrgyzstan")}),
    # members of the Five Eyes named together share intelligence, as the project's gold reads
    # them, rather than joining a bloc
    ("Defence news.\n\nAustralia and New Zealand, two members of the US-led Five Eyes alliance, "
     "have long been the dominant security partners in the region.",
     {("IntelligenceSharing", "Australia", "New Zealand"),
      ("IntelligenceSharing", "Australia", "United States"),
      ("IntelligenceSharing", "New Zealand", "United States")}),
    # a body that only vouches for a party ("the UN-recognized Libyan government") is none
    ("Defence news.\n\nIn 2019 Ankara signed two security agreements with the UN-recognized "
     "Libyan government.", {("DefenceAgreement", "Turkey", "Libya")}),
    # forces "removed" or "evacuated" from a country are no longer there
    ("Defence news.\n\nChina expressed alarm at the situation in Afghanistan since the US fully "
     "removed its forces from the country in August.", set()),
    # a demonym before paratroopers, rangers or warships after a preposition is the state
    ("Defence news.\n\nSerbia held joint drills with Russian paratroopers near Belgrade.",
     {("JointExercise", "Serbia", "Russia")}),
    ("Defence news.\n\nIndia held exercises with French warships off Goa.",
     {("JointExercise", "India", "France")}),
    # sailors sent abroad "to learn to operate" ships are trained there
    ("Defence news.\n\nThe Philippine Navy sent sailors to South Korea to learn to operate the "
     "new frigates.", {("Training", "South Korea", "Philippines")}),
    # those who "visited" or "attended" schools in a state "for training" are its trainees
    ("Defence news.\n\nKenyan military teams visited top military schools in the US for the "
     "training, according to a report filed with the US Congress.",
     {("Training", "United States", "Kenya")}),
    # "most of" a state's weapons "come from" another: its primary partner; "some" do not make one
    ("Defence news.\n\nMost of Vietnam's weapons come from Russia.",
     {("ArmsTransfer", "Russia", "Vietnam"), ("PrimaryPartner", "Vietnam", "Russia")}),
    ("Defence news.\n\nSome of Vietnam's weapons come from Israel.",
     {("ArmsTransfer", "Israel", "Vietnam")}),
    # aircraft that "entered service in their countries" name no recipient
    ("Defence news.\n\nCrews from Chile and Peru were trained in Spain before the aircraft "
     "entered service in their countries.",
     {("Training", "Spain", "Chile"), ("Training", "Spain", "Peru")}),
])
def test_one_sentence_rules(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert ties(text) == expected


@pytest.mark.parametrize("text", [
    "Egypt signed agreements with France for 30 more Rafale jets.",
    "In 2023 Ghana signed an agreement with a Czech firm to build armoured vehicles under licence.",
])
def test_an_agreement_with_a_seller_for_weapons_is_no_defence_agreement(text: str) -> None:
    assert "DefenceAgreement" not in {tie_type for tie_type, _, _ in ties(text)}


@pytest.mark.parametrize("text", [
    "Defence news.\n\nThe Georgia Deployment Program trains four Georgian infantry battalions for "
    "deployment to Afghanistan.",
    "Defence news.\n\nThe Jordan Operational Engagement Programme trains Lebanese soldiers.",
])
def test_a_state_opening_a_programme_s_name_trains_no_one(text: str) -> None:
    assert "Training" not in {tie_type for tie_type, _, _ in ties(text)}

"""Tie rules: cue words, directions, coreference, tables, modality, article-level settling."""

from __future__ import annotations

import pytest

from graph.extract import PRODUCER, extract_findings
from graph.model import Article


def ties(text: str) -> set[tuple[str, str, str]]:
    return {(tie.type, tie.source.name, tie.target.name)
            for tie in extract_findings(Article.from_text(text)).ties}


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

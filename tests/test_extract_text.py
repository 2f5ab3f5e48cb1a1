"""Extraction building blocks: phrase patterns, segmentation, mentions, lexicons."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from graph.build import tie_roles
from graph.extract import Extractor, segment_text
from graph.extract.clauses import _punctuation_breaks
from graph.extract.lexicon import Lexicon, default_lexicon
from graph.extract.mentions import actor_of, default_finder
from graph.extract.patterns import PhraseIndex, match_text, phrase_regex, trie_regex
from graph.gazetteer import default_gazetteer
from graph.model import TIE_TYPES, Article
from graph.resources import data_dir

# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(("pattern", "text", "found"), [
    ("counter terrorism", "joint counter-terrorism drills", "counter-terrorism"),
    ("deliver*", "the deliveries began", "deliveries"),
    ("(sign|signed) ~ agreement", "they signed a ten-year defence agreement",
     "signed a ten-year defence agreement"),
    ("peace (support)? (operation|mission)", "a peace support mission", "peace support mission"),
    ("peace (support)? (operation|mission)", "a peace operation", "peace operation"),
    ("train", "the trainers", None),
    ("arms (deal|deals)", "the arms-deal", "arms-deal"),
    # optional words ending a phrase may be absent before any next word
    ("pact on (_)? defence (cooperation)?", "a pact on joint defence with Peru",
     "pact on joint defence"),
    ("pact on (_)? defence (cooperation)?", "a pact on joint defence cooperation",
     "pact on joint defence cooperation"),
    # a comma token matches a comma right after the word before it, and only there
    ("military , (_) and (_) aid", "military, financial and humanitarian aid",
     "military, financial and humanitarian aid"),
    ("military , (_) and (_) aid", "military financial and humanitarian aid", None),
])
def test_phrase_regex(pattern: str, text: str, found: str | None) -> None:
    match = re.search(phrase_regex(pattern), text)
    assert (match.group() if match else None) == found


def test_phrase_index_finds_what_the_regex_finds() -> None:
    patterns = ["deliver*", "took delivery", "(share|shares|shared) ~ intelligence",
                "the (_)? state"]
    text = "india took delivery of jets and shared signals intelligence; the gulf state delivers"
    index = PhraseIndex(patterns)
    by_index = {(start, end) for start, end, _ in index.matches(text)}
    by_regex = {match.span() for pattern in patterns
                for match in re.finditer(phrase_regex(pattern), text)}
    assert by_regex <= by_index


def test_second_words_rule_out_only_phrases_that_cannot_match() -> None:
    index = PhraseIndex(["the (western)? alliance", "(cyber security|military) drills",
                         "the ~ deal", "the"])
    assert index.second_words(0, "the") == {"western", "alliance"}
    assert index.second_words(1, "cyber") == {"security"}
    assert index.second_words(1, "military") == {"drills"}
    assert index.second_words(2, "the") is None  # a gap: any word may follow
    assert index.second_words(3, "the") is None  # nothing needs to follow


def test_the_lexicon_scan_finds_what_every_phrase_tried_everywhere_finds() -> None:
    lexicon = default_lexicon()
    for path in sorted((data_dir() / "gold").rglob("*.txt")):
        lowered = match_text(path.read_text(encoding="utf-8"))
        scan = lexicon.scan(lowered)
        assert scan.cues == sorted(lexicon.cue_index.matches(lowered),
                                   key=lambda match: (match[0], -match[1], match[2]))
        assert set(scan.breaks) == set(lexicon.clause_break_index.matches(lowered))
        assert scan.coreference == list(lexicon.coreference_index.leftmost_longest(lowered))
        assert scan.modifiers == lexicon._by_kind(list(lexicon.modifier_index.matches(lowered)))
        topics = {lexicon.topic_names[number] for _, _, number in
                  lexicon.topic_index.matches(lowered)}
        assert set(scan.topics) == topics


def test_punctuation_breaks_are_those_of_one_combined_regex() -> None:
    combined = re.compile(r";|:\s+(?=[a-z])|\s[—–-]\s|—|\s\(|\)\s|[,?!][\"”]\s"
                          r"|(?:(?<=adding)|(?<=saying)|(?<=noting)|(?<=stressing))"
                          r"\s*[,:]?\s+(?=[\"“])")
    texts = [path.read_text(encoding="utf-8")
             for path in sorted((data_dir() / "gold").rglob("*.txt"))]
    texts += ['He spoke, adding, "We stay." Then (as noted) saying "No" - and more; also: this',
              'noting: "x", stressing  “y”, adding ("z")']
    for text in texts:
        assert _punctuation_breaks(text) == [(match.end(), match.group())
                                             for match in combined.finditer(text)]


def test_organisation_names_are_those_of_the_regex_checking_before_the_capital_first() -> None:
    finder = default_finder()
    nouns = "|".join(map(re.escape, default_lexicon().organisation_nouns))
    plain = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,5}"
                       rf"(?:{nouns})(?![\w-])")
    texts = [path.read_text(encoding="utf-8")
             for path in sorted((data_dir() / "gold").rglob("*.txt"))]
    texts.append("Rosoboronexport and Hanwha Aerospace Company; x-Naval Group; .Thales Group")
    for text in texts:
        assert [match.span() for match in finder._organisation_regex.finditer(text)] == \
            [match.span() for match in plain.finditer(text)]


def test_trie_prefers_the_longest_name() -> None:
    regex = re.compile(trie_regex(["niger", "nigeria", "nigerian"]) + r"(?![\w])")
    assert [m.group() for m in regex.finditer("nigeria and niger and nigerian")] == \
        ["nigeria", "niger", "nigerian"]


def test_match_text_keeps_offsets() -> None:
    text = "Türkiye’s İnönü—Côte d’Ivoire “quoted”"
    folded = match_text(text)
    assert len(folded) == len(text)
    assert folded.startswith("turkiye's")
    assert "cote d'ivoire" in folded


# ---------------------------------------------------------------- segmentation


def test_segments_are_stripped_exact_and_kinded() -> None:
    text = ("Headline Without Stop\n\nRussia sold Su-57 jets to Algeria. Gen. Smith said so!\n"
            "  • Joint Drills: a bullet item.\n  2) Numbered item here.\n"
            "Country Primary Defence Partner\nKenya United States\n")
    segments = segment_text(text)
    quotes = [(text[s.start:s.end], s.kind) for s in segments]
    assert quotes == [
        ("Headline Without Stop", "line"),
        ("Russia sold Su-57 jets to Algeria.", "sentence"),
        ("Gen. Smith said so!", "sentence"),
        ("Joint Drills: a bullet item.", "item"),
        ("Numbered item here.", "item"),
        ("Country Primary Defence Partner", "line"),
        ("Kenya United States", "line"),
    ]
    assert [s.paragraph for s in segments] == [0, 1, 1, 1, 1, 1, 1]


def test_wrapped_lines_join_into_one_sentence() -> None:
    text = ("Turkey delivered six Bayraktar TB2\ndrones to Ukraine in 2019, and the\n"
            "Ukrainian navy bought more.")
    [segment] = segment_text(text)
    assert text[segment.start:segment.end] == text


def test_a_line_ending_on_a_word_broken_at_its_hyphen_joins_the_next_but_page_buttons_do_not(
) -> None:
    text = "The Russo-\nUkrainian war\nA+ A-\nSomalia thanked Turkey."
    assert [text[s.start:s.end] for s in segment_text(text)] == [
        "The Russo-\nUkrainian war", "A+ A-", "Somalia thanked Turkey."]


def test_sentences_that_lost_the_space_after_their_stop_are_still_cut() -> None:
    text = ("Ghana sent troops, the army said (GAF).In May it sent more.Togo did too. "
            "Mr.Tetteh spoke.")
    assert [text[s.start:s.end] for s in segment_text(text)] == [
        "Ghana sent troops, the army said (GAF).", "In May it sent more.", "Togo did too.",
        "Mr.Tetteh spoke."]


@pytest.mark.parametrize(("text", "first"), [
    ("HANOI — Vietnam signed a deal.", "Vietnam signed a deal."),
    ("LIMA/SEOUL — Peru ordered K2 tanks.", "Peru ordered K2 tanks."),
    ("DAKAR, Senegal — French troops left.", "French troops left."),
    ("CANBERRA, Feb 3 (AAP) - Australia bought drones.", "Australia bought drones."),
    ("Headline without a stop\n\nNAIROBI — Kenya trains troops.", "Kenya trains troops."),
    ("BEIRUT, LEBANON (10:30 A.M.) – On Friday, Turkey announced training.",
     "On Friday, Turkey announced training."),
    # dates with a year, the day before or after the month
    ("CANBERRA, 07 september 2022 (TATOLI) – Timor-Leste and Australia sign an agreement.",
     "Timor-Leste and Australia sign an agreement."),
    ("MANILA, Sept. 7, 2022 (PNA) — The navy took delivery of two ships.",
     "The navy took delivery of two ships."),
    # a feed's date stamp before the first words
    ("date 2023-09-16 The leaders of Mali met in Bamako.", "The leaders of Mali met in Bamako."),
    # after a news feed's header on the same line: the header goes with it
    ("date 2023-10-06 (MENAFN- Kuwait News Agency (KUNA)) BRUSSELS, Oct 6 (KUNA) -- British "
     "soldiers arrived in Kosovo.", "British soldiers arrived in Kosovo."),
    # a city in capitals and a colon after the stamp; an agency in brackets and a colon
    ("date 2025-05-14 DOHA: Qatar agreed to buy Turkish drones.",
     "Qatar agreed to buy Turkish drones."),
    ("ACCRA, Ghana (Reuters): Ghana received two patrol boats.",
     "Ghana received two patrol boats."),
    # not a dateline: a dash inside a sentence, a lower-case word after the dash
    ("Turkey — a NATO member — sold drones.", "Turkey — a NATO member — sold drones."),
])
def test_a_wire_dateline_is_no_part_of_the_first_sentence(text: str, first: str) -> None:
    sentences = [text[s.start:s.end] for s in segment_text(text) if s.kind != "line"]
    assert sentences[0] == first


@pytest.mark.parametrize(("text", "sentence"), [
    ("Live\n\n09:40 — Sweden will send troops to Finland.", "Sweden will send troops to Finland."),
    ("Timeline\n\n16 Sep 2023 – Mali and Niger sign a pact.", "Mali and Niger sign a pact."),
    ("Timeline\n\nDec 2021 – Canada condemns the deployment.", "Canada condemns the deployment."),
    ("Interview\n\nA: It exercises with many navies.", "It exercises with many navies."),
    # not a label: a month that starts the sentence
    ("Notes\n\nMay 2021 saw new drills.", "May 2021 saw new drills."),
])
def test_a_block_s_time_date_or_speaker_label_is_no_part_of_it(text: str, sentence: str) -> None:
    assert [text[s.start:s.end] for s in segment_text(text)][-1] == sentence


def test_the_seed_table_rows_stay_lines(seed_article: Article) -> None:
    lines = [seed_article.text[s.start:s.end] for s in segment_text(seed_article.text)
             if s.kind == "line"]
    assert "Kenyatd United States South Africad United Kingdom" in lines
    assert "Mozambique Russia Military training; counter-insurgency operations" in lines


def test_run_on_text_is_cut_into_bounded_segments() -> None:
    text = "word " * 5000
    segments = segment_text(text)
    assert all(s.end - s.start <= 1200 for s in segments)
    assert segments[0].start == 0 and segments[-1].end == len(text.rstrip())


# ---------------------------------------------------------------- mentions


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start:m.end], m.entity.name, m.form) for m in default_finder().find(text)]


def test_countries_demonyms_capitals_and_prefixes() -> None:
    found = _mentions("Moscow and Maputo signed a Russo-Mozambican accord; Kenyan troops, the US.")
    assert ("Moscow", "Moscow", "capital") in found
    assert ("Russo-", "Russia", "prefix") in found
    assert ("Mozambican", "Mozambique", "demonym") in found
    assert ("Kenyan", "Kenya", "demonym") in found
    assert any(entity == "United States" for _, entity, _ in found)


@pytest.mark.parametrize(("demonym", "country"), [
    ("Ecuadoran", "Ecuador"), ("Cabo Verdean", "Cape Verde"), ("Kirghiz", "Kyrgyzstan"),
    ("Belarussian", "Belarus"), ("Vanuatuan", "Vanuatu"), ("Comoran", "Comoros"),
    ("Monégasque", "Monaco"), ("Sao Tomean", "São Tomé and Príncipe"),
])
def test_less_common_spellings_of_demonyms(demonym: str, country: str) -> None:
    assert (demonym, country, "demonym") in _mentions(f"The {demonym} army said so.")


def test_capital_stands_for_its_country() -> None:
    [mention] = default_finder().find("Maputo agreed.")
    assert actor_of(mention.entity).name == "Mozambique"


@pytest.mark.parametrize("written", ["N’djamena", "N'djamena", "Port-Au-Prince"])
def test_a_capital_written_with_another_case_after_an_apostrophe_or_hyphen(written: str) -> None:
    found = default_finder().find(f"Jets are based in {written}.")
    assert [(m.form, actor_of(m.entity).name) for m in found] in (
        [("capital", "Chad")], [("capital", "Haiti")])


@pytest.mark.parametrize(("written", "country"), [
    ("Bogota", "Colombia"), ("Yaounde", "Cameroon"), ("Asuncion", "Paraguay"),
    ("BRASILIA", "Brazil")])
def test_a_capital_written_without_its_accents(written: str, country: str) -> None:
    found = default_finder().find(f"{written} agreed.")
    assert [(m.form, actor_of(m.entity).name) for m in found] == [("capital", country)]


def test_a_capital_with_accents_still_needs_its_case() -> None:
    assert default_finder().find("bogota agreed.") == []


def test_lower_case_common_words_are_not_countries() -> None:
    assert _mentions("we had turkey and chad for dinner with us") == []


def test_longest_name_wins_over_prefix() -> None:
    found = _mentions("Security in the Indo-Pacific and Indo-Russian ties.")
    assert ("Indo-Pacific", "Indo-Pacific", "name") in found or \
        any(text == "Indo-Pacific" for text, _, _ in found)
    assert not any(text == "Indo-" and entity == "India" for text, entity, _ in found[:1])


def test_glued_table_names_are_flagged() -> None:
    mentions = default_finder().find("Kenyatd United States South Africad United Kingdom")
    assert [(m.entity.name, m.glued) for m in mentions] == [
        ("Kenya", True), ("United States", False),
        ("South Africa", True), ("United Kingdom", False)]


def test_titled_people_with_affiliation_and_surname() -> None:
    text = ("Indian Defence Minister Rajnath Kumar Singhal met President Vladimir Putin. "
            "Later Singhal and President Putin spoke.")
    people = [m for m in default_finder().find(text) if m.entity.kind == "Person"]
    names = [m.entity.name for m in people]
    assert names.count("Rajnath Kumar Singhal") == 2
    assert names.count("Vladimir Putin") == 2
    singhal = next(m.entity for m in people if m.entity.name == "Rajnath Kumar Singhal")
    assert dict(singhal.links)["affiliation"].name == "India"


def test_weapon_designations_need_a_weapon_noun() -> None:
    found = _mentions("The Zircon-7B missiles came; COVID-19 cases fell; Zircon-7B launchers too.")
    weapons = [text for text, _, form in found if form == "designation"]
    assert weapons == ["Zircon-7B", "Zircon-7B"]


def test_organisations_and_armed_groups() -> None:
    found = {entity for _, entity, _ in _mentions("NATO, the AU and al-Shabaab; the Wagner Group.")}
    assert {"NATO", "African Union", "al-Shabaab", "Wagner Group"} <= found


def test_a_navy_prefix_names_a_ship_as_written() -> None:
    text = ("Pakistan commissioned PNS Tippu Sultan; the HMS Prince of Wales's escorts and "
            "USS Harry S. Truman sailed, and ARA Santa Cruz arrived.")
    ships = [(written, name) for written, name, form in _mentions(text) if form == "ship"]
    assert ships == [("PNS Tippu Sultan", "PNS Tippu Sultan"),
                     ("HMS Prince of Wales", "HMS Prince of Wales"),
                     ("USS Harry S. Truman", "USS Harry S. Truman"),
                     ("ARA Santa Cruz", "ARA Santa Cruz")]
    ship = next(m for m in default_finder().find(text) if m.form == "ship")
    assert ship.entity.kind == "WeaponSystem" and actor_of(ship.entity) is None


def test_a_ship_name_hides_the_country_or_city_inside_it() -> None:
    found = _mentions("USS America and ARA San Juan left port.")
    assert [(written, form) for written, _, form in found] == [
        ("USS America", "ship"), ("ARA San Juan", "ship")]


def test_ship_classes_but_not_ordinary_class_words() -> None:
    text = ("Manila bought two Pohang-class corvettes and Jose Rizal-class frigates from a "
            "World-class yard. The Gepard-class frigate sailed; Zafer class corvettes followed. "
            "Business class seats were sold.")
    found = _mentions(text)
    classes = [(written, name) for written, name, form in found if form == "ship"]
    assert classes == [("Pohang-class", "Pohang-class"), ("Jose Rizal-class", "Jose Rizal-class"),
                       ("Zafer class", "Zafer-class")]
    assert ("Gepard-class frigate", "Gepard-class frigate", "name") in found  # the longer name


def test_ship_prefixes_are_data() -> None:
    from graph.extract.mentions import MentionFinder

    finder = MentionFinder([], default_lexicon(), ship_prefixes=["XNS"])
    found = [(m.entity.name, m.form) for m in finder.find("XNS Example met INS Kirpan.")]
    assert found == [("XNS Example", "ship")]


# ---------------------------------------------------------------- lexicons


def test_directed_types_agree_with_the_ontology() -> None:
    rules = default_lexicon().rules
    assert set(rules) == set(TIE_TYPES)
    for name, roles in tie_roles().items():
        assert rules[name].directed == (roles is not None), name


def test_every_cue_compiles_and_names_a_known_topic() -> None:
    lexicon = default_lexicon()
    topics = set(lexicon.topic_names) | {"arms", "armed_group"}
    for cue in lexicon.cues:
        re.compile(phrase_regex(cue.pattern))
        assert set(cue.topics) <= topics, cue
        assert cue.agent in ("source", "target", "none")


def test_country_descriptors_name_gazetteer_countries() -> None:
    gazetteer = default_gazetteer()
    for _words, countries in default_lexicon().country_descriptors:
        for key in countries:
            record = gazetteer.country(key)
            assert record is not None and record.iso3 == key, key


def test_arms_exporters_are_current_gazetteer_countries() -> None:
    gazetteer = default_gazetteer()
    exporters = default_lexicon().arms_exporters
    assert {"USA", "RUS", "FRA", "CHN"} <= exporters
    for key in exporters:
        record = gazetteer.country(key)
        assert record is not None and record.iso3 == key and not record.historic, key


def test_a_descriptor_narrows_the_countries_a_phrase_may_mean() -> None:
    lexicon = default_lexicon()
    assert lexicon.described_countries("the west african nation") >= {"GHA", "NGA", "SEN"}
    assert "KEN" not in lexicon.described_countries("the west african nation")
    assert lexicon.described_countries("the island nation") >= {"PHL", "SGP", "LKA"}
    assert lexicon.described_countries("the landlocked kingdom") == {"BTN", "LSO", "SWZ"}
    assert lexicon.described_countries("the republic") is None


def test_a_new_cue_is_a_data_edit(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(data_dir() / "lexicon", folder)
    text = "Utopia bestowed Mi-17 helicopters upon Kenya."
    assert Extractor().extract(Article.from_text(text)).ties == []
    with (folder / "cues.csv").open("a", encoding="utf-8") as handle:
        handle.write("ArmsTransfer,(bestow|bestowed),source,,arms\n")
    with (folder / "prepositions.csv").open("a", encoding="utf-8") as handle:
        handle.write("upon,to\n")
    extractor = Extractor(lexicon=Lexicon(folder))
    article = Article.from_text("Russia bestowed Mi-17 helicopters upon Kenya.")
    ties = extractor.extract(article).ties
    assert [(t.type, t.source.name, t.target.name) for t in ties] == \
        [("ArmsTransfer", "Russia", "Kenya")]


def test_title_words_in_company_names_and_headlines_are_not_people() -> None:
    text = ("General Dynamics builds tanks. President Obrador Signs Order With "
            "Defence Minister Rustam Umarovich. Captain Ibrahim Traoré spoke. The Ambassador "
            "Extraordinary and Plenipotentiary spoke.")
    people = [text[m.start:m.end] for m in default_finder().find(text)
              if m.entity.kind == "Person"]
    assert people == ["Obrador", "Rustam Umarovich", "Ibrahim Traoré"]


def test_companies_bases_and_government_seats() -> None:
    found = _mentions("Saab, Hanwha Aerospace and the Pentagon; troops at Al Udeid and in Gyumri; "
                      "Norway's Kongsberg and Israel Aerospace Industries (IAI).")
    named = {(text, entity) for text, entity, _ in found}
    assert {("Saab", "Saab"), ("Hanwha Aerospace", "Hanwha Aerospace"),
            ("Pentagon", "United States"), ("Al Udeid", "Al Udeid Air Base"),
            ("Gyumri", "Gyumri"), ("Israel Aerospace Industries", "Israel Aerospace Industries"),
            ("IAI", "Israel Aerospace Industries")} <= named
    finder = default_finder()
    [base] = [m for m in finder.find("in Gyumri") if m.entity.name == "Gyumri"]
    assert base.host is not None and base.host.name == "Armenia"
    [saab] = [m for m in finder.find("from Saab") if m.entity.name == "Saab"]
    assert dict(saab.entity.links)["basedIn"].name == "Sweden"


def test_the_longest_name_wins_over_a_capital_or_demonym_inside_it() -> None:
    found = _mentions("the Stockholm International Peace Research Institute and Latin American "
                      "air forces")
    assert [entity for _, entity, _ in found] == [
        "Stockholm International Peace Research Institute", "Latin America"]


def test_korean_alone_is_south_korean() -> None:
    entities = [entity for _, entity, _ in _mentions("Korean howitzers, North Korean shells")]
    assert entities == ["South Korea", "North Korea"]


@pytest.mark.parametrize(("designation", "weapon"), [
    ("T-50IQ", "FA-50"), ("F-15QA", "F-15"), ("JF-17C", "JF-17 Thunder")])
def test_a_variant_designation_is_its_base_model(designation: str, weapon: str) -> None:
    found = _mentions(f"Iraq flies {designation} jets.")
    assert (designation, weapon, "designation") in found


def test_named_installations_are_places_in_their_country() -> None:
    text = ("Pilots train at Luke Air Force Base, at RAAF Base Pearce and at Fort Bragg; jets "
            "flew from Al Dhafra Air Base, and Russian Military Base troops stayed.")
    places = {m.entity.name: m for m in default_finder().find(text) if m.entity.kind == "Place"}
    assert {"Luke Air Force Base", "RAAF Base Pearce", "Fort Bragg",
            "Al Dhafra Air Base"} <= set(places)
    assert places["RAAF Base Pearce"].host is not None
    assert places["RAAF Base Pearce"].host.name == "Australia"
    assert places["Al Dhafra Air Base"].entity.key == "al-dhafra"  # the gazetteer's own entity
    # a demonym before a generic base word is a party, not part of a name
    assert "Russian Military Base" not in places


def test_a_currency_names_no_country() -> None:
    found = _mentions("Canberra paid A$ 40 million and Wellington NZ$12 million; US$9 million.")
    assert not any(entity in ("Australia", "New Zealand", "United States")
                   for text, entity, _ in found if text in ("A", "NZ", "US"))
    assert ("The US", "United States", "code") in _mentions("The US paid $9 million.")


@pytest.mark.parametrize("text", [
    "Troops were sent to Niger State.",
    "Cadets trained at Robins Air Force Base in Georgia.",
    "Officers studied at Fort Moore, Georgia.",
    "Instructors from the Georgia National Guard arrived.",
])
def test_a_country_s_name_for_a_state_of_another_names_no_country(text: str) -> None:
    assert not any(entity in ("Niger", "Georgia") for _, entity, _ in _mentions(text))


def test_the_country_georgia_is_still_found() -> None:
    assert ("Georgia", "Georgia", "name") in _mentions("Georgia and Armenia held talks in Tbilisi.")


def test_an_acronym_the_text_defines_is_not_the_gazetteer_s_other_reading() -> None:
    found = _mentions("Ankara armed the Somali National Army (SNA). The SNA fought.")
    assert not any(entity == "Syrian National Army" for _, entity, _ in found)
    nato = _mentions("The North Atlantic Treaty Organization (NATO) met. NATO agreed.")
    assert [entity for _, entity, _ in nato] == ["NATO"] * 3


def test_a_common_word_that_folds_to_a_city_name_is_no_place() -> None:
    assert _mentions("Sales outpace production, the firm said.") == []


def test_no_extraction_module_binds_a_module_constant_twice() -> None:
    """A second ``_NAME = re.compile(...)`` further down a module silently replaces the first
    for every function that reads it; each constant is bound once."""
    from graph import extract

    for path in sorted(Path(extract.__file__).parent.glob("*.py")):
        names = [target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, ast.Assign | ast.AnnAssign)
                 for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                 if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()]
        repeated = sorted({name for name in names if names.count(name) > 1})
        assert not repeated, f"{path.name} binds {repeated} more than once"

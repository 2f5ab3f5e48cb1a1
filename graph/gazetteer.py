"""Names of countries and other entities, read from the tables in ``data/gazetteer/``.

The gazetteer turns any spelling a source uses ("Russian Federation", "RUS",
"Q159", "Moscow" as a metonym) into one canonical :class:`~graph.model.Entity`.
Besides countries it knows organisations (alliances, private military
companies, armed groups), weapon systems, places and people, and lists every
string an extractor should look for as a :class:`SurfaceForm`. Knowledge lives
in the CSV files; adding an alias is a data edit.

Examples
--------
>>> from graph.gazetteer import default_gazetteer
>>> gazetteer = default_gazetteer()
>>> gazetteer.country("Russian Federation").name
'Russia'
>>> gazetteer.country("Q1029").iso3
'MOZ'
>>> gazetteer.country_entity("RUS").wikidata
'Q159'
>>> gazetteer.organisation_entity("AU").name
'African Union'
>>> gazetteer.weapon_entity("Su57").links[0][1].name
'Russia'
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal, Self, TypeAlias

from graph.model import Entity
from graph.namespaces import slug
from graph.resources import data_dir

__all__ = [
    "CountryRecord",
    "Gazetteer",
    "OrganisationRecord",
    "PersonRecord",
    "PlaceRecord",
    "SurfaceForm",
    "SurfaceRule",
    "WeaponRecord",
    "default_gazetteer",
    "fold",
    "read_table",
    "unaccented",
]

#: What a surface form is of its entity.
FormKind: TypeAlias = Literal["name", "alias", "code", "capital", "demonym", "prefix"]


def unaccented(name: str) -> str:
    """``name`` without its accents, its case kept: ``unaccented("Bogotá") == "Bogota"``."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(name: str) -> str:
    """Case- and accent-insensitive key of a name: ``fold("Türkiye") == "turkiye"``."""
    if name.isascii():  # most names: nothing to decompose (the tables hold ~20,000 of them)
        return " ".join(name.casefold().split())
    return " ".join(unaccented(name.replace("’", "'")).casefold().split())


def read_table(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    """Rows of a gazetteer CSV (or a table with another ``delimiter``), skipping ``#`` comment
    lines before the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter=delimiter)


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (field or "").split("|") if part.strip())


def _number(field: str | None, kind: type = float) -> float | int | None:
    return kind(field) if field not in (None, "") else None


def _flag(field: str | None) -> bool:
    return (field or "").strip().lower() in ("1", "true", "yes")


def _acronym_like(text: str) -> bool:
    """True for "AU", "U.S.", "LeT", "the US": a word with no lower-case letter or two capitals."""
    for word in text.replace("-", " ").split():
        letters = [char for char in word if char.isalpha()]
        capitals = sum(char.isupper() for char in letters)
        if letters and (capitals == len(letters) or capitals >= 2):
            return True
    return False


@dataclass(frozen=True)
class CountryRecord:
    """One row of ``countries.csv``: a country's identity across datasets."""

    iso3: str
    iso2: str | None
    name: str
    official_name: str | None
    wikidata: str | None
    cow_code: int | None
    cow_abbrev: str | None
    capital: str | None
    capital_wikidata: str | None
    capital_lat: float | None
    capital_lon: float | None
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    historic: bool
    successors: tuple[str, ...]
    start_year: int | None = None
    end_year: int | None = None

    @classmethod
    def from_row(cls, row: dict[str, str]) -> CountryRecord:
        return cls(
            iso3=row["iso3"].strip(),
            iso2=row.get("iso2") or None,
            name=row["name"].strip(),
            official_name=row.get("official_name") or None,
            wikidata=row.get("wikidata") or None,
            cow_code=_number(row.get("cow_code"), int),
            cow_abbrev=row.get("cow_abbrev") or None,
            capital=row.get("capital") or None,
            capital_wikidata=row.get("capital_wikidata") or None,
            capital_lat=_number(row.get("capital_lat")),
            capital_lon=_number(row.get("capital_lon")),
            demonyms=_split(row.get("demonyms")),
            aliases=_split(row.get("aliases")),
            historic=_flag(row.get("historic")),
            successors=_split(row.get("successors")),
            start_year=_number(row.get("start_year"), int),
            end_year=_number(row.get("end_year"), int),
        )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that denotes the country itself (not capitals or demonyms)."""
        extra = (self.official_name,) if self.official_name else ()
        return (self.name, *extra, *self.aliases)


#: Spellings news uses for the same word of a name.
_SPELLING_PAIRS = (("Cooperation", "Co-operation"), ("Counter Terrorism", "Counter-Terrorism"))


def _spellings(name: str) -> tuple[str, ...]:
    """``name`` and its other spellings ("Gulf Co-operation Council" for "Gulf Cooperation
    Council")."""
    variants = [name]
    for one, other in _SPELLING_PAIRS:
        for first, second in ((one, other), (other, one)):
            if first in name:
                variants.append(name.replace(first, second))
    return tuple(variants)


@dataclass(frozen=True)
class _NamedRecord:
    """Fields every table but the country table shares, and reading a row by field type."""

    key: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    case_sensitive: bool

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, each also in the other spellings of a word news writes two
        ways ("the Gulf Co-operation Council", "Counter-Terrorism Coalition")."""
        names = (self.name, *self.aliases)
        return tuple(dict.fromkeys(variant for name in names for variant in _spellings(name)))

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Self:
        """The record of one CSV row: lists split on "|", flags read as 0/1, blanks as None."""
        values: dict[str, object] = {}
        for field in fields(cls):
            raw = (row.get(field.name) or "").strip()
            if "tuple" in field.type:
                values[field.name] = _split(raw)
            elif field.type == "bool":
                values[field.name] = _flag(raw)
            else:
                values[field.name] = raw or None if "None" in field.type else raw
        return cls(**values)


@dataclass(frozen=True)
class OrganisationRecord(_NamedRecord):
    """One row of ``organisations.csv``: an organisation, alliance, PMC or armed group."""

    category: str
    country_iso3: str | None
    historic: bool
    #: The key of the body a mission acts for in its ties ("EU Training Mission": the EU).
    parent: str | None = None


@dataclass(frozen=True)
class WeaponRecord(_NamedRecord):
    """One row of ``weapons.csv``: a weapon-system designation."""

    category: str
    origin_iso3: str | None


@dataclass(frozen=True)
class PlaceRecord(_NamedRecord):
    """One row of ``places.csv``: a region, province or city that is not a country."""

    category: str
    country_iso3: str | None
    #: A seat of government other than the capital, or the city news names for its state's
    #: government ("The Hague", "Tel Aviv"): where it acts, it stands for its country.
    seat: bool = False


@dataclass(frozen=True)
class PersonRecord(_NamedRecord):
    """One row of ``people.csv``: an official with the office held and its years."""

    role_title: str
    country_iso3: str | None
    organisation: str | None
    valid: str | None


@dataclass(frozen=True)
class SurfaceForm:
    """A string an extractor should look for, and what it denotes.

    ``form`` says what the text is of the entity: its ``name``, an ``alias``, a
    ``code`` (an acronym alias such as "DRC"), a ``capital`` (the entity is then
    the City, linked ``standsFor`` its country), a ``demonym`` ("Mozambican") or a
    combining ``prefix`` ("Russo-"). With ``case_sensitive`` the text matches
    only with its exact case; otherwise compare :func:`fold` keys.
    """

    text: str
    entity: Entity
    form: FormKind
    case_sensitive: bool


@dataclass(frozen=True)
class SurfaceRule:
    """One row of ``surface-rules.csv``: how to treat an ambiguous or risky string.

    ``rule`` is ``assign`` (the text denotes only the entity ``kind``/``key``),
    ``drop`` (the text is never looked for) or ``case_sensitive``.
    """

    text: str
    rule: Literal["assign", "drop", "case_sensitive"]
    kind: str | None
    key: str | None
    note: str

    @classmethod
    def from_row(cls, row: dict[str, str]) -> SurfaceRule:
        rule = row["rule"].strip()
        if rule not in ("assign", "drop", "case_sensitive"):
            raise ValueError(f"surface rule {row['text']!r}: unknown rule {rule!r}")
        return cls(row["text"].strip(), rule, row.get("kind") or None, row.get("key") or None,
                   row.get("note") or "")


#: Each table, the files it is read from (in order: a key repeated later is an error) and its
#: record type. ``cities.csv`` and ``subdivisions.csv`` are generated (``make_cities.py``,
#: ``make_subdivisions.py``); ``places.csv`` is curated.
_TABLES = {
    "organisations": (("organisations.csv",), OrganisationRecord),
    "weapons": (("weapons.csv",), WeaponRecord),
    "places": (("places.csv", "cities.csv", "subdivisions.csv"), PlaceRecord),
    "people": (("people.csv",), PersonRecord),
}


def _by_key(records: Iterable[_NamedRecord]) -> dict[str, _NamedRecord]:
    """Records by key; two rows with one key (a curated and a generated city, say) are an error."""
    table: dict[str, _NamedRecord] = {}
    for record in records:
        if table.setdefault(record.key, record) is not record:
            raise ValueError(f"gazetteer key {record.key!r} is used by two rows")
    return table


def _name_index(records: Iterable[_NamedRecord]) -> dict[str, _NamedRecord]:
    index: dict[str, _NamedRecord] = {}
    for record in records:
        for text in (*record.names, record.key, record.wikidata or ""):
            if text:
                index.setdefault(fold(text), record)
    return index


class Gazetteer:
    """Look-ups from names and codes to canonical entities.

    Parameters
    ----------
    countries : iterable of CountryRecord
        Rows of ``countries.csv``; a country's key is its ISO alpha-3 code.
    organisations, weapons, places, people : iterable of records, optional
        Rows of the other tables; their keys are slugs.
    rules : iterable of SurfaceRule, optional
        How :meth:`surface_forms` treats ambiguous or risky strings.
    """

    def __init__(
        self,
        countries: Iterable[CountryRecord],
        organisations: Iterable[OrganisationRecord] = (),
        weapons: Iterable[WeaponRecord] = (),
        places: Iterable[PlaceRecord] = (),
        people: Iterable[PersonRecord] = (),
        rules: Iterable[SurfaceRule] = (),
    ) -> None:
        self.countries: dict[str, CountryRecord] = {}
        self._by_name: dict[str, str] = {}
        for record in countries:
            self.countries[record.iso3] = record
        # Current states win over historic ones sharing a code or a name.
        ordered = sorted(self.countries.values(), key=lambda record: not record.historic)
        for record in ordered:
            keys = [*record.names, record.iso3, record.iso2 or "", record.wikidata or ""]
            for key in keys:
                if key:
                    self._by_name[fold(key)] = record.iso3
        self.organisations = _by_key(organisations)
        self.weapons = _by_key(weapons)
        self.places = _by_key(places)
        self.people = _by_key(people)
        self.rules = tuple(rules)
        self._indexes = {
            name: _name_index(getattr(self, name).values()) for name in _TABLES
        }

    @classmethod
    def from_directory(cls, directory: Path) -> Gazetteer:
        """Read the gazetteer tables in ``directory`` (tables other than countries are optional)."""
        countries = (CountryRecord.from_row(row) for row in read_table(directory / "countries.csv"))
        tables = {
            name: [record.from_row(row) for file in files if (directory / file).is_file()
                   for row in read_table(directory / file)]
            for name, (files, record) in _TABLES.items()
        }
        rules_file = directory / "surface-rules.csv"
        rules = [SurfaceRule.from_row(row) for row in read_table(rules_file)] if (
            rules_file.is_file()) else []
        return cls(countries, **tables, rules=rules)

    def country(self, name_or_code: str) -> CountryRecord | None:
        """The country a name, alias, ISO code or Wikidata QID denotes, if any."""
        iso3 = self._by_name.get(fold(name_or_code))
        return self.countries.get(iso3) if iso3 else None

    def country_by_cow(self, code: int | str, year: int | None = None) -> CountryRecord | None:
        """The country with Correlates of War code or abbreviation ``code``.

        COW keeps one code across renames (365 is the Soviet Union and Russia), so
        several rows may share it: with ``year`` a historic state in existence
        that year wins, otherwise the current state. COW abbreviations are not
        ISO codes: COW ``AUS`` is Austria.

        Examples
        --------
        >>> gazetteer = default_gazetteer()
        >>> gazetteer.country_by_cow("AUS").name
        'Austria'
        >>> gazetteer.country_by_cow(365).name, gazetteer.country_by_cow(365, year=1980).name
        ('Russia', 'Soviet Union')
        """
        key = str(code).strip().upper()
        matches = [
            record for record in self.countries.values()
            if key in (str(record.cow_code), (record.cow_abbrev or "").upper())
        ]
        if year is not None:
            for record in matches:
                start, end = record.start_year or year, record.end_year or year
                if record.historic and start <= year <= end:
                    return record
        current = [record for record in matches if not record.historic]
        return (current or matches or [None])[0]

    def continuing_state(self, iso3: str) -> CountryRecord | None:
        """The state that continues a dissolved one, as the Correlates of War count it (one
        code for both): Russia for the Soviet Union, Serbia for Yugoslavia; None for a state
        that is current, or whose successors all count as new states (Czechoslovakia).

        Examples
        --------
        >>> gazetteer = default_gazetteer()
        >>> gazetteer.continuing_state("SUN").name
        'Russia'
        >>> gazetteer.continuing_state("YUG").name
        'Serbia'
        >>> gazetteer.continuing_state("CSK") is None
        True
        """
        record = self.countries.get(iso3)
        while record is not None and record.historic:
            record = next((successor for code in record.successors
                           if (successor := self.countries.get(code)) is not None
                           and successor.cow_code == record.cow_code), None)
        return record if record is not None and record.iso3 != iso3 else None

    def country_entity(self, name_or_code: str) -> Entity:
        """The canonical entity of a country; ``KeyError`` if it is unknown."""
        record = self.country(name_or_code)
        if record is None:
            raise KeyError(name_or_code)
        return Entity(
            record.name,
            "Country",
            record.iso3,
            wikidata=record.wikidata,
            category="HistoricState" if record.historic else None,
        )

    def capital_entity(self, iso3: str) -> Entity | None:
        """The capital of a country as a City entity that stands for the country."""
        record = self.countries.get(iso3)
        if record is None or not record.capital:
            return None
        return Entity(
            record.capital,
            "Place",
            slug(f"{record.capital}-{record.iso3}"),
            wikidata=record.capital_wikidata,
            category="City",
            links=(("standsFor", self.country_entity(iso3)),),
        )


    # ------------------------------------------------------------ other tables

    def organisation(self, name: str) -> OrganisationRecord | None:
        """The organisation a name, acronym, key or QID denotes, if any."""
        return self._indexes["organisations"].get(fold(name))

    def weapon(self, name: str) -> WeaponRecord | None:
        """The weapon system a designation, spelling, key or QID denotes, if any."""
        return self._indexes["weapons"].get(fold(name))

    def place(self, name: str) -> PlaceRecord | None:
        """The region or place a name, key or QID denotes, if any."""
        return self._indexes["places"].get(fold(name))

    def person(self, name: str) -> PersonRecord | None:
        """The person a name, alias, key or QID denotes, if any."""
        return self._indexes["people"].get(fold(name))

    def organisation_entity(self, name: str) -> Entity:
        """The entity of an organisation; ``KeyError`` if it is unknown.

        ``category`` is the ontology class (``Alliance``, ``NonStateArmedGroup``...);
        plain organisations (peace operations) have none.
        """
        record = _known(self.organisation(name), name)
        category = None if record.category == "Organisation" else record.category
        links = self._country_link("basedIn", record.country_iso3)
        if record.parent:
            links += (("actsFor", self.organisation_entity(record.parent)),)
        return Entity(record.name, "Organisation", record.key, wikidata=record.wikidata,
                      category=category, links=links)

    def weapon_entity(self, name: str) -> Entity:
        """The entity of a weapon system, linked ``originCountry`` to where it was designed.

        Examples
        --------
        >>> entity = default_gazetteer().weapon_entity("Bayraktar TB2")
        >>> entity.key, dict(entity.facts)["weaponCategory"], entity.links[0][1].key
        ('bayraktar-tb2', 'drone', 'TUR')
        """
        record = _known(self.weapon(name), name)
        return Entity(record.name, "WeaponSystem", record.key, wikidata=record.wikidata,
                      links=self._country_link("originCountry", record.origin_iso3),
                      facts=(("weaponCategory", record.category),))

    def place_entity(self, name: str) -> Entity:
        """The entity of a region or city, linked ``locatedIn`` its country when it has one.

        Examples
        --------
        >>> entity = default_gazetteer().place_entity("Cabo Delgado")
        >>> entity.category, entity.links[0][1].name
        ('Region', 'Mozambique')
        """
        record = _known(self.place(name), name)
        seat = isinstance(record, PlaceRecord) and record.seat
        return Entity(record.name, "Place", record.key, wikidata=record.wikidata,
                      category=record.category,
                      links=self._country_link("standsFor" if seat else "locatedIn",
                                               record.country_iso3))

    def person_entity(self, name: str) -> Entity:
        """The entity of a person, with ``roleTitle`` and ``affiliation``.

        The affiliation is the organisation the person serves when there is one
        (NATO's Secretary General), otherwise the country.

        Examples
        --------
        >>> entity = default_gazetteer().person_entity("Nyusi")
        >>> entity.name, dict(entity.facts)["roleTitle"], entity.links[0][1].name
        ('Filipe Nyusi', 'President of Mozambique', 'Mozambique')
        """
        record = _known(self.person(name), name)
        links = self._country_link("affiliation", record.country_iso3)
        if record.organisation:
            links = (("affiliation", self.organisation_entity(record.organisation)),)
        return Entity(record.name, "Person", record.key, wikidata=record.wikidata,
                      links=links, facts=(("roleTitle", record.role_title),))

    def _country_link(self, prop: str, iso3: str | None) -> tuple[tuple[str, Entity], ...]:
        return ((prop, self.country_entity(iso3)),) if iso3 else ()

    # ------------------------------------------------------------ surface forms

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every string an extractor should look for, each denoting one entity.

        Countries give their names, aliases (acronyms as ``code``), demonyms and
        prefixes; sovereign states also their capital, as a City entity standing
        for the country (not where the capital is spelled like a country).
        ``surface-rules.csv`` resolves strings several entities would claim.

        Examples
        --------
        >>> forms = {form.text: form for form in default_gazetteer().surface_forms()}
        >>> forms["Maputo"].form, forms["Maputo"].entity.links[0][1].name
        ('capital', 'Mozambique')
        >>> forms["Russo-"].form, forms["Russo-"].entity.name
        ('prefix', 'Russia')
        >>> forms["AU"].case_sensitive, forms["Mozambican"].form
        (True, 'demonym')
        """
        return iter(self._surface_forms[0])

    def ambiguous_forms(self) -> dict[str, list[Entity]]:
        """Strings that several entities claim and no surface rule resolves.

        Empty for the bundled tables (a test checks this); ``surface_forms``
        keeps the first claimant of such a string.
        """
        return dict(self._surface_forms[1])

    @functools.cached_property
    def _surface_forms(self) -> tuple[list[SurfaceForm], dict[str, list[Entity]]]:
        rules = {fold(rule.text): rule for rule in self.rules}
        claims: dict[str, list[SurfaceForm]] = defaultdict(list)
        for form in self._raw_forms():
            rule = rules.get(fold(form.text))
            if rule is None or rule.rule != "drop":
                claims[fold(form.text)].append(form)
        for rule in self.rules:  # an assigned entity that no row names gets the text too
            if rule.rule == "assign":
                entity = self._entity(rule.kind, rule.key)
                claims[fold(rule.text)].append(_form(rule.text, entity, "alias", False))
        forms: list[SurfaceForm] = []
        ambiguous: dict[str, list[Entity]] = {}
        for folded, candidates in claims.items():
            rule = rules.get(folded)
            chosen = _resolve(candidates, rule)
            entities = list({(f.entity.kind, f.entity.key): f.entity for f in candidates}.values())
            if len(entities) > 1 and (rule is None or rule.rule != "assign"):
                ambiguous[candidates[0].text] = entities
            forced = rule is not None and rule.rule == "case_sensitive"
            sensitive = chosen.case_sensitive or forced
            forms.append(SurfaceForm(chosen.text, chosen.entity, chosen.form, sensitive))
            # Other spellings of the same entity that differ only in case keep their own
            # exact case ("ThyssenKrupp" and "thyssenkrupp"): a case-sensitive form needs both.
            spellings = {chosen.text}
            for other in candidates:
                if other.entity == chosen.entity and other.text not in spellings:
                    spellings.add(other.text)
                    forms.append(SurfaceForm(other.text, chosen.entity, other.form,
                                             other.case_sensitive or forced))
        return forms, ambiguous

    def _entity(self, kind: str | None, key: str | None) -> Entity:
        makers = {"Country": self.country_entity, "Organisation": self.organisation_entity,
                  "WeaponSystem": self.weapon_entity, "Place": self.place_entity,
                  "Person": self.person_entity}
        if kind not in makers or not key:
            raise ValueError(f"surface rule names an unknown entity {kind}/{key}")
        return makers[kind](key)

    def _raw_forms(self) -> Iterator[SurfaceForm]:
        yield from self._country_forms()
        tables = (
            (self.organisations, self.organisation_entity),
            (self.weapons, self.weapon_entity),
            (self.places, self.place_entity),
            (self.people, self.person_entity),
        )
        for records, make in tables:
            for record in records.values():
                entity = make(record.key)
                if isinstance(record, PlaceRecord) and record.seat:
                    # a seat acts for its state as a capital does ("Tel Aviv sold drones")
                    yield from (SurfaceForm(text, entity, "capital", True)
                                for text in record.names)
                    continue
                for index, text in enumerate(record.names):
                    yield _form(text, entity, "name" if index == 0 else "alias",
                                record.case_sensitive)

    def _country_forms(self) -> Iterator[SurfaceForm]:
        country_names = {fold(name) for record in self.countries.values() for name in record.names}
        for record in self.countries.values():
            entity = self.country_entity(record.iso3)
            yield _form(record.name, entity, "name", False)
            for text in record.names[1:]:
                yield _form(text, entity, "alias", False)
            for text in record.demonyms:
                yield SurfaceForm(text, entity, "prefix" if text.endswith("-") else "demonym", True)
            capital = self.capital_entity(record.iso3)
            sovereign = record.cow_code is not None or record.iso3 in ("PSE", "VAT")
            if capital and sovereign and not record.historic and (
                    fold(capital.name) not in country_names):
                yield SurfaceForm(capital.name, capital, "capital", True)


def _known(record: _NamedRecord | None, name: str) -> _NamedRecord:
    if record is None:
        raise KeyError(name)
    return record


def _form(text: str, entity: Entity, form: FormKind, case_sensitive: bool) -> SurfaceForm:
    acronym = _acronym_like(text)
    if acronym and form == "alias":
        form = "code"
    return SurfaceForm(text, entity, form, case_sensitive or acronym)


def _resolve(candidates: list[SurfaceForm], rule: SurfaceRule | None) -> SurfaceForm:
    """The claim that wins: the assigned entity's, else the first (names come first)."""
    if rule is not None and rule.rule == "assign":
        return next(form for form in candidates
                    if (form.entity.kind, form.entity.key) == (rule.kind, rule.key))
    return candidates[0]


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled tables (read once per process)."""
    return Gazetteer.from_directory(data_dir() / "gazetteer")

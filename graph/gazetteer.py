"""Names of countries and other entities, read from the tables in ``data/gazetteer/``.

The gazetteer turns any spelling a source uses ("Russian Federation", "RUS",
"Q159", "Moscow" as a metonym) into one canonical :class:`~graph.model.Entity`.
Knowledge lives in the CSV files; adding an alias is a data edit.

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
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.model import Entity
from graph.namespaces import slug
from graph.resources import data_dir

__all__ = ["CountryRecord", "Gazetteer", "default_gazetteer", "fold", "read_table"]


def fold(name: str) -> str:
    """Case- and accent-insensitive key of a name: ``fold("Türkiye") == "turkiye"``."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


def read_table(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a gazetteer CSV, skipping ``#`` comment lines before the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines)


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (field or "").split("|") if part.strip())


def _number(field: str | None, kind: type = float) -> float | int | None:
    return kind(field) if field not in (None, "") else None


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
            historic=(row.get("historic") or "").strip() in ("1", "true", "yes"),
            successors=_split(row.get("successors")),
            start_year=_number(row.get("start_year"), int),
            end_year=_number(row.get("end_year"), int),
        )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that denotes the country itself (not capitals or demonyms)."""
        extra = (self.official_name,) if self.official_name else ()
        return (self.name, *extra, *self.aliases)


class Gazetteer:
    """Look-ups from names and codes to canonical entities."""

    def __init__(self, countries: Iterable[CountryRecord]) -> None:
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

    @classmethod
    def from_directory(cls, directory: Path) -> Gazetteer:
        """Read the gazetteer tables in ``directory``."""
        rows = read_table(directory / "countries.csv")
        return cls(CountryRecord.from_row(row) for row in rows)

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


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled tables (read once per process)."""
    return Gazetteer.from_directory(data_dir() / "gazetteer")

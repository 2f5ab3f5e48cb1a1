"""Actors as each reference dataset names them: spellings, codes and their years.

The general gazetteer (``data/gazetteer/countries.csv``, :mod:`graph.gazetteer`)
knows countries by their own names, aliases, ISO codes and Wikidata QIDs. This
module adds what only one dataset writes, read from
``data/gazetteer/dataset-names.csv``: SIPRI's ``UAE`` and ``East Germany (GDR)``,
MME's ``Congo - Kinshasa``, SFM's ``Gambia, The``, Correlates of War codes whose
state changed over time (COW 365 is the Soviet Union from 1923 to 1991 and Russia
otherwise), groups such as MME's ``Baltic States``, and actors that are not
countries (``NATO``, ``European Union**``, SIPRI's ``unknown supplier(s)``).

Examples
--------
>>> from graph.importers.crosswalk import default_crosswalk
>>> crosswalk = default_crosswalk()
>>> [entity.key for entity in crosswalk.actors("sfm", "Gambia, The")]
['GMB']
>>> crosswalk.cow_country(365, 1955).name, crosswalk.cow_country(365, 1995).name
('Soviet Union', 'Russia')
>>> crosswalk.actors("mme", "Atlantis") is None
True
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from graph.gazetteer import Gazetteer, default_gazetteer, fold, read_table
from graph.model import Entity
from graph.namespaces import slug
from graph.resources import data_dir

__all__ = ["Crosswalk", "NameRow", "crosswalk_path", "default_crosswalk"]


def crosswalk_path() -> Path:
    """Where the bundled dataset-names table lives."""
    return data_dir() / "gazetteer" / "dataset-names.csv"


def _list(field: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (field or "").split("|") if part.strip())


def _year(field: str | None) -> int | None:
    return int(field) if field and field.strip() else None


@dataclass(frozen=True)
class NameRow:
    """One row of ``dataset-names.csv``: what a dataset's spelling denotes, and when."""

    dataset: str
    name: str
    countries: tuple[str, ...]
    from_year: int | None
    to_year: int | None
    kind: str | None
    category: str | None
    label: str | None
    wikidata: str | None
    key: str | None
    successors: tuple[str, ...]
    line: int

    @classmethod
    def from_row(cls, row: dict[str, str], line: int) -> NameRow:
        def text(column: str) -> str | None:
            return (row.get(column) or "").strip() or None

        return cls(
            dataset=row["dataset"].strip(),
            name=row["name"].strip(),
            countries=_list(row.get("country")),
            from_year=_year(row.get("from_year")),
            to_year=_year(row.get("to_year")),
            kind=text("kind"),
            category=text("category"),
            label=text("label"),
            wikidata=text("wikidata"),
            key=text("key"),
            successors=_list(row.get("successors")),
            line=line,
        )

    def applies(self, year: int | None) -> bool:
        """True if the row holds in ``year`` (a row without years always holds)."""
        if year is None:
            return self.from_year is None and self.to_year is None
        return ((self.from_year is None or self.from_year <= year)
                and (self.to_year is None or year <= self.to_year))


class Crosswalk:
    """Resolve dataset spellings and COW codes to canonical entities.

    Parameters
    ----------
    rows : iterable of NameRow
        The dataset-specific rows; earlier rows win when several apply.
    gazetteer : Gazetteer
        The general country gazetteer the rows point into.
    source : str
        Name of the table, for error messages.
    """

    def __init__(self, rows: Iterable[NameRow], gazetteer: Gazetteer,
                 source: str = "dataset-names.csv") -> None:
        self.gazetteer = gazetteer
        self.source = source
        self._rows: dict[tuple[str, str], list[NameRow]] = defaultdict(list)
        for row in rows:
            self._rows[(row.dataset, fold(row.name))].append(row)

    @classmethod
    def from_file(cls, path: Path, gazetteer: Gazetteer | None = None) -> Crosswalk:
        """Read a dataset-names table (``#`` comment lines first, then CSV)."""
        with path.open(encoding="utf-8") as handle:
            header_line = 1 + sum(1 for line in handle if line.startswith("#"))
        rows = [NameRow.from_row(row, header_line + index)
                for index, row in enumerate(read_table(path), 1)]
        return cls(rows, gazetteer or default_gazetteer(), source=path.name)

    def rows(self) -> list[NameRow]:
        """Every row of the table, in file order."""
        return sorted((row for group in self._rows.values() for row in group),
                      key=lambda row: row.line)

    def _row(self, dataset: str, name: str, year: int | None) -> NameRow | None:
        candidates = self._rows.get((dataset, fold(name)), [])
        return next((row for row in candidates if row.applies(year)), None)

    def entities_of(self, row: NameRow) -> tuple[Entity, ...]:
        """The entities a table row denotes: countries, a state, or an organisation."""
        if row.countries:
            return tuple(self._country(code, row) for code in row.countries)
        if row.kind == "Country":
            return (self._state(row),)
        label = row.label or row.name
        if self.gazetteer.organisation(label) is not None:
            return (self.gazetteer.organisation_entity(label),)
        return (Entity(label, row.kind or "Organisation", slug(label), wikidata=row.wikidata,
                       category=row.category),)

    def _country(self, code: str, row: NameRow) -> Entity:
        if self.gazetteer.country(code) is None:
            raise InputError(f"{self.source}: line {row.line}: {code!r} (for {row.dataset}"
                             f" {row.name!r}) is not in the country gazetteer")
        return self.gazetteer.country_entity(code)

    def _state(self, row: NameRow) -> Entity:
        """A state the gazetteer lacks (a COW state of the 19th century), as the row defines it."""
        if not row.key or not row.label:
            raise InputError(f"{self.source}: line {row.line}: a Country row needs a key and"
                             " a label")
        links = tuple(("successor", self._country(code, row)) for code in row.successors)
        facts = (("cowCode", int(row.name)),) if row.dataset == "cow" else ()
        return Entity(row.label, "Country", row.key, wikidata=row.wikidata,
                      category=row.category or "HistoricState", links=links, facts=facts)

    def actors(self, dataset: str, name: str, year: int | None = None
               ) -> tuple[Entity, ...] | None:
        """The entities ``name`` denotes in ``dataset`` in ``year``; None if unknown.

        The dataset's own rows come first, then any name, alias or code of the
        general gazetteer's countries, then its organisations.
        """
        row = self._row(dataset, name, year)
        if row is not None:
            return self.entities_of(row)
        record = self.gazetteer.country(name)
        if record is not None:
            return (self.gazetteer.country_entity(record.iso3),)
        if self.gazetteer.organisation(name) is not None:
            return (self.gazetteer.organisation_entity(name),)
        return None

    def cow_country(self, code: int, year: int | None = None, *,
                    dataset: str = "cow") -> Entity | None:
        """The state with Correlates of War code ``code`` in ``year``.

        The gazetteer settles codes that stood for different states over time
        (COW 365 is the Soviet Union from 1922 to 1991, Russia otherwise); the
        table adds states the gazetteer lacks (``cow`` rows) and codes a
        dataset adds to COW's (rows of that ``dataset``).
        """
        record = self.gazetteer.country_by_cow(code, year)
        if record is not None:
            return self.gazetteer.country_entity(record.iso3)
        row = self._row(dataset, str(code), year) or self._row("cow", str(code), year)
        return self.entities_of(row)[0] if row is not None else None

    def cow_periods(self, code: int, start: int, end: int | None, *, dataset: str = "cow"
                    ) -> list[tuple[Entity | None, int, int | None]]:
        """The states COW ``code`` stood for from year ``start`` to ``end`` (None: open).

        A span crossing a change of state is cut at the change: COW 365 from
        1971 to 2018 is the Soviet Union 1971-1991 and Russia 1992-2018.

        Examples
        --------
        >>> from graph.importers.crosswalk import default_crosswalk
        >>> [(state.name, first, last)
        ...  for state, first, last in default_crosswalk().cow_periods(365, 1971, None)]
        [('Soviet Union', 1971, 1991), ('Russia', 1992, None)]
        """
        limit = end if end is not None else 10_000
        changes = {year for record in self.gazetteer.countries.values()
                   if record.historic and record.cow_code == code
                   for year in (record.start_year,
                                record.end_year + 1 if record.end_year else None)}
        rows = [row for name in (dataset, "cow") for row in self._rows.get((name, str(code)), [])]
        changes |= {year for row in rows
                    for year in (row.from_year, row.to_year + 1 if row.to_year else None)}
        cuts = sorted(year for year in changes if year is not None and start < year <= limit)
        bounds = [start, *cuts]
        periods: list[tuple[Entity | None, int, int | None]] = []
        for index, first in enumerate(bounds):
            last = bounds[index + 1] - 1 if index + 1 < len(bounds) else end
            state = self.cow_country(code, first, dataset=dataset)
            if periods and periods[-1][0] == state:
                periods[-1] = (state, periods[-1][1], last)
            else:
                periods.append((state, first, last))
        return periods


@functools.cache
def default_crosswalk() -> Crosswalk:
    """The crosswalk of the bundled tables (read once per process)."""
    return Crosswalk.from_file(crosswalk_path(), default_gazetteer())

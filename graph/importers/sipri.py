"""SIPRI Arms Transfers Database trade registers -> one ArmsTransfer tie per deal.

Both CSV exports of the trade register are read, told apart by their header:

* the **legacy deal-level** export: 11 preamble lines, Latin-1, one row per deal
  with columns ``Recipient,Supplier,Year of order, ,Number ordered, ,...``. Three
  columns are named with a blank and hold a ``?`` when the value of the column
  before is uncertain; they can only be read by position, so this format's columns
  must keep their exported order (columns may be missing, not moved).
  ``Year(s) of delivery`` is a ``"; "``-separated list.
* the **per-delivery-year** export: columns ``SIPRI AT Database ID,Supplier,...``,
  one row per deal and delivery year, uncertainty in ``... is estimate`` columns
  (``Yes``/``No``). Rows are grouped by deal id; numbers and TIVs delivered are
  summed over the delivery years.

Supplier and recipient names may end in ``*`` (a non-state actor) or ``**`` (an
international organisation); ``unknown supplier(s)`` is SIPRI's placeholder.
Other names go through :mod:`graph.importers.crosswalk`; a name nothing resolves
makes the import fail with its line.

Data terms: non-commercial use; cite "Information from the SIPRI Arms Transfers
Database" (https://www.sipri.org/databases/armstransfers).

Examples
--------
>>> from graph.importers.sipri import sipri_findings
>>> export = (
...     "Transfers of major conventional arms\\n" + "\\n" * 9 + "Data generated: 1 Mar 2025\\n"
...     "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,"
...     "Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,"
...     "SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\\n"
...     "Kenya,Russia,2019,?,2,,Mi-17,transport helicopter,2,,2020; 2021,New,,7,14,14\\n")
>>> [findings] = sipri_findings(export.encode("latin-1"), "register.csv")
>>> tie = findings.ties[0]
>>> tie.type, tie.source.name, tie.target.name, tie.start, tie.end
('ArmsTransfer', 'Russia', 'Kenya', '2019', '2021')
>>> [year for name, year in tie.facts if name == "deliveryYear"]
[2020, 2021]
>>> dict(tie.facts)["orderYearUncertain"]
True
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from graph.errors import InputError
from graph.importers.crosswalk import Crosswalk, default_crosswalk
from graph.importers.records import UnknownNames, record_evidence
from graph.importers.tables import (
    Row,
    decode_table,
    find_header,
    header_fields,
    preamble_value,
    read_bytes,
    read_rows,
    split_lines,
)
from graph.model import Dataset, DatasetRecord, Entity, Findings, Tie
from graph.namespaces import slug

__all__ = ["LEGACY_COLUMNS", "read_sipri", "sipri_dataset", "sipri_findings"]

#: Columns of the legacy export, in order; "" marks the blank-named "?" columns.
LEGACY_COLUMNS: tuple[str, ...] = (
    "Recipient", "Supplier", "Year of order", "", "Number ordered", "",
    "Weapon designation", "Weapon description", "Number delivered", "",
    "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
)
_LEGACY_REQUIRED = ("Recipient", "Supplier", "Year of order", "Weapon designation")

# Columns the per-delivery-year export cannot do without (its columns may come in any order).
_NEW_REQUIRED = ("SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Order date")

_FLAG = "?"
_SUFFIX_KINDS = {
    "**": ("Organisation", "IntergovernmentalOrganisation"),
    "*": ("Organisation", "NonStateArmedGroup"),
}


def sipri_dataset(generated: str | None, export: str) -> Dataset:
    """The dataset of an export, keyed by the date SIPRI generated it."""
    key = "sipri"
    if generated:
        try:
            day = datetime.datetime.strptime(" ".join(generated.split()[:3]), "%d %b %Y")
            key = f"sipri-{day:%Y%m%d}"
        except ValueError:
            pass
    version = f"{export} export" + (f", data generated {generated}" if generated else "")
    return Dataset(
        key=key,
        title="SIPRI Arms Transfers Database",
        version=version,
        citation="Information from the SIPRI Arms Transfers Database",
        url="https://www.sipri.org/databases/armstransfers",
    )


# ---------------------------------------------------------------- actors and weapons


class _Actors:
    """Supplier and recipient names -> entities, remembering names nothing resolves."""

    def __init__(self, crosswalk: Crosswalk, file: str) -> None:
        self.crosswalk = crosswalk
        self.unknown = UnknownNames(file)
        self._cache: dict[tuple[str, int | None], Entity | None] = {}

    def get(self, name: str, year: int | None, line: int) -> Entity | None:
        key = (name, year)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, year)
        if self._cache[key] is None:
            self.unknown.note(name, line)
        return self._cache[key]

    def _resolve(self, name: str, year: int | None) -> Entity | None:
        known = self.crosswalk.actors("sipri", name, year)
        if known:
            return known[0]
        base = name.rstrip("*").strip()
        suffix = name[len(name.rstrip("*")):]
        if suffix in _SUFFIX_KINDS and base:
            known = self.crosswalk.actors("sipri", base, year)
            if known and known[0].kind != "Country":
                return known[0]
            kind, category = _SUFFIX_KINDS[suffix]
            return Entity(base, kind, slug(base), category=category)
        return None


def _weapon(designation: str | None, description: str | None,
            category: str | None = None) -> tuple[Entity, ...]:
    if not designation:
        return ()
    facts = tuple((name, value) for name, value in (("weaponCategory", description),
                                                    ("armamentCategory", category)) if value)
    return (Entity(designation, "WeaponSystem", slug(designation), facts=facts),)


# ---------------------------------------------------------------- deals


@dataclass
class _Deal:
    """What one deal says, whichever export it came from."""

    record_id: str
    rows: list[Row]
    supplier: Entity | None
    recipient: Entity | None
    order_year: int | None
    delivery_years: tuple[int, ...]
    weapons: tuple[Entity, ...]
    facts: tuple[tuple[str, object], ...]

    def to_findings(self, dataset: Dataset) -> Findings:
        first = self.rows[0]
        record = DatasetRecord(dataset, self.record_id, first.line, first.file,
                               "\n".join(row.text for row in self.rows))
        years = [year for year in (self.order_year, *self.delivery_years) if year is not None]
        assert self.supplier is not None and self.recipient is not None
        tie = Tie(
            "ArmsTransfer", self.supplier, self.recipient, record,
            evidence=tuple(record_evidence(row.text, "sipri") for row in self.rows),
            weapons=self.weapons,
            start=str(min(years)) if years else None,
            end=str(max(self.delivery_years)) if self.delivery_years else None,
            facts=self.facts,
        )
        return Findings(record, ties=[tie])


def _facts(*pairs: tuple[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple((name, value) for name, value in pairs if value is not None and value != "")


# ---------------------------------------------------------------- legacy export


def _legacy_columns(columns: Sequence[str], row_line: int) -> tuple[str, ...]:
    """Name the blank "?" columns after the column each follows; check the order."""
    named: list[str] = []
    for position, column in enumerate(columns):
        if column.strip():
            named.append(column.strip())
            continue
        before = named[-1] if named else ""
        if before not in ("Year of order", "Number ordered", "Number delivered"):
            raise InputError(f"line {row_line}: the unnamed '?' column {position + 1} does not"
                             " follow 'Year of order', 'Number ordered' or 'Number delivered'")
        named.append(f"{before} ?")
    canonical = [name or f"{LEGACY_COLUMNS[i - 1]} ?" for i, name in enumerate(LEGACY_COLUMNS)]
    position = 0
    for column in named:
        if column not in canonical:
            raise InputError(f"line {row_line}: unexpected column {column!r} for the legacy"
                             " export")
        if column not in canonical[position:]:
            raise InputError(
                f"line {row_line}: column {column!r} is out of the legacy export's order"
                " (its unnamed '?' columns are read by position, so columns may not move)")
        position = canonical.index(column, position) + 1
    return tuple(named)


def _flag(row: Row, column: str) -> bool | None:
    """The "?" flag after ``column``: True if set, False if empty, None without the column."""
    flag = f"{column} ?"
    if flag not in row.fields:
        return None
    return bool(row.boolean(flag, true=(_FLAG,), false=()))


def _years(row: Row, column: str) -> tuple[int, ...]:
    parts = [part.strip() for part in row[column].split(";") if part.strip()]
    if not all(part.isdigit() and len(part) == 4 for part in parts):
        raise row.fail(f"{column} is {row[column]!r}, not years separated by '; '")
    return tuple(sorted({int(part) for part in parts}))


def _legacy_deal(row: Row, actors: _Actors, record_id: str) -> _Deal:
    order_year = row.integer("Year of order")
    delivery_years = _years(row, "Year(s) of delivery")
    facts = _facts(
        ("orderYear", order_year),
        ("orderYearUncertain", _flag(row, "Year of order")),
        ("numberOrdered", row.integer("Number ordered")),
        ("numberOrderedUncertain", _flag(row, "Number ordered")),
        ("numberDelivered", row.integer("Number delivered")),
        ("numberDeliveredUncertain", _flag(row, "Number delivered")),
        *(("deliveryYear", year) for year in delivery_years),
        ("dealStatus", row.get("status")),
        ("recordComment", row.get("Comments")),
        ("tivPerUnit", row.decimal("SIPRI TIV per unit")),
        ("tivOrder", row.decimal("SIPRI TIV for total order")),
        ("tivDelivered", row.decimal("SIPRI TIV of delivered weapons")),
    )
    return _Deal(
        record_id, [row],
        actors.get(row["Supplier"], order_year, row.line),
        actors.get(row["Recipient"], order_year, row.line),
        order_year, delivery_years,
        _weapon(row.get("Weapon designation"), row.get("Weapon description")),
        facts,
    )


def _legacy_record_ids(rows: Sequence[Row]) -> list[str]:
    """Ids made of what identifies a deal: order year, supplier, recipient, weapon.

    The legacy export has no deal id; repeats in a file get ``-2``, ``-3``...
    """
    ids, seen = [], {}
    for row in rows:
        base = slug(" ".join((row["Year of order"] or "undated", row["Supplier"],
                              row["Recipient"], row["Weapon designation"])))
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


# ---------------------------------------------------------------- per-delivery-year export


def _consistent(rows: Sequence[Row], column: str) -> str:
    values = {row[column] for row in rows}
    if len(values) > 1:
        raise rows[-1].fail(f"deal {rows[0]['SIPRI AT Database ID']}: rows disagree on"
                            f" {column} ({', '.join(sorted(values))})")
    return rows[0][column]


def _sum(rows: Sequence[Row], column: str) -> Decimal | None:
    values = [value for value in (row.decimal(column) for row in rows) if value is not None]
    return sum(values, Decimal(0)) if values else None


def _any(rows: Sequence[Row], column: str) -> bool | None:
    values = [value for value in (row.boolean(column) for row in rows) if value is not None]
    return any(values) if values else None


def _new_deal(deal_id: str, rows: list[Row], actors: _Actors) -> _Deal:
    first = rows[0]
    for column in ("Supplier", "Recipient", "Designation", "Order date"):
        _consistent(rows, column)
    order_year = first.integer("Order date")
    delivery_years = tuple(sorted({year for year in (row.integer("Delivery year")
                                                      for row in rows) if year is not None}))
    delivered = _sum(rows, "Numbers delivered")
    facts = _facts(
        ("orderYear", order_year),
        ("orderYearUncertain", first.boolean("Order date is estimate")),
        ("numberDelivered", int(delivered) if delivered is not None else None),
        ("numberDeliveredUncertain", _any(rows, "Numbers delivered is estimate")),
        *(("deliveryYear", year) for year in delivery_years),
        ("deliveryYearUncertain", _any(rows, "Delivery year is estimate")),
        ("dealStatus", first.get("Status")),
        ("tivNewUnit", first.decimal("SIPRI estimate")),
        ("tivPerUnit", first.decimal("TIV deal unit")),
        ("tivDelivered", _sum(rows, "TIV delivery values")),
        ("localProduction", first.boolean("Local production")),
    )
    return _Deal(
        deal_id, rows,
        actors.get(first["Supplier"], order_year, first.line),
        actors.get(first["Recipient"], order_year, first.line),
        order_year, delivery_years,
        _weapon(first.get("Designation"), first.get("Description"),
                first.get("Armament category")),
        facts,
    )


# ---------------------------------------------------------------- reading


def _is_legacy(fields: list[str]) -> bool:
    return "Recipient" in fields and "Supplier" in fields and "Year of order" in fields


def _is_new(fields: list[str]) -> bool:
    return "SIPRI AT Database ID" in fields


def sipri_findings(data: bytes, file: str, *, crosswalk: Crosswalk | None = None
                   ) -> list[Findings]:
    """Findings of a SIPRI trade-register export (either format), one per deal.

    Parameters
    ----------
    data : bytes
        The file's content.
    file : str
        Its name, for record provenance and error messages.
    crosswalk : Crosswalk, optional
        Names to entities; the bundled one by default.

    Raises
    ------
    InputError
        If the file is not a trade register, is cut short or garbled, or names
        an actor nothing resolves (message with file and line).
    """
    crosswalk = crosswalk or default_crosswalk()
    text = decode_table(data, file, fallback="latin-1")
    lines = split_lines(text)
    header = find_header(lines, file, lambda fields: _is_legacy(fields) or _is_new(fields),
                         what="SIPRI trade-register header ('Recipient,Supplier,...' or"
                              " 'SIPRI AT Database ID,...')")
    generated = preamble_value(lines[:header])
    actors = _Actors(crosswalk, file)
    if _is_new(header_fields(lines[header])):
        dataset = sipri_dataset(generated, "per-delivery-year")
        table = read_rows(text, file, required=_NEW_REQUIRED, header_index=header,
                          final_newline=True)
        groups: dict[str, list[Row]] = {}
        for row in table.rows:
            deal_id = row["SIPRI AT Database ID"]
            if not re.fullmatch(r"\d+", deal_id):
                raise row.fail(f"SIPRI AT Database ID is {deal_id!r}, not a number")
            groups.setdefault(deal_id, []).append(row)
        deals = [_new_deal(deal_id, rows, actors) for deal_id, rows in groups.items()]
    else:
        dataset = sipri_dataset(generated, "legacy deal-level")
        table = read_rows(text, file, required=_LEGACY_REQUIRED, header_index=header,
                          final_newline=True, rejoin=True, rename=_legacy_columns)
        ids = _legacy_record_ids(table.rows)
        deals = [_legacy_deal(row, actors, record_id)
                 for row, record_id in zip(table.rows, ids, strict=True)]
    actors.unknown.check()
    if not deals:
        raise InputError(f"{file}: line {header + 2}: no deals after the header")
    return [deal.to_findings(dataset) for deal in deals]


def read_sipri(path: Path | str) -> list[Findings]:
    """Read a SIPRI trade-register CSV export (see :func:`sipri_findings`)."""
    return sipri_findings(read_bytes(path), Path(path).name)

"""SIPRI trade registers, both exports: invented fixtures and the shared real slices."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.importers.sipri import read_sipri, sipri_findings
from tests.importer_support import (
    FIXTURES,
    fact,
    facts,
    raw_legacy_sipri,
    raw_rows,
    ties_of,
)

LEGACY, NEW = FIXTURES / "sipri-legacy.csv", FIXTURES / "sipri-new.csv"


def _tie(findings, record_id):
    return next(tie for tie in ties_of(findings) if tie.document.record_id == record_id)


# ---------------------------------------------------------------- legacy export, fixture


def test_legacy_fixture_one_tie_per_deal_with_provenance() -> None:
    findings = read_sipri(LEGACY)
    assert len(findings) == len(raw_legacy_sipri(LEGACY)) == 8
    tie = _tie(findings, "1979-soviet-union-mozambique-test-heli-1")
    assert (tie.type, tie.source.key, tie.target.key) == ("ArmsTransfer", "SUN", "MOZ")
    record = tie.document
    assert record.dataset.key == "sipri-20250102"
    assert "legacy" in record.dataset.version and record.file == "sipri-legacy.csv"
    assert record.row == 13
    lines = LEGACY.read_bytes().decode("latin-1").splitlines()
    assert tie.evidence[0].quote == lines[12] == record.text
    assert tie.evidence[0].producer == "importer/sipri" and tie.evidence[0].start is None


def test_legacy_fixture_fields() -> None:
    findings = read_sipri(LEGACY)
    heli = _tie(findings, "1979-soviet-union-mozambique-test-heli-1")
    assert (heli.start, heli.end) == ("1979", "1981")
    assert facts(heli, "deliveryYear") == [1980, 1981]
    assert fact(heli, "orderYearUncertain") is True
    assert fact(heli, "numberOrderedUncertain") is False  # its '?' column is empty
    assert fact(heli, "numberDeliveredUncertain") is True
    assert fact(heli, "tivOrder") == Decimal("60") and fact(heli, "dealStatus") == "New"
    assert [weapon.name for weapon in heli.weapons] == ["Test-Heli 1"]
    assert ("weaponCategory", "transport helicopter") in heli.weapons[0].facts
    radar = _tie(findings, "2021-russia-mozambique-test-radar-a")
    assert radar.weapons[0].name == "Test-Radar Ä"  # Latin-1 decoded
    assert radar.end is None and facts(radar, "deliveryYear") == []
    assert fact(radar, "recordComment") == "Ordered; no deliveries yet"


def test_legacy_fixture_actor_kinds() -> None:
    ties = {tie.source.name: tie for tie in ties_of(read_sipri(LEGACY))}
    assert ties["European Union"].source.kind == "Organisation"
    assert ties["European Union"].source.category == "IntergovernmentalOrganisation"
    assert ties["European Union"].source.wikidata == "Q458"
    rebels = ties["Test Rebels (Nowhere)"].source
    assert (rebels.kind, rebels.category) == ("Organisation", "NonStateArmedGroup")
    unknown = ties["unknown supplier(s) (SIPRI)"].source
    assert unknown.category == "UnidentifiedActor"
    assert ties["Soviet Union"].source.category == "HistoricState"


def test_legacy_record_ids_are_unique_and_stable() -> None:
    first = [batch.document.record_id for batch in read_sipri(LEGACY)]
    data = LEGACY.read_bytes()
    doubled = data + data.splitlines(keepends=True)[-1]
    second = [batch.document.record_id for batch in sipri_findings(doubled, "x.csv")]
    assert first == [batch.document.record_id for batch in read_sipri(LEGACY)]
    assert len(set(second)) == len(second) == len(first) + 1
    assert second[-1] == f"{second[-2]}-2"


def test_legacy_line_break_inside_a_comment_is_rejoined() -> None:
    lines = LEGACY.read_bytes().decode("latin-1").split("\n")
    lines[12] = lines[12].replace("Invented row for tests", "Invented row\r\nfor tests")
    findings = sipri_findings("\n".join(lines).encode("latin-1"), "broken.csv")
    assert len(findings) == 8
    assert fact(ties_of(findings)[0], "recordComment") == "Invented row\nfor tests"
    assert fact(ties_of(findings)[0], "tivDelivered") == Decimal("60")


# ---------------------------------------------------------------- per-delivery-year export


def test_new_fixture_groups_rows_by_deal() -> None:
    findings = read_sipri(NEW)
    rows = raw_rows(NEW, encoding="ascii", skip=11)
    by_deal = defaultdict(list)
    for row in rows:
        by_deal[row["SIPRI AT Database ID"]].append(row)
    assert [batch.document.record_id for batch in findings] == list(by_deal)
    jet = _tie(findings, "90001")
    deal = by_deal["90001"]
    assert fact(jet, "numberDelivered") == sum(int(row["Numbers delivered"]) for row in deal)
    assert fact(jet, "tivDelivered") == sum(Decimal(row["TIV delivery values"]) for row in deal)
    assert facts(jet, "deliveryYear") == sorted(int(row["Delivery year"]) for row in deal)
    assert fact(jet, "numberDeliveredUncertain") is True  # one year is estimated
    assert fact(jet, "deliveryYearUncertain") is True
    assert fact(jet, "orderYearUncertain") is False
    assert (jet.start, jet.end) == ("2020", "2023")
    assert len(jet.evidence) == 3 and jet.document.row == 13
    assert jet.weapons[0].facts == (("weaponCategory", "FGA aircraft"),
                                    ("armamentCategory", "Aircraft"))
    assert fact(_tie(findings, "90003"), "localProduction") is True


def test_new_rows_of_a_deal_must_agree() -> None:
    lines = NEW.read_text().splitlines(keepends=True)
    lines[16] = lines[16].replace("Russia", "Belarus")
    text = "".join(lines)
    with pytest.raises(InputError, match=r"sipri-new\.csv: line 17: deal 90001: rows disagree"):
        sipri_findings(text.encode(), "sipri-new.csv")


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("data, message", [
    (b"", r"x\.csv: line 1: the file is empty"),
    (b"a,b\n1,2\n", r"x\.csv: line 1: no SIPRI trade-register header"),
    (b"\x00\x01binary", r"x\.csv: line 1: binary data"),
])
def test_refuses_what_is_not_a_register(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        sipri_findings(data, "x.csv")


def test_refuses_unknown_names_with_their_line() -> None:
    text = LEGACY.read_bytes().decode("latin-1").replace("Kenya,United States", "Kenya,Atlantis")
    with pytest.raises(InputError, match=r"x\.csv: line 17: unknown country or actor 'Atlantis'"):
        sipri_findings(text.encode("latin-1"), "x.csv")


def test_refuses_a_cut_file() -> None:
    data = LEGACY.read_bytes()
    with pytest.raises(InputError, match=r"x\.csv: line 20: "):
        sipri_findings(data[:-5], "x.csv")


def test_refuses_moved_legacy_columns() -> None:
    lines = LEGACY.read_bytes().decode("latin-1").split("\n")
    swapped = []
    for line in lines[11:]:
        fields = line.split(",")
        if len(fields) > 2:
            fields[2], fields[4] = fields[4], fields[2]
        swapped.append(",".join(fields))
    data = "\n".join(lines[:11] + swapped).encode("latin-1")
    with pytest.raises(InputError, match=r"x\.csv: line 12: .*order"):
        sipri_findings(data, "x.csv")


def test_utf8_and_utf16_copies_import_the_same() -> None:
    text = LEGACY.read_bytes().decode("latin-1")
    expected = ties_of(read_sipri(LEGACY))
    for encoding in ("utf-8", "utf-16", "utf-8-sig"):
        assert ties_of(sipri_findings(text.encode(encoding), "sipri-legacy.csv")) == expected


# ---------------------------------------------------------------- the shared real slices


def test_legacy_slice_deals_and_russian_or_soviet_deals_to_mozambique(shared_data: Path) -> None:
    path = shared_data / "sipri" / "trade-register-legacy-africa-slice.csv"
    raw = raw_legacy_sipri(path)
    findings = read_sipri(path)
    assert len(findings) == len(raw)
    ties = ties_of(findings)
    expected = Counter(row[1] for row in raw
                       if row[0] == "Mozambique" and row[1] in ("Russia", "Soviet Union"))
    found = Counter(tie.source.key for tie in ties
                    if tie.target.key == "MOZ" and tie.source.key in ("RUS", "SUN"))
    assert found == {"RUS": expected["Russia"], "SUN": expected["Soviet Union"]}
    assert sum(found.values()) > 0
    by_recipient = Counter(tie.target.name for tie in ties)
    assert by_recipient["Algeria"] == sum(1 for row in raw if row[0] == "Algeria")
    delivered = sum(int(row[8]) for row in raw if row[8])
    assert sum(fact(tie, "numberDelivered") or 0 for tie in ties) == delivered


def test_new_slice_deals_and_deliveries(shared_data: Path) -> None:
    path = shared_data / "sipri" / "trade-register-new-ukraine.csv"
    rows = raw_rows(path, encoding="ascii", skip=11)
    findings = read_sipri(path)
    deals = {row["SIPRI AT Database ID"] for row in rows}
    assert len(findings) == len(deals)
    ties = ties_of(findings)
    assert {tie.target.key for tie in ties} == {"UKR"}
    assert sum(fact(tie, "numberDelivered") for tie in ties) == sum(
        int(row["Numbers delivered"]) for row in rows)
    suppliers = {row["Supplier"] for row in rows}
    assert len({tie.source.key for tie in ties}) == len(suppliers)
    evidence = sum(len(tie.evidence) for tie in ties)
    assert evidence == len(rows)

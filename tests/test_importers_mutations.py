"""Property-based tests: mutated real files either import correctly or are refused cleanly.

Each test starts from the head of a real shared file (its preamble and header and
the first rows, cut at a line break, so each example imports in milliseconds) and
applies one mutation hypothesis draws: a dropped or shuffled column, dropped or
cut lines, another encoding. The importer must then either raise
:class:`~graph.errors.InputError` or return what the mutation allows:

* shuffled columns: the original ties (the lines they quote aside);
* another encoding: exactly the original ties;
* a dropped column: the same ties between the same parties;
* dropped lines: ties between the original parties, no others;
* a cut: some of the original ties unchanged (a cut inside a value is refused).
"""

from __future__ import annotations

import csv
import functools
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from graph.importers import atop_findings, mme_findings, sfm_findings, sipri_findings
from graph.model import Findings
from tests.conftest import SHARED
from tests.importer_support import ties_of


@dataclass(frozen=True)
class Sample:
    """The head of a real file and how to import it."""

    name: str
    importer: Callable[..., list[Findings]]
    path: str
    encoding: str
    preamble: int
    rows: int
    delimiter: str = ","

    @functools.cached_property
    def data(self) -> bytes:
        lines = (SHARED / "data" / self.path).read_bytes().splitlines(keepends=True)
        return b"".join(lines[:self.preamble + 1 + self.rows])

    @property
    def text(self) -> str:
        return self.data.decode(self.encoding)

    def run(self, data: bytes) -> list[Findings]:
        return self.importer(data, Path(self.path).name)

    @functools.cached_property
    def original(self) -> list[Findings]:
        return self.run(self.data)


SAMPLES = [
    Sample("sipri-legacy", sipri_findings, "sipri/trade-register-legacy-africa-slice.csv",
           "latin-1", 11, 40),
    Sample("sipri-new", sipri_findings, "sipri/trade-register-new-ukraine.csv", "ascii", 11, 40),
    Sample("atop", atop_findings, "atop/atop5_1m.csv", "ascii", 0, 60),
    Sample("mme", mme_findings, "mme/mme_v7.csv", "utf-8", 0, 40),
    Sample("sfm", sfm_findings, "sfm/2018_2019_Africa_fmtrpt.tsv", "utf-8", 0, 60, "\t"),
]
EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252"]


@pytest.fixture(params=SAMPLES, ids=[sample.name for sample in SAMPLES])
def sample(request: pytest.FixtureRequest, shared_data: Path) -> Sample:
    return request.param


def content(tie) -> tuple:
    """All a tie says but the raw line it quotes (a moved column changes the line)."""
    return (parties(tie), tie.start, tie.end, tie.facts, tie.weapons, tie.places,
            tie.document.record_id, tie.document.row)


def parties(tie) -> tuple:
    return (tie.type, tie.source.key, tie.target.key,
            tuple(sorted(entity.key for entity in tie.others)))


def membership_start(tie) -> tuple:
    """What a cut cannot change in an ATOP tie: its later phase rows may be cut off."""
    return (parties(tie), tie.start, tie.document.record_id, tie.document.row)


# A cut at a line end leaves a shorter valid file; what its ties still share with
# the whole file's: a per-delivery-year SIPRI deal sums the rows the cut left,
# an ATOP membership keeps only the phases before the cut.
CUT_KEEPS = {"sipri-new": parties, "atop": membership_start}


def imports_or_refuses(sample: Sample, data: bytes) -> list[Findings] | None:
    """The findings of ``data``, or None if the importer refused it with InputError."""
    try:
        return sample.run(data)
    except InputError as error:
        assert "\n" not in str(error) and Path(sample.path).name in str(error)
        return None


def table(sample: Sample, text: str) -> tuple[list[str], list[list[str]], str]:
    """(preamble lines, parsed rows from the header on, line ending) of ``text``."""
    ending = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(ending)
    body = csv.reader(io.StringIO("\n".join(lines[sample.preamble:])),
                      delimiter=sample.delimiter)
    return lines[:sample.preamble], [row for row in body if row], ending


def rewrite(sample: Sample, preamble: list[str], rows: list[list[str]], ending: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=sample.delimiter, lineterminator=ending).writerows(rows)
    return (ending.join(preamble) + (ending if preamble else "") + out.getvalue()).encode(
        sample.encoding)


@EXAMPLES
@given(st.data())
def test_shuffled_columns(sample: Sample, data: st.DataObject) -> None:
    preamble, rows, ending = table(sample, sample.text)
    order = data.draw(st.permutations(range(len(rows[0]))))
    shuffled = [[row[index] for index in order] for row in rows]
    result = imports_or_refuses(sample, rewrite(sample, preamble, shuffled, ending))
    if result is not None:
        assert list(map(content, ties_of(result))) == list(map(content,
                                                               ties_of(sample.original)))


@EXAMPLES
@given(st.data())
def test_dropped_column(sample: Sample, data: st.DataObject) -> None:
    preamble, rows, ending = table(sample, sample.text)
    dropped = data.draw(st.integers(0, len(rows[0]) - 1))
    thinner = [row[:dropped] + row[dropped + 1:] for row in rows]
    result = imports_or_refuses(sample, rewrite(sample, preamble, thinner, ending))
    if result is not None:
        assert list(map(parties, ties_of(result))) == list(map(parties, ties_of(sample.original)))


@EXAMPLES
@given(st.data())
def test_dropped_lines(sample: Sample, data: st.DataObject) -> None:
    lines = sample.data.splitlines(keepends=True)
    drop = data.draw(st.sets(st.integers(0, len(lines) - 1), min_size=1, max_size=5))
    kept = b"".join(line for index, line in enumerate(lines) if index not in drop)
    result = imports_or_refuses(sample, kept)
    if result is not None:
        assert not Counter(map(parties, ties_of(result))) - Counter(
            map(parties, ties_of(sample.original)))


@EXAMPLES
@given(st.data())
def test_cut_file(sample: Sample, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(sample.data) - 1))
    result = imports_or_refuses(sample, sample.data[:cut])
    if result is not None:
        same = CUT_KEEPS.get(sample.name, content)
        assert not Counter(map(same, ties_of(result))) - Counter(
            map(same, ties_of(sample.original)))


@EXAMPLES
@given(encoding=st.sampled_from(ENCODINGS))
def test_other_encodings(sample: Sample, encoding: str) -> None:
    try:
        data = sample.text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    result = imports_or_refuses(sample, data)
    if result is not None:
        assert ties_of(result) == ties_of(sample.original)


def test_other_datasets_files_are_refused(sample: Sample) -> None:
    for other in SAMPLES:
        if other.importer is not sample.importer:
            with pytest.raises(InputError, match=Path(sample.path).name):
                sample.run(other.data)

"""Property tests: whatever the input, extraction never crashes and every evidence is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.articles import decode_article
from graph.errors import InputError
from graph.extract import extract_findings, findings_to_record
from graph.model import Article
from graph.resources import data_dir

ARTICLES = [path.read_text("utf-8") for path in sorted((data_dir() / "gold").rglob("*.txt"))]
SEED = (data_dir() / "articles" / "000_c00e642fcd84a06a.txt").read_text("utf-8")
WORDS = ["Russia", "Mozambique", "Moscow's", "Kenyatd", "United States", "delivered", "to",
         "from", "troops", "in", "not", "will", "NATO", "joined", "Su-57", "jets", "Both",
         "governments", "signed", "a", "defence", "agreement", "with", ",", ".", "\n", "•",
         "Country Primary Defence Partner", "withdrew", "it", "the country", "Russo-"]

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    findings = extract_findings(Article.from_text(text))
    for tie in findings.ties:
        assert tie.evidence
        for evidence in tie.evidence:
            assert text[evidence.start:evidence.end] == evidence.quote
            assert 0 < evidence.confidence <= 1
        assert tie.source != tie.target
    findings_to_record(findings)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    check(text)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
def test_random_sentences_of_defence_words(text: str) -> None:
    check(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    try:
        text = decode_article(data, "random.bin")
    except InputError:
        return
    check(text)


@SETTINGS
@given(st.sampled_from([SEED, *ARTICLES]), st.data())
def test_mutated_real_articles(text: str, data: st.DataObject) -> None:
    for _ in range(data.draw(st.integers(0, 8))):
        position = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "swap"]))
        if action == "delete":
            text = text[:position] + text[position + data.draw(st.integers(1, 40)):]
        elif action == "insert":
            text = text[:position] + data.draw(st.text(max_size=30)) + text[position:]
        elif position < len(text) - 1:
            text = text[:position] + text[position + 1] + text[position] + text[position + 2:]
    check(text)

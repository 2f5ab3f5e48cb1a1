"""Extraction of entities and typed defence ties, with evidence, from English news text.

The package is pure: it turns an :class:`~graph.model.Article` into
:class:`~graph.model.Findings` and knows nothing of stores, servers or drawing.
Its knowledge (cue words, role prepositions, negations and hedges, table
headers, titles) is data in ``data/lexicon/``; names come from the gazetteer.

Examples
--------
>>> from graph.extract import extract_findings, findings_to_record
>>> from graph.model import Article
>>> article = Article.from_text(
...     "Algeria incorporated Su-57 fighter jets from Russia into its air force.")
>>> record = findings_to_record(extract_findings(article))
>>> [(tie["source"], tie["target"], tie["type"]) for tie in record["ties"]]
[('Russia', 'Algeria', 'ArmsTransfer')]
>>> sorted(entity["name"] for entity in record["entities"])
['Algeria', 'Russia', 'Su-57']
"""

import importlib.machinery

from .extractor import EXTRACTOR_VERSION, PRODUCER, Extractor, default_extractor, extract_findings
from .lexicon import Lexicon, default_lexicon
from .mentions import Mention, MentionFinder
from .records import findings_to_record
from .segment import Segment, segment_text

__all__ = [
    "EXTRACTOR_VERSION",
    "PRODUCER",
    "Extractor",
    "Lexicon",
    "Mention",
    "MentionFinder",
    "Segment",
    "default_extractor",
    "default_lexicon",
    "extract_findings",
    "extraction_compiled",
    "findings_to_record",
    "segment_text",
]


def extraction_compiled() -> bool:
    """True if the extraction stages run as C extensions that mypyc built (``make wheel``),
    False if they run from the Python source.

    >>> extraction_compiled()  # a checkout runs the source; tests/test_compiled.py the wheel
    False
    """
    from . import extractor

    return extractor.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))

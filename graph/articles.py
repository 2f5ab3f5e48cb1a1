"""Reading article files: text, metadata, and clear refusals of what is not an article.

Examples
--------
>>> from graph.articles import read_article, seed_article_path
>>> article = read_article(seed_article_path())
>>> article.id
'c7b6e53039bff250'
>>> article.title[:19]
'Strengthening Ties:'
"""

from __future__ import annotations

import codecs
import functools
import json
from pathlib import Path

from graph.errors import InputError
from graph.model import Article
from graph.resources import data_dir

__all__ = ["MAX_ARTICLE_BYTES", "bundled_metadata", "read_article", "seed_article_path"]

#: Files larger than this are refused: no news article is 10 MB of text.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

SEED_ARTICLE = "000_c00e642fcd84a06a.txt"


def seed_article_path() -> Path:
    """Path of the project's founding article, the default input."""
    return data_dir() / "articles" / SEED_ARTICLE


@functools.cache
def bundled_metadata() -> dict[str, dict]:
    """Metadata of the bundled articles (``data/articles/*.json``), by SHA-256 of their text."""
    entries = {}
    for path in sorted((data_dir() / "articles").glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        entries[meta["sha256"]] = meta
    return entries


def decode_article(data: bytes, name: str) -> str:
    """Text of an article file's bytes, line ends as "\\n"; ``InputError`` if not UTF-8 text."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    encoding = next((codec for bom, codec in _UNICODE_BOMS if data.startswith(bom)), None)
    if encoding is not None:  # a UTF-16 or UTF-32 file (Windows "Unicode") says so by its BOM
        return _lines(data.decode(encoding, errors="replace"))
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (byte {error.start}: {data[error.start:error.start + 1]!r});"
            " convert it with e.g. iconv -f latin1 -t utf-8"
        ) from None
    return _lines(text)


def _lines(text: str) -> str:
    # Windows and old Mac line ends read as "\n", as Python's text mode reads them: offsets
    # count characters of the text ``open(path).read()`` gives (with the file's encoding).
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: Byte-order marks of the wider Unicode encodings, UTF-32 first (its LE mark starts with
#: UTF-16's).
_UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                 (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_article(path: Path | str) -> Article:
    """Read an article file (UTF-8 text) with its metadata.

    Metadata comes from a ``.json`` file beside it, or from the bundled
    metadata of an identical text.

    Raises
    ------
    InputError
        If the file is missing, empty, binary, not UTF-8, or too large.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is too large for an article"
                f" (limit {MAX_ARTICLE_BYTES // 2**20} MiB)"
            )
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        raise InputError(f"{path}: {(error.strerror or str(error)).lower()}") from None
    text = decode_article(data, str(path))
    article = Article.from_text(text, file=path.name)
    meta = _sidecar_metadata(path) or bundled_metadata().get(article.sha256, {})
    fields = {key: meta.get(key) for key in ("title", "published", "url", "publisher")}
    fields = {key: value for key, value in fields.items() if value}
    return Article.from_text(text, file=path.name, **fields)


def _sidecar_metadata(path: Path) -> dict | None:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return None
    try:
        return json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise InputError(f"{sidecar}: unreadable metadata ({error})") from None

"""Stable keys and ids: what identifies an article's text, a quote and a speaker across runs.

Pure functions with no database behind them, so that the parser workers compute the rows
(``quotes.rows``) without importing the store.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import unicodedata


@functools.cache
def _combining() -> dict[int, None]:
    """Every character with a combining class (what NFKD splits off letters as accents), for
    str.translate to delete: in C, where a test per character in Python took most of folding."""
    return dict.fromkeys(c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))


def strip_accents(text: str) -> str:
    """The text decomposed (NFKD) with its combining characters removed: "Hélène" -> "Helene"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed if decomposed.isascii() else decomposed.translate(_combining())


def fold(text: str) -> str:
    """Lowercase, accents stripped, typographic apostrophes made straight, spaces collapsed."""
    bare = strip_accents(text)
    bare = bare.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    return " ".join(bare.casefold().split())


def digest(*parts: object) -> str:
    """A short stable hash of parts."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def speaker_id(key: str) -> str:
    """A speaker's stable id: a hash of its identity key."""
    return digest(key)


def quote_id(article_id: str, start: int, end: int, kind: str) -> str:
    """A quote's stable id: a hash of where it is in which article and its kind."""
    return digest(article_id, start, end, kind)


def text_hash(text: str) -> str:
    """What tells an article's text changed: re-ingest compares it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()

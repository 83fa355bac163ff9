"""Stable keys and ids: what identifies an article's text, a quote and a speaker across runs.

Pure functions with no database behind them, so that the parser workers compute the rows
(``quotes.rows``) without importing the store.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import unicodedata


# After NFKD, the accents of Latin letters: U+0300-U+036F, less the grapheme joiner U+034F (no combining
# class). Every other combining character lies beyond U+0482.
_LATIN_ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_BEYOND_LATIN_ACCENTS = re.compile("[^\x00-\u0482]")


@functools.cache
def _combining() -> dict[int, None]:
    """Every character with a combining class (what NFKD splits off letters as accents), for
    str.translate to delete: in C, where a test per character in Python took most of folding."""
    return dict.fromkeys(c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))


def _unaccented(character: str) -> str:
    """The character decomposed (NFKD) without its Latin accents, if that leaves one ASCII character (`é` -> `e`,
    `ª` -> `a`); else the character itself (`ß`, `½`, `µ`)."""
    bare = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", character))
    return bare if len(bare) == 1 and bare.isascii() else character


# Each Latin-1 character as `strip_accents` makes it, where that is one ASCII character: a text of them (most French
# words) is stripped by bytes.translate, in C, where decomposing it and deleting its accents by the pattern cost
# three times as much (callgrind).
_LATIN_1_UNACCENTED = bytes(ord(_unaccented(chr(c))) for c in range(256))


def strip_accents(text: str) -> str:
    """The text decomposed (NFKD) with its combining characters removed: "Hélène" -> "Helene"."""
    if text.isascii():  # most names and words (a test in C): nothing to decompose
        return text
    try:
        unaccented = text.encode("latin-1").translate(_LATIN_1_UNACCENTED)
    except UnicodeEncodeError:  # (a character beyond Latin-1: `’`, `ł`)
        pass
    else:
        if unaccented.isascii():  # (none left as it was: `ß`, `½`)
            return unaccented.decode("ascii")
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    # A pattern deletes Latin accents 2.5 times as fast as str.translate looks up every character;
    # the rare other combining characters (Cyrillic, Devanagari, symbols) are left to translate.
    stripped = _LATIN_ACCENTS.sub("", decomposed)
    if any(unicodedata.combining(c) for c in _BEYOND_LATIN_ACCENTS.findall(stripped)):
        return stripped.translate(_combining())
    return stripped


def fold(text: str) -> str:
    """Lowercase, accents stripped, typographic apostrophes made straight, spaces collapsed."""
    bare = strip_accents(text)
    if not bare.isascii():  # (most words: no typographic apostrophe to look for)
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

"""Speakers' names as identity compares them: folding, the words of a name, identity keys.

Pure, and used on both sides of an ingest: the parse workers make keys with these (``local``), the
writer compares names with them (``decisions``, ``curation``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..keys import digest as _digest
from ..names import fold  # the parser's and identity's one cache of folded names
from .vocabulary import every_language

SPEAKER_KINDS = ("person", "organisation", "group")

# A single capital letter or a dotted initial inside a name is left out of its key: "Donald J. Trump".
_INITIAL = re.compile(r"^\w\.?$")
_GLUED = re.compile(r"[a-zà-ÿ]{2}\.[A-ZÀ-Ý]")  # "Ciotti.Le PNF": two sentences run together
_KEY = re.compile(r"^(?:(?P<article>[^:]*?)/)?(?P<kind>person|organisation|group|):(?P<name>.*)$", re.S)


def tokens(name: str) -> list[str]:
    """The words of a name, folded (hyphenated words kept whole)."""
    return fold(name).split()


def norm_name(name: str) -> str:
    """A name as identity keys compare it: folded, hyphens and dots as spaces, initials dropped.

    "Jean-Luc Mélenchon" and "Jean Luc Melenchon" are one name; so are "Donald J. Trump" and
    "Donald Trump".
    """
    words = fold(name).replace("-", " ").replace(".", " ").split()
    kept = [w for w in words if not _INITIAL.match(w)]
    return " ".join(kept if len(kept) >= 2 else words)


def surname(name: str) -> str | None:
    """The last word of a name, folded, its last hyphenated part: what names are looked up by
    ("Dupond-Moretti" and "Dupont-Moretti" are both found under "moretti")."""
    words = fold(name).replace("-", " ").split()
    return words[-1] if words else None


def _core(words: Sequence[str]) -> list[str]:
    """The words of a name that are not particles, of any language: a name is one whatever the article's."""
    particles = every_language().particles
    return [w for w in words if fold(w) not in particles]


def own_key(name: str, kind: str | None, form: str, article_id: str | None) -> str:
    """A speaker's identity key before any cross-article decision: its name for a full name or an
    organisation (spaces ignored), its article and name for a description or a surname alone."""
    if form == "name" and kind == "organisation":
        return f"{kind}:{norm_name(name).replace(' ', '')}"  # "France Info" is "Franceinfo", "BFM TV" "BFMTV"
    if form == "name":
        return f"{kind or ''}:{norm_name(name)}"
    return article_key(article_id, kind, name)


def article_key(article_id: str | None, kind: str | None, name: str) -> str:
    return f"{article_id}/{kind or ''}:{fold(name)}"


def key_parts(key: str) -> tuple[str | None, str | None, str]:
    """(article_id or None, kind or None, folded name) of an identity key."""
    m = _KEY.match(key)
    if not m:
        return None, None, key
    return m["article"], m["kind"] or None, m["name"]


def local_id(article_id: str, kind: str | None, name: str) -> str:
    return _digest("local", article_id, kind or "", fold(name))

"""Languages: one package of plain values per language, read by generic engines.

A language is the package `quotes/lang/<code>/`: modules of upper-case names holding literals
(words, phrases, endings, quote marks), each name one that `schema.py` declares. `language(code)`
reads a package once into a `Language`, checked against the schema, which is handed down the
pipeline: the engines read its values (`lang.ROLE_NOUNS`) and keep what they build from them on it
(`lang.derived(Lexicon)`), so no engine resolves a code again or keeps a cache of its own.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, Callable, TypeVar

import regex

from .schema import check

_CODE = regex.compile(r"[a-z]{2,3}")
T = TypeVar("T")


class Language:
    """The values of one language's data, as attributes, and what the engines derive from them."""

    def __init__(self, values: dict[str, Any]):
        self.__dict__.update(values)
        self._derived: dict[tuple, Any] = {}
        # Each tuple of words again as a set (`lang.sets.OF`), to ask whether a word is one of them: a set finds
        # it by its hash, where a tuple compares it with every item (3 % of parsing, callgrind, 400 articles).
        self.sets = SimpleNamespace(**{name: frozenset(value) for name, value in values.items()
                                       if isinstance(value, tuple) and all(isinstance(item, str) for item in value)})

    def __repr__(self) -> str:
        return f"Language({self.CODE!r})"

    def derived(self, build: Callable[..., T], *args) -> T:
        """`build(self, *args)`, made once for this language: the engines' tables and patterns."""
        key = (build, *args)
        found = self._derived.get(key)
        if found is None:
            found = self._derived[key] = build(self, *args)
        return found


def available() -> list[str]:
    """The codes of the languages that have a data package here."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.ispkg and _CODE.fullmatch(info.name))


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The language of a code ("fr"), read and checked once."""
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"not a language code: {code!r} (expected e.g. 'fr')")
    if code not in available():
        raise ValueError(f"unknown language {code!r}; available languages: {', '.join(available()) or 'none'}")
    return Language(read_values(f"{__name__}.{code}"))


def has_data(code: str | None) -> bool:
    """Whether there is data for a language here (asked once per article: a read language is a cache hit)."""
    try:
        language(code)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=None)
def marks_only(code: str) -> Language:
    """What is read of a language with no data here: the quote marks of every language there is, so that its
    quotations are found; nothing to attribute them with."""
    pairs: dict[str, Any] = {}
    for known in available():
        for opener, closer in language(known).QUOTE_PAIRS.items():
            pairs.setdefault(opener, closer)
    return Language({"CODE": code, "QUOTE_PAIRS": pairs})


def read_values(package: str) -> dict[str, Any]:
    """The upper-case names of a data package and of its modules, checked against the schema."""
    root = importlib.import_module(package)
    modules = [root] + [importlib.import_module(f"{package}.{info.name}") for info in pkgutil.iter_modules(root.__path__)]
    values: dict[str, Any] = {}
    where: dict[str, str] = {}
    for module in modules:
        for name, value in vars(module).items():
            if not name.isupper():
                continue
            if name in values:
                raise ValueError(f"{package}: {name} is defined twice ({where[name]} and {module.__name__})")
            values[name], where[name] = value, module.__name__
    check(package, values)
    return values

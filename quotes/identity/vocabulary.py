"""The words identity reads names and descriptions with, from the language data: folded, as identity
compares words. An article's speakers are read with its own language's (`vocabulary`); what is
compared across articles, whatever their language, with every language's at once (`every_language`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import Language, available, has_data, language
from ..model import DEFAULT_LANGUAGE
from ..names import fold


class Vocabulary:
    """Folded word sets of one language, or of all of them merged."""

    def __init__(self, langs: list[Language]):
        def words(key: str) -> frozenset[str]:
            return frozenset(fold(w) for lang in langs for w in getattr(lang, key))

        def table(key: str) -> dict:
            return {fold(k): v for lang in langs for k, v in getattr(lang, key).items()}

        self.civil_titles = table("CIVIL_TITLES")
        self.determiners = table("DETERMINERS")
        self.definite = words("DEFINITE")
        self.elided_articles = frozenset(w for w in self.definite | words("OF") if w.endswith("'"))  # l', d'
        self.of = frozenset(lang.OF[0] for lang in langs if lang.OF)  # the preposition of a complement: "de"
        self.role_nouns = table("ROLE_NOUNS")
        for word in words("FORMER_WORDS"):
            self.role_nouns.setdefault(word, None)
        self.former_prefixes = tuple(words("FORMER_PREFIXES"))
        # Common nouns naming a kind of body ("Conseil", "Commission"): alone, they name no one body.
        self.organisation_nouns = frozenset(w for w in words("ORGANISATION_NOUNS") if " " not in w and len(w) > 4) \
            - words("NAMED_BODIES")
        endings = "|".join(sorted(words("DEMONYM_ENDINGS"), key=len, reverse=True))
        self.demonym = re.compile(rf"(?:{endings})s?$") if endings else re.compile(r"(?!)")
        self.place_markers = words("PLACE_MARKERS")
        self.complement_words = words("OF") | words("TO") | words("PLACE_PREPOSITIONS")  # "de la", "au", "en"
        self.dangling = words("ROLE_DANGLING_WORDS")
        self.role_modifiers = words("ROLE_MODIFIERS")
        self.clause_markers = words("CLAUSE_MARKERS")
        self.opening_words = words("SENTENCE_OPENING_WORDS")
        # Words that may stand inside a surname ("Le Pen", "de Gaulle", "von der Leyen"), articles included.
        self.particles = words("NAME_PARTICLES") | self.definite


def vocabulary(lang: Language) -> Vocabulary:
    """The vocabulary of one language, built once on it."""
    return lang.derived(_vocabulary_of)


def article_vocabulary(code: str | None) -> Vocabulary:
    """What an article in language `code` is read with: its language's words, or every language's when there
    is no data for it (its quotations then have no speakers, but a curator may name them)."""
    code = code or DEFAULT_LANGUAGE
    return vocabulary(language(code)) if has_data(code) else every_language()


def _vocabulary_of(lang: Language) -> Vocabulary:
    return Vocabulary([lang])


@lru_cache(maxsize=1)
def every_language() -> Vocabulary:
    """Every language's words at once: for what identity compares across articles."""
    return Vocabulary([language(code) for code in available()])

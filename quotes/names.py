"""Names as words: the key they are compared on, and whether a word is a first name, of which gender.

Needs no language data: the parser's steps and the identities all ask it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import keys

# Names, words and roles repeat: fold each once (`keys.fold`, cached). The repeats come close together:
# 8,192 entries answer 95 % of identity's calls on the corpus; 131,072 answered 98 % in the same time and
# held 45 MB more. Quotations and texts do not repeat: they are folded by `keys.fold` itself.
fold = lru_cache(maxsize=8192)(keys.fold)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """gender-guesser's verdict on every first name it knows, by lowercase name.

    Its own data (each name's frequency in 55 countries) takes 20 MB: the verdicts leave it packed
    in one string each, and are unpacked once it is freed. Names kept from it directly would hold
    its memory pages: 15 MB more in every process.
    """
    return {name: verdict for verdict, names in _packed_verdicts().items() for name in names.split("\n")}


@lru_cache(maxsize=1)
def _unaccented_first_names() -> dict[str, str]:
    """The verdicts on the first names gender-guesser writes with accents, by their spelling without them: accents
    of Latin-1 inside the name only (not `Ángeles`: `Los Angeles`; not `Niče`: `Nice`; not `Santé`: `Sante`)."""
    return {folded: verdict for name, verdict in _first_names().items()
            if (folded := fold(name)) != name and folded[:1] == name[:1] and folded[-1:] == name[-1:]
            and all(ord(c) < 256 for c in name) and folded not in _first_names()}


def _packed_verdicts() -> dict[str, str]:
    """The names gender-guesser knows, by its verdict on them, joined by newlines."""
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    by_verdict: dict[str, list[str]] = {}
    for name in detector.names:
        by_verdict.setdefault(detector.get_gender(name), []).append(name)
    return {verdict: "\n".join(names) for verdict, names in by_verdict.items()}


NAME_PARTS = re.compile(r"[\s'’-]+")  # what a name's initials are taken from: its words and a compound's parts


def initials(name: str) -> str:
    """`DSK` for Dominique Strauss-Kahn: the first letters of a name's words and of a compound's parts."""
    return "".join(part[0] for part in NAME_PARTS.split(name) if part).upper()


# Accents a name list writes on a last letter (`José`, `André`): a word ending with one is a first name only as
# written, not as its unaccented spelling (`Santé`, `Abbé`).
FINAL_ACCENTS = "éèàù"


@lru_cache(maxsize=8192)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a known first name, '?' for a name used by both, None if not a first name."""
    return _GENDERS.get(_verdict(word))


_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}


def _verdict(word: str) -> str:
    """gender-guesser's verdict on a word written as a first name (`unknown` for a word it does not know)."""
    if len(word) < 2 or not word[0].isupper():
        return "unknown"
    guess = _first_names().get(word.lower(), "unknown")
    # (an ASCII word of letters alone folds to the lower case just looked up: told in C, most words not folded)
    if guess == "unknown" and word[-1] not in FINAL_ACCENTS and not (word.isascii() and word.isalpha()):
        # `Eric` for `Éric`, `Alexei` for `Alexeï`; but a list keeps `José`: `Santé` is no `Sante`
        guess = _first_names().get(fold(word).lower(), "unknown")
    elif guess == "unknown" and word.isascii():  # `Benoit`, `Jerome`: a name the list writes with its accents
        guess = _unaccented_first_names().get(word.lower(), "unknown")
    if guess == "unknown" and "-" in word:  # Jean-Baptiste, Marie-Caroline
        parts = word.split("-")
        # (not `Ile-de-France`, `Aix-en-Provence`: a part in lower case, a place's particle, no given name's)
        return "unknown" if any(part[:1].islower() for part in parts) else _verdict(parts[0])
    return guess


@lru_cache(maxsize=4096)
def first_name_verdict(word: str) -> tuple[str, bool] | None:
    """('m' or 'f', whether the name is given to that gender alone rather than mostly) for a first name of
    one gender; None for one of both (`Dominique`) and for a word that is no first name."""
    verdict = _verdict(word)
    gender = _GENDERS.get(verdict)
    return (gender, not verdict.startswith("mostly")) if gender in ("m", "f") else None


@lru_cache(maxsize=4096)
def is_only_first_name(word: str) -> bool:
    """A first name of one gender, with no doubt (`Martine`, `Jean-Jacques`; not `Claude`, mostly male, nor
    `Dominique`): a compound one's first part tells, all its parts first names (`Jean-Marie`; not `Ille-et-Vilaine`)."""
    parts = word.lower().split("-")
    return all(_first_names().get(part, "unknown") != "unknown" for part in parts) \
        and _first_names().get(parts[0], "unknown") in ("male", "female")

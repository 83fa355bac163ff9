"""Language data: one module of plain literals per language, read by generic engines.

A language is added by writing data modules, never by touching an engine:
`quotes/lang/<code>.py` for the language as a whole, or parts such as
`quotes/lang/<code>_verbs.py` (the speech-verb lexicon read by `quotes.lexicon`).
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import regex

_CODE = regex.compile(r"[a-z]{2,3}")


def available() -> list[str]:
    """The language codes that have at least one data module here."""
    names = (info.name for info in pkgutil.iter_modules(__path__))
    return sorted({name.split("_")[0] for name in names if _CODE.fullmatch(name.split("_")[0])})


def load(code: str, part: str | None = None) -> ModuleType:
    """The data module for a language code ("fr"), or one part of it (part="verbs": `fr_verbs`).

    Without a part, `quotes.lang.<code>` is returned if it exists, else the language's
    verb lexicon, the one part every language must have.
    """
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"not a language code: {code!r} (expected e.g. 'fr')")
    names = [f"{code}_{part}"] if part else [code, f"{code}_verbs"]
    for name in names:
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise  # the module exists but one of its own imports is missing
    wanted = f"part {part!r} of language" if part else "language"
    raise ValueError(f"unknown {wanted} {code!r}; available languages: {', '.join(available()) or 'none'}")

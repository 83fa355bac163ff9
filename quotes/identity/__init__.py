"""Who is who across articles: one identity per speaker for the whole corpus.

The parser names each speaker the way its article does, once resolved inside that article
("M. Macron" and "le chef de l'Etat" become "Emmanuel Macron" when the article gives the full
name). Across articles:

- a **full name** ("Emmanuel Macron", "Jean-Luc Mélenchon") is one person wherever it appears:
  its key is the name folded (case, accents, hyphens and initials ignored), so two full names
  sharing a surname are two people;
- a **surname alone** ("M. Véran", "Macron": the article never gave the first name) joins the
  one known full-name person with that surname whose gender and dates agree, if there is exactly
  one; among several, the first names written in the article, the roles it gives, then the names
  quoted with it decide; failing that, or without a sign that it is a person at all (a civil
  title, a role, a word that is no first name), it stays a speaker of its own article;
- a **description** ("un manifestant", "le président américain", "la police") and a group are
  never merged across articles: a title points to different people over the years;
- an organisation with a proper name ("Pentagone", "Leetchi", "CGT") is one across articles.

Curations (``quotes speakers merge / split / rename``) are rows of the ``curations`` table,
applied in order after these rules, at every ingest: see ``curation.curate``.

The modules follow an ingest's processes, each depending only on those above it:

- ``names``: folding, the words of a name, identity keys: what both sides use;
- ``local``: one article's speakers, what the parse workers compute without the database;
- ``decisions``: who a surname alone or a misspelt full name is across articles (pure);
- ``curation``: what a recorded merge, split or rename does to a decision and to a name (pure);
- ``tables``: identity's tables, as the writer reads and writes them;
- ``writer``: the writer's pass (``reconcile``), the speakers' summaries, ``rebuild`` and ``backfill``;
- ``curation_commands``: record a merge, split or rename and apply it.

Names with a leading underscore are the package's own, shared between its modules. The parse
workers import this package for ``local``: the writer's names are imported on first use, so
that the workers load neither the writer's modules nor sqlite-utils.
"""

from __future__ import annotations

from importlib import import_module

from .local import CIVIL, NONE, ROLE, Local, article_speakers, classify, evidence, role_of
from .names import norm_name, own_key, surname

# The writer's side: the names other modules use, by module, each imported on first use.
_WRITER_SIDE = {
    "decisions": ("Candidate", "Context", "attach", "decide"),
    "curation": ("Curation", "curate"),
    "tables": ("ROLE_SPELLINGS", "ripple_surnames"),
    "writer": ("backfill", "backfill_genders", "rebuild", "reconcile", "refresh_stale"),
    "curation_commands": ("NotFound", "merge", "rename", "set_gender", "split"),
}
_MODULE_OF = {name: module for module, names in _WRITER_SIDE.items() for name in names}
__all__ = [
    "CIVIL", "NONE", "ROLE", "Local", "article_speakers", "classify", "evidence", "role_of", "norm_name", "own_key",
    "surname", *_MODULE_OF,
]


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value  # found without this function from now on
    return value

"""Who a speaker one article names is across articles: the writer's decisions, pure.

A surname alone joins the one full-name person it stands for (``attach``); a full name may be
another spelling of a known one (``variant_of``); ``decide`` gives a local's key before curation.
Their candidates and the tie-breakers' context are read from the database by ``tables``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import keys
from ..names import first_name_gender
from .local import CIVIL, NONE, Local, _role_head
from .names import _core, norm_name, tokens
from .vocabulary import every_language


# A surname alone joins the one person of that name without more evidence only if that person is
# quoted in at least this many articles; a less known one needs its first name, one of its roles or
# a name quoted with it in the article ("M. Hanachi" in Tehran is not the Hussein Hanachi of Aden).
WELL_KNOWN = 3
# A partial name and its candidate must have been quoted within this many months of each other.
DATE_MARGIN_MONTHS = 24


@dataclass
class Candidate:
    """A full-name person a surname alone may stand for."""

    key: str
    name: str
    first_date: str | None = None
    last_date: str | None = None
    articles: int = 0
    days: int | None = None  # days it is quoted on: the same story published twice counts once

    @property
    def known(self) -> int:
        return self.articles if self.days is None else self.days

    @property
    def words(self) -> list[str]:
        return tokens(self.name)

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def plausible(self) -> bool:
        """Shaped like a person's name: not "Eloi Marijon du Centre de Recherche de Paris"."""
        words = self.name.split()
        return len(words) <= 5 and len(_core(words)) <= 4

    @property
    def gender(self) -> str | None:
        return first_name_gender(self.first_name)


@lru_cache(maxsize=4096)  # a batch's dates and its candidates' repeat
def _months(date: str | None) -> int | None:
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date or "")
    return int(m[1]) * 12 + int(m[2] or 6) - 1 if m else None


def _in_time(date: str | None, candidate: Candidate) -> bool:
    when, first, last = _months(date), _months(candidate.first_date), _months(candidate.last_date)
    if when is None or first is None or last is None:
        return True
    return first - DATE_MARGIN_MONTHS <= when <= last + DATE_MARGIN_MONTHS


@dataclass
class Context:
    """What the tie-breakers may look at; each a callable so that the database is read lazily."""

    text: Callable[[str], str] = lambda article_id: ""  # an article's text
    roles: Callable[[str], set[str]] = lambda local_id: set()  # roles of a local, folded
    key_roles: Callable[[str], set[str]] = lambda key: set()  # roles of a candidate, folded
    neighbours: Callable[[str], set[str]] = lambda article_id: set()  # full names quoted in an article
    key_neighbours: Callable[[str], set[str]] = lambda key: set()  # full names quoted with a candidate


def _heads(roles: Iterable[str]) -> set[str]:
    vocab = every_language()  # roles compared across articles, whatever their language
    return {h for r in roles if (h := _role_head(r.replace("'", "' ").split(), vocab, at_start=True))}


def attach(local: Local, candidates: Sequence[Candidate], context: Context | None = None) -> tuple[str | None, str]:
    """The key of the one full-name person a surname alone stands for, or None; and the rule.

    The candidates are the full-name people whose name ends with the surname. Those of the other
    gender, or quoted only more than DATE_MARGIN_MONTHS away, are out. The one candidate left is
    taken if it is quoted in WELL_KNOWN articles or more, else only with the evidence below. A word that is also a first
    name or a place ("Philippe", "Paris", "France") needs a civil title ("M. Philippe") to be taken
    for a surname; without any title, only a candidate with a known first name will do. Among
    several candidates, the first one whose first name the article writes, or whose roles it
    writes, or the only one quoted with other people of the article, is taken; else none.
    """
    context = context or Context()
    tail = tokens(local.name)
    pool = [c for c in candidates if c.plausible and len(c.words) > len(tail) and c.words[-len(tail):] == tail]
    if not pool:
        return None, "unknown surname"
    if local.titled < CIVIL and first_name_gender(local.name.split()[-1]) is not None:
        return None, "first name without civil title"  # "Paris", "France", "Philippe" with only "il"
    if local.titled == NONE:
        pool = [c for c in pool if c.gender]  # not "Ville de Paris"
    pool = [c for c in pool if not (local.gender and c.gender in ("m", "f") and c.gender != local.gender)]
    pool = [c for c in pool if _in_time(local.date, c)]
    pool = [c for c in pool if not any(o is not c and len(o.words) < len(c.words) and c.words[-len(o.words):] == o.words
                                       for o in pool)]  # "France Inter Sibeth Ndiaye" is "Sibeth Ndiaye"
    roles = _heads(context.roles(local.id))
    if roles:  # "le roi Salmane" is not the crown prince Mohammed ben Salmane
        pool = [c for c in pool if not (heads := _heads(context.key_roles(c.key))) or roles & heads]
    if len(pool) == 1 and pool[0].known >= WELL_KNOWN:
        return pool[0].key, "surname"
    if not pool:
        return None, "no candidate then"
    text = context.text(local.article_id) or ""
    # the first name alone, not as the start of somebody else's name ("Mohammed Saeed Alshamrani")
    named = [c for c in pool if re.search(
        r"(?<![\w-])" + re.escape(c.first_name) + r"(?![\w-])(?![ \u00a0]+[A-ZÀ-ÖØ-Þ])", text)]
    if len(named) == 1:
        return named[0].key, "surname, first name in the article"
    folded_text = keys.fold(text)  # not cached: an article's text is long and seldom folded again
    written = [c for c in pool if any(len(r.split()) >= 2 and r in folded_text for r in context.key_roles(c.key))]
    if len(written) == 1:
        return written[0].key, "surname, role in the article"
    if roles:
        sharing = [c for c in pool if roles & _heads(context.key_roles(c.key))]
        if len(sharing) == 1:
            return sharing[0].key, "surname, role"
    neighbours = context.neighbours(local.article_id) - {c.key for c in pool}
    if neighbours:
        overlap = {c.key: len(neighbours & context.key_neighbours(c.key)) for c in pool}
        best = max(overlap.values())
        second = sorted(overlap.values())[-2] if len(pool) > 1 else 0
        if best >= (1 if len(pool) == 1 else 2) and second == 0:
            return next(k for k, v in overlap.items() if v == best), "surname, names quoted with it"
    if len(pool) == 1:
        return None, "one little-known candidate"
    return None, "ambiguous surname"


# A misspelt full name joins the spelling that is this many times as frequent, and at least this frequent.
SPELLING_DOMINANCE = 5
SPELLING_MIN_ARTICLES = 5


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (a swap of two letters counts once), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return prev[-1]


@lru_cache(maxsize=8192)  # each candidate's name is compared with every local of its surname
def _core_name(name: str) -> str:
    particles = every_language().particles
    return " ".join(w for w in norm_name(name).split() if w not in particles)


def variant_of(local: Local, candidates: Sequence[Candidate]) -> tuple[str | None, str]:
    """The person a full name is another spelling of: the same name given to an organisation
    ("Sibeth Ndiaye" when the parser did not know the first name), or a misspelling ("Oliver Véran",
    "François Rugy") of a name at least SPELLING_DOMINANCE times as frequent."""
    person_key = f"person:{norm_name(local.name)}"
    if local.kind != "person" and any(c.key == person_key for c in candidates):
        return person_key, "same name as a person"
    own = local.own_key
    mine = _core_name(local.name)
    if not mine or len(mine.split()) < 2:
        return None, ""
    count = sum(c.articles for c in candidates if c.key == own)
    gender = first_name_gender(local.name.split()[0])
    close = []
    for c in candidates:
        if c.key == own or not c.plausible or not _in_time(local.date, c):
            continue
        theirs = _core_name(c.name)
        if theirs.split()[-1:] != mine.split()[-1:] or edit_distance(mine, theirs, 1) > 1:
            continue
        if gender in ("m", "f") and c.gender in ("m", "f") and gender != c.gender:
            continue
        close.append(c)
    if len(close) == 1 and close[0].known >= max(SPELLING_MIN_ARTICLES, SPELLING_DOMINANCE * count):
        return close[0].key, "spelling"
    # a full name glued to words before it: "France Inter Sibeth Ndiaye", "Les Verts Julien Bayou"
    words = local.name.split()
    for cut in range(1, len(words) - 1):
        tail = _core_name(" ".join(words[cut:]))
        if len(tail.split()) < 2:
            break
        for c in candidates:
            if c.key != own and c.plausible and _core_name(c.name) == tail and not first_name_gender(words[cut - 1]) \
                    and c.known >= max(SPELLING_MIN_ARTICLES, SPELLING_DOMINANCE * count):
                return c.key, "name after other words"
    return None, ""


def decide(local: Local, candidates: Sequence[Candidate], context: Context | None = None) -> tuple[str, str]:
    """A local's identity key before curation, and the rule that gave it."""
    if local.form == "surname":
        key, rule = attach(local, candidates, context)
        if key:
            return key, rule
        return local.own_key, rule
    if local.form == "name" and local.surname:
        key, rule = variant_of(local, candidates)
        if key:
            return key, rule
    return local.own_key, "name" if local.form == "name" else "article"

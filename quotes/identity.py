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
applied in order after these rules, at every ingest: see ``curate``.

The functions down to "database" are pure; ``reconcile`` and what follows read and write the
database through sqlite-utils.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache

from sqlite_utils.utils import chunks

from .in_clause import in_chunks
from .keys import digest as _digest
from .keys import fold as _fold_text
from .keys import quote_id, speaker_id
from .names import first_name_gender  # the parser's own guess

# Names, words and roles repeat: fold each once. The repeats come close together: 8,192 entries answer
# 95 % of the calls on the corpus; 131,072 answered 98 % in the same time and, with role_of's 65,536,
# held 45 MB more.
fold = lru_cache(maxsize=8192)(_fold_text)

SPEAKER_KINDS = ("person", "organisation", "group")

# Words that may stand inside a surname: "Marine Le Pen", "Charles de Gaulle", "Ursula von der Leyen".
PARTICLES = frozenset(
    "de du des d' le la les l' van von der den ter ten ben bin ibn al el da di do dos das del della y".split()
)
# Capitalised words that start a sentence rather than a name: "Il", "Selon", "A".
FUNCTION_WORDS = frozenset(
    "il elle ils elles on lui eux je nous vous tu ce cela ca ceci c' si a en au aux et ou mais "
    "pour par sur sous selon dans avec sans chez apres avant pendant depuis meme tout tous toute "
    "toutes interroge interrogee contacte contactee alors ainsi enfin puis donc or ni car quand "
    "lorsque comme une un des ces cet cette son sa ses leur leurs mon ma mes notre nos votre vos "
    "qui que quoi dont ou face lors entre vers hors".split()
)
# A single capital letter or a dotted initial inside a name is left out of its key: "Donald J. Trump".
_INITIAL = re.compile(r"^\w\.?$")
_GLUED = re.compile(r"[a-zà-ÿ]{2}\.[A-ZÀ-Ý]")  # "Ciotti.Le PNF": two sentences run together
_KEY = re.compile(r"^(?:(?P<article>[^:]*?)/)?(?P<kind>person|organisation|group|):(?P<name>.*)$", re.S)
# A surname alone joins the one person of that name without more evidence only if that person is
# quoted in at least this many articles; a less known one needs its first name, one of its roles or
# a name quoted with it in the article ("M. Hanachi" in Tehran is not the Hussein Hanachi of Aden).
WELL_KNOWN = 3
# A partial name and its candidate must have been quoted within this many months of each other.
DATE_MARGIN_MONTHS = 24
MAX_ROLE_WORDS = 10
DANGLING = frozenset("de du des d' a à au aux la le les l' et ou en est s'est qui que dont par pour sur".split())


def _lang():
    from .lang import language

    return language("fr")


@lru_cache(maxsize=1)
def _civil_titles() -> dict[str, str | None]:
    return {fold(k): v for k, v in _lang().CIVIL_TITLES.items()}


@lru_cache(maxsize=1)
def _determiners() -> dict[str, tuple]:
    return {fold(k): v for k, v in _lang().DETERMINERS.items()}


@lru_cache(maxsize=1)
def _organisation_nouns() -> frozenset[str]:
    """Common nouns naming a kind of body ("Conseil", "Commission"): alone, they name no one body."""
    proper = {"bercy", "elysee", "kremlin", "matignon", "pentagone", "insee", "inserm", "medef", "reuters", "senat"}
    return frozenset(f for w in _lang().ORGANISATION_NOUNS if " " not in w and len(f := fold(w)) > 4) - proper


_DEMONYM = re.compile(r"(?:ain|aine|ais|aise|ien|ienne|ois|oise|ais|ard|arde)s?$")


@lru_cache(maxsize=1)
def _role_nouns() -> dict[str, str | None]:
    nouns = {fold(k): v for k, v in _lang().ROLE_NOUNS.items()}
    for word in _lang().FORMER_WORDS:
        nouns.setdefault(fold(word), None)
    return nouns


# --- names ----------------------------------------------------------------------------------


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
    """The words of a name that are not particles."""
    return [w for w in words if fold(w) not in PARTICLES]


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Words after which a capitalised word is a place or a complement, not somebody acting: "à Lyon",
# "gare de Lyon", "en France".
PLACE_WORDS = frozenset("a à de d' du des en au aux vers dans sur depuis par pour pres près entre chez et ou".split())


def _capitalised_inside_sentence(word: str, text: str) -> bool:
    """The word appears capitalised somewhere not at the start of a sentence, and not only as a place
    or a complement ("à Lyon", "gare de Lyon"): a proper noun that can act or speak."""
    for m in _standalone(word).finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        stripped = before.rstrip()
        if not stripped or stripped[-1] in ".!?:;\"«»\n(-–—":
            continue
        previous = fold(re.split(r"[\s]+", stripped)[-1])
        if previous in PLACE_WORDS:
            continue
        return True
    return False


NONE, ROLE, CIVIL = 0, 1, 2  # how a speaker is titled: not, by a role ("le ministre"), by a civil title ("M.")
COMPLEMENT_WORDS = frozenset("de du des d' a au aux en".split())


@dataclass
class Evidence:
    """What an article's words tell about a speaker besides its name."""

    titled: int = NONE  # CIVIL: "M. X", "Mme X", "Me X" is written; ROLE: a role ("le ministre") is
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    truncated: bool = False  # a one-word name is the end of a longer one: "la mairie de Paris", "France 3"


def strip_title(name: str) -> tuple[str, str | None, bool]:
    """A name without the civil title it starts with ("M. Le Maire" → "Le Maire"), the title's gender,
    and whether there was one."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in _civil_titles():
        return " ".join(words[1:]), _civil_titles()[fold(words[0])], True
    return name, None, False


def evidence(name: str, mentions: Iterable[str | None] = (), aliases: Iterable[str | None] = (),
             roles: Iterable[str | None] = (), text: str | None = None) -> Evidence:
    """Civil titles, gender, roles and truncation that the mentions, aliases and roles of a speaker
    show; for a one-word name, also a civil title or a first name written before it in the article's
    text ("le Dr Pelloux", "Alain Juppé")."""
    found = Evidence()
    genders = set()
    texts = [t.strip() for t in (*mentions, *aliases) if t and t.strip()]
    last = name.split()[-1] if name.split() else ""
    for said in [*texts, name]:
        words = fold(said).split()
        if words[0] in _civil_titles() and fold(last) in words[1:]:
            found.titled = CIVIL
            if _civil_titles()[words[0]]:
                genders.add(_civil_titles()[words[0]])
    for said in [*texts, name, *(r for r in roles if r)]:
        role = role_of(said, name)
        if role and role not in found.roles:
            found.roles.append(role)
            found.titled = max(found.titled, ROLE)
            gender = description_gender(said)
            if gender:
                genders.add(gender)
    if len(name.split()) == 1:
        found.truncated = any(_truncates(name, t) for t in texts)
        if found.titled < CIVIL and text and not found.truncated:
            gender = _titled_in_text(name, text)
            if gender is not None:
                found.titled = CIVIL
                if gender in ("m", "f"):
                    genders.add(gender)
    if len(genders) == 1:
        found.gender = genders.pop()
    return found


@lru_cache(maxsize=4096)
def _standalone(word: str) -> re.Pattern:
    """The word, not inside another word nor an elided or hyphenated one."""
    return re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")


@lru_cache(maxsize=4096)
def _after_space(word: str) -> re.Pattern:
    """The word after a space, not followed by a letter or hyphen."""
    return re.compile(r"(?<=[ \u00a0])" + re.escape(word) + r"(?![\w-])")


def _words_before(word: str, text: str) -> Iterator[str]:
    """The run of non-spaces before each occurrence of word after spaces: what ``(\\S+)[ \\u00a0]+word``
    would capture, found by looking for the word (a scan for the pattern would try every position)."""
    done = 0  # where the last occurrence taken ends: the next run starts there at the earliest
    for m in _after_space(word).finditer(text):
        end = m.start()
        while end > done and text[end - 1] in " \u00a0":
            end -= 1
        start = end
        while start > done and not text[start - 1].isspace():
            start -= 1
        if start < end:
            done = m.end()
            yield text[start:end]


def _titled_in_text(word: str, text: str) -> str | None:
    """'m', 'f' or '' when the text writes word after a civil title ("M. Macron") or after a first
    name ("Alain Juppé"), None when it does not."""
    found = None
    for before in _words_before(word, text):
        before = before.strip("(«\"")
        if before[:2].lower() in ("d'", "l'", "d’", "l’"):
            before = before[2:]
        if fold(before) in _civil_titles():
            gender = _civil_titles()[fold(before)] or ""
            if gender:
                return gender
            found = ""
        elif (before[:1].isupper() and fold(before) not in PARTICLES and fold(before) not in _determiners()
              and fold(before) not in FUNCTION_WORDS and first_name_gender(before) in ("m", "f") and found is None):
            found = ""
    return found


def _truncates(word: str, text: str) -> bool:
    """The text uses word as the end of a longer name or as a complement: "le ministère de la Santé",
    "la mairie de Paris", "France 3", "Santé publique France"."""
    words = text.replace("’", "'").split()
    for i, w in enumerate(words):
        elided = w[:2].lower() if w[:2].lower() in ("l'", "d'") else None
        core = w[2:] if elided else w
        bare = core.strip(",.;:!?()\"«»")
        if bare != word:
            continue
        before = [fold(x) for x in words[max(0, i - 2) : i]]
        if elided == "d'" or (before and before[-1] in COMPLEMENT_WORDS):
            return True
        if (elided == "l'" and before[-1:] == ["de"]) or (before[-1:] in (["la"], ["le"]) and before[:1] == ["de"]):
            return True
        following = words[i + 1] if i + 1 < len(words) else ""
        if following and core == bare and (following[0].isupper() or following[0].isdigit()):
            return True
        after = words[i + 2] if i + 2 < len(words) else ""
        if (fold(following) in PARTICLES or fold(following) in ("of", "della", "do")) and after[:1].isupper():
            return True  # "Times of Malta", "Olivier de Sardan"
        if following[:2].lower() in ("d'", "d’") and following[2:3].isupper():
            return True  # "Me Olivier d'Antin"
        if i > 0 and words[i - 1][:1].isupper() and fold(words[i - 1]) not in _civil_titles() \
                and fold(words[i - 1]) not in PARTICLES and not first_name_gender(words[i - 1]):
            return True  # "Radio France"
    return False


def description_gender(text: str) -> str | None:
    """'m' or 'f' as a description's determiner or role noun tells ("la ministre" → f)."""
    words = fold(text).replace("'", "' ").split()
    if not words:
        return None
    noun = _role_head(words)
    gender = _role_nouns().get(noun) if noun else None
    if gender:
        return gender
    det = _determiners().get(words[0])
    return det[0] if det and det[0] in ("m", "f") and words[0] not in ("l'",) else None


# Words that may come before a role noun in a title: "ancien ministre", "haut commissaire".
ROLE_MODIFIERS = frozenset(
    "ancien ancienne ex nouveau nouvel nouvelle futur future premier premiere haut haute vice grand grande "
    "actuel actuelle jeune celebre influent influente puissant puissante eminent eminente".split()
)
# Words that show a description is a piece of a sentence rather than a title.
SENTENCE_WORDS = frozenset(
    "a ai as ont est sont etait avait avaient sera serait ne n' s'est se qui que lorsque quand dont "
    "mais car selon pour avoir etre".split()
)


def _role_head(words: Sequence[str], at_start: bool = False) -> str | None:
    """The role noun among the first words (the very first, or after a modifier, if at_start)."""
    nouns = _role_nouns()
    first = 1 + (len(words) > 1 and words[0] in ROLE_MODIFIERS) if at_start else min(len(words), 4)
    for i in range(first):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n]).replace("' ", "'")
            if phrase in nouns:
                return phrase
            if n == 1 and phrase.startswith("ex-") and phrase[3:] in nouns:
                return phrase[3:]
    return None


@lru_cache(maxsize=4096)  # 60 % of the calls on the corpus; 65,536 entries saved no time (see fold)
def role_of(text: str | None, name: str | None = None) -> str | None:
    """The role a description gives, without its determiner and the speaker's name.

    "le président Emmanuel Macron" → "président"; "Le ministre de la Santé" → "ministre de la
    Santé"; None when the text is no role ("M. Macron", "le procureur de", "il").
    """
    if not text:
        return None
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-–—()")
    if name:
        for tail in (name, name.split()[-1] if name.split() else ""):
            if tail and fold(text).endswith(" " + fold(tail)):
                text = text[: len(text) - len(tail)].rstrip(" ,")
                break
    words = text.split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    first = fold(words[0])
    if first in _determiners():
        words = words[1:]
    elif first.startswith("l'") and len(first) > 2:
        words = [words[0][2:], *words[1:]]
    elif words[0][:1].isupper():
        return None  # a name, not a role
    if not words or fold(words[-1]) in DANGLING or fold(words[-1]).endswith("'"):
        return None
    folded = fold(" ".join(words)).replace("'", "' ").split()
    if SENTENCE_WORDS.intersection(folded) or _role_head(folded, at_start=True) is None:
        return None
    return " ".join(words)


@dataclass
class Local:
    """A speaker as one article names them: the unit identities are made of."""

    id: str
    article_id: str
    name: str
    kind: str | None
    folded: str
    form: str  # name / surname / description
    surname: str | None = None
    gender: str | None = None
    titled: int = NONE
    date: str | None = None
    auto_key: str | None = None
    speaker_id: str | None = None
    rule: str | None = None

    @property
    def own_key(self) -> str:
        return own_key(self.name, self.kind, self.form, self.article_id)


def classify(name: str, kind: str | None, text: str | None = None, ev: Evidence | None = None) -> tuple[str, str | None]:
    """(form, kind) of a speaker's name: 'name' (full name, or an organisation's proper name),
    'surname' (a person named by one word) or 'description' (per article).

    ``text`` is the article's, to tell a proper noun from a word capitalised at a sentence's start;
    ``ev`` is what the article's words tell: a civil title or a role makes a one-word organisation
    a person; a one-word name that ends a longer one ("de Paris", "France 3") is a description.
    """
    name = " ".join(name.split())
    ev = ev or Evidence()
    titled = ev.titled
    if kind == "group" or not name or not name[0].isupper() or _GLUED.search(name):
        return "description", kind
    words = name.split()
    first = fold(words[0])
    if first.startswith("l'") or first.startswith("d'"):
        rest = words[0][2:]
        if not rest[:1].isupper():
            return "description", kind  # "L'association", "L'avocat"
    if first in FUNCTION_WORDS or (first in _determiners() and first not in ("le", "la", "les")):
        return "description", kind  # "Un", "Son ministre", "Sous", "Il"
    if first in ("le", "la", "les") and len(words) > 1 and not words[1][:1].isupper():
        return "description", kind  # "Le ministère" at the start of a sentence
    core = _core(words)
    if not core or (len(words) == 1 and ev.truncated):
        return "description", kind
    if kind == "person" or (kind == "organisation" and titled and len(core) == 1 and not _is_acronym(core[0])):
        if any(not w[:1].isupper() for w in core) or all(len(w.strip(".")) <= 1 for w in core):
            return "description", kind
        if len(core) == 1:
            if _is_acronym(core[0]) or fold(core[0]) in _role_nouns():
                return "description", kind  # "LREM", "Ministre" at a sentence's start
            return "surname", "person"
        return "name", "person"
    # an organisation (or no kind): a proper name is one body across articles
    if len(core) == 1 and not _is_acronym(core[0]):
        word = fold(core[0])
        if len(word) <= 1 or word in _role_nouns() or word in _organisation_nouns() or _DEMONYM.search(word):
            return "description", kind  # "Conseil", "Cour" (of what?), "Youtubeuse", "Toulousain"
        if first_name_gender(core[0]):
            return "description", kind  # "Jacqueline": a first name, whose?
        if text is not None and not _capitalised_inside_sentence(core[0], text):
            return "description", kind  # "Interrogé", "Même": capitalised at a sentence's start only
    return "name", kind


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


# --- one article's speakers -----------------------------------------------------------------


@dataclass
class ArticleSpeakers:
    """What an article's quotes tell about its speakers, as rows for the database."""

    locals: dict[str, dict] = field(default_factory=dict)  # article_speakers rows by id
    of_quote: list[str | None] = field(default_factory=list)  # each quote's local id
    aliases: dict[str, dict] = field(default_factory=dict)
    roles: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, dict] = field(default_factory=dict)  # provisional speakers rows


def article_speakers(article, quotes: Sequence) -> ArticleSpeakers:
    """The article_speakers, aliases, speaker_roles and provisional speakers rows of an article's quotes."""
    out = ArticleSpeakers()
    groups: dict[str, list[int]] = defaultdict(list)
    names: dict[str, tuple[str, str | None]] = {}
    for n, quote in enumerate(quotes):
        name = " ".join((quote.speaker or "").split())
        if not name:
            out.of_quote.append(None)
            continue
        kind = quote.speaker_kind if quote.speaker_kind in SPEAKER_KINDS else None
        lid = local_id(article.id, kind, name)
        names.setdefault(lid, (name, kind))
        groups[lid].append(n)
        out.of_quote.append(lid)
    for lid, indexes in groups.items():
        quoted_name, kind = names[lid]
        qs = [quotes[i] for i in indexes]
        aliases = list(dict.fromkeys(a.strip() for q in qs for a in (q.aliases or ()) if a and a.strip()))
        row = {"id": lid, "article_id": article.id, **local_fields(
            quoted_name, kind, article.id, article.date, article.text, [q.mention for q in qs], aliases,
            [q.role for q in qs])}
        name = row["name"]
        out.locals[lid] = row
        out.speakers.setdefault(row["speaker_id"], speaker_row(row["auto_key"], name))
        for alias in aliases:
            folded = fold(alias)
            if folded and folded != row["folded"]:
                aid = _digest(lid, folded)
                out.aliases.setdefault(aid, {
                    "id": aid, "speaker_id": row["speaker_id"], "alias": alias, "folded": folded,
                    "article_id": article.id, "article_speaker_id": lid,
                })
        first_quote = quote_id(article.id, qs[0].start, qs[0].end, qs[0].kind)
        sources = [(q.role, quote_id(article.id, q.start, q.end, q.kind), name) for q in qs]
        sources += [(a, first_quote, name) for a in aliases]
        if row["form"] == "description":
            sources.append((name, first_quote, None))  # "le président américain" is its own role
        for text, qid, whose in sources:
            role = role_of(text, whose)
            if role:
                rid = _digest("role", lid, fold(role))
                out.roles.setdefault(rid, {
                    "id": rid, "speaker_id": row["speaker_id"], "article_speaker_id": lid,
                    "article_id": article.id, "quote_id": qid, "role": role, "folded": fold(role),
                    "date": article.date,
                })
    return out


def local_fields(name: str, kind: str | None, article_id: str, date: str | None, text: str | None,
                 mentions: Sequence[str | None], aliases: Sequence[str], roles: Sequence[str | None]) -> dict:
    """What identity makes of a speaker as one article names it: the article_speakers columns."""
    bare, title_gender, titled = strip_title(name)
    if titled:
        mentions = [*mentions, name]
    ev = evidence(bare, mentions, aliases, roles, text)
    form, identity_kind = classify(bare, kind, text, ev)
    named = form != "description" and (identity_kind == "person" or len(_core(norm_name(bare).split())) >= 2)
    auto_key = own_key(bare, identity_kind, form, article_id)
    return {
        "speaker_id": speaker_id(auto_key),
        "name": bare,
        "kind": identity_kind,
        "folded": fold(bare),
        "form": form,
        "surname": surname(bare) if named else None,
        "gender": ev.gender or title_gender,
        "titled": int(ev.titled),
        "date": date,
        "auto_key": auto_key,
        "rule": "name" if form == "name" else "article",
    }


def speaker_row(key: str, name: str) -> dict:
    """The speakers row of an identity key, named name."""
    article_id, kind, _ = key_parts(key)
    return {
        "id": speaker_id(key),
        "name": name,
        "kind": kind,
        "key": key,
        "folded": fold(name),
        "article_id": article_id,
    }


# --- deciding who a surname is --------------------------------------------------------------


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
    return {h for r in roles if (h := _role_head(r.replace("'", "' ").split(), at_start=True))}


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
    folded_text = _fold_text(text)  # not cached: an article's text is long and seldom folded again
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
    return " ".join(w for w in norm_name(name).split() if w not in PARTICLES)


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


# --- curation -------------------------------------------------------------------------------

ACTIONS = ("merge", "split", "rename")


@dataclass
class Curation:
    """One recorded correction. args by action:

    - merge: {"into": key, "from": [key, ...]}: the speakers "from" become "into";
    - split: {"speaker": key, "names": [folded, ...], "articles": [id, ...]}: the locals of that
      speaker named so, or in those articles (every local not named like the speaker when both
      lists are empty), go back to their own identity (their name's, or their article's);
    - rename: {"speaker": key, "name": new name}.
    """

    id: int
    action: str
    args: dict

    def keys(self) -> set[str]:
        a = self.args
        if self.action == "merge":
            return {a["into"], *a["from"]}
        return {a["speaker"]}


def curate(local: Local, key: str, rule: str, curations: Sequence[Curation]) -> tuple[str, str]:
    """Apply the curations in order to a local whose automatic key is key."""
    for c in curations:
        a = c.args
        if c.action == "merge" and key in a["from"] and key != a["into"]:
            key, rule = a["into"], f"merge #{c.id}"
        elif c.action == "split" and key == a["speaker"]:
            names, articles = set(a.get("names") or ()), set(a.get("articles") or ())
            if names or articles:
                hit = (not names or local.folded in names or norm_name(local.name) in names) and (
                    not articles or local.article_id in articles
                )
            else:
                hit = local.own_key != key
            if hit:
                own = local.own_key
                key = own if own != key else article_key(local.article_id, local.kind, local.name)
                rule = f"split #{c.id}"
    return key, rule


def renames(curations: Sequence[Curation]) -> dict[str, str]:
    """The name curation gives each renamed key (the last rename wins)."""
    names = {}
    for c in curations:
        if c.action == "rename":
            names[c.args["speaker"]] = c.args["name"]
        elif c.action == "merge" and c.args["into"] not in names:
            for source in c.args["from"]:
                names.pop(source, None)
    return names


def best_name(names: Counter, forms: dict[str, str] | None = None) -> str:
    """The name a speaker is shown under: the full name most articles use, the longest on a tie."""
    forms = forms or {}

    def rank(name):
        return (forms.get(name) == "name", names[name], len(name), sum(ord(c) > 127 for c in name), name)

    return max(names, key=rank)


# --- database -------------------------------------------------------------------------------


_LOCAL_COLUMNS = "id, article_id, name, kind, folded, form, surname, gender, titled, date, auto_key, speaker_id, rule"


def _local(row) -> Local:
    (id_, article_id, name, kind, folded, form, sname, gender, titled, date, auto_key, sid, rule) = row
    return Local(id_, article_id, name, kind, folded, form, sname, gender, titled or NONE, date, auto_key, sid, rule)


def _select_locals(db, where: str, values: Sequence) -> list[Local]:
    found = []
    for chunk, marks in in_chunks(values):
        sql = f"SELECT {_LOCAL_COLUMNS} FROM article_speakers WHERE {where.format(marks=marks)}"
        found.extend(_local(r) for r in db.execute(sql, chunk))
    return found


def load_curations(db) -> list[Curation]:
    if not db["curations"].exists():
        return []
    return [
        Curation(r[0], r[1], json.loads(r[2]))
        for r in db.execute("SELECT id, action, args FROM curations ORDER BY id")
    ]


def candidates(db, surnames: Iterable[str], curations: Sequence[Curation] = ()) -> dict[str, list[Candidate]]:
    """The full-name people of each surname, one per identity (merged keys counted once)."""
    merged = {}
    for c in curations:
        if c.action == "merge":
            for source in c.args["from"]:
                merged[source] = c.args["into"]
    seen: dict[str, dict[str, dict]] = defaultdict(dict)  # surname → identity → what we know
    for chunk, marks in in_chunks(sorted(set(surnames))):
        for sname, key, name, first, last, n, days in db.execute(
            f"""SELECT surname, auto_key, name, min(date), max(date), count(*), count(DISTINCT date) FROM article_speakers
                WHERE form = 'name' AND kind = 'person' AND surname IN ({marks})
                GROUP BY surname, auto_key, name""",
            chunk,
        ):
            identity = key
            for _ in range(len(merged) + 1):
                if identity not in merged:
                    break
                identity = merged[identity]
            info = seen[sname].setdefault(identity, {"keys": Counter(), "names": Counter(), "dates": [], "days": 0})
            info["keys"][key] += n
            info["days"] += days
            info["names"][name] += n
            info["dates"] += [d for d in (first, last) if d]
    found = {}
    for sname, identities in seen.items():
        found[sname] = [
            Candidate(
                info["keys"].most_common(1)[0][0],
                best_name(info["names"]),
                min(info["dates"], default=None),
                max(info["dates"], default=None),
                sum(info["keys"].values()),
                info["days"],
            )
            for info in identities.values()
        ]
    return found


def db_context(db) -> Context:
    """Tie-breakers reading the database, each answer kept for the rest of the run."""

    @lru_cache(maxsize=64)  # texts are long; the locals of an article are decided one after another
    def text(article_id):
        row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else ""

    @lru_cache(maxsize=4096)
    def roles(local):
        return {r for (r,) in db.execute("SELECT folded FROM speaker_roles WHERE article_speaker_id = ?", [local])}

    @lru_cache(maxsize=4096)
    def key_roles(key):
        return {r for (r,) in db.execute(
            """SELECT DISTINCT r.folded FROM speaker_roles r JOIN article_speakers l ON l.id = r.article_speaker_id
               WHERE l.auto_key = ?""", [key])}

    @lru_cache(maxsize=4096)
    def neighbours(article_id):
        return {k for (k,) in db.execute(
            "SELECT auto_key FROM article_speakers WHERE article_id = ? AND form = 'name' AND kind = 'person'",
            [article_id])}

    @lru_cache(maxsize=1024)
    def key_neighbours(key):
        return {k for (k,) in db.execute(
            """SELECT DISTINCT b.auto_key FROM article_speakers a
               JOIN article_speakers b ON b.article_id = a.article_id
               WHERE a.auto_key = ? AND b.form = 'name' AND b.kind = 'person' AND b.auto_key != ?""",
            [key, key])}

    return Context(text, roles, key_roles, neighbours, key_neighbours)


def ripple_surnames(db, rows: Iterable[dict]) -> set[str]:
    """The surnames whose candidates new full-name rows change: a new person, or one quoted
    earlier or later than before. Call before storing the rows."""
    rows = [r for r in rows if r["form"] == "name" and r["kind"] == "person" and r["surname"]]
    by_key = defaultdict(list)
    for r in rows:
        by_key[r["auto_key"]].append(r)
    known = {}
    for chunk, marks in in_chunks(by_key):
        for key, first, last in db.execute(
            f"SELECT auto_key, min(date), max(date) FROM article_speakers WHERE auto_key IN ({marks}) GROUP BY auto_key",
            chunk,
        ):
            known[key] = (first, last)
    found = set()
    for key, group in by_key.items():
        if key not in known:
            found.update(r["surname"] for r in group)
            continue
        first, last = known[key]
        dates = [r["date"] for r in group if r["date"]]
        if dates and ((first and min(dates) < first) or (last and max(dates) > last)):
            found.update(r["surname"] for r in group)
    return found


def reconcile(
    db,
    article_ids: Iterable[str] = (),
    *,
    surnames: Iterable[str] = (),
    speaker_ids: Iterable[str] = (),
    everything: bool = False,
    refresh: bool = True,
) -> set[str]:
    """Decide again who the speakers of some articles are, and those their change affects.

    Scope: the locals of ``article_ids`` and of ``speaker_ids``, and every surname alone among
    ``surnames`` (pass the surnames whose candidates changed: see ``ripple_surnames``); or every
    local with ``everything``. Writes the new speaker of each local to article_speakers, quotes,
    aliases and speaker_roles, creates and names the speakers, refreshes their summaries and drops
    the speakers left with nothing. Returns the ids of the speakers touched.

    With ``refresh`` False, the speakers touched are only marked stale, for ``refresh_stale``: a
    bulk ingest names and counts its speakers every few thousand articles, not at every batch (a
    much-quoted speaker's summary reads all their rows).
    """
    curations = load_curations(db)
    speaker_ids = set(speaker_ids)
    if everything:
        scope = [_local(r) for r in db.execute(f"SELECT {_LOCAL_COLUMNS} FROM article_speakers")]
    else:
        scope = _select_locals(db, "article_id IN ({marks})", sorted(set(article_ids)))
        scope += _select_locals(db, "speaker_id IN ({marks})", sorted(set(speaker_ids)))
        surnames = set(surnames)
        if surnames:
            scope += _select_locals(db, "surname IN ({marks})", sorted(surnames))
        scope = list({local.id: local for local in scope}.values())
    wanted = {local.surname for local in scope if local.surname}
    cands = candidates(db, wanted, curations)
    context = db_context(db)
    touched = set(speaker_ids) | {local.speaker_id for local in scope if local.speaker_id}
    changed = []
    new_speakers = {}
    for local in scope:
        key, rule = decide(local, cands.get(local.surname or "", ()), context)
        auto = key
        key, rule = curate(local, key, rule, curations)
        sid = speaker_id(key)
        if (auto, sid, rule) != (local.auto_key, local.speaker_id, local.rule):
            changed.append((auto, sid, rule, local.id, local.speaker_id))
            new_speakers.setdefault(sid, speaker_row(key, local.name))
        touched.add(sid)
    if new_speakers:
        db["speakers"].insert_all(new_speakers.values(), pk="id", ignore=True)
    if changed:
        db.conn.executemany(
            "UPDATE article_speakers SET auto_key = ?, speaker_id = ?, rule = ? WHERE id = ?",
            [c[:4] for c in changed],
        )
        moved = [(sid, lid) for _, sid, _, lid, old in changed if sid != old]
        for table in ("quotes", "aliases", "speaker_roles"):
            db.conn.executemany(f"UPDATE {table} SET speaker_id = ? WHERE article_speaker_id = ?", moved)
    if refresh:
        refresh_speakers(db, touched, curations)
    else:
        db.conn.executemany("INSERT OR IGNORE INTO stale_speakers (id) VALUES (?)", [(sid,) for sid in touched if sid])
    return touched


# The spellings of the roles of some speakers, grouped by `key` (folded role, with or without the
# speaker), each group's most written last (ties: the greatest, "président" after a sentence's
# "Président"): a dict made of the rows keeps one spelling a group, the same whatever SQLite reads first.
ROLE_SPELLINGS = """SELECT {key}, role FROM speaker_roles WHERE speaker_id IN ({marks})
    GROUP BY {key}, role ORDER BY count(*), role"""


def refresh_stale(db) -> int:
    """Refresh the summaries of the speakers that ``reconcile`` marked stale; returns how many."""
    ids = [sid for (sid,) in db.execute("SELECT id FROM stale_speakers")]
    curations = load_curations(db)
    for chunk in chunks(ids, 2000):  # what a summary gathers is held for a chunk at a time
        refresh_speakers(db, chunk, curations)
    db.execute("DELETE FROM stale_speakers")
    return len(ids)


def refresh_speakers(db, ids: Iterable[str], curations: Sequence[Curation] | None = None) -> None:
    """Name the given speakers, count their quotes, list their other names and roles; drop the
    ones no article names any more."""
    ids = sorted(set(filter(None, ids)))
    if not ids:
        return
    curations = load_curations(db) if curations is None else curations
    renamed = renames(curations)
    names: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, dict] = defaultdict(dict)
    articles = Counter()
    others: dict[str, Counter] = defaultdict(Counter)
    spelled: dict[str, dict] = defaultdict(dict)
    stats, roles, current = {}, defaultdict(list), {}
    for chunk, marks in in_chunks(ids):
        for sid, name, form, n in db.execute(
            f"""SELECT speaker_id, name, form, count(*) FROM article_speakers
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id, name, form""", chunk):
            names[sid][name] += n
            forms[sid][name] = "name" if form == "name" or forms[sid].get(name) == "name" else form
            if form != "description":
                others[sid][fold(name)] += n
                spelled[sid].setdefault(fold(name), name)
        articles.update(dict(db.execute(
            f"""SELECT speaker_id, count(DISTINCT article_id) FROM article_speakers
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id""", chunk).fetchall()))
        for sid, alias, n in db.execute(
            f"""SELECT speaker_id, alias, count(*) FROM aliases WHERE speaker_id IN ({marks})
                GROUP BY speaker_id, alias""", chunk):
            if _name_like(alias):
                others[sid][fold(alias)] += n
                spelled[sid].setdefault(fold(alias), alias)
        for sid, n, first, last in db.execute(
            f"SELECT speaker_id, count(*), min(date), max(date) FROM quotes WHERE speaker_id IN ({marks}) GROUP BY speaker_id",
            chunk):
            stats[sid] = (n, first, last)
        spelling = {(sid, folded): role for sid, folded, role in db.execute(ROLE_SPELLINGS.format(
            key="speaker_id, folded", marks=marks), chunk)}
        for sid, folded, first, last, n in db.execute(
            f"""SELECT speaker_id, folded, min(date), max(date), count(DISTINCT article_id) FROM speaker_roles
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id, folded""", chunk):
            roles[sid].append((spelling[sid, folded], first, last, n))
        for sid, key, name, kind in db.execute(
            f"SELECT id, key, name, kind FROM speakers WHERE id IN ({marks})", chunk):
            current[sid] = (key, name, kind)
    gone, renames_, updates = [], [], []
    for sid in ids:
        if sid not in current:
            continue
        key, name, kind = current[sid]
        if not names.get(sid):
            gone.append(sid)
            continue
        new_name = renamed.get(key) or best_name(names[sid], forms[sid])
        if new_name != name:
            renames_.append((new_name, fold(new_name), sid))
        folded = fold(new_name)
        other = [spelled[sid][f] for f, _ in others[sid].most_common() if f != folded][:12]
        top = sorted(roles.get(sid, []), key=lambda r: -r[3])[:10]
        role_text = "; ".join(
            f"{role} ({_span(first, last)}, {n} article{'s' if n > 1 else ''})"
            for role, first, last, n in sorted(top, key=lambda r: (r[1] or "", r[0]))
        )
        n, first, last = stats.get(sid, (0, None, None))
        updates.append((n, articles[sid], first, last, "; ".join(other) or None, role_text or None, sid))
    if renames_:
        db.conn.executemany("UPDATE speakers SET name = ?, folded = ? WHERE id = ?", renames_)
    if updates:
        db.conn.executemany(
            """UPDATE speakers SET quotes = ?, articles = ?, first_date = ?, last_date = ?, other_names = ?,
               roles = ? WHERE id = ?""",
            updates,
        )
    if gone:
        drop_unnamed(db, gone)


def _name_like(text: str) -> bool:
    """A name, perhaps after a civil title ("M. Macron", "Emmanuel Macron"), not a phrase."""
    words = text.split()
    if words and fold(words[0]) in _civil_titles():
        words = words[1:]
    core = _core(words)
    return 0 < len(words) <= 5 and bool(core) and all(w[:1].isupper() for w in core) and not _GLUED.search(text)


def _span(first: str | None, last: str | None) -> str:
    if not first or not last or first == last:
        return first or last or "undated"
    return f"{first} – {last}"


def drop_unnamed(db, ids: Iterable[str]) -> None:
    """Remove the given speakers if nothing refers to them any more."""
    db.conn.executemany(
        """DELETE FROM speakers WHERE id = ?1
           AND NOT EXISTS (SELECT 1 FROM article_speakers WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM aliases WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM speaker_roles WHERE speaker_id = ?1)""",
        [(sid,) for sid in ids],
    )


# --- curation commands ----------------------------------------------------------------------


class NotFound(LookupError):
    """No speaker, or several, answer to a name; .candidates lists the latter."""

    def __init__(self, message: str, candidates: Sequence[dict] = ()):
        super().__init__(message)
        self.candidates = list(candidates)


def find_speaker(db, text: str) -> dict:
    """The one speaker a curation names: by id, key, or exact name (case and accents ignored)."""
    text = text.strip()
    cols = "id, name, kind, key, article_id, quotes, first_date, last_date"
    rows = db.execute(f"SELECT {cols} FROM speakers WHERE id = ? OR key = ?", [text, text]).fetchall()
    if not rows:
        rows = db.execute(f"SELECT {cols} FROM speakers WHERE folded = ? ORDER BY quotes DESC", [fold(text)]).fetchall()
    found = [dict(zip([c.strip() for c in cols.split(",")], r)) for r in rows]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"no speaker is called {text!r} (give its exact name, id or key)")
    raise NotFound(f"{len(found)} speakers are called {text!r}: give the id or key of one", found)


def add_curation(db, action: str, args: dict, note: str | None = None) -> Curation:
    """Record a curation and apply it; returns it."""
    if action not in ACTIONS:
        raise ValueError(f"unknown curation {action!r}")
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO curations (action, args, note, created_at) VALUES (?, ?, ?, ?)",
            [action, json.dumps(args, ensure_ascii=False, sort_keys=True), note,
             datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
        curation = Curation(cursor.lastrowid, action, args)
        ids = [speaker_id(k) for k in curation.keys()]
        reconcile(db, speaker_ids=ids)
    return curation


def merge(db, into: str, sources: Sequence[str], note: str | None = None) -> Curation:
    """Make the speakers named in sources one with the speaker into (names, ids or keys)."""
    target = find_speaker(db, into)
    keys = []
    for source in sources:
        found = find_speaker(db, source)
        if found["key"] != target["key"] and found["key"] not in keys:
            keys.append(found["key"])
    if not keys:
        raise NotFound("nothing to merge: give at least one other speaker")
    return add_curation(db, "merge", {"into": target["key"], "from": keys}, note)


def split(db, speaker: str, names: Sequence[str] = (), articles: Sequence[str] = (), note: str | None = None) -> Curation:
    """Take away from a speaker the articles' names or articles given (every other name if none)."""
    target = find_speaker(db, speaker)
    args = {"speaker": target["key"], "names": sorted({fold(n) for n in names}), "articles": sorted(set(articles))}
    for column, values in (("article_id", args["articles"]), ("folded", args["names"])):
        for value in values:  # a typo kept for good would take nothing away, silently
            if db.execute(f"SELECT 1 FROM article_speakers WHERE speaker_id = ? AND {column} = ? LIMIT 1",
                          [target["id"], value]).fetchone() is None:
                what = "article" if column == "article_id" else "name"
                raise ValueError(f"{target['name']} has no quotes under the {what} {value!r}")
    return add_curation(db, "split", args, note)


def rename(db, speaker: str, name: str, note: str | None = None) -> Curation:
    """Show a speaker under another name."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("the new name is empty")
    target = find_speaker(db, speaker)
    return add_curation(db, "rename", {"speaker": target["key"], "name": name}, note)


def rebuild(db) -> None:
    """Work every local's form out again from the stored quotes and articles, then decide every
    identity again (after a change of these rules, or to upgrade a database made before them)."""
    rows = db.execute(
        f"""SELECT l.id, l.article_id, l.name, l.kind, a.text, a.date FROM article_speakers l
            JOIN articles a ON a.id = l.article_id"""
    ).fetchall()
    updates = []
    for lid, article_id, name, kind, text, date in rows:
        mentions = [m for (m,) in db.execute("SELECT mention FROM quotes WHERE article_speaker_id = ?", [lid])]
        quoted_roles = [r for (r,) in db.execute("SELECT role FROM quotes WHERE article_speaker_id = ?", [lid])]
        aliases = [a for (a,) in db.execute("SELECT alias FROM aliases WHERE article_speaker_id = ?", [lid])]
        f = local_fields(name, kind, article_id, date, text, mentions, aliases, quoted_roles)
        updates.append((f["name"], f["folded"], f["form"], f["kind"], f["surname"], f["gender"], f["titled"],
                        date, f["auto_key"], lid))
    db.conn.executemany(
        """UPDATE article_speakers SET name = ?, folded = ?, form = ?, kind = ?, surname = ?, gender = ?,
           titled = ?, date = ?, auto_key = ? WHERE id = ?""",
        updates,
    )
    reconcile(db, everything=True)


def backfill(db) -> None:
    """Give a database of schema 1 its article_speakers and speaker_roles, made from its quotes,
    speakers and aliases, then decide every identity (see ``rebuild``)."""
    rows = db.execute(
        """SELECT q.article_id, q.speaker_id, s.name, s.kind, a.date FROM quotes q
           JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id
           WHERE q.article_speaker_id IS NULL GROUP BY q.article_id, q.speaker_id"""
    ).fetchall()
    if not rows:
        return
    with db.atomic():
        locals_, links = {}, []
        for article_id, sid, name, kind, date in rows:
            lid = local_id(article_id, kind, name)
            locals_[lid] = {
                "id": lid, "article_id": article_id, "speaker_id": sid, "name": name, "kind": kind,
                "folded": fold(name), "form": "description", "date": date, "rule": "schema 1",
            }
            links.append((lid, article_id, sid))
        db["article_speakers"].insert_all(locals_.values(), pk="id", ignore=True)
        for table in ("quotes", "aliases"):
            db.conn.executemany(
                f"UPDATE {table} SET article_speaker_id = ?1 WHERE article_id = ?2 AND speaker_id = ?3", links
            )
        roles = {}
        for lid, article_id, qid, text, name, date in db.execute(
            """SELECT l.id, l.article_id, q.id, q.role, l.name, l.date FROM quotes q
               JOIN article_speakers l ON l.id = q.article_speaker_id WHERE q.role IS NOT NULL
               UNION ALL
               SELECT l.id, l.article_id, (SELECT min(id) FROM quotes WHERE article_speaker_id = l.id), x.alias,
                      l.name, l.date
               FROM aliases x JOIN article_speakers l ON l.id = x.article_speaker_id"""
        ).fetchall():
            role = role_of(text, name)
            if role:
                rid = _digest("role", lid, fold(role))
                roles.setdefault(rid, {"id": rid, "speaker_id": None, "article_speaker_id": lid,
                                       "article_id": article_id, "quote_id": qid, "role": role,
                                       "folded": fold(role), "date": date})
        db["speaker_roles"].insert_all(roles.values(), pk="id", ignore=True)
        rebuild(db)
        db.execute("UPDATE speaker_roles SET speaker_id = (SELECT speaker_id FROM article_speakers "
                   "WHERE id = speaker_roles.article_speaker_id) WHERE speaker_id IS NULL")

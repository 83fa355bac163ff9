"""One article's speakers: what the parse workers compute, without the database.

From the way an article names a speaker (the quotes' speaker, mentions, aliases and roles, and the
article's text), ``local_fields`` works out the speaker's form (full name, surname alone or
description), kind, gender, title and the identity key it has before any cross-article decision;
``article_speakers`` makes an article's article_speakers, aliases, speaker_roles and provisional
speakers rows.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..keys import digest as _digest
from ..keys import quote_id, speaker_id
from ..names import first_name_gender  # the parser's own guess
from .names import _GLUED, SPEAKER_KINDS, _core, fold, key_parts, local_id, norm_name, own_key, surname
from .vocabulary import Vocabulary, article_vocabulary

MAX_ROLE_WORDS = 10


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalised_inside_sentence(word: str, text: str, vocab: Vocabulary) -> bool:
    """The word appears capitalised somewhere not at the start of a sentence, and not only as a place
    or a complement ("à Lyon", "gare de Lyon"): a proper noun that can act or speak."""
    for m in _standalone(word).finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        stripped = before.rstrip()
        if not stripped or stripped[-1] in ".!?:;\"«»\n(-–—":
            continue
        previous = fold(re.split(r"[\s]+", stripped)[-1])
        if previous in vocab.place_markers:
            continue
        return True
    return False


NONE, ROLE, CIVIL = 0, 1, 2  # how a speaker is titled: not, by a role ("le ministre"), by a civil title ("M.")


@dataclass
class Evidence:
    """What an article's words tell about a speaker besides its name."""

    titled: int = NONE  # CIVIL: "M. X", "Mme X", "Me X" is written; ROLE: a role ("le ministre") is
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    truncated: bool = False  # a one-word name is the end of a longer one: "la mairie de Paris", "France 3"


def strip_title(name: str, vocab: Vocabulary) -> tuple[str, str | None, bool]:
    """A name without the civil title it starts with ("M. Le Maire" → "Le Maire"), the title's gender,
    and whether there was one."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in vocab.civil_titles:
        return " ".join(words[1:]), vocab.civil_titles[fold(words[0])], True
    return name, None, False


def strip_role_title(name: str, vocab: Vocabulary) -> str:
    """A full name without the role written before it as a title, in the languages that capitalise one
    ("Prime Minister Boris Johnson" → "Boris Johnson"): the title is no part of the person's name.
    A name of one word is kept whole ("Pope Francis": the word alone would be no name), and so is a
    description ("un porte-parole du maire X", "The spokesman of Mayor X": somebody else)."""
    words = name.split()
    if not words[0][:1].isupper() or fold(words[0]) in vocab.determiners:
        return name
    for k in range(1, len(words) - 1):
        title, rest = words[:k], words[k:]
        capitalised = rest[0][:1].isupper() and all(w[:1].isupper() for w in _core(rest))
        if capitalised and _is_role_noun(title[-1], vocab) and vocab.complement_words.isdisjoint(map(fold, title)) \
                and role_of(name, " ".join(rest), vocab):
            return " ".join(rest)
    return name


def _is_role_noun(word: str, vocab: Vocabulary) -> bool:
    """A role noun, abbreviated or not ("President", "Sen.")."""
    return fold(word).rstrip(".") in vocab.role_nouns


def evidence(name: str, vocab: Vocabulary, mentions: Iterable[str | None] = (), aliases: Iterable[str | None] = (),
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
        if words[0] in vocab.civil_titles and fold(last) in words[1:]:
            found.titled = CIVIL
            if vocab.civil_titles[words[0]]:
                genders.add(vocab.civil_titles[words[0]])
    for said in [*texts, name, *(r for r in roles if r)]:
        role = role_of(said, name, vocab)
        if role and role not in found.roles:
            found.roles.append(role)
            found.titled = max(found.titled, ROLE)
            gender = description_gender(said, vocab)
            if gender:
                genders.add(gender)
    if len(name.split()) == 1:
        found.truncated = any(_truncates(name, t, vocab) for t in texts)
        if found.titled < CIVIL and text and not found.truncated:
            gender = _titled_in_text(name, text, vocab)
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


def _titled_in_text(word: str, text: str, vocab: Vocabulary) -> str | None:
    """'m', 'f' or '' when the text writes word after a civil title ("M. Macron") or after a first
    name ("Alain Juppé"), None when it does not."""
    found = None
    for before in _words_before(word, text):
        before = before.strip("(«\"")
        if fold(before[:2]) in vocab.elided_articles:
            before = before[2:]
        if fold(before) in vocab.civil_titles:
            gender = vocab.civil_titles[fold(before)] or ""
            if gender:
                return gender
            found = ""
        elif (before[:1].isupper() and fold(before) not in vocab.particles and fold(before) not in vocab.determiners
              and fold(before) not in vocab.opening_words and first_name_gender(before) in ("m", "f") and found is None):
            found = ""
    return found


def _truncates(word: str, text: str, vocab: Vocabulary) -> bool:
    """The text uses word as the end of a longer name or as a complement: "le ministère de la Santé",
    "la mairie de Paris", "France 3", "Santé publique France"."""
    words = text.replace("’", "'").split()
    for i, w in enumerate(words):
        elided = w[:2].lower() if w[:2].lower() in vocab.elided_articles else None
        core = w[2:] if elided else w
        bare = core.strip(",.;:!?()\"«»")
        if bare != word:
            continue
        before = [fold(x) for x in words[max(0, i - 2) : i]]
        if (elided and elided not in vocab.definite) or (before and before[-1] in vocab.complement_words):
            return True  # "d'Angers", "de Paris", "au Sénat"
        if (elided and before[-1:] and before[-1] in vocab.of) or (
                before[-1:] and before[-1] in vocab.definite and before[0] in vocab.of):
            return True  # "de l'Élysée", "de la Santé"

        following = words[i + 1] if i + 1 < len(words) else ""
        if following and core == bare and (following[0].isupper() or following[0].isdigit()):
            return True
        after = words[i + 2] if i + 2 < len(words) else ""
        if fold(following) in vocab.particles and after[:1].isupper():
            return True  # "Olivier de Sardan"
        if fold(following[:2]) in vocab.elided_articles - vocab.definite and following[2:3].isupper():
            return True  # "Me Olivier d'Antin"
        if i > 0 and words[i - 1][:1].isupper() and fold(words[i - 1]) not in vocab.civil_titles \
                and fold(words[i - 1]) not in vocab.particles and not first_name_gender(words[i - 1]) \
                and not _is_role_noun(words[i - 1], vocab):
            return True  # "Radio France", not "President Macron"
    return False


def description_gender(text: str, vocab: Vocabulary) -> str | None:
    """'m' or 'f' as a description's determiner or role noun tells ("la ministre" → f)."""
    words = fold(text).replace("'", "' ").split()
    if not words:
        return None
    noun = _role_head(words, vocab)
    gender = vocab.role_nouns.get(noun) if noun else None
    if gender:
        return gender
    det = vocab.determiners.get(words[0])
    return det[0] if det and det[0] in ("m", "f") else None


def _role_head(words: Sequence[str], vocab: Vocabulary, at_start: bool = False) -> str | None:
    """The role noun among the first words (the very first, or after a modifier, if at_start)."""
    nouns = vocab.role_nouns
    first = 1 + (len(words) > 1 and words[0] in vocab.role_modifiers) if at_start else min(len(words), 4)
    for i in range(first):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n]).replace("' ", "'")
            if phrase in nouns:
                return phrase
            if n == 1:
                for prefix in vocab.former_prefixes:  # "ex-ministre"
                    if phrase.startswith(prefix) and phrase[len(prefix):] in nouns:
                        return phrase[len(prefix):]
    return None


@lru_cache(maxsize=4096)  # 60 % of the calls on the corpus; 65,536 entries saved no time (see fold)
def role_of(text: str | None, name: str | None, vocab: Vocabulary) -> str | None:
    """The role a description gives, without its determiner and the speaker's name.

    "le président Emmanuel Macron" → "président"; "Le ministre de la Santé" → "ministre de la
    Santé"; None when the text is no role ("M. Macron", "le procureur de", "il").
    """
    if not text:
        return None
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-–—()")
    before_name = False  # the words were written before the speaker's name, as a title
    if name:
        for tail in (name, name.split()[-1] if name.split() else ""):
            if tail and fold(text).endswith(" " + fold(tail)):
                text = text[: len(text) - len(tail)].rstrip(" ,")
                before_name = True
                break
    words = text.split()
    while before_name and len(words) > 1 and fold(words[-1]) in vocab.civil_titles:
        words.pop()  # "Labour leader Sir X": the role is "Labour leader"
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    first = fold(words[0])
    if first in vocab.determiners:
        words = words[1:]
    elif first[:2] in vocab.elided_articles & vocab.definite and len(first) > 2:
        words = [words[0][2:], *words[1:]]
    elif words[0][:1].isupper() and not before_name:
        return None  # a name, not a role; a title before a name is capitalised ("French President X")
    if not words or fold(words[-1]) in vocab.dangling or fold(words[-1]).endswith("'"):
        return None
    folded = fold(" ".join(words)).replace("'", "' ").split()
    if before_name:
        folded[-1] = folded[-1].rstrip(".")  # an abbreviated title: "Sen. X"
    if vocab.clause_markers.intersection(folded) or _role_head(folded, vocab, at_start=True) is None:
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


def classify(name: str, kind: str | None, vocab: Vocabulary, text: str | None = None,
             ev: Evidence | None = None) -> tuple[str, str | None]:
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
    if first[:2] in vocab.elided_articles:
        rest = words[0][2:]
        if not rest[:1].isupper():
            return "description", kind  # "L'association", "L'avocat"
    if first in vocab.opening_words or (first in vocab.determiners and first not in vocab.definite):
        return "description", kind  # "Un", "Son ministre", "Sous", "Il"
    if first in vocab.definite and len(words) > 1 and not words[1][:1].isupper():
        return "description", kind  # "Le ministère" at the start of a sentence
    core = _core(words)
    if not core or (len(words) == 1 and ev.truncated):
        return "description", kind
    if kind == "person" or (kind == "organisation" and titled and len(core) == 1 and not _is_acronym(core[0])):
        if any(not w[:1].isupper() for w in core) or all(len(w.strip(".")) <= 1 for w in core):
            return "description", kind
        if len(core) == 1:
            if _is_acronym(core[0]) or fold(core[0]) in vocab.role_nouns:
                return "description", kind  # "LREM", "Ministre" at a sentence's start
            return "surname", "person"
        return "name", "person"
    # an organisation (or no kind): a proper name is one body across articles
    if len(core) == 1 and not _is_acronym(core[0]):
        word = fold(core[0])
        if len(word) <= 1 or word in vocab.role_nouns or word in vocab.organisation_nouns or vocab.demonym.search(word):
            return "description", kind  # "Conseil", "Cour" (of what?), "Youtubeuse", "Toulousain"
        if first_name_gender(core[0]):
            return "description", kind  # "Jacqueline": a first name, whose?
        if text is not None and not _capitalised_inside_sentence(core[0], text, vocab):
            return "description", kind  # "Interrogé", "Même": capitalised at a sentence's start only
    return "name", kind


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
    vocab = article_vocabulary(article.lang)
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
            [q.role for q in qs], vocab)}
        row.update(gender_fields(row["kind"], qs[0].speaker_gender, qs[0].gender_evidence))
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
        if quoted_name != name:
            sources.append((quoted_name, first_quote, name))  # the title taken off the name: "Prime Minister X"
        if row["form"] == "description":
            sources.append((name, first_quote, None))  # "le président américain" is its own role
        for text, qid, whose in sources:
            role = role_of(text, whose, vocab)
            if role:
                rid = _digest("role", lid, fold(role))
                out.roles.setdefault(rid, {
                    "id": rid, "speaker_id": row["speaker_id"], "article_speaker_id": lid,
                    "article_id": article.id, "quote_id": qid, "role": role, "folded": fold(role),
                    "date": article.date, "lang": qs[0].lang,  # the language it was read in
                })
    return out


def local_fields(name: str, kind: str | None, article_id: str, date: str | None, text: str | None,
                 mentions: Sequence[str | None], aliases: Sequence[str], roles: Sequence[str | None],
                 vocab: Vocabulary) -> dict:
    """What identity makes of a speaker as one article names it (read with the article's language's
    vocabulary): the article_speakers columns."""
    bare = strip_role_title(name, vocab) if kind == "person" else name
    bare, title_gender, _ = strip_title(bare, vocab)
    if bare != name:
        mentions = [*mentions, name]
    ev = evidence(bare, vocab, mentions, aliases, roles, text)
    form, identity_kind = classify(bare, kind, vocab, text, ev)
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


def gender_fields(kind: str | None, gender: str | None, evidence: dict) -> dict:
    """The article_speakers columns of a person's gender in one article (their quotes', `quotes.gender`)."""
    person = kind == "person" and gender is not None
    return {"speaker_gender": gender if person else None,
            "gender_evidence": json.dumps(evidence, sort_keys=True) if person else None}


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

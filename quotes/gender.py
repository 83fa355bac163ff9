"""The gender of a person speaker, from what the article's words say of them, weighed.

Evidence is counted by kind and gender, as `kind:m` or `kind:f` (`title:f` for "Mme X"):

- `title`: a civil title before the name (`Mme`, `M.`, `Mrs`, `Mr`, `Ms`);
- `role`: a role noun of one gender (`présidente`, `spokeswoman`), or an epicene one whose determiner
  tells (`la ministre`); a masculine one, `role:m`, counts less: French writes many roles in the
  masculine for women too (`le professeur Alison X`, `le rapporteur`);
- `noun`: a singular description of a person, its determiner telling (`une manifestante`, `un lycéen`), else
  its noun's ending (`l'acquéreuse`); `noun:?` and `role:?` say a person whose words tell no gender
  (`l'urbaniste`, `la source`): a person all the same, of a gender other evidence may tell;
- `pronoun`: a pronoun that the parser resolved to them as the subject of a cue (`elle`, `a-t-elle`,
  `cette dernière`, `she said`);
- `agreement`: a cue's participle agreeing with them (`s'est dite satisfaite`);
- `first name`: gender-guesser's verdict on the first name (`first name?`: a name mostly given to one
  gender): a guess, the weakest;
- `curated`: a curator's decision (`quotes speakers set-gender`), which no evidence overrules.

A gender is decided when its evidence outweighs the other's MARGIN times or more; otherwise, with
evidence on both sides, the conflict gives `unknown`, and the evidence keeps both sides. An article
counts each kind of evidence once (five pronouns in one article are one piece of evidence), and
evidence adds up across articles: one stray pronoun does not flip a well-attested speaker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .lexicon import adjective_gender, bare_role_gender, normalize, person_noun_gender
from .names import first_name_verdict
from .resolve import Patterns

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"
GENDERS = (FEMALE, MALE, UNKNOWN)
GENDER_OF = {"f": FEMALE, "m": MALE}
CURATED = "curated"
# How much each kind of evidence weighs: what the text says of the person outweighs a guess from a name.
STRENGTH = {"curated": 1000, "title": 8, "role": 6, "noun": 6, "pronoun": 4, "agreement": 4, "first name": 4,
            "role:m": 2, "first name?": 1}
MARGIN = 2  # a gender is decided when its evidence weighs at least this many times the other's
MIN_WEIGHT = 2  # and weighs this much at least: a name mostly given to one gender decides nothing alone
# Evidence that the speaker is a person, whatever the parser took them for (`Mme X`, `la porte-parole`).
PERSON_KINDS = ("title", "role", "noun")


def article_evidence(lang, name: str, mentions: Iterable[str | None] = (), aliases: Iterable[str] = (),
                     roles: Iterable[str | None] = (), agreements: Iterable[str | None] = ()) -> Counter:
    """The evidence one article gives of a speaker's gender: the name, how the article's cues mention
    them (pronouns included), its other names and roles for them, the genders their cues' participles agree
    in; each key counted once."""
    found = set()
    mentions = [m for m in mentions if m]
    for text in {name, *mentions, *aliases, *(r for r in roles if r)}:
        found.update(_evidence_in(lang, name, text))
    # `une source syndicale … a-t-elle dit`: a pronoun or a participle agreeing with such a noun tells nothing of the
    # person (`la star … a-t-il dit` does)
    noun_gender = _fixed_noun_gender(lang, name) if name[:1].islower() else None
    for mention in mentions:
        gender, number = lang.PRONOUNS.get(normalize(mention), (None, None))
        if gender and number == "sg" and gender != noun_gender:
            found.add(f"pronoun:{gender}")
    found.update(f"agreement:{g}" for g in agreements if g in GENDER_OF and g != noun_gender)
    verdict = None if _titled_surname(lang, name, mentions) else _first_name(lang, name)
    if verdict:
        found.add(verdict)
    return Counter(found)


def _fixed_noun_gender(lang, description: str) -> str | None:
    """The gender of the article of a description headed by one of FIXED_GENDER_NOUNS (`une source proche du
    dossier`: f), the noun's, not the person's; None for any other description."""
    words = normalize(description).replace("'", "' ").split()
    if lang.derived(Patterns).head_noun(description) not in lang.FIXED_GENDER_NOUNS or words[0] not in lang.DETERMINERS:
        return None
    return lang.DETERMINERS[words[0]][0] or None


@lru_cache(maxsize=4096)  # a speaker's name and the words for them repeat from article to article
def _evidence_in(lang, name: str, text: str) -> frozenset[str]:
    """What one of the texts naming a speaker says of them."""
    found = set()
    folded = normalize(text)  # read once for the three checks
    if text == name or not _speaks_for(lang, name, text, folded):
        found.update(_text_evidence(lang, text))
        for role in _coordinated_roles(lang, text, folded):
            found.update(_text_evidence(lang, role))
    title = _title_after_role(lang, text, name, folded)
    if title:
        found.add(f"title:{title}")
    return frozenset(found)


def _role_last_words(lang) -> frozenset[str]:
    """The last word of every role noun (`minister` of `prime minister`): built once a language."""
    return frozenset(role.split()[-1] for role in lang.ROLE_NOUNS)


def _coordinated_roles(lang, text: str, folded: str | None = None) -> list[str]:
    """`one of the plaintiffs and chairwoman of their group`: the roles a coordinator joins to a description,
    written bare (in lower case, no determiner: the first one's), each read as a description of its own; not
    a name (`Marks and Spencer`), nor somebody else (`X and his wife`)."""
    if set((folded or normalize(text)).split()).isdisjoint(lang.COORDINATORS):
        return []  # most texts, told at once
    words = text.split()
    found = []
    patterns = lang.derived(Patterns)
    for n, word in enumerate(words[:-1]):
        following = normalize(words[n + 1]).replace("'", "' ").split()[:1]
        if normalize(word) not in lang.COORDINATORS or not words[n + 1][:1].islower() \
                or not following or following[0] not in patterns.role_first_words:
            continue  # no role opens the words after it: no head noun to look for
        rest = " ".join(words[n + 1 :])
        head = patterns.head_noun(rest)
        if head is not None and normalize(rest).startswith(head):
            found.append(rest)
    return found


def _speaks_for(lang, name: str, text: str, folded: str | None = None) -> bool:
    """`A Roblox spokesman` said of Roblox: a description whose role the speaker's own name qualifies is
    of somebody who speaks for them, and tells nothing of them."""
    named = normalize(name).replace("'", "' ").split()
    folded = (folded or normalize(text)).replace("'", "' ")
    if not named or " ".join(named) not in folded:
        return False  # most texts: the name is not in them
    head = lang.derived(Patterns).head_noun(text)
    if head is None:
        return False
    words = folded.split()
    first = head.replace("'", "' ").split()[0]
    at = next((n for n, w in enumerate(words) if w == first), 0)
    return any(words[n : n + len(named)] == named for n in range(at - len(named) + 1))


@lru_cache(maxsize=4096)  # names, roles and mentions repeat from article to article
def _text_evidence(lang, text: str) -> frozenset[str]:
    """What a name, description or role says: a civil title, a role noun, a description's determiner."""
    words = normalize(text).replace("'", "' ").split()
    if not words:
        return frozenset()
    if words[0] not in lang.CIVIL_TITLES and words[0] not in lang.DETERMINERS and lang.ROLE_NOUNS.keys().isdisjoint(words):
        # a name or a pronoun (most texts): nothing to read; or a bare role (`X, vendeuse au marché`)
        bare = bare_role_gender(lang, words[0]) if text[:1].islower() else None
        return frozenset({f"role:{bare}"}) if bare else frozenset()
    found = set()
    title = lang.CIVIL_TITLES.get(words[0])
    if title:
        found.add(f"title:{title}")
    patterns = lang.derived(Patterns)
    head = patterns.head_noun(text)
    if head is not None and _heads(lang, words, head, text.replace("’", "'").replace("'", "' ").split()):
        gender = None if head in lang.FIXED_GENDER_NOUNS else lang.ROLE_NOUNS.get(head) or _determiner_gender(lang, words, head)
        if head not in lang.FIXED_GENDER_NOUNS:  # `la source européenne`: the noun's own gender again
            gender = gender or _agreeing(lang, words, head)
        found.add(f"role:{gender or '?'}")  # `l'analyste`, `la source`: a person all the same
    elif len(words) >= 2 and (told := _describes_a_person(lang, words, text.replace("’", "'").replace("'", "' ").split())):
        found.add(f"noun:{told}")
    elif (one := _one_of(lang, " ".join(words).replace("' ", "'"))) is not None:
        found.add(f"noun:{one}")
    return frozenset(found)


def _title_after_role(lang, text: str, name: str, folded: str | None = None) -> str | None:
    """`Former party leader Baroness Kowalczuk`: the gender of a civil title between a role and the speaker's
    name (not `the wife of Mr X`, nor `the Lord Mayor`: only right after a role's last word, and before a
    word of the speaker's name)."""
    written = text.replace("’", "'").replace("'", "' ").split()
    if len(written) < 3 or lang.CIVIL_TITLES.keys().isdisjoint((folded or normalize(text)).split()):
        return None  # most texts: no civil title inside
    words = [normalize(w) for w in written]
    named = set(normalize(name).split())
    last_words = lang.derived(_role_last_words)
    for n in range(1, len(words) - 1):
        if words[n] in lang.CIVIL_TITLES and words[n - 1] in last_words and words[n + 1] in named \
                and written[n][:1].isupper() and written[n + 1][:1].isupper():
            return lang.CIVIL_TITLES[words[n]]
    return None


def _agreeing(lang, words: list[str], head: str) -> str | None:
    """`analyste indépendante`: the gender of the word right after an epicene role noun, where its ending
    tells one (an adjective agreeing with it)."""
    at = _position(words, head.replace("'", "' ").split()[-1])
    after = words[at + 1] if at is not None and at + 1 < len(words) else None
    return (person_noun_gender(lang, after) or None) if after and after.isalpha() else None


def _one_of(lang, folded: str) -> str | None:
    """`l'une des manifestantes`: the gender of the one member a description names, where its words tell (not
    `l'une des victimes`, the article agreeing with a noun of one gender whoever it names)."""
    if not folded.startswith(lang.ONE_OF):
        return None  # most descriptions, told in C
    for phrase in lang.ONE_OF:
        if folded.startswith(phrase + " "):
            noun = folded[len(phrase) + 1 :].split(" ", 1)[0]
            if noun in lang.FIXED_GENDER_NOUNS or noun[:-1] in lang.FIXED_GENDER_NOUNS:
                return None
            genders = {lang.DETERMINERS[w][0] for w in phrase.replace("'", "' ").split() if w in lang.DETERMINERS}
            genders.discard(None)
            return genders.pop() if len(genders) == 1 else None
    return None


def _heads(lang, words: list[str], head: str, written: list[str]) -> bool:
    """The role noun heads the description: only determiners and modifiers before it (`l'ancienne
    ministre`), not the last word of a body's name (`le Comité olympique international`)."""
    at = _position(words, head.replace("'", "' ").split()[0])
    if at is None:
        return False
    if all(w in lang.DETERMINERS or w in lang.ROLE_MODIFIERS or w in lang.FORMER_WORDS for w in words[:at]):
        return True
    return lang.ROLE_NOUN_LAST and _qualified_last(lang, words, at, len(head.split()), written)


def _position(words: list[str], word: str) -> int | None:
    """Where `word` stands among `words`, alone or after a hyphen (`ex-ministre`)."""
    return next((n for n, w in enumerate(words) if w == word or w.endswith("-" + word)), None)


def _qualified_last(lang, words: list[str], at: int, length: int, written: list[str]) -> bool:
    """`a regional water board spokeswoman`, `the council leader for housing`: in a language whose words
    qualifying a noun come before it (ROLE_NOUN_LAST), a role noun that ends the description, or that a
    preposition follows, heads it after any words with no function word among them; not in `the Office
    of the Children's Commissioner`, a body, nor in `the Commissioner's Office`, nor in a name (`Dr King`,
    `Badly Drawn Boy`)."""
    after = words[at + length] if at + length < len(words) else None
    if after is not None and after not in (*lang.OF, *lang.TO, *lang.ROLE_COMPLEMENT_PREPOSITIONS,
                                           *lang.PLACE_PREPOSITIONS):
        return False
    if words[0] in lang.DETERMINERS:
        before = words[1:at]
    elif at < len(written) and written[at][:1].islower():
        before = words[:at]
    else:
        return False  # `Badly Drawn Boy`, a name: a capitalised role noun needs a determiner before it
    function_words = {*lang.ROLE_DANGLING_WORDS, *lang.OBJECT_PREPOSITIONS, *lang.CLAUSE_MARKERS,
                      *lang.COORDINATORS, *lang.DETERMINERS, *lang.PRONOUNS, *lang.CIVIL_TITLES}  # `Dr King`
    return all(w not in function_words and w.replace("-", "").isalnum() for w in before)


def _determiner_gender(lang, words: list[str], head: str) -> str | None:
    """The gender the determiner of an epicene role noun tells (`la ministre`); none for a noun whose
    article is the noun's own (`la star`)."""
    if head in lang.FIXED_GENDER_NOUNS:
        return None
    first = head.replace("'", "' ").split()[0]
    before = words[: words.index(first)] if first in words else []
    found = next((lang.DETERMINERS[w] for w in reversed(before) if w in lang.DETERMINERS), None)
    if found and found[1] == "sg" and found[0] is None:  # `l'actuel ministre`: the adjective tells what `l'` does not
        return adjective_gender(lang, before)
    return found[0] if found and found[1] == "sg" else None


def _describes_a_person(lang, words: list[str], written: list[str]) -> str | None:
    """`un lycéen`, `une membre du syndicat`, `ce chauffeur-livreur`, `l'acquéreuse`: a singular determiner,
    then a noun of a person (a role, or a person's ending), not of a body, a document or a thing, nor a name
    after a definite article (`Le Parisien`, a daily). The gender the determiner tells, else the noun's
    ending (`l'acquéreuse`: f), else `?` (a person, `l'analyste`, of no gender told); None for no person.
    `written`: the words as written, `words` folded."""
    determiner = lang.DETERMINERS.get(words[0])
    if not determiner or determiner[1] != "sg":
        return None
    at = next((n for n in (1, 2) if n < len(words) and words[n] not in lang.sets.ROLE_MODIFIERS), None)
    if at is None or at >= len(written):
        return None
    noun = words[at]
    if not written[at][:1].islower() and noun not in lang.DEMONYMS and noun not in lang.PARTY_MEMBER_NOUNS and words[0] in lang.DEFINITE:
        return None  # `Le Parisien`, a daily; but `un Équatorien`, `la Malaisienne`
    if noun in lang.FIXED_GENDER_NOUNS:
        return "?"  # `la victime`: a person, whose gender its article does not tell
    if noun in lang.sets.ORGANISATION_NOUNS or noun in lang.sets.BODY_KIND_NOUNS \
            or noun in lang.sets.SOURCE_DOCUMENTS or noun in lang.sets.GROUP_NOUNS:
        return None
    ending = person_noun_gender(lang, noun)
    # a role, a nation's or a party's people (`l'Américaine`, `l'Insoumis`): the gender the noun tells
    listed = next((nouns for nouns in (lang.ROLE_NOUNS, lang.DEMONYMS, lang.PARTY_MEMBER_NOUNS) if noun in nouns), None)
    if determiner[0] in GENDER_OF:
        person = listed is not None or ending is not None \
            or any(noun.endswith(e) and len(noun) > len(e) + 2 for e in lang.PERSON_NOUN_ENDINGS)
        return determiner[0] if person else None
    # (`l'ancienne membre du jury`: an adjective before the noun tells what the elided article does not)
    if listed is not None:
        return listed[noun] or adjective_gender(lang, words[1:at]) or "?"
    return None if ending is None else ending or adjective_gender(lang, words[1:at]) or "?"


def _first_name(lang, name: str) -> str | None:
    """`first name:f` for `Martine X`, `first name?:m` for a name mostly given to men; None for one of
    both (`Dominique`), for a word that is no first name, for a name of one word that is a title, and for a
    description (`One analyst`) or a body's name opening on another language's article (`The Lancet`)."""
    words = name.split()
    if not words or normalize(words[0]) in lang.CIVIL_TITLES:
        return None
    first = normalize(words[0])
    if first in lang.DETERMINERS or first in lang.sets.INDEFINITE_OPENERS or first in lang.sets.FOREIGN_ARTICLES \
            or any(w.islower() and normalize(w) not in lang.sets.NAME_PARTICLES for w in words[1:]):
        return None  # a description (`One analyst`, `Acme spokesperson`), no name
    verdict = first_name_verdict(words[0])
    if verdict is None:
        return None
    gender, sure = verdict
    return f"first name{'' if sure else '?'}:{gender}"


def _titled_surname(lang, name: str, mentions: Iterable[str]) -> bool:
    """A name of one word the article writes after a civil title (`le Dr X`, `M. X`): a surname, whatever
    first name it spells."""
    if " " in name:
        return False
    for mention in mentions:
        words = normalize(mention).split()
        if len(words) >= 2 and words[-1] == normalize(name) and words[-2] in lang.CIVIL_TITLES:
            return True
    return False


def weight(key: str) -> int:
    kind, gender = key.rsplit(":", 1)
    return STRENGTH.get(f"{kind}:{gender}", STRENGTH.get(kind, 0))


def decide(evidence: Mapping[str, int]) -> str:
    """`female`, `male` or `unknown` from evidence (counts by `kind:gender` key): a curator's decision
    first; else the gender whose evidence outweighs the other's MARGIN times, else unknown."""
    curated = [k for k, n in evidence.items() if n and k.startswith(CURATED + ":")]
    if curated:
        return curated[-1].split(":", 1)[1]
    scores = {"m": 0, "f": 0}
    for key, n in evidence.items():
        gender = key.rsplit(":", 1)[1]
        if n and gender in scores:
            scores[gender] += weight(key) * n
    for gender, other in (("m", "f"), ("f", "m")):
        if scores[gender] >= MIN_WEIGHT and scores[gender] >= MARGIN * scores[other]:
            return GENDER_OF[gender]
    return UNKNOWN


def shows_a_person(lang, evidence: Mapping[str, int], mentions: Iterable[str | None] = (), name: str = "",
                   named_like_a_person: bool = True) -> bool:
    """The evidence says the speaker is a person: a civil title, a gendered role or description, or a
    pronoun that stands for persons only (`she said`). A role of no gender (`role:?`) says so of a name
    only where the name reads like a person's (`named_like_a_person`) or is that description itself
    (`the Labour leader`): bodies have owners, leaders and broadcasters' roles too (`Unilever, the owner of …`)."""
    if any(n and key.split(":", 1)[0] in PERSON_KINDS and not key.endswith(":?") for key, n in evidence.items()) \
            or any(m and normalize(m) in lang.PERSONAL_PRONOUNS for m in mentions):
        return True
    untold = any(n and key.endswith(":?") for key, n in evidence.items())
    return untold and (named_like_a_person or any(key.endswith(":?") for key in _text_evidence(lang, name)))


def conflicting(evidence: Mapping[str, int]) -> bool:
    """Evidence for both genders (curated or not, the conflict is kept)."""
    genders = {key.rsplit(":", 1)[1] for key, n in evidence.items() if n and not key.startswith(CURATED)}
    return {"m", "f"} <= genders

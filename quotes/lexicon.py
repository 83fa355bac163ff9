"""Speech-verb lexicon: one generic engine over per-language data (`quotes/lang/<code>_verbs.py`).

The engine conjugates the data once into a dict of word forms, then recognises whole verb
groups ("a-t-il ajouté", "s'est alarmée", "tient à préciser") in lists of tokens. It holds
no word of any language: every form, pronoun, auxiliary and adverb comes from the data.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate, chain
from operator import attrgetter
from typing import NamedTuple, Sequence

import regex

from .blocks import fast_block_class, in_fast_blocks
from .lang import Language

MOOD_ORDER = ("finite", "participle", "present_participle", "infinitive")
# A verb group is short; looking further than this from its start is wasted work.
WINDOW = 16
# Letters of a word that opens a sentence glued to a name (`XPour Y`), for it to be cut off there.
MIN_GLUED_OPENER = 4
# Tokens read a match by the split of a text of FAST_BLOCKS, and the padding that makes its last ones a whole match.
TOKENS_A_MATCH = 8
TOKEN_PADDING = " ." * TOKENS_A_MATCH
# Empty words after a verb group's window: it reads a few words past its last one, and none matches an empty word.
END_PADDING = [""] * 8

_JOINERS = "-'’‘ʼ‐‑"  # what joins the parts of one word: "aujourd'hui", "a-t-il"
_JOINER = re.compile(f"[{_JOINERS}]")  # `re`: twice as fast as `regex` on a plain class
# A paragraph glued to the one before it, its break lost (`… ont été dévoiléesLe parquet a …`): a capital after
# three small letters and before another, or a capital A alone (`affirme le procureurA une vingtaine …`).
_SMALL, _CAPITAL = "a-zß-öø-ÿ", "A-ZÀ-ÖØ-Þ"
GLUED_PARAGRAPH = re.compile(f"[{_CAPITAL}](?<=[{_SMALL}]{{3}}[{_CAPITAL}])(?=[{_SMALL}]|(?<=[AÀ])[ '’])")
HANDLE_MARKS = ("#", "@")  # what opens a hashtag or a handle, its words written together
# Each Latin-1 character as its case: `l` small, `U` capital, `.` neither; and `U` for `?`, which any other
# character becomes (a capital or not: `Œ`, `’`), for the pattern sought there to tell.
_CASES = bytes(ord("l") if re.match(f"[{_SMALL}]", chr(c)) else ord("U") if re.match(f"[{_CAPITAL}?]", chr(c))
               else ord(".") for c in range(256))


# A text's cases are read by its document (glued paragraphs) and its resolver (name runs): made once.
@functools.lru_cache(maxsize=4)
def letter_cases(text: str) -> bytes:
    """The text's characters as their cases (_CASES), translated in C from its Latin-1 bytes: where a pattern that
    opens on a capital may match, found by bytes.find instead of a class `re` tests at every character."""
    return text.encode("latin-1", "replace").translate(_CASES)


def glued_paragraphs(text: str) -> list[int]:
    """Where GLUED_PARAGRAPH matches in the text. Its only places, a capital after three small letters, are found by
    bytes.find in the text's cases: the pattern sought among capitals tests a class at every character, 67 million
    instructions in 400 articles where this takes 24 million (callgrind)."""
    cases = letter_cases(text)
    found, at = [], cases.find(b"lllU")
    while at >= 0:
        if GLUED_PARAGRAPH.match(text, at + 3) and text[cases.rfind(b".", 0, at) : at][:1] not in HANDLE_MARKS:
            found.append(at + 3)  # (not `#NousToutes`, `@JeanDupont`: a hashtag's or a handle's words glued on purpose)
        at = cases.find(b"lllU", at + 1)
    return found


# A word's characters: letters, marks and digits, but for U+02BC, a letter to Unicode and an apostrophe to
# French writers (and to `normalize`), which joins words as the other apostrophes do.
WORD_CHARACTER = r"[[\p{L}\p{M}\p{N}]--[ʼ]]"  # regex's set difference (VERSION1)
FAST_WORD_CHARACTER = f"[{fast_block_class('L', 'M', 'N', without='ʼ')}]"
_APOSTROPHES = "'’‘ʼ"  # the joiners an elided word ends with


_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("´", "'"), ("`", "'"), ("‐", "-"), ("‑", "-"))


@functools.lru_cache(maxsize=16384)  # words repeat: a lookup in C costs less than the call it saves
def normalize(word: str) -> str:
    """Lowercase, with typographic apostrophes and hyphens made straight."""
    if word.isascii():  # most words (a test in C): no typographic mark to look for
        return word.lower()
    # str.replace runs in C where str.translate with a table looks up every character.
    for typographic, plain in _FOLD_PAIRS:
        if typographic in word:
            word = word.replace(typographic, plain)
    return word.lower()


# Each Latin-1 character as `normalize` folds it in a text that is not ASCII (an ASCII one is only lowered).
_LATIN_1_FOLDS = bytes(ord(dict(_FOLD_PAIRS).get(chr(c), chr(c)).lower()) for c in range(256))


def normalize_text(text: str) -> str:
    """`normalize` of a whole text, which does not repeat: not cached. A text of Latin-1 characters (most French
    ones) is folded by a table in C, bytes.translate, where str.lower looked up every character's case: a third of
    the cost (callgrind)."""
    if text.isascii():
        return text.lower()
    try:
        latin_1 = text.encode("latin-1")
    except UnicodeEncodeError:  # (a character beyond Latin-1: `’`)
        return normalize.__wrapped__(text)
    return latin_1.translate(_LATIN_1_FOLDS).decode("latin-1")


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        return normalize(self.text)


@dataclass(frozen=True)
class VerbForm:
    lemma: str  # the infinitive as news cites it: "affirmer", "s'alarmer", "faire savoir"
    mood: str  # "finite" | "participle" | "present_participle" | "infinitive"
    number: str | None  # "sg" | "pl", None when the form does not mark it
    gender: str | None  # "m" | "f" for participles, else None
    reflexive: bool  # pronominal use: needs se/s'


@dataclass(frozen=True)
class Auxiliary:
    lemma: str
    number: str | None
    tense: str  # a finite tense, or "present_participle" / "infinitive"


# CueMatch and _Group are named tuples, not frozen dataclasses: matching builds several
# for every token it tries, and a tuple is much cheaper to build.
class CueMatch(NamedTuple):
    lemma: str
    start: int  # index of the first token of the group
    end: int  # index after its last token
    number: str | None
    gender: str | None
    inverted_subject: str | None  # "il" in "a-t-il dit", impersonal in "est-il précisé"
    mood: str = "finite"
    passive: bool = False  # "est-il écrit", "a été annoncé": the speaker is not the subject

    @property
    def end_index(self) -> int:
        return self.end


@dataclass(frozen=True)
class _Entry:
    """One verb of the data: what its conjugated first word must be followed by."""

    lemma: str
    reflexive: bool
    tail: tuple[str, ...]
    linkers: tuple[str, ...] | None = None  # semi-auxiliaries only: words before the infinitive
    lead: tuple[str, ...] = ()  # invariable phrases only: the words before the head ("aux" in "aux cris de")
    negated: bool = False  # a semi-auxiliary that introduces speech only when negated ("ne manque pas de")


class _Group(NamedTuple):
    """A verb group matched so far: where it ends and what it says about the subject."""

    lemma: str
    end: int
    number: str | None
    gender: str | None
    clitic: str | None
    mood: str
    passive: bool = False


_group_end = attrgetter("end")  # the longest group wins: `max` by a C getter, not a lambda


class Lexicon:
    """The expanded speech-verb data of one language."""

    def __init__(self, lang: Language):
        self.lang = lang
        self._elisions = tuple(sorted(lang.ELISIONS, key=len, reverse=True))
        self._clitic_suffix = _clitic_suffix(lang)
        self._inversion_clitics = _inversion_clitics(lang)
        self.clitic_forms = frozenset(self._inversion_clitics)  # `-t-il`, `-elle`: the tokens an inversion's pronoun is
        self._token_split = regex.compile(_token_pattern(self._elisions, WORD_CHARACTER, possessive=False), regex.V1)
        fast_token = _token_pattern(self._elisions, FAST_WORD_CHARACTER, possessive=True)
        self._fast_token_runs = re.compile(rf"(\s*+){fast_token}" * TOKENS_A_MATCH)  # (the spaces before each token)
        # the joiners an inversion clitic hangs on (`a-t-il`): the only ones left to cut after splitting
        self._clitic_joiners = [j for j in _JOINERS if normalize(j) == lang.INVERSION_HYPHEN]
        self._elision_set = frozenset(self._elisions)
        # Words with apostrophes and hyphens repeat ("l'", "qu'il", "a-t-il"): cut each once.
        self._split = functools.lru_cache(maxsize=4096)(self._cut)
        # A phrase found by a later word than its first ("cris" in "aux cris de") is no
        # speech verb by itself: it is looked up apart, from the words before that one.
        invariables, led = _invariables(lang.INVARIABLE_CUES, self._words)
        self._speech = _index(lang, lang.SPEECH_VERBS, self._words) | invariables
        self._semi = _index(lang, _semi_entries(lang.SEMI_AUXILIARIES), self._words)
        negated = _index(lang, _semi_entries(lang.NEGATED_SEMI_AUXILIARIES), self._words, negated=True)
        self._heads = _heads(self._speech, led, self._semi, negated)
        self.negation = frozenset(lang.NEGATION)
        self.subject_clitics = frozenset(lang.SUBJECT_CLITICS)  # il, elle: only ever subjects
        # The words that, glued to a capitalised one, open a paragraph all the same (`Météo FranceLes cumuls`)
        # (a word opening a sentence, of four letters or more: not `LinkedIn`, `HackerOne`; or a negation's adverb)
        self.glued_openers = frozenset([*(w for w in (*lang.DETERMINERS, *lang.SUBJECT_CLITICS, *lang.NEGATION_ADVERBS)
                                           if w.isalpha()),
                                         *(w for w in lang.SENTENCE_OPENING_WORDS if w.isalpha() and len(w) >= MIN_GLUED_OPENER)])
        self.preverbal_clitics = frozenset([*lang.REFLEXIVE_PRONOUNS, *lang.PREVERBAL_OBJECT_PRONOUNS])  # `s'est`, `lui a`
        self._negation_adverbs = frozenset(lang.NEGATION_ADVERBS)
        self._leads = _leads(led)
        self.invariables = frozenset(lang.INVARIABLE_CUES)  # the lemmas of the words that do not conjugate
        self._led_entries = [entry for readings in led.values() for entry, _ in readings]
        # Verbs that are cues only with their preposition: "a parlé d'une « trahison »".
        self._prepositions = {lemma: frozenset(words) for lemma, words in lang.PREPOSITIONAL_CUES.items()}
        self._not_before = {lemma: frozenset(words) for lemma, words in lang.NOT_CUES_BEFORE.items()}
        self.prepositional = frozenset(self._prepositions)
        self._auxiliaries = _auxiliaries(lang)
        self.auxiliary_forms = frozenset(self._auxiliaries)  # their forms, as folded tokens
        self.passive_auxiliary_forms = frozenset(form for form, auxiliary in self._auxiliaries.items()
                                                 if auxiliary.lemma == lang.PASSIVE_AUXILIARY)  # `est`, not `a`
        self._adverbs = _phrases(lang.ADVERBS, self._words)
        # `refuse de`, `tient à`: a finite form of a verb taking an infinitive, then its preposition: a verb begins
        self.control_forms = _finite_linkers(self._semi, _index(lang, _semi_entries(lang.CONTROL_VERBS), self._words))
        self.modal_forms = frozenset([  # `doit`, `va`: a verb begins, the subject before it is over
            *(form for form, readings in self._semi.items()
              if any(e.lemma in lang.MODAL_VERBS and f.mood == "finite" for e, f in readings)),
            *lang.ALLER_FORMS,
        ])
        self._intensifiers = frozenset(lang.INTENSIFIERS)
        self._grading = frozenset(lang.GRADING_ADVERBS)
        self._stressed = frozenset(lang.STRESSED_PRONOUNS)
        # The words an adverbial phrase can open with (a comma may open ", lui aussi,").
        self._adverb_openers = frozenset([*self._adverbs, *self._intensifiers, *self._stressed, ","])
        self._passive_cues = frozenset(lang.PASSIVE_CUES)
        self._marked_only = frozenset(lang.MARKED_ONLY)
        self._marked_forms = frozenset(lang.MARKED_FORMS)
        self._colon_verbs = frozenset(lang.VERBS_BEFORE_COLON)
        self._noun_markers = frozenset(lang.NOUN_MARKERS)
        pronouns = (*lang.REFLEXIVE_PRONOUNS, *lang.PREVERBAL_OBJECT_PRONOUNS, *lang.WEAK_PRONOUNS)
        # Each pronoun a verb group may open with: whether it makes the verb pronominal.
        self._preverbal = {pronoun: pronoun in lang.REFLEXIVE_PRONOUNS for pronoun in pronouns}
        # The words a verb group opens with.
        self.starters = frozenset([
            *self._speech, *self._semi, *negated, *self._auxiliaries, *pronouns, *self._leads, *led, *lang.NEGATION,
        ])
        self.lemmas = frozenset(a.lemma for forms in (*self._speech.values(), *led.values()) for _, a in forms)
        self.verb_forms = frozenset(self._speech)  # every word form of a speech verb, as folded tokens
        self.asking_forms = frozenset(form for form, readings in self._speech.items()
                                      if any(entry.lemma in lang.ASKING_VERBS for entry, _ in readings))
        # Those, and the words invariable phrases are found by.
        self.speech_forms = frozenset([*self._speech, *led])
        self.inverted_only = frozenset(lang.INVERTED_ONLY)
        self.perception_forms = frozenset(_index(lang, lang.PERCEPTION_VERBS, self._words))
        self.group_words = self._group_vocabulary()

    def _group_vocabulary(self) -> frozenset[str]:
        """Every word a verb group can hold before its speech verb: pronouns, auxiliaries,
        inversion clitics, adverbs, semi-auxiliaries with their linkers, fixed words."""
        lang = self.lang
        entries = [entry for table in (self._speech, self._semi) for readings in table.values() for entry, _ in readings]
        entries += self._led_entries
        entries += [entry for readings in self._heads.values() for entry, _ in readings if entry.negated]
        return frozenset([
            *self.starters,
            *(word for phrases in self._adverbs.values() for phrase in phrases for word in phrase),
            *self._intensifiers,
            *self._stressed,
            *self._negation_adverbs,
            *(word for entry in entries for word in (*entry.lead, *entry.tail)),
            *(linker for entry in entries for linker in entry.linkers or ()),
            *self._inversion_clitics,
            *lang.SUBJECT_CLITICS,  # "avait- il ajouté": hyphen and pronoun apart
            lang.PASSIVE_PARTICIPLE,
            lang.INVERSION_HYPHEN,
            ",",
        ])

    def __len__(self) -> int:
        """The number of distinct speech-verb word forms."""
        return len(self._speech)

    # --- words -------------------------------------------------------------------------

    def tokenize(self, text: str) -> list[Token]:
        """Words, elided words ("l'", "s'"), inversion clitics ("-t-il") and punctuation, with offsets."""
        glued = glued_paragraphs(text)
        return [Token(*columns) for columns in zip(*self.token_columns(text, glued))]

    def token_columns(self, text: str, glued: Sequence[int] = (), written: str | None = None
                      ) -> tuple[list[str], list[int], list[int]]:
        """The tokens of `tokenize` as three lists: texts, start offsets, end offsets; a word cut at each of the
        `glued` offsets (GLUED_PARAGRAPH found in the text as `written`, if `text` is it in lower case) that opens
        in lower case.

        Lists built by C-level splitting and summing: a match object per token costs four
        times as much, and tokenizing is most of the parser's time on a long article.
        """
        texts, starts, ends = self._split_columns(text, in_fast_blocks(text))
        # The tokens holding a hyphen, an inversion clitic's (`a-t-il`): each found by str.find, a search in C,
        # where a character class is tried at every character.
        joined = set()
        for joiner in self._clitic_joiners:
            at = text.find(joiner)
            while at >= 0:
                joined.add(bisect_right(starts, at) - 1)
                at = text.find(joiner, at + 1)
        cuts = [(i, cut) for i in sorted(joined) if len(cut := self._split(texts[i])) > 1]  # "a-t-il": 2 tokens
        if glued:
            written = written or text
            cuts = sorted(cuts + [(i, (texts[i][: at - starts[i]], texts[i][at - starts[i] :])) for at in glued
                                  if (i := bisect_right(starts, at) - 1) not in joined and texts[i].isalpha()
                                  and not (i and ends[i - 1] == starts[i] and normalize(texts[i - 1]) in self._elision_set)
                                  and (written[starts[i]].islower() or text[at : ends[i]].lower() in self.glued_openers)])
            # (not `PlayStation`, `WhatsApp`: names; but `FranceLes`, an article glued to a name; not after an elided
            # word: `l'affaireLe`)
        if not cuts:
            return texts, starts, ends
        # Rebuilt in one pass: a splice per cut word would move the rest of the lists each time.
        new_texts, new_starts, new_ends, done = [], [], [], 0
        for i, cut in cuts:
            new_texts += texts[done:i]
            new_starts += starts[done:i]
            new_ends += ends[done:i]
            offsets = list(accumulate(map(len, cut), initial=starts[i]))
            new_texts += cut
            new_starts += offsets[:-1]
            new_ends += offsets[1:]
            done = i + 1
        new_texts += texts[done:]
        new_starts += starts[done:]
        new_ends += ends[done:]
        return new_texts, new_starts, new_ends

    def _split_columns(self, text: str, fast: bool) -> tuple[list[str], list[int], list[int]]:
        """The tokens the split makes (an elided word apart: `l'`, `homme`), their starts and ends. On a text of
        FAST_BLOCKS, `re` reads TOKENS_A_MATCH tokens, each after its spaces, a match: it sets every search up anew,
        its stack allocated outside Python's small-object allocator, which cost more than matching the word (a split
        of the 400 articles: 598 million instructions, 532 this way, callgrind). The text is padded with as many
        tokens of one character, so that its last ones fall in a whole match; the padding's are cut off."""
        if fast:
            parts = list(chain.from_iterable(self._fast_token_runs.findall(text + TOKEN_PADDING)))
        else:
            parts = self._token_split.split(text)  # gap, token, gap, token, ..., gap
        offsets = list(accumulate(map(len, parts)))
        texts, starts, ends = parts[1::2], offsets[0::2], offsets[1::2]
        n = bisect_left(starts, len(text))  # (the padding's tokens, or the split's last gap)
        del texts[n:], starts[n:], ends[n:]
        return texts, starts, ends

    def _cut(self, word: str) -> tuple[str, ...]:
        """One word cut into elided prefix, body and inversion clitic ("s'est-il" -> 3 parts)."""
        if len(word) < 2 or not _JOINER.search(word):
            return (word,)
        norm = normalize(word)
        if len(norm) != len(word):
            return (word,)
        parts = []
        for elision in self._elisions:
            if norm.startswith(elision) and len(norm) > len(elision):
                parts.append(word[: len(elision)])
                word, norm = word[len(elision) :], norm[len(elision) :]
                break
        # (no clitic without its hyphen: most words cut are elided ones, told in C before the `regex` call)
        if norm not in self._inversion_clitics and self.lang.INVERSION_HYPHEN in norm:
            found = self._clitic_suffix.match(norm)
            if found:
                cut = found.end("head")
                parts.append(word[:cut])
                word = word[cut:]
        parts.append(word)
        return tuple(parts)

    def _words(self, text: str) -> tuple[str, ...]:
        return tuple(normalize(t.text) for t in self.tokenize(text))

    # --- single words ------------------------------------------------------------------

    def forms(self, word: str) -> tuple[VerbForm, ...]:
        """Every reading of one token as a speech verb, finite ones first."""
        return tuple(form for _, form in self._speech.get(normalize(word), ()))

    def speech_verb(self, word: str) -> VerbForm | None:
        """The preferred reading of one token as a speech verb, or None."""
        readings = self._speech.get(normalize(word))
        return readings[0][1] if readings else None

    def auxiliary(self, word: str) -> Auxiliary | None:
        """The reading of one token as a form of a tense-building auxiliary, or None."""
        return self._auxiliaries.get(normalize(word))

    def inverted_subject(self, word: str) -> str | None:
        """The pronoun of an inversion clitic token ("-t-il" -> "il"), or None."""
        return self._inversion_clitics.get(normalize(word))

    # --- verb groups -------------------------------------------------------------------

    def match_cue(self, words: list[str], i: int, normalized: bool = False) -> CueMatch | None:
        """The speech-verb group that starts at words[i], or None.

        `words` are tokens as `tokenize` makes them; unsplit ones ("a-t-il", "s'est") are
        split here, and the match's indices still refer to `words`. `normalized=True` says
        they are already split and normalized, which saves the copy.
        """
        if not 0 <= i < len(words):
            return None
        word = words[i]
        if word not in self.starters:
            if normalized:
                return None
            first = normalize(self._split(word)[0]) if _JOINER.search(word) else normalize(word)
            if first not in self.starters:
                return None  # the common case, decided before the window is split
        if normalized:  # words as `tokenize` split them, already normalized: no copy to make
            parts = words[i : i + WINDOW]
            owners = range(i, i + len(parts))
        else:
            parts, owners = [], []
            for index in range(i, min(len(words), i + WINDOW)):
                for part in self._split(words[index]):
                    parts.append(normalize(part))
                    owners.append(index)
        parts += END_PADDING
        before = "" if i == 0 else words[i - 1] if normalized else normalize(self._split(words[i - 1])[-1])
        group = self._match(parts, before)
        if group is None:
            return None
        return CueMatch(
            lemma=group.lemma,
            start=i,
            end=owners[group.end - 1] + 1,
            number=group.number,
            gender=group.gender,
            inverted_subject=group.clitic,
            mood=group.mood,
            passive=group.passive,
        )

    def _match(self, p: list[str], before: str = "", negated: bool = False) -> _Group | None:
        """The longest verb group at the start of p: pronouns, then auxiliary or verb; `before`
        is the word before p, if any; `negated`: p follows a negation, which only the negated
        semi-auxiliaries may take ("n'a pas manqué de rappeler")."""
        if p[0] in self.negation and not negated:
            group = self._match(p[1:], negated=True) if len(p) > 1 else None
            return group._replace(end=group.end + 1) if group else None
        if p[0] in self._leads:
            groups = self._led(p)
            if groups:
                return max(groups, key=_group_end)
        k, reflexive = self._pronouns(p) if p[0] in self._preverbal else (0, False)  # most groups open on their verb
        auxiliary = self._auxiliaries.get(p[k])
        if auxiliary and auxiliary.tense != "participle":
            groups = self._compound(p, k, auxiliary, reflexive, negated)
        else:
            groups = self._simple(p, k, reflexive, before, negated)
            if p[0] in self.lang.sets.WEAK_PRONOUNS:
                # "la note", "en poste": an article or a preposition, unless the verb is inverted.
                groups = [g for g in groups if g.clitic]
        if len(groups) < 2:  # (most words: one reading or none, no `max` call)
            return groups[0] if groups else None
        return max(groups, key=_group_end)

    def _pronouns(self, p: list[str], k: int = 0) -> tuple[int, bool]:
        """Skip the object and reflexive pronouns before a verb at p[k]: (next index, reflexive)."""
        reflexive = False
        while k < len(p) and p[k] in self._preverbal:
            reflexive = reflexive or self._preverbal[p[k]]
            k += 1
        return k, reflexive

    def _compound(self, p: list[str], k: int, auxiliary: Auxiliary, reflexive: bool, negated: bool = False) -> list[_Group]:
        """Auxiliary (+ clitic) (+ adverbs) + participle: "a-t-il encore ajouté", "s'est alarmée",
        and the passive: "est-il précisé", "a été annoncé"."""
        lang = self.lang
        finite = auxiliary.number is not None
        clitic, k = self._clitic(p, k + 1) if finite else (None, k + 1)
        if negated and p[k] in self._negation_adverbs:  # past the negation's second word (`pas` in `n'hésite pas à`)
            k += 1
        if p[k] in self._adverb_openers:  # (most words open no adverb: told before the call)
            k = self._skip_adverbs(p, k)
        passive = not reflexive and auxiliary.lemma == lang.PASSIVE_AUXILIARY
        if not reflexive and auxiliary.lemma == lang.PERFECT_AUXILIARY and p[k] == lang.PASSIVE_PARTICIPLE:
            passive, k = True, self._skip_adverbs(p, k + 1)
        wanted = lang.REFLEXIVE_AUXILIARY if reflexive else lang.PERFECT_AUXILIARY
        if auxiliary.lemma != wanted and not passive:
            return []
        # The participle agrees with the subject only after être.
        agrees = passive or auxiliary.lemma == lang.REFLEXIVE_AUXILIARY
        mood = "finite" if finite else auxiliary.tense
        groups = []
        for entry, form in self._heads.get((p[k], reflexive, True), ()):  # its readings as a past participle
            if passive and entry.lemma not in self._passive_cues:
                continue  # "a été interrogé" is said of the one asked, not of the speaker
            if entry.negated != negated:
                continue
            gender = form.gender if agrees else None
            start = _Group(entry.lemma, k + 1, auxiliary.number, gender, clitic, mood, passive)
            groups += self._complete(p, entry, start, allow_clitic=False)
        return groups

    def _simple(self, p: list[str], k: int, reflexive: bool, before: str = "", negated: bool = False) -> list[_Group]:
        """A verb without auxiliary: "ajoute-t-il", "s'alarme", "affirmant", "peut-on lire"."""
        groups = []
        graded = k == 0 and before in self._grading
        for entry, form in self._heads.get((p[k], reflexive, False), ()):  # its readings in other moods
            if entry.lead or entry.negated != negated:
                continue  # "cris" without "aux" before it; "manque de" without "ne"
            if graded and form.mood == "finite":
                continue  # `une mission bien précise`, `très critique`: an adjective a grading adverb grades, no verb
            start = _Group(entry.lemma, k + 1, form.number, None, None, form.mood)
            found = self._complete(p, entry, start, allow_clitic=form.mood == "finite", negated=negated)
            if k == 0 and (entry.lemma in self._marked_only or p[k] in self._marked_forms):
                # "contre 71 %" is no verb; "Libération titre : « … »" is, but not "le titre : « … »"
                found = [g for g in found if g.clitic or self._verb_before_colon(p, g, before)]
            groups += found
        return groups

    def _verb_before_colon(self, p: list[str], group: _Group, before: str) -> bool:
        """A marked form that the data let be a verb before a colon, and no noun by its word before."""
        return p[0] in self._colon_verbs and p[group.end] == self.lang.COLON and before not in self._noun_markers

    def _led(self, p: list[str]) -> list[_Group]:
        """An invariable phrase found by a later word than its first: "aux cris de"."""
        groups = []
        for lead in self._leads[p[0]]:
            k = len(lead)
            if tuple(p[:k]) != lead:
                continue
            for entry, form in self._heads.get((p[k], False, False), ()):
                if entry.lead == lead:
                    start = _Group(entry.lemma, k + 1, form.number, None, None, form.mood)
                    groups += self._complete(p, entry, start, allow_clitic=False)
        return groups

    def _complete(self, p: list[str], entry: _Entry, group: _Group, allow_clitic: bool, negated: bool = False) -> list[_Group]:
        """Extend a matched head with its clitic, its fixed words or infinitive, and trailing adverbs."""
        k, clitic = group.end, group.clitic
        if allow_clitic:
            clitic, k = self._clitic(p, k)
        if negated and p[k] in self._negation_adverbs:  # past the negation's second word (`pas` in `n'hésite pas à`)
            k += 1
        if entry.tail:  # (most verbs have no fixed words: told before the call)
            k = self._tail(p, k, entry.tail)
            if k is None:
                return []
        ends = [(entry.lemma, k)] if entry.linkers is None else self._infinitive(p, k, entry.linkers)
        # (the clitic's gender and number, if any, read once for every end)
        clitic_gender, clitic_number = self.lang.SUBJECT_CLITICS[clitic] if clitic else (None, None)
        groups = []
        for lemma, end in ends:
            if p[end] in self._adverb_openers:  # (most words open no adverb: told before the call)
                end = self._skip_adverbs(p, end, trailing=True)
            if lemma in self._prepositions:  # "a parlé d'une « trahison »", not "a parlé une heure"
                if p[end] == "," and p[end + 1] in self._stressed and p[end + 2] == ",":
                    end += 3  # "parle, lui, d'une « … »"
                if p[end] not in self._prepositions[lemma]:
                    continue
                end += 1
            elif lemma in self._not_before and p[end] in self._not_before[lemma]:
                continue  # `peut prétendre à une indemnité`: no words claimed
            gender = clitic_gender or group.gender
            number = group.number or clitic_number
            groups.append(_Group(lemma, end, number, gender, clitic, group.mood, group.passive))
        return groups

    def _infinitive(self, p: list[str], k: int, linkers: tuple[str, ...]) -> list[tuple[str, int]]:
        """After a semi-auxiliary: linker (+ adverbs) + speech verb in the infinitive: (lemma, end)."""
        k = self._skip_adverbs(p, k)
        found = []
        for linker in linkers:
            j = k
            if linker:
                if p[j] != linker:
                    continue
                j = self._skip_adverbs(p, j + 1)
            j, reflexive = self._pronouns(p, j)  # "tient à le rappeler", "peut-on y lire"
            for entry, form in self._speech.get(p[j], ()):
                if form.mood == "infinitive" and entry.reflexive == reflexive:
                    end = self._tail(p, j + 1, entry.tail)
                    if end is not None:
                        found.append((entry.lemma, end))
        return found

    def _tail(self, p: list[str], k: int, tail: tuple[str, ...]) -> int | None:
        """The end of a phrase's fixed words at p[k] ("savoir" in "fait aussi savoir"), or None."""
        if not tail:
            return k
        k = self._skip_adverbs(p, k)
        if tuple(p[k : k + len(tail)]) != tail:
            return None
        return k + len(tail)

    def _clitic(self, p: list[str], k: int) -> tuple[str | None, int]:
        """The inverted subject pronoun at p[k] ("-t-il") and the index after it."""
        pronoun = self._inversion_clitics.get(p[k])
        if pronoun:
            return pronoun, k + 1
        if p[k] == self.lang.INVERSION_HYPHEN:  # "a -t-il", "a - t-il"
            pronoun = self._inversion_clitics.get(p[k] + p[k + 1])
            if pronoun:
                return pronoun, k + 2
        return None, k

    def adverbial_end(self, p: list[str], k: int) -> int | None:
        """The end of the adverbial phrase opening at p[k] (`de son côté`, `pour sa part`), or None."""
        if k >= len(p) or p[k] not in self._adverbs:
            return None
        end = self._adverb_end(p[k : k + WINDOW] + END_PADDING, 0)
        return None if end is None else k + end

    def _skip_adverbs(self, p: list[str], k: int, trailing: bool = False) -> int:
        """The index after the adverbs at p[k] ("pour sa part", ", lui aussi,")."""
        blockers = self.lang.ADVERB_BLOCKERS
        while p[k] in self._adverb_openers:  # most words open none: one look-up decides
            end = self._adverb_end(p, k, inside=not trailing)
            if end is None and not trailing and p[k] == ",":
                end = self._adverb_end(p, k + 1, inside=True)
                end = end + 1 if end is not None and p[end] == "," else None
            if end is None or (trailing and p[end] in blockers):
                return k
            k = end
        return k

    def _adverb_end(self, p: list[str], k: int, inside: bool = False) -> int | None:
        """The end of the longest adverbial phrase at p[k], an intensifier included, or None.
        Inside a verb group, a stressed pronoun counts as one ("a, lui, estimé")."""
        if inside and p[k] in self._stressed:
            return k + 1
        if p[k] in self._intensifiers:
            end = self._adverb_end(p, k + 1)
            if end is not None:
                return end
        for phrase in self._adverbs.get(p[k], ()):
            if tuple(p[k : k + len(phrase)]) == phrase:
                return k + len(phrase)
        return None


# --- building the tables --------------------------------------------------------------


def _token_pattern(elisions: tuple[str, ...], word_character: str, possessive: bool) -> str:
    """Words (their parts joined by `_JOINERS`: `aujourd'hui`, `a-t-il`), an elided word apart, ending on its
    apostrophe (`l'`, `qu'`: one of `elisions` that opens a word, in either case), and any other character but a
    space. With `possessive` repeats and `[^\\s]` for `\\S`, for `re`: a fifth faster (nothing after a word may take
    back what it matched, and `re` tests a class quicker than a category). The elisions are cut by the split
    itself, in C: a cut of each elided word afterwards cost a tenth of tokenizing."""
    more, any_more = ("++", "*+") if possessive else ("+", "*")
    # (a lookbehind per elision, tried only after an apostrophe, `.`: at the word's start, the elision and nothing else)
    lookbehinds = ["(?<=(?<!{w}){e}.)".format(w=word_character, e="".join(
        f"[{c}{c.upper()}]" if len(c.upper()) == 1 and c.upper() != c else re.escape(c) for c in elision.rstrip("'")))
        for elision in elisions]
    elided = f"[{_APOSTROPHES}](?:{'|'.join(lookbehinds)})(?={word_character})|" if lookbehinds else ""
    joined = f"[{_JOINERS}]{word_character}{more}"
    other = "[^\\s]" if possessive else "\\S"
    # Each alternative opens on a character class, which `re` tests before it enters the alternative (a frame on
    # its stack): most words, followed by no joiner, enter none but the empty one (a tenth of the split's cost).
    return f"({word_character}{word_character}{any_more}(?:{elided}{joined}(?:{joined}){any_more}|)|{other})"


def _clitic_suffix(lang: Language) -> regex.Pattern:
    """A verb with its inversion clitic attached ("dit-il"), the verb as group "head"."""
    pronouns = "|".join(regex.escape(c) for c in sorted(lang.SUBJECT_CLITICS, key=len, reverse=True))
    hyphen, t = regex.escape(lang.INVERSION_HYPHEN), regex.escape(lang.EPENTHETIC)
    head = rf"(?P<head>\p{{L}}[\p{{L}}\p{{M}}{hyphen}]*?)"
    return regex.compile(rf"{head}{hyphen}(?:{t}{hyphen})?(?:{pronouns})$")


def _inversion_clitics(lang: Language) -> dict[str, str]:
    """Every inversion clitic as a token of its own ("-t-il", "t-il", "-il"), with its pronoun."""
    hyphen, t = lang.INVERSION_HYPHEN, lang.EPENTHETIC
    return {
        form: pronoun
        for pronoun in lang.SUBJECT_CLITICS
        for form in (hyphen + t + hyphen + pronoun, t + hyphen + pronoun, hyphen + pronoun)
    }


def _semi_entries(semi: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, tuple]:
    """Semi-auxiliary data in the shape of SPEECH_VERBS, each verb paired with its linkers."""
    return {paradigm: tuple(verbs.items()) for paradigm, verbs in semi.items()}


def _finite_linkers(*tables: dict[str, tuple]) -> dict[str, frozenset[str]]:
    """The prepositions after each finite form of the tables' verbs that take an infinitive after one, right after the
    verb (not `juger bon de`: `la juge d'appel`), not reflexive (its pronoun begins the verb already; `la limite à`)."""
    found: dict[str, set[str]] = {}
    for table in tables:
        for form, readings in table.items():
            linkers = {linker for entry, verb_form in readings
                       if verb_form.mood == "finite" and not entry.tail and not entry.reflexive
                       for linker in entry.linkers or () if linker}
            if linkers:
                found.setdefault(form, set()).update(linkers)
    return {form: frozenset(linkers) for form, linkers in found.items()}


def _index(lang: Language, verbs: dict[str, tuple], words, negated: bool = False) -> dict[str, tuple]:
    """Every form of every verb: {form: ((entry, VerbForm), ...)}, finite and non-pronominal first."""
    table: dict[str, dict] = {}
    for paradigm_name, entries in verbs.items():
        paradigm = _Paradigm(lang.PARADIGMS[paradigm_name], lang.PLACEHOLDERS)
        for item in entries:
            text, linkers = item if isinstance(item, tuple) else (item, None)
            entry, head = _parse_entry(text, linkers, lang, words)
            entry = replace(entry, negated=True) if negated else entry
            for form, mood, number, gender in paradigm.conjugate(head, lang.PARTICIPLE_AGREEMENT):
                table.setdefault(form, {}).setdefault((entry, mood), set()).add((number, gender))
    return {form: _readings(entry_moods) for form, entry_moods in table.items()}


def _heads(*tables: dict[str, tuple]) -> dict[tuple[str, bool, bool], tuple]:
    """The readings of the tables by (form, reflexive, past participle or not), in table order:
    matching looks up a head for every group it tries."""
    heads: dict[tuple[str, bool, bool], tuple] = {}
    for table in tables:
        for form, readings in table.items():
            for entry, verb_form in readings:
                key = (form, entry.reflexive, verb_form.mood == "participle")
                heads[key] = heads.get(key, ()) + ((entry, verb_form),)
    return heads


def _invariables(phrases: dict[str, tuple[str, str]], words) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Words and phrases that work as a speech verb without conjugating, by the word each is
    found by ({head: ((entry, VerbForm), ...)}): those found by their first word ("dixit"),
    and those found by a later one ("cris" in "aux cris de")."""
    first: dict[str, tuple] = {}
    later: dict[str, tuple] = {}
    for phrase, (mood, head) in phrases.items():
        tokens = words(phrase)
        k = tokens.index(head)
        entry = _Entry(phrase, False, tokens[k + 1 :], lead=tokens[:k])
        table = later if k else first
        table[head] = table.get(head, ()) + ((entry, VerbForm(phrase, mood, None, None, False)),)
    return first, later


def _leads(table: dict[str, tuple]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words before the heads of invariable phrases, by their first word: {"aux": (("aux",),)}."""
    leads: dict[str, set] = {}
    for readings in table.values():
        for entry, _ in readings:
            leads.setdefault(entry.lead[0], set()).add(entry.lead)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in leads.items()}


def _readings(entry_moods: dict) -> tuple:
    """One reading per entry and mood; features the forms disagree on become None (admis: sg or pl)."""
    readings = []
    for (entry, mood), features in entry_moods.items():
        numbers, genders = {n for n, _ in features}, {g for _, g in features}
        number = numbers.pop() if len(numbers) == 1 else None
        gender = genders.pop() if len(genders) == 1 else None
        readings.append((entry, VerbForm(entry.lemma, mood, number, gender, entry.reflexive)))
    readings.sort(key=lambda r: (MOOD_ORDER.index(r[1].mood), r[0].reflexive))
    return tuple(readings)


def _parse_entry(text: str, linkers, lang: Language, words) -> tuple[_Entry, str]:
    """An entry of the data ("s'alarmer", "faire savoir") and the word to conjugate."""
    lemma, reflexive = text, False
    for pronoun in lang.REFLEXIVE_PRONOUNS:
        glue = "" if pronoun.endswith("'") else " "
        if text.startswith(pronoun + glue):
            text, reflexive = text[len(pronoun + glue) :], True
            break
    head, _, rest = text.partition(" ")
    return _Entry(lemma, reflexive, words(rest) if rest else (), linkers), head


class _Paradigm:
    """One conjugation class: the infinitive ending it replaces, and the endings replacing it."""

    FEATURES = {
        "finite_sg": ("finite", "sg"),
        "finite_pl": ("finite", "pl"),
        "participle": ("participle", None),
        "present_participle": ("present_participle", None),
        "infinitive": ("infinitive", None),
    }

    def __init__(self, data: dict, placeholders: dict[str, str]):
        self.data = data
        pattern = regex.sub(
            r"\{(\w+)\}|([^{}]+)",
            lambda m: f"(?P<{m[1]}>{placeholders[m[1]]})" if m[1] else regex.escape(m[2]),
            data["suffix"],
        )
        self.suffix = regex.compile(rf"(?P<stem>.*){pattern}")

    def conjugate(self, infinitive: str, agreement) -> list[tuple[str, str, str | None, str | None]]:
        """Every form of a verb: (form, mood, number, gender)."""
        found = self.suffix.fullmatch(infinitive)
        if not found:
            raise ValueError(f"{infinitive!r} does not end like its paradigm ({self.data['suffix']!r})")
        fills = {k: v for k, v in found.groupdict().items() if k != "stem"}
        forms = []
        for key, (mood, number) in self.FEATURES.items():
            for ending in self.data[key]:
                form = found["stem"] + regex.sub(r"\{(\w+)\}", lambda m: fills[m[1]], ending)
                if mood == "participle":
                    forms += [(_agree(form, end), mood, n, g) for end, g, n in agreement]
                else:
                    forms.append((form, mood, number, None))
        return forms


def _agree(participle: str, ending: str) -> str:
    """A participle with an agreement ending, whose first letter is not doubled (admis + s)."""
    if ending and participle.endswith(ending[0]):
        ending = ending[1:]
    return participle + ending


def _auxiliaries(lang: Language) -> dict[str, Auxiliary]:
    table = {}
    for lemma, tenses in lang.AUXILIARIES.items():
        for tense, (singular, plural) in tenses.items():
            table[singular] = Auxiliary(lemma, "sg", tense)
            table[plural] = Auxiliary(lemma, "pl", tense)
    for lemma, moods in lang.NONFINITE_AUXILIARIES.items():
        for mood, form in moods.items():
            table[form] = Auxiliary(lemma, None, mood)
    return table


def _phrases(phrases, words) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word phrases by first word, longest first."""
    table: dict[str, list] = {}
    for phrase in phrases:
        tokens = words(phrase)
        table.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in table.items()}


def lexicon_of(lang: Language) -> Lexicon:
    """The lexicon of a language, built once and kept on it."""
    return lang.derived(Lexicon)


def tokenize(text: str, lang: Language) -> list[Token]:
    """Tokens of a text, split the way `Lexicon.match_cue` expects them."""
    return lexicon_of(lang).tokenize(text)


MAX_ENDING = 6  # the longest ending PERSON_NOUN_GENDERS may hold


def person_noun_gender(lang, noun: str) -> str | None:
    """The gender a noun of a person tells (PERSON_NOUN_GENDERS: the noun, else its longest ending there):
    `m`, `f`, `""` for both (`membre`, `vidéaste`); None for a noun not known as a person's."""
    genders = lang.PERSON_NOUN_GENDERS
    if noun in genders:
        return genders[noun]
    for n in range(min(len(noun) - 3, MAX_ENDING), 0, -1):  # three letters at least before the ending
        gender = genders.get("-" + noun[-n:])
        if gender is not None:
            return gender
    return None


def is_past_participle(lang, word: str) -> bool:
    """A past participle by its ending (`spécialisé`) or an irregular one (`émis`)."""
    return word.endswith(lang.PARTICIPLE_ENDINGS) or word in lang.sets.IRREGULAR_PARTICIPLES


def participle_gender(lang, word: str) -> str | None:
    """The gender a singular past participle agrees in (`revenue`: f; `revenu`, `mis`: m), by what it adds in the
    feminine (FEMININE_PARTICIPLE_SUFFIX); None for no participle, or where participles agree with nobody."""
    suffix = lang.FEMININE_PARTICIPLE_SUFFIX
    if not suffix or not is_past_participle(lang, word):
        return None
    return "f" if word.endswith(suffix) and is_past_participle(lang, word[: -len(suffix)]) else "m"


def adjective_gender(lang, words: Sequence[str]) -> str | None:
    """The gender the first of `words` (folded) that is an adjective of a role tells (`l'ancienne ministre`,
    `l'actuel ministre`: what an elided article does not): FORMER_WORDS, MODIFIER_GENDERS."""
    return next((gender for w in words if (gender := lang.FORMER_WORDS.get(w) or lang.MODIFIER_GENDERS.get(w))), None)


def bare_role_gender(lang, word: str) -> str | None:
    """The gender a noun of a person written bare after a comma tells (`X, vendeuse au marché`): `m`, `f`, `""`
    for none; None for no such noun, nor a present participle ending like one (`X, estimant que …`)."""
    if word not in lang.PERSON_NOUN_GENDERS and word.endswith(lang.PRESENT_PARTICIPLE_ENDING):
        return None
    return person_noun_gender(lang, word)


def without_former(lang, word: str) -> str:
    """'ex-ministre' → 'ministre'."""
    if not word.startswith(lang.FORMER_PREFIXES):
        return word  # most words, told at once in C
    for prefix in lang.FORMER_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word

"""An article as tokens: words folded for lookups, sentences, and what lies inside quotes."""

from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from functools import partial
from itertools import compress

from .lang import Language
from .lexicon import WINDOW, glued_paragraphs, lexicon_of, normalize, normalize_text, tokenize
from .spans import Span

SENTENCE_PUNCTUATION = frozenset(".!?…;")
# Each of these is a token of its own: found in the text (by str.find, memchr in C, where a class was tried at
# every character), they give the candidate sentence ends, and line breaks too.
SENTENCE_MARKS = "".join(sorted(SENTENCE_PUNCTUATION))
# A sentence also ends at the dash that closes a sub-heading run into the text (`- Londres -Les médecins
# s'inquiètent`: spaced before, glued to a capital after). Sought with str.find: a regular expression
# trying every character for it cost 2 % of parsing (callgrind, 400 articles); str.find and the extra
# sentence ends together cost 1 %.
HEADING_DASHES = "-–—"
HEADING_ENDS = tuple(space + dash for space in " \n\u00a0" for dash in HEADING_DASHES)
# And at a closing parenthesis glued to a capital: a caption or a credit run into the next paragraph
# (`… par euronews (en français)L'économiste …`).
CAPTION_END = ")"
# A bullet before a heading run into its paragraph (`► Paul X Paul X, interrogé …`): both stand apart.
BULLETS = "•►♦■▶"
BULLET_HEADING_TOKENS = 14  # a heading's length at most, its bullet included
CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
LOWER_WORD_END = re.compile(r"[a-zß-öø-ÿ]{3} ")  # the end of a word in lower case, and a space


def run_in_heading(lang: Language) -> re.Pattern:
    """A capitalised article before a word in lower case: after a word in lower case (LOWER_WORD_END, checked by
    the caller), a sentence opens there (`Soutenir les commerces Le maire a …`: a heading run into the
    paragraph it tops, its break lost; not `le journal Le Monde`, `Jean Le Pen`: names, capitalised after the article)."""
    # (an elided article holds its next word, any other stands apart: not `La` in `Lacube`)
    articles = "|".join(re.escape(a[:1].upper() + a[1:]) + ("" if a.endswith("'") else " ")
                        for a in sorted(lang.DEFINITE, key=len, reverse=True))
    # (sought by its capital, the cheap part, then checked behind: a pattern opening on a lookbehind tries every position)
    return re.compile(rf"(?:{articles})(?=[a-zß-öø-ÿ]{{3}})")

# Folding turns these into apostrophes, which join words: where they occur, tokenize as written.
FOLDED_INTO_JOINERS = ("´", "`")


class TokenTexts:
    """The tokens as written, sliced from the text when asked for (most never are)."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: list[int], ends: list[int]):
        self.text, self.starts, self.ends = text, starts, ends

    def __getitem__(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]


def phrase_table(lang: Language, phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Each phrase as the words the tokenizer makes of it, by first word, in the given order: what
    `Document.phrase_at` looks up."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        elided = phrase.endswith("'")  # `c'est ainsi qu'`: its last word is elided onto the next one
        words = [t.norm for t in tokenize(phrase + "x" if elided else phrase, lang)][: -1 if elided else None]
        by_first.setdefault(words[0], []).append(words)
    return by_first


class Document:
    """An article's tokens, with what lies inside quotations marked."""

    def __init__(self, text: str, spans: list[Span], lang):
        self.text = text
        self.lang = lang
        self.lexicon = lexicon_of(lang)
        # Tokens as parallel lists (folded word, offsets): no object per token.
        folded = normalize_text(text)
        self.glued = glued_paragraphs(text)  # where a paragraph glued to the last opens
        if len(folded) == len(text) and not any(c in text for c in FOLDED_INTO_JOINERS):
            self.words, self.starts, self.ends = self.lexicon.token_columns(folded, self.glued, text)
        else:  # a character whose lower case is longer: fold word by word
            written, self.starts, self.ends = self.lexicon.token_columns(text, self.glued)
            self.words = list(map(normalize, written))
        self.texts = TokenTexts(text, self.starts, self.ends)
        # The index of the first token starting at or after an offset: a bisection bound in C, with no
        # Python frame (asked some hundred times an article).
        self.index_at = partial(bisect.bisect_left, self.starts)
        self.size = len(self.words)
        self.quoted = [False] * self.size
        for s in spans:
            if s.depth == 0:
                lo, hi = self.index_at(s.outer_start), self.index_at(s.outer_end)
                self.quoted[lo:hi] = [True] * (hi - lo)
        # where a paragraph opens after a bullet's heading run into it (`• Un souvenir du concert Pour Paul, …`)
        self.heading_breaks: list[int] = []
        self.sentence_ends = self._sentence_ends(spans)
        self._sentences: list[int] | None = None
        self._reading_inside = False
        self._cues: dict[int, object] = {}
        # Every verb group holds a speech-verb form: where there is none, there is no cue; nor where the form is
        # capitalised after a capitalised word, inside a name (`l'Agence France Presse`).
        texts = self.texts
        self._speech_at = [k for k in self._indices_of(self.lexicon.speech_forms)
                           if not (k and texts[k][:1].isupper() and texts[k - 1][:1].isupper() and texts[k - 1].isalpha())]
        self._cue_positions: list[int] | None = None  # made when first asked for

    def cue_starts(self, lo: int, hi: int) -> list[int]:
        """The token indices in [lo, hi) where a speech-verb group may start, in order (the group
        may run past hi)."""
        if self._cue_positions is None:
            self._cue_positions = self._cue_positions_in_text()
        positions = self._cue_positions
        return positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]

    def _cue_positions_in_text(self) -> list[int]:
        """Every speech-verb form, and the words a group can open with in the run of group words
        right before it (`a-t-il`, `s'est`): the only places `cue` may find a verb group."""
        group_words, starters, words = self.lexicon.group_words, self.lexicon.starters, self.words
        positions: list[int] = []
        previous = -1
        for speech in self._speech_at:
            first, floor = speech, speech - WINDOW
            if floor < previous:
                floor = previous
            while first - 1 > floor and words[first - 1] in group_words:
                first -= 1
            if first == speech:  # most verbs: no group word before them (a generator made for each cost 0.2 %)
                if words[speech] in starters:
                    positions.append(speech)
            else:
                positions.extend(compress(range(first, speech + 1), map(starters.__contains__, words[first : speech + 1])))
            previous = speech
        return positions

    def cue(self, i: int):
        """The speech-verb group starting at token i (memoised: attribution asks often)."""
        if i not in self._cues:
            k = bisect.bisect_left(self._speech_at, i)
            if k == len(self._speech_at) or self._speech_at[k] >= i + WINDOW:
                return None
            if not self.lexicon.group_words.issuperset(self.words[i : self._speech_at[k]]):
                return None  # a word no verb group holds stands before the speech verb
            self._cues[i] = self.lexicon.match_cue(self.words, i, normalized=True)
        return self._cues[i]

    def _bullet_heading_end(self, i: int, ends: list[bool]) -> int | None:
        """The last token of a heading of capitalised words after the bullet at token i, run into its paragraph:
        before a capitalised function word that opens a sentence (`• Paul X Le nouveau ministre a …`, `• Irlande
        Dans …`; not `Le Pen`, a name's), or before the heading's words said again (`► Paul X Paul X, interrogé …`)."""
        texts = self.texts
        k = i + 1
        while k < self.size and texts[k][:1].isupper() and not texts[k].isupper() \
                and not self._opens_sentence_after_heading(k):
            k += 1
        heading = self.words[i + 1 : k]
        half = len(heading) // 2
        if half and len(heading) % 2 == 0 and heading[:half] == heading[half:]:
            return i + half
        if heading and k < self.size and self._opens_sentence_after_heading(k):
            return k - 1
        # A heading in words of any case (`• Un souvenir du concert Pour Paul, c'est …`): it ends before a
        # capitalised word only a sentence opens with, right after a word (no punctuation between), within
        # BULLET_HEADING_TOKENS.
        for j in range(i + 2, min(self.size, i + BULLET_HEADING_TOKENS)):
            if ends[j - 1] or self.quoted[j]:
                return None
            if self.texts[j][:1].isupper() and self.texts[j - 1][-1:].isalnum() \
                    and (self._opens_sentence_after_heading(j) or self.words[j] in self.lang.sets.CONNECTIVES):
                return j - 1
        return None

    def _opens_sentence_after_heading(self, k: int) -> bool:
        """Token k is a capitalised determiner, pronoun or preposition that no capitalised word follows (`Le
        député`, `Dans un entretien`; not `Le Pen`)."""
        word, lang = self.words[k], self.lang
        return self.texts[k][:1].isupper() \
            and (word in lang.DETERMINERS or word in lang.PRONOUNS or word in lang.sets.ADJUNCT_PREPOSITIONS) \
            and not (k + 1 < self.size and self.texts[k + 1][:1].isupper())

    def verb_group_start(self, k: int, match, lo: int):
        """Read backwards, a verb group is first met by its last verb: `a fait savoir` is
        found at `fait`. Step back (not before token lo) to the auxiliary or pronoun that opens it."""
        for back in (1, 2, 3):
            j = k - back
            if j < lo:
                break
            earlier = self.cue(j)
            if earlier is not None and earlier.end_index >= match.end_index:
                return j, earlier
        return k, match

    def _indices_of(self, words: frozenset[str]) -> list[int]:
        """The indices of the tokens that are one of `words`, in order."""
        # compress and map run in C: a comprehension over every token cost 3 % of parsing.
        return list(compress(range(self.size), map(words.__contains__, self.words)))

    def _sentence_ends(self, spans: list[Span]) -> list[bool]:
        # Found in the text, a mark's token by bisection: cheaper than a test of every token.
        ends = [False] * self.size
        text = self.text
        for mark in SENTENCE_MARKS:
            at = text.find(mark)
            while at >= 0:
                i = self.index_at(at)
                ends[i] = self._ends_sentence(i)
                at = text.find(mark, at + 1)
        # A line break ends the sentence of the token before it, whatever the mark there says (`M.`): read after them.
        self.line_ends = set()  # the tokens before a line break: a paragraph ends there, a quotation's too
        at = text.find("\n")
        while at >= 0:
            i = self.index_at(at) - 1
            if i >= 0:
                ends[i] = True
                self.line_ends.add(i)
            at = text.find("\n", at + 1)
        for heading_end in HEADING_ENDS:
            at = text.find(heading_end)
            while at >= 0:
                if CAPITAL.match(text, at + 2):
                    ends[self.index_at(at + 1)] = True
                at = text.find(heading_end, at + 2)
        for found in self.lang.derived(run_in_heading).finditer(text):
            at = found.start()
            if at > 4 and text[at - 1] == " " and LOWER_WORD_END.match(text, at - 4) and (i := self.index_at(at)):
                ends[i - 1] = True
        for at in self.glued:  # `dévoiléesLe parquet`: the tokenizer cut the word at the capital
            i = self.index_at(at)
            if 0 < i < self.size and self.starts[i] == at == self.ends[i - 1]:
                ends[i - 1] = True
        for bullet in BULLETS:
            at = text.find(bullet)
            while at >= 0:
                i = self.index_at(at)
                if (heading_end := self._bullet_heading_end(i, ends)) is not None:
                    ends[i - 1 if i else 0] = ends[i] = ends[heading_end] = True
                    if heading_end + 1 < self.size:
                        self.heading_breaks.append(self.starts[heading_end + 1])
                at = text.find(bullet, at + 1)
        at = text.find(CAPTION_END)
        while at >= 0:
            if CAPITAL.match(text, at + 1):
                ends[self.index_at(at)] = True
            at = text.find(CAPTION_END, at + 1)
        for s in spans:  # `« … »Le maire a …`: a quotation's closing mark glued to a capital, a paragraph's end
            if s.depth == 0 and CAPITAL.match(text, s.outer_end) and (i := self.index_at(s.outer_end)):
                ends[i - 1] = True
        if ends:
            ends[-1] = True
        return ends

    @contextmanager
    def read_inside(self, lo: int, hi: int):
        """Read tokens [lo, hi) of a quotation as if they were the reporter's."""
        saved = self.quoted[lo:hi]
        self.quoted[lo:hi] = [False] * (hi - lo)
        self._reading_inside = True
        try:
            yield
        finally:
            self.quoted[lo:hi] = saved
            self._reading_inside = False

    def elided_before(self, i: int) -> str | None:
        """The elided word the tokenizer cut off before token i (`d'« … »`: `d`, `'`, then the mark), joined back."""
        return self.words[i - 2] + "'" if i > 1 and self.words[i - 1] == "'" else None

    def _ends_sentence(self, i: int) -> bool:
        if self.words[i] == "." and i > 0:
            prev = self.words[i - 1]
            if prev in self.lang.sets.ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
                return False
            if i + 1 < self.size and self.starts[i + 1] == self.ends[i]:
                nxt = self.texts[i + 1]
                if nxt[:1].isdigit() or nxt[:1].islower():
                    return False  # 5.000, E.coli
        return True

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the sentence holding token i (quotes count as words)."""
        if self._sentences is None:
            self._sentences = self._sentence_table()
        if not self._reading_inside:
            k = bisect.bisect_left(self._sentences, i)
            return (self._sentences[k - 1] + 1 if k else 0), self._sentences[k] + 1
        lo = i
        while lo > 0 and not self._ends_outside(lo - 1):
            lo -= 1
        hi = i
        while hi < self.size and not self._ends_outside(hi):
            hi += 1
        return lo, min(hi + 1, self.size)

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """Every sentence's token range [lo, hi), in order (what `sentence` gives, token by token, without a search
        for each)."""
        if self._sentences is None:
            self._sentences = self._sentence_table()
        his = [end + 1 for end in self._sentences]
        return [(lo, hi) for lo, hi in zip([0, *his], his) if lo < hi]

    def _sentence_table(self) -> list[int]:
        """The index of the last token of every sentence, in order."""
        return [i for i in compress(range(self.size), self.sentence_ends) if self._ends_outside(i)] + [self.size - 1]

    def _ends_outside(self, i: int) -> bool:
        """Token i ends a sentence of the reporter's: not one inside a quotation, unless a paragraph ends there."""
        return self.sentence_ends[i] and (not self.quoted[i] or i in self.line_ends)

    def phrase(self, lo: int, hi: int) -> str:
        return self.text[self.starts[lo] : self.ends[hi - 1]] if hi > lo else ""

    def phrase_at(self, k: int, phrases: dict[str, list[list[str]]]) -> int:
        """Number of tokens of the first of `phrases` (word lists by first word) found at token k (0 if none)."""
        if k >= self.size:
            return 0
        words = self.words
        for parts in phrases.get(words[k], ()):
            if words[k : k + len(parts)] == parts:
                return len(parts)
        return 0

    def unquoted_end(self, lo: int, hi: int) -> int:
        """Where the reporter's words that end [lo, hi) begin: after its last quoted token."""
        quoted = self.quoted[lo:hi]
        if not any(quoted):  # (a truth test per item, where `in` compares each with True)
            return lo
        return hi - quoted[::-1].index(True)

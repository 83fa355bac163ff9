"""An article as tokens: words folded for lookups, sentences, and what lies inside quotes."""

from __future__ import annotations

import bisect
from contextlib import contextmanager

import regex

from .lexicon import get_lexicon, normalize
from .spans import Span

SENTENCE_PUNCTUATION = frozenset(".!?…;")
PARAGRAPH_BREAK = regex.compile(r"\n")


class Document:
    """An article's tokens, with what lies inside quotations marked."""

    def __init__(self, text: str, spans: list[Span], lang):
        self.text = text
        self.lang = lang
        self.lexicon = get_lexicon(lang.CODE)
        self.tokens = self.lexicon.tokenize(text)
        self.starts = [t.start for t in self.tokens]
        folded = normalize(text)
        if len(folded) == len(text):
            self.words = [folded[t.start : t.end] for t in self.tokens]
        else:  # a character whose lower case is longer: fold word by word
            self.words = [normalize(t.text) for t in self.tokens]
        self.quoted = [False] * len(self.tokens)
        for s in spans:
            if s.depth == 0:
                lo, hi = self.index_at(s.outer_start), self.index_at(s.outer_end)
                self.quoted[lo:hi] = [True] * (hi - lo)
        self.sentence_ends = self._sentence_ends()
        self._sentences: list[tuple[int, int]] | None = None
        self._reading_inside = False
        self._cues: dict[int, object] = {}

    def cue(self, i: int):
        """The speech-verb group starting at token i (memoised: attribution asks often)."""
        if i not in self._cues:
            self._cues[i] = self.lexicon.match_cue(self.words, i, normalized=True)
        return self._cues[i]

    def _sentence_ends(self) -> list[bool]:
        ends = [False] * len(self.tokens)
        for i, word in enumerate(self.words):
            if word in SENTENCE_PUNCTUATION:
                ends[i] = self._ends_sentence(i)
        for m in PARAGRAPH_BREAK.finditer(self.text):
            i = self.index_at(m.start()) - 1
            if i >= 0:
                ends[i] = True
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

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def _ends_sentence(self, i: int) -> bool:
        if self.words[i] == "." and i > 0:
            prev = self.words[i - 1]
            if prev in self.lang.ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
                return False
            if i + 1 < len(self.tokens) and self.tokens[i + 1].start == self.tokens[i].end:
                nxt = self.tokens[i + 1].text
                if nxt[:1].isdigit() or nxt[:1].islower():
                    return False  # 5.000, E.coli
        return True

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the sentence holding token i (quotes count as words)."""
        if self._sentences is None:
            self._sentences = self._sentence_table()
        if not self._reading_inside:
            return self._sentences[i]
        lo = i
        while lo > 0 and not (self.sentence_ends[lo - 1] and not self.quoted[lo - 1]):
            lo -= 1
        hi = i
        while hi < len(self.tokens) and not (self.sentence_ends[hi] and not self.quoted[hi]):
            hi += 1
        return lo, min(hi + 1, len(self.tokens))

    def _sentence_table(self) -> list[tuple[int, int]]:
        """The sentence of every token, computed once: [lo, hi) of each."""
        table, lo, n = [], 0, len(self.tokens)
        for i in range(n):
            if (self.sentence_ends[i] and not self.quoted[i]) or i == n - 1:
                table.extend([(lo, i + 1)] * (i + 1 - lo))
                lo = i + 1
        return table

    def phrase(self, lo: int, hi: int) -> str:
        return self.text[self.tokens[lo].start : self.tokens[hi - 1].end] if hi > lo else ""

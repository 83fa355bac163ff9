"""Reported speech without quote marks: `X a annoncé que …`, `…, a annoncé le Pentagone`."""

from __future__ import annotations

from .attribution import Attribution, Attributor
from .document import SENTENCE_PUNCTUATION
from .phrases import MAX_NP_TOKENS
from .spans import Span

MAX_OPENER_TOKENS = 3  # `Mais selon X,`: a selon-like phrase this close to the sentence's start


class IndirectSpeech:
    """Reported speech without quote marks: `X a annoncé que …`, `…, a annoncé le Pentagone`."""

    def __init__(self, attributor: Attributor):
        self.at = attributor
        self.phrases = attributor.phrases
        self.doc = attributor.doc

    def find(self) -> list[tuple[Span, Attribution]]:
        doc, found = self.doc, []
        for lo, hi in doc.sentence_ranges():
            if not any(doc.quoted[lo:hi]):
                item = self._according(lo, hi) or self._in_sentence(lo, hi)
                if item:
                    found.append(item)
        return found

    def _according(self, lo: int, hi: int):
        """`Selon X, la raison n'est pas sanitaire.`: the sentence after the comma is X's; `Les tireurs
        contrevenaient aux ordres, selon X, chercheur à Y.`: the sentence before it."""
        doc, at = self.doc, self.at
        end = hi - 1 if doc.words[hi - 1] in SENTENCE_PUNCTUATION else hi
        opening = min(end, lo + MAX_OPENER_TOKENS)
        if not at.according_keywords.isdisjoint(doc.words[lo : opening + 3]):  # most sentences open without one
            for k in range(lo, opening):
                if at.according_at(k):
                    attribution = at.according_phrase(k)
                    if attribution is None or attribution.mention_start is None:
                        return None
                    after = doc.index_at(attribution.mention_start + len(attribution.mention))
                    if after + 1 < end and doc.words[after] == "," and doc.words[after + 1] in doc.lang.sets.RELATIVE_CLAUSE_WORDS:
                        # `Selon X, qui a révélé l'information mardi, …`: what is X's follows the relative clause
                        after = next((c for c in range(after + 2, end) if doc.words[c] == ","), end)
                    if after < end and doc.words[after] == ",":
                        return self._item(after + 1, end, None, attribution)
                    return None
        if at.according_keywords.isdisjoint(doc.words[lo + 1 : end]):
            return None  # most sentences: no selon-like phrase at all
        commas = [k for k in range(lo + 1, end - 1) if doc.words[k] == "," and at.according_at(k + 1)]
        if commas:
            attribution = at.according_phrase(commas[-1] + 1)
            if attribution is not None and attribution.mention_start is not None:
                return self._item(lo, commas[-1], None, attribution)
        return None

    def _in_sentence(self, lo: int, hi: int):
        doc, at, phrases = self.doc, self.at, self.phrases
        end = hi - 1 if doc.words[hi - 1] in SENTENCE_PUNCTUATION else hi
        for k in doc.cue_starts(lo, end):
            match = doc.cue(k)
            if match is None or match.passive or match.mood in ("infinitive", "present_participle"):
                continue
            if (match.lemma in at.lex.inverted_only and not match.inverted_subject) or at.reads_as_noun(k, match, lo):
                continue
            if match.lemma in at.lex.prepositional:
                continue  # "a parlé de ses projets et de ce qu'il …": its object, never a clause
            nxt = self._complement(match.end_index, end)
            if nxt < end and (doc.words[nxt] in at.lang.THAT or self._infinitive(nxt)):
                start = nxt + 1 if doc.words[nxt] in at.lang.THAT else nxt
                subject = (
                    (match.inverted_subject, doc.starts[k], None)
                    if match.inverted_subject
                    else phrases.subject_before(k)
                )
                return self._item(start, self._clause_end(start, end), match, subject, "before")
            if k > lo + 2 and doc.words[k - 1] == "," and phrases.apposed_head(k - 1) is None:
                subject = phrases.subject_after(nxt, limit=end)
                if subject is None:
                    continue
                first = doc.index_at(subject[1])
                last = doc.index_at(subject[1] + len(subject[0]))
                # "…, a confirmé l'information": an object, not an inverted speaker
                if ((last >= end - 1 or self._reached_to_end(last, end))
                        and (phrases.names_somebody(first, last) or phrases.has_name(first, last))) \
                        or (self._document_to_end(last, end) and phrases.names_somebody(first, last)):
                    return self._item(lo, k - 1, match, subject, "after")
        return None

    def _reached_to_end(self, k: int, end: int) -> bool:
        """Tokens [k, end) tell how the inverted subject was reached (`…, a expliqué une porte-parole jointe mardi par
        l'AFP.`): a participle of SOURCE_PARTICIPLES, then no comma nor verb."""
        return k < end and self.doc.words[k] in self.at.lang.sets.SOURCE_PARTICIPLES and self._no_clause(k + 1, end)

    def _document_to_end(self, k: int, end: int) -> bool:
        """Tokens [k, end) tell the document an inverted subject spoke through (`…, ont indiqué les pompiers dans
        un communiqué`): a preposition, a document's noun among the next two words, then no comma nor verb."""
        words = self.doc.words
        return k < end and words[k] in self.phrases.adjunct_words and any(w in self.at.lang.SOURCE_DOCUMENTS for w in words[k + 1 : k + 3]) \
            and self._no_clause(k + 1, end)

    def _no_clause(self, k: int, end: int) -> bool:
        """Tokens [k, end) hold no comma nor verb: the inverted subject's sentence ends with them."""
        lex, that = self.at.lex, self.at.lang.THAT
        return not any(w == "," or w in lex.auxiliary_forms or w in that for w in self.doc.words[k:end])

    def _complement(self, i: int, end: int) -> int:
        """Where the reported clause starts: past adjuncts, at its `que` (`a répété à
        plusieurs reprises que …`), else right after the verb."""
        doc = self.doc
        limit = min(end, i + MAX_NP_TOKENS)
        verbs = doc.cue_starts(i, limit)  # the few places a verb group may start: no need to ask at every word
        for k in range(i, limit):
            if doc.words[k] in self.at.lang.sets.THAT:
                return k
            if doc.words[k] in (",", ":", ";") or (k in verbs and doc.cue(k)):
                break
        return i

    def _infinitive(self, i: int) -> bool:
        aux = self.at.lex.auxiliary(self.doc.words[i])
        return aux is not None and aux.tense == "infinitive"

    def _clause_end(self, start: int, end: int) -> int:
        """The reported clause stops before a participle clause: `…, se servant de …`."""
        doc = self.doc
        lang = self.at.lang
        for k in range(start, end - 1):
            if doc.words[k] != ",":
                continue
            nxt = doc.words[k + 2] if doc.words[k + 1] in lang.REFLEXIVE and k + 2 < end else doc.words[k + 1]
            if nxt.endswith(lang.PRESENT_PARTICIPLE_ENDING):
                return k
        return end

    def _item(self, lo: int, hi: int, match, subject, how: str | None = None):
        """The reported words in tokens [lo, hi) with their attribution: a cue's match and the subject
        found for it, or (match None) the attribution itself."""
        if hi - lo < 3:
            return None
        doc = self.doc
        span = Span.of(doc.starts[lo], doc.ends[hi - 1], None, None)
        if match is None:
            return span, subject
        return span, Attribution.of(how, match, *(subject or (None, None, None)))

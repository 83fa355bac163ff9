"""The pipeline: one article in, its quotations out.

spans (where the marks are) → attribution (cue and the words naming the speaker)
→ kind (direct, partial, or not a quote at all) → resolution (who that is).
"""

from __future__ import annotations

from .attribution import Attribution, Attributor, Document
from .lang import load
from .model import Article, Quote
from .resolve import Entity, Resolver, fold
from .spans import Span, find_spans

# A quotation with no cue of its own continues the previous speaker this close behind.
CONTINUATION_CHARS = 400
# Attributions that tie the marks to a speaker firmly enough to overrule "looks like a name".
FIRM = ("after", "incise", "colon", "signature")
MIN_DIRECT_WORDS = 4
MAX_NAME_WORDS = 7
REPEATED_SHARE = 0.6
NAME_FUNCTION_WORDS = {
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour",
    "sur", "of", "the", "and", "y", "del", "el",
}


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation in the article, in text order, with its speaker."""
    return Extraction(article).run()


class Extraction:
    def __init__(self, article: Article):
        self.article = article
        self.lang = load(article.lang or "fr")
        self.text = article.text
        self.spans = find_spans(self.text, self.lang.QUOTE_PAIRS)
        self.doc = Document(self.text, self.spans, self.lang)
        self.attributor = Attributor(self.doc)
        self.resolver = Resolver(self.text, self.lang)

    def run(self) -> list[Quote]:
        kept: list[tuple[Span, Attribution | None, str]] = []
        for span in self.spans:
            attribution = self.attributor.attribute(span) if span.depth == 0 else None
            kind = self._kind(span, attribution)
            if kind:
                kept.append((span, attribution, kind))
        return self._speakers(kept)

    # -- what kind of quotation, if any ------------------------------------------------
    def _kind(self, span: Span, attribution: Attribution | None) -> str | None:
        words = self.text[span.start : span.end].split()
        firm = attribution is not None and attribution.how in FIRM
        if not firm and self._looks_like_name(span, words):
            return None
        embedded = self._embedded(span)
        if len(words) >= MIN_DIRECT_WORDS and not embedded:
            return "direct"
        if attribution is None and span.depth == 0:
            return None  # a term or a fragment nobody is said to have said
        return "partial" if embedded or len(words) < MIN_DIRECT_WORDS else "direct"

    def _embedded(self, span: Span) -> bool:
        """The marks sit inside the reporter's sentence: `dénonçant une "invasion"`."""
        i = self.doc.index_at(span.outer_start) - 1
        if i < 0:
            return False
        prev = self.doc.tokens[i].text
        first = self.text[span.start : span.start + 1]
        return prev[:1].isalnum() and not self.doc.sentence_ends[i] and first.islower()

    def _looks_like_name(self, span: Span, words: list[str]) -> bool:
        """A name, title or label in quote marks rather than somebody's words."""
        quoted = self.text[span.start : span.end]
        i = self.doc.index_at(span.outer_start)
        before = {self.doc.words[k] for k in range(max(0, i - 2), i)}
        if before & set(self.lang.NAMING_WORDS):
            return True
        if not words or len(words) > MAX_NAME_WORDS or quoted.rstrip()[-1:] in ".!?…":
            return False
        content = [w for w in _word_parts(quoted) if fold(w) not in NAME_FUNCTION_WORDS]
        if not content:
            return True
        if quoted.isupper() and len(words) > 3:
            return False  # a heading in capitals repeating somebody's words
        return all(w[:1].isupper() or w[:1].isdigit() for w in content)

    # -- who said it ---------------------------------------------------------------------
    def _speakers(self, kept) -> list[Quote]:
        quotes: list[Quote] = []
        speakers: list[tuple[int, Entity]] = []
        outer: dict[int, Entity | None] = {}
        entities: list[Entity | None] = []
        last_end, last_entity = -(10**9), None
        for span, attribution, kind in kept:
            entity, mention = None, None
            if span.depth:
                entity = outer.get(max((s for s in outer if s <= span.start), default=-1))
            elif attribution and attribution.mention:
                mention = attribution.mention
                entity = self.resolver.resolve(
                    attribution.antecedent or mention, attribution.mention_start or span.start, speakers
                )
            elif span.start - last_end <= CONTINUATION_CHARS or (attribution and attribution.how == "participle"):
                entity = last_entity
            if span.depth == 0:
                outer[span.start] = entity
            if entity is not None:
                speakers.append((attribution.mention_start if attribution and attribution.mention_start else span.start, entity))
                last_entity = entity
            last_end = span.end
            entities.append(entity)
            quotes.append(self._quote(span, kind, attribution, mention))
        self._repeated(quotes, entities)
        for quote, entity in zip(quotes, entities):
            if entity is not None:
                quote.speaker, quote.speaker_kind = entity.name, entity.kind
                quote.aliases = list(entity.aliases)
        return quotes

    def _repeated(self, quotes: list[Quote], entities: list[Entity | None]):
        """A heading with nobody's name repeats words said elsewhere: give it their speaker."""
        for n, quote in enumerate(quotes):
            if entities[n] is not None or quote.mention:
                continue
            words = set(fold(quote.quote).split())
            for m, other in enumerate(quotes):
                if m == n or entities[m] is None:
                    continue
                if len(words & set(fold(other.quote).split())) >= REPEATED_SHARE * len(words):
                    entities[n] = entities[m]
                    break

    def _quote(self, span: Span, kind: str, attribution: Attribution | None, mention: str | None) -> Quote:
        return Quote(
            article_id=self.article.id,
            quote=self.text[span.start : span.end],
            kind=kind,
            start=span.start,
            end=span.end,
            mention=mention,
            role=attribution.role if attribution else None,
            cue=attribution.cue if attribution else None,
            lang=self.lang.CODE,
        )


def _word_parts(text: str) -> list[str]:
    return [w for w in text.replace("'", " ").replace("’", " ").replace("-", " ").split() if w]

"""The rows a parsed article adds to the database, computed without it.

``article_rows`` is a pure function of an article and its quotes (the speakers as the article names
them come from ``quotes.identity.local``), so that the parser workers of an ingest compute it and the
process that writes the database only stores rows and decides identities across articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .identity import article_speakers
from .keys import quote_id, text_hash
from .model import Article, Quote

ARTICLE_FIELDS = ("source", "date", "title", "url", "lang")


@dataclass
class ArticleRows:
    """An article's rows but its own: its text's hash, quotes, article_speakers, aliases, speaker_roles
    and provisional speakers, each table's rows by id (the quotes in the article's order)."""

    text_hash: str
    quotes: list[dict] = field(default_factory=list)
    locals: dict[str, dict] = field(default_factory=dict)
    aliases: dict[str, dict] = field(default_factory=dict)
    roles: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, dict] = field(default_factory=dict)


def article_rows(article: Article, quotes: Sequence[Quote]) -> ArticleRows:
    """The rows of an article's quotes and speakers; ValueError when a quote is another article's."""
    for quote in quotes:
        if quote.article_id != article.id:
            raise ValueError(f"quote of article {quote.article_id!r} given with article {article.id!r}")
    found = article_speakers(article, quotes)
    rows = ArticleRows(text_hash(article.text), [], found.locals, found.aliases, found.roles, found.speakers)
    for quote, local_id in zip(quotes, found.of_quote):
        speaker_id = found.locals[local_id]["speaker_id"] if local_id else None
        rows.quotes.append(quote_row(quote, article, speaker_id, local_id))
    return rows


def article_row(article: Article, hash_: str, ingested_at: str) -> dict:
    return {
        "id": article.id,
        **{name: getattr(article, name) for name in ARTICLE_FIELDS},
        "text": article.text,
        "text_hash": hash_,
        "ingested_at": ingested_at,
        "record_hash": article.record_hash,
    }


def quote_row(quote: Quote, article: Article, speaker_id: str | None, article_speaker_id: str | None) -> dict:
    return {
        "id": quote_id(quote.article_id, quote.start, quote.end, quote.kind),
        "article_id": quote.article_id,
        "speaker_id": speaker_id,
        "quote": quote.quote,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "mention": quote.mention,
        "role": quote.role,
        "cue": quote.cue,
        "lang": quote.lang,
        "date": article.date,
        "month": article.date[:7] if article.date and len(article.date) >= 7 else None,  # the month facet
        "source": article.source,
        "article_speaker_id": article_speaker_id,
    }

"""The records that flow through the tracker: articles in, quotations out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

QUOTE_KINDS = ("direct", "partial", "indirect")
DEFAULT_LANGUAGE = "fr"  # the language of a text too short or too uncertain to tell (quotes.detect)


@dataclass
class Article:
    text: str
    id: str | None = None
    date: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    lang: str | None = None  # None: not given, detected when the article is parsed (quotes.detect)
    # Where a JSON line's article came from: a hash of the line (reader.JsonLine), so that re-ingest
    # skips a line stored before without decoding it. None for other inputs.
    record_hash: str | None = None

    def __post_init__(self):
        if not self.id:
            self.id = text_id(self.text)


def text_id(text: str) -> str:
    """A stable id for an article that came without one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Quote:
    article_id: str
    quote: str
    kind: str
    start: int
    end: int
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    lang: str = DEFAULT_LANGUAGE
    speaker_kind: str | None = None  # person / organisation / group
    aliases: list[str] = field(default_factory=list)
    speaker_gender: str | None = None  # female / male / unknown for a person; None for others and nobody
    # What decided speaker_gender (quotes.gender's evidence: `title:f` → 1): stored, not in the public output.
    gender_evidence: dict[str, int] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        found = asdict(self)
        del found["gender_evidence"]
        return found

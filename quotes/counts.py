"""Quote counts stored beside the quotes and kept right by triggers, for the pages about who is quoted most.

Grouping two million quotes takes seconds; these tables hold the groups, so that ``speaker_stats``, the
canned queries by month and by source and the reader's home, charts and speakers pages read a few
stored rows:

- ``speaker_kinds``: a speaker's quotes by kind (direct, partial, indirect); the ``speakers`` table
  holds the rest of a speaker's summary (quotes, articles, first and last dates);
- ``speaker_sources``: a speaker's quotes, articles and first and last dates in each source;
- ``speaker_months``: a speaker's quotes and articles in each month (``substr(date, 1, 7)``);
- ``speaker_langs``: a speaker's quotes and articles in each language (the most-quoted of each);
- ``quote_totals``: the number of quotes of each month, source, language, kind of quote, kind of
  speaker (``unknown`` when no speaker was found) and speaker's gender (``quotes.speaker_gender``,
  '' when the speaker has none).

A missing source, date or language is stored as ''. Triggers on ``quotes`` update the counts on every insert,
delete and update of the columns counted, whatever writes them (ingest, identity decisions,
curations), inside the writer's transaction. ``refresh`` computes them all again from the quotes:
on upgrading a database that had none, or to repair them.
"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS speaker_kinds (
    speaker_id TEXT PRIMARY KEY REFERENCES speakers(id),
    direct INTEGER NOT NULL,
    partial INTEGER NOT NULL,
    indirect INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS speaker_sources (
    speaker_id TEXT NOT NULL REFERENCES speakers(id),
    source TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    PRIMARY KEY (speaker_id, source)
);
CREATE TABLE IF NOT EXISTS speaker_months (
    speaker_id TEXT NOT NULL REFERENCES speakers(id),
    month TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, month)
);
CREATE TABLE IF NOT EXISTS speaker_langs (
    speaker_id TEXT NOT NULL REFERENCES speakers(id),
    lang TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, lang)
);
CREATE TABLE IF NOT EXISTS quote_totals (
    month TEXT NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_kind TEXT NOT NULL,
    speaker_gender TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (month, source, lang, kind, speaker_kind, speaker_gender)
);
-- the most-quoted speakers of a source, a month or a language, read in order from the index
CREATE INDEX IF NOT EXISTS idx_speaker_sources_rank ON speaker_sources(source, quotes, articles);
CREATE INDEX IF NOT EXISTS idx_speaker_months_rank ON speaker_months(month, quotes, articles);
CREATE INDEX IF NOT EXISTS idx_speaker_langs_rank ON speaker_langs(lang, quotes, articles);
"""

# Tables whose key changed since they were first stored (quote_totals: by language since schema 5, by
# speaker gender since 7): an
# older database's are made again, with their triggers, and counted again.
REKEYED = ("quote_totals",)
TRIGGER_NAMES = ("quote_counts_ai", "quote_counts_ad", "quote_counts_au")

# The key of a quote's row in each table, for the quote `r` (new or old in a trigger).
_SOURCE = "coalesce({r}.source, '')"
_MONTH = "coalesce(substr({r}.date, 1, 7), '')"
_LANG = "coalesce({r}.lang, '')"
_SPEAKER_KIND = "coalesce((SELECT kind FROM speakers WHERE id = {r}.speaker_id), 'unknown')"
_GENDER = "coalesce({r}.speaker_gender, '')"


def _others(r: str, cell: str) -> str:
    """Whether another quote of r's article and speaker falls in the same row (then the article is counted)."""
    return (f"EXISTS (SELECT 1 FROM quotes WHERE article_id = {r}.article_id AND speaker_id = {r}.speaker_id"
            f" AND {cell.format(r='quotes')} = {cell.format(r=r)} AND rowid <> {r}.rowid)")


def _add(r: str) -> str:
    """Count the quote r in every table."""
    source, month, lang = _SOURCE.format(r=r), _MONTH.format(r=r), _LANG.format(r=r)
    kinds = f"{r}.kind = 'direct', {r}.kind = 'partial', {r}.kind = 'indirect'"
    return f"""
    INSERT INTO speaker_kinds (speaker_id, direct, partial, indirect)
    SELECT {r}.speaker_id, {kinds} WHERE {r}.speaker_id IS NOT NULL
    ON CONFLICT DO UPDATE SET direct = direct + excluded.direct, partial = partial + excluded.partial,
        indirect = indirect + excluded.indirect;
    INSERT INTO speaker_sources (speaker_id, source, quotes, articles, first_date, last_date)
    SELECT {r}.speaker_id, {source}, 1, 1, {r}.date, {r}.date WHERE {r}.speaker_id IS NOT NULL
    ON CONFLICT DO UPDATE SET quotes = quotes + 1, articles = articles + NOT {_others(r, _SOURCE)},
        first_date = coalesce(min(first_date, excluded.first_date), first_date, excluded.first_date),
        last_date = coalesce(max(last_date, excluded.last_date), last_date, excluded.last_date);
    INSERT INTO speaker_months (speaker_id, month, quotes, articles)
    SELECT {r}.speaker_id, {month}, 1, 1 WHERE {r}.speaker_id IS NOT NULL
    ON CONFLICT DO UPDATE SET quotes = quotes + 1, articles = articles + NOT {_others(r, _MONTH)};
    INSERT INTO speaker_langs (speaker_id, lang, quotes, articles)
    SELECT {r}.speaker_id, {lang}, 1, 1 WHERE {r}.speaker_id IS NOT NULL
    ON CONFLICT DO UPDATE SET quotes = quotes + 1, articles = articles + NOT {_others(r, _LANG)};
    INSERT INTO quote_totals (month, source, lang, kind, speaker_kind, speaker_gender, quotes)
    VALUES ({month}, {source}, {lang}, {r}.kind, {_SPEAKER_KIND.format(r=r)}, {_GENDER.format(r=r)}, 1)
    ON CONFLICT DO UPDATE SET quotes = quotes + 1;"""


def _edge(r: str, source: str, order: str) -> str:
    """The first or last date left to r's speaker in r's source once r is gone."""
    return (f"(SELECT date FROM quotes WHERE speaker_id = {r}.speaker_id AND {_SOURCE.format(r='quotes')} = {source}"
            f" AND date IS NOT NULL AND rowid <> {r}.rowid ORDER BY date {order} LIMIT 1)")


def _remove(r: str) -> str:
    """Uncount the quote r from every table, dropping the rows left at zero."""
    source, month, lang = _SOURCE.format(r=r), _MONTH.format(r=r), _LANG.format(r=r)
    return f"""
    UPDATE speaker_kinds SET direct = direct - ({r}.kind = 'direct'), partial = partial - ({r}.kind = 'partial'),
        indirect = indirect - ({r}.kind = 'indirect')
    WHERE speaker_id = {r}.speaker_id;
    DELETE FROM speaker_kinds WHERE speaker_id = {r}.speaker_id AND direct + partial + indirect = 0;
    UPDATE speaker_sources SET quotes = quotes - 1, articles = articles - NOT {_others(r, _SOURCE)},
        first_date = CASE WHEN {r}.date = first_date THEN {_edge(r, source, 'ASC')} ELSE first_date END,
        last_date = CASE WHEN {r}.date = last_date THEN {_edge(r, source, 'DESC')} ELSE last_date END
    WHERE speaker_id = {r}.speaker_id AND source = {source};
    DELETE FROM speaker_sources WHERE speaker_id = {r}.speaker_id AND source = {source} AND quotes = 0;
    UPDATE speaker_months SET quotes = quotes - 1, articles = articles - NOT {_others(r, _MONTH)}
    WHERE speaker_id = {r}.speaker_id AND month = {month};
    DELETE FROM speaker_months WHERE speaker_id = {r}.speaker_id AND month = {month} AND quotes = 0;
    UPDATE speaker_langs SET quotes = quotes - 1, articles = articles - NOT {_others(r, _LANG)}
    WHERE speaker_id = {r}.speaker_id AND lang = {lang};
    DELETE FROM speaker_langs WHERE speaker_id = {r}.speaker_id AND lang = {lang} AND quotes = 0;
    UPDATE quote_totals SET quotes = quotes - 1
    WHERE month = {month} AND source = {source} AND lang = {lang} AND kind = {r}.kind
        AND speaker_kind = {_SPEAKER_KIND.format(r=r)} AND speaker_gender = {_GENDER.format(r=r)};
    DELETE FROM quote_totals WHERE month = {month} AND source = {source} AND lang = {lang} AND kind = {r}.kind
        AND quotes = 0;"""


TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS quote_counts_ai AFTER INSERT ON quotes BEGIN {_add('new')}
END;
CREATE TRIGGER IF NOT EXISTS quote_counts_ad AFTER DELETE ON quotes BEGIN {_remove('old')}
END;
CREATE TRIGGER IF NOT EXISTS quote_counts_au AFTER UPDATE OF article_id, speaker_id, kind, date, source, lang, speaker_gender ON quotes
BEGIN {_remove('old')}{_add('new')}
END;
"""

# Every count computed from the quotes: what the triggers keep (refresh, and the tests' reference).
RECOUNT = {
    "speaker_kinds": """
        SELECT speaker_id, sum(kind = 'direct'), sum(kind = 'partial'), sum(kind = 'indirect')
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id""",
    "speaker_sources": """
        SELECT speaker_id, coalesce(source, ''), count(*), count(DISTINCT article_id), min(date), max(date)
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2""",
    "speaker_months": """
        SELECT speaker_id, coalesce(substr(date, 1, 7), ''), count(*), count(DISTINCT article_id)
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2""",
    "speaker_langs": """
        SELECT speaker_id, coalesce(lang, ''), count(*), count(DISTINCT article_id)
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2""",
    "quote_totals": """
        SELECT coalesce(substr(q.date, 1, 7), ''), coalesce(q.source, ''), coalesce(q.lang, ''), q.kind,
               coalesce(s.kind, 'unknown'), coalesce(q.speaker_gender, ''), count(*)
        FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id GROUP BY 1, 2, 3, 4, 5, 6""",
}


def drop_rekeyed(db) -> None:
    """Drop the count tables whose key changed, and the triggers that write them: ensure_schema makes
    them again, then ``refresh`` counts them."""
    for table in REKEYED:
        db.execute(f"DROP TABLE IF EXISTS {table}")
    for trigger in TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def refresh(db) -> None:
    """Compute every stored count again from the quotes (in the caller's transaction, if any)."""
    for table, select in RECOUNT.items():
        db.execute(f"DELETE FROM {table}")
        db.execute(f"INSERT INTO {table} {select}")

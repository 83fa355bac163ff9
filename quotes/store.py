"""The quote database: schema, batch writes and upgrades, with sqlite-utils (the keys are `quotes.keys`).

Tables (foreign keys in brackets):

- ``articles``: one row an article, with ``text_hash`` so that re-ingesting unchanged articles skips them;
- ``speakers``: one row a speaker identity across the corpus, decided by ``quotes.identity``. Its
  ``key`` is the kind and the folded full name (or proper name); descriptions ("un manifestant",
  "le président américain") and surnames that cannot be told apart are per article, so their key
  and their ``article_id`` [articles] carry the article. It also keeps a summary (quote count,
  dates, other names, roles with dates) for Datasette's row page;
- ``article_speakers``: a speaker as one article [articles] names them, and the identity
  [speakers] it was given, with the rule that gave it;
- ``aliases``: other names an article [articles] uses for a speaker [speakers, article_speakers];
- ``speaker_roles``: the roles and titles an article gives a speaker, with the article's date;
- ``curations``: merges, splits and renames of speakers, applied again at every ingest;
- ``quotes``: one row a quotation, [articles] and [speakers], with the article's ``date`` and
  ``source`` and the speaker's ``gender`` (as ``speaker_gender``, kept by identity's refresh of the
  speakers) copied for faceting; ``id`` is a hash of (article_id, start, end, kind).

``article_speakers``, ``speaker_roles``, ``curations`` and ``stale_speakers`` are identity's: their schema is
``quotes.identity.tables.SCHEMA``, which ``ensure_schema`` runs with this module's.

Full-text search (FTS5, case- and accent-insensitive): ``quotes_fts`` covers each quote's text and its
speaker's name (its content is the view ``quotes_fts_source``; triggers on quotes and speakers keep it
in step), ``speakers_fts``, ``aliases_fts`` and ``articles_fts`` cover speaker names, aliases and
article titles. Quote counts by speaker, source, month and kind are stored and kept by triggers
(``quotes.counts``). Views for readers: ``quotes_with_speakers`` and ``speaker_stats``.

Writes go in batches, one transaction a batch: an article is stored with all its quotes or not at all.
``open_db`` puts the database in WAL mode: a crash (even SIGKILL) loses at most the batch being written,
and readers (``quotes serve --live``, ``quotes list``) read committed batches while an ingest runs.
The FTS indexes use rowids: after a VACUUM, which may renumber them, run ``rebuild_fts(db)``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from .counts import SCHEMA as COUNTS_SCHEMA, TRIGGERS as COUNTS_TRIGGERS, drop_rekeyed as drop_rekeyed_counts
from .counts import refresh as refresh_counts
from .detect import with_language
from .identity.tables import SCHEMA as IDENTITY_SCHEMA
from .keys import digest, text_hash
from .model import DEFAULT_LANGUAGE, Article, Quote
from .rows import ARTICLE_FIELDS, ArticleRows, article_row, article_rows

# 3: stored quote counts (quotes.counts); 4: quotes.month; 5: languages (speaker_roles.lang, counts by language);
# 6: genders (article_speakers.speaker_gender, speakers.gender, their evidence; the curation `gender`);
# 7: quotes.speaker_gender (their speaker's, for facets), quote counts by it
SCHEMA_VERSION = 7
TOKENIZE = "unicode61 remove_diacritics 2"

_TABLES = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    date TEXT,
    title TEXT,
    url TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    record_hash TEXT
);
CREATE TABLE IF NOT EXISTS speakers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT CHECK (kind IN ('person', 'organisation', 'group')),
    key TEXT NOT NULL UNIQUE,
    folded TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id),
    quotes INTEGER,
    articles INTEGER,
    first_date TEXT,
    last_date TEXT,
    other_names TEXT,
    roles TEXT,
    gender TEXT,  -- a person's: female / male / unknown, from every article's evidence and the curations
    gender_evidence TEXT  -- that evidence added up across articles, JSON: {"title:f": 3, "first name:f": 5}
);
CREATE TABLE IF NOT EXISTS aliases (
    id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id),
    article_speaker_id TEXT REFERENCES article_speakers(id)
);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT REFERENCES speakers(id),
    quote TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    mention TEXT,
    role TEXT,
    cue TEXT,
    lang TEXT,
    date TEXT,
    source TEXT,
    article_speaker_id TEXT REFERENCES article_speakers(id)
);
CREATE INDEX IF NOT EXISTS idx_articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS idx_articles_lang ON articles(lang);
-- articles by source, with their dates (the home page's table of sources) from the index alone
DROP INDEX IF EXISTS idx_articles_source;
CREATE INDEX IF NOT EXISTS idx_articles_source_date ON articles(source, date);
-- what re-ingest compares (unchanged_ids), read from the index alone: the table's rows hold the text
CREATE INDEX IF NOT EXISTS idx_articles_unchanged ON articles(id, text_hash, source, date, title, url, lang);
CREATE INDEX IF NOT EXISTS idx_speakers_folded ON speakers(folded);
CREATE INDEX IF NOT EXISTS idx_speakers_kind ON speakers(kind);
CREATE INDEX IF NOT EXISTS idx_speakers_article_id ON speakers(article_id);
-- a speaker's aliases, from the index alone (refresh_speakers)
DROP INDEX IF EXISTS idx_aliases_speaker_id;
CREATE INDEX IF NOT EXISTS idx_aliases_speaker_alias ON aliases(speaker_id, alias);
CREATE INDEX IF NOT EXISTS idx_aliases_folded ON aliases(folded);
CREATE INDEX IF NOT EXISTS idx_aliases_article_id ON aliases(article_id);
CREATE INDEX IF NOT EXISTS idx_quotes_article_id ON quotes(article_id);
DROP INDEX IF EXISTS idx_quotes_speaker_id_date;
CREATE INDEX IF NOT EXISTS idx_quotes_date ON quotes(date);
CREATE INDEX IF NOT EXISTS idx_quotes_source_date ON quotes(source, date);
CREATE INDEX IF NOT EXISTS idx_quotes_kind ON quotes(kind);
CREATE INDEX IF NOT EXISTS idx_quotes_lang ON quotes(lang);
CREATE INDEX IF NOT EXISTS idx_quotes_cue ON quotes(cue);
-- what ensure_schema last completed: the schema's digest and SQLite's schema cookie then
CREATE TABLE IF NOT EXISTS schema_ensured (digest TEXT NOT NULL, cookie INTEGER NOT NULL);
"""

# Columns that older schemas lacked: added to their tables on opening (a table they lacked is made whole).
_ADDED_COLUMNS = {
    "speakers": {"quotes": "INTEGER", "articles": "INTEGER", "first_date": "TEXT", "last_date": "TEXT",
                 "other_names": "TEXT", "roles": "TEXT", "gender": "TEXT", "gender_evidence": "TEXT"},
    "article_speakers": {"speaker_gender": "TEXT", "gender_evidence": "TEXT"},
    "aliases": {"article_speaker_id": "TEXT REFERENCES article_speakers(id)"},
    "quotes": {"article_speaker_id": "TEXT REFERENCES article_speakers(id)", "month": "TEXT", "speaker_gender": "TEXT"},
    "articles": {"record_hash": "TEXT"},
    "speaker_roles": {"lang": "TEXT"},
}
# Indexes on added columns: made once _add_columns has run.
_ADDED_INDEXES = """
-- the JSON lines stored already and their articles' ids (stored_lines), from the index alone
CREATE INDEX IF NOT EXISTS idx_articles_record_hash ON articles(record_hash, id);
-- a speaker's quotes by date, and their facets (date, source, kind, cue, month, lang) from the index alone
DROP INDEX IF EXISTS idx_quotes_speaker_facets;
DROP INDEX IF EXISTS idx_quotes_speaker_month_facets;
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_lang_facets ON quotes(speaker_id, date, source, kind, cue, month, lang);
CREATE INDEX IF NOT EXISTS idx_quotes_month ON quotes(month);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_gender ON quotes(speaker_gender);
"""

# quotes_fts indexes each quote with its speaker's name. Its content is a view, so the
# triggers feed it the speaker's name; a speaker's rename re-indexes that speaker's quotes.
_QUOTES_FTS_SOURCE = """
SELECT quotes.rowid AS rowid, quotes.quote AS quote, speakers.name AS speaker
FROM quotes LEFT JOIN speakers ON speakers.id = quotes.speaker_id
""".strip()

_QUOTES_FTS = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    quote, speaker,
    content='quotes_fts_source', content_rowid='rowid',
    tokenize='{TOKENIZE}'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, quote, speaker)
    VALUES (new.rowid, new.quote, (SELECT name FROM speakers WHERE id = new.speaker_id));
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    VALUES ('delete', old.rowid, old.quote, (SELECT name FROM speakers WHERE id = old.speaker_id));
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_au AFTER UPDATE OF quote, speaker_id ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    VALUES ('delete', old.rowid, old.quote, (SELECT name FROM speakers WHERE id = old.speaker_id));
    INSERT INTO quotes_fts (rowid, quote, speaker)
    VALUES (new.rowid, new.quote, (SELECT name FROM speakers WHERE id = new.speaker_id));
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_speaker_au AFTER UPDATE OF name ON speakers BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    SELECT 'delete', rowid, quote, old.name FROM quotes WHERE speaker_id = old.id;
    INSERT INTO quotes_fts (rowid, quote, speaker)
    SELECT rowid, quote, new.name FROM quotes WHERE speaker_id = new.id;
END;
"""

VIEWS = {
    "quotes_fts_source": _QUOTES_FTS_SOURCE,
    # Names and titles looked up per row: counting the view counts the quotes alone (a join would be
    # walked for the 2 million rows of a count).
    "quotes_with_speakers": """
SELECT quotes.id, quotes.date,
       (SELECT name FROM speakers WHERE id = quotes.speaker_id) AS speaker,
       (SELECT kind FROM speakers WHERE id = quotes.speaker_id) AS speaker_kind,
       quotes.speaker_gender, quotes.quote, quotes.kind, quotes.cue, quotes.mention, quotes.role, quotes.source,
       quotes.lang, (SELECT title FROM articles WHERE id = quotes.article_id) AS title,
       (SELECT url FROM articles WHERE id = quotes.article_id) AS url,
       quotes.article_id, quotes.speaker_id
FROM quotes
""".strip(),
    # The speakers' stored summaries and counts by kind: no grouping of the quotes at each request.
    "speaker_stats": """
SELECT speakers.id AS speaker_id, speakers.name, speakers.kind, speakers.quotes,
       coalesce((SELECT direct FROM speaker_kinds WHERE speaker_id = speakers.id), 0) AS direct,
       coalesce((SELECT partial FROM speaker_kinds WHERE speaker_id = speakers.id), 0) AS partial,
       coalesce((SELECT indirect FROM speaker_kinds WHERE speaker_id = speakers.id), 0) AS indirect,
       speakers.articles, speakers.first_date, speakers.last_date
FROM speakers
WHERE speakers.quotes > 0
""".strip(),
}


# --- schema ---------------------------------------------------------------------------------


# How long a write waits for another writer (a second ingest) before failing.
BUSY_TIMEOUT_MS = 60_000
# SQLite's page cache for a writer: inserts at hashed ids touch pages all over the indexes, which
# SQLite's default 2 MB reads back from the file. 8 MB stores the corpus 2 % faster, 32 MB 10 %,
# but the ingest must stay within its memory budget.
CACHE_KIB = 8_192
# Compiled statements a connection keeps: identity's lookups by lists of ids compile one for each
# length of list, which a larger cache (Python's default, 128) keeps for nothing: 17 MB.
CACHED_STATEMENTS = 16
# WAL pages before a writer copies them into the database: ten times SQLite's default, so that a
# page rewritten by many batches in a row (an index's) is copied once, not once a batch.
WAL_CHECKPOINT_PAGES = 10_000


def open_db(path: str | Path) -> Database:
    """The database at path (created with its folder if needed), foreign keys on, schema ensured.

    The database is put in WAL mode (it stays so): readers never block the writer nor see a
    transaction half done, and a killed writer leaves a database that opens as it was at its last
    commit. A write waits up to BUSY_TIMEOUT_MS for another writer.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite3.connect(str(path), cached_statements=CACHED_STATEMENTS))
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    db.execute("PRAGMA journal_mode = WAL")
    ensure_schema(db)
    return db


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock first (BEGIN IMMEDIATE), rolled back on any error.

    A deferred transaction that reads before it writes fails at once ("database is locked") when
    another connection committed in between, busy timeout or not; taking the lock first waits for
    the other writer (up to the busy timeout) instead. Inside a transaction already open, this is a
    savepoint of it.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


@contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """Mark the database at path as being written by this process for the block (`quotes.db.writing`, its
    process id inside), so that a server started meanwhile reads it live rather than as a fixed file."""
    marker = Path(f"{path}.writing")
    marker.write_text(str(os.getpid()), encoding="ascii")
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def writer_of(path: str | Path) -> int | None:
    """The process id of a running ingest writing to the database at path, if there is one."""
    try:
        pid = int(Path(f"{path}.writing").read_text(encoding="ascii"))
        os.kill(pid, 0)  # no signal sent: whether that process still runs (a killed ingest leaves its mark)
    except (OSError, ValueError):
        return None
    return pid


def open_readonly(path: str | Path) -> Database:
    """The database at path opened read-only, for queries; FileNotFoundError when there is none."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such database; build it with `quotes ingest` first")
    return Database(connect_readonly(path))


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the database at path, in a folder that cannot be written to as well: there
    a database in WAL mode cannot make the shared-memory file its readers need, and is opened immutable
    (nothing can be writing to it there)."""
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(uri + "?immutable=1", uri=True)


def ensure_schema(db: Database) -> None:
    """Create what is missing of the tables, indexes, full-text indexes and views. Idempotent.

    Once done, it is not done again while SQLite's schema cookie says nothing changed the schema
    since and this version's schema is the one ensured (table schema_ensured): every command opens
    the database this way, and the scripts took 70 ms (a tenth of a re-ingest of the corpus).
    """
    db.execute("PRAGMA foreign_keys = ON")
    if _ensured(db) == (_SCHEMA_DIGEST, _schema_cookie(db)):
        return
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError("the database was made by a newer version of quotes")
    with db.atomic():
        if 0 < version < 7:
            drop_rekeyed_counts(db)  # counted again below, by language and speaker gender
        if 0 < version < 6:
            _allow_gender_curations(db)
        db.executescript(_TABLES)
        _add_columns(db)
        if 0 < version < 7:  # before the count triggers are made again: no recount of each quote updated
            db.execute("UPDATE quotes SET speaker_gender = (SELECT gender FROM speakers WHERE id = speaker_id)"
                       " WHERE speaker_id IS NOT NULL")
        db.executescript(_ADDED_INDEXES)
        db.executescript(IDENTITY_SCHEMA)  # after _add_columns: its indexes cover added columns
        db.executescript(COUNTS_SCHEMA)
        for name, sql in VIEWS.items():
            db.create_view(name, sql, replace=True)
        db.executescript(_QUOTES_FTS)
        db.executescript(COUNTS_TRIGGERS)
    for table, column in _NAMED_FTS:
        if not db[f"{table}_fts"].exists():
            db[table].enable_fts([column], tokenize=TOKENIZE, create_triggers=True)
        _update_fts_on_change_of(db, table, column)
    if version == 1:
        from .identity import backfill

        rebuild_fts(db)
        backfill(db)  # schema 1 kept no article_speakers: make them from the quotes
    if version < 7:
        with db.atomic():
            refresh_counts(db)  # the triggers count from now on: count what was there before them
    if 0 < version < 4:
        with db.atomic():  # the month facet's column, from the dates stored before it
            db.execute("UPDATE quotes SET month = substr(date, 1, 7) WHERE length(date) >= 7")
    if 0 < version < 5:
        with db.atomic():  # the language of the roles stored before it: their article's
            db.execute(
                "UPDATE speaker_roles SET lang = (SELECT coalesce(lang, ?) FROM articles WHERE id = article_id)",
                [DEFAULT_LANGUAGE])
    if 0 < version < 6:
        from .identity import backfill_genders

        with db.atomic():
            backfill_genders(db)  # from the stored mentions, names and roles
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    with db.atomic():  # rows, not schema: the cookie stays as read
        db.execute("DELETE FROM schema_ensured")
        db.execute("INSERT INTO schema_ensured VALUES (?, ?)", [_SCHEMA_DIGEST, _schema_cookie(db)])


def _allow_gender_curations(db: Database) -> None:
    """Make the curations table of an older database take the action `gender`: SQLite cannot change a
    CHECK constraint, so the table is made again under identity's schema, its rows (and ids) kept."""
    if not db["curations"].exists() or "'gender'" in db["curations"].schema:
        return
    db.execute("ALTER TABLE curations RENAME TO curations_before_gender")
    db.executescript(IDENTITY_SCHEMA)
    db.execute("INSERT INTO curations SELECT id, action, args, note, created_at FROM curations_before_gender")
    db.execute("DROP TABLE curations_before_gender")


def _ensured(db: Database) -> tuple[str, int] | None:
    """The schema digest and cookie ensure_schema last completed at (None if it never did)."""
    try:
        return db.execute("SELECT digest, cookie FROM schema_ensured").fetchone()
    except sqlite3.OperationalError:  # no such table: a new or an older database
        return None


def _schema_cookie(db: Database) -> int:
    """SQLite's count of the database's schema changes (by any connection)."""
    return db.execute("PRAGMA schema_version").fetchone()[0]


# Tables whose FTS index (made by sqlite-utils' enable_fts) covers one column.
_NAMED_FTS = (("speakers", "name"), ("aliases", "alias"), ("articles", "title"))


_FTS_UPDATE_TRIGGER = """CREATE TRIGGER "{trigger}" AFTER UPDATE OF "{column}" ON "{table}" BEGIN
  INSERT INTO "{table}_fts" ("{table}_fts", rowid, "{column}") VALUES('delete', old.rowid, old."{column}");
  INSERT INTO "{table}_fts" (rowid, "{column}") VALUES (new.rowid, new."{column}");
END"""

# This version's schema: a database ensured with another is ensured again.
_SCHEMA_DIGEST = digest(
    SCHEMA_VERSION, _TABLES, _ADDED_COLUMNS, _ADDED_INDEXES, IDENTITY_SCHEMA, COUNTS_SCHEMA, VIEWS,
    _QUOTES_FTS, COUNTS_TRIGGERS, _NAMED_FTS, TOKENIZE, _FTS_UPDATE_TRIGGER,
)


def _update_fts_on_change_of(db: Database, table: str, column: str) -> None:
    """Make the FTS update trigger of table fire on updates of column only.

    sqlite-utils' trigger re-indexes a row on any update: the speakers' summaries, updated at every
    ingest, and an article stored again would re-index names and titles that did not change.
    """
    trigger = f"{table}_au"
    sql = _FTS_UPDATE_TRIGGER.format(trigger=trigger, table=table, column=column)
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
    if found is None or found[0] != sql:
        with db.atomic():
            db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
            db.execute(sql)


def _add_columns(db: Database) -> None:
    """Add to the tables of an older database the columns of _ADDED_COLUMNS they lack."""
    for table, columns in _ADDED_COLUMNS.items():
        if not db[table].exists():
            continue
        have = {c.name for c in db[table].columns}
        for column, decl in columns.items():
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


def rebuild_fts(db: Database) -> None:
    """Rebuild the full-text indexes from their content (after a VACUUM, or to repair them)."""
    with db.atomic():
        for fts in ("quotes_fts", "speakers_fts", "aliases_fts", "articles_fts"):
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def counts(db: Database) -> dict[str, int]:
    """How many articles, quotes and speakers the database holds."""
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "speakers")}


# --- writes ---------------------------------------------------------------------------------


def unchanged_ids(db: Database, articles: Sequence[Article]) -> set[str]:
    """The ids of those articles that are stored already with the same text and fields."""
    found: set[str] = set()
    by_id = {a.id: a for a in articles}
    sql = (
        f"SELECT id, text_hash, {', '.join(ARTICLE_FIELDS)} FROM articles"
        " INDEXED BY idx_articles_unchanged WHERE id IN ({marks})"
    )
    for aid, stored_hash, *stored_fields in _select_in(db, sql, list(by_id)):
        article = by_id[aid]
        if stored_fields == _fields(article, stored_fields) and stored_hash == text_hash(article.text):
            found.add(aid)
    return found


def _fields(article: Article, stored: list) -> list:
    """The article's ARTICLE_FIELDS as stored; one that does not give its language has the stored one, which
    was detected from the same text (or given by an earlier version of the input)."""
    fields = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    if fields["lang"] is None:
        fields["lang"] = stored[ARTICLE_FIELDS.index("lang")]
    return list(fields.values())


def _select_in(db: Database, sql: str, values: Sequence, chunk: int = 500) -> Iterator[tuple]:
    """The rows of sql, whose ``{marks}`` stands for a list of values, asked 500 values at a time."""
    for i in range(0, len(values), chunk):
        part = values[i : i + chunk]
        yield from db.conn.execute(sql.format(marks=", ".join("?" * len(part))), part)


def stored_lines(db: Database, hashes: Sequence[str]) -> dict[str, str]:
    """Of these JSON lines' record hashes, those of stored articles, with the article's id."""
    return dict(_select_in(db, "SELECT record_hash, id FROM articles WHERE record_hash IN ({marks})", hashes))


def note_record_hashes(db: Database, articles: Iterable[Article]) -> None:
    """Record where unchanged articles were read from, so that the next re-ingest skips their lines undecoded."""
    rows = [{"id": a.id, "hash": a.record_hash} for a in articles if a.record_hash]
    if rows:
        with write_transaction(db):
            sql = "UPDATE articles SET record_hash = :hash WHERE id = :id AND record_hash IS NOT :hash"
            db.conn.executemany(sql, rows)


def save_articles(
    db: Database, items: Iterable[tuple[Article, Sequence[Quote]]], ingested_at: str | None = None
) -> int:
    """Store articles with their quotes in one transaction, replacing what each article had.

    Returns the number of quotes stored. See ``save_rows``. An article with no language is stored in the one
    detected (``detect.with_language``), as ingest does.
    """
    items = [(with_language(article), quotes) for article, quotes in items]
    return save_rows(db, [(article, article_rows(article, quotes)) for article, quotes in items], ingested_at)


def save_rows(
    db: Database,
    items: Iterable[tuple[Article, ArticleRows]],
    ingested_at: str | None = None,
    *,
    refresh: bool = True,
) -> int:
    """Store articles with the rows of their quotes (``rows.article_rows``) in one transaction,
    replacing what each article had.

    Returns the number of quotes stored. Who each speaker is across articles is decided again for
    these articles and those their speakers affect (``identity.reconcile``), curations included;
    speakers no longer quoted anywhere are removed. With ``refresh`` False, the speakers' summaries
    are left for ``refresh_summaries`` (a bulk ingest calls it every few thousand articles).
    """
    from . import identity

    ingested_at = ingested_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    items = list({article.id: (article, rows) for article, rows in items}.values())
    if not items:
        return 0
    articles, speakers, aliases, quotes = [], {}, {}, {}
    locals_, roles = {}, {}
    for article, rows in items:
        articles.append(article_row(article, rows.text_hash, ingested_at))
        for table, found in ((speakers, rows.speakers), (locals_, rows.locals), (aliases, rows.aliases),
                             (roles, rows.roles)):
            for key, row in found.items():
                table.setdefault(key, row)
        for row in rows.quotes:
            quotes.setdefault(row["id"], row)
    ids = [(row["id"],) for row in articles]
    with write_transaction(db):
        old_speakers = {
            sid
            for (aid,) in ids
            for (sid,) in db.execute(
                "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL", [aid]
            )
        }
        forgotten = _forget_speakers(db, ids)
        db.conn.executemany("DELETE FROM quotes WHERE article_id = ?", ids)
        db.conn.executemany("DELETE FROM aliases WHERE article_id = ?", ids)
        db.conn.executemany("DELETE FROM article_speakers WHERE article_id = ?", ids)
        ripple = identity.ripple_surnames(db, locals_.values()) | forgotten
        _insert(db, "articles", articles, "UPDATE")
        _insert(db, "speakers", speakers.values(), "IGNORE")
        _insert(db, "article_speakers", locals_.values())
        _insert(db, "aliases", aliases.values(), "IGNORE")
        _insert(db, "quotes", quotes.values())
        _insert(db, "speaker_roles", roles.values(), "IGNORE")
        identity.reconcile(db, [aid for (aid,) in ids], surnames=ripple, speaker_ids=old_speakers, refresh=refresh)
    return len(quotes)


# Values bound in one INSERT: hundreds of rows, and compiled statements that stay small (SQLite's own
# limit, when lower, is kept).
INSERT_VARIABLES = 8_192


def _insert(db: Database, table: str, rows: Iterable[dict], on_conflict: str = "") -> None:
    """Insert rows of one shape (the keys of the first) with a few statements of many rows; on a
    conflict of ids, fail, "IGNORE" the row or "UPDATE" the stored one in place (its rowid kept).

    Many rows a statement, because the full-text index writes out what it buffered whenever a
    statement opens its savepoint: one row a statement (executemany) made the quotes' inserts
    twice as slow. The statements have few shapes (the most rows, then powers of two), so that
    the connection's cache of compiled statements does not fill with one for each count of rows.
    """
    rows = list(rows)
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    head = f'INSERT {"OR IGNORE " if on_conflict == "IGNORE" else ""}INTO "{table}" ({names}) VALUES '
    tail = ""
    if on_conflict == "UPDATE":
        tail = " ON CONFLICT (id) DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    one = f"({', '.join('?' * len(columns))})"
    most = max(1, min(INSERT_VARIABLES, db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)) // len(columns))
    start = 0
    while start < len(rows):
        left = len(rows) - start
        size = most if left >= most else 1 << (left.bit_length() - 1)
        chunk = rows[start : start + size]
        db.conn.execute(head + ", ".join([one] * size) + tail, [row[c] for row in chunk for c in columns])
        start += size


def refresh_summaries(db: Database) -> int:
    """Name, count and summarise the speakers that stores without refresh left stale; returns how many."""
    from .identity import refresh_stale

    if db.execute("SELECT 1 FROM stale_speakers LIMIT 1").fetchone() is None:
        return 0  # no write transaction: a re-ingest that stored nothing stays read-only
    with write_transaction(db):
        return refresh_stale(db)


def save_article(db: Database, article: Article, quotes: Sequence[Quote], ingested_at: str | None = None) -> int:
    """Store one article with its quotes, replacing what it had; returns the number of quotes."""
    return save_articles(db, [(article, quotes)], ingested_at)


def save_quotes(db: Database, article_id: str, quotes: Sequence[Quote]) -> int:
    """Replace the quotes of an article that is stored already; returns the number of quotes."""
    row = db.execute(
        f"SELECT ingested_at, text, {', '.join(ARTICLE_FIELDS)} FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    article = Article(row[1], id=article_id, **dict(zip(ARTICLE_FIELDS, row[2:])))
    return save_articles(db, [(article, quotes)], row[0])


def _forget_speakers(db: Database, ids: Sequence[tuple[str]]) -> set[str]:
    """Delete the roles of these articles' speakers; return the surnames of the full-name people
    they named, whose surnames alone elsewhere must be decided again."""
    surnames = set()
    for (aid,) in ids:
        surnames.update(s for (s,) in db.execute(
            "SELECT surname FROM article_speakers WHERE article_id = ? AND form = 'name' AND surname IS NOT NULL",
            [aid]))
    db.conn.executemany("DELETE FROM speaker_roles WHERE article_id = ?", ids)
    return surnames


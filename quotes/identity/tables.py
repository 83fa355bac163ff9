"""Identity's tables: their schema (article_speakers, speaker_roles, stale_speakers, curations, and
the indexes identity's reads need), and how the writer reads and writes them: the locals of
article_speakers, the curations, the candidates and context of the decisions, what new rows change,
unnamed speakers.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..in_clause import in_chunks
from .curation import Curation, best_name
from .decisions import Candidate, Context
from .local import NONE, Local

# Created by quotes.store.ensure_schema, after the columns it adds to a database of schema 1: these
# indexes cover some of them (quotes.article_speaker_id, aliases.article_speaker_id, speakers.quotes).
SCHEMA = """
CREATE TABLE IF NOT EXISTS article_speakers (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT REFERENCES speakers(id),
    name TEXT NOT NULL,
    kind TEXT,
    folded TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('name', 'surname', 'description')),
    surname TEXT,
    gender TEXT,
    titled INTEGER NOT NULL DEFAULT 0,
    date TEXT,
    auto_key TEXT,
    rule TEXT,
    speaker_gender TEXT,  -- female / male / unknown as the article tells (quotes.gender); NULL: no person
    gender_evidence TEXT  -- its evidence, JSON: {"title:f": 1, "pronoun:f": 1}
);
CREATE TABLE IF NOT EXISTS speaker_roles (
    id TEXT PRIMARY KEY,
    speaker_id TEXT REFERENCES speakers(id),
    article_speaker_id TEXT NOT NULL REFERENCES article_speakers(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    quote_id TEXT REFERENCES quotes(id),
    role TEXT NOT NULL,
    folded TEXT NOT NULL,
    date TEXT,
    lang TEXT  -- the language the article was read in: a role is kept as each language writes it
);
-- speakers whose summary (name, counts, other names, roles) waits for identity.refresh_stale
CREATE TABLE IF NOT EXISTS stale_speakers (id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS curations (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'gender')),
    args TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);
-- Identity reads all the rows of a person, a surname or a speaker at every batch that names them:
-- these indexes hold what it reads (covering), so that it reads them from the index alone, not row
-- by row from all over the table (a quarter of an ingest's time into a database of 360,000 articles).
-- an article's people (neighbours); a speaker's names and articles (refresh_speakers)
DROP INDEX IF EXISTS idx_article_speakers_article_id;
CREATE INDEX IF NOT EXISTS idx_article_speakers_article_people ON article_speakers(article_id, form, kind, auto_key);
DROP INDEX IF EXISTS idx_article_speakers_speaker_id;
CREATE INDEX IF NOT EXISTS idx_article_speakers_speaker_names ON article_speakers(speaker_id, name, form, article_id);
-- the full-name people of a surname (candidates); a person's first and last dates (ripple_surnames)
DROP INDEX IF EXISTS idx_article_speakers_surname;
CREATE INDEX IF NOT EXISTS idx_article_speakers_surname_people
    ON article_speakers(surname, form, kind, auto_key, name, date);
DROP INDEX IF EXISTS idx_article_speakers_auto_key;
CREATE INDEX IF NOT EXISTS idx_article_speakers_auto_key_date ON article_speakers(auto_key, date);
CREATE INDEX IF NOT EXISTS idx_article_speakers_folded ON article_speakers(folded);
-- a speaker's roles in each language (refresh_speakers); a person's roles (key_roles)
DROP INDEX IF EXISTS idx_speaker_roles_speaker_id;
DROP INDEX IF EXISTS idx_speaker_roles_speaker_roles;
CREATE INDEX IF NOT EXISTS idx_speaker_roles_speaker_lang_roles
    ON speaker_roles(speaker_id, lang, folded, role, date, article_id);
DROP INDEX IF EXISTS idx_speaker_roles_article_speaker_id;
CREATE INDEX IF NOT EXISTS idx_speaker_roles_article_speaker_folded ON speaker_roles(article_speaker_id, folded);
CREATE INDEX IF NOT EXISTS idx_speaker_roles_article_id ON speaker_roles(article_id);
CREATE INDEX IF NOT EXISTS idx_speaker_roles_quote_id ON speaker_roles(quote_id);
CREATE INDEX IF NOT EXISTS idx_speaker_roles_folded ON speaker_roles(folded);
CREATE INDEX IF NOT EXISTS idx_quotes_article_speaker_id ON quotes(article_speaker_id);
CREATE INDEX IF NOT EXISTS idx_aliases_article_speaker_id ON aliases(article_speaker_id);
CREATE INDEX IF NOT EXISTS idx_speakers_quotes ON speakers(quotes);
"""


_LOCAL_COLUMNS = "id, article_id, name, kind, folded, form, surname, gender, titled, date, auto_key, speaker_id, rule"


def _local(row) -> Local:
    (id_, article_id, name, kind, folded, form, sname, gender, titled, date, auto_key, sid, rule) = row
    return Local(id_, article_id, name, kind, folded, form, sname, gender, titled or NONE, date, auto_key, sid, rule)


def _select_locals(db, where: str, values: Sequence) -> list[Local]:
    found = []
    for chunk, marks in in_chunks(values):
        sql = f"SELECT {_LOCAL_COLUMNS} FROM article_speakers WHERE {where.format(marks=marks)}"
        found.extend(_local(r) for r in db.execute(sql, chunk))
    return found


def load_curations(db) -> list[Curation]:
    if not db["curations"].exists():
        return []
    return [
        Curation(r[0], r[1], json.loads(r[2]))
        for r in db.execute("SELECT id, action, args FROM curations ORDER BY id")
    ]


def candidates(db, surnames: Iterable[str], curations: Sequence[Curation] = ()) -> dict[str, list[Candidate]]:
    """The full-name people of each surname, one per identity (merged keys counted once)."""
    merged = {}
    for c in curations:
        if c.action == "merge":
            for source in c.args["from"]:
                merged[source] = c.args["into"]
    seen: dict[str, dict[str, dict]] = defaultdict(dict)  # surname → identity → what we know
    for chunk, marks in in_chunks(sorted(set(surnames))):
        for sname, key, name, first, last, n, days in db.execute(
            f"""SELECT surname, auto_key, name, min(date), max(date), count(*), count(DISTINCT date) FROM article_speakers
                WHERE form = 'name' AND kind = 'person' AND surname IN ({marks})
                GROUP BY surname, auto_key, name""",
            chunk,
        ):
            identity = key
            for _ in range(len(merged) + 1):
                if identity not in merged:
                    break
                identity = merged[identity]
            info = seen[sname].setdefault(identity, {"keys": Counter(), "names": Counter(), "dates": [], "days": 0})
            info["keys"][key] += n
            info["days"] += days
            info["names"][name] += n
            info["dates"] += [d for d in (first, last) if d]
    found = {}
    for sname, identities in seen.items():
        found[sname] = [
            Candidate(
                info["keys"].most_common(1)[0][0],
                best_name(info["names"]),
                min(info["dates"], default=None),
                max(info["dates"], default=None),
                sum(info["keys"].values()),
                info["days"],
            )
            for info in identities.values()
        ]
    return found


def db_context(db) -> Context:
    """Tie-breakers reading the database, each answer kept for the rest of the run."""

    @lru_cache(maxsize=64)  # texts are long; the locals of an article are decided one after another
    def text(article_id):
        row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else ""

    @lru_cache(maxsize=4096)
    def roles(local):
        return {r for (r,) in db.execute("SELECT folded FROM speaker_roles WHERE article_speaker_id = ?", [local])}

    @lru_cache(maxsize=4096)
    def key_roles(key):
        return {r for (r,) in db.execute(
            """SELECT DISTINCT r.folded FROM speaker_roles r JOIN article_speakers l ON l.id = r.article_speaker_id
               WHERE l.auto_key = ?""", [key])}

    @lru_cache(maxsize=4096)
    def neighbours(article_id):
        return {k for (k,) in db.execute(
            "SELECT auto_key FROM article_speakers WHERE article_id = ? AND form = 'name' AND kind = 'person'",
            [article_id])}

    @lru_cache(maxsize=1024)
    def key_neighbours(key):
        return {k for (k,) in db.execute(
            """SELECT DISTINCT b.auto_key FROM article_speakers a
               JOIN article_speakers b ON b.article_id = a.article_id
               WHERE a.auto_key = ? AND b.form = 'name' AND b.kind = 'person' AND b.auto_key != ?""",
            [key, key])}

    return Context(text, roles, key_roles, neighbours, key_neighbours)


def ripple_surnames(db, rows: Iterable[dict]) -> set[str]:
    """The surnames whose candidates new full-name rows change: a new person, or one quoted
    earlier or later than before. Call before storing the rows."""
    rows = [r for r in rows if r["form"] == "name" and r["kind"] == "person" and r["surname"]]
    by_key = defaultdict(list)
    for r in rows:
        by_key[r["auto_key"]].append(r)
    known = {}
    for chunk, marks in in_chunks(by_key):
        for key, first, last in db.execute(
            f"SELECT auto_key, min(date), max(date) FROM article_speakers WHERE auto_key IN ({marks}) GROUP BY auto_key",
            chunk,
        ):
            known[key] = (first, last)
    found = set()
    for key, group in by_key.items():
        if key not in known:
            found.update(r["surname"] for r in group)
            continue
        first, last = known[key]
        dates = [r["date"] for r in group if r["date"]]
        if dates and ((first and min(dates) < first) or (last and max(dates) > last)):
            found.update(r["surname"] for r in group)
    return found


# The spellings of the roles of some speakers, grouped by `key` (folded role, with or without the speaker
# and the language), each group's most written last (ties: the greatest, "président" after a sentence's
# "Président"): a dict made of the rows keeps one spelling a group, the same whatever SQLite reads first.
ROLE_SPELLINGS = """SELECT {key}, role FROM speaker_roles WHERE speaker_id IN ({marks})
    GROUP BY {key}, role ORDER BY count(*), role"""


def drop_unnamed(db, ids: Iterable[str]) -> None:
    """Remove the given speakers if nothing refers to them any more."""
    db.conn.executemany(
        """DELETE FROM speakers WHERE id = ?1
           AND NOT EXISTS (SELECT 1 FROM article_speakers WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM aliases WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM speaker_roles WHERE speaker_id = ?1)""",
        [(sid,) for sid in ids],
    )

"""Queries behind `quotes list`, `quotes speakers`, `quotes search` and `quotes stats`, and their output formats.

Rows are plain dicts; ``render`` prints them like sqlite-utils does (``json``: a JSON array one
object a line, ``nl``: newline-delimited JSON, ``csv``) or as a rich table.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
from collections.abc import Sequence

from sqlite_utils import Database

from .identity import ROLE_SPELLINGS
from .in_clause import in_chunks
from .keys import fold

_QUOTE_COLUMNS = """
    q.id, q.date, s.name AS speaker, s.kind AS speaker_kind, q.kind, q.quote, q.cue, q.mention, q.role,
    q.source, a.title, a.url, q.article_id
"""


class Ambiguous(LookupError):
    """A name that designates several speakers; .candidates lists them (see speaker_candidates)."""

    def __init__(self, name: str, candidates: list[dict]):
        super().__init__(f"{name!r} may be any of {len(candidates)} speakers")
        self.name = name
        self.candidates = candidates


class Unknown(LookupError):
    """A name that designates no speaker; .suggestions holds the closest names known."""

    def __init__(self, name: str, suggestions: list[str]):
        hint = f"; did you mean {', '.join(repr(n) for n in suggestions)}?" if suggestions else ""
        super().__init__(f"no speaker is called {name!r}{hint}")
        self.suggestions = suggestions


def close_names(db: Database, name: str, n: int = 5) -> list[str]:
    """The speakers' names closest to a name nobody has (`Emanuel Macron` → `Emmanuel Macron`): among
    the most quoted that share a word, or the first three letters of one, with it."""
    words = [w for w in fold(name).replace('"', " ").split() if len(w) >= 3]
    if not words:
        return []
    match = " OR ".join([*(f'"{w}"' for w in words), *(f'"{w[:3]}"*' for w in words)])
    names = [name for (name,) in db.execute(
        """SELECT speakers.name FROM speakers_fts JOIN speakers ON speakers.rowid = speakers_fts.rowid
           WHERE speakers_fts MATCH ? AND speakers.article_id IS NULL ORDER BY speakers.quotes DESC LIMIT 500""",
        [match])]
    folded = {fold(known): known for known in reversed(names)}  # the most quoted of one spelling
    return [folded[f] for f in difflib.get_close_matches(fold(name), list(folded), n=n, cutoff=0.6)]


def speaker_candidates(db: Database, name: str) -> list[dict]:
    """Who a name may designate, case- and accent-insensitively, most quoted first.

    A speaker whose exact name it is, if only one speaker across articles has it ("Emmanuel
    Macron"); otherwise every speaker that an article named so (its name, one of its aliases, or
    the name an article used for it: "M. Macron", "le président américain"), and the speakers whose
    name contains the name's words in order ("macron" for "Brigitte Macron" too).

    Each candidate is a person, organisation or group across articles, or the speakers of that name
    left to their own article (a description, a surname that could be several people), counted
    together: {speaker, kind, quotes, articles, first_date, last_date, speaker_id (None for those
    per article), speakers (how many rows), ids}.
    """
    folded = fold(name)
    if not folded:
        return []
    exact = [sid for (sid,) in db.execute(
        "SELECT id FROM speakers WHERE folded = ? AND article_id IS NULL", [folded])]
    if len(exact) == 1:
        return _candidates(db, exact)
    ids = [sid for (sid,) in db.execute(
        """SELECT id FROM speakers WHERE folded = ?1
           UNION SELECT speaker_id FROM aliases WHERE folded = ?1
           UNION SELECT speaker_id FROM article_speakers WHERE folded = ?1
           UNION SELECT speakers.id FROM speakers_fts JOIN speakers ON speakers.rowid = speakers_fts.rowid
                 WHERE speakers_fts MATCH ?2""",
        [folded, fts_phrase(name)],
    )]
    return _candidates(db, ids)


def _candidates(db: Database, ids: list[str]) -> list[dict]:
    groups: dict[tuple, dict] = {}
    for chunk, marks in in_chunks(ids):
        for sid, name, kind, folded, article_id in db.execute(
            f"SELECT id, name, kind, folded, article_id FROM speakers WHERE id IN ({marks})", chunk
        ):
            key = (sid,) if article_id is None else (folded, kind)
            group = groups.setdefault(key, {
                "speaker": name, "kind": kind, "quotes": 0, "articles": 0, "first_date": None, "last_date": None,
                "speaker_id": sid if article_id is None else None, "speakers": 0, "ids": [],
            })
            group["speakers"] += 1
            group["ids"].append(sid)
    for group in groups.values():
        marks = ", ".join("?" * len(group["ids"]))
        n, articles, first, last = db.execute(
            f"""SELECT count(*), count(DISTINCT article_id), min(date), max(date) FROM quotes
                WHERE speaker_id IN ({marks})""", group["ids"]).fetchone()
        group.update(quotes=n, articles=articles, first_date=first, last_date=last)
    return sorted(groups.values(), key=lambda g: (-g["quotes"], g["speaker"]))


def quotes_by_speaker(
    db: Database,
    name: str,
    *,
    limit: int | None = None,
    since: str | None = None,
    source: str | None = None,
    every: bool = False,
) -> list[dict]:
    """The quotes of the speaker a name designates (aliases included), newest first.

    Raises Ambiguous when the name may designate several speakers, unless every is set: then the
    quotes of all of them.
    """
    candidates = speaker_candidates(db, name)
    if len(candidates) > 1 and not every:
        raise Ambiguous(name, candidates)
    ids = [sid for c in candidates for sid in c["ids"]]
    if not ids:
        raise Unknown(name, close_names(db, name))
    where, params = _filters(since, source)
    marks = ", ".join("?" * len(ids))
    sql = f"""
        SELECT {_QUOTE_COLUMNS}
        FROM quotes q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id IN ({marks}) {where}
        ORDER BY q.date DESC, q.article_id, q.start
        LIMIT ?"""
    return list(db.query(sql, [*ids, *params, _limit(limit)]))


def speaker_roles(db: Database, ids: list[str]) -> list[dict]:
    """The roles articles gave these speakers in each language, each with its first and last dates, oldest
    first."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    spelling = {(lang, folded): role for lang, folded, role in db.execute(
        ROLE_SPELLINGS.format(key="lang, folded", marks=marks), ids)}
    return [{"role": spelling[row["lang"], row.pop("folded")], **row} for row in db.query(
        f"""SELECT lang, folded, min(date) AS first_date, max(date) AS last_date,
                   count(DISTINCT article_id) AS articles
            FROM speaker_roles WHERE speaker_id IN ({marks})
            GROUP BY lang, folded ORDER BY first_date, articles DESC""", ids)]


def speaker_card(db: Database, sid: str) -> dict | None:
    """A speaker's summary: name, kind, gender and its evidence, key, quote counts, dates, other names, and its
    roles over time."""
    rows = list(db.query(
        """SELECT id AS speaker_id, name, kind, gender, gender_evidence, key, quotes, articles, first_date, last_date,
                  other_names
           FROM speakers WHERE id = ?""", [sid]))
    if not rows:
        return None
    card = rows[0]
    card["gender_evidence"] = json.loads(card["gender_evidence"] or "{}")
    card["roles"] = speaker_roles(db, [sid])
    card["rules"] = dict(db.execute(
        "SELECT rule, count(*) FROM article_speakers WHERE speaker_id = ? GROUP BY rule", [sid]).fetchall())
    return card


def top_speakers(
    db: Database,
    *,
    limit: int | None = 20,
    since: str | None = None,
    source: str | None = None,
    kind: str | None = None,
) -> list[dict]:
    """Who is quoted most: counts by kind of quote, number of articles, first and last dates."""
    if not since and not source:  # the speakers' stored counts: no grouping of every quote
        return list(db.query(
            """SELECT name AS speaker, kind, quotes, direct, partial, indirect, articles, first_date, last_date,
                      speaker_id
               FROM speaker_stats WHERE ?1 IS NULL OR kind = ?1
               ORDER BY quotes DESC, last_date DESC, name LIMIT ?2""", [kind or None, _limit(limit)]))
    where, params = _filters(since, source)
    if kind:
        where += " AND s.kind = ?"
        params.append(kind)
    sql = f"""
        SELECT s.name AS speaker, s.kind, count(*) AS quotes,
               sum(q.kind = 'direct') AS direct, sum(q.kind = 'partial') AS partial,
               sum(q.kind = 'indirect') AS indirect, count(DISTINCT q.article_id) AS articles,
               min(q.date) AS first_date, max(q.date) AS last_date, s.id AS speaker_id
        FROM quotes q JOIN speakers s ON s.id = q.speaker_id
        WHERE 1 = 1 {where}
        GROUP BY s.id
        ORDER BY quotes DESC, last_date DESC, s.name
        LIMIT ?"""
    return list(db.query(sql, [*params, _limit(limit)]))


def search(
    db: Database, text: str, *, limit: int | None = 20, since: str | None = None, source: str | None = None
) -> list[dict]:
    """Full-text search over quotes and their speakers' names, best match first."""
    match = fts_query(text)
    if not match:
        return []
    where, params = _filters(since, source)
    sql = f"""
        SELECT {_QUOTE_COLUMNS}
        FROM quotes_fts
        JOIN quotes q ON q.rowid = quotes_fts.rowid
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN speakers s ON s.id = q.speaker_id
        WHERE quotes_fts MATCH ? {where}
        ORDER BY quotes_fts.rank
        LIMIT ?"""
    return list(db.query(sql, [match, *params, _limit(limit)]))


# What a reader's search is read as: "quoted words" (the closing mark may be missing), or a run of
# anything else but spaces. Only word characters go into the FTS5 query: no operator, column filter,
# prefix star or control character of the reader's can make it a syntax error.
_FTS_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")


def fts_query(text: str | None) -> str:
    """An FTS5 query matching every word and "quoted phrase" of text; '' when there is nothing to find.

    Punctuation and FTS5 operators are dropped; a word written with an apostrophe or a hyphen
    (l'Europe, Saint-Denis) is searched as a phrase. The CLI's search and the site's pages use it.
    """
    parts = (_fts_words(m[1] if m[1] is not None else m[2]) for m in _FTS_PART.finditer(text or ""))
    return " ".join(_fts_phrase(words) for words in parts if words)


def fts_phrase(text: str) -> str:
    """Every word of text as one FTS5 phrase (one that matches nothing when text has no word)."""
    return _fts_phrase(_fts_words(text))


def _fts_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.replace("_", "")]


def _fts_phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


# What `quotes stats` counts by: the columns of quote_totals (and of _QUOTES_COUNTED).
STAT_COLUMNS = {"gender": "speaker_gender", "source": "source", "month": "month", "kind": "kind"}
# The quotes since a date, as quote_totals counts them: a day's precision the stored counts by month lack.
_QUOTES_COUNTED = """(SELECT coalesce(substr(date, 1, 7), '') AS month, coalesce(source, '') AS source, kind,
                             coalesce(speaker_gender, '') AS speaker_gender, 1 AS quotes
                      FROM quotes WHERE date >= ?)"""
GENDER_COUNTS = {"women": "female", "men": "male", "unknown": "unknown"}


def quote_stats(db: Database, by: Sequence[str], *, since: str | None = None, source: str | None = None) -> list[dict]:
    """Quotes counted by some of gender, source, month and kind (STAT_COLUMNS). By gender, the quotes of
    people (bodies and groups have none) by women, men and unknown, with their shares in percent, for
    each value of the other columns. Read from the stored counts, or from the quotes when since is given."""
    table, params = (_QUOTES_COUNTED, [since]) if since else ("quote_totals", [])
    groups = _stat_groups(by)
    by_gender = "gender" in by
    where = ["speaker_gender != ''"] if by_gender else ["1 = 1"]
    if source:
        where.append("source = ? COLLATE NOCASE")
        params.append(source)
    if by_gender:
        counts = [f"sum(quotes * (speaker_gender = '{g}')) AS {name}" for name, g in GENDER_COUNTS.items()]
        counts.append("sum(quotes) AS people")
    else:
        counts = ["sum(quotes) AS quotes"]
    keys = [f"nullif({g}, '') AS {g}" for g in groups]
    sql = f"SELECT {', '.join(keys + counts)} FROM {table} WHERE {' AND '.join(where)}"
    if groups:
        sql += f" GROUP BY {', '.join(groups)} ORDER BY {', '.join(groups)}"
    rows = [row for row in db.query(sql, params) if row.get("people", row.get("quotes"))]
    if by_gender:
        for row in rows:
            row.update({f"{name}_pct": round(100 * row[name] / row["people"], 1) for name in GENDER_COUNTS})
    return rows


def stat_columns(by: Sequence[str]) -> list[str]:
    """The columns quote_stats gives for these counts, rows or none (a CSV's header even when nothing is counted)."""
    if "gender" in by:
        return [*_stat_groups(by), *GENDER_COUNTS, "people", *(f"{name}_pct" for name in GENDER_COUNTS)]
    return [*_stat_groups(by), "quotes"]


def _stat_groups(by: Sequence[str]) -> list[str]:
    return [STAT_COLUMNS[b] for b in dict.fromkeys(by) if b != "gender"]


def _filters(since: str | None, source: str | None) -> tuple[str, list]:
    where, params = "", []
    if since:
        where += " AND q.date >= ?"
        params.append(since)
    if source:
        where += " AND q.source = ? COLLATE NOCASE"
        params.append(source)
    return where, params


def _limit(limit: int | None) -> int:
    return -1 if limit is None or limit <= 0 else limit


# --- output ---------------------------------------------------------------------------------


def render(
    rows: Sequence[dict],
    fmt: str = "table",
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    file=None,
) -> None:
    """Print rows as a rich table (only the given columns) or, with every column, as json, nl or csv."""
    file = file or sys.stdout
    if fmt == "json":
        if not rows:
            file.write("[]\n")
        for i, row in enumerate(rows):
            start = "[" if i == 0 else " "
            end = "]\n" if i == len(rows) - 1 else ",\n"
            file.write(start + json.dumps(row, ensure_ascii=False) + end)
    elif fmt == "nl":
        for row in rows:
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        keys = list(rows[0]) if rows else list(columns or [])
        writer = csv.DictWriter(file, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(rows, columns or (list(rows[0]) if rows else []), title, file)


# Columns of free text, which wrap, with the width they keep however narrow the terminal.
TEXT_COLUMNS = {"quote": 20, "title": 16, "speaker": 14, "name": 14, "role": 12}
PIPED_WIDTH = 160


def _table(rows: Sequence[dict], columns: Sequence[str], title: str | None, file) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        text = column in TEXT_COLUMNS
        table.add_column(
            column.replace("_", " "),
            overflow="fold",
            no_wrap=not text,
            min_width=TEXT_COLUMNS.get(column),  # a narrow terminal must not squeeze names away
            justify="right" if rows and isinstance(rows[0].get(column), int) else "left",
        )
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    # Piped or redirected output has no width to fit: let the table have the room it needs.
    interactive = hasattr(file, "isatty") and file.isatty()
    Console(file=file, width=None if interactive else PIPED_WIDTH).print(table)

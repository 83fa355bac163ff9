"""The writer's pass over identities: decide again who the speakers of some articles are, and of those
their change affects, store it, and keep the speakers' summaries (name, counts, other names, roles);
``rebuild`` decides every identity again, ``backfill`` upgrades a database of schema 1.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlite_utils.utils import chunks

from ..in_clause import in_chunks
from ..lang import has_data, language
from ..keys import digest as _digest
from ..keys import speaker_id
from ..model import DEFAULT_LANGUAGE
from ..gender import CURATED, article_evidence
from ..gender import decide as decide_gender
from .curation import Curation, best_name, curate, curated_genders, renames
from .decisions import decide
from .local import local_fields, role_of, speaker_row
from .vocabulary import article_vocabulary, every_language
from .names import _GLUED, _core, fold, local_id
from .tables import (
    _LOCAL_COLUMNS, ROLE_SPELLINGS, _local, _select_locals, candidates, db_context, drop_unnamed, load_curations,
)


def reconcile(
    db,
    article_ids: Iterable[str] = (),
    *,
    surnames: Iterable[str] = (),
    speaker_ids: Iterable[str] = (),
    everything: bool = False,
    refresh: bool = True,
) -> set[str]:
    """Decide again who the speakers of some articles are, and those their change affects.

    Scope: the locals of ``article_ids`` and of ``speaker_ids``, and every surname alone among
    ``surnames`` (pass the surnames whose candidates changed: see ``ripple_surnames``); or every
    local with ``everything``. Writes the new speaker of each local to article_speakers, quotes,
    aliases and speaker_roles, creates and names the speakers, refreshes their summaries and drops
    the speakers left with nothing. Returns the ids of the speakers touched.

    With ``refresh`` False, the speakers touched are only marked stale, for ``refresh_stale``: a
    bulk ingest names and counts its speakers every few thousand articles, not at every batch (a
    much-quoted speaker's summary reads all their rows).
    """
    curations = load_curations(db)
    speaker_ids = set(speaker_ids)
    if everything:
        scope = [_local(r) for r in db.execute(f"SELECT {_LOCAL_COLUMNS} FROM article_speakers")]
    else:
        scope = _select_locals(db, "article_id IN ({marks})", sorted(set(article_ids)))
        scope += _select_locals(db, "speaker_id IN ({marks})", sorted(set(speaker_ids)))
        surnames = set(surnames)
        if surnames:
            scope += _select_locals(db, "surname IN ({marks})", sorted(surnames))
        scope = list({local.id: local for local in scope}.values())
    wanted = {local.surname for local in scope if local.surname}
    cands = candidates(db, wanted, curations)
    context = db_context(db)
    touched = set(speaker_ids) | {local.speaker_id for local in scope if local.speaker_id}
    changed = []
    new_speakers = {}
    for local in scope:
        key, rule = decide(local, cands.get(local.surname or "", ()), context)
        auto = key
        key, rule = curate(local, key, rule, curations)
        sid = speaker_id(key)
        if (auto, sid, rule) != (local.auto_key, local.speaker_id, local.rule):
            changed.append((auto, sid, rule, local.id, local.speaker_id))
            new_speakers.setdefault(sid, speaker_row(key, local.name))
        touched.add(sid)
    if new_speakers:
        db["speakers"].insert_all(new_speakers.values(), pk="id", ignore=True)
    if changed:
        db.conn.executemany(
            "UPDATE article_speakers SET auto_key = ?, speaker_id = ?, rule = ? WHERE id = ?",
            [c[:4] for c in changed],
        )
        moved = [(sid, lid) for _, sid, _, lid, old in changed if sid != old]
        for table in ("quotes", "aliases", "speaker_roles"):
            db.conn.executemany(f"UPDATE {table} SET speaker_id = ? WHERE article_speaker_id = ?", moved)
    if refresh:
        refresh_speakers(db, touched, curations)
    else:
        db.conn.executemany("INSERT OR IGNORE INTO stale_speakers (id) VALUES (?)", [(sid,) for sid in touched if sid])
    return touched


def refresh_stale(db) -> int:
    """Refresh the summaries of the speakers that ``reconcile`` marked stale; returns how many."""
    ids = [sid for (sid,) in db.execute("SELECT id FROM stale_speakers")]
    curations = load_curations(db)
    for chunk in chunks(ids, 2000):  # what a summary gathers is held for a chunk at a time
        refresh_speakers(db, chunk, curations)
    db.execute("DELETE FROM stale_speakers")
    return len(ids)


def refresh_speakers(db, ids: Iterable[str], curations: Sequence[Curation] | None = None) -> None:
    """Name the given speakers, count their quotes, list their other names and roles, decide their
    gender (copied to their quotes); drop the ones no article names any more."""
    ids = sorted(set(filter(None, ids)))
    if not ids:
        return
    curations = load_curations(db) if curations is None else curations
    renamed = renames(curations)
    names: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, dict] = defaultdict(dict)
    articles = Counter()
    others: dict[str, Counter] = defaultdict(Counter)
    spelled: dict[str, dict] = defaultdict(dict)
    stats, roles, current = {}, defaultdict(list), {}
    evidence: dict[str, Counter] = defaultdict(Counter)
    for chunk, marks in in_chunks(ids):
        for sid, name, form, n in db.execute(
            f"""SELECT speaker_id, name, form, count(*) FROM article_speakers
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id, name, form""", chunk):
            names[sid][name] += n
            forms[sid][name] = "name" if form == "name" or forms[sid].get(name) == "name" else form
            if form != "description":
                others[sid][fold(name)] += n
                spelled[sid].setdefault(fold(name), name)
        articles.update(dict(db.execute(
            f"""SELECT speaker_id, count(DISTINCT article_id) FROM article_speakers
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id""", chunk).fetchall()))
        for sid, alias, n in db.execute(
            f"""SELECT speaker_id, alias, count(*) FROM aliases WHERE speaker_id IN ({marks})
                GROUP BY speaker_id, alias""", chunk):
            if _name_like(alias):
                others[sid][fold(alias)] += n
                spelled[sid].setdefault(fold(alias), alias)
        for sid, found in db.execute(
            f"""SELECT speaker_id, gender_evidence FROM article_speakers
                WHERE speaker_id IN ({marks}) AND gender_evidence IS NOT NULL""", chunk):
            evidence[sid].update(json.loads(found))  # each article's evidence adds up
        for sid, n, first, last in db.execute(
            f"SELECT speaker_id, count(*), min(date), max(date) FROM quotes WHERE speaker_id IN ({marks}) GROUP BY speaker_id",
            chunk):
            stats[sid] = (n, first, last)
        spelling = {(sid, lang, folded): role for sid, lang, folded, role in db.execute(ROLE_SPELLINGS.format(
            key="speaker_id, lang, folded", marks=marks), chunk)}
        for sid, lang, folded, first, last, n in db.execute(
            f"""SELECT speaker_id, lang, folded, min(date), max(date), count(DISTINCT article_id) FROM speaker_roles
                WHERE speaker_id IN ({marks}) GROUP BY speaker_id, lang, folded""", chunk):
            roles[sid].append(Role(spelling[sid, lang, folded], lang, first, last, n))
        for sid, key, name, kind in db.execute(
            f"SELECT id, key, name, kind FROM speakers WHERE id IN ({marks})", chunk):
            current[sid] = (key, name, kind)
    gone, renames_, updates, genders = [], [], [], []
    curated = curated_genders(curations)
    for sid in ids:
        if sid not in current:
            continue
        key, name, kind = current[sid]
        if not names.get(sid):
            gone.append(sid)
            continue
        new_name = renamed.get(key) or best_name(names[sid], forms[sid])
        if new_name != name:
            renames_.append((new_name, fold(new_name), sid))
        folded = fold(new_name)
        other = [spelled[sid][f] for f, _ in others[sid].most_common() if f != folded][:12]
        role_text = _roles_text(roles.get(sid, []))
        n, first, last = stats.get(sid, (0, None, None))
        updates.append((n, articles[sid], first, last, "; ".join(other) or None, role_text or None, sid))
        genders.append((*_speaker_gender(kind, evidence.get(sid, Counter()), curated.get(key)), sid))
    if renames_:
        db.conn.executemany("UPDATE speakers SET name = ?, folded = ? WHERE id = ?", renames_)
    if updates:
        db.conn.executemany(
            """UPDATE speakers SET quotes = ?, articles = ?, first_date = ?, last_date = ?, other_names = ?,
               roles = ? WHERE id = ?""",
            updates,
        )
    if genders:
        db.conn.executemany("UPDATE speakers SET gender = ?, gender_evidence = ? WHERE id = ?", genders)
        # the quotes' copy (their facet and counts by gender): only the rows whose gender changed are written
        db.conn.executemany("UPDATE quotes SET speaker_gender = ?1 WHERE speaker_id = ?2 AND speaker_gender IS NOT ?1",
                            [(gender, sid) for gender, _, sid in genders])
    if gone:
        drop_unnamed(db, gone)


def _speaker_gender(kind: str | None, evidence: Counter, curated: str | None) -> tuple[str | None, str | None]:
    """A speaker's gender and its evidence (JSON) from every article's and a curator's decision; none
    for a body or a group, unless a curator decided one."""
    if curated:
        evidence = Counter({**evidence, f"{CURATED}:{curated}": 1})
    elif kind != "person":
        return None, None
    return decide_gender(evidence), json.dumps(dict(sorted(evidence.items()))) if evidence else None


def backfill_genders(db) -> None:
    """Give the article speakers of a database made before genders (schema 5 and earlier) the gender their
    stored names, mentions, aliases and roles tell (the cues' agreement was not stored: it is missed), then
    their speakers theirs."""
    rows = db.execute(
        """SELECT l.id, l.name, l.kind, a.lang FROM article_speakers l JOIN articles a ON a.id = l.article_id
           WHERE l.gender_evidence IS NULL AND l.kind = 'person'"""
    ).fetchall()
    updates = []
    for lid, name, kind, lang in rows:
        mentions = [m for (m,) in db.execute("SELECT mention FROM quotes WHERE article_speaker_id = ?", [lid])]
        roles = [r for (r,) in db.execute("SELECT role FROM quotes WHERE article_speaker_id = ?", [lid])]
        aliases = [a for (a,) in db.execute("SELECT alias FROM aliases WHERE article_speaker_id = ?", [lid])]
        code = lang if has_data(lang) else DEFAULT_LANGUAGE
        evidence = article_evidence(language(code), name, mentions, aliases, roles)
        updates.append((decide_gender(evidence), json.dumps(dict(sorted(evidence.items()))), lid))
    db.conn.executemany("UPDATE article_speakers SET speaker_gender = ?, gender_evidence = ? WHERE id = ?", updates)
    refresh_speakers(db, [sid for (sid,) in db.execute("SELECT id FROM speakers")])


class Role(NamedTuple):
    """A role a speaker is given in one language, and the articles that give it."""

    role: str
    lang: str | None
    first: str | None
    last: str | None
    articles: int


def _roles_text(roles: Sequence[Role]) -> str | None:
    """A speaker's ten roles given by the most articles, oldest first, each with its dates and number of
    articles; with its language when the speaker's roles are in several ("French President (en, …)")."""
    several = len({r.lang for r in roles}) > 1
    top = sorted(roles, key=lambda r: -r.articles)[:10]
    return "; ".join(
        f"{r.role} ({f'{r.lang}, ' if several else ''}{_span(r.first, r.last)}, "
        f"{r.articles} article{'s' if r.articles > 1 else ''})"
        for r in sorted(top, key=lambda r: (r.first or "", r.role))
    ) or None


def _name_like(text: str) -> bool:
    """A name, perhaps after a civil title ("M. Macron", "Emmanuel Macron"), not a phrase."""
    words = text.split()
    if words and fold(words[0]) in every_language().civil_titles:
        words = words[1:]
    core = _core(words)
    return 0 < len(words) <= 5 and bool(core) and all(w[:1].isupper() for w in core) and not _GLUED.search(text)


def _span(first: str | None, last: str | None) -> str:
    if not first or not last or first == last:
        return first or last or "undated"
    return f"{first} – {last}"


def rebuild(db) -> None:
    """Work every local's form out again from the stored quotes and articles, then decide every
    identity again (after a change of these rules, or to upgrade a database made before them)."""
    rows = db.execute(
        """SELECT l.id, l.article_id, l.name, l.kind, a.text, a.date, a.lang FROM article_speakers l
            JOIN articles a ON a.id = l.article_id"""
    ).fetchall()
    updates = []
    for lid, article_id, name, kind, text, date, lang in rows:
        mentions = [m for (m,) in db.execute("SELECT mention FROM quotes WHERE article_speaker_id = ?", [lid])]
        quoted_roles = [r for (r,) in db.execute("SELECT role FROM quotes WHERE article_speaker_id = ?", [lid])]
        aliases = [a for (a,) in db.execute("SELECT alias FROM aliases WHERE article_speaker_id = ?", [lid])]
        f = local_fields(name, kind, article_id, date, text, mentions, aliases, quoted_roles, article_vocabulary(lang))
        updates.append((f["name"], f["folded"], f["form"], f["kind"], f["surname"], f["gender"], f["titled"],
                        date, f["auto_key"], lid))
    db.conn.executemany(
        """UPDATE article_speakers SET name = ?, folded = ?, form = ?, kind = ?, surname = ?, gender = ?,
           titled = ?, date = ?, auto_key = ? WHERE id = ?""",
        updates,
    )
    reconcile(db, everything=True)


def backfill(db) -> None:
    """Give a database of schema 1 its article_speakers and speaker_roles, made from its quotes,
    speakers and aliases, then decide every identity (see ``rebuild``)."""
    rows = db.execute(
        """SELECT q.article_id, q.speaker_id, s.name, s.kind, a.date FROM quotes q
           JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id
           WHERE q.article_speaker_id IS NULL GROUP BY q.article_id, q.speaker_id"""
    ).fetchall()
    if not rows:
        return
    with db.atomic():
        locals_, links = {}, []
        for article_id, sid, name, kind, date in rows:
            lid = local_id(article_id, kind, name)
            locals_[lid] = {
                "id": lid, "article_id": article_id, "speaker_id": sid, "name": name, "kind": kind,
                "folded": fold(name), "form": "description", "date": date, "rule": "schema 1",
            }
            links.append((lid, article_id, sid))
        db["article_speakers"].insert_all(locals_.values(), pk="id", ignore=True)
        for table in ("quotes", "aliases"):
            db.conn.executemany(
                f"UPDATE {table} SET article_speaker_id = ?1 WHERE article_id = ?2 AND speaker_id = ?3", links
            )
        roles = {}
        for lid, article_id, qid, text, name, date, lang in db.execute(
            """SELECT l.id, l.article_id, q.id, q.role, l.name, l.date, a.lang FROM quotes q
               JOIN article_speakers l ON l.id = q.article_speaker_id JOIN articles a ON a.id = l.article_id
               WHERE q.role IS NOT NULL
               UNION ALL
               SELECT l.id, l.article_id, (SELECT min(id) FROM quotes WHERE article_speaker_id = l.id), x.alias,
                      l.name, l.date, a.lang
               FROM aliases x JOIN article_speakers l ON l.id = x.article_speaker_id JOIN articles a ON a.id = l.article_id"""
        ).fetchall():
            role = role_of(text, name, article_vocabulary(lang))
            if role:
                rid = _digest("role", lid, fold(role))
                roles.setdefault(rid, {"id": rid, "speaker_id": None, "article_speaker_id": lid,
                                       "article_id": article_id, "quote_id": qid, "role": role,
                                       "folded": fold(role), "date": date, "lang": lang or DEFAULT_LANGUAGE})
        db["speaker_roles"].insert_all(roles.values(), pk="id", ignore=True)
        rebuild(db)
        db.execute("UPDATE speaker_roles SET speaker_id = (SELECT speaker_id FROM article_speakers "
                   "WHERE id = speaker_roles.article_speaker_id) WHERE speaker_id IS NULL")

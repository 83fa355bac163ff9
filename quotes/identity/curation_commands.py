"""The curation commands (``quotes speakers merge / split / rename``): find the speakers named, record
the curation and apply it at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone

from ..gender import GENDERS
from ..keys import speaker_id
from .curation import ACTIONS, Curation
from .names import fold
from .writer import reconcile


class NotFound(LookupError):
    """No speaker, or several, answer to a name; .candidates lists the latter."""

    def __init__(self, message: str, candidates: Sequence[dict] = ()):
        super().__init__(message)
        self.candidates = list(candidates)


def find_speaker(db, text: str) -> dict:
    """The one speaker a curation names: by id, key, or exact name (case and accents ignored)."""
    text = text.strip()
    cols = "id, name, kind, key, article_id, quotes, first_date, last_date"
    rows = db.execute(f"SELECT {cols} FROM speakers WHERE id = ? OR key = ?", [text, text]).fetchall()
    if not rows:
        rows = db.execute(f"SELECT {cols} FROM speakers WHERE folded = ? ORDER BY quotes DESC", [fold(text)]).fetchall()
    found = [dict(zip([c.strip() for c in cols.split(",")], r)) for r in rows]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"no speaker is called {text!r} (give its exact name, id or key)")
    raise NotFound(f"{len(found)} speakers are called {text!r}: give the id or key of one", found)


def add_curation(db, action: str, args: dict, note: str | None = None) -> Curation:
    """Record a curation and apply it; returns it."""
    if action not in ACTIONS:
        raise ValueError(f"unknown curation {action!r}")
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO curations (action, args, note, created_at) VALUES (?, ?, ?, ?)",
            [action, json.dumps(args, ensure_ascii=False, sort_keys=True), note,
             datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
        curation = Curation(cursor.lastrowid, action, args)
        ids = [speaker_id(k) for k in curation.keys()]
        reconcile(db, speaker_ids=ids)
    return curation


def merge(db, into: str, sources: Sequence[str], note: str | None = None) -> Curation:
    """Make the speakers named in sources one with the speaker into (names, ids or keys)."""
    target = find_speaker(db, into)
    keys = []
    for source in sources:
        found = find_speaker(db, source)
        if found["key"] != target["key"] and found["key"] not in keys:
            keys.append(found["key"])
    if not keys:
        raise NotFound("nothing to merge: give at least one other speaker")
    return add_curation(db, "merge", {"into": target["key"], "from": keys}, note)


def split(db, speaker: str, names: Sequence[str] = (), articles: Sequence[str] = (), note: str | None = None) -> Curation:
    """Take away from a speaker the articles' names or articles given (every other name if none)."""
    target = find_speaker(db, speaker)
    args = {"speaker": target["key"], "names": sorted({fold(n) for n in names}), "articles": sorted(set(articles))}
    for column, values in (("article_id", args["articles"]), ("folded", args["names"])):
        for value in values:  # a typo kept for good would take nothing away, silently
            if db.execute(f"SELECT 1 FROM article_speakers WHERE speaker_id = ? AND {column} = ? LIMIT 1",
                          [target["id"], value]).fetchone() is None:
                what = "article" if column == "article_id" else "name"
                raise ValueError(f"{target['name']} has no quotes under the {what} {value!r}")
    return add_curation(db, "split", args, note)


def set_gender(db, speaker: str, gender: str, note: str | None = None) -> Curation:
    """Decide a person's gender (female, male or unknown), whatever the articles' evidence."""
    if gender not in GENDERS:
        raise ValueError(f"the gender is one of {', '.join(GENDERS)}, not {gender!r}")
    target = find_speaker(db, speaker)
    if target["kind"] != "person":  # else a body or a group would count among women or men
        raise ValueError(f"{target['name']} is of kind {target['kind']}, not a person: "
                         "organisations and groups have no gender")
    return add_curation(db, "gender", {"speaker": target["key"], "gender": gender}, note)


def rename(db, speaker: str, name: str, note: str | None = None) -> Curation:
    """Show a speaker under another name."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("the new name is empty")
    target = find_speaker(db, speaker)
    return add_curation(db, "rename", {"speaker": target["key"], "name": name}, note)

"""Curations: the merges, splits and renames recorded in the ``curations`` table, and what they do to
a local's automatic key (``curate``) and to the name a speaker is shown under (``renames``, ``best_name``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .local import Local
from .names import article_key, norm_name


ACTIONS = ("merge", "split", "rename", "gender")


@dataclass
class Curation:
    """One recorded correction. args by action:

    - merge: {"into": key, "from": [key, ...]}: the speakers "from" become "into";
    - split: {"speaker": key, "names": [folded, ...], "articles": [id, ...]}: the locals of that
      speaker named so, or in those articles (every local not named like the speaker when both
      lists are empty), go back to their own identity (their name's, or their article's);
    - rename: {"speaker": key, "name": new name};
    - gender: {"speaker": key, "gender": "female" | "male" | "unknown"}: the curator's decision.
    """

    id: int
    action: str
    args: dict

    def keys(self) -> set[str]:
        a = self.args
        if self.action == "merge":
            return {a["into"], *a["from"]}
        return {a["speaker"]}


def curate(local: Local, key: str, rule: str, curations: Sequence[Curation]) -> tuple[str, str]:
    """Apply the curations in order to a local whose automatic key is key."""
    for c in curations:
        a = c.args
        if c.action == "merge" and key in a["from"] and key != a["into"]:
            key, rule = a["into"], f"merge #{c.id}"
        elif c.action == "split" and key == a["speaker"]:
            names, articles = set(a.get("names") or ()), set(a.get("articles") or ())
            if names or articles:
                hit = (not names or local.folded in names or norm_name(local.name) in names) and (
                    not articles or local.article_id in articles
                )
            else:
                hit = local.own_key != key
            if hit:
                own = local.own_key
                key = own if own != key else article_key(local.article_id, local.kind, local.name)
                rule = f"split #{c.id}"
    return key, rule


def renames(curations: Sequence[Curation]) -> dict[str, str]:
    """The name curation gives each renamed key (the last rename wins)."""
    names = {}
    for c in curations:
        if c.action == "rename":
            names[c.args["speaker"]] = c.args["name"]
        elif c.action == "merge" and c.args["into"] not in names:
            for source in c.args["from"]:
                names.pop(source, None)
    return names


def curated_genders(curations: Sequence[Curation]) -> dict[str, str]:
    """The gender curation gives each key (the last decision wins)."""
    return {c.args["speaker"]: c.args["gender"] for c in curations if c.action == "gender"}


def best_name(names: Counter, forms: dict[str, str] | None = None) -> str:
    """The name a speaker is shown under: the full name most articles use, the longest on a tie."""
    forms = forms or {}

    def rank(name):
        return (forms.get(name) == "name", names[name], len(name), sum(ord(c) > 127 for c in name), name)

    return max(names, key=rank)

"""Selecting rows by a long list of values: `WHERE x IN (…)` a chunk of values at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlite_utils.utils import chunks

# Values a statement: far below SQLite's limit on a statement's parameters (999 before 3.32).
CHUNK = 500


def in_chunks(values: Iterable, size: int = CHUNK) -> Iterator[tuple[list, str]]:
    """The values a list of at most size at a time, with its placeholders for `IN ({marks})`.

    sqlite-utils' chunks gives each chunk as an iterator, to be read once; a query's parameters are
    counted for its placeholders and may be passed to several statements, so each chunk is a list.
    """
    for chunk in chunks(values, size):
        chunk = list(chunk)
        yield chunk, ", ".join("?" * len(chunk))

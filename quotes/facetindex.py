"""Full-text searches of the quotes table with their count and facets, without reading every match.

A search page of the quotes table sorts its matches by date, counts them and computes five facets
over them, and each of these queries reads every matched quote row (half a microsecond a row, seven
times: 350 ms for a word in 50,000 of 2 million quotes). The full-text index alone gives the
matches' rowids in a few milliseconds. So an immutable database keeps, for each faceted column, the
rank of every quote's value among the column's values, in an array indexed by rowid
(``FacetIndex``: 4 bytes a quote and column, loaded at start-up); then

- the count is the number of matches, and a facet the ranks of the matches counted (the values of
  the top ranks are read back from one quote holding each);
- the page's rows, sorted by a faceted column, are read from the matches that can be among the
  first: SQLite sorts those few instead of every match.

``SearchQueries`` recognises these queries as Datasette 0.65 builds them for ``?_search=`` (the rows'
order ended by the key serve.py adds), alone or with exact filters on faceted columns
(``?_search=macron&source=Le+Soir``), and answers them with what SQLite would return; any other
query (another filter, the next page, another Datasette version) is left to SQLite.
"""

from __future__ import annotations

import heapq
import json
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from datasette.database import Results
from datasette.utils import escape_sqlite

from .in_clause import in_chunks


FILE_FORMAT = 1  # of FacetIndex.write


class FacetIndex:
    """For some columns of a table: the rank of each row's value (0: no value) by rowid, and for each
    rank the rowid of a row holding that value."""

    def __init__(self, table: str, ranks: dict[str, array], holders: dict[str, array]):
        self.table = table
        self.ranks = ranks
        self.holders = holders

    @classmethod
    def load(cls, conn, table: str, columns) -> FacetIndex:
        t = escape_sqlite(table)
        top = conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0
        ranks, holders = {}, {}
        for column in columns:
            c = escape_sqlite(column)
            ranks[column] = by_rowid = array("i", bytes(4 * (top + 1)))
            holders[column] = holder = array("i", [0])
            # each value's rowids as 8 hex digits apiece: read as an array, no Python object a row
            sql = (f"SELECT group_concat(printf('%08x', rowid), '') FROM {t} WHERE {c} IS NOT NULL"
                   f" GROUP BY {c} ORDER BY {c}")
            for rank, (digits,) in enumerate(conn.execute(sql), 1):
                rowids = array("I", bytes.fromhex(digits))
                if sys.byteorder == "little":
                    rowids.byteswap()
                holder.append(rowids[0])
                for rowid in rowids:
                    by_rowid[rowid] = rank
        return cls(table, ranks, holders)

    def write(self, path: Path, source: dict) -> None:
        """Write the index to a file: a JSON header (``source`` says which database it was made of),
        then each column's arrays as machine words. Written aside, then renamed: never half a file."""
        header = {"format": FILE_FORMAT, "table": self.table, "source": source, "byteorder": sys.byteorder,
                  "columns": {c: [len(self.ranks[c]), len(self.holders[c])] for c in self.ranks}}
        partial = path.with_name(path.name + ".partial")
        with open(partial, "wb") as f:
            f.write(json.dumps(header).encode() + b"\n")
            for column in self.ranks:
                self.ranks[column].tofile(f)
                self.holders[column].tofile(f)
        partial.replace(path)

    @classmethod
    def read(cls, path: Path, table: str, columns, source: dict) -> FacetIndex | None:
        """The index ``write`` wrote at path, if it is this table's, columns' and database's; else None."""
        try:
            with open(path, "rb") as f:
                header = json.loads(f.readline())
                expected = {"format": FILE_FORMAT, "table": table, "source": source, "byteorder": sys.byteorder}
                if {k: header.get(k) for k in expected} != expected or list(header["columns"]) != list(columns):
                    return None
                ranks, holders = {}, {}
                for column, (n_ranks, n_holders) in header["columns"].items():
                    ranks[column], holders[column] = array("i"), array("i")
                    ranks[column].fromfile(f, n_ranks)
                    holders[column].fromfile(f, n_holders)
                if f.read(1):
                    return None
        except (OSError, ValueError, TypeError, KeyError, EOFError):
            return None  # missing, unreadable or cut short: made again
        return cls(table, ranks, holders)

    def rank(self, conn, column: str, value) -> int | None:
        """The rank of a value, None if no row holds it."""
        row = conn.execute(
            f"SELECT rowid FROM {escape_sqlite(self.table)} WHERE {escape_sqlite(column)} = ? LIMIT 1", [value]
        ).fetchone()
        return self.ranks[column][row[0]] if row else None

    def values(self, conn, column: str, ranks) -> dict[int, object]:
        """The values of some ranks of a column."""
        holders = [self.holders[column][r] for r in ranks]
        found = {}
        for chunk, marks in in_chunks(holders):
            found.update(conn.execute(
                f"SELECT rowid, {escape_sqlite(column)} FROM {escape_sqlite(self.table)} WHERE rowid IN ({marks})",
                chunk).fetchall())
        return {r: found[self.holders[column][r]] for r in ranks}


@dataclass
class Query:
    """A query of a search page: its rows (``sort``), its count, or a facet (``column``)."""

    search: str
    filters: dict
    column: str | None = None  # a facet's
    limit: int | None = None
    columns: str | None = None  # the rows': their select list, sort column and direction, tie-breaker
    sort: str | None = None
    desc: bool = False
    ties: str = ""


_EXACT = re.compile(r'(?:"(\w+)"|\[(\w+)\]|(\w+)) = :(p\d+)')  # an exact filter, ?column=value
_NAME = r"(?:\w+|\[\w+\])"


class SearchQueries:
    """Recognises and answers the queries of a search of one table (see the module's docstring)."""

    def __init__(self, index: FacetIndex, fts_table: str, fts_pk: str = "rowid", raw: bool = False):
        self.index = index
        fts, match = escape_sqlite(fts_table), ":search" if raw else "escape_fts(:search)"
        # the clause of datasette/filters.py (search_filters), and the matches alone
        self.clause = f"{escape_sqlite(fts_pk)} in (select rowid from {fts} where {fts} match {match})"
        self.matches_sql = f"select rowid from {fts} where {fts} match {match}"
        t, where = re.escape(escape_sqlite(index.table)), r"(?P<where>.+?)"
        self.count_re = re.compile(rf"select count\(\*\) from {t} where {where} ?")
        self.facet_re = re.compile(  # datasette/facets.py, ColumnFacet.facet_results
            rf"\s*select (?P<col>{_NAME}) as value, count\(\*\) as count from \("
            rf"\s*select .+? from {t} where {where}\s*\)\s*where (?P=col) is not null"
            rf"\s*group by (?P=col) order by count desc, value limit (?P<limit>\d+)\s*",
            re.S)
        self.rows_re = re.compile(  # datasette/views/table.py, the page's rows, ties broken by the key (serve.py)
            rf"select (?P<cols>.+?) from {t} where {where}"
            rf" order by (?P<sort>{_NAME})(?P<desc> desc)?(?P<ties>(?:, {_NAME})+) limit (?P<limit>\d+)",
            re.S)

    def recognise(self, sql: str, params) -> Query | None:
        if not isinstance(params, dict) or not isinstance(params.get("search"), str):
            return None
        query = None
        if found := self.count_re.fullmatch(sql):
            query = Query(params["search"], {})
        elif found := self.facet_re.fullmatch(sql):
            query = Query(params["search"], {}, column=found["col"].strip("[]"), limit=int(found["limit"]))
        elif found := self.rows_re.fullmatch(sql):
            query = Query(params["search"], {}, limit=int(found["limit"]), columns=found["cols"],
                          sort=found["sort"].strip("[]"), desc=bool(found["desc"]), ties=found["ties"])
        column = query and (query.column or query.sort)
        if query is None or (column and column not in self.index.ranks):
            return None  # not a search's query, or a facet or order by a column without ranks
        clauses = found["where"].strip().split(" and ")
        if clauses.count(self.clause) != 1:
            return None
        for clause in clauses:
            if clause == self.clause:
                continue
            exact = _EXACT.fullmatch(clause)
            name = exact and (exact[1] or exact[2] or exact[3])
            if not exact or name not in self.index.ranks or not isinstance(params.get(exact[4]), str):
                return None
            query.filters[name] = params[exact[4]]
        return query

    def answer(self, conn, query: Query, matches: dict | None = None) -> Results:
        """The rows of a count or facet query, run on conn (a connection with Datasette's functions).
        ``matches`` (search text -> rowids) may hold the matches of the earlier queries of the same page."""
        rowids = self.rowids(conn, query, matches)
        if query.column is None:
            return Results([(len(rowids),)], False, [("count(*)",)])
        return Results(self._facet_rows(conn, rowids, query.column, query.limit), False, [("value",), ("count",)])

    def rowids(self, conn, query: Query, matches: dict | None) -> list[int]:
        """The rowids of the search's matches that pass its filters."""
        rowids = matches.get(query.search) if matches is not None else None
        if rowids is None:
            rowids = [r for (r,) in conn.execute(self.matches_sql, {"search": query.search})]
            if matches is not None:
                matches[query.search] = rowids
        for column, value in query.filters.items():
            rank, ranks = self.index.rank(conn, column, value), self.index.ranks[column]
            rowids = [r for r in rowids if ranks[r] == rank] if rank else []
        return rowids

    def _facet_rows(self, conn, rowids, column: str, limit: int) -> list[dict]:
        """The column's values among the rowids with their counts: count descending, then value, limit rows."""
        counts = Counter(map(self.index.ranks[column].__getitem__, rowids))
        counts.pop(0, None)  # no value
        top = heapq.nsmallest(limit, counts.items(), key=lambda rank_n: (-rank_n[1], rank_n[0]))  # ranks: value order
        values = self.index.values(conn, column, [rank for rank, _ in top])
        return [{"value": values[rank], "count": n} for rank, n in top]

    def rows_query(self, conn, query: Query, matches: dict | None = None) -> tuple[str, dict]:
        """The (sql, params) giving the page's rows: its query run on the matches that can be among its
        first rows (the first by the sort column, ties included, broken as the query breaks them) instead
        of all."""
        rowids = self.rowids(conn, query, matches)
        ranks = self.index.ranks[query.sort]
        if len(rowids) > query.limit:
            pick = heapq.nlargest if query.desc else heapq.nsmallest
            edge = pick(query.limit, map(ranks.__getitem__, rowids))[-1]
            rowids = [r for r in rowids if (ranks[r] >= edge if query.desc else ranks[r] <= edge)]
        sql = (f"select {query.columns} from {escape_sqlite(self.index.table)}"
               f" where rowid in (select value from json_each(:_search_rowids))"
               f" order by {escape_sqlite(query.sort)}{' desc' if query.desc else ''}{query.ties} limit {query.limit}")
        return sql, {"_search_rowids": json.dumps(rowids)}

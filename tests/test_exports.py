"""Exports lose no row: following next_url, or the CSV of all rows (``_stream=on``), gives every row of
every table and view once, whatever the page size and the sort, served immutable or live."""

import csv
import html
import io
import re
import sqlite3
from urllib.parse import urlsplit

import pytest
from dbfixtures import client_for

from quotes.serve import VIEW_KEYS, load_metadata

TABLES = load_metadata()["databases"]["quotes"]["tables"]  # every table and view the site describes
SIZES = ("max", "100", "33")


@pytest.fixture(scope="module")
def db_path(sample_db):
    """The bundled sample, ingested once for the session, instead of conftest's hand-made corpus."""
    return sample_db


@pytest.fixture(scope="module", params=["immutable", "live"])
def client(request, db_path):
    return client_for(db_path, live=request.param == "live")


def sql(db_path, query, params=()):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def key_columns(db_path, table) -> list[str] | None:
    """What tells a table's rows apart: its primary key, or rowid; None for a view (its whole row)."""
    if sql(db_path, "select type from sqlite_master where name = ?", [table]) == [("view",)]:
        return None
    pks = sorted((pk, c) for _, c, _, _, _, pk in sql(db_path, f"pragma table_info([{table}])") if pk)
    return [c for _, c in pks] or ["rowid"]


def keys(rows, columns) -> list:
    return [tuple(r[c] for c in columns) if columns else tuple(r.items()) for r in rows]


def tied_column(db_path, table) -> str:
    """The sortable column of a table or view with the fewest values: the most ties."""
    columns = TABLES[table].get("sortable_columns") or [r[1] for r in sql(db_path, f"pragma table_info([{table}])")]
    return min(columns, key=lambda c: sql(db_path, f"select count(distinct [{c}]) from [{table}]")[0][0])


def follow(client, path) -> list[dict]:
    """The rows of a JSON page and of every page after it, following next_url to the end."""
    rows = []
    while path:
        response = client(path)
        assert response.status_code == 200, (path, response.text)
        data = response.json()
        rows += data["rows"]
        path = data["next_url"] and "{0.path}?{0.query}".format(urlsplit(data["next_url"]))
    return rows


def csv_rows(client, path) -> list[dict]:
    response = client(path)
    assert response.status_code == 200, (path, response.text)
    return list(csv.DictReader(io.StringIO(response.text)))


def assert_every_row_once(rows, columns, expected: int, what):
    found = keys(rows, columns)
    assert (len(found), len(set(found))) == (expected, expected), what


@pytest.mark.parametrize("table", TABLES)
def test_next_pages_give_every_row_once(client, db_path, table):
    columns, tied = key_columns(db_path, table), tied_column(db_path, table)
    expected = sql(db_path, f"select count(*) from [{table}]")[0][0]
    for size in SIZES:
        for sort in ("", f"&_sort={tied}"):
            rows = follow(client, f"/quotes/{table}.json?_shape=objects&_nofacet=1&_size={size}{sort}")
            assert_every_row_once(rows, columns, expected, (size, sort))
            if sort:
                values = [r[tied] for r in rows]
                assert values == sorted(values, key=lambda v: (v is not None, v)), (size, sort)


@pytest.mark.parametrize("table", TABLES)
def test_csv_of_all_rows_gives_every_row_once(client, db_path, table):
    columns = key_columns(db_path, table)
    expected = sql(db_path, f"select count(*) from [{table}]")[0][0]
    for sort in ("", f"&_sort_desc={tied_column(db_path, table)}"):
        assert_every_row_once(csv_rows(client, f"/quotes/{table}.csv?_stream=on{sort}"), columns, expected, sort)


@pytest.mark.parametrize("sort", ["", "&_sort=kind"])
def test_next_pages_of_a_search_give_every_match_once(client, db_path, sort):
    """The first page of a search is read from the facet index when served immutable: in the same order."""
    expected = sql(db_path, """select count(*) from quotes_fts where quotes_fts match '"les"'""")[0][0]
    assert expected > 100
    for size in ("100", "7"):
        rows = follow(client, f"/quotes/quotes.json?_shape=objects&_nofacet=1&_search=les&_size={size}{sort}")
        assert_every_row_once(rows, ["id"], expected, (size, sort))


@pytest.mark.parametrize(("query", "where"), [("", ""), ("?kind=direct&_sort=source", "where kind = 'direct'")])
def test_table_page_links_to_the_csv_of_all_rows(client, db_path, query, where):
    page = client(f"/quotes/quotes{query}").text
    expected = sql(db_path, f"select count(*) from quotes {where}")[0][0]
    link = re.search(rf'<a href="([^"]+)">Download all {expected:,} rows as CSV</a>', page)
    assert link, page
    rows = csv_rows(client, html.unescape(link[1]))
    assert_every_row_once(rows, ["id"], expected, query)
    assert "speaker_id_label" in rows[0]  # the speakers' names, as the table page shows them


def test_every_view_has_a_key_that_tells_its_rows_apart(db_path):
    views = {name for (name,) in sql(db_path, "select name from sqlite_master where type = 'view'")}
    assert views <= set(TABLES) and views <= set(VIEW_KEYS)
    for view in views:
        (distinct, count), = sql(db_path, f"select count(distinct [{VIEW_KEYS[view]}]), count(*) from [{view}]")
        assert distinct == count > 0, view

"""Serving large databases: the inspect file beside the database, facets precomputed at start-up, searches
answered from the facet index, databases of an earlier schema upgraded."""

import asyncio
import json
import sqlite3
from dataclasses import replace

from dbfixtures import VERAN, build_db, fake_extract

from quotes import store
from quotes.serve import ImmutableDatabase, facets_path, inspect_path, make_datasette, serve
from quotes.store import open_db, save_articles


def started(ds):
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path):
    async def call():
        return await ds.client.get(path)

    response = asyncio.run(call())
    assert response.status_code == 200, response.text
    return response.json()


def test_inspect_file_is_written_beside_the_database_and_reused(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    make_datasette(db)
    path = inspect_path(db)
    assert path == tmp_path / "quotes.inspect.json"
    data = json.loads(path.read_text())
    assert data["quotes"]["tables"]["quotes"]["count"] == 12
    assert data["quotes"]["size"] == db.stat().st_size
    written = path.stat().st_mtime_ns
    ds = make_datasette(db)
    assert path.stat().st_mtime_ns == written  # still valid: read, not computed again
    assert ds.inspect_data["quotes"]["tables"]["articles"]["count"] == 4


def test_stale_inspect_file_is_computed_again(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    make_datasette(db)
    database = open_db(db)
    other = replace(VERAN, id="another-veran")
    save_articles(database, [(other, fake_extract(other))])
    database.close()
    ds = make_datasette(db)
    assert ds.inspect_data["quotes"]["tables"]["articles"]["count"] == 5
    assert json.loads(inspect_path(db).read_text())["quotes"]["tables"]["articles"]["count"] == 5


def test_inspect_file_option_and_live_mode(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    given = tmp_path / "elsewhere.json"
    given.write_text(json.dumps({"quotes": {"hash": "x", "size": 1, "file": str(db), "tables": {}}}))
    assert make_datasette(db, inspect_file=given).inspect_data["quotes"]["hash"] == "x"
    assert not inspect_path(db).exists()
    live = make_datasette(db, live=True)
    assert live.inspect_data is None and not inspect_path(db).exists()


def test_unfiltered_facets_are_precomputed_and_filtered_ones_are_not(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    ds = started(make_datasette(db))
    database = ds.databases["quotes"]
    assert isinstance(database, ImmutableDatabase) and not database.keeping
    kept = len(database.kept)
    assert any("count(*) as count" in sql and "speaker_id" in sql for sql, *_ in database.kept)
    assert any("from speaker_stats" in sql for sql, *_ in database.kept)  # views too
    assert any("from quote_totals) as quotes" in sql for sql, *_ in database.kept)  # and the home page
    data = get(ds, "/quotes/quotes.json?_facet=speaker_id")
    counts = {r["value"]: r["count"] for r in data["facet_results"]["speaker_id"]["results"]}
    assert sum(counts.values()) == 12
    filtered = get(ds, "/quotes/quotes.json?kind=partial&_facet=speaker_id")
    assert sum(r["count"] for r in filtered["facet_results"]["speaker_id"]["results"]) == 2
    assert len(database.kept) == kept  # filtered queries run as usual, nothing more is kept


SEARCHES = [
    "/quotes/quotes.json?_search=nous",
    "/quotes/quotes.json?_search=trump",
    "/quotes/quotes.json?_search=trump&_size=2",  # more matches than rows: the first by date
    "/quotes/quotes.json?_search=nous&source=Orange+Actu",
    "/quotes/quotes.json?_search=trump&kind=direct&_facet=article_id",
    "/quotes/quotes.json?_search=le&speaker_id=nobody",
    "/quotes/quotes.json?_search=trump&_sort=kind",
    "/quotes/quotes.json?_search=zzzz",
    '/quotes/quotes.json?_search="unbalanced',
]


def facets(data):
    return {name: [(r["value"], r["label"], r["count"]) for r in facet["results"]]
            for name, facet in data["facet_results"].items()}


def test_search_counts_facets_and_rows_come_from_the_facet_index(tmp_path, monkeypatch):
    """The same page as SQLite gives it (live), without SQLite reading the matches' rows."""
    from quotes import facetindex

    db = build_db(tmp_path / "quotes.db")
    answered = []
    answer, rows_query = facetindex.SearchQueries.answer, facetindex.SearchQueries.rows_query
    monkeypatch.setattr(facetindex.SearchQueries, "answer", lambda *a: answered.append("answer") or answer(*a))
    monkeypatch.setattr(facetindex.SearchQueries, "rows_query",
                        lambda *a: answered.append("rows") or rows_query(*a))
    immutable, live = started(make_datasette(db)), make_datasette(db, live=True)
    assert set(immutable.databases["quotes"].searches) == {"quotes"}
    for path in SEARCHES:
        answered.clear()
        mine, sqlite = get(immutable, path), get(live, path)
        assert mine["filtered_table_rows_count"] == sqlite["filtered_table_rows_count"], path
        assert facets(mine) == facets(sqlite), path
        assert mine["rows"] == sqlite["rows"], path
        assert answered.count("rows") == 1 and answered.count("answer") == 1 + 7, path  # count, 7 facets
    assert get(immutable, SEARCHES[2])["filtered_table_rows_count"] == 4


def test_facet_index_is_written_beside_the_database_and_reused(tmp_path, monkeypatch):
    """The second start reads the index the first made: the same arrays, and the same search page."""
    from quotes import facetindex

    db = build_db(tmp_path / "quotes.db")
    first = started(make_datasette(db))
    path = facets_path(db, "quotes")
    assert path == tmp_path / "quotes.quotes.facets" and path.is_file()
    made = first.databases["quotes"].searches["quotes"].index
    written = path.stat().st_mtime_ns

    def not_made_again(*args):
        raise AssertionError("the facet index was made again")

    monkeypatch.setattr(facetindex.FacetIndex, "load", not_made_again)
    second = started(make_datasette(db))
    read = second.databases["quotes"].searches["quotes"].index
    assert path.stat().st_mtime_ns == written
    assert read.ranks == made.ranks and read.holders == made.holders and read.ranks["speaker_id"]
    mine, theirs = (get(ds, SEARCHES[0]) for ds in (second, first))
    assert (mine["filtered_table_rows_count"], facets(mine), mine["rows"]) == (
        theirs["filtered_table_rows_count"], facets(theirs), theirs["rows"])


def test_stale_or_damaged_facet_index_is_made_again(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    started(make_datasette(db))
    path = facets_path(db, "quotes")
    header, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(header + b"\n" + body[:-3])  # cut short
    ds = started(make_datasette(db))
    assert get(ds, "/quotes/quotes.json?_search=trump")["filtered_table_rows_count"] == 4
    assert path.read_bytes() == header + b"\n" + body  # written again, whole
    database = open_db(db)
    other = replace(VERAN, id="another-veran")
    save_articles(database, [(other, fake_extract(other))])
    database.close()
    ds = started(make_datasette(db))  # the database changed: its index is made of it again
    assert get(ds, "/quotes/quotes.json?_search=nous")["filtered_table_rows_count"] == get(
        make_datasette(db, live=True), "/quotes/quotes.json?_search=nous")["filtered_table_rows_count"]
    assert json.loads(path.read_bytes().split(b"\n", 1)[0])["source"]["size"] == db.stat().st_size


def test_other_queries_are_left_to_sqlite(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    ds = started(make_datasette(db))
    queries = ds.databases["quotes"].searches["quotes"]
    clause = queries.clause
    assert queries.recognise(f"select count(*) from quotes where {clause} ", {"search": "x"})
    for sql, params in [
        (f"select count(*) from quotes where {clause} ", {}),  # no search text
        (f"select count(*) from quotes where {clause} and \"quote\" = :p0 ", {"search": "x", "p0": "y"}),
        (f"select count(*) from quotes where \"date\" > :p0 and {clause} ", {"search": "x", "p0": "2019"}),
        (f"select count(*) from articles where {clause} ", {"search": "x"}),
        (f"select id from quotes where {clause} order by start limit 101", {"search": "x"}),  # not a facet
        ("select count(*) from quotes", {"search": "x"}),
    ]:
        assert queries.recognise(sql, params) is None, sql


def test_a_database_of_an_earlier_schema_is_upgraded_when_served(tmp_path):
    db = build_db(tmp_path / "quotes.db")
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE quote_totals")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    ds = started(make_datasette(db))
    assert ds.quotes_upgraded
    assert get(ds, "/quotes/quote_totals.json?_size=0")["filtered_table_rows_count"] > 0


def test_a_database_that_cannot_be_upgraded_is_served_with_a_warning(tmp_path, monkeypatch):
    db = build_db(tmp_path / "quotes.db")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()

    def read_only(path):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "open_db", read_only)
    assert not make_datasette(db).quotes_upgraded
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: None)
    said = []
    serve(db, echo=said.append)
    assert "could not be upgraded" in said[0]

"""Serving large databases: the inspect file beside the database, facets precomputed at start-up."""

import asyncio
import json
from dataclasses import replace

from dbfixtures import VERAN, build_db, fake_extract

from quotes.serve import ImmutableDatabase, inspect_path, make_datasette
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
    data = get(ds, "/quotes/quotes.json?_facet=speaker_id")
    counts = {r["value"]: r["count"] for r in data["facet_results"]["speaker_id"]["results"]}
    assert sum(counts.values()) == 12
    filtered = get(ds, "/quotes/quotes.json?kind=partial&_facet=speaker_id")
    assert sum(r["count"] for r in filtered["facet_results"]["speaker_id"]["results"]) == 2
    assert len(database.kept) == kept  # filtered queries run as usual, nothing more is kept

"""Publication with Datasette 0.65: labels, search, facets, canned queries, metadata, read-only."""

import asyncio
import hashlib
from pathlib import Path

import pytest
import yaml
from dbfixtures import SEED, VERAN, build_db, client_for

from quotes.serve import METADATA, load_metadata, make_datasette
from quotes.store import open_db

ROOT = Path(__file__).parent.parent


def get_json(client, path):
    response = client(path)
    assert response.status_code == 200, response.text
    return response.json()


def test_quotes_table_shows_speaker_names(client):
    data = get_json(client, "/quotes/quotes.json?_labels=on&_size=max")
    labels = {row["speaker_id"]["label"] for row in data["rows"]}
    assert {"Donald Trump", "Olivier Véran", "Force ouvrière", "un manifestant"} <= labels
    article_labels = {row["article_id"]["label"] for row in data["rows"]}
    assert "Olivier Véran : 400 millions d'euros pour les soignants" in article_labels
    html = client("/quotes/quotes?speaker_id__exact=" + data["rows"][0]["speaker_id"]["value"]).text
    assert data["rows"][0]["speaker_id"]["label"] in html


def test_quotes_sorted_newest_first_by_default(client):
    rows = get_json(client, "/quotes/quotes.json?_shape=array&_size=max")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("colere", "Nous avons entendu la colère des soignants"),
        ("COLÈRE", "Nous avons entendu la colère des soignants"),
        ("proteger", "l'Europe doit se protéger"),
        ("veran", "Nous avons entendu la colère des soignants"),  # the speaker's name is searched too
    ],
)
def test_search_is_accent_insensitive(client, search, expected):
    rows = get_json(client, f"/quotes/quotes.json?_search={search}&_shape=array")
    assert [r["quote"] for r in rows] == [expected]


def test_speaker_facet_and_other_facets(client):
    data = get_json(client, "/quotes/quotes.json?_size=0")
    facets = data["facet_results"]
    assert {"speaker_id", "source", "cue", "kind", "month"} <= set(facets)
    months = {r["value"]: r["count"] for r in facets["month"]["results"]}
    assert months and all(len(month) == 7 for month in months)  # by month, not by day
    top = facets["speaker_id"]["results"][0]
    assert (top["label"], top["count"]) == ("Donald Trump", 4)
    kinds = {r["value"]: r["count"] for r in facets["kind"]["results"]}
    assert kinds == {"direct": 9, "partial": 2, "indirect": 1}


def test_the_speaker_facet_is_asked_for_by_its_name(client):
    """The README says the quotes have facets by speaker: `?_facet=speaker` is the speaker_id facet."""
    data = get_json(client, "/quotes/quotes.json?_facet=speaker&_size=0")
    top = data["facet_results"]["speaker_id"]["results"][0]
    assert (top["label"], top["count"]) == ("Donald Trump", 4)


@pytest.mark.parametrize(
    ("speaker", "count"),
    [("Donald Trump", 4), ("trump", 4), ("DONALD TRUMP", 4), ("le président américain", 4), ("LE PRESIDENT AMERICAIN", 4),
     ("le président", 0), ("VERAN", 1), ("", 0)],
)
def test_canned_speaker_quotes(client, speaker, count):
    rows = get_json(client, f"/quotes/speaker_quotes.json?_shape=array&speaker={speaker}")
    assert len(rows) == count
    assert {r["speaker"] for r in rows} <= {"Donald Trump", "Olivier Véran"}
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)


def test_canned_who_said_ranks_by_relevance(client):
    rows = get_json(client, "/quotes/who_said.json?_shape=array&phrase=doit se proteger")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Emmanuel Macron", "l'Europe doit se protéger")]
    rows = get_json(client, "/quotes/who_said.json?_shape=array&phrase=nous")
    assert len(rows) == 4 and {"Olivier Véran", "un manifestant", "Kevin McAleenan"} <= {r["speaker"] for r in rows}
    assert get_json(client, "/quotes/who_said.json?_shape=array&phrase=protéger l'Europe") == []
    assert get_json(client, '/quotes/who_said.json?_shape=array&phrase="unbalanced') == []


def test_canned_top_speakers_by_month(client):
    rows = get_json(client, "/quotes/top_speakers_by_month.json?_shape=array&month=2018-10")
    assert (rows[0]["speaker"], rows[0]["quotes"], rows[0]["rank"]) == ("Donald Trump", 3, 1)
    every = get_json(client, "/quotes/top_speakers_by_month.json?_shape=array")
    assert [r["month"] for r in every] == sorted((r["month"] for r in every), reverse=True)
    assert {r["month"] for r in every} == {"2020-07", "2020-01", "2019-05", "2018-10"}


def test_canned_top_speakers_by_source(client):
    rows = get_json(client, "/quotes/top_speakers_by_source.json?_shape=array&source=belga")
    assert (rows[0]["source"], rows[0]["speaker"], rows[0]["quotes"]) == ("Belga", "Donald Trump", 3)
    every = get_json(client, "/quotes/top_speakers_by_source.json?_shape=array")
    assert {r["source"] for r in every} == {"Belga", "Orange Actu", "Le Soir"}


def test_pages_render(client):
    for path in ("/", "/quotes", "/quotes/quotes", "/quotes/speakers", "/quotes/speaker_stats",
                 "/quotes/quotes_with_speakers", "/quotes/speaker_quotes?speaker=trump", "/quotes/who_said"):
        assert client(path).status_code == 200, path
    assert client("/quotes/no-such-table").status_code == 404


def test_every_write_is_refused(client, db_path):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    attempts = [
        ("POST", "/quotes/speaker_quotes", {"data": {"speaker": "trump"}}),
        ("POST", "/quotes/quotes", {"data": {"quote": "x"}}),
        ("POST", "/quotes/quotes/-/insert", {"json": {"row": {"id": "x", "quote": "x"}}}),
        ("POST", "/quotes/-/create", {"json": {"table": "x", "rows": [{"a": 1}]}}),
        ("POST", "/quotes/quotes/-/drop", {"json": {}}),
        ("DELETE", "/quotes/quotes", {}),
        ("PUT", "/quotes/quotes", {}),
    ]
    for method, path, kwargs in attempts:
        response = client(path, method, **kwargs)
        assert response.status_code == 405, (method, path, response.status_code)
    for sql in ("delete from quotes", "update speakers set name = 'x'", "drop table quotes",
                "insert into speakers (id, name, key, folded) values ('x', 'x', 'x', 'x')"):
        response = client("/quotes.json", params={"sql": sql})
        assert response.status_code == 400 and not response.json()["ok"], sql
    database = client.datasette.get_database("quotes")
    assert not database.is_mutable
    with pytest.raises(AssertionError):
        asyncio.run(database.execute_write("delete from quotes"))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert get_json(client, "/quotes.json?sql=select+count(*)+as+n+from+quotes&_shape=array") == [{"n": 12}]


def test_sql_time_limit_is_set(client):
    assert client.datasette.setting("sql_time_limit_ms") == 3000


# --- metadata -------------------------------------------------------------------------------


def test_root_metadata_is_the_packaged_file():
    assert (ROOT / "metadata.yml").read_text(encoding="utf-8") == METADATA.read_text(encoding="utf-8")


def test_metadata_describes_every_table_and_column(db_path):
    metadata = load_metadata()
    for key in ("title", "license", "license_url", "source", "source_url"):
        assert metadata.get(key), key
    tables = metadata["databases"]["quotes"]["tables"]
    db = open_db(db_path)
    names = [t for t in db.table_names() if "_fts" not in t] + db.view_names()
    for name in names:
        assert tables[name]["description"], name
        columns = [c.name for c in db[name].columns]
        assert set(tables[name]["columns"]) == set(columns), name
        assert all(tables[name]["columns"].values()), name
    assert tables["speakers"]["label_column"] == "name"
    assert tables["quotes"]["fts_table"] == "quotes_fts"


def test_canned_queries_are_read_only_with_parameters():
    queries = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["quotes"]["queries"]
    assert set(queries) == {"speaker_quotes", "who_said", "top_speakers_by_month", "top_speakers_by_source",
                            "speakers_by_quotes", "role_holders", "gender_balance"}
    for name, query in queries.items():
        assert not query.get("write"), name
        assert query["params"] and all(f":{p}" in query["sql"] for p in query["params"]), name
        assert query["title"] and query["description"], name


def test_metadata_follows_the_database_name(tmp_path):
    client = client_for(build_db(tmp_path / "press-2020.db"))
    response = client("/press-2020/speaker_quotes.json?_shape=array&speaker=veran")
    assert response.status_code == 200 and len(response.json()) == 1
    assert 'href="/press-2020/quotes"' in load_metadata(database="press-2020")["description_html"]


def test_missing_database_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        make_datasette(tmp_path / "nothing.db")


def test_fixture_articles_are_what_the_tests_expect():
    assert SEED.id == "belga-2018-10-caravane" and VERAN.date == "2020-07-02"


# The groupings of every quote that the canned queries and speaker_stats made before the counts were
# stored: what the stored counts must still give.
GROUPED = {
    "source": """select coalesce(q.source, '') as source, s.name as speaker, count(*) as quotes,
                        count(distinct q.article_id) as articles, min(q.date) as first_date, max(q.date) as last_date
                 from quotes q join speakers s on s.id = q.speaker_id group by 1, q.speaker_id""",
    "month": """select substr(q.date, 1, 7) as month, s.name as speaker, count(*) as quotes,
                       count(distinct q.article_id) as articles
                from quotes q join speakers s on s.id = q.speaker_id where q.date is not null group by 1, q.speaker_id""",
}
GROUPED_COLUMNS = {"source": ("quotes", "articles", "first_date", "last_date"), "month": ("quotes", "articles")}


@pytest.mark.parametrize(("query", "key"), [("top_speakers_by_source", "source"), ("top_speakers_by_month", "month")])
def test_canned_top_speakers_equal_the_grouped_quotes(client, db_path, query, key):
    db = open_db(db_path)
    grouped = sorted(tuple(r) for r in db.execute(GROUPED[key]).fetchall())
    db.close()
    every = get_json(client, f"/quotes/{query}.json?_shape=array")
    assert sorted(tuple(r[c] or "" if c == "source" else r[c] for c in (key, "speaker", *GROUPED_COLUMNS[key]))
                  for r in every) == grouped  # fewer than ten speakers a source or month: all of them
    for value in {g[0] for g in grouped}:
        ranked = [r for r in every if (r[key] or "") == value]
        assert [r["rank"] for r in ranked] == list(range(1, len(ranked) + 1))
        assert [r["quotes"] for r in ranked] == sorted((r["quotes"] for r in ranked), reverse=True)
    one = get_json(client, f"/quotes/{query}.json?_shape=array&{key}={grouped[0][0]}")
    assert {r["speaker"] for r in one} == {g[1] for g in grouped if g[0] == grouped[0][0]}


def test_speaker_stats_page(client, db_path):
    rows = get_json(client, "/quotes/speaker_stats.json?_shape=array&_sort_desc=quotes")
    assert (rows[0]["name"], rows[0]["quotes"], rows[0]["direct"], rows[0]["partial"]) == ("Donald Trump", 4, 3, 1)
    assert len(rows) == 9 and sum(r["quotes"] for r in rows) == 12
    assert all(r["quotes"] == r["direct"] + r["partial"] + r["indirect"] for r in rows)
    data = get_json(client, "/quotes/speaker_stats.json?_size=0")
    assert data["filtered_table_rows_count"] == 9
    assert {r["value"]: r["count"] for r in data["facet_results"]["kind"]["results"]} == {
        "person": 5, "organisation": 2, "group": 2}

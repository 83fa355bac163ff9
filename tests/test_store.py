"""The quote database: schema, identities, re-ingest, replacement, transactions, full-text search."""

import json
import sqlite3
from dataclasses import replace

import pytest
from dbfixtures import MANIF, MUR, SAMPLE, SEED, VERAN, build_db, corpus, digest, fake_extract, quote, seed_quotes

from quotes.counts import RECOUNT
from quotes import ingest
from quotes.ingest import ingest_articles, ingest_paths, parse
from quotes.identity import own_key
from quotes.in_clause import in_chunks
from quotes.keys import fold, quote_id, speaker_id
from quotes.model import Article, Quote
from quotes.reader import read_articles
from quotes.store import (
    SCHEMA_VERSION,
    counts,
    ensure_schema,
    open_db,
    rebuild_fts,
    refresh_counts,
    save_article,
    save_articles,
    save_quotes,
    save_rows,
    unchanged_ids,
)


def rows(db, sql, params=()):
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def fts_check(db):
    db.execute("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)")
    db.execute("INSERT INTO speakers_fts (speakers_fts, rank) VALUES ('integrity-check', 1)")
    db.execute("INSERT INTO aliases_fts (aliases_fts, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def db(tmp_path):
    database = open_db(build_db(tmp_path / "quotes.db"))
    yield database
    database.close()


# --- schema ---------------------------------------------------------------------------------


def test_schema_tables_keys_indexes_views(db):
    tables = set(db.table_names())
    assert {"articles", "speakers", "aliases", "quotes", "quotes_fts", "speakers_fts", "aliases_fts"} <= tables
    assert {"quotes_with_speakers", "speaker_stats", "quotes_fts_source"} <= set(db.view_names())
    fks = {(fk.column, fk.other_table, fk.other_column) for fk in db["quotes"].foreign_keys}
    assert fks == {("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                   ("article_speaker_id", "article_speakers", "id")}
    assert {(fk.column, fk.other_table) for fk in db["aliases"].foreign_keys} == {
        ("speaker_id", "speakers"),
        ("article_id", "articles"),
        ("article_speaker_id", "article_speakers"),
    }
    assert db["quotes"].pks == ["id"] and db["speakers"].pks == ["id"] and db["articles"].pks == ["id"]
    indexed = {tuple(i.columns) for i in db["quotes"].indexes}
    assert {("article_id",), ("speaker_id", "date", "source", "kind", "cue", "month", "lang"), ("month",), ("date",),
            ("source", "date"), ("kind",), ("cue",), ("lang",)} <= indexed
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert "remove_diacritics 2" in db["quotes_fts"].schema and "remove_diacritics 2" in db["speakers_fts"].schema
    fts_check(db)


def test_ensure_schema_is_idempotent_and_writes_nothing(tmp_path):
    path = build_db(tmp_path / "q.db")
    before = digest(path)
    for _ in range(2):
        database = open_db(path)
        ensure_schema(database)
        database.close()
    assert digest(path) == before


def test_ensure_schema_does_again_what_another_connection_undid(tmp_path):
    path = build_db(tmp_path / "q.db")
    database = open_db(path)
    other = sqlite3.connect(path)
    other.execute("DROP INDEX idx_quotes_kind")
    other.commit()
    other.close()
    ensure_schema(database)
    assert "idx_quotes_kind" in {index.name for index in database["quotes"].indexes}


def test_ensure_schema_is_done_again_for_another_version_of_the_schema(tmp_path, monkeypatch):
    path = build_db(tmp_path / "q.db")
    sqlite3.connect(path).execute("DROP INDEX idx_quotes_kind").connection.commit()
    ensured = open_db(path).execute("SELECT digest, cookie FROM schema_ensured").fetchall()
    assert len(ensured) == 1 and "idx_quotes_kind" in {i.name for i in open_db(path)["quotes"].indexes}
    monkeypatch.setattr("quotes.store._SCHEMA_DIGEST", "a later version")
    database = open_db(path)
    assert database.execute("SELECT digest FROM schema_ensured").fetchall() == [("a later version",)]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO quotes (id, article_id, quote, kind, start, \"end\") VALUES ('x', 'nowhere', 'q', 'direct', 0, 1)"
        )


# --- identity -------------------------------------------------------------------------------


def test_fold():
    assert fold("  Olivier   VÉRAN ") == "olivier veran"
    assert fold("Terrence O’Shaughnessy") == "terrence o'shaughnessy"


def test_stable_ids(db):
    q = seed_quotes()[3]
    assert quote_id(q.article_id, q.start, q.end, q.kind) == quote_id(SEED.id, q.start, q.end, "direct")
    assert quote_id(SEED.id, q.start, q.end, "direct") != quote_id(SEED.id, q.start, q.end, "partial")
    stored = {r[0] for r in rows(db, "SELECT id FROM quotes WHERE article_id = ?", [SEED.id])}
    assert stored == {quote_id(q.article_id, q.start, q.end, q.kind) for q in seed_quotes()}
    trump = speaker_id(own_key("Donald Trump", "person", "name", None))
    assert rows(db, "SELECT name, kind, key FROM speakers WHERE id = ?", [trump]) == [
        ("Donald Trump", "person", "person:donald trump")
    ]


def test_one_speaker_across_articles_and_spellings(db):
    assert rows(db, "SELECT count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name = 'Donald Trump'") == [(4,)]
    other = Article('"Il faut investir", a dit Olivier VERAN.', id="autre", date="2020-08-01", source="X")
    save_article(db, other, [quote(other, "Il faut investir", "direct", "Olivier VERAN")])
    assert rows(db, "SELECT count(*) FROM speakers WHERE folded = 'olivier veran'") == [(1,)]
    assert rows(db, "SELECT name FROM speakers WHERE folded = 'olivier veran'") == [("Olivier Véran",)]


def test_group_descriptions_are_per_article(db):
    groups = rows(db, "SELECT name, article_id FROM speakers WHERE kind = 'group' ORDER BY article_id")
    assert groups == [("un manifestant", MANIF.id), ("un manifestant", VERAN.id)]


def test_aliases_stored_per_article(db):
    assert rows(db, "SELECT s.name, a.alias, a.article_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id ORDER BY 1") == [
        ("Donald Trump", "le président américain", SEED.id),
        ("Olivier Véran", "le ministre de la Santé", VERAN.id),
    ]


def test_quotes_carry_article_date_and_source(db):
    assert rows(db, "SELECT DISTINCT date, source FROM quotes WHERE article_id = ?", [MUR.id]) == [("2019-05-01", "Le Soir")]
    assert rows(db, "SELECT count(*) FROM quotes WHERE speaker_id IS NULL") == [(0,)]


# --- re-ingest ------------------------------------------------------------------------------


def test_reingest_changes_nothing(tmp_path):
    path = tmp_path / "q.db"
    database = open_db(path)
    articles = [a for a, _ in corpus()]
    first = ingest_articles(database, articles, extract=fake_extract)
    assert (first.read, first.stored, first.unchanged, first.skipped) == (4, 4, 0, 0)
    assert first.quotes == 12 and first.totals == {"articles": 4, "quotes": 12, "speakers": 9}
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # WAL mode: the file holds every commit now
    before = digest(path)

    def boom(article):
        raise AssertionError("an unchanged article was parsed again")

    second = ingest_articles(database, articles, extract=boom)
    assert (second.read, second.stored, second.unchanged, second.quotes, second.skipped) == (4, 0, 4, 0, 0)
    assert second.totals == first.totals
    database.close()
    assert digest(path) == before


def test_force_reparses_but_keeps_ids_and_counts(tmp_path):
    database = open_db(tmp_path / "q.db")
    articles = [a for a, _ in corpus()]
    ingest_articles(database, articles, extract=fake_extract)
    ids = rows(database, "SELECT id, speaker_id FROM quotes ORDER BY id")
    again = ingest_articles(database, articles, extract=fake_extract, force=True)
    assert again.stored == 4 and again.totals == {"articles": 4, "quotes": 12, "speakers": 9}
    assert rows(database, "SELECT id, speaker_id FROM quotes ORDER BY id") == ids
    fts_check(database)


def test_duplicate_articles_in_one_input_are_stored_once(tmp_path):
    database = open_db(tmp_path / "q.db")
    summary = ingest_articles(database, [VERAN, VERAN, MUR], extract=fake_extract)
    assert summary.read == 3 and summary.totals["articles"] == 2 and summary.totals["quotes"] == 5


def test_unchanged_ids_compare_text_and_fields(db):
    assert unchanged_ids(db, [SEED, VERAN]) == {SEED.id, VERAN.id}
    assert unchanged_ids(db, [replace(VERAN, title="Autre titre")]) == set()
    assert unchanged_ids(db, [replace(VERAN, text=VERAN.text + " Fin.")]) == set()
    assert unchanged_ids(db, [Article("Nouveau.", id="nouveau")]) == set()


def test_changed_text_replaces_quotes(db):
    changed = replace(MUR, text=MUR.text.replace("Emmanuel Macron a jugé", "Angela Merkel a estimé"))
    summary = ingest_articles(db, [changed], extract=lambda a: [
        quote(a, "Le mur sera construit", "direct", "Donald Trump", cue="promettre"),
        quote(a, "l'Europe doit se protéger", "partial", "Angela Merkel", cue="estimer"),
    ])
    assert summary.stored == 1 and summary.quotes == 2
    speakers = rows(db, "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY 1", [MUR.id])
    assert speakers == [("Angela Merkel",), ("Donald Trump",)]
    # Macron was quoted only there: he is gone, from the table and from search
    assert rows(db, "SELECT count(*) FROM speakers WHERE name = 'Emmanuel Macron'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'macron'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'merkel'") == [(1,)]
    assert rows(db, "SELECT text FROM articles WHERE id = ?", [MUR.id]) == [(changed.text,)]
    fts_check(db)


def test_article_that_loses_its_quotes_drops_its_group_speaker(db):
    save_quotes(db, MANIF.id, [])
    assert rows(db, "SELECT article_id FROM speakers WHERE kind = 'group'") == [(VERAN.id,)]
    assert rows(db, "SELECT count(*) FROM articles WHERE id = ?", [MANIF.id]) == [(1,)]


# --- transactions and problems --------------------------------------------------------------


def test_batch_is_all_or_nothing(db):
    before = counts(db)
    bad = Article('"Bonjour", dit-il.', id="bad", date="2021-01-01")
    good = Article('"Au revoir", dit-elle.', id="good", date="2021-01-01")
    with pytest.raises(sqlite3.IntegrityError):
        save_articles(db, [
            (good, [quote(good, "Au revoir", "direct", "Elle")]),
            (bad, [Quote("bad", "Bonjour", "exclamation", 1, 8, speaker="Il")]),
        ])
    assert counts(db) == before
    assert rows(db, "SELECT count(*) FROM articles WHERE id IN ('bad', 'good')") == [(0,)]
    fts_check(db)


def test_one_bad_article_does_not_sink_its_batch(tmp_path):
    database = open_db(tmp_path / "q.db")
    bad = Article("Texte.", id="bad")
    problems = []

    def extract(article):
        if article.id == "bad":
            # stored quotes must lie in their article: this one breaks a NOT NULL constraint
            return [Quote("bad", None, "direct", 0, 1)]
        return fake_extract(article)

    summary = ingest_articles(database, [VERAN, bad, MUR], extract=extract, on_problem=problems.append)
    assert (summary.stored, summary.skipped) == (2, 1)
    assert counts(database)["articles"] == 2
    assert problems and problems[0].startswith("bad: cannot store:")


def test_parser_errors_are_skipped_and_reported(tmp_path):
    database = open_db(tmp_path / "q.db")
    problems = []

    def extract(article):
        if article.id == MUR.id:
            raise RuntimeError("lost in the text")
        return fake_extract(article)

    summary = ingest_articles(database, [VERAN, MUR], extract=extract, on_problem=problems.append)
    assert (summary.stored, summary.skipped) == (1, 1)
    assert problems == [f"{MUR.id}: parser error: RuntimeError: lost in the text"]
    assert parse(MUR, extract).error == "RuntimeError: lost in the text"
    # the failed article is not stored, so the next run tries it again
    assert unchanged_ids(database, [MUR]) == set()


def test_input_problems_are_counted_as_skipped(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text(
        json.dumps({"id": VERAN.id, "text": VERAN.text, "date": VERAN.date}, ensure_ascii=False) + "\n"
        "{not json\n"
        + json.dumps({"id": "no-text"}) + "\n",
        encoding="utf-8",
    )
    problems = []
    database = open_db(tmp_path / "q.db")
    summary = ingest_paths(database, [str(data)], on_problem=problems.append, extract=fake_extract)
    assert (summary.read, summary.stored, summary.skipped) == (1, 1, 2)
    assert [p.split(": ")[0] for p in problems] == [f"{data}:2", f"{data}:3"]


# --- full-text search -----------------------------------------------------------------------


def fts(db, match):
    sql = """SELECT q.quote FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid
             WHERE quotes_fts MATCH ? ORDER BY rank"""
    return [r[0] for r in db.execute(sql, [match])]


def test_fts_is_accent_and_case_insensitive(db):
    assert fts(db, "colere") == ["Nous avons entendu la colère des soignants"]
    assert fts(db, "PROTEGER") == ["l'Europe doit se protéger"]
    assert fts(db, "lacherons") == ["Nous ne lâcherons rien"]


def test_fts_covers_speaker_names(db):
    assert fts(db, "veran") == ["Nous avons entendu la colère des soignants"]
    assert len(fts(db, "speaker : trump")) == 4
    assert rows(db, "SELECT name FROM speakers_fts WHERE speakers_fts MATCH 'veran'") == [("Olivier Véran",)]


def test_fts_follows_a_speaker_rename(db):
    db.execute("UPDATE speakers SET name = 'Donald J. Trump' WHERE folded = 'donald trump'")
    assert len(fts(db, '"donald j trump"')) == 4
    fts_check(db)
    rebuild_fts(db)
    fts_check(db)
    assert len(fts(db, "trump")) == 4


# --- stored counts --------------------------------------------------------------------------


def assert_counts_right(db):
    """Every stored count equals the count made from the quotes at this moment (no row left at zero)."""
    for table, select in RECOUNT.items():
        assert sorted(rows(db, f"SELECT * FROM {table}")) == sorted(rows(db, select)), table
    assert rows(db, "SELECT count(*) FROM quote_totals WHERE quotes <= 0") == [(0,)]


def test_counts_are_right_after_every_write(db):
    from quotes import identity

    assert_counts_right(db)
    trump = speaker_id(own_key("Donald Trump", "person", "name", None))
    assert rows(db, "SELECT source, quotes, articles, first_date, last_date FROM speaker_sources"
                    " WHERE speaker_id = ? ORDER BY source", [trump]) == [
        ("Belga", 3, 1, "2018-10", "2018-10"), ("Le Soir", 1, 1, "2019-05-01", "2019-05-01")]
    # an article whose date, source and quotes change, then one that loses its quotes
    _, veran_quotes = corpus()[1]
    save_articles(db, [(replace(VERAN, date="2021-03-04", source="Le Soir"), veran_quotes[1:])])
    assert_counts_right(db)
    save_quotes(db, MANIF.id, [])
    assert_counts_right(db)
    save_articles(db, [(VERAN, veran_quotes), (MANIF, corpus()[3][1])])
    assert_counts_right(db)
    # curations move quotes from speaker to speaker
    identity.merge(db, "Donald Trump", ["Emmanuel Macron"])
    assert_counts_right(db)
    identity.split(db, "Donald Trump", articles=[MUR.id])
    assert_counts_right(db)
    identity.rename(db, "Olivier Véran", "Olivier Veran")
    assert_counts_right(db)
    identity.rebuild(db)
    assert_counts_right(db)
    # an article's quotes with undated and unattributed ones
    bare = Article('"Rien à dire", a lâché un témoin. "Sans suite".', id="bare")
    save_articles(db, [(bare, fake_extract(bare))])
    assert_counts_right(db)
    assert rows(db, "SELECT month, source, speaker_kind, quotes FROM quote_totals WHERE month = ''") == [
        ("", "", "unknown", 2)]


def test_counts_survive_reingest_and_force(tmp_path):
    database = open_db(tmp_path / "q.db")
    articles = [a for a, _ in corpus()]
    ingest_articles(database, articles, extract=fake_extract)
    stored = {t: sorted(rows(database, f"SELECT * FROM {t}")) for t in RECOUNT}
    ingest_articles(database, articles, extract=fake_extract)
    ingest_articles(database, articles, extract=fake_extract, force=True)
    assert {t: sorted(rows(database, f"SELECT * FROM {t}")) for t in RECOUNT} == stored
    assert_counts_right(database)


def test_a_database_without_stored_counts_gets_them(tmp_path):
    path = build_db(tmp_path / "q.db")
    conn = sqlite3.connect(path)  # as schema 2 made it: no count tables, triggers nor title index
    for table in RECOUNT:
        conn.execute(f"DROP TABLE {table}")
    for trigger in ("quote_counts_ai", "quote_counts_ad", "quote_counts_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    database = open_db(path)
    assert database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert rows(database, "SELECT sum(quotes) FROM quote_totals") == [(12,)]
    assert_counts_right(database)
    save_quotes(database, MUR.id, [])  # and the triggers keep them
    assert_counts_right(database)


def test_a_database_without_months_gets_them_from_its_dates(tmp_path):
    path = build_db(tmp_path / "q.db")
    conn = sqlite3.connect(path)  # as schema 3 made it: no month column
    conn.execute("DROP INDEX idx_quotes_speaker_lang_facets")
    conn.execute("DROP INDEX idx_quotes_month")
    conn.execute("ALTER TABLE quotes DROP COLUMN month")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    database = open_db(path)
    assert database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    pairs = set(rows(database, "SELECT date, month FROM quotes"))
    assert pairs and all(month == (date[:7] if date and len(date) >= 7 else None) for date, month in pairs)
    assert any(month for _, month in pairs)


def test_a_database_without_languages_gets_them(tmp_path):
    path = build_db(tmp_path / "q.db")
    conn = sqlite3.connect(path)  # as schema 4 made it: roles and counts without their language
    conn.execute("DROP INDEX idx_speaker_roles_speaker_lang_roles")
    conn.execute("ALTER TABLE speaker_roles DROP COLUMN lang")
    conn.execute("DROP TABLE speaker_langs")
    conn.execute("DROP TABLE quote_totals")
    conn.execute("""CREATE TABLE quote_totals (month TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
                    speaker_kind TEXT NOT NULL, quotes INTEGER NOT NULL, PRIMARY KEY (month, source, kind, speaker_kind))""")
    conn.execute("DROP TRIGGER quote_counts_ai")  # a trigger of schema 4, counting without the language
    conn.execute("""CREATE TRIGGER quote_counts_ai AFTER INSERT ON quotes BEGIN
                    INSERT INTO quote_totals (month, source, kind, speaker_kind, quotes) VALUES ('', '', new.kind, '', 1)
                    ON CONFLICT DO UPDATE SET quotes = quotes + 1; END""")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    database = open_db(path)
    assert database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert rows(database, "SELECT DISTINCT lang FROM speaker_roles") == [("fr",)]
    assert rows(database, "SELECT lang, sum(quotes) FROM quote_totals GROUP BY lang") == [("fr", 12)]
    assert_counts_right(database)
    save_quotes(database, MUR.id, [])  # and the new triggers keep them
    save_quotes(database, MUR.id, next(quotes for article, quotes in corpus() if article.id == MUR.id))
    assert_counts_right(database)


def test_refresh_counts_repairs_them(db):
    db.execute("UPDATE speaker_months SET quotes = 99")
    db.execute("DELETE FROM quote_totals")
    refresh_counts(db)
    assert_counts_right(db)


def test_speaker_stats_reads_the_stored_counts(db):
    grouped = """SELECT s.id, s.name, s.kind, count(*), sum(q.kind = 'direct'), sum(q.kind = 'partial'),
                        sum(q.kind = 'indirect'), count(DISTINCT q.article_id), min(q.date), max(q.date)
                 FROM speakers s JOIN quotes q ON q.speaker_id = s.id GROUP BY s.id"""
    assert sorted(rows(db, "SELECT * FROM speaker_stats")) == sorted(rows(db, grouped))
    assert len(rows(db, grouped)) == 9


# --- speakers' summaries in bulk ------------------------------------------------------------

SUMMARY = "SELECT id, name, folded, kind, quotes, articles, first_date, last_date, other_names, roles FROM speakers"


@pytest.fixture(scope="module")
def sample_articles():
    return list(read_articles([str(SAMPLE)]))[:40]


def test_ingest_refreshing_summaries_in_bulk_leaves_what_refreshing_every_batch_does(
        tmp_path, monkeypatch, sample_articles):
    every = open_db(tmp_path / "every.db")
    for i in range(0, len(sample_articles), 5):
        save_rows(every, [(a, parse(a).rows) for a in sample_articles[i : i + 5]])
    monkeypatch.setattr(ingest, "REFRESH_EVERY", 12)
    bulk = open_db(tmp_path / "bulk.db")
    ingest_articles(bulk, sample_articles, batch_size=5)
    assert rows(bulk, "SELECT count(*) FROM stale_speakers") == [(0,)]
    assert sorted(rows(bulk, SUMMARY)) == sorted(rows(every, SUMMARY))
    assert len(rows(bulk, SUMMARY + " WHERE quotes > 1")) > 5


def test_summaries_left_stale_by_a_stopped_ingest_are_refreshed_by_the_next(tmp_path, sample_articles):
    path = tmp_path / "q.db"
    db = open_db(path)
    save_rows(db, [(a, parse(a).rows) for a in sample_articles[:10]], refresh=False)  # then the run is killed
    assert rows(db, "SELECT count(*) FROM speakers WHERE quotes IS NULL")[0][0] > 0
    assert rows(db, "SELECT count(*) FROM stale_speakers")[0][0] > 0
    db.close()
    db = open_db(path)
    again = ingest_articles(db, sample_articles[:10])
    assert again.unchanged == 10
    assert rows(db, "SELECT count(*) FROM stale_speakers") == [(0,)]
    assert rows(db, "SELECT count(*) FROM speakers WHERE quotes IS NULL") == [(0,)]
    reference = open_db(tmp_path / "ref.db")
    save_rows(reference, [(a, parse(a).rows) for a in sample_articles[:10]])
    assert sorted(rows(db, SUMMARY)) == sorted(rows(reference, SUMMARY))


def test_name_indexes_follow_name_changes_only(db):
    for table, column in (("speakers", "name"), ("aliases", "alias"), ("articles", "title")):
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_au"]).fetchone()
        assert f'AFTER UPDATE OF "{column}" ON "{table}"' in sql
    db.execute("UPDATE speakers SET quotes = 7")  # a summary changes: the name index is untouched
    db.execute("UPDATE speakers SET name = 'Donald J. Trump' WHERE folded = 'donald trump'")
    found = rows(db, "SELECT name FROM speakers WHERE rowid IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH 'j')")
    assert found == [("Donald J. Trump",)]
    fts_check(db)


def test_rows_are_inserted_in_order_in_statements_of_few_shapes(db, monkeypatch):
    from quotes import store

    monkeypatch.setattr(store, "INSERT_VARIABLES", 12)  # 3 rows of 4 columns a statement at most
    statements = []
    db.conn.set_trace_callback(statements.append)
    store._insert(db, "curations", [
        {"id": i, "action": "merge", "args": f"{i}", "created_at": "now"} for i in range(100, 111)])
    db.conn.set_trace_callback(None)
    assert rows_of(db) == [(i, "merge", f"{i}") for i in range(100, 111)]
    inserts = [sql for sql in statements if sql.startswith("INSERT")]
    assert [sql.count("(") - 1 for sql in inserts] == [3, 3, 3, 2]  # 11 rows: 3 + 3 + 3 + 2
    store._insert(db, "curations", [{"id": 100, "action": "split", "args": "x", "created_at": "later"}], "IGNORE")
    store._insert(db, "curations", [{"id": 101, "action": "rename", "args": "y", "created_at": "later"}], "UPDATE")
    assert rows_of(db)[:2] == [(100, "merge", "100"), (101, "rename", "y")]
    assert rows(db, "SELECT rowid FROM curations WHERE id = 101") == [(101,)]
    with pytest.raises(sqlite3.IntegrityError):
        store._insert(db, "curations", [{"id": 102, "action": "merge", "args": "z", "created_at": "now"}])


def rows_of(db):
    return rows(db, "SELECT id, action, args FROM curations WHERE id >= 100 ORDER BY rowid")


def test_in_chunks_gives_lists_with_their_placeholders():
    got = list(in_chunks(iter(range(1001))))
    assert [len(chunk) for chunk, _ in got] == [500, 500, 1]
    assert [chunk[0] for chunk, _ in got] == [0, 500, 1000]
    assert got[2] == ([1000], "?") and got[0][1] == ", ".join(["?"] * 500)
    assert list(in_chunks([])) == []

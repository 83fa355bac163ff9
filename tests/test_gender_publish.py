"""The gender balance published: quotes' speaker gender column and its facets, the counts by gender kept
through upgrades, the charts of the home and charts pages, the canned query, and `quotes stats`."""

import json
import sqlite3

import pytest
from dbfixtures import client_for, quote, run_cli

from quotes.model import Article
from quotes.store import SCHEMA_VERSION, open_db, save_articles

# Two sources, two months; among the quotes of persons: 3 by a woman, 1 by a man, 1 by a person of
# unknown gender (60 %, 20 %, 20 %); one quote by a body, which has no gender.
ALPHA = Article('"Le budget est prêt", a dit Mme Lenoir. "Il sera voté", a ajouté M. Brun. '
                '"Avant l\'été", a-t-elle précisé.', id="alpha-1", date="2021-03-01", source="Alpha")
BETA = Article('"Rien n\'est décidé", a dit Claude Gris. "Nous refusons", a dit la CGT. '
               '"Nous verrons", a dit Mme Lenoir.', id="beta-1", date="2021-04-02", source="Beta")
WOMAN = {"speaker_gender": "female", "gender_evidence": {"title:f": 1}}
MAN = {"speaker_gender": "male", "gender_evidence": {"title:m": 1}}


def gender_corpus():
    return [
        (ALPHA, [quote(ALPHA, "Le budget est prêt", "direct", "Anne Lenoir", mention="Mme Lenoir", **WOMAN),
                 quote(ALPHA, "Il sera voté", "direct", "Paul Brun", mention="M. Brun", **MAN),
                 quote(ALPHA, "Avant l'été", "direct", "Anne Lenoir", mention="elle", **WOMAN)]),
        (BETA, [quote(BETA, "Rien n'est décidé", "direct", "Claude Gris", speaker_gender="unknown"),
                quote(BETA, "Nous refusons", "direct", "CGT", "organisation"),
                quote(BETA, "Nous verrons", "direct", "Anne Lenoir", mention="Mme Lenoir", **WOMAN)]),
    ]


@pytest.fixture(scope="module")
def gender_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gender") / "quotes.db"
    db = open_db(path)
    save_articles(db, gender_corpus())
    db.close()
    return path


@pytest.fixture(scope="module")
def gender_client(gender_db):
    return client_for(gender_db)


def totals_by_gender(db):
    return dict(db.execute("SELECT speaker_gender, sum(quotes) FROM quote_totals GROUP BY 1").fetchall())


def test_quotes_carry_their_speakers_gender_and_are_counted_by_it(gender_db):
    db = open_db(gender_db)
    assert totals_by_gender(db) == {"female": 3, "male": 1, "unknown": 1, "": 1}
    row = db.execute("SELECT speaker_gender FROM quotes_with_speakers WHERE quote = 'Il sera voté'").fetchone()
    assert row == ("male",)


def test_a_curated_gender_reaches_the_quotes_and_their_counts(tmp_path):
    from quotes.identity import set_gender

    db = open_db(tmp_path / "q.db")
    save_articles(db, gender_corpus())
    set_gender(db, "Claude Gris", "female")
    assert db.execute("SELECT speaker_gender FROM quotes WHERE quote = ?", ["Rien n'est décidé"]).fetchone() == (
        "female",)
    assert totals_by_gender(db) == {"female": 4, "male": 1, "": 1}


def test_gender_facets_of_quotes_and_speakers(gender_client):
    data = gender_client("/quotes/quotes.json?_size=0").json()
    facet = {r["value"]: r["count"] for r in data["facet_results"]["speaker_gender"]["results"]}
    assert facet == {"female": 3, "male": 1, "unknown": 1}
    rows = gender_client("/quotes/quotes_with_speakers.json?speaker_gender=female&_shape=array").json()
    assert sorted(r["quote"] for r in rows) == ["Avant l'été", "Le budget est prêt", "Nous verrons"]
    assert {r["speaker"] for r in rows} == {"Anne Lenoir"}
    speakers = gender_client("/quotes/speakers.json?_size=0").json()["facet_results"]["gender"]["results"]
    assert {r["value"]: r["count"] for r in speakers} == {"female": 1, "male": 1, "unknown": 1}


def test_a_schema_6_database_gets_its_quotes_genders_and_counts(tmp_path):
    path = tmp_path / "quotes.db"
    db = open_db(path)
    save_articles(db, gender_corpus())
    db.conn.close()
    conn = sqlite3.connect(path)  # as schema 6 made it: no quotes.speaker_gender, counts without it
    conn.executescript("""
        DROP VIEW quotes_with_speakers;
        DROP TRIGGER quote_counts_ai; DROP TRIGGER quote_counts_ad; DROP TRIGGER quote_counts_au;
        DROP INDEX idx_quotes_speaker_gender;
        ALTER TABLE quotes DROP COLUMN speaker_gender;
        DROP TABLE quote_totals;
        CREATE TABLE quote_totals (month TEXT NOT NULL, source TEXT NOT NULL, lang TEXT NOT NULL, kind TEXT NOT NULL,
            speaker_kind TEXT NOT NULL, quotes INTEGER NOT NULL, PRIMARY KEY (month, source, lang, kind, speaker_kind));
        INSERT INTO quote_totals VALUES ('2021-03', 'Alpha', 'fr', 'direct', 'person', 3);
        PRAGMA user_version = 6;
    """)
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 6
    assert db.execute("SELECT count(*) FROM speakers WHERE gender = 'female'").fetchone()[0] == 1
    assert totals_by_gender(db) == {"female": 3, "male": 1, "unknown": 1, "": 1}


def test_home_page_answers_what_share_of_quotes_come_from_women(gender_client):
    html = gender_client("/").text
    lead = html[html.index('id="gender-lead"'):]
    lead = lead[:lead.index("</p>")]
    assert "<b>60 %</b> of the quotes of people come from women" in lead
    assert "<b>20 %</b> from men" in lead
    assert "for <b>20 %</b> the articles do not" in " ".join(lead.split())
    assert "gender unknown: 1 (20.0 %)" in html


def test_charts_page_shows_the_gender_shares_overall_by_source_and_month(gender_client):
    html = gender_client("/charts").text
    section = html[html.index('id="chart-gender"'):html.index('id="chart-months"')]
    assert "women: 3 (60.0 %)" in section and "gender unknown: 1 (20.0 %)" in section
    sources = section[section.index('id="chart-gender-sources"'):section.index('id="chart-gender-months"')]
    assert "Alpha, women: 2 (66.7 %)" in sources and "Alpha, gender unknown: 0 (0.0 %)" in sources
    assert "Beta, gender unknown: 1 (50.0 %)" in sources
    months = section[section.index('id="chart-gender-months"'):]
    assert "Mar 2021, men: 1 (33.3 %)" in months and "Apr 2021, women: 1 (50.0 %)" in months
    assert "what it cannot see" in section.lower() and "Non-binary" in section
    one = gender_client("/charts?source=Beta").text
    one = one[one.index('id="chart-gender"'):one.index('id="chart-months"')]
    assert "women: 1 (50.0 %)" in one and "Alpha" not in one


def test_speaker_page_shows_the_gender_and_its_evidence(gender_client):
    sid = gender_client("/quotes/speakers.json?name=Anne+Lenoir&_shape=array").json()[0]["id"]
    html = gender_client(f"/speaker/{sid}").text
    gender = html[html.index('id="speaker-gender"'):]
    assert "<b>female</b>" in gender[:200] and "title:f &times;2" in gender[:400]


def test_gender_balance_canned_query(gender_client):
    rows = gender_client("/quotes/gender_balance.json?_shape=array&source=").json()
    assert [(r["source"], r["month"], r["women"], r["men"], r["unknown"], r["women_pct"]) for r in rows] == [
        ("Alpha", "2021-03", 2, 1, 0, 66.7), ("Beta", "2021-04", 1, 0, 1, 50.0)]
    one = gender_client("/quotes/gender_balance.json?_shape=array&source=beta").json()
    assert [r["source"] for r in one] == ["Beta"]


def test_stats_by_gender_in_every_format(gender_db):
    rows = json.loads(run_cli("stats", "--by", "gender", "--db", gender_db, "--json").output)
    assert rows == [{"women": 3, "men": 1, "unknown": 1, "people": 5,
                     "women_pct": 60.0, "men_pct": 20.0, "unknown_pct": 20.0}]
    lines = run_cli("stats", "--by", "gender", "--db", gender_db, "--nl").output.splitlines()
    assert [json.loads(line)["people"] for line in lines] == [5]
    csv = run_cli("stats", "--by", "gender", "--db", gender_db, "--csv").output.splitlines()
    assert csv == ["women,men,unknown,people,women_pct,men_pct,unknown_pct", "3,1,1,5,60.0,20.0,20.0"]
    table = run_cli("stats", "--by", "gender", "--db", gender_db).output
    assert "women pct" in table and "60.0" in table


def test_stats_with_nothing_counted_still_write_a_csv_header(gender_db):
    def csv(*args):
        return run_cli("stats", *args, "--since", "2030-01-01", "--db", gender_db, "--csv").output.splitlines()

    assert csv("--by", "gender", "--by", "source") == ["source,women,men,unknown,people,women_pct,men_pct,unknown_pct"]
    assert csv("--by", "month") == ["month,quotes"]
    assert json.loads(run_cli("stats", "--by", "kind", "--since", "2030-01-01", "--db", gender_db, "--json").output) == []


def test_stats_by_gender_and_source_month_or_kind_with_filters(gender_db):
    def stats(*args):
        return json.loads(run_cli("stats", "--by", "gender", *args, "--db", gender_db, "--json").output)

    by_source = stats("--by", "source")
    assert [(r["source"], r["women"], r["men"], r["unknown"], r["women_pct"]) for r in by_source] == [
        ("Alpha", 2, 1, 0, 66.7), ("Beta", 1, 0, 1, 50.0)]
    assert [(r["month"], r["people"]) for r in stats("--by", "month")] == [("2021-03", 3), ("2021-04", 2)]
    assert [(r["kind"], r["people"]) for r in stats("--by", "kind")] == [("direct", 5)]
    assert [r["source"] for r in stats("--by", "source", "--since", "2021-04-02")] == ["Beta"]
    assert [r["people"] for r in stats("--source", "alpha")] == [3]
    every = json.loads(run_cli("stats", "--by", "source", "--db", gender_db, "--json").output)
    assert every == [{"source": "Alpha", "quotes": 3}, {"source": "Beta", "quotes": 3}]  # bodies too

"""A database of French and English articles: one identity per person whatever the language, roles kept
as each language writes them, and the site split by language when it holds several.

The articles are invented; they go through the real parser (`quotes ingest`).
"""

import pytest
from dbfixtures import client_for, jsonl, run_cli

from quotes.identity.local import local_fields
from quotes.identity.vocabulary import vocabulary
from quotes.lang import language
from quotes.query import search, speaker_card
from quotes.store import open_readonly

ENGLISH = vocabulary(language("en"))

# Emmanuel Macron quoted on four days, in both languages; in the last article by title and surname alone.
FRENCH_1 = {
    "id": "fr-lyon", "lang": "fr", "date": "2021-03-04", "source": "Le Quotidien", "title": "Macron à Lyon",
    "text": "Le président de la République Emmanuel Macron s'est rendu jeudi à Lyon. "
            "« Nous ne lâcherons rien », a déclaré M. Macron devant les élus.",
}
ENGLISH_1 = {
    "id": "en-london", "lang": "en", "date": "2021-03-05", "source": "The Daily", "title": "Macron in London",
    "text": "French President Emmanuel Macron told reporters in London on Friday: "
            "\"We don't give up on our friends in the U.S.\" Mr Macron added: \"The alliance is strong.\"",
}
FRENCH_2 = {
    "id": "fr-paris", "lang": "fr", "date": "2021-03-06", "source": "Le Quotidien", "title": "Macron à Paris",
    "text": "« Nous tiendrons », a assuré Emmanuel Macron samedi à Paris.",
}
ENGLISH_2 = {
    "id": "en-berlin", "lang": "en", "date": "2021-03-08", "source": "The Daily", "title": "Macron in Berlin",
    "text": "\"Europe must stand together,\" President Macron said in Berlin on Monday.",
}
BILINGUAL = [FRENCH_1, ENGLISH_1, FRENCH_2, ENGLISH_2]


def ingest(path, *records):
    source = path.with_suffix(".jsonl")
    source.write_text(jsonl(*records), encoding="utf-8")
    run_cli("ingest", "--db", path, "--jobs", "1", source)
    return path


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    return ingest(tmp_path_factory.mktemp("bilingual") / "quotes.db", *BILINGUAL)


@pytest.fixture(scope="module")
def french_only(tmp_path_factory):
    return ingest(tmp_path_factory.mktemp("french") / "quotes.db", FRENCH_1, FRENCH_2)


@pytest.fixture(scope="module")
def site(bilingual):
    return client_for(bilingual)


def speakers_of_quotes(path) -> set[str]:
    db = open_readonly(path)
    return {name for (name,) in db.execute(
        "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id")}


# --- identity ---------------------------------------------------------------------------------


def test_a_person_quoted_in_french_and_english_is_one_speaker(bilingual):
    assert speakers_of_quotes(bilingual) == {"Emmanuel Macron"}
    db = open_readonly(bilingual)
    langs = {lang for (lang,) in db.execute("SELECT DISTINCT lang FROM quotes")}
    assert langs == {"fr", "en"}
    aliases = {alias for (alias,) in db.execute("SELECT alias FROM aliases")}
    assert {"M. Macron", "Mr Macron"} <= aliases


def test_english_titles_neither_split_nor_rename_a_speaker():
    # A role written as a title before a full name is no part of it; "President" before a surname is no
    # longer name ("Radio France"), but a title, as "Mr" is.
    for name in ("Prime Minister Jane Doe", "Justice Secretary Jane Doe", "Sen. Jane Doe", "Dr Jane Doe"):
        fields = local_fields(name, "person", "a", "2021", f"{name} said.", [name], [], [], ENGLISH)
        assert (fields["name"], fields["auto_key"]) == ("Jane Doe", "person:jane doe"), name
    for title in ("President", "Mr"):
        text = f"\"We will see,\" {title} Doe said."
        fields = local_fields("Doe", "person", "a", "2021", text, [f"{title} Doe"], [f"{title} Doe"], [], ENGLISH)
        assert (fields["form"], fields["titled"] > 0) == ("surname", True), title
    # what is no title stays whole: a one-word name after it, a description
    for name in ("Pope Francis", "The spokesman of Mayor Jane Doe"):
        assert local_fields(name, "person", "a", "2021", name, [name], [], [], ENGLISH)["name"] == name


def test_roles_are_kept_per_language_and_shown_with_it(bilingual):
    db = open_readonly(bilingual)
    (sid,) = db.execute("SELECT id FROM speakers WHERE name = 'Emmanuel Macron'").fetchone()
    roles = {(r["role"], r["lang"]) for r in speaker_card(db, sid)["roles"]}
    assert {("président de la République", "fr"), ("French President", "en")} <= roles
    (summary,) = db.execute("SELECT roles FROM speakers WHERE id = ?", [sid]).fetchone()
    assert "président de la République (fr, 2021-03-04, 1 article)" in summary
    assert "French President (en, 2021-03-05, 1 article)" in summary
    page = client_for(bilingual)(f"/speaker/{sid}").text  # several languages: each role's is shown
    assert '<b>French President</b> <span class="q-lang"' in page
    shown = run_cli("speakers", "show", "Emmanuel Macron", "--db", bilingual).output
    assert "lang" in shown and "French President" in shown


def test_roles_of_one_language_are_shown_as_before(french_only):
    db = open_readonly(french_only)
    (sid, summary) = db.execute("SELECT id, roles FROM speakers WHERE name = 'Emmanuel Macron'").fetchone()
    assert summary == "président de la République (2021-03-04, 1 article)"
    assert "lang" not in run_cli("speakers", "show", "Emmanuel Macron", "--db", french_only).output
    assert 'class="q-lang"' not in client_for(french_only)(f"/speaker/{sid}").text


# --- publication --------------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["quotes", "quotes_with_speakers"])
def test_language_is_a_column_and_a_facet_that_filters(site, table):
    data = site(f"/quotes/{table}.json?_size=0").json()
    counts = {r["value"]: r["count"] for r in data["facet_results"]["lang"]["results"]}
    assert counts == {"fr": 2, "en": 3}
    rows = site(f"/quotes/{table}.json?lang=en&_shape=array").json()
    assert len(rows) == 3 and {r["lang"] for r in rows} == {"en"}


@pytest.mark.parametrize("words", ["don't give up", "don’t", "U.S.", '"friends in the U.S."'])
def test_full_text_search_finds_english_text(site, bilingual, words):
    english = "We don't give up on our friends in the U.S."
    rows = site("/quotes/quotes.json", params={"_search": words, "_shape": "array"}).json()
    assert [r["quote"] for r in rows] == [english]
    assert english in [r["quote"] for r in search(open_readonly(bilingual), words)]
    page = site("/search", params={"q": words}).text
    assert 'Quotes <span class="q-muted">(1)</span>' in page


def test_who_said_an_english_phrase(site):
    rows = site("/quotes/who_said.json", params={"phrase": "friends in the U.S.", "_shape": "array"}).json()
    assert [r["speaker"] for r in rows] == ["Emmanuel Macron"]


def test_the_home_page_and_charts_split_by_language_when_there_are_several(site):
    home = site("/").text
    assert 'id="languages"' in home
    for lang, quotes in (("en", 3), ("fr", 2)):
        row = home[home.index(f'<tr data-lang="{lang}">'):]
        assert f'<td class="q-num">{quotes}</td>' in row[:row.index("</tr>")]
        most = home[home.index(f'<div class="q-language" data-lang="{lang}">'):]
        assert "Emmanuel Macron" in most[:most.index("</figure>")]
    charts = site("/charts").text
    assert 'id="chart-languages"' in charts and charts.count("q-chart-months") == 3  # all, fr, en
    only = site("/charts?lang=fr").text
    assert 'id="chart-languages"' not in only and '<option value="fr" selected>' in only


def test_the_home_page_and_charts_of_one_language_are_not_split(french_only):
    site = client_for(french_only)
    assert 'id="languages"' not in site("/").text
    charts = site("/charts").text
    assert 'id="chart-languages"' not in charts and 'name="lang"' not in charts

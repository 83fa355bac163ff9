"""The reader's pages (quotes/templates, quotes/ui.py) through Datasette's test client, no browser:
home, search, speaker, quote in context, article, speakers, charts; escaping, links, offline assets."""

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from dbfixtures import MUR, SEED, VERAN, build_db, client_for, quote

from quotes.model import Article
from quotes.query import fts_query
from quotes.store import open_db, save_articles
from quotes.ui import (
    MARK_CLOSE,
    MARK_OPEN,
    article_paragraphs,
    axis_ticks,
    fts_marked,
    month_label,
    quote_context,
)

PACKAGE = Path(__file__).parent.parent / "quotes"


@pytest.fixture(scope="module")
def ids(db_path):
    """Ids by name: speakers by name, quotes by their words."""
    conn = sqlite3.connect(db_path)
    speakers = {name: sid for sid, name in conn.execute("select id, name from speakers")}
    quotes = {words: qid for qid, words in conn.execute("select id, quote from quotes")}
    conn.close()
    return {"speaker": speakers, "quote": quotes}


def page(client, url):
    response = client(url)
    assert response.status_code == 200, (url, response.status_code, response.text[-2000:])
    return response.text


def text_of(html):
    """The page's visible text, whitespace collapsed."""

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts, self.skip = [], 0

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style", "title")

        def handle_endtag(self, tag):
            self.skip -= tag in ("script", "style", "title") and self.skip > 0

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def card_ids(html):
    return re.findall(r'data-quote-id="([0-9a-f]+)"', html)


# --- home ---------------------------------------------------------------------------------------


def test_home_explains_the_data(client, ids):
    html = page(client, "/")
    text = text_of(html)
    assert "12 quotations found in 4 news articles" in text
    assert re.search(r"12 quotes .*9 speakers quoted .*4 articles .*3 sources", text)  # "un manifestant" twice
    assert "2018-10 → 2020-07" in text  # the articles' date range
    for source in ("Belga", "Orange Actu", "Le Soir"):
        assert f'/charts?source={source.replace(" ", "%20")}"' in html, source
    assert 'action="/search"' in html and 'id="home-search"' in html
    assert "How to search" in text and '"double quotes"' in text
    for link in ("/speakers", "/charts", "/quotes/quotes", "/quotes/speaker_stats?_sort_desc=quotes",
                 "/quotes/quotes_with_speakers", "/quotes/who_said", "/quotes/speaker_quotes"):
        assert f'href="{link}' in html, link
    assert f'href="/speaker/{ids["speaker"]["Donald Trump"]}"' in html  # most-quoted speakers chart
    assert html.count("<svg") >= 3  # most-quoted speakers, kinds of quotes, quotes per month
    assert card_ids(html)[0] == ids["quote"]["Nous avons entendu la colère des soignants"]  # latest first


def test_every_page_has_the_site_links_and_search(client, ids):
    for url in ("/", "/search?q=trump", "/speakers", "/charts", f"/speaker/{ids['speaker']['Donald Trump']}",
                "/quotes/quotes", "/quotes"):
        html = page(client, url)
        assert '<div class="q-sitebar">' in html and 'action="/search"' in html, url
        assert "/quotes-static/quotes.css" in html, url


# --- speaker ------------------------------------------------------------------------------------


def test_speaker_page(client, ids):
    html = page(client, f"/speaker/{ids['speaker']['Donald Trump']}")
    text = text_of(html)
    assert '<h1 id="speaker-name">Donald Trump</h1>' in html
    assert "q-kind-person" in html
    assert re.search(r'id="speaker-quote-count">4<', html)
    assert "le président américain" in text  # an alias
    assert "2018-10 → 2019-05-01" in text
    # newest first: the 2019 quote, then the article's three in their order
    assert card_ids(html) == [ids["quote"][w] for w in (
        "Le mur sera construit",
        "De nombreux membres de gangs et de très mauvaises personnes se sont mélangés à la caravane",
        "S'il vous plaît, faites demi-tour",
        "invasion",
    )]
    chart = re.search(r'<svg class="q-svg q-chart-months".*?</svg>', html, re.S)[0]
    assert chart.count('class="q-bar"') == 8  # 2018-10 to 2019-05, every month
    assert "Oct 2018: 3 quotes" in chart and "May 2019: 1 quote" in chart


def test_speaker_page_roles_and_counts(client, ids):
    html = page(client, f"/speaker/{ids['speaker']['Olivier Véran']}")
    text = text_of(html)
    assert "Roles over time" in text and "ministre de la Santé" in text
    assert "le ministre de la Santé" in text  # alias
    assert card_ids(html) == [ids["quote"]["Nous avons entendu la colère des soignants"]]


def test_speaker_page_without_a_roles_table_and_with_extra_columns(tmp_path, ids):
    """Roles come from speaker_roles when there is one, else from the quotes; new speaker columns show."""
    path = build_db(tmp_path / "quotes.db")
    conn = sqlite3.connect(path)
    conn.execute("drop table if exists speaker_roles")
    conn.execute("alter table speakers add column wikidata text")
    conn.execute("update speakers set wikidata = 'Q3052772' where name = 'Olivier Véran'")
    conn.commit()
    conn.close()
    html = page(client_for(path), f"/speaker/{ids['speaker']['Olivier Véran']}")
    roles = html[html.index('<section id="roles">'):]
    assert "ministre de la Santé" in roles[:roles.index("</section>")]
    details = re.search(r'<dl class="q-facts" id="speaker-details">.*?</dl>', html, re.S)[0]
    assert "wikidata" in details and "Q3052772" in details


def test_empty_database_pages(tmp_path):
    db = open_db(tmp_path / "quotes.db")
    db.close()
    client = client_for(tmp_path / "quotes.db")
    assert "0 quotations found in 0 news articles" in text_of(page(client, "/"))
    for url in ("/search?q=x", "/speakers", "/charts", "/search"):
        assert page(client, url), url


def test_speaker_page_pages_through_quotes(tmp_path):
    article = Article(" ".join(f'"Phrase numéro {i}", a dit Jean Dupont.' for i in range(60)),
                      id="many", date="2021-01-01", source="Test", title="Beaucoup")
    quotes = [quote(article, f"Phrase numéro {i}", "direct", "Jean Dupont") for i in range(60)]
    db = open_db(tmp_path / "quotes.db")
    save_articles(db, [(article, quotes)])
    sid = db.execute("select speaker_id from quotes limit 1").fetchone()[0]
    db.close()
    client = client_for(tmp_path / "quotes.db")
    first, second = page(client, f"/speaker/{sid}"), page(client, f"/speaker/{sid}?page=2")
    assert len(card_ids(first)) == 50 and len(card_ids(second)) == 10
    assert not set(card_ids(first)) & set(card_ids(second))
    assert 'rel="next"' in first and 'rel="prev"' in second and 'rel="next"' not in second
    assert page(client, f"/speaker/{sid}?page=nonsense").count("data-quote-id") == 50


def test_unknown_pages_are_404(client):
    for url in ("/speaker/nobody", "/quote/nothing", "/article/nowhere"):
        assert client(url).status_code == 404, url


# --- a quote in its context, its article -------------------------------------------------------


def test_the_database_page_lists_no_internal_counts_and_canned_queries_hide_their_sql(client):
    html = client("/quotes").text
    for internal in ("quote_totals", "speaker_months", "speaker_sources", "speaker_kinds"):
        assert f'/quotes/{internal}"' not in html, internal
    assert '/quotes/quotes"' in html and '/quotes/speakers"' in html
    for query in ("who_said?phrase=mur", "speaker_quotes?speaker=trump", "top_speakers_by_month"):
        html = client(f"/quotes/{query}").text
        assert "_show_sql=1" in html and "_hide_sql=1" not in html, query  # hidden, a click away


def test_canned_queries_link_speakers_articles_and_quotes_to_their_pages(client, ids):
    trump = f'href="/speaker/{ids["speaker"]["Donald Trump"]}"'
    for query in ("speaker_quotes?speaker=trump", "speakers_by_quotes", "top_speakers_by_month",
                  "top_speakers_by_source", "who_said?phrase=mur"):
        assert trump in client(f"/quotes/{query}").text, query
    html = client("/quotes/who_said?phrase=mur").text
    assert 'href="/article/' in html and 'href="/quote/' in html


def test_quote_page_shows_the_quote_in_its_sentence(client, ids):
    words = "Nous ne permettrons pas à un large groupe d'entrer aux Etats-Unis d'une façon dangereuse et illégale"
    html = page(client, f"/quote/{ids['quote'][words]}")
    context = re.search(r'<blockquote class="q-context" id="quote-context">(.*?)</blockquote>', html, re.S)[1]
    assert f'<mark class="q-direct" id="quote-text">{words.replace(chr(39), "&#39;")}</mark>' in context
    assert "a pour sa part assuré Kevin McAleenan" in context  # the rest of its sentence
    assert f'<a href="/speaker/{ids["speaker"]["Kevin McAleenan"]}">Kevin McAleenan</a>' in html
    text = text_of(html)
    assert "Belga" in text and "2018-10" in text and "assurer" in text
    assert "le patron du service des douanes" in text  # the role the article gives
    assert f'href="/article/{SEED.id}#q-{ids["quote"][words]}"' in html
    assert "Other quotes in this article" in text and "invasion" in text


def test_quote_page_shows_title_source_date_and_link(client, ids):
    html = page(client, f"/quote/{ids['quote']['Nous avons entendu la colère des soignants']}")
    text = text_of(html)
    assert VERAN.title in text and "Orange Actu" in text and "2020-07-02" in text
    assert 'href="https://example.org/veran"' in html
    assert "a déclaré jeudi le ministre de la Santé Olivier Véran" in text
    assert f'href="/speaker/{ids["speaker"]["Olivier Véran"]}"' in html


def test_article_page_highlights_every_quote(client, ids):
    html = page(client, f"/article/{MUR.id}")
    assert '<h1 id="article-title">Trump et Macron</h1>' in html
    for words in ("Le mur sera construit", "l'Europe doit se protéger"):
        qid = ids["quote"][words]
        assert f'id="q-{qid}"' in html and f'href="/quote/{qid}"' in html, words
    assert "tandis qu" in text_of(html)  # the text between the quotes


def test_article_ids_with_slashes_and_spaces(tmp_path):
    article = Article('"Bonjour à tous", a dit Jean Dupont.', id="dossier/article 1", date="2021-02",
                      source="Test", title="Salut")
    db = open_db(tmp_path / "quotes.db")
    save_articles(db, [(article, [quote(article, "Bonjour à tous", "direct", "Jean Dupont")])])
    qid = db.execute("select id from quotes").fetchone()[0]
    db.close()
    client = client_for(tmp_path / "quotes.db")
    html = page(client, f"/quote/{qid}")
    link = re.search(r'href="(/article/[^"#]+)"', html)[1]
    assert link == "/article/dossier~2Farticle+1"  # Datasette's tilde encoding
    assert "Salut" in page(client, link)


# --- search -------------------------------------------------------------------------------------


def test_search_a_phrase_finds_its_speaker(client, ids):
    html = page(client, "/search?q=doit+se+proteger")
    quotes = html[html.index('id="quote-results"'):]
    assert card_ids(quotes) == [ids["quote"]["l'Europe doit se protéger"]]
    assert f'href="/speaker/{ids["speaker"]["Emmanuel Macron"]}">Emmanuel Macron</a>' in quotes
    assert "<mark>doit</mark> <mark>se</mark> <mark>protéger</mark>" in quotes


def test_search_speakers_by_name_and_alias(client, ids):
    trump = f'href="/speaker/{ids["speaker"]["Donald Trump"]}"'
    for q in ("trump", "TRUMP", "le président américain", "LE PRESIDENT AMERICAIN"):
        html = page(client, f"/search?q={q}")
        speakers = html[html.index('id="speaker-results"'):html.index('id="quote-results"')]
        assert trump in speakers, q
    veran = page(client, "/search?q=veran")
    speakers = veran[veran.index('id="speaker-results"'):veran.index('id="quote-results"')]
    assert f'href="/speaker/{ids["speaker"]["Olivier Véran"]}"' in speakers


def test_search_articles(client):
    html = page(client, "/search?q=soignants")
    articles = html[html.index('id="article-results"'):]
    assert f'href="/article/{VERAN.id}"' in articles
    html = page(client, "/search?q=Trump+et+Macron")  # a title
    articles = html[html.index('id="article-results"'):]
    assert f'href="/article/{MUR.id}"' in articles


def test_search_finds_articles_by_their_quotes_too(client):
    html = page(client, "/search?q=lacherons")  # in a quote of the article, not in its title
    articles = text_of(html[html.index('id="article-results"'):])
    assert "Manifestation devant la préfecture" in articles and "1 quote, 1 matching" in articles


def test_search_uses_an_articles_text_index_when_there_is_one(tmp_path):
    path = build_db(tmp_path / "quotes.db")
    db = open_db(path)
    db["articles"].disable_fts()  # the titles' index, made over titles and texts instead
    db["articles"].enable_fts(["title", "text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    db.close()
    html = page(client_for(path), "/search?q=prefecture")  # only in an article's text and title
    articles = html[html.index('id="article-results"'):]
    assert 'href="/article/orangesum-manif"' in articles and "<mark>préfecture</mark>" in articles


def test_search_ranks_quotes_by_relevance(client, db_path):
    html = page(client, "/search?q=nous")
    conn = sqlite3.connect(db_path)
    expected = [r[0] for r in conn.execute(
        "select q.id from quotes_fts join quotes q on q.rowid = quotes_fts.rowid "
        "where quotes_fts match '\"nous\"' order by quotes_fts.rank")]
    conn.close()
    assert len(expected) == 4
    assert card_ids(html[html.index('id="quote-results"'):]) == expected


@pytest.mark.parametrize("q", ['"unbalanced', "***", "NEAR(", "a OR", "quote:", "-x", "'", "^", "é"])
def test_search_never_fails(client, q):
    assert client("/search", params={"q": q}).status_code == 200


def test_search_without_a_query_suggests_some(client):
    text = text_of(page(client, "/search"))
    assert "Try" in text and "gilets jaunes" in text


# --- speakers and charts -----------------------------------------------------------------------


def test_speakers_page(client, ids):
    html = page(client, "/speakers")
    names = re.findall(r'<td><a href="/speaker/[0-9a-f]+">([^<]+)</a></td>', html)
    assert names[0] == "Donald Trump" and len(names) == 9
    organisations = re.findall(r'<td><a href="/speaker/[0-9a-f]+">([^<]+)</a></td>',
                               page(client, "/speakers?kind=organisation"))
    assert organisations == ["Force ouvrière", "Pentagone"]
    assert re.findall(r'<td><a href="/speaker/[0-9a-f]+">([^<]+)</a></td>',
                      page(client, "/speakers?q=veran")) == ["Olivier Véran"]


def test_charts_page(client, ids):
    html = page(client, "/charts")
    for section in ("chart-kinds", "chart-speaker-kinds", "chart-months", "chart-sources"):
        assert f'id="{section}"' in html, section
    kinds = re.search(r'id="chart-kinds".*?</svg>', html, re.S)[0]
    assert "direct quote: 9 (75.0 %)" in kinds and "quoted fragment: 2 (16.7 %)" in kinds
    assert "reported speech: 1 (8.3 %)" in kinds
    months = re.search(r'<svg class="q-svg q-chart-months".*?</svg>', html, re.S)[0]
    assert months.count('class="q-bar"') == 22  # 2018-10 to 2020-07
    sources = html[html.index('id="chart-sources"'):]
    assert sources.count('<svg class="q-svg q-chart-speakers"') == 3
    assert f'href="/speaker/{ids["speaker"]["Donald Trump"]}"' in sources
    one = page(client, "/charts?source=Le%20Soir")
    assert text_of(one).count("Le Soir") >= 2
    assert one[one.index('id="chart-sources"'):].count("<svg") == 1


# --- Datasette's own tables link to the pages ---------------------------------------------------


def test_tables_link_to_the_pages(client, ids):
    qid, sid = ids["quote"]["Le mur sera construit"], ids["speaker"]["Donald Trump"]
    assert f'href="/quote/{qid}"' in page(client, "/quotes/quotes")
    assert f'href="/speaker/{sid}"' in page(client, "/quotes/speaker_stats")
    assert f'href="/speaker/{sid}"' in page(client, "/quotes/speakers")
    assert f'href="/article/{MUR.id}"' in page(client, "/quotes/articles")
    assert f'href="/quote/{qid}"' in page(client, "/quotes/speaker_quotes?speaker=trump")
    assert page(client, "/quotes/quotes.json?_shape=array")  # JSON untouched


def test_pages_follow_the_database_name(tmp_path, ids):
    client = client_for(build_db(tmp_path / "press-2020.db"))
    html = page(client, "/")
    assert 'href="/press-2020/quotes"' in html and 'href="/quotes/' not in html
    assert 'href="/press-2020/quotes?speaker_id=' in page(client, f"/speaker/{ids['speaker']['Donald Trump']}")


# --- safety: escaping, offline, read-only -------------------------------------------------------

EVIL = "<script>alert('x')</script> & <b>gras</b>"


@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    article = Article(f'"{EVIL}", a dit Jean Dupont. Puis "tout va bien", a ajouté Jean Dupont.',
                      id="evil", date="2021-03-01", source="<i>Source</i>", title="<img src=x onerror=alert(1)>",
                      url="javascript:alert(1)")
    path = tmp_path_factory.mktemp("evil") / "quotes.db"
    db = open_db(path)
    save_articles(db, [(article, [quote(article, EVIL, "direct", "Jean Dupont"),
                                  quote(article, "tout va bien", "direct", "Jean Dupont")])])
    row = db.execute("select id, speaker_id from quotes where quote = ?", [EVIL]).fetchone()
    db.close()
    return client_for(path), row[0], row[1]


def test_user_text_is_escaped_everywhere(evil):
    client, qid, sid = evil
    for url in ("/", f"/quote/{qid}", f"/speaker/{sid}", "/article/evil", "/search?q=alert",
                "/search?q=gras", "/speakers", "/charts", "/quotes/quotes"):
        html = page(client, url)
        assert "<script>alert" not in html and "<b>gras" not in html, url
        assert "<img src=x" not in html and "<i>Source" not in html, url
        if url not in ("/speakers", "/charts", "/search?q=alert"):  # the search page marks "alert"
            assert "&lt;script&gt;alert(" in html, url
    search = page(client, "/search?q=alert")
    assert "&lt;script&gt;<mark>alert</mark>(" in search


def test_search_box_value_is_escaped(client):
    html = page(client, '/search?q="><script>alert(1)</script>')
    assert "<script>alert(1)" not in html and 'value="&#34;&gt;&lt;script&gt;' in html


def test_assets_are_local(client, ids):
    """Every stylesheet, script and image a page loads comes from the site itself (works offline)."""
    for url in ("/", "/search?q=trump", "/speakers", "/charts", f"/speaker/{ids['speaker']['Donald Trump']}",
                f"/quote/{ids['quote']['invasion']}", f"/article/{SEED.id}"):
        html = page(client, url)
        for tag in re.findall(r"<(?:link|script|img|iframe|source)\b[^>]*>", html):
            if 'rel="alternate"' in tag:  # a link to the page's JSON, not something the page loads
                continue
            for address in re.findall(r'\b(?:href|src)="([^"]*)"', tag):
                assert address.startswith("/") and not address.startswith("//"), (url, tag)
    css = client("/quotes-static/quotes.css")
    assert css.status_code == 200 and "url(" not in css.text and "@import" not in css.text


def test_the_quotes_table_gives_the_quoted_words_room(client):
    html = page(client, "/quotes/quotes")
    assert 'quotes.css' in html and '<td class="col-quote' in html
    css = client("/quotes-static/quotes.css").text
    assert re.search(r"td\.col-quote \{ min-width: \d+rem; \}", css)


def test_pages_are_read_only(client):
    for url in ("/search", "/speakers", "/charts", "/"):
        assert client(url, method="POST", data={"q": "x"}).status_code == 405, url


def test_templates_never_mark_text_safe():
    for path in (PACKAGE / "templates").rglob("*.html"):
        assert "|safe" not in path.read_text(encoding="utf-8").replace(" ", ""), path


# --- helpers ------------------------------------------------------------------------------------


def test_quote_context_paragraph_or_sentence():
    text = "Titre\nAvant. Il a dit : \"Bonjour\". Après.\nSuite"
    start = text.index("Bonjour")
    c = quote_context(text, start, start + 7)
    assert (c["before"], c["quote"], c["after"]) == ('Avant. Il a dit : "', "Bonjour", '". Après.')
    assert not c["cut_before"] and not c["cut_after"]
    long = " ".join(f"Phrase {i} du texte." for i in range(100))
    text = long + ' M. Dupont a dit : "Bonjour". ' + long
    start = text.index("Bonjour")
    c = quote_context(text, start, start + 7, limit=120)
    assert c["cut_before"] and c["cut_after"] and c["quote"] == "Bonjour"
    assert "M. Dupont a dit" in c["before"]  # not cut after "M."
    assert len(c["before"]) + len(c["after"]) < 300
    assert quote_context(None, 0, 0)["quote"] == ""


def test_article_paragraphs_marks_quotes_and_skips_overlaps():
    text = 'Un "deux" trois\n\nquatre "cinq six"'
    a = {"start": text.index("deux"), "end": text.index("deux") + 4}
    b = {"start": text.index("cinq"), "end": text.index("cinq") + 8}
    overlap = {"start": a["start"] + 1, "end": a["end"] + 3}
    paragraphs = article_paragraphs(text, [b, overlap, a])
    assert paragraphs == [[('Un "', None), ("deux", a), ('" trois', None)],
                          [('quatre "', None), ("cinq six", b), ('"', None)]]


def test_fts_query_is_always_valid():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("insert into t values ('l''Europe doit se protéger'), ('gilets jaunes')")
    assert fts_query("trump invasion") == '"trump" "invasion"'
    assert fts_query('"gilets jaunes" colère') == '"gilets jaunes" "colère"'
    for q in ('"unbalanced', "***", "NEAR(a b)", "a OR b", "x:y", "-", "^a", "l'Europe", "AND", "(", '""'):
        fts = fts_query(q)
        if fts:
            conn.execute("select * from t where t match ?", [fts]).fetchall()
    assert conn.execute("select x from t where t match ?", [fts_query("l'europe proteger")]).fetchall()


def test_fts_query_keeps_only_words():
    """Where the CLI's former escaper and the pages' differed: nothing but words reaches FTS5."""
    for nothing in (None, "", "   ", "***", "-", "(", "+", '" "', '""'):
        assert fts_query(nothing) == "", nothing  # no search, rather than a phrase of no word
    assert fts_query("trump *") == fts_query("trump €") == '"trump"'
    assert fts_query("mur* -trump") == '"mur" "trump"'  # no prefix, no exclusion: words
    assert fts_query("NEAR(a b)") == '"NEAR a" "b"'
    assert fts_query("x:y") == '"x y"'  # no column filter
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(x)")
    conn.execute("select * from t where t match ?", [fts_query("tru\x00mp")]).fetchall()  # no unterminated string


def test_fts_marked_escapes_then_marks():
    assert fts_marked(f"<b>{MARK_OPEN}x{MARK_CLOSE}</b>") == "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"
    assert fts_marked(f"{MARK_OPEN}x") == "x"


def test_axis_ticks_and_month_labels():
    assert axis_ticks(37) == [0, 10, 20, 30, 40]
    assert axis_ticks(0) == [0, 1] and axis_ticks(3) == [0, 1, 2, 3]
    assert month_label("2020-07") == "Jul 2020" and month_label("2020") == "2020"

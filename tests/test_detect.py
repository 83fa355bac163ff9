"""An article's language: `--lang` when given, else its own `lang`, else detected (quotes.detect)."""

import json
import sqlite3

import pytest
from hypothesis import given, settings, strategies as st

from quotes.detect import PREFIX_CHARS, detect_language, with_language
from quotes.model import DEFAULT_LANGUAGE, Article

from dbfixtures import jsonl, run_cli

ENGLISH = ('"We will not give in to threats, whatever the cost," the prime minister told reporters on Monday, '
           "after a long meeting with the union leaders in London.")
FRENCH = ("« Nous ne céderons pas aux menaces, quoi qu'il en coûte », a déclaré lundi la Première ministre aux "
          "journalistes, après une longue réunion avec les syndicats à Paris.")
GERMAN = ('„Wir werden den Drohungen nicht nachgeben, koste es, was es wolle", sagte der Bundeskanzler am Montag '
          "nach einem langen Treffen mit den Gewerkschaften in Berlin.")
SPANISH = ('"No cederemos ante las amenazas, cueste lo que cueste", dijo el lunes el presidente del Gobierno tras '
           "una larga reunión con los sindicatos en Madrid.")


@pytest.mark.parametrize("text, code", [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es")])
def test_a_sentence_comes_out_in_its_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Le", "12 345 678 — 9,5 %", "\x00\x01 \ud800"])
def test_a_text_too_short_or_with_no_words_is_read_in_the_default_language(text):
    assert detect_language(text) == DEFAULT_LANGUAGE


def test_only_the_first_characters_are_read():
    assert detect_language(FRENCH + " " * PREFIX_CHARS + ENGLISH * 20) == "fr"


def test_an_article_that_gives_its_language_keeps_it():
    given_one = Article(ENGLISH, lang="fr")
    assert with_language(given_one) is given_one
    assert with_language(Article(ENGLISH)).lang == "en"


@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_language_code(text):
    assert 2 <= len(detect_language(text)) <= 3


# --- through the command line --------------------------------------------------------------------


def extracted(result) -> dict[str, set[str]]:
    """Each article's languages in `quotes extract`'s output."""
    found: dict[str, set[str]] = {}
    for quote in map(json.loads, result.stdout.splitlines()):
        found.setdefault(quote["article_id"], set()).add(quote["lang"])
    return found


@pytest.fixture
def mixed(tmp_path):
    """Three articles with no `lang` (English, French, German) and an English one that says it is French."""
    path = tmp_path / "mixed.jsonl"
    path.write_text(jsonl(
        {"id": "en", "text": ENGLISH},
        {"id": "fr", "text": FRENCH},
        {"id": "de", "text": GERMAN},
        {"id": "said-fr", "lang": "fr", "text": ENGLISH},
    ), encoding="utf-8")
    return path


def test_extract_detects_the_language_of_articles_that_do_not_give_it(mixed):
    result = run_cli("extract", mixed)
    assert extracted(result) == {"en": {"en"}, "fr": {"fr"}, "de": {"de"}, "said-fr": {"fr"}}
    assert "1 article(s) in a language with no data here (de: 1)" in result.stderr  # English has data


def test_extract_lang_overrides_both_the_detected_and_the_given_language(mixed):
    result = run_cli("extract", "--lang", "fr", mixed)
    assert extracted(result) == {"en": {"fr"}, "fr": {"fr"}, "de": {"fr"}, "said-fr": {"fr"}}
    assert "no data here" not in result.stderr


def test_a_text_file_is_detected(tmp_path):
    path = tmp_path / "london.txt"
    path.write_text(f"2024-03-12 (BBC) {ENGLISH}", encoding="utf-8")
    result = run_cli("extract", path)
    assert extracted(result) == {"london": {"en"}}
    assert "no data here" not in result.stderr


def test_ingest_stores_the_detected_language_and_finds_the_article_unchanged_again(mixed, tmp_path):
    db = tmp_path / "mixed.db"
    first = run_cli("ingest", mixed, "--db", db, "--jobs", 2)
    assert "4 articles read: 4 stored" in first.output and "(de: 1)" in first.output
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT id, lang FROM articles"))
    assert stored == {"en": "en", "fr": "fr", "de": "de", "said-fr": "fr"}
    text = tmp_path / "london.txt"  # no record hash: found unchanged by its text and fields
    text.write_text(ENGLISH, encoding="utf-8")
    run_cli("ingest", text, "--db", db)
    again = run_cli("ingest", text, "--db", db)
    assert "1 articles read: 0 stored, 1 unchanged" in again.output


def test_the_parser_workers_detect_and_send_the_language_back(tmp_path):
    from quotes.ingest import ingest_articles
    from quotes.store import open_db

    db = open_db(tmp_path / "workers.db")
    articles = [Article(text, id=code) for text, code in [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de")]]
    summary = ingest_articles(db, articles, jobs=2, chunk_size=1)  # more articles than a chunk: the pool runs
    assert dict(summary.unread) == {"de": 1}
    assert dict(db.execute("SELECT id, lang FROM articles").fetchall()) == {"en": "en", "fr": "fr", "de": "de"}

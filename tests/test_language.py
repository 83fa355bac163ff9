"""A language is a data package: checked against the schema, and enough, with no engine edit, for a new one."""

import ast
import json
import re
from pathlib import Path

import pytest

import quotes
import quotes.lang
from quotes.lang import Language, available, language, read_values
from quotes.lang.schema import KEYS, check
from quotes.identity.local import strip_title
from quotes.identity.vocabulary import vocabulary
from quotes.ui import quote_context

from dbfixtures import jsonl, run_cli

TOY_LANGUAGES = Path(__file__).parent / "languages"


@pytest.fixture
def esperanto(monkeypatch):
    """The toy language, put beside the real ones as any language package is."""
    monkeypatch.setattr(quotes.lang, "__path__", [*quotes.lang.__path__, str(TOY_LANGUAGES)])
    yield language("eo")
    language.cache_clear()  # forget it with the path it came from


@pytest.mark.parametrize("code", available())
def test_each_language_defines_every_value_of_the_schema_and_no_other(code):
    lang = language(code)
    assert {k for k in vars(lang) if k.isupper()} == set(KEYS)
    assert lang.CODE == code


def _names_bound_twice(path: Path) -> set[str]:
    """The names a module's top level binds more than once, and the keys a dictionary literal in it repeats: the
    later silently wins (a value written twice is a value lost)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound = [target.id for node in tree.body if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)]
    twice = {name for name in bound if bound.count(name) > 1}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            twice |= {k for k in keys if keys.count(k) > 1}
    return twice


@pytest.mark.parametrize("path", sorted([*Path(quotes.lang.__file__).parent.rglob("*.py"), *TOY_LANGUAGES.rglob("*.py")]),
                         ids=lambda p: "/".join(p.parts[-2:]))
def test_no_language_value_nor_schema_key_is_written_twice(path):
    assert _names_bound_twice(path) == set()


def test_a_missing_or_unknown_or_mistyped_value_is_an_error_naming_it():
    values = {k: v for k, v in vars(language("fr")).items() if k.isupper()}
    del values["ROLE_NOUNS"]
    values["ROLE_NOUN"] = {}
    values["PRONOUNS"] = ("il", "elle")
    with pytest.raises(ValueError) as error:
        check("quotes.lang.xx", values)
    message = str(error.value)
    assert "missing ROLE_NOUNS" in message and "unknown key ROLE_NOUN" in message
    assert "PRONOUNS should be a dict, not a tuple" in message


def test_every_value_an_engine_reads_is_declared_in_the_schema():
    engines = Path(quotes.__file__).parent
    read = set()
    for path in engines.rglob("*.py"):
        if "lang" in path.relative_to(engines).parts[:1]:
            continue  # the data, not an engine
        source = path.read_text(encoding="utf-8")
        read |= set(re.findall(r"\blang\.(?:sets\.)?([A-Z][A-Z_]+)\b", source))  # (`lang.sets.OF`: the same words, a set)
        read |= set(re.findall(r"\b(?:words|table)\(\"([A-Z][A-Z_]+)\"\)", source))  # identity's vocabulary
    assert read, "the engines read the language as `lang.KEY`"
    assert read <= set(KEYS), sorted(read - set(KEYS))
    assert set(KEYS) <= read, f"declared, read by no engine: {sorted(set(KEYS) - read)}"


def test_a_language_is_read_once_and_what_engines_build_from_it_is_built_once():
    french = language("fr")
    assert language("fr") is french
    calls = []

    def build(lang, n):
        calls.append((lang, n))
        return object()

    first = french.derived(build, 1)
    assert french.derived(build, 1) is first and french.derived(build, 2) is not first
    assert calls == [(french, 1), (french, 2)]


def test_the_toy_language_is_found_and_checked_like_any_other(esperanto):
    assert "eo" in available() and isinstance(esperanto, Language)
    assert read_values("quotes.lang.eo")["CODE"] == "eo"


def test_the_toy_language_runs_extract_ingest_and_list_through_data_alone(esperanto, tmp_path):
    articles = tmp_path / "eo.jsonl"
    articles.write_text(jsonl(
        {"id": "eo-1", "lang": "eo", "date": "2026-11-30", "source": "Libera Folio", "title": "Elektoj",
         "text": "«Ni venkos en la elektoj», diris Maria Lopez lundon. «Ni restos ĉi tie», aldonis ŝi."},
        {"id": "eo-2", "lang": "eo", "date": "2026-12-01", "source": "Libera Folio", "title": "Urbo",
         "text": "Maria Lopez diris: «La urbo bezonas pacon kaj laboron.» Laŭ la urbestro, «ĉio estas en ordo»."},
    ), encoding="utf-8")
    extracted = [json.loads(line) for line in run_cli("extract", articles).output.splitlines()]
    assert [(q["speaker"], q["lang"]) for q in extracted] == [
        ("Maria Lopez", "eo"), ("Maria Lopez", "eo"), ("Maria Lopez", "eo"), ("la urbestro", "eo"),
    ]
    db = tmp_path / "eo.db"
    run_cli("ingest", articles, "--db", db, "--jobs", 1)
    listed = json.loads(run_cli("list", "--speaker", "Maria Lopez", "--db", db, "--json").output)
    assert sorted(q["quote"] for q in listed) == [
        "La urbo bezonas pacon kaj laboron.", "Ni restos ĉi tie", "Ni venkos en la elektoj",
    ]


def test_the_quote_page_cuts_sentences_where_the_articles_language_does(esperanto):
    text = "Longue journée au Vatican. " * 3 + "Mgr. Rossi a dit « oui » hier. " + "Puis la foule est partie. " * 3
    at = text.index("oui")
    assert quote_context(text, at, at + 3, "fr", limit=40)["before"].startswith("Mgr. Rossi")  # an abbreviation
    assert quote_context(text, at, at + 3, "eo", limit=40)["before"].startswith("Rossi")  # a sentence's end


def test_identity_reads_an_article_with_its_own_languages_words(esperanto):
    french, toy = vocabulary(language("fr")), vocabulary(esperanto)
    assert strip_title("S-ino Maria Lopez", toy) == ("Maria Lopez", "f", True)
    assert strip_title("S-ino Maria Lopez", french) == ("S-ino Maria Lopez", None, False)
    assert strip_title("Mme Maria Lopez", french) == ("Maria Lopez", "f", True)


ENGLISH_AND_FRENCH = jsonl(
    {"id": "de-1", "lang": "de", "text": '„Wir werden diese Wahl gewinnen, was auch geschieht“, sagte Hans Schmidt am Montag.'},
    {"id": "fr-1", "text": "« Nous gagnerons cette élection », a dit Jean Dupont lundi."},
)


def test_an_article_in_a_language_with_no_data_has_its_quotations_and_no_speakers(tmp_path):
    articles = tmp_path / "mixed.jsonl"
    articles.write_text(ENGLISH_AND_FRENCH, encoding="utf-8")
    result = run_cli("extract", articles)
    extracted = {q["article_id"]: q for q in map(json.loads, result.stdout.splitlines())}
    assert (extracted["de-1"]["quote"], extracted["de-1"]["speaker"], extracted["de-1"]["lang"]) == (
        "Wir werden diese Wahl gewinnen, was auch geschieht", None, "de")
    assert extracted["fr-1"]["speaker"] == "Jean Dupont"
    assert "1 article(s) in a language with no data here (de: 1)" in result.stderr
    db = tmp_path / "mixed.db"
    ingested = run_cli("ingest", articles, "--db", db, "--jobs", 1)
    assert "2 articles read: 2 stored" in ingested.output and "(de: 1)" in ingested.output
    listed = json.loads(run_cli("list", "--speaker", "Jean Dupont", "--db", db, "--json").output)
    assert [q["quote"] for q in listed] == ["Nous gagnerons cette élection"]


def test_extract_lang_reads_every_article_as_that_language(tmp_path):
    articles = tmp_path / "mixed.jsonl"
    articles.write_text(ENGLISH_AND_FRENCH, encoding="utf-8")
    forced = [json.loads(line) for line in run_cli("extract", "--lang", "fr", articles).stdout.splitlines()]
    assert {q["lang"] for q in forced} == {"fr"}
    refused = run_cli("extract", "--lang", "xx", articles, ok=False)
    assert refused.exit_code == 2 and "no data for 'xx'" in refused.output


def test_a_new_languages_nouns_of_people_tell_a_gender_by_their_ending(esperanto):
    from quotes.gender import _text_evidence
    assert _text_evidence(esperanto, "unu instruistino") == {"noun:f"}  # -ino: a woman
    assert _text_evidence(esperanto, "unu instruisto") == {"noun:?"}  # a person, of no gender told

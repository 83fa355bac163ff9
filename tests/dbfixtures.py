"""The tests' shared data and helpers (the fixtures are in conftest.py).

Articles with hand-made quotes, for the database tests (no parser involved): the seed article with
its gold quotes, plus three short articles: Olivier Véran (accents), "un manifestant" in two articles
(a group: one speaker per article), and a later Donald Trump quote in another source. Then the small
helpers several test files use: the CLI run in-process, JSON Lines inputs, a file's digest, the
parser's quotations of a text, a Datasette client.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli
from quotes.extract import extract_quotes
from quotes.model import Article, Quote
from quotes.serve import make_datasette
from quotes.store import open_db, save_articles

FIXTURES = Path(__file__).parent / "fixtures"
SEED_TXT = FIXTURES / "belga-2018-10-caravane.txt"
SEED_TEXT = json.loads((FIXTURES / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
SEED = Article(SEED_TEXT, id="belga-2018-10-caravane", date="2018-10", source="Belga")
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample.jsonl"
WIDE = {"COLUMNS": "200"}  # rich's tables as wide as the tests read them

VERAN = Article(
    '"Nous avons entendu la colère des soignants", a déclaré jeudi le ministre de la Santé Olivier Véran. '
    'Un manifestant a lancé : "Ce n\'est pas assez". "Le compte n\'y est pas", a estimé Force ouvrière.',
    id="orangesum-veran",
    date="2020-07-02",
    source="Orange Actu",
    title="Olivier Véran : 400 millions d'euros pour les soignants",
    url="https://example.org/veran",
)

MUR = Article(
    '"Le mur sera construit", a promis Donald Trump mercredi, tandis qu\'Emmanuel Macron a jugé que '
    '"l\'Europe doit se protéger".',
    id="lesoir-2019-mur",
    date="2019-05-01",
    source="Le Soir",
    title="Trump et Macron",
)

MANIF = Article(
    '"Nous ne lâcherons rien", a assuré un manifestant devant la préfecture.',
    id="orangesum-manif",
    date="2020-01-10",
    source="Orange Actu",
    title="Manifestation devant la préfecture",
)


def quote(article: Article, words: str, kind: str, speaker: str | None, speaker_kind: str | None = "person", **fields):
    """The quote of the given words in the article, located by their first occurrence."""
    start = article.text.index(words)
    return Quote(
        article.id, words, kind, start, start + len(words), speaker=speaker, speaker_kind=speaker_kind, **fields
    )


def seed_quotes(article: Article = SEED) -> list[Quote]:
    """The gold quotes of the seed article (direct, partial and indirect)."""
    t = "le président américain"
    return [
        quote(article, "Plus de 5.000 militaires américains vont être déployés à la frontière mexicaine",
              "indirect", "Pentagone", "organisation", mention="le Pentagone", cue="annoncer"),
        quote(article, "D'ici à la fin de la semaine, nous allons déployer plus de 5.200 soldats à la frontière sud-ouest",
              "direct", "Terrence O'Shaughnessy", mention="le général Terrence O'Shaughnessy", cue="affirmer"),
        quote(article, "Nous ne permettrons pas à un large groupe d'entrer aux Etats-Unis d'une façon dangereuse et illégale",
              "direct", "Kevin McAleenan", mention="Kevin McAleenan",
              role="le patron du service des douanes et de la protection des frontières", cue="assurer"),
        quote(article, "De nombreux membres de gangs et de très mauvaises personnes se sont mélangés à la caravane",
              "direct", "Donald Trump", mention=t, cue="tweeter", aliases=[t]),
        quote(article, "S'il vous plaît, faites demi-tour", "direct", "Donald Trump", mention="il", cue="ajouter",
              aliases=[t]),
        quote(article, "invasion", "partial", "Donald Trump", mention="il", cue="dénoncer", aliases=[t]),
    ]


def corpus() -> list[tuple[Article, list[Quote]]]:
    """Four articles with their quotes."""
    return [
        (SEED, seed_quotes()),
        (VERAN, [
            quote(VERAN, "Nous avons entendu la colère des soignants", "direct", "Olivier Véran",
                  mention="le ministre de la Santé Olivier Véran", role="ministre de la Santé", cue="déclarer",
                  aliases=["le ministre de la Santé"]),
            quote(VERAN, "Ce n'est pas assez", "direct", "un manifestant", "group", mention="Un manifestant", cue=":"),
            quote(VERAN, "Le compte n'y est pas", "direct", "Force ouvrière", "organisation", cue="estimer"),
        ]),
        (MUR, [
            quote(MUR, "Le mur sera construit", "direct", "Donald Trump", mention="Donald Trump", cue="promettre"),
            quote(MUR, "l'Europe doit se protéger", "partial", "Emmanuel Macron", mention="Emmanuel Macron",
                  cue="juger"),
        ]),
        (MANIF, [
            quote(MANIF, "Nous ne lâcherons rien", "direct", "un manifestant", "group", mention="un manifestant",
                  cue="assurer"),
        ]),
    ]


def build_db(path) -> Path:
    """A database file holding corpus(); returns its path."""
    db = open_db(path)
    save_articles(db, corpus())
    db.close()
    return Path(path)


def fake_extract(article: Article) -> list[Quote]:
    """A stand-in parser: the quotes corpus() gives the article, else each "..." span, unattributed."""
    for known, quotes in corpus():
        if known.id == article.id and known.text == article.text:
            return [Quote(**q.to_dict()) for q in quotes]
    return [
        Quote(article.id, m[1], "direct", m.start(1), m.end(1))
        for m in re.finditer(r'"([^"]+)"', article.text)
    ]


def client_for(path, **options):
    """Call client(url, method="GET", **kwargs) for a response of make_datasette(path, **options)."""
    ds = make_datasette(path, **options)

    async def call(method, url, **kwargs):
        await ds.invoke_startup()
        return await ds.client.request(method, url, **kwargs)

    def request(url, method="GET", **kwargs):
        return asyncio.run(call(method, url, **kwargs))

    request.datasette = ds
    return request


def run_cli(*args, ok=True):
    """`quotes ARGS` run in this process; with ok, the run must succeed."""
    result = CliRunner().invoke(cli, [str(a) for a in args], env=WIDE)
    if ok:
        assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def jsonl(*records) -> str:
    """The records (dicts) as JSON Lines."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_articles(path: Path, *articles: Article) -> Path:
    """A JSON Lines input of the articles (id, date, source, title, text); returns its path."""
    fields = ("id", "date", "source", "title", "text")
    path.write_text(jsonl(*({f: getattr(a, f) for f in fields} for a in articles)), encoding="utf-8")
    return path


def digest(path) -> str:
    """A file's SHA-256: what tells it was not written."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def quotations(text: str, kinds=("direct", "partial")) -> list[Quote]:
    """The quotations the parser finds in a text (an article of its own), of the given kinds."""
    return [q for q in extract_quotes(Article(text=text, id="t", lang="fr")) if q.kind in kinds]


def table_rows(path) -> dict[str, list[tuple]]:
    """Every row of the database's own tables, in rowid order, ingest times left out."""
    conn = sqlite3.connect(path)
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' ORDER BY name"
        )
    ]
    found = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] not in ("ingested_at", "created_at")]
        found[table] = conn.execute(f"SELECT rowid, {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY rowid").fetchall()
    found["quotes_fts"] = conn.execute("SELECT rowid, quote, speaker FROM quotes_fts ORDER BY rowid").fetchall()
    conn.close()
    return found

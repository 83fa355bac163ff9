"""Reliability: bad input, bounded work per article, crash safety, concurrent readers, a safe publication.

- Bad input gets a clear ``file:line: message``, is skipped and counted, and the run goes on.
- Nothing is lost: an ingest killed with SIGKILL at any moment leaves a sound database, and a re-run
  ends with the same database as a one-shot ingest; readers of a database being written never see
  half an article.
- The published instance (immutable or ``--live``) refuses every write, bounds SQL time, and shows
  HTML in the data as text.
"""

from __future__ import annotations

import asyncio
import builtins
import gzip
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.utils import tilde_encode
from dbfixtures import build_db, client_for, digest, fake_extract, jsonl, quote

from quotes.cli import cli
from quotes.ingest import MAX_ARTICLE_CHARS, ingest_articles, ingest_paths, parse
from quotes.model import Article
from quotes.serve import LiveDatabase, ReadOnlyError, make_datasette, settle
from quotes.store import counts, open_db, save_articles


def ingest_cli(*args):
    """Run `quotes ingest` in this process; the result has exit_code, stdout and stderr."""
    return CliRunner().invoke(cli, ["ingest", "-j", "1", *map(str, args)])


def stored_ids(db_path) -> list[str]:
    db = open_db(db_path)
    try:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    finally:
        db.close()


# --- bad input: a clear error, and the run goes on ------------------------------------------------


def test_non_utf8_files_are_decoded_with_a_stated_fallback(tmp_path, fake_parser):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président a dit : « Nous ne céderons pas », à Orléans.".encode("latin-1"))
    cp1252 = tmp_path / "cp1252.jsonl"
    cp1252.write_bytes(
        jsonl({"id": "u", "text": "Déjà là."}).encode("utf-8")
        + jsonl({"id": "w", "text": "“Ça coûte 5 €”, dit-il. Œuvre"}).encode("cp1252")
    )
    result = ingest_cli("--db", tmp_path / "q.db", latin1, cp1252)
    assert result.exit_code == 0, result.output  # decoded, kept: a warning, not a skip
    assert f"{latin1}:1: warning: not UTF-8, decoded as Windows-1252" in result.stderr
    assert f"{cp1252}:2: warning: not UTF-8, decoded as Windows-1252" in result.stderr
    assert "3 articles read: 3 stored, 0 unchanged, 0 skipped" in result.stderr
    db = open_db(tmp_path / "q.db")
    texts = dict(db.execute("SELECT id, text FROM articles").fetchall())
    assert texts["latin1"] == "Le président a dit : « Nous ne céderons pas », à Orléans."
    assert texts["w"] == "“Ça coûte 5 €”, dit-il. Œuvre"


def test_binary_and_empty_files_are_reported_skipped_and_counted(tmp_path, fake_parser):
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl({"id": "ok", "text": '"Bonjour à tous", dit-il.'}), encoding="utf-8")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    late = tmp_path / "late.jsonl"
    late.write_bytes(jsonl({"id": "first", "text": "Premier."}).encode() + b"\x00\x01\x02\n")
    empty, blank = tmp_path / "empty.jsonl", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    blank.write_text(" \n\n\t\n", encoding="utf-8")
    result = ingest_cli("--db", tmp_path / "q.db", image, empty, good, blank, late)
    assert result.exit_code == 1
    for line in (f"{image}:1: binary file (NUL bytes)", f"{late}:2: binary file (NUL bytes)",
                 f"{empty}: empty file", f"{blank}: empty file"):
        assert line in result.stderr
    assert "2 articles read: 2 stored, 0 unchanged, 4 skipped" in result.stderr
    assert stored_ids(tmp_path / "q.db") == ["first", "ok"]


def test_bad_json_lines_are_reported_skipped_and_counted(tmp_path, fake_parser):
    lines = [
        '{"id": "ok1", "text": "\\"Bonjour\\", dit-il."}',  # 1
        '{"id": "broken", "text": "no end',  # 2
        '{"id": "notext", "title": "x"}',  # 3
        '{"id": "num", "text": 42}',  # 4
        '{"id": "list", "text": ["a", "b"]}',  # 5
        '{"id": "null", "text": null}',  # 6
        '"just a string"',  # 7
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",  # 8: deep nesting
        '{"id": "ok2", "text": "Bon aussi."}',  # 9
        '{"id": "cut", "te',  # 10: the last line, cut short, no newline
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = ingest_cli("--db", tmp_path / "q.db", path)
    assert result.exit_code == 1
    expected = {
        2: "malformed JSON", 3: 'missing "text"', 4: '"text" is not a string', 5: '"text" is not a string',
        6: '"text" is not a string', 7: "not a JSON object", 8: None, 10: "malformed JSON",
    }
    problems = [line for line in result.stderr.splitlines() if line.startswith(f"{path}:")]
    assert [int(p.split(":")[1]) for p in problems] == list(expected)
    for problem, (line, message) in zip(problems, expected.items()):
        assert problem.startswith(f"{path}:{line}: {message or ''}"), problem
    assert "2 articles read: 2 stored, 0 unchanged, 8 skipped" in result.stderr
    assert stored_ids(tmp_path / "q.db") == ["ok1", "ok2"]


def test_a_50_mb_article_is_reported_skipped_and_counted(tmp_path, fake_parser):
    huge = ("Une dépêche sans fin. " * (50_000_000 // 22 + 1))[:50_000_000]
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(jsonl({"id": "before", "text": '"Avant", dit-il.'}))
        out.write(json.dumps({"id": "huge", "text": huge}, ensure_ascii=False) + "\n")
        out.write(jsonl({"id": "after", "text": '"Après", dit-elle.'}))
    big_txt = tmp_path / "long.txt"
    big_txt.write_text("x" * (MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    del huge
    result = ingest_cli("--db", tmp_path / "q.db", path, big_txt)
    assert result.exit_code == 1
    assert f"{path}:2: article too long: 50,000,000 characters (the limit is 2,000,000), skipped" in result.stderr
    assert f"{big_txt}: article too long: 2,000,001 characters (the limit is 2,000,000), skipped" in result.stderr
    assert "2 articles read: 2 stored, 0 unchanged, 2 skipped" in result.stderr
    assert stored_ids(tmp_path / "q.db") == ["after", "before"]


def test_the_size_limit_also_guards_the_python_api(tmp_path):
    problems = []
    db = open_db(tmp_path / "q.db")
    articles = [Article("a" * 101, id="long"), Article('"Court", dit-il.', id="short")]
    summary = ingest_articles(db, articles, extract=fake_extract, on_problem=problems.append, max_chars=100)
    assert (summary.stored, summary.skipped) == (1, 1)
    assert problems == ["long: article too long: 101 characters (the limit is 100), skipped"]


def test_a_folder_of_thousands_of_files_with_unreadable_ones(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    for i in range(2000):
        folder = root / f"{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:04d}.txt").write_text(f'"Article numéro {i}", a dit le préfet.', encoding="utf-8")
    bad = root / "zz-bad"
    bad.mkdir()
    locked = [bad / "locked1.txt", bad / "locked2.jsonl"]
    for path in locked:
        path.write_text("Secret.", encoding="utf-8")
    (bad / "broken-link.txt").symlink_to(bad / "nowhere.txt")
    (bad / "loop.txt").symlink_to(bad / "loop.txt")
    os.mkfifo(bad / "pipe.jsonl")  # opening it would block the run
    (bad / "up").symlink_to(root)  # a folder loop
    (bad / "cut.jsonl.gz").write_bytes(b"not gzip at all\n")
    (bad / "binary.txt").write_bytes(b"\x00\x01")
    (bad / "notes.md").write_text("not an article", encoding="utf-8")  # unsupported ending: left alone
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # chmod does not stop root: refuse these two
        if str(file) in {str(p) for p in locked}:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    problems = []
    db = open_db(tmp_path / "q.db")
    summary = ingest_paths(db, [str(root)], extract=fake_extract, on_problem=problems.append, jobs=1)
    assert (summary.read, summary.stored) == (2000, 2000)
    expected = [
        f"{bad / 'binary.txt'}:1: binary file (NUL bytes)",
        f"{bad / 'broken-link.txt'}: file not found",
        f"{bad / 'cut.jsonl.gz'}: corrupt gzip file",
        f"{bad / 'locked1.txt'}: cannot read: Permission denied",
        f"{bad / 'locked2.jsonl'}: cannot read: Permission denied",
        f"{bad / 'loop.txt'}: cannot read: Too many levels of symbolic links",
        f"{bad / 'pipe.jsonl'}: not a regular file (FIFO, socket or device), skipped",
        f"{bad / 'up'}: warning: folder read already (a symbolic link loop, or given twice), skipped",
    ]
    assert len(problems) == len(expected)
    for problem, start in zip(sorted(problems), sorted(expected)):
        assert problem.startswith(start), (problem, start)
    assert summary.skipped == 7  # the loop is a warning: nothing was lost
    assert counts(db)["articles"] == 2000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("«" * 1_000_000, id="1MB-of-guillemets"),
        pytest.param('"a' * 500_000, id="1MB-of-quote-a"),
        pytest.param("« »" * 100_000, id="empty-pairs"),
        pytest.param("“" * 300_000 + "”" * 300_000, id="curly-floods"),
        pytest.param("Il parle d'une « crise. " + "Le préfet a pris un arrêté. " * 10_000, id="unbalanced-prose"),
        pytest.param(
            "« " + "Nous ne céderons pas, jamais. " * 10_000 + "», a dit Jean Dupont.", id="very-long-quote"
        ),
        pytest.param('"' + ' "' * 100_000 + "\n" + "»" * 50_000, id="straight-and-closers"),
    ],
)
def test_pathological_texts_are_parsed_and_stored(tmp_path, text):
    """Floods of quote marks, unbalanced marks, very long quotes: parsed (in well under a second
    each, see the README) and stored, with valid offsets."""
    problems = []
    db = open_db(tmp_path / "q.db")
    summary = ingest_articles(db, [Article(text, id="hostile")], on_problem=problems.append, jobs=1)
    assert (summary.stored, summary.skipped, problems) == (1, 0, [])
    for quote_, start, end in db.execute('SELECT quote, start, "end" FROM quotes'):
        assert 0 <= start < end <= len(text) and quote_ == text[start:end]


def hang(article):
    while True:
        pass


def hang_in_a_regex(article):
    import regex

    return regex.match(r"(a|aa)+$", "a" * 200 + "b")


def hang_under_a_broad_except(article):
    while True:
        try:
            hang(article)
        except Exception:  # noqa: BLE001 - a parser that swallows everything must still be stopped
            pass


@pytest.mark.parametrize("slow", [hang, hang_in_a_regex, hang_under_a_broad_except])
def test_parsing_is_stopped_at_the_time_limit(slow):
    before = signal.getsignal(signal.SIGALRM)
    result = parse(Article("Texte.", id="slow"), slow, time_limit=0.2)
    assert result.error == "time limit: parsing took over 0.2 s" and result.rows is None
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert parse(Article('"Bonjour", dit-il.', id="ok"), fake_extract, time_limit=0.2).error is None


@pytest.mark.parametrize("slow", [hang, hang_under_a_broad_except])
def test_parsing_outside_the_main_thread_is_stopped_at_the_time_limit(slow):
    """A Dask worker parses in a thread of its own, where no alarm signal reaches."""
    results = []
    worker = threading.Thread(target=lambda: results.append(parse(Article("Texte.", id="slow"), slow, time_limit=0.2)))
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive() and results[0].error == "time limit: parsing took over 0.2 s"
    threading.Event().wait(0.3)  # a timer that fired late would raise here, after the block
    assert parse(Article('"Bonjour", dit-il.', id="ok"), fake_extract, time_limit=0.2).error is None


def test_an_article_over_the_time_limit_is_skipped_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr("quotes.ingest.TIME_LIMIT", 0.2)

    def sometimes_hangs(article):
        if article.id == "stuck":
            hang(article)
        return fake_extract(article)

    problems = []
    db = open_db(tmp_path / "q.db")
    articles = [Article('"Un", dit-il.', id="a"), Article("Bloque.", id="stuck"), Article('"Deux", dit-il.', id="b")]
    summary = ingest_articles(db, articles, extract=sometimes_hangs, on_problem=problems.append, jobs=1)
    assert (summary.stored, summary.skipped) == (2, 1)
    assert problems == ["stuck: parser error: time limit: parsing took over 0.2 s"]


# --- nothing lost ------------------------------------------------------------------------------


def test_the_database_is_in_wal_mode(tmp_path):
    db = open_db(tmp_path / "q.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    db.close()
    assert sqlite3.connect(tmp_path / "q.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_interrupted_batch_leaves_nothing_behind(tmp_path, monkeypatch):
    """Ctrl+C (or any error) in the middle of a batch's transaction: no article of it is stored."""
    db = open_db(tmp_path / "q.db")
    ingest_articles(db, [Article('"Premier", dit-il.', id="first")], extract=fake_extract)
    before = table_rows(db)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("quotes.identity.reconcile", interrupted)  # after the rows are written
    batch = [Article(f'"Citation {i}", dit-il.', id=f"a{i}") for i in range(5)]
    with pytest.raises(KeyboardInterrupt):
        ingest_articles(db, batch, extract=fake_extract)
    assert table_rows(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def articles_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    """count short French articles: quotes of several forms and speakers; some without quotes."""
    rng = random.Random(seed)
    people = ["Emmanuel Macron", "Olivier Véran", "Anne Hidalgo", "Donald Trump", "Angela Merkel", "Jean Castex",
              "Marine Le Pen", "Bruno Le Maire", "la CGT", "Force ouvrière", "un manifestant", "le préfet"]
    verbs = ["a déclaré", "a affirmé", "a estimé", "a assuré", "a dénoncé", "a lancé"]
    says = ["Nous ne céderons pas", "La situation est grave", "Il faut agir vite", "Rien n'est décidé",
            "Nous avons entendu la colère", "Ce n'est pas assez", "Le compte n'y est pas"]
    fillers = ["Le gouvernement a présenté son plan jeudi.", "La réunion a duré trois heures.",
               "Les syndicats appellent à la grève.", "Le texte sera examiné mardi."]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            parts = []
            for _ in range(rng.randint(0, 4)):
                who, verb, say = rng.choice(people), rng.choice(verbs), rng.choice(says)
                parts.append(rng.choice([
                    f"« {say} », {verb} {who}.",
                    f'{who} {verb} : "{say} pour le dossier {i}".',
                    f"Selon {who}, il s'agit d'une « {say.lower()} ».",
                ]))
                parts.append(rng.choice(fillers))
            record = {
                "id": f"art-{i:05d}", "date": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "source": rng.choice(["Belga", "Le Soir"]), "title": f"Article {i}",
                "text": f"Dépêche {i}. " + " ".join(parts or [rng.choice(fillers)]),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def table_rows(db, skip_columns=("ingested_at",)) -> dict[str, list[tuple]]:
    """Every row of every table but the full-text indexes, sorted, without the given columns."""
    conn = db.conn if hasattr(db, "conn") else db
    tables = [
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if "_fts" not in name and not name.startswith("sqlite_")
    ]
    rows = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] not in skip_columns]
        select = ", ".join(f"[{c}]" for c in columns)
        rows[table] = sorted(conn.execute(f"SELECT {select} FROM [{table}]").fetchall(), key=repr)
    return rows


def quotes_by_article(conn) -> dict[str, list[tuple]]:
    """For each article, its quotes (id, offsets, kind, words), whatever the speakers."""
    found = {aid: [] for (aid,) in conn.execute("SELECT id FROM articles")}
    for row in conn.execute('SELECT article_id, id, start, "end", kind, quote FROM quotes ORDER BY id'):
        found[row[0]].append(tuple(row[1:]))
    return found


def check_sound(db_path) -> dict[str, list[tuple]]:
    """The database opens, passes the integrity checks and has no dangling row; its quotes by article."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("quotes_fts", "speakers_fts", "aliases_fts"):
            conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        return quotes_by_article(conn)
    finally:
        conn.close()


def start_ingest(db_path, data, *options) -> subprocess.Popen:
    """`quotes ingest` in a process of its own (and its own process group, for its workers)."""
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", "--db", str(db_path), str(data), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stored_count(db_path) -> int:
    """How many articles a reader sees now (0 while there is no database yet)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the process, if it still runs, and whatever it started (a process group of its own)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait(timeout=30)
    if proc.stderr and not proc.stderr.closed:
        proc.stderr.close()


def test_kill_at_any_moment_then_resume(tmp_path):
    """SIGKILL `quotes ingest` a few times at random moments, then let it finish: the database is
    sound after every kill, holds every article with all its quotes, and ends equal to a one-shot ingest."""
    total = 400
    data = articles_jsonl(tmp_path / "articles.jsonl", total)
    db_path = tmp_path / "killed.db"
    rng = random.Random(os.getpid())
    snapshots = []
    for attempt in range(3):
        proc = start_ingest(db_path, data, "--batch-size", "10")
        before = stored_count(db_path)
        deadline = time.monotonic() + 30
        while stored_count(db_path) <= before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # until this run has committed a batch of its own
        time.sleep(rng.uniform(0, 0.1))
        kill(proc)
        snapshots.append(check_sound(db_path))
    resumed = start_ingest(db_path, data, "--batch-size", "10")
    try:
        reference = open_db(tmp_path / "one-shot.db")  # meanwhile, the same input in one go
        ingest_paths(reference, [str(data)], batch_size=10, jobs=1)
        _, err = resumed.communicate(timeout=120)
    finally:
        kill(resumed)
    assert resumed.returncode == 0, err.decode()
    assert f"{total} articles read:" in err.decode()
    final = check_sound(db_path)
    assert len(final) == total
    assert 0 < len(snapshots[0]) < total, "the first kill should land in the middle of the run"
    for snapshot in snapshots:  # every article seen after a kill had all its quotes already
        assert {aid: final[aid] for aid in snapshot} == snapshot
    assert_same_rows(table_rows(sqlite3.connect(db_path)), table_rows(reference))


def assert_same_rows(got: dict, expected: dict) -> None:
    """Equal tables, or an error naming the tables that differ and a few of the rows."""
    assert got.keys() == expected.keys()
    differ = {
        table: (sorted(set(got[table]) - set(expected[table]), key=repr)[:3],
                sorted(set(expected[table]) - set(got[table]), key=repr)[:3])
        for table in got if got[table] != expected[table]
    }
    assert not differ, f"tables that differ (rows only here, rows only in the reference): {differ}"


# --- concurrent readers ----------------------------------------------------------------------------


class LiveServer:
    """A Datasette of make_datasette(live=True) served by uvicorn in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, db_path, **options):
        import uvicorn

        self.datasette = make_datasette(db_path, live=True, **options)
        asyncio.run(self.datasette.invoke_startup())
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(self.datasette.app(), log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.server.started
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.socket.close()

    def get(self, path, **params):
        url = self.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read()


PER_ARTICLE = """
select count(*) as articles, coalesce(group_concat(id || '=' || n, ' '), '') as counts from (
  select articles.id, (select count(*) from quotes where quotes.article_id = articles.id) as n from articles
)
"""


def test_readers_never_see_half_an_article_while_ingest_runs(tmp_path):
    total = 400
    data = articles_jsonl(tmp_path / "articles.jsonl", total, seed=11)
    db_path = tmp_path / "live.db"
    open_db(db_path).close()
    seen = []
    with LiveServer(db_path) as server:
        proc = start_ingest(db_path, data, "--batch-size", "10", "-j", "1")
        try:
            deadline = time.monotonic() + 60
            for poll in range(5000):
                status, body = server.get("/live.json", sql=PER_ARTICLE, _shape="array")
                assert status == 200
                [row] = json.loads(body)
                seen.append(dict(pair.split("=") for pair in row["counts"].split()))
                assert len(seen[-1]) == row["articles"]
                if poll % 10 == 0:  # the pages keep answering too
                    assert server.get("/live/quotes")[0] == 200
                if proc.poll() is not None or time.monotonic() > deadline:
                    break
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err.decode()
        finally:
            if proc.poll() is None:
                kill(proc)
        status, body = server.get("/live.json", sql=PER_ARTICLE, _shape="array")
        final = dict(pair.split("=") for pair in json.loads(body)[0]["counts"].split())
    assert len(final) == total
    partial = [s for s in seen if 0 < len(s) < total]
    assert partial, "no reading happened while the ingest was writing"
    for snapshot in seen:
        assert {aid: final[aid] for aid in snapshot} == snapshot


def test_live_instance_follows_commits(tmp_path):
    """A live instance sees each commit; an immutable one shows the database as it was when it started."""
    path = build_db(tmp_path / "quotes.db")
    live, frozen = client_for(path, live=True), client_for(path, live=False)
    sql = {"sql": "select count(*) as n from articles", "_shape": "array"}
    assert live("/quotes.json", params=sql).json() == [{"n": 4}]
    db = open_db(path)
    save_articles(db, [(Article('"Encore", dit-il.', id="more"), [])])
    assert live("/quotes.json", params=sql).json() == [{"n": 5}]
    assert frozen("/quotes.json", params=sql).json() == [{"n": 4}]
    db.close()


def test_immutable_publication_includes_commits_still_in_the_write_ahead_log(tmp_path):
    """An immutable reader ignores the WAL file: make_datasette folds it in first."""
    path = build_db(tmp_path / "quotes.db")
    db = open_db(path)  # left open: its commits stay in quotes.db-wal
    save_articles(db, [(Article('"Encore", dit-il.', id="more"), [])])
    assert Path(f"{path}-wal").stat().st_size > 0
    client = client_for(path, live=False)
    assert client.datasette.quotes_settled
    sql = {"sql": "select count(*) as n from articles", "_shape": "array"}
    assert client("/quotes.json", params=sql).json() == [{"n": 5}]
    db.close()


def test_settle_reports_a_database_being_written(tmp_path):
    path = build_db(tmp_path / "quotes.db")
    writer = open_db(path)
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM articles").fetchone()  # holds a snapshot: no full checkpoint
    save_articles(writer, [(Article('"Encore", dit-il.', id="more"), [])])
    assert settle(path) is False
    reader.close()
    assert settle(path) is True
    writer.close()


# --- a safe publication ------------------------------------------------------------------------


WRITE_REQUESTS = [
    ("POST", "/quotes/speaker_quotes", {"data": {"speaker": "trump"}}),
    ("POST", "/quotes/quotes", {"data": {"quote": "x"}}),
    ("POST", "/quotes/quotes/-/insert", {"json": {"row": {"id": "x", "quote": "x"}}}),
    ("POST", "/quotes/quotes/-/upsert", {"json": {"rows": [{"id": "x", "quote": "x"}]}}),
    ("POST", "/quotes/-/create", {"json": {"table": "x", "rows": [{"a": 1}]}}),
    ("POST", "/quotes/quotes/-/drop", {"json": {}}),
    ("POST", "/-/create-token", {"data": {}}),
    ("POST", "/-/messages", {"data": {"message": "x"}}),
    ("DELETE", "/quotes/quotes", {}),
    ("PUT", "/quotes/quotes", {}),
    ("PATCH", "/quotes/quotes", {}),
]

WRITE_SQL = [
    "delete from quotes",
    "update speakers set name = 'x'",
    "insert into articles (id, text, text_hash, ingested_at) values ('x', 'x', 'x', 'x')",
    "drop table quotes",
    "create table x (a)",
    "with gone as (select id from quotes) delete from quotes where id in gone",
    "attach database 'elsewhere.db' as other",
    "pragma journal_mode = delete",
    "pragma user_version = 99",
    "vacuum",
    "vacuum into 'copy.db'",
    "select 1; delete from quotes",
]


@pytest.mark.parametrize("live", [False, True], ids=["immutable", "live"])
def test_every_write_is_refused(tmp_path, live, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where an ATTACH or VACUUM INTO would create its file
    path = build_db(tmp_path / "quotes.db")
    before, rows = digest(path), table_rows(sqlite3.connect(path))
    client = client_for(path, live=live)
    for method, url, kwargs in WRITE_REQUESTS:
        response = client(url, method, **kwargs)
        assert response.status_code == 405, (method, url, response.status_code)
    for sql in WRITE_SQL:
        response = client("/quotes.json", params={"sql": sql})
        assert response.status_code >= 400 and not response.json()["ok"], sql
    database = client.datasette.get_database("quotes")
    if live:
        assert isinstance(database, LiveDatabase) and database.is_mutable
        with pytest.raises(ReadOnlyError):
            database.connect(write=True)
    else:
        assert not database.is_mutable
    for write in (database.execute_write("delete from quotes"),
                  database.execute_write_script("delete from quotes;"),
                  database.execute_write_many("delete from quotes where id = ?", [["x"]])):
        with pytest.raises((ReadOnlyError, AssertionError)):
            asyncio.run(write)
    assert digest(path) == before and table_rows(sqlite3.connect(path)) == rows
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["quotes.db"]
    ok = client("/quotes.json", params={"sql": "select count(*) as n from quotes", "_shape": "array"})
    assert ok.status_code == 200 and ok.json() == [{"n": 12}]


@pytest.mark.parametrize("live", [False, True], ids=["immutable", "live"])
def test_sql_has_a_time_limit(tmp_path, live):
    client = client_for(build_db(tmp_path / "quotes.db"), live=live, sql_time_limit_ms=50)
    assert client.datasette.setting("sql_time_limit_ms") == 50
    slow = "with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000000000) select count(*) from n"
    response = client("/quotes.json", params={"sql": slow})
    assert response.status_code == 400 and "too long" in response.json()["error"]
    assert client("/quotes.json", params={"sql": "select 1"}).status_code == 200


def test_serve_binds_localhost_unless_told_and_has_a_live_mode(tmp_path, monkeypatch):
    path = build_db(tmp_path / "quotes.db")
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
    made = []
    real = make_datasette
    monkeypatch.setattr("quotes.serve.make_datasette", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--live", "--port", "8124"])
    assert result.exit_code == 0, result.output
    assert "live, read-only at http://127.0.0.1:8124/" in result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8124
    assert isinstance(made[-1].get_database("quotes"), LiveDatabase)
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--host", "0.0.0.0", "--sql-time-limit-ms", "500"])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "0.0.0.0" and made[-1].setting("sql_time_limit_ms") == 500
    assert not made[-1].get_database("quotes").is_mutable


SCRIPT = '<script>alert("xss")</script>'
IMAGE = "<img src=x onerror=alert(1)>"
HOSTILE = Article(
    f'"{SCRIPT} et {IMAGE}", a déclaré Jean Dupont. Selon <b>la CGT</b>, c\'est une "<i>honte</i>".',
    id="hostile<script>",
    date="2021-01-01",
    source=f"Source {SCRIPT}",
    title=f"Titre {SCRIPT} {IMAGE}",
    url="javascript:alert(2)",
)


def hostile_db(path) -> Path:
    db = open_db(path)
    words = f"{SCRIPT} et {IMAGE}"
    save_articles(db, [(HOSTILE, [
        quote(HOSTILE, words, "direct", "Jean Dupont", mention="Jean Dupont", cue="déclarer", role=SCRIPT),
        quote(HOSTILE, "<i>honte</i>", "partial", f"La CGT {IMAGE}", "organisation", mention=SCRIPT, cue=IMAGE),
    ])])
    db.close()
    return Path(path)


def assert_escaped(html: str, where: str) -> None:
    assert SCRIPT not in html and "<script>alert" not in html, where
    assert IMAGE not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), where
    assert "<i>honte</i>" not in html, where


def javascript_links(html: str) -> bool:
    return 'href="javascript:' in html.lower() or "href='javascript:" in html.lower()


@pytest.mark.parametrize("live", [False, True], ids=["immutable", "live"])
def test_sql_can_neither_take_gigabytes_nor_reach_dangerous_functions(tmp_path, live):
    client = client_for(build_db(tmp_path / "quotes.db"), live=live)
    quoted = urllib.parse.quote
    response = client("/quotes?sql=" + quoted("select length(hex(randomblob(100000000)))"))
    assert response.status_code == 400 and "string or blob too big" in response.text
    response = client("/quotes?sql=" + quoted("select fts3_tokenizer('simple')"))
    assert response.status_code == 400 and "not authorized to use function: fts3_tokenizer" in response.text
    response = client("/quotes.json?sql=" + quoted("select count(*) as n, length(hex(randomblob(1000))) as b "
                                                          "from quotes") + "&_shape=array")
    assert response.status_code == 200 and response.json()[0]["b"] == 2000


def test_error_pages_keep_the_site_header_and_a_bad_sort_is_the_asker_s_error(tmp_path):
    client = client_for(build_db(tmp_path / "quotes.db"))
    for page, status in (("/no-such-page", 404), ("/quotes/quotes?_sort=text", 400),
                         ("/quotes/quotes_with_speakers?_sort_desc=nothing", 400), ("/quotes/quotes?_facet=x", 400)):
        response = client(page)
        assert response.status_code == status, page
        assert 'class="q-sitebar"' in response.text and 'href="/speakers"' in response.text, page


def test_a_thousand_random_parameters_on_every_page_give_no_server_error(tmp_path):
    path = build_db(tmp_path / "quotes.db")
    client = client_for(path)
    conn = sqlite3.connect(path)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                               "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
    columns = {t: [c for (_, c, *_) in conn.execute(f"PRAGMA table_info([{t}])")] for t in tables}
    conn.close()
    pages = [f"/quotes/{t}" for t in tables] + ["/", "/speakers", "/charts", "/search", "/quotes"]
    rng = random.Random(14)
    words = ["text", "quote", "date", "id", "speaker", "zzz", "", "-1", "9" * 30, "é'\"<", "a" * 3000]
    for _ in range(1000):
        page = rng.choice(pages)
        table = page.rsplit("/", 1)[-1]
        params = {}
        for key in rng.sample(["page", "_sort", "_sort_desc", "_facet", "q", "_search", "_size", "_next"], 2):
            value = rng.choice(words + columns.get(table, []))
            params[key] = value
        url = page + "?" + urllib.parse.urlencode(params)
        assert client(url).status_code < 500, url


def test_months_far_apart_in_a_database_written_by_hand_make_bounded_charts(tmp_path):
    path = build_db(tmp_path / "quotes.db")
    conn = sqlite3.connect(path)
    (speaker_id,) = conn.execute("SELECT speaker_id FROM speaker_months LIMIT 1").fetchone()
    for month in ("0001-01", "1000-01", "2999-12", "9999-12"):
        conn.execute("INSERT INTO quote_totals (month, source, lang, kind, speaker_kind, speaker_gender, quotes) "
                     "VALUES (?, 's', 'fr', 'direct', 'person', 'female', 1)", (month,))
        conn.execute("INSERT INTO speaker_months (speaker_id, month, quotes, articles) VALUES (?, ?, 1, 1)",
                     (speaker_id, month))
    conn.commit()
    conn.close()
    client = client_for(path)
    for page in ("/", "/charts", f"/speaker/{speaker_id}"):
        response = client(page)
        assert response.status_code == 200, page
        assert len(response.text) < 2_000_000, (page, len(response.text))  # 1,200 months at most, not 24,000


@pytest.mark.parametrize("live", [False, True], ids=["immutable", "live"])
def test_html_and_scripts_in_the_data_are_shown_as_text(tmp_path, live):
    path = hostile_db(tmp_path / "quotes.db")
    client = client_for(path, live=live)
    conn = sqlite3.connect(path)
    [(quote_id,)] = conn.execute("SELECT id FROM quotes WHERE kind = 'direct'").fetchall()
    speaker_ids = [sid for (sid,) in conn.execute("SELECT id FROM speakers")]
    conn.close()
    assert speaker_ids
    quoted = urllib.parse.quote
    pages = [
        "/", "/quotes", "/quotes/quotes", "/quotes/quotes_with_speakers", "/quotes/articles", "/quotes/speakers",
        "/quotes/speaker_stats", "/quotes/aliases", f"/quotes/quotes/{quote_id}",
        f"/quotes/articles/{tilde_encode(HOSTILE.id)}", f"/quote/{quote_id}", f"/article/{tilde_encode(HOSTILE.id)}",
        *(f"/speaker/{sid}" for sid in speaker_ids), "/speakers", "/charts",
        f"/search?q={quoted(SCRIPT)}", "/search?q=honte", "/search?q=script",
        f"/quotes/quotes?_search={quoted('script')}", f"/quotes/quotes?_search={quoted(SCRIPT)}",
        f"/quotes?sql={quoted('select quote, ' + repr(SCRIPT) + ' as x from quotes')}",
        f"/quotes/who_said?phrase={quoted(SCRIPT)}", "/quotes/who_said?phrase=script",
        "/quotes/speaker_quotes?speaker=dupont", f"/quotes/speaker_quotes?speaker={quoted(SCRIPT)}",
        f"/quotes/quotes?kind={quoted(SCRIPT)}", f"/quotes/articles?_sort={quoted(SCRIPT)}",
    ]
    shown = 0
    for page in pages:
        response = client(page)
        # 500: Datasette 0.65 answers "Cannot sort table by ..." with a 500
        assert response.status_code in (200, 400, 404, 500), (page, response.status_code)
        assert response.headers["content-type"].startswith("text/html"), page
        assert_escaped(response.text, page)
        if not page.startswith(JAVASCRIPT_URL_PAGES):
            assert not javascript_links(response.text), page
        shown += "&lt;script&gt;alert(" in response.text
    assert shown >= 10  # the text is shown, escaped, not dropped


# The reader's quote and article pages (quotes/templates, the UI's) link an article's url whatever
# its scheme: a `javascript:` url in the input becomes a script run on click. Reported to the UI.
JAVASCRIPT_URL_PAGES = ("/quote/", "/article/")


@pytest.mark.parametrize("page", ["quote", "article"])
def test_article_urls_are_linked_only_when_http(tmp_path, page):
    path = hostile_db(tmp_path / "quotes.db")
    conn = sqlite3.connect(path)
    [(quote_id,)] = conn.execute("SELECT id FROM quotes WHERE kind = 'direct'").fetchall()
    conn.close()
    url = f"/quote/{quote_id}" if page == "quote" else f"/article/{tilde_encode(HOSTILE.id)}"
    response = client_for(path)(url)
    assert response.status_code == 200
    assert not javascript_links(response.text)


def test_a_second_writer_waits_for_the_first(tmp_path):
    """Two ingests into one database take turns: a batch waits for the other's transaction, it is not lost."""
    path = tmp_path / "q.db"
    first = open_db(path)
    ready, go, done = threading.Event(), threading.Event(), []

    def second_ingest():
        db = open_db(path)
        ready.set()
        go.wait(timeout=30)
        done.append(ingest_articles(db, [Article('"Deux", dit-il.', id="two")], extract=fake_extract))
        db.close()

    thread = threading.Thread(target=second_ingest)
    thread.start()
    assert ready.wait(timeout=30)
    first.conn.execute("BEGIN IMMEDIATE")  # the first writer is in the middle of a batch
    save_articles(first, [(Article('"Un", dit-il.', id="one"), [])])
    go.set()
    time.sleep(0.3)  # meanwhile the second one reads, then waits for the write lock
    first.conn.execute("COMMIT")
    thread.join(timeout=60)
    [summary] = done
    assert (summary.stored, summary.skipped) == (1, 0)
    assert stored_ids(path) == ["one", "two"]


def test_a_nul_byte_in_one_json_line_loses_that_line_only(tmp_path, fake_parser):
    records = [jsonl({"id": f"a{i:04d}", "text": f'"Bonjour {i}", dit-il.'}).encode() for i in range(1901)]
    records[7] = b'{"id": "nul", "text": "Un \x00 octet nul."}\n'
    plain, packed = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_bytes(b"".join(records))
    packed.write_bytes(gzip.compress(b"".join(records).replace(b'"a', b'"b')))
    result = ingest_cli("--db", tmp_path / "q.db", plain, packed)
    assert result.exit_code == 1, result.output
    assert f"{plain}:8: NUL byte in the line, skipped" in result.stderr
    assert f"{packed}:8: NUL byte in the line, skipped" in result.stderr
    assert "3800 articles read: 3800 stored, 0 unchanged, 2 skipped" in result.stderr
    assert len(stored_ids(tmp_path / "q.db")) == 3800


def test_a_lone_surrogate_escape_costs_its_record_at_most(tmp_path, fake_parser):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "\\"Bonjour\\", dit-il."}\n'
        '{"id": "a\\ud800", "text": "Texte."}\n'
        '{"text": "abc \\ud800 def"}\n'
        '{"id": "ok2", "text": "Bon \\udfff aussi.", "title": "\\ud83d"}\n',
        encoding="utf-8",
    )
    for run in range(2):  # a rerun goes through too
        result = ingest_cli("--db", tmp_path / "q.db", path)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert f'{path}:2: "id" holds a lone surrogate escape (\\ud800 to \\udfff), skipped' in result.stderr
        assert (f"{path}:3: warning: lone surrogate escape" in result.stderr) == (run == 0)  # then undecoded
        assert f"3 articles read: {3 - 3 * run} stored, {3 * run} unchanged, 1 skipped" in result.stderr
    db = open_db(tmp_path / "q.db")
    texts = dict(db.execute("SELECT id, text FROM articles").fetchall())
    assert sorted(texts.values()) == ['"Bonjour", dit-il.', "Bon \ufffd aussi.", "abc \ufffd def"]
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "1 input record(s) skipped" in result.stderr


def _french_articles(prefix: str, count: int) -> list[dict]:
    """Articles of varied French words (300 of them: 480 KB, 86 KB gzipped, so read in two pieces)."""
    words = (
        "le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs "
        "nous ne lâcherons rien déclaré ministre devant députés selon la préfecture plus personnes ont "
        "manifesté à Lyon samedi président République réforme des retraites syndicats grève nationale "
        "Assemblée vote projet loi budget hôpital enseignants élèves rentrée scolaire économie "
        "croissance chômage entreprises emplois région Bretagne Marseille Paris conseil municipal maire "
        "opposition"
    ).split()
    rng = random.Random(prefix)
    texts = (" ".join(rng.choice(words) for _ in range(rng.randint(150, 250))) + "." for _ in range(count))
    return [{"id": f"{prefix}{i:04d}", "text": text} for i, text in enumerate(texts)]


def _flipped_member(data: bytes, crc_only: bool) -> bytes:
    """The gzip member with one bit of its compressed data flipped, so that it inflates to some altered
    but well-formed JSON lines and fails its CRC check at the end (crc_only), or else stops on invalid
    data midway (such flips came only where a block starts, before any altered line)."""
    original = zlib.decompress(data, 31)
    # Past the header, before the trailer; an invalid-data flip after the first 64 KB read, so that
    # lines come before it.
    for position in range(1000 if crc_only else 66_000, len(data) - 8, 7):
        flipped = bytearray(data)
        flipped[position] ^= 0x10
        inflate, out = zlib.decompressobj(31), b""
        try:
            for i in range(0, len(flipped), 4096):  # piece by piece: what came out before an error is kept
                out += inflate.decompress(bytes(flipped[i : i + 4096]))
            continue
        except zlib.error as err:
            fails_crc = "incorrect data check" in str(err)
        lines = zip(out.splitlines()[:-1], original.splitlines())
        if fails_crc == crc_only and (not crc_only or any(_altered_json(*pair) for pair in lines)):
            return bytes(flipped)
    raise AssertionError("no such flip")


def _altered_json(line: bytes, original: bytes) -> bool:
    try:
        return json.loads(line) != json.loads(original)
    except ValueError:
        return False


@pytest.mark.parametrize("crc_only", [True, False], ids=["crc-fails-at-the-end", "invalid-data-midway"])
def test_nothing_from_a_gzip_member_that_fails_its_check_is_stored(tmp_path, fake_parser, crc_only):
    good, first, second, after = (
        _french_articles(prefix, n) for prefix, n in (("g", 40), ("a", 200), ("b", 300), ("z", 10))
    )
    texts = {r["id"]: r["text"] for r in good + first + second + after}
    (tmp_path / "1-good.jsonl.gz").write_bytes(gzip.compress(jsonl(*good).encode()))
    bad = tmp_path / "2-bad.jsonl.gz"
    member = _flipped_member(gzip.compress(jsonl(*second).encode(), mtime=0), crc_only)
    bad.write_bytes(gzip.compress(jsonl(*first).encode()) + member)  # a sound member, then the bad one
    (tmp_path / "3-after.jsonl").write_text(jsonl(*after), encoding="utf-8")
    result = ingest_cli("--db", tmp_path / "q.db", "--batch-size", 50, tmp_path)
    assert result.exit_code == 1, result.output
    assert f"{bad}:201: corrupt gzip file" in result.stderr
    db = open_db(tmp_path / "q.db")
    stored = dict(db.execute("SELECT id, text FROM articles").fetchall())
    altered_texts = {i: t for i, t in stored.items() if texts.get(i) != t}
    assert altered_texts == {}
    # nothing of the bad member, all of the sound one before it and of the other files
    assert sorted(stored) == sorted(r["id"] for r in good + first + after)

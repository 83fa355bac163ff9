"""The database commands: ingest, list, speakers, search, serve, demo."""

import asyncio
import csv
import hashlib
import io
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from dbfixtures import MUR, SEED, SEED_TXT, VERAN, build_db, run_cli, write_articles

from quotes.cli import cli
from quotes.ingest import sample_path
from quotes.serve import make_datasette
from quotes.store import counts, open_db

@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("cli") / "quotes.db")


# --- list -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Donald Trump", "donald trump", "DONALD TRÜMP", "trump", "Le Président Américain"])
def test_list_speaker_case_accent_alias_insensitive(db, name):
    rows = json.loads(run_cli("list", "--speaker", name, "--db", db, "--json").stdout)
    assert len(rows) == 4
    assert {r["speaker"] for r in rows} == {"Donald Trump"}
    assert [r["date"] for r in rows] == ["2019-05-01", "2018-10", "2018-10", "2018-10"]
    assert rows[0]["quote"] == "Le mur sera construit"
    assert Counter(r["kind"] for r in rows) == {"direct": 3, "partial": 1}


def test_list_accents(db):
    rows = json.loads(run_cli("list", "--speaker", "olivier veran", "--db", db, "--json").stdout)
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Olivier Véran", "Nous avons entendu la colère des soignants")]
    assert rows[0]["title"] == VERAN.title and rows[0]["url"] == VERAN.url


def test_list_filters(db):
    def quotes(*options):
        return json.loads(run_cli("list", "--speaker", "Donald Trump", "--db", db, "--json", *options).stdout)

    assert len(quotes("--limit", "2")) == 2
    assert [r["date"] for r in quotes("--since", "2019")] == ["2019-05-01"]
    assert {r["source"] for r in quotes("--source", "belga")} == {"Belga"} and len(quotes("--source", "belga")) == 3


def test_list_output_formats(db):
    lines = run_cli("list", "--speaker", "trump", "--db", db, "--nl").stdout.splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["speaker"] == "Donald Trump"
    json_lines = run_cli("list", "--speaker", "trump", "--db", db, "--json").stdout.splitlines()
    assert json_lines[0].startswith('[{"id": ') and json_lines[-1].endswith("}]") and len(json_lines) == 4
    rows = list(csv.DictReader(io.StringIO(run_cli("list", "--speaker", "trump", "--db", db, "--csv").stdout)))
    assert len(rows) == 4 and rows[0]["speaker"] == "Donald Trump" and rows[0]["date"] == "2019-05-01"
    table = run_cli("list", "--speaker", "trump", "--db", db).stdout
    assert "Quotes of trump" in table and "Donald Trump" in table and "Le mur sera construit" in table


def test_list_unknown_speaker_exits_1_and_suggests_close_names(db):
    result = run_cli("list", "--speaker", "Personne", "--db", db, ok=False)
    assert result.exit_code == 1 and "no speaker is called 'Personne'" in result.output
    result = run_cli("list", "--speaker", "Donald Trunp", "--db", db, "--json", ok=False)
    assert result.exit_code == 1 and result.stdout == ""
    assert "did you mean 'Donald Trump'?" in result.output
    result = run_cli("speakers", "show", "Donald Trunp", "--db", db, ok=False)
    assert result.exit_code == 1 and "did you mean 'Donald Trump'?" in result.output


def test_list_with_filters_that_leave_nothing_says_so(db):
    result = run_cli("list", "--speaker", "trump", "--since", "2100", "--db", db)
    assert "No quotes of 'trump'" in result.output


@pytest.mark.parametrize("since", ["sept 2020", "2020-02-30", "20-09", "2020/09"])
def test_since_must_be_a_date(db, since):
    for command in (["list", "--speaker", "trump"], ["speakers"], ["search", "mur"]):
        result = run_cli(*command, "--since", since, "--db", db, ok=False)
        assert result.exit_code == 2 and "is not a date: give YYYY, YYYY-MM or YYYY-MM-DD" in result.output


def test_a_full_disk_stops_the_ingest_with_one_message_and_keeps_what_was_stored(tmp_path, monkeypatch, fake_parser):
    import quotes.store

    text = "« Nous tiendrons bon », a dit Paul Martin. " * 30
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": f"{n} {text}"}) + "\n" for n in range(3000)),
                    encoding="utf-8")
    db = tmp_path / "q.db"
    first = tmp_path / "first.jsonl"
    first.write_text("".join(feed.read_text(encoding="utf-8").splitlines(keepends=True)[:50]), encoding="utf-8")
    run_cli("ingest", first, "--db", db, "--jobs", "1")
    real_open_db = quotes.store.open_db

    def nearly_full(path):  # the database may grow by 30 pages, then SQLite reports the disk full
        opened = real_open_db(path)
        opened.execute(f"PRAGMA max_page_count = {opened.execute('PRAGMA page_count').fetchone()[0] + 30}")
        return opened

    monkeypatch.setattr(quotes.store, "open_db", nearly_full)
    result = run_cli("ingest", feed, "--db", db, "--jobs", "1", ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "cannot write any more (database or disk is full)" in result.output
    assert "cannot store" not in result.output  # one message, not one an article
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 50


@contextmanager
def read_only_folder(folder: Path):
    """The folder made unwritable for this process: by its mode, or, for root, by the immutable attribute."""
    folder.chmod(0o555)
    locked = False
    try:
        if os.access(folder, os.W_OK):  # root ignores the mode
            locked = shutil.which("chattr") is not None and subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            if not locked:
                pytest.skip("cannot make a folder read-only here")
        yield folder
    finally:
        if locked:
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)


def test_reading_commands_and_the_site_work_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    db = build_db(folder / "quotes.db")
    with read_only_folder(folder):
        assert "Donald Trump" in run_cli("list", "--speaker", "trump", "--db", db).output
        assert "Donald Trump" in run_cli("speakers", "--db", db).output
        assert "Donald Trump" in run_cli("search", "mur", "--db", db).output
        assert asyncio.run(make_datasette(db).client.get("/quotes/quotes.json")).status_code == 200


def test_curating_a_database_that_is_not_there_creates_none(tmp_path):
    for command in (["speakers", "rename", "Donald Trump", "D. Trump"], ["speakers", "rebuild"]):
        result = run_cli(*command, "--db", tmp_path / "typo.db", ok=False)
        assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "typo.db").exists()


def test_a_split_naming_an_article_or_name_the_speaker_never_had_is_refused(db):
    result = run_cli("speakers", "split", "Donald Trump", "--article", "no-such-article", "--db", db, ok=False)
    assert result.exit_code == 1 and "has no quotes under the article 'no-such-article'" in result.output
    result = run_cli("speakers", "split", "Donald Trump", "--name", "Mickey", "--db", db, ok=False)
    assert result.exit_code == 1 and "has no quotes under the name 'mickey'" in result.output
    assert "No curations." in run_cli("speakers", "curations", "--db", db).output


def test_list_requires_a_database(tmp_path):
    result = run_cli("list", "--speaker", "trump", "--db", tmp_path / "none.db", ok=False)
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


# --- speakers and search --------------------------------------------------------------------


def test_speakers(db):
    rows = json.loads(run_cli("speakers", "--db", db, "--json").stdout)
    top = rows[0]
    assert (top["speaker"], top["kind"], top["quotes"], top["direct"], top["partial"]) == ("Donald Trump", "person", 4, 3, 1)
    assert (top["articles"], top["first_date"], top["last_date"]) == (2, "2018-10", "2019-05-01")
    assert len(rows) == 9
    assert len(json.loads(run_cli("speakers", "--db", db, "--json", "--limit", "2").stdout)) == 2
    groups = json.loads(run_cli("speakers", "--db", db, "--json", "--kind", "group").stdout)
    assert [g["speaker"] for g in groups] == ["un manifestant", "un manifestant"]
    since = json.loads(run_cli("speakers", "--db", db, "--json", "--since", "2020").stdout)
    assert "Donald Trump" not in {r["speaker"] for r in since}
    table = run_cli("speakers", "--db", db).stdout
    assert "Most-quoted speakers" in table and "Donald Trump" in table and "Olivier Véran" in table


def test_speakers_from_stored_counts_equal_the_grouped_quotes(db):
    """Without --since or --source the stored counts answer; a filter that keeps every quote groups them."""
    stored = json.loads(run_cli("speakers", "--db", db, "--json").stdout)
    grouped = json.loads(run_cli("speakers", "--db", db, "--json", "--since", "0000").stdout)
    assert sorted(stored, key=lambda r: r["speaker_id"]) == sorted(grouped, key=lambda r: r["speaker_id"])
    assert [r["quotes"] for r in stored] == [r["quotes"] for r in grouped]  # ties may come in another order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("colere", ["Nous avons entendu la colère des soignants"]),
        ("Proteger L'EUROPE", ["l'Europe doit se protéger"]),
        ('"ne lacherons"', ["Nous ne lâcherons rien"]),
        ("veran", ["Nous avons entendu la colère des soignants"]),
        ("mur trump", ["Le mur sera construit"]),
    ],
)
def test_search(db, text, expected):
    rows = json.loads(run_cli("search", text, "--db", db, "--json").stdout)
    assert [r["quote"] for r in rows] == expected


def test_search_ranks_and_limits(db):
    rows = json.loads(run_cli("search", "nous", "--db", db, "--json").stdout)
    assert len(rows) == 4
    assert len(json.loads(run_cli("search", "nous", "--db", db, "--json", "--limit", "1").stdout)) == 1
    assert "No quotes match" in run_cli("search", "introuvable", "--db", db).output
    assert "Quotes matching colere" in run_cli("search", "colere", "--db", db).stdout


# --- ingest ---------------------------------------------------------------------------------


def test_ingest_seed_article_through_the_parser(tmp_path):
    """End to end, with the real parser: the seed's Donald Trump has two direct quotes and a partial one."""
    path = tmp_path / "q.db"
    result = run_cli("ingest", "--db", path, SEED_TXT)
    assert "1 articles read: 1 stored" in result.output
    db = open_db(path)
    assert [r[0] for r in db.execute("SELECT id FROM articles")] == [SEED.id]
    rows = json.loads(run_cli("list", "--speaker", "Donald Trump", "--db", path, "--json").stdout)
    assert {r["speaker"] for r in rows} == {"Donald Trump"}
    kinds = Counter(r["kind"] for r in rows if r["kind"] != "indirect")
    assert kinds == {"direct": 2, "partial": 1}
    before = counts(db)
    again = run_cli("ingest", "--db", path, SEED_TXT)
    assert "1 unchanged" in again.output and counts(db) == before


def test_reingest_leaves_counts_unchanged(tmp_path, fake_parser):
    data = write_articles(tmp_path / "articles.jsonl", SEED, VERAN, MUR)
    path = tmp_path / "q.db"
    first = run_cli("ingest", "--db", path, data)
    assert "3 articles read: 3 stored, 0 unchanged, 0 skipped; 11 quotes" in first.output
    before, digest = counts(open_db(path)), hashlib.sha256(path.read_bytes()).hexdigest()
    second = run_cli("ingest", "--db", path, data)
    assert "3 articles read: 0 stored, 3 unchanged, 0 skipped; 0 quotes" in second.output
    assert counts(open_db(path)) == before == {"articles": 3, "quotes": 11, "speakers": 8}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_reingest_skips_stored_json_lines_without_decoding_them(tmp_path, fake_parser, monkeypatch):
    data = write_articles(tmp_path / "articles.jsonl", SEED, VERAN, MUR)
    path = tmp_path / "q.db"
    run_cli("ingest", "--db", path, data)
    decoded, decode = [], json.loads
    monkeypatch.setattr("quotes.reader.json.loads", lambda line: decoded.append(line) or decode(line))
    again = run_cli("ingest", "--db", path, data)
    assert "3 articles read: 0 stored, 3 unchanged, 0 skipped" in again.output
    assert decoded == []
    data.write_text(data.read_text(encoding="utf-8").replace("Belga", "AFP", 1), encoding="utf-8")
    changed = run_cli("ingest", "--db", path, data)
    assert "3 articles read: 1 stored, 2 unchanged, 0 skipped" in changed.output
    assert len(decoded) == 1 and '"AFP"' in decoded[0]


@pytest.mark.parametrize("batch_size", [1, 10])
def test_reingest_keeps_the_last_copy_of_an_article_given_twice(tmp_path, fake_parser, batch_size):
    later = VERAN.__class__(**{**VERAN.__dict__, "text": '"Tout va bien", a dit le ministre.'})
    data = write_articles(tmp_path / "articles.jsonl", VERAN, SEED, later)
    path = tmp_path / "q.db"
    for _ in range(2):
        run_cli("ingest", "--db", path, "--batch-size", batch_size, "--jobs", 1, data)
        texts = open_db(path).execute("SELECT text FROM articles WHERE id = ?", [VERAN.id]).fetchall()
        assert texts == [(later.text,)]


def test_reingest_notes_the_lines_of_articles_stored_without_them(tmp_path, fake_parser, monkeypatch):
    """A database made before lines were hashed: its unchanged articles get their lines' hashes once."""
    data = write_articles(tmp_path / "articles.jsonl", SEED, VERAN)
    path = tmp_path / "q.db"
    run_cli("ingest", "--db", path, data)
    open_db(path).execute("UPDATE articles SET record_hash = NULL")
    assert "2 unchanged" in run_cli("ingest", "--db", path, data).output
    assert open_db(path).execute("SELECT count(*) FROM articles WHERE record_hash IS NULL").fetchone() == (0,)
    monkeypatch.setattr("quotes.reader.json.loads", lambda line: pytest.fail("a stored line was decoded"))
    assert "2 unchanged" in run_cli("ingest", "--db", path, data).output


def test_ingest_changed_article_replaces_its_quotes(tmp_path, fake_parser):
    path = tmp_path / "q.db"
    run_cli("ingest", "--db", path, write_articles(tmp_path / "a.jsonl", VERAN))
    changed = VERAN.__class__(**{**VERAN.__dict__, "text": '"Tout va bien", a dit le ministre.'})
    result = run_cli("ingest", "--db", path, write_articles(tmp_path / "b.jsonl", changed))
    assert "1 stored" in result.output
    rows = open_db(path).execute("SELECT quote, speaker_id FROM quotes").fetchall()
    assert rows == [("Tout va bien", None)]
    assert counts(open_db(path)) == {"articles": 1, "quotes": 1, "speakers": 0}


def test_ingest_reports_bad_input_and_exits_1(tmp_path, fake_parser):
    data = tmp_path / "mixed.jsonl"
    data.write_text(
        json.dumps({"id": "ok", "text": '"Bonjour", dit-il.'}) + "\n{broken\n" + json.dumps({"id": "x"}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "q.db"), str(data), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert f"{data}:2: malformed JSON" in result.stderr
    assert f'{data}:3: missing "text"' in result.stderr
    assert f"{tmp_path / 'nope.txt'}: file not found" in result.stderr
    assert "1 articles read: 1 stored, 0 unchanged, 3 skipped" in result.stderr
    assert counts(open_db(tmp_path / "q.db"))["articles"] == 1


def test_ingest_interrupted_keeps_the_stored_batches_and_carries_on(tmp_path, fake_parser, monkeypatch):
    """Ctrl-C after the first batch: it stays stored, the command says so, and running it again finishes."""

    @contextmanager
    def interrupted_after_one_batch():
        def advance(articles):
            raise KeyboardInterrupt

        yield advance

    data = write_articles(tmp_path / "articles.jsonl", SEED, VERAN, MUR)
    path = tmp_path / "q.db"
    with monkeypatch.context() as patch:
        patch.setattr("quotes.ingest.progress_bar", interrupted_after_one_batch)
        stopped = run_cli("ingest", "--db", path, "--batch-size", 1, "--jobs", 1, data, ok=False)
    assert stopped.exit_code == 130
    assert f"Interrupted: {path} holds 1 articles" in stopped.stderr
    assert counts(open_db(path))["articles"] == 1
    again = run_cli("ingest", "--db", path, "--batch-size", 1, "--jobs", 1, data)
    assert "3 articles read: 2 stored, 1 unchanged, 0 skipped" in again.output
    assert counts(open_db(path)) == {"articles": 3, "quotes": 11, "speakers": 8}


def test_ingest_reads_stdin(tmp_path, fake_parser):
    text = json.dumps({"id": "stdin-1", "text": '"Bonjour", dit-il.'}) + "\n"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "q.db")], input=text)
    assert result.exit_code == 0, result.output
    assert counts(open_db(tmp_path / "q.db")) == {"articles": 1, "quotes": 1, "speakers": 0}


# --- serve and demo -------------------------------------------------------------------------


def test_serve_binds_localhost_read_only(db, monkeypatch):
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append((app, kwargs)))
    result = run_cli("serve", "--db", db, "--port", "8123")
    assert "http://127.0.0.1:8123/quotes" in result.output and "read-only" in result.output
    assert "read-only at http://127.0.0.1:8123/  " in result.output.splitlines()[0]  # the home page first
    [(app, kwargs)] = calls
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8123


def test_serve_and_demo_on_a_busy_port_say_so_and_suggest_another(db, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--db", db, "--port", port, ok=False)
        assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
        assert f"--port {port + 1}" in result.output and "Serving" not in result.output
        result = run_cli("demo", "--db", tmp_path / "demo.db", "--port", port, ok=False)
        assert result.exit_code == 1 and "cannot listen" in result.output
    assert not (tmp_path / "demo.db").exists()  # checked before the ingest, not after it


def test_serving_a_database_an_ingest_is_writing_serves_it_live_and_says_so(db, monkeypatch, fake_parser):
    calls, marks = [], []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
    Path(f"{db}.writing").write_text(str(os.getpid()), encoding="ascii")  # this process: a running writer
    result = run_cli("serve", "--db", db, "--port", "8126")
    assert f"an ingest (process {os.getpid()}) is writing to {db}: serving it live" in result.output
    assert "live, read-only at" in result.output and calls
    Path(f"{db}.writing").write_text("999999999", encoding="ascii")  # a killed ingest's mark: no such process
    assert "serving it live" not in run_cli("serve", "--db", db, "--port", "8126").output
    import quotes.ingest

    real = quotes.ingest.ingest_paths
    monkeypatch.setattr(quotes.ingest, "ingest_paths",
                        lambda *a, **k: marks.append(Path(f"{db}.writing").read_text()) or real(*a, **k))
    run_cli("ingest", SEED_TXT, "--db", db)
    assert marks == [str(os.getpid())] and not Path(f"{db}.writing").exists()  # marked while it ran, not after


def test_serve_without_database(tmp_path):
    result = run_cli("serve", "--db", tmp_path / "none.db", ok=False)
    assert result.exit_code == 1 and "no such database" in result.output


def test_demo_builds_the_sample_and_serves_it(tmp_path, monkeypatch, fake_parser):
    served = []
    monkeypatch.setattr("quotes.serve.serve", lambda path, **kwargs: served.append((path, kwargs)))
    path = tmp_path / "db" / "quotes.db"
    result = run_cli("demo", "--db", path, "--port", "8765")
    assert "301 articles read: 301 stored" in result.output
    assert served == [(str(path), {"host": "127.0.0.1", "port": 8765, "echo": served[0][1]["echo"]})]
    db = open_db(path)
    assert counts(db)["articles"] == 301
    assert db.execute("SELECT source, date FROM articles WHERE id = ?", [SEED.id]).fetchone() == ("Belga", "2018-10")
    again = run_cli("demo", "--db", path)
    assert "301 unchanged" in again.output


def test_sample_is_bundled_small_and_licensed():
    sample = sample_path()
    assert sample is not None and sample.stat().st_size < 1_500_000
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    assert records[0]["id"] == SEED.id and records[0]["text"] == SEED.text
    assert len(records) == 301 and len({r["id"] for r in records}) == 301
    readme = (sample.parent / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "BARThez" in readme


def test_the_readme_command_line_examples_behave_as_shown(tmp_path):
    import shlex

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"\n    \$ (quotes [^\n]+)\n((?:    [^$\n][^\n]*\n)+)", readme)
    assert examples, "the README shows no `$ quotes …` example"
    db = tmp_path / "quotes.db"
    run_cli("ingest", sample_path(), "--db", db, "--jobs", "1")  # the sample `quotes demo` loads, the real parser
    for command, shown in examples:
        args = shlex.split(command)[1:]
        result = run_cli(*args, "--db", db)
        title = shown.splitlines()[0].strip()
        assert title in result.output, (command, title)
        speakers = set(re.findall(r"│ [0-9-]+ │ ([^│]+?) +│", shown))
        assert speakers and all(s in result.output for s in speakers), (command, speakers)

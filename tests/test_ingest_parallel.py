"""Parallel ingest (--jobs N) stores exactly what a one-process ingest stores."""

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import rich.console
from click.testing import CliRunner
from dbfixtures import SAMPLE, table_rows as rows, write_articles

from quotes.cli import cli
from quotes.ingest import _Parsers, ingest_articles, parse, progress_bar
from quotes.reader import read_articles
from quotes.store import open_db

@pytest.fixture(scope="module")
def articles():
    """Real articles from the bundled sample (OrangeSum and Belga), enough for several chunks."""
    return list(read_articles([str(SAMPLE)]))[:60]


def test_cli_jobs_2_stores_the_same_rows_as_jobs_1(tmp_path, articles):
    data = write_articles(tmp_path / "in.jsonl", *articles)
    dbs = {}
    for jobs in (1, 2):
        dbs[jobs] = tmp_path / f"j{jobs}.db"
        result = CliRunner().invoke(cli, ["ingest", "--db", str(dbs[jobs]), "--jobs", str(jobs), str(data)])
        assert result.exit_code == 0, result.output
        assert f"{len(articles)} articles read: {len(articles)} stored" in result.output
    one, two = rows(dbs[1]), rows(dbs[2])
    assert len(one["articles"]) == len(articles) and len(one["quotes"]) > 100
    assert two == one


def failing_extract(article):
    """A parser that fails on some articles (module level, so that worker processes can run it)."""
    from quotes.extract import extract_quotes

    if article.id.endswith("7"):
        raise RuntimeError("boom")
    return extract_quotes(article)


def test_pool_keeps_order_duplicates_changes_and_errors(tmp_path, articles):
    # small batches and chunks, so that several batches are in the workers at once; an article comes
    # again unchanged (unchanged once the first copy is stored) and changed (stored over it)
    changed = replace(articles[3], text=articles[3].text + " Fin.")
    stream = articles[:30] + [articles[2], changed] + articles[30:]
    summaries, dbs = {}, {}
    for jobs in (1, 2):
        dbs[jobs] = tmp_path / f"j{jobs}.db"
        db = open_db(dbs[jobs])
        problems = []
        summaries[jobs] = ingest_articles(
            db, stream, jobs=jobs, batch_size=8, chunk_size=3, extract=failing_extract, on_problem=problems.append
        )
        summaries[jobs].seconds = 0
        summaries[jobs].problems = problems
        db.close()
    assert summaries[2] == summaries[1] and summaries[2].problems == summaries[1].problems
    assert summaries[1].skipped == sum(a.id.endswith("7") for a in articles) > 0 and summaries[1].unchanged == 1
    assert rows(dbs[2]) == rows(dbs[1])


def test_reingest_with_jobs_parses_nothing(tmp_path, articles):
    db = open_db(tmp_path / "q.db")
    ingest_articles(db, articles[:12], jobs=2, chunk_size=2)
    again = ingest_articles(db, articles[:12], jobs=2, chunk_size=2, extract=lambda a: 1 / 0)
    assert (again.read, again.unchanged, again.stored, again.skipped) == (12, 12, 0, 0)


def test_unpicklable_parser_runs_in_process(articles):
    calls = []

    def local_extract(article):  # a closure: cannot go to a worker process
        calls.append(article.id)
        return []

    with _Parsers(2, 1, local_extract) as parsers:
        parsed = parsers.submit(articles[:3]).get()
        assert parsers.pool is None
    assert calls == [a.id for a in articles[:3]]
    assert [(p.article.id, p.article.lang) for p in parsed] == [(a.id, "fr") for a in articles[:3]]  # detected


def test_pool_results_match_parse(articles):
    with _Parsers(2, 4, None) as parsers:
        pooled = parsers.submit(articles[:10]).get()
        assert parsers.pool is not None
    assert [(p.article.id, p.rows, p.error) for p in pooled] == [
        (a.id, parse(a).rows, None) for a in articles[:10]
    ]


def test_a_worker_loads_neither_the_store_nor_the_identity_writer():
    """What a parser worker runs (parse an article, make its rows) imports no database module: neither
    sqlite-utils nor the store, nor the writer's side of quotes.identity (see benchmarks/README.md)."""
    worker = (
        "import sys\n"
        "from quotes.ingest import default_extract, parse\n"
        "from quotes.model import Article\n"
        "parsed = parse(Article('« Nous ferons appel », a déclaré M. Macron.', id='a'), default_extract())\n"
        "assert parsed.rows.locals, parsed\n"
        "print(*sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", worker], cwd=Path(__file__).parents[1], capture_output=True,
                          text=True, check=True)
    loaded = done.stdout.split()
    assert "quotes.rows" in loaded
    database_side = {m for m in loaded if m.startswith(("sqlite_utils", "quotes.store", "quotes.identity."))}
    assert database_side == {"quotes.identity.names", "quotes.identity.vocabulary", "quotes.identity.local"}


def dying_extract(article):
    """A parser whose process dies on one article, as if it were killed."""
    import os

    if article.id.endswith("5"):
        os._exit(3)
    return []


def test_a_dead_worker_stops_the_ingest_with_a_clear_error(tmp_path, articles):
    from quotes.ingest import WorkerDied

    db = open_db(tmp_path / "q.db")
    with pytest.raises(WorkerDied, match="parser process died"):
        ingest_articles(db, articles[:20], jobs=2, batch_size=10, chunk_size=2, extract=dying_extract)


def test_no_progress_bar_without_a_terminal(monkeypatch):
    def console(*args, **kwargs):
        raise AssertionError("rich was asked")

    monkeypatch.setattr(rich.console, "Console", console)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    with progress_bar() as advance:  # not a terminal: no bar, and rich is not even imported for it
        advance(5)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich's own override: rich decides
    with pytest.raises(AssertionError, match="rich was asked"), progress_bar():
        pass


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running_python(pid: int) -> bool:
    try:  # a zombie has an empty command line: it is no longer running
        return "python" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="ignore")
    except OSError:
        return False


def _wait(condition, seconds: float) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_the_workers_die_with_a_killed_ingest(tmp_path):
    import os
    import signal
    import subprocess

    text = "« Nous tiendrons bon jusqu'au bout », a déclaré le ministre Paul Martin lundi à Paris. " * 40
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": text}) + "\n" for n in range(20000)), encoding="utf-8")
    main = subprocess.Popen([sys.executable, "-m", "quotes", "ingest", str(feed), "--db", str(tmp_path / "q.db"),
                             "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait(lambda: len(_children(main.pid)) >= 2, 60), "no workers started"
        workers = _children(main.pid)
        os.kill(main.pid, signal.SIGKILL)
        main.wait()
        assert _wait(lambda: not any(map(_running_python, workers)), 20), "workers outlived the ingest"
    finally:
        main.kill()
        for worker in _children(main.pid):
            os.kill(worker, signal.SIGKILL)

"""Extraction on a Dask cluster over sharded inputs: Parquet shards, `quotes load`, `quotes export --parquet`.

A LocalCluster of 2 worker processes runs the shards of three input files made of the bundled sample's real
articles (one gzipped, one with a malformed line); the database loaded from them must be, table by table,
the one a one-process `quotes ingest` makes of the same files.
"""

import gzip
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from dbfixtures import SAMPLE, table_rows

from quotes.cli import cli
from quotes.reader import read_articles
from quotes.shards import MANIFEST, extract_shards, input_shards, shard_name, write_shard

distributed = pytest.importorskip("distributed")
pyarrow_parquet = pytest.importorskip("pyarrow.parquet")

BATCH = "25"  # batches that straddle the input files: the load must cut them where ingest does
MALFORMED_LINE = 11  # c.jsonl's


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """60 sample articles in three shards: a.jsonl, b.jsonl.gz, and c.jsonl with a malformed line."""
    folder = tmp_path_factory.mktemp("inputs")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[:60]
    (folder / "a.jsonl").write_text("".join(lines[:20]), encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("".join(lines[20:40]))
    (folder / "c.jsonl").write_text("".join(lines[40:50]) + '{"id": broken\n' + "".join(lines[50:]), encoding="utf-8")
    return folder


def invoke(*args, code=0):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> dict:
    """The rows of `quotes ingest --jobs 1` of the three files (exit 1: the malformed line is skipped)."""
    db = tmp_path_factory.mktemp("reference") / "one.db"
    output = invoke("ingest", "--jobs", "1", "--batch-size", BATCH, "--db", db, inputs, code=1)
    assert "60 articles read: 60 stored, 0 unchanged, 1 skipped" in output
    found = table_rows(db)
    assert len(found["articles"]) == 60 and len(found["quotes"]) > 300 and len(found["speakers"]) > 100
    return found


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of 2 worker processes, one thread each (as `--cluster local 2`)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_ingest_on_a_cluster_gives_the_database_of_one_process(inputs, reference, scheduler, tmp_path):
    db, shards = tmp_path / "cluster.db", tmp_path / "shards"
    output = invoke("ingest", "--scheduler", scheduler, "--parquet", shards, "--batch-size", BATCH, "--db", db,
                    inputs, code=1)
    assert f"c.jsonl:{MALFORMED_LINE}: malformed JSON" in output  # bad input named by file and line
    assert "3 shards: 3 written, 0 done before (skipped), 0 failed; 60 articles" in output
    assert "60 articles read: 60 stored, 0 unchanged, 1 skipped" in output
    assert sorted(p.name for p in shards.iterdir()) == sorted(shard_name(p) for p in input_shards([str(inputs)], print))
    assert table_rows(db) == reference


def test_the_scheduler_address_may_come_from_the_environment(inputs, scheduler, tmp_path, monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", scheduler)
    output = invoke("extract", "--parquet", tmp_path / "shards", inputs / "a.jsonl")
    assert "1 shards: 1 written" in output
    assert (tmp_path / "shards" / shard_name(inputs / "a.jsonl") / MANIFEST).is_file()


def test_extract_on_a_local_cluster_then_load(inputs, reference, tmp_path):
    shards, db = tmp_path / "shards", tmp_path / "loaded.db"
    output = invoke("extract", "--cluster", "local", "2", "--parquet", shards, inputs, code=1)  # the bad line
    assert "3 shards: 3 written" in output and "1 records skipped" in output
    output = invoke("load", shards, "--batch-size", BATCH, "--db", db, code=1)
    assert f"c.jsonl:{MALFORMED_LINE}: malformed JSON" in output
    assert table_rows(db) == reference
    again = invoke("load", shards, "--batch-size", BATCH, "--db", db, code=1)  # stored: nothing to do
    assert "60 articles read: 0 stored, 60 unchanged, 1 skipped" in again
    assert table_rows(db) == reference


def test_a_rerun_skips_the_shards_done_and_redoes_a_changed_input(inputs, scheduler, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.jsonl", "b.jsonl.gz"):
        (folder / name).write_bytes((inputs / name).read_bytes())
    shards = tmp_path / "shards"
    invoke("extract", "--scheduler", scheduler, "--parquet", shards, folder)
    manifests = {name: (shards / shard_name(folder / name) / MANIFEST).stat().st_ino for name in ("a.jsonl", "b.jsonl.gz")}
    output = invoke("extract", "--scheduler", scheduler, "--parquet", shards, folder)
    assert "2 shards: 0 written, 2 done before (skipped)" in output
    lines = (folder / "a.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "a.jsonl").write_text("".join(lines[:5]), encoding="utf-8")  # the input changed: its shard is stale
    output = invoke("extract", "--scheduler", scheduler, "--parquet", shards, folder)
    assert "2 shards: 1 written, 1 done before (skipped), 0 failed; 5 articles" in output
    after = {name: (shards / shard_name(folder / name) / MANIFEST).stat().st_ino for name in manifests}
    assert after["b.jsonl.gz"] == manifests["b.jsonl.gz"] and after["a.jsonl"] != manifests["a.jsonl"]
    assert sorted(p.name for p in shards.iterdir()) == sorted(shard_name(folder / name) for name in manifests)


class DiesOnce:
    """A parser whose worker process dies, as if killed, at one article the first time (module level: the
    workers import it by name); the marker file tells that it died."""

    def __init__(self, marker: Path, article_id: str):
        self.marker, self.article_id = marker, article_id

    def __call__(self, article):
        from quotes.extract import extract_quotes

        if article.id == self.article_id and not self.marker.exists():
            self.marker.write_text("killed", encoding="utf-8")
            os._exit(1)
        return extract_quotes(article)


def mid_shard(inputs) -> str:
    """The id of an article in the middle of b.jsonl.gz: when a task stops there, some of the shard is
    parsed and written, some not."""
    return [a.id for a in read_articles([str(inputs / "b.jsonl.gz")])][10]


def test_a_worker_killed_mid_shard_is_replaced_and_nothing_is_lost_or_doubled(inputs, reference, scheduler, tmp_path):
    from quotes.cluster import on_cluster

    marker, shards = tmp_path / "killed", tmp_path / "shards"
    run = extract_shards(input_shards([str(inputs)], print), shards, run_tasks=on_cluster(scheduler),
                         extract=DiesOnce(marker, mid_shard(inputs)))
    assert marker.read_text(encoding="utf-8") == "killed"  # a worker did die mid-shard
    assert run.failed == [] and sorted(d.articles for d in run.done) == [20, 20, 20]
    assert not [p for p in shards.iterdir() if p.name.startswith(".")]  # the dead attempt's folder is gone
    db = tmp_path / "loaded.db"
    invoke("load", shards, "--batch-size", BATCH, "--db", db, code=1)
    assert table_rows(db) == reference


class Interrupted(BaseException):
    """Stands for a task stopped from outside in the middle of its shard (not an error of one article)."""


def test_a_shard_stopped_midway_leaves_nothing_and_is_written_whole_the_next_time(inputs, tmp_path):
    from quotes.extract import extract_quotes

    stop_at = mid_shard(inputs)

    def interrupting(article):
        if article.id == stop_at:
            raise Interrupted
        return extract_quotes(article)

    shards = tmp_path / "shards"
    with pytest.raises(Interrupted):
        write_shard(inputs / "b.jsonl.gz", shards, extract=interrupting)
    assert list(shards.iterdir()) == []  # neither a shard nor its temporary folder
    done = write_shard(inputs / "b.jsonl.gz", shards)
    assert (done.articles, done.errors, done.before) == (20, 0, False) and done.quotes > 50
    assert write_shard(inputs / "b.jsonl.gz", shards, extract=interrupting).before  # done: not parsed again


def test_export_parquet_round_trip(inputs, reference, tmp_path):
    db = tmp_path / "one.db"
    invoke("ingest", "--jobs", "1", "--batch-size", BATCH, "--db", db, inputs, code=1)
    out = tmp_path / "export"
    output = invoke("export", "--db", db, "--parquet", out)
    assert f"quotes: {len(reference['quotes'])} rows" in output
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "quotes.parquet", "speakers.parquet"]
    for table in ("quotes", "speakers", "articles"):
        exported = pyarrow_parquet.read_table(out / f"{table}.parquet").to_pylist()
        columns = list(exported[0])
        import sqlite3

        with sqlite3.connect(db) as conn:
            stored = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY rowid")
            assert [tuple(row.values()) for row in exported] == stored.fetchall()
    quotes = pyarrow_parquet.read_table(out / "quotes.parquet")
    assert quotes.schema.field("start").type == "int64" and quotes.schema.field("quote").type == "string"


def test_the_shards_keep_the_language_given(inputs, tmp_path):
    invoke("extract", "--lang", "en", "--parquet", tmp_path / "shards", inputs / "a.jsonl")
    folder = tmp_path / "shards" / shard_name(inputs / "a.jsonl")
    assert set(pyarrow_parquet.read_table(folder / "articles.parquet").column("lang").to_pylist()) == {"en"}


def test_a_cluster_needs_a_parquet_folder_and_no_jobs(inputs, tmp_path):
    assert "give --parquet DIR" in invoke("extract", "--cluster", "local", "2", inputs, code=2)
    assert "--jobs is for this machine" in invoke("ingest", "--cluster", "local", "2", "--jobs", "2",
                                                  "--db", tmp_path / "q.db", inputs, code=2)


def test_a_glob_and_standard_input_as_shards(inputs):
    problems = []
    found = input_shards([str(inputs / "*.jsonl"), str(inputs / "none-*.jsonl"), "-"], problems.append)
    assert [p.name for p in found] == ["a.jsonl", "c.jsonl"]
    assert problems == [f"{inputs / 'none-*.jsonl'}: no file matches", "-: shards are made of files, not of standard input"]


@pytest.mark.parametrize("module", ["distributed", "pyarrow"])
def test_without_the_extra_the_error_names_it(inputs, tmp_path, monkeypatch, module):
    monkeypatch.setitem(sys.modules, module, None)  # import fails, as when not installed
    output = invoke("extract", "--cluster", "local", "2", "--parquet", tmp_path / "shards", inputs, code=1)
    assert "pip install 'quote-tracker[dask]'" in output
    assert not (tmp_path / "shards").exists() or not list((tmp_path / "shards").iterdir())


def test_an_unreachable_scheduler_is_a_clear_error(inputs, tmp_path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        output = invoke("extract", "--scheduler", "tcp://127.0.0.1:9", "--parquet", tmp_path / "shards", inputs, code=1)
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in output and "Traceback" not in output

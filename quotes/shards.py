"""Sharded extraction: each input shard parsed into a folder of Parquet files, and those folders loaded into SQLite.

An input shard is one input file (JSON Lines, JSON or text, gzipped or not). Parsing it is what an ingest's
workers do (``ingest.parse``, a pure function of an article), and its output is a folder named after the
input (``NAME``: the file's stem and a hash of its path) holding, for the shard's articles in input order:

    articles.parquet          the articles as parsed (their language decided), with the parser's error if any
    quotes.parquet            the rows of ``rows.ArticleRows``, one file a table, each row with its article's
    article_speakers.parquet  place in the shard (``article_index``), so that an article's rows are read
    aliases.parquet           back with it
    speaker_roles.parquet
    speakers.parquet          the speakers as the article names them (identity decides across articles at load)
    shard.json                the input's path, size and time, the counts, and the input's problems

The folder is written under a hidden temporary name and renamed into place once complete: a task killed
midway leaves no shard, only a temporary folder that the next attempt removes, and a shard whose input has
not changed since is done (a re-run skips it). ``load_shards`` stores the shards into a database through
``ingest.ingest_articles``, in the order of their inputs' paths: the same batches, the same identity
decisions in the one writing process, and so the same database as ``quotes ingest`` of the same files.

pyarrow is an optional dependency (the ``dask`` extra), imported when a shard is written or read.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import MAX_ARTICLE_CHARS, Extract, Parsed, ParsedElsewhere, Summary, ingest_articles, parse
from .model import Article
from .rows import ARTICLE_FIELDS, ArticleRows

if TYPE_CHECKING:
    from sqlite_utils import Database

EXTRA = "pip install 'quote-tracker[dask]'"
MANIFEST = "shard.json"
# Articles a Parquet row group holds: a worker holds this many articles' rows before writing them, and a
# load reads this many at a time, so that neither holds a whole shard.
ROW_GROUP_ARTICLES = 500
INDEX = "article_index"  # an article's place in its shard, in every table
GLOB = re.compile(r"[*?[]")  # a path with these that names no file is a pattern (quoted: too many files for a shell)

TEXT, INTEGER = "string", "int64"
ARTICLE_COLUMNS = {"id": TEXT, **{name: TEXT for name in ARTICLE_FIELDS}, "text": TEXT, "text_hash": TEXT,
                   "record_hash": TEXT, "error": TEXT}
# Each table of a shard: the ArticleRows attribute it is made from, and its columns in the rows' order.
TABLES = {
    "quotes": ("quotes", {
        "id": TEXT, "article_id": TEXT, "speaker_id": TEXT, "quote": TEXT, "kind": TEXT, "start": INTEGER,
        "end": INTEGER, "mention": TEXT, "role": TEXT, "cue": TEXT, "lang": TEXT, "date": TEXT, "month": TEXT,
        "source": TEXT, "article_speaker_id": TEXT}),
    "article_speakers": ("locals", {
        "id": TEXT, "article_id": TEXT, "speaker_id": TEXT, "name": TEXT, "kind": TEXT, "folded": TEXT,
        "form": TEXT, "surname": TEXT, "gender": TEXT, "titled": INTEGER, "date": TEXT, "auto_key": TEXT,
        "rule": TEXT, "speaker_gender": TEXT, "gender_evidence": TEXT}),
    "aliases": ("aliases", {
        "id": TEXT, "speaker_id": TEXT, "alias": TEXT, "folded": TEXT, "article_id": TEXT,
        "article_speaker_id": TEXT}),
    "speaker_roles": ("roles", {
        "id": TEXT, "speaker_id": TEXT, "article_speaker_id": TEXT, "article_id": TEXT, "quote_id": TEXT,
        "role": TEXT, "folded": TEXT, "date": TEXT, "lang": TEXT}),
    "speakers": ("speakers", {
        "id": TEXT, "name": TEXT, "kind": TEXT, "key": TEXT, "folded": TEXT, "article_id": TEXT}),
}


class MissingExtra(ImportError):
    """An optional dependency of the Dask and Parquet commands is not installed."""


def require_pyarrow():
    """pyarrow and pyarrow.parquet, or MissingExtra saying how to install them."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as err:
        raise MissingExtra(f"Parquet files need pyarrow ({err}): {EXTRA}") from err
    return pyarrow, pyarrow.parquet


def arrow_schema(columns: dict[str, str]):
    pa, _ = require_pyarrow()
    return pa.schema([(name, pa.string() if kind == TEXT else pa.int64()) for name, kind in columns.items()])


# --- the inputs ---------------------------------------------------------------------------------------


def input_shards(paths: Iterable[str], on_problem: Callable[[str], object]) -> list[Path]:
    """The input files of paths (files, folders read recursively, quoted globs such as 'feed/*.jsonl.gz'),
    each once, absolute (the workers open them): one shard each. Problems go to on_problem."""
    from .reader import input_files

    shards: dict[Path, None] = {}
    for name in paths:
        if name == "-":
            on_problem("-: shards are made of files, not of standard input")
            continue
        if not Path(name).exists() and GLOB.search(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                on_problem(f"{name}: no file matches")
            names = matches
        else:
            names = [name]
        for path in input_files(names, lambda problem: on_problem(str(problem))):
            shards.setdefault(path.absolute(), None)
    return list(shards)


def shard_name(path: Path) -> str:
    """The output folder's name for an input file: its stem (readable) and a hash of its path (unique)."""
    stem = re.sub(r"(\.(jsonl|ndjson|json|txt))?(\.gz)?$", "", path.name, flags=re.IGNORECASE)
    stem = re.sub(r"[^\w.-]+", "_", stem).lstrip(".") or "shard"
    return f"{stem}-{hashlib.sha1(str(path.absolute()).encode('utf-8', 'surrogateescape')).hexdigest()[:10]}"


def _input_state(path: Path) -> dict:
    """What tells that an input changed since its shard was written."""
    info = path.stat()
    return {"input": str(path.absolute()), "size": info.st_size, "mtime_ns": info.st_mtime_ns}


# --- writing a shard (in a worker) -------------------------------------------------------------------


@dataclass
class ShardDone:
    """What parsing one input shard gave."""

    name: str
    input: str
    articles: int = 0  # read from the input
    quotes: int = 0
    errors: int = 0  # articles the parser failed on
    problems: list[dict] = field(default_factory=list)  # the input's: {"message": "file:line: …", "severity": …}
    before: bool = False  # done by an earlier run, skipped

    @property
    def skipped(self) -> int:
        """Records lost: the input's errors and the parser's."""
        return self.errors + sum(p["severity"] == "error" for p in self.problems)


def finished_shard(out: str | Path, path: str | Path) -> ShardDone | None:
    """The shard of the input at path in out if it is complete and the input unchanged since; else None."""
    path = Path(path)
    try:
        manifest = json.loads((Path(out) / shard_name(path) / MANIFEST).read_text(encoding="utf-8"))
        state = _input_state(path)
    except (OSError, ValueError):
        return None
    if any(manifest.get(key) != value for key, value in state.items()):
        return None
    return _done(manifest, shard_name(path), before=True)


def _done(manifest: dict, name: str, before: bool = False) -> ShardDone:
    return ShardDone(name, manifest["input"], manifest["articles"], manifest["quotes"], manifest["errors"],
                     manifest["problems"], before)


def write_shard(
    path: str | Path, out: str | Path, *, force: bool = False, extract: Extract | None = None, lang: str | None = None
) -> ShardDone:
    """Parse the input file at path into its shard folder in out (a task of a cluster; a pure function of
    the input): nothing if the shard is done already, unless force. ``lang`` reads every article as that
    language, whatever its own says."""
    from .reader import read_articles

    path, out = Path(path), Path(out)
    name = shard_name(path)
    if not force and (done := finished_shard(out, path)):
        return done
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f".{name}.tmp-*"):  # an earlier attempt's, killed midway
        shutil.rmtree(stale, ignore_errors=True)
    temporary = out / f".{name}.tmp-{uuid.uuid4().hex[:8]}"
    temporary.mkdir()
    manifest = {**_input_state(path), "articles": 0, "quotes": 0, "errors": 0, "problems": []}

    def problem(p) -> None:
        manifest["problems"].append({"message": str(p), "severity": p.severity})

    try:
        with _ShardWriter(temporary) as writer:
            for article in read_articles([str(path)], problem, max_chars=MAX_ARTICLE_CHARS, check_gzip=True):
                parsed = parse(article if lang is None else replace(article, lang=lang), extract)
                writer.add(parsed)
                manifest["articles"] += 1
                manifest["quotes"] += len(parsed.rows.quotes) if parsed.rows else 0
                manifest["errors"] += parsed.error is not None
        (temporary / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        _move_into_place(temporary, out / name)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return _done(manifest, name)


def _move_into_place(folder: Path, target: Path) -> None:
    """Rename a complete shard folder to its name; a shard there before (forced, or its input changed) is
    moved aside first and removed after."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
        target.rename(old)
    folder.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _ShardWriter:
    """The Parquet files of one shard, written ROW_GROUP_ARTICLES articles at a time."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0
        self.pending: dict[str, list[dict]] = {"articles": [], **{table: [] for table in TABLES}}
        self.writers = {}

    def __enter__(self) -> _ShardWriter:
        _, pq = require_pyarrow()
        columns = {"articles": ARTICLE_COLUMNS, **{table: found for table, (_, found) in TABLES.items()}}
        for table, found in columns.items():
            schema = arrow_schema({INDEX: INTEGER, **found})
            self.writers[table] = pq.ParquetWriter(self.folder / f"{table}.parquet", schema, compression="zstd")
        return self

    def add(self, parsed: Parsed) -> None:
        article, rows = parsed.article, parsed.rows
        self.pending["articles"].append({
            INDEX: self.count, "id": article.id, **{name: getattr(article, name) for name in ARTICLE_FIELDS},
            "text": article.text, "text_hash": rows.text_hash if rows else None,
            "record_hash": article.record_hash, "error": parsed.error})
        if rows is not None:
            for table, (attribute, columns) in TABLES.items():
                found = getattr(rows, attribute)
                for row in found if isinstance(found, list) else found.values():
                    if row.keys() != columns.keys():  # Parquet would drop a new column without a word
                        raise ValueError(f"{table} rows have columns {list(row)}: update quotes.shards.TABLES")
                    self.pending[table].append({INDEX: self.count, **row})
        self.count += 1
        if self.count % ROW_GROUP_ARTICLES == 0:
            self.flush()

    def flush(self) -> None:
        pa, _ = require_pyarrow()
        for table, rows in self.pending.items():
            if rows:
                self.writers[table].write_table(pa.Table.from_pylist(rows, schema=self.writers[table].schema))
                rows.clear()

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.flush()
        for writer in self.writers.values():
            writer.close()


# --- running the shards ------------------------------------------------------------------------------

# Runs write_shard over input files, yielding each file with its ShardDone or the exception that stopped it.
RunTasks = Callable[..., Iterator[tuple[Path, "ShardDone | BaseException"]]]


@dataclass
class ShardRun:
    """What a run over many shards did."""

    done: list[ShardDone] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    def __str__(self) -> str:
        now = [d for d in self.done if not d.before]
        return (f"{len(self.done) + len(self.failed)} shards: {len(now)} written, "
                f"{len(self.done) - len(now)} done before (skipped), {len(self.failed)} failed; "
                f"{sum(d.articles for d in now)} articles, {sum(d.quotes for d in now)} quotes, "
                f"{sum(d.skipped for d in now)} records skipped")


def in_process(paths: list[Path], out: Path, **options) -> Iterator[tuple[Path, ShardDone | BaseException]]:
    """Write the shards one after the other in this process."""
    for path in paths:
        try:
            yield path, write_shard(path, out, **options)
        except Exception as err:  # noqa: BLE001 - one shard's failure must not stop the others
            yield path, err


def extract_shards(
    paths: list[Path],
    out: str | Path,
    *,
    force: bool = False,
    run_tasks: RunTasks = in_process,
    on_shard: Callable[[ShardDone], object] | None = None,
    **options,
) -> ShardRun:
    """Write the shards of paths into out, skipping those done before unless force; a shard that fails is
    listed in ShardRun.failed, the others go on. ``run_tasks``: where they run (``cluster.on_cluster``)."""
    require_pyarrow()  # told here, once, rather than by every task
    out = Path(out)
    run = ShardRun()
    todo = []
    for path in paths:
        if not force and (done := finished_shard(out, path)):
            run.done.append(done)
        else:
            todo.append(path)
    for path, outcome in run_tasks(todo, out, force=force, **options):
        if isinstance(outcome, BaseException):
            run.failed.append((path, f"{type(outcome).__name__}: {outcome}"))
        else:
            run.done.append(outcome)
            if on_shard:
                on_shard(outcome)
    return run


# --- reading shards back, and loading them -----------------------------------------------------------


def shard_folders(out: str | Path) -> list[Path]:
    """The complete shards in out, in the order of their inputs' paths (as a folder of them is read)."""
    if not Path(out).is_dir():
        return []  # no shard written yet
    found = []
    for folder in Path(out).iterdir():
        if folder.name.startswith(".") or not (folder / MANIFEST).is_file():
            continue  # being written, or not a shard
        found.append((Path(_manifest(folder)["input"]).parts, folder))
    return [folder for _, folder in sorted(found)]


def _manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def read_shard(folder: Path) -> Iterator[Parsed]:
    """The articles of a shard with their rows (or parser error), in input order, read a row group at a time."""
    tables = {table: _Groups(_rows(folder / f"{table}.parquet")) for table in TABLES}
    for row in _rows(folder / "articles.parquet"):
        index, error, text_hash = row.pop(INDEX), row.pop("error"), row.pop("text_hash")
        article = Article(**row)
        if error is not None:
            yield Parsed(article, error=error)
            continue
        found = {attribute: tables[table].take(index) for table, (attribute, _) in TABLES.items()}
        keyed = {name: {r["id"]: r for r in rows} for name, rows in found.items() if name != "quotes"}
        yield Parsed(article, ArticleRows(text_hash, found["quotes"], **keyed))


def _rows(path: Path) -> Iterator[dict]:
    _, pq = require_pyarrow()
    for batch in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP_ARTICLES):
        yield from batch.to_pylist()


class _Groups:
    """The rows of a table, taken article by article: they come in article order, an article's together."""

    def __init__(self, rows: Iterator[dict]):
        self.rows = rows
        self.head = next(self.rows, None)

    def take(self, index: int) -> list[dict]:
        taken = []
        while self.head is not None and self.head[INDEX] == index:
            row = self.head
            del row[INDEX]
            taken.append(row)
            self.head = next(self.rows, None)
        return taken


def load_shards(
    db: Database, out: str | Path, *, on_problem: Callable[[str], object] | None = None, **options
) -> Summary:
    """Store the shards in out into db (``ingest_articles``' options: force, batch_size, on_progress), as
    ``quotes ingest`` of their inputs would: each shard's input problems and parser errors reported and
    counted as skipped; articles stored already with the same text and fields skipped."""
    report = on_problem or (lambda message: None)
    summary = Summary()
    parsed = ParsedElsewhere()

    def articles() -> Iterator[Article]:
        for folder in shard_folders(out):
            manifest = _manifest(folder)
            for problem in manifest["problems"]:
                summary.skipped += problem["severity"] == "error"
                report(problem["message"])
            read = 0
            try:
                for result in read_shard(folder):
                    parsed.results[result.article.id] = result
                    read += 1
                    yield result.article
            except (OSError, ValueError) as err:  # pyarrow's errors are both
                summary.skipped += manifest["articles"] - read
                report(f"{folder}: cannot read the shard ({err}): {manifest['articles'] - read} articles skipped; "
                       f"write it again with `quotes extract --force {manifest['input']} --parquet {out}`")

    return ingest_articles(db, articles(), parsed=parsed, summary=summary, on_problem=report, **options)


def parquet_folder_of(db_path: str | Path) -> Path:
    """Where `quotes ingest` on a cluster puts its shards when not told: beside the database."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.shards")

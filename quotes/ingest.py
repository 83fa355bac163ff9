"""Ingest: read articles, parse the new or changed ones, store them in batches.

The run goes batch by batch: read ``batch_size`` articles, drop those stored already with the
same text and fields (no parsing for them), parse the rest with ``parse`` (a pure function of
one article whose results pickle, so that a process pool can run it), then store the batch in
one transaction. A batch that fails to store is retried article by article, so that one bad
article costs only itself. Everything that is not stored is counted as skipped and reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlite_utils import Database

from . import store
from .model import Article, Quote

Extract = Callable[[Article], list[Quote]]
Report = Callable[[str], object]


@dataclass
class Parsed:
    """One article and its quotes, or the error that stopped its parsing."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None


def default_extract() -> Extract:
    """The project's parser, imported on first use."""
    from .extract import extract_quotes

    return extract_quotes


def parse(article: Article, extract: Extract | None = None) -> Parsed:
    """Run the parser on one article; an exception becomes Parsed.error."""
    extract = extract or default_extract()
    try:
        quotes = list(extract(article))
        for quote in quotes:
            if quote.kind not in ("direct", "partial", "indirect"):
                raise ValueError(f"unknown quote kind {quote.kind!r}")
            quote.article_id = article.id
        return Parsed(article, quotes)
    except Exception as err:  # noqa: BLE001 - one article's failure must not stop the run
        return Parsed(article, error=f"{type(err).__name__}: {err}")


@dataclass
class Summary:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    quotes: int = 0
    skipped: int = 0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        lines = [
            f"{self.read} articles read: {self.stored} stored, {self.unchanged} unchanged, "
            f"{self.skipped} skipped; {self.quotes} quotes stored in {self.seconds:.1f} s"
        ]
        if self.totals:
            lines.append(
                "database: {articles} articles, {quotes} quotes, {speakers} speakers".format(**self.totals)
            )
        return "\n".join(lines)


def ingest_articles(
    db: Database,
    articles: Iterable[Article],
    *,
    force: bool = False,
    batch_size: int = 500,
    extract: Extract | None = None,
    on_problem: Report | None = None,
    on_progress: Callable[[int], object] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Parse and store articles; unchanged ones are skipped unless force. Returns the summary."""
    started = time.perf_counter()
    summary = summary or Summary()
    report = on_problem or (lambda message: None)
    store.ensure_schema(db)
    for batch in _batches(articles, batch_size):
        summary.read += len(batch)
        todo = list({a.id: a for a in batch}.values())
        if not force:
            unchanged = store.unchanged_ids(db, todo)
            todo = [a for a in todo if a.id not in unchanged]
            summary.unchanged += len(batch) - len(todo)
        if todo and extract is None:
            extract = default_extract()
        parsed = [parse(article, extract) for article in todo]
        good = []
        for result in parsed:
            if result.error:
                summary.skipped += 1
                report(f"{result.article.id}: parser error: {result.error}")
            else:
                good.append(result)
        _store(db, good, summary, report)
        if on_progress:
            on_progress(len(batch))
    summary.totals = store.counts(db)
    summary.seconds += time.perf_counter() - started
    return summary


def ingest_paths(db: Database, paths: Iterable[str], *, on_problem: Report | None = None, **options) -> Summary:
    """Read articles from files, folders or "-" like `quotes extract`, then ingest them.

    Input problems are reported as ``file:line: message``; those that lose a record count as skipped.
    """
    from .reader import read_articles

    summary = Summary()
    report = on_problem or (lambda message: None)

    def problem(p) -> None:
        if getattr(p, "severity", "error") != "warning":
            summary.skipped += 1
        report(str(p))

    return ingest_articles(db, read_articles(paths, problem), on_problem=report, summary=summary, **options)


def _store(db: Database, parsed: list[Parsed], summary: Summary, report: Report) -> None:
    """Store a batch in one transaction; if it fails, store its articles one by one."""
    if not parsed:
        return
    try:
        summary.quotes += store.save_articles(db, [(p.article, p.quotes) for p in parsed])
        summary.stored += len(parsed)
        return
    except Exception:  # noqa: BLE001 - the batch was rolled back: find the article at fault
        pass
    for p in parsed:
        try:
            summary.quotes += store.save_article(db, p.article, p.quotes)
            summary.stored += 1
        except Exception as err:  # noqa: BLE001
            summary.skipped += 1
            report(f"{p.article.id}: cannot store: {type(err).__name__}: {err}")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@contextmanager
def progress_bar(enabled: bool = True):
    """A rich progress display on stderr counting articles; yields a callback advance(n)."""
    if not enabled:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda n: None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("ingesting: {task.completed} articles read"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        yield lambda n: progress.advance(task, n)


def sample_path() -> Path | None:
    """The bundled sample (examples/sample.jsonl in a source checkout), None when not installed."""
    path = Path(__file__).resolve().parent.parent / "examples" / "sample.jsonl"
    return path if path.is_file() else None

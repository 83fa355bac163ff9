"""Ingest: read articles, parse the new or changed ones, store them in batches.

The run goes batch by batch: read ``batch_size`` articles, drop those stored already with the
same text and fields (no parsing for them), parse the rest with ``parse`` (a pure function of
one article whose results pickle, so that a process pool can run it), then store the batch in
one transaction. A batch that fails to store is retried article by article, so that one bad
article costs only itself. Everything that is not stored is counted as skipped and reported.
The speakers' summaries are refreshed every ``REFRESH_EVERY`` articles and at the end.

With ``jobs`` > 1, worker processes parse chunks of a batch while this process reads the next
batches and stores the finished ones, in input order: the database is the same as with one job.
Everything streams: at most ``AHEAD`` batches are parsed ahead of the one being stored, so memory
does not grow with the input.
"""

from __future__ import annotations

import ctypes
import errno
import os
import pickle
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .detect import with_language
from .lang import has_data
from .model import Article, Quote

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .reader import JsonLine
    from .rows import ArticleRows

# The store (and sqlite-utils with it) is imported where it is used, not here: the parser workers
# import this module and need none of it (20 MB less in each); they compute the rows to store
# (quotes.rows), which needs no database. The process pool and the progress
# bar too: a re-ingest that parses nothing, or runs without a terminal, does not pay their import.

Extract = Callable[[Article], list[Quote]]
Report = Callable[[str], object]

# Articles stored per transaction: a commit writes the full-text indexes' new segments, and the
# identities of the batch's surnames are decided again, so fewer, bigger batches store faster
# (2,000 stores the corpus in 73 % of the time 500 takes), but a batch in flight is most of the
# writing process's memory: 1,500 holds 15 MB less than 2,000 for half a second more over the
# corpus, 1,000 another 20 MB less for two seconds more. A crash loses at most one batch.
BATCH_SIZE = 1500
# Articles a worker parses per task: big enough that the pickling is noise, small enough that
# both workers share a batch.
CHUNK_SIZE = 50
# Batches handed to the workers ahead of the one being stored: keeps them busy while this
# process stores, and bounds memory.
AHEAD = 1
# Bounds on one article, so that no input can stall a run: longer articles are skipped with a
# problem (the parser reads over 2 MB/s of news text, so a legitimate article takes well under a
# second), and parsing that takes longer than TIME_LIMIT seconds is stopped and the article skipped.
MAX_ARTICLE_CHARS = 2_000_000
TIME_LIMIT = 60.0
# Articles stored between two refreshes of the speakers' summaries (names, counts, roles): a
# much-quoted speaker's summary reads all their rows, too much to do at every batch. The run
# refreshes at its end too, and so leaves every summary up to date.
REFRESH_EVERY = 10_000
# How much lower the parser workers' priority is than the writing process's (see _start_worker).
WORKER_NICENESS = 10


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Parsed:
    """One article and the rows of its quotes, or the error that stopped its parsing."""

    article: Article
    rows: ArticleRows | None = None
    error: str | None = None


def default_extract() -> Extract:
    """The project's parser, imported on first use."""
    from .extract import extract_quotes

    return extract_quotes


def parse(article: Article, extract: Extract | None = None, time_limit: float | None = None) -> Parsed:
    """Decide the article's language, run the parser on it and make the rows of its quotes; an exception,
    or running over time_limit seconds, becomes Parsed.error.

    Detection is done here, in the parser workers, with the parsing: the process that stores is the serial
    part of an ingest. time_limit None means TIME_LIMIT, 0 no limit.
    """
    from .rows import article_rows

    article = with_language(article)
    quotes, error = extract_guarded(article, extract, time_limit)
    if error is not None:
        return Parsed(article, error=error)
    try:
        return Parsed(article, article_rows(article, quotes))
    except Exception as err:  # noqa: BLE001 - one article's failure must not stop the run
        return Parsed(article, error=f"{type(err).__name__}: {err}")


def extract_guarded(article: Article, extract: Extract | None = None, time_limit: float | None = None):
    """The article's quotes and None, or None and what stopped the parser (an exception, or running
    over time_limit seconds: None means TIME_LIMIT, 0 no limit)."""
    extract = extract or default_extract()
    time_limit = TIME_LIMIT if time_limit is None else time_limit
    try:
        with _time_limit(time_limit):
            quotes = list(extract(article))
        for quote in quotes:
            if quote.kind not in ("direct", "partial", "indirect"):
                raise ValueError(f"unknown quote kind {quote.kind!r}")
            quote.article_id = article.id
        return quotes, None
    except _TimeUp:
        return None, f"time limit: parsing took over {time_limit:g} s"
    except Exception as err:  # noqa: BLE001 - one article's failure must not stop the run
        return None, f"{type(err).__name__}: {err}"


class _TimeUp(BaseException):
    """Raised by the SIGALRM handler; a BaseException, so that no `except Exception` in the parser eats it."""


@contextmanager
def _time_limit(seconds: float | None):
    """Interrupt the block after seconds: by SIGALRM in a main thread on a POSIX system; in another thread
    (a Dask worker's task), by a timer raising in that thread, which stops Python code but not a C call
    (a regular expression) until it returns. When an alarm is already set by someone else, the block runs
    unbounded.
    """
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _WATCHDOG.limit(seconds):
            yield
        return
    if not hasattr(signal, "setitimer") or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def time_up(signum, frame):
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


class _Watchdog:
    """One thread that raises _TimeUp in the threads whose deadline passed (CPython's
    PyThreadState_SetAsyncExc): a time limit for parsing outside the main thread, at the cost of a dict
    entry per article rather than a timer thread."""

    def __init__(self):
        self.deadlines: dict[int, float] = {}  # thread → when its block must stop
        self.fired: set[int] = set()
        self.wake = threading.Condition()
        self.thread: threading.Thread | None = None
        self.waking_at: float | None = None  # when the watchdog looks next (None: when woken)

    @contextmanager
    def limit(self, seconds: float):
        thread = threading.get_ident()
        with self.wake:
            deadline = self.deadlines[thread] = time.monotonic() + seconds
            if self.thread is None or not self.thread.is_alive():  # started anew in a forked process
                self.thread = threading.Thread(target=self._watch, name="quotes-time-limit", daemon=True)
                self.thread.start()
            if self.waking_at is None or deadline < self.waking_at:
                self.wake.notify()  # else it looks before this deadline anyway: no wake-up per article
        try:
            yield
        finally:
            with self.wake:
                del self.deadlines[thread]
                fired = thread in self.fired
                if fired:  # raised already, or still pending: never let it land after the block
                    self.fired.discard(thread)
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), None)
            if fired:
                raise _TimeUp

    def _watch(self) -> None:
        with self.wake:
            while True:
                now = time.monotonic()
                for thread, deadline in self.deadlines.items():
                    if deadline <= now and thread not in self.fired:
                        self.fired.add(thread)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(_TimeUp))
                pending = [d for t, d in self.deadlines.items() if t not in self.fired]
                self.waking_at = min(pending) if pending else None
                self.wake.wait(self.waking_at - now if pending else None)


_WATCHDOG = _Watchdog()


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
    unread: Counter = field(default_factory=Counter)  # stored articles in a language with no data, by code

    def __str__(self) -> str:
        lines = [
            f"{self.read} articles read: {self.stored} stored, {self.unchanged} unchanged, "
            f"{self.skipped} skipped; {self.quotes} quotes stored in {self.seconds:.1f} s"
        ]
        if self.unread:
            lines.append(
                f"{sum(self.unread.values())} of them in a language with no data here "
                f"({', '.join(f'{code}: {n}' for code, n in self.unread.most_common())}): "
                "their quotations stored, no speakers guessed"
            )
        if self.totals:
            lines.append(
                "database: {articles} articles, {quotes} quotes, {speakers} speakers".format(**self.totals)
            )
        return "\n".join(lines)


def ingest_articles(
    db: Database,
    articles: Iterable[Article | JsonLine],
    *,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    extract: Extract | None = None,
    on_problem: Report | None = None,
    on_progress: Callable[[int], object] | None = None,
    summary: Summary | None = None,
    max_chars: int | None = MAX_ARTICLE_CHARS,
    parsed: ParsedElsewhere | None = None,
) -> Summary:
    """Parse and store articles; unchanged ones are skipped unless force. Returns the summary.

    JSON lines (``reader.JsonLine``) whose very bytes made a stored article are skipped undecoded.

    Articles longer than ``max_chars`` characters are skipped and reported (None: no limit).

    ``jobs`` > 1 parses in that many worker processes (``extract`` must then pickle: a module-level
    function; one that does not is run in this process). The pool starts only once a batch has
    more than ``chunk_size`` articles to parse, so that small inputs do not pay for it.

    ``parsed``: the articles were parsed elsewhere (on a cluster, ``quotes.shards``) and their results come
    with them; they are stored as a parsed ingest stores them, in the same batches.
    """
    from . import store

    started = time.perf_counter()
    summary = summary or Summary()
    report = on_problem or (lambda message: None)
    store.ensure_schema(db)
    pending: deque[_Batch] = deque()
    unrefreshed = 0  # articles stored since the speakers' summaries were last refreshed

    def finish(keep: int) -> None:
        nonlocal unrefreshed
        while len(pending) > keep:
            stored = summary.stored
            _finish(db, pending.popleft(), summary, report, on_progress)
            unrefreshed += summary.stored - stored
            if unrefreshed >= REFRESH_EVERY:
                store.refresh_summaries(db)
                unrefreshed = 0

    try:
        with parsed or _Parsers(jobs, chunk_size, extract) as parsers:
            for items in _batches(articles, batch_size):
                batch, stored_lines = _decode(db, items, set().union(*(earlier.ids for earlier in pending)), force)
                batch = list(_within_limit(batch, max_chars, summary, report))
                todo = list({a.id: a for a in batch}.values())
                ids = {a.id for a in todo}
                if not force:
                    if any(not ids.isdisjoint(earlier.ids) for earlier in pending):
                        finish(0)  # store the earlier copy of an article before comparing with it
                    unchanged = store.unchanged_ids(db, todo)
                    store.note_record_hashes(db, [a for a in todo if a.id in unchanged])
                    todo = [a for a in todo if a.id not in unchanged]
                read = len(batch) + stored_lines
                pending.append(_Batch(read, read - len(todo), ids, todo, parsers.submit(todo)))
                finish(parsers.ahead)
            finish(0)
        store.refresh_summaries(db)  # this run's speakers, and those of an earlier run stopped before its end
    except Exception as err:
        if not _is_full(err):
            raise
        full = StorageFull(str(err))
        full.summary = summary  # what this run stored before the disk filled up
        raise full from err
    summary.totals = store.counts(db)
    summary.seconds += time.perf_counter() - started
    return summary


def ingest_paths(
    db: Database,
    paths: Iterable[str],
    *,
    on_problem: Report | None = None,
    max_chars: int | None = MAX_ARTICLE_CHARS,
    **options,
) -> Summary:
    """Read articles from files, folders or "-" like `quotes extract`, then ingest them.

    Input problems are reported as ``file:line: message``; those that lose a record count as skipped,
    articles longer than ``max_chars`` characters among them.
    """
    from .reader import read_articles

    summary = Summary()
    report = on_problem or (lambda message: None)

    def problem(p) -> None:
        if getattr(p, "severity", "error") != "warning":
            summary.skipped += 1
        report(str(p))

    # gzip members checked before they are read: an article from a bad one would be stored altered
    articles = read_articles(paths, problem, max_chars=max_chars, lazy=True, check_gzip=True)
    return ingest_articles(db, articles, on_problem=report, summary=summary, max_chars=max_chars, **options)


def _decode(
    db: Database, items: list[Article | JsonLine], pending_ids: set[str], force: bool
) -> tuple[list[Article], int]:
    """The articles of a batch, and how many of its JSON lines made stored articles and stay undecoded.

    Such a line is decoded all the same when its article's id comes again in the batch or in the
    batches not stored yet (the last copy read is the one kept), or when ``force``. ``items`` is
    emptied as it is read: a line is let go once decoded, not held with its article to the end.
    """
    from . import store
    from .reader import JsonLine

    hashes = [item.record_hash for item in items if isinstance(item, JsonLine)]
    stored = {} if force or not hashes else store.stored_lines(db, hashes)
    articles: list[Article | None] = []
    undecoded: list[tuple[int, JsonLine, str]] = []  # (place in articles, line, stored article's id)
    items.reverse()
    while items:
        item = items.pop()
        if isinstance(item, JsonLine):
            if (stored_id := stored.get(item.record_hash)) is not None:
                undecoded.append((len(articles), item, stored_id))
                articles.append(None)
                continue
            item = item.article()  # None when it holds no article: reported by the reader
        if item is not None:
            articles.append(item)
    ids = Counter(a.id for a in articles if a is not None) + Counter(stored_id for _, _, stored_id in undecoded)
    skipped = 0
    for place, line, stored_id in undecoded:
        if ids[stored_id] > 1 or stored_id in pending_ids:
            articles[place] = line.article()
        else:
            skipped += 1
    return [a for a in articles if a is not None], skipped


def _within_limit(articles: Iterable[Article], max_chars: int | None, summary: Summary, report: Report):
    """The articles no longer than max_chars; the others are reported and counted as skipped."""
    from .reader import too_long

    for article in articles:
        if max_chars is not None and len(article.text) > max_chars:
            summary.skipped += 1
            report(f"{article.id}: {too_long(len(article.text), max_chars)}")
        else:
            yield article


@dataclass
class _Batch:
    size: int  # articles read
    unchanged: int  # of which stored already, or repeated in the batch
    ids: set[str]
    todo: list[Article]  # the articles to parse and store
    results: _Results


def _finish(db: Database, batch: _Batch, summary: Summary, report: Report, on_progress) -> None:
    """Store a batch once its articles are parsed, and count it."""
    summary.read += batch.size
    summary.unchanged += batch.unchanged
    good = []
    for result in batch.results.get():
        if result.error:
            summary.skipped += 1
            report(f"{result.article.id}: parser error: {result.error}")
        else:
            good.append(result)
            if not has_data(result.article.lang):
                summary.unread[result.article.lang] += 1
    _store(db, good, summary, report)
    if on_progress:
        on_progress(batch.size)


class _Results:
    """The parsed articles of a batch, in order, once get() returns."""

    def __init__(self, articles: list[Article], parsed=None, pending=()):
        self.articles = articles
        self.parsed = parsed
        self.pending = pending  # futures, one list of outcomes a chunk

    def get(self) -> list[Parsed]:
        if self.parsed is None:
            from concurrent.futures.process import BrokenProcessPool

            try:
                outcomes = [outcome for chunk in self.pending for outcome in pickle.loads(chunk.result())]
            except BrokenProcessPool as err:
                raise WorkerDied(
                    f"a parser process died (killed, or out of memory?) while parsing the articles from "
                    f"{self.articles[0].id!r} to {self.articles[-1].id!r}; the batches before them are stored: "
                    "run the same ingest again to go on"
                ) from err
            self.parsed = [Parsed(replace(a, lang=lang), rows, error)  # the language the worker decided
                           for a, (rows, error, lang) in zip(self.articles, outcomes)]
        return self.parsed


class WorkerDied(RuntimeError):
    """A parser worker process ended without returning its articles (the ingest stops: it cannot tell which)."""


class _Parsers:
    """Parse lists of articles in this process, or in a pool of worker processes started on demand."""

    def __init__(self, jobs: int, chunk_size: int, extract: Extract | None):
        self.jobs = max(1, jobs)
        self.chunk_size = max(1, chunk_size)
        self.extract = extract
        self.pool = None
        if self.jobs > 1 and extract is not None and not _pickles(extract):
            self.jobs = 1

    @property
    def ahead(self) -> int:
        """How many batches may wait in the workers while this process stores."""
        return AHEAD if self.pool else 0

    def submit(self, articles: list[Article]) -> _Results:
        if self.pool is None and (self.jobs == 1 or len(articles) <= self.chunk_size):
            if articles and self.extract is None:
                self.extract = default_extract()
            return _Results(articles, parsed=[parse(a, self.extract) for a in articles])
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn: workers start clean, whatever threads (a progress bar) this process runs
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_start_worker, initargs=(self.extract, os.getpid())
            )
        chunks = [articles[i : i + self.chunk_size] for i in range(0, len(articles), self.chunk_size)]
        return _Results(articles, pending=[self.pool.submit(_parse_chunk, chunk) for chunk in chunks])

    def __enter__(self) -> _Parsers:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=kind is not None)


class ParsedElsewhere:
    """The parsers of a load: each article's results (``Parsed``) are put in ``results`` as the article is
    read. ingest_articles reads a batch, then submits it, so ``results`` holds that batch's (the last copy of
    an id read, the one a batch keeps)."""

    ahead = 0  # nothing waits in any worker: every batch is stored once read

    def __init__(self):
        self.results: dict[str, Parsed] = {}

    def submit(self, articles: list[Article]) -> _Results:
        parsed = [self.results[a.id] for a in articles]
        self.results.clear()  # the batch's articles left out (unchanged ones) too: memory stays flat
        return _Results(articles, parsed=parsed)

    def __enter__(self) -> ParsedElsewhere:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.results.clear()


def _pickles(function: Extract) -> bool:
    try:
        pickle.dumps(function)
        return True
    except Exception:  # noqa: BLE001 - lambdas, closures, local functions
        return False


_worker_extract: Extract | None = None
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _start_worker(extract: Extract | None, parent: int) -> None:
    global _worker_extract
    _die_with(parent)
    _worker_extract = extract or default_extract()
    if hasattr(os, "nice"):
        # The writing process is the serial part of the run: when the cores are all busy, it goes
        # first; the workers, a batch ahead, catch up while it waits for them.
        os.nice(WORKER_NICENESS)


def _die_with(parent: int) -> None:
    """On Linux, have the kernel stop this worker when the process that started it dies: killed (SIGKILL,
    SIGTERM), the ingest left its workers parsing for minutes. Elsewhere the pool's own checks stay."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request was made


def _parse_chunk(articles: list[Article]) -> bytes:
    """In a worker: the rows (or the error) of each article and its language, pickled; the articles are not
    sent back.

    Pickled here, so that they wait in the writing process as bytes (a quarter of their size as
    objects) until their batch is stored.
    """
    outcomes = []
    for article in articles:
        result = parse(article, _worker_extract)
        outcomes.append((result.rows, result.error, result.article.lang))
    return pickle.dumps(outcomes, pickle.HIGHEST_PROTOCOL)


def _store(db: Database, parsed: list[Parsed], summary: Summary, report: Report) -> None:
    """Store a batch in one transaction; if it fails, store its articles one by one."""
    from . import store

    if not parsed:
        return
    try:
        summary.quotes += store.save_rows(db, [(p.article, p.rows) for p in parsed], refresh=False)
        summary.stored += len(parsed)
        return
    except Exception as err:  # noqa: BLE001 - the batch was rolled back: find the article at fault
        if _is_full(err):
            raise  # no article is at fault: every one would fail
    for p in parsed:
        try:
            summary.quotes += store.save_rows(db, [(p.article, p.rows)], refresh=False)
            summary.stored += 1
        except Exception as err:  # noqa: BLE001
            if _is_full(err):
                raise
            summary.skipped += 1
            report(f"{p.article.id}: cannot store: {type(err).__name__}: {err}")


class StorageFull(RuntimeError):
    """The disk, or the database's size limit, is full: the run stops; .summary tells what it stored."""

    summary: Summary | None = None


def _is_full(err: Exception) -> bool:
    if isinstance(err, sqlite3.OperationalError):
        return "full" in str(err)  # SQLITE_FULL: "database or disk is full"
    return isinstance(err, OSError) and err.errno == errno.ENOSPC


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@contextmanager
def progress_bar(enabled: bool = True):
    """A rich progress display on stderr counting articles; yields a callback advance(n)."""
    if not enabled or not _stderr_may_be_terminal():
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


def _stderr_may_be_terminal() -> bool:
    """False when rich would find that stderr is no terminal, told without importing rich (some 20 ms)."""
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return True  # rich's overrides: let it decide
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stderr, or a closed one
        return False


def sample_path() -> Path | None:
    """The bundled sample (examples/sample.jsonl in a source checkout), None when not installed."""
    path = Path(__file__).resolve().parent.parent / "examples" / "sample.jsonl"
    return path if path.is_file() else None

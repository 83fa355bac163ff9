"""Publish the quote database with Datasette 0.65: read-only, with the project's metadata.

The database is opened immutable (``-i``): Datasette reads it with ``immutable=1`` and has no
write connection, so no request can change it; on top of that, every HTTP method but GET, HEAD
and OPTIONS gets a 405. Arbitrary SQL stays available to readers (read-only, under a time
limit) and the canned queries of ``metadata.yml`` are read-only too. Before serving it
immutable, a write-ahead log left beside the database is folded into it (``settle``): an
immutable reader would not see it.

Served immutable, the database's unfiltered table pages are computed once at start-up and the count
and facets of a full-text search come from an index in memory (``ImmutableDatabase``,
quotes/facetindex.py), kept in a file beside the database for the next start (``load_facet_index``).
A database made by an earlier version of quotes is upgraded before it is served (``upgrade``).

``live=True`` (``quotes serve --live``) is for a database an ingest is writing to: Datasette reads
it as it changes (``mode=ro``; the database is in WAL mode, so that each query sees the batches
committed when it started, never half of one), and ``LiveDatabase`` refuses to open a write
connection or run a write, on top of the 405s.

Either way, table and view pages are read in a total order (``PagedDatabase``): following their
next pages, or the CSV of all rows, gives every row once.

``metadata.yml`` is package data (``quotes/metadata.yml``); the project's root ``metadata.yml``
is a link to that same file.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import sqlite3
import sys
import urllib.parse
from pathlib import Path

import yaml
from datasette import hookimpl
from datasette.database import Database
from datasette.utils import detect_primary_keys, escape_sqlite

from .facetindex import FacetIndex, SearchQueries

METADATA = Path(__file__).with_name("metadata.yml")
DATABASE = "quotes"  # the name metadata.yml gives the database
SQL_TIME_LIMIT_MS = 3000
# Datasette settings. No suggested facets, to keep pages fast on a million quotes (see benchmarks/README.md,
# "Speed and memory"): they run a query or two per column on every table page, most of a quotes
# page's time; the facets of metadata.yml stay. No size limit on a CSV of all rows: Datasette's
# 100 MB (some 300,000 quotes) cut an export short.
SETTINGS: dict = {"suggest_facets": False, "max_csv_mb": 0}
HOST = "127.0.0.1"
PORT = 8001


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def load_metadata(path: str | Path | None = None, database: str = DATABASE) -> dict:
    """The Datasette metadata from path (default: the packaged metadata.yml), set for the named database."""
    metadata = yaml.safe_load(Path(path or METADATA).read_text(encoding="utf-8")) or {}
    databases = metadata.get("databases") or {}
    if database != DATABASE and DATABASE in databases:
        databases = {database: databases[DATABASE], **{k: v for k, v in databases.items() if k != DATABASE}}
        metadata["databases"] = databases
        if "description_html" in metadata:
            metadata["description_html"] = metadata["description_html"].replace(
                f'href="/{DATABASE}/', f'href="/{database}/'
            )
    return metadata


READ_METHODS = ("GET", "HEAD", "OPTIONS")
PLUGIN = "quotes.serve"
# The longest string or blob a query may make (`hex(randomblob(…))` took 1.3 GB a request): an article's
# text is 2 million characters at most, 8 MB in UTF-8.
MAX_VALUE_BYTES = 32_000_000
# SQL functions no reader needs: `fts3_tokenizer` gives a memory address away and can load code.
DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension"})


@hookimpl
def prepare_connection(conn):
    """Datasette plugin hook: bound the memory one value of a query may take, and deny the dangerous
    SQL functions, on every connection the site reads through."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.set_authorizer(_deny_dangerous_functions)


def _deny_dangerous_functions(action, arg1, arg2, database, source):
    if action == sqlite3.SQLITE_FUNCTION and arg2 and arg2.lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def asgi_wrapper(datasette):
    """Datasette plugin hook: the instances made by make_datasette refuse every write method, and read the
    facets by the names the README gives them."""
    return lambda app: refuse_writes(facet_aliases(app), when=lambda: getattr(datasette, "quotes_read_only", False))


# Facets asked for by what they show (`?_facet=speaker`, as the README says: by speaker) rather than by
# their column: table → {name: column}.
FACET_ALIASES = {"quotes": {"speaker": "speaker_id"}}
_TABLE_PATH = re.compile(r"^/[^/]+/(?P<table>[^/.]+)(?:\.\w+)?$")


def facet_aliases(app):
    """An ASGI wrapper reading `_facet=speaker` on the quotes table as `_facet=speaker_id`."""

    async def aliased_app(scope, receive, send):
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"_facet=" in query and query.isascii():  # percent-encoded, as clients send it
            found = _TABLE_PATH.match(scope.get("path", ""))
            aliases = FACET_ALIASES.get(found.group("table")) if found else None
            if aliases:
                pairs = urllib.parse.parse_qsl(query.decode("ascii"), keep_blank_values=True)
                pairs = [(k, aliases.get(v, v) if k == "_facet" else v) for k, v in pairs]
                scope = dict(scope, query_string=urllib.parse.urlencode(pairs).encode("ascii"))
        await app(scope, receive, send)

    return aliased_app


def refuse_writes(app, when=lambda: True):
    """An ASGI wrapper answering 405 to any HTTP method that is not a read (while when() is true)."""

    async def read_only_app(scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in READ_METHODS and when():
            body = json.dumps({"ok": False, "error": "This database is read-only", "status": 405}).encode()
            headers = [(b"content-type", b"application/json; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS")]
            await send({"type": "http.response.start", "status": 405, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return read_only_app


def _plain_error_pages() -> None:
    """Stop Datasette 0.65 from printing errors with rich.

    Datasette 0.65 prints every error it handles (400, 404 included) as a rich traceback with
    local variables when rich is installed, and rich 14+ raises for errors handled outside an
    except block (every 404), which turns a 404 into a crash. Without rich, Datasette renders its
    error pages normally and prints tracebacks of real (500) errors only.
    """
    import datasette.handle_exception

    datasette.handle_exception.rich = None


class ReadOnlyError(PermissionError):
    """A write asked of a database that is published."""


# What tells a view's rows apart (a view has no primary key; see quotes/store.py's VIEWS): the last
# key of the order its pages are read in.
VIEW_KEYS = {"quotes_with_speakers": "id", "speaker_stats": "speaker_id", "quotes_fts_source": "rowid"}

_NAME = r"(?:\w+|\[[^\]]+\])"  # as escape_sqlite writes it
# The query of a table or view page's rows, as Datasette 0.65 builds it (datasette/views/table.py).
_PAGE_ROWS = re.compile(
    rf"select {_NAME}(?:, {_NAME})* from (?P<table>{_NAME}) (?:where .+ )?(?:order by (?P<order>.+?))?"
    r"(?P<limit> limit \d+(?: offset \d+)?)",
    re.S)


class PagedDatabase(Database):
    """A database whose table and view pages are read in a total order, so that following their
    next pages (or ``_stream=on``) gives every row once.

    Datasette 0.65 sorts the first page of a table by the sort column alone (``date desc``) and the
    next ones by the sort column then the primary key, starting after the last row shown: rows tied
    with it that the first page did not show were never given, and those it showed after it were
    given twice. A view's pages are read at offsets of the sort column's order, or of no order at
    all, and SQLite promises no order among ties. So the query of a page's rows gets the key
    Datasette breaks ties with (the primary key, or rowid; a view's key in VIEW_KEYS) at the end of
    its order, if it does not end with it already.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._keys: dict[str, str | None] = {}  # by table or view

    async def execute(self, sql, *args, **kwargs):
        return await super().execute(await self.total_order(sql), *args, **kwargs)

    async def total_order(self, sql: str) -> str:
        """sql with the key of its table or view at the end of its order, if it is a page's rows."""
        found = _PAGE_ROWS.fullmatch(sql)
        if not found:
            return sql
        table, order, at = found["table"].strip("[]"), found["order"], found.start("limit")
        if table not in self._keys:
            self._keys[table] = await self.execute_fn(lambda conn: _key(conn, table))
        key = self._keys[table]
        if key is None or order == key or (order or "").endswith(f", {key}"):
            return sql
        return f"{sql[:at]}{', ' if order else ' order by '}{key}{sql[at:]}"


def _key(conn, table: str) -> str | None:
    """The columns that tell the rows of a table or view apart, as Datasette writes them in an order."""
    found = conn.execute("select type from sqlite_master where name = ?", [table]).fetchone()
    if found is None:
        return None
    if found[0] == "view":
        key = VIEW_KEYS.get(table)
        return key and escape_sqlite(key)
    return ", ".join(map(escape_sqlite, detect_primary_keys(conn, table))) or "rowid"


class LiveDatabase(PagedDatabase):
    """A database file Datasette reads while it changes (``mode=ro``) and never writes to."""

    def connect(self, write=False):
        if write:
            raise ReadOnlyError(f"{self.path}: published read-only")
        return super().connect(write=False)

    async def execute_write_fn(self, fn, block=True):
        raise ReadOnlyError(f"{self.path}: published read-only")


def settle(db_path: str | Path) -> bool:
    """Fold the write-ahead log beside the database, if any, into it; False if that could not be done.

    An immutable reader sees the database file alone: what was committed to the log since the last
    checkpoint would be missing. This changes no data. It fails while another process is writing
    (or when the file cannot be written): serve with ``live=True`` then.
    """
    wal = Path(f"{db_path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    try:
        conn = sqlite3.connect(db_path, timeout=1)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return busy == 0 and (not wal.exists() or wal.stat().st_size == 0)


def upgrade(db_path: str | Path) -> bool:
    """Bring a database made by an earlier version of quotes to the current schema (its stored counts,
    the views and canned queries read them); False if it is older and could not be written."""
    from .store import SCHEMA_VERSION, connect_readonly, open_db

    conn = connect_readonly(db_path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version >= SCHEMA_VERSION:
        return True
    try:
        open_db(db_path).close()
    except sqlite3.Error:
        return False
    return True


class ImmutableDatabase(PagedDatabase):
    """An immutable database that answers the queries of its start-up pages, and the counts and facets
    of its searches, from memory.

    The facets of an unfiltered table page (a million quotes by speaker, source, cue, kind and
    date) take a fraction of a second each, more than Datasette's facet time limit, for counts that
    cannot change while the file is immutable. So at start-up (``precompute``) each table or view
    page with facets in the metadata is requested once, without the facet time limit, and the
    results of its queries are kept; later requests for the same queries get them without touching
    SQLite. Queries with filters (a speaker) run as usual, but the count and facets of a full-text
    search (``?_search=``) are answered from the table's ``FacetIndex`` (quotes/facetindex.py),
    loaded at start-up too.
    """

    def __init__(self, ds, path):
        super().__init__(ds, path, is_mutable=False)
        self.kept: dict = {}
        self.keeping = False
        self.searches: dict[str, SearchQueries] = {}  # by table
        self._matches = (None, {})  # the request (asyncio task) and the rowids of its searches

    async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, page_size=None,
                      log_sql_errors=True):
        sql = await self.total_order(sql)  # first: what is kept, and a search's rows, are in the total order
        key = (sql, json.dumps(params, sort_keys=True, default=str), truncate, page_size)
        if key in self.kept:
            return self.kept[key]
        found = None if self.keeping else self._search_query(sql, params)
        if found:  # a search's: its count and facets from memory, its rows from fewer matches
            queries, query = found
            matches = self._request_matches()
            if not query.sort:
                return await self.execute_fn(lambda conn: queries.answer(conn, query, matches))
            sql, params = await self.execute_fn(lambda conn: queries.rows_query(conn, query, matches))
        if self.keeping:
            custom_time_limit = None  # the SQL time limit only: the result is computed once
        results = await super().execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                        page_size=page_size, log_sql_errors=log_sql_errors)
        if self.keeping:
            self.kept[key] = results
        return results

    def _search_query(self, sql, params):
        """(the SearchQueries of a table, the query) if sql is the count, a facet or the rows of a search."""
        for queries in self.searches.values():
            query = queries.recognise(sql, params)
            if query is not None:
                return queries, query
        return None

    def _request_matches(self) -> dict:
        """The rowids of the searches of the current request (asyncio task): its queries share them."""
        task = asyncio.current_task()
        if self._matches[0] is not task:
            self._matches = (task, {})
        return self._matches[1]


async def precompute(datasette) -> None:
    """For each immutable quote database: load the facet index of each searchable table with facets,
    and request each faceted table or view page, and the home page, once, keeping their query results."""
    for name, database in list(datasette.databases.items()):
        if not isinstance(database, ImmutableDatabase):
            continue
        tables = (datasette.metadata("tables", database=name) or {})
        names = set(await database.table_names())
        views = set(await database.view_names())
        for table, meta in tables.items():
            columns = [c for c in meta.get("facets") or () if isinstance(c, str)]
            order = meta.get("sort_desc") or meta.get("sort")
            if columns and order and order not in columns:
                columns.append(order)  # the rows of a search page, by its order, from the fewer matches that can come first
            if table in names and meta.get("fts_table") and columns:
                index = await database.execute_fn(
                    lambda conn: load_facet_index(conn, Path(database.path), table, columns))
                database.searches[table] = SearchQueries(
                    index, meta["fts_table"], meta.get("fts_pk", "rowid"), meta.get("searchmode") == "raw")
        database.keeping = True
        try:
            for table, meta in tables.items():
                if table in names | views and meta.get("facets"):
                    await datasette.client.get(f"/{name}/{table}.json")  # the page's queries, no template
            if getattr(datasette, "quotes_ui", False):
                await datasette.client.get("/")  # the home page's counts of every article and source
        finally:
            database.keeping = False


@hookimpl
def startup(datasette):
    """Datasette plugin hook: load the facet indexes and precompute the facets of the unfiltered tables
    (see ImmutableDatabase)."""

    async def inner():
        # The first request of precompute runs the start-up hooks again (Datasette marks them done
        # only once they all return): once is enough.
        if getattr(datasette, "quotes_precomputing", False):
            return
        if getattr(datasette, "quotes_read_only", False) and not getattr(datasette, "quotes_live", False):
            datasette.quotes_precomputing = True
            await precompute(datasette)

    return inner


def facets_path(db_path: Path, table: str) -> Path:
    """Where the facet index of a table goes: beside the database, ``quotes.db`` -> ``quotes.quotes.facets``."""
    return db_path.with_name(f"{db_path.stem}.{table}.facets")


def load_facet_index(conn, db_path: Path, table: str, columns: list[str]) -> FacetIndex:
    """The facet index of a table: from the file beside the database if it was made of this one (its
    size and time), else made (seconds at a million quotes) and written there (when it can be)."""
    stat = db_path.stat()
    source = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    path = facets_path(db_path, table)
    index = FacetIndex.read(path, table, columns, source)
    if index is None:
        index = FacetIndex.load(conn, table, columns)
        try:
            index.write(path, source)
        except OSError:
            pass  # a read-only folder: made again at the next start
    return index


def inspect_path(db_path: str | Path) -> Path:
    """Where the inspect file of a database goes: beside it, ``quotes.db`` -> ``quotes.inspect.json``."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.inspect.json")


def inspect_database(db_path: str | Path) -> dict:
    """What ``datasette inspect`` says of the database: its hash, size, and each table's row count.

    Datasette serving an immutable database with this data neither counts every table at start-up
    (the full-text tables take seconds at a million quotes) nor counts the rows of an unfiltered table
    page at each request.
    """
    from datasette.inspect import inspect_hash, inspect_tables, inspect_views

    db_path = Path(db_path)
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        data = {
            "hash": inspect_hash(db_path),
            "size": db_path.stat().st_size,
            "file": str(db_path),
            "views": inspect_views(conn),
            "tables": inspect_tables(conn, {}),
        }
    finally:
        conn.close()
    return {database_name(db_path): data}


def load_inspect_data(db_path: str | Path, path: str | Path | None = None) -> dict:
    """The inspect data of the database: from path if given; else from the file beside the database
    if it is newer than the database and of its size, else computed and written there (when it can be).
    """
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    db_path, path = Path(db_path), inspect_path(db_path)
    try:
        if path.stat().st_mtime_ns >= db_path.stat().st_mtime_ns:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get(database_name(db_path), {}).get("size") == db_path.stat().st_size:
                return data
    except (OSError, ValueError):
        pass
    data = inspect_database(db_path)
    try:
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    except OSError:
        pass  # a read-only folder: computed again at the next start
    return data


def make_datasette(
    db_path: str | Path,
    *,
    metadata: str | Path | None = None,
    sql_time_limit_ms: int = SQL_TIME_LIMIT_MS,
    live: bool = False,
    inspect_file: str | Path | None = None,
):
    """A Datasette instance serving the database read-only with the project's metadata.

    A database made by an earlier version is upgraded first (``upgrade``; ``ds.quotes_upgraded`` says
    whether that worked). Immutable by default (its write-ahead log settled first; ``ds.quotes_settled``
    says whether that worked); with ``live``, read as it changes, for a database that an ingest is writing to.
    Immutable, it uses the inspect data of ``inspect_file``, or of the file beside the database
    (``load_inspect_data``), and precomputes its unfiltered facets at start-up (``ImmutableDatabase``).
    """
    from datasette.app import Datasette

    from datasette.plugins import pm

    _plain_error_pages()
    if pm.get_plugin(PLUGIN) is None:
        pm.register(sys.modules[__name__], name=PLUGIN)
    from . import ui  # the reader's pages: templates, static files, links (quotes/ui.py)

    if pm.get_plugin(ui.PLUGIN) is None:
        pm.register(ui, name=ui.PLUGIN)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"{db_path}: no such database (run `quotes ingest` first)")
    upgraded = upgrade(db_path)
    settled = live or settle(db_path)
    ds = Datasette(
        [str(db_path)] if live else [],
        immutables=[] if live else [str(db_path)],
        metadata=load_metadata(metadata, database_name(db_path)),
        settings={"sql_time_limit_ms": sql_time_limit_ms, **SETTINGS},
        inspect_data=None if live else load_inspect_data(db_path, inspect_file),
        template_dir=str(ui.TEMPLATES),
        static_mounts=[(ui.STATIC_MOUNT, str(ui.STATIC))],
    )
    if live:  # the same database, with no way to write
        name = database_name(db_path)
        ds.remove_database(name)
        ds.add_database(LiveDatabase(ds, str(db_path), is_mutable=True), name=name)
    else:  # the same database, with the results of its start-up pages kept
        name = database_name(db_path)
        ds.remove_database(name)
        ds.add_database(ImmutableDatabase(ds, str(db_path)), name=name)
    ds.quotes_read_only = True
    ds.quotes_live = live
    ds.quotes_settled = settled
    ds.quotes_upgraded = upgraded
    ds.quotes_ui = True
    return ds


def port_in_use(host: str, port: int) -> str | None:
    """Why the server could not listen at host:port (another server there), or None."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a closing socket is no owner
        try:
            probe.bind((host, port))
        except OSError as err:
            return f"cannot listen on {host}:{port} ({err.strerror}): give another port, e.g. --port {port + 1}"
    return None


def serve(
    db_path: str | Path,
    *,
    host: str = HOST,
    port: int = PORT,
    metadata: str | Path | None = None,
    sql_time_limit_ms: int = SQL_TIME_LIMIT_MS,
    live: bool = False,
    echo=print,
) -> None:
    """Serve the database with Datasette until interrupted, printing its address first.

    ``live`` serves a database that an ingest is writing to (see make_datasette).
    """
    import uvicorn

    from .store import writer_of

    if not live and (writer := writer_of(db_path)):  # read as a fixed file, a changing one fails requests
        echo(f"warning: an ingest (process {writer}) is writing to {db_path}: serving it live, as --live does")
        live = True
    ds = make_datasette(db_path, metadata=metadata, sql_time_limit_ms=sql_time_limit_ms, live=live)
    if not ds.quotes_upgraded:
        echo(f"warning: {db_path} was made by an earlier version of quotes and could not be upgraded "
             "(read-only?): some pages and queries will fail until it is served once where it can be written")
    if not ds.quotes_settled:
        echo(
            f"warning: {db_path} is being written to (its write-ahead log could not be folded in): "
            "this view may miss the latest writes; use --live to follow an ingest"
        )
    asyncio.run(ds.invoke_startup())
    site = f"http://{host}:{port}"
    url = f"{site}/{database_name(db_path)}"
    echo(f"Serving {db_path} {'live, ' if live else ''}read-only at {site}/  (Ctrl+C to stop)")
    echo(f"  quotes:   {url}/quotes")
    echo(f"  speakers: {site}/speakers")
    echo(f"  data:     {url}")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)

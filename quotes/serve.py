"""Publish the quote database with Datasette 0.65: read-only, with the project's metadata.

The database is opened immutable (``-i``): Datasette reads it with ``immutable=1`` and has no
write connection, so no request can change it; on top of that, every HTTP method but GET, HEAD
and OPTIONS gets a 405. Arbitrary SQL stays available to readers (read-only, under a time
limit) and the canned queries of ``metadata.yml`` are read-only too.

``metadata.yml`` is package data (``quotes/metadata.yml``); the project's root ``metadata.yml``
is a link to that same file.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import yaml
from datasette import hookimpl

METADATA = Path(__file__).with_name("metadata.yml")
DATABASE = "quotes"  # the name metadata.yml gives the database
SQL_TIME_LIMIT_MS = 3000
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


@hookimpl
def asgi_wrapper(datasette):
    """Datasette plugin hook: the instances made by make_datasette refuse every write method."""
    return lambda app: refuse_writes(app, when=lambda: getattr(datasette, "quotes_read_only", False))


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


def make_datasette(
    db_path: str | Path,
    *,
    metadata: str | Path | None = None,
    sql_time_limit_ms: int = SQL_TIME_LIMIT_MS,
):
    """A Datasette instance serving the database immutable with the project's metadata."""
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
    ds = Datasette(
        [],
        immutables=[str(db_path)],
        metadata=load_metadata(metadata, database_name(db_path)),
        settings={"sql_time_limit_ms": sql_time_limit_ms},
        template_dir=str(ui.TEMPLATES),
        static_mounts=[(ui.STATIC_MOUNT, str(ui.STATIC))],
    )
    ds.quotes_read_only = True
    ds.quotes_ui = True
    return ds


def serve(
    db_path: str | Path,
    *,
    host: str = HOST,
    port: int = PORT,
    metadata: str | Path | None = None,
    sql_time_limit_ms: int = SQL_TIME_LIMIT_MS,
    echo=print,
) -> None:
    """Serve the database with Datasette until interrupted, printing its address first."""
    import uvicorn

    ds = make_datasette(db_path, metadata=metadata, sql_time_limit_ms=sql_time_limit_ms)
    asyncio.run(ds.invoke_startup())
    url = f"http://{host}:{port}/{database_name(db_path)}"
    echo(f"Serving {db_path} read-only at {url}  (Ctrl+C to stop)")
    echo(f"  quotes:   {url}/quotes")
    echo(f"  speakers: {url}/speaker_stats?_sort_desc=quotes")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)

"""The `quotes` command line: thin wrappers over the package's modules."""

from __future__ import annotations

import json
import sys

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quoted speech and its speakers in news articles, store and publish them."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
def extract(paths):
    """Extract quotations from articles and print them as JSON Lines."""
    from .extract import extract_quotes
    from .reader import read_articles

    skipped = 0

    def report(problem):
        nonlocal skipped
        skipped += problem.severity == "error"
        click.echo(str(problem), err=True)

    out = sys.stdout
    for article in read_articles(paths or ("-",), on_problem=report):
        for quote in extract_quotes(article):
            out.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
    if skipped:
        click.echo(f"{skipped} input record(s) skipped", err=True)
        sys.exit(1)


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List the quotes missed or misattributed.")
def evaluate(gold, misses):
    """Score the parser against gold sets and print precision, recall and speaker accuracy."""
    from .evaluate import evaluate_files, print_report

    print_report(evaluate_files(gold), show_misses=misses)


# --- the quote database ------------------------------------------------------------------------

DEFAULT_DB = "db/quotes.db"


def db_option(command):
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The SQLite database.",
    )(command)


def output_options(command):
    for flag, fmt, text in reversed(
        [
            ("--json", "json", "Output a JSON array."),
            ("--nl", "nl", "Output newline-delimited JSON."),
            ("--csv", "csv", "Output CSV."),
        ]
    ):
        command = click.option(flag, "fmt", flag_value=fmt, help=text)(command)
    return command


def filter_options(command):
    command = click.option("--source", help="Only quotes from this source (case-insensitive).")(command)
    return click.option("--since", help="Only articles dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")(
        command
    )


def open_for_reading(db_path):
    """The database at db_path, read-only; a clear error when there is none."""
    from .store import open_readonly

    try:
        return open_readonly(db_path)
    except FileNotFoundError as err:
        raise click.ClickException(str(err)) from err


def show(rows, fmt, columns, title, empty):
    from .query import render

    if not rows and (fmt or "table") == "table":
        click.echo(empty, err=True)
        return
    render(rows, fmt or "table", columns=columns, title=title)


def run_ingest(db_path, paths, **options):
    """Ingest paths into db_path with a progress bar; print problems and the summary to stderr."""
    from .ingest import ingest_paths, progress_bar
    from .store import open_db

    db = open_db(db_path)
    with progress_bar() as advance:
        summary = ingest_paths(
            db, paths, on_problem=lambda message: click.echo(message, err=True), on_progress=advance, **options
        )
    click.echo(f"{summary}\n-> {db_path}", err=True)
    return summary


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@db_option
@click.option("--force", is_flag=True, help="Parse and store every article again, changed or not.")
@click.option("--batch-size", default=500, show_default=True, help="Articles stored per transaction.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes that parse the articles  [default: the number of cores]",
)
def ingest(paths, db_path, force, batch_size, jobs):
    """Parse articles and store them with their quotes and speakers in the SQLite database."""
    from .ingest import default_jobs

    summary = run_ingest(db_path, paths or ("-",), force=force, batch_size=batch_size, jobs=jobs or default_jobs())
    if summary.skipped:
        sys.exit(1)


@cli.command(name="list")
@click.option("--speaker", required=True, help="A speaker's name or alias (case and accents ignored).")
@db_option
@click.option("--limit", type=int, help="At most this many quotes.")
@filter_options
@output_options
def list_quotes(speaker, db_path, limit, since, source, fmt):
    """List the quotes of a speaker, newest first."""
    from .query import quotes_by_speaker

    rows = quotes_by_speaker(open_for_reading(db_path), speaker, limit=limit, since=since, source=source)
    columns = ["date", "speaker", "kind", "quote", "source"]
    show(rows, fmt, columns, f"Quotes of {speaker}", f"No quotes of {speaker!r}.")


@cli.command()
@db_option
@click.option("--limit", default=20, show_default=True, help="How many speakers (0 for all).")
@click.option("--kind", type=click.Choice(["person", "organisation", "group"]), help="Only speakers of this kind.")
@filter_options
@output_options
def speakers(db_path, limit, kind, since, source, fmt):
    """Show who is quoted most, with counts and first and last dates."""
    from .query import top_speakers

    rows = top_speakers(open_for_reading(db_path), limit=limit, since=since, source=source, kind=kind)
    columns = ["speaker", "kind", "quotes", "direct", "partial", "indirect", "articles", "first_date", "last_date"]
    show(rows, fmt, columns, "Most-quoted speakers", "No speakers.")


@cli.command()
@click.argument("text")
@db_option
@click.option("--limit", default=20, show_default=True, help="How many quotes (0 for all).")
@filter_options
@output_options
def search(text, db_path, limit, since, source, fmt):
    """Full-text search of the quotes and their speakers' names, best match first."""
    from .query import search as search_quotes

    rows = search_quotes(open_for_reading(db_path), text, limit=limit, since=since, source=source)
    columns = ["date", "speaker", "kind", "quote", "source"]
    show(rows, fmt, columns, f"Quotes matching {text}", f"No quotes match {text!r}.")


def serve_options(command):
    command = click.option("-p", "--port", default=8001, show_default=True, help="Port to listen on.")(command)
    return click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")(command)


@cli.command()
@db_option
@serve_options
@click.option(
    "--metadata",
    type=click.Path(exists=True, dir_okay=False),
    help="Datasette metadata file (default: the project's metadata.yml).",
)
@click.option("--sql-time-limit-ms", default=3000, show_default=True, help="Time limit of each SQL query.")
def serve(db_path, host, port, metadata, sql_time_limit_ms):
    """Serve the database read-only with Datasette."""
    from .serve import serve as serve_db

    try:
        serve_db(db_path, host=host, port=port, metadata=metadata, sql_time_limit_ms=sql_time_limit_ms, echo=click.echo)
    except FileNotFoundError as err:
        raise click.ClickException(str(err)) from err


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@db_option
@serve_options
def demo(paths, db_path, host, port):
    """Build the database from the bundled sample articles and serve it with Datasette."""
    from .ingest import sample_path
    from .serve import serve as serve_db

    if not paths:
        sample = sample_path()
        if sample is None:
            raise click.ClickException(
                "the sample (examples/sample.jsonl) comes with a source checkout: "
                "install with `pip install -e .` or give articles: quotes demo PATH..."
            )
        paths = (str(sample),)
    run_ingest(db_path, paths)
    serve_db(db_path, host=host, port=port, echo=click.echo)

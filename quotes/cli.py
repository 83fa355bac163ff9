"""The `quotes` command line: thin wrappers over the package's modules."""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .ingest import BATCH_SIZE


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quoted speech and its speakers in news articles, store and publish them."""
    # Started with `<&-` or `>&-`: standard input reads as empty, output goes nowhere, no traceback.
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - for the life of the process
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def cluster_options(command):
    """--scheduler and --cluster: where shards are parsed, when not by this machine's processes."""
    command = click.option(
        "--cluster", nargs=2, type=(click.Choice(["local"]), click.IntRange(min=1)), metavar="local N", default=None,
        help="Parse on a local Dask cluster of N worker processes, one task an input file (the dask extra).")(command)
    return click.option(
        "--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
        help="Parse on the Dask cluster of this scheduler (tcp://host:8786), one task an input file; "
             "also DASK_SCHEDULER_ADDRESS (the dask extra).")(command)


def write_shards(paths, parquet, scheduler, cluster, force, show_problems=True, **options):
    """Parse every input file into its Parquet shard in parquet, on a Dask cluster or in this process; print
    the failures (and the input's problems if show_problems) and the run's summary. Returns the ShardRun."""
    from .shards import MissingExtra, extract_shards, input_shards

    def shard_problems(done):
        for problem in done.problems:
            click.echo(problem["message"], err=True)
        if done.errors:
            click.echo(f"{done.input}: {done.errors} articles the parser failed on (skipped)", err=True)

    files = input_shards(paths, lambda problem: click.echo(problem, err=True))
    if not files:
        raise click.ClickException("no input files: give files, folders or quoted globs ('feed/*.jsonl.gz')")
    run_options = dict(force=force, on_shard=shard_problems if show_problems else None, **options)
    try:
        if scheduler or cluster:
            from .cluster import SchedulerUnreachable, on_cluster

            try:
                run = extract_shards(files, parquet, run_tasks=on_cluster(scheduler, cluster and cluster[1]),
                                     **run_options)
            except SchedulerUnreachable as err:
                raise click.ClickException(f"{err}; the shards written are kept: run the same command again") from err
        else:
            run = extract_shards(files, parquet, **run_options)
    except MissingExtra as err:
        raise click.ClickException(str(err)) from err
    for path, error in run.failed:
        click.echo(f"{path}: shard failed: {error}; run the same command again to redo it", err=True)
    click.echo(f"{run}\n-> {parquet}", err=True)
    return run


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--lang", "forced", metavar="CODE",
              help="Read every article as this language, whatever its own says (else its own, else the one detected).")
@click.option("--parquet", type=click.Path(file_okay=False),
              help="Write Parquet shards into this folder, one an input file, instead of JSON Lines.")
@click.option("--force", is_flag=True, help="With --parquet: write again the shards done before.")
@cluster_options
def extract(paths, forced, parquet, force, scheduler, cluster):
    """Extract quotations from articles and print them as JSON Lines, or write them as Parquet shards."""
    from dataclasses import replace

    from .detect import with_language
    from .ingest import MAX_ARTICLE_CHARS, extract_guarded
    from .lang import available, has_data
    from .reader import read_articles

    if forced is not None and forced not in available():
        raise click.BadParameter(f"no data for {forced!r}; languages: {', '.join(available())}", param_hint="--lang")
    if (scheduler or cluster) and not parquet:
        raise click.UsageError("a cluster writes Parquet shards: give --parquet DIR")
    if parquet:
        run = write_shards(paths or ("-",), parquet, scheduler, cluster, force, lang=forced)
        sys.exit(1 if run.failed or any(d.skipped for d in run.done if not d.before) else 0)
    skipped = 0
    unread: Counter[str] = Counter()  # articles in a language with no data, by code

    def report(problem):
        nonlocal skipped
        skipped += problem.severity == "error"
        click.echo(str(problem), err=True)

    out = sys.stdout
    articles = read_articles(paths or ("-",), on_problem=report, max_chars=MAX_ARTICLE_CHARS, check_gzip=True)
    for article in articles:
        article = with_language(article) if forced is None else replace(article, lang=forced)
        if not has_data(article.lang):
            unread[article.lang] += 1
        quotes, error = extract_guarded(article)
        if error is not None:  # the same guards as ingest's: one article never stops the run
            skipped += 1
            click.echo(f"{article.id}: parser error: {error}", err=True)
            continue
        for quote in quotes:
            out.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
    if unread:
        click.echo(f"{sum(unread.values())} article(s) in a language with no data here "
                   f"({', '.join(f'{code}: {n}' for code, n in unread.most_common())}): their quotations found, "
                   f"no speakers guessed", err=True)
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
SINCE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


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
    return click.option("--since", callback=check_since,
                        help="Only articles dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")(command)


def check_since(ctx, param, value):
    """`--since sept 2020` would compare as text with every date and match nothing: refuse it."""
    if value is None:
        return value
    try:
        year, month, day = SINCE.fullmatch(value).groups()
        datetime.date(max(1, int(year)), int(month or 1), int(day or 1))
    except (AttributeError, ValueError):
        raise click.BadParameter(f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-09)") from None
    return value


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
    from .ingest import ingest_paths

    return run_store(db_path, lambda db, **run: ingest_paths(db, paths, **run, **options))


def run_store(db_path, store_into):
    """Run store_into(db, on_problem=..., on_progress=...) on the database at db_path with a progress bar;
    print problems and the summary to stderr, and a clear message when the disk fills up or on Ctrl-C."""
    from .ingest import StorageFull, progress_bar
    from .store import counts, open_db, writing

    db = open_db(db_path)
    try:
        with writing(db_path), progress_bar() as advance:
            summary = store_into(db, on_problem=lambda message: click.echo(message, err=True), on_progress=advance)
    except StorageFull as err:
        click.echo(
            f"{db_path}: cannot write any more ({err}): {err.summary.stored:,} articles stored by this run, and "
            "everything stored before is intact; free some space and run the same command again: stored "
            "articles are skipped.",
            err=True,
        )
        sys.exit(1)
    except KeyboardInterrupt:
        stored = counts(db)["articles"]
        click.echo(
            f"Interrupted: {db_path} holds {stored:,} articles (not the batch being written when stopped); "
            "run the same command again to carry on: stored articles are skipped.",
            err=True,
        )
        sys.exit(130)  # 128 + SIGINT, as shells report a command stopped by Ctrl-C
    click.echo(f"{summary}\n-> {db_path}", err=True)
    return summary


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@db_option
@click.option("--force", is_flag=True, help="Parse and store every article again, changed or not.")
@click.option("--batch-size", default=BATCH_SIZE, show_default=True, help="Articles stored per transaction.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes that parse the articles  [default: the number of cores]",
)
@cluster_options
@click.option("--parquet", type=click.Path(file_okay=False),
              help="With a cluster: the folder of the Parquet shards  [default: beside the database, NAME.shards]")
def ingest(paths, db_path, force, batch_size, jobs, scheduler, cluster, parquet):
    """Parse articles and store them with their quotes and speakers in the SQLite database."""
    from .ingest import default_jobs

    if not (scheduler or cluster):
        if parquet:
            raise click.UsageError("--parquet goes with a cluster (--scheduler or --cluster local N)")
        summary = run_ingest(db_path, paths or ("-",), force=force, batch_size=batch_size, jobs=jobs or default_jobs())
        if summary.skipped:
            sys.exit(1)
        return
    from .shards import parquet_folder_of

    if jobs:
        raise click.UsageError("--jobs is for this machine's processes; a cluster has its own workers")
    parquet = parquet or str(parquet_folder_of(db_path))
    run = write_shards(paths or ("-",), parquet, scheduler, cluster, force, show_problems=False)
    summary = run_load(db_path, parquet, force=force, batch_size=batch_size)
    sys.exit(1 if summary.skipped or run.failed else 0)


def run_load(db_path, parquet, **options):
    """Load the Parquet shards in parquet into db_path, printing problems and the summary."""
    from .shards import MissingExtra, load_shards

    try:
        return run_store(db_path, lambda db, **run: load_shards(db, parquet, **run, **options))
    except MissingExtra as err:
        raise click.ClickException(str(err)) from err


@cli.command()
@click.argument("parquet", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--force", is_flag=True, help="Store every article again, changed or not.")
@click.option("--batch-size", default=BATCH_SIZE, show_default=True, help="Articles stored per transaction.")
def load(parquet, db_path, force, batch_size):
    """Store the Parquet shards of `quotes extract --parquet` in the SQLite database, as an ingest would."""
    summary = run_load(db_path, parquet, force=force, batch_size=batch_size)
    sys.exit(1 if summary.skipped else 0)


@cli.command()
@db_option
@click.option("--parquet", required=True, type=click.Path(file_okay=False),
              help="The folder to write quotes.parquet, speakers.parquet and articles.parquet into.")
def export(db_path, parquet):
    """Write the database's quotes, speakers and articles as Parquet files, for DuckDB, Spark or pandas."""
    from .export import export_parquet
    from .shards import MissingExtra

    try:
        written = export_parquet(open_for_reading(db_path), parquet)
    except MissingExtra as err:
        raise click.ClickException(str(err)) from err
    click.echo(", ".join(f"{table}: {rows:,} rows" for table, rows in written.items()) + f"\n-> {parquet}", err=True)


CANDIDATE_COLUMNS = ["speaker", "kind", "quotes", "articles", "first_date", "last_date", "speakers", "speaker_id"]


def show_candidates(name, candidates, fmt):
    """Print the speakers a name may designate, to choose from; exit with status 1."""
    click.echo(
        f"{name!r} may be {len(candidates)} different speakers: give one's exact name, or --all for every one.",
        err=True,
    )
    rows = [{k: c[k] for k in CANDIDATE_COLUMNS} for c in candidates]
    for row in rows:
        row["speakers"] = "one across articles" if row["speaker_id"] else f"{row['speakers']}, one per article"
    show(rows, fmt, CANDIDATE_COLUMNS, f"Speakers called {name}", "")
    sys.exit(1)


@cli.command(name="list")
@click.option("--speaker", required=True, help="A speaker's name or alias (case and accents ignored).")
@db_option
@click.option("--limit", type=int, help="At most this many quotes.")
@click.option("--all", "every", is_flag=True, help="When the name may be several speakers, list the quotes of all.")
@filter_options
@output_options
def list_quotes(speaker, db_path, limit, every, since, source, fmt):
    """List the quotes of a speaker, newest first; list the candidates if the name is ambiguous."""
    from .query import Ambiguous, Unknown, quotes_by_speaker

    try:
        rows = quotes_by_speaker(
            open_for_reading(db_path), speaker, limit=limit, since=since, source=source, every=every
        )
    except Ambiguous as err:
        show_candidates(speaker, err.candidates, fmt)
    except Unknown as err:
        raise click.ClickException(str(err)) from err
    columns = ["date", "speaker", "kind", "quote", "source"]
    show(rows, fmt, columns, f"Quotes of {speaker}", f"No quotes of {speaker!r}.")


@cli.group(invoke_without_command=True)
@db_option
@click.option("--limit", default=20, show_default=True, help="How many speakers (0 for all).")
@click.option("--kind", type=click.Choice(["person", "organisation", "group"]), help="Only speakers of this kind.")
@filter_options
@output_options
@click.pass_context
def speakers(ctx, db_path, limit, kind, since, source, fmt):
    """Show who is quoted most, with counts and first and last dates; curate speakers (see the commands)."""
    if ctx.invoked_subcommand is not None:
        return
    from .query import top_speakers

    rows = top_speakers(open_for_reading(db_path), limit=limit, since=since, source=source, kind=kind)
    columns = ["speaker", "kind", "quotes", "direct", "partial", "indirect", "articles", "first_date", "last_date"]
    show(rows, fmt, columns, "Most-quoted speakers", "No speakers.")


def open_for_curating(db_path):
    """The database at db_path, to write to; a clear error when there is none (a typo in --db must not
    make a new, empty one)."""
    from .store import open_db

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; build it with `quotes ingest` first")
    return open_db(db_path)


def curate(action, db_path, *args, **kwargs):
    """Record and apply a curation; a clear error when a speaker is unknown or ambiguous."""
    from . import identity

    db = open_for_curating(db_path)
    try:
        curation = getattr(identity, action)(db, *args, **kwargs)
    except identity.NotFound as err:
        if err.candidates:
            show(err.candidates, None, ["speaker_id", "name", "kind", "quotes", "first_date", "last_date", "key"],
                 "Candidates", "")
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"curation #{curation.id} recorded: {curation.action} {json.dumps(curation.args, ensure_ascii=False)}",
               err=True)
    return db, curation


@speakers.command()
@click.argument("into")
@click.argument("others", nargs=-1, required=True)
@db_option
@click.option("--note", help="Why (kept with the curation).")
def merge(into, others, db_path, note):
    """Make OTHERS the same speaker as INTO (names, ids or keys), now and after every ingest."""
    curate("merge", db_path, into, others, note=note)


@speakers.command()
@click.argument("speaker")
@click.option("--name", "names", multiple=True, help="Take away the quotes an article gave under this name.")
@click.option("--article", "articles", multiple=True, help="Take away the quotes of this article.")
@db_option
@click.option("--note", help="Why (kept with the curation).")
def split(speaker, names, articles, db_path, note):
    """Take names or articles away from a speaker (every other name if none given), for good."""
    curate("split", db_path, speaker, names, articles, note=note)


@speakers.command()
@click.argument("speaker")
@click.argument("new_name")
@db_option
@click.option("--note", help="Why (kept with the curation).")
def rename(speaker, new_name, db_path, note):
    """Show SPEAKER under NEW_NAME, now and after every ingest."""
    curate("rename", db_path, speaker, new_name, note=note)


@speakers.command(name="set-gender")
@click.argument("speaker")
@click.argument("gender", type=click.Choice(["female", "male", "unknown"]))
@db_option
@click.option("--note", help="Why (kept with the curation).")
def set_gender(speaker, gender, db_path, note):
    """Decide the gender of SPEAKER, a person, whatever the articles say, now and after every ingest."""
    curate("set_gender", db_path, speaker, gender, note=note)


@speakers.command(name="curations")
@db_option
@output_options
def list_curations(db_path, fmt):
    """List the recorded merges, splits, renames and genders, in the order they apply."""
    db = open_for_reading(db_path)
    rows = list(db.query("SELECT id, action, args, note, created_at FROM curations ORDER BY id"))
    show(rows, fmt, ["id", "action", "args", "note", "created_at"], "Curations", "No curations.")


@speakers.command(name="show")
@click.argument("name")
@db_option
@output_options
def show_speaker(name, db_path, fmt):
    """Show a speaker: kind, gender, quotes, dates, other names, and roles over time."""
    from .query import Unknown, close_names, speaker_candidates, speaker_card

    db = open_for_reading(db_path)
    candidates = speaker_candidates(db, name)
    if not candidates:
        raise click.ClickException(str(Unknown(name, close_names(db, name))))
    if len(candidates) > 1 or not candidates[0]["speaker_id"]:
        show_candidates(name, candidates, fmt)
    card = speaker_card(db, candidates[0]["speaker_id"])
    if fmt:
        show([card], fmt, list(card), "", "")
        return
    click.echo(f"{card['name']} ({card['kind']}): {card['quotes']} quotes in {card['articles']} articles, "
               f"{card['first_date']} to {card['last_date']}")
    if card["gender"]:
        evidence = ", ".join(f"{clue} ({n})" for clue, n in sorted(card["gender_evidence"].items()))
        click.echo(f"gender: {card['gender']}" + (f", from {evidence}" if evidence else ""))
    click.echo(f"id {card['speaker_id']}, key {card['key']}")
    if card["other_names"]:
        click.echo(f"also called: {card['other_names']}")
    click.echo("identity: " + ", ".join(f"{rule} ({n})" for rule, n in sorted(card["rules"].items())))
    several = len({role["lang"] for role in card["roles"]}) > 1  # each role as its language writes it
    columns = ["role", *(["lang"] if several else []), "first_date", "last_date", "articles"]
    show(card["roles"], None, columns, "Roles over time", "No roles.")


@speakers.command()
@db_option
def rebuild(db_path):
    """Decide every speaker's identity again from the stored quotes (after an upgrade)."""
    from .identity import rebuild as rebuild_identities
    from .store import counts

    db = open_for_curating(db_path)
    with db.atomic():
        rebuild_identities(db)
    click.echo(f"{counts(db)['speakers']} speakers", err=True)


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


@cli.command()
@click.option("--by", multiple=True, required=True, type=click.Choice(["gender", "source", "month", "kind"]),
              help="Count by this; repeat it for several (--by gender --by source).")
@db_option
@filter_options
@output_options
def stats(by, db_path, since, source, fmt):
    """Count the quotes by gender, source, month or kind; by gender, the shares of women, men and unknown."""
    from .query import quote_stats, stat_columns

    rows = quote_stats(open_for_reading(db_path), by, since=since, source=source)
    show(rows, fmt, stat_columns(by), f"Quotes by {', '.join(by)}", "No quotes.")


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
@click.option(
    "--live",
    is_flag=True,
    help="Follow a database that an ingest is writing to: read it as it changes (still read-only).",
)
def serve(db_path, host, port, metadata, sql_time_limit_ms, live):
    """Serve the database read-only with Datasette."""
    from .serve import port_in_use
    from .serve import serve as serve_db

    if problem := port_in_use(host, port):
        raise click.ClickException(problem)
    try:
        serve_db(
            db_path,
            host=host,
            port=port,
            metadata=metadata,
            sql_time_limit_ms=sql_time_limit_ms,
            live=live,
            echo=click.echo,
        )
    except FileNotFoundError as err:
        raise click.ClickException(str(err)) from err


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@db_option
@serve_options
def demo(paths, db_path, host, port):
    """Build the database from the bundled sample articles and serve it with Datasette."""
    from .ingest import sample_path
    from .serve import port_in_use
    from .serve import serve as serve_db

    if problem := port_in_use(host, port):  # before the ingest, not after it
        raise click.ClickException(problem)
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

"""The benchmark suite: extraction, ingest, memory, re-ingest and Datasette, each against a reference.

    python benchmarks/run.py [--corpus PATH] [--quick] [--jobs N] [--copies N] [--reuse]

Prints a table and writes it with the raw figures to benchmarks/out/results.json (and .md).
Every figure is paired with a reference measured in the same run on the same data, so that the
ratio holds on a noisy machine. See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from measure import median, percentile, run  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "orangesum-fr.jsonl.gz"
ENGLISH_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-en.jsonl.gz"  # extraction only, in English
OUT = HERE / "out"
PYTHON = sys.executable
ENV = dict(os.environ)


def snapshot(out: Path) -> Path:
    """Copy the package to out/snapshot and run everything from there: one version of the code for
    the whole run, even while the working tree changes."""
    target = out / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "quotes", target / "quotes", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(target))
    ENV["PYTHONPATH"] = os.pathsep.join([str(target), *filter(None, [os.environ.get("PYTHONPATH")])])
    return target
QUICK_ARTICLES = 3000

# The floor of extraction: one regex pass over the text for quote-mark spans, no attribution.
QUOTE_MARKS = regex.compile(r'"[^"\n]{1,3000}"|«[^»]{1,3000}»|“[^”]{1,3000}”')


# --- data -------------------------------------------------------------------------------------


def read_corpus(path: Path, limit: int | None) -> list[dict]:
    """The corpus's records (the benchmark holds them in memory; ingest does not)."""
    records = []
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def write_jsonl(records: list[dict], path: Path) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def db_digest(path: Path) -> str:
    """A hash of every row of the database's own tables (full-text shadow tables and times left out)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        )
    ]
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
        kept = ", ".join(f"[{c}]" for c in columns if c not in ("ingested_at", "created_at"))
        digest.update(table.encode())
        for row in conn.execute(f"SELECT rowid, {kept} FROM [{table}] ORDER BY rowid"):
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- extraction ---------------------------------------------------------------------------------


def bench_extraction(records: list[dict], lang: str = "fr") -> dict:
    """Parse every article in this process (one core) against a bare regex scan of the same texts."""
    from quotes.extract import extract_quotes
    from quotes.model import Article

    articles = [Article(r["text"], id=str(r.get("id")), date=r.get("date"), source=r.get("source"), lang=lang)
                for r in records]
    size = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    extract_quotes(articles[0])  # load the lexicon and the first-name data outside the timing

    cpu, wall = time.process_time(), time.perf_counter()
    spans = sum(1 for a in articles for _ in QUOTE_MARKS.finditer(a.text))
    scan_cpu, scan_wall = time.process_time() - cpu, time.perf_counter() - wall

    cpu, wall = time.process_time(), time.perf_counter()
    quotes = sum(len(extract_quotes(a)) for a in articles)
    parse_cpu, parse_wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "articles": len(articles),
        "mb": size,
        "quotes": quotes,
        "spans": spans,
        "cpu": parse_cpu,
        "wall": parse_wall,
        "scan_cpu": scan_cpu,
        "scan_wall": scan_wall,
        "articles_per_s": len(articles) / parse_cpu,
        "mb_per_s": size / parse_cpu,
        "scan_mb_per_s": size / scan_cpu,
        "ratio": parse_cpu / scan_cpu,
    }


LONG_ARTICLE_CHARS = (250_000, 1_000_000, 2_000_000)  # up to the size limit (MAX_ARTICLE_CHARS)


def bench_long_article(records: list[dict]) -> dict:
    """Parse one long text made of articles run together, at growing lengths: how parsing time grows
    with an article's size (the README states the bound). CPU seconds by length in characters."""
    from quotes.extract import extract_quotes
    from quotes.model import Article

    text = "\n\n".join(r["text"] for r in records)
    extract_quotes(Article(records[0]["text"], id="warm-up"))  # the lexicon and first names, outside the timing
    seconds = {}
    for n in LONG_ARTICLE_CHARS:
        if len(text) < n:
            break
        cpu = time.process_time()
        extract_quotes(Article(text[:n], id=f"long-{n}"))
        seconds[n] = time.process_time() - cpu
    return {"seconds": seconds}


# --- ingest -------------------------------------------------------------------------------------


def ingest(db: Path, source: Path | str, jobs: int, *, stdin_command=None, fresh=True) -> dict:
    if fresh:
        remove_db(db)
    # -P: not the working directory first on the path, which would run the working tree's package rather
    # than the snapshot's when the run starts from the project's root
    command = [PYTHON, "-P", "-m", "quotes", "ingest", "--db", str(db), "--jobs", str(jobs), str(source)]
    result = run(command, stdin_command=stdin_command, env=ENV)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    summary = [line for line in result.stderr.splitlines() if " articles read: " in line]
    return {
        "jobs": jobs,
        "wall": result.wall,
        "cpu": result.cpu,
        "peak_mb": result.peak_mb,
        "peak_main_mb": result.peak_rss_main / 2**20,
        "peak_pss_mb": result.peak_pss / 2**20,
        "summary": summary[-1] if summary else result.stderr[-500:],
        "rss_samples": [(round(t, 1), round(b / 2**20)) for t, b in result.samples[:: max(1, len(result.samples) // 40)]],
    }


def bare_insert(db: Path, scratch: Path) -> dict:
    """The reference of ingest: executemany of the rows ingest stored into bare tables, one transaction."""
    source = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = {}
    for table in ("articles", "quotes"):
        columns = [row[1] for row in source.execute(f"PRAGMA table_info([{table}])")]
        tables[table] = (columns, source.execute(f"SELECT * FROM [{table}]").fetchall())
    source.close()
    remove_db(scratch)
    conn = sqlite3.connect(scratch)
    started = time.perf_counter()
    cpu = time.process_time()
    with conn:
        for table, (columns, rows) in tables.items():
            conn.execute(f"CREATE TABLE [{table}] ({', '.join(f'[{c}]' for c in columns)})")
            conn.executemany(f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(columns))})", rows)
    result = {
        "wall": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "rows": sum(len(rows) for _, rows in tables.values()),
    }
    conn.close()
    remove_db(scratch)
    return result


def reingest_in_process(db: Path, corpus: Path, jobs: int) -> dict:
    """Re-ingest timed inside one process (no interpreter start-up): the ingest loop's own rate."""
    from quotes.ingest import ingest_paths
    from quotes.store import open_db

    database = open_db(db)
    started, cpu = time.perf_counter(), time.process_time()
    summary = ingest_paths(database, [str(corpus)], jobs=jobs)
    result = {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
              "articles": summary.read, "unchanged": summary.unchanged}
    database.close()
    return result


def bare_read(corpus: Path, limit: int | None) -> dict:
    """The reference of re-ingest: decompress the corpus and decode its JSON, nothing else."""
    started, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in read_corpus(corpus, limit))
    return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu, "articles": count}


# --- Datasette ----------------------------------------------------------------------------------


def bench_datasette(db: Path, repeats: int) -> dict:
    """Response times of pages through Datasette's own client, served as `quotes serve` serves them."""
    from quotes.serve import facets_path, inspect_path, make_datasette, upgrade

    upgrade(db)  # a database of an earlier schema (--reuse): out of the timing
    inspect_path(db).unlink(missing_ok=True)
    facets_path(db, "quotes").unlink(missing_ok=True)
    started = time.perf_counter()
    ds = make_datasette(db)  # writes the inspect file beside the database
    inspect_seconds = time.perf_counter() - started
    name = db.stem
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    by_speaker = conn.execute(
        "SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY 2 DESC"
    ).fetchall()
    top, typical = by_speaker[0], by_speaker[min(len(by_speaker) - 1, 200)]  # the most quoted; the 200th
    names = dict(conn.execute("SELECT id, name FROM speakers WHERE id IN (?, ?)", [top[0], typical[0]]).fetchall())
    speaker_columns = {row[1] for row in conn.execute("PRAGMA table_info(speakers)")}
    conn.close()
    pages = {
        "reference": "/-/versions.json",
        "quotes page, unfiltered (7 facets)": f"/{name}/quotes",
        "speaker facet": f"/{name}/quotes?_facet=speaker_id",
        "FTS search: macron": f"/{name}/quotes?_search=macron",
        "FTS search: gilets jaunes": f"/{name}/quotes?_search=gilets+jaunes",
        "FTS search: pangolin": f"/{name}/quotes?_search=pangolin",
        f"a speaker's quotes: {names[top[0]]} ({top[1]:,})": f"/{name}/quotes?speaker_id={top[0]}",
        f"a speaker's quotes: {names[typical[0]]} ({typical[1]:,})": f"/{name}/quotes?speaker_id={typical[0]}",
        "canned: speaker_quotes (macron)": f"/{name}/speaker_quotes?speaker=macron",
        "canned: who_said (gilets jaunes)": f"/{name}/who_said?phrase=gilets+jaunes",
        "canned: top_speakers_by_month (2020-07)": f"/{name}/top_speakers_by_month?month=2020-07",
        "canned: top_speakers_by_source (Orange Actu)": f"/{name}/top_speakers_by_source?source=Orange+Actu",
        "canned: top_speakers_by_month (every month)": f"/{name}/top_speakers_by_month?month=",
        "canned: top_speakers_by_source (every source)": f"/{name}/top_speakers_by_source?source=",
        "speaker_stats view (who is quoted most)": f"/{name}/speaker_stats?_sort_desc=quotes",
        "quotes_with_speakers view": f"/{name}/quotes_with_speakers",
    }
    if "quotes" in speaker_columns:
        pages["speakers by quotes (stored counts)"] = f"/{name}/speakers?_sort_desc=quotes"
    pages.update({  # the reader's pages (quotes/templates)
        "reader: home page": "/",
        "reader: charts": "/charts",
        "reader: speakers": "/speakers",
        f"reader: speaker page, {names[top[0]]}": f"/speaker/{top[0]}",
        "reader: search, macron": "/search?q=macron",
        "reader: search, pangolin": "/search?q=pangolin",
    })

    async def measure() -> dict:
        started = time.perf_counter()
        await ds.invoke_startup()  # loads the facet index, precomputes the unfiltered facets
        startup = time.perf_counter() - started
        rss_mb = int(Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]) / 1024
        results = {}
        for label, path in pages.items():
            times, notes = [], set()
            count = repeats + 1
            while len(times) < count:
                t = time.perf_counter()
                response = await ds.client.get(path)
                times.append(time.perf_counter() - t)
                if response.status_code != 200:
                    notes.add(f"HTTP {response.status_code}")
                elif "timed out" in response.text:
                    notes.add("timed out")
                if len(times) == 1 and times[0] > 1:
                    count = min(count, 4)  # a page over a second: a few requests tell enough
            first, times = times[0], times[1:]
            results[label] = {
                "path": path,
                "first_ms": first * 1000,
                "median_ms": median(times) * 1000,
                "p95_ms": percentile(times, 0.95) * 1000,
                "note": ", ".join(sorted(notes)),
            }
        started = time.perf_counter()
        await make_datasette(db).invoke_startup()  # reads the facet index the first start wrote
        return {"startup_seconds": startup, "later_startup_seconds": time.perf_counter() - started,
                "rss_after_startup_mb": rss_mb, "pages": results}

    measured = asyncio.run(measure())
    return {"quotes": quotes, "inspect_seconds": inspect_seconds, **measured}


# --- the run ------------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"load average {load:.1f} at start"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"JSON Lines corpus (default {CORPUS})")
    parser.add_argument("--quick", action="store_true", help=f"the first {QUICK_ARTICLES} articles only, 3 copies")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="ingest --jobs (default: cores)")
    parser.add_argument("--copies", type=int, help="copies of the corpus for the memory and Datasette figures (10)")
    parser.add_argument("--repeats", type=int, default=20, help="requests per Datasette page (20)")
    parser.add_argument("--reuse", action="store_true", help="reuse the replicated database of an earlier run")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where databases and results go ({OUT})")
    args = parser.parse_args(argv)

    if not args.corpus.is_file():
        print(f"SKIPPED: no corpus at {args.corpus} (give one with --corpus PATH)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    snapshot(args.out)
    limit = QUICK_ARTICLES if args.quick else None
    copies = args.copies or (3 if args.quick else 10)
    tag = "quick" if args.quick else "full"
    results: dict = {"machine": machine(), "corpus": str(args.corpus), "mode": tag, "jobs": args.jobs}
    print(results["machine"], flush=True)

    records = read_corpus(args.corpus, limit)
    corpus = args.corpus if limit is None else write_jsonl(records, args.out / f"corpus-{limit}.jsonl.gz")

    def step(label):
        print(f"... {label}", file=sys.stderr, flush=True)

    step(f"extraction of {len(records)} articles in one process")
    results["extraction"] = bench_extraction(records)
    if ENGLISH_CORPUS.is_file():
        english = read_corpus(ENGLISH_CORPUS, limit)
        step(f"extraction of {len(english)} English articles in one process")
        results["extraction_en"] = bench_extraction(english, "en")
        del english
    step("one long article, at growing lengths")
    results["long_article"] = bench_long_article(records)
    del records

    step(f"ingest --jobs {args.jobs}")
    db = args.out / f"ingest-{tag}.db"
    results["ingest"] = ingest(db, corpus, args.jobs)
    step("reference: executemany of the same rows into bare tables")
    results["bare_insert"] = bare_insert(db, args.out / "bare.db")
    step("re-ingest of the unchanged corpus")
    results["reingest"] = ingest(db, corpus, args.jobs, fresh=False)
    results["reingest_loop"] = reingest_in_process(db, Path(corpus), args.jobs)
    results["bare_read"] = bare_read(Path(corpus), None)
    if args.jobs > 1:
        step("ingest --jobs 1, to compare the databases")
        one = args.out / f"ingest-{tag}-j1.db"
        results["ingest_j1"] = ingest(one, corpus, 1)
        results["identical"] = db_digest(db) == db_digest(one)
        remove_db(one)

    big = args.out / f"replicated-{tag}-{copies}.db"
    saved = args.out / f"replicated-{tag}-{copies}.json"
    if args.reuse and big.is_file() and saved.is_file():
        step(f"reusing {big}")
        results["replicated"] = json.loads(saved.read_text())
    else:
        step(f"ingest of {copies} copies of the corpus (distinct ids) into {big}")
        feed = [PYTHON, str(HERE / "replicate.py"), str(corpus), str(copies)]
        results["replicated"] = ingest(big, "-", args.jobs, stdin_command=feed)
        results["replicated"]["copies"] = copies
        saved.write_text(json.dumps(results["replicated"]))

    step(f"Datasette on {big}")
    results["datasette"] = bench_datasette(big, args.repeats)

    table = render(results)
    print(table)
    (args.out / f"results-{tag}.json").write_text(json.dumps(results, indent=2))
    (args.out / f"results-{tag}.md").write_text(table + "\n")
    return 0


def render(r: dict) -> str:
    e, i, b, re_, rb = r["extraction"], r["ingest"], r["bare_insert"], r["reingest"], r["bare_read"]
    rep, d = r["replicated"], r["datasette"]
    articles = e["articles"]
    rows = [
        ("figure", "measured", "reference (same run)", "ratio", "target"),
        (
            "extraction, 1 core (CPU time)",
            f"{e['mb_per_s']:.2f} MB/s, {e['articles_per_s']:.0f} articles/s",
            f"bare regex scan {e['scan_mb_per_s']:.0f} MB/s",
            f"{e['ratio']:.0f}x the scan's time",
            ">= 5 MB/s; <= 10x",
        ),
    ]
    if "extraction_en" in r:
        en = r["extraction_en"]
        rows.append(
            (
                f"extraction, English ({en['articles']} articles), 1 core (CPU time)",
                f"{en['mb_per_s']:.2f} MB/s, {en['articles_per_s']:.0f} articles/s",
                f"bare regex scan {en['scan_mb_per_s']:.0f} MB/s; French {e['mb_per_s']:.2f} MB/s",
                f"{en['ratio']:.0f}x the scan's time; {en['mb_per_s'] / e['mb_per_s']:.2f}x French's rate",
                ">= French's MB/s",
            )
        )
    if r.get("long_article", {}).get("seconds"):
        long = {int(n): t for n, t in r["long_article"]["seconds"].items()}
        first = min(long)
        rows.append(
            (
                "one long article (articles run together), 1 core",
                ", ".join(f"{n / 1e6:g} M characters {t:.1f} s" for n, t in sorted(long.items())),
                f"{first / 1e6:g} M characters: {long[first]:.1f} s",
                ", ".join(f"{long[n] / long[first]:.0f}x for {n // first}x" for n in sorted(long) if n != first),
                "within the 60 s time limit",
            )
        )
    rows += [
        (
            f"ingest --jobs {i['jobs']} ({articles} articles)",
            f"{i['wall']:.1f} s wall, {i['cpu']:.0f} s CPU, {articles / i['wall']:.0f} articles/s",
            f"bare executemany {b['wall']:.1f} s ({b['rows']} rows)",
            f"{i['wall'] / b['wall']:.0f}x",
            "<= 45 s (full corpus)",
        ),
    ]
    if "ingest_j1" in r:
        one = r["ingest_j1"]
        rows.append(
            (
                "ingest --jobs 1",
                f"{one['wall']:.1f} s wall, {one['cpu']:.0f} s CPU, peak RSS {one['peak_mb']:.0f} MB",
                f"--jobs {i['jobs']}: {i['wall']:.1f} s",
                f"speed-up {one['wall'] / i['wall']:.2f}x; databases identical: {r['identical']}",
                "identical",
            )
        )
    rows += [
        (
            f"peak RSS, ingest of the corpus (all processes)",
            f"{i['peak_mb']:.0f} MB (main process {i['peak_main_mb']:.0f} MB); PSS {i.get('peak_pss_mb', 0):.0f} MB",
            f"{rep['copies']} copies: {rep['peak_mb']:.0f} MB; PSS {rep.get('peak_pss_mb', 0):.0f} MB",
            f"{rep['peak_mb'] / i['peak_mb']:.2f}x for {rep['copies']}x the articles",
            "<= 300 MB, flat",
        ),
        (
            f"ingest of {rep['copies']} copies ({rep['copies'] * articles} articles)",
            f"{rep['wall']:.0f} s wall, {rep['copies'] * articles / rep['wall']:.0f} articles/s",
            f"1 copy: {articles / i['wall']:.0f} articles/s",
            f"{(rep['copies'] * articles / rep['wall']) / (articles / i['wall']):.2f}x",
            "flat",
        ),
        (
            "re-ingest, unchanged corpus: `quotes ingest`",
            f"{articles / re_['wall']:.0f} articles/s ({re_['wall']:.2f} s, start-up included)",
            f"bare gunzip + JSON decode {rb['articles'] / rb['wall']:.0f} articles/s",
            f"{re_['wall'] / rb['wall']:.1f}x",
            ">= 50,000 articles/s",
        ),
    ]
    if "reingest_loop" in r:
        loop = r["reingest_loop"]
        rows.append(
            (
                "re-ingest, unchanged corpus: ingest loop",
                f"{loop['articles'] / loop['wall']:.0f} articles/s ({loop['wall']:.2f} s)",
                f"bare gunzip + JSON decode {rb['articles'] / rb['wall']:.0f} articles/s",
                f"{loop['wall'] / rb['wall']:.1f}x",
                ">= 50,000 articles/s",
            )
        )
    pages = dict(d["pages"])
    reference = pages.pop("reference")
    rows.append(
        (
            f"Datasette at {d['quotes']:,} quotes: start-up",
            f"inspect file {d['inspect_seconds']:.1f} s and facet index (first start only); facets "
            f"precomputed in {d['startup_seconds']:.1f} s, at later starts {d.get('later_startup_seconds', 0):.1f} s",
            f"/-/versions.json: median {reference['median_ms']:.1f} ms",
            "",
            "",
        )
    )
    targets = ("unfiltered", "speaker facet", "FTS search", "a speaker's quotes")
    for label, page in pages.items():
        rows.append(
            (
                f"Datasette: {label}",
                f"median {page['median_ms']:.0f} ms, p95 {page['p95_ms']:.0f} ms, first {page['first_ms']:.0f} ms"
                + (f" [{page['note']}]" if page["note"] else ""),
                f"{reference['median_ms']:.1f} ms",
                f"{page['median_ms'] / reference['median_ms']:.0f}x",
                "median <= 100 ms" if label.startswith(targets) else "",
            )
        )
    widths = [max(len(str(row[c])) for row in rows) for c in range(5)]
    lines = [f"machine: {r['machine']}", ""]
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(str(v).ljust(w) for v, w in zip(row, widths)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

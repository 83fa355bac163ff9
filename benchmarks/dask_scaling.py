"""Extraction on a Dask cluster: throughput with 1 and 2 workers, and the SQLite writer's ceiling.

    python benchmarks/dask_scaling.py [--corpus PATH] [--articles 6000] [--shards 24] [--repeats 3] [--work DIR]

The corpus's first ARTICLES articles are cut into SHARDS gzipped JSON Lines files in WORK (/tmp by default,
never the repository). Then, REPEATS times, alternating: a LocalCluster of 1 and of 2 worker processes (one
thread each, the parser loaded in each before the clock starts) writes the Parquet shards of every file into
a new folder (`quotes.shards.extract_shards` on `quotes.cluster.on_cluster`, what `quotes extract --cluster
local N --parquet` runs); wall time. Last, `quotes.shards.load_shards` stores the shards in a new database in
this process (what `quotes load` runs), the time in identity's decisions and in reading the Parquet measured
apart, against `executemany` of the same rows into bare tables (SQLite's floor). Prints the figures and the
100-million-article extrapolation they give, and writes them to benchmarks/out/dask-scaling.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "orangesum-fr.jsonl.gz"
TABLES = ("articles", "quotes", "article_speakers", "aliases", "speaker_roles", "speakers")
TARGET_ARTICLES = 100_000_000


def split_corpus(corpus: Path, articles: int, shards: int, folder: Path) -> tuple[list[Path], float]:
    """The corpus's first articles in shards gzipped files; returns them and the MB of text."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lines = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line)
            if len(lines) == articles:
                break
    size = sum(len(json.loads(line)["text"].encode("utf-8")) for line in lines) / 1e6
    per = -(-len(lines) // shards)
    paths = []
    for n in range(shards):
        path = folder / f"shard-{n:03d}.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
            f.writelines(lines[n * per : (n + 1) * per])
        paths.append(path)
    return paths, size


def warm_up() -> None:
    """In a worker: load the parser, its language data and pyarrow, outside the timing."""
    import pyarrow.parquet  # noqa: F401

    from quotes.ingest import parse
    from quotes.model import Article

    parse(Article("« Nous tiendrons », a déclaré lundi le ministre Paul Martin.", id="warm-up"))


def cpu_seconds() -> float:
    """In a worker: the CPU time its process has used."""
    return time.process_time()


def extraction(paths: list[Path], out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds for a LocalCluster of that many workers to write every shard (started and warmed before),
    and the CPU seconds the workers used for it (what the wall time would be on free cores, times workers)."""
    import distributed

    from quotes.cluster import on_cluster
    from quotes.shards import extract_shards

    shutil.rmtree(out, ignore_errors=True)
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        client.run(warm_up)
        cpu = client.run(cpu_seconds)
        started = time.perf_counter()
        run = extract_shards(paths, out, run_tasks=on_cluster(cluster.scheduler_address))
        seconds = time.perf_counter() - started
        cpu = sum(client.run(cpu_seconds).values()) - sum(cpu.values())
    assert not run.failed, run.failed
    return seconds, cpu


def load(out: Path, db_path: Path) -> dict:
    """Load the shards into a new database in this process, timing identity and the Parquet reading apart."""
    import quotes.identity as identity
    from quotes import shards
    from quotes.store import open_db

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    spent = {"identity": 0.0}

    def timed(function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent["identity"] += time.perf_counter() - started
        return wrapper

    # the decisions across articles (each batch's), and the speakers' summaries (every 10,000 articles)
    reconcile, refresh = identity.reconcile, identity.refresh_stale
    identity.reconcile, identity.refresh_stale = timed(reconcile), timed(refresh)
    try:
        db = open_db(db_path)
        started, cpu = time.perf_counter(), time.process_time()
        summary = shards.load_shards(db, out)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        db.close()
    finally:
        identity.reconcile, identity.refresh_stale = reconcile, refresh
    started = time.perf_counter()
    read = sum(1 for folder in shards.shard_folders(out) for _ in shards.read_shard(folder))
    reading = time.perf_counter() - started
    rows = _parquet_rows(out)
    return {"seconds": seconds, "cpu": cpu, "identity": spent["identity"], "reading_parquet": reading,
            "articles": summary.stored, "quotes": summary.quotes, "read_back": read, "rows": rows,
            "db_mb": db_path.stat().st_size / 1e6}


def _parquet_rows(out: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    from quotes.shards import shard_folders

    return {table: sum(pq.ParquetFile(folder / f"{table}.parquet").metadata.num_rows for folder in shard_folders(out))
            for table in TABLES}


def bare_insert(out: Path, scratch: Path) -> float:
    """Seconds to executemany the shards' rows (every table) into bare tables, one transaction: SQLite's floor."""
    import pyarrow.parquet as pq

    from quotes.shards import shard_folders

    tables = {table: [pq.read_table(folder / f"{table}.parquet") for folder in shard_folders(out)] for table in TABLES}
    scratch.unlink(missing_ok=True)
    conn = sqlite3.connect(scratch)
    prepared = {table: [tuple(row.values()) for t in parts for row in t.to_pylist()] for table, parts in tables.items()}
    started = time.perf_counter()
    with conn:
        for table, rows in prepared.items():
            columns = tables[table][0].schema.names
            conn.execute(f"CREATE TABLE [{table}] ({', '.join(f'[{c}]' for c in columns)})")
            conn.executemany(f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(columns))})", rows)
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def other_processes_busy() -> str:
    """The processes not of this run that used the most CPU (the machine is shared: say who else ran)."""
    import subprocess

    mine = {os.getpid(), *(int(p) for p in subprocess.run(["pgrep", "-P", str(os.getpid())], capture_output=True,
                                                          text=True).stdout.split())}
    top = subprocess.run(["ps", "-eo", "pid,pcpu,comm", "--sort=-pcpu", "--no-headers"], capture_output=True,
                         text=True).stdout.splitlines()
    return ", ".join(f"{comm} {cpu}%" for pid, cpu, comm in (line.split(None, 2) for line in top[:4])
                     if int(pid) not in mine and float(cpu) >= 5) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--shards", type=int, default=24)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/quotes-dask-bench"))
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"SKIPPED: no corpus at {args.corpus}")
        return
    paths, mb = split_corpus(args.corpus, args.articles, args.shards, args.work / "in")
    seconds: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(args.repeats):
        for workers in (1, 2):
            wall, used = extraction(paths, args.work / f"out-{workers}", workers)
            seconds[workers].append(wall)
            cpu[workers].append(used)
            busy = other_processes_busy()
            print(f"{workers} worker(s): {wall:.1f} s, workers' CPU {used:.1f} s; others' CPU: {busy}", flush=True)
    loaded = load(args.work / "out-2", args.work / "loaded.db")
    floor = bare_insert(args.work / "out-2", args.work / "bare.db")
    best = {w: min(s) for w, s in seconds.items()}
    rows = sum(loaded["rows"].values())
    worker_rate = args.articles / best[1]  # articles a second one worker parses
    writer_rate = loaded["articles"] / loaded["seconds"]
    figures = {
        "articles": args.articles, "shards": args.shards, "mb": mb, "cores": os.cpu_count(),
        "load_average": os.getloadavg(), "extraction_seconds": seconds, "workers_cpu_seconds": cpu,
        # the workers' CPU time for the same shards: equal for 1 and 2 workers means nothing is lost to the
        # distribution, so that on free cores 2 workers take half the wall time
        "cpu_ratio_2_to_1": statistics.median(cpu[2]) / statistics.median(cpu[1]),
        "cpu_utilisation_2": statistics.median(c / s for c, s in zip(cpu[2], seconds[2])),
        "speedup_best": best[1] / best[2],
        "speedup_median": statistics.median(seconds[1]) / statistics.median(seconds[2]),
        "articles_per_s": {w: args.articles / s for w, s in best.items()},
        "mb_per_s": {w: mb / s for w, s in best.items()},
        "load": loaded, "rows_per_s": rows / loaded["seconds"], "articles_per_s_stored": writer_rate,
        "bare_insert_seconds": floor, "bare_rows_per_s": rows / floor,
        "identity_share": loaded["identity"] / loaded["seconds"],
        "parquet_share": loaded["reading_parquet"] / loaded["seconds"],
        "workers_per_writer": writer_rate / worker_rate,
        "at_100m": {
            "core_hours_parsing": TARGET_ARTICLES / worker_rate / 3600,
            "writer_hours": TARGET_ARTICLES / writer_rate / 3600,
            "db_gb": loaded["db_mb"] / loaded["articles"] * TARGET_ARTICLES / 1000,
        },
    }
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "dask-scaling.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

"""The database's quotes, speakers and articles as Parquet files, for DuckDB, Spark or pandas.

One file a table (``quotes.parquet``, ...), its columns the table's, in rowid order, written a few
thousand rows at a time (the articles' texts are most of a database: never all in memory) under a
hidden name and renamed when complete, so that a reader never opens half a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .shards import INTEGER, TEXT, arrow_schema, require_pyarrow

if TYPE_CHECKING:
    from sqlite_utils import Database

EXPORTED = ("quotes", "speakers", "articles")
BATCH_ROWS = 5_000


def export_parquet(db: Database, folder: str | Path, tables=EXPORTED) -> dict[str, int]:
    """Write each table to folder/TABLE.parquet; returns the rows written by table."""
    pa, pq = require_pyarrow()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in tables:
        columns = {name: INTEGER if decl.upper().startswith("INT") else TEXT
                   for _, name, decl, *_ in db.execute(f"PRAGMA table_info([{table}])")}
        schema = arrow_schema(columns)
        target = folder / f"{table}.parquet"
        temporary = folder / f".{table}.parquet.tmp"
        cursor = db.conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY rowid")
        written[table] = 0
        try:
            with pq.ParquetWriter(temporary, schema, compression="zstd") as writer:
                while rows := cursor.fetchmany(BATCH_ROWS):
                    arrays = [pa.array(values, type=schema.field(n).type) for n, values in enumerate(zip(*rows))]
                    writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                    written[table] += len(rows)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    return written

"""Write a corpus N times to standard output as JSON Lines, every copy after the first with distinct ids.

    python benchmarks/replicate.py CORPUS N | quotes ingest --db big.db -

Copy k > 0 of article ``orangesum-12`` is ``orangesum-12~k``; texts and other fields are unchanged, so
every copy has the same quotes under other ids. Streams: nothing is held but the line being written.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path


def lines(corpus: str | Path, limit: int | None = None) -> Iterator[str]:
    """The JSON lines of a (gzipped) corpus, the first ``limit`` of them if given."""
    opener = gzip.open if str(corpus).endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if limit is not None and number >= limit:
                return
            if line.strip():
                yield line


def replicated(corpus: str | Path, copies: int, limit: int | None = None) -> Iterator[str]:
    """The corpus's lines ``copies`` times over, ids suffixed with ``~k`` in copy k > 0."""
    for copy in range(copies):
        for line in lines(corpus, limit):
            if copy:
                record = json.loads(line)
                record["id"] = f"{record.get('id')}~{copy}"
                line = json.dumps(record, ensure_ascii=False) + "\n"
            yield line


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3):
        sys.exit("usage: replicate.py CORPUS COPIES [LIMIT]")
    limit = int(argv[2]) if len(argv) == 3 else None
    out = sys.stdout
    try:
        for line in replicated(argv[0], int(argv[1]), limit):
            out.write(line)
        out.flush()
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])

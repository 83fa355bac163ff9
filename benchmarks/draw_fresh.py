"""Draw a fresh round of OrangeSum articles nobody on the project has read, for annotation.

    python benchmarks/draw_fresh.py SEED OUT            # writes OUT-a.jsonl and OUT-b.jsonl, 5 articles each

The pool is every corpus article with a quote mark, less the articles of `orangesum-dev`, of
`examples/sample.jsonl`, of the tests and of every earlier round in `benchmarks/gold/`:
`random.Random(SEED).sample(pool, 10)` over the corpus in file order. The two halves go to two annotators.
"""

import gzip
import json
import random
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
QUOTE_MARK = re.compile('["«“]')


def read_ids(paths) -> set[str]:
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    return ids


def main(seed: int, out: str) -> None:
    seen = read_ids([SHARED / "gold" / "orangesum-dev.jsonl", PROJECT / "examples" / "sample.jsonl",
                     *sorted((PROJECT / "benchmarks" / "gold").glob("*.jsonl"))])
    for path in (PROJECT / "tests").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".jsonl", ".json", ".txt"):
            seen.update(re.findall(r"orangesum-\d+", path.read_text(encoding="utf-8")))
    with gzip.open(SHARED / "corpus" / "orangesum-fr.jsonl.gz", "rt", encoding="utf-8") as lines:
        pool = [article for article in map(json.loads, lines)
                if article["id"] not in seen and QUOTE_MARK.search(article["text"])]
    drawn = random.Random(seed).sample(pool, 10)
    for half, articles in (("a", drawn[:5]), ("b", drawn[5:])):
        with open(f"{out}-{half}.jsonl", "w", encoding="utf-8") as file:
            file.writelines(json.dumps(article, ensure_ascii=False) + "\n" for article in articles)
    print(f"pool {len(pool)}; drawn: {' '.join(article['id'] for article in drawn)}")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])

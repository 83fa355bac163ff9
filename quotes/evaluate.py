"""Score the extractor against gold sets (`quotes evaluate`), as defined in the gold README.

A gold quote is *found* when the predictions lying mostly inside it (at least half of each one's
characters) together cover at least 80% of its characters. A prediction is *correct* when at least
half of its characters lie inside one gold quote (direct or partial). Recall counts direct quotes
only; partial recall, the partial quotes found the same way; predictions of kind `indirect` are ignored.

Empty ratios: precision with no prediction is 1.0 when the gold has no quote at all, else 0.0;
recall with no direct gold quote is 1.0; speaker accuracy with no found quote is 1.0 when there is
no direct gold quote, else 0.0. F1 is 0.0 when precision and recall are both 0.

Gender is scored on the found direct quotes whose speaker is right and whose gold speaker is a person
the gold says is `female` or `male` (its `speaker_gender`): a gold `unknown` (the article does not
settle it) counts neither way, and organisations, groups and null speakers have no gender. Such a
quote is *decided* when the prediction says `female` or `male`, and *right* when that is the gold's.
Gender precision = right / decided (1.0 when nothing is decided); coverage = decided / those quotes
(1.0 when there are none).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from .detect import with_language
from .lang import available, language
from .model import Article, Quote

FOUND_COVERAGE = Fraction(4, 5)  # share of a gold quote the predictions must cover (exact: no float error)
MAX_EXTRA_WORDS = 4  # a predicted speaker may hold the gold's words plus at most this many
MIN_LOG_WIDTH = 150  # console width used when the report does not go to a terminal
GENDERS = ("female", "male")  # the decided values of speaker_gender ("unknown" is no decision)

@lru_cache(maxsize=1)
def _dropped_words() -> frozenset[str]:
    """Dropped from speaker names before comparing, in every language (folded word tokens; "l'" gives "l"):
    articles, singular indefinite ones ("un", "une") and civil titles."""
    dropped = set()
    for lang in (language(code) for code in available()):
        indefinite = [w for w in lang.INDEFINITE_OPENERS if lang.DETERMINERS.get(w, (None, None))[1] == "sg"]
        for word in (*lang.DEFINITE, *indefinite, *lang.CIVIL_TITLES):
            dropped.update(_folded_words(word))
    return frozenset(dropped)


# ---------------------------------------------------------------- records


@dataclass
class GoldQuote:
    kind: str  # "direct" or "partial"
    start: int
    end: int
    speaker: str | None = None
    aliases: list[str] = field(default_factory=list)
    mention: str | None = None
    cue: str | None = None
    speaker_kind: str | None = None
    speaker_gender: str | None = None  # female / male / unknown for a person; None otherwise or not annotated

    @property
    def gender_scored(self) -> bool:
        """A person whose gender the gold settles: the quotes gender is scored on."""
        return self.speaker_kind == "person" and self.speaker_gender in GENDERS


@dataclass
class GoldArticle:
    article: Article
    set: str
    quotes: list[GoldQuote]


@dataclass
class Problem:
    """One line of the `--misses` listing."""

    kind: str  # "missed", "misattributed", "false positive" or "wrong gender"
    set: str
    article_id: str
    start: int
    end: int
    excerpt: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    mention: str | None = None  # the prediction's mention (gold's for a missed quote)
    cue: str | None = None
    gold_gender: str | None = None
    predicted_gender: str | None = None


@dataclass
class Scores:
    """Counts for one article, set or all sets; the figures are derived from them."""

    articles: int = 0
    direct: int = 0  # gold direct quotes
    partial: int = 0  # gold partial quotes
    predictions: int = 0  # predictions scored (indirect ones left out)
    correct: int = 0  # predictions mostly inside a gold quote
    found: int = 0  # gold direct quotes found
    partial_found: int = 0  # gold partial quotes found
    right_speakers: int = 0  # found direct quotes whose speaker is right
    correct_right: int = 0  # correct predictions whose speaker is right
    gendered: int = 0  # found direct quotes, speaker right, of a person the gold says is female or male
    gender_decided: int = 0  # of those, the prediction says female or male
    gender_right: int = 0  # of those, the gold's

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predictions, self.direct + self.partial == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.direct, True)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def partial_recall(self) -> float:
        return _ratio(self.partial_found, self.partial, True)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.right_speakers, self.found, self.direct == 0)

    @property
    def e2e_precision(self) -> float:
        return _ratio(self.correct_right, self.predictions, self.direct + self.partial == 0)

    @property
    def e2e_recall(self) -> float:
        return _ratio(self.right_speakers, self.direct, True)

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    @property
    def gender_precision(self) -> float:
        return _ratio(self.gender_right, self.gender_decided, True)

    @property
    def gender_coverage(self) -> float:
        return _ratio(self.gender_decided, self.gendered, True)


@dataclass
class Evaluation:
    """Scores per gold set (in the order first met), overall, and the problems found."""

    sets: dict[str, Scores]
    overall: Scores
    problems: list[Problem]


def _ratio(num: int, den: int, nothing_expected: bool) -> float:
    """num / den; on an empty denominator 1.0 if nothing was expected, else 0.0."""
    if den:
        return num / den
    return 1.0 if nothing_expected else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- reading gold


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The articles of a gold JSON Lines file; offsets are checked against `quote`."""
    path = Path(path)
    articles = []
    with path.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, 1):
            if line.strip():
                articles.append(_gold_article(json.loads(line), path, lineno))
    return articles


def _gold_article(record: dict, path: Path, lineno: int) -> GoldArticle:
    text = record["text"]
    article = with_language(Article(text=text, id=record.get("id"), date=record.get("date"),
                                    source=record.get("source"), title=record.get("title"), lang=record.get("lang")))
    quotes = []
    for q in record.get("quotes", []):
        start, end = q["start"], q["end"]
        if "quote" in q and text[start:end] != q["quote"]:
            raise ValueError(f"{path}:{lineno}: {article.id}: text[{start}:{end}] is not {q['quote']!r}")
        quotes.append(GoldQuote(kind=q["kind"], start=start, end=end, speaker=q.get("speaker"),
                                aliases=list(q.get("aliases") or []), mention=q.get("mention"),
                                cue=q.get("cue"), speaker_kind=q.get("speaker_kind"),
                                speaker_gender=q.get("speaker_gender")))
    return GoldArticle(article=article, set=record.get("set") or path.stem, quotes=quotes)


# ---------------------------------------------------------------- speakers


def speaker_words(name: str | None) -> list[str]:
    """The words of a speaker name, case and accents folded, determiners and civil titles dropped."""
    dropped = _dropped_words()
    return [w for w in _folded_words(name or "") if w not in dropped]


def _folded_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def speaker_is_right(predicted: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    """Whether a predicted speaker names the gold speaker, by the README's rules."""
    if not gold or not gold.strip():
        return not (predicted and predicted.strip())
    pred, want = speaker_words(predicted), speaker_words(gold)
    if not pred:
        return False
    if pred == want or any(pred == speaker_words(alias) for alias in aliases):
        return True
    if len(want) >= 2 and want[-1] in pred:  # the last name
        return True
    return bool(want) and not Counter(want) - Counter(pred) and len(pred) - len(want) <= MAX_EXTRA_WORDS


# ---------------------------------------------------------------- scoring


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _mostly_inside(pred: Quote, gold: GoldQuote) -> bool:
    """At least half of the prediction's characters lie inside the gold quote."""
    inside = _overlap(pred.start, pred.end, gold.start, gold.end)
    return inside > 0 and 2 * inside >= pred.end - pred.start


def _covered(gold: GoldQuote, preds: list[Quote]) -> int:
    """How many of the gold quote's characters the predictions cover (union)."""
    spans = sorted((max(p.start, gold.start), min(p.end, gold.end)) for p in preds)
    total, reach = 0, gold.start
    for start, end in spans:
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def _home(pred: Quote, golds: list[GoldQuote]) -> GoldQuote | None:
    """The gold quote a correct prediction lies in: most overlap, then the tightest; None if incorrect."""
    homes = [g for g in golds if _mostly_inside(pred, g)]
    if not homes:
        return None
    return max(homes, key=lambda g: (_overlap(pred.start, pred.end, g.start, g.end), g.start - g.end))


def _excerpt(text: str, start: int, end: int, width: int = 70) -> str:
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"


def score_article(gold: GoldArticle, predictions: list[Quote]) -> tuple[Scores, list[Problem]]:
    """Score one article's predictions (indirect ones already left out) against its gold."""
    text, golds = gold.article.text, gold.quotes
    preds = sorted(predictions, key=lambda p: (p.start, p.end))
    scores = Scores(articles=1, predictions=len(preds),
                    direct=sum(g.kind == "direct" for g in golds),
                    partial=sum(g.kind != "direct" for g in golds))
    problems: list[Problem] = []

    def problem(kind, start, end, g=None, p=None):
        source = p if p is not None else g
        problems.append(Problem(kind, gold.set, gold.article.id, start, end, _excerpt(text, start, end),
                                g.speaker if g else None, p.speaker if p else None,
                                source.mention if source else None, source.cue if source else None,
                                g.speaker_gender if g else None, p.speaker_gender if p else None))

    for g in golds:
        inside = [p for p in preds if _mostly_inside(p, g)]
        found = _covered(g, inside) >= FOUND_COVERAGE * (g.end - g.start)
        if g.kind != "direct":
            scores.partial_found += found
            continue
        if not found:
            problem("missed", g.start, g.end, g)
            continue
        scores.found += 1
        # (on a tie, the tightest: an inner quotation's own prediction, not the one around it)
        best = max(inside, key=lambda p: (_overlap(p.start, p.end, g.start, g.end), p.start - p.end))
        if speaker_is_right(best.speaker, g.speaker, g.aliases):
            scores.right_speakers += 1
            if g.gender_scored:
                scores.gendered += 1
                scores.gender_decided += best.speaker_gender in GENDERS
                scores.gender_right += best.speaker_gender == g.speaker_gender
                if best.speaker_gender != g.speaker_gender:
                    problem("wrong gender", g.start, g.end, g, best)
        else:
            problem("misattributed", g.start, g.end, g, best)

    for p in preds:
        home = _home(p, golds)
        if home is None:
            problem("false positive", p.start, p.end, None, p)
            continue
        scores.correct += 1
        scores.correct_right += speaker_is_right(p.speaker, home.speaker, home.aliases)

    problems.sort(key=lambda pb: pb.start)
    return scores, problems


def evaluate_files(paths: Iterable[str | Path],
                   extract: Callable[[Article], list[Quote]] | None = None) -> Evaluation:
    """Run `extract` (default: the package's extractor) on every gold article and score it."""
    if extract is None:
        from .extract import extract_quotes as extract
    sets: dict[str, Scores] = {}
    overall, problems = Scores(), []
    for path in paths:
        for gold in read_gold(path):
            predictions = [q for q in extract(gold.article) if q.kind != "indirect"]
            scores, found_problems = score_article(gold, predictions)
            sets.setdefault(gold.set, Scores()).add(scores)
            overall.add(scores)
            problems.extend(found_problems)
    return Evaluation(sets=sets, overall=overall, problems=problems)


# ---------------------------------------------------------------- report


def summary_lines(name: str, s: Scores) -> list[str]:
    """Three plain-text lines with a set's key figures (the last one is the one to grep)."""
    return [
        f"{name}: {s.articles} articles  {s.direct} direct quotes  {s.partial} partial  "
        f"{s.predictions} predictions  end-to-end precision {s.e2e_precision:.3f}  recall {s.e2e_recall:.3f}",
        f"{name}: gender precision {s.gender_precision:.3f} ({s.gender_right}/{s.gender_decided})  "
        f"coverage {s.gender_coverage:.3f} ({s.gender_decided}/{s.gendered} person speakers)",
        f"{name}: precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"speaker accuracy {s.speaker_accuracy:.3f}  end-to-end F1 {s.e2e_f1:.3f}  partial recall {s.partial_recall:.3f}",
    ]


def _table(result: Evaluation):
    from rich import box
    from rich.table import Table

    table = Table(title="Quotation extraction against gold", box=box.SIMPLE_HEAD)
    for header in ("set", "articles", "direct", "pred.", "P", "R", "F1", "speaker", "e2e P", "e2e R", "e2e F1",
                   "partial R", "gender P", "gender cov."):
        table.add_column(header, justify="left" if header == "set" else "right", no_wrap=True)
    rows = list(result.sets.items()) + [("overall", result.overall)]
    for i, (name, s) in enumerate(rows):
        figures = (s.precision, s.recall, s.f1, s.speaker_accuracy, s.e2e_precision, s.e2e_recall, s.e2e_f1,
                   s.partial_recall, s.gender_precision, s.gender_coverage)
        table.add_row(name, str(s.articles), str(s.direct), str(s.predictions), *(f"{x:.3f}" for x in figures),
                      style="bold" if i == len(rows) - 1 else None, end_section=i == len(rows) - 2)
    return table


def _problem_line(pb: Problem) -> str:
    where = f"{pb.article_id} @{pb.start}"
    if pb.kind == "missed":
        return f"missed         {where}  «{pb.excerpt}»  gold: {pb.gold_speaker}"
    said = f"predicted: {pb.predicted_speaker} (mention {pb.mention!r}, cue {pb.cue!r})"
    if pb.kind == "misattributed":
        return f"misattributed  {where}  «{pb.excerpt}»  gold: {pb.gold_speaker}  {said}"
    if pb.kind == "wrong gender":
        return (f"wrong gender   {where}  {pb.gold_speaker}: gold {pb.gold_gender}, "
                f"predicted {pb.predicted_gender} (mention {pb.mention!r})")
    return f"false positive {where}  «{pb.excerpt}»  {said}"


def print_report(result: Evaluation, show_misses: bool = False, console=None) -> None:
    """Print the scores table, the problems if asked, then plain summary lines (overall last)."""
    from rich.console import Console

    if console is None:
        console = Console()
        if not console.is_terminal:  # a log or a pipe: room for the whole table
            console.width = max(console.width, MIN_LOG_WIDTH)
    plain = dict(markup=False, highlight=False, soft_wrap=True)
    console.print(_table(result))
    if show_misses:
        console.rule("Misses, misattributions, false positives and wrong genders")
        for pb in result.problems:
            console.print(_problem_line(pb), **plain)
        if not result.problems:
            console.print("none", **plain)
        console.print()
    for name, scores in result.sets.items():
        for line in summary_lines(name, scores):
            console.print(line, **plain)
    for line in summary_lines("overall", result.overall):
        console.print(line, **plain)

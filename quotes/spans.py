"""Finding quote spans: which stretches of an article stand between quotation marks.

Typed marks (« », “ ”, „ “, ‹ ›) pair with a stack; straight double quotes carry no
direction, so each one is scored as an opener or a closer from its neighbours and the
best consistent reading of a paragraph's marks is chosen (a two-state Viterbi pass).
Spans never cross a paragraph break: an unclosed quotation ends with its paragraph,
which is also how quotations running over several paragraphs are read.

Some marks are also something else: apostrophes (`l'État`, `'90`), or the other pair's
closers (German and Swiss newsrooms turn guillemets round, `»Nous partons«`). The
language gives such pairs with a tuple of closers; they pair on the same stack, but a
mark opens one only where it hugs the word after it (a space, the start or an opening
punctuation before it, a letter after it) and closes it only where it hugs the word
before it (no space before it, a space, a punctuation or the end after it), and a pair
of them left unclosed is no quotation at all.

Marks also go missing or mismatched at one end. A closer that no opener awaits may close
a straight quote (`"Nous partons», a-t-il dit`); a straight quote that closes no pair
may close a typed opener left open (`« Nous partons", a-t-il dit`); and a paragraph that
continues an unclosed quotation without reopening it ends it at its closer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import NamedTuple

import re

import regex

from .blocks import fast_block_class, in_fast_blocks
from .lang import Language

STRAIGHT = '"'
# Longest stretch an unclosed quotation may claim when paragraph breaks were lost.
UNCLOSED_LIMIT = 600
# Longest quotation a pair of hugging marks may enclose: further apart, they are apostrophes.
HUGGING_LIMIT = 600
# Real paragraphs hold a few dozen marks; thousands are a broken or hostile text.
MAX_MARKS_PER_PARAGRAPH = 2000
SKIP_PENALTY = 3.0
REOPEN_PENALTY = 1.0
SENTENCE_MARKS = ".!?…"
CLAUSE_BREAKS = ",;:"
SPACED_CLAUSE_BREAKS = tuple(f"{space}{mark}" for space in " \u00a0" for mark in CLAUSE_BREAKS)  # `… pas" , a dit X`
# A sentence run into the next with no space (`… de Parme.Elle a été …`): a paragraph break the page lost, where the
# words before a first closing mark are the reporter's, not a quotation the text opened inside
GLUED_SENTENCE = re.compile(r"[.!?][A-ZÀ-ÖØ-Þ]")
UNCLOSED_PENALTY = 1.0
OPENED_BEFORE_PENALTY = 2.0  # a quotation opened before the text: less than a stray mark's cost
# What may stand right before a hugging opener (besides a space and the start: an opening
# punctuation or mark), and right after a hugging closer (besides a space and the end).
OPENING_MARKS = '"«“„‹'
BEFORE_HUGGING_OPENER = "([{:—–-/¿¡" + OPENING_MARKS
AFTER_HUGGING_CLOSER = ".,;:!?…)]}—–-/" + '"»”“›'

PARAGRAPH_BREAK = regex.compile(r"\s*\n\s*")
LINE_BREAK_ON = regex.compile(r"\n\s*")  # PARAGRAPH_BREAK from its first line break
SPACE = regex.compile(r"\s")
SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)")


class Span(NamedTuple):  # a tuple: made by the ten thousand, and a dataclass's init costs 4x as much
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    open_mark: int | None  # offset of the opening mark, None for a continued paragraph
    close_mark: int | None  # offset of the closing mark, None when the paragraph closed it
    depth: int  # 1 for a quotation nested in another
    close_width: int  # characters of the closing mark (2 for '')
    # From the opening mark to past the closing one (the words' ends without them): read some hundred times
    # an article, kept rather than computed each time
    outer_start: int
    outer_end: int

    @classmethod
    def of(cls, start: int, end: int, open_mark: int | None, close_mark: int | None, depth: int = 0,
           close_width: int = 1) -> Span:
        return cls(start, end, open_mark, close_mark, depth, close_width,
                   open_mark if open_mark is not None else start,
                   close_mark + close_width if close_mark is not None else end)


class Grammar(NamedTuple):
    """A language's quote marks, read from its pairs once."""

    free: dict[str, str]  # opener -> closer, read wherever they stand
    free_closers: frozenset[str]
    hugging: dict[str, tuple[str, ...]]  # opener -> closers, read only hugging their words
    hugging_closers: frozenset[str]
    marks: regex.Pattern  # any mark, the hugging-only ones where they may open or close
    fast_marks: MarkPatterns  # the same on texts written only with FAST_BLOCKS


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between line breaks (PARAGRAPH_BREAK: the spaces around them too).

    Found from each line break, then back over the spaces before it: a pattern opening with spaces is tried
    at every space of the text (a tenth of an English article's parsing, a break every 100 characters)."""
    bounds, pos = [], 0
    for m in LINE_BREAK_ON.finditer(text):
        start = m.start()
        while start > pos and SPACE.match(text, start - 1):
            start -= 1
        bounds.append((pos, start))
        pos = m.end()
    bounds.append((pos, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def find_spans(text: str, lang: Language) -> list[Span]:
    """Every quotation span of the text, outer ones and nested ones, in text order.

    The language's QUOTE_PAIRS maps each opening mark to its closing mark, or to a tuple of the
    closing marks it takes when it is read only hugging its words (see the module's docstring)."""
    grammar = lang.derived(_grammar)
    spans: list[Span] = []
    carried = False  # the previous paragraph ended inside an unclosed typed quotation
    # one scan of the whole text (paragraphs break on spaces, where no mark's context changes), then the
    # paragraphs that hold a mark: a text of many short paragraphs has most of them without any
    pattern = grammar.fast_marks if in_fast_blocks(text) else grammar.marks
    marks = [(m.start(), m.group()) for m in pattern.finditer(text)]
    starts = [pos for pos, _ in marks]
    for n, (lo, hi) in enumerate(paragraphs(text)):
        found = marks[bisect_left(starts, lo) : bisect_left(starts, hi)]
        if not found:
            carried = False
            continue
        # the text may open inside a quotation: a page scraped after its opening mark (`… sommes." La France`)
        found, carried = _paragraph_spans(text, lo, hi, found, grammar, carried, opened_before=n == 0)
        spans.extend(found)
    spans = [s for s in spans if s.end > s.start]
    return sorted(spans, key=lambda s: (s.start, -s.end))


def _grammar(lang: Language) -> Grammar:
    """The marks of a language, compiled once (`lang.derived`, not once per article).

    The pattern finds every free mark, and the marks that are only hugging ones (which are
    also apostrophes) only where they may open or close: an apostrophe inside a word is
    never looked at."""
    pairs = lang.QUOTE_PAIRS.items()
    free = {o: c for o, c in pairs if isinstance(c, str)}
    hugging = {o: tuple(c) for o, c in pairs if not isinstance(c, str)}
    closers = frozenset(c for cs in hugging.values() for c in cs)
    free_marks = {*free, *free.values(), STRAIGHT}

    def alternation(marks):
        return "|".join(regex.escape(m) for m in sorted(marks, key=lambda m: (-len(m), m)))

    parts = [alternation(free_marks)]
    if set(hugging) - free_marks:
        parts.append(
            rf"(?<![^\s{regex.escape(BEFORE_HUGGING_OPENER)}])(?:{alternation(set(hugging) - free_marks)})(?=\p{{L}})"
        )
    if closers - free_marks:
        parts.append(rf"(?<=\S)(?:{alternation(closers - free_marks)})(?=[\s{regex.escape(AFTER_HUGGING_CLOSER)}]|$)")
    # one class of every mark's first character first: most positions are rejected by it alone
    first = regex.escape("".join(sorted({m[0] for m in (*free_marks, *hugging, *closers)})))
    marks = regex.compile(rf"(?=[{first}])(?:{'|'.join(parts)})")
    return Grammar(free, frozenset(free.values()), hugging, closers, marks, _fast_marks(free_marks, hugging, closers))


def _fast_marks(free_marks, hugging, closers) -> MarkPatterns:
    """`_grammar`'s pattern for `re`, split by the marks' first characters: every branch opens with its mark,
    what must stand before it checked after it (a lookbehind over the mark), so that `re` skips straight to the
    mark (`regex` tried every position: a third of finding the quotations)."""
    def ordered(marks):
        return sorted(marks, key=lambda m: (-len(m), m))

    letter = fast_block_class("L")
    branches = [(m, re.escape(m)) for m in ordered(free_marks)]
    branches += [(m, rf"{re.escape(m)}(?<![^\s{re.escape(BEFORE_HUGGING_OPENER)}]{'.' * len(m)})(?=[{letter}])")
                 for m in ordered(set(hugging) - free_marks)]
    branches += [(m, rf"{re.escape(m)}(?<=\S{'.' * len(m)})(?=[\s{re.escape(AFTER_HUGGING_CLOSER)}]|$)")
                 for m in ordered(closers - free_marks)]
    # (a mark of several characters repeats one, `''`: no match of one pattern then overlaps another's; else one pattern)
    repeated = all(len(set(m)) == 1 for m, _ in branches)
    by_first: dict[str, list[str]] = {}
    for m, branch in branches:
        by_first.setdefault(m[0] if repeated else "", []).append(branch)
    return MarkPatterns(tuple(re.compile("|".join(group)) for group in by_first.values()))


class MarkPatterns(NamedTuple):
    """A pattern for the marks of each first character, searched as one. Each opens on one literal, which `re` seeks
    by a tight loop (and not at all in a text of Latin-1 characters, for a mark beyond them), where a class of all
    the first characters cost a call at every character: a third of finding the marks (callgrind)."""

    patterns: tuple[re.Pattern, ...]

    def finditer(self, text: str) -> list[re.Match]:
        """The matches of all the patterns, in the text's order."""
        return sorted((m for pattern in self.patterns for m in pattern.finditer(text)), key=re.Match.start)


def _opens_hugging(text: str, pos: int, mark: str) -> bool:
    """A space, the start or an opening punctuation before the mark, and a letter after it."""
    after = pos + len(mark)
    if after >= len(text) or not text[after].isalpha():
        return False
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in BEFORE_HUGGING_OPENER


def _closes_hugging(text: str, pos: int, mark: str) -> bool:
    """No space before the mark, and a space, a punctuation or the end after it."""
    if pos == 0 or text[pos - 1].isspace():
        return False
    after = pos + len(mark)
    return after >= len(text) or text[after].isspace() or text[after] in AFTER_HUGGING_CLOSER


def _paragraph_spans(text, lo, hi, found, grammar, carried, opened_before=False):
    """The spans of the paragraph [lo, hi), whose marks are `found` (position, mark)."""
    if len(found) > MAX_MARKS_PER_PARAGRAPH:
        return [], False  # a flood of marks is noise, not quotations: bounded work
    free, hugging = grammar.free, grammar.hugging
    typed, straight, hugged = [], [], []  # typed and hugged: (opener, its mark, closer, its mark)
    orphans = []  # closers that no opener awaits: `"Nous partons», a-t-il dit` may close a straight quote
    # (opener offset, its mark, the closer it waits for, or the closers if it is a hugging one)
    stack: list[tuple[int, str, str | tuple[str, ...]]] = []
    waiting: Counter[str] = Counter()  # free closers awaited by the stack, to test in O(1)

    def push(pos, mark, closer):
        stack.append((pos, mark, closer))
        if isinstance(closer, str):
            waiting[closer] += 1

    def pop():
        pos, mark, closer = stack.pop()
        if isinstance(closer, str):
            waiting[closer] -= 1
        return pos, mark

    for n, (pos, mark) in enumerate(found):
        if mark == STRAIGHT and not _closes_single_by_mistake(text, pos, grammar, stack, straight):
            straight.append(pos)
        elif waiting[mark]:
            while stack[-1][2] != mark:
                pop()  # an opener left unclosed inside this pair is dropped
            typed.append((*pop(), pos, mark))
        elif (
            mark in grammar.hugging_closers
            and (depth := _hugging_opener(stack, mark, pos)) is not None
            and _closes_hugging(text, pos, mark)
            and not (mark in free and _read_as_free_opener(text, found, n, free))
        ):
            while len(stack) > depth + 1:
                pop()  # hugging openers inside the pair were apostrophes
            hugged.append((*pop(), pos, mark))
        elif mark in free:
            push(pos, mark, free[mark])
        elif carried and not typed and not stack and text[lo:pos].strip() == "":
            push(pos, mark, mark)  # « … » continuation style: » reopens the paragraph
        elif mark in hugging and _opens_hugging(text, pos, mark):
            push(pos, mark, hugging[mark])
        elif mark in grammar.free_closers:
            opened = carried or (opened_before and text[lo:pos].strip())  # words before it: the text opened inside
            if opened and not (typed or stack or straight or hugged or orphans):
                typed.append((None, "", pos, mark))  # the continued quotation did not reopen: it closes here
            else:
                orphans.append(pos)
    spans = [_make_span(text, o, len(om), c, hi, len(cm), lo) for o, om, c, cm in typed]
    first_straight = bool(found) and found[0][1] == STRAIGHT  # no typed mark before it may close one opened before
    straight_spans = _straight_spans(text, straight, lo, hi, orphans, opened_before and first_straight)
    # An opener left unclosed is closed by a straight quote that closes no pair and does not look
    # like an opener (`« Nous partons", a-t-il dit`); else it runs at most to the next one, never
    # over another quotation.
    opens = [(pos, len(mark)) for pos, mark, closer in stack if isinstance(closer, str)]
    spare = _spare_closers(text, straight, straight_spans) if opens and straight else []
    still_open, taken = False, set()
    for (open_pos, width), (next_open, _) in zip(opens, opens[1:] + [(hi, 0)]):
        close = next((p for p in spare if open_pos < p < next_open and p not in taken), None)
        if close is not None:
            taken.add(close)
            spans.append(_make_span(text, open_pos, width, close, hi))
            continue
        still_open = True
        if text[open_pos + width : next_open].strip():
            spans.append(_make_span(text, open_pos, width, None, next_open))
    spans.extend(s for s in straight_spans if s.open_mark not in taken)
    weak = set()
    for o, om, c, cm in hugged:
        span = _make_span(text, o, len(om), c, hi, len(cm))
        if _letters(text, span.start, span.end) >= 2:  # `rock 'n' roll`: an abbreviation
            spans.append(span)
            weak.add(o)
    return _with_depth(_uncross(text, spans, weak)), still_open


def _closes_single_by_mistake(text, pos, grammar, stack, straight) -> bool:
    """`est 'en nette baisse", selon X`: a straight quote closing a single one typed by mistake, outside
    straight quotes (`: 'Bon, …", raconte X` is inside one) and not one right after a straight quote."""
    if STRAIGHT not in grammar.hugging_closers or len(straight) % 2:
        return False
    depth = _hugging_opener(stack, STRAIGHT, pos)
    return depth is not None and _closes_hugging(text, pos, STRAIGHT) and text[stack[depth][0] - 1 : stack[depth][0]] != STRAIGHT


def _spare_closers(text, positions, straight_spans) -> list[int]:
    """The straight quotes that close no pair, open none either or open one left unclosed, and
    do not look like openers."""
    paired = {m for s in straight_spans if s.close_mark is not None for m in (s.open_mark, s.close_mark)}
    return [p for p in positions if p not in paired and _opener_score(text, p) <= 0]


def _hugging_opener(stack, closer: str, pos: int) -> int | None:
    """Where on the stack the nearest hugging opener taking this closer lies, if no free opener
    stands above it and it is near enough."""
    for depth in range(len(stack) - 1, -1, -1):
        open_pos, _, closers = stack[depth]
        if isinstance(closers, str) or pos - open_pos > HUGGING_LIMIT:
            return None
        if closer in closers:
            return depth
    return None


def _read_as_free_opener(text, found, n, free) -> bool:
    """A mark that may close a hugging pair or open a free one (« after »Nous…) opens when
    its own closer follows, before another such opener: `»À ce moment.« Le ton monte »`."""
    mark, closer = found[n][1], free[found[n][1]]
    for pos, later in found[n + 1 :]:
        if later == mark:
            return False
        if later == closer and not _opens_hugging(text, pos, later):
            return True
    return False


def _letters(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if ch.isalpha())


def _uncross(text: str, spans: list[Span], weak: set[int] = frozenset()) -> list[Span]:
    """Quotations nest or stand apart, never cross: an unclosed one is cut where the other
    begins or ends (`"« Nous partons", a dit X` keeps « inside "…"), and of two closed ones
    that cross, the one between hugging marks (whose openers are in `weak`) gives way, then
    the straight-quoted one."""
    spans = sorted(spans, key=lambda s: (s.outer_start, -s.outer_end))
    changed = True
    while changed:
        changed = False
        for n, a in enumerate(spans):
            for m in range(n + 1, len(spans)):
                b = spans[m]
                if b.outer_start >= a.outer_end:
                    break
                if b.outer_end <= a.outer_end:
                    if b.close_mark is None and a.close_mark is not None and b.end > a.close_mark:
                        spans[m] = _cut(text, b, a.close_mark)  # unclosed inside: stop at a's mark
                    elif a.close_mark is None and b.close_mark is None and b.end == a.end:
                        del spans[m]  # one unclosed quotation seen through two openers
                    else:
                        continue  # nested
                    changed = True
                    break
                if b.close_mark is None and a.close_mark is not None:
                    cut = _cut(text, b, a.close_mark)
                    if cut.end == a.end and cut.start - a.start <= 2:
                        del spans[m]  # the same words: `"« Nous partons", a dit X`
                    else:
                        spans[m] = cut
                elif a.close_mark is None:
                    spans[n] = _cut(text, a, b.outer_start)
                elif b.open_mark in weak or a.open_mark in weak:
                    del spans[m if b.open_mark in weak else n]
                else:
                    del spans[m if b.open_mark is not None and text[b.open_mark] == STRAIGHT else n]
                changed = True
                break
            if changed:
                break
    return [s for s in spans if s.end > s.start]


def _cut(text: str, span: Span, end: int) -> Span:
    """The span ended at offset `end` (its closing mark, if any, forgotten)."""
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return Span.of(span.start, max(span.start, end), span.open_mark, None, span.depth)


def _make_span(text, open_pos, open_width, close_pos, para_end, close_width=1, para_start=None) -> Span:
    """The words between the marks; without an opening mark, from the paragraph's start."""
    start = open_pos + open_width if open_pos is not None else para_start
    end = close_pos if close_pos is not None else _unclosed_end(text, start, para_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(start, end, open_pos, close_pos, 0, close_width)


def _unclosed_end(text, start, para_end) -> int:
    """An unclosed quotation runs to its paragraph's end, bounded when breaks were lost."""
    if para_end - start <= UNCLOSED_LIMIT:
        return max(start, para_end)
    window = text[start : start + UNCLOSED_LIMIT]
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
    return start + (ends[-1] if ends else UNCLOSED_LIMIT)


def _straight_spans(text, positions, lo, hi, orphans, opened_before=False) -> list[Span]:
    """Pair straight quotes: spaced inner pairs first, then the best reading of the rest, where a
    typed closer that no opener awaits may close a straight quote (`"Nous partons», a-t-il dit`);
    `opened_before`: the paragraph may open inside a quotation."""
    nested, rest = _spaced_pairs(text, positions)
    spans = [_make_span(text, o, 1, c, hi) for o, c in nested]
    if orphans and rest:
        rest = sorted(rest + orphans)
    # Opened before: the first mark comes soon and closes a sentence or a clause (`… bien", a décrit X`, `… bien". Il`),
    # not an opener lost far into the text nor one lost inside a sentence (`ses regrets pour les blessures" infligées`).
    opened_before = opened_before and bool(rest) and rest[0] - lo <= UNCLOSED_LIMIT \
        and (text[rest[0] - 1 : rest[0]] in SENTENCE_MARKS or text[rest[0] + 1 : rest[0] + 2] in CLAUSE_BREAKS
             or text[rest[0] + 1 : rest[0] + 3] in SPACED_CLAUSE_BREAKS
             or (text[rest[0] + 1 : rest[0] + 2] in SENTENCE_MARKS and not GLUED_SENTENCE.search(text, lo, rest[0])))
    for o, c, cut in _best_reading(text, rest, frozenset(orphans), opened_before):
        spans.append(_make_span(text, o, 1, c, hi if cut is None else cut, para_start=lo))
    return spans


def _spaced_pairs(text, positions):
    """Marks written with spaces inside (` " Vous êtes fous ! " `) pair with each other; the second not glued to
    the word after it (`… électricité. " Le ministre a dit que … "EDF …`: a closer, then an opener)."""
    pairs, rest, i = [], [], 0
    while i < len(positions):
        a = positions[i]
        b = positions[i + 1] if i + 1 < len(positions) else None
        if (
            b is not None
            and _is_space(text, a + 1)
            and _is_space(text, a - 1)
            and _is_space(text, b - 1)
            and not text[b + 1 : b + 2].isalnum()
            and b - a < 300
        ):
            pairs.append((a, b))
            i += 2
        else:
            rest.append(a)
            i += 1
    if len(rest) % 2 == 1 and pairs:  # the spaced pair was really an outer closer and opener
        return [], positions
    return pairs, rest


def _is_space(text, i) -> bool:
    return 0 <= i < len(text) and text[i].isspace()


def _opener_score(text, pos) -> float:
    """Positive when the mark looks like an opener, negative like a closer."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    score = 0.0
    if before.isspace() or before in "([{:—–-'’/":
        score += 1
    elif before.isalnum() or before in ".!?…,;)%":
        score -= 1
    if after.isspace() or after in ",.;:!?)]":
        score -= 1
    elif after.isalnum() or after in "(['’.…+":
        score += 1
    return score


def _best_reading(text, positions, closers_only=frozenset(), opened_before=False) -> list[tuple[int, int | None, int | None]]:
    """Choose for each mark: open, close, reopen or stray, maximising agreement with its looks:
    (opener, closer or None, where an unclosed quotation stops or None for its paragraph's end).

    The marks in `closers_only` may close a quotation or be left aside at no cost, never open one. A
    mark that opens right after a sentence inside a quotation reopens it: a new paragraph of quoted
    words, the previous one left open as French and English print them (`"A. "B", dit-il`). With
    `opened_before`, the marks may open inside a quotation, at a cost: its opener is None."""
    if not positions:
        return []
    # The best score outside a quotation and inside one, and for each mark the back-pointers of both
    # states: (state before, action). Scalars and constant tuples: this runs once per straight mark.
    never = float("-inf")
    out, inside = 0.0, -OPENED_BEFORE_PENALTY if opened_before else never
    history: list[tuple[tuple[int, str], tuple[int, str]]] = []
    for pos in positions:
        o = _opener_score(text, pos)
        if pos in closers_only:
            stay_out, stay_in, open_, close = out, inside, never, inside - o
        else:
            stay_out, stay_in, open_, close = out - SKIP_PENALTY, inside - SKIP_PENALTY, out + o, inside - o
        reopen = inside + o - REOPEN_PENALTY if o > 0 and _after_sentence(text, pos) else never
        if close > stay_out:
            out, back_out = close, (1, "close")
        else:
            out, back_out = stay_out, (0, "skip")
        inside, back_in = open_, (0, "open")  # the first best of the three
        if reopen > inside:
            inside, back_in = reopen, (1, "reopen")
        if stay_in > inside:
            inside, back_in = stay_in, (1, "skip")
        history.append((back_out, back_in))
    state = 0 if out >= inside - UNCLOSED_PENALTY else 1
    actions = []
    for step in reversed(history):
        prev, action = step[state]
        actions.append(action)
        state = prev
    actions.reverse()
    result, open_pos = [], None
    for pos, action in zip(positions, actions):
        if action == "open":
            open_pos = pos
        elif action == "reopen":
            result.append((open_pos, None, pos))
            open_pos = pos
        elif action == "close":
            result.append((open_pos, pos, None))
            open_pos = None
    if open_pos is not None:
        result.append((open_pos, None, None))
    return result


def _after_sentence(text, pos) -> bool:
    """The mark at pos follows the end of a sentence (spaces aside)."""
    before = text[max(0, pos - 3) : pos].rstrip()
    return bool(before) and before[-1] in SENTENCE_MARKS


def _with_depth(spans: list[Span]) -> list[Span]:
    """Mark spans lying inside another span of the paragraph as nested."""
    spans = sorted(spans, key=lambda s: (s.outer_start, -s.outer_end))
    out, outer_end = [], -1
    for s in spans:
        if s.outer_start < outer_end and s.outer_end <= outer_end:
            out.append(s._replace(depth=1))
        else:
            out.append(s)
            outer_end = s.outer_end
    return out

"""Finding quote spans: which stretches of an article stand between quotation marks.

Typed marks (« », “ ”, „ “, ‹ ›) pair with a stack; straight double quotes carry no
direction, so each one is scored as an opener or a closer from its neighbours and the
best consistent reading of a paragraph's marks is chosen (a two-state Viterbi pass).
Spans never cross a paragraph break: an unclosed quotation ends with its paragraph,
which is also how quotations running over several paragraphs are read.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import regex

STRAIGHT = '"'
# Longest stretch an unclosed quotation may claim when paragraph breaks were lost.
UNCLOSED_LIMIT = 600
# Real paragraphs hold a few dozen marks; thousands are a broken or hostile text.
MAX_MARKS_PER_PARAGRAPH = 2000
SKIP_PENALTY = 3.0
UNCLOSED_PENALTY = 1.0

PARAGRAPH_BREAK = regex.compile(r"\s*\n\s*")
SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)")


class Span(NamedTuple):  # a tuple: made by the ten thousand, and a dataclass's init costs 4x as much
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    open_mark: int | None  # offset of the opening mark, None for a continued paragraph
    close_mark: int | None  # offset of the closing mark, None when the paragraph closed it
    depth: int = 0  # 1 for a quotation nested in another

    @property
    def outer_start(self) -> int:
        return self.open_mark if self.open_mark is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between line breaks."""
    bounds, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def find_spans(text: str, pairs: dict[str, str]) -> list[Span]:
    """Every quotation span of the text, outer ones and nested ones, in text order."""
    marks = _marks_pattern("".join(sorted({*pairs, *pairs.values(), STRAIGHT})))
    spans: list[Span] = []
    carried = False  # the previous paragraph ended inside an unclosed typed quotation
    for lo, hi in paragraphs(text):
        found, carried = _paragraph_spans(text, lo, hi, pairs, marks, carried)
        spans.extend(found)
    spans = [s for s in spans if s.end > s.start]
    return sorted(spans, key=lambda s: (s.start, -s.end))


@lru_cache(maxsize=8)
def _marks_pattern(marks: str):
    """Any one of the marks (compiled once per language, not once per article)."""
    return regex.compile("[" + regex.escape(marks) + "]")


def _paragraph_spans(text, lo, hi, pairs, marks, carried):
    positions = [m.start() for m in marks.finditer(text, lo, hi)]
    if len(positions) > MAX_MARKS_PER_PARAGRAPH:
        return [], False  # a flood of marks is noise, not quotations: bounded work
    typed, straight = [], []
    stack: list[tuple[int, str]] = []  # (opener offset, the closer it waits for)
    waiting: Counter[str] = Counter()  # closers awaited by the stack, to test in O(1)

    def push(pos, closer):
        stack.append((pos, closer))
        waiting[closer] += 1

    def pop():
        pos, closer = stack.pop()
        waiting[closer] -= 1
        return pos

    for pos in positions:
        ch = text[pos]
        if ch == STRAIGHT:
            straight.append(pos)
        elif waiting[ch]:
            while stack[-1][1] != ch:
                pop()  # an opener left unclosed inside this pair is dropped
            typed.append((pop(), pos))
        elif ch in pairs:
            push(pos, pairs[ch])
        elif carried and not typed and not stack and text[lo:pos].strip() == "":
            push(pos, ch)  # « … » continuation style: » reopens the paragraph
    spans = [_make_span(text, o, c, hi) for o, c in typed]
    # An opener left unclosed runs at most to the next one: never over another quotation.
    opens = [pos for pos, _ in stack]
    for open_pos, next_open in zip(opens, opens[1:] + [hi]):
        if text[open_pos + 1 : next_open].strip():
            spans.append(_make_span(text, open_pos, None, next_open))
    spans.extend(_straight_spans(text, straight, lo, hi, spans))
    return _with_depth(_uncross(text, spans)), bool(stack)


def _uncross(text: str, spans: list[Span]) -> list[Span]:
    """Quotations nest or stand apart, never cross: an unclosed one is cut where the other
    begins or ends (`"« Nous partons", a dit X` keeps « inside "…"), and of two closed ones
    that cross, the straight-quoted one gives way."""
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
                else:
                    del spans[m if text[b.open_mark] == STRAIGHT else n]
                changed = True
                break
            if changed:
                break
    return [s for s in spans if s.end > s.start]


def _cut(text: str, span: Span, end: int) -> Span:
    """The span ended at offset `end` (its closing mark, if any, forgotten)."""
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return Span(span.start, max(span.start, end), span.open_mark, None, span.depth)


def _make_span(text, open_pos, close_pos, para_end, depth=0) -> Span:
    start = open_pos + 1
    end = close_pos if close_pos is not None else _unclosed_end(text, start, para_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, open_pos, close_pos, depth)


def _unclosed_end(text, start, para_end) -> int:
    """An unclosed quotation runs to its paragraph's end, bounded when breaks were lost."""
    if para_end - start <= UNCLOSED_LIMIT:
        return max(start, para_end)
    window = text[start : start + UNCLOSED_LIMIT]
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
    return start + (ends[-1] if ends else UNCLOSED_LIMIT)


def _straight_spans(text, positions, lo, hi, typed_spans) -> list[Span]:
    """Pair straight quotes: spaced inner pairs first, then the best reading of the rest."""
    nested, rest = _spaced_pairs(text, positions)
    spans = [_make_span(text, o, c, hi) for o, c in nested]
    for o, c in _best_reading(text, rest):
        spans.append(_make_span(text, o, c, hi))
    return spans


def _spaced_pairs(text, positions):
    """Marks written with spaces inside (` " Vous êtes fous ! " `) pair with each other."""
    pairs, rest, i = [], [], 0
    while i < len(positions):
        a = positions[i]
        b = positions[i + 1] if i + 1 < len(positions) else None
        if (
            b is not None
            and _is_space(text, a + 1)
            and _is_space(text, a - 1)
            and _is_space(text, b - 1)
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


def _best_reading(text, positions) -> list[tuple[int, int | None]]:
    """Choose for each mark: open, close, or stray, maximising agreement with its looks."""
    if not positions:
        return []
    # best[state] = (score, back-pointers); state 0 outside a quotation, 1 inside.
    scores = [0.0, float("-inf")]
    history: list[tuple[tuple[int, str], tuple[int, str]]] = []
    for pos in positions:
        o = _opener_score(text, pos)
        stay_out, stay_in = scores[0] - SKIP_PENALTY, scores[1] - SKIP_PENALTY
        open_, close = scores[0] + o, scores[1] - o
        new_out = (close, (1, "close")) if close > stay_out else (stay_out, (0, "skip"))
        new_in = (open_, (0, "open")) if open_ > stay_in else (stay_in, (1, "skip"))
        scores = [new_out[0], new_in[0]]
        history.append((new_out[1], new_in[1]))
    state = 0 if scores[0] >= scores[1] - UNCLOSED_PENALTY else 1
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
        elif action == "close":
            result.append((open_pos, pos))
            open_pos = None
    if open_pos is not None:
        result.append((open_pos, None))
    return result


def _with_depth(spans: list[Span]) -> list[Span]:
    """Mark spans lying inside another span of the paragraph as nested."""
    spans = sorted(spans, key=lambda s: (s.outer_start, -s.outer_end))
    out, outer_end = [], -1
    for s in spans:
        if s.outer_start < outer_end and s.outer_end <= outer_end:
            out.append(Span(s.start, s.end, s.open_mark, s.close_mark, 1))
        else:
            out.append(s)
            outer_end = s.outer_end
    return out

"""Property-based tests of the parser (hypothesis): whatever the text, extract behaves.

For any text, ``extract_quotes``:

- never raises;
- gives quotes whose text is exactly ``text[start:end]``, with ``0 <= start < end <= len(text)``
  and a known kind;
- gives spans that never partly overlap: two spans are disjoint or one contains the other
  (a quotation nested in another is legitimate);
- gives the same output for the same input, in the same process and across processes with
  different hash seeds.

The runs are derandomized so that the suite is repeatable; set ``QUOTES_HYPOTHESIS=thorough``
for a long random search (``QUOTES_HYPOTHESIS_EXAMPLES`` sets how many examples).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.document import Document
from quotes.attribution import GLUED_CAPITAL
from quotes.extract import FAST_WORD, WORD, extract_quotes, words_of
from quotes.identity.local import _words_before
from quotes.lang import language
from quotes.blocks import in_fast_blocks
from quotes.lexicon import lexicon_of, tokenize
from quotes.model import QUOTE_KINDS, Article
from quotes.resolve import Patterns, Resolver
from quotes.spans import PARAGRAPH_BREAK, _grammar, find_spans, paragraphs

ROOT = Path(__file__).parent.parent

settings.register_profile(
    "quotes-ci",
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "quotes-thorough",
    max_examples=int(os.environ.get("QUOTES_HYPOTHESIS_EXAMPLES", "5000")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = "quotes-thorough" if os.environ.get("QUOTES_HYPOTHESIS") == "thorough" else "quotes-ci"
PROPERTY = settings(settings.get_profile(PROFILE))
LANG = language("fr")

# --- what texts look like ---------------------------------------------------------------------

MARKS = ['"', "«", "»", "“", "”", "„", "‹", "›", "'", "’", "«\u00a0", "\u00a0»", "«\u202f", "\u202f»"]
FRAGMENTS = [
    " ", " ", " ", "\n", "\n\n", ", ", ". ", " : ", " - ", "—", "(", ")", "...", "…", "?", "!",
    "a déclaré", "a-t-il dit", "a-t-elle ajouté", "a estimé", "a affirmé", "selon", "d'après", "a dénoncé",
    "dit-il", "explique", "a assuré", "a martelé", "a-t-on appris", "estime que", "a indiqué que",
    "Emmanuel Macron", "le président", "Donald Trump", "la ministre de la Santé", "Olivier Véran", "M.",
    "Mme Dupont", "le Pentagone", "un manifestant", "Force ouvrière", "il", "elle", "ils", "on", "nous",
    "Nous ne céderons pas", "C'est inacceptable", "invasion", "la situation est grave", "jeudi",
    "Le gouvernement", "les soignants", "à Paris", "l'AFP", "2020", "5.000", "12\"", "J.-C.",
]
TOKENS = st.sampled_from(MARKS + FRAGMENTS)
# Texts made of French fragments and marks, in any order: the shapes that confuse a parser.
french = st.lists(TOKENS, max_size=60).map("".join)
# Raw characters, marks and line breaks weighted up.
raw = st.text(
    alphabet=st.one_of(st.sampled_from('"«»“”„‹›\'’ \n\u00a0.,:;!?-—()'), st.characters(codec="utf-8")),
    max_size=200,
)
# Whole quotations with their attribution, then shuffled around with stray marks.
quotation = st.builds(
    lambda o, words, c, cue, who: f"{o}{words}{c}, {cue} {who}.",
    st.sampled_from(["« ", "«", '"', "“", "„", "‹ "]),
    st.lists(st.sampled_from(["Nous", "ne", "céderons", "pas", "« jamais »", '"rien"', "“tout”", "et", "la"]),
             min_size=1, max_size=8).map(" ".join),
    st.sampled_from([" »", "»", '"', "”", "“", " ›", ""]),
    st.sampled_from(["a déclaré", "a affirmé", "a dénoncé", "estime", "a-t-il dit"]),
    st.sampled_from(["Emmanuel Macron", "le ministre", "un manifestant", "la CGT", "il"]),
)
article_text = st.lists(st.one_of(quotation, french, TOKENS), max_size=12).map(" ".join)
texts = st.one_of(article_text, french, raw)


def extract(text: str):
    return extract_quotes(Article(text, id="prop", lang="fr"))


def check_offsets(text: str, quotes) -> None:
    """Every quote is the text between its offsets, which lie inside the text."""
    for q in quotes:
        assert q.kind in QUOTE_KINDS, q
        assert isinstance(q.start, int) and isinstance(q.end, int), q
        assert 0 <= q.start < q.end <= len(text), (q.start, q.end, len(text))
        assert q.quote == text[q.start : q.end], (q.quote, text[q.start : q.end])
        assert q.speaker is None or isinstance(q.speaker, str)


def partial_overlaps(quotes) -> list[tuple]:
    """The pairs of spans that overlap without one containing the other."""
    bad = []
    for a, b in combinations(quotes, 2):
        disjoint = a.end <= b.start or b.end <= a.start
        nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
        if not (disjoint or nested):
            bad.append(((a.start, a.end, a.quote), (b.start, b.end, b.quote)))
    return bad


# --- the properties -----------------------------------------------------------------------------


@PROPERTY
@given(texts)
@example("")
@example("«")
@example('"')
@example("« »")
@example('"" ""')
@example("«« »» « « »")
@example('Il a dit : "« Non »". "Oui", a-t-il ajouté.\n"')
@example("« Première partie.\n» Seconde partie », a-t-il dit.")
def test_extract_never_raises_and_quotes_are_their_offsets(text):
    check_offsets(text, extract(text))


@PROPERTY
@given(texts)
def test_spans_of_an_article_never_partly_overlap(text):
    assert partial_overlaps(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Il a lancé : "« Nous partons tous demain", a dit Jean Dupont.', id="guillemet-in-straight"),
        pytest.param('"« é E ,"', id="guillemet-in-straight-minimal"),
        pytest.param('‹ "Nous partons, a dit Jean Dupont. «', id="straight-after-chevron"),
        pytest.param('‹"a , a a«', id="straight-after-chevron-minimal"),
        pytest.param("« Il m'a dit “je reviendrai” et il est parti », raconte-t-elle.", id="nested-is-fine"),
    ],
)
def test_spans_do_not_cross(text):
    quotes = extract(text)
    check_offsets(text, quotes)
    assert partial_overlaps(quotes) == []


@PROPERTY
@given(article_text)
def test_extract_is_deterministic(text):
    first = [q.to_dict() for q in extract(text)]
    second = [q.to_dict() for q in extract_quotes(Article(text, id="prop", lang="fr"))]
    assert first == second


@PROPERTY
@given(st.lists(article_text, min_size=2, max_size=4))
def test_an_article_does_not_depend_on_those_parsed_before(texts_):
    """The parser keeps no state between articles: parsing others first changes nothing."""
    alone = [q.to_dict() for q in extract(texts_[-1])]
    for text in texts_[:-1]:
        extract(text)
    assert [q.to_dict() for q in extract(texts_[-1])] == alone


def test_same_output_across_processes_and_hash_seeds(tmp_path):
    """Set and dict orders change with PYTHONHASHSEED: the output must not."""
    sample = ROOT / "examples" / "sample.jsonl"
    lines = sample.read_text(encoding="utf-8").splitlines()[:60]
    data = tmp_path / "some.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "quotes", "extract", str(data)], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        outputs.append([json.loads(line) for line in done.stdout.splitlines()])
    assert outputs[0] and outputs[0] == outputs[1]


# --- the parser's shortcuts agree with the plain computation ----------------------------------


@PROPERTY
@given(texts)
@example("0ʼ")  # U+02BC, a letter to Unicode, an apostrophe once folded: never part of a word
def test_document_tokens_are_the_tokenizer_tokens(text):
    """Tokens split from the folded text, as offset lists, are those `tokenize` gives one by one."""
    doc = Document(text, find_spans(text, LANG), LANG)
    tokens = tokenize(text, LANG)
    assert [(t.start, t.end) for t in tokens] == list(zip(doc.starts, doc.ends))
    assert [t.norm for t in tokens] == doc.words
    assert [t.text for t in tokens] == [doc.texts[i] for i in range(doc.size)]


@PROPERTY
@given(texts)
@example("l_homme² a dit ½ ; e\u0301té")
@example("a\x1fb \x1c")
@example("L'homme qu'a-t-il dit aujourd'hui ? j'm'en 'l'un")
def test_re_split_is_the_regex_split(text):
    """`re` splits texts as `regex` does wherever the tokenizer lets it (combining marks, like the
    accent of "e\u0301", are letters to `regex` only: the tokenizer keeps such texts for it)."""
    if in_fast_blocks(text):
        lexicon = lexicon_of(LANG)
        assert lexicon._split_columns(text, fast=True) == lexicon._split_columns(text, fast=False)


@PROPERTY
@given(raw)
@example("a \n \n b\x1c\n\x1c c  ")
def test_paragraphs_are_the_text_between_paragraph_breaks(text):
    """Found from the line breaks, they are what PARAGRAPH_BREAK (the spaces around a break) cuts."""
    bounds, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    assert paragraphs(text) == [(a, b) for a, b in bounds if b > a]


@pytest.mark.parametrize("derived, fast, full", [(_grammar, "fast_marks", "marks"), (Patterns, "fast_name_run", "name_run")])
@PROPERTY
@given(texts)
@example("'Bon' dit-il, ‘‘oui’’ et l''ami' ; «\u00a0non\u00a0» 'é")
@example("qu'Alain J.-C. de La Fontaine, l'ONU et ²Zoé")
def test_re_patterns_find_what_their_regex_twins_find(derived, fast, full, text):
    """The quote marks (hugging ones included) and the capitalised runs `re` finds where the text lets it are
    those `regex` finds."""
    if in_fast_blocks(text):
        for code in ("fr", "en"):
            made = language(code).derived(derived)
            assert [(m.start(), m.group()) for m in getattr(made, fast).finditer(text)] == \
                [(m.start(), m.group()) for m in getattr(made, full).finditer(text)]


@PROPERTY
@given(texts)
@example("Œuvre d’Łukasz ? Zoé et l'ONU, J.-C. de La Fontaine")
def test_name_runs_are_the_runs_the_pattern_finds(text):
    """Tried only where the text's cases show a capital (or a character beyond Latin-1), the resolver's name runs
    are those its pattern finds skipping along the whole text."""
    for code in ("fr", "en"):
        patterns = language(code).derived(Patterns)
        pattern = patterns.fast_name_run if in_fast_blocks(text) else patterns.name_run
        assert [(m.start(), m.group()) for m in Resolver(text, language(code))._name_runs()] == \
            [(m.start(), m.group()) for m in pattern.finditer(text)]


@PROPERTY
@given(texts)
@example("l_homme² a dit ½ ; 12ab ÿ×ª µ\u00a0ß\x1cç")
@example("e\u0301té ‘ç’")
def test_words_split_in_c_are_the_words_the_pattern_finds(text):
    """A text's words split by bytes.translate and str.split are those WORD finds (and FAST_WORD, on FAST_BLOCKS)."""
    assert words_of(text) == WORD.findall(text)
    if in_fast_blocks(text):
        assert words_of(text, FAST_WORD) == FAST_WORD.findall(text)


@PROPERTY
@given(texts)
@example("ÉtéLe ²A _B 1C éÉ")
def test_a_glued_capital_sought_by_its_capital_is_the_one_after_a_letter(text):
    """Sought by the capital and checked behind, a capital glued to a letter is found where the plain pattern finds one."""
    assert bool(GLUED_CAPITAL.search(text)) == bool(re.search(r"[^\W\d_][A-ZÀ-ÖØ-Þ]", text))


@PROPERTY
@given(texts)
@example("Nous partons, avait- il ajouté.")
@example("Il a, pour sa part, tenu à le rappeler.")
def test_document_cues_are_the_lexicon_cues(text):
    """Skipping positions far from a speech-verb form, or behind a word no verb group holds,
    loses no verb group."""
    doc = Document(text, find_spans(text, LANG), LANG)
    lexicon = lexicon_of(LANG)
    assert [doc.cue(i) for i in range(doc.size)] == [
        lexicon.match_cue(doc.words, i, normalized=True) for i in range(doc.size)
    ]
    for lo in range(doc.size):
        hi = doc.sentence(lo)[1]
        starts = doc.cue_starts(lo, hi)
        assert all(doc.cue(i) is None for i in range(lo, hi) if i not in starts)


pieces = st.lists(st.sampled_from(["M.", "Macron", "Mac", " ", "  ", "\u00a0", "\n", "\t", ".", "-", "«", "a", "Macron-"]),
                  max_size=14).map("".join)


@given(pieces, st.sampled_from(["Macron", "Mac"]))
@example("M. Macron Macron", "Macron")
@example("Macron.Macron Macron", "Macron")
def test_words_before_a_name_are_what_the_plain_pattern_captures(text, word):
    plain = [m[1] for m in re.finditer(r"(\S+)[ \u00a0]+" + re.escape(word) + r"(?![\w-])", text)]
    assert list(_words_before(word, text)) == plain

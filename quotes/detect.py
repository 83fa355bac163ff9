"""The language of an article that does not say: detected offline by CLD2 (pycld2), whose model is compiled
into its package.

An article's language is the one it is given (`quotes extract --lang`, or its JSON line's `lang`), else the
one detected here, from the text's first PREFIX_CHARS characters: on the news corpora, further on changes no
answer and costs time in proportion (benchmarks/detect_language.py: every French and English article right,
at about 3 % of the parser's time). Any language the detector knows comes out by its ISO 639-1 code, the
codes of `quotes/lang/<code>/`: a German or a Spanish article is `de` or `es`, read with the quote marks
alone. A text the detector cannot tell (a word or two, a table of figures), or tells without confidence, is
read in DEFAULT_LANGUAGE, as every article was before detection.
"""

from __future__ import annotations

from dataclasses import replace

import pycld2
import regex

from .model import DEFAULT_LANGUAGE, Article

PREFIX_CHARS = 1000
SCRIPT_ONLY = "xx"  # CLD2's code for an unknown language in a known script (xx-Arab)
# CLD2 gives two languages the codes ISO 639-1 had before 1989, and some a script after the code (zh-Hant).
RENAMED = {"iw": "he", "jw": "jv"}
# Characters CLD2 refuses as "invalid UTF-8": controls, lone surrogates, noncharacters and unassigned ones.
REFUSED = regex.compile(r"[\p{Cc}\p{Cs}\p{Cn}]+")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language the text is in, or DEFAULT_LANGUAGE when that is uncertain."""
    prefix = text[:PREFIX_CHARS]
    try:
        reliable, _, languages = pycld2.detect(prefix)
    except (pycld2.error, UnicodeEncodeError):  # "invalid UTF-8", a lone surrogate: blanked out only then (a regex
        # pass over every text cost a third of detection)
        reliable, _, languages = pycld2.detect(REFUSED.sub(" ", prefix))
    _, code, percent, _ = languages[0]  # percent: of the text's bytes in that language; 0 when it cannot tell
    code = code.split("-")[0]
    if not reliable or not percent or code == SCRIPT_ONLY:
        return DEFAULT_LANGUAGE
    return RENAMED.get(code, code)


def with_language(article: Article) -> Article:
    """The article with its language decided: its own when it has one, else the detected one."""
    return article if article.lang else replace(article, lang=detect_language(article.text))

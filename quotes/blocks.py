"""Texts written only with the blocks most news is written in, where `re` patterns may stand for `regex` ones.

`re` reads a plain character class as a bitmap and skips ahead to a pattern's first character; `regex` looks up
Unicode categories. On these texts the project's patterns have `re` twins with their classes spelled out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Texts written only with these blocks (Latin, general punctuation, currencies: 99.5 % of French articles)
# are read with `re`, a third faster, and classes spelled out character by character (a test checks every
# one against `regex`). The information separators U+001C-U+001F are left out: spaces to `re`'s \s, not to
# `regex`'s.
FAST_BLOCKS = "\x00-\x1b\x20-\u02ff\u2000-\u206f\u20a0-\u20bf"
# Matched whole: a tight loop in `re`, three times as fast as searching for a character outside them.
_ONLY_FAST_BLOCKS = re.compile(f"[{FAST_BLOCKS}]*")


# The Latin-1 characters outside the blocks (the information separators): a text of Latin-1 characters alone
# (most French articles) is told by looking for these few, each by memchr, not by a class tested on every character.
_LATIN_1_OUTSIDE = "".join(c for c in map(chr, range(256)) if not _ONLY_FAST_BLOCKS.fullmatch(c))


# An article's text is asked about by each step that reads it (spans, tokens, names): answered once.
@lru_cache(maxsize=256)
def in_fast_blocks(text: str) -> bool:
    """Whether `text` is written only with FAST_BLOCKS, where `re` patterns may stand for `regex` ones."""
    try:
        text.encode("latin-1")  # a copy in C where Python stores the text one byte a character
    except UnicodeEncodeError:
        return _ONLY_FAST_BLOCKS.fullmatch(text) is not None
    return not any(c in text for c in _LATIN_1_OUTSIDE)


def fast_block_class(*categories: str, without: str = "") -> str:
    """The characters of FAST_BLOCKS whose Unicode general category starts with one of `categories` ("Lu",
    "L"), less those of `without`, as the inside of a `re` character class: what `regex` writes \\p{Lu}
    or \\p{L}. An explicit class is a bitmap to `re`, faster than a category it looks up."""
    codes = [code for low, high in re.findall(r"(.)-(.)", FAST_BLOCKS) for code in range(ord(low), ord(high) + 1)
             if unicodedata.category(chr(code)).startswith(categories) and chr(code) not in without]
    runs = [[codes[0], codes[0]]] if codes else []
    for code in codes[1:]:
        if code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs)

"""English typography: quote marks as newsrooms type them, abbreviations, page furniture."""

# Abbreviations whose full stop ends no sentence ("Mr. Smith", "Sen. Doe", "Dr. Roe"), without the stop.
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "capt", "sgt", "supt", "insp",
    "st", "rev", "jr", "sr", "messrs", "hon", "cllr", "det", "vs", "etc", "approx",
)

# Opening mark -> closing mark; a tuple for a pair read only where its marks hug the words they enclose,
# within a paragraph: single quotes, never the apostrophe of `Smith's` or `don't`.
QUOTE_PAIRS = {
    "“": "”", "«": "»", "„": "“",
    "‘": ("’", "'"), "'": ("'", "’"),
}

# Page furniture run into the text, never a speaker: "Read more: …" links to another story.
PAGE_FURNITURE = (
    "read more", "related", "related topics", "related stories", "more on this story", "see also", "watch",
    "listen", "video", "media caption", "image caption", "image source", "analysis", "update",
)

# Nouns that label what follows their colon (`Goal: …`): never a speaker.
LABEL_NOUNS = ("goal", "aim", "result", "verdict", "conclusion", "problem", "question", "reason", "motto", "slogan")
ANSWER_LABELS = ("answer", "a")
QUESTION_LABELS = ("question", "q")

UNACCENTED_CAPITALS = {}

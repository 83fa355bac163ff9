"""What may stand inside an English-language name: particles, lower-case function words, prepositions of a body's name."""

BODY_NAME_PREPOSITIONS = ("for",)

# Prepositions inside the capitalised name of a role's portfolio: `the Secretary of State for Health and Social Care`.
PORTFOLIO_PREPOSITIONS = ("for",)

NAME_PARTICLES = (
    "de", "du", "des", "la", "le", "von", "van", "der", "den", "ter", "da", "di", "dos", "das", "del", "della",
    "bin", "ibn", "al", "el", "ben",
)

NAME_FUNCTION_WORDS = ("of", "the", "and", "for", "on", "in", "de", "la", "del", "al", "el", "von", "van", "der")

# Capitalised words that open a sentence rather than a name: "He", "According", "But".
SENTENCE_OPENING_WORDS = (
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "the", "a",
    "an", "his", "her", "their", "its", "our", "my", "your", "but", "and", "or", "so", "yet", "if", "when",
    "while", "as", "after", "before", "since", "although", "though", "because", "in", "on", "at", "for", "with",
    "without", "from", "by", "of", "to", "into", "during", "according", "however", "meanwhile", "speaking",
    "asked", "writing", "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "both",
    "one", "two", "three", "last", "earlier", "later", "now", "then", "today", "yesterday", "also", "instead",
    "still", "even", "only", "just", "over", "under", "about", "around", "despite", "among", "between",
)

# Words after which a capitalised word is a place or a complement, not somebody acting.
PLACE_MARKERS = ("in", "at", "from", "to", "of", "into", "across", "near", "outside", "inside", "around", "for", "on")

# (English writes bodies' names in capitals throughout.)
BODY_NAMES_IN_LOWER_CASE = ()

# Nouns of works before their title: `the film Grace Kelly`, `the album Janet`.
WORK_NOUNS = ("film", "movie", "series", "album", "song", "single", "book", "novel", "show", "play", "documentary")

NAMED_PLACE_NOUNS = ()  # English writes the noun after the name (`Victor Hugo Street`)
# Nouns written before a place's name, capitalised with it: `Co Fermanagh`, `Mount Etna`.
PLACE_NOUNS = ("county", "co", "mount", "lake", "port", "fort", "cape", "isle")
# Articles of other languages: `Der Spiegel`, `El País` name a body or a work
FOREIGN_ARTICLES = ("der", "die", "das", "el", "los", "las")
PLACE_FIRST_NAMES = ("france", "paris", "hong", "sri", "rio")  # `Sea Shepherd France Lamya X`, `Hong Kong`
PLACE_TAILS = ()  # English writes the compass point first (`North Carolina`)

NAMED_BODIES = ("downing", "whitehall", "kremlin", "pentagon", "westminster", "congress", "parliament")

DEMONYM_ENDINGS = ()

"""What may stand inside a French name: particles, lower-case function words, prepositions of a body's name."""

# Prepositions inside a body's proper name: `le Fonds des Nations unies pour la population`.
BODY_NAME_PREPOSITIONS = ("pour",)

NAME_PARTICLES = (
    "de", "du", "des", "d'", "la", "le", "von", "van", "der", "den", "ter", "ten", "da", "di", "do", "dos", "das",
    "del", "della", "las", "los", "y", "ben", "bin", "ibn", "el", "al",
)

# Short words that stay lower case inside a name or title ("Union des démocrates et indépendants").
NAME_FUNCTION_WORDS = (
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour",
    "sur", "of", "the", "and", "y", "del", "el",
)

"""What may stand inside a French name: particles, lower-case function words, prepositions of a body's name."""

# Prepositions inside a body's proper name: `le Fonds des Nations unies pour la population`.
BODY_NAME_PREPOSITIONS = ("pour",)

# Prepositions inside the capitalised name of a role's portfolio: `le ministre des Relations avec les Collectivités`.
PORTFOLIO_PREPOSITIONS = ("avec", "entre")

NAME_PARTICLES = (
    "de", "du", "des", "d'", "la", "le", "von", "van", "der", "den", "ter", "ten", "da", "di", "do", "dos", "das",
    "del", "della", "las", "los", "y", "of", "ben", "bin", "ibn", "el", "al",
)

# Short words that stay lower case inside a name or title ("Union des démocrates et indépendants").
NAME_FUNCTION_WORDS = (
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour",
    "sur", "of", "the", "and", "y", "del", "el",
)

# Capitalised words that open a sentence rather than a name: "Il", "Selon", "A".
SENTENCE_OPENING_WORDS = (
    "il", "elle", "ils", "elles", "on", "lui", "eux", "je", "nous", "vous", "tu", "ce", "cela", "ça", "ceci", "c'",
    "si", "a", "en", "au", "aux", "et", "ou", "mais", "pour", "par", "sur", "sous", "selon", "dans", "avec", "sans",
    "chez", "après", "avant", "pendant", "depuis", "même", "tout", "tous", "toute", "toutes", "interrogé",
    "interrogée", "contacté", "contactée", "alors", "ainsi", "enfin", "puis", "donc", "or", "ni", "car", "quand",
    "lorsque", "comme", "une", "un", "des", "ces", "cet", "cette", "son", "sa", "ses", "leur", "leurs", "mon", "ma",
    "mes", "notre", "nos", "votre", "vos", "qui", "que", "quoi", "dont", "où", "face", "lors", "entre", "vers", "hors",
    "plus", "déjà", "ensuite", "aussi", "encore", "désormais", "auparavant",
)

# Words after which a capitalised word is a place or a complement, not somebody acting: "à Lyon",
# "gare de Lyon", "en France".
PLACE_MARKERS = (
    "a", "à", "de", "d'", "du", "des", "en", "au", "aux", "vers", "dans", "sur", "depuis", "par", "pour", "pres", "près",
    "entre", "chez", "et", "ou",
)

# Names of bodies that go on in lower case after their capital: a description ends after them, not at their first
# small word (`un responsable de La République en marche`).
BODY_NAMES_IN_LOWER_CASE = (
    "république en marche", "france insoumise", "lutte ouvrière", "debout la france", "europe écologie les verts",
    "génération écologie", "manif pour tous", "france libre", "front de gauche",
    "reporters sans frontières", "médecins sans frontières", "avocats sans frontières", "médecins du monde",
)

# Nouns of works before their title, whatever first name opens it: `le film Love Addict`, `l'album Marie Jeanne`.
WORK_NOUNS = (
    "film", "téléfilm", "série", "album", "chanson", "titre", "single", "livre", "roman", "spectacle",
    "documentaire", "pièce", "opéra", "tableau", "jeu", "émission",
)

# Nouns written in lower case before a name that make it a place's named after somebody: `rue Victor Hugo`,
# `cours Julien`, `lycée Jean Moulin`.
NAMED_PLACE_NOUNS = (
    "rue", "avenue", "boulevard", "bd", "place", "quai", "cours", "allée", "allées", "impasse", "chemin", "route",
    "pont", "square", "esplanade", "promenade", "parvis", "faubourg", "lycée", "collège", "école", "hôpital", "clinique",
    "stade", "aéroport", "gare", "station", "musée", "salle", "parc", "jardin", "cité", "résidence", "théâtre",
    "université", "faculté", "campus",
)
# Nouns written before a place's name, capitalised with it: `Mont Blanc`, `Lac Léman`.
PLACE_NOUNS = ("mont", "lac", "cap", "île", "comté", "côte", "vallée", "golfe", "maison")
# First names far more often a place's name: `Miss France Geneviève X`, `Sea Shepherd France Lamya X`, `Hong Kong`.
PLACE_FIRST_NAMES = ("france", "paris", "york", "hong", "sri", "rio")
# Articles of other languages: `The Voice`, `Der Spiegel`, `El País` name a body or a work, not a woman called The or El
FOREIGN_ARTICLES = ("the", "der", "die", "das", "el", "los", "las")
PLACE_TAILS = ("du nord", "du sud", "de l'est", "de l'ouest", "du nord-est", "du nord-ouest", "du sud-est", "du sud-ouest")

# Names of one body that are also common nouns of ORGANISATION_NOUNS: alone, they still name that body.
NAMED_BODIES = ("bercy", "élysée", "kremlin", "matignon", "pentagone", "insee", "inserm", "medef", "reuters", "sénat")

# How nouns of nationality or of a town's people end, in the singular: "Toulousain", "Lyonnaise", "Savoyard".
DEMONYM_ENDINGS = ("ain", "aine", "ais", "aise", "ien", "ienne", "ois", "oise", "ard", "arde")

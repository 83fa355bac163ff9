"""English function words the grammar of attributions turns on: determiners, connectives, prepositions, clause words, endings."""

INFINITIVE_ENDINGS = ()
LINKING_VERBS = ()

# Determiners; gender and number when they mark it.
DETERMINERS = {
    "the": (None, None), "a": (None, "sg"), "an": (None, "sg"), "this": (None, "sg"), "these": (None, "pl"),
    "those": (None, "pl"), "his": (None, None), "her": (None, None), "their": (None, None), "its": (None, None),
    "some": (None, "pl"), "several": (None, "pl"), "many": (None, "pl"), "two": (None, "pl"),
    "three": (None, "pl"), "other": (None, None), "another": (None, "sg"),
}

COORDINATORS = ("and", "or", "but", "then")

INDEFINITE_OPENERS = ("a", "an", "one", "some", "several")
INDEFINITE_ARTICLES = ("a", "an")

COMPARATIVES = ("more", "less", "better", "worse", "rather")
LIKENESS_MARKERS = ("like",)

EXAMPLE_MARKERS = ("such as", "including", "notably")
# Words opening a sentence on its topic: "As for X, he said …" (he: X).
TOPIC_OPENERS = ("as for",)
VERBLESS_TOPIC_OPENERS = ()
PRESENTING_OPENERS = ("such is the case of", "this is the case of", "that is the case of")
VERBLESS_TOPIC_PREPOSITIONS = ()
INDEFINITE_PLURAL_SUBJECTS = ("some", "others", "many", "several", "most")

PLACE_PREPOSITIONS = ("in", "at")

PERSON_PREPOSITIONS = ("for", "with", "against", "between", "by", "to")

# Words that open an adjunct between a speech verb and its subject after it: "said on Monday the minister".
ADJUNCT_PREPOSITIONS = (
    "in", "on", "at", "during", "after", "before", "from", "to", "via", "outside", "inside", "near", "since",
    "under", "over", "through", "while", "with", "without", "despite", "ahead", "earlier",
)

# Phrases placing somebody inside a body, that a description by an indefinite article goes on through: `a source
# inside the presidency`.
MEMBERSHIP_PHRASES = ("inside", "within")

# A time relative to another, between a speech verb and its subject: "said moments later the minister".
# (English puts no manner adjunct before an inverted subject.)
MANNER_OPENERS = ()
MANNER_NOUNS = ()

TIME_PHRASES = (
    *(f"{quantity} {unit} {relation}" for quantity in ("a few", "several", "two", "three")
      for unit in ("moments", "minutes", "hours", "days", "weeks", "months", "years")
      for relation in ("earlier", "later", "before", "after")),
    "moments later", "moments earlier", "shortly after", "shortly before", "soon after",
)

TIME_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "recently", "earlier", "later", "then",
    "now", "also", "previously", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "last", "next", "this", "week", "weekend", "year",
)

ROLE_COMPLEMENT_PREPOSITIONS = ("for", "at", "on")
MEDIUM_PREPOSITIONS = ()  # (no subject after its verb to reach past one)

OF = ("of",)

TO = ("for",)

BY = ("by",)

OBJECT_PREPOSITIONS = ("to", "with", "against", "for", "at", "about", "on", "of", "from")

# (not `to`, which also opens an infinitive: `used the interview to say`)
NOUN_PREPOSITIONS = ("of", "with", "against", "about", "from", "without")

THAT = ("that",)

DEFINITE = ("the",)

DEMONSTRATIVES = ("this",)

# Words opening a description written before a name: "the Labour leader Jane Doe".
DESCRIPTION_OPENERS = ("the", "a", "an", "his", "her", "their", "its")

CONTRACTED_ARTICLES = {}

RELATIVE_CLAUSE_WORDS = ("who", "which", "where", "whose", "whom", "that")
# Not read in English: `when`/`while` bring in song titles and earlier office-holders as often as a new topic.
SUBORDINATORS = ("when", "where", "whenever")
MEMBER_OPENERS = ()
# Words before a participle that open a clause of time, not a subject: `Once elected, the mayor said …`, and the
# auxiliary of a perfect participle (`Having left the party, he …`).
PARTICIPLE_CLAUSE_OPENERS = ("once", "having")

CLEFT_OPENERS = ("it is", "it's", "it was", "it isn't", "it wasn't")
FRONTED_CLAUSE_OPENERS = ("if", "when", "while", "although", "though", "as", "after", "before", "since", "because", "once", "as for")

TIME_DEMONSTRATIVES = ("this", "last", "next")
MANNER_ADVERB_ENDINGS = ()  # the subject comes before `said` in English news; `-ly` ends nouns too (`ally`, `rally`)

# How a verb in the third person ends: between a subject and its object ("the firm says the …").
FINITE_VERB_ENDINGS = ("s", "ed")

PRESENT_PARTICIPLE_ENDING = "ing"

TERM_PREPOSITIONS = ("for", "as", "of")

EMBEDDING_PREPOSITIONS = ("of", "to", "for", "as", "in", "on", "at", "about", "by", "with")

# Connectives that may open a sentence before its subject: `But the minister said …`.
# (a clause after `, but` or `, and` names somebody aside as often as the one the text turns to: none)
CLAUSE_CONNECTIVES = ()
OPENING_CONNECTIVES = ("but", "and", "so", "yet", "however", "meanwhile", "still", "now", "then", "instead")

CONNECTIVES = (
    "but", "and", "so", "yet", "however", "meanwhile", "still", "then", "now", "instead", "indeed", "also",
    "though", "although", "while", "because", "if", "when", "as", "yes", "no", "well", "or", "nor",
    "according", "after", "before", "since", "in", "on", "at", "for", "with", "by", "from", "despite",
)

# Endings of past participles: a capitalised one opening a sentence is a clause, not a name ("Asked about …").
PARTICIPLE_ENDINGS = ("ed",)
FEMININE_PARTICIPLE_SUFFIX = ""  # (participles agree with nobody)
VERB_ONLY_ENDINGS = ()

# Past participles that end otherwise (`Born in Leeds, the singer …`).
IRREGULAR_PARTICIPLES = (
    "born", "known", "seen", "taken", "given", "told", "brought", "caught", "shown", "held", "found", "sent",
    "beaten", "chosen", "driven", "written", "spoken", "thrown", "struck", "shaken", "stung", "torn", "built",
    "bought", "kept", "made", "sold", "won", "lost", "been", "done", "gone",
)

# Words that end a subject noun phrase: what follows is a new clause or an adjunct.
CLAUSE_WORDS = (
    "that", "who", "which", "whose", "whom", "where", "when", "while", "but", "because", "if", "as", "after",
    "before", "since", "although", "though", "unless", "until", "whether", "so", "with", "without", "during",
)

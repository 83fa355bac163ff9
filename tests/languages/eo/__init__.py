"""Esperanto, as a toy second language: data only, read by the same engines as French.

A few speech verbs (diri, aldoni, …), pronouns, articles and roles: enough for `« … », diris X`,
`X diris: « … »` and `Laŭ X, « … »`. The tests put this package beside the real languages; every
key of `quotes/lang/schema.py` is here, those the toy does not need left empty.
"""

CODE = "eo"
ELISIONS = ("l'",)
INVERSION_HYPHEN = "-"
REFLEXIVE_PRONOUNS = ("si",)
AUXILIARIES = {"esti": {"present": ("estas", "estas"), "past": ("estis", "estis"), "future": ("estos", "estos")}}
NONFINITE_AUXILIARIES = {"esti": {"infinitive": "esti"}}
PERFECT_AUXILIARY = "esti"
REFLEXIVE_AUXILIARY = "esti"
PASSIVE_AUXILIARY = "esti"
PASSIVE_PARTICIPLE = "estita"
PARTICIPLE_AGREEMENT = (("", None, "sg"), ("j", None, "pl"))
PARADIGMS = {
    # diri -> diras, diris, diros, dirus; dirinta; dirante
    "i": {
        "suffix": "i",
        "finite_sg": ("as", "is", "os", "us"),
        "finite_pl": ("as", "is", "os", "us"),
        "participle": ("inta",),
        "present_participle": ("ante",),
        "infinitive": ("i",),
    },
}
SPEECH_VERBS = {"i": ("diri", "aldoni", "deklari", "klarigi", "skribi", "respondi", "averti")}
COLON = ":"
QUOTE_PAIRS = {"«": "»", "“": "”"}
CITING_PHRASES = ()
ACCORDING_TO = ("laŭ",)
PRONOUNS = {"li": ("m", "sg"), "ŝi": ("f", "sg"), "ili": (None, "pl")}
PERSONAL_PRONOUNS = ("li", "ŝi")
FIRST_PERSON_SINGULAR = ("mi", "min", "mia")
SPEECH_NOUNS = ("atako", "vortoj")
VOICE_OF = ("per la voĉo de",)
CONTINUING_CUES = ("aldoni",)
REPLYING_CUES = ("respondi",)
BODY_OFFICES = ("prezidanto",)
CANDIDACY_ROLES = ("kandidato",)
ANY_PERSON_NOUNS = ("viro", "virino")
KIN_NOUNS = ("patro", "patrino")
RELATIVE_PRONOUNS = ("kiu",)
CIVIL_TITLES = {"s-ro": "m", "s-ino": "f"}
CIVIL_TITLE_ROLES = {}
ROLE_NOUNS = {"ministro": None, "prezidanto": None, "urbestro": None, "ministrino": "f", "prezidantino": "f"}
ORGANISATION_NOUNS = ("asocio", "registaro", "ministerio")
PLACE_KIND_NOUNS = ("urbo", "vilaĝo")
GROUP_NOUNS = ("loĝantoj", "laboristoj")
COLLECTIVE_NOUNS = ("dekduo",)
DETERMINERS = {"la": (None, None), "unu": (None, "sg")}
DEFINITE = ("la",)
DESCRIPTION_OPENERS = ("la",)
TIME_WORDS = ("lundon", "hieraŭ", "hodiaŭ", "matene", "vespere")
TIME_PHRASES = ("iom poste",)
MEMBERSHIP_PHRASES = ("ene de",)
COORDINATORS = ("kaj", "aŭ")
CONNECTIVES = ("kaj", "sed", "do", "tamen")
OPENING_CONNECTIVES = ("sed", "tamen")
THAT = ("ke",)
RELATIVE_CLAUSE_WORDS = ("kiu", "kiuj", "kie")
SUBORDINATORS = ("kie", "kiam")
MEMBER_OPENERS = ()
CLEFT_OPENERS = ()
FRONTED_CLAUSE_OPENERS = ()
CLAUSE_WORDS = ("kiu", "kiuj", "ke")
OF = ("de",)
TO = ("al",)
BY = ("de",)
ADJUNCT_PREPOSITIONS = ("en", "dum", "post", "antaŭ", "al")
OBJECT_PREPOSITIONS = ("al", "kun", "por", "kontraŭ", "de")
NOUN_PREPOSITIONS = ("al", "kun", "por", "kontraŭ", "de")
INFINITIVE_ENDINGS = ("i",)
FINITE_VERB_ENDINGS = ("as", "is", "os", "us")
PRESENT_PARTICIPLE_ENDING = "ante"
PARTICIPLE_ENDINGS = ("ita", "inta")
IRREGULAR_PARTICIPLES = ()

# Not needed by the toy.
SENTENCE_OPENING_WORDS = ()
PLACE_MARKERS = ()
PLACE_NOUNS = ("monto", "lago")
NAMED_PLACE_NOUNS = ()
PLACE_FIRST_NAMES = ("francio", "parizo")
PLACE_TAILS = ()
NAMED_BODIES = ()
DEMONYM_ENDINGS = ()
ROLE_MODIFIERS = ()
ROLE_DANGLING_WORDS = ()
CLAUSE_MARKERS = ()
ROLE_NOUN_LAST = False
BARE_ROLE_WORDS = 0
SUBJECT_CLITICS = {}
EPENTHETIC = ""
PREVERBAL_OBJECT_PRONOUNS = ()
WEAK_PRONOUNS = ()
PLACEHOLDERS = {}
PASSIVE_CUES = ()
INVERTED_ONLY = ()
MARKED_ONLY = ()
MARKED_FORMS = ()
VERBS_BEFORE_COLON = ()
NOUN_MARKERS = ()
PREPOSITIONAL_CUES = {}
NOT_CUES_BEFORE = {}
INVARIABLE_CUES = {}
SEMI_AUXILIARIES = {}
MODAL_VERBS = ()
ALLER_FORMS = ()
NEGATED_SEMI_AUXILIARIES = {}
NEGATION = ()
NEGATION_ADVERBS = ()
TURN_ADVERBS = ("siaflanke",)
PERCEPTION_VERBS = {}
ADVERBS = ()
STRESSED_PRONOUNS = ()
ADVERB_BLOCKERS = ()
INTENSIFIERS = ()
PARTICIPLE_DESCRIBES_NOUN_BEFORE = False
SUBJECT_BEFORE_CUE_AFTER_QUOTE = False
ABBREVIATIONS = ()
PAGE_FURNITURE = ()
LABEL_NOUNS = ()
UNACCENTED_CAPITALS = {}
FOR = ()
AFTER_QUOTE_LINKS = ()
WORDING_LINKS = ()
WORDING_OWNERS = ()
PLACE_OF_SPEAKER = ()
SOURCE_DOCUMENTS = ()
SOURCE_PEOPLE = ()
SOURCE_ANAPHORS = ()
SOURCE_PARTICIPLES = ()
DOCUMENT_AUTHOR_PREPOSITIONS = ()
RELAYING_CUES = ()
READING_CUES = ()
SIGN_NOUNS = ()
CHARGE_WORDS = ()
CHARGE_PREPOSITIONS = ()
NARRATIVE_INFINITIVE = ()
PURPOSE_OPENERS = ()
NAMING_AFTER_REFLEXIVE = ()
NAMING_WORDS = ()
NAMING_PARTICIPLES = ()
LATEST_MENTIONED = ()
OBJECT_CLITICS = ()
IMPERSONAL_PRONOUNS = ()
IMPERSONAL_PASSIVE_SUBJECTS = ()
NOT_SPEAKERS = ()
REFLEXIVE = ()
POSSESSIVES = ()
POSSESSIVE_ENDINGS = ()
NON_SUBJECT_ELISIONS = ()
UNIQUE_OFFICES = ()
ROLE_HYPERNYMS = {}
PORTFOLIOS = ()
ROLE_EPITHETS = {}
TITLE_ADJECTIVES = ()
FORMER_PREFIXES = ()
FORMER_WORDS = {}
MODIFIER_GENDERS = {}
ROLE_OPENERS = ()
DEMONYMS = {}
PARTY_MEMBER_NOUNS = {}
FIXED_GENDER_NOUNS = ()
BODY_KIND_NOUNS = ()
MEDIUM_NOUNS = ("gazeto",)
GROUP_NOUN_ENDINGS = ()
PERSON_NOUN_ENDINGS = ()
PERSON_NOUN_GENDERS = {"-ino": "f", "-isto": ""}  # `instruistino`: a woman teacher
ONE_OF = ()
AGE_WORDS = ()
NAME_PARTICLES = ()
NAME_FUNCTION_WORDS = ()
BODY_NAME_PREPOSITIONS = ()
PORTFOLIO_PREPOSITIONS = ()
DEMONSTRATIVES = ()
CONTRACTED_ARTICLES = {}
INDEFINITE_OPENERS = ()
INDEFINITE_ARTICLES = ()
TIME_DEMONSTRATIVES = ()
MANNER_ADVERB_ENDINGS = ()
COMPARATIVES = ()
EXAMPLE_MARKERS = ()
TOPIC_OPENERS = ()
VERBLESS_TOPIC_OPENERS = ()
VERBLESS_TOPIC_PREPOSITIONS = ()
INDEFINITE_PLURAL_SUBJECTS = ()
PLACE_PREPOSITIONS = ()
PERSON_PREPOSITIONS = ()
ROLE_COMPLEMENT_PREPOSITIONS = ()
MEDIUM_PREPOSITIONS = ()
TERM_PREPOSITIONS = ()
EMBEDDING_PREPOSITIONS = ()

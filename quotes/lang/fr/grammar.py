"""French function words the grammar of attributions turns on: determiners, connectives, prepositions, clause words, endings."""

# How infinitives end: the narrative infinitive before a colon (`Et X de finir : « … »`) takes any verb.
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
LINKING_VERBS = ("être", "devenir", "redevenir", "rester", "demeurer", "sembler", "paraître")

# Determiners; gender and number when they mark it.
DETERMINERS = {
    "le": ("m", "sg"), "la": ("f", "sg"), "l'": (None, "sg"), "les": (None, "pl"),
    "un": ("m", "sg"), "une": ("f", "sg"), "des": (None, "pl"), "du": ("m", "sg"),
    "ce": ("m", "sg"), "cet": ("m", "sg"), "cette": ("f", "sg"), "ces": (None, "pl"),
    "son": (None, "sg"), "sa": ("f", "sg"), "ses": (None, "pl"), "leur": (None, "sg"),
    "leurs": (None, "pl"), "plusieurs": (None, "pl"), "certains": ("m", "pl"),
    "certaines": ("f", "pl"), "quelques": (None, "pl"), "deux": (None, "pl"),
    "trois": (None, "pl"), "nombreux": ("m", "pl"), "nombreuses": ("f", "pl"),
}

# Conjunctions joining two verbs or two quotations that share a subject or a cue.
COORDINATORS = ("et", "ou", "puis", "mais")

# Indefinite descriptions keep their relative clause: "l'une des femmes qui devaient …".
INDEFINITE_OPENERS = ("un", "une", "l'un", "l'une", "des", "certains", "certaines", "plusieurs", "l'")
INDEFINITE_ARTICLES = ("un", "une")

# Comparatives before que: the name after them is what is compared with (`plus qu'Emmanuel Macron`).
COMPARATIVES = ("plus", "moins", "davantage", "autant", "mieux", "aussi", "pire")
# `Elle est, comme X, visée par …`: X, set off by commas, is whom the subject is compared with.
LIKENESS_MARKERS = ("comme",)

# Words that, set off by a comma, bring in an example (`…, comme X, …`); of a sentence opened by an indefinite
# plural subject (`Certains ont préféré rester chez eux, comme X`), X stands in the subject's place, the one a
# later pronoun most likely means.
EXAMPLE_MARKERS = ("comme", "notamment", "tel", "telle", "tels", "telles")
# Words opening a sentence on its topic: "Quant à X, il juge que …" (il: X).
TOPIC_OPENERS = ("quant à", "quant au", "quant aux")
# A sentence with no verb turning to somebody: "Même son de cloche chez X. « … », affirme-t-il" (il: X).
VERBLESS_TOPIC_OPENERS = ("même", "idem", "pareil")
VERBLESS_TOPIC_PREPOSITIONS = ("pour", "chez", "du côté de", "côté")
# A sentence presenting somebody as its case in point: "C'est le cas de X, qui …" (X: the one a pronoun then means).
PRESENTING_OPENERS = ("c'est le cas de", "c'est le cas d'", "c'est notamment le cas de", "c'est notamment le cas d'",
                      "c'est aussi le cas de", "c'est aussi le cas d'", "tel est le cas de", "tel est le cas d'")
INDEFINITE_PLURAL_SUBJECTS = ("certains", "certaines", "d'autres", "beaucoup", "plusieurs", "nombreux", "nombre")

# Prepositions of a place after a name (`X à Évry qui …`: the relative is about X).
PLACE_PREPOSITIONS = ("à", "en")

# Prepositions whose object is a person far more often than a place: "pour Jenifer" names her, "en France" no one.
PERSON_PREPOSITIONS = ("pour", "avec", "contre", "chez", "envers", "entre", "auprès", "selon", "par")

# Words that open an adjunct between a speech verb and its inverted subject:
# "a affirmé *lors d'une conférence de presse* le général X", "a tweeté … *lundi matin*".
ADJUNCT_PREPOSITIONS = (
    "à", "au", "aux", "lors", "dans", "sur", "depuis", "devant", "en", "pendant",
    "auprès", "face", "via", "par", "chez", "avant", "après", "dès", "durant", "vers",
    "mardi", "lors de", "au cours de", "à l'occasion de", "à l'issue de", "à la sortie de",
    "au micro de", "au sortir de", "à propos de", "au sujet de", "selon", "lundi",
    "grâce", "malgré", "parmi", "outre", "sous", "sans",
)

TIME_WORDS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "aujourd'hui", "avant-hier", "demain", "matin", "soir", "midi", "après-midi",
    "nuit", "récemment", "jadis", "dernièrement", "ensuite", "alors", "déjà", "encore",
    "également", "aussi", "ainsi", "enfin", "toutefois", "pourtant", "cependant",
    "notamment", "d'ailleurs", "dernier", "dernière",
    *(f"{middle}{month}" for middle in ("", "mi-") for month in (  # (`a expliqué mi-octobre la ministre`)
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")),
    "prochain", "prochaine", "ce", "cette", "début", "fin", "mi", "semaine", "mois", "année", "week-end", "lendemain", "veille", "journée", "soirée", "matinée",
)

# A time relative to another, between a speech verb and its inverted subject: "a lancé quelques minutes plus tard
# le maire X" (not "plusieurs témoins", "plus d'un habitant": the words alone open a speaker).
# How somebody spoke, between the verb and its inverted subject: `a balayé d'un revers de la main le ministre X`.
MANNER_OPENERS = ("d'un", "d'une")
# … and after it: `déclare le dessinateur d'une voix neutre` (not `le dessinateur d'un journal`).
MANNER_NOUNS = ("voix", "ton", "air", "geste", "revers", "sourire", "trait")

TIME_PHRASES = (
    *(f"{quantity} {unit} {relation}" for quantity in ("quelques", "plusieurs", "deux", "trois", "peu de")
      for unit in ("instants", "minutes", "heures", "jours", "semaines", "mois", "ans", "années")
      for relation in ("plus tôt", "plus tard", "auparavant", "avant", "après")),
    "un peu plus tôt", "un peu plus tard", "plus tôt", "plus tard", "peu après", "peu avant", "auparavant",
    "peu de temps après", "peu de temps avant",
    # a place in the text relative to another: "a insisté quelques lignes plus bas le ministre"
    *(f"{quantity} {unit} {relation}" for quantity in ("quelques", "plusieurs", "deux", "trois")
      for unit in ("lignes", "paragraphes", "pages") for relation in ("plus bas", "plus loin", "plus haut")),
    "un peu plus loin", "un peu plus bas", "plus loin", "plus bas",
    # a time before the text's (`expliquait il y a quelques semaines un ministre`: the `il` of `il y a`, no subject)
    *(f"il y a {quantity} {unit}" for quantity in ("quelques", "plusieurs", "deux", "trois", "un", "une", "peu de")
      for unit in ("minutes", "heures", "jours", "semaines", "mois", "ans", "années",
                   "minute", "heure", "jour", "semaine", "an", "année")),
    "il y a peu", "il y a longtemps", "il y a peu de temps",
)

# Phrases placing somebody inside a body, that a description by an indefinite article goes on through: `une source
# au sein de la présidence` (a definite one, `le ministre au sein du gouvernement`, is somebody known).
MEMBERSHIP_PHRASES = ("au sein de", "au sein du", "au sein des", "au sein d'")

# Function words the grammar of attributions turns on.
# Prepositions of a role's complement, before the holder's name: "la chercheuse de X sur le pétrole Nom".
ROLE_COMPLEMENT_PREPOSITIONS = ("à", "au", "aux", "sur", "en", "pour", "chez", "auprès")
# Prepositions of the medium a speaker spoke for, after an inverted verb: "commente pour BFMTV le chercheur X".
MEDIUM_PREPOSITIONS = ("pour",)

OF = ("de", "du", "des", "d'")  # "le ministre de la Santé": a complement, inside a noun phrase

TO = ("à", "au", "aux")  # "le secrétaire d'Etat aux transports"

BY = ("par",)

# Prepositions whose object is rarely what a later subject pronoun stands for.
OBJECT_PREPOSITIONS = ("à", "au", "aux", "avec", "contre", "chez", "pour", "envers", "entre", "vers", "sur", "de", "d'", "du", "des")  # the agent of a passive: "lancé par les soignants"

# Prepositions no finite verb follows: a speech verb's form after one is a noun ("le Centre d'analyse").
NOUN_PREPOSITIONS = ("à", "au", "aux", "avec", "contre", "chez", "pour", "par", "sans", "envers", "vers", "sur", "de", "d'", "du")

THAT = ("que", "qu'")  # "X a déclaré que …"

DEFINITE = ("le", "la", "les", "l'")

# Demonstratives point back as the definite article does: "ce porte-parole" is the one named before.
DEMONSTRATIVES = ("ce", "cet", "cette")

# Words opening a description written before a name: "la ministre des Solidarités Agnès Buzyn".
DESCRIPTION_OPENERS = ("le", "la", "les", "l'", "un", "une", "cette", "son", "sa", "leur")

CONTRACTED_ARTICLES = {"du": "le", "des": "les", "au": "le", "aux": "les"}  # "un communiqué du parquet" → "le parquet"

RELATIVE_CLAUSE_WORDS = ("qui", "dont", "où", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "duquel",
                         "desquels", "desquelles", "auquel", "auxquels", "auxquelles")
SUBORDINATORS = ("où", "quand", "lorsque", "puisque")
MEMBER_OPENERS = ("dont",)  # `un défi dont X s'est réjoui`; but `des députés, dont X et Y`
# Words before a participle that open a clause of time, not a subject: `Une fois rentrée, la chanteuse a …`, and the
# auxiliaries of a compound participle (`Ayant tourné la page, il …`).
PARTICIPLE_CLAUSE_OPENERS = ("une fois", "sitôt", "aussitôt", "à peine", "ayant", "étant")

# How a cleft sentence opens, whose `que` clause has the sentence's topic for subject: "Ce n'est pas la première fois que X …".
CLEFT_OPENERS = ("c'est", "ce n'est", "c'était", "ce n'était", "ce fut")
FRONTED_CLAUSE_OPENERS = (
    "si", "s'il", "s'ils", "même si", "quand", "lorsque", "puisque", "alors que", "bien que", "tandis que", "parce que",
    "depuis que", "dès que", "après que", "avant que", "pendant que", "comme",
    # elided before a vowel, run into the next word: `Lorsqu'elle a commencé …, X n'avait …`
    "lorsqu'", "puisqu'", "quoiqu'", "alors qu'", "bien qu'", "tandis qu'", "parce qu'", "depuis qu'", "dès qu'", "après qu'",
    "avant qu'", "pendant qu'",
    "quant à", "quant au", "quant aux",  # a topic set before the main clause: `Quant à ses détracteurs, X répond`
)

TIME_DEMONSTRATIVES = ("ce", "cette")  # "ce mardi": an adjunct only before a time word
MANNER_ADVERB_ENDINGS = ("ment",)  # `dit joliment X`, `confie amèrement X`: nouns so ended come with a determiner

# How a verb in the third person ends (`secoue`, `reçoit`, `va`, `prend`): a word so ended between a
# subject and a determiner is read as its verb (`des agricultrices bloquent la route`).
FINITE_VERB_ENDINGS = ("e", "t", "a", "d")

PRESENT_PARTICIPLE_ENDING = "ant"  # "…, se servant de …" ends a reported clause

# Prepositions a quoted term follows more often than somebody's words: "des poursuites pour « … »".
TERM_PREPOSITIONS = ("pour", "par", "sur", "en")

EMBEDDING_PREPOSITIONS = ("de", "d'", "du", "des", "à", "au", "aux", "en", "par", "pour", "sur")

# Sentence connectives: a capitalised one opening a sentence is not a name.
# Connectives that may open a sentence before its subject: `Or M. X, …`, `Mais la ministre a …`.
OPENING_CONNECTIVES = (
    "or", "mais", "et", "donc", "puis", "enfin", "alors", "ainsi", "pourtant", "cependant",
    "toutefois", "néanmoins", "car", "certes", "ensuite",
)

# Connectives that, after a comma, open a main clause whose subject the text turns to (`On l'a peu entendue, et
# pourtant X en a à dire`): the one a later pronoun or description means. Contrast only: after `et` alone the
# clause is often an aside (`il jouait au milieu, et X était son modèle`).
CLAUSE_CONNECTIVES = ("pourtant", "cependant", "toutefois", "néanmoins")

CONNECTIVES = (
    "or", "mais", "donc", "et", "puis", "enfin", "alors", "ainsi", "cependant", "pourtant",
    "toutefois", "néanmoins", "car", "bref", "certes", "d'ailleurs", "ensuite", "aussi",
    "voilà", "voici", "oui", "non", "bien", "sinon", "selon", "pour", "par", "dans", "en",
    "quant", "tout", "ou", "quoi",
)

# Endings of past participles: a capitalised one opening a sentence is a clause, not a name ("Interrogé sur …").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# A past participle after être agrees with its subject: `Andrea X est revenu`, `Camille X a été nommée`.
FEMININE_PARTICIPLE_SUFFIX = "e"
# The imperfect's and the simple past's third person plural: no noun ends so (`Les manifestants portaient des drapeaux`).
VERB_ONLY_ENDINGS = ("aient", "èrent")

# Past participles that end otherwise (`Venu saluer les soignants, le ministre a …`), in every agreement.
IRREGULAR_PARTICIPLES = tuple(
    form for participle in (
        "venu", "revenu", "devenu", "parvenu", "intervenu", "élu", "réélu", "convaincu", "connu", "reconnu", "entendu",
        "attendu", "tenu", "retenu", "soutenu", "obtenu", "vu", "battu", "perdu", "rendu", "descendu",
        "répondu", "déçu", "reçu", "ému", "apparu", "disparu", "vécu", "pris", "repris", "surpris", "mis", "remis",
        "promis", "soumis", "émis", "transmis", "admis", "assis", "acquis", "sorti", "suivi", "poursuivi", "investi", "saisi",
        "réuni", "choisi", "fait", "écrit", "dit", "conduit", "produit", "atteint", "contraint", "craint", "joint",
        "rejoint", "interrompu", "détenu", "abattu", "mordu",
    )
    for form in (participle, participle + "e", participle if participle.endswith("s") else participle + "s",
                 participle + "es")
    # (and as a capital É is often written opening a sentence: `Elu en 2012, X …`)
    for form in ((form, "e" + form[1:]) if form.startswith("é") else (form,))
)

# Phrases that end a subject noun phrase: what follows is a new clause or an adjunct.
CLAUSE_WORDS = (
    "que", "qu'", "qui", "dont", "où", "mais", "car", "lorsque", "quand", "si", "comme",
    "puisque", "tandis", "alors", "avant", "après", "afin", "pour", "sans", "avec",
    "parce", "lequel", "laquelle", "lesquels", "lesquelles",
    "lorsqu'", "puisqu'", "quoiqu'",  # elided before a vowel (`son porte-parole lorsqu'elle était candidate, X`)
)

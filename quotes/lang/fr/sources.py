"""How French news introduces a source: `selon X`, documents and people that speak for others, words that relay, read or name."""

# Documents and replies that speak for their authors: "selon un communiqué de la préfecture" → la préfecture,
# "Réponse de la chanteuse : « … »" → la chanteuse.
SOURCE_DOCUMENTS = (
    "communiqué", "lettre", "courrier", "tweet", "message", "texte", "rapport", "note",
    "déclaration", "post", "publication", "tribune", "entretien", "interview", "avis",
    "document", "compte", "site", "réponse", "réplique", "riposte", "réaction", "plainte", "requête",
    "propos", "paroles", "mots", "termes", "avertissement", "discours", "information", "informations", "conclusion",
    "conclusions", "commentaire", "commentaires", "témoignage", "témoignages", "récit",
    "bulletin", "courriel", "email", "e-mail", "mail", "missive",
)
# What a source found out, whoever wrote it down: as documents do, it speaks for whom it names after `de`
# (`selon les chiffres de l'Insee`) and for the agent of any participle after it (`selon les informations
# recueillies par la radio`, `révélées par X`), not so for words (`des propos rapportés par X`: X relays them).
FINDINGS = ("information", "informations", "données", "chiffres", "révélations")

# Speech verbs that go on with the words of the one who just spoke: `« … », a ajouté la ministre de X` is X's.
REPLYING_CUES = ("répondre", "rétorquer", "répliquer", "riposter", "objecter", "contrer")

CONTINUING_CUES = ("ajouter", "poursuivre", "continuer", "enchaîner", "compléter", "conclure", "insister")

# Speech verbs asking their object: `On interroge X sur son titre. « … »` is X's answer.
ASKING_VERBS = ("interroger", "questionner")
# Speech verbs of a question asked: `« … ? », a demandé un élève. « Non, … »` is the answer of the one asked.
QUESTION_CUES = ("interroger", "questionner", "demander", "s'enquérir")
ANSWER_OPENERS = ("oui", "non", "si", "absolument", "jamais", "évidemment", "bien sûr", "pas du tout", "certainement")

# The person a body speaks through, or a description names: `la CFDT a dénoncé …, par la voix de son secrétaire
# général X`, `un ténor du PS, en la personne de X`.
VOICE_OF = (
    "par la voix de", "par la voix d'", "par la bouche de", "par la bouche d'", "en la personne de", "en la personne d'",
)

# Nouns of something said: `« … » L'attaque de X envers Y, mercredi, …`: X said it.
SPEECH_NOUNS = (
    "attaque", "sortie", "propos", "phrase", "déclaration", "charge", "tacle", "pique", "saillie", "confidence",
    "confidences", "aveu", "réponse", "réplique", "riposte", "avertissement", "message", "formule", "critique",
    "plaidoyer", "diatribe", "boutade", "tirade", "mise en garde", "coup de gueule", "cri du cœur", "mots", "paroles",
    "dires",
)

# Those who speak for a body without a name of their own: after "selon", the body ("selon
# l'entourage du ministre"); as the subject of a speech verb, themselves. A spokesperson is a person.
SOURCE_PEOPLE = ("entourage", "proches", "source", "sources")
# Words that make one of them the source who spoke last: "« … », selon une source policière. « … », selon cette
# même source" (also `la même source`, `de même source`).
SOURCE_ANAPHORS = ("ce", "cet", "cette", "ces", "même", "mêmes")

# Words that introduce the source of a quotation on either side: "selon X, « … »".
# After a speaker's cue, whom the words are quoted from: "écrit l'agence X en citant Y", "a-t-il conclu, citant Y".
CITING_PHRASES = ("citant", "en citant")
ACCORDING_TO = ("selon", "d'après", "aux yeux de", "de l'avis de", "à en croire", "de l'aveu de", "de l'aveu même de")

# "Pour X, « … »" attributes an opinion when it opens the sentence.
FOR = ("pour",)

# Words linking a quote to a cue that follows it: "« … », voilà comment X l'a qualifié"; those of
# more than one word also after the quotation's full stop ("« … ». C'est en ces termes que X a réagi").
AFTER_QUOTE_LINKS = (
    "voilà comment", "voilà ce que", "voilà ce qu'", "voici comment", "voici ce que", "voici ce qu'", "c'est ce que", "c'est ce qu'", "c'est ainsi que", "c'est ainsi qu'",
    "c'est en ces termes que", "c'est en ces termes qu'", "c'est avec ces mots que", "c'est avec ces mots qu'",
    "c'est par ces mots que", "c'est par ces mots qu'", "sur ces mots", "par ces mots", "avec ces mots", "en ces termes",
    "comme",
)

# Links that call the quotation somebody's wording: the subject of the clause after them said it, whatever its verb
# ("« … ». C'est en ces termes que X présente sa voiture").
WORDING_LINKS = (
    "c'est en ces termes que", "c'est en ces termes qu'", "c'est avec ces mots que", "c'est avec ces mots qu'",
    "c'est par ces mots que", "c'est par ces mots qu'", "sur ces mots", "par ces mots", "avec ces mots", "en ces termes",
)

# A demonstrative and a noun of words opening the sentence after a quotation (`« … ». Cette phrase a été lancée lundi
# par X`): the agent of its passive speech verb said it.
WORDING_SUBJECTS = tuple(
    f"{demonstrative} {noun}"
    for demonstrative, nouns in (
        ("ces", ("mots", "propos", "paroles", "termes", "phrases", "déclarations", "insultes", "menaces")),
        ("cette", ("phrase", "déclaration", "petite phrase", "formule", "sortie", "insulte", "menace", "question")),
        ("ce", ("message", "slogan", "cri", "tweet")),
    )
    for noun in nouns
)

# Phrases after a quotation calling it the words of whom they name next, past its full stop too (`« … ». Tels sont
# les mots d'un prêtre`): the owner speaks, as after `selon`.
WORDING_OWNERS = tuple(
    f"{copula} {noun} de"
    for copula, nouns in (
        ("tels sont", ("les mots", "les propos", "les termes")), ("tels étaient", ("les mots", "les propos", "les termes")),
        ("telles sont", ("les paroles",)), ("telles étaient", ("les paroles",)),
        ("ce sont", ("les mots", "les propos", "les paroles", "les termes")),
        ("ce furent", ("les mots", "les propos", "les paroles")),
        ("telle est", ("la réaction", "la réponse")), ("tel est", ("le message", "le constat")),
    )
    for noun in nouns
)

# "fait-on valoir à Matignon": where an impersonal "on" speaks from.
PLACE_OF_SPEAKER = ("à", "au", "chez", "auprès", "dans")

# The narrative infinitive: "Et X de renchérir : « … »" (X is the subject of the infinitive after it).
NARRATIVE_INFINITIVE = ("de", "d'")

# Before a speech verb in the infinitive, what says the clause's subject speaks to that end:
# "ont manifesté pour réclamer « … »", "a écrit afin de dénoncer « … »".
PURPOSE_OPENERS = ("pour", "afin de", "afin d'")

# Before a speech verb in the infinitive, what says the same subject spoke next: "« …, raconte X avant d'ajouter : … »".
SEQUEL_OPENERS = ("avant de", "avant d'")

# A reporter who saw it (`scandaient « … », selon un journaliste de l'AFP`, `a constaté un photographe de l'AFP`): a
# witness of the words the sentence gives somebody, not their speaker.
WITNESS_NOUNS = (
    "journaliste", "journalistes", "correspondant", "correspondante", "correspondants", "correspondantes",
    "photographe", "photographes", "vidéaste", "vidéastes", "reporter", "reporters", "reporteur", "reporteurs",
)
WITNESS_CUES = ("constater", "observer")

# Verbs by which a medium relays what somebody else said (`X a demandé de « … », rapporte Y`).
RELAYING_CUES = ("rapporter", "révéler", "relater", "relayer", "citer")
# `X se défend d'avoir été « … » comme le soutient Y : « … »`: Y only relays; the colon frames X's words
RELAYING_OPENERS = ("comme",)
# `Le gouvernement, par la voix de X, a précisé : « … »`: the body speaks through X, X's the words
VOICE_PHRASES = ("par la voix de", "à travers la voix de")

# Words read on a sign are the sign's, not somebody's (`« … », lisait-on sur la banderole`).
READING_CUES = ("lire",)
# Where a text is read (`lit-on sur le site de X`): a document's place, not a speaker's (`sur le terrain`).
PLACES_OF_WRITING = ("sur",)

# A legal procedure, then `pour` and a charge's name in quote marks (`une enquête pour « violences volontaires »`,
# `mis en examen notamment pour « A », « B »`): the charge's legal name, nobody's words.
CHARGE_WORDS = (
    "enquête", "plainte", "examen", "vue", "procès", "poursuivi", "poursuivie", "poursuivis", "poursuivies",
    "condamné", "condamnée", "condamnés", "condamnées", "inculpé", "inculpée", "inculpés", "inculpées", "jugé", "jugée",
    "jugés", "jugées", "interpellé", "interpellée", "interpellés", "interpellées", "déféré", "déférée", "déférés",
    "écroué", "écrouée", "écroués", "incarcéré", "incarcérée", "incarcérés", "arrêté", "arrêtée", "arrêtés", "arrêtées",
    "judiciaire", "mandat", "réquisitoire", "comparaît", "comparaissent", "comparaître", "comparu", "comparue",
    "comparus", "renvoyé", "renvoyée", "renvoyés", "renvoyées", "accusé", "accusée", "accusés", "accusées",
)
CHARGE_PREPOSITIONS = ("pour",)

SIGN_NOUNS = (
    "banderole", "banderoles", "pancarte", "pancartes", "affiche", "affiches", "affichette", "affichettes",
    "panneau", "panneaux", "écriteau", "écriteaux", "calicot", "calicots", "t-shirt", "t-shirts",
    "tee-shirt", "tee-shirts", "drapeau", "drapeaux", "mur", "murs", "façade", "façades", "tag", "tags",
    "graffiti", "graffitis", "pochoir", "pochoirs", "brassard", "brassards",
)

# Past participles telling how a source was reached: a description goes on through them to the medium
# (`un voisin interrogé par la radio`, `une habitante contactée par l'AFP`), every form.
# `un communiqué de X` is read where the mention is found (SOURCE_DOCUMENTS), not again when resolving it.
DOCUMENT_AUTHOR_PREPOSITIONS = ()

SOURCE_PARTICIPLES = (
    "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée", "questionnés", "questionnées",
    "cité", "citée", "cités", "citées", "contacté", "contactée", "contactés", "contactées",
    "joint", "jointe", "joints", "jointes", "sollicité", "sollicitée", "sollicités", "sollicitées",
    "interviewé", "interviewée", "interviewés", "interviewées", "consulté", "consultée", "consultés", "consultées",
    "vu", "vus", "vues", "obtenu", "obtenue", "obtenus", "obtenues",  # `un document vu par l'AFP` (not `vue`: `gardé à vue`)
    "repris", "reprise", "reprises",  # `le communiqué repris par X`: X relays it
)

# Naming words: a quoted phrase right after them is a name, not somebody's words.
NAMING_AFTER_REFLEXIVE = ("appelle", "appellent", "appelait", "appelaient", "appelant", "intitule", "intitulait", "nomme", "nommait", "surnomme")

NAMING_WORDS = (
    "dit", "dite", "dits", "dites", "surnommé", "surnommée", "surnommés", "baptisé",
    "baptisée", "baptisés", "intitulé", "intitulée", "intitulés", "appelé", "appelée",
    "appelés", "nommé", "nommée", "nommés", "alias", "marque", "slogan", "hashtag",
    "mot-dièse", "opération", "émission", "programme", "mouvement", "collectif",
    "association", "restaurant", "livre", "ouvrage", "roman", "film", "série", "titre",
    "album", "chanson", "spectacle", "festival", "plan", "projet", "dispositif", "loi",
    "label", "concept", "terme", "mot", "expression", "formule", "catégorie", "rubrique",
    "site", "compte", "application", "magazine", "journal", "revue", "société", "groupe",
    "parti", "liste", "dénommé", "dénommée", "classé", "classée", "version", "modèle", "logiciel", "jeu", "navire", "bateau", "code",
    "type", "tube", "exposition", "documentaire", "sketch",
)

# Naming participles: the words they name are a name in lower case too (`une opération baptisée « oiseau de feu »`;
# not `dit` nor `appelé`, a speech verb's too: `elle a d'abord dit « … »`, `a également appelé « à … »`).
NAMING_PARTICIPLES = (
    "surnommé", "surnommée", "surnommés", "baptisé", "baptisée", "baptisés", "intitulé", "intitulée", "intitulés",
    "nommé", "nommée", "nommés", "dénommé", "dénommée",
)

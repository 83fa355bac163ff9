"""French speech-verb lexicon: DATA only, expanded by the generic engine in `quotes.lexicon`.

Everything is lowercase, with straight apostrophes. A verb entry is its infinitive, with
"se "/"s'" in front when the verb is pronominal ("s'alarmer") and fixed words after it when
the cue is a phrase ("faire savoir", "tirer la sonnette d'alarme"); only its first word is
conjugated. Entries are grouped by the paradigm that conjugates their first word.

A paradigm gives the ending that the infinitive drops ("suffix") and the endings that
replace it, by feature: 3rd-person finite forms (présent, imparfait, passé simple, futur,
conditionnel), the past participle (agreement endings are added by the engine from
PARTICIPLE_AGREEMENT), the present participle and the infinitive. "{C}" stands for the
consonants that a spelling change moves around (répéter -> répète, appeler -> appelle).
"""

# --- Tokens around the verb -------------------------------------------------------------

# Elided words split off the next word ("l'AFP" -> "l'" + "AFP"). Longest first.
ELISIONS = (
    "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'", "quelqu'",
    "qu'", "l'", "d'", "s'", "n'", "j'", "m'", "t'", "c'",
)

# Subject pronouns of an inversion ("a-t-il dit"), with the gender and number they mark.
SUBJECT_CLITICS = {
    "il": ("m", "sg"),
    "elle": ("f", "sg"),
    "ils": ("m", "pl"),
    "elles": ("f", "pl"),
    "on": (None, "sg"),
}
# The euphonic consonant of "a-t-il", and the hyphen that ties the clitic to its verb.
EPENTHETIC = "t"
INVERSION_HYPHEN = "-"

# Pronouns that make a verb pronominal (3rd person only: attributions are about others).
REFLEXIVE_PRONOUNS = ("se", "s'")
# Object pronouns allowed before the verb group: "lui a dit", "nous a confié".
PREVERBAL_OBJECT_PRONOUNS = ("me", "m'", "te", "t'", "nous", "vous", "lui", "leur")
# Pronouns that are also articles or prepositions ("la note", "en poste"): a group they
# begin must have an auxiliary or an inverted subject ("l'a dit", "en conclut-il").
WEAK_PRONOUNS = ("le", "la", "les", "l'", "en", "y")

# --- Auxiliaries -------------------------------------------------------------------------

# Finite forms by tense: (3rd singular, 3rd plural).
AUXILIARIES = {
    "avoir": {
        "present": ("a", "ont"),
        "imperfect": ("avait", "avaient"),
        "simple_past": ("eut", "eurent"),
        "future": ("aura", "auront"),
        "conditional": ("aurait", "auraient"),
        "subjunctive": ("ait", "aient"),
    },
    "être": {
        "present": ("est", "sont"),
        "imperfect": ("était", "étaient"),
        "simple_past": ("fut", "furent"),
        "future": ("sera", "seront"),
        "conditional": ("serait", "seraient"),
        "subjunctive": ("soit", "soient"),
    },
}
# Non-finite forms by mood: "ayant déclaré", "après avoir dit".
NONFINITE_AUXILIARIES = {
    "avoir": {"present_participle": "ayant", "infinitive": "avoir"},
    "être": {"present_participle": "étant", "infinitive": "être", "participle": "été"},
}
# Compound tenses take avoir; pronominal verbs take être ("s'est alarmé").
PERFECT_AUXILIARY = "avoir"
REFLEXIVE_AUXILIARY = "être"
# The passive: "est-il précisé", "a été annoncé".
PASSIVE_AUXILIARY = "être"
PASSIVE_PARTICIPLE = "été"

# --- Conjugation -------------------------------------------------------------------------

# Agreement endings of the past participle: (ending, gender, number).
PARTICIPLE_AGREEMENT = (("", "m", "sg"), ("e", "f", "sg"), ("s", "m", "pl"), ("es", "f", "pl"))

# What a placeholder in a paradigm may stand for.
PLACEHOLDERS = {"C": "(?:[bcdfghjklmnpqrstvwxz]+u?)"}

PARADIGMS = {
    # 1st group: affirmer -> affirme, affirmait, affirma, affirmera, affirmerait, affirmé.
    "er": {
        "suffix": "er",
        "finite_sg": ("e", "ait", "a", "era", "erait"),
        "finite_pl": ("ent", "aient", "èrent", "eront", "eraient"),
        "participle": ("é",),
        "present_participle": ("ant",),
        "infinitive": ("er",),
    },
    # lancer -> lançait, lança, lançant.
    "cer": {
        "suffix": "cer",
        "finite_sg": ("ce", "çait", "ça", "cera", "cerait"),
        "finite_pl": ("cent", "çaient", "cèrent", "ceront", "ceraient"),
        "participle": ("cé",),
        "present_participle": ("çant",),
        "infinitive": ("cer",),
    },
    # juger -> jugeait, jugea, jugeant.
    "ger": {
        "suffix": "ger",
        "finite_sg": ("ge", "geait", "gea", "gera", "gerait"),
        "finite_pl": ("gent", "geaient", "gèrent", "geront", "geraient"),
        "participle": ("gé",),
        "present_participle": ("geant",),
        "infinitive": ("ger",),
    },
    # appuyer -> appuie, appuiera; relayer -> relaie or relaye.
    "yer": {
        "suffix": "yer",
        "finite_sg": ("ie", "ye", "yait", "ya", "iera", "yera", "ierait", "yerait"),
        "finite_pl": ("ient", "yent", "yaient", "yèrent", "ieront", "yeront", "ieraient", "yeraient"),
        "participle": ("yé",),
        "present_participle": ("yant",),
        "infinitive": ("yer",),
    },
    # renvoyer -> renvoie, renverra.
    "voyer": {
        "suffix": "voyer",
        "finite_sg": ("voie", "voyait", "voya", "verra", "verrait"),
        "finite_pl": ("voient", "voyaient", "voyèrent", "verront", "verraient"),
        "participle": ("voyé",),
        "present_participle": ("voyant",),
        "infinitive": ("voyer",),
    },
    # marteler -> martèle, martèlera; relever -> relève.
    "e_grave": {
        "suffix": "e{C}er",
        "finite_sg": ("è{C}e", "e{C}ait", "e{C}a", "è{C}era", "è{C}erait"),
        "finite_pl": ("è{C}ent", "e{C}aient", "e{C}èrent", "è{C}eront", "è{C}eraient"),
        "participle": ("e{C}é",),
        "present_participle": ("e{C}ant",),
        "infinitive": ("e{C}er",),
    },
    # appeler -> appelle, rejeter -> rejette.
    "e_double": {
        "suffix": "e{C}er",
        "finite_sg": ("e{C}{C}e", "e{C}ait", "e{C}a", "e{C}{C}era", "e{C}{C}erait"),
        "finite_pl": ("e{C}{C}ent", "e{C}aient", "e{C}èrent", "e{C}{C}eront", "e{C}{C}eraient"),
        "participle": ("e{C}é",),
        "present_participle": ("e{C}ant",),
        "infinitive": ("e{C}er",),
    },
    # répéter -> répète; futur répétera or (1990 spelling) répètera.
    "e_acute": {
        "suffix": "é{C}er",
        "finite_sg": ("è{C}e", "é{C}ait", "é{C}a", "é{C}era", "è{C}era", "é{C}erait", "è{C}erait"),
        "finite_pl": (
            "è{C}ent", "é{C}aient", "é{C}èrent", "é{C}eront", "è{C}eront", "é{C}eraient", "è{C}eraient",
        ),
        "participle": ("é{C}é",),
        "present_participle": ("é{C}ant",),
        "infinitive": ("é{C}er",),
    },
    # 2nd group: réagir -> réagit, réagissait, réagissent, réagi.
    "ir": {
        "suffix": "ir",
        "finite_sg": ("it", "issait", "ira", "irait"),
        "finite_pl": ("issent", "issaient", "irent", "iront", "iraient"),
        "participle": ("i",),
        "present_participle": ("issant",),
        "infinitive": ("ir",),
    },
    # répondre -> répond, répondit, répondu.
    "dre": {
        "suffix": "dre",
        "finite_sg": ("d", "dait", "dit", "dra", "drait"),
        "finite_pl": ("dent", "daient", "dirent", "dront", "draient"),
        "participle": ("du",),
        "present_participle": ("dant",),
        "infinitive": ("dre",),
    },
    # démentir -> dément, démentit, démenti.
    "tir": {
        "suffix": "tir",
        "finite_sg": ("t", "tait", "tit", "tira", "tirait"),
        "finite_pl": ("tent", "taient", "tirent", "tiront", "tiraient"),
        "participle": ("ti",),
        "present_participle": ("tant",),
        "infinitive": ("tir",),
    },
    # prévenir, soutenir -> prévient, prévint, préviendra, prévenu.
    "enir": {
        "suffix": "enir",
        "finite_sg": ("ient", "enait", "int", "iendra", "iendrait"),
        "finite_pl": ("iennent", "enaient", "inrent", "iendront", "iendraient"),
        "participle": ("enu",),
        "present_participle": ("enant",),
        "infinitive": ("enir",),
    },
    # se plaindre, craindre, enjoindre -> plaint, plaignait, plaignent.
    "indre": {
        "suffix": "indre",
        "finite_sg": ("int", "ignait", "ignit", "indra", "indrait"),
        "finite_pl": ("ignent", "ignaient", "ignirent", "indront", "indraient"),
        "participle": ("int",),
        "present_participle": ("ignant",),
        "infinitive": ("indre",),
    },
    # dire, prédire -> dit, disait, dirent, dira.
    "dire": {
        "suffix": "ire",
        "finite_sg": ("it", "isait", "ira", "irait"),
        "finite_pl": ("isent", "isaient", "irent", "iront", "iraient"),
        "participle": ("it",),
        "present_participle": ("isant",),
        "infinitive": ("ire",),
    },
    # écrire, décrire -> écrit, écrivait, écrivit, écrivirent.
    "crire": {
        "suffix": "ire",
        "finite_sg": ("it", "ivait", "ivit", "ira", "irait"),
        "finite_pl": ("ivent", "ivaient", "ivirent", "iront", "iraient"),
        "participle": ("it",),
        "present_participle": ("ivant",),
        "infinitive": ("ire",),
    },
    # lire -> lit, lisait, lut, lu.
    "lire": {
        "suffix": "ire",
        "finite_sg": ("it", "isait", "ut", "ira", "irait"),
        "finite_pl": ("isent", "isaient", "urent", "iront", "iraient"),
        "participle": ("u",),
        "present_participle": ("isant",),
        "infinitive": ("ire",),
    },
    # rire, sourire -> sourit, souriait, souri.
    "rire": {
        "suffix": "rire",
        "finite_sg": ("rit", "riait", "rira", "rirait"),
        "finite_pl": ("rient", "riaient", "rirent", "riront", "riraient"),
        "participle": ("ri",),
        "present_participle": ("riant",),
        "infinitive": ("rire",),
    },
    # croire -> croit, croyait, crut, cru.
    "croire": {
        "suffix": "oire",
        "finite_sg": ("oit", "oyait", "ut", "oira", "oirait"),
        "finite_pl": ("oient", "oyaient", "urent", "oiront", "oiraient"),
        "participle": ("u",),
        "present_participle": ("oyant",),
        "infinitive": ("oire",),
    },
    # faire (savoir) -> fait, font, faisait, fit, fera.
    "faire": {
        "suffix": "faire",
        "finite_sg": ("fait", "faisait", "fit", "fera", "ferait"),
        "finite_pl": ("font", "faisaient", "firent", "feront", "feraient"),
        "participle": ("fait",),
        "present_participle": ("faisant",),
        "infinitive": ("faire",),
    },
    # reprendre, apprendre -> reprend, reprennent, reprit, repris.
    "prendre": {
        "suffix": "prendre",
        "finite_sg": ("prend", "prenait", "prit", "prendra", "prendrait"),
        "finite_pl": ("prennent", "prenaient", "prirent", "prendront", "prendraient"),
        "participle": ("pris",),
        "present_participle": ("prenant",),
        "infinitive": ("prendre",),
    },
    # admettre, promettre -> admet, admit, admis.
    "mettre": {
        "suffix": "mettre",
        "finite_sg": ("met", "mettait", "mit", "mettra", "mettrait"),
        "finite_pl": ("mettent", "mettaient", "mirent", "mettront", "mettraient"),
        "participle": ("mis",),
        "present_participle": ("mettant",),
        "infinitive": ("mettre",),
    },
    # débattre -> débat, débattit, débattu.
    "battre": {
        "suffix": "battre",
        "finite_sg": ("bat", "battait", "battit", "battra", "battrait"),
        "finite_pl": ("battent", "battaient", "battirent", "battront", "battraient"),
        "participle": ("battu",),
        "present_participle": ("battant",),
        "infinitive": ("battre",),
    },
    # poursuivre -> poursuit, poursuivit, poursuivi.
    "suivre": {
        "suffix": "suivre",
        "finite_sg": ("suit", "suivait", "suivit", "suivra", "suivrait"),
        "finite_pl": ("suivent", "suivaient", "suivirent", "suivront", "suivraient"),
        "participle": ("suivi",),
        "present_participle": ("suivant",),
        "infinitive": ("suivre",),
    },
    # conclure -> conclut, concluait, conclu.
    "clure": {
        "suffix": "clure",
        "finite_sg": ("clut", "cluait", "clura", "clurait"),
        "finite_pl": ("cluent", "cluaient", "clurent", "cluront", "cluraient"),
        "participle": ("clu",),
        "present_participle": ("cluant",),
        "infinitive": ("clure",),
    },
    # interrompre -> interrompt, interrompu.
    "rompre": {
        "suffix": "rompre",
        "finite_sg": ("rompt", "rompait", "rompit", "rompra", "romprait"),
        "finite_pl": ("rompent", "rompaient", "rompirent", "rompront", "rompraient"),
        "participle": ("rompu",),
        "present_participle": ("rompant",),
        "infinitive": ("rompre",),
    },
    # reconnaître -> reconnaît (or reconnait), reconnut, reconnu.
    "aitre": {
        "suffix": "aître",
        "finite_sg": ("aît", "ait", "aissait", "ut", "aîtra", "aitra", "aîtrait", "aitrait"),
        "finite_pl": ("aissent", "aissaient", "urent", "aîtront", "aitront", "aîtraient", "aitraient"),
        "participle": ("u",),
        "present_participle": ("aissant",),
        "infinitive": ("aître", "aitre"),
    },
    # déduire -> déduit, déduisait, déduisit.
    "uire": {
        "suffix": "uire",
        "finite_sg": ("uit", "uisait", "uisit", "uira", "uirait"),
        "finite_pl": ("uisent", "uisaient", "uisirent", "uiront", "uiraient"),
        "participle": ("uit",),
        "present_participle": ("uisant",),
        "infinitive": ("uire",),
    },
    # prévoir -> prévoit, prévoyait, prévit, prévoira, prévu.
    "voir": {
        "suffix": "voir",
        "finite_sg": ("voit", "voyait", "vit", "voira", "voirait"),
        "finite_pl": ("voient", "voyaient", "virent", "voiront", "voiraient"),
        "participle": ("vu",),
        "present_participle": ("voyant",),
        "infinitive": ("voir",),
    },
    # s'émouvoir -> s'émeut, s'émut, ému.
    "mouvoir": {
        "suffix": "mouvoir",
        "finite_sg": ("meut", "mouvait", "mut", "mouvra", "mouvrait"),
        "finite_pl": ("meuvent", "mouvaient", "murent", "mouvront", "mouvraient"),
        "participle": ("mu",),
        "present_participle": ("mouvant",),
        "infinitive": ("mouvoir",),
    },
    # s'enquérir -> s'enquiert, s'enquit, enquis.
    "querir": {
        "suffix": "quérir",
        "finite_sg": ("quiert", "quérait", "quit", "querra", "querrait"),
        "finite_pl": ("quièrent", "quéraient", "quirent", "querront", "querraient"),
        "participle": ("quis",),
        "present_participle": ("quérant",),
        "infinitive": ("quérir",),
    },
    # se plaire (à) -> se plaît, se plut.
    "plaire": {
        "suffix": "plaire",
        "finite_sg": ("plaît", "plait", "plaisait", "plut", "plaira", "plairait"),
        "finite_pl": ("plaisent", "plaisaient", "plurent", "plairont", "plairaient"),
        "participle": ("plu",),
        "present_participle": ("plaisant",),
        "infinitive": ("plaire",),
    },
    "vouloir": {
        "suffix": "vouloir",
        "finite_sg": ("veut", "voulait", "voulut", "voudra", "voudrait"),
        "finite_pl": ("veulent", "voulaient", "voulurent", "voudront", "voudraient"),
        "participle": ("voulu",),
        "present_participle": ("voulant",),
        "infinitive": ("vouloir",),
    },
    "pouvoir": {
        "suffix": "pouvoir",
        "finite_sg": ("peut", "pouvait", "put", "pourra", "pourrait"),
        "finite_pl": ("peuvent", "pouvaient", "purent", "pourront", "pourraient"),
        "participle": ("pu",),
        "present_participle": ("pouvant",),
        "infinitive": ("pouvoir",),
    },
    "devoir": {
        "suffix": "devoir",
        "finite_sg": ("doit", "devait", "dut", "devra", "devrait"),
        "finite_pl": ("doivent", "devaient", "durent", "devront", "devraient"),
        "participle": ("dû",),
        "present_participle": ("devant",),
        "infinitive": ("devoir",),
    },
}

# --- Speech verbs ------------------------------------------------------------------------

# The verbs and phrases news uses to attribute words, writings and opinions.
SPEECH_VERBS = {
    "er": (
        # saying, declaring, adding
        "affirmer", "réaffirmer", "ajouter", "rajouter", "assurer", "déclarer", "expliquer",
        "indiquer", "préciser", "souligner", "estimer", "insister", "raconter", "confier",
        "confirmer", "commenter", "détailler", "rapporter", "relater", "narrer", "conter",
        "résumer", "développer", "exposer", "illustrer", "comparer", "expliciter", "spécifier",
        "clarifier", "éclairer", "formuler", "exprimer", "stipuler", "mentionner", "évoquer",
        "citer", "citer en exemple", "lister", "répertorier", "attester", "signaler", "alerter", "informer", "pointer",
        "noter", "remarquer",
        "observer", "constater", "analyser", "décrypter", "décortiquer", "synthétiser",
        "schématiser", "théoriser", "chiffrer", "évaluer", "calculer", "signifier",
        "communiquer", "adresser", "déclamer", "réciter", "chanter", "entonner", "scander", "clamer",
        "proclamer", "claironner", "témoigner", "confesser", "avouer", "assumer", "dévoiler",
        "divulguer", "livrer", "insinuer", "euphémiser", "souffler", "glisser", "lâcher", "oser",
        "murmurer", "chuchoter", "susurrer", "marmonner", "bredouiller", "balbutier", "soupirer",
        "rembobiner", "méditer", "professer", "prôner", "fredonner",
        # writing and publishing
        "tweeter", "twitter", "retweeter", "poster", "publier", "titrer", "légender",
        "griffonner", "parler",
        # answering, objecting, contradicting
        "répliquer", "rétorquer", "riposter", "objecter", "opposer", "contrer",
        "contre-attaquer", "contester", "nier", "réfuter", "récuser", "protester", "rectifier",
        "recadrer", "relativiser", "minimiser", "temporiser", "positiver", "rassurer", "éluder",
        # insisting, repeating, continuing, concluding
        "ressasser", "rabâcher", "seriner", "persister", "continuer", "enchaîner", "terminer",
        "ponctuer", "débuter", "entamer", "attaquer", "couper", "abonder", "approuver", "opiner",
        # judging, thinking, hoping, fearing
        "trouver", "penser", "imaginer", "supposer", "présumer", "conjecturer", "douter",
        "redouter", "rêver", "parier", "escompter", "pronostiquer", "prophétiser", "augurer",
        "anticiper", "souhaiter", "apprécier", "savourer", "qualifier", "trancher", "certifier",
        "jurer", "argumenter", "arguer", "plaider", "justifier", "revendiquer",
        # asking, urging, warning
        "demander", "questionner", "réclamer", "implorer", "supplier", "exhorter", "interpeller",
        "apostropher", "conjurer", "adjurer", "prier", "presser", "relancer", "sommer", "inviter", "inciter",
        "conseiller", "recommander", "préconiser", "proposer", "haranguer", "prêcher",
        "sermonner", "admonester",
        # praising, thanking, rejoicing
        "saluer", "féliciter", "remercier", "louer", "vanter", "encenser", "exulter", "jubiler",
        "triompher", "fanfaronner", "plastronner", "pavoiser", "crâner",
        # blaming, attacking, mocking
        "déplorer", "regretter", "condamner", "stigmatiser", "critiquer", "accuser",
        "incriminer", "blâmer", "reprocher", "épingler", "étriller", "égratigner", "tacler",
        "railler", "brocarder", "vilipender", "persifler", "moquer", "ironiser", "invectiver",
        "dézinguer", "cingler",
        # shouting, grumbling
        "crier", "hurler", "tonner", "tonitruer", "tempêter", "fulminer", "pester", "râler",
        "grogner", "maugréer", "bougonner", "ronchonner", "brailler", "beugler", "éructer",
        # joking, philosophising
        "plaisanter", "blaguer", "rigoler", "badiner", "taquiner", "chambrer", "ricaner",
        "pouffer", "philosopher", "gloser", "pérorer", "pontifier", "disserter", "épiloguer",
        # phrases
        "tirer la sonnette d'alarme", "tirer à boulets rouges", "laisser entendre",
        "laisser tomber", "botter en touche", "hausser le ton", "calmer le jeu", "se montrer critique",
        # pronominal
        "s'exclamer", "s'écrier", "s'époumoner", "s'étrangler", "s'étouffer", "s'alarmer", "se demander",
        "se questionner", "s'étonner", "s'indigner", "s'offusquer", "s'offenser", "s'emporter",
        "s'énerver", "s'irriter", "s'impatienter", "se fâcher", "s'enflammer", "s'animer", "se récrier",
        "s'affoler", "se désoler", "se désespérer", "se lamenter", "s'attrister", "se féliciter",
        "se congratuler", "s'enthousiasmer", "s'enchanter", "s'extasier", "s'émerveiller",
        "se rassurer", "se consoler", "se moquer", "se gausser", "se marrer", "s'amuser",
        "s'esclaffer", "se justifier", "s'expliquer", "s'excuser", "se dédouaner",
        "se disculper", "s'exprimer", "s'opposer", "s'épancher", "se confier", "se livrer",
        "se remémorer", "se risquer", "se hasarder", "s'aventurer", "se vanter", "se targuer",
        "se flatter", "se glorifier", "se déclarer",
    ),
    "cer": (
        "lancer", "annoncer", "énoncer", "dénoncer", "avancer", "menacer", "nuancer", "tancer",
        "balancer", "grimacer", "grincer", "acquiescer", "retracer", "commencer", "enfoncer",
        "enfoncer le clou", "s'agacer", "se prononcer", "s'avancer",
    ),
    "ger": (
        "juger", "exiger", "fustiger", "corriger", "interroger", "encourager", "charger",
        "prolonger", "partager", "enrager", "rédiger", "s'interroger", "s'insurger", "s'engager",
    ),
    "yer": ("appuyer", "relayer", "balayer", "étayer", "bégayer", "embrayer"),
    "voyer": ("renvoyer",),
    "e_grave": ("marteler", "relever", "soulever", "achever", "assener", "égrener", "grommeler", "s'élever"),
    "e_double": ("appeler", "rappeler", "rejeter", "interpeler", "grommeler", "se rappeler"),
    "e_acute": (
        "répéter", "réitérer", "compléter", "considérer", "espérer", "révéler", "concéder",
        "suggérer", "asséner", "décréter", "alléguer", "énumérer", "disséquer", "vociférer", "vitupérer",
        "tempérer", "modérer", "préférer", "s'inquiéter", "s'exaspérer",
    ),
    "ir": (
        "réagir", "avertir", "applaudir", "garantir", "rebondir", "renchérir", "surenchérir",
        "réfléchir", "éclaircir", "gémir", "rugir", "glapir", "se réjouir", "s'enorgueillir",
    ),
    "dre": (
        "répondre", "défendre", "prétendre", "pourfendre", "entendre", "sous-entendre",
        "rendre hommage", "se défendre",
    ),
    "tir": ("démentir",),
    "enir": ("prévenir", "convenir", "soutenir", "maintenir", "se souvenir"),
    "indre": ("craindre", "geindre", "dépeindre", "enjoindre", "se plaindre"),
    "dire": ("dire", "redire", "prédire", "contredire", "se dire"),
    "crire": ("écrire", "décrire", "prescrire"),
    "lire": ("lire",),
    "rire": ("rire", "sourire"),
    "croire": ("croire", "croire savoir"),
    "faire": (
        "faire savoir", "faire valoir", "faire remarquer", "faire observer", "faire part",
        "faire état", "faire comprendre", "se satisfaire",
    ),
    "prendre": ("reprendre", "apprendre", "reprendre à son compte", "prendre à témoin"),
    "mettre": (
        "admettre", "promettre", "mettre en garde", "mettre en avant", "mettre en cause",
        "mettre en doute", "mettre en exergue",
    ),
    "battre": ("débattre",),
    "suivre": ("poursuivre",),
    "clure": ("conclure",),
    "rompre": ("interrompre",),
    "aitre": ("reconnaître",),
    "uire": ("déduire",),
    "voir": ("prévoir",),
    "mouvoir": ("s'émouvoir",),
    "querir": ("s'enquérir",),
}

# --- How the verbs may be used ----------------------------------------------------------

# Verbs whose passive still introduces the words said: "est-il précisé", "a été annoncé".
# Elsewhere the passive is said of the one addressed ("a été interrogé", "est accusé").
PASSIVE_CUES = (
    "dire", "écrire", "préciser", "indiquer", "souligner", "ajouter", "rappeler", "annoncer",
    "expliquer", "noter", "mentionner", "affirmer", "déclarer", "stipuler", "détailler",
    "estimer", "assurer", "confirmer", "signaler", "rapporter", "relever", "constater",
    "observer", "spécifier", "prévoir", "lire", "avancer", "évoquer", "promettre", "répéter",
    "marteler", "résumer", "déplorer", "regretter", "dénoncer", "conclure", "tweeter",
    "twitter", "publier", "poster", "énumérer", "lister", "reconnaître", "admettre", "révéler",
    "démentir", "certifier", "garantir", "proclamer", "réaffirmer", "décrire",
)

# Verbs that attribute words only after them, inverted ("poursuit-il", "« … », enchaîne X"):
# before a quotation they mostly take an object ("poursuit son érosion", "a entamé des
# poursuites pour « … »").
INVERTED_ONLY = (
    "poursuivre", "continuer", "enchaîner", "terminer", "ponctuer", "débuter", "entamer",
    "commencer", "attaquer", "couper", "charger", "prolonger", "enfoncer", "développer",
    "comparer", "évaluer", "calculer", "chiffrer", "signifier", "livrer", "assumer",
    "apprécier", "savourer", "rêver", "presser", "illustrer", "exposer", "embrayer",
    "s'engager", "reprendre", "conclure", "résumer", "trouver", "balayer", "appuyer",
    "partager", "retracer", "s'appuyer", "s'animer", "rédiger", "relancer",
)

# Verbs whose bare forms are mostly used otherwise ("débute à 20 h", "trouvant un écho"),
# and single forms that are mostly nouns, adjectives or prepositions ("contre 71 %", "sourire aux
# lèvres"): cues only after an auxiliary or a pronoun, or with an inverted subject.
MARKED_ONLY = (
    "débuter", "trouver", "partager", "entendre", "apprendre", "lire", "débattre",
    "réfléchir", "méditer", "prier", "louer", "charger",
)
MARKED_FORMS = (
    "contre", "contres", "titre", "titres", "livre", "livres", "poste", "postes", "coupe",
    "coupes", "rire", "sourire", "rêve", "rêves", "conte", "contes", "content",
)

# A marked form that is a verb all the same right before a colon, unless the word before it
# makes it a noun: "Libération titre ce matin : « … »", but "sous le titre : « … »".
VERBS_BEFORE_COLON = ("titre",)
COLON = ":"
NOUN_MARKERS = (
    # determiners and prepositions
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "en",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes",
    "ton", "ta", "tes", "notre", "nos", "votre", "vos", "quel", "quelle", "aucun", "chaque",
    "pour", "par", "sous", "sans", "avec", "comme", "sur", "dans",
    # adjectives written before a noun
    "double", "gros", "grand", "petit", "premier", "dernier", "nouveau", "même", "seul",
    "autre", "beau", "joli", "vrai", "bon", "mauvais", "large", "simple", "meilleur",
)

# Verbs that are cues only with their preposition, which ends the group: "a parlé d'une
# « trahison »", but not "a parlé une heure".
PREPOSITIONAL_CUES = {"parler": ("de", "d'", "du", "des")}

# Verbs that are no cues before these prepositions: "peut prétendre à une indemnité".
NOT_CUES_BEFORE = {"prétendre": ("à", "au", "aux")}

# Words and phrases that work as a speech verb but do not conjugate, with the mood they work
# as and the word they are found by (not "au" or "aux": too frequent to look up). "dixit le
# ministre" works as a finite verb; "ont défilé aux cris de « … »" as a present participle
# ("en criant"): the speaker is the subject of the sentence.
INVARIABLE_CUES = {
    "dixit": ("finite", "dixit"),
    "aux cris de": ("present_participle", "cris"),
    "au cri de": ("present_participle", "cri"),
}

# Verbs that introduce a speech verb in the infinitive ("tient à préciser", "commence par
# dire", "peut-on lire"), by paradigm, with the words that join them to it ("" for none).
SEMI_AUXILIARIES = {
    "er": {
        "oser": ("",),
        "aimer": ("", "à"),
        "souhaiter": ("",),
        "chercher": ("à",),
        "tenter": ("de", "d'"),
        "se contenter": ("de", "d'"),
        "s'empresser": ("de", "d'"),
        "se borner": ("à",),
        "se limiter": ("à",),
        "se risquer": ("à",),
        "s'autoriser": ("à",),
        "s'amuser": ("à",),
        "se hâter": ("de", "d'"),
        "se dépêcher": ("de", "d'"),
        "continuer": ("à", "de", "d'"),
    },
    "cer": {"commencer": ("par",), "s'efforcer": ("de", "d'")},
    "ger": {"juger bon": ("de", "d'"), "juger utile": ("de", "d'")},
    "yer": {"essayer": ("de", "d'")},
    "e_acute": {"préférer": ("",)},
    "ir": {"finir": ("par",)},
    "enir": {"tenir": ("à",), "venir": ("de", "d'")},
    "croire": {"croire bon": ("de", "d'")},
    "prendre": {
        "prendre soin": ("de", "d'"), "prendre la peine": ("de", "d'"),
        "prendre l'habitude": ("de", "d'"),  # `« … », a-t-il pris l'habitude de répéter`
    },
    "mettre": {"se permettre": ("de", "d'")},
    "plaire": {"se plaire": ("à",)},
    "vouloir": {"vouloir": ("",)},
    "pouvoir": {"pouvoir": ("",)},
    "devoir": {"devoir": ("",)},
}

# Verbs that take an infinitive after a preposition and introduce no speech (besides the semi-auxiliaries): a finite
# form followed by the preposition ends the subject before it (`le président du parti refuse de parler`).
CONTROL_VERBS = {
    "er": {"refuser": ("de", "d'"), "accepter": ("de", "d'"), "décider": ("de", "d'"), "oublier": ("de", "d'"),
           "envisager": ("de", "d'"), "renoncer": ("à",), "s'engager": ("à",)},
    "ir": {"choisir": ("de", "d'"), "réussir": ("à",)},
    "enir": {"parvenir": ("à",)},
    "indre": {"craindre": ("de", "d'")},
}

# Verbs that open a verb group of their own before an infinitive (`X doit partir`, `X va annoncer`):
# their finite forms end the noun phrase before them. Aller's forms are listed, not conjugated.
MODAL_VERBS = ("devoir", "pouvoir", "vouloir", "venir")
ALLER_FORMS = ("va", "vont", "allait", "allaient", "ira", "iront", "irait", "iraient")

# Semi-auxiliaries that introduce speech only when negated: "n'a pas manqué de rappeler",
# "n'hésite pas à dénoncer", "ne cesse de répéter" (but "a hésité à dire" and "ne tient pas
# à dire" report nothing said). The negation opens the group; its second word may follow
# the semi-auxiliary's finite verb or auxiliary.
NEGATED_SEMI_AUXILIARIES = {
    "er": {
        "manquer": ("de", "d'"),
        "hésiter": ("à",),
        "tarder": ("à",),
        "cesser": ("de", "d'"),
        "se priver": ("de", "d'"),
    },
}
NEGATION = ("ne", "n'")
NEGATION_ADVERBS = ("pas", "jamais")

# Verbs of perception, by paradigm: their object speaks when a speech verb in the infinitive
# follows it ("a entendu les agresseurs crier « … »", "on a vu un homme hurler « … »").
PERCEPTION_VERBS = {"er": ("écouter",), "dre": ("entendre",), "voir": ("voir",)}

# --- Adverbs -----------------------------------------------------------------------------

# Adverbial phrases of somebody's turn (`a quant à lui souligné X`): X is not who spoke just before.
TURN_ADVERBS = (
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle", "quant à eux",
    "quant à elles", "à son tour", "à leur tour", "lui aussi", "elle aussi", "eux aussi", "elles aussi",
)

# Adverbs and adverbial phrases allowed inside a verb group ("a pour sa part assuré") and
# right after it ("ajoute encore", "a déclaré lundi").
ADVERBS = (
    # connecting
    "encore", "également", "aussi", "ainsi", "alors", "ensuite", "enfin", "déjà", "même",
    "toutefois", "cependant", "pourtant", "néanmoins", "notamment", "d'ailleurs", "en outre",
    "par ailleurs", "de plus", "surtout", "d'abord", "tout d'abord", "au contraire",
    "en revanche", "pour autant", "donc", "bien", "bel et bien", "certes", "en effet",
    "là encore", "là aussi", "au passage", "en passant", "à cet égard", "à ce propos",
    "à ce sujet", "de fait", "en somme", "en conclusion", "pour conclure", "pour finir",
    "en résumé", "au final", "finalement", "du reste", "en substance", "plus loin",
    *TURN_ADVERBS,
    # when
    "aussitôt", "immédiatement", "tout de suite", "plus tard", "peu après", "un peu plus tard",
    "de nouveau", "à nouveau", "une nouvelle fois", "encore une fois", "une fois de plus",
    "à plusieurs reprises", "à maintes reprises", "récemment", "dernièrement", "hier",
    "aujourd'hui", "ce matin", "ce soir", "hier soir", "hier matin", "cette semaine",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lundi matin", "mardi matin", "mercredi matin", "jeudi matin", "vendredi matin",
    "samedi matin", "dimanche matin", "lundi soir", "mardi soir", "mercredi soir",
    "jeudi soir", "vendredi soir", "samedi soir", "dimanche soir", "lundi après-midi",
    "mardi après-midi", "mercredi après-midi", "jeudi après-midi", "vendredi après-midi",
    "samedi après-midi", "dimanche après-midi", "dans la foulée", "cette fois",
    "cette fois-ci", "dans la soirée", "dans la matinée", "dans la journée",
    # how
    "simplement", "seulement", "sobrement", "fermement", "vivement", "clairement",
    "franchement", "ouvertement", "publiquement", "officiellement", "solennellement",
    "longuement", "brièvement", "rapidement", "volontiers", "sèchement", "laconiquement",
    "prudemment", "calmement", "fièrement", "amèrement", "froidement", "tranquillement",
    "posément", "gravement", "sérieusement", "doctement", "ironiquement", "malicieusement",
    "sans détour", "sans détours", "sans ambages", "sans hésiter", "sans ambiguïté",
    "sans équivoque", "avec ironie", "avec humour", "non sans humour", "non sans ironie",
    "avec émotion", "avec fermeté", "avec prudence", "haut et fort", "tout net", "net",
    "en une", "à la une", "en première page",  # a newspaper's front page: `proclame en Une le quotidien X`
    "avec le sourire", "avec un sourire", "avec malice", "avec pudeur", "avec amertume",
    "non sans amertume", "non sans émotion", "avec beaucoup d'humour", "avec regret", "avec fierté", "non sans fierté",
    "à demi-mot", "à l'envi", "du tac au tac", "à voix basse", "à haute voix", "en souriant", "en riant", "en plaisantant",
    "d'emblée", "d'entrée", "en préambule", "en guise de conclusion", "tout de même", "par exemple",
    "d'ores et déjà", "a fortiori", "juste", "carrément", "vertement", "auparavant",
    "longtemps", "par contre", "plutôt", "sans doute", "peut-être", "visiblement",
    "manifestement", "apparemment", "probablement", "par la suite", "à l'époque", "un jour",
    # how often: `a toujours dit`, `Toujours en lice, il …`
    "toujours", "jamais", "souvent", "parfois", "désormais", "bientôt",
)

# Stressed pronouns, allowed between auxiliary and participle only: "a, lui, estimé",
# "a elle-même reconnu". Anywhere else they are subjects.
STRESSED_PRONOUNS = (
    "lui", "elle", "eux", "elles", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes",
)

# A trailing adverb is left out of the cue when one of these follows it: "alors que",
# "ainsi que", "même si" begin a new clause.
ADVERB_BLOCKERS = ("que", "qu'", "si", "s'")

# A present participle right after a noun of persons describes them: "des manifestants scandant « … »" (a gerund
# takes `en`: "en scandant", the clause's subject).
PARTICIPLE_DESCRIBES_NOUN_BEFORE = True

# After a quotation the verb comes first ("« … », a-t-elle dit"): a subject before it is another clause's.
SUBJECT_BEFORE_CUE_AFTER_QUOTE = False

# Words that modify an adverb and count only in front of one ("très clairement").
INTENSIFIERS = ("très", "plus", "moins", "bien", "tout", "si", "assez")
# Adverbs grading an adjective, never right before a finite verb (not `plus`: `de plus en plus demandaient`).
GRADING_ADVERBS = ("très", "bien", "si", "assez", "trop")

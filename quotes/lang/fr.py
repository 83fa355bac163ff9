"""French: what the generic engines need to know to read attributions in French news.

Data only. Speech verbs and their conjugation live in `fr_verbs`; everything else an
attribution is made of (quote marks, determiners, titles, pronouns, adjuncts) is here.
"""

CODE = "fr"

# Abbreviations whose full stop does not end a sentence ("M. Trump", "Mme Denysova").
ABBREVIATIONS = ("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mgr", "cf", "etc", "av", "j.-c")
# Documents that speak for their authors: "selon un communiqué de la préfecture" → la préfecture.
SOURCE_DOCUMENTS = (
    "communiqué", "lettre", "courrier", "tweet", "message", "texte", "rapport", "note",
    "déclaration", "post", "publication", "tribune", "entretien", "interview", "avis",
    "document", "compte", "site",
)
# Those who speak for a body without a name of their own: after "selon", the body ("selon
# l'entourage du ministre"); as the subject of a speech verb, themselves. A spokesperson is a person.
SOURCE_PEOPLE = ("entourage", "proches", "source", "sources")

# Opening mark -> closing mark. Straight double quotes are handled on their own.
# A tuple gives the closing marks of a pair read only where its marks hug the words they enclose
# (no space inside), and only closed within a paragraph: marks that are also apostrophes or the
# other pair's closers, as newsrooms type them. Guillemets turned round, German and Swiss style
# (`»On ne lâchera rien«`); doubled apostrophes standing for double quotes (`''Nous reviendrons''`);
# single quotes (`'Pourquoi ?'`, `‘Pourquoi ?’`), never the apostrophe of `l'État` or `Vélib'`.
QUOTE_PAIRS = {
    "«": "»", "“": "”", "„": "“", "‹": "›",
    "»": ("«",), "›": ("‹",),
    "''": ("''", "’’"), "’’": ("’’", "''"), "‘‘": ("’’", "''"),
    "'": ("'", "’", '"'), "‘": ("’", "'", '"'),
}

# Words that introduce the source of a quotation on either side: "selon X, « … »".
ACCORDING_TO = ("selon", "d'après", "aux yeux de", "de l'avis de", "à en croire", "de l'aveu de", "de l'aveu même de")
# "Pour X, « … »" attributes an opinion when it opens the sentence.
FOR = ("pour",)
# Words linking a quote to a cue that follows it: "« … », voilà comment X l'a qualifié".
AFTER_QUOTE_LINKS = ("voilà comment", "voilà ce que", "c'est ce que", "c'est ainsi que", "comme")
# "fait-on valoir à Matignon": where an impersonal "on" speaks from.
PLACE_OF_SPEAKER = ("à", "au", "chez", "auprès", "dans")
# Page furniture run into the text, never a speaker: "Lire aussi : « … »" is a link to another story.
PAGE_FURNITURE = (
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi", "a voir aussi",
    "à regarder", "a regarder", "regarder aussi", "à écouter", "a écouter", "écouter aussi",
    "à ne pas manquer", "a ne pas manquer", "à lire", "a lire", "à voir", "a voir", "vidéo", "photo", "photos",
    "en images", "sur le même sujet", "notre dossier", "mise à jour",
)
# The narrative infinitive: "Et X de renchérir : « … »" (X is the subject of the infinitive after it).
NARRATIVE_INFINITIVE = ("de", "d'")
# How infinitives end: the narrative infinitive before a colon (`Et X de finir : « … »`) takes any verb.
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# Before a speech verb in the infinitive, what says the clause's subject speaks to that end:
# "ont manifesté pour réclamer « … »", "a écrit afin de dénoncer « … »".
PURPOSE_OPENERS = ("pour", "afin de", "afin d'")

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

# Civil titles written before a name, and their gender.
CIVIL_TITLES = {
    "m.": "m", "mm.": "m", "monsieur": "m", "mme": "f", "mmes": "f", "madame": "f",
    "mlle": "f", "mademoiselle": "f", "me": None, "maître": None, "dr": None,
    "docteur": None, "pr": None, "professeur": None, "mgr": "m", "sir": "m", "lady": "f",
}

# Subject pronouns: gender, number.
PRONOUNS = {
    "il": ("m", "sg"), "elle": ("f", "sg"), "ils": ("m", "pl"), "elles": ("f", "pl"),
    "on": (None, "sg"), "lui": ("m", "sg"), "eux": ("m", "pl"),
    "celui-ci": ("m", "sg"), "celle-ci": ("f", "sg"), "ceux-ci": ("m", "pl"),
    "ce dernier": ("m", "sg"), "cette dernière": ("f", "sg"),
    "ces derniers": ("m", "pl"), "ces dernières": ("f", "pl"),
}
RELATIVE_PRONOUNS = ("qui",)
# Pronouns that mean whoever was named last, subject or not: "Ce dernier a dénoncé …".
LATEST_MENTIONED = ("ce dernier", "cette dernière", "ces derniers", "ces dernières", "celui-ci", "celle-ci", "ceux-ci")
# Object pronouns written before a verb ("comme le relaye X").
OBJECT_CLITICS = ("le", "la", "les", "l'", "lui", "leur")
# Subjects that never speak: "cela exposerait à …".
# The impersonal pronoun: nobody in particular ("peut-on lire"), or the body a place names
# ("assure-t-on à Matignon").
IMPERSONAL_PRONOUNS = ("on",)
NOT_SPEAKERS = ("cela", "ça", "ce", "ceci", "c'", "il y", "tout", "rien")
# Conjunctions joining two verbs or two quotations that share a subject or a cue.
COORDINATORS = ("et", "ou", "puis", "mais")
# Indefinite descriptions keep their relative clause: "l'une des femmes qui devaient …".
INDEFINITE_OPENERS = ("un", "une", "l'un", "l'une", "des", "certains", "certaines", "plusieurs", "l'")

# "Marie, 45 ans, infirmière": an age apposition, not a role.
AGE_WORDS = ("ans", "an")

# Nouns naming what a person is (a role), by gender: "m", "f", or None when both.
ROLE_NOUNS = {
    "président": "m", "présidente": "f", "vice-président": "m", "vice-présidente": "f",
    "ministre": None, "premier ministre": None, "secrétaire": None, "porte-parole": None,
    "secrétaire d'état": None, "secrétaire général": "m", "secrétaire générale": "f",
    "premier secrétaire": "m", "première secrétaire": "f", "secrétaire national": "m", "secrétaire nationale": "f",
    "directeur": "m", "directrice": "f", "directeur général": "m", "directrice générale": "f",
    "chef": None, "cheffe": "f", "patron": "m", "patronne": "f", "dirigeant": "m",
    "dirigeante": "f", "responsable": None, "fondateur": "m", "fondatrice": "f",
    "cofondateur": "m", "cofondatrice": "f", "député": "m", "députée": "f",
    "sénateur": "m", "sénatrice": "f", "maire": None, "élu": "m", "élue": "f",
    "conseiller": "m", "conseillère": "f", "avocat": "m", "avocate": "f",
    "procureur": "m", "procureure": "f", "juge": None, "magistrat": "m", "magistrate": "f",
    "général": "m", "générale": "f", "colonel": "m", "commandant": "m", "capitaine": None,
    "commissaire": None, "préfet": "m", "préfète": "f", "professeur": "m",
    "professeure": "f", "docteur": "m", "médecin": None, "chercheur": "m",
    "chercheuse": "f", "scientifique": None, "expert": "m", "experte": "f",
    "économiste": None, "sociologue": None, "historien": "m", "historienne": "f",
    "politologue": None, "épidémiologiste": None, "infectiologue": None,
    "animateur": "m", "animatrice": "f", "présentateur": "m", "présentatrice": "f",
    "journaliste": None, "chroniqueur": "m", "chroniqueuse": "f", "éditorialiste": None,
    "chanteur": "m", "chanteuse": "f", "acteur": "m", "actrice": "f", "comédien": "m",
    "comédienne": "f", "réalisateur": "m", "réalisatrice": "f", "producteur": "m",
    "productrice": "f", "écrivain": "m", "écrivaine": "f", "auteur": "m", "autrice": "f",
    "artiste": None, "humoriste": None, "star": None, "mannequin": None,
    "entraîneur": "m", "entraîneuse": "f", "sélectionneur": "m", "joueur": "m",
    "joueuse": "f", "attaquant": "m", "défenseur": "m", "milieu": "m", "gardien": "m",
    "pilote": None, "athlète": None, "champion": "m", "championne": "f", "coach": None,
    "candidat": "m", "candidate": "f", "militant": "m", "militante": "f",
    "syndicaliste": None, "délégué": "m", "déléguée": "f", "représentant": "m",
    "représentante": "f", "ambassadeur": "m", "ambassadrice": "f", "diplomate": None,
    "chancelier": "m", "chancelière": "f", "roi": "m", "reine": "f", "prince": "m",
    "princesse": "f", "pape": "m", "cardinal": "m", "évêque": "m", "imam": "m",
    "rabbin": "m", "prêtre": "m", "leader": None, "numéro un": None, "numéro deux": None,
    "coordinateur": "m", "coordinatrice": "f", "président-directeur général": "m",
    "pdg": None, "patron du": "m", "gouverneur": "m", "gouverneure": "f",
    "commissaire européen": "m", "eurodéputé": "m", "eurodéputée": "f",
    "homme": "m", "femme": "f", "mari": "m", "épouse": "f", "époux": "m", "père": "m",
    "mère": "f", "fils": "m", "fille": "f", "frère": "m", "sœur": "f", "soeur": "f",
    "oncle": "m", "tante": "f", "grand-père": "m", "grand-mère": "f", "ami": "m",
    "amie": "f", "compagnon": "m", "compagne": "f", "voisin": "m", "voisine": "f",
    "témoin": None, "victime": None, "habitant": "m", "habitante": "f",
    "manifestant": "m", "manifestante": "f", "policier": "m", "policière": "f",
    "gendarme": None, "pompier": "m", "soldat": "m", "militaire": None,
    "infirmier": "m", "infirmière": "f", "enseignant": "m", "enseignante": "f",
    "étudiant": "m", "étudiante": "f", "salarié": "m", "salariée": "f",
    "agriculteur": "m", "agricultrice": "f", "commerçant": "m", "commerçante": "f",
    "blogueur": "m", "blogueuse": "f", "internaute": None, "utilisateur": "m",
    "utilisatrice": "f", "spécialiste": None, "analyste": None, "consultant": "m",
    "consultante": "f", "ingénieur": "m", "ingénieure": "f", "architecte": None,
    "créateur": "m", "créatrice": "f", "designer": None, "chef de l'état": "m",
    "chef du gouvernement": None, "chef de file": None, "garde des sceaux": None,
    "intéressé": "m", "intéressée": "f", "prévenu": "m", "prévenue": "f",
    "accusé": "m", "accusée": "f", "suspect": "m", "suspecte": "f", "rapporteur": "m",
    "rapporteure": "f", "adjoint": "m", "adjointe": "f", "collaborateur": "m",
    "collaboratrice": "f", "proche": None, "source": "f", "torero": "m",
    "footballeur": "m", "footballeuse": "f", "international": "m", "internationale": "f",
    "arbitre": None, "sportif": "m", "sportive": "f", "pédiatre": None,
    "virologue": None, "volcanologue": None, "climatologue": None, "psychologue": None,
    "psychiatre": None, "chirurgien": "m", "chirurgienne": "f", "physicien": "m",
    "physicienne": "f", "biologiste": None, "juriste": None, "philosophe": None,
    "sculpteur": "m", "sculptrice": "f", "peintre": None, "musicien": "m", "musicienne": "f",
    "rappeur": "m", "rappeuse": "f", "juré": "m", "jurée": "f", "danseur": "m", "danseuse": "f",
    "photographe": None, "cinéaste": None, "dessinateur": "m", "dessinatrice": "f", "romancier": "m",
    "romancière": "f", "poète": None, "metteur en scène": "m", "metteuse en scène": "f", "styliste": None,
    "youtubeur": "m", "youtubeuse": "f", "influenceur": "m", "influenceuse": "f", "comique": None,
}

# Nouns of nationality, capitalised when they name a person (`le Belge`, `la Française`): a description
# like a role, never a name. Not the countries named like them (`la Suisse`).
DEMONYMS = {
    "américain": "m", "américaine": "f", "allemand": "m", "allemande": "f", "anglais": "m", "anglaise": "f",
    "argentin": "m", "argentine": "f", "australien": "m", "australienne": "f", "autrichien": "m",
    "autrichienne": "f", "belge": None, "brésilien": "m", "brésilienne": "f", "britannique": None,
    "canadien": "m", "canadienne": "f", "chilien": "m", "chilienne": "f", "chinois": "m", "chinoise": "f",
    "colombien": "m", "colombienne": "f", "coréen": "m", "coréenne": "f", "croate": None, "danois": "m",
    "danoise": "f", "écossais": "m", "écossaise": "f", "égyptien": "m", "égyptienne": "f", "espagnol": "m",
    "espagnole": "f", "éthiopien": "m", "éthiopienne": "f", "finlandais": "m", "finlandaise": "f",
    "français": "m", "française": "f", "gallois": "m", "galloise": "f", "grec": "m", "grecque": "f",
    "hongrois": "m", "hongroise": "f", "indien": "m", "indienne": "f", "iranien": "m", "iranienne": "f",
    "irakien": "m", "irakienne": "f", "irlandais": "m", "irlandaise": "f", "israélien": "m",
    "israélienne": "f", "italien": "m", "italienne": "f", "japonais": "m", "japonaise": "f", "kényan": "m",
    "kényane": "f", "libanais": "m", "libanaise": "f", "malien": "m", "malienne": "f", "marocain": "m",
    "marocaine": "f", "mexicain": "m", "mexicaine": "f", "néerlandais": "m", "néerlandaise": "f",
    "nigérian": "m", "nigériane": "f", "norvégien": "m", "norvégienne": "f", "palestinien": "m",
    "palestinienne": "f", "polonais": "m", "polonaise": "f", "portugais": "m", "portugaise": "f",
    "québécois": "m", "québécoise": "f", "roumain": "m", "roumaine": "f", "russe": None, "sénégalais": "m",
    "sénégalaise": "f", "serbe": None, "slovène": None, "sud-africain": "m", "sud-africaine": "f",
    "suédois": "m", "suédoise": "f", "syrien": "m", "syrienne": "f", "tchèque": None, "tunisien": "m",
    "tunisienne": "f", "turc": "m", "turque": "f", "ukrainien": "m", "ukrainienne": "f", "algérien": "m",
    "algérienne": "f", "ivoirien": "m", "ivoirienne": "f", "camerounais": "m", "camerounaise": "f",
    "congolais": "m", "congolaise": "f", "burkinabè": None, "nigérien": "m", "nigérienne": "f", "guinéen": "m",
    "guinéenne": "f", "togolais": "m", "togolaise": "f", "béninois": "m", "béninoise": "f", "gabonais": "m",
    "gabonaise": "f", "malgache": None, "rwandais": "m", "rwandaise": "f", "ghanéen": "m", "ghanéenne": "f",
    "tchadien": "m", "tchadienne": "f", "luxembourgeois": "m", "luxembourgeoise": "f", "monégasque": None,
    "néo-zélandais": "m", "néo-zélandaise": "f", "vénézuélien": "m", "vénézuélienne": "f", "cubain": "m",
    "cubaine": "f", "péruvien": "m", "péruvienne": "f", "uruguayen": "m", "uruguayenne": "f", "jamaïcain": "m",
    "jamaïcaine": "f", "haïtien": "m", "haïtienne": "f", "saoudien": "m", "saoudienne": "f", "qatari": "m",
    "qatarie": "f", "afghan": "m", "afghane": "f", "pakistanais": "m", "pakistanaise": "f", "vietnamien": "m",
    "vietnamienne": "f", "thaïlandais": "m", "thaïlandaise": "f", "indonésien": "m", "indonésienne": "f",
    "philippin": "m", "philippine": "f", "biélorusse": None, "géorgien": "m", "géorgienne": "f",
    "arménien": "m", "arménienne": "f", "bulgare": None, "slovaque": None, "islandais": "m", "islandaise": "f",
    "kosovar": "m", "kosovare": "f", "albanais": "m", "albanaise": "f", "bosnien": "m", "bosnienne": "f",
    "monténégrin": "m", "monténégrine": "f", "estonien": "m", "estonienne": "f", "letton": "m", "lettone": "f",
    "lituanien": "m", "lituanienne": "f",
}

# Nouns whose article gives the noun's gender, not the person's (`la star, Bertrand X`, `la victime`).
FIXED_GENDER_NOUNS = ("star", "victime")

# Epithets that stand for a role (`le chef de l'Etat`, `le locataire de l'Elysée`: the president
# named before): the role noun they point back to.
ROLE_EPITHETS = {
    "chef de l'état": "président", "locataire de l'élysée": "président", "hôte de l'élysée": "président",
    "chef du gouvernement": "premier ministre", "locataire de matignon": "premier ministre",
    "hôte de matignon": "premier ministre", "chef de la diplomatie": "ministre",
    "garde des sceaux": "ministre", "locataire de bercy": "ministre", "locataire de beauvau": "ministre",
    "patron de la diplomatie": "ministre",
}

# Adjectives capitalised inside titles ("le Premier ministre"): never the start of a name.
TITLE_ADJECTIVES = ("premier", "première", "haut", "haute", "grand", "grande", "saint", "sainte")

# What marks a former role ("l'ex-ministre", "l'ancien président"): such epithets point back.
FORMER_PREFIXES = ("ex-",)
FORMER_WORDS = {"ancien": "m", "ancienne": "f", "anciens": "m", "anciennes": "f"}  # with the gender they tell

# Nouns naming a body rather than a person: their speaker is an organisation.
ORGANISATION_NOUNS = (
    "ministère", "gouvernement", "parquet", "police", "gendarmerie", "préfecture",
    "association", "syndicat", "parti", "entreprise", "groupe", "société", "mairie",
    "tribunal", "cour", "commission", "agence", "institut", "fédération", "ong",
    "organisation", "fondation", "conseil", "assemblée", "sénat", "armée", "direction",
    "service", "office", "autorité", "comité", "collectif", "mouvement", "club",
    "équipe", "rédaction", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne",
    "radio", "site", "banque", "compagnie", "constructeur", "enseigne", "fabricant",
    "laboratoire", "hôpital", "université", "école", "ville", "région", "département",
    "état", "pays", "communiqué", "enquête", "rapport", "étude", "guide", "caisse",
    "union", "ambassade", "consulat", "pentagone", "élysée", "matignon", "kremlin",
    "maison blanche", "quai d'orsay", "bercy", "onu", "otan", "oms", "fmi", "sncf",
    "cgt", "cfdt", "fo", "medef", "insee", "inserm", "afp", "reuters", "opposition", "majorité",
    "junte", "fonds", "programme", "observatoire",
)
# Nouns that tell what kind of body something is: a definite description built on one (`l'association`,
# `le quotidien`, `la chaîne`) points back to the body that spoke before, unlike the bodies whose name is
# the description itself (`le gouvernement`, `le parquet`).
BODY_KIND_NOUNS = (
    "association", "syndicat", "parti", "entreprise", "groupe", "société", "fédération", "ong",
    "organisation", "fondation", "institut", "agence", "collectif", "mouvement", "club", "quotidien",
    "journal", "hebdomadaire", "mensuel", "magazine", "chaîne", "radio", "site", "média", "banque",
    "compagnie", "constructeur", "enseigne", "fabricant", "laboratoire", "observatoire", "fonds", "cabinet",
    "firme", "géant", "opérateur", "distributeur", "transporteur", "assureur", "organisme", "réseau",
    "plateforme", "application", "start-up", "équipementier", "groupement", "union", "confédération",
)

# Verbs by which a medium relays what somebody else said (`X a demandé de « … », rapporte Y`).
RELAYING_CUES = ("rapporter", "révéler", "relater", "relayer", "citer")
# Words read on a sign are the sign's, not somebody's (`« … », lisait-on sur la banderole`).
READING_CUES = ("lire",)
SIGN_NOUNS = (
    "banderole", "banderoles", "pancarte", "pancartes", "affiche", "affiches", "affichette", "affichettes",
    "panneau", "panneaux", "écriteau", "écriteaux", "calicot", "calicots", "t-shirt", "t-shirts",
    "tee-shirt", "tee-shirts", "drapeau", "drapeaux", "mur", "murs", "façade", "façades", "tag", "tags",
    "graffiti", "graffitis", "pochoir", "pochoirs",
)
# Comparatives before que: the name after them is what is compared with (`plus qu'Emmanuel Macron`).
COMPARATIVES = ("plus", "moins", "davantage", "autant", "mieux", "aussi", "pire")
# Prepositions of a place after a name (`X à Évry qui …`: the relative is about X).
PLACE_PREPOSITIONS = ("à", "en")
# Prepositions whose object is a person far more often than a place: "pour Jenifer" names her, "en France" no one.
PERSON_PREPOSITIONS = ("pour", "avec", "contre", "chez", "envers", "entre", "auprès", "selon", "par")
# Capitals often written without their accent, read as the word they stand for: `A Paris, …`.
UNACCENTED_CAPITALS = {"A": "à"}
# Prepositions inside a body's proper name: `le Fonds des Nations unies pour la population`.
BODY_NAME_PREPOSITIONS = ("pour",)

# Plural nouns that describe a group of people: their speaker is a group.
GROUP_NOUNS = (
    "autorités", "manifestants", "habitants", "soignants", "proches", "témoins",
    "riverains", "experts", "syndicats", "organisateurs", "internautes", "sources",
    "enquêteurs", "policiers", "gendarmes", "secours", "pompiers", "élus", "députés",
    "sénateurs", "ministres", "responsables", "dirigeants", "militants", "salariés",
    "grévistes", "étudiants", "parents", "familles", "victimes", "avocats", "médecins",
    "scientifiques", "chercheurs", "spécialistes", "observateurs", "analystes",
    "supporters", "fans", "joueurs", "associations", "opposants", "partisans",
    "défenseurs", "détracteurs", "auteurs", "signataires", "médias", "équipes", "professionnels",
)
# One member of a group, a person: `une des meneuses`, `l'un d'entre eux`.
ONE_OF = ("un des", "une des", "l'un des", "l'une des", "un d'entre", "une d'entre", "l'un d'entre", "l'une d'entre")
# How plural nouns of people end, after a plural determiner (`les pharmaciens`, `des agriculteurs`,
# `les enseignantes`, `les syndicalistes`): a group that can speak, listed or not.
GROUP_NOUN_ENDINGS = ("iens", "iennes", "eurs", "euses", "rices", "ants", "antes", "istes")

# Words that open an adjunct between a speech verb and its inverted subject:
# "a affirmé *lors d'une conférence de presse* le général X", "a tweeté … *lundi matin*".
ADJUNCT_PREPOSITIONS = (
    "à", "au", "aux", "lors", "dans", "sur", "depuis", "devant", "en", "pendant",
    "auprès", "face", "via", "par", "chez", "avant", "après", "dès", "durant", "vers",
    "mardi", "lors de", "au cours de", "à l'occasion de", "à l'issue de", "à la sortie de",
    "au micro de", "au sortir de", "à propos de", "au sujet de", "selon", "lundi",
    "grâce", "malgré", "parmi", "outre", "sous",
)
TIME_WORDS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "aujourd'hui", "avant-hier", "demain", "matin", "soir", "midi", "après-midi",
    "nuit", "récemment", "jadis", "dernièrement", "ensuite", "alors", "déjà", "encore",
    "également", "aussi", "ainsi", "enfin", "toutefois", "pourtant", "cependant",
    "notamment", "d'ailleurs", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "dernier",
    "dernière", "prochain", "prochaine", "ce", "cette", "début", "fin", "mi",
    "semaine", "mois", "année", "week-end", "lendemain", "veille", "journée", "soirée", "matinée",
)
# Function words the grammar of attributions turns on.
# Prepositions of a role's complement, before the holder's name: "la chercheuse de X sur le pétrole Nom".
ROLE_COMPLEMENT_PREPOSITIONS = ("à", "au", "aux", "sur", "en", "pour", "chez", "auprès")
OF = ("de", "du", "des", "d'")  # "le ministre de la Santé": a complement, inside a noun phrase
TO = ("à", "au", "aux")  # "le secrétaire d'Etat aux transports"
BY = ("par",)
# Prepositions whose object is rarely what a later subject pronoun stands for.
OBJECT_PREPOSITIONS = ("à", "au", "aux", "avec", "contre", "chez", "pour", "envers", "entre", "vers", "sur", "de", "d'", "du", "des")  # the agent of a passive: "lancé par les soignants"
THAT = ("que", "qu'")  # "X a déclaré que …"
DEFINITE = ("le", "la", "les", "l'")
# Demonstratives point back as the definite article does: "ce porte-parole" is the one named before.
DEMONSTRATIVES = ("ce", "cet", "cette")
# Words opening a description written before a name: "la ministre des Solidarités Agnès Buzyn".
DESCRIPTION_OPENERS = ("le", "la", "les", "l'", "un", "une", "cette", "son", "sa")
CONTRACTED_ARTICLES = {"du": "le", "des": "les", "au": "le", "aux": "les"}  # "un communiqué du parquet" → "le parquet"
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
REFLEXIVE = ("se", "s'")
NON_SUBJECT_ELISIONS = ("c'", "s'", "n'", "j'", "m'", "t'", "qu'")  # never open a speaker's name
RELATIVE_CLAUSE_WORDS = ("qui", "dont", "où", "que", "qu'")
TIME_DEMONSTRATIVES = ("ce", "cette")  # "ce mardi": an adjunct only before a time word
ROLE_OPENERS = ("ancien", "ancienne", "ex", "chargé", "chargée", "nouveau", "nouvelle", "actuel", "actuelle")
# How a verb in the third person ends (`secoue`, `reçoit`, `va`, `prend`): a word so ended between a
# subject and a determiner is read as its verb (`des agricultrices bloquent la route`).
FINITE_VERB_ENDINGS = ("e", "t", "a", "d")
PRESENT_PARTICIPLE_ENDING = "ant"  # "…, se servant de …" ends a reported clause
NAME_PARTICLES = ("de", "du", "des", "d'", "la", "le", "von", "van", "der", "den", "ter", "da", "di", "dos", "del", "ben", "bin", "el", "al")
# Prepositions a quoted term follows more often than somebody's words: "des poursuites pour « … »".
TERM_PREPOSITIONS = ("pour", "par", "sur", "en")
EMBEDDING_PREPOSITIONS = ("de", "d'", "du", "des", "à", "au", "aux", "en", "par", "pour", "sur")
# Short words that stay lower case inside a name or title ("Union des démocrates et indépendants").
NAME_FUNCTION_WORDS = (
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour",
    "sur", "of", "the", "and", "y", "del", "el",
)

# Sentence connectives: a capitalised one opening a sentence is not a name.
# Connectives that may open a sentence before its subject: `Or M. X, …`, `Mais la ministre a …`.
OPENING_CONNECTIVES = (
    "or", "mais", "et", "donc", "puis", "enfin", "alors", "ainsi", "pourtant", "cependant",
    "toutefois", "néanmoins", "car", "certes", "ensuite",
)
CONNECTIVES = (
    "or", "mais", "donc", "et", "puis", "enfin", "alors", "ainsi", "cependant", "pourtant",
    "toutefois", "néanmoins", "car", "bref", "certes", "d'ailleurs", "ensuite", "aussi",
    "voilà", "voici", "oui", "non", "bien", "sinon", "selon", "pour", "par", "dans", "en",
    "quant", "tout", "ou",
)
# Past participles telling how a source was reached: a description goes on through them to the medium
# (`un voisin interrogé par la radio`, `une habitante contactée par l'AFP`), every form.
SOURCE_PARTICIPLES = (
    "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée", "questionnés", "questionnées",
    "cité", "citée", "cités", "citées", "contacté", "contactée", "contactés", "contactées",
    "joint", "jointe", "joints", "jointes", "sollicité", "sollicitée", "sollicités", "sollicitées",
    "interviewé", "interviewée", "interviewés", "interviewées", "consulté", "consultée", "consultés", "consultées",
)
# Endings of past participles: a capitalised one opening a sentence is a clause, not a name ("Interrogé sur …").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")

# Phrases that end a subject noun phrase: what follows is a new clause or an adjunct.
CLAUSE_WORDS = (
    "que", "qu'", "qui", "dont", "où", "mais", "car", "lorsque", "quand", "si", "comme",
    "puisque", "tandis", "alors", "avant", "après", "afin", "pour", "sans", "avec",
    "parce", "lequel", "laquelle", "lesquels", "lesquelles",
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
)

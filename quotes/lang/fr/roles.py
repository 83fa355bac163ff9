"""Titles, roles and kinds of speaker in French: what a description of a person, a body or a group is built on."""

# Civil titles written before a name, and their gender.
CIVIL_TITLES = {
    "m.": "m", "mm.": "m", "monsieur": "m", "mme": "f", "mmes": "f", "madame": "f",
    "mlle": "f", "mademoiselle": "f", "me": None, "maître": None, "dr": None,
    "docteur": None, "pr": None, "professeur": None, "mgr": "m", "sir": "m", "lady": "f",
}

# Ranks written before a surname alone, as a civil title is: `le général Lenoir`, `le colonel de X`.
RANKS = ("général", "générale", "colonel", "commandant", "capitaine", "lieutenant", "amiral", "maréchal", "sergent",
         "adjudant", "caporal")

# Civil titles that tell a profession: `Me X` is a lawyer, whom `l'avocat` then means (a man's, a woman's).
CIVIL_TITLE_ROLES = {"me": ("l'avocat", "l'avocate"), "maître": ("l'avocat", "l'avocate"), "mgr": ("l'évêque", "l'évêque")}

# "Marie, 45 ans, infirmière": an age apposition, not a role.
AGE_WORDS = ("ans", "an")

# Nouns naming what a person is (a role), by gender: "m", "f", or None when both.
ROLE_NOUNS = {
    "président": "m", "présidente": "f", "vice-président": "m", "vice-présidente": "f",
    "vice-ministre": None, "ministre-adjoint": "m", "ministre-adjointe": "f", "maire-adjoint": "m", "maire-adjointe": "f",
    "vice-procureur": "m", "vice-procureure": "f", "procureur-adjoint": "m", "procureure-adjointe": "f",
    "vice-chancelier": "m", "vice-chancelière": "f", "vice-directeur": "m", "vice-directrice": "f", "vice-amiral": "m",
    "ministre": None, "premier ministre": None, "secrétaire": None, "porte-parole": None,
    "secrétaire d'état": None, "secrétaire général": "m", "secrétaire générale": "f",
    "premier secrétaire": "m", "première secrétaire": "f", "secrétaire national": "m", "secrétaire nationale": "f",
    "directeur": "m", "directrice": "f", "directeur général": "m", "directrice générale": "f",
    "chef": None, "cheffe": "f", "patron": "m", "patronne": "f", "dirigeant": "m",
    "dirigeante": "f", "responsable": None, "fondateur": "m", "fondatrice": "f",
    "cofondateur": "m", "cofondatrice": "f", "député": "m", "députée": "f",
    "sénateur": "m", "sénatrice": "f", "maire": None, "édile": None, "élu": "m", "élue": "f",
    "conseiller": "m", "conseillère": "f", "avocat": "m", "avocate": "f",
    "procureur": "m", "procureure": "f", "juge": None, "magistrat": "m", "magistrate": "f",
    "général": "m", "générale": "f", "colonel": "m", "commandant": "m", "capitaine": None,
    "lieutenant": "m", "lieutenante": "f", "lieutenant-colonel": "m", "adjudant": "m", "adjudante": "f",
    "sergent": "m", "sergente": "f", "brigadier": "m", "brigadière": "f", "inspecteur": "m", "inspectrice": "f",
    "enquêteur": "m", "enquêtrice": "f",
    "commissaire": None, "préfet": "m", "préfète": "f", "professeur": "m",
    "professeure": "f", "docteur": "m", "médecin": None, "chercheur": "m",
    "chercheuse": "f", "scientifique": None, "expert": "m", "experte": "f",
    "économiste": None, "sociologue": None, "historien": "m", "historienne": "f",
    "politologue": None, "épidémiologiste": None, "infectiologue": None,
    "animateur": "m", "animatrice": "f", "présentateur": "m", "présentatrice": "f",
    "journaliste": None, "chroniqueur": "m", "chroniqueuse": "f", "éditorialiste": None,
    "chanteur": "m", "chanteuse": "f", "interprète": None, "chorégraphe": None, "acteur": "m", "actrice": "f", "comédien": "m",
    "comédienne": "f", "réalisateur": "m", "réalisatrice": "f", "producteur": "m",
    "productrice": "f", "écrivain": "m", "écrivaine": "f", "auteur": "m", "autrice": "f",
    "artiste": None, "humoriste": None, "star": None, "mannequin": None,
    "entraîneur": "m", "entraîneuse": "f", "sélectionneur": "m", "joueur": "m",
    "joueuse": "f", "attaquant": "m", "défenseur": "m", "milieu": "m", "gardien": "m",
    "pilote": None, "athlète": None, "champion": "m", "championne": "f", "vainqueur": "m", "vainqueure": "f",
    "gagnant": "m", "gagnante": "f", "lauréat": "m", "lauréate": "f", "finaliste": None, "coach": None, "manager": None, "agent": None, "impresario": None,
    "biographe": None, "attaché de presse": "m", "attachée de presse": "f",
    "candidat": "m", "candidate": "f", "militant": "m", "militante": "f",
    "syndicaliste": None, "délégué": "m", "déléguée": "f", "représentant": "m",
    "représentante": "f", "ambassadeur": "m", "ambassadrice": "f", "diplomate": None,
    "chancelier": "m", "chancelière": "f", "roi": "m", "reine": "f", "prince": "m",
    "princesse": "f", "duc": "m", "duchesse": "f", "comte": "m", "comtesse": "f", "marquis": "m", "marquise": "f",
    "baron": "m", "baronne": "f", "archiduc": "m", "archiduchesse": "f", "première dame": "f", "pape": "m", "cardinal": "m", "évêque": "m", "archevêque": "m", "imam": "m",
    "rabbin": "m", "prêtre": "m", "curé": "m", "abbé": "m", "moine": "m", "moniale": "f",
    "nonne": "f", "mufti": "m", "leader": None, "numéro un": None, "numéro deux": None,
    "tête de liste": None, "cadre": None, "maître d'hôtel": "m",
    "coordinateur": "m", "coordinatrice": "f", "président-directeur général": "m",
    "pdg": None, "patron du": "m", "gouverneur": "m", "gouverneure": "f",
    "commissaire européen": "m", "eurodéputé": "m", "eurodéputée": "f",
    "homme": "m", "femme": "f", "dame": "f", "mari": "m", "épouse": "f", "époux": "m", "père": "m",
    "mère": "f", "fils": "m", "fille": "f", "frère": "m", "sœur": "f", "soeur": "f",
    "oncle": "m", "tante": "f", "grand-père": "m", "grand-mère": "f", "papa": "m", "maman": "f",
    "cousin": "m", "cousine": "f", "neveu": "m", "nièce": "f", "petit-fils": "m", "petite-fille": "f",
    "beau-frère": "m", "belle-sœur": "f", "belle-soeur": "f", "beau-père": "m", "belle-mère": "f",
    "beau-fils": "m", "belle-fille": "f",
    "garçon": "m", "fillette": "f", "gamin": "m", "gamine": "f", "adolescent": "m", "adolescente": "f", "ado": None,
    "trentenaire": None, "quadragénaire": None, "quinquagénaire": None, "sexagénaire": None, "septuagénaire": None,
    "octogénaire": None, "nonagénaire": None, "centenaire": None, "quadra": None, "quinqua": None,
    "ami": "m",
    "amie": "f", "compagnon": "m", "compagne": "f", "voisin": "m", "voisine": "f",
    "témoin": None, "victime": None, "habitant": "m", "habitante": "f",
    "manifestant": "m", "manifestante": "f", "policier": "m", "policière": "f",
    "gendarme": None, "pompier": "m", "sapeur-pompier": "m", "soldat": "m", "militaire": None, "vétéran": "m",
    "vétérane": "f", "tueur en série": "m", "tueuse en série": "f",
    "infirmier": "m", "infirmière": "f", "soignant": "m", "soignante": "f", "enseignant": "m", "enseignante": "f",
    "étudiant": "m", "étudiante": "f", "salarié": "m", "salariée": "f",
    "agriculteur": "m", "agricultrice": "f", "commerçant": "m", "commerçante": "f",
    "blogueur": "m", "blogueuse": "f", "internaute": None, "utilisateur": "m",
    "utilisatrice": "f", "spécialiste": None, "analyste": None, "consultant": "m",
    "consultante": "f", "ingénieur": "m", "ingénieure": "f", "architecte": None,
    "créateur": "m", "créatrice": "f", "designer": None, "chef de l'état": "m", "chef d'état": "m",
    "chef du gouvernement": None, "chef de file": None, "garde des sceaux": None,
    "intéressé": "m", "intéressée": "f", "prévenu": "m", "prévenue": "f", "gardé à vue": "m", "gardée à vue": "f",
    "accusé": "m", "accusée": "f", "suspect": "m", "suspecte": "f", "rapporteur": "m",
    "rapporteure": "f", "adjoint": "m", "adjointe": "f", "adjoint au maire": "m", "adjointe au maire": "f", "prédécesseur": None, "successeur": None, "collaborateur": "m",
    "collaboratrice": "f", "proche": None, "source": "f", "torero": "m", "aventurier": "m", "aventurière": "f",
    "romancier": "m", "romancière": "f", "pâtissier": "m", "pâtissière": "f", "greffier": "m",
    "greffière": "f",
    "footballeur": "m", "footballeuse": "f", "international": "m", "internationale": "f",
    "arbitre": None, "sportif": "m", "sportive": "f", "pédiatre": None,
    "virologue": None, "volcanologue": None, "climatologue": None, "psychologue": None,
    "psychiatre": None, "chirurgien": "m", "chirurgienne": "f", "physicien": "m",
    "physicienne": "f", "biologiste": None, "juriste": None, "philosophe": None,
    "sculpteur": "m", "sculptrice": "f", "peintre": None, "musicien": "m", "musicienne": "f",
    "rappeur": "m", "rappeuse": "f", "rockeur": "m", "rockeuse": "f", "dj": None, "disc-jockey": None,
    "skipper": None, "académicien": "m",
    "académicienne": "f", "juré": "m", "jurée": "f", "danseur": "m", "danseuse": "f",
    "photographe": None, "cinéaste": None, "dessinateur": "m", "dessinatrice": "f",
    "poète": None, "metteur en scène": "m", "metteuse en scène": "f",
    "rédacteur": "m", "rédactrice": "f", "rédacteur en chef": "m", "rédactrice en chef": "f", "styliste": None,
    "youtubeur": "m", "youtubeuse": "f", "influenceur": "m", "influenceuse": "f", "comique": None,
    # trades and services (not those that are common surnames too: `Laurent Berger`)
    "garde du corps": None, "gardienne": "f", "vigile": None, "agent de sécurité": None, "surveillant": "m",
    "surveillante": "f", "chauffeur": "m", "majordome": "m", "cuisinier": "m", "cuisinière": "f", "serveur": "m",
    "serveuse": "f", "assistant": "m", "assistante": "f", "nounou": "f", "concierge": None, "hôtesse": "f",
    "steward": "m", "moniteur": "m", "monitrice": "f", "caissier": "m", "caissière": "f", "vendeur": "m",
    "vendeuse": "f", "livreur": "m", "livreuse": "f", "ouvrier": "m", "ouvrière": "f", "coiffeur": "m",
    "coiffeuse": "f", "cameraman": "m", "pharmacien": "m", "pharmacienne": "f", "vétérinaire": None,
    "dentiste": None, "sage-femme": "f", "aide-soignant": "m", "aide-soignante": "f", "brancardier": "m",
    "ambulancier": "m", "ambulancière": "f", "urgentiste": None, "réanimateur": "m", "réanimatrice": "f",
    "instituteur": "m", "institutrice": "f", "proviseur": None, "maçon": "m", "plombier": "m", "plombière": "f",
    "électricien": "m", "électricienne": "f", "menuisier": "m", "couvreur": "m", "serrurier": "m", "jardinier": "m",
    "jardinière": "f", "pêcheur": "m", "pêcheuse": "f", "éleveur": "m", "éleveuse": "f", "vigneron": "m",
    "vigneronne": "f", "viticulteur": "m", "viticultrice": "f", "artisan": "m", "artisane": "f", "mécanicien": "m",
    "mécanicienne": "f", "garagiste": None, "postier": "m", "postière": "f", "chauffeuse": "f", "conducteur": "m",
    "conductrice": "f", "cheminot": "m", "cheminote": "f", "contrôleur": "m", "contrôleuse": "f", "docker": "m",
    "restaurateur": "m", "restauratrice": "f", "hôtelier": "m", "hôtelière": "f", "libraire": None,
    "fleuriste": None, "intermittent": "m", "intermittente": "f", "navigateur": "m", "navigatrice": "f",
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

# Adjectives of a political camp: `le candidat républicain` is not whom the text called `le candidat démocrate`.
PARTY_ADJECTIVES = (
    "socialiste", "républicain", "républicaine", "démocrate", "écologiste", "communiste", "centriste", "insoumis",
    "insoumise", "frontiste", "gaulliste", "conservateur", "conservatrice", "travailliste", "libéral", "libérale",
    "souverainiste", "nationaliste",
)

# A party's members as nouns, capitalised when they name a person (`l'Insoumis de Seine-Saint-Denis`,
# `la Marcheuse`): a description like a nationality, never a name. Not `républicain`: `Le Républicain lorrain` is a daily.
PARTY_MEMBER_NOUNS = {
    "insoumis": "m", "insoumise": "f", "marcheur": "m", "marcheuse": "f",
    "socialiste": None, "écologiste": None, "communiste": None, "centriste": None, "frontiste": None,
    "macroniste": None, "mélenchoniste": None, "lepéniste": None, "gaulliste": None, "sarkozyste": None,
    "démocrate": None,
}

# Nouns whose article gives the noun's gender, not the person's (`la star, Bertrand X`, `la victime`).
FIXED_GENDER_NOUNS = ("star", "victime", "source", "vedette", "personnalité", "tête de liste")

# Epithets that stand for a role (`le chef de l'Etat`, `le locataire de l'Elysée`: the president
# named before): the role noun they point back to.
# Offices of one well-known holder: `le président` is the president, not the person the sentence before named.
UNIQUE_OFFICES = ("président", "présidente", "premier ministre", "première ministre", "pape", "roi", "reine", "première dame")

# A description by a general role points back to a person named by one it covers (`X, député de …` … `l'élu`).
ROLE_HYPERNYMS = {
    role: ("député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "maire", "conseiller",
           "conseillère", "élu", "élue")
    for role in ("élu", "élue")
} | {
    "parlementaire": ("député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"),
    "édile": ("maire",),
} | {
    # (`l'urgentiste X …, a martelé le médecin`: a physician of any field)
    role: (*({"médecin", "docteur"} - {role}), "urgentiste", "chirurgien", "chirurgienne", "pédiatre", "psychiatre",
           "infectiologue", "réanimateur", "réanimatrice")
    for role in ("médecin", "docteur")
} | {
    role: ("procureur", "procureure", "juge", "substitut", "substitute") for role in ("magistrat", "magistrate")
} | {
    role: ("médecin", "docteur", "infirmier", "infirmière", "chirurgien", "chirurgienne", "urgentiste",
           "aide-soignant", "aide-soignante")
    for role in ("soignant", "soignante")
}

# A ministry's domain, capitalised after its preposition: `le ministre de la Santé Eteni Longondo` (the words after
# it name the holder, whatever list knows the first name).
# Roles of somebody running for an office: held besides any other (`X, candidate à la primaire`, then `la députée`).
CANDIDACY_ROLES = ("candidat", "candidate")

# Nouns of a person that name no role: `X, mère célibataire, …`, then `la jeune femme`: X, whatever role she holds.
ANY_PERSON_NOUNS = (
    "homme", "femme", "dame", "successeur", "prédécesseur",  # (`son successeur à Matignon`: a tie)
    # (`le quadragénaire`: whoever of that age was named, whatever role they hold)
    "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire",
    "centenaire", "quadra", "quinqua",
)
# Nouns of a tie to another person: `Mais X n'était pas armé. « … », lance le père`: X's father, not X (not `fille`:
# `la jeune fille`, a girl).
KIN_NOUNS = (
    "père", "mère", "papa", "maman", "fils", "frère", "sœur", "soeur", "mari", "épouse", "veuf", "veuve",
    "grand-père", "grand-mère", "oncle", "tante", "cousin", "cousine", "neveu", "nièce", "beau-père", "belle-mère",
    "beau-frère", "belle-sœur", "belle-soeur", "beau-fils", "belle-fille", "compagnon", "compagne",
)
KIN_AFTER_POSSESSIVE = ("femme", "fille", "enfant", "petit-fils", "petite-fille")

# Roles heading a body: held besides any other role (`le sénateur X`, then `le président de la commission`), when a
# body's name or kind completes them.
BODY_OFFICES = (
    "président", "présidente", "vice-président", "vice-présidente", "patron", "patronne", "numéro un", "dirigeant",
    "dirigeante", "chef", "cheffe", "secrétaire général", "secrétaire générale", "secrétaire national",
    "secrétaire nationale", "premier secrétaire", "première secrétaire", "chef de file", "leader", "fondateur", "fondatrice", "cofondateur",
    "cofondatrice", "délégué général", "déléguée générale", "rapporteur", "rapporteure",
)

PORTFOLIOS = (
    "santé", "justice", "intérieur", "défense", "armées", "culture", "économie", "finances", "budget", "éducation",
    "agriculture", "travail", "emploi", "environnement", "écologie", "communication", "information", "énergie",
    "transports", "sports", "logement", "commerce", "industrie", "tourisme", "jeunesse", "famille", "solidarités",
    "recherche", "numérique", "mer", "pêche", "mines", "hydrocarbures", "sécurité", "coopération", "intégration",
    "immigration", "enseignement", "infrastructures", "décentralisation", "diplomatie", "retraites",
    "economie", "education", "energie", "ecologie",  # as capitals are often written, unaccented
)

ROLE_EPITHETS = {
    "chef de l'état": "président", "chef d'état": "président", "locataire de l'élysée": "président", "hôte de l'élysée": "président",
    "patron de l'élysée": "président",
    "chef du gouvernement": "premier ministre", "locataire de matignon": "premier ministre",
    "hôte de matignon": "premier ministre", "chef de la diplomatie": "ministre",
    "garde des sceaux": "ministre", "locataire de bercy": "ministre", "locataire de beauvau": "ministre",
    "patron de la diplomatie": "ministre", "dg": "directeur général",
}

# Adjectives capitalised inside titles ("le Premier ministre"): never the start of a name.
TITLE_ADJECTIVES = ("premier", "première", "haut", "haute", "grand", "grande", "saint", "sainte")

# What marks a former role ("l'ex-ministre", "l'ancien président"): such epithets point back.
FORMER_PREFIXES = ("ex-",)

# With the gender they tell; `alors` (`X, alors ministre de l'Intérieur`), a role held at the time told of.
FORMER_WORDS = {"ancien": "m", "ancienne": "f", "anciens": "m", "anciennes": "f", "alors": None}
# Adjectives before a role noun whose form tells a gender an elided article does not: `l'actuel ministre`.
MODIFIER_GENDERS = {"actuel": "m", "actuelle": "f", "éminent": "m", "éminente": "f", "influent": "m", "influente": "f"}

# Nouns of a kind of place: an apposition built on one (`un instituteur d'Aiquile, une localité du centre`) describes
# the place, not the speaker.
PLACE_KIND_NOUNS = (
    "localité", "ville", "village", "commune", "bourgade", "bourg", "hameau", "région", "province", "département",
    "quartier", "banlieue", "île", "pays", "capitale", "cité", "métropole", "agglomération", "station", "territoire",
)

# Nouns naming a body rather than a person: their speaker is an organisation.
ORGANISATION_NOUNS = (
    "ministère", "gouvernement", "parquet", "police", "gendarmerie", "préfecture",
    "association", "syndicat", "parti", "entreprise", "groupe", "société", "mairie",
    "tribunal", "cour", "commission", "mission", "délégation", "agence", "institut", "fédération", "ong",
    "organisation", "fondation", "conseil", "assemblée", "sénat", "armée", "direction",
    "service", "office", "autorité", "comité", "collectif", "mouvement", "club",
    "équipe", "rédaction", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne",
    "radio", "site", "banque", "compagnie", "constructeur", "enseigne", "fabricant",
    "laboratoire", "hôpital", "université", "école", "ville", "région", "département",
    "état", "pays", "communiqué", "enquête", "rapport", "étude", "guide", "caisse",
    "union", "ambassade", "consulat", "pentagone", "élysée", "matignon", "kremlin",
    "maison blanche", "quai d'orsay", "bercy", "onu", "otan", "oms", "fmi", "sncf",
    "cgt", "cfdt", "fo", "medef", "insee", "inserm", "afp", "reuters", "opposition", "majorité",
    "junte", "fonds", "programme", "observatoire", "palais", "municipalité", "collectivité", "métropole",
    "intercommunalité", "agglomération", "rectorat", "studio", "académie", "institution", "instance", "patrouille",
    "parc", "musée", "festival", "zoo", "état-major",
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
    "plateforme", "application", "start-up", "équipementier", "groupement", "union", "confédération", "éditeur",
    "état-major", "studio", "académie", "institution", "instance",
)

# Nouns of a medium: a body so described is where somebody spoke (`dans le journal`), not who a pronoun then means.
MEDIUM_NOUNS = ("journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "chaîne", "radio", "site", "média", "télévision",
                "presse")

# Plural nouns that describe a group of people: their speaker is a group.
COLLECTIVE_NOUNS = (
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
    "centaine", "dizaines", "centaines", "millier", "milliers", "poignée", "foule", "majorité", "minorité",
)

GROUP_NOUNS = (
    "autorités", "manifestants", "habitants", "soignants", "proches", "témoins",
    "riverains", "experts", "syndicats", "organisateurs", "internautes", "sources",
    "enquêteurs", "policiers", "gendarmes", "secours", "pompiers", "sapeurs-pompiers", "élus", "députés",
    "sénateurs", "ministres", "responsables", "dirigeants", "militants", "salariés",
    "grévistes", "étudiants", "parents", "familles", "victimes", "avocats", "médecins",
    "scientifiques", "chercheurs", "spécialistes", "observateurs", "analystes",
    "supporters", "fans", "joueurs", "associations", "opposants", "partisans",
    "défenseurs", "détracteurs", "auteurs", "signataires", "médias", "équipes", "professionnels", "gilets jaunes",
    "gens", "personnes", "personnalités", "célébrités", "intellectuels", "universitaires", "écrivains", "artistes", "maires",
)

# One member of a group, a person: `une des meneuses`, `l'un d'entre eux`.
ONE_OF = (
    "un des", "une des", "l'un des", "l'une des", "un d'entre", "une d'entre", "l'un d'entre", "l'une d'entre",
    "un d'eux", "une d'elles", "l'un d'eux", "l'une d'elles",
    # `l'un de ses électeurs`, `une de leurs voisines`: one of a group a possessive or a demonstrative names
    *(f"{one} de {determiner}" for one in ("un", "une", "l'un", "l'une")
      for determiner in ("ses", "leurs", "nos", "vos", "mes", "tes", "ces")),
)

# How plural nouns of people end, after a plural determiner (`les pharmaciens`, `des agriculteurs`,
# `les enseignantes`, `les syndicalistes`): a group that can speak, listed or not.
GROUP_NOUN_ENDINGS = ("iens", "iennes", "eurs", "euses", "rices", "ants", "antes", "istes")
# Singular nouns of people: "ce retraité", "cette habitante", "ce cancérologue", "ce riverain".
PERSON_NOUN_ENDINGS = (
    "iste", "ien", "ienne", "eur", "euse", "rice", "ant", "ante", "é", "ée", "aire", "logue", "phile", "ain",
    "aine", "ais", "aise", "ois", "oise",
)

# Singular nouns of people, and how such nouns end (`-euse`), with the gender they tell; "" where they tell
# none (`membre`, `-iste`): a description on one is of a person, of that gender where its determiner tells
# none (`l'acquéreuse`, `l'instituteur`, `son avocate`). Only endings that make nouns of people far more
# than of things: not `-é`, `-aire`, `-aine` (`le côté`, `l'affaire`, `son domaine`), nor `-eur` alone
# (`l'ampleur`), `-ien` alone (`l'entretien`), `-ier` (`le dossier`): such people's nouns are listed whole.
PERSON_NOUN_GENDERS = {
    "-euse": "f", "-rice": "f", "-ienne": "f", "-éenne": "f", "-ante": "f", "-teur": "m", "-sseur": "m",
    "-icien": "m", "-éen": "m", "-ant": "m", "-iste": "", "-yste": "", "-aste": "", "-logue": "", "-phile": "",
    "membre": "", "enfant": "", "élève": "", "adulte": "", "jeune": "", "otage": "", "bénévole": "", "collègue": "",
    "banquier": "m", "banquière": "f", "ouvrier": "m", "ouvrière": "f", "cuisinier": "m", "cuisinière": "f",
    "fermier": "m", "fermière": "f", "épicier": "m", "épicière": "f", "caissier": "m", "caissière": "f",
    "hôtelier": "m", "hôtelière": "f", "douanier": "m", "douanière": "f", "écolier": "m", "écolière": "f",
    "prisonnier": "m", "prisonnière": "f", "héritier": "m", "héritière": "f", "officier": "m",
    "conférencier": "m", "conférencière": "f", "couturier": "m", "couturière": "f", "jardinier": "m",
    "jardinière": "f", "boucher": "m", "bouchère": "f", "boulanger": "m", "boulangère": "f", "passager": "m",
    "passagère": "f", "berger": "m", "bergère": "f", "cavalier": "m", "cavalière": "f", "routier": "m",
    "acquéreur": "m", "entrepreneur": "m", "employeur": "m", "éleveur": "m", "coureur": "m", "vendeur": "m",
    "voyageur": "m", "pêcheur": "m", "promeneur": "m", "supporteur": "m",
    "universitaire": "", "actionnaire": "", "émissaire": "", "adversaire": "", "fonctionnaire": "",
    "propriétaire": "", "locataire": "", "gestionnaire": "", "stagiaire": "", "volontaire": "", "notaire": "",
    "signataire": "", "bibliothécaire": "", "vétérinaire": "", "dignitaire": "", "milliardaire": "",
    "employé": "m", "employée": "f", "retraité": "m", "retraitée": "f", "réfugié": "m", "réfugiée": "f",
    "blessé": "m", "blessée": "f", "attaché": "m", "attachée": "f", "interpellé": "m", "interpellée": "f",
    "invité": "m", "invitée": "f", "envoyé": "m", "envoyée": "f", "condamné": "m", "condamnée": "f",
    "rescapé": "m", "rescapée": "f", "naufragé": "m", "naufragée": "f", "associé": "m", "associée": "f", "licencié": "m", "licenciée": "f",
    "immigré": "m", "immigrée": "f", "exilé": "m", "exilée": "f", "sinistré": "m", "sinistrée": "f",
    "détenu": "m", "détenue": "f", "inconnu": "m", "inconnue": "f",
    "client": "m", "cliente": "f", "patient": "m", "patiente": "f", "usager": "m", "usagère": "f", "piéton": "m",
    "piétonne": "f", "riverain": "m", "riveraine": "f", "vacancier": "m", "vacancière": "f", "collégien": "m",
    "collégienne": "f", "parent": "", "parente": "f", "veuf": "m", "veuve": "f", "suspect": "m", "suspecte": "f", "fan": "",
    "supporter": "m", "sans-abri": "", "ami": "m", "amie": "f", "voisin": "m", "voisine": "f", "camarade": "",
    "copain": "m", "copine": "f", "compatriote": "", "sage-femme": "", "chauffeur": "m", "livreur": "m", "serveur": "m",
    "contrôleur": "m",
    "demandeur": "m", "cheminot": "m", "cheminote": "f", "artisan": "m", "hôtesse": "f", "steward": "m",
    "chômeur": "m", "danseur": "m", "nageur": "m", "skieur": "m", "plongeur": "m", "randonneur": "m",
    "benjamin": "m", "benjamine": "f", "doyen": "m", "doyenne": "f",
}

ROLE_OPENERS = ("ancien", "ancienne", "ex", "chargé", "chargée", "nouveau", "nouvelle", "actuel", "actuelle")

# Words that may come before a role noun in a title: "ancien ministre", "haut commissaire".
ROLE_MODIFIERS = (
    "ancien", "ancienne", "ex", "nouveau", "nouvel", "nouvelle", "futur", "future", "premier", "première", "haut",
    "haute", "vice", "grand", "grande", "actuel", "actuelle", "jeune", "célèbre", "influent", "influente", "puissant",
    "puissante", "éminent", "éminente", "autre", "petit", "petite", "vieux", "vieil", "vieille", "très",
    # ordinals written in figures: `la 1re adjointe`, `le 2e vice-président`
    "1er", "1re", "1ère", "1ere", "2nd", "2nde",
    *(f"{n}{ending}" for n in range(2, 21) for ending in ("e", "ème", "eme")),
)

# A role before a name takes its determiner (`le ministre X`): none is read bare.
BARE_ROLE_WORDS = 0
# The words that qualify a role come after it (`la porte-parole de la mairie`), but for ROLE_MODIFIERS.
ROLE_NOUN_LAST = False

# Phrases that qualify a role after its noun, inside the description (`le président par intérim des Républicains`).
ROLE_QUALIFIERS = ("par intérim", "en exercice", "en fonction", "en fonctions", "en poste", "en titre")

# Words a role never ends with: a description cut inside a clause ("le procureur de").
ROLE_DANGLING_WORDS = (
    "de", "du", "des", "d'", "a", "à", "au", "aux", "la", "le", "les", "l'", "et", "ou", "en", "est", "s'est", "qui",
    "que", "dont", "par", "pour", "sur",
)

# Words that show a description is a piece of a sentence rather than a title.
CLAUSE_MARKERS = (
    "a", "ai", "as", "ont", "est", "sont", "était", "avait", "avaient", "sera", "serait", "ne", "n'", "s'est", "se",
    "qui", "que", "lorsque", "quand", "dont", "mais", "car", "selon", "pour", "avoir", "être",
)

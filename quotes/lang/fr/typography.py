"""French typography: quote marks as newsrooms type them, abbreviations, page furniture."""

# Abbreviations whose full stop does not end a sentence ("M. Trump", "Mme Denysova").
ABBREVIATIONS = ("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mgr", "cf", "etc", "av", "j.-c")

# Opening mark -> closing mark. Straight double quotes are handled on their own.
# A tuple gives the closing marks of a pair read only where its marks hug the words they enclose
# (no space inside), and only closed within a paragraph: marks that are also apostrophes or the
# other pair's closers, as newsrooms type them. Guillemets turned round, German and Swiss style
# (`»On ne lâchera rien«`); doubled apostrophes standing for double quotes (`''Nous reviendrons''`);
# single quotes (`'Pourquoi ?'`, `‘Pourquoi ?’`), never the apostrophe of `l'État` or `Vélib'`; a wire's plus signs
# round words quoted inside a quotation (`+ça suffit+`), never `+3 %` nor `Canal+`.
QUOTE_PAIRS = {
    "«": "»", "“": "”", "„": "“", "‹": "›",
    "»": ("«",), "›": ("‹",),
    "''": ("''", "’’"), "’’": ("’’", "''"), "‘‘": ("’’", "''"),
    "'": ("'", "’", '"'), "‘": ("’", "'", '"'),
    "+": ("+",),  # a wire's marks for words quoted inside a quotation: `« Il m'a dit +ça suffit+ »`
}

# Page furniture run into the text, never a speaker: "Lire aussi : « … »" is a link to another story.
PAGE_FURNITURE = (
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi", "a voir aussi",
    "à regarder", "a regarder", "regarder aussi", "à écouter", "a écouter", "écouter aussi",
    "à ne pas manquer", "a ne pas manquer", "à lire", "a lire", "à voir", "a voir", "vidéo", "photo", "photos",
    "en images", "sur le même sujet", "notre dossier", "mise à jour",
)

# Nouns that label what follows their colon, alone before it (`Objectif : « … »`, `Bilan : …`): never a speaker.
LABEL_NOUNS = (
    "objectif", "but", "résultat", "bilan", "conclusion", "problème", "question", "motif", "raison", "conséquence",
    "enjeu", "ambition", "consigne", "verdict", "explication", "devise", "slogan", "credo", "leitmotiv", "mission",
    "hypothèse", "certitude", "constat", "priorité", "piste", "argument", "exigence", "revendication",
)

# An interview's answers, each after its question (`Question : … ? Réponse : « … »`, then `Q : … R : « … »`).
ANSWER_LABELS = ("réponse", "reponse", "r")  # (`REPONSE`: a capital written with no accent)
QUESTION_LABELS = ("question", "q")

# Capitals often written without their accent, read as the word they stand for: `A Paris, …`.
UNACCENTED_CAPITALS = {"A": "à"}

"""French pronouns, with the gender and number they mark where they mark one."""

# Subject pronouns: gender, number.
PRONOUNS = {
    "il": ("m", "sg"), "elle": ("f", "sg"), "ils": ("m", "pl"), "elles": ("f", "pl"),
    "on": (None, "sg"), "lui": ("m", "sg"), "eux": ("m", "pl"),
    "celui-ci": ("m", "sg"), "celle-ci": ("f", "sg"), "ceux-ci": ("m", "pl"), "celles-ci": ("f", "pl"),
    "celui-là": ("m", "sg"), "celle-là": ("f", "sg"), "ceux-là": ("m", "pl"), "celles-là": ("f", "pl"),
    "ce dernier": ("m", "sg"), "cette dernière": ("f", "sg"),
    "ces derniers": ("m", "pl"), "ces dernières": ("f", "pl"),
    # `, raconte celui qui a travaillé pour X`: the one the relative clause describes, somebody met before
    "celui qui": ("m", "sg"), "celle qui": ("f", "sg"), "ceux qui": ("m", "pl"), "celles qui": ("f", "pl"),
}

# `il` and `elle` stand for bodies too (`Le parti … Il dénonce`): no pronoun is a person's only.
PERSONAL_PRONOUNS = ()

RELATIVE_PRONOUNS = ("qui",)

# Relative pronouns a preposition governs, besides `qui` (`X, pour laquelle « … »`, `selon lesquels`).
OBLIQUE_RELATIVE_PRONOUNS = ("lequel", "laquelle", "lesquels", "lesquelles")

# Pronouns that mean whoever was named last, subject or not: "Ce dernier a dénoncé …".
LATEST_MENTIONED = (
    "ce dernier", "cette dernière", "ces derniers", "ces dernières", "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
    "celui-là", "celle-là", "ceux-là", "celles-là",
)
# Descriptions of whom the words before were about: when they describe nobody named before, whoever was named last
# (`Le loto de X est visé. Et l'intéressé a réagi`: X).
CONCERNED = ("l'intéressé", "l'intéressée", "les intéressés", "les intéressées")

# Object pronouns written before a verb ("comme le relaye X").
OBJECT_CLITICS = ("le", "la", "les", "l'", "lui", "leur")

# One speaker speaking of themself: a body speaks as `nous`.
FIRST_PERSON_SINGULAR = ("je", "j'", "moi", "me", "m'", "mon", "ma", "mes")

# Subjects that never speak: "cela exposerait à …".
# The impersonal pronoun: nobody in particular ("peut-on lire"), or the body a place names
# ("assure-t-on à Matignon").
IMPERSONAL_PRONOUNS = ("on",)
# The subject of an impersonal passive, inverted after it: "« … », est-il précisé" (nobody in particular).
IMPERSONAL_PASSIVE_SUBJECTS = ("il",)

NOT_SPEAKERS = ("cela", "ça", "ce", "ceci", "c'", "il y", "tout", "rien", "je", "j'", "tu", "nous", "vous")

POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")

# French shows an owner by a preposition (`les avocats de X`), never by an ending.
POSSESSIVE_ENDINGS = ()

REFLEXIVE = ("se", "s'")

NON_SUBJECT_ELISIONS = ("c'", "s'", "n'", "j'", "m'", "t'", "qu'")  # never open a speaker's name

"""English pronouns, with the gender and number they mark where they mark one."""

# Subject pronouns: gender, number. "It" speaks for bodies in English news ("the council said it …") too
# seldom to be worth the errors.
PRONOUNS = {"he": ("m", "sg"), "she": ("f", "sg"), "they": (None, "pl"), "the latter": (None, "sg")}

# Pronouns that stand for a person, never a body (`it` or `they` does): "Acme said … He added" is not Acme.
PERSONAL_PRONOUNS = ("he", "she")

RELATIVE_PRONOUNS = ("who",)

# Relative pronouns a preposition governs (`X, for whom "…"`, `according to whom`).
OBLIQUE_RELATIVE_PRONOUNS = ("whom",)

# Pronouns that mean whoever was named last, subject or not (each also in PRONOUNS): "The latter said …".
LATEST_MENTIONED = ("the latter",)
CONCERNED = ()

OBJECT_CLITICS = ()

# One speaker speaking of themself: a body speaks as `we`.
FIRST_PERSON_SINGULAR = ("i", "i'", "me", "my", "myself")  # (`i'` as in `I'm`)

IMPERSONAL_PRONOUNS = ()
IMPERSONAL_PASSIVE_SUBJECTS = ()

# Subjects that never speak: "it said", "this suggests".
NOT_SPEAKERS = ("it", "this", "that", "there", "what", "which", "everything", "nothing", "i", "we", "you")

REFLEXIVE = ()

POSSESSIVES = ("his", "her", "their", "its")

# The ending of an owner's name: "Mr Roe's lawyers said" → the lawyers, not Mr Roe.
POSSESSIVE_ENDINGS = ("'s", "s'")

NON_SUBJECT_ELISIONS = ()

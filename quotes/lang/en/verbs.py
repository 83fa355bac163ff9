"""English speech-verb lexicon: DATA only, expanded by the generic engine in `quotes.lexicon`.

Lower case, straight apostrophes. An entry is the verb's base form, with fixed words after it when
the cue is a phrase (`point out`, `hit back`); only its first word is conjugated, by the paradigm the
entry is listed under. English has no inversion clitics, no pronominal verbs and no participle
agreement: those keys are empty.
"""

# --- Tokens around the verb -------------------------------------------------------------

ELISIONS = ()
SUBJECT_CLITICS = {}
EPENTHETIC = ""
INVERSION_HYPHEN = "-"
REFLEXIVE_PRONOUNS = ()
PREVERBAL_OBJECT_PRONOUNS = ()
WEAK_PRONOUNS = ()

# --- Auxiliaries -------------------------------------------------------------------------

# Finite forms by tense: (3rd singular, 3rd plural).
AUXILIARIES = {
    "have": {"present": ("has", "have"), "past": ("had", "had")},
    "be": {"present": ("is", "are"), "past": ("was", "were")},
}
NONFINITE_AUXILIARIES = {
    "have": {"present_participle": "having", "infinitive": "have"},
    "be": {"present_participle": "being", "infinitive": "be", "participle": "been"},
}
# Compound tenses take have ("has said"); the passive takes be ("was told", "has been reported").
PERFECT_AUXILIARY = "have"
REFLEXIVE_AUXILIARY = "have"
PASSIVE_AUXILIARY = "be"
PASSIVE_PARTICIPLE = "been"

# --- Conjugation -------------------------------------------------------------------------

PARTICIPLE_AGREEMENT = (("", None, None),)

# A consonant doubled before -ed and -ing: admit -> admitted, quip -> quipped, label -> labelled.
PLACEHOLDERS = {"C": "(?:[bdglmnprt])"}

PARADIGMS = {
    # insist -> insists, insisted, insisting.
    "plain": {
        "suffix": "",
        "finite_sg": ("s", "ed"),
        "finite_pl": ("", "ed"),
        "participle": ("ed",),
        "present_participle": ("ing",),
        "infinitive": ("",),
    },
    # stress -> stresses, stressed.
    "es": {
        "suffix": "",
        "finite_sg": ("es", "ed"),
        "finite_pl": ("", "ed"),
        "participle": ("ed",),
        "present_participle": ("ing",),
        "infinitive": ("",),
    },
    # announce -> announces, announced, announcing.
    "e": {
        "suffix": "e",
        "finite_sg": ("es", "ed"),
        "finite_pl": ("e", "ed"),
        "participle": ("ed",),
        "present_participle": ("ing",),
        "infinitive": ("e",),
    },
    # agree -> agrees, agreed, agreeing.
    "ee": {
        "suffix": "ee",
        "finite_sg": ("ees", "eed"),
        "finite_pl": ("ee", "eed"),
        "participle": ("eed",),
        "present_participle": ("eeing",),
        "infinitive": ("ee",),
    },
    # reply -> replies, replied, replying.
    "y": {
        "suffix": "y",
        "finite_sg": ("ies", "ied"),
        "finite_pl": ("y", "ied"),
        "participle": ("ied",),
        "present_participle": ("ying",),
        "infinitive": ("y",),
    },
    # admit -> admits, admitted, admitting.
    "double": {
        "suffix": "{C}",
        "finite_sg": ("{C}s", "{C}{C}ed"),
        "finite_pl": ("{C}", "{C}{C}ed"),
        "participle": ("{C}{C}ed",),
        "present_participle": ("{C}{C}ing",),
        "infinitive": ("{C}",),
    },
    # say -> says, said, saying.
    "say": {
        "suffix": "ay",
        "finite_sg": ("ays", "aid"),
        "finite_pl": ("ay", "aid"),
        "participle": ("aid",),
        "present_participle": ("aying",),
        "infinitive": ("ay",),
    },
    # tell -> tells, told, telling.
    "tell": {
        "suffix": "tell",
        "finite_sg": ("tells", "told"),
        "finite_pl": ("tell", "told"),
        "participle": ("told",),
        "present_participle": ("telling",),
        "infinitive": ("tell",),
    },
    # write -> writes, wrote, written.
    "write": {
        "suffix": "ite",
        "finite_sg": ("ites", "ote"),
        "finite_pl": ("ite", "ote"),
        "participle": ("itten",),
        "present_participle": ("iting",),
        "infinitive": ("ite",),
    },
    # speak -> speaks, spoke, spoken.
    "speak": {
        "suffix": "eak",
        "finite_sg": ("eaks", "oke"),
        "finite_pl": ("eak", "oke"),
        "participle": ("oken",),
        "present_participle": ("eaking",),
        "infinitive": ("eak",),
    },
    # hit (back) -> hits, hit, hitting.
    "hit": {
        "suffix": "t",
        "finite_sg": ("ts", "t"),
        "finite_pl": ("t",),
        "participle": ("t",),
        "present_participle": ("tting",),
        "infinitive": ("t",),
    },
    # shoot (back) -> shoots, shot.
    "shoot": {
        "suffix": "oot",
        "finite_sg": ("oots", "ot"),
        "finite_pl": ("oot", "ot"),
        "participle": ("ot",),
        "present_participle": ("ooting",),
        "infinitive": ("oot",),
    },
    # Modals: one form each, finite only ("will", "would").
    "modal": {
        "suffix": "",
        "finite_sg": ("",),
        "finite_pl": ("",),
        "participle": (),
        "present_participle": (),
        "infinitive": (),
    },
    # go (on) -> goes, went, gone.
    "go": {
        "suffix": "go",
        "finite_sg": ("goes", "went"),
        "finite_pl": ("go", "went"),
        "participle": ("gone",),
        "present_participle": ("going",),
        "infinitive": ("go",),
    },
}

SPEECH_VERBS = {
    "plain": (
        # saying, stating, answering
        "add", "insist", "explain", "claim", "remark", "assert", "comment", "point out", "report",
        "maintain", "contend", "recount", "mention", "recall", "reveal", "confirm", "affirm", "answer",
        "respond", "retort", "counter", "exclaim", "predict", "suggest", "hint", "detail", "interject",
        "repeat", "reaffirm", "speculate", "reckon", "reflect", "wonder", "inform", "whisper", "mutter",
        # writing and posting
        "tweet", "post", "email",
        # asking, warning, complaining, praising, attacking
        "warn", "caution", "demand", "ask", "request", "plead", "appeal", "complain", "lament", "moan",
        "grumble", "shout", "yell", "scream", "groan", "sigh", "boast", "brag", "vow", "thank", "condemn",
        "attack", "blast", "hail", "defend", "call", "call for", "protest", "rant", "brand", "sneer", "scoff",
    ),
    "es": ("stress", "confess", "express", "dismiss", "vouch", "preach"),
    "e": (
        "announce", "declare", "state", "note", "observe", "argue", "conclude", "concede", "continue",
        "acknowledge", "urge", "describe", "criticise", "criticize", "emphasise", "emphasize", "propose",
        "promise", "pledge", "fire back", "assure", "reassure", "advise", "disclose", "joke", "muse", "quote", "reiterate",
        "indicate", "believe", "welcome", "praise", "accuse", "apologise", "apologize", "recognise",
        "recognize", "surmise", "rage", "fume", "whine", "tease", "underline", "summarise",
        "summarize", "deplore",
    ),
    "ee": ("agree", "disagree"),
    "y": ("reply", "cry", "testify", "deny", "clarify", "query", "decry"),
    "double": ("admit", "quip", "snap", "slam", "label", "regret", "blog"),
    "say": ("say",),
    "tell": ("tell",),
    "write": ("write",),
    "speak": ("speak",),
    "hit": ("hit back", "hit out"),
    "shoot": ("shoot back",),
}

PASSIVE_CUES = ("say", "tell", "write", "announce", "report", "state", "quote", "describe", "note")

# Verbs that attribute words only after them ("…," she continued): before a quotation they take an object.
INVERTED_ONLY = ("continue",)

# Forms that are mostly nouns ("a tweet", "the post", "a report"): cues only marked, after an auxiliary or
# as a verb before a colon.
MARKED_ONLY = ()
MARKED_FORMS = (
    "tweet", "tweets", "post", "posts", "report", "reports", "claim", "comment", "comments", "call", "calls",
    "answer", "answers", "demand", "demands", "request", "requests", "appeal", "appeals", "email", "emails",
    "blog", "blogs", "note", "notes", "joke", "jokes", "quote", "quotes", "attack", "attacks", "thanks",
    "reply", "replies", "vow", "vows", "pledge", "pledges", "promise", "promises", "sigh", "shout", "shouts",
    "protest", "protests", "rant", "cry", "cries", "welcome", "counter", "state", "states", "hail", "brand",
    "brands", "label", "labels", "snap", "slam", "regret", "regrets", "stress", "repeat", "detail", "details",
    "hint", "hints", "moan", "groan", "boast", "defend", "request", "blast", "blasts", "query", "whisper",
)
VERBS_BEFORE_COLON = ("tweet", "tweets", "post", "posts", "report", "reports", "reply", "replies", "quote")
COLON = ":"
NOUN_MARKERS = ("a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "in", "of", "on")

PREPOSITIONAL_CUES = {}
NOT_CUES_BEFORE = {}

# "was quoted as saying": the subject said it; not the passive of quote.
INVARIABLE_CUES = {
    "was quoted as saying": ("finite", "quoted"),
    "were quoted as saying": ("finite", "quoted"),
    "is quoted as saying": ("finite", "quoted"),
    "is reported to have said": ("finite", "reported"),
    "was reported to have said": ("finite", "reported"),
}

# Verbs that introduce a speech verb in the infinitive, with the words joining them to it.
SEMI_AUXILIARIES = {
    "modal": {
        "will": ("",), "would": ("",), "could": ("",), "can": ("",), "should": ("",), "might": ("",),
        "must": ("",),
    },
    "go": {"go on": ("to",)},
    "plain": {"want": ("to",)},
    "e": {"refuse": ("to",), "continue": ("to",)},
    "y": {"try": ("to",)},
}
CONTROL_VERBS = {}  # (an English subject ends at its verb's agreement, not at `to`)
MODAL_VERBS = ("will", "would", "could", "can", "should", "might", "must")
ALLER_FORMS = ()
NEGATED_SEMI_AUXILIARIES = {}
NEGATION = ()
NEGATION_ADVERBS = ()
PERCEPTION_VERBS = {"plain": ("hear",)}

# --- Adverbs -----------------------------------------------------------------------------

# Adverbial phrases of somebody's turn (`said, for his part, X`): X is not who spoke just before.
TURN_ADVERBS = ("for his part", "for her part", "for their part", "in turn", "in response")

# Allowed inside a verb group ("has also said") and right after it ("said on Monday").
ADVERBS = (
    "also", "later", "previously", "earlier", "then", "now", "again", "too", "once", "recently",
    "yesterday", "today", "tonight", "simply", "publicly", "repeatedly", "previously", "quickly", "immediately",
    "firmly", "clearly", "openly", "bluntly", "frankly", "angrily", "calmly", "proudly", "simply", "only",
    "further", "already", "still", "subsequently", "separately", "however", "at the time", "last week",
    "last month", "last year", "this week", "this month", "this year", "on monday", "on tuesday",
    "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "last night", "this morning",
    "this afternoon", "this evening", "in a statement", "in a tweet", "in an interview", "in a post",
    "in a letter", "at a press conference", "at the weekend", "at the time",
)
STRESSED_PRONOUNS = ()
ADVERB_BLOCKERS = ("that", "when", "if", "as")
INTENSIFIERS = ("very", "more", "most", "quite")
GRADING_ADVERBS = ("very",)  # (not `most`: `most said`)

# "-ing" after an object leans on the clause's subject: "criticised the government saying it had …".
PARTICIPLE_DESCRIBES_NOUN_BEFORE = False

# After a quotation the subject comes before its verb as often as after it: `"…," she said`.
SUBJECT_BEFORE_CUE_AFTER_QUOTE = True

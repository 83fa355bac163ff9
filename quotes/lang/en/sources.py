"""How English news introduces a source: `according to X`, documents and people that speak for others."""

# Documents that speak for their authors: "according to a statement from the council" → the council. Not a
# spokesperson: "a spokesman for the council" is who speaks.
SOURCE_DOCUMENTS = (
    "statement", "letter", "tweet", "post", "message", "report", "note", "interview", "document", "email", "memo",
)
# What a source found out: it speaks for whom it names after `of` and for the agent of any participle after it
# (`according to information obtained by the BBC`).
FINDINGS = ("information", "data", "figures")

# Speech verbs that go on with the words of the one who just spoke.
REPLYING_CUES = ("reply", "respond", "retort", "counter", "hit back")
CONTINUING_CUES = ("add", "continue", "go on", "conclude", "insist")
ASKING_VERBS = ("ask",)
QUESTION_CUES = ("ask", "inquire", "query")
ANSWER_OPENERS = ("yes", "no", "absolutely", "never", "of course", "not at all", "certainly")

# The person a body speaks through.
VOICE_OF = ("through its spokesman", "through its spokeswoman", "through its spokesperson")

# Nouns of something said: `"…" The attack by X on Y came …`.
SPEECH_NOUNS = ("attack", "remarks", "comments", "words", "plea", "claim", "statement", "response", "outburst")

# Those who speak for a body without a name of their own.
SOURCE_PEOPLE = ("source", "sources", "aide", "aides", "insider", "insiders")
# Words that make one of them the source who spoke last (`the same source`, `this source`).
SOURCE_ANAPHORS = ("this", "these", "same")

CITING_PHRASES = ("citing", "quoting")
WITNESS_NOUNS = ("journalist", "journalists", "correspondent", "correspondents", "photographer", "photographers", "reporter", "reporters")
WITNESS_CUES = ("witness", "observe")
ACCORDING_TO = ("according to",)

FOR = ()

# Words linking a quote to a cue that follows it: "…", as the minister put it.
AFTER_QUOTE_LINKS = ()
WORDING_LINKS = ()
WORDING_SUBJECTS = ("these words", "those words", "this phrase", "this remark", "these remarks", "the remark", "this message")
WORDING_OWNERS = ("those were the words of", "such were the words of")

PLACE_OF_SPEAKER = ()

NARRATIVE_INFINITIVE = ()

PURPOSE_OPENERS = ()

SEQUEL_OPENERS = ("before",)  # "“…,” said X before adding: …"

# Verbs by which a medium relays what somebody else said (`X demanded "…", the BBC reported`).
RELAYING_CUES = ("report",)
RELAYING_OPENERS = ()  # (`as X reported`: the subject before its verb, no object pronoun between)
VOICE_PHRASES = ()  # (`through its spokesman X`: `through` sets off too many other things to tell)

READING_CUES = ()
PLACES_OF_WRITING = ()

# `charged with "…"`: rarely a charge is quoted in English news; none read as one.
CHARGE_WORDS = ()
CHARGE_PREPOSITIONS = ()

SIGN_NOUNS = ("banner", "banners", "placard", "placards", "sign", "signs", "poster", "posters", "t-shirt", "t-shirts")

# A document's author after it: "an email from the operators said" → the operators; "A statement said": the
# body that spoke last.
DOCUMENT_AUTHOR_PREPOSITIONS = ("from", "by")

# Past participles telling how a source was reached: `a neighbour interviewed by the BBC`.
SOURCE_PARTICIPLES = ("interviewed", "quoted", "contacted", "asked", "questioned", "cited", "seen", "obtained")

NAMING_AFTER_REFLEXIVE = ()

# Naming words: a quotation right after them is a name, not somebody's words.
NAMING_WORDS = (
    "called", "named", "dubbed", "nicknamed", "entitled", "labelled", "branded", "so-called",
    "hashtag", "slogan", "campaign", "film", "series", "book", "album", "song", "programme", "show", "term",
    "word", "phrase", "term", "operation", "project", "plan", "movement", "app", "brand", "known as",
)
# (not `called`, `branded`: somebody's words too, `what it called "all fake news"`)
NAMING_PARTICIPLES = ("dubbed", "nicknamed", "entitled")

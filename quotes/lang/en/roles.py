"""Titles, roles and kinds of speaker in English: what a description of a person, a body or a group is built on."""

# Civil titles written before a name, and their gender; with and without their full stop.
CIVIL_TITLES = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "mx": None,
    "dr": None, "dr.": None, "prof": None, "prof.": None, "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "baroness": "f", "baron": "m", "countess": "f", "viscountess": "f", "viscount": "m",
    "rev": None, "rev.": None, "cllr": None,
}

# Ranks written before a surname alone, as a civil title is (capitalised, a rank opens the name's run: `General Smith`).
RANKS = ("general", "colonel", "major", "captain", "lieutenant", "admiral", "sergeant", "commander")

# Civil titles that tell a profession: `Cllr X`, whom `the councillor` then means.
CIVIL_TITLE_ROLES = {"cllr": ("the councillor", "the councillor")}

AGE_WORDS = ("years", "year-old")

# Nouns naming what a person is (a role), by gender: "m", "f", or None when both.
ROLE_NOUNS = {
    "president": None, "vice-president": None, "vice president": None, "prime minister": None,
    "minister": None, "secretary": None, "foreign secretary": None, "home secretary": None,
    "health secretary": None, "chancellor": None, "senator": None, "sen": None,
    "representative": None, "rep": None, "congressman": "m", "congresswoman": "f", "governor": None,
    "gov": None, "mayor": None, "councillor": None, "mp": None, "mep": None, "msp": None, "peer": None,
    "leader": None, "deputy leader": None, "chairman": "m", "chairwoman": "f", "chair": None,
    "chairperson": None, "chief executive": None, "chief": None, "executive": None, "ceo": None,
    "director": None, "manager": None, "head": None, "boss": None, "founder": None, "co-founder": None,
    "owner": None, "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "official": None,
    "officer": None, "commissioner": None, "ambassador": None, "diplomat": None, "envoy": None,
    "lawyer": None, "attorney": None, "solicitor": None, "barrister": None, "judge": None, "prosecutor": None,
    "general": None, "colonel": None, "captain": None, "commander": None, "sergeant": None, "lieutenant": None,
    "inspector": None, "superintendent": None, "constable": None, "detective": None, "police officer": None,
    "professor": None, "doctor": None, "scientist": None, "researcher": None, "expert": None,
    "economist": None, "analyst": None, "historian": None, "academic": None, "lecturer": None, "teacher": None,
    "headteacher": None, "student": None, "pupil": None, "nurse": None, "surgeon": None, "consultant": None,
    "journalist": None, "reporter": None, "correspondent": None, "editor": None, "presenter": None,
    "host": None, "broadcaster": None, "columnist": None, "author": None, "novelist": None,
    "poet": None, "singer": None, "actor": None, "actress": "f", "star": None, "artist": None, "musician": None,
    "rapper": None, "dj": None, "comedian": None, "director-general": None, "producer": None, "designer": None,
    "coach": None, "player": None, "striker": None, "midfielder": None,
    "defender": None, "goalkeeper": None, "forward": None, "winger": None, "driver": None, "rider": None,
    "athlete": None, "champion": None, "diver": None, "swimmer": None, "boxer": None, "cyclist": None,
    "runner": None, "sprinter": None, "footballer": None, "cricketer": None, "golfer": None, "bowler": None,
    "batsman": "m", "referee": None, "candidate": None, "campaigner": None, "activist": None, "protester": None,
    "organiser": None, "organizer": None, "volunteer": None, "worker": None, "employee": None, "engineer": None,
    "farmer": None, "resident": None, "neighbour": None, "witness": None, "victim": None, "survivor": None,
    "father": "m", "mother": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "husband": "m",
    "wife": "f", "partner": None, "friend": None, "man": "m", "woman": "f", "boy": "m", "girl": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f", "pope": "m",
    "bishop": None, "archbishop": None, "priest": None, "imam": "m", "rabbi": None, "vicar": None,
    "pilot": None, "adviser": None, "advisor": None, "aide": None,
    "strategist": None, "pollster": None, "member": None, "chief constable": None,
    "general secretary": None, "secretary general": None, "secretary-general": None, "speaker": None,
    "whip": None, "backbencher": None, "shadow chancellor": None, "first minister": None, "taoiseach": None,
    "premier": None, "fan": None, "supporter": None, "user": None, "psychologist": None, "psychiatrist": None, "paramedic": None, "firefighter": None, "soldier": None,
    "veteran": None, "campaign director": None, "chief medical officer": None, "medical director": None,
    "head coach": None, "entrepreneur": None, "investor": None,
    "businessman": "m", "businesswoman": "f", "developer": None, "landlord": None, "tenant": None,
    "shopkeeper": None, "chef": None, "curator": None, "principal": None, "dean": None, "vice-chancellor": None,
    "physicist": None, "biologist": None, "virologist": None, "epidemiologist": None, "chemist": None,
    "pharmacist": None, "dentist": None, "gp": None, "midwife": "f", "carer": None, "parent": None,
    "participant": None, "gamer": None, "youtuber": None, "influencer": None, "blogger": None, "vlogger": None,
    "streamer": None, "podcaster": None, "contestant": None, "competitor": None, 
    "watcher": None, "trader": None, "broker": None, "banker": None, "accountant": None, "architect": None,
}

UNIQUE_OFFICES = ("president", "prime minister", "pope", "king", "queen")
# English writes the domain before the role (`Health Secretary Jane Doe`): none after a preposition.
PORTFOLIOS = ()
CANDIDACY_ROLES = ("candidate", "contender", "hopeful")
ANY_PERSON_NOUNS = ("man", "woman", "lady")  # no role: `X, a mother of two, …`, then `the woman` is X
KIN_NOUNS = (  # a tie to another person: `X was unarmed. "…", said the father`: X's father
    "father", "mother", "dad", "mum", "mom", "son", "daughter", "brother", "sister", "husband", "wife", "widow",
    "widower", "grandfather", "grandmother", "uncle", "aunt", "cousin", "nephew", "niece", "partner",
)
KIN_AFTER_POSSESSIVE = ("child", "grandson", "granddaughter")
BODY_OFFICES = ("chairman", "chairwoman", "chair", "president", "leader", "head", "founder", "co-founder", "general secretary")

ROLE_HYPERNYMS = {
    "lawmaker": ("mp", "senator", "congressman", "congresswoman", "representative"),
    "legislator": ("mp", "senator", "congressman", "congresswoman", "representative"),
}
ROLE_EPITHETS = {}

# Words capitalised inside titles ("Prime Minister", "Foreign Secretary"): never the start of a name.
TITLE_ADJECTIVES = ("prime", "deputy", "chief", "foreign", "home", "shadow", "first", "vice", "acting", "former")

FORMER_PREFIXES = ("ex-",)
FORMER_WORDS = {"former": None, "late": None}
MODIFIER_GENDERS = {}  # English adjectives tell no gender

# Words that may open a role without a determiner: "former minister Jane Doe".
ROLE_OPENERS = ("former", "ex", "acting", "deputy", "interim", "chief", "senior", "junior", "outgoing")

DEMONYMS = {}
# Adjectives of a political camp: `the Republican candidate` is not whom the text called `the Democratic candidate`.
PARTY_ADJECTIVES = ("republican", "democratic", "democrat", "conservative", "labour", "liberal", "socialist", "green")
# A party's members as nouns (`the Democrat`): a description, never a name; no gender told.
PARTY_MEMBER_NOUNS = {"democrat": None, "republican": None, "tory": None}

FIXED_GENDER_NOUNS = ()

# Nouns of a kind of place: an apposition built on one (`a teacher from Aiquile, a town in the centre`)
# describes the place, not the speaker.
PLACE_KIND_NOUNS = (
    "town", "city", "village", "hamlet", "region", "province", "county", "district", "suburb", "neighbourhood",
    "island", "country", "capital", "territory", "state",
)

ORGANISATION_NOUNS = (
    "government", "ministry", "department", "police", "council", "party", "company", "firm", "group", "union",
    "association", "charity", "organisation", "organization", "agency", "committee", "commission", "court",
    "office", "service", "authority", "board", "club", "team", "school", "university", "hospital", "trust",
    "bank", "army", "navy", "embassy", "foundation", "institute", "federation", "campaign", "coalition",
    "newspaper", "channel", "network", "website", "department", "spokesperson", "nhs", "bbc", "fifa", "uefa",
    "un", "nato", "who", "eu", "downing street", "white house", "kremlin", "pentagon", "home office",
    "foreign office", "treasury", "opposition", "regulator", "watchdog", "force", "band", "label", "studio", "league",
)

BODY_KIND_NOUNS = (
    "company", "firm", "group", "union", "association", "charity", "organisation", "organization", "agency",
    "club", "team", "party", "newspaper", "channel", "network", "website", "bank", "foundation", "institute",
    "regulator", "watchdog", "retailer", "airline", "broadcaster", "council", "studio", "band",
)

# Nouns of a medium: a body so described is where somebody spoke, not who a pronoun then means.
MEDIUM_NOUNS = ("newspaper", "paper", "daily", "magazine", "channel", "broadcaster", "station", "website", "outlet")

COLLECTIVE_NOUNS = ("dozen", "dozens", "hundreds", "thousands", "handful", "crowd", "majority", "minority")

GROUP_NOUNS = (
    "police", "officials", "authorities", "residents", "campaigners", "protesters", "activists", "experts",
    "scientists", "researchers", "doctors", "nurses", "teachers", "parents", "families", "fans", "supporters",
    "witnesses", "organisers", "organizers", "ministers", "mps", "leaders", "critics", "investigators",
    "prosecutors", "lawyers", "workers", "staff", "students", "players", "sources", "analysts", "locals",
    "neighbours", "unions", "members", "villagers", "doctors", "paramedics", "officers", "detectives",
)

ONE_OF = ("one of",)

GROUP_NOUN_ENDINGS = ("ers", "ists", "ians", "ants", "ents")
# A demonstrative on a role noun already points back (`this teacher`); no ending is safe enough to add to them.
PERSON_NOUN_ENDINGS = ()
# Nouns of people and how they end, with the gender they tell: "a policewoman" (the determiner tells none).
PERSON_NOUN_GENDERS = {"-woman": "f", "-man": "m"}

# Words that may come before a role noun in a title: "former minister", "deputy leader".
ROLE_MODIFIERS = (
    "former", "ex", "deputy", "acting", "interim", "chief", "senior", "junior", "assistant", "vice",
    "prime", "foreign", "home", "shadow", "first", "outgoing", "incoming", "executive", "managing", "general",
    "head", "lead", "principal", "regional", "national", "party", "opposition", "team", "club",
    "health", "finance", "education", "defence", "defense", "justice", "culture", "transport", "environment",
    "economy", "interior", "energy", "trade", "labour", "conservative", "tory", "liberal", "democratic",
    "republican", "green", "snp", "us", "uk", "british", "american", "french", "german", "russian",
    "ukrainian", "chinese", "irish", "scottish", "welsh", "english", "european", "australian", "indian",
)

# A role may stand bare before a name, after the words that qualify it: `technology analyst Jane Doe`,
# `participant Jane Doe`, `senior party official Jane Doe`.
BARE_ROLE_WORDS = 3
# The words that qualify a role come before it, nouns too: `a regional water board spokeswoman`, `the council leader`.
ROLE_NOUN_LAST = True

# Phrases that qualify a role after its noun, inside the description (`the president ad interim of`).
ROLE_QUALIFIERS = ("ad interim", "in office")

# Words a role never ends with: a description cut inside a clause ("the head of").
ROLE_DANGLING_WORDS = ("of", "the", "a", "an", "and", "or", "for", "to", "in", "at", "on", "by", "who", "that", "is", "was", "has")

# Words that show a description is a piece of a sentence rather than a title.
CLAUSE_MARKERS = (
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "who", "which", "that",
    "when", "but", "because", "if", "not",
)

"""What a language defines: every value the engines read, its type and what it is for.

Words and phrases are written in lower case with straight apostrophes; the examples are French, the
first language. A language's data package must define every key below and nothing else
(`check`), so that a missing or misspelt value is an error when the language is read, never a
silently wrong speaker.
"""

from __future__ import annotations

KEYS: dict[str, tuple[type, str]] = {
    "CODE": (str, "the language's code (`fr`)"),
    # --- speech verbs and the tokens around them (the lexicon engine's data)
    "ELISIONS": (tuple, "elided words split off the next word (`l'AFP` → `l'` + `AFP`)"),
    "SUBJECT_CLITICS": (dict, "subject pronouns of an inversion (`a-t-il dit`) → (gender, number)"),
    "EPENTHETIC": (str, "the euphonic consonant of an inversion (`a-t-il`)"),
    "INVERSION_HYPHEN": (str, "the hyphen that ties an inverted clitic to its verb"),
    "REFLEXIVE_PRONOUNS": (tuple, "pronouns that make a verb pronominal (`s'alarmer`)"),
    "PREVERBAL_OBJECT_PRONOUNS": (tuple, "object pronouns allowed before a verb group (`lui a dit`)"),
    "WEAK_PRONOUNS": (tuple, "pronouns that are also articles or prepositions: a group they open needs an auxiliary or an inverted subject"),
    "AUXILIARIES": (dict, "auxiliary → tense → (3rd singular, 3rd plural) finite forms"),
    "NONFINITE_AUXILIARIES": (dict, "auxiliary → non-finite forms by mood (`ayant déclaré`)"),
    "PERFECT_AUXILIARY": (str, "the auxiliary of compound tenses"),
    "REFLEXIVE_AUXILIARY": (str, "the auxiliary of pronominal verbs' compound tenses"),
    "PASSIVE_AUXILIARY": (str, "the auxiliary of the passive"),
    "PASSIVE_PARTICIPLE": (str, "the passive auxiliary's participle (`a été annoncé`)"),
    "PARTICIPLE_AGREEMENT": (tuple, "agreement endings of the past participle: (ending, gender, number)"),
    "PLACEHOLDERS": (dict, "placeholder of a paradigm → the regular expression it stands for"),
    "PARADIGMS": (dict, "conjugation paradigms: the ending an infinitive drops and the endings of each form"),
    "SPEECH_VERBS": (dict, "paradigm → the verbs and phrases that attribute words, writings and opinions"),
    "PASSIVE_CUES": (tuple, "verbs whose passive still introduces the words said (`est-il précisé`)"),
    "INVERTED_ONLY": (tuple, "verbs that attribute words only inverted after them (`poursuit-il`)"),
    "MARKED_ONLY": (tuple, "verbs that are cues only with a mark of a verb group (auxiliary, clitic, inversion)"),
    "MARKED_FORMS": (tuple, "single forms that are cues only so marked (mostly nouns or prepositions)"),
    "VERBS_BEFORE_COLON": (tuple, "marked forms that are verbs all the same right before a colon (`Libération titre : « … »`)"),
    "COLON": (str, "the colon that introduces a quotation"),
    "NOUN_MARKERS": (tuple, "words before a form that make it a noun (`sous le titre`)"),
    "PREPOSITIONAL_CUES": (dict, "verb → the prepositions it is a cue with only (`parler de`)"),
    "INVARIABLE_CUES": (dict, "phrases that work as a speech verb without conjugating (`aux cris de`) → (mood, the word they are found by)"),
    "SEMI_AUXILIARIES": (dict, "paradigm → verbs that introduce a speech verb in the infinitive, with their linking words (`tient à préciser`)"),
    "MODAL_VERBS": (tuple, "verbs that open a verb group of their own before an infinitive (`doit partir`)"),
    "ALLER_FORMS": (tuple, "the finite forms of the irregular modal `aller`"),
    "NEGATED_SEMI_AUXILIARIES": (dict, "paradigm → semi-auxiliaries that introduce speech only negated (`n'hésite pas à dénoncer`)"),
    "NEGATION": (tuple, "the negation particles before a verb"),
    "NEGATION_ADVERBS": (tuple, "the negation adverbs after a verb"),
    "PERCEPTION_VERBS": (dict, "paradigm → verbs of perception whose object speaks (`a entendu X crier`)"),
    "ADVERBS": (tuple, "adverbs and adverbial phrases allowed inside and right after a verb group"),
    "STRESSED_PRONOUNS": (tuple, "stressed pronouns allowed between auxiliary and participle (`a, lui, estimé`)"),
    "ADVERB_BLOCKERS": (tuple, "words after which a trailing adverb opens a new clause (`alors que`)"),
    "INTENSIFIERS": (tuple, "words that modify an adverb (`très clairement`)"),
    "SUBJECT_BEFORE_CUE_AFTER_QUOTE": (bool, "whether a subject may stand before its speech verb after a quotation (`\"…,\" she said`)"),
    # --- typography
    "QUOTE_PAIRS": (dict, "opening mark → closing mark, or a tuple of closing marks for a pair read only where it hugs its words"),
    "ABBREVIATIONS": (tuple, "abbreviations whose full stop ends no sentence (`M.`, `Mme`)"),
    "PAGE_FURNITURE": (tuple, "page furniture run into the text, never a speaker (`lire aussi`)"),
    "UNACCENTED_CAPITALS": (dict, "capitals written without their accent → the word they stand for (`A` → `à`)"),
    # --- sources
    "ACCORDING_TO": (tuple, "phrases that introduce a source on either side of a quotation (`selon`)"),
    "FOR": (tuple, "prepositions that attribute an opinion when they open a sentence (`Pour X, « … »`)"),
    "AFTER_QUOTE_LINKS": (tuple, "phrases linking a quotation to a later cue (`voilà comment`)"),
    "PLACE_OF_SPEAKER": (tuple, "prepositions of the place an impersonal subject speaks from (`fait-on valoir à Matignon`)"),
    "SOURCE_DOCUMENTS": (tuple, "documents that speak for their authors (`un communiqué de la préfecture`)"),
    "SOURCE_PEOPLE": (tuple, "those who speak for a body without a name of their own (`l'entourage`)"),
    "SOURCE_PARTICIPLES": (tuple, "participles telling how a source was reached (`interrogé par`)"),
    "DOCUMENT_AUTHOR_PREPOSITIONS": (tuple, "prepositions naming a document's author in the speaker's mention (`a letter from the council`: the council); where there are some, a document with no author named (`a statement`) speaks for the body that spoke last; none: the mention is kept"),
    "RELAYING_CUES": (tuple, "verbs by which a medium relays somebody else's words (`rapporter`)"),
    "READING_CUES": (tuple, "verbs of reading: the words read are a sign's (`lisait-on`)"),
    "SIGN_NOUNS": (tuple, "things words are read on (`banderole`)"),
    "NARRATIVE_INFINITIVE": (tuple, "what links a subject to a narrative infinitive (`Et X de renchérir`)"),
    "PURPOSE_OPENERS": (tuple, "phrases before an infinitive that says the subject speaks to that end (`pour réclamer`)"),
    "NAMING_AFTER_REFLEXIVE": (tuple, "naming verb forms after a reflexive pronoun (`s'appelle`): a quotation after them is a name"),
    "NAMING_WORDS": (tuple, "naming words: a quotation right after them is a name (`baptisé`)"),
    # --- pronouns
    "PRONOUNS": (dict, "subject and stressed pronouns → (gender, number)"),
    "PERSONAL_PRONOUNS": (tuple, "pronouns of PRONOUNS that stand for a person only, never for a body (`he`); none where they may (`il` for a party)"),
    "RELATIVE_PRONOUNS": (tuple, "relative pronouns that are a subject (`qui`)"),
    "LATEST_MENTIONED": (tuple, "pronouns that mean whoever was named last (`ce dernier`)"),
    "OBJECT_CLITICS": (tuple, "third-person object pronouns written before a verb (`comme le relaye X`)"),
    "IMPERSONAL_PRONOUNS": (tuple, "the impersonal subject: nobody in particular, or the body a place names (`on`)"),
    "IMPERSONAL_PASSIVE_SUBJECTS": (tuple, "the subject of an impersonal passive inverted after it (`est-il précisé`): it stands for what IMPERSONAL_PRONOUNS do"),
    "NOT_SPEAKERS": (tuple, "subjects that never speak (`cela`)"),
    "REFLEXIVE": (tuple, "reflexive pronouns before a verb (`se`)"),
    "POSSESSIVES": (tuple, "possessive determiners (`son`)"),
    "POSSESSIVE_ENDINGS": (tuple, "endings that make a name its owner's (`Musk's attorneys`: the attorneys speak, not Musk)"),
    "NON_SUBJECT_ELISIONS": (tuple, "elided words that never open a speaker's name (`c'`, `qu'`)"),
    # --- titles, roles and kinds of speaker
    "CIVIL_TITLES": (dict, "civil titles before a name → their gender (`Mme` → `f`)"),
    "ROLE_NOUNS": (dict, "nouns naming what a person is → gender (`m`, `f`, or None for both)"),
    "ROLE_EPITHETS": (dict, "epithets that stand for a role → the role noun they point back to (`chef de l'état` → `président`)"),
    "TITLE_ADJECTIVES": (tuple, "adjectives capitalised inside titles (`Premier ministre`)"),
    "FORMER_PREFIXES": (tuple, "prefixes of a former role (`ex-`)"),
    "FORMER_WORDS": (dict, "adjectives of a former role → the gender they tell (`ancienne` → `f`)"),
    "ROLE_OPENERS": (tuple, "words that may open a role without a determiner (`ancien`, `chargé`)"),
    "DEMONYMS": (dict, "nouns of nationality → gender: a description, never a name (`le Belge`)"),
    "FIXED_GENDER_NOUNS": (tuple, "nouns whose article tells the noun's gender, not the person's (`la star`)"),
    "ORGANISATION_NOUNS": (tuple, "nouns naming a body rather than a person"),
    "BODY_KIND_NOUNS": (tuple, "nouns of a kind of body: a definite description on one points back to the body (`l'association`)"),
    "GROUP_NOUNS": (tuple, "plural nouns of a group of people"),
    "GROUP_NOUN_ENDINGS": (tuple, "how plural nouns of people end, after a plural determiner (`les pharmaciens`)"),
    "PERSON_NOUN_ENDINGS": (tuple, "how singular nouns of people end: a demonstrative on one points back to somebody named (`ce retraité`)"),
    "PERSON_NOUN_GENDERS": (dict, "singular nouns of people (`membre`) and how such nouns end (`-euse`) → the gender they tell, \"\" for none: a description on one is of a person, of that gender where its determiner tells none (`l'acquéreuse`)"),
    "ONE_OF": (tuple, "phrases of one member of a group, a person (`une des`)"),
    "AGE_WORDS": (tuple, "words of an age apposition, not a role (`45 ans`)"),
    "ROLE_MODIFIERS": (tuple, "words that may come before a role noun in a title (`ancien ministre`, `haut commissaire`)"),
    "ROLE_DANGLING_WORDS": (tuple, "words a role never ends with: a clause cut short (`le procureur de`)"),
    "ROLE_NOUN_LAST": (bool, "whether the words qualifying a role noun, nouns among them, come before it (`a regional water board spokeswoman`): the role noun that ends a description heads it; else only ROLE_MODIFIERS may come before it (`l'ancienne ministre`, not `le Comité olympique international`)"),
    "BARE_ROLE_WORDS": (int, "how many words in lower case a role written bare before a name may hold, its noun the last (`technology analyst Jane Doe`: 2); 0 where roles take a determiner"),
    "CLAUSE_MARKERS": (tuple, "words that show a description is a piece of a sentence rather than a title (`est`, `qui`)"),
    # --- names
    "NAME_PARTICLES": (tuple, "particles inside a person's name (`de`, `von`)"),
    "SENTENCE_OPENING_WORDS": (tuple, "words capitalised at a sentence's start rather than as a name (`Il`, `Selon`, `Interrogé`)"),
    "PLACE_MARKERS": (tuple, "words after which a capitalised word is a place or a complement, not somebody (`à Lyon`, `gare de Lyon`)"),
    "PLACE_NOUNS": (tuple, "nouns written capitalised before a place's name (`County Antrim`): the name is nobody's, even when the noun spells a first name"),
    "NAMED_BODIES": (tuple, "nouns of ORGANISATION_NOUNS that name one body alone (`Élysée`, `Sénat`)"),
    "DEMONYM_ENDINGS": (tuple, "how a noun of nationality or of a town's people ends (`Toulousain`, `Lyonnaise`)"),
    "NAME_FUNCTION_WORDS": (tuple, "short words that stay lower case inside a name or title"),
    "BODY_NAME_PREPOSITIONS": (tuple, "prepositions inside a body's proper name (`Fonds … pour la population`)"),
    # --- grammar: determiners, connectives, prepositions, clauses, endings
    "DETERMINERS": (dict, "determiners → (gender, number), None where they mark none"),
    "DEFINITE": (tuple, "definite articles"),
    "DEMONSTRATIVES": (tuple, "demonstratives, which point back as the definite article does"),
    "DESCRIPTION_OPENERS": (tuple, "words opening a description written before a name (`la ministre … X`)"),
    "CONTRACTED_ARTICLES": (dict, "contracted preposition and article → the article (`du` → `le`)"),
    "INDEFINITE_OPENERS": (tuple, "indefinite openers whose description keeps its relative clause (`l'une des femmes qui`)"),
    "TIME_DEMONSTRATIVES": (tuple, "demonstratives that open an adjunct before a time word (`ce mardi`)"),
    "TIME_WORDS": (tuple, "words of time that open an adjunct, never a speaker (`lundi`, `hier`)"),
    "COORDINATORS": (tuple, "conjunctions joining verbs or quotations that share a subject or a cue"),
    "CONNECTIVES": (tuple, "sentence connectives: capitalised, not a name"),
    "OPENING_CONNECTIVES": (tuple, "connectives that may open a sentence before its subject (`Or`, `Mais`)"),
    "COMPARATIVES": (tuple, "comparatives: the name after them and `que` is what is compared with"),
    "EXAMPLE_MARKERS": (tuple, "words that, after a comma, bring in an example (`…, comme X`)"),
    "INDEFINITE_PLURAL_SUBJECTS": (tuple, "indefinite plural subjects an example after a comma stands for (`Certains`)"),
    "THAT": (tuple, "the complementiser of reported speech (`que`)"),
    "RELATIVE_CLAUSE_WORDS": (tuple, "words opening a relative clause"),
    "SUBORDINATORS": (tuple, "words opening a clause inside the sentence, the name after them its subject (`le jour où X`)"),
    "CLAUSE_WORDS": (tuple, "words and phrases that end a subject noun phrase"),
    "OF": (tuple, "prepositions of a noun's complement (`de`)"),
    "TO": (tuple, "prepositions of a role's domain (`aux transports`)"),
    "BY": (tuple, "the preposition of a passive's agent (`par`)"),
    "PLACE_PREPOSITIONS": (tuple, "prepositions of a place after a name"),
    "PERSON_PREPOSITIONS": (tuple, "prepositions whose object is a person far more often than a place"),
    "ADJUNCT_PREPOSITIONS": (tuple, "words that open an adjunct between a speech verb and its inverted subject"),
    "ROLE_COMPLEMENT_PREPOSITIONS": (tuple, "prepositions of a role's complement before the holder's name"),
    "OBJECT_PREPOSITIONS": (tuple, "prepositions whose object is rarely what a later pronoun stands for"),
    "TERM_PREPOSITIONS": (tuple, "prepositions a quoted term follows more often than somebody's words"),
    "EMBEDDING_PREPOSITIONS": (tuple, "prepositions that embed a quoted phrase in a noun phrase"),
    "INFINITIVE_ENDINGS": (tuple, "how infinitives end"),
    "FINITE_VERB_ENDINGS": (tuple, "how a third-person verb ends: read as a verb between a subject and its object"),
    "PRESENT_PARTICIPLE_ENDING": (str, "how a present participle ends"),
    "PARTICIPLE_ENDINGS": (tuple, "how past participles end"),
}


def check(package: str, values: dict) -> None:
    """Raise ValueError naming every key a language's data is missing, has in excess or types wrongly."""
    problems = [f"missing {key} ({meaning})" for key, (_, meaning) in KEYS.items() if key not in values]
    problems += [f"unknown key {key}" for key in values if key not in KEYS]
    problems += [
        f"{key} should be a {KEYS[key][0].__name__}, not a {type(value).__name__}"
        for key, value in values.items()
        if key in KEYS and not isinstance(value, KEYS[key][0])
    ]
    if problems:
        raise ValueError(f"language data {package}: " + "; ".join(problems))

"""Reading noun phrases over a document: the subject of a verb or a clause, and whether a phrase can name
a speaker (a person's name, a title, a role, a body).

A subject is read as (mention, start, role): the words, the offset where they start, and the role set
beside a name (`Martine Lebrun, directrice du Bureau de l'eau,`), or None.
"""

from __future__ import annotations

from .document import Document, phrase_table
from .lexicon import bare_role_gender, is_past_participle, person_noun_gender, without_former
from .lang import Language
from .names import first_name_gender

MAX_NP_TOKENS = 14
MAX_RELATIVE_VERB_TOKENS = 4  # a relative's verb with its clitics and auxiliaries: `qui ne l'a pas vu`
MAX_APPOSITIONS = 3  # `Sandrine, aide-soignante, 51 ans, de Besançon,`: appositions after a subject
MAX_ADVERBIAL_TOKENS = 4  # an adverbial phrase opening a clause (`pour leur part`, `quant à lui`) spans this many tokens at most
MAX_RELATIVE_TOKENS = 25  # `X, qui n'est plus à jour de ses cotisations au parti, assure`: a relative set off by commas
MAX_JOINED_WORDS = 2  # `des députés et anciens députés gaullistes,`: words after the second of two joined in a role
MAX_SECOND_TITLE_TOKENS = 7  # `et numéro deux de LFI Adrien`: how far a second title runs to the name
MAX_CLEFT_OPENER_TOKENS = 3  # `ce n'était`: the tokens of the longest words a cleft opens on
MAX_ROLE_COMPLEMENT_TOKENS = 10  # `à la maire de Paris chargée de la sécurité, X`: a role's complement read up to the name
MAX_INCISE_TOKENS = 5  # `a dit, à Angers, la ministre`: words set off between a verb and its subject
# and an adjunct so set off (`a réagi, à l'issue de l'audience devant le juge, l'avocate`)
MAX_ADJUNCT_INCISE_TOKENS = 10
MAX_TURN_WORDS = 3  # tokens of a turn's adverbial between a subject and its verb (`de son côté`)
MIN_MANNER_ADVERB = 6  # letters: `joliment`, `notamment`; not `ment`, `dément`
MAX_ABBREVIATION = 3  # `Mme`, `Dr`, `Mgr`: a title this short is an abbreviation, its point no sentence end
MAX_NOUN_BEFORE_PARTICIPLE = 4  # `une pétition réclamant`, `des manifestants en colère scandant`: its words
MAX_NAME_WORDS = 4  # `Eteni Longondo`: words of a name no list knows, read up to here
MAX_GROUP_NAME_CHARS = 30  # `gilets jaunes`: a group's name in quote marks is short
MAX_ONE_OF_TOKENS = 4  # `l'un d'entre eux`: the tokens before a stressed pronoun that make it one of a group
MAX_DESCRIBING_WORDS = 3  # `le trentenaire australien X`: the words between an apposition's determiner and the name
SIGNATURE_DASHES = frozenset(("–", "—", "-"))


def phrase_words(lang: Language) -> tuple:
    """The word sets and phrase tables a phrase is read with, built once per language (`lang.derived`)."""
    return (
        frozenset(lang.DETERMINERS), frozenset(lang.CLAUSE_WORDS), frozenset(lang.ADJUNCT_PREPOSITIONS),
        frozenset(lang.TIME_WORDS), frozenset(lang.CONNECTIVES), frozenset(a for a in lang.ADVERBS if " " not in a),
        frozenset([*lang.ADJUNCT_PREPOSITIONS, *lang.OBJECT_PREPOSITIONS, *lang.PERSON_PREPOSITIONS,
                   *lang.EMBEDDING_PREPOSITIONS, *lang.TERM_PREPOSITIONS, *lang.OF, *lang.TO, *lang.BY]),
        phrase_table(lang, lang.PAGE_FURNITURE),
        frozenset(w for w in (*lang.DEFINITE, *lang.OF) if w.endswith("'")),  # `l'`, `d'`: words inside a noun phrase
        phrase_table(lang, [role for role in lang.ROLE_NOUNS if " " in role]),  # `rédactrice en chef`
        phrase_table(lang, lang.TIME_PHRASES),
        phrase_table(lang, lang.MEMBERSHIP_PHRASES),
        phrase_table(lang, lang.CLEFT_OPENERS),
        # `au micro de`, and a turn's adverbial (`de son côté`): the verb's, no complement of the noun before
        phrase_table(lang, [*(p for p in lang.ADJUNCT_PREPOSITIONS if " " in p), *lang.TURN_ADVERBS]),
        phrase_table(lang, lang.MANNER_OPENERS),
        phrase_table(lang, lang.BODY_NAMES_IN_LOWER_CASE),
        phrase_table(lang, lang.PARTICIPLE_CLAUSE_OPENERS),
        phrase_table(lang, lang.ROLE_QUALIFIERS),
    )


def _group_name_forms(lang: Language) -> frozenset[str]:
    """The nouns of a group of people (GROUP_NOUNS, plural) and of one of them, each word singular (`gilet jaune`):
    built once per language."""
    singular = (" ".join(w[:-1] for w in noun.split()) for noun in lang.GROUP_NOUNS
                if all(w.endswith("s") for w in noun.split()))
    return frozenset([*lang.GROUP_NOUNS, *(noun for noun in singular if not noun.endswith("s"))])


MAX_BRACKETED_TOKENS = 4  # an aside in brackets a subject's apposition may come after (`(LR)`, `(Bas-Rhin)`)
MAX_ASIDE_TOKENS = 4  # `debout à ses côtés`: the words of an aside before the preposition its last phrase follows
MAX_HEAD_COMPLEMENTS = 3  # `installée à Lyon depuis dix ans`: complements read past, back to the phrase they complete


class PhraseReader:
    """Reads a document's noun phrases: the subject before or after a verb, the appositions beside it, and
    whether a phrase names somebody who can speak."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.lang = doc.lang
        self.lex = doc.lexicon
        (self.determiners, self.clause_words, self.adjunct_words, self.time_words, self.connectives, self.adverbs,
         self.prepositions, self.furniture, self.elided, self.role_phrases, self.time_phrases,
         self.membership_phrases, self.cleft_openers, self.adjunct_phrases, self.manner_openers,
         self.lower_case_body_names, self.participle_clause_openers, self.role_qualifiers) = doc.lang.derived(phrase_words)  # the same for every article

    def clause_subject(self, lo: int, hi: int):
        """The subject of the clause at token lo, past adverbials set off by commas, when it can speak."""
        words = self.doc.words
        commas = [c for c in range(lo, hi) if words[c] == ","]
        if commas and "(" in words[lo:hi]:  # (not `Alors que … (Ardèche, Gard), X conclut`: a list in brackets)
            commas = [c for c in commas if not self._bracketed(lo, c)]
        openings = [lo] + [c + 1 for c in commas][:MAX_APPOSITIONS]
        for n, k in enumerate(openings):
            subject = self.opening_subject(k, hi)
            if subject is not None and self.subject_can_speak(subject):
                if n == 0 and len(openings) > 1 and self._bare_role_apposed(k, openings[1], hi):
                    continue  # `Ancien ministre, X veut …`, `Infatigable soldat, il tente …`: the subject after it
                return subject
        return None

    def _bracketed(self, lo: int, k: int) -> bool:
        """Token k stands inside brackets opened at or after token lo."""
        for j in range(k - 1, lo - 1, -1):
            if self.doc.words[j] == ")":
                return False
            if self.doc.words[j] == "(":
                return True
        return False

    def _bare_role_apposed(self, k: int, after: int, hi: int) -> bool:
        """Tokens from k, opening the sentence, to the comma before `after` are a role or a person's noun with no
        determiner nor name (`Ancien ministre`), set before a subject that can speak: an apposition, not the subject."""
        doc = self.doc
        if doc.words[k] in self.determiners or doc.words[k] in self.lang.PRONOUNS or self.has_person_name(k, after - 1) \
                or not any(doc.words[c] in self.lang.ROLE_NOUNS or person_noun_gender(self.lang, doc.words[c]) is not None
                           for c in range(k, after - 1)):
            return False
        following = self.opening_subject(after, hi)
        return following is not None and self.subject_can_speak(following)

    def opening_subject(self, lo: int, hi: int):
        """The noun phrase opening a sentence (at token lo, before hi): the subject a participle clause leans on."""
        found = self.opening_phrase(lo, hi)
        return None if found is None else (found[0], self.doc.starts[found[1]], None)

    def opening_phrase(self, lo: int, hi: int):
        """The noun phrase opening a sentence, past page furniture, not a participle clause nor an adverbial:
        (mention, first token, end token) or None."""
        furniture = self.doc.phrase_at(lo, self.furniture)
        if furniture:  # `Lire aussi : X …`
            lo += furniture + (lo + furniture < hi and self.doc.words[lo + furniture] == ":")
            if lo >= hi:
                return None
        if self.doc.words[lo] in self.lang.PRONOUNS:
            return (self.doc.texts[lo], lo, lo + 1)
        if cleft := self.doc.phrase_at(lo, self.cleft_openers):
            return self._cleft_subject(lo + cleft, hi)
        head = lo + (lo + 1 < hi and self.doc.words[lo] in self.lang.sets.INTENSIFIERS)  # `Très remontée contre …, elle`
        if head == lo and (opener := self.doc.phrase_at(lo, self.participle_clause_openers)) and lo + opener < hi:
            head += opener  # `Une fois rentrée, elle …`
        participle = self.doc.words[head]
        if self.past_participle(participle) and not first_name_gender(self.doc.texts[head]):
            return None  # `Interrogé sur …, il a …`, `Venu saluer …, il a …`: a participle clause, not the subject
        if self.lex.adverbial_end(self.doc.words, lo):
            return None  # `Finalement, elle …`: an adverbial, not the subject
        found = self.noun_phrase(lo, hi)
        return None if found is None else (found[0], lo, found[1])

    def follows_cleft(self, k: int) -> bool:
        """Token k follows the words a cleft opens on, past adverbs (`c'est même X`)."""
        while k > 0 and self.doc.words[k - 1] in self.adverbs:
            k -= 1
        return any(self.doc.phrase_at(k - n, self.cleft_openers) == n
                   for n in range(1, min(k, MAX_CLEFT_OPENER_TOKENS) + 1))

    def _cleft_subject(self, k: int, hi: int):
        """`c'est (même) le Conseil qui …`: the noun phrase a cleft sets before its relative pronoun, past adverbs:
        (mention, first token, end token) or None."""
        words = self.doc.words
        while k < hi and words[k] in self.adverbs:
            k += 1
        found = self.noun_phrase(k, hi, relative=False)
        if found is None or found[1] >= hi or words[found[1]] not in self.lang.RELATIVE_PRONOUNS:
            return None
        return (found[0], k, found[1])

    def subject_after(self, i: int, limit: int | None = None):
        """The inverted subject after a verb, past adjuncts: (mention, start, role)."""
        doc = self.doc
        limit = doc.size if limit is None else limit
        if i < limit and doc.words[i] == ",":  # `constate, amer, le maire X`: an incise before the subject
            i = self._past_incise(i + 1, limit)
            if i is None:
                return None
        elif i + 2 < limit and doc.words[i + 1] == "," and self._bare_adjective(i) \
                and (doc.words[i + 2] in self.determiners or doc.texts[i + 2][:1].isupper()):
            i += 2  # `raconte ému, X`: an adjective the comma closes, its first comma left out
        skipped = self._skip_adjuncts(i, limit)
        if skipped > i and skipped + 1 < limit and doc.words[skipped] == ",":
            named = self._name_ending_adjunct(i, skipped, limit)
            if named is not None:
                return named
            skipped += 1
            if doc.words[skipped] in self.prepositions and (past := self._past_incise(skipped, limit)) is not None:
                skipped = past  # `a dit à l'AFP, sans plus de précisions, un responsable`: an incise after them too
        i = skipped
        if i >= limit or doc.words[i] in self.lang.sets.THAT:
            return None  # `a déclaré à l'agence qu'une fracture …`: the reported clause, not a subject
        if doc.words[i] in self.lang.PRONOUNS:
            return (doc.texts[i], doc.starts[i], None)
        if i + 1 < limit and f"{doc.words[i]} {doc.words[i + 1]}" in self.lang.PRONOUNS:  # `a précisé ce dernier`
            return (doc.phrase(i, i + 2), doc.starts[i], None)
        found = self.noun_phrase(i, limit)
        if found is None:
            return None
        mention, end = found
        role = None
        # `la doyenne de l'université X à Fullerton, Nom`, `le représentant de l'OMS (…) à Cuba, Nom`
        end = self._past_complement(self._past_brackets(self._past_complement(end, limit, i), limit), limit, i)
        if 0 < end < limit and doc.words[end - 1] == ")" and doc.texts[end][:1].isupper():
            stop = end
            while stop < limit and doc.texts[stop][:1].isupper() and not doc.quoted[stop]:
                stop += 1
            if self.has_person_name(end, stop):  # `la patronne de l'Inspection générale (IGPN) Brigitte X`: the person
                mention, end = doc.phrase(i, stop), stop
        after = self._past_age(end + 1, limit) if end + 1 < limit and doc.words[end] == "," else None
        if after is not None:
            role_or_name = self._apposition(after, limit)
            if role_or_name is None and self.opens_with_role(i, end):
                role_or_name = self._name_closing_sentence(after, limit)
            if role_or_name:
                text, kind, stop = role_or_name
                if kind == "name" and not self.starts_with_person(i) or kind == "role" and self._titled_name(i, after, stop):
                    mention = doc.phrase(i, stop)  # `un porte-parole, (le capitaine) Paul X`: the person named
                elif kind == "role":
                    role = text
        return (mention, doc.starts[i], role)

    def _bare_adjective(self, k: int) -> bool:
        """A lower-case word alone that is no function word, adverb or time word (`ému`, `amer`, `souriante`)."""
        w, tok = self.doc.words[k], self.doc.texts[k]
        return tok.isalpha() and tok.islower() and not any(
            w in words for words in (self.determiners, self.prepositions, self.adverbs, self.time_words, self.clause_words,
                                     self.connectives, self.lang.sets.THAT, self.lang.sets.COORDINATORS))

    def _past_brackets(self, k: int, limit: int) -> int:
        """Past a short aside in brackets at token k (`la députée Les Républicains (LR), Nom`: the party's acronym), and
        past the rest of the name it abbreviates (`La République en Marche (LREM)`: a name with a place's preposition)."""
        doc = self.doc
        if k + 2 < limit and doc.words[k] in self.lang.sets.PLACE_PREPOSITIONS and doc.texts[k + 1][:1].isupper() \
                and doc.words[k + 2] == "(":
            k += 2
        if k < limit and doc.words[k] == "(":
            close = next((c for c in range(k + 1, min(limit, k + MAX_BRACKETED_TOKENS + 2)) if doc.words[c] == ")"), None)
            if close is not None:
                return close + 1
        return k

    def _titled_name(self, i: int, after: int, stop: int) -> bool:
        """`un porte-parole des pompiers, le capitaine Paul X`: a description (opening on its determiner) whose
        apposition is a title and the person's name, with no preposition before the name (not `accusé par X`)."""
        doc = self.doc
        if doc.words[i] not in self.determiners:
            return False
        for k in range(after, stop):
            if doc.words[k] in self.lang.CIVIL_TITLES or doc.words[k] + "." in self.lang.CIVIL_TITLES:
                continue  # `l'auteur principal, la Pr Gill X`
            if doc.texts[k][:1].isupper() and doc.words[k] not in self.determiners:
                titled = doc.words[k - 1] in self.lang.CIVIL_TITLES or doc.words[k - 1] + "." in self.lang.CIVIL_TITLES
                # (a name after a civil title, whatever first name opens it: `le Dr Matshidiso X`)
                # (not `un Afro-Américain`)
                return titled or (doc.words[k - 1] not in self.determiners and self.starts_with_person(k))
            if doc.words[k] in self.prepositions:
                return False
        return False

    def _name_closing_sentence(self, i: int, limit: int):
        """`a assuré le directeur du journal, Riss.`: capitalised words from token i to the sentence's end, after a
        role and its comma, are the name of the one who holds it, even one no list of first names knows."""
        doc = self.doc
        k = i
        while k < limit and k - i < MAX_NAME_WORDS and doc.texts[k][:1].isupper() and doc.words[k] not in self.determiners \
                and doc.words[k] not in self.time_words and not doc.quoted[k]:
            k += 1
        closes = k == limit or doc.sentence_ends[k] or doc.words[k] in (".", "!", "?")
        return (doc.phrase(i, k), "name", k) if k > i and closes else None

    def _name_ending_adjunct(self, lo: int, comma: int, limit: int):
        """`explique à L'Obs Sibeth Ndiaye, conseillère presse …`: a bare role after the comma describes
        the name before it, which ends the adjunct (a medium of one word, then a name nobody listed)."""
        doc = self.doc
        if comma + 1 >= limit or doc.words[comma + 1] not in self.lang.ROLE_NOUNS:
            return None
        start = comma
        while start - 1 > lo and doc.texts[start - 1][:1].isupper() and doc.words[start - 1] not in self.determiners:
            start -= 1
        if comma - start < 3:
            return None
        role = self._apposition(comma + 1, limit)
        return (doc.phrase(start + 1, comma), doc.starts[start + 1], role[0] if role else None)

    def _past_complement(self, end: int, limit: int, start: int) -> int:
        """The comma closing a short adjunct right after the noun phrase from `start` to `end` (`… à Fullerton,`, `à
        l'Égalité entre les femmes et les hommes,`: a portfolio; `… pour le Liban,`), when a name follows it; else `end`."""
        doc = self.doc
        if end >= limit or doc.words[end] not in self.prepositions:
            return end
        k, stop = end + 1, min(limit - 1, end + MAX_INCISE_TOKENS + 1)
        while k < stop:
            if doc.quoted[k] or doc.sentence_ends[k] or doc.words[k] == "(":
                return end  # (nor a comma inside brackets: `Odigéo (Opodo, Go Voyages)`)
            if doc.words[k] == ",":
                following = doc.texts[k + 1]
                return k if following[:1].isupper() and first_name_gender(following) else end
            if doc.words[k] in self.lang.PORTFOLIO_PREPOSITIONS and (pair_end := self._portfolio_pair_end(start, k, limit)):
                k, stop = pair_end, min(limit - 1, pair_end + 1)
                continue
            k += 1
        return end

    def _past_incise(self, i: int, limit: int) -> int | None:
        """The token after the comma that closes a short incise starting at token i, if one does (an adjunct, opening
        on a preposition, may be longer; a word the incise quotes whole, `« préoccupée »`, too)."""
        doc = self.doc
        longest = MAX_ADJUNCT_INCISE_TOKENS if i < limit and doc.words[i] in self.prepositions else MAX_INCISE_TOKENS
        quoted = i < limit and doc.quoted[i]  # `affirme, « préoccupée », X`: a word quoted whole
        for k in range(i, min(limit, i + longest + 1)):
            if doc.quoted[k] != quoted and doc.words[k] != "," or doc.sentence_ends[k]:
                return None
            if doc.words[k] == "," and not doc.quoted[k]:
                return k + 1 if k > i else None
        return None

    def _past_age(self, i: int, limit: int) -> int:
        """`Marie, 45 ans, infirmière à Tours`, `Marie, 45 ans et mère de deux enfants`: the apposition after the age."""
        doc = self.doc
        if i + 2 < limit and doc.words[i].isdigit() and doc.words[i + 1] in self.lang.AGE_WORDS \
                and (doc.words[i + 2] == "," or doc.words[i + 2] == self.lang.COORDINATORS[0]):
            return i + 3
        return i

    def starts_with_person(self, i: int) -> bool:
        """Token i is a capitalised first name (`Hélène Vasseur`), not an article (`Le`)."""
        tok = self.doc.texts[i]
        return tok[:1].isupper() and self.doc.words[i] not in self.determiners and bool(first_name_gender(tok))

    def subject_after_adverbial(self, lo: int, k: int):
        """`Afin de « montrer … », X diffusera …`: the quotation sits in an adverbial opening the
        sentence at lo; the subject follows the comma that closes it."""
        doc = self.doc
        if doc.words[lo] not in self.clause_words and doc.words[lo] not in self.adjunct_words:
            return None
        _, hi = doc.sentence(lo)
        comma = next((c for c in range(k, hi) if doc.words[c] == "," and not doc.quoted[c]), None)
        return self.clause_subject(comma + 1, hi) if comma is not None else None

    def subject_can_speak(self, subject) -> bool:
        """A pronoun, or a phrase naming somebody or some body (not `Le risque majeur`, `Grâce à`,
        nor a heading in capitals)."""
        doc = self.doc
        lo = doc.index_at(subject[1])
        hi = doc.index_at(subject[1] + len(subject[0]))
        if subject[0].isupper() or doc.words[lo] in self.lang.NOT_SPEAKERS:
            return False
        if doc.words[lo] in self.lang.PRONOUNS or self.has_person_name(lo, hi) or self.names_somebody(lo, hi):
            return True
        # a name heads it: `le RN`, `Ryanair`, `la CGT` (not `le trafic SNCF`, `Le chiffre`, `Interrogé sur …`)
        if doc.words[lo] in self.determiners:
            return lo + 1 < hi and doc.texts[lo + 1][:1].isupper()
        if hi - lo == 1 and (doc.words[lo].endswith(self.lang.PARTICIPLE_ENDINGS) or (
                doc.words[lo].endswith((*self.lang.MANNER_ADVERB_ENDINGS, self.lang.PRESENT_PARTICIPLE_ENDING))
                and not first_name_gender(doc.texts[lo]))):
            return False  # (`Globalement, …`, `Jugeant que …, X a publié`: an adverb or a participle fronted)
        return all(doc.texts[k][:1].isupper() for k in range(lo, hi))

    def could_speak(self, lo: int, hi: int) -> bool:
        """A phrase that can name a speaker: a name, a title, a role, a group or a body."""
        return self.has_name(lo, hi) or self.names_somebody(lo, hi) or self._names_a_group(lo, hi) \
            or self._names_a_listed_person(lo, hi)

    def _names_a_listed_person(self, lo: int, hi: int) -> bool:
        """`ses collègues`, `un ouvrier`: a determiner, then a noun the language lists whole as a person's
        (PERSON_NOUN_GENDERS, not its endings: `le restaurant` is no person), singular or plural."""
        doc, genders = self.doc, self.lang.PERSON_NOUN_GENDERS
        return any(doc.words[k - 1] in self.determiners and (doc.words[k] in genders or (doc.words[k][-1:] == "s" and doc.words[k][:-1] in genders))
                   and doc.texts[k][:1].islower() for k in range(lo + 1, hi))

    def _names_a_group(self, lo: int, hi: int) -> bool:
        """`les pharmaciens`, `des enseignantes`: a plural determiner, then a noun ending as nouns of people do."""
        doc = self.doc
        return any(doc.words[k].endswith(self.lang.GROUP_NOUN_ENDINGS) and doc.texts[k][:1].islower()
                   and self.lang.DETERMINERS.get(doc.words[k - 1], (None, None))[1] == "pl" for k in range(lo + 1, hi))

    def names_somebody(self, lo: int, hi: int) -> bool:
        """A phrase that can only be a speaker: a first name, a title, a role or a body."""
        doc = self.doc
        for k in range(lo, hi):
            w, tok = doc.words[k], doc.texts[k]
            if (tok.isupper() and len(tok) > 1 and not tok.isalpha()) or w in self.determiners:
                continue  # `Le` is a first name too
            if (tok[:1].isupper() and not tok.isupper() and first_name_gender(tok)) or w in self.lang.CIVIL_TITLES:
                return True
            if w in self.lang.ROLE_NOUNS or w in self.lang.sets.GROUP_NOUNS or w in self.lang.sets.ORGANISATION_NOUNS \
                    or (w in self.role_phrases and doc.phrase_at(k, self.role_phrases)) \
                    or (w.startswith(self.lang.FORMER_PREFIXES) and without_former(self.lang, w) in self.lang.ROLE_NOUNS):
                # (`le garde du corps`, `l'ex-avocate`)
                return True
        return False

    def head_end(self, lo: int, hi: int) -> int:
        """Where the head of the phrase in tokens [lo, hi) ends: at its first complement (`la mort de X`), but not
        `l'une de ses électrices` (one of them)."""
        words = self.doc.words
        return next((k for k in range(lo + 1, hi) if words[k] in self.lang.OF and words[k - 1] not in self.lang.INDEFINITE_OPENERS), hi)

    def opens_with_role(self, lo: int, hi: int) -> bool:
        """`responsable de …`, `la porte-parole de …`: a phrase whose head is a role."""
        k = lo + (lo < hi and self.doc.words[lo] in self.determiners)
        return k < hi and self.doc.words[k] in self.lang.ROLE_NOUNS

    def has_person_name(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) hold a first name, or a first name's initial before a surname (`S. Matahri`); not a
        first name ending a name that opens on another word (`la Maison Blanche`: a body), nor a place's after its
        article (`Debout la France`)."""
        doc = self.doc
        pronouns = self.lang.PRONOUNS  # (`Il`, opening a sentence, is no first name)
        places = self.lang.sets.PLACE_FIRST_NAMES
        return any((first_name_gender(doc.texts[k]) and not self._ends_a_name(k, lo)
                    and not (k > lo and doc.words[k] in places and doc.words[k - 1] in self.determiners))
                   or self._initial_before_name(k, hi)
                   for k in range(lo, hi) if doc.words[k] not in self.determiners and doc.words[k] not in pronouns)

    def _ends_a_name(self, k: int, lo: int) -> bool:
        """The capitalised word at token k ends a name, after a word of it that is no first name nor title (not
        `l'AFP Sophie X`: a first name before its surname)."""
        doc = self.doc
        return k > lo and doc.texts[k - 1][:1].isupper() and not first_name_gender(doc.texts[k - 1]) \
            and doc.words[k - 1] not in self.lang.CIVIL_TITLES and doc.words[k - 1] not in self.determiners \
            and (k + 1 >= doc.size or not doc.texts[k + 1][:1].isupper())

    def _initial_before_name(self, k: int, hi: int) -> bool:
        """`S. Matahri`: a first name's initial, then the surname."""
        doc = self.doc
        return self.is_initial(k) and k + 2 < hi and doc.words[k + 1] == "." and doc.texts[k + 2][:1].isupper()

    def has_name(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) hold a capitalised word that is no determiner: a proper name, maybe nobody's."""
        doc = self.doc
        return any(
            doc.texts[k][:1].isupper() and doc.words[k] not in self.determiners for k in range(lo, hi)
        )

    def _skip_adjuncts(self, i: int, limit: int) -> int:
        doc = self.doc
        while i < limit:
            w = doc.words[i]
            if w in self.time_phrases and (length := doc.phrase_at(i, self.time_phrases)) and i + length <= limit:
                i += length  # `a lancé quelques minutes plus tard le maire X`
            elif w in self.time_words or (w[:1].isdigit() and not self._ordinal_of_role(i, limit)):
                if w in self.lang.TIME_DEMONSTRATIVES and (not self._next_is_time(i + 1, limit) or (
                        f"{w} {doc.words[i + 1]}" in self.lang.PRONOUNS and not self._next_is_time(i + 2, limit))):
                    return i  # `ce matin`, but `a répliqué ce dernier.`: the pronoun, its subject
                i += 1
            elif w in self.lang.sets.DEFINITE and self._next_is_time(i + 1, limit):
                i += 1  # `a insisté le lendemain le ministre`, `a déclaré le 5 avril X`
            elif w in self.manner_openers and (length := doc.phrase_at(i, self.manner_openers)):
                i = self._skip_prepositional(i + length, limit)  # `d'un revers de la main`
            elif w in self.adjunct_words or (w in self.lang.MEDIUM_PREPOSITIONS and self._medium_named(i + 1, limit)):
                i = self._skip_prepositional(i + 1, limit)  # `à l'AFP`, `commente pour BFMTV`, `pour l'AFP`
            elif self.lang.MANNER_ADVERB_ENDINGS and w.endswith(self.lang.MANNER_ADVERB_ENDINGS) \
                    and len(w) > MIN_MANNER_ADVERB and doc.texts[i][:1].islower():
                i += 1  # `dit joliment Bertrand X`
            elif w.endswith(self.lang.PARTICIPLE_ENDINGS) and doc.texts[i].islower() and i + 1 < limit \
                    and doc.words[i + 1] in self.determiners and not self.lang.ROLE_NOUN_LAST:
                i += 1  # `lui a lancé amusé le président X`: how the subject spoke, before it
            else:
                return i
        return i

    def _medium_named(self, i: int, limit: int) -> bool:
        """A capitalised name at token i, past a determiner (`BFMTV`, `l'AFP`), or a medium's noun after its
        determiner (`la presse`, `la radio`): a medium after its preposition."""
        if i < limit and self.doc.words[i] in self.determiners:
            i += 1
            if i < limit and self.doc.words[i] in self.lang.sets.MEDIUM_NOUNS:
                return True
        return i < limit and self.doc.texts[i][:1].isupper()

    def _next_is_time(self, i, limit) -> bool:
        return i < limit and (self.doc.words[i] in self.time_words
                              or (self.doc.words[i][:1].isdigit() and not self._ordinal_of_role(i, limit)))

    def _ordinal_of_role(self, i: int, limit: int) -> bool:
        """An ordinal in figures before a role (`la 1re adjointe`; not `le 1er mai`, `le 8e rapport`)."""
        doc = self.doc
        return doc.words[i] in self.lang.sets.ROLE_MODIFIERS and i + 1 < limit and doc.words[i + 1] in self.lang.ROLE_NOUNS

    def _skip_prepositional(self, i: int, limit: int) -> int:
        """Past the noun phrase of an adjunct, stopping where the subject begins."""
        doc = self.doc
        seen_content = False
        while i < limit:
            w, tok = doc.words[i], doc.texts[i]
            if w == "." and self._point_of_address(i, limit):
                i += 1  # `confie à actu.fr X`
                continue
            if w == "(" and seen_content and (close := self._bracket_closed(i, limit)) is not None:
                i = close + 1  # `a annoncé depuis Lima (Pérou) X`: a gloss of the adjunct's place
                continue
            if w in (",", ".", ";", ":", "!", "?") or doc.quoted[i] or w in self.lang.sets.THAT:
                return i
            if seen_content and (named_end := self._medium_after_contracted(i, limit)) is not None:
                return named_end  # `dans les colonnes du Parisien un représentant`: the subject after the medium
            if (doc.words[i - 1] in self.lang.sets.MEDIUM_NOUNS or (seen_content and tok[:1].isupper())) \
                    and (named_end := self._subject_after_medium_name(i, limit)):
                return named_end  # `au journal Le Parisien la directrice de X`, `à l'Agence France-Presse un témoin`
            if seen_content and w in self.lang.CONTRACTED_ARTICLES and tok.islower() and i + 2 < limit \
                    and doc.words[i + 1] in self.time_words and doc.texts[i - 1][:1].isupper():
                i += 2  # `au Journal du dimanche`: a name going on past its article with a time word
                continue
            if seen_content and (w in self.determiners or self._is_title(i)) and doc.words[i - 1] not in self.lang.sets.OF \
                    and doc.words[i - 1] not in self.lang.sets.TO \
                    and not (w in self.lang.CONTRACTED_ARTICLES and tok.islower() and doc.texts[i - 1][:1].isupper()
                             and i + 1 < limit and doc.texts[i + 1][:1].isupper()):
                return i  # (not `dans le Journal du Dimanche`: a name going on past its contracted article)
            if seen_content and tok[:1].isupper() and first_name_gender(tok) and doc.words[i - 1] not in self.lang.OF \
                    and doc.words[i - 1] not in self.lang.sets.TO:
                return i  # (not `dans une lettre à Jean X`: whom the adjunct's words were for)
            if seen_content and tok[:1].isupper() and len(before := doc.texts[i - 1]) > 1 and before.isupper() \
                    and before.isalpha() and self._name_ends_clause(i, limit):
                return i  # `a indiqué à l'AFP Matignon.`, `à l'AFP A. Zahid Islam, plongeur`: a name after a medium's acronym
            if seen_content and i + 1 < limit and f"{w} {doc.words[i + 1]}" in self.lang.PRONOUNS:
                return i  # `à France Dimanche celui qui …`: the subject a pronoun opens
            if w in self.time_words and seen_content and not tok[:1].isupper():
                return i  # (`Dimanche` in `le Journal du Dimanche`: a name's word)
            if w not in self.determiners and w not in self.lang.OF:
                seen_content = True
            i += 1
        return i

    def _medium_after_contracted(self, i: int, limit: int) -> int | None:
        """`du Parisien un représentant`, `du journal Le Parisien la directrice de X`: a preposition holding a
        singular article (`du`) at token i, a capitalised name (after a medium's noun, perhaps), then a person's
        description: where the subject after the adjunct opens; else None."""
        doc = self.doc
        if doc.words[i] not in self.lang.CONTRACTED_ARTICLES or self.lang.DETERMINERS.get(doc.words[i], (None, None))[1] != "sg":
            return None
        return self._subject_after_medium_name(i + 1 + (i + 1 < limit and doc.words[i + 1] in self.lang.sets.MEDIUM_NOUNS),
                                               limit)

    def _subject_after_medium_name(self, i: int, limit: int) -> int | None:
        """A medium's capitalised name from token i, then an article or a possessive opening a person's description
        (`Le Parisien la directrice de X`, `l'Agence France-Presse un témoin`, `Le Parisien son père`): where that
        subject opens; else None."""
        doc = self.doc
        k = i
        while k < limit and not doc.quoted[k] and (doc.texts[k][:1].isupper() or (
                k > i and doc.words[k] in self.lang.sets.OF and k + 1 < limit and doc.texts[k + 1][:1].isupper())):
            k += 1  # (`Courrier du Midi`)
        if k == i or k + 1 >= limit:
            return None
        if (doc.words[k] in self.lang.INDEFINITE_ARTICLES or doc.words[k] in self.lang.sets.DEFINITE
                or doc.words[k] in self.lang.sets.POSSESSIVES) and (
                self._is_title(k + 1) or self.describes_a_person_at(k) or doc.words[k + 1] in self.lang.sets.KIN_NOUNS):
            return k  # (not `à l'AFP Amanda X une fois rentrée`; `au Parisien son père`)
        return None

    def _bracket_closed(self, i: int, limit: int) -> int | None:
        """The token closing, a few words on, the bracket opened at token i."""
        for k in range(i + 1, min(limit, i + MAX_INCISE_TOKENS + 1)):
            if self.doc.words[k] == ")":
                return k
            if self.doc.words[k] == "(" or self.doc.quoted[k]:
                return None
        return None

    def _name_ends_clause(self, i: int, limit: int) -> bool:
        """The capitalised words from token i (initials, particles) run to a comma, a full stop or the limit, no
        civil title among them (`à la radio RCF Lyon Mgr X`: the medium's name goes on to the title)."""
        doc = self.doc
        k = i
        while k < limit and not (k > i and self._is_title(k)) and (doc.texts[k][:1].isupper() or self._name_particle(k) or (
                doc.words[k] == "." and self._point_of_abbreviation(k))):
            k += 1
        return k == limit or doc.words[k] in (".", ",")

    def _verb_before_object(self, k: int, limit: int) -> bool:
        """The determiner at k follows a word in lower case that no noun phrase links it to (no
        preposition, determiner or title): that word is a verb, the determiner opens its object; but
        `la ministre la plus écoutée`, a superlative."""
        doc = self.doc
        before, tok = doc.words[k - 1], doc.texts[k - 1]
        if not doc.texts[k][:1].islower() or not tok[:1].islower() or not tok.isalpha() or doc.words[k].endswith("'"):
            return False  # `le quotidien régional Le Progrès`: a name's article; `l'` may be an object's pronoun
        if not before.endswith(self.lang.FINITE_VERB_ENDINGS) or before.endswith(self.lang.PRESENT_PARTICIPLE_ENDING):
            return False
        if before in self.determiners or before in self.prepositions or before in self.lang.COORDINATORS \
                or self._is_title(k - 1) or doc.words[k - 2] in self.lang.COMPARATIVES:
            return False  # `plus tard`: an adverb
        after = doc.words[k + 1] if k + 1 < limit else ""
        # `la plus écoutée`: a superlative; `la semaine dernière`: a time; `le Mirror`: a name
        return not (after in self.lang.COMPARATIVES or after in self.time_words or doc.texts[k + 1][:1].isupper())

    def noun_phrase(self, i: int, limit: int | None = None, relative: bool = True):
        """A noun phrase starting at token i: (text, end index) or None."""
        doc = self.doc
        words, texts, lang = doc.words, doc.texts, self.lang  # read for every token: looked up once
        limit = doc.size if limit is None else limit
        start, k = i, i
        if k >= limit:
            return None
        opening = texts[k]  # (the token as written, asked up to three times: sliced once)
        # `A Paris` is `À Paris`; `A. Zahid Islam`, an initial
        first = words[k] if k + 1 < limit and words[k + 1] == "." else lang.UNACCENTED_CAPITALS.get(opening, words[k])
        time_word = first in self.time_words and not (first in lang.TIME_DEMONSTRATIVES and not self._next_is_time(k + 1, limit))
        if time_word or first in self.connectives or first in lang.sets.NON_SUBJECT_ELISIONS:
            return None  # "Lundi", "ce mardi", "Or", "C'est"; but `ce chauffeur`
        if first in lang.REFLEXIVE:
            return None  # `Se faire vacciner devrait …`: a verb's pronoun, not a noun phrase (but `Me X`, a title)
        # `d'autres manifestants`: an indefinite plural, no adverbial's preposition
        indefinite = first in lang.sets.OF and k + 1 < limit and first + words[k + 1] in lang.sets.INDEFINITE_PLURAL_SUBJECTS
        if (first in self.adjunct_words or first in lang.sets.OF) and first not in self.determiners and not indefinite \
                and not (first in lang.OF and k + 1 < limit and texts[k + 1][:1].isupper()):
            return None  # "De son côté", "Dans la soirée": an adverbial (but "De Gaulle")
        if first.endswith(lang.MANNER_ADVERB_ENDINGS) and k + 1 < limit \
                and (words[k + 1] == "," or words[k + 1] in lang.sets.TO) and opening[:1].isupper() \
                and not first_name_gender(opening):
            # `Soudainement, des étincelles …`, `Conformément à un arrêté, …`: a manner adverb the comma closes or an
            # adverbial phrase on one, no noun
            return None
        if not (
            first in self.determiners
            or indefinite
            or self._is_title(k)
            or opening[:1].isupper()
            or first in lang.ROLE_NOUNS
            or self._bare_role_before_name(k, limit)
        ):
            return None
        head = start + (first in self.determiners)
        head_text = opening if head == start else texts[head] if head < limit else ""
        if head_text[:1].isupper() and not first_name_gender(head_text):
            closing = self._acronym_ahead(head + 1, limit)
            if closing is not None:  # `les Centres de prévention et de lutte contre les maladies (CDC)`
                return doc.phrase(start, closing), closing
        named = False
        while k < limit and k - start < MAX_NP_TOKENS:
            w, tok = words[k], opening if k == start else texts[k]
            if doc.quoted[k] and k > start:
                if (closing := self._body_name_in_marks(k, limit)) is not None:
                    k = closing + 1  # `le président de « L'auberge des migrants »`, `le comité « Justice pour X »`
                break
            if w == "." and (self._point_of_abbreviation(k) or self._point_of_address(k, limit)
                             or self._point_in_number(k, limit)):
                k += 1  # `M. X`, `John F. Kennedy`, `B. C.`, `actu.fr`, `1.000 habitants`
                continue
            if w == "(" and k > start and k + 3 < limit and len(texts[k + 1]) > 1 and texts[k + 1].isupper() \
                    and words[k + 2] == ")" and words[k + 3] in lang.sets.OF:
                k += 3  # `le maire Les Républicains (LR) de Tourcoing`: a party's acronym inside a title
                continue
            if not (tok[:1].isalnum() or w in self.elided or w in ("-", "'")):
                break
            if w in self.lower_case_body_names and tok[:1].isupper() \
                    and (length := doc.phrase_at(k, self.lower_case_body_names)):
                # `La République en marche`: the name goes on in lower case; after a role, the role's complement may
                # go on past it (`le président La République en marche de l'Assemblée X`)
                k, named = k + length, not self._role_among(start, k)
                continue
            if k > start and words[k - 1] in lang.ROLE_NOUNS and (length := doc.phrase_at(k, self.role_qualifiers)):
                k += length  # `le président par intérim des Républicains`: the role's qualifier, then its complement
                continue
            if k > start and doc.sentence_ends[k - 1] and words[k - 1] != ".":
                break  # `ajoute M. KhanLe parc`: a paragraph glued to the name, or a line break, ends it
            if w in self.clause_words and not self._body_name_goes_on(start, k, limit) \
                    and not self._portfolio_goes_on(start, k, limit) \
                    and not (w in lang.sets.ROLE_COMPLEMENT_PREPOSITIONS and self._role_complement(start, k, limit)):
                break  # (but `la responsable de l'OMS pour l'Afrique, le Dr X`: where the role is held)
            if k > start and w in self.adjunct_phrases and doc.phrase_at(k, self.adjunct_phrases):
                break  # `l'élu au micro de X`, `L'Unef de son côté dénonce`: the verb's adjunct, no noun's complement
            if k > start and w in self.manner_openers and (length := doc.phrase_at(k, self.manner_openers)) \
                    and k + length < limit and words[k + length] in lang.sets.MANNER_NOUNS:
                break  # `déclare X d'une voix neutre`: how the subject spoke
            if named and w == lang.COORDINATORS[0] and k + 1 < limit and self.starts_with_person(k + 1):
                k += 1  # `X Y et Z W`: two people named
                continue
            if w in lang.sets.COORDINATORS and not (k + 1 < limit and (words[k + 1] in lang.OF or (
                    words[k + 1] in lang.ROLE_NOUNS and texts[k + 1][:1].islower()))) and not self._second_title_of(k + 1, limit) \
                    and not self._department_name_goes_on(k, limit, named) and not self._role_adjectives_joined(start, k, limit) \
                    and not (k - 3 > start and self._portfolio_pair_end(start, k - 3, limit)):
                break  # but `le ministre des Sports et de la Jeunesse`, `l'ex-député et candidat X`: a bare role; `de
                # l'Égalité entre les femmes et les hommes`: a portfolio joining two nouns
            if k > start and w in self.determiners and k + 2 < limit and texts[k + 1][:1].isdigit() \
                    and words[k + 2] in self.time_words:
                break  # `X le 26 octobre`: a date
            if k > start and w in self.time_words and not tok[:1].isupper() and words[k - 1] not in lang.CONTRACTED_ARTICLES \
                    and not (w in lang.TIME_DEMONSTRATIVES and words[k - 1] in lang.OF and not self._next_is_time(k + 1, limit)):
                break  # `X lundi`, `X ce matin`; but `l'un des destinataires de cette note`, `un visiteur du soir`
            if k > start and not tok[:1].isupper() and (
                    w in self.lex.subject_clitics or w in self.lex.preverbal_clitics or w in self.lex.negation):
                if w in self.lex.subject_clitics and (
                        words[k - 1] in lang.OF or doc.phrase(start, k).lower().replace("’", "'").startswith(lang.ONE_OF)):
                    k += 1  # `l'une d'elles`, `l'un d'entre eux`: one of them, the pronoun ends the phrase
                break  # `Accusations X Elle a remercié`: a heading, then the subject; `Nombre de sportifs se sont`
            if named and tok[:1].islower() and not self._name_particle(k) and not self._owner_before(k):
                break  # "France 3 souffre de …": the name is over; but `John Roe's lawyer`
            if k > start and (w in lang.sets.INTENSIFIERS or w in self.adverbs) and tok[:1].islower() \
                    and words[k - 1] not in lang.sets.OF and words[k - 1] not in self.determiners and words[k - 1] != ".":
                break  # `la ministre assez agacée`, `le député visiblement ému`: how the speaker was, past the phrase
            if k > start + 1 and words[k - 1] in lang.sets.AGE_WORDS and texts[k - 2][:1].isdigit() and tok[:1].islower() \
                    and w not in lang.sets.OF and w not in self.adjunct_words:
                break  # `La chanteuse de 65 ans vit …`: after an age, a verb (but `de 83 ans de Moscou`)
            if k > start and w in lang.sets.SOURCE_PARTICIPLES and k + 2 < limit and words[k + 1] in lang.BY \
                    and texts[head][:1].islower() and words[head] not in lang.sets.SOURCE_DOCUMENTS:
                k += 2  # `un voisin interrogé par la radio`: a description goes on to the medium that reached him
                # (not `le communiqué repris par la radio`: a document is over)
                continue
            if k > start and w in lang.sets.SOURCE_PARTICIPLES:
                break  # `le Cirad, contacté par …`: a name is over
            if k > start and w in self.adjunct_words and w not in lang.OF:
                if words[start] in lang.INDEFINITE_ARTICLES and (inside := doc.phrase_at(k, self.membership_phrases)):
                    k += inside  # `une source au sein de la présidence`
                    continue
                if words[start] in lang.INDEFINITE_ARTICLES and k > start + 2 and texts[k - 1].islower() \
                        and words[k - 1].endswith(lang.PARTICIPLE_ENDINGS) and words[k - 2] not in self.determiners \
                        and self.describes_a_person_at(start):
                    # `une source impliquée dans le dossier`: the participle's complement, of a person (not a noun
                    # after its article: `un cadre de la majorité dans …`)
                    k += 1
                    continue
                if not (self._inside_role(k) or self._role_complement(start, k, limit)):
                    break
            if tok[:1].isupper() and w not in self.determiners and first_name_gender(tok) \
                    and not (k > start and (words[k - 1] in self.determiners
                                            or words[k - 1] in lang.sets.OF and w in lang.sets.PLACE_FIRST_NAMES)):
                named = True  # a person's name: what follows in lower case is not part of it (but `la France insoumise`,
                # `la maire de Paris chargée de …`)
            if self.lang.ROLE_NOUN_LAST and k > start and words[k - 1] in lang.ROLE_NOUNS and tok.islower() \
                    and w.endswith(lang.PARTICIPLE_ENDINGS):
                break  # `judge referred to her as …`: a verb's past after the head noun, where qualifiers come first
            if k > start and w in self.lex.verb_forms and not tok[:1].isupper() and words[k - 1] not in self.determiners \
                    and words[k - 1] not in lang.OF and words[k - 1] not in lang.sets.ROLE_COMPLEMENT_PREPOSITIONS:
                # (`l'attachée de presse`: a noun after de; `le procureur en charge de X`: after a role's preposition)
                if w not in lang.ROLE_NOUNS and not self._adjective_of_a_name(start, k, limit) \
                        and not (w in lang.sets.ROLE_OPENERS and self._role_domain_after(k + 1, limit)) \
                        and not (w in lang.sets.SOURCE_DOCUMENTS and words[k - 2] in self.determiners
                                 and not (k + 1 < limit and (words[k + 1] in lang.BY or words[k + 1] in self.time_words)))\
                        and not self._person_s_participle(start, k, limit):
                    # (`l'ancien attaquant d'Arsenal X`: a noun, not `attaquer`; `le secrétaire d'État chargé du
                    # Numérique`: a role's complement; `un bref communiqué`, but not `un bilan communiqué mardi par
                    # X`: a participle)
                    break
            if k > start and (w in self.lex.auxiliary_forms or w in self.lex.modal_forms
                              or w.endswith(lang.VERB_ONLY_ENDINGS)
                              or (k + 1 < limit and words[k + 1] in self.lex.control_forms.get(w, ()))) and not tok[:1].isupper():
                # "le racisme est …", "le ministre va …", "les manifestants portaient …", "le président refuse de …":
                # the verb begins
                break
            if k - start >= 3 and w in self.determiners and w not in lang.OF and self._verb_before_object(k, limit):
                k -= 1  # `des agricultrices bloquent la route`: the subject ends before its verb
                break
            k += 1
        while k > start and (words[k - 1] in self.determiners or words[k - 1] in lang.sets.OF):
            k -= 1
        if k - 2 > start and doc.elided_before(k) in self.elided:
            k -= 2  # `la star d'« Alerte à Malibu »`: an elided word before a quotation mark
        if k == start:
            return None
        if relative and k < limit and words[k] in lang.RELATIVE_PRONOUNS and self._partitive(start, k):
            k = self._clause_end(k, limit)  # l'une des femmes qui devaient participer; but un manifestant qui
        return doc.phrase(start, k), k

    def _body_name_in_marks(self, k: int, limit: int) -> int | None:
        """The closing mark of the capitalised words in marks opening at token k, if they name a body: after the
        noun of its kind (`le comité « La Vérité pour X »`) or `de` after an office heading one (`le président de
        « L'auberge des migrants »`); or the first name somebody goes by, after `de` and a role's or a person's noun
        (`l'avocat de « Christelle »`; not a work's title, `l'interprète de « Mon vieux »`: most roles are known by
        their works)."""
        doc = self.doc
        before = doc.words[k - 1]
        if before in self.lang.sets.OF and k > 1:
            before = doc.words[k - 2]
            if before not in self.lang.sets.BODY_OFFICES:
                # (a name in marks of one word, a first name nobody takes for a place's: `Paris-Seychelles` is a title)
                named = (before in self.lang.ROLE_NOUNS or before in self.lang.PERSON_NOUN_GENDERS) and k + 2 < limit \
                    and doc.texts[k + 1].isalpha() and first_name_gender(doc.texts[k + 1]) in ("m", "f") \
                    and doc.words[k + 1] not in self.lang.sets.PLACE_FIRST_NAMES and not doc.texts[k + 2][:1].isalnum()
                return k + 2 if named else None
        elif before not in self.lang.sets.ORGANISATION_NOUNS and before not in self.lang.sets.BODY_KIND_NOUNS:
            return None
        closing = k + 1
        while closing < limit and doc.quoted[closing] and closing - k <= MAX_NAME_WORDS + 2:
            closing += 1
        closing -= 1
        if closing < k + 2 or not doc.texts[k + 1][:1].isupper() or (closing + 1 < limit and doc.quoted[closing + 1]) \
                or any(doc.sentence_ends[k:closing]) or not doc.text[doc.starts[k] - 1].isspace():
            # (`selon Bercy« Excessif »`: a heading glued after it)
            return None
        return closing

    def _department_name_goes_on(self, k: int, limit: int, named: bool) -> bool:
        """`du pôle Évaluation et société du Credoc`, `l'association Eau et Rivières de Bretagne`: a coordinator at token
        k inside the name of a department or of a body."""
        doc = self.doc
        if named or k + 2 >= limit or not doc.texts[k - 1][:1].isupper():
            return False
        if doc.texts[k + 1].isalpha() and doc.texts[k + 1].islower():
            return doc.words[k + 2] in self.lang.sets.OF
        # `l'association Eau et Rivières de Bretagne`: a body's name after the noun of its kind goes on past a
        # coordinator between capitals (not before a person: `le groupe X et Marie Y`)
        run = k - 1
        while run > 0 and doc.texts[run - 1][:1].isupper():
            run -= 1
        return run > 0 and doc.words[run - 1] in self.lang.sets.BODY_KIND_NOUNS and doc.texts[k + 1][:1].isupper() \
            and not self.starts_with_person(k + 1)

    def _role_adjectives_joined(self, start: int, k: int, limit: int) -> bool:
        """`la responsable du service médical et social de la mairie, X`: a coordinator at token k
        joining two words in lower case (the first no role) inside a role's phrase, a complement or a comma after
        the second."""
        doc = self.doc
        if k + 2 >= limit or not (doc.texts[k - 1].isalpha() and doc.texts[k - 1].islower()) \
                or doc.words[k - 1] in self.lang.ROLE_NOUNS:
            return False  # (not `le chef et propriétaire de …`: two roles, the description as long as either)
        second = doc.texts[k + 1]
        # (the second perhaps a noun with its adjectives: `des députés et anciens députés gaullistes, X`)
        end = k + 2
        while end < min(limit - 1, k + 2 + MAX_JOINED_WORDS) and doc.texts[end].isalpha() and doc.texts[end].islower() \
                and doc.words[end] not in self.lang.OF and doc.words[end] not in self.lex.verb_forms \
                and doc.words[end] not in self.lex.auxiliary_forms:
            end += 1
        return second.isalpha() and second.islower() and doc.words[k + 1] not in self.determiners \
            and doc.words[k + 1] not in self.lex.verb_forms and doc.words[k + 1] not in self.lex.auxiliary_forms \
            and (doc.words[end] in self.lang.OF or doc.words[end] == ",") \
            and self._role_among(start, k)

    def _role_among(self, start: int, k: int) -> bool:
        """A role noun among tokens [start, k): the phrase there is a role's."""
        return any(self.doc.words[j] in self.lang.ROLE_NOUNS for j in range(start, k))

    def _second_title_of(self, i: int, limit: int) -> bool:
        """`le député et numéro deux de LFI Adrien X`: after a coordinator, words in lower case with no determiner
        nor verb (a second title of the same person), then a first name."""
        doc = self.doc
        if i >= limit or doc.words[i] in self.determiners or not doc.texts[i][:1].islower():
            return False
        for j in range(i, min(limit, i + MAX_SECOND_TITLE_TOKENS)):
            w, tok = doc.words[j], doc.texts[j]
            if doc.quoted[j] or not tok[:1].isalnum() or w in self.lex.verb_forms or w in self.lex.auxiliary_forms \
                    or (w in self.prepositions and w not in self.lang.sets.OF):
                return False  # (not `saisir le Conseil et à Nicole X de saisir`)
            if j > i and tok[:1].isupper() and first_name_gender(tok) and w not in self.lang.sets.PLACE_FIRST_NAMES \
                    and doc.words[j - 1] not in self.lang.sets.OF and not (j + 1 < limit and doc.texts[j + 1][:1].isdigit()):
                return True  # the holder's name, not a complement's (`ancien ministre de Nicolas X`)
        return False

    def _adjective_of_a_name(self, start: int, k: int, limit: int) -> bool:
        """`le Canard enchaîné`: a participle right after the one capitalised word a definite article opens, with
        no complement after it, is an adjective of the body's name, not a verb; in the languages whose qualifiers
        follow their noun only (ROLE_NOUN_LAST false: not `the AIU continued`, a verb's past)."""
        doc = self.doc
        return not self.lang.ROLE_NOUN_LAST and k == start + 2 and doc.words[start] in self.lang.DEFINITE \
            and doc.texts[k - 1][:1].isupper() and not first_name_gender(doc.texts[k - 1]) \
            and doc.words[k].endswith(self.lang.PARTICIPLE_ENDINGS) and not (k + 1 < limit and doc.words[k + 1] in self.prepositions)

    def _inside_role(self, k: int) -> bool:
        """Token k is inside a role noun of several words (`la rédactrice en chef`, `le metteur en scène`)."""
        return any(j >= 0 and self.doc.phrase_at(j, self.role_phrases) > k - j for j in (k - 1, k - 2))

    def _bare_role_before_name(self, k: int, limit: int) -> bool:
        """`technology analyst Jane Doe`: words in lower case, a role noun, then a first name, with no
        determiner, in the languages that write roles so (BARE_ROLE_WORDS: how many words at most)."""
        doc = self.doc
        for j in range(k, min(limit - 1, k + self.lang.BARE_ROLE_WORDS)):
            if not doc.texts[j].isalpha() or not doc.texts[j][:1].islower():
                return False
            if doc.words[j] in self.lang.ROLE_NOUNS:
                return self.starts_with_person(j + 1)
        return False

    def _partitive(self, start: int, end: int) -> bool:
        """`l'une des femmes`, `certains des élus`: one of a group, told apart by the clause that follows."""
        words = self.doc.words
        k = start + (words[start] in self.lang.DEFINITE and words[start].endswith("'"))  # `l'une des`
        return k + 1 < end and words[k] in self.lang.INDEFINITE_OPENERS and words[k + 1] in self.lang.OF

    def _owner_before(self, k: int) -> bool:
        """The token before k is a name with a possessive ending (`Roe's`): the noun at k is what it owns."""
        return k > 0 and self.doc.texts[k - 1].replace("’", "'").endswith(self.lang.POSSESSIVE_ENDINGS)

    def _name_particle(self, k: int) -> bool:
        """'de', 'du', 'des', 'd'' inside a name: followed by a capitalised word."""
        doc = self.doc
        particle, hyphen, rest = doc.texts[k].partition("-")
        if hyphen and particle.lower() in self.lang.NAME_PARTICLES and rest[:1].isupper():
            return True  # `al-Deek`, `el-Sissi`
        if doc.words[k] not in self.lang.NAME_PARTICLES or k + 1 >= doc.size:
            return False
        if doc.words[k + 1] in self.lang.NAME_PARTICLES:  # `van der`, `de la`
            return k + 2 < doc.size and doc.texts[k + 2][:1].isupper()
        return doc.texts[k + 1][:1].isupper()

    def _person_s_participle(self, start: int, k: int, limit: int) -> bool:
        """Token k, after an indefinite description of a person, is a past participle and its complement's preposition
        follows (`un autre scientifique opposé au confinement, X`): the description goes on, no verb of its own."""
        doc = self.doc
        return doc.words[start] in self.lang.INDEFINITE_ARTICLES and k + 1 < limit \
            and (doc.words[k + 1] in self.adjunct_words or doc.words[k + 1] in self.lang.OF) \
            and all(f.mood == "participle" for f in self.lex.forms(doc.words[k])) and self.describes_a_person_at(start)

    def _role_complement(self, start: int, k: int, limit: int) -> bool:
        """'le secrétaire d'Etat aux transports Jean-Baptiste Djebbari', 'la chercheuse de X sur le pétrole
        Natasha White': a complement of a role, with the person's name right after it or past a comma."""
        doc = self.doc
        if doc.words[k] not in self.lang.ROLE_COMPLEMENT_PREPOSITIONS or not self._role_among(start, k) \
                or (k + 1 < limit and doc.words[k + 1] in self.lang.POSSESSIVES):
            return False  # not `le ministre face à X`, nor `le chef de l'État à son retour d'Argentine`: an adjunct
        for j in range(k + 1, min(limit, k + MAX_ROLE_COMPLEMENT_TOKENS + 1)):
            if doc.words[j] == "," and j > k + 2 and j + 2 < limit and doc.words[j + 1] in self.determiners \
                    and self._is_title(j + 2):
                return True  # `la responsable de l'OMS pour l'Afrique, le Dr Y`: a title restating who holds the role
            if doc.words[j] == "," and j > k + 2 and doc.texts[k + 1 + (doc.words[k + 1] in self.determiners)][:1].islower():
                # `le haut commissaire à la santé de X, Jean Y`: a domain in lower case, then the name in apposition
                return self.starts_with_person(j + 1)
            if not doc.texts[j][:1].isalnum():
                return False
            if doc.texts[j][:1].isupper() and first_name_gender(doc.texts[j]) and doc.words[j] not in self.lang.PLACE_FIRST_NAMES:
                # not right after the preposition (`a dit un porte-parole à France Bleu`: who was told), nor a
                # first name with a number (`explique le jeune homme au micro de France 3`: a channel), nor a
                # medium's name after its noun (`a révélé un proche au magazine OK !`), nor a person after an
                # indefinite article (`a lancé l'écrivain à une X décontenancée`: whom he spoke to)
                return j > k + 1 and not (j + 1 < limit and doc.texts[j + 1][:1].isdigit()) \
                    and doc.words[j - 1] not in self.lang.sets.MEDIUM_NOUNS \
                    and doc.words[j - 1] not in self.lang.sets.INDEFINITE_ARTICLES
        return False

    def _body_name_goes_on(self, start: int, k: int, limit: int) -> bool:
        """`le Fonds des Nations unies pour la population`, `l'Institut pour l'étude de la guerre`: a
        body's proper name goes on past its preposition."""
        doc = self.doc
        head = start + (doc.words[start] in self.determiners)
        return (
            doc.words[k] in self.lang.BODY_NAME_PREPOSITIONS
            and head < k and doc.texts[head][:1].isupper() and doc.words[head] in self.lang.ORGANISATION_NOUNS
            and k + 2 < limit and doc.words[k + 1] in self.determiners and doc.texts[k + 2][:1].islower()
        )

    def _portfolio_goes_on(self, start: int, k: int, limit: int) -> bool:
        """`le ministre des Relations avec les Collectivités`: a role's capitalised portfolio goes on past its preposition
        to another capitalised noun (not `le ministre de l'Intérieur avec son homologue`)."""
        doc = self.doc
        return (
            doc.words[k] in self.lang.PORTFOLIO_PREPOSITIONS and doc.texts[k - 1][:1].isupper()
            and k + 2 < limit and doc.words[k + 1] in self.determiners and doc.texts[k + 2][:1].isupper()
            and self._role_among(start, k)
        )

    def _portfolio_pair_end(self, start: int, k: int, limit: int) -> int | None:
        """`de l'Égalité entre les femmes et les hommes`: where a role's capitalised portfolio ends that goes on past its
        preposition to two nouns joined (each after its determiner); else None."""
        words, texts, determiners = self.doc.words, self.doc.texts, self.determiners
        if not (k + 5 < limit and words[k] in self.lang.PORTFOLIO_PREPOSITIONS and texts[k - 1][:1].isupper()
                and words[k + 1] in determiners and texts[k + 2].isalpha() and texts[k + 2].islower()
                and words[k + 3] in self.lang.sets.COORDINATORS
                and words[k + 4] in determiners and texts[k + 5].isalpha() and texts[k + 5].islower()
                and self._role_among(start, k)):
            return None
        return k + 6

    def _acronym_ahead(self, k: int, limit: int) -> int | None:
        """Where an acronym in parentheses closes the words from token k on, within a name's reach."""
        doc = self.doc
        for j in range(k, min(limit - 2, k + MAX_NP_TOKENS)):
            if doc.words[j] == "(":
                acronym = doc.texts[j + 1]
                return j if len(acronym) > 1 and acronym.isupper() and doc.words[j + 2] == ")" else None
            w = doc.words[j]
            if not (doc.texts[j][:1].isalnum() or w in self.elided or w == "-") or w in self.clause_words \
                    or w in self.lex.auxiliary_forms:
                return None  # not past a clause
        return None

    def _ends_body_name(self, k: int) -> bool:
        """The preposition at token k goes on a body's proper name, read backwards (`l'Institut pour …`)."""
        j = k - 1
        if j < 0:
            return False
        start = j - (j > 0 and self.doc.words[j - 1] in self.determiners)
        return self._body_name_goes_on(start, k, self.doc.size)

    def _clause_end(self, k: int, limit: int) -> int:
        doc = self.doc
        while k < limit and not doc.quoted[k] and doc.words[k] not in (",", ".", ";", ":", "!", "?") and not doc.sentence_ends[k]:
            k += 1
        return k

    def _point_of_address(self, k: int, limit: int) -> bool:
        """The point at token k joins a web address to its domain's ending, no space on either side and letters in
        lower case after it (`actu.fr`; not `la source.La préfecture`, two sentences run together)."""
        doc = self.doc
        return 0 < k and k + 1 < limit and doc.ends[k - 1] == doc.starts[k] and doc.ends[k] == doc.starts[k + 1] \
            and doc.texts[k - 1][-1:].isalnum() and doc.texts[k + 1].isalpha() and doc.texts[k + 1].islower()

    def _point_of_abbreviation(self, k: int) -> bool:
        """The point at token k ends an abbreviated title or an initial (`M.`, `Pr.`, `S.`), not a sentence (`indique
        le professeur.`)."""
        if k == 0:
            return False
        w = self.doc.words[k - 1]
        abbreviated = w + "." in self.lang.CIVIL_TITLES or len(w) <= MAX_ABBREVIATION
        return (self._is_title(k - 1) and abbreviated) or self.is_initial(k - 1)

    def _role_domain_after(self, k: int, limit: int) -> bool:
        """Tokens from k name the domain a role opener is in charge of (`chargé du Numérique`, `chargée de la
        restauration`), not a task by an infinitive (`chargé de négocier`)."""
        doc = self.doc
        return k + 1 < limit and doc.words[k] in self.lang.sets.OF and (
            doc.words[k] in self.lang.CONTRACTED_ARTICLES or doc.words[k + 1] in self.determiners
            or doc.texts[k + 1][:1].isupper())

    def _point_in_number(self, k: int, limit: int) -> bool:
        """The point at token k joins a number's digits (`de 1.000 habitants`: a thousands' separator)."""
        doc = self.doc
        return 0 < k < limit - 1 and doc.texts[k - 1].isdigit() and doc.texts[k + 1].isdigit() \
            and doc.ends[k - 1] == doc.starts[k] and doc.ends[k] == doc.starts[k + 1]

    def is_initial(self, k: int) -> bool:
        """Token k is a single capital letter: an initial (`S.`) or an interview's speaker (`R :`)."""
        doc = self.doc
        return doc.ends[k] - doc.starts[k] == 1 and doc.texts[k].isupper()  # (its length told by its offsets first)

    def _is_title(self, k: int) -> bool:
        w = self.doc.words[k]
        return w in self.lang.CIVIL_TITLES or w + "." in self.lang.CIVIL_TITLES

    def _apposition(self, i: int, limit: int):
        """After a comma: a role (`le patron du service …`, `également directrice de …`) or a name (`…, François
        Félix`)."""
        doc = self.doc
        if doc.words[i] in self.adverbs and i + 1 < limit:
            i += 1  # `X, également directrice de Y`: the role after its adverb
        w, tok = doc.words[i], doc.texts[i]
        if tok[:1].isupper() and w not in self.determiners and first_name_gender(tok):
            found = self.noun_phrase(i, limit)
            if found:
                return found[0], "name", found[1]
            return None
        starts_role = (
            w in self.determiners
            or w in self.lang.ROLE_NOUNS
            or w in self.lang.ROLE_OPENERS
            or w.startswith(tuple(self.lang.FORMER_PREFIXES))
            or (tok[:1].islower() and bare_role_gender(self.lang, w) is not None)  # `…, vendeuse au marché`
        )
        if not starts_role or w in self.lang.POSSESSIVES or self._describes_a_place(i, limit):
            return None
        k, ends = i, {",", ".", ";", ":", "!", "?", *self.lang.RELATIVE_CLAUSE_WORDS[:3]}
        while k < limit and doc.words[k] not in ends and k - i < 20:
            k += 1
        return doc.phrase(i, k), "role", k

    def _describes_a_place(self, i: int, limit: int) -> bool:
        """The phrase at token i is built on a noun of a kind of place (`une localité du centre`, `a small town`), not
        one qualifying a role (`a city councillor`): an apposition of a place's, not of a speaker's."""
        words = self.doc.words
        return any(words[k] in self.lang.sets.PLACE_KIND_NOUNS and (k + 1 >= limit or words[k + 1] not in self.lang.ROLE_NOUNS)
                   for k in range(i + 1, min(i + 3, limit)))

    def _reporter_sentence_start(self, k: int) -> int:
        """Where the sentence holding token k starts, past a quotation opening it that ended with its own sentence's
        mark (`« … ce métier. » Celle qui …`)."""
        doc = self.doc
        lo = doc.sentence(k)[0]
        if not any(doc.quoted[lo:k]):
            return lo  # (most sentences: no quotation before the verb)
        for j in range(lo + 2, k):
            if doc.quoted[j - 1] and not doc.quoted[j] and doc.sentence_ends[j - 2] and doc.texts[j][:1].isupper():
                lo = j
        return lo

    def subject_before(self, k: int):
        """The subject written before the verb at token k: (mention, start, role)."""
        doc = self.doc
        lo = self._reporter_sentence_start(k)
        if lo + 3 < k and doc.words[lo + 1] == "," and (doc.words[lo] in self.connectives or doc.words[lo] in self.adverbs):
            lo += 2  # `Ainsi, celui qui …`: past an opening connective
        if lo + 2 <= k and doc.words[lo + 1] in self.lang.RELATIVE_PRONOUNS and f"{doc.words[lo]} {doc.words[lo + 1]}" \
                in self.lang.PRONOUNS \
                and (not any(doc.quoted[lo:k]) or doc.cue_starts(lo + 2, k)):
            # `Celui qui vient de fêter ses noces avec X explique :`: the one the relative clause describes, not X (its
            # own words quoted if its own speech verb says them: `Celle qui assure bénéficier de « soutiens » conclut :`)
            return (doc.phrase(lo, lo + 2), doc.starts[lo], None)
        j = k - 1
        # `L'Unef de son côté condamne`, `X a de son côté estimé`: past a turn's adverbial, and its auxiliary
        turn = next((n for n in range(2, MAX_TURN_WORDS + 1)
                     if j - n >= lo and doc.phrase_at(j - n + 1, self.adjunct_phrases) == n), 0)
        j -= turn
        if turn and j >= lo and self.lex.auxiliary(doc.words[j]) is not None:
            j -= 1
        while j >= 0 and (doc.words[j] in self.adverbs or doc.words[j] in self.lex.preverbal_clitics
                          or doc.words[j] in self.lex.negation):  # `que la CGT n'ait recommandé`
            if doc.words[j] in self.lang.STRESSED_PRONOUNS and (j == 0 or doc.sentence_ends[j - 1] or (
                    doc.words[j - 1] in self.lang.OPENING_CONNECTIVES and (j == 1 or doc.sentence_ends[j - 2]))):
                # `Lui aussi avait dit`, `Mais lui m'a répondu`: a stressed pronoun opening the sentence
                return (doc.texts[j], doc.starts[j], None)
            j -= 1  # `Il s'est dit`, `Elle lui a répondu`
        if j > 0 and doc.words[j] in self.lang.sets.OBJECT_CLITICS and doc.words[j - 1] in self.lang.sets.RELATIVE_PRONOUNS:
            j -= 1  # `X qui l'appelait`
        elif j == k - 1 and j > 1 and doc.words[j] in self.lang.sets.OBJECT_CLITICS and (
                doc.texts[j - 1][:1].isupper() or (doc.words[j - 1] == "," and self._relative_closed_at(j - 1) is not None)
                or doc.words[j - 1] in self.lang.ROLE_NOUNS or person_noun_gender(self.lang, doc.words[j - 1]) is not None
                or doc.words[j - 1] in self.lang.PRONOUNS):
            # `X l'assure :`, `la ministre le confirme :`, `X, qui habite Lyon, l'assure :`, `Et il l'assure`: an object
            # pronoun before the verb, after a name, a person's noun or a pronoun that ends its subject (not `soutenir la
            # liste`: an article; nor `comme le relaye X`, `« … », l'assure X`)
            j -= 1
        if j > 0 and doc.words[j] in SIGNATURE_DASHES:  # `Ces élus - une dizaine de maires - réclament`
            before = self._before_dashed_aside(j)
            found = self.phrase_back(before) if before < j else None
            if found is None or doc.words[found[0]] in self.prepositions or not self.could_speak(*found):
                return self._subject_of_clause(j)  # `X, élu avec 46 % des voix - contre 44 % à Y - explique`
            return (doc.phrase(*found), doc.starts[found[0]], None)
        if j < 0 or (doc.quoted[j] and self.group_name_in_marks(j) is None):
            return None
        w = doc.words[j]
        if w in self.lang.RELATIVE_PRONOUNS:
            return self.antecedent_of_relative(j)
        if w in self.lang.PRONOUNS:
            one_of = next((s for s in range(max(lo, j - MAX_ONE_OF_TOKENS), j)
                           if doc.phrase(s, j + 1).lower().replace("’", "'").startswith(self.lang.ONE_OF)), None)
            start = j if one_of is None else one_of  # `L'un d'eux explique`: one of them, not `eux`
            return (doc.phrase(start, j + 1), doc.starts[start], None)
        if j > 0 and f"{doc.words[j - 1]} {w}" in self.lang.PRONOUNS:  # `Ce dernier a dénoncé`
            return (doc.phrase(j - 1, j + 1), doc.starts[j - 1], None)
        if w in self.lang.sets.OBJECT_CLITICS and (j == 0 or doc.words[j - 1] == "," or doc.words[j - 1] in self.lang.sets.AFTER_QUOTE_LINKS):
            return None  # "comme le relaye France Bleu": the subject follows the verb
        if w == ",":
            relative = self._relative_closed_at(j)
            # `L'ex-candidate, qui n'est plus membre du Parti socialiste, assure`: the description, not the party
            # (a name before the relative is read as an apposition's head is)
            if relative is not None and not doc.texts[relative - 2][:1].isupper() \
                    and (head := self.subject_before(relative - 1)) is not None:
                return head
            place = self.phrase_back(j - 1)
            if place is not None and place[0] > 0 and doc.words[place[0] - 1] in self.lang.PLACE_PREPOSITIONS \
                    and (relative := self._relative_opening(j, past_asides=True)) is not None:
                # `X qui ne quittait plus son appartement, à Dijon, a expliqué`: the relative's antecedent, no place
                return self.antecedent_of_relative(relative)
            apposed = self.apposed_head(j) or self._subject_before_reaching_aside(j)
            if apposed is not None:
                return apposed
            inner = self.phrase_back(j - 1)
            if inner is None:
                return self._subject_before_incidental(j)
            lo, hi = inner
            if lo > 1 and doc.words[lo - 1] == ",":
                outer = self.phrase_back(lo - 2)
                if outer and self.has_name(lo, hi) and not self.has_name(*outer):
                    return (doc.phrase(outer[0], hi), doc.starts[outer[0]], doc.phrase(*outer))
                if outer and self.has_name(*outer) and not self.has_name(lo, hi):
                    return (doc.phrase(*outer), doc.starts[outer[0]], doc.phrase(lo, hi))
            if lo > 1 and doc.words[lo - 1] in self.prepositions \
                    and (aside := next((c for c in range(lo - 2, max(0, lo - 1 - MAX_ASIDE_TOKENS), -1)
                                        if doc.words[c] == ","), None)) is not None \
                    and (outer := self.phrase_back(aside - 1)) is not None and not self.could_speak(lo, hi):
                # `son mari, debout à ses côtés, ajoute`: a preposition's object ends an aside set off by commas; the
                # subject is the phrase before it, with its complements (`Les participants aux manifestations,
                # réprimées par la police, ont crié`)
                if self.could_speak(*outer):
                    return (doc.phrase(*outer), doc.starts[outer[0]], None)
                opening = self._clause_opening(aside)
                if opening < outer[0] and (found := self.noun_phrase(opening, aside)) is not None \
                        and self.could_speak(opening, found[1]):
                    return (doc.phrase(opening, aside), doc.starts[opening], None)
            return (doc.phrase(lo, hi), doc.starts[lo], None)
        if w in self.lang.COORDINATORS:
            return self._subject_of_previous_verb(j)
        found = self.phrase_back(j)
        if found and found[1] - found[0] == 1 and doc.words[found[0]] in self.determiners:
            return None  # `rejeté la demande`, `l'appelait`: an article or object pronoun, no subject
        if found and self._opens_with_pronoun(*found):
            return None  # `il reste des doutes ajoute X`: a clause of its own, not a subject
        if found and (role := self._role_before_complement(*found)) is not None:
            found = (role, found[1])  # `le président du groupe au Sénat affirme`: not the Sénat
        if found is None or doc.words[found[0]] in self.clause_words:
            return self._subject_of_clause(j)
        word_before = doc.words[found[0] - 1] if found[0] > 0 else ""
        if not self.has_person_name(found[0], self.head_end(*found)) and (self.opens_with_role(*found) or (
                word_before in self.prepositions or word_before in self.lang.sets.OF or word_before in self.lang.ROLE_NOUNS)):
            # (`X, député PS a estimé`, `X, président de Debout la France a dit`: a body ending a role, not the subject)
            apposed = self._unclosed_apposition(j + 1)
            if apposed is not None:
                return apposed
            relative = self._relative_opening(found[0])
            if relative is not None and (antecedent := self.antecedent_of_relative(relative)) is not None:
                return antecedent  # `La mère d'un enfant qui porte cette veste depuis trois ans assure`: the mother
        if (relative := self._relative_opening(found[0])) is not None and self._verb_of_relative(relative, found[0]) \
                and (antecedent := self.antecedent_of_relative(relative)) is not None:
            return antecedent  # `X qui habite Aubervilliers l'assure`: X, not the object of the relative's verb
        if found[0] > 0 and doc.words[found[0] - 1] in self.prepositions \
                and (described := self._head_before_complements(*found)) is not None:
            return described  # (a name too: `professeur à Paris-Dauphine`)
        return (doc.phrase(*found), doc.starts[found[0]], None)

    def _verb_of_relative(self, relative: int, k: int) -> bool:
        """The relative pronoun at token `relative`, in lower case (not `Doctor Who`), opens a clause about the phrase
        before it whose verb alone (its clitics, adverbs, auxiliaries) stands between it and token k: what follows is
        the verb's object (`qui habite Aubervilliers`; not `qui se gaussent lorsque X`, another clause's subject)."""
        doc = self.doc
        between = doc.words[relative + 1 : k]
        return doc.texts[relative].islower() and self._opens_relative_about(relative) \
            and 0 < len(between) <= MAX_RELATIVE_VERB_TOKENS and not any(
                w in self.clause_words or w in self.prepositions or w in self.determiners or w in self.lang.sets.THAT
                or w in self.lang.sets.COORDINATORS or w in self.lang.sets.SUBORDINATORS for w in between)

    def past_participle(self, word: str) -> bool:
        """A past participle by its ending (`spécialisé`) or an irregular one (`émis`)."""
        return is_past_participle(self.lang, word)

    def _head_before_complements(self, lo: int, hi: int):
        """`Un médecin spécialisé dans les maladies rares a dit`, `Une habitante installée à Lyon depuis dix ans a
        dit`: the phrase at [lo, hi) completes a past participle (past other complements) right after a noun phrase
        that can speak, which the participle describes; or completes that phrase itself (`cet ancien professeur à
        l'université X a dit`): that phrase, the subject."""
        doc = self.doc
        head, start = None, lo
        for _ in range(MAX_HEAD_COMPLEMENTS):
            if lo < 3 or doc.words[lo - 1] not in self.prepositions or self.past_participle(doc.words[lo - 2]):
                break
            if (head := self.phrase_back(lo - 2)) is None:
                return None
            lo = head[0]  # `installée à Lyon depuis dix ans`: the complement before this one
        else:
            return None
        p = lo - 2
        if head is not None and (p < 0 or doc.words[lo - 1] not in self.prepositions):
            # the phrase the complements go back to opens the clause: the subject, if it can speak
            # (a noun phrase: its determiner first, no verb in it; not a role, then its holder's name: `l'émissaire
            # de l'ONU pour le Proche-Orient Paul X`)
            noun_phrase = doc.words[lo] in self.determiners \
                and not any(w in self.lex.verb_forms or w in self.lex.auxiliary_forms for w in doc.words[lo:hi])
            named = hi - start > 1 and doc.texts[hi - 1][:1].isupper() and doc.texts[hi - 2][:1].isupper()
            if not noun_phrase or named or not self.could_speak(*head):
                return None
            return (doc.phrase(lo, hi), doc.starts[lo], None)
        if p < 1 or doc.words[lo - 1] not in self.prepositions or doc.words[p - 1] in self.lex.auxiliary_forms \
                or doc.words[p - 1] in self.determiners or doc.words[p - 1] in self.lang.OF \
                or not self.past_participle(doc.words[p]):
            return None
        head = self.phrase_back(p - 1)
        if head is None or head[1] != p or not self.could_speak(*head):
            return None
        return (doc.phrase(head[0], hi), doc.starts[head[0]], None)

    def _relative_opening(self, k: int, past_asides: bool = False) -> int | None:
        """The relative pronoun opening, with no comma, the clause that runs to token k (`qui porte cette veste
        depuis` before k), in the reporter's words of the sentence; `past_asides`: past the clause's own asides set
        off by commas, to a pronoun no comma comes before (`X qui ne quittait plus son appartement, à Dijon,`)."""
        doc = self.doc
        lo, _ = doc.sentence(k)
        stops = (":", ";") if past_asides else (",", ":", ";")
        reach = 2 * MAX_RELATIVE_TOKENS if past_asides else MAX_RELATIVE_TOKENS
        for c in range(k - 1, max(lo, k - reach) - 1, -1):
            if doc.quoted[c] or doc.words[c] in stops or doc.words[c] in self.lang.sets.THAT:
                return None
            if doc.words[c] in self.lang.sets.RELATIVE_PRONOUNS:
                return c if c > lo and not (past_asides and doc.words[c - 1] == ",") else None
        return None

    def _unclosed_apposition(self, k: int):
        """`Claudia Lenz, professeure à l'université de Bâle confirme`: the person's name an apposition left
        open before the verb at token k describes, its subject (not the role or the body ending the apposition)."""
        doc = self.doc
        apposed = self.apposed_head(k)
        if apposed is None:
            return None
        lo = doc.index_at(apposed[1])
        hi = doc.index_at(apposed[1] + len(apposed[0]))
        if not self._is_person_name(lo, hi) or any(
                doc.words[c] in self.lex.auxiliary_forms or doc.words[c] in self.lex.verb_forms for c in range(hi, k)):
            return None  # `X, l'auteur du tir, a été limogé et le procureur a indiqué`: another clause
        return apposed

    def _is_person_name(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) are a person's name and nothing else: capitalised words (and particles), a first
        name or a title among them (not `Il y a 11 ans`, `Vu la pandémie`, `A Paris`)."""
        doc = self.doc
        return (self.starts_with_person(lo) or self._is_title(lo)) and all(
            doc.texts[c][:1].isupper() or self._name_particle(c) for c in range(lo, hi))

    def _relative_closed_at(self, j: int) -> int | None:
        """The relative pronoun opening, after a comma, the clause the comma at token j closes, if one does."""
        doc = self.doc
        for c in range(j - 1, max(0, j - MAX_RELATIVE_TOKENS), -1):
            if doc.quoted[c] or doc.sentence_ends[c]:
                return None
            if doc.words[c] == ",":
                return c + 1 if doc.words[c + 1] in self.lang.RELATIVE_PRONOUNS else None
        return None

    def _role_before_complement(self, lo: int, hi: int) -> int | None:
        """Where a role opens whose complement (`au Sénat`, `à l'Assemblée`) is the phrase [lo, hi) read back to
        its preposition: the role, not the place, is who the phrase names; None if no role stands there."""
        doc = self.doc
        if lo < 2 or doc.words[lo - 1] not in self.lang.sets.ROLE_COMPLEMENT_PREPOSITIONS or self.has_person_name(lo, hi):
            return None
        outer = self.phrase_back(lo - 2)
        if outer is None or outer[1] != lo - 1 or not any(
                without_former(self.lang, doc.words[k]) in self.lang.ROLE_NOUNS for k in range(*outer)):
            return None  # (`l'ex-candidate à la présidentielle`: a role after a former prefix too)
        return outer[0]

    def clause_before(self, k: int) -> bool:
        """The words before the verb at token k are a clause of their own, opened by a subject pronoun (`il
        reste des doutes ajoute X`): the verb's subject comes after it."""
        found = self.phrase_back(k - 1)
        return found is not None and self._opens_with_pronoun(*found)

    def _opens_with_pronoun(self, lo: int, hi: int) -> bool:
        return hi - lo > 1 and self.doc.words[lo] in self.lang.PRONOUNS

    def _before_dashed_aside(self, j: int) -> int:
        """The token before an aside between dashes that closes at token j (j itself if none opens it)."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        while j > lo and doc.words[j - 1] == doc.words[j]:
            j -= 1  # `--`
        for c in range(j - 1, lo - 1, -1):
            if doc.quoted[c]:
                break
            if doc.words[c] == doc.words[j]:
                while c > lo and doc.words[c - 1] == doc.words[j]:
                    c -= 1
                return c - 1
        return j

    def subject_after_opening_participle(self, lo: int, k: int, hi: int):
        """`Relevant « … » sur internet, les auteurs d'une étude estiment …`, `Résumant la situation, il a eu
        cette phrase : « … »`: a participle opening the sentence leans on the subject after the comma that
        closes its clause."""
        doc = self.doc
        if self.doc.unquoted_end(lo, k) != lo or any(w == "," for w in doc.words[lo:k]):
            return None  # not the sentence's opening
        _, end = doc.sentence(lo)
        for c in range(k + 1, end):
            if doc.words[c] == "," and not doc.quoted[c]:
                return self.clause_subject(c + 1, end)
        return None

    def participle_apposition(self, lo: int, k: int):
        """`… à X, un homme de 46 ans, décédé le 25 mai en répétant « … »`: a gerund inside a participle
        clause set off by a comma leans on the one that clause describes, the name before it."""
        doc = self.doc
        for c in range(k - 1, lo, -1):
            if doc.quoted[c] or doc.words[c] in self.lang.sets.THAT or doc.words[c] in self.lang.sets.RELATIVE_PRONOUNS:
                return None  # another clause
            if doc.words[c] != "," or c + 1 >= k or not doc.texts[c + 1].endswith(self.lang.PARTICIPLE_ENDINGS):
                continue
            commas, end = 0, c
            for b in range(c - 1, lo - 1, -1):  # back over the appositions before it, to a name
                if doc.words[b] != "," and b > lo:
                    continue
                if doc.words[end - 1] in self.lex.auxiliary_forms:
                    return None  # `X a, elle, critiqué …`: the participle completes the verb, no apposition
                head = self.phrase_back(end - 1)
                if head is not None and self.has_person_name(*head):
                    return (doc.phrase(*head), doc.starts[head[0]], None)
                commas += 1
                if commas > MAX_APPOSITIONS or doc.words[b] != ",":
                    return None
                end = b
            return None
        return None

    def noun_before_participle(self, lo: int, k: int):
        """`des manifestants scandant « … »`, `une trentaine de militants criant`: a participle right after a noun
        phrase of persons with no comma describes them, its subject (not `X, réclamant`, nor `en réclamant`)."""
        doc = self.doc
        if not self.lang.PARTICIPLE_DESCRIBES_NOUN_BEFORE:
            return None
        collective = self.lang.sets.COLLECTIVE_NOUNS
        for d in range(k - 2, max(lo, k - 1 - MAX_NOUN_BEFORE_PARTICIPLE) - 1, -1):
            w = doc.words[d + 1]
            number_of = w in self.lang.OF and doc.words[d] in collective  # `une trentaine de militants`
            if doc.quoted[d + 1] or not doc.texts[d + 1].isalpha() or not doc.texts[d + 1].islower() \
                    or ((w in self.adjunct_words or w in self.determiners) and not number_of) or w in self.clause_words \
                    or w in self.lang.COORDINATORS or w in self.lex.verb_forms or w in self.lex.auxiliary_forms:
                return None  # (a word of the phrase: a noun, an adjective, a number's `de`)
            if doc.words[d] in self.determiners and not doc.quoted[d] and not (
                    doc.words[d] in self.lang.OF and d > lo and doc.words[d - 1] in collective):
                if not (self._names_a_listed_person(d, k) or self._names_a_group(d, k) or any(
                        doc.words[j] in self.lang.ROLE_NOUNS or doc.words[j] in self.lang.sets.GROUP_NOUNS for j in range(d + 1, k))):
                    return None  # (a thing's or a body's: `une lettre exprimant`, `un fonds soutenant`)
                return (doc.phrase(d, k), doc.starts[d], None)
        return None

    def participle_in_relative(self, lo: int, k: int):
        """`… questionné par un garçon, qui l'a tutoyé en lui disant « … »`: a participle inside a relative clause
        opened by its subject pronoun, no comma nor coordinator between (`la personne qui devait l'interviewer et
        assurant …`: the main clause's), leans on the pronoun's antecedent."""
        doc = self.doc
        for c in range(k - 1, lo, -1):
            if doc.quoted[c] or doc.words[c] == "," or doc.words[c] in self.lang.sets.THAT \
                    or doc.words[c] in self.lang.COORDINATORS:
                return None
            if doc.words[c] in self.lang.sets.RELATIVE_PRONOUNS:
                return self.antecedent_of_relative(c)
        return None

    def absolute_subject(self, lo: int, k: int):
        """`L'entreprise a condamné l'agression, le directeur régional X se disant « … »`: a present participle
        right after a comma and a noun phrase that names somebody has that phrase for its own subject."""
        doc = self.doc
        for c in range(k - 1, lo, -1):
            if doc.quoted[c]:
                return None
            if doc.words[c] == ",":
                found = self.noun_phrase(c + 1, k)
                if found is None or found[1] != k or not (self.names_somebody(c + 1, k) or self.has_name(c + 1, k)):
                    return None
                return (found[0], doc.starts[c + 1], None)
        return None

    def _an_age(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) are an age (`51 ans`)."""
        return hi - lo == 2 and self.doc.words[lo].isdigit() and self.doc.words[lo + 1] in self.lang.sets.AGE_WORDS

    def past_adverbs(self, k: int, limit: int) -> int:
        """The first token from k, before limit, that is no one-word adverb (`interroge ensuite X`: X's)."""
        while k < limit and self.doc.words[k] in self.lang.sets.ADVERBS:
            k += 1
        return k

    def subject_set_off(self, j: int):
        """`Sur Facebook, le prince X, a annoncé …`: a noun phrase naming a person between the comma closing the
        sentence's opening adverbial and the comma at token j, right before a verb: its subject, that comma a slip
        (not `X, raconte Y, …`: an incise, whose subject follows)."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        start = next((c + 1 for c in range(lo, j) if doc.words[c] == ","), j)  # past the sentence's first comma
        if start == j or doc.quoted[start] or not self.has_person_name(start, j) \
                or any(doc.words[c] in self.lang.sets.THAT for c in range(lo, j)):
            return None  # (not `tandis que X, Y, a …`: a subordinate clause, its subject read otherwise)
        found = self.noun_phrase(start, j)
        return (found[0], doc.starts[start], None) if found is not None and found[1] == j else None

    def _in_set_off_relative(self, k: int, lo: int) -> bool:
        """Token k is inside a relative clause a comma opens (`, qui se félicite d'avoir « … »,`), past lo."""
        doc = self.doc
        for c in range(k - 1, lo, -1):
            if doc.words[c] == "," and not doc.quoted[c]:
                return doc.words[c + 1] in self.lang.RELATIVE_PRONOUNS
        return False

    def apposed_head(self, j: int):
        """`Martine Lebrun, directrice du Bureau de l'eau,` before the verb (the comma at token j):
        the name that heads one or more appositions, not a body or place inside them."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        commas = 0
        in_relative = None  # whether the quotation being read back through is inside a relative clause: asked once
        for c in range(j - 1, lo - 1, -1):
            if doc.quoted[c]:
                if in_relative is None:
                    in_relative = self._in_set_off_relative(c, lo)
                if in_relative:
                    continue  # `La chroniqueuse, qui se félicite d'avoir « initié un mouvement », met en garde`
                return None
            in_relative = None
            if doc.words[c] in self.lang.sets.THAT and not self._relative_after_noun(c):
                return None  # another clause's subject: `Il a dit que X, directeur, pense`
            if doc.words[c] != ",":
                continue
            commas += 1
            if commas > MAX_APPOSITIONS:
                return None
            head = self.phrase_back(c - 1)
            if head is None:
                continue
            h_lo, h_hi = head
            if (adverbial := self._opening_adverbial_end(h_lo, lo)) is not None and adverbial < h_hi:
                h_lo = adverbial  # `De son côté X, …`, `Pour sa part X, …`: the adverbial is no part of the head
            # after a heading's dash too: `- Des tests en pharmacie -Martine Lebrun, directrice, explique`; or right
            # after a quotation (`« … C'est faux. » Serge, 60 ans, décrivait …`), or a connective opening the sentence
            # (`Mais Martine Lebrun, directrice à Lyon, relève …`)
            opens = h_lo == lo or doc.words[h_lo - 1] in (",", ":") or doc.words[h_lo - 1] in SIGNATURE_DASHES \
                or doc.quoted[h_lo - 1] or h_lo == adverbial \
                or (h_lo - 1 == lo and doc.words[lo] in self.lang.sets.OPENING_CONNECTIVES)
            if opens and doc.words[h_lo] in self.determiners and self.names_somebody(h_lo, h_hi) and self.starts_with_person(c + 1):
                # `La présidente de la commission des Lois, Y,`: the person apposed, whatever name the description holds
                return (doc.phrase(h_lo, j), doc.starts[h_lo], doc.phrase(h_lo, h_hi))
            if opens and self.has_person_name(h_lo, h_hi):
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
            if opens and self.has_name(h_lo, h_hi) and (self.opens_with_role(c + 1, j) or self._an_age(c + 1, j)
                                                        or (self._opens_relative_about(c + 1) and j - c > 2)):
                # `Upasana Dutt, responsable de la recherche,`, `Jacline X, 51 ans,`, `Vision, whose real name is Y,`: a
                # name nobody listed, then its role, its age or a relative clause about it (not `…, qui, a dit X, …`:
                # an incise)
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
            if opens and self.names_somebody(h_lo, h_hi):
                if self.starts_with_person(c + 1) or self._described_name(c + 1, j) \
                        or (self._role_among(h_lo, self.head_end(h_lo, h_hi)) and self._only_a_name(c + 1, j)):
                    # `La ministre, Hélène Vasseur,`, `Le chef d'état-major, le général Paul X,`, `Son institutrice,
                    # Waynel X,`: resolved by the name
                    return (doc.phrase(h_lo, j), doc.starts[h_lo], doc.phrase(h_lo, h_hi))
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
        return None

    def _opening_adverbial_end(self, k: int, lo: int) -> int | None:
        """The end, at token k or past it, of an adverbial phrase opening the clause that the phrase at token k opens:
        at the sentence's start (lo), or right after a quotation, a comma or a colon (`« … » De son côté X`)."""
        doc = self.doc
        for start in range(k, max(lo, k - MAX_ADVERBIAL_TOKENS) - 1, -1):
            if start == lo or doc.quoted[start - 1] or doc.words[start - 1] in (",", ":"):
                end = self.lex.adverbial_end(doc.words, start)
                return end if end is not None and end >= k else None
        return None

    def describes_a_person_at(self, i: int) -> bool:
        """Token i, a determiner, opens the description of a person: a role, a person's noun or a civil title one or
        two words on (`La spécialiste`, `ce très proche de X`, `le Pr X`; not `La mort de X`)."""
        doc = self.doc
        return doc.words[i] in self.determiners and any(
            w in self.lang.ROLE_NOUNS or w in self.lang.CIVIL_TITLES or person_noun_gender(self.lang, w) is not None
            for w in doc.words[i + 1 : i + 3])

    def _opens_relative_about(self, k: int) -> bool:
        """Token k opens a relative clause about the phrase before it (`qui`, `dont`, `whose`; not `que` nor `où`)."""
        word, sets = self.doc.words[k], self.lang.sets
        return word in sets.RELATIVE_CLAUSE_WORDS and word not in sets.THAT and word not in sets.SUBORDINATORS

    def _described_name(self, lo: int, hi: int) -> bool:
        """Tokens lo to hi are a determiner, a few lower-case words that are no function words, then a person's name
        to the end (`le général Paul X`, `le républicain Ken X`; not `l'Opéra de Paris`, `dont le président X`)."""
        doc = self.doc
        if doc.words[lo] not in self.determiners:
            return False
        k = lo + 1
        while k < hi and k - lo <= MAX_DESCRIBING_WORDS and doc.texts[k].islower() and self._bare_adjective(k):
            k += 1
        return lo + 1 < k < hi and self.starts_with_person(k) and all(doc.texts[t][:1].isupper() for t in range(k, hi))

    def _only_a_name(self, lo: int, hi: int) -> bool:
        """Tokens lo to hi are capitalised words, two or more, that make a name (`Waynel X`: a first name nobody
        listed)."""
        return hi - lo >= 2 and all(self.doc.texts[t][:1].isupper() for t in range(lo, hi)) and self.has_name(lo, hi)

    def _relative_after_noun(self, c: int) -> bool:
        """The `that` at token c opens a relative clause on the noun its determiner opens (`a charity that
        campaigns`), not a verb's complement clause (`said that`)."""
        doc = self.doc
        return c >= 2 and doc.words[c - 2] in self.determiners and doc.words[c - 1] not in self.lex.auxiliary_forms \
            and doc.words[c - 1] not in self.lex.verb_forms

    def _subject_before_reaching_aside(self, j: int):
        """`An email from the operators, seen by the BBC, said`: the comma at token j closes an aside telling
        who reached the source (`seen by`, `contacté par`); the subject is the phrase opening the clause before
        it, not the medium."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        c = next((c for c in range(j - 1, lo, -1) if doc.words[c] == "," or doc.quoted[c]), None)
        if c is None or doc.quoted[c] or c + 3 > j or doc.words[c + 1] not in self.lang.SOURCE_PARTICIPLES \
                or doc.words[c + 2] not in self.lang.BY:
            return None
        opening = self._clause_opening(c)
        found = self.noun_phrase(opening, c)
        if found is None or not (self.could_speak(opening, found[1]) or self.names_document(opening, found[1])):
            return None
        return (doc.phrase(opening, c), doc.starts[opening], None)  # with its complements: `from the operators`

    def _clause_opening(self, k: int) -> int:
        """The first token of the stretch of its sentence that runs to token k, past the last comma or quotation."""
        doc = self.doc
        opening, first = k, doc.sentence(k)[0]
        while opening > first and doc.words[opening - 1] != "," and not doc.quoted[opening - 1]:
            opening -= 1
        return opening

    def names_document(self, lo: int, hi: int) -> bool:
        """A phrase whose head is a document that speaks for its author: `a statement`, `an email`."""
        words = [w for w in self.doc.words[lo:hi] if w not in self.determiners]
        return bool(words) and words[-1] in self.lang.SOURCE_DOCUMENTS

    def _subject_before_incidental(self, j: int):
        """`X (LR), tout en comprenant "l'intérêt", s'est dit …`: the subject before a clause
        set off by commas."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        for c in range(j - 1, lo, -1):
            if doc.words[c] == "," and not doc.quoted[c]:
                found = self.phrase_back(c - 1)
                if found and (self.has_person_name(*found) or self.names_somebody(*found)):
                    return (doc.phrase(*found), doc.starts[found[0]], None)
                return None
        return None

    def antecedent_of_relative(self, j: int):
        """`Olivier Ginon, président du groupe GL events qui rappelle`: the person, not the group."""
        doc = self.doc
        if j > 0 and doc.words[j - 1] == ",":
            j -= 1  # `Le recteur, qui avait promis`
        found = self._speaking_part(self.phrase_back(j - 1)) or self._held_by_contracted_article(j)
        if found is None:
            return None
        lo, hi = found
        titled = next((k for k in range(hi - 2, lo, -1)
                       if (doc.words[k] in self.lang.CIVIL_TITLES or doc.words[k] + "." in self.lang.CIVIL_TITLES)
                       and doc.texts[k][:1].isupper()), None)  # (`M.`: the point a token of its own)
        if titled is not None:
            lo = titled  # `a réagi auprès de l'AFP M. X, qui …`: the person a civil title names, not the medium before
        if lo > 1 and doc.words[lo - 1] in self.adjunct_words and not self.has_person_name(lo, hi):
            # `les propos de X à Évry qui pointait`, `a déclaré X sur RTL, qui se dit`: X, not the place or medium
            person = self.phrase_back(lo - 2)
            if person is not None and person[1] == lo - 1 and self.has_person_name(*person):
                lo, hi = person
        comma = self._apposition_start(lo) if not self.has_person_name(lo, hi) else None
        if comma is not None:  # `X, chercheur à l'université Y, qui rappelle`: the person, not the body
            # (`C'est le cas de X, rédacteur en chef des Y, qui`: X, past the clause before it)
            named = self._speaking_part(self.phrase_back(comma - 1))
            if named and self.has_person_name(*named):
                return (doc.phrase(*named), doc.starts[named[0]], doc.phrase(comma + 1, hi))
        return (doc.phrase(lo, hi), doc.starts[lo], None)

    def _held_by_contracted_article(self, j: int) -> tuple[int, int] | None:
        """`a écrit au maire qui`, `au chauffeur, qui`: a person's noun before token j whose article the preposition
        holds, read with it (the resolver reads the article back)."""
        doc = self.doc
        k = j - 1
        if k > 0 and doc.words[k - 1] in self.lang.CONTRACTED_ARTICLES and doc.words[k] not in self.lang.CONTRACTED_ARTICLES \
                and (doc.words[k] in self.lang.ROLE_NOUNS or person_noun_gender(self.lang, doc.words[k]) is not None):
            return (k - 1, j)
        return None

    def _speaking_part(self, found: tuple[int, int] | None) -> tuple[int, int] | None:
        """The part of a phrase read back that may speak: after the verb it holds (`C'est l'avis de X`, `Il a
        reçu des élus`: the object, not the clause), and after the complement that cannot (`le boycott de
        l'opposition`: the opposition)."""
        if found is None:
            return None
        doc = self.doc
        lo, hi = found
        verb = next((k for k in range(hi - 1, lo - 1, -1) if doc.words[k] in self.lex.auxiliary_forms), None)
        if verb is None and hi - lo > 2 and doc.words[lo] in self.lang.SUBJECT_CLITICS \
                and doc.words[lo + 1] not in self.lang.sets.COORDINATORS:
            verb = lo + 1  # `Il partage la colère de X, qui …`: a subject pronoun's clause, its verb next
        if verb is not None:
            lo = next((k for k in range(verb + 1, hi) if self._starts_phrase(k)), hi)
            if lo == hi:
                return None
        for m in range(lo + 1, hi - 1):
            if doc.words[m] in self.lang.OF and not self.could_speak(lo, m) and self.could_speak(m + 1, hi):
                return m + 1, hi
        return lo, hi

    def _apposition_start(self, lo: int) -> int | None:
        """The comma that opens the apposition ending with the phrase at token lo, if one does: no verb between but in a
        relative clause on the name before (`X, qui a ouvert une enquête et qui`; not `Entré au son de X, le cercueil
        est sorti sous les acclamations des proches, qui`: a clause)."""
        doc = self.doc
        verb = False
        for c in range(lo - 1, max(-1, lo - MAX_NP_TOKENS), -1):
            if doc.quoted[c] or doc.sentence_ends[c]:
                return None
            if doc.words[c] == ",":
                return c if c > 0 and not (verb and doc.words[c + 1] not in self.lang.RELATIVE_PRONOUNS) else None
            verb = verb or doc.words[c] in self.lex.auxiliary_forms
        return None

    def _subject_of_previous_verb(self, j: int):
        """`X annonce son retrait et reproche à …`: the subject both verbs share."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        for k in reversed(doc.cue_starts(lo, j)):
            match = doc.cue(k)
            if match and match.mood == "finite" and not match.inverted_subject:
                return self.subject_before(self.doc.verb_group_start(k, match, lo)[0])  # `il a écrit …, et a déclaré`
        # `X s'est rendu sur place et a promis`, `Malgré un ordre de dispersion, X sont restés assis et ont crié`
        subject = self.clause_subject(lo, j)
        if subject and (self.has_person_name(lo, j) or self.names_somebody(lo, j)):
            return subject
        return None

    def _subject_of_clause(self, j: int):
        """`Un blogueur du site X qui a tenté de s'interposer raconte` : the phrase opening
        the clause, when a relative clause stands between it and the verb."""
        doc = self.doc
        lo = j
        while lo > 0 and not doc.sentence_ends[lo - 1] and doc.words[lo - 1] != "," and not doc.quoted[lo - 1]:
            lo -= 1
        found = self.noun_phrase(lo, j + 1, relative=False)
        if found is None:
            return None
        mention, end = found
        if end <= j and (doc.words[end] == "," or doc.words[end] in self.lang.RELATIVE_CLAUSE_WORDS):
            return (mention, doc.starts[lo], None)
        return None

    def phrase_back(self, j: int):
        """Token range of the noun phrase ending at token j, read backwards."""
        doc = self.doc
        if j >= 0 and doc.words[j] == ")":
            while j >= 0 and doc.words[j] != "(":
                j -= 1
            j -= 1
        hi, k = j + 1, j
        while k >= 0 and hi - k <= MAX_NP_TOKENS:
            w, tok = doc.words[k], doc.texts[k]
            if w == "." and not doc.sentence_ends[k] and self._point_of_abbreviation(k):
                k -= 1  # `M. X`, `S. X`: the point of a title or an initial
                continue
            if w == "/" and 0 < k < hi - 1 and doc.texts[k - 1][:1].isupper() and doc.texts[k + 1][:1].isupper():
                k -= 1  # `BFMTV/RMC`: one name of two
                continue
            if k == j and doc.quoted[k] and (opening := self.group_name_in_marks(k)) is not None:
                k = opening - 1  # `les « gilets jaunes »`: a group's name in marks ends the phrase
                continue
            if doc.quoted[k] or doc.sentence_ends[k] or not (tok[:1].isalnum() or w in self.elided):
                break
            if (w in self.clause_words and not self._ends_body_name(k)) or (
                    w in self.adjunct_words and w not in self.lang.OF and not self._inside_role(k)
                    and not self._member_of_body(k)):
                break  # (but `le metteur en scène`: a role of several words)
            k -= 1
        lo = k + 1
        while lo < hi and not (doc.words[lo] in self.lang.sets.INDEFINITE_PLURAL_SUBJECTS
                               and self._member_of_body(lo + 1)) \
                and ((end := self.lex.adverbial_end(doc.words, lo)) or not self._starts_phrase(lo)):
            lo = end if end and end < hi else lo + 1  # `De son côté le ministre`: the adverbial is no part of it
        return (lo, hi) if lo < hi else None

    def _member_of_body(self, k: int) -> bool:
        """`beaucoup au sein de LR`: a membership phrase at token k after an indefinite plural subject, who are
        the body's members (not the body)."""
        return k > 0 and self.doc.words[k - 1] in self.lang.sets.INDEFINITE_PLURAL_SUBJECTS \
            and bool(self.doc.phrase_at(k, self.membership_phrases))

    def group_name_in_marks(self, k: int) -> int | None:
        """The opening mark of the marks token k closes, if they hold a group's name after a determiner or a number
        (`les « gilets jaunes »`, `l'un des « gilets jaunes »`): a noun phrase's head, nobody's words."""
        doc = self.doc
        if k + 1 < doc.size and doc.quoted[k + 1]:
            return None
        opening = k - 1
        while opening >= 0 and doc.quoted[opening] and k - opening <= MAX_NAME_WORDS + 1:
            opening -= 1
        opening += 1
        if opening == 0 or doc.quoted[opening - 1] or k - opening < 2:
            return None
        before = doc.words[opening - 1]
        if not (before in self.lang.DETERMINERS or before.isdigit()):
            return None
        return opening if self.names_a_group(doc.text[doc.ends[opening] : doc.starts[k]]) else None

    def names_a_group(self, words: str) -> bool:
        """The words are a noun of a group of people or of one of them (GROUP_NOUNS: `gilets jaunes`, `gilet
        jaune`)."""
        if len(words) > MAX_GROUP_NAME_CHARS + 2:
            return False  # (most quotations, told at once: not folded, `normalize`'s cache is for words)
        return words.strip().lower() in self.lang.derived(_group_name_forms)

    def _starts_phrase(self, i: int) -> bool:
        doc = self.doc
        w, tok = doc.words[i], doc.texts[i]
        if w in self.connectives or w in self.adverbs or (w in self.time_words and not self.describes_a_person_at(i)):
            return False  # (`ce matin`; but `ce très proche de X`: a demonstrative of a person)
        return (
            w in self.determiners
            or w in self.lang.CIVIL_TITLES
            or w in self.lang.PRONOUNS
            or tok[:1].isupper()
        )

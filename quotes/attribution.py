"""Attributing a quote span: finding its speech cue and the words that name its speaker.

Works on tokens of the reporter's text around a span (never inside other quotations):
after the quote (`"…", a affirmé lundi le général X`), inside it (`« …, a-t-il dit. … »`),
before it (`X a déclaré : « … »`, `Selon X, « … »`), or nowhere, in which case the
pipeline may let the quote continue the previous speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from .document import Document
from .lang import Language
from .lexicon import normalize, tokenize
from .names import first_name_gender
from .spans import SENTENCE_MARKS, Span

MAX_NP_TOKENS = 14
MAX_APPOSITIONS = 3  # `Sandrine, aide-soignante, 51 ans, de Besançon,`: appositions after a subject
FOR_HEAD_TOKENS = 3  # `pour` names a speaker by its head, not a word deep in its complement
MAX_INCISE_TOKENS = 5  # `a dit, à Angers, la ministre`: words set off between a verb and its subject
MAX_TERM_DISTANCE = 10  # a quotation after an article this far from the cue is a term more often than words
MAX_BYLINE_TOKENS = 20  # `Nom, rôle, sur la chaîne X « … »`: a line naming who speaks, short
SIGNATURE_DASHES = ("–", "—", "-")


def phrase_tokens(lang: Language, phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Each phrase as the words the tokenizer makes of it, by first word, in the given order."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = [t.norm for t in tokenize(phrase, lang)]
        by_first.setdefault(words[0], []).append(words)
    return by_first


def contracted_tokens(lang: Language, phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """`phrase_tokens`, where a phrase ending in "de" (OF[0]) also ends in "du", "des", "d'": "aux yeux du"."""
    of = lang.OF
    return {
        first: [variant for parts in group for variant in ([parts[:-1] + [w] for w in of] if parts[-1] == of[0] else [parts])]
        for first, group in phrase_tokens(lang, phrases).items()
    }


def _word_sets(lang: Language) -> tuple:
    """The word sets and phrase tables an Attributor reads, built once per language (`lang.derived`)."""
    according = contracted_tokens(lang, lang.ACCORDING_TO)
    return (
        frozenset(lang.DETERMINERS), frozenset(lang.CLAUSE_WORDS), frozenset(lang.ADJUNCT_PREPOSITIONS),
        frozenset(lang.TIME_WORDS), frozenset(lang.CONNECTIVES), frozenset(a for a in lang.ADVERBS if " " not in a),
        phrase_tokens(lang, lang.AFTER_QUOTE_LINKS), according, frozenset([*according, *lang.FOR]),
        # The longest word of each selon-like phrase: a sentence without one holds none of them.
        frozenset(max(p, key=len) for ps in according.values() for p in ps),
        phrase_tokens(lang, lang.PAGE_FURNITURE),
        frozenset([*lang.ADJUNCT_PREPOSITIONS, *lang.OBJECT_PREPOSITIONS, *lang.PERSON_PREPOSITIONS,
                   *lang.EMBEDDING_PREPOSITIONS, *lang.TERM_PREPOSITIONS, *lang.OF, *lang.TO, *lang.BY]),
    )


@dataclass
class Attribution:
    how: str  # after / incise / before / according / colon / participle / object (aux cris de « … ») / subject / signature / later
    cue: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    role: str | None = None
    antecedent: str | None = None  # for "on": the body it stands for
    end: int | None = None  # token index after the cue, when it stands before the quote


class Attributor:
    """Finds the cue and the speaker's words for each span of a document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.lang = doc.lang
        self.lex = doc.lexicon
        (self.determiners, self.clause_words, self.adjunct_words, self.time_words, self.connectives, self.adverbs,
         self.links, self.according, self.according_openers, self.according_keywords,
         self.furniture, self.prepositions) = doc.lang.derived(_word_sets)  # the same for every article of a language
        self._headings: dict[Span, bool] = {}

    def _according_at(self, k: int) -> int:
        """A `selon`-like phrase at token k: its length in tokens."""
        return self.doc.phrase_at(k, self.according)

    def is_heading(self, span: Span) -> bool:
        """`- « Chambre d'écho » -`: a sub-heading between dashes, run into the text (a wire's style)."""
        if span not in self._headings:
            doc = self.doc
            before, after = doc.index_at(span.outer_start), doc.index_at(span.outer_end)
            self._headings[span] = before > 0 and after < doc.size and doc.words[before - 1] in SIGNATURE_DASHES \
                and doc.words[after] in SIGNATURE_DASHES
        return self._headings[span]

    def attribute(self, span: Span) -> Attribution | None:
        doc = self.doc
        if self.is_heading(span):
            return None  # whose words it condenses is told by the words themselves (extract's repeats)
        after = doc.index_at(span.outer_end)
        before = doc.index_at(span.outer_start)  # first token of the span
        found = self._after(after)
        if found is not None and found.cue in self.lang.RELAYING_CUES:
            # `X aurait demandé de « … », rapporte BFMTV`: the medium relays what X said
            said = self._earlier_in_sentence(before)
            if said is not None and said.mention and said.cue not in self.lang.RELAYING_CUES:
                return said
        found = found or self._incise(span) or self._introduced(before) or self._later_in_sentence(after) \
            or self._byline(before)
        if found is not None:
            return found
        according = self._according_to(before)
        if according is not None and according.cue in self.lang.FOR:
            # `Pour le groupe X, Olivier Y a jugé « … »`: the speaker of the clause's own cue
            said = self._earlier_in_sentence(before)
            if said is not None and said.mention_start is not None and according.mention_start is not None \
                    and said.mention_start > according.mention_start:
                return said
        return according or self._earlier_in_sentence(before) or self._framed(before)

    # -- where the cue stands ----------------------------------------------------------
    def _after(self, i: int) -> Attribution | None:
        """`"…", a affirmé X` or `"…" explique X` right after the closing mark."""
        doc = self.doc
        if i >= doc.size or doc.quoted[i]:
            return None
        if doc.words[i] in SIGNATURE_DASHES:
            return self._signature(i + 1)
        comma = doc.words[i] == ","
        if comma:
            i += 1
        elif doc.words[i] == ":":  # `« … » : dans une lettre, X a répondu …`: the clause after explains who
            return self._first_cue(i + 1)
        elif doc.words[i] in (".", ";", "!", "?"):
            return None
        if i >= doc.size:
            return None
        if self._according_at(i) or doc.words[i] in self.lang.FOR:
            if not comma and doc.texts[i][:1].isupper():
                return None  # `« … » Selon Mme X, …`: the next sentence's source, not this quotation's
            return self._according_phrase(i, "after")
        if not comma and doc.words[i] in self.lang.THAT and self._quotes_a_noun(i):
            return self._relative_cue(i + 1)
        link = self._link_at(i)
        if link:
            k = i + link
            if k + 1 < doc.size and doc.words[k] in self.lang.OBJECT_CLITICS:
                k += 1  # `comme la qualifie X`, `comme l'a dit X`: the quotation's pronoun, not an article
            return self._inverted(k, "after") or self._last_cue(i + link, doc.sentence(i)[1])
        found = self._inverted(i, "after")
        if found and not comma and found.mention and found.mention_start is not None:
            # `"…" poursuit son érosion`: without a comma the verb may just take an object
            lo = doc.index_at(found.mention_start)
            hi = doc.index_at(found.mention_start + len(found.mention))
            if not (self._names_somebody(lo, hi) or self._has_name(lo, hi) or normalize(found.mention) in self.lang.PRONOUNS):
                return None
        return found

    def _relative_cue(self, i: int) -> Attribution | None:
        """`les « pertes » que le président a admis avoir subies`, `les « erreurs » que reconnaît X`: the
        quoted noun is the object of the relative clause's speech verb, whose subject said it."""
        # not a firm attribution: the quoted noun may be a name or a term all the same (`un « Fastback » que
        # le constructeur proposera`)
        found = self._inverted(i, "relative")
        if found is not None:
            subject = (found.mention, found.mention_start) if found.mention_start is not None else None
        else:
            phrase = self._noun_phrase(i)
            match = self._cue(phrase[1]) if phrase else None
            if match is None or match.mood != "finite" or match.passive:
                return None
            subject = (phrase[0], self.doc.starts[i])
            found = Attribution("relative", match.lemma, *subject)
        # `les « enjeux » que soulève la consommation de ce gaz`: a subject that cannot speak said nothing
        return found if subject is not None and self._speaking_subject(subject) else None

    def _quotes_a_noun(self, i: int) -> bool:
        """The quotation closing right before token i follows a determiner: a noun phrase (`les « pertes »`)."""
        doc = self.doc
        k = i - 1
        while k >= 0 and doc.quoted[k]:
            k -= 1
        return k >= 0 and doc.words[k] in self.determiners

    def _first_cue(self, i: int) -> Attribution | None:
        """The first speech verb of the clause starting at token i, with a subject written before it."""
        doc = self.doc
        if i >= doc.size:
            return None
        _, hi = doc.sentence(i)
        for k in doc.cue_starts(i, hi):
            match = doc.cue(k)
            if match is None or match.mood != "finite" or match.passive or doc.quoted[k] or self.noun_after_article(k, match, i):
                continue
            subject = self._subject_before(k)
            return Attribution("after", match.lemma, *subject) if subject else None
        subject = self.clause_subject(i, hi)  # `« … » : dans une lettre, le président a refusé …`
        return Attribution("after", None, *subject) if subject else None

    def clause_subject(self, lo: int, hi: int):
        """The subject of the clause at token lo, past adverbials set off by commas, when it can speak."""
        openings = [lo] + [c + 1 for c in range(lo, hi) if self.doc.words[c] == ","][:MAX_APPOSITIONS]
        for k in openings:
            subject = self._sentence_subject(k, hi)
            if subject is not None and self._speaking_subject(subject):
                return subject
        return None

    def _link_at(self, i: int) -> int:
        """A phrase linking a quote to a later cue at token i: `"…", voilà comment X a qualifié`."""
        return self.doc.phrase_at(i, self.links)

    def _signature(self, i: int) -> Attribution | None:
        """`« … » – X, directeur de …`: a name signed under the quotation."""
        subject = self._subject_after(i)
        if subject is None or not self._has_name(i, self.doc.index_at(subject[1] + len(subject[0]))):
            return None
        return Attribution("signature", None, *subject)

    def _inverted(self, i: int, how: str) -> Attribution | None:
        """A speech verb at token i with its subject after it (or a clitic: a-t-il)."""
        match = self._cue(i)
        if match is None or match.mood in ("infinitive", "present_participle"):
            return None  # `« … », remerciant ses collègues`: a participle's object, not its subject
        if match.inverted_subject:
            place = self._place_of_on(match) if match.inverted_subject in self.lang.IMPERSONAL_PRONOUNS else None
            if place:
                return Attribution(how, match.lemma, match.inverted_subject, place[1], antecedent=place[0])
            return Attribution(how, match.lemma, match.inverted_subject, self.doc.starts[match.end_index - 1])
        subject = self._subject_after(match.end_index)
        if subject is None:
            return None
        mention, start, role = subject
        lo, hi = self.doc.index_at(start), self.doc.index_at(start + len(mention))
        mention, start = self._source_of(mention, lo, hi, self.lang.SOURCE_DOCUMENTS)[:2]  # `indique un communiqué de X`
        return Attribution(how, match.lemma, mention, start, role)

    def _place_of_on(self, match):
        """`fait-on valoir à Matignon`: the body an impersonal "on" speaks for."""
        doc = self.doc
        k = match.end_index
        if k < doc.size and doc.words[k] in self.lang.PLACE_OF_SPEAKER:
            found = self._noun_phrase(k + 1)
            if found and doc.texts[k + 1][:1].isupper() or (found and doc.words[k + 1] in self.determiners):
                return found[0], doc.starts[k + 1]
        return None

    def _place_before_on(self, subject):
        """`Dans l'entourage du ministre, on …`, `À Matignon, on …`: the body an impersonal "on" speaks for,
        named by the place phrase opening its clause."""
        doc = self.doc
        if normalize(subject[0]) not in self.lang.IMPERSONAL_PRONOUNS:
            return None
        k = doc.index_at(subject[1])
        if k < 3 or doc.words[k - 1] != ",":
            return None
        found = self._phrase_back(k - 2)
        if found is None:
            return None
        lo, hi = found
        opens = lo == 1 or (lo > 1 and (doc.sentence_ends[lo - 2] or doc.words[lo - 2] == ","))
        if doc.words[lo - 1] in self.lang.PLACE_OF_SPEAKER and opens and self.could_speak(lo, hi):
            return doc.phrase(lo, hi), doc.starts[lo]
        return None

    def _cue(self, i: int):
        doc = self.doc
        if i >= doc.size or doc.quoted[i]:
            return None
        return doc.cue(i)

    def _incise(self, span: Span) -> Attribution | None:
        """`« …, a-t-il dit. … »`: an inverted cue between commas inside the quotation."""
        doc = self.doc
        lo, hi = doc.index_at(span.start), doc.index_at(span.end)
        # Only the few places where a verb group may start right after a comma are worth reading.
        after_commas = [k for k in doc.cue_starts(lo + 1, hi) if doc.words[k - 1] == ","]
        if not after_commas:
            return None
        with doc.read_inside(lo, hi):
            return self._incise_at(after_commas, hi)

    def _incise_at(self, starts: list[int], hi: int) -> Attribution | None:
        """The first cue at one of `starts` (each after a comma) making an incise that ends before hi."""
        doc = self.doc
        for k in starts:
            match = doc.cue(k)
            if match is None or match.end_index >= hi or match.mood != "finite":
                continue
            if match.inverted_subject:
                if doc.words[match.end_index] in (",", ".") or doc.words[match.end_index] in self.time_words:
                    return Attribution("incise", match.lemma, match.inverted_subject, doc.starts[k])
                continue
            subject = self._subject_after(match.end_index, limit=hi)
            if not (subject and subject[0]):
                continue
            lo, end = doc.index_at(subject[1]), doc.index_at(subject[1] + len(subject[0]))
            if doc.words[min(hi - 1, end)] in (",", ".") and (doc.words[lo] in self.lang.PRONOUNS or self.could_speak(lo, end)):
                return Attribution("incise", match.lemma, *subject)  # not `…, développe des complications, …`
        return None

    def _introduced(self, i: int) -> Attribution | None:
        """`X a déclaré : « … »`, `X a estimé que « … »`, `X : « … »`, `X raconte ainsi : "…"`."""
        doc = self.doc
        j = i - 1
        if j < 0 or doc.quoted[j]:
            return None
        if doc.words[j] != ":" and doc.words[j] not in self.lang.THAT:
            return None
        lo, _ = doc.sentence(j)
        cue = self._last_cue(lo, j)
        if doc.words[j] == ":" and not (cue and cue.end == j):
            found = self._phrase_back(j - 1)
            if found and (self.doc.phrase_at(found[0], self.furniture) or (found[1] - found[0] == 1 and self._is_initial(found[0]))):
                return None  # `Lire aussi : « … »`: a link to another story; `R : « … »`: an interview's answer
            if found and (doc.texts[found[0]][:1].isupper() or doc.words[found[0] - 1] in self.lang.BY):
                openers = (",", *self.lang.BY) if cue and cue.mention else (",", *self.lang.BY, *self.lang.OF)
                if found[0] == lo or doc.words[found[0] - 1] in openers:  # not `X répond aux partisans de Y :`
                    if doc.words[found[0]] in self.lang.PRONOUNS:  # `Il y aborde ses thèmes : « … »`: its subject
                        return Attribution("colon", ":", doc.texts[found[0]], doc.starts[found[0]])
                    subject = self._noun_phrase(found[0], j)
                    if subject is None or subject[1] >= j:  # `Emmanuel Macron : « … »`: a line naming the speaker
                        return Attribution("colon", ":", doc.phrase(*found), doc.starts[found[0]])
                    # `X était catégorique : « … »`: a clause, whose subject speaks if it can
                    return self._framing_subject((subject[0], doc.starts[found[0]]), j) or cue
        return cue

    def _framed(self, i: int) -> Attribution | None:
        """`X s'était montrée rassurante, dans une interview : « … »`: a quotation after a colon that ends a
        clause with no speech verb is the words of the clause's subject, if it can speak."""
        doc = self.doc
        j = i - 1
        if j < 0 or doc.words[j] != ":":
            return None
        lo, _ = doc.sentence(j)
        if j - lo >= 3 and doc.words[j - 2] in self.lang.NARRATIVE_INFINITIVE \
                and doc.words[j - 1].endswith(self.lang.INFINITIVE_ENDINGS):
            subject = self._narrative_subject(lo + (doc.words[lo] in self.lang.COORDINATORS), j - 2)
            if subject is not None:  # `Et le présentateur de finir : « … »`: any verb, the colon says it is speech
                return Attribution("framed", ":", *subject)
        subject = self.clause_subject(self.doc.unquoted_end(lo, j), j)  # after any quotation earlier in the sentence
        return self._framing_subject(subject, j) if subject is not None else None

    def _framing_subject(self, subject, j: int) -> Attribution | None:
        """The subject of a clause ending at the colon at token j, as the speaker of what follows: a
        pronoun, or a phrase naming somebody that a verb group follows, not that of a passive or copula."""
        doc = self.doc
        if not self._speaking_subject(subject):
            return None
        lo, hi = doc.index_at(subject[1]), doc.index_at(subject[1] + len(subject[0]))
        if doc.words[lo] not in self.lang.PRONOUNS:
            if not (self._has_person_name(lo, hi) or self._names_somebody(lo, hi)):
                return None  # `Souriante, elle …`: a capitalised word opening the sentence, not a name
            if hi >= j or not self._verb_begins(hi):
                return None  # `La femme de 43 ans semble …`: where the subject ends is not known
        clause = doc.words[hi:j]
        passive = any(w == self.lex.lang.PASSIVE_PARTICIPLE and after.endswith(self.lang.PARTICIPLE_ENDINGS)
                      for w, after in zip(clause, clause[1:]))
        if passive or all(w in self.lex.auxiliary_forms for w in clause):
            return None  # `Les familles ont été recrutées : « … »`; `Les consignes sont : « … »` says what they are
        if any(w in self.lang.SIGN_NOUNS for w in clause):
            return None  # `elle découvre une affiche dans le hall : « … »`: the sign's words, not hers
        return Attribution("framed", ":", subject[0], subject[1])

    def _verb_begins(self, k: int) -> bool:
        """Token k opens a verb group: an auxiliary, a modal, a pronoun before a verb, a negation."""
        w = self.doc.words[k]
        return w in self.lex.auxiliary_forms or w in self.lex.modal_forms or w in self.lex.preverbal_clitics \
            or w in self.lex.negation

    def _byline(self, i: int) -> Attribution | None:
        """`Micah Richards, ancien défenseur de City, sur BBC Final Score « … »`: a line naming the speaker,
        a comma and the role, with no verb, right before the quotation (a box of reactions)."""
        doc = self.doc
        first = doc.text[doc.starts[i] + 1 : doc.starts[i] + 3].lstrip()[:1]
        if i == 0 or not (doc.texts[i - 1][:1].isupper() and first.isupper()):
            return None  # `surnommé l'« Indiana Jones »`: a name or a term inside the line, not words said
        lo = i
        while lo > 0 and i - lo <= MAX_BYLINE_TOKENS and not (doc.quoted[lo - 1] or doc.sentence_ends[lo - 1]):
            lo -= 1
        lo = max([lo] + [k + 1 for k in range(lo, i) if doc.words[k] in SIGNATURE_DASHES])  # `Réactions - X, …`
        if i - lo > MAX_BYLINE_TOKENS or lo >= i - 3 or not self._starts_with_person(lo):
            return None
        name = self._noun_phrase(lo, i)
        if name is None or name[1] >= i or doc.words[name[1]] != ",":
            return None
        if doc.cue_starts(lo, i) or any(w in self.lex.auxiliary_forms or w in self.clause_words for w in doc.words[lo:i]):
            return None  # a clause, not a line naming who speaks
        return Attribution("before", None, name[0], doc.starts[lo], doc.phrase(name[1] + 1, i))

    def _later_in_sentence(self, i: int) -> Attribution | None:
        """`"…" qui s'ajouteront …, a affirmé X`: the cue closes the quote's sentence
        (`"A", mais "B", a-t-il dit` gives both quotations to the cue)."""
        doc = self.doc
        if 2 <= i < doc.size and doc.words[i - 2] in SENTENCE_MARKS and doc.texts[i][:1].isupper():
            return None  # `« … faire. » Dario X a déclaré`: the quotation ended its sentence
        _, hi = doc.sentence(max(0, i - 1))
        in_relative = False  # `un président qui, il y a huit mois, a lancé …`: the relative clause's verb
        for k in range(i, hi):
            entering = doc.quoted[k] and (k == i or not doc.quoted[k - 1])
            if entering and (k == i or doc.words[k - 1] not in (",", *self.lang.COORDINATORS)):
                return None  # another quotation that is not joined to this one
            if doc.words[k] == "," and not doc.quoted[k] and (in_relative or doc.words[k - 1] in self.lang.RELATIVE_PRONOUNS):
                in_relative = not in_relative
                continue
            if doc.words[k] == "," and k + 1 < hi and not doc.quoted[k]:
                found = self._inverted(k + 1, "later")
                if found is not None:
                    return found
                if self._according_at(k + 1):
                    return self._according_phrase(k + 1, "later")
        return None

    def _according_to(self, i: int) -> Attribution | None:
        """`Selon X, « … »` or `Pour X, « … »` opening the quote's clause."""
        doc = self.doc
        if self._opens_sentence(i):
            return None
        lo, _ = doc.sentence(i - 1)
        start = self.doc.unquoted_end(lo, i)
        # Only the few words that open such a phrase are worth a closer look, the last first.
        opens = map(self.according_openers.__contains__, doc.words[start:i])
        for k in reversed(list(compress(range(start, i), opens))):
            if self._according_at(k) or (doc.words[k] in self.lang.FOR and self._clause_start(k)):
                return self._according_phrase(k, "according")
        return None

    def _opens_sentence(self, i: int) -> bool:
        return i == 0 or (self.doc.sentence_ends[i - 1] and not self.doc.quoted[i - 1])

    def _clause_start(self, k: int) -> bool:
        doc = self.doc
        if k >= 2 and doc.words[k - 1] in self.lang.OBJECT_CLITICS and doc.words[k - 2] in self.lang.AFTER_QUOTE_LINKS:
            return True  # "comme le relaye X"
        return k == 0 or doc.sentence_ends[k - 1] or doc.words[k - 1] in (",", ":")

    def _earlier_in_sentence(self, i: int) -> Attribution | None:
        """A cue earlier in the sentence: `X a dénoncé un "détournement"`."""
        if self._opens_sentence(i):
            return None
        lo, _ = self.doc.sentence(i - 1)
        found = self._last_cue(lo, i)
        if found and found.end is not None and i - found.end > MAX_TERM_DISTANCE and self.doc.words[i - 1] in self.determiners \
                and not self._reported_clause(found.end, i):
            return None  # `a condamné les affirmations selon lesquelles X pourrait utiliser une « bombe sale »`: a term
        return found

    def _reported_clause(self, end: int, i: int) -> bool:
        """The cue ending at token `end` opens a que-clause (past its indirect object: `a déclaré aux médias
        que …`) that runs on to token i, with no comma: what the quotation at i is part of."""
        words = self.doc.words
        for k in range(end, min(i, end + MAX_TERM_DISTANCE)):
            if words[k] in self.lang.THAT:
                return "," not in words[k:i]
            if words[k] in (",", ":", ";"):
                return False
        return False

    def _last_cue(self, lo: int, hi: int, past_quotes: bool = False) -> Attribution | None:
        """The last cue in [lo, hi) with its subject: after the last quotation there, or anywhere
        with past_quotes."""
        doc = self.doc
        fallback = None
        for k in reversed(doc.cue_starts(lo if past_quotes else self.doc.unquoted_end(lo, hi), hi)):
            match = doc.cue(k)
            if match is None or match.end_index > hi or match.passive:
                continue
            if match.mood == "infinitive":
                if k > lo and doc.words[k - 1] in self.lang.NARRATIVE_INFINITIVE:
                    subject = self._narrative_subject(lo, k - 1)  # `Et X de renchérir : « … »`
                    if subject is not None:
                        return Attribution("before", match.lemma, *subject, end=match.end_index)
                perceived = self._perceived_speaker(lo, k)  # `a entendu les agresseurs crier « … »`
                if perceived is not None:
                    return Attribution("before", match.lemma, *perceived, end=match.end_index)
                if self._phrase_before(k, self.lang.PURPOSE_OPENERS, lo):  # `X ont manifesté pour réclamer « … »`
                    subject = self._sentence_subject(lo, k)
                    if subject is not None:
                        return Attribution("before", match.lemma, *subject, end=match.end_index)
                continue
            k, match = self.doc.verb_group_start(k, match, lo)
            opens_quote = match.end_index == hi and hi < doc.size and doc.words[hi] == ":"  # `X a poursuivi :`
            if match.lemma in self.lex.inverted_only and not (match.inverted_subject or opens_quote or self._clause_start(k)):
                continue  # "poursuit son érosion": a verb with an object, not a cue
            if self.noun_after_article(k, match, lo):
                continue  # `que l'analyse … confirme`, `une réponse`: a noun after its article
            if match.mood == "present_participle":  # the subject of the clause's verb, else the sentence's
                main = self._last_cue(lo, k, past_quotes=True)  # `X a tweeté des « excuses », remerciant …`
                subject = self._participle_apposition(lo, k) or (
                    (main.mention, main.mention_start, main.role) if main and main.mention
                    else self._sentence_subject(lo, k) or self.clause_subject(lo, k)
                    or self._subject_after_opening_participle(lo, k, hi))
                # "aux cris de « … »": a phrase whose object is the quotation ties it to the subject, as a colon does
                how = "object" if match.end_index == hi and match.lemma in self.lex.invariables else "participle"
                return Attribution(how, match.lemma, *(subject or (None, None, None)))
            if match.inverted_subject:
                return Attribution("before", match.lemma, match.inverted_subject, doc.starts[k])
            subject = None
            if self._clause_start(k):
                if doc.words[k - 1] == ",":  # `X, directeur de Y, juge auprès de Z que`
                    subject = self._apposed_head(k - 1)
                subject = subject or self._subject_after(match.end_index, limit=hi)
            subject = subject or self._subject_before(k)
            if subject is None or normalize(subject[0]) in self.lang.NOT_SPEAKERS:
                fallback = fallback or Attribution("before", match.lemma, end=match.end_index)
                continue  # "cela exposerait à …": look further back for who speaks
            place = self._place_before_on(subject)
            if place is not None:  # `Dans l'entourage du ministre, on souligne que « … »`
                return Attribution("before", match.lemma, subject[0], place[1], antecedent=place[0], end=match.end_index)
            return Attribution("before", match.lemma, *subject, end=match.end_index)
        return fallback

    def noun_after_article(self, k: int, match, lo: int) -> bool:
        """The verb `match` opening on its speech verb at token k is a noun: an article stands before it (`une
        alerte`, `que l'analyse … confirme`), not an object pronoun (`comme le relaye X`); lo is the sentence's start."""
        if k <= lo or self.doc.words[k] not in self.lex.verb_forms or match.inverted_subject:
            return False  # a group opening on its speech verb (`une formule bien connue`), not inverted (`le dit-il`)
        before = self.doc.words[k - 1]
        if before not in self.determiners:
            return False
        if before not in self.lang.OBJECT_CLITICS:
            return True
        return k - 1 == lo or self.doc.words[k - 2] in (*self.lang.THAT, *self.lang.OBJECT_PREPOSITIONS)

    def _phrase_before(self, k: int, phrases, lo: int) -> bool:
        """One of `phrases` (`pour`, `afin de`) ends right before token k, inside [lo, k)."""
        words = self.doc.words
        for phrase in phrases:
            parts = phrase.replace("'", "' ").split()
            if k - len(parts) >= lo and words[k - len(parts) : k] == parts:
                return True
        return False

    def _perceived_speaker(self, lo: int, k: int):
        """The object of a verb of perception right before the infinitive at token k: who was heard."""
        doc = self.doc
        for j in range(k - 1, max(lo, k - MAX_NP_TOKENS) - 1, -1):
            if doc.quoted[j]:
                return None
            if doc.words[j] in self.lex.perception_forms:
                found = self._noun_phrase(j + 1, k)
                if found is not None and found[1] == k:
                    return (found[0], doc.starts[j + 1], None)
                return None
        return None

    def _narrative_subject(self, lo: int, de: int):
        """`Une autre de renchérir`: the noun phrase that opens the sentence and ends at `de`
        (not `X a tenté de justifier …, avant de reconnaître`)."""
        subject = self._sentence_subject(lo, de)
        if subject is None or self.doc.index_at(subject[1] + len(subject[0])) != de:
            return None
        return subject

    def _sentence_subject(self, lo: int, hi: int):
        """The noun phrase opening a sentence: the subject a participle clause leans on."""
        furniture = self.doc.phrase_at(lo, self.furniture)
        if furniture:  # `Lire aussi : X …`
            lo += furniture + (lo + furniture < hi and self.doc.words[lo + furniture] == ":")
            if lo >= hi:
                return None
        if self.doc.words[lo] in self.lang.PRONOUNS:
            return (self.doc.texts[lo], self.doc.starts[lo], None)
        if self.doc.words[lo].endswith(self.lang.PARTICIPLE_ENDINGS) and not first_name_gender(self.doc.texts[lo]):
            return None  # `Interrogé sur …, il a …`: a participle clause, not the subject
        if self.lex.adverbial_end(self.doc.words, lo):
            return None  # `Finalement, elle …`: an adverbial, not the subject
        found = self._noun_phrase(lo, hi)
        if found is None:
            return None
        mention, end = found
        return (mention, self.doc.starts[lo], None)

    def _according_phrase(self, k: int, how: str) -> Attribution | None:
        doc = self.doc
        n = self._according_at(k) or 1
        words, start = doc.words[k : k + n], k + n
        if n > 1 and words[-1] in self.lang.OF:  # "aux yeux du ministre": the phrase's "de", contracted
            start -= words[-1] in self.lang.CONTRACTED_ARTICLES  # the noun phrase opens with the article
            words[-1] = self.lang.OF[0]
        cue = " ".join(words).replace("' ", "'")
        if start < doc.size and doc.words[start] in self.lang.PRONOUNS:  # `selon elle`
            return Attribution(how, cue, doc.texts[start], doc.starts[start])
        subject = self._noun_phrase(start)
        if subject is None:
            return None
        mention, end = subject
        head_end = min(end, start + FOR_HEAD_TOKENS)
        if cue in self.lang.FOR and not (self._names_somebody(start, head_end) or self._has_name(start, end)):
            return None  # `Pour la première fois`, `pour les prochaines étapes du programme`; but `Pour Boateng,`
        if start < k + n:  # "du ministre" → "le ministre"
            mention = self.lang.CONTRACTED_ARTICLES[doc.words[start]] + mention[len(doc.words[start]) :]
        sources = (*self.lang.SOURCE_DOCUMENTS, *self.lang.SOURCE_PEOPLE)
        return Attribution(how, cue, *self._source_of(mention, start, end, sources))

    def _source_of(self, mention: str, start: int, end: int, sources: tuple[str, ...]):
        """`un communiqué de la préfecture` names the préfecture."""
        doc = self.doc
        words = [doc.words[i] for i in range(start, end)]
        for n, w in enumerate(words[:3]):
            if w in sources and n + 1 < len(words) and words[n + 1] in self.lang.OF:
                inner = start + n + 2
                if inner >= end:
                    break
                article = self.lang.CONTRACTED_ARTICLES.get(words[n + 1])
                phrase = doc.phrase(inner, end)
                return (f"{article} {phrase}" if article else phrase, doc.starts[inner], None)
        return (mention, doc.starts[start], None)

    # -- noun phrases ------------------------------------------------------------------
    def _subject_after(self, i: int, limit: int | None = None):
        """The inverted subject after a verb, past adjuncts: (mention, start, role)."""
        doc = self.doc
        limit = doc.size if limit is None else limit
        if i < limit and doc.words[i] == ",":  # `constate, amer, le maire X`: an incise before the subject
            i = self._past_incise(i + 1, limit)
            if i is None:
                return None
        skipped = self._skip_adjuncts(i, limit)
        if skipped > i and skipped + 1 < limit and doc.words[skipped] == ",":
            named = self._name_ending_adjunct(i, skipped, limit)
            if named is not None:
                return named
            skipped += 1
        i = skipped
        if i >= limit or doc.words[i] in self.lang.THAT:
            return None  # `a déclaré à l'agence qu'une fracture …`: the reported clause, not a subject
        if doc.words[i] in self.lang.PRONOUNS:
            return (doc.texts[i], doc.starts[i], None)
        if i + 1 < limit and f"{doc.words[i]} {doc.words[i + 1]}" in self.lang.PRONOUNS:  # `a précisé ce dernier`
            return (doc.phrase(i, i + 2), doc.starts[i], None)
        found = self._noun_phrase(i, limit)
        if found is None:
            return None
        mention, end = found
        role = None
        end = self._past_complement(end, limit)  # `la doyenne de l'université X à Fullerton, Nom`
        after = self._past_age(end + 1, limit) if end + 1 < limit and doc.words[end] == "," else None
        if after is not None:
            role_or_name = self._apposition(after, limit)
            if role_or_name:
                text, kind, stop = role_or_name
                if kind == "name" and not self._starts_with_person(i):
                    mention = doc.phrase(i, stop)
                elif kind == "role":
                    role = text
        return (mention, doc.starts[i], role)

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

    def _past_complement(self, end: int, limit: int) -> int:
        """The comma closing a short adjunct right after a noun phrase (`… à Fullerton,`), when a
        name follows it; else `end`."""
        doc = self.doc
        if end >= limit or doc.words[end] not in self.adjunct_words:
            return end
        for k in range(end + 1, min(limit - 1, end + MAX_INCISE_TOKENS + 1)):
            if doc.quoted[k] or doc.sentence_ends[k]:
                return end
            if doc.words[k] == ",":
                following = doc.texts[k + 1]
                return k if following[:1].isupper() and first_name_gender(following) else end
        return end

    def _past_incise(self, i: int, limit: int) -> int | None:
        """The token after the comma that closes a short incise starting at token i, if one does."""
        doc = self.doc
        for k in range(i, min(limit, i + MAX_INCISE_TOKENS + 1)):
            if doc.quoted[k] or doc.sentence_ends[k]:
                return None
            if doc.words[k] == ",":
                return k + 1 if k > i else None
        return None

    def _past_age(self, i: int, limit: int) -> int:
        """`Marie, 45 ans, infirmière à Tours`: the apposition after the age."""
        doc = self.doc
        if i + 2 < limit and doc.words[i].isdigit() and doc.words[i + 1] in self.lang.AGE_WORDS and doc.words[i + 2] == ",":
            return i + 3
        return i

    def _starts_with_person(self, i: int) -> bool:
        tok = self.doc.texts[i]
        return tok[:1].isupper() and self.doc.words[i] not in self.determiners and bool(first_name_gender(tok))

    def sentence_subject(self, span: Span) -> Attribution | None:
        """A quotation inside a sentence with no speech verb (`le RN entend « réviser … »`): the
        sentence's subject, when it can speak, is the one whose words these are."""
        doc = self.doc
        i = doc.index_at(span.outer_start)
        agent = self._agent_after(doc.index_at(span.outer_end))
        if agent:
            return agent
        before = doc.words[i - 1] if i else ""
        if before in self.lang.TERM_PREPOSITIONS and not self._opens_sentence(i):
            return Attribution("subject")  # `mis en examen pour « corruption passive »`: words, nobody's told
        if self._opens_sentence(i) or before in self.determiners:
            return None  # `les « gilets jaunes »`: a term, not words
        lo, _ = doc.sentence(i - 1)
        start = self.doc.unquoted_end(lo, i)
        if start != lo:
            return None  # another quotation opens the sentence
        # `Dans ses propositions, inspirées d'un livre blanc, le parti entend`: past the adverbials;
        # the word before the marks is the verb: `X veut « … »`
        subject = self.clause_subject(lo, i - 1) or self._subject_after_adverbial(lo, doc.index_at(span.outer_end))
        return Attribution("subject", None, *subject) if subject else None

    def _subject_after_adverbial(self, lo: int, k: int):
        """`Afin de « montrer … », X diffusera …`: the quotation sits in an adverbial opening the
        sentence at lo; the subject follows the comma that closes it."""
        doc = self.doc
        if doc.words[lo] not in self.clause_words and doc.words[lo] not in self.adjunct_words:
            return None
        _, hi = doc.sentence(lo)
        comma = next((c for c in range(k, hi) if doc.words[c] == "," and not doc.quoted[c]), None)
        return self.clause_subject(comma + 1, hi) if comma is not None else None

    def _speaking_subject(self, subject) -> bool:
        """A pronoun, or a phrase naming somebody or some body (not `Le risque majeur`, `Grâce à`,
        nor a heading in capitals)."""
        doc = self.doc
        lo = doc.index_at(subject[1])
        hi = doc.index_at(subject[1] + len(subject[0]))
        if subject[0].isupper() or doc.words[lo] in self.lang.NOT_SPEAKERS:
            return False
        if doc.words[lo] in self.lang.PRONOUNS or self._has_person_name(lo, hi) or self._names_somebody(lo, hi):
            return True
        # a name heads it: `le RN`, `Ryanair`, `la CGT` (not `le trafic SNCF`, `Le chiffre`, `Interrogé sur …`)
        if doc.words[lo] in self.determiners:
            return lo + 1 < hi and doc.texts[lo + 1][:1].isupper()
        if hi - lo == 1 and doc.words[lo].endswith(self.lang.PARTICIPLE_ENDINGS):
            return False
        return all(doc.texts[k][:1].isupper() for k in range(lo, hi))

    def _agent_after(self, k: int) -> Attribution | None:
        """`ont été « priés de partir » par les services de l'État`: the agent of a passive."""
        doc = self.doc
        if k + 1 >= doc.size or doc.words[k] not in self.lang.BY:
            return None
        found = self._noun_phrase(k + 1)
        if found is None or not (self._names_somebody(k + 1, found[1]) or self._has_name(k + 1, found[1])):
            return None
        return Attribution("subject", None, found[0], doc.starts[k + 1])

    def according_at(self, k: int) -> int:
        """A `selon`-like phrase at token k: its length in tokens (0 if none)."""
        return self._according_at(k)

    def according_phrase(self, k: int) -> Attribution | None:
        """The attribution of the `selon`-like phrase at token k."""
        return self._according_phrase(k, "according")

    def noun_phrase(self, i: int, limit: int | None = None):
        """A noun phrase starting at token i: (text, end index) or None."""
        return self._noun_phrase(i, limit)

    def could_speak(self, lo: int, hi: int) -> bool:
        """A phrase that can name a speaker: a name, a title, a role, a group or a body."""
        return self._has_name(lo, hi) or self._names_somebody(lo, hi) or self._names_a_group(lo, hi)

    def _names_a_group(self, lo: int, hi: int) -> bool:
        """`les pharmaciens`, `des enseignantes`: a plural determiner, then a noun ending as nouns of people do."""
        doc = self.doc
        return any(doc.words[k].endswith(self.lang.GROUP_NOUN_ENDINGS) and doc.texts[k][:1].islower()
                   and self.lang.DETERMINERS.get(doc.words[k - 1], (None, None))[1] == "pl" for k in range(lo + 1, hi))

    def _names_somebody(self, lo: int, hi: int) -> bool:
        """A phrase that can only be a speaker: a first name, a title, a role or a body."""
        doc = self.doc
        for k in range(lo, hi):
            w, tok = doc.words[k], doc.texts[k]
            if (tok.isupper() and len(tok) > 1 and not tok.isalpha()) or w in self.determiners:
                continue  # `Le` is a first name too
            if (tok[:1].isupper() and not tok.isupper() and first_name_gender(tok)) or w in self.lang.CIVIL_TITLES:
                return True
            if w in self.lang.ROLE_NOUNS or w in self.lang.GROUP_NOUNS or w in self.lang.ORGANISATION_NOUNS:
                return True
        return False

    def _opens_with_role(self, lo: int, hi: int) -> bool:
        """`responsable de …`, `la porte-parole de …`: a phrase whose head is a role."""
        k = lo + (lo < hi and self.doc.words[lo] in self.determiners)
        return k < hi and self.doc.words[k] in self.lang.ROLE_NOUNS

    def _has_person_name(self, lo: int, hi: int) -> bool:
        doc = self.doc
        return any(first_name_gender(doc.texts[k]) or self._initial_before_name(k, hi)
                   for k in range(lo, hi) if doc.words[k] not in self.determiners)

    def _initial_before_name(self, k: int, hi: int) -> bool:
        """`S. Matahri`: a first name's initial, then the surname."""
        doc = self.doc
        return self._is_initial(k) and k + 2 < hi and doc.words[k + 1] == "." and doc.texts[k + 2][:1].isupper()

    def _has_name(self, lo: int, hi: int) -> bool:
        doc = self.doc
        return any(
            doc.texts[k][:1].isupper() and doc.words[k] not in self.determiners for k in range(lo, hi)
        )

    def _skip_adjuncts(self, i: int, limit: int) -> int:
        doc = self.doc
        while i < limit:
            w = doc.words[i]
            if w in self.time_words or w[:1].isdigit():
                if w in self.lang.TIME_DEMONSTRATIVES and not self._next_is_time(i + 1, limit):
                    return i
                i += 1
            elif w in self.lang.DEFINITE and self._next_is_time(i + 1, limit):
                i += 1  # `a insisté le lendemain le ministre`, `a déclaré le 5 avril X`
            elif w in self.adjunct_words:
                i = self._skip_prepositional(i + 1, limit)
            else:
                return i
        return i

    def _next_is_time(self, i, limit) -> bool:
        return i < limit and (self.doc.words[i] in self.time_words or self.doc.words[i][:1].isdigit())

    def _skip_prepositional(self, i: int, limit: int) -> int:
        """Past the noun phrase of an adjunct, stopping where the subject begins."""
        doc = self.doc
        seen_content = False
        while i < limit:
            w, tok = doc.words[i], doc.texts[i]
            if w in (",", ".", ";", ":", "!", "?") or doc.quoted[i] or w in self.lang.THAT:
                return i
            if seen_content and (w in self.determiners or w in self.lang.CIVIL_TITLES) and doc.words[i - 1] not in (*self.lang.OF, *self.lang.TO):
                return i
            if seen_content and tok[:1].isupper() and first_name_gender(tok) and doc.words[i - 1] not in self.lang.OF:
                return i
            if w in self.time_words and seen_content:
                return i
            if w not in self.determiners and w not in self.lang.OF:
                seen_content = True
            i += 1
        return i

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

    def _noun_phrase(self, i: int, limit: int | None = None, relative: bool = True):
        """A noun phrase starting at token i: (text, end index) or None."""
        doc = self.doc
        limit = doc.size if limit is None else limit
        start, k = i, i
        if k >= limit:
            return None
        first = self.lang.UNACCENTED_CAPITALS.get(doc.texts[k], doc.words[k])  # `A Paris` is `À Paris`
        time_word = first in self.time_words and not (first in self.lang.TIME_DEMONSTRATIVES and not self._next_is_time(k + 1, limit))
        if time_word or first in self.connectives or first in self.lang.NON_SUBJECT_ELISIONS:
            return None  # "Lundi", "ce mardi", "Or", "C'est"; but `ce chauffeur`
        if first in self.lang.REFLEXIVE:
            return None  # `Se faire vacciner devrait …`: a verb's pronoun, not a noun phrase (but `Me X`, a title)
        if (first in self.adjunct_words or first in self.lang.OF) and first not in self.determiners \
                and not (first in self.lang.OF and k + 1 < limit and doc.texts[k + 1][:1].isupper()):
            return None  # "De son côté", "Dans la soirée": an adverbial (but "De Gaulle")
        if not (
            first in self.determiners
            or self._is_title(k)
            or doc.texts[k][:1].isupper()
            or first in self.lang.ROLE_NOUNS
        ):
            return None
        head = start + (first in self.determiners)
        if head < limit and doc.texts[head][:1].isupper() and not first_name_gender(doc.texts[head]):
            closing = self._acronym_ahead(head + 1, limit)
            if closing is not None:  # `les Centres de prévention et de lutte contre les maladies (CDC)`
                return doc.phrase(start, closing), closing
        named = False
        while k < limit and k - start < MAX_NP_TOKENS:
            w, tok = doc.words[k], doc.texts[k]
            if doc.quoted[k] and k > start:
                break
            if w == "." and self._point_of_abbreviation(k):
                k += 1  # `M. X`, `John F. Kennedy`, `B. C.`
                continue
            if not (tok[:1].isalnum() or w in ("l'", "d'", "-", "'")):
                break
            if w in self.clause_words and not self._body_name_goes_on(start, k, limit):
                break
            if w in self.lang.COORDINATORS and not (k + 1 < limit and doc.words[k + 1] in self.lang.OF):
                break  # but `le ministre des Sports et de la Jeunesse`
            if k > start and w in self.time_words and not tok[:1].isupper() and not (
                    w in self.lang.TIME_DEMONSTRATIVES and doc.words[k - 1] in self.lang.OF and not self._next_is_time(k + 1, limit)):
                break  # `X lundi`, `X ce matin`; but `l'un des destinataires de cette note`
            if k > start and not tok[:1].isupper() and (
                    w in self.lex.subject_clitics or w in self.lex.preverbal_clitics or w in self.lex.negation):
                break  # `Accusations X Elle a remercié`: a heading, then the subject; `Nombre de sportifs se sont`
            if named and tok[:1].islower() and not self._name_particle(k):
                break  # "France 3 souffre de …": the name is over
            if k > start and w in self.lang.SOURCE_PARTICIPLES and k + 2 < limit and doc.words[k + 1] in self.lang.BY \
                    and doc.texts[start + (doc.words[start] in self.determiners)][:1].islower():
                k += 2  # `un voisin interrogé par la radio`: a description goes on to the medium that reached him
                continue
            if k > start and w in self.lang.SOURCE_PARTICIPLES:
                break  # `le Cirad, contacté par …`: a name is over
            if k > start and w in self.adjunct_words and w not in self.lang.OF:
                if not self._role_complement(start, k, limit):
                    break
            if tok[:1].isupper() and w not in self.determiners and first_name_gender(tok) \
                    and not (k > start and doc.words[k - 1] in self.determiners):
                named = True  # a person's name: what follows in lower case is not part of it (but `la France insoumise`)
            if k > start and w in self.lex.verb_forms and not tok[:1].isupper() and doc.words[k - 1] not in self.determiners \
                    and doc.words[k - 1] not in self.lang.OF:  # `l'attachée de presse`: a noun after de
                if w not in self.lang.ROLE_NOUNS:  # `l'ancien attaquant d'Arsenal X`: a noun, not `attaquer`
                    break
            if k > start and (w in self.lex.auxiliary_forms or w in self.lex.modal_forms) and not tok[:1].isupper():
                break  # "le racisme est …", "le ministre va …": the verb begins
            if k - start >= 3 and w in self.determiners and w not in self.lang.OF and self._verb_before_object(k, limit):
                k -= 1  # `des agricultrices bloquent la route`: the subject ends before its verb
                break
            k += 1
        while k > start and (doc.words[k - 1] in self.determiners or doc.words[k - 1] in self.lang.OF):
            k -= 1
        if k == start:
            return None
        if relative and k < limit and doc.words[k] in self.lang.RELATIVE_PRONOUNS and self._partitive(start, k):
            k = self._clause_end(k, limit)  # l'une des femmes qui devaient participer; but un manifestant qui
        return doc.phrase(start, k), k

    def _partitive(self, start: int, end: int) -> bool:
        """`l'une des femmes`, `certains des élus`: one of a group, told apart by the clause that follows."""
        words = self.doc.words
        k = start + (words[start] == "l'")
        return k + 1 < end and words[k] in self.lang.INDEFINITE_OPENERS and words[k + 1] in self.lang.OF

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

    def _role_complement(self, start: int, k: int, limit: int) -> bool:
        """'le secrétaire d'Etat aux transports Jean-Baptiste Djebbari', 'la chercheuse de X sur le pétrole
        Natasha White': a complement of a role, with the person's name right after it."""
        doc = self.doc
        if doc.words[k] not in self.lang.ROLE_COMPLEMENT_PREPOSITIONS or not any(
                doc.words[j] in self.lang.ROLE_NOUNS for j in range(start, k)):
            return False  # not `le ministre face à X`
        for j in range(k + 1, min(limit, k + 6)):
            if not doc.texts[j][:1].isalnum():
                return False
            if doc.texts[j][:1].isupper() and first_name_gender(doc.texts[j]):
                # but `explique le jeune homme à France 3`: a first name with a number is a channel
                return not (j + 1 < limit and doc.texts[j + 1][:1].isdigit())
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

    def _acronym_ahead(self, k: int, limit: int) -> int | None:
        """Where an acronym in parentheses closes the words from token k on, within a name's reach."""
        doc = self.doc
        for j in range(k, min(limit - 2, k + MAX_NP_TOKENS)):
            if doc.words[j] == "(":
                acronym = doc.texts[j + 1]
                return j if len(acronym) > 1 and acronym.isupper() and doc.words[j + 2] == ")" else None
            w = doc.words[j]
            if not (doc.texts[j][:1].isalnum() or w in ("l'", "d'", "-")) or w in self.clause_words \
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

    def _point_of_abbreviation(self, k: int) -> bool:
        """The point at token k ends a title or an initial (`M.`, `S.`), not a sentence."""
        return k > 0 and (self._is_title(k - 1) or self._is_initial(k - 1))

    def _is_initial(self, k: int) -> bool:
        tok = self.doc.texts[k]
        return len(tok) == 1 and tok.isupper()

    def _is_title(self, k: int) -> bool:
        w = self.doc.words[k]
        return w in self.lang.CIVIL_TITLES or w + "." in self.lang.CIVIL_TITLES

    def _apposition(self, i: int, limit: int):
        """After a comma: a role (`le patron du service …`) or a name (`…, François Félix`)."""
        doc = self.doc
        w, tok = doc.words[i], doc.texts[i]
        if tok[:1].isupper() and w not in self.determiners and first_name_gender(tok):
            found = self._noun_phrase(i, limit)
            if found:
                return found[0], "name", found[1]
            return None
        starts_role = (
            w in self.determiners
            or w in self.lang.ROLE_NOUNS
            or w in self.lang.ROLE_OPENERS
            or w.startswith("ex-")
        )
        if not starts_role or w in self.lang.POSSESSIVES:
            return None
        k = i
        while k < limit and doc.words[k] not in (",", ".", ";", ":", "!", "?", *self.lang.RELATIVE_CLAUSE_WORDS[:3]) and k - i < 20:
            k += 1
        return doc.phrase(i, k), "role", k

    def _subject_before(self, k: int):
        """The subject written before the verb at token k: (mention, start, role)."""
        doc = self.doc
        j = k - 1
        while j >= 0 and (doc.words[j] in self.adverbs or doc.words[j] in self.lex.preverbal_clitics):
            j -= 1  # `Il s'est dit`, `Elle lui a répondu`
        if j > 0 and doc.words[j] in self.lang.OBJECT_CLITICS and doc.words[j - 1] in self.lang.RELATIVE_PRONOUNS:
            j -= 1  # `X qui l'appelait`
        if j > 0 and doc.words[j] in SIGNATURE_DASHES:  # `Ces élus - une dizaine de maires - réclament`
            before = self._before_dashed_aside(j)
            found = self._phrase_back(before) if before < j else None
            if found is None or doc.words[found[0]] in self.prepositions or not self.could_speak(*found):
                return self._subject_of_clause(j)  # `X, élu avec 46 % des voix - contre 44 % à Y - explique`
            return (doc.phrase(*found), doc.starts[found[0]], None)
        if j < 0 or doc.quoted[j]:
            return None
        w = doc.words[j]
        if w in self.lang.RELATIVE_PRONOUNS:
            return self._antecedent_of_relative(j)
        if w in self.lang.PRONOUNS:
            return (doc.texts[j], doc.starts[j], None)
        if j > 0 and f"{doc.words[j - 1]} {w}" in self.lang.PRONOUNS:  # `Ce dernier a dénoncé`
            return (doc.phrase(j - 1, j + 1), doc.starts[j - 1], None)
        if w in self.lang.OBJECT_CLITICS and (j == 0 or doc.words[j - 1] in self.lang.AFTER_QUOTE_LINKS + (",",)):
            return None  # "comme le relaye France Bleu": the subject follows the verb
        if w == ",":
            apposed = self._apposed_head(j)
            if apposed is not None:
                return apposed
            inner = self._phrase_back(j - 1)
            if inner is None:
                return self._subject_before_incidental(j)
            lo, hi = inner
            if lo > 1 and doc.words[lo - 1] == ",":
                outer = self._phrase_back(lo - 2)
                if outer and self._has_name(lo, hi) and not self._has_name(*outer):
                    return (doc.phrase(outer[0], hi), doc.starts[outer[0]], doc.phrase(*outer))
                if outer and self._has_name(*outer) and not self._has_name(lo, hi):
                    return (doc.phrase(*outer), doc.starts[outer[0]], doc.phrase(lo, hi))
            return (doc.phrase(lo, hi), doc.starts[lo], None)
        if w in self.lang.COORDINATORS:
            return self._subject_of_previous_verb(j)
        found = self._phrase_back(j)
        if found and found[1] - found[0] == 1 and doc.words[found[0]] in self.determiners:
            return None  # `rejeté la demande`, `l'appelait`: an article or object pronoun, no subject
        if found is None or doc.words[found[0]] in self.clause_words:
            return self._subject_of_clause(j)
        return (doc.phrase(*found), doc.starts[found[0]], None)

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

    def _subject_after_opening_participle(self, lo: int, k: int, hi: int):
        """`Relevant « … » sur internet, les auteurs d'une étude estiment …`: a participle opening the
        sentence leans on the subject after the comma that closes its clause."""
        doc = self.doc
        if self.doc.unquoted_end(lo, k) != lo or any(w == "," for w in doc.words[lo:k]):
            return None  # not the sentence's opening
        _, end = doc.sentence(lo)
        for c in range(hi, end):
            if doc.words[c] == "," and not doc.quoted[c]:
                return self.clause_subject(c + 1, end)
        return None

    def _participle_apposition(self, lo: int, k: int):
        """`… à X, un homme de 46 ans, décédé le 25 mai en répétant « … »`: a gerund inside a participle
        clause set off by a comma leans on the one that clause describes, the name before it."""
        doc = self.doc
        for c in range(k - 1, lo, -1):
            if doc.quoted[c] or doc.words[c] in self.lang.THAT or doc.words[c] in self.lang.RELATIVE_PRONOUNS:
                return None  # another clause
            if doc.words[c] != "," or c + 1 >= k or not doc.texts[c + 1].endswith(self.lang.PARTICIPLE_ENDINGS):
                continue
            commas, end = 0, c
            for b in range(c - 1, lo - 1, -1):  # back over the appositions before it, to a name
                if doc.words[b] != "," and b > lo:
                    continue
                if doc.words[end - 1] in self.lex.auxiliary_forms:
                    return None  # `X a, elle, critiqué …`: the participle completes the verb, no apposition
                head = self._phrase_back(end - 1)
                if head is not None and self._has_person_name(*head):
                    return (doc.phrase(*head), doc.starts[head[0]], None)
                commas += 1
                if commas > MAX_APPOSITIONS or doc.words[b] != ",":
                    return None
                end = b
            return None
        return None

    def _apposed_head(self, j: int):
        """`Martine Lebrun, directrice du Bureau de l'eau,` before the verb (the comma at token j):
        the name that heads one or more appositions, not a body or place inside them."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        commas = 0
        for c in range(j - 1, lo - 1, -1):
            if doc.quoted[c] or doc.words[c] in self.lang.THAT:
                return None  # another clause's subject: `Il a dit que X, directeur, pense`
            if doc.words[c] != ",":
                continue
            commas += 1
            if commas > MAX_APPOSITIONS:
                return None
            head = self._phrase_back(c - 1)
            if head is None:
                continue
            h_lo, h_hi = head
            # after a heading's dash too: `- Des tests en pharmacie -Martine Lebrun, directrice, explique`
            opens = h_lo == lo or doc.words[h_lo - 1] in (",", ":") or doc.words[h_lo - 1] in SIGNATURE_DASHES
            if opens and self._has_person_name(h_lo, h_hi):
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
            if opens and self._has_name(h_lo, h_hi) and self._opens_with_role(c + 1, j):
                # `Upasana Dutt, responsable de la recherche,`: a name nobody listed, then its role
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
            if opens and self._names_somebody(h_lo, h_hi):
                if self._starts_with_person(c + 1):  # `La ministre, Hélène Vasseur,`: resolved by the name
                    return (doc.phrase(h_lo, j), doc.starts[h_lo], doc.phrase(h_lo, h_hi))
                return (doc.phrase(h_lo, h_hi), doc.starts[h_lo], doc.phrase(c + 1, j))
        return None

    def _subject_before_incidental(self, j: int):
        """`X (LR), tout en comprenant "l'intérêt", s'est dit …`: the subject before a clause
        set off by commas."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        for c in range(j - 1, lo, -1):
            if doc.words[c] == "," and not doc.quoted[c]:
                found = self._phrase_back(c - 1)
                if found and (self._has_person_name(*found) or self._names_somebody(*found)):
                    return (doc.phrase(*found), doc.starts[found[0]], None)
                return None
        return None

    def _antecedent_of_relative(self, j: int):
        """`Olivier Ginon, président du groupe GL events qui rappelle`: the person, not the group."""
        doc = self.doc
        if j > 0 and doc.words[j - 1] == ",":
            j -= 1  # `Le recteur, qui avait promis`
        found = self._phrase_back(j - 1)
        if found is None:
            return None
        lo, hi = found
        if lo > 1 and doc.words[lo - 1] in self.lang.PLACE_PREPOSITIONS and not self._names_somebody(lo, hi):
            person = self._phrase_back(lo - 2)  # `les propos de X à Évry qui pointait`: X, not the place
            if person is not None and person[1] == lo - 1 and self._has_person_name(*person):
                lo, hi = person
        for m in range(lo + 1, hi - 1):  # `en raison du boycott de l'opposition, qui juge`: who can speak
            if doc.words[m] in self.lang.OF and not self.could_speak(lo, m) and self.could_speak(m + 1, hi):
                lo = m + 1
                break
        comma = self._apposition_start(lo) if not self._has_person_name(lo, hi) else None
        if comma is not None:  # `X, chercheur à l'université Y, qui rappelle`: the person, not the body
            named = self._phrase_back(comma - 1)
            if named and self._has_person_name(*named):
                return (doc.phrase(*named), doc.starts[named[0]], doc.phrase(comma + 1, hi))
        return (doc.phrase(lo, hi), doc.starts[lo], None)

    def _apposition_start(self, lo: int) -> int | None:
        """The comma that opens the apposition ending with the phrase at token lo, if one does."""
        doc = self.doc
        for c in range(lo - 1, max(-1, lo - MAX_NP_TOKENS), -1):
            if doc.quoted[c] or doc.sentence_ends[c]:
                return None
            if doc.words[c] == ",":
                return c if c > 0 else None
        return None

    def _subject_of_previous_verb(self, j: int):
        """`X annonce son retrait et reproche à …`: the subject both verbs share."""
        doc = self.doc
        lo, _ = doc.sentence(j)
        for k in range(j - 1, lo - 1, -1):
            match = doc.cue(k)
            if match and match.mood == "finite" and not match.inverted_subject:
                return self._subject_before(self.doc.verb_group_start(k, match, lo)[0])  # `il a écrit …, et a déclaré`
        subject = self._sentence_subject(lo, j)  # `X s'est rendu sur place et a promis`
        if subject and (self._has_person_name(lo, j) or self._names_somebody(lo, j)):
            return subject
        return None

    def _subject_of_clause(self, j: int):
        """`Un blogueur du site X qui a tenté de s'interposer raconte` : the phrase opening
        the clause, when a relative clause stands between it and the verb."""
        doc = self.doc
        lo = j
        while lo > 0 and not doc.sentence_ends[lo - 1] and doc.words[lo - 1] != "," and not doc.quoted[lo - 1]:
            lo -= 1
        found = self._noun_phrase(lo, j + 1, relative=False)
        if found is None:
            return None
        mention, end = found
        if end <= j and (doc.words[end] == "," or doc.words[end] in self.lang.RELATIVE_CLAUSE_WORDS):
            return (mention, doc.starts[lo], None)
        return None

    def _phrase_back(self, j: int):
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
            if doc.quoted[k] or doc.sentence_ends[k] or not (tok[:1].isalnum() or w in ("l'", "d'")):
                break
            if (w in self.clause_words and not self._ends_body_name(k)) or (w in self.adjunct_words and w not in self.lang.OF):
                break
            k -= 1
        lo = k + 1
        while lo < hi and ((end := self.lex.adverbial_end(doc.words, lo)) or not self._starts_phrase(lo)):
            lo = end if end and end < hi else lo + 1  # `De son côté le ministre`: the adverbial is no part of it
        return (lo, hi) if lo < hi else None

    def _starts_phrase(self, i: int) -> bool:
        doc = self.doc
        w, tok = doc.words[i], doc.texts[i]
        if w in self.connectives or w in self.time_words or w in self.adverbs:
            return False
        return (
            w in self.determiners
            or w in self.lang.CIVIL_TITLES
            or w in self.lang.PRONOUNS
            or tok[:1].isupper()
        )

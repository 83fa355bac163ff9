"""Attributing a quote span: finding its speech cue and the words that name its speaker.

Works on tokens of the reporter's text around a span (never inside other quotations):
after the quote (`"…", a affirmé lundi le général X`), inside it (`« …, a-t-il dit. … »`),
before it (`X a déclaré : « … »`, `Selon X, « … »`), or nowhere, in which case the
pipeline may let the quote continue the previous speaker. The noun phrases that name the
speaker are read by `phrases.PhraseReader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import compress

import regex

from .document import Document, phrase_table
from .lang import Language
from .lexicon import normalize, person_noun_gender
from .names import first_name_gender
from .phrases import MAX_NP_TOKENS, SIGNATURE_DASHES, PhraseReader
from .spans import CLAUSE_BREAKS, OPENING_MARKS, SENTENCE_MARKS, Span

MAX_HEADING_WORDS = 8  # a sub-heading run into its paragraph is a few words (`« Levée de doutes »« Il s'agit …`)
FOR_HEAD_TOKENS = 3  # `pour` names a speaker by its head, not a word deep in its complement
MAX_TERM_DISTANCE = 10  # a quotation after an article this far from the cue is a term more often than words
LINE_WORDS = 4  # tokens of a quotation before a transcript's next line (`… pas que les orages » Y : « … »`)
MAX_INCISE_ADJUNCT = 6  # `, raconte X au quotidien local.`: words of the adjunct after an incise's subject
# after an inverted pronoun, whose subject no adjunct can be part of: `, a-t-il raconté au journal X à sa sortie de l'hôpital.`
MAX_INVERTED_INCISE_ADJUNCT = 12
MAX_TOLD_TOKENS = 6  # `confirmée à l'Agence France-Presse par X`: words of whom a document was told, before its author
MAX_COLON_LEAD = 6  # words between a colon and the quotation it brings in, closed by a comma (`: pour ou contre, « … »`)
MAX_NAME_APPOSITION = 6  # tokens of a name set off by commas after a description (`le député de X, Paul Roux,`)
MAX_ROLE_APPOSITION = 14  # tokens of a role set off by commas after a name (`X, coordinateur du réseau de …,`)
MAX_GLOSS_TOKENS = 12  # `« … » (rétablir la quarantaine) estime X`: a gloss in brackets between a quotation and its cue
MAX_BYLINE_TOKENS = 20  # `Nom, rôle, sur la chaîne X « … »`: a line naming who speaks, short
MAX_VERB_GROUP = 3  # `a en effet profité`: tokens of a verb group before its purpose phrase, past its auxiliary
CITING_REACH = 6  # tokens past a cue's subject its citing phrase may stand (`, a-t-il conclu, citant`)
# A capital right after a letter: where a heading may end. Sought by the capital, a class `re` reads as a bitmap, the
# letter checked behind it: opening on the letter, it looked up the category of every character (callgrind).
GLUED_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[^\W\d_].)")


def contracted_table(lang: Language, phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """`phrase_table`, where a phrase ending in "de" (OF[0]) also ends in "du", "des", "d'": "aux yeux du"."""
    of = lang.OF
    return {
        first: [variant for parts in group for variant in ([parts[:-1] + [w] for w in of] if parts[-1] == of[0] else [parts])]
        for first, group in phrase_table(lang, phrases).items()
    }


def _glued_heading(lang: Language):
    """A determiner opening a phrase glued to the word before it, lower case or an acronym's capitals
    (`Rejet de la CEDHLe chef de l'État`: a sub-heading run into the paragraph, its line break lost)."""
    openers = sorted({d[:1].upper() + d[1:] for d in lang.DETERMINERS if d[:1].isalpha() and len(d) > 1},
                     key=len, reverse=True)  # (not `A`: `IEA supports` is an acronym and a verb)
    alternation = "|".join(regex.escape(d[:-1]) + "['’]" if d.endswith("'") else regex.escape(d) + r"\s" for d in openers)
    return regex.compile(rf"(?:\p{{Ll}}|\p{{Lu}}{{2}})((?:{alternation}))")


def _cue_words(lang: Language) -> tuple:
    """The phrase tables of cues an Attributor reads beside its phrase reader's, built once per language."""
    according = contracted_table(lang, lang.ACCORDING_TO)
    return (
        phrase_table(lang, lang.AFTER_QUOTE_LINKS), phrase_table(lang, lang.WORDING_LINKS), according,
        contracted_table(lang, lang.WORDING_OWNERS), phrase_table(lang, lang.FRONTED_CLAUSE_OPENERS),
        frozenset([*according, *lang.FOR]),
        # The longest word of each selon-like phrase: a sentence without one holds none of them.
        frozenset(max(p, key=len) for ps in according.values() for p in ps),
        phrase_table(lang, lang.CITING_PHRASES), phrase_table(lang, lang.WORDING_SUBJECTS),
        phrase_table(lang, lang.SEQUEL_OPENERS),
        # A comma and a selon-like phrase (in lower case, after a comma), sought in a quotation's text before its
        # tokens are read
        re.compile(",\\s*(?:" + "|".join("['’]".join(map(re.escape, p.split("'"))) for p in lang.ACCORDING_TO) + ")")
        if lang.ACCORDING_TO else None,
    )


@dataclass
class Attribution:
    how: str  # after / incise / before / according / colon / interviewee (an answer's) / participle / relative_participle
    # (a participle in a relative clause: `un garçon qui l'a tutoyé en lui disant « … »`) / relative (`les « erreurs »
    # que reconnaît X`) / object (aux cris de « … ») / subject / signature / later / narrative (`Et d'ajouter : « … »`:
    # a narrative infinitive with no subject, the last speaker's words)
    cue: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    role: str | None = None
    antecedent: str | None = None  # for an impersonal subject: the body it stands for, or the impersonal pronoun
    end: int | None = None  # token index after the cue, when it stands before the quote
    agreement: str | None = None  # the gender the cue's participle or clitic agrees in (`s'est dite`: f)

    @classmethod
    def of(cls, how: str, match, *args, **kwargs) -> Attribution:
        """The attribution of a speech verb's match: its cue, and the gender it agrees in."""
        return cls(how, match.lemma, *args, agreement=None if match.passive else match.gender, **kwargs)


class Attributor:
    """Finds the cue and the speaker's words for each span of a document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.lang = doc.lang
        self.lex = doc.lexicon
        self.phrases = PhraseReader(doc)  # and the word sets it reads with
        self.links, self.wording_links, self.according, self.wording_owners, self.fronted_openers, \
            self.according_openers, self.according_keywords, self.citing, self.wording_subjects, \
            self.sequel_openers, self.comma_according = doc.lang.derived(_cue_words)
        self._headings: dict[Span, bool] = {}
        self._first_question: int | None = None  # where an interview's first question is labelled (-1: none), once asked

    def without_glued_heading(self, found: Attribution | None) -> Attribution | None:
        """The attribution with its mention cut where a sub-heading glued to it ends."""
        if found is None or not found.mention or found.mention_start is None or not GLUED_CAPITAL.search(found.mention):
            return found  # most mentions: no capital glued to a letter, told by `re` in a tight loop
        glued = self.lang.derived(_glued_heading).search(found.mention)
        if glued is None:
            return found
        cut = glued.start(1)
        return replace(found, mention=found.mention[cut:], mention_start=found.mention_start + cut)

    def with_cited_source(self, found: Attribution | None) -> Attribution | None:
        """`« … », a-t-il conclu, citant le chef de l'État`, `écrit l'agence X en citant Y, président de …`: words a
        speaker quotes from a person (named, a role, a source) are theirs."""
        if found is None or found.how not in ("after", "incise") or not found.mention or found.mention_start is None:
            return found
        doc = self.doc
        k = self._mention_range(found)[1]
        for k in range(k, min(doc.size, k + CITING_REACH)):
            if doc.quoted[k] or doc.sentence_ends[k]:
                return found
            if (citing := doc.phrase_at(k, self.citing)) and (k == 0 or doc.words[k - 1] != self.lang.OF[0]):
                break
        else:
            return found
        start = k + citing
        start = self.lex.adverbial_end(doc.words, start) or start  # `citant de nouveau X`
        start = self.phrases.past_adverbs(start, doc.size)  # `citant notamment X`
        cited = self.phrases.noun_phrase(start) if start < doc.size and not doc.quoted[start] else None
        titled = start + (doc.words[start] in self.phrases.determiners)  # `le Dr X`
        if cited is None or not (self.phrases.starts_with_person(start) or self.phrases.opens_with_role(start, cited[1])
                                 or doc.words[titled] in self.lang.CIVIL_TITLES) \
                or (cited[1] < doc.size and (doc.words[cited[1]] in self.lang.COORDINATORS or doc.words[cited[1]] == "(")) \
                or (cited[1] + 1 < doc.size and doc.words[cited[1]] == "," and self.phrases.starts_with_person(cited[1] + 1)):
            # (not `citant des études`, `citant un passage de l'œuvre de X`: a document, the speaker's own words on it;
            # nor `citant X ou Y`, `citant X, Y et Z`: examples named)
            return found
        return replace(found, mention=cited[0], mention_start=doc.starts[start], role=None)

    def _names_a_witness(self, found: Attribution) -> bool:
        """The mention is a reporter's who saw what they tell (WITNESS_NOUNS: `un journaliste de l'AFP`)."""
        lo, hi = self._mention_range(found)
        head = lo + (self.doc.words[lo] in self.phrases.determiners)
        return head < hi and self.doc.words[head] in self.lang.sets.WITNESS_NOUNS

    def _according_at(self, k: int) -> int:
        """A `selon`-like phrase at token k: its length in tokens."""
        return self.doc.phrase_at(k, self.according)

    def is_heading(self, span: Span) -> bool:
        """`- « Chambre d'écho » -`: a sub-heading between dashes, run into the text (a wire's style); or a few words
        standing as a sentence of their own, their closing mark glued to the paragraph they top (`… maisons.« Levée de
        doutes »« Il s'agit …`, `- « Faire la manche »Selon …`)."""
        found = self._headings.get(span)  # (a span hashed once: a tuple of eight)
        if found is None:
            doc = self.doc
            before, after = doc.index_at(span.outer_start), doc.index_at(span.outer_end)
            found = self._headings[span] = before > 0 and after < doc.size and (
                (doc.words[before - 1] in SIGNATURE_DASHES and doc.words[after] in SIGNATURE_DASHES)
                or self._glued_to_its_paragraph(span, before))
        return found

    def _glued_to_its_paragraph(self, span: Span, before: int) -> bool:
        """The marks open a sentence (or follow a dash) and hold a few words that end on no sentence mark, and the
        closing mark is glued to a capital or to the next quotation's opening mark."""
        doc, text = self.doc, self.doc.text
        glued = text[span.outer_end : span.outer_end + 1]
        if not (glued.isupper() or glued in OPENING_MARKS) or span.depth:
            return False
        if not (doc.sentence_ends[before - 1] or doc.words[before - 1] in SIGNATURE_DASHES):
            return False
        quoted = text[span.start : span.end].rstrip()
        return quoted[-1:] not in SENTENCE_MARKS and quoted[-1:] not in CLAUSE_BREAKS \
            and len(quoted.split(None, MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS

    def attribute(self, span: Span) -> Attribution | None:
        found = self._attribute(span)
        if found is not None and found.role and found.mention_start is not None and (voice := self._voice(found)):
            found = replace(found, mention=voice[0], mention_start=voice[1], role=None)
        if found is not None and found.mention and found.mention_start is not None \
                and (found.cue in self.lang.sets.ACCORDING_TO or found.cue in self.lang.sets.WITNESS_CUES) \
                and self._names_a_witness(found):
            # `Les manifestants scandaient des slogans comme « A » ou « B », selon un journaliste de l'AFP`: the
            # sentence's speaker, the reporter only saw them
            before = self.doc.index_at(span.outer_start)
            said = self._last_cue(self.doc.sentence(before)[0], before, past_quotes=True)
            if said is not None and said.mention and not self._names_a_witness(said):
                # (tied as firmly as the witness's phrase tied them: `« Rébellion », a constaté X` is no name)
                return replace(found, cue=said.cue, mention=said.mention, mention_start=said.mention_start, role=said.role,
                               antecedent=said.antecedent, end=said.end, agreement=said.agreement)
        return found

    def _voice(self, found: Attribution) -> tuple[str, int] | None:
        """Who speaks for the cue's subject, named in its apposition by a VOICE_PHRASES phrase (`Le gouvernement, à
        travers la voix de X,`): (X, its offset), or None."""
        folded = normalize(found.role)
        phrase = next((p for p in self.lang.VOICE_PHRASES if folded.startswith(p + " ")), None)
        if phrase is None:
            return None
        at = self.doc.text.find(found.role, found.mention_start)
        return (found.role[len(phrase) + 1 :], at + len(phrase) + 1) if at >= 0 else None

    def _attribute(self, span: Span) -> Attribution | None:
        doc = self.doc
        if self.is_heading(span):
            return None  # whose words it condenses is told by the words themselves (extract's repeats)
        after = doc.index_at(span.outer_end)
        before = doc.index_at(span.outer_start)  # first token of the span
        found = self._after(after)
        if found is not None and found.cue in self.lang.sets.FOR and doc.words[after] != "," \
                and (according := self._according_to(before)) is not None and according.cue not in self.lang.sets.FOR:
            found = according  # `est selon elle « … » pour la commune`: whose words the selon-like phrase tells
        if found is not None and found.how == "after" and (relative := self._relative_incise(before)) is not None \
                and not self._names_a_speaker(found):
            # `L'avocat, qui dénonce « … », a demandé le renvoi`: no inverted subject but an object; the
            # verb's subject is the one the relative clause set off by commas is about
            subject = self.phrases.antecedent_of_relative(relative)
            found = replace(found, mention=subject[0], mention_start=subject[1], role=None) if subject else None
        if found is not None and before and doc.words[before - 1] == ":" \
                and (narrative := self._introduced(before)) is not None and narrative.how == "narrative":
            return narrative  # `Et d'ajouter : « … », fait savoir Le Monde`: the last speaker's, the medium its source
        if found is not None and found.cue in self.lang.sets.RELAYING_CUES:
            # `X aurait demandé de « … », rapporte BFMTV`: the medium relays what X said
            said = self._earlier_in_sentence(before) or self._incise(span)  # or `« …, a ironisé un proche », rapporte X`
            if said is not None and (said.mention or said.how == "narrative") and said.cue not in self.lang.RELAYING_CUES:
                return said
        if found is not None and found.cue in self.lang.sets.ACCORDING_TO \
                and normalize(found.mention or "") not in self.lang.PRONOUNS \
                and (said := self._earlier_in_sentence(before)) is not None and said.mention and said.end is not None \
                and before - said.end <= 1 and said.cue not in self.lang.sets.ACCORDING_TO \
                and normalize(said.mention) not in self.lang.sets.IMPERSONAL_PRONOUNS:
            # `Une voix lance « … », selon Le Parisien`: the words are the verb's subject's, the selon-like phrase
            # the report's source (not `selon elle`: hers; nor `on constate que « … »`)
            return said
        if found is not None and after < doc.size and doc.words[after] in SENTENCE_MARKS:
            # `X explique ce choix : « … ». C'est ainsi que Y a lancé sa chaîne`: the words' own introduction first
            introduced = self._introduced(before)
            if introduced is not None and introduced.mention:
                return introduced
        if found is not None and found.how == "after" and found.mention \
                and normalize(found.mention) in self.lang.PRONOUNS \
                and normalize(found.mention) not in self.lang.IMPERSONAL_PRONOUNS:
            named_inside = self._incise(span)
            if named_inside is not None and self._introduces_somebody(named_inside) \
                    and self._agrees_in_number(found.mention, named_inside.mention_start):
                return named_inside  # `« …, a confié un responsable. … », a-t-il ajouté`: whom the incise names
            found = self._named_before_the_quotation(found, before) or found
        if found is not None and found.mention and normalize(found.mention) in self.lang.IMPERSONAL_PRONOUNS:
            # `X se plaint : « … », l'entend-on dire`: the one named before the colon, not whoever hears it
            introduced = self._introduced(before)
            if introduced is not None and introduced.mention and normalize(introduced.mention) not in self.lang.IMPERSONAL_PRONOUNS:
                return introduced
        found = found or self._incise(span) or self._introduced(before) or self._later_in_sentence(after) \
            or self._byline(before)
        if found is not None:
            return found
        according = self._according_to(before)
        if according is not None:
            # `Pour le groupe X, Olivier Y a jugé « … »`, `Selon un témoin, le président aurait évoqué une « … »`: the
            # speaker of the clause's own cue
            said = self._earlier_in_sentence(before)
            if said is not None and said.mention_start is not None and according.mention_start is not None \
                    and said.mention_start > according.mention_start and (according.cue in self.lang.FOR or (
                        said.mention and not self._participle_apposed(said)
                        and normalize(said.mention) not in self.lang.sets.IMPERSONAL_PRONOUNS
                        and self.phrases.subject_can_speak((said.mention, said.mention_start)))):
                return said
        if according is not None:
            return according
        earlier = self._earlier_in_sentence(before)
        if earlier is None or self._closes_words_before(earlier):
            # (`X a été fouillé, assure Y« … », ni « … », poursuit Z`: Y's cue closes the words before it)
            earlier = self._later_in_sentence(after, past_quotations=True) or earlier
        return earlier or self._framed(before) or self._according_inside(span) \
            or self._worded_in_sentence_after(span) or self._possessed_words(before)

    def _participle_apposed(self, said: Attribution) -> bool:
        """`X, décrit comme « … »`: the cue a past participle set off by a comma, whose words are said of its subject,
        not by it."""
        if said.end is None:
            return False
        words = self.doc.words
        k = next((j for j in range(said.end - 1, max(said.end - 4, 0), -1) if words[j - 1] == ","), None)
        return k is not None and any(f.mood == "participle" for f in self.lex.forms(words[k]))

    def _possessed_words(self, i: int) -> Attribution | None:
        """`X a accompagné son message « … » d'une vidéo`: words a possessive's noun of something said or written
        brings in, with no cue of their own, are the clause's subject's, if it can speak."""
        doc = self.doc
        if i < 2 or doc.words[i - 2] not in self.lang.sets.POSSESSIVES:
            return None
        noun = doc.words[i - 1]
        if noun not in self.lang.sets.SPEECH_NOUNS and noun not in self.lang.sets.SOURCE_DOCUMENTS:
            return None
        lo = doc.sentence(i)[0]
        if doc.words[lo] in self.lang.sets.OPENING_CONNECTIVES:
            lo += 1  # `Ainsi X a accompagné son message « … »`
        subject = self.phrases.clause_subject(lo, i - 2)
        framing = self._framing_subject(subject, i - 2) if subject is not None else None
        return replace(framing, cue=noun) if framing is not None else None

    def _named_before_the_quotation(self, found: Attribution, before: int) -> Attribution | None:
        """The incise found, its pronoun meaning whom the sentence names before the quotation opening at token
        before: the subject a speech verb names right after it, up to a colon (`raconte un témoin : « … »,
        explique-t-il`), the subject of a clause with no speech verb before a colon (`le rappeur a développé sa
        position : « … », détaille-t-il`), the source of a selon-like phrase opening the clause (`Selon X, « … »,
        a-t-elle raconté`), or a person whose full name ends at a colon (`jusqu'au ministre X Y : « … », a-t-il
        réagi`); else None."""
        doc = self.doc
        introduced = self._introduced(before)
        if introduced is not None:
            inverted = introduced.how == "before" and introduced.mention and introduced.end is not None \
                and self._mention_range(introduced) == (introduced.end, before - 1)
            named = (introduced.mention, introduced.mention_start) if inverted or introduced.how == "framed" else None
        elif (framed := self._framed(before)) is not None and framed.how == "framed" \
                and self._agrees_in_number(found.mention, framed.mention_start):
            named = (framed.mention, framed.mention_start)  # (not `Plusieurs personnalités …, jusqu'à X : « … », a-t-il`)
        elif (according := self._according_to(before)) is not None and according.cue in self.lang.sets.ACCORDING_TO \
                and self._opens_clause_before(according, before):
            named = (according.mention, according.mention_start)  # `Selon X, « … », a-t-elle raconté`
        elif before > 1 and doc.words[before - 1] == ":" and (run := self.phrases.phrase_back(before - 2)) is not None \
                and run[1] == before - 1 and run[1] - run[0] >= 2 and doc.texts[run[1] - 1][:1].isupper() \
                and first_name_gender(doc.texts[run[1] - 2]):
            named = (doc.phrase(*run), doc.starts[run[0]])
        else:
            named = None
        if named is None or normalize(named[0]) in self.lang.PRONOUNS:
            return None
        return replace(found, mention=named[0], mention_start=named[1], role=None)

    def _introduces_somebody(self, found: Attribution) -> bool:
        """The mention is a name or an indefinite description (`un responsable`): somebody the text may not have
        met, whom a pronoun after the quotation cannot reach (a definite description or a pronoun points back)."""
        if not found.mention or found.mention_start is None or normalize(found.mention) in self.lang.PRONOUNS:
            return False
        first = self.doc.words[self.doc.index_at(found.mention_start)]
        return first not in self.lang.DETERMINERS or first in self.lang.sets.INDEFINITE_ARTICLES

    def _agrees_in_number(self, pronoun: str, start: int) -> bool:
        """The pronoun is of the number the determiner opening the phrase at character `start` tells, if it tells one."""
        number = self.lang.PRONOUNS.get(normalize(pronoun), (None, None))[1]
        told = self.lang.DETERMINERS.get(self.doc.words[self.doc.index_at(start)], (None, None))[1]
        return not (number and told) or number == told

    # -- where the cue stands ----------------------------------------------------------
    def _relative_incise(self, i: int) -> int | None:
        """The relative pronoun opening, after a comma, the clause in which the quotation opening at token i
        stands (`X, qui dénonce « … », a …`), or None."""
        doc = self.doc
        lo, _ = doc.sentence(i)
        for c in range(i - 1, lo, -1):
            if doc.words[c] == "," and not doc.quoted[c]:
                return c + 1 if doc.words[c + 1] in self.lang.RELATIVE_PRONOUNS else None
        return None

    def _after(self, i: int) -> Attribution | None:
        """`"…", a affirmé X` or `"…" explique X` right after the closing mark."""
        doc = self.doc
        if i >= doc.size or doc.quoted[i]:
            return None
        if doc.words[i] in SIGNATURE_DASHES:
            return self._signature(i + 1)
        if doc.words[i] == "(" and (close := next((c for c in range(i + 1, min(doc.size - 1, i + MAX_GLOSS_TOKENS))
                                                  if doc.words[c] == ")"), None)) is not None \
                and not doc.quoted[close + 1] and doc.texts[close + 1][:1].islower() \
                and not any(doc.texts[k][:1].isdigit() for k in range(i + 1, close)) \
                and any(doc.texts[k].islower() for k in range(i + 1, close)):
            # `« … » (rétablir la quarantaine) estime X`: the reporter's gloss, then the cue (not a price, nor an
            # acronym: `« … » (GLOSA) préviendra le conducteur`, a name's)
            i = close + 1
        owner = i + 1 if doc.words[i] in (",", ".", ";", "!", "?") else i
        if doc.phrase_at(owner, self.wording_owners):  # `« … ». Tels sont les mots de X`, `« … », ce sont les propos de X`
            return self._according_phrase(owner, "after", self.wording_owners)
        comma = doc.words[i] == ","
        if comma:
            i += 1
        elif doc.words[i] == ":":  # `« … » : dans une lettre, X a répondu …`: the clause after explains who
            # (not another quotation: `a salué un « … », qui « … » : « … »`, words of the same speaker)
            return None if i + 1 < doc.size and doc.quoted[i + 1] else self._first_cue(i + 1)
        elif doc.words[i] in (".", ";", "!", "?"):
            # `« … ». C'est en ces termes que X a réagi`: a link of several words opens the next sentence
            link = self._link_at(i + 1) if i + 1 < doc.size else 0
            if link > 1:
                return self._linked_cue(i + 1, link)
            return self._wording_agent(i + 1) if i + 1 < doc.size and doc.words[i + 1] in self.wording_subjects else None
        if i >= doc.size:
            return None
        if not comma and self._quotation_ended_its_sentence(i) and (
                doc.words[i - 2] == "." or not self.lang.SUBJECT_BEFORE_CUE_AFTER_QUOTE):
            # `« … ! » Comme pour …`: a sentence opens after it (not `"…?" Chris asked`, where the subject may come
            # first); only a link of several words leads back to it, or a speech verb before its subject, which opens
            # no sentence (`« … ! » Raconte finalement X`: an incise, its capital a slip)
            found = self._inverted(i, "after")
            if found is not None and self._names_a_speaker(found) and all(
                    doc.words[k] in self.lang.sets.ADVERBS for k in range(i + 1, doc.index_at(found.mention_start))):
                return found
            link = self._link_at(i)
            if link > 1:
                return self._linked_cue(i, link)
            return self._wording_agent(i) if doc.words[i] in self.wording_subjects else None
        if self._according_at(i) or doc.words[i] in self.lang.sets.FOR:
            if not comma and doc.texts[i][:1].isupper():
                return None  # `« … » Selon Mme X, …`: the next sentence's source, not this quotation's
            if not comma and doc.words[i] in self.lang.sets.FOR and not self._inside_sentence_before(i) \
                    and (incise := self._incise_past_complement(i)) is not None:
                return incise
            if not comma and doc.words[i] in self.lang.sets.FOR and self._inside_sentence_before(i) \
                    and not self._names_a_person_at(i + 1):
                # `une « revalorisation » pour les personnels`: whom it is for, not whose words (but `une situation
                # « inquiétante » pour Axel X`, `pour le réalisateur X`: a person's opinion)
                return None
            return self._according_phrase(i, "after")
        if not comma and doc.words[i] in self.lang.THAT and self._quotes_a_noun(i):
            return self._relative_cue(i + 1)
        link = self._link_at(i)
        if link:
            return self._linked_cue(i, link)
        found = self._inverted(i, "after") or self._subject_first(i, "after", comma)
        if found is None and comma and doc.words[i] in self.lang.OBJECT_CLITICS and i + 1 < doc.size:
            found = self._inverted(i + 1, "after")  # `« … », l'interroge la journaliste X`: its object, then its subject
            return found if found is not None and self._names_a_speaker(found) else None
        if found and not comma and not (self._names_a_speaker(found)
                                        or self._bare_person_noun(found, pronominal=doc.words[i] in self.lang.REFLEXIVE)):
            return None  # `"…" poursuit son érosion`: without a comma the verb may just take an object
        return found

    def _incise_past_complement(self, i: int) -> Attribution | None:
        """`« … » pour le pays, explique X`: a phrase at token i completes the quotation opening the sentence, then an
        incise names its speaker."""
        doc = self.doc
        phrase = self.phrases.noun_phrase(i + 1)
        if phrase is None or phrase[1] + 1 >= doc.size or doc.words[phrase[1]] != ",":
            return None
        found = self._inverted(phrase[1] + 1, "after")
        return found if found is not None and self._names_a_speaker(found) else None

    def _bare_person_noun(self, found: Attribution, pronominal: bool = False) -> bool:
        """`"…" précise le centriste`, `"…" a tweeté l'administrateur de la Nasa`: the subject found is a determiner
        and a noun of a person, before any complement; or (after a `pronominal` verb, which takes no object: `"…" se
        sont emportés des routiers`) of persons."""
        if found.mention_start is None:
            return False
        lo, hi = self._mention_range(found)
        hi = self.phrases.head_end(lo, hi)
        noun = self.doc.words[lo + 1] if hi - lo == 2 and self.doc.words[lo] in self.lang.DETERMINERS else ""
        return bool(noun) and (person_noun_gender(self.lang, noun) is not None
                               or (pronominal and noun[-1:] == "s" and person_noun_gender(self.lang, noun[:-1]) is not None))

    def _mention_range(self, found: Attribution) -> tuple[int, int]:
        """The tokens of the mention found."""
        return self.doc.index_at(found.mention_start), self.doc.index_at(found.mention_start + len(found.mention))

    def _linked_cue(self, i: int, link: int) -> Attribution | None:
        """The cue after a link of `link` tokens at token i (`voilà comment X a qualifié`, `comme l'a dit X`)."""
        doc = self.doc
        k = i + link
        if k + 1 < doc.size and doc.words[k] in self.lang.OBJECT_CLITICS:
            k += 1  # `comme la qualifie X`, `comme l'a dit X`: the quotation's pronoun, not an article
        found = self._inverted(k, "after") or self._last_cue(i + link, doc.sentence(i)[1])
        if doc.phrase_at(i, self.wording_links):
            # `c'est en ces termes que X présente`, `… que X a interpellé Y`: the clause's subject, whatever its verb
            subject = self.phrases.clause_subject(i + link, doc.sentence(i)[1])
            if subject is not None and (found is None or found.mention_start != subject[1]):
                return Attribution("after", found.cue if found else None, *subject)
        return found

    def _worded_in_sentence_after(self, span: Span) -> Attribution | None:
        """`« … » pour les hôpitaux. C'est par ces mots que X a débuté`: a quotation opening its sentence, the next
        opening on a link that calls it somebody's wording (WORDING_LINKS): the subject of the link's clause."""
        doc = self.doc
        before = doc.index_at(span.outer_start)
        if before and not doc.sentence_ends[before - 1]:
            return None
        _, hi = doc.sentence(doc.index_at(span.outer_end) - 1)
        if hi >= doc.size or not doc.phrase_at(hi, self.wording_links):
            return None
        return self._linked_cue(hi, self._link_at(hi))

    def _wording_agent(self, i: int) -> Attribution | None:
        """`« … ». Cette phrase, rapportée par un journal, a été hurlée sur le quai par X`: a sentence opening at token
        i on the quotation's words (WORDING_SUBJECTS), the agent of its passive speech verb."""
        doc = self.doc
        n = doc.phrase_at(i, self.wording_subjects)
        if not n:
            return None
        _, hi = doc.sentence(i)
        for k in range(i + n, hi):
            if doc.words[k] in self.lang.sets.RELATIVE_PRONOUNS or doc.words[k] in self.lang.sets.THAT:
                return None  # (`… ont fait réagir X, qui estime que le discours prononcé par Y`: another clause's)
            forms = self.lex.forms(doc.words[k]) if not doc.quoted[k] else None
            if forms and all(f.mood == "participle" for f in forms) and self._authoring_participle(doc.words[k]):
                by = next((c for c in range(k + 1, hi) if doc.words[c] in self.lang.BY or doc.quoted[c]), None)
                agent = self.agent_after(by) if by is not None else None
                if agent is not None:
                    return replace(agent, how="after", cue=forms[0].lemma)
        return None

    def _names_a_speaker(self, found: Attribution) -> bool:
        """The subject found names somebody, has a name, is a pronoun or one of a group (`l'un des prêtres`), before
        any complement; not a mere noun (`son érosion`), nor a noun of somebody (`avait avoué le meurtre de la
        fillette`: what was confessed)."""
        if not found.mention or found.mention_start is None:
            return True
        lo, hi = self._mention_range(found)
        hi = self.phrases.head_end(lo, hi)
        return self.phrases.names_somebody(lo, hi) or self.phrases.has_name(lo, hi) \
            or normalize(found.mention) in self.lang.PRONOUNS or normalize(found.mention).startswith(self.lang.ONE_OF)

    def _relative_cue(self, i: int) -> Attribution | None:
        """`les « pertes » que le président a admis avoir subies`, `les « erreurs » que reconnaît X`: the
        quoted noun is the object of the relative clause's speech verb, whose subject said it."""
        # not a firm attribution: the quoted noun may be a name or a term all the same (`un « Fastback » que
        # le constructeur proposera`)
        found = self._inverted(i, "relative")
        if found is not None:
            subject = (found.mention, found.mention_start) if found.mention_start is not None else None
        else:
            phrase = self.phrases.noun_phrase(i)
            match = self._cue(phrase[1]) if phrase else None
            if match is None or match.mood != "finite" or match.passive:
                return None
            subject = (phrase[0], self.doc.starts[i])
            found = Attribution.of("relative", match, *subject)
        # `les « enjeux » que soulève la consommation de ce gaz`: a subject that cannot speak said nothing
        return found if subject is not None and self.phrases.subject_can_speak(subject) else None

    def _quotes_a_noun(self, i: int) -> bool:
        """The quotation closing right before token i follows a determiner: a noun phrase (`les « pertes »`)."""
        doc = self.doc
        k = i - 1
        while k >= 0 and doc.quoted[k]:
            k -= 1
        return k >= 0 and doc.words[k] in self.phrases.determiners

    def _first_cue(self, i: int) -> Attribution | None:
        """The first speech verb of the clause starting at token i, with a subject written before it (after it, in
        an incise)."""
        doc = self.doc
        if i >= doc.size:
            return None
        _, hi = doc.sentence(i)
        for k in doc.cue_starts(i, hi):
            match = doc.cue(k)
            if match is None or match.mood != "finite" or match.passive or doc.quoted[k] or self.reads_as_noun(k, match, i):
                continue
            subject = self.phrases.subject_before(k)
            if doc.words[k - 1] == "," and not any(doc.quoted[i:k]) and not (subject and subject[2]) \
                    and (incise := self._inverted(k, "after")) is not None:
                # `« … » : deux vigiles bloquent la route, a constaté l'AFP`: its subject after it (not `X, déléguée
                # du syndicat, a annoncé la couleur`: the comma closes the subject's apposition)
                return incise
            return Attribution.of("after", match, *subject) if subject else None
        subject = self.phrases.clause_subject(i, hi)  # `« … » : dans une lettre, le président a refusé …`
        return Attribution("after", None, *subject) if subject else None

    def _link_at(self, i: int) -> int:
        """A phrase linking a quote to a later cue at token i: `"…", voilà comment X a qualifié`."""
        return self.doc.phrase_at(i, self.links)

    def _signature(self, i: int) -> Attribution | None:
        """`« … » – X, directeur de …`, `'…' - X tells the BBC`: a name signed under the quotation, with no verb
        after it but a speech verb (not `« … » -Plus de trois millions de plants ont été saisis`: a sub-heading,
        then a sentence)."""
        doc = self.doc
        subject = self.phrases.subject_after(i)
        end = doc.index_at(subject[1] + len(subject[0])) if subject else i
        if subject is None or not self.phrases.has_name(i, end) \
                or (end < doc.size and doc.texts[end][:1].isalnum() and self._cue(end) is None) \
                or (end < doc.size and doc.words[end] == ":"):
            return None  # (`« … » - Crédit : X`: a label, a photo's credit)
        return Attribution("signature", None, *subject)

    def _joined_subject(self, lo: int, hi: int) -> tuple[str, int] | None:
        """The phrase in tokens [lo, hi), names after commas, the additive coordinator and a last phrase: the subjects
        of a plural verb together (`estiment le collectif et ces députés`, `écrivent Jane Roe et Abhilash Doe`,
        `ont dit X, Y et Z`, `ont dit les syndicats et le patronat`): a name to a name, a description to one on a
        determiner."""
        doc, determiners = self.doc, self.phrases.determiners
        named = doc.texts[lo][:1].isupper() and doc.words[lo] not in determiners
        number = self.lang.DETERMINERS.get(doc.words[lo], (None, None))[1]
        if not (named or number):
            return None
        first_end = hi
        while hi + 2 < doc.size and doc.words[hi] == "," and named and doc.texts[hi + 1][:1].isupper() \
                and doc.words[hi + 1] not in determiners and (listed := self.phrases.noun_phrase(hi + 1)) is not None:
            hi = listed[1]  # `X, Y et Z`
            if self.lang.COORDINATORS[0] in doc.words[first_end:hi]:
                return doc.phrase(lo, hi), hi  # (the last two names read as one phrase)
        if hi + 2 >= doc.size or doc.words[hi] != self.lang.COORDINATORS[0] or doc.words[hi + 1] in self.lang.OF:
            return None
        if not (doc.words[hi + 1] in determiners or (named and doc.texts[hi + 1][:1].isupper())):
            return None  # (a name after a description, `l'association X et Marie Y`: the name is no second subject read whole)
        second = self.phrases.noun_phrase(hi + 1)
        if second is None or (second[1] < doc.size and (doc.words[second[1]] in self.lex.verb_forms
                                                        or doc.words[second[1]] in self.lex.auxiliary_forms)):
            return None  # (`« … », ont dit les élus et le maire a …`: another clause)
        return doc.phrase(lo, second[1]), second[1]

    def _inverted(self, i: int, how: str) -> Attribution | None:
        """A speech verb at token i with its subject after it (or a clitic: a-t-il)."""
        match = self._cue(i)
        if match is None or match.mood in ("infinitive", "present_participle"):
            return None  # `« … », remerciant ses collègues`: a participle's object, not its subject
        if match.inverted_subject:
            impersonal_passive = match.passive and match.inverted_subject in self.lang.IMPERSONAL_PASSIVE_SUBJECTS
            # `fait-on valoir à Matignon`; `est-il écrit dans un rapport de la Cnam`: the body whose document it is
            # (a document alone is the body that spoke last's, as `est-il précisé` is)
            place = self._place_of_on(match) \
                if match.inverted_subject in self.lang.IMPERSONAL_PRONOUNS or impersonal_passive else None
            if place and impersonal_passive:
                place = self._author_of_place(place)
            elif place:  # `peut-on lire dans un communiqué de X`: X; in a document alone, the document's
                place = self._author_of_place(place) or place
            if place:
                return Attribution.of(how, match, match.inverted_subject, place[1], antecedent=place[0])
            if impersonal_passive and self.lang.IMPERSONAL_PRONOUNS:
                # `« … », est-il précisé`: nobody in particular, or the body that spoke last
                return Attribution.of(how, match, match.inverted_subject, self.doc.starts[match.end_index - 1],
                                      antecedent=self.lang.IMPERSONAL_PRONOUNS[0])
            return Attribution.of(how, match, match.inverted_subject, self.doc.starts[match.end_index - 1])
        subject = self.phrases.subject_after(match.end_index)
        if subject is None:
            return None
        mention, start, role = subject
        lo, hi = self.doc.index_at(start), self.doc.index_at(start + len(mention))
        if match.number == "pl" and (joined := self._joined_subject(lo, hi)) is not None:
            mention, hi = joined  # `estiment le collectif et ces députés`: a plural verb's two subjects
        mention, start = self._source_of(mention, lo, hi, self.lang.sets.SOURCE_DOCUMENTS)[:2]  # `indique un communiqué de X`
        return Attribution.of(how, match, mention, start, role)

    def _subject_first(self, i: int, how: str, comma: bool) -> Attribution | None:
        """`"…," she said`, `"…," the chief executive, Jane Doe, told reporters`: after a quotation, a subject
        opening at token i and then its speech verb, in the languages whose order allows it; not past a
        quotation that ended its sentence (`"…." The minister said …` opens another, as `"…!"` does at a
        paragraph's end)."""
        doc = self.doc
        if not self.lang.SUBJECT_BEFORE_CUE_AFTER_QUOTE or (not comma and i >= 2 and (
                doc.words[i - 2] == "." or (doc.words[i - 2] in SENTENCE_MARKS and i - 1 in doc.line_ends))):
            return None
        return self._subject_then_cue(i, how) or self._apposed_subject_then_cue(i, how)

    def _subject_then_cue(self, i: int, how: str) -> Attribution | None:
        """A pronoun or a noun phrase at token i, then (past adverbs) a speech verb: `he later said`."""
        doc = self.doc
        if doc.words[i] in self.lang.PRONOUNS:
            subject, end = doc.texts[i], i + 1
        else:
            found = self.phrases.noun_phrase(i)
            if found is None or not self.phrases.could_speak(i, found[1]):
                return None
            subject, end = found
        while end < doc.size and doc.words[end] in self.phrases.adverbs:
            end += 1
        match = self._cue(end)
        if match is None or match.mood != "finite" or match.passive or match.inverted_subject:
            return None
        return Attribution.of(how, match, subject, doc.starts[i])

    def _apposed_subject_then_cue(self, i: int, how: str) -> Attribution | None:
        """A subject at token i with its appositions, then its speech verb: `the chief executive, Jane Doe, said`."""
        doc = self.doc
        _, hi = doc.sentence(i)
        for k in doc.cue_starts(i + 1, min(hi, i + MAX_NP_TOKENS)):
            match = doc.cue(k)
            if match is None:
                continue
            if any(doc.quoted[i:k]) or doc.words[k - 1] != "," or match.mood != "finite" or match.passive:
                return None
            subject = self.phrases.subject_before(k)
            if subject is None or doc.index_at(subject[1]) != i:
                return None  # `"…," and the minister said`: not a subject that follows the quotation
            return Attribution.of(how, match, *subject)
        return None

    def _place_of_on(self, match):
        """`fait-on valoir à Matignon`, `estime-t-on au ministère`: the body an impersonal "on" speaks for."""
        doc = self.doc
        k = match.end_index
        if k < doc.size and doc.words[k] in self.lang.PLACE_OF_SPEAKER:
            found = self.phrases.noun_phrase(k + 1)
            if found and doc.texts[k + 1][:1].isupper() or (found and doc.words[k + 1] in self.phrases.determiners):
                return found[0], doc.starts[k + 1]
            if doc.words[k] in self.lang.CONTRACTED_ARTICLES and k + 1 < doc.size \
                    and doc.words[k + 1] in self.lang.sets.ORGANISATION_NOUNS:
                # the noun after the preposition holding its article, with its adjectives and complement (`au
                # palais présidentiel`, `au ministère de l'Intérieur`)
                end = self._past_adjectives(k + 2)
                if end < doc.size and doc.words[end] in self.lang.OF and (named := self.phrases.noun_phrase(end + 1)):
                    end = named[1]
                return doc.phrase(k + 1, end), doc.starts[k + 1]
        if k < doc.size and doc.words[k] in self.lang.sets.PLACES_OF_WRITING and match.lemma in self.lang.sets.READING_CUES \
                and (found := self.phrases.noun_phrase(k + 1)) \
                and not self.lang.sets.SOURCE_DOCUMENTS.isdisjoint(doc.words[k + 1 : found[1]]):
            # `lit-on sur le site du ministère`: a document, its author after it (not `sur son compte Facebook`)
            author = self._author_of_place((found[0], doc.starts[k + 1]))
            return author if author is not None and author[1] != doc.starts[k + 1] else None
        return None

    def _past_adjectives(self, k: int) -> int:
        """Past the words in lower case from token k that are neither function words nor verbs (`présidentiel`)."""
        doc = self.doc
        while k < doc.size and doc.texts[k].isalpha() and doc.texts[k].islower() and doc.words[k] not in self.phrases.prepositions \
                and doc.words[k] not in self.phrases.determiners and doc.words[k] not in self.phrases.clause_words \
                and doc.words[k] not in self.lex.verb_forms and doc.words[k] not in self.lex.auxiliary_forms:
            k += 1
        return k

    def _author_of_place(self, place):
        """`dans un rapport de la Cnam`: the Cnam; a place that is no document as it is (`à Matignon`); None for a
        document alone (`dans le rapport`)."""
        lo, hi = self.doc.index_at(place[1]), self.doc.index_at(place[1] + len(place[0]))
        mention, start, _ = self._source_of(place[0], lo, hi, self.lang.sets.SOURCE_DOCUMENTS)
        if start == place[1] and any(w in self.lang.SOURCE_DOCUMENTS for w in self.doc.words[lo : lo + 2]):
            return None
        return mention, start

    def _place_back(self, j: int) -> tuple[int, int] | None:
        """The noun phrase ending at token j, read backwards; or the few words after a preposition holding their
        article (`au ministère`, `aux Affaires étrangères`)."""
        found = self.phrases.phrase_back(j)
        if found is not None:
            return found
        doc, p = self.doc, j
        while p > 1 and j - p < 2 and doc.texts[p][:1].isalpha() and doc.words[p - 1] not in self.lang.CONTRACTED_ARTICLES:
            p -= 1
        return (p, j + 1) if p > 0 and doc.words[p - 1] in self.lang.CONTRACTED_ARTICLES and doc.texts[p][:1].isalpha() else None

    def _place_before_on(self, subject):
        """`Dans l'entourage du ministre, on …`, `À Matignon, on …`: the body an impersonal "on" speaks for,
        named by the place phrase opening its clause."""
        doc = self.doc
        if normalize(subject[0]) not in self.lang.IMPERSONAL_PRONOUNS:
            return None
        k = doc.index_at(subject[1])
        if k < 3 or doc.words[k - 1] != ",":
            return None
        found = self._place_back(k - 2)
        if found is not None and found[0] >= 4 and doc.words[found[0] - 1] in self.lang.BY \
                and doc.words[found[0] - 2] in self.lang.SOURCE_PARTICIPLES and doc.words[found[0] - 3] == ",":
            found = self._place_back(found[0] - 4)  # `À l'Élysée, sollicité par le JDD, on …`: past the medium
        if found is None:
            return None
        lo, hi = found
        opens = lo == 1 or (lo > 1 and (doc.sentence_ends[lo - 2] or doc.words[lo - 2] == ","))
        if doc.words[lo - 1] in self.lang.PLACE_OF_SPEAKER and opens and self.phrases.could_speak(lo, hi):
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

    def _according_inside(self, span: Span) -> Attribution | None:
        """`« …, selon une source policière. … »`: the first selon-like phrase between a comma and a comma or a full
        stop inside the quotation naming a source the words bring in (an indefinite article; not `, selon les
        médecins,`, `, selon ses mots,`: what the speaker draws on)."""
        doc = self.doc
        if self.comma_according is None or not self.comma_according.search(doc.text, span.start, span.end):
            return None
        lo, hi = doc.index_at(span.start), doc.index_at(span.end)
        with doc.read_inside(lo, hi):
            for k in range(lo + 1, hi):
                if doc.words[k] not in self.according or doc.words[k - 1] != "," or not self._according_at(k):
                    continue
                found = self._according_phrase(k, "incise")
                if found is not None and found.mention_start is not None \
                        and doc.words[doc.index_at(found.mention_start)] in self.lang.sets.INDEFINITE_ARTICLES:
                    end = doc.index_at(found.mention_start + len(found.mention))
                    if end < hi and self._incise_ends(end, hi):
                        return found
        return None

    def _incise_at(self, starts: list[int], hi: int) -> Attribution | None:
        """The first cue at one of `starts` (each after a comma) making an incise that ends before hi."""
        doc = self.doc
        for k in starts:
            match = doc.cue(k)
            if match is None or match.end_index >= hi or match.mood != "finite":
                continue
            if match.inverted_subject:
                if self._incise_ends(match.end_index, hi, MAX_INVERTED_INCISE_ADJUNCT, inverted=True) \
                        or doc.words[match.end_index] in self.phrases.time_words:
                    return Attribution.of("incise", match, match.inverted_subject, doc.starts[k])
                continue
            subject = self.phrases.subject_after(match.end_index, limit=hi)
            if not (subject and subject[0]):
                continue
            lo, end = doc.index_at(subject[1]), doc.index_at(subject[1] + len(subject[0]))
            # a name, or a head that can speak before any complement: not `…, confirme la bonne santé de l'entreprise.`
            if (end >= hi or self._incise_ends(end, hi)) and (doc.words[lo] in self.lang.PRONOUNS or self.phrases.has_name(lo, end)
                                                                or self.phrases.could_speak(lo, self.phrases.head_end(lo, end))):
                return Attribution.of("incise", match, *subject)  # not `…, développe des complications, …`
        return None

    def _incise_ends(self, k: int, hi: int, reach: int = MAX_INCISE_ADJUNCT, inverted: bool = False) -> bool:
        """An incise's subject ends at token k: a comma or a full stop, perhaps after an adjunct naming whom or
        where it was said (`, raconte le responsable au quotidien local.`, `, prévient X sur France Inter,`) or a
        description of the speaker set off with no comma (`, a dit X le commissaire-priseur.`); an inverted one,
        `inverted`, at a clause of time or cause it governs too (`, indique-t-elle au magazine alors qu'elle …`; not
        `, asked X if he …`: what was asked)."""
        doc = self.doc
        if doc.words[k] in (",", ".") or self._sequel_at(k, hi) or (inverted and doc.phrase_at(k, self.fronted_openers)):
            return True
        if doc.words[k] in self.phrases.determiners and (described := self.phrases.noun_phrase(k, hi)) is not None:
            return described[1] < hi and doc.words[described[1]] in (",", ".")  # `, a dit X le commissaire-priseur.`
        if doc.words[k] not in self.phrases.adjunct_words:
            return False
        read = 0
        for j in range(k + 1, hi):
            w = doc.words[j]
            if w in (",", ".") or (inverted and doc.phrase_at(j, self.fronted_openers)):
                return j > k + 1
            if w in self.phrases.clause_words:
                return False  # `, dit X à ceux qui …`: a clause goes on
            if w not in self.phrases.time_words and not w[:1].isdigit():
                read += 1  # (a time after the adjunct is not counted: `au micro de Franceinfo ce lundi 4 février.`)
                if read >= reach:
                    return False
        return False

    def _sequel_at(self, k: int, hi: int) -> bool:
        """A phrase telling what the subject said next opens at token k, before hi (`avant d'ajouter`)."""
        length = self.doc.phrase_at(k, self.sequel_openers)
        if not length or k + length >= hi:
            return False
        match = self.doc.cue(k + length)
        return match is not None and match.mood != "finite"

    def _introduced(self, i: int) -> Attribution | None:
        """`X a déclaré : « … »`, `X a estimé que « … »`, `X : « … »`, `X raconte ainsi : "…"`."""
        doc = self.doc
        j = i - 1
        if j < 0 or doc.quoted[j]:
            return None
        if doc.words[j] != ":" and doc.words[j] not in self.lang.sets.THAT:
            return None
        lo, _ = doc.sentence(j)
        cue = self._last_cue(lo, j)
        if cue is not None and doc.words[j] == ":" and (relaying := self.relaying_opener(cue)) is not None:
            # `X se défend d'avoir été « … » comme le soutient Y : « … »`: X's words, Y only told of them
            cue = self._last_cue(lo, relaying, past_quotes=True) or cue
        if cue is not None and doc.words[j] == ":" and cue.cue in self.lang.sets.ASKING_VERBS \
                and (asked := self._asked_before_colon(cue, i, j)) is not None:
            return asked  # `X, qui a interrogé un officier : « … »`: the officer's answer
        if cue is not None and doc.words[j] == ":" and (main := self._main_clause_past(lo, cue, j)) is not None:
            return main  # `Alors que X exige …, Y a plaidé en sa faveur : « … »`: the main clause's subject
        # (`X a poursuivi :`, `comme raconte un témoin :`: the cue or its subject after it reaches the colon)
        reaches = cue is not None and (cue.end == j or (cue.mention is not None and cue.mention_start is not None
                                                        and self._mention_range(cue)[1] == j))
        if doc.words[j] == ":" and not reaches:
            found = self.phrases.phrase_back(j - 1)
            if found and found[1] - found[0] == 1 and doc.words[found[0]] in self.lang.sets.ANSWER_LABELS \
                    and (found[0] == lo or doc.quoted[found[0] - 1] or doc.words[found[0] - 1] in SENTENCE_MARKS):
                # `Question : … ? Réponse : « … »`: the interviewee's words; else a label (`Réponse : « … »` after a
                # scene told), nobody named
                return Attribution("interviewee", ":") if self._question_asked_before(found[0]) else None
            if found and (self.doc.phrase_at(found[0], self.phrases.furniture)
                          or (found[1] - found[0] == 1 and (self.phrases.is_initial(found[0])
                                                            or doc.words[found[0]] in self.lang.sets.LABEL_NOUNS))
                          or (found[0] == lo and doc.words[found[0]] in self.lang.sets.LABEL_NOUNS)
                          or (found[1] - found[0] == 2 and found[0] == lo
                              and doc.words[found[0] + 1] in self.lang.sets.LABEL_NOUNS)):
                # `Lire aussi : « … »`: a link to another story; `S : « … »`: an initial; `Objectif : « … »`, `Autre
                # hypothèse : « … »`, `Objectif de la mesure : « … »`: what follows is labelled, nobody named
                return None
            if found and found[0] > 1 and doc.words[found[0] - 1] in self.lang.BY \
                    and doc.words[found[0] - 2] in self.lang.sets.SOURCE_PARTICIPLES:
                return cue  # `dont s'est réjoui X, interrogé par Le Parisien : « … »`: the medium asked
            if found and doc.words[found[0] - 1] in self.lang.BY \
                    and not any(w in self.lang.sets.SOURCE_DOCUMENTS for w in doc.words[found[0] : found[0] + 2]) \
                    and not self.phrases.could_speak(found[0], self.phrases.head_end(*found)):
                return cue  # `X a été surpris par la fumée : « … »`: what acted on the subject, no speaker (but `par
                # un tweet de Y`: a document, its author's)
            if found and doc.words[found[0] - 1] in self.lang.BY and (self._author_of_place(
                    (doc.phrase(*found), doc.starts[found[0]])) is None
                    or any(w in self.lang.sets.SPEECH_NOUNS for w in doc.words[found[0] : found[0] + 2])
                    or (cue is not None and cue.mention and cue.end is not None
                        and not self.lang.sets.THAT.isdisjoint(doc.words[cue.end : found[0]]))):
                # `X a répondu par un tweet : « … »`, `X a conclu par ces mots : « … »`: the means, not an agent (but
                # `par un tweet de Y`); `X a assuré qu'aucune faute n'avait été commise par Y : « … »`: an agent in
                # what the speaker said
                return cue
            if found and (doc.texts[found[0]][:1].isupper() or doc.words[found[0] - 1] in self.lang.BY):
                openers = (",", *self.lang.BY) if cue and cue.mention else (",", *self.lang.BY, *self.lang.OF)
                # (not `X répond aux partisans de Y :`; but a transcript's lines, `… »Y : « … »`, naming a person)
                if found[0] == lo or doc.words[found[0] - 1] in openers or (
                        (self._after_a_line(found[0]) or doc.words[found[0] - 1] == ":") and self._names_a_person(*found)):
                    if doc.words[found[0]] in self.lang.PRONOUNS:  # `Il y aborde ses thèmes : « … »`: its subject
                        return Attribution("colon", ":", doc.texts[found[0]], doc.starts[found[0]])
                    subject = self.phrases.noun_phrase(found[0], j)
                    if subject is None or subject[1] >= j:  # `Emmanuel Macron : « … »`: a line naming the speaker
                        # (`Réponse de la chanteuse : « … »`: the one whose reply it is)
                        line = self._source_of(doc.phrase(*found), found[0], found[1], self.lang.sets.SOURCE_DOCUMENTS)
                        return Attribution("colon", ":", *line[:2])
                    # `X était catégorique : « … »`: a clause, whose subject speaks if it can
                    return self._framing_subject((subject[0], doc.starts[found[0]]), j) or cue
        return cue

    def relaying_opener(self, cue: Attribution) -> int | None:
        """The token of the RELAYING_OPENERS word that opens the cue's clause, its object pronoun and its verb before
        the subject (`comme le soutient X`), if it does."""
        if cue.end is None:
            return None
        words, verb = self.doc.words, cue.end - 1
        return verb - 2 if verb > 1 and words[verb - 1] in self.lang.OBJECT_CLITICS \
            and words[verb - 2] in self.lang.sets.RELAYING_OPENERS else None

    def _asked_before_colon(self, cue: Attribution, i: int, j: int) -> Attribution | None:
        """The person an asking verb's object names, its complements running to the colon at token j with no
        clause between, when the quotation opening at token i is no question: whom the words answer."""
        doc = self.doc
        if cue.end is None:
            return None
        k = self.phrases.past_adverbs(cue.end, j)
        found = self.phrases.noun_phrase(k, j)
        if found is None or not (self.phrases.has_person_name(k, found[1]) or self.phrases.names_somebody(k, found[1])):
            return None
        closing = i
        while closing < doc.size and doc.quoted[closing]:
            closing += 1
        # (`un officier de la police aux frontières (PAF) :`, not `Y, qui dit que … :`)
        if any(doc.words[c] == "," or doc.words[c] in self.lang.sets.THAT or doc.words[c] in self.lex.verb_forms
               for c in range(found[1], j)) or doc.words[closing - 2] == "?":
            return None  # (`X a interrogé Y : « Pourquoi ? »`: X's question)
        return Attribution("colon", ":", doc.phrase(k, j), doc.starts[k])

    def _question_asked_before(self, k: int) -> bool:
        """A question's label and its colon (`Question :`, `Q :`) come before token k: an interview's."""
        doc = self.doc
        if self._first_question is None:
            self._first_question = next((c for c in range(doc.size - 1) if doc.words[c + 1] == ":"
                                         and doc.words[c] in self.lang.sets.QUESTION_LABELS and not doc.quoted[c]), -1)
        return 0 <= self._first_question < k

    def _framed(self, i: int) -> Attribution | None:
        """`X s'était montrée rassurante, dans une interview : « … »`: a quotation after a colon that ends a
        clause with no speech verb is the words of the clause's subject, if it can speak."""
        doc = self.doc
        j = self._colon_before(i)
        if j is None:
            return None
        lo, _ = doc.sentence(j)
        if j - lo >= 3 and doc.words[j - 2] in self.lang.NARRATIVE_INFINITIVE \
                and doc.words[j - 1].endswith(self.lang.INFINITIVE_ENDINGS):
            subject = self._narrative_subject(lo, j - 2)
            if subject is not None:  # `Et le présentateur de finir : « … »`: any verb, the colon says it is speech
                return Attribution("framed", ":", *subject)
        start = self.doc.unquoted_end(lo, j)  # after any quotation earlier in the sentence
        subject = self.phrases.clause_subject(start, j)
        framing = self._framing_subject(subject, j) if subject is not None else None
        if (opening := next((c + 1 for c in range(j - 1, start, -1) if doc.words[c] in self.lang.sets.SUBORDINATORS
                             and doc.words[c] not in self.lang.sets.RELATIVE_CLAUSE_WORDS and not doc.quoted[c]), None)) is not None \
                and (own := self.phrases.clause_subject(opening, j)) is not None \
                and (own_framing := self._framing_subject(own, j)) is not None:
            # `X était de retour lorsque le préfet Y lui a adressé son soutien : « … »`: Y (not a relative's `où`)
            framing = own_framing
        if framing is None and (joined := next((c + 1 for c in range(j - 1, start, -1)
                                                if doc.words[c] in self.lang.sets.COORDINATORS), None)) is not None \
                and self.phrases.has_person_name(joined, j) \
                and (subject := self.phrases.opening_subject(joined, j)) is not None \
                and self.phrases.has_person_name(joined, doc.index_at(subject[1] + len(subject[0]))):
            framing = self._framing_subject(subject, j)  # `…, et X a conclu son intervention en ces termes : « … »`
        return framing or self._agent_of_participle(start, j)

    def _agent_of_participle(self, lo: int, j: int) -> Attribution | None:
        """`Une volonté affirmée par X en conclusion de son discours : « … »`, `Y a été interpellé par X : « … »`: the
        agent of a speech verb's past participle in a clause that ends at the colon at token j."""
        doc = self.doc
        for k in range(j - 2, lo - 1, -1):  # the last one first
            if doc.words[k + 1] in self.lang.BY and doc.words[k] not in self.lang.sets.SOURCE_PARTICIPLES \
                    and (forms := self.lex.forms(doc.words[k])) and all(f.mood == "participle" for f in forms):
                agent = self.agent_after(k + 1)  # (not `interrogé par France Info`: who asked)
                end = doc.index_at(agent.mention_start + len(agent.mention)) if agent else j
                # (`X être interpellé par la police et se justifier : « … »`: another verb's subject speaks)
                return None if self.lang.sets.COORDINATORS.intersection(doc.words[end:j]) else agent
        return None

    def _colon_before(self, i: int) -> int | None:
        """The colon that brings in the quotation at token i: right before it, or before a few words a comma closes
        with no verb of speech (`X se garde toute latitude : pour, contre ou abstention, « … »`)."""
        doc = self.doc
        if i > 0 and doc.words[i - 1] == ":":
            return i - 1
        if i < 3 or doc.words[i - 1] != ",":
            return None
        for j in range(i - 3, max(-1, i - 3 - MAX_COLON_LEAD), -1):
            if doc.quoted[j] or doc.sentence_ends[j]:
                return None
            if doc.words[j] == ":":
                return None if any(doc.cue(k) for k in doc.cue_starts(j + 1, i - 1)) else j
        return None

    def _main_clause_past(self, lo: int, cue: Attribution, j: int) -> Attribution | None:
        """The speaker of a main clause ending at the colon at token j, when the cue found before it stands in a
        clause opening the sentence at lo (FRONTED_CLAUSE_OPENERS) that a comma closes first; not an impersonal
        pronoun."""
        doc = self.doc
        if cue.end is None or not doc.phrase_at(lo, self.fronted_openers):
            return None
        comma = next((c for c in range(cue.end, j) if doc.words[c] == "," and not doc.quoted[c]), None)
        subject = self.phrases.clause_subject(comma + 1, j) if comma is not None else None
        if subject is None or normalize(subject[0]) in self.lang.IMPERSONAL_PRONOUNS:
            return None  # `Quand il explique pourquoi …, on comprend que … : « … »`: his words
        return self._framing_subject(subject, j)

    def _framing_subject(self, subject, j: int) -> Attribution | None:
        """The subject of a clause ending at the colon at token j, as the speaker of what follows: a
        pronoun, or a phrase naming somebody that a verb group follows, not that of a passive or copula."""
        doc = self.doc
        if not self.phrases.subject_can_speak(subject):
            return None
        lo, hi = doc.index_at(subject[1]), doc.index_at(subject[1] + len(subject[0]))
        if doc.words[lo] not in self.lang.PRONOUNS:
            if not (self.phrases.has_person_name(lo, hi) or self.phrases.names_somebody(lo, hi)):
                return None  # `Souriante, elle …`: a capitalised word opening the sentence, not a name
            if hi < j and doc.words[hi] == ",":  # `le député de X, Paul Roux, se garde … :`: the name in apposition
                close = next((c for c in range(hi + 2, min(j, hi + MAX_ROLE_APPOSITION)) if doc.words[c] == ","), None)
                if close is not None and close < hi + MAX_NAME_APPOSITION and self.phrases.has_person_name(hi + 1, close):
                    subject, hi = (doc.phrase(hi + 1, close), doc.starts[hi + 1]), close + 1
                elif j - hi <= MAX_ROLE_APPOSITION and self.phrases.has_person_name(lo, hi) and self._verbless(hi + 1, j):
                    # `16h55. Tony Blair, ex-Premier ministre britannique : « … »`, `X, maire de Y, sur Twitter : « … »`:
                    # a line giving the person's words
                    return Attribution("framed", ":", subject[0], subject[1])
                elif close is None and (apposed := self.phrases.noun_phrase(hi + 1, j)) is not None \
                        and self.phrases.has_person_name(hi + 1, apposed[1]) and self._verb_begins(apposed[1]):
                    # `son frère, le prince X est revenu sur … :`: the name in apposition, the verb right after it
                    subject, hi = (apposed[0], doc.starts[hi + 1]), apposed[1]
                else:
                    # `Paul Roux, coordinateur du réseau, voit … :`, `Anne X, 69 ans, résidente depuis deux ans, est
                    # ravie :`: past the roles and ages in apposition
                    start = hi + 1
                    while close is not None and self._describes_a_person(start, close):
                        hi = start = close + 1
                        close = next((c for c in range(start + 1, min(j, start + MAX_ROLE_APPOSITION))
                                      if doc.words[c] == ","), None)
            if hi + 1 < j and doc.words[hi] in self.lang.RELATIVE_PRONOUNS and self._verb_begins(hi + 1) \
                    and self.phrases.follows_cleft(lo):
                hi += 1  # `c'est X qui se montrait … :`: a cleft's subject, its relative pronoun before the verb
            if hi >= j or not (self._verb_begins(hi) or (self._finite_in_form(hi) and (
                    self.phrases.has_person_name(lo, hi) or self.phrases.names_somebody(lo, self.phrases.head_end(lo, hi))))):
                # `La femme de 43 ans semble …`: where the subject ends is not known; (`Les opérations de secours
                # constituent …`: a verb no lexicon lists, after a subject whose head is nobody)
                return None
        clause = doc.words[hi:j]
        passive = any(w == self.lex.lang.PASSIVE_PARTICIPLE and after.endswith(self.lang.PARTICIPLE_ENDINGS)
                      for w, after in zip(clause, clause[1:]))
        passive = passive or (len(clause) > 2 and clause[0] in self.lex.passive_auxiliary_forms and clause[1].endswith(
            self.lang.PARTICIPLE_ENDINGS) and not self.lang.sets.BY.isdisjoint(clause[2:]))  # (not `a terminé par`)
        if passive or all(w in self.lex.auxiliary_forms for w in clause):
            # `Les familles ont été recrutées : « … »`, `X est confirmée à son poste par Y : « … »`; `Les consignes
            # sont : « … »` says what they are
            return None
        if any(w in self.lang.SIGN_NOUNS for w in clause):
            return None  # `elle découvre une affiche dans le hall : « … »`: the sign's words, not hers
        return Attribution("framed", ":", subject[0], subject[1])

    def _after_a_line(self, k: int) -> bool:
        """Token k follows a quotation ending a transcript's line: its closing mark glued to it (`… »Y : « … »`),
        closing a sentence (`… ? » Y : « … »`) or several words (not `le « sinistre » Y : « … »`, an object named)."""
        doc = self.doc
        if doc.texts[k - 1] in SIGNATURE_DASHES and k > 1 and doc.quoted[k - 2]:
            k -= 1  # `… »-Y : « … »`: a dash opening the line
        return k > LINE_WORDS and doc.quoted[k - 1] and not doc.quoted[k] and (
            doc.ends[k - 1] == doc.starts[k] or doc.words[k - 2] in SENTENCE_MARKS or all(doc.quoted[k - LINE_WORDS : k]))

    def _names_a_person(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) name a person: by a first name or a civil title, or by the last word of a name of several
        words the text gave before (`Salah X …`, then `X`)."""
        doc = self.doc
        if self.phrases.has_person_name(lo, hi) or doc.words[lo] in self.lang.CIVIL_TITLES \
                or (doc.words[lo] in self.phrases.determiners and self._describes_a_person(lo, hi)):
            return True  # (`L'expert : « … »`: a person described)
        last = doc.texts[hi - 1]
        return any(doc.texts[k] == last and doc.texts[k - 1][:1].isupper() and not doc.quoted[k]
                   and first_name_gender(doc.texts[k - 1]) for k in range(1, lo))

    def _verbless(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) hold no verb the lexicon knows, nor a word opening a clause: a phrase, no clause (a
        capitalised word is a name: `sur Twitter`)."""
        words, texts, lex = self.doc.words, self.doc.texts, self.lex
        return not any((w in lex.verb_forms or w in lex.auxiliary_forms or w in self.phrases.clause_words)
                       and not texts[k][:1].isupper() for k, w in enumerate(words[lo:hi], lo))

    def _describes_a_person(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi), set off by commas after a name, describe a person: a role, a noun of a person or an
        age (`coordinateur du réseau`, `résidente depuis deux ans`, `69 ans`)."""
        doc = self.doc
        k = lo + (lo < hi and doc.words[lo] in self.phrases.determiners)
        return k < hi and (doc.words[k] in self.lang.ROLE_NOUNS or person_noun_gender(self.lang, doc.words[k]) is not None
                           or (doc.texts[k].isdigit() and k + 1 < hi and doc.words[k + 1] in self.lang.AGE_WORDS))

    def _finite_in_form(self, k: int) -> bool:
        """Token k, a word in lower case no function word is, ends as a finite verb does (`voit`, `reste`): after a
        subject and its apposition, the verb."""
        tok, w = self.doc.texts[k], self.doc.words[k]
        return tok.isalpha() and tok.islower() and w.endswith(self.lang.FINITE_VERB_ENDINGS) \
            and w not in self.phrases.prepositions and w not in self.phrases.determiners and w not in self.phrases.adverbs \
            and w not in self.lang.sets.COORDINATORS

    def _verb_begins(self, k: int) -> bool:
        """Token k opens a verb group: an auxiliary, a modal, a pronoun before a verb, a negation, a speech verb in a
        simple tense (`X poursuit sur un souvenir : « … »`); a weak pronoun before one of those (`X en a remis une
        couche : « … »`)."""
        w = self.doc.words[k]
        return w in self.lex.auxiliary_forms or w in self.lex.modal_forms or w in self.lex.preverbal_clitics \
            or w in self.lex.negation or (w not in self.phrases.prepositions and any(f.mood == "finite" for f in self.lex.forms(w))) \
            or (w in self.lang.WEAK_PRONOUNS and k + 1 < self.doc.size and self._verb_begins(k + 1))

    def _byline(self, i: int) -> Attribution | None:
        """`Micah Richards, ancien défenseur de City, sur BBC Final Score « … »`: a line naming the speaker,
        a comma and the role, with no verb, right before the quotation (a box of reactions)."""
        doc = self.doc
        first = doc.text[doc.starts[i] + 1 : doc.starts[i] + 3].lstrip()[:1]
        if i == 0 or not (first.isupper() and doc.texts[i - 1][:1].isupper()):  # (the token before sliced last)
            return None  # `surnommé l'« Indiana Jones »`: a name or a term inside the line, not words said
        lo = i
        while lo > 0 and i - lo <= MAX_BYLINE_TOKENS and not (doc.quoted[lo - 1] or doc.sentence_ends[lo - 1]):
            lo -= 1
        lo = max([lo] + [k + 1 for k in range(lo, i) if doc.words[k] in SIGNATURE_DASHES])  # `Réactions - X, …`
        if i - lo > MAX_BYLINE_TOKENS or lo >= i - 3 or not self.phrases.starts_with_person(lo):
            return None
        name = self.phrases.noun_phrase(lo, i)
        if name is None or name[1] >= i or doc.words[name[1]] != ",":
            return None
        if doc.cue_starts(lo, i) or any(w in self.lex.auxiliary_forms or w in self.phrases.clause_words for w in doc.words[lo:i]):
            return None  # a clause, not a line naming who speaks
        return Attribution("before", None, name[0], doc.starts[lo], doc.phrase(name[1] + 1, i))

    def _quotation_ended_its_sentence(self, i: int) -> bool:
        """`« … faire. » Dario X a déclaré`: the quotation closing before token i ended with its own sentence's
        mark, and a capital opens the next sentence at i."""
        doc = self.doc
        return 2 <= i < doc.size and doc.words[i - 2] in SENTENCE_MARKS and doc.texts[i][:1].isupper()

    def _later_in_sentence(self, i: int, past_quotations: bool = False) -> Attribution | None:
        """`"…" qui s'ajouteront …, a affirmé X`: the cue closes the quote's sentence
        (`"A", mais "B", a-t-il dit` gives both quotations to the cue; `past_quotations`, those the clause runs on
        to too: `« A », ni « B » alors qu'il avait « C », poursuit X`)."""
        doc = self.doc
        if self._quotation_ended_its_sentence(i) or (2 <= i < doc.size and doc.texts[i][:1].isupper() and (
                doc.starts[i] == doc.ends[i - 1] or doc.words[i] in self.phrases.determiners)):
            return None  # `« … »Les deux …`, `« … » Le haut commissaire, X, avait …`: a heading run into the next paragraph
        _, hi = doc.sentence(max(0, i - 1))
        in_relative = False  # `un président qui, il y a huit mois, a lancé …`: the relative clause's verb
        for k in range(i, hi):
            entering = doc.quoted[k] and (k == i or not doc.quoted[k - 1])
            if entering and (k == i or (doc.words[k - 1] != "," and doc.words[k - 1] not in self.lang.sets.COORDINATORS
                                        and not (past_quotations and self._one_clause_to(i, k)))):
                return None  # another quotation that is not joined to this one
            if doc.words[k] == "," and not doc.quoted[k] and (in_relative or doc.words[k - 1] in self.lang.RELATIVE_PRONOUNS):
                in_relative = not in_relative
                continue
            if doc.words[k] == "," and k + 1 < hi and not doc.quoted[k]:
                found = self._inverted(k + 1, "later") or self._subject_first(k + 1, "later", True)
                if found is not None:
                    return found
                if self._according_at(k + 1):
                    return self._according_phrase(k + 1, "later")
        return None

    def _closes_words_before(self, found: Attribution) -> bool:
        """The cue comes before its subject (`…, assure le procureur`): it closes the words before it."""
        return found.end is not None and found.mention_start is not None \
            and found.mention_start >= self.doc.ends[found.end - 1]

    def _one_clause_to(self, i: int, k: int) -> bool:
        """From the quotation closing before token i to token k the sentence runs on, with no verb of saying, no
        sentence's mark (the quotation's own last aside), no colon and no heading's dash."""
        return not self.doc.cue_starts(i, k) \
            and not any(w in SENTENCE_MARKS or w in SIGNATURE_DASHES or w == ":" for w in self.doc.words[i - 2 : k])

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
            if self._relative_source(k):
                said = self._earlier_in_sentence(k)
                if said is not None and said.mention_start is not None and self._runs_to(said.mention_start, k):
                    return said  # `a réagi X, directrice de Y, le syndicat des …, pour qui`: the cue's subject
                subject = self.phrases.antecedent_of_relative(k)
                if subject and doc.words[k + 1] in self.lang.sets.OBLIQUE_RELATIVE_PRONOUNS \
                        and not self._names_a_person_at(doc.index_at(subject[1])):
                    return None  # `des rumeurs selon lesquelles`, `l'article 3, selon lequel`: a thing's contents
                return Attribution("according", doc.words[k], *subject) if subject else None
            if self._according_at(k) or (doc.words[k] in self.lang.FOR and (
                    self._clause_start(k) or self._after_connective(k)
                    or (self._quotation_ended_its_sentence(k) and doc.quoted[k - 2]))):
                # (`« … France. » Pour X, « … »`: a sentence opens after the quotation that ended one)
                return self._according_phrase(k, "according")
        return None

    def _opens_clause_before(self, according: Attribution, before: int) -> bool:
        """The selon-like phrase found opens the sentence (past any quotation there), or a clause after a comma, and
        runs to the quotation at token `before` (`Or, selon X, une habitante, « … »`; not `la densité (selon
        l'Insee) « … »`)."""
        doc = self.doc
        k = doc.index_at(according.mention_start) - 1  # the phrase's last word before its source
        lo, _ = doc.sentence(before - 1)
        return (k == doc.unquoted_end(lo, k) or doc.words[k - 1] == ",") and self._runs_to(according.mention_start, before)

    def _runs_to(self, start: int, k: int) -> bool:
        """No verb between the phrase opening at character `start` and token k: the phrase, its appositions
        and complements may run up to k (not `X, réagissant aux propos de Y, selon qui`)."""
        doc = self.doc
        lo = doc.index_at(start)
        return not doc.cue_starts(lo + 1, k) and self.lex.auxiliary_forms.isdisjoint(doc.words[lo:k])

    def _relative_source(self, k: int) -> bool:
        """`C'est l'avis de X, pour qui « … »`, `pour laquelle`: a one-word `selon` or `pour` after a comma and
        before a relative pronoun, whose antecedent holds the opinion."""
        doc = self.doc
        relative = doc.words[k + 1] if k < doc.size - 1 else ""
        return 0 < k and doc.words[k - 1] == "," \
            and (relative in self.lang.RELATIVE_PRONOUNS or relative in self.lang.sets.OBLIQUE_RELATIVE_PRONOUNS) \
            and (doc.words[k] in self.lang.FOR or self._according_at(k) == 1)

    def _names_a_person_at(self, k: int) -> bool:
        """The noun phrase at token k names a person: by a first name, a civil title or a role."""
        found = self.phrases.noun_phrase(k) if k < self.doc.size else None
        if found is None:
            return False
        end = found[1]
        return self.phrases.has_person_name(k, end) or self.doc.words[k] in self.lang.CIVIL_TITLES \
            or self.phrases.opens_with_role(k, end)

    def _inside_sentence_before(self, i: int) -> bool:
        """The quotation that ends right before token i opens after a word of the reporter's sentence (not at its
        start, nor after a colon)."""
        j = i - 1
        while j >= 0 and self.doc.quoted[j]:
            j -= 1
        return j >= 0 and not self._opens_sentence(j + 1) and self.doc.words[j] != ":"

    def _opens_sentence(self, i: int) -> bool:
        return i == 0 or (self.doc.sentence_ends[i - 1] and not self.doc.quoted[i - 1])

    def _after_connective(self, k: int) -> bool:
        """`Mais pour X, « … »`: token k follows a connective opening its sentence."""
        return k > 0 and self.doc.words[k - 1] in self.lang.sets.OPENING_CONNECTIVES and self._opens_sentence(k - 1)

    def _clause_start(self, k: int) -> bool:
        doc = self.doc
        clitic = k if doc.words[k] in self.lang.sets.OBJECT_CLITICS else k - 1  # `comme l'a relayé X`, `comme le relaye X`
        if clitic >= 1 and doc.words[clitic] in self.lang.sets.OBJECT_CLITICS and doc.words[clitic - 1] in self.lang.sets.AFTER_QUOTE_LINKS:
            # `Et comme le rappelle X, « … »`; not `l'objectif d'une réouverture comme l'a souhaité X`
            return self._clause_start(clitic - 1) or (clitic >= 2 and doc.words[clitic - 2] in self.lang.COORDINATORS)
        return k == 0 or doc.sentence_ends[k - 1] or doc.words[k - 1] in (",", ":")

    def _earlier_in_sentence(self, i: int) -> Attribution | None:
        """A cue earlier in the sentence: `X a dénoncé un "détournement"`."""
        if self._opens_sentence(i):
            return None
        lo, _ = self.doc.sentence(i - 1)
        found = self._last_cue(lo, i)
        if found and found.end is not None and i - found.end > MAX_TERM_DISTANCE and self.doc.words[i - 1] in self.phrases.determiners \
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
                        return Attribution.of("before", match, *subject, end=match.end_index)
                    if all(w in self.lang.sets.COORDINATORS for w in doc.words[lo : k - 1]):
                        # `Et d'ajouter : « … »`: no subject, whoever spoke last goes on
                        return Attribution.of("narrative", match, end=match.end_index)
                perceived = self._perceived_speaker(lo, k)  # `a entendu les agresseurs crier « … »`
                if perceived is not None:
                    return Attribution.of("before", match, *perceived, end=match.end_index)
                if self._phrase_before(k, self.lang.PURPOSE_OPENERS, lo):  # `X ont manifesté pour réclamer « … »`
                    subject = self._subject_of_relative_before(lo, k) or self.phrases.opening_subject(lo, k)
                    if subject is not None:
                        return Attribution.of("before", match, *subject, end=match.end_index)
                continue
            k, match = self.doc.verb_group_start(k, match, lo)
            # `X a poursuivi :`, `X qui poursuit « … »`
            opens_quote = match.end_index == hi and hi < doc.size and (
                doc.words[hi] == ":" or (doc.quoted[hi] and self._person_s_relative(k - 1)))
            if match.lemma in self.lex.inverted_only and not (match.inverted_subject or opens_quote or self._clause_start(k)):
                continue  # "poursuit son érosion": a verb with an object, not a cue
            if self.reads_as_noun(k, match, lo):
                continue  # `que l'analyse … confirme`, `une réponse`: a noun after its article
            if match.mood == "present_participle":  # the subject of the clause's verb, else the sentence's
                lo = self._past_closed_quotation(lo, k)
                main = self._last_cue(lo, k, past_quotes=True)  # `X a tweeté des « excuses », remerciant …`
                described = self.phrases.noun_before_participle(lo, k)  # `des manifestants scandant « … »`
                apposed = None if described else self.phrases.participle_apposition(lo, k)
                relative = None if described or apposed else self.phrases.participle_in_relative(lo, k)
                subject = described or apposed or relative or self.phrases.absolute_subject(lo, k) or (
                    (main.mention, main.mention_start, main.role) if main and main.mention
                    else self.phrases.opening_subject(lo, k) or self.phrases.clause_subject(lo, k)
                    or self.phrases.subject_after_opening_participle(lo, k, hi))
                # "aux cris de « … »": a phrase whose object is the quotation ties it to the subject, as a colon does
                how = "object" if match.end_index == hi and match.lemma in self.lex.invariables \
                    else "relative_participle" if relative else "participle"
                place = self._place_before_on(subject) if subject else None
                if place is not None:  # `À l'Élysée, on se veut rassurant : « … »`
                    return Attribution.of(how, match, subject[0], place[1], antecedent=place[0])
                return Attribution.of(how, match, *(subject or (None, None, None)))
            if match.inverted_subject:
                return Attribution.of("before", match, match.inverted_subject, doc.starts[k])
            subject = None
            if self._clause_start(k):
                if doc.words[k - 1] == ",":  # `X, directeur de Y, juge auprès de Z que`
                    subject = self.phrases.apposed_head(k - 1) or self.phrases.subject_set_off(k - 1)
                subject = subject or self._inverted_subject_after(match.end_index, hi)
            elif doc.words[k - 1] in self.lang.sets.AFTER_QUOTE_LINKS:  # `comme raconte un témoin :`, its subject to the end
                after = self.phrases.subject_after(match.end_index, limit=hi)
                subject = after if after and doc.index_at(after[1] + len(after[0])) == hi else None
            elif k > 1 and doc.words[k - 1] in self.lang.sets.THAT and doc.words[k - 2] in self.lang.sets.NOT_SPEAKERS \
                    and match.mood == "finite":
                # `ce qu'a révélé X`: what was said, its subject after the verb (not `les offres que proposent X`)
                subject = self.phrases.subject_after(match.end_index, limit=hi)
            elif k > 1 and doc.words[k - 1] in self.lang.sets.MEMBER_OPENERS and match.mood == "finite":
                # `un bilan dont s'est réjoui X`: the relative's verb right after its pronoun, its subject after it
                subject = self.phrases.subject_after(match.end_index, limit=hi)
            subject = subject or self.phrases.subject_before(k)
            if subject is None and self.phrases.clause_before(k):
                subject = self._subject_closing_incise(match.end_index, hi)
            if subject is None or normalize(subject[0]) in self.lang.sets.NOT_SPEAKERS:
                fallback = fallback or Attribution.of("before", match, end=match.end_index)
                continue  # "cela exposerait à …": look further back for who speaks
            place = self._place_before_on(subject)
            if place is not None:  # `Dans l'entourage du ministre, on souligne que « … »`
                return Attribution.of("before", match, subject[0], place[1], antecedent=place[0], end=match.end_index)
            return Attribution.of("before", match, *subject, end=match.end_index)
        return fallback

    def _past_closed_quotation(self, lo: int, k: int) -> int:
        """Where the reporter's clause holding token k opens: after the last quotation in [lo, k) closing on the end of
        a sentence with a capitalised word after it (`: « … nobles. » Interrogé par X, Y …`), else at lo."""
        doc = self.doc
        for j in range(k - 1, lo + 1, -1):
            if doc.quoted[j - 1] and not doc.quoted[j] and doc.words[j - 2] in SENTENCE_MARKS \
                    and doc.texts[j][:1].isupper():
                return j
        return lo

    def _person_s_relative(self, k: int) -> bool:
        """Token k is a relative pronoun whose antecedent names or describes a person (`le journaliste qui`)."""
        doc = self.doc
        if k < 2 or doc.words[k] not in self.lang.sets.RELATIVE_PRONOUNS:
            return False
        antecedent = self.phrases.phrase_back(k - 1)
        return antecedent is not None and (self.phrases.has_person_name(*antecedent)
                                           or self.phrases.describes_a_person_at(antecedent[0]))

    def last_cue(self, lo: int, hi: int, past_quotes: bool = False) -> Attribution | None:
        """The last speech verb of the sentence [lo, hi) past its quotations (or anywhere, with `past_quotes`), with
        its subject."""
        return self._last_cue(lo, hi, past_quotes)

    def _inverted_subject_after(self, end: int, hi: int):
        """The subject after a verb at a clause's start, unless a contracted article opens it (`a pointé du doigt la
        majorité`: the verb's complement, no subject)."""
        subject = self.phrases.subject_after(end, limit=hi)
        first = self.doc.words[self.doc.index_at(subject[1])] if subject is not None else None
        if first in self.lang.CONTRACTED_ARTICLES and self.lang.DETERMINERS.get(first, (None, None))[1] != "pl":
            return None  # (but `des élus`: the plural one is an indefinite article too)
        return subject

    def _subject_closing_incise(self, end: int, hi: int):
        """`il reste des doutes ajoute la ministre, d'où …`: an incise whose commas were left out, its subject
        after the verb, naming somebody and closed by a comma."""
        found = self.phrases.subject_after(end, limit=hi)
        if found is None:
            return None
        after = self.doc.index_at(found[1] + len(found[0]))
        if after >= hi or self.doc.words[after] != ",":
            return None
        lo = self.doc.index_at(found[1])
        return found if self.phrases.names_somebody(lo, after) or self.phrases.has_name(lo, after) else None

    def reads_as_noun(self, k: int, match, lo: int) -> bool:
        """The verb `match` opening on its speech verb at token k is a noun: an article (`une alerte`, `que l'analyse
        … confirme`) or a preposition (`le Centre d'analyse`) stands before it, not an object pronoun (`comme le relaye
        X`); lo is the sentence's start."""
        if k <= lo or self.doc.words[k] not in self.lex.verb_forms or match.inverted_subject:
            return False  # a group opening on its speech verb (`une formule bien connue`), not inverted (`le dit-il`)
        before = self.doc.words[k - 1]
        if before in self.lang.NOUN_PREPOSITIONS:
            return True  # `le Centre d'analyse du terrorisme`
        if before not in self.phrases.determiners:
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

    def _subject_of_relative_before(self, lo: int, k: int):
        """The subject of a relative clause whose verb the purpose phrase before token k completes, its pronoun no
        subject (`Une situation dont l'humoriste a profité pour lancer`: the humorist), or None."""
        doc = self.doc
        for j in range(k - 2, max(lo, k - 2 - MAX_VERB_GROUP) - 1, -1):
            if doc.words[j] in self.lex.auxiliary_forms:
                subject = self.phrases.subject_before(j)
                if subject is None or subject[1] is None:
                    return None
                start = doc.index_at(subject[1])
                return subject if start > lo and doc.words[start - 1] in self.lang.MEMBER_OPENERS else None
        return None

    def _perceived_speaker(self, lo: int, k: int):
        """The object of a verb of perception right before the infinitive at token k: who was heard."""
        doc = self.doc
        for j in range(k - 1, max(lo, k - MAX_NP_TOKENS) - 1, -1):
            if doc.quoted[j]:
                return None
            if doc.words[j] in self.lex.perception_forms:
                found = self.phrases.noun_phrase(j + 1, k)
                if found is not None and found[1] == k:
                    return (found[0], doc.starts[j + 1], None)
                return None
        return None

    def _narrative_subject(self, lo: int, de: int):
        """`Une autre de renchérir`: the noun phrase that opens the sentence (past its quotations and a coordinator:
        `« … ? » Et au ministre de répondre`) and ends at `de`
        (not `X a tenté de justifier …, avant de reconnaître`); `Et à X de répondre`, `Et au ministre de répondre`: the
        phrase after the preposition, its article held in it (read back by the resolver)."""
        doc = self.doc
        lo = doc.unquoted_end(lo, de)
        lo += lo < de and doc.words[lo] in self.lang.sets.COORDINATORS
        to = doc.words[lo] in self.lang.sets.TO and lo + 1 < de
        if to and doc.words[lo] in self.lang.CONTRACTED_ARTICLES:  # its article held in the preposition
            noun = doc.words[lo + 1]
            if noun in self.lang.ROLE_NOUNS or person_noun_gender(self.lang, noun) is not None:
                return (doc.phrase(lo, de), doc.starts[lo], None)
            return None
        subject = self.phrases.opening_subject(lo + to, de)
        if subject is None or doc.index_at(subject[1] + len(subject[0])) != de:
            return None
        if de - 2 >= lo and doc.texts[de - 1].islower() and doc.texts[de - 2][:1].isupper() \
                and doc.words[de - 2] not in self.phrases.determiners:
            return None  # `Et Chypre envisage d'ajouter`: a name, then its verb
        return subject

    def _according_phrase(self, k: int, how: str, phrases: dict[str, list[list[str]]] | None = None) -> Attribution | None:
        """The source a `selon`-like phrase at token k names (or one of `phrases`, its own table)."""
        doc = self.doc
        n = (doc.phrase_at(k, phrases) if phrases else self._according_at(k)) or 1
        words, start = doc.words[k : k + n], k + n
        if n > 1 and words[-1] in self.lang.OF:  # "aux yeux du ministre": the phrase's "de", contracted
            start -= words[-1] in self.lang.CONTRACTED_ARTICLES  # the noun phrase opens with the article
            words[-1] = self.lang.OF[0]
        cue = " ".join(words).replace("' ", "'")
        if start < doc.size and doc.words[start] in self.lang.PRONOUNS:  # `selon elle`
            return Attribution(how, cue, doc.texts[start], doc.starts[start])
        subject = self.phrases.noun_phrase(start)
        if subject is None:
            return None
        mention, end = subject
        head_end = min(end, start + FOR_HEAD_TOKENS)
        if cue in self.lang.FOR and not (self.phrases.names_somebody(start, head_end) or self.phrases.has_name(start, end)):
            return None  # `Pour la première fois`, `pour les prochaines étapes du programme`; but `Pour Boateng,`
        if start < k + n:  # "du ministre" → "le ministre"
            mention = self.lang.CONTRACTED_ARTICLES[doc.words[start]] + mention[len(doc.words[start]) :]
        elif end < doc.size and doc.words[end] == "," and self.lang.DETERMINERS.get(doc.words[start], (None, None))[1] != "pl" \
                and (apposed := self.phrases.subject_after(start)) is not None \
                and apposed[1] == doc.starts[start] and apposed[0] != mention \
                and doc.words[doc.index_at(apposed[1] + len(apposed[0]))] == ",":
            # `Pour le petit-fils du général, X, « … »`: X (but `Selon les services du procureur, X,`: the services)
            return Attribution(how, cue, apposed[0], apposed[1])
        sources = self.lang.sets.SOURCE_DOCUMENTS | self.lang.sets.SOURCE_PEOPLE
        return Attribution(how, cue, *self._source_of(mention, start, end, sources))

    def _source_of(self, mention: str, start: int, end: int, sources: frozenset[str]):
        """`un communiqué de la préfecture` names the préfecture, `un communiqué de presse du Cirad` the Cirad: an
        author has an article or a name (not `un texte de quatre pages`)."""
        doc = self.doc
        for at in range(start, min(end, start + 3)):
            findings = doc.words[at] in self.lang.sets.FINDINGS
            if doc.words[at] not in sources and not findings:
                continue
            k = at + 1
            documented = findings or doc.words[at] in self.lang.sets.SOURCE_DOCUMENTS
            by = self._agent_past_adjunct(k + 1) if k < doc.size and documented else None
            if by is not None and (findings or self._authoring_participle(doc.words[k])) \
                    and (agent := self.agent_after(by)) is not None:
                # `le communiqué publié par l'Académie`, `une information confirmée à l'AFP par une source`,
                # `les informations recueillies par la radio`: its author
                return (agent.mention, agent.mention_start, None)
            if documented and k + 2 < end and doc.texts[k].isalpha() and doc.texts[k].islower() \
                    and doc.words[k + 1] in self.lang.OF and doc.texts[k + 2][:1].isupper():
                k += 1  # `Réponse cinglante de X`, `le rapport annuel de la Cour`: an adjective, then the author
            if k + 2 < end and doc.words[k] in self.lang.OF and doc.words[k] not in self.lang.CONTRACTED_ARTICLES \
                    and doc.texts[k + 1].islower() and doc.words[k + 1] not in self.phrases.determiners:
                # `de presse`, `d'information` (no article): what the document is; its author or name may follow
                if doc.texts[k + 2][:1].isupper():
                    return (doc.phrase(k + 2, end), doc.starts[k + 2], None)  # `le site d'information X`
                k += 2
            if k + 2 < end and doc.texts[k][:1].isupper() and doc.words[k + 1] in self.lang.OF:
                k += 1  # `le compte Twitter du syndicat`: the document's name, then its author
            if k + 1 < end and doc.words[k] in self.lang.OF and (doc.words[k] in self.lang.CONTRACTED_ARTICLES
                                                                 or doc.words[k + 1] in self.phrases.determiners
                                                                 or doc.texts[k + 1][:1].isupper()):
                if documented and self._authoring_participle(doc.words[end - 1]) \
                        and (by := self._agent_past_adjunct(end)) is not None \
                        and (agent := self.agent_after(by)) is not None:
                    return (agent.mention, agent.mention_start, None)  # `le texte du Parisien signé par X`: its signatory
                article = self.lang.CONTRACTED_ARTICLES.get(doc.words[k])
                phrase = doc.phrase(k + 1, end)
                return (f"{article} {phrase}" if article else phrase, doc.starts[k + 1], None)
        return (mention, doc.starts[start], None)

    def _agent_past_adjunct(self, k: int) -> int | None:
        """The token of the agent's preposition at k, or past a short phrase of whom it was told (`confirmée à l'AFP
        par …`)."""
        doc = self.doc
        if k < doc.size and doc.words[k] in self.lang.TO:
            k = next((j for j in range(k + 1, min(doc.size, k + MAX_TOLD_TOKENS)) if doc.words[j] in self.lang.BY
                      or doc.words[j] == "," or doc.quoted[j]), k)
        return k if k < doc.size and doc.words[k] in self.lang.BY else None

    def _authoring_participle(self, word: str) -> bool:
        """A past participle by its ending (`publié`), an irregular one (`émis`) or a speech verb's (`écrit`), not one
        of a verb that relays (`des propos rapportés par X`: X relays them) nor one of how a source was reached
        (`consulté`)."""
        forms = self.lex.forms(word) or ()
        return word not in self.lang.sets.SOURCE_PARTICIPLES and not any(f.lemma in self.lang.RELAYING_CUES for f in forms) \
            and (self.phrases.past_participle(word) or any(f.mood == "participle" for f in forms))

    def sentence_subject(self, span: Span) -> Attribution | None:
        """A quotation inside a sentence with no speech verb (`le RN entend « réviser … »`): the
        sentence's subject, when it can speak, is the one whose words these are."""
        doc = self.doc
        i = doc.index_at(span.outer_start)
        agent = self.agent_after(doc.index_at(span.outer_end))
        if agent:
            return agent
        before = doc.words[i - 1] if i else ""
        if before in self.lang.TERM_PREPOSITIONS and not self._opens_sentence(i):
            return Attribution("subject")  # `mis en examen pour « corruption passive »`: words, nobody's told
        if self._opens_sentence(i) or before in self.phrases.determiners:
            return None  # `les « gilets jaunes »`: a term, not words
        lo, _ = doc.sentence(i - 1)
        start = self.doc.unquoted_end(lo, i)
        if start != lo:
            return None  # another quotation opens the sentence
        # `Dans ses propositions, inspirées d'un livre blanc, le parti entend`: past the adverbials;
        # the word before the marks is the verb: `X veut « … »`
        whole = self.phrases.noun_phrase(lo, i) if i - lo >= 2 and doc.texts[i - 1][:1].isupper() else None
        if whole is not None and whole[1] == i \
                and (self.phrases.starts_with_person(lo) or self.phrases.opens_with_role(lo, i)):
            subject = (whole[0], doc.starts[lo], None)  # `X Y « formulera … »`, `Le délégué X Y « … »`: a name, then its words
        else:
            subject = self.phrases.clause_subject(lo, i - 1) \
                or self.phrases.subject_after_adverbial(lo, doc.index_at(span.outer_end))
        if subject and before in self.lang.COORDINATORS and subject[1] < span.outer_start \
                and doc.index_at(subject[1] + len(subject[0])) >= i - 1:
            return None  # `Des professionnels et « aficionados » ont manifesté`: a part of the subject, not its words
        return Attribution("subject", None, *subject) if subject else None

    def agent_after(self, k: int) -> Attribution | None:
        """`ont été « priés de partir » par les services de l'État`: the agent of a passive."""
        doc = self.doc
        if k + 1 >= doc.size or doc.words[k] not in self.lang.BY:
            return None
        found = self.phrases.noun_phrase(k + 1)
        if found is None or not (self.phrases.names_somebody(k + 1, found[1]) or self.phrases.has_name(k + 1, found[1])):
            return None
        # `par le ministre de la Santé, Olivier X`: the name in apposition, read as an inverted subject's is
        apposed = self.phrases.subject_after(k + 1)
        mention = apposed[0] if apposed is not None and apposed[1] == doc.starts[k + 1] else found[0]
        return Attribution("subject", None, mention, doc.starts[k + 1])

    def according_at(self, k: int) -> int:
        """A `selon`-like phrase at token k: its length in tokens (0 if none)."""
        return self._according_at(k)

    def according_phrase(self, k: int) -> Attribution | None:
        """The attribution of the `selon`-like phrase at token k."""
        return self._according_phrase(k, "according")


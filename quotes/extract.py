"""The pipeline: one article in, its quotations out.

spans (where the marks are) → attribution (cue and the words naming the speaker)
→ kind (direct, partial, or not a quote at all) → resolution (who that is).
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain, compress, islice

import regex

from .attribution import Attribution, Attributor
from .blocks import fast_block_class, in_fast_blocks
from .detect import with_language
from .document import Document, phrase_table
from .gender import article_evidence, decide, shows_a_person
from . import keys
from .indirect import IndirectSpeech
from .lang import has_data, language, marks_only
from .lexicon import lexicon_of, normalize, normalize_text, person_noun_gender
from .model import Article, Quote
from .names import first_name_gender, fold, initials, is_only_first_name
from .phrases import MAX_GROUP_NAME_CHARS
from .resolve import BRACKETED_ACRONYM, MAX_KIND_ADJECTIVES, Entity, Resolver
from .spans import SENTENCE_END, SENTENCE_MARKS, Span, find_spans

WORD = re.compile(r"[^\W\d_]+")  # a word: the letters of \w (`re`: a third of `regex`'s \p{L}+ cost)
# The same on texts written only with FAST_BLOCKS, its characters spelled out (letters and numbers, `²`, `½`, but the
# decimal digits of \d): a table `re` reads, where \w looks up each character's category (twice as fast).
FAST_WORD = re.compile(f"[{fast_block_class('L', 'N', without='0123456789')}]+")
# Each Latin-1 character as WORD and FAST_WORD read it (alike): itself if a word's, else a space.
LATIN_1_WORD_BYTES = bytes(c if WORD.fullmatch(chr(c)) else ord(" ") for c in range(256))
SCRIPT = regex.compile(r"(?:\bwindow\.\w+\s*=|\bfunction\s*\()[^\n]*")  # a script's statement, to its line's end
# A quotation with no cue of its own continues the previous speaker this close behind.
CONTINUATION_CHARS = 400
MAX_APPOSED_NAME_GAP = 40  # characters after a mention read for a name in apposition (`(SMB), Paul X`)
APPOSED_NAME_CLAUSE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*([^\W\d_][\w-]*)")  # past an acronym in brackets, a comma
TOLD_TO_CHARS = 40  # how far after a pronoun's cue the medium it spoke to may be named (`a-t-elle confié à l'AFP`)
MAX_ADDRESSEE_WORDS = 3  # `lui a alors demandé`: the words between a subject and its verb holding whom it spoke to
PRONOUN_SENTENCES = 2  # a pronoun may mean the subject of one of the sentences this far back
NAME_REACH = 30  # characters before a surname read for the first name before it
NAMED_NEAR_SENTENCES = 2  # a person the words name gives way to another pronoun's meaning named this many sentences back
MAX_FRAGMENT_TOKENS = 6  # `Le début du calvaire…`: a verbless fragment this short is no sentence (its marks count)
ELLIPSES = ("…", "..")
CLAUSE_SUBJECT_OFFSET = 3  # tokens from a reported clause's start to its subject's name at most (`que M. X …`)
MAX_ANSWER_OPENER = 16  # characters of a quotation read for the word an answer opens with (`pas du tout`)
SPOKE_OF_REACH = 8  # how many quotations back a description is sought in a speaker's words (`« Le président … »`)
# Attributions that tie the marks to a speaker firmly enough to overrule "looks like a name".
FIRM = frozenset(("after", "incise", "colon", "signature", "object"))
# Attributions that the sentence's other quotations share: those of a cue before them, and after them.
SHARED_FORWARD = frozenset(("before", "participle", "relative_participle", "according", "colon", "framed", "object"))
SHARED_BACKWARD = frozenset(("after", "later"))
MIN_DIRECT_WORDS = 4
MAX_ROLE_TOKENS = 4  # `L'attaque de la ministre déléguée X`: a role between a speech noun and the name
MAX_PARTICIPLE_SKIP = 3  # `Propos élogieux tenus par X`, `Ces mots ont été lâchés par X`: words between noun and participle
BRACKET_GAP = 2  # characters a space between a bracket and a quotation mark may take
MAX_NAME_WORDS = 7
MAX_TITLE_WORDS = 5
# Signs standing between the words of a name or title, no word of theirs (`X & les Y`, `Star Trek : Discovery`)
NAME_JOINERS = frozenset("&:+/|–—")
MAX_MAKER_WORDS = 3  # `l'album de Jean-Jacques Goldman « … »`: the words of a work's maker before its title
YEAR_IN_BRACKETS = re.compile(r"\s*\(\d{4}\)")  # after a work's title
CHARGE_REACH = 5  # how far before `pour` a legal procedure's word stands (`mis en examen notamment pour`)
MAX_CHARGE_INCISE = 8  # words set off between them (`comparaît, avec neuf sociétés du groupe, pour`)
MAX_LOWERCASE_NAME_WORDS = 2  # le plan « zéro déchet »: a name in lower case is short
MAX_TERM_WORDS = 4  # le mouvement des « gilets jaunes »: the term a noun is of is short
REPEATED_SHARE = 0.6
# The words of a name taken for a body's that may be a person's (`Arjun Tevar`, `Aye Aye Lwin`).
MAX_PERSON_NAME_WORDS = 3
OPENING_TOKENS = 3  # how far into a sentence its subject's phrase may start (`Et le président X`)
FRONTED_PHRASE_TAIL = 4  # how far past a sentence's opening noun phrase the comma closing it as a fronted one stands
SIGN_HEAD_WORDS = 4  # how far into a speaker's mention a sign's noun may stand as its head (`de très nombreuses pancartes`)
SIGN_REACH = 2  # how far before a participle and its determiner a sign's noun stands (`des banderoles dénonçant une « … »`)
OPENING_PRONOUN_TOKENS = 60  # how far into a text its first pronoun may stand for the title's person (two sentences naming nobody)


def words_of(text: str, word: re.Pattern = WORD) -> list[str]:
    """`word.findall(text)`, WORD's or FAST_WORD's words. A text of Latin-1 characters (most French ones) is split on
    spaces once bytes.translate has made a space of every character of no word, in C, where `re` set every match up
    anew (the words of 400 articles' quotations: 50 million instructions, 20 this way, callgrind)."""
    try:
        latin_1 = text.encode("latin-1")
    except UnicodeEncodeError:  # (a character beyond Latin-1: `’`)
        return word.findall(text)
    return latin_1.translate(LATIN_1_WORD_BYTES).decode("latin-1").split()


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation in the article, in text order, with its speaker."""
    quotes = Extraction(article).run()
    if article.lang not in _frozen_languages:
        # A language's data (lexicon, names, patterns: hundreds of thousands of objects) is built on first use,
        # and would be scanned again by every full collection of the cyclic garbage collector: frozen, it is left
        # alone (60 million instructions in 400 articles, 1.4 %; gc.freeze, as pre-forking servers use it).
        _frozen_languages.add(article.lang)
        gc.freeze()
    return quotes


_frozen_languages: set[str | None] = set()


class Extraction:
    def __init__(self, article: Article):
        self.article = article = with_language(article)  # its title, read apart, is in the same language
        code = article.lang
        self.readable = has_data(code)  # else its quotations are found, their speakers not guessed
        self.lang = language(code) if self.readable else marks_only(code)
        self.text = _without_scripts(article.text)
        self.spans = find_spans(self.text, self.lang)
        self._title_voice: list[Entity] | None = None  # made when first asked for
        self._voiced_by_title_words = False  # that voice told by the title's noun or verb of speech, not by its quotation
        self._title_person: list[tuple[Entity, set[str | None]]] | None = None  # likewise, with the title's roles for them
        self._title_leader: list[Entity | None] | None = None  # the title's people, leading one first, as the title knows them
        self._title_voiced = False  # the title names its leading person as the one whose words the article tells
        self._title_speaks = False  # that, or the title gives them a speech verb (`Ce qu'a annoncé X`)
        self._name_marks: set[int] = set()  # where marks told to hold a name, no quotation, close
        self._answerer: list[Entity | None] | None = None  # whose an interview's answers are, once asked
        self._media: dict[str, bool] = {}  # a speaker's name → whether it describes a medium (`le quotidien`)
        # no quotation, and no speech verb for reported speech: nothing to do
        self.idle = not self.spans and (not self.readable or not self._may_report(self.text))
        if self.idle or not self.readable:
            return
        self.doc = Document(self.text, self.spans, self.lang)
        self.attributor = Attributor(self.doc)
        quoted = [(s.outer_start, s.outer_end) for s in self.spans if s.depth == 0]
        self.resolver = Resolver(self.text, self.lang, quoted, glued=sorted([*self.doc.glued, *self.doc.heading_breaks]))

    def _may_report(self, text: str) -> bool:
        """Whether any word of the text is a speech verb (else there is no reported speech)."""
        folded = normalize_text(text)
        word = FAST_WORD if in_fast_blocks(folded) else WORD
        return not lexicon_of(self.lang).speech_forms.isdisjoint(words_of(folded, word))

    def run(self) -> list[Quote]:
        if self.idle:
            return []
        if not self.readable:  # whole sentences between marks: quotations; shorter ones may be terms
            return [self._quote(span, "direct", None) for span in self.spans
                    if span.depth == 0 and len(self.text[span.start : span.end].split(None, MIN_DIRECT_WORDS)) >= MIN_DIRECT_WORDS]
        kept: list[tuple[Span, Attribution | None, str]] = []
        attributions = [self.attributor.with_cited_source(self.attributor.without_glued_heading(self.attributor.attribute(span)))
                        if span.depth == 0 else None for span in self.spans]
        self._share_sentence_cues(attributions)
        for n, span in enumerate(self.spans):
            if attributions[n] is None and span.depth == 0 and self._embedded(span):
                attributions[n] = self.attributor.sentence_subject(span)  # `le RN entend « réviser … »`
        self._share_in_lists(attributions)
        for span, attribution in zip(self.spans, attributions):
            kind = self._kind(span, attribution)
            if kind:
                kept.append((span, attribution, kind))
        for span, attribution in IndirectSpeech(self.attributor).find():
            kept.append((span, self.attributor.without_glued_heading(attribution), "indirect"))
        kept.sort(key=lambda item: (item[0].start, -item[0].end))
        return self._speakers(kept)

    def _share_sentence_cues(self, attributions: list[Attribution | None]) -> None:
        """Quotations of one sentence share its cue: `a dénoncé une « A » et un « B »` (the cue
        before the first), `« A », à cause d'un « B », a estimé X` (the cue after the last)."""
        outer = [n for n, span in enumerate(self.spans) if span.depth == 0 and not self.attributor.is_heading(span)]
        for before, after in zip(outer, outer[1:]):  # forwards: a cue before the quotes
            if attributions[after] is None and attributions[before] and attributions[before].how in SHARED_FORWARD:
                if self._same_sentence(self.spans[before], self.spans[after]):
                    attributions[after] = attributions[before]
        for n in range(len(outer) - 1, 0, -1):  # backwards: a cue after them
            before, after = outer[n - 1], outer[n]
            if attributions[before] is None and attributions[after] and attributions[after].how in SHARED_BACKWARD:
                if self._same_sentence(self.spans[before], self.spans[after]) or (
                        self._side_by_side(self.spans[before], self.spans[after])
                        and not (n > 1 and self._right_after_a_cue(self.spans[outer[n - 2]], self.spans[before]))):
                    attributions[before] = attributions[after]

    def _share_in_lists(self, attributions: list[Attribution | None]) -> None:
        """A quotation listed right after another (`pour « A », « B » et « C »`) is told as it is."""
        doc = self.doc
        outer = [n for n, span in enumerate(self.spans) if span.depth == 0]
        for before, after in zip(outer, outer[1:]):
            if attributions[after] is None and attributions[before] is not None:
                lo, hi = doc.index_at(self.spans[before].outer_end), doc.index_at(self.spans[after].outer_start)
                if lo < hi and all(doc.words[k] == "," or doc.words[k] in self.lang.COORDINATORS for k in range(lo, hi)):
                    attributions[after] = attributions[before]

    def _side_by_side(self, first: Span, second: Span) -> bool:
        """`« … ». « … », a-t-il dit`: one speaker's words in two quotations, nothing but a full stop and a
        space between them (not glued, as a heading is to its paragraph; nor a dialogue's question)."""
        between = self.text[first.outer_end : second.outer_start]
        words = self.text[first.start : first.end].split()
        return between in (". ", " ") and len(words) >= MIN_DIRECT_WORDS and words[-1][-1:] not in "?!"

    def _right_after_a_cue(self, previous: Span, span: Span) -> bool:
        """No more than the sentence of the previous quotation's cue between it and `span` (`« … », dit X. « … »`):
        `span` goes on with X's words."""
        doc = self.doc
        lo, hi = doc.index_at(previous.outer_end), doc.index_at(span.outer_start)
        return sum(doc.sentence_ends[k] and not doc.quoted[k] for k in range(lo, hi)) <= 1

    def _subject_of_relative(self, attribution: Attribution, kind: str) -> bool:
        """A partial quotation whose cue's subject opens a clause of `que` (`les milices que X qualifie de
        « … »`) or is the object of a preposition a relative clause is about (`a répondu au président qui le
        décrit comme une « … »`): words a subordinate clause reports, not a turn of speech."""
        if kind != "partial" or attribution.how != "before" or attribution.mention_start is None:
            return False
        i = self.doc.index_at(attribution.mention_start)
        return (i > 0 and self.doc.words[i - 1] in self.lang.sets.THAT) or (
            self.doc.words[i] in self.lang.CONTRACTED_ARTICLES and self.doc.words[i] in self.lang.sets.TO)

    def _same_sentence(self, first: Span, second: Span) -> bool:
        """The reporter's words join the two quotations and no sentence ends between them (two
        quotations side by side are a heading glued to a paragraph, or two paragraphs)."""
        doc = self.doc
        if self.text[first.start : first.end].rstrip()[-1:] in SENTENCE_MARKS:
            return False
        lo, hi = doc.index_at(first.outer_end), doc.index_at(second.outer_start)
        return lo < hi and not any(doc.sentence_ends[k] and not doc.quoted[k] for k in range(lo, hi))

    # -- what kind of quotation, if any ------------------------------------------------
    def _kind(self, span: Span, attribution: Attribution | None) -> str | None:
        # its words counted up to one past the most any question here asks of (a long quotation split whole cost)
        words = self.text[span.start : span.end].split(None, MAX_NAME_WORDS)
        firm = attribution is not None and attribution.how in FIRM
        if not firm and self._looks_like_name(span, words):
            i = self.doc.index_at(span.outer_start)
            if not (i and self.doc.words[i - 1] in self.doc.lexicon.speech_forms):  # (`scandant « Révolte » ou …`: chants)
                self._name_marks.add(self.doc.index_at(span.outer_end) - 1)  # (a list's next marks may hold one too)
            return None
        if not firm and len(words) <= MAX_TERM_WORDS and self._completes_a_noun(span):
            return None
        if attribution is not None and (
                (attribution.cue in self.lang.sets.READING_CUES and self._on_a_sign(span)) or self._told_by_a_sign(span, attribution)):
            return None
        i = self.doc.index_at(span.outer_start)
        if not firm and i > 2 and self.doc.words[i - 1] in self.lang.sets.SIGN_NOUNS \
                and self.doc.words[i - 3] not in self.lang.sets.THAT and not self.doc.sentence_ends[i - 3]:
            # `derrière une pancarte « … »`, `son brassard « police »`: what a sign bears (not `said that the posters
            # "omitted …"`: a clause's subject, its verb quoted)
            return None
        if self._names_a_charge(span):
            return None  # even announced (`…, a annoncé le parquet`): a charge's legal name
        if self._names_a_group(span):
            return None  # even in a sentence with a cue (`les « gilets jaunes » ont manifesté, a-t-il dit`)
        if not firm and self._fills_brackets(span):
            return None  # `Joann X (« Le Chat du rabbin »)`: a work's title
        embedded = self._embedded(span)
        heading = span.depth == 0 and self.attributor.is_heading(span)  # `- « Chambre d'écho » -`
        if not embedded and (len(words) >= MIN_DIRECT_WORDS or firm or heading or self._introduced_by_colon(span)):
            return "direct"
        if attribution is None and span.depth == 0:
            return None  # a term or a fragment nobody is said to have said
        return "partial" if embedded or len(words) < MIN_DIRECT_WORDS else "direct"

    def _fills_brackets(self, span: Span) -> bool:
        """The marks alone fill a pair of brackets (`(« … »)`), not right after a quotation (`« I can't breathe »
        (« Je ne peux pas respirer »)`: its translation): a title or a gloss."""
        before = self.text[max(0, span.outer_start - BRACKET_GAP) : span.outer_start].rstrip()
        after = self.text[span.outer_end : span.outer_end + BRACKET_GAP].lstrip()
        bracket = self.doc.index_at(span.outer_start) - 1
        return before.endswith("(") and after.startswith(")") and not (bracket > 0 and self.doc.quoted[bracket - 1])

    def _completes_a_noun(self, span: Span) -> bool:
        """`le mouvement des « gilets jaunes »`, `la résorption du « trou de la Sécu »`: after an article, a
        noun and a contracted de, the marks hold what the noun is of, a term rather than somebody's words."""
        i = self.doc.index_at(span.outer_start)
        words, contracted = self.doc.words, self.lang.CONTRACTED_ARTICLES
        return i > 2 and words[i - 1] in self.lang.sets.OF and words[i - 1] in contracted \
            and (words[i - 3] in self.lang.DETERMINERS or words[i - 3] in contracted) \
            and self.doc.texts[i - 2].isalpha() and self.doc.texts[i - 2].islower()

    def _names_a_charge(self, span: Span) -> bool:
        """`une enquête pour « violences volontaires »`, `mis en examen notamment pour « A », « B » et « C »`: after a
        legal procedure's word and `pour` (the marks of a list of them before), a charge's name."""
        doc = self.doc
        i = self._before_list(span)
        if i < 0 or doc.words[i] not in self.lang.sets.CHARGE_PREPOSITIONS:
            return False
        if i > 1 and doc.words[i - 1] == ",":  # `comparaît, avec neuf sociétés du groupe, pour`: past the incise
            i = next((c for c in range(i - 2, max(0, i - MAX_CHARGE_INCISE), -1) if doc.words[c] == ","), i)
        return any(doc.words[k] in self.lang.sets.CHARGE_WORDS for k in range(max(0, i - CHARGE_REACH), i))

    def _before_list(self, span: Span) -> int:
        """The index of the word before the marks opening the list `span` ends (`pour « A », « B » et « C »`: `pour`),
        or before its own."""
        doc = self.doc
        i = doc.index_at(span.outer_start) - 1
        while i > 0 and (doc.words[i] == "," or doc.words[i] in self.lang.sets.COORDINATORS) and doc.quoted[i - 1]:
            i -= 1
            while i > 0 and doc.quoted[i]:  # back over the list's previous item, marks included
                i -= 1
        return i

    def _told_by_a_sign(self, span: Span, attribution: Attribution) -> bool:
        """`« … », disait une pancarte`, `des banderoles clamant « A » ou « B »`, `des banderoles dénonçant une « … »`:
        words a sign bears, nobody's."""
        signs, doc = self.lang.sets.SIGN_NOUNS, self.doc
        if attribution.mention and attribution.mention_start is not None:
            k = doc.index_at(attribution.mention_start)
            words = doc.words[k : k + SIGN_HEAD_WORDS]  # (read as the text's words: not the mention's, folded anew)
            if not signs.isdisjoint(words):
                head = next(n for n, word in enumerate(words) if word in signs)
                if doc.starts[k + head] < attribution.mention_start + len(attribution.mention):
                    return all(word not in self.lang.sets.OF for word in words[1:head])  # its head: not `l'auteur du tag`
        if attribution.how != "participle":
            return False
        i = self._before_list(span)
        return any(doc.words[k] in signs for k in range(max(0, i - SIGN_REACH), i))

    def _names_a_group(self, span: Span) -> bool:
        """After a determiner, a number, a preposition, a coordinator or a noun of people, the marks hold nothing but a
        noun of a group of people or of one of them (GROUP_NOUNS: `les « gilets jaunes »`, `200 « gilets jaunes »`,
        `une centaine de « gilets jaunes »`, `retraités et « gilets jaunes »`): its name, nobody's words (but `les juge
        « responsables »`, after a verb; `X, « responsable » de l'escroquerie`, after a comma)."""
        if span.end - span.start > MAX_GROUP_NAME_CHARS + 2 \
                or not self.attributor.phrases.names_a_group(self.text[span.start : span.end]):
            return False  # (most quotations, told by their length)
        i = self.doc.index_at(span.outer_start)
        before = self.doc.words[i - 1] if i else ""
        lang = self.lang
        if not (before in lang.DETERMINERS or before.isdigit() or before in lang.sets.GROUP_NOUNS or before in lang.sets.OF
                or before in lang.sets.TO or before in lang.sets.COORDINATORS
                or (person_noun_gender(lang, before) is not None and not self.doc.lexicon.forms(before))):
            return False  # (`des militants « gilets jaunes »`, `chroniqueuse « gilets jaunes »` too)
        return True

    def _on_a_sign(self, span: Span) -> bool:
        """Its sentence names a sign the words were read on (`lisait-on sur les pancartes`)."""
        doc = self.doc
        lo, hi = doc.sentence(doc.index_at(span.outer_end) - 1)
        return any(doc.words[k] in self.lang.SIGN_NOUNS and not doc.quoted[k] for k in range(lo, hi))

    def _introduced_by_colon(self, span: Span) -> bool:
        i = self.doc.index_at(span.outer_start)
        return i > 0 and self.doc.words[i - 1] == ":"

    def _embedded_after_article(self, i: int) -> bool:
        """The mark follows a determiner or preposition inside a sentence."""
        if i == 0:
            return False
        prev = self.doc.elided_before(i) or self.doc.words[i - 1]  # `d'« On n'est pas couché »`
        return prev in self.lang.DETERMINERS or prev in self.lang.sets.EMBEDDING_PREPOSITIONS

    def _embedded(self, span: Span) -> bool:
        """The marks sit inside the reporter's sentence: `dénonçant une "invasion"`."""
        i = self.doc.index_at(span.outer_start) - 1
        if i < 0 or not self.text[span.start : span.start + 1].islower():
            return False  # (the quotation's first letter told first: most open in capitals)
        return self.doc.texts[i][:1].isalnum() and not self.doc.sentence_ends[i]

    def _looks_like_name(self, span: Span, words: list[str]) -> bool:
        """A name, title or label in quote marks rather than somebody's words."""
        quoted = self.text[span.start : span.end]
        i = self.doc.index_at(span.outer_start)
        if i > 0 and self.doc.words[i - 1] in self.lang.sets.NAMING_WORDS and (
                quoted[:1].isupper() or len(words) <= MAX_LOWERCASE_NAME_WORDS
                or (self.doc.words[i - 1] in self.lang.sets.NAMING_PARTICIPLES and len(words) <= MAX_NAME_WORDS
                    and quoted.rstrip()[-1:] not in ".!?…")):
            before = self.doc.words[i - 2] if i > 1 else ""
            if not (self.doc.lexicon.auxiliary(before) or before in self.lang.REFLEXIVE or before in self.lang.STRESSED_PRONOUNS):
                # dit "Espartaco"; but not a dit "…", se dit « pas dupe », s'est lui dit « serein », nor juge le projet
                # « incompatible avec … »
                return True
        named = i - 1 - (i > 2 and self.doc.words[i - 1] in self.lang.sets.ADVERBS)  # `s'appelait alors « … »`
        if named > 0 and self.doc.words[named] in self.lang.sets.NAMING_AFTER_REFLEXIVE and self.doc.words[named - 1] in self.lang.REFLEXIVE:
            return True  # s'appelait "l'île du nègre"
        if quoted[:1].isupper() and len(words) <= MAX_NAME_WORDS and (
                self._a_work_s_title(span, i, quoted) or self._listed_after_a_name(span, i, quoted)):
            return True
        if not words or len(words) > MAX_NAME_WORDS or quoted.rstrip()[-1:] in ".!?…":
            return False
        if len(words) == 1 and self.attributor.is_heading(span) and self._written_lowercase(span, quoted):
            return False  # `- « Empoisonnement » -` over a text that tells of an `empoisonnement`: capitalised as headings are
        content = [w for w in _word_parts(quoted)
                   if w not in NAME_JOINERS and normalize(w) not in self.lang.sets.NAME_FUNCTION_WORDS]
        if not content or (len(words) == 1 and len(quoted) <= 2):
            return True
        if self._embedded_after_article(i) and quoted[:1].isupper() and len(words) <= MAX_TITLE_WORDS:
            return True  # la "Compagnie des aidants": French names capitalise their first word only
        if quoted.isupper() and len(words) > 3:
            return False  # a heading in capitals repeating somebody's words
        return all(w[:1].isupper() or w[:1].isdigit() for w in content)

    def _written_lowercase(self, span: Span, word: str) -> bool:
        """The text writes the word in lowercase outside the marks (its accents aside, which capitals drop):
        a common word, no name."""
        tail = word.strip()[1:]
        if self.text.count(tail) < 2:
            return False  # (written nowhere else but in the marks, whatever its first letter: most headings, told in C)
        doc, folded = self.doc, fold(word.strip())
        lo, hi = doc.index_at(span.outer_start), doc.index_at(span.outer_end)
        words, size = doc.words, len(folded)  # (its length first: folding every word of the text costs)
        return any(len(words[k]) == size and fold(words[k]) == folded and doc.texts[k][:1].islower()
                   for k in chain(range(lo), range(hi, doc.size)))

    def _listed_after_a_name(self, span: Span, i: int, quoted: str) -> bool:
        """`la star de « Plein Soleil », « Mélodie en sous-sol » ou « Rocco et ses frères »`: marks listed right
        after marks holding a name (told no quotation) hold one too, their words capitalised, no full stop ending them,
        nobody speaking of themself (`« Arrête », « Je m'arrête »`)."""
        words = self.doc.words
        return i > 1 and (words[i - 1] == "," or words[i - 1] in self.lang.sets.COORDINATORS) \
            and i - 2 in self._name_marks and quoted.rstrip()[-1:] not in SENTENCE_MARKS \
            and not self._in_first_person_singular(span)

    def _a_work_s_title(self, span: Span, i: int, quoted: str) -> bool:
        """`« La mission des frontières » (2002)`: words its year in brackets follows; `son premier livre, « Un
        soldat en déroute »`: words set off by a comma after a work's noun and its determiner (not `Il m'a dit,
        « … »`), that end on no full stop; `l'émission de TF1 « Sept à huit »`, `l'album posthume de X « … »`: after a
        work's noun, maybe an adjective, and its maker's name."""
        words = self.doc.words
        if YEAR_IN_BRACKETS.match(self.text, span.outer_end):
            return True
        maker = i - 1  # back over the maker's capitalised name to its preposition
        while maker > 0 and i - maker <= MAX_MAKER_WORDS and self.doc.texts[maker][:1].isupper() \
                and not self.doc.quoted[maker]:
            maker -= 1
        work = maker - 1 - (maker > 2 and self.doc.texts[maker - 1].isalpha() and self.doc.texts[maker - 1].islower()
                            and words[maker - 1] not in self.lang.sets.NAMING_WORDS)  # (`l'album posthume de X`)
        if 0 < maker < i - 1 and words[maker] in self.lang.sets.OF and words[work] in self.lang.sets.NAMING_WORDS \
                and quoted.rstrip()[-1:] not in ".!?…":
            return True
        return i > 3 and words[i - 1] == "," and words[i - 2] in self.lang.sets.NAMING_WORDS \
            and any(words[j] in self.attributor.phrases.determiners for j in (i - 3, i - 4)) \
            and quoted.rstrip()[-1:] not in ".!?…"

    # -- who said it ---------------------------------------------------------------------
    def _speakers(self, kept) -> list[Quote]:
        quotes = [self._quote(span, kind, attribution) for span, attribution, kind in kept]
        # a pronoun's antecedent may be the title's person: read when some quotation's speaker is a pronoun
        if any(a and a.mention and normalize(a.antecedent or a.mention) in self.lang.PRONOUNS for _, a, _ in kept):
            self.resolver.title_subject = self._title_subject()
        repeats = self._repeats(quotes, [span for span, _, _ in kept])
        entities: list[Entity | None] = [None] * len(kept)
        speakers: list[tuple[int, Entity]] = []  # (position, entity) of each speaker so far
        person_spoke = False  # a person among them
        outer_entity, outer_span, last = None, None, None  # last: (end, entity) of the previous quote's speaker
        relays: set[int] = set()  # the entities that relayed somebody's words
        subjects_quoted: list[tuple[int, Entity]] = []  # speakers back as subjects of sentences quoting words
        said: dict[int, list] = defaultdict(list)  # an entity's (mention, agreement) at the cues naming it
        for n, (span, attribution, kind) in enumerate(kept):
            entity = None
            if span.depth:
                entity = self._nested_speaker(span, outer_span, outer_entity, speakers) or outer_entity
            elif attribution and attribution.how == "interviewee":
                entity = self._interviewee(span)  # `Q : … ? R : « … »`
            elif attribution and attribution.mention:
                target = attribution.antecedent or attribution.mention
                pronoun = normalize(target) in self.lang.PRONOUNS
                # a medium relaying somebody's words (`rapporte Le Parisien`) is not who `il` then means, nor whose
                # document `le communiqué` is
                relayed = relays and (pronoun or self.resolver.names_a_document(target))
                candidates = [c for c in speakers if id(c[1]) not in relays] if relayed else speakers
                if pronoun and self._in_first_person_singular(span):
                    # `« J'affronterai … », a-t-il commenté`: a person's words, no body's (`Amnesty International`),
                    # nor a thing's given words before (`son récit`, `un article`)
                    candidates = [c for c in candidates if not self._a_body_s_name(c[1]) and not self._a_thing(c[1])] \
                        or candidates
                recent = max(0, n - SPOKE_OF_REACH)
                description = not pronoun and self.resolver.patterns.description_head(target)
                described = speakers and description
                excluded = self._speaking_of(target, kept[recent:n], entities[recent:n]) if described else ()
                if description:
                    excluded = (*excluded, *self._named_past_its_verb(attribution, span, kind),
                                *(self._named_in_opening_participle(attribution.mention_start)
                                  if attribution.how == "before" else ()),  # (a quotation opens its sentence first)
                                *self._named_past_the_cue_before(span, attribution))
                elif pronoun:
                    excluded = self._speakers_of_opening_participle(attribution.mention_start, speakers)
                turn = bool(described) and last is not None and self._another_turn(span, attribution)
                if turn:
                    excluded = (*excluded, last[1])  # `« … », lui a rétorqué le ministre`: not who spoke just before
                entity = self.resolver.resolve(target, attribution.mention_start, candidates, excluded=excluded)
                if pronoun and last is not None and entity is not None and entity is not last[1] \
                        and attribution.cue in self.lang.sets.CONTINUING_CUES and attribution.how in ("after", "incise") \
                        and normalize(target) not in self.lang.sets.LATEST_MENTIONED \
                        and all(e is not entity for _, e in speakers) and self._agrees(last[1], target) \
                        and self._named_after_in_sentence(entity, min(last[0], speakers[-1][0])) \
                        and fold(entity.name) not in fold(last[1].name):
                    # `« … », a souligné X, président de Y qui lutte contre … « … », a-t-il poursuivi`, `Selon lui, Y
                    # fait partie des « … ». « … », a-t-il ajouté`: who goes on is who spoke, not somebody named in the
                    # description of them or in their words, who never spoke (`speakers` grows with `last`: its last
                    # entry is where that speaker was named)
                    entity = last[1]
                if (pronoun or description) and entity is not None and entity.kind == "person" and " " in entity.name \
                        and entity.name[:1].isupper():
                    own_words = self._own_words(span)
                    if pronoun and self._addressed(entity, own_words):  # `« … Tu m'entends, Christophe ? », lance-t-il`
                        entity = self.resolver.resolve(target, attribution.mention_start, candidates,
                                                       excluded=(entity,)) or entity
                    elif self._names_in_third_person(entity, own_words):
                        # (a description too: `« Comment va X ? », a interrogé l'ancien candidat`, not X)
                        entity = self._other_than_named(entity, target, attribution.mention_start, span, candidates,
                                                        speakers)
                # (a person's name or description, most speakers, is neither of the next two: not asked)
                if entity is not None and entity.kind != "person" and self.resolver.only_a_kind_of_body(entity, target):
                    entity = self._body_named_with_its_kind(target, attribution.mention_start) or entity
                if entity is not None and last is not None and entity.kind == "person" and entity is not last[1] \
                        and all(last[1] is not e for e in excluded) and not turn \
                        and not self._name_apposed(attribution.mention_start + len(target)) \
                        and (attribution.cue in self.lang.sets.CONTINUING_CUES
                             or self._only_person_speaking(speakers, last, attribution.mention_start, len(target))
                             or self.resolver.named_just_before(attribution.mention_start) is last[1]) \
                        and self.resolver.may_describe(entity, target, last[1]):
                    # `« … », a ajouté la ministre de la Transition écologique`: who just spoke; `« … », a expliqué le
                    # ministre des Comptes publics`, after X alone has spoken: X
                    entity = last[1]
                elif entity is not None and last is not None and attribution.cue in self.lang.sets.CONTINUING_CUES \
                        and not turn and self._describes_the_same(entity, target, last[1]):
                    entity = last[1]  # `« … », se lamente la jeune femme. « … », poursuit l'étudiante`: the same one
                elif entity is not None and description and attribution.how == "after" and entity.kind == "person" \
                        and all(e is not entity for _, e in candidates) \
                        and (named := self._named_before_colon(span)) is not None and named is not entity \
                        and self.resolver.may_describe(entity, target, named):
                    entity = named  # `X a répondu à Y : « … », a écrit la productrice`: X, who brought the words in
                elif entity is not None and entity.kind == "person" \
                        and (titled := self._described_title_person(entity, target, attribution.mention_start, person_spoke)) \
                        is not None \
                        and not self._names_in_third_person(titled, self._own_words(span)):
                    entity = titled  # `Cédric X …` for a title, then `« … », a déclaré le secrétaire d'État`: X
                if entity is not None and entity.kind == "organisation" \
                        and self._one_word_speaking_as_one(entity, target, span, attribution):
                    entity.kind = "person"  # `« Pour moi, ce disque … », glisse Miossec`: a person known by one name
                told = entity is not None and pronoun and self._told_to(entity, attribution.mention_start)
                if entity is not None and pronoun and normalize(target) not in self.lang.IMPERSONAL_PRONOUNS and (
                        self._a_thing(entity) or told
                        or (self._a_body_s_name(entity) and self._in_first_person_singular(span))
                        or (((entity.kind == "organisation" and entity.name[:1].islower()) or self._a_body_s_name(entity))
                            and self._person_opens_sentence_before(target, attribution.mention_start, entity, speakers))):
                    # `Le bilan affirme … Une étudiante a dit s'inquiéter. « … », a-t-elle confié (à l'AFP)`: the
                    # person the sentence just before is about, not a thing given words earlier nor the medium told
                    # (`« … », s'amuse-t-il dans Le Parisien`: whom else the pronoun may mean)
                    entity = self._person_subject_before(target, attribution.mention_start) or (
                        (self._a_medium(entity) or told)
                        and self.resolver.resolve(target, attribution.mention_start, candidates, excluded=(entity,))) \
                        or entity
                # (a personal pronoun that may point back past the names before it, not `on` nor `ce dernier`)
                pointing_back = entity is not None and pronoun and normalize(target) not in self.lang.IMPERSONAL_PRONOUNS \
                    and normalize(target) not in self.lang.sets.LATEST_MENTIONED
                if pointing_back \
                        and (described := self._described_speaker_before(target, attribution.mention_start, entity, candidates)):
                    entity = described  # `La ministre a répondu à X. « … », a-t-elle déclaré`: the minister, not X
                elif pointing_back \
                        and all(e is not entity for _, e in candidates) and self._named_only_obliquely(entity, span) \
                        and (subject := self._described_subject_before(target, span, entity, candidates)) is not None:
                    # `le roi des forains a annoncé sur le plateau de X qu'il … « … », a-t-il lâché`: the description
                    # the sentence is about, not a name after a preposition
                    entity = subject
                elif pointing_back \
                        and (introduced := self._introduced_just_before(target, attribution.mention_start, entity, speakers)):
                    entity = introduced  # `X a lancé un appel. Un proche se montre confiant. « … », assure-t-il`
                if entity is not None and (self._relaying(entity, attribution, span) or self._a_medium(entity) or (
                        entity.kind == "organisation" and not pronoun and self.resolver.names_a_document(target)
                        and fold(entity.name) not in fold(target))
                                           or (kind == "indirect" and entity.kind == "organisation" and self._tells_of_a_person(span))):
                    # (a body that spoke through its document, a medium that wrote, a body telling what a person did
                    # or said, `X a suggéré à Y de …, a affirmé le Post`: not whom a later `il` means)
                    relays.add(id(entity))
                if pronoun and attribution.cue in self.lang.sets.READING_CUES and normalize(target) in self.lang.IMPERSONAL_PRONOUNS \
                        and self._read_nowhere_told(attribution):
                    entity = self._author_before(attribution.mention_start, speakers, relays) or entity
                elif entity is None and pronoun and normalize(target) not in self.lang.IMPERSONAL_PRONOUNS:  # `L'association X … Elle juge`
                    # (the sentence before tells who spoke: its speech verb's subject first, `X a été mis en examen pour
                    # « … », a annoncé le parquet. « … », ajoute-t-il`, then its opening subject)
                    subjects = [*self._speaking_subject_before(attribution.mention_start, speakers),
                                *self._sentence_subjects(attribution.mention_start)]
                    entity = (self.resolver.resolve(target, attribution.mention_start, subjects)
                              or self.resolver.resolve(target, attribution.mention_start, candidates, guessed=True)
                              or self._title_person_agreeing(target, attribution.mention_start)
                              or self._named_later(target, attribution.mention_start, speakers))
                if entity is not None and not self.resolver.names_the_same_source(target):
                    # (`selon cette source`: its noun tells nothing of the one it points back to)
                    said[id(entity)].append((attribution.mention, attribution.agreement))
            elif n in repeats:  # its words' speaker, else (said further on) who the text opens with
                entity = entities[repeats[n]] if repeats[n] < n else self._introduced_after(span)
            elif last is not None and (kind == "direct" or (attribution and attribution.cue)) \
                    and not self.attributor.is_heading(span):
                # (too far from the last speaker: whom the sentence right before introduces)
                entity = self._named_by_its_words_after(span) or self._asked_before(span) \
                    or self._answer(span, last, quotes[:n], speakers) \
                    or self._continued(span, quotes[n], last, speakers, subjects_quoted) or self._introduced_before(span)
            elif last is None and kind == "direct" and not self.attributor.is_heading(span):
                entity = self._named_by_its_words_after(span) or self._asked_before(span) \
                    or self._introduced_before(span) or self._introduced_after(span) or self._voice_of_title(span)
            if span.depth == 0:
                outer_entity, outer_span = entity, span
            if span.depth == 0 and entity is not None and attribution and attribution.how == "subject":
                # attributed by its sentence's subject alone: no speaker; but a speaker of before who is that
                # subject has the floor again (`L'économiste n'épargne pas X, dont l'action « … ». « … »`)
                if attribution.mention_start is not None and any(e is entity for _, e in speakers):
                    subjects_quoted.append((attribution.mention_start, entity))
            elif span.depth == 0 and entity is not None and not (attribution and (
                    attribution.how == "relative_participle" or self._subject_of_relative(attribution, kind))):
                # (a quotation nested in another makes no speaker; nor one of somebody a relative clause brings in,
                # `X a évoqué une enseignante qui lui disait « … »`, `les milices que Y qualifie de « … »`: X keeps
                # the floor)
                position = attribution.mention_start if attribution and attribution.mention_start else span.start
                speakers.append((position, entity))
                person_spoke = person_spoke or entity.kind == "person"
                last = (span.end, entity)
            entities[n] = entity
        for n, m in repeats.items():
            entities[n] = entities[n] or entities[m]
        for n, (span, _, kind) in enumerate(kept):
            if entities[n] is None and kind == "direct" and span.depth == 0 and self.attributor.is_heading(span):
                # `- « Un incident du Moyen-Âge » -` repeating no words said after it: the words of the section it tops,
                # its first quotation's speaker
                entities[n] = next((entities[m] for m in range(n + 1, len(kept)) if kept[m][0].depth == 0
                                    and kept[m][2] == "direct" and not self.attributor.is_heading(kept[m][0])), None)
        for entity in {id(e): e for e in entities if e is not None}.values():
            if (full := self._title_full_name(entity)) is not None:
                entity.lengthen(full)  # `la jeune Nadia` under a title naming `Nadia X`
        for quote, entity in zip(quotes, entities):
            if entity is not None:
                quote.speaker, quote.speaker_kind = entity.name, entity.kind
                quote.aliases = list(entity.aliases)
        self._genders(quotes, entities, said)
        return quotes

    def _genders(self, quotes: list[Quote], entities: list[Entity | None], said: dict[int, list]) -> None:
        """Each person speaker's gender, from the evidence of the article (`quotes.gender`); a speaker the
        parser took for a body or a group is a person when a civil title or a gendered role says so."""
        found: dict[int, tuple[str | None, str | None, dict]] = {}
        roles: dict[int, list[str | None]] = defaultdict(list)
        for quote, entity in zip(quotes, entities):
            roles[id(entity)].append(quote.role)
        for entity in entities:
            if entity is None or id(entity) in found:
                continue
            if entity.kind != "person" and entity.number != "sg":
                found[id(entity)] = (entity.kind, None, {})  # a group: no gender
                continue
            mentions = [mention for mention, _ in said.get(id(entity), ())]
            agreements = [agreement for _, agreement in said.get(id(entity), ())]
            agreements.append(entity.agreement)  # a participle agreeing with the name (`Invité …, Dominique X`: a man)
            evidence = article_evidence(self.lang, entity.name, mentions, entity.aliases, roles[id(entity)], agreements)
            kind = entity.kind
            if kind != "person":  # a body's name shaped like a person's may be one
                shaped = kind == "organisation" and self._shaped_like_a_persons_name(entity)
                if shows_a_person(self.lang, evidence, mentions, entity.name, kind != "organisation" or shaped) \
                        or (shaped and (self._named_like_a_person(entity, mentions) or self._affiliated(entity))):
                    kind = "person"
            gender = decide(evidence) if kind == "person" else None
            found[id(entity)] = (kind, gender, dict(evidence) if gender else {})  # one dict for all its quotes
        for quote, entity in zip(quotes, entities):
            if entity is not None:
                quote.speaker_kind, quote.speaker_gender, quote.gender_evidence = found[id(entity)]

    def _a_body_s_name(self, entity: Entity) -> bool:
        """A body known by its name (`Mediapart`, `Amnesty international`), not by a description (`une urgentiste
        de l'hôpital`, maybe a person's), a name shaped like a person's nor a first name alone (`Hassan`)."""
        return entity.kind == "organisation" and entity.name[:1].isupper() and not self._shaped_like_a_persons_name(entity) \
            and not (" " not in entity.name and first_name_gender(entity.name))

    def _shaped_like_a_persons_name(self, entity: Entity) -> bool:
        """Two or three capitalised words, none in capitals nor a country's or a city's name that first names
        spell (`Arjun Tevar`, not `SOS Racisme`, `Amnesty international` nor `Ouest France`), that no determiner or
        description names as a body (`l'agence X`, `Le Point`)."""
        words = [w.partition("-")[2] if w.partition("-")[0] in self.lang.NAME_PARTICLES else w  # `al-Sibai`
                 for w in entity.name.split()]
        if not 2 <= len(words) <= MAX_PERSON_NAME_WORDS or not all(w[:1].isupper() and not w.isupper() for w in words) \
                or normalize(words[-1]) in self.lang.sets.PLACE_FIRST_NAMES:
            return False
        return not self._named_with_an_article(entity)

    def _named_with_an_article(self, entity: Entity) -> bool:
        """The text names the entity with an article (`Le Parisien`, `l'hôpital`, `la firme X`)."""
        return any(normalize(a).replace("'", "' ").split()[0] in self.lang.DETERMINERS
                   for a in (entity.name, *entity.aliases) if a and a.strip())

    def _affiliated(self, entity: Entity) -> bool:
        """`Sereine Roux (LREM)`: a name the text follows with a bracketed acronym other than its own initials,
        the party or body its bearer belongs to (not `Médecins sans frontières (MSF)`)."""
        at = self.text.find(entity.name + " (")
        found = BRACKETED_ACRONYM.match(self.text, at + len(entity.name) + 1) if at >= 0 else None
        return found is not None and found.group()[1:-1] != initials(entity.name) and not self.resolver.surely_a_body(entity)

    def _named_like_a_person(self, entity: Entity, mentions: list[str | None]) -> bool:
        """`« … », a déclaré Arjun Tevar. … « … », a-t-il ajouté`: a body's name shaped like a person's (no first
        name known in it: a body, the parser guessed), named at a cue and meant at another by a pronoun of one
        gender, is a person's, unless a description names it a body."""
        named = fold(entity.name)
        if not any(m and fold(m) == named for m in mentions):
            return False
        readings = [self.lang.PRONOUNS.get(normalize(m), (None, None)) for m in mentions if m]
        gendered = any(gender and number == "sg" for gender, number in readings)
        return gendered and not self.resolver.surely_a_body(entity)

    def _nested_speaker(self, span: Span, outer: Span | None, outer_entity: Entity | None, speakers) -> Entity | None:
        """`« Beaucoup de Français se disent : 'X …' », rapporte Y`, `« La chirurgienne m'a dit 'les infirmières …' »`,
        `« Il a fait un deal avec moi : '…' »`: words quoted inside a quotation right after a speech verb of its own
        (a colon or a few words between) are its subject's, somebody the speaker tells of: named, described, or a
        pronoun of another than the speaker (not `je leur ai dit`: the speaker's own words)."""
        doc = self.doc
        if outer is None:
            return None
        opening = doc.index_at(span.outer_start)
        with doc.read_inside(doc.index_at(outer.start), doc.index_at(outer.end)):
            attribution = self.attributor.attribute(span)
            if attribution is not None and attribution.how == "after":
                # `« … au guide qui lui répond 'non merci', raconte X »`: a cue right before the words is theirs,
                # the incise after them may be the whole quotation's
                before = self.attributor.last_cue(doc.sentence(opening)[0], opening, past_quotes=True)
                if before is not None and before.end is not None and opening - before.end <= 1:
                    attribution = before
        if attribution is None or not attribution.mention or attribution.mention_start is None \
                or not outer.start <= attribution.mention_start < outer.end:
            return None
        if not (doc.words[opening - 1] == ":" and attribution.how in ("before", "framed", "colon")) and not (
                attribution.how == "before" and attribution.end is not None and opening - attribution.end <= 1):
            return None  # (a cue right before the words, or a colon after its clause: `m'a dit un jour : '…'`)
        if attribution.end is not None and attribution.mention_start >= doc.starts[attribution.end - 1]:
            return None  # `« …, s'est souvenu l'animateur, du genre : '…' »`: the reporter's incise, the speaker's own
        if attribution.end is not None \
                and any(doc.cue(k) is not None for k in doc.cue_starts(attribution.end, opening - 1)):
            return None  # `« Il m'a demandé … et j'ai dit : '…' »`: a nearer speech verb, the speaker's own (`je`)
        lo = doc.index_at(attribution.mention_start)
        hi = doc.index_at(attribution.mention_start + len(attribution.mention))
        mention, start = attribution.mention, attribution.mention_start
        if doc.words[lo] in self.lang.FIRST_PERSON_SINGULAR:  # `j'ai entendu des gens qui criaient : '…'`
            lo = next((k for k in range(hi - 1, lo, -1) if doc.words[k] in self.lang.DETERMINERS), hi)
            if lo >= hi:
                return None
            mention, start = doc.phrase(lo, hi), doc.starts[lo]
        lexicon = self.attributor.lex
        if any(w in self.lang.FIRST_PERSON_SINGULAR or w in lexicon.auxiliary_forms or w in lexicon.modal_forms
               for w in doc.words[lo:hi]):
            return None  # `the other thing I always say is '…'`, `X should have said '…'`: no subject read whole
        phrases = self.attributor.phrases
        if doc.words[lo] in self.lang.PRONOUNS and hi - lo == 1:
            if normalize(mention) in self.lang.IMPERSONAL_PRONOUNS:
                return None
            # `Il me disait '…'`: somebody else the story tells of, not the one telling it
            entity = self.resolver.resolve(mention, start, speakers, excluded=(outer_entity,) if outer_entity else ())
            return entity if entity is not None and entity.kind == "person" and entity is not outer_entity else None
        if not (phrases.names_somebody(lo, hi) or phrases.starts_with_person(lo) or (
                (doc.words[lo] in self.lang.DETERMINERS or doc.words[lo] in self.lang.INDEFINITE_PLURAL_SUBJECTS)
                and lo + 1 < hi and doc.texts[lo + 1].isalpha())):
            return None  # a clause, no subject (`des personnes mal intentionnées`: a noun of whoever, not a thing's)
        # (a description there is somebody the speaker tells of: `la contrôleuse qui me demandait`, not the speaker)
        entity = self.resolver.resolve(mention, start, speakers, excluded=(outer_entity,) if outer_entity else ())
        return None if entity is None or self._a_thing(entity) else entity

    def _another_turn(self, span: Span, attribution: Attribution) -> bool:
        """The words tell the speaker is not who spoke just before: a reply to them (`lui a rétorqué le ministre`; not
        `a répondu le député`, maybe to a journalist), words addressed to somebody (`le journaliste lui demande :`),
        somebody's turn (`a quant à lui souligné le chef`)."""
        between = normalize(self.text[span.outer_end : attribution.mention_start])  # (empty for a cue before the marks)
        addressees = self.lang.derived(_addressee_pronouns)
        if attribution.how == "before" and attribution.end is not None and attribution.mention_start < span.start:
            # `Le journaliste lui demande : « … »`: words addressed to somebody, the one who spoke just before
            verb = self.doc.starts[attribution.end - 1]
            before_verb = normalize(self.text[attribution.mention_start + len(attribution.mention) : verb])
            words = before_verb.replace("'", "' ").split()
            if "," not in before_verb and len(words) <= MAX_ADDRESSEE_WORDS and not addressees.isdisjoint(words):
                return True  # (not `L'artiste, qui a reçu des messages lui demandant …, a révélé`: a clause's)
        return any(phrase in between for phrase in self.lang.TURN_ADVERBS) or (
            attribution.cue in self.lang.sets.REPLYING_CUES and not addressees.isdisjoint(between.replace("'", "' ").split()))

    def _describes_the_same(self, entity: Entity, mention: str, last: Entity) -> bool:
        """Two descriptions of one person each (`la jeune femme`, then `l'étudiante`: a definite one, not `une
        infirmière`, somebody new, nor one a name ends) of one gender: who went on speaking may be the one who spoke."""
        if all(word[:1].isupper() for word in mention.split()[-2:]):
            return False  # `la vice-présidente de l'Assemblée Cendra X`: the name of whom it describes ends it
        first = mention.split(None, 1)[0].lower().replace("’", "'")  # (`normalize`'s cache is for words)
        return entity is not last and entity.kind == last.kind == "person" and entity.name[:1].islower() \
            and last.name[:1].islower() and entity.number == last.number == "sg" \
            and entity.gender is not None and entity.gender == last.gender \
            and first[: first.find("'") + 1 or None] in self.lang.sets.DEFINITE

    def _name_apposed(self, end: int) -> bool:
        """A person's name in apposition to the mention ending at `end` (`le président du club, Paul X`, `le président
        du syndicat (SMB), Paul X`): who it describes, nobody who spoke before."""
        clause = APPOSED_NAME_CLAUSE.match(self.text, end, end + MAX_APPOSED_NAME_GAP)
        return clause is not None and first_name_gender(clause.group(1)) is not None

    def _only_person_speaking(self, speakers: list[tuple[int, Entity]], last: tuple[int, Entity], start: int,
                              length: int) -> bool:
        """The last speaker is the only person who has spoken so far, and no other is named from their words to the
        mention at `start` (`sa tante Marine Le Pen …, a déclaré la présidente du RN`) or right after it (`par le
        ministre de la Santé, Olivier Véran`); one named inside it (`le frère de Paul X`) is another person."""
        person, apposed = last[1], start + length + 2
        return all(entity is person for _, entity in speakers if entity.kind == "person") \
            and not any((last[0] <= p < start or p == apposed) and entity is not person and entity.kind == "person"
                        for p, entity in self.resolver.people)

    def _title_person_agreeing(self, pronoun: str, position: int) -> Entity | None:
        """`Paul X publie une photo` for a title, then `obligeant l'ancien député à réagir : « … », s'est-il justifié`
        with nobody named before: the title's leading person, if the pronoun agrees with them."""
        leader = self._title_leading_person()
        if leader is None or " " not in leader.name or not is_only_first_name(leader.name.split(" ", 1)[0]) \
                or " " in pronoun or normalize(pronoun) in self.lang.sets.LATEST_MENTIONED \
                or any(p < position and e.kind == "person" for p, e in self.resolver.people):
            # (a full name of a sure first name: not `le sous-marin Perle`; nor `celui-ci`, the last thing told, nor
            # `celui qui fut secrétaire général`, whom its relative describes)
            return None
        gender, number = self.lang.PRONOUNS.get(normalize(pronoun), (None, None))
        if number != "sg" or gender is None or first_name_gender(leader.name.split(" ", 1)[0]) != gender:
            return None  # (one person of the pronoun's gender by the first name: not `la femme de X témoigne`, `elle`)
        return self.resolver.resolve(leader.name, position, [])

    def _named_later(self, pronoun: str, position: int, speakers) -> Entity | None:
        """`Elle n'hésite pas … a-t-elle confié. … Florence Foresti annonce`: a pronoun before anybody is
        named or has spoken means the first person the article names after it as a subject, of its gender."""
        people = self.resolver.people
        if speakers or any(p < position for p, _ in people):
            return None
        return next((e for p, e in people if self._agrees(e, pronoun) and self.resolver.place(p) == "subject"), None) \
            or self._described_in_next_sentence(pronoun, position)

    def _described_in_next_sentence(self, pronoun: str, position: int) -> Entity | None:
        """`Il s'est introduit … en criant « … ». Un adolescent de 15 ans …`: with nobody named, the person the
        description opening the next sentence gives, of the pronoun's gender."""
        doc, phrases = self.doc, self.attributor.phrases
        _, end = doc.sentence(doc.index_at(position))
        if end >= doc.size or doc.quoted[end]:
            return None
        subject = phrases.opening_phrase(*doc.sentence(end))
        if subject is None or doc.words[subject[1]] in self.lang.PRONOUNS:
            return None
        start, head = doc.starts[subject[1]], doc.phrase(subject[1], phrases.head_end(subject[1], subject[2]))
        if not self._a_person_s_description(head, start, peek=True) \
                or (guess := self.resolver.peek(subject[0], start, [])) is None or not self._agrees(guess, pronoun):
            return None  # (a guess that ties nothing: the description is read for good only when it is the one meant)
        return self.resolver.resolve(subject[0], start, [])

    def _told_to(self, entity: Entity, position: int) -> bool:
        """The entity is named right after the cue at `position` as whom the words were told (`confié à l'AFP`,
        `à l'AFP.Un total …` where a paragraph break was lost)."""
        # (lower case, not `normalize`: its cache is for words, not for stretches of text)
        words = words_of(self.text[position : position + TOLD_TO_CHARS].lower())
        name = words_of(entity.name.lower())
        if len(name) > 1 and name[0] in self.lang.DEFINITE:
            name = name[1:]  # `Le Figaro` told `au Figaro`
        for n, word in enumerate(words[:-1]):
            if word in self.lang.sets.PLACE_OF_SPEAKER:
                rest = words[n + 1 :]
                if rest and (rest[0] + "'" in self.lang.DETERMINERS or rest[0] in self.lang.DETERMINERS):
                    rest = rest[1:]  # `l'`, `le`
                # (or a medium, spoken in: `Selon le quotidien, … « … », indique-t-il dans le journal`: not the paper)
                return bool(name) and (rest[: len(name)] == name or (self._a_medium(entity) and bool(rest) and (
                    rest[0] in self.lang.sets.MEDIUM_NOUNS or self._capitalised_after(position, rest[0]))))
        return False

    def _named_after_in_sentence(self, entity: Entity, position: int) -> bool:
        """The entity is named after `position` in the sentence holding it, not in apposition (`X, président de Y qui
        …`: Y, after X)."""
        end = self.doc.ends[self.doc.sentence(self.doc.index_at(position))[1] - 1]
        # (not a name set off by commas after the description, `le président du comité, Y,`: the speaker's own name)
        return any(position < p < end and self.text[p - 2 : p] != ", " for p, e in self.resolver.people if e is entity)

    def _agrees(self, entity: Entity, pronoun: str) -> bool:
        """The entity may be what the pronoun stands for: its gender and number, where known, the pronoun's."""
        gender, number = self.lang.PRONOUNS.get(normalize(pronoun), (None, None))
        return (not gender or not entity.gender or entity.gender == gender) and (not number or entity.number == number)

    def _relaying(self, entity: Entity, attribution: Attribution, span: Span) -> bool:
        """`« … », rapporte Le Parisien`: a relaying cue's speaker passes on others' words, unless a person tells their
        own story or what no person named did (`« … », relate X, directeur de Y`)."""
        return attribution.cue in self.lang.sets.RELAYING_CUES and not self._own_story(entity, span) \
            and (entity.kind != "person" or self._tells_of_a_person(span))

    def _own_story(self, entity: Entity, span: Span) -> bool:
        """`« Quand j'étais jeune, … », révèle l'ancienne chroniqueuse`: a person telling her own story in the first
        person singular, not relaying somebody's words."""
        return entity.kind == "person" and self._in_first_person_singular(span)

    def _tells_of_a_person(self, span: Span) -> bool:
        """The reported words have a person named for a clause's subject (`X a suggéré à Y de …`)."""
        return any(span.start <= p < span.end and e.kind == "person" and self.resolver.place(p) == "subject"
                   for p, e in self.resolver.people)

    def _a_medium(self, entity: Entity) -> bool:
        """A body known by a description of a medium (`le quotidien`, `le quotidien régional`)."""
        found = self._media.get(entity.name)  # (asked of every attributed quotation's speaker: read once a name)
        if found is None:
            words = normalize(entity.name).replace("'", "' ").split()
            found = self._media[entity.name] = \
                len(words) >= 2 and words[0] in self.lang.DETERMINERS and words[1] in self.lang.sets.MEDIUM_NOUNS
        return found

    def _capitalised_after(self, position: int, word: str) -> bool:
        """The word (folded), found after `position` in the text, is written with a capital there: a name."""
        window = self.text[position : position + TOLD_TO_CHARS]
        at = window.lower().find(word) if word else -1
        return at >= 0 and window[at].isupper()

    def _a_thing(self, entity: Entity) -> bool:
        """An entity known only by a description that names no person, body or group (`le livre`, `le bilan`;
        not `la cantatrice`, `sa famille`, `un de ses proches`)."""
        if entity.kind == "person" or not entity.name[:1].islower() or normalize(entity.name).startswith(self.lang.ONE_OF):
            return False
        lang = self.lang
        return not any(w in lang.sets.ORGANISATION_NOUNS or w in lang.sets.BODY_KIND_NOUNS or w in lang.sets.SOURCE_PEOPLE
                       or w in lang.sets.COLLECTIVE_NOUNS or w in lang.ROLE_NOUNS or person_noun_gender(lang, w) is not None
                       or w in lang.sets.GROUP_NOUNS or w + "s" in lang.sets.GROUP_NOUNS  # `sa famille`: one of `familles`
                       or (w[-1:] == "s" and person_noun_gender(lang, w[:-1]) is not None)  # `des amis`: people
                       for w in normalize(entity.name).replace("'", "' ").split())

    def _one_word_speaking_as_one(self, entity: Entity, mention: str, span: Span, attribution: Attribution) -> bool:
        """A body's name of one capitalised word, not in capitals, named bare (no article: not `le Pentagone`) as
        the subject of a speech verb (not `selon X`, not a medium relaying), whose quotation speaks of its
        speaker in the first person singular (FIRST_PERSON_SINGULAR): a person known by one name."""
        cue = attribution.cue or ""
        if mention != entity.name or not cue[:1].isalpha() or cue in self.lang.RELAYING_CUES or cue in self.lang.ACCORDING_TO:
            return False  # (not `Réponse : « … »`: a colon is no speech verb)
        return self._one_word_in_first_person(entity, span)

    def _one_word_in_first_person(self, entity: Entity, span: Span) -> bool:
        """A name of one capitalised word, not in capitals, whose quotation speaks of its speaker in the first person
        singular: a person known by one name."""
        name = entity.name
        return " " not in name and not name.isupper() and name[:1].isupper() and self._in_first_person_singular(span)

    def _in_first_person_singular(self, span: Span) -> bool:
        """The quotation's speaker speaks of themself in the first person singular."""
        return self.resolver.in_first_person_singular(span.start, span.end)

    def _body_named_with_its_kind(self, description: str, position: int) -> Entity | None:
        """`L'association Moraine suit les glaciers. … « … », affirme l'association`: a description of a kind of
        body that no body which spoke before answers is the body the text last named with that noun (its
        adjectives between: `le groupe chimique Dow`) or that opens its name, up to its acronym (`l'Agence
        spatiale européenne (ESA)`), outside quotations."""
        doc = self.doc
        kind = normalize(description.replace("’", "'").replace("'", "' ").split()[1])  # `le groupe (pharmaceutique)`
        for j in range(doc.index_at(position) - 1, 0, -1):
            if doc.words[j] != kind or doc.quoted[j] \
                    or not (doc.words[j - 1] in self.lang.DETERMINERS or doc.words[j - 1] in self.lang.OF):
                continue
            k = j + 1
            if doc.texts[j][:1].isupper():
                k = j  # `l'Organisation mondiale de la santé`: the noun opens the name
            while k < min(doc.size, j + 1 + MAX_KIND_ADJECTIVES) and doc.texts[k].isalpha() and doc.texts[k].islower() \
                    and doc.words[k] not in self.lang.OF:
                k += 1  # `chimique`, `féministe`
            if k < doc.size and doc.texts[k][:1].isupper() and not doc.quoted[k]:
                found = self.attributor.phrases.noun_phrase(k)
                if found and k == j and not self._before_acronym(found[1]):
                    continue  # `l'Observatoire fondé il y a 25 ans`: where the name ends, only its acronym tells
                body = self.resolver.resolve(found[0], doc.starts[k], []) if found else None
                if body is not None and body.kind == "organisation" and body.name[:1].isupper():
                    body.add_alias(description)
                    return body
        return None

    def _before_acronym(self, k: int) -> bool:
        """The phrase ending before token k is closed by an acronym in brackets (`… (OMS)`), or ends with one."""
        doc = self.doc
        return doc.texts[k - 1] == ")" or (k + 2 < doc.size and doc.texts[k] == "(" and doc.texts[k + 1].isupper())

    def _sentence_before(self, position: int) -> tuple[int, int] | None:
        """The token range of the sentence before the one holding `position`, if any."""
        lo, _ = self.doc.sentence(self.doc.index_at(position))
        return self.doc.sentence(lo - 1) if lo else None

    def _described_speaker_before(self, pronoun: str, position: int, entity: Entity,
                                  candidates: list[tuple[int, Entity]]) -> Entity | None:
        """The person a description names as the subject of the speech verb of the sentence just before the one at
        `position` (with none there, of that sentence when the one the pronoun was about to mean follows `à`: `X s'en
        est pris à Y`), when the pronoun agrees with them and was about to mean somebody else (a description is no
        name the pronoun's search sees)."""
        doc = self.doc
        if (sentence := self._sentence_before(position)) is None:
            return None
        before, end = sentence
        first, last = doc.starts[before], doc.starts[end - 1]
        # where it names the one the pronoun was about to mean, not as its subject (`a répondu à X`, `a déploré que X
        # refuse`); else the description may well be theirs (`X a … La maire a …`)
        named = [p for p, e in self.resolver.named_between(first, last) if e is entity and self.resolver.place(p) != "subject"]
        if not named or any(p == spoke and e is entity for p in named for spoke, e in candidates):
            # (nor where they spoke, named by their cue: `« … », s'est défendu X alors que le journaliste rappelait …`)
            return None
        phrases = self.attributor.phrases
        cue = self.attributor.last_cue(before, end)
        if cue is None:  # `X s'en est pris à Y.`: the subject of a sentence with no speech verb
            subject = phrases.clause_subject(before, end)
            if subject is None:
                return None
            mention, mention_start = subject[:2]
            verb = mention_start + len(mention)
            if not any(doc.words[doc.index_at(p) - 1] in self.lang.TO for p in named):
                return None  # (the one the pronoun was about to mean its object: `s'en est pris à X`)
        elif cue.mention and cue.mention_start is not None:
            mention, mention_start = cue.mention, cue.mention_start
            verb = doc.starts[cue.end - 1] if cue.end is not None else cue.mention_start
        else:
            return None
        if normalize(mention) in self.lang.PRONOUNS:
            return None
        start, stop = doc.index_at(mention_start), doc.index_at(mention_start + len(mention))
        if not phrases.opens_with_role(start, phrases.head_end(start, stop)):
            return None  # (its head a person's role: not `la rémunération du professeur`)
        if all(mention_start <= p < verb for p in named):
            return None  # named between the description and its verb: `La manifestante, identifiée comme X, a …`
        if self._person_agreeing(pronoun, mention, mention_start, candidates, excluded=(entity,)) is None:
            return None
        return self.resolver.resolve(mention, mention_start, candidates, excluded=(entity,))

    def _introduced_just_before(self, pronoun: str, position: int, entity: Entity,
                               speakers: list[tuple[int, Entity]]) -> Entity | None:
        """The person an indefinite description brings in as the subject of the sentence just before the one at
        `position` (`Un proche se montre confiant.`), when the pronoun agrees with them and neither sentence names
        anybody before it: somebody new, whom the next sentence goes on about (not somebody a modal makes no one
        in particular: `un juge doit examiner …`)."""
        doc, phrases = self.doc, self.attributor.phrases
        if (sentence := self._sentence_before(position)) is None:
            return None
        first, hi = sentence
        indefinite, words = self.lang.sets.INDEFINITE_ARTICLES, doc.words[first:hi]
        if indefinite.isdisjoint(words) \
                or not any(w in indefinite and phrases.describes_a_person_at(i) for i, w in enumerate(words, first)) \
                or (subject := phrases.clause_subject(first, hi)) is None \
                or doc.words[k := doc.index_at(subject[1])] not in indefinite or not phrases.describes_a_person_at(k):
            return None  # (most sentences: no such subject, and nothing is resolved)
        found = next(self._sentence_subjects(position, peek=True), None)
        if found is None or found[0] != subject[1] or found[1] is entity or not self._agrees(found[1], pronoun) \
                or normalize(found[1].name).split(" ", 1)[0] not in self.lang.INDEFINITE_ARTICLES:
            return None  # (`A Treasury spokesman`: the Treasury's words)
        phrase = phrases.noun_phrase(k, hi)
        if phrase is None or phrase[1] + 1 >= hi \
                or doc.words[phrase[1]] in doc.lexicon.modal_forms or not doc.words[phrase[1]][:1].isalpha() \
                or any(w in self.lang.sets.OBJECT_CLITICS for w in doc.words[phrase[1] : phrase[1] + 2]) \
                or self.resolver.named_between(doc.starts[first], found[0]) \
                or any(doc.starts[first] <= p < found[0] for p, _ in speakers) \
                or any(e.kind == "person" for _, e in self.resolver.named_between(found[0], position)):
            # (`Selon X, une étudiante de 19 ans, …`: X's apposition; `Une amie lui rend visite`: she is a visitor
            # in a story of whom the pronoun went on meaning)
            return None
        return self.resolver.resolve(phrase[0], found[0], [])

    def _person_agreeing(self, pronoun: str, mention: str, start: int, candidates: list[tuple[int, Entity]],
                         excluded: tuple[Entity, ...] = ()) -> Entity | None:
        """Whom the description at `start` names, read without tying anything, if a person of the pronoun's gender
        and number."""
        described = self.resolver.peek(mention, start, candidates, excluded=excluded)
        gender, number = self.lang.PRONOUNS.get(normalize(pronoun), (None, None))
        if described is None or described.kind != "person" or described.number != number or described.gender != gender:
            return None
        return described

    def _interviewee(self, span: Span) -> Entity | None:
        """Whose an interview's answers are: the person the title is about, else the person the text's first
        sentence is about (`L'artiste, qui a sorti …, participe …`), else the first person it names before the first
        answer (`X, entraîneur, répond aux questions de l'AFP`; not one a question names later), else the name a
        title gives a speech verb by itself (`Le monde d'après : X craint un « génocide »`, a surname alone); read at
        the first answer, kept for the others."""
        if self._answerer is None:
            person = None
            if (titled := self._title_leading_person()) is not None:
                person = next(iter(self._people_named(titled.name)), titled)
            elif (subject := self.attributor.phrases.clause_subject(*self.doc.sentence(0))) is not None \
                    and normalize(subject[0]) not in self.lang.PRONOUNS:
                found = self.resolver.resolve(subject[0], subject[1], [])
                person = found if found is not None and found.kind == "person" else None
            self._answerer = [person or next((e for p, e in self.resolver.people
                                              if p < span.start and e.kind == "person"), None)
                              or self._title_speaker_name() or self._title_source()]
        return self._answerer[0]

    def _title_speaker_name(self) -> Entity | None:
        """The capitalised word opening the title's clause (after its last colon) when a finite speech verb follows it
        (`Le monde d'après : X craint …`): whom the title gives words, known by that name alone."""
        clause = (self.article.title or "").rpartition(":")[2].split()
        if len(clause) < 2 or not clause[0][:1].isupper() or not clause[0].isalpha() \
                or normalize(clause[0]) in self.resolver.patterns.not_name_words:
            return None
        verb = self.attributor.lex.speech_verb(clause[1])
        if verb is None or verb.mood != "finite":
            return None
        named = self.resolver.resolve(clause[0], len(self.text), [])
        if named is not None and named.kind == "organisation":
            named.kind = "person"  # an interviewee, known by one name
        return named

    def _title_source(self) -> Entity | None:
        """The person a title's closing according-phrase names (`Beyrouth : une crise « similaire » à la guerre, selon
        le président de MSF`): whose an interview's answers are when no name says it."""
        title = (self.article.title or "").rstrip(" .!?")
        for phrase in self.lang.ACCORDING_TO:  # (in the language's order: a set's would change from run to run)
            head, found, source = title.rpartition(f", {phrase} ")
            if found and head and len(source.split()) <= MAX_TITLE_WORDS + 2:
                named = self.resolver.resolve(source, len(self.text), [])
                return named if named is not None and named.kind == "person" else None
        return None

    def _named_only_obliquely(self, entity: Entity, span: Span) -> bool:
        """The entity's last mention before the quotation of `span` follows a preposition (`sur le plateau de X`)."""
        last = max((p for p, e in self.resolver.people if e is entity and p < span.start), default=None)
        return last is not None and self.resolver.place(last) == "oblique"

    def _described_subject_before(self, pronoun: str, span: Span, entity: Entity,
                                  candidates: list[tuple[int, Entity]]) -> Entity | None:
        """The person a role's description names as the subject of the sentence holding the quotation's or the one
        before it, when the pronoun agrees with them and was about to mean somebody else."""
        doc, phrases = self.doc, self.attributor.phrases
        opening = doc.index_at(span.outer_start)
        lo, _ = doc.sentence(opening)
        if lo == opening and lo > 0:  # the quotation opens its sentence: the one before
            lo, _ = doc.sentence(lo - 1)
        subject = phrases.clause_subject(lo, opening)
        if subject is None or normalize(subject[0]) in self.lang.PRONOUNS:
            return None
        mention, start = subject[:2]
        first, last = doc.index_at(start), doc.index_at(start + len(mention))
        if not phrases.opens_with_role(first, phrases.head_end(first, last)):
            return None
        described = self._person_agreeing(pronoun, mention, start, candidates)
        if described is None or described is entity:
            return None
        leader = self._title_leading_person()
        if leader is not None and any(e is entity for e in self._people_named(leader.name)):
            return None  # (`les textes de X … l'écrivain a reconnu`: X, whom the title is about, named after a preposition)
        return self.resolver.resolve(mention, start, candidates)

    def _speaking_subject_before(self, position: int, speakers: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
        """The subject of the speech verb closing the sentence just before the one at `position`, resolved: [] or
        one (position, entity)."""
        doc = self.doc
        if (sentence := self._sentence_before(position)) is None:
            return []
        cue = self.attributor.last_cue(*sentence)
        if cue is None or not cue.mention or cue.mention_start is None or normalize(cue.mention) in self.lang.PRONOUNS:
            return []
        phrases = self.attributor.phrases
        start, stop = doc.index_at(cue.mention_start), doc.index_at(cue.mention_start + len(cue.mention))
        if not phrases.could_speak(start, phrases.head_end(start, stop)) or doc.words[stop - 1] in self.lang.sets.OBJECT_CLITICS:
            return []  # (its head nobody: `a raconté sa frayeur`, an object read as an inverted subject; `à Paris l'achèvent`)
        # (who that cue was read for when a quotation of its own is theirs: `« … », a écrit l'artiste`, the title's person)
        entity = next((e for p, e in speakers if p == cue.mention_start), None) \
            or self.resolver.resolve(cue.mention, cue.mention_start, [c for c in speakers if c[0] < cue.mention_start])
        if entity is None or self._a_medium(entity) or (cue.cue in self.lang.sets.RELAYING_CUES and entity.kind != "person"):
            return []  # (`…, raconte le quotidien. Il avait demandé « … »`: the medium told of him; `Elle a raconté …,
            # comme le rapporte X`: a medium relaying her, but `C'est ce qu'a révélé sa femme`: a person, her own news)
        return [(cue.mention_start, entity)]

    def _read_nowhere_told(self, attribution: Attribution) -> bool:
        """`« … », peut-on lire (mercredi)`: the impersonal reading verb after the words, no place they were read in
        told after it (not `pouvait-on lire sur un tract`, `sur lequel on peut lire « … »`)."""
        doc = self.doc
        if attribution.how != "after" or attribution.mention_start is None:
            return False
        k = doc.index_at(attribution.mention_start) + 1
        _, hi = doc.sentence(k - 1)
        prepositions = self.attributor.phrases.prepositions
        while k < hi and doc.words[k] != ",":
            if doc.words[k] in prepositions:
                return False
            k += 1
        return True

    def _author_before(self, position: int, speakers: list[tuple[int, Entity]], relays: set[int]) -> Entity | None:
        """`Le laboratoire a publié un communiqué. « … », peut-on lire`: the words read are the text of whom the
        sentence before is about, its speech verb's subject or its own, when a body or a person named or described
        (not a medium relaying it, `…, comme le rapporte X.`; nor a thing, nor an indefinite description)."""
        sentence = self._sentence_before(position)
        if sentence is None or ((cue := self.attributor.last_cue(*sentence)) is not None
                                and self.attributor.relaying_opener(cue) is not None):
            return None
        subjects = [*self._speaking_subject_before(position, speakers), *islice(self._sentence_subjects(position), 1)]
        return next((e for p, e in subjects if self.doc.index_at(p) >= sentence[0] and not self._a_thing(e)
                     and not self._a_medium(e) and id(e) not in relays
                     and normalize(e.name).split(None, 1)[0] not in self.lang.INDEFINITE_ARTICLES), None)

    def _person_opens_sentence_before(self, pronoun: str, position: int, body: Entity,
                                      speakers: list[tuple[int, Entity]]) -> bool:
        """`X, selon le ministère. Le président du parti refuse … « … », a-t-il martelé`: the subject of the sentence
        right before, after the body last spoke, is a person the pronoun agrees with (asked of a body surely one: not
        of a name shaped like a person's the parser took for a body's)."""
        subject = next(self._sentence_subjects(position, peek=True), None)
        return subject is not None and subject[1].kind == "person" and self._agrees(subject[1], pronoun) \
            and all(p < subject[0] for p, e in speakers if e is body)

    def _person_subject_before(self, pronoun: str, position: int) -> Entity | None:
        """The person subject of the sentences just before `position` that agrees with the pronoun, if any."""
        return next((e for _, e in self._sentence_subjects(position) if e.kind == "person" and self._agrees(e, pronoun)),
                    None)

    def _sentence_subjects(self, position: int, peek: bool = False) -> Iterator[tuple[int, Entity]]:
        """The subjects that name somebody or some body (`L'association X a déposé un recours.`, `En mars,
        le même homme l'avait menacée.`) of the sentences before the one at `position`, the nearest first: who a
        pronoun there may mean when no speaker or person named agrees with it (read one by one: most callers
        want the first that fits)."""
        doc, phrases = self.doc, self.attributor.phrases
        read = self.resolver.peek if peek else self.resolver.resolve  # (`peek`: a guess that ties nothing)
        lo, _ = doc.sentence(doc.index_at(position))
        read_sentences = 0
        while read_sentences < PRONOUN_SENTENCES and lo > 0:
            lo, hi = doc.sentence(lo - 1)
            if not any(w[:1].isalnum() for w in doc.words[lo:hi]) or (
                    hi - lo <= MAX_FRAGMENT_TOKENS and any(e in self.text[doc.ends[hi - 1] - 1 : doc.ends[hi - 1] + 2]
                                                           for e in ELLIPSES)
                    and not any(w in doc.lexicon.verb_forms or w in doc.lexicon.auxiliary_forms for w in doc.words[lo:hi])):
                continue  # `Le début du calvaire…`: a fragment trailing off (or its dots), no sentence a pronoun looks past
            read_sentences += 1
            if doc.quoted[lo] or doc.words[lo] in self.lang.PRONOUNS:
                continue
            subject = phrases.opening_phrase(lo, hi)  # not `Interrogé sur …, il`: a participle clause
            if subject and (comma := self._comma_before_own_subject(subject[2], hi)) is not None:
                subject = phrases.clause_subject(comma + 1, hi)  # `Ironie du sort, c'est elle qui …`
            elif subject and (phrases.could_speak(subject[1], head := phrases.head_end(subject[1], subject[2]))
                              or self._a_person_s_description(doc.phrase(subject[1], head), doc.starts[subject[1]], peek)):
                # (its head, not a complement: `L'éviction de cette personnalité` is no person)
                subject = (subject[0], doc.starts[subject[1]])  # (`Ce pharmacien rémois est tombé …`: a person too)
            else:
                subject = phrases.clause_subject(lo, hi)  # past opening adverbials
            if subject is None and doc.words[lo] in self.lang.sets.OPENING_CONNECTIVES and lo + 1 < hi \
                    and doc.words[lo + 1] not in self.lang.PRONOUNS:
                # `Et l'architecte est convaincu …`: a person past the connective (a body there is more often a word
                # of the story: `Mais son quotidien …`)
                subject = phrases.clause_subject(lo + 1, hi)
                if subject is not None and (entity := read(subject[0], subject[1], [])) is not None and entity.kind == "person":
                    yield subject[1], entity
                continue
            if subject is not None and (entity := read(subject[0], subject[1], [])) is not None:
                yield subject[1], entity
            if doc.words[lo] in self.lang.sets.FOR and (holder := self._viewpoint_holder(lo, hi, read)) is not None:
                yield holder  # `Pour la mère du suspect, son fils est innocent. « … », martèle-t-elle`

    def _viewpoint_holder(self, lo: int, hi: int, read) -> tuple[int, Entity] | None:
        """The person whose view a sentence opening on a selon-like `pour` gives (`Pour la mère du suspect, son fils
        est innocent`), the phrase after it closed by a comma."""
        doc = self.doc
        found = self.attributor.phrases.noun_phrase(lo + 1, hi)
        if found is None or found[1] >= hi or doc.words[found[1]] != ",":
            return None
        entity = read(found[0], doc.starts[lo + 1], [])
        return (doc.starts[lo + 1], entity) if entity is not None and entity.kind == "person" else None

    def _a_person_s_description(self, mention: str, position: int, peek: bool = False) -> bool:
        """The resolver reads the description as one person's (`ce pharmacien rémois`; not `le calvaire`)."""
        described = (self.resolver.peek if peek else self.resolver.resolve)(mention, position, [])
        return described is not None and described.kind == "person" and described.name[:1].islower()

    def _comma_before_own_subject(self, end: int, hi: int) -> int | None:
        """The comma closing, a few words on, the phrase that opens a sentence and ends at token `end`, when the
        clause's own subject follows it (`Cartes d'embarquement en main, certains optent …`, `Ironie du sort, c'est
        elle …`), perhaps past other phrases set off by commas: the phrase is fronted, no subject (but `X, elle, a
        dit`: the pronoun set off by commas stresses X)."""
        words, lexicon = self.doc.words, self.doc.lexicon
        for c in range(end, min(hi - 2, end + FRONTED_PHRASE_TAIL)):
            if words[c] in lexicon.verb_forms or words[c] in lexicon.auxiliary_forms:
                return None  # a verb: the phrase is the clause's subject
            if words[c] == ",":
                following = words[c + 1]
                fronted = words[c + 2] != "," and (following in self.lang.PRONOUNS or following in self.lang.NON_SUBJECT_ELISIONS
                                                   or following in self.lang.INDEFINITE_PLURAL_SUBJECTS)
                if fronted:
                    return c
                # (`Psychotique, état limite, il s'était emporté`: fronted phrases one after another)
        return None

    def _continued(self, span: Span, quote: Quote, last: tuple[int, Entity], speakers: list[tuple[int, Entity]],
                   subjects_quoted: list[tuple[int, Entity]]) -> Entity | None:
        """A quotation with no cue continues the previous speaker, past names in between, unless
        a sentence between has somebody else for its subject (who then has the floor: a name, or a speaker
        of before as the subject of a sentence quoting words) or the words name that person in the third
        person (a body names itself so: `« … l'Assurance maladie … »`); words in the first person singular
        continue the last person who spoke, past a body named with an article (`…, explique Le Parisien. « Moi
        qui … »`: the newspaper told her story, she speaks on)."""
        end, entity = last
        if span.start - end > CONTINUATION_CHARS:
            return None
        if entity.kind == "organisation" and self._named_with_an_article(entity) and self._in_first_person_singular(span):
            entity = next((e for _, e in reversed(speakers) if e.kind == "person"), entity)
        people = self.resolver.people
        if entity.kind == "person" and self._names_in_third_person(entity, quote.quote):
            others = [e for p, e in people if p < span.start and e is not entity]
            return others[-1] if others else None
        subjects = [(p, e) for p, e in people if end <= p < span.start and self.resolver.place(p) == "subject"
                    and SENTENCE_END.search(self.text, p, span.start)  # not a headline glued to the quote
                    and not self.resolver.subject_of_a_clause_only(p)]
        subjects += [(p, e) for p, e in subjects_quoted if end <= p < span.start]
        if any(e is not entity for _, e in subjects):
            return max(subjects, key=lambda s: s[0])[1]
        named_again = bool(subjects)  # (the last speaker, named in their own incise: only a turn gives the floor away)
        # `X a dit « … ». Y, historienne, alerte sur … La spécialiste plaide pour « … ». « … »`: a description opening
        # the sentence right before, of a named person other than the last speaker, gives them the floor
        described = next(self._sentence_subjects(span.outer_start, peek=True), None)
        if described is None or described[0] < end or described[1] is entity or described[1].kind != "person" \
                or not self.attributor.phrases.describes_a_person_at(self.doc.index_at(described[0])):
            return entity
        if described[1].name[:1].isupper():
            return described[1]
        # `Le chef d'état-major s'est exprimé sur … « … »`: a description nobody named before, the subject of a
        # speech verb, speaks, unless it may be who spoke last (`L'animateur s'est confié au Parisien`); so does one
        # whose sentence turns to them (`Une femme de 49 ans a quant à elle subi … « … »`)
        doc = self.doc
        if "\n" in self.text[described[0] : span.outer_start]:
            return entity  # (a paragraph of its own between: the story moved on)
        lo, hi = doc.sentence(doc.index_at(described[0]))
        sentence = doc.phrase(lo, hi).lower()  # (lower case, not `normalize`: its cache is for words)
        if any(phrase in sentence for phrase in self.lang.TURN_ADVERBS) \
                and not self.resolver.may_describe(described[1], described[1].name, entity):
            return self.resolver.resolve(self.text[described[0] : described[0] + len(described[1].name)], described[0], [])
        cue = None if named_again else self.attributor.last_cue(lo, hi)
        if cue is None or cue.end is None or cue.mention_start != described[0] \
                or cue.mention.casefold() != described[1].name.casefold() \
                or "," in doc.words[doc.index_at(cue.mention_start + len(cue.mention)) : cue.end] \
                or self.resolver.may_describe(described[1], cue.mention, entity):
            return entity  # (not `La victime, qui souhaitait divorcer, …`: a relative clause's verb)
        return self.resolver.resolve(cue.mention, cue.mention_start, [])

    def _speakers_of_opening_participle(self, position: int, speakers: list[tuple[int, Entity]]) -> tuple[Entity, ...]:
        """Who first spoke inside a participle clause opening the sentence of a pronoun at `position` (`Interpellé
        par un journaliste lui demandant si … « … », il a répondu`): the clause describes the one the pronoun means."""
        clause = self._opening_participle_clause(position)
        if clause is None:
            return ()
        start, end = clause
        before = {id(e) for p, e in speakers if p < start}
        return tuple(e for p, e in speakers if start <= p < end and id(e) not in before)

    def _named_in_opening_participle(self, position: int) -> list[Entity]:
        """The persons named inside a participle clause opening the sentence of a description at `position`
        (`Affirmant que son parti n'a plus d'alliés depuis le ralliement à X, l'ex-député …`): not whom it means."""
        clause = self._opening_participle_clause(position)
        return [] if clause is None else [e for _, e in self.resolver.named_between(*clause) if e.kind == "person"]

    def _opening_participle_clause(self, position: int) -> tuple[int, int] | None:
        """The offsets of a participle clause opening the sentence of a subject at `position`, to the first comma of
        the reporter's (`Interrogé sur X, Y a estimé …`: Y is the subject)."""
        doc = self.doc
        lo, _ = doc.sentence(doc.index_at(position))
        opening = doc.texts[lo]
        if opening[:1].islower() or not opening.endswith(self.lang.derived(_participle_endings)) \
                or doc.words[lo] in self.lang.sets.ADJUNCT_PREPOSITIONS \
                or doc.words[lo] in self.lang.sets.TIME_WORDS or doc.words[lo] in self.lang.sets.CONNECTIVES:
            return None  # (`Affirmant que …, X`, not `Pendant …, X`, `Cependant, X`, `Quant à X, elle`)
        end = next((c for c in range(lo + 1, doc.index_at(position)) if doc.words[c] == "," and not doc.quoted[c]), None)
        return None if end is None else (doc.starts[lo], doc.starts[end])

    def _named_past_its_verb(self, attribution: Attribution, span: Span, kind: str) -> list[Entity]:
        """The persons a description's sentence names past the speech verb it is the subject of (`Le délégué a
        déploré que X refuse …`, `a répondu à X : « … »`): not whom the description means."""
        doc = self.doc
        if attribution.mention_start is None:
            return []
        if kind == "indirect":  # the subject opening the words reported (not `le père de X est mort, a annoncé …`)
            start, stop = span.start, doc.starts[min(doc.index_at(span.start) + CLAUSE_SUBJECT_OFFSET, doc.size - 1)]
        elif attribution.end is not None and attribution.mention_start < doc.starts[attribution.end - 1]:
            start, stop = doc.starts[attribution.end - 1], span.start
        else:
            return []
        return [e for _, e in self.resolver.named_between(start, stop) if e.kind == "person"]

    def _named_past_the_cue_before(self, span: Span, attribution: Attribution) -> list[Entity]:
        """For a quotation opening its sentence, with its cue after it: the persons the sentence before names in the
        clause its speech verb reports, after its subject (`X a estimé que Y est « … ». « … », a déclaré l'ancien
        ministre`): whom X spoke of, not whom the description means."""
        doc = self.doc
        if attribution.how != "after":
            return []
        i = doc.index_at(span.outer_start)
        if not i or not doc.sentence_ends[i - 1]:
            return []  # (the quotation opens no sentence)
        sentence = doc.sentence(i - 1)
        if self.lang.sets.THAT.isdisjoint(doc.words[sentence[0] : sentence[1]]):
            return []  # (most sentences: no clause reported, no cue to read)
        cue = self.attributor.last_cue(*sentence, past_quotes=True)
        if cue is None or cue.end is None or not cue.mention or cue.mention_start is None \
                or cue.mention_start > doc.starts[cue.end - 1]:
            return []
        that = next((k for k in range(cue.end, sentence[1]) if doc.words[k] in self.lang.sets.THAT and not doc.quoted[k]), None)
        if that is None:
            return []  # (`Y accuse X de … « … », explique l'écrivain`: X, whom the words answer, may well speak)
        return [e for _, e in self.resolver.named_between(doc.starts[that], doc.starts[sentence[1] - 1])
                if e.kind == "person"]

    def _speaking_of(self, description: str, kept, entities: list[Entity | None]) -> tuple[Entity, ...]:
        """The speakers whose words so far spoke of somebody by this very description, their own cue aside
        (`« Le président a souhaité … »`, says X; then `« … », a déclaré le président`: not X)."""
        last, text = description.rsplit(" ", 1)[-1], self.text  # (its last word sought first as written: cheap)
        said_it = [(span, attribution, entity) for (span, attribution, _), entity in zip(kept, entities)
                   if entity is not None and text.find(last, span.start, span.end) >= 0]
        if not said_it or self.resolver.names_a_body(description):
            return ()
        words = f" {' '.join(words_of(fold(description)))} "
        speaking_of = {}
        for span, attribution, entity in said_it:
            if id(entity) in speaking_of:
                continue
            said = text[span.start : span.end]
            if attribution and attribution.mention and span.start <= (attribution.mention_start or -1) < span.end:
                cut = attribution.mention_start - span.start  # `« …, a confié le directeur. … »`
                said = said[:cut] + said[cut + len(attribution.mention) :]
            if words in f" {' '.join(words_of(keys.fold(said)))} ":  # (words that do not repeat: not cached)
                speaking_of[id(entity)] = entity
        return tuple(speaking_of.values())

    def _other_than_named(self, named: Entity, pronoun: str, position: int, span: Span, candidates, speakers) -> Entity:
        """`X a-t-il demandé à Y … ? « J'ai échangé avec X », explique-t-il`: who else the pronoun may mean, not
        the person the words name, if one of the two sentences before names them too (else the one named: `Aux yeux
        de Y, … Il rejoint le constat de X. « … l'avis de M. X … », préconise-t-il`)."""
        other = self.resolver.resolve(pronoun, position, candidates, excluded=(named,))
        first = self.doc.sentence(self.doc.index_at(span.outer_start))[0]
        for _ in range(NAMED_NEAR_SENTENCES):
            first = self.doc.sentence(first - 1)[0] if first else 0
        lo = self.doc.starts[first]
        named_near = other is not None and any(e is other and p >= lo for p, e in (*self.resolver.people, *speakers))
        return other if named_near else named

    def _own_words(self, span: Span) -> str:
        """The quotation's words, those it quotes in turn blanked (`« Que n'aurait-on pas dit ? 'X a réussi …' »`:
        words put in others' mouths)."""
        words = self.text[span.start : span.end]
        for inner in self.spans:
            if inner.depth and span.start <= inner.outer_start and inner.outer_end <= span.end:
                lo, hi = inner.outer_start - span.start, inner.outer_end - span.start
                words = words[:lo] + " " * (hi - lo) + words[hi:]
        return words

    @staticmethod
    def _addressed(entity: Entity, words: str) -> bool:
        """The words call the person by their first name alone, set off as one addresses somebody (`Tu m'entends bien
        Christophe ?`, `Ça va pas, Denis`): whom the speaker talks to."""
        first = entity.name.split(" ", 1)[0]
        at = words.find(first)
        while at >= 0:
            after = words[at + len(first) :].lstrip(" ")
            if (at == 0 or not words[at - 1].isalpha()) and (not after or after[0] in "?!,."):
                return True
            at = words.find(first, at + 1)
        return False

    def _names_in_third_person(self, entity: Entity, words: str) -> bool:
        """The words name the entity by its last name, not as a part of another name (`les listes Dati Pour
        Paris`), nor after another first name (`George Floyd`, for Philonise Floyd), nor completing a noun after its
        determiner (`l'administration Trump`: what bears the name; but `le ministre Macron`, a role's holder)."""
        lowered, surname = words.casefold(), entity.name.rsplit(None, 1)[-1].casefold()
        at = lowered.find(surname)
        if at < 0:
            return False  # most quotations, told by a search in C
        names = [fold(w) for w in entity.name.split()]
        while at >= 0:
            end = at + len(surname)
            if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                # (a name going on right after it, a punctuation mark aside: `Dati Pour Paris`, not `X ? Il …`)
                goes_on = words[end : end + 1] == " " and words[end + 1 : end + 2].isupper()
                before = words_of(words[max(0, at - NAME_REACH) : at])[-2:]
                article = normalize(before[0]) if len(before) == 2 else ""
                completes = bool(article) and before[1].islower() and normalize(before[1]) not in self.lang.ROLE_NOUNS \
                    and (article in self.lang.DETERMINERS or f"{article}'" in self.lang.DETERMINERS)
                if not goes_on and not completes \
                        and not (before and fold(before[-1]) not in names and first_name_gender(before[-1])):
                    return True
            at = lowered.find(surname, at + 1)
        return False

    def _asked_before(self, span: Span) -> Entity | None:
        """`On interroge ensuite X sur son titre. « … »`: a quotation with no cue, opening its sentence right after one
        whose verb asks a person named as its object, is that person's answer."""
        doc = self.doc
        i = doc.index_at(span.outer_start)
        if i == 0 or not doc.sentence_ends[i - 1] or doc.quoted[i - 1]:
            return None
        lo, _ = doc.sentence(i - 1)
        if doc.lexicon.asking_forms.isdisjoint(doc.words[lo:i]):
            return None  # (most sentences: no verb asking)
        cue = self.attributor.last_cue(lo, i, past_quotes=True)  # (past a title quoted: `sur le titre « … »`)
        if cue is None or cue.end is None or cue.cue not in self.lang.sets.ASKING_VERBS:
            return None
        k = self.attributor.phrases.past_adverbs(cue.end, i)  # `interroge ensuite X`
        asked = self.attributor.phrases.subject_after(k, limit=i)  # its object
        if asked is None or asked[1] != doc.starts[k] or cue.mention_start is not None and cue.mention_start >= asked[1] \
                or self.text[: span.end].rstrip().endswith("?"):
            return None  # (`a interrogé X` inverted: X asks; `X l'a interrogé sur … « … ? »`: X's question)
        entity = self.resolver.resolve(asked[0], asked[1], [])
        if entity is not None and entity.kind == "organisation" and self._one_word_in_first_person(entity, span):
            entity.kind = "person"  # (`On interroge ensuite Miossec … « Je … »`)
        return entity if entity is not None and (entity.kind == "person" or entity.name[:1].isupper()) else None

    def _answer(self, span: Span, last: tuple[int, Entity], before: list[Quote],
                speakers: list[tuple[int, Entity]]) -> Entity | None:
        """`Le ministre a été questionné … « … ? », a demandé l'un des élèves. « Non, … »`: a quotation with no cue
        opening on an answer's word, right after a question quoted with a verb of asking, is the answer of the one
        asked: the person named or speaking last before the question, not its asker (`« … on va leur montrer quoi ? »,
        a-t-il demandé. « Arrêtons … »`: a rhetorical question, the speaker goes on)."""
        end, asker = last
        if not self.lang.derived(_answer_opening).match(normalize_text(self.text[span.start : span.start + MAX_ANSWER_OPENER])) \
                or (question := next((q for q in reversed(before) if q.end == end), None)) is None \
                or question.cue not in self.lang.sets.QUESTION_CUES or not question.quote.rstrip().endswith("?"):
            return None  # (most quotations: no answer to a question)
        doc = self.doc
        i = doc.index_at(span.outer_start)
        if i == 0 or not doc.sentence_ends[i - 1] or doc.starts[doc.sentence(i - 1)[0]] > end:
            return None  # (the question's sentence ends right before: no other between)
        people = sorted([*((p, e) for p, e in self.resolver.people if p < question.start),
                         *((p, e) for p, e in speakers if p < question.start)], key=lambda c: c[0])
        return next((e for _, e in reversed(people) if e is not asker and e.kind == "person"), None)

    def _introduced_before(self, span: Span) -> Entity | None:
        """`X s'est adressé aux soldats. « … »`: a quotation with no cue and nobody speaking just before (the
        article's first), opening its sentence right after one whose subject is a person named there, is that
        person's (`…, comme X, responsable du service. « … »`); else the named person the subject of the sentences
        before means (a pronoun, a description)."""
        doc = self.doc
        i = doc.index_at(span.outer_start)
        if i == 0 or not doc.sentence_ends[i - 1] or doc.quoted[i - 1]:
            return None
        lo, _ = doc.sentence(i - 1)
        start, end = doc.starts[lo], doc.ends[i - 1]
        subjects = [e for p, e in self.resolver.people if start <= p < end and e.kind == "person"
                    and self.resolver.place(p) == "subject"]
        if subjects:
            return subjects[0]
        cue = self.attributor.last_cue(lo, i)
        if cue is not None and cue.mention and cue.mention_start is not None and cue.end is not None \
                and cue.mention_start < doc.starts[cue.end - 1] and normalize(cue.mention) not in self.lang.PRONOUNS \
                and doc.words[doc.index_at(cue.mention_start + len(cue.mention))] not in self.lang.sets.RELATIVE_PRONOUNS \
                and doc.words[doc.index_at(cue.mention_start) - 1] not in self.attributor.phrases.prepositions \
                and (said := self.resolver.resolve(cue.mention, cue.mention_start, [])) is not None and said.kind == "person":
            # `Un policier résume la situation. « … »`: a description, the subject of the sentence's speech verb, speaks
            # (not `… in front of a manager who told him off. "…"`: a relative clause's; nor `a rendu hommage à son ami
            # a remarqué Elle`: a preposition's object)
            return said
        # `Elle a ensuite ajouté. « … »`, `Le comédien a publié un message. « … »` (not a description of nobody named)
        return next((e for _, e in self._sentence_subjects(span.outer_start)
                     if e.kind == "person" and e.name[:1].isupper()), None)

    def _named_before_colon(self, span: Span) -> Entity | None:
        """The person named as the subject of the speech verb before the colon that opens the quotation (`X n'a pas
        attendu pour répondre à Y : « … »`)."""
        doc = self.doc
        i = doc.index_at(span.outer_start)
        if i < 2 or doc.words[i - 1] != ":":
            return None
        cue = self.attributor.last_cue(doc.sentence(i - 1)[0], i - 1)
        if cue is None or not cue.mention or cue.mention_start is None or not cue.mention[:1].isupper():
            return None
        before = doc.words[doc.index_at(cue.mention_start) - 1]
        if before in self.lang.sets.THAT or before in self.lang.sets.SUBORDINATORS:
            return None  # `Alors qu'Y prévoit un débat, X l'attend : « … »`: a subordinate clause's subject
        said = self.resolver.resolve(cue.mention, cue.mention_start, [])
        return said if said is not None and said.kind == "person" and said.name[:1].isupper() else None

    def _introduced_after(self, span: Span) -> Entity | None:
        """`« On n'est rien sans l'Europe ». X était l'invité de RTL.`: the quotation opening the article, with no
        cue, is the person named or described (`Un retraité a interpellé …`) at the opening of the sentence after
        it, as its subject."""
        doc = self.doc
        if any(map(str.isalnum, self.text[: span.outer_start])):
            return None  # (a stray mark before it aside: `""Nous …"`)
        after = doc.index_at(span.outer_end)
        if after + 1 >= doc.size or doc.quoted[after]:
            return None
        own_stop = not doc.sentence_ends[after]
        if own_stop:
            # `« … . » L'attaque de X envers Y`: after the quotation's own full stop, a noun of something said names
            # its speaker; a subject only if the title is about them (not `"The vote is over." Jane Doe said …`:
            # her words are others)
            if doc.texts[after - 2] not in tuple(SENTENCE_MARKS) or not doc.texts[after][:1].isupper():
                return None
            if (said := self._speaker_of_speech_noun(after)) is not None:
                return said
            lo, hi = after, doc.sentence(after)[1]
        else:
            lo, hi = doc.sentence(after + 1)
        found = self.attributor.phrases.clause_subject(lo, hi)  # (past an adverbial: `Dans une interview, X`)
        first = doc.index_at(found[1]) if found else lo
        opening = doc.starts[min(first + OPENING_TOKENS, doc.size - 1)]
        subjects = [e for p, e in self.resolver.people if doc.starts[first] <= self.resolver.phrase_opening(p) < opening
                    and e.kind == "person" and self.resolver.place(p) == "subject"]
        if own_stop:  # (any person the title names: `La relation entre X et Y`, then `« … » Y pleure X`: Y's)
            return subjects[0] if subjects and any(subjects[0] in self._people_named(person.name)
                                                   for person in self._title_people() if person is not None) else None
        if subjects:
            return subjects[0]
        if (said := self._speaker_of_speech_noun(lo)) is not None:
            return said
        found = found or self.attributor.phrases.opening_subject(lo, hi)
        gender, number = self.lang.PRONOUNS.get(normalize(found[0]), (None, None)) if found else (None, None)
        if gender and number == "sg" and (titled := self._title_subject()) is not None and titled[0] == found[1] \
                and (person := next((p for p in titled[1] if p.kind == "person" and p.gender in (None, gender)), None)):
            return person  # `Paul X quitte la radio` for a title, then `« J'ai décidé … ». Il explique …`: X
        described = self.resolver.resolve(found[0], found[1], []) if found and found[0][:1].isupper() else None
        if described is not None and (described.name[:1].islower() or self._described_whole(found[0], described)) \
                and described.kind != "organisation" and described.number == "sg" and not self._a_thing(described):
            # `« Pourquoi j'ai 100 euros de moins ? ». Un retraité a interpellé …`, `La PDG de la RATP est revenue …`
            return described
        return None

    def _described_whole(self, phrase: str, entity: Entity) -> bool:
        """The entity is the phrase's description itself, its determiner aside (`La PDG de la RATP`: `PDG de la
        RATP`, its acronym capitalised), not a name inside it (`Le constat du président de la région Grand Est`)."""
        determiner, _, rest = phrase.partition(" ")
        return normalize(determiner) in self.lang.DETERMINERS and fold(rest) == fold(entity.name)

    def _speaker_of_speech_noun(self, lo: int) -> Entity | None:
        """`L'attaque de X envers Y …` opening the sentence at token lo: a noun of something said (SPEECH_NOUNS)
        after its determiner, then the person who said it."""
        doc = self.doc
        if lo + 1 >= doc.size or doc.words[lo] not in self.lang.DETERMINERS:
            return None
        noun = doc.phrase_at(lo + 1, self.lang.derived(_speech_nouns))
        k = lo + 1 + noun  # the word after the noun
        if not noun or k >= doc.size or not (doc.words[k] in self.lang.OF or doc.words[k] in self.lang.BY):
            return None
        j = k + 1  # (past a role: `La phrase du député X`)
        while j < min(doc.size, k + 1 + MAX_ROLE_TOKENS) and (doc.words[j] in self.lang.DETERMINERS
                                                              or self.resolver.patterns.is_title_word(doc.words[j])):
            j += 1
        people = {p: e for p, e in self.resolver.people if e.kind == "person"}
        # (and past the role's party: `du député MoDem X`)
        named = [j, j + 1] if j > k + 1 and j + 1 < doc.size and doc.texts[j][:1].isupper() else [j]
        return next((people[doc.starts[at]] for at in named if at < doc.size and doc.starts[at] in people), None)

    def _named_by_its_words_after(self, span: Span) -> Entity | None:
        """`« … » Ces quelques mots, lâchés par X sur BFM TV, …`, `« … ». Propos élogieux tenus par X`: the sentence
        after a quotation with no cue opens on a noun of something said, then a participle and its agent: the one
        who said it."""
        doc = self.doc
        lo = doc.index_at(span.outer_end)
        lo += lo < doc.size and doc.words[lo] in SENTENCE_MARKS  # (`« … ». Des propos …`)
        if lo + 4 >= doc.size or not doc.texts[lo][:1].isupper():
            return None
        nouns = self.lang.derived(_speech_nouns)
        k = lo
        if doc.words[lo] in self.lang.DETERMINERS:
            k += 1 + (not doc.phrase_at(lo + 1, nouns))  # (past one word: `ces quelques mots`; not `X's comments`)
        noun = doc.phrase_at(k, nouns)
        if not noun:
            return None
        k += noun
        # past a comma, an adjective and the auxiliaries of a passive (`, élogieux`, `ont été`), to the participle
        for _ in range(MAX_PARTICIPLE_SKIP):
            if k + 1 < doc.size and doc.words[k + 1] in self.lang.BY:
                break
            k += 1
        if k + 1 >= doc.size:
            return None
        word = doc.words[k]
        if doc.words[k + 1] not in self.lang.BY or not (
                self.attributor.phrases.past_participle(word)
                or any(f.mood == "participle" for f in self.attributor.lex.forms(word))):
            return None
        agent = self.attributor.agent_after(k + 1)
        return self.resolver.resolve(agent.mention, agent.mention_start, []) if agent else None

    def _title_subject(self) -> tuple[int, tuple[Entity, ...]] | None:
        """`La mise en garde de Nicolas Sarkozy …` for a title, then a text opening on `il a tenu des propos …`: the
        text's first pronoun, before it names anybody, is the first person the title names, not as the complement
        of a person's noun (`Le manager de X`: the manager), at that pronoun's place; or the next one it names that
        agrees with a pronoun the first does not (`X est « déterminée », assure Y`, then `il`: Y): all of them, in
        the title's order."""
        doc, title, people = self.doc, self.article.title, self.resolver.people
        if not title:
            return None
        # (a pronoun after the text's first name is none of the title's person's: sought only up to that name, the
        # first of `people`, in text order)
        reach = min(doc.size, OPENING_PRONOUN_TOKENS, doc.index_at(people[0][0] + 1) if people else doc.size)
        # (a pronoun as written, or an inversion's: `« … », expliquait-il`; told among the tokens either may be,
        # found in C)
        maybe = compress(range(reach), map(self.lang.derived(_pronoun_tokens).__contains__, doc.words[:reach]))
        first = next((k for k in maybe if (not doc.quoted[k] or self._in_incise(k))
                      and (pronoun := doc.words[k] if doc.words[k] in self.lang.PRONOUNS
                           else doc.lexicon.inverted_subject(doc.words[k]) if doc.words[k] in doc.lexicon.clitic_forms else None)
                      and pronoun not in self.lang.IMPERSONAL_PRONOUNS), None)
        if first is None:
            return None
        if self._title_leading_person() is None:
            return None
        if first and doc.words[first] not in self.lang.PRONOUNS and doc.ends[first - 1] == doc.starts[first]:
            first -= 1  # `a-t-il`: the pronoun's place is its verb's, where its attribution's mention is read
        named = (self.resolver.resolve(person.name, doc.starts[first], []) for person in self._title_people())
        return doc.starts[first], tuple(e for e in named if e is not None)

    def _in_incise(self, k: int) -> bool:
        """Token k, inside a quotation, is an inversion's pronoun glued to a verb after a comma (`« …, affirme-t-il.
        … »`): the reporter's incise, not the speaker's words."""
        doc = self.doc
        return k > 1 and doc.words[k] not in self.lang.PRONOUNS and doc.ends[k - 1] == doc.starts[k] \
            and doc.words[k - 2] == ","

    def _title_leading_person(self) -> Entity | None:
        """The person the title is about (`leading_person`), as the title's own reading knows them: read once."""
        return self._title_people()[0]

    def _title_people(self) -> list[Entity | None]:
        """The title's leading person (or None), then the other people it names (`Guerre entre X et Y`: Y), as the
        title's own reading knows them: read once."""
        if self._title_leader is None:
            reading = Resolver(self.article.title, self.lang, known=self.resolver.person_names()) if self.article.title else None
            leader = reading.leading_person() if reading else None
            self._title_leader = [leader, *(e for _, e in reading.people if e.kind == "person" and e is not leader)] \
                if leader else [None]
            if leader is not None:
                start = next(p for p, e in reading.people if e is leader)
                self._title_voiced = self._words_of(reading, start)
                self._title_speaks = self._title_voiced or self._subject_of_speech(reading, start, leader)
        return self._title_leader

    def _subject_of_speech(self, reading: Resolver, start: int, leader: Entity) -> bool:
        """`X dénonce la réforme`, `Ce qu'a annoncé X`: the title's person, named at `start`, is the subject of a speech
        verb, a finite form after the name or a participle after an auxiliary before it."""
        title, lex = self.article.title, self.attributor.lex
        before = normalize(title[: reading.phrase_opening(start)]).replace("'", "' ").split()[-2:]
        after = normalize(title[start + len(leader.name) :]).split()[:1] if title.startswith(leader.name, start) else []

        def speech(word: str, moods: tuple[str, ...]) -> bool:
            return any(f.mood in moods for f in lex.forms(word))
        return (bool(after) and speech(after[0], ("finite",))) or (
            len(before) == 2 and before[0] in lex.auxiliary_forms and speech(before[-1], ("participle",)))

    def _words_of(self, reading: Resolver, start: int) -> bool:
        """`Les terribles confidences de X sur Y`: the title names its person (at `start`) as the one a noun of
        something said (SPEECH_NOUNS), an adjective after it or not, is of: the article tells their words."""
        words = normalize(self.article.title[: reading.phrase_opening(start)]).replace("'", "' ").split()
        if len(words) < 2 or words[-1] not in self.lang.OF:
            return False
        heads = (" ".join(words[:-1]), " ".join(words[:-2]))
        return any(head == noun or head.endswith(" " + noun) for head in heads for noun in self.lang.SPEECH_NOUNS)

    def _described_title_person(self, entity: Entity, mention: str, position: int, person_spoke: bool) -> Entity | None:
        """The person the title is about (`leading_person`), whom a description of nobody named means in the text's
        first sentence, or further on if it points back (`l'ancien candidat`, `ce retraité`), before the text names
        any person or a person spoke, or anywhere if the title gives them that role (`Décès de l'écrivain X`, then
        `l'écrivain`): of its gender, given no role it does not cover."""
        if not entity.name[:1].islower():
            return None  # a named person, not a description (most entities: told before the title is read)
        if self._title_person is None:
            # the people the text names too (not a title's words taken for a name: `Mort de X`), with the roles the
            # title gives them; the leading person named in full whom the title gives a speech verb, even if the text
            # never names them (none if the leading person is neither)
            self._title_person = []
            for titled in self._title_people():
                person = next(iter(self._people_named(titled.name)), None) if titled is not None else None
                if person is None and titled is not None and not self._title_person and " " in titled.name \
                        and self._title_speaks:
                    person = titled  # `Isabelle X dit tout` for a title, a text never naming her: `la star` is her
                if person is None:
                    break
                self._title_person.append((person, {self.resolver.role_of_description(alias) for alias in titled.aliases}))
        role = self.resolver.role_of_description(mention)
        early = not person_spoke and (self.doc.sentence(self.doc.index_at(position))[0] == 0 or self.resolver.points_back(mention)) \
            and not any(p < position and e.kind == "person" and not (entity.gender and e.gender and e.gender != entity.gender)
                        for p, e in self.resolver.people)  # (nobody it may describe: `X « … », a affirmé la dirigeante`)
        # (the leading person first; another the title names when the description does not fit them: `Guerre entre X
        # et Y`, then `l'ancienne candidate`: Y)
        # (or before anybody spoke, when the title says the article is the person's words: `Les confidences de X`)
        # (or before anybody spoke, an office's holder, when the title gives the person words: `« … », affirme X`,
        # then `assure le ministre`; not `le vétéran`, whom the text brings in)
        voices = self._title_voices() if not person_spoke and not self._title_voiced \
            and role in self.resolver.patterns.offices else []
        return next((person for person, title_roles in self._title_person
                     if (early or role in title_roles or (self._title_voiced and not person_spoke)
                         or any(person is v for v in voices))
                     and self.resolver.may_describe(entity, mention, person)), None)

    def _voice_of_title(self, span: Span) -> Entity | None:
        """`Johnny "souffrait énormément", salue X Y` or `Les confidences de X Y` for a title: X Y, whose the article's
        first quotations with no cue of their own are, before anybody speaks in its text. Only a title that gives words to one person,
        by a full name or a description (`regrette le maire`: the mayor the text names), or by a surname the text gives
        one person named in full (not a surname alone: `salue Dutronc` may be anybody of that name). A voice told by
        the title's noun or verb only is not one the sentence before the quotation names as an object (`le collectif s'en
        est pris à X. « … »`: spoken to), nor where it names somebody else."""
        voices = self._title_voices()
        if not voices or not self._voiced_by_title_words:
            return voices[0] if voices else None
        voice, i = voices[0], self.doc.index_at(span.outer_start)
        start = self.doc.starts[self.doc.sentence(i - 1)[0]] if i else span.outer_start
        # (nor when that sentence names somebody else: `le père de Y, André X, confiait … « … »`)
        spoken_to = any(start <= p < span.outer_start and e.kind == "person"
                        and (e is not voice or self.resolver.place(p) != "subject") for p, e in self.resolver.people)
        return None if spoken_to else voice

    def _title_voices(self) -> list[Entity]:
        """The one person the title gives words to (see `_voice_of_title`), or none: read once."""
        if self._title_voice is None:
            said = {q.speaker for q in Extraction(replace(self.article, text=self.article.title or "", title=None)).run()
                    if q.cue and q.speaker and (q.speaker_kind == "person" or " " not in q.speaker)}
            said = {name if " " in name else self._full_name(name) for name in said} - {None}
            self._voiced_by_title_words = not said and (leader := self._title_leading_person()) is not None and self._title_speaks
            if self._voiced_by_title_words:
                # `Les confidences de X`, `Ce qu'a annoncé X` for a title: the person the text names in full (`X`)
                said = {person.name for person in self._people_named(leader.name)[:1] if " " in person.name}
            self._title_voice = [self.resolver.resolve(said.pop(), len(self.text), [])] if len(said) == 1 else []
        return self._title_voice

    def _full_name(self, surname: str) -> str | None:
        """The full name of the one person the text names whose last name this is, if there is one."""
        names = {e.name for e in self._people_named(surname) if " " in e.name}
        return names.pop() if len(names) == 1 else None

    def _title_full_name(self, entity: Entity) -> str | None:
        """The full name the title gives the one person it names by this speaker's first name, when the text names
        the speaker by that first name alone, nobody else by it, and no other word of that name (`Diana Panorama`, a
        title's words read as a name, when the text tells of the programme `Panorama`)."""
        if entity.kind != "person" or " " in entity.name or not is_only_first_name(entity.name) or not self.article.title:
            return None
        key = fold(entity.name)

        def first_name_of(person: Entity) -> str:
            return fold(person.name).split(" ", 1)[0]

        if any(e is not entity and e.kind == "person" and first_name_of(e) == key for _, e in self.resolver.people):
            return None
        names = {t.name for t in self._title_people() if t is not None and " " in t.name and first_name_of(t) == key}
        name = names.pop() if len(names) == 1 else None
        if name is None or any(regex.search(rf"\b{regex.escape(word)}\b", self.text) for word in name.split()[1:]):
            return None
        return name

    def _people_named(self, name: str) -> list[Entity]:
        """The people the text names by this name or a longer one ending with it (`Roux`: `Paul Roux`), in order."""
        key = fold(name)
        return [e for _, e in self.resolver.people
                if e.kind == "person" and (fold(e.name) == key or fold(e.name).endswith(" " + key))]

    def _repeats(self, quotes: list[Quote], spans: list[Span]) -> dict[int, int]:
        """Headings with no cue that repeat words quoted elsewhere: index → index of the source (not a sentence
        quoted whole that the text runs on after, `« On a un problème » en politique`: its short words are any
        quotation's; but a term, `une « mise en danger »`, is its source's)."""
        found = {}
        unattributed = [n for n, q in enumerate(quotes)
                        if not (q.mention or q.cue or (q.kind == "direct" and self._runs_on(spans[n])))]
        if not unattributed:
            return found
        # their words (folded one by one: words repeat, their folding is cached), not their punctuation
        word = FAST_WORD if in_fast_blocks(self.text) else WORD  # (a quotation is a part of the text)
        bags: dict[int, set[str]] = {}

        def bag(m: int) -> set[str]:  # (read when compared: the search stops at the first source found)
            if m not in bags:
                bags[m] = set(map(fold, words_of(quotes[m].quote, word)))
            return bags[m]

        for n in unattributed:
            words = bag(n)
            # the words of an attributed quotation, or of a longer one further on: the nearest after it first
            # (a sub-heading announces what follows), then the nearest before (in that order as they come, each
            # later quotation's words read only when reached)
            after = (m for m in range(n + 1, len(quotes)) if quotes[m].mention or len(bag(m)) > len(words))
            # (not a sub-heading glued to its paragraph, given the cue of the paragraph's first sentence)
            before = (m for m in range(n - 1, -1, -1) if quotes[m].mention and not self._glued_heading(spans[m]))
            for m in chain(after, before):
                if len(words & bag(m)) >= REPEATED_SHARE * len(words):
                    found[n] = m
                    break
        return found

    def _glued_heading(self, span: Span) -> bool:
        """The quotation opens its sentence and its closing mark is glued to a capital (`. « … »Le maire a …`): a
        sub-heading run into its paragraph."""
        i = self.doc.index_at(span.outer_start)
        return self.text[span.outer_end : span.outer_end + 1].isupper() and (i == 0 or self.doc.sentence_ends[i - 1])

    def _runs_on(self, span: Span) -> bool:
        """The sentence runs on after the quotation's closing mark, in lower case on the same line (not after
        words ending with a comma, that an attribution follows: `"…," operations director X said`)."""
        return self.text[span.outer_end : span.outer_end + 2].lstrip(" ")[:1].islower() \
            and not self.text[span.start : span.end].rstrip().endswith(",")

    def _quote(self, span: Span, kind: str, attribution: Attribution | None) -> Quote:
        return Quote(
            article_id=self.article.id,
            quote=self.text[span.start : span.end],
            kind=kind,
            start=span.start,
            end=span.end,
            mention=attribution.mention if attribution else None,
            role=attribution.role if attribution else None,
            cue=attribution.cue if attribution else None,
            lang=self.lang.CODE,
        )


def _participle_endings(lang) -> tuple[str, ...]:
    """How a past or present participle ends (`Interrogé`, `Affirmant`): built once a language."""
    return (*lang.PARTICIPLE_ENDINGS, lang.PRESENT_PARTICIPLE_ENDING)


def _answer_opening(lang) -> re.Pattern:
    """The words an answer opens with (`Non, …`), a whole word: built once a language."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, lang.ANSWER_OPENERS))})\b")


def _addressee_pronouns(lang) -> frozenset[str]:
    """The pronouns of somebody a verb's words are addressed to (`lui a répondu`): built once a language."""
    return frozenset(lang.OBJECT_CLITICS) & frozenset(lang.PREVERBAL_OBJECT_PRONOUNS)


def _pronoun_tokens(lang) -> frozenset[str]:
    """The tokens that may be a pronoun: one as written, or an inversion's clitic (`-t-il`): built once a language."""
    return frozenset((*lang.PRONOUNS, *lexicon_of(lang).clitic_forms))


def _speech_nouns(lang) -> dict:
    """The language's nouns of something said, as a phrase table (`mise en garde`: three tokens)."""
    return phrase_table(lang, lang.SPEECH_NOUNS)


def _without_scripts(text: str) -> str:
    """The text with the web page's scripts caught in it (`window.player = new Player({id: "x45"})`) blanked
    out to the end of their line: their strings are nobody's words. Offsets stay those of the text."""
    if "window." not in text and "function" not in text:
        return text
    return SCRIPT.sub(lambda m: " " * len(m.group()), text)


def _word_parts(text: str) -> list[str]:
    return [w for w in text.replace("'", " ").replace("’", " ").replace("-", " ").split() if w]

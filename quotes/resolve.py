"""Resolving who a mention names, inside one article.

"M. Trump", "Trump" and "le président américain" resolve to the most complete name the
article gives ("Le président américain Donald Trump …"); pronouns resolve to the most
recent earlier speaker or named person whose gender and number agree. What cannot be
told stays a description, or None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import itemgetter

import regex

from .keys import strip_accents
from .blocks import fast_block_class, in_fast_blocks
from .document import BULLETS, HEADING_DASHES
from .spans import OPENING_MARKS
from .lexicon import (adjective_gender, letter_cases, lexicon_of, normalize, normalize_text, participle_gender,
                      person_noun_gender, without_former)
from .names import first_name_gender, first_name_verdict, fold, initials, is_only_first_name



def _name_word(upper: str, letter: str, before: str = "") -> str:
    """A capitalised word, `J.-C.` (a dot after a capital), not `Dupont.Or`, written with the given classes;
    `before`, a test of what stands before its capital, is made right after the capital. The repeat of dots is
    entered only before a dot: `re` allocates a context for each repeat of a group it enters, twice a word."""
    return rf"{upper}{before}(?:[{letter}'’-]*(?:(?=\.)(?:(?<={upper})\.[{letter}'’-]*)*|)[{letter}]|\.?)"


NAME_WORD = _name_word(r"\p{Lu}", r"\p{L}\p{M}")
# The same classes for `re`, on texts written only with FAST_BLOCKS (where there are no marks).
FAST_UPPER, FAST_LETTER = fast_block_class("Lu"), fast_block_class("L")
INITIAL = regex.compile(r"\p{Lu}\.")
ELIDED = regex.compile(r"\p{L}['’]")
BRACKETED_ACRONYM = regex.compile(r"\(\p{Lu}[\p{Lu}\d-]{1,9}\)")  # `(LREM)`, `(PS)`
GLUED_SENTENCE = re.compile(r"[a-zß-öø-ÿ][.!?»\"”](?=[A-ZÀ-ÖØ-Þ])")  # a sentence's end glued to the next one's first word
# What a title before a name never spans (the characters `Patterns.title_before_name` excludes),
# searched from the end ((?r)): the last one is wanted.
LAST_TITLE_BREAK_MARKS = ',.;:!?"«»()'
LAST_TITLE_BREAK = regex.compile("(?r)[" + regex.escape(LAST_TITLE_BREAK_MARKS) + "]")
# Any of them, for `_holds_role_word` to make a space of: a pattern, where str.translate looked every character up
# in a dict, raising a KeyError for each it left as it was (15,000 instructions a title, callgrind)
TITLE_BREAK = re.compile("[" + re.escape(LAST_TITLE_BREAK_MARKS) + "]")
APPOSITION_END = re.compile("[" + re.escape(LAST_TITLE_BREAK_MARKS) + "\n]")
MAX_AGE_APPOSITION = 12  # characters of an age in apposition (`51 ans,`)
MAX_AGREEING_CHARS = 30  # characters of an auxiliary and its participle after a name (`a été nommée`)
# A group's short name in marks inside an apposition, from its opening mark's end to its closing one (`des « gilets
# jaunes libres »`): the apposition goes on past it.
QUOTED_NAME_END = re.compile(r"[^\"«»“”,.;:!?]{1,40}[\"»”]")
WORD_START = re.compile(r"\w+")  # a word's letters before any sign glued to it
COUNTED = re.compile(r"(?<![\w-])\d{1,2} $")  # a small number standing alone before a word: `du 20 Heures`
APPOSITION_MARKS = frozenset(",;:«»\"“”()")  # what would end an apposition before its sentence does
COORDINATOR_REACH = 8  # characters before a name read for a coordinator joining it to the name before (` mais `)
MAX_TITLE_CHARACTERS = 20  # of a civil title or a rank, and of the word before it (`le lieutenant-colonel`)
MAX_ABBREVIATED_TITLE = 4  # letters of a civil title written short (`Mme`, `Mlle`)
MAX_APPOSITION = 120  # characters of a role in apposition after a name (`ministre déléguée à la Citoyenneté`)
PRECEDING_WORDS_CHARS = 32  # characters before a name read for the words that make it no person's (`de la`, `l'Institut d'Oncologie`)
MAX_DETERMINER = 6  # characters of an article and its space before a civil title (`la Pr`)
MAX_CLITIC_CHARS = 8  # characters of a quotation read for the object pronoun it opens on (`« leur `)
FIRST_WORD = re.compile(r"[^\W\d_]+'?")  # a word's letters, and its elision's apostrophe (`m'`)
ROLE_REACH = 3  # `du tout nouveau ministre`: how far after its article a title's role noun may come
CAMP_STEM = 5  # `améri`, `répub`: letters a nationality's or a party's two genders share
MAX_PERSON_NAME_WORDS = 3  # `Jean-Baptiste de Lattre`: a first name and what may follow it in one person's name
# A phrase opening a sentence follows one of these, or a short adverbial and a comma.
SENTENCE_OPENERS = ".!?:;\n«»\"“”"
# A bullet, perhaps with a heading's capitalised words (none in capitals) run into the sentence after it (`► Paul X
# Le député …`).
BULLET_HEADING = re.compile(f"[{BULLETS}](?:\\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\\w'’.-]*){{0,4}}$")
# What stands before the dash (HEADING_DASHES) closing a subheading run into the text after it.
SUBHEADING_BEFORE_DASH = " \u00a0\n\"»”"
LAST_SENTENCE_START = regex.compile("(?r)[" + regex.escape(SENTENCE_OPENERS + BULLETS) + "]")  # (`• Deux ans après …`)
LAST_BREAK = regex.compile(r"(?r)[.!?;\n]")
SENTENCE_BREAK_MARKS = ".!?\n"
SENTENCE_BREAKS = re.compile(f"[{re.escape(SENTENCE_BREAK_MARKS)}]")
ELIDED_WORD = re.compile(r"[^\W\d_]+'?")  # a word with its elision's apostrophe (`j'`)
# An apposition set off by commas, then perhaps a verb's first word (`, patron de Z, penser qu'il a `)
APPOSITION_THEN = re.compile(r"\s*,[^,.!?:;«»\"\n]+,\s*(?:(\w+)\b[^,.!?:;«»\"\n]*)?")
QUOTATION_END = 3  # a full stop this close to a quotation's end (`. »`, `."`) ends the sentence around it
OPENING_WINDOW = 120
CONNECTIVE_REACH = 16  # characters before a name a connective opening its clause may take (`néanmoins `)
MAX_SENTENCES_NAMING_NOBODY = 2  # sentences naming no person a description may look past for who it means
LAST_WORD = regex.compile(r"(?r)\b\w+$")
NEXT_WORD = re.compile(r"[^\W\d_]+['’]?")  # (`s'`: an elided pronoun, whole)
MAX_OPENING_ADVERBIAL = 4
MAX_OPENING_WORDS = 10
MAX_SENTENCE_OPENING = 400  # characters read back from a subject to where a long opening clause starts
RELATIVE_WINDOW = 8
SOURCE_REACH = 48  # characters before a name read for a selon-like word before it (`selon son X, Y.`)
PASSIVE_AGENT_REACH = 80  # characters before a name read for the passive it is the agent of (`été pointée par`)
MAX_PASSIVE_WORDS = 4  # words between `été` and `par` (`été pointée du doigt par`)
SOURCE_PRONOUN_REACH = 24  # characters before a name read for a source and its pronoun (`D'après elles-mêmes, `)
SOURCE_THEN_PRONOUN = re.compile(r"([^\W\d_][\w'’]*)\s+([^\W\d_][\w-]*),\s*$")  # `Pour lui, ` before a name
MAX_KIND_ADJECTIVES = 2  # `le groupe (chimique) Dow`, `le syndicat professionnel majoritaire`: adjectives of a kind of body
MAX_JOINED_WORDS = 12  # `le ministère de la Santé et l'Assurance maladie`: two bodies named together
MAX_CIVIL_TITLE_CHARS = 12  # `Mademoiselle`: the longest civil title
VOICE_WINDOW = 24  # characters before a name that may hold `par la voix de`
TOPIC_WINDOW = 12  # characters before a name that may hold `quant aux`
PRESENTING_WINDOW = 32  # characters before a name that may hold `c'est notamment le cas de`
TOPIC_REACH = 120  # characters after a topic (`Quant à X, chef de file des députés, il`) where its pronoun may stand
MAX_TOPIC_APPOSITIONS = 1  # phrases set off by commas between a topic and its pronoun
MAX_STRESSED_CHARS = 10  # `, elle-même,`: a stressed pronoun set off by commas after a name
MAX_AUXILIARY_GAP = 4  # words between an auxiliary and its participle: `a de son côté indiqué`
MIN_INITIALS, MAX_INITIALS = 3, 4  # `DSK`, `PPDA`: a person known by the initials of a full name (not `PS`)
_position = itemgetter(0)  # of a (position, entity) pair


def _after_last_break(window: str) -> str:
    """The window from its last punctuation mark on, trailing commas and spaces aside: no title
    runs across one, and `title_before_name` then searches a few words instead of 80 characters."""
    end = len(window.rstrip())
    while end and window[end - 1] == ",":
        end = len(window[: end - 1].rstrip())
    last_break = LAST_TITLE_BREAK.search(window, 0, end)
    cut = last_break.start() if last_break else -1
    return window[cut:] if cut > 0 else window  # the mark kept: the pattern may start at it


def _by_first_letter(words: list[str]) -> str:
    """The words as an alternation for `re`, in their order, each first letter written once (`d(?:es|e)|v(?:on|an)`):
    `re` tests the alternatives one after the other, and where a particle is looked for, most often none is there."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()) or "(?!)"


def _whole_words(words) -> re.Pattern:
    """Any of the words (in lower case) as ELIDED_WORD reads a text: no letter before it, nor after it a letter or
    (but for an elided one) an apostrophe. Sought by its letters, what stands around them checked after: one search,
    where a list of all the text's words cost five times as much."""
    forms = [re.escape(word) + f"(?<![^\\W\\d_]{'.' * len(word)})" + ("" if word.endswith("'") else "(?![^\\W\\d_]|')")
             for word in sorted(words) if ELIDED_WORD.fullmatch(word)]  # (a word it never reads is never found)
    return re.compile("|".join(forms) or "(?!)")


class Patterns:
    """What resolution needs of a language: regular expressions built from its function words, and
    the reading of names and titles, the same in every article."""

    def __init__(self, lang):
        self.lang = lang
        of = _alternation(lang.OF)
        # the language's quote marks, which a speaker's name drops (`les « gilets jaunes »`: les gilets jaunes)
        closers = [c for closer in lang.QUOTE_PAIRS.values() for c in ((closer,) if isinstance(closer, str) else closer)]
        marks = {*lang.QUOTE_PAIRS, *closers} - {"'", "’"}
        self.quote_mark_characters = frozenset("".join(marks))  # (asked of every mention: a set's test, in C)
        self.quote_marks = regex.compile("|".join(regex.escape(m) for m in marks))
        determiners = _alternation(lang.DESCRIPTION_OPENERS, capitalised=True)
        # "la ministre des Solidarités " right before a name. The determiner follows a space, a mark
        # or the start (a lookbehind, tried only where a determiner's first letter is); the title
        # runs greedily to the end, where it only gives back spaces and commas (stripped after).
        self.title_before_name = regex.compile(
            rf"(?<![^,.;:!?»\"(\s])((?:{determiners})\s*[^,.;:!?\"«»()]{{2,70}})[,\s]*$"
        )
        self.ends_with_of = regex.compile(rf"(?:{of})$")
        self.ends_with_to = regex.compile(rf"(?:{_alternation(lang.TO)})$")
        self.pronoun_first_words = frozenset(p.split(" ", 1)[0] for p in lang.PRONOUNS if " " in p)  # `celle` (`celle qui`)
        # a name completing a noun, then a coordinator: the next name completes it too (`le père de William et Harry`)
        self.ends_with_joined_complement = regex.compile(
            rf"(?:{of})\s*(?:\p{{Lu}}[\p{{L}}'’-]*\s+)+(?:{_alternation(lang.COORDINATORS)})\s*$")
        # a determiner inside a title, or a preposition holding one (`le porte-parole du ministre X`)
        inner_openers = _alternation((*lang.DESCRIPTION_OPENERS, *lang.CONTRACTED_ARTICLES), capitalised=True)
        self.inner_opener = regex.compile(rf"(?<=\s)(?:{inner_openers})")
        # the last preposition holding its article (`au`, `du`) in a text, past everything before it
        self.last_contracted = re.compile(rf"(?s).*\s({'|'.join(map(re.escape, lang.CONTRACTED_ARTICLES))})\s") \
            if lang.CONTRACTED_ARTICLES else re.compile("(?!)")
        self.ends_with_of_noun = regex.compile(rf"(?:{of})(?:\s*\p{{Ll}}[\p{{L}}'’-]*)+$")
        # a connective opening a main clause, then the name (`…, et pourtant X`): searched back from the name
        self.clause_connective_before = regex.compile(
            rf"(?ri)(?:{_alternation(lang.CLAUSE_CONNECTIVES)})\s+$") if lang.CLAUSE_CONNECTIVES else None
        self.inner_to = regex.compile(rf"\s(?:{_alternation(lang.TO)})\s")
        self.inner_of = regex.compile(rf"\s(?:{of})")
        # `dans un communiqué`, `par courrier`: the words after a preposition of where, or how, somebody spoke
        self.after_place_of_speaker = regex.compile(
            rf"\b(?:{_alternation((*lang.PLACE_OF_SPEAKER, *lang.BY))})\s+(\p{{L}}+)['’]?\s*(\p{{L}}+)?")
        # `le chanteur de 51 ans`: an age, no complement that would make a description specific
        self.age_complement = regex.compile(rf"\s(?:{of})\s*\d+\s*(?:{_alternation(lang.AGE_WORDS)})\b")
        # A run of capitalised words: not inside a word, but after an elided word (`qu'Alain X`, `d'Emmanuel X`)
        # or the dash closing a subheading (`- « … » -Jacques X`).
        elided = "|".join(regex.escape(e.rstrip("'")) for e in lang.ELISIONS)
        particles = {*lang.NAME_PARTICLES, *(p.replace("'", "’") for p in lang.NAME_PARTICLES)}
        particle = "|".join(regex.escape(p) for p in sorted(particles, key=len, reverse=True)) or "(?!)"
        self.particle = regex.compile(particle)
        # a particle run into the run's last word, elided (`Valéry Giscard d'Estaing`; not `L'avocat d'Isabelle X`)
        elided_particles = "|".join(regex.escape(p) for p in particles if p[-1] in "'’") or "(?!)"
        # Civil titles closed by a full stop (`M. X`, `MM. X et Y`), which a run of capitalised words does not go
        # over, as written before a name
        self.dotted_titles = tuple({form for t in lang.CIVIL_TITLES if t.endswith(".") for form in (t.capitalize(), t.upper())})
        # Civil titles as written before a name, closed by a full stop or not (`Mme`, `Me`, `docteur`)
        self.civil_title_forms = frozenset(form for t in lang.CIVIL_TITLES for form in (t, t.capitalize(), t.upper()))
        # The civil titles a surname alone follows as a person's (`Mme Lenoir`, `Me Lenoir`): abbreviated or of a
        # profession (not `Madame`, `Monsieur` in full, which open names of works and brands: `Madame Figaro`)
        self.surname_titles = frozenset(form for t, gender in lang.CIVIL_TITLES.items()
                                        if gender is None or len(t.rstrip(".")) <= MAX_ABBREVIATED_TITLE
                                        for form in (t, t.capitalize(), t.upper()))
        # (words joined by a hyphen or spaces: a dash set off by spaces ends a name, `Jane Roe - champion … -`)
        self.name_run = regex.compile(
            rf"(?:(?<![\p{{L}}\p{{M}}'’-])|(?<=[\s\"»”]-)|(?<=\b(?:{elided})['’]))(?:{NAME_WORD})"
            rf"(?:(?:-|[ \u00a0]+)(?:(?:{particle})[ \u00a0-]+){{0,2}}(?:{NAME_WORD}))*"
            rf"(?:[ \u00a0](?:{elided_particles})(?:{NAME_WORD})(?![\p{{L}}\p{{M}}'’-]|[ \u00a0-]+\p{{Lu}}))?"
        )
        # The same runs found by `re`, on the texts its classes cover (most articles). `re` skips to a
        # capital only when the pattern opens with one: the test of what stands before it comes after it,
        # one lookbehind per elided word (each of one length).
        upper = f"[{FAST_UPPER}]"
        before = "|".join([rf"(?<![{FAST_LETTER}'’-].)", r'(?<=[\s"»”]-.)',  # (`- « … » -Jacques X`: after a subheading)
                           *(rf"(?<=\b{re.escape(e.rstrip(chr(39)))}['’].)" for e in lang.ELISIONS or ("",))])
        fast_word = _name_word(upper, FAST_LETTER)
        # (`{0,2}` and `?` spelled as alternatives with an empty one, tried in the same order: `re` enters a counted
        # repeat of a group through a context it allocates; the particles grouped by their first letter)
        particles_then = rf"(?:{_by_first_letter(sorted(particles, key=len, reverse=True))})[ \u00a0-]+"
        self.fast_name_run = re.compile(
            rf"{_name_word(upper, FAST_LETTER, before=f'(?:{before})')}"
            rf"(?:(?:-|[ \u00a0]+)(?:{particles_then}(?:{particles_then}|)|)(?:{fast_word}))*"
            rf"(?:[ \u00a0](?:{elided_particles})(?:{fast_word})(?![{FAST_LETTER}'’-]|[ \u00a0-]+{upper})|)"
        )
        # (an elided opener runs into the next word: `lorsqu'elle`)
        self.fronted_clause_openers = tuple(opener if opener.endswith("'") else f"{opener} "
                                            for opener in lang.FRONTED_CLAUSE_OPENERS)
        self.source_openers = frozenset(w for w in (*lang.FOR, *lang.ACCORDING_TO) if " " not in w)
        # a time told relative to an event, opening an adverbial (`deux ans après`, `peu avant`)
        self.time_openers = tuple(f"{p} " for p in lang.TIME_PHRASES if p.rsplit(" ", 1)[-1] in lang.ADJUNCT_PREPOSITIONS)
        # a selon-like word, whole (`selon`, `d'après`)
        self.according_word = regex.compile(rf"(?i)(?<!\w)(?:{_alternation(lang.ACCORDING_TO)})(?!\w)") \
            if lang.ACCORDING_TO else None
        # the last words of the prepositions that close a sentence with no verb before its topic (`chez`, `par`)
        self.verbless_topic_closers = frozenset([*(p.rsplit(" ", 1)[-1] for p in lang.VERBLESS_TOPIC_PREPOSITIONS), *lang.BY])
        self.thing_nouns = frozenset((*lang.ORGANISATION_NOUNS, *lang.BODY_KIND_NOUNS, *lang.SOURCE_DOCUMENTS))
        self.document_words = frozenset(lang.SOURCE_DOCUMENTS)
        self.source_anaphors = frozenset(lang.SOURCE_ANAPHORS)
        self.source_anaphor_words = frozenset([*lang.SOURCE_ANAPHORS, *lang.DETERMINERS, *lang.OF])
        self.not_name_words = frozenset([*lang.DETERMINERS, *lang.CIVIL_TITLES, *lang.CONNECTIVES, *lang.PRONOUNS])
        # the first words of the bodies' names that go on in lower case (`république` for `La République en marche`)
        self.lower_case_name_openers = frozenset(name.split()[0] for name in lang.BODY_NAMES_IN_LOWER_CASE)
        # the same opening a sentence: a run of one of them alone holds no name (`Le`, `Il`: a fifth of all runs)
        self.lone_not_names = frozenset(w.capitalize() for w in self.not_name_words)
        # offices one is elected or named to: a candidate may hold any of them (`la candidate`, `la députée`)
        self.offices = frozenset([*(r for roles in lang.ROLE_HYPERNYMS.values() for r in roles), *lang.BODY_OFFICES,
                                  *lang.UNIQUE_OFFICES, *lang.ROLE_EPITHETS.values()])
        # the words that may follow a name in lower case (`X de Y`, `X et Y`, `X lui-même` aside): no adjective
        self.function_words = frozenset([*self.not_name_words, *lang.OF, *lang.NAME_PARTICLES, *lang.COORDINATORS,
                                         *lang.OBJECT_PREPOSITIONS, *lang.ADJUNCT_PREPOSITIONS, *lang.THAT,
                                         *lang.RELATIVE_CLAUSE_WORDS])
        self.place_words = frozenset([*lang.DETERMINERS, *lang.OBJECT_PREPOSITIONS, *lang.ADJUNCT_PREPOSITIONS]) \
            - frozenset(lang.PERSON_PREPOSITIONS)
        # Words that show a clause of its own: an auxiliary, a conjunction, a relative pronoun.
        self.clause_words = lexicon_of(lang).auxiliary_forms | {*lang.THAT, *lang.RELATIVE_CLAUSE_WORDS}
        self.that_stems = tuple({that.rstrip("'") for that in lang.THAT})  # `qu` finds both `que` and `qu'`
        # a place preposition contracted with its article (`au`, `aux`)
        self.place_articles = tuple(w for w in lang.CONTRACTED_ARTICLES if w not in lang.OF)
        # what brings in where a role is held (`au Sénat`, `sur TMC`), after which a name completes the role (not
        # TO: `a spokesperson for Unilever` speaks for the company)
        self.role_places = (*self.place_articles, *(p for p in lang.ROLE_COMPLEMENT_PREPOSITIONS if p not in lang.TO))
        # The first word of every role noun: no role starts at any other word.
        roles = [*lang.ROLE_NOUNS, *lang.ROLE_EPITHETS]
        self.role_first_words = frozenset(role.replace("'", "' ").split()[0] for role in roles)
        # each role under its own spelling and without accents: `chef de l'Etat` is `chef de l'état`
        self._roles = {spelling: role for role in roles for spelling in (role, strip_accents(role))}
        # nouns of a people, a nation's or a party's (`le Belge`, `l'Insoumise`): descriptions, never names
        self.nouns_of_a_people = {**lang.DEMONYMS, **lang.PARTY_MEMBER_NOUNS}
        self.first_person_singular = _whole_words(lang.FIRST_PERSON_SINGULAR)  # sought in quotations
        # `Ce dernier fait un geste.`: a pronoun of the latest mentioned opening a sentence, capitalised (sought in text)
        self.latest_mentioned_subject = re.compile("|".join(
            re.escape(p[:1].upper() + p[1:]) + r"\b" for p in sorted(lang.sets.LATEST_MENTIONED, key=len, reverse=True))
            or "(?!)")
        # Names, titles and mentions repeat from article to article: read each once.
        self.names_in_run = lru_cache(maxsize=4096)(self._names_in_run)
        self.head_noun = lru_cache(maxsize=4096)(self._head_noun)
        self.title_ending = lru_cache(maxsize=4096)(self._title_ending)  # `le ministre de l'Intérieur ` repeats
        self.lexicon = lexicon_of(lang)
        self._auxiliary_forms = self.lexicon.auxiliary_forms
        self.speaker_name_words = lru_cache(maxsize=4096)(self._speaker_name_words)
        self.description_head = lru_cache(maxsize=4096)(self._description_head)
        self.camps = lru_cache(maxsize=4096)(self._camps)
        self.without_inner_holder = lru_cache(maxsize=4096)(self._without_inner_holder)
        self.named_complement = lru_cache(maxsize=4096)(self._named_complement)
        self.kind_nouns = lang.sets.BODY_KIND_NOUNS | lang.sets.GROUP_NOUNS | lang.sets.PLACE_KIND_NOUNS

    def _names_in_run(self, run: str, completes: bool = False, apposed: bool = False) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Split a capitalised run where a first name starts a new name: 'Rio Tinto Simon Thompson' →
        'Rio Tinto', 'Simon Thompson'; not after first names only, which a middle name goes on ('Jean Marc
        Dupont'), unless the run `completes` a noun, a preposition before it ('ministre de la Justice Nicole
        X': a first name's spelling may be a noun's), else after a ministry's domain there (PORTFOLIOS: 'ministre
        de la Santé Eteni Longondo'); never a run `apposed` after a comma, one name whole ('le chef du service, Vasant
        Kumar Roy'); not at a place's first name (PLACE_FIRST_NAMES) another first name follows."""
        words = self._name_words(run)
        if not words:
            return ()
        if len(words) > 1 and words[-1][1:2] in ("'", "’") and words[-1][:1].islower() \
                and normalize(words[-2].rsplit("-", 1)[-1]) in self.lang.sets.PLACE_NOUNS:
            words = words[:-1]  # `Provence-Alpes-Côte d'Azur`: a place's name, no surname with its particle
        cut = None if apposed else next(
            (
                n
                for n in range(1, len(words) - 1)
                if first_name_gender(words[n]) and not self.particle.fullmatch(words[n].lower())
                and normalize(words[n]) not in self.lang.sets.PLACE_FIRST_NAMES  # `New York Times`: no York in it
                and normalize(words[n - 1]) not in self.lang.sets.PLACE_NOUNS  # `Maison Blanche`: the place's name
                and (completes or not all(map(self._plain_first_name, words[:n])))
                # `Debout la France Nicolas X`: a place's name ends the body's, the next first name opens the person's
                and not (normalize(words[n]) in self.lang.PLACE_FIRST_NAMES and first_name_gender(words[n + 1]))
            ),
            None,
        )
        if cut is None and not apposed and completes and len(words) > 2 and words[1][:1].isupper() \
                and normalize(words[0]) in self.lang.PORTFOLIOS:
            cut = 1  # `ministre de la Santé Eteni Longondo`: a domain, then its holder
        if cut is None and len(words) > 3 and self._plain_first_name(words[0]):
            # `► Paul X Le Monde rapportait …`: after a first name and a surname, an article opens another name (but
            # `Marine Le Pen`, `Jean Marie Le Pen`: the article right after first names)
            cut = next((n for n in range(2, len(words) - 1) if normalize(words[n]) in self.lang.sets.DEFINITE
                        and self._surname_before(words[:n])), None)
        parts = [words] if cut is None else [words[:cut], words[cut:]]
        if cut is not None and cut > 1 and self.particle.fullmatch(words[cut - 1].lower()):
            parts[0] = words[: cut - 1]  # `Mort de George Floyd`: a particle before a first name ends no name
        found, pos = [], 0
        for part in parts:
            pos = run.index(part[0], pos)
            found.append((pos, tuple(part)))
            pos += len(part[0])
        return tuple(found)

    def _surname_before(self, words: list[str]) -> bool:
        """The words end on a first name and a surname, or on them and a particle (`Paul X de`; not `Loïc de`)."""
        if self.particle.fullmatch(words[-1].lower()):
            words = words[:-1]
        return len(words) >= 2 and not first_name_gender(words[-1])

    def _plain_first_name(self, word: str) -> bool:
        """A first name of either gender (not `Si`, given to both), no place's (`Ile-de-France`, `France`)."""
        return first_name_gender(word) in ("m", "f") and not any(part[:1].islower() for part in word.split("-")) \
            and normalize(word) not in self.lang.PLACE_FIRST_NAMES

    def _name_words(self, run: str) -> list[str]:
        """The words of a capitalised run that can be part of a name (titles and
        sentence-initial function words dropped)."""
        words = run.replace("\u00a0", " ").split(" ")
        if words and words[0][1:2] in ("'", "’") and ELIDED.match(words[0]):  # (the apostrophe told first, in C)
            words[0] = words[0][2:]  # L'Insoumis, L'ex-ministre, S'il
        stop = self.not_name_words
        titled = False
        while words and (normalize(words[0]) in stop or self.is_title_word(words[0]) or not words[0][:1].isupper()):
            if words[0][1:2] in ("'", "’") and words[0][:1].islower() and words[0][2:3].isupper():
                words[0] = words[0][2:]  # `L'avocat d'Isabelle`: the name after the elided particle
                break
            if titled and words[0][:1].isupper() and (normalize(words[0]) not in stop or (
                    normalize(words[0]) in self.lang.sets.DEFINITE and len(words) > 1 and words[1][:1].isupper())):
                break  # `M. Le Maire`: after a civil title, a surname, its article and whatever noun it spells
            titled = titled or normalize(words[0]) in self.lang.CIVIL_TITLES
            words = words[1:]
        return words

    def is_title_word(self, word: str) -> bool:
        word = without_former(self.lang, normalize(word))
        return word in self.lang.ROLE_NOUNS or word in self.lang.sets.TITLE_ADJECTIVES

    def _head_noun(self, description: str) -> str | None:
        """The role noun a description is built on: "ministre" in "la ministre de la Santé"."""
        words = [without_former(self.lang, w) for w in normalize(description).replace("'", "' ").split()]
        for i, word in enumerate(words):
            if word not in self.role_first_words:
                continue
            for n in (4, 3, 2, 1):
                phrase = self._roles.get(" ".join(words[i : i + n]).replace("' ", "'"))
                if phrase:
                    return phrase
        return None

    def around_head(self, description: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words before and after a description's head noun, elisions split off (`la secrétaire d'État à
        l'Égalité`: `la`; `à`, `l'`, `Égalité`), a preposition the head ends on after it (`le patron du groupe`: `du`,
        `groupe`); all before for no head."""
        words = description.replace("’", "'").replace("'", "' ").split()
        head = self.head_noun(description)
        if head is None:
            return tuple(words), ()
        lowered = [without_former(self.lang, normalize(w)) for w in words]
        head_words = head.replace("'", "' ").split()
        if head_words[-1] in self.lang.OF:
            head_words.pop()
        size = len(head_words)
        at = next((k for k in range(len(words)) if lowered[k : k + size] == head_words), None)
        return (tuple(words), ()) if at is None else (tuple(words[:at]), tuple(words[at + size :]))

    def _named_complement(self, description: str) -> str | None:
        """What a role's complement names, capitalised (`le président des Patriotes`: `patriotes`; `le président de
        la République`: `république`; `la présidente de la région Bretagne`: `région bretagne`), in lower
        case, an acronym as written (`RN`); None for no complement or one in lower case (`le maire de la ville`)."""
        after = self.around_head(description)[1]
        if not after or normalize(after[0]) not in self.lang.OF:
            return None
        rest = list(after[1:])
        while rest and normalize(rest[0]) in self.lang.DETERMINERS:
            rest = rest[1:]
        if not rest or not (rest[0][:1].isupper() or (len(rest) > 1 and rest[1][:1].isupper()
                                                      and normalize(rest[0]) in self.kind_nouns)):
            return None  # (a kind of body, group or place before its name: not `du palais Bourbon`, the body it houses)
        return rest[0] if len(rest[0]) > 1 and rest[0].isupper() else normalize(" ".join(rest))

    def _lower_case_body_name(self, text: str) -> int:
        """How many words of the text, maybe past an article, a body's name that goes on in lower case spans
        (BODY_NAMES_IN_LOWER_CASE), 0 if it opens with none."""
        opening = text.split(None, 2)[:2]  # (most runs: neither of their first two words opens such a name)
        if not any(normalize(w) in self.lower_case_name_openers for w in opening):
            return 0
        words = [w.strip(",.;:()") for w in normalize(text[:80]).split()]
        skip = 1 if words and words[0] in self.lang.DETERMINERS else 0
        rest = " ".join(words[skip:])
        name = next((n for n in self.lang.BODY_NAMES_IN_LOWER_CASE if rest == n or rest.startswith(n + " ")), None)
        return skip + len(name.split()) if name else 0

    def _speaker_name_words(self, mention: str) -> tuple[str, ...]:
        """The speaker's name inside a mention: not a name completing a description
        ('le maire de Lyon, Grégory Doucet' → 'Grégory Doucet'), a person's first."""
        names = []
        name_run = self.fast_name_run if in_fast_blocks(mention) else self.name_run
        for m in name_run.finditer(mention):
            if self._owner(m.group(), mention[m.end() :]):
                continue
            run, start = m.group(), m.start()
            if run.isupper() and normalize(run) in self._roles:
                continue  # `le PDG de X`, `le DG`: a role's initials, no name
            if mention[start - 1 : start].isdigit() or COUNTED.search(mention, 0, start):
                # `du 20H Agnès X`, `du 20 Heures de France 2`: a word after a number goes with it, no name (but
                # `Covid-19 Brasil`, `the 2021 Gallup poll`)
                glued, _, run = run.partition(" ")
                start += len(glued) + 1
                if not run:
                    continue
            before = mention[:start]
            if before.strip() and self._after_title(before.split()) and self._labels_the_role(run, mention[m.end() :]):
                # `la candidate Front national`, `le maire PS de Lyon`, `l'élue PS de X`, `la conseillère régionale LR de
                # X`: a body's name qualifying the role (past an adjective of it)
                continue
            if (body_end := self._lower_case_body_name(mention[start:])):
                # `le président des députés La République en marche (X)`: a body's name, no surname; the run goes on
                # after it (`Debout La France Nicolas X`)
                rest = run[len(" ".join(mention[start:].split()[:body_end])) :]
                start += len(run) - len(rest.lstrip())
                run, before = rest.lstrip(), mention[:start]
                if not run:
                    continue
            completes = run.count(" ") > 1 and self.completes(before)
            # (called as `_find_people` calls it unless apposed: one cache entry for both)
            found = self.names_in_run(run, completes, True) if before.endswith(", ") else self.names_in_run(run, completes)
            # (`le président du groupe Les Indépendants`: inside a description, a body's name, its article written in it)
            body = len(run.split(None, 1)[0]) + 1 if before.strip() and self._opens_with_plural_article(run) else None
            for offset, words in found:
                if offset == body and not first_name_gender(words[0]):
                    continue
                if len(words) > 1 and words[1][:1].isupper() and self._demonym(mention[: start + offset], words[:1]):
                    # `l'Indonésienne Kamariah X`: the people's noun, then the name
                    offset, words = offset + len(words[0]) + 1, words[1:]
                if not self._is_complement(mention[: start + offset], words) \
                        and not self._demonym(mention[: start + offset], words):
                    names.append((words, before.endswith(", ")))
        people = [(words, apposed) for words, apposed in names if first_name_gender(words[0])]
        # "Jérôme Salomon" before a lone "Santé"; a name in apposition before one inside the description (`le président
        # de la fondation Jean X, Paul Y`: Y)
        people.sort(key=lambda found: (not found[1], len(found[0]) < 2))
        return (people or names or [((), False)])[0][0]

    def _after_title(self, words: list[str]) -> bool:
        """The words end on a title's (`l'élue`), perhaps before an adjective of it (`la conseillère régionale`)."""
        last = words[-1].replace("’", "'").rpartition("'")[2]
        return self.is_title_word(last) or (len(words) > 1 and last.isalpha() and last.islower()
                                            and last not in self.function_words and self.is_title_word(words[-2]))

    def _labels_the_role(self, run: str, rest: str) -> bool:
        """A capitalised run right after a role names the body it is held in, no person: an acronym opening it, or
        one word an adjective follows (`PS de Lyon`, `Front national`); none of its words a first name (`LR Jean X`),
        but a place's one word closing it (`PS du Gard`, `PS de la Réunion`)."""
        words = run.split()
        acronym = len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()
        place = len(words) > 2 and (words[-2] in self.lang.OF or (words[-3] in self.lang.OF and words[-2] in self.lang.DETERMINERS))
        return not any(first_name_gender(w) for w in words[: len(words) - place]) and (
            acronym or (len(words) == 1 and self._adjective_after(rest)))

    def _adjective_after(self, rest: str) -> bool:
        """The words after a capitalised word go on with one in lower case that no function word is (`Front
        national`, `Parti socialiste`): the capitalised word opens a body's name."""
        following = rest.split(None, 1)[:1]
        return bool(following) and following[0].isalpha() and following[0].islower() \
            and following[0] not in self.function_words

    def _opens_with_plural_article(self, run: str) -> bool:
        """A run of capitalised words opening with a plural definite article (`Les Verts`, `Les Échos`): no
        person's name (but `Le Pen`, `La Fontaine`: a singular one may open a surname)."""
        first = normalize(run.split(None, 1)[0])
        return first in self.lang.sets.DEFINITE and self.lang.DETERMINERS.get(first, (None, None))[1] == "pl"

    def _owner(self, name: str, after: str) -> bool:
        """`Mr Musk's attorneys`: a name with a possessive ending, then a noun, owns the one who speaks."""
        following = after.split(None, 1)
        return name.replace("’", "'").endswith(self.lang.POSSESSIVE_ENDINGS) and bool(following) \
            and following[0][:1].islower()

    def _demonym(self, before: str, words: tuple[str, ...]) -> bool:
        """`le Belge`, `la Sénégalaise`, `ce Lyonnais`, `un jeune Soudanais`: a noun of nationality or of a town's
        people after its article, not a name (after a demonstrative or an indefinite article, any word of such an
        ending: not `Le Parisien`, a daily)."""
        # (alone, or before a complement a name's particle spells: `l'Insoumis de Seine-Saint-Denis`)
        word = normalize(words[0]) if len(words) == 1 or normalize(words[1]) in self.lang.OF else ""
        if not (word in self.nouns_of_a_people or word.endswith(self.lang.DEMONYM_ENDINGS)):
            return False  # most names
        last = normalize_text(before).replace("'", "' ").split()[-2:]
        if len(last) == 2 and last[1] in self.lang.sets.ROLE_MODIFIERS:
            last = last[:1]  # `un jeune Soudanais`: past an adjective
        if not last or last[-1] not in self.lang.DETERMINERS:
            return False
        # (after an indefinite article too: `un Soudanais` is somebody, `Le Parisien` may be a daily)
        return word in self.nouns_of_a_people or last[-1] in self.lang.DEMONSTRATIVES or last[-1] in self.lang.INDEFINITE_ARTICLES

    def _camps(self, description: str) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of the nationalities, then of the parties, the description names; a stem the same for both
        genders (`tunisien`, `tunisienne`)."""
        words = normalize(description).split()
        return (frozenset(w[:CAMP_STEM] for w in words if w in self.lang.DEMONYMS),
                frozenset(w[:CAMP_STEM] for w in words if w in self.lang.sets.PARTY_ADJECTIVES))

    def _description_head(self, mention: str) -> str | None:
        """The noun a description is built on: a role (`la ministre`), or a nationality (`le Belge`); none
        for the people around somebody (`l'entourage du chef de l'Etat` is not the president)."""
        words = mention.replace("’", "'").replace("'", "' ").split()
        if len(words) >= 2 and normalize(words[1]) in self.lang.SOURCE_PEOPLE:
            return None
        head = self.head_noun(mention)
        if head is None and len(words) >= 2 and normalize(words[0]) in self.lang.DETERMINERS \
                and self._demonym(words[0], (words[1],)):
            head = normalize(words[1])
        return head

    def _without_inner_holder(self, mention: str) -> str:
        """`le porte-parole du Premier ministre Boris Johnson` → `le porte-parole du Premier ministre`: the
        name of the role the description's head depends on is not part of the description."""
        name_run = self.fast_name_run if in_fast_blocks(mention) else self.name_run
        for m in name_run.finditer(mention):
            if m.end() == len(mention.rstrip()):
                holder = m.start() + self._role_in_run(m.group())
                if self._role_in_complement(mention[:holder]):
                    return mention[:holder].rstrip()
        return mention

    def after_article(self, before: str) -> bool:
        """The text `before` a capitalised run ends with a definite article, alone or held by a preposition
        (`la Ville de Strasbourg`, `à bord du Charles de Gaulle`): a run no person's name is, whatever first name
        it opens with (a town's council, a ship, a school)."""
        if before[-1:] not in (" ", "\u00a0", "'", "’"):
            return False
        words = before.rsplit(None, 2)[-2:]
        if not words or (normalize(words[-1]) not in self.lang.sets.DEFINITE
                         and normalize(words[-1]) not in self.lang.CONTRACTED_ARTICLES):
            return False
        # (`Mme le Pen`, `Marine le Pen`: a name's particle after a civil title or a first name)
        return not (len(words) == 2 and words[0][:1].isupper() and words[0][-1:].isalpha())

    def after_kind_noun(self, before: str) -> bool:
        """The text `before` a capitalised run ends with a noun of a kind of body or of a place named after somebody,
        maybe and a one-word complement (`l'Institut d'Oncologie Jean X`, `l'hôpital de cardiologie Paul X`): the run
        names that body or place, whatever first name opens it."""
        if not before[-1:].isspace():
            return False
        if self._ends_with_kind_noun(before):
            return True
        past = self._past_complement(before)
        return past is not before and self._ends_with_kind_noun(past)

    def _ends_with_kind_noun(self, before: str) -> bool:
        """A noun that makes a place's name (`rue Victor Hugo`, `le Lycée Paul X`), or one of a kind of body (`la
        fondation Jean X`, `newspaper Marie`; `l'association`) ends the text, the words before a name: not a body's
        noun completing another (`le numéro 2 du parti Jean X`: who holds the role), nor one of a role too
        (`broadcaster X`)."""
        last = before.rsplit(None, 1)[-1:]
        noun = normalize(last[0]).rsplit("'", 1)[-1] if last else ""
        if noun in self.lang.sets.NAMED_PLACE_NOUNS or noun in self.lang.sets.WORK_NOUNS:
            return True
        if noun not in self.lang.sets.BODY_KIND_NOUNS or noun in self.lang.ROLE_NOUNS:
            return False  # most names; (`broadcaster X`: a role too)
        # (each word folded alone: `normalize`'s cache is for words)
        words = [part for word in before.split()[-3:] for part in normalize(word).replace("'", "' ").split()]
        complement = [w for w in words[:-1] if w not in self.lang.sets.DEFINITE]
        return not (complement and complement[-1] in self.lang.sets.OF)

    def _past_complement(self, before: str) -> str:
        """The text `before` a name without the one-word complement that may end it (`l'Institut d'Oncologie `,
        `l'hôpital de cardiologie `); else the same text."""
        stripped = before.rstrip()
        head, _, word = stripped.rpartition(" ")
        elided, _, rest = word.replace("’", "'").rpartition("'")
        if elided and rest[:1].isalpha() and normalize(elided + "'") in self.lang.sets.OF:
            return stripped[: len(stripped) - len(word)]
        _, _, preposition = head.rpartition(" ")
        if word.isalpha() and normalize(preposition) in self.lang.sets.OF:
            return head[: len(head) - len(preposition)]
        return before

    def completes(self, before: str, prepositions: tuple[str, ...] = ()) -> bool:
        """The text `before` a capitalised run ends with a preposition (OF, PLACE_PREPOSITIONS or the
        `prepositions` given), and maybe an article (`de la`, `à`): the run completes a noun."""
        words = normalize_text(before).replace("'", "' ").split()[-2:]
        if len(words) == 2 and words[-1] in self.lang.DETERMINERS and words[-1] not in self.lang.OF:
            words = words[:-1]
        return bool(words) and (words[-1] in self.lang.sets.OF or words[-1] in self.lang.sets.PLACE_PREPOSITIONS
                                or words[-1] in prepositions)

    def _role_in_run(self, run: str) -> int:
        """Where the name starts in a capitalised run opened by a role (`Prime Minister Jane Doe`); else 0."""
        found = self.names_in_run(run)
        offset = found[0][0] if found else 0
        titles = normalize(run[:offset]).split()
        return offset if any(without_former(self.lang, w) in self.lang.ROLE_NOUNS for w in titles) else 0

    def _place_in_complement(self, before: str) -> bool:
        """The text `before` a name ends with the noun of a place named after somebody, after a preposition (`un
        chercheur à l'université `, `une enseignante du lycée `): the name is the place's (but `l'hôpital X a indiqué`:
        the place itself speaks; `le directeur de l'école X`: a role's holder)."""
        words = normalize_text(before).replace("'", "' ").split()
        if len(words) < 4 or words[-1] not in self.lang.sets.NAMED_PLACE_NOUNS:
            return False
        k = len(words) - 2 - (words[-2] in self.lang.DETERMINERS and words[-2] not in self.lang.OF)
        return words[k] in self.lang.sets.TO or (words[k] in self.lang.sets.OF and words[k - 1] not in self.lang.ROLE_NOUNS)

    def _is_complement(self, before: str, words: list[str]) -> bool:
        """'le parti de Marine Le Pen', 'du gouvernement Fillon': a name completing a
        description is not the speaker; 'le chef de la diplomatie Jean-Yves Le Drian' is."""
        if before.rstrip().endswith(","):
            return False  # an apposition: 'le maire de Lyon, Grégory Doucet'
        last_two = normalize_text(before).split()[-2:]
        if len(last_two) == 2 and last_two[0] in self.lang.CIVIL_TITLES \
                and (last_two[1] in self.lang.NAME_PARTICLES or last_two[1] in self.lang.sets.DEFINITE):
            return False  # `Mme de Guibert`, `M. Le Maire`: the particle of a name after its civil title
        if first_name_gender(words[0]) and (self.after_article(before) or self._place_in_complement(before)):
            # `le porte-parole de la Ville de Paris`: the town's, whatever first name opens it; `un professeur du lycée
            # Victor Hugo`: the school's
            return True
        before = before.rstrip()
        rest, _, title = before.rpartition(" ")
        if rest and normalize(title) in self.lang.CIVIL_TITLES:
            before = rest  # `le cabinet de Mme X`: the civil title aside
        if self.ends_with_of.search(before) or self.reached_by(before) or self.ends_with_joined_complement.search(before):
            return True
        last = [w.replace("’", "'").rsplit("'", 1)[-1] for w in before.rsplit(None, 1)[-1:]]  # `l'ex-élu` → `ex-élu`
        if last and (self.is_title_word(last[0]) or normalize(last[0]) in self.lang.PERSON_NOUN_GENDERS) \
                and all(w.isupper() and len(w) > 1 for w in words):
            return True  # `l'ancien candidat NPA`, `sa collègue LR`: the party of a role or a person, not its holder
        if self._role_in_complement(before):
            return True  # `le porte-parole du Premier ministre britannique Boris Johnson`: the PM is Johnson
        role, article = (normalize_text(before).replace("'", "' ").split()[-2:] + ["", ""])[:2]
        if article in self.lang.DETERMINERS and (self.is_title_word(role) or role in self.lang.PERSON_NOUN_GENDERS) \
                and not first_name_gender(words[0]):
            return True  # `l'élue les Républicains`: the party of a role, named after it, not its holder
        if len(words) == 1 and article in self.lang.DETERMINERS and role in self.lang.OBJECT_PREPOSITIONS \
                and not first_name_gender(words[0]):
            return True  # `chargé des Relations avec le Parlement`: one word after a preposition's article, its object
        if not (first_name_gender(words[0]) and normalize(words[0]) not in self.lang.sets.PLACE_FIRST_NAMES
                and len(words) >= 2) and self.completes(before, self.role_places):
            # `le président du groupe au Sénat`, `le présentateur sur TMC`, `la présentatrice du 20H sur France 2`:
            # where the role is held
            return True
        after_noun = self.ends_with_of_noun.search(before)
        # `le ministre de la Santé` (a one-word name there completes the noun, first name or not);
        # `le chef de la diplomatie Jean-Yves Le Drian` (a full name is the person)
        return bool(after_noun) and not (first_name_gender(words[0]) and len(words) >= 2)

    def reached_by(self, before: str) -> bool:
        """`un voisin interrogé par la radio`, `un témoin joint par Le Parisien`: the medium that reached a source;
        `un expert mandaté par X`: whoever a participle's agent is, not the person described."""
        words = normalize_text(before).replace("'", "' ").split()[-3:]
        while words and words[-1] in self.lang.DETERMINERS:
            words.pop()
        return len(words) >= 2 and words[-1] in self.lang.BY \
            and (words[-2] in self.lang.SOURCE_PARTICIPLES or words[-2].endswith(self.lang.PARTICIPLE_ENDINGS))

    def _role_in_complement(self, before: str) -> bool:
        """The words before a name end with a role that completes another noun (`… du Premier ministre
        britannique`): the name holds that inner role, not the description's head."""
        words = normalize_text(before).replace("'", "' ").split()
        roles = [i for i in range(max(0, len(words) - 3), len(words)) if self.is_title_word(words[i])]
        if not roles or any(w in self.lang.OF for w in words[roles[-1] + 1 :]):
            return False  # not `l'entourage du maire de Poitiers`: the name completes the inner role
        written = before.replace("'", "' ").split()
        if len(written) == len(words) and roles[-1] + 1 < len(words) and written[roles[-1]][:1].isupper() \
                and written[roles[-1] + 1][:1].isupper() and not self.is_title_word(words[roles[-1] + 1]):
            return False  # `la préfète du Grand Est X`: a capitalised word of a place's name, no inner role
        i = roles[0]
        while i > 0 and self.is_title_word(words[i - 1]):
            i -= 1  # `Premier ministre`
        if i > 0 and words[i - 1] in self.lang.DETERMINERS and words[i - 1] not in self.lang.OF:
            i -= 1  # `de la ministre`
        if i < 2:
            return False
        # `a spokesman for Prime Minister X`: a preposition of the head's domain links it to an inner role
        # too, one with its noun (not `Minister for Foreign Affairs X`)
        return words[i - 1] in self.lang.OF or (
            words[i - 1] in self.lang.TO and without_former(self.lang, words[roles[-1]]) in self.lang.ROLE_NOUNS)

    def _title_ending(self, tail: str) -> tuple[str, int] | None:
        """The title that ends `tail` and where it starts in it: from the first determiner that opens no
        clause (`La critique est venue de l'ex footballeur X`), or from a later one that opens a title built
        on a role (`Un homme menaçait la députée X`: `la députée`)."""
        m = self.title_before_name.search(tail)
        while m and self._holds_verb(m.group(1)):
            m = self.title_before_name.search(tail, m.start(1) + 1)  # then a title after it
        if m is None:
            return None
        description, start = m.group(1), m.start(1)
        apposed = "," in tail[m.end(1) :]
        inners = list(self.inner_opener.finditer(description))
        for inner in reversed(inners):
            if apposed and self.ends_with_of.search(description[: inner.start()].rstrip()):
                continue  # `l'avocat de la fille de la victime, X`: the name is set off from the whole title
            if self.head_noun(description[inner.start() :].strip()):
                return description[inner.start() :], start + inner.start()
        if inners and not apposed and self._object_naming_a_thing(description, inners[-1]):
            return None
        return description, start

    def _object_naming_a_thing(self, description: str, opener) -> bool:
        """`un homme gérant le garage X`: a determiner after a word that is no preposition opens the object of a
        verb, and a single noun of no person after it is what the name names."""
        after = description[opener.start() :].replace("’", "'").replace("'", "' ").split()
        if len(after) != 2:
            return False  # most titles: more than a determiner and its noun after the last determiner
        before = normalize(description[: opener.start()]).split()[-1:]
        lang = self.lang
        return (
            bool(before) and before[0].isalpha() and description[opener.start() - 1] == " "  # not across a paragraph
            and not any(before[0] in words for words in (lang.OF, lang.TO, lang.PLACE_PREPOSITIONS, lang.ADJUNCT_PREPOSITIONS,
                                                          lang.ROLE_COMPLEMENT_PREPOSITIONS))
            and normalize(after[0]) not in lang.OF
            and after[1].isalpha() and after[1].islower() and person_noun_gender(lang, after[1]) is None
        )

    def _holds_verb(self, description: str) -> bool:
        """An auxiliary, a speech verb's finite form right after the head noun (`la première dame soutient
        publiquement X`, `le député épingle aussi X`, `le ministre s'est rangé derrière X`), or its infinitive after
        the head's complements (`voient mal l'ancienne candidate à l'élection de 2002 soutenir X`): a clause, not a
        title."""
        words = normalize(description).split()[1:]
        if not self._auxiliary_forms.isdisjoint(words) or (
                "'" in description and not self._auxiliary_forms.isdisjoint(w.rsplit("'", 1)[-1] for w in words)):
            return True
        head = self.head_noun(description)
        last = head.split()[-1] if head else None
        after = words[words.index(last) + 1 :] if last in words else []
        return bool(after) and (any(f.mood == "finite" for f in self.lexicon.forms(after[0])) or any(
            f.mood == "infinitive" for n, w in enumerate(after) if not (n and after[n - 1] in self.lang.EMBEDDING_PREPOSITIONS)
            for f in self.lexicon.forms(w)))  # (not `an SNP minister to protest against the law, X`: its purpose)

    def role_of(self, head: str | None) -> str | None:
        """The role a head noun names: `chef de l'état` is a `président`."""
        return self.lang.ROLE_EPITHETS.get(head, head)


def _among(entity: Entity, entities: tuple[Entity, ...]) -> bool:
    """The very entity is one of these (entities are told apart by identity: two may look alike)."""
    return any(entity is e for e in entities)


def _alternation(words, capitalised: bool = False) -> str:
    """A regex alternation of words, elided ones ending in either apostrophe."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        variants = {word, word.replace("'", "’")}
        if capitalised:
            variants |= {v[:1].upper() + v[1:] for v in variants}
        for v in sorted(variants):
            forms.append(regex.escape(v) if v.endswith(("'", "’")) else rf"\b{regex.escape(v)}\b")
    return "|".join(forms)


@dataclass
class Entity:
    """Somebody or some body the article names, with every way it names them."""

    name: str
    kind: str  # person / organisation / group
    gender: str | None = None
    number: str = "sg"
    aliases: list[str] = field(default_factory=list)
    gender_known: bool = False  # told by the text (a civil title, a role), not guessed from a first name
    agreement: str | None = None  # the gender a participle agreeing with the name tells (`Invité …, Dominique X`)
    _alias_keys: set[str] = field(default_factory=set, repr=False, compare=False)  # the aliases, folded

    def add_alias(self, alias: str | None):
        if not alias:
            return
        key = fold(alias)
        if key not in self._alias_keys and key != fold(self.name):
            self._alias_keys.add(key)
            self.aliases.append(alias)

    def has_alias(self, alias: str) -> bool:
        return fold(alias) in self._alias_keys

    def lengthen(self, name: str) -> None:
        """Known first by a part of its name (`M. Tosi`, `Aurore`), the entity takes the whole (`Daniel Tosi`)."""
        key, known = fold(name), fold(self.name)
        if len(key) > len(known) and (key.endswith(" " + known) or key.startswith(known + " ")):
            self.add_alias(self.name)
            self.name = name


class Resolver:
    """The people and bodies of one article, and the mentions that point to them."""

    def __init__(self, text: str, lang, quoted: list[tuple[int, int]] = (), known: frozenset[str] = frozenset(),
                 glued: list[int] = ()):
        """`known`: the names (folded) of people another text names, that a lone word names here too (an article's
        title, naming by his surname whom its text calls `M. X`); `glued`: where a paragraph glued to the one before
        opens (`déterminéBernard X lutte`: a sub-heading run into the text)."""
        self.text = text
        self.lang = lang
        self.patterns = lang.derived(Patterns)
        self.lexicon = lexicon_of(lang)
        # Names inside quotations are what somebody talks about, never who speaks.
        self._quoted_starts = [lo for lo, _ in quoted]
        self._quoted_ends = [hi for _, hi in quoted]
        self.people: list[tuple[int, Entity]] = []  # (position, entity) of each named person
        self._phrases: dict[int, tuple[int, int]] = {}  # a name's position → where its phrase opens, its end
        self._places: dict[int, str] = {}  # a name's position → its place in the sentence, read when asked
        self._breaks: list[int] | None = None  # where SENTENCE_BREAKS matches, found when first asked for
        self._by_name: dict[str, Entity] = {}
        self._surnames: dict[str, Entity] = {}  # a named person's last name, folded
        self._relatives: set[int] = set()  # the people introduced as somebody's kin (`sa femme X`), by id
        # (position, entity) of the title's person a text opening on a pronoun means (set by extraction)
        self.title_subject: tuple[int, tuple[Entity, ...]] | None = None
        self._known = known
        self._glued = glued  # (in order, as found)
        self._lowered: str | None = None  # the text in lower case, made when first asked for
        self._find_people()

    # -- what the article names --------------------------------------------------------
    def _find_people(self):
        by_name, surnames = self._by_name, self._surnames
        titled = self._after_dotted_titles()
        lone_not_names = self.patterns.lone_not_names
        for m in self._name_runs():
            run, run_start = m.group(), m.start()
            if run in lone_not_names:
                continue
            if " " not in run and not first_name_gender(run) and (key := fold(run)) not in by_name \
                    and key not in surnames and run_start not in titled and key not in self._known \
                    and (run.endswith(self.lang.POSSESSIVE_ENDINGS) or not self._surname_after_title(run_start)):
                continue  # a lone capitalised word that names nobody known: most runs
            if self._in_quotation(run_start):
                continue
            # (only a run of three words or more may hold a middle name)
            completes = run.count(" ") > 1 and self.patterns.completes(self.text[max(0, run_start - 12) : run_start])
            for offset, words in self.patterns.names_in_run(run, completes):
                first_word = normalize(words[0])  # (asked up to four times: looked up once)
                if first_word in self.lang.sets.PLACE_NOUNS or (len(words) > 2 and self._ends_as_a_place(words)) \
                        or first_word in self.lang.sets.PLACE_FIRST_NAMES or first_word in self.lang.sets.FOREIGN_ARTICLES \
                        or self._body_noun_in_name(words):
                    # `Co Fermanagh`, `County Antrim`, `Caroline du Nord`: a place, whatever first name it spells;
                    # `France Bleu`, `Paris Match`: a body named after a place; `The Voice`: a work; `Kung Fu
                    # Association`: a body's noun in it
                    continue
                name = " ".join(words)
                start = run_start + offset
                # (`Les Verts`: a plural article is no first name)
                plural = self.lang.DETERMINERS.get(first_word, (None, None))[1] == "pl"
                gender = None if plural else first_name_gender(words[0])
                if gender and self._names_no_person(start):
                    # `la Ville de Paris`, `le Charles de Gaulle`: a body or a thing after its article; `la fondation
                    # Jean X`: a body named after somebody
                    gender = None
                if gender and len(words) >= 2 and first_word in self.lang.sets.SENTENCE_OPENING_WORDS \
                        and not self._inside_sentence(start):
                    # `Si Gaza n'est plus …`: a word capitalised to open the sentence, no first name (asked only of
                    # a run a first name would make a person's: most runs open on none)
                    start, words = start + len(words[0]) + 1, words[1:]
                    name, gender = " ".join(words), first_name_gender(words[0])
                described = None
                if gender and (len(words) >= 2 or (self._sure_first_name(words[0])
                                                   and (self._inside_sentence(run_start) or self._apposed_person(start + len(name)))
                                                   and not self._place_like(start, len(name))
                                                   and not self._names_no_person(start)
                                                   and not self._ends_a_body_name(start))):
                    entity = self._entity_for(name, "person", None if gender == "?" else gender)
                elif (known := by_name.get(fold(name)) or surnames.get(fold(name))) is not None:
                    entity = known
                elif start in titled or fold(name) in self._known or self._titled_full_name(start, words) \
                        or (len(words) == 1 and not name.endswith(self.lang.POSSESSIVE_ENDINGS) and self._surname_after_title(start)):
                    # `M. Hurmic`, `le général Lenoir`: a surname, the first time; `Me Ardavan X`: a first name nobody
                    # listed
                    entity = self._entity_for(name, "person", None)
                elif len(words) >= 2 and not plural and not words[0].isupper() and self._after_word(start) \
                        and not self._goes_on_with_article(run, offset + len(name)) \
                        and (described := self._description_before(start))[1]:
                    # `l'ancien footballeur Diomansy Camara`: a first name nobody listed, after a title (not `la
                    # candidate Europe Ecologie Les Verts`: a body's name, its article inside; nor `le maire PS de
                    # Lyon`: an acronym opens a body's name)
                    entity = self._entity_for(name, "person", None)
                elif not words[0].isupper() and self._apposed_age(start + len(name)) \
                        and (len(words) >= 2 or self._inside_sentence(start) or first_name_gender(words[0])):
                    # `Jacline X, 51 ans,`, `Quant à Daniel, 10 ans, il …`: a name nobody listed, or a lone first name
                    # inside a sentence or a known one opening it (`Ange, 23 ans, est arrivé`), then an age: a person's
                    entity = self._entity_for(name, "person", None)
                elif (len(words) >= 2 or is_only_first_name(words[0])) and not words[0].isupper() \
                        and first_word not in self.lang.sets.SENTENCE_OPENING_WORDS \
                        and self._description_after(start + len(name)) \
                        and all(w[:1].isupper() and w[-1] != "." for w in words) \
                        and (not self._place_like(start, len(name)) or self._word_before(start) in self.lang.OF) \
                        and not self._names_no_person(start):
                    # `Aasha X, mère célibataire,`, `Binu X, une danseuse,`, `le cas de Jacline X, militante`: a first
                    # name nobody listed, or a lone one the list knows only as one (`Marie, policière depuis 4 ans,`),
                    # then a person's description in apposition (not `au Sénégal X, un garçon`, `le site X, l'homme
                    # politique`, `Séparé de X, son fils`, `Facebook M. X, journaliste`)
                    entity = self._entity_for(name, "person", None)
                elif len(words) >= 2 and not words[0].isupper() and (stressed := self._stressed_after(start + len(name))):
                    entity = self._entity_for(name, "person", stressed)  # `Mayyada X, elle, aimerait`: hers
                elif len(words) >= 2 and self._example_of_subject(start):
                    entity = self._entity_for(name, "person", None)  # `Certains …, comme Abou Ali`: one of them
                else:
                    continue
                title_gender, description, opening = described or self._description_before(start)
                if title_gender == "m" and description and is_only_first_name(words[0]) and gender == "f":
                    title_gender = None  # `l'eurodéputé Nadine X`: French writes many roles in the masculine for women
                if title_gender and not entity.gender_known:  # `M. X` overrules a guess from X's first name
                    entity.gender, entity.gender_known = title_gender, True
                entity.add_alias(description or self._profession_of_title(opening, entity.gender))
                if entity.kind == "person" and len(words) >= 2 and self._kin_of_another(description):
                    # `Sa femme Eleana X`: the surname alone, later, means the one she is kin to
                    self._relatives.add(id(entity))
                    if surnames.get(surname := fold(words[-1])) is entity:
                        del surnames[surname]
                if entity.kind == "person" and self.text.startswith(", ", start + len(name)):  # (most names: no apposition)
                    entity.add_alias(self._description_after(start + len(name)))
                    if not entity.gender_known and (apposed := self._apposed_role_gender(start, start + len(name))) \
                            and not (apposed == ("m", True) and gender == "f"):
                        # `Campbell X, une vice-présidente de …`, `Sina, un Iranien de 18 ans`; not `Nadine X, le
                        # porte-parole`: a role in the masculine
                        entity.gender, entity.gender_known = apposed[0], True
                if entity.kind == "person" and not entity.gender_known \
                        and (agreed := self._participle_agreeing_after(start, start + len(name))):
                    entity.gender = entity.agreement = agreed  # `Andrea X est revenu sur …`: a man
                    entity.gender_known = True
                if entity.kind == "person" and not entity.gender_known and len(words) >= 2 \
                        and (agreed := self._opening_participle_gender(start)) \
                        and not (agreed == "m" and gender == "f"):
                    # `Invité sur CNews, Dominique X n'a …`: a man (not `Nommé …, Marie X`: the masculine, a slip)
                    entity.gender = entity.agreement = agreed
                    entity.gender_known = True
                self.people.append((start, entity))
                self._phrases[start] = (opening, start + len(name))

    def _name_runs(self) -> list:
        """The capitalised runs of the text, in order. On a text of FAST_BLOCKS, `fast_name_run` is tried only where
        its cases (`letter_cases`) show a capital: skipping to one, `re` tests a class at every character (59 million
        instructions in 400 articles, callgrind)."""
        text = self.text
        if not in_fast_blocks(text):
            return self._cut_at_paragraphs(list(self.patterns.name_run.finditer(text)), self.patterns.name_run.match)
        run, cases = self.patterns.fast_name_run.match, letter_cases(text)
        runs, at = [], cases.find(b"U")
        while at >= 0:
            found = run(text, at)
            if found is None:
                at = cases.find(b"U", at + 1)
            else:
                runs.append(found)
                at = cases.find(b"U", found.end())
        return self._cut_at_paragraphs(runs, run)

    def _cut_at_paragraphs(self, runs: list, run) -> list:
        """The runs cut where a paragraph opens inside one (`• Un souvenir du Bataclan Pour Paul`: a heading run
        into its paragraph, the break lost between two capitalised words)."""
        if not self._glued:
            return runs
        cut = []
        for found in runs:
            k = bisect.bisect_right(self._glued, found.start())
            if k < len(self._glued) and self._glued[k] < found.end() and (self.text[self._glued[k] - 1].isspace()
                                                                            or self._opens_glued(self._glued[k], found.end())):
                # (not inside a word: `JoeyStarr`'s capital opens no paragraph; but `Nicolas XUn mois après`)
                opening = self._glued[k]
                cut.extend(m for m in (run(self.text, found.start(), opening), run(self.text, opening)) if m)
            else:
                cut.append(found)
        return cut

    def _opens_glued(self, at: int, end: int) -> bool:
        """The capital at `at`, inside a word of a run ending at `end`, opens a word that opens a paragraph glued to the
        one before (`XUn mois`: a determiner; as the tokenizer cuts it)."""
        word = self.text[at:end].split(None, 1)[0]
        return word.lower() in self.lexicon.glued_openers

    def _body_noun_in_name(self, words: tuple[str, ...]) -> bool:
        """A body's noun past the first word (`Kung Fu Association`, `Sheffield University`): a body's name, not a
        person's (but a surname after a particle: `Rob da Bank`, `Jean de la Cour`)."""
        return any(normalize(w) in self.lang.sets.ORGANISATION_NOUNS and not self.patterns.particle.fullmatch(words[n].lower())
                   for n, w in enumerate(words[1:]))

    def _goes_on_with_article(self, run: str, end: int) -> bool:
        """The capitalised run goes on past `end` with an article (`Europe Ecologie Les Verts`): a body's name."""
        rest = run[end:].split(None, 1)
        return bool(rest) and normalize(rest[0]) in self.lang.DETERMINERS

    def _after_dotted_titles(self) -> set[int]:
        """Where a word starts after a civil title closed by a full stop (`M. Hurmic`): sought with str.find, a
        regular expression trying every character for it cost 5 % of parsing (callgrind, 400 articles)."""
        text, found = self.text, set()
        for title in self.patterns.dotted_titles:
            at = text.find(title)
            while at >= 0:
                end = at + len(title)
                if not text[at - 1 : at].isalnum() and text[end : end + 1] in (" ", "\u00a0"):
                    found.add(end + 1)
                at = text.find(title, end)
        return found

    def _surname_after_title(self, start: int) -> bool:
        """The word at `start` comes right after a civil title (`Mme Lenoir`) or a rank after its article (`le
        général Lenoir`, `l'amiral de X`; not `la Confédération générale de Roquefort`), a particle between or not;
        not after a sentence glued on (`ce professeur.Depuis`), nor an initial (`le Dr M`). Asked of most capitalised
        words: those after a mark are told first, by a character."""
        text = self.text
        if not text[start - 2 : start - 1].isalpha() or text[start - 1] not in (" ", "\u00a0") \
                or not text[start + 1 : start + 2].isalpha():
            return False  # (most words: after a mark, `. Le`, `, Paris`)
        before = text[max(0, start - 2 * MAX_TITLE_CHARACTERS) : start - 1].split()
        if before and before[-1] in self.lang.sets.NAME_PARTICLES:  # `le général de Villiers`
            before.pop()
        if not before:
            return False
        if before[-1] in self.patterns.surname_titles:
            return True
        article, _, rank = before[-1].replace("’", "'").rpartition("'")
        if article:  # `l'amiral`
            return rank in self.lang.sets.RANKS
        return before[-1] in self.lang.sets.RANKS and len(before) > 1 and before[-2].lower() in self.lang.DETERMINERS

    def _titled_full_name(self, start: int, words) -> bool:
        """Two words or more right after a civil title not closed by a full stop (`Me Ardavan X`, `Mme X Y`): a
        person's name, whatever first name opens it (not `Mr Roe's office`: what a person owns)."""
        if len(words) < 2:
            return False
        title = self.text[max(0, start - 12) : start - 1].rpartition(" ")[2]
        return title in self.patterns.civil_title_forms \
            and not any(w.replace("’", "'").endswith(self.lang.POSSESSIVE_ENDINGS) for w in words)

    def place(self, start: int) -> str:
        """Where the name at `start` stands: "subject" (opening its sentence, heading a relative, inverted
        after que: the one a later pronoun most likely means), "oblique" (after a preposition), "standard"
        (what something is compared with: never an antecedent), or ""."""
        found = self._places.get(start)
        if found is None:
            found = self._places[start] = self._read_place(start) if start in self._phrases else ""
        return found

    def leading_person(self) -> Entity | None:
        """The person a headline is about: the first it names, if no other name comes before (`Rishi Sunak meets X`,
        a first name no list knows; a label before a colon aside, `Acte III : X veut …`) and the name completes no
        role (`Le manager de X`: the manager)."""
        named = [(p, e) for p, e in self.people if e.kind == "person"]
        if not named:
            return None
        colon = self.text.rfind(":")
        after_list = [(p, e) for p, e in named if p > colon] if colon > 0 and "," in self.text[:colon] else []
        if after_list:
            # `X, Y, Z : W sort l'artillerie`, `Chômage, X : ce qu'il faut retenir de l'interview de W`: a list of
            # topics, then what the title tells
            named = after_list
        start, entity = named[0]
        name_run = self.patterns.fast_name_run if in_fast_blocks(self.text) else self.patterns.name_run
        label_end = self.text.rfind(":", 0, start) + 1
        if len(named) > 1 and self._fronted_before(start, label_end, named[1][0]):
            # `Invité par X, Y a eu une surprise`: X is in a phrase set before the subject
            label_end = self._phrases[start][1] + 1
            start, entity = named[1]
        first_run = next((self._past_opening_word(m.start(), m.group()) for m in name_run.finditer(self.text, label_end)
                          if self._of_several_words(m.group())), None)
        before = self.text[max(0, start - OPENING_WINDOW) : start].rstrip()
        if first_run is not None and first_run < start or (
                self.patterns.ends_with_of.search(before) and self.patterns.head_noun(before) is not None):
            return None
        return entity

    def _past_opening_word(self, start: int, run: str) -> int:
        """Where a capitalised run's name begins: past a word capitalised to open the sentence (`Quand X fait …`)."""
        first, _, rest = run.partition(" ")
        return start + len(first) + 1 if rest and normalize(first) in self.lang.sets.SENTENCE_OPENING_WORDS else start

    def _fronted_before(self, start: int, label_end: int, subject: int) -> bool:
        """The name at `start` ends a phrase that words open before it, set off by a comma from the next name
        (`Invité à l'Elysée par X, Y …`), not a source's (`Selon X, Y …`) nor a list's (`X, Y et Z`)."""
        opening, end = self._phrases[start]
        return bool(self.text[label_end:opening].strip()) and self.text[end : end + 1] == "," \
            and not self.text[end + 1 : subject].strip() and not self._source_opening_sentence(opening) \
            and "," not in self.text[label_end:opening]

    def _of_several_words(self, run: str) -> bool:
        """A capitalised run of two words or more, a word opening a sentence aside (`A Beyrouth, X …`: one)."""
        words = run.split()
        return len(words) > 2 or (len(words) == 2 and normalize(words[0]) not in self.lang.sets.SENTENCE_OPENING_WORDS)

    def person_names(self) -> frozenset[str]:
        """The names (folded) the text gives people, whole and by their last word (`emmanuel macron`, `macron`)."""
        return frozenset(key for names in (self._by_name, self._surnames) for key, entity in names.items()
                         if entity.kind == "person")

    def phrase_opening(self, start: int) -> int:
        """Where the phrase of the name at `start` opens (`la ministre … X`: at `la`)."""
        return self._phrases.get(start, (start, start))[0]

    def _read_place(self, start: int) -> str:
        opening, end = self._phrases[start]
        if self._after_source_pronoun(opening):
            return ""  # `Pour lui, X est victime d'une machination`: what he thinks of X; he, not X, goes on speaking
        if self._opens_sentence(opening) or self._heads_relative(end) or self._inverted_after_that(opening) \
                or (self._inverted_in_incise(opening) and not self._after_preposition(start)) \
                or self._opens_subordinate(opening, end) or self._opens_coordinate_clause(opening, end) \
                or self._source_opening_sentence(opening) or self._source_closing_sentence(opening, end) \
                or self._example_of_subject(opening) or self._voice_of(opening):
            return "subject"
        after_preposition = self._after_preposition(start)
        if (after_preposition and (self._topic_opening_sentence(opening, end) or self._author_of_words_opening(opening)
                                   or self._presented(opening))) \
                or self._verbless_topic(opening):
            return "subject"
        if after_preposition:
            return "oblique"
        return "standard" if self._compared(opening) or self._likened(opening, end) else ""

    def _voice_of(self, opening: int) -> bool:
        """`la CFDT a dénoncé …, par la voix de son secrétaire général X`: the person the body speaks through."""
        # (lower case, not `normalize`: its cache is for words, not for stretches of text)
        return self.text[max(0, opening - VOICE_WINDOW) : opening].rstrip().lower().replace("’", "'").endswith(self.lang.VOICE_OF)

    def _opens_subordinate(self, opening: int, end: int) -> bool:
        """`Une déclaration qui survient le jour où X s'est livré à la radio`: the subject of a clause opened
        inside a sentence that names nobody before it (else that person is what the sentence is about:
        `Il se réjouit lorsque X …`, `Y, chef du service où X …`), the one a later pronoun may mean; after `que`,
        only in a cleft sentence (`Ce n'est pas la première fois que X s'en prend à …`); after a word that may open a
        list's members too, only with its verb after it (`un défi dont X s'est réjoui`, not `des députés dont X et Y`)
        or as the sentence's last words (`de nombreuses réactions, dont le sénateur X.`)."""
        word = self._word_before(opening)
        cleft = word in self.lang.THAT or word + "'" in self.lang.THAT
        if word in self.lang.MEMBER_OPENERS:
            return self._verb_follows(end) or self.text[end : end + 1] == "." or self._apposition_ends_sentence(end)

        if word not in self.lang.SUBORDINATORS and not cleft:
            return False
        if self.lang.POSSESSIVE_ENDINGS and (self.text[end : end + 2].replace("’", "'") in self.lang.POSSESSIVE_ENDINGS
                                            or self.text[:end].replace("’", "'").endswith(self.lang.POSSESSIVE_ENDINGS)):
            return False  # `where Ms X's case could …`: X owns the subject
        before = self.text[max(0, opening - OPENING_WINDOW) : opening]
        start = opening - len(before) + ((found := LAST_BREAK.search(before)) is not None and found.end())
        opening_words = normalize(self.text[start:opening].strip())
        if cleft and not opening_words.startswith(self.lang.CLEFT_OPENERS):
            return False
        first = opening_words.split()[:1]
        return not (first and first[0] in self.lang.PRONOUNS) and not any(start <= p < opening for p, _ in self.people)

    def _apposition_ends_sentence(self, end: int) -> bool:
        """The name ending at `end` is set off by a comma from words that run to the sentence's end with no other
        mark (`de nombreux jeunes, dont X, étudiant de 19 ans.`): the last one the sentence names."""
        if not self.text.startswith(", ", end):
            return False
        stop = SENTENCE_BREAKS.search(self.text, end + 2, end + 2 + MAX_APPOSITION)
        return stop is not None and APPOSITION_MARKS.isdisjoint(self.text[end + 2 : stop.start()])

    def _opens_coordinate_clause(self, opening: int, end: int) -> bool:
        """`On l'a peu entendue, et pourtant X en a à dire`: the subject of a main clause a contrasting connective
        joins to the one before, after a comma (perhaps past `et`, `mais`), its verb after it."""
        connective = self.patterns.clause_connective_before
        if connective is None or (word := connective.search(self.text, max(0, opening - CONNECTIVE_REACH), opening)) is None:
            return False
        before = self.text[max(0, word.start() - OPENING_WINDOW) : word.start()].rstrip()
        if (word := LAST_WORD.search(before)) is not None and normalize(word.group()) in self.lang.OPENING_CONNECTIVES:
            before = before[: word.start()].rstrip()
        return before[-1:] in (",", ";") and self._verb_follows(end)

    def _verb_follows(self, end: int) -> bool:
        """A word in lower case follows the name ending at `end`, its verb or a pronoun before it (`s'est réjoui`),
        not a comma nor a coordinator."""
        word = NEXT_WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        return bool(word) and word.group()[:1].islower() and normalize(word.group()) not in self.lang.COORDINATORS

    def _source_opening_sentence(self, opening: int) -> bool:
        """`Pour X, …`, `Selon X, …` opening a sentence: X holds the opinion the sentence gives, the one a
        later pronoun most likely means."""
        lo = max(0, opening - 20)
        word = LAST_WORD.search(self.text[lo:opening].rstrip())
        return bool(word) and normalize(word.group()) in self.patterns.source_openers \
            and self._opens_sentence(lo + word.start())

    def _after_source_pronoun(self, opening: int) -> bool:
        """`Pour lui, …`, `Selon elle, …` opening the sentence before the phrase at `opening`: a pronoun holds the
        opinion the sentence gives of its subject."""
        if self.text[max(0, opening - 2) : opening].strip() != ",":
            return False  # (most names: no comma right before, no pattern tried)
        found = SOURCE_THEN_PRONOUN.search(self.text, max(0, opening - SOURCE_PRONOUN_REACH), opening)
        return found is not None and normalize(found.group(2)) in self.lang.STRESSED_PRONOUNS \
            and normalize(found.group(1)) in self.patterns.source_openers and self._opens_sentence(found.start())

    def _source_closing_sentence(self, opening: int, end: int) -> bool:
        """`…, selon son secrétaire général, X.`: X, the source a sentence closes on, perhaps past a role set off
        by commas, is the one a pronoun right after means."""
        if self.text[end : end + 1] != "." or self.patterns.according_word is None:
            return False
        before = self.text[max(0, opening - SOURCE_REACH) : opening]
        found = None
        for found in self.patterns.according_word.finditer(before):
            pass
        if found is None:
            return False
        between = before[found.end() :].strip().rstrip(",").strip()  # `selon son secrétaire général, X`: a role
        return "." not in between and "," not in between and (
            not between or self.patterns.description_head(between) is not None)

    def _topic_opening_sentence(self, opening: int, end: int) -> bool:
        """`Quant à X, il juge …`, `Quant à X, chef de file, il …`: X, brought in as the sentence's topic that a
        pronoun then takes up as its subject, is the one a later pronoun means (not in `Quant à X, son ami dit …`)."""
        lo = max(0, opening - TOPIC_WINDOW)
        before = self.text[lo:opening].rstrip().lower()
        opener = next((t for t in self.lang.TOPIC_OPENERS if before.endswith(t)), None)
        if opener is None:
            return False
        start = lo + len(before) - len(opener)
        if self.text[start - 1 : start].isalpha() or not self._opens_sentence(start):
            return False
        rest, *segments = self.text[end : end + TOPIC_REACH].split(",")
        for segment in segments[: MAX_TOPIC_APPOSITIONS + 1] if not rest.strip() else ():
            first = segment.split(None, 1)[:1]
            pronoun = normalize(first[0]).rsplit("'", 1)[-1] if first else ""  # (`s'il`: il)
            if pronoun in self.lang.PRONOUNS and pronoun not in self.lang.IMPERSONAL_PRONOUNS:
                return True
        return False

    def _presented(self, opening: int) -> bool:
        """`C'est le cas de X, qui vit en dessous`: X, whom a sentence opens by presenting as its case in point
        (PRESENTING_OPENERS), is the one a later pronoun means."""
        lo = max(0, opening - PRESENTING_WINDOW)
        before = self.text[lo:opening].rstrip().lower().replace("’", "'")
        opener = next((t for t in self.lang.PRESENTING_OPENERS if before.endswith(t)), None)
        return opener is not None and self._opens_sentence(lo + len(before) - len(opener))

    def _author_of_words_opening(self, opening: int) -> bool:
        """`Le témoignage de X portait sur …`, `Les propos de X ont …`: the sentence opens on words or a document
        whose author X is, the one a later pronoun means."""
        word = self.text[max(0, opening - 6) : opening].rsplit(None, 1)[-1:]
        if not word or normalize(word[0]) not in self.lang.OF:
            return False  # (most names, told cheaply; `d'X`: the elided `de`, glued to the name)
        words = normalize_text(self.text[self._sentence_starts_before(opening)[-1] : opening]).replace("'", "' ").split()
        return 3 <= len(words) <= 4 and words[0] in self.lang.DETERMINERS and words[1] in self.lang.sets.SOURCE_DOCUMENTS \
            and words[2] in self.lang.OF

    def _verbless_topic(self, opening: int) -> bool:
        """`Même son de cloche chez X.`, `Idem pour X, 30 ans.`, `Un avis partagé par X.`: a sentence with no verb,
        opened on a word of sameness and closed by the preposition bringing X in, or a thing with an indefinite
        article that X is the agent of, turns to X, the one a later pronoun means."""
        if self._word_before(opening) not in self.patterns.verbless_topic_closers:
            return False  # (most names, told cheaply)
        before = self.text[max(0, opening - OPENING_WINDOW) : opening].rstrip()
        opener = LAST_SENTENCE_START.search(before)
        words = normalize(before[opener.end() if opener else 0 :]).split()
        if len(words) < 2 or len(words) > MAX_OPENING_WORDS or not self.patterns.clause_words.isdisjoint(words) \
                or (opener is None and opening > OPENING_WINDOW):
            return False
        if words[0] in self.lang.INDEFINITE_ARTICLES:
            return words[-1] in self.lang.BY
        segment = " ".join(words)  # (not `Même si je me réjouis pour X`: a clause)
        return words[0] in self.lang.VERBLESS_TOPIC_OPENERS and not segment.startswith(self.patterns.fronted_clause_openers) \
            and any(segment.endswith(f" {p}") for p in self.lang.VERBLESS_TOPIC_PREPOSITIONS)

    def _example_of_subject(self, opening: int) -> bool:
        """`Certains ont préféré rester chez eux, comme X, à Lyon`: a name brought in as an example, after a
        comma, of an indefinite plural subject opening the sentence stands for that subject (not of an
        object: `Elle a cité d'autres victimes, comme X`)."""
        before = self.text[max(0, opening - OPENING_WINDOW) : opening].rstrip()
        marker = next((m for m in self.lang.EXAMPLE_MARKERS if before.endswith(m)), None)
        if marker is None or not before[: -len(marker)].rstrip().endswith(","):
            return False
        opener = LAST_SENTENCE_START.search(before)
        first = normalize(before[opener.end() if opener else 0 :]).replace("'", "' ").split()[:2]
        return bool(first) and (first[0] in self.lang.INDEFINITE_PLURAL_SUBJECTS
                                or "".join(first) in self.lang.INDEFINITE_PLURAL_SUBJECTS)

    def _after_word(self, start: int) -> bool:
        """A word in lower case stands right before `start`, not an article or a preposition: where a title
        may end (`le footballeur X`), or a comma, not `la Banque mondiale`, `à Paris` (a cheap test before
        the title's)."""
        before = self.text[max(0, start - 30) : start].rsplit(None, 1)[-1:]
        if before and before[0].endswith(","):
            return True  # `le porte-parole des services de santé du Cap, X Y`: a title in apposition
        if not before or not before[0][:1].islower():
            return False
        word = normalize(before[0])
        return word not in self.lang.DETERMINERS and word not in self.lang.sets.OBJECT_PREPOSITIONS

    def subject_of_a_clause_only(self, start: int) -> bool:
        """The name at `start` is the subject of a clause inside the sentence only: a preposition's object that a
        relative clause is about (`penche pour X, qui l'a aidée`), or inverted after `que` (`l'annonce que fera X`)."""
        if start not in self._phrases:
            return False
        opening, end = self._phrases[start]
        return (self._after_preposition(start) and self._heads_relative(end)) or self._inverted_after_that(opening)

    def _heads_relative(self, end: int) -> bool:
        """`… de l'ancien joueur X qui a salué …`: X is the subject of the relative clause after it (not `des
        manifestations en soutien à X qui ont dégénéré`: a verb in the plural agrees with another)."""
        if self.text[end : end + 1] == "," and (apposed := APPOSITION_THEN.match(self.text, end)) is not None \
                and apposed.group(1) and normalize(apposed.group(1)) in self.lang.RELATIVE_PRONOUNS:
            # `celui de X, porte-parole de Y, qui s'est exprimée sur RMC`: past the apposition, a relative that has
            # X speak (not `X, 15 ans, qui est mort`: whom the words are about)
            relative = self.text[apposed.end(1) : apposed.end(1) + RELATIVE_WINDOW * 3]
            cue = self.patterns.lexicon.match_cue(relative.split(), 0)
            return cue is not None and cue.mood == "finite" and not cue.passive and cue.number != "pl"
        after = self.text[end : end + RELATIVE_WINDOW * 2].split(None, 2)
        if not after or normalize(after[0].rstrip(",")) not in self.lang.RELATIVE_PRONOUNS:  # (`X qui, par …, a …`)
            return False
        verb = normalize(after[1]) if len(after) > 1 else ""
        auxiliary = self.lexicon.auxiliary(verb)
        return not ((auxiliary is not None and auxiliary.number == "pl") or verb.endswith(self.lang.VERB_ONLY_ENDINGS))

    def _inverted_after_that(self, opening: int) -> bool:
        """`Une mesure que déplore le porte-parole, X`: the subject of a speech verb inverted after que."""
        window = self.text[max(0, opening - RELATIVE_WINDOW * 6) : opening]
        if not any(that in window for that in self.patterns.that_stems):  # no `que` there: most names
            return False
        words = normalize_text(window).replace("'", "' ").split()
        if not words or self.lexicon.speech_verb(words[-1]) is None:
            return False
        k = len(words) - 2
        while k >= 0 and words[k] in self.lexicon.auxiliary_forms:
            k -= 1  # `qu'a dénoncée X`
        return k >= 0 and words[k] in self.lang.THAT

    def _inverted_in_incise(self, opening: int) -> bool:
        """`…, souligne X`: the subject of a speech verb inverted after a comma, who speaks (not a name an
        example brought in earlier in the sentence)."""
        written = self.text[max(0, opening - RELATIVE_WINDOW * 4) : opening].split()
        words = [normalize(w) for w in written]
        k = len(written)  # `…, explique au New York Times X`: past the medium told, to the verb
        while k > 1 and (written[k - 1][:1].isupper() or ELIDED.match(written[k - 1]) and written[k - 1][2:3].isupper()):
            k -= 1
        if 1 < k < len(written) and (words[k - 1] in self.lang.sets.TO or words[k - 1] in self.lang.sets.MEDIUM_PREPOSITIONS):
            words = words[: k - 1]
        if len(words) < 2 or (form := self.lexicon.speech_verb(words[-1])) is None or form.mood not in ("finite", "participle"):
            return False
        verb = len(words) - 1
        if form.mood == "participle":  # `…, a de son côté indiqué X`: back to its auxiliary, past adverbials
            verb = next((k for k in range(verb - 1, max(0, verb - MAX_AUXILIARY_GAP) - 1, -1)
                         if words[k] in self.lexicon.auxiliary_forms), 0)
        return verb > 0 and words[verb - 1].endswith(",") and form.lemma not in self.lang.RELAYING_CUES \
            and not self._named_subject_opens_sentence(opening)  # not `, rapporte France 3`; nor `X, qui …, a invité Y`

    def _named_subject_opens_sentence(self, opening: int) -> bool:
        """A person named before `opening` opens its sentence, set off by a comma (`X, qui fut ministre, …`): the subject
        the verb after the appositions agrees with (not `X a récupéré …, poursuit Y`: a clause, then an incise)."""
        named = self.named_between(self._sentence_starts_before(opening)[-1], opening)
        return any(e.kind == "person" and self.text[self._phrases[p][1] : self._phrases[p][1] + 1] == ","
                   and self._opens_sentence(self.phrase_opening(p)) for p, e in named)

    def _in_quotation(self, position: int, short_of_end: int = 0) -> bool:
        """Inside a quotation, and this many characters short of its end at least, unless a comma after it carries
        the reporter's sentence on (`« … ! », a lancé X`)."""
        n = bisect.bisect_right(self._quoted_starts, position)
        if n == 0:
            return False
        end = self._quoted_ends[n - 1]
        return position < end - short_of_end or (position < end and self.text[end : end + 2].lstrip()[:1] == ",")

    def _word_before(self, position: int) -> str:
        """The word right before `position`, normalized ("" if none)."""
        word = LAST_WORD.search(self.text[max(0, position - 12) : position].rstrip())
        return normalize(word.group()) if word else ""

    def _opens_sentence(self, start: int) -> bool:
        """Whether the phrase starting at `start` opens its sentence, perhaps after a short adverbial
        (`Plus sévère, X …`): the place of a subject, the one a later pronoun most likely means."""
        before = self.text[max(0, start - OPENING_WINDOW) : start].rstrip()
        if not before or before[-1] in SENTENCE_OPENERS or self._after_glued_paragraph(start) \
                or self._after_subheading(start) or BULLET_HEADING.search(before):
            return True
        connective = LAST_WORD.search(before)  # `Or M. X, même s'il …`, `Mais X a …`
        if connective and normalize(connective.group()) in self.lang.sets.OPENING_CONNECTIVES:
            ahead = before[: connective.start()].rstrip()
            if not ahead or ahead[-1] in SENTENCE_OPENERS:
                return True
        if before[-1] != ",":
            return False
        opener = LAST_SENTENCE_START.search(before[:-1])
        if opener is None and start > OPENING_WINDOW:  # a long opening: read back to where the sentence opens
            before = self.text[max(0, start - MAX_SENTENCE_OPENING) : start].rstrip()
            opener = LAST_SENTENCE_START.search(before[:-1])
        segment = before[opener.end() if opener else 0 : -1]
        if not segment.strip() and opener and before[: opener.start()].rstrip()[-1:] not in ("", *".!?"):
            # `X cite un « troisième larron », Y,`: the comma follows a quotation inside a sentence, not its opening
            clause = LAST_BREAK.search(before[: opener.start()])
            if self._clause_of_a_named_subject(before[clause.end() if clause else 0 : -1]):
                return False
        if self._clause_of_a_named_subject(segment):
            return False  # `X cite un troisième larron, Y,`: a clause of its own before the name
        if self._opening_participle(before[:-1], start) is not None:
            return True
        if normalize(segment.strip()).startswith(self.patterns.fronted_clause_openers) \
                and not any(normalize(part.split(None, 1)[0]) in self.lang.PRONOUNS
                            for part in segment.split(",")[1:] if part.strip()):
            # `Si l'exclusion … a fragilisé le parti, X …`: the main clause's subject after the fronted one (not `When
            # the band split, he joined another, replacing X`: the main clause opened on a pronoun before X)
            return True
        if segment.lstrip().startswith(",") and any(p + len(e.name) == start - 2 for p, e in self.people):
            # `« … », estime-t-il devant des images de X, Y et Z`: a list in the incise after a quotation (but `« … »,
            # affirmait son entourage, X refusant de …`: X's clause)
            return False
        words = segment.split()
        if words and words[0] in self.lang.UNACCENTED_CAPITALS:  # `A la fin du défilé,`: À, not the verb
            words[0] = self.lang.UNACCENTED_CAPITALS[words[0]]
            segment = segment.replace(segment.split()[0], words[0], 1)
        if len(words) <= MAX_OPENING_ADVERBIAL and not any(w[:1].isupper() for w in words[1:]):
            return True
        folded = set(normalize(segment).split())
        lead = words[1:] if words and normalize(words[0]) in self.lang.OPENING_CONNECTIVES else words
        if lead and "," not in segment and (normalize(lead[0]) in self.lang.ADJUNCT_PREPOSITIONS or (
                normalize(lead[0]) in self.lang.OF and len(lead) > 1 and lead[1][:1].islower())
                or " ".join(lead).lower().startswith(self.patterns.time_openers)):
            # `Dans cette revue des plus grandes chansons …, X aura`, `Mais de ce qui se dit sur lui, X`, `Deux ans après
            # la crise qui les a opposés, X`: one adverbial first (not `A Paris, la maire a bénéficié du ralliement du
            # candidat, X`: a clause)
            return True
        if lead and normalize(lead[0]) in self.lang.ADJUNCT_PREPOSITIONS and "," in segment and all(
                any(normalize(w) in self.lang.sets.RELATIVE_CLAUSE_WORDS for w in part.split()[:4])
                for part in segment.split(",")[1:]):
            return True  # `Pendant le procès, au cours duquel il est apparu amaigri, X`: an adverbial, its relative clause
        if len(words) <= MAX_OPENING_WORDS and folded.isdisjoint(self.patterns.clause_words):
            return True  # `Invité de RTL samedi, X`, `Représentant des salariés, X`: no verb before the name
        # `Le président du conseil, X,`: the name in apposition to a description opening the sentence (a short one:
        # not a whole clause read back to its start, `L'ancien ministre a évoqué la situation de son successeur, X,`)
        first = normalize(words[0]) if words else ""
        first = first[:2] if ELIDED.match(first) else first  # `L'ancien défenseur de X, Y,`
        return (first in self.lang.DETERMINERS and len(segment) <= OPENING_WINDOW
                and self.patterns.head_noun(segment) is not None) \
            or self._after_role_apposition(start)

    def _after_role_apposition(self, start: int) -> bool:
        """`Chef de la mission Y, placée sous la responsabilité de Z (…), X a …`: the sentence opens on a bare role
        noun and runs to the comma before the name with no verb of its own, however long: an apposition to X."""
        breaks = self._sentence_breaks()
        k = bisect.bisect_left(breaks, start) - 1
        opening = self.text[breaks[k] + 1 if k >= 0 else 0 : start].strip()
        if not opening.endswith(",") or not self.patterns.is_title_word(normalize(opening.split(None, 1)[0])):
            return False
        return self.patterns.clause_words.isdisjoint(normalize(opening).replace("'", "' ").split())

    def _opening_participle(self, before: str, start: int) -> str | None:
        """`Interrogé sur « la taxe », défendue par X avant d'être balayée par Y, Z …`: the past participle (folded) a
        clause opens on with no finite verb, if the sentence so far, `before` the name at `start`, is one: it
        qualifies the subject it leads to, however long (quotations, names and all)."""
        end = LAST_BREAK.search(before)
        if end is None and start > len(before):
            return None  # the sentence opens out of sight
        clause = before[end.end() if end else 0 :]
        words = normalize(clause[self._past_run_in_heading(clause) :]).replace("'", "' ").split()
        if len(words) > 1 and words[0].endswith(self.lang.PARTICIPLE_ENDINGS) \
                and not any((auxiliary := self.lexicon.auxiliary(w)) is not None and auxiliary.number for w in words):
            return words[0]
        return None

    def _opening_participle_gender(self, start: int) -> str | None:
        """`Invité sur CNews, Dominique X n'a pas …`: the gender of the participle opening the clause a comma closes
        right before the name at `start`, the subject it agrees with; else None (`Née d'une mère, X, et d'un père, Y,
        l'actrice …`: a clause of several commas, names in apposition inside it)."""
        lo = max(0, start - OPENING_WINDOW)
        before = self.text[lo:start].rstrip()
        if before[-1:] != "," or not self.lang.FEMININE_PARTICIPLE_SUFFIX:
            return None  # (most names: no comma before them)
        opening = LAST_BREAK.search(before[:-1])
        if "," in before[opening.end() if opening else 0 : -1]:
            return None
        participle = self._opening_participle(before[:-1], lo + len(before) - 1)
        return participle_gender(self.lang, participle) if participle else None

    @staticmethod
    def _past_run_in_heading(clause: str) -> int:
        """Where the clause's own words start past a sub-heading run into it (`- « On allait exploser » -Partagé entre
        …`: at `Partagé`): after the last dash that closes one, else 0."""
        found = 0
        for dash in HEADING_DASHES:
            at = clause.rfind(dash)
            while at > 0 and not (clause[at - 1] in SUBHEADING_BEFORE_DASH and clause[at + 1 : at + 2].isalpha()):
                at = clause.rfind(dash, 0, at)
            found = max(found, at + 1)
        return found

    def _clause_of_a_named_subject(self, segment: str) -> bool:
        """`Paul X cite un « troisième larron »`: after the segment's last comma, a first and a last name, then a
        finite speech verb: a clause with its own subject (not `Interrogé par X`, `Le président du conseil`)."""
        words = segment.rsplit(",", 1)[-1].split()
        if len(words) < 3 or not words[1][:1].isupper() or not first_name_gender(words[0]) \
                or normalize(words[0]) in self.lang.DETERMINERS:
            return False  # a first name and a last name, not `Le président`
        for word in words[2:]:
            form = self.lexicon.speech_verb(word)
            if form is not None and form.mood == "finite":
                return True
        return False

    def _ends_as_a_place(self, words) -> bool:
        """`Caroline du Nord`, `Asie du Sud`: a first name's spelling, then the end of a place's name (PLACE_TAILS)."""
        return normalize(" ".join(words[1:])).replace("’", "'").startswith(self.lang.PLACE_TAILS)

    def _place_like(self, start: int, length: int) -> bool:
        """A lone first name used as a place or a channel: `en France`, `la France`, `France 3`."""
        before = self.text[max(0, start - 12) : start].rsplit(None, 1)[-1:]
        after = self.text[start + length : start + length + 3].lstrip()
        return after[:1].isdigit() or (bool(before) and normalize(before[0]) in self.patterns.place_words)

    def _names_no_person(self, start: int) -> bool:
        """The words before the name at `start` make it a body's, a thing's or a place's, whatever first name opens it."""
        before = self.text[max(0, start - PRECEDING_WORDS_CHARS) : start]
        return self.patterns.after_article(before) or self.patterns.after_kind_noun(before)

    def _ends_a_body_name(self, start: int) -> bool:
        """A lone first name after a capitalised word, no first name, and a word in lower case ends a body's
        name: `Sécurité routière France`."""
        before = self.text[max(0, start - 40) : start].split()[-2:]
        return len(before) == 2 and before[0][:1].isupper() and before[0].isalpha() and before[1].isalpha() \
            and before[1].islower() and not first_name_gender(before[0]) and not self._function_word(before[0])

    def _function_word(self, word: str) -> bool:
        """`Her` in `Her father Ian`: capitalised only to open its sentence."""
        folded = normalize(word)
        return folded in self.patterns.not_name_words or folded in self.lang.POSSESSIVES \
            or folded in self.lang.SENTENCE_OPENING_WORDS

    def _sure_first_name(self, word: str) -> bool:
        """A lone word taken for a person only when it is nothing but a first name."""
        return is_only_first_name(word)

    def _inside_sentence(self, start: int) -> bool:
        """Not the first word of a sentence, where any word is capitalised."""
        before = self.text[max(0, start - 3) : start].rstrip()
        return bool(before) and before[-1] not in ".!?\"«»:\n" and not self._after_subheading(start)

    def _after_glued_paragraph(self, start: int) -> bool:
        """The phrase at `start` opens a paragraph glued to the one before, at it or at the word before it
        (`déterminéBernard X lutte`: a sub-heading run into the text, the name's first word glued to it)."""
        if not self._glued:
            return False
        word_start = self.text.rfind(" ", 0, max(0, start - 1)) + 1
        k = bisect.bisect_left(self._glued, word_start)
        return k < len(self._glued) and self._glued[k] <= start

    def _after_subheading(self, start: int) -> bool:
        """`- « Comme à l'origine » -Jacques X n'a pas …`: right after the dash closing a subheading, run into the text."""
        return start > 1 and self.text[start - 1] in HEADING_DASHES and self.text[start - 2] in SUBHEADING_BEFORE_DASH

    def _entity_for(self, name: str, kind: str, gender: str | None, titled: bool = False) -> Entity:
        """The entity of a name, new or known; `titled`: the gender comes from a civil title (`Mme X`)."""
        key = fold(name)
        entity = self._by_name.get(key)
        if entity is None:
            entity = self._longer_name(name, gender if titled else None)
        if entity is None:
            entity = Entity(name, kind, gender)
        else:
            entity.lengthen(name)
        if gender and not entity.gender:
            entity.gender = gender
        self._by_name[key] = entity
        if kind == "person" and " " in name:  # `M. Tchinde`, `le président Poutine` after the full name
            self._surnames.setdefault(fold(name.rsplit(" ", 1)[1]), entity)
        return entity

    def _first_names(self, words: list[str]) -> bool:
        """Words that may be first names: capitalised, no title or role (not `Supreme Court President`)."""
        return bool(words) and all(w[:1].isupper() and not w.isupper() and not self.patterns.is_title_word(w) for w in words)

    def _longer_name(self, name: str, gender: str | None = None) -> Entity | None:
        """The person already seen whose full name ends like this one ('Trump' → 'Donald Trump'), or known so far
        by this one's first name alone, of the gender a civil title gives (`Mme Chirac` is not Jacques Chirac)."""
        key = fold(name)
        last_words = " " + key
        first_word = key.split(" ", 1)[0] if " " in key and key.count(" ") < MAX_PERSON_NAME_WORDS else None
        # An entity listed under several names is tested again each time, with the same answer:
        # the first one to match is the same as without repeats.
        relative = None  # (`sa femme Eleana X`: the surname alone means her only if it names nobody else)
        for entity in self._by_name.values():
            if entity.name[:1].islower() or (gender and self._other_gender(entity, gender)):
                continue  # nor `la présidente de la Fondation Chirac`: Chirac completes her title
            full = fold(entity.name)
            ends = full.endswith(last_words)
            if ends and first_word is None and id(entity) in self._relatives:
                relative = relative or entity
                continue
            if ends or (key.endswith(" " + full) and (
                    first_name_gender(name.split()[0]) or (entity.kind == "person" and entity.gender_known
                                                           and self._first_names(name.split()[: -len(full.split())])))
                    and not (entity.gender_known and (verdict := first_name_verdict(name.split()[0])) is not None
                             and verdict[1] and verdict[0] != entity.gender)):
                # `M. Sayigh`, then `Yezid Sayigh`; but `Météo France` is not the `France` of an earlier sentence, nor
                # `Mme Chirac` Jacques Chirac (but Claude Chirac, a name mostly men's)
                return entity
            if full == first_word and entity.kind == "person" and is_only_first_name(entity.name) \
                    and not name.endswith(self.lang.POSSESSIVE_ENDINGS):
                return entity  # `Aurore`, then `Aurore Delaire`: the first name told before the full name
        return relative

    def _kin_of_another(self, description: str | None) -> bool:
        """`Sa femme`, `son fils`: a possessive, then a noun of kin."""
        words = normalize(description).split() if description else ()
        return len(words) == 2 and words[0] in self.lang.POSSESSIVES and (
            words[1] in self.lang.KIN_NOUNS or words[1] in self.lang.KIN_AFTER_POSSESSIVE)

    def _person_of_initials(self, name: str) -> Entity | None:
        """`DSK`, `NKM`, `BHL`: a word in capitals spelling the initials of a person the text names in full (each
        part of a compound counted: Dominique Strauss-Kahn, Bernard-Henri Lévy)."""
        if not (MIN_INITIALS <= len(name) <= MAX_INITIALS and name.isalpha() and name.isupper()):
            return None
        return next((e for e in self._by_name.values() if e.kind == "person" and " " in e.name and initials(e.name) == name
                     and not self.names_a_body(e.name)), None)  # (not `Royal United Hospitals`, taken for a person)

    def names_a_body(self, name: str) -> bool:
        """A word of the name is a body's noun, singular or plural (`Hospitals`, `Institute`)."""
        sets = self.lang.sets
        return any(w in sets.ORGANISATION_NOUNS or w.rstrip("s") in sets.ORGANISATION_NOUNS or w in sets.BODY_KIND_NOUNS
                   for w in normalize(name).split())

    def _holds_role_word(self, tail: str) -> bool:
        """A word a role opens with stands in the text: else no title there (told cheaply, before the title's
        pattern is tried: most capitalised runs have none before them)."""
        words = normalize_text(TITLE_BREAK.sub(" ", tail)).replace("'", "' ").split()
        role_first_words = self.patterns.role_first_words
        # (`ex-ministre`: no role's first word opens on a former prefix, so the others are looked up as they stand)
        return not role_first_words.isdisjoint(words) or any(
            without_former(self.lang, w) in role_first_words for w in words if w.startswith(self.lang.FORMER_PREFIXES))

    def _description_before(self, start: int) -> tuple[str | None, str | None, int]:
        """Gender and text of a title written just before a name ('la ministre des Solidarités'),
        and where the name's phrase starts (the title's start, a civil title's, or the name's)."""
        window = self.text[max(0, start - 80) : start]
        if ")" in window:  # `le député La République en marche (LREM) du Bas-Rhin X`: an acronym breaks no title
            window = BRACKETED_ACRONYM.sub(lambda m: " " * len(m.group()), window)
        tail = _after_last_break(window)
        gender = None
        opening = start
        last_word = window.rsplit(None, 1)[-1:]
        if last_word and not last_word[0].isalpha() and (glued := GLUED_SENTENCE.search(last_word[0])):
            last_word = [last_word[0][glued.end() :]]  # `beaucoup.Mme`: `Mme`
        if last_word and normalize(last_word[0]) in self.lang.CIVIL_TITLES:
            gender = self.lang.CIVIL_TITLES[normalize(last_word[0])]
            opening = start - len(window) + len(window.rstrip()) - len(last_word[0])
            ahead = self.text[max(0, opening - MAX_DETERMINER) : opening]
            article = ahead.rsplit(None, 1)[-1:] if ahead[-1:].isspace() else []
            if article and normalize(article[0]) in self.lang.sets.DEFINITE:  # `le Dr X`: the phrase opens on its
                opening -= len(ahead) - len(ahead.rstrip()) + len(article[0])  # article (no gender: `le Dr` for her too)
        if not self._holds_role_word(tail):
            return gender, None, opening  # no title: no role in the words before the name
        title = self.patterns.title_ending(tail)
        if not title and gender is None and self.lang.BARE_ROLE_WORDS:
            title = self._bare_role_before_name(tail)
        contracted = None
        if gender is None and (not title or self.patterns.head_noun(title[0].strip()) is None):
            contracted = self._after_contracted_article(tail)
            # `en présence du ministre de l'Intérieur X`: read as `le ministre …`
            found = self.patterns.title_ending(contracted[0] + tail[contracted[1] - 1 :]) if contracted else None
            if found is None:
                contracted = None
            else:
                title = found
        if not title or (contracted is None and (self._adverbial_before_comma(tail, title[1], start)
                                                 or self._object_of_infinitive(tail, title[1]))) \
                or self._title_of_a_name_inside(start - len(tail) + title[1], start) \
                or normalize(tail.rstrip().rsplit(None, 1)[-1]) in self.lang.sets.COORDINATORS:
            return gender, None, opening  # (`la chanteuse et X`: two people, not her title)
        description = title[0].strip()
        head = self.patterns.head_noun(description)
        if head is None or self.patterns.ends_with_of.search(description) or self.patterns.reached_by(description) \
                or self.patterns.ends_with_to.search(description):
            # `le mari de la sœur de X`, `un chercheur contacté par X`: X completes the noun, it is not its title;
            # `la chanteuse succède à X`: a verb's
            return gender, None, opening
        if contracted is None:
            opening = start - len(tail) + title[1]
            inner, _, rest = description.partition(" ")
            if normalize(inner) in self.lang.CONTRACTED_ARTICLES:  # `le porte-parole du ministre X`: `le ministre`
                description = f"{self.lang.CONTRACTED_ARTICLES[normalize(inner)]} {rest}"
                opening += len(inner) + 1
        else:  # the phrase opens after the preposition holding the article
            opening = start - len(tail) + contracted[1] + max(0, title[1] - len(contracted[0]) - 1)
        return gender or self._description_gender(description, head), description, opening

    def _profession_of_title(self, opening: int, gender: str | None) -> str | None:
        """`Me Eric X`: the profession the civil title opening the name's phrase tells (`l'avocat`), for a person of
        a known gender."""
        title = self.text[opening : opening + MAX_CIVIL_TITLE_CHARS].split(None, 1)[:1]
        professions = self.lang.CIVIL_TITLE_ROLES.get(normalize(title[0])) if title else None
        return professions[gender == "f"] if professions and gender in ("m", "f") else None

    def _title_of_a_name_inside(self, title_start: int, end: int) -> bool:
        """`la présidente de la région Valérie X pour féliciter Y`: the title is that of a person named inside it
        (whose phrase it opens), not of the name after it (but `le porte-parole de Jean X, Paul Y`: a complement)."""
        for p, entity in reversed(self.people):
            if p < title_start:
                return False
            if p < end and self._phrases.get(p, (p, p))[0] <= title_start and entity.kind == "person" \
                    and " " in entity.name and is_only_first_name(entity.name.split(" ", 1)[0]):
                return True  # a full name, of a sure first name (not `le député France insoumise X`, `UK Health Minister X`)
        return False

    def _adverbial_before_comma(self, tail: str, title_start: int, name_start: int) -> bool:
        """`Après une carrière de violoncelliste, X`: a preposition of an adjunct (not of a person: `selon`) opens
        the phrase the comma closes before the name (at `name_start`), an adverbial, not the name's title; so does one
        framing an opinion that opens the sentence, when the name opens the clause after it (`Pour le chef du
        gouvernement, X est …`, `Selon la cheffe, X n'a …`: whose opinion about X; but `Pour le maire de Y, X, les …`:
        X, in apposition)."""
        if not tail.rstrip().endswith(","):
            return False  # most titles: no comma between them and the name
        before = LAST_WORD.search(tail[:title_start].rstrip())
        word = normalize(before.group()) if before else ""
        if word in self.patterns.source_openers and not tail[: before.start()].strip(SENTENCE_OPENERS + " "):
            return self._opens_main_clause(name_start)
        if word in self.lang.OF and word not in self.lang.CONTRACTED_ARTICLES:
            # `À l'occasion du congrès de l'Union syndicale, X a …`: the title completes a noun of an adjunct that
            # opens the sentence, and the name opens the clause after it
            title_start = name_start - len(tail) + title_start
            sentence = self._sentence_starts_before(title_start)[-1]
            first = self.text[sentence:title_start].lstrip(SENTENCE_OPENERS + " ").split(None, 1)[:1]
            return bool(first) and self._adjunct_preposition(normalize(first[0])) and self._opens_main_clause(name_start)
        return self._adjunct_preposition(word)

    def _object_of_infinitive(self, tail: str, title_start: int) -> bool:
        """The words before a title a comma closes end on an infinitive after its preposition (`promis de choisir une
        femme pour colistière, X`): the title is its object, not the name's (but `appelé à devenir ministre, X`:
        LINKING_VERBS; `à chambrer leur père X`: the name in apposition)."""
        if not tail.rstrip().endswith(","):
            return False  # most titles: no comma between them and the name
        words = normalize(tail[:title_start]).replace("'", "' ").split()[-2:]
        return len(words) == 2 and words[0] in (*self.lang.OF, *self.lang.TO, *self.lang.FOR) \
            and words[1].endswith(self.lang.INFINITIVE_ENDINGS) and words[1] not in self.lang.LINKING_VERBS

    def _adjunct_preposition(self, word: str) -> bool:
        return word in self.lang.sets.ADJUNCT_PREPOSITIONS and word not in self.lang.sets.PERSON_PREPOSITIONS

    def _opens_main_clause(self, name_start: int) -> bool:
        """The name at `name_start` is not set off by a comma after it (an apposition's)."""
        name = self.patterns.name_run.match(self.text, name_start)
        return name is not None and self.text[name.end() : name.end() + 1] != ","

    def _after_contracted_article(self, tail: str) -> tuple[str, int] | None:
        """The last preposition holding its article in `tail` (`au`, `du`: CONTRACTED_ARTICLES), as the article it
        holds and where the words after it start."""
        m = self.patterns.last_contracted.match(tail)
        if m is None or not any(without_former(self.lang, word) in self.patterns.role_first_words
                                for word in normalize_text(tail[m.end() :]).split()[:ROLE_REACH]):
            return None  # most: no role in the words after it (`au Figaro`, `du jour`; but `du jeune professeur`)
        return self.lang.CONTRACTED_ARTICLES[normalize(m.group(1))], m.end()

    def _apposed_person(self, end: int) -> bool:
        """`Charlotte, une spectatrice, raconte`, `Marie, 45 ans,`: an apposition after a word opening a sentence
        describes a person (a determiner and a noun of a person or a role, or an age): the word is a first name."""
        if not self.text.startswith(", ", end):
            return False
        words = normalize(self.text[end + 2 : end + 2 + MAX_APPOSITION]).replace("'", "' ").split()[:4]
        if len(words) >= 2 and words[0].isdigit():
            return self._apposed_age(end)
        if not words or words[0] not in self.lang.DETERMINERS:
            return False
        nouns = [w.rstrip(",.") for w in words[1:]]
        return any(person_noun_gender(self.lang, w) is not None or w in self.lang.ROLE_NOUNS for w in nouns[:2])

    def _stressed_after(self, end: int) -> str | None:
        """`Mayyada X, elle, aimerait`: the gender of a stressed pronoun of one person set off by commas after the
        name ending at `end` (a person's, whatever first name it opens with), or after its verb's auxiliary before
        an adverb (`Besenta X a elle aussi dû partir`); else None."""
        if not self.text.startswith(", ", end):
            after = self.text[end : end + MAX_STRESSED_CHARS * 2].split(None, 3)[:3]
            if len(after) < 3 or not after[0].islower() or after[1] not in self.lang.sets.STRESSED_PRONOUNS \
                    or after[2] not in self.lang.sets.TIME_WORDS:
                return None
            gender, number = self.lang.PRONOUNS.get(after[1], (None, None))
            return gender if number == "sg" else None
        word, comma, _ = self.text[end + 2 : end + 2 + MAX_STRESSED_CHARS].partition(",")
        pronoun = word.strip().lower()  # (not folded by `normalize`, whose cache is for words: most are none)
        if not comma or pronoun not in self.lang.sets.STRESSED_PRONOUNS:
            return None
        gender, number = self.lang.PRONOUNS.get(pronoun, (None, None))
        return gender if number == "sg" else None

    def _apposed_role_gender(self, start: int, end: int) -> tuple[str, bool] | None:
        """`Campbell X, une vice-présidente de Facebook …`, `Sina, un Iranien de 18 ans`: the gender of the singular
        determiner opening a role, a noun of a person or of a people in apposition after the name from `start` to
        `end` (what its first name guessed gives way), and whether a role tells it (French writes many in the
        masculine for women); else None."""
        words = self.text[end + 2 : end + 2 + MAX_STRESSED_CHARS * 4].split(None, 3)[:3]
        if not words:
            return None
        first = normalize(words[0])
        if len(words) >= 2 and first not in self.lang.DETERMINERS and normalize(words[1]) in self.lang.sets.OF \
                and self._word_before(start) not in self.lang.sets.OF:
            # `Ingmar X, employée de l'endroit`: a noun of a person with no determiner, its own gender told (not
            # `l'épouse de X, infirmière de profession`: the apposition may be the one X completes)
            gender = self.lang.ROLE_NOUNS.get(first) or self.lang.PERSON_NOUN_GENDERS.get(first)
            return (gender, first in self.lang.ROLE_NOUNS) if gender in ("f", "m") else None
        gender, number = self.lang.DETERMINERS.get(first, (None, None))
        if gender not in ("f", "m") or number != "sg" or len(words) < 3:
            return None  # (an elided article, `l'`, tells no gender)
        noun, comma, following = normalize(words[1].rstrip(",")), words[1].endswith(","), normalize(words[2])
        if not (noun in self.lang.ROLE_NOUNS or self.lang.PERSON_NOUN_GENDERS.get(noun) == gender
                or self.lang.DEMONYMS.get(noun) == gender) \
                or not (comma or following in self.lang.sets.OF or following[:2] in self.lang.sets.OF):
            return None  # (not `Interrogée par X, la chanteuse est revenue …`: the sentence's subject, its verb next)
        return gender, noun in self.lang.ROLE_NOUNS

    def _participle_agreeing_after(self, start: int, end: int) -> str | None:
        """`Andrea X est revenu sur …`, `Camille X a été nommée`: the gender of the past participle of the passive's
        auxiliary right after the name from `start` to `end`, its subject, which it agrees with; else None."""
        if not self.lang.FEMININE_PARTICIPLE_SUFFIX or self.text[end : end + 1] != " ":
            return None  # (most names: a comma, a mark, a bracket after them)
        words = [normalize(w) for w in self.text[end : end + MAX_AGREEING_CHARS].split()[:3]]
        auxiliary = self.lexicon.auxiliary(words[0]) if words else None
        if auxiliary is None or auxiliary.number != "sg":
            return None
        before = self._word_before(start)
        if before[:1].islower() and before not in self.lang.sets.THAT and before not in self.lang.sets.OPENING_CONNECTIVES \
                and before not in self.lang.ROLE_NOUNS and before not in self.lang.PERSON_NOUN_GENDERS:
            return None  # the subject is not the name but what it completes: `la famille X est accusée`
        k = 2 if auxiliary.lemma == self.lang.PERFECT_AUXILIARY and words[1:2] == [self.lang.PASSIVE_PARTICIPLE] else 1
        if k == 1 and auxiliary.lemma != self.lang.PASSIVE_AUXILIARY or k >= len(words):
            return None
        return participle_gender(self.lang, words[k].rstrip(",.;:"))

    def _aged_just_before(self, position: int, gender: str | None,
                          excluded: tuple[Entity, ...]) -> tuple[int, Entity] | None:
        """The last person named, an age in apposition, in the sentence before the quotation `position` closes
        (`comme Antoine, 23 ans, étudiant. « … », lance le jeune homme`): somebody the text brings in to speak next."""
        k = bisect.bisect_right(self._quoted_starts, position) - 1
        if k < 0:
            return None
        opening = self._quoted_starts[k]
        starts = self._sentence_starts_before(opening)
        lo, hi = (starts[-2], starts[-1]) if len(starts) > 1 and opening - starts[-1] <= 2 else (starts[-1], opening)
        named = [(p, e) for p, e in self.named_between(lo, hi) if e.kind == "person"
                 and not (gender and e.gender and e.gender != gender) and not _among(e, excluded)]
        return next(((p, e) for p, e in reversed(named) if self._apposed_age(p + len(e.name))), None)

    def _apposed_age(self, end: int) -> bool:
        """`Jacline X, 51 ans,`: an age in apposition after the name ending at `end` (a person's, whatever first
        name it opens with)."""
        words = self.text[end + 2 : end + 2 + MAX_AGE_APPOSITION].split()[:2] if self.text.startswith(", ", end) else []
        # (the age word cut at its first sign: `40 ans."Mais …`, a paragraph glued after it)
        return len(words) == 2 and words[0].isdigit() and (word := WORD_START.match(words[1])) is not None \
            and normalize(word.group()) in self.lang.AGE_WORDS

    def _description_after(self, end: int) -> str | None:
        """`Claire Dubois, ministre déléguée à l'Industrie, a confirmé`: a role in apposition after the comma of
        a name ending at `end`, up to the next mark, another name for the person (a later `la ministre` means
        her)."""
        if not self.text.startswith(", ", end):
            return None
        window = self.text[end + 2 : end + 2 + MAX_APPOSITION]
        if "(" in window:  # `X, député (LR) des Alpes-Maritimes,`: a party's acronym breaks no role
            window = BRACKETED_ACRONYM.sub("", window).replace("  ", " ")
        first = normalize(window[: window.find(" ")]).replace("'", "' ").split()[:1]
        if not first or not (first[0] in self.lang.DETERMINERS or first[0] in self.lang.sets.ROLE_MODIFIERS
                             or first[0] in self.lang.FORMER_WORDS
                             or without_former(self.lang, first[0]) in self.patterns.role_first_words):
            return None  # most names: `X, qui …`, `X, a-t-il dit`
        end = APPOSITION_END.search(window)
        if end is not None and end.group() in OPENING_MARKS and (closing := QUOTED_NAME_END.match(window, end.end())):
            end = APPOSITION_END.search(window, closing.end())  # `porte-parole des « gilets jaunes libres »,`: a name
        if end is None or end.group() not in ",.;()":
            # not `Noël, le fondateur de X a expliqué « …`: an apposition is closed (`venue de Lyon (Rhône)`: by the
            # bracket of a place, too)
            return None
        description = window[: end.start()].strip()
        words = normalize(description).replace("'", "' ").split()
        if not self.lexicon.auxiliary_forms.isdisjoint(words):
            return None  # a clause: `pour Noël, le fondateur de X a expliqué`
        head = self.patterns.description_head(description)  # a role, or a nationality (`une Somalienne de 24 ans`)
        if head is None or self.patterns.ends_with_of.search(description):
            return None
        first = without_former(self.lang, head.replace("'", "' ").split()[0])
        at = next((n for n, w in enumerate(words) if without_former(self.lang, w) == first), None)
        if at is None or not all(w in self.lang.DETERMINERS or w in self.lang.ROLE_MODIFIERS or w in self.lang.FORMER_WORDS
                                 for w in words[:at]):
            return None  # `X, proche du ministre`: the role is somebody else's
        return description

    def _bare_role_before_name(self, tail: str) -> tuple[str, int] | None:
        """`Organiser Jane Doe said`, `, industry watcher Jane Doe`: a role written bare (BARE_ROLE_WORDS
        words at most, its noun the last) that is all the text from the last mark to the name, and where it
        starts in `tail`; the name's phrase then opens where the role does."""
        words = tail.lstrip(LAST_TITLE_BREAK_MARKS).split()
        if not words or len(words) > self.lang.BARE_ROLE_WORDS or not all(map(self._may_qualify_a_role, words)):
            return None
        role = self.patterns.head_noun(" ".join(words))
        if role is None or role.split()[-1] != normalize(words[-1]):
            return None
        return " ".join(words), tail.index(words[0])

    def _may_qualify_a_role(self, word: str) -> bool:
        """A word of a bare role: no function word, speech verb or finite verb (`it sees actor X`)."""
        folded = normalize(word)
        return word.replace("-", "").isalpha() and folded not in self.lang.SENTENCE_OPENING_WORDS \
            and folded not in self.patterns.not_name_words and folded not in self.lexicon.verb_forms \
            and not (word.islower() and folded.endswith(self.lang.FINITE_VERB_ENDINGS) and folded not in self.lang.ROLE_NOUNS)

    def points_back(self, mention: str) -> bool:
        """A description that means somebody the reader met already (`l'ancien candidat`, `ce retraité`)."""
        return self._is_epithet(mention) or self._is_demonstrative_of_person(mention)

    def _is_epithet(self, mention: str) -> bool:
        """'l'ancien ministre de X', 'l'ex-ministre de X': a description that points back."""
        words = normalize(mention).replace("'", "' ").split()
        return any(w in self.lang.FORMER_WORDS or w.startswith(self.lang.FORMER_PREFIXES) for w in words[:3])

    def _is_demonstrative_of_person(self, mention: str) -> bool:
        """`ce Lyonnais de 58 ans`, `cette retraitée`: a demonstrative on a noun of a person points back to
        somebody the reader already met (not `cette source`, who stays unnamed; not `ce rapport`)."""
        words = normalize(mention).replace("'", "' ").split()
        if not words or words[0] not in self.lang.sets.DEMONSTRATIVES or any(w in self.lang.sets.SOURCE_PEOPLE for w in words):
            return False
        noun = next((w for w in words[1:] if w not in self.lang.ROLE_MODIFIERS), "")
        if noun in self.lang.ROLE_NOUNS or noun in self.patterns.nouns_of_a_people or noun in self.lang.FIXED_GENDER_NOUNS:
            return True
        ending = next((e for e in self.lang.PERSON_NOUN_ENDINGS if noun.endswith(e)), None)
        return ending is not None and len(noun) > len(ending) + 2 and noun not in self.patterns.thing_nouns  # not `liste`

    def _description_gender(self, description: str, head: str) -> str | None:
        gender = self.lang.ROLE_NOUNS.get(head) or self.patterns.nouns_of_a_people.get(head)
        if gender or head in self.lang.FIXED_GENDER_NOUNS:
            return gender
        words = normalize(description).replace("'", "' ").split()
        first_of_head = head.replace("'", "' ").split()[0]
        before = words[: words.index(first_of_head)] if first_of_head in words else words[:1]
        # the article of the head noun, not of a phrase before it (`pour sa part mardi le PDG de X`)
        det = next((self.lang.DETERMINERS[w] for w in reversed(before) if w in self.lang.DETERMINERS), None)
        if det and det[0]:
            return det[0]
        # `l'ancien militaire`, `l'actuel ministre`: an elided article tells nothing, the adjective does
        return adjective_gender(self.lang, before)

    # -- resolving a mention -----------------------------------------------------------
    def resolve(self, mention: str, position: int, candidates: list[tuple[int, Entity]], guessed: bool = False,
                excluded: tuple[Entity, ...] = ()):
        """The entity a mention names. `candidates` are earlier speakers (position, entity); with
        `guessed`, a pronoun may mean a person whose gender was only guessed from a first name; a pronoun or a
        description never means one of the `excluded` entities."""
        if "(" in mention:  # `le maire Les Républicains (LR) de Tourcoing`: a party's acronym names nobody here
            mention = " ".join(BRACKETED_ACRONYM.sub(" ", mention).split()) or mention
        if not self.patterns.quote_mark_characters.isdisjoint(mention):  # `le président de « L'auberge des migrants »`
            mention = " ".join(self.patterns.quote_marks.sub(" ", mention).split()) or mention
        first, _, rest = mention.partition(" ")
        first = normalize(first)
        if rest[:1].islower() and (article := self.lang.CONTRACTED_ARTICLES.get(first)) is not None \
                and (self.lang.DETERMINERS.get(first) or (None, None))[1] != "pl":
            # `aux attaques du patron de X, selon qui …`: the preposition's article aside (not `des`, an indefinite too)
            mention = f"{article} {rest}"
        words = normalize(mention)
        if words in self.patterns.pronoun_first_words and self.text[position + len(mention) : position + len(mention) + 1] == " " \
                and (relative := NEXT_WORD.match(self.text, position + len(mention) + 1)) is not None \
                and f"{words} {normalize(relative.group())}" in self.lang.PRONOUNS:
            words = mention = f"{words} {normalize(relative.group())}"  # `Celle qui a dirigé X « … »`: a pronoun
        if words in self.lang.sets.IMPERSONAL_PRONOUNS:  # the body that spoke last, or nobody in particular
            latest = max(candidates, key=lambda c: c[0], default=None)
            return latest[1] if latest and latest[1].kind != "person" else None
        if words in self.lang.sets.LATEST_MENTIONED or (words in self.lang.sets.STRESSED_PRONOUNS and words in self.lang.PRONOUNS
                                                   and words not in self.lang.SUBJECT_CLITICS and self._opens_sentence(position)):
            # `ce dernier`: whoever was named last, subject or not; `Lui aussi avait dit`: who was just named
            gender, number = self.lang.PRONOUNS[words]
            return self._latest_mentioned(position, gender, number, candidates)
        if words in self.lang.PRONOUNS or words in self.lang.RELATIVE_PRONOUNS:
            gender, number = self.lang.PRONOUNS.get(words, (None, None))
            found = self._antecedent(position, gender, number, candidates, guessed, words in self.lang.PERSONAL_PRONOUNS,
                                     excluded)
            if found is not None and found.gender is None and gender in ("m", "f"):
                found.gender = gender  # `l'OMS … a-t-elle prévenu`: a later `il` is somebody else
            return found
        if self._words_of_an_owner(words):
            # `selon ses propos`, `selon ses dires`: whoever the possessive means, the person spoken of (asked past the
            # pronouns, most mentions)
            return self._antecedent(position, None, None, candidates, guessed, True)
        if self.names_a_document(mention) and (author := self._document_author(mention, position, candidates)) is not None:
            return author
        if self.names_the_same_source(mention) and (earlier := [c for c in candidates if c[0] < position]):
            return max(earlier, key=lambda c: c[0])[1]  # `selon cette même source`: whoever spoke last
        if self._the_same_one(mention) and (earlier := [c for c in candidates if c[0] < position]) \
                and self._agrees(last := max(earlier, key=lambda c: c[0])[1], self._determiner_gender(mention), "sg", True):
            return last  # `« … », souligne le même cadre`: the person who spoke last
        if (together := self._named_together(mention, position)) is not None:
            return together
        name_words = self.patterns.speaker_name_words(mention)
        if name_words:
            return self._named(name_words, mention, position)
        # a speaker named after the description (`L'ancien ministre, que X avait qualifié de « … », a …`) is not who it means
        earlier = [c for c in candidates if c[0] <= position]
        described = self._described(self.patterns.without_inner_holder(mention), position, earlier, excluded)
        if words in self.lang.sets.CONCERNED and described.name[:1].islower():  # `l'intéressé`, describing nobody before
            return self._latest_mentioned(position, described.gender, described.number, earlier) or described
        return described

    def peek(self, mention: str, position: int, candidates: list[tuple[int, Entity]],
             excluded: tuple[Entity, ...] = ()) -> Entity | None:
        """The entity a mention names, the resolver and its entities left as they were: a guess that ties no
        alias, adds no entity (what a sentence's subject may mean, asked before any quotation is given to it)."""
        entities = {id(e): e for e in (*self._by_name.values(), *(e for _, e in self.people), *(e for _, e in candidates))}
        saved = [(e, e.name, e.kind, e.gender, e.number, e.gender_known, list(e.aliases), set(e._alias_keys))
                 for e in entities.values()]
        by_name, surnames = dict(self._by_name), dict(self._surnames)
        try:
            return self.resolve(mention, position, candidates, excluded=excluded)
        finally:
            for e, name, kind, gender, number, gender_known, aliases, keys in saved:
                e.name, e.kind, e.gender, e.number, e.gender_known, e.aliases, e._alias_keys = \
                    name, kind, gender, number, gender_known, aliases, keys
            self._by_name, self._surnames = by_name, surnames

    def _document_author(self, mention: str, position: int, candidates) -> Entity | None:
        """`an email from the operators to local politicians`: the operators, who wrote it; `a statement`: the
        body that spoke last, whose statement it is. None for a mention that is no document (asked only of a
        mention `names_a_document` accepts)."""
        words = mention.split()
        folded = [normalize(w) for w in words]
        head = next((n for n, w in enumerate(folded[:3]) if w in self.lang.SOURCE_DOCUMENTS), None)
        if head is None or not all(w in self.lang.DETERMINERS and w not in self.lang.POSSESSIVES for w in folded[:head]):
            return None  # not `his letter`: whose it is, the pronoun tells
        rest = folded[head + 1 :]
        # `un communiqué diffusé`, `le communiqué officiel` (the one told of before; `un rapport officiel` is another),
        # `le communiqué de presse`: a document's kind, no author (who has a determiner or a name; `le Courrier
        # picard` is a newspaper's name)
        qualified = len(rest) == 2 and rest[0] in self.lang.OF and rest[0] not in self.lang.DETERMINERS \
            and words[head + 2][:1].islower() and rest[1] not in self.lang.DETERMINERS
        described = len(rest) == 1 and (rest[0].endswith(self.lang.PARTICIPLE_ENDINGS) or (
            folded[0] in self.lang.sets.DEFINITE and words[head][:1].islower() and words[head + 1].isalpha()
            and words[head + 1].islower()))  # (not `le rapport d'expertise`: a complement)
        if not rest or qualified or described \
                or words[head + 1].lower() in self.lang.SOURCE_PARTICIPLES:
            # the body that spoke last (past its spokesman), not a document; or whoever spoke last through a document
            # of that kind (`ont indiqué les pompiers dans un communiqué`, then `précise le communiqué`; `le communiqué
            # repris par X`: X relays it)
            authors = [c for c in candidates if (c[1].kind == "organisation" or self._spoke_through(folded[head], c[0]))
                       and not self._a_document(c[1])]
            return max(authors, key=lambda c: c[0])[1] if authors else None
        if rest[0] not in self.lang.DOCUMENT_AUTHOR_PREPOSITIONS or len(rest) < 2:
            return None
        author = words[head + 2 :]
        # the author's phrase ends where a complement of the document begins (`to local politicians`)
        end = next((n for n, w in enumerate(author) if n and normalize(w) in self.lang.OBJECT_PREPOSITIONS
                    and normalize(w) not in self.lang.OF), len(author))
        offset = mention.find(author[0], len(" ".join(words[: head + 2])))
        return self.resolve(" ".join(author[:end]), position + offset, candidates)

    def _spoke_through(self, document: str, position: int) -> bool:
        """The sentence of the mention at `position` names, after a preposition, a document of that kind it spoke
        through (`a-t-il annoncé dans un communiqué`; not `le bilan communiqué lundi`), or names the mention as the
        author of one (`précise le communiqué du procureur`)."""
        found = SENTENCE_BREAKS.search(self.text, position)
        start = max((m.end() for m in SENTENCE_BREAKS.finditer(self.text, max(0, position - OPENING_WINDOW * 3), position)),
                    default=0)
        before = normalize(self.text[start:position]).replace("'", "' ").split()[-2:]
        if len(before) == 2 and before[0] == document and before[1] in self.lang.OF:
            return True
        sentence = normalize(self.text[start : found.start() if found else len(self.text)])
        return any(document in m.groups() for m in self.patterns.after_place_of_speaker.finditer(sentence))

    def names_a_document(self, mention: str) -> bool:
        """A mention naming a document (`le communiqué`, `un courrier`): one of its first words is one of
        SOURCE_DOCUMENTS (told in C: asked of every mention)."""
        return not self.patterns.document_words.isdisjoint(mention.lower().split(None, 3)[:3])  # (the rest not split)

    def names_the_same_source(self, mention: str) -> bool:
        """`cette source`, `la même source`, `de même source`: a source pointed back to (SOURCE_ANAPHORS before one
        of SOURCE_PEOPLE, nothing but determiners besides), not a new one (`une source policière`)."""
        words = mention.lower().replace("’", "'").split(None, 3)[:3]  # (the rest not split)
        if self.patterns.source_anaphors.isdisjoint(words):  # (told in C: asked of every mention)
            return False
        words = [normalize(w) for w in words]
        noun = next((n for n, w in enumerate(words) if w in self.lang.SOURCE_PEOPLE), None)
        return bool(noun) and all(w in self.patterns.source_anaphor_words for w in words[:noun]) \
            and self.lang.COORDINATORS[0] not in normalize(mention).split()  # not `ces sources et des témoins`

    def _the_same_one(self, mention: str) -> bool:
        """`le même cadre`, `la même élue`: a definite singular article, then a word of sameness (SOURCE_ANAPHORS that
        are no demonstratives) right before a person's noun (not `le même sondage`, nor `Le même jour l'ambassadeur
        X`): whom the text just had speak."""
        words = mention.lower().split(None, 3)[:3]  # (told in C: asked of every mention; the rest not split)
        return len(words) == 3 and words[1] in self.patterns.source_anaphors and words[0] in self.lang.sets.DEFINITE \
            and words[1] not in self.lang.sets.DEMONSTRATIVES and self._is_definite_singular(mention) \
            and (head := self.patterns.description_head(mention)) is not None and head.split()[0] == words[2]

    def _a_document(self, entity: Entity) -> bool:
        """An entity known by a document's description (`le rapport d'enquête`), not a body's name."""
        return self.names_a_document(entity.name.replace("'", "' "))

    def _named_together(self, mention: str, position: int) -> Entity | None:
        """`Olivier Dussopt et Gérald Darmanin`, `les avocats X, Y et Z`: people named in a list closed by the
        additive conjunction (the first of COORDINATORS), who speak together: a group known by their names."""
        conjunction = f" {self.lang.COORDINATORS[0]} "
        head, joined, last = mention.rpartition(conjunction)
        if not joined or any(word.endswith(self.lang.POSSESSIVE_ENDINGS) for word in mention.replace("’", "'").split()):
            return None  # not `Daria and Vlada's solicitor Jane Roe`: the conjunction joins owners
        parts = (*head.split(", "), last)
        names = [self.patterns.speaker_name_words(part) for part in parts]
        known = [bool(words) and bool(first_name_gender(words[0])) for words in names]
        if not (known[-1] or (any(known) and self._bare_full_name(last, names[-1]))):
            return self._bodies_together(mention, head, last, names)
        # (not `leurs avocats,`; but `Jane Roe et Abhilash Doe`: a full name beside a known one, a first name nobody listed)
        names = [words for words, first, part in zip(names, known, parts) if first or self._bare_full_name(part, words)]
        if len(names) < 2:
            return None
        people = [self._named(words, " ".join(words), position) for words in names]
        name = ", ".join(person.name for person in people[:-1]) + conjunction + people[-1].name
        entity = self._by_name.get(fold(name))
        if entity is None:
            entity = self._by_name[fold(name)] = Entity(name, "group")
            entity.number = "pl"
        return entity

    def _bare_full_name(self, part: str, words: tuple[str, ...]) -> bool:
        """The part of a list is a name of two capitalised words or more, all of it (no article, no role), no body's
        or place's noun in it (`Abhilash Doe`; not `Radio Nova`, `la Croix-Rouge`)."""
        return len(words) >= 2 and part.strip() == " ".join(words) and not words[0].isupper() \
            and not any(normalize(w) in self.patterns.thing_nouns or normalize(w) in self.lang.sets.PLACE_NOUNS for w in words)

    def _bodies_together(self, mention: str, head: str, last: str, names: list[tuple[str, ...]]) -> Entity | None:
        """`le ministère de la Santé et l'Assurance maladie`, `le Premier ministre et l'Élysée`: a body named
        after its own determiner (not `de la Prévention`, a complement) and a body or a description before it (no
        person named), who speak together: a body (a group, with a person's description) known by both."""
        opener = normalize(last.replace("’", "'").replace("'", "' ")).split()[:1]
        if not (opener and opener[0] in self.lang.DETERMINERS and opener[0] not in self.lang.OF) \
                or len(names) != 2 or not names[-1] or self._is_plural(head) or (names[0] and first_name_gender(names[0][0])) \
                or f" {self.lang.COORDINATORS[0]} " in head or len(mention.split()) > MAX_JOINED_WORDS \
                or any(self.lexicon.speech_verb(w) for w in normalize(mention).split()):
            return None  # (nor a clause run on: `the squads have been made redundant and the NPA`)
        name = self._strip_determiner(mention)
        entity = self._by_name.get(fold(name))
        if entity is None:
            bodies = names[0] or not self.patterns.thing_nouns.isdisjoint(normalize(head).split())
            entity = self._by_name[fold(name)] = Entity(name, "organisation" if bodies else "group")
            entity.number = "pl"
        return entity

    def _named(self, words: list[str], mention: str, position: int | None = None) -> Entity:
        name = " ".join(words)
        title_gender = self._civil_title_gender(mention)
        entity = self._by_name.get(fold(name))
        if entity is None or self._other_gender(entity, title_gender):
            entity = self._longer_name(name, title_gender) or self._person_of_initials(name)
            if entity is not None and entity.kind == "person" and self._first_names(words[: -len(entity.name.split())]):
                entity.lengthen(name)  # `M. Tosi`, then `Daniel Tosi`
        if entity is not None and title_gender and not entity.gender_known:
            entity.gender, entity.gender_known = title_gender, True
        if entity is None:
            before = mention[: mention.find(words[0])]
            gender = title_gender or (first_name_gender(words[0]) if len(words) >= 2
                                      and normalize(words[0]) not in self.lang.PLACE_FIRST_NAMES
                                      and normalize(words[0]) not in self.lang.sets.FOREIGN_ARTICLES
                                      and not self.patterns.after_kind_noun(before) else None)
            initialled = len(words) >= 2 and INITIAL.fullmatch(words[0])  # `S. Matahri`
            # a title before the name: `le Fonds monétaire international` is no role holder
            titled = self._has_title(mention[: mention.find(words[0])])
            # (`soupire Ketumala, 40 ans`: a word nobody lists, a person's by the age apposed to it; `confie à l'AFP
            # Tiagor X, capitaine du club`: words nobody lists, a person's by the role apposed to them, not after selon)
            end = position + mention.rfind(words[-1]) + len(words[-1]) if position is not None else None
            aged = end is not None and self._apposed_age(end)
            described = self._description_after(end) if end is not None and len(words) >= 2 \
                and all(w[:1].isupper() and not w.isupper() for w in words) \
                and not self._place_like(end - len(name), len(name)) \
                and self._word_before(position) not in self.patterns.source_openers else None
            kind = "person" if gender or initialled or titled or aged or described else "organisation"
            if kind == "organisation":
                name = self._organisation_name(mention, name, position)
                gender = self._determiner_gender(mention)  # `la CPI` is never "il"
            entity = self._entity_for(name, kind, None if gender == "?" else gender, titled=bool(title_gender))
            entity.add_alias(described)
            if kind == "organisation" and " " not in before.strip() and self._plural_determiner(before):
                entity.number = "pl"  # `les Bleus`, `les Verts`: never `il`
        else:
            self._by_name.setdefault(fold(name), entity)
        entity.add_alias(mention if fold(mention) != fold(entity.name) else None)
        return entity

    @staticmethod
    def _other_gender(entity: Entity, gender: str | None) -> bool:
        """A civil title's gender rules out an entity whose gender the text told, or its first name
        surely tells; not one guessed from a name mostly given to men (`Mme Claude X`)."""
        if not gender or not entity.gender or entity.gender == gender:
            return False
        return entity.gender_known or is_only_first_name(entity.name.split(" ", 1)[0])

    def _has_civil_title(self, mention: str) -> bool:
        """`le Dr Pape`: a civil title opens the mention or follows its determiner (what follows is a name)."""
        return any(w in self.lang.CIVIL_TITLES or w.rstrip(".") in self.lang.CIVIL_TITLES
                   for w in normalize(mention).split()[:2])

    def _civil_title_gender(self, mention: str) -> str | None:
        first = normalize(mention).split(None, 1)[:1]
        return self.lang.CIVIL_TITLES.get(first[0]) if first else None

    def _determiner_gender(self, mention: str) -> str | None:
        folded = normalize(mention)
        first = folded.split(None, 1)[:1]
        det = self.lang.DETERMINERS.get(first[0]) if first else None
        if det is None and first and "'" in first[0] and folded.startswith(self.lang.ONE_OF):
            # `l'un de ses proches`: the elided article's pronoun, one of them, tells the gender
            det = self.lang.DETERMINERS.get(first[0].rsplit("'", 1)[-1])
        return det[0] if det and det[1] == "sg" else None

    def _organisation_name(self, mention: str, name: str, position: int | None = None) -> str:
        """'le Rassemblement national' → 'Rassemblement national': the name with its adjectives; but
        `affirme Le Parisien`: an article written in capitals inside a sentence is part of the name."""
        first = mention.split(" ", 1)[0]
        article = first[:2] if ELIDED.match(first) else first  # `L'Express`
        if article[:1].isupper() and normalize(article) in self.lang.DEFINITE and position is not None \
                and mention.endswith(name) and (self._inside_sentence(position) or self._written_inside_a_sentence(mention)):
            return mention  # (`Le Parisien rapporte …`, opening a sentence, when the text writes `dans Le Parisien` too)
        head = mention[: max(0, mention.find(name))].rstrip()
        if " " in head and (article := head.rsplit(" ", 1)[1])[:1].isupper() and normalize(article) in self.lang.DEFINITE:
            return mention[len(head) - len(article) :]  # `le quotidien Le Parisien`: a capital article after a noun is the name's
        stripped = self._strip_determiner(mention)
        at = stripped.find(name)
        if at > 0:
            at = self._name_opening(stripped, at)  # `Sécurité routière France`: a capitalised word and its adjective
        if at >= 0 and not self.patterns.inner_to.search(stripped[at:]):
            # `le Parti des travailleurs`, `le syndicat Force ouvrière`: its complement or adjective is its name
            return stripped[at:]
        return name

    def _written_inside_a_sentence(self, mention: str) -> bool:
        """The text writes the mention somewhere inside a sentence, where its capitals are its own."""
        at = self.text.find(mention)
        while at >= 0:
            if self._inside_sentence(at):
                return True
            at = self.text.find(mention, at + 1)
        return False

    def _name_opening(self, text: str, at: int) -> int:
        """Where a body's name that `text` holds from `at` on opens: back over one or two words in lower case
        (no function words) to the capitalised word before them (`l'agence Sécurité routière France`), else at."""
        words = text[:at].split()
        for n in (2, 3):
            if len(words) >= n and words[-n][:1].isupper() and words[-n].isalpha() \
                    and all(w.isalpha() and w.islower() and self._may_qualify_a_name(w) for w in words[1 - n :]):
                return text.rfind(words[-n], 0, at)
        return at

    def _may_qualify_a_name(self, word: str) -> bool:
        """A word in lower case inside a body's name: no function word, nor the noun of a description (`Spanish
        newspaper Marca`)."""
        folded = normalize(word)
        return folded not in self.patterns.place_words and folded not in self.lang.PERSON_PREPOSITIONS \
            and folded not in self.lang.OF and folded not in self.patterns.clause_words \
            and folded not in self.lang.COORDINATORS and folded not in self.patterns.thing_nouns \
            and folded not in self.lang.ROLE_NOUNS

    def _has_title(self, mention: str) -> bool:
        words = normalize(mention).split()[:2]
        if words and words[0] in self.lang.DETERMINERS:
            words = words[1:]  # `le Dr X`
        return bool(words) and (words[0] in self.lang.CIVIL_TITLES or self.patterns.head_noun(mention) is not None)

    def _described(self, mention: str, position: int, candidates, excluded: tuple[Entity, ...] = ()) -> Entity:
        """A description: the named person it was attached to, else the description itself."""
        head = self.patterns.description_head(mention)
        role = self.patterns.role_of(head)
        gender = self._description_gender(mention, head) if head else None
        if any(camps := self.patterns.camps(mention)):  # `le président tunisien`, `le candidat républicain`: nobody of another
            excluded = (*excluded, *(e for _, e in (*candidates, *self._before(position)) if self._of_another_camp(camps, e)))
        if head in self.lang.ROLE_EPITHETS and role in self.lang.UNIQUE_OFFICES and not self._is_epithet(mention) \
                and (named := self._named_just_before(position, role, gender, excluded, subject_only=True)) is not None:
            named.add_alias(mention)  # `X a qualifié … « … », a déclaré le chef de l'État`: X, the subject just named
            return named
        if head in self.lang.sets.ANY_PERSON_NOUNS and self._is_definite_singular(mention) \
                and (aged := self._aged_just_before(position, gender, excluded)) is not None:
            aged[1].add_alias(mention)  # `… comme Antoine, 23 ans, étudiant. « … », lance le jeune homme`: Antoine
            return aged[1]
        if head:
            # `l'élu` may be the deputy named before; `cet élu` the one just named; `un ministre` somebody new, unless
            # the very words describe a person named before (`X, un professeur de l'université, a expliqué`)
            indefinite = normalize(mention).split(" ", 1)[0] in self.lang.INDEFINITE_ARTICLES
            general = self._is_definite_singular(mention) and not self._is_demonstrative_of_person(mention)
            # (`le président` is not whom the text calls `l'ancien président`, nor `l'ancien ministre` whom it calls
            # `le ministre`)
            former = self._is_epithet(mention)
            # (`son père` is somebody's kin: not whom the text called `ce père de trois enfants`, a parent of so many)
            kin = head in self.lang.KIN_NOUNS and normalize(mention).split(" ", 1)[0] in self.lang.POSSESSIVES
            for _, entity in reversed(self._objects_behind(self._before(position), position, candidates)):
                if (gender and entity.gender and entity.gender != gender) or _among(entity, excluded):
                    continue  # `la porte-parole` is not the spokesman named before, `le président tunisien` not the American
                if entity.has_alias(mention) if indefinite else \
                        any(self._covers(role, self.role_of_description(a), general)
                            and former == self._is_epithet(a) and not (kin and self._parent_of_so_many(a, head))
                            and not self._of_another_body(mention, a, role) for a in entity.aliases):
                    entity.add_alias(mention)
                    return entity
        if head is None and self._is_definite_singular(mention) and self.names_a_kind_of_body(mention):
            body = self._body_opening_sentence_before(position, candidates) \
                or self._latest_body(candidates, self._determiner_gender(mention))
            if body is not None:  # `UFC-Que Choisir … « … », affirme l'association`
                body.add_alias(mention)
                return body
        if head in self.lang.PARTY_MEMBER_NOUNS and self._is_definite_singular(mention) \
                and (named := self._named_just_before(position, None, gender, excluded)) is not None:
            named.add_alias(mention)  # `… confirmée par Jean X. « … », précise le centriste`: a member, the one just named
            return named
        demonstrative = self._is_demonstrative_of_person(mention)
        # (`la secrétaire d'État`: no complement, the office's name aside)
        beside_head = " ".join(("", *chain(*self.patterns.around_head(mention))))
        specific = self.patterns.inner_of.search(self.patterns.age_complement.sub("", beside_head)) \
            and not demonstrative and not self._is_epithet(mention) and head not in self.lang.ROLE_EPITHETS
        if head and role in self.lang.UNIQUE_OFFICES and self._is_definite_singular(mention) \
                and (named := self._holder_first_described(mention, position, role, gender, excluded)
                     or self._named_in_own_sentence(position, role, gender, excluded)) is not None:
            # `X est revenu sur … Le Premier ministre était l'invité … « … », a dit le Premier ministre`: whom the office
            # first meant; else `Si X a accordé …, la consigne est stricte : « … », a prévenu le Premier ministre`
            named.add_alias(mention)
            return named
        if head and not demonstrative and not self._is_epithet(mention) and self._is_definite_singular(mention) and not specific \
                and role not in self.lang.UNIQUE_OFFICES and head not in self.lang.KIN_NOUNS \
                and (named := self._named_just_before(position, role, gender, excluded, subject_only=True)) is not None \
                and not any(e is named for _, e in candidates) and fold(named.name) not in fold(mention):
            # `« … », martèle X. Un combat partagé par Y. « … », raconte le cinéaste`: the one the sentence before
            # has for subject, not the last who spoke (an office of one holder aside: who holds it was told before)
            named.add_alias(mention)
            return named
        if (head or demonstrative) and self._is_definite_singular(mention) and not specific:
            pool = candidates
            if self._is_epithet(mention):  # `l'ancien candidat`: somebody named before, speaker or not
                pool = self._objects_behind(sorted(list(candidates) + self._before(position), key=lambda c: c[0]), position,
                                            candidates)
            elif demonstrative:  # `ce retraité de 65 ans`: the latest speaker or subject named, or whom the
                # sentence just before brings in, as no subject of it nor after a preposition, when it has no person
                # for subject (`Les saignements n'empêchaient pas X de … « … », raconte cet homme`)
                starts = self._sentence_starts_before(position, QUOTATION_END)
                previous = starts[-2] if len(starts) > 1 else starts[0]
                before = self._before(position)
                subjects = [(p, e) for p, e in before if self.place(p) == "subject"]
                if not any(p >= previous and e.kind == "person" for p, e in subjects):
                    named_earlier = {id(e) for p, e in before if p < previous}
                    subjects += [(p, e) for p, e in before
                                 if p >= previous and not self.place(p) and id(e) not in named_earlier]
                pool = sorted(list(candidates) + subjects, key=lambda c: c[0])
            before = self._before(position)
            named_last = max(max((p for p, _ in candidates), default=0), before[-1][0] if before else 0)
            if (latest := self._latest_mentioned_subject(position, named_last, candidates)) is not None \
                    and latest[0] < self._sentence_starts_before(position, QUOTATION_END)[-1]:
                # `X a touché Y. Ce dernier l'a remercié. « … », confie l'ancien joueur`: Y (not `Y était absent et
                # « … », a assuré l'enquêteur`: whom the words are about)
                pool = [*pool, latest]
            if not head:
                gender = self._determiner_gender(mention)
            # `« … », lance l'un des habitants. « … », explique ce père de famille`: a demonstrative may mean the one
            # who just spoke, known by a description too
            just_spoke = max(candidates, key=lambda c: c[0])[1] if demonstrative and candidates else None
            for _, entity in reversed(pool):
                if entity.kind != "person" or (gender and entity.gender and entity.gender != gender) or _among(entity, excluded) \
                        or self._related_to(entity, mention) or self._completes(entity, mention):
                    continue
                described_as = self.role_of_description(entity.name) if head else None
                if entity.name[:1].islower() and (not head or described_as != role) and entity is not just_spoke \
                        and not (head in self.lang.sets.ANY_PERSON_NOUNS and described_as not in self.patterns.offices):
                    # `le Premier ministre` is not the one known only as `son ministre de l'Économie` (but `la
                    # quadragénaire` may be `la mère d'Allan`, who spoke; not `le président de la région`)
                    continue
                if head in self.lang.KIN_NOUNS and not demonstrative \
                        and any(self.patterns.description_head(a) in self.lang.ROLE_NOUNS for a in entity.aliases):
                    continue  # `la mère` is somebody's mother, not the prosecutor who just spoke
                if role in self.lang.UNIQUE_OFFICES and not self._is_epithet(mention) and not self._has_civil_title(mention) \
                        and (self._holds_another_role(entity, role) or self._held_formerly(entity, role)):
                    # `le chef de l'État` is not the government's spokesman who just spoke, nor whom the text calls
                    # `l'ancien président` (but `l'ancien …`)
                    continue
                entity.add_alias(mention)
                return entity
            if head and not demonstrative and head not in self.lang.ROLE_EPITHETS and role not in self.lang.UNIQUE_OFFICES \
                    and (named := self._named_just_before(position, role, gender, excluded)) is not None \
                    and not self._completes(named, mention):
                named.add_alias(mention)  # `… pour Jean X. « … », a déploré le ministre`: the man just named
                return named
        if head is None and not demonstrative and (noun_gender := self._bare_person_noun_gender(mention)) is not None \
                and (named := self._named_just_before(position, None, noun_gender or self._determiner_gender(mention),
                                                      excluded)) is not None:
            named.add_alias(mention)  # `… confirmée par Jean X. « … », précise le centriste`
            return named
        key = fold(mention)
        entity = self._by_name.get(key)
        if entity is None:
            # (a role keeps its article, whatever its case: `le Premier ministre`, `le PDG de X`)
            kept = head in self.patterns.nouns_of_a_people or (head and self._opens_with_determiner(mention))
            name = mention[:1].lower() + mention[1:] if kept else self._strip_determiner(mention)
            entity = Entity(name, self._description_kind(mention, head))  # `la Française`, as a description
            entity.number = "pl" if self._is_plural(mention) else "sg"
            # `une vingtaine de médecins`: the determiner agrees with the number's noun, not with the people
            collective = entity.number == "pl" and not self._plural_determiner(mention)
            entity.gender = None if collective else gender if head else self._determiner_gender(mention)
            self._by_name[key] = entity
        return entity

    def _of_another_body(self, mention: str, alias: str, role: str | None) -> bool:
        """The two descriptions give a role heading a body (BODY_OFFICES) of different bodies (`le président des
        Patriotes` is not who the text called `le président de la République`): neither inside the other (`le
        président de la République française`); an acronym, only if the other is another acronym or spelt in as many
        words at least with other initials (`du RN`, `de la région Île-de-France`; but `de l'AMF` may spell out `de
        l'Association des maires de France`, `de LR` stand for `des Républicains`). Not a member's role: `le député
        de X`, a party, may be `l'élu de Y`, a place; but a minister's, of another portfolio (PORTFOLIOS: `le ministre
        de l'Éducation` is not the one `de l'Intérieur`). An epithet of an office of the state (`le chef de l'État`)
        is not who heads a body of a kind (`le président de la Fédération de X`, BODY_KIND_NOUNS)."""
        if not (other := self.patterns.named_complement(alias)):
            return False
        heads_a_body = role in self.lang.sets.BODY_OFFICES
        if self.patterns.description_head(mention) in self.lang.ROLE_EPITHETS:
            return heads_a_body and other.split(" ", 1)[0] in self.lang.sets.BODY_KIND_NOUNS
        if not (body := self.patterns.named_complement(mention)) or not (heads_a_body or all(
                c.split(" ", 1)[0] in self.lang.sets.PORTFOLIOS for c in (body, other))):
            return False
        if body.isupper() or other.isupper():
            acronym, spelt = (body, other) if body.isupper() else (other, body)
            words = [w for w in spelt.replace("'", "' ").split() if w not in self.lang.OF and w not in self.lang.DETERMINERS]
            return spelt != acronym if spelt.isupper() else \
                len(words) >= len(acronym) and strip_accents(initials(" ".join(words))) != acronym  # (`d'Époque`: E)
        body, other = fold(body), fold(other)
        return body not in other and other not in body

    def _related_to(self, entity: Entity, mention: str) -> bool:
        """The entity is described by its tie to the one the mention describes (`le fils de l'écrivain`, then
        `l'écrivain`; `le porte-parole du ministre`, then `le ministre`): somebody else."""
        described = normalize(mention).replace("'", "' ").split()
        n = len(described)
        for alias in entity.aliases:
            words = normalize(alias).replace("'", "' ").split()
            if len(words) > n and words[-n:] == described and words[-n - 1] in self.lang.OF:
                return True
            if n > 1 and len(words) >= n and words[-n + 1 :] == described[1:] \
                    and self.lang.CONTRACTED_ARTICLES.get(words[-n]) == described[0] and words[-n] in self.lang.OF:
                return True
        return False

    def _words_of_an_owner(self, words: str) -> bool:
        """`ses propos`, `ses dires`: a possessive, then a noun of something said (SPEECH_NOUNS), nothing else."""
        owner, _, noun = words.partition(" ")
        return owner in self.lang.sets.POSSESSIVES and noun in self.lang.sets.SPEECH_NOUNS

    def _completes(self, entity: Entity, mention: str) -> bool:
        """The entity's surname completes the description's noun (`l'ex-femme de X`, `l'ancien avocat de Jean X`):
        the one described is somebody tied to them."""
        words = normalize(mention).replace("'", "' ").split()
        surname = normalize(entity.name).rsplit(None, 1)[-1]
        at = next((k for k, w in enumerate(words) if w in self.lang.OF), None)
        return at is not None and surname in words[at + 1 :]

    def _held_formerly(self, entity: Entity, role: str) -> bool:
        """The text gives the entity the role as a former one (`l'ancien président X`)."""
        return any(self._is_epithet(a) and self.role_of_description(a) == role for a in entity.aliases)

    def _objects_behind(self, pool: list[tuple[int, Entity]], position: int,
                        speakers: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
        """The pool (in the text's order) with the names after a preposition in the last sentence before
        `position`'s own that names somebody, and in its own, put behind the others of those sentences, and the
        names neither subjects nor `speakers` behind those, for a search from the closest: `X, ami de Y, s'exprime.
        « … », détaille l'ancien maire`: X, not Y; `X souhaite que la justice condamne Y. « … », a déclaré l'ancien
        ministre`: X; a question's behind all (`Y pourra-t-il … ? « … », répond l'ancien ministre`: not Y)."""
        starts = self._sentence_starts_before(position)
        earlier = [p for p, _ in pool if p < starts[-1]]
        lo = max(s for s in starts if s <= earlier[-1]) if earlier and earlier[-1] >= starts[0] else starts[-1]
        question = self._question_before(position)
        spoke = {p for p, _ in speakers}
        asked, older, obliques, objects, others = [], [], [], [], []
        for c in pool:
            (asked if question and question[0] < c[0] < question[1] else older if c[0] < lo
             else obliques if self._after_any_preposition(c[0])
             else others if c[0] in spoke or self._subject_or_joined(c[0]) else objects).append(c)
        return asked + older + obliques + objects + others

    def _subject_or_joined(self, start: int) -> bool:
        """The name at `start` is a subject, or joined by a coordinator to a name that is (`X et Y se sont
        entretenus`: Y too)."""
        if self.place(start) == "subject":
            return True
        lo = max(0, start - COORDINATOR_REACH)
        ahead, _, word = self.text[lo:start].rstrip().rpartition(" ")
        return normalize(word) in self.lang.sets.COORDINATORS and any(
            end == lo + len(ahead) and self.place(p) == "subject" for p, (_, end) in self._phrases.items())

    def _question_before(self, position: int) -> tuple[int, int] | None:
        """Where the reporter's last sentence before `position` runs, if it is a question (`X pourra-t-il se
        représenter ? « Je ne sais pas », a déclaré l'ancien ministre`): whom it asks about is not who answers."""
        breaks = self._sentence_breaks()
        k = self._reporter_break(bisect.bisect_left(breaks, position) - 1)
        if k < 0 or self.text[breaks[k]] != "?":
            return None  # (most sentences: no question)
        before = self._reporter_break(k - 1)
        return (breaks[before] if before >= 0 else -1), breaks[k]

    def _reporter_break(self, k: int) -> int:
        """The index of the last sentence break, from the k-th back, that is no quotation's (-1 if none)."""
        breaks = self._sentence_breaks()
        while k >= 0 and self._in_quotation(breaks[k]):
            k -= 1
        return k

    def _bare_person_noun_gender(self, mention: str) -> str | None:
        """`le centriste`, `l'ouvrière`: a definite article and a noun of a person (not of a kind of body, as
        `l'éditeur`), nothing else: the gender the noun tells (`""` for none); else None."""
        words = normalize(mention).replace("'", "' ").split()
        if len(words) != 2 or words[1] in self.lang.sets.BODY_KIND_NOUNS or not self._is_definite_singular(mention):
            return None
        return person_noun_gender(self.lang, words[1])

    def _covers(self, role: str | None, other: str | None, general: bool) -> bool:
        """The role is the other, or (`general`) one that covers it (`élu` covers `député`)."""
        return other is not None and (other == role or (general and other in self.lang.ROLE_HYPERNYMS.get(role, ())))

    def named_just_before(self, position: int) -> Entity | None:
        """The person the sentence before the one of `position` names last as its subject (`X a déploré … « … », a
        tempêté le député de Y`: X)."""
        return self._named_just_before(position, None, None)

    def _named_just_before(self, position: int, role: str | None, gender: str | None,
                           excluded: tuple[Entity, ...] = (), subject_only: bool = False) -> Entity | None:
        """The person last named in the sentence before the one of `position`, as a subject or the object of a
        preposition of persons (`pour X`; not `sur France Inter`), if they agree with a role description (its
        gender; no other role the text gives them): who `le ministre` then means (not somebody its own sentence
        names: `X qui a eu, d'après l'acteur, …`)."""
        # (`« … les gilets jaunes. »`: a full stop at a quotation's end ends the sentence around it)
        starts = self._sentence_starts_before(position, QUOTATION_END)
        if len(starts) < 2:
            return None
        # (`X a invité … En meeting, l'ancienne candidate a étrillé … « … », a lancé la finaliste`: past sentences
        # that name no person, a few)
        earliest = starts[max(0, len(starts) - 2 - MAX_SENTENCES_NAMING_NOBODY)]
        start, end = starts[-2], starts[-1]
        before = self._before(end)
        question = self._question_before(position)
        for p, entity in reversed(before):
            if p < earliest:
                return None
            if entity.kind != "person":
                continue
            if p < start:
                if any(start <= q and e.kind == "person" for q, e in before):
                    return None  # the sentence before names somebody: it tells who is meant, or nobody is
                if self._named_in_sentence_of(entity, position):
                    continue  # `le chanteur, ami de X`: not X, whom the description's own sentence names
            if (gender and entity.gender and entity.gender != gender) or _among(entity, excluded) \
                    or (self.place(p) != "subject" and (subject_only or not self._after_person_preposition(p))) \
                    or (question and question[0] < p < question[1]):
                continue
            return None if role and self._holds_another_role(entity, role) else entity
        return None

    def _named_in_sentence_of(self, entity: Entity, position: int) -> bool:
        """The entity is named in the sentence holding `position`, at it or after it."""
        found = SENTENCE_BREAKS.search(self.text, position)
        end = found.start() if found else len(self.text)
        return any(position <= p < end and e is entity for p, e in self.people)

    def _sentence_starts_before(self, position: int, short_of_end: int = 0) -> list[int]:
        """Where the reporter's sentences start in the window before `position`: the window's start, then past each
        full stop not inside a quotation (nor this many characters short of its end); a window opening inside a
        quotation opens as far before it (a long quotation is no sentence of the reporter's)."""
        base = max(0, position - OPENING_WINDOW * 3)
        if self._in_quotation(base):
            quoted_start = self._quoted_starts[bisect.bisect_right(self._quoted_starts, base) - 1]
            base = max(0, quoted_start - OPENING_WINDOW * 3)
        breaks = self._sentence_breaks()
        return [base, *(at + 1 for at in breaks[bisect.bisect_left(breaks, base) : bisect.bisect_left(breaks, position)]
                        if not self._in_quotation(at, short_of_end))]

    def _sentence_breaks(self) -> list[int]:
        """Where SENTENCE_BREAKS matches in the text, in order: each mark found once an article by str.find (memchr, in
        C), where the pattern tried a class at every character of a window before each name asked about."""
        if self._breaks is None:
            found, text = [], self.text
            for mark in SENTENCE_BREAK_MARKS:
                at = text.find(mark)
                while at >= 0:
                    found.append(at)
                    at = text.find(mark, at + 1)
            self._breaks = sorted(found)
        return self._breaks

    def _holder_first_described(self, mention: str, position: int, role: str, gender: str | None,
                                excluded: tuple[Entity, ...]) -> Entity | None:
        """Whom an office's description meant where the text first writes it, opening a sentence before the one of
        `position`: the person named as the subject of the sentence before that (`X est revenu … Le Premier ministre
        était l'invité …`)."""
        if self._lowered is None:
            self._lowered = self.text.lower()  # (str.lower, not `normalize`: its cache is for words)
        first = self._lowered.find(mention.lower())
        if first < 0 or first >= self._sentence_starts_before(position)[-1] or self._in_quotation(first) \
                or not self._opens_sentence(first):
            return None  # (not `le discours prononcé par le chef de l'État`: no sentence about them)
        return self._named_just_before(first, role, gender, excluded, subject_only=True)

    def _named_in_own_sentence(self, position: int, role: str, gender: str | None,
                               excluded: tuple[Entity, ...] = ()) -> Entity | None:
        """The person last named before `position` in its own sentence (the reporter's), not after a preposition
        (`interpellé par le neurologue X`), if they agree with a role description and the text gives them no other
        role."""
        start = self._sentence_starts_before(position)[-1]  # (a quotation's own full stops, its last too, aside)
        for p, entity in reversed(self._before(position)):
            if p < start:
                return None
            if entity.kind == "person" and not (gender and entity.gender and entity.gender != gender) and not _among(entity, excluded) \
                    and self.place(p) not in ("oblique", "standard") and not self._after_any_preposition(p):
                return None if self._holds_another_role(entity, role) else entity
        return None

    def _after_any_preposition(self, start: int) -> bool:
        """The name at `start` is the object of a preposition, past its description (`par le neurologue X`)."""
        lang = self.lang
        for word in reversed(normalize(self.text[max(0, start - 40) : start]).replace("'", "' ").split()[-4:]):
            if word in lang.OBJECT_PREPOSITIONS or word in lang.PERSON_PREPOSITIONS or word in lang.BY:
                return True
            if not (word in lang.DETERMINERS or self.patterns.is_title_word(word) or person_noun_gender(lang, word) is not None):
                return False
        return False

    def _of_another_camp(self, camps: tuple[frozenset[str], frozenset[str]], entity: Entity) -> bool:
        """The description names these nationalities (`le président tunisien`) or parties (`le candidat républicain`),
        the text gives the person another of the same kind."""
        return any(ours and theirs and ours.isdisjoint(theirs) for alias in filter(None, entity.aliases)
                   for ours, theirs in zip(camps, self.patterns.camps(alias)))


    def _holds_another_role(self, entity: Entity, role: str) -> bool:
        """The text gives the person roles, none of which is or is covered by this one (a candidacy aside, for an
        office, and an office for a candidacy: a candidate may hold any)."""
        if role in self.lang.sets.ANY_PERSON_NOUNS:
            return False  # `la jeune femme` may be the mother named before
        roles = self._roles(entity)
        if role in self.patterns.offices:
            roles -= self.lang.sets.CANDIDACY_ROLES
        elif role in self.lang.sets.CANDIDACY_ROLES:
            roles -= self.patterns.offices  # `la candidate`: the mayor running again
        return bool(roles) and not any(self._covers(role, r, True) for r in roles)

    def _roles(self, entity: Entity) -> set[str]:
        """The roles the text gives the entity (its descriptions' head nouns)."""
        return {self.role_of_description(a) for a in entity.aliases} - {None}

    def _after_person_preposition(self, start: int) -> bool:
        return self._word_before(start) in self.lang.PERSON_PREPOSITIONS

    def role_of_description(self, description: str) -> str | None:
        """The role a description gives (`l'écrivain royaliste`: `écrivain`; `le chef de l'État`: `président`)."""
        return self.patterns.role_of(self.patterns.head_noun(description))

    def may_describe(self, entity: Entity, mention: str, person: Entity) -> bool:
        """A definite description of nobody named (`la ministre de la Transition écologique`) may be a named person
        (who just spoke, went on speaking, or whom the title is about): of its gender, given no role it does not
        cover, not named inside it nor one of a group."""
        if not entity.name[:1].islower() or person.kind != "person" or not person.name[:1].isupper() \
                or not self._is_definite_singular(mention) or normalize(mention.split(" ", 1)[0]) in self.lang.DEMONSTRATIVES \
                or normalize(mention).startswith(self.lang.ONE_OF):
            return False  # (`l'un des frères`: one of a group, somebody new)
        if entity.gender and person.gender and entity.gender != person.gender:
            return False
        head = self.patterns.head_noun(mention)
        role = self.patterns.role_of(head)
        if role is None or fold(person.name) in fold(mention) \
                or (self._holds_another_role(person, role) and not self._may_head_the_body(person, mention, role)):
            # (`le frère de Paul X` is not Paul X; but `le sénateur X`, then `le président de la commission`)
            return False
        if role in self.lang.UNIQUE_OFFICES and normalize(mention).endswith(head) \
                and not any(self._covers(role, r, True) for r in self._roles(person)):
            return False  # `le chef de l'État`: its well-known holder, not whoever spoke, unless the text says so
        person.add_alias(mention)
        return True

    def _may_head_the_body(self, person: Entity, mention: str, role: str) -> bool:
        """The mention gives a role heading a body (`le président de la commission`, `le numéro un de la CGT`) the
        person may hold besides their others: none of which heads another body (`secrétaire de l'association X` is
        not `le président du syndicat Y`) nor is an office of one holder (`le Premier ministre` is not `le chef
        d'état-major de l'armée de l'air`)."""
        body = self._body_of(mention, named=True) if role in self.lang.sets.BODY_OFFICES else None
        return body is not None and all(fold(body) in fold(alias) or (
            self._body_of(alias) is None and not self._state_office(self.role_of_description(alias)))
                                        for alias in person.aliases if alias)

    def _state_office(self, role: str | None) -> bool:
        """An office of one holder that heads no body (`premier ministre`, `pape`; not `président`, of many)."""
        return role in self.lang.UNIQUE_OFFICES and role not in self.lang.sets.BODY_OFFICES

    def _body_of(self, description: str, named: bool = False) -> str | None:
        """The first word of the body completing a description: a kind of body (`commission`, `association`) or an
        acronym (`CGT`), or with `named` any capitalised word but a ministry's domain (`Rassemblement`; not
        `l'Économie`); None for any other complement (`de l'Essonne`, `de 31 ans`)."""
        words = normalize(description).replace("'", "' ").split()
        written = description.replace("’", "'").replace("'", "' ").split()
        at = next((n for n, w in enumerate(words) if w in self.lang.sets.OF), len(words))
        while at < len(words) and (words[at] in self.lang.sets.OF or words[at] in self.lang.DETERMINERS):
            at += 1
        if at >= len(words) or len(written) != len(words):
            return None
        word = written[at]
        body = words[at] in self.lang.sets.ORGANISATION_NOUNS or (len(word) > 1 and word.isupper()) \
            or (named and word[:1].isupper() and words[at] not in self.lang.sets.PORTFOLIOS)
        return word if body else None

    def names_a_kind_of_body(self, mention: str) -> bool:
        """`l'association`, `le groupe ferroviaire`: a determiner, then a noun for a kind of body, in lower case."""
        words = mention.replace("’", "'").replace("'", "' ").split()
        return len(words) >= 2 and words[1][:1].islower() and normalize(words[1]) in self.lang.sets.BODY_KIND_NOUNS

    def only_a_kind_of_body(self, entity: Entity, mention: str) -> bool:
        """The entity is nothing but the mention's words, a definite determiner and a noun for a kind of body
        (`l'association`, `le groupe`, `l'ONG`): no body it named."""
        words = mention.replace("’", "'").replace("'", "' ").split()
        return 2 <= len(words) <= 2 + MAX_KIND_ADJECTIVES and normalize(words[1]) in self.lang.sets.BODY_KIND_NOUNS \
            and all(w.isalpha() and w.islower() and w not in self.lang.OF for w in words[2:]) \
            and self._is_definite_singular(mention) and (words[1].islower() or words[1].isupper()) \
            and fold(entity.name) in (fold(mention), fold(self._strip_determiner(mention)))

    def _body_opening_sentence_before(self, position: int, candidates) -> Entity | None:
        """A body that spoke before, named again opening one of the two sentences before `position` since the last one
        spoke (`Le Canard enchaîné n'en a pas fini … À chaque semaine, ses révélations. L'hebdomadaire assure …`, after
        another paper spoke): the one a kind of body there means."""
        if not candidates:
            return None
        latest = max(p for p, _ in candidates)
        for start in reversed(self._sentence_starts_before(position)[-3:-1]):
            while start < position and self.text[start].isspace():
                start += 1
            if start <= latest:
                return None
            for _, entity in candidates:  # (its name as the body spoke by it: no mention read anew)
                if entity.kind == "organisation" and any(name and self.text.startswith(name, start)
                                                         for name in (entity.name, *entity.aliases)):
                    return entity
        return None

    @staticmethod
    def _latest_body(candidates, gender: str | None) -> Entity | None:
        """The body named by its name that spoke last, of the description's gender if told."""
        for _, entity in sorted(candidates, key=lambda c: c[0], reverse=True):
            if entity.kind == "organisation" and entity.name[:1].isupper() \
                    and not (gender and entity.gender and entity.gender != gender):
                return entity
        return None

    def named_between(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The people named from character `start` up to `end`, in text order."""
        people = self.people
        return people[bisect.bisect_left(people, start, key=_position) : bisect.bisect_left(people, end, key=_position)]

    def _before(self, position: int) -> list[tuple[int, Entity]]:
        # (`people` is in text order: a bisection in C, not a test of every person)
        return self.people[: bisect.bisect_left(self.people, position, key=_position)]

    def _parent_of_so_many(self, description: str, head: str) -> bool:
        """`ce père de trois enfants`: the kin noun `head`, then how many children, not whose kin."""
        words = normalize(description).split()
        k = words.index(head) if head in words else len(words)
        return k + 2 < len(words) and words[k + 1] in self.lang.OF and (
            words[k + 2].isdigit() or self.lang.DETERMINERS.get(words[k + 2], (None, None))[1] == "pl")

    def _opens_with_determiner(self, mention: str) -> bool:
        """The mention opens on a determiner, written whole or elided (`le`, `l'`)."""
        return normalize(mention.split(" ", 1)[0]) in self.lang.DETERMINERS \
            or bool(ELIDED.match(mention) and normalize(mention[:2]) in self.lang.DEFINITE)

    def _strip_determiner(self, mention: str) -> str:
        """Organisations drop their article ('le Pentagone' → 'Pentagone'); descriptions keep
        theirs, in lower case ('Les autorités' opening a sentence → 'les autorités')."""
        words = mention.split(" ", 1)
        if words and normalize(words[0]) in self.lang.DETERMINERS and len(words) == 2 and not words[1][:1].isupper():
            return normalize(words[0]) + " " + words[1]
        elided = ELIDED.match(mention) and normalize(mention[:2]) in self.lang.DEFINITE
        if elided and not mention[2:3].isupper():
            return normalize(mention[:2]) + mention[2:]
        if len(words) == 2 and normalize(words[0]) in self.lang.DEFINITE and words[1][:1].isupper():
            return words[1]
        if elided:
            return mention[2:]
        return mention

    def _description_kind(self, mention: str, head: str | None) -> str:
        words = normalize(mention).replace("'", "' ").split()
        if normalize(mention).startswith(self.lang.ONE_OF):
            return "person"
        if any(w in self.lang.sets.GROUP_NOUNS or w in self.lang.sets.COLLECTIVE_NOUNS for w in words[:3]):
            return "group"
        if len(words) > 2 and words[0] in self.lang.DETERMINERS and words[1] not in self.lang.ROLE_NOUNS \
                and (words[1] in self.lang.sets.ORGANISATION_NOUNS or words[1] in self.lang.sets.BODY_KIND_NOUNS):
            return "organisation"  # `le cabinet du Premier ministre`: a body its complement's role heads
        if head and not self._plural_determiner(mention):  # not `les insoumis`, a noun of the same plural
            return "person"
        noun = next((without_former(self.lang, w) for w in words[1:3] if w not in self.lang.FORMER_WORDS), None)
        if len(words) > 1 and self.lang.DETERMINERS.get(words[0], (None, None))[1] == "sg" \
                and (words[0] in self.lang.sets.INDEFINITE_ARTICLES or self._is_epithet(mention)) \
                and noun in self.lang.PERSON_NOUN_GENDERS:
            # `un lycéen de 16 ans`, `l'ex-membre du CSA`: a listed noun of a person no role lists, after `un`, `une`,
            # or held before
            return "person"
        if any(w in self.lang.sets.ORGANISATION_NOUNS for w in words[:3]) or self._strip_determiner(mention)[:1].isupper():
            return "organisation"  # a name (`Ryanair`, `le Pentagone`); not `Les toreros` opening a sentence
        return "group"

    def _is_definite_singular(self, mention: str) -> bool:
        first = normalize(mention).split()
        det = self.lang.DETERMINERS.get(first[0]) if first else None
        elided = bool(first) and ELIDED.match(first[0]) and first[0][:2] in self.lang.DEFINITE
        pointing = first[0] in self.lang.sets.DEFINITE or first[0] in self.lang.sets.DEMONSTRATIVES if first else False
        return bool(first) and (elided or (pointing and bool(det) and det[1] == "sg"))

    def _is_plural(self, mention: str) -> bool:
        """A plural determiner, or a noun of a number of people after it (`une vingtaine de médecins`), or two
        descriptions joined (`le collectif et ces députés`; not `le ministre de l'Économie et des Finances`)."""
        first = normalize(mention).split()
        return self._plural_determiner(mention) or (len(first) > 1 and first[1] in self.lang.sets.COLLECTIVE_NOUNS) \
            or any(w == self.lang.COORDINATORS[0] and nxt in self.lang.DETERMINERS and nxt not in self.lang.OF
                   for w, nxt in zip(first[1:], first[2:]))

    def _plural_determiner(self, mention: str) -> bool:
        first = normalize(mention).split()
        det = self.lang.DETERMINERS.get(first[0]) if first else None
        return bool(det and det[1] == "pl")

    def _antecedent(self, position, gender, number, candidates, guessed: bool = False,
                    personal: bool = False, excluded: tuple[Entity, ...] = ()) -> Entity | None:
        """The closest earlier speaker or sentence subject that agrees with the pronoun (no body, for a
        `personal` one); else the closest named person that agrees, a name after a preposition ("emboîte
        le pas à Manuel Valls") only when nobody else does."""
        pool = sorted([c for c in (*candidates, *self._before(position)) if not (excluded and _among(c[1], excluded))],
                      key=lambda c: c[0])
        speakers = {p for p, _ in candidates}
        if (latest := self._latest_mentioned_subject(position, pool[-1][0] if pool else 0, candidates)) is not None \
                and not (excluded and _among(latest[1], excluded)):
            # `Y accepte-t-il la main de X ? Ce dernier fait un geste. « … », a-t-il dit`: X, the sentence's subject
            pool.append(latest)
            speakers.add(latest[0])
        free, oblique = None, None  # the closest agreeing one not after a preposition, and after one
        for p, e in reversed(pool):  # the closest first: most pronouns mean somebody near
            if not self._agrees(e, gender, number, personal):
                continue
            place = self.place(p)
            if place == "standard" or (p not in speakers and self._subject_of_quoted_words(p, position)):
                continue
            if p in speakers or place == "subject" or (not place and self._agent_of_a_passive(p)):
                return e  # (`… a été pointée du doigt par X. « … », a-t-il déploré`: X, who did)
            if place == "oblique":
                oblique = oblique or e
            else:
                free = free or e
        if free:
            return free
        if self.title_subject and self.title_subject[0] <= position and (titled := next(
                (e for n, e in enumerate(self.title_subject[1]) if self._agrees(e, gender, number, personal)
                 and (n == 0 or not self.people or position < self.people[0][0])), None)):
            # before a name after a preposition (`à l'égard de X`); another person the title names only before the
            # text names anybody
            return titled
        if oblique:
            return oblique
        if guessed:  # a first name's gender is a guess: the pronoun's is evidence against it
            found = [e for p, e in pool if e.kind == "person" and not e.gender_known and e.number == (number or e.number)
                     # not `Martine X` for il, unless the text describes her so too (`Andréa X, conseiller régional`)
                     and not (gender and e.gender and is_only_first_name(e.name.split(" ", 1)[0])
                              and not self._described_as(e, gender))
                     and not (gender and e.gender and e.gender != gender and e.name[:1].islower())]  # nor `le ministre` for elle
            return found[-1] if found else None
        return None

    def _described_as(self, entity: Entity, gender: str) -> bool:
        """The text gives the person a description of that gender (`conseiller régional`)."""
        return any(self._description_gender(alias, head) == gender for alias in entity.aliases
                   if alias and (head := self.patterns.description_head(alias)))

    def _subject_of_quoted_words(self, start: int, position: int) -> bool:
        """`X « n'a aucune responsabilité », a-t-il répété`: the name at `start` opens a clause that a quotation runs
        on (right after it, past an apposition, or past an apposition and an infinitive: `X, patron de Z, penser
        qu'il a « … »`), in the sentence the pronoun at `position` closes: whom the words speak of, not who says
        them (but `X « J'ai eu mal », dit-elle`: words opening in the first person are hers)."""
        end = self._phrases.get(start, (start, start))[1]
        k = bisect.bisect_left(self._quoted_starts, end)
        if k == len(self._quoted_starts) or self._quoted_ends[k] > position \
                or self._sentence_break_between(self._quoted_ends[k], position):
            return False
        between = self.text[end : self._quoted_starts[k]]
        if between.strip():
            # (not `Pour le ministre X, interrogé sur RTL, « … »`: his; nor `X, 27 ans, « … » précise-t-il`: an age
            # introduces who speaks)
            apposition = APPOSITION_THEN.fullmatch(between)
            if apposition is None or (apposition.group(1) and not apposition.group(1).endswith(self.lang.INFINITIVE_ENDINGS)) \
                    or self._word_before(self.phrase_opening(start)) in self.lang.sets.OBJECT_PREPOSITIONS \
                    or self._apposed_age(end):
                return False
        # (the words' first sentence, the one that runs the clause on: `X « a été un bon ministre. Je … »` speaks of X;
        # `X « m'avait demandé … je suis allé »`: an object pronoun opening them, X's verb's, is the speaker)
        opening = FIRST_WORD.search(normalize(self.text[self._quoted_starts[k] : self._quoted_starts[k] + MAX_CLITIC_CHARS]))
        if opening and opening.group() in self.lang.PREVERBAL_OBJECT_PRONOUNS:
            return True
        first_sentence = SENTENCE_BREAKS.search(self.text, self._quoted_starts[k], self._quoted_ends[k])
        return not self.in_first_person_singular(self._quoted_starts[k], first_sentence.start() if first_sentence else self._quoted_ends[k])

    def in_first_person_singular(self, start: int, end: int) -> bool:
        """The words from `start` to `end` speak of their speaker in the first person singular (FIRST_PERSON_SINGULAR)."""
        return self.patterns.first_person_singular.search(self.text[start:end].lower().replace("’", "'")) is not None

    def _sentence_break_between(self, lo: int, hi: int) -> bool:
        """A mark ending a sentence between `lo` and `hi`, outside the quotations (`« … ça ! », a-t-il dit`: none)."""
        k = bisect.bisect_left(self._quoted_starts, lo)
        while k < len(self._quoted_starts) and self._quoted_starts[k] < hi:
            if SENTENCE_BREAKS.search(self.text, lo, self._quoted_starts[k]) is not None:
                return True
            lo, k = max(lo, self._quoted_ends[k]), k + 1
        return SENTENCE_BREAKS.search(self.text, lo, hi) is not None

    def _agrees(self, entity: Entity, gender: str | None, number: str | None, personal: bool) -> bool:
        """The entity agrees with a pronoun of this gender and number (a `personal` one: no body)."""
        return not ((gender and entity.gender and entity.gender != gender) or (number and entity.number != number)
                    or (personal and self.surely_a_body(entity)))

    def surely_a_body(self, entity: Entity) -> bool:
        """A body its name or a description says is one (`newspaper Marca`, `the Home Office`); not a name
        taken for a body only because no first name was known in it."""
        return entity.kind == "organisation" and any(
            not self.patterns.thing_nouns.isdisjoint(normalize(name).split()) for name in (entity.name, *entity.aliases))

    def _latest_mentioned_subject(self, position: int, after: int, candidates) -> tuple[int, Entity] | None:
        """The last pronoun of the latest mentioned opening a sentence between `after` and `position` (`Ce dernier
        a …`), with whom it means: the subject a later pronoun means before anybody named earlier."""
        found = None
        for found in self.patterns.latest_mentioned_subject.finditer(self.text, after + 1, position):
            pass  # (the text since the last one named is short: sought there, not in the whole text)
        if found is None:
            return None  # most pronouns: none of them since the last one named
        entity = self._latest_mentioned(found.start(), *self.lang.PRONOUNS[normalize(found.group())], candidates)
        return (found.start(), entity) if entity is not None else None

    def _latest_mentioned(self, position, gender, number, candidates) -> Entity | None:
        pool = sorted(list(candidates) + self._before(position), key=lambda c: c[0])
        agreeing = [e for _, e in pool if not (gender and e.gender and e.gender != gender) and e.number == number]
        return agreeing[-1] if agreeing else None

    def _compared(self, opening: int) -> bool:
        """`gagneraient davantage qu'Emmanuel Macron`: the name a comparison is made with."""
        window = self.text[max(0, opening - 30) : opening]
        if not any(that in window[-6:] for that in self.patterns.that_stems):  # no `que` right before: most names
            return False
        words = normalize_text(window).replace("'", "' ").split()
        return len(words) >= 2 and words[-1] in self.lang.THAT and words[-2] in self.lang.COMPARATIVES

    def _likened(self, opening: int, end: int) -> bool:
        """`Elle est, comme X, visée par …`: the name set off by commas after a word of likeness is whom a singular
        subject opening the sentence is compared with (not `Des Parisiens sont venus, comme X, …`: one of them)."""
        before = self.text[max(0, opening - 12) : opening].rstrip()
        if "," not in before:
            return False  # (most names, told in C)
        word = before.rsplit(None, 1)[-1:]
        if not (word and normalize(word[0]) in self.lang.sets.LIKENESS_MARKERS
                and before[: -len(word[0])].rstrip().endswith(",") and self.text[end : end + 1] == ","):
            return False
        opener = self.text[self._sentence_starts_before(opening)[-1] : opening].split(None, 1)[:1]
        first = normalize(opener[0]) if opener else ""
        return (self.lang.PRONOUNS.get(first) or self.lang.DETERMINERS.get(first) or (None, None))[1] == "sg"

    def _agent_of_a_passive(self, start: int) -> bool:
        """`L'absence de réaction a été pointée du doigt par le procureur X`: the agent of a passive, in a sentence
        naming no person before it, by name, pronoun or noun (not `Paul a été reçu par X`: Paul, its subject, is what
        it is about)."""
        # (`normalize_text`: `normalize` caches words, not stretches of text)
        before = normalize_text(self.text[max(0, start - PASSIVE_AGENT_REACH) : start]).replace("'", "' ").split()
        k = len(before) - 1
        while k >= 0 and (before[k] in self.lang.DETERMINERS or self.patterns.is_title_word(before[k])):
            k -= 1  # (`par le procureur X`: past the article and role)
        if k < 1 or before[k] not in self.lang.BY \
                or self.lang.PASSIVE_PARTICIPLE not in before[max(0, k - MAX_PASSIVE_WORDS) : k]:
            return False
        sentence = self._sentence_starts_before(start)[-1]
        clause = normalize_text(self.text[sentence:start].rsplit(",", 1)[-1]).replace("'", "' ").split()
        head = next((w for w in clause if w not in self.lang.DETERMINERS), "")
        if any(w in self.lang.PRONOUNS for w in clause) or self.patterns.is_title_word(head) \
                or person_noun_gender(self.lang, head) is not None:
            return False  # (`Il a été contacté par X`, `l'animateur avait été chargé par X`: he is)
        return not any(e.kind == "person" for _, e in self.named_between(sentence, start))

    def _after_preposition(self, start: int) -> bool:
        """The name at `start` is the object of a preposition: 'à Manuel Valls', 'avec M. Dupont'."""
        for word in reversed(normalize(self.text[max(0, start - 40) : start]).split()):
            if word in self.lang.sets.OBJECT_PREPOSITIONS:  # "du" too: "aux attaques du député X"
                return True
            if not (word in self.lang.CIVIL_TITLES or word in self.lang.DETERMINERS or self.patterns.is_title_word(word)):
                return False
        return False

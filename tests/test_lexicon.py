"""The speech-verb lexicon: French data expanded by the generic engine."""

import re

import pytest
import regex

from quotes import lang
from quotes.lang import Language, language
from quotes.blocks import FAST_BLOCKS, fast_block_class
from quotes.extract import FAST_WORD, WORD
from quotes.lexicon import (FAST_WORD_CHARACTER, GLUED_PARAGRAPH, WORD_CHARACTER, Lexicon, glued_paragraphs, lexicon_of,
                            tokenize)

FRENCH = language("fr")


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_of(FRENCH)


def words(text):
    return [token.norm for token in tokenize(text, FRENCH)]


def cue(lexicon, text):
    return lexicon.match_cue(words(text), 0)


# --- language modules ------------------------------------------------------------------


def test_load_known_and_unknown_codes():
    assert FRENCH.SPEECH_VERBS
    assert "fr" in lang.available()
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        language("xx")
    with pytest.raises(ValueError, match="not a language code"):
        language("../etc")


def test_a_language_and_its_lexicon_are_built_once():
    french = language("fr")
    assert language("fr") is french
    assert lexicon_of(french) is lexicon_of(language("fr"))


def test_at_least_300_lemmas(lexicon):
    assert len(lexicon.lemmas) >= 300
    assert len(lexicon) > 5000  # word forms


def test_data_paradigm_mismatch_is_reported():
    broken = Language({**{k: v for k, v in vars(FRENCH).items() if k.isupper()}, "SPEECH_VERBS": {"cer": ("affirmer",)}})
    with pytest.raises(ValueError, match="affirmer"):
        Lexicon(broken)


# --- tokens ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a-t-il ajouté", ["a", "-t-il", "ajouté"]),
        ("a t-il dit", ["a", "t-il", "dit"]),
        ("dit-elle", ["dit", "-elle"]),
        ("s'est-il alarmé", ["s'", "est", "-il", "alarmé"]),
        ("selon l'AFP", ["selon", "l'", "AFP"]),
        ("d'une voix", ["d'", "une", "voix"]),
        ("l’AFP", ["l’", "AFP"]),
        ("aujourd'hui, Jean-Luc", ["aujourd'hui", ",", "Jean-Luc"]),
        ('"Non", a-t-elle lancé.', ['"', "Non", '"', ",", "a", "-t-elle", "lancé", "."]),
        ("contre-attaque-t-il", ["contre-attaque", "-t-il"]),
        # an elided word opening a word only: not inside a name, nor a word that is no elision
        ("à Saint-Jean-d'Angély", ["à", "Saint-Jean-d'Angély"]),
        ("L'ex-ministre qu'a-t-il", ["L'", "ex-ministre", "qu'", "a", "-t-il"]),
        ("j'm'en vais", ["j'", "m'", "en", "vais"]),
        ("'l", ["'", "l"]),
    ],
)
def test_tokenize(text, expected):
    assert [t.text for t in tokenize(text, FRENCH)] == expected


def test_fast_blocks_hold_the_same_word_and_space_characters_for_re_and_regex():
    """Texts written only with these blocks are split by `re`: both must agree on every character."""
    word_re, word_regex = re.compile(FAST_WORD_CHARACTER), regex.compile(WORD_CHARACTER, regex.V1)
    space_re, space_regex = re.compile(r"\s"), regex.compile(r"\s")
    blocks = regex.findall(r"(.)-(.)", FAST_BLOCKS)
    assert len(blocks) == 4
    for first, last in blocks:
        for code in range(ord(first), ord(last) + 1):
            char = chr(code)
            assert bool(word_re.match(char)) == bool(word_regex.match(char)), hex(code)
            assert bool(space_re.match(char)) == bool(space_regex.match(char)), hex(code)


@pytest.mark.parametrize("category", ["Lu", "L"])
def test_fast_block_classes_hold_the_characters_regex_gives_their_category(category):
    """`re` patterns for names stand for `regex` ones on texts of FAST_BLOCKS: the same characters."""
    spelled_out, named = re.compile(f"[{fast_block_class(category)}]"), regex.compile(rf"\p{{{category}}}")
    for first, last in regex.findall(r"(.)-(.)", FAST_BLOCKS):
        for code in range(ord(first), ord(last) + 1):
            assert bool(spelled_out.match(chr(code))) == bool(named.match(chr(code))), hex(code)


def test_fast_word_holds_the_characters_of_word_in_the_fast_blocks():
    """Quotations of texts written only with FAST_BLOCKS are cut into words by the spelled-out class."""
    for first, last in regex.findall(r"(.)-(.)", FAST_BLOCKS):
        for code in range(ord(first), ord(last) + 1):
            assert bool(FAST_WORD.match(chr(code))) == bool(WORD.match(chr(code))), hex(code)


def test_text_outside_the_fast_blocks_is_tokenized_as_written():
    """A decomposed accent is part of its word: "e\u0301te\u0301" is one token, not three."""
    assert [t.text for t in tokenize("l'e\u0301te\u0301 a dit", FRENCH)] == ["l'", "e\u0301te\u0301", "a", "dit"]


def test_token_offsets():
    text = "« Non », s'est-elle exclamée."
    for token in tokenize(text, FRENCH):
        assert text[token.start : token.end] == token.text


# --- single words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, lemma, mood, number",
    [
        # spelling-change paradigms
        ("lançait", "lancer", "finite", "sg"),
        ("jugeait", "juger", "finite", "sg"),
        ("martèle", "marteler", "finite", "sg"),
        ("rappelle", "rappeler", "finite", "sg"),
        ("répète", "répéter", "finite", "sg"),
        ("inquiète", "s'inquiéter", "finite", "sg"),
        ("appuie", "appuyer", "finite", "sg"),
        ("martèlera", "marteler", "finite", "sg"),
        ("rappellent", "rappeler", "finite", "pl"),
        ("dénonçant", "dénoncer", "present_participle", None),
        # 2nd group
        ("réagit", "réagir", "finite", "sg"),
        ("réagissait", "réagir", "finite", "sg"),
        ("réagi", "réagir", "participle", "sg"),
        # irregulars
        ("dit", "dire", "finite", "sg"),
        ("disait", "dire", "finite", "sg"),
        ("dira", "dire", "finite", "sg"),
        ("dirait", "dire", "finite", "sg"),
        ("dirent", "dire", "finite", "pl"),
        ("écrit", "écrire", "finite", "sg"),
        ("écrivait", "écrire", "finite", "sg"),
        ("répond", "répondre", "finite", "sg"),
        ("répondu", "répondre", "participle", "sg"),
        ("reconnaît", "reconnaître", "finite", "sg"),
        ("reconnu", "reconnaître", "participle", "sg"),
        ("admis", "admettre", "participle", None),
        ("promet", "promettre", "finite", "sg"),
        ("promis", "promettre", "participle", None),
        ("soutient", "soutenir", "finite", "sg"),
        ("soutenu", "soutenir", "participle", "sg"),
        ("prévient", "prévenir", "finite", "sg"),
        ("prévenu", "prévenir", "participle", "sg"),
        ("conclut", "conclure", "finite", "sg"),
        ("conclu", "conclure", "participle", "sg"),
        ("poursuit", "poursuivre", "finite", "sg"),
        ("poursuivi", "poursuivre", "participle", "sg"),
        ("dire", "dire", "infinitive", None),
        ("affirmant", "affirmer", "present_participle", None),
    ],
)
def test_speech_verb(lexicon, word, lemma, mood, number):
    form = lexicon.speech_verb(word)
    assert (form.lemma, form.mood, form.number) == (lemma, mood, number)


def test_participle_agreement(lexicon):
    assert lexicon.speech_verb("affirmée").gender == "f"
    assert lexicon.speech_verb("affirmés").number == "pl"
    assert lexicon.speech_verb("admises").gender == "f"


def test_reflexive_and_homograph_readings(lexicon):
    assert lexicon.speech_verb("alarme").reflexive
    assert not lexicon.speech_verb("Dit").reflexive
    assert {f.mood for f in lexicon.forms("dit")} == {"finite", "participle"}


@pytest.mark.parametrize("word", ["ordonné", "maison", "président", "a", "est"])
def test_not_speech_verbs(lexicon, word):
    assert lexicon.speech_verb(word) is None


def test_auxiliary(lexicon):
    assert lexicon.auxiliary("avaient").lemma == "avoir"
    assert lexicon.auxiliary("avaient").number == "pl"
    assert lexicon.auxiliary("fut").lemma == "être"
    assert lexicon.auxiliary("aurait").tense == "conditional"
    assert lexicon.auxiliary("affirme") is None


# --- verb groups -----------------------------------------------------------------------


MATCHED_GROUPS = [
    ("a affirmé", "affirmer", 2, "sg", None),
    ("a pour sa part assuré", "assurer", 5, "sg", None),
    ("a encore précisé", "préciser", 3, "sg", None),
    ("a-t-il ajouté", "ajouter", 3, "sg", "il"),
    ("a-t-il également dit", "dire", 4, "sg", "il"),
    ("affirme-t-elle", "affirmer", 2, "sg", "elle"),
    ("ont-ils dit", "dire", 3, "pl", "ils"),
    ("s'est-il alarmé", "s'alarmer", 4, "sg", "il"),
    ("s'est alarmé", "s'alarmer", 3, "sg", None),
    ("se sont alarmés", "s'alarmer", 3, "pl", None),
    ("s'alarme", "s'alarmer", 2, "sg", None),
    ("avait expliqué", "expliquer", 2, "sg", None),
    ("avait-il expliqué", "expliquer", 3, "sg", "il"),
    ("ajoute", "ajouter", 1, "sg", None),
    ("ajoutait", "ajouter", 1, "sg", None),
    ("ajouta", "ajouter", 1, "sg", None),
    ("ajoutera", "ajouter", 1, "sg", None),
    ("ajouterait", "ajouter", 1, "sg", None),
    ("aurait ajouté", "ajouter", 2, "sg", None),
    ("a fait savoir", "faire savoir", 3, "sg", None),
    ("fait savoir", "faire savoir", 2, "sg", None),
    ("a fait valoir", "faire valoir", 3, "sg", None),
    ("fait-il savoir", "faire savoir", 3, "sg", "il"),
    ("ironise-t-il", "ironiser", 2, "sg", "il"),
    ("commence par dire", "dire", 3, "sg", None),
    ("a tenu à préciser", "préciser", 4, "sg", None),
    ("a voulu rassurer", "rassurer", 3, "sg", None),
    ("tient à le rappeler", "rappeler", 4, "sg", None),
    ("peut-on lire", "lire", 3, "sg", "on"),
    ("se dit", "se dire", 2, "sg", None),
    ("s'est dit", "se dire", 3, "sg", None),
    ("a dit", "dire", 2, "sg", None),
    ("dit-il", "dire", 2, "sg", "il"),
    ("explique-t-on", "expliquer", 2, "sg", "on"),
    ("a déclaré", "déclarer", 2, "sg", None),
    ("déclare", "déclarer", 1, "sg", None),
    ("lance", "lancer", 1, "sg", None),
    ("lance-t-il", "lancer", 2, "sg", "il"),
    ("a-t-elle lancé", "lancer", 3, "sg", "elle"),
    ("tweete", "tweeter", 1, "sg", None),
    ("a tweeté", "tweeter", 2, "sg", None),
    ("a twitté", "twitter", 2, "sg", None),
    ("écrit", "écrire", 1, "sg", None),
    ("a écrit", "écrire", 2, "sg", None),
    ("écrivait", "écrire", 1, "sg", None),
    ("réagit", "réagir", 1, "sg", None),
    ("a réagi", "réagir", 2, "sg", None),
    ("a martelé", "marteler", 2, "sg", None),
    ("martèle", "marteler", 1, "sg", None),
    ("a rappelé", "rappeler", 2, "sg", None),
    ("rappelle", "rappeler", 1, "sg", None),
    ("s'inquiète", "s'inquiéter", 2, "sg", None),
    ("répète", "répéter", 1, "sg", None),
    ("a répété", "répéter", 2, "sg", None),
    ("a dénoncé", "dénoncer", 2, "sg", None),
    ("lui a confié", "confier", 3, "sg", None),
    ("s'en félicite", "se féliciter", 3, "sg", None),
    ("a t-il dit", "dire", 3, "sg", "il"),
    ("a -t-il dit", "dire", 4, "sg", "il"),
    ("avait- il ajouté", "ajouter", 4, "sg", "il"),
    ("a, pour sa part, estimé", "estimer", 7, "sg", None),
    ("a-t-il tiré la sonnette d'alarme", "tirer la sonnette d'alarme", 7, "sg", "il"),
    ("s'est montré critique", "se montrer critique", 4, "sg", None),
    ("a déclaré lundi le ministre", "déclarer", 3, "sg", None),
    ("ajoute-t-il encore.", "ajouter", 3, "sg", "il"),
]


@pytest.mark.parametrize("text, lemma, length, number, subject", MATCHED_GROUPS)
def test_match_cue(lexicon, text, lemma, length, number, subject):
    match = cue(lexicon, text)
    assert match is not None, text
    assert (match.lemma, match.start, match.end) == (lemma, 0, length)
    assert (match.number, match.inverted_subject) == (number, subject)
    assert match.mood == "finite" and not match.passive


@pytest.mark.parametrize("text", [case[0] for case in MATCHED_GROUPS])
def test_group_words_hold_every_word_before_the_speech_verb(lexicon, text):
    """The parser skips positions whose words up to the next speech-verb form are not all group words."""
    words = [t.norm for t in tokenize(text, FRENCH)]
    match = cue(lexicon, text)
    verb = min(k for k in range(match.start, match.end) if words[k] in lexicon.speech_forms)
    assert lexicon.group_words.issuperset(words[match.start : verb])
    assert "ministre" not in lexicon.group_words and "la" in lexicon.group_words


@pytest.mark.parametrize("text", ["affirmant", "ajoutant", "précisant", "dénonçant", "s'alarmant"])
def test_present_participles(lexicon, text):
    assert cue(lexicon, text).mood == "present_participle"


def test_gender(lexicon):
    assert cue(lexicon, "s'est alarmée").gender == "f"
    assert cue(lexicon, "a-t-elle ajouté").gender == "f"
    assert cue(lexicon, "a affirmé").gender is None  # avoir: no agreement


def test_passive(lexicon):
    match = cue(lexicon, "est-il précisé dans le communiqué")
    assert (match.lemma, match.end, match.passive) == ("préciser", 3, True)
    assert cue(lexicon, "a été annoncé").passive
    assert cue(lexicon, "a été interrogé") is None  # said of the one asked


@pytest.mark.parametrize(
    "text",
    [
        "avait ordonné",
        "a été",
        "est décédé",
        "selon le ministre",
        "la note",  # article + noun
        "contre 71 %",  # preposition, not "contrer"
        "le président",
        "",
    ],
)
def test_no_cue(lexicon, text):
    assert cue(lexicon, text) is None


def test_trailing_adverb_before_conjunction_is_left_out(lexicon):
    assert cue(lexicon, "dit alors que").end == 1
    assert cue(lexicon, "a dit ensuite").end == 3


def test_match_cue_accepts_unsplit_tokens_and_keeps_their_indices(lexicon):
    tokens = ['"', ",", "a-t-il", "ajouté", "."]
    match = lexicon.match_cue(tokens, 2)
    assert (match.lemma, match.start, match.end, match.inverted_subject) == ("ajouter", 2, 4, "il")
    match = lexicon.match_cue(["s'est", "alarmée"], 0)
    assert (match.lemma, match.end, match.gender) == ("s'alarmer", 2, "f")
    assert lexicon.match_cue(tokens, 10) is None


# --- every tense and form of the verbs news uses -----------------------------------------

# Written out by hand, not made from the paradigms: each verb group must be read whole as its
# verb. Simple tenses (présent, imparfait, passé simple, futur, conditionnel) in the 3rd person
# singular and plural, compound tenses with every auxiliary, inversions and participles.
CONJUGATIONS = """
avertir: avertit, avertissent, avertissait, avertissaient, avertirent, avertira, avertiront, avertirait, avertiraient, a averti, ont averti, avait averti, aurait averti, aura averti, eut averti, avertit-il, a-t-elle averti, avertissant, ayant averti
prévenir: prévient, préviennent, prévenait, prévenaient, prévint, prévinrent, préviendra, préviendront, préviendrait, préviendraient, a prévenu, avait prévenu, aurait prévenu, prévient-il, prévint-elle, prévenant
répondre: répond, répondent, répondait, répondaient, répondit, répondirent, répondra, répondront, répondrait, répondraient, a répondu, ont répondu, avait répondu, aurait répondu, répond-il, répondit-elle, lui a-t-il répondu, répondant
conclure: conclut, concluent, concluait, concluaient, conclurent, conclura, concluront, conclurait, concluraient, a conclu, avait conclu, aurait conclu, conclut-il, en conclut-il, concluant
écrire: écrit, écrivent, écrivait, écrivaient, écrivit, écrivirent, écrira, écriront, écrirait, écriraient, a écrit, avait écrit, aurait écrit, écrit-il, écrivait-elle, écrivant
lancer: lance, lancent, lançait, lançaient, lança, lancèrent, lancera, lanceront, lancerait, lanceraient, a lancé, avait lancé, aurait lancé, lance-t-il, lança-t-elle, lançant
poursuivre: poursuit, poursuivent, poursuivait, poursuivaient, poursuivit, poursuivirent, poursuivra, poursuivrait, a poursuivi, avait poursuivi, poursuit-il, poursuivant
dire: dit, disent, disait, disaient, dirent, dira, diront, dirait, diraient, a dit, avait dit, aurait dit, dit-il, disent-ils, dirait-on, disant
reconnaître: reconnaît, reconnait, reconnaissent, reconnaissait, reconnaissaient, reconnut, reconnurent, reconnaîtra, reconnaîtrait, a reconnu, avait reconnu, aurait reconnu, reconnaît-il, reconnaissant
admettre: admet, admettent, admettait, admit, admirent, admettra, admettrait, a admis, aurait admis, admet-il, admettant
promettre: promet, promettent, promettait, promit, promirent, promettra, promettrait, a promis, aurait promis, promet-il, promettant
mettre en garde: met en garde, mettent en garde, mettait en garde, mit en garde, mirent en garde, mettra en garde, mettrait en garde, a mis en garde, aurait mis en garde, met-il en garde, a-t-il mis en garde, mettant en garde
concéder: concède, concèdent, concédait, concéda, concédèrent, concédera, concèdera, concéderait, a concédé, concède-t-il, concédant
rappeler: rappelle, rappellent, rappelait, rappela, rappelèrent, rappellera, rappellerait, a rappelé, rappelle-t-il, l'a-t-il rappelé, rappelant
marteler: martèle, martèlent, martelait, martela, martelèrent, martèlera, martèlerait, a martelé, martèle-t-il, martelant
fustiger: fustige, fustigent, fustigeait, fustigea, fustigèrent, fustigera, fustigerait, a fustigé, fustige-t-il, fustigeant
nuancer: nuance, nuançait, nuança, nuancèrent, nuancera, a nuancé, nuance-t-il, nuançant
tempérer: tempère, tempérait, tempéra, tempérera, tempèrera, a tempéré, tempère-t-il, tempérant
renchérir: renchérit, renchérissent, renchérissait, renchérirent, renchérira, a renchéri, renchérit-il, renchérissant
garantir: garantit, garantissent, garantissait, garantirent, garantira, a garanti, garantit-il, garantissant
s'emporter: s'emporte, s'emportent, s'emportait, s'emporta, s'emportèrent, s'emportera, s'est emporté, s'est emportée, se sont emportés, s'était emporté, se serait emporté, se fut emporté, s'emporte-t-il, s'est-il emporté, s'était-elle emportée, s'emportant, s'étant emporté
s'agacer: s'agace, s'agaçait, s'agaça, s'est agacé, s'agace-t-elle, s'agaçant
s'insurger: s'insurge, s'insurgent, s'insurgeait, s'insurgea, s'est insurgé, s'est insurgée, s'insurge-t-il, s'insurgeant
se réjouir: se réjouit, se réjouissent, se réjouissait, se réjouirent, se réjouira, s'est réjoui, s'est réjouie, se sont réjouis, se réjouit-il, se réjouissant
se féliciter: se félicite, se félicitait, se félicita, s'est félicité, s'en félicite, s'en est-il félicité, se félicitant
s'émouvoir: s'émeut, s'émeuvent, s'émouvait, s'émut, s'est ému, s'est émue, s'émeut-il
se plaindre: se plaint, se plaignent, se plaignait, se plaignit, s'est plaint, s'est plainte, se plaint-il, se plaignant
démentir: dément, démentent, démentait, démentit, démentirent, démentira, a démenti, dément-il, démentant
soutenir: soutient, soutiennent, soutenait, soutint, soutiendra, soutiendrait, a soutenu, soutient-il, soutenant
s'enquérir: s'enquiert, s'enquièrent, s'enquérait, s'enquit, s'enquerra, s'est enquis, s'est enquise
prévoir: prévoit, prévoient, prévoyait, prévit, prévoira, a prévu
sourire: sourit-il, souriait, sourira, a souri, souriant
déduire: déduit, déduisent, déduisait, déduisit, déduira, a déduit, déduit-il, déduisant
renvoyer: renvoie, renvoient, renvoyait, renvoya, renverra, a renvoyé, renvoie-t-il, renvoyant
appuyer: appuie, appuient, appuyait, appuya, appuiera, a appuyé, appuie-t-il, appuyant
interrompre: interrompt, interrompent, interrompait, interrompit, interrompra, a interrompu, interrompt-il, interrompant
répéter: répète, répètent, répétait, répéta, répétèrent, répétera, répètera, a répété, répète-t-il, répétant
évoquer: évoque, évoquait, évoqua, a évoqué, évoque-t-il, évoquant
déplorer: déplore, déplorait, déplora, a déploré, déplore-t-il, déplorant
rédiger: rédige, rédigent, rédigeait, rédigea, rédigera, a rédigé, rédige-t-il, rédigeant
croire savoir: croit savoir, croient savoir, croyait savoir, crut savoir, croira savoir, a cru savoir, croit-il savoir, croyant savoir
parler: parle de, parlent des, parlait du, parla de, parlera de, a parlé de, avait parlé des, aurait parlé du, parle-t-il de, a-t-elle parlé du, a longuement parlé de, a tenu à parler de, parlant de
préciser: a tenu à préciser, tient-il à préciser, a voulu préciser, a-t-il pu préciser, n'a pas manqué de préciser, ne manque pas de préciser, n'a-t-il pas manqué de préciser, n'hésite pas à préciser, n'ont pas tardé à préciser, ne cesse de préciser, n'a jamais cessé de préciser, ne se prive pas de préciser, n'hésitant pas à préciser
"""


def conjugations():
    for line in CONJUGATIONS.strip().splitlines():
        lemma, forms = line.split(": ")
        yield from ((lemma, form) for form in forms.split(", "))


def test_every_form_of_the_verbs_news_uses_is_read_whole(lexicon):
    missed = []
    for lemma, form in conjugations():
        match = cue(lexicon, form)
        if match is None or (match.lemma, match.end) != (lemma, len(words(form))):
            missed.append((form, match and (match.lemma, match.end)))
    assert missed == []


def test_a_verb_may_need_its_preposition(lexicon):
    """"parler" is a cue only with its "de", which ends the group: "a parlé d'une « trahison »"."""
    match = cue(lexicon, "a parlé d'une trahison")
    assert (match.lemma, match.end) == ("parler", 3)
    assert cue(lexicon, "a longuement parlé des faits").end == 4
    assert cue(lexicon, "a parlé pendant une heure") is None
    assert cue(lexicon, "parle") is None


def test_a_phrase_found_by_a_later_word(lexicon):
    """"aux cris de" works as a present participle; "cris" alone is no speech verb."""
    match = cue(lexicon, "aux cris de « Sauvons l'école »")
    assert (match.lemma, match.end, match.mood) == ("aux cris de", 3, "present_participle")
    assert cue(lexicon, "au cri de").lemma == "au cri de"
    assert cue(lexicon, "cris de joie") is None
    assert cue(lexicon, "aux cris joyeux") is None
    assert lexicon.speech_verb("cris") is None and "cris" in lexicon.speech_forms
    assert cue(lexicon, "dixit le ministre").lemma == "dixit"


@pytest.mark.parametrize(
    "text, at, lemma",
    [
        ("Libération titre ce matin : « La fin »", 1, "titrer"),
        ("Le quotidien de Brest titre : « La fin »", 4, "titrer"),
        ("sous le titre : « La fin »", 2, None),  # a noun after a determiner
        ("son nouveau titre : « La fin »", 2, None),  # or an adjective
        ("Libération titre ce matin sur la crise", 1, None),  # no colon: mostly a noun
        ("a titré le quotidien", 0, "titrer"),
    ],
)
def test_a_noun_form_is_a_verb_before_a_colon(lexicon, text, at, lemma):
    match = lexicon.match_cue(words(text), at, normalized=True)
    assert (match and match.lemma) == lemma


@pytest.mark.parametrize("text", ["a hésité à dire", "manque de dire", "ne tient pas à dire", "n'a pas manqué le train"])
def test_semi_auxiliaries_that_need_a_negation(lexicon, text):
    """"n'hésite pas à dire" reports words; "a hésité à dire" and "ne tient pas à dire" do not."""
    assert cue(lexicon, text) is None


def test_a_paragraph_glued_to_the_one_before_is_cut_at_its_capital():
    lexicon = lexicon_of(language("fr"))
    text = "Les pièces ont été dévoiléesLe parquet a dit. La PlayStation et WhatsApp, franceinfoEmmanuel Macron, iPhone."
    words = lexicon.token_columns(text, [m.start() for m in GLUED_PARAGRAPH.finditer(text)])[0]
    assert words[4:6] == ["dévoilées", "Le"] and "PlayStation" in words and "WhatsApp" in words and "iPhone" in words
    assert words[words.index("franceinfo") + 1] == "Emmanuel"


@pytest.mark.parametrize("text, expected", [
    # a sentence glued to a name, its break lost: cut where a word opening a sentence starts
    ("Jérôme SalomonPas de reconfinement", ["Jérôme", "Salomon", "Pas", "de", "reconfinement"]),
    ("le député Julien AubertPour David Roux", ["le", "député", "Julien", "Aubert", "Pour", "David", "Roux"]),
    # names whose second part spells a short word: whole
    ("son profil LinkedIn", ["son", "profil", "LinkedIn"]),
    ("chez HackerOne", ["chez", "HackerOne"]),
    # a hashtag's or a handle's words written together on purpose: whole
    ("le collectif #NousToutes et @JeanRoux", ["le", "collectif", "#", "NousToutes", "et", "@", "JeanRoux"]),
])
def test_a_sentence_glued_to_a_name_is_cut_off_at_its_opening_word(text, expected):
    assert [t.text for t in tokenize(text, FRENCH)] == expected


@pytest.mark.parametrize("text", [
    "Les documents ont été dévoilésLe parquet a ouvert une enquête, affirme le procureurA une vingtaine près.",
    "Ελληνικά и русский текстLe maire — « Ça va » ’dit-elleÀ Paris, l’été ÉtéÉtait",  # beyond Latin-1, capitals
    "aaaB", "abcÀ b", "",
])
def test_glued_paragraphs_are_where_the_pattern_matches(text):
    assert glued_paragraphs(text) == [m.start() for m in GLUED_PARAGRAPH.finditer(text)]

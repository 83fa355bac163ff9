"""The gender of person speakers: each kind of evidence, conflicts, bodies; invented sentences."""

import pytest

from quotes.gender import decide
from quotes.extract import extract_quotes
from quotes.model import Article


def speakers(text, lang="fr"):
    """(speaker, speaker_kind, speaker_gender) of each quotation, in order."""
    return [(q.speaker, q.speaker_kind, q.speaker_gender) for q in extract_quotes(Article(text, lang=lang))
            if q.kind != "indirect"]


@pytest.mark.parametrize("text, expected, evidence", [
    # a civil title, and no first name to guess from
    ("« Nous ne céderons pas sur ce point », a déclaré Mme Kowalczuk devant la presse.", "female", "title:f"),
    ("« Nous ne céderons pas sur ce point », a déclaré M. Kowalczuk devant la presse.", "male", "title:m"),
    # a role noun of one gender; an epicene one whose determiner tells
    ("« Le projet sera présenté demain », a affirmé la ministre.", "female", "role:f"),
    ("« Le projet sera présenté demain », a affirmé la présidente de la région.", "female", "role:f"),
    # a description of a person
    ("« Nous sommes épuisés par ces semaines », a témoigné une manifestante.", "female", "role:f"),
    ("« Je ne suis pas là pour servir de caution », a lancé la benjamine de l'Assemblée.", "female", "noun:f"),
    ("« On ne dort plus depuis des semaines », a confié cette parente de la victime.", "female", "noun:f"),
    # a pronoun resolved to the speaker, and the participle that agrees with her
    # (Dominique: a first name of both genders)
    ("Dominique Kowalczuk a pris la parole lundi. « Nous ne céderons pas sur ce point », a-t-elle affirmé.",
     "female", "pronoun:f"),
    ("Dominique Kowalczuk a pris la parole lundi. « Nous ne céderons pas sur ce point », s'est-elle exclamée.",
     "female", "agreement:f"),
    # a first name from gender-guesser's list
    ("« Nous ne céderons pas sur ce point », a déclaré Martine Kowalczuk devant la presse.", "female",
     "first name:f"),
])
def test_evidence_decides_the_gender(text, expected, evidence):
    quotes = [q for q in extract_quotes(Article(text, lang="fr")) if q.kind != "indirect"]
    assert [(q.speaker_kind, q.speaker_gender) for q in quotes] == [("person", expected)]
    assert evidence in quotes[0].gender_evidence


def test_english_evidence():
    text = ('"We will not give up," said Mrs Kowalczuk. "The plan is ready," a spokeswoman for the council said. '
            'Zbyszko Nowakowsky arrived late. "It was a long night," he said.')
    assert [g for _, _, g in speakers(text, "en")] == ["female", "female", "male"]


def test_a_conflict_is_unknown_and_recorded():
    text = "« Nous ne céderons pas sur ce point », a affirmé M. Kowalczuk, la ministre de la Santé."
    quotes = [q for q in extract_quotes(Article(text, lang="fr")) if q.kind != "indirect"]
    assert {q.speaker_gender for q in quotes} == {"unknown"}
    assert {"title:m", "role:f"} <= set(quotes[0].gender_evidence)


def test_a_guess_from_a_first_name_gives_way_to_what_the_text_says():
    assert decide({"first name:m": 1, "title:f": 1}) == "female"
    assert decide({"first name?:f": 1}) == "unknown"  # a name mostly given to women decides nothing alone
    assert decide({"role:m": 1, "first name:f": 1}) == "female"  # `le professeur Alison X`
    assert decide({"pronoun:m": 1, "pronoun:f": 1}) == "unknown"
    assert decide({"title:f": 1, "curated:male": 1}) == "male"


def test_one_stray_pronoun_does_not_flip_a_well_attested_speaker():
    across_articles = {"title:m": 5, "first name:m": 8, "pronoun:m": 6, "pronoun:f": 1}
    assert decide(across_articles) == "male"


def test_bodies_and_groups_have_no_gender():
    text = ("« Nous ne céderons pas », a affirmé la CGT. « Nous sommes en colère », ont lancé les manifestants. "
            "« Le calme est revenu », a indiqué le Comité olympique international.")
    assert [(k, g) for _, k, g in speakers(text)] == [("organisation", None), ("group", None),
                                                        ("organisation", None)]


def test_a_civil_title_makes_a_person_of_a_name_the_parser_took_for_a_body():
    text = "« La ville est calme », a déclaré Oleksandra Zhuravska. « Nous tenons », a ajouté Mme Zhuravska."
    assert {(k, g) for _, k, g in speakers(text)} == {("person", "female")}


def test_a_daily_named_like_a_demonym_is_no_person_but_an_indefinite_demonym_is_one():
    assert speakers("« Le dossier est clos », affirme Le Parisien mardi.") == [("Le Parisien", "organisation", None)]
    [(_, kind, gender)] = speakers("« Je suis resté trois jours », raconte un Équatorien de 40 ans.")
    assert (kind, gender) == ("person", "male")


@pytest.mark.parametrize("text, expected", [
    # a determiner that tells no gender: the noun's ending does
    ("« Nous avons signé hier, le prix était juste », a raconté l'acquéreuse.", "female"),
    ("« Les cours reprendront lundi », a précisé l'instituteur.", "male"),
    # a noun of a person the lexicon lists whole, or by an ending of both genders, the determiner telling
    ("« Le prêt a été refusé sans explication », estime un banquier.", "male"),
    ("« Les classes sont pleines », a expliqué une membre du conseil d'administration.", "female"),
    ("« La vidéo a été vue un million de fois », s'amuse le vidéaste.", "male"),
    ("« Je n'ai rien vu venir », confie un lycéen de dix-sept ans.", "male"),
    # `autre` between the determiner and the noun
    ("« Personne ne nous a prévenus », a ajouté un autre riverain.", "male"),
    # nouns of family and age
    ("« Enlevez vos masques pour la photo ! », demande le papa.", "male"),
    ("« Je vais jeter une pièce », s'enthousiasme une gamine en T-shirt rose.", "female"),
    ("« On est venus pour la photo », commente un ado en maillot de foot.", "male"),
    ("« Il sera un parrain formidable », a confié sa cousine au journal.", "female"),
])
def test_a_description_of_a_person_tells_its_gender(text, expected):
    [(_, kind, gender)] = speakers(text)
    assert (kind, gender) == ("person", expected)


def test_a_person_whose_noun_tells_no_gender_takes_the_pronouns():
    text = ("« Le quartier a été pensé pour les voitures », regrette l'urbaniste. "
            "« Il faut tout reprendre », a-t-il ajouté.")
    assert {(k, g) for _, k, g in speakers(text)} == {("person", "male")}


def test_a_noun_whose_gender_is_its_own_tells_none_of_the_person():
    [(_, kind, gender)] = speakers("« Rien n'est encore décidé », a indiqué une source proche du dossier.")
    assert (kind, gender) == ("person", "unknown")


def test_a_noun_of_a_thing_or_of_a_body_ending_like_a_persons_makes_no_person():
    # `-eur` alone makes abstract nouns as well (`l'ampleur`); a publisher is a firm
    for text in ("« Le livre sortira en mars », annonce l'éditeur.",
                 "« Le chantier prendra du retard », reconnaît l'ampleur du projet."):
        assert all(kind != "person" and gender is None for _, kind, gender in speakers(text)), text


def test_an_ending_of_a_persons_noun_in_another_language():
    from quotes.gender import _text_evidence
    from quotes.lang import language
    assert _text_evidence(language("en"), "a policewoman") == {"noun:f"}


def test_a_name_taken_for_a_body_that_a_pronoun_means_at_a_cue_is_a_person():
    text = ("« Nous avons perdu trois semaines de récolte », a déclaré Tarvek Olumbre. "
            "« Les stocks sont vides », a-t-il ajouté.")
    assert {(k, g) for _, k, g in speakers(text)} == {("person", "male")}


def test_a_body_named_with_its_determiner_or_a_description_stays_a_body():
    text = ("« Nous restons prudents », a indiqué le cabinet Dornfeld Analytics. "
            "« Rien n'est joué », a-t-il ajouté.")
    assert all(k != "person" and g is None for _, k, g in speakers(text))


@pytest.mark.parametrize("text, expected", [
    ("« Je suis déçue », a confié l'ancienne membre du jury.", "female"),
    ("« Je suis déçu », a confié l'ancien membre du jury.", "male"),
    # a noun whose gender is its own: its adjective agrees with it, not with the person
    ("« Je suis déçue », a confié l'ancienne star du rap.", "unknown"),
])
def test_an_adjective_before_an_epicene_noun_tells_what_an_elided_article_does_not(text, expected):
    assert speakers(text)[0][2] == expected


def test_a_body_whose_complement_names_a_role_is_no_person():
    text = "« La réforme sera présentée mardi », a indiqué le cabinet du Premier ministre."
    assert speakers(text) == [("le cabinet du Premier ministre", "organisation", None)]


def test_a_body_named_on_another_languages_article_is_no_person_a_name_list_guesses():
    text = "« Les vaccins sont sûrs », affirme The Lancet dans un éditorial."
    assert speakers(text) == [("The Lancet", "organisation", None)]


@pytest.mark.parametrize("text, expected", [
    # a noun of a person written bare after the name, its ending telling
    ("« On ne vend plus rien depuis mars », a raconté Tarvek Olumbre, vendeuse au marché couvert.", "female"),
    ("« Le stock est épuisé », explique Tarvek Olumbre, coordinatrice de la collecte.", "female"),
    # an epicene role noun, and the adjective agreeing with it
    ("« Le lancement est réussi », souligne Tarvek Olumbre, analyste indépendant.", "male"),
])
def test_a_role_written_after_the_name_tells_its_gender(text, expected):
    [(_, kind, gender)] = speakers(text)
    assert (kind, gender) == ("person", expected)


def test_a_present_participle_after_the_name_is_no_role_and_an_adjective_of_a_fixed_noun_tells_nothing():
    [(_, kind, gender)] = speakers("« Rien n'est fait », a déclaré Tarvek Olumbre, estimant que le délai était court.")
    assert gender != "male"
    [(_, kind, gender)] = speakers("« Rien n'est fait », a indiqué une source européenne.")
    assert (kind, gender) == ("person", "unknown")


def test_a_role_of_no_gender_makes_no_person_of_a_body_named_by_one_word():
    [(_, kind, gender)] = speakers('"Sales are picking up," said Dornfeld, the owner of the chain.', "en")
    assert kind != "person" and gender is None


@pytest.mark.parametrize("text, expected", [
    # English nobility and honorific titles tell the gender as civil titles do
    ('"The report is unfair to all of us," said Baroness Kowalczuk.', "female"),
    ('"The report is unfair to all of us," said Viscount Kowalczuk.', "male"),
    # a civil title between a role and the name
    ('Former party leader Baroness Kowalczuk of Tarnby said: "This bill should be dropped."', "female"),
])
def test_an_english_title_of_nobility_tells_the_gender(text, expected):
    [(_, kind, gender)] = speakers(text, "en")
    assert (kind, gender) == ("person", expected)


def test_a_title_after_a_role_tells_only_of_the_name_after_it():
    from quotes.gender import _title_after_role
    from quotes.lang import language
    en = language("en")
    assert _title_after_role(en, "former party leader Baroness Kowalczuk", "Kowalczuk") == "f"
    assert _title_after_role(en, "her former minister Lord Tarnby", "Kowalczuk") is None  # somebody else
    assert _title_after_role(en, "the wife of Mr Kowalczuk", "Kowalczuk") is None


@pytest.mark.parametrize("text, expected", [
    # words qualify an English role noun before it: the role heads the description
    ('"The question has been settled," a regional water board spokeswoman said.', "female"),
    ('A Dornfeld Analytics spokesman said: "We are reviewing the figures."', "male"),
    ('"Nobody was hurt," said a council spokesperson for housing.', "unknown"),
])
def test_an_english_role_noun_after_the_words_that_qualify_it_heads_the_description(text, expected):
    [(_, kind, gender)] = speakers(text, "en")
    assert (kind, gender) == ("person", expected)


def test_a_role_noun_inside_a_name_or_a_bodys_name_is_no_role():
    from quotes.gender import _text_evidence
    from quotes.lang import language
    en = language("en")
    assert _text_evidence(en, "Dr King") == set()  # a title, then a name
    assert _text_evidence(en, "Badly Drawn Boy") == set()  # a name, capitalised
    assert not any(k.startswith("role") for k in _text_evidence(en, "the Office of the Children's Commissioner"))


def test_a_description_has_no_first_name_to_guess_from():
    # `One` is a first name in gender-guesser's list: `One analyst` is no name
    [(_, kind, gender)] = speakers('One analyst said: "Prices will not fall before spring."', "en")
    assert (kind, gender) == ("person", "unknown")


def test_the_spokesman_of_a_body_tells_nothing_of_the_body():
    from quotes.gender import article_evidence
    from quotes.lang import language
    assert article_evidence(language("en"), "Dornfeld", ["Dornfeld"], ["A Dornfeld spokesman"]) == {}


def test_a_role_coordinated_with_a_description_tells_the_gender():
    # Dominique: a first name of both genders
    text = 'Dominique Olumbre, one of the plaintiffs and chairwoman of their association, said: "We will appeal."'
    [(_, kind, gender)] = speakers(text, "en")
    assert (kind, gender) == ("person", "female")
    from quotes.gender import _coordinated_roles
    from quotes.lang import language
    en = language("en")
    assert _coordinated_roles(en, "Dornfeld and Spencer") == []  # a name
    assert _coordinated_roles(en, "Mr Olumbre and his wife") == []  # somebody else


def test_a_name_after_a_civil_title_is_a_surname_whatever_first_name_it_spells():
    """`le Dr Martin-Roux`: `Martin` is a first name too, but here the word is the doctor's surname."""
    assert speakers("« Les urgences sont saturées », a expliqué le Dr Martin-Roux devant la presse.") == [
        ("Martin-Roux", "person", "unknown")]


def test_a_role_after_an_adverb_in_an_apposition_tells_the_gender():
    text = "« Les urgences sont saturées », a expliqué le Dr Martin-Roux, également directrice médicale du Samu."
    assert speakers(text) == [("Martin-Roux", "person", "female")]


@pytest.mark.parametrize("text", [
    "« Il est urgent de rendre le masque obligatoire », écrivent une vingtaine de médecins.",
    "« Nous ne lâcherons rien », ont scandé une poignée de manifestantes.",
])
def test_a_number_of_people_is_a_group_whatever_its_noun_s_gender(text):
    """`une vingtaine de médecins`: `une` agrees with `vingtaine`, not with the doctors, who have no gender as a group."""
    [(_, kind, gender)] = speakers(text)
    assert (kind, gender) == ("group", None)


def test_a_plural_pronoun_continues_a_number_of_people():
    text = ("« Il est urgent de rendre le masque obligatoire », écrivent une poignée de médecins. "
            "« Nous demandons des moyens », ajoutent-ils.")
    assert [q.speaker for q in extract_quotes(Article(text=text, id="t"))] == ["une poignée de médecins"] * 2


@pytest.mark.parametrize("text, gender", [
    # `elle`, `précisée` agree with `source`: nothing of the person
    ("« Trois hommes sont en garde à vue », a indiqué une source policière. « Les faits sont graves », a-t-elle "
     "précisé.", "unknown"),
    # a pronoun of the other gender than its noun's is the person's
    ("« Je reviendrai », a promis la star du rap. « Ce sera cet été », a-t-il ajouté.", "male"),
])
def test_a_pronoun_agreeing_with_a_noun_of_fixed_gender_tells_nothing_of_the_person(text, gender):
    assert {g for _, _, g in speakers(text)} == {gender}


def test_a_source_pointed_back_to_leaves_a_group_a_group():
    text = "« Rien n'est décidé », assure l'entourage du ministre. « Il n'en est pas question », précise cette source."
    assert speakers(text) == [("l'entourage du ministre", "group", None)] * 2


def test_a_compound_first_name_of_first_names_is_sure_of_its_gender():
    text = ("« Il va de mieux en mieux », écrit Alain-Fabien sur son compte. Vendredi, c'était la fille de l'acteur, "
            "Anouchka Roux, qui s'était exprimée. Il « pense déjà à ses futurs projets », avait-elle assuré.")
    assert speakers(text) == [("Alain-Fabien", "person", "male"), ("Anouchka Roux", "person", "female")]
    # `elle` is not the man named `Jean-Jacques`, whatever else it may mean
    text = "Hier, elle s'est fait exclure de la troupe par Jean-Jacques Roux. « Roux n'a jamais voulu », révèle-t-elle."
    assert [speaker for speaker, _, _ in speakers(text)] == [None]


@pytest.mark.parametrize("text, gender", [
    ("« J'ai eu très peur », a raconté l'une des manifestantes.", "female"),
    # `une` agrees with `victimes`, a noun of one gender whoever it names
    ("« Grâce à Dieu, je suis vivant », a raconté l'une des victimes.", "unknown"),
])
def test_one_of_a_group_has_the_gender_its_article_tells_but_of_a_noun_of_fixed_gender(text, gender):
    assert [g for _, _, g in speakers(text)] == [gender]


@pytest.mark.parametrize("text, gender", [
    ("« C'est un peu ça », estime l'un de ses électeurs.", "male"),
    ("« C'est un peu ça », lance une de leurs voisines.", "female"),
])
def test_one_of_a_group_a_possessive_names_is_a_person_of_the_gender_its_words_tell(text, gender):
    ((_, kind, speaker_gender),) = speakers(text)
    assert (kind, speaker_gender) == ("person", gender)

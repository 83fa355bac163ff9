"""Cross-article identity: name variants, surname clashes, titles over time, curation, ambiguous names.

The articles are short and real-looking; their quotes are made by hand (no parser involved), the way
the parser gives them: the speaker's name as resolved inside the article, its kind, the mention at the
attribution, the role, and the other names the article uses.
"""

import asyncio
import json
import sqlite3
import unicodedata

import pytest
from dbfixtures import quote, run_cli

from quotes import identity
from quotes.identity import Candidate, Context, Curation, Local, attach, classify, curate, evidence, norm_name, role_of
from quotes.identity.vocabulary import vocabulary
from quotes.lang import language
from quotes.ingest import ingest_articles
from quotes.model import Article
from quotes.query import Ambiguous, quotes_by_speaker, speaker_candidates, speaker_card
from quotes.keys import speaker_id, strip_accents
from quotes.store import SCHEMA_VERSION, open_db, save_articles, save_quotes

def article(id, date, text, title=None):
    return Article(text, id=id, date=date, source="Orange Actu", title=title or text[:40])

FRENCH = vocabulary(language("fr"))  # the words identity reads French articles with


# --- the articles -----------------------------------------------------------------------------

MACRON_1 = article(
    "a-macron-1", "2019-03-12",
    '"Nous devons agir vite", a déclaré le président Emmanuel Macron mardi. M. Macron a ajouté : '
    '"La France sera au rendez-vous". Le chef de l\'Etat recevra les syndicats jeudi.',
)
MACRON_2 = article(
    "a-macron-2", "2020-05-14",
    '"Nous sommes en guerre", a répété M. Macron lors de son allocution. Le président a promis "des mesures fortes".',
)
BRIGITTE = article(
    "a-brigitte", "2019-11-02",
    'Brigitte Macron a visité l\'hôpital. "Les soignants sont admirables", a-t-elle confié.',
)
MELENCHON_1 = article(
    "a-melenchon-1", "2019-05-02",
    '"Le peuple a parlé", a lancé Jean-Luc Mélenchon, chef de file de La France insoumise.',
)
MELENCHON_2 = article(
    "a-melenchon-2", "2019-06-20",
    '"Nous ne lâcherons rien", a assuré Jean Luc Melenchon devant ses partisans.',
)
MARINE = article(
    "a-marine", "2019-09-15",
    '"Le Rassemblement national est prêt", a affirmé Marine Le Pen, présidente du RN.',
)
JEAN_MARIE = article(
    "a-jean-marie", "2018-04-03",
    '"Je ne regrette rien", a déclaré Jean-Marie Le Pen, fondateur du Front national.',
)
MME_LE_PEN = article(
    "a-mme-le-pen", "2019-10-01",
    '"Nous gagnerons les municipales", a assuré Mme Le Pen à Hénin-Beaumont.',
)
LE_PEN_ALONE = article(
    "a-le-pen-alone", "2019-10-02",
    '"Le Pen a toujours raison", lit-on sur une banderole, a raconté Le Pen.',
)
TRUMP_2018 = article(
    "a-trump-2018", "2018-10-29",
    '"Ceci est une invasion", a tweeté le président américain Donald Trump. Le président américain a ajouté '
    '"faites demi-tour".',
)
BIDEN_2021 = article(
    "a-biden-2021", "2021-02-04",
    '"L\'Amérique est de retour", a déclaré le président américain Joe Biden au département d\'Etat.',
)
PRESIDENT_2019 = article(
    "a-president-2019", "2019-07-14",
    '"Nous allons conclure un accord", a assuré le président américain devant la presse.',
)


def mentions_of(name, dates, role=None):
    """Short articles quoting a person by full name: what makes a person well known to identity."""
    made = []
    for n, date in enumerate(dates):
        words = f"Déclaration numéro {n} de {name}"
        art = article(f"a-{name.lower().replace(' ', '-')}-{n}", date, f'"{words}", a déclaré {name}.')
        made.append((art, [quote(art, words, "direct", name, mention=name, role=role, cue="déclarer")]))
    return made


MORE = mentions_of("Emmanuel Macron", ["2018-01-05", "2019-12-31"]) + mentions_of(
    "Marine Le Pen", ["2019-02-01", "2019-12-01"])
POLICE_1 = article("a-police-1", "2020-01-10", '"Aucun blessé n\'est à déplorer", a indiqué la police.')
POLICE_2 = article("a-police-2", "2020-03-02", '"Les recherches continuent", a précisé la police.')
PENTAGONE_1 = article("a-pentagone-1", "2018-10-29", '"5.200 soldats seront déployés", a annoncé le Pentagone.')
PENTAGONE_2 = article("a-pentagone-2", "2019-01-15", '"Le retrait a commencé", a confirmé le Pentagone.')


def corpus():
    """The articles above with their quotes, as the parser would give them."""
    chef = "le chef de l'Etat"
    return [
        (MACRON_1, [
            quote(MACRON_1, "Nous devons agir vite", "direct", "Emmanuel Macron", mention="le président Emmanuel Macron",
                  cue="déclarer", aliases=["le président Emmanuel Macron", "M. Macron", chef]),
            quote(MACRON_1, "La France sera au rendez-vous", "direct", "Emmanuel Macron", mention="M. Macron",
                  cue="ajouter", aliases=["le président Emmanuel Macron", "M. Macron", chef]),
        ]),
        (MACRON_2, [
            quote(MACRON_2, "Nous sommes en guerre", "direct", "Macron", mention="M. Macron", cue="répéter",
                  aliases=["M. Macron", "Le président"]),
            quote(MACRON_2, "des mesures fortes", "partial", "Macron", mention="Le président", cue="promettre",
                  aliases=["M. Macron", "Le président"]),
        ]),
        (BRIGITTE, [
            quote(BRIGITTE, "Les soignants sont admirables", "direct", "Brigitte Macron", mention="elle", cue="confier"),
        ]),
        (MELENCHON_1, [
            quote(MELENCHON_1, "Le peuple a parlé", "direct", "Jean-Luc Mélenchon", mention="Jean-Luc Mélenchon",
                  role="chef de file de La France insoumise", cue="lancer"),
        ]),
        (MELENCHON_2, [
            quote(MELENCHON_2, "Nous ne lâcherons rien", "direct", "Jean Luc Melenchon", mention="Jean Luc Melenchon",
                  cue="assurer"),
        ]),
        (MARINE, [
            quote(MARINE, "Le Rassemblement national est prêt", "direct", "Marine Le Pen", mention="Marine Le Pen",
                  role="présidente du RN", cue="affirmer"),
        ]),
        (JEAN_MARIE, [
            quote(JEAN_MARIE, "Je ne regrette rien", "direct", "Jean-Marie Le Pen", mention="Jean-Marie Le Pen",
                  role="fondateur du Front national", cue="déclarer"),
        ]),
        (MME_LE_PEN, [
            quote(MME_LE_PEN, "Nous gagnerons les municipales", "direct", "Le Pen", mention="Mme Le Pen", cue="assurer",
                  aliases=["Mme Le Pen"]),
        ]),
        (LE_PEN_ALONE, [
            quote(LE_PEN_ALONE, "Le Pen a toujours raison", "direct", "Le Pen", mention="Le Pen", cue="raconter"),
        ]),
        (TRUMP_2018, [
            quote(TRUMP_2018, "Ceci est une invasion", "direct", "Donald Trump",
                  mention="le président américain Donald Trump", cue="tweeter", aliases=["le président américain"]),
            quote(TRUMP_2018, "faites demi-tour", "partial", "Donald Trump", mention="Le président américain",
                  cue="ajouter", aliases=["le président américain"]),
        ]),
        (BIDEN_2021, [
            quote(BIDEN_2021, "L'Amérique est de retour", "direct", "Joe Biden",
                  mention="le président américain Joe Biden", cue="déclarer", aliases=["le président américain"]),
        ]),
        (PRESIDENT_2019, [
            quote(PRESIDENT_2019, "Nous allons conclure un accord", "direct", "le président américain", "person",
                  mention="le président américain", cue="assurer"),
        ]),
        (POLICE_1, [quote(POLICE_1, "Aucun blessé n'est à déplorer", "direct", "la police", "organisation",
                          mention="la police", cue="indiquer")]),
        (POLICE_2, [quote(POLICE_2, "Les recherches continuent", "direct", "la police", "organisation",
                          mention="la police", cue="préciser")]),
        (PENTAGONE_1, [quote(PENTAGONE_1, "5.200 soldats seront déployés", "indirect", "Pentagone", "organisation",
                             mention="le Pentagone", cue="annoncer")]),
        (PENTAGONE_2, [quote(PENTAGONE_2, "Le retrait a commencé", "direct", "Pentagone", "organisation",
                             mention="le Pentagone", cue="confirmer")]),
        *MORE,
    ]


def fake_extract(art):
    for known, quotes in corpus():
        if known.id == art.id:
            return [q.__class__(**q.to_dict()) for q in quotes]
    return []


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "quotes.db")
    save_articles(database, corpus())
    yield database
    database.close()


def speaker_of(db, article_id, words):
    row = db.execute(
        """SELECT s.name, s.kind, s.article_id FROM quotes q JOIN speakers s ON s.id = q.speaker_id
           WHERE q.article_id = ? AND q.quote = ?""", [article_id, words]).fetchone()
    return tuple(row) if row else None


def names(db, sql="SELECT name FROM speakers ORDER BY name", params=()):
    return [r[0] for r in db.execute(sql, params)]


# --- names, forms, roles (pure) ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Hélène Ségara à l'Élysée", "Ţară, şi încă", "Ελληνικά ά", "русский й", "देवनागरी", "l´homme", "ﬁn ½",
    "a\u034fb", "e\u0301\u20d7", "plain ascii", "", "Ça coûte 2ª ¨´¸¯\u00a0ÿ", "Straße à µ",
])
def test_strip_accents_removes_every_combining_character_and_nothing_else(text):
    """Latin-1 letters lose their accents by a table, other Latin accents are deleted by a pattern and the rest by a
    table: all of them what NFKD splits off."""
    decomposed = unicodedata.normalize("NFKD", text)
    assert strip_accents(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


def test_strip_accents_of_every_latin_1_character():
    """The table that strips a text of Latin-1 characters makes each one what NFKD leaves of it, or leaves the text
    to NFKD."""
    for character in map(chr, range(256)):
        text = f"é{character}a"
        decomposed = unicodedata.normalize("NFKD", text)
        assert strip_accents(text) == "".join(c for c in decomposed if not unicodedata.combining(c)), character


@pytest.mark.parametrize("a, b", [
    ("Jean-Luc Mélenchon", "Jean Luc Melenchon"),
    ("Donald J. Trump", "Donald Trump"),
    ("ÉDOUARD PHILIPPE", "Edouard Philippe"),
])
def test_name_variants_share_a_key(a, b):
    assert norm_name(a) == norm_name(b)


def test_different_first_names_are_different_keys():
    assert norm_name("Marine Le Pen") != norm_name("Jean-Marie Le Pen")
    assert norm_name("Jean-Pierre Martin") != norm_name("Pierre Martin")


@pytest.mark.parametrize("name, kind, text, mentions, form", [
    ("Emmanuel Macron", "person", None, [], "name"),
    ("Macron", "person", None, ["M. Macron"], "surname"),
    ("Le Pen", "person", None, ["Mme Le Pen"], "surname"),
    ("le président américain", "person", None, [], "description"),
    ("un manifestant", "group", None, [], "description"),
    ("la police", "organisation", None, [], "description"),
    ("L'association", "organisation", None, [], "description"),
    ("Pentagone", "organisation", "Selon le Pentagone, 5.200 soldats.", ["le Pentagone"], "name"),
    ("CGT", "organisation", None, [], "name"),
    ("Interrogé", "organisation", 'Interrogé, il a répondu "non".', [], "description"),
    ("Paris", "person", None, ["le procureur de Paris"], "description"),
    ("Conseil", "organisation", "Le Conseil d'Etat a tranché.", [], "description"),
])
def test_classify(name, kind, text, mentions, form):
    assert classify(name, kind, FRENCH, text, evidence(name, FRENCH, mentions))[0] == form


def test_a_title_or_first_name_in_the_text_makes_a_one_word_name_a_person():
    text = 'Du côté du gouvernement, M. Véran a vanté "la stratégie". "Nous tiendrons", a dit Véran.'
    ev = evidence("Véran", FRENCH, ["Véran"], [], [], text)
    assert (ev.titled, ev.gender) == (identity.CIVIL, "m")
    assert classify("Véran", "organisation", FRENCH, text, ev) == ("surname", "person")
    text = '"Il faut tenir", a lancé Juppé, successeur désigné d\'Alain Juppé.'
    assert evidence("Juppé", FRENCH, ["Juppé"], [], [], text).titled == identity.CIVIL
    assert evidence("Bayer", FRENCH, ["Bayer"], [], [], '"Nous ferons appel", a indiqué Bayer.').titled == identity.NONE
    assert evidence("Parisien", FRENCH, ["Parisien"], [], [], '"Rien", a dit Le Parisien.').titled == identity.NONE


def test_misspelt_and_glued_full_names_join_the_frequent_spelling():
    frequent = Candidate("person:eric dupond moretti", "Eric Dupond-Moretti", "2017-01-01", "2020-09-01", 80, 60)
    typo = Local("l1", "a1", "Eric Dupont-Moretti", "person", "eric dupont-moretti", "name", "moretti", None, 0,
                 "2020-07-10")
    assert identity.decide(typo, [frequent]) == ("person:eric dupond moretti", "spelling")
    rare = Candidate("person:eric dupond moretti", "Eric Dupond-Moretti", "2017-01-01", "2020-09-01", 3, 3)
    assert identity.decide(typo, [rare])[0] == "person:eric dupont moretti"
    ndiaye = Candidate("person:sibeth ndiaye", "Sibeth Ndiaye", "2019-04-01", "2020-07-01", 100, 60)
    glued = Local("l2", "a2", "France Inter Sibeth Ndiaye", "person", "x", "name", "ndiaye", None, 0, "2020-01-01")
    assert identity.decide(glued, [ndiaye]) == ("person:sibeth ndiaye", "name after other words")
    org = Local("l3", "a3", "Sibeth Ndiaye", "organisation", "sibeth ndiaye", "name", "ndiaye", None, 0, "2020-01-01")
    assert identity.decide(org, [ndiaye]) == ("person:sibeth ndiaye", "same name as a person")
    assert identity.surname("Eric Dupont-Moretti") == identity.surname("Eric Dupond-Moretti") == "moretti"


def test_a_titled_one_word_organisation_is_a_person_surname():
    ev = evidence("Castaner", FRENCH, ["Castaner"], ["M. Castaner"])
    assert ev.titled == identity.CIVIL and ev.gender == "m"
    assert classify("Castaner", "organisation", FRENCH, "M. Castaner a parlé.", ev) == ("surname", "person")


@pytest.mark.parametrize("text, role", [
    ("le président Emmanuel Macron", "président"),
    ("Le ministre de la Santé", "ministre de la Santé"),
    ("l'ex-ministre de l'Ecologie", "ex-ministre de l'Ecologie"),
    ("M. Macron", None),
    ("le procureur de", None),
    ("président américain a provoqué une controverse", None),
])
def test_role_of(text, role):
    assert role_of(text, "Emmanuel Macron", FRENCH) == role


# --- surnames alone (pure) --------------------------------------------------------------------


def local(name, date="2020-05-01", gender=None, titled=identity.CIVIL, article_id="a1"):
    return Local("l1", article_id, name, "person", name.lower(), "surname", name.split()[-1].lower(),
                 gender, titled, date)


def test_surname_joins_the_one_person_of_that_name():
    cands = [Candidate("person:olivier veran", "Olivier Véran", "2020-02-16", "2020-07-02", 40)]
    assert attach(local("Véran", gender="m"), cands) == ("person:olivier veran", "surname")


def test_surname_shared_by_two_people_stays_apart():
    cands = [Candidate("person:remy heitz", "Rémy Heitz", "2019-01-01", "2020-06-01", 9),
             Candidate("person:nicolas heitz", "Nicolas Heitz", "2020-06-01", "2020-06-05", 1)]
    assert attach(local("Heitz", gender="m"), cands)[0] is None


def test_gender_first_names_roles_and_dates_tell_namesakes_apart():
    macrons = [Candidate("person:emmanuel macron", "Emmanuel Macron", "2016-01-01", "2020-07-01", 900),
               Candidate("person:brigitte macron", "Brigitte Macron", "2017-05-01", "2020-06-01", 30)]
    assert attach(local("Macron", gender="m"), macrons)[0] == "person:emmanuel macron"
    assert attach(local("Macron", gender="f"), macrons)[0] == "person:brigitte macron"
    assert attach(local("Macron"), macrons)[0] is None
    # the article writes one of the first names
    ctx = Context(text=lambda a: "Brigitte et son mari ont visité l'école. Mme Macron a parlé.")
    assert attach(local("Macron"), macrons, ctx)[0] == "person:brigitte macron"
    # the article writes one of the roles
    heitz = [Candidate("person:remy heitz", "Rémy Heitz", "2019-01-01", "2020-06-01", 9),
             Candidate("person:nicolas heitz", "Nicolas Heitz", "2020-06-01", "2020-06-05", 1)]
    roles = {"person:remy heitz": {"procureur de paris"}, "person:nicolas heitz": {"procureur d'epinal"}}
    ctx = Context(text=lambda a: "Le procureur de Paris, M. Heitz, a requis.", key_roles=lambda k: roles[k])
    assert attach(local("Heitz", gender="m"), heitz, ctx)[0] == "person:remy heitz"
    # dates: a namesake quoted only years before is out
    johnsons = [Candidate("person:boris johnson", "Boris Johnson", "2019-07-01", "2020-06-30", 50),
                Candidate("person:gary johnson", "Gary Johnson", "2011-05-01", "2012-11-01", 5)]
    assert attach(local("Johnson", gender="m", date="2020-03-01"), johnsons)[0] == "person:boris johnson"
    assert attach(local("Johnson", gender="m", date="2012-06-01"), johnsons)[0] == "person:gary johnson"


def test_a_little_known_namesake_needs_more_than_the_surname():
    # "M. Hanachi" in an article about Tehran; the only Hanachi known is an analyst quoted once in Aden
    cands = [Candidate("person:hussein hanachi", "Hussein Hanachi", "2020-05-20", "2020-05-20", 1)]
    assert attach(local("Hanachi", gender="m"), cands) == (None, "one little-known candidate")
    ctx = Context(text=lambda a: "A Aden, Hussein, comme l'appellent ses étudiants, dirige un centre d'études.")
    assert attach(local("Hanachi", gender="m"), cands, ctx)[0] == "person:hussein hanachi"
    # a first name that starts somebody else's name is no evidence
    ctx = Context(text=lambda a: "Le tireur, Hussein Ali Saleh, a été arrêté.")
    assert attach(local("Hanachi", gender="m"), cands, ctx)[0] is None


def test_roles_that_differ_rule_a_namesake_out():
    # "le roi Salmane" is not the crown prince Mohammed ben Salmane
    cands = [Candidate("person:mohammed ben salmane", "Mohammed ben Salmane", "2017-01-01", "2020-09-01", 40, 30)]
    roles = {"l1": {"roi"}}
    ctx = Context(roles=lambda lid: roles[lid], key_roles=lambda k: {"prince heritier", "prince"})
    assert attach(local("Salmane", titled=identity.ROLE), cands, ctx)[0] is None
    ctx = Context(roles=lambda lid: {"prince heritier"}, key_roles=lambda k: {"prince heritier"})
    assert attach(local("Salmane", titled=identity.ROLE), cands, ctx)[0] == "person:mohammed ben salmane"


def test_a_first_name_or_place_needs_a_civil_title():
    cands = [Candidate("person:edouard philippe", "Edouard Philippe", "2017-05-15", "2020-07-03", 300)]
    assert attach(local("Philippe", titled=identity.NONE), cands)[0] is None
    assert attach(local("Philippe", titled=identity.ROLE), cands)[0] is None
    assert attach(local("Philippe", gender="m"), cands)[0] == "person:edouard philippe"


def test_curations_apply_in_order():
    me = Local("l1", "a9", "Jean Dupont", "person", "jean dupont", "name", "dupont", None, 0, "2020-01-01")
    merge = Curation(1, "merge", {"into": "person:jean dupond", "from": ["person:jean dupont"]})
    assert curate(me, "person:jean dupont", "name", [merge]) == ("person:jean dupond", "merge #1")
    split = Curation(2, "split", {"speaker": "person:jean dupond", "names": [], "articles": ["a9"]})
    assert curate(me, "person:jean dupont", "name", [merge, split]) == ("person:jean dupont", "split #2")
    split_own = Curation(3, "split", {"speaker": "person:jean dupont", "names": [], "articles": ["a9"]})
    assert curate(me, "person:jean dupont", "name", [split_own]) == ("a9/person:jean dupont", "split #3")


# --- the database -----------------------------------------------------------------------------


def test_name_variants_become_one_speaker_with_its_aliases(db):
    assert speaker_of(db, MACRON_1.id, "Nous devons agir vite") == ("Emmanuel Macron", "person", None)
    # the second article only says "M. Macron": it joins the one Macron who is a man
    assert speaker_of(db, MACRON_2.id, "Nous sommes en guerre") == ("Emmanuel Macron", "person", None)
    assert speaker_of(db, MELENCHON_2.id, "Nous ne lâcherons rien") == speaker_of(
        db, MELENCHON_1.id, "Le peuple a parlé")
    row = db.execute("SELECT quotes, articles, other_names, roles FROM speakers WHERE name = 'Emmanuel Macron'").fetchone()
    assert row[:2] == (6, 4)
    assert "M. Macron" in row[2] and "Macron" in row[2].split("; ")
    assert "chef de l'Etat (2019-03-12, 1 article)" in row[3] and "président" in row[3]
    rule = db.execute("SELECT rule FROM article_speakers WHERE article_id = ?", [MACRON_2.id]).fetchone()[0]
    assert rule == "surname"


def test_people_sharing_a_surname_stay_apart(db):
    assert speaker_of(db, MARINE.id, "Le Rassemblement national est prêt")[0] == "Marine Le Pen"
    assert speaker_of(db, JEAN_MARIE.id, "Je ne regrette rien")[0] == "Jean-Marie Le Pen"
    assert speaker_of(db, BRIGITTE.id, "Les soignants sont admirables")[0] == "Brigitte Macron"
    # "Mme Le Pen": the one woman of that name
    assert speaker_of(db, MME_LE_PEN.id, "Nous gagnerons les municipales")[0] == "Marine Le Pen"
    # "Le Pen" alone, no title: either of them; kept to its article
    assert speaker_of(db, LE_PEN_ALONE.id, "Le Pen a toujours raison") == ("Le Pen", "person", LE_PEN_ALONE.id)


def test_descriptions_stay_in_their_article_proper_names_do_not(db):
    assert len(names(db, "SELECT name FROM speakers WHERE name = 'la police'")) == 2
    assert len(names(db, "SELECT name FROM speakers WHERE name = 'Pentagone'")) == 1
    assert speaker_of(db, PRESIDENT_2019.id, "Nous allons conclure un accord") == (
        "le président américain", "person", PRESIDENT_2019.id)


def test_a_title_points_to_different_people_over_time(db):
    rows = db.execute(
        """SELECT s.name, r.role, r.date FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id
           WHERE r.folded = 'president americain' ORDER BY r.date""").fetchall()
    assert [tuple(r) for r in rows] == [
        ("Donald Trump", "président américain", "2018-10-29"),
        ("le président américain", "président américain", "2019-07-14"),
        ("Joe Biden", "président américain", "2021-02-04"),
    ]
    with pytest.raises(Ambiguous) as err:
        quotes_by_speaker(db, "le président américain")
    assert [(c["speaker"], c["first_date"]) for c in err.value.candidates] == [
        ("Donald Trump", "2018-10-29"), ("Joe Biden", "2021-02-04"), ("le président américain", "2019-07-14")]
    assert len(quotes_by_speaker(db, "le président américain", every=True)) == 4


def test_replacing_the_full_name_detaches_the_surname(db):
    # articles naming Olivier Véran in full, and one saying "M. Véran"
    full = article("a-veran-full", "2020-06-01", '"Le pic est passé", a estimé le ministre de la Santé Olivier Véran.')
    short = article("a-veran-short", "2020-06-03", '"Restez prudents", a insisté M. Véran.')
    earlier = mentions_of("Olivier Véran", ["2020-03-01", "2020-04-01"])
    save_articles(db, earlier)
    save_articles(db, [
        (full, [quote(full, "Le pic est passé", "direct", "Olivier Véran", role="ministre de la Santé",
                      aliases=["le ministre de la Santé"])]),
        (short, [quote(short, "Restez prudents", "direct", "Véran", mention="M. Véran", aliases=["M. Véran"])]),
    ])
    assert speaker_of(db, short.id, "Restez prudents")[0] == "Olivier Véran"
    # now Olivier Véran is named in full in only two articles: too little known for "M. Véran" alone
    save_quotes(db, full.id, [])
    assert speaker_of(db, short.id, "Restez prudents") == ("Véran", "person", short.id)
    assert db.execute("SELECT rule FROM article_speakers WHERE article_id = ?", [short.id]).fetchone() == (
        "one little-known candidate",)
    for art, _ in earlier:
        save_quotes(db, art.id, [])
    assert names(db, "SELECT name FROM speakers WHERE name LIKE '%Véran%'") == ["Véran"]


def test_speaker_candidates_and_exact_names(db):
    assert [c["speaker"] for c in speaker_candidates(db, "Emmanuel Macron")] == ["Emmanuel Macron"]
    assert [c["speaker"] for c in speaker_candidates(db, "macron")] == ["Emmanuel Macron", "Brigitte Macron"]
    assert len(quotes_by_speaker(db, "emmanuel macron")) == 6
    assert len(quotes_by_speaker(db, "M. Macron")) == 6  # an alias of one person only


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def path(tmp_path):
    database = open_db(tmp_path / "q.db")
    save_articles(database, corpus())
    database.close()
    return tmp_path / "q.db"


def test_list_an_ambiguous_name_shows_the_candidates(path):
    result = run_cli("list", "--speaker", "Macron", "--db", path, ok=False)
    assert result.exit_code == 1
    assert "Emmanuel Macron" in result.stdout and "Brigitte Macron" in result.stdout
    assert "2 different speakers" in result.stderr
    candidates = json.loads(run_cli("list", "--speaker", "Le Pen", "--db", path, "--json", ok=False).stdout)
    assert [c["speaker"] for c in candidates] == ["Marine Le Pen", "Jean-Marie Le Pen", "Le Pen"]
    assert candidates[0]["first_date"] == "2019-02-01" and candidates[0]["quotes"] == 4
    assert candidates[2]["speaker_id"] is None  # the per-article "Le Pen"
    every = json.loads(run_cli("list", "--speaker", "Macron", "--all", "--db", path, "--json").stdout)
    assert {r["speaker"] for r in every} == {"Emmanuel Macron", "Brigitte Macron"} and len(every) == 7
    exact = json.loads(run_cli("list", "--speaker", "emmanuel macron", "--db", path, "--json").stdout)
    assert len(exact) == 6 and {r["speaker"] for r in exact} == {"Emmanuel Macron"}


def test_speakers_group_still_lists_and_shows(path):
    rows = json.loads(run_cli("speakers", "--db", path, "--json", "--limit", "3").stdout)
    assert rows[0]["speaker"] == "Emmanuel Macron" and rows[0]["quotes"] == 6
    shown = run_cli("speakers", "show", "Emmanuel Macron", "--db", path).stdout
    assert "Roles over time" in shown and "chef de l'Etat" in shown and "M. Macron" in shown


def test_curation_survives_reingest(path, monkeypatch):
    monkeypatch.setattr("quotes.ingest.default_extract", lambda: fake_extract)
    # the lone "Le Pen" was Marine; the two spellings of Mélenchon get a curated name; Trump's 2018
    # article goes its own way (say it was a namesake)
    run_cli("speakers", "merge", "Marine Le Pen", f"{LE_PEN_ALONE.id}/person:le pen", "--db", path, "--note", "checked")
    run_cli("speakers", "rename", "Jean-Luc Mélenchon", "Jean-Luc Mélenchon (LFI)", "--db", path)
    run_cli("speakers", "split", "Donald Trump", "--article", TRUMP_2018.id, "--db", path)
    run_cli("speakers", "split", "Emmanuel Macron", "--name", "Macron", "--db", path)

    def check():
        db = open_db(path)
        assert speaker_of(db, LE_PEN_ALONE.id, "Le Pen a toujours raison")[0] == "Marine Le Pen"
        assert speaker_of(db, MELENCHON_2.id, "Nous ne lâcherons rien")[0] == "Jean-Luc Mélenchon (LFI)"
        assert speaker_of(db, TRUMP_2018.id, "Ceci est une invasion") == ("Donald Trump", "person", TRUMP_2018.id)
        assert speaker_of(db, MACRON_2.id, "Nous sommes en guerre") == ("Macron", "person", MACRON_2.id)
        assert speaker_of(db, MACRON_1.id, "Nous devons agir vite")[0] == "Emmanuel Macron"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.close()

    check()
    curations = json.loads(run_cli("speakers", "curations", "--db", path, "--json").stdout)
    assert [c["action"] for c in curations] == ["merge", "rename", "split", "split"]
    # everything parsed and stored again: the curations still hold
    db = open_db(path)
    summary = ingest_articles(db, [a for a, _ in corpus()], force=True)
    assert summary.stored == len(corpus())
    db.close()
    check()
    # a later article that calls him "Jean Luc Melenchon" gets the curated name too
    later = article("a-melenchon-3", "2020-01-09", '"La retraite à points, c\'est non", a dit Jean Luc Melenchon.')
    db = open_db(path)
    save_articles(db, [(later, [quote(later, "La retraite à points, c'est non", "direct", "Jean Luc Melenchon")])])
    assert speaker_of(db, later.id, "La retraite à points, c'est non")[0] == "Jean-Luc Mélenchon (LFI)"
    db.close()


def test_curation_errors_are_clear(path):
    result = run_cli("speakers", "merge", "Nobody Known", "Emmanuel Macron", "--db", path, ok=False)
    assert result.exit_code == 1 and "no speaker is called 'Nobody Known'" in result.output
    result = run_cli("speakers", "rename", "la police", "Police", "--db", path, ok=False)
    assert result.exit_code == 1 and "2 speakers are called 'la police'" in result.output


# --- upgrade and publication ------------------------------------------------------------------

SCHEMA_1 = """
CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT, date TEXT, title TEXT, url TEXT, lang TEXT,
    text TEXT NOT NULL, text_hash TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE speakers (id TEXT PRIMARY KEY, name TEXT NOT NULL,
    kind TEXT CHECK (kind IN ('person', 'organisation', 'group')), key TEXT NOT NULL UNIQUE,
    folded TEXT NOT NULL, article_id TEXT REFERENCES articles(id));
CREATE TABLE aliases (id TEXT PRIMARY KEY, speaker_id TEXT NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL, folded TEXT NOT NULL, article_id TEXT REFERENCES articles(id));
CREATE TABLE quotes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT REFERENCES speakers(id), quote TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')), start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, mention TEXT, role TEXT, cue TEXT, lang TEXT, date TEXT, source TEXT);
PRAGMA user_version = 1;
"""


def test_a_schema_1_database_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_1)
    rows = [(MACRON_1, "Nous devons agir vite", "Emmanuel Macron", "person:emmanuel macron", "M. Macron"),
            *[(art, qs[0].quote, "Emmanuel Macron", "person:emmanuel macron", None) for art, qs in MORE[:2]],
            (MACRON_2, "Nous sommes en guerre", "Macron", "person:macron", "M. Macron"),
            (PRESIDENT_2019, "Nous allons conclure un accord", "le président américain",
             "person:le president americain", None)]
    for n, (art, words, name, key, alias) in enumerate(rows):
        conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?, NULL, 'fr', ?, 'x', 'now')",
                     [art.id, art.source, art.date, art.title, art.text])
        conn.execute("INSERT OR IGNORE INTO speakers VALUES (?, ?, 'person', ?, ?, NULL)",
                     [speaker_id(key), name, key, name.lower()])
        start = art.text.index(words)
        conn.execute("INSERT INTO quotes VALUES (?, ?, ?, ?, 'direct', ?, ?, ?, NULL, NULL, 'fr', ?, ?)",
                     [f"q{n}", art.id, speaker_id(key), words, start, start + len(words), alias, art.date, art.source])
        if alias:
            conn.execute("INSERT INTO aliases VALUES (?, ?, ?, ?, ?)",
                         [f"al{n}", speaker_id(key), alias, alias.lower(), art.id])
    conn.commit()
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert speaker_of(db, MACRON_2.id, "Nous sommes en guerre")[0] == "Emmanuel Macron"
    assert speaker_of(db, PRESIDENT_2019.id, "Nous allons conclure un accord")[2] == PRESIDENT_2019.id
    assert db.execute("SELECT count(*) FROM quotes WHERE article_speaker_id IS NULL").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_datasette_speaker_page_and_canned_query(path):
    from quotes.serve import make_datasette

    ds = make_datasette(path)
    sid = speaker_id("person:emmanuel macron")

    async def fetch(url):
        await ds.invoke_startup()
        return await ds.client.get(url)

    row = asyncio.run(fetch(f"/q/speakers/{sid}.json?_shape=array")).json()[0]
    assert row["name"] == "Emmanuel Macron" and row["quotes"] == 6 and "M. Macron" in row["other_names"]
    assert "chef de l'Etat (2019-03-12, 1 article)" in row["roles"]
    html = asyncio.run(fetch(f"/q/speakers/{sid}")).text
    assert "quotes.speaker_id" in html or "speaker_id" in html  # the links to its quotes
    top = asyncio.run(fetch("/q/speakers_by_quotes.json?_shape=array&kind=person")).json()
    assert top[0]["name"] == "Emmanuel Macron" and top[0]["quotes"] == 6
    held = asyncio.run(fetch("/q/role_holders.json?_shape=array&role=président américain")).json()
    assert [(r["speaker"], r["first_date"]) for r in held] == [
        ("Donald Trump", "2018-10-29"), ("le président américain", "2019-07-14"), ("Joe Biden", "2021-02-04")]


def test_a_role_spelled_two_ways_is_written_one_way(tmp_path):
    """A speaker's summary and card write a role as most of its rows do, whichever rows SQLite reads first."""
    database = open_db(tmp_path / "quotes.db")
    said = ["Nous allons investir dans la radio", "La télévision reste notre priorité",
            "Les annonceurs reviennent enfin", "Le sport attire toujours autant", "Nous recrutons des journalistes"]
    spelled = ["NextRadioTV", "NextradioTV", "NextradioTV", "NextradioTV", "NextRadioTV"]  # neither first nor last
    ingest_articles(database, [
        article(f"a-weill-{n}", "2020-06-28", f'"{words}", a déclaré Alain Weill, président de {company}.')
        for n, (words, company) in enumerate(zip(said, spelled))])
    roles = [r[0] for r in database.execute("SELECT role FROM speaker_roles ORDER BY rowid")]
    assert roles == [f"président de {company}" for company in spelled]
    summary = database.execute("SELECT roles FROM speakers WHERE name = 'Alain Weill'").fetchone()[0]
    assert summary == "président de NextradioTV (2020-06-28, 5 articles)"
    card = speaker_card(database, speaker_id("person:alain weill"))
    assert [r["role"] for r in card["roles"]] == ["président de NextradioTV"]
    database.close()

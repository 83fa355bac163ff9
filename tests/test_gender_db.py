"""Genders in the database: per article speaker and per speaker with their evidence, the curation
`quotes speakers set-gender`, and the upgrade of a database made before genders."""

import json
import sqlite3

from dbfixtures import run_cli, write_articles

from quotes.model import Article
from quotes.store import SCHEMA_VERSION, open_db

# Rosalind Okonkwo-Baptiste: no first name gender-guesser knows; the articles tell.
TITLED = Article("« Les négociations reprendront lundi », a déclaré Mme Okonkwo-Baptiste, la ministre du Travail.",
                 id="a-titled", date="2021-03-01", source="Test")
NAMED = Article("« Nous sommes prêts à signer », a affirmé Martine Lefèvre-Dutilleul. « Pas avant lundi », "
                "a-t-elle ajouté.", id="a-named", date="2021-03-02", source="Test")
BODY = Article("« Nous ne signerons pas », a affirmé la CGT.", id="a-body", date="2021-03-03", source="Test")


def ingest(tmp_path, *articles):
    db_path = tmp_path / "q.db"
    run_cli("ingest", write_articles(tmp_path / "in.jsonl", *articles), "--db", db_path)
    return db_path, open_db(db_path)


def speaker(db, name):
    return db.execute("SELECT kind, gender, gender_evidence FROM speakers WHERE name = ?", [name]).fetchone()


def quote_genders(db, article_id):
    return {g for (g,) in db.execute("SELECT speaker_gender FROM quotes WHERE article_id = ?", [article_id])}


def test_genders_stored_per_article_speaker_and_per_speaker(tmp_path):
    _, db = ingest(tmp_path, TITLED, NAMED, BODY)
    rows = dict(db.execute("SELECT name, speaker_gender FROM article_speakers").fetchall())
    assert rows == {"Okonkwo-Baptiste": "female", "Martine Lefèvre-Dutilleul": "female", "CGT": None}
    evidence = json.loads(db.execute("SELECT gender_evidence FROM article_speakers WHERE name = ?",
                                     ["Martine Lefèvre-Dutilleul"]).fetchone()[0])
    assert {"first name:f", "pronoun:f"} <= set(evidence)
    kind, gender, found = speaker(db, "Martine Lefèvre-Dutilleul")
    assert (kind, gender) == ("person", "female") and "first name:f" in json.loads(found)
    assert speaker(db, "CGT")[:2] == ("organisation", None)


def test_set_gender_is_logged_and_kept_after_reingest(tmp_path):
    db_path, db = ingest(tmp_path, NAMED, BODY)
    run_cli("speakers", "set-gender", "Martine Lefèvre-Dutilleul", "unknown", "--db", db_path, "--note", "asked")
    db = open_db(db_path)
    assert speaker(db, "Martine Lefèvre-Dutilleul")[1] == "unknown"
    curations = run_cli("speakers", "curations", "--db", db_path, "--json").output
    assert '"action": "gender"' in curations and "asked" in curations
    run_cli("ingest", write_articles(tmp_path / "in.jsonl", NAMED, BODY), "--db", db_path, "--force")
    db = open_db(db_path)
    _, gender, found = speaker(db, "Martine Lefèvre-Dutilleul")
    assert gender == "unknown" and json.loads(found)["curated:unknown"] == 1
    assert run_cli("speakers", "set-gender", "Martine Lefèvre-Dutilleul", "other", "--db", db_path,
                   ok=False).exit_code != 0


def test_a_speaker_s_card_shows_the_gender_and_its_evidence(tmp_path):
    db_path, _ = ingest(tmp_path, NAMED, BODY)
    shown = run_cli("speakers", "show", "Martine Lefèvre-Dutilleul", "--db", db_path).stdout
    assert "gender: female, from " in shown and "first name:f (1)" in shown and "pronoun:f (1)" in shown
    card = json.loads(run_cli("speakers", "show", "Martine Lefèvre-Dutilleul", "--db", db_path, "--json").stdout)[0]
    assert card["gender"] == "female" and card["gender_evidence"]["first name:f"] == 1
    assert "gender:" not in run_cli("speakers", "show", "CGT", "--db", db_path).stdout  # a body has none


def test_a_speaker_gets_the_evidence_of_every_article(tmp_path):
    again = Article("« Rien n'est signé », a dit Martine Lefèvre-Dutilleul.", id="a-again", date="2021-04-01",
                    source="Test")
    _, db = ingest(tmp_path, NAMED, again)
    found = json.loads(speaker(db, "Martine Lefèvre-Dutilleul")[2])
    assert found["first name:f"] == 2  # once an article: the evidence adds up


def test_a_database_made_before_genders_gets_them(tmp_path):
    db_path, db = ingest(tmp_path, TITLED, BODY)
    db.conn.close()
    conn = sqlite3.connect(db_path)  # as schema 5 made it: no genders, curations without the action
    for table, column in (("speakers", "gender"), ("speakers", "gender_evidence"),
                          ("article_speakers", "speaker_gender"), ("article_speakers", "gender_evidence")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DROP TABLE curations")
    conn.execute("""CREATE TABLE curations (id INTEGER PRIMARY KEY,
                    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')), args TEXT NOT NULL,
                    note TEXT, created_at TEXT NOT NULL)""")
    conn.execute("""INSERT INTO curations (action, args, created_at) VALUES ('rename', '{"speaker": "x", "name": "y"}',
                    '2021-01-01')""")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    db = open_db(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert speaker(db, "Okonkwo-Baptiste")[1] == "female"  # from the stored mention and alias
    assert db.execute("SELECT count(*) FROM curations").fetchone()[0] == 1
    run_cli("speakers", "set-gender", "Okonkwo-Baptiste", "male", "--db", db_path)
    assert speaker(open_db(db_path), "Okonkwo-Baptiste")[1] == "male"


def test_set_gender_refuses_an_organisation_or_a_group(tmp_path):
    crowd = Article("« Nous ne lâcherons rien », ont assuré les manifestants.", id="a-crowd", date="2021-03-04",
                    source="Test")
    db_path, db = ingest(tmp_path, NAMED, BODY, crowd)
    assert speaker(db, "les manifestants")[0] == "group"
    for name, kind in (("CGT", "organisation"), ("les manifestants", "group")):
        result = run_cli("speakers", "set-gender", name, "female", "--db", db_path, ok=False)
        assert result.exit_code == 1 and f"{name} is of kind {kind}, not a person" in result.output
        assert speaker(open_db(db_path), name)[1] is None
    assert "No curations." in run_cli("speakers", "curations", "--db", db_path).output
    [shares] = json.loads(run_cli("stats", "--by", "gender", "--db", db_path, "--json").output)
    assert (shares["women"], shares["people"]) == (2, 2)  # Martine Lefèvre-Dutilleul's two quotes only


def test_a_merge_sums_the_evidence_and_a_split_gives_it_back(tmp_path):
    # a man by his first name only (4) merged with a woman by first name, pronoun and agreement (12)
    male = Article("« Le texte est mauvais », a déclaré Pierre Okafor-Lindqvist.", id="a-male", date="2021-03-05",
                   source="Test")
    db_path, db = ingest(tmp_path, NAMED, male)
    assert speaker(db, "Pierre Okafor-Lindqvist")[1] == "male" and quote_genders(db, male.id) == {"male"}
    his_key = "person:pierre okafor lindqvist"
    run_cli("speakers", "merge", his_key, "Martine Lefèvre-Dutilleul", "--db", db_path)
    db = open_db(db_path)
    gender, found = db.execute("SELECT gender, gender_evidence FROM speakers WHERE key = ?", [his_key]).fetchone()
    assert json.loads(found) == {"agreement:f": 1, "first name:f": 1, "first name:m": 1, "pronoun:f": 1}
    assert gender == "female" and quote_genders(db, male.id) == {"female"}  # the evidence summed, not his kept
    run_cli("speakers", "split", his_key, "--article", NAMED.id, "--db", db_path)
    db = open_db(db_path)
    assert speaker(db, "Pierre Okafor-Lindqvist")[1:] == ("male", '{"first name:m": 1}')
    assert speaker(db, "Martine Lefèvre-Dutilleul")[1] == "female"
    assert quote_genders(db, male.id) == {"male"} and quote_genders(db, NAMED.id) == {"female"}

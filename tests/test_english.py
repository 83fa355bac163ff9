"""English read through its data package (quotes/lang/en): one invented sentence or two per construction,
with the speaker expected of each quotation in it."""

import pytest

from quotes.evaluate import speaker_is_right
from quotes.extract import extract_quotes
from quotes.lang import language
from quotes.lexicon import lexicon_of
from quotes.model import Article


def speakers(text: str) -> dict[str, str | None]:
    """Each direct or partial quotation of an English text, with the speaker the parser gives it."""
    return {q.quote: q.speaker for q in extract_quotes(Article(text=text, id="t", lang="en"))
            if q.kind in ("direct", "partial")}


CASES = {
    "verb then subject after the quotation": (
        '"We will not give up," said Jane Doe, the mayor of Springfield.',
        {"We will not give up,": "Jane Doe"},
    ),
    "a name then its verb after the quotation": (
        '"The bridge will open in May," Jane Doe said.',
        {"The bridge will open in May,": "Jane Doe"},
    ),
    "a pronoun then its verb points back to the name": (
        'Jane Doe runs the bakery on Elm Street. "Bread has never cost so much," she said.',
        {"Bread has never cost so much,": "Jane Doe"},
    ),
    "a pronoun chain across paragraphs": (
        'Mayor Jane Doe opened the fair on Sunday.\n"It is a great day for the town," she said.\n'
        '"We waited ten years for this," she added.',
        {"It is a great day for the town,": "Jane Doe", "We waited ten years for this,": "Jane Doe"},
    ),
    "he and she tell two speakers apart": (
        'John Roe met Jane Doe at the station. "The trains are late again," she said. '
        '"They were late yesterday too," he replied.',
        {"The trains are late again,": "Jane Doe", "They were late yesterday too,": "John Roe"},
    ),
    "a colon after the verb": (
        'Jane Doe said: "The budget is balanced."',
        {"The budget is balanced.": "Jane Doe"},
    ),
    "a compound tense": (
        'The council leader, John Roe, has said the plan is "dead in the water".',
        {"dead in the water": "John Roe"},
    ),
    "told with its object": (
        '"We are not going anywhere," John Roe told reporters.',
        {"We are not going anywhere,": "John Roe"},
    ),
    "according to": (
        'According to John Roe, the scheme was "a total waste of money".',
        {"a total waste of money": "John Roe"},
    ),
    "a civil title with its full stop": (
        '"I have nothing to hide," Mr. Roe said on Monday.',
        {"I have nothing to hide,": "Mr. Roe"},
    ),
    "a civil title without one": (
        '"The results speak for themselves," said Ms Doe.',
        {"The results speak for themselves,": "Ms Doe"},
    ),
    "a role before the name, capitalised, without determiner": (
        '"We will vote against it," Green Party leader Jane Doe said.',
        {"We will vote against it,": "Jane Doe"},
    ),
    "a bare role in lower case before the name": (
        '"Prices will keep rising," said energy analyst John Roe.',
        {"Prices will keep rising,": "John Roe"},
    ),
    "a role after the name, then the verb before a colon": (
        'Jane Doe, chief executive of Acme Widgets, said: "Sales have doubled."',
        {"Sales have doubled.": "Jane Doe"},
    ),
    "writing and posting": (
        'John Roe tweeted: "Thank you all for coming."',
        {"Thank you all for coming.": "John Roe"},
    ),
    "a subject with its apposition after the quotation": (
        '"We are disappointed," the company\'s chief executive, Jane Doe, said.',
        {"We are disappointed,": "Jane Doe"},
    ),
    "a role pointing back to the name it was set beside": (
        'The prime minister, Jane Doe, visited the plant. "This is the future," the prime minister said.',
        {"This is the future,": "Jane Doe"},
    ),
    "was quoted as saying": (
        'John Roe was quoted as saying the decision was "a disgrace".',
        {"a disgrace": "John Roe"},
    ),
    "a possessive description": (
        "The minister's spokesperson said the claims were \"entirely false\".",
        {"entirely false": "the minister's spokesperson"},
    ),
    "a paragraph after a quotation opens a new sentence": (
        'The shop closed on Friday. "It was a sad day."\nJane Doe, a customer for thirty years, said: "I will miss it."',
        {"I will miss it.": "Jane Doe"},
    ),
    "a document speaks for its author, not for the medium that saw it": (
        'A letter from the council to parents on Friday, seen by the BBC, said: "The school will reopen in May."',
        {"The school will reopen in May.": "the council"},
    ),
    "a statement with no author is the body that spoke last": (
        'The water company said supplies were "back to normal". A statement said: "We apologise for the delay."',
        {"We apologise for the delay.": "the water company"},
    ),
    "a possessive name owns the speaker": (
        '"We will appeal," Mr Roe\'s lawyers said. "The ruling is wrong," said Jane Doe\'s lawyer.',
        {"We will appeal,": "Mr Roe's lawyers", "The ruling is wrong,": "Jane Doe's lawyer"},
    ),
    "a bare role opening a sentence: the name is its subject, the one a pronoun then means": (
        'Jane Doe said fares would rise. "We have no choice," she said. Festival organiser Mary Roe said '
        'the gates would open at noon. "We sold every ticket," she said.',
        {"We have no choice,": "Jane Doe", "We sold every ticket,": "Mary Roe"},
    ),
    "a place noun spelling a first name makes no person of its place": (
        'John Roe met farmers in Lisburn, Co Antrim.\nHe said: "The harvest is late."',
        {"The harvest is late.": "John Roe"},
    ),
    "he or she never means a body, nor a first name after a body's noun": (
        'Jane Doe won the race. Sports newspaper Laura called the win "a miracle". "I cried all night," she said.',
        {"a miracle": "Laura", "I cried all night,": "Jane Doe"},
    ),
    "a spokesman for a role's holder is not the holder; a title's domain holds no role": (
        'A spokesman for Prime Minister Jane Doe said the plan was "on track". '
        'The Minister for Foreign Affairs John Roe said the talks were "going well".',
        {"on track": "a spokesman", "going well": "John Roe"},
    ),
    "the sentence after a quotation calls it words said by a passive verb's agent": (
        '"We will never leave this town." These words were spoken on Monday by the mayor, Jane Doe.',
        {"We will never leave this town.": "Jane Doe"},
    ),
    "the subject of a clause opened by when is whom a pronoun means": (
        'A photo of Kevin Roe went viral. "It looks like a statue," said the artist Tom Vale. Their fame came at a '
        'cost, when Mr Roe later said they had been targeted by trolls. "We actually are real people," he said.',
        {"We actually are real people,": "Kevin Roe"},
    ),
    "an interview's answers are the interviewee's": (
        'Novelist Jane Doe, 77, answered questions by video. Q: Has the pandemic changed your work? A: "It has made '
        'me slower." Q: What comes next? A: "A new novel, in January."',
        {"It has made me slower.": "Jane Doe", "A new novel, in January.": "Jane Doe"},
    ),
    "an actor may be a woman": (
        'John Roe wrote the play. "It took me ten years," he said. The new show sees actor Mary Roe sing '
        'for the first time. "I was terrified," she said.',
        {"It took me ten years,": "John Roe", "I was terrified,": "Mary Roe"},
    ),
    "a perfect participle clause opening the sentence is no subject": (
        '"We will see," said the director. Having driven the team for years, Mark Oliver looks back without '
        'bitterness, concluding: "I was not made for this job."',
        {"I was not made for this job.": "Mark Oliver"},
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_english_attribution(name):
    text, expected = CASES[name]
    found = speakers(text)
    for quote, speaker in expected.items():
        assert quote in found, f"{name}: {quote!r} not found among {list(found)}"
        assert speaker_is_right(found[quote], speaker), f"{name}: {quote!r} given to {found[quote]!r}, not {speaker!r}"


def test_a_surname_that_spells_a_role_noun_after_its_civil_title_is_the_person_named_in_full():
    text = 'David King runs the council. "The sculpture will stay in the park," said Mr King.'
    assert speakers(text) == {"The sculpture will stay in the park,": "David King"}


def test_a_speech_verb_is_read_in_every_form():
    lexicon = lexicon_of(language("en"))
    forms = {"said": "say", "says": "say", "told": "tell", "added": "add", "wrote": "write", "written": "write",
             "tweeted": "tweet", "replied": "reply", "admitted": "admit", "agreed": "agree", "stressed": "stress"}
    assert {form: lexicon.speech_verb(form).lemma for form in forms} == forms


def test_a_subject_before_its_verb_after_a_quotation_is_english_not_french():
    assert language("en").SUBJECT_BEFORE_CUE_AFTER_QUOTE and not language("fr").SUBJECT_BEFORE_CUE_AFTER_QUOTE


def test_quote_marks_curly_single_and_straight():
    found = speakers("“We won,” said Jane Doe. John Roe called the result ‘a fluke’.")
    assert speaker_is_right(found["We won,"], "Jane Doe")
    assert speaker_is_right(found["a fluke"], "John Roe")


def test_page_furniture_names_nobody():
    found = speakers('Read more: "The town that said no"\nThe vote was held on Monday.')
    assert all(speaker is None for speaker in found.values())


def test_a_quotation_that_ended_its_sentence_is_not_the_next_sentences_subjects():
    found = speakers('"The vote is over." Jane Doe said the count would start at noon.')
    assert found["The vote is over."] is None


def test_the_latter_points_back_to_whoever_was_named_last():
    found = speakers('Jane Doe met John Roe on Monday. The latter said the talks were "very useful".')
    assert speaker_is_right(found["very useful"], "John Roe")


def test_a_document_with_a_possessive_is_not_given_to_the_latest_body():
    found = speakers('The club said it was "shocked". His letter said: "I will not resign."')
    assert not speaker_is_right(found["I will not resign."], "the club")


def test_a_relative_that_inside_an_apposition_does_not_end_the_subject():
    """`a charity that campaigns`: a relative clause on a noun, not a complement clause (`said that`)."""
    found = speakers('Jane Porter, head of policy at GreenBank, a charity that campaigns for clean energy, said: '
                     '"This is a strong signal."')
    assert speaker_is_right(found["This is a strong signal."], "Jane Porter")


def test_a_cue_opening_the_next_paragraph_belongs_to_its_own_quotation():
    """`"…!"` ending a paragraph, then `She added: "…"`: the cue after the break introduces the next quotation."""
    found = speakers('Influencer Mia Hart tweeted: "Rest in peace, he was always kind to me!"\n'
                     'Tom Reed said: "He was a legend."\nShe added: "Thank you for everything."')
    assert speaker_is_right(found["Rest in peace, he was always kind to me!"], "Mia Hart")
    assert speaker_is_right(found["He was a legend."], "Tom Reed")


def test_a_first_name_told_before_the_full_name_is_that_person():
    found = speakers('On Saturday night, Kevin won the show. "It was an amazing experience," he said.\n'
                     'Kevin Quarrie, 35, now tours the country.')
    assert found["It was an amazing experience,"] == "Kevin Quarrie"


def test_people_named_together_speak_together_but_not_the_owners_of_a_role():
    found = speakers('"The new approach works," said Robert Hastings and Anthony Lai.\n'
                     'Daria and Anna\'s solicitor Sarah Henley said: "It has proved difficult."')
    assert found["The new approach works,"] == "Robert Hastings and Anthony Lai"
    assert found["It has proved difficult."] == "Sarah Henley"


def test_a_party_s_member_written_as_a_noun_is_a_person_described_not_a_body():
    quote = extract_quotes(Article(text='"We will fight," said the Democrat from Ohio.', id="t", lang="en"))[0]
    assert (quote.speaker, quote.speaker_kind) == ("the Democrat", "person")


def test_an_indefinite_description_brings_in_somebody_new_not_the_person_named_before():
    text = ('Council spokesperson Jane Doe confirmed the closure on Monday. "The road will open again in May," '
            'a spokesperson said.')
    quote = extract_quotes(Article(text=text, id="t", lang="en"))[0]
    assert quote.speaker == "a spokesperson"


def test_a_past_tense_after_a_body_s_name_is_its_verb_not_an_adjective_of_the_name():
    found = speakers('"The athlete altered her prescription form," the AIU continued.')
    assert found["The athlete altered her prescription form,"] == "AIU"


def test_a_phrase_calling_the_quotation_somebody_s_words_names_its_speaker():
    found = speakers("'I cry because the children are not respected.' Those were the words of Mark Jones, a priest.")
    assert found["I cry because the children are not respected."] == "Mark Jones"


def test_a_noun_labelling_what_follows_its_colon_is_no_speaker():
    found = speakers('The minister met the unions on Monday. Goal: "to end the strike before the summer holidays".')
    assert found["to end the strike before the summer holidays"] is None


def test_a_noun_both_of_a_body_and_of_a_role_before_a_name_leaves_a_person():
    text = ('Singer Horse McDonald described him as a "giant of a man". Broadcaster Bryan Burnett said he was hired by '
            'him as a producer. "He taught me so much," he said.')
    assert speakers(text)["He taught me so much,"] == "Bryan Burnett"


def test_a_statement_released_by_a_body_is_the_body_s():
    assert speakers('"We acted fast," said a statement released by the ministry.') == {"We acted fast,": "the ministry"}


def test_a_verb_s_past_after_a_role_noun_ends_the_phrase():
    text = 'A spokesperson referred to the report and said: "We have nothing to add at this stage of the inquiry."'
    assert list(speakers(text).values()) == ["a spokesperson"]


def test_a_name_whose_surname_opens_on_an_apostrophe_is_whole_after_a_title():
    found = speakers('"We need more support," according to Professor Siobhan O\'Dwyer, the region\'s health champion.')
    assert found == {"We need more support,": "Siobhan O'Dwyer"}


def test_a_sentence_with_no_verb_whose_agent_is_somebody_makes_them_the_topic():
    text = ('"Cinema must be seen in theatres," said Mark Lenoir. A view shared by Paul Ross, who runs a cinema in '
            'Leeds. "We have to hold on," he said.')
    assert speakers(text) == {"Cinema must be seen in theatres,": "Mark Lenoir", "We have to hold on,": "Paul Ross"}


@pytest.mark.parametrize("text, speaker", [
    ('Vision, whose real name is Well Douglas, said his sculptures took a couple of weeks "on and off" to create.',
     "Vision"),
    ('Acme, which owns brands including Zest and Brio, said it was "disappointed" with the ruling.', "Acme"),
])
def test_a_name_then_a_relative_clause_about_it_is_the_subject_not_what_follows_the_verb(text, speaker):
    assert list(speakers(text).values()) == [speaker]


def test_a_thing_a_titled_person_owns_is_no_person():
    # (`Mr Roe's Community Shelter Project`: no person's name, though a civil title opens the run)
    text = ('Danny Roe has been homeless for years. "It is hard," he said.\nMr Roe\'s Community Shelter Project aims to '
            'open a site next year.\n"I have got my eyes on a farm," he said.')
    assert speakers(text) == {"It is hard,": "Danny Roe", "I have got my eyes on a farm,": "Danny Roe"}


def test_a_dash_set_off_by_spaces_ends_a_name():
    # (`Jane Roe - Wimbledon champion … -`: an aside between dashes, no part of the name)
    text = ('Jane Roe - Wimbledon champion and keen sailor - is a woman who loves the sea. "I was sailing in Crete '
            'when the storm came," she said.')
    assert speakers(text) == {"I was sailing in Crete when the storm came,": "Jane Roe"}


@pytest.mark.parametrize("text, inner, speaker", [
    ('Film star Steve Rogers was there that night. "I turned and he said \'Hi, my name\'s Steve, I saw you play,\'" '
     'Sarah Jones recalled.', "Hi, my name's Steve, I saw you play,", "Steve Rogers"),
    ('"When I look at a new show, the other thing I always say is \'What are the best moments?\'" Kate Jones said.',
     "What are the best moments?", "Kate Jones"),
    ('"Arts Council England should have said \'We would love you to stay here\'," Kate Jones said.',
     "We would love you to stay here", "Kate Jones"),
])
def test_words_quoted_inside_a_quotation_are_the_speaker_s_unless_a_subject_of_their_own_says(text, inner, speaker):
    assert speakers(text)[inner] == speaker


def test_what_a_source_found_out_speaks_for_the_agent_of_its_participle():
    found = speakers('The fire started at night. According to the data obtained by the Guardian, "the fire was started '
                     'deliberately by someone."')
    assert list(found.values()) == ["Guardian"]


def test_words_with_no_cue_after_a_sentence_asking_a_person_are_that_person_s_answer():
    found = speakers('"Rap is only a tool," said Paul Roux, a music critic. He then asked Mark Small about the song. '
                     '"I wrote it before the pandemic."')
    assert list(found.values()) == ["Paul Roux", "Mark Small"]


def test_a_surname_alone_is_not_the_relative_introduced_by_kin_when_it_names_another():
    found = speakers('His wife Eva Morel said the drummer had died. "Nobody could believe it," Jim Morel said in 2009. '
                     'The band met in a church. "Miles thought the first take was the best," Morel said.')
    assert list(found.values()) == ["Jim Morel", "Jim Morel"]


def test_a_name_set_off_by_commas_after_a_description_is_the_subject_of_the_verb_after_it():
    found = speakers("Ms Murty joined the board in 2007. The museum's director at the time, Dennis Barton, says she had a "
                     '"fervent belief" in the power of science.')
    assert list(found.values()) == ["Dennis Barton"]


def test_an_owner_s_words_echoed_by_another_are_not_the_other_s():
    found = speakers('"The definition of success for us is wider than simply the medals." Sally Munday\'s comments were '
                     "echoed by the chief executive Andy Anson.")
    assert "Andy Anson" not in found.values()

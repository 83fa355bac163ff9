"""Scoring against gold sets: tiny hand-built gold lines and a fake extractor."""

import pytest
from click.testing import CliRunner
from dbfixtures import jsonl

from quotes.cli import cli
from quotes.evaluate import evaluate_files, print_report, speaker_is_right, speaker_words
from quotes.model import Quote

TEXT = "".join(chr(ord("a") + i % 26) for i in range(400))


def gq(start, end, speaker="Donald Trump", kind="direct", aliases=()):
    """A gold quote entry over TEXT."""
    return {"kind": kind, "start": start, "end": end, "quote": TEXT[start:end],
            "speaker": speaker, "aliases": list(aliases), "mention": None, "cue": None}


def line(quotes, id="a1", set="tiny"):
    record = {"id": id, "text": TEXT, "date": "2020-01-01", "source": "Test", "quotes": quotes}
    if set:
        record["set"] = set
    return record


def write(tmp_path, *records, name="tiny.jsonl"):
    path = tmp_path / name
    path.write_text(jsonl(*records), encoding="utf-8")
    return path


def fake(preds):
    """An extractor returning, for article id, the spans (start, end, speaker[, kind]) given."""
    def extract(article):
        out = []
        for start, end, speaker, *kind in preds.get(article.id, []):
            out.append(Quote(article.id, article.text[start:end], kind[0] if kind else "direct",
                             start, end, speaker=speaker, mention="il", cue="dire"))
        return out
    return extract


def run(tmp_path, gold_quotes, preds):
    """Overall scores for one article (id a1) with these gold quotes and predicted spans."""
    path = write(tmp_path, line(gold_quotes))
    return evaluate_files([path], extract=fake({"a1": preds})).overall


# ---------------------------------------------------------------- spans


def test_exact_match(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 100, "Donald Trump")])
    assert (s.articles, s.direct, s.predictions, s.correct, s.found) == (1, 1, 1, 1, 1)
    assert (s.precision, s.recall, s.f1, s.speaker_accuracy) == (1.0, 1.0, 1.0, 1.0)
    assert (s.e2e_precision, s.e2e_recall, s.e2e_f1) == (1.0, 1.0, 1.0)


def test_coverage_below_80_percent_is_not_found_but_correct(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 79, "Donald Trump")])
    assert (s.precision, s.recall, s.f1) == (1.0, 0.0, 0.0)
    assert s.speaker_accuracy == 0.0  # direct quotes exist, none found
    assert (s.e2e_precision, s.e2e_recall) == (1.0, 0.0)


def test_coverage_of_80_percent_is_found(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(20, 100, "Donald Trump")])
    assert (s.precision, s.recall, s.speaker_accuracy) == (1.0, 1.0, 1.0)


def test_exactly_80_percent_with_an_awkward_length(tmp_path):
    # 28 of 35 characters; 0.8 * 35 in floating point is a hair above 28.
    assert run(tmp_path, [gq(0, 35)], [(7, 35, "Trump")]).recall == 1.0
    assert run(tmp_path, [gq(0, 35)], [(8, 35, "Trump")]).recall == 0.0


def test_prediction_running_past_the_quote(tmp_path):
    # 80 of its 120 characters inside: correct, and covers 80%.
    assert run(tmp_path, [gq(0, 100)], [(20, 140, "Trump")]).recall == 1.0
    # 50 of its 150 characters inside: neither correct nor counted for coverage.
    s = run(tmp_path, [gq(0, 100)], [(50, 200, "Trump")])
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_prediction_split_in_two_covers_the_quote(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 40, "Kevin McAleenan"), (40, 85, "Donald Trump")])
    assert (s.predictions, s.correct, s.found) == (2, 2, 1)
    assert (s.precision, s.recall) == (1.0, 1.0)
    # The speaker comes from the piece that overlaps most (45 > 40 characters).
    assert s.speaker_accuracy == 1.0
    # The end-to-end precision judges each piece: one of two has the right speaker.
    assert s.e2e_precision == 0.5


def test_overlapping_predictions_count_covered_characters_once(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 60, "Trump"), (10, 70, "Trump")])
    assert (s.precision, s.recall) == (1.0, 0.0)


def test_prediction_straddling_two_gold_quotes(tmp_path):
    golds = [gq(0, 100), gq(120, 220, "Kevin McAleenan")]
    # 60 of 140 characters in each: in neither quote for at least half, so incorrect.
    s = run(tmp_path, golds, [(40, 180, "Donald Trump")])
    assert (s.precision, s.recall) == (0.0, 0.0)
    # 90 of 120 characters in the second quote: correct, finds it, judged against its speaker.
    s = run(tmp_path, golds, [(90, 210, "Donald Trump")])
    assert (s.precision, s.recall, s.speaker_accuracy) == (1.0, 0.5, 0.0)
    assert (s.e2e_precision, s.e2e_recall) == (0.0, 0.0)


def test_nested_gold_quote_takes_the_tightest_home(tmp_path):
    golds = [gq(0, 200, "Donald Trump"), gq(50, 100, "Kevin McAleenan")]
    s = run(tmp_path, golds, [(50, 100, "Kevin McAleenan")])
    assert (s.direct, s.found, s.precision, s.e2e_precision) == (2, 1, 1.0, 1.0)


def test_a_nested_gold_quote_is_judged_on_its_own_prediction_not_the_one_around_it(tmp_path):
    golds = [gq(0, 120, "Donald Trump"), gq(20, 100, "Kevin McAleenan")]
    s = run(tmp_path, golds, [(0, 120, "Donald Trump"), (20, 100, "Kevin McAleenan")])
    assert (s.found, s.right_speakers, s.speaker_accuracy) == (2, 2, 1.0)


def test_indirect_predictions_are_ignored(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 100, "Trump"), (200, 300, "Trump", "indirect")])
    assert (s.predictions, s.precision, s.recall) == (1, 1.0, 1.0)


def test_false_positive_lowers_precision(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 100, "Trump"), (200, 300, "Trump")])
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert s.f1 == pytest.approx(2 / 3)


def test_partial_quotes_count_for_precision_not_recall(tmp_path):
    golds = [gq(0, 20, kind="partial"), gq(50, 150)]
    s = run(tmp_path, golds, [(0, 20, "Trump")])
    assert (s.direct, s.partial, s.predictions, s.correct, s.found) == (1, 1, 1, 1, 0)
    assert (s.precision, s.recall, s.e2e_precision) == (1.0, 0.0, 1.0)
    s = run(tmp_path, golds, [(0, 20, "Trump"), (50, 150, "Trump")])
    assert (s.precision, s.recall, s.speaker_accuracy) == (1.0, 1.0, 1.0)


def test_partial_recall_counts_partial_quotes_found(tmp_path):
    golds = [gq(0, 20, kind="partial"), gq(30, 50, kind="partial"), gq(60, 160)]
    s = run(tmp_path, golds, [(0, 20, "Trump"), (30, 40, "Trump"), (60, 160, "Trump")])
    assert (s.partial, s.partial_found, s.partial_recall) == (2, 1, 0.5)  # 30-40 covers half of 30-50
    assert s.recall == 1.0
    assert run(tmp_path, [gq(60, 160)], []).partial_recall == 1.0  # nothing to find


def test_end_to_end_figures(tmp_path):
    golds = [gq(0, 100), gq(120, 220, "Kevin McAleenan")]
    preds = [(0, 100, "Trump"), (120, 220, "Trump"), (300, 350, "Trump")]
    s = run(tmp_path, golds, preds)
    assert (s.precision, s.recall, s.speaker_accuracy) == (pytest.approx(2 / 3), 1.0, 0.5)
    assert (s.e2e_precision, s.e2e_recall) == (pytest.approx(1 / 3), 0.5)
    assert s.e2e_f1 == pytest.approx(0.4)


def test_empty_ratios(tmp_path):
    s = run(tmp_path, [], [])
    assert (s.precision, s.recall, s.speaker_accuracy, s.e2e_precision) == (1.0, 1.0, 1.0, 1.0)
    s = run(tmp_path, [gq(0, 20, kind="partial")], [])
    assert (s.precision, s.recall) == (0.0, 1.0)
    s = run(tmp_path, [], [(0, 20, "Trump")])
    assert (s.precision, s.recall, s.f1) == (0.0, 1.0, 0.0)


# ---------------------------------------------------------------- speakers


def test_speaker_words_fold_and_drop():
    assert speaker_words("M. Édouard PHILIPPE") == ["edouard", "philippe"]
    assert speaker_words("le Pentagone") == ["pentagone"]
    assert speaker_words("l'association") == ["association"]
    assert speaker_words("Mme la ministre") == ["ministre"]
    assert speaker_words("Charles de Gaulle") == ["charles", "de", "gaulle"]
    assert speaker_words(None) == []


def test_speaker_folding():
    assert speaker_is_right("M. EDOUARD Philippe", "Édouard Philippe")
    assert speaker_is_right("le Pentagone", "Pentagone")
    assert speaker_is_right("Mme Hélène", "Helene")
    assert speaker_is_right("Le Président américain", "Donald Trump", ["le président américain"])
    assert not speaker_is_right("le président", "Donald Trump", ["le président américain"])


def test_speaker_folding_through_evaluation(tmp_path):
    s = run(tmp_path, [gq(0, 100, "Édouard Philippe")], [(0, 100, "M. edouard philippe")])
    assert (s.speaker_accuracy, s.e2e_f1) == (1.0, 1.0)


def test_last_name_rule():
    assert speaker_is_right("Trump", "Donald Trump")
    assert speaker_is_right("M. Trump", "Donald Trump")
    assert speaker_is_right("le milliardaire républicain et président Trump", "Donald Trump")
    assert speaker_is_right("O'Shaughnessy", "Terrence O'Shaughnessy")
    assert not speaker_is_right("Donald", "Donald Trump")
    # One word once determiners are dropped: no last-name rule, only the four-more-words one.
    assert not speaker_is_right("une infirmière de nuit parlant au nom des soignants", "les soignants")


def test_all_words_with_at_most_four_more():
    assert speaker_is_right("l'animateur Nagui", "Nagui")
    assert speaker_is_right("l'animateur vedette de télévision Nagui", "Nagui")  # 4 more
    assert not speaker_is_right("l'animateur vedette de la télévision française Nagui", "Nagui")  # 5 more
    assert speaker_is_right("des soignants de l'hôpital", "les soignants")
    assert not speaker_is_right("un manifestant", "un député")


def test_null_gold_speaker(tmp_path):
    assert speaker_is_right(None, None)
    assert speaker_is_right("", None)
    assert not speaker_is_right("Donald Trump", None)
    assert not speaker_is_right(None, "Donald Trump")
    s = run(tmp_path, [gq(0, 100, None), gq(120, 220, None)], [(0, 100, None), (120, 220, "Trump")])
    assert (s.recall, s.speaker_accuracy, s.e2e_precision) == (1.0, 0.5, 0.5)


# ---------------------------------------------------------------- files, sets, report


def test_sets_and_file_stem_fallback(tmp_path):
    first = write(tmp_path, line([gq(0, 100)], id="a1", set="alpha"), name="one.jsonl")
    second = write(tmp_path, line([gq(0, 100)], id="b1", set=None), line([], id="b2", set=None),
                   name="beta.jsonl")
    result = evaluate_files([first, second], extract=fake({"a1": [(0, 100, "Trump")]}))
    assert list(result.sets) == ["alpha", "beta"]
    assert (result.sets["alpha"].recall, result.sets["beta"].recall) == (1.0, 0.0)
    assert (result.sets["beta"].articles, result.overall.articles, result.overall.direct) == (2, 3, 2)
    assert result.overall.recall == 0.5


def test_gold_articles_keep_their_language(tmp_path):
    seen = {}
    def extract(article):
        seen[article.id] = article.lang
        return []
    english = {**line([], id="e1"), "lang": "en"}
    evaluate_files([write(tmp_path, english, line([], id="f1"))], extract=extract)
    assert seen == {"e1": "en", "f1": "fr"}


def test_bad_gold_offsets_are_reported(tmp_path):
    record = line([gq(0, 100)])
    record["quotes"][0]["quote"] = "something else"
    with pytest.raises(ValueError, match="a1"):
        evaluate_files([write(tmp_path, record)], extract=fake({}))


def test_problems_listed(tmp_path, capsys):
    golds = [gq(0, 100), gq(120, 220, "Kevin McAleenan")]
    path = write(tmp_path, line(golds))
    result = evaluate_files([path], extract=fake({"a1": [(120, 220, "Trump"), (300, 350, None)]}))
    kinds = [(p.kind, p.start) for p in result.problems]
    assert kinds == [("missed", 0), ("misattributed", 120), ("false positive", 300)]
    wrong = result.problems[1]
    assert (wrong.gold_speaker, wrong.predicted_speaker, wrong.mention, wrong.cue) == (
        "Kevin McAleenan", "Trump", "il", "dire")
    print_report(result, show_misses=True)
    out = capsys.readouterr().out
    assert "misattributed  a1 @120" in out and "gold: Kevin McAleenan" in out
    assert out.strip().splitlines()[-1].startswith("overall: precision 0.500")


def test_cli_evaluate(tmp_path, monkeypatch):
    path = write(tmp_path, line([gq(0, 100), gq(120, 220, "Kevin McAleenan")]))
    monkeypatch.setattr("quotes.extract.extract_quotes", fake({"a1": [(0, 100, "Trump"), (300, 350, "X")]}))
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--misses"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == ("overall: precision 0.500  recall 0.500  F1 0.500  "
                         "speaker accuracy 1.000  end-to-end F1 0.500  partial recall 1.000")
    assert any(l.startswith("missed") and "a1 @120" in l for l in lines)
    assert any(l.startswith("false positive") and "a1 @300" in l for l in lines)


# ---------------------------------------------------------------- gender


def gendered(start, end, speaker, gender, kind="person"):
    return {**gq(start, end, speaker), "speaker_kind": kind, "speaker_gender": gender}


def with_genders(preds):
    """An extractor returning, for article a1, the spans (start, end, speaker, speaker_gender) given."""
    def extract(article):
        return [Quote(article.id, article.text[s:e], "direct", s, e, speaker=who, speaker_gender=gender)
                for s, e, who, gender in preds]
    return extract


def test_gender_precision_and_coverage_on_person_speakers(tmp_path):
    golds = [gendered(0, 50, "Jane Roe", "female"), gendered(60, 110, "John Doe", "male"),
             gendered(120, 170, "Ann Poe", "female"), gendered(180, 230, "Kim Lee", "male"),
             gendered(240, 290, "Sam Fox", "unknown"),  # the gold cannot tell: counted neither way
             gendered(300, 350, "Acme", None, kind="organisation")]
    preds = [(0, 50, "Jane Roe", "female"), (60, 110, "John Doe", "female"),  # one right, one wrong
             (120, 170, "Ann Poe", "unknown"),  # not decided
             (180, 230, "Someone Else", "male"),  # wrong speaker: its gender is not scored
             (240, 290, "Sam Fox", "male"), (300, 350, "Acme", None)]
    result = evaluate_files([write(tmp_path, line(golds))], extract=with_genders(preds))
    s = result.overall
    assert (s.gendered, s.gender_decided, s.gender_right) == (3, 2, 1)
    assert (s.gender_precision, s.gender_coverage) == (0.5, 2 / 3)
    wrong = [p for p in result.problems if p.kind == "wrong gender"]
    assert [(p.start, p.gold_gender, p.predicted_gender) for p in wrong] == [(60, "male", "female"),
                                                                              (120, "female", "unknown")]


def test_gender_figures_of_a_gold_without_genders(tmp_path):
    s = run(tmp_path, [gq(0, 100)], [(0, 100, "Donald Trump")])
    assert (s.gendered, s.gender_precision, s.gender_coverage) == (0, 1.0, 1.0)


def test_gender_in_the_report(tmp_path, capsys):
    path = write(tmp_path, line([gendered(0, 50, "Jane Roe", "female"), gendered(60, 110, "John Doe", "male")]))
    result = evaluate_files([path], extract=with_genders([(0, 50, "Jane Roe", "female"), (60, 110, "John Doe", None)]))
    print_report(result, show_misses=True)
    out = capsys.readouterr().out
    assert "overall: gender precision 1.000 (1/1)  coverage 0.500 (1/2 person speakers)" in out
    assert "wrong gender   a1 @60  John Doe: gold male, predicted None" in out
    assert "gender cov." in out
    assert out.strip().splitlines()[-1].startswith("overall: precision 1.000")

import json
import subprocess
import sys

from click.testing import CliRunner
from dbfixtures import SEED_TEXT, SEED_TXT, jsonl

from quotes.cli import cli


def lines(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_one_quotation_a_line_with_offsets():
    result = CliRunner().invoke(cli, ["extract", str(SEED_TXT)])
    assert result.exit_code == 0, result.output
    found = lines(result.output)
    assert {q["article_id"] for q in found} == {"belga-2018-10-caravane"}
    assert [q["kind"] for q in found].count("direct") == 4
    for q in found:
        assert SEED_TEXT[q["start"] : q["end"]] == q["quote"]
        assert set(q) >= {"article_id", "quote", "kind", "start", "end", "speaker", "mention", "role", "cue", "lang"}


def test_extract_reads_folders_and_jsonl(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text('"Nous partirons demain", a déclaré Paul Martin.', encoding="utf-8")
    record = {"id": "x1", "text": "« Rien ne change », a assuré la ministre Anne Durand."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted((q["article_id"], q["speaker"]) for q in lines(result.output)) == [
        ("one", "Paul Martin"),
        ("x1", "Anne Durand"),
    ]


def test_extract_reads_standard_input():
    result = CliRunner().invoke(cli, ["extract"], input='"Nous partirons demain", a déclaré Paul Martin.')
    assert result.exit_code == 0, result.output
    (q,) = lines(result.output)
    assert (q["quote"], q["speaker"], q["cue"]) == ("Nous partirons demain", "Paul Martin", "déclarer")


def test_extract_reports_bad_lines_and_exits_1(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "\\"Oui\\", a dit Paul Martin."}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(feed)])
    assert result.exit_code == 1
    assert f"{feed}:2:" in result.output
    assert '"ok"' in result.output


def test_extract_skips_an_article_it_cannot_parse_or_too_long_and_goes_on(tmp_path, monkeypatch):
    from quotes.extract import extract_quotes

    def parser(article):
        if article.id == "xx":
            raise ValueError("unreadable article 'xx'")
        return extract_quotes(article)

    monkeypatch.setattr("quotes.ingest.MAX_ARTICLE_CHARS", 100)
    monkeypatch.setattr("quotes.ingest.default_extract", lambda: parser)
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "xx", "text": "« Bonjour à tous », a dit Paul Martin."},
        {"id": "long", "text": "« Oui », a dit Paul Martin. " * 10},
        {"id": "ok", "text": "« Nous tiendrons bon », a dit Paul Martin."},
    ]
    feed.write_text(jsonl(*records), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(feed)])
    assert result.exit_code == 1
    assert [(q["article_id"], q["speaker"]) for q in lines(result.stdout)] == [("ok", "Paul Martin")]
    assert "xx: parser error: ValueError: unreadable article 'xx'" in result.stderr
    assert f"{feed}:2: article too long" in result.stderr
    assert "2 input record(s) skipped" in result.stderr


def test_a_closed_standard_input_or_output_gives_a_message_not_a_traceback(tmp_path):
    import os

    def closed(*fds):
        return lambda: [os.close(fd) for fd in fds]

    done = subprocess.run([sys.executable, "-m", "quotes", "extract"], preexec_fn=closed(0),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1 and "<stdin>: empty file" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "quotes", "extract", str(SEED_TXT)], preexec_fn=closed(1),
                          stderr=subprocess.PIPE, text=True)
    assert done.returncode == 0 and "Traceback" not in done.stderr


def test_python_dash_m_quotes_runs():
    done = subprocess.run([sys.executable, "-m", "quotes", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "quotes" in done.stdout

"""Reading articles: formats, folders, stdin, and every kind of bad input."""

import builtins
import gzip
import io
import json
import sys
import tracemalloc
import zlib

import pytest
from dbfixtures import FIXTURES, SEED_TXT, jsonl

from quotes.model import text_id
from quotes.reader import InputError, ReadProblem, read_articles

def read(*paths):
    """The articles read and the problems reported for the given paths."""
    problems = []
    articles = list(read_articles([str(p) for p in paths], problems.append))
    return articles, problems


def write(path, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- plain text ---------------------------------------------------------------


def test_seed_header_and_exact_gold_text():
    gold = json.loads((FIXTURES / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    [article], problems = read(SEED_TXT)
    assert problems == []
    assert article.id == "belga-2018-10-caravane"
    assert (article.date, article.source) == ("2018-10", "Belga")
    assert article.lang is None  # not given: detected when the article is parsed
    assert article.text == gold["text"]


@pytest.mark.parametrize(
    ("content", "date", "source", "text"),
    [
        ("date 2018 (Agence France-Presse) Un texte.", "2018", "Agence France-Presse", "Un texte."),
        ("\n  date 2019-03-07 (Le Soir)\n\n  Un texte.\n", "2019-03-07", "Le Soir", "Un texte."),
        ("Un texte sans en-tête.\n", None, None, "Un texte sans en-tête."),
        ("date inconnue (Belga) Un texte.", None, None, "date inconnue (Belga) Un texte."),
        ("2024-03-12 (AFP)\nUn texte.", "2024-03-12", "AFP", "Un texte."),  # a plain date line too
        ("2024 ans (AFP) Un texte.", None, None, "2024 ans (AFP) Un texte."),
    ],
)
def test_txt_header_variants(tmp_path, content, date, source, text):
    [article], _ = read(write(tmp_path / "a.txt", content))
    assert (article.date, article.source, article.text) == (date, source, text)


def test_txt_windows_line_ends_and_bom(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfUne ligne.\r\nUne autre.\r\n")
    [article], problems = read(path)
    assert article.text == "Une ligne.\nUne autre."
    assert problems == []


def test_txt_gz_keeps_stem_as_id(tmp_path):
    [article], _ = read(write(tmp_path / "belga-1.txt.gz", SEED_TXT.read_bytes()))
    assert article.id == "belga-1"
    assert article.source == "Belga"


# --- JSON formats -------------------------------------------------------------

RECORDS = [
    {"id": 7, "text": "Premier article.", "date": "2020-01-02", "source": "Belga",
     "title": "T", "url": "http://x/1"},
    {"id": "b", "text": "Second article.", "lang": "nl"},
]


def check_records(articles):
    first, second = articles
    assert (first.id, first.text, first.date, first.source, first.title, first.url, first.lang) == (
        "7", "Premier article.", "2020-01-02", "Belga", "T", "http://x/1", None
    )
    assert (second.id, second.text, second.lang) == ("b", "Second article.", "nl")
    assert second.date is None


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.jsonl.gz", "a.ndjson.gz", "A.JSONL"])
def test_json_lines(tmp_path, name):
    articles, problems = read(write(tmp_path / name, "\n" + jsonl(*RECORDS).replace("\n", "\n\n")))
    check_records(articles)
    assert problems == []


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("name", ["a.json", "a.json.gz"])
def test_json_list(tmp_path, name, indent):
    articles, problems = read(write(tmp_path / name, json.dumps(RECORDS, indent=indent)))
    check_records(articles)
    assert problems == []


def test_json_single_object_and_empty_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps(RECORDS[1], indent=4))
    none = write(tmp_path / "none.json", "[ ]\n")
    articles, problems = read(one, none)
    assert [a.id for a in articles] == ["b"]
    assert problems == []


def test_missing_id_gets_text_hash(tmp_path):
    [article], _ = read(write(tmp_path / "a.jsonl", jsonl({"text": "Sans identifiant."})))
    assert article.id == text_id("Sans identifiant.")


def test_json_text_is_kept_exactly(tmp_path):
    text = "  «\u00a0Oui\u00a0», a-t-il dit.\n"
    [article], _ = read(write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": text})))
    assert article.text == text


# --- folders, sniffing, stdin -------------------------------------------------


def test_folder_recursion_sorted_supported_only(tmp_path):
    write(tmp_path / "b.txt", "B")
    write(tmp_path / "a" / "z.jsonl", jsonl({"id": "a/z", "text": "AZ"}))
    write(tmp_path / "a" / "deep" / "y.json.gz", json.dumps([{"id": "a/deep/y", "text": "ADY"}]))
    write(tmp_path / "c.md", "ignored")
    write(tmp_path / "d.gz", gzip.compress(b"ignored"))
    write(tmp_path / ".hidden.txt", "ignored")
    write(tmp_path / ".git" / "x.txt", "ignored")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a/deep/y", "a/z", "b"]
    assert problems == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("\n " + jsonl(*RECORDS), ["7", "b"]),
        ("\n" + json.dumps(RECORDS, indent=1), ["7", "b"]),
        ("Un simple texte.\n", ["notes"]),
    ],
)
def test_unknown_ending_is_sniffed(tmp_path, content, expected):
    articles, problems = read(write(tmp_path / "notes.md", content))
    assert [a.id for a in articles] == expected
    assert problems == []


def set_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (jsonl(*RECORDS).encode(), ["7", "b"]),
        (json.dumps(RECORDS).encode(), ["7", "b"]),
        ("Un texte lu sur l'entrée.\n".encode(), [text_id("Un texte lu sur l'entrée.")]),
    ],
)
def test_stdin_is_sniffed(monkeypatch, data, ids):
    set_stdin(monkeypatch, data)
    articles, problems = read("-")
    assert [a.id for a in articles] == ids
    assert problems == []


def test_stdin_seed_header(monkeypatch):
    set_stdin(monkeypatch, SEED_TXT.read_bytes())
    [article], _ = read("-")
    assert (article.date, article.source, article.id) == ("2018-10", "Belga", text_id(article.text))


def test_stdin_problems_are_named_stdin(monkeypatch):
    set_stdin(monkeypatch, b'{"id": 1, "text": "ok"}\nnot json\n')
    articles, problems = read("-")
    assert [a.id for a in articles] == ["1"]
    assert [(p.path, p.line) for p in problems] == [("<stdin>", 2)]


# --- bad input ----------------------------------------------------------------


def test_bad_json_lines_are_reported_and_skipped(tmp_path):
    lines = [
        '{"id": "ok1", "text": "Bon."}',
        '{"id": "broken", "text": ',
        '["not", "an", "object"]',
        '{"id": "notext"}',
        '{"id": "num", "text": 42}',
        '{"id": "empty", "text": "  \\n "}',
        "",
        '{"id": "ok2", "text": "Bon aussi."}',
    ]
    path = write(tmp_path / "bad.jsonl", "\n".join(lines) + "\n")
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok1", "ok2"]
    assert [(p.path, p.line, p.severity) for p in problems] == [
        (str(path), n, "error") for n in (2, 3, 4, 5, 6)
    ]
    messages = [p.message for p in problems]
    assert messages[0].startswith("malformed JSON")
    assert messages[1:] == [
        "not a JSON object", 'missing "text"', '"text" is not a string', "empty text"
    ]


def test_bad_item_in_json_list_is_reported_with_its_line(tmp_path):
    records = [{"id": "ok", "text": "Bon."}, {"id": "notext"}, {"id": "ok2", "text": "Bon aussi."}]
    path = write(tmp_path / "a.json", "\n\n" + json.dumps(records, indent=2))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert [(p.line, p.message) for p in problems] == [(8, 'missing "text"')]


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ('[\n  {"id": "ok", "text": "Bon."},\n  {"id": "bad" "text": "x"}\n]\n', 3),
        ('[\n  {"id": "ok", "text": "Bon."}\n  {"id": "bad"}\n]\n', 3),
        ('[\n  {"id": "ok", "text": "Bon."},\n  {"id": "cut", "te', 3),
        ('[\n  {"id": "ok", "text": "Bon."}\n]\nextra\n', 4),
    ],
)
def test_malformed_json_list_stops_the_file_with_its_line(tmp_path, content, line):
    path = write(tmp_path / "a.json", content)
    articles, problems = read(path, write(tmp_path / "b.txt", "Suivant."))
    assert [a.id for a in articles] == ["ok", "b"]
    assert [(p.path, p.line) for p in problems] == [(str(path), line)]
    assert problems[0].message.startswith("malformed JSON")


def test_missing_file_is_reported_and_run_goes_on(tmp_path):
    missing = tmp_path / "absent.jsonl"
    articles, problems = read(missing, SEED_TXT)
    assert [a.id for a in articles] == ["belga-2018-10-caravane"]
    assert problems == [ReadProblem(str(missing), None, "file not found")]


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", "Secret.")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # chmod alone does not stop root
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    articles, problems = read(locked, SEED_TXT)
    assert len(articles) == 1
    assert problems == [ReadProblem(str(locked), None, "cannot read: Permission denied")]


def test_binary_file_is_reported(tmp_path):
    binary = write(tmp_path / "image.txt", b"GIF89a\x00\x01\x02\n")
    good_line = jsonl({"id": "ok", "text": "Bon."}).encode()
    late = write(tmp_path / "late.jsonl", good_line + b"\x00\x00\n")
    articles, problems = read(binary, late)
    assert [a.id for a in articles] == ["ok"]
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(binary), 1, "binary file (NUL bytes)"),
        (str(late), 2, "binary file (NUL bytes)"),
    ]


@pytest.mark.parametrize(
    "name", ["empty.txt", "empty.jsonl", "empty.json", "empty.json.gz", "blank.txt"]
)
def test_empty_file_is_reported(tmp_path, name):
    path = write(tmp_path / name, " \n\n" if name == "blank.txt" else "")
    articles, problems = read(path)
    assert articles == []
    assert problems == [ReadProblem(str(path), None, "empty file")]


def test_header_only_txt_is_empty_text(tmp_path):
    path = write(tmp_path / "a.txt", "date 2018-10 (Belga)\n")
    articles, problems = read(path)
    assert articles == []
    assert problems == [ReadProblem(str(path), None, "empty text")]


def test_corrupt_gzip_is_reported(tmp_path):
    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_bytes(b"this is not gzip\n")
    data = gzip.compress(jsonl(*({"id": i, "text": f"Article {i}."} for i in range(2000))).encode())
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(data[: len(data) // 2])
    articles, problems = read(not_gzip, truncated, SEED_TXT)
    # every article whole before the cut is read
    complete = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[: len(data) // 2]).count(b"\n")
    assert [a.id for a in articles] == [str(i) for i in range(complete)] + ["belga-2018-10-caravane"]
    assert complete > 500
    assert [(p.path, p.line) for p in problems] == [(str(not_gzip), None), (str(truncated), None)]
    assert all(p.message.startswith("corrupt gzip file") for p in problems)


def test_gzip_members_and_padding(tmp_path):
    # concatenated gzip files (`cat a.gz b.gz`) are one file; zeros after the last member are padding
    first, second = jsonl({"id": "a", "text": "Un."}), jsonl({"id": "b", "text": "Deux."})
    path = tmp_path / "joined.jsonl.gz"
    path.write_bytes(gzip.compress(first.encode()) + gzip.compress(b"") + gzip.compress(second.encode()) + b"\0" * 9)
    articles, problems = read(path)
    assert [a.id for a in articles] == ["a", "b"] and problems == []


def test_gzip_with_a_bad_checksum_is_reported(tmp_path):
    data = bytearray(gzip.compress(jsonl({"id": "a", "text": "Un."}).encode()))
    data[-8] ^= 0xFF  # the CRC of the content
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(data))
    articles, problems = read(path)
    assert [(p.path, p.message[:17]) for p in problems] == [(str(path), "corrupt gzip file")]


# --- encodings ----------------------------------------------------------------


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    text = "Le président a dit « oui » – 5 € ; œuvre"
    path = write(tmp_path / "a.txt", text.encode("cp1252") + b" \x81")
    [article], problems = read(path)
    assert article.text == text + " \x81"  # 0x81 is undefined in cp1252: read as Latin-1
    assert problems == [ReadProblem(str(path), 1, "not UTF-8, decoded as Windows-1252", "warning")]
    assert str(problems[0]) == f"{path}:1: warning: not UTF-8, decoded as Windows-1252"


def test_cp1252_line_in_json_lines_leaves_other_lines_alone(tmp_path):
    good = jsonl({"id": "u", "text": "Été"}).encode("utf-8")
    bad = jsonl({"id": "w", "text": "Été"}).encode("cp1252")
    path = write(tmp_path / "a.jsonl", good + bad + bad)
    articles, problems = read(path)
    assert [a.text for a in articles] == ["Été", "Été", "Été"]
    assert [(p.line, p.severity) for p in problems] == [(2, "warning")]  # once a file


# --- no handler ---------------------------------------------------------------


def test_input_error_without_handler(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"id": "ok", "text": "Bon."}) + "{oops\n")
    articles = read_articles([str(path)])
    assert next(articles).id == "ok"  # records before the problem still come through
    with pytest.raises(InputError) as caught:
        next(articles)
    assert isinstance(caught.value, ValueError)
    assert caught.value.problem.line == 2
    assert str(caught.value).startswith(f"{path}:2: malformed JSON")


def test_missing_file_without_handler_raises(tmp_path):
    with pytest.raises(InputError, match="absent.txt: file not found"):
        list(read_articles([str(tmp_path / "absent.txt")]))


def test_warning_without_handler_does_not_raise(tmp_path):
    path = write(tmp_path / "a.txt", "Créé".encode("cp1252"))
    with pytest.warns(UserWarning, match="decoded as Windows-1252"):
        [article] = read_articles([str(path)])
    assert article.text == "Créé"


# --- streaming ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["big.jsonl.gz", "big.json.gz"])
def test_large_files_stream_with_bounded_memory(tmp_path, name):
    records = ({"id": i, "text": f"Article {i}. " + "x" * 2000} for i in range(5000))
    path = tmp_path / name
    with gzip.open(path, "wt", encoding="utf-8") as out:  # about 10 MB of text
        if name.endswith(".jsonl.gz"):
            out.writelines(json.dumps(r) + "\n" for r in records)
        else:
            out.write("[\n" + ",\n".join(json.dumps(r, indent=1) for r in records) + "\n]\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([str(path)]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 5000
    assert peak < 2_000_000


def test_huge_line(tmp_path):
    text = "Une très longue dépêche. " * 400_000  # 10 MB on one line
    content = jsonl({"id": "huge", "text": text}, {"id": "next", "text": "Court."})
    path = write(tmp_path / "huge.jsonl", content)
    articles, problems = read(path)
    assert [len(a.text) for a in articles] == [len(text), 6]
    assert problems == []


# --- a bad byte or escape costs its record only -------------------------------------------------


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz", "a.ndjson"])
def test_nul_byte_in_a_json_line_skips_that_line_only(tmp_path, name):
    lines = [jsonl({"id": f"a{i}", "text": f"Texte {i}."}).encode() for i in range(2000)]
    lines[0] = b'{"id": "a0", "text": "NUL \x00 in the first line"}\n'
    lines[100] = b'{"id": "a100", "text": "raw \x00 NUL"}\n'
    lines[101] = b"\x00\x00" + lines[101]  # zeros before the record, as a crash may leave
    path = write(tmp_path / name, b"".join(lines))
    articles, problems = read(path)
    assert [a.id for a in articles] == [f"a{i}" for i in range(2000) if i not in (0, 100, 101)]
    assert problems == [ReadProblem(str(path), n, "NUL byte in the line, skipped") for n in (1, 101, 102)]


def test_a_json_lines_file_with_binary_first_bytes_is_refused_whole(tmp_path):
    path = write(tmp_path / "a.jsonl", b"\x1f\x8b\x08\x00\x00\x00\n" + jsonl({"id": "x", "text": "Bon."}).encode())
    articles, problems = read(path)
    assert articles == []
    assert problems == [ReadProblem(str(path), 1, "binary file (NUL bytes)")]


def test_lone_surrogate_escapes_are_reported_with_their_line(tmp_path):
    lines = [
        '{"id": "ok1", "text": "Bon."}',
        '{"id": "a\\ud800", "text": "Texte."}',  # an id is an identity: not guessed at, skipped
        '{"text": "abc \\ud800 def"}',  # elsewhere the lone half is replaced: nothing else changes
        '{"id": "t", "text": "Vu \\udc00.", "title": "x\\ud83d", "source": "s\\udfff"}',
        '{"id": "pair", "text": "\\ud83d\\ude00 ok"}',  # a pair is one character: fine
        '{"id": "ok2", "text": "Bon aussi."}',
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    for source in (path, write(tmp_path / "a.json", "[" + ",\n".join(lines) + "]")):
        articles, problems = read(source)
        assert [(a.id, a.text, a.title, a.source) for a in articles] == [
            ("ok1", "Bon.", None, None),
            (text_id("abc \ufffd def"), "abc \ufffd def", None, None),
            ("t", "Vu \ufffd.", "x\ufffd", "s\ufffd"),
            ("pair", "\U0001f600 ok", None, None),
            ("ok2", "Bon aussi.", None, None),
        ]
        assert [str(p) for p in problems] == [
            f'{source}:2: "id" holds a lone surrogate escape (\\ud800 to \\udfff), skipped',
            f'{source}:3: warning: lone surrogate escape (\\ud800 to \\udfff) in "text" replaced by U+FFFD',
            f'{source}:4: warning: lone surrogate escape (\\ud800 to \\udfff) in "text", "source", "title" '
            "replaced by U+FFFD",
        ]


# --- gzip members checked before they are read (as `quotes ingest` reads) ------------------------


def _members(tmp_path, bad: str | None, big: bool):
    """A file of three gzip members (10 articles, then 2,000 or 10, then 10), the second one bad or not."""
    first = jsonl(*({"id": f"a{i}", "text": f"Premier {i}."} for i in range(10)))
    second = jsonl(*({"id": f"b{i}", "text": f"Article {i}. " + "mot " * 100} for i in range(2000 if big else 10)))
    third = jsonl(*({"id": f"c{i}", "text": f"Dernier {i}."} for i in range(10)))
    member = bytearray(gzip.compress(second.encode()))
    if bad == "crc":
        member[-8] ^= 0x01  # the CRC in the trailer
    elif bad == "cut":
        member = member[: len(member) // 2]
    path = tmp_path / "m.jsonl.gz"
    last = b"" if bad else gzip.compress(third.encode())
    path.write_bytes(gzip.compress(first.encode()) + bytes(member) + last)
    return path


@pytest.mark.parametrize("big", [False, True], ids=["held", "decompressed-twice"])
@pytest.mark.parametrize("bad", [None, "crc", "cut"])
def test_checked_gzip_reads_nothing_of_a_bad_member(tmp_path, monkeypatch, bad, big):
    monkeypatch.setattr("quotes.reader.GZIP_HELD", 100_000)  # the big member (900 KB) is not held
    path = _members(tmp_path, bad, big)
    problems = []
    checked = list(read_articles([str(path)], problems.append, check_gzip=True))
    if not bad:
        assert [(a.id, a.text) for a in checked] == [(a.id, a.text) for a in read(path)[0]]
        assert len(checked) == (2020 if big else 30) and problems == []
    else:
        assert [a.id for a in checked] == [f"a{i}" for i in range(10)]
        [problem] = problems
        assert (problem.path, problem.line) == (str(path), 11)
        assert problem.message.startswith("corrupt gzip file")
        assert problem.message.endswith("nothing read from this line on")


def test_checked_gzip_keeps_memory_bounded(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:  # about 10 MB of text in one member
        out.writelines(json.dumps({"id": i, "text": f"Article {i}. " + "x" * 2000}) + "\n" for i in range(5000))
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([str(path)], check_gzip=True))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 5000
    assert peak < 5_000_000  # the member is held only up to GZIP_HELD (2 MB), then decompressed again


def test_many_empty_gzip_members_checked(tmp_path):
    path = tmp_path / "empties.jsonl.gz"
    path.write_bytes(gzip.compress(b"") * 5000 + gzip.compress(jsonl({"id": "a", "text": "Un."}).encode()))
    problems = []
    articles = list(read_articles([str(path)], problems.append, check_gzip=True))
    assert [a.id for a in articles] == ["a"] and problems == []


def test_dates_that_are_no_iso_day_or_out_of_range_are_stored_as_unknown_with_their_line(tmp_path):
    dates = ["2020-07-02", "0001-01-01", "9999-12-31", "hier", "2020-02-30", "2018-10", "2020-07-02T10:30:00+02:00"]
    path = write(tmp_path / "a.jsonl", jsonl(*({"id": f"a{n}", "text": "Un texte.", "date": d} for n, d in enumerate(dates))))
    articles, problems = read(path)
    assert [a.date for a in articles] == ["2020-07-02", None, None, None, None, "2018-10", "2020-07-02T10:30:00+02:00"]
    assert [(p.line, p.severity) for p in problems] == [(2, "warning"), (3, "warning"), (4, "warning"), (5, "warning")]
    assert "out of range" in problems[0].message and "not an ISO date" in problems[2].message
    txt = write(tmp_path / "b.txt", "date 0001-01 (Belga)\nUn texte.")
    (article,), (problem,) = read(txt)
    assert (article.date, article.source, problem.line) == (None, "Belga", 1)


def test_a_json_list_on_one_line_is_read_whole_and_a_bad_item_in_it_is_placed_on_that_line(tmp_path):
    items = [json.dumps({"id": f"a{n}", "text": f"Texte {n}."}) for n in range(3000)]
    path = write(tmp_path / "one.json", "[" + ", ".join(items) + ", {oops}]\n")
    articles, problems = read(path)
    assert [a.id for a in articles] == [f"a{n}" for n in range(3000)]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(1, "malformed JSON")]
    path = write(tmp_path / "lines.json", "[\n" + ",\n".join(items[:3]) + ",\n\n  {oops}\n]\n")
    articles, problems = read(path)
    assert [a.id for a in articles] == ["a0", "a1", "a2"] and [p.line for p in problems] == [6]

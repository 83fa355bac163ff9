"""Read articles from text, JSON Lines and JSON files (optionally gzipped), folders or stdin.

Everything streams: files are read line by line, so a corpus of any size is
read with bounded memory (a single huge line is held once). Bad input never
stops the run: each problem goes to ``on_problem`` and the bad record is skipped.
In a folder, files that are not regular files (FIFOs, sockets, devices: reading them
could block) are reported and skipped, and a folder reached again through a symbolic
link is read once. ``max_chars`` skips articles longer than that, with a problem.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import io
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from isal import isal_zlib  # zlib's formats, inflated by Intel's ISA-L: three times as fast

from .model import Article

FORMATS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}
STDIN = "<stdin>"
# A gzipped file is decompressed GZIP_INPUT compressed bytes at a time, into a buffer of GZIP_BUFFER.
GZIP_INPUT = 64 * 1024
GZIP_BUFFER = 256 * 1024
# With check_gzip, a member is decompressed whole before any of it is read (its CRC is only known at its
# end); up to GZIP_HELD bytes of it are kept for the reading, a bigger member is decompressed again.
GZIP_HELD = 2 * 1024 * 1024

_DECODER = json.JSONDecoder()
_JSON_SPACE = re.compile(r"[ \t\r\n]*")

# `date 2018-10 (Belga) Text...` or `2024-03-12 (AFP) Text...` at the start of a .txt file.
_HEADER = re.compile(r"(?:date[ \t]+)?([0-9]{4}(?:-[0-9]{2}){0,2})[ \t]+\(([^()\n]+)\)(?=\s|$)")


def _latin1(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes Windows-1252 leaves undefined (0x81, 0x8D, ...) as Latin-1."""
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("quotes.latin1", _latin1)


@dataclass(frozen=True)
class ReadProblem:
    """Something wrong with the input, located by path and line (None when not applicable)."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error": the record was skipped; "warning": it was kept

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}: {label}{self.message}"


class InputError(ValueError):
    """A reading error met while no on_problem handler was given."""

    def __init__(self, problem: ReadProblem):
        super().__init__(str(problem))
        self.problem = problem


Report = Callable[[ReadProblem], object]


def read_articles(
    paths: Iterable[str],
    on_problem: Report | None = None,
    *,
    max_chars: int | None = None,
    lazy: bool = False,
    check_gzip: bool = False,
) -> Iterator[Article | JsonLine]:
    """Yield the articles of each path in turn: a file, a folder (recursively) or "-" for stdin.

    Problems go to ``on_problem``; without it an error raises InputError and a warning
    is issued with ``warnings.warn``. An article whose text is longer than ``max_chars``
    characters is reported and skipped (no limit when None). With ``lazy``, the lines of
    JSON Lines come as `JsonLine`s, decoded when their ``article()`` is asked for. With
    ``check_gzip``, nothing of a gzip member is read before its CRC and length are found right
    (what is stored must not be altered text); else it streams, and a bad one is reported at its end.
    """
    report = on_problem or _raise_errors
    reading = _Reading(report, max_chars, lazy, check_gzip)
    seen: set[tuple[int, int]] = set()
    for name in paths:
        if name == "-":
            yield from _read_stream(sys.stdin.buffer, STDIN, None, None, reading)
        elif Path(name).is_dir():
            for path in _walk(Path(name), report, seen):
                yield from _read_file(path, reading)
        else:
            yield from _read_file(Path(name), reading)


def input_files(paths: Iterable[str], on_problem: Report | None = None) -> Iterator[Path]:
    """The files read_articles reads for these paths, in its order: a folder's recursively, as it walks them."""
    report = on_problem or _raise_errors
    seen: set[tuple[int, int]] = set()
    for name in paths:
        if Path(name).is_dir():
            yield from _walk(Path(name), report, seen)
        else:
            yield Path(name)


@dataclass(frozen=True)
class _Reading:
    """How a read goes: where problems go, the longest text kept, whether JSON lines wait undecoded,
    whether gzip members are checked before they are read."""

    report: Report
    max_chars: int | None
    lazy: bool = False
    check_gzip: bool = False


# Each JSON line's hash starts from this: changed when lines come to be read into articles
# differently, so that the lines stored by an earlier version are decoded again.
_JSON_LINE_HASH = hashlib.sha1(b"quotes json line 1\n")


class JsonLine:
    """One line of a JSON Lines input, decoded into its article when ``article()`` is called.

    ``record_hash`` stands for the line's bytes: a re-ingest finds the lines stored already by it and
    skips them undecoded (decoding is most of a re-ingest's time).
    """

    __slots__ = ("name", "number", "line", "reading", "_record_hash")

    def __init__(self, name: str, number: int, line: str, reading: _Reading):
        self.name, self.number, self.line, self.reading = name, number, line, reading
        self._record_hash: str | None = None

    @property
    def record_hash(self) -> str:
        if self._record_hash is None:
            digest = _JSON_LINE_HASH.copy()
            digest.update(self.line.encode("utf-8"))
            self._record_hash = digest.hexdigest()
        return self._record_hash

    def article(self) -> Article | None:
        """The line's article, or None once the reason it holds none is reported."""
        try:
            value = json.loads(self.line)
        except (ValueError, RecursionError) as err:
            self.reading.report(_malformed(self.name, self.number, err))
            return None
        article = _article(value, self.name, self.number, self.reading.report, self.reading.max_chars)
        if article:
            article.record_hash = self.record_hash
        return article


def _raise_errors(problem: ReadProblem) -> None:
    """The handler used when none is given."""
    if problem.severity == "error":
        raise InputError(problem)
    warnings.warn(str(problem), stacklevel=2)


def _format(name: str) -> tuple[str | None, bool]:
    """The format a file name's ending gives (None when unknown) and whether it is gzipped."""
    name = name.lower()
    gz = name.endswith(".gz")
    return FORMATS.get(Path(name.removesuffix(".gz")).suffix), gz


def _walk(folder: Path, report: Report, seen: set[tuple[int, int]]) -> Iterator[Path]:
    """The files with a supported ending under folder, recursively, sorted, hidden ones left out.

    ``seen`` holds the (device, inode) of the folders read: one reached again (a symbolic link
    loop) is skipped with a warning. Entries that are neither folders nor regular files are
    reported and skipped: opening a FIFO would block the run.
    """
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir())
    except OSError as err:
        report(ReadProblem(str(folder), None, f"cannot read folder: {err.strerror or err}"))
        return
    if (info.st_dev, info.st_ino) in seen:
        message = "folder read already (a symbolic link loop, or given twice), skipped"
        report(ReadProblem(str(folder), None, message, "warning"))
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, report, seen)
        elif _format(entry.name)[0]:
            if entry.is_file() or not entry.exists():  # a broken link is reported when read
                yield entry
            else:
                report(ReadProblem(str(entry), None, "not a regular file (FIFO, socket or device), skipped"))


def _read_file(path: Path, reading: _Reading) -> Iterator[Article | JsonLine]:
    """The articles of one file, its format told by its ending or else sniffed."""
    fmt, gz = _format(path.name)
    stem = Path(path.name[:-3] if gz else path.name).stem
    report = reading.report
    try:
        with open(path, "rb") as stream:
            if gz:
                stream = io.BufferedReader(_Gunzip(stream, reading.check_gzip), GZIP_BUFFER)
            yield from _read_stream(stream, str(path), fmt, stem, reading)
    except FileNotFoundError:
        report(ReadProblem(str(path), None, "file not found"))
    except (EOFError, isal_zlib.error) as err:
        report(ReadProblem(str(path), None, f"corrupt gzip file: {err}"))
    except OSError as err:
        report(ReadProblem(str(path), None, f"cannot read: {err.strerror or err}"))


class _Gunzip(io.RawIOBase):
    """The content of a gzip stream of one or more members, decompressed by ISA-L, which checks
    each member's CRC and length.

    GzipFile decompresses 8 KB at a time with Python code around each, and reads a line per Python
    call; under an io.BufferedReader this decompresses 64 KB at a time and C finds the lines: the
    corpus is read in a tenth less time. A truncated stream raises EOFError once everything before
    the cut has been read. With ``check``, each member is decompressed to its end before any of it
    is read: a bad CRC or length, or a cut, raises before the first byte of that member.
    """

    def __init__(self, raw, check: bool = False):
        self._raw = raw
        self._check = check
        self._member = None  # the decompressor of the member being read; None between members
        self._input = b""  # compressed bytes read and not yet decompressed
        self._after_member = False
        self._held = memoryview(b"")  # a checked member's content, kept when small

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._held:
                size = min(len(buffer), len(self._held))
                buffer[:size], self._held = self._held[:size], self._held[size:]
                return size
            if not self._input:
                self._input = self._raw.read(GZIP_INPUT)
                if not self._input:
                    if self._member is not None:
                        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
                    return 0
            if self._member is None:
                if self._after_member:  # zeros may pad the end of the file, as gzip allows
                    self._input = self._input.lstrip(b"\0")
                    if not self._input:
                        continue
                if self._check and self._check_member():
                    continue
                self._member = isal_zlib.decompressobj(16 + isal_zlib.MAX_WBITS)  # 16: gzip's header and trailer
            data = self._member.decompress(self._input, len(buffer))
            self._input = self._member.unconsumed_tail
            if self._member.eof:
                self._input, self._member, self._after_member = self._member.unused_data, None, True
            if data:
                buffer[: len(data)] = data
                return len(data)

    def _check_member(self) -> bool:
        """Decompress the member that starts here to its end, which raises if it is bad.

        True: it was small (or cannot be read again) and its content is held, to be read next.
        False: the file is back at the member's start, to decompress it again as it is read.
        """
        start = self._raw.tell() - len(self._input) if self._raw.seekable() else None
        member = isal_zlib.decompressobj(16 + isal_zlib.MAX_WBITS)
        held: list[bytes] | None = []
        size = 0
        while not member.eof:
            if not self._input:
                self._input = self._raw.read(GZIP_INPUT)
                if not self._input:
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            data = member.decompress(self._input, GZIP_BUFFER)  # bounded: a small input may inflate a lot
            self._input = member.unconsumed_tail
            if held is not None:
                held.append(data)
                size += len(data)
                if size > GZIP_HELD and start is not None:
                    held = None
        if held is None:
            self._raw.seek(start)
            self._input = b""
            return False
        self._held, self._input, self._after_member = memoryview(b"".join(held)), member.unused_data, True
        return True


def _read_stream(
    stream, name: str, fmt: str | None, stem: str | None, reading: _Reading
) -> Iterator[Article | JsonLine]:
    """The articles of a binary stream in the given format, or the one its first character tells."""
    report, max_chars = reading.report, reading.max_chars
    lines = _decoded_lines(stream, name, report, lambda: fmt == "jsonl")  # fmt: once sniffed too
    try:
        first = next(((number, line) for number, line in lines if line.strip()), None)
        if first is None:
            report(ReadProblem(name, None, "empty file"))
            return
        if fmt is None:
            fmt = {"{": "jsonl", "[": "json"}.get(first[1].lstrip()[0], "text")
        lines = chain([first], lines)
        if fmt == "text":
            yield from _text_article(lines, name, stem, report, max_chars)
        elif fmt == "jsonl":
            yield from _json_lines(lines, name, reading)
        else:
            for number, value in _json_values(lines, name, report):
                if article := _article(value, name, number, report, max_chars):
                    yield article
    except _BinaryFile as err:
        report(ReadProblem(name, err.line, "binary file (NUL bytes)"))
    except _CorruptGzip as err:
        # Checked, nothing of the bad member was read: name the line it starts at. Unchecked, it was read.
        line, more = (err.line, "; nothing read from this line on") if reading.check_gzip else (None, "")
        report(ReadProblem(name, line, f"corrupt gzip file: {err.reason}{more}"))


class _CorruptGzip(Exception):
    """A gzip error met after some lines were read; line: the first line not read."""

    def __init__(self, line: int, reason: Exception):
        super().__init__(line, reason)
        self.line, self.reason = line, reason


class _BinaryFile(Exception):
    """Raised at the first line with a NUL byte that is no JSON record's: the rest of the file is not read."""

    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def _decoded_lines(
    stream, name: str, report: Report, json_lines: Callable[[], bool]
) -> Iterator[tuple[int, str]]:
    """Number and decode each line: UTF-8, else Windows-1252 with a warning (once a file).

    Raises _BinaryFile at the first NUL byte, or at a line that is not UTF-8 when NUL bytes
    follow it closely (an image's first line has none, and no text encoding either). In JSON
    Lines (``json_lines()``), a line that starts as a record is text: one with a NUL byte is
    reported and skipped alone, and the file read on.
    """
    warned = False
    number = 0
    lines = enumerate(stream, 1)
    while True:
        try:
            number, raw = next(lines)
        except StopIteration:
            return
        except (EOFError, isal_zlib.error) as err:
            if not number:
                raise  # nothing read: the whole file's problem
            raise _CorruptGzip(number + 1, err) from None
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if b"\0" in raw:
            if not (json_lines() and _json_record(raw)):
                raise _BinaryFile(number)
            report(ReadProblem(name, number, "NUL byte in the line, skipped"))
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            if not (json_lines() and _json_record(raw)) and _nul_ahead(stream):
                raise _BinaryFile(number) from None
            line = raw.decode("cp1252", "quotes.latin1")
            if not warned:
                report(ReadProblem(name, number, "not UTF-8, decoded as Windows-1252", "warning"))
                warned = True
        yield number, line


def _json_record(raw: bytes) -> bool:
    """Whether a line starts as a JSON object, after any NULs (the zeros a crash may leave)."""
    return raw.lstrip(b" \t\r\0")[:1] == b"{"


def _nul_ahead(stream) -> bool:
    """Whether the next bytes the stream holds in its buffer (up to 8 KB) include a NUL."""
    try:
        return b"\0" in stream.peek(8192)[:8192]
    except Exception:  # noqa: BLE001 - no peek, or a read error: the next read reports it
        return False


def _text_article(
    lines, name: str, stem: str | None, report: Report, max_chars: int | None = None
) -> Iterator[Article]:
    """The one article of a plain text file, with its optional `date ... (Source)` header."""
    text = "".join(line for _, line in lines).replace("\r\n", "\n").strip()
    date = source = None
    if header := _HEADER.match(text):
        date, source, text = header[1], header[2].strip(), text[header.end() :].lstrip()
        if problem := date_problem(date):
            report(ReadProblem(name, 1, f"{problem}: stored without a date", "warning"))
            date = None
    if not text:
        report(ReadProblem(name, None, "empty text"))
        return
    if max_chars is not None and len(text) > max_chars:
        report(ReadProblem(name, None, too_long(len(text), max_chars)))
        return
    yield Article(text, id=stem, date=date, source=source)


def _json_lines(lines, name: str, reading: _Reading) -> Iterator[Article | JsonLine]:
    """The articles of a JSON Lines stream, one object a line, blank lines skipped."""
    for number, line in lines:
        if line.isspace():  # not strip(): that copies the line
            continue
        record = JsonLine(name, number, line, reading)
        if reading.lazy:
            yield record
        elif article := record.article():
            yield article


def _json_values(lines, name: str, report: Report) -> Iterator[tuple[int, object]]:
    """Yield (line, value) for each item of a top-level JSON list, or for a lone top-level value.

    Malformed JSON is reported and ends the file: there is no telling where the next item starts.
    """
    doc = _JsonText(lines)
    try:
        if doc.peek() != "[":
            yield doc.value()
        else:
            doc.take()
            while doc.peek() != "]":
                yield doc.value()
                if doc.peek() == ",":
                    doc.take()
                elif doc.peek() != "]":
                    raise json.JSONDecodeError("Expecting ',' delimiter or ']'", doc.buf, 0)
            doc.take()
        if doc.peek():
            raise json.JSONDecodeError("Extra data", doc.buf, 0)
    except (ValueError, RecursionError) as err:
        report(_malformed(name, doc.line, err))


class _JsonText:
    """The lines of a JSON document, read into a buffer only as far as the parse needs.

    The parse moves a position along the buffer rather than cutting what it read off its front: a
    list of 10,000 articles on one line is read in linear time, not quadratic.
    """

    def __init__(self, lines: Iterator[tuple[int, str]]):
        self._lines = lines
        self.buf = ""
        self.pos = 0  # where the parse stands in buf
        self.line = 1  # the line number of buf[pos]

    def peek(self) -> str:
        """The next character that is not JSON whitespace, or "" at the end."""
        while True:
            self.take(_JSON_SPACE.match(self.buf, self.pos).end() - self.pos)
            if self.pos < len(self.buf) or not self._read(1):
                return self.buf[self.pos : self.pos + 1]

    def take(self, count: int = 1) -> None:
        """Move past count characters."""
        self.line += self.buf.count("\n", self.pos, self.pos + count)
        self.pos += count

    def value(self) -> tuple[int, object]:
        """The next JSON value and its first line, reading more lines while it is incomplete."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as err:
                # Only whole lines are read, so an unfinished value fails at the buffer's end.
                if err.pos == len(self.buf) and self._read(2 * (len(self.buf) - self.pos)):
                    continue
                raise json.JSONDecodeError(err.msg, self.buf[self.pos :], err.pos - self.pos) from None
            line = self.line
            self.take(end - self.pos)
            return line, value

    def _read(self, size: int) -> bool:
        """Append lines until the buffer holds size characters past the position; False if there was
        none left. What the parse has moved past is dropped first."""
        parts, held = [], len(self.buf) - self.pos
        for number, line in self._lines:
            if not held:
                self.line = number
            parts.append(line)
            held += len(line)
            if held >= size:
                break
        if not parts:
            return False
        self.buf = self.buf[self.pos :] + "".join(parts)
        self.pos = 0
        return True


def _malformed(name: str, line: int, err: Exception) -> ReadProblem:
    """The problem for JSON that would not parse from the given line on.

    It is placed on the line of the last token read before the parse failed.
    """
    if isinstance(err, json.JSONDecodeError):
        line += err.doc[: err.pos].rstrip().count("\n")
        return ReadProblem(name, line, f"malformed JSON: {err.msg}")
    return ReadProblem(name, line, f"malformed JSON: {err}")


def _article(
    value: object, name: str, line: int, report: Report, max_chars: int | None = None
) -> Article | None:
    """The article a JSON value stands for, or None after reporting why it is not one."""
    if not isinstance(value, dict):
        message = "not a JSON object"
    elif "text" not in value:
        message = 'missing "text"'
    elif not isinstance(value["text"], str):
        message = '"text" is not a string'
    elif not value["text"] or value["text"].isspace():
        message = "empty text"
    elif max_chars is not None and len(value["text"]) > max_chars:
        message = too_long(len(value["text"]), max_chars)
    else:
        fields = {key: _field(value, key) for key in _FIELDS}
        # A lone surrogate ("\ud800" in JSON) cannot be encoded, so neither hashed nor stored.
        if bad := [key for key, field in fields.items() if field and _has_surrogate(field)]:
            if "id" in bad:  # an id is an identity: not to be guessed at
                report(ReadProblem(name, line, f'"id" holds a {_LONE_SURROGATE}, skipped'))
                return None
            where = ", ".join(f'"{key}"' for key in bad)
            report(ReadProblem(name, line, f"{_LONE_SURROGATE} in {where} replaced by U+FFFD", "warning"))
            fields.update((key, _SURROGATE.sub("\ufffd", fields[key])) for key in bad)
        if fields["date"] and (problem := date_problem(fields["date"])):
            report(ReadProblem(name, line, f"{problem}: stored without a date", "warning"))
            fields["date"] = None  # one wild date must not stretch every chart by centuries
        return Article(**fields)
    report(ReadProblem(name, line, message))
    return None


_FIELDS = ("text", "id", "date", "source", "title", "url", "lang")
# `2018`, `2018-10`, `2020-07-02`, `2020-07-02T10:30:00+02:00`: the year, month and day read.
_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?")
FIRST_YEAR = 1800  # older is a typo or a placeholder (`0001-01-01`), not an article's date
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = "lone surrogate escape (\\ud800 to \\udfff)"


def _has_surrogate(field: str) -> bool:
    try:
        field.encode("utf-16-le")  # fails on a surrogate; five times as fast as searching for one
    except UnicodeEncodeError:
        return True
    return False


def date_problem(date: str) -> str | None:
    """Why a date cannot be stored, or None for an ISO date (`2018`, `2018-10`, `2020-07-02`, a time after
    it allowed) of a day that exists, from FIRST_YEAR to next year."""
    match = _ISO_DATE.fullmatch(date.strip())
    if match is None:
        return f"date {date[:40]!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = (int(part) if part else 1 for part in match.groups())
    if not FIRST_YEAR <= year <= datetime.date.today().year + 1:
        return f"date {date[:40]!r} is out of range ({FIRST_YEAR} to next year)"
    try:
        datetime.date(year, month, day)
    except ValueError:
        return f"date {date[:40]!r} is no day of the calendar"
    return None


def too_long(length: int, limit: int) -> str:
    """The problem message for an article over the size limit."""
    return f"article too long: {length:,} characters (the limit is {limit:,}), skipped"


def _field(record: dict, key: str) -> str | None:
    """An optional field as a string (ids may come as numbers), None when absent or null."""
    value = record.get(key)
    return None if value is None else str(value)

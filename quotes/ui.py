"""The reader's side of the Datasette site: pages, links and text helpers for the templates.

``make_datasette`` (serve.py) serves the templates of ``quotes/templates`` and the files of
``quotes/static`` (at ``/quotes-static/``) and registers this module as a Datasette plugin. The
pages are Datasette "custom pages" (``templates/pages/``) that read the database with
datasette-template-sql's ``sql()``; what they cannot do in SQL or Jinja is here:

- ``quote_context``: the quote inside its paragraph, or its sentence when the paragraph is long;
- ``article_paragraphs``: an article's text cut into paragraphs with its quotes marked;
- ``fts_query`` (query.py, shared with the CLI's search): a reader's search text made into a safe FTS5 query;
- ``fts_marked``: FTS5 ``highlight()``/``snippet()`` output made into escaped HTML with ``<mark>``;
- links to the pages (``speaker_url``, ``quote_url``, ``article_url``), also put on the cells of
  Datasette's own tables by ``render_cell``.

Everything the templates show is escaped by Jinja; only ``fts_marked`` builds markup, from escaped text.
Every hook does nothing on a Datasette that make_datasette did not make (``datasette.quotes_ui``).
"""

from __future__ import annotations

import json
import re
import sqlite3
import traceback
from pathlib import Path

from datasette import Response, hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
import regex
from markupsafe import Markup, escape

from .keys import fold
from .lang import Language, has_data, language
from .model import DEFAULT_LANGUAGE
from .query import fts_query
from .spans import PARAGRAPH_BREAK

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
STATIC_MOUNT = "quotes-static"
PLUGIN = "quotes.ui"

# FTS5 highlight()/snippet() markers: control characters that no article contains.
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"
CONTEXT_CHARS = 600  # a paragraph longer than this is cut down to the quote's sentence(s)

# Datasette's messages for a request naming a column that is not there: answered 400, not 500.
ASKERS_ERRORS = ("Cannot sort table by", "Cannot use _sort and _sort_desc at the same time")
# Parameters whose bad values (`_next=abc` on a view, `page=10**30`) Datasette fails on with a 500.
PAGING_PARAMETERS = ("_next", "_size", "page")
MAX_PAGE = 1_000_000
MAX_MONTHS = 1200  # a century of months: the longest series a chart draws

KIND_LABELS = {
    "direct": "direct quote",
    "partial": "quoted fragment",
    "indirect": "reported speech",
    "person": "person",
    "organisation": "organisation",
    "group": "group",
    "unknown": "speaker not identified",
    "female": "women",
    "male": "men",
    "gender-unknown": "gender unknown",  # a person whose articles do not settle it (`unknown` is nobody found)
}


def _enabled(datasette) -> bool:
    return bool(getattr(datasette, "quotes_ui", False))


# --- text helpers -------------------------------------------------------------------------------

def _sentence_end(lang: Language) -> regex.Pattern:
    """Sentence ends: . ! ? … (maybe followed by a closing quote mark) then spaces. Not after an initial
    or one of the language's abbreviations ("M. Macron", "Mme.", "J.-C.")."""
    abbreviations = "|".join(regex.escape(a) for a in sorted(lang.ABBREVIATIONS, key=len, reverse=True))
    not_after_abbreviation = rf"(?<!\b(?i:{abbreviations}))" if abbreviations else ""
    return regex.compile(rf"(?<![\s.(]\p{{Lu}}){not_after_abbreviation}[.!?…]+[\"»”)]?\s+")


def _sentence_bounds(text: str, lo: int, hi: int, lang: Language) -> list[int]:
    """The offsets in text[lo:hi] where a sentence starts, lo included."""
    return [lo] + [m.end() for m in lang.derived(_sentence_end).finditer(text, lo, hi) if m.end() < hi]


def quote_context(text: str | None, start: int, end: int, lang: str | None = None, limit: int = CONTEXT_CHARS) -> dict:
    """The quote text[start:end] with its context: its paragraph, or its sentence(s) if that is long
    (cut where its article's language ends a sentence).

    Returns {"before", "quote", "after", "cut_before", "cut_after"}: the text before and after the
    quote within the context, and whether the context starts or ends inside the paragraph.
    """
    text = text or ""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    p1 = len(text) if p1 < 0 else p1
    lo, hi = p0, p1
    if p1 - p0 > limit:
        known = lang if has_data(lang) else DEFAULT_LANGUAGE
        bounds = _sentence_bounds(text, p0, p1, language(known)) + [p1]
        first = max(i for i, b in enumerate(bounds) if b <= start)
        last = min(i for i, b in enumerate(bounds) if b >= end)
        # Add the sentences around while the context stays short.
        while bounds[last] - bounds[first] < limit // 2 and (first > 0 or last < len(bounds) - 1):
            if first > 0:
                first -= 1
            if last < len(bounds) - 1 and bounds[last] - bounds[first] < limit // 2:
                last += 1
        lo, hi = bounds[first], bounds[last]
        # A sentence longer than the limit: keep a window of words around the quote.
        if start - lo > limit // 2:
            cut = text.find(" ", start - limit // 2, start)
            lo = cut + 1 if cut >= 0 else start
        if hi - end > limit // 2:
            cut = text.rfind(" ", end, end + limit // 2)
            hi = cut if cut >= 0 else end
    before, after = text[lo:start], text[end:hi]
    return {
        "before": before.lstrip(),
        "quote": text[start:end],
        "after": after.rstrip(),
        "cut_before": lo > p0,
        "cut_after": hi < p1,
    }


def article_paragraphs(text: str | None, quotes) -> list[list[tuple[str, object]]]:
    """The article's text as paragraphs, each a list of (text, quote) pieces, quote None outside quotes.

    quotes are rows (mappings) with ``start`` and ``end``; a quote overlapping an earlier one is not marked.
    """
    text = text or ""
    pieces: list[tuple[str, object]] = []
    at = 0
    for quote in sorted(quotes, key=lambda q: (q["start"], -q["end"])):
        start, end = max(quote["start"], 0), min(quote["end"], len(text))
        if start < at or end <= start:
            continue
        pieces.append((text[at:start], None))
        pieces.append((text[start:end], quote))
        at = end
    pieces.append((text[at:], None))
    paragraphs: list[list[tuple[str, object]]] = [[]]
    for piece, quote in pieces:  # paragraphs broken where the parser breaks them
        for i, part in enumerate(PARAGRAPH_BREAK.split(piece)):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, quote))
    return [p for p in paragraphs if any(part.strip() for part, _ in p)]


def fts_marked(value: str | None) -> Markup:
    """FTS5 highlight()/snippet() output (MARK_OPEN/MARK_CLOSE around the matches) as HTML."""
    html = str(escape(value or ""))
    html = html.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
    if html.count("<mark>") != html.count("</mark>"):
        html = html.replace("<mark>", "").replace("</mark>", "")
    return Markup(html)


def month_label(month: str | None) -> str:
    """'2020-07' -> 'Jul 2020'."""
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    if month and re.fullmatch(r"\d{4}-\d{2}", month) and 1 <= int(month[5:]) <= 12:
        return f"{names[int(month[5:]) - 1]} {month[:4]}"
    return month or ""


def axis_ticks(top: int | float | None, count: int = 4) -> list[int]:
    """Round tick values from 0 to at least top, about count steps: axis_ticks(37) == [0, 10, 20, 30, 40]."""
    top = max(int(top or 0), 1)
    raw = top / count
    step = min(u * 10**e for u in (1, 2, 5) for e in range(0, 12) if u * 10**e >= raw)
    ticks = list(range(0, top + step, step))
    return ticks if ticks[-1] >= top else ticks + [ticks[-1] + step]


# --- links --------------------------------------------------------------------------------------


def page_url(datasette, kind: str, id: str) -> str:
    """The address of a speaker, quote or article page."""
    return datasette.urls.path(f"/{kind}/{tilde_encode(str(id))}")


def quotes_per_month_sql(where: str = "", table: str = "quote_totals") -> str:
    """SQL counting quotes by the month of their date, months without quotes included, from the stored
    counts: quote_totals, or speaker_months for a speaker. `where` adds conditions on the table's rows
    (with named parameters), e.g. "source = :source" or "speaker_id = :id"."""
    extra = f"and {where}" if where else ""
    # The series runs from the first month to the last, at most MAX_MONTHS of them whatever the dates
    # stored (a database written by hand may hold `0001-01`): its length never depends on a value.
    return f"""
    with recursive counts as (
      select month, sum(quotes) as n from {table}
      where month glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]' and month between '1000-01' and '2999-12' {extra}
      group by month
    ),
    months(month, k) as (
      select max(min(month), strftime('%Y-%m', max(month) || '-01', '-{MAX_MONTHS - 1} months')), 1 from counts
      union all
      select strftime('%Y-%m', month || '-01', '+1 month'), k + 1 from months
      where month < (select max(month) from counts) and k < {MAX_MONTHS}
    )
    select months.month, coalesce(counts.n, 0) as n
    from months left join counts on counts.month = months.month where months.month is not null
    """


def gender_shares_sql(by: str = "", where: str = "") -> str:
    """SQL counting the quotes of persons by their speaker's gender, from the stored counts (quote_totals):
    rows of label (the value of the column `by`, source or month; '' for the whole), kind (female, male,
    gender-unknown) and n. Every label has the three kinds, unknown too when it is 0: it is always shown."""
    label = by or "''"
    conditions = ["speaker_gender != ''", *([f"{by} != ''"] if by else []), *([where] if where else [])]
    return f"""
    with genders(gender, rank) as (values ('female', 1), ('male', 2), ('unknown', 3)),
    counts as (
      select {label} as label, speaker_gender as gender, sum(quotes) as n from quote_totals
      where {" and ".join(conditions)} group by 1, 2
    )
    select labels.label, case g.gender when 'unknown' then 'gender-unknown' else g.gender end as kind,
           coalesce(counts.n, 0) as n
    from (select distinct label from counts) labels cross join genders g
    left join counts on counts.label = labels.label and counts.gender = g.gender
    order by labels.label, g.rank
    """


def evidence_list(evidence: str | None) -> list[tuple[str, int]]:
    """A speaker's stored gender evidence (JSON, `{"title:f": 3}`) as (kind and gender, articles), most first."""
    found = json.loads(evidence) if evidence else {}
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))


def page_number(value: str | None) -> int:
    """The page asked for, from 1 to MAX_PAGE (`page=abc` is the first, `page=10**30` the last)."""
    try:
        return min(max(int(value or 1), 1), MAX_PAGE)
    except ValueError:
        return 1


def web_url(url: str | None) -> bool:
    """Only http(s) addresses become links: a `javascript:` url from a feed must not run."""
    return bool(url) and url.strip().lower().startswith(("http://", "https://"))


def template_vars(datasette) -> dict:
    database = served_database(datasette)
    return {
        "quotes_db": database,
        "site_title": datasette.metadata("title") or "Quotes",
        "canned_queries": canned_queries(datasette, database),
        "speaker_url": lambda id: page_url(datasette, "speaker", id),
        "quote_url": lambda id: page_url(datasette, "quote", id),
        "article_url": lambda id: page_url(datasette, "article", id),
        "table_url": lambda table: datasette.urls.table(database, table),
        "query_url": lambda query: datasette.urls.query(database, query),
        "tilde_decode": tilde_decode,
        "quote_context": quote_context,
        "article_paragraphs": article_paragraphs,
        "fts_query": fts_query,
        "fold": fold,
        "fts_marked": fts_marked,
        "month_label": month_label,
        "axis_ticks": axis_ticks,
        "quotes_per_month_sql": quotes_per_month_sql,
        "gender_shares_sql": gender_shares_sql,
        "evidence_list": evidence_list,
        "web_url": web_url,
        "page_number": page_number,
        "kind_label": lambda kind: KIND_LABELS.get(kind or "unknown", kind),
        "mark_open": MARK_OPEN,
        "mark_close": MARK_CLOSE,
    }


def canned_queries(datasette, database: str | None) -> list[dict]:
    """The canned queries of metadata.yml for the database: name, title, description, url."""
    queries = (datasette.metadata("queries", database=database) if database else None) or {}
    return [
        {
            "name": name,
            "title": (query.get("title") if isinstance(query, dict) else None) or name,
            "description": query.get("description") if isinstance(query, dict) else None,
            "url": datasette.urls.query(database, name),
        }
        for name, query in queries.items()
    ]


def served_database(datasette) -> str | None:
    """The name of the quote database served (the first database, as datasette-template-sql's sql())."""
    names = [name for name in datasette.databases if name != "_internal"]
    return names[0] if names else None


# --- Datasette hooks ----------------------------------------------------------------------------


@hookimpl
def extra_template_vars(datasette):
    if _enabled(datasette):
        return template_vars(datasette)
    return {}


@hookimpl
def handle_exception(datasette, request, exception):
    """Error pages keep the site's header and its way home; a request the data cannot answer (a sort by a
    column that is not there, `_next=abc` on a view) is the asker's error, 400, not the server's 500."""
    if not _enabled(datasette):
        return None
    status, message = _status_and_message(exception, request)
    if status == 500:
        traceback.print_exception(exception)

    async def page():
        if request.path.endswith(".json"):
            return Response.json({"ok": False, "error": message, "status": status, "title": None}, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async({
            **template_vars(datasette), "ok": False, "error": message, "status": status, "title": None,
            "urls": datasette.urls, "app_css_hash": datasette.app_css_hash(), "menu_links": lambda: [],
        })
        return Response.html(html, status=status)

    return page


def _status_and_message(exception: Exception, request) -> tuple[int, str]:
    if isinstance(exception, DatasetteError):
        asker = exception.message.startswith(ASKERS_ERRORS)
        return (400 if asker else exception.status), exception.message
    if isinstance(exception, Base400):
        return exception.status, str(exception.args[0] if exception.args else exception)
    paging = [p for p in PAGING_PARAMETERS if p in request.args]
    if paging and isinstance(exception, (ValueError, OverflowError, sqlite3.IntegrityError)):
        return 400, f"bad value of {', '.join(paging)}"
    return 500, str(exception)


@hookimpl
def prepare_connection(conn):
    """quotes_fold(text): the text folded as speaker names are (lowercase, no accents), for searches."""
    conn.create_function("quotes_fold", 1, lambda text: fold(text) if isinstance(text, str) else text, deterministic=True)


@hookimpl
def extra_css_urls(datasette):
    if _enabled(datasette):
        return [datasette.urls.path(f"/{STATIC_MOUNT}/quotes.css")]
    return []


@hookimpl
def menu_links(datasette):
    if not _enabled(datasette):
        return []
    return [
        {"href": datasette.urls.path("/search"), "label": "Search quotes, speakers and articles"},
        {"href": datasette.urls.path("/speakers"), "label": "Speakers"},
        {"href": datasette.urls.path("/charts"), "label": "Charts"},
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link the cells of Datasette's tables to the reader's pages (quote, speaker, article)."""
    if not _enabled(datasette) or database != served_database(datasette) or value is None:
        return None
    link = None
    if table in ("quotes", "quotes_with_speakers") and column == "quote" and _has(row, "id"):
        link = page_url(datasette, "quote", row["id"])
    elif table == "quotes_with_speakers" and column == "speaker" and _has(row, "speaker_id"):
        link = page_url(datasette, "speaker", row["speaker_id"])
    elif table == "speakers" and column == "name" and _has(row, "id"):
        link = page_url(datasette, "speaker", row["id"])
    elif table == "speaker_stats" and column == "name" and _has(row, "speaker_id"):
        link = page_url(datasette, "speaker", row["speaker_id"])
    elif table == "articles" and column == "title" and _has(row, "id"):
        link = page_url(datasette, "article", row["id"])
    elif table is None and column == "quote" and _has(row, "quote_id"):  # canned queries
        link = page_url(datasette, "quote", row["quote_id"])
    elif table is None and column in ("speaker", "name") and _has(row, "speaker_id"):
        link = page_url(datasette, "speaker", row["speaker_id"])
    elif table is None and column in ("title", "article_id") and _has(row, "article_id"):
        link = page_url(datasette, "article", row["article_id"])
    if link is None:
        return None
    return Markup('<a href="{}">{}</a>').format(link, value)


def _has(row, key) -> bool:
    try:
        return row[key] is not None
    except (KeyError, IndexError):
        return False

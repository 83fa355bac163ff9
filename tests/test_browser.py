"""The site in a real browser: headless Debian Chromium, driven by Playwright, against `quotes serve`
on 127.0.0.1 with the bundled sample. Search a phrase and find its speaker, open the speaker's page,
follow a quote to its article, see the charts drawn; a screenshot of every page goes to the test's
temporary folder.

Chromium comes from Debian (`apt-get install chromium`, which .ci/run does when it can); Playwright only
drives it (no `playwright install`). Without Chromium or Playwright these tests skip, saying why.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def find_chromium() -> str | None:
    """Debian's chromium (/usr/bin/chromium), or the browser QUOTES_CHROMIUM names; None if there is none."""
    wanted = os.environ.get("QUOTES_CHROMIUM")
    candidates = [wanted] if wanted else ["/usr/bin/chromium", shutil.which("chromium")]
    return next((c for c in candidates if c and Path(c).is_file()), None)


CHROMIUM = find_chromium()
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--no-default-browser-check",
]

if not CHROMIUM:
    pytest.skip(f"no Chromium at {os.environ.get('QUOTES_CHROMIUM') or '/usr/bin/chromium'}: .ci/run installs "
                "Debian's chromium package when it runs as root with apt-get; `apt-get install chromium` to run "
                "the browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing: pip install -e '.[test]'")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_db, tmp_path_factory):
    """`quotes serve` on an ephemeral port of 127.0.0.1; its address once it answers."""
    port = free_port()
    log = (tmp_path_factory.mktemp("browser-log") / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", "--db", str(sample_db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"quotes serve did not start: see {log.name}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900}, timeout=30_000,
        )
        yield context
        context.close()


@pytest.fixture
def page(browser, server):
    """A fresh tab; it fails the test on a script error or on any request that leaves the site."""
    tab = browser.new_page()
    tab.set_default_timeout(10_000)
    problems = []
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("request", lambda r: None if r.url.startswith((server, "data:", "about:")) else problems.append(
        f"request off the site: {r.url}"))
    tab.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    yield tab
    tab.close()
    assert not problems, problems


def shot(page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000, path
    return path


def rendered(locator) -> bool:
    """The element is drawn: it has a size on the page."""
    box = locator.bounding_box()
    return bool(box and box["width"] > 0 and box["height"] > 0)


@pytest.fixture(scope="module")
def a_quote(sample_db):
    """A direct quote of the most-quoted person, with a phrase of it that no other quote has."""
    conn = sqlite3.connect(sample_db)
    rows = conn.execute("""
        select q.id, q.quote, s.id, s.name from quotes q join speakers s on s.id = q.speaker_id
        where s.kind = 'person' and q.kind = 'direct' and length(q.quote) between 40 and 200
          and s.id = (select speaker_id from quotes q2 join speakers s2 on s2.id = q2.speaker_id
                      where s2.kind = 'person' group by speaker_id order by count(*) desc limit 1)
        order by q.date desc
    """).fetchall()
    try:
        for qid, words, sid, name in rows:
            phrase = " ".join(words.split()[1:5])
            fts = '"' + " ".join(w.strip("\"'") for w in phrase.split()) + '"'
            if conn.execute("select count(*) from quotes_fts where quotes_fts match ?", [fts]).fetchone()[0] == 1:
                return {"id": qid, "quote": words, "phrase": phrase, "speaker_id": sid, "speaker": name}
    finally:
        conn.close()
    pytest.fail("no direct quote of the most-quoted person has a phrase of its own")


def test_search_a_phrase_then_speaker_then_quote_in_its_article(page, server, a_quote, tmp_path):
    # Home: the explanation, the numbers, the search box.
    page.goto(server + "/")
    assert "quotations found in" in page.locator(".q-lead").inner_text()
    assert rendered(page.locator("svg.q-chart-months"))
    shot(page, tmp_path, "1-home")

    # Search a phrase from the home page's box: its quote comes first, with its speaker.
    page.fill("#home-search", f'"{a_quote["phrase"]}"')
    page.press("#home-search", "Enter")
    page.wait_for_url("**/search?q=*")
    first = page.locator("#quote-results .q-card").first
    assert first.get_attribute("data-quote-id") == a_quote["id"]
    assert first.locator("mark").count() >= 1
    speaker_link = first.locator("a.q-speaker")
    assert speaker_link.inner_text() == a_quote["speaker"]
    shot(page, tmp_path, "2-search")

    # The speaker's page: name, counts, the chart, the quotes newest first.
    speaker_link.click()
    page.wait_for_url(f"**/speaker/{a_quote['speaker_id']}")
    assert page.locator("#speaker-name").inner_text() == a_quote["speaker"]
    assert int(page.locator("#speaker-quote-count").inner_text().replace(",", "")) >= 2
    bars = page.locator("svg.q-chart-months rect.q-bar")
    assert bars.count() >= 1 and rendered(page.locator("svg.q-chart-months"))
    assert max(float(bars.nth(i).get_attribute("height")) for i in range(bars.count())) > 0
    dates = page.locator("#quotes ~ .q-card .q-meta").all_inner_texts()
    assert len(dates) >= 2
    shot(page, tmp_path, "3-speaker")

    # Follow the quote to its context: highlighted in its sentence, with the article's details.
    page.locator(f'.q-card[data-quote-id="{a_quote["id"]}"] blockquote a').click()
    page.wait_for_url(f"**/quote/{a_quote['id']}")
    mark = page.locator("#quote-text")
    assert mark.inner_text() == a_quote["quote"] and rendered(mark)
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert len(page.locator("#quote-context").inner_text()) > len(a_quote["quote"])
    assert page.locator("#quote-speaker a").inner_text() == a_quote["speaker"]
    assert page.locator("#article-link").inner_text()
    shot(page, tmp_path, "4-quote")

    # And to its place in the whole article.
    page.get_by_text("Read the whole article").click()
    page.wait_for_url(f"**/article/**#q-{a_quote['id']}")
    target = page.locator(f"#q-{a_quote['id']}")
    assert rendered(target) and a_quote["quote"] in target.inner_text()
    assert page.locator("#article-text mark").count() >= 2
    shot(page, tmp_path, "5-article")


def test_charts_render(page, server, tmp_path):
    page.goto(server + "/charts")
    for chart in ("svg.q-chart-share", "svg.q-chart-months", "svg.q-chart-speakers"):
        svg = page.locator(chart).first
        assert rendered(svg), chart
        assert svg.locator("rect").count() > 0, chart
    # The share of quotes by kind adds up to the whole width.
    widths = page.locator("#chart-kinds svg rect").evaluate_all("rs => rs.map(r => r.getBBox().width)")
    assert abs(sum(widths) - 560) < 1
    shot(page, tmp_path, "6-charts")

    # A bar of the months chart leads to that month's quotes in Datasette's table.
    page.locator("svg.q-chart-months a").last.click()
    page.wait_for_url("**/quotes?date__startswith=*")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
    shot(page, tmp_path, "7-month-quotes")


def test_speakers_list_and_datasette_tables(page, server, tmp_path):
    page.goto(server + "/speakers")
    rows = page.locator("#speakers-table tr")
    assert rows.count() > 10
    shot(page, tmp_path, "8-speakers")
    page.select_option("select[name=kind]", "organisation")
    page.click("form.q-filter button")
    page.wait_for_url("**/speakers?*kind=organisation*")
    assert page.locator("#speakers-table .q-kind-organisation").count() == page.locator("#speakers-table tr").count() - 1
    # Datasette's own table pages carry the site's links and style, and link quotes to their pages.
    page.goto(server + "/quotes/quotes")
    assert page.locator(".q-sitebar").is_visible()
    page.locator("table.rows-and-columns td.col-quote a").first.click()
    page.wait_for_url("**/quote/*")
    assert rendered(page.locator("#quote-text"))
    shot(page, tmp_path, "9-from-table")


def test_on_a_phone_month_labels_stay_readable_and_dates_do_not_break(page, server):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(server + "/charts")
    heights = page.locator("svg.q-chart-months text").evaluate_all(
        "ts => ts.map(t => t.getBoundingClientRect().height).filter(h => h > 0)")
    assert heights and min(heights) >= 8, heights  # 4 px before: the chart shrank to the screen
    page.goto(server + "/speakers")
    dates = page.locator("#speakers-table span.q-nowrap").evaluate_all(
        "ss => ss.map(s => s.getClientRects().length)")
    assert dates and max(dates) == 1  # each date on one line

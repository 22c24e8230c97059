"""report.html in a real headless Chromium (Debian's chromium package, driven by Playwright).

No console errors, no network request, the labels drawn for an article are
its rows of quotes.csv, and the search box filters. Skips with the reason
when Playwright or the browser is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.report.browser import chromium_path, open_browser, wait_ready
from pipeline.tables import read_table

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e .[dev])")
expect = sync_api.expect
if chromium_path() is None:
    pytest.skip("no chromium on PATH (Debian: apt-get install -y chromium)", allow_module_level=True)
ARTICLE = "000_dad35232df4ce05d"


@pytest.fixture(scope="module")
def page(corpus_out: Path):
    """The report open in Chromium, with every console message and request recorded."""
    with open_browser() as browser:
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.messages, pg.requests = [], []
        pg.on("console", lambda m: pg.messages.append(f"{m.type}: {m.text}"))
        pg.on("pageerror", lambda e: pg.messages.append(f"pageerror: {e}"))
        pg.on("request", lambda r: pg.requests.append(r.url))
        pg.goto((corpus_out / "report.html").as_uri())
        wait_ready(pg)
        yield pg


def test_opens_without_errors_or_network(page, corpus_out: Path) -> None:
    assert page.is_visible("#view-overview")
    assert page.locator("#view-overview svg.chart").count() >= 4
    page.goto((corpus_out / "report.html").as_uri() + "#quotes")
    page.fill("#f-text", "rumor")
    page.goto((corpus_out / "report.html").as_uri() + f"#article/{ARTICLE}")
    assert [m for m in page.messages if m.startswith(("error", "pageerror", "warning"))] == []
    assert {u.split("#")[0] for u in page.requests} == {(corpus_out / "report.html").as_uri()}


def test_article_shows_one_label_per_quote_row(page, corpus_out: Path) -> None:
    page.goto((corpus_out / "report.html").as_uri() + f"#article/{ARTICLE}")
    section = page.locator(f'section.article[data-article="{ARTICLE}"]')
    assert section.is_visible()
    assert page.locator("section.article:visible").count() == 1
    quotes = read_table(corpus_out, "quotes")
    expected = sorted(quotes.loc[quotes["article_id"] == ARTICLE, "quote_id"])
    drawn = sorted(section.locator(".qchip").evaluate_all("els => els.map(e => e.dataset.quote)"))
    assert drawn == expected and len(drawn) >= 10  # every quote row of the article, drawn once
    section.locator(".qchip").first.hover()
    tip = section.locator(".qchip").first.evaluate("e => getComputedStyle(e, '::after').content")
    assert "role:" in tip and "confidence:" in tip and "resolution:" in tip


def test_search_and_filters(page, corpus_out: Path) -> None:
    page.goto((corpus_out / "report.html").as_uri() + "#quotes")
    for box in ("#f-text", "#f-speaker"):
        page.fill(box, "")
    page.select_option("#f-type", "")
    total = len(read_table(corpus_out, "quotes"))
    expect(page.locator("#quote-count")).to_have_text(re.compile(rf"^{total} of "))
    assert page.locator("#quote-count").inner_text() == f"{total} of {total} quotes"
    page.fill("#f-text", "rumor tersebut")
    expect(page.locator("#quote-count")).to_have_text(re.compile(r"^1 of "))
    assert "Saya tidak mengomentari rumor tersebut" in page.locator("#quote-list").inner_text()
    page.fill("#f-text", "")
    page.select_option("#f-type", "direct")
    quotes = read_table(corpus_out, "quotes")
    n_direct = int((quotes["quote_type"] == "direct").sum())
    expect(page.locator("#quote-count")).to_have_text(re.compile(rf"^{n_direct} of "))
    page.fill("#f-speaker", "Sergey Lavrov")
    n = int(((quotes["quote_type"] == "direct") & (quotes["speaker_id"] == "sergey-lavrov")).sum())
    expect(page.locator("#quote-count")).to_have_text(re.compile(rf"^{n} of "))
    page.select_option("#f-type", "")


def test_speaker_view_lists_quotes_in_date_order(page, corpus_out: Path) -> None:
    page.goto((corpus_out / "report.html").as_uri() + "#speaker/sergey-lavrov")
    quotes = read_table(corpus_out, "quotes")
    n = int((quotes["speaker_id"] == "sergey-lavrov").sum())
    assert page.locator("#speaker-title").inner_text() == "Sergey Lavrov"
    assert page.locator("#speaker-quotes .qrow").count() == n

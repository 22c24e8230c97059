"""Screenshots of a run's report for the README: overview, one article (a quote's tooltip shown), speaker view.

    python docs/screenshots.py OUT_DIR NAME    # writes docs/report-NAME-{overview,article,speaker}.png

The article is the one with the most quotes, the speaker the most quoted;
the browser is Debian's headless ``chromium`` through Playwright.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from pipeline.report import FILES_DIR, REPORT_NAME
from pipeline.report.browser import open_browser, wait_ready
from pipeline.tables import read_table

DOCS = Path(__file__).resolve().parent


def article_url(out_dir: Path, article_id: str) -> str:
    """Where the report shows an article: a section of report.html or of an article set."""
    for page in sorted((out_dir / FILES_DIR).glob("articles-*.html")):
        if f'data-article="{article_id}"' in page.read_text(encoding="utf-8"):
            return page.as_uri() + "#a-" + quote(article_id)
    return (out_dir / REPORT_NAME).as_uri() + "#article/" + quote(article_id)


def main(out_dir: Path, name: str) -> None:
    quotes = read_table(out_dir, "quotes")
    article = quotes["article_id"].value_counts().idxmax()
    speaker = quotes.loc[quotes["speaker_id"] != "", "speaker_id"].value_counts().idxmax()
    report = (out_dir / REPORT_NAME).as_uri()
    with open_browser() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(report)
        wait_ready(page)
        page.screenshot(path=DOCS / f"report-{name}-overview.png", full_page=True,
                        clip={"x": 0, "y": 0, "width": 1280, "height": 1500})
        page.goto(report + "#speaker/" + quote(speaker))
        page.screenshot(path=DOCS / f"report-{name}-speaker.png")
        page.goto(article_url(out_dir, article))
        section = page.locator(f'section.article[data-article="{article}"]')
        section.scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, -60)")
        section.locator(".qchip").nth(1).hover()
        page.screenshot(path=DOCS / f"report-{name}-article.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

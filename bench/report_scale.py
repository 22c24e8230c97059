"""Report size and open time at scale: the tables of one run repeated to N articles.

    python bench/report_scale.py OUT_DIR [--articles 10000] [--work /tmp/report-scale]

OUT_DIR is a finished run (e.g. ``kutipan run ../shared/corpus/detik-2025.jsonl
--out out/detik``). Its per-article tables are repeated with distinct ids
(``ID~rK``, quote ids alike) until there are ``--articles`` articles; the
corpus tables (speakers, clusters) are kept as they are. Then the report is
built and opened in headless Chromium (Debian's ``chromium``, through
Playwright), and the script prints: build time, size of report.html and of
the article sets, time until report.html has drawn its overview, time to
open one article set, and time for a search over every quote. Also times
the database and Parquet step. Never run by the tests.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import pandas as pd

from pipeline.outputs import OutputOptions, write_outputs
from pipeline.report import FILES_DIR, REPORT_NAME, write_report
from pipeline.report.browser import open_browser, wait_ready
from pipeline.tables import CORPUS_TABLES, RUN_TABLES

ID_COLUMNS = ("article_id", "quote_id", "duplicate_of")


def repeat_tables(src: Path, dest: Path, n_articles: int) -> int:
    """Write the tables of ``src`` repeated to ``n_articles`` articles into ``dest``; returns the count."""
    dest.mkdir(parents=True, exist_ok=True)
    articles = pd.read_csv(src / "articles.csv", dtype=str, keep_default_na=False)
    copies = -(-n_articles // len(articles))
    keep: set[str] = set()
    for name in sorted(RUN_TABLES, key=lambda n: n != "articles"):  # articles first: they pick the ids kept
        frame = pd.read_csv(src / f"{name}.csv", dtype=str, keep_default_na=False)
        parts = []
        for k in range(copies):
            part = frame.copy()
            for col in ID_COLUMNS:
                if col in part and k:
                    filled = part[col] != ""
                    part.loc[filled, col] = part.loc[filled, col].str.replace(r"^([^:]+)", rf"\1~r{k}", regex=True)
            parts.append(part)
        out = pd.concat(parts, ignore_index=True)
        if name == "articles":
            out = out.head(n_articles)
            keep = set(out["article_id"])
        out[out["article_id"].isin(keep)].to_csv(dest / f"{name}.csv", index=False)
    for name in CORPUS_TABLES:
        shutil.copy(src / f"{name}.csv", dest / f"{name}.csv")
    return len(keep)


def _size(path: Path) -> float:
    return path.stat().st_size / 1e6


def measure_browser(report: Path) -> dict[str, float]:
    """Seconds until the overview is drawn, one article set is open, and a search over all quotes is done."""
    from playwright.sync_api import expect

    times = {}
    with open_browser() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        t = time.perf_counter()
        page.goto(report.as_uri())
        wait_ready(page)
        times["open report.html (s)"] = time.perf_counter() - t
        nav = page.evaluate("() => performance.getEntriesByType('navigation')[0].toJSON()")
        times["  browser: load event (s)"] = nav["loadEventEnd"] / 1000
        page.goto(report.as_uri() + "#quotes")
        count = page.locator("#quote-count")
        before = count.inner_text()
        t = time.perf_counter()
        page.fill("#f-text", "inflasi")
        expect(count).not_to_have_text(before, timeout=120_000)
        times["search 'inflasi' over all quotes, incl. 0.15 s debounce (s)"] = time.perf_counter() - t
        times[f"  found: {count.inner_text()}"] = 0.0
        before = count.inner_text()
        t = time.perf_counter()
        page.fill("#f-text", "inflasi harga")
        expect(count).not_to_have_text(before, timeout=120_000)
        times["second search 'inflasi harga', incl. debounce (s)"] = time.perf_counter() - t
        sets = sorted((report.parent / FILES_DIR).glob("articles-*.html"))
        if sets:
            middle = sets[len(sets) // 2]
            t = time.perf_counter()
            page.goto(middle.as_uri(), wait_until="load")
            times[f"open one article set, {middle.name} (s)"] = time.perf_counter() - t
            nav = page.evaluate("() => performance.getEntriesByType('navigation')[0].toJSON()")
            times["  browser: load event (s) "] = nav["loadEventEnd"] / 1000
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path, help="a finished run's output folder (CSV tables)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kutipan-report-scale"))
    args = ap.parse_args(argv)
    if not (args.out_dir / "articles.csv").is_file():
        print(f"no articles.csv in {args.out_dir}", file=sys.stderr)
        return 2
    shutil.rmtree(args.work, ignore_errors=True)
    n = repeat_tables(args.out_dir, args.work, args.articles)
    rows = {"articles": n, "quotes": sum(1 for _ in open(args.work / "quotes.csv", encoding="utf-8")) - 1}
    t = time.perf_counter()
    write_outputs(args.work, OutputOptions(formats=("csv", "parquet"), report=False))
    rows["database + parquet (s)"] = time.perf_counter() - t
    t = time.perf_counter()
    report = write_report(args.work)
    rows["build report (s)"] = time.perf_counter() - t
    sets = sorted((args.work / FILES_DIR).glob("articles-*.html"))
    rows["report.html (MB)"] = _size(report)
    rows["article sets"] = len(sets)
    if sets:
        rows["article sets, total (MB)"] = sum(_size(s) for s in sets)
        rows["largest article set (MB)"] = max(_size(s) for s in sets)
    rows["kutipan.db (MB)"] = _size(args.work / "kutipan.db")
    rows.update(measure_browser(args.work / REPORT_NAME))
    for key, value in rows.items():
        print(f"{key:45s} {value:,.2f}" if isinstance(value, float) else f"{key:45s} {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

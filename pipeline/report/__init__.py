"""``report.html``: what a run found, to look at in any browser, offline.

Built from the output tables alone (``kutipan report OUT_DIR`` rebuilds it),
so it always shows what the tables say. One self-contained file: CSS,
JavaScript, the data and the charts (SVG drawn by matplotlib) are inline;
nothing is fetched. Views: an overview (articles by status, quotes by type,
top speakers and outlets, quotes per day per outlet, statements that span
articles and outlets), client-side search and filters over the quotes, a
speaker view (every quote of one speaker in date order) and one section per
article with its quotes drawn by displaCy.

Article sections are the bulk of the bytes. Up to ``articles_per_file``
articles they sit in ``report.html`` itself; beyond that they go to
``report_files/articles-NNNN.html`` (same look, also self-contained) and
``report.html`` links to them, so neither file grows with the corpus past
what a browser opens quickly (measured by ``bench/report_scale.py``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .articles import SPAN_CLASS, article_view, span_renderer
from .charts import TYPE_COLORS, bar_chart, daily_chart

__all__ = ["ARTICLES_PER_FILE", "ReportTables", "build_report", "load_tables", "write_report"]

ARTICLES_PER_FILE = 100
REPORT_NAME = "report.html"
FILES_DIR = "report_files"
TOP = 15  # bars in the top-speakers and top-outlets charts
TOP_CLUSTERS = 50
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass
class ReportTables:
    """The output tables the report reads (typed, as :func:`pipeline.outputs.read_output_table` gives)."""

    articles: pd.DataFrame
    quotes: pd.DataFrame
    paragraphs: pd.DataFrame
    speakers: pd.DataFrame
    quote_clusters: pd.DataFrame


def load_tables(out_dir: str | Path) -> ReportTables:
    """Read what the report needs from a run's output folder (CSV, Parquet or JSON Lines)."""
    from ..database import article_extra_columns
    from ..outputs import read_output_table

    def read(name: str) -> pd.DataFrame:
        try:
            return read_output_table(out_dir, name)
        except FileNotFoundError:
            if name in ("articles", "quotes"):
                raise
            return pd.DataFrame()

    articles = article_extra_columns(read("articles"))
    paragraphs = read("paragraphs")
    if not paragraphs.empty:
        paragraphs = paragraphs[paragraphs["kept"].fillna(False).astype(bool)]
    return ReportTables(articles=articles, quotes=read("quotes"), paragraphs=paragraphs,
                        speakers=read("speakers"), quote_clusters=read("quote_clusters"))


# --------------------------------------------------------------------------- data for the page

def _speaker_table(t: ReportTables) -> pd.DataFrame:
    """Speakers quoted in this run, with this run's counts, most quoted first."""
    q = t.quotes[t.quotes["speaker_id"] != ""]
    counts = q.groupby("speaker_id").agg(n_quotes=("quote_id", "size"), n_articles=("article_id", "nunique"),
                                         fallback=("speaker", "first"))
    info = t.speakers.set_index("speaker_id") if not t.speakers.empty else pd.DataFrame()
    counts["name"] = counts.index.map(info["name"]) if "name" in info else counts["fallback"]
    counts["name"] = counts["name"].fillna(counts["fallback"])
    counts["roles"] = counts.index.map(info["roles"]).fillna("") if "roles" in info else ""
    counts["kind"] = counts.index.map(info["kind"]).fillna("") if "kind" in info else ""
    counts = counts.reset_index().sort_values(["n_quotes", "speaker_id"], ascending=[False, True])
    return counts.reset_index(drop=True)


def _ordered_quotes(t: ReportTables) -> pd.DataFrame:
    """Quotes in date order (undated last), then input order of articles, then position."""
    pos = {a: i for i, a in enumerate(t.articles["article_id"])}
    dates = dict(zip(t.articles["article_id"], t.articles["date_iso"], strict=True))
    q = t.quotes.copy()
    q["_art"] = q["article_id"].map(pos).fillna(len(pos)).astype(int)
    q["_date"] = q["article_id"].map(dates).fillna("").replace("", "9999")
    return q.sort_values(["_date", "_art", "char_start"], kind="stable")


def page_data(t: ReportTables, files: list[str], file_of: dict[str, int]) -> dict:
    """Compact JSON for the page script: columns as arrays, articles and speakers by index."""
    arts = t.articles
    speakers = _speaker_table(t)
    art_idx = {a: i for i, a in enumerate(arts["article_id"])}
    spk_idx = {s: i for i, s in enumerate(speakers["speaker_id"])}
    q = _ordered_quotes(t)
    return {
        "files": files,
        "articles": [[r.article_id, r.title or r.article_id, r.outlet, r.date_iso, r.status,
                      int(r.n_quotes or 0), file_of.get(r.article_id, 0)] for r in arts.itertuples()],
        "speakers": [[r.speaker_id, r.name, int(r.n_quotes), int(r.n_articles), r.roles, r.kind]
                     for r in speakers.itertuples()],
        "quotes": [[art_idx.get(r.article_id, -1), spk_idx.get(r.speaker_id, -1), r.quote_type,
                    r.quote_text, r.speaker, r.speaker_role, r.cue,
                    None if pd.isna(r.confidence) else float(r.confidence), r.resolution, r.quote_id]
                   for r in q.itertuples()],
    }


def _json_script(data: dict) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------- overview

def overview(t: ReportTables) -> dict:
    """Counts, charts (SVG) and cross-article statements for the overview."""
    arts, q = t.articles, t.quotes
    outlet = dict(zip(arts["article_id"], arts["outlet"], strict=True))
    day = dict(zip(arts["article_id"], arts["date_iso"], strict=True))
    q = q.assign(outlet=q["article_id"].map(outlet).fillna(""), date=q["article_id"].map(day).fillna(""))
    speakers = _speaker_table(t)
    dated = q[q["date"] != ""]
    daily = dated.groupby(["date", "outlet"]).size().rename("n").reset_index()
    days = sorted(set(arts["date_iso"]) - {""})
    return {
        "n_articles": len(arts), "n_quotes": len(q), "n_speakers": len(speakers),
        "n_outlets": arts["outlet"].nunique(), "first_day": days[0] if days else "",
        "last_day": days[-1] if days else "", "n_undated": int((q["date"] == "").sum()),
        "status": arts["status"].value_counts().to_dict(),
        "charts": {
            "status": bar_chart(arts["status"].value_counts(), "status", "Articles by status"),
            "types": bar_chart(q["quote_type"].value_counts(), "types", "Quotes by type", TYPE_COLORS),
            "speakers": bar_chart(speakers.set_index("name")["n_quotes"].head(TOP), "speakers",
                                  f"Top {TOP} speakers (quotes)"),
            "outlets": bar_chart(q["outlet"].value_counts().head(TOP), "outlets", f"Top {TOP} outlets (quotes)"),
            "daily": daily_chart(daily, "daily", "Quotes per day per outlet"),
        },
        "clusters": clusters(t),
    }


def clusters(t: ReportTables) -> list[dict]:
    """Statements of this run reported by several articles, those spanning most outlets first."""
    c = t.quote_clusters
    if c.empty:
        return []
    here = set(t.quotes["quote_cluster_id"])
    c = c[c["quote_cluster_id"].isin(here) & (c["n_articles"] > 1)]
    c = c.sort_values(["n_outlets", "n_articles", "quote_cluster_id"], ascending=[False, False, True])
    in_run = set(t.articles["article_id"])
    rows = []
    for r in c.head(TOP_CLUSTERS).itertuples():
        ids = [a for a in str(r.article_ids).split("; ") if a]
        rows.append({"text": r.text, "speaker": r.speaker, "n_outlets": int(r.n_outlets),
                     "n_articles": int(r.n_articles), "outlets": r.outlets,
                     "first_date": "" if pd.isna(r.first_date) else r.first_date,
                     "last_date": "" if pd.isna(r.last_date) else r.last_date,
                     "articles": [a for a in ids if a in in_run]})
    return rows


# --------------------------------------------------------------------------- pages

@lru_cache(maxsize=1)
def _env():
    """The templates' environment (it keeps each template compiled once loaded)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["asset"] = lambda name: (TEMPLATES / name).read_text(encoding="utf-8")
    env.globals["span_class"] = SPAN_CLASS
    return env


def warm_up() -> None:
    """Import what drawing a report needs (displaCy's renderer imports spaCy), compile its templates
    and draw a first chart (whose font loading and caches cost about 0.15 s): what a helper process
    does before the report is asked."""
    import matplotlib.dates  # noqa: F401 - the daily chart's

    span_renderer()

    env = _env()
    for name in ("report.html.j2", "article_set.html.j2"):
        env.get_template(name)
    bar_chart(pd.Series({"warm-up": 1}), "warm-up", "warm-up")


def _records_by_article(frame: pd.DataFrame, order: str) -> dict[str, list[dict]]:
    """Rows as plain dicts grouped by article, sorted by ``order`` (pandas per row is too slow here)."""
    groups: dict[str, list[dict]] = {}
    if frame.empty:
        return groups
    frame = frame.sort_values(["article_id", order], kind="stable")
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row in records:
        groups.setdefault(row["article_id"], []).append(row)
    return groups


def article_views(t: ReportTables, ids: list[str]):
    """Rendered article sections for ``ids``, in that order."""
    wanted = set(ids)
    arts = {r["article_id"]: r for r in t.articles[t.articles["article_id"].isin(wanted)]
            .astype(object).where(t.articles.notna(), None).to_dict("records")}
    quotes = _records_by_article(t.quotes[t.quotes["article_id"].isin(wanted)], "char_start")
    paras = _records_by_article(t.paragraphs[t.paragraphs["article_id"].isin(wanted)], "paragraph") \
        if not t.paragraphs.empty else {}
    for aid in ids:
        yield article_view(arts[aid], paras.get(aid, []), quotes.get(aid, []))


def _article_ids(t: ReportTables) -> list[str]:
    """The run's articles in input order, once each."""
    return list(dict.fromkeys(t.articles["article_id"]))


def article_sets(ids: list[str], articles_per_file: int) -> list[list[str]]:
    """The articles of each ``report_files/articles-NNNN.html`` (none when all fit in report.html)."""
    if len(ids) <= articles_per_file:
        return []
    return [ids[i:i + articles_per_file] for i in range(0, len(ids), articles_per_file)]


def _set_page(env, t: ReportTables, sets: list[list[str]], n: int) -> tuple[str, str]:
    """Article set ``n`` (1-based) as ``(relative path, HTML)``."""
    return f"{FILES_DIR}/articles-{n:04d}.html", env.get_template("article_set.html.j2").render(
        views=article_views(t, sets[n - 1]), number=n, total=len(sets),
        prev_file=f"articles-{n - 1:04d}.html" if n > 1 else "",
        next_file=f"articles-{n + 1:04d}.html" if n < len(sets) else "")


def build_report(t: ReportTables, articles_per_file: int = ARTICLES_PER_FILE,
                 set_numbers: Iterable[int] | None = None, main_page: bool = True) -> Iterator[tuple[str, str]]:
    """The report's pages as ``(relative path, HTML)``: the article sets in ``set_numbers``
    (1-based; default all of them), then ``report.html`` if ``main_page`` (a process that
    renders some sets while another renders the rest asks for only those)."""
    env = _env()
    ids = _article_ids(t)
    sets = article_sets(ids, articles_per_file)
    for n in set_numbers if set_numbers is not None else range(1, len(sets) + 1):
        yield _set_page(env, t, sets, n)
    if not main_page:
        return
    files = [""] + [f"{FILES_DIR}/articles-{n:04d}.html" for n in range(1, len(sets) + 1)]
    file_of = {a: n for n, chunk in enumerate(sets, 1) for a in chunk}
    embedded = article_views(t, ids) if not sets else iter(())
    yield REPORT_NAME, env.get_template("report.html.j2").render(
        o=overview(t), data=_json_script(page_data(t, files, file_of)), views=embedded)


def write_report(out_dir: str | Path, path: str | Path | None = None,
                 articles_per_file: int = ARTICLES_PER_FILE, pool: Executor | None = None,
                 pool_size: int = 1) -> Path:
    """Build the report from the tables in ``out_dir``; returns the path of ``report.html``.

    With a process ``pool`` of ``pool_size`` processes, the article sets are rendered
    there (one task per process) while this process renders ``report.html``; the files
    are the same either way.
    """
    out_dir = Path(out_dir)
    target = Path(path) if path else out_dir / REPORT_NAME
    tables = load_tables(out_dir)
    shutil.rmtree(target.parent / FILES_DIR, ignore_errors=True)
    n_sets = len(article_sets(_article_ids(tables), articles_per_file))
    if pool is None or n_sets < 2:
        _write_pages(target, build_report(tables, articles_per_file))
        return target
    numbers = list(range(1, n_sets + 1))
    size = max(1, min(pool_size, n_sets))
    tasks = [pool.submit(write_article_sets, out_dir, target, numbers[i::size], articles_per_file)
             for i in range(size)]
    _write_pages(target, build_report(tables, articles_per_file, set_numbers=()))
    for task in tasks:
        task.result()
    return target


def write_article_sets(out_dir: str | Path, target: str | Path, numbers: list[int],
                       articles_per_file: int = ARTICLES_PER_FILE) -> None:
    """Render and write the article sets ``numbers`` of the report of ``out_dir`` (a pool task)."""
    _write_pages(Path(target), build_report(load_tables(out_dir), articles_per_file, numbers, main_page=False))


def _write_pages(target: Path, pages: Iterable[tuple[str, str]]) -> None:
    """Each page next to ``target`` (written whole, then renamed into place)."""
    for rel, html in pages:
        dest = target if rel == REPORT_NAME else target.parent / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".tmp")
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(dest)

"""report.html: self-contained, every quote of every article drawn, paged for big runs, rebuildable."""

from __future__ import annotations

import html as html_lib
import multiprocessing
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.report import write_report
from pipeline.report.articles import Located, locate, render_paragraph
from pipeline.tables import OUTPUT_TABLES, read_table

# --------------------------------------------------------------------------- locating raw text in cleaned text

def test_locate_exact_nearest_occurrence() -> None:
    text = 'Ia berkata "siap". Lalu ia berkata "siap" lagi.'
    assert locate("siap", text, 30) == (36, 40)
    assert locate("siap", text, 0) == (12, 16)


def test_locate_across_cleaning_repairs() -> None:
    # raw has a no-break space and a glued sentence; the cleaned paragraph has neither
    cleaned = "Persahabatan kami tidak ditujukan kepada siapa pun. Hal ini dimaksudkan untuk Korea Utara."
    raw_quote = "kepada siapa pun.Hal ini dimaksudkan untuk Korea\u00a0Utara"
    start, end = locate(raw_quote, cleaned, 30)
    assert cleaned[start:end] == "kepada siapa pun. Hal ini dimaksudkan untuk Korea Utara"


def test_locate_raw_html_entities_in_cleaned_text() -> None:
    cleaned = "“Kami siap bekerja sama & terbuka,” kata Retno."
    start, end = locate("&ldquo;Kami siap bekerja <b>sama</b> &amp; terbuka,&rdquo;", cleaned, 0)
    assert cleaned[start:end] == "“Kami siap bekerja sama & terbuka,”"


def test_locate_folds_quote_variants_and_gives_up_cleanly() -> None:
    assert locate('\u201eKami siap"', '"Kami siap" kata Retno.', 0) == (0, 11)
    assert locate("tidak ada di sini", "Teks lain sama sekali.", 0) is None


def test_render_paragraph_draws_quote_cue_and_speaker_with_displacy() -> None:
    text = '"Saya tidak mengomentari rumor tersebut," kata Lavrov.'
    spans = [Located(1, 40, "direct", '<span class="qchip" data-quote="x:q001">DIRECT · Sergey Lavrov</span>'),
             Located(42, 46, "cue", "cue"), Located(47, 53, "speaker", "speaker")]
    html = render_paragraph(text, spans)
    assert html.count('class="qchip"') == 1
    assert '<i class="d t40 st">' in html and '<i class="c t40 st">' in html and '<i class="s t40 st">' in html
    visible = html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split()
    words = iter(visible)
    assert all(w in words for w in text.split())  # the paragraph's words, in order, labels in between


def test_plain_paragraph_is_plain_text() -> None:
    assert render_paragraph("Tidak ada kutipan <b>.", []) == '<p class="plain">Tidak ada kutipan &lt;b&gt;.</p>'


# --------------------------------------------------------------------------- the report of a run

class _Sections(HTMLParser):
    """Per article section: its quote count and the quote ids of the labels drawn in it."""

    def __init__(self) -> None:
        super().__init__()
        self.current = ""
        self.sections: dict[str, dict] = {}
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and a.get("data-article"):
            self.current = a["data-article"]
            self.sections[self.current] = {"n": int(a["data-quotes"]), "drawn": []}
        if a.get("class") == "qchip":
            self.sections[self.current]["drawn"].append(a["data-quote"])
        for key in ("src", "href"):
            if tag in ("script", "link", "img", "iframe") and a.get(key):
                self.external.append(a[key])


def _sections(path: Path) -> _Sections:
    parser = _Sections()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_report_is_written_and_self_contained(corpus_out: Path) -> None:
    html = (corpus_out / "report.html").read_text(encoding="utf-8")
    parsed = _sections(corpus_out / "report.html")
    assert parsed.external == []  # no <script src>, <link>, <img src>: everything is inline
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert html.count("<svg") >= 4  # matplotlib charts, inline
    assert not (corpus_out / "report_files").exists()


def test_every_quote_is_drawn_in_its_article(corpus_out: Path) -> None:
    quotes = read_table(corpus_out, "quotes")
    sections = _sections(corpus_out / "report.html").sections
    assert set(sections) == set(read_table(corpus_out, "articles")["article_id"])
    for article_id, group in quotes.groupby("article_id"):
        assert sorted(sections[article_id]["drawn"]) == sorted(group["quote_id"]), article_id
    assert "Not found in the cleaned text" not in (corpus_out / "report.html").read_text(encoding="utf-8")


def test_big_runs_put_articles_in_sets(corpus_out: Path, tmp_path: Path) -> None:
    report = write_report(corpus_out, tmp_path / "report.html", articles_per_file=2)
    files = sorted((tmp_path / "report_files").glob("articles-*.html"))
    assert [f.name for f in files] == ["articles-0001.html", "articles-0002.html", "articles-0003.html"]
    seen = []
    for f in files:
        parsed = _sections(f)
        assert parsed.external == []
        seen += list(parsed.sections)
    assert sorted(seen) == sorted(read_table(corpus_out, "articles")["article_id"])
    main_page = report.read_text(encoding="utf-8")
    assert '"report_files/articles-0001.html"' in main_page and 'class="qchip"' not in main_page


def test_article_sets_rendered_in_other_processes_are_the_same_pages(corpus_out: Path, tmp_path: Path) -> None:
    write_report(corpus_out, tmp_path / "serial" / "report.html", articles_per_file=2)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        write_report(corpus_out, tmp_path / "pool" / "report.html", articles_per_file=2, pool=pool, pool_size=2)
    pages = sorted(p.relative_to(tmp_path / "serial") for p in (tmp_path / "serial").rglob("*.html"))
    assert len(pages) == 4  # report.html and three sets
    assert pages == sorted(p.relative_to(tmp_path / "pool") for p in (tmp_path / "pool").rglob("*.html"))
    for page in pages:
        assert (tmp_path / "serial" / page).read_bytes() == (tmp_path / "pool" / page).read_bytes(), page


def test_report_command_rebuilds_from_parquet_alone(corpus_out: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p"
    out.mkdir()
    for name in OUTPUT_TABLES:
        shutil.copy(corpus_out / f"{name}.parquet", out)
    assert main(["report", str(out)]) == 0
    assert (out / "report.html").read_bytes() == (corpus_out / "report.html").read_bytes()  # deterministic
    assert main(["report", str(tmp_path / "nothing")]) == 2
    assert "no articles.csv" in capsys.readouterr().err

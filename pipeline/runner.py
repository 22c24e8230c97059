"""The batch runner: composes the stages, streams articles, writes the tables.

It holds no logic of its own beyond error isolation (one bad article becomes
a status row, never a crash of the batch), progress and the summary.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .attribute import attribute
from .clean import clean, repeated_lines
from .dedup import dedup_paragraphs
from .ingest import count_articles, iter_articles
from .ner import extract_entities, load_ner
from .records import Article, ArticleResult
from .segment import split_sentences
from .tables import TableWriter, write_speakers

log = logging.getLogger(__name__)


@dataclass
class RunOptions:
    """Knobs of a batch run (defaults are what the README documents)."""

    ner_model: str | None = None
    dedup_threshold: float = 90.0
    learn_repeated_lines: bool = True
    progress: bool | None = None  # None: only when stderr is a terminal
    batch_size: int = 200


@dataclass
class RunSummary:
    n_articles: int = 0
    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "empty": 0, "error": 0})
    n_quotes: int = 0
    seconds: float = 0.0
    n_words: int = 0
    out_dir: str = ""

    def line(self) -> str:
        st = self.status
        rate = self.n_articles / self.seconds if self.seconds else 0.0
        return (f"kutipan: {self.n_articles} articles ({st['ok']} ok, {st['empty']} empty, "
                f"{st['error']} error), {self.n_quotes} quotes in {self.seconds:.1f} s "
                f"({rate:.1f} articles/s) -> {self.out_dir}")


def process_article(article: Article, nlp, repeated: frozenset[str] = frozenset(),
                    dedup_threshold: float = 90.0) -> ArticleResult:
    """Run every per-article stage; any failure becomes an ``error`` status."""
    if article.status != "ok":
        return ArticleResult(article=article)
    try:
        doc = clean(article, repeated=repeated)
        doc, n_dup = dedup_paragraphs(doc, threshold=dedup_threshold)
        if not doc.text.strip():
            article.status = "empty"
            article.message = article.message or "no text left after removing boilerplate"
            return ArticleResult(article=article, doc=doc, n_duplicate_paragraphs=n_dup)
        sentences = split_sentences(doc.text, doc.spans)
        entities = extract_entities(nlp, doc.text, doc.spans)
        quotes = attribute(doc.text, sentences, entities)
    except Exception as exc:  # one article must never stop the batch
        log.debug("article %s failed:\n%s", article.article_id, traceback.format_exc())
        article.status = "error"
        article.message = f"processing failed: {type(exc).__name__}: {exc}"
        return ArticleResult(article=article)
    return ArticleResult(article=article, doc=doc, n_duplicate_paragraphs=n_dup,
                         sentences=sentences, entities=entities, quotes=quotes)


def process_articles(articles: Iterable[Article], nlp=None, options: RunOptions | None = None,
                     repeated: frozenset[str] = frozenset()) -> Iterator[ArticleResult]:
    """Stream results for articles (the notebook-friendly core of :func:`run`)."""
    options = options or RunOptions()
    nlp = nlp if nlp is not None else load_ner(options.ner_model)
    for article in articles:
        yield process_article(article, nlp, repeated, options.dedup_threshold)


def _progress(iterable: Iterable, total: int | None, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="art", file=sys.stderr, dynamic_ncols=True)


def run(paths: list[str | Path], out_dir: str | Path, options: RunOptions | None = None) -> RunSummary:
    """Process every article under ``paths`` and write the tables to ``out_dir``."""
    options = options or RunOptions()
    started = time.perf_counter()
    repeated: frozenset[str] = frozenset()
    if options.learn_repeated_lines:
        repeated = repeated_lines(iter_articles(paths))
    nlp = load_ner(options.ner_model)
    writer = TableWriter(out_dir, batch_size=options.batch_size)
    summary = RunSummary(out_dir=str(out_dir))
    articles = _progress(iter_articles(paths), count_articles(paths), options.progress)
    for result in process_articles(articles, nlp, options, repeated):
        writer.add(result)
        art = result.article
        summary.n_articles += 1
        summary.status[art.status] = summary.status.get(art.status, 0) + 1
        summary.n_quotes += len(result.quotes)
        summary.n_words += len(art.text.split()) if art.text else 0
        if art.status == "error":
            log.warning("%s: %s", art.article_id, art.message)
    writer.close()
    write_speakers(out_dir)
    summary.seconds = time.perf_counter() - started
    return summary

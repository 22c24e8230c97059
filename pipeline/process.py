"""The per-article stages over a batch of articles: clean, dedup, segment, ner, entities, attribute.

A batch runs the NER model once over the paragraphs of all its articles
(``nlp.pipe``): tok2vec and the NER network then work on large matrices
instead of an article's dozen paragraphs, and the entities are the same (the
model reads each paragraph alone either way; ``tests/test_process.py``
checks it). :func:`process_article` is a batch of one.

Each article keeps what the runner promises: its own error isolation (a
failure becomes an ``error`` row, never a failed batch) and its own time
budget for its own stages, checked in two blocks around the batched NER.
Only spaCy pipelines are batched: the stanza backend runs per article as before.
The batched NER itself is outside every budget, so it takes only articles
of at most ``batch_max_chars`` (the model is linear: well under a second
each); longer ones run the model alone inside their budget, as before.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .attribution import attribute
from .budget import ArticleTimeout, Deadline, time_budget
from .clean import clean
from .dedup import dedup_paragraphs
from .entities import link_entities
from .ner import Language, entities_from_docs, extract_entities, paragraph_texts
from .records import Article, ArticleResult, CleanDoc, Sentence
from .segment import split_sentences

__all__ = ["StageSettings", "process_article", "process_batch"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageSettings:
    """How the per-article stages run (the runner fills it from its options)."""

    repeated: frozenset[str] = frozenset()  # boilerplate lines learned over the input (clean.repeated_lines)
    dedup_threshold: float = 90.0
    budget: float | None = None  # seconds per article; None: no limit
    max_chars: int | None = None  # longer articles become error rows unprocessed
    batch_max_chars: int = 50_000  # longer articles run the NER model alone, inside their budget


@dataclass
class _Prepared:
    """An article after clean, dedup and segment, waiting for its entities."""

    article: Article
    doc: CleanDoc
    n_dup: int
    sentences: list[Sentence]
    spans: list[tuple[int, int]] = field(default_factory=list)  # non-empty paragraph spans
    texts: list[str] = field(default_factory=list)  # what the model reads for them
    spent: float = 0.0  # seconds of the article's budget used so far
    docs: list[Any] | None = None  # the model's Docs of ``texts`` (None: run the model in the budget)


def process_article(article: Article, nlp, repeated: frozenset[str] = frozenset(),
                    dedup_threshold: float = 90.0, parser=None, budget: float | None = None,
                    max_chars: int | None = None) -> ArticleResult:
    """Run every per-article stage; any failure, running past ``budget`` seconds or a text
    longer than ``max_chars`` becomes an ``error`` status."""
    settings = StageSettings(repeated, dedup_threshold, budget, max_chars)
    return process_batch([article], nlp, parser, settings)[0]


def process_batch(articles: Sequence[Article], nlp, parser=None,
                  settings: StageSettings = StageSettings()) -> list[ArticleResult]:
    """Every per-article stage for each article, the NER model batched over all of them; in order."""
    prepared = [_prepare(article, settings) for article in articles]
    _batch_ner(nlp, [p for p in prepared if isinstance(p, _Prepared)], settings.batch_max_chars)
    return [p if isinstance(p, ArticleResult) else _finish(p, nlp, parser, settings) for p in prepared]


def _too_long(article: Article, max_chars: int | None) -> str:
    if not max_chars or len(article.text) <= max_chars:
        return ""
    return (f"too long for one article: {len(article.text):,} characters > {max_chars:,}; not processed "
            "(raise the limit with --max-chars)")


def _failed(article: Article, message: str) -> ArticleResult:
    article.status = "error"
    article.message = "; ".join(m for m in (article.message, message) if m)
    return ArticleResult(article=article)


@dataclass
class _Guard:
    """One block of an article's stages under its time budget; ``error`` says why it failed."""

    budget: float | None
    spent: float = 0.0
    error: str = ""
    deadline: Deadline | None = None


def _guarded(article: Article, guard: _Guard, stages) -> Any:
    """Run ``stages(deadline)`` under the article's remaining budget; None and ``guard.error`` on failure."""
    started = time.perf_counter()
    try:
        with time_budget(guard.budget, spent=guard.spent) as guard.deadline:
            return stages(guard.deadline)
    except ArticleTimeout:
        guard.error = (guard.deadline.message() if guard.deadline
                       else f"time budget of {guard.budget:g} s per article exceeded")
    except Exception as exc:  # one article must never stop the batch
        log.debug("article %s failed:\n%s", article.article_id, traceback.format_exc())
        guard.error = f"processing failed: {type(exc).__name__}: {exc}"
    finally:
        guard.spent += time.perf_counter() - started
    return None


def _prepare(article: Article, settings: StageSettings) -> _Prepared | ArticleResult:
    """clean, dedup and segment; a finished result when the article stops here (not ok, empty, failed)."""
    if article.status != "ok":
        return ArticleResult(article=article)
    too_long = _too_long(article, settings.max_chars)
    if too_long:
        return _failed(article, too_long)
    guard = _Guard(settings.budget)
    out = _guarded(article, guard, lambda deadline: _clean_stages(article, settings, deadline))
    if out is None:
        return _failed(article, guard.error)
    if isinstance(out, _Prepared):
        out.spent = guard.spent
    return out


def _clean_stages(article: Article, settings: StageSettings, deadline: Deadline) -> _Prepared | ArticleResult:
    deadline.check("clean")
    doc = clean(article, repeated=settings.repeated)
    deadline.check("dedup")
    doc, n_dup = dedup_paragraphs(doc, threshold=settings.dedup_threshold)
    if not doc.text.strip():
        article.status = "empty"
        article.message = article.message or "no text left after removing boilerplate"
        return ArticleResult(article=article, doc=doc, n_duplicate_paragraphs=n_dup)
    deadline.check("segment")
    sentences = split_sentences(doc.text, doc.spans)
    spans, texts = paragraph_texts(doc.text, doc.spans)
    return _Prepared(article, doc, n_dup, sentences, spans, texts)


def _batch_ner(nlp, prepared: list[_Prepared], max_chars: int) -> None:
    """The model's Docs for every article of at most ``max_chars``, from one ``nlp.pipe``."""
    batch = [p for p in prepared if len(p.doc.text) <= max_chars]
    if not batch or not isinstance(nlp, Language):  # the stanza backend keeps its own batches per article
        return
    try:
        docs: Iterator[Any] = iter(list(nlp.pipe(text for p in batch for text in p.texts)))
    except Exception:  # the articles then run the model alone, each inside its own budget
        log.debug("batched NER failed; articles run it one by one:\n%s", traceback.format_exc())
        return
    for p in batch:
        p.docs = [next(docs) for _ in p.texts]


def _finish(p: _Prepared, nlp, parser, settings: StageSettings) -> ArticleResult:
    """Entities (the model alone when not batched), the entity table and attribution."""
    guard = _Guard(settings.budget, spent=p.spent)
    out = _guarded(p.article, guard, lambda deadline: _entity_stages(p, nlp, parser, deadline))
    return out if out is not None else _failed(p.article, guard.error)


def _entity_stages(p: _Prepared, nlp, parser, deadline: Deadline) -> ArticleResult:
    text, glued = p.doc.text, p.doc.glue_spaces()
    deadline.check("ner")
    if p.docs is None:
        entities = extract_entities(nlp, text, p.doc.spans, glued=glued)
    else:
        entities = entities_from_docs(nlp, text, p.spans, p.docs, glued=glued)
    deadline.check("attribute")
    table = link_entities(text, entities, glued)
    quotes = attribute(text, p.sentences, entities, p.doc.spans, parser=parser, table=table)
    deadline.check()
    return ArticleResult(article=p.article, doc=p.doc, n_duplicate_paragraphs=p.n_dup,
                         sentences=p.sentences, entities=entities, quotes=quotes, table=table)

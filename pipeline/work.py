"""The work of one partition, as a task: what runs in a worker process (or in the run's own process).

Two tasks per partition, both plain functions of picklable records so Dask
can ship them to any worker that has the package installed:

1. :func:`scan_partition` reads the partition and returns the ids it asks
   for, the hash of each article's text and the lines the repeated-line
   count needs (:func:`pipeline.clean.line_sample`);
2. :func:`process_partition` reads it again with the run's id claims and
   runs the per-article stages (:func:`pipeline.process.process_batch`)
   over the articles the run will keep, returning for each article what
   the corpus step and the tables need (:class:`Outcome`).

Models are loaded once per process (:func:`models`), never once per task.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .clean import LineSample, line_sample, outlet_of
from .corpus import CorpusDoc, CorpusParagraph, CorpusQuote
from .memory import release_freed_memory
from .partitions import IdRecorder, IdReplay, Partition, read_partition
from .process import StageSettings, process_batch
from .records import Article, ArticleResult
from .state import content_hash
from .tables import result_payload

__all__ = ["Outcome", "PartitionPlan", "RunSpec", "Scan", "corpus_doc", "models", "process_partition",
           "scan_partition"]


@dataclass(frozen=True)
class RunSpec:
    """What a worker needs to process partitions: model choices and stage settings (picklable)."""

    ner_model: str | None = None
    backend: str = "spacy"
    parser: str | None = None
    settings: StageSettings = field(default_factory=StageSettings)
    # called with each article before its stages, in the process that runs them (tests inject faults here)
    before_article: Callable[[Article], None] | None = None


@dataclass
class Scan:
    """What the first read of a partition tells the run."""

    wanted: list[str]  # the ids asked for, in the order the reader asks
    hashes: list[str]  # per article: content hash, "" when there is no text to process
    samples: list[LineSample | None]  # per article: its lines for the repeated-line count


@dataclass
class PartitionPlan:
    """How to process a partition: the run's id claims and, per article, what the run expects to keep."""

    claims: dict[int, tuple[str, str]]  # (id, note) for the ids the reader asks for that the run renames
    renames: dict[int, tuple[str, str]] = field(default_factory=dict)  # article -> (new id, message note)
    skip: frozenset[int] = frozenset()  # articles whose text the run has seen before: not processed


@dataclass
class Outcome:
    """One article of a processed partition: as read, and what processing gave (when it ran)."""

    article: Article  # as read, before any rename by the run
    chash: str
    n_words: int
    processed_as: tuple[str, str] | None = None  # (article_id, message) it was processed with; None: not
    status: str = ""
    message: str = ""
    payload: dict | None = None  # its table rows (pipeline.tables.result_payload)
    doc: CorpusDoc | None = None  # what the corpus step keeps (ok and empty articles)


def corpus_doc(result: ArticleResult, chash: str, payload: dict | None = None) -> CorpusDoc:
    """What the corpus step and the state keep of a processed article."""
    art, doc = result.article, result.doc
    payload = payload if payload is not None else result_payload(result)
    paragraphs = []
    if doc is not None:
        paragraphs = [CorpusParagraph(p.index, p.raw_start, p.raw_end, art.text[p.raw_start:p.raw_end])
                      for p in doc.paragraphs if p.kept]
    quotes = [CorpusQuote(r["quote_id"], r["quote_text"], r["speaker"], r["speaker_role"], r["speaker_org"],
                          r["speaker_mention"]) for r in payload["quotes"]]
    aliases = [] if result.table is None else [(a, e.canonical) for e in result.table.person_entities()
                                               for a in e.aliases]
    return CorpusDoc(article_id=art.article_id, content_hash=chash, text=doc.text if doc else "",
                     date=art.date, outlet=outlet_of(art), status=art.status, paragraphs=paragraphs,
                     quotes=quotes, payload=json.dumps(payload, ensure_ascii=False), aliases=aliases)


def text_hash(article: Article) -> str:
    """Content hash of an article that has text to process, else ""."""
    return content_hash(article.text) if article.status == "ok" and article.text else ""


def scan_partition(part: Partition) -> Scan:
    """Read a partition once: ids asked for, text hashes, repeated-line samples."""
    ids = IdRecorder()
    hashes, samples = [], []
    for article in read_partition(part, ids):
        hashes.append(text_hash(article))
        samples.append(line_sample(article))
    return Scan(ids.wanted, hashes, samples)


@lru_cache(maxsize=2)
def models(ner_model: str | None, backend: str, parser: str | None) -> tuple[Any, Any]:
    """The NER pipeline and the (lazy) parser of this worker process, loaded on first use."""
    from .ner import load_ner
    from .spacy_loading import full_tokenizer
    from .syntax import LazyParser

    nlp = load_ner(ner_model, backend=backend)
    full_tokenizer(nlp)  # a worker runs hundreds of articles: the whole tokenizer repays its build
    return nlp, LazyParser(parser)


def read_planned(part: Partition, plan: PartitionPlan) -> list[Article]:
    """The articles of a partition with the run's id claims (as the run's serial read gives them)."""
    return list(read_partition(part, IdReplay(plan.claims)))


def process_partition(part: Partition, plan: PartitionPlan, spec: RunSpec, only: int | None = None,
                      loaded: tuple | None = None) -> list[Outcome]:
    """Process a partition's articles (or only the one at index ``only``) as the plan says, with the
    ``loaded`` (nlp, parser) or this process's models."""
    release_freed_memory()  # what the partition before left (a worker lives for the whole run)
    articles = read_planned(part, plan)
    outcomes = [Outcome(a, text_hash(a), len(a.text.split()) if a.text else 0) for a in articles]
    todo = [i for i in range(len(articles)) if i not in plan.skip and (only is None or i == only)]
    prepared = [as_planned(articles[i], plan.renames.get(i)) for i in todo]
    if spec.before_article is not None:
        for article in prepared:
            spec.before_article(article)
    nlp, parser = loaded or models(spec.ner_model, spec.backend, spec.parser)
    results = process_batch(prepared, nlp, parser, spec.settings)
    for i, article, result in zip(todo, prepared, results, strict=True):
        outcomes[i] = fill_outcome(outcomes[i], (article.article_id, article.message), result)
    return outcomes if only is None else [outcomes[only]]


def as_planned(article: Article, rename: tuple[str, str] | None) -> Article:
    """A copy of the article with the id the run will give it (the read one stays as read)."""
    if rename is None:
        return replace(article)
    new_id, note = rename
    return replace(article, article_id=new_id, message="; ".join(m for m in (article.message, note) if m))


def fill_outcome(outcome: Outcome, processed_as: tuple[str, str], result: ArticleResult) -> Outcome:
    """The outcome of one processed article: its rows, and what the corpus step keeps when it is kept."""
    art = result.article
    payload = result_payload(result)
    keep = bool(outcome.chash) and art.status in ("ok", "empty")
    return replace(outcome, processed_as=processed_as, status=art.status, message=art.message, payload=payload,
                   doc=corpus_doc(result, outcome.chash, payload) if keep else None)

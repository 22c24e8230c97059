"""The batch runner: composes the stages, streams articles, writes the tables.

It holds no logic of its own beyond error isolation (one bad article becomes
a status row, never a crash of the batch), progress and the summary.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .attribution import attribute
from .budget import ArticleTimeout, Deadline, time_budget
from .clean import clean, outlet_of, repeated_lines
from .corpus import CorpusConfig, CorpusDoc, CorpusParagraph, CorpusQuote, add_batch, finalize
from .dedup import dedup_paragraphs
from .entities import link_entities
from .errors import UserError
from .ingest import count_articles, iter_articles
from .ner import extract_entities, load_ner
from .output import OutputDir
from .outputs import OutputOptions, write_outputs
from .records import Article, ArticleResult
from .segment import split_sentences
from .state import State, content_hash, exclusive, state_errors
from .syntax import LazyParser
from .tables import (
    OUTPUT_TABLE_NAMES,
    RUN_TABLES,
    TableWriter,
    make_csvs_safe,
    result_payload,
    write_corpus_tables,
)

log = logging.getLogger(__name__)


@dataclass
class RunOptions:
    """Knobs of a batch run (defaults are what the README documents)."""

    ner_model: str | None = None
    dedup_threshold: float = 90.0
    learn_repeated_lines: bool = True
    progress: bool | None = None  # None: only when stderr is a terminal
    batch_size: int = 200
    parser: str | None = None  # None: the backend's parser; "stanza"; "none" turns syntax off; a spaCy dir
    backend: str = "spacy"  # "stanza": NER and parser on the stanza models (pipeline.stanza_backend)
    state_path: str | None = None  # corpus state (SQLite); None: a temporary one for this run
    commit_every: int = 25  # articles per state transaction
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    outputs: OutputOptions = field(default_factory=OutputOptions)  # formats, database, report
    # called after each committed batch with the number of articles committed so far
    # (tests raise here to simulate a crash half way)
    on_commit: Callable[[int], None] | None = None
    force: bool = False  # write into an --out folder that holds files kutipan did not write
    csv_raw: bool = False  # exact text in CSV cells (no spreadsheet-formula neutralisation)
    time_budget: float | None = 60.0  # seconds per article, then it becomes an error row; None: no limit
    # longer articles become error rows without being processed: time and memory grow with an
    # article's length (bench/long_text.py), and no news article comes near this
    max_chars: int | None = 1_000_000
    state_wait: float | None = None  # seconds to wait for another run holding the state; None: no limit
    notify: Callable[[str], None] | None = None  # one-line notices (e.g. waiting for the state)


@dataclass
class RunSummary:
    n_articles: int = 0
    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "empty": 0, "error": 0})
    n_quotes: int = 0
    seconds: float = 0.0
    n_words: int = 0
    out_dir: str = ""
    n_seen: int = 0  # skipped: the same text was processed before (state)
    load_seconds: float = 0.0  # loading models (not counted in ``seconds``)

    def line(self) -> str:
        st = self.status
        rate = self.n_articles / self.seconds if self.seconds else 0.0
        seen = f", {self.n_seen} seen before (skipped)" if self.n_seen else ""
        return (f"kutipan: {self.n_articles} articles ({st['ok']} ok, {st['empty']} empty, "
                f"{st['error']} error{seen}), {self.n_quotes} quotes in {self.seconds:.1f} s "
                f"({rate:.1f} articles/s; models loaded in {self.load_seconds:.1f} s) -> {self.out_dir}")


def process_article(article: Article, nlp, repeated: frozenset[str] = frozenset(),
                    dedup_threshold: float = 90.0, parser=None, budget: float | None = None,
                    max_chars: int | None = None) -> ArticleResult:
    """Run every per-article stage; any failure, running past ``budget`` seconds or a text
    longer than ``max_chars`` becomes an ``error`` status."""
    if article.status != "ok":
        return ArticleResult(article=article)
    deadline: Deadline | None = None
    if max_chars and len(article.text) > max_chars:
        message = (f"too long for one article: {len(article.text):,} characters > {max_chars:,}; not processed "
                   "(raise the limit with --max-chars)")
        article.status, article.message = "error", "; ".join(m for m in (article.message, message) if m)
        return ArticleResult(article=article)
    try:
        with time_budget(budget) as deadline:
            return _stages(article, nlp, repeated, dedup_threshold, parser, deadline)
    except ArticleTimeout:
        message = deadline.message() if deadline else f"time budget of {budget:g} s per article exceeded"
    except Exception as exc:  # one article must never stop the batch
        log.debug("article %s failed:\n%s", article.article_id, traceback.format_exc())
        message = f"processing failed: {type(exc).__name__}: {exc}"
    article.status = "error"
    article.message = "; ".join(m for m in (article.message, message) if m)
    return ArticleResult(article=article)


def _stages(article: Article, nlp, repeated: frozenset[str], dedup_threshold: float, parser,
            deadline: Deadline) -> ArticleResult:
    """The per-article stages in order, checking the time budget between them."""
    deadline.check("clean")
    doc = clean(article, repeated=repeated)
    deadline.check("dedup")
    doc, n_dup = dedup_paragraphs(doc, threshold=dedup_threshold)
    if not doc.text.strip():
        article.status = "empty"
        article.message = article.message or "no text left after removing boilerplate"
        return ArticleResult(article=article, doc=doc, n_duplicate_paragraphs=n_dup)
    deadline.check("segment")
    sentences = split_sentences(doc.text, doc.spans)
    deadline.check("ner")
    entities = extract_entities(nlp, doc.text, doc.spans)
    deadline.check("attribute")
    table = link_entities(doc.text, entities)
    quotes = attribute(doc.text, sentences, entities, doc.spans, parser=parser, table=table)
    deadline.check()
    return ArticleResult(article=article, doc=doc, n_duplicate_paragraphs=n_dup,
                         sentences=sentences, entities=entities, quotes=quotes, table=table)


def process_articles(articles: Iterable[Article], nlp=None, options: RunOptions | None = None,
                     repeated: frozenset[str] = frozenset(), parser=None) -> Iterator[ArticleResult]:
    """Stream results for articles (the notebook-friendly core of :func:`run`)."""
    options = options or RunOptions()
    check_backend(options)
    nlp = nlp if nlp is not None else load_ner(_spacy_model(options), backend=options.backend)
    if parser is None:
        parser = load_parser_cached(parser_choice(options))
    for article in articles:
        yield process_article(article, nlp, repeated, options.dedup_threshold, parser, options.time_budget,
                              options.max_chars)


def _progress(iterable: Iterable, total: int | None, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="art", file=sys.stderr, dynamic_ncols=True)


@lru_cache(maxsize=4)
def load_ner_cached(model: str | None, backend: str = "spacy"):
    """The NER pipeline, loaded once per process (tests and notebooks run many times)."""
    return load_ner(model, backend=backend)


def _spacy_model(options: RunOptions) -> str | None:
    """``--model`` names a spaCy pipeline; the stanza models come from ``$KUTIPAN_STANZA_DIR`` or the default."""
    return options.ner_model if options.backend == "spacy" else None


def parser_choice(options: RunOptions) -> str | None:
    """``options.parser``, else the backend's own parser."""
    return options.parser or ("stanza" if options.backend == "stanza" else None)


def check_backend(options: RunOptions) -> None:
    """Fail before the first article when the backend asked for cannot run (no silent fallback)."""
    from .stanza_backend import BACKENDS, check, wanted

    if options.backend not in BACKENDS:
        raise ValueError(f"unknown backend {options.backend!r} (known: {', '.join(BACKENDS)})")
    if wanted(options.backend, parser_choice(options)):
        check()


@lru_cache(maxsize=2)
def load_parser_cached(name: str | None) -> LazyParser:
    """The dependency parser for attribution, loaded on first use (None inside when unavailable)."""
    return LazyParser(name)


def corpus_doc(result: ArticleResult, chash: str) -> CorpusDoc:
    """What the corpus step and the state keep of a processed article."""
    art, doc = result.article, result.doc
    payload = result_payload(result)
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


def _free_id(state: State, wanted: str, taken: set[str]) -> str:
    n = 2
    new = wanted
    while new in taken or state.has_article_id(new):
        new, n = f"{wanted}~{n}", n + 1
    return new


def run(paths: list[str | Path], out_dir: str | Path, options: RunOptions | None = None,
        nlp=None) -> RunSummary:
    """Process every article under ``paths`` and write the tables to ``out_dir``.

    ``out_dir`` is checked before any article is read and replaced only at
    the end (:class:`pipeline.output.OutputDir`); a run on a shared state
    waits for another run holding it (:func:`pipeline.state.exclusive`).
    Articles whose raw text is already in the state are not processed again;
    new ones are committed to the state ``options.commit_every`` at a time.
    The per-article tables cover this run's input (rows of seen articles
    come from the state), the corpus tables (speakers, quote and paragraph
    clusters) the whole state.
    """
    options = options or RunOptions()
    check_backend(options)
    summary = RunSummary(out_dir=str(out_dir))
    with OutputDir(out_dir, options.force, _known_output_names()) as out, \
            _open_state(options) as state:  # both checked before models load or articles are read
        exclude = _own_paths(out, options.state_path)
        loading = time.perf_counter()
        nlp = nlp if nlp is not None else _load_ner_or_explain(options)
        parser = load_parser_cached(parser_choice(options))
        parser_loading = parser.load_seconds  # the parser loads on first use, maybe during this run
        started = time.perf_counter()
        summary.load_seconds = started - loading
        repeated: frozenset[str] = frozenset()
        if options.learn_repeated_lines:
            repeated = repeated_lines(iter_articles(paths, exclude))
        _process_into_state(paths, exclude, state, nlp, options, repeated, summary, parser)
        _write_tables(state, out, options, summary)
        out.commit()
    parser_loading = parser.load_seconds - parser_loading
    summary.load_seconds += parser_loading
    summary.seconds = time.perf_counter() - started - parser_loading
    return summary


def _load_ner_or_explain(options: RunOptions):
    """The NER pipeline, or one line saying why ``--model`` cannot be loaded."""
    model = _spacy_model(options)
    try:
        return load_ner_cached(model, options.backend)
    except Exception as exc:  # spaCy raises OSError, ValueError, config errors... for a bad folder
        raise UserError(f"cannot load the NER model {model or 'models/id_news_ner'}: {type(exc).__name__}: "
                        f"{str(exc).splitlines()[0] if str(exc) else ''} (pass a spaCy pipeline folder with --model, "
                        "or leave it out for the shipped model)") from exc


def _known_output_names() -> list[str]:
    """Names of everything a run may write into --out (ours to replace in a folder without manifest)."""
    from .outputs import DATASETTE_METADATA, DB_NAME, FORMATS
    from .report import FILES_DIR, REPORT_NAME

    return [f"{n}.{fmt}" for n in OUTPUT_TABLE_NAMES for fmt in FORMATS] + [DB_NAME, DATASETTE_METADATA,
                                                                          REPORT_NAME, FILES_DIR]


def _own_paths(out: OutputDir, state_path: str | None) -> list[Path]:
    """The run's own outputs and state files: never read as input, even inside an input folder."""
    own = out.own_files()
    if state_path:
        own += [Path(f"{state_path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal", ".lock")]
    return own


@contextmanager
def _open_state(options: RunOptions) -> Iterator[State]:
    """The run's state: a temporary one, or the shared one held for the whole run."""
    if options.state_path is None:
        with State(None) as state, state_errors(state.path, temporary=True):
            yield state
        return
    with (exclusive(options.state_path, options.state_wait, options.notify),
          State(options.state_path) as state, state_errors(state.path)):
        yield state


def _write_tables(state: State, out: OutputDir, options: RunOptions, summary: RunSummary) -> None:
    """Per-article tables of this run and the corpus tables, into the staging folder."""
    tables = finalize(state, options.corpus)
    with out.writing() as folder:  # exact text first: the other formats and the report read it
        writer = TableWriter(folder, batch_size=options.batch_size, tables=RUN_TABLES, csv_raw=True)
        for seen_before, payload, info in state.run_items():
            writer.add_rows(_with_corpus_columns(payload, seen_before, info))
        writer.close()
        write_corpus_tables(folder, tables, csv_raw=True)
        write_outputs(folder, options.outputs)
        if not options.csv_raw:
            make_csvs_safe(folder)
    summary.n_quotes = writer.n_rows["quotes"]  # seen-before articles' quotes count too


def _process_into_state(paths, exclude: list[Path], state: State, nlp, options: RunOptions,
                        repeated: frozenset[str], summary: RunSummary, parser=None) -> None:
    """Stream the input: skip seen texts, process new ones, commit them in batches."""
    batch: list[CorpusDoc] = []
    batch_hashes: dict[str, str] = {}  # content hash -> article_id, for the uncommitted batch
    batch_pos: list[int] = []
    committed = 0

    def commit() -> None:
        nonlocal committed
        seqs = add_batch(state, batch, options.corpus)
        for pos, doc, seq in zip(batch_pos, batch, seqs, strict=True):
            state.log_item(pos, doc.article_id, seq)
        committed += len(batch)
        batch.clear()
        batch_hashes.clear()
        batch_pos.clear()
        if options.on_commit is not None:
            options.on_commit(committed)

    articles = _progress(iter_articles(paths, exclude), count_articles(paths, exclude), options.progress)
    for pos, article in enumerate(articles):
        summary.n_articles += 1
        chash = content_hash(article.text) if article.status == "ok" and article.text else ""
        earlier = (batch_hashes.get(chash) or state.seen(chash)) if chash else None
        if earlier is not None:
            summary.n_seen += 1
            if earlier == article.article_id:  # same article again: replay its rows from the state
                if chash in batch_hashes:
                    commit()
                state.log_item(pos, article.article_id, state.seq_of(earlier), seen_before=earlier)
            else:
                article.status = "skipped_seen"
                article.message = f"same text as article {earlier}, processed earlier; not processed again"
                payload = result_payload(ArticleResult(article=article))
                payload["articles"][0].update(duplicate_of=earlier, duplicate_similarity=1.0)
                state.log_item(pos, article.article_id, None, seen_before=earlier, payload=payload)
            continue
        if chash:
            taken = {d.article_id for d in batch}
            if article.article_id in taken or state.has_article_id(article.article_id):
                new = _free_id(state, article.article_id, taken)
                article.message = "; ".join(m for m in (article.message, (
                    f"id {article.article_id!r} already used for another text in the state; renamed to {new!r}"))
                    if m)
                article.article_id = new
        result = process_article(article, nlp, repeated, options.dedup_threshold, parser, options.time_budget,
                                 options.max_chars)
        art = result.article
        summary.status[art.status] = summary.status.get(art.status, 0) + 1
        summary.n_words += len(art.text.split()) if art.text else 0
        if art.status == "error":
            log.warning("%s: %s", art.article_id, art.message)
        if chash and art.status in ("ok", "empty"):
            batch.append(corpus_doc(result, chash))
            batch_hashes[chash] = art.article_id
            batch_pos.append(pos)
            if len(batch) >= options.commit_every:
                commit()
        else:  # unreadable or failed: not remembered, so a later run tries again
            state.log_item(pos, art.article_id, None, payload=result_payload(result))
    if batch:
        commit()


def _with_corpus_columns(payload: dict, seen_before: str, info: dict) -> dict:
    """Add the corpus columns (clusters, speaker ids, duplicates, seen_before) to stored rows."""
    for row in payload["articles"]:
        row.setdefault("duplicate_of", info["duplicate_of"])
        row.setdefault("duplicate_similarity", info["duplicate_similarity"])
        row["seen_before"] = seen_before
        if seen_before and row.get("status") != "skipped_seen":
            note = f"already processed as {seen_before} in an earlier run; rows read from the state"
            row["message"] = "; ".join(m for m in (row.get("message", ""), note) if m)
    for row in payload["quotes"]:
        speaker_id, cluster = info["quotes"].get(row["quote_id"], ("", ""))
        row["speaker_id"], row["quote_cluster_id"] = speaker_id, cluster
    return payload

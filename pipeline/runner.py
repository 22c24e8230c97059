"""The batch runner: composes the stages, streams articles, writes the tables.

It holds no logic of its own beyond error isolation (one bad article becomes
a status row, never a crash of the batch), progress and the summary. The
input is cut into partitions (:mod:`pipeline.partitions`) that run in this
process or on Dask workers (:mod:`pipeline.cluster`): a first pass reads
them for the ids and the repeated lines, a second processes them
(:mod:`pipeline.work`), and the corpus step takes the articles in input
order, whatever order the partitions finish in, so the tables are the same
for any number of workers.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path

from .clean import RepeatedLines
from .cluster import DaskWorkers, InProcess, TaskFailed, cpu_count
from .corpus import CorpusConfig, CorpusDoc, add_batch, finalize
from .errors import UserError
from .ingest import _Ids
from .memory import release_freed_memory
from .output import OutputDir
from .outputs import OutputOptions, write_outputs
from .partitions import TARGET_ARTICLES, Partition, plan_partitions
from .process import StageSettings, process_article, process_batch
from .records import Article, ArticleResult
from .spacy_loading import full_tokenizer
from .state import State, exclusive, state_errors
from .syntax import LazyParser
from .tables import (
    OUTPUT_TABLE_NAMES,
    RUN_TABLES,
    TableWriter,
    result_payload,
    write_corpus_tables,
)
from .work import Outcome, PartitionPlan, RunSpec, Scan, corpus_doc, fill_outcome, process_partition, scan_partition

__all__ = ["RunOptions", "RunSummary", "corpus_doc", "process_article", "process_articles", "run"]

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
    workers: int | None = None  # worker processes (Dask); None: one per core; 1: this process only
    scheduler: str | None = None  # address of an existing Dask scheduler (tcp://host:8786)
    # below this many articles a local run stays in this process: starting workers costs more than it saves
    parallel_min_articles: int = 400
    # from this many articles on, the tokenizer is built whole at the start (3-5 s) instead of lazily
    full_tokenizer_min_articles: int = 200
    partition_articles: int = TARGET_ARTICLES  # articles per partition (the unit of work of a worker)
    worker_retries: int = 3  # times Dask retries a partition whose worker died
    # called with each article before its stages, in the process that runs them (tests inject faults)
    before_article: Callable[[Article], None] | None = None


@dataclass
class RunSummary:
    n_articles: int = 0
    status: dict[str, int] = field(default_factory=lambda: {"ok": 0, "empty": 0, "error": 0})
    n_quotes: int = 0
    seconds: float = 0.0
    n_words: int = 0
    out_dir: str = ""
    n_seen: int = 0  # skipped: the same text was processed before (state)
    load_seconds: float = 0.0  # loading models, starting workers (not counted in ``seconds``)
    workers: int = 1  # processes that ran the per-article stages
    where: str = "in this process"
    worker_peak_mib: dict[str, float] = field(default_factory=dict)  # peak memory of each Dask worker

    def line(self) -> str:
        st = self.status
        rate = self.n_articles / self.seconds if self.seconds else 0.0
        seen = f", {self.n_seen} seen before (skipped)" if self.n_seen else ""
        workers = f"{self.workers} worker{'s' if self.workers != 1 else ''}"
        return (f"kutipan: {self.n_articles} articles ({st['ok']} ok, {st['empty']} empty, "
                f"{st['error']} error{seen}), {self.n_quotes} quotes in {self.seconds:.1f} s "
                f"({rate:.1f} articles/s on {workers}; models loaded in {self.load_seconds:.1f} s) -> {self.out_dir}")


def process_articles(articles: Iterable[Article], nlp=None, options: RunOptions | None = None,
                     repeated: frozenset[str] = frozenset(), parser=None,
                     batch: int = 64) -> Iterator[ArticleResult]:
    """Stream results for articles (the notebook-friendly core of :func:`run`), ``batch`` at a time."""
    options = options or RunOptions()
    check_backend(options)
    nlp = nlp if nlp is not None else load_ner_cached(_spacy_model(options), options.backend)
    if parser is None:
        parser = load_parser_cached(parser_choice(options))
    settings = _settings(options, repeated)
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= batch:
            yield from process_batch(chunk, nlp, parser, settings)
            chunk = []
    if chunk:
        yield from process_batch(chunk, nlp, parser, settings)


def _settings(options: RunOptions, repeated: frozenset[str]) -> StageSettings:
    return StageSettings(repeated, options.dedup_threshold, options.time_budget, options.max_chars)


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
    from .ner import load_ner

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


def run(paths: list[str | Path], out_dir: str | Path, options: RunOptions | None = None,
        nlp=None, helper: Executor | None = None) -> RunSummary:
    """Process every article under ``paths`` and write the tables to ``out_dir``.

    ``out_dir`` is checked before any article is read and replaced only at
    the end (:class:`pipeline.output.OutputDir`); a run on a shared state
    waits for another run holding it (:func:`pipeline.state.exclusive`).
    Articles whose raw text is already in the state are not processed again;
    new ones are committed to the state ``options.commit_every`` at a time.
    The per-article tables cover this run's input (rows of seen articles
    come from the state), the corpus tables (speakers, quote and paragraph
    clusters) the whole state. The per-article stages run on
    ``options.workers`` Dask workers, or at ``options.scheduler``; a given
    ``nlp`` keeps them in this process. A ``helper`` process
    (:func:`pipeline.warm_process.warm_process`) draws the report of a run
    that stayed in this process.
    """
    options = options or RunOptions()
    check_backend(options)
    summary = RunSummary(out_dir=str(out_dir))
    with OutputDir(out_dir, options.force, _known_output_names()) as out, \
            _open_state(options) as state:  # both checked before models load or articles are read
        started = time.perf_counter()
        parts = plan_partitions(paths, _own_paths(out, options.state_path), options.partition_articles)
        loading = time.perf_counter()
        with _executor(options, parts, nlp) as (engine, local):
            summary.load_seconds = time.perf_counter() - loading
            summary.workers, summary.where = engine.workers, engine.description
            spec, plans = _first_pass(engine, parts, state, options)
            _process_into_state(engine, parts, plans, spec, local, state, options, summary)
            summary.worker_peak_mib = engine.peak_memory()
        _write_tables(state, out, options, summary, helper)
        out.commit()
    summary.load_seconds += local.parser.load_seconds
    summary.seconds = time.perf_counter() - started - summary.load_seconds
    return summary


# --------------------------------------------------------------------------- where the work runs


@dataclass
class _Local:
    """This process's models: the ones the in-process partitions use, and the fallback for the rare
    article the workers processed with an id or message the run did not keep (loaded on first use)."""

    options: RunOptions
    nlp: object = None
    parser: LazyParser = field(default_factory=LazyParser)

    def models(self) -> tuple:
        if self.nlp is None:
            self.nlp = _load_ner_or_explain(self.options)
        return self.nlp, self.parser


def _planned_articles(options: RunOptions, parts: list[Partition]) -> int:
    """Articles the partitions hold (a partition of unknown size counts as a big one)."""
    return sum(p.n_articles or options.parallel_min_articles for p in parts)


def _use_workers(options: RunOptions, parts: list[Partition], nlp) -> bool:
    """Dask for a cluster, or for enough articles on more than one core (not with a caller's model)."""
    if options.scheduler:
        return True
    workers = options.workers or cpu_count()
    if workers <= 1 or nlp is not None:
        return False
    if options.workers is None and importlib.util.find_spec("distributed") is None:
        log.warning("Dask is not installed: running in this process (pip install \"dask[distributed]\")")
        return False
    return len(parts) > 1 and _planned_articles(options, parts) >= options.parallel_min_articles


@contextmanager
def _executor(options: RunOptions, parts: list[Partition], nlp) -> Iterator[tuple]:
    """The executor of the partitions and this process's models."""
    local = _Local(options, nlp, load_parser_cached(parser_choice(options)))
    if not _use_workers(options, parts, nlp):
        loaded, _ = local.models()  # loaded now: the summary reports the run's speed without it
        if _planned_articles(options, parts) >= options.full_tokenizer_min_articles:
            full_tokenizer(loaded)
        yield InProcess(), local
        return
    engine = DaskWorkers(options.workers or cpu_count(), options.scheduler, options.worker_retries)
    try:
        _check_models(engine, options)
        yield engine, local
    finally:
        engine.close()


def _check_models(engine: DaskWorkers, options: RunOptions) -> None:
    """Load the models on a worker before any partition: a bad --model is one line, not an error per article."""
    spec = _spec(options, frozenset())
    [outcome] = engine.run_each(_worker_models, [(spec,)])
    if isinstance(outcome, TaskFailed) or outcome:
        why = outcome.describe() if isinstance(outcome, TaskFailed) else outcome
        raise UserError(f"cannot load the models on the workers: {why} (pass a spaCy pipeline folder with "
                        "--model, or leave it out for the shipped model)")


def _worker_models(spec: RunSpec) -> str:
    """On a worker: load the models (kept for the tasks to come); '' or why they cannot be loaded."""
    from .work import models

    try:
        models(spec.ner_model, spec.backend, spec.parser)
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return ""


def _spec(options: RunOptions, repeated: frozenset[str]) -> RunSpec:
    return RunSpec(_spacy_model(options), options.backend, parser_choice(options), _settings(options, repeated),
                   options.before_article)


# --------------------------------------------------------------------------- the first pass


def _first_pass(engine, parts: list[Partition], state: State, options: RunOptions
                ) -> tuple[RunSpec, list[PartitionPlan]]:
    """Read every partition once: the run's id claims, what it will skip, the repeated lines."""
    lines = RepeatedLines()
    planner = _Planner(state)
    plans = []
    for (part,), scan in engine.ordered(scan_partition, ((p,) for p in parts)):
        if isinstance(scan, TaskFailed):
            scan = scan_partition(part)  # reading failed on the worker: read it here
        if options.learn_repeated_lines:
            for sample in scan.samples:
                lines.add(sample)
        plans.append(planner.plan(scan))
    return _spec(options, lines.lines()), plans


def _rename_note(old: str, new: str) -> str:
    return f"id {old!r} already used for another text in the state; renamed to {new!r}"


class _Planner:
    """The run's id claims in input order, and what it expects to skip and to rename.

    The expectations only save work (a text seen before is not processed); the
    commit step decides for real and processes here what turns out otherwise.
    """

    def __init__(self, state: State) -> None:
        self.state = state
        self.ids = _Ids()
        self.hashes: set[int] = set()  # texts of this run so far (64 bits of the hash)

    def plan(self, scan: Scan) -> PartitionPlan:
        claims = {}
        for k, wanted in enumerate(scan.wanted):
            claim = self.ids.claim(wanted)
            if claim != (wanted, ""):
                claims[k] = claim
        plan = PartitionPlan(claims)
        if len(scan.wanted) == len(scan.hashes):  # one claim per article: the claimed id is the article's
            self._expect(scan, plan)
        return plan

    def _expect(self, scan: Scan, plan: PartitionPlan) -> None:
        skip = set()
        for i, chash in enumerate(scan.hashes):
            if not chash:
                continue
            key = int(chash[:16], 16)
            if key in self.hashes or self.state.seen(chash):
                skip.add(i)
                continue
            self.hashes.add(key)
            article_id = plan.claims.get(i, (scan.wanted[i], ""))[0]
            if self.state.has_article_id(article_id):
                new = _free_id(self.state, article_id, set())
                plan.renames[i] = (new, _rename_note(article_id, new))
        plan.skip = frozenset(skip)


# --------------------------------------------------------------------------- the second pass


def _processed(engine, parts: list[Partition], plans: list[PartitionPlan], spec: RunSpec,
               local: _Local) -> Iterator[list[Outcome]]:
    """The outcomes of each partition, in input order (a failed partition is redone article by article)."""
    func = partial(process_partition, loaded=local.models()) if isinstance(engine, InProcess) else process_partition
    calls = ((part, plan, spec) for part, plan in zip(parts, plans, strict=True))
    for (part, plan, _), outcomes in engine.ordered(func, calls):
        yield outcomes if not isinstance(outcomes, TaskFailed) else _one_by_one(engine, func, part, plan, spec)


def _one_by_one(engine, func, part: Partition, plan: PartitionPlan, spec: RunSpec) -> list[Outcome]:
    """A partition whose task failed, one article per task: the article that fails again is an error row."""
    from .work import read_planned, text_hash

    articles = read_planned(part, plan)
    results = engine.run_each(func, [(part, plan, spec, i) for i in range(len(articles))])
    outcomes = []
    for i, (article, result) in enumerate(zip(articles, results, strict=True)):
        if not isinstance(result, TaskFailed):
            outcomes.append(result[0])
            continue
        failed = Outcome(article, text_hash(article), len(article.text.split()) if article.text else 0)
        if i not in plan.skip:
            failed = _failed_outcome(failed, plan.renames.get(i), result)
        outcomes.append(failed)
    return outcomes


def _failed_outcome(outcome: Outcome, rename: tuple[str, str] | None, failure: TaskFailed) -> Outcome:
    """The error row of an article whose task failed on every try."""
    from .work import as_planned

    article = as_planned(outcome.article, rename)
    processed_as = (article.article_id, article.message)
    article.status = "error"
    article.message = "; ".join(m for m in (article.message, f"processing failed: {failure.describe()}") if m)
    return fill_outcome(outcome, processed_as, ArticleResult(article=article))


def _process_into_state(engine, parts: list[Partition], plans: list[PartitionPlan], spec: RunSpec, local: _Local,
                        state: State, options: RunOptions, summary: RunSummary) -> None:
    """Take every article in input order: skip seen texts, keep new ones, commit them in batches."""
    total = sum(p.n_articles for p in parts) if all(p.n_articles is not None for p in parts) else None
    bar = _progress(None, total, options.progress)
    committer = _Committer(state, options)
    pos = 0
    for outcomes in _processed(engine, parts, plans, spec, local):
        for outcome in outcomes:
            _admit(pos, outcome, committer, spec, local, summary)
            pos += 1
        if bar is not None:
            bar.update(len(outcomes))
    committer.commit()
    if bar is not None:
        bar.close()
class _Committer:
    """Kept articles into the state in input order, ``commit_every`` per transaction."""

    def __init__(self, state: State, options: RunOptions) -> None:
        self.state, self.options = state, options
        self.batch: list[CorpusDoc] = []
        self.hashes: dict[str, str] = {}  # content hash -> article_id, for the uncommitted batch
        self.positions: list[int] = []
        self.committed = 0

    def earlier(self, chash: str) -> str | None:
        """The article this text was kept as, in this run or an earlier one."""
        return self.hashes.get(chash) or self.state.seen(chash)

    def add(self, pos: int, doc: CorpusDoc) -> None:
        self.batch.append(doc)
        self.hashes[doc.content_hash] = doc.article_id
        self.positions.append(pos)
        if len(self.batch) >= self.options.commit_every:
            self.commit()

    def commit(self) -> None:
        if not self.batch:
            return
        seqs = add_batch(self.state, self.batch, self.options.corpus)
        for pos, doc, seq in zip(self.positions, self.batch, seqs, strict=True):
            self.state.log_item(pos, doc.article_id, seq)
        self.committed += len(self.batch)
        self.batch, self.hashes, self.positions = [], {}, []
        release_freed_memory()  # keeps a long run's resident memory flat (pipeline.memory)
        if self.options.on_commit is not None:
            self.options.on_commit(self.committed)


def _admit(pos: int, outcome: Outcome, com: _Committer, spec: RunSpec, local: _Local, summary: RunSummary) -> None:
    """One article in input order: replayed or skipped when its text was seen, else kept or logged."""
    article = replace(outcome.article)
    summary.n_articles += 1
    earlier = com.earlier(outcome.chash) if outcome.chash else None
    if earlier is not None:
        summary.n_seen += 1
        _log_seen(pos, article, outcome.chash, earlier, com)
        return
    if outcome.chash and (article.article_id in {d.article_id for d in com.batch}
                          or com.state.has_article_id(article.article_id)):
        new = _free_id(com.state, article.article_id, {d.article_id for d in com.batch})
        article.message = "; ".join(m for m in (article.message, _rename_note(article.article_id, new)) if m)
        article.article_id = new
    if outcome.processed_as != (article.article_id, article.message):  # not what the workers expected
        outcome = _process_here(outcome, article, spec, local)
    summary.status[outcome.status] = summary.status.get(outcome.status, 0) + 1
    summary.n_words += outcome.n_words
    article_id = outcome.processed_as[0]
    if outcome.status == "error":
        log.warning("%s: %s", article_id, outcome.message)
    if outcome.doc is not None:
        com.add(pos, outcome.doc)
    else:  # unreadable or failed: not remembered, so a later run tries again
        com.state.log_item(pos, article_id, None, payload=outcome.payload)


def _log_seen(pos: int, article: Article, chash: str, earlier: str, com: _Committer) -> None:
    """An article whose text the state holds: its rows come from the state, or it is a skipped copy."""
    state = com.state
    if earlier == article.article_id:  # same article again: replay its rows from the state
        if chash in com.hashes:
            com.commit()
        state.log_item(pos, article.article_id, state.seq_of(earlier), seen_before=earlier)
        return
    article.status = "skipped_seen"
    article.message = f"same text as article {earlier}, processed earlier; not processed again"
    payload = result_payload(ArticleResult(article=article))
    payload["articles"][0].update(duplicate_of=earlier, duplicate_similarity=1.0)
    state.log_item(pos, article.article_id, None, seen_before=earlier, payload=payload)


def _process_here(outcome: Outcome, article: Article, spec: RunSpec, local: _Local) -> Outcome:
    """Process one article in this process (the workers processed it with another id, or not at all)."""
    nlp, parser = local.models()
    processed_as = (article.article_id, article.message)
    [result] = process_batch([article], nlp, parser, spec.settings)
    return fill_outcome(outcome, processed_as, result)


def _free_id(state: State, wanted: str, taken: set[str]) -> str:
    n = 2
    new = wanted
    while new in taken or state.has_article_id(new):
        new, n = f"{wanted}~{n}", n + 1
    return new


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


def _write_tables(state: State, out: OutputDir, options: RunOptions, summary: RunSummary,
                  helper: Executor | None = None) -> None:
    """Per-article tables of this run and the corpus tables, into the staging folder."""
    tables = finalize(state, options.corpus)
    with out.writing() as folder:  # exact text first: the other formats and the report read it
        writer = TableWriter(folder, batch_size=options.batch_size, tables=RUN_TABLES, csv_raw=True)
        for seen_before, payload, info in state.run_items():
            writer.add_rows(_with_corpus_columns(payload, seen_before, info))
        writer.close()
        write_corpus_tables(folder, tables, csv_raw=True)
        write_outputs(folder, replace(options.outputs, jobs=_output_jobs(options, summary)),
                      safe_csv=not options.csv_raw, helper=helper)
    summary.n_quotes = writer.n_rows["quotes"]  # seen-before articles' quotes count too


def _output_jobs(options: RunOptions, summary: RunSummary) -> int:
    """Processes for the outputs: as many as the run had local workers (none for a run that
    stayed in this process: spawning them would cost more than they save), at most one per core."""
    used = summary.workers if summary.where != InProcess.description else 1
    return max(options.outputs.jobs, min(used, cpu_count()))


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

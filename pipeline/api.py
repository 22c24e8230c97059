"""The Python API: one article in, its quotes table out; a whole batch run in one call.

``from pipeline import extract_quotes, run`` is all a notebook needs; the
stage functions (``pipeline.clean.clean``, ``pipeline.attribute.attribute``,
...) stay importable for finer work. Models are loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from .runner import RunSummary

__all__ = ["extract_quotes", "run"]


def extract_quotes(text: str, *, article_id: str = "article", title: str = "", url: str = "", date: str = "",
                   source: str = "", ner_model: str | None = None, parser: str | None = None) -> pd.DataFrame:
    """Quotes of one article as a DataFrame with the columns of ``quotes.csv``.

    ``text`` is the raw article text (offsets in the result point into it);
    the keyword arguments are the article's metadata as in the input files
    and the model choices of ``kutipan run`` (``--model``, ``--parser``).
    Speaker ids and quote clusters are those of a corpus of this one
    article. Raises ValueError when the article cannot be processed.
    """
    from .outputs import typed
    from .records import Article
    from .runner import load_ner_cached, load_parser_cached, process_article
    from .tables import RUN_TABLES

    status = "ok" if text and text.strip() else "empty"
    article = Article(article_id=article_id, text=text or "", source_path="<extract_quotes>", title=title,
                      url=url, date=date, source=source, status=status)
    result = process_article(article, load_ner_cached(ner_model), parser=load_parser_cached(parser))
    if result.article.status == "error":
        raise ValueError(f"article {article_id!r} could not be processed: {result.article.message}")
    rows = _corpus_quote_rows(result) if result.quotes else []
    return typed(_frame(rows, RUN_TABLES["quotes"]))


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _corpus_quote_rows(result) -> list[dict]:
    """The quote rows with speaker ids and quote clusters, from the corpus step over this one article."""
    from .corpus import add_batch, finalize
    from .runner import _with_corpus_columns, corpus_doc
    from .state import State, content_hash

    with State() as state:
        [seq] = add_batch(state, [corpus_doc(result, content_hash(result.article.text))])
        state.log_item(0, result.article.article_id, seq)
        finalize(state)
        [(seen_before, payload, info)] = list(state.run_items())
    return _with_corpus_columns(payload, seen_before, info)["quotes"]


def run(paths: str | Path | Iterable[str | Path], out_dir: str | Path, *,
        formats: str | Sequence[str] = ("csv",), db: str | None = None, report: bool = True,
        **options: Any) -> RunSummary:
    """Run the whole pipeline over files or folders, as ``kutipan run`` does; returns the summary.

    ``formats`` (``"csv,parquet"`` or a list), ``db`` (a path, or ``"none"``)
    and ``report`` choose the outputs; other keywords are the fields of
    :class:`pipeline.runner.RunOptions` (``ner_model``, ``parser``,
    ``state_path``, ``dedup_threshold``, ``progress``, ...).
    """
    from .outputs import OutputOptions, parse_formats
    from .runner import RunOptions
    from .runner import run as run_batch

    paths = [paths] if isinstance(paths, str | Path) else list(paths)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    formats = parse_formats(formats if isinstance(formats, str) else ",".join(formats))
    known = {f.name for f in fields(RunOptions)} - {"outputs"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    run_options = RunOptions(**options, outputs=OutputOptions(formats=formats, db=db, report=report))
    return run_batch(paths, out_dir, run_options)

"""kutipan: attributed quotes from Indonesian news dumps.

Two calls cover most uses::

    from pipeline import extract_quotes, run
    quotes = extract_quotes(text, article_id="a1", date="2025-10-21")  # one article -> DataFrame
    summary = run(["dumps/"], "out/", formats="csv,parquet")            # a batch -> tables, db, report

Each stage is a plain function that a notebook can call alone::

    from pipeline import ingest, clean, dedup, segment, ner, attribute, tables

Names are imported on first use, so ``import pipeline`` (and ``kutipan --help``)
stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["RunOptions", "RunSummary", "extract_quotes", "run"]

_LAZY = {"extract_quotes": "api", "run": "api", "RunOptions": "runner", "RunSummary": "runner"}

if TYPE_CHECKING:
    from .api import extract_quotes, run
    from .runner import RunOptions, RunSummary


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])

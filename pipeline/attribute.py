"""Compatibility module: attribution lives in the :mod:`pipeline.attribution` package.

``from pipeline.attribute import attribute`` keeps working for notebooks and
scripts written against the earlier single-module layout.
"""

from __future__ import annotations

from .attribution import AttributionConfig, Lexicon, attribute, load_lexicon
from .text import WORD, QuoteRun, find_quote_runs

__all__ = ["WORD", "AttributionConfig", "Lexicon", "QuoteRun", "attribute", "find_quote_runs", "load_lexicon"]

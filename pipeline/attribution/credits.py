"""Statements credited afterwards: ``Hal itu disampaikan oleh X``, ``Desakan itu datang dari X``.

News often gives a statement first, in the name of an institution or of no
one (``DPRD mendesak Gubernur ...``, ``Pemerintah akan menaikkan ...``), and
names the person who made it in the next sentence. The credit sentence opens
with a noun and its determiner and a passive speech cue (or a phrase of origin
from ``[credit_phrases]``), then the person. Only quotes already found in the
sentence before are re-credited; the credit sentence itself makes no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import tokenize
from .context import ArticleContext
from .mentions import Mention, mention_from
from .phrases import phrase_after

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class Credit:
    """A credit sentence: where it starts and the mention of the one it credits."""

    start: int
    mention: Mention


def find_credits(ctx: ArticleContext) -> list[Credit]:
    """Credit sentences of the article in reading order (mentions that name someone only)."""
    out = []
    for m in _SENTENCE.finditer(ctx.text):
        credit = _credit_in(ctx, m.start(), m.end())
        if credit is not None:
            out.append(credit)
    return out


def _credit_in(ctx: ArticleContext, start: int, end: int) -> Credit | None:
    """``Hal itu disampaikan (oleh) X``: the credit of the sentence ``text[start:end]``, if it is one."""
    toks = [t for t in tokenize(ctx.text, start, end)]
    words = ctx.lex.words
    if len(toks) < 4 or not toks[0].is_cap or toks[1].lower not in words["determiners"]:
        return None
    k = _after_credit_verb(toks, ctx)
    if k is None:
        return None
    while k < len(toks) and toks[k].lower in words["agent_markers"]:
        k += 1
    phrase = phrase_after(toks[k:], ctx.lex, ctx.config)
    m = mention_from(ctx, phrase) if phrase else None
    if m is None or m.kind not in ("name", "role"):
        return None
    return Credit(start, m)


def _after_credit_verb(toks: list, ctx: ArticleContext) -> int | None:
    """Index after the passive cue or the phrase of origin that follows ``Hal itu``, or None."""
    cue = ctx.lex.cues.get(toks[2].lower)
    if cue is not None and cue.kind == "passive":
        return 3
    for phrase in ctx.lex.words["credit_phrases"]:
        n = len(phrase.split())
        if " ".join(t.lower for t in toks[2:2 + n]) == phrase:
            return 2 + n
    return None

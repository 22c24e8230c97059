"""Statements credited afterwards: ``Hal itu disampaikan oleh X``, ``Desakan itu datang dari X``.

News often gives a statement first, in the name of an institution or of no
one (``DPRD mendesak Gubernur ...``, ``Pemerintah akan menaikkan ...``), and
names the person who made it in the next sentence. The credit sentence opens
with a noun and its determiner and a passive speech cue (or a phrase of origin
from ``[credit_phrases]``), then the person. Only quotes already found in the
sentences before it (``AttributionConfig.credit_sentences``; the article's own
sentences) are re-credited; the credit sentence itself makes no quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import is_predicate
from ..records import Sentence
from ..text import tokenize
from .context import ArticleContext
from .mentions import Mention, mention_from
from .phrases import phrase_after


@dataclass(frozen=True)
class Credit:
    """A credit sentence: where it starts, where the quotes it may credit start (``credit_sentences``
    sentences before it), and the mention of the one it credits."""

    start: int
    window_start: int
    mention: Mention
    end: int = 0  # where the credit sentence ends: it makes no quote of its own


def find_credits(ctx: ArticleContext, sentences: list[Sentence]) -> list[Credit]:
    """Credit sentences of the article in reading order (mentions that name someone only)."""
    out = []
    for i, sentence in enumerate(sentences):
        if not _opens_like_credit(sentence.text, ctx):
            continue  # most sentences: no tokenizing
        m = _credit_mention(ctx, sentence.start, sentence.end)
        if m is not None:
            window = sentences[max(0, i - ctx.config.credit_sentences)].start
            out.append(Credit(sentence.start, window, m, sentence.end))
    return out


def _opens_like_credit(text: str, ctx: ArticleContext) -> bool:
    """Does the sentence open with a capitalised word and a determiner (``Hal itu``)?"""
    words = text.split(maxsplit=2)
    return len(words) == 3 and words[0][:1].isupper() and words[1].lower() in ctx.lex.words["determiners"]


def _credit_mention(ctx: ArticleContext, start: int, end: int) -> Mention | None:
    """``Hal itu disampaikan (oleh) X``: the mention a sentence ``text[start:end]`` credits, if it is one."""
    toks = tokenize(ctx.text, start, end)
    words = ctx.lex.words
    if len(toks) < 4 or not toks[0].is_cap or toks[1].lower not in words["determiners"]:
        return None
    k = _after_credit_verb(toks, ctx)
    if k is None:
        return None
    while k < len(toks) and toks[k].lower in words["agent_markers"]:
        k += 1
    closing = _person_closing(ctx, toks[k:])
    phrase = closing or phrase_after(toks[k:], ctx.lex, ctx.config)
    m = mention_from(ctx, phrase) if phrase else None
    return m if m is not None and m.kind in ("name", "role") else None


def _person_closing(ctx: ArticleContext, toks: list) -> list:
    """``... oleh Kepala Eksekutif Pengawas Perilaku ... (PEPK) |Friderica Widyasari Dewi|.``: a person the NER
    tags at the end of the credit, after a long office (no verb before it), is the one credited; [] when none
    closes it."""
    words = [t for t in toks if t.is_word]
    last = next((e for e in ctx.persons if words and e.end == words[-1].end and e.start > words[0].start), None)
    if last is None or any(is_predicate(t.text, ctx.lex) for t in words if t.end <= last.start):
        return []  # "... Esther Sri Astuti |merespons| isu ... Presiden Prabowo Subianto.": a clause of its own
    return [t for t in toks if last.start <= t.start and t.end <= last.end]


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

"""The shared text layer: tokens, quotation runs and paragraph spans.

Segmentation, attribution and the evaluation all look at the same words,
the same quoted runs and the same paragraphs; they read them from here so
that the stages cannot disagree about where a quotation or a paragraph is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resource_files import read_list

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
WORD = re.compile(r"\w+", re.UNICODE)

OPEN_DOUBLE = "“«„\""
CLOSE_DOUBLE = "”»\"“"


# --------------------------------------------------------------------------- tokens


@dataclass
class Tok:
    """A word or punctuation token with its offsets in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Tok(m.group(), m.start() + start, m.end() + start) for m in TOKEN.finditer(text[start:end])]


def n_words(text: str) -> int:
    return len(WORD.findall(text))


# --------------------------------------------------------------------------- quotation runs


@dataclass
class QuoteRun:
    """Text between quotation marks: ``start``/``end`` exclude the marks."""

    open: int
    close: int  # index of the closing mark, or paragraph end when unclosed
    start: int
    end: int
    closed: bool = True


def find_quote_runs(text: str, start: int, end: int) -> list[QuoteRun]:
    """Quoted runs in ``text[start:end]`` (one paragraph).

    Double marks of any style pair with each other (outlets mix ``“…"``);
    single marks count only at word edges so apostrophes (``Jum'at``) are not
    quotes; single quotes inside a double quote stay inside it. A quote left
    open runs to the end of the paragraph.
    """
    runs: list[QuoteRun] = []
    i = start
    open_at: int | None = None
    open_kind = ""
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch in OPEN_DOUBLE and not (ch == "”" and not nxt.isalnum()):
                open_at, open_kind = i, "double"
            elif ch in "‘'" and not prev.isalnum() and nxt.isalnum():
                open_at, open_kind = i, "single"
        else:
            closes = False
            if open_kind == "double" and ch in CLOSE_DOUBLE:
                # a “ right before a word while open is a new opening: treat the
                # previous run as unclosed text and restart here
                closes = not (ch == "“" and nxt.isalnum() and not prev.isalnum())
                if not closes:
                    open_at = i
            elif open_kind == "single" and ch in "’'" and not nxt.isalnum() and prev != " ":
                closes = True
            if closes:
                runs.append(QuoteRun(open_at, i, open_at + 1, i))
                open_at = None
        i += 1
    if open_at is not None:
        runs.append(QuoteRun(open_at, end, open_at + 1, end, closed=False))
    for run in runs:  # trim spaces inside the marks
        while run.start < run.end and text[run.start].isspace():
            run.start += 1
        while run.end > run.start and text[run.end - 1].isspace():
            run.end -= 1
    return [r for r in runs if r.end > r.start]


def run_at(pos: int, runs: list[QuoteRun]) -> QuoteRun | None:
    """The run whose marks enclose ``pos`` (marks included), if any."""
    for r in runs:
        if r.open <= pos <= r.close:
            return r
    return None


# --------------------------------------------------------------------------- paragraphs


_BLOCK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs when the caller gives none: blocks between blank lines, without edge spaces."""
    return [(m.start(), m.end()) for m in _BLOCK.finditer(text)]


# --------------------------------------------------------------------------- web text


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """Domain endings that make ``detik.com`` or ``Kompas.id`` one word, not two sentences."""
    return frozenset(w.lower() for w in read_list("tlds.txt"))


def title_case_share(words: list[str]) -> float:
    """Share of ``words`` that start with a capital (0 for no words)."""
    if not words:
        return 0.0
    return sum(1 for w in words if w[:1].isupper()) / len(words)

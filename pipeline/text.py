"""The shared text layer: tokens, quotation runs and paragraph spans.

Segmentation, attribution and the evaluation all look at the same words,
the same quoted runs and the same paragraphs; they read them from here so
that the stages cannot disagree about where a quotation or a paragraph is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .resource_files import read_list

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*\+*|[^\w\s]", re.UNICODE)  # "IM57+", "Disney+": a glued plus is part of the name
WORD = re.compile(r"\w+", re.UNICODE)

# Quotation marks of every convention Indonesian outlets print: “…”, ”…” (Kompas uses the
# closing glyph on both sides), „…“, «…», »…«, "…", ‘…’, '…', typewriter ``…'' and ‘’…" (two single marks).
DOUBLE_MARKS = "\"“”„‟«»‹›″＂"
SINGLE_MARKS = "'‘’‚‛`"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS
OPEN_GLYPHS = "“„‟«‹‘‚‛`"
CLOSE_GLYPHS = "”»›’"
# two single marks printed as one double mark (``''``, Kompas regional's ``‘’…"``) are one double mark
_MARK = re.compile(r"''|``|‘’|‘‘|’’|[\"“”„‟«»‹›″＂'‘’‚‛`]")
_OPEN_CONTEXT = "([{—–-/:"
_CLOSE_CONTEXT = ")]}.,;:!?…-—–"


# --------------------------------------------------------------------------- tokens


@dataclass(slots=True)  # slots: articles make hundreds of thousands of tokens
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


AGE_IN_BRACKETS = r"\(\d{1,3}\)"  # "Nur (36)": news writes a person's age after the name, one to three digits
MAX_ACRONYM_WORDS = 3  # "(Ditjen Intram)": capitalised words a bracketed short name inside a role holds


def bracketed_acronym_end(words: list[str], i: int, max_words: int = MAX_ACRONYM_WORDS) -> int:
    """Index after ``( Cap [Cap ...] )`` opening at ``words[i]`` (one to ``max_words`` capitalised words, an
    abbreviation's full stop among them: ``(Plt.)``),
    0 when none opens there: ``Menteri Keuangan (Menkeu) Purbaya``, ``Dirjen ... (Ditjen Intram) Kemenhub``.
    The NER title rule and the speaker phrases both read short names in brackets this way."""
    if words[i] != "(":
        return 0
    for m in range(i + 1, min(len(words), i + max_words + 2)):
        if words[m] == ")":
            return m + 1 if m > i + 1 else 0
        if words[m] == "." and m > i + 1:
            continue  # "(Plt.)": an abbreviation's full stop
        if not words[m][:1].isupper():
            return 0
    return 0


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def text_key(text: str) -> str:
    """Comparison key: lower-case words only, so quote marks, glued full stops
    ("pun.Hal") and spacing do not matter."""
    return " ".join(WORD.findall(text.lower()))


# --------------------------------------------------------------------------- quotation runs


@dataclass
class QuoteRun:
    """Text between quotation marks: ``start``/``end`` exclude the marks."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark, or paragraph end when unclosed
    start: int
    end: int
    closed: bool = True
    mark_end: int = -1  # index after the closing mark (close when unclosed)


@dataclass(frozen=True)
class Mark:
    """One quotation mark and the direction its context gives it."""

    start: int
    end: int
    family: str  # double | single
    direction: str  # open | close | either


def quote_marks(text: str, start: int, end: int) -> list[Mark]:
    """Quotation marks in ``text[start:end]``, apostrophes left out.

    Direction comes from the characters around a mark first (space or a
    bracket before it opens, punctuation or space after it closes) and from
    the glyph only when the context says both or neither, because outlets
    print ``”`` on both sides, ``„…“`` and ``»…«``. A single mark between two
    letters or digits (``Jum'at``, ``Qur’an``) or before a number (``'90-an``)
    is an apostrophe, and so is a doubled one between letters (``Ma''ruf``).
    """
    marks = []
    for m in _MARK.finditer(text, start, end):
        i, j = m.span()
        prev = text[i - 1] if i > start else " "
        nxt = text[j] if j < end else " "
        family = "single" if len(m.group()) == 1 and m.group() in SINGLE_MARKS else "double"
        if (family == "single" or m.group() == "''") and (prev.isalnum() and nxt.isalnum() or nxt.isdigit()):
            continue  # "Jum'at"; "Ma''ruf": an apostrophe a scraper doubled
        opens = prev.isspace() or prev in _OPEN_CONTEXT or prev in QUOTE_MARKS
        closes = nxt.isspace() or nxt in _CLOSE_CONTEXT or nxt in QUOTE_MARKS
        if opens != closes:
            direction = "open" if opens else "close"
        elif m.group()[0] in OPEN_GLYPHS:
            direction = "open"
        elif m.group()[0] in CLOSE_GLYPHS:
            direction = "close"
        else:
            direction = "either"
        marks.append(Mark(i, j, family, direction))
    return marks


def _pair(marks: list[Mark], end: int, open_ended: bool) -> list[QuoteRun]:
    """Pair marks in order: an opening mark waits for the next mark that can close it.

    A clearly opening mark met while one is waiting replaces it (the first was
    stray). A run still open at ``end`` runs to it when ``open_ended`` (a quote
    that goes on in the next paragraph), else it is dropped.
    """
    runs: list[QuoteRun] = []
    waiting: Mark | None = None
    for mark in marks:
        if waiting is None:
            if mark.direction != "close":
                waiting = mark
        elif mark.direction == "open":
            waiting = mark
        else:
            runs.append(QuoteRun(waiting.start, mark.start, waiting.end, mark.start, True, mark.end))
            waiting = None
    if waiting is not None and open_ended:
        runs.append(QuoteRun(waiting.start, end, waiting.end, end, False, end))
    return runs


def find_quote_runs(text: str, start: int, end: int, goes_on: bool = False) -> list[QuoteRun]:
    """Quoted runs in ``text[start:end]`` (one paragraph), in order.

    Double marks of every style pair with each other (outlets mix ``“…"``);
    single marks pair only outside double runs, so an inner ``'…'`` stays
    inside its quotation. A double quotation left open runs to the end of the
    paragraph (it goes on in the next one); a single one left open is dropped.
    When the paragraph before left a quotation open (``goes_on``), a closing
    mark before any opening one closes it: the quotation ran on from the
    paragraph start without a mark of its own there.
    """
    marks = quote_marks(text, start, end)
    doubles = [m for m in marks if m.family == "double"]
    carried: list[QuoteRun] = []
    if goes_on and doubles and doubles[0].direction == "close":
        carried = [QuoteRun(start, doubles[0].start, start, doubles[0].start, True, doubles[0].end)]
        doubles = doubles[1:]
    runs = carried + _pair(doubles, end, open_ended=True)
    singles = [m for m in marks if m.family == "single" and not any(r.open <= m.start < r.mark_end for r in runs)]
    runs = sorted(runs + _pair(singles, end, open_ended=False), key=lambda r: r.open)
    for run in runs:  # trim spaces inside the marks
        while run.start < run.end and text[run.start].isspace():
            run.start += 1
        while run.end > run.start and text[run.end - 1].isspace():
            run.end -= 1
    return [r for r in runs if r.end > r.start]


def run_at(pos: int, runs: list[QuoteRun]) -> QuoteRun | None:
    """The run whose marks enclose ``pos`` (marks included), if any.

    ``runs`` are in reading order and never overlap (as :func:`find_quote_runs`
    gives them, paragraph after paragraph), so a binary search finds it.
    """
    i = bisect.bisect_right(runs, pos, key=lambda r: r.open) - 1
    if i >= 0 and runs[i].open <= pos <= runs[i].close:
        return runs[i]
    return None


# --------------------------------------------------------------------------- paragraphs


_BLOCK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs when the caller gives none: blocks between blank lines, without edge spaces."""
    return [(m.start(), m.end()) for m in _BLOCK.finditer(text)]


def raw_char_end(raw: str, i: int) -> int:
    """End of the raw text a cleaned character at raw index ``i`` came from (an HTML entity ends at ``;``)."""
    if raw[i:i + 1] == "&":
        m = HTML_ENTITY.match(raw, i)
        if m:
            return m.end()
    return i + 1


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Lines of ``text[start:end]`` (every Unicode line break counts), line breaks left out."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in LINE_BREAK.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


# --------------------------------------------------------------------------- web text


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """Domain endings that make ``detik.com`` or ``Kompas.id`` one word, not two sentences."""
    return frozenset(w.lower() for w in read_list("tlds.txt"))


_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…"


def ends_sentence(text: str) -> bool:
    """Does the text end like a sentence (full stop, question or exclamation mark, ellipsis)?"""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def headline_like(text: str, min_title_share: float, max_lower: int | None = None) -> bool:
    """A Title-Case line with no sentence end: a headline, caption or menu, not prose.

    Only words of three or more letters count; ``min_title_share`` of them
    must be capitalised, and at most ``max_lower`` may be lower case.
    """
    if ends_sentence(text):
        return False
    words = [w for w in WORD.findall(text) if len(w) >= 3 and w.isalpha()]
    if not words:
        return False
    lower = sum(1 for w in words if not w[0].isupper())
    return 1 - lower / len(words) >= min_title_share and (max_lower is None or lower <= max_lower)

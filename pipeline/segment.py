"""Indonesian sentence splitting for news text (the ``segment`` stage).

Rule based, deterministic and fast (pure Python + ``re``): a generic
sentencizer splits on every full stop, which breaks Indonesian news on
titles (``Dr.``, ``H.``), initials (``Susilo B. Yudhoyono``), money
(``Rp. 5.000``) and, worst for quote extraction, inside multi-sentence
quotations whose attribution (``..., ujarnya.``) comes at the end. This
module keeps those together:

* a dot ends a sentence only if the next word starts like a sentence
  (capital letter or digit) and the word before is not a title-like
  abbreviation from ``resources/abbreviations.txt``;
* boundaries inside a quotation that closes within the paragraph are
  suppressed, so the whole quoted passage and its attribution form one
  sentence;
* a closing quote or bracket after the full stop stays with the sentence;
* glued sentences (``Ukraina.Korea Utara``) are split, domains and initials
  are not;
* a dateline (``MOSKOW -``, ``Jakarta, CNN Indonesia --``) stays attached to
  the first sentence; :func:`find_dateline` exposes its span.

Sentences never cross a paragraph span nor a newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.records import Sentence
from pipeline.resource_files import read_list
from pipeline.text import OPEN_GLYPHS, QUOTE_MARKS, find_quote_runs, line_spans, paragraph_spans, top_level_domains

RESOURCES = Path(__file__).resolve().parent / "resources"

# ---------------------------------------------------------------- resources

TITLE, LIST_END, POSTNOMINAL = "title", "list_end", "postnominal"


def _data_lines(path: Path) -> Iterator[str]:
    """Non-empty, comment-stripped lines of a resource file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


@lru_cache(maxsize=4)
def load_abbreviations(path: str | None = None) -> dict[str, str]:
    """Map lower-cased abbreviation (without its final dot) to its section.

    Kept in a data file so that new abbreviations need no code change.
    """
    section = TITLE
    table: dict[str, str] = {}
    for line in _data_lines(Path(path) if path else RESOURCES / "abbreviations.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        table[line.rstrip(".").lower()] = section
    return table


@lru_cache(maxsize=4)
def _word_set(name: str) -> frozenset[str]:
    """A case-sensitive word list from ``resources/segment_<name>.txt``."""
    return frozenset(_data_lines(RESOURCES / f"segment_{name}.txt"))


# ---------------------------------------------------------------- characters

ALL_QUOTES = QUOTE_MARKS
OPEN_BRACKETS = "([{"
CLOSE_BRACKETS = ")]}"
# what may stand before the first letter of a new sentence
_LEADERS = ALL_QUOTES + OPEN_BRACKETS + "*•·-–—¿¡ \t"
MAX_QUOTE_CHARS = 1500
_QUOTE_END_PUNCT = ",.!?…-—–;:"
_TERMINAL_RE = re.compile(r"\.{2,}|[.?!…]+")
_INNER_DOT_RE = re.compile(r"^(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}$")
_INITIALS_RE = re.compile(r"^[A-Z](?:\.[A-Z])*$")
_NUMBERED_RE = re.compile(r"^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$")

# ---------------------------------------------------------------- datelines

_DL_WORD = r"[A-Z][\w'’.&-]*"
_DL_PLACE = rf"{_DL_WORD}(?:[ \t]+{_DL_WORD}){{0,3}}"
_DL_DAY = "(?:" + "|".join(re.escape(d.capitalize()) for d in read_list("days.txt")) + ")"
_DL_DATE = (
    rf"(?:{_DL_DAY}[ \t]*,?[ \t]*)?\(?\d{{1,2}}(?:/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|[ \t]+[A-Z][a-z]+(?:[ \t]+\d{{4}})?)\)?"
)
_DL_SOURCE = r"[A-Za-z0-9][\w.'’&-]*(?:[ \t]+[A-Z0-9][\w.'’&-]*){0,3}"
_DL_PAREN = r"\([A-Za-z][\w.&/ -]{0,30}\)"
_DL_HEAD = (
    rf"(?P<place>{_DL_PLACE})"
    rf"(?:[ \t]*,[ \t]*(?:{_DL_DATE}|{_DL_SOURCE}))*"
    rf"(?:[ \t]*,?[ \t]*{_DL_PAREN})?"  # "Banjarmasin, (Antaranews Kalsel) -": a comma before the agency too
)
_DL_START = r"(?=[\"“”‘'«(]?[A-Z0-9])"
_DATELINE_DASH_RE = re.compile(
    rf"[ \t]*{_DL_HEAD}(?:[ \t]*-{{1,2}}[ \t]+|[ \t]+-{{1,2}}[ \t]*|[ \t]*(?:--|–|—)[ \t]*){_DL_START}"
)
_DATELINE_COLON_RE = re.compile(
    r"[ \t]*(?P<place>[A-Z][a-z0-9]+(?:\.[a-z]{2,4})?|[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)"
    rf"(?:[ \t]*,[ \t]*(?:{_DL_DATE}|{_DL_SOURCE}))?(?:[ \t]*{_DL_PAREN})?"
    r":[ \t]+(?=[A-Z][a-z]+[ \t]+\S+[ \t]+\S+)"
)

# "Liputan6.com, Jakarta Kapolri ...": an outlet's domain, a comma and one place word, with no separator at all
_DATELINE_BARE_RE = re.compile(
    r"[ \t]*(?P<place>[A-Za-z][A-Za-z0-9]*\.(?:com|co\.id|co|id))[ \t]*,[ \t]*[A-Z][a-z]+[ \t]+(?=[A-Z])"
)


def find_dateline(text: str) -> tuple[int, int] | None:
    """Span of a news dateline at the start of ``text``, or None.

    Recognises ``MOSKOW - ``, ``PYONGYANG, TRIBUNAMBON.COM - ``,
    ``Jakarta, CNN Indonesia -- ``, ``Jakarta (ANTARA) - ``,
    ``Liputan6.com, Jakarta - ``, ``Liputan6.com, Jakarta `` (an outlet's
    domain: no separator needed) and ``Moskow: ``. The span starts at the
    first non-space character and ends *after* the separator and the
    spaces that follow it, so ``text[end:]`` is the first word of the body.
    The colon form is ambiguous with labels (``Catatan:``, ``Skor:``) and
    interview speaker tags (``Prabowo: ...``); labels from
    ``segment_dateline_stop.txt`` are rejected, speaker tags are not.
    """
    head = text[:200]
    m = _DATELINE_DASH_RE.match(head)
    if m is None:
        m = _DATELINE_COLON_RE.match(head) or _DATELINE_BARE_RE.match(head)
        if m is None or m.group("place").split()[0] in _word_set("dateline_stop"):
            return None
    elif m.group("place").split()[0] in _word_set("dateline_stop"):
        return None
    start = m.start("place")
    return start, m.end()


# ---------------------------------------------------------------- quotes


def quote_regions(s: str) -> list[tuple[int, int]]:
    """Closed quotations of ``s`` as (opening mark, end of closing mark) spans.

    The pairing is the shared one of :func:`pipeline.text.find_quote_runs`; a
    quotation that never closes yields no region (the caller then splits
    normally inside it).
    """
    return [(r.open, r.mark_end) for r in find_quote_runs(s, 0, len(s)) if r.closed]


def _holds_sentences(s: str, start: int, end: int) -> bool:
    """Whether a quotation may span sentence boundaries.

    The close must follow punctuation (``membantu,"`` / ``tahu."``), as a
    quoted term (``sebagai "komprehensif"``) does not, and the quotation must
    be shorter than ``MAX_QUOTE_CHARS``. This keeps a stray mark from pairing
    with one several sentences later and swallowing them.
    """
    close = end - 1
    while close > start and s[close] in ALL_QUOTES:
        close -= 1
    return end - start <= MAX_QUOTE_CHARS and s[: close + 1].rstrip()[-1:] in _QUOTE_END_PUNCT


def bracket_regions(s: str) -> list[tuple[int, int]]:
    """Balanced ``(...)`` / ``[...]`` spans of ``s``; unbalanced ones are ignored."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for i, c in enumerate(s):
        if c in OPEN_BRACKETS:
            stack.append((i, c))
        elif c in CLOSE_BRACKETS:
            while stack and stack[-1][1] != pairs[c]:
                stack.pop()
            if stack:
                regions.append((stack.pop()[0], i + 1))
    return regions


# ---------------------------------------------------------------- boundaries


def _starts_sentence(s: str, k: int) -> bool:
    """Whether the text at ``k`` looks like the start of a sentence.

    A parenthesis followed by a lower-case word is an apposition of what
    came before (``... Tbk. (BBNI) menambah ...``), not a new sentence; one
    that closes the line after a terminal is a note of its own, a reporter's
    credit (``... terkait persoalan ini. (ray/tribun-medan.com)``).
    """
    n = len(s)
    if k < n and s[k] == "(":
        close = s.find(")", k, k + 80)
        if close > 0 and not s[close + 1 :].strip():
            return True
        if close > 0:
            rest = s[close + 1 : close + 3].lstrip()
            if rest[:1].islower() or rest[:1] in ",;:":
                return False
    while k < n and s[k] in _LEADERS:
        k += 1
    if k >= n:
        return False
    return s[k].isupper() or s[k].isdigit()


def _next_word(s: str, k: int) -> str:
    """The whitespace-delimited token at ``k`` without leading quotes/brackets."""
    n = len(s)
    while k < n and s[k] in _LEADERS:
        k += 1
    e = k
    while e < n and not s[e].isspace():
        e += 1
    return s[k:e]


def _is_abbrev_token(tok: str) -> bool:
    """Whether ``tok`` (with its dot) is an initial or a known abbreviation."""
    if not tok.endswith("."):
        return False
    core = tok.rstrip(".,;:")
    if len(core) == 1 and core.isupper():
        return True
    return core.lower() in load_abbreviations() or bool(_INNER_DOT_RE.match(core))


def _token_before(s: str, i: int) -> tuple[str, int]:
    """The token ending at ``i`` (leading quotes/brackets stripped) and its start."""
    b = i
    while b > 0 and not s[b - 1].isspace():
        b -= 1
    tok_start = b
    while b < i and s[b] in ALL_QUOTES + OPEN_BRACKETS:
        b += 1
    return s[b:i], tok_start


def _dot_ends_sentence(s: str, p: int, k: int) -> bool:
    """Decide a single full stop at ``p`` whose next word starts at ``k``."""
    word, tok_start = _token_before(s, p)
    starts = _starts_sentence(s, k)
    if not word:
        return starts
    if word[-1] in ALL_QUOTES + CLOSE_BRACKETS:
        return starts  # "(20/10). Dia" or '"tidak". Dia'
    abbrevs = load_abbreviations()
    kind = abbrevs.get(word.lower())
    if kind == TITLE:
        return False
    if s[:tok_start].strip() == "" and _NUMBERED_RE.match(word):
        return False  # "1. Pendahuluan", "a. Ketentuan umum"
    if not starts:
        return False
    nxt = _next_word(s, k)
    before, _ = _token_before(s, tok_start - 1) if tok_start > 0 else ("", 0)
    if _INITIALS_RE.match(word) and not before[:1].isdigit():
        # "Susilo B. Yudhoyono", "B. J. Habibie", "Agus D.W. Martowardojo":
        # a name goes on far more often than a sentence ends on a letter;
        # after a number it is a unit ("Rp 14,6 T.") and splits normally
        return nxt.rstrip(",.;:") in _word_set("starters")
    if kind == POSTNOMINAL or (kind is None and _INNER_DOT_RE.match(word)):
        return not _is_abbrev_token(nxt)
    return True  # list_end or ordinary word


def _glued_ok(s: str, p: int, j: int) -> bool:
    """Whether a boundary with no space (``Ukraina.Korea``) is a real one."""
    n = len(s)
    if j >= n:
        return False
    k = j
    if s[k] in ALL_QUOTES:  # '...katanya."Lalu' after a closer, or an opener
        k += 1
    if not (k + 1 < n and s[k].isupper() and s[k + 1].islower()):
        return False
    before = s[p - 1] if p > 0 else " "
    opens_quote = s[j] in OPEN_GLYPHS  # "militer AS.“Tidak ...": a curly opener starts a quotation after any word
    if not (before.islower() or before in CLOSE_BRACKETS + ALL_QUOTES or (opens_quote and before.isalpha())):
        return False  # "S.Kom", "TRIBUNAMBON.COM", "1.A"
    word, _ = _token_before(s, p)
    if "://" in word or word.lower().startswith("www") or "@" in word:
        return False
    m = re.match(r"[A-Za-z]+", s[k:])
    following = m.group().lower() if m else ""
    return following not in top_level_domains()


@dataclass(frozen=True)
class _LineMarks:
    """Closed quotations and brackets of one line: where a boundary may not fall."""

    regions: list[tuple[int, int]]
    brackets: list[tuple[int, int]]
    closers: frozenset[int]
    openers: frozenset[int]

    @classmethod
    def of(cls, s: str) -> _LineMarks:
        runs = [r for r in find_quote_runs(s, 0, len(s)) if r.closed]
        return cls([(r.open, r.mark_end) for r in runs], bracket_regions(s), frozenset(r.close for r in runs),
                   frozenset(r.open for r in runs))

    def protects(self, s: str, j: int) -> bool:
        """Is ``j`` inside a quotation/parenthesis that closes later in the line?"""
        return any(a < j < b and _holds_sentences(s, a, b) for a, b in self.regions) or any(
            a < j < b for a, b in self.brackets)


def _after_terminal(s: str, j: int, marks: _LineMarks) -> int:
    """Closing quotes/brackets and more terminal marks after a terminal stay with the sentence."""
    n = len(s)
    while j < n:
        c = s[j]
        if c in CLOSE_BRACKETS or c in ".?!…":
            j += 1
        elif c in ALL_QUOTES and j not in marks.openers:
            if s[j : j + 2] == "''":
                j += 2
            elif j in marks.closers or (c not in OPEN_GLYPHS and (j + 1 >= n or not s[j + 1].isalnum())):
                j += 1
            else:
                break
        else:
            break
    return j


def _terminal_ends(s: str, p: int, j: int, punct: str) -> bool:
    """Does the terminal ``punct`` at ``p`` (with what follows up to ``j``) end a sentence?"""
    n = len(s)
    if not s[j].isspace():
        return len(punct) == 1 and _glued_ok(s, p, j)
    k = j
    while k < n and s[k].isspace():
        k += 1
    if k >= n:
        return False
    if "…" in punct or len(punct) >= 3 and set(punct) == {"."}:
        return _starts_sentence(s, k) and not s[k].isdigit()
    if punct == "." or set(punct) == {"."}:
        return _dot_ends_sentence(s, p, k)
    return _starts_sentence(s, k)


def _boundaries(s: str, protect_until: int = 0) -> list[int]:
    """Sentence end offsets inside one line ``s`` (exclusive, before spaces)."""
    marks = _LineMarks.of(s)
    ends: list[int] = []
    for m in _TERMINAL_RE.finditer(s):
        p, j = m.span()
        j = _after_terminal(s, j, marks)
        if j >= len(s) or j <= protect_until or not _terminal_ends(s, p, j, m.group()):
            continue
        if marks.protects(s, j) or (ends and ends[-1] >= j):
            continue
        ends.append(j)
    return ends


# ---------------------------------------------------------------- API


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_sentences(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split cleaned article text into sentences.

    ``spans`` are the (start, end) paragraph offsets in ``text`` (from
    ``CleanDoc.spans``); without them paragraphs are the blocks between blank
    lines. A newline inside a paragraph always ends a sentence. Each
    sentence's ``paragraph`` is the index of its span, ``index`` runs over the
    article and ``text == text[start:end]`` without surrounding spaces.
    """
    para_spans = list(spans) if spans is not None else paragraph_spans(text)
    out: list[Sentence] = []
    for pi, (pa, pb) in enumerate(para_spans):
        pa, pb = max(0, pa), min(len(text), pb)
        first_line = True
        for line_start, line_end in line_spans(text, pa, pb):
            la, lb = _strip_span(text, line_start, line_end)
            if la >= lb:
                continue
            line = text[la:lb]
            protect = 0
            if first_line:
                dl = find_dateline(line)
                protect = dl[1] if dl else 0
                first_line = False
            cut = la
            for e in [*_boundaries(line, protect), len(line)]:
                a, b = _strip_span(text, cut, la + e)
                if a < b:
                    out.append(Sentence(index=len(out), start=a, end=b, text=text[a:b], paragraph=pi))
                cut = la + e
    return out


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (for spaCy and benchmarks)."""
    return [s.start for s in split_sentences(text)]

"""One article of the report: its cleaned paragraphs with the quotes drawn by displaCy.

The report is rebuilt from the output tables alone, where ``paragraphs``
holds each kept paragraph's *cleaned* text with *raw* offsets and
``quotes`` the raw quote text with raw offsets. :func:`locate` finds a raw
string in the cleaned text: it puts the string through the cleaning step's
own character normalisation (HTML entities decoded, tags dropped, zero-width
characters removed, quote-mark variants folded) and compares without
whitespace, since cleaning otherwise only folds spaces and puts spaces into
glued sentences and words.

Quotes, cues and speaker mentions are spans of the span renderer of spaCy's
displaCy (``style="span"`` in manual mode: tokens and spans given, one
renderer reused), with compact class-based templates so that a
10,000-article report stays small. Each quote's label
("DIRECT · Sergey Lavrov") carries its details for the hover tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import pandas as pd

from ..clean import _normalise_chars as clean_chars  # one definition of character-level cleaning

# displaCy span templates: a CSS class per kind of span, stacking slot and height (see report.css)
# instead of displaCy's inline styles, so a 10,000-article report stays small. displaCy passes
# the colour of a span's label as {bg}; the colours given to it are these class names.
SPAN_CLASS = {"direct": "d", "indirect": "i", "cue": "c", "speaker": "s"}
TEMPLATES = {
    "span": '<span class="dt h{total_height}">{text}{span_slices}{span_starts}</span> ',
    "slice": '<i class="{bg} t{top_offset}"></i>',
    "start": '<i class="{bg} t{top_offset} st"><b class="dl {bg}">{label}{kb_link}</b></i>',
}
_SEARCH_WINDOW = 400  # characters around the expected place searched for a cue or speaker mention


@dataclass
class Located:
    """A span of a paragraph's cleaned text and how it is drawn."""

    start: int
    end: int
    kind: str  # direct, indirect, cue, speaker
    label: str  # displaCy label (HTML; quote labels carry their tooltip)


@dataclass
class ArticleView:
    """What the template shows of one article."""

    article: dict
    paragraphs: list[str] = field(default_factory=list)  # HTML per kept paragraph
    quotes: list[dict] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)  # quote ids not found in the text


# --------------------------------------------------------------------------- locating

def _key(text: str) -> tuple[str, list[int]]:
    """Cleaned text without whitespace, with the index of each character kept."""
    idx = [i for i, c in enumerate(text) if not c.isspace()]
    return "".join(text[i] for i in idx), idx


def _raw_key(raw: str) -> str:
    """Raw text as the cleaning step sees it (entities decoded, tags, zero-width characters and odd
    quote marks handled by its own character normalisation), without whitespace."""
    chars, _ = clean_chars(raw, 0, len(raw))
    return "".join(c for c in chars if not c.isspace())


def _nearest(starts: list[int], near: int) -> int | None:
    return min(starts, key=lambda s: (abs(s - near), s)) if starts else None


def _occurrences(needle: str, text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start of every occurrence of ``needle`` in ``text[lo:hi]`` (str.find: no regex to compile per quote)."""
    hi = len(text) if hi is None else hi
    found, i = [], text.find(needle, lo, hi)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1, hi)
    return found


def locate(needle: str, text: str, near: int) -> tuple[int, int] | None:
    """``(start, end)`` of raw ``needle`` in cleaned ``text``, the occurrence nearest ``near``; None if absent."""
    if not needle.strip():
        return None
    hit = _nearest(_occurrences(needle, text), near)
    if hit is not None:
        return hit, hit + len(needle)
    key, idx = _key(text)
    nkey = _raw_key(needle)
    if not nkey:
        return None
    near_k = next((k for k, i in enumerate(idx) if i >= near), len(idx))
    k = _nearest(_occurrences(nkey, key), near_k)
    if k is None:
        return None
    return idx[k], idx[k + len(nkey) - 1] + 1


def _is_word_at(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _locate_word(word: str, text: str, around: tuple[int, int]) -> tuple[int, int] | None:
    """A whole-word occurrence of ``word`` nearest the span ``around`` (cues, speaker mentions)."""
    if not word.strip() or len(word) < 2:
        return None
    lo, hi = max(0, around[0] - _SEARCH_WINDOW), min(len(text), around[1] + _SEARCH_WINDOW)
    hits = [(i, i + len(word)) for i in _occurrences(word, text, lo, hi) if _is_word_at(text, i, i + len(word))]
    if not hits:
        return None

    def distance(h: tuple[int, int]) -> int:
        return max(around[0] - h[1], h[0] - around[1], 0)

    return min(hits, key=lambda h: (distance(h), h[0]))


# --------------------------------------------------------------------------- labels

def quote_tip(q: dict) -> str:
    """The hover text of a quote: speaker, role, confidence, resolution, cue."""
    parts = [f"{q['quote_type']} quote {q['quote_id']}", f"speaker: {q['speaker'] or 'unknown'}"]
    if q["speaker_mention"] and q["speaker_mention"] != q["speaker"]:
        parts.append(f"mention: {q['speaker_mention']}")
    conf = q["confidence"]
    parts.append(f"role: {q['speaker_role'] or '-'}")
    parts.append(f"confidence: {conf:.2f}" if conf is not None and pd.notna(conf) else "confidence: -")
    parts.append(f"resolution: {q['resolution'] or '-'}")
    parts.append(f"cue: {q['cue'] or '-'}")
    return "\n".join(parts)


def quote_label(q: dict) -> str:
    """displaCy label of a quote: type and speaker, with its details for the hover tooltip."""
    text = f"{q['quote_type'].upper()} · {q['speaker'] or '?'}"
    return (f'<span class="qchip" data-quote="{escape(q["quote_id"])}" '
            f'data-tip="{escape(quote_tip(q))}" tabindex="0">{escape(text)}</span>')


# --------------------------------------------------------------------------- spans

def _offset(q: dict, name: str) -> int | None:
    """A raw offset column of a quote when the table has it (speaker_start, cue_start, ...)."""
    value = q.get(name)
    return int(value) if value is not None and pd.notna(value) and int(value) >= 0 else None


def _side_span(q: dict, text: str, para: tuple[int, int], word: str, prefix: str, around: tuple[int, int]):
    """Cue or speaker mention in this paragraph, or None.

    With offset columns (``cue_start``, ``speaker_start``: raw, empty when
    there is nothing to point at, e.g. a speaker carried from an earlier
    sentence) the span is the one they give; tables without them fall back
    on the whole word nearest the quote.
    """
    if f"{prefix}_start" in q:
        start = _offset(q, f"{prefix}_start")
        if start is None or not word or not para[0] <= start < para[1]:
            return None
        return locate(word, text, start - para[0])
    return _locate_word(word, text, around)


def paragraph_spans(text: str, para: tuple[int, int], quotes: list[dict], others: list[dict] = ()
                    ) -> tuple[list[Located], list[str]]:
    """Spans of the quotes that start in paragraph ``para`` (raw start, end), with their cues and speakers.

    ``others`` are the article's other quotes, whose cue or speaker mention may
    lie in this paragraph. Returns the spans and the ids of quotes not found.
    """
    spans: list[Located] = []
    missing: list[str] = []
    for q in quotes:
        hit = locate(q["quote_text"], text, q["char_start"] - para[0])
        if hit is None:
            missing.append(q["quote_id"])
            continue
        spans.append(Located(hit[0], hit[1], q["quote_type"], quote_label(q)))
        spans += _side_spans(q, text, para, hit)
    for q in others:  # only tables with offset columns say where other quotes' cues and speakers are
        spans += _side_spans(q, text, para, None)
    unique = {(s.start, s.end, s.kind, s.label): s for s in spans}
    return list(unique.values()), missing


def _side_spans(q: dict, text: str, para: tuple[int, int], around: tuple[int, int] | None) -> list[Located]:
    """The cue and speaker mention of quote ``q`` found in this paragraph."""
    out = []
    for kind, prefix, word in (("cue", "cue", q["cue"]), ("speaker", "speaker", q["speaker_mention"])):
        if around is None and f"{prefix}_start" not in q:
            continue
        hit = _side_span(q, text, para, word, prefix, around or (0, 0))
        if hit is not None:
            out.append(Located(hit[0], hit[1], kind, kind))
    return out


@lru_cache(maxsize=1)
def span_renderer():
    """displaCy's span renderer with the report's templates, made once (making one scans entry points)."""
    from ..spacy_loading import import_spacy

    import_spacy()  # torch kept out (pipeline.spacy_loading)
    from spacy.displacy.render import SpanRenderer

    return SpanRenderer({"template": TEMPLATES})


def render_paragraph(text: str, spans: list[Located]) -> str:
    """One paragraph as displaCy span markup (plain escaped text when it has no spans)."""
    if not spans:
        return f'<p class="plain">{escape(text)}</p>'
    tokens = text.split(" ")
    bounds, pos = [], 0
    for tok in tokens:
        bounds.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    items = []
    for s in spans:
        first = next(i for i, (_, e) in enumerate(bounds) if e > s.start or i == len(bounds) - 1)
        last = max(i for i, (b, _) in enumerate(bounds) if b < s.end or i == first)
        items.append({"start_token": first, "end_token": last + 1, "label": s.label})
    renderer = span_renderer()
    renderer.colors = {s.label.upper(): SPAN_CLASS.get(s.kind, "d") for s in spans}  # {bg}: a CSS class
    html = renderer.render([{"text": text, "tokens": tokens, "spans": items}]).strip()
    return f'<div class="para">{html}</div>'


def article_view(article: dict, paragraphs: list[dict], quotes: list[dict]) -> ArticleView:
    """The article's kept paragraphs (in order) with every quote located and rendered."""
    view = ArticleView(article=article, quotes=quotes)
    placed: set[str] = set()
    for p in paragraphs:
        inside = [q for q in quotes if p["char_start"] <= q["char_start"] < p["char_end"]]
        others = [q for q in quotes if not p["char_start"] <= q["char_start"] < p["char_end"]]
        spans, missing = paragraph_spans(p["text"], (p["char_start"], p["char_end"]), inside, others)
        placed.update(q["quote_id"] for q in inside if q["quote_id"] not in missing)
        view.paragraphs.append(render_paragraph(p["text"], spans))
    view.unlocated = [q["quote_id"] for q in quotes if q["quote_id"] not in placed]
    return view

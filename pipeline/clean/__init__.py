"""Turn a raw web dump into clean paragraphs with a character map back to the raw text.

Each non-blank input line is a :class:`Paragraph`. Lines that are web
boilerplate (menus, widgets, credits, captions, "Baca juga" links, lines
repeated across an outlet, short verbless fragments, the headline) are
marked ``kept=False`` with a reason; the rest are lightly repaired (spaces,
odd quote variants, glued sentences) and joined with blank lines. Every
cleaned character keeps the raw index it came from, so later stages can report
exact raw substrings. Quote characters are never converted: downstream stages
look for them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.ingest import url_domain
from pipeline.records import Article, CleanDoc, Paragraph
from pipeline.segment import split_sentences
from pipeline.text import (
    DOUBLE_MARKS,
    LINE_BREAK,
    OPEN_GLYPHS,
    ends_sentence,
    headline_like,
    raw_char_end,
    top_level_domains,
)

from ..resource_files import RESOURCES
from .glue import Vocabulary, glue_points
from .markup import decoded_at, may_start_markup, segments

__all__ = [
    "LineSample",
    "RepeatedLines",
    "Rules",
    "assemble",
    "clean",
    "line_sample",
    "load_rules",
    "normalise_line",
    "outlet_of",
    "repeated_lines",
]

# characters removed outright (zero-width and soft hyphen)
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_NO_ZERO_WIDTH = {ord(c): None for c in ZERO_WIDTH}
# odd double-quote variants unified to '"'; the usual “ ” ‘ ’ « » " stay as they are
QUOTE_VARIANTS = {"\u201e": '"', "\u201f": '"', "\uff02": '"', "\u2033": '"', "\u301d": '"', "\u301e": '"'}
QUOTE_CHARS = frozenset('"“”‘’«»„‟＂″')
# an apostrophe used as a quote mark: at a word edge, not inside "Jum'at"
_SINGLE_QUOTE = re.compile(r"(?:^|\s)'\w|\w'(?:\s|$|[,.!?])")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|[-–•*·])\s*\w")
# a lowercase letter or closer, sentence punctuation, then a capitalised word
_GLUED = re.compile(r"(?<=[a-z)\]”’\"])([.?!])(?=[“\"‘«]?[A-Z](?:[a-z]|[A-Z]+\b))"
                    r"|(?<=[A-Z]{2})([.?!])(?=[A-Z][a-z]{2,})")  # "... resmi BMKG.Sementara itu": after an acronym
# trailing editor marks after the last sentence: "(*)", "[ab/ns]", "(rdp/imk)"
_TRAILING_MARK = re.compile(
    r"(?<=[.!?\"”’)])\s*(?:\(\*\)|\[[a-z]{1,5}(?:/[a-z]{1,5})*\]|\([a-z]{2,5}(?:/[a-z]{2,5})+\))\s*$"
)


@dataclass(frozen=True)
class Rules:
    """Boilerplate rules and word lists, loaded from ``pipeline/resources``."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    verb_circumfixes: tuple[tuple[str, str], ...]
    verb_words: frozenset[str]
    abbreviations: frozenset[str]
    inline: tuple[tuple[str, re.Pattern[str]], ...] = ()
    short_max_words: int = 8
    headline_max_words: int = 25
    long_line_chars: int = 1200  # a line this long is several paragraphs glued together
    headline_title_share: float = 0.6


def _data_lines(path: Path) -> list[str]:
    """Non-comment, non-blank lines of a resource file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.rstrip("\n"))
    return out


def _read_patterns(source: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``<rule_name> <regex>`` lines; a bad line or regex is an error naming the file and line."""
    patterns = []
    for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.strip().split(None, 1)
        if len(parts) != 2 or not re.fullmatch(r"[a-z_]+", parts[0]):
            raise ValueError(f"{source}:{n}: expected '<rule_name> <regex>', got {line!r}")
        try:
            patterns.append((parts[0], re.compile(parts[1])))
        except re.error as exc:
            raise ValueError(f"{source}:{n}: bad regex for rule {parts[0]}: {exc}") from exc
    return tuple(patterns)


@lru_cache(maxsize=4)
def load_rules(resource_dir: str | None = None) -> Rules:
    """Load (once per folder) the rules from the resource files.

    Raises ValueError naming the file and line when a regex does not compile,
    so a bad edit to ``boilerplate.txt`` fails loudly.
    """
    folder = Path(resource_dir) if resource_dir else RESOURCES
    patterns = _read_patterns(folder / "boilerplate.txt")
    prefixes, suffixes, circumfixes = [], [], []
    for affix in _data_lines(folder / "clean_verb_affixes.txt"):
        affix = affix.strip().lower()
        if affix.startswith("-"):
            suffixes.append(affix[1:])
        elif affix.endswith("-"):
            prefixes.append(affix[:-1])
        elif "-" in affix:
            pre, suf = affix.split("-", 1)
            circumfixes.append((pre, suf))
    words = frozenset(w.strip().lower() for w in _data_lines(folder / "clean_verbs.txt"))
    abbrevs = frozenset(w.strip().lower() for w in _data_lines(folder / "clean_abbreviations.txt"))
    return Rules(
        patterns=patterns,
        inline=_read_patterns(folder / "inline_boilerplate.txt"),
        verb_prefixes=tuple(prefixes),
        verb_suffixes=tuple(suffixes),
        verb_circumfixes=tuple(circumfixes),
        verb_words=words,
        abbreviations=abbrevs,
    )


# --------------------------------------------------------------------------- line tests


def normalise_line(text: str) -> str:
    """Key for counting repeated lines: lowercase, no digits, single spaces."""
    text = re.sub(r"\d+", "", text.lower())
    text = text.translate(_NO_ZERO_WIDTH)
    return " ".join(text.split())


def _has_quote(text: str) -> bool:
    return any(c in QUOTE_CHARS for c in text) or bool(_SINGLE_QUOTE.search(text))


def _verb_like(word: str, rules: Rules) -> bool:
    """A lower-case word that looks like a verb or predicate (affix or word list)."""
    if not word.islower():
        return False
    w = word.strip("-")
    for clitic in ("nya", "lah", "kah", "pun"):
        if w.endswith(clitic) and w[: -len(clitic)] in rules.verb_words:
            return True
    if w in rules.verb_words:
        return True
    if any(w.startswith(p) and len(w) - len(p) >= 3 for p in rules.verb_prefixes):
        return True
    if any(w.endswith(s) and len(w) - len(s) >= 3 for s in rules.verb_suffixes):
        return True
    return any(
        w.startswith(p) and w.endswith(s) and len(w) - len(p) - len(s) >= 3 for p, s in rules.verb_circumfixes
    )


def _short_no_verb(text: str, rules: Rules) -> bool:
    """Short fragment with no verb, no sentence end and no quote: a label, not prose.

    List items ("1. Ketum PDIP Megawati Soekarnoputri") and lower-case lead-ins
    ending in a colon ("Berikut daftar saksi:") are body text, so they stay.
    """
    words = text.split()
    if len(words) > rules.short_max_words or _has_quote(text) or ends_sentence(text):
        return False
    if _LIST_ITEM.match(text):
        return False
    tokens = _WORD.findall(text)
    if text.endswith(":") and sum(1 for w in tokens if w.islower() and len(w) >= 3) >= 2:
        return False
    return not any(_verb_like(w, rules) for w in tokens)


def _headline_like(text: str, rules: Rules) -> bool:
    """Title Case line with no sentence end: how these sites print the headline."""
    return 3 <= len(text.split()) <= rules.headline_max_words and headline_like(text, rules.headline_title_share)


def _boilerplate_rule(text: str, rules: Rules, repeated: frozenset[str]) -> str:
    """Reason for dropping one normalised line, or '' to keep it."""
    if not any(c.isalnum() for c in text):
        return "boilerplate:no_letters"
    for name, pattern in rules.patterns:
        if pattern.search(text):
            return f"boilerplate:{name}"
    if repeated and normalise_line(text) in repeated:
        return "boilerplate:repeated_in_outlet"
    if _short_no_verb(text, rules):
        return "boilerplate:short_no_verb"
    return ""


# --------------------------------------------------------------------------- char-level


def _push(chars: list[str], idx: list[int], c: str, i: int) -> None:
    """Append one cleaned character: zero-width dropped, whitespace runs folded, odd quotes unified."""
    if c in ZERO_WIDTH:
        return
    if c.isspace():
        if chars and chars[-1] != " ":
            chars.append(" ")
            idx.append(i)
        return
    chars.append(QUOTE_VARIANTS.get(c, c))
    idx.append(i)


# the characters _push or markup decoding may change: every other one is copied as it is
_NEEDS_CARE = re.compile("[\\s" + re.escape("".join(sorted(ZERO_WIDTH)) + "".join(QUOTE_VARIANTS) + "&<")
                         + "\xc2-\xf4]")


def _normalise_chars(raw: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """Whitespace/zero-width/quote-variant normalisation of raw[start:end] with raw indices.

    HTML entities become their characters (mapped to the raw ``&``) and
    inline tags disappear; runs of whitespace become one space at the raw
    index of the first one; the result is stripped.
    """
    chars: list[str] = []
    idx: list[int] = []
    i = start
    while i < end:
        plain = _NEEDS_CARE.search(raw, i, end)
        stop = plain.start() if plain else end
        if stop > i:  # most of a line: characters kept as they are, copied in one go
            chars.extend(raw[i:stop])
            idx.extend(range(i, stop))
            i = stop
            continue
        found = decoded_at(raw, i, end) if may_start_markup(raw[i]) else None
        if found is None:
            _push(chars, idx, raw[i], i)
            i += 1
            continue
        for c in found[0]:
            _push(chars, idx, c, i)
        i = found[1]
    while chars and chars[-1] == " ":
        chars.pop()
        idx.pop()
    return chars, idx


def _drop_inline(chars: list[str], idx: list[int], rules: Rules) -> tuple[list[str], list[int], list[str]]:
    """Cut site furniture out of a line (``ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT``).

    Returns the line and the names of the rules that cut; a line that would
    be left empty is returned as it was, for the whole-line rules to judge.
    """
    text = "".join(chars)
    cuts = [(m.start(), m.end(), name) for name, pattern in rules.inline for m in pattern.finditer(text)]
    if not cuts:
        return chars, idx, []
    keep = [True] * len(chars)
    for a, b, _ in cuts:
        keep[a:b] = [False] * (b - a)
    out_c, out_i = [], []
    for c, i, k in zip(chars, idx, keep, strict=True):
        if k:
            _push(out_c, out_i, c, i)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        out_i.pop()
    if not any(c.isalnum() for c in out_c):
        return chars, idx, []
    return out_c, out_i, sorted({name for _, _, name in cuts})


def _pieces(chars: list[str], idx: list[int], rules: Rules) -> list[tuple[list[str], list[int]]]:
    """A line longer than a paragraph ever is (one-line dumps) cut into its sentences."""
    if len(chars) <= rules.long_line_chars:
        return [(chars, idx)]
    text = "".join(chars)
    return [(chars[s.start:s.end], idx[s.start:s.end]) for s in split_sentences(text)]


def _without_glued_headlines(pieces: list[tuple[list[str], list[int]]], rules: Rules,
                             min_body_words: int = 8) -> list[tuple[list[str], list[int]]]:
    """``Baca juga: Bos IAEA Peringatkan Israel ... Ini Penjelasannya "[Dokumen] ini ...," kata ...``: a
    one-line dump glues the story after a related link's headline; the link goes (a rule drops it), the story
    it swallowed (a sentence: eight words or more and a sentence end) is cut off as a piece of its own."""
    out = []
    for chars, idx in pieces:
        text = "".join(chars)
        related = any(name == "related" and pattern.search(text) for name, pattern in rules.patterns)
        cut = _glued_headline_end(text) if related else 0
        story = text[cut:].strip()
        if cut and len(story.split()) >= min_body_words and ends_sentence(story):
            start = cut + len(text[cut:]) - len(text[cut:].lstrip())
            out += [(chars[:cut], idx[:cut]), (chars[start:], idx[start:])]
        else:
            out.append((chars, idx))
    return out


def _glued_headline_end(text: str, min_words: int = 3) -> int:
    """Where the story starts after a related link's Title Case headline (0: nowhere): at an opening quote
    mark, or at the capitalised word before the first lower-case one (``... Datangi Kejagung |Dia pun``)."""
    words = list(re.finditer(r"\S+", text))
    colon = next((i for i, w in enumerate(words[:4]) if w.group().endswith(":")), 1)
    headline = words[colon + 1:]
    for k, w in enumerate(headline):
        first = w.group()[0]
        if k >= min_words and (first in OPEN_GLYPHS or first in DOUBLE_MARKS):
            return w.start()
        if first.islower() and k > min_words and headline[k - 1].group()[0].isupper():
            return headline[k - 1].start()
        if first.islower():
            return 0  # a lower-case headline: no telling where it ends
    return 0


def _repair(chars: list[str], idx: list[int], rules: Rules,
            vocab: Vocabulary | None = None) -> tuple[list[str], list[int]]:
    """Strip trailing editor marks and put a space into glued sentences and glued words (kept lines only)."""
    text = "".join(chars)
    mark = _TRAILING_MARK.search(text)
    if mark and mark.start() > 0:
        chars, idx = chars[: mark.start()], idx[: mark.start()]
        text = text[: mark.start()]
    inserts = _glued_sentences(text, rules) + (glue_points(text, vocab) if vocab is not None else []) + \
        [m.end() for m in _GLUED_DASH.finditer(text)]
    for p in sorted(set(inserts), reverse=True):
        chars.insert(p, " ")
        idx.insert(p, idx[p])  # inserted char maps to the next raw char
    return chars, idx


# "Liputan6.com, Washington DC -Presiden Donald Trump": the dateline's dash glued to the lead's first word
_GLUED_DASH = re.compile(r"(?<=\s)[-\u2013\u2014](?=[A-Z][a-z])")


def _glued_sentences(text: str, rules: Rules) -> list[int]:
    """Where a space belongs after a full stop glued to the next sentence (``Ukraina.Korea``, ``.“Karena``)."""
    inserts = []
    for m in _GLUED.finditer(text):
        p = m.start(1) if m.group(1) else m.start(2)
        left = text.rfind(" ", 0, p) + 1
        right = text.find(" ", p)
        token = text[left : right if right >= 0 else len(text)]
        if "/" in token or "www." in token.lower() or "@" in token:
            continue  # URLs, e-mails, case numbers like "135/Pid.Sus-LH/2025"
        before = re.search(r"[A-Za-z]+$", text[left:p])
        if before and (len(before.group(0)) == 1 or before.group(0).lower() in rules.abbreviations):
            continue  # an initial or abbreviation: "a.Kom", "dr.Budi"
        after = re.match(r"[A-Za-z]+", text[p + 1 :])
        if after and after.group(0).lower() in top_level_domains():
            continue  # a domain: "detik.Com"
        inserts.append(p + 1)
    return inserts


def assemble(
    article_id: str, raw: str, paragraphs: list[Paragraph], pieces: list[tuple[str, list[int]]]
) -> CleanDoc:
    """Join kept paragraph texts with blank lines and build offsets/spans.

    ``pieces`` holds (text, raw index per char) for each kept paragraph in
    order. Separator characters map to the raw index of the next paragraph's
    first character; the final offset is the raw end of the last paragraph.
    """
    parts: list[str] = []
    offsets: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for text, idx in pieces:
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            offsets.extend([idx[0], idx[0]])
            pos += 2
        parts.append(text)
        offsets.extend(idx)
        spans.append((pos, pos + len(text)))
        pos += len(text)
    offsets.append(offsets[-1] + 1 if offsets else 0)
    return CleanDoc(
        article_id=article_id,
        raw=raw,
        text="".join(parts),
        offsets=offsets,
        paragraphs=paragraphs,
        spans=spans,
    )


# --------------------------------------------------------------------------- entry points


def clean(
    article: Article | str,
    article_id: str = "",
    repeated: frozenset[str] = frozenset(),
    rules: Rules | None = None,
) -> CleanDoc:
    """Split ``article`` into lines, drop boilerplate, repair kept lines, map offsets.

    ``repeated`` is the output of :func:`repeated_lines` over the corpus the
    article comes from (optional). Every input line is returned in
    ``paragraphs`` with ``kept`` and ``reason`` so removals can be audited.
    """
    rules = rules or load_rules()
    if isinstance(article, Article):
        raw, title = article.text or "", article.title
        article_id = article_id or article.article_id
    else:
        raw, title = article or "", ""
    paragraphs: list[Paragraph] = []
    normalised: list[tuple[list[str], list[int]]] = []
    for line_start, line_end in segments(raw):
        chars, idx = _normalise_chars(raw, line_start, line_end)
        if not chars:
            continue
        chars, idx, _cut = _drop_inline(chars, idx, rules)
        for piece_chars, piece_idx in _without_glued_headlines(_pieces(chars, idx, rules), rules):
            text = "".join(piece_chars)
            reason = _boilerplate_rule(text, rules, repeated)
            paragraphs.append(Paragraph(index=len(paragraphs), raw_start=piece_idx[0],
                                        raw_end=raw_char_end(raw, piece_idx[-1]), text=text, kept=not reason,
                                        reason=reason))
            normalised.append((piece_chars, piece_idx))
    _mark_headline(paragraphs, title, rules)
    vocab = Vocabulary.of(" ".join(p.text for p in paragraphs))
    pieces = []
    for para, (chars, idx) in zip(paragraphs, normalised, strict=True):
        if not para.kept:
            continue
        chars, idx = _repair(list(chars), list(idx), rules, vocab)
        para.text = "".join(chars)
        if not para.text:
            para.kept, para.reason = False, "boilerplate:no_letters"
            continue
        pieces.append((para.text, idx))
    return assemble(article_id, raw, paragraphs, pieces)


def _mark_headline(paragraphs: list[Paragraph], title: str, rules: Rules) -> None:
    """Drop the headline (no quotes per the guidelines, but often quote marks).

    With a known title, only a line equal to it (ignoring case, digits and
    spaces) among the first few; without one, the first kept line if it is
    Title Case with no sentence end.
    """
    if title:
        key = normalise_line(title)
        for para in paragraphs[:6]:
            if normalise_line(para.text) == key:
                para.kept, para.reason = False, "headline"
                _drop_headline_repeats(paragraphs, key)
                return
        return
    first = next((p for p in paragraphs[:6] if p.kept), None)
    if first is not None and _headline_like(first.text, rules):
        first.kept, first.reason = False, "headline"
        _drop_headline_repeats(paragraphs, normalise_line(first.text))


HEADLINE_REPEAT_PREFIX_WORDS = 2  # "zoom-in", "Foto:": a caption's label before the repeated headline


def _drop_headline_repeats(paragraphs: list[Paragraph], key: str) -> None:
    """Tribunnews prints the headline again as a photo caption (``zoom-in Kapolres Kota Tual Siagakan ...``):
    a kept line that is the headline after a label of a word or two is the headline too, never the body."""
    for para in paragraphs:
        text = normalise_line(para.text)
        if para.kept and text.endswith(key) and len(text[:-len(key)].split()) <= HEADLINE_REPEAT_PREFIX_WORDS:
            para.kept, para.reason = False, "headline"


def outlet_of(article: Article) -> str:
    """The outlet an article belongs to: its source, url domain or file."""
    if article.source:
        return article.source
    domain = url_domain(article.url)
    if domain:
        return domain
    path = article.source_path
    head, sep, tail = path.rpartition(":")
    if sep and tail.isdigit():
        path = head
    return path


@dataclass(frozen=True)
class LineSample:
    """What one article gives the repeated-line count: its outlet, its opening and its short lines."""

    outlet: str
    opening: str  # normalised first 1,000 characters: republished copies of one article count once
    keys: tuple[str, ...]  # distinct normalised lines that may be furniture


def line_sample(article: Article, max_chars: int = 200) -> LineSample | None:
    """The lines of one article that :class:`RepeatedLines` counts (None: the article is not counted).

    Only lines of at most ``max_chars`` characters count, and quoted sentences
    (quote marks and >= 8 words) never do, so a corpus with many copies of one
    story does not turn its quotes into "boilerplate". Independent of every
    other article, so a cluster's workers make the samples and the run counts them.
    """
    if article.status != "ok" or not article.text:
        return None
    keys: dict[str, None] = {}
    for line in LINE_BREAK.split(article.text):
        if len(line) > max_chars * 2 or (_has_quote(line) and len(line.split()) >= 8):
            continue
        key = normalise_line(line)
        if 2 <= len(key) <= max_chars:
            keys[key] = None
    return LineSample(outlet_of(article), normalise_line(article.text[:1000]), tuple(keys))


class RepeatedLines:
    """Normalised lines that recur in many articles of one outlet (site furniture), counted as samples come.

    Lines are counted by hash; a line's text is kept only once it has been
    seen in two articles. When more than ``max_keys`` hashes are tracked, the
    ones seen once are forgotten, which bounds memory at the cost of missing
    lines that are rare at first and frequent later.
    """

    def __init__(self, min_articles: int = 5, min_share: float = 0.05, max_keys: int = 1_000_000) -> None:
        self.min_articles, self.min_share, self.max_keys = min_articles, min_share, max_keys
        self.per_outlet: Counter[str] = Counter()
        self.counts: Counter[tuple[str, int]] = Counter()
        self.texts: dict[tuple[str, int], str] = {}
        self.openings: set[int] = set()

    def add(self, sample: LineSample | None) -> None:
        """Count one article's sample (in input order: the first of republished copies counts)."""
        if sample is None:
            return
        opening = hash((sample.outlet, sample.opening))
        if opening in self.openings:
            return
        self.openings.add(opening)
        self.per_outlet[sample.outlet] += 1
        for key in sample.keys:
            k = (sample.outlet, hash(key))
            self.counts[k] += 1
            if self.counts[k] == 2:
                self.texts[k] = key
        if len(self.counts) > self.max_keys:
            for k in [k for k, v in self.counts.items() if v == 1]:
                del self.counts[k]

    def lines(self) -> frozenset[str]:
        out = set()
        for (outlet, h), n in self.counts.items():
            if n >= self.min_articles and n >= self.min_share * self.per_outlet[outlet] and (outlet, h) in self.texts:
                out.add(self.texts[(outlet, h)])
        return frozenset(out)


def repeated_lines(
    articles: Iterable[Article],
    min_articles: int = 5,
    min_share: float = 0.05,
    max_chars: int = 200,
    max_keys: int = 1_000_000,
) -> frozenset[str]:
    """Normalised lines that recur in many articles of one outlet (site furniture).

    One streaming pass: :func:`line_sample` of each article counted by
    :class:`RepeatedLines` (see both for the rules).
    """
    counter = RepeatedLines(min_articles, min_share, max_keys)
    for article in articles:
        counter.add(line_sample(article, max_chars))
    return counter.lines()

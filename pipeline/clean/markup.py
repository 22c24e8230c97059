"""HTML left in raw dumps: entities decoded, tags dropped, block tags read as line breaks.

Scrapers often leave ``&ldquo;``, ``&nbsp;``, ``&#8220;`` and ``<p>``/``<br>``
in the text. Cleaning must see the characters they stand for (quotation
marks above all) while every cleaned character keeps the raw index it came
from, so ``quote_text == raw_text[char_start:char_end]`` still holds: a
decoded entity maps to the raw position of its ``&``.
"""

from __future__ import annotations

import html
import re

from ..text import DOUBLE_MARKS, HTML_ENTITY, LINE_BREAK

ENTITY = HTML_ENTITY
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,400})?/?>")
# tags that end a paragraph (read like a line break)
_BLOCK = r"<\s*(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?ol|/?blockquote|/?tr|/?table)\b[^<>]{0,400}>"
BLOCK_TAG = re.compile(_BLOCK, re.IGNORECASE)
_BREAK = re.compile(f"{LINE_BREAK.pattern}|{_BLOCK}", re.IGNORECASE)


_TERMINAL = ".!?…\"”’:;"
_LINK_WORDS = 4  # a link's or a term's words on a line of their own
_CLOSED_BEFORE_CUE = re.compile(r"[,.!?…][\"”’]\s+[a-z]")  # '," ujarnya': a quotation closed before its cue
_LIST_ITEM = re.compile(r"[a-z][.)]\s|\(\d+\)|\d+[.)]\s")


def soft_break(raw: str, start: int, end: int, segment_start: int | None = None) -> bool:
    """Is the single line break at ``raw[start:end]`` inside a sentence (a link or italics the scraper put
    on a line of its own: ``menjadikan \nhabitual daily\n dan``, ``Bandar Lampung (\nLampost.co\n)``)?

    Only where the line before does not end a sentence and a space, a lower-case letter, a bracket or
    a punctuation mark stands at the break, or a link's words stand alone on the line after; or inside a
    quotation the segment from ``segment_start`` (default: the line before) opened.
    """
    if raw[start:end] not in ("\n", "\r\n", "\r"):
        return False
    if _inside_quotation(raw, raw.rfind("\n", 0, start) + 1 if segment_start is None else segment_start, start, end):
        return True
    before, after = raw[max(0, start - 200):start].rstrip(" \t"), raw[end:end + 1]
    if not before or not after or before[-1] in _TERMINAL or before[-1] == "\n" or _LIST_ITEM.match(raw, end):
        return False  # a sentence, a list lead-in or a list item ends there
    return raw[start - 1:start] in (" ", "\t") or after in " \t" or (after.islower() and after.isascii()) or \
        after in ")]},.;:—–" or before[-1] in "([{" or _link_line(raw, end)


def _line_after(raw: str, end: int) -> tuple[str, int]:
    """The line starting at ``end`` and where its break starts (-1 at the end of the text)."""
    nxt = raw.find("\n", end)
    stop = nxt if nxt >= 0 else len(raw)
    if nxt > 0 and raw[nxt - 1] == "\r":
        nxt -= 1
    return raw[end:stop].rstrip("\r"), nxt


def _link_line(raw: str, end: int) -> bool:
    """Is the line at ``end`` a link's or a term's words alone (``ke\nKejagung\nterkait``, ``memastikan\nKopdes
    Merah Putih\ndi Jateng``): at most four words, no sentence end, and the sentence goes on in lower case
    on the line after?"""
    line, nxt = _line_after(raw, end)
    words = line.split()
    if nxt < 0 or not 0 < len(words) <= _LINK_WORDS or line.rstrip()[-1] in _TERMINAL:
        return False
    after = raw[raw.find("\n", nxt) + 1:][:1]
    return after.islower() and after.isascii()


def _inside_quotation(raw: str, opened: int, start: int, end: int) -> bool:
    """Does a quotation opened on the line before go on past the break (``"... Kami ini punya\nmultiplier
    effect.\nKalau hotel ... secara keseluruhan," ujarnya.``): the text from ``opened`` opens with a quotation
    mark and leaves it open, and the line after, not opening with a mark, closes it before a lower-case cue?"""
    line_before = raw[opened:start].strip()
    line, _ = _line_after(raw, end)
    if not line.strip() or line.lstrip()[0] in DOUBLE_MARKS or not line_before or \
            line_before[0] not in DOUBLE_MARKS or sum(line_before.count(m) for m in DOUBLE_MARKS) % 2 == 0:
        return False
    return sum(line.count(m) for m in DOUBLE_MARKS) % 2 == 1 and _CLOSED_BEFORE_CUE.search(line) is not None


def segments(raw: str) -> list[tuple[int, int]]:
    """Raw spans between line breaks and block tags (the input's lines; breaks inside a sentence joined)."""
    spans, pos = [], 0
    for m in _BREAK.finditer(raw):
        if soft_break(raw, m.start(), m.end(), pos):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(raw)))
    return spans


def may_start_markup(ch: str) -> bool:
    """Can ``ch`` open an entity, a tag or a mis-decoded UTF-8 character?"""
    return ch in "&<" or "\xc2" <= ch <= "\xf4"


def _byte_of(ch: str) -> int | None:
    """The byte a character stands for when UTF-8 was read as cp1252 or latin-1 (``€`` -> 0x80)."""
    if ord(ch) < 0x100:
        return ord(ch)
    try:
        data = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return data[0] if len(data) == 1 else None


def mojibake_at(raw: str, i: int, end: int) -> tuple[str, int] | None:
    """``â€œ`` -> ``“``, ``Ø§`` -> ``ا``: one UTF-8 character a scraper decoded byte by byte.

    Only an exact UTF-8 sequence counts (a lead byte, then its continuation
    bytes 0x80-0xBF), so Indonesian text in plain Latin letters never matches.
    """
    lead = ord(raw[i])
    size = 2 if lead <= 0xDF else 3 if lead <= 0xEF else 4
    if i + size > end:
        return None
    data = [lead]
    for ch in raw[i + 1:i + size]:
        byte = _byte_of(ch)
        if byte is None or not 0x80 <= byte <= 0xBF:
            return None
        data.append(byte)
    try:
        return bytes(data).decode("utf-8"), i + size
    except UnicodeDecodeError:
        return None


def decoded_at(raw: str, i: int, end: int) -> tuple[str, int] | None:
    """(what the entity, tag or mis-decoded character at ``raw[i]`` stands for, where it ends), or None
    for a plain character.

    A tag stands for nothing; an entity for its character(s); an unknown
    ``&word;`` stays as written.
    """
    ch = raw[i]
    if "\xc2" <= ch <= "\xf4":
        return mojibake_at(raw, i, end)
    if ch == "&":
        m = ENTITY.match(raw, i, end)
        if m:
            decoded = html.unescape(m.group())
            if decoded != m.group():
                return decoded, m.end()
    elif ch == "<":
        m = TAG.match(raw, i, end)
        if m:
            return "", m.end()
    return None

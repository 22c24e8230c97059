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

from ..text import HTML_ENTITY, LINE_BREAK

ENTITY = HTML_ENTITY
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,400})?/?>")
# tags that end a paragraph (read like a line break)
_BLOCK = r"<\s*(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?ol|/?blockquote|/?tr|/?table)\b[^<>]{0,400}>"
BLOCK_TAG = re.compile(_BLOCK, re.IGNORECASE)
_BREAK = re.compile(f"{LINE_BREAK.pattern}|{_BLOCK}", re.IGNORECASE)


def segments(raw: str) -> list[tuple[int, int]]:
    """Raw spans between line breaks and block tags (the input's lines)."""
    spans, pos = [], 0
    for m in _BREAK.finditer(raw):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(raw)))
    return spans


def decoded_at(raw: str, i: int, end: int) -> tuple[str, int] | None:
    """(what the entity or tag at ``raw[i]`` stands for, where it ends), or None for a plain character.

    A tag stands for nothing; an entity for its character(s); an unknown
    ``&word;`` stays as written.
    """
    ch = raw[i]
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

"""What attribution knows about one article before reading its quotes.

Names (the fullest form of each, aliases written ``NAME (ALIAS)``), roles
written next to names and the holders of those roles are collected once per
article; finders and sieves read them but never change them (what the
sieves learn while reading lives in :class:`pipeline.attribution.sieves.Discourse`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..records import Entity
from .config import DEFAULT_CONFIG, AttributionConfig
from .lexicon import Lexicon
from .words import clean_name, is_verb, role_start, role_words_ok

ALIAS = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,5}) ?\(([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\)")
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,6})\)")


@dataclass
class ArticleContext:
    """Names, roles and aliases of one article, plus the optional parser."""

    text: str
    lex: Lexicon
    config: AttributionConfig = DEFAULT_CONFIG
    persons: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # lower token/alias -> fullest name
    role_of: dict[str, str] = field(default_factory=dict)  # name -> role
    holder_of: dict[str, str] = field(default_factory=dict)  # lower role -> name
    parser: Any = None  # optional pipeline.syntax.Parser (or LazyParser), used when the rules find no subject
    parses: dict[int, list] = field(default_factory=dict)  # sentence start -> dependency parse (a cache)

    def expand(self, name: str) -> str:
        """Most complete form of ``name`` the article gives (Lavrov -> Sergey Lavrov)."""
        return expand(self.full_names, name)


def expand(full_names: Mapping[str, str], name: str) -> str:
    """Most complete form of ``name`` in ``full_names`` (a short name's words must all be in it)."""
    key = name.lower()
    if key in full_names:
        return full_names[key]
    toks = key.split()
    if toks and toks[-1] in full_names:
        full = full_names[toks[-1]]
        if set(toks) <= set(full.lower().split()):
            return full
    return name


def register_words(full_names: dict[str, str] | Any, name: str) -> None:
    """Make ``name`` the expansion of each of its capitalised words (the first name registered wins)."""
    for w in name.split():
        if len(w) > 2 and w[0].isupper() and w.lower() not in full_names:
            full_names[w.lower()] = name


def build_context(text: str, entities: list[Entity], lex: Lexicon,
                  config: AttributionConfig = DEFAULT_CONFIG) -> ArticleContext:
    ctx = ArticleContext(text=text, lex=lex, config=config)
    ctx.persons = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
    ctx.orgs = [e for e in entities if e.label in ("ORG", "LOC")]
    _collect_full_names(ctx)
    _collect_aliases(ctx)
    _collect_roles(ctx)
    return ctx


def _collect_full_names(ctx: ArticleContext) -> None:
    """The longest PER containing each token, and acronyms in parentheses after a name."""
    for ent in sorted(ctx.persons, key=lambda e: -len(e.text)):
        name = clean_name(ent.text)
        if not name:
            continue
        ctx.full_names.setdefault(name.lower(), name)
        register_words(ctx.full_names, name)
        m = ACRONYM_AFTER.match(ctx.text[ent.end:ent.end + 12])
        if m:
            ctx.full_names.setdefault(m.group(1).lower(), name)


def _collect_aliases(ctx: ArticleContext) -> None:
    """Aliases written as ``NAME (ALIAS)``: Agus Harimurti Yudhoyono (AHY), Saifullah Yusuf (Gus Ipul)."""
    for m in ALIAS.finditer(ctx.text):
        alias = m.group(2)
        ent = next((e for e in ctx.persons if e.start <= m.start(1) < e.end or e.end == m.end(1)), None)
        if ent is not None:
            name = clean_name(ent.text)
        else:
            words = m.group(1).split()
            if role_start(words, ctx.lex) == 0 and len(words) > 2:
                words = words[-2:]
            name = " ".join(words)
        known = ctx.full_names.get(alias.lower())
        if (known is None or known.lower() == alias.lower()) and alias.lower() != name.lower():
            ctx.full_names[alias.lower()] = ctx.expand(name)


def _collect_roles(ctx: ArticleContext) -> None:
    """Roles written ``ROLE NAME`` or ``NAME, ROLE,`` anywhere in the article."""
    for ent in ctx.persons:
        name = ctx.expand(clean_name(ent.text))
        prev_end = max((p.end for p in ctx.persons if p.end <= ent.start), default=0)
        role = role_before(ctx.text, ent.start, ctx.lex, prev_end, ctx.config.role_before_window) or role_after(
            ctx.text, ent.end, ctx.lex, ctx.config.role_after_window)
        if role and len(role.split()) <= ctx.config.max_role_words:
            if len(role) > len(ctx.role_of.get(name, "")):
                ctx.role_of[name] = role
            ctx.holder_of.setdefault(role.lower(), name)


def role_before(text: str, pos: int, lex: Lexicon, floor: int = 0, window: int = 160) -> str:
    """Role written right before a name: ``Menteri Luar Negeri Rusia |Sergey Lavrov``."""
    left = text[max(floor, pos - window):pos]
    left = left.rstrip(" ,")
    m = re.search(r"[^.;:!?\"“”()\n]*$", left)
    words = (m.group() if m else "").split()
    # keep the longest suffix that starts with a role head and has no verb
    for i in range(len(words)):
        cand = words[i:]
        if role_words_ok(cand, lex) and not any(is_verb(w, lex) for w in cand):
            if any(w.lower() in lex.np_stop or w.lower() in lex.words["conjunctions"] for w in cand[1:]):
                continue
            return " ".join(cand).strip(" ,")
    return ""


def role_after(text: str, pos: int, lex: Lexicon, window: int = 140) -> str:
    """Appositive role: ``Vedant Patel, |wakil juru bicara Departemen Luar Negeri AS,``."""
    m = re.match(r"\s*,\s*([^,.;:\"“”()\n]{3,120}?)\s*[,.]", text[pos:pos + window])
    if not m:
        return ""
    words = m.group(1).split()
    if words and role_words_ok(words, lex) and not any(is_verb(w, lex) for w in words):
        return m.group(1).strip()
    return ""

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
from functools import lru_cache
from typing import Any

from ..entities import EntityTable, link_entities, load_name_words
from ..entities.words import modern_name, spells_opening_syllables
from ..lexicon import Lexicon, load_org_short_forms, role_start
from ..records import Entity
from .config import DEFAULT_CONFIG, AttributionConfig

ALIAS = re.compile(r"([A-Z][\w'-]+(?: (?:dan |& )?[A-Z][\w'-]+){0,5}) ?\(([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\)")


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
    table: EntityTable = field(default_factory=EntityTable)
    parser: Any = None  # optional pipeline.syntax.Parser (or LazyParser), used when the rules find no subject
    parses: dict[int, list] = field(default_factory=dict)  # sentence start -> dependency parse (a cache)
    indexes: dict[str, Any] = field(default_factory=dict)  # word indexes built once per article, on first use

    def expand(self, name: str) -> str:
        """Most complete form of ``name`` the article gives (Lavrov -> Sergey Lavrov)."""
        return expand(self.full_names, name)

    def names_person(self, start: int, end: int) -> bool:
        """Does ``text[start:end]`` overlap a person the NER tagged?"""
        return any(e.start < end and start < e.end for e in self.persons)


def expand(full_names: Mapping[str, str], name: str) -> str:
    """Most complete form of ``name`` in ``full_names`` (a short name's words must all be in it)."""
    key = name.lower()
    if key in full_names:
        return full_names[key]
    modern = modern_name(key)
    if modern in full_names:  # "Sunarko" of an article that also writes "Soenarko"
        return full_names[modern]
    toks = key.split()
    if len(toks) > 1 and toks[0] in full_names and toks[0].upper() == name.split()[0]:
        full = full_names[toks[0]]  # "KPU DKI": a body's short form and words of its full name
        if set(toks[1:]) <= set(full.lower().split()):
            return full
    if toks and toks[-1] in full_names:
        full = full_names[toks[-1]]
        if set(toks) <= set(full.lower().split()):
            return full
    if len(toks) == 2 and toks[0] in load_name_words().familiar:  # "Kiai Cholil" of "Muhammad Cholil Nafis"
        full = expand(full_names, name.split()[1])
        if len(full.split()) > 1:
            return full
    return name


def person_names(ctx: ArticleContext) -> frozenset[str]:
    """Canonical names of the article's people, made once per article (resolving quotes adds sources and
    mentions to the entity table, never people)."""
    if "person_names" not in ctx.indexes:
        ctx.indexes["person_names"] = frozenset(e.canonical for e in ctx.table.person_entities())
    return ctx.indexes["person_names"]


def register_words(full_names: dict[str, str] | Any, name: str) -> None:
    """Make ``name`` the expansion of each of its capitalised words (the first name registered wins)."""
    for w in name.split():
        if len(w) > 2 and w[0].isupper() and w.lower() not in full_names:
            full_names[w.lower()] = name


def build_context(text: str, entities: list[Entity], lex: Lexicon, config: AttributionConfig = DEFAULT_CONFIG,
                  table: EntityTable | None = None) -> ArticleContext:
    """The article's names and roles from its entity table (built from ``entities`` when not given)."""
    table = table if table is not None else link_entities(text, entities)
    ctx = ArticleContext(text=text, lex=lex, config=config, table=table)
    ctx.persons = table.person_mentions()
    ctx.orgs = [e for e in entities if e.label in ("ORG", "LOC")]
    ctx.full_names = table.full_names()
    ctx.role_of = table.role_of()
    ctx.holder_of = table.holder_of()
    _collect_aliases(ctx)
    _collect_initials(ctx, frozenset(e.text for e in entities if e.label == "PER"))
    _collect_organisation_initials(ctx)
    _collect_organisation_short_forms(ctx)
    _collect_inner_initials(ctx)
    _collect_syllable_short_forms(ctx)
    return ctx


_TITLE_WORD = re.compile(r"\b([A-Z][a-z]{3,7})\b")


def _collect_syllable_short_forms(ctx: ArticleContext) -> None:
    """``Universitas Udayana`` ... ``pihak Unud membantah``: Indonesian builds a body's short form from the
    opening letters of each word of its name (``Unud``, ``Unpad``, ``Bapenda``); a capitalised word the
    article writes that spells such a form of exactly one of its organisations (the words from an
    organisation word to the name's end) is that body. The lists know the common ones; this finds the rest."""
    bodies = _named_bodies(ctx)
    if not bodies:
        return
    for word in sorted({m.group(1) for m in _TITLE_WORD.finditer(ctx.text)}):
        key = word.lower()
        if ctx.full_names.get(key, key).lower() != key or key in ctx.lex.org_words or word in ctx.role_of:
            continue  # a word the article already expands (a person's first name, a bracketed alias), or a
            # one-word name the article gives a role (a person, whatever the letters spell)
        owners = {b for b in bodies if spells_opening_syllables(key, b.lower().split())}
        if len(owners) == 1:
            ctx.full_names[key] = owners.pop()


def _named_bodies(ctx: ArticleContext) -> set[str]:
    """The article's organisation names of two words or more, from an organisation word to the name's end
    (``Komunikasi Publik |Universitas Udayana|``)."""
    out = set()
    for e in ctx.orgs:
        words = e.text.split()
        for k in range(len(words) - 1):
            if words[k].lower() in ctx.lex.org_words and words[k][:1].isupper():
                out.add(" ".join(words[k:]))
    return out


@lru_cache(maxsize=4)
def _described_initials_pattern(markers: frozenset[str], fillers: frozenset[str]) -> re.Pattern:
    """Up to three words, a filler (``diketahui``), a marker (``berinisial``) and one to four capitals."""
    marker = "|".join(sorted(markers, key=len, reverse=True))
    filler = "|".join(sorted(fillers, key=len, reverse=True))
    return re.compile(rf"([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){{0,2}}) (?:(?:{filler}) )?(?:{marker}) ([A-Z]{{1,4}})\b")


def described_initials(ctx: ArticleContext) -> dict[str, str]:
    """``pengemudi Pajero berinisial AR (37)``: a description of someone (its first word a person's, a group's
    or a relational noun, or a role) the article ties to the initials it names them by (``[initial_markers]``,
    ``[initial_fillers]``); lower-case description -> initials, made once per article, a description tied to
    two sets of initials left out."""
    if "described_initials" not in ctx.indexes:
        words = ctx.lex.words
        heads = words["person_nouns"] | words["group_nouns"] | words["initial_roles"] | \
            load_name_words().relational | ctx.lex.role_first_words
        found: dict[str, set[str]] = {}
        pattern = _described_initials_pattern(words["initial_markers"], words["initial_fillers"])
        for m in pattern.finditer(ctx.text):
            described = [w for w in m.group(1).split() if w.lower() not in words["initial_fillers"]]
            k = next((i for i, w in enumerate(described) if w.lower() in heads), None)
            if k is not None:
                found.setdefault(" ".join(described[k:]).lower(), set()).add(m.group(2))
        ctx.indexes["described_initials"] = {d: next(iter(i)) for d, i in found.items() if len(i) == 1}
    return ctx.indexes["described_initials"]


def _collect_organisation_initials(ctx: ArticleContext) -> None:
    """``Mahkamah Konstitusi ... MK menyatakan``: an organisation the article names in full, then by the
    initials of its capitalised words (or of its first ones: ``KPU`` of ``Komisi Pemilihan Umum DKI Jakarta``)
    without ever bracketing them, is one body (``MK`` spells exactly one organisation of two words or more)."""
    owners: dict[str, set[str]] = {}
    for e in ctx.orgs:
        words = e.text.replace(",", " ").split()  # "Badan Meteorologi, Klimatologi, dan Geofisika": BMKG
        words = [w for k, w in enumerate(words) if k + 1 == len(words) or w not in ctx.lex.words["conjunctions"]]
        if e.label != "ORG" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        for j in range(2, len(words) + 1):  # "Komisi Pemilihan Umum DKI Jakarta ... tulis KPU DKI": the body's
            if j == len(words) or _places_body(words[j]):  # words before its place (not "Dewan Perwakilan
                owners.setdefault("".join(w[0] for w in words[:j]), set()).add(e.text)  # Rakyat |Daerah|")
    for initials, names in owners.items():
        if len(names) == 1 and initials.lower() not in ctx.full_names and re.search(rf"\b{initials}\b", ctx.text):
            ctx.full_names[initials.lower()] = next(iter(names))


def _places_body(word: str) -> bool:
    """Does ``word`` open the place a body's name ends with (a listed place, or capitals: ``DKI``, ``RI``)?"""
    return word.isupper() or (word.lower(),) in load_name_words().places


MIN_INNER_INITIALS = 2  # words a short form inside an organisation's name stands for (PU: Pekerjaan Umum)
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _collect_inner_initials(ctx: ArticleContext) -> None:
    """``Dinas Pekerjaan Umum Kota Medan`` ... ``Dinas PU Kota Medan``, ``Dinas PU berharap``: a body's head word
    and the initials of the words after it (with or without the rest of its name) are that body, when the
    article writes them so and exactly one of its organisations fits."""
    owners: dict[str, set[str]] = {}
    written = set(_CAPITALS.findall(ctx.text))  # only initials the article writes are worth a search
    for e in ctx.orgs:
        words = e.text.split()
        if e.label != "ORG" or len(words) < 1 + MIN_INNER_INITIALS or not all(w[:1].isupper() for w in words):
            continue
        for j in range(1 + MIN_INNER_INITIALS, len(words) + 1):
            initials = "".join(w[0] for w in words[1:j])
            if initials not in written:
                continue
            for rest in (words[j:], []):
                owners.setdefault(" ".join([words[0], initials, *rest]), set()).add(e.text)
    for short, names in owners.items():
        if len(names) == 1 and short.lower() not in ctx.full_names and \
                re.search(rf"(?<!\w){re.escape(short)}(?!\w)", ctx.text):
            ctx.full_names[short.lower()] = next(iter(names))


def _collect_organisation_short_forms(ctx: ArticleContext) -> None:
    """``Kejaksaan Tinggi Daerah Khusus Jakarta ... Kejati Jakarta minta ...``: a body the article names in full
    and later by the syllable short form of its opening words (``org_short_forms.tsv``), alone or with some of
    the words after them, is that body when exactly one of its organisations fits."""
    forms = load_org_short_forms()
    for m in _SHORT_FORM.finditer(ctx.text):
        full = forms.get(m.group(1).lower())
        if full is None:
            continue
        rest = m.group(2).split()
        for n in range(len(rest), -1, -1):
            key = " ".join([m.group(1), *rest[:n]]).lower()
            owners = _organisations_fitting(ctx, full, rest[:n])
            if len(owners) == 1 and key not in ctx.full_names:
                ctx.full_names[key] = owners.pop()
                break


_SHORT_FORM = re.compile(r"\b([A-Z][A-Za-z]{3,})((?: [A-Z][\w-]*){0,3})")


def _organisations_fitting(ctx: ArticleContext, full: str, rest: list[str]) -> set[str]:
    """The article's organisations whose name starts with ``full`` and holds every word of ``rest``."""
    wanted = {w.lower() for w in rest}
    out = set()
    for e in ctx.orgs:
        low = e.text.lower()
        if e.label == "ORG" and (low == full or low.startswith(full + " ")) and wanted <= set(low.split()):
            out.add(e.text)
    return out


MIN_INITIALS = 3  # "AS", "RI" stand for too much else; "AHY", "STY", "BHS" for one person


def _collect_initials(ctx: ArticleContext, tagged: frozenset[str]) -> None:
    """``STY`` for ``Shin Tae-yong``, ``AHY`` for ``Agus Harimurti Yudhoyono``: Indonesian news writes a person
    by the initials of their name; an acronym the article writes that spells the initials of exactly one of
    its people (three letters or more, or two that the model tags as a person: ``JK``) is that person."""
    owners: dict[str, set[str]] = {}
    for ent in ctx.table.person_entities():
        parts = [w for w in re.split(r"[\s-]+", ent.canonical) if w]
        if 2 <= len(parts) <= 4 and all(w[:1].isalpha() for w in parts):
            owners.setdefault("".join(w[0].upper() for w in parts), set()).add(ent.canonical)
    for initials, people in owners.items():
        long_enough = len(initials) >= MIN_INITIALS or initials in tagged
        if long_enough and len(people) == 1 and initials.lower() not in ctx.full_names and \
                re.search(rf"\b{initials}\b", ctx.text):
            ctx.full_names[initials.lower()] = next(iter(people))


def _collect_aliases(ctx: ArticleContext) -> None:
    """Other ``NAME (ALIAS)`` pairs the entity table has no person for (``Bank Indonesia (BI)``)."""
    for m in ALIAS.finditer(ctx.text):
        alias = m.group(2)
        known = ctx.full_names.get(alias.lower())
        if known is not None and known.lower() != alias.lower():
            continue
        words = m.group(1).split()
        while len(words) > 1 and words[0].lower() in load_name_words().not_name:
            words = words[1:]  # "Sejak Gaza Humanitarian Fund (GHF)": the opener is no part of the name
        if role_start(words, ctx.lex) == 0 and len(words) > 2:
            words = _spelled_tail(words, alias) or words[-2:]
        name = _listed_name(ctx.text, m.start(1), alias) or " ".join(words)
        if alias.lower() != name.lower():
            ctx.full_names[alias.lower()] = ctx.expand(name)
            _alias_openings(ctx, alias, ctx.full_names[alias.lower()])


def _spelled_tail(words: list[str], alias: str) -> list[str]:
    """``Ketua |Komisi Pemilihan Umum| (KPU)``, ``Kepala |Badan Nasional Penanggulangan Bencana| (BNPB)``: after a
    role, the shortest run of last words whose initials spell the short form ([] when none does)."""
    form = re.sub(r"[^a-z]", "", alias.lower())
    for k in range(2, len(words)):
        tail = [w for w in words[-k:] if w[:1].isupper()]
        if "".join(w[0].lower() for w in tail) == form:
            return words[-k:]
    return []


_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'-]+ )+(?:[A-Z][\w'-]+, )+(?:dan |serta )?$")


def _listed_name(text: str, start: int, alias: str) -> str:
    """``Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)``: a body's name that lists its fields with
    commas, the last after ``dan``; the bracket regex starts at ``Geofisika``, so the words before ``start``
    joined by commas belong to the name when the initials (``BMKG``) or the syllable openings
    (``Kemendikbudristek``) of the whole spell the short form; "" otherwise."""
    m = _LISTED_BEFORE.search(text, max(0, start - 160), start)
    if not m:
        return ""
    end = text.find(" (", start)
    name = text[m.start():end] if end > 0 else ""
    words = [w.strip(",").lower() for w in name.split() if w[:1].isupper()]
    form = re.sub(r"[^a-z]", "", alias.lower())
    spelled = "".join(w[0] for w in words) == form or spells_opening_syllables(form, words)
    return name if spelled else ""


def _alias_openings(ctx: ArticleContext, alias: str, full: str) -> None:
    """``Badan Komunikasi Pemerintah (Bakom RI)`` later ``Bakom``, ``Pemerintah Provinsi (Pemprov Jatim)`` later
    ``Pemprov``: a bracketed short form of several words is written later without the words that place
    it (a known place or a country code: ``RI``, ``Jatim``), so its opening words stand for the same body (when
    they stand for nothing else)."""
    places = load_name_words().places
    words = alias.split()
    for k in range(len(words) - 1, 0, -1):
        placed = (words[k].lower(),) in places or (words[k].isupper() and len(words[k]) <= 2)
        if not placed:
            break
        opening = " ".join(words[:k])
        if len(opening) >= 3 and opening.lower() not in ctx.full_names:
            ctx.full_names[opening.lower()] = full

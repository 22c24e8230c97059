"""The in-article entity layer: who the article talks about, under every name it uses.

Between NER and attribution: the NER's PER spans are repaired
(:mod:`.names`), names are tied to their aliases, nicknames and roles by the
patterns of Indonesian news (:mod:`.patterns`), and grouped into
:class:`~pipeline.records.ArticleEntity` records with one canonical name
(:mod:`.table`). Attribution resolves speakers to these entities, so a
quote's ``speaker`` is the fullest personal name the article gives even when
the quote's sentence says ``Menkeu``, ``Gus Ipul`` or ``Appi``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import load_lexicon
from ..records import ArticleEntity, Entity, EntityMention
from .names import PersonSpan, person_spans
from .patterns import Link, PatternContext, find_links
from .table import EntityTable, person_entities
from .words import NameWords, load_name_words, lowercase_words

__all__ = ["EntityTable", "Link", "NameWords", "PersonSpan", "link_entities", "load_name_words"]

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)")


def _other_entities(text: str, entities: list[Entity]) -> list[ArticleEntity]:
    """Organisations and places grouped by name; ``Full Name (ACR)`` makes ACR an alias."""
    by_key: dict[str, ArticleEntity] = {}
    others = [_without_opener(e) for e in entities if e.label in ("ORG", "LOC")]
    for e in sorted(others, key=lambda e: -len(e.text)):
        key = e.text.lower()
        kind = "organisation" if e.label == "ORG" else "place"
        ent = by_key.get(key)
        if ent is None:
            ent = by_key[key] = ArticleEntity("", kind, e.text)
            m = _ACRONYM_AFTER.match(text, e.end)
            if m and kind == "organisation" and m.group(1).lower() not in by_key:
                ent.aliases.append(m.group(1))
                by_key[m.group(1).lower()] = ent
        ent.mentions.append(EntityMention(e.start, e.end, e.text, kind))
    seen: list[ArticleEntity] = []
    for ent in by_key.values():
        if all(ent is not s for s in seen):
            ent.mentions.sort(key=lambda m: m.start)
            seen.append(ent)
    return seen


def _without_opener(ent: Entity) -> Entity:
    """``Sejak Gaza Humanitarian Fund``: a sentence opener the model took into a name stays out of it."""
    first, _, rest = ent.text.partition(" ")
    if not rest or first.lower() not in load_name_words().not_name:
        return ent
    cut = len(ent.text) - len(rest)
    return replace(ent, start=ent.start + cut, text=rest)


def link_entities(text: str, entities: list[Entity], glued: frozenset[int] = frozenset()) -> EntityTable:
    """The entity table of one article from its cleaned text and NER entities (``glued``: the spaces cleaning
    put between glued words, where two names never join: :meth:`CleanDoc.glue_spaces`)."""
    words = load_name_words()
    lower = lowercase_words(text)
    spans = person_spans(text, entities, words, lower, glued)
    links = find_links(PatternContext(text, spans, words, load_lexicon()))
    people = person_entities(text, spans, links, words)
    table = EntityTable(sorted(people + _other_entities(text, entities),
                               key=lambda e: e.mentions[0].start if e.mentions else len(text)), spans,
                        lower_words=lower)
    for n, ent in enumerate(table.entities, 1):
        ent.entity_id = f"e{n}"
    table.person_entity = ["" for _ in spans]
    for i, span in enumerate(spans):
        for ent in people:
            if any(m.start == span.start and m.end == span.end for m in ent.mentions):
                table.person_entity[i] = ent.entity_id
    return table


def entity_id_of(table: EntityTable, ent: Entity) -> str:
    """The article entity an NER entity belongs to ('' when none: a PER span that is no name)."""
    for e in table.entities:
        for m in e.mentions:
            if m.start < ent.end and ent.start < m.end and (e.kind == "person") == (ent.label == "PER"):
                return e.entity_id
    return ""

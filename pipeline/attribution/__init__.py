"""Attribution: direct and indirect quotes, their speaker, role and cue.

Rule-based on purpose, and built as a chain of small units that can be
read, tested and scored alone:

1. :mod:`.context` collects the article's names, aliases and roles;
2. :mod:`.finders` run one function per pattern (cue after or before a
   quotation, ``X mengatakan bahwa …``, ``Menurut X, …``, ``…, kata X``,
   passives) and return candidates with an unresolved speaker mention;
3. :mod:`.sieves` resolve each mention in reading order (name, pronoun or
   clitic, description, role holder, unnamed role, source, carry).

Cues, role words and stop lists are data files in ``pipeline/resources/``
(see :mod:`.lexicon`); thresholds and confidences live in
:class:`.config.AttributionConfig`. Offsets are into the cleaned text.
"""

from __future__ import annotations

from typing import Any

from ..entities import EntityTable
from ..lexicon import Cue, Lexicon, load_lexicon
from ..records import Entity, Quote, Sentence
from ..text import paragraph_spans as split_paragraphs
from .config import DEFAULT_CONFIG, AttributionConfig
from .context import ArticleContext, build_context
from .finders import CLAUSE_FINDERS, DIRECT_FINDERS, Candidate, Scan, find_candidates, sentence_of
from .sieves import SIEVES, Discourse, Resolution, resolve

__all__ = [
    "CLAUSE_FINDERS", "DIRECT_FINDERS", "SIEVES", "ArticleContext", "AttributionConfig", "Candidate", "Cue",
    "Discourse", "Lexicon", "Resolution", "attribute", "build_context", "find_candidates", "load_lexicon",
]


def attribute(text: str, sentences: list[Sentence], entities: list[Entity],
              paragraph_spans: list[tuple[int, int]] | None = None,
              lexicon: Lexicon | None = None, parser: Any = None,
              config: AttributionConfig = DEFAULT_CONFIG, table: EntityTable | None = None) -> list[Quote]:
    """Direct and indirect quotes of one article with speaker, role and cue.

    ``table`` is the article's entity table (``pipeline.entities.link_entities``;
    built here from ``entities`` when not given). ``parser`` (from
    ``pipeline.syntax.load_parser``) is optional: it finds the subject of a
    speech verb where the word rules find none.
    """
    ctx = build_context(text, entities, lexicon or load_lexicon(), config, table)
    ctx.parser = parser
    paragraphs = split_paragraphs(text) if paragraph_spans is None else paragraph_spans
    quotes = resolve(ctx, find_candidates(Scan(ctx, sentences, paragraphs)), sentences=sentences)
    quotes = [q for q in quotes if q.confidence >= config.confidence_floor]
    for q in quotes:
        s = sentence_of(sentences, q.start)
        q.sentence_index = s.index if s else -1
        if q.speaker:
            q.speaker_entity = ctx.table.entity_for(q.speaker, q.speaker_start, q.speaker_end) or \
                ctx.table.add_source(q.speaker, q.speaker_start, q.speaker_end, q.speaker_mention)
            kind = q.resolution.rsplit("/", 1)[-1]
            ctx.table.add_mention(q.speaker_entity, q.speaker_start, q.speaker_end, q.speaker_mention, kind)
    return quotes

"""Small dataclasses passed between stages.

Every stage reads and returns these (or DataFrames built from them), so a
notebook can run one stage alone and look at what it produced. Character
offsets are always into the *cleaned* text of a :class:`CleanDoc` unless a
field says ``raw``; :meth:`CleanDoc.to_raw` maps them back to the article's
raw text, which is what the output tables report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .text import raw_char_end


@dataclass
class Article:
    """One input article as read by ``ingest``.

    ``status`` is ``ok`` for a readable article with text, ``empty`` when the
    text is blank after reading, and ``error`` when the record could not be
    read at all (``message`` says why). Articles with a non-ok status still
    flow through the runner so they get a row in ``articles.csv``.
    """

    article_id: str
    text: str
    source_path: str = ""
    title: str = ""
    url: str = ""
    date: str = ""
    source: str = ""
    status: str = "ok"
    message: str = ""
    encoding: str = "utf-8"


@dataclass
class Paragraph:
    """A paragraph (input line) of the raw text and what ``clean``/``dedup`` did to it."""

    index: int
    raw_start: int
    raw_end: int
    text: str
    kept: bool = True
    reason: str = ""  # why it was removed: boilerplate:<rule>, duplicate_of:<index>, ...


@dataclass
class CleanDoc:
    """Cleaned text of one article with a character map back to the raw text.

    ``offsets[i]`` is the raw index of cleaned character ``i``; it has one
    extra entry at the end so that an exclusive end offset maps too.
    Characters inserted by cleaning (a space after a glued full stop, the
    blank line between paragraphs) map to the raw position of the next raw
    character.
    """

    article_id: str
    raw: str
    text: str
    offsets: list[int]
    paragraphs: list[Paragraph] = field(default_factory=list)
    # (start, end) of each kept paragraph in ``text``, in reading order
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned ``[start, end)`` span to raw offsets."""
        if not self.offsets:
            return 0, 0
        start = max(0, min(start, len(self.offsets) - 1))
        end = max(start, min(end, len(self.offsets) - 1))
        raw_start = self.offsets[start]
        # end is exclusive: map the last included character, then step past it (past a whole
        # HTML entity when the character was decoded from one)
        raw_end = raw_char_end(self.raw, self.offsets[end - 1]) if end > start else raw_start
        return raw_start, raw_end

    def glue_spaces(self) -> frozenset[int]:
        """Positions of the spaces cleaning put between glued words (``Khamenei|Putin``, where a scraper
        dropped the space around link text): each maps onto the raw letter after it."""
        raw, offsets = self.raw, self.offsets
        return frozenset(i for i, c in enumerate(self.text) if c == " " and raw[offsets[i]:offsets[i] + 1].isalnum())

    @property
    def removed(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if not p.kept]


@dataclass
class Sentence:
    """A sentence of the cleaned text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0  # index into CleanDoc.spans


@dataclass
class Entity:
    """A named entity in the cleaned text (labels PER, ORG, LOC)."""

    start: int
    end: int
    text: str
    label: str
    source: str = "model"  # model | ruler


@dataclass
class EntityMention:
    """One place where the article refers to an entity (offsets into the cleaned text)."""

    start: int
    end: int
    text: str
    kind: str  # name | alias | role_alias | organisation | place


@dataclass
class ArticleEntity:
    """A person, organisation or place of one article, with every way the article names it.

    ``canonical`` is the fullest personal name the article gives (for an
    organisation its full name); ``aliases`` are nicknames and acronyms,
    ``role_aliases`` short forms of a role that point at this person
    (``Menkeu``). ``entity_id`` is article-scoped (``e1``, ``e2`` … in order of
    first mention).
    """

    entity_id: str
    kind: str  # person | organisation | place
    canonical: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_aliases: list[str] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)


@dataclass
class Quote:
    """One attributed statement, offsets into the cleaned text."""

    start: int
    end: int
    text: str
    quote_type: str  # direct | indirect
    speaker: str = ""
    speaker_mention: str = ""
    speaker_role: str = ""
    speaker_org: str = ""
    cue: str = ""
    sentence_index: int = -1
    confidence: float = 0.0
    # how the speaker was found: name, clitic, pronoun, description, carry, ...
    resolution: str = ""
    speaker_start: int = -1  # the words the cue links to (-1: none, e.g. a carried speaker)
    speaker_end: int = -1
    cue_start: int = -1
    cue_end: int = -1
    speaker_entity: str = ""  # id of the speaker's ArticleEntity


@dataclass
class ArticleResult:
    """Everything the per-article stages produced for one article."""

    article: Article
    doc: CleanDoc | None = None
    n_duplicate_paragraphs: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    table: Any = None  # the article's pipeline.entities.EntityTable

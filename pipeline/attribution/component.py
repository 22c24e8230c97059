"""The spaCy component ``kutipan_quotes``: quotes as a span group on a Doc of cleaned text.

Registered through the ``spacy_factories`` entry point (see ``pyproject.toml``),
so ``spacy.load`` finds it in a fresh process with only the package
installed. It reads ``doc.sents`` and ``doc.ents`` when earlier components
set them (``kutipan_segmenter``, an NER), else splits sentences itself.
Quotes go to ``doc.spans["quotes"]`` (serialised with the Doc) and each
span carries ``span._.speaker``, ``span._.cue`` and the other quote fields;
``doc._.quotes`` lists them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..ner import normalize_label
from ..records import Entity, Quote, Sentence
from ..segment import split_sentences
from ..text import paragraph_spans
from . import attribute
from .config import AttributionConfig

SPAN_KEY = "quotes"
QUOTE_SPAN_FIELDS = ("quote_type", "speaker", "speaker_mention", "speaker_role", "speaker_org", "cue",
                     "confidence", "resolution")


def register_extensions() -> None:
    """``doc._.quotes`` and the quote fields on spans (idempotent)."""
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=lambda doc: list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else [])
    for name in QUOTE_SPAN_FIELDS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def quotes_as_spans(doc: Doc, quotes: list[Quote]) -> list[Span]:
    """Quotes as spaCy Spans carrying ``span._.speaker`` and the other quote fields."""
    register_extensions()
    spans = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for name in QUOTE_SPAN_FIELDS:
            setattr(span._, name, getattr(q, name))
        spans.append(span)
    return spans


def doc_sentences(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences an earlier component set, else the kutipan splitter's."""
    if not doc.has_annotation("SENT_START"):
        return split_sentences(doc.text, paragraphs)
    out = []
    for i, sent in enumerate(doc.sents):
        para = next((k for k, (a, b) in enumerate(paragraphs) if a <= sent.start_char < b), 0)
        out.append(Sentence(i, sent.start_char, sent.end_char, sent.text, para))
    return out


def doc_entities(doc: Doc) -> list[Entity]:
    """The Doc's PER/ORG/LOC entities (labels of other schemes folded, others dropped)."""
    out = []
    for e in doc.ents:
        label = normalize_label(e.label_)
        if label:
            out.append(Entity(e.start_char, e.end_char, e.text, label))
    return out


class QuoteAttributor:
    """spaCy component: quotes of the Doc's text as the ``quotes`` span group."""

    def __init__(self, nlp: Language, name: str, parser: str = "spacy", confidence_floor: float = 0.0) -> None:
        from ..syntax import LazyParser

        self.name = name
        self.parser = LazyParser(parser)
        self.config = AttributionConfig(parser=parser, confidence_floor=confidence_floor)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = paragraph_spans(doc.text)
        quotes = attribute(doc.text, doc_sentences(doc, paragraphs), doc_entities(doc), paragraphs,
                           parser=self.parser, config=self.config)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=quotes_as_spans(doc, quotes))
        return doc


@Language.factory(
    "kutipan_quotes",
    default_config={"parser": "spacy", "confidence_floor": 0.0},
    assigns=["doc.spans", "doc._.quotes", *(f"span._.{f}" for f in QUOTE_SPAN_FIELDS)],
)
def make_quote_attributor(nlp: Language, name: str, parser: str, confidence_floor: float) -> QuoteAttributor:
    """Factory for ``nlp.add_pipe("kutipan_quotes", config={"parser": "none"})``."""
    return QuoteAttributor(nlp, name, parser=parser, confidence_floor=confidence_floor)

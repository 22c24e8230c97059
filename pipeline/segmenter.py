"""The spaCy component ``kutipan_segmenter``: the ``segment`` stage's sentences on a Doc.

Kept apart from :mod:`pipeline.segment` so that the splitter itself imports no
spaCy: the report and the cleaning stage use it in processes that never load a
model, and importing spaCy costs such a process about 0.6 s.
"""

from __future__ import annotations

from .segment import sentence_starts
from .spacy_loading import import_spacy

_spacy = import_spacy()  # keeps torch out of spaCy's import (pipeline.spacy_loading)
Language, Doc = _spacy.language.Language, _spacy.tokens.Doc


class KutipanSegmenter:
    """spaCy component: ``token.is_sent_start`` from :func:`pipeline.segment.split_sentences`.

    A boundary that falls inside a spaCy token (``Ukraina.Korea`` kept as
    one token) cannot be expressed and is dropped.
    """

    def __call__(self, doc: Doc) -> Doc:
        starts = set(sentence_starts(doc.text))
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or token.idx in starts
        return doc


@Language.factory("kutipan_segmenter")
def make_kutipan_segmenter(nlp: Language, name: str) -> KutipanSegmenter:
    """Factory so a pipeline can ``nlp.add_pipe("kutipan_segmenter")``."""
    return KutipanSegmenter()

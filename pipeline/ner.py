"""Named-entity stage: PER/ORG/LOC mentions in the cleaned article text.

The stage loads the spaCy pipeline shipped in ``models/id_news_ner`` (trained
by ``kutipan train ner``, see :mod:`pipeline.ner_train`). When no trained
pipeline is there it falls back to a blank Indonesian pipeline with an
``entity_ruler`` built from the small curated lists in ``pipeline/resources``
so that the rest of the pipeline still runs (with poorer recall).

On top of either, a title rule tags the name after a role word as PER
("Menteri Luar Negeri Rusia Sergey Lavrov" -> "Sergey Lavrov"), because
quote attribution depends most on people and news prose names them this way.
The rule is plain code over the tokens, so the shipped model directory stays
a standard spaCy pipeline that ``spacy.load`` opens with no extra imports.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.records import Entity

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent / "resources"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "id_news_ner"
ENV_MODEL = "KUTIPAN_NER_MODEL"
RULER_ID = "kutipan-ruler"
# Spaces that spaCy does not split on; swapped for " " (same length, offsets kept).
_ODD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u200a\u202f\u3000"})

# Label names used by the corpora and by other pipelines, folded to ours.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "GPE": "LOC",
}


def normalize_label(label: str) -> str | None:
    """Fold a corpus/pipeline label to PER/ORG/LOC, or None for labels we drop."""
    return LABEL_MAP.get(label.upper())


def read_list(name: str) -> list[str]:
    """Lines of a resource list, without comments and blank lines."""
    path = RESOURCES / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def resolve_model_dir(model_dir: str | Path | None = None) -> Path:
    """Explicit argument first, then $KUTIPAN_NER_MODEL, then the repo's shipped model."""
    if model_dir is not None:
        return Path(model_dir)
    env = os.environ.get(ENV_MODEL)
    if env:
        return Path(env)
    return DEFAULT_MODEL_DIR


def build_ruler_pipeline() -> Language:
    """Blank Indonesian pipeline with a gazetteer ``entity_ruler`` (the no-model fallback)."""
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = [{"label": "LOC", "pattern": p, "id": RULER_ID} for p in read_list("ner_places.txt")]
    patterns += [{"label": "ORG", "pattern": p, "id": RULER_ID} for p in read_list("ner_orgs.txt")]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def load_ner(model_dir: str | Path | None = None) -> Language:
    """Load the NER pipeline; fall back to the rule-based one (with a warning) when no model exists."""
    path = resolve_model_dir(model_dir)
    if (path / "config.cfg").exists():
        return spacy.load(path)
    log.warning("no trained NER model at %s; using the gazetteer entity_ruler fallback", path)
    return build_ruler_pipeline()


class _TitleRule:
    """Tag "<title> [place/org]* Name Name" as PER; lists come from pipeline/resources."""

    def __init__(self) -> None:
        self.titles = {tuple(t.lower().split()) for t in read_list("ner_titles.txt")}
        self.max_title = max((len(t) for t in self.titles), default=1)
        known = read_list("ner_places.txt") + read_list("ner_orgs.txt")
        self.known = {tuple(k.split()) for k in known}
        self.max_known = max((len(k) for k in self.known), default=1)
        self.stop = {w.lower() for w in read_list("ner_name_stop.txt")}

    def _match(self, words: list[str], i: int, table: set[tuple[str, ...]], longest: int) -> int:
        """Length of the longest entry of ``table`` starting at token ``i`` (0 if none)."""
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in table:
                return n
        return 0

    def _is_name(self, tok_text: str) -> bool:
        return (
            tok_text[:1].isupper()
            and tok_text.replace("'", "").replace(".", "").isalpha()
            and tok_text.lower() not in self.stop
        )

    def apply(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Return ``ents`` with the names after titles added or relabelled as PER."""
        lower = [t.lower_ for t in doc]
        orth = [t.text for t in doc]
        ent_start = {e.start: e for e in ents}
        covered: dict[int, Span] = {}
        for e in ents:
            for k in range(e.start, e.end):
                covered[k] = e
        new: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            tl = self._match(lower, i, self.titles, self.max_title)
            # a title word inside an ORG/LOC entity is part of that name, not a role
            if not tl or (i in covered and covered[i].label_ != "PER"):
                i += 1
                continue
            j = i + tl
            skipped = False
            while j < n:
                e = ent_start.get(j)
                if e is not None and e.label_ in ("ORG", "LOC"):
                    j, skipped = e.end, True
                    continue
                kl = self._match(orth, j, self.known, self.max_known)
                if kl:
                    j, skipped = j + kl, True
                    continue
                if skipped and orth[j] == ",":
                    j += 1
                    continue
                break
            k = j
            while k < n and k - j < 5:
                t = orth[k]
                if self._is_name(t):
                    k += 1
                elif t == "-" and j < k < n - 1 and not doc[k - 1].whitespace_ and orth[k + 1].isalpha():
                    k += 2  # "Kim Jong-un" is tokenised Jong - un
                else:
                    break
            # an acronym before more capitalised words is an organisation ("Menteri BUMN Erick Thohir")
            if k - j > 1 and orth[j].isupper() and len(orth[j]) > 1:
                j += 1
            if k > j and self._is_name(orth[j]):
                overlap = {id(covered[m]): covered[m] for m in range(j, k) if m in covered}
                if not any(e.label_ == "PER" for e in overlap.values()) and all(
                    e.start >= j and e.end <= k for e in overlap.values()
                ):
                    new.append(Span(doc, j, k, label="PER"))
                    for m in range(j, k):
                        covered.pop(m, None)
            i = max(k, i + 1)
        if not new:
            return ents
        new_tokens = {m for s in new for m in range(s.start, s.end)}
        kept = [e for e in ents if not any(m in new_tokens for m in range(e.start, e.end))]
        return sorted(kept + new, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _title_rule() -> _TitleRule:
    return _TitleRule()


def doc_entities(doc: Doc, title_rule: bool = True) -> list[Span]:
    """Entities of a processed doc with labels folded to PER/ORG/LOC (others dropped)."""
    ents = []
    for e in doc.ents:
        label = normalize_label(e.label_)
        if label is None:
            continue
        if label != e.label_:
            e = Span(doc, e.start, e.end, label=label, kb_id=e.kb_id, span_id=e.id)
        ents.append(e)
    if title_rule:
        ents = _title_rule().apply(doc, ents)
    return ents


def _source(span: Span, nlp: Language) -> str:
    if span.id_ == RULER_ID or span.ent_id_ == RULER_ID:
        return "ruler"
    if "ner" not in nlp.pipe_names:
        return "ruler"
    return "model"


def extract_entities(
    nlp: Language,
    text: str,
    spans: list[tuple[int, int]] | None = None,
    title_rule: bool = True,
) -> list[Entity]:
    """Entities of ``text`` (offsets into ``text``), running ``nlp`` once per paragraph span.

    Paragraph spans are processed with ``nlp.pipe`` so the model batches them;
    an entity never crosses a paragraph boundary, which is also true of news.
    """
    if spans is None:
        spans = [(0, len(text))]
    spans = [(s, e) for s, e in spans if e > s]
    out: list[Entity] = []
    texts: Iterable[str] = (text[s:e].translate(_ODD_SPACES) for s, e in spans)
    for (start, _end), doc in zip(spans, nlp.pipe(texts), strict=True):
        tagged = set()
        if title_rule:
            before = {(e.start, e.end, e.label_) for e in doc_entities(doc, title_rule=False)}
        for ent in doc_entities(doc, title_rule=title_rule):
            source = _source(ent, nlp)
            if title_rule and (ent.start, ent.end, ent.label_) not in before:
                source = "ruler"
            key = (ent.start_char, ent.end_char)
            if key in tagged:
                continue
            tagged.add(key)
            out.append(
                Entity(
                    start=start + ent.start_char,
                    end=start + ent.end_char,
                    text=text[start + ent.start_char : start + ent.end_char],
                    label=ent.label_,
                    source=source,
                )
            )
    return out

"""The stanza backend: NER and the attribution parser on Indonesian stanza models trained here.

``kutipan run --backend stanza`` (``RunOptions(backend="stanza")``) swaps the two
model-driven stages for stanza ones; everything else (cleaning, the rule-based
sentence splitter, attribution rules, tables) is shared:

* NER: stanza's ``tokenize`` model segments each paragraph into tokens and
  sentences, its ``ner`` model tags PER/ORG/LOC. :class:`StanzaNer` hands the
  result to :func:`pipeline.ner.extract_entities` as spaCy ``Doc`` objects, so
  the title, surname and headline rules run unchanged on either backend.
* Syntax: ``pos``, ``lemma`` and ``depparse`` parse the words attribution gives
  them (``tokenize_pretokenized``), behind the ``pipeline.syntax.Parser``
  interface that ``pipeline.attribute`` already takes.

The models live in ``models/stanza_id`` (or ``$KUTIPAN_STANZA_DIR``), trained by
``kutipan train stanza`` (:mod:`pipeline.stanza_train`). Nothing is downloaded:
pipelines are built with ``download_method=None`` from explicit model paths.
When stanza or a model is missing, :func:`check` raises
:class:`StanzaUnavailable` with what to do; the CLI turns it into exit code 2.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "models" / "stanza_id"
ENV_DIR = "KUTIPAN_STANZA_DIR"
BACKENDS = ("spacy", "stanza")
# one file per processor, plus the word vectors the tagger, parser and NER share
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
    "ner": "ner.pt",
    "pretrain": "pretrain.pt",
}
INSTALL_HINT = 'pip install -e ".[stanza]"'
TRAIN_HINT = "kutipan train stanza --out models/stanza_id"
NER_BATCH = 32  # paragraphs per stanza call
# quote marks and brackets a token never keeps at its edges (the small tokenizer sometimes glues them on)
_EDGE_MARKS = set("\"'`“”„‘’«»()[]{}")


class StanzaUnavailable(RuntimeError):
    """The stanza backend was asked for but cannot run; the message says how to get it."""


def wanted(backend: str, parser: str | None) -> bool:
    """Whether a run with this backend and parser choice needs stanza (``KUTIPAN_PARSER`` included)."""
    choice = (parser or os.environ.get("KUTIPAN_PARSER") or "").strip().lower()
    disabled = os.environ.get("KUTIPAN_PARSER", "").strip().lower() in ("none", "off", "0", "false", "no")
    return backend == "stanza" or (choice == "stanza" and not disabled)


def model_dir(path: str | Path | None = None) -> Path:
    """Where the stanza models are: ``path``, else ``$KUTIPAN_STANZA_DIR``, else ``models/stanza_id``."""
    return Path(path or os.environ.get(ENV_DIR) or DEFAULT_DIR).expanduser()


def missing_files(root: Path, processors: Iterable[str] = MODEL_FILES) -> list[str]:
    """Model files of ``processors`` absent from ``root`` (empty when complete)."""
    return [MODEL_FILES[p] for p in processors if not (root / MODEL_FILES[p]).is_file()]


def check(path: str | Path | None = None) -> Path:
    """The model folder, once stanza imports and every model file is there; else StanzaUnavailable."""
    try:
        import stanza  # noqa: F401
    except ImportError as exc:
        raise StanzaUnavailable(
            f"the stanza backend needs the stanza package ({exc}); install it with {INSTALL_HINT}"
        ) from exc
    root = model_dir(path)
    missing = missing_files(root)
    if missing:
        raise StanzaUnavailable(
            f"no stanza models in {root} (missing {', '.join(missing)}); "
            f"train them with `{TRAIN_HINT}` or point {ENV_DIR} at a folder that has them"
        )
    return root


def pipeline_kwargs(root: Path, processors: Sequence[str]) -> dict[str, Any]:
    """Arguments for ``stanza.Pipeline`` that name every model file and forbid downloads."""
    kwargs: dict[str, Any] = {
        "lang": "id",
        "dir": str(root),
        "processors": ",".join(processors),
        "download_method": None,
        "allow_unknown_language": True,  # no resources.json entry: every path is given here
        "resources_filepath": str(root / "resources.json"),
        "logging_level": "ERROR",
        "use_gpu": False,
    }
    for proc in processors:
        kwargs[f"{proc}_model_path"] = str(root / MODEL_FILES[proc])
        if proc in ("pos", "depparse", "ner"):
            kwargs[f"{proc}_pretrain_path"] = str(root / MODEL_FILES["pretrain"])
    return kwargs


def build_pipeline(root: Path, processors: Sequence[str], **extra: Any) -> Any:
    """A stanza Pipeline over local model files only."""
    import stanza

    return stanza.Pipeline(**{**pipeline_kwargs(root, processors), **extra})


# --------------------------------------------------------------------------- syntax


@lru_cache(maxsize=2)
def _syntax_pipeline(root: str) -> Any:
    return build_pipeline(Path(root), ("tokenize", "pos", "lemma", "depparse"), tokenize_pretokenized=True)


def load_parser(path: str | Path | None = None):
    """A ``pipeline.syntax.Parser`` on the stanza models (raises StanzaUnavailable)."""
    from pipeline.syntax import Parser

    root = check(path)
    return Parser("stanza", _syntax_pipeline(str(root)), str(root))


# --------------------------------------------------------------------------- NER


def _doc_from_tokens(vocab: Any, text: str, spans: Sequence[tuple[int, int]]) -> Any:
    """A spaCy Doc whose text is exactly ``text``, one token per stanza token (gaps as space tokens)."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []

    def gap(a: int, b: int) -> None:
        if a >= b:
            return
        if text[a] == " " and words:
            spaces[-1] = True
            a += 1
        if a < b:
            words.append(text[a:b])
            spaces.append(False)

    pos = 0
    for a, b in _peel(text, spans):
        gap(pos, a)
        words.append(text[a:b])
        spaces.append(False)
        pos = b
    gap(pos, len(text))
    return Doc(vocab, words=words, spaces=spaces)


def _peel(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Token spans with quote marks and brackets at their edges split off as tokens of their own."""
    for a, b in spans:
        while b - a > 1 and text[a] in _EDGE_MARKS:
            yield a, a + 1
            a += 1
        tail = []
        while b - a > 1 and text[b - 1] in _EDGE_MARKS:
            tail.append((b - 1, b))
            b -= 1
        yield a, b
        yield from reversed(tail)


def _one_line(text: str, a: int, b: int) -> tuple[int, int]:
    """An entity never crosses a line break: keep its longest line."""
    if "\n" not in text[a:b]:
        return a, b
    pieces, start = [], a
    for i in range(a, b):
        if text[i] == "\n":
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, b))
    return max(pieces, key=lambda p: len(text[p[0]:p[1]].strip()))


def _with_entities(doc: Any, ents: Iterable[tuple[int, int, str]]) -> Any:
    spans = []
    for a, b, label in ents:
        a, b = _one_line(doc.text, a, b)
        span = doc.char_span(a, b, label=label, alignment_mode="expand")
        if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
            spans.append(span)
    doc.ents = spans
    return doc


@dataclass
class StanzaNer:
    """Stanza tokenize + ner behind the slice of spaCy's ``Language`` that ``extract_entities`` uses."""

    impl: Any
    vocab: Any
    source: str = ""
    pipe_names: tuple[str, ...] = ("tokenize", "ner")

    def pipe(self, texts: Iterable[str], batch_size: int = NER_BATCH) -> Iterator[Any]:
        """spaCy Docs with ``ents`` set from stanza, one per text, in order."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def __call__(self, text: str) -> Any:
        return next(iter(self._run([text])))

    def _run(self, texts: list[str]) -> list[Any]:
        import stanza

        out = [None] * len(texts)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        docs = self.impl([stanza.Document([], text=texts[i]) for i in todo]) if todo else []
        for i, sdoc in zip(todo, docs, strict=True):
            tokens = [(t.start_char, t.end_char) for s in sdoc.sentences for t in s.tokens]
            doc = _doc_from_tokens(self.vocab, texts[i], tokens)
            out[i] = _with_entities(doc, ((e.start_char, e.end_char, e.type) for e in sdoc.ents))
        for i, text in enumerate(texts):
            if out[i] is None:
                out[i] = _doc_from_tokens(self.vocab, text, [])
        return out

    def tagged_docs(self, sentences: Sequence[Sequence[str]]) -> list[Any]:
        """spaCy Docs of already tokenised sentences with stanza's entities (scoring on gold tokens)."""
        from spacy.tokens import Doc, Span

        out = []
        for words, spans in zip(sentences, tag_sentences(_ner_pretokenized(self.source), sentences), strict=True):
            doc = Doc(self.vocab, words=list(words))
            doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
            out.append(doc)
        return out


def tag_sentences(pretokenized: Any, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
    """Entity token spans per sentence from a ``tokenize_pretokenized`` stanza NER pipeline."""
    if not sentences:
        return []
    doc = pretokenized([list(s) for s in sentences])
    out: list[list[tuple[int, int, str]]] = []
    for sent in doc.sentences:
        index = {id(t): k for k, t in enumerate(sent.tokens)}
        out.append([(index[id(e.tokens[0])], index[id(e.tokens[-1])] + 1, e.type) for e in sent.ents])
    return out


@lru_cache(maxsize=2)
def _ner_pipeline(root: str) -> Any:
    return build_pipeline(Path(root), ("tokenize", "ner"))


@lru_cache(maxsize=2)
def _ner_pretokenized(root: str) -> Any:
    return build_pipeline(Path(root), ("tokenize", "ner"), tokenize_pretokenized=True)


def load_ner(path: str | Path | None = None) -> StanzaNer:
    """The stanza NER (raises StanzaUnavailable when stanza or a model is missing)."""
    import spacy

    root = check(path)
    return StanzaNer(_ner_pipeline(str(root)), spacy.blank("id").vocab, str(root))

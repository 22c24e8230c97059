"""A small syntax layer for attribution: who is the subject of a speech verb, what clause it governs.

The attribution rules in ``pipeline/attribute.py`` find speakers by word
patterns; a dependency parse helps where the pattern is long or interrupted
(``Juru bicara Kremlin Dmitry Peskov mengatakan``, ``Lavrov mencemooh klaim AS
dengan mengatakan bahwa ...``). Everything here is optional: ``load_parser``
returns None when no parser can be had, and callers keep their rules.

Backends:

* ``spacy`` (default): the small CNN pipeline shipped in ``models/id_ud_parser``
  (trained on UD Indonesian, see its README and ``pipeline/syntax_train.py``).
* ``stanza``: the stanza models trained here (``models/stanza_id``, see
  :mod:`pipeline.stanza_backend`), loaded from local files only. When stanza or
  the models are missing, asking for it raises ``StanzaUnavailable`` (no
  silent fallback: the user asked for stanza).

Both backends parse the caller's words as given (no re-tokenisation), so the
indices of the result line up with the caller's tokens.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .paths import model_path, warn_missing_model
from .resource_files import read_list

log = logging.getLogger(__name__)

DEFAULT_MODEL = model_path("id_ud_parser")
NO_PARSER_LOSS = ("attribution runs on word rules alone and misses speakers of long or interrupted "
                  "cue patterns")
ENV_PARSER = "KUTIPAN_PARSER"
_DISABLED = {"none", "off", "0", "false", "no"}


class Dep(NamedTuple):
    """One word of a parse; ``head`` is the index of the head word, -1 for a root."""

    index: int
    text: str
    head: int
    deprel: str  # lower-case UD label, "root" for the root
    upos: str


@dataclass
class Parser:
    """A loaded backend; call it with a list of words to get a list of ``Dep``."""

    backend: str  # "spacy" or "stanza"
    impl: Any
    source: str = ""

    def __call__(self, words: Sequence[str]) -> list[Dep]:
        return parse(self, words)


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def _load_spacy(path: str) -> Any:
    from .spacy_loading import load_pipeline

    return load_pipeline(path, tokenizer=False)  # it parses the caller's words: no tokenizer needed


def _load_spacy_parser(path: Path) -> Parser | None:
    if not (path / "meta.json").is_file():
        warn_missing_model("dependency parser", path, NO_PARSER_LOSS)
        return None
    try:
        return Parser("spacy", _load_spacy(str(path)), str(path))
    except Exception as exc:  # a model from another spaCy version, a damaged copy...
        log.warning("could not load the spaCy parser at %s (%s); syntax layer disabled", path, exc)
        return None


def load_parser(name: str | None = None) -> Parser | None:
    """The parser to use, or None when there is none (callers then keep their rules).

    ``KUTIPAN_PARSER=none`` disables the layer whatever ``name`` says. ``name``
    (or ``KUTIPAN_PARSER``) ``"stanza"`` gives the stanza models of
    :mod:`pipeline.stanza_backend` or raises ``StanzaUnavailable``;
    ``"spacy"``/None gives the shipped model; any other value is taken as the
    path of a spaCy pipeline.
    """
    env = (os.environ.get(ENV_PARSER) or "").strip()
    if env.lower() in _DISABLED:
        return None
    choice = (name or env or "spacy").strip()
    if choice.lower() in _DISABLED:
        return None
    if choice.lower() == "stanza":
        from pipeline.stanza_backend import load_parser as load_stanza_parser

        return load_stanza_parser()
    if choice.lower() == "spacy":
        return _load_spacy_parser(DEFAULT_MODEL)
    return _load_spacy_parser(Path(choice))


class LazyParser:
    """Loads the parser on first use: most articles never need it, and loading costs seconds."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self._loaded = False
        self._parser: Parser | None = None
        self.load_seconds = 0.0  # time spent loading (the runner reports speed without it)

    def get(self) -> Parser | None:
        if not self._loaded:
            started = time.perf_counter()
            self._parser, self._loaded = load_parser(self.name), True
            self.load_seconds += time.perf_counter() - started
        return self._parser


# --------------------------------------------------------------------------- parsing


def _clean_words(words: Sequence[str]) -> list[str]:
    """Neither backend accepts empty or whitespace-bearing words; keep the count, fix the text."""
    return [w.replace(" ", "_").replace("\n", "_").replace("\t", "_") if w.strip() else "_" for w in words]


def _spacy_deps(doc: Any, words: Sequence[str]) -> list[Dep]:
    return [
        Dep(t.i, words[t.i], -1 if t.head.i == t.i else t.head.i,
            "root" if t.dep_ in ("ROOT", "root", "") else t.dep_.lower(), t.pos_)
        for t in doc
    ]


def parse(parser: Parser, words: Sequence[str]) -> list[Dep]:
    """Parse one sentence given as words; ``Dep.index`` i is ``words[i]``."""
    if not words:
        return []
    if parser.backend != "spacy":
        return parse_many(parser, [words])[0]
    from spacy.tokens import Doc

    nlp = parser.impl
    doc = Doc(nlp.vocab, words=_clean_words(words))
    for _, proc in nlp.pipeline:  # the components only: the tokenisation stays the caller's
        doc = proc(doc)
    return _spacy_deps(doc, words)


def parse_many(parser: Parser, sentences: Iterable[Sequence[str]], batch_size: int = 64) -> list[list[Dep]]:
    """Parse many sentences at once: batching makes the spaCy CNN several times faster."""
    sents = [list(s) for s in sentences]
    out: list[list[Dep]] = [[] for _ in sents]
    todo = [i for i, s in enumerate(sents) if s]
    if not todo:
        return out
    if parser.backend == "stanza":
        doc = parser.impl([_clean_words(sents[i]) for i in todo])
        for i, sent in zip(todo, doc.sentences, strict=True):
            out[i] = [
                Dep(int(w.id) - 1, sents[i][int(w.id) - 1], int(w.head) - 1, (w.deprel or "dep").lower(),
                    w.upos or "X")
                for w in sent.words
            ]
        return out
    from spacy.tokens import Doc

    nlp = parser.impl
    docs: Iterable[Any] = (Doc(nlp.vocab, words=_clean_words(sents[i])) for i in todo)
    for _, proc in nlp.pipeline:
        docs = proc.pipe(docs, batch_size=batch_size)
    for i, doc in zip(todo, docs, strict=True):
        out[i] = _spacy_deps(doc, sents[i])
    return out


# --------------------------------------------------------------------------- reading the parse

# Relations that keep a word inside the subject's noun phrase (titles, names,
# appositions, "dari"-phrases). Relative clauses, time nouns and loose
# attachments stop it, as does any gap.
_NP_RELS = {"compound", "flat", "appos", "nmod", "amod", "det", "nummod", "fixed", "goeswith",
            "case", "conj", "cc", "punct", "clf"}
_NP_STOP = {"acl", "acl:relcl"}
# Time adverbials sit between subject and verb in news prose ("Gedung Putih
# pekan lalu mengatakan", "Ketua KPK kemarin menegaskan"); the small parser
# often hangs them on the subject, so they end the span whatever their label.
_TIME_WORDS = {"kemarin", "pekan", "minggu", "bulan", "tahun", "hari", "lalu", "pagi", "siang", "sore",
               "malam", "kini", "kemudian", "tadi", "sebelumnya", "sekarang", "besok", "dulu", "saat",
               "ketika", "juga", "pun", "sempat", "akhirnya"}
_DAYS = frozenset(read_list("days.txt")) - {"minggu"}  # "minggu" is a week too: a time word only in lower case
_EDGE_TRIM = {"punct", "cc", "case", "mark"}
_CLIMB = {"xcomp", "advcl", "conj"}
_CLAUSE_RELS = ("ccomp", "xcomp", "parataxis")


def _base(rel: str) -> str:
    return rel.split(":", 1)[0]


def _children(deps: Sequence[Dep]) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in deps:
        if d.head >= 0 and d.head != d.index:
            kids.setdefault(d.head, []).append(d.index)
    return kids


def _subtree(kids: dict[int, list[int]], root: int, keep: Any = None) -> set[int]:
    seen = {root}
    stack = [root]
    while stack:
        for c in kids.get(stack.pop(), []):
            if c not in seen and (keep is None or keep(c)):
                seen.add(c)
                stack.append(c)
    return seen


def _trim(deps: Sequence[Dep], start: int, end: int, keep: int) -> tuple[int, int]:
    """Drop punctuation, conjunctions and prepositions at the span's edges (never ``keep``)."""
    while start < keep and deps[start].deprel in _EDGE_TRIM:
        start += 1
    while end - 1 > keep and deps[end - 1].deprel in _EDGE_TRIM:
        end -= 1
    return start, end


def np_span(deps: Sequence[Dep], head: int) -> tuple[int, int]:
    """The contiguous noun phrase around ``head``: its name/title/apposition words, no gaps."""
    kids = _children(deps)

    def keep(i: int) -> bool:
        rel, text = deps[i].deprel, deps[i].text
        if rel in _NP_STOP or _base(rel) not in _NP_RELS or _is_time(text):
            return False
        # a capitalised name word mislabelled as a time noun still belongs to the name
        return rel != "nmod:tmod" or (text[:1].isupper() and text.lower() not in _DAYS)

    members = _subtree(kids, head, keep)
    start, end = head, head + 1
    while start - 1 in members:
        start -= 1
    while end in members:
        end += 1
    return _trim(deps, start, end, head)


def _is_time(text: str) -> bool:
    low = text.lower()
    return (low in _TIME_WORDS and text[:1].islower()) or low in _DAYS


def _is_relative(dep: Dep) -> bool:
    return dep.text.lower() == "yang"


def cue_subject(deps: Sequence[Dep], cue_index: int) -> tuple[int, int] | None:
    """Word span (start, end) of the active subject (``nsubj``) of the cue verb, or None.

    A cue inside an ``xcomp``/``advcl``/``conj`` without its own subject takes
    the subject of the verb it hangs from (``Lavrov mencemooh ... dengan
    mengatakan``); a relative ``yang`` subject of an ``acl:relcl`` cue gives the
    noun the clause modifies (``Peskov, yang mengatakan ...``).
    """
    if not 0 <= cue_index < len(deps):
        return None
    kids = _children(deps)
    idx = cue_index
    seen: set[int] = set()
    while idx not in seen:
        seen.add(idx)
        subjects = [c for c in kids.get(idx, []) if deps[c].deprel == "nsubj"]
        if subjects:
            subj = min(subjects, key=lambda c: abs(c - idx))
            head = deps[idx].head
            if _is_relative(deps[subj]) and _base(deps[idx].deprel) == "acl" and head >= 0:
                return np_span(deps, head)
            return np_span(deps, subj)
        if deps[idx].deprel not in _CLIMB or deps[idx].head < 0:
            return None
        idx = deps[idx].head
    return None


def governed_clause(deps: Sequence[Dep], cue_index: int) -> tuple[int, int] | None:
    """Word span of the clause (``ccomp``, else ``xcomp``, else ``parataxis``) the cue governs, or None.

    An ``advcl`` opened by ``bahwa`` counts as a ``ccomp`` (a common parser slip).

    The span runs from the first to the last word of the clause's subtree
    (``bahwa`` included, edge punctuation left out).
    """
    if not 0 <= cue_index < len(deps):
        return None
    children = _children(deps)
    kids = children.get(cue_index, [])

    def rel_of(c: int) -> str:
        # the small parser often labels a "bahwa" complement clause advcl: it is a ccomp
        if deps[c].deprel == "advcl" and any(
            deps[m].deprel == "mark" and deps[m].text.lower() == "bahwa" for m in children.get(c, [])
        ):
            return "ccomp"
        return deps[c].deprel

    for rel in _CLAUSE_RELS:
        heads = [c for c in kids if rel_of(c) == rel]
        if heads:
            # the clause after the cue is the one it reports; else the nearest
            after = [c for c in heads if c > cue_index]
            root = min(after) if after else max(heads)
            sub = _subtree(children, root)
            start, end = min(sub), max(sub) + 1
            while start < root and deps[start].deprel == "punct":
                start += 1
            while end - 1 > root and deps[end - 1].deprel == "punct":
                end -= 1
            return start, end
    return None

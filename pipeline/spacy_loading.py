"""Loading the spaCy pipelines fast: what a run start costs, and why.

Three costs dominated every start (``python -X importtime``, cProfile):

* **Tokenizer exceptions.** spaCy's ``id`` language has 15,963 tokenizer
  exceptions, 15,573 of them reduplicated words (``abu-abu``,
  ``anak-anak``). Adding one costs ~0.2 ms (it is tokenised for the
  special-case matcher and its lexemes are created), so every tokenizer took
  3-5 s to build, and ``spacy.load`` built it twice (the language default,
  then the saved one), for the NER and again for the parser, which never
  tokenises. :class:`LazyTokenizer` keeps the exceptions of letters and
  hyphens aside and adds each one the first time a text contains it; the
  others (390: emoticons, abbreviations, spellings with a normalised form)
  are loaded at once. Tokens are the same: such an exception can only
  change the tokens of a text that contains its string (hyphens may have
  spaces around them there), and :func:`needed` adds every one a text
  contains before the text is tokenised.
* **torch.** thinc imports torch (2.2 s) when it is installed (the ``dev``
  and ``stanza`` extras), only to offer PyTorch layers that the shipped
  models do not use. :func:`import_spacy` imports spaCy with torch hidden
  unless a torch-based spaCy package is installed or ``KUTIPAN_SPACY_TORCH=1``;
  torch itself stays importable (the stanza backend imports it later).
* **spaCy's command line.** ``import spacy`` imports ``spacy.cli`` (0.4 s:
  every command, weasel, the download code) only to offer ``spacy.info``.
  :func:`import_spacy` gives that import a stand-in whose ``info`` imports the
  real one when called; ``import spacy.cli`` later imports it as usual.
* **The parser** loads only when attribution first asks for it
  (:class:`pipeline.syntax.LazyParser`), without a tokenizer of its own.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import re
import sys
import types
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["BARE_TOKENIZER", "LazyTokenizer", "full_tokenizer", "import_spacy", "load_pipeline"]

ENV_TORCH = "KUTIPAN_SPACY_TORCH"
# spaCy packages whose pipelines run PyTorch layers through thinc: with one installed, torch stays visible
_TORCH_SPACY_PACKAGES = ("spacy_transformers", "spacy_curated_transformers", "spacy_llm")
BARE_TOKENIZER = "kutipan.bare_tokenizer.v1"
_HYPHEN_SPACES = re.compile(r"\s*-\s*")


class _HideTorch(importlib.abc.MetaPathFinder):
    """Makes ``import torch`` fail while it is on ``sys.meta_path``."""

    def find_spec(self, name, path, target=None):  # noqa: D401 - importlib protocol
        if name == "torch" or name.startswith("torch."):
            raise ImportError("torch hidden while spaCy is imported (pipeline.spacy_loading)")
        return None


def _torch_wanted() -> bool:
    if os.environ.get(ENV_TORCH, "") not in ("", "0"):
        return True
    return any(importlib.util.find_spec(name) is not None for name in _TORCH_SPACY_PACKAGES)


_CLI_INFO = "spacy.cli.info"


def _cli_info_stand_in() -> types.ModuleType:
    """A ``spacy.cli.info`` whose ``info`` imports spaCy's command line when it is called."""
    module = types.ModuleType(_CLI_INFO)

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    module.info = info  # type: ignore[attr-defined]
    return module


def import_spacy() -> Any:
    """``import spacy``, without ``spacy.cli``, nor torch when no spaCy pipeline can use it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    hider = None if "torch" in sys.modules or _torch_wanted() else _HideTorch()
    stand_in = None if _CLI_INFO in sys.modules else _cli_info_stand_in()
    if hider is not None:
        sys.meta_path.insert(0, hider)
    if stand_in is not None:
        sys.modules[_CLI_INFO] = stand_in
    try:
        import spacy
    finally:
        if hider is not None:
            sys.meta_path.remove(hider)
        if stand_in is not None and sys.modules.get(_CLI_INFO) is stand_in:
            del sys.modules[_CLI_INFO]  # a later ``import spacy.cli`` imports the real one
    return spacy


def _deferrable(string: str) -> bool:
    """An exception of letters joined by hyphens (``anak-anak``): loaded when a text contains it."""
    return "-" in string and all(part.isalpha() for part in string.split("-"))


class LazyTokenizer:
    """A spaCy tokenizer whose hyphenated exceptions are added the first time a text contains them.

    Behaves as the wrapped :class:`spacy.tokenizer.Tokenizer` (``__call__``,
    ``pipe``; other attributes are passed through). Serialising it first
    adds every exception, so a saved pipeline is the original one.
    """

    def __init__(self, tokenizer: Any, deferred: dict[str, list[dict]]) -> None:
        self.tokenizer = tokenizer
        self._deferred = dict(deferred)
        self._by_head: dict[str, list[str]] = defaultdict(list)  # text before the first hyphen -> exceptions
        for string in self._deferred:
            self._by_head[string.split("-", 1)[0]].append(string)
        self._longest_head = max((len(h) for h in self._by_head), default=0)

    def needed(self, text: str) -> list[str]:
        """The exceptions not loaded yet whose string the text contains (spaces around hyphens ignored)."""
        if "-" not in text or not self._deferred:
            return []
        flat = _HYPHEN_SPACES.sub("-", text)
        found = []
        pos = flat.find("-")
        while pos >= 0:
            for start in range(max(0, pos - self._longest_head), pos + 1):
                for string in self._by_head.get(flat[start:pos], ()):
                    if string in self._deferred and flat.startswith(string, start):
                        found.append(string)
            pos = flat.find("-", pos + 1)
        return found

    def _load(self, strings: Iterable[str]) -> None:
        for string in strings:
            substrings = self._deferred.pop(string, None)
            if substrings is not None:
                self.tokenizer.add_special_case(string, substrings)

    def __call__(self, text: str) -> Any:
        self._load(self.needed(text))
        return self.tokenizer(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Any]:
        for text in texts:
            yield self(text)

    def load_all(self) -> Any:
        """Add every exception left (the full tokenizer, e.g. to save it)."""
        self._load(list(self._deferred))
        return self.tokenizer

    def to_bytes(self, **kwargs) -> bytes:
        return self.load_all().to_bytes(**kwargs)

    def to_disk(self, path, **kwargs) -> None:
        self.load_all().to_disk(path, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _register_bare_tokenizer(spacy: Any) -> None:
    """``kutipan.bare_tokenizer.v1``: a tokenizer without rules, replaced or never used after loading."""
    if BARE_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(BARE_TOKENIZER)
    def bare_tokenizer():  # pragma: no cover - trivial factory
        from spacy.tokenizer import Tokenizer

        return lambda nlp: Tokenizer(nlp.vocab)


def _lazy_tokenizer(nlp: Any, path: Path) -> LazyTokenizer:
    """The tokenizer saved at ``path/tokenizer``, its hyphenated exceptions deferred."""
    import srsly
    from spacy.tokenizer import Tokenizer

    data = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    rules = data.get("exceptions") or {}
    deferred = {s: subs for s, subs in rules.items() if _deferrable(s)}
    data["exceptions"] = {s: subs for s, subs in rules.items() if s not in deferred}
    tokenizer = Tokenizer(nlp.vocab).from_bytes(srsly.msgpack_dumps(data))
    return LazyTokenizer(tokenizer, deferred)


def load_pipeline(path: str | Path, tokenizer: bool = True) -> Any:
    """``spacy.load(path)`` without building the ``id`` exceptions up front.

    ``tokenizer=False`` leaves a tokenizer without rules: for a pipeline that
    is only given ready Docs (the parser). A folder without a saved
    tokenizer, or whose config names another tokenizer, loads as usual.
    """
    spacy = import_spacy()
    path = Path(path)
    if not _standard_tokenizer(path):
        return spacy.load(path)
    _register_bare_tokenizer(spacy)
    nlp = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    if tokenizer:
        nlp.tokenizer = _lazy_tokenizer(nlp, path)
    return nlp


def full_tokenizer(nlp: Any) -> None:
    """Give ``nlp`` its whole tokenizer now (3-5 s once), for a run long enough to repay it.

    A lazy tokenizer pays per text: it scans each text for deferred exceptions, and each
    exception it adds empties spaCy's token cache. Over a few hundred articles that costs
    more than building every exception once (about a third of the NER model's time on
    Detik articles, measured with bench/throughput.py); for a handful of articles the lazy
    one wins, which is why loading stays lazy.
    """
    tokenizer = getattr(nlp, "tokenizer", None)
    if isinstance(tokenizer, LazyTokenizer):
        nlp.tokenizer = tokenizer.load_all()


def _standard_tokenizer(path: Path) -> bool:
    """The pipeline uses spaCy's own tokenizer and has it saved (what the shipped models do)."""
    config = path / "config.cfg"
    if not (path / "tokenizer").is_file() or not config.is_file():
        return False
    text = config.read_text(encoding="utf-8")
    match = re.search(r"\[nlp\.tokenizer\]\s*@tokenizers\s*=\s*\"([^\"]+)\"", text)
    return match is not None and match.group(1) == "spacy.Tokenizer.v1"

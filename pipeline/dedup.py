"""Remove repeated paragraphs inside one article.

Pages sometimes paste their body twice (seed 002) or repeat a paragraph with
tiny edits. The guidelines annotate a statement's first occurrence only, so a
copy would be a false positive: the first occurrence stays, later copies are
marked ``duplicate_of:<index>`` and the cleaned text is rebuilt.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.budget import check_deadline
from pipeline.clean import assemble
from pipeline.records import CleanDoc

__all__ = ["dedup_paragraphs", "paragraph_key"]

_QUOTES = re.compile(r"[\"'“”‘’«»„‟＂″`]")
_NUMBER = re.compile(r"\d+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")


def paragraph_key(text: str) -> str:
    """Comparison key: lower case, quote marks dropped, single spaces.

    Quote marks are dropped because copies often differ only in “ vs ".
    """
    text = _QUOTES.sub("", text.lower())
    text = " ".join(text.split())
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text)


def dedup_paragraphs(doc: CleanDoc, threshold: float = 90.0, min_chars: int = 40) -> tuple[CleanDoc, int]:
    """Drop exact and near-duplicate kept paragraphs; return (new doc, number dropped).

    Paragraphs shorter than ``min_chars`` are never dropped (short lines such
    as '"Setuju," jawab peserta.' can legitimately recur). Exact copies are
    found by key; near copies by ``fuzz.ratio >= threshold`` against earlier
    paragraphs whose length could reach the threshold at all (length
    blocking) and that hold the same numbers, or by being contained in an
    earlier paragraph. ``doc`` is not modified.
    """
    kept = [p for p in doc.paragraphs if p.kept]
    if len(kept) != len(doc.spans):
        raise ValueError(
            f"{doc.article_id}: {len(kept)} kept paragraphs but {len(doc.spans)} spans; "
            "dedup needs a CleanDoc built by clean()"
        )
    index = _Index(threshold)
    duplicate_of: dict[int, int] = {}
    for para, (start, end) in zip(kept, doc.spans, strict=True):
        check_deadline()  # a very long article must not outlive its time budget here
        key = paragraph_key(doc.text[start:end])
        if len(key) < min_chars:
            continue
        original = index.find(key)
        if original is not None:
            duplicate_of[para.index] = original
        else:
            index.add(key, para.index)
    if not duplicate_of:
        return doc, 0
    paragraphs = []
    pieces = []
    spans = iter(doc.spans)
    for para in doc.paragraphs:
        if not para.kept:
            paragraphs.append(replace(para))
            continue
        start, end = next(spans)
        if para.index in duplicate_of:
            paragraphs.append(replace(para, kept=False, reason=f"duplicate_of:{duplicate_of[para.index]}"))
        else:
            paragraphs.append(replace(para))
            pieces.append((doc.text[start:end], doc.offsets[start:end]))
    return assemble(doc.article_id, doc.raw, paragraphs, pieces), len(duplicate_of)


class _Index:
    """Earlier paragraphs of one article, searchable for exact, near and contained copies."""

    SHINGLE = 4  # words; a contained paragraph shares its first words with its container

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        # ratio >= t needs 2*min(la, lb)/(la+lb) >= t/100, so lengths within this factor
        self.factor = max(threshold, 1.0) / (200.0 - min(threshold, 199.0))
        self.exact: dict[str, int] = {}
        self.keys: list[tuple[str, int]] = []  # (key, paragraph index) in reading order
        self.by_len: list[tuple[int, int]] = []  # (len(key), position in keys), sorted
        self.shingles: dict[tuple[str, ...], list[int]] = {}  # word n-gram -> positions in keys
        self.grams: dict[tuple[str, ...], list[int]] = {}  # word 3-grams -> positions (near-copy candidates)

    def add(self, key: str, index: int) -> None:
        pos = len(self.keys)
        self.exact.setdefault(key, index)
        self.keys.append((key, index))
        bisect.insort(self.by_len, (len(key), pos))
        words = key.split(" ")
        for i in range(max(1, len(words) - self.SHINGLE + 1)):
            bucket = self.shingles.setdefault(tuple(words[i : i + self.SHINGLE]), [])
            if not bucket or bucket[-1] != pos:
                bucket.append(pos)
        for gram in self._grams(words):
            bucket = self.grams.setdefault(gram, [])
            if not bucket or bucket[-1] != pos:
                bucket.append(pos)

    @staticmethod
    def _grams(words: list[str]) -> list[tuple[str, ...]]:
        return [tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))]

    def _near_candidates(self, key: str, lo: int, hi: int) -> list[int]:
        """Positions worth comparing: for a paragraph of 12+ words, those sharing a word 3-gram (a copy
        with at most 10% of its characters changed always does); for shorter ones, the whole length band."""
        words = key.split(" ")
        if len(words) < 12:
            return [pos for _length, pos in self.by_len[lo:hi]]
        band = {pos for _length, pos in self.by_len[lo:hi]}
        found = {pos for gram in self._grams(words) for pos in self.grams.get(gram, ()) if pos in band}
        return sorted(found)

    def find(self, key: str) -> int | None:
        """Index of the earliest earlier paragraph that ``key`` repeats, or None."""
        if key in self.exact:
            return self.exact[key]
        n = len(key)
        lo = bisect.bisect_left(self.by_len, (int(n * self.factor), -1))
        hi = bisect.bisect_right(self.by_len, (int(n / self.factor) + 1, len(self.keys)))
        numbers = _NUMBER.findall(key)
        best: int | None = None
        for pos in self._near_candidates(key, lo, hi):
            other, index = self.keys[pos]
            if best is not None and index > best:
                continue
            # list items and figures ("4. Jakarta: Rp 1,59 juta" / "6. Batam: Rp 1,17 juta")
            # differ mostly in their numbers: those are different statements
            if fuzz.ratio(key, other, score_cutoff=self.threshold) and _NUMBER.findall(other) == numbers:
                best = index
        if best is not None:
            return best
        # a paragraph wholly contained in an earlier, longer one is already said there
        first = tuple(key.split(" ")[: self.SHINGLE])
        for pos in self.shingles.get(first, ()):
            other, index = self.keys[pos]
            if len(other) > n and key in other:
                return index
        return None

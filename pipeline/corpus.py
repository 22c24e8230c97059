"""Corpus-level view: near-duplicate articles, shared paragraphs, quote clusters, speakers.

Per-article stages see one article at a time; users compare outlets, so the
same wire story, the same paragraph and the same statement must be recognised
across articles, and one person written several ways must become one speaker.

Nothing here compares every article with every other one. Each item (article,
paragraph, long quote) gets a MinHash signature over word shingles; the
signature is cut into LSH bands and only items sharing a band bucket (or an
exact text hash) are compared, and only against the bucket's *first* item (its
"head"), so the work per new item is bounded by the number of bands however
many copies of a story exist. Candidates are verified (MinHash similarity for
articles, rapidfuzz ratio for paragraphs and quotes) and a new item joins the
cluster of the earliest verified candidate. Heads, signatures and cluster ids
live in a :class:`pipeline.state.State`, so later runs join earlier clusters.

Speakers are resolved globally in :func:`finalize` (the name table is small):
spelling variants of full names merge by normalisation plus fuzzy matching
within blocks; a one-word name ("Lavrov", "Kim") links to a full name only
through evidence: full names in the same article, the same role, the same
quote cluster or a near-duplicate article. Ambiguous short forms stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from .lexicon import load_months
from .speakers import ResolvedSpeakers, SpeakerQuotes, name_key, resolve_speaker_codes, resolve_speakers, speaker_kind
from .text import text_key

if TYPE_CHECKING:
    from pipeline.state import State

__all__ = [
    "CorpusConfig", "CorpusDoc", "CorpusParagraph", "CorpusQuote", "MinHasher", "add_batch",
    "batch_shingles", "finalize", "name_key", "parse_date", "resolve_speakers", "speaker_kind", "text_key",
    "word_shingles",
]

MASK63 = np.uint64((1 << 63) - 1)
_WORD = re.compile(r"\w+")
_TAGS = {"article": 1, "paragraph": 2, "quote": 3}


# --------------------------------------------------------------------------- records

@dataclass
class CorpusParagraph:
    """A kept paragraph: index and raw offsets in its article, raw text."""

    index: int
    char_start: int
    char_end: int
    text: str


@dataclass
class CorpusQuote:
    """What the corpus step needs of a quote (``quote_id`` as in quotes.csv)."""

    quote_id: str
    text: str
    speaker: str = ""
    role: str = ""
    org: str = ""
    mention: str = ""


@dataclass
class CorpusDoc:
    """One processed article as the corpus step sees it.

    ``text`` is the cleaned text (boilerplate and in-article copies removed),
    which is what near-duplicate detection compares; ``payload`` is opaque
    (the runner stores the article's table rows there).
    """

    article_id: str
    content_hash: str
    text: str
    date: str = ""
    outlet: str = ""
    status: str = "ok"
    paragraphs: list[CorpusParagraph] = field(default_factory=list)
    quotes: list[CorpusQuote] = field(default_factory=list)
    payload: str = ""
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (alias, canonical) persons learned in-article


@dataclass(frozen=True)
class CorpusConfig:
    """Thresholds of the corpus step (defaults tuned on corpus/ and detik-2025)."""

    article_perm: int = 64
    article_bands: int = 16  # 16 bands x 4 rows: P(candidate) ~ 0.5 at Jaccard 0.42
    article_shingle: int = 3
    # near-duplicate: >= this share of the shorter article's word 3-grams are in the other one ...
    article_overlap: float = 0.7
    # ... and the shorter has at least this share of the longer's 3-grams (a paragraph is no copy)
    article_min_size_ratio: float = 0.25
    article_max_shared: int = 5  # articles sharing paragraphs with a new one that are checked
    item_perm: int = 36
    item_bands: int = 12  # quotes: 12 x 3 rows, P(candidate) ~ 0.8 at Jaccard 0.5 (short texts vary more)
    paragraph_perm: int = 32
    paragraph_bands: int = 8  # paragraphs: 8 x 4 rows, P(candidate) ~ 0.9 at Jaccard 0.7
    item_prefix_words: int = 6  # items of 8+ words also share a bucket with items starting alike
    item_shingle: int = 2
    paragraph_min_chars: int = 50
    paragraph_ratio: float = 90.0
    quote_min_words: int = 5  # shorter quotes cluster only verbatim and with the same speaker
    quote_ratio: float = 88.0
    quote_min_chars: int = 40  # a quote contained in a longer one of this length is the same statement
    name_ratio: float = 88.0
    # a one-word speaker spelled like a word of a full name with the same role (Affifudin ~ Afifuddin)
    respelled_min_chars: int = 5  # shorter one-word names are too alike
    respelled_ratio: float = 85.0


# --------------------------------------------------------------------------- hashing

def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 arrays wrap on overflow, as wanted)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_WORD_CACHE: dict[str, int] = {}
_WORD_CACHE_MAX = 2_000_000  # distinct words kept; cleared when full (values are recomputed alike)


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def word_hashes(words: list[str]) -> np.ndarray:
    """Stable 64-bit hashes of words (Python's hash() is salted per process; the state outlives it)."""
    cache = _WORD_CACHE
    out = [cache.get(w) for w in words]
    if None in out:
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()
        for i, v in enumerate(out):
            if v is None:
                out[i] = cache[words[i]] = _word_hash(words[i])
    return np.array(out, dtype=np.uint64)


def _grams(h: np.ndarray, k: int) -> np.ndarray:
    """Hashes of the k-grams of a word-hash array (one gram of everything if shorter)."""
    k = min(k, len(h))
    n = len(h) - k + 1
    out = h[:n].copy()
    for j in range(1, k):
        out = _mix(out ^ (h[j : j + n] + np.uint64(j)))
    return out


def word_shingles(key: str, k: int) -> np.ndarray:
    """Distinct hashes of the word k-grams of a text key (one gram if shorter)."""
    words = key.split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    return np.unique(_grams(word_hashes(words), k))


def batch_shingles(keys: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Word k-gram hashes of many keys at once: (flat hashes, count per key), in key order.

    Vectorised over the batch (one hash pass, numpy shifts); grams may repeat
    within a key, which MinHash does not mind.
    """
    split = [key.split() for key in keys]
    lens = np.fromiter((len(w) for w in split), dtype=np.int64, count=len(split))
    if not lens.sum():
        return np.empty(0, dtype=np.uint64), np.zeros(len(keys), dtype=np.int64)
    h = word_hashes([w for ws in split for w in ws])
    owner = np.repeat(np.arange(len(keys)), lens)
    n = len(h) - k + 1
    if n > 0:
        grams = h[:n].copy()
        for j in range(1, k):
            grams = _mix(grams ^ (h[j : j + n] + np.uint64(j)))
        ok = owner[:n] == owner[k - 1 :]  # the gram stays inside one key
        flat, gram_owner = grams[ok], owner[:n][ok]
    else:
        flat, gram_owner = np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    counts = np.bincount(gram_owner, minlength=len(keys))
    short = np.flatnonzero((lens > 0) & (lens < k))
    if len(short):  # keys shorter than k: one gram of all their words
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        extra = np.array([_grams(h[starts[i] : starts[i] + lens[i]], k)[0] for i in short], dtype=np.uint64)
        flat = np.concatenate([flat, extra])
        gram_owner = np.concatenate([gram_owner, short])
        order = np.argsort(gram_owner, kind="stable")
        flat = flat[order]
        counts = np.bincount(gram_owner, minlength=len(keys))
    return flat, counts


def exact_hash(kind: str, key: str) -> int:
    """63-bit bucket key for the exact text of an item."""
    digest = hashlib.blake2b(f"{kind}\x00{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") & ((1 << 63) - 1)


class MinHasher:
    """MinHash with multiply-shift hashing; fixed seed, so signatures are reproducible."""

    def __init__(self, n_perm: int, seed: int = 5) -> None:
        rng = np.random.default_rng(seed)
        self.n_perm = n_perm
        self.a = rng.integers(1, 2**63, n_perm, dtype=np.uint64) | np.uint64(1)
        self.b = rng.integers(0, 2**63, n_perm, dtype=np.uint64)

    def signatures(self, sets: Sequence[np.ndarray]) -> np.ndarray:
        """(n, n_perm) uint32 signatures; empty sets get all-ones rows."""
        lens = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
        flat = np.concatenate(list(sets)) if len(sets) else np.empty(0, dtype=np.uint64)
        return self.signatures_flat(flat.astype(np.uint64), lens)

    def signatures_flat(self, flat: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Signatures of sets given as one flat array and the length of each set."""
        sig = np.full((len(lens), self.n_perm), 0xFFFFFFFF, dtype=np.uint32)
        rows = np.flatnonzero(lens)
        if len(rows) == 0:
            return sig
        starts = np.concatenate(([0], np.cumsum(lens[rows])[:-1]))
        step = max(1, min(self.n_perm, (1 << 22) // max(1, len(flat))))
        for p in range(0, self.n_perm, step):
            a, b = self.a[p : p + step], self.b[p : p + step]
            vals = ((flat[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)).astype(np.uint32)
            sig[rows, p : p + step] = np.minimum.reduceat(vals, starts, axis=0)
        return sig


def band_keys(sig: np.ndarray, bands: int, tag: int) -> np.ndarray:
    """(n, bands) int64 LSH bucket keys; ``tag`` keeps kinds of items apart."""
    n, n_perm = sig.shape
    rows = n_perm // bands
    s = sig.astype(np.uint64)
    out = np.empty((n, bands), dtype=np.int64)
    for b in range(bands):
        h = np.full(n, np.uint64(tag * 1000 + b + 1), dtype=np.uint64)
        for r in range(rows):
            h = _mix(h ^ s[:, b * rows + r])
        out[:, b] = (h & MASK63).astype(np.int64)
    return out


@lru_cache(maxsize=8)
def _hasher(n_perm: int) -> MinHasher:
    return MinHasher(n_perm)


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_NAMED = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_NAMED_US = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def parse_date(value: str) -> str:
    """ISO ``YYYY-MM-DD`` from a date string in the usual dump formats, "" if unknown.

    Accepts ISO (with time), ``10/21/2025 20:43`` (month first, as the detik
    export; day first when the first number exceeds 12), ``21 Oktober 2023``
    and ``Oct 21, 2023``. Never raises: dates only label clusters.
    """
    value = (value or "").strip()
    if not value:
        return ""
    y = m = d = 0
    if mt := _ISO.search(value):
        y, m, d = int(mt[1]), int(mt[2]), int(mt[3])
    elif mt := _NUMERIC.search(value):
        a, b, y = int(mt[1]), int(mt[2]), int(mt[3])
        y += 2000 if y < 100 else 0
        m, d = (b, a) if a > 12 else (a, b)
    elif (mt := _NAMED.search(value)) and mt[2].lower() in load_months():
        d, m, y = int(mt[1]), load_months()[mt[2].lower()], int(mt[3])
    elif (mt := _NAMED_US.search(value)) and mt[1].lower() in load_months():
        m, d, y = load_months()[mt[1].lower()], int(mt[2]), int(mt[3])
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


# --------------------------------------------------------------------------- clustering

def _candidates(state: State, keys_per_item: list[list[int]], ids: list[int]) -> list[list[int]]:
    """For each item, the head items of its buckets (state or earlier in the batch).

    Keys without a head get the item as head (the first item of the batch
    that has the key); new heads go to the state. Heads are earlier items by
    construction. Vectorised: a batch has ~100k keys.
    """
    n = len(ids)
    lens = np.fromiter(map(len, keys_per_item), dtype=np.int64, count=n)
    flat = np.fromiter(chain.from_iterable(keys_per_item), dtype=np.int64, count=int(lens.sum()))
    own = np.asarray(ids, dtype=np.int64)[np.repeat(np.arange(n), lens)]  # item of each key
    head = state.lookup_heads(flat)
    miss = np.flatnonzero(head < 0)
    if len(miss):
        new_keys, first, inverse = np.unique(flat[miss], return_index=True, return_inverse=True)
        new_heads = own[miss[first]]  # positions ascend: the first item with the key
        head[miss] = new_heads[inverse]
        state.add_heads(new_keys, new_heads)
    pos = np.flatnonzero(head != own)
    # distinct (item, head) pairs, each at its first key position, in key order
    order = np.lexsort((pos, head[pos], own[pos]))
    p_sorted = pos[order]
    o_s, h_s = own[p_sorted], head[p_sorted]
    keep = np.ones(len(p_sorted), dtype=bool)
    keep[1:] = (o_s[1:] != o_s[:-1]) | (h_s[1:] != h_s[:-1])
    kept = np.sort(p_sorted[keep])
    owner_idx = np.repeat(np.arange(n), lens)[kept]
    bounds = np.searchsorted(owner_idx, np.arange(n + 1)).tolist()
    cand = head[kept].tolist()
    return [cand[bounds[i] : bounds[i + 1]] for i in range(n)]


def _item_keys(kind: str, keys: list[str], valid: list[bool], config: CorpusConfig) -> list[list[int]]:
    """Exact hash first, then the LSH band keys, for each item (none if not valid)."""
    flat, lens = batch_shingles([k if ok else "" for k, ok in zip(keys, valid, strict=True)],
                                config.item_shingle)
    perm, n_bands = ((config.paragraph_perm, config.paragraph_bands) if kind == "paragraph"
                     else (config.item_perm, config.item_bands))
    sig = _hasher(perm).signatures_flat(flat, lens)
    bands = band_keys(sig, n_bands, _TAGS[kind])
    out = []
    for i, k in enumerate(keys):
        if not valid[i]:
            out.append([])
            continue
        ks = [exact_hash(kind, k), *bands[i].tolist()]
        words = k.split(" ")
        if len(words) >= config.item_prefix_words + 2:  # truncated copies start alike
            ks.append(exact_hash(kind + "-prefix", " ".join(words[: config.item_prefix_words])))
        out.append(ks)
    return out


def _near_text(a: str, b: str, ratio: float, min_chars: int) -> bool:
    """Near-verbatim: rapidfuzz ratio, or the shorter text contained in the longer."""
    if fuzz.ratio(a, b, score_cutoff=ratio):
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= min_chars and short in long


def _cluster_texts(state: State, kind: str, ids: list[int], keys: list[str], valid: list[bool],
                   ratio: float, min_chars: int, config: CorpusConfig) -> list[int | None]:
    """Cluster id (item id of the cluster's first item) for each item; None if not valid."""
    item_keys = _item_keys(kind, keys, valid, config)
    cands = _candidates(state, item_keys, ids)
    known = state.item_texts(kind, {c for cs in cands for c in cs})  # id -> (raw text, cluster)
    key_of = {i: text_key(t) for i, (t, _) in known.items()}
    cluster_of = {i: c for i, (_, c) in known.items()}
    out: list[int | None] = []
    for item, key, ok, cs in zip(ids, keys, valid, cands, strict=True):
        if not ok:
            out.append(None)
            continue
        chosen = None
        # a false hit of the head index (it compares 50 of a key's 63 bits) may name an item of another kind
        # (a paragraph id among quotes) that this kind never stored: it is no candidate (the 1,000,000-article
        # bench failed here with a KeyError)
        cs = [c for c in cs if c in key_of]
        by_cluster = cs if len(cs) < 2 else sorted(cs, key=cluster_of.__getitem__)
        for c in by_cluster:
            if chosen is not None and cluster_of[c] >= chosen:
                break
            if key_of[c] == key or _near_text(key, key_of[c], ratio, min_chars):
                chosen = cluster_of[c]
        cluster = chosen if chosen is not None else item
        cluster_of[item], key_of[item] = cluster, key
        out.append(cluster)
    return out


def add_batch(state: State, docs: Sequence[CorpusDoc], config: CorpusConfig | None = None) -> list[int]:
    """Add processed articles to the corpus state in one transaction; return their seqs.

    Everything an article contributes (its row, payload, paragraphs, quotes,
    LSH heads) is committed together, so an interrupted run leaves either all
    or nothing of a batch.
    """
    config = config or CorpusConfig()
    if not docs:
        return []
    with state.transaction():
        seq0, pid0, qid0 = state.next_ids()
        seqs = list(range(seq0, seq0 + len(docs)))
        shared = _add_paragraphs(state, docs, seqs, pid0, config)
        _add_articles(state, docs, seqs, shared, config)
        _add_quotes(state, docs, seqs, qid0, config)
        state.insert_aliases([(seq, alias, canonical) for seq, d in zip(seqs, docs, strict=True)
                              for alias, canonical in d.aliases])
    return seqs


def _add_paragraphs(state: State, docs: Sequence[CorpusDoc], seqs: list[int], pid0: int,
                    config: CorpusConfig) -> dict[int, Counter[int]]:
    """Cluster and store the batch's paragraphs; return, per article, the earlier articles whose
    paragraphs it repeats (and how many): the candidates for near-duplicates."""
    paras = [(seq, p) for seq, d in zip(seqs, docs, strict=True) for p in d.paragraphs]
    pkeys = [text_key(p.text) for _, p in paras]
    pvalid = [len(k) >= config.paragraph_min_chars for k in pkeys]
    paras = [x for x, ok in zip(paras, pvalid, strict=True) if ok]
    pkeys = [k for k, ok in zip(pkeys, pvalid, strict=True) if ok]
    pids = list(range(pid0, pid0 + len(paras)))
    pclusters = _cluster_texts(state, "paragraph", pids, pkeys, [True] * len(pids),
                               config.paragraph_ratio, config.paragraph_min_chars, config)
    state.insert_paragraphs([
        (pid, seq, p.index, p.char_start, p.char_end, p.text, cl)
        for pid, (seq, p), cl in zip(pids, paras, pclusters, strict=True)
    ])
    head_seq = state.paragraph_seqs({c for c in pclusters if c is not None and c < pid0})
    head_seq.update({pid: seq for pid, (seq, _) in zip(pids, paras, strict=True)})
    shared: dict[int, Counter[int]] = defaultdict(Counter)
    for (seq, _), cl in zip(paras, pclusters, strict=True):
        if cl is not None and head_seq[cl] != seq:
            shared[seq][head_seq[cl]] += 1
    return shared


def _add_quotes(state: State, docs: Sequence[CorpusDoc], seqs: list[int], qid0: int, config: CorpusConfig) -> None:
    """Cluster and store the batch's quotes (long ones by MinHash/LSH, short ones verbatim later)."""
    quotes = [(seq, q) for seq, d in zip(seqs, docs, strict=True) for q in d.quotes]
    qids = list(range(qid0, qid0 + len(quotes)))
    qkeys = [text_key(q.text) for _, q in quotes]
    qvalid = [len(k.split()) >= config.quote_min_words for k in qkeys]
    qclusters = _cluster_texts(state, "quote", qids, qkeys, qvalid, config.quote_ratio,
                               config.quote_min_chars, config)
    state.insert_quotes([
        (qid, seq, q.quote_id, q.text, q.speaker, q.role, q.org, q.mention, cl)
        for qid, (seq, q), cl in zip(qids, quotes, qclusters, strict=True)
    ])


def _overlap(a: np.ndarray, b: np.ndarray, min_size_ratio: float) -> float:
    """Share of the smaller shingle set found in the other (0 when sizes are too unequal)."""
    small, large = sorted((len(a), len(b)))
    if not small or small < min_size_ratio * large:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / small


def _add_articles(state: State, docs: Sequence[CorpusDoc], seqs: list[int],
                  shared: dict[int, Counter[int]], config: CorpusConfig) -> None:
    """Near-duplicate detection for a batch of articles, then insert their rows.

    Candidates come from article-level LSH (copies with edits everywhere) and
    from shared paragraphs (partial copies: a wire story with another intro);
    each is verified exactly on the stored word 3-gram sets.
    """
    flat, lens = batch_shingles([text_key(d.text) for d in docs], config.article_shingle)
    sig = _hasher(config.article_perm).signatures_flat(flat, lens)
    bounds = np.concatenate(([0], np.cumsum(lens)))
    sets = [np.unique(flat[bounds[i] : bounds[i + 1]].astype(np.uint32)) for i in range(len(docs))]
    bands = band_keys(sig, config.article_bands, _TAGS["article"])
    keys = [bands[i].tolist() if len(sets[i]) else [] for i in range(len(docs))]
    cands = _candidates(state, keys, seqs)
    for i, seq in enumerate(seqs):
        cands[i].extend(c for c, _ in shared.get(seq, Counter()).most_common(config.article_max_shared))
    info = state.article_shingles({c for cs in cands for c in cs} - set(seqs))  # seq -> (set, root, id)
    info.update(state.article_shingles({r for (_, r, _) in info.values()} - set(info) - set(seqs)))
    rows = []
    for i, (doc, seq) in enumerate(zip(docs, seqs, strict=True)):
        pool = set(cands[i])
        pool |= {info[c][1] for c in cands[i] if c in info}  # a false hit of the head index: no article
        best: tuple[int, float] | None = None
        for c in sorted(pool):
            if c == seq or c not in info:
                continue
            sim = _overlap(sets[i], info[c][0], config.article_min_size_ratio)
            if sim >= config.article_overlap:
                best = (c, round(sim, 3))
                break
        root, dup_id, sim = seq, "", None
        if best is not None:
            c, sim = best
            root, dup_id = info[c][1], info[c][2]
        info[seq] = (sets[i], root, doc.article_id)
        rows.append((seq, doc.article_id, doc.content_hash, doc.date, parse_date(doc.date), doc.outlet,
                     doc.status, dup_id, sim, root, len(sets[i]), sets[i].tobytes(), doc.payload))
    state.insert_articles(rows)


# --------------------------------------------------------------------------- finalize

QUOTE_CLUSTER_COLUMNS = ["quote_cluster_id", "text", "speaker_id", "speaker", "n_quotes", "n_articles",
                         "n_outlets", "first_date", "last_date", "article_ids", "outlets"]
PARAGRAPH_CLUSTER_COLUMNS = ["paragraph_cluster_id", "article_id", "paragraph", "char_start", "char_end",
                             "text", "n_articles"]
CHUNK_ROWS = 50_000  # rows of a corpus table in memory at a time


@dataclass
class CorpusTables:
    """Corpus-wide tables written after a run (whole state, not just this run).

    ``speakers`` is small (one row per person or source); the cluster tables
    grow with the corpus, so they are read from the state in chunks
    (:meth:`quote_cluster_chunks`, :meth:`paragraph_cluster_chunks`) while the
    state is open; the properties give them whole, for small corpora and tests.
    """

    speakers: pd.DataFrame
    state: State

    def quote_cluster_chunks(self, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        return self.state.quote_cluster_chunks(QUOTE_CLUSTER_COLUMNS, rows)

    def paragraph_cluster_chunks(self, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        return self.state.paragraph_cluster_chunks(PARAGRAPH_CLUSTER_COLUMNS, rows)

    @property
    def quote_clusters(self) -> pd.DataFrame:
        return pd.concat(list(self.quote_cluster_chunks()), ignore_index=True)

    @property
    def paragraph_clusters(self) -> pd.DataFrame:
        return pd.concat(list(self.paragraph_cluster_chunks()), ignore_index=True)


def finalize(state: State, config: CorpusConfig | None = None) -> CorpusTables:
    """Resolve speakers and short-quote clusters over the whole state and store them.

    Re-running with nothing new gives the same assignments, so nothing in the
    state changes. Memory holds the quotes that have a speaker as integer codes
    (:class:`pipeline.speakers.SpeakerQuotes`, ~40 bytes a quote, read in
    chunks) for the speaker resolution; everything else is done by SQLite over
    the state, a chunk at a time.
    """
    config = config or CorpusConfig()
    state.release_heads()  # the LSH index is not needed here: lower peak memory
    quotes = SpeakerQuotes.from_frames(state.speaker_quote_chunks())  # integer codes, read in chunks
    resolved = resolve_speaker_codes(quotes, state.duplicate_roots(), config, state.aliases_frame())
    del quotes
    speakers = resolved.speakers
    with state.transaction():
        state.store_assignments(resolved.assignments(), _short_quote_keys(resolved))
        state.replace_speakers(speakers)
    return CorpusTables(speakers=speakers, state=state)


def _short_quote_keys(resolved: ResolvedSpeakers) -> Callable[[Iterable[tuple[int, str, str]]],
                                                               Iterator[tuple[int, str]]]:
    """Short quotes (no MinHash cluster) cluster by their words and speaker: the key of each."""

    def keys(rows: Iterable[tuple[int, str, str]]) -> Iterator[tuple[int, str]]:
        for qid, text, speaker_id in rows:
            yield qid, f"{text_key(text or '')}\x00{resolved.statement_speaker(speaker_id or '')}"

    return keys

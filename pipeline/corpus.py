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
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

if TYPE_CHECKING:
    from pipeline.state import State

__all__ = [
    "CorpusConfig", "CorpusDoc", "CorpusParagraph", "CorpusQuote", "MinHasher", "add_batch",
    "batch_shingles", "finalize", "name_key", "parse_date", "resolve_speakers", "text_key", "word_shingles",
]

RESOURCES = Path(__file__).parent / "resources"
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


# --------------------------------------------------------------------------- hashing

def text_key(text: str) -> str:
    """Comparison key: lower-case words only, so quote marks, glued full stops
    ("pun.Hal") and spacing do not matter."""
    return " ".join(_WORD.findall(text.lower()))


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

@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    out = {}
    for line in (RESOURCES / "months.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, num = line.split("\t")
            out[name.strip()] = int(num)
    return out


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
    elif (mt := _NAMED.search(value)) and mt[2].lower() in _months():
        d, m, y = int(mt[1]), _months()[mt[2].lower()], int(mt[3])
    elif (mt := _NAMED_US.search(value)) and mt[1].lower() in _months():
        m, d, y = _months()[mt[1].lower()], int(mt[2]), int(mt[3])
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
        # articles whose paragraphs this article repeats: candidates for near-duplicates
        head_seq = state.paragraph_seqs({c for c in pclusters if c is not None and c < pid0})
        head_seq.update({pid: seq for pid, (seq, _) in zip(pids, paras, strict=True)})
        shared: dict[int, Counter[int]] = defaultdict(Counter)
        for (seq, _), cl in zip(paras, pclusters, strict=True):
            if cl is not None and head_seq[cl] != seq:
                shared[seq][head_seq[cl]] += 1
        _add_articles(state, docs, seqs, shared, config)
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
    return seqs


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
        pool |= {info[c][1] for c in cands[i]}
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


# --------------------------------------------------------------------------- speakers

SPEAKER_COLUMNS = ["speaker_id", "name", "aliases", "roles", "n_quotes", "n_articles", "kind", "mentions"]

def _data_lines(name: str) -> list[str]:
    path = RESOURCES / name
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _name_lists() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    titles = sorted((tuple(t.lower().split()) for t in _data_lines("speaker_titles.txt")),
                    key=len, reverse=True)
    source_words = frozenset(w.lower() for w in _data_lines("speaker_source_words.txt"))
    gazetteer = frozenset(text_key(x) for f in ("ner_orgs.txt", "ner_places.txt")
                          if (RESOURCES / f).exists() for x in _data_lines(f))
    return tuple(titles), source_words, gazetteer


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words of titles, roles, organisations and places: never a first name."""
    words: set[str] = set()
    for f in ("speaker_titles.txt", "speaker_source_words.txt", "ner_titles.txt", "roles.txt",
              "org_heads.txt", "ner_orgs.txt", "ner_places.txt"):
        if (RESOURCES / f).exists():
            for line in _data_lines(f):
                words.update(text_key(line).split())
    return frozenset(words)


def full_name_from_mention(mention: str, short_key: str) -> str:
    """"Sergei Lavrov" from the mention "Menteri Luar Negeri Sergei Lavrov" of speaker "Lavrov".

    The attribution step may keep only the surname as speaker; the mention
    still shows the full name the article used. Only "Firstname Surname"
    with a capitalised first name that is no title, role or organisation word.
    """
    tokens = mention.split()
    if len(tokens) < 2 or name_key(tokens[-1]) != short_key:
        return ""
    first = tokens[-2]
    if not first[:1].isupper() or first.isupper() or text_key(first) in _role_words():
        return ""
    name = f"{first} {tokens[-1]}"
    return name if speaker_kind(name) == "full" else ""


_NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di", "dos"})


def name_key(name: str) -> str:
    """Normalised name: no accents, hyphens as spaces, lower case, leading titles dropped.

    ``Kim Jong-un`` and ``Kim Jong Un`` give the same key; ``Dr. Budi`` -> ``budi``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _WORD.findall(text.lower().replace("_", " "))
    titles = _name_lists()[0]
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for t in titles:
            if len(t) < len(words) and tuple(words[: len(t)]) == t:
                words = words[len(t):]
                stripped = True
                break
    return " ".join(words)


def speaker_kind(name: str) -> str:
    """``full`` (person, 2+ words), ``short`` (person, one word) or ``source`` (anything else).

    A person name is written with capitals only (particles like bin/van
    allowed), has no acronym, no institution word and is not a gazetteer
    organisation or place.
    """
    _, source_words, gazetteer = _name_lists()
    tokens = name.split()
    key = name_key(name)
    if not tokens or not key or text_key(name) in gazetteer:
        return "source"
    for tok in tokens:
        core = tok.strip(".,'\"()")
        if not core:
            continue
        if core.lower() in _NAME_PARTICLES:
            continue
        if not core[0].isupper() or (len(core) >= 2 and core.isupper()) or core.lower() in source_words:
            return "source"
    return "full" if len(key.split()) >= 2 else "short"


def _slug(key: str) -> str:
    return "-".join(key.split()) or "anon"


def _role_key(role: str) -> str:
    return " ".join(w for w in text_key(role).split() if w not in {"itu", "tersebut", "para", "seorang"})


def _distinct_ci(values) -> list[str]:
    """Sorted distinct values, case-insensitively (``Juru bicara Kremlin`` = ``juru bicara Kremlin``)."""
    seen: dict[str, str] = {}
    for v in sorted(values):
        seen.setdefault(v.lower(), v)
    return sorted(seen.values())


def _roles_match(a: str, b: str) -> bool:
    """Same role when one is a word prefix of the other (juru bicara Kremlin ~ juru bicara)."""
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _full_name_clusters(keys: Iterable[str], ratio: float) -> dict[str, str]:
    """Map each full-name key to its cluster's representative key.

    Blocking on (first letter, first three letters of the last word) keeps
    this near linear; inside a block two names merge when they have the same
    number of words, a high overall ratio and every word pair alike
    (``sergey lavrov`` ~ ``sergei lavrov``; ``kim jong un`` !~ ``kim yo jong``).
    """
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    uf = _UnionFind()
    for key in sorted(set(keys)):
        words = key.split()
        blocks[(words[0][:1], words[-1][:3])].append(key)
        uf.find(key)
    for members in blocks.values():
        for i, a in enumerate(members):
            wa = a.split()
            for b in members[i + 1:]:
                wb = b.split()
                if len(wa) != len(wb) or not fuzz.ratio(a, b, score_cutoff=ratio):
                    continue
                if all(x[:1] == y[:1] and fuzz.ratio(x, y) >= 60 for x, y in zip(wa, wb, strict=True)):
                    uf.union(a, b)
    return {k: uf.find(k) for k in uf.parent}


def resolve_speakers(quotes: pd.DataFrame, duplicate_root: dict[int, int] | None = None,
                     config: CorpusConfig | None = None) -> tuple[pd.Series, pd.DataFrame]:
    """Canonical speaker per quote and the speakers table.

    ``quotes`` needs ``qid, seq, speaker, role, cluster`` (cluster: long-quote
    cluster id or NA; seq: the article). ``duplicate_root`` maps an article's
    seq to the seq of the article it near-duplicates. Returns the speaker_id
    per quote (aligned to ``quotes.index``, "" for no speaker) and the
    speakers table (:data:`SPEAKER_COLUMNS`).
    """
    config = config or CorpusConfig()
    duplicate_root = duplicate_root or {}
    q = quotes[quotes["speaker"].astype(str).str.strip() != ""]
    names = pd.Series(q["speaker"].astype(str).unique())
    kind = {n: speaker_kind(n) for n in names}
    nkey = {n: name_key(n) for n in names}
    mention = q["mention"].astype(str) if "mention" in q else pd.Series("", index=q.index)
    from_mention = pd.Series([full_name_from_mention(m, nkey[s]) if kind[s] == "short" else ""
                              for s, m in zip(q["speaker"].astype(str), mention, strict=True)],
                             index=q.index, dtype=object)
    for n in set(from_mention) - {""}:
        kind[n], nkey[n] = "full", name_key(n)
    full_rep = _full_name_clusters((nkey[n] for n in kind if kind[n] == "full"), config.name_ratio)

    # group id per quote: "P:<rep key>" persons with a full name, "S:<key>" short, "O:<key>" sources
    qsp = q["speaker"].astype(str)
    group = pd.Series([
        f"P:{full_rep[nkey[s]]}" if kind[s] == "full" else
        (f"S:{nkey[s]}" if kind[s] == "short" else f"O:{text_key(s) or s.lower()}")
        for s in qsp], index=q.index, dtype=object)
    roles = q["role"].astype(str).map(_role_key)

    # evidence for short forms: full-name groups per article, per quote cluster, and their roles
    tokens_of = {f"P:{r}": set() for r in full_rep.values()}
    for k, r in full_rep.items():
        tokens_of[f"P:{r}"].update(k.split())
    is_full = group.str.startswith("P:")
    art_full: dict[int, set[str]] = defaultdict(set)
    art_full_role: dict[tuple[int, str], set[str]] = defaultdict(set)
    for seq, g, r in zip(q["seq"][is_full], group[is_full], roles[is_full], strict=True):
        art_full[int(seq)].add(g)
        art_full_role[(int(seq), g)].add(r)
    has_mention = from_mention != ""
    for seq, n in zip(q["seq"][has_mention], from_mention[has_mention], strict=True):
        art_full[int(seq)].add(f"P:{full_rep[nkey[n]]}")
    clus_full: dict[int, set[str]] = defaultdict(set)
    cl = q["cluster"]
    for c, g in zip(cl[is_full & cl.notna()], group[is_full & cl.notna()], strict=True):
        clus_full[int(c)].add(g)
    corpus_roles: dict[str, set[str]] = defaultdict(set)
    for g, r in zip(group[is_full], roles[is_full], strict=True):
        if r:
            corpus_roles[g].add(r)

    def pick(cands: set[str], token: str) -> set[str]:
        return {g for g in cands if token in tokens_of.get(g, ())}

    is_short = group.str.startswith("S:")
    link: dict[tuple[int, str], str] = {}
    short_df = pd.DataFrame({"seq": q["seq"][is_short].astype(int), "g": group[is_short],
                             "role": roles[is_short], "cluster": cl[is_short]})
    for (seq, g), part in short_df.groupby(["seq", "g"], sort=True):
        token = g[2:]
        qroles = {r for r in part["role"] if r}
        cands = pick(art_full.get(seq, set()), token)
        if len(cands) > 1 and qroles:  # two Kims in one article: the role decides, if it can
            cands = {c for c in cands if any(_roles_match(r, x) for r in qroles
                                             for x in art_full_role[(seq, c)])}
        if not cands:
            clusters = {int(c) for c in part["cluster"] if pd.notna(c)}
            cands = pick(set().union(*(clus_full.get(c, set()) for c in clusters)), token)
        if not cands and seq in duplicate_root:
            cands = pick(art_full.get(duplicate_root[seq], set()), token)
        if not cands and qroles:
            cands = {c for c, rs in corpus_roles.items()
                     if token in tokens_of[c] and any(_roles_match(r, x) for r in qroles for x in rs)}
        if len(cands) == 1:
            link[(seq, g)] = next(iter(cands))
    if link:
        keys = list(zip(q["seq"].astype(int), group, strict=True))
        group = pd.Series([link.get(k, k[1]) for k in keys], index=q.index, dtype=object)

    # ids and table, groups ordered by first quote
    frame = pd.DataFrame({"qid": q["qid"].astype(int), "seq": q["seq"].astype(int), "group": group,
                          "speaker": qsp, "role": q["role"].astype(str), "mention": mention,
                          "from_mention": from_mention})
    first = frame.groupby("group", sort=False)["qid"].min().sort_values(kind="stable")
    ids: dict[str, str] = {}
    used: set[str] = set()
    rows = []
    for g, part in frame.groupby("group", sort=False):
        part_sorted = part.sort_values("qid", kind="stable")
        counts = Counter(part_sorted["speaker"])
        order = {s: i for i, s in enumerate(dict.fromkeys(part_sorted["speaker"]))}
        variants = sorted(counts, key=lambda s: (kind[s] != "full", -counts[s], order[s]))
        name = variants[0]
        earliest_full = next((s for s in part_sorted["speaker"] if kind[s] == "full"), name)
        extra = {n for n in part["from_mention"] if n and n not in counts}
        rows.append((int(first[g]), g, name, earliest_full, [*variants[1:], *extra], part))
    rows.sort(key=lambda r: r[0])
    table = []
    for _, g, name, earliest, aliases, part in rows:
        base = _slug(name_key(earliest)) if not g.startswith("O:") else _slug(g[2:])
        sid, n = base, 2
        while sid in used:
            sid, n = f"{base}-{n}", n + 1
        used.add(sid)
        ids[g] = sid
        role_set = _distinct_ci(r.strip() for r in part["role"] if r.strip())
        table.append({
            "speaker_id": sid, "name": name, "aliases": "; ".join(sorted(aliases)),
            "roles": "; ".join(role_set), "n_quotes": len(part), "n_articles": part["seq"].nunique(),
            "kind": "person" if g[0] in "PS" else "source",
            "mentions": "; ".join(sorted({m.strip() for m in part["mention"] if m.strip()})),
        })
    speaker_ids = pd.Series("", index=quotes.index, dtype=object)
    speaker_ids.loc[q.index] = group.map(ids)
    speakers = pd.DataFrame(table, columns=SPEAKER_COLUMNS)
    speakers = speakers.sort_values(["n_quotes", "speaker_id"], ascending=[False, True], kind="stable")
    return speaker_ids, speakers.reset_index(drop=True)


# --------------------------------------------------------------------------- finalize

QUOTE_CLUSTER_COLUMNS = ["quote_cluster_id", "text", "speaker_id", "speaker", "n_quotes", "n_articles",
                         "n_outlets", "first_date", "last_date", "article_ids", "outlets"]
PARAGRAPH_CLUSTER_COLUMNS = ["paragraph_cluster_id", "article_id", "paragraph", "char_start", "char_end",
                             "text", "n_articles"]


@dataclass
class CorpusTables:
    """Corpus-wide tables written after a run (whole state, not just this run)."""

    speakers: pd.DataFrame
    quote_clusters: pd.DataFrame
    paragraph_clusters: pd.DataFrame


def finalize(state: State, config: CorpusConfig | None = None) -> CorpusTables:
    """Resolve speakers and short-quote clusters over the whole state and store them.

    Re-running with nothing new gives the same assignments, so nothing in the
    state changes.
    """
    config = config or CorpusConfig()
    state.release_heads()  # ~2.6 KB an article of LSH index, not needed here: lower peak memory
    arts = state.articles_frame()  # seq, article_id, date_iso, outlet, root
    quotes = state.quotes_frame()  # qid, seq, quote_id, text, speaker, role, cluster
    root = {int(s): int(r) for s, r in zip(arts["seq"], arts["root"], strict=True) if s != r}
    speaker_ids, speakers = resolve_speakers(quotes, root, config)
    quotes["speaker_id"] = speaker_ids
    # short quotes: the same words by the same speaker
    short = quotes["cluster"].isna()
    if short.any():
        key = quotes.loc[short, "text"].astype(str).map(text_key) + "\x00" + quotes.loc[short, "speaker_id"]
        first = quotes.loc[short, "qid"].groupby(key.values).transform("min")
        quotes.loc[short, "cluster"] = first.values
    quotes["cluster"] = quotes["cluster"].astype("int64")
    qid_to_quote = dict(zip(quotes["qid"], quotes["quote_id"], strict=True))
    quotes["quote_cluster_id"] = quotes["cluster"].map(qid_to_quote)
    with state.transaction():
        state.store_assignments(quotes[["qid", "speaker_id", "quote_cluster_id"]])
        state.replace_speakers(speakers)
    names = dict(zip(speakers["speaker_id"], speakers["name"], strict=True))
    return CorpusTables(speakers=speakers,
                        quote_clusters=quote_clusters_frame(quotes, arts, names),
                        paragraph_clusters=state.paragraph_clusters_frame())


def quote_clusters_frame(quotes: pd.DataFrame, arts: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """One row per quote cluster: first text, majority speaker, articles, outlets, dates.

    Vectorised (builtin groupby aggregations only): at 100k articles there
    are hundreds of thousands of clusters.
    """
    if quotes.empty:
        return pd.DataFrame(columns=QUOTE_CLUSTER_COLUMNS)
    a = arts.set_index("seq")
    q = quotes.sort_values("qid", kind="stable")[["qid", "seq", "text", "speaker_id", "quote_cluster_id"]].copy()
    q["article_id"] = q["seq"].map(a["article_id"])
    q["outlet"] = q["seq"].map(a["outlet"]).fillna("").astype(str)
    q["date_iso"] = q["seq"].map(a["date_iso"]).replace("", None)
    key = "quote_cluster_id"
    g = q.groupby(key, sort=False)
    frame = pd.DataFrame({
        "text": g["text"].first(), "n_quotes": g.size(), "n_articles": g["seq"].nunique(),
        "n_outlets": g["outlet"].nunique(), "first_date": g["date_iso"].min(), "last_date": g["date_iso"].max(),
        "_first": g["qid"].min(),
    })
    named = q[q["speaker_id"] != ""]
    votes = named.groupby([key, "speaker_id"], sort=False).agg(n=("qid", "size"), first=("qid", "min")).reset_index()
    votes = votes.sort_values([key, "n", "first"], ascending=[True, False, True]).drop_duplicates(key)
    frame["speaker_id"] = votes.set_index(key)["speaker_id"]
    # lists of articles and outlets: only clusters reported by more than one article need a join
    multi = frame.index[frame["n_articles"] > 1]
    frame["article_ids"] = g["article_id"].first()
    frame["outlets"] = g["outlet"].first()
    if len(multi):
        sub = q[q[key].isin(multi)]
        arts_u = sub.drop_duplicates([key, "article_id"])
        frame.loc[multi, "article_ids"] = arts_u.groupby(key, sort=False)["article_id"].agg("; ".join)
        outs_u = sub[sub["outlet"] != ""].drop_duplicates([key, "outlet"])
        frame.loc[multi, "outlets"] = outs_u.groupby(key, sort=False)["outlet"].agg("; ".join)
    frame = frame.fillna({"speaker_id": "", "first_date": "", "last_date": "", "outlets": ""}).reset_index()
    frame["speaker"] = frame["speaker_id"].map(names).fillna("")
    frame = frame.sort_values(["n_articles", "_first"], ascending=[False, True], kind="stable")
    return frame[QUOTE_CLUSTER_COLUMNS].reset_index(drop=True)

"""Canonical speakers across the corpus: one person is one speaker id.

Articles name one person many ways (``Prabowo Subianto``, ``Prabowo``,
``Presiden Prabowo``; ``Saifullah Yusuf`` and ``Gus Ipul``). Speakers are
grouped in steps, each a small function:

1. full names merge by normalisation plus fuzzy matching within blocks
   (``Sergey``/``Sergei Lavrov``; ``Kim Jong Un`` stays apart from ``Kim Yo Jong``);
2. aliases the entity layer learned inside any article (``Saifullah Yusuf
   (Gus Ipul)``, ``Joko Widodo atau Jokowi``) tie those names together everywhere;
3. a one-word name joins a full name through evidence (full names in the same
   article, the same quote cluster, a near-duplicate article, the same role),
   and otherwise when the corpus has exactly one full name it fits (by
   position: ``Prabowo`` opens ``Prabowo Subianto`` and only ends ``Listyo
   Sigit Prabowo``); two people sharing a short form stay apart.

Memory is integer arrays per quote only (a million articles have ~8M quotes
with a speaker): :class:`SpeakerQuotes` holds speakers, roles, mentions and
dates as codes into their few thousand distinct values, and every per-quote
step (group, role key, full name from the mention, the evidence per article,
per cluster and per role, the short-name links, the table's counts, names,
roles, mentions and dates) is numpy grouping (lexsort and run starts) or a
Python loop over distinct values or distinct tuples, never over quotes.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from .entities.words import load_name_words, name_word
from .resource_files import read_list
from .text import WORD, text_key

SPEAKER_COLUMNS = ["speaker_id", "name", "aliases", "roles", "n_quotes", "n_articles", "kind", "mentions",
                   "first_date", "last_date"]
_NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di", "dos"})


# --------------------------------------------------------------------------- names


@lru_cache(maxsize=1)
def _one_word_roles() -> frozenset[str]:
    return frozenset(r.lower() for r in read_list("roles.txt") if " " not in r.strip())


@lru_cache(maxsize=1)
def _name_lists() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    titles = sorted((tuple(t.lower().split()) for t in read_list("speaker_titles.txt")), key=len, reverse=True)
    source_words = frozenset(w.lower() for w in read_list("speaker_source_words.txt")) | \
        _one_word_roles()  # "Pakar", "Jaksa": a role word alone
    gazetteer = frozenset(text_key(x) for f in ("ner_orgs.txt", "ner_places.txt") for x in read_list(f))
    return tuple(titles), source_words, gazetteer


@lru_cache(maxsize=1)
def _corpus_wide_sources() -> frozenset[str]:
    return frozenset(text_key(line) for line in read_list("corpus_wide_sources.txt"))


def is_description(name: str) -> bool:
    """``hakim``, ``perekam video``, ``Jaksa``: a speaker that describes someone instead of naming them.

    Written all in lower case, or a one-word role capitalised (a sentence's
    first word), and no corpus-wide body (``pemerintah``). Such a speaker is
    someone of its own article only; a name, an acronym or a capitalised
    organisation identifies one speaker across the corpus.
    """
    key = text_key(name)
    if not key or key in _corpus_wide_sources():
        return False
    return name == name.lower() or (key in _one_word_roles() and name[1:] == name[1:].lower())


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words of titles, roles, organisations and places: never a first name."""
    words: set[str] = set()
    for f in ("speaker_titles.txt", "speaker_source_words.txt", "ner_titles.txt", "roles.txt",
              "org_heads.txt", "ner_orgs.txt", "ner_places.txt"):
        for line in read_list(f):
            words.update(text_key(line).split())
    return frozenset(words)


def name_key(name: str) -> str:
    """Normalised name: no accents, hyphens as spaces, lower case, leading titles dropped.

    ``Kim Jong-un`` and ``Kim Jong Un`` give the same key; ``Dr. Budi`` -> ``budi``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = WORD.findall(text.lower().replace("_", " "))
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
        if not core or core.lower() in _NAME_PARTICLES:
            continue
        if not core[0].isupper() or (len(core) >= 2 and core.isupper()) or core.lower() in source_words:
            return "source"
    return "full" if len(key.split()) >= 2 else "short"


def full_name_from_mention(mention: str, short_key: str) -> str:
    """"Sergei Lavrov" from the mention "Menteri Luar Negeri Sergei Lavrov" of speaker "Lavrov".

    Only "Firstname Surname" with a capitalised first name that is no title,
    role or organisation word.
    """
    tokens = mention.split()
    if len(tokens) < 2 or name_key(tokens[-1]) != short_key:
        return ""
    first = tokens[-2]
    if not first[:1].isupper() or first.isupper() or text_key(first) in _role_words() or \
            not name_word(first, load_name_words(), frozenset()):
        return ""  # "Awalnya Purbaya", "Laporan Jokowi": a sentence opener, not a first name
    name = f"{first} {tokens[-1]}"
    return name if speaker_kind(name) == "full" else ""


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


def _full_name_clusters(keys: Iterable[str], ratio: float) -> _UnionFind:
    """Full-name keys grouped when spelled alike.

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
        _join_middle_names(members, uf)
    _join_partial_names(sorted(uf.parent), uf, load_name_words().droppable)
    return uf


def _join_partial_names(keys: list[str], uf: _UnionFind, droppable: frozenset[str]) -> None:
    """A full name of two words or more that opens exactly one longer name (``sri mulyani`` and ``sri mulyani
    indrawati``), or is one with a given name often dropped (``tito karnavian`` and ``muhammad tito
    karnavian``), joins it; with two such longer names it stays apart (a family: ``zulkifli hasan`` and
    ``putri zulkifli hasan`` share no such given name)."""
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for b in keys:
        wb = tuple(b.split())
        for n in range(2, len(wb)):
            longer[wb[:n]].add(uf.find(b))
        if len(wb) >= 3 and wb[0] in droppable:
            longer[wb[1:]].add(uf.find(b))
    for a in keys:
        groups = {g for g in longer.get(tuple(a.split()), ()) if g != uf.find(a)}
        if len(groups) == 1:
            uf.union(a, groups.pop())


def _join_middle_names(members: list[str], uf: _UnionFind) -> None:
    """``rosan roeslani`` = ``rosan perkasa roeslani``: a full name that leaves out middle names joins the one
    longer name of the block with its first and last word and all its words, when there is exactly one."""
    for a in members:
        wa = a.split()
        longer = {uf.find(b) for b in members if len(b.split()) > len(wa) and b.split()[0] == wa[0]
                  and b.split()[-1] == wa[-1] and set(wa) <= set(b.split())}
        if len(longer) == 1:
            uf.union(a, longer.pop())


# --------------------------------------------------------------------------- grouping


def _role_key(role: str) -> str:
    """A role compared across articles: an office's short form spelt out (``Mentan`` is ``menteri pertanian``,
    resources/role_acronyms.tsv), without determiners and quantifiers."""
    words = [w for w in text_key(role).split() if w not in {"itu", "tersebut", "para", "seorang"}]
    offices = load_name_words().role_acronyms
    if words and words[0] in offices:
        words = offices[words[0]].split() + words[1:]
    return " ".join(words)


def _roles_match(a: str, b: str) -> bool:
    """Same role when one is a word prefix of the other (juru bicara Kremlin ~ juru bicara)."""
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n]


@dataclass
class _Speakers:
    """Every distinct speaker string of the corpus and what kind of name it is."""

    kind: dict[str, str] = field(default_factory=dict)  # speaker -> full | short | source
    key: dict[str, str] = field(default_factory=dict)  # speaker -> name key
    full: _UnionFind = field(default_factory=_UnionFind)  # full-name keys grouped (spelling and aliases)
    by_token: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # name word -> P groups
    words_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # P group -> name words

    def index(self) -> None:
        """Name words of every full-name group, both ways (built once the groups are final)."""
        for k in list(self.full.parent):
            g = f"P:{self.full.find(k)}"
            for w in k.split():
                self.by_token[w].add(g)
                self.words_of[g].add(w)

    def group(self, name: str) -> str:
        """``P:<full-name key>`` (a person with a full name), ``S:<key>`` (one word) or ``O:<source>``."""
        kind = self.kind[name]
        if kind == "full":
            return f"P:{self.full.find(self.key[name])}"
        if kind == "short":
            return f"S:{self.key[name]}"
        return f"O:{text_key(name) or name.lower()}"

    def tokens(self, group: str) -> set[str]:
        """Name words of a full-name group (over all its spellings)."""
        return self.words_of.get(group, set())


# --------------------------------------------------------------------------- quotes as integer codes


@dataclass
class _Vocabulary:
    """Distinct strings and their integer codes, in order of first appearance."""

    codes: dict[str, int] = field(default_factory=dict)

    def code(self, value: str) -> int:
        return self.codes.setdefault(value, len(self.codes))

    def encode(self, column: pd.Series) -> np.ndarray:
        """int32 code of every cell (each distinct value of the column is looked up once)."""
        local, uniques = pd.factorize(column, use_na_sentinel=False)
        ids = np.fromiter((self.code(u) for u in uniques), dtype=np.int32, count=len(uniques))
        return ids[local]

    @property
    def values(self) -> list[str]:
        return list(self.codes)


SPEAKER_QUOTE_COLUMNS = ["qid", "seq", "speaker", "role", "mention", "cluster", "date"]
_BLOCK = 1 << 16  # (article, one-word name) pairs made into records at a time
_NO_DATE = np.iinfo(np.int32).max  # stands for "no date" where a minimum over dates is taken


@dataclass
class SpeakerQuotes:
    """The quotes that have a speaker as parallel integer arrays in qid order: what resolution reads.

    A million articles have ~8M such quotes but only thousands of distinct
    speakers, roles, mentions and dates, so the strings are codes into the
    lists ``speakers``, ``roles``, ``mentions`` and ``dates`` (``dates`` is
    sorted, so codes compare like the ISO dates; -1 is no date). That is ~40
    bytes a quote and no Python object per quote.
    """

    qid: np.ndarray  # int64
    seq: np.ndarray  # int64, the article
    cluster: np.ndarray  # int64, the long-quote cluster (a qid), -1 for none
    speaker: np.ndarray  # int32 codes into speakers
    role: np.ndarray  # int32 codes into roles
    mention: np.ndarray  # int32 codes into mentions
    date: np.ndarray  # int32 codes into dates, -1 for none
    speakers: list[str]
    roles: list[str]
    mentions: list[str]
    dates: list[str]

    def __len__(self) -> int:
        return len(self.qid)

    @classmethod
    def from_frames(cls, frames: Iterable[pd.DataFrame]) -> SpeakerQuotes:
        """Encode chunks with :data:`SPEAKER_QUOTE_COLUMNS` (text columns already strings) as they come."""
        vocab = {c: _Vocabulary() for c in ("speaker", "role", "mention", "date")}
        parts: dict[str, list[np.ndarray]] = defaultdict(list)
        for frame in frames:
            parts["qid"].append(frame["qid"].to_numpy(dtype=np.int64))
            parts["seq"].append(frame["seq"].to_numpy(dtype=np.int64))
            parts["cluster"].append(_cluster_codes(frame["cluster"]))
            for c, v in vocab.items():
                parts[c].append(v.encode(frame[c]))
        arrays = {c: np.concatenate(parts[c]) if parts[c] else np.zeros(0, dtype=np.int64)
                  for c in SPEAKER_QUOTE_COLUMNS}
        if np.any(np.diff(arrays["qid"]) < 0):
            order = np.argsort(arrays["qid"], kind="stable")
            arrays = {c: a[order] for c, a in arrays.items()}
        dates, rank = _sorted_dates(vocab["date"].values)
        arrays["date"] = rank[arrays["date"]]
        return cls(**arrays, speakers=vocab["speaker"].values, roles=vocab["role"].values,
                   mentions=vocab["mention"].values, dates=dates)


def _cluster_codes(column: pd.Series) -> np.ndarray:
    """Cluster ids as int64, -1 where there is none (NA, None or NaN)."""
    return pd.to_numeric(column).astype("Int64").fillna(-1).to_numpy(dtype=np.int64)


def _sorted_dates(values: list[str]) -> tuple[list[str], np.ndarray]:
    """The non-empty dates sorted, and each original code's rank among them (-1 for "")."""
    dates = sorted(v for v in values if v)
    rank = {d: i for i, d in enumerate(dates)}
    return dates, np.array([rank.get(v, -1) for v in values], dtype=np.int32)


@dataclass(frozen=True)
class _Runs:
    """Rows sorted by integer keys (stably: rows in qid order stay so within a key) and where each
    distinct key starts: the numpy way to group ~8M quotes."""

    order: np.ndarray
    starts: np.ndarray

    def first(self, column: np.ndarray) -> np.ndarray:
        """The column's value at the first row of each run."""
        return column[self.order[self.starts]]

    def sizes(self) -> np.ndarray:
        return np.diff(np.append(self.starts, len(self.order)))

    def split(self, column: np.ndarray) -> list[np.ndarray]:
        """The column's values of each run."""
        return np.split(column[self.order], self.starts[1:]) if len(self.order) else []

    def run_of_row(self) -> np.ndarray:
        """The run of every row (in the original row order)."""
        out = np.empty(len(self.order), dtype=np.int64)
        out[self.order] = np.repeat(np.arange(len(self.starts)), self.sizes())
        return out


def _runs(*keys: np.ndarray) -> _Runs:
    """Group rows by ``keys`` (the first the most significant)."""
    order = np.lexsort(keys[::-1])
    new = np.zeros(len(order), dtype=bool)
    new[:1] = True
    for key in keys:
        k = key[order]
        new[1:] |= k[1:] != k[:-1]
    return _Runs(order, np.flatnonzero(new))


def _distinct(*columns: np.ndarray) -> list[np.ndarray]:
    """Distinct rows of parallel integer columns, sorted (first column the most significant)."""
    runs = _runs(*columns)
    return [runs.first(c) for c in columns]


def _bounds(sorted_keys: np.ndarray, n: int) -> np.ndarray:
    """Where each key 0..n-1 starts in a sorted key column (and its end, n + 1 values)."""
    return np.searchsorted(sorted_keys, np.arange(n + 1))


# --------------------------------------------------------------------------- grouping


def _classify(quotes: SpeakerQuotes, aliases: pd.DataFrame, config) -> tuple[_Speakers, list[str], np.ndarray]:
    """Kinds and keys of every speaker; full names grouped by spelling and by learned aliases.

    Also the full names that one-word speakers' mentions give ("Sergei Lavrov" for "Lavrov"): their
    list (code 0 is "") and the code of each quote's.
    """
    sp = _Speakers()
    for n in quotes.speakers:
        sp.kind[n], sp.key[n] = speaker_kind(n), name_key(n)
    names, from_mention = _names_from_mentions(quotes, sp)
    for n in names[1:]:
        sp.kind[n], sp.key[n] = "full", name_key(n)
    for n in aliases["canonical"]:
        if n not in sp.kind:
            sp.kind[n], sp.key[n] = speaker_kind(n), name_key(n)
    sp.full = _full_name_clusters((sp.key[n] for n in sp.kind if sp.kind[n] == "full"), config.name_ratio)
    for alias, canonical in zip(aliases["alias"], aliases["canonical"], strict=True):
        if sp.kind.get(alias) == "full" and sp.kind.get(canonical) == "full":
            sp.full.union(sp.key[alias], sp.key[canonical])  # Kang Dedi Mulyadi = Dedi Mulyadi
    sp.index()
    return sp, names, from_mention


def _names_from_mentions(quotes: SpeakerQuotes, sp: _Speakers) -> tuple[list[str], np.ndarray]:
    """:func:`full_name_from_mention` once per distinct (one-word speaker, mention) pair."""
    short = np.array([sp.kind[s] == "short" for s in quotes.speakers], dtype=bool)
    rows = np.flatnonzero(short[quotes.speaker]) if len(short) else np.zeros(0, dtype=np.int64)
    n_mentions = max(1, len(quotes.mentions))
    pairs, inverse = np.unique(quotes.speaker[rows].astype(np.int64) * n_mentions + quotes.mention[rows],
                               return_inverse=True)
    names = _Vocabulary()
    names.code("")
    codes = np.array([names.code(full_name_from_mention(quotes.mentions[p % n_mentions],
                                                        sp.key[quotes.speakers[p // n_mentions]]))
                      for p in pairs.tolist()], dtype=np.int32)
    out = np.zeros(len(quotes), dtype=np.int32)
    out[rows] = codes[inverse.reshape(-1)]
    return names.values, out


@dataclass
class _Coded:
    """Each quote's speaker group and role key as codes into ``groups`` and ``role_keys``."""

    group: np.ndarray  # int32 codes into groups
    role_key: np.ndarray  # int32 codes into role_keys
    groups: _Vocabulary  # P:<full-name key> | S:<key> | O:<source>; link targets are added later
    role_keys: list[str]


def _code_groups_and_roles(quotes: SpeakerQuotes, sp: _Speakers) -> _Coded:
    """Group and role key of each distinct speaker and role, spread to the quotes."""
    groups = _Vocabulary()
    of_speaker = np.array([groups.code(sp.group(s)) for s in quotes.speakers], dtype=np.int32)
    keys = _Vocabulary()
    of_role = np.array([keys.code(_role_key(r)) for r in quotes.roles], dtype=np.int32)
    return _Coded(of_speaker[quotes.speaker] if len(of_speaker) else np.zeros(0, dtype=np.int32),
                  of_role[quotes.role] if len(of_role) else np.zeros(0, dtype=np.int32), groups, keys.values)


def _group_kinds(groups: _Vocabulary, prefix: str) -> np.ndarray:
    """Which group codes start with ``prefix`` (P:, S: or O:)."""
    return np.array([g.startswith(prefix) for g in groups.values], dtype=bool)


@dataclass
class _Evidence:
    """What ties a one-word name to a full name: its article, quote cluster, roles, learned aliases.

    The per-article and per-cluster facts stay sorted arrays read one article at a time: as dicts of
    sets they would take more memory than the quotes.
    """

    art_seq: np.ndarray  # distinct (article, full-name group, role key or -1), sorted
    art_group: np.ndarray
    art_role: np.ndarray
    clus_id: np.ndarray  # distinct (quote cluster, full-name group), sorted
    clus_group: np.ndarray
    groups: list[str]
    role_keys: list[str]
    corpus_roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    alias_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # alias key -> P groups
    respelled_min_chars: int = 5  # CorpusConfig.respelled_min_chars
    respelled_ratio: float = 85.0  # CorpusConfig.respelled_ratio

    def article(self, seq: int) -> dict[str, set[str]]:
        """Full-name groups of an article, each with the role keys it was written with there."""
        lo, hi = np.searchsorted(self.art_seq, [seq, seq + 1]).tolist()
        out: dict[str, set[str]] = {}
        for g, r in zip(self.art_group[lo:hi].tolist(), self.art_role[lo:hi].tolist(), strict=True):
            roles = out.setdefault(self.groups[g], set())
            if r >= 0:
                roles.add(self.role_keys[r])
        return out

    def cluster(self, cluster: int) -> set[str]:
        """Full-name groups that said a statement of this quote cluster."""
        lo, hi = np.searchsorted(self.clus_id, [cluster, cluster + 1]).tolist()
        return {self.groups[g] for g in self.clus_group[lo:hi].tolist()}


def _evidence(quotes: SpeakerQuotes, coded: _Coded, names: list[str], from_mention: np.ndarray,
              sp: _Speakers, aliases: pd.DataFrame, config) -> _Evidence:
    """Full names per article (with roles), per quote cluster and per role, over distinct tuples."""
    name_group = np.array([coded.groups.code(sp.group(n)) if n else -1 for n in names], dtype=np.int32)
    is_full = _group_kinds(coded.groups, "P:")[coded.group]
    has_name = from_mention > 0
    art = _distinct(np.concatenate([quotes.seq[is_full], quotes.seq[has_name]]),
                    np.concatenate([coded.group[is_full], name_group[from_mention[has_name]]]),
                    np.concatenate([coded.role_key[is_full], np.full(int(has_name.sum()), -1, dtype=np.int32)]))
    in_cluster = is_full & (quotes.cluster >= 0)
    clus = _distinct(quotes.cluster[in_cluster], coded.group[in_cluster])
    groups = coded.groups.values
    ev = _Evidence(*art, *clus, groups, coded.role_keys, respelled_min_chars=config.respelled_min_chars,
                   respelled_ratio=config.respelled_ratio)
    empty = coded.role_keys.index("") if "" in coded.role_keys else -1
    with_role = is_full & (coded.role_key != empty)
    for g, r in zip(*(c.tolist() for c in _distinct(coded.group[with_role], coded.role_key[with_role])),
                    strict=True):
        ev.corpus_roles[groups[g]].add(coded.role_keys[r])
    for alias, canonical in zip(aliases["alias"], aliases["canonical"], strict=True):
        if sp.kind.get(canonical) == "full":
            ev.alias_of[name_key(alias)].add(sp.group(canonical))
    return ev


def _fits(token: str, sp: _Speakers) -> set[str]:
    """Full-name groups of the corpus a one-word name fits: the only one holding the word, else the
    only one it opens (``Prabowo Subianto``), else the only one it ends (``Sergey Lavrov``)."""
    cands = sp.by_token.get(token, set())
    if len(cands) <= 1:
        return cands
    for pos in (0, -1):  # a name opened by the word beats one it ends; two of either stay ambiguous
        by_pos = {g for g in cands if g[2:].split()[pos] == token}
        if by_pos:
            # "prabowo subianto rakabuming raka" only extends "prabowo subianto": the shorter one stands
            return {g for g in by_pos if not any(o != g and g[2:].startswith(o[2:] + " ") for o in by_pos)}
    return cands


@dataclass(frozen=True)
class _ShortName:
    """A one-word speaker of one article: its word, roles and quote clusters."""

    seq: int
    token: str
    roles: frozenset[str]
    clusters: frozenset[int]


def _in_article(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names of the same article with the word; where roles are written, the one with the same role
    (two Kims in one article, or "Presiden Prabowo" beside "Kapolri Listyo Sigit Prabowo")."""
    roles_of = ev.article(sn.seq)
    cands = {g for g in roles_of if sn.token in sp.tokens(g)}
    if sn.roles:
        cands = {c for c in cands if not (roles_of[c] - {""}) or any(
            _roles_match(r, x) for r in sn.roles for x in roles_of[c])}
    if cands and not any(_opens(sn.token, g) for g in cands) and any(
            _opens(sn.token, g) for g in sp.by_token.get(sn.token, ())):
        return set()  # "Prabowo" beside "Listyo Sigit Prabowo": the corpus knows a name it opens
    return cands


def _opens(token: str, group: str) -> bool:
    return group[2:].split()[0] == token


def _in_cluster(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names that said the same statement elsewhere."""
    return {g for c in sn.clusters for g in ev.cluster(c) if sn.token in sp.tokens(g)}


def _in_duplicate(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names of the article this one near-duplicates."""
    if sn.seq not in duplicate_root:
        return set()
    return {g for g in ev.article(duplicate_root[sn.seq]) if sn.token in sp.tokens(g)}


def _by_role(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names written anywhere with the same role."""
    return {c for c, rs in ev.corpus_roles.items()
            if sn.token in sp.tokens(c) and any(_roles_match(r, x) for r in sn.roles for x in rs)}


def _by_alias(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Gus Ipul, Jokowi: a nickname the entity layer learned in some article."""
    return ev.alias_of.get(sn.token, set())


def _by_fit(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """The one full name the word fits, unless both are written with roles and no role matches (``Kepala BPS
    NTB, Wahyudin`` is not ``Wahyudin Sunarya, VP Marketing`` of another article)."""
    return {c for c in _fits(sn.token, sp) if not (sn.roles - {""}) or not (ev.corpus_roles.get(c, set()) - {""})
            or any(_roles_share_a_word(r, x) for r in sn.roles for x in ev.corpus_roles[c])}


def _roles_share_a_word(a: str, b: str) -> bool:
    """Roles of one person, loosely: a word in common (``sekretaris jenderal partai golkar`` and ``ketua fraksi
    partai golkar``); ``kepala bps ntb`` and ``vp marketing`` are two people's."""
    return bool(set(a.split()) & set(b.split()) - load_name_words().role_fillers)


def _by_role_and_spelling(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """``Ketua KPU Affifudin``: a word spelled like one of a full name written with the same role."""
    if len(sn.token) < ev.respelled_min_chars or not (sn.roles - {""}):
        return set()
    return {c for c, rs in ev.corpus_roles.items()
            if any(w[:1] == sn.token[:1] and fuzz.ratio(w, sn.token) >= ev.respelled_ratio for w in sp.tokens(c))
            and any(_roles_match(r, x) for r in sn.roles for x in rs)}


SHORT_NAME_EVIDENCE = [_in_article, _in_cluster, _in_duplicate, _by_role, _by_alias, _by_fit, _by_role_and_spelling]


def _short_target(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> str:
    """The full-name group a one-word speaker of one article belongs to, or '' when unclear: the first
    kind of evidence that names any candidate decides, and only a single candidate links."""
    for evidence in SHORT_NAME_EVIDENCE:
        cands = evidence(sn, ev, sp, duplicate_root)
        if cands:
            return next(iter(cands)) if len(cands) == 1 else ""
    return ""


@dataclass
class _ShortNames:
    """The distinct (article, one-word group) pairs of the quotes, with their role keys and clusters."""

    names: list[str]  # group strings by code
    role_keys: list[str]
    rows: np.ndarray  # the quotes with a one-word group
    pair: np.ndarray  # the pair of each of those quotes
    seq: np.ndarray  # per pair
    group: np.ndarray  # per pair
    role_bounds: np.ndarray  # pair p's role keys: roles[role_bounds[p]:role_bounds[p + 1]]
    roles: np.ndarray
    cluster_bounds: np.ndarray
    clusters: np.ndarray

    def block(self, lo: int, hi: int) -> Iterator[_ShortName]:
        """Pairs lo..hi-1 as records (a block at a time: no Python list over all pairs)."""
        rb, cb = self.role_bounds[lo:hi + 1].tolist(), self.cluster_bounds[lo:hi + 1].tolist()
        roles = self.roles[rb[0]:rb[-1]].tolist()
        clusters = self.clusters[cb[0]:cb[-1]].tolist()
        for i, (seq, g) in enumerate(zip(self.seq[lo:hi].tolist(), self.group[lo:hi].tolist(), strict=True)):
            yield _ShortName(seq, self.names[g][2:],
                             frozenset(self.role_keys[r] for r in roles[rb[i] - rb[0]:rb[i + 1] - rb[0]]),
                             frozenset(clusters[cb[i] - cb[0]:cb[i + 1] - cb[0]]))


def _short_names(quotes: SpeakerQuotes, coded: _Coded) -> _ShortNames:
    """Group the quotes with a one-word group by (article, group): numpy, no Python loop over quotes."""
    rows = np.flatnonzero(_group_kinds(coded.groups, "S:")[coded.group])
    runs = _runs(quotes.seq[rows], coded.group[rows])
    pair = runs.run_of_row()
    role_key = coded.role_key[rows]
    empty = coded.role_keys.index("") if "" in coded.role_keys else -1
    has_role = role_key != empty
    role_pair, roles = _distinct(pair[has_role], role_key[has_role])
    cluster = quotes.cluster[rows]
    clus_pair, clusters = _distinct(pair[cluster >= 0], cluster[cluster >= 0])
    n = len(runs.starts)
    return _ShortNames(coded.groups.values, coded.role_keys, rows, pair, runs.first(quotes.seq[rows]),
                       runs.first(coded.group[rows]), _bounds(role_pair, n), roles, _bounds(clus_pair, n), clusters)


def _link_short_names(quotes: SpeakerQuotes, coded: _Coded, ev: _Evidence, sp: _Speakers,
                      duplicate_root: dict[int, int]) -> np.ndarray:
    """Each quote's group with one-word groups replaced, article by article, by the full-name group
    they belong to (the target code of each distinct pair, spread back to its quotes)."""
    sn = _short_names(quotes, coded)
    target = np.full(len(sn.seq), -1, dtype=np.int64)
    for lo in range(0, len(sn.seq), _BLOCK):
        for p, name in enumerate(sn.block(lo, min(lo + _BLOCK, len(sn.seq))), lo):
            found = _short_target(name, ev, sp, duplicate_root)
            if found:
                target[p] = coded.groups.code(found)
    group = coded.group.copy()
    linked = target[sn.pair]
    group[sn.rows] = np.where(linked >= 0, linked, group[sn.rows])
    return group


def _scope_descriptions(quotes: SpeakerQuotes, group: np.ndarray, groups: _Vocabulary,
                        duplicate_root: dict[int, int]) -> np.ndarray:
    """Each quote of a description (:func:`is_description`) moved to a group of its own article: ``O:jaksa@<seq>``.

    Two trials' prosecutors or two crowds' ``warga`` are different people. An
    article's near-duplicates (``duplicate_root``) share the group of the copy
    they duplicate, and articles where the description says the same long
    statement (one quote cluster) share one group: the same witness retold.
    """
    described = np.array([is_description(s) for s in quotes.speakers], dtype=bool)
    if not described.any():
        return group
    # "Polisi" opening a sentence is the "polisi" of another: a group any of whose spellings describes
    rows = np.flatnonzero(np.isin(group, np.unique(group[described[quotes.speaker]])))
    seqs, inverse = np.unique(quotes.seq[rows], return_inverse=True)
    roots = np.array([duplicate_root.get(s, s) for s in seqs.tolist()], dtype=np.int64)[inverse.reshape(-1)]
    scale = int(roots.max()) + 1
    pairs, pair_of_row = np.unique(group[rows].astype(np.int64) * scale + roots, return_inverse=True)
    names = groups.values
    keys = [f"{names[p // scale]}@{p % scale}" for p in pairs.tolist()]
    scopes = _UnionFind()
    pair_of_row = pair_of_row.reshape(-1)
    clustered = quotes.cluster[rows] >= 0
    for pair_codes in _runs(group[rows][clustered], quotes.cluster[rows][clustered]).split(pair_of_row[clustered]):
        for p in pair_codes.tolist()[1:]:
            scopes.union(keys[pair_codes[0]], keys[p])
    codes = np.array([groups.code(scopes.find(k)) for k in keys], dtype=group.dtype)
    out = group.copy()
    out[rows] = codes[pair_of_row]
    return out


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class _Use:
    """One distinct value (a speaker as written, a role, a mention) within a speaker's quotes."""

    value: str
    count: int
    first_qid: int
    first_date: str
    last_date: str


@dataclass
class _GroupQuotes:
    """What the speakers table needs of one speaker's quotes, summed over their distinct values."""

    names: list[_Use]
    roles: list[_Use]
    mentions: list[_Use]
    from_mentions: list[_Use]
    n_quotes: int
    n_articles: int
    first_date: str
    last_date: str


def _date_spans(date: np.ndarray, runs: _Runs) -> tuple[np.ndarray, np.ndarray]:
    """Earliest and latest date code of each run (_NO_DATE / -1 where it has none)."""
    if not len(runs.starts):
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    d = date[runs.order]
    return (np.minimum.reduceat(np.where(d < 0, _NO_DATE, d), runs.starts),
            np.maximum.reduceat(d, runs.starts))


def _date_text(code: int, dates: list[str]) -> str:
    return dates[code] if 0 <= code < _NO_DATE else ""


def _uses(group: np.ndarray, column: np.ndarray, values: list[str], quotes: SpeakerQuotes) -> dict[int, list[_Use]]:
    """Each group's distinct values of a coded column: count, first quote and date span of each."""
    runs = _runs(group, column)
    lo, hi = _date_spans(quotes.date, runs)
    out: dict[int, list[_Use]] = defaultdict(list)
    for g, v, n, q, a, b in zip(runs.first(group).tolist(), runs.first(column).tolist(), runs.sizes().tolist(),
                                runs.first(quotes.qid).tolist(), lo.tolist(), hi.tolist(), strict=True):
        out[g].append(_Use(values[v], n, q, _date_text(a, quotes.dates), _date_text(b, quotes.dates)))
    return out


def _group_quotes(quotes: SpeakerQuotes, group: np.ndarray, names: list[str],
                  from_mention: np.ndarray) -> dict[int, _GroupQuotes]:
    """Every speaker group's summary, the groups in order of their first quote."""
    runs = _runs(group)
    lo, hi = _date_spans(quotes.date, runs)
    first_group, sizes = runs.first(group).tolist(), runs.sizes().tolist()
    articles = np.bincount(_distinct(group, quotes.seq)[0], minlength=int(group.max(initial=-1)) + 1)
    uses = [_uses(group, quotes.speaker, quotes.speakers, quotes), _uses(group, quotes.role, quotes.roles, quotes),
            _uses(group, quotes.mention, quotes.mentions, quotes), _uses(group, from_mention, names, quotes)]
    out = {}
    for i in np.argsort(runs.first(quotes.qid), kind="stable").tolist():
        g = first_group[i]
        out[g] = _GroupQuotes(*(u[g] for u in uses), sizes[i], int(articles[g]),
                              _date_text(int(lo[i]), quotes.dates), _date_text(int(hi[i]), quotes.dates))
    return out


def _roles_over_time(uses: list[_Use]) -> str:
    """Each role with the dates it was written (``Menteri Keuangan (2025-09-09..2025-10-21)``), spelled as
    first written."""
    spelled: dict[str, str] = {}
    dates: dict[str, list[str]] = defaultdict(list)
    for u in sorted(uses, key=lambda u: u.first_qid):
        role = u.value.strip()
        if not role:
            continue
        spelled.setdefault(role.lower(), role)
        dates[role.lower()].extend(d for d in (u.first_date, u.last_date) if d)
    items = []
    for key in sorted(spelled):
        span = f" ({min(dates[key])}..{max(dates[key])})" if dates[key] else ""
        items.append(f"{spelled[key]}{span}")
    return "; ".join(items)


def _fullest_first(variants: list[_Use]) -> list[_Use]:
    """``Rosan Perkasa Roeslani`` before the more frequent ``Rosan Roeslani``: the name of a speaker is the
    fullest form that holds every word of the most written one (the entity layer's rule, across articles)."""
    if not variants:
        return variants
    words = set(variants[0].value.lower().split())
    fuller = [u for u in variants if words < set(u.value.lower().split())]
    if not fuller:
        return variants
    best = max(fuller, key=lambda u: (len(u.value.split()), u.count))
    return [best, *(u for u in variants if u is not best)]


def _speaker_row(g: str, gq: _GroupQuotes, sp: _Speakers, used: set[str]) -> dict:
    """One speaker of the table from the summary of its quotes."""
    written = {u.value for u in gq.names}
    variants = _fullest_first(sorted(gq.names, key=lambda u: (sp.kind[u.value] != "full", -u.count, u.first_qid)))
    name = variants[0].value
    full = [u for u in gq.names if sp.kind[u.value] == "full"]
    earliest = min(full, key=lambda u: u.first_qid).value if full else name
    extra = {u.value for u in gq.from_mentions if u.value and u.value not in written}
    base = "-".join((name_key(earliest) if not g.startswith("O:") else g[2:].partition("@")[0]).split()) or "anon"
    sid, n = base, 2
    while sid in used:
        sid, n = f"{base}-{n}", n + 1
    used.add(sid)
    return {
        "speaker_id": sid, "name": name, "aliases": "; ".join(sorted([*(u.value for u in variants[1:]), *extra])),
        "roles": _roles_over_time(gq.roles), "n_quotes": gq.n_quotes, "n_articles": gq.n_articles,
        "kind": "person" if g[0] in "PS" else "source",
        "mentions": "; ".join(sorted({m for u in gq.mentions if (m := u.value.strip())})),
        "first_date": gq.first_date, "last_date": gq.last_date,
    }


def _speaker_table(quotes: SpeakerQuotes, group: np.ndarray, groups: list[str], names: list[str],
                   from_mention: np.ndarray, sp: _Speakers) -> tuple[list[str], pd.DataFrame]:
    """Speaker id of each group code (ids given in order of the groups' first quotes) and the table."""
    used: set[str] = set()
    ids, rows = [""] * len(groups), []
    for g, gq in _group_quotes(quotes, group, names, from_mention).items():
        row = _speaker_row(groups[g], gq, sp, used)
        ids[g] = row["speaker_id"]
        rows.append(row)
    speakers = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    speakers = speakers.sort_values(["n_quotes", "speaker_id"], ascending=[False, True], kind="stable")
    return ids, speakers.reset_index(drop=True)


# --------------------------------------------------------------------------- entry points


@dataclass
class ResolvedSpeakers:
    """The speaker of every quote (a code per quote, an id per code) and the speakers table."""

    qid: np.ndarray
    group: np.ndarray  # per quote, in the order of ``qid``
    ids: list[str]  # speaker_id of each group code
    speakers: pd.DataFrame
    said_by: dict[str, str] = field(default_factory=dict)  # a description's speaker_id -> the description

    def statement_speaker(self, speaker_id: str) -> str:
        """Who a short quote's words cluster under: its speaker_id, or for a description its words
        (``perekam video``'s "Macet... macet..." retold in four articles is one statement)."""
        return self.said_by.get(speaker_id, speaker_id)

    def speaker_ids(self) -> np.ndarray:
        """speaker_id of each quote (object array)."""
        return np.array(self.ids, dtype=object)[self.group] if len(self.group) else np.array([], dtype=object)

    def assignments(self, rows: int = 5000) -> Iterator[tuple[int, str]]:
        """(qid, speaker_id) of each quote, made ``rows`` at a time (no list of millions of tuples)."""
        for i in range(0, len(self.qid), rows):
            yield from zip(self.qid[i:i + rows].tolist(), [self.ids[g] for g in self.group[i:i + rows].tolist()],
                           strict=True)


def resolve_speaker_codes(quotes: SpeakerQuotes, duplicate_root: dict[int, int] | None = None, config=None,
                          aliases: pd.DataFrame | None = None) -> ResolvedSpeakers:
    """Canonical speaker per quote and the speakers table, from quotes as codes (see :func:`resolve_speakers`).

    Per-quote work is numpy over integer arrays; Python loops run over distinct
    speakers, roles, (article, one-word name) pairs and speaker groups only.
    """
    from .corpus import CorpusConfig

    config = config or CorpusConfig()
    aliases = aliases if aliases is not None else pd.DataFrame(columns=["alias", "canonical"])
    sp, names, from_mention = _classify(quotes, aliases, config)
    coded = _code_groups_and_roles(quotes, sp)
    ev = _evidence(quotes, coded, names, from_mention, sp, aliases, config)
    group = _link_short_names(quotes, coded, ev, sp, duplicate_root or {})
    group = _scope_descriptions(quotes, group, coded.groups, duplicate_root or {})
    values = coded.groups.values
    ids, speakers = _speaker_table(quotes, group, values, names, from_mention, sp)
    said_by = {ids[g]: v.partition("@")[0] for g, v in enumerate(values) if "@" in v and ids[g]}
    return ResolvedSpeakers(quotes.qid, group, ids, speakers, said_by)


def _dates(q: pd.DataFrame, dates: dict[int, str] | None) -> list[str]:
    """Each quote's ISO date: its ``date`` column, else looked up by article in ``dates``."""
    if "date" in q:
        return q["date"].astype(str).tolist()
    return [(dates or {}).get(int(seq), "") for seq in q["seq"]]


def resolve_speakers(quotes: pd.DataFrame, duplicate_root: dict[int, int] | None = None, config=None,
                     aliases: pd.DataFrame | None = None, dates: dict[int, str] | None = None,
                     ) -> tuple[pd.Series, pd.DataFrame]:
    """Canonical speaker per quote and the speakers table.

    ``quotes`` needs ``qid, seq, speaker, role, cluster`` (cluster: long-quote
    cluster id or NA; seq: the article). ``duplicate_root`` maps an article's
    seq to the seq of the article it near-duplicates; ``aliases`` (``alias,
    canonical``) are person aliases the entity layer learned; ``dates`` maps
    seq to an ISO date (or ``quotes`` has a ``date`` column). Returns the speaker_id per quote (aligned to
    ``quotes.index``, "" for no speaker) and the speakers table
    (:data:`SPEAKER_COLUMNS`). The corpus step reads the state in chunks straight into
    :class:`SpeakerQuotes` and calls :func:`resolve_speaker_codes`; this frame version is for tests and notebooks.
    """
    q = quotes[quotes["speaker"].astype(str).str.strip() != ""]
    frame = pd.DataFrame({"qid": q["qid"].astype(int), "seq": q["seq"].astype(int),
                          "speaker": q["speaker"].astype(str), "role": q["role"].astype(str),
                          "mention": q["mention"].astype(str) if "mention" in q else "",
                          "cluster": q["cluster"], "date": _dates(q, dates)}, index=q.index)
    frame = frame.sort_values("qid", kind="stable")
    resolved = resolve_speaker_codes(SpeakerQuotes.from_frames([frame]), duplicate_root, config, aliases)
    speaker_ids = pd.Series("", index=quotes.index, dtype=object)
    speaker_ids.loc[frame.index] = resolved.speaker_ids()
    return speaker_ids, resolved.speakers

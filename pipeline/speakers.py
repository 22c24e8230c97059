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
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

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
def _name_lists() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    titles = sorted((tuple(t.lower().split()) for t in read_list("speaker_titles.txt")), key=len, reverse=True)
    source_words = frozenset(w.lower() for w in read_list("speaker_source_words.txt"))
    gazetteer = frozenset(text_key(x) for f in ("ner_orgs.txt", "ner_places.txt") for x in read_list(f))
    return tuple(titles), source_words, gazetteer


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
    return uf


# --------------------------------------------------------------------------- grouping


def _role_key(role: str) -> str:
    return " ".join(w for w in text_key(role).split() if w not in {"itu", "tersebut", "para", "seorang"})


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


def _classify(q: pd.DataFrame, aliases: pd.DataFrame, config) -> tuple[_Speakers, pd.Series]:
    """Kinds and keys of every speaker; full names grouped by spelling and by learned aliases."""
    sp = _Speakers()
    for n in q["speaker"].astype(str).unique():
        sp.kind[n], sp.key[n] = speaker_kind(n), name_key(n)
    mention = q["mention"].astype(str) if "mention" in q else pd.Series("", index=q.index)
    from_mention = pd.Series([full_name_from_mention(m, sp.key[s]) if sp.kind[s] == "short" else ""
                              for s, m in zip(q["speaker"].astype(str), mention, strict=True)],
                             index=q.index, dtype=object)
    for n in set(from_mention) - {""}:
        sp.kind[n], sp.key[n] = "full", name_key(n)
    for n in aliases["canonical"]:
        if n not in sp.kind:
            sp.kind[n], sp.key[n] = speaker_kind(n), name_key(n)
    sp.full = _full_name_clusters((sp.key[n] for n in sp.kind if sp.kind[n] == "full"), config.name_ratio)
    for alias, canonical in zip(aliases["alias"], aliases["canonical"], strict=True):
        if sp.kind.get(alias) == "full" and sp.kind.get(canonical) == "full":
            sp.full.union(sp.key[alias], sp.key[canonical])  # Kang Dedi Mulyadi = Dedi Mulyadi
    sp.index()
    return sp, from_mention


@dataclass
class _Evidence:
    """What ties a one-word name to a full name: its article, quote cluster, roles, learned aliases."""

    art_full: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    art_full_role: dict[tuple[int, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    clus_full: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    corpus_roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    alias_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # alias key -> P groups


def _evidence(q: pd.DataFrame, group: pd.Series, roles: pd.Series, from_mention: pd.Series,
              sp: _Speakers, aliases: pd.DataFrame) -> _Evidence:
    ev = _Evidence()
    is_full = group.str.startswith("P:")
    for seq, g, r in zip(q["seq"][is_full], group[is_full], roles[is_full], strict=True):
        ev.art_full[int(seq)].add(g)
        ev.art_full_role[(int(seq), g)].add(r)
        if r:
            ev.corpus_roles[g].add(r)
    has_mention = from_mention != ""
    for seq, n in zip(q["seq"][has_mention], from_mention[has_mention], strict=True):
        ev.art_full[int(seq)].add(sp.group(n))
    cl = q["cluster"]
    for c, g in zip(cl[is_full & cl.notna()], group[is_full & cl.notna()], strict=True):
        ev.clus_full[int(c)].add(g)
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
    cands = {g for g in ev.art_full.get(sn.seq, set()) if sn.token in sp.tokens(g)}
    if sn.roles:
        cands = {c for c in cands if not (ev.art_full_role[(sn.seq, c)] - {""}) or any(
            _roles_match(r, x) for r in sn.roles for x in ev.art_full_role[(sn.seq, c)])}
    if cands and not any(_opens(sn.token, g) for g in cands) and any(
            _opens(sn.token, g) for g in sp.by_token.get(sn.token, ())):
        return set()  # "Prabowo" beside "Listyo Sigit Prabowo": the corpus knows a name it opens
    return cands


def _opens(token: str, group: str) -> bool:
    return group[2:].split()[0] == token


def _in_cluster(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names that said the same statement elsewhere."""
    return {g for c in sn.clusters for g in ev.clus_full.get(c, set()) if sn.token in sp.tokens(g)}


def _in_duplicate(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names of the article this one near-duplicates."""
    if sn.seq not in duplicate_root:
        return set()
    return {g for g in ev.art_full.get(duplicate_root[sn.seq], set()) if sn.token in sp.tokens(g)}


def _by_role(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Full names written anywhere with the same role."""
    return {c for c, rs in ev.corpus_roles.items()
            if sn.token in sp.tokens(c) and any(_roles_match(r, x) for r in sn.roles for x in rs)}


def _by_alias(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    """Gus Ipul, Jokowi: a nickname the entity layer learned in some article."""
    return ev.alias_of.get(sn.token, set())


def _by_fit(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> set[str]:
    return _fits(sn.token, sp)


SHORT_NAME_EVIDENCE = [_in_article, _in_cluster, _in_duplicate, _by_role, _by_alias, _by_fit]


def _short_target(sn: _ShortName, ev: _Evidence, sp: _Speakers, duplicate_root: dict[int, int]) -> str:
    """The full-name group a one-word speaker of one article belongs to, or '' when unclear: the first
    kind of evidence that names any candidate decides, and only a single candidate links."""
    for evidence in SHORT_NAME_EVIDENCE:
        cands = evidence(sn, ev, sp, duplicate_root)
        if cands:
            return next(iter(cands)) if len(cands) == 1 else ""
    return ""


def _link_short_names(q: pd.DataFrame, group: pd.Series, roles: pd.Series, ev: _Evidence, sp: _Speakers,
                      duplicate_root: dict[int, int]) -> pd.Series:
    """Replace each one-word group by the full-name group it belongs to, article by article."""
    is_short = group.str.startswith("S:")
    short_df = pd.DataFrame({"seq": q["seq"][is_short].astype(int), "g": group[is_short],
                             "role": roles[is_short], "cluster": q["cluster"][is_short]})
    link = {}
    for (seq, g), part in short_df.groupby(["seq", "g"], sort=True):
        sn = _ShortName(int(seq), g[2:], frozenset(r for r in part["role"] if r),
                        frozenset(int(c) for c in part["cluster"] if pd.notna(c)))
        target = _short_target(sn, ev, sp, duplicate_root)
        if target:
            link[(seq, g)] = target
    if not link:
        return group
    keys = zip(q["seq"].astype(int), group, strict=True)
    return pd.Series([link.get(k, k[1]) for k in keys], index=q.index, dtype=object)


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class _SpeakerQuote:
    """What the speakers table needs of one quote (plain values: a row per quote, not pandas)."""

    qid: int
    seq: int
    speaker: str
    role: str
    mention: str
    from_mention: object
    date: str


def _roles_over_time(rows: list[_SpeakerQuote]) -> str:
    """Each role with the dates it was written (``Menteri Keuangan (2025-09-09..2025-10-21)``)."""
    out: dict[str, list[str]] = {}
    for r in rows:
        role = r.role.strip()
        if not role:
            continue
        out.setdefault(role.lower(), [role])
        if r.date:
            out[role.lower()].append(r.date)
    items = []
    for key in sorted(out):
        role, *dates = out[key]
        span = f" ({min(dates)}..{max(dates)})" if dates else ""
        items.append(f"{role}{span}")
    return "; ".join(items)


def _speaker_row(g: str, rows: list[_SpeakerQuote], sp: _Speakers, used: set[str]) -> dict:
    """One speaker of the table from its quotes (in quote order)."""
    names = [r.speaker for r in rows]
    counts = Counter(names)
    order = {s: i for i, s in enumerate(dict.fromkeys(names))}
    variants = sorted(counts, key=lambda s: (sp.kind[s] != "full", -counts[s], order[s]))
    name = variants[0]
    earliest = next((s for s in names if sp.kind[s] == "full"), name)
    extra = {r.from_mention for r in rows if r.from_mention and r.from_mention not in counts}
    base = "-".join((name_key(earliest) if not g.startswith("O:") else g[2:]).split()) or "anon"
    sid, n = base, 2
    while sid in used:
        sid, n = f"{base}-{n}", n + 1
    used.add(sid)
    dates = [r.date for r in rows if r.date]
    return {
        "speaker_id": sid, "name": name, "aliases": "; ".join(sorted([*variants[1:], *extra])),
        "roles": _roles_over_time(rows), "n_quotes": len(rows), "n_articles": len({r.seq for r in rows}),
        "kind": "person" if g[0] in "PS" else "source",
        "mentions": "; ".join(sorted({m.strip() for r in rows if (m := r.mention).strip()})),
        "first_date": min(dates, default=""), "last_date": max(dates, default=""),
    }


def _quotes_by_group(frame: pd.DataFrame) -> dict[str, list[_SpeakerQuote]]:
    """Each group's quotes in quote order, the groups in order of their first quote."""
    columns = [_shared_values(frame[c]) for c in ("group", "qid", "seq", "speaker", "role", "mention",
                                                  "from_mention", "date")]
    groups: dict[str, list[_SpeakerQuote]] = {}
    for g, *values in zip(*columns, strict=True):
        groups.setdefault(g, []).append(_SpeakerQuote(*values))
    for rows in groups.values():
        rows.sort(key=lambda r: r.qid)
    return dict(sorted(groups.items(), key=lambda item: item[1][0].qid))


def _shared_values(column: pd.Series) -> list:
    """The column as a list whose equal strings are one object: a million quotes name a few
    thousand speakers, roles and dates (a plain ``tolist`` makes a string per cell)."""
    if pd.api.types.is_numeric_dtype(column):
        return column.tolist()
    cat = pd.Categorical(column)
    values = [*cat.categories.tolist(), None]  # code -1 (a missing value) picks the None
    return [values[code] for code in cat.codes.tolist()]


def _speaker_table(frame: pd.DataFrame, sp: _Speakers) -> tuple[dict[str, str], pd.DataFrame]:
    """Speaker ids (groups in order of their first quote) and the speakers table."""
    used: set[str] = set()
    ids, rows = {}, []
    for g, quotes in _quotes_by_group(frame).items():
        row = _speaker_row(g, quotes, sp, used)
        ids[g] = row["speaker_id"]
        rows.append(row)
    speakers = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    speakers = speakers.sort_values(["n_quotes", "speaker_id"], ascending=[False, True], kind="stable")
    return ids, speakers.reset_index(drop=True)


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
    (:data:`SPEAKER_COLUMNS`).
    """
    from .corpus import CorpusConfig

    config = config or CorpusConfig()
    aliases = aliases if aliases is not None else pd.DataFrame(columns=["alias", "canonical"])
    q = quotes[quotes["speaker"].astype(str).str.strip() != ""]
    sp, from_mention = _classify(q, aliases, config)
    group = pd.Series([sp.group(s) for s in q["speaker"].astype(str)], index=q.index, dtype=object)
    roles = q["role"].astype(str).map(_role_key)
    ev = _evidence(q, group, roles, from_mention, sp, aliases)
    group = _link_short_names(q, group, roles, ev, sp, duplicate_root or {})
    frame = pd.DataFrame({"qid": q["qid"].astype(int), "seq": q["seq"].astype(int), "group": group,
                          "speaker": q["speaker"].astype(str), "role": q["role"].astype(str),
                          "mention": q["mention"].astype(str) if "mention" in q else "",
                          "from_mention": from_mention,
                          "date": _dates(q, dates)}, index=q.index)
    ids, speakers = _speaker_table(frame, sp)
    speaker_ids = pd.Series("", index=quotes.index, dtype=object)
    speaker_ids.loc[q.index] = group.map(ids)
    return speaker_ids, speakers

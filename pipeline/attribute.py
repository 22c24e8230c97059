"""Attribution: direct and indirect quotes, their speaker, role and cue.

Rule-based on purpose: the cues, role words and stop lists are data files in
``pipeline/resources/`` so that an analyst can read and extend them, and every
decision is visible in the ``resolution`` column. The stage works on the
cleaned text of one article, its sentences (``segment``) and its entities
(``ner``); offsets are into the cleaned text.

Order of work for one article:
1. find quoted runs (every quote style, unbalanced marks tolerated);
2. find cues outside quotes and read the pattern around each one
   (``X mengatakan bahwa …``, ``Menurut X, …``, ``…, kata X.``);
3. attribute direct quotes (cue after the closing mark, cue before the
   opening mark, or the speaker of the previous quote);
4. resolve mentions in reading order: names to the most complete name in the
   article, ``-nya``/``ia``/``dia``/``beliau`` to the latest speaker,
   ``pejabat itu`` to the latest matching source, bare roles to the person
   holding them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import Entity, Quote, Sentence
from .segment import find_dateline

RESOURCES = Path(__file__).resolve().parent / "resources"

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
WORD = re.compile(r"\w+", re.UNICODE)
VERB_PREFIX = re.compile(r"^(?:me(?:m|n|ng|ny)?|ber|be|memper|diper)[a-z]{3,}$")
PASSIVE_PREFIX = re.compile(r"^(?:di|ter)[a-z]{4,}$")

OPEN_DOUBLE = "“«„\""
CLOSE_DOUBLE = "”»\"“"
MIN_DIRECT_WORDS = 3
ALIAS = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,5}) ?\(([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\)")


# --------------------------------------------------------------------------- lexicon


def _read_list(name: str) -> list[str]:
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """Language data for attribution, read from ``pipeline/resources``."""

    cues: dict[str, str]
    roles: frozenset[str]
    role_first_words: frozenset[str]
    np_stop: frozenset[str]
    time_words: frozenset[str]
    references: dict[str, str]
    not_verbs: frozenset[str]
    complementizers: dict[str, bool]
    predicate_markers: frozenset[str]
    org_heads: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # attribution_words.txt sections
    post_alt: str = ""  # regex alternation of post cues without -nya (kata|ujar|…)
    say_alt: str = ""  # regex alternation of say verbs
    max_role_words: int = 3


def _read_sections(name: str) -> dict[str, frozenset[str]]:
    """``[section]`` headed word lists from one data file."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in _read_list(name):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(line.lower())
    return {k: frozenset(v) for k, v in sections.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the data files once per process (they are immutable)."""
    cues = {}
    for line in _read_list("cues.tsv"):
        form, kind = line.split("\t")[:2]
        cues[form.lower()] = kind
    roles = frozenset(r.lower() for r in _read_list("roles.txt"))
    refs = dict(line.split("\t")[:2] for line in _read_list("references.txt"))
    comps = {}
    for line in _read_list("complementizers.txt"):
        form, keep = line.split("\t")
        comps[form] = keep == "1"
    return Lexicon(
        cues=cues,
        roles=roles,
        role_first_words=frozenset(r.split()[0] for r in roles),
        np_stop=frozenset(_read_list("np_stop.txt")),
        time_words=frozenset(_read_list("time_words.txt")),
        references=refs,
        not_verbs=frozenset(_read_list("not_verbs.txt")),
        complementizers=comps,
        predicate_markers=frozenset(_read_list("predicate_markers.txt")),
        org_heads=frozenset(_read_list("org_heads.txt")),
        org_words=frozenset(_read_list("org_words.txt")),
        ranks=frozenset(_read_list("ranks.txt")),
        words=_read_sections("attribution_words.txt"),
        post_alt="|".join(sorted((re.escape(f) for f, k in cues.items() if k in ("post", "postq")
                                  and not f.endswith("nya")), key=len, reverse=True)),
        say_alt="|".join(sorted((re.escape(f) for f, k in cues.items() if k == "say"), key=len, reverse=True)),
        max_role_words=max(len(r.split()) for r in roles),
    )


# --------------------------------------------------------------------------- tokens


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    return [Tok(m.group(), m.start() + start, m.end() + start) for m in TOKEN.finditer(text[start:end])]


def n_words(text: str) -> int:
    return len(WORD.findall(text))


# --------------------------------------------------------------------------- quotes


@dataclass
class QuoteRun:
    """Text between quotation marks: ``start``/``end`` exclude the marks."""

    open: int
    close: int  # index of the closing mark, or paragraph end when unclosed
    start: int
    end: int
    closed: bool = True


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_quote_runs(text: str, start: int, end: int) -> list[QuoteRun]:
    """Quoted runs in ``text[start:end]`` (one paragraph).

    Double marks of any style pair with each other (outlets mix ``“…"``);
    single marks count only at word edges so apostrophes (``Jum'at``) are not
    quotes; single quotes inside a double quote stay inside it. A quote left
    open runs to the end of the paragraph.
    """
    runs: list[QuoteRun] = []
    i = start
    open_at: int | None = None
    open_kind = ""
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch in OPEN_DOUBLE and not (ch == "”" and not _is_word_char(nxt)):
                open_at, open_kind = i, "double"
            elif ch in "‘'" and not _is_word_char(prev) and _is_word_char(nxt):
                open_at, open_kind = i, "single"
        else:
            closes = False
            if open_kind == "double" and ch in CLOSE_DOUBLE:
                # a “ right before a word while open is a new opening: treat the
                # previous run as unclosed text and restart here
                closes = not (ch == "“" and _is_word_char(nxt) and not _is_word_char(prev))
                if not closes:
                    open_at = i
            elif open_kind == "single" and ch in "’'" and not _is_word_char(nxt) and prev != " ":
                closes = True
            if closes:
                runs.append(QuoteRun(open_at, i, open_at + 1, i))
                open_at = None
        i += 1
    if open_at is not None:
        runs.append(QuoteRun(open_at, end, open_at + 1, end, closed=False))
    for run in runs:  # trim spaces inside the marks
        while run.start < run.end and text[run.start].isspace():
            run.start += 1
        while run.end > run.start and text[run.end - 1].isspace():
            run.end -= 1
    return [r for r in runs if r.end > r.start]


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    """A speaker mention as written, before resolution."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | clitic | description | role | source
    name: str = ""
    role: str = ""


@dataclass
class ArticleContext:
    """What attribution knows about one article: names, roles, aliases."""

    text: str
    lex: Lexicon
    persons: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # lower token/alias -> fullest name
    role_of: dict[str, str] = field(default_factory=dict)  # name -> role
    holder_of: dict[str, str] = field(default_factory=dict)  # lower role -> name
    parser: Any = None  # optional pipeline.syntax.Parser (or LazyParser), used when the rules find no subject
    parses: dict[int, list] = field(default_factory=dict)  # sentence start -> dependency parse

    def expand(self, name: str) -> str:
        """Most complete form of ``name`` the article gives (Lavrov -> Sergey Lavrov)."""
        key = name.lower()
        if key in self.full_names:
            return self.full_names[key]
        toks = key.split()
        if toks and toks[-1] in self.full_names:
            full = self.full_names[toks[-1]]
            if set(toks) <= set(full.lower().split()):
                return full
        return name


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-–—()")
    return text


def build_context(text: str, entities: list[Entity], lex: Lexicon) -> ArticleContext:
    ctx = ArticleContext(text=text, lex=lex)
    ctx.persons = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
    ctx.orgs = [e for e in entities if e.label in ("ORG", "LOC")]
    # full names: longest PER containing each token; acronyms in parentheses
    for ent in sorted(ctx.persons, key=lambda e: -len(e.text)):
        name = _clean_name(ent.text)
        if not name:
            continue
        ctx.full_names.setdefault(name.lower(), name)
        _register_words(ctx, name)
        after = text[ent.end:ent.end + 12]
        m = re.match(r"\s*\(([A-Z][A-Za-z]{1,6})\)", after)
        if m:
            ctx.full_names.setdefault(m.group(1).lower(), name)
    # aliases written as "NAME (ALIAS)": Agus Harimurti Yudhoyono (AHY), Saifullah Yusuf (Gus Ipul)
    for m in ALIAS.finditer(text):
        alias = m.group(2)
        ent = next((e for e in ctx.persons if e.start <= m.start(1) < e.end or e.end == m.end(1)), None)
        if ent is not None:
            name = _clean_name(ent.text)
        else:
            words = m.group(1).split()
            if _role_start(words, lex) == 0 and len(words) > 2:
                words = words[-2:]
            name = " ".join(words)
        known = ctx.full_names.get(alias.lower())
        if (known is None or known.lower() == alias.lower()) and alias.lower() != name.lower():
            ctx.full_names[alias.lower()] = ctx.expand(name)
    # roles: "ROLE NAME" and "NAME, ROLE," anywhere in the article
    for ent in ctx.persons:
        name = ctx.expand(_clean_name(ent.text))
        prev_end = max((p.end for p in ctx.persons if p.end <= ent.start), default=0)
        role = _role_before(text, ent.start, lex, prev_end) or _role_after(text, ent.end, lex)
        if role and len(role.split()) <= 10:
            if len(role) > len(ctx.role_of.get(name, "")):
                ctx.role_of[name] = role
            ctx.holder_of.setdefault(role.lower(), name)
    return ctx


def _role_words_ok(words: list[str], lex: Lexicon) -> bool:
    """Does a run of words start with a role head (``juru bicara``, ``Menteri``)?"""
    low = [w.lower() for w in words]
    for n in range(min(lex.max_role_words, len(low)), 0, -1):
        if " ".join(low[:n]) in lex.roles:
            return True
    return False


def _role_start(words: list[str], lex: Lexicon) -> int | None:
    """Index of the first word of a role head in ``words`` (leftmost), or None."""
    for i in range(len(words)):
        if _role_words_ok(words[i:], lex):
            return i
    return None


def _role_before(text: str, pos: int, lex: Lexicon, floor: int = 0) -> str:
    """Role written right before a name: ``Menteri Luar Negeri Rusia |Sergey Lavrov``."""
    left = text[max(floor, pos - 160):pos]
    left = left.rstrip(" ,")
    m = re.search(r"[^.;:!?\"“”()\n]*$", left)
    seg = m.group() if m else ""
    words = seg.split()
    # keep the longest suffix that starts with a role head and has no verb
    best = ""
    for i in range(len(words)):
        cand = words[i:]
        if _role_words_ok(cand, lex) and not any(_is_verb(w, lex) for w in cand):
            if any(w.lower() in lex.np_stop or w.lower() in lex.words["conjunctions"] for w in cand[1:]):
                continue
            best = " ".join(cand)
            break
    return best.strip(" ,")


def _role_after(text: str, pos: int, lex: Lexicon) -> str:
    """Appositive role: ``Vedant Patel, |wakil juru bicara Departemen Luar Negeri AS,``."""
    m = re.match(r"\s*,\s*([^,.;:\"“”()\n]{3,120}?)\s*[,.]", text[pos:pos + 140])
    if not m:
        return ""
    words = m.group(1).split()
    if words and _role_words_ok(words, lex) and not any(_is_verb(w, lex) for w in words):
        return m.group(1).strip()
    return ""


def _is_verb(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if not word or word[0].isupper() or low in lex.not_verbs or low in lex.roles:
        return False
    return bool(VERB_PREFIX.match(low)) or low in lex.cues and lex.cues[low] == "say"


def _is_predicate(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in lex.predicate_markers:
        return True
    if word[:1].isupper() or low in lex.not_verbs or low in lex.roles:
        return False
    return bool(VERB_PREFIX.match(low) or PASSIVE_PREFIX.match(low))


def _strip_description(words: list[str], lex: Lexicon) -> list[str]:
    """``seorang pejabat pertahanan Korea Utara yang tidak disebutkan namanya`` -> the noun phrase."""
    low = [w.lower() for w in words]
    rel = next((i for i, w in enumerate(low) if w in lex.words["relative"]), None)
    if rel is not None:
        words, low = words[:rel], low[:rel]
    while words and low[0] in lex.words["quantifiers"]:
        words, low = words[1:], low[1:]
    while words and low[-1] in lex.words["determiners"]:
        words, low = words[:-1], low[:-1]
    return words


def _trailing_name_start(words: list[str], ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where a person's name begins at the end of ``ROLE Name Name`` when NER found none.

    The name is a trailing run of Title-case words that are not acronyms,
    roles, organisation words or words NER tagged as a place or organisation.
    It is accepted only after a clear boundary (an acronym, a roman numeral, a
    comma, a rank: ``Wakil Ketua KPK |Fitroh Rohcahyanto``) or when the
    article uses it alone next to a speech cue elsewhere (``kata Dian``).
    """
    lex = ctx.lex
    tagged = {w.lower() for e in ctx.orgs if start <= e.start < end for w in e.text.split()}
    run_start = len(words)
    for i in range(len(words) - 1, 0, -1):
        w = words[i].strip(",")
        low = w.lower()
        if (not w[:1].isupper() or w.isupper() or low in lex.org_words or low in lex.roles or low in tagged
                or low in lex.role_first_words or low in lex.time_words or not w.replace("-", "").isalpha()):
            break
        run_start = i
    run = words[run_start:]
    if not run or run_start == 0:
        return None
    before = words[run_start - 1]
    boundary = before.isupper() or before.endswith(",") or before.lower().rstrip(".") in lex.ranks
    if len(run) > 4:
        run_start, run = len(words) - 2, words[-2:]
    outside = ctx.text[:start] + " " + ctx.text[end:]
    for i in range(len(run)):
        name = re.escape(" ".join(run[i:]).strip(","))
        cue_near = rf"(?:\b(?:{lex.post_alt})\s+{name}\b|\b{name}\s+(?:{lex.say_alt})\b)"
        if re.search(cue_near, outside):
            return run_start + i
    if boundary and len(run) >= 2:
        return run_start
    return None


NOUN_AFFIX = re.compile(r"^(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an$")


def _common_noun_at_start(ctx: ArticleContext, start: int, word: str) -> bool:
    """A sentence-initial capital on a common noun (``Kesepakatan itu …``) is no name."""
    before = ctx.text[:start].rstrip()
    if before and before[-1] not in ".!?\n\"”":
        return False
    if any(e.start <= start < e.end for e in ctx.persons):
        return False
    low = word.lower()
    return bool(NOUN_AFFIX.match(low)) or re.search(rf"(?<![\w.]\s)\b{re.escape(low)}\b", ctx.text) is not None


def classify_mention(ctx: ArticleContext, start: int, end: int) -> Mention | None:
    """Decide what kind of speaker mention ``text[start:end]`` is."""
    lex = ctx.lex
    raw = ctx.text[start:end]
    text = _clean_name(raw)
    if not text:
        return None
    offset = raw.find(text)
    start, end = start + max(offset, 0), start + max(offset, 0) + len(text)
    words = text.split()
    low = [w.lower() for w in words]
    if len(words) == 1 and lex.references.get(low[0]) == "pronoun":
        return Mention(start, end, text, "pronoun")
    # a PER entity inside the phrase: ROLE NAME or NAME
    inside = [e for e in ctx.persons if e.start >= start and e.end <= end]
    if inside:
        ent = inside[-1]
        name = _clean_name(ent.text)
        role = _clean_name(ctx.text[start:ent.start])
        if role and not _role_words_ok(role.split(), lex) and not role[0].isupper():
            role = ""
        return Mention(start, end, text, "name", name=name, role=role)
    described = low[-1] in lex.words["determiners"] or lex.references.get(low[0]) == "determiner"
    if described and len(words) >= 2:
        core = _strip_description(words, lex)
        return Mention(start, end, text, "description", name=" ".join(core))
    if _role_words_ok(words, lex) or (low[0] in lex.words["group_starts"] and len(words) > 1):
        core = _strip_description(words, lex)
        # ROLE followed by capitalised words that the article knows as a name
        for i in range(1, len(core)):
            tail = " ".join(core[i:])
            if core[i][0].isupper() and tail.lower() in ctx.full_names:
                return Mention(start, end, text, "name", name=tail, role=" ".join(core[:i]))
        i = _trailing_name_start(core, ctx, start, end)
        if i is not None:
            return Mention(start, end, text, "name", name=" ".join(core[i:]), role=" ".join(core[:i]).rstrip(" ,"))
        return Mention(start, end, text, "role", name=" ".join(core), role=" ".join(core))
    if len(words) == 1 and _common_noun_at_start(ctx, start, words[0]):
        return Mention(start, end, text, "source", name=text.lower())
    if text.lower() in ctx.full_names or (words[0][0].isupper() and len(words) <= 4):
        return Mention(start, end, text, "name", name=text)
    core = _strip_description(words, lex)
    return Mention(start, end, text, "source", name=" ".join(core) or text)


# --------------------------------------------------------------------------- noun phrases


def _np_from_left(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Leading noun phrase of a token run: stops at verbs, adverbs, prepositions."""
    out: list[Tok] = []
    for i, t in enumerate(toks):
        low = t.lower
        if not t.is_word:
            if t.text in "-–" and out and i + 1 < len(toks) and toks[i + 1].is_word:
                out.append(t)  # Shin Tae-yong is one token already; keep odd hyphens
                continue
            if t.text == "." and out and len(out[-1].text) <= 3:
                out.append(t)  # abbreviations inside roles (Plt.)
                continue
            break
        if out and low in lex.words["determiners"] and (
                not out[-1].is_cap or _role_words_ok([x.text for x in out], lex)):
            out.append(t)  # "pejabat itu", "Wakil Ketua Komisi II DPR RI ini": a definite description
            break
        if out and (low in lex.np_stop or _is_verb(t.text, lex)) and low not in lex.words["conjunctions"]:
            break
        if not out and (low in lex.np_stop or _is_verb(t.text, lex)):
            break
        if out and out[-1].is_cap and not t.is_cap and low not in lex.words["conjunctions"] \
                and not t.text[0].isdigit():
            joined = " ".join(x.lower for x in out[-2:] + [t])
            if not any(r.startswith(joined) or r.startswith(" ".join([out[-1].lower, low]))
                       for r in lex.roles) and low not in lex.roles and not _role_words_ok(
                           [x.text for x in out], lex):
                break
        out.append(t)
        if len(out) == 1 and lex.references.get(low) == "pronoun":
            break
    while out and out[-1].lower in lex.words["conjunctions"]:
        out.pop()
    return out


def _is_time_segment(toks: list[Tok], lex: Lexicon) -> bool:
    words = [t for t in toks if t.is_word]
    if not words:
        return True
    return all(t.lower in lex.time_words or t.text.isdigit() or t.lower in lex.np_stop for t in words)


def _starts_adjunct(toks: list[Tok], lex: Lexicon) -> bool:
    words = [t for t in toks if t.is_word]
    return bool(words) and words[0].lower in lex.words["adjunct_starts"]


def subject_before(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The subject of a cue from the tokens before it in the sentence.

    Walks back over comma-separated segments: the nearest segment whose
    leading noun phrase is not a time word or an adjunct; an appositive role
    (``Vedant Patel, wakil juru bicara …, mengatakan``) takes the name before it.
    """
    segments: list[list[Tok]] = [[]]
    for t in toks:
        if t.text in ",;:(" or t.text in ")":
            segments.append([])
        else:
            segments[-1].append(t)
    last = len(segments) - 1
    for k in range(last, -1, -1):
        seg = segments[k]
        while seg and seg[0].lower in lex.words["leading_connectives"]:
            seg = seg[1:]
        if k == last:  # "Meski Rusia mengatakan": the cue's own clause
            while seg and seg[0].lower in lex.words["subordinators"]:
                seg = seg[1:]
        if not seg or _is_time_segment(seg, lex) or _starts_adjunct(seg, lex):
            continue
        np = _np_from_left(seg, lex)
        if not np:
            continue
        words = [t.text for t in np]
        if 0 < k < last and _role_words_ok(words, lex) and len(np) == len(seg):
            # appositive role: the name is at the end of the previous segment
            tail: list[Tok] = []
            for t in reversed(segments[k - 1]):
                if t.is_word and t.is_cap:
                    tail.insert(0, t)
                else:
                    break
            if tail and not _role_words_ok([t.text for t in tail], lex):
                return tail
        return np
    return []


def phrase_after(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The speaker phrase after a post cue: ``kata |juru bicara Kremlin Dmitry Peskov| kepada …``.

    ``jelas Kasubdit I Penindakan Kortas Tipikor Polri, Kombes Eko Wahyuniawan`` keeps the name
    written after the role and a comma.
    """
    out = _phrase_after(toks, lex)
    n = len(out)
    if out and n + 1 < len(toks) and toks[n].text == "," and _role_words_ok([t.text for t in out], lex):
        name = _phrase_after(toks[n + 1:], lex)
        if name and all(t.is_cap and t.lower not in lex.time_words for t in name if t.is_word) and len(name) <= 5:
            return out + [toks[n]] + name
    return out


def _phrase_after(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    out: list[Tok] = []
    for t in toks:
        low = t.lower
        if not t.is_word:
            if t.text == "." and out and len(out[-1].text) <= 3 and out[-1].is_cap and len(out) < 6:
                out.append(t)
                continue
            break
        if low in lex.words["phrase_stops"]:
            break
        if low in lex.time_words and out:
            break
        if out and _is_verb(t.text, lex):
            break
        out.append(t)
    return out


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    quote_type: str
    cue: str
    mention: Mention | None
    confidence: float
    resolution: str = ""
    fragment: bool = False  # one- or two-word quote: not reported, but its speaker becomes salient
    open_ended: bool = False  # quote left open at the paragraph end: it goes on in the next paragraph


def _cue_kind(tok: Tok, lex: Lexicon) -> str | None:
    return lex.cues.get(tok.lower)


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, commas and the final full stop from a content span."""
    while start < end and text[start] in " ,:;-–—\n":
        start += 1
    while end > start and text[end - 1] in " .,;:\n-–—":
        end -= 1
    return start, end


def _inside(pos: int, runs: list[QuoteRun]) -> QuoteRun | None:
    for r in runs:
        if r.open <= pos <= r.close:
            return r
    return None


def _plausible_source(m: Mention | None, lex: Lexicon) -> bool:
    """Can this mention say something? A name, a pronoun, a role, an organisation or a group."""
    if m is None:
        return True
    if m.kind in ("pronoun", "clitic", "name", "role"):
        return True
    words = (m.name or m.text).split()
    if not words:
        return False
    low = [w.lower() for w in words]
    if any(w[0].isupper() for w in words) or _role_start(words, lex) is not None:
        return True
    return any(w in lex.org_words for w in low) or (low[0] in lex.words["group_starts"] and len(words) > 1)


def _mention_from(ctx: ArticleContext, toks: list[Tok]) -> Mention | None:
    if not toks:
        return None
    return classify_mention(ctx, toks[0].start, toks[-1].end)


def _clitic(tok: Tok, ctx: ArticleContext) -> Mention:
    """``ujarnya`` -> a clitic mention on the ``nya``."""
    return Mention(tok.end - 3, tok.end, "nya", "clitic")


def _skip_adjuncts(toks: list[Tok], lex: Lexicon) -> int:
    """Index after adjuncts that follow a cue (``kepada wartawan``, ``pada hari Selasa``, commas)."""
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower
        if t.text in ",:":
            i += 1
            continue
        if low in lex.words["cue_adjunct_preps"]:
            j = i + 1
            # the adjunct runs to a comma, or up to 4 words when followed by a complementizer
            stop = None
            for k in range(j, min(len(toks), j + 12)):
                if toks[k].text == "," or toks[k].lower in lex.complementizers:
                    stop = k
                    break
            if stop is None:
                # "kepada wartawan dia mendukung": take one or two nominal words
                k = j
                while k < len(toks) and k < j + 2 and toks[k].is_word and not _is_predicate(toks[k].text, lex):
                    k += 1
                if k < len(toks) and toks[k].lower in lex.words["adjunct_nouns"]:
                    k += 1
                stop = k
            i = stop
            continue
        if low in lex.words["cue_adverbs"]:
            i += 1
            continue
        if low in lex.time_words and i + 1 < len(toks) and (toks[i + 1].text == "(" or toks[i + 1].text == ","):
            i += 1
            continue
        if t.text == "(":  # (20/10)
            k = i
            while k < len(toks) and toks[k].text != ")":
                k += 1
            i = k + 1
            continue
        break
    return i


def _content_after(text: str, toks: list[Tok], lex: Lexicon, sent_end: int) -> tuple[int, int, bool]:
    """Content clause after a say cue: after bahwa/jika/kalau, up to the sentence end."""
    i = _skip_adjuncts(toks, lex)
    has_comp = False
    # "mengatakan pada hari Selasa ini, 17 Oktober 2023, bahwa" : look a few words ahead
    for k in range(i, min(len(toks), i + 12)):
        low = toks[k].lower
        if low in lex.complementizers:
            if k > i and any(_is_predicate(t.text, lex) for t in toks[i:k]):
                break
            has_comp = True
            i = k if lex.complementizers[low] else k + 1
            break
        if toks[k].text in "\"“«":
            break
    if i >= len(toks):
        return sent_end, sent_end, has_comp
    start = toks[i].start
    return start, sent_end, has_comp


def _is_clause(text: str, start: int, end: int, runs: list[QuoteRun], lex: Lexicon, has_comp: bool) -> bool:
    """Is ``text[start:end]`` a content clause (not a bare noun phrase)?"""
    all_toks = tokenize(text, start, end)
    quoted = any(_inside(t.start, runs) for t in all_toks)
    toks = [t for t in all_toks if t.is_word and not _inside(t.start, runs)]
    if has_comp and (len(toks) >= 2 or quoted):
        return True
    if len(toks) < 3:
        return False
    in_relative = False  # the verb right after "yang" belongs to a relative clause
    for t in all_toks:
        if t.lower == "yang":
            in_relative = True
        elif t.is_word and _is_predicate(t.text, lex):  # a verb inside a quoted run counts too
            if not in_relative:
                return True
            in_relative = False
    return False


def _unquoted_words(text: str, start: int, end: int, runs: list[QuoteRun]) -> int:
    return sum(1 for t in tokenize(text, start, end) if t.is_word and not _inside(t.start, runs))


def _title_like(text: str) -> bool:
    """Quoted names and titles (``"3x3 Before 12"``, ``"Imigrasi Menjaga Negeri"``) are not speech."""
    ws = WORD.findall(text)
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    if len(ws) <= 6:
        return caps == len(ws)
    return caps / len(ws) >= 0.7  # "Petals on Your Plate: A Guide to Edible Flowers …": a title


def _cut_before_next_cue(text: str, start: int, end: int, runs: list[QuoteRun], lex: Lexicon) -> int:
    """End a content clause before a second attribution in the sentence (``…, Putin mengatakan …``)."""
    toks = [t for t in tokenize(text, start, end) if not _inside(t.start, runs)]
    for i, t in enumerate(toks):
        if lex.cues.get(t.lower) != "say" or i == 0:
            continue
        k = i - 1
        while k >= 0 and toks[k].text != "," and i - k <= 6 and not _is_verb(toks[k].text, lex):
            k -= 1
        if k >= 0 and toks[k].text == "," and i - k >= 2:
            return _trim_content(text, start, toks[k].start)[1]
    return end


def _sentence_of(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where the body starts after a dateline (``MOSKOW -``) at the start of ``text[start:end]``."""
    span = find_dateline(text[start:end])
    return start + span[1] if span else start


def _syntax_subject(ctx: ArticleContext, toks: list[Tok], cue_pos: int) -> list[Tok]:
    """Subject of the cue from a dependency parse of the sentence (empty without a parser)."""
    parser = ctx.parser.get() if hasattr(ctx.parser, "get") else ctx.parser
    if parser is None or not toks:
        return []
    from .syntax import cue_subject, parse

    key = toks[0].start
    if key not in ctx.parses:
        try:
            ctx.parses[key] = parse(parser, [t.text for t in toks])
        except Exception:  # a parser failure must never lose the quote
            ctx.parses[key] = []
    deps = ctx.parses[key]
    if len(deps) != len(toks):
        return []
    span = cue_subject(deps, cue_pos)
    if span is None:
        return []
    return toks[span[0]:span[1]]


def _source_then_clause(ctx: ArticleContext, cue: Tok, toks: list[Tok], runs: list[QuoteRun], sent_end: int,
                        confidence: float, how: str) -> list[Candidate]:
    """``Kata X, KLAUSA`` / ``Dijelaskan oleh X, KLAUSA``: the source phrase, a comma, the clause."""
    ph = phrase_after(toks, ctx.lex)
    after = toks[len(ph):]
    if not ph or not after or after[0].text != ",":
        return []
    s0, e0 = _trim_content(ctx.text, after[0].end, sent_end)
    if _unquoted_words(ctx.text, s0, e0, runs) < 3:
        return []
    return [Candidate(s0, e0, "indirect", cue.text, _mention_from(ctx, ph), confidence, how)]


def find_candidates(text: str, sentences: list[Sentence], ctx: ArticleContext,
                    paragraph_spans: list[tuple[int, int]]) -> list[Candidate]:
    lex = ctx.lex
    cands: list[Candidate] = []
    runs: list[QuoteRun] = []
    for ps, pe in paragraph_spans:
        runs.extend(find_quote_runs(text, ps, pe))
    direct_runs = [r for r in runs if not _title_like(text[r.start:r.end])]

    # direct quotes -------------------------------------------------------
    for run in direct_runs:
        sent = _sentence_of(sentences, run.start)
        sent_start = sent.start if sent else run.open
        sent_end = sent.end if sent else run.close
        para_end = next((pe for ps, pe in paragraph_spans if ps <= run.open < pe), len(text))
        mention, cue, conf, how = None, "", 0.0, ""
        # 1. cue right after the closing mark: "…," kata X.
        after = tokenize(text, min(run.close + 1, para_end), min(para_end, run.close + 200))
        j = 0
        while j < len(after) and after[j].text in ",.!?-–—":
            j += 1
        if j < len(after) and run.closed:
            kind = _cue_kind(after[j], lex)
            if kind in ("post", "postq", "say") or (after[j].lower == "demikian" and j + 1 < len(after)):
                if after[j].lower == "demikian":
                    j += 1
                cue = after[j].text
                if after[j].lower.endswith("nya") and kind in ("post", "postq"):
                    mention = _clitic(after[j], ctx)
                else:
                    mention = _mention_from(ctx, phrase_after(after[j + 1:], lex))
                conf, how = 0.9, "cue_after"
        # 2. cue before the opening mark in the same sentence: X mengatakan, "…"
        if mention is None:
            before = tokenize(text, sent_start, run.open)
            before = [t for t in before if not _inside(t.start, runs)]
            for k in range(len(before) - 1, -1, -1):
                kind = _cue_kind(before[k], lex)
                if kind in ("say", "post", "menurut", "quote") and not (kind == "post" and k > 0 and
                                                                before[k - 1].lower == "dengan"):
                    cue = before[k].text
                    if kind in ("say", "quote"):
                        mention = _mention_from(ctx, subject_before(before[:k], lex))
                    elif before[k].lower.endswith("nya"):
                        mention = _clitic(before[k], ctx)
                    else:
                        mention = _mention_from(ctx, phrase_after(before[k + 1:], lex))
                    conf, how = 0.85, "cue_before"
                    break
        # 3. colon at the end of the previous paragraph / sentence: "Kata dia:" handled as carry
        fragment = n_words(text[run.start:run.end]) < MIN_DIRECT_WORDS
        if fragment and mention is None:
            continue
        cands.append(Candidate(run.start, run.end, "direct", cue, mention, conf or 0.5, how or "carry",
                               fragment=fragment, open_ended=not run.closed))

    # indirect speech -----------------------------------------------------
    for sent in sentences:
        toks = tokenize(text, sent.start, sent.end)
        body_start = _dateline_end(text, sent.start, sent.end)
        toks = [t for t in toks if t.start >= body_start]
        sent_end = sent.end
        for pos, tok in enumerate(toks):
            kind = _cue_kind(tok, lex)
            if not kind or _inside(tok.start, runs):
                continue
            low = tok.lower
            if kind == "say":
                if pos > 0 and toks[pos - 1].lower in ("yang",) and low not in ("mengatakan", "menyatakan"):
                    continue
                subj = subject_before(toks[:pos], lex) or _syntax_subject(ctx, toks, pos)
                rest = toks[pos + 1:]
                if len(rest) > 1 and rest[0].text in ",:" and text[rest[1].start] in OPEN_DOUBLE + "‘'":
                    continue  # 'berkata, "…"' introduces direct speech: the direct record is the quote
                start, end, has_comp = _content_after(text, rest, lex, sent_end)
                # post-position: "KLAUSA, kantor berita X melaporkan."
                tail = [t for t in rest if t.is_word]
                if (not tail or _skip_adjuncts(tail, lex) >= len(tail)) and not any(
                        _inside(t.start, runs) for t in rest):
                    comma = next((k for k in range(pos - 1, -1, -1) if toks[k].text == ","), None)
                    if comma is not None and comma > 0:
                        s0, e0 = _trim_content(text, toks[0].start, toks[comma].start)
                        m = _mention_from(ctx, _np_from_left(toks[comma + 1:pos], lex))
                        if n_words(text[s0:e0]) >= 3 and _plausible_source(m, lex):
                            cands.append(Candidate(s0, e0, "indirect", tok.text, m, 0.75, "cue_post"))
                    continue
                start, end = _trim_content(text, start, end)
                if text[start:start + 8].lower().startswith("sebagai "):
                    continue  # menyebut X sebagai Y: naming, not a statement
                end = _cut_before_next_cue(text, start, end, runs, lex)
                # stop before a later ", kata X" in the same sentence
                for t in tokenize(text, start, end):
                    if _inside(t.start, runs):
                        continue
                    if lex.cues.get(t.lower) in ("post",) and text[max(start, t.start - 2):t.start].strip() == ",":
                        end = _trim_content(text, start, t.start)[1]
                        break
                if not _is_clause(text, start, end, runs, lex, has_comp):
                    continue
                has_quote = any(_inside(t.start, runs) for t in tokenize(text, start, end))
                if _unquoted_words(text, start, end, runs) < (4 if has_quote else 3):
                    continue  # the content is mostly the quote itself: the direct record covers it
                m = _mention_from(ctx, subj)
                if m is None and pos > 0 and toks[pos - 1].lower in ("yang",):
                    continue
                if m is not None and not _plausible_source(m, lex):
                    continue  # "Kesepakatan itu menyatakan …", "90 mengumumkan …": no speaker here
                cands.append(Candidate(start, end, "indirect", tok.text, m, 0.8 if m else 0.4, "cue_say"))
            elif kind == "menurut":
                rest = toks[pos + 1:]
                if low in ("menurutnya",):
                    m = _clitic(tok, ctx)
                    src_end = pos + 1
                else:
                    k = 0
                    while k < len(rest) and rest[k].lower in lex.words["menurut_skip"]:
                        k += 1
                    ph = phrase_after(rest[k:], lex)
                    if low in ("mengutip", "dikutip") and not ph:
                        continue
                    m = _mention_from(ctx, ph)
                    src_end = pos + 1 + k + len(ph)
                    if low in ("mengutip", "dikutip") and m is not None:
                        m.kind = "source" if m.kind not in ("name",) else m.kind
                    if not _plausible_source(m, lex):
                        m = None  # "Menurut informasi dari akun …": reported, source from context
                first = toks[0].start if toks else sent.start
                if pos == 0 or (pos <= 2 and all(not t.is_word or t.lower in ("hal", "itu") for t in toks[:pos])):
                    # Menurut X, KLAUSA
                    after = toks[src_end:] if src_end < len(toks) else []
                    if not after:
                        continue
                    s0, e0 = _trim_content(text, after[0].start, sent_end)
                elif pos > 0 and toks[pos - 1].text == ",":
                    # KLAUSA, menurut X[, KLAUSA]
                    s0, e0 = _trim_content(text, first, sent_end)
                    if src_end >= len(toks) - 1:
                        s0, e0 = _trim_content(text, first, toks[pos - 1].start)
                else:
                    continue
                if _unquoted_words(text, s0, e0, runs) >= 3:
                    cands.append(Candidate(s0, e0, "indirect", tok.text, m, 0.8, "cue_menurut"))
            elif kind == "post":
                # KLAUSA, kata X.   |  Kata X, KLAUSA  |  A, kata X, B
                lead = 0
                while lead < pos and toks[lead].lower in lex.words["leading_connectives"]:
                    lead += 1
                if pos == lead and low in ("kata",):
                    cands.extend(_source_then_clause(ctx, tok, toks[pos + 1:], runs, sent_end, 0.8, "cue_post"))
                    continue
                if pos == 0 or toks[pos - 1].text != ",":
                    continue
                prev_tok = toks[pos - 1]
                if _inside(prev_tok.start - 1, runs) or text[max(0, prev_tok.start - 1)] in "\"”’'":
                    continue  # quote right before: direct record handles it
                if low.endswith("nya") and low != "nya":
                    m = _clitic(tok, ctx)
                    ph_len = 0
                else:
                    ph = phrase_after(toks[pos + 1:], lex)
                    m = _mention_from(ctx, ph)
                    ph_len = len(ph)
                    if m is None:
                        continue
                tail = toks[pos + 1 + ph_len:]
                if tail and tail[0].text == "," and _unquoted_words(text, tail[0].end, sent_end, runs) >= 2:
                    s0, e0 = _trim_content(text, toks[0].start, sent_end)  # A, kata X, B
                else:
                    s0, e0 = _trim_content(text, toks[0].start, prev_tok.start)
                if _unquoted_words(text, s0, e0, runs) >= 3:
                    cands.append(Candidate(s0, e0, "indirect", tok.text, m, 0.75, "cue_post"))
            elif kind == "passive":
                if pos != 0:
                    # "DPR RI disebut akan mengawasi …": the statement is reported by the source in context
                    nxt = toks[pos + 1] if pos + 1 < len(toks) else None
                    if nxt is None or not _is_predicate(nxt.text, lex) or _inside(tok.start, runs):
                        continue
                    s0, e0 = _trim_content(text, toks[0].start, sent_end)
                    if _unquoted_words(text, s0, e0, runs) >= 4:
                        cands.append(Candidate(s0, e0, "indirect", tok.text, None, 0.5, "carry"))
                    continue
                if len(toks) > 2 and toks[1].lower == "oleh":  # "Dijelaskan oleh X, KLAUSA": X is the source
                    cands.extend(_source_then_clause(ctx, tok, toks[2:], runs, sent_end, 0.75, "cue_passive"))
                    continue
                start, end, has_comp = _content_after(text, toks[1:], lex, sent_end)
                start, end = _trim_content(text, start, end)
                if (has_comp or _is_clause(text, start, end, runs, lex, False)) and \
                        _unquoted_words(text, start, end, runs) >= 3:
                    cands.append(Candidate(start, end, "indirect", tok.text, None, 0.5, "carry"))
    return _drop_nested(cands)


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    """Keep one indirect record per clause: drop indirect ones nested in another."""
    indirect = [c for c in cands if c.quote_type == "indirect"]
    keep, seen_spans = [], set()
    for c in cands:
        if c.quote_type == "indirect":
            if (c.start, c.end) in seen_spans or any(
                o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in indirect
            ):
                continue
            seen_spans.add((c.start, c.end))
        keep.append(c)
    return sorted(keep, key=lambda c: (c.start, c.end))


# --------------------------------------------------------------------------- resolution


def _forward_multiparagraph(cands: list[Candidate]) -> None:
    """A quote left open at a paragraph end takes the cue of the paragraph that closes it."""
    ordered = sorted(cands, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        if not (c.open_ended and c.mention is None and c.quote_type == "direct"):
            continue
        for nxt in ordered[i + 1:i + 4]:
            if nxt.quote_type != "direct":
                break
            if nxt.mention is not None:
                c.mention, c.cue = nxt.mention, nxt.cue
                c.resolution, c.confidence = "multiparagraph", 0.75
                break
            if not nxt.open_ended:
                break


def _resolve(ctx: ArticleContext, cands: list[Candidate]) -> list[Quote]:
    """Resolve mentions in reading order; pronouns take the latest speaker."""
    _forward_multiparagraph(cands)
    quotes: list[Quote] = []
    history: list[tuple[int, str, str, str, bool]] = []  # (position, speaker, role, mention, is_person)
    last_direct: tuple[int, str, str, str] | None = None
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        m = c.mention
        speaker = role = ""
        carried_person = True
        mention_text = m.text if m else ""
        how = c.resolution
        anchor = m.start if m else c.start
        if m is None:
            prev = last_direct if c.quote_type == "direct" else (history[-1] if history else None)
            if prev and (c.start - prev[0]) < 1500:
                speaker, role, carried_person = prev[1], prev[2], prev[4]
                how = "carry"
        elif m.kind == "name":
            _learn_name(ctx, m.name)
            speaker = ctx.expand(m.name)
            role = m.role or ctx.role_of.get(speaker, "")
            how = how + "/name"
        elif m.kind in ("pronoun", "clitic"):
            prev = _latest(history, anchor, person=m.text.lower() != "mereka")
            if prev:
                speaker, role = prev[1], prev[2]
            else:
                per = [e for e in ctx.persons if e.end <= anchor]
                if per:
                    speaker = ctx.expand(_clean_name(per[-1].text))
                    role = ctx.role_of.get(speaker, "")
            how = how + "/" + m.kind
        elif m.kind == "description":
            head = m.name.lower().split()
            prev = None
            for h in reversed(history):
                if h[0] > anchor:
                    continue
                hay = f"{h[1]} {h[2]} {h[3]}".lower()
                if head and head[0] in hay:
                    prev = h
                    break
            if prev is None:
                holder = _holder(ctx, m.name) or _recent_person_with_role(ctx, head, anchor)
                if holder:
                    prev = (anchor, holder, ctx.role_of.get(holder, ""), "", True)
            if prev:
                speaker, role = prev[1], prev[2]
            else:
                speaker = m.name
            how = how + "/description"
        elif m.kind == "role":
            holder = _holder(ctx, m.name)
            if holder:
                speaker, role = holder, m.role
                if len(role) > len(ctx.role_of.get(holder, "")):
                    ctx.role_of[holder] = role
                how = how + "/role_holder"
            else:
                speaker, role = m.name, m.role
                how = how + "/unnamed"
        else:
            speaker = m.name
            how = how + "/source"
        org = _org_of(ctx, role)
        q = Quote(start=c.start, end=c.end, text=ctx.text[c.start:c.end], quote_type=c.quote_type,
                  speaker=speaker, speaker_mention=mention_text, speaker_role=role, speaker_org=org,
                  cue=c.cue, confidence=c.confidence if speaker else 0.2, resolution=how)
        if not c.fragment:
            quotes.append(q)
        if speaker:
            is_person = carried_person if m is None else _is_person(ctx, speaker, m, role)
            entry = (c.start, speaker, role, mention_text if m and m.kind not in ("pronoun", "clitic") else "",
                     is_person)
            history.append(entry)
            if c.quote_type == "direct":
                last_direct = entry
    return quotes


def _register_words(ctx: ArticleContext, name: str) -> None:
    """Make ``name`` the expansion of each of its capitalised words (the first name registered wins)."""
    for w in name.split():
        if len(w) > 2 and w[0].isupper():
            ctx.full_names.setdefault(w.lower(), name)


def _learn_name(ctx: ArticleContext, name: str) -> None:
    """A full name used as a speaker (``Sergei Lavrov mengatakan``) expands later short forms."""
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        _register_words(ctx, name)


def _is_person(ctx: ArticleContext, speaker: str, m: Mention | None, role: str) -> bool:
    """Could ``ia``/``-nya`` refer to this speaker? Organisations and places cannot."""
    key = speaker.lower()
    words = key.split()
    if speaker.isupper() or any(w in ctx.lex.org_words for w in words) or " ".join(words[:2]) in ctx.lex.org_words:
        return False
    if any(e.text.lower() == key and e.label == "LOC" for e in ctx.orgs) and not any(
            e.text.lower() == key for e in ctx.persons):
        return False  # Rusia, Korea Utara, Washington (never tagged as a person here)
    if m is None or m.kind in ("role", "description", "pronoun", "clitic", "name"):
        return True
    return any(key in e.text.lower() for e in ctx.persons)


def _latest(history: list[tuple], pos: int, person: bool = False) -> tuple | None:
    """Latest speaker before ``pos``; singular pronouns skip organisations when a person is there."""
    before = [h for h in history if h[0] <= pos] or history
    if person:
        people = [h for h in before if h[4]]
        if people:
            return people[-1]
    return before[-1] if before else None


def _recent_person_with_role(ctx: ArticleContext, head: list[str], pos: int) -> str:
    """``sang menteri``: the latest person before ``pos`` whose role has the head noun."""
    if not head:
        return ""
    for ent in reversed([e for e in ctx.persons if e.end <= pos]):
        name = ctx.expand(_clean_name(ent.text))
        if head[0] in ctx.role_of.get(name, "").lower().split():
            return name
    return ""


def _holder(ctx: ArticleContext, role: str) -> str:
    """The person the article names for a bare role (``Menteri Luar Negeri Rusia``)."""
    key = role.lower().strip()
    if not key:
        return ""
    if key in ctx.holder_of:
        return ctx.holder_of[key]
    if len(key.split()) < 2:
        return ""
    for r, name in ctx.holder_of.items():
        if len(r.split()) >= 2 and (r.startswith(key) or key.startswith(r)):
            return name
    return ""


def _org_of(ctx: ArticleContext, role: str) -> str:
    """The organisation a role names (``juru bicara |Kremlin|``), only after heads that take one."""
    words = role.split()
    low = [w.lower() for w in words]
    for n in range(min(3, len(words) - 1), 0, -1):
        if " ".join(low[:n]) in ctx.lex.org_heads:
            rest = words[n:]
            while rest and not rest[0][0].isupper() and rest[0].lower() in ctx.lex.words["org_subunits"]:
                rest = rest[1:]
            if rest and rest[0][0].isupper():
                org = " ".join(rest)
                return "" if org.lower() in ctx.full_names else org
            return ""
    return ""


# --------------------------------------------------------------------------- public API


def attribute(text: str, sentences: list[Sentence], entities: list[Entity],
              paragraph_spans: list[tuple[int, int]] | None = None,
              lexicon: Lexicon | None = None, parser: Any = None) -> list[Quote]:
    """Direct and indirect quotes of one article with speaker, role and cue.

    ``parser`` (from ``pipeline.syntax.load_parser``) is optional: it finds the
    subject of a speech verb where the word rules find none.
    """
    lex = lexicon or load_lexicon()
    if paragraph_spans is None:
        paragraph_spans = _paragraphs(text)
    ctx = build_context(text, entities, lex)
    ctx.parser = parser
    cands = find_candidates(text, sentences, ctx, paragraph_spans)
    quotes = _resolve(ctx, cands)
    for q in quotes:
        s = _sentence_of(sentences, q.start)
        q.sentence_index = s.index if s else -1
    return quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in re.split(r"(\n\s*\n)", text):
        if part.strip() and not re.fullmatch(r"\n\s*\n", part):
            spans.append((pos, pos + len(part)))
        pos += len(part)
    return spans


# --------------------------------------------------------------------------- spaCy component

QUOTE_SPAN_FIELDS = ("quote_type", "speaker", "speaker_mention", "speaker_role", "speaker_org", "cue",
                     "confidence", "resolution")


def _register_extensions() -> None:
    from spacy.tokens import Doc, Span

    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=[])
    for name in QUOTE_SPAN_FIELDS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def quotes_as_spans(doc, quotes: list[Quote]) -> list:
    """Quotes as spaCy Spans carrying ``span._.speaker`` and the other quote fields."""
    _register_extensions()
    spans = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for name in QUOTE_SPAN_FIELDS:
            setattr(span._, name, getattr(q, name))
        spans.append(span)
    return spans


class QuoteAttributor:
    """spaCy component: ``doc._.quotes`` from the doc's text, sentences and entities."""

    def __init__(self, nlp, name: str) -> None:
        self.name = name
        _register_extensions()

    def __call__(self, doc):
        from .segment import split_sentences

        sentences = split_sentences(doc.text)
        entities = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
        doc._.quotes = quotes_as_spans(doc, attribute(doc.text, sentences, entities))
        return doc


try:  # registering the factory needs spaCy, which the pipeline always has
    from spacy.language import Language

    Language.factory("kutipan_quotes")(QuoteAttributor)
except ImportError:  # pragma: no cover
    pass

"""How Indonesian news ties a second name or a role to a person, as pattern functions.

Each function reads the text around the article's name spans and returns
:class:`Link` records: ``alias`` (``Saifullah Yusuf (Gus Ipul)``, ``atau
yang akrab disapa Appi``, ``Jo—sapaan akrab Johannes``), ``role``
(``Menteri Keuangan Purbaya``, ``Habiburokhman, politikus Partai Gerindra``)
and ``role_alias`` (``Menteri Keuangan (Menkeu) Purbaya``: later ``Menkeu``
alone means Purbaya).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon, is_verb, longest_rank, opens_fronted_topic, role_words_ok, stops_phrase
from .names import PersonSpan
from .words import NameWords, load_name_words, relational_role, sounded, without_short_form

_CAP = r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?"  # never ending in a hyphen ("Jojo-sapaan akrab Jonatan-")
NAMEISH = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
ACRONYM = r"[A-Z][A-Za-z]{1,7}"
_PAREN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)(?=[\s,])")


@dataclass(frozen=True)
class Link:
    """``text`` (an alias, a role or a role's short form) belongs to the person of span ``person``."""

    kind: str  # alias | role | role_alias | cut (a name cut short: the same person in this article only)
    text: str
    start: int  # where ``text`` is written (offsets into the cleaned text), -1 when not written as such
    end: int
    person: int  # index into the article's person spans


@dataclass
class PatternContext:
    text: str
    spans: list[PersonSpan]
    words: NameWords
    lex: Lexicon

    def span_at(self, start: int, end: int) -> int | None:
        """Index of the person span that covers ``[start, end)``, or None."""
        for i, s in enumerate(self.spans):
            if s.start <= start and end <= s.end + 1:
                return i
        return None

    def before(self, pos: int) -> int | None:
        """Index of the nearest person span ending before ``pos``."""
        found = None
        for i, s in enumerate(self.spans):
            if s.end <= pos:
                found = i
        return found


def _alias_ok(alias: str, ctx: PatternContext, person: PersonSpan, called: bool = False) -> bool:
    """An alias is a name-like phrase that is not a place, an organisation or the person's own name; letters in
    capitals only when they spell the name or the article says the person is called so (``Moch Aminullah atau
    kerap disapa JQ``)."""
    words = alias.split()
    low = tuple(w.lower().rstrip(".") for w in words)
    if not words or len(words) > 4 or any(w[0].isdigit() for w in words):
        return False
    if alias.isupper() and not called and alias.replace(" ", "") != "".join(w[0] for w in person.words).upper():
        return False  # "Budi (PDIP)" is a party; "Agus Harimurti Yudhoyono (AHY)" spells the name
    if low in ctx.words.places or low in ctx.words.orgs or " ".join(low) in ctx.words.roles:
        return False
    return low != person.key


def _link(kind: str, m: re.Match, group: int, person: int) -> Link:
    return Link(kind, m.group(group), m.start(group), m.end(group), person)


def parenthesised(ctx: PatternContext) -> list[Link]:
    """``NAME (ALIAS)`` and ``ALIAS (NAME)``: Saifullah Yusuf (Gus Ipul), Gus Ipul (Saifullah Yusuf); a comma
    may stand before the bracket (``Menteri Sosial Saifullah Yusuf, (Gus Ipul) mengumumkan``)."""
    out = []
    for i, span in enumerate(ctx.spans):
        m = re.compile(rf"\s*,?\s*\(\s*({NAMEISH})\s*\)").match(ctx.text, span.end)
        if m and _alias_ok(m.group(1), ctx, span):
            out.append(_link("alias", m, 1, i))
        head = ctx.text[max(0, span.start - 60):span.start]
        m = re.search(rf"({NAMEISH})\s*\(\s*$", head)
        if m and _ends_sentence(m.group(1)):
            m = None  # '"...," imbuh Evan. (Fitri Apriani)': the reporter's byline after the last sentence
        if m and ctx.text[span.end:span.end + 3].lstrip().startswith(")") and _alias_ok(m.group(1), ctx, span):
            base = span.start - len(head)
            out.append(Link("alias", m.group(1), base + m.start(1), base + m.end(1), i))
    return out


def _ends_sentence(name: str) -> bool:
    """Does a full stop after a word longer than an initial close ``name`` (``Evan.``, not ``M.``)?"""
    return name.endswith(".") and len(name.rstrip(".").split()[-1]) > 2


def _nickname_verbs(words: NameWords) -> str:
    return "|".join(sorted(words.nickname_cues))


def called(ctx: PatternContext) -> list[Link]:
    """``NAME atau (yang) akrab disapa ALIAS``, ``NAME atau Gus Ipul``, ``NAME alias ALIAS``."""
    verbs = _nickname_verbs(ctx.words)
    familiar = "|".join(sorted(ctx.words.familiar))
    adverbs = "|".join(sorted(ctx.words.nickname_adverbs))
    after = re.compile(
        rf"\s*,?\s*(?:(?:atau|yang)\s+(?:(?:lebih|juga)\s+)?(?:(?:{adverbs})\s+)?(?:{verbs})"
        rf"(?:\s+dengan(?:\s+(?:nama|sapaan|panggilan))?)?\s+|atau\s+(?=(?i:{familiar})\s)|alias\s+)({NAMEISH})")
    out = []
    for i, span in enumerate(ctx.spans):
        m = after.match(ctx.text, span.end)
        if m and _alias_ok(m.group(1), ctx, span, called=bool(re.search(rf"\b(?:{verbs}|alias)\b", m.group(0)))):
            out.append(_link("alias", m, 1, i))
    return out


_BARE_OR = re.compile(rf"\s+atau\s+({_CAP}(?:\s+{_CAP})?)(?=\s*[,.;:)]|\s+[a-z])")


def or_nickname(ctx: PatternContext) -> list[Link]:
    """``Abu Rizal Bakrie atau Ical,``, ``Immanuel Ebenezer atau Noel ditangkap``: a full name, bare ``atau`` and
    one or two capitalised words closing the phrase are the person's short name. Not ``Prabowo atau Ganjar``
    (one word, two people) nor a second person the article names in full (``... atau Ganjar, ...`` with
    ``Ganjar Pranowo`` elsewhere)."""
    out = []
    for i, span in enumerate(ctx.spans):
        m = _BARE_OR.match(ctx.text, span.end)
        if not m or len(span.words) < 2:
            continue
        low = tuple(w.lower() for w in m.group(1).split())
        if any(k != i and (set(low) & set(other.key)) and len(other.key) > len(low)
               for k, other in enumerate(ctx.spans)):
            continue
        if _alias_ok(m.group(1), ctx, span):
            out.append(_link("alias", m, 1, i))
    return out


def described_as_called(ctx: PatternContext) -> list[Link]:
    """``Pria yang akrab disapa Kiki itu …``, ``Pria yang dikenal dengan sebutan Tuan Guru Bajang``: the nickname
    of the latest person named before it whose name it is cut from (``pejabat yang akrab disapa Risma`` after Tri
    Rismaharini and another person; ``Tata`` of Armanatha, ``RD`` of Rahmad Darmawan), else of the latest person
    named."""
    verbs = _nickname_verbs(ctx.words)
    nouns = "|".join(sorted(ctx.words.nickname_nouns))  # "yang dikenal |dengan sebutan| Tuan Guru Bajang"
    adverbs = "|".join(sorted(ctx.words.nickname_adverbs))
    pattern = re.compile(rf"\byang\s+(?:(?:{adverbs})\s+)?(?:{verbs})\s+(?:dengan\s+(?:{nouns})\s+)?({NAMEISH})")
    out = []
    for m in pattern.finditer(ctx.text):
        if ctx.span_at(m.start(1), m.end(1)) is not None and ctx.before(m.start()) == ctx.span_at(m.start(1), m.end(1)):
            continue
        key = tuple(w.lower() for w in m.group(1).split())
        before = [i for i, s in enumerate(ctx.spans) if s.end <= m.start() and s.key != key]
        person = ([i for i in before if _cut_from(key, ctx.spans[i].key, ctx.words)] or before or [None])[-1]
        if person is not None and ctx.spans[person].end < m.start() - 3 and _alias_ok(m.group(1), ctx,
                                                                                      ctx.spans[person]):
            out.append(_link("alias", m, 1, person))
    return out


def _cut_from(nickname: tuple[str, ...], name: tuple[str, ...], words: NameWords) -> bool:
    """Could ``nickname`` be made of ``name`` (lower-case words), as heard: the start of a name word (Risma:
    Rismaharini), the name's initials (RD: Rahmad Darmawan), or a last syllable said twice (Tata:
    Armanatha)?"""
    if len(nickname) != 1 or len(name) < 2:
        return False
    heard = sounded(nickname[0], words)
    if heard == "".join(w[0] for w in name):
        return True
    said = [sounded(w, words) for w in name]
    twice = len(heard) == 4 and heard[:2] == heard[2:]
    return any(len(w) > len(heard) and (w.startswith(heard) or twice and w.endswith(heard[:2])) for w in said)


def nickname_noun(ctx: PatternContext) -> list[Link]:
    """``Jo—sapaan akrab Johannes …``, ``Jo (sapaan akrab Johannes …)`` and ``Menurut Ani, sapaan akrabnya, …``."""
    nouns = "|".join(sorted(ctx.words.nickname_nouns))
    pattern = re.compile(rf"({NAMEISH})\s*(?:,|—|–|--|-|\()?\s*(?:{nouns})\s+(?:akrab(?:nya)?|nya)?\s*({NAMEISH})?")
    out = []
    for m in pattern.finditer(ctx.text):
        alias = m.group(1).split()[-1] if m.group(1).split()[0].lower() in ctx.lex.cues else m.group(1)
        alias_start = m.end(1) - len(alias)
        owner = ctx.span_at(m.start(2), m.end(2)) if m.group(2) else None
        if owner is None:
            owner = _introduced_owner(ctx, alias, alias_start)
        if owner is not None and _alias_ok(alias, ctx, ctx.spans[owner], called=True):  # "KDM, panggilan akrab"
            out.append(Link("alias", alias, alias_start, m.end(1), owner))
    return out


def _introduced_owner(ctx: PatternContext, alias: str, alias_start: int) -> int | None:
    """Whose is ``Yuli, sapaan akrabnya``: the latest person named before it whose name the nickname is cut
    from (as heard: ``Juliyatmono``), else the full name written last before it (``Cak Imin``)."""
    key = tuple(w.lower() for w in alias.split())
    before = [i for i, s in enumerate(ctx.spans) if s.end <= alias_start and s.key != key]
    heard = sounded(key[-1], ctx.words)
    cut = [i for i in before if any(sounded(w, ctx.words).startswith(heard) and len(w) > len(heard)
                                    for w in ctx.spans[i].key)]
    full = [i for i in before if len(ctx.spans[i].words) > 1]
    return (cut or full or [None])[-1]


def nickname_inside(ctx: PatternContext) -> list[Link]:
    """``Munafri 'Appi' Arifuddin``: the quoted word inside the name."""
    out = []
    for i, span in enumerate(ctx.spans):
        if span.nickname:
            pos = ctx.text.find(span.nickname, span.start, span.end)
            out.append(Link("alias", span.nickname, pos, pos + len(span.nickname), i))
    return out


_TICKET_AFTER = re.compile(r"-[A-Z]")
_WORD_BEFORE = re.compile(r"(\w+)\)?\s*$")
_MATE_BEFORE = re.compile(r"\b[A-Z][\w']*-$")


def names_ticket(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is the person at ``text[start:end]`` joined by a hyphen to a running mate after a campaign body's
    acronym or a ticket word (``Juru bicara TKN |Jokowi|-Maruf Amin``, ``[ticket_markers]``): the ticket is
    named, not the person, who holds no role there and says nothing?"""
    mate = _MATE_BEFORE.search(text, max(0, start - 40), start)  # "TKN Jokowi-|Maruf Amin|": the second half
    if mate:
        start = mate.start()
    elif not _TICKET_AFTER.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1) if before else ""
    return len(word) > 1 and word.isupper() or word.lower() in lex.words["ticket_markers"]


def roles(ctx: PatternContext) -> list[Link]:
    """``ROLE NAME``, ``ROLE, NAME``, ``NAME, ROLE,`` and ``ROLE (ACR) NAME``."""
    out = []
    prev_end = 0
    for i, span in enumerate(ctx.spans):
        start = span.start
        if span.title:  # "Sekretaris Kabinet Letkol Teddy": the role stands before the rank
            start = ctx.text.rfind(span.title, prev_end, span.start)
            start = span.start if start < 0 else start
        if names_ticket(ctx.text, span.start, span.end, ctx.lex):
            prev_end = span.end
            continue  # "Juru bicara TKN Jokowi-Maruf Amin": the spokesperson is someone else
        out += _role_with_acronym(ctx, start, prev_end, i)
        before = " ".join(without_short_form(role_before(ctx.text, start, ctx.lex, prev_end).split(), ctx.words))
        out += _first_office(ctx, before, start, prev_end, i)
        role = before or role_after(ctx.text, span.end, ctx.lex)
        owner = _relation_owner(ctx, role, i)
        apposed = ctx.text[max(prev_end, start - 3):start].rstrip().endswith(",")  # "ayah korban, Dedi"
        if owner == i and not apposed and relational_role(before.split(), ctx.words.relational, ctx.lex.roles):
            pass  # "kuasa hukum Hendrogiarto" is his lawyer's role, not his (the lawyer is unnamed here)
        elif role and len(role.split()) <= 10:
            out.append(Link("role", role if owner == i else f"{role} {span.name}", -1, -1, owner))
        prev_end = span.end
    return out


def _relation_owner(ctx: PatternContext, role: str, i: int) -> int:
    """``pengacara Jokowi, Yakup Hasibuan``: a relational role (lawyer, wife, spokesperson of someone)
    whose name is followed by a comma and another name belongs to that other name."""
    if not role or role.split()[0].lower() not in ctx.words.relational or i + 1 >= len(ctx.spans):
        return i
    between = ctx.text[ctx.spans[i].end:ctx.spans[i + 1].start].replace(",", " , ").split()
    between = [w for w in between if w.lower() not in ctx.words.relation_fillers]  # "Jokowi lainnya, Rivai"
    return i + 1 if between == [","] else i


def _first_office(ctx: PatternContext, role: str, start: int, floor: int, person: int) -> list[Link]:
    """``Menteri Dalam Negeri (Mendagri) yang juga mantan Kapolri Jenderal Tito Karnavian``: the office written
    before ``yang juga`` (``[role_also]``) and the role right before the name is the person's too, with its
    short form."""
    pos = ctx.text.rfind(role, floor, start) if role else -1
    if pos < 0:
        return []
    also = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ctx.lex.words["role_also"]))
    m = re.search(rf"\s+(?:{also})\s+$", ctx.text[floor:pos])
    if not m:
        return []
    at = floor + m.start()
    first = _role_with_acronym(ctx, at, floor, person)
    office = role_before(ctx.text, at, ctx.lex, floor)
    return first or ([Link("role", office, -1, -1, person)] if office else [])


def _role_with_acronym(ctx: PatternContext, start: int, floor: int, person: int) -> list[Link]:
    """``Menteri Keuangan (Menkeu) Purbaya``: the role and its short form."""
    m = re.search(rf"\(\s*({ACRONYM})\s*\)\s*,?\s*$", ctx.text[max(floor, start - 20):start])
    if not m:
        return []
    base = max(floor, start - 20)
    role = role_before(ctx.text, base + m.start(), ctx.lex, floor)
    if not role or m.group(1).lower().rstrip(".") in ctx.words.titles:
        return []  # "Mayor Jenderal (Purn) Soenarko": retired, no short form of the rank
    return [Link("role", role, -1, -1, person), Link("role_alias", m.group(1), base + m.start(1),
                                                       base + m.end(1), person)]


MIN_SHORTENED = 4  # letters of a name cut short (Sulis: Sulistyaningsih); shorter cuts are too common
MIN_CUT_OFF = 3  # letters the cut must drop (not Budi of Budiman)


def shortened(ctx: PatternContext) -> list[Link]:
    """``Ajun Komisaris Besar Sulistyaningsih ... kata Sulis``: a one-word name the article writes alone, that
    starts exactly one other person's name word (several letters shorter) and is no whole word of anyone's
    name, is that person's name cut short (in this article: ``Agus`` is no ``Agustanto`` elsewhere)."""
    out = []
    for span in ctx.spans:
        if len(span.key) != 1 or len(span.key[0]) < MIN_SHORTENED or any(
                s.key != span.key and span.key[0] in s.key for s in ctx.spans):
            continue
        cut = span.key[0]
        owners = {s.key: i for i, s in reversed(list(enumerate(ctx.spans))) if s.key != span.key and any(
            w.startswith(cut) and len(w) >= len(cut) + MIN_CUT_OFF for w in s.key)}
        if len(owners) == 1:
            out.append(Link("cut", span.name, span.start, span.end, next(iter(owners.values()))))
    return out


PATTERNS: list[Callable[[PatternContext], list[Link]]] = [
    parenthesised, called, or_nickname, described_as_called, nickname_noun, nickname_inside, roles, shortened,
]


def find_links(ctx: PatternContext) -> list[Link]:
    return [link for pattern in PATTERNS for link in pattern(ctx)]


def role_before(text: str, pos: int, lex: Lexicon, floor: int = 0, window: int = 160) -> str:
    """Role written right before a name: ``Menteri Luar Negeri Rusia |Sergey Lavrov``."""
    left = _without_title_dots(_PAREN_ACRONYM.sub("", text[max(floor, pos - window):pos]), lex)
    comma = left.rstrip(" ").endswith(",")
    left = left.rstrip(" ,")  # "Kepala Dinas Pariwisata (Dispar) Bali, I Wayan"
    m = re.search(r"[^.;:!?\"“”()\n]*$", left)
    written = (m.group() if m else "").split()
    words = written if comma else _without_trailing_titles(written, lex)  # "Ketua Majelis Hakim, Rudy"
    words = without_trailing_rank(words, lex)
    if words != written and words and words[-1].endswith(","):  # "Kasat Reskrim Polres Ciamis, AKP Carsono"
        words = [*words[:-1], words[-1].rstrip(",")]
    # keep the longest suffix that starts with a role head and has no verb
    for i in range(len(words)):
        cand = words[i:]
        if role_words_ok(cand, lex) and not any(is_verb(w, lex) for w in cand):
            if stops_phrase(cand, lex) or any(w.lower() in lex.words["agent_markers"]
                                              or w.lower() in lex.words["role_breakers"] for w in cand[1:]) \
                    or not _portfolio_conjunctions(cand, lex):
                continue  # "gaji hakim disambut baik |oleh| anggota Komisi III": a clause, the role starts later
            if any(w.lower() in lex.words["indefinite_openers"] for w in words[max(0, i - 2):i]):
                return ""  # "seorang pejabat pemerintahan Trump": someone else's role
            if comma and i > 0 and _governed(words[i - 1], lex):
                return ""  # "Menurut jaksa, Sri saat itu menagih": the comma closes the cue's phrase
            if comma and _in_fronted_adjunct(words[:i], lex):
                return ""  # "Mengenai motif pelaku, Argo berdalih": the topic set off before the subject
            if i > 0 and words[i - 1].lower() in load_name_words().relational:
                cand = words[i - 1:]  # "ujar |ayah| korban, Dedi Hendi Kusuma": the victim's father
            return " ".join(cand).strip(" ,")
    return ""


def _in_fronted_adjunct(before: list[str], lex: Lexicon) -> bool:
    """Does the comma segment a role stands in open with a topic or an addition (``Mengenai motif |pelaku|,
    Argo``, ``Selain kedua |pemain| asingnya, Robert``)? Then the role is part of that phrase, not the name's."""
    low = [w.lower() for w in before]
    cut = max((k + 1 for k, w in enumerate(low) if w.endswith(",")), default=0)
    return opens_fronted_topic(low[cut:], lex)



def _without_title_dots(left: str, lex: Lexicon) -> str:
    """``Kapolresta Bogor Kota Kombes Pol. Eko``: the dot of an abbreviated rank or title is no sentence end."""
    words = _abbreviated_words(lex.ranks)
    return _ABBREVIATION_DOT.sub(lambda m: m.group(1) if m.group(1).lower() in words else m.group(0), left)


_ABBREVIATION_DOT = re.compile(r"\b([A-Za-z]{1,5})\.(?= )")


@lru_cache(maxsize=4)
def _abbreviated_words(ranks: frozenset[str]) -> frozenset[str]:
    """Words of ranks and formal titles, which news abbreviates with a dot (Pol., Prof., Dr.): built once, not
    for every name."""
    return frozenset(w for r in ranks for w in r.split()) | load_name_words().titles


def _without_trailing_titles(words: list[str], lex: Lexicon) -> list[str]:
    """``Kombes Pol Dr. Dedy``: the titles written right before a name are no part of the role."""
    titles = load_name_words().titles
    while words and words[-1].lower().rstrip(".") in titles and not _ends_two_word_role(words, lex):
        words = words[:-1]
    return words


def without_trailing_rank(words: list[str], lex: Lexicon) -> list[str]:
    """``Kepala Satuan Reserse Kriminal Kepolisian Resor Depok |Ajun Komisaris Besar| Bambang``: the rank
    written right before the name (``ranks.txt``) is no part of the role."""
    for n in range(min(len(words), longest_rank(lex.ranks)), 0, -1):
        if " ".join(words[-n:]).lower() in lex.ranks and \
                not (n == 1 and _ends_two_word_role(words, lex)):
            return words[:-n]
    return words


def _ends_two_word_role(words: list[str], lex: Lexicon) -> bool:
    """Does the last word end a two-word role (``Sekretaris Jenderal``, not the rank ``Jenderal``)?"""
    return len(words) > 1 and " ".join(words[-2:]).lower() in lex.roles


def _portfolio_conjunctions(words: list[str], lex: Lexicon) -> bool:
    """Does every ``dan`` in a role join two capitalised parts of one office's name (``Menteri Pendayagunaan
    Aparatur Negara dan Reformasi Birokrasi``), not two people's roles or a clause (``Menteri X dan Menteri
    Y``, ``anggota DPR dan mantan menteri``)?"""
    for k, w in enumerate(words[1:-1], start=1):
        if w.lower() in lex.words["conjunctions"] and not (
                words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
                and words[k + 1].lower() not in lex.role_first_words):
            return False
    return words[-1].lower() not in lex.words["conjunctions"]


def _governed(word: str, lex: Lexicon) -> bool:
    """Is ``word`` a cue like ``menurut``, whose phrase a comma closes before a clause (``Menurut jaksa, Sri
    saat itu menagih``)? After ``kata`` the name may follow (``kata Kepala SMAN 1 Sukorejo, Rohadi``)."""
    cue = lex.cues.get(word.lower())
    return cue is not None and cue.kind == "menurut"


def role_after(text: str, pos: int, lex: Lexicon, window: int = 140) -> str:
    """Appositive role: ``Vedant Patel, |wakil juru bicara Departemen Luar Negeri AS,``, also with the short
    form of its organisation (``Marfan Trihartiko, |Kepala Divisi Operasi PT KITB| (KITB), menggarisbawahi``)."""
    m = re.match(rf"\s*,\s*([^,.;:\"“”()\n]{{3,120}}?)\s*(?:\(\s*{ACRONYM}\s*\)\s*)?[,.]", text[pos:pos + window])
    if not m:
        return ""
    words = m.group(1).split()
    if not words or len(words) > 8 or not role_words_ok(words, lex) or any(is_verb(w, lex) for w in words):
        return ""
    if stops_phrase(words, lex) or any(w.lower() in lex.words["naming_markers"] for w in words[1:]):
        return ""  # "…, warga sebagai tawon ndas, …": a clause, not a role
    return m.group(1).strip()

"""The article's entities: every name, alias and role of one person grouped under one id.

A short form joins the full name it is part of (``Purbaya`` -> ``Purbaya
Yudhi Sadewa``; when two people share it, the one named last before it), an
alias joins the name it was introduced with, and the canonical name is the
fullest personal name the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import ArticleEntity, Entity, EntityMention
from .names import PersonSpan
from .patterns import Link
from .words import NameWords, load_name_words, modern_name, modern_spelling, spells_opening_syllables


class _Groups:
    """Union-find over person-span indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def alias_key(text: str, words: NameWords) -> tuple[str, ...]:
    """Lower-case words of a name or alias without titles and honorifics (``Gus Ipul`` -> ``ipul``)."""
    low = [w.lower().rstrip(".") for w in text.split()]
    while len(low) > 1 and (low[0] in words.titles or low[0] in words.familiar):
        low = low[1:]
    return tuple(low)


def _role_heads(links: list[Link], n: int, words: NameWords) -> list[set[str]]:
    """First words of the roles written with each person span (``presiden``, ``kapolri``), and the office a role
    names in full or by its short form (``Menlu Retno`` and ``Menteri Luar Negeri RI Retno Marsudi`` share
    ``menteri luar negeri``)."""
    heads: list[set[str]] = [set() for _ in range(n)]
    for lk in links:
        role = lk.text.lower().split()
        if lk.kind == "role" and role:
            heads[lk.person].add(role[0])
            office = words.role_acronyms.get(role[0])
            written = " ".join(role)
            heads[lk.person].update([office] if office else [o for o in words.role_acronyms.values()
                                                            if written == o or written.startswith(o + " ")])
    return heads


def _same_names(groups: _Groups, keys: list[tuple[str, ...]], spans: list[PersonSpan], words: NameWords) -> None:
    """Identical names, and multi-word names of which one holds the other (``Purbaya Sadewa``), unless one is a
    wife's written with her husband's (``Ibu Mufidah Jusuf Kalla``, ``Jusuf Kalla``)."""
    for i, key in enumerate(keys):
        for j in range(i):
            other = keys[j]
            if other == key or (len(key) > 1 and len(other) > 1 and (set(key) <= set(other) or
                                                                     set(other) <= set(key))) and \
                    not _wife_of(spans[i], key, other, words) and not _wife_of(spans[j], other, key, words) or \
                    _initials_spelt_out(key, other):
                groups.union(i, j)


def _wife_of(span: PersonSpan, key: tuple[str, ...], other: tuple[str, ...], words: NameWords) -> bool:
    """Is ``span`` (name ``key``) a woman's (``[spouse_honorifics]``: ``Ibu``) whose given names stand before
    another person's whole name ``other`` of two words or more (``Ibu Mufidah |Jusuf Kalla|``)?"""
    return len(other) >= 2 and len(key) > len(other) and key[-len(other):] == other and \
        span.title.lower().rstrip(".") in words.spouse_honorifics


def _initials_spelt_out(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``M Nur Arifin`` and ``Mochammad Nur Arifin``: the same words but for an initial the other name spells
    out, with two words written alike at least."""
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    same = sum(x == y for x, y in zip(a, b, strict=True))
    return same >= 2 and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b, strict=True))


def _aliases(groups: _Groups, keys: list[tuple[str, ...]], links: list[Link], words: NameWords) -> None:
    """A name written as someone's alias (``Gus Ipul``) is that person."""
    for link in (lk for lk in links if lk.kind in ("alias", "cut")):
        akey = tuple(modern_spelling(w, words) for w in alias_key(link.text, words))  # as ``keys`` are: Noel
        for i, key in enumerate(keys):
            if key == akey:
                groups.union(i, link.person)


def _short_forms(groups: _Groups, spans: list[PersonSpan], keys: list[tuple[str, ...]],
                 heads: list[set[str]]) -> None:
    """A one-word name joins the full name it is part of (one it opens first); of two, the one named
    last before it.

    ``Presiden Prabowo`` is not ``Kapolri Listyo Sigit Prabowo``: a different role keeps them apart.
    """
    first_at = _first_positions(spans, keys)
    introduced = {k for k, h in zip(keys, heads, strict=True) if h}  # written with a role of its own somewhere
    for i, key in enumerate(keys):
        if len(key) != 1:
            continue
        owners = [j for j, other in enumerate(keys) if len(other) > 1 and key[0] in other
                  and not (heads[i] and heads[j] and not heads[i] & heads[j])]
        nicknamed = [j for j in _nickname_owners(key, keys, first_at)  # "Presiden Jokowi": a role of its own
                     if key not in introduced or heads[i] & heads[j]]  # only the one the full name holds too
        nicknamed = nicknamed or _nickname_owners_by_role(key, keys, heads, i)
        owners = owners or _clipped_owners(key[0], keys) or nicknamed or _misspelt_owners(key[0], keys) \
            or _beheaded_owners(key[0], keys)
        opened = [j for j in owners if keys[j][0] == key[0]]  # "Prabowo" opens "Prabowo Subianto"
        owners = opened or owners
        roots = {groups.find(j) for j in owners}
        if len(roots) == 1:
            target = owners[0]
        elif roots:
            before = [j for j in owners if spans[j].start < spans[i].start]
            target = before[-1] if before else owners[0]
        else:
            continue
        if not _holds_other_full_name(groups, keys, i, target):
            groups.union(i, target)


def _holds_other_full_name(groups: _Groups, keys: list[tuple[str, ...]], i: int, j: int) -> bool:
    """Has span ``i``'s group (one-word names written alike are one group) already joined a full name with
    another first name than ``j``'s? Then joining ``j`` would make two people one (``Beckham`` of ``David
    Beckham`` and of ``Victoria Beckham``); a misspelt surname of the same first name is still one person
    (``Okky Prastyo Ajie``, ``Okky Prasetyo``)."""
    ri, rj = groups.find(i), groups.find(j)
    return ri != rj and any(len(k) > 1 and k[0] != keys[j][0] and groups.find(n) == ri for n, k in enumerate(keys))


def _first_positions(spans: list[PersonSpan], keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Where each name is first written."""
    first: dict[tuple[str, ...], int] = {}
    for span, key in zip(spans, keys, strict=True):
        first[key] = min(first.get(key, span.start), span.start)
    return first


MIN_CLIPPED = 5  # letters of a clipped first name (Rifqi of Rifqinizamy); shorter ones are too ambiguous
MIN_NICKNAME = 3  # letters of a nickname cut from a name the article gave before it (Ara of Maruarar)


def _clipped_owners(word: str, keys: list[tuple[str, ...]]) -> list[int]:
    """``Rifqi`` for ``Muhammad Rifqinizamy Karsayuda``: the one full name with a given name (any word but the
    last: ``Indra`` is not ``Ade Ary Syam Indradi``) the short form opens."""
    if len(word) < MIN_CLIPPED:
        return []
    owners = [j for j, other in enumerate(keys) if len(other) > 1 and
              any(w != word and w.startswith(word) for w in other[:-1])]
    return owners if len({keys[j] for j in owners}) == 1 else []


MIN_MISSPELT = 6  # letters of a name written with one letter more, less or other (Phillips of Philips)


def _misspelt_owners(word: str, keys: list[tuple[str, ...]]) -> list[int]:
    """``Phillips`` for ``Christopher Philips``: the one full name whose first or last word the short form
    writes with one letter more, less or other, or two letters swapped (a slip of the writer's, not another
    person); else the one one-word name it writes with two letters swapped (``Surpiadi`` of ``Supriadi``)."""
    if len(word) < MIN_MISSPELT:
        return []
    owners = [j for j, other in enumerate(keys) if len(other) > 1 and word not in other and
              any(len(w) >= MIN_MISSPELT and (_one_edit_apart(word, w) or _swapped(word, w))
                  for w in (other[0], other[-1]))]
    owners = owners or [j for j, other in enumerate(keys) if len(other) == 1 and _swapped(word, other[0])]
    return owners if len({keys[j] for j in owners}) == 1 else []


def _swapped(a: str, b: str) -> bool:
    """``Surpiadi`` and ``Supriadi``, ``Zuhari`` and ``Zuhair``: two letters side by side written the other way
    round, a typing slip (two one-word names so close are one person: a swap, unlike a changed letter, makes
    no other name: ``Susanto``, ``Susanti``)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


MIN_BEHEADED = 5  # letters of a one-word name written without its opening syllable (Harsono of Suharsono)


def _beheaded_owners(word: str, keys: list[tuple[str, ...]]) -> list[int]:
    """``Harsono`` for ``Suharsono``, ``Giarto`` for ``Sugiarto``: the one one-word name that ends in the short
    form, a Javanese name said without its first syllable."""
    if len(word) < MIN_BEHEADED:
        return []
    owners = [j for j, other in enumerate(keys) if len(other) == 1 and other[0] != word and other[0].endswith(word)
              and len(other[0]) - len(word) <= 3]
    return owners if len({keys[j] for j in owners}) == 1 else []


def _one_edit_apart(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def nickname_of(word: str, names: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name (lower-case words) that ``word`` is cut from, as Indonesian nicknames are:
    the start of a name word (``Pras``: Prasetyo Hadi, ``Afif``: Mochammad Afifuddin), else a syllable
    inside one (``Ara``: Maruarar Sirait, ``Ani``: Sri Mulyani), else the openings of two name words run
    together (``Jokowi``: Joko Widodo). ``names`` must be the ones the article
    gave before the nickname's first use (``Indra``, a victim named first, is not the spokesman ``Ade
    Ary Syam Indradi`` named later), nor may a name the article introduces with a role of its own
    (``Korban, Indra, ...``) be one."""
    if len(word) < MIN_NICKNAME:
        return None
    full = {k for k in names if len(k) > 1 and word not in k}
    for clipped in (lambda w: w.startswith(word), lambda w: word in w[1:]):
        owners = {k for k in full if any(clipped(w) for w in k)}
        if owners:
            return next(iter(owners)) if len(owners) == 1 else None
    owners = {k for k in full if len(word) >= MIN_BLEND and _blends(word, k)}
    return next(iter(owners)) if len(owners) == 1 else None


MIN_BLEND = 5  # letters of a nickname blended from two name words (Jokowi of Joko Widodo)


def _blends(word: str, key: tuple[str, ...]) -> bool:
    """``Jokowi``: the openings of two or more name words in a row, run together (``jo|ko`` + ``wi|dodo``),
    as Indonesian news shortens public figures' names."""
    return any(spells_opening_syllables(word, list(key[i:j]))
               for i in range(len(key) - 1) for j in range(i + 2, len(key) + 1))


def _nickname_owners(key: tuple[str, ...], keys: list[tuple[str, ...]],
                     first_at: dict[tuple[str, ...], int]) -> list[int]:
    """The spans of the full name a one-word name is a nickname of (:func:`nickname_of`)."""
    owner = nickname_of(key[0], [k for k, at in first_at.items() if at < first_at[key]])
    return [j for j, k in enumerate(keys) if k == owner] if owner else []


def _nickname_owners_by_role(key: tuple[str, ...], keys: list[tuple[str, ...]], heads: list[set[str]],
                             i: int) -> list[int]:
    """``(Presiden Jokowi)`` first, ``Presiden Joko Widodo`` later: a nickname written with a role joins the one
    full name it is cut from that holds the same role (or none), whichever the article writes first."""
    if not heads[i] or len(key[0]) < MIN_BLEND:
        return []  # a blend only ("Jokowi"): a clipped word ("Korban, Indra") may be anyone's
    owners = {k for j, k in enumerate(keys) if len(k) > 1 and (heads[i] & heads[j] or not heads[j])
              and _blends(key[0], k)}
    return [j for j, k in enumerate(keys) if k in owners] if len(owners) == 1 else []


def group_persons(spans: list[PersonSpan], links: list[Link], words: NameWords) -> _Groups:
    """Same name, a short form of a longer one, or an alias: one person."""
    groups = _Groups(len(spans))
    keys = [tuple(modern_spelling(w, words) for w in s.key) for s in spans]  # Soenarko = Sunarko
    _same_names(groups, keys, spans, words)
    _aliases(groups, keys, links, words)
    _short_forms(groups, spans, keys, _role_heads(links, len(spans), words))
    return groups


@dataclass
class EntityTable:
    """Entities of one article and the lookups attribution needs."""

    entities: list[ArticleEntity] = field(default_factory=list)
    persons: list[PersonSpan] = field(default_factory=list)
    person_entity: list[str] = field(default_factory=list)  # entity id of each person span
    lower_words: frozenset[str] = frozenset()  # words the article writes in lower case (common words)

    def by_id(self, entity_id: str) -> ArticleEntity | None:
        return next((e for e in self.entities if e.entity_id == entity_id), None)

    def person_entities(self) -> list[ArticleEntity]:
        return [e for e in self.entities if e.kind == "person"]

    def full_names(self) -> dict[str, str]:
        """Lower-case name, short form or alias -> the canonical name.

        The forms each person is actually written in come first, so ``Prabowo``
        written alone stays with the person it was grouped with; the words of
        canonical names (``Lavrov`` of ``Sergey Lavrov``) fill in after, longest
        names first.
        """
        out: dict[str, str] = {}
        people = sorted(self.person_entities(), key=lambda e: -len(e.canonical))
        for ent in people:
            out.setdefault(ent.canonical.lower(), ent.canonical)
        for ent in people:
            for form in [m.text for m in ent.mentions if m.kind in ("name", "alias")] + ent.aliases:
                out.setdefault(form.lower(), ent.canonical)
        for ent in people:
            for w in ent.canonical.split():
                if len(w) > 2 and w[0].isupper():
                    out.setdefault(w.lower(), ent.canonical)
        for form, canonical in list(out.items()):  # "sunarko" finds Soenarko
            out.setdefault(modern_name(form), canonical)
        for honorific, canonical in self._honorific_owners().items():
            out.setdefault(honorific, canonical)
        return out

    def _honorific_owners(self) -> dict[str, str]:
        """``Romo menyampaikan`` after ``Wakil Menteri Agama Romo Muhammad Syafi'i``: a familiar honorific
        (``[familiar_honorifics]``) written alone is the one person of the article it was written before."""
        familiar = load_name_words().familiar
        owners: dict[str, set[str]] = {}
        for span, entity_id in zip(self.persons, self.person_entity, strict=False):
            ent = self.by_id(entity_id)
            if span.title.lower() in familiar and ent is not None:
                owners.setdefault(span.title.lower(), set()).add(ent.canonical)
        return {h: next(iter(names)) for h, names in owners.items() if len(names) == 1}

    def nickname_owner(self, word: str, pos: int) -> str:
        """The person a one-word name the model did not tag is a nickname of (:func:`nickname_of`),
        among the people named before ``pos``; "" when none or several."""
        named = {tuple(e.canonical.lower().split()): e.canonical for e in self.person_entities()
                 if e.mentions and e.mentions[0].start < pos}
        owner = nickname_of(word.lower(), list(named))
        return named[owner] if owner else ""

    def role_of(self) -> dict[str, str]:
        return {e.canonical: max(e.roles, key=len) for e in self.person_entities() if e.roles}

    def holder_of(self) -> dict[str, str]:
        """Lower-case role or role short form -> the person holding it (first named wins); a role's
        first word alone (``Bupati`` for ``Bupati Gresik``) when one person only holds a role so headed."""
        out: dict[str, str] = {}
        heads: dict[str, set[str]] = {}
        for ent in self.person_entities():
            for role in ent.roles + ent.role_aliases:
                out.setdefault(role.lower(), ent.canonical)
                heads.setdefault(role.lower().split()[0], set()).add(ent.canonical)
        for head, holders in heads.items():
            if len(holders) == 1:
                out.setdefault(head, next(iter(holders)))
        return out

    def entity_for(self, speaker: str, start: int, end: int) -> str:
        """Id of the entity a resolved speaker is: the person of that canonical name, else the
        entity with a mention inside the speaker's words (``juru bicara |Kremlin|``)."""
        persons = {e.canonical: e.entity_id for e in reversed(self.entities) if e.kind == "person"}
        if speaker in persons:
            return persons[speaker]
        for e in self.entities:
            if e.canonical == speaker:
                return e.entity_id
        inside = [e for e in self.entities if any(start <= m.start and m.end <= end for m in e.mentions
                                                  if start <= m.start < end)]
        return inside[0].entity_id if inside else ""

    def add_source(self, name: str, start: int, end: int, text: str) -> str:
        """An unnamed source (``pejabat pertahanan Korea Utara``) as an entity of its own; its id."""
        ent = next((e for e in self.entities if e.kind == "source" and e.canonical.lower() == name.lower()), None)
        if ent is None:
            ent = ArticleEntity(f"e{len(self.entities) + 1}", "source", name)
            self.entities.append(ent)
        if start >= 0 and all(m.start != start for m in ent.mentions):
            ent.mentions.append(EntityMention(start, end, text, "description"))
        return ent.entity_id

    def add_mention(self, entity_id: str, start: int, end: int, text: str, kind: str) -> None:
        """Record a mention attribution resolved to an entity (a pronoun, a role, a description)."""
        ent = self.by_id(entity_id)
        if ent is not None and start >= 0 and all(m.start != start for m in ent.mentions):
            ent.mentions.append(EntityMention(start, end, text, kind))
            ent.mentions.sort(key=lambda m: m.start)

    def person_mentions(self) -> list[Entity]:
        """The repaired person-name spans as PER entities (what attribution reads as names)."""
        return [Entity(s.start, s.end, s.name, "PER", s.source) for s in self.persons]


def _canonical(members: list[PersonSpan], alias_keys: set[tuple[str, ...]], words: NameWords) -> str:
    """The fullest name of a group (of two as long, the one with fewer initials: ``Mochammad Nur Arifin``, not
    ``M Nur Arifin``); a lone honorific name keeps its honorific (``Gus Ipul``). An alias that
    holds every word of a plain name of the group is a fuller form of it, no nickname (``Pria yang akrab disapa
    Kang Dedi Mulyadi`` with ``Dedi``)."""
    plain = [s for s in members if s.key not in alias_keys]
    fuller = [s for s in members if s.key in alias_keys and any(set(p.key) < set(s.key) for p in plain)]
    real = plain + fuller or members
    best = max(real, key=lambda s: (len(s.words), -sum(len(w.rstrip(".")) == 1 for w in s.words), -s.start))
    if len(best.words) == 1 and best.title.lower() in words.familiar:
        return f"{best.title} {best.name}"
    return best.name


def _word_mentions(text: str, form: str, kind: str, taken: list[tuple[int, int]]) -> list[EntityMention]:
    """Every whole-word occurrence of ``form`` not inside an earlier mention."""
    out = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append(EntityMention(m.start(), m.end(), form, kind))
            taken.append((m.start(), m.end()))
    return out


def _add_office_short_forms(ent: ArticleEntity, text: str, words: NameWords) -> None:
    """``Menteri Perdagangan Budi Santoso`` ... ``kata Mendag``: the office's short form, as the article
    writes it, is a role alias of the person holding the office."""
    roles = [r.lower() for r in ent.roles] + [_spelled_out(r) for r in ent.roles]
    for short, office in words.role_acronyms.items():
        if not any(r.startswith(office) for r in roles):
            continue
        for form in (short, *_with_place_initials(short, office, roles)):
            used = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)
            if used and used.group().lower() not in (a.lower() for a in ent.role_aliases):
                ent.role_aliases.append(used.group())


def _with_place_initials(short: str, office: str, roles: list[str]) -> list[str]:
    """``Wagub NTB`` for ``Wakil Gubernur Nusa Tenggara Barat``, ``Wagub DKI`` for ``Wakil Gubernur DKI
    Jakarta``: the short form and the initials, or the first word, of the place (two or more words) that the
    role writes after the office."""
    out = []
    for role in roles:
        place = role[len(office):].split() if role.startswith(office + " ") else []
        if len(place) > 1:
            out += [f"{short} {''.join(w[0] for w in place)}", f"{short} {place[0]}"]
    return out


def _spelled_out(role: str) -> str:
    """``Kepala Kejari Pekanbaru`` -> ``kepala kejaksaan negeri pekanbaru``: an institution's short form inside
    a role written out (``org_short_forms.tsv``), so ``Kajari`` finds its holder however the role was written."""
    from ..lexicon import load_org_short_forms
    forms = load_org_short_forms()
    return " ".join(forms.get(w, w) for w in role.lower().split())


def person_entities(text: str, spans: list[PersonSpan], links: list[Link], words: NameWords) -> list[ArticleEntity]:
    """One :class:`ArticleEntity` per person, its mentions, aliases and roles."""
    groups = group_persons(spans, links, words)
    alias_keys = {alias_key(lk.text, words) for lk in links if lk.kind in ("alias", "cut")}
    roots = sorted({groups.find(i) for i in range(len(spans))})
    out = []
    taken = [(s.start, s.end) for s in spans]
    for root in roots:
        members = [s for i, s in enumerate(spans) if groups.find(i) == root]
        mine = [lk for lk in links if groups.find(lk.person) == root]
        ent = ArticleEntity(entity_id="", kind="person", canonical=_canonical(members, alias_keys, words))
        ent.mentions = [EntityMention(s.start, s.end, text[s.start:s.end], "alias" if s.key in alias_keys
                                      else "name") for s in members]
        for lk in mine:  # a name cut short ("cut": Sulis) joins its person here, it is no alias for the corpus
            target = {"alias": ent.aliases, "role": ent.roles, "role_alias": ent.role_aliases}.get(lk.kind)
            if target is not None and lk.text not in target and lk.text.lower() != ent.canonical.lower():
                target.append(lk.text)
        _add_office_short_forms(ent, text, words)
        for form in ent.aliases:
            ent.mentions += _word_mentions(text, form, "alias", taken)
        for form in ent.role_aliases:
            ent.mentions += _word_mentions(text, form, "role_alias", taken)
        ent.mentions.sort(key=lambda m: m.start)
        out.append(ent)
    return out

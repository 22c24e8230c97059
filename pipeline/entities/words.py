"""Which capitalised words can be part of a person's name, read from ``pipeline/resources``.

News prose puts titles, ranks, roles, places and sentence openers right
next to names, and the statistical NER often takes them in (``Selanjutnya
Wahyu``, ``Makassar Munafri``) or leaves part of a name out (``Purbaya``
beside ``Yudhi Sadewa``). These word lists and affix tests decide a name's
edges.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..resource_files import ResourceError, read_list, read_sections
from ..text import WORD

# a capital, then letters of any script (Björn, António, François), apostrophes and hyphens, a letter last
NAME_WORD = re.compile(r"^[^\W\d_](?:(?:[^\W\d_]|['’-])*[^\W\d_])?$")
ROMAN = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
_NOUN_AFFIX = re.compile(r"^(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an$")
_PASSIVE_KAN = re.compile(r"^(?:di|ter)[a-z]{3,}kan$")
_ACTIVE_KAN = re.compile(r"^(?:mem|men|meng|meny|me|ber|memper)[a-z]{3,}kan$")
SECTIONS = ("familiar_honorifics", "formal_titles", "not_name", "nickname_cues", "nickname_nouns", "territorial_heads",
            "name_like_role_words", "org_prefixes", "relational_roles", "relation_fillers", "old_spellings",
            "droppable_first_names", "role_fillers", "region_heads", "academic_degrees", "surname_stop_words",
            "noble_openers", "hyphen_prefixes", "kin_particles", "place_suffixes", "alias_joiners",
            "nickname_sounds", "place_heads", "given_name_openers", "spouse_honorifics",
            "nickname_adverbs")


@dataclass(frozen=True)
class NameWords:
    """Word lists for names (all lower case)."""

    familiar: frozenset[str]  # Gus, Cak, Kang: with one name word they make a nickname
    titles: frozenset[str]  # Pak, Prof, Kompol: never part of a name
    not_name: frozenset[str]  # sentence openers and common nouns seen capitalised
    # capitalised words of places and organisations (Kota, Partai, Universitas); not the acronyms of the list
    # (UU, RT), which a name never writes in capitals, while ``Uu`` is a Sundanese given name (Uu Ruzhanul Ulum)
    stop: frozenset[str]
    name_heads: frozenset[str]  # the word after these names a place or organisation (Universitas Andalas)
    territorial: frozenset[str]  # roles followed by their region (Bupati Majalengka)
    roles: frozenset[str]  # role phrases (menteri keuangan, bupati, juru bicara)
    role_heads: frozenset[str]  # first words of role phrases that are never names (menteri, bupati)
    role_words: frozenset[str]  # every word of a multi-word role phrase (luar, negeri, bicara)
    places: frozenset[tuple[str, ...]]  # known places, as word tuples
    orgs: frozenset[tuple[str, ...]]  # known organisations, as word tuples
    nickname_cues: frozenset[str]
    nickname_nouns: frozenset[str]
    cues: frozenset[str]  # speech cue forms
    org_prefixes: tuple[str, ...] = ()  # openings of institution short forms (Kemensos, Pemkab, Polres)
    relational: frozenset[str] = frozenset()  # roles of someone (pengacara X, istri X)
    droppable: frozenset[str] = frozenset()  # Muhammad: "Tito Karnavian" may be "Muhammad Tito Karnavian"
    relation_fillers: frozenset[str] = frozenset()  # "Pengacara Jokowi lainnya, Rivai": still a lawyer
    role_fillers: frozenset[str] = frozenset()  # words two people's roles may share (dan, di, itu)
    role_acronyms: Mapping[str, str] = field(default_factory=dict)  # short form -> office (mendag: menteri ...)
    old_spellings: tuple[tuple[str, str], ...] = ()  # (old letters, new letters): oe -> u, dj -> j
    region_heads: frozenset[str] = frozenset()  # Kabupaten, Pemkab, DPRD: the word after them is a place
    place_heads: frozenset[str] = frozenset()  # Kota, Desa: open a place's name, never a person's
    degrees: frozenset[str] = frozenset()  # S.E., M.M. (dots left out): written after a name, part of it
    surname_stop: frozenset[str] = frozenset()  # Utama: a name-stop word that also ends names (Andre Utama)
    months: frozenset[str] = frozenset()  # Juli: a month that is also a first name (Juli Budi Winantya)
    noble_openers: frozenset[tuple[str, ...]] = frozenset()  # Anak Agung, IGN: Balinese titles opening a name
    name_openers: frozenset[str] = frozenset()  # Wayan, Ni, Teuku: words that only open a personal name
    hyphen_prefixes: frozenset[str] = frozenset()  # Al, El, Abu: joined by a hyphen to the name word after
    kin_particles: frozenset[str] = frozenset()  # bin, binti: lower-case words inside a name
    place_suffixes: frozenset[str] = frozenset()  # Tengah, Barat: finish a place's name (Lampung Tengah)
    alias_joiners: frozenset[str] = frozenset()  # atau: "Badan Pangan Nasional atau Bapanas"
    nickname_sounds: tuple[tuple[str, str], ...] = ()  # (letters, as heard): j -> y (Juliyatmono: Yuli)
    given_openers: frozenset[str] = frozenset()  # Ahmad, Muhammad, Wayan: open a name, never name a region
    spouse_honorifics: frozenset[str] = frozenset()  # Ibu: before a wife's name written with her husband's
    nickname_adverbs: frozenset[str] = frozenset()  # akrab, biasa: "yang |akrab| disapa Ara"

    @cached_property
    def known(self) -> frozenset[tuple[str, ...]]:
        """Places and organisations together, united once: looked up for every name."""
        return self.places | self.orgs

    @cached_property
    def known_firsts(self) -> frozenset[str]:
        """The first words of :attr:`known`."""
        return frozenset(k[0] for k in self.known)


@lru_cache(maxsize=1)
def load_name_words() -> NameWords:
    from ..lexicon import load_lexicon, load_months, load_role_acronyms

    sections = read_sections("person_names.txt", required=SECTIONS)
    lex = load_lexicon()
    acronyms = load_role_acronyms()
    roles = lex.roles | frozenset(t.lower() for t in read_list("ner_titles.txt")) | frozenset(acronyms)
    return NameWords(
        familiar=sections["familiar_honorifics"],
        titles=sections["formal_titles"] | frozenset(read_list("ranks.txt")) | frozenset(read_list("corps.txt")),
        not_name=sections["not_name"],
        stop=frozenset(w.lower() for w in read_list("ner_name_stop.txt") if not w.isupper()),
        name_heads=frozenset(w.lower() for w in read_list("proper_name_heads.txt")),
        territorial=sections["territorial_heads"],
        roles=roles,
        role_heads=frozenset(r.split()[0].rstrip(".") for r in roles) - sections["name_like_role_words"],
        role_words=frozenset(w for r in roles if " " in r for w in r.split()),
        places=frozenset(tuple(p.lower().split()) for f in ("ner_places.txt", "ner_regions.txt") for p in read_list(f)),
        orgs=frozenset(tuple(p.lower().split()) for p in read_list("ner_orgs.txt")),
        nickname_cues=sections["nickname_cues"],
        nickname_nouns=sections["nickname_nouns"],
        cues=frozenset(lex.cues),
        org_prefixes=tuple(sorted(sections["org_prefixes"])),
        relational=sections["relational_roles"],
        relation_fillers=sections["relation_fillers"],
        role_fillers=sections["role_fillers"],
        region_heads=sections["region_heads"],
        place_heads=sections["place_heads"],
        degrees=sections["academic_degrees"],
        surname_stop=sections["surname_stop_words"],
        noble_openers=frozenset(tuple(w.split()) for w in sections["noble_openers"]),
        hyphen_prefixes=sections["hyphen_prefixes"],
        kin_particles=sections["kin_particles"],
        place_suffixes=sections["place_suffixes"],
        alias_joiners=sections["alias_joiners"],
        nickname_sounds=_spelling_pairs(sections["nickname_sounds"], "nickname_sounds"),
        spouse_honorifics=sections["spouse_honorifics"],
        nickname_adverbs=sections["nickname_adverbs"],
        given_openers=sections["given_name_openers"] | sections["droppable_first_names"] | lex.words["name_openers"],
        name_openers=lex.words["name_openers"],
        months=frozenset(load_months()),
        droppable=sections["droppable_first_names"],
        role_acronyms=acronyms,
        old_spellings=_spelling_pairs(sections["old_spellings"], "old_spellings"),
    )


def _spelling_pairs(lines: frozenset[str], section: str) -> tuple[tuple[str, str], ...]:
    """``old new`` lines as pairs, longest old letters first; a line that is no pair is an error."""
    pairs = []
    for line in sorted(lines):
        parts = line.split()
        if len(parts) != 2:
            raise ResourceError(f"person_names.txt [{section}]: expected 'old new', got {line!r}")
        pairs.append((parts[0], parts[1]))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def modern_spelling(word: str, words: NameWords) -> str:
    """A lower-case name word in today's spelling (``soenarko`` -> ``sunarko``), to compare names with; an
    apostrophe for the Arabic glottal stop is often left out (``Ma'ruf``, ``Maruf``)."""
    for old, new in words.old_spellings:
        word = word.replace(old, new)
    return word.replace("'", "").replace("’", "")


def modern_name(name: str) -> str:
    """A lower-case name in today's spelling, word by word (with the language data's spellings)."""
    words = load_name_words()
    return " ".join(modern_spelling(w, words) for w in name.lower().split())


def lowercase_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: a capitalised one of these is a common word."""
    return frozenset(w for w in WORD.findall(text) if w.islower())


def common_word(word: str, words: NameWords, lower_in_text: frozenset[str]) -> bool:
    """A capitalised common word at a name's edge (``Pernyataan``, ``Diungkapkan``, ``Selanjutnya``)."""
    low = word.lower()
    if low in words.not_name or low in words.cues or low in lower_in_text:
        return True
    if len(low) >= 7 and low.endswith("nya"):
        return True
    return bool(_NOUN_AFFIX.match(low) and len(low) >= 8 or _PASSIVE_KAN.match(low) or _ACTIVE_KAN.match(low))


def name_word(word: str, words: NameWords, lower_in_text: frozenset[str]) -> bool:
    """Can ``word`` be part of a person's name (not a title, role, place word or common word)?"""
    low = word.lower()
    head, _, rest = word.partition("-")
    if rest[:1].isupper() and head in words.hyphen_prefixes and NAME_WORD.match(word):
        return True  # "Riyad al-Maliki": an Arabic article in lower case joined to the surname
    if not (word[:1].isupper() and NAME_WORD.match(word)) or (word.isupper() and len(word) > 1) or ROMAN.match(word):
        return False
    if (low,) in words.places or (low,) in words.orgs:
        return False
    if low in words.titles or low in words.familiar or low in words.stop or low in words.role_heads:
        return False
    if low.startswith(words.org_prefixes):
        return False  # Kemensos, Pemkab, Polres: an institution's short form
    return not common_word(word, words, lower_in_text)


def relational_role(words: list[str], relational: Collection[str], roles: Collection[str]) -> bool:
    """Are ``words`` a relational role and nothing more (``istri``, ``pengacara``, ``kuasa hukum``): a relational
    word alone or a role of the language data opening with one, naming no other party (``Kuasa hukum Suci``)?"""
    low = [w.lower() for w in words]
    return bool(low) and low[0] in relational and (len(low) == 1 or " ".join(low) in roles)


def spells_opening_syllables(form: str, words: list[str], shortest: int = 2) -> bool:
    """Can ``form`` be cut into the openings (``shortest`` letters or more) of each of ``words`` in turn
    (``unud``: ``un|iversitas`` ``ud|ayana``)?"""
    if not words:
        return not form
    head, rest = words[0], words[1:]
    return any(form[:n] == head[:n] and spells_opening_syllables(form[n:], rest, shortest)
               for n in range(min(len(head), len(form)), shortest - 1, -1)) if len(form) >= shortest else False


def without_short_form(role: list[str], words: NameWords) -> list[str]:
    """``Kepala Badan Pangan Nasional atau Bapanas`` -> ``Kepala Badan Pangan Nasional``: a role written with
    its institution's short form after ``atau`` (``[alias_joiners]``), the form spelling the openings of the
    institution's last words."""
    if len(role) > 3 and role[-2].lower() in words.alias_joiners and any(
            spells_opening_syllables(role[-1].lower(), [w.lower() for w in role[n:-2]]) for n in range(len(role) - 3)):
        return role[:-2]
    return role


def sounded(word: str, words: NameWords) -> str:
    """``word`` (lower case) with the letters a nickname writes as heard (``[nickname_sounds]``)."""
    for old, new in words.nickname_sounds:
        word = word.replace(old, new)
    return word

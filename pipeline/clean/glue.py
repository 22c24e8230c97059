"""Words glued together by scrapers that dropped the space around link text.

``denganKomisi Pemberantasan Korupsi(KPK)``, ``PresidenPrabowo Subiantoberulang``,
``pidanakorupsiselalu``: the words are each written correctly somewhere else
in the article (or are common words the language data knows), so a glued
token is split where every piece is a known word. ``iPhone``, ``McDonald``,
``eKTP`` and ``DKI`` are never split: a one-letter or unknown piece, or a
token the article writes alone, stays whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..resource_files import read_list, read_sections

_TOKEN = re.compile(r"[A-Za-z]+")
_FIRST_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Z]{2,}(?=[a-z]{3,})")  # "dilansir|AP|menyatakan"
MIN_PIECE = 4  # pieces of a lower-case compound
MIN_COMPOUND = 12  # lower-case tokens shorter than this are never cut


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words the language data knows (function words, cues, roles, places, organisations), lower case."""
    words: set[str] = set()
    for name in ("np_stop.txt", "time_words.txt", "clean_verbs.txt", "not_verbs.txt", "predicate_markers.txt",
                 "roles.txt", "ner_titles.txt", "ner_orgs.txt", "ner_places.txt", "org_words.txt"):
        for line in read_list(name):
            words.update(w.lower() for w in _TOKEN.findall(line))
    for section in read_sections("attribution_words.txt").values():
        words.update(section)
    words.update(line.split("\t")[0].lower() for line in read_list("cues.tsv"))
    return frozenset(w for w in words if len(w) >= 2)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """One-word titles and roles (``Ayatullah``, ``Presiden``): a capitalised word glued after one is a name,
    however short (``AyatullahAli``)."""
    return frozenset(line.lower() for name in ("roles.txt", "ner_titles.txt") for line in read_list(name)
                     if _TOKEN.fullmatch(line))


@dataclass(frozen=True)
class Vocabulary:
    """How often each word stands alone in the article (lower case), and which are written capitalised."""

    counts: Counter
    capitalised: frozenset[str]
    lower_forms: frozenset[str]  # words the article writes in lower case

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        toks = _TOKEN.findall(text)
        return cls(Counter(t.lower() for t in toks), frozenset(t.lower() for t in toks if t[0].isupper()),
                   frozenset(t for t in toks if t.islower()))

    def proper_noun(self, word: str, glued: str) -> bool:
        """Written alone and only ever capitalised: a name (``Subianto``, ``Mo``), never ``Di`` or ``Pe``."""
        low = word.lower()
        return low in self.capitalised and low not in self.lower_forms and low not in known_words() and \
            self.known(word, glued)

    def known(self, word: str, glued: str = "") -> bool:
        """Written alone in the article (not just as part of ``glued``) or a word the language data knows."""
        low = word.lower()
        own = 1 if glued and low == glued.lower() else 0
        return self.counts[low] > own or low in known_words()


def _compound(word: str, vocab: Vocabulary, depth: int = 0) -> list[str] | None:
    """A lower-case word as two or three known words, longest first piece first (None if it is none)."""
    for cut in range(len(word) - MIN_PIECE, MIN_PIECE - 1, -1):
        head, tail = word[:cut], word[cut:]
        if not vocab.known(head):
            continue
        if vocab.known(tail):
            return [head, tail]
        if depth == 0:
            rest = _compound(tail, vocab, 1)
            if rest:
                return [head, *rest]
    return None


@lru_cache(maxsize=1)
def predicate_words() -> frozenset[str]:
    """Verbs and predicate markers of five letters or more (``menjadi``, ``mengatakan``), lower case."""
    words = {w for w in read_list("predicate_markers.txt")} | {line.split("\t")[0] for line in read_list("cues.tsv")}
    return frozenset(w.lower() for w in words if len(w) >= 5 and w.isalpha())


MIN_GLUED_NAME = 4  # letters of a name before a glued verb found by its prefix alone
MIN_VERB_ROOT = 4  # letters of that verb after its prefix


@lru_cache(maxsize=1)
def verb_prefixes() -> dict[str, tuple[str, ...]]:
    """``own``: prefixes that stay with their verb; ``active``: prefixes that open a glued verb;
    ``not_verbs``: openings that look like one but are not (``ment``: Imple+mentasi); ``noun_endings``:
    endings of loan nouns (``asi``: Reko+mendasi); ``after_name``: words glued after a name (``sebagai``)."""
    sections = read_sections("clean_glue_prefixes.txt",
                             required=("own", "active", "not_verbs", "noun_endings", "after_name",
                                       "short_after_name"))
    return {name: tuple(sorted(words, key=len, reverse=True)) for name, words in sections.items()}


def _prefixed_verb(head: str, tail: str, vocab: Vocabulary) -> bool:
    """``Raka|berziarah``: a name of four letters or more glued to an active verb the data may not know,
    or to a function word (``Subianto|sebagai``)."""
    if len(head) < MIN_GLUED_NAME or head.lower() in vocab.lower_forms:
        return False
    if tail in verb_prefixes()["after_name"]:
        return True  # Subianto|sebagai
    if tail.startswith(verb_prefixes()["not_verbs"]) or tail.endswith(verb_prefixes()["noun_endings"]):
        return False
    prefix = next((p for p in verb_prefixes()["active"] if tail.startswith(p)), "")
    return bool(prefix) and len(tail) - len(prefix) >= MIN_VERB_ROOT


def _capitalised_head(word: str, vocab: Vocabulary) -> list[str] | None:
    """``Subiantoberulang``, ``Momenjadi`` -> a name the article writes alone and a known lower-case word;
    ``Subiantomenjadi`` -> a capitalised word never written in lower case and a verb, even when the name
    is not written alone (the article's only ``Subianto`` is glued)."""
    for cut in range(len(word) - MIN_PIECE, 1, -1):
        head, tail = word[:cut], word[cut:]
        short = len(head) < 3 and (len(tail) < 6 or tail not in vocab.lower_forms)
        if not short and vocab.proper_noun(head, word) and vocab.known(tail):
            return [head, tail]
    head = _before_short_word(word, vocab)
    if head:
        return [head, word[len(head):]]
    for cut in range(MIN_GLUED_NAME, len(word) - 4):  # the longest verb first: Reuters+memperkirakan
        head, tail = word[:cut], word[cut:]
        if head.endswith(verb_prefixes()["own"]):
            continue  # Reutersmem+perkirakan: the verb's own prefix stays with it
        known_verb = len(head) >= 5 and tail in predicate_words() and head.lower() not in vocab.lower_forms \
            and head.lower() not in known_words()
        if known_verb or _prefixed_verb(head, tail, vocab):
            return [head, tail]
    return None


def _before_short_word(word: str, vocab: Vocabulary) -> str:
    """``Trump|ini``, ``Politico|dan``: the name before a three-letter word that follows names
    (``[short_after_name]``), when the article writes that name alone; "" otherwise."""
    for tail in verb_prefixes()["short_after_name"]:
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= MIN_GLUED_NAME and vocab.proper_noun(head, word):
            return head
    return ""


_ROMAN = ("VIII", "VII", "III", "XII", "XI", "IX", "VI", "IV", "II", "X", "V", "I")


def _acronym(word: str, vocab: Vocabulary, glued: str) -> list[str] | None:
    """An acronym the article knows, perhaps after a roman numeral (``IIIDPR`` -> ``III DPR``)."""
    if vocab.known(word, glued):
        return [word]
    for roman in _ROMAN:
        rest = word[len(roman):]
        if word.startswith(roman) and len(rest) >= 2 and vocab.known(rest, glued):
            return [roman, rest]
    return None


def _after_acronym(token: str, vocab: Vocabulary) -> list[str] | None:
    """``DPRHabiburokhman``: an acronym glued to a capitalised word the article knows; ``BBCpada``: to a
    known lower-case word."""
    upper = len(token) - len(token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if 2 <= upper < len(token) - 2 and token[upper:].islower() and vocab.known(token[upper:]) and \
            vocab.known(token[:upper], token):
        return [token[:upper], token[upper:]]
    for k in range(2, len(token) - 2):
        if token[k - 1].isupper() and token[k].isupper() and token[k + 1].islower() and token[:k].isupper():
            head = _acronym(token[:k], vocab, token)
            rest = split_token(token[k:], vocab) if head else []
            if rest and vocab.known(rest[0], token):
                return head + rest
    return None


def _known_word_first(token: str, vocab: Vocabulary) -> bool:
    """``PresidenDonald``: a word of the language data glued to a capitalised word.

    Such a token is glue even when the scraper repeats it; a repeated ``McDonald`` or ``YouTube`` is a word.
    """
    for k in range(MIN_PIECE, len(token) - 2):
        if token[k - 1].islower() and token[k].isupper():
            return token[:k].lower() in known_words() and token[k + 1].islower()
    return False


def _camel_point(token: str, vocab: Vocabulary) -> int:
    """Where a lower-case letter meets a capital and both sides are words (``dengan|KPK``); 0 if nowhere."""
    for k in range(2, len(token)):
        if token[k - 1].islower() and token[k].isupper():
            left = token[:k]
            first = _FIRST_WORD.match(token[k:])
            if not first:
                continue
            word_first = left.lower() in known_words() and (
                first.group().isupper() or min(len(left), len(first.group())) >= MIN_PIECE
                or left.lower() in title_words())
            name_first = len(first.group()) >= MIN_PIECE and vocab.proper_noun(left, token)  # MulyaniIndrawati
            if (vocab.known(first.group(), token) or word_first or name_first) and (
                    vocab.known(left, token) or _compound(left, vocab)):
                return k
    return 0


_BRAND = re.compile(r"[a-z]{3,}[A-Z][A-Za-z]+")  # detikFinance, kumparanNEWS, iPhone is too short a head


def _word_before_brand(token: str) -> list[str] | None:
    """``dari|detikFinance``, ``kepada|detikJatim``: a word of the language data glued to a publication
    written as its site writes it (a lower-case head and a capital inside). The scraper repeats such tokens
    in every article of the outlet, so they are split even when the corpus writes them many times."""
    for p in range(len(token) - 5, 3, -1):  # a word of four letters or more (dari, pada, kepada)
        if token[:p] in known_words() and _BRAND.fullmatch(token, p):
            return [token[:p], token[p:]]
    return None


def split_token(token: str, vocab: Vocabulary) -> list[str]:
    """The words a glued token is made of (``[token]`` when it is one word)."""
    if token.islower():  # most words: no capital for an acronym or a camel point to stand at
        if vocab.counts[token] > 1 or token in known_words() or len(token) < MIN_COMPOUND:
            return [token]
        return _compound(token, vocab) or [token]
    if token[0].islower():
        branded = _word_before_brand(token)
        if branded:
            return branded
    if (vocab.counts[token.lower()] > 1 and not _known_word_first(token, vocab)) or token.lower() in known_words():
        return [token]
    glued = _after_acronym(token, vocab)
    if glued:
        return glued
    k = _camel_point(token, vocab)
    if k:
        return split_token(token[:k], vocab) + split_token(token[k:], vocab)  # denganKPK, dariCNN
    if token[0].isupper() and token[1:].islower():
        return _capitalised_head(token, vocab) or [token]
    return [token]


_BRACKET_GLUE = re.compile(r"(?<=[A-Za-z])(?=\([A-Za-z][^()]{1,40}\))|(?<=[A-Za-z]\))(?=[A-Za-z])")
_ADDRESS = re.compile(r"\S*(?:/|@|#|www\.|https?:)\S*")


def glue_points(text: str, vocab: Vocabulary) -> list[int]:
    """Offsets in ``text`` where a space belongs between glued words (never inside a web or e-mail address)."""
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    points = []
    for m in _TOKEN.finditer(text):
        if addresses and any(a <= m.start() < b for a, b in addresses):
            continue
        pieces = split_token(m.group(), vocab)
        pos = m.start()
        for piece in pieces[:-1]:
            pos += len(piece)
            points.append(pos)
    # "Korupsi(KPK)untuk": a bracket glued to the words around it
    points += [m.start() for m in _BRACKET_GLUE.finditer(text) if not any(a <= m.start() < b for a, b in addresses)]
    return sorted(points)

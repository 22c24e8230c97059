"""Person-name spans: the NER's PER entities with their edges repaired.

The model leaves titles and sentence openers in (``Irjen Agus``,
``Selanjutnya Wahyu``), takes the place of a role in (``Makassar Munafri``),
cuts names in two (``Purbaya`` | ``Yudhi Sadewa``) or short (``Dian`` of
``Dian Patria``). A :class:`PersonSpan` is the name proper: titles apart,
a nickname written inside quotation marks apart (``Munafri 'Appi' Arifuddin``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass

from ..lexicon import load_lexicon
from ..records import Entity
from ..text import AGE_IN_BRACKETS, Tok, tokenize
from .words import ROMAN, NameWords, common_word, load_name_words, name_word, spells_opening_syllables

MAX_NAME_WORDS = 6
_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z])")
_NICK_MARKS = "'‘’\"“”"
_DASHES = ("-", "–", "—")
_SPACED_DOT = re.compile(r" \.(?= |$)")


@dataclass
class PersonSpan:
    """A person's name as written once in the article (offsets into the cleaned text)."""

    toks: list[Tok]  # the name words, titles and a nickname in quotation marks excluded
    title: str = ""  # title or honorific written right before it (Kompol, Pak, Gus)
    nickname: str = ""  # written inside the name in quotation marks ('Appi')
    source: str = "model"  # model | ruler | link (found by the repair, not the NER)

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.toks]

    @property
    def name(self) -> str:
        return _SPACED_DOT.sub(".", " ".join(self.words))  # "H. M. Tauhid Hamdi", not "M . Tauhid"

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(w.lower() for w in self.words)


def name_tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens with pairs of names cut apart (``Prabowo-Gibran``, ``Subianto-Gibran`` are two names;
    ``Jong-un``, ``Tae-yong`` and ``Al-Sisi`` (``[hyphen_prefixes]``) stay one)."""
    joined = load_name_words().hyphen_prefixes
    out = []
    for t in tokenize(text, start, end):
        pos = 0
        for m in _PAIR.finditer(t.text):
            if t.text[pos:m.start()].lower() in joined:
                continue
            out.append(Tok(t.text[pos:m.start()], t.start + pos, t.start + m.start()))
            pos = m.end()
        out.append(Tok(t.text[pos:], t.start + pos, t.end) if pos else t)
    return out


def _known_prefix(words: list[str], table: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest entry of ``table`` the words start with (0 if none)."""
    low = [w.lower() for w in words]
    for n in range(min(4, len(low) - 1), 0, -1):
        if tuple(low[:n]) in table:
            return n
    return 0


def _split_nickname(toks: list[Tok]) -> tuple[list[Tok], str]:
    """``Munafri 'Appi' Arifuddin`` -> the name tokens and the nickname."""
    for i in range(1, len(toks) - 2):
        if toks[i].text in _NICK_MARKS and toks[i + 2].text in _NICK_MARKS and toks[i + 1].is_word:
            return toks[:i] + toks[i + 3:], toks[i + 1].text
    return toks, ""


def _trim(toks: list[Tok], words: NameWords, lower: frozenset[str], place_named: bool = False,
          all_toks: list[Tok] | None = None) -> tuple[list[Tok], str]:
    """Drop titles, known places and common words from the edges; return the title met on the left. With
    ``place_named`` the place that opens the name was just written as a place (``Menteri Pertahanan Israel,
    Israel Katz``): the word again opens the name."""
    if place_named:
        rest, _ = _trim(toks[1:], words, lower, all_toks=all_toks)
        return ([toks[0], *rest] if rest and rest[0] is toks[1] else rest), ""
    title = ""
    inner = [i for i, t in enumerate(toks[1:-1], start=1) if t.lower in words.not_name]
    if inner:  # "Mega |Syariah| Yuwono Waluyo": a word no name holds ends what stands before the name
        toks = toks[inner[-1] + 1:]
    while toks:
        low = toks[0].lower.rstrip(".")
        skip = _known_prefix([t.text for t in toks], words.known) if len(toks) > 1 else 0
        ranked = _title_words(toks, words)
        if ranked:  # "Komisaris Besar Mukti Juharsa": a rank of two or three words too
            title = " ".join(t.text for t in toks[:ranked])
            toks = toks[ranked:]
        elif low in words.familiar:
            title = toks[0].text
            toks = toks[1:]
        elif skip:
            toks = toks[skip:]
        elif low in words.name_heads:
            toks = toks[2:]  # "Pemkab Garut", "Universitas Andalas": the head and the name it heads
        elif _initial_before_name(toks, words, lower):
            break  # "Wabup |M. Syaiful|": an initial opens the name (a lone "M" would be a numeral)
        elif toks[0].is_word and toks[0].is_cap and _name_goes_on_left(toks[0], words, lower, all_toks or []):
            break  # "Ir. Bimastyaji [Surya Ramadan]": a common word inside a name the model cut
        elif not toks[0].is_word or not name_word(toks[0].text, words, lower):
            toks = toks[1:]
        else:
            break
    while toks and (not toks[-1].is_word or not name_word(toks[-1].text, words, lower)) and \
            not _trailing_initials(toks, words, lower, all_toks or []) and not _surname_after_name(toks, words, lower) \
            and not _balinese_tail(toks, words) and not _place_as_surname(toks, words, lower, all_toks or []):
        toks = toks[:-1]
    toks, inner = _after_inner_title(toks, words, lower)
    toks = _before_place_head(_after_inner_place(toks, words), words, lower)
    while toks and (not toks[0].is_word or not name_word(toks[0].text, words, lower)) and \
            not _initial_before_name(toks, words, lower) and \
            not (toks[0].is_cap and _name_goes_on_left(toks[0], words, lower, all_toks or [])):
        toks = toks[1:]  # "Banggar DPR |RI| Dolfie": what the place left of itself is no name either
    return toks, inner or title


def _title_words(toks: list[Tok], words: NameWords, most: int = 3) -> int:
    """How many words of a title or rank open ``toks`` (``Kombes``: 1, ``Komisaris Besar``: 2), 0 if none."""
    return next((n for n in range(min(most, len(toks) - 1), 0, -1) if _is_title(toks[:n], words)), 0)


def _is_title(toks: list[Tok], words: NameWords) -> bool:
    """Do ``toks`` spell a title or rank (``AKBP``, ``Komisaris Besar``, ``Prof.``), abbreviation dots left out?"""
    return " ".join(t.lower.rstrip(".") for t in toks) in words.titles


def _before_place_head(toks: list[Tok], words: NameWords, lower: frozenset[str]) -> list[Tok]:
    """``Hadromi |Jalan Dharma Wanita|`` (the outlet left out ``di``): a head of a place's or body's name
    (``proper_name_heads.txt``) with a capitalised word after it, right after name words, starts
    where the person is, not more of the name."""
    for i in range(1, len(toks) - 1):
        if toks[i].lower in words.name_heads and toks[i + 1].is_cap:
            names = all(t.is_word and name_word(t.text, words, lower) for t in toks[:i])
            return toks[:i] if names else toks
    return toks


def _name_goes_on_left(tok: Tok, words: NameWords, lower: frozenset[str], all_toks: list[Tok]) -> bool:
    """Is ``tok`` written one space after a name word (one the article never writes in lower case, no title, no
    word of a place or an organisation), so that the name runs on to its left?"""
    at = bisect.bisect_left(all_toks, tok.start, key=lambda t: t.start)
    if at == 0 or at >= len(all_toks) or all_toks[at].start != tok.start:
        return False
    prev = all_toks[at - 1]
    low = prev.lower.rstrip(".")
    return prev.end + 1 == tok.start and prev.is_word and prev.is_cap and not prev.text.isupper() and \
        name_word(prev.text, words, lower) and low not in words.titles and low not in words.stop and \
        low not in words.known_firsts and _inside_sentence(all_toks, at - 1, words) \
        and not _ends_title(all_toks, at, words)


def _ends_title(all_toks: list[Tok], at: int, words: NameWords, most: int = 4) -> bool:
    """Do the words before token ``at`` end a title of several words (``Marsekal Madya``, ``Ajun Komisaris
    Besar``), whose last word alone is no title?"""
    return any(" ".join(t.lower.rstrip(".") for t in all_toks[at - n:at]) in words.titles
               for n in range(2, min(most, at) + 1))


def _inside_sentence(all_toks: list[Tok], i: int, words: NameWords) -> bool:
    """Does a word stand before token ``i`` in its sentence (a title's dot is no sentence end: ``Ir. Bimastyaji``;
    ``"Kalau Tani Merdeka ...``: a capitalised word opening a sentence or a quotation may be any word)?"""
    if i < 1 or not (before := all_toks[i - 1]).is_word and before.text not in ".":
        return False
    if before.text == ".":
        return i >= 2 and all_toks[i - 2].lower in words.titles
    return True


def _surname_after_name(toks: list[Tok], words: NameWords, lower: frozenset[str]) -> bool:
    """Does the name end in a word that otherwise closes an office (``Direktur Utama``) but here follows a
    name word (``Andre Utama``, ``Ryan Utama``: ``[surname_stop_words]``)?"""
    return len(toks) > 1 and toks[-1].is_cap and toks[-1].lower in words.surname_stop and \
        name_word(toks[-2].text, words, lower)


def _place_as_surname(toks: list[Tok], words: NameWords, lower: frozenset[str], all_toks: list[Tok]) -> bool:
    """Does the name end in a place's name that is a surname here (``Hotman Paris``): after a name word, and
    every time the article writes that word it writes it after that name word (never a place of its own)?"""
    if len(toks) < 2 or not toks[-1].is_cap or (toks[-1].lower,) not in words.places or \
            not name_word(toks[-2].text, words, lower):
        return False
    at = [i for i, t in enumerate(all_toks) if t.text == toks[-1].text]
    return bool(at) and all(i > 0 and all_toks[i - 1].text == toks[-2].text for i in at)


def _initial_before_name(toks: list[Tok], words: NameWords, lower: frozenset[str]) -> bool:
    """A capital letter, its full stop and a name word: ``M. Syaiful``, ``D. Muhammad`` (not ``X. Trump``, a
    platform ending its sentence: I, V and X are numerals far more often than initials)."""
    return len(toks) > 2 and len(toks[0].text) == 1 and toks[0].text.isupper() and toks[0].text not in "IVX" and \
        toks[1].text == "." and \
        toks[2].start == toks[1].end + 1 and name_word(toks[2].text, words, lower)


def _after_inner_title(toks: list[Tok], words: NameWords, lower: frozenset[str]) -> tuple[list[Tok], str]:
    """``Bangka Barat AKBP Pradana Aditya Nugraha``, ``... Polda Metro Jaya Komisaris Besar Mukti Juharsa``: a
    rank (of up to three words) inside the span ends the place before the name; not a title that is a surname
    too (``[surname_stop_words]``) right after a name word (``Lukman |Hakim| Syaifudin``)."""
    for j in range(len(toks) - 2, 0, -1):
        if toks[j].lower in words.surname_stop and name_word(toks[j - 1].text, words, lower) and \
                not toks[j - 1].text.isupper() and not _ends_known(toks, j - 1, words):
            continue
        for n in (3, 2, 1):
            if j - n + 1 >= 0 and _is_title(toks[j - n + 1:j + 1], words):
                return toks[j + 1:], " ".join(t.text for t in toks[j - n + 1:j + 1])
    return toks, ""


def _after_inner_place(toks: list[Tok], words: NameWords) -> list[Tok]:
    """``Muslimin Indonesia Irham Ali Saifuddin``: the organisation's last words ahead of a full name go."""
    for j in range(len(toks) - 3, 0, -1):
        if _ends_known(toks, j, words):
            return toks[j + 1:]
    return toks


def _token_index(all_toks: list[Tok]) -> dict[int, int]:
    return {t.start: i for i, t in enumerate(all_toks)}


def _ends_known(all_toks: list[Tok], i: int, words: NameWords) -> bool:
    """Does token ``i`` end a known place or organisation (``Korea Utara``, ``Indonesia``)?"""
    for n in range(1, 5):
        if i - n + 1 >= 0 and tuple(t.lower for t in all_toks[i - n + 1:i + 1]) in words.known:
            return True
    return False


def _spaced(text: str, left: Tok, right: Tok, glued: Container[int]) -> bool:
    """Are two tokens one space apart, a space the writer typed (not one cleaning put between glued words:
    ``Ali Khamenei|Putin``, where a link ended)?"""
    return text[left.end:right.start] == " " and left.end not in glued


def _left_chain(text: str, all_toks: list[Tok], first: int, words: NameWords, lower: frozenset[str],
                room: int, blocked: Container[int], glued: Container[int] = frozenset()) -> int:
    """Index of the first name word in the run written right before token ``first``."""
    k = first
    while k > 0 and first - k < room and _spaced(text, all_toks[k - 1], all_toks[k], glued) and \
            _may_join(all_toks[k - 1], words, lower, blocked) and not _ends_known(all_toks, k - 1, words) and \
            not _ends_title(all_toks, k, words):  # "Marsekal Madya |Muhammad| Syaugi"
        k -= 1
        if _kin_joined(text, all_toks, k - 2, words, lower, blocked, glued):
            k -= 1  # "Faisal bin |Farhan|": step onto the particle, the loop takes the name word before it
    if k == first or k == 0:
        return k
    if _institution_short_form(all_toks, k, words):
        return k + 1  # "Badan Pangan Nasional atau |Bapanas| Arief Prasetyo Adi"
    k = _past_role_phrase(all_toks, k, first, words)
    if k == first:
        return k
    before = all_toks[k - 1]
    low = before.lower.rstrip(".")
    if low in words.titles or low in words.familiar or not before.is_word:
        return k  # "Letkol Teddy Indra Wijaya", ", Muslim Jaya Butar Butar"
    if low in words.role_heads or low in words.role_words:
        # "Menteri Keuangan Purbaya [Yudhi Sadewa]": one word after a whole role phrase is the first name;
        # after a bare head ("Menteri Imipas Agus", "Bupati Gresik Fandi") it is the portfolio or place
        return k if first - k == 1 and _ends_role_phrase(all_toks, k - 1, words) else first
    if low in words.name_heads:
        return k + 1  # "Universitas Andalas Syafruddin Karimi": the word after Universitas names it
    return k


def _institution_short_form(all_toks: list[Tok], k: int, words: NameWords, most: int = 6) -> bool:
    """Is token ``k`` the short form, after ``atau`` (``[alias_joiners]``), of the capitalised name before it,
    spelling the openings of its last words (``Badan Pangan Nasional atau Bapanas``: ba|pa|nas)?"""
    if k < 2 or all_toks[k - 1].lower not in words.alias_joiners:
        return False
    run: list[str] = []
    for tok in reversed(all_toks[max(0, k - 1 - most):k - 1]):
        if not (tok.is_word and tok.is_cap):
            break
        run.insert(0, tok.lower)
    form = all_toks[k].lower
    return any(spells_opening_syllables(form, run[n:]) for n in range(len(run) - 1))


def _past_role_phrase(all_toks: list[Tok], k: int, first: int, words: NameWords) -> int:
    """Where the name starts when the words taken in from ``k`` finish the role opened right before them
    (``Jaksa |Agung| Hendarman Supandji``, ``Hakim |Agung| ...``): after the role; else ``k``."""
    lows = [t.lower for t in all_toks[k - 1:first]]
    n = max((n for n in range(1, first - k + 1) if " ".join(lows[:n + 1]) in words.roles), default=0)
    return k + n


def _ends_role_phrase(all_toks: list[Tok], i: int, words: NameWords) -> bool:
    """Does token ``i`` end a role phrase of two or more words (``Menteri Keuangan``), or is it the short form of
    a whole office (``Menkeu``; not ``Kapolres``, whose region comes next)?"""
    low = all_toks[i].lower
    if low in words.role_acronyms and low not in words.territorial:
        return True
    return any(i - n + 1 >= 0 and " ".join(t.lower for t in all_toks[i - n + 1:i + 1]) in words.roles
               for n in range(2, 5))


def _may_join(tok: Tok, words: NameWords, lower: frozenset[str], blocked: Container[int]) -> bool:
    """A name word the NER did not tag as (part of) a place or an organisation."""
    return tok.start not in blocked and name_word(tok.text, words, lower)


def _extend(text: str, all_toks: list[Tok], first: int, last: int, words: NameWords,
            lower: frozenset[str], blocked: Container[int], glued: Container[int] = frozenset()) -> tuple[int, int]:
    """Take in name words written right before or after the span (single spaces only)."""
    opened = any(t.lower in words.name_openers for t in all_toks[first:last + 1])
    while last + 1 < len(all_toks) and last - first + 1 < MAX_NAME_WORDS:
        if _kin_joined(text, all_toks, last, words, lower, blocked, glued):
            last += 2  # "|Faisal| bin Farhan"
            continue
        if not (_spaced(text, all_toks[last], all_toks[last + 1], glued) and
                _may_join(all_toks[last + 1], words, lower, blocked) and
                (opened or not _opens_name_at(all_toks, last + 1, words))):  # "Ngoerah |I Wayan Sudana|": another
            break
        last += 1
    left = _left_chain(text, all_toks, first, words, lower, MAX_NAME_WORDS - (last - first + 1), blocked, glued)
    first = _name_opening(all_toks, left, first, words)
    opener = _noble_opener_before(all_toks, first, words)
    if opener:  # "IGN |Jaya| Negara": after a Balinese title, common capitalised words are the name's too
        first -= opener
        while last + 1 < len(all_toks) and last - first + 1 < MAX_NAME_WORDS and \
                _spaced(text, all_toks[last], all_toks[last + 1], glued) and all_toks[last + 1].is_cap and \
                all_toks[last + 1].start not in blocked and _balinese_name_word(all_toks[last + 1], words):
            last += 1
    return first, last


def _kin_joined(text: str, all_toks: list[Tok], i: int, words: NameWords, lower: frozenset[str],
                blocked: Container[int], glued: Container[int]) -> bool:
    """Do tokens ``i`` .. ``i + 2`` spell a name word, ``bin``/``binti`` (``[kin_particles]``) and a name word?"""
    if i < 0 or i + 2 >= len(all_toks) or all_toks[i + 1].text not in words.kin_particles:
        return False
    a, particle, b = all_toks[i:i + 3]
    spaced = _spaced(text, a, particle, glued) and _spaced(text, particle, b, glued)
    return spaced and _may_join(a, words, lower, blocked) and _may_join(b, words, lower, blocked)


def _opens_name_at(all_toks: list[Tok], i: int, words: NameWords) -> bool:
    """Does a word that only opens a personal name stand at ``i`` (``Putu``, ``Ni``; ``I`` before ``Wayan``)?"""
    tok = all_toks[i]
    return tok.is_cap and (tok.lower in words.name_openers or tok.text == "I" and i + 1 < len(all_toks) and
                           all_toks[i + 1].lower in words.name_openers)


def _name_opening(all_toks: list[Tok], left: int, first: int, words: NameWords) -> int:
    """Where the name starts among the words ``left..first`` taken in before a span: at the last word that only
    opens a personal name (``I Wayan``, ``Ni``, ``Putu``), not before it (``RSUP Prof Ngoerah |I Wayan Sudana|``:
    the hospital's namesake stays out); ``left`` when none stands there."""
    for k in range(first, left - 1, -1):
        if _opens_name_at(all_toks, k, words):
            return k - 1 if k > left and all_toks[k - 1].text == "I" else k
    return left


def _noble_opener_before(all_toks: list[Tok], first: int, words: NameWords) -> int:
    """How many tokens right before ``first`` spell a Balinese title opening the name (``Anak Agung``, ``IGN``;
    ``[noble_openers]``), the name's own first words included (``Anak |Agung| Gede``); 0 if none."""
    for n in (3, 2, 1):
        for inside in (1, 0):  # the title may end with the name's first word ("Agung" of "Anak Agung")
            lo = first - n + inside
            if lo < 0 or lo >= first + inside:
                continue
            phrase = tuple(t.lower for t in all_toks[lo:first + inside])
            if len(phrase) == n and phrase in words.noble_openers and all(t.is_cap for t in all_toks[lo:first]):
                return first - lo
    return 0


def _balinese_tail(toks: list[Tok], words: NameWords) -> bool:
    """``I Gusti Ngurah Jaya |Negara|``: in a name a Balinese opener starts, a capitalised common word at the end
    is still the name's (``_balinese_name_word``)."""
    return len(toks) > 2 and toks[-1].is_cap and _balinese_name_word(toks[-1], words) and \
        (_opens_name_at(toks, 0, words) or _noble_opener_before(toks, 2, words) == 2)


def _balinese_name_word(tok: Tok, words: NameWords) -> bool:
    """A capitalised word that may go on a Balinese name (``Negara``, ``Jaya``): no title, role, cue or place."""
    low = tok.lower.rstrip(".")
    return tok.is_word and not tok.text.isupper() and low not in words.titles and low not in words.role_heads \
        and low not in words.cues and (low,) not in words.places


def _stands_alone(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` somewhere as a word of its own (not joined by a hyphen)?"""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _after_dateline(toks: list[Tok]) -> list[Tok]:
    """``Washington D.C -Donald Trump``: a name never spans the dash that ends a dateline."""
    last = max((i for i, t in enumerate(toks) if t.text in _DASHES), default=-1)
    rest = toks[last + 1:]
    return rest if rest and any(t.is_word for t in rest) else toks


def repair(text: str, ent: Entity, all_toks: list[Tok], words: NameWords, lower: frozenset[str],
           blocked: Container[int] = frozenset(), index: dict[int, int] | None = None,
           glued: Container[int] = frozenset()) -> PersonSpan | None:
    """The name proper inside (or around) one PER entity, or None when nothing of it is a name."""
    toks, nickname = _split_nickname(_after_dateline(name_tokens(text, ent.start, ent.end)))
    gap = next((i for i in range(1, len(toks)) if text[toks[i - 1].end:toks[i].start] == "-"), None)
    if gap == 1 and len(toks) > 2 and not _stands_alone(text, toks[0].text):
        # one word joined to a first name before a surname, a word the article never writes alone, is a
        # hyphenated first name ("Jean-Pierre Lacroix"); "Sahroni-Nafa Urbach" (Sahroni named elsewhere) a pair
        toks = [Tok(text[toks[0].start:toks[1].end], toks[0].start, toks[1].end), *toks[2:]]
    elif gap is not None and gap == len(toks) - 1 and not _stands_alone(text, toks[gap].text):
        # a last word joined by a hyphen that the article never writes alone is a hyphenated surname
        # ("Karine Jean-Pierre", "ujar Jean-Pierre")
        toks = [*toks[:gap - 1], Tok(text[toks[gap - 1].start:toks[gap].end], toks[gap - 1].start, toks[gap].end)]
    elif gap is not None and all(t.is_word for t in toks[:gap]):
        toks = toks[:gap]  # "Prabowo Subianto-Gibran Rakabuming": the first name of a pair
    index = _token_index(all_toks) if index is None else index
    toks, title = _trim(toks, words, lower, _place_written_before(toks, all_toks, index), all_toks)
    if not toks:
        return None
    toks = _with_name_after_acronym(toks, all_toks, index, words)
    if toks[0].start not in index or toks[-1].start not in index:
        return PersonSpan(toks, title, nickname, ent.source)
    lo, hi = index[toks[0].start], index[toks[-1].start]
    first, last = _extend(text, all_toks, lo, hi, words, lower, blocked, glued)
    name = all_toks[first:lo] + toks + all_toks[hi + 1:last + 1]
    if first > 0 and len(name) > 2 and all_toks[first - 1].lower.rstrip(".") in words.name_heads | words.territorial \
            and not _initial_before_name(name, words, lower) and name[0].lower not in words.given_openers:
        name = name[1:]  # "The Prakarsa Roby Rushandie", "Bupati Majalengka Eman Suherman": an organisation, a region
        # ("Dinkes Kendal Bambang Setyawan": a regional office's regency, [territorial_heads])
        while len(name) > 1 and name[0].lower.rstrip(".") in words.titles:
            title, name = name[0].text, name[1:]  # "Polres Sekadau Iptu Zainal Abidin"
    if first > 0 and not title and all_toks[first - 1].lower.rstrip(".") in words.titles | words.familiar:
        title = all_toks[first - 1].text
    return PersonSpan(name, title, nickname, ent.source if (first, last) == (lo, hi) else "link")


def _trailing_initials(toks: list[Tok], words: NameWords, lower: frozenset[str], all_toks: list[Tok]) -> bool:
    """Does the name end in initials that are part of it (``Mahfud MD``, ``Dolfie OFP``): two to four capitals
    after a name word, which the article never writes after another word (``Dewan Pengarah BRIN``: an
    organisation's acronym), no acronym the language data knows (an office, a place, an organisation, a
    degree)?"""
    word = toks[-1].text
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()) or ROMAN.match(word) or len(toks) < 2 \
            or not name_word(toks[-2].text, words, lower):
        return False  # the shape first: most trailing tokens are punctuation or words, never scanned for
    low = word.lower()
    known = (low,) in words.places or (low,) in words.orgs or low in words.titles or low in words.stop or \
        low in words.role_heads or low in words.roles or low in words.role_acronyms or low in words.degrees
    return not known and not any(t.text == word and (k == 0 or all_toks[k - 1].text != toks[-2].text)
                                 for k, t in enumerate(all_toks))


def _place_written_before(toks: list[Tok], all_toks: list[Tok], index: dict[int, int]) -> bool:
    """Is the word opening a name the word written right before it, perhaps with a comma between
    (``Menteri Pertahanan Israel, |Israel| Katz``)? A writer does not name a country twice: the second is a
    first name."""
    at = index.get(toks[0].start) if len(toks) > 1 else None
    if at is None or at < 1:
        return False
    before = all_toks[at - 2] if all_toks[at - 1].text == "," and at >= 2 else all_toks[at - 1]
    return before.text == toks[0].text


def _with_name_after_acronym(toks: list[Tok], all_toks: list[Tok], index: dict[int, int],
                             words: NameWords) -> list[Tok]:
    """``Komisi X DPR RI |Lalu| Hadrian Irfani``, ``Moneter BI |Juli| Budi Winantya``, ``Kota Mataram, |Lalu|
    Samsul Adnan``: a word that is also a common word or a month (``lalu``, ``Juli``) opens the name when an
    organisation's acronym or a comma stands right before it (a sentence never starts there, and a
    conjunction there is written in lower case)."""
    at = index.get(toks[0].start)
    if at is None or at < 2:
        return toks
    word, before = all_toks[at - 1], all_toks[at - 2]
    acronym = before.is_word and before.text.isupper() and len(before.text) > 1
    common = word.lower in words.not_name or word.lower in words.months
    set_off = before.text == "," and sum(t.is_word for t in toks) >= 2  # not "Jangan Dicoret, Jangan |Distapler|"
    if (acronym or set_off) and word.is_word and word.is_cap and word.text.isalpha() and common:
        return [word, *toks]
    return toks


def _merge(text: str, spans: list[PersonSpan], glued: frozenset[int], words: NameWords) -> list[PersonSpan]:
    """Join spans that overlap or stand next to each other (``Purbaya`` + ``Yudhi Sadewa``), never over a
    space cleaning put between glued words (``Ali Khamenei|Putin``), nor onto a name a word that only opens
    names starts (``RSUP Prof [Ngoerah] [I Wayan Sudana]``: the hospital's namesake is no part of it)."""
    out: list[PersonSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        prev = out[-1] if out else None
        overlaps = prev is not None and span.start < prev.end
        beside = prev is not None and text[prev.end:span.start] == " " and prev.end not in glued and \
            len(prev.toks) + len(span.toks) <= MAX_NAME_WORDS and not _opens_new_name(prev, span, words)
        if prev is not None and (overlaps or beside):
            prev.toks = prev.toks + [t for t in span.toks if t.start >= prev.end]
            prev.nickname = prev.nickname or span.nickname
            prev.source = "link" if prev.source != span.source else prev.source
            continue
        out.append(span)
    return out


def _opens_new_name(prev: PersonSpan, span: PersonSpan, words: NameWords) -> bool:
    """Does ``span`` open with a word that only opens a personal name (``I Wayan``, ``Ni``, ``Putu``) while
    ``prev`` holds none (so it is no first part of the same Balinese or Acehnese name)?"""
    toks = [t for t in span.toks if t.is_word]
    return bool(toks) and _opens_name_at(toks, 0, words) and not any(t.lower in words.name_openers for t in prev.toks)


@dataclass(frozen=True)
class _OtherPlaces:
    """Tokens of organisations and places, except those of the one entity at ``start:end``."""

    blocked: frozenset[int]
    start: int
    end: int

    def __contains__(self, pos: object) -> bool:
        return pos in self.blocked and not (isinstance(pos, int) and self.start <= pos < self.end)


def _untagged_full_names(text: str, all_toks: list[Tok], index: dict[int, int], spans: list[PersonSpan],
                         places: list[tuple[int, int]], blocked: frozenset[int], words: NameWords,
                         lower: frozenset[str]) -> list[PersonSpan]:
    """Full names the NER missed or read as an organisation, found through a one-word name it tagged.

    ``Praswad`` is tagged, ``(KPK) Praswad Nugraha`` was read as an organisation; ``Ikhwan`` is tagged,
    ``Muhammadiyah Ikhwan Fahrojih`` was not tagged at all. Each untagged place where the one-word name
    is written is repaired like a PER entity; only a name of two or more words is kept.
    """
    one_word = {s.words[0] for s in spans if len(s.toks) == 1}
    singles = one_word - {w for s in spans if len(s.toks) > 1 for w in s.words}
    covered = {t.start for s in spans for t in s.toks}
    out = []
    for tok in all_toks:
        if tok.text not in singles or tok.start in covered:
            continue
        own = next(((a, b) for a, b in places if a <= tok.start < b), (0, 0))
        others = _OtherPlaces(blocked, *own)
        span = repair(text, Entity(tok.start, tok.end, tok.text, "PER", "link"), all_toks, words, lower, others, index)
        if span is not None and len(span.toks) > 1 and not (set(span.words) - {tok.text}) & one_word and \
                not set(span.key) & (words.role_words | words.role_heads) and \
                _left_edge_known(all_toks, index, span, tok, words, lower):
            span.source = "link"  # not "Khamenei Putin" (two people), nor "Kanit Reskrim" (a role)
            out.append(span)
    return out


def _left_edge_known(all_toks: list[Tok], index: dict[int, int], span: PersonSpan, tok: Tok, words: NameWords,
                     lower: frozenset[str]) -> bool:
    """Inside an organisation's name, take at most one word on the left, and only after a known edge.

    ``Gedung Putih Anna Kelly`` gives ``Anna Kelly``; ``Kemenag Purwakarta Munir Huda`` gives nothing, since
    ``Purwakarta`` may be a place as well as a first name.
    """
    first = index.get(span.toks[0].start, 0)
    if span.toks[0].start == tok.start or first == 0:
        return True
    if index[tok.start] - first > 1:
        return False
    edge = all_toks[first - 1]
    low = edge.lower.rstrip(".")
    return not edge.is_word or not name_word(edge.text, words, lower) or _ends_known(all_toks, first - 1, words) \
        or low in words.name_heads


def _named_after_acronym(text: str, entities: list[Entity], words: NameWords, lower: frozenset[str]) -> list[Entity]:
    """``BI Perry Warjiyo``, ``KPK Praswad Nugraha`` read as one organisation: the acronym is the role's
    organisation, the two or more name words after it a person."""
    out = []
    for e in entities:
        toks = name_tokens(text, e.start, e.end) if e.label in ("ORG", "LOC") else []
        known = words.known
        if len(toks) < 3 or not (toks[0].text.isupper() and len(toks[0].text) > 1) or \
                toks[0].lower in words.name_heads or _known_prefix([t.text for t in toks[1:]], known):
            continue
        if all(t.is_word and name_word(t.text, words, lower) for t in toks[1:]):
            out.append(Entity(toks[1].start, toks[-1].end, text[toks[1].start:toks[-1].end], "PER", "link"))
    return out


def _named_after_rank(text: str, entities: list[Entity], words: NameWords, lower: frozenset[str],
                      most: int = 3) -> list[Entity]:
    """``Kapolres Metro Bekasi |Kota Kombes Widjanarko|`` read as one place: a police or military rank inside
    an organisation or place that closes a role phrase opens its holder's name (one to three name words to
    its end); a rank is never a word of a body's or place's name there."""
    ranks = load_lexicon().ranks
    out = []
    for e in entities:
        toks = name_tokens(text, e.start, e.end) if e.label in ("ORG", "LOC") else []
        k = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].lower in ranks and len(toks[i].text) > 2
                  and toks[i].lower not in words.familiar), None)
        rest = toks[k + 1:] if k is not None else []
        if rest and k is not None and f"{toks[k].lower} {rest[0].lower}" in ranks:
            rest = rest[1:]  # "Kombes |Pol| Rikwanto": the rank's second word
        if 1 <= len(rest) <= most and all(t.is_word and name_word(t.text, words, lower) and not t.text.isupper()
                                          for t in rest) and _closes_role(text, e, words):
            out.append(Entity(rest[0].start, e.end, text[rest[0].start:e.end], "PER", "link"))
    return out


_NAME_WITH_AGE = re.compile(rf"(?<![\w-])((?:[A-Z][a-z'’]+ ){{0,2}}[A-Z][a-z'’]+) {AGE_IN_BRACKETS}")


def _named_with_age(text: str, entities: list[Entity], words: NameWords, lower: frozenset[str]) -> list[Entity]:
    """``Sutarmi (49), pedagang cabai ...``: one to three name words right before an age in brackets are a
    person the model missed (news gives the age of people only); places and organisations excepted."""
    out = []
    for m in _NAME_WITH_AGE.finditer(text):
        toks = name_tokens(text, m.start(1), m.end(1))
        while toks and not name_word(toks[0].text, words, lower):
            toks = toks[1:]  # "Warga |Sutarmi| (49)": a common word before the name
        if toks and all(name_word(t.text, words, lower) for t in toks) and \
                tuple(t.lower for t in toks) not in words.known:
            out.append(Entity(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end], "PER", "link"))
    return out


def _named_after_known(text: str, entities: list[Entity], words: NameWords, lower: frozenset[str]) -> list[Entity]:
    """``Kementerian Keuangan Luky Alfirman``, ``Kabupaten Lampung Selatan Rully Fikriansyah`` read as one
    organisation, place or person: an organisation or place the article (or the gazetteer) names elsewhere,
    then two to four name words that are neither (``Kejaksaan Negeri Deli Serdang`` stays a place). An
    organisation or place holds a person only where the article writes the name beside a speech cue too;
    a person's entity only loses the organisation or place opening it."""
    places = {e.text.lower() for e in entities if e.label in ("ORG", "LOC")}
    known = words.known
    out = []
    for e in entities:
        toks = name_tokens(text, e.start, e.end)
        others = places - {e.text.lower()}
        n = max((k for k in range(1, len(toks) - 1) if text[toks[0].start:toks[k - 1].end].lower() in others),
                default=0) or _with_place_suffixes(toks, _known_prefix([t.text for t in toks], known), words) or \
            (_common_word_prefix(toks, words, lower) if e.label == "ORG" else 0)
        rest = toks[n:] if n else []
        if not 2 <= len(rest) <= 4 or text[rest[0].start:e.end].lower() in places or \
                tuple(t.lower for t in rest) in known or rest[0].lower in words.name_heads or \
                any(t.lower in places or (t.lower,) in known for t in rest):  # "Balboa |Estate Ciputat|"
            continue
        if all(t.is_word and (len(t.text) == 1 or name_word(t.text, words, lower) and not t.text.isupper())
               for t in rest) and (e.label == "PER" or _speaks_elsewhere(text, e, [rest[0].text, rest[-1].text],
                                                                         words)
                                   or _closes_role(text, e, words)):
            out.append(Entity(rest[0].start, e.end, text[rest[0].start:e.end], "PER", "link"))
    return out


def _with_place_suffixes(toks: list[Tok], n: int, words: NameWords) -> int:
    """``Lampung |Tengah| Ardito Wijaya``: the compass words after a known place finish its name, so the
    person's name starts after them (``[place_suffixes]``); so does the place a listed body is of (``Badan Pusat
    Statistik |Provinsi Lampung| Didiek Darmanto``); ``n`` when none follow, 0 stays 0."""
    heads = words.region_heads | words.place_heads
    while n and n < len(toks) - 2 and toks[n].is_cap and (
            toks[n].lower in heads and toks[n + 1].is_cap or (toks[n].lower,) in words.places):
        n += 2 if toks[n].lower in heads else 1
    while n and n < len(toks) - 1 and toks[n].lower in words.place_suffixes and toks[n].is_cap:
        n += 1
    return n


def _common_word_prefix(toks: list[Tok], words: NameWords, lower: frozenset[str]) -> int:
    """Length of an institution's name made of a head and common words (``Kementerian Pertahanan``,
    ``Badan Pengawas Obat``), 0 when it has none: such a name ends where the name words begin. An
    institution named after a person (``Universitas Syiah Kuala``) has no common word before the name."""
    if not toks or toks[0].lower not in words.stop or toks[0].lower in words.name_heads:
        return 0
    n = 1
    while n < len(toks) and toks[n].is_word and common_word(toks[n].text, words, lower):
        n += 1
    while n < len(toks) - 2 and toks[n].lower in words.stop:
        n += 1  # "Pusat Penerangan |Hukum| Kejagung": a unit's word
    if 1 < n < len(toks) - 2 and ((toks[n].lower,) in words.orgs or (toks[n].lower,) in words.places):
        n += 1  # "Pusat Penerangan Hukum |Kejagung| Didiek Darmanto": the body it belongs to ends the unit
    return n if n > 1 else 0


def _closes_role(text: str, ent: Entity, words: NameWords, max_tokens: int = 16) -> bool:
    """Does the place ``ent`` end a capitalised role phrase (``Kepala Bidang Damkar dan Penyelamatan pada
    Dinas ... |Kabupaten Lampung Selatan Rully Fikriansyah|``)? A place holds no office, so the name
    words it ends with are the office holder's. Inside the phrase: capitalised words, brackets, and the
    words that join a unit's name (``[name_inner_words]``) or link a role to its office (``[role_linkers]``)."""
    lex = load_lexicon()
    sentence_start = max(text.rfind(". ", 0, ent.start), text.rfind("\n", 0, ent.start)) + 1
    before = name_tokens(text, sentence_start, ent.start)[-max_tokens:]
    for i in range(len(before) - 1, -1, -1):
        t = before[i]
        if t.lower in words.role_heads or i and f"{before[i - 1].lower} {t.lower}" in words.roles:
            return True  # "Kepala ...", "Juru bicara ..."
        if not (t.is_cap or t.text in "()" or t.lower in lex.words["name_inner_words"]
                or t.lower in lex.words["role_linkers"]):
            return False
    return False


def _speaks_elsewhere(text: str, ent: Entity, names: list[str], words: NameWords) -> bool:
    """Is one of ``names`` written outside ``ent`` right next to a speech cue (``kata Luky``, ``Agung
    mengatakan``)? What organisations and places hold (``Patra Niaga``, ``State University``) never is."""
    for name in names:
        for m in re.finditer(rf"(\w+)?\W+{re.escape(name)}\W+(\w+)?", text):
            if ent.start <= m.start(0) + len(m.group(1) or "") < ent.end:
                continue
            if (m.group(1) or "").lower() in words.cues or (m.group(2) or "").lower() in words.cues:
                return True
    return False


def _starts_inside(toks: list[Tok], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Starts of the tokens that begin inside one of ``spans`` (tokens in reading order): looked up by
    bisection, since a long article has thousands of tokens and hundreds of place and organisation spans."""
    starts = [t.start for t in toks]
    inside: set[int] = set()
    for a, b in spans:
        inside.update(starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)])
    return frozenset(inside)


def person_spans(text: str, entities: list[Entity], words: NameWords, lower: frozenset[str],
                 glued: frozenset[int] = frozenset()) -> list[PersonSpan]:
    """Repaired, merged name spans of the article's PER entities, in reading order."""
    all_toks = name_tokens(text)
    named = _named_after_acronym(text, entities, words, lower)
    for found in (_named_after_known(text, entities, words, lower), _named_after_rank(text, entities, words, lower)):
        named += [n for n in found if not any(n.start < m.end and m.start < n.end for m in named)]
    aged = [n for n in _named_with_age(text, entities, words, lower)
            if not any(n.start < m.end and m.start < n.end for m in named + entities if m.label == "PER")]
    named += aged  # "Seorang warga Sukini (47)": an age makes a person of what the model took for a place
    entities = [e for e in entities if not any(e.start < n.start < e.end for n in named) and
                not any(e.start < n.end and n.start < e.end for n in aged)] + named
    places = [(e.start, e.end) for e in entities if e.label in ("ORG", "LOC")]
    blocked = _starts_inside(all_toks, places)
    index = _token_index(all_toks)
    spans = [s for s in (repair(text, e, all_toks, words, lower, blocked, index, glued) for e in entities
                         if e.label == "PER") if s]
    spans += _untagged_full_names(text, all_toks, index, spans, places, blocked, words, lower)
    regions = _region_words(all_toks, words)
    spans = [s for s in spans if len(s.toks) > 1 or (s.toks[0].text,) not in regions]  # "Teluk Lancang, |Tebo|"
    # where the article writes "Kabupaten Tebo": a regency, never a one-word name
    regions |= _places_named_alone(entities)
    office_ends = frozenset(e.end for e in entities if e.label in ("ORG", "LOC"))
    return _merge(text, _without_region_words(spans, regions, all_toks, index, words, office_ends), glued, words)


def _places_named_alone(entities: list[Entity]) -> frozenset[tuple[str, ...]]:
    """One-word places the article tags on their own (``di Purwakarta``), never inside a person's name: a
    town the model ran into the name of an official of its office (``Kemenag Purwakarta Munir Huda``)."""
    alone = {e.text for e in entities if e.label == "LOC" and e.text.isalpha() and e.text[:1].isupper()}
    in_names = {w for e in entities if e.label == "PER" for w in e.text.split()}
    return frozenset((w,) for w in alone - in_names)


def _region_words(toks: list[Tok], words: NameWords, most: int = 3) -> frozenset[tuple[str, ...]]:
    """The places of this article that the place lists do not know, as the capitalised words it writes
    right after a region's head (``Kabupaten |Solok|``, ``Pemkab |Bone|``, ``Kabupaten |Serdang Bedagai|``):
    the first word, and the whole run of up to ``most`` words that a lower-case word or a mark ends."""
    found = set()
    for i, head in enumerate(toks[:-1]):
        if head.lower.rstrip(".") not in words.region_heads:
            continue
        if i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 3].text == ")":
            i += 3  # "Kabupaten (Pemkab) |Dompu|": the head's short form in brackets first
        run = []
        for tok in toks[i + 1:i + 2 + most]:
            if not (tok.is_word and tok.is_cap and not tok.text.isupper()):
                break
            run.append(tok.text)
        if run:
            found.add((run[0],))
        if 1 < len(run) <= most:
            found.add(tuple(run))
    return frozenset(found)


def _without_region_words(spans: list[PersonSpan], regions: frozenset[tuple[str, ...]], all_toks: list[Tok],
                          index: dict[int, int], words: NameWords,
                          office_ends: frozenset[int] = frozenset()) -> list[PersonSpan]:
    """Names without a place of the article opening them right after a role (``Wakil Bupati Solok Candra`` is
    Candra, the Wakil Bupati of Kabupaten Solok; ``Bupati Serdang Bedagai Soekirman`` is Soekirman where the
    article writes Kabupaten Serdang Bedagai; ``Sekretaris DPRD (Sekwan) Bantaeng Saharuddin``), an office
    the NER tagged (``Kemenag Purwakarta Munir Huda``) or a unit's number (``Kepala MTSN 1 Konawe Nyuheri
    Slamet``): the office's town."""
    kept = []
    for span in spans:
        at = index.get(span.start, 0)
        if tuple(t.text for t in span.toks) in regions and at > 0 and _ends_office(all_toks[at - 1], words,
                                                                                   office_ends):
            continue  # "Mantan Kadinkes |Dompu| ini": the office's town alone, no person
        cut = max((_region_opening(span, region, all_toks, at, words, office_ends) for region in regions),
                  default=0)
        if cut:
            span.toks = span.toks[cut:]
        kept.append(span)
    return kept


def _region_opening(span: PersonSpan, region: tuple[str, ...], all_toks: list[Tok], at: int, words: NameWords,
                    office_ends: frozenset[int]) -> int:
    """How many of the span's opening words end ``region``, whose other words stand just before the span
    (the role's place its repair already left out), right after a role; 0 when the region does not."""
    for inside in range(len(region), 0, -1):
        before = len(region) - inside
        if at - before < 1 or len(span.toks) <= inside or not span.toks[inside].is_word:
            continue
        if tuple(t.text for t in all_toks[at - before:at]) == region[:before] and \
                tuple(t.text for t in span.toks[:inside]) == region[before:] and \
                _ends_office(all_toks[at - before - 1], words, office_ends):
            return inside
    return 0


def _ends_office(tok: Tok, words: NameWords, office_ends: frozenset[int]) -> bool:
    """Can a role or an office end at ``tok`` (see :func:`_ends_role`), or a unit's number (``MTSN 1``)?"""
    return _ends_role(tok, words) or tok.end in office_ends or tok.text.isdigit()


def _ends_role(tok: Tok, words: NameWords) -> bool:
    """Can a role (or its bracketed short form, or an office's acronym) end at ``tok``?"""
    low = tok.lower.rstrip(".")
    return tok.text == ")" or (tok.is_word and tok.text.isupper() and len(tok.text) > 1) or \
        low in words.territorial or low in words.role_heads or low in words.role_words

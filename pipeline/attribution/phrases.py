"""Noun phrases and content clauses around a cue, read from tokens.

These are the shared pieces the finders combine: the subject before a say
verb, the speaker phrase after a post cue, the adjuncts a cue may be
followed by, and whether a span is a content clause or just a noun phrase.
"""

from __future__ import annotations

import itertools

from ..entities.words import load_name_words
from ..lexicon import (
    ACTIVE_PREFIX,
    AGENT_PASSIVE,
    ATTRIBUTIVE_PREFIX,
    Lexicon,
    ballot_number_length,
    is_predicate,
    is_verb,
    load_months,
    load_org_short_forms,
    role_words_ok,
    without_role_modifiers,
)
from ..segment import TITLE, load_abbreviations
from ..text import WORD, QuoteRun, Tok, bracketed_acronym_end, run_at, tokenize
from .config import AttributionConfig


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, commas and the final full stop from a content span."""
    while start < end and text[start] in " ,:;-–—\n":
        start += 1
    while end > start and text[end - 1] in " .,;:\n-–—":
        end -= 1
    return start, end


def unquoted_words(text: str, start: int, end: int, runs: list[QuoteRun]) -> int:
    return sum(1 for t in tokenize(text, start, end) if t.is_word and not run_at(t.start, runs))


def np_from_left(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Leading noun phrase of a token run: stops at verbs, adverbs, prepositions."""
    out: list[Tok] = []
    past = 0
    low = [t.lower for t in toks]
    for i, t in enumerate(toks):
        if i < past:
            continue  # inside a ballot number
        if out and (n := ballot_number_length(low, i, lex) or _age_in_years(toks, i, lex)):
            out += toks[i:i + n]  # "Calon wakil Presiden |nomor urut 02| Sandiaga Uno", "Presiden |72 tahun| itu"
            past = i + n
            continue
        if not t.is_word:
            if _keeps_punct(toks, i, out):
                out.append(t)
                continue
            break
        if out and t.lower in lex.words["determiners"] and (
                not out[-1].is_cap or role_words_ok([x.text for x in out], lex) or
                out[0].lower in lex.words["person_nouns"] or  # "pria kelahiran Jawa Tengah ini"
                _office_short_form(out, lex)):  # "Mantan Mendikbud ini"
            out.append(t)  # "pejabat itu", "Wakil Ketua Komisi II DPR RI ini": a definite description
            break
        if _ends_np(t, out, lex) and not _inside_name(toks, i, out):
            end = _attribute_to_determiner(toks, i, out, lex)
            if end:
                out += toks[i:end]  # "Politikus ... beraliran radikal ini": the description closes at its determiner
            break
        out.append(t)
        if len(out) == 1 and lex.references.get(t.lower) == "pronoun":
            break
    while out and out[-1].lower in lex.words["conjunctions"]:
        out.pop()
    return out


def _age_in_years(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Tokens of an age at ``i`` in a description closed by a determiner (``Presiden |72 tahun| itu``), 0 if
    none."""
    if i + 2 < len(toks) and toks[i].text.isdigit() and len(toks[i].text) <= 3 and toks[i + 1].lower == "tahun" \
            and toks[i + 2].lower in lex.words["determiners"]:
        return 2
    return 0


def _attribute_to_determiner(toks: list[Tok], i: int, out: list[Tok], lex: Lexicon, most: int = 3) -> int:
    """End (past the determiner) of a ``ber-`` attribute closed by a determiner within ``most`` words
    after a role (``Politikus sayap kanan |beraliran radikal ini| tak pernah ragu menyatakan``), or of any
    lower-case words so closed after a person noun (``Ibu |tiga anak itu| juga mengaku``); 0 when
    ``toks[i]`` opens no such attribute."""
    person = len(out) == 1 and out[0].lower in lex.words["person_nouns"]  # "Ibu |tiga anak itu|"
    if not out or not (person or ATTRIBUTIVE_PREFIX.match(toks[i].lower) and role_words_ok([x.text for x in out], lex)):
        return 0
    for k in range(i + (0 if person else 1), min(len(toks), i + 1 + most)):
        t = toks[k]
        if not t.is_word or t.is_cap:
            return 0
        if t.lower in lex.words["determiners"]:
            return k + 1
        if t.lower in lex.np_stop or is_predicate(t.text, lex):
            return 0
    return 0


def _office_short_form(out: list[Tok], lex: Lexicon) -> bool:
    """Is ``out`` an office's short form (``role_acronyms.tsv``), after ``mantan``/``eks`` (``Mantan Mendikbud``)?"""
    low = without_role_modifiers([t.lower for t in out], lex)
    return len(low) == 1 and low[0] in load_name_words().role_acronyms


def _inside_name(toks: list[Tok], i: int, out: list[Tok]) -> bool:
    """``Direktur Pencegahan dan Pengendalian Penyakit |Tidak| Menular Kementerian Kesehatan``, ``Mohammed |bin|
    Salman``: a function word written with a capital, or ``bin``/``binti`` (``[kin_particles]``), between two
    capitalised words belongs to a name (one in title case, or a person's)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return bool(out) and out[-1].is_cap and (toks[i].is_cap or toks[i].lower in load_name_words().kin_particles) \
        and nxt is not None and nxt.is_word and nxt.is_cap


def _keeps_punct(toks: list[Tok], i: int, out: list[Tok]) -> bool:
    """Odd hyphens between words, an ampersand between capitalised words and abbreviation dots (``Plt.``,
    ``Prof. Dr.``) stay inside a noun phrase."""
    t = toks[i]
    if t.text in "-–" and out and i + 1 < len(toks) and toks[i + 1].is_word:
        return True
    if t.text == "&" and out and out[-1].is_cap and i + 1 < len(toks) and toks[i + 1].is_cap:
        return True  # "S&P Global Ratings", "Research & Analytics Manager": one name
    return t.text == "." and bool(out) and (len(out[-1].text) <= 3 or out[-1].lower in load_name_words().titles)


def continues_role(out: list[Tok], t: Tok, lex: Lexicon) -> bool:
    """``Menteri`` + ``Dalam``: a capitalised function word inside a known role (Menteri Dalam Negeri,
    Menteri Luar Negeri) or institution (Kementerian Dalam Negeri, ``org_short_forms.tsv``) is no
    preposition."""
    if not (out and t.is_cap and out[-1].is_cap):
        return False
    institutions = load_org_short_forms().values()
    for n in range(1, min(3, len(out)) + 1):
        head = " ".join(x.lower for x in out[-n:] + [t]) + " "
        if any(r.startswith(head) for r in lex.roles) or any(r.startswith(head) for r in institutions):
            return True
    return False


def _ends_np(t: Tok, out: list[Tok], lex: Lexicon) -> bool:
    """Does word ``t`` end the noun phrase built so far in ``out``?"""
    low = t.lower
    if continues_role(out, t, lex) or (out and out[-1].is_cap and t.is_cap and low in load_name_words().place_suffixes):
        return False  # "Provinsi Sulawesi |Tengah|": a place's compass word, not the predicate marker "tengah"
    if out and (low in lex.np_stop or is_verb(t.text, lex)) and low not in lex.words["conjunctions"]:
        return True
    if not out and (low in lex.np_stop or is_verb(t.text, lex)):
        return True
    if out and out[-1].is_cap and not t.is_cap and low not in lex.words["conjunctions"] and not t.text[0].isdigit():
        opens_group = len(out) == 1 and out[0].lower in lex.words["quantifiers"]  # "Sejumlah organisasi …"
        # "Badan keamanan tertinggi Iran menyatakan": an organisation word capitalised only as the sentence's
        # first word, described in lower case
        opens_body = len(out) == 1 and out[0].lower in lex.org_words and not t.text[:1].isupper()
        return not (opens_group or opens_body or _lower_word_continues_role(out, t, lex))
    return False


def _lower_word_continues_role(out: list[Tok], t: Tok, lex: Lexicon) -> bool:
    """``Menteri |luar negeri|``, ``juru |bicara|``: a lower-case word after a capitalised one stays in a role."""
    joined = " ".join(x.lower for x in out[-2:] + [t])
    pair = " ".join([out[-1].lower, t.lower])
    return any(r.startswith(joined) or r.startswith(pair) for r in lex.roles) or t.lower in lex.roles \
        or role_words_ok([x.text for x in out], lex)


def is_time_segment(toks: list[Tok], lex: Lexicon) -> bool:
    words = [t for t in toks if t.is_word]
    if not words:
        return True
    return all(t.lower in lex.time_words or t.text.isdigit() or t.lower in lex.np_stop for t in words)


def _starts_adjunct(toks: list[Tok], lex: Lexicon) -> bool:
    words = [t for t in toks if t.is_word]
    return bool(words) and words[0].lower in lex.words["adjunct_starts"]


def _comma_segments(toks: list[Tok]) -> list[list[Tok]]:
    segments: list[list[Tok]] = [[]]
    for t in toks:
        if t.text in ",;:(" or t.text in ")":
            segments.append([])
        else:
            segments[-1].append(t)
    return segments


def subject_before(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The subject of a cue from the tokens before it in the sentence.

    Walks back over comma-separated segments: the nearest segment whose
    leading noun phrase is not a time word or an adjunct; an appositive role
    (``Vedant Patel, wakil juru bicara …, mengatakan``) takes the name before it.
    """
    toks = _ages_without_unit(toks)
    described = _described_subject(toks, lex)
    if described:
        return described
    toks = _without_nickname_note(toks, lex)
    segments = _without_degrees(_comma_segments(_without_ages(_without_apposed_alias(_without_closing_alias(toks, lex),
                                                                                     lex))))
    last = len(segments) - 1
    own = max((k for k, seg in enumerate(segments) if seg), default=last)  # "..., Jawa Timur|,| meminta"
    introduced = _introduced_after_comma(segments[own] if segments else [], lex)
    if introduced:
        return introduced
    for k in range(last, -1, -1):
        whole = _without_post_cue(without_leading_connectives(segments[k], lex), lex)
        seg = _before_companion(whole, lex)
        if k == own and whole and not seg:
            own = k - 1  # "Kapolres ..., |didampingi Kasat Reskrim ...|, mengatakan": the clause is before it
            continue
        if k == own and 0 < k and _after_comma(toks, seg) and _region_of_named_body(segments[k - 1], seg, lex):
            own = k - 1  # "BPBD Baubau, |Sulawesi Tenggara| menyebut": the body's region, not the subject
            continue
        if 0 < k and _continues_place_chain(segments, k, lex):
            own = k - 1 if k == own or not any(segments[k + 1:]) else own  # "Rumah Sakit Soroka di Kota
            # Beersheba, |Israel selatan|, melaporkan": the segment before the place is the cue's own clause
            continue
        if k == own:  # "Meski Rusia mengatakan", "… memanas setelah pejabat AS menyebutkan": the cue's own clause
            joined = _subject_after_conjunction(seg, lex) or _representative(seg, lex)
            if joined:
                return joined
            cut = max((i for i, t in enumerate(seg) if t.lower in lex.words["subordinators"]), default=-1)
            if cut > 0 and _interview_time(seg, cut, lex):
                seg, cut = seg[:cut], -1  # "Sailan |saat dihubungi Serambinews.com| menyebutkan": when, not who
            seg = seg[cut + 1:]
            while cut >= 0 and len(seg) > 1 and not seg[0].is_cap and is_predicate(seg[0].text, lex):
                seg = seg[1:]  # "Sambil |bercanda| JK justru mengatakan": the clause's verb, then its subject
            if cut == 0 and 0 < k and not _can_be_subject(np_from_left(seg, lex), lex):
                continue  # "I Gede John Darmawan, saat hadir dalam proses Pemilu OSIS ... mengatakan": an adjunct
        if not seg or is_time_segment(seg, lex) or _starts_adjunct(seg, lex) or \
                (0 < k < last and _continues_place(segments[k - 1], seg, segments[k + 1], lex)):
            continue
        represented = _representative(seg, lex) if k != own else []
        if represented:
            return represented  # "... |melalui| Kanit Reskrim Iptu Ainul Yaqin kepada wartawan di Medan, Selasa,"
        np = _with_source_place(_with_introduced_name(np_from_left(seg, lex), seg, lex), seg, lex)
        if not np:
            continue
        if 0 < k < last and _appositive_role(_without_singular_opener(np, lex), lex) and _role_only(seg, np, lex) \
                and not _ranked_name(np, lex):
            tail = without_leading_connectives(_name_before_apposition(segments[k - 1], lex), lex)
            if tail:
                return tail
        return _without_source_nouns(np, lex)  # "Laporan UNCTAD memproyeksikan": the body reports
    return []


def likeness_length(low: list[str], lex: Lexicon) -> int:
    """Words of ``Hal senada``, ``Hal yang sama`` (``[matter_nouns]`` and ``[likeness_words]``) opening the
    lower-case words ``low``, 0 if they open otherwise: a passive cue after them credits its agent with the like."""
    if not low or low[0] not in lex.words["matter_nouns"]:
        return 0
    return next((1 + n for n in (2, 1) if len(low) > n and " ".join(low[1:1 + n]) in lex.words["likeness_words"]), 0)


def _described_subject(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """A subject the words before the cue give whole: a described person or body, a name with its relative
    clause, the subject of an earlier verb joined by ``dan``, an aged name before its description; [] if none."""
    return _nickname_subject(toks, lex) or _described_person(toks, lex) or _described_organisation(toks, lex) or \
        _name_with_relative_clause(toks, lex) or _name_before_relative_clause(toks, lex) or \
        _coordinated_subject(toks, lex) or _aged_name_before_description(toks, lex)


def _nickname_subject(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Pria yang dikenal dengan sebutan Tuan Guru Bajang (TGB) menjelaskan``: a person noun whose relative
    clause gives the nickname (``[nickname_cues]``, ``dengan`` and a ``[nickname_nouns]`` word) is the one
    the nickname names; the nickname is the subject. [] if the clause is not so."""
    words = load_name_words()
    lead = without_leading_connectives(toks, lex)
    if len(lead) < 4 or lead[0].lower not in lex.words["person_nouns"] or lead[1].lower not in lex.words["relative"]:
        return []
    i = 2 + (lead[2].lower in words.nickname_adverbs)
    if i >= len(lead) or lead[i].lower not in words.nickname_cues:
        return []
    i += 1
    if i + 1 < len(lead) and lead[i].lower == "dengan" and lead[i + 1].lower in words.nickname_nouns:
        i += 2
    close = bracketed_acronym_end([t.text for t in lead], len(lead) - 3) if len(lead) >= 3 else None
    name = lead[i:len(lead) - 3] if close == len(lead) else lead[i:]
    return name if name and all(t.is_word and t.is_cap for t in name) else []


def _before_companion(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Kapolres ... Zulkarnain Pohan |didampingi| Kasat Reskrim Aipda Emil Tobing menerangkan``: the one
    accompanied speaks, not the companions named after ``didampingi`` (``[companion_words]``)."""
    at = next((i for i, t in enumerate(seg) if not t.is_cap and t.lower in lex.words["companion_words"]), None)
    return seg if at is None else seg[:at]


def _interview_time(seg: list[Tok], cut: int, lex: Lexicon) -> bool:
    """Does a time word at ``cut`` open the interview's time (``saat dihubungi``, ``ketika ditemui``: a passive
    verb after it) after the subject, so that the subject stands before it?"""
    nxt = seg[cut + 1] if cut + 1 < len(seg) else None
    return seg[cut].lower in lex.words["event_time_preps"] and nxt is not None and nxt.is_word and \
        not nxt.is_cap and nxt.lower.startswith("di") and is_predicate(nxt.text, lex)


def _subject_after_conjunction(seg: list[Tok], lex: Lexicon, most: int = 4) -> list[Tok]:
    """``Negosiasi pun masih buntu dan |Ukraina| berkata ...``: a clause with its own predicate, then ``dan`` and
    a capitalised name right before the cue: that name is the cue's subject, not the first clause's."""
    at = max((i for i, t in enumerate(seg) if t.lower in lex.words["conjunctions"]), default=-1)
    rest = seg[at + 1:]
    if at < 2 or not rest or len(rest) > most or not all(t.is_word and t.is_cap for t in rest) or \
            seg[at - 1].is_cap and seg[at - 1].lower not in lex.time_words:
        return []  # "Menteri Sosial |dan| Politik BEM KM Unissula": inside a name, no clause ends before it
    return rest if any(is_predicate(t.text, lex) or t.lower in lex.predicate_markers for t in seg[1:at]) else []


def _coordinated_subject(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Khamenei telah menolak seruan dari Amerika Serikat (AS) untuk menyerah ... dan memperingatkan``: a cue
    joined by ``dan`` to an earlier verb shares that verb's subject, the name opening the clause, not a noun of
    the first verb's object; [] when the clause opens with no name before its verb."""
    if len(toks) < 3 or toks[-1].lower not in lex.words["conjunctions"]:
        return []
    for seg in reversed(_comma_segments(toks)):  # the nearest clause with a subject and a verb
        seg = without_leading_connectives(seg, lex)
        if not seg or is_time_segment(seg, lex) or _starts_adjunct(seg, lex):
            continue
        np = np_from_left(seg, lex)
        after = seg[len(np):len(np) + 2]  # "Khamenei |sendiri telah| menolak": an emphatic word may come first
        if np and any(is_predicate(t.text, lex) or t.lower in lex.predicate_markers for t in after):
            return np if np[0].is_cap else []
    return []


def _with_source_place(np: list[Tok], seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Sumber |dalam Departemen Pertahanan| mengatakan``: an unnamed source keeps the capitalised body a
    preposition of ``[source_places]`` ties it to."""
    if len(np) != 1 or np[0].lower not in lex.words["source_nouns"] or len(seg) < 3 or seg[0] is not np[0] or \
            seg[1].lower not in lex.words["source_places"] or not seg[2].is_cap:
        return np
    end = 2
    while end < len(seg) and seg[end].is_word and seg[end].is_cap:
        end += 1
    return seg[:end]


def _without_ages(toks: list[Tok]) -> list[Tok]:
    """The tokens without a person's age in brackets after a name (``Nur, |(36)| salah satu warga ...,
    mengatakan``; ``Irwansyah |(51)|, pedagang kopi``): the brackets would cut the apposition off its name."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        if _bracketed_age(toks, i) and out and (out[-1].is_cap or out[-1].text == ","):
            i += 3
            continue
        out.append(toks[i])
        i += 1
    return out


def _aged_name_before_description(toks: list[Tok], lex: Lexicon, most: int = 4) -> list[Tok]:
    """``Harjanti (55), tetangga jualan Sutarmi mengaku``: a name with its age, then a description in lower case
    running to the cue without a closing comma, is the subject; the description (whoever it names) is hers. The
    comma after the age may be left out, and the description may end in the place it is at (``Diah (54) pedagang
    Pasar Kebayoran Lama, Jakarta Selatan mengaku``)."""
    i = next((i for i in range(len(toks) - 4, 0, -1) if _bracketed_age(toks, i)), None)
    if i is None:
        return []
    rest = toks[i + 4:] if toks[i + 3].text == "," else toks[i + 3:]
    commas = [k for k, t in enumerate(rest) if t.text == ","]
    if not all(_place_after_comma(rest, k) or k == len(rest) - 1 and len(commas) > 1 for k in commas):
        return []  # a comma may close a description with its place ("..., Kabupaten Lampung Selatan|,| mengatakan")
    k = i
    while k > 0 and i - k < most and toks[k - 1].is_word and toks[k - 1].is_cap:
        k -= 1
    name = without_leading_connectives(toks[k:i], lex)  # "|Sementara| Yuyun (40)"
    described = _without_singular_opener(np_from_left(rest, lex) or rest[:1], lex)  # "Rosi (42) |salah satu|
    # pedagang beras ...": one of the traders; "Rosna (51), seorang |pembeli|": a person noun describes her too
    if not name or not rest or not rest[0].is_word or rest[0].is_cap or \
            not (_appositive_role(described, lex) or described[0].lower in lex.words["person_nouns"]):
        return []
    return name


def _place_after_comma(toks: list[Tok], k: int) -> bool:
    """Is the comma at ``k`` followed only by capitalised words up to the end or the next comma (the town or
    region of a place, ``Pasar Kebayoran Lama, |Jakarta Selatan|``)?"""
    after = list(itertools.takewhile(lambda t: t.text != ",", toks[k + 1:]))
    return bool(after) and all(t.is_word and t.is_cap for t in after)


def _ages_without_unit(toks: list[Tok]) -> list[Tok]:
    """The tokens with an age in brackets written with its unit (``Rokhmat (57 |tahun|)``) as the bare number,
    the way the age rules read it (``Rokhmat (57)``)."""
    return [t for i, t in enumerate(toks) if not (
        t.lower == "tahun" and 2 <= i < len(toks) - 1 and toks[i - 2].text == "(" and toks[i - 1].text.isdigit()
        and toks[i + 1].text == ")")]


def _bracketed_age(toks: list[Tok], i: int) -> bool:
    """Do tokens ``i`` .. ``i + 2`` write a person's age in brackets (``(36)``: one to three digits)?"""
    return i + 2 < len(toks) and toks[i].text == "(" and toks[i + 1].text.isdigit() and \
        len(toks[i + 1].text) <= 3 and toks[i + 2].text == ")"


def _without_degrees(segments: list[list[Tok]]) -> list[list[Tok]]:
    """Comma segments without the academic degrees written after a name (``H. Ahmad Giri Akbar, |S.E.|,
    mengatakan``; ``[academic_degrees]``): the name before them is the subject."""
    kept = [seg for seg in segments if not is_degree(seg)]
    return kept if kept else segments


def is_degree(seg: list[Tok]) -> bool:
    """Is a comma segment one academic degree (``S.E.``, ``S.Sos``, ``M.M.``, ``Ph.D``)?"""
    words = [t.text for t in seg if t.is_word]
    return bool(words) and all(t.is_word or t.text == "." for t in seg) and \
        "".join(words).lower() in load_name_words().degrees


def _representative(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Bawas MA yang |diwakili| Inspektur Wilayah UU Suradi mengaku``: whoever represents the subject speaks
    (``[representation_verbs]``), and so does an officer with a role the subject speaks through (``[relay_preps]``);
    [] when no one is named so."""
    at = next((i for i, t in enumerate(seg) if i and t.lower in lex.words["representation_verbs"]
               and seg[i - 1].lower in lex.words["relative"]), None)
    relayed = at is None
    if relayed:  # "Kapolsek ... |melalui| Kanit Reskrim Iptu Ainul Yaqin mengatakan": the officer named speaks
        at = next((i for i, t in enumerate(seg) if i and t.lower in lex.words["relay_preps"]), None)
    if at is None:
        return []
    rest = seg[at + 1:]
    if rest and rest[0].lower in lex.words["agent_markers"]:
        rest = rest[1:]
    np = np_from_left(rest, lex)
    if relayed and not (np and role_words_ok([t.text for t in np], lex)):
        return []
    return np if np and np[-1].is_cap else []


def _without_nickname_note(toks: list[Tok], lex: Lexicon, most_words: int = 7) -> list[Tok]:
    """``Emil, sapaan akrabnya, mengatakan``, ``Nandang Suhendar (52), atau biasa dikenal dengan nama Ujang
    Bendo, mengaku``: the note that the name before it is a nickname (a nickname noun, ``[nickname_nouns]``,
    and a word or two; or ``atau``/``yang`` and a nickname verb, ``[nickname_cues]``) set off by commas or
    dashes is no subject; the name is."""
    if len(toks) < 4 or toks[-1].text not in ",—–-":
        return toks
    k = len(toks) - 2
    while k > 0 and toks[k].is_word and len(toks) - 1 - k <= most_words:
        k -= 1
    note, words = toks[k + 1:-1], load_name_words()
    if k < 1 or toks[k].text != toks[-1].text or not note:
        return toks
    noun = note[0].lower.removesuffix("nya") in words.nickname_nouns and len(note) <= 3  # "Betty, sapaannya,"
    called = (note[0].lower in words.alias_joiners or note[0].lower in lex.words["relative"]) and \
        any(t.lower in words.nickname_cues for t in note)
    return toks[:k] if noun or called else toks


def _without_closing_alias(toks: list[Tok], lex: Lexicon, most_words: int = 2) -> list[Tok]:
    """The words before a cue without the short bracket that closes them, when it spells out only part of
    the subject: ``Juru bicara Kementerian Luar Negeri (Kemlu) mengatakan`` has the spokesperson for
    subject, ``seorang pejabat senior Amerika Serikat (AS)`` the official (the noun phrase runs up to the
    bracket). A bracket that abbreviates the whole name before it (``Badan Meteorologi Klimatologi dan
    Geofisika (BMKG)``) stays: the entity layer knows the acronym."""
    if len(toks) < 3:
        return toks
    opening = _short_bracket_opening(toks, len(toks) - 1, most_words)
    if not opening:  # none, or the bracket opens the words
        return toks
    segments = _comma_segments(toks[:opening])
    before = without_leading_connectives(segments[-1], lex)
    np = np_from_left(before, lex)
    region = len(segments) > 1 and _names_known_place(before)  # "..., |Sulawesi Tenggara| (Sultra) menyebut"
    if not np or np[-1] is not before[-1] or _whole_name(before, lex) and not region:
        return toks  # "Hasil survei yang dirilis Center ... (CELIOS) meminta": the bracket ends no subject
    return toks[:opening]


def _short_bracket_opening(toks: list[Tok], close: int, most_words: int) -> int | None:
    """Where the bracket that ``toks[close]`` closes opens, when one to ``most_words`` words stand inside it
    (``(Kemlu)``, ``(KITB)``); None when ``toks[close]`` closes no such bracket."""
    if close < 1 or toks[close].text != ")":
        return None
    opening = next((i for i in range(close - 1, -1, -1) if toks[i].text in "()"), None)
    if opening is None or toks[opening].text != "(":
        return None
    inside = toks[opening + 1:close]
    return opening if inside and len(inside) <= most_words and all(t.is_word for t in inside) else None


def _without_apposed_alias(toks: list[Tok], lex: Lexicon, most_words: int = 2) -> list[Tok]:
    """The words before a cue without the short bracket that closes a role set off by commas: in ``Marfan
    Trihartiko, Kepala Divisi Operasi PT Kawasan Industri Terpadu Batang (KITB), menggarisbawahi`` the
    bracket names the company, the role describes the name before it, and the name is the subject."""
    if len(toks) < 6 or toks[-1].text != ",":
        return toks
    opening = _short_bracket_opening(toks, len(toks) - 2, most_words)
    if opening is None:
        return toks
    segments = _comma_segments(toks[:opening])
    role = np_from_left(without_leading_connectives(segments[-1], lex), lex)
    if len(segments) < 2 or not role or not _appositive_role(role, lex):
        return toks
    return toks[:opening] + toks[-1:]


def _whole_name(toks: list[Tok], lex: Lexicon) -> bool:
    """Capitalised words only (lower-case ``dan``/``of`` between two of them), not opening with a role."""
    words = [t for t in toks if t.is_word]
    if not words or role_words_ok([t.text for t in words], lex):
        return False
    inner = lex.words["name_inner_words"]
    return all(t.is_cap or (0 < i < len(words) - 1 and t.lower in inner and words[i + 1].is_cap)
               for i, t in enumerate(words))


def clause_before(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The words of the cue's own clause before it: after the last comma, its connectives and subordinators."""
    seg = without_leading_connectives(_comma_segments(toks)[-1], lex) if toks else []
    cut = max((i for i, t in enumerate(seg) if t.lower in lex.words["subordinators"]), default=-1)
    return seg[cut + 1:]


def _can_be_subject(np: list[Tok], lex: Lexicon) -> bool:
    """Can this noun phrase say something: a capitalised name, a role, a group, a person noun or a pronoun?"""
    if not np:
        return False
    low = np[0].lower
    return np[0].is_cap or role_words_ok([t.text for t in np], lex) or low in lex.words["quantifiers"] or \
        low in lex.words["group_starts"] or low in lex.words["group_nouns"] or low in lex.words["person_nouns"] or \
        lex.references.get(low) == "pronoun"


def _appositive_role(np: list[Tok], lex: Lexicon) -> bool:
    """A role, or a relation to someone (``Sandra Dewi, |istri Harvey Moeis|, meminta``): in commas after a
    name it describes that name."""
    return role_words_ok([t.text for t in np], lex) or np[0].text in load_name_words().relational or (
        np[0].text.islower() and np[0].lower in lex.words["group_nouns"]) or (  # "Ibnu, |mahasiswa| lain, ..."
        np[0].text.islower() and np[0].lower in lex.org_words)  # "Kremlin, |kantor| Presiden Vladimir Putin, ..."


def _without_singular_opener(np: list[Tok], lex: Lexicon) -> list[Tok]:
    """``|salah satu| warga``, ``|seorang| saksi``: the description without the words that make it one of a group
    (``[singular_openers]``); the whole phrase when nothing would be left."""
    low = [t.lower for t in np]
    n = max((len(o.split()) for o in lex.words["singular_openers"] if low[:len(o.split())] == o.split()), default=0)
    return np[n:] if 0 < n < len(np) else np


def _ranked_name(np: list[Tok], lex: Lexicon) -> bool:
    """``AKP Febri Pardiansyah``: a rank and capitalised words name a person; the segment is the
    subject itself, not a role in apposition to the words before it."""
    return len(np) > 1 and np[0].lower.rstrip(".") in lex.ranks and all(t.is_cap for t in np[1:] if t.is_word)


def _introduced_after_comma(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Seorang warga Sungai Raya, Kubu Raya, |bernama Ahmad Sahroni| mengatakan``: the segment before the cue
    opens with a name introducer (``[name_introducers]``) and the name is all it holds: that name."""
    if len(seg) < 2 or seg[0].lower not in lex.words["name_introducers"] or seg[0].is_cap:
        return []
    name = capitalised_run(seg[1:], lex)
    return name if name and len(name) == len(seg) - 1 and name[0].lower not in lex.org_words else []


def _with_introduced_name(np: list[Tok], toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``seorang warga |bernama Andi Wijaya|``, ``salah seorang warga |yang mengaku bernama Jono|``: a noun
    phrase and the name it introduces (``toks`` starts with ``np``)."""
    n = len(np)
    while n < len(toks) and n - len(np) < 2 and toks[n].lower in lex.words["introducer_fillers"]:
        n += 1
    if not np or n + 1 >= len(toks) or toks[n].lower not in lex.words["name_introducers"]:
        return np
    name = capitalised_run(toks[n + 1:], lex)
    return toks[:n + 1] + name if name and name[0].lower not in lex.org_words else np


def without_leading_connectives(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """A segment without the connectives opening it (``dan``, ``Selain itu``, ``Oleh karenanya``, a post cue
    before a pronoun: ``Sambung dia mengungkapkan``)."""
    while seg:
        n = next((n for n in (3, 2) if " ".join(t.lower for t in seg[:n]) in lex.words["leading_phrases"]), 0)
        if n:  # "|Sementara itu| Doni ...": the phrase whole, never "itu Doni"
            seg = seg[n:]
            continue
        if seg[0].lower in lex.words["leading_connectives"] or _cue_before_pronoun(seg, lex):
            seg = seg[1:]
            continue
        return seg
    return seg


def _cue_before_pronoun(seg: list[Tok], lex: Lexicon) -> bool:
    """``|Sambung| dia mengungkapkan``: a post cue opening a clause before a pronoun links it to what came
    before (``continuing, he revealed``); it is no name."""
    cue = lex.cues.get(seg[0].lower)
    return len(seg) > 1 and cue is not None and cue.kind in ("post", "postq") and \
        lex.references.get(seg[1].lower) == "pronoun"


def _without_post_cue(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """``"...," ucap prajurit tersebut, sambil menggambarkan ...``: the speaker of the earlier
    quote is the subject of the later verb, without the cue word that introduced him."""
    cue = lex.cues.get(seg[0].lower) if seg else None
    return seg[1:] if cue is not None and cue.kind == "post" and not cue.clitic and len(seg) > 1 else seg


def _described_person(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Pria yang akrab disapa Ara ini (awalnya) menyatakan``, ``Wakil Rakyat dari Dapil NTT II ini
    mengungkapkan``: a person noun or role, a modifier (or a bracketed short form), a determiner right
    before the cue (adverbs apart) is one definite description, however long; so is a relation to someone
    named (``mantan istri Ivan Fadilla itu``)."""
    named = _name_set_off_before(toks, lex)
    span = [] if named else _determined_span(toks, lex, past_comma=True)
    if not span:
        return named
    head = next(iter(without_role_modifiers([t.lower for t in span], lex)), "")
    person = head in lex.words["person_nouns"] or head in lex.words["owner_nouns"] or head in lex.role_first_words
    # "Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan (LPS) itu": the bracket belongs to the description
    modified = any(t.lower in lex.words["description_modifiers"] or t.text == "(" or t.lower in lex.words["relative"]
                   for t in span[1:-1]) or (  # "pejabat |yang| akrab disapa Risma tersebut"
        len(span) > 2 and span[0].lower in lex.words["role_modifiers"]) or (  # "Mantan Dubes RI untuk Belanda itu"
        len(span) > 3 and any(not t.is_cap and is_verb(t.text, lex) for t in span[1:3]))  # "Pelatih |berusia|
    # 56 tahun itu", "Juru taktik |berusia| 52 tahun itu": a clause without "yang"
    owned = head in lex.words["owner_nouns"] and any(t.is_cap for t in span[1:-1])  # "Taipan SpaceX dan Tesla itu"
    # "mantan istri Ivan Fadilla itu": a relation to someone named, then a determiner
    related = head in load_name_words().relational and any(t.is_cap for t in span[1:-1])
    # "Perwira menengah polri itu", "Aktris berusia 39 tahun itu": a person noun and any words it closes
    noun = head in lex.words["person_nouns"] and len(span) >= 3
    return span if person and (modified or owned) or related or noun else []


def _name_set_off_before(toks: list[Tok], lex: Lexicon, most: int = 4) -> list[Tok]:
    """``Lia, pedagang yang sehari berjualan sayur di ... ini mengaku``: a name opening the clause with such a
    description set off after it is the subject the description describes."""
    lead = without_leading_connectives(toks, lex)
    comma = next((i for i, t in enumerate(lead) if t.text == ","), None)
    if comma is None or not 1 <= comma <= most or not all(t.is_word and t.is_cap for t in lead[:comma]):
        return []
    return lead[:comma] if _described_person(lead[comma + 1:], lex) else []


def _name_with_relative_clause(toks: list[Tok], lex: Lexicon, most_words: int = 4) -> list[Tok]:
    """``Kamal yang berasal dari Gorontalo, Sulawesi, itu mengungkapkan``: a name opening the clause, a relative
    clause after it (commas and all) and a determiner right before the cue: the name is the subject, not the
    last words the commas set off."""
    end = _determiner_end(toks, lex, past_comma=True)
    if end < 4:
        return []
    span = without_leading_connectives(toks[:end], lex)
    at = next((i for i, t in enumerate(span) if t.lower in lex.words["relative"]), None)
    if at is None or not 1 <= at <= most_words or not all(t.is_word and t.is_cap for t in span[:at]):
        return []
    return _no_office(span[:at], lex)


def _name_before_relative_clause(toks: list[Tok], lex: Lexicon, most_words: int = 4) -> list[Tok]:
    """``Salah satu warga, Andri (23) yang juga kakak dari ... penerima MBG Sekolah Dasar Negeri (SDN) mengatakan``:
    a name set off by a comma (or opening the clause), its age in brackets, and a relative clause without a
    comma running up to the cue: the name is the subject, not the last capitalised words of the clause."""
    if toks and toks[-1].text == ",":
        toks = toks[:-1]  # "Anthony Lee, yang bekerja di ... (FDA) dan merupakan ...|,| mengatakan"
    at = next((i for i, t in enumerate(toks) if t.lower in lex.words["relative"]), None)
    if at is None or any(t.text in ",;:" for t in toks[at:]):
        return []
    k = at
    if k >= 2 and toks[k - 1].text == ",":
        k -= 1  # "Anthony Lee|,| yang bekerja di ..., mengatakan": the clause set off by commas
    if k >= 3 and _bracketed_age(toks, k - 3):
        k -= 3  # "Andri (23) yang"
    start = max((i + 1 for i, t in enumerate(toks[:k]) if t.text == ","), default=0)
    name = without_leading_connectives(toks[start:k], lex)
    if not 1 <= len(name) <= most_words or not all(t.is_word and t.is_cap and not t.text.isupper() for t in name):
        return []
    return _no_office(name, lex)


def _no_office(name: list[Tok], lex: Lexicon) -> list[Tok]:
    """``name``, unless an organisation's or a role's word opens it (``Kebijakan``, ``Menteri``): then []."""
    return name if name[0].lower not in lex.org_words and name[0].lower not in lex.role_first_words else []


def _described_organisation(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``Media sayap kiri Israel itu mengabarkan``, ``Perusahaan milik Presiden ... Donald Trump ini,
    menyatakan``: an organisation noun opening the clause and a determiner right before the cue (its comma and
    adverbs apart) make one definite description (``[organisation_nouns]``)."""
    span = _determined_span(toks, lex, past_comma=True)
    return span if len(span) >= 3 and span[0].lower in lex.words["organisation_nouns"] else []


def _determined_span(toks: list[Tok], lex: Lexicon, past_comma: bool = False) -> list[Tok]:
    """The words before a cue that a determiner closes (``... ini (awalnya)``; with ``past_comma`` also
    ``... ini,``), leading connectives left out; [] when no determiner closes them or a comma stands inside:
    the frame both definite descriptions (a person's, an organisation's) share."""
    end = _determiner_end(toks, lex, past_comma)
    if end < 3:
        return []
    span = _past_fronted_topic(without_leading_connectives(toks[:end], lex), lex)
    if span and span[0].text == "," and len(span) < end:  # "Lebih lanjut|,| mantan istri ... itu"
        span = span[1:]
    listed = len(span) > 2 and span[1].lower in lex.words["relative"]  # "Legislator yang membidangi urusan
    # pariwisata, perindustrian, UMKM, dan Ekonomi Kreatif itu": the commas list what the relative clause names
    if any(t.text in ";:" for t in span):
        return []
    commas = [i for i, t in enumerate(span) if t.text == ","]
    if commas and not listed:  # "Ketika dikonfirmasi ..., Jumat dini hari, |pejabat yang ... tersebut|": the
        span = span[commas[-1] + 1:]  # description after the adjuncts set off before it
        return span if len(span) >= 3 and span[0].is_word and not span[0].is_cap and not \
            any(t.text == "," for t in span) else []
    return span


def _past_fronted_topic(span: list[Tok], lex: Lexicon) -> list[Tok]:
    """``|Menanggapi hal tersebut| pria asal Sumatra Barat itu``: a fronted topic (``[fronted_topic_openers]``,
    ``[stance_verbs]``: ``Menanggapi``) that a determiner closes, with no comma, stands before the description."""
    if len(span) < 5 or not (span[0].lower in lex.words["fronted_topic_openers"] or
                             span[0].lower in lex.words["stance_verbs"]):
        return span
    inner = next((i for i in range(2, len(span) - 2) if span[i].lower in lex.words["determiners"]), None)
    rest = span[inner + 1:] if inner is not None else []
    return rest if rest and rest[0].is_word and not rest[0].is_cap and rest[0].lower in lex.words["person_nouns"] \
        else span


def _determiner_end(toks: list[Tok], lex: Lexicon, past_comma: bool = False) -> int:
    """Index after the determiner that closes the words before a cue (``... ini (awalnya)``; with ``past_comma``
    also ``... ini,``), 0 when no determiner closes them."""
    end = len(toks)
    while end > 0 and (toks[end - 1].lower in lex.words["description_adverbs"] or
                       past_comma and toks[end - 1].text == ","):
        end -= 1
    return end if end and toks[end - 1].lower in lex.words["determiners"] else 0


def _continues_place(before: list[Tok], seg: list[Tok], after: list[Tok], lex: Lexicon) -> bool:
    """``X di Gedung Kejaksaan Agung, |Jakarta|, Selasa, mengatakan``: capitalised words between a place
    adjunct ending the segment before and a day or date are its city, not the subject (``Seorang wanita di
    Palembang, Suci Anggraini (30) mengaku``: a name, with no date after it)."""
    dated = is_time_segment(after, lex) and any(t.lower in lex.time_words for t in after)  # not an age: (30)
    if not seg or not dated or not all(t.is_cap for t in seg if t.is_word):
        return False
    return _ends_in_place(before, lex)


def _ends_in_place(before: list[Tok], lex: Lexicon) -> bool:
    """Does a segment end with a place adjunct (``pedagang |di Pasar Kramat Jati|``, ``bertolak |ke ibu kota
    Myanmar|``, ``dikonfirmasi ANTARA |dari Kota Malang|``)?"""
    at = max((i for i, t in enumerate(before) if t.lower in lex.words["place_preps"] or
              t.lower in lex.words["place_source_preps"] and _place_head_words(before[i + 1:], lex)), default=-1)
    rest = before[at + 1:] if at >= 0 else []
    n = _place_head_words(rest, lex) if rest and not rest[0].is_cap else 0  # "ibu kota Myanmar"
    rest = rest[n:] if len(rest) > n else rest
    return bool(rest) and all(t.is_cap for t in rest if t.is_word)


def _place_head_words(toks: list[Tok], lex: Lexicon) -> int:
    """Words of the place noun opening ``toks`` (``Kecamatan``, ``ibu kota``; ``[place_heads]``), 0 if none."""
    heads = lex.words["place_heads"]
    if len(toks) > 2 and f"{toks[0].lower} {toks[1].lower}" in heads:
        return 2
    return int(bool(toks) and toks[0].lower in heads)


def _continues_place_chain(segments: list[list[Tok]], k: int, lex: Lexicon) -> bool:
    """Is segment ``k`` a place going on with the place adjunct that ends a segment before it, maybe through
    other such places (``di Desa Penyasawan, Kecamatan Kampar, Kabupaten Kampar, |Riau|, berharap``)?"""
    while k > 0 and _names_place(segments[k], lex):
        if _ends_in_place(segments[k - 1], lex):
            return True
        k -= 1
    return False


def _after_comma(toks: list[Tok], seg: list[Tok]) -> bool:
    """Does a comma (not a bracket) set the segment off from the words before it?"""
    at = next((i for i, t in enumerate(toks) if seg and t.start == seg[0].start), 0)
    return at > 0 and toks[at - 1].text == ","


def _region_of_named_body(before: list[Tok], seg: list[Tok], lex: Lexicon) -> bool:
    """Is ``seg`` a listed place set off after a clause made only of a capitalised name (``Badan Penanggulangan
    Bencana Daerah (BPBD) Baubau, |Sulawesi Tenggara| menyebut``): the region of the body that speaks?"""
    words = [t for t in without_leading_connectives(before, lex) if t.is_word]
    return bool(words) and all(t.is_cap for t in words) and _names_known_place(seg)


def _names_place(seg: list[Tok], lex: Lexicon) -> bool:
    """A listed place (``Jakarta Timur``), or capitalised words after a place head (``Kecamatan Kampar``,
    ``ibu kota Kabupaten Jayawijaya``)."""
    toks = [t for t in seg if t.is_word]
    n = _place_head_words(toks, lex)
    rest = toks[n:]
    return _names_known_place(seg) or bool(n and rest) and all(t.is_cap for t in rest)


def _names_known_place(seg: list[Tok]) -> bool:
    """``Remon, pedagang di Pasar Kramat Jati, |Jakarta Timur|, mengatakan``: a listed place (with the compass
    word that may finish it) set off after a place adjunct is that place's city, not the subject."""
    words = load_name_words()
    toks = [t for t in seg if t.is_word]
    while len(toks) > 1 and toks[-1].lower in words.place_suffixes:
        toks.pop()  # "Jakarta Timur", "Israel selatan"
    return bool(toks) and all(t.is_cap for t in toks) and tuple(t.lower for t in toks) in words.places


MAX_PLACE_WORDS = 5  # "guru |di sekolah korban|": a short place phrase after an appositive role


def _role_only(seg: list[Tok], np: list[Tok], lex: Lexicon) -> bool:
    """Is the segment the role alone, or the role and where it is held (``direktur riset di
    Counterpoint Research``: capitalised words after ``di``; ``guru di sekolah korban``: a few words with no
    predicate among them), or the role and a short relative clause (``warga yang terdampak``)?"""
    rest = seg[len(np):]
    if not rest:
        return True
    words = [t for t in rest[1:] if t.is_word]
    if rest[0].lower in lex.words["relative"]:  # "salah satu warga |yang terdampak|": a short relative clause
        return 0 < len(words) <= MAX_PLACE_WORDS and all(t.is_word for t in rest)
    return rest[0].lower in lex.words["place_preps"] and bool(words) and (
        all(t.is_cap for t in words) or
        len(words) <= MAX_PLACE_WORDS and not any(is_predicate(t.text, lex) for t in words if not t.is_cap))


def _name_before_apposition(segment: list[Tok], lex: Lexicon) -> list[Tok]:
    """The capitalised words ending the segment before an appositive role."""
    tail: list[Tok] = []
    for t in reversed(segment):
        if t.is_word and t.is_cap:
            tail.insert(0, t)
        else:
            break
    if tail and not role_words_ok([t.text for t in tail], lex):
        return tail
    return []


def phrase_after(toks: list[Tok], lex: Lexicon, config: AttributionConfig, before_clause: bool = False) -> list[Tok]:
    """The speaker phrase after a post cue: ``kata |juru bicara Kremlin Dmitry Peskov| kepada …``.

    ``jelas Kasubdit I Penindakan Kortas Tipikor Polri, Kombes Eko Wahyuniawan`` keeps the name
    written after the role and a comma; ``before_clause`` (``Menurut X, ...``: what was said may follow
    the comma) keeps it only when another comma or the end closes it.
    """
    toks = _without_source_nouns(toks, lex)
    if len(toks) > 1 and lex.kind(toks[0].lower) in ("post", "postq") and toks[1].is_cap:
        toks = toks[1:]  # "kata |ujar| Kapolda Sumut": a second cue word the writer left in
    handle = _account_handle(toks, lex)
    if handle:
        return handle  # "ujar @farhanalv", "tulis akun instagram @dinaskegelapan": the account's handle speaks
    out = _with_relative_description(_with_introduced_name(_phrase_after(toks, lex, config), toks, lex), toks, lex)
    recited = _recited_author(toks[len(out):], lex, config) if out else []
    if recited:
        return recited
    described = out and (role_words_ok([t.text for t in out], lex) or out[0].lower in lex.words["quantifiers"]
                         or out[0].lower in load_name_words().relational  # "ujar ayah korban, Dedi Hendi"
                         or out[0].lower in lex.words["group_nouns"]  # "ujar pedagang, Sumarni (45)"
                         or out[0].lower in lex.words["person_nouns"]  # "ujar tokoh masyarakat setempat, Hasan Basri"
                         or out[0].lower in lex.org_words  # "kata Tim Reaksi Cepat BPBD ..., Agus,": its member
                         or not before_clause and _ranked_after_comma(toks, len(out), lex))  # "kata juru bisara
    # Polda NTB, AKBP Tri ...", a post cue's speaker (not "Dikutip dari laman X, Brigadir Renita memulai ...")
    if described and (placed := _name_after_placed_role(toks, len(out), lex)):
        return placed  # "kata Duta Besar RI di Kuala Lumpur Hermono pada acara ..."
    n = past_affiliation(toks, len(out), lex) if described else len(out)
    n = _past_portfolio_list(toks, n, lex) if described else n  # "Energi Baru, Terbarukan, dan Konservasi ..."
    n = _past_relative_clause(toks, n, lex) if described else n  # "warga asal Ungaran |yang melintas|, Dhiko"
    n = _past_body_set_off(toks, n, lex) if described else n  # "Kepala Bidang Logistik, |BPBD ... Tebo|, Antoni"
    if described and n + 1 < len(toks) and toks[n].text == ",":  # "…, salah satu pengemudi ojol, Wawan (35)"
        after = _phrase_after(toks[n + 1:], lex, config)
        name = capitalised_run(after, lex)
        nxt = toks[n + 1 + len(name)] if n + 1 + len(name) < len(toks) else None
        # "…, Kombes Eko Wahyuniawan." or "…, I Wayan Sumarajaya kebijakan …"; before a clause only a name in
        # commas ("Menurut Kepala Dinas, Budi Santoso, harga ..."), never "Menurut jaksa, Sri saat itu"
        whole = len(name) == len(after) and (not before_clause or nxt is None or not nxt.is_word)
        name_words = [t for t in name if t.is_word and t.lower not in load_name_words().titles]  # "Drs. H. Ahmad"
        if name and len(name_words) <= config.max_phrase_name_words and (whole or len(name) >= 2) and \
                name[0].lower not in lex.org_words:
            return _with_closing_determiner(toks, n + 1 + len(name), lex)
    return out


def _name_after_placed_role(toks: list[Tok], n: int, lex: Lexicon, most: int = 3) -> list[Tok]:
    """``Duta Besar RI |di Kuala Lumpur| Hermono pada acara ...``: a role, the listed place it serves in (no
    comma) and a name of one to three capitalised words closed by a lower-case word or the end: the phrase to
    the name's end; [] when not so."""
    if n + 2 >= len(toks) or toks[n].lower not in lex.words["affiliation_preps"]:
        return []
    places = load_name_words().places
    k = next((k for k in range(min(len(toks), n + 5), n + 1, -1)
              if tuple(t.lower for t in toks[n + 1:k]) in places), 0)
    end = k
    while end < len(toks) and end - k < most and toks[end].is_word and toks[end].is_cap and \
            toks[end].lower not in lex.org_words and not toks[end].text.isupper():
        end += 1
    closed = end == len(toks) or toks[end].is_word and not toks[end].is_cap  # not a comma: "..., Robin DeCicco,"
    return toks[:end] if k and end > k and closed else []


def _ranked_after_comma(toks: list[Tok], n: int, lex: Lexicon) -> bool:
    """Do a comma, a rank and a capitalised word follow ``toks[:n]``: the person whose office (however the
    writer spelt it) the words before describe?"""
    return n + 2 < len(toks) and toks[n].text == "," and toks[n + 1].lower.rstrip(".") in lex.ranks and \
        toks[n + 2].is_cap


def _past_body_set_off(toks: list[Tok], n: int, lex: Lexicon, most: int = 6) -> int:
    """``kata Kepala Bidang Logistik, |BPBD Kabupaten Tebo|, Antoni``: the body a role belongs to, set off by
    commas and opening with its acronym, stands between the role and the name; the index of the comma after
    it (``n`` when there is none)."""
    if n + 2 >= len(toks) or toks[n].text != "," or not (toks[n + 1].text.isupper() and len(toks[n + 1].text) > 1) \
            or toks[n + 1].lower in lex.ranks:  # "..., AKP Ompi Indovina, Senin": the ranked name itself
        return n
    k = n + 1
    while k < len(toks) and k - n <= most and toks[k].is_word and toks[k].is_cap:
        k += 1
    return k if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].is_cap and \
        toks[k + 1].lower not in lex.time_words else n


def _past_relative_clause(toks: list[Tok], n: int, lex: Lexicon, most: int = 8) -> int:
    """``kata warga asal Ungaran |yang melintas|, Dhiko (32)``: a short relative clause of words after the
    description still describes the person whose name follows the comma; the index of that comma (``n`` when
    no such clause follows)."""
    if n >= len(toks) or toks[n].lower not in lex.words["relative"]:
        return n
    k = n + 1
    while k < len(toks) and k - n <= most and toks[k].is_word:
        k += 1
    return k if k > n + 1 and k < len(toks) and toks[k].text == "," else n


def _account_handle(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The ``@`` and the handle after a cue, past the words for an account (``[account_words]``); []."""
    k = 0
    while k < len(toks) and toks[k].lower in lex.words["account_words"]:
        k += 1
    if len(toks) > k + 1 and toks[k].text == "@" and toks[k + 1].is_word and toks[k + 1].start == toks[k].end:
        return toks[k:k + 2]
    return []


def _past_portfolio_list(toks: list[Tok], n: int, lex: Lexicon) -> int:
    """``Direktur Jenderal Energi Baru|, Terbarukan, dan Konservasi Energi (EBTKE) Kementerian ESDM|, Eniya``,
    ``Menteri Koordinator Bidang Politik|, Hukum, dan Keamanan|, Budi Gunawan``: capitalised portfolio words
    after the comma at ``n``, listed up to ``dan``/``serta`` and the last of them, still name the office; the
    index of the comma after the list (``n`` when no such list follows)."""
    joins = lex.words["conjunctions"]
    i, listed = n, False
    while i < len(toks) and toks[i].text == ",":
        j = i + 1
        if j < len(toks) and toks[j].lower in joins:
            j, listed = j + 1, True
        k = j
        while k < len(toks) and (toks[k].is_word and toks[k].is_cap or toks[k].text in "()" or (
                toks[k].lower in joins and k + 1 < len(toks) and toks[k + 1].is_cap and k > j)):
            listed = listed or toks[k].lower in joins  # "Pengendalian Penduduk |dan| Keluarga Berencana"
            k += 1
        if k == j or k >= len(toks):
            return n
        if listed:  # "..., Budi Santoso, dan Camat Suka Jaya, Ahmad": another office holder, no portfolio
            holder = k + 1 < len(toks) and toks[k + 1].lower not in lex.org_words  # a name next, not "Badan ..."
            return k if toks[k].text == "," and toks[j].lower not in lex.role_first_words and holder else n
        i = k
    return n


def _with_relative_description(out: list[Tok], toks: list[Tok], lex: Lexicon, most: int = 16) -> list[Tok]:
    """``sebut |pria yang juga menjabat sebagai Imam Besar Masjid Istiqlal itu|``, ``kata |wanita yang akrab
    disapa Kiki itu|``: a person noun after a post cue, a relative clause and a determiner closing it make one
    definite description (the person named before), not the bare noun; so does a nickname closing the
    clause (``kata pria yang karib disapa Djanur.``). The clause may come without ``yang`` (``tutur |pria
    berusia 54 tahun itu|``), or be where a role is held (:func:`_with_place_then_determiner`)."""
    n = len(out)  # "perempuan pertama yang menjabat sebagai Menko PMK itu": a modifier may come first
    person = 1 <= n <= 4 and (n <= 2 and out[0].lower in lex.words["person_nouns"] or
                              role_words_ok([t.text for t in out[:2]], lex))
    if person and len(toks) > n + 2 and toks[n].lower in lex.words["affiliation_preps"]:
        return _with_place_then_determiner(out, toks, lex)  # "wali kota perempuan pertama di Surabaya tersebut"
    if not 1 <= n <= 2 or len(toks) < n + 3 or not person or \
            not (toks[n].lower in lex.words["relative"] or is_verb(toks[n].text, lex)):
        return out
    called, cues = False, load_name_words().nickname_cues
    for k in range(n + 1, min(len(toks), most)):
        if not toks[k].is_word and toks[k].text not in "()":
            return toks[:k] if called and toks[k - 1].is_cap else out  # "kata pria yang karib disapa Djanur."
        if toks[k].lower in lex.words["determiners"]:
            return toks[:k + 1]
        called = called or toks[k].lower in cues
    return toks if called and len(toks) < most and toks[-1].is_cap else out


def _with_place_then_determiner(out: list[Tok], toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``ucap |wali kota perempuan pertama di Surabaya tersebut|.``: a role, where it is held (capitalised
    words after ``di``/``dari``) and a determiner closing the clause are one definite description."""
    k = len(out) + 1
    while k < len(toks) and toks[k].is_word and toks[k].is_cap:
        k += 1
    closes = k + 1 == len(toks) or k + 1 < len(toks) and not toks[k + 1].is_word
    return toks[:k + 1] if k > len(out) + 1 and k < len(toks) and toks[k].lower in lex.words["determiners"] and \
        closes else out


def _recited_author(toks: list[Tok], lex: Lexicon, config: AttributionConfig) -> list[Tok]:
    """``kata Leavitt |mengutip pernyataan Trump|``: the one who reads out another's words only recites them;
    the words are the author's (``[recital_verbs]``, ``[recital_nouns]``). [] when no author is named so."""
    if not toks or toks[0].lower not in lex.words["recital_verbs"]:
        return []
    rest = toks[1:]
    noun = bool(rest) and rest[0].lower in lex.words["recital_nouns"]
    author = _phrase_after(rest[1:] if noun else rest, lex, config)
    if not noun and " ".join(t.lower for t in author) in lex.words["news_outlets"]:
        return []  # "kata Brigjen Dedi mengutip Antara": the outlet the writer took it from
    return author if author and author[-1].is_cap else []


def _with_closing_determiner(toks: list[Tok], k: int, lex: Lexicon) -> list[Tok]:
    """``tutur Ketua RT 21, Kelurahan Belo, |itu|.``: a determiner after a comma closes the whole phrase
    as a description; else the phrase is ``toks[:k]``."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in lex.words["determiners"] and \
            (k + 2 == len(toks) or not toks[k + 2].is_word):
        return toks[:k] + [toks[k + 1]]
    return toks[:k]


def past_affiliation(toks: list[Tok], n: int, lex: Lexicon) -> int:
    """``ahli gizi |di New York City|, Robin DeCicco``, ``pengamat otomotif |dari Institut Teknologi Bandung|,
    Yannes Pasaribu``: the index after a place or institution written right after a role or a name, when a
    comma follows it (else ``n``)."""
    if n >= len(toks) or toks[n].lower not in lex.words["affiliation_preps"]:
        return n
    end = n + 1
    while end < len(toks) and toks[end].is_word and toks[end].is_cap:
        end += 1
    if end > n + 1 and end < len(toks) and toks[end].text == "(":  # "pada Organisasi HAM Saudi Eropa (ESOHR),"
        close = next((k for k in range(end + 1, min(len(toks), end + 6)) if toks[k].text == ")"), None)
        end = close + 1 if close is not None else end
    return end if end > n + 1 and end < len(toks) and toks[end].text == "," else n


def _without_source_nouns(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``tulis |pernyataan| Kemlu Israel``, ``lanjut |keterangan resmi| Polri``: the words for a statement
    or a channel before a name (the ``menurut`` list) are not the speaker."""
    k = 0
    while k < len(toks) and toks[k].lower in lex.words["menurut_skip"]:
        k += 1
    return toks[k:] if 0 < k < len(toks) and toks[k].is_cap else toks


def capitalised_run(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The leading capitalised words (and abbreviation dots) of a phrase, time words excluded unless one opens
    a name (``Lalu Samsul Adnan``); a title in lower case may open it (``dr. Siti Nadia Tarmizi``)."""
    run: list[Tok] = []
    titles = load_name_words().titles
    for i, t in enumerate(toks):
        titled = i == 0 and t.lower in titles and i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 2].is_cap
        if t.is_word and not titled and (
                not t.is_cap or t.lower in lex.time_words and not _time_word_opens_name(toks, i, lex)):
            break
        run.append(t)
    return run


def _time_word_opens_name(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``Juli Budi Winantya``, ``Lalu Samsul Adnan`` (a Sasak title): a capitalised month or time word before
    a capitalised name word (no date, no other time word) opens a personal name."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].is_cap and toks[i].lower in lex.time_words and nxt is not None and nxt.is_word and \
        nxt.is_cap and not nxt.text.isupper() and nxt.lower not in lex.time_words


def _paren_acronym(toks: list[Tok], i: int, max_words: int) -> int:
    """``(Dispar)``, ``(Ditjen Intram)`` inside a role phrase: an opening bracket, up to ``max_words``
    capitalised words, a closing one; never a nickname (``(Gus Ipul)``). Returns how many tokens follow the
    bracket up to its close (0: none)."""
    end = bracketed_acronym_end([t.text for t in toks[i:i + max_words + 2]], 0, max_words)
    if not end:
        return 0
    first, names = toks[i + 1].lower, load_name_words()
    if end > 3 and (first in names.familiar or first in names.titles):
        return 0
    return end - 1


def _short_abbreviation(word: str) -> bool:
    """``Prof.``, ``Dr.``, ``M.``: a short word before a full stop abbreviates; an acronym (``kata STY.``) ends
    the sentence."""
    return len(word) <= 3 and not (len(word) > 1 and word.isupper())


def _phrase_after(toks: list[Tok], lex: Lexicon, config: AttributionConfig) -> list[Tok]:
    out: list[Tok] = []
    skip = 0
    for i, t in enumerate(toks):
        low = t.lower
        if skip:
            skip -= 1
            out.append(t)
            continue
        if not t.is_word:
            if t.text == "." and out and (out[-1].is_cap or out[-1].lower in load_name_words().titles) and (
                    len(out) < config.max_abbrev_phrase and (_short_abbreviation(out[-1].text) or out[-1].lower in
                                                             load_name_words().titles)  # "Menurut Prof. Rika"
                    or load_abbreviations().get(out[-1].lower) == TITLE):  # "Peraturan Menteri ... No. 7", "dr."
                out.append(t)
                continue
            inside = _paren_acronym(toks, i, config.max_acronym_words) if out else 0
            if inside and role_words_ok([x.text for x in out], lex):
                out.append(t)
                skip = inside
                continue
            break
        if not _numbered_year(toks, i) and not _years_of_age(toks, i, out) and \
                not _closing_determiner(toks, i, out, lex) and (
                _ends_phrase(t, out, lex) and not _links_role(toks, i, out, lex)
                and not _time_word_opens_name(toks, i, lex) or _dated(toks, i, lex)):
            break
        out.append(t)
        if len(out) == 1 and lex.references.get(low) == "pronoun":
            break  # "ucap dia lagi": the pronoun is the speaker
        if len(out) > 1 and low in lex.words["determiners"]:
            break  # "bunyi beleid tersebut dikutip Jumat": a definite description ends with its determiner
    return out


def _years_of_age(toks: list[Tok], i: int, out: list[Tok]) -> bool:
    """``Menurut pelatih 51 |tahun| ini``: ``tahun`` after a number inside a description is the person's age,
    not the year the time words ``tahun ini`` name."""
    return toks[i].lower == "tahun" and len(out) >= 2 and out[-1].text.isdigit() and not out[0].text.isdigit()


def _closing_determiner(toks: list[Tok], i: int, out: list[Tok], lex: Lexicon) -> bool:
    """``ujar eks Ketua IM57+ Institute |ini|.``, ``ujar pria kelahiran Jawa Tengah |ini|.``: a determiner
    (``ini`` is a time word too: ``hari ini``) right after a role phrase or a person noun's phrase and before
    the end of the clause closes a definite description."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None  # "... ini |kepada| Tribunnews.com": an adjunct after it
    closes = nxt is None or not nxt.is_word or nxt.lower in lex.words["cue_adjunct_preps"]
    aged = len(out) > 2 and _years_of_age(out, len(out) - 1, out[:-1])  # "pelatih 51 tahun |ini|"
    return toks[i].lower in lex.words["determiners"] and closes and len(out) > 1 and \
        (out[-1].lower not in lex.time_words or aged) and (role_words_ok([x.text for x in out], lex) or
                                                           out[0].lower in lex.words["person_nouns"])  # "pria ... ini"


def _links_role(toks: list[Tok], i: int, out: list[Tok], lex: Lexicon) -> bool:
    """``Kabid Humas |pada| Polda Metro Jaya Kombes Ade``: a linker between a role that names no one yet and
    the capitalised organisation after it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].lower in lex.words["role_linkers"] and nxt is not None and nxt.is_word and nxt.is_cap and \
        nxt.lower not in lex.time_words and bool(out) and (out[-1].is_cap or not any(x.is_cap for x in out)) and \
        role_words_ok([x.text for x in out], lex)  # "kata anggota |dari| PDIP Arteria Dahlan" too


def _numbered_year(toks: list[Tok], i: int) -> bool:
    """``Peraturan Menteri ... No. 7 |Tahun| 2025``: the year word of a document's number, between the
    number and the year (a month there is a date: ``BPS per 15 Januari 2025``)."""
    prev, nxt = toks[i - 1].text if i else "", toks[i + 1].text if i + 1 < len(toks) else ""
    return prev.isdigit() and nxt.isdigit() and len(nxt) == 4 and toks[i].lower not in load_months()


def _dated(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``dikutip Senin (18/8/2025)``: a day or month written with its date is when, never who."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return toks[i].lower in lex.time_words and (nxt == "(" or nxt[:1].isdigit())


def _ends_phrase(t: Tok, out: list[Tok], lex: Lexicon) -> bool:
    """A preposition (unless inside a role: ``Menteri Dalam Negeri``), a time word or a verb ends the phrase;
    a capitalised word right after the cue is a name however else it reads (``kata Lalu``: Lalu Hadrian)."""
    low = t.lower
    if low in lex.words["phrase_stops"] and not continues_role(out, t, lex) and (out or not t.is_cap):
        return True
    return bool(out) and (low in lex.time_words or is_verb(t.text, lex) or (
        not t.is_cap and out[-1].is_cap and low in lex.predicate_markers))  # "kata Barung |sangat| penting ..."


def skip_adjuncts(toks: list[Tok], lex: Lexicon) -> int:
    """Index after adjuncts that follow a cue (``kepada wartawan``, ``pada hari Selasa``, commas)."""
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower
        if t.text in ",:" or low in lex.words["cue_adverbs"] and not (i == 0 and low in lex.words["determiners"]):
            i += 1  # "mengatakan hari ini"; but "menilai ini momentum ...": a demonstrative subject
        elif low in lex.words["cue_adjunct_preps"] and not (
                i + 1 < len(toks) and toks[i + 1].lower in lex.words["determiners"]) and \
                not _opens_event_time(toks, i, lex):
            i = _adjunct_end(toks, i + 1, lex)  # not "saat ini" (now): a time adverb of the content
        elif low in lex.time_words and i + 1 < len(toks) and toks[i + 1].text in ("(", ","):
            i += 1
        elif t.text == "(":  # (20/10)
            k = i
            while k < len(toks) and toks[k].text != ")":
                k += 1
            i = k + 1
        else:
            break
    return i


def _opens_event_time(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """``mengatakan, |saat kejadian| ia sedang di rumah``: after the cue's comma, a time preposition with no
    verb of the interview after it (``saat ditemui``) opens the content's own time clause."""
    return i > 0 and toks[i - 1].text == "," and toks[i].lower in lex.words["event_time_preps"] and \
        i + 1 < len(toks) and toks[i + 1].is_word and not is_predicate(toks[i + 1].text, lex)


def _adjunct_end(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """End of a prepositional adjunct starting at ``j``: to a comma or complementizer (or a determiner that a
    new subject and its predicate follow: ``dalam kejadian ini | longsor menimbun 5 rumah, ...``), else a word
    or two."""
    for k in range(j, min(len(toks), j + 12)):
        if toks[k].text == "," or toks[k].lower in lex.complementizers:
            return k
        if k > j and toks[k].lower in lex.words["determiners"] and _subject_and_predicate(toks[k + 1:k + 4], lex):
            return k + 1
    # "kepada wartawan dia mendukung": take one or two nominal words
    k = j
    while k < len(toks) and k < j + 2 and toks[k].is_word and not is_predicate(toks[k].text, lex):
        k += 1
    if k < len(toks) and toks[k].lower in lex.words["adjunct_nouns"]:
        k += 1
    return k


def _subject_and_predicate(toks: list[Tok], lex: Lexicon) -> bool:
    """Do these few words open a clause: a word of a subject, then a predicate before any comma (not a relative
    clause or a second adjunct: ``itu yang menemuinya``, ``itu di kantornya``)?"""
    if not toks or not toks[0].is_word or toks[0].lower in lex.words["relative"] or \
            toks[0].lower in lex.words["cue_adjunct_preps"] or is_predicate(toks[0].text, lex):
        return False
    for t in toks[1:]:
        if not t.is_word:
            return False
        if is_predicate(t.text, lex):
            return True
    return False


def content_after(toks: list[Tok], lex: Lexicon, sent_end: int, window: int = 12,
                  addressee: bool = True) -> tuple[int, int, str]:
    """Content clause after a say cue: after bahwa/jika/kalau, up to the sentence end; and the
    complementizer that opens it ("" when none). Without ``addressee`` (a cue that names no one it asks),
    untuk/agar/supaya open the content only right after the cue."""
    i = skip_adjuncts(toks, lex)
    has_comp = ""
    # "Lalu berujar, skema penghargaan untuk atlet ...": after a comma a clause, where only a complementizer
    # that is never a conjunction (bahwa) may stand a few words on
    after_comma = 0 < i < len(toks) and toks[i - 1].text == ","
    # "mengatakan pada hari Selasa ini, 17 Oktober 2023, bahwa" : look a few words ahead
    for k in range(i, min(len(toks), i + window)):
        low = toks[k].lower
        if low in lex.complementizers and (not after_comma or k == i or low in lex.words["sure_complementizers"]) \
                and (addressee or k == i or low not in lex.words["directive_complementizers"]):
            if k > i and _has_main_predicate_word(toks, i, k, lex, low in lex.words["directive_complementizers"]):
                break
            has_comp = low
            i = k if lex.complementizers[low] else k + 1
            break
        if toks[k].text in "\"“«":
            break
    if i >= len(toks):
        return sent_end, sent_end, has_comp
    return toks[i].start, sent_end, has_comp


def _has_main_predicate_word(toks: list[Tok], i: int, k: int, lex: Lexicon, addressed: bool = False) -> bool:
    """A predicate word among ``toks[i:k]``, a marker or a bare verb right after ``yang`` excepted
    (``jaringan transportasi umum yang |lebih| kuat untuk ...``, ``lembaga ... yang |hadir| untuk ...``: the
    noun phrase is still the cue's object)."""
    return any(is_predicate(toks[j].text, lex) and not (
        j > i and toks[j - 1].lower in lex.words["relative"] and (
            toks[j].lower in lex.predicate_markers or toks[j].lower in lex.root_verbs))
        and not (addressed and j > i and _stative(toks[j].lower))
        for j in range(i, k))


def _stative(low: str) -> bool:
    """``terbelah``, ``terpilih``, ``terkait``: in the addressee before ``untuk``/``agar`` a ter- participle
    describes the noun before it (``meminta dua kubu yang terbelah di DPR untuk ...``, ``meminta anggota DPR
    terpilih untuk ...``), it is no predicate of a clause of its own."""
    return low.startswith("ter") and len(low) > 6


def is_clause(text: str, start: int, end: int, runs: list[QuoteRun], lex: Lexicon, has_comp: bool) -> bool:
    """Is ``text[start:end]`` a content clause (not a bare noun phrase)?"""
    all_toks = tokenize(text, start, end)
    quoted = any(run_at(t.start, runs) for t in all_toks)
    toks = [t for t in all_toks if t.is_word and not run_at(t.start, runs)]
    if has_comp and (len(toks) >= 2 or quoted):
        return True
    if len(toks) < 3 or f"{toks[0].lower} {toks[1].lower}" in lex.words["adverb_openers"]:
        return False  # "lebih lanjut": an adverb
    if toks[0].lower in lex.words["nominalised_heads"]:  # "pentingnya persatuan": the cue's object
        return _marker_before_modifier(toks[1:], lex)  # unless its own predicate follows: "lambatnya ... bukan"
    counted = toks[0].lower in lex.words["quantifiers"] or toks[0].text.isdigit()  # "sejumlah program", "26 kasus"
    head = toks[1] if counted else toks[0]
    if head.lower.removesuffix("nya") in lex.words["object_nouns"]:  # "komitmen Pertamina dalam menjaga ..."
        return _own_predicate_after_noun(all_toks, lex)
    if len(toks) > 2 and not toks[0].is_cap and toks[1].lower in lex.words["determiners"] and \
            toks[2].lower in lex.words["event_time_preps"]:
        return False  # "membantah isu ini saat meninjau ...": the cue's object, then when
    if toks[0].lower in lex.words["topic_openers"]:  # "perihal kantor Kemenkes menjadi klaster ...": the topic
        comma = next((k for k, t in enumerate(all_toks) if t.text == ","), None)
        return comma is not None and _main_predicate(all_toks[comma + 1:], lex)
    return _main_predicate(all_toks, lex) or _many_who(toks, lex) or _demonstrative_subject(toks, lex)


def _demonstrative_subject(toks: list[Tok], lex: Lexicon) -> bool:
    """``Dia menilai ini momentum yang baik untuk ...``: a demonstrative alone is the subject of a clause
    whose predicate is the noun phrase after it (a cue's object would be ``hal ini``, or the demonstrative
    with a time or place after it: ``menyampaikan itu saat ...``)."""
    return toks[0].lower in lex.words["determiners"] and len(toks) >= 3 and \
        toks[1].lower not in lex.words["naming_markers"] and \
        toks[1].lower not in lex.words["adjunct_starts"]  # "menyampaikan itu saat diskusi di ...": its object


def _own_predicate_after_noun(toks: list[Tok], lex: Lexicon) -> bool:
    """Does a predicate marker or a passive verb (``kabar ini |diperolehnya| usai ...``, ``komitmen pemerintah
    |tidak| berubah``) follow the opening noun outside a relative clause (``komitmen zero ODOL yang |telah|
    disepakati``: still the object), or a reason or time clause with its own verb (``ketertarikannya terhadap
    Hotel Bumi Minang |lantaran memiliki| lokasi yang sangat strategis``: a statement of why)?"""
    inside = False
    for k, t in enumerate(toks[1:], start=1):
        if t.lower in lex.words["purpose_markers"] and k + 1 < len(toks) and toks[k + 1].is_word and (
                toks[k + 1].lower in lex.predicate_markers or is_predicate(toks[k + 1].text, lex)):
            return False  # "komitmen kedua negara |untuk terus memperkuat| ...": what the noun is for (not
            # "komitmen Prabowo untuk pemberantasan korupsi |diwujudkan| KPK ...": a clause after all)
        if t.text == ",":
            inside = False
        elif t.lower in lex.words["subordinators"] and t.lower not in lex.words["event_time_preps"] and any(
                w.is_word and is_predicate(w.text, lex) for w in toks[k + 1:k + 4]):
            return True  # not "pesan satu kata kepada Trump |saat berbicara| di Davos": when, not what
        elif t.lower in lex.words["relative"]:
            inside = True
        elif t.is_word and not inside and not t.is_cap and (
                t.lower in lex.predicate_markers or AGENT_PASSIVE.match(t.lower) and is_predicate(t.text, lex)):
            return True
    return False


def _many_who(toks: list[Tok], lex: Lexicon) -> bool:
    """``banyak media dari barat yang mengkritik …``: a quantity opening the content and a relative clause
    after its noun say that many did something; the relative clause is the predicate."""
    if toks[0].lower not in lex.words["existential_openers"]:
        return False
    at = next((i for i, t in enumerate(toks) if t.lower in lex.words["relative"]), None)
    return at is not None and 1 < at < len(toks) - 1 and is_predicate(toks[at + 1].text, lex)


def _marker_before_modifier(toks: list[Tok], lex: Lexicon) -> bool:
    """A predicate marker (``bukan``, ``dapat``, ``tidak``) or a passive verb (``meningkatnya kasus DBD
    |dikarenakan| cuaca``) before any relative clause, conjunction or complementizer (``pentingnya
    pengawasan ... yang akan ...``, ``... agar bisa ...`` are still objects; a passive right after the head is
    what it is about: ``pentingnya ditanamkan nilai-nilai ...``)."""
    for k, t in enumerate(toks):
        low = t.lower
        if low in lex.words["relative"] or low in lex.words["conjunctions"] or low in lex.complementizers:
            return False
        if low in lex.predicate_markers or k and t.is_word and not t.is_cap and AGENT_PASSIVE.match(low) and \
                is_predicate(t.text, lex):
            return True
    return False


def _main_predicate(toks: list[Tok], lex: Lexicon) -> bool:
    """Is there a predicate outside relative clauses? After ``yang`` the relative clause takes its
    auxiliaries and one verb (``yang telah bekerja``); it ends at the next other word or a comma, and a
    second verb or auxiliary is the main one (``dana yang mengendap mencapai …``, ``yang diantisipasi
    adalah …``). A verb right after ``dan`` before
    any predicate joins a second verb phrase to the cue's own subject: no content clause."""
    in_relative, verbs, prev, words, rel_words = False, 0, "", 0, 0
    for i, t in enumerate(toks):
        low, before, prev = t.lower, prev, t.lower
        words += t.is_word
        if t.is_word and before in lex.words["determiners"] and _predicate_after_phrase(toks, i, lex):
            return True
        if in_relative and low in lex.words["copulas"] and rel_words:
            return True  # "kualitas perawatan yang baik |merupakan| investasi ...": the relative ends before it
        rel_words += in_relative and t.is_word
        if low in lex.words["relative"]:
            in_relative, verbs, rel_words = True, 0, 0
        elif not t.is_word:
            if t.text in ",;":
                in_relative = False
        elif in_relative and low in lex.words["determiners"] and not _time_noun(before, lex):
            in_relative, verbs = False, 0  # "video yang viral |tersebut| merupakan ...": the noun phrase closes
        elif is_predicate(t.text, lex):  # a verb inside a quoted run counts too
            if not in_relative and before in lex.words["conjunctions"] and words <= 5 and ACTIVE_PREFIX.match(low):
                return False  # "melaporkan sejumlah pihak dan menghormati ...": a second verb of the cue's subject
            content = low not in lex.predicate_markers
            if not in_relative or (verbs >= 1 and (content or low in lex.words["copulas"])):
                return True  # "salah satu yang harus segera diantisipasi |adalah| ...": a copula is the main one
            verbs += content
        elif in_relative and verbs:
            in_relative = False
    return False


def _predicate_after_phrase(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Is ``toks[i]``, right after a determiner closing a noun phrase, a predicate of its own (``pelat di mobil
    tersebut |palsu|``): a lower-case word that no preposition, conjunction or particle is? A relative clause
    still open, or a comma, make the determiner no phrase end."""
    t, low = toks[i], toks[i].lower
    if i < 2 or not toks[i - 2].is_word or _time_noun(toks[i - 2].lower, lex) or not t.text.islower() or \
            low in lex.np_stop or low in lex.time_words:
        return False  # "saat itu", "hari ini": a time, not a noun phrase the predicate follows
    if any(low in lex.words[s] for s in ("conjunctions", "phrase_continuers", "object_preps", "cue_adjunct_preps",
                                         "determiners", "relative")) or low in lex.complementizers:
        return False
    return not any(x.lower in lex.words["relative"] for x in toks[max(0, i - 4):i - 1])


def _time_noun(word: str, lex: Lexicon) -> bool:
    return word in lex.time_words or word in lex.words["determined_times"]


def title_like(text: str, config: AttributionConfig) -> bool:
    """Quoted names and titles (``"3x3 Before 12"``, ``"Imigrasi Menjaga Negeri"``) are not speech;
    words closed by a comma or full stop inside the marks are (``"Defisit APBN Rp 321,6 triliun,"``)."""
    if text.rstrip()[-1:] in ",.!?":
        return False
    ws = WORD.findall(text)
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    if len(ws) <= config.title_max_words:
        return caps == len(ws)
    return caps / len(ws) >= config.title_cap_share  # "Petals on Your Plate: A Guide to …": a title


def cut_before_next_cue(text: str, start: int, end: int, runs: list[QuoteRun], lex: Lexicon) -> int:
    """End a content clause before a second attribution in the sentence (``…, Putin mengatakan …``)."""
    toks = [t for t in tokenize(text, start, end) if not run_at(t.start, runs)]
    for i, t in enumerate(toks):
        if lex.kind(t.lower) != "say" or i == 0:
            continue
        k = i - 1
        while k >= 0 and toks[k].text != "," and i - k <= 6 and not is_verb(toks[k].text, lex):
            k -= 1
        if k >= 0 and toks[k].text == "," and i - k >= 2 and not _wants_missing_complementizer(toks, i, lex):
            return trim_content(text, start, toks[k].start)[1]
    return end


def _wants_missing_complementizer(toks: list[Tok], i: int, lex: Lexicon, window: int = 4) -> bool:
    """Is the cue at ``toks[i]`` one that reports only with a complementizer (``menginginkan`` X ``agar``)
    and none follows within ``window`` words (``..., sehingga tidak menginginkan bertugas kembali``)? Then it
    is a verb of the clause, no second attribution."""
    cue = lex.cues.get(toks[i].lower)
    if cue is not None and cue.needs_set_off and not (i + 1 < len(toks) and (
            toks[i + 1].text == "," or toks[i + 1].lower in lex.complementizers)):
        return True  # "... seperti dia |katakan| kepada sejumlah rekannya": no comma, no report
    return cue is not None and cue.needs_comp and \
        not any(t.lower in lex.complementizers for t in toks[i + 1:i + 1 + window])


def cut_before_post_cue(text: str, start: int, end: int, runs: list[QuoteRun], lex: Lexicon) -> int:
    """End a content clause before a later ``, kata X`` in the same sentence."""
    for t in tokenize(text, start, end):
        if run_at(t.start, runs):
            continue
        if lex.kind(t.lower) == "post" and text[max(start, t.start - 2):t.start].strip() == ",":
            return trim_content(text, start, t.start)[1]
    return end

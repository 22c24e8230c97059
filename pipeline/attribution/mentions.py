"""Speaker mentions: what the words a cue links to are (name, pronoun, role, description, source).

A mention is classified once, where a finder meets it; the sieves then
resolve it to a speaker in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities.patterns import names_ticket, without_trailing_rank
from ..entities.words import common_word, load_name_words, name_word, relational_role, without_short_form
from ..lexicon import NOUN_AFFIX, Lexicon, clean_name, role_start, role_words_ok, strip_description
from ..records import Entity
from ..text import AGE_IN_BRACKETS, Tok, top_level_domains
from .context import ArticleContext, person_names


@dataclass
class Mention:
    """A speaker mention as written, before resolution."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | clitic | description | role | source
    name: str = ""
    role: str = ""


def clitic_mention(tok: Tok, clitic: str) -> Mention:
    """``ujarnya`` -> a clitic mention on its ``nya``."""
    return Mention(tok.end - len(clitic), tok.end, clitic, "clitic")


def mention_from(ctx: ArticleContext, toks: list[Tok]) -> Mention | None:
    if not toks:
        return None
    return classify_mention(ctx, toks[0].start, toks[-1].end)


@dataclass(frozen=True)
class Phrase:
    """The words a cue links to, trimmed of edge punctuation."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def low(self) -> list[str]:
        return [w.lower() for w in self.words]


def classify_mention(ctx: ArticleContext, start: int, end: int) -> Mention | None:
    """Decide what kind of speaker mention ``text[start:end]`` is (the first rule that applies)."""
    raw = ctx.text[start:end]
    text = clean_name(raw)
    text = clean_name(_OPEN_BRACKET_TAIL.sub("", text)) or text  # "kata Wakil Gubernur (Wagub) saat ...": the
    if not text:  # office's short form in brackets is no part of the mention
        return None
    offset = max(raw.find(text), 0)
    phrase = Phrase(start + offset, start + offset + len(text), text)
    for rule in MENTION_RULES:
        m = rule(ctx, phrase)
        if m is not None:
            return m
    core = _named_organisation(strip_description(phrase.words, ctx.lex), ctx)
    return Mention(phrase.start, phrase.end, text, "source", name=" ".join(core) or text)


def _named_organisation(words: list[str], ctx: ArticleContext) -> list[str]:
    """``organisasi HAM |Amnesty International|``, ``media Israel |Haaretz|``: a lower-case organisation noun
    and its modifiers before the body's name; the name is the source (acronyms and places before it are
    its modifiers)."""
    if len(words) < 2 or not words[0].islower() or words[0] not in ctx.lex.words["organisation_nouns"]:
        return words
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    name = words[k:]
    places = load_name_words().places
    while len(name) > 1 and (name[0].isupper() or (name[0].lower(),) in places):
        name = name[1:]
    if not name or k == 0 or (name[0].lower(),) in places:
        return words  # "media pemerintah Iran": the country is whose media, not the source
    return name


def _pronoun(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    if len(ph.words) == 1 and ctx.lex.references.get(ph.low[0]) == "pronoun":
        return Mention(ph.start, ph.end, ph.text, "pronoun")
    return None


def _person_inside(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """A PER entity inside the phrase: ``ROLE NAME`` or ``NAME``."""
    inside = [e for e in ctx.persons if e.start >= ph.start and e.end <= ph.end
              and not all(w.lower() in ctx.lex.words["not_sources"] for w in e.text.split())
              and not _role_only(ctx, e.text) and not _ticket(ctx, e)]
    if not inside:  # "Sejumlah organisasi lingkungan": NER took Sejumlah for a name; the phrase is a group
        return None
    if (_indefinite_of(ctx, ph, inside[0].start) and not _aged(ctx, inside[-1])) or \
            _relation_of(ctx, ph, inside) or _owner_described(ctx, ph):
        return None
    if _act_of(ctx, ph, inside[0]):  # "Penolakan Trump atas tawaran Putin kali ini menegaskan bahwa ...": the
        return Mention(ph.start, ph.end, ph.text, "source", name=ph.words[0])  # act shows it, nobody says it
    named = [e for e in inside if not _in_brackets(ctx.text, e)]
    inside = named or inside  # "Sekretaris Kabinet (Seskab) Teddy Indra Wijaya": the acronym is the role's
    # "Direktur Eksekutif [Lingkar Madani] (Lima) [Ray Rangkuti]": a body with its short form, then its official
    inside = [e for e in inside[:-1] if not _SHORT_FORM_AFTER.match(ctx.text, e.end)] + inside[-1:]
    # "Mensos Saifullah Yusuf atau Gus Ipul": the first
    ent = _appositive_name(ctx, inside, ph) or _name_ending_role(ctx, inside, ph) or _last_of_run(ctx, inside)
    end = ph.end if _names_only(ctx.text[ent.end:ph.end]) else ent.end  # "menurut Prabowo masih ..." ends at the name
    return Mention(ph.start, end, ctx.text[ph.start:end], "name", name=clean_name(ent.text),
                   role=_role_before_name(ctx, ctx.text[ph.start:ent.start]))


def _act_of(ctx: ArticleContext, ph: Phrase, person: Entity) -> bool:
    """Does the phrase open with a noun of an act (pe-…-an, ke-…-an) that the person inside it did, not a noun
    of a report (``pernyataan``, ``keterangan``: a cue of their own, ``cues.tsv``)?"""
    return person.start > ph.start and bool(ph.words) and _act_noun(ph.low[0], ctx.lex)


def _act_noun(word: str, lex: Lexicon) -> bool:
    """A noun of an act (``penolakan``, ``pemikiran``), not of a report (``pernyataan``: a cue of its own)."""
    return _abstract_noun(word, lex) and lex.kind(word) is None


def _ticket(ctx: ArticleContext, ent: Entity) -> bool:
    """``Juru bicara TKN |Jokowi|-Maruf Amin ini``: the ticket, not a person speaking."""
    return names_ticket(ctx.text, ent.start, ent.end, ctx.lex)


_AGE_AFTER = re.compile(rf"\s*{AGE_IN_BRACKETS}")
_SHORT_FORM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z.]{1,9}\s*\)")


def _aged(ctx: ArticleContext, ent: Entity) -> bool:
    """Is the person's age written right after the name (``seorang warga Sukini (47)``): the description is
    of that person, not of someone else named inside it."""
    return _AGE_AFTER.match(ctx.text, ent.end) is not None


def _last_of_run(ctx: ArticleContext, inside: list[Entity]) -> Entity:
    """The first person inside the phrase, or the last of people written right after it with only a space
    between (``RSUP Prof [Ngoerah] [I Wayan Sudana]``: the entity layer keeps a name a Balinese opener starts
    apart from the word before it, the hospital's namesake; the speaker is the one the role ends on)."""
    ent = inside[0]
    for nxt in inside[1:]:
        if nxt.start != ent.end + 1 or ctx.text[ent.end] != " ":
            break
        ent = nxt
    return ent


def _owner_described(ctx: ArticleContext, ph: Phrase) -> bool:
    """``Taipan SpaceX dan Tesla itu``: an owner noun, what they own, a determiner: a description of someone
    named before, whoever the model took for a person inside (``[owner_nouns]``); so is a person noun or a role
    with a relative clause (``Pria yang juga menjabat sebagai Imam Besar Masjid Istiqlal itu``)."""
    low, words = ph.low, ctx.lex.words
    if len(low) < 3 or low[-1] not in words["determiners"]:
        return False
    heads = words["owner_nouns"] | words["organisation_nouns"]  # "Perusahaan milik ... Trump ini"
    rel = next((i for i, w in enumerate(low) if w in words["relative"]), None)
    if rel is None:
        return low[0] in heads
    # "pejabat yang akrab disapa Risma tersebut"; not "Gubernur BI Perry Warjiyo yang hadir dalam forum tersebut"
    role = low[0] in ctx.lex.role_first_words and all(w.islower() for w in ph.words[:rel])
    return low[0] in heads or low[0] in words["person_nouns"] or role


def _role_only(ctx: ArticleContext, text: str) -> bool:
    """``Sang Bendahara``: a role with a determiner or quantifier that NER took for a name."""
    words = text.split()
    core = strip_description(words, ctx.lex)
    return len(core) < len(words) and role_words_ok(core, ctx.lex)


def _relation_of(ctx: ArticleContext, ph: Phrase, inside: list[Entity]) -> bool:
    """``pengacara Jokowi``, ``kuasa hukum Hendrogiarto``, ``pengemudi Pajero``: a lower-case relational role
    right before the one name inside the phrase describes someone else (``[relational_roles]``); a comma would
    introduce the name."""
    words = ph.words
    lead = next((i for i, w in enumerate(words) if w not in ctx.lex.words["role_modifiers"]), len(words))
    if lead >= len(words) or len(inside) != 1:
        return False  # "mantan istri Ivan Fadilla": the former wife
    before = ctx.text[ph.start:inside[0].start].split()
    return words[lead].islower() and before == words[:len(before)] and \
        relational_role(before[lead:], load_name_words().relational, ctx.lex.roles)


def _indefinite_of(ctx: ArticleContext, ph: Phrase, name_start: int) -> bool:
    """``seorang pejabat pemerintahan Trump``: an indefinite description of someone else than the person
    named inside it, unless a comma or ``bernama`` introduces that person as its own name."""
    if ph.low[0] not in ctx.lex.words["indefinite_openers"]:
        return False
    between = ctx.text[ph.start:name_start]
    return "," not in between and not any(w.lower() in ctx.lex.words["name_introducers"] for w in between.split())


_OPEN_BRACKET_TAIL = re.compile(r"\s*\([^()]*$")


def _in_brackets(text: str, ent: Entity) -> bool:
    """Is the entity written alone inside brackets (``(Seskab)``)?"""
    return ent.start > 0 and text[ent.start - 1] == "(" and text[ent.end:ent.end + 1] == ")"


def _appositive_name(ctx: ArticleContext, inside: list[Entity], ph: Phrase) -> Entity | None:
    """``Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho``: the name after a comma that ends the
    phrase is the speaker; a name before it is part of the organisation or role."""
    last = inside[-1]
    if len(inside) < 2 or ctx.text[last.end:ph.end].strip(" .,") or \
            not ctx.text[inside[0].end:last.start].rstrip().endswith(","):
        return None
    return last


def _name_ending_role(ctx: ArticleContext, inside: list[Entity], ph: Phrase) -> Entity | None:
    """``Kabid Hubungan Media dan Kehumasan pada Puspenkum Kejagung RI Irwan Datuiding``, ``penasihat hukum
    Hasto Kristiyanto Ronny Talapessy``: a role phrase names its holder last; a name before it belongs to
    the unit or is the one the role is relative to."""
    last = inside[-1]
    if len(inside) < 2 or ctx.text[last.end:ph.end].strip(" .,") or not role_words_ok(ph.words, ctx.lex):
        return None
    between = ctx.text[inside[0].end:last.start].split()
    if not any(w[:1].isalpha() for w in between) or inside[0].end > last.start:
        return None  # "Agnes Pannier-Runacher", "Israel Katz" and its "Katz": one name
    for k, w in enumerate(between):
        if w in ("atau", "dan") and (w == "atau" or role_words_ok(between[k + 1:], ctx.lex)):
            return None  # "Mensos Saifullah Yusuf atau Gus Ipul", "Netanyahu dan Menteri Pertahanan Israel Katz"
    return last


def _names_only(rest: str) -> bool:
    """Is what follows the name in the phrase capitalised words only (``(Gus Ipul)``), no clause?"""
    words = [w.strip("(),.") for w in rest.split()]
    return all(not w or w[0].isupper() for w in words)


def _role_before_name(ctx: ArticleContext, text: str) -> str:
    """The role words of ``ROLE NAME`` without a title or honorific right before the name."""
    words = load_name_words()
    role = _OPEN_BRACKET_TAIL.sub("", clean_name(text)).split()  # "Sekretaris Kabinet (Seskab"
    while role and (role[-1].lower().rstrip(".") in words.titles or role[-1].lower() in words.familiar
                    or role[-1].lower() in ctx.lex.words["name_introducers"]
                    or role[-1][:1].isupper() and role[-1].lower() in ctx.lex.time_words):  # "... BI |Juli| Budi"
        role = role[:-1]
        role = without_trailing_rank(role, ctx.lex)  # "Kombes Pol Dr.", "Ajun Komisaris Besar"
    role = without_trailing_rank(role, ctx.lex)
    role = without_short_form(role, words)  # "Kepala Badan Pangan Nasional atau Bapanas"
    while role and role[0].lower() in ctx.lex.words["quantifiers"]:  # "Seorang warga bernama", "Salah satu korban"
        role = role[1:]
    if role and not role_words_ok(role, ctx.lex) and (
            not role[0][0].isupper() or common_word(role[0], words, ctx.table.lower_words)):
        return ""  # "Faktor Jokowi juga dinilai ...": a common word opening the sentence is no role
    return " ".join(role).rstrip(" ,")  # "Kepala Dinas Sosial Kota Mataram, Lalu Samsul Adnan"


def _description(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """``pejabat itu``, ``sang menteri``: a definite description."""
    low = ph.low
    described = low[-1] in ctx.lex.words["determiners"] or ctx.lex.references.get(low[0]) == "determiner"
    if described and len(low) >= 2:
        return Mention(ph.start, ph.end, ph.text, "description", name=" ".join(strip_description(ph.words, ctx.lex)))
    return None


def _called_description(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """``pria yang karib disapa Djanur``, ``pejabat yang akrab disapa Risma tersebut``: a person noun or a role
    whose relative clause gives a nickname (``[nickname_cues]``) at its end (a determiner may close it)
    describes someone the passage has named; the nickname is its name. ``pria bermarga Wang itu``
    (``[name_introducers]``) names him."""
    low, words = ph.low, ph.words
    end = len(low) - 1 if low[-1] in ctx.lex.words["determiners"] else len(low)
    head = low[0] in ctx.lex.words["person_nouns"] or low[0] in ctx.lex.role_first_words
    if end < 3 or not head or not words[end - 1][:1].isupper():
        return None
    if low[end - 2] in ctx.lex.words["name_introducers"] and end == 3:  # "pria bermarga Wang itu": his name
        return Mention(ph.start, ph.end, ph.text, "name", name=words[end - 1])
    if end < 4 or low[1] not in ctx.lex.words["relative"] or low[end - 2] not in load_name_words().nickname_cues:
        return None
    return Mention(ph.start, ph.end, ph.text, "description", name=words[end - 1])


def _role_mention(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """``ROLE`` alone, a group (``para santri``), or ``ROLE Name`` where NER missed the name."""
    words, low = ph.words, ph.low
    if not (role_words_ok(words, ctx.lex) or (low[0] in ctx.lex.words["group_starts"] and len(words) > 1)):
        return None
    core = strip_description(words, ctx.lex)
    intro = next((i for i, w in enumerate(core) if w.lower() in ctx.lex.words["name_introducers"]), None)
    if intro is not None and 0 < intro < len(core) - 1 and core[intro + 1][0].isupper():
        # "seorang warga bernama Andi Wijaya": the name it introduces
        return Mention(ph.start, ph.end, ph.text, "name", name=" ".join(core[intro + 1:]),
                       role=" ".join(core[:intro]))
    if core[0].islower() and core[0] in load_name_words().relational and "," not in ph.text:
        # "kuasa hukum Hendrogiarto": his lawyer ("kuasa hukum X, Kharis Sucipto" names the lawyer)
        return Mention(ph.start, ph.end, ph.text, "role", name=" ".join(core), role=" ".join(core))
    # ROLE followed by capitalised words that the article knows as a person's name (``Gubernur BI`` is a role of
    # Bank Indonesia, whose acronym the article knows too, not a person named BI)
    for i in range(1, len(core)):
        tail = " ".join(core[i:])
        if core[i][0].isupper() and ctx.full_names.get(tail.lower()) in person_names(ctx) and \
                not _indefinite_of(ctx, ph, ph.start + ph.text.rfind(tail)):
            return Mention(ph.start, ph.end, ph.text, "name", name=tail, role=" ".join(core[:i]))
    i = _trailing_name_start(core, ctx, ph.start, ph.end)
    if i is not None and not _indefinite_of(ctx, ph, ph.start + ph.text.rfind(" ".join(core[i:]))):
        return Mention(ph.start, ph.end, ph.text, "name", name=" ".join(core[i:]),
                       role=" ".join(core[:i]).rstrip(" ,"))
    if low[0] in ctx.lex.words["former_modifiers"] and len(low) > 1:
        # "kata mantan Kapolsekta Medan Baru": a post held before describes someone already named, who holds
        # it no longer: a description, not the office's holder
        return Mention(ph.start, ph.end, ph.text, "description", name=" ".join(core))
    return Mention(ph.start, ph.end, ph.text, "role", name=" ".join(core), role=" ".join(core))


def _common_noun(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    if len(ph.words) == 1 and _common_noun_at_start(ctx, ph.start, ph.words[0]):
        return Mention(ph.start, ph.end, ph.text, "source", name=ph.text.lower())
    return None


def _name(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """A name the article knows, or up to four words starting with a capital (common words at its
    edges left out: ``Pernyataan Trump`` is Trump)."""
    words = ph.words
    if len(words) > 1 and _act_noun(ph.low[0], ctx.lex) and ph.low[1] in ctx.full_names:
        # "Penolakan Trump": an act of a person (not "penelitian LIPI", a study)
        return Mention(ph.start, ph.end, ph.text, "source", name=words[0])
    if ph.text.lower() in ctx.full_names or (words[0][0].isupper() and len(words) <= 4):
        return Mention(ph.start, ph.end, ph.text, "name", name=_strip_common_words(ctx, words))
    return None


def _strip_common_words(ctx: ArticleContext, words: list[str]) -> str:
    """A name without the titles and common words at its edges (``Kompol Rismanto``, ``Pernyataan Trump``);
    the phrase as written when what is left is no name (``Pihak Keluarga``)."""
    lower, name_words = ctx.table.lower_words, load_name_words()
    kept = list(words)
    while len(kept) > 1 and (common_word(kept[0], name_words, lower) or
                             kept[0].lower().rstrip(".") in name_words.titles):
        kept = kept[1:]
    organisation = any(w.lower() in ctx.lex.org_words for w in kept)  # "Otoritas Jasa Keuangan": its own words
    while len(kept) > 1 and (common_word(kept[-1], name_words, lower) and not organisation or kept[-1][:1].islower()):
        kept = kept[:-1]  # "Supangat kepadadetikJatim": a name never ends in a lower-case word
    if kept != words and not all(name_word(w, name_words, lower) for w in kept):
        return " ".join(words)
    return " ".join(kept)


def _name_set_off_after_role(ctx: ArticleContext, ph: Phrase) -> Mention | None:
    """``Deputi Sosial Budaya ... Otorita IKN, |Bimo|``: one to three name words the model did not tag, set off
    by the comma that follows a role, are the role's holder."""
    head, comma, tail = ph.text.rpartition(",")
    names = tail.split()
    words = load_name_words()
    rank = next((n for n in range(len(names) - 1, 0, -1) if " ".join(names[:n]).lower() in ctx.lex.ranks), 0)
    names = names[rank:]  # "Kepala Polda Riau, |Inspektur Jenderal Polisi| Nandang": a rank spelled out
    if not comma or not 1 <= len(names) <= 3 or not role_words_ok(head.split(), ctx.lex) or not all(
            w[:1].isupper() and name_word(w, words, ctx.table.lower_words) and w.lower() not in words.places
            for w in names) or _list_goes_on(ctx, ph.end):
        return None
    return Mention(ph.start, ph.end, ph.text, "name", name=" ".join(names), role=head.strip())


_NEXT_AFTER_COMMA = re.compile(r"\s*,\s*(\w+)")


def _list_goes_on(ctx: ArticleContext, end: int) -> bool:
    """Does another item follow the phrase after a comma (``Kasi Upaya Hukum Luar Biasa, Eksekusi, |dan|
    Eksaminasi``; ``Cabang Kencong, Jember, |Mohammad| Khoiron Kisan``), not a day or a date (``Bimo, Kamis``)?"""
    m = _NEXT_AFTER_COMMA.match(ctx.text, end)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt.lower() in ctx.lex.words["conjunctions"] or nxt[:1].isupper() and nxt.lower() not in ctx.lex.time_words


MENTION_RULES = [_pronoun, _called_description, _person_inside, _description, _name_set_off_after_role,
                 _role_mention, _common_noun, _name]


def _name_run_start(words: list[str], ctx: ArticleContext, start: int, end: int) -> int:
    """Start of the trailing run of Title-case words that can be a name (``len(words)`` if none)."""
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
    return run_start


def _trailing_name_start(words: list[str], ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where a person's name begins at the end of ``ROLE Name Name`` when NER found none.

    The name is a trailing run of Title-case words that are not acronyms,
    roles, organisation words or words NER tagged as a place or organisation.
    It is accepted only after a clear boundary (an acronym, a roman numeral, a
    comma, a rank: ``Wakil Ketua KPK |Fitroh Rohcahyanto``) or when the
    article uses it alone next to a speech cue elsewhere (``kata Dian``).
    """
    lex = ctx.lex
    run_start = _name_run_start(words, ctx, start, end)
    run = words[run_start:]
    if not run or run_start == 0:
        return None
    before = words[run_start - 1]
    boundary = before.isupper() or before.endswith(",") or before.lower().rstrip(".") in lex.ranks \
        or before.lower() in lex.org_words  # "… Mirae Asset Sekuritas |Nafan Aji"
    if len(run) > ctx.config.max_name_words:
        run_start, run = len(words) - 2, words[-2:]
    near = _names_next_to_cues(ctx)
    for i in range(len(run)):
        name = " ".join(run[i:]).strip(",")
        if any(not (start <= a < end or start < b <= end) for a, b in near.get(name, ())):
            return run_start + i
    if boundary and len(run) >= 2:
        return run_start
    return None


def _names_next_to_cues(ctx: ArticleContext) -> dict[str, list[tuple[int, int]]]:
    """Capitalised word runs (up to four words) written right after a post cue (``kata Dian``) or right
    before a say cue (``Dian mengatakan``), with where they stand; built once per article."""
    if "cue_names" not in ctx.indexes:
        lex, found = ctx.lex, {}
        after = re.compile(rf"\b(?:{lex.post_alt})\s+((?:[A-Z][\w'-]*)(?:\s[A-Z][\w'-]*){{0,3}})\b")
        before = re.compile(rf"\b((?:[A-Z][\w'-]*\s){{1,4}})(?:{lex.say_alt})\b")
        for m in after.finditer(ctx.text):
            words = m.group(1).split()
            for n in range(1, len(words) + 1):
                found.setdefault(" ".join(words[:n]), []).append((m.start(1), m.end(1)))
        for m in before.finditer(ctx.text):
            words = m.group(1).split()
            for n in range(len(words)):
                found.setdefault(" ".join(words[n:]), []).append((m.start(1), m.end(1)))
        ctx.indexes["cue_names"] = found
    return ctx.indexes["cue_names"]


def _lower_mid_sentence(ctx: ArticleContext) -> frozenset[str]:
    """Lower-case words the article writes other than right after a word (built once per article)."""
    if "lower_words" not in ctx.indexes:
        ctx.indexes["lower_words"] = frozenset(
            m.group() for m in re.finditer(r"(?<![\w.]\s)\b\w+\b", ctx.text) if m.group().islower())
    return ctx.indexes["lower_words"]


def _common_noun_at_start(ctx: ArticleContext, start: int, word: str) -> bool:
    """A sentence-initial capital on a common noun (``Kesepakatan itu …``) is no name."""
    k = start
    while k > 0 and ctx.text[k - 1].isspace():
        k -= 1
    if k > 0 and ctx.text[k - 1] not in ".!?\n\"”":
        return False
    if any(e.start <= start < e.end for e in ctx.persons):
        return False
    low = word.lower()
    if low.startswith(load_name_words().org_prefixes):
        return False  # "Kementan mengatakan ...": an institution's short form, not a ke-...-an noun
    stem = low[:-3] if low.endswith("nya") else ""  # "Banyaknya pelaporan ...": a word and its clitic
    return bool(NOUN_AFFIX.match(low)) or low in _lower_mid_sentence(ctx) or \
        low in load_name_words().not_name or (len(stem) >= 3 and stem in ctx.table.lower_words)


def _abstract_noun(text: str, lex: Lexicon) -> bool:
    """One abstract noun (pe-…-an, ke-…-an, reduplicated or with a determiner) that is no organisation."""
    words = [w for w in text.lower().split() if w not in lex.words["determiners"]]
    if len(words) != 1:
        return False
    head = words[0].split("-")[0]
    return len(head) >= 8 and bool(NOUN_AFFIX.match(head)) and head not in lex.org_words and \
        not head.startswith(load_name_words().org_prefixes)  # "Kementan": an institution's short form


def plausible_source(m: Mention | None, lex: Lexicon) -> bool:
    """Can this mention say something? A name, a pronoun, a role, an organisation or a group."""
    if m is None:
        return True
    if _abstract_noun(m.text, lex) or m.kind == "source" and _abstract_noun(m.name, lex):
        return False  # "Pertanyaan-pertanyaan ini mendorong …", "Keputusan itu menyatakan …", "Penolakan Trump"
    words = (m.name or m.text).split()
    if _never_source(m, words, lex):
        return False
    if m.kind in ("pronoun", "clitic", "name", "role"):
        return True
    return bool(words) and _source_words(words, lex)


def _never_source(m: Mention, words: list[str], lex: Lexicon) -> bool:
    """``Sejumlah``, ``Data``, ``lain`` alone (even tagged as a name); ``diunggahnya`` (a word with a clitic)."""
    low = [w.lower() for w in words]
    if words and m.kind != "pronoun" and all(w in lex.words["not_sources"] for w in low):
        return True
    return m.kind not in ("pronoun", "clitic", "name", "role") and len(words) == 1 and words[0].islower() \
        and low[0].endswith("nya")


_INNER_CAPITAL = re.compile(r"^[a-z]+[A-Z][A-Za-z]+$")


def _source_words(words: list[str], lex: Lexicon) -> bool:
    """A capitalised or role phrase, a group, or an organisation word."""
    low = [w.lower() for w in words]
    if any(w[0].isupper() for w in words) or role_start(words, lex) is not None or _publication(words[-1]) or \
            words[-1].startswith("@"):  # an account's handle
        return True
    if low[0] in lex.words["group_nouns"] or low[0] in lex.words["person_nouns"]:
        return True  # "Kata pria itu, ...": a person described
    return any(w in lex.org_words for w in low) or (low[0] in lex.words["group_starts"] and len(words) > 1)


def _publication(word: str) -> bool:
    """A publication written as its site writes it: ``detikFinance``, ``kumparanNEWS``, ``kompas.com``."""
    host, dot, tld = word.rpartition(".")
    return bool(_INNER_CAPITAL.match(word)) or bool(dot and host and tld.lower() in top_level_domains())

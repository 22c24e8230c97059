"""Resolution sieves: who each candidate's mention refers to, in reading order.

Like CoreNLP's quote attribution, resolution is an ordered list of small
functions, each ``(candidate, context, discourse) -> Resolution | None``; the
first that answers wins and its name becomes the second part of the
``resolution`` column (``cue_after/name``, ``cue_post/clitic``). What the
sieves learn while reading (names used as speakers, roles of role holders,
who spoke last) lives in :class:`Discourse`, never in the article context.
"""

from __future__ import annotations

import bisect
import re
from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from ..entities.words import load_name_words, name_word
from ..lexicon import (
    PASSIVE_PREFIX,
    Lexicon,
    clean_name,
    is_predicate,
    is_verb,
    load_body_nouns,
    opens_fronted_topic,
    role_words_ok,
    strip_description,
    without_role_modifiers,
)
from ..records import Entity, Quote, Sentence
from ..segment import find_dateline
from ..text import AGE_IN_BRACKETS, Tok, tokenize
from .context import ArticleContext, described_initials, expand, person_names, register_words
from .credits import Credit, find_credits
from .finders import Candidate
from .mentions import Mention
from .phrases import likeness_length, np_from_left

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|$)|\n+")


@dataclass
class Said:
    """One attributed statement as the discourse remembers it."""

    position: int
    end: int  # end of the quote: names inside it are what was said, not who is talked about
    speaker: str
    role: str
    mention: str  # the words that named the speaker ("" for pronouns and clitics)
    is_person: bool  # can ia/dia/-nya refer to this speaker?


@dataclass
class Discourse:
    """What the reader knows at a point of the article: who spoke, names and roles learned."""

    names: ChainMap = field(default_factory=ChainMap)  # learned names over the article's full names
    roles: ChainMap = field(default_factory=ChainMap)  # learned roles over the article's roles
    history: list[Said] = field(default_factory=list)
    last_direct: Said | None = None

    @classmethod
    def start(cls, ctx: ArticleContext) -> Discourse:
        return cls(names=ChainMap({}, ctx.full_names), roles=ChainMap({}, ctx.role_of))

    def expand(self, name: str) -> str:
        return expand(self.names, name)

    def latest(self, pos: int, person: bool = False) -> Said | None:
        """Latest speaker before ``pos``; singular pronouns skip organisations when a person is there."""
        before = [h for h in self.history if h.position <= pos] or self.history
        if person:
            people = [h for h in before if h.is_person]
            if people:
                return people[-1]
        return before[-1] if before else None


@dataclass
class Resolution:
    """A sieve's answer: the speaker, the role, and whether pronouns may refer to it."""

    speaker: str
    role: str
    sieve: str
    is_person: bool | None = None  # None: decided from the speaker and the mention

    def label(self, how: str) -> str:
        """The ``resolution`` column: a carried speaker says only ``carry``."""
        return self.sieve if self.sieve == "carry" else f"{how}/{self.sieve}"


Sieve = Callable[[Candidate, ArticleContext, Discourse], "Resolution | None"]


def carry(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """No mention: the speaker the quote continues (see :func:`_continued`)."""
    if c.mention is not None:
        return None
    own = _own_sentence_subject(ctx, d, c) if c.quote_type == "direct" else ""
    if own:  # 'Ketua DPR Mike Johnson mengecam "unjuk rasa Kebencian Amerika."': his words, not the last speaker's
        return Resolution(own, d.roles.get(own, ""), "carry")
    prev = _continued(c, ctx, d)
    if prev and talked_about(ctx, c, prev.speaker):
        prev = _latest_not_talked_about(ctx, d, c, c.start)
    if prev and (c.start - prev.position) < ctx.config.carry_window:
        return Resolution(prev.speaker, prev.role, "carry", prev.is_person)
    return None


def talked_about(ctx: ArticleContext, c: Candidate, speaker: str) -> bool:
    """Does the quotation name ``speaker`` in the third person (``"Zola tidak bisa bermain ...," kata dia``;
    ``"... Pelaku sudah diberikan somasi ..."``)? Then it is about them, not their words: a name by one of its
    capitalised words, a description (``pelaku``) as a whole."""
    text = ctx.text[c.start:c.end]
    if not speaker:
        return False
    if _described(ctx, speaker):
        return re.search(rf"\b{re.escape(speaker)}\b", text, re.IGNORECASE) is not None
    own = speaker.split()
    words = [w for w in own if len(w) >= 3 and w[0].isupper() and name_word(w, load_name_words(), frozenset())]
    for m in (m for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", text)):
        around = text[:m.start()].split()[-1:] + text[m.end():].split()[:1]
        if not any(w[:1].isupper() and w.strip(".,;:!?") not in own for w in around):
            return True  # not part of another name ("Bandung Zoo", "Perwira Saka")
    return False


def _speakers_not_talked_about(ctx: ArticleContext, d: Discourse, c: Candidate, subject: str,
                               prev: Said | None) -> tuple[str, Said | None]:
    """A pronoun's candidates, less the one the quotation talks about ('... Zola meminta izin. "Zola tidak bisa
    bermain ...," kata dia': the coach who spoke before, not Zola): the latest speaker when only the subject is
    talked about, the last direct quote's speaker when both are; a person naming themselves (``buat Rassya``,
    said by Rassya, who spoke last too) keeps them."""
    if prev is not None and talked_about(ctx, c, prev.speaker):
        # a description ("pelaku") never names its own speaker: the latest person the quotation does not talk
        # about; a name may be a speaker's own ("buat Rassya ..."): only the last direct quote's speaker
        alt = _latest_not_talked_about(ctx, d, c, c.start) if _described(ctx, prev.speaker) else d.last_direct
        if alt is None or alt.speaker == prev.speaker or talked_about(ctx, c, alt.speaker):
            return subject, prev
        return ("" if subject == prev.speaker else subject), alt
    if subject and prev is not None and prev.speaker != subject and talked_about(ctx, c, subject):
        return "", prev
    return subject, prev


def _described(ctx: ArticleContext, speaker: str) -> bool:
    """Is the speaker a description (``pelaku``, ``Pelaku`` opening a sentence), not a name?"""
    first = speaker.split()[0]
    return not first[:1].isupper() or not name_word(first, load_name_words(), ctx.table.lower_words)


def _latest_not_talked_about(ctx: ArticleContext, d: Discourse, c: Candidate, pos: int) -> Said | None:
    """The latest person who spoke before ``pos`` and whom the quotation does not talk about."""
    return next((h for h in reversed(d.history) if h.position <= pos and h.is_person
                 and not talked_about(ctx, c, h.speaker)), None)


def _sentence_starts(ctx: ArticleContext, pos: int) -> list[int]:
    """Where the sentences before ``pos`` start, within the carry window: the window's start, then the end
    of each sentence (the last one is the start of ``pos``'s own sentence)."""
    window = max(0, pos - ctx.config.carry_window)
    starts = ctx.indexes.get("sentence_starts")
    if starts is not None:  # the segmenter's sentences: "di pertokoan Jl. Yos Sudarso" goes on
        return [window] + starts[bisect.bisect_right(starts, window):bisect.bisect_right(starts, pos)]
    return [window] + [e.end() for e in _SENTENCE_END.finditer(ctx.text, window, pos)]


def _own_sentence_subject(ctx: ArticleContext, d: Discourse, c: Candidate) -> str:
    """The person opening the sentence a cue-less quotation stands inside (after its subject and verb)."""
    ends = _sentence_starts(ctx, c.start)
    before = ctx.text[ends[-1]:c.start].rstrip(" \"'“”‘’«„")
    if len(before.split()) < 3 or before.endswith((",", ":")):
        return ""  # the quotation opens its sentence, or follows a lead-in ("Ia menambahkan:")
    return _opening_subject(ctx, d, ends[-1], c.start, max_words=2)  # the name opens it, after its role


def _lead_in_subject(ctx: ArticleContext, d: Discourse, c: Candidate) -> str:
    """The person whose lead-in opens the quotation's own sentence (``Lebih lanjut Jokowi mengatakan, "...,"
    kata dia``): the pronoun after the quotation repeats them."""
    ends = _sentence_starts(ctx, c.start)
    before = ctx.text[ends[-1]:c.start].rstrip(" \"'“”‘’«„")
    if len(before.split()) < 2 or not before.endswith((",", ":")):
        return ""
    named = _names_in(ctx, ends[-1], c.start)
    at, name = named[-1] if named else (0, "")
    if not named or len(ctx.text[at + len(name):c.start].split()) > 2 or _in_read_quote(d, at):
        return _opening_subject(ctx, d, ends[-1], c.start, max_words=2)
    return d.expand(clean_name(name))  # "Jokowi", written alone right before the lead-in's verb


def _continued(c: Candidate, ctx: ArticleContext, d: Discourse) -> Said | None:
    """Indirect: the latest speaker. Direct: the previous direct quote's speaker, unless the
    paragraph before (or this one) named a person as the speaker of a statement since: news
    introduces the next voice in reported speech, then gives their words in the next paragraph
    (``Sementara itu, pakar X menilai ...`` / ``"..."``)."""
    latest = d.history[-1] if d.history else None
    if c.quote_type != "direct":
        return latest
    if latest is not None and latest.is_person \
            and len(_PARAGRAPH_BREAK.findall(ctx.text, latest.end, c.start)) <= 1 \
            and (latest.mention or d.last_direct is None) \
            and (d.last_direct is None or latest.position > d.last_direct.position):
        return latest  # "Dia menegaskan bahwa ..." / "...": with no quote before, a pronoun's speaker too
    return d.last_direct


def name(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """A name: its fullest form in the article; a full name used here expands later short forms."""
    m = c.mention
    if m is None or m.kind != "name":
        return None
    words = m.name.split()
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        register_words(d.names, m.name)
    holder = _office_holder(ctx, m.name)
    if holder:  # "kata Mendag": the office's short form, written like a name
        return Resolution(holder, d.roles.get(holder, ""), "role_holder")
    speaker = d.expand(m.name)
    if speaker == m.name and len(words) == 1 and not m.role:  # "kata Mirza", a nickname the model did not tag
        speaker = ctx.table.nickname_owner(m.name, m.start) or speaker
    return Resolution(speaker, m.role or d.roles.get(speaker, ""), "name")


def _office_holder(ctx: ArticleContext, name: str) -> str:
    """The person holding the office whose short form ``name`` is (Mendag, Menag), when the article names one."""
    key = name.lower()
    return ctx.holder_of.get(key, "") if key in load_name_words().role_acronyms else ""


def pronoun(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """``ia``/``dia``/``beliau``/``mereka`` and ``-nya``: the latest fitting speaker, else the latest person."""
    m = c.mention
    if m is None or m.kind not in ("pronoun", "clitic"):
        return None
    singular = m.text.lower() not in ctx.lex.words["plural_pronouns"]
    prev = d.latest(m.start, person=singular)
    opens_statement = m.start < c.start  # "Ia menilai, ...", "Menurutnya, ...", not '"...," kata dia'
    subject = ""
    if singular:
        subject = _subject_before(ctx, d, m.start) if opens_statement else (
            _lead_in_subject(ctx, d, c) or _introduced_before(ctx, d, c))
        subject, prev = _speakers_not_talked_about(ctx, d, c, subject, prev)
    body = _body_speaking_before(ctx, d, c) if singular and not subject else None
    if body is not None:  # "Kemlu Israel menyatakan pihaknya ... . '...,' katanya": the body that just spoke
        return Resolution(body.speaker, body.role, m.kind, is_person=False)
    if singular and not subject and prev is None:  # nobody has spoken yet: the subject of the sentence before
        subject = _active_subject_before(ctx, d, min(m.start, c.start))  # ("Sugianto bertemu dengan Tito ...
        # '"...," katanya'), not the last person it names
    if subject and (prev is None or subject != prev.speaker):
        return Resolution(subject, d.roles.get(subject, ""), m.kind)
    if not singular:  # "Ratusan sopir truk ... Mereka meminta ..."
        person_before = prev is None or prev.is_person  # after an organisation, only a group opening the
        any_group = person_before and m.text.lower() not in ctx.lex.words["counted_pronouns"]  # sentence before
        group = _group_before(ctx, d, m.start, any_group)
        if not group and m.text.lower() in ctx.lex.words["counted_pronouns"]:
            pair = _latest_pair(ctx, d, m.start)  # "menemukan Bima dan Eko ... . Keduanya mengaku ..."
            group = "" if prev and prev.speaker in pair.split(" dan ") else pair  # the pair that just spoke
        if group:  # "mereka" is a group, not the one person (or the agency) that spoke last
            return Resolution(_common_case(ctx, group), "", m.kind, is_person=False)
    if prev and (prev.is_person or not singular or _goes_on_after(ctx, d, prev, c)):
        return Resolution(prev.speaker, prev.role, m.kind)
    # "ia" never means an organisation when a person is named; never one named inside the quotation itself
    person = _latest_person_named(ctx, d, min(m.start, c.start))
    if person:
        return Resolution(person, d.roles.get(person, ""), m.kind)
    if prev:
        return Resolution(prev.speaker, prev.role, m.kind)
    return Resolution("", "", m.kind)


def _body_speaking_before(ctx: ArticleContext, d: Discourse, c: Candidate) -> Said | None:
    """The organisation whose statement fills the sentence right before a clitic's (``BMKG Bandung mengingatkan
    bahwa ... . Oleh karena itu, pihaknya mengimbau ...``), with no person named since: a ``-nya`` takes up
    that body, not the person who spoke paragraphs before it; None otherwise."""
    m = c.mention
    latest = d.history[-1] if d.history else None
    if m is None or latest is None or latest.is_person or not (
            m.kind == "clitic" or m.text.lower() in ctx.lex.words["body_pronouns"]):
        return None
    pos = min(m.start, c.start)
    starts = _sentence_starts(ctx, pos)
    if len(starts) < 3 or not starts[-2] <= latest.position < starts[-1] or latest.end > pos:
        return None
    person = d.latest(pos, person=True)
    if person is not None and (latest.speaker.lower() in person.role.lower() or
                               len(_PARAGRAPH_BREAK.findall(ctx.text, person.end, latest.position)) < 2):
        return None  # "Dinkes menegaskan ... . '...,' pungkasnya": the head of that office goes on speaking; a
        # body speaks anew only paragraphs after the last person, in the clitic's own paragraph
    if _PARAGRAPH_BREAK.search(ctx.text, latest.end, pos):
        return None
    return None if _names_in(ctx, latest.end, pos) else latest


def _called_person(ctx: ArticleContext, d: Discourse, m: Mention) -> str:
    """The full name of the nickname a description gives (``pria yang akrab disapa |Djanur|``), when the
    article ties it to one; ''."""
    if not m.name[:1].isupper() or " " in m.name:
        return ""
    full = d.expand(m.name)
    full = full if full != m.name else ctx.table.nickname_owner(m.name, m.start)
    return full if full and " " in full else ""


def _active_subject_before(ctx: ArticleContext, d: Discourse, pos: int) -> str:
    """:func:`_subject_before` when its verb is active; '' after a passive (``Purbaya ... ditantang anggota
    Komisi XI ... Mekeng untuk ...``: the one who challenges speaks next, not the one challenged)."""
    subject = _subject_before(ctx, d, pos)
    ends = _sentence_starts(ctx, pos)
    if not subject or len(ends) < 2:
        return subject
    toks = tokenize(ctx.text, ends[-2], ends[-1])
    words = [t for t in toks if t.is_word and not t.is_cap]
    return "" if words and PASSIVE_PREFIX.match(words[0].lower) else subject


def _introduced_before(ctx: ArticleContext, d: Discourse, c: Candidate) -> str:
    """The person the sentence right before quotation ``c`` introduces as its subject, named there for the
    first time (``Marfan Trihartiko, Kepala Divisi ..., menggarisbawahi bahwa ...`` / ``"...," tuturnya``):
    news brings in the next voice, then gives their words. Not when the quotation does not open its
    sentence, nor when it names that person or their office (``Dominikus ... bukanlah pegawai ...`` /
    ``"Dominikus bukan pegawai PT PGB," imbuhnya``: the lawyer speaks about him)."""
    ends = _sentence_starts(ctx, c.start)
    if len(ends) < 3 or ctx.text[ends[-1]:c.start].strip(" \"'“”‘’"):
        return ""
    k = len(ends) - 2  # the sentence before; past one that goes on with "Ia ..." ("Mari Elka Pangestu
    # mengapresiasi ... Ia menekankan ...") or names nobody ("Tuti Wijaya menyampaikan kekecewaannya ...
    # Terlebih, sebelumnya sudah ada beberapa perubahan jadwal." / '"...," katanya')
    if k > 1 and (_opens_with_pronoun(ctx, ends[k], ends[k + 1]) or not _names_in(ctx, ends[k], ends[k + 1])):
        k -= 1
    start, end = ends[k], ends[k + 1]
    if any(start <= h.position < ends[-1] and h.is_person for h in d.history) or _recaps(ctx, start, end):
        return ""  # '"...," kata Jubir KPK Budi Prasetyo.': a speaker of that sentence's words, no new subject
    likewise = _likewise_agent(ctx, d, start, end)
    if likewise:
        return likewise  # "Hal senada diungkapkan Trias (25), ..." / '"...," ujarnya'
    subject = _opening_subject(ctx, d, start, end, ctx.config.subject_max_words)
    if not subject or any(d.expand(clean_name(text)) == subject for _, text in _names_in(ctx, 0, start)):
        return ""
    words = _CAPITALISED.findall(ctx.text, c.start, c.end)  # "Pak Mensos": the minister, by office
    named = {d.expand(w).lower() for w in words} | {_office_holder(ctx, w).lower() for w in words}
    found = next(((at, text) for at, text in _names_in(ctx, start, end)
                  if d.expand(clean_name(text)) == subject), None)
    if subject.lower() in named or found is None or not _introduces_person(ctx, start, *found):
        return ""
    same_paragraph = "\n" not in ctx.text[found[0]:c.start]  # brought in without a speech verb, then quoted
    return subject if same_paragraph or _takes_the_floor(ctx, found[0] + len(found[1]), ends[-1]) else ""


def _likewise_agent(ctx: ArticleContext, d: Discourse, start: int, end: int) -> str:
    """The agent of a passive cue whose subject is ``Hal senada``, ``Hal yang sama`` (``[matter_nouns]``,
    ``[likeness_words]``) in ``text[start:end]``: news brings in the next voice so, then gives their words."""
    head = ctx.text[start:end].lower().split()[:4]
    if not any(w.strip(",") in ctx.lex.words["matter_nouns"] for w in head):
        return ""  # most sentences: no "hal" among their first words, no tokenizing
    words = [t.lower for t in _without_connectives(ctx, tokenize(ctx.text, start, end)) if t.is_word]
    if len(words) < 3 or not likeness_length(words, ctx.lex):
        return ""
    return _passive_agent(ctx, d, start, end)


def _recaps(ctx: ArticleContext, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with the writer's recap of earlier events (``Sebagaimana diketahui,``,
    ``[background_openers]``)? Whoever it names is background, not the next voice."""
    opening = " ".join(ctx.text[start:end].lower().replace(",", " ").split()[:3])
    return any(opening.startswith(o) for o in ctx.lex.words["background_openers"])


def _takes_the_floor(ctx: ArticleContext, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a speech verb or a verb of taking the floor (``[stance_verbs]``:
    ``merespons``, ``mengapresiasi``, ``angkat bicara``)?"""
    stance = ctx.lex.words["stance_verbs"]
    return any((low := w.strip(".,;:!?\"'“”").lower()) in ctx.lex.cues or low in stance
               for w in ctx.text[start:end].split())


_AGE = re.compile(rf"^ {AGE_IN_BRACKETS}")  # "Irwansyah (51),": a person's age after the name
_AGE_SET_OFF = re.compile(r"^, \d{1,3} tahun,")  # "Pedagang lain, Yudha, 25 tahun, mengatakan"
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Z.]+\s*\)")


def _introduces_person(ctx: ArticleContext, start: int, at: int, name: str) -> bool:
    """Is ``name``, written at ``at``, a person brought in as the clause's subject: after nothing but
    connectives, a role, or a noun and ``bernama`` in its clause (``Dari sisi ..., Marfan Trihartiko``, ``JPU
    KPK Eko Wahyu``, ``ASN lainnya bernama Liza``), and not followed by a bracketed acronym (``Indonesia
    Presidential Studies (IPS)``, a suspect's initials ``Iswan Ibrahim (ISW)``)? Not ``Seperti RSUD Siti
    Fatimah``, a hospital."""
    if _BRACKETED_ACRONYM.match(ctx.text, at + len(name)):
        return False
    clause = re.split(r"[,;:]", ctx.text[start:at])[-1].split()
    connectives = ctx.lex.words["leading_connectives"]
    while clause and clause[0].lower() in connectives:
        clause = clause[1:]
    return not clause or role_words_ok(clause, ctx.lex) or clause[-1].lower() in ctx.lex.words["name_introducers"]


def _subject_before(ctx: ArticleContext, d: Discourse, pos: int) -> str:
    """The person the sentence before ``pos``'s sentence opens with (within its first words,
    outside the quotes read so far): ``ia`` at the start of the next clause takes up the
    subject, not the speaker of an earlier quote nor the last name (``Prof Henry Indraguna
    angkat bicara ... menyeret nama Menteri Bahlil. Ia menilai ...``). A pronoun inside its
    sentence takes up that sentence's own opening subject first."""
    ends = _sentence_starts(ctx, pos)
    if len(ends) < 2:
        return ""  # no sentence ends within the window
    if ctx.text[ends[-1]:pos].strip():  # "Musk mengutip jajak pendapat, ..., di mana dia menanyakan"
        own = _opening_subject(ctx, d, ends[-1], pos, max_words=0)  # not "Setelah Lisa ditetapkan, pihaknya"
        if own:
            return own
    start = ends[-2]
    return _opening_subject(ctx, d, start, ends[-1], ctx.config.subject_max_words) or \
        _role_holder_opening(ctx, d, start, ends[-1]) or _initials_opening(ctx, start, ends[-1]) or \
        _passive_agent(ctx, d, start, ends[-1]) or _earlier_subject(ctx, d, ends)


def _passive_agent(ctx: ArticleContext, d: Discourse, start: int, end: int) -> str:
    """The person ``text[start:end]`` brings in as the agent of a ``di-`` passive (``Pengumuman tersangka itu
    dikonfirmasi oleh Kasubdit I ... Kombes Rizki Agung Prakoso, Minggu. Dia menyebut ...``; ``Hal serupa
    disampaikan warga lainnya, Irwan. Menurut dia, ...``): a sentence whose subject is no person hands ``dia``
    to the one who did what it reports."""
    toks = tokenize(ctx.text, start, end)
    verb = next((i for i in range(len(toks) - 1) if _passive_with_agent(ctx, toks[i].lower, toks[i + 1])), None)
    if verb is None or _opens_with_pronoun(ctx, start, end) or \
            any(t.lower in ctx.lex.words["relative"] or t.lower in ctx.lex.cues for t in toks[:verb]):
        return ""  # "Adapun tema yang dibahas oleh X", "Dia mengatakan ... dicapai oleh pemerintahan X"
    if any(not _in_read_quote(d, pos) for pos, _ in _names_in(ctx, start, toks[verb].start)):
        return ""  # "... sejak Firli bersama empat pimpinan lainnya dilantik oleh Presiden Joko Widodo": the one
        # the passive is about is named, the agent is no subject
    named = [(pos, name) for pos, name in _names_in(ctx, toks[verb].end, end) if not _in_read_quote(d, pos)]
    return d.expand(clean_name(named[0][1])) if named else ""


def _passive_with_agent(ctx: ArticleContext, verb: str, after: Tok) -> bool:
    """Does a ``di-`` passive with its agent start at ``verb``: followed by ``oleh``, or a passive speech verb
    followed by the agent itself, a name, a role or a person's noun (``Hal serupa |disampaikan| warga lainnya,
    Irwan``; not ``Hal tersebut disampaikan pada audiensi dengan Wali Kota ...``)?"""
    if not (PASSIVE_PREFIX.match(verb) and verb.startswith("di")):
        return False
    if after.lower in ctx.lex.words["agent_markers"]:
        return True
    cue = ctx.lex.cues.get(verb)
    return cue is not None and cue.kind == "passive" and after.is_word and (
        after.is_cap or after.lower in ctx.lex.words["person_nouns"] or after.lower in ctx.lex.words["group_nouns"]
        or role_words_ok([after.text], ctx.lex))


def _earlier_subject(ctx: ArticleContext, d: Discourse, ends: list[int]) -> str:
    """The person opening a sentence further back, when the sentences between name nobody and no one has
    spoken since (``Dolfie juga menyoroti ... . Padahal, narasi penghematan ... . Ia mempertanyakan``):
    ``ctx.config.subject_back_sentences`` sentences at most, never before the latest speaker's words."""
    said = d.history[-1].end if d.history else 0
    for k in range(len(ends) - 3, max(-1, len(ends) - 3 - ctx.config.subject_back_sentences), -1):
        start, end = ends[k], ends[k + 1]
        if k == 0 and start > 0 or start < said or _opens_with_pronoun(ctx, start, end) or \
                _names_in(ctx, end, ends[-1]):
            return ""  # ends[0] is the window's edge, no sentence start (but for the article's first sentence)
        found = _opening_subject(ctx, d, start, end, ctx.config.subject_max_words)
        if found:
            return found
    return ""


def _role_holder_opening(ctx: ArticleContext, d: Discourse, start: int, end: int) -> str:
    """The person whose role, written without a name, opens ``text[start:end]`` (``Menteri Pertahanan Ukraina
    menolak ...`` after ``Menteri Pertahanan Ukraina Oleksii Reznikov``): a pronoun in the next sentence takes
    up that person; not a role inside words already read as someone's statement (``Presiden, sambung Nila,
    meminta ...``)."""
    toks = _without_connectives(ctx, tokenize(ctx.text, start, end))
    np = np_from_left(toks, ctx.lex)
    words = [t.text for t in np]
    if not words or not words[0][:1].isupper() or not role_words_ok(words, ctx.lex) or _in_read_quote(d, np[0].start):
        return ""
    if any(at < np[-1].end for at, _ in _names_in(ctx, start, end)):
        return ""  # the role introduces a name: the names decide
    return ctx.holder_of.get(" ".join(words).lower(), "")


def _initials_opening(ctx: ArticleContext, start: int, end: int) -> str:
    """The initials of a person named by their role and initials opening ``text[start:end]`` (``Sementara
    tersangka M memohon maaf ...``: ``[initial_roles]``), whom a pronoun in the next sentence takes up."""
    toks = _without_connectives(ctx, tokenize(ctx.text, start, end))
    if len(toks) > 2 and toks[0].lower in ctx.lex.words["initial_roles"] and _INITIALS_ONLY.fullmatch(toks[1].text):
        return toks[1].text
    return ""


_INITIALS_ONLY = re.compile(r"[A-Z]{1,3}")


def _clause_start(ctx: ArticleContext, pos: int) -> int:
    """Where to look back from ``pos`` for what a plural pronoun takes up: the start of ``pos``'s sentence when
    words stand before ``pos`` in it, else of the sentence before (within the carry window)."""
    ends = _sentence_starts(ctx, pos)
    return ends[-2] if len(ends) > 1 and not ctx.text[ends[-1]:pos].strip() else ends[-1]


def _group_before(ctx: ArticleContext, d: Discourse, pos: int, any_group: bool = True) -> str:
    """What a plural pronoun at ``pos`` takes up instead of the one person who spoke last: the group opening
    the sentence before, a pair named there, else (with ``any_group``) the first group or organisation it
    names. A sentence
    that itself opens with a plural pronoun passes the question to the one before it (``sejumlah warga
    melaporkan ... Mereka merasa tertipu ... Mereka menduga ...``)."""
    start, end = _clause_start(ctx, pos), pos
    if start > 0 and _opens_with_plural_pronoun(ctx, start, end):
        start, end = _clause_start(ctx, start), start
    group = _group_in(ctx, d, start, end, any_group)
    if not group and any_group and end == pos and start > 0:  # "Dalam surat itu, mereka menilai": past the
        group = _group_in(ctx, d, _clause_start(ctx, start), start, any_group)  # adjunct, the sentence before
    return group


def _group_in(ctx: ArticleContext, d: Discourse, start: int, end: int, any_group: bool) -> str:
    """The group opening ``text[start:end]``, a pair named there, else (with ``any_group``) the first group
    or organisation it names; ''. A dateline is left out: its outlet (``JAKARTA, KOMPAS.com -``) reports, it is
    no group."""
    dateline = find_dateline(ctx.text[start:end])
    start += dateline[1] if dateline else 0
    return (_group_subject_before(ctx, start, end) or _pair_before(ctx, d, start, end)
            or (_group_named_in(ctx, start, end) if any_group else ""))


def _opens_with_plural_pronoun(ctx: ArticleContext, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open (after its connectives) with ``mereka``/``keduanya``?"""
    toks = _without_connectives(ctx, tokenize(ctx.text, start, end))
    return bool(toks) and toks[0].lower in ctx.lex.words["plural_pronouns"]


def _without_connectives(ctx: ArticleContext, toks: list) -> list:
    """``toks`` without the connectives, sentence adverbs and commas that open a clause before its subject."""
    while toks and (toks[0].lower in ctx.lex.words["leading_connectives"] or toks[0].text == ","):
        toks = toks[1:]
    return toks


def _group_named_in(ctx: ArticleContext, start: int, end: int) -> str:
    """The first group (``banyak media dari barat``, ``sejumlah massa aksi``) or organisation (``Dikpora``)
    that ``text[start:end]`` names outside a prepositional phrase, or the people an existential introduces
    (``ada masyarakat yang datang``): a group ``mereka`` can take up."""
    toks = tokenize(ctx.text, start, end)
    preps, words = ctx.lex.words["object_preps"], ctx.lex.words
    for i, tok in enumerate(toks):
        if i and toks[i - 1].lower in preps:
            continue
        org = _org_at(ctx, tok.start)
        if org:
            return org
        if i and toks[i - 1].lower in words["existentials"] and tok.text.isalpha() and tok.text.islower() and \
                i + 1 < len(toks) and toks[i + 1].lower in words["relative"]:
            return tok.text  # "selalu ada masyarakat yang datang": the people there
        opens = i == 0 or toks[i - 1].text == "," or toks[i - 1].lower in words["leading_connectives"] \
            or toks[i - 1].lower in words["subordinators"]
        if _names_group(toks[i:], ctx, opens):
            return _group_name(toks[i:], ctx)
    return ""


def _org_at(ctx: ArticleContext, pos: int) -> str:
    """The organisation the NER tags at ``pos`` (``NASA``, ``Dikpora``), or ''."""
    return next((e.text for e in ctx.orgs if e.start == pos and e.label == "ORG"), "")


def _group_name(toks: list, ctx: ArticleContext) -> str:
    """The noun phrase opening ``toks`` as a group's name: without its description words and quantifiers
    (``banyak media`` is ``media``)."""
    words = strip_description([t.text for t in np_from_left(toks, ctx.lex)], ctx.lex)
    while len(words) > 1 and words[0].lower() in ctx.lex.words["plural_quantifiers"]:
        words = words[1:]
    return " ".join(words)


def _names_group(toks: list, ctx: ArticleContext, clause_start: bool) -> bool:
    """Do ``toks`` open with a group of people: a lower-case group noun opening a clause (``massa``; not
    ``tenaga guru``), or a plural quantifier before one or before a role (``para pakar``; not ``salah
    satu``, one person)?"""
    words = ctx.lex.words
    low = [t.lower for t in toks[:3] if t.text.isalpha() or "-" in t.text]
    if not low or not toks[0].text.islower():
        return False
    if low[0] in words["group_nouns"]:
        return clause_start
    if low[0] not in words["plural_quantifiers"] or " ".join(low[:2]) in words["singular_openers"] or len(low) < 2:
        return False
    rest = without_role_modifiers(low[1:], ctx.lex)
    return rest[0] in words["group_nouns"] or rest[0] in words["person_nouns"] or role_words_ok(rest, ctx.lex)


def _group_subject_before(ctx: ArticleContext, start: int, end: int) -> str:
    """The group (``Ratusan sopir truk``, ``Massa dari pelaku seni``) or organisation (``NASA``) opening
    ``text[start:end]``, without a quantifier: what ``mereka`` takes up when no one has spoken yet."""
    toks = _without_connectives(ctx, tokenize(ctx.text, start, end))
    if not toks:
        return ""
    org = _org_at(ctx, toks[0].start)
    if org:  # "NASA secara resmi tidak melanjutkan studinya ... Mereka mengaku ..."
        return org
    counted = _counted_people(ctx, toks)
    if counted:
        return counted
    if toks[0].lower not in ctx.lex.words["plural_quantifiers"] and toks[0].lower not in ctx.lex.words["group_nouns"]:
        return ""  # "Massa dari pelaku seni ... menggelar aksi. Mereka menuntut ..."
    return _group_name(toks, ctx)


def _counted_people(ctx: ArticleContext, toks: list) -> str:
    """``Sekitar 40 orang dari Spontanitas Masyarakat Kabupaten Yapen, ...``: a number of people opening the
    sentence (an approximation first, ``[approximators]``) is a group, named by the body they come from when
    ``dari`` and capitalised words follow (``orang`` when not); '' otherwise."""
    k = 1 if toks and toks[0].lower in ctx.lex.words["approximators"] else 0
    if k + 1 >= len(toks) or not toks[k].text.isdigit() or toks[k + 1].lower != "orang":
        return ""
    rest = toks[k + 2:]
    body = []
    if rest and rest[0].lower == "dari":
        for tok in rest[1:]:
            if not (tok.is_word and tok.is_cap):
                break
            body.append(tok.text)
    return " ".join(body) or "orang"


def _pair_before(ctx: ArticleContext, d: Discourse, start: int, end: int) -> str:
    """Two people joined by ``dan`` in ``text[start:end]`` (``Michelle Bowman dan Christopher Waller.
    Keduanya meminta ...``), as one speaker; '' when there are none."""
    pairs = _pairs(ctx, d, _names_in(ctx, start, end))
    return pairs[0] if pairs else ""


def _latest_pair(ctx: ArticleContext, d: Discourse, pos: int) -> str:
    """The last two people joined by ``dan`` within the carry window before ``pos`` (``Polda Metro menemukan
    Bima dan Eko ... . Bima ditemukan di Malang ... . Keduanya mengaku ...``): whom ``keduanya`` counts when
    the sentence before names no pair; ''."""
    names = [(at, text) for at, text in _names_in(ctx, _sentence_starts(ctx, pos)[0], pos)
             if not _in_read_quote(d, at)]
    pairs = _pairs(ctx, d, names)
    return pairs[-1] if pairs else ""


def _pairs(ctx: ArticleContext, d: Discourse, names: list[tuple[int, str]]) -> list[str]:
    """Each two names in a row joined only by a conjunction, as one speaker (``Bima dan Eko``), in text order."""
    return [f"{d.expand(clean_name(first))} dan {d.expand(clean_name(second))}"
            for (a, first), (b, second) in zip(names, names[1:], strict=False)
            if ctx.text[a + len(first):b].strip().lower() in ctx.lex.words["conjunctions"]]


def _opening_subject(ctx: ArticleContext, d: Discourse, start: int, end: int, max_words: int) -> str:
    """The person whose full name opens the sentence ``text[start:end]`` after at most ``max_words``
    words (see :func:`_subject_before`). A sentence opening with a pronoun (``Dia mengatakan ...
    pemerintahan Prabowo``) keeps the person it refers to: no new subject."""
    if _opens_with_pronoun(ctx, start, end):
        return ""
    for at, text in _names_in(ctx, start, end):
        if _in_read_quote(d, at) or _passive_cue_after(ctx, at + len(text)):
            continue  # "Musk juga disebut Trump ...": the one who said it is the agent, not Musk
        before = ctx.text[start:at].split()
        if _closes_verbless_sentence(ctx, before, at + len(text), end):
            continue  # "Selain itu juga Menteri Sekretaris Negara Sudi Silalahi.": one more name in a list
        if _in_fronted_subordinate(ctx, before, at + len(text), end) or _in_fronted_topic(ctx, before, at + len(text)):
            continue  # "Sebelum ditunjuk Jokowi menjadi menteri, Yasonna duduk ...": not the main subject
        credited = bool(max_words) and _credits_name(before, ctx.lex.words["credit_phrases"])
        if _after_blocker(before, ctx.lex.words["subject_blockers"], ctx.lex.words) or (
                _inside_object(before, ctx) and not credited):  # "Peringatan juga datang dari ekonom ... X"
            continue
        relation = _relational_start(before)
        if relation is not None:  # "Kuasa hukum Hendrogiarto menyinggung ...": the lawyer is the subject
            if ctx.text.startswith(", ", at + len(text)):
                continue  # "Kuasa hukum Bambang Tri, Pardiman, menganggap": the name set off after it
            after = ctx.text[at + len(text):at + len(text) + 20].split()[:1]
            if after and after[0].lower().strip(",") in ctx.lex.words["determiners"]:
                return ""  # "mantan istri Ivan Fadilla itu menilai": someone the passage already named
            # the relational role and the name it is held towards, as written mid-sentence
            return " ".join([before[relation].lower(), *before[relation + 1:], clean_name(text)])
        name = d.expand(clean_name(text))
        if len(name.split()) < 2:
            name = ctx.expand(name)  # "Bahlil", whom the article names in full elsewhere
        role_only = bool(max_words) and _role_words_only(ctx.text[start:at], ctx)
        full = _full_person_name(ctx, name) or _opening_known_person(ctx, d, name, before) or \
            _apposed_person(ctx, at + len(text)) or (  # "ASN lainnya |bernama| Liza"
                bool(before) and before[-1].lower() in ctx.lex.words["name_introducers"]) or \
            bool(_AGE.match(ctx.text[at + len(text):at + len(text) + 8])) or (  # "Pedagang lain, Walidi (34) ..."
                role_only and before[-1].endswith(","))  # "Ketua DAD Kabupaten Sambas, Boni sangat mendukung"
        if not full and role_only:
            continue  # "Sekretaris ... (LBH AP) |Pimpinan| Pusat Muhammadiyah Ikhwan Fahrojih": the model's stray word
        return name if full and (len(before) <= max_words or role_only or credited) else ""
    return ""


def _closes_verbless_sentence(ctx: ArticleContext, before: list[str], after: int, end: int) -> bool:
    """Does a name close a sentence with no verb before it (``Selain itu juga Menteri Sekretaris Negara Sudi
    Silalahi.``: who else was there)? Such a sentence adds a name to a list; it brings in no subject."""
    if ctx.text[after:end].strip().strip(".!?\"'”’"):
        return False
    words = [w.strip(",;:").lower() for i, w in enumerate(before) if i == 0 or w[:1].islower()]  # "|Menjelang|
    # petang nanti, detikSore |akan| kedatangan ..., Zie Baraba."
    return not any(is_predicate(w, ctx.lex) or w in ctx.lex.predicate_markers for w in words)


def _in_fronted_topic(ctx: ArticleContext, before: list[str], after: int) -> bool:
    """Does a name stand in a topic or addition phrase opening the sentence and closed by a comma right after it
    (``|Tak hanya Agun|, pengacara Rudi Alfonso juga mendatangi ...``)?"""
    low = [w.lower() for w in before]
    return not any(w.endswith(",") for w in low) and opens_fronted_topic(low, ctx.lex) and \
        ctx.text.startswith(",", after)


def _in_fronted_subordinate(ctx: ArticleContext, before: list[str], after: int, end: int) -> bool:
    """Does a name stand inside a subordinate clause opening the sentence and closed by a comma (``|Sebelum
    ditunjuk Jokowi menjadi menteri|, Yasonna duduk ...``)?"""
    sub = ctx.lex.words["subordinators"]
    if not before or before[0].lower() not in sub:
        return False
    if not any(w.endswith(",") for w in before):
        return "," in ctx.text[after:end]
    # "Meski aktif berkampanye untuk capres Demokrat, Hillary Clinton, Presiden Barack Obama menyatakan": a
    # name set off inside the subordinate clause, the main clause's subject named after it
    return ctx.text.startswith(",", after) and bool(_names_in(ctx, after, end))


def _inside_object(before: list[str], ctx: ArticleContext) -> bool:
    """Does the name stand inside a noun phrase after its clause's verb (``putusan MK tercoreng oleh tindakan
    hakim konstitusi Anwar Usman``: whose act, not who acts)? A name right after the verb, after ``oleh`` or
    after a role is the verb's agent (``disampaikan Kepala Dinas X``) and stays a subject."""
    clause: list[str] = []
    for w in reversed(before):
        if w.rstrip("\"'”’").endswith((",", ".", ";", ":", "!", "?")):
            break
        clause.insert(0, w)
    verb = max((i for i, w in enumerate(clause) if w[:1].islower() and is_predicate(w, ctx.lex)), default=None)
    if verb is None:
        return False
    between = clause[verb + 1:]
    agent = max((i for i, w in enumerate(between) if w.lower() in ctx.lex.words["agent_markers"]), default=-1)
    between = between[agent + 1:]  # "direspons keras oleh Gubernur Jawa Barat Dedi Mulyadi": the agent
    return bool(between) and not role_words_ok(between, ctx.lex)


def _opening_known_person(ctx: ArticleContext, d: Discourse, name: str, before: list[str]) -> bool:
    """``Dolfie juga menyoroti ...``: a one-word name opening its sentence is its subject when the article
    introduced that person with a role (``Anggota Banggar DPR RI Dolfie OFP``) or quoted them before (``Musk
    menentang keras undang-undang tersebut ... . Dia kemudian berjanji``)."""
    connectives = ctx.lex.words["leading_connectives"]
    opens = all(w.lower().strip(",") in connectives for w in before)
    known = bool(d.roles.get(name)) or any(h.speaker == name and h.is_person for h in d.history)
    return opens and known and name_word(name, load_name_words(), ctx.table.lower_words)


def _apposed_person(ctx: ArticleContext, end: int) -> bool:
    """Is the one-word name ending at ``end`` set off by a comma before who that person is (``Kehangatan juga
    dirasakan Nita, |mahasiswa| asal Siborongborong, ...``: a person noun, a group's noun or a role, or a
    relative clause: ``Jeri, yang menjabat sebagai ...``)? The person's age in brackets may stand between
    (``Irwansyah (51), pedagang kopi ...``)."""
    after = _AGE.sub("", ctx.text[end:end + 60], count=1)
    if not after.startswith(", "):
        return False
    words = after[2:].split()[:3]
    head = words[0].lower().strip(",") if words else ""
    nouns = ctx.lex.words["person_nouns"] | ctx.lex.words["group_nouns"]
    # "Jeri, |yang| menjabat sebagai presiden sementara ..., telah bersumpah": a relative clause set off
    return head in nouns or role_words_ok(words, ctx.lex) or head in ctx.lex.words["relative"]


def _relational_start(before: list[str]) -> int | None:
    """Where a relational role ends the words before a name (``istri Ivan``, ``Kuasa hukum Bambang Tri``: the
    wife, the lawyer is the subject), among the last two; None when there is none."""
    relational = load_name_words().relational
    if not before or before[-1].endswith(","):
        return None
    return next((i for i in range(max(0, len(before) - 2), len(before)) if before[i].lower() in relational), None)


def _credits_name(before: list[str], phrases: frozenset[str]) -> bool:
    """Does a credit phrase (``datang dari``) stand in the words before a name, so that the sentence is about
    that person however late it names them (``Peringatan juga datang dari ekonom ... Syafruddin Karimi``)?"""
    text = f" {' '.join(w.lower().strip(',') for w in before)} "
    return any(f" {phrase} " in text for phrase in phrases)  # phrases of any length, like credits.py reads them


def _opens_with_pronoun(ctx: ArticleContext, start: int, end: int) -> bool:
    """Is the first word of ``text[start:end]`` (after one leading connective) a personal pronoun?"""
    words = [w.strip(",.\"'“”").lower() for w in ctx.text[start:end].split()[:2]]
    if words and words[0] in ctx.lex.words["leading_connectives"]:
        words = words[1:]
    return bool(words) and ctx.lex.references.get(words[0]) == "pronoun"


def _without_opening_adjunct(words: list[str], ctx: ArticleContext) -> list[str]:
    """``Dalam kejadian ini, Ketua SPPG ..., Hana``: the words after an adjunct that opens the sentence and
    ends at its comma (``[adjunct_starts]``)."""
    if not words or words[0].lower() not in ctx.lex.words["adjunct_starts"]:
        return words
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    return words[comma + 1:] if comma is not None else words


def _role_words_only(before: str, ctx: ArticleContext) -> bool:
    """Are the words before a name a capitalised role phrase (``JAKARTA - Sekretaris Lembaga Bantuan Hukum
    dan Advokasi Publik (LBH AP) Pimpinan Pusat Muhammadiyah``, the dateline aside), so that the name is
    still the subject?"""
    dateline = find_dateline(before)
    words = [w.strip("()") for w in before[dateline[1] if dateline else 0:].split() if w.strip("()-–—")]
    words = _without_presentative(_without_opening_adjunct(words, ctx), ctx)
    inner = ctx.lex.words["conjunctions"] | ctx.lex.words["role_linkers"] | ctx.lex.words["place_preps"] | \
        ctx.lex.words["name_inner_words"]  # "Dokter kepala Departemen Urologi |di| ... Hospital |of| ..."
    return bool(words) and role_words_ok(words, ctx.lex) and all(
        w[:1].isupper() or w in inner or w.strip(",") in ctx.lex.roles for w in words)


def _without_presentative(words: list[str], ctx: ArticleContext) -> list[str]:
    """The words without an opening ``Lebih lanjut, ada juga`` (connectives, then ``ada``/``terdapat`` and
    its particles, ``[presentatives]``): the role after them still brings in the subject. Unchanged when no
    presentative opens them."""
    lex_words = ctx.lex.words
    connectives = lex_words["leading_connectives"]
    two_word_openers = lex_words["adverb_openers"] | lex_words["leading_phrases"]  # "Lebih lanjut"
    low = [w.lower().strip(",") for w in words]
    i = 0
    while i < len(low) and (low[i] in connectives or " ".join(low[i:i + 2]) in two_word_openers):
        i += 1 if low[i] in connectives else 2
    if i >= len(low) or low[i] not in lex_words["presentatives"]:
        return words
    i += 1
    while i < len(low) and low[i] in lex_words["cue_adverbs"]:
        i += 1
    return words[i:]


def _full_person_name(ctx: ArticleContext, name: str) -> bool:
    """Two name words or more, none an organisation's (a full name, not a stray word nor ``Dinas Kesehatan``
    the model took for a person)."""
    words = load_name_words()
    parts = [w.rstrip(".") for w in name.split() if w != "."]  # "M. Tauhid Hamdi": an initial
    names = parts[:-1] if len(parts) >= 2 and _INITIALS.fullmatch(parts[-1]) else parts  # "Dolfie OFP"
    return len(parts) >= 2 and all(name_word(w, words, ctx.table.lower_words) for w in names)


_INITIALS = re.compile(r"[A-Z]{2,4}")  # initials that end a name (Mahfud MD, Dolfie OFP)


# a capitalised word, not the second half of a hyphenated one; after a dateline's dash it opens the lead
# ("BEKASI, KOMPAS.com -Irwansyah (51), pedagang kopi ...")
_CAPITALISED = re.compile(r"(?:(?<![\w-])|(?<=\s-))[A-Z][\w'-]+")


def _names_in(ctx: ArticleContext, start: int, end: int) -> list[tuple[int, str]]:
    """Person names between ``start`` and ``end`` in text order: the NER's, and words the article
    uses elsewhere as a person's name (``Bahlil`` the model missed in this sentence)."""
    found = {e.start: e.text for e in ctx.persons if start <= e.start < end}
    people = person_names(ctx)
    words = load_name_words()
    for m in _CAPITALISED.finditer(ctx.text, start, end):
        covered = any(a <= m.start() < a + len(t) for a, t in found.items())
        if not covered and ctx.full_names.get(m.group().lower()) in people and (
                name_word(m.group(), words, ctx.table.lower_words) or _acts(ctx, m.end())):
            found[m.start()] = m.group()  # never Kemensos, an organisation; "Lalu mengapresiasi" is Lalu
    return sorted(found.items())


def _acts(ctx: ArticleContext, end: int) -> bool:
    """Is the word after ``end`` a verb, so that a person's name that is also a common word (``Lalu``, a
    Sasak title and "then") is that person acting (``Lalu mengapresiasi ...``), not the word?"""
    nxt = ctx.text[end:end + 30].split()[:1]
    return bool(nxt) and is_verb(nxt[0], ctx.lex)


def _passive_cue_after(ctx: ArticleContext, end: int) -> bool:
    """Is one of the two words after a name a passive speech verb (``Musk juga disebut Trump``) or a passive
    of judgment (``posisi Trump dinilai Phillips``, ``[judged_passives]``)?"""
    for word in ctx.text[end:end + 40].split()[:2]:
        low = word.lower().strip(",.")
        cue = ctx.lex.cues.get(low)
        if cue is not None and cue.kind == "passive" or low in ctx.lex.words["judged_passives"]:
            return True
    return False


def _after_blocker(before: list[str], blockers: frozenset[str], words: Mapping[str, frozenset[str]]) -> bool:
    """Whether a name follows a blocker in its clause: the title words right before it
    skipped, one of the next two lower-case words is one (``dengan Wali Kota X``), or the name is
    the agent inside a relative clause (``tema yang dibahas oleh Novel Baswedan``; not ``Hal yang
    sama disampaikan Idham``, whose verb is the sentence's). A credit (``Peringatan juga datang dari ekonom
    ... Syafruddin Karimi``, ``[credit_phrases]``) makes the name the one the next sentence is about."""
    lower: list[str] = []
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w.endswith((",", ".", ";", ":")):  # a clause boundary before the name
            break
        if not w[:1].islower():
            if lower:  # a capital word before the lower-case ones: another phrase
                break
            continue
        if not lower and k > 0 and before[k - 1][:1].isupper() and (k > 1 or w.lower() in words["conjunctions"]):
            continue  # "Menteri Energi |dan| Sumber Daya Mineral (ESDM) Bahlil": inside the role's name (not
            # after a sentence's capitalised first word: "Senada |dengan| Deddy")
        lower.append(w.strip("\"'()"))
        if len(lower) == 3:
            break
    agent_in_relative = len(lower) == 3 and lower[0] in words["agent_markers"] and lower[2] in words["relative"]
    credited = _credits_name(lower[::-1], words["credit_phrases"])
    return not credited and (any(w in blockers for w in lower[:2]) or agent_in_relative)


def _in_read_quote(d: Discourse, pos: int) -> bool:
    """Whether ``pos`` is inside a quote read so far (a name there is what was said, not who)."""
    return any(h.position <= pos < h.end for h in d.history)


def _goes_on_after(ctx: ArticleContext, d: Discourse, prev: Said, c: Candidate) -> bool:
    """``"...," tulis pernyataan Kemlu Israel. "...," tambahnya.``: a clitic on the cue after the next quotation
    goes on with the organisation whose quotation came last, when no person is named in between."""
    m = c.mention
    return m is not None and m.kind == "clitic" and c.quote_type == "direct" and m.start > c.start and \
        prev is d.last_direct and prev.end <= c.start and not _names_in(ctx, prev.end, c.start)


def _latest_person_named(ctx: ArticleContext, d: Discourse, pos: int) -> str:
    """The fullest name of the last person named before ``pos`` outside the quotes read so far (the NER's
    names, and a name the model missed here that the article gives a person elsewhere: ``disampaikan
    Purbaya``)."""
    named = [(at, text) for at, text in _names_in(ctx, 0, pos) if at + len(text) <= pos and not _in_read_quote(d, at)]
    while len(named) > 1 and _accompanies(ctx, named[-2], named[-1][0]):
        named.pop()  # "Bupati Soekirman didampingi Wakil Bupati Darma Wijaya meresmikan ...": the subject
    return d.expand(clean_name(named[-1][1])) if named else ""


def _accompanies(ctx: ArticleContext, before: tuple[int, str], at: int) -> bool:
    """Is the name at ``at`` brought in as a companion (``[companion_words]``) of the name ``before`` in the same
    sentence (``Soekirman didampingi Wakil Bupati |Darma Wijaya|``)?"""
    between = ctx.text[before[0] + len(before[1]):at]
    if _SENTENCE_END.search(between):
        return False
    words = [w.strip(",").lower() for w in between.split()]
    return bool(words) and words[0] in ctx.lex.words["companion_words"]


def description(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """``pejabat itu``, ``sang menteri``: the latest speaker described so, else the role's holder."""
    m = c.mention
    if m is None or m.kind != "description":
        return None
    called = _called_person(ctx, d, m)
    if called:  # "pria yang karib disapa Djanur": the person of that nickname
        return Resolution(called, d.roles.get(called, ""), "description")
    head = without_role_modifiers(m.name.lower().split(), ctx.lex)  # "mantan menteri itu": menteri
    refers_back = m.text.split()[-1].lower() in ctx.lex.words["determiners"]  # "beleid tersebut", not a name
    document = _document_named_before(ctx, m.start) if refers_back and head[:1] and \
        head[0] in ctx.lex.words["document_nouns"] else ""
    if document:  # "bunyi beleid tersebut": the regulation named before
        return Resolution(document, "", "description", is_person=False)
    if head and head[0] in ctx.lex.words["organisation_nouns"]:
        org = _organisation_opening_before(ctx, m.start)  # else the noun alone, an unnamed organisation
        return Resolution(org or head[0], "", "description", is_person=False)
    low = m.name.lower().split()  # "mantan KSPN Kemiling Polda Lampung itu": a former post is held by a person
    personal = bool(head) and (_person_head(ctx, head[0]) or low[0] in ctx.lex.words["role_modifiers"])
    current = _current_speaker(ctx, d, m, c) if personal else None
    if current is not None and not _other_rank(ctx, current.role, head):
        return Resolution(current.speaker, current.role, "description")
    for h in reversed(d.history):
        if h.position <= m.start and head and head[0] in f"{h.speaker} {h.role} {h.mention}".lower() and \
                _fits_proper_words(ctx, m, h):
            return Resolution(h.speaker, h.role, "description")
    holder = _holder(ctx, m.name)
    if holder and not _named_before(ctx, d, holder, m.start):
        holder = ""  # "Anggota AJI ini": someone named before, not "Anggota AJI lainnya, Arin" further on
    holder = holder or _recent_person_with_role(ctx, d, head, m.start)
    if not holder and personal and head[0] not in ctx.lex.words["group_nouns"]:
        # "politisi PKB ini", "sang menteri": a person described by a role the article did not tie to a
        # name is the person the passage is about: the one opening the sentence before when nobody is named
        # after them (as for "ia"), else the latest person who spoke, else the latest named ("... yang
        # dilakukan Sri Mulyani. Sang Bendahara mengakui": the minister named last)
        prev = d.latest(m.start, person=True)
        latest = _latest_person_named(ctx, d, min(m.start, c.start))  # not one the quotation names
        subject = _subject_before(ctx, d, min(m.start, c.start))  # '"...," kata pemimpin partai itu': the
        # subject of the sentence before the quotation
        after_quote = prev is None and m.start > c.start  # '"...," kata atlet berusia 21 tahun tersebut' before
        # anyone spoke: the one the narration before is about, not a name in its object (the opponent)
        holder = subject if subject and (subject == latest or after_quote) else (
            prev.speaker if prev and prev.is_person else latest)
        if holder and _names_part_of(m.text, holder):
            holder = ""  # "mantan istri Ivan Fadilla itu" is never Ivan Fadilla
    if holder:
        return Resolution(holder, d.roles.get(holder, ""), "description")
    if head and head[0] in ctx.lex.words["group_nouns"]:  # "warga yang sedang mengungsi di ... itu": the
        return Resolution(head[0], "", "description", is_person=False)  # group, never the person named last
    return Resolution(m.name, "", "description")


DOCUMENT_WINDOW = 3000  # characters before a "beleid tersebut" in which the document it means is named
_NAME_PART = re.compile(r"[A-Z0-9][\w/.-]*$|[()]$")  # "Nomor", "79", "RAPBN", "(Perpres)"


def _fits_proper_words(ctx: ArticleContext, m: Mention, h: Said) -> bool:
    """Does a speaker fit a description's proper words (``Golkar`` of ``Ketua Umum Partai Golkar itu``:
    capitalised, no role, title or organisation word)? Only a role with proper words of its own, none of
    them the description's, rules the speaker out (``Ketua Umum PDIP``); a role without any fits (a
    ``politikus Partai Golkar ini`` may be the minister who spoke)."""
    names = load_name_words()
    common = names.role_words | names.roles | ctx.lex.org_words
    wanted, held = _proper_words(m.name.split()[1:], common), _proper_words(f"{h.role} {h.mention}".split(), common)
    said = f"{h.speaker} {h.role} {h.mention}".lower().split()
    initials = {"".join(w[0] for w in said[i:i + n]) for n in (2, 3, 4) for i in range(len(said) - n + 1)}
    # "pejabat AS tersebut": the "pejabat senior Amerika Serikat" who spoke
    return not wanted or not held or any(w in said or w in initials for w in wanted)


def _proper_words(words: list[str], common: frozenset[str]) -> set[str]:
    """The capitalised words that are not ``common`` (role, title or organisation words): a party's, a place's
    name."""
    return {w.lower() for w in words if w[:1].isupper() and w.lower() not in common}


def _document_named_before(ctx: ArticleContext, pos: int) -> str:
    """The document named last before ``pos`` (``[document_heads]``: ``Peraturan Presiden (Perpres) Nomor 79
    Tahun 2025``), up to the first lower-case word of its title (``tentang ...`` is left out); '' when none is
    named there."""
    toks = tokenize(ctx.text, max(0, pos - DOCUMENT_WINDOW), pos)
    start = _document_head_before(toks, ctx.lex.words["document_heads"])
    if start is None:
        return ""
    joins = ctx.lex.words["conjunctions"]  # "Buku Nota Keuangan |dan| RAPBN 2026"
    end = start + 1
    while end < len(toks) and (_NAME_PART.match(toks[end].text) or toks[end].lower in joins and
                               end + 1 < len(toks) and toks[end + 1].is_cap):
        end += 1
    while end > start + 1 and toks[end - 1].text == "(":
        end -= 1
    return ctx.text[toks[start].start:toks[end - 1].end]


def _document_head_before(toks: list, heads: frozenset[str]) -> int | None:
    """Index of the first word of the last document name among ``toks`` (``Buku (II) Nota Keuangan``: at
    ``Buku``), or None."""
    start = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].is_cap and toks[i].lower in heads
                  and i + 1 < len(toks) and toks[i + 1].text[:1].isupper()), None)
    while start is not None and start > 0 and (toks[start - 1].is_cap and toks[start - 1].lower in heads or
                                               start > 1 and toks[start - 1].text.isupper() and
                                               toks[start - 2].is_cap and toks[start - 2].lower in heads):
        start -= 1
    return start


def _current_speaker(ctx: ArticleContext, d: Discourse, m: Mention, c: Candidate) -> Said | None:
    """``Try menuturkan ... . "...," ujar Purnawirawan Jenderal itu``: a description closed by a determiner
    right after a person's statement in the sentence before is that person, described anew (news varies how
    it names the one speaking), even when the article gave them another role; None otherwise."""
    words = m.text.lower().split()
    prev = d.latest(m.start, person=True)
    if len(words) < 2 or words[-1] not in ctx.lex.words["determiners"] or prev is None or not prev.is_person \
            or prev.position > m.start:
        return None
    starts = _sentence_starts(ctx, min(m.start, c.start))
    return prev if len(starts) > 2 and prev.end >= starts[-2] else None


def _other_rank(ctx: ArticleContext, role: str, head: list[str]) -> bool:
    """Does ``role`` hold a rank and the description another (``Marsekal Muda Purnawirawan`` for ``Purnawirawan
    Jenderal itu``)? Then the description means someone else."""
    ranks = {w for r in ctx.lex.ranks for w in r.split()}
    held = {w.rstrip(".") for w in role.lower().split()} & ranks
    return bool(held) and head[0] in ranks and head[0] not in held


def _organisation_opening_before(ctx: ArticleContext, pos: int) -> str:
    """The capitalised name opening the sentence before ``pos``'s (after connectives), which a description
    such as ``Media sayap kiri Israel itu`` takes up: an organisation, never a person's full name nor a
    role; '' when none."""
    ends = _sentence_starts(ctx, pos)
    if len(ends) < 2 or len(ends) == 2 and ends[0] > 0:  # ends[0] is the window's edge, or the text's start
        return ""
    start = ends[-2]
    dateline = find_dateline(ctx.text[start:ends[-1]])  # "NEW YORK, KOMPAS.com - Trump Organization telah ..."
    start += dateline[1] if dateline else 0
    toks = _without_connectives(ctx, tokenize(ctx.text, start, ends[-1]))
    comma = next((i for i, t in enumerate(toks[:8]) if t.text == ","), None)
    if comma and all(t.is_word and not t.is_cap for t in toks[1:comma]):
        toks = toks[comma + 1:]  # "Terlepas dari itu, Ikatan Dokter Indonesia (IDI) menolak ...": past the adjunct
    np = np_from_left(toks, ctx.lex)
    words = [t.text for t in np]
    if not words or not all(w[:1].isupper() for w in words) or role_words_ok(words, ctx.lex) or \
            _full_person_name(ctx, " ".join(words)):
        return ""
    return " ".join(words)


def _names_part_of(description: str, person: str) -> bool:
    """Does the description name ``person`` (or a word of their name) inside it (``istri |Ivan Fadilla| itu``)?"""
    words = set(description.split())
    return any(w in words for w in person.split())


def _person_head(ctx: ArticleContext, head: str) -> bool:
    """Does a description's head noun name a person's role (``politisi``, ``menteri``, ``pejabat``) or a
    relation (``mantan istri Ivan Fadilla itu``)?"""
    words = load_name_words()
    if head in ctx.lex.words["person_nouns"] or head in ctx.lex.words["owner_nouns"] or \
            head in words.relational or head in words.role_acronyms:
        return True  # "Pria yang akrab disapa Ara ini", "Taipan SpaceX dan Tesla itu", "Mantan Mendikbud ini"
    return any(r.split()[0] == head for r in ctx.lex.roles) and head not in ctx.lex.org_words


def role_holder(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """A bare role (``Menteri Luar Negeri Rusia``): the person the article names for it; never for a
    group (``para analis``) nor an indefinite one (``seorang pejabat``)."""
    m = c.mention
    opener = m.text.split()[0].lower() if m is not None and m.text.split() else ""
    if m is None or m.kind != "role" or opener in ctx.lex.words["plural_quantifiers"] or \
            opener in ctx.lex.words["indefinite_openers"]:  # "seorang pejabat": not the one the article names
        return None
    holder = _holder(ctx, m.name)
    if holder and len(m.name.split()) < 2 and m.name.lower() not in load_name_words().role_acronyms and \
            not _named_before(ctx, d, holder, m.start):  # (an office's short form, "Mendag", names one office)
        holder = ""  # "kata presiden" before "pencalonan presiden independen pengusaha Ross Perot"
    if not holder:
        holder = _latest_holder_of_head(ctx, d, m)  # "Karo" of two: the role says which, so give it whole
        return Resolution(holder, d.roles.get(holder) or m.role, "role_holder") if holder else None
    if len(m.role) > len(d.roles.get(holder, "")):
        d.roles[holder] = m.role
    return Resolution(holder, m.role, "role_holder")


def _named_before(ctx: ArticleContext, d: Discourse, person: str, pos: int) -> bool:
    """Does the article name ``person`` before ``pos`` (or in the paragraph it stands in)? A bare role head
    takes up someone already introduced, not a holder the article names only further on (a lead's full role,
    ``Menteri Luar Negeri Rusia mengabaikan ...``, may still name the person of the next paragraph)."""
    end = ctx.text.find("\n", pos)
    end = len(ctx.text) if end < 0 else end
    return any(d.expand(clean_name(e.text)) == person for e in ctx.persons if e.start < end)


def _latest_holder_of_head(ctx: ArticleContext, d: Discourse, m: Mention) -> str:
    """``Menurut Karo, ...`` in an article with two people whose roles open with ``Karo``: the one named
    last before it. Only a capitalised one-word role: a lower-case ``jaksa`` may be any of a team."""
    words = m.text.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return ""
    return _recent_person_with_role(ctx, d, [words[0].lower()], m.start)


def unnamed(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """A role nobody in the article holds: an unnamed source (``juru bicara militer``)."""
    m = c.mention
    if m is None or m.kind != "role":
        return None
    return Resolution(_common_case(ctx, m.name), m.role, "unnamed")


def source(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """An organisation, agency or group as written."""
    m = c.mention
    if m is None or m.kind != "source":
        return None
    initials = described_initials(ctx).get(m.name.lower())
    if initials:  # "ujar pengemudi Pajero" after "pengemudi Pajero berinisial AR (37)"
        return Resolution(initials, m.name, "source", is_person=True)
    return Resolution(_common_case(ctx, _whole_listed_name(ctx, m.name)), "", "source")


_TAIL_AND_SHORT_FORM = re.compile(r"^(.+?) \(([A-Z][A-Za-z]{1,9})\)(.*)$")


def _whole_listed_name(ctx: ArticleContext, name: str) -> str:
    """``Klimatologi dan Geofisika (BMKG) Bandung`` -> ``Badan Meteorologi, Klimatologi dan Geofisika (BMKG)
    Bandung``: a body's name that lists its fields with commas, cut at the first comma by the clause before the
    cue, whole again when its short form stands for the whole (the article's ``NAME (ALIAS)``)."""
    m = _TAIL_AND_SHORT_FORM.match(name)
    full = ctx.full_names.get(m.group(2).lower(), "") if m else ""
    if not m or "," not in full or not full.endswith(m.group(1)) or full == m.group(1):
        return name
    return f"{full} ({m.group(2)}){m.group(3)}"


def body(c: Candidate, ctx: ArticleContext, d: Discourse) -> Resolution | None:
    """A bare noun for a kind of body (``Militer``, ``Pihak kampus``), however the mention was read: the body
    of that kind the sentence before opened with."""
    m = c.mention
    if m is None or m.kind not in ("name", "source"):
        return None
    taken_up = _body_taken_up(ctx, m)
    return Resolution(taken_up, "", "body", is_person=False) if taken_up else None


def _body_taken_up(ctx: ArticleContext, m: Mention) -> str:
    """``IDF sementara itu juga sudah buka suara ... Militer membantah``: the body opening the sentence before,
    when its name holds a word of the noun's kind or the article writes the noun before its name (``militer
    IDF``); '' otherwise (``Hamas ... Militer mengatakan`` is no Hamas)."""
    words = m.text.lower().split()
    words = words[1:] if words[:1] == ["pihak"] else words
    kind = load_body_nouns().get(" ".join(words))
    if not kind:
        return ""
    opening = _organisation_opening_before(ctx, m.start)
    name = opening.lower().replace("(", " ").replace(")", " ").split()
    if not opening or not (kind & set(name) or f"{' '.join(words)} {opening.lower()}" in ctx.text.lower()):
        return ""
    return opening


def _common_case(ctx: ArticleContext, name: str) -> str:
    """``Pakar``, ``Jaksa``, ``Polisi`` opening a sentence are the common nouns ``pakar``, ``jaksa``,
    ``polisi`` (a person noun, or a word the article writes in lower case): one unnamed source however the
    sentence puts it. ``Jaksa Agung``, ``Kapolres`` and ``Kemenkes`` keep their capitals."""
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].isupper() or any(not w.islower() for w in words[1:]):
        return name
    low = words[0].lower()
    if low in ctx.table.lower_words or low in ctx.lex.words["person_nouns"]:
        return " ".join([low, *words[1:]])
    return name


SIEVES: list[Sieve] = [carry, body, name, pronoun, description, role_holder, unnamed, source]


def _holder(ctx: ArticleContext, role: str) -> str:
    """The person the article names for a bare role (``Menteri Luar Negeri Rusia``)."""
    key = role.lower().strip()
    if not key:
        return ""
    if key in ctx.holder_of:
        return ctx.holder_of[key]
    domestic = _without_home_country(key.split(), ctx.lex)  # "Menlu RI": the Menlu the article named
    if domestic != key.split() and " ".join(domestic) in ctx.holder_of:
        return ctx.holder_of[" ".join(domestic)]
    if len(key.split()) < 2:
        return ""
    for r, holder in ctx.holder_of.items():
        if len(r.split()) >= 2 and (r.startswith(key) or key.startswith(r)):
            return holder
    chiefs = {holder for r, holder in ctx.holder_of.items()
              if r.endswith(" " + key) and all(w in ctx.lex.words["chief_words"] for w in r[:-len(key)].split())}
    return chiefs.pop() if len(chiefs) == 1 else ""  # "Ekonom Bank Mandiri" of "Kepala Ekonom Bank Mandiri"


def _without_home_country(words: list[str], lex: Lexicon) -> list[str]:
    """A role's words without the home country written after it (``menlu ri``: ``[home_country]``)."""
    while len(words) > 1 and words[-1] in lex.words["home_country"]:
        words = words[:-1]
    return words


def _recent_person_with_role(ctx: ArticleContext, d: Discourse, head: list[str], pos: int) -> str:
    """``sang menteri``: the latest person before ``pos`` whose role has the head noun."""
    if not head:
        return ""
    for ent in reversed([e for e in ctx.persons if e.end <= pos]):
        person = d.expand(clean_name(ent.text))
        if head[0] in d.roles.get(person, "").lower().split():
            return person
    return ""


def _org_of(ctx: ArticleContext, d: Discourse, role: str) -> str:
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
                return "" if org.lower() in d.names else org
            return ""
    return ""


def _acronym_of_place(ctx: ArticleContext, speaker: str) -> bool:
    """``BPBD DKI Jakarta``: an acronym of three letters or more and a place the article tags: a body's office."""
    first, _, rest = speaker.partition(" ")
    return len(first) >= 3 and first.isupper() and first.isalpha() and bool(rest) and \
        any(e.label == "LOC" and e.text == rest for e in ctx.orgs)


def _is_person(ctx: ArticleContext, speaker: str, m: Mention | None) -> bool:
    """Could ``ia``/``-nya`` refer to this speaker? Organisations and places cannot."""
    key = speaker.lower()
    words = key.split()
    org_word = any(w in ctx.lex.org_words for w in words) or " ".join(words[:2]) in ctx.lex.org_words
    if speaker.isupper() and _introduced_by_initials(ctx, speaker):
        return True  # "orang tua siswa berinisial S ... S menegaskan ... ," tegasnya"
    if _written_with_age(ctx, speaker):
        return True  # "kata Vatikan (27), pengendara asal Demak": news gives the age of people only
    if speaker.isupper() or org_word and not _first_name_like_org_word(ctx, speaker):
        return False
    if words and words[0].startswith(load_name_words().org_prefixes) or _acronym_of_place(ctx, speaker):
        return False  # "Kemendukbangga mengatakan ...", "BPBD DKI Jakarta terus ...": a body, however tagged
    if any(e.text.lower() == key and _not_a_person_there(ctx, e) for e in ctx.orgs) and \
            not any(e.text.lower() == key for e in ctx.persons):
        return False  # Rusia, Korea Utara, Washington, Kemdiktisaintek (never tagged as a person here)
    if m is not None and m.kind in ("role", "description") and _group(m.text, ctx):
        return False  # "warga meminta ...", "para pengunjuk rasa": a crowd, never "ia" nor "-nya"
    if m is None or m.kind in ("role", "description", "pronoun", "clitic", "name"):
        return True
    return any(key in e.text.lower() for e in ctx.persons)


def _written_with_age(ctx: ArticleContext, name: str) -> bool:
    """Does the article write ``name`` with an age right after it (``Vatikan (27)``, ``_AGE``; ``Yudha, 25
    tahun,``, ``_AGE_SET_OFF``)?"""
    return any(_AGE.match(ctx.text[m.end():m.end() + 8]) or _AGE_SET_OFF.match(ctx.text[m.end():m.end() + 14])
               for m in re.finditer(rf"(?<!\w){re.escape(name)}", ctx.text))


def _not_a_person_there(ctx: ArticleContext, e: Entity) -> bool:
    """An organisation, or a place that holds no office: ``Koordinator Advokasi Jaminan Sosial BPJS Watch,
    Timboel Siregar`` the model took for a place (two words no gazetteer lists, or one set off in commas, after
    a role) is a person."""
    words = tuple(e.text.lower().split())
    one_word_set_off = len(words) == 1 and ctx.text.startswith(",", e.end)  # "Pedagang lain, Yudha, mengatakan"
    if e.label != "LOC" or len(words) < 2 and not one_word_set_off or words in load_name_words().places:
        return True
    before = ctx.text[max(0, e.start - 120):e.start].rstrip()
    if not before.endswith(","):
        return True
    clause = re.split(r"[.!?\n]", before)[-1].split()
    return not any(role_words_ok(clause[k:], ctx.lex) for k in range(len(clause)))


def _introduced_by_initials(ctx: ArticleContext, speaker: str) -> bool:
    """Does the article introduce ``speaker`` (one to three capitals) as someone's initials (``berinisial S``,
    ``inisial MS``: ``[initial_markers]``)?"""
    if not 1 <= len(speaker) <= 3:
        return False
    markers = "|".join(sorted(ctx.lex.words["initial_markers"] | ctx.lex.words["initial_roles"]))
    return re.search(rf"\b(?i:{markers})\s+{re.escape(speaker)}\b", ctx.text) is not None


def _first_name_like_org_word(ctx: ArticleContext, speaker: str) -> bool:
    """``Media Wahyu Askar``: a first name that is also an organisation word, before two or more name words
    (none an organisation's): a person; never an acronym (``KBRI Phnom Penh``)."""
    words = speaker.split()
    names = load_name_words()
    lower = ctx.table.lower_words
    return len(words) >= 3 and not words[0].isupper() and all(
        w.lower() not in ctx.lex.org_words and name_word(w, names, lower) for w in words[1:])


def _group(mention: str, ctx: ArticleContext) -> bool:
    """A crowd or a plural description (``warga``, ``para analis``), not one of them (``seorang warga``)."""
    low = mention.lower().split()
    if not low or low[0] in ctx.lex.words["singular_openers"] or " ".join(low[:2]) in ctx.lex.words["singular_openers"]:
        return False
    return low[0] in ctx.lex.words["plural_quantifiers"] or low[0] in ctx.lex.words["group_nouns"]


def _spelled_out_role(ctx: ArticleContext, d: Discourse, speaker: str, role: str) -> str:
    """``Menag``, ``Menlu RI``: the office as the article spells it out for the speaker (``Menteri Agama``)
    when it does."""
    office = load_name_words().role_acronyms.get(" ".join(_without_home_country(role.lower().split(), ctx.lex)))
    full = d.roles.get(speaker, "")
    return full if office and full.lower().startswith(office) else role


def resolve_one(c: Candidate, ctx: ArticleContext, d: Discourse, sieves: list[Sieve]) -> Quote:
    """Run the sieves over one candidate, record it in the discourse, return its quote."""
    found = next((r for r in (sieve(c, ctx, d) for sieve in sieves) if r is not None), None)
    res = found or Resolution("", "", "")
    res = replace(res, role=_spelled_out_role(ctx, d, res.speaker, res.role))
    m = c.mention
    quote = Quote(start=c.start, end=c.end, text=ctx.text[c.start:c.end], quote_type=c.quote_type,
                  speaker=res.speaker, speaker_mention=m.text if m else "", speaker_role=res.role,
                  speaker_org=_org_of(ctx, d, res.role), cue=c.cue,
                  confidence=c.confidence if res.speaker else ctx.config.confidence["no_speaker"],
                  resolution=res.label(c.how) if found else c.how,
                  speaker_start=m.start if m else -1, speaker_end=m.end if m else -1,
                  cue_start=c.cue_start, cue_end=c.cue_end)
    if res.speaker:
        is_person = res.is_person if res.is_person is not None else _is_person(ctx, res.speaker, m)
        said = Said(c.start, c.end, res.speaker, res.role, m.text if m and m.kind not in ("pronoun", "clitic") else "",
                    is_person)
        d.history.append(said)
        if c.quote_type == "direct":
            d.last_direct = said
    return quote


def resolve(ctx: ArticleContext, cands: list[Candidate], sieves: list[Sieve] | None = None,
            sentences: list[Sentence] | None = None) -> list[Quote]:
    """Quotes of the candidates in reading order (fragments resolved but not reported, nor a passive report
    whose source the context does not give: ``Militer Israel dilaporkan ...`` is the writer's framing)."""
    d = Discourse.start(ctx)
    quotes: list[Quote] = []
    if sentences:
        ctx.indexes["sentence_starts"] = sorted(s.start for s in sentences)
    credits = find_credits(ctx, sentences) if cands and sentences else []
    inside_credit = [(cr.start, cr.end) for cr in credits]  # "Hal ini disampaikan disampaikan Prabowo ...": no quote
    cands = [c for c in cands if not any(a <= c.start < b for a, b in inside_credit)]
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        while credits and credits[0].start <= c.start:
            _apply_credit(credits.pop(0), ctx, d, quotes)
        q = resolve_one(c, ctx, d, SIEVES if sieves is None else sieves)
        if not c.fragment and (q.speaker or not c.needs_speaker):
            quotes.append(q)
    for credit in credits:
        _apply_credit(credit, ctx, d, quotes)
    _credit_forward(ctx, quotes)
    # a report that neither its sentence nor the context credits to anyone is the writer's own framing
    # ("Agar publik yakin pemerintah sungguh mendengar"); a quotation without a speaker is still a quotation
    return [q for q in quotes if q.speaker or q.quote_type != "indirect"]


_NEXT_QUOTED_PARAGRAPH = re.compile(r"[\s\"”’'.,]*\n[\s\"“”‘'«„]*")


def _credit_forward(ctx: ArticleContext, quotes: list[Quote]) -> None:
    """``"Masyarakat Desa Surakarta sudah muak ..."`` / ``"Bahkan, ... dipersulit," kata Hamdan Fanitio``: a
    quoted paragraph with no cue, followed right away by a quoted paragraph whose cue names its speaker, is
    that speaker's when it has no person of its own (nobody, or a group carried over): one voice over two
    paragraphs, named at the end."""
    for a, b in zip(quotes, quotes[1:], strict=False):
        if a.quote_type != "direct" or a.cue or b.quote_type != "direct" or not b.cue or \
                not b.resolution.endswith("/name") or not _NEXT_QUOTED_PARAGRAPH.fullmatch(ctx.text, a.end, b.start):
            continue
        opening = ctx.text[max(0, ctx.text.rfind("\n", 0, a.start) + 1):a.start]
        if opening.strip(" \"“”‘'«„") or (a.speaker and not _described(ctx, a.speaker)):
            continue  # not a whole paragraph, or a named person goes on speaking
        a.speaker, a.speaker_role, a.speaker_org = b.speaker, b.speaker_role, b.speaker_org
        a.resolution = "carry/forward"


def _apply_credit(credit: Credit, ctx: ArticleContext, d: Discourse, quotes: list[Quote]) -> None:
    """``Hal itu disampaikan oleh X``: the quotes of the sentence before that name no person become X's,
    and X is the latest speaker for the pronouns after it, even when those quotes had a speaker (``Kapolda
    ... meminta ... Hal tersebut disampaikan Dirreskrimum ... Bobby Marpaung. "...," ujarnya``: Bobby)."""
    m = credit.mention
    speaker = d.expand(m.name) if m.kind == "name" else _holder(ctx, m.name)
    if not speaker:
        return
    role = m.role or d.roles.get(speaker, "")
    credited = [q for q in quotes if credit.window_start <= q.end <= credit.start and not _names_person(q, ctx)]
    for q in credited:
        q.speaker, q.speaker_role, q.resolution = speaker, role, f"{q.resolution.split('/')[0]}/credit"
        q.speaker_mention, q.speaker_start, q.speaker_end = m.text, m.start, m.end
    if credited or ctx.names_person(m.start, m.end):  # a person the NER knows
        d.history.append(Said(credit.start, credit.start, speaker, role, m.text, True))


def _names_person(q: Quote, ctx: ArticleContext) -> bool:
    """Does a quote already name a person (not an institution, a group, an unnamed source or no one)?"""
    kind = q.resolution.split("/")[-1]
    return bool(q.speaker) and kind not in ("unnamed", "source") and _is_person(ctx, q.speaker, None) and \
        not any(e.text == q.speaker for e in ctx.orgs)

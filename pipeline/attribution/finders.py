"""Finders: one small function per pattern that introduces a quote.

Direct quotes are quoted runs; :data:`DIRECT_FINDERS` look for their cue
after the closing mark, then before the opening mark. Indirect quotes start
from a cue word outside quotation marks; :data:`CLAUSE_FINDERS` maps each
cue kind of ``cues.tsv`` to the finder that reads the pattern around it.
Finders return :class:`Candidate` records whose mention is still unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..entities import load_name_words
from ..lexicon import Cue, is_predicate, is_verb, role_words_ok
from ..records import Sentence
from ..segment import find_dateline
from ..text import QUOTE_MARKS, QuoteRun, Tok, bracketed_acronym_end, find_quote_runs, n_words, run_at, tokenize
from .config import AttributionConfig
from .context import ArticleContext, person_names
from .mentions import Mention, classify_mention, clitic_mention, mention_from, plausible_source
from .phrases import (
    capitalised_run,
    clause_before,
    content_after,
    cut_before_next_cue,
    cut_before_post_cue,
    is_clause,
    is_degree,
    is_time_segment,
    likeness_length,
    np_from_left,
    past_affiliation,
    phrase_after,
    skip_adjuncts,
    subject_before,
    title_like,
    trim_content,
    unquoted_words,
    without_leading_connectives,
)


@dataclass
class Candidate:
    """A quote found by a finder, its cue and its (unresolved) speaker mention."""

    start: int
    end: int
    quote_type: str  # direct | indirect
    cue: str
    mention: Mention | None
    confidence: float
    how: str = ""  # the finder's name: the first part of ``resolution``
    fragment: bool = False  # one- or two-word quote: not reported, but its speaker becomes salient
    open_ended: bool = False  # quote left open at the paragraph end: it goes on in the next paragraph
    needs_speaker: bool = False  # a passive report: without a source from the context it is the writer's framing
    cue_start: int = -1  # offsets of the cue word (-1: no cue)
    cue_end: int = -1


@dataclass
class Scan:
    """What every finder reads for one article."""

    ctx: ArticleContext
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    runs: list[QuoteRun] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.runs:
            for ps, pe in self.paragraphs:
                goes_on = bool(self.runs) and not self.runs[-1].closed  # a quotation left open before
                self.runs.extend(find_quote_runs(self.ctx.text, ps, pe, goes_on))

    @property
    def text(self) -> str:
        return self.ctx.text

    def confidence(self, name: str) -> float:
        return self.ctx.config.confidence[name]

    def sentence_of(self, pos: int) -> Sentence | None:
        return sentence_of(self.sentences, pos)

    def paragraph_end(self, pos: int) -> int:
        """End of the paragraph holding ``pos`` (the text's end when none does)."""
        i = bisect.bisect_right(self.paragraphs, pos, key=lambda p: p[0]) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos < self.paragraphs[i][1]:
            return self.paragraphs[i][1]
        return len(self.text)

    def words(self, name: str) -> frozenset[str]:
        return self.ctx.lex.words[name]


@dataclass
class CueSite:
    """A cue word met in a sentence, with the sentence's tokens (dateline left out)."""

    tok: Tok
    cue: Cue
    pos: int  # index of ``tok`` in ``toks``
    toks: list[Tok]
    sentence: Sentence

    @property
    def before(self) -> list[Tok]:
        return self.toks[:self.pos]

    @property
    def after(self) -> list[Tok]:
        return self.toks[self.pos + 1:]

    def candidate(self, start: int, end: int, mention: Mention | None, confidence: float, how: str) -> Candidate:
        """An indirect quote introduced by this cue."""
        return Candidate(start, end, "indirect", self.tok.text, mention, confidence, how,
                         cue_start=self.tok.start, cue_end=self.tok.end)


@dataclass
class DirectCue:
    """What a direct finder found for a quoted run: the cue and the mention it links to."""

    cue: str
    mention: Mention | None
    confidence: float
    how: str
    cue_start: int = -1
    cue_end: int = -1


def sentence_of(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence holding ``pos`` (sentences are in reading order and do not overlap)."""
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None


# --------------------------------------------------------------------------- direct quotes


def _after_close(scan: Scan, run: QuoteRun) -> list[Tok]:
    """The tokens after a quotation's closing mark (Republika closes with two apostrophes: ``''``), within
    ``cue_after_window`` and its paragraph."""
    para_end = scan.paragraph_end(run.open)
    window = scan.ctx.config.cue_after_window
    return tokenize(scan.text, min(max(run.close + 1, run.mark_end), para_end), min(para_end, run.close + window))


def cue_after_quote(scan: Scan, run: QuoteRun) -> DirectCue | None:
    """``"…," kata X.`` / ``"…," ujarnya.`` / ``"…," demikian kata X.`` / ``"…," pernyataan X.``"""
    after = _after_close(scan, run)
    j = 0
    while j < len(after) and after[j].text in ",.!?-–—":
        j += 1
    if j >= len(after) or not run.closed:
        return None
    if after[j].lower in scan.words("cue_particles_before_cue") and j + 1 < len(after) and (
            after[j + 1].lower in scan.ctx.lex.cues or after[j + 1].lower in scan.ctx.lex.nominal):
        j += 1  # '"...," begitu pernyataan Kremlin', '"...," begitu kata dia'
    cue = scan.ctx.lex.cues.get(after[j].lower)
    noun = scan.ctx.lex.nominal.get(after[j].lower)
    if cue is not None and cue.kind in ("post", "postq", "say"):
        clitic = cue.clitic if cue.kind in ("post", "postq") else ""
    elif noun is not None and (noun.clitic or j + 1 < len(after) and after[j + 1].is_cap):
        clitic = noun.clitic  # '"...," pernyataan BPBD Sukabumi melalui rilis resminya', '"...," paparannya'
    elif after[j].lower in scan.words("cue_particles") and j + 1 < len(after):
        said = scan.ctx.lex.cues.get(after[j + 1].lower) is not None
        j, clitic = (j if after[j + 1].is_cap and not said else j + 1), ""  # "demikian kata X", "demikian
        # putusan hakim"; "demikian Kepala Dinas ... Budi Santoso": the particle closes the quotation itself
    else:
        return None
    if clitic:
        mention = clitic_mention(after[j], clitic)
    else:
        k = j + 1  # "demikian pernyataan |resmi| kementerian tersebut": the noun's modifier names no source
        while k < len(after) and after[k].lower in scan.words("cue_noun_modifiers"):
            k += 1
        owned = k < len(after) and after[k].lower.endswith("nya") and \
            after[k].lower[:-3] in scan.words("cue_noun_modifiers")  # "demikian siaran |persnya|": his release
        mention = clitic_mention(after[k], "nya") if owned else \
            mention_from(scan.ctx, phrase_after(after[k:], scan.ctx.lex, scan.ctx.config))
    return DirectCue(after[j].text, mention, scan.confidence("cue_after"), "cue_after", after[j].start, after[j].end)


def name_cue_after_quote(scan: Scan, run: QuoteRun) -> DirectCue | None:
    """``"…," Cannavaro menuturkan.``: the speaker named before a speech verb right after the closing mark,
    the verb ending the sentence (or an adjunct after it: ``"…," Budi menambahkan kepada wartawan``)."""
    after = _after_close(scan, run)
    j = 1 if after and after[0].text == "," else 0
    if not run.closed or j >= len(after) or not after[j].is_word or not (
            after[j].is_cap or scan.ctx.lex.references.get(after[j].lower) == "pronoun"):
        return None
    np = np_from_left(after[j:], scan.ctx.lex)
    k = j + len(np)
    cue = scan.ctx.lex.cues.get(after[k].lower) if np and k < len(after) else None
    if cue is None or cue.kind not in ("say", "post") or cue.clitic:
        return None
    nxt = after[k + 1] if k + 1 < len(after) else None
    if nxt is not None and nxt.text not in ".,;!?" and nxt.lower not in scan.words("cue_adjunct_preps"):
        return None  # '"…," Budi menuturkan bahwa ...': a statement of its own follows
    return DirectCue(after[k].text, mention_from(scan.ctx, np), scan.confidence("cue_after"), "cue_after",
                     after[k].start, after[k].end)


def cue_before_quote(scan: Scan, run: QuoteRun) -> DirectCue | None:
    """``X mengatakan, "…"`` / ``Menurut X, "…"``: the nearest cue before the opening mark."""
    sent = scan.sentence_of(run.start)
    sent_start = max(sent.start if sent else run.open, run.open - scan.ctx.config.cue_before_window)
    before = [t for t in tokenize(scan.text, sent_start, run.open) if not run_at(t.start, scan.runs)]
    lex = scan.ctx.lex
    for k in range(len(before) - 1, -1, -1):
        cue = lex.cues.get(before[k].lower)
        if cue is None or cue.kind not in ("say", "post", "menurut", "quote"):
            continue
        if cue.kind == "post" and k > 0 and before[k - 1].lower in scan.words("post_blockers"):
            continue
        if cue.kind in ("say", "quote"):
            mention = mention_from(scan.ctx, subject_before(before[:k], lex))
        elif cue.clitic:
            mention = clitic_mention(before[k], cue.clitic)
        else:
            mention = mention_from(scan.ctx, phrase_after(before[k + 1:], lex, scan.ctx.config))
        return DirectCue(before[k].text, mention, scan.confidence("cue_before"), "cue_before", before[k].start,
                         before[k].end)
    return None


def _names_a_work(scan: Scan, run: QuoteRun) -> bool:
    """Is the word right before the opening mark (in its sentence) one that introduces a title, a theme or a
    phrase (``berjudul``, ``bertajuk``, ``frasa``; ``[title_markers]``)?"""
    sent = scan.sentence_of(run.start)
    before = [t for t in tokenize(scan.text, sent.start if sent else max(0, run.open - 80), run.open) if t.is_word]
    return bool(before) and before[-1].lower in scan.words("title_markers")


DIRECT_FINDERS: list[Callable[[Scan, QuoteRun], DirectCue | None]] = [
    cue_after_quote, name_cue_after_quote, cue_before_quote]


def find_direct(scan: Scan) -> list[Candidate]:
    """One candidate per quoted run that is speech (titles left out); fragments only with a cue."""
    out = []
    for run in scan.runs:
        if title_like(scan.text[run.start:run.end], scan.ctx.config):
            continue
        found: DirectCue | None = None
        for finder in DIRECT_FINDERS:  # a later finder serves when an earlier one found no speaker
            if found is not None and found.mention is not None:
                break
            found = finder(scan, run) or found
        fragment = n_words(scan.text[run.start:run.end]) < scan.ctx.config.min_direct_words
        if found is None and _names_a_work(scan, run):
            continue  # Video berjudul "Sosok ...": a title, not speech
        if found is None:
            found = DirectCue("", None, scan.confidence("carry"), "carry")
        if fragment and found.mention is None:
            continue
        out.append(Candidate(run.start, run.end, "direct", found.cue, found.mention, found.confidence, found.how,
                             fragment=fragment, open_ended=not run.closed, cue_start=found.cue_start,
                             cue_end=found.cue_end))
    return out


# --------------------------------------------------------------------------- indirect speech


def _syntax_subject(ctx: ArticleContext, toks: list[Tok], cue_pos: int) -> list[Tok]:
    """Subject of the cue from a dependency parse of the sentence (empty without a parser)."""
    parser = ctx.parser.get() if hasattr(ctx.parser, "get") else ctx.parser
    if parser is None or not toks:
        return []
    from ..syntax import cue_subject, parse

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


def _declined(scan: Scan, site: CueSite, most: int = 3) -> bool:
    """``Siti pun menyatakan enggan memberikan tanggapan``: a content that opens with a refusal
    (``[refusal_words]``) and a word for comment (``[comment_words]``) within a few words says nothing."""
    words = [t.lower for t in site.after if t.is_word]
    return bool(words) and words[0] in scan.words("refusal_words") and \
        any(w in scan.words("comment_words") for w in words[1:1 + most])


def _not_only(scan: Scan, site: CueSite) -> bool:
    """``Tak hanya mengimbau, Risma segera mempraktikkannya``: a cue right after an addition phrase's opening
    (``[fronted_topic_openers]``) names what else someone did, it reports nothing."""
    words = [t.lower for t in site.toks[_past_connectives(scan, site):site.pos] if t.is_word]
    return " ".join(words) in scan.words("fronted_topic_openers")


def _after_relative(scan: Scan, site: CueSite) -> bool:
    return site.pos > 0 and site.toks[site.pos - 1].lower in scan.words("relative")


def find_say_clause(scan: Scan, site: CueSite) -> list[Candidate]:
    """``X mengatakan (bahwa) KLAUSA`` and, with nothing after the cue, ``KLAUSA, X melaporkan``."""
    if _after_relative(scan, site) and not site.cue.relative or _withheld(scan, site) or \
            _can_must_or_means(scan, site) or _inside_asked_question(scan, site) or _not_only(scan, site):
        return []
    if _aimed(scan, site) or _declined(scan, site):  # "Dia ingin memastikan kondisi warga aman": not said, but
        # the one who set out to (or declined to comment) is the one "Dia" next means
        return [replace(c, fragment=True) for c in _say_record(scan, site)]
    return _say_record(scan, site)


def _say_record(scan: Scan, site: CueSite) -> list[Candidate]:
    """The record of ``X mengatakan (bahwa) KLAUSA`` once the cue is known to report (see :func:`find_say_clause`)."""
    rest = site.after
    if len(rest) > 1 and rest[0].text in ",:" and scan.text[rest[1].start] in QUOTE_MARKS:
        return []  # 'berkata, "…"' introduces direct speech: the direct record is the quote
    tail = [t for t in rest if t.is_word]
    if (not tail or skip_adjuncts(tail, scan.ctx.lex) >= len(tail)) and not any(
            run_at(t.start, scan.runs) for t in rest) or _answering_after(scan, site):
        return find_say_after_clause(scan, site)
    aside = _aside_cue(scan, site)
    if aside is not None:
        return aside
    span = _say_content(scan, site)
    if span is None:
        return _acknowledged(scan, site)
    if _goes_on_with_earlier_cue(scan, site):
        return [site.candidate(span[0], span[1], None, scan.confidence("cue_say"), "cue_say")]
    main = _main_clause_subject(scan, site)
    subject = main or subject_before(site.before, scan.ctx.lex) or _syntax_subject(scan.ctx, site.toks, site.pos)
    # "Indonesia mengecam Menteri Keuangan Israel Bezalel Smotrich yang mengatakan ...": the name "yang" hangs on
    antecedent = _name_ending_clause(scan, site) if _after_relative(scan, site) else None
    m = antecedent or _role_before_relative(scan, site) or mention_from(scan.ctx, subject)
    m = _name_before_role(scan, site, m) or _opening_name_apposed(scan, site, m) or \
        _body_around_acronym(scan, site, m) or m
    if m is None or m.kind != "name":
        m = _name_ending_clause(scan, site) or m
    if m is None and _after_relative(scan, site):
        return []
    if _statement_named_before(scan, site):  # "Pernyataan tersebut mengatakan bahwa ...": the
        return [replace(site.candidate(span[0], span[1], None, scan.confidence("passive_context"), "carry"),
                        needs_speaker=True)]  # statement just reported, whose speaker the context gives
    if m is not None and not plausible_source(m, scan.ctx.lex):
        return []  # "Kesepakatan itu menyatakan …", "90 mengumumkan …": no speaker here
    conf = scan.confidence("cue_say" if m else "cue_say_unknown")
    return [site.candidate(span[0], span[1], m, conf, "cue_say")]


def _acknowledged(scan: Scan, site: CueSite, most: int = 3) -> list[Candidate]:
    """``Benyamin mengakui hal itu.``: a named person's cue whose object only points back (a noun and its
    determiner closing the sentence) reports nothing new, but makes that person the one the next ``katanya``
    or ``Ia`` means: a fragment, resolved and not reported."""
    words = [t for t in site.after if t.is_word]
    if not 2 <= len(words) <= most or words[-1].lower not in scan.words("determiners") or \
            any(not t.is_word and t.text not in ".!?" for t in site.after):
        return []
    m = mention_from(scan.ctx, subject_before(site.before, scan.ctx.lex))
    if m is None or m.kind != "name" or not scan.ctx.names_person(m.start, m.end):
        return []  # "Banyaknya pelaporan ... mengungkap kasus penipuan tersebut": no one
    found = site.candidate(words[0].start, words[-1].end, m, scan.confidence("cue_say"), "cue_say")
    return [replace(found, fragment=True)]


def _main_clause_subject(scan: Scan, site: CueSite) -> list[Tok]:
    """``Kendati memprediksi ..., |Faisal Basri| mengatakan ...``: a cue in a subordinate clause with no subject
    of its own shares the subject of the main clause after the comma; [] otherwise."""
    before = [t for t in site.before if t.is_word and t.lower not in scan.words("leading_connectives")]
    if len(before) != 1 or before[0].lower not in scan.words("subordinators"):
        return []
    comma = next((i for i, t in enumerate(site.after) if t.text == ","), None)
    np = np_from_left(site.after[comma + 1:], scan.ctx.lex) if comma is not None else []
    return np if np and scan.ctx.names_person(np[0].start, np[-1].end) else []


def _answering_after(scan: Scan, site: CueSite) -> bool:
    """``KLAUSA, Peskov mengatakan, menjawab pertanyaan ...``: a comma and a verb of answering
    (``[answer_adjuncts]``) after a cue whose subject follows a clause and a comma say when it was said; the
    content is the clause before (``Peskov mengatakan, menanggapi kritik itu, KLAUSA`` keeps the one after)."""
    rest = site.after
    return len(rest) > 1 and rest[0].text == "," and rest[1].lower in scan.words("answer_adjuncts") and \
        any(t.text == "," for t in site.before[1:])


def _statement_named_before(scan: Scan, site: CueSite) -> bool:
    """Is the cue's subject, opening its sentence, a reporting noun with a determiner (``Pernyataan tersebut``,
    ``Keterangan itu``): the statement the article has just reported?"""
    words = [t.lower for t in without_leading_connectives(list(site.before), scan.ctx.lex)]
    return len(words) == 2 and scan.ctx.lex.nominal.get(words[0]) is not None and \
        words[1] in scan.words("determiners")


def _aimed(scan: Scan, site: CueSite) -> bool:
    """``Dia ingin memastikan kondisi warga aman``: a cue of making sure after a word of wanting, with no
    ``bahwa`` after it, is what someone set out to do (``[aim_cues]``)."""
    after = site.after[0].lower if site.after else ""
    return site.cue.form in scan.words("aim_cues") and bool(site.before) and \
        site.before[-1].lower in scan.words("willingness") and after not in scan.ctx.lex.complementizers


def _withheld(scan: Scan, site: CueSite) -> bool:
    """``KPK belum menjelaskan pihak yang diamankan``, ``dia belum bersedia mengungkapkan lokasi ...``: a negated
    cue of giving information reports nothing."""
    before = site.before[:-1] if site.before and site.before[-1].lower in scan.words("willingness") else site.before
    return bool(before) and before[-1].lower in scan.words("negators") and \
        site.cue.form in scan.words("withheld_cues")


def _inside_asked_question(scan: Scan, site: CueSite) -> bool:
    """``Leavitt menolak menjawab apakah Trump akan meminta persetujuan Kongres``: a cue inside a question
    another cue reports (``[question_openers]`` after a cue) is what was asked about."""
    toks = site.before
    return any(t.lower in scan.words("question_openers") and k > 0 and scan.ctx.lex.kind(toks[k - 1].lower) is not None
               for k, t in enumerate(toks))


def _goes_on_with_earlier_cue(scan: Scan, site: CueSite) -> bool:
    """``..., yang mengatakan bahwa ..., sambil menambahkan bahwa ...``: a cue after ``sambil``/``seraya``
    goes on with the cue before it in the sentence; its speaker is that one's (carried), not the sentence's
    subject."""
    return len(site.before) > 1 and site.before[-1].lower in scan.words("accompanying_markers") and any(
        scan.ctx.lex.kind(t.lower) == "say" for t in site.before[:-1])


def _can_must_or_means(scan: Scan, site: CueSite) -> bool:
    """``warga bisa memastikan semua kewajiban pajak tuntas``, ``... untuk memastikan pelayanan berjalan
    optimal``: after a modal of ability or obligation, or a word of purpose, the cue is what someone can, must
    or means to do, not what was said."""
    return bool(site.before) and (site.before[-1].lower in scan.words("ability_modals")
                                  or site.before[-1].lower in scan.words("purpose_markers")
                                  or _joined_to_purpose(scan, site))


def _joined_to_purpose(scan: Scan, site: CueSite) -> bool:
    """``Langkah ini dilakukan untuk berkoordinasi dengan pihak lingkungan dan memastikan proses hukum ...``:
    a cue joined by ``dan``/``serta`` to the verb a purpose word governs, with no comma between, is a second
    aim of the purpose, not something said; a cue that ``bahwa`` follows (``... menolak seruan AS untuk
    menyerah dan memperingatkan bahwa ...``) goes on with the sentence's own verb."""
    toks = site.before
    if len(toks) < 3 or toks[-1].lower not in scan.words("conjunctions") or \
            (site.after and site.after[0].lower in scan.words("sure_complementizers")):
        return False
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text in ",;:":
            return False
        if toks[k - 1].lower in scan.words("purpose_markers") and is_verb(toks[k].text, scan.ctx.lex):
            return True
    return False


def _role_before_relative(scan: Scan, site: CueSite) -> Mention | None:
    """``Haaretz mengutip seorang juru bicara militer yang mengatakan bahwa ...``: the one who says it is the
    role the relative clause hangs on, not the clause's subject (names before ``yang``: see
    :func:`_name_ending_clause`)."""
    if not _after_relative(scan, site):
        return None
    lex = scan.ctx.lex
    if site.pos > 2 and site.toks[site.pos - 2].text == ",":  # "... salah satu prajuritnya sendiri, yang
        return _counted_antecedent(scan, site)  # mengatakan bahwa ...": the one the clause is about
    k = _noun_phrase_start(site.toks, site.pos - 2, lex)
    m = mention_from(scan.ctx, site.toks[k + 1:site.pos - 1])
    if m is not None and m.kind == "role":
        return m
    if m is not None and m.kind == "source" and m.text[:1].islower() and \
            any(w in scan.words("source_nouns") for w in m.text.lower().split()):  # "mengutip sumber anonim yang"
        return replace(m, kind="role", role=m.role or m.name)
    first = next((j for j in range(site.pos - 2, max(0, site.pos - 8), -1)
                  if site.toks[j].lower in scan.words("relative")), None)
    if first is None or not all(t.is_word for t in site.toks[first:site.pos - 1]):
        return None
    # "mengutip sumber yang tidak disebutkan namanya yang mengatakan": the noun the first clause hangs on
    m = mention_from(scan.ctx, site.toks[_noun_phrase_start(site.toks, first - 1, lex) + 1:first])
    if m is None or m.kind not in ("role", "source") or not m.text[:1].islower():
        return None
    return replace(m, kind="role", role=m.role or m.name)  # an unnamed source, described by its noun


def _counted_antecedent(scan: Scan, site: CueSite) -> Mention | None:
    """``membantah pengakuan |salah satu prajuritnya sendiri|, yang mengatakan``, ``menolak tuntutan |para
    buruh|, yang mengatakan``: a person or group counted by a quantifier in the object before ``, yang`` is who
    says it; None when the words before the comma hold none (the relative clause is the subject's)."""
    toks, lex = site.toks, scan.ctx.lex
    k = _noun_phrase_start(toks, site.pos - 3, lex, stops=False)  # "sendiri" stops no object here
    if k < 0 or not toks[k].is_word:
        return None  # the noun phrase opens the sentence or a clause: its subject speaks anyway
    np = toks[k + 1:site.pos - 2]
    counted = lex.words["quantifiers"] | lex.words["plural_quantifiers"]
    at = next((i for i, t in enumerate(np) if t.lower in counted), None)
    if at is None:
        return None
    m = mention_from(scan.ctx, np[at:])
    if m is None or m.kind not in ("role", "source"):
        return None
    words = (m.name or m.text).split()
    while len(words) > 1 and words[-1].lower() in lex.np_stop:
        words = words[:-1]  # "prajuritnya |sendiri|"
    last = words[-1].lower()
    if last.endswith("nya") and len(last) > 5 and words[-1].islower():
        words[-1] = words[-1][:-3]  # "prajurit|nya|": whose soldier is said by the sentence, not by the name
    name = " ".join(words)
    return replace(m, kind="role", name=name, role=name)


def _noun_phrase_start(toks: list[Tok], k: int, lex, stops: bool = True) -> int:
    """Index before the words ending at ``toks[k]`` that are no active verb and (with ``stops``) no noun-phrase
    stop."""
    while k >= 0 and toks[k].is_word and not is_verb(toks[k].text, lex) and \
            not (stops and toks[k].lower in lex.np_stop):
        k -= 1
    return k


def _name_before_role(scan: Scan, site: CueSite, m: Mention | None) -> Mention | None:
    """``Adnan Abu Hasna, Penasihat Media UNRWA mengatakan``: a role right before the cue, set off by a comma
    from the name that opens the sentence, describes that person (the comma after the role is often left out)."""
    if m is None or m.kind != "role":
        return None
    comma = next((t for t in reversed(site.before) if t.end <= m.start), None)
    if comma is None or comma.text != ",":
        return None
    person = next((e for e in scan.ctx.persons if e.end == comma.start), None)
    titles = load_name_words().titles  # "Prof Tjandra Yoga Aditama, Kepala Balitbangkes mengatakan"
    if person is None or any(t.is_word and t.lower not in scan.words("leading_connectives") and
                             t.lower.rstrip(".") not in titles for t in site.before if t.end <= person.start):
        return None
    named = mention_from(scan.ctx, [t for t in site.before if person.start <= t.start and t.end <= person.end])
    return replace(named, role=m.role or m.name) if named is not None and named.kind == "name" else None


def _opening_name_apposed(scan: Scan, site: CueSite, m: Mention | None) -> Mention | None:
    """``Subur Saroso, Kepala Seksi Bimbingan Penagihan, Kanwil DJP Jawa Tengah II menjelaskan``, ``Ivana
    Delevska, pendiri Spear Invest yang baru-baru ini menjual saham Tesla, mengatakan``: a person's name opens
    the sentence and everything up to the cue is set off after it (a role, its organisation, a relative
    clause), with no predicate of its own; the name is the subject, the role describes it."""
    if m is None or m.kind not in ("role", "source", "name"):
        return None
    lead = site.before[0].start if site.before else site.tok.start
    dateline = find_dateline(scan.text[lead:site.tok.start])  # "JAKARTA, KOMPAS.com -Nur (...), salah satu ASN"
    words = [t for t in site.before if t.is_word and t.start >= lead + (dateline[1] if dateline else 0)]
    person = next((e for e in scan.ctx.persons if words and e.start <= words[0].start < e.end), None) or \
        _known_person_word(scan, words[0] if words else None)
    if person is None or m.start < person.end:
        return None
    rest = [t for t in site.before if t.start >= person.end]
    if rest and rest[0].text == "(":  # "Nur (bukan nama sebenarnya), salah satu ASN, mengaku"
        close = next((k for k, t in enumerate(rest) if t.text == ")"), None)
        rest = rest[close + 1:] if close is not None else rest
    if len(rest) < 3 or rest[0].text != ",":
        return None
    role = mention_from(scan.ctx, _until_set_off(rest[1:], scan.ctx.lex))
    if role is None or not (role.kind == "role" or role.kind == "name" and role.role or _occupation(scan, role)) or \
            _predicate_outside_relative(rest[1:], scan.ctx.lex):
        return None
    named = mention_from(scan.ctx, [t for t in site.before if person.start <= t.start and t.end <= person.end])
    held = (role.role or role.name).split(" (")[0]  # "Aparatur Sipil Negara (ASN": the bracket left open
    return replace(named, role=held) if named is not None and named.kind == "name" else None


def _occupation(scan: Scan, m: Mention) -> bool:
    """``pedagang di Pasar Pasir Gintung``: a lower-case noun for a trade or a member of a group describes the
    person named before it, like a role."""
    head = m.text.split()[0] if m.text else ""
    return m.kind == "source" and head.islower() and _trade_or_group(scan, head)


def _trade_or_group(scan: Scan, word: str) -> bool:
    """Is the lower-case ``word`` a noun for a person's trade or a member of a group (``pedagang``, ``warga``)?"""
    return word in scan.words("person_nouns") or word in scan.words("group_nouns")


def _known_person_word(scan: Scan, tok: Tok | None) -> Tok | None:
    """A capitalised word the model did not tag here but the article names a person by elsewhere (``Nur``)."""
    if tok is None or not tok.is_cap:
        return None
    full = scan.ctx.full_names.get(tok.lower)
    return tok if full is not None and full in person_names(scan.ctx) else None


def _until_set_off(toks: list[Tok], lex) -> list[Tok]:
    """The words of an appositive up to its first comma or relative pronoun."""
    k = next((i for i, t in enumerate(toks) if t.text == "," or t.lower in lex.words["relative"]), len(toks))
    return toks[:k]


def _predicate_outside_relative(toks: list[Tok], lex) -> bool:
    """A lower-case predicate word among ``toks`` that no relative clause (``yang`` up to a comma) holds."""
    inside = False
    for t in toks:
        if t.text == ",":
            inside = False
        elif t.lower in lex.words["relative"]:
            inside = True
        elif t.is_word and not t.is_cap and not inside and is_predicate(t.text, lex):
            return True  # capitalised words belong to a title or a name ("Kanwil DJP Jawa Tengah II")
    return False


def _body_around_acronym(scan: Scan, site: CueSite, m: Mention | None) -> Mention | None:
    """``Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Lampung menyampaikan``, ``Mahkamah Kehormatan
    Dewan (MKD) DPR RI meminta``: capitalised words right after a bracketed acronym that name no person
    (a province, a parent body) end the organisation the bracket abbreviates; it is the subject, not its
    last words. A person after the bracket (``Menteri Keuangan (Menkeu) Purbaya``) is left as it is."""
    ctx = scan.ctx
    if m is None or m.kind not in ("name", "source") or not _names_body(ctx, m):
        return None
    before = [t for t in site.before if t.end <= m.start]
    opening = next((i for i in range(len(before) - 1, -1, -1) if before[i].text == "("), None)
    if opening is None or bracketed_acronym_end([t.text for t in before], opening) != len(before):
        return None
    first = _capitalised_run_start(before, opening, ctx)
    if first == opening or ctx.names_person(before[first].start, m.end):
        return None
    body = classify_mention(ctx, before[first].start, m.end)
    return body if body is not None and body.kind in ("name", "source") else None


def _capitalised_run_start(toks: list[Tok], end: int, ctx: ArticleContext) -> int:
    """Index where the capitalised words ending at ``toks[end - 1]`` begin (``end`` when there are none);
    ``dan``/``of`` between two of them belong to the name, a glued token (``JakartaBank``) does not."""
    inner = ctx.lex.words["name_inner_words"]
    i = end
    while i > 0:
        t = toks[i - 1]
        if t.is_word and t.is_cap and not _camel_glued(t.text):
            i -= 1
        elif t.is_word and t.lower in inner and i < end and i > 1 and toks[i - 2].is_cap:
            i -= 1
        else:
            break
    return i


def _camel_glued(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def _names_body(ctx: ArticleContext, m: Mention) -> bool:
    """Every word of the mention is a place's or an organisation's: inside a place or organisation the
    model tagged, an acronym (``DPR RI``) or an organisation word; never a person's (``Media Wahyu Askar``,
    whom the model missed, is capitalised words and nothing more)."""
    words = tokenize(ctx.text, m.start, m.end)
    return bool(words) and not ctx.names_person(m.start, m.end) and all(
        not t.is_word or t.text.isupper() or t.lower in ctx.lex.org_words
        or any(e.start <= t.start and t.end <= e.end for e in ctx.orgs) for t in words)


def _name_ending_clause(scan: Scan, site: CueSite) -> Mention | None:
    """The person named right before the cue (or before its ``yang``) when the subject's noun phrase stopped
    short of it (``Senada, pengajar di Departemen Ilmu Hubungan Internasional Universitas Gadjah Mada Irfan
    Ardhani menuturkan``): the whole clause before the cue, read as one mention, when it ends with a name."""
    clause = clause_before(site.before, scan.ctx.lex)
    relative = bool(clause) and clause[-1].lower in scan.words("relative")
    if relative:
        clause = clause[:-1]  # "sikap Presiden AS Donald Trump yang mengatakan bahwa ...": the name before "yang"
    name = next((e for e in scan.ctx.persons if clause and e.end == clause[-1].end), None)
    before = [t for t in clause if name is not None and t.end <= name.start]
    if not before or before[-1].lower in scan.words("object_preps"):
        return None  # "analis pasar senior di Phillip Nova": a name after a preposition is a place or a firm
    if relative:  # the antecedent only: the capitalised words ending at the name (Presiden AS Donald Trump)
        k = len(before)
        while k > 0 and before[k - 1].is_cap:
            k -= 1
        clause = clause[k:]
    m = mention_from(scan.ctx, clause)
    return m if m is not None and m.kind == "name" else None


def _aside_cue(scan: Scan, site: CueSite) -> list[Candidate] | None:
    """``Komitmen Prabowo, Gus Yahya menyampaikan, sama persis ...``: a speaker and cue set off by commas
    inside the clause they report make one record of the whole sentence, the cue left in (GUIDELINES);
    None when the cue is no aside (``Dalam kesempatan itu, Prabowo menegaskan, ...`` opens with an adjunct)."""
    toks, pos, lex = site.toks, site.pos, scan.ctx.lex
    if pos + 2 >= len(toks) or toks[pos + 1].text != ",":
        return None
    comma = next((k for k in range(pos - 1, -1, -1) if toks[k].text in ",;:"), None)
    if comma is None or toks[comma].text != "," or not 0 < pos - comma - 1 <= scan.ctx.config.max_aside_words:
        return None
    head, speaker, rest = toks[:comma], toks[comma + 1:pos], toks[pos + 2:]
    if not rest[0].is_word or not (is_predicate(rest[0].text, lex) or rest[0].lower in lex.words["aside_adjectives"]):
        return None  # "Kepala SDN, Iis Irawati mengatakan, insiden itu ...": the clause after has its own subject
    if not _reported_noun_phrase(head, scan) or len(np_from_left(speaker, lex)) != len(speaker):
        return None
    m = mention_from(scan.ctx, speaker)
    if m is None or m.kind not in ("name", "pronoun", "role"):
        return None
    s0, e0 = trim_content(scan.text, toks[0].start, site.sentence.end)
    return [site.candidate(s0, e0, m, scan.confidence("cue_say"), "cue_say")]


def _reported_noun_phrase(head: list[Tok], scan: Scan) -> bool:
    """Is the part before the aside the subject of what was said (``Pelanggaran yang dimaksud``), not an
    adjunct, a connective, a cue or a clause of its own?"""
    words = [t for t in head if t.is_word]
    lex = scan.ctx.lex
    if not words or words[0].lower in lex.np_stop or words[0].lower in lex.words["adjunct_starts"] or \
            words[0].lower in lex.words["leading_connectives"] or words[0].lower in lex.time_words or \
            is_verb(words[0].text, lex) or role_words_ok([t.text for t in words], lex):
        return False  # "Ditemui wartawan, Erwin mengatakan, ...", "Kepala Kesbangpol, Bambang mengatakan, ..."
    if any(run_at(t.start, scan.runs) or t.lower in lex.cues for t in head):
        return False
    return not is_clause(scan.text, head[0].start, head[-1].end, scan.runs, lex, False)


def _second_cue_joined(toks: list[Tok], lex, most: int = 4) -> bool:
    """Does a second speech verb joined by ``dan`` follow the cue's bare object within ``most`` words
    (``membantah laporan tersebut dan menegaskan bahwa ...``)? What follows is that verb's content, not this cue's
    (``memastikan insiden serupa tak terulang dan meminta ...`` has a clause of its own first)."""
    words = [t for t in toks[:most + 2] if t.is_word]
    for i in range(1, min(most, len(words) - 1)):
        if words[i].lower in lex.words["conjunctions"] and lex.kind(words[i + 1].lower) == "say":
            return not any(is_predicate(w.text, lex) and w.lower not in lex.words["determiners"]
                           for w in words[:i])  # an object ("laporan tersebut"), no clause, before "dan"
    return False


def _past_role_adjunct(text: str, start: int, end: int, scan: Scan, most: int = 10) -> int:
    """Where the content starts after a ``sebagai`` phrase closed by a comma (``mengatakan sebagai perusahaan
    yang mendorong keberlanjutan, Danone Indonesia memandang ...``): "as ..." is an adjunct, not naming."""
    toks = tokenize(text, start, end)
    if not toks or toks[0].lower not in scan.words("naming_markers"):
        return start
    comma = next((i for i, t in enumerate(toks[:most]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks) or any(run_at(t.start, scan.runs) for t in toks[:comma]):
        return start  # 'menyebutnya sebagai "pembelian potensial", ...': naming, with its quoted name
    nxt = toks[comma + 1].lower
    if nxt in scan.words("object_preps") or nxt in scan.words("adjunct_starts"):
        return start  # "..., dengan juru bicara ... mengklarifikasi": no clause of this cue after the comma
    return toks[comma + 1].start


def _names_or_acts(text: str, start: int, scan: Scan) -> bool:
    """Does the content open with a naming marker (``sebagai``) or an act's object (``maaf``, ``izin``), the
    object not made definite (``mengatakan izin ini tidak akan berarti`` is a statement about the permit)?"""
    for w in scan.words("naming_markers") | scan.words("act_objects"):
        if text[start:start + len(w) + 1].lower() == w + " ":
            nxt = text[start + len(w) + 1:start + len(w) + 20].split()[:1]
            if not nxt or nxt[0].lower().strip(",.") not in scan.words("determiners"):
                return True
    return False


COMPLAINT_OBJECT_WORDS = 4  # words of the person or case reported before "ke", "atas", "setelah" ...


def _files_complaint(scan: Scan, site: CueSite, start: int, end: int) -> bool:
    """``Ridwan Kamil melaporkan Lisa Mariana setelah ...``, ``melaporkan kasus ini ke Kejati Jabar``: a cue that
    also means filing a complaint (``[complaint_cues]``), whose object (a few words, no verb) runs into a
    word of ``[complaint_links]``, reports nothing."""
    if site.cue.form not in scan.words("complaint_cues"):
        return False
    toks = [t for t in tokenize(scan.text, start, end) if t.is_word][:COMPLAINT_OBJECT_WORDS + 1]
    link = next((k for k, t in enumerate(toks) if t.lower in scan.words("complaint_links")), None)
    return link is not None and link > 0 and not any(is_predicate(t.text, scan.ctx.lex) for t in toks[:link])


def _coordinated(site: CueSite, lex) -> bool:
    """Is the cue a verb joined by ``dan``/``atau`` to an earlier one (``menyelidiki ... dan memutuskan
    tindakan disiplin``)? Then it is one more act of the same subject, not a ruling of its own."""
    return bool(site.before) and site.before[-1].lower in lex.words["conjunctions"]


def _opens_with_predicate(toks: list[Tok], lex) -> bool:
    """Does what follows a cue open with a verb or predicate (``memutuskan menunda sidang``), not a subject?"""
    words = [t for t in toks if t.is_word]
    return not words or is_predicate(words[0].text, lex)


def _set_off(scan: Scan, start: int, site: CueSite) -> bool:
    """Is the content set off from its cue by a comma (``Tito mengatakan, pemotongan anggaran di daerah untuk
    penghematan ...``)? Like a complementizer, the comma says that reported speech follows; not when the
    words after it go on with a list (``... yang sifatnya menghasut, mengajak, atau memengaruhi ...``)."""
    first = scan.text[start:start + 12].split()[:1]
    return scan.text[site.tok.end:start].strip() == "," and not (
        first and first[0].lower() in scan.words("conjunctions"))


def _say_content(scan: Scan, site: CueSite) -> tuple[int, int] | None:
    """The content clause a say cue governs, or None when what follows is no clause."""
    text, lex, config = scan.text, scan.ctx.lex, scan.ctx.config
    addressee = site.cue.needs_comp or site.cue.needs_that or site.cue.form in scan.words("addressee_cues") or (
        bool(site.after) and site.after[0].lower.removesuffix("nya") in scan.words("directive_nouns"))
    start, end, has_comp = content_after(site.after, lex, site.sentence.end, config.complementizer_window,
                                         addressee)
    if site.cue.needs_comp and not has_comp:
        return None  # "Mahkamah memutuskan menunda sidang": a decision, not a statement
    if site.cue.needs_set_off and not has_comp and not _set_off(scan, start, site) and \
            not _named_subject_clause(site.after, lex):
        return None  # "SPPG melanjutkan kegiatan memasak": an act continued, not a statement
    if site.cue.needs_that and (not has_comp or lex.complementizers[has_comp]) and (
            has_comp or not site.cue.subject_clause or _opens_with_predicate(site.after, lex)
            or _coordinated(site, lex)):
        return None  # "parlemen memutuskan untuk memakzulkan …": a decision; "… memutuskan bahwa …" a ruling
    if site.cue.form in scan.words("answer_adjuncts") and site.after and \
            site.after[0].lower.removesuffix("nya") in scan.words("question_nouns"):
        return None  # "menjawab pertanyaan apakah ...": the question answered, someone else's
    start, end = trim_content(text, start, end)
    if _second_cue_joined(tokenize(text, start, end), lex):
        return None  # "Militer membantah laporan tersebut dan menegaskan bahwa ...": the second cue's content
    start = _past_role_adjunct(text, start, end, scan)
    if not has_comp and (_names_or_acts(text, start, scan) or _files_complaint(scan, site, start, end)):
        return None  # menyebut X sebagai Y: naming; meminta maaf: an act; neither is a statement
    end = cut_before_next_cue(text, start, end, scan.runs, lex)
    end = cut_before_post_cue(text, start, end, scan.runs, lex)
    if not is_clause(text, start, end, scan.runs, lex, has_comp or _set_off(scan, start, site)) and \
            not site.cue.object_content:  # "mempertanyakan penyebab tingginya harga beras": a question
        return None
    has_quote = any(run_at(t.start, scan.runs) for t in tokenize(text, start, end))
    need = config.min_clause_words_with_quote if has_quote else config.min_clause_words
    if unquoted_words(text, start, end, scan.runs) < need:
        return None  # the content is mostly the quote itself: the direct record covers it
    return start, end


def _named_subject_clause(toks: list[Tok], lex) -> bool:
    """``Dia melanjutkan |KPU| hanya membahas ...``, ``Arya melanjutkan |Pertamina| memberikan ruang ...``: a
    clause whose subject is a name (capitalised words) and whose predicate follows it, not an object noun
    (``melanjutkan kegiatan memasak``)."""
    k = 0
    while k < len(toks) and toks[k].is_word and toks[k].is_cap:
        k += 1
    return 0 < k < len(toks) and toks[k].is_word and not toks[k].is_cap and is_predicate(toks[k].text, lex)


def find_say_after_clause(scan: Scan, site: CueSite) -> list[Candidate]:
    """Post-position: ``KLAUSA, kantor berita X melaporkan.``"""
    toks, pos = site.toks, site.pos
    comma = next((k for k in range(pos - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None or comma == 0 or _after_post_cue(toks[comma + 1:pos], scan.ctx.lex) or site.cue.needs_comp:
        return []  # a cue that needs its complementizer (menanggapi bahwa) reports no clause before it
    s0, e0 = trim_content(scan.text, toks[0].start, toks[comma].start)
    quoted = run_at(toks[0].start, scan.runs)
    if quoted is not None and quoted.close >= toks[comma].start:
        return []  # '"Dia bersama kami ...," Cannavaro menuturkan.': the quotation is the direct record
    m = mention_from(scan.ctx, np_from_left(toks[comma + 1:pos], scan.ctx.lex))
    if n_words(scan.text[s0:e0]) < scan.ctx.config.min_clause_words or not plausible_source(m, scan.ctx.lex):
        return []
    return [site.candidate(s0, e0, m, scan.confidence("cue_post_say"), "cue_post")]


def _after_post_cue(toks: list[Tok], lex) -> bool:
    """``"…," katanya mengingatkan``, ``"…," ujar Prabowo menambahkan``: a verb after a post cue and its
    speaker only adds how it was said (the quotation is the post cue's record), it reports nothing more;
    after a say cue it is inside that cue's content (``..., Suryadharma menyatakan tak usah khawatir``)."""
    return any(lex.kind(t.lower) in ("post", "postq", "say") for t in toks)


def _menurut_source(scan: Scan, site: CueSite) -> tuple[Mention | None, int] | None:
    """The source after ``menurut``/``mengutip`` and the token index after it (None: no quote)."""
    if site.cue.clitic:
        return clitic_mention(site.tok, site.cue.clitic), site.pos + 1
    rest = site.after
    k = 0
    while k < len(rest) and rest[k].lower in scan.words("menurut_skip"):
        k += 1
    if k < len(rest) and rest[k].lower in scan.words("document_nouns") and not rest[k].is_cap and \
            not (k + 1 < len(rest) and rest[k + 1].is_word and rest[k + 1].is_cap):
        return None  # "Menurut kesepakatan yang dicapai pada 2023, ...", "Menurut pengumuman resmi, ...": a
        # document or a study cited as evidence (a named one, "menurut Peraturan Menteri ... No. 7 Tahun 2025",
        # "Menurut penelitian Harvard Medical School", is still recorded with its name)
    ph = _name_before_clause(scan, phrase_after(rest[k:], scan.ctx.lex, scan.ctx.config, before_clause=True),
                             rest[k:])
    if site.cue.needs_source and not ph:
        return None
    m = mention_from(scan.ctx, ph)
    if site.cue.needs_source and m is not None and m.kind != "name":
        m.kind = "source"
    if not plausible_source(m, scan.ctx.lex):
        if site.cue.needs_source:
            return None  # "Dikutip dari ...": the one cited must be named here
        m = None  # "Menurut informasi dari akun …": reported, source from context
    # "Menurut Soenarko dari LIPI, ...": the institution after the source is still the source's
    end = _past_relative(rest, k + past_affiliation(rest[k:], len(ph), scan.ctx.lex), scan.ctx.lex)
    end = _past_apposition(site.toks, site.pos + 1 + end)
    return m, _past_described_role(scan, site.toks, end) if m is not None and m.kind == "name" else end


def _past_relative(toks: list[Tok], n: int, lex, limit: int = 15) -> int:
    """``Menurut data |yang ia terima|, …``, ``Menurut kesepakatan |yang dicapai pada 2023 …|, …``: a relative
    clause after the source belongs to it up to its comma (else ``n``)."""
    if n == 0 or n >= len(toks) or toks[n].lower not in lex.words["relative"]:
        return n
    comma = next((j for j in range(n + 1, min(len(toks), n + limit)) if toks[j].text == ","), None)
    return n if comma is None else comma


def _name_before_clause(scan: Scan, ph: list[Tok], rest: list[Tok]) -> list[Tok]:
    """``Menurut Purbaya inflasi yang terkendali …``, ``menurut Dudy Kementerian Perhubungan tidak …``: with no
    comma after the source phrase, a person's name inside it followed by a lower-case word or an institution
    ends the source; the clause's subject follows the name."""
    if not ph or len(ph) == len(rest) or not rest[len(ph)].is_word:
        return ph
    ends = {e.end for e in scan.ctx.persons if e.start >= ph[0].start}
    people = person_names(scan.ctx)
    cut = next((k for k in range(len(ph) - 1) if (
        ph[k + 1].text[:1].islower() or ph[k + 1].lower in scan.ctx.lex.org_words) and ph[k].is_cap and (
        ph[k].end in ends or scan.ctx.full_names.get(ph[k].lower) in people)), None)
    return ph if cut is None else ph[:cut + 1]


_DASHES = "—–-"


def _past_apposition(toks: list[Tok], i: int, limit: int = 15) -> int:
    """Index after an aside written right after a source (``Jo—sapaan akrab Johannes—,``, ``(60)``,
    ``Jo, sapaan akrab Johannes Weissenbaeck, …``: from its comma to the next)."""
    if i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].lower in load_name_words().nickname_nouns:
        return next((j for j in range(i + 2, min(len(toks), i + limit)) if toks[j].text == ","), i)
    while i < len(toks) and toks[i].text == ",":  # "Menurut ..., Dr. Budi Santoso, |M.Si.|, harga ..."
        nxt = next((j for j in range(i + 1, min(len(toks), i + limit)) if toks[j].text == ","), None)
        if nxt is None or not is_degree(toks[i + 1:nxt]):
            break
        i = nxt
    if i >= len(toks) or toks[i].text not in _DASHES + "(":
        return i
    closer = ")" if toks[i].text == "(" else _DASHES
    for j in range(i + 1, min(len(toks), i + limit)):
        if toks[j].text in closer:
            return j + 1
    return i


def _past_described_role(scan: Scan, toks: list[Tok], i: int, limit: int = 12) -> int:
    """``Menurut Sutan Harhara|, pelatih Persela|, KLAUSA``, ``Menurut Suyatmi|, seorang pembeli warga Salatiga|,
    KLAUSA``: index of the comma closing a role, a trade or a person noun set off after the source's name (no
    predicate in it), else ``i``."""
    if i + 2 >= len(toks) or toks[i].text != "," or not toks[i + 1].is_word or toks[i + 1].is_cap:
        return i
    j = next((j for j in range(i + 1, min(len(toks), i + limit)) if not toks[j].is_word), None)
    if j is None or toks[j].text != ",":
        return i
    seg, lex = toks[i + 1:j], scan.ctx.lex
    head = seg[1:] if len(seg) > 1 and seg[0].lower in lex.words["indefinite_openers"] else seg  # "seorang ..."
    described = role_words_ok([t.text for t in head], lex) or _trade_or_group(scan, head[0].lower)
    if not described or any(not t.is_cap and (is_predicate(t.text, lex) or t.lower in lex.predicate_markers)
                            for t in seg):
        return i  # "Menurut Ardi, pedagang sudah menaikkan harga": the clause itself
    return j


def _past_date(toks: list[Tok], i: int, lex, limit: int = 10) -> int:
    """Index of the comma after a date set off after a source (``Dilansir AFP|, Senin (7/7/2025)|, ...``),
    else ``i``."""
    if i + 1 >= len(toks) or toks[i].text != "," or toks[i + 1].lower not in lex.time_words:
        return i
    nxt = next((j for j in range(i + 1, min(len(toks), i + limit)) if toks[j].text == ","), None)
    return nxt if nxt is not None and is_time_segment(toks[i + 1:nxt], lex) else i


def find_menurut(scan: Scan, site: CueSite) -> list[Candidate]:
    """``Menurut X, KLAUSA`` and ``KLAUSA, menurut X[, KLAUSA]``."""
    source = _menurut_source(scan, site)
    if source is None:
        return []
    m, src_end = source
    toks, pos, sent_end = site.toks, site.pos, site.sentence.end
    if _opens_its_sentence(scan, site, scan.words("menurut_lead")):  # "Hal itu, menurut X, ..."
        after = toks[_past_date(toks, src_end, scan.ctx.lex):] if src_end < len(toks) else []
        if not after or site.cue.needs_source and _attributed(scan, after):
            return []  # "Dilansir detikBali, Abdul Mu'ti mengatakan ...": the outlet relays Mu'ti's words
        s0, e0 = trim_content(scan.text, after[0].start, sent_end)
    elif _closes_subject(scan, site) or _after_named_subject(scan, site, src_end) or \
            _clitic_before_predicate(scan, site) or _named_inside_clause(scan, site, m, src_end):
        # "Sistem transportasi terintegrasi ini menurutnya akan menopang ...", "IDF menurut Brik malah ...":
        s0, e0 = trim_content(scan.text, toks[0].start, sent_end)  # the whole sentence, the cue left in
    elif (comma := _comma_before(scan, toks, pos)) is not None:
        if _attributed(scan, toks[:comma], ("say", "post", "menurut")):
            return []  # '"…," ujar Trump …, dikutip dari laman Moscow Times', '"…," demikian menurut laporan
            # Israeli Army Radio, dikutip Al Jazeera': the outlet cited, not a speaker
        s0, e0 = trim_content(scan.text, toks[0].start, sent_end)
        if src_end >= len(toks) - 1:
            s0, e0 = trim_content(scan.text, toks[0].start, toks[comma].start)
    else:
        return []
    if unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    return [site.candidate(s0, e0, m, scan.confidence("cue_menurut"), "cue_menurut")]


def _opens_its_sentence(scan: Scan, site: CueSite, lead: frozenset[str] = frozenset(), most: int = 4) -> bool:
    """Does the cue open its sentence, or follow only a few connectives (``Kemudian menurut Mirza, ...``,
    ``Meskipun demikian, menurut X, ...``, ``Lebih lanjut, dipaparkan Gede, ...``)? Never inside a relative
    clause (``yang menurut dia ...``). ``lead``: more words allowed before it."""
    if site.pos == 0:
        return True
    lead = lead | (scan.words("leading_connectives") - scan.words("relative"))
    return site.pos <= most and _lead_words_only(scan, [t.lower for t in site.before if t.is_word], lead)


def _lead_words_only(scan: Scan, low: list[str], lead: frozenset[str]) -> bool:
    """Are the lower-case words all of ``lead`` (connectives), or one leading phrase (``Meskipun demikian``)?"""
    return all(w in lead for w in low) or " ".join(low) in scan.words("leading_phrases")


def _after_named_subject(scan: Scan, site: CueSite, src_end: int, most: int = 4) -> bool:
    """``Namun IDF menurut Brik malah terus membombardir ...``: ``menurut X`` between a clause's named subject
    (capitalised words opening it, after connectives) and its predicate, no comma around: a cue inside the
    clause, one record with the cue left in."""
    toks, pos = site.toks, site.pos
    subject = toks[_past_connectives(scan, site):pos]
    if not 0 < len(subject) <= most or not all(t.is_word and t.is_cap for t in subject) or src_end >= len(toks):
        return False
    nxt = toks[src_end]
    return nxt.is_word and not nxt.is_cap and nxt.lower not in scan.words("relative")


def _named_inside_clause(scan: Scan, site: CueSite, m: Mention | None, src_end: int) -> bool:
    """``Makanan yang disediakan bagi siswa |menurut Ny Aniswatin| diantaranya berupa ...``, ``di pasar |menurut
    Buwas| stok beras masih banyak``: ``menurut`` and a person's name inside a sentence, no comma on either
    side, words of the clause after it: a cue inside the clause, one record with the cue left in."""
    toks, pos = site.toks, site.pos
    if m is None or m.kind != "name" or site.cue.clitic or site.cue.needs_source or pos == 0 or \
            src_end + 1 >= len(toks):  # never "dikutip dari Antaranews dan dilansir kompas.com": how it was got
        return False
    before, after = toks[pos - 1], toks[src_end]
    if _CITED_YEAR.match(scan.text, m.end):
        return False  # "menurut Mudavanhu (2015) dan Gibbs dkk (2019)": a work cited, not a statement
    return before.is_word and before.lower not in scan.words("relative") and after.is_word and not after.is_cap


_CITED_YEAR = re.compile(r"\s*\(\d{4}\)")


def _past_connectives(scan: Scan, site: CueSite) -> int:
    """Index of the first word of the cue's sentence after its leading connectives (``Namun``, ``Sementara``,
    ``[cue_leads]``: ``Masih kata dia``), at most the cue's own."""
    lead = 0
    while lead < site.pos and (site.toks[lead].lower in scan.words("leading_connectives") or
                               site.toks[lead].lower in scan.words("cue_leads")):
        lead += 1
    return lead


def _closes_subject(scan: Scan, site: CueSite) -> bool:
    """``menurutnya`` right after the determiner that closes the clause's subject (``hal tersebut menurutnya
    harus dibuka``): a cue inside the clause, which is one record with the cue left in."""
    toks, pos = site.toks, site.pos
    if not site.cue.clitic or pos < 2 or toks[pos - 1].lower not in scan.words("determiners") or \
            pos + 1 >= len(toks) or not toks[pos + 1].is_word:
        return False
    return bool(_open_subject(scan, toks, pos - 1))  # never "Selain itu menurutnya"


def _open_subject(scan: Scan, toks: list[Tok], end: int) -> list[Tok]:
    """The words from the last mark before ``end`` up to it, leading connectives left out: a clause's subject,
    or [] when an adjunct or a connective phrase opens them (``Selain itu``, ``Dalam ...``)."""
    start = next((k + 1 for k in range(end - 1, -1, -1) if not toks[k].is_word), 0)
    subject = [t for t in toks[start:end] if t.lower not in scan.words("leading_connectives")]
    heads = scan.words("adjunct_starts") | scan.words("determined_connective_heads")
    return subject if subject and subject[0].lower not in heads else []


def _agent_then_clause(scan: Scan, site: CueSite) -> list[Candidate]:
    """``Dikatakan Yusri sejumlah anggota polisi ... tidak dilengkapi granat``: a passive cue opening the sentence,
    its agent's name, and the clause right after it in lower case with no comma between."""
    toks, lex = site.toks, scan.ctx.lex
    ph = capitalised_run(toks[1:], lex)
    rest = toks[1 + len(ph):]
    if not ph or not ph[-1].is_cap or not rest or not rest[0].is_word or rest[0].is_cap or \
            rest[0].lower in lex.complementizers:
        return []  # "Dikatakan Yusri bahwa ...": the complementizer's own finder
    m = mention_from(scan.ctx, ph)
    if m is None or m.kind != "name":
        return []
    s0, e0 = trim_content(scan.text, rest[0].start, site.sentence.end)
    if not is_clause(scan.text, s0, e0, scan.runs, lex, False) or \
            unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    return [site.candidate(s0, e0, m, scan.confidence("cue_passive"), "cue_passive")]


def _clitic_before_predicate(scan: Scan, site: CueSite) -> bool:
    """``konsumsi swasta juga |menurutnya| akan terus terjadi``, ``Kekalahan itu |imbuhnya| akan menjadi ...``: a
    cue with its clitic between a subject of two or more words (no comma between) and a predicate marker sits
    inside the clause, which is one record with the cue left in."""
    toks, pos = site.toks, site.pos
    if not site.cue.clitic or site.tok.lower.startswith("di") or pos + 1 >= len(toks) or \
            toks[pos + 1].lower not in scan.ctx.lex.predicate_markers:
        return False
    return len(_open_subject(scan, toks, pos)) >= 2 and toks[pos - 1].lower not in scan.words("relative") and \
        not _attributed(scan, toks[:pos])  # not "yang menurutnya"


def _comma_before(scan: Scan, toks: list[Tok], pos: int) -> int | None:
    """Index of the comma that ends the clause before a back cue: ``…, kata X`` or ``…, demikian kata X``."""
    if pos >= 1 and toks[pos - 1].text == ",":
        return pos - 1
    if pos >= 2 and toks[pos - 1].lower in scan.words("cue_particles") and toks[pos - 2].text == ",":
        return pos - 2
    return None


def _attributed(scan: Scan, toks: list[Tok], kinds: tuple[str, ...] = ("say", "post")) -> bool:
    """Does the text before a back cue already hold a speech cue of its own (outside quotation marks)? A word
    that is a cue only right after a quotation (``tulis``, ``teriak``) counts there (``"…," tulis dokumen …,
    dikutip detikFinance``)."""
    def cue_here(i: int, t: Tok) -> bool:
        kind = scan.ctx.lex.kind(t.lower)
        if kind == "postq":
            return scan.text[max(0, t.start - 3):t.start].rstrip()[-1:] in QUOTE_MARKS
        cue = scan.ctx.lex.cues.get(t.lower)
        if kind == "post" and cue is not None and not cue.clitic and not _speaker_may_follow(scan, toks, i):
            return False  # "Luas |tambah| tanam Indonesia, kata Gatot, ...": a word of a noun phrase
        return kind in kinds and not (cue is not None and cue.needs_source)  # a relay (dikutip) says nothing
    return any(cue_here(i, t) and not run_at(t.start, scan.runs) for i, t in enumerate(toks))


def _fronted_adjunct(scan: Scan, toks: list[Tok], most: int = 4) -> bool:
    """Are the words before the cue's comma only a short fronted adjunct (``Di Kediri``, ``Dalam kesempatan
    itu``)? Then the cue and its speaker open the statement, whose clause follows them (its comma left out)."""
    words = [t for t in toks if t.is_word]
    low = [t.lower for t in words]
    connectives = _lead_words_only(scan, low, scan.words("leading_connectives"))  # "Padahal, kata dia ..."
    return 0 < len(words) <= most and all(t.is_word for t in toks) and (connectives or (
        low[0] in scan.words("adjunct_starts") and low[0] not in scan.words("subordinators")))


def _speaker_may_follow(scan: Scan, toks: list[Tok], i: int) -> bool:
    """Can the post cue at ``i`` introduce a speaker: after a mark (a comma, a closing quotation mark), or followed
    by a capitalised word or a pronoun (``tambah CT``, ``kata dia``)?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (i > 0 and not toks[i - 1].is_word) or nxt is None or not nxt.is_word or nxt.is_cap or \
        scan.ctx.lex.references.get(nxt.lower) == "pronoun" or nxt.lower in scan.ctx.lex.words["quantifiers"]


def find_source_then_clause(scan: Scan, site: CueSite, toks: list[Tok], how: str,
                            confidence: float) -> list[Candidate]:
    """``Kata X, KLAUSA`` / ``Dijelaskan oleh X, KLAUSA``: the source phrase, a comma, the clause."""
    ph = phrase_after(toks, scan.ctx.lex, scan.ctx.config)
    after = toks[len(ph):]
    if not ph or not after or after[0].text != ",":
        return []
    s0, e0 = trim_content(scan.text, after[0].end, site.sentence.end)
    if unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    m = mention_from(scan.ctx, ph)
    if not plausible_source(m, scan.ctx.lex):
        return []  # "Dengan kata lain, …": no one speaks
    if site.cue.kind == "postq" and (m is None or m.kind not in ("name", "pronoun", "role")):
        return []  # "Lanjut ke Jakarta, …": a word that is a cue only before a person ("Lanjut Indra, …")
    return [site.candidate(s0, e0, m, confidence, how)]


def find_post_clause(scan: Scan, site: CueSite) -> list[Candidate]:
    """``KLAUSA, kata X.`` / ``Kata X, KLAUSA`` / ``A, kata X, B``."""
    toks, pos, text = site.toks, site.pos, scan.text
    lead = _past_connectives(scan, site)
    if pos == lead and site.cue.opens:
        return find_source_then_clause(scan, site, site.after, "cue_post", scan.confidence("cue_post_initial"))
    if pos == lead and site.cue.clitic:
        return find_clitic_then_clause(scan, site)
    at = _comma_before(scan, toks, pos)
    if at is None:
        if _clitic_before_predicate(scan, site):  # "Kekalahan melawan PSS Sleman imbuhnya akan menjadi ..."
            s0, e0 = trim_content(text, toks[0].start, site.sentence.end)
            m = clitic_mention(site.tok, site.cue.clitic)
            return [site.candidate(s0, e0, m, scan.confidence("cue_post"), "cue_post")]
        return _agent_clitic_inside(scan, site, lead) or _named_cue_inside(scan, site, lead)
    comma = toks[at]
    if _quotation_ends_clause(scan, toks[0].start, comma.start):
        return []  # quote right before: the direct record handles it
    if _attributed(scan, toks[:at]):
        return []  # the clause has its own cue: this one is a second attribution of it
    if site.cue.clitic:
        m, ph_len = clitic_mention(site.tok, site.cue.clitic), 0
    else:
        ph = phrase_after(site.after, scan.ctx.lex, scan.ctx.config)
        m, ph_len = mention_from(scan.ctx, ph), len(ph)
        if m is None or (site.cue.kind == "postq" and m.kind not in ("name", "pronoun", "role")):
            return []  # "…, lebih lanjut pemerintah …": an adjective, unless a person follows
    tail = toks[pos + 1 + ph_len:]
    if _fronted_adjunct(scan, toks[:at]) and m is not None and tail and tail[0].is_word and \
            unquoted_words(text, tail[0].start, site.sentence.end, scan.runs) >= scan.ctx.config.min_clause_words:
        s0, e0 = trim_content(text, tail[0].start, site.sentence.end)  # "Di Kediri, kata dia total anggaran ..."
        return [site.candidate(s0, e0, m, scan.confidence("cue_post"), "cue_post")]
    if toks[0].lower in scan.words("subordinators") and tail and tail[0].is_word and not tail[0].is_cap and \
            is_predicate(tail[0].text, scan.ctx.lex):
        return []  # "Meski terdengar menakutkan, pesan Hawking bukan ...": a noun and its owner opening the main
        # clause after a subordinate one, no cue
    if tail and tail[0].text == "," and unquoted_words(text, tail[0].end, site.sentence.end, scan.runs) >= \
            scan.ctx.config.min_clause_after_source or _predicate_follows(scan, site, tail, m):
        s0, e0 = trim_content(text, toks[0].start, site.sentence.end)  # A, kata X, B
    else:
        s0, e0 = trim_content(text, toks[0].start, comma.start)
    if unquoted_words(text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    return [site.candidate(s0, e0, m, scan.confidence("cue_post"), "cue_post")]


def _quotation_ends_clause(scan: Scan, start: int, comma: int) -> bool:
    """Does a quotation the direct record reports end right before the cue's comma? Not a one- or two-word
    fragment closing a clause of its own: ``Lebih dari 800 ribu pengungsi hidup dalam situasi yang "sangat
    akut", kata Filippo Grandi`` reports the whole clause."""
    run = run_at(comma - 1, scan.runs)
    if run is None:
        return scan.text[max(0, comma - 1)] in "\"”’'"
    min_words = scan.ctx.config.min_direct_words
    return n_words(scan.text[run.start:run.end]) >= min_words or \
        unquoted_words(scan.text, start, run.open, scan.runs) < scan.ctx.config.min_clause_words


def _agent_clitic_inside(scan: Scan, site: CueSite, lead: int) -> list[Candidate]:
    """``Kenaikan itu disebutnya akibat musim kemarau``: a passive cue whose clitic is its agent, between the
    subject and the rest of the clause with no commas, reports the whole sentence (one record)."""
    toks, pos, after = site.toks, site.pos, site.after
    if not site.cue.clitic or not site.tok.lower.startswith("di") or pos <= lead or \
            sum(t.is_word for t in after) < scan.ctx.config.min_clause_words:
        return []
    if toks[pos - 1].lower in scan.words("relative") or after[0].lower in scan.words("cue_adjunct_preps") or \
            after[0].lower in scan.words("naming_markers") or _attributed(scan, toks[:pos]):
        return []  # "yang disebutnya ...": a relative clause; "Hal tersebut disampaikannya saat ...": when
        # it was said; "disebutnya sebagai ...": a name given; "Trump menyampaikan bahwa ..., meskipun
        # diakuinya bahwa ...": the sentence's own cue reports it
    subject = [t.lower for t in toks[lead:pos] if t.is_word]
    if len(subject) == 2 and subject[0] in scan.words("matter_nouns") and subject[1] in scan.words("determiners"):
        return []  # "Hal tersebut disampaikannya, mewakili ...", "Hal ini disampaikannya lantaran ...": the
        # words just quoted, with how or why they were said, nothing new
    s0, e0 = trim_content(scan.text, toks[lead].start, site.sentence.end)
    m = clitic_mention(site.tok, site.cue.clitic)
    return [site.candidate(s0, e0, m, scan.confidence("cue_post"), "cue_post")]


def _named_cue_inside(scan: Scan, site: CueSite, lead: int) -> list[Candidate]:
    """``Tetapi pemerintah kata Enggar akan menekan harganya``: ``kata`` and a name between a clause's subject
    and its predicate, with no commas, sit inside the clause: one record of the whole sentence."""
    toks, pos = site.toks, site.pos
    if site.cue.kind != "post" or site.cue.clitic or pos <= lead or not toks[pos - 1].is_word or \
            toks[pos - 1].lower in scan.words("relative") or _attributed(scan, toks[:pos]):
        return []
    ph = phrase_after(site.after, scan.ctx.lex, scan.ctx.config)
    if not (len(ph) == 1 and scan.ctx.lex.references.get(ph[0].lower) == "pronoun"):  # "kata dia"
        ph = ph[:next((i for i, t in enumerate(ph) if t.is_word and not t.is_cap), len(ph))]  # "Enggar |akan| ..."
    m = mention_from(scan.ctx, ph)
    tail = site.after[len(ph):]  # the predicate right after the name, no comma ("Seperti kata Heraclitus, ...")
    if not _set_off_after(scan, site, m, tail) and (
            m is None or m.kind != "name" or not tail or not tail[0].is_word or tail[0].is_cap or not (
            is_predicate(tail[0].text, scan.ctx.lex) or tail[0].lower in scan.ctx.lex.predicate_markers)):
        return []
    s0, e0 = trim_content(scan.text, toks[lead].start, site.sentence.end)
    return [site.candidate(s0, e0, m, scan.confidence("cue_post"), "cue_post")]


def _set_off_after(scan: Scan, site: CueSite, m: Mention | None, tail: list[Tok]) -> bool:
    """``Mudahan kata dia, tahun depan harga karet bisa naik``, ``Maju mundurnya Kalbar kata Satono, ...``: a
    post cue and its speaker with a comma after them only (the writer left out the first): the cue sits
    inside the sentence, one record of the whole sentence (not after a comparison: ``Seperti kata Heraclitus,
    ...``)."""
    return m is not None and m.kind in ("name", "pronoun") and bool(tail) and tail[0].text == "," and \
        site.toks[site.pos - 1].lower not in scan.words("phrase_stops") and \
        unquoted_words(scan.text, tail[0].end, site.sentence.end, scan.runs) >= scan.ctx.config.min_clause_words


def _predicate_follows(scan: Scan, site: CueSite, tail: list[Tok], m: Mention | None = None) -> bool:
    """``Berita yang terpercaya, dinilainya |menjadi| elemen kunci ...``, ``Upaya penyelidikan ini, kata Barung
    |merupakan| tindak lanjut ...``: a clitic cue, or a cue and a name, between the clause's subject and its
    predicate sits inside the clause (the second comma left out), which is one record with the cue left in."""
    lex = scan.ctx.lex
    if site.toks and site.toks[0].lower in scan.words("subordinators"):
        return False  # "Meski terdengar menakutkan, pesan Hawking bukan ...": the comma closes a subordinate clause
    named = m is not None and m.kind == "name" and bool(tail) and tail[0].lower in lex.predicate_markers
    return (bool(site.cue.clitic) or m is not None and m.kind == "name") and bool(tail) and tail[0].is_word \
        and not tail[0].is_cap and (named or is_predicate(tail[0].text, lex) and lex.kind(tail[0].lower) is None)


def find_clitic_then_clause(scan: Scan, site: CueSite) -> list[Candidate]:
    """``Jelasnya, KLAUSA`` / ``Tegasnya sekali lagi, KLAUSA``: the clitic is the speaker."""
    after = site.after
    k = 0
    while k < len(after) and k < 3 and after[k].text != "," and after[k].lower in scan.words("cue_adverbs") | {
            "sekali"}:
        k += 1
    if k >= len(after) or after[k].text != "," and after[k].lower not in scan.ctx.lex.complementizers:
        return []  # "Jelasnya, KLAUSA"; "Dikatakannya bahwa KLAUSA"
    s0, e0 = trim_content(scan.text, after[k].end, site.sentence.end)
    if unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    m = clitic_mention(site.tok, site.cue.clitic)
    return [site.candidate(s0, e0, m, scan.confidence("cue_post_initial"), "cue_post")]


def _report_frame_source(scan: Scan, site: CueSite) -> list[Candidate] | None:
    """``Sementara itu, dalam laporan Haaretz, disebutkan bahwa KLAUSA``: a frame of a reporting noun
    (``[report_frame_preps]`` + a nominal cue) and its source in commas right before the passive cue: that
    source says the clause; with a subject before the frame (``Advokat Jenderal Militer Israel, dalam laporan
    Haaretz, disebutkan telah memerintahkan ...``) the whole sentence, the cue left in. None without a frame."""
    toks = site.toks[:site.pos]
    i, opens = _report_frame_start(scan, toks)
    if i is None or toks[-1].text != "," or scan.ctx.lex.nominal.get(toks[i + 1].lower) is None:
        return None
    k = i + 2
    while k < len(toks) - 1 and toks[k].lower in scan.words("cue_noun_modifiers"):
        k += 1  # "dalam keterangan |tertulis| Kementerian Kesehatan"
    source = toks[k:-1]
    if not source or all(t.lower in scan.words("determiners") for t in source):
        return None  # "dalam laporan tersebut": the report named before, whose source the context gives
    m = mention_from(scan.ctx, source)
    if not opens:
        start, end, has_comp = toks[0].start, site.sentence.end, ""
    else:
        start, end, has_comp = content_after(site.after, scan.ctx.lex, site.sentence.end,
                                             scan.ctx.config.complementizer_window)
    start, end = trim_content(scan.text, start, end)
    if m is None or not (has_comp or is_clause(scan.text, start, end, scan.runs, scan.ctx.lex, False)):
        return None
    return [site.candidate(start, end, m, scan.confidence("cue_passive"), "cue_passive")]


def _report_frame_start(scan: Scan, toks: list[Tok]) -> tuple[int | None, bool]:
    """Where the last report frame before the cue opens (``[report_frame_preps]`` after a comma or only
    connectives), and whether it opens the sentence (nothing but connectives before it); (None, False) if none."""
    for i in range(len(toks) - 3, -1, -1):
        if toks[i].lower not in scan.words("report_frame_preps"):
            continue
        opens = _only_connectives(scan, toks[:i])
        if opens or toks[i - 1].text == ",":
            return i, opens
    return None, False


def _only_connectives(scan: Scan, toks: list[Tok]) -> bool:
    """Are ``toks`` nothing but connectives, determiners and commas (``Sementara itu,``)?"""
    rest = without_leading_connectives(list(toks), scan.ctx.lex)
    return all(t.text == "," or t.lower in scan.words("determiners") for t in rest)


def find_passive(scan: Scan, site: CueSite) -> list[Candidate]:
    """``Dikatakan bahwa …`` / ``Dijelaskan oleh X, …`` / ``DPR RI disebut akan …``."""
    toks, pos, text, config = site.toks, site.pos, scan.text, scan.ctx.config
    framed = _report_frame_source(scan, site)
    if framed is not None:
        return framed
    if pos and _opens_its_sentence(scan, site):  # "Lebih lanjut, dipaparkan Gede, KLAUSA": opens it
        site = replace(site, toks=toks[pos:], pos=0)
        toks, pos = site.toks, 0
    if pos != 0:
        aside = _passive_aside(scan, site) or _judged_by_name(scan, site)
        if aside is not None:
            return aside
        if _likewise_matter(scan, toks[:pos]):  # "Hal senada diungkap Cahyo (55) ..., jika KLAUSA"
            return _likewise_said(scan, site)
        # "DPR RI disebut akan mengawasi …": the statement is reported by the source in context
        nxt = toks[pos + 1] if pos + 1 < len(toks) else None
        if site.tok.lower in scan.words("reportedly_passives"):
            return []  # "Iran dilaporkan meminta ...", "Pria tersebut dilaporkan masih hidup": "reportedly", the
            # writer's hedge (GUIDELINES); a cue after it reports
        if nxt is None or not is_predicate(nxt.text, scan.ctx.lex) or site.cue.needs_that or \
                nxt.lower in scan.ctx.lex.root_verbs or _can_must_or_means(scan, site):
            return []  # a cue marked "that" (dinyatakan bersalah, lulus, meninggal) or a bare verb (dilaporkan
            # hilang, disebut masuk) declares a status; "boleh dikatakan melimpah" is "one could say"
        if any(t.lower in scan.words("relative") for t in toks[max(0, pos - 3):pos]):
            return []  # "pihak yang rahasianya diungkap memberikan …": a relative clause, not a report
        if _attributed(scan, toks[:pos]):
            return []  # "Agus mengatakan pelaku |dipastikan| sudah ditangkap": inside what a cue before it reports
        s0, e0 = trim_content(text, toks[0].start, site.sentence.end)
        if unquoted_words(text, s0, e0, scan.runs) < config.min_passive_words:
            return []
        return [replace(site.candidate(s0, e0, None, scan.confidence("passive_context"), "carry"),
                        needs_speaker=True)]
    if len(toks) > 2 and toks[1].lower in scan.words("agent_markers"):  # Dijelaskan oleh X, KLAUSA
        return find_source_then_clause(scan, site, toks[2:], "cue_passive", scan.confidence("cue_passive"))
    # Diungkapkan Niti, KLAUSA / Dikatakan dia, KLAUSA: the agent without "oleh"
    if len(toks) > 2 and (toks[1].is_cap or scan.ctx.lex.references.get(toks[1].lower) == "pronoun"):
        found = find_source_then_clause(scan, site, toks[1:], "cue_passive", scan.confidence("cue_passive"))
        if found and found[0].mention is not None and found[0].mention.kind in ("name", "role", "pronoun"):
            return found
        named = _agent_then_clause(scan, site)
        if named:
            return named
    start, end, has_comp = content_after(toks[1:], scan.ctx.lex, site.sentence.end, config.complementizer_window)
    start, end = trim_content(text, start, end)
    if not (has_comp or is_clause(text, start, end, scan.runs, scan.ctx.lex, False)) or \
            unquoted_words(text, start, end, scan.runs) < config.min_clause_words:
        return []
    return [replace(site.candidate(start, end, None, scan.confidence("passive_context"), "carry"), needs_speaker=True)]


def _likewise_matter(scan: Scan, toks: list[Tok]) -> bool:
    """Is the subject of a passive cue ``Hal senada``, ``Hal yang sama juga`` (``[matter_nouns]`` and
    ``[likeness_words]``): the agent after the cue says the like, and what follows its comma is what they said?"""
    words = [t.lower for t in without_leading_connectives(list(toks), scan.ctx.lex)]
    while words and words[-1] in scan.words("cue_adverbs"):
        words.pop()
    return bool(words) and likeness_length(words, scan.ctx.lex) == len(words)


def _likewise_said(scan: Scan, site: CueSite) -> list[Candidate]:
    """``Hal senada diungkap Cahyo (55) pedagang lainnya di Kecamatan Way Panji, jika KLAUSA``: the agent (its
    description and place may run to the comma) says the clause after the comma; [] when no clause follows
    (the agent's words come in the next sentences)."""
    after = site.after
    comma = next((i for i, t in enumerate(after) if t.text == ","), None)
    ph = phrase_after(after[:comma] if comma is not None else after, scan.ctx.lex, scan.ctx.config)
    m = mention_from(scan.ctx, ph) if ph else None
    if comma is None or m is None or not plausible_source(m, scan.ctx.lex):
        return []
    start, end, has_comp = content_after(after[comma + 1:], scan.ctx.lex, site.sentence.end, 1)
    start, end = trim_content(scan.text, start, end)
    if not has_comp or unquoted_words(scan.text, start, end, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    return [site.candidate(start, end, m, scan.confidence("cue_passive"), "cue_passive")]


def _passive_aside(scan: Scan, site: CueSite) -> list[Candidate] | None:
    """``Rusuh di Rutan Mako Brimob, |ditegaskan pemerintah|, merupakan hal urgen``: a passive cue and its agent
    set off by commas inside a clause, like ``A, kata X, B``: one record of the whole sentence, the agent
    speaking (None when the cue is not set off so)."""
    toks, pos, lex = site.toks, site.pos, scan.ctx.lex
    if toks[pos - 1].text != "," or pos < 3:
        return None
    ph = phrase_after(site.after, lex, scan.ctx.config)
    tail = site.after[len(ph):]
    m = mention_from(scan.ctx, ph)
    if m is None or m.kind not in ("name", "role", "source") or not plausible_source(m, lex) or \
            len(tail) < 2 or tail[0].text != "," or not tail[1].is_word or tail[1].is_cap:
        return None
    return _passive_sentence(scan, site, m)


def _passive_sentence(scan: Scan, site: CueSite, m: Mention) -> list[Candidate] | None:
    """The whole sentence as one record of the agent ``m`` of a passive cue inside it (None when too short)."""
    s0, e0 = trim_content(scan.text, site.toks[0].start, site.sentence.end)
    if unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return None
    return [site.candidate(s0, e0, m, scan.confidence("cue_passive"), "cue_passive")]


def _judged_by_name(scan: Scan, site: CueSite) -> list[Candidate] | None:
    """``pengalaman bermain tandang dinilai Antoine sebagai modal bagus``: a passive cue inside the clause with a
    person's name as its agent right after it and the rest of the clause after the name (``sebagai`` or a
    predicate), no commas: the named person's statement, one record of the whole sentence (None otherwise; not
    ``Hal itu dikatakan Purbaya saat ...``, which credits words already quoted)."""
    toks, pos, lex = site.toks, site.pos, scan.ctx.lex
    name = capitalised_run(site.after, lex)
    tail = site.after[len(name):]
    m = mention_from(scan.ctx, name) if name else None
    if m is None or m.kind != "name" or not scan.ctx.names_person(m.start, m.end) or not tail or \
            not tail[0].is_word or tail[0].is_cap or not (
                tail[0].lower in scan.words("naming_markers") or tail[0].lower in lex.predicate_markers):
        return None
    subject = [t.lower for t in toks[:pos] if t.is_word]
    if len(subject) < 2 or subject[0] in scan.words("matter_nouns") or toks[pos - 1].lower in scan.words("relative"):
        return None
    return _passive_sentence(scan, site, m)


def find_nominal(scan: Scan, site: CueSite) -> list[Candidate]:
    """``klaim AS bahwa KLAUSA``, ``pernyataannya bahwa KLAUSA``, ``Dalam penilaiannya, KLAUSA``."""
    after = site.after
    if site.cue.clitic:
        m = clitic_mention(site.tok, site.cue.clitic)
        leads = [t for t in site.before if t.is_word]
        if after and after[0].text == "," and all(t.lower in scan.words("nominal_leads") for t in leads) and \
                len(leads) <= 1:
            return _nominal_clause(scan, site, after[0].end, m)
        if after and after[0].lower == "bahwa":
            return _nominal_clause(scan, site, after[0].end, m)
        return []
    framed = _source_frame(scan, site)
    if framed:
        return framed
    k = next((i for i, t in enumerate(after[:6]) if t.lower == "bahwa"), None)
    if not k or any(not t.is_word for t in after[:k]):
        return []
    m = mention_from(scan.ctx, after[:k])
    if m is None or m.kind in ("pronoun", "clitic") or not plausible_source(m, scan.ctx.lex):
        return []
    return _nominal_clause(scan, site, after[k].end, m)


def _source_frame(scan: Scan, site: CueSite, most: int = 8) -> list[Candidate]:
    """``Berdasar penjelasan Pemerintah Kabupaten Bekasi, KLAUSA``, ``Dari pengakuan Budi, KLAUSA``: a fronted
    frame of a lead word ([source_frame_leads]), a nominal cue of speech ([source_frame_nouns]) and its source,
    closed by a comma, reports the clause after it like ``Menurut X,``."""
    leads = [t for t in site.before if t.is_word]
    if len(site.before) != 1 or not leads or leads[0].lower not in scan.words("source_frame_leads") or \
            site.tok.lower not in scan.words("source_frame_nouns"):
        return []
    after = site.after
    k = next((i for i, t in enumerate(after[:most + 1]) if not t.is_word), None)
    if not k or after[k].text != "," or any(t.lower in scan.words("relative") or is_verb(t.text, scan.ctx.lex)
                                            for t in after[:k]):
        return []  # "Berdasarkan keterangan tertulis yang diterima detikHikmah,": no source named
    source = phrase_after(after[:k], scan.ctx.lex, scan.ctx.config)  # "penjelasan |dari laman| Pemerintah ..."
    if not source or source[-1] is not after[k - 1]:
        return []  # "keterangan Kementerian Keuangan |sampai 30 September 2025|,": a time, not all source
    m = mention_from(scan.ctx, source)
    if m is None or m.kind in ("pronoun", "clitic") or not plausible_source(m, scan.ctx.lex):
        return []
    return _nominal_clause(scan, site, after[k].end, m)


def _nominal_clause(scan: Scan, site: CueSite, start: int, m: Mention) -> list[Candidate]:
    toks = tokenize(scan.text, start, site.sentence.end)
    skip = skip_adjuncts(toks, scan.ctx.lex)  # "Dalam pernyataannya, Senin (10/6/2025), Brik menilai ...": no date
    if _opens_with_own_cue(toks[skip:], scan.ctx.lex):
        return []  # the clause has its own speaker and cue: that finder records it
    s0, e0 = trim_content(scan.text, toks[skip].start if 0 < skip < len(toks) else start, site.sentence.end)
    e0 = cut_before_next_cue(scan.text, s0, e0, scan.runs, scan.ctx.lex)
    if unquoted_words(scan.text, s0, e0, scan.runs) < scan.ctx.config.min_clause_words:
        return []
    return [site.candidate(s0, e0, m, scan.confidence("cue_nominal"), "cue_nominal")]


def _opens_with_own_cue(toks: list[Tok], lex, most: int = 6) -> bool:
    """Does the clause open with a subject and its own speech verb (``Brik menilai ...``), no verb nor
    comma before it?"""
    for i, t in enumerate(toks[:most]):
        if not t.is_word or (i and is_verb(t.text, lex) and lex.kind(t.lower) != "say"):
            return False
        if i and lex.kind(t.lower) == "say":
            return True
    return False


CLAUSE_FINDERS: dict[str, Callable[[Scan, CueSite], list[Candidate]]] = {
    "say": find_say_clause,
    "menurut": find_menurut,
    "post": find_post_clause,
    "postq": find_post_clause,
    "passive": find_passive,
    "nominal": find_nominal,
}


def cue_sites(scan: Scan, sentence: Sentence) -> list[CueSite]:
    """Cue words of a sentence outside quotation marks (after its dateline)."""
    body_start = sentence.start
    span = find_dateline(scan.text[sentence.start:sentence.end])
    if span:
        body_start = sentence.start + span[1]
    toks = [t for t in tokenize(scan.text, sentence.start, sentence.end) if t.start >= body_start]
    sites = []
    for pos, tok in enumerate(toks):
        if run_at(tok.start, scan.runs) or _adjective_use(scan, toks, pos) or _inside_name(toks, pos):
            continue
        for table in (scan.ctx.lex.cues, scan.ctx.lex.nominal):
            cue = table.get(tok.lower)
            if cue is not None:
                sites.append(CueSite(tok, cue, pos, toks, sentence))
    return sites


def _inside_name(toks: list[Tok], pos: int) -> bool:
    """``Kampung Ujoh |Bilang|``: a capitalised cue word right after a capitalised word is part of a name."""
    return pos > 0 and toks[pos].is_cap and toks[pos - 1].is_word and toks[pos - 1].is_cap and \
        not toks[pos].text.isupper()


def _adjective_use(scan: Scan, toks: list[Tok], pos: int) -> bool:
    """``kebutuhan |mendesak| di lapangan``, ``sangat mendesak``: a cue verb that is also an adjective
    (``[adjective_cues]``) after a noun or degree adverb it describes (``[adjective_cue_heads]``) reports nothing."""
    return pos > 0 and toks[pos].lower in scan.words("adjective_cues") and \
        toks[pos - 1].lower in scan.words("adjective_cue_heads")


def find_indirect(scan: Scan) -> list[Candidate]:
    """Clause finders over every cue of every sentence; a "sentence" longer than any prose sentence
    (a list, or text with no full stops) is not read, which keeps the work linear in the text."""
    out = []
    limit = scan.ctx.config.max_sentence_chars
    for sentence in scan.sentences:
        if sentence.end - sentence.start > limit:
            continue
        for site in cue_sites(scan, sentence):
            finder = CLAUSE_FINDERS.get(site.cue.kind)
            if finder is not None:
                out.extend(finder(scan, site))
    return out


def _own_report(inner: Candidate, outer: Candidate, scan: Scan) -> bool:
    """Is ``inner`` a statement of someone else reported in a subordinate clause of ``outer`` (``Menurut X,
    … setelah pejabat AS menyebutkan bahwa …``)? Then both are records."""
    m, o = inner.mention, outer.mention
    if outer.how != "cue_menurut" or inner.how != "cue_say" or m is None or \
            m.kind not in ("name", "role", "source", "description"):
        return False
    before = [t for t in tokenize(scan.text, outer.start, m.start) if t.is_word]
    if not before or before[-1].lower not in scan.words("subordinators"):
        return False
    return o is None or m.text.lower() != o.text.lower()


def drop_nested(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """Keep one indirect record per clause: drop indirect ones nested in another, unless they report
    another speaker."""
    by_sentence: dict[int, list[Candidate]] = {}  # an indirect record never leaves its sentence
    for c in cands:
        if c.quote_type == "indirect":
            by_sentence.setdefault(_sentence_key(scan, c), []).append(c)
    keep, seen_spans = [], set()
    for c in cands:
        if c.quote_type == "indirect":
            if (c.start, c.end) in seen_spans or any(
                o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) and
                not _own_report(c, o, scan) for o in by_sentence[_sentence_key(scan, c)]
            ):
                continue
            seen_spans.add((c.start, c.end))
        keep.append(c)
    return sorted(keep, key=lambda c: (c.start, c.end))


def _sentence_key(scan: Scan, c: Candidate) -> int:
    sent = scan.sentence_of(c.start)
    return sent.index if sent else -1


def link_open_quotes(cands: list[Candidate], config: AttributionConfig) -> None:
    """A quote left open at a paragraph end takes the cue of the paragraph that closes it."""
    ordered = sorted(cands, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        if not (c.open_ended and c.mention is None and c.quote_type == "direct"):
            continue
        for nxt in ordered[i + 1:i + 1 + config.multiparagraph_lookahead]:
            if nxt.quote_type != "direct":
                break
            if nxt.mention is not None:
                c.mention, c.cue, c.cue_start, c.cue_end = nxt.mention, nxt.cue, nxt.cue_start, nxt.cue_end
                c.how, c.confidence = "multiparagraph", config.confidence["multiparagraph"]
                break
            if not nxt.open_ended:
                break


def find_candidates(scan: Scan) -> list[Candidate]:
    """Every finder over one article, nested indirect records dropped, open quotes linked."""
    cands = drop_nested(find_direct(scan) + find_indirect(scan), scan)
    link_open_quotes(cands, scan.ctx.config)
    share_cue_subject(cands)
    return cands


def share_cue_subject(cands: list[Candidate]) -> None:
    """``Washington D.C -Donald Trump mengatakan ia menginginkan "akhir yang sesungguhnya" bagi ...``: a quoted
    run inside reported speech whose cue stands in that speech (its own or one inside the clause) is that
    speaker's, unless its cue found its subject inside the clause (the indirect finder reads the subject with
    the dateline and asides left out)."""
    owners = [c for c in cands if c.quote_type == "indirect" and c.cue_start >= 0 and c.mention]
    for c in cands:
        if c.quote_type != "direct" or c.cue_start < 0:
            continue
        owner = next((o for o in owners if o.start <= c.start and c.end <= o.end
                      and o.cue_start <= c.cue_start < o.end), None)
        if owner is not None and (c.mention is None or c.mention.start < owner.start):
            c.mention = owner.mention  # its own cue's subject was read outside the reported clause

"""Language data shared by the entity layer and attribution, read and validated once.

The loader reads ``pipeline/resources``; the predicates below it (verbs, role heads,
descriptions) are the word-level tests both stages need.


Every cue's behaviour is a row of ``cues.tsv`` (kind, clitic, whether it
needs a source, whether it may open a sentence, whether it survives after
``yang``); function words are sections of ``attribution_words.txt``. A
missing file, section or column is a :class:`ResourceError` naming the file
and line when the lexicon is loaded, not an error on every article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .resource_files import ResourceError, read_list, read_sections, read_table

CUE_KINDS = ("say", "post", "postq", "menurut", "passive", "quote", "nominal")
CUE_COLUMNS = ("form", "kind", "clitic", "source", "opens", "relative", "comp")
WORD_SECTIONS = (
    "conjunctions", "determiners", "quantifiers", "group_starts", "leading_connectives", "subordinators",
    "adjunct_starts", "determined_connective_heads", "phrase_stops", "cue_adjunct_preps", "adjunct_nouns",
    "cue_adverbs", "menurut_skip", "account_words", "document_heads", "background_openers", "complaint_cues",
    "complaint_links",
    "org_subunits", "relative", "cue_particles", "cue_particles_before_cue", "news_outlets", "post_blockers",
    "agent_markers", "naming_markers",
    "act_objects", "topic_openers", "fronted_topic_openers", "reportedly_passives", "matter_nouns",
    "role_also", "answer_adjuncts", "question_nouns", "menurut_lead",
    "group_nouns", "nominal_leads", "nominalised_heads", "not_sources",
    "subject_blockers", "plural_quantifiers", "place_preps", "place_source_preps", "likeness_words", "person_nouns",
    "description_adverbs",
    "leading_phrases", "description_modifiers", "name_inner_words", "role_modifiers",
    "indefinite_openers", "name_introducers", "introducer_fillers", "event_time_preps", "companion_words",
    "question_openers", "report_frame_preps", "role_linkers", "adverb_openers", "singular_openers", "credit_phrases",
    "title_markers", "plural_pronouns", "object_preps", "counted_pronouns", "judged_passives", "affiliation_preps",
    "existential_openers", "existentials", "place_heads", "home_country", "ticket_markers", "willingness",
    "approximators",
    "negators", "withheld_cues", "refusal_words", "comment_words", "aside_adjectives", "copulas", "phrase_continuers",
    "determined_times", "stance_verbs", "presentatives", "representation_verbs", "name_openers", "role_breakers",
    "initial_markers", "sure_complementizers", "recital_verbs", "recital_nouns",
    "source_nouns", "owner_nouns", "organisation_nouns", "initial_roles", "ability_modals", "purpose_markers",
    "chief_words",
    "addressee_cues", "directive_complementizers", "directive_nouns", "object_nouns", "document_nouns",
    "source_places", "accompanying_markers", "adjective_cues", "adjective_cue_heads",
    "cue_noun_modifiers", "initial_fillers", "relay_preps", "source_frame_leads", "source_frame_nouns", "cue_leads",
    "former_modifiers", "aim_cues", "ballot_numbers", "body_pronouns",
)
REFERENCE_KINDS = ("pronoun", "clitic", "determiner")


@dataclass(frozen=True)
class Cue:
    """One speech cue form and how it links speaker and content."""

    form: str
    kind: str
    clitic: str = ""  # "nya" when the form carries its speaker as a clitic (katanya)
    needs_source: bool = False  # mengutip X: no source phrase, no quote
    opens: bool = False  # Kata X, KLAUSA
    relative: bool = False  # Peskov, yang mengatakan …
    needs_comp: bool = False  # mendorong X untuk …: without a complementizer no quote
    needs_that: bool = False  # memutuskan bahwa …: only with a that-clause (bahwa, jika), not untuk/agar
    # MK memutuskan pemilu lokal diselenggarakan …: a clause with its own subject will do too (never a verb:
    # memutuskan menunda sidang is a decision)
    subject_clause: bool = False
    # "AHY melanjutkan, pihaknya mengawal ...": only with a complementizer or a comma right after it (a verb
    # that otherwise takes an object: melanjutkan kegiatan memasak)
    needs_set_off: bool = False
    # "Jokowi mempertanyakan penyebab tingginya harga beras": a reported question whose noun phrase is the
    # content (GUIDELINES: reported questions count)
    object_content: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Language data for attribution, read from ``pipeline/resources``."""

    cues: dict[str, Cue]
    roles: frozenset[str]
    role_first_words: frozenset[str]
    np_stop: frozenset[str]
    time_words: frozenset[str]
    references: dict[str, str]
    not_verbs: frozenset[str]
    complementizers: dict[str, bool]  # form -> the word stays in the quote text
    predicate_markers: frozenset[str]
    root_verbs: frozenset[str] = frozenset()  # predicates without an affix (naik, datang): clauses, not reports
    org_heads: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # attribution_words.txt sections
    post_alt: str = ""  # regex alternation of post cues without a clitic (kata|ujar|…)
    say_alt: str = ""  # regex alternation of say verbs
    max_role_words: int = 3
    nominal: dict[str, Cue] = field(default_factory=dict)  # klaim AS bahwa …, Dalam penilaiannya, …

    def kind(self, word: str) -> str | None:
        """The cue kind of a (lower-case) word, or None when it is no cue."""
        cue = self.cues.get(word)
        return cue.kind if cue else None


def _flag(row: dict[str, str], column: str, true: str) -> bool:
    value = row[column]
    if value not in (true, "-", ""):
        raise ResourceError(f"{row['_where']}: column {column!r} must be {true!r} or '-', got {value!r}")
    return value == true


def _read_cues(folder: Path | None) -> tuple[dict[str, Cue], dict[str, Cue]]:
    """Verb-like cues by form, and nominal cues (``klaim``, ``penilaiannya``) by form.

    A form may be listed once as a nominal cue and once with another kind
    (``klaim``: ``"…," klaim X`` and ``klaim AS bahwa …``).
    """
    cues: dict[str, Cue] = {}
    nominal: dict[str, Cue] = {}
    for row in read_table("cues.tsv", CUE_COLUMNS, min_columns=2, folder=folder):
        form, kind = row["form"].lower(), row["kind"]
        if kind not in CUE_KINDS:
            raise ResourceError(f"{row['_where']}: unknown cue kind {kind!r} (known: {', '.join(CUE_KINDS)})")
        table = nominal if kind == "nominal" else cues
        if form in table:
            raise ResourceError(f"{row['_where']}: cue {form!r} is listed twice")
        clitic = "" if row["clitic"] in ("-", "") else row["clitic"]
        if clitic and not form.endswith(clitic):
            raise ResourceError(f"{row['_where']}: cue {form!r} does not end in its clitic {clitic!r}")
        table[form] = Cue(form, kind, clitic, _flag(row, "source", "needed"), _flag(row, "opens", "yes"),
                          _flag(row, "relative", "yes"), row["comp"] in ("needed", "that"), _comp_that(row),
                          row["comp"] == "clause", row["comp"] == "comma", row["comp"] == "object")
    return cues, nominal


def _comp_that(row: dict[str, str]) -> bool:
    if row["comp"] not in ("needed", "that", "clause", "comma", "object", "-", ""):
        raise ResourceError(f"{row['_where']}: column 'comp' must be 'needed', 'that', 'clause', 'comma', 'object' "
                            f"or '-', got {row['comp']!r}")
    return row["comp"] in ("that", "clause")


def _read_pairs(name: str, columns: tuple[str, str], allowed: tuple[str, ...],
                folder: Path | None) -> dict[str, str]:
    out = {}
    for row in read_table(name, columns, folder=folder):
        if row[columns[1]] not in allowed:
            raise ResourceError(f"{row['_where']}: {columns[1]} must be one of {allowed}, got {row[columns[1]]!r}")
        out[row[columns[0]]] = row[columns[1]]
    return out


def _alternation(forms: list[str]) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """Read the data files once per process (they are immutable); ``folder`` replaces ``pipeline/resources``."""
    where = Path(folder) if folder else None
    cues, nominal = _read_cues(where)
    roles = frozenset(r.lower() for r in read_list("roles.txt", where)) | frozenset(load_role_acronyms(folder))
    # ("Menkes Nila": an office's short form is a role)
    comps = _read_pairs("complementizers.txt", ("form", "keep"), ("0", "1"), where)
    return Lexicon(
        cues=cues,
        roles=roles,
        role_first_words=frozenset(r.split()[0] for r in roles),
        np_stop=frozenset(read_list("np_stop.txt", where)),
        time_words=frozenset(read_list("time_words.txt", where)),
        references=_read_pairs("references.txt", ("form", "kind"), REFERENCE_KINDS, where),
        not_verbs=frozenset(read_list("not_verbs.txt", where)),
        complementizers={form: keep == "1" for form, keep in comps.items()},
        predicate_markers=frozenset(read_list("predicate_markers.txt", where)),
        root_verbs=frozenset(read_list("root_verbs.txt", where)),
        org_heads=frozenset(read_list("org_heads.txt", where)),
        org_words=frozenset(read_list("org_words.txt", where)),
        ranks=load_ranks(folder),
        words=read_sections("attribution_words.txt", required=WORD_SECTIONS, folder=where),
        post_alt=_alternation([c.form for c in cues.values() if c.kind in ("post", "postq") and not c.clitic]),
        say_alt=_alternation([c.form for c in cues.values() if c.kind == "say"]),
        max_role_words=max(len(r.split()) for r in roles),
        nominal=nominal,
    )

@lru_cache(maxsize=4)
def load_ranks(folder: str | None = None) -> frozenset[str]:
    """The ranks of ``ranks.txt``, and each one-word rank with an army corps after it (``corps.txt``: ``Lettu
    Arm``, ``Kolonel Inf``), which is still the rank, never the name."""
    where = Path(folder) if folder else None
    ranks = frozenset(read_list("ranks.txt", where))
    corps = read_list("corps.txt", where)
    return ranks | frozenset(f"{r} {c}" for r in ranks if " " not in r for c in corps)


@lru_cache(maxsize=4)
def longest_rank(ranks: frozenset[str]) -> int:
    """Words in the longest rank of ``ranks.txt`` (``Ajun Komisaris Besar Polisi``)."""
    return max((len(r.split()) for r in ranks), default=1)


# a reduplicated verb keeps its prefix on the first half (bermain-main, dipukul-pukul)
@lru_cache(maxsize=4)
def load_role_acronyms(folder: str | None = None) -> dict[str, str]:
    """Office short forms and the office each spells out (``mentan`` -> ``menteri pertanian``):
    titles for the NER rule, role words for names and speakers; ``folder`` replaces ``pipeline/resources``."""
    where = Path(folder) if folder else None
    return {r["short"]: r["office"] for r in read_table("role_acronyms.tsv", ("short", "office"), folder=where)}


@lru_cache(maxsize=1)
def load_org_short_forms() -> dict[str, str]:
    """Institutions' syllable short forms and the words their full names start with (``kejati`` ->
    ``kejaksaan tinggi``): a body the article names in full, then by its short form."""
    return {r["short"]: r["full"] for r in read_table("org_short_forms.tsv", ("short", "full"))}


@lru_cache(maxsize=1)
def load_body_nouns() -> dict[str, frozenset[str]]:
    """Common nouns for a kind of body (``militer``, ``kampus``) and the words a name of that kind holds: the
    noun alone takes up the body the sentence before opened with (``resources/body_nouns.tsv``)."""
    return {r["noun"]: frozenset(r["kind_words"].split()) for r in read_table("body_nouns.tsv", ("noun", "kind_words"))}


VERB_PREFIX = re.compile(r"^(?:me(?:m|n|ng|ny)?|ber|be|memper|diper)[a-z]{3,}(?:-[a-z]{2,})?$")
PASSIVE_PREFIX = re.compile(r"^(?:di|ter)[a-z]{4,}(?:-[a-z]{2,})?$")
AGENT_PASSIVE = re.compile(r"^di[a-z]{4,}$")  # di- passives (diperolehnya, dikuntit); ter- also makes adjectives
ACTIVE_PREFIX = re.compile(r"^me(?:m|n|ng|ny)?[a-z]{3,}$")  # meN- verbs: a subject's transitive action
ATTRIBUTIVE_PREFIX = re.compile(r"^ber[a-z]{3,}$")  # ber- words also describe a noun (pria berkacamata itu)
NOUN_AFFIX = re.compile(r"^(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an$")


@lru_cache(maxsize=1)
def load_months() -> dict[str, int]:
    """Month names and abbreviations (Indonesian and English, lower case) -> month number, from
    ``resources/months.tsv``: the corpus step parses dates with it, speaker phrases tell a date from a
    document number (``No. 7 Tahun 2025``) with it."""
    out = {}
    for line in read_list("months.tsv"):
        name, num = line.split("\t")
        out[name.strip()] = int(num)
    return out


def clean_name(text: str) -> str:
    """A mention without surrounding punctuation and with single spaces."""
    return re.sub(r"\s+", " ", text).strip(" ,.;:-–—()")


def is_verb(word: str, lex: Lexicon) -> bool:
    """A lower-case active verb (affix or say cue): it ends a noun phrase."""
    low = word.lower()
    if not word or word[0].isupper() or low in lex.not_verbs or low in lex.roles:
        return False
    return bool(VERB_PREFIX.match(low)) or lex.kind(low) == "say"


def stops_phrase(words: list[str], lex: Lexicon) -> bool:
    """Does an adverb, auxiliary or preposition (``np_stop.txt``) stand among ``words`` after the first, in
    lower case? Written with a capital after a capitalised word it is part of a place's or an office's name
    (``Gubernur Sulawesi |Tengah|``, ``Bupati Lampung |Tengah|``), no adverb."""
    return any(w.lower() in lex.np_stop and not (w[:1].isupper() and prev[:1].isupper())
               for prev, w in itertools.pairwise(words))


def is_predicate(word: str, lex: Lexicon) -> bool:
    """A word that gives a clause its predicate (active or passive verb, auxiliary)."""
    low = word.lower()
    if low in lex.predicate_markers or low in lex.root_verbs:
        return True
    head = low.split("-")[0]  # a reduplicated word is judged by its first half (mereka-mereka)
    if word[:1].isupper() or low in lex.not_verbs or low in lex.roles or head in lex.not_verbs:
        return False
    return bool(VERB_PREFIX.match(low) or PASSIVE_PREFIX.match(low))


def role_words_ok(words: list[str], lex: Lexicon) -> bool:
    """Does a run of words start with a role head (``juru bicara``, ``Menteri``), after the words
    that say when it was held (``mantan Menteri``)?"""
    low = without_role_modifiers([w.lower() for w in words], lex)
    for n in range(min(lex.max_role_words, len(low)), 0, -1):
        if " ".join(low[:n]) in lex.roles:
            return True
    return False


def ballot_number_length(low: list[str], i: int, lex: Lexicon) -> int:
    """Words of a candidate's ballot number at ``i`` of the lower-case words (``nomor urut 02``:
    ``[ballot_numbers]`` and digits), 0 if none."""
    for phrase in lex.words["ballot_numbers"]:
        n = len(phrase.split())
        if " ".join(low[i:i + n]) == phrase and i + n < len(low) and low[i + n].isdigit():
            return n + 1
    return 0


def opens_fronted_topic(low: list[str], lex: Lexicon) -> bool:
    """Do the lower-case words open with a topic or addition phrase (``[fronted_topic_openers]``: ``selain``,
    ``tak hanya``)?"""
    openers = lex.words["fronted_topic_openers"]
    return bool(low) and (low[0] in openers or " ".join(low[:2]) in openers)


def without_role_modifiers(low: list[str], lex: Lexicon) -> list[str]:
    """Lower-case words without the ``mantan``/``eks`` opening them (one word is always left)."""
    i = 0
    while i < len(low) - 1 and low[i] in lex.words["role_modifiers"]:
        i += 1
    return low[i:]


def role_start(words: list[str], lex: Lexicon) -> int | None:
    """Index of the first word of a role head in ``words`` (leftmost), or None."""
    for i in range(len(words)):
        if role_words_ok(words[i:], lex):
            return i
    return None


def strip_description(words: list[str], lex: Lexicon) -> list[str]:
    """``seorang pejabat pertahanan Korea Utara yang tidak disebutkan namanya`` -> the noun phrase."""
    low = [w.lower() for w in words]
    rel = next((i for i, w in enumerate(low) if w in lex.words["relative"]), None)
    if rel is not None:
        words, low = words[:rel], low[:rel]
    while len(words) > 1 and low[0] in lex.words["quantifiers"]:  # "Sejumlah pihak": the last word stays
        words, low = words[1:], low[1:]
    while words and low[-1] in lex.words["determiners"]:
        words, low = words[:-1], low[:-1]
    return words

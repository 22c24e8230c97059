"""Named-entity stage: PER/ORG/LOC mentions in the cleaned article text.

The stage loads the spaCy pipeline shipped in ``models/id_news_ner`` (trained
by ``kutipan train ner``, see :mod:`pipeline.ner_train`). When no trained
pipeline is there it falls back to a blank Indonesian pipeline with an
``entity_ruler`` built from the small curated lists in ``pipeline/resources``
so that the rest of the pipeline still runs (with poorer recall).

On top of either, a title rule tags the name after a role word as PER
("Menteri Luar Negeri Rusia Sergey Lavrov" -> "Sergey Lavrov"), because
quote attribution depends most on people and news prose names them this way.
The rule is plain code over the tokens, so the shipped model directory stays
a standard spaCy pipeline that ``spacy.load`` opens with no extra imports.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from pipeline.budget import check_deadline
from pipeline.entities.words import load_name_words
from pipeline.lexicon import ballot_number_length, is_verb, load_lexicon, load_role_acronyms, longest_rank
from pipeline.paths import model_path, warn_missing_model
from pipeline.records import Entity
from pipeline.resource_files import read_sections
from pipeline.segment import TITLE, load_abbreviations
from pipeline.spacy_loading import import_spacy, load_pipeline
from pipeline.text import bracketed_acronym_end, headline_like

spacy = import_spacy()  # before any other spaCy import: keeps torch out (pipeline.spacy_loading)
Language = spacy.language.Language
Doc, Span = spacy.tokens.Doc, spacy.tokens.Span

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent / "resources"
DEFAULT_MODEL_DIR = model_path("id_news_ner")
ENV_MODEL = "KUTIPAN_NER_MODEL"
RULER_ID = "kutipan-ruler"
NO_MODEL_LOSS = ("using the gazetteer entity_ruler fallback, which finds people only after a title word, "
                 "so many quotes lose their named speaker")
# Characters the training data never has, swapped one-for-one (offsets kept): spaces
# spaCy does not split on become " ", curly quotes become straight ones.
_NORMALIZE = str.maketrans(
    {
        **{c: " " for c in "\u00a0\u2007\u2009\u200a\u202f\u3000"},
        **{c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"},
        **{c: "'" for c in "\u2018\u2019\u201a\u201b"},
    }
)
# A paragraph this Title-Cased (and at most one lower-case word) is a headline, caption or menu.
HEADLINE_TITLE_SHARE = 0.8
# Edge tokens never part of a name: the model sometimes takes a quote, a dash ("Jo—sapaan akrab Johannes
# Weissenbaeck—") or a line break along.
_EDGE_JUNK = set("\"'`,;:()[]{}<>|/-–—―“”‘’«»")

# Label names used by the corpora and by other pipelines, folded to ours.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "GPE": "LOC",
}


MIN_NOUN_ROOT = 4  # letters of the root inside a noun-making circumfix (Penegakan: pe + negak + an)


def normalize_label(label: str) -> str | None:
    """Fold a corpus/pipeline label to PER/ORG/LOC, or None for labels we drop."""
    return LABEL_MAP.get(label.upper())


def read_list(name: str) -> list[str]:
    """Lines of a resource list, without comments and blank lines."""
    path = RESOURCES / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def resolve_model_dir(model_dir: str | Path | None = None) -> Path:
    """Explicit argument first, then $KUTIPAN_NER_MODEL, then the repo's shipped model."""
    if model_dir is not None:
        return Path(model_dir)
    env = os.environ.get(ENV_MODEL)
    if env:
        return Path(env)
    return DEFAULT_MODEL_DIR


def build_ruler_pipeline() -> Language:
    """Blank Indonesian pipeline with a gazetteer ``entity_ruler`` (the no-model fallback)."""
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = [{"label": "LOC", "pattern": p, "id": RULER_ID} for p in read_list("ner_places.txt")]
    patterns += [{"label": "ORG", "pattern": p, "id": RULER_ID} for p in read_list("ner_orgs.txt")]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def load_ner(model_dir: str | Path | None = None, backend: str = "spacy") -> Language:
    """Load the NER pipeline; fall back to the rule-based one (with a warning) when no model exists.

    ``backend="stanza"`` gives the stanza tokenizer + NER of :mod:`pipeline.stanza_backend`
    instead (``model_dir`` is then its model folder); it raises ``StanzaUnavailable``
    rather than fall back, since the user asked for stanza.
    """
    if backend == "stanza":
        from pipeline.stanza_backend import load_ner as load_stanza_ner

        return load_stanza_ner(model_dir)  # type: ignore[return-value]
    path = resolve_model_dir(model_dir)
    if (path / "config.cfg").exists():
        return load_pipeline(path)
    warn_missing_model("trained NER model", path, NO_MODEL_LOSS)
    return build_ruler_pipeline()


_NICKNAME_MARKS = ("'", '"', "‘", "“")  # one mark on both sides of a nickname: Munafri 'Appi' Arifuddin


def _dotted(titles: set[tuple[str, ...]], abbreviations: dict[str, str]) -> set[tuple[str, ...]]:
    """``Kombes Pol. Erlan Munaji``: a title or rank ending in an abbreviation (``abbreviations.txt``) may be
    written with its dot, which the tokenizer splits off as a token of its own."""
    return {t + (".",) for t in titles if abbreviations.get(t[-1]) == TITLE}


class _TitleRule:
    """Rules over the model's entities, driven by the lists in pipeline/resources.

    Listed places/organisations get their list's label (and are added when the
    model missed them); names after a title ("Presiden Rusia Vladimir Putin"),
    before an apposition ("Vedant Patel, wakil juru bicara ...") or missing a
    first name ("Sergei [Lavrov]") become PER.
    """

    def __init__(self) -> None:
        offices = list(load_role_acronyms())  # Wamenkes, Seskab
        self.titles = {tuple(t.lower().split()) for t in read_list("ner_titles.txt") + offices}
        self.lex = load_lexicon()  # roles and verbs, for a name set off by commas after a role
        self.titles |= _dotted(self.titles | {tuple(r.split()) for r in self.lex.ranks}, load_abbreviations())
        self.max_rank = longest_rank(self.lex.ranks)
        self.rank_firsts = frozenset(r.split()[0] for r in self.lex.ranks)  # most tokens open no rank
        self.max_title = max((len(t) for t in self.titles), default=1)
        places, orgs = read_list("ner_places.txt"), read_list("ner_orgs.txt")
        self.known = {tuple(k.split()) for k in places + orgs}
        self.known_label = {**{k: "ORG" for k in orgs}, **{k: "LOC" for k in places}}
        self.max_known = max((len(k) for k in self.known), default=1)
        # regencies and cities: cut off a name the model ran them into, never added as entities themselves
        self.regions = {tuple(k.split()) for k in read_list("ner_regions.txt")}
        self.max_region = max((len(k) for k in self.regions), default=1)
        self.stop = {w.lower() for w in read_list("ner_name_stop.txt")}
        self.confixes = [tuple(c.split("-")) for c in read_list("ner_noun_confixes.txt")]  # pe-an: Penegakan
        # "Strategic and Economic Action Institution": words that continue an organisation's name
        sections = read_sections("attribution_words.txt", required=("name_inner_words", "determiners", "name_openers"))
        self.inner = sections["name_inner_words"]
        self.openers = sections["name_openers"]  # Ni, Wayan, Teuku: a person's name starts there
        # "mantan Panglima Angkatan Bersenjata Republik Indonesia itu": a determiner closes a description
        self.determiners = sections["determiners"]
        self.title_words = {" ".join(t) for t in self.titles}
        names = load_name_words()
        self.territorial = names.territorial  # Bupati, Kapolres: the next words are a region
        self.org_prefixes = names.org_prefixes  # Balitbangkes, Kemenkes: an agency, never a name
        self.hyphen_prefixes = names.hyphen_prefixes  # al-Maliki: joined to the surname after it
        self.place_suffixes = names.place_suffixes  # Utara, Tengah: finish a place's name
        self.region_heads = names.region_heads  # Kabupaten, Polres: the next words are a region
        self.place_heads = names.place_heads  # Kota, Desa: open a place's name, never a person's
        self.roles = {tuple(r.split()) for r in self.lex.roles}
        self.leading_phrases = {tuple(p.split()) for p in self.lex.words["leading_phrases"]}
        self.max_role = max((len(r) for r in self.roles), default=1)
        # first words of every entry: most tokens start none, which keeps the rules cheap
        self.first = {t[0] for t in self.titles} | {k[0] for k in self.known} | {k[0] for k in self.regions}

    def _match(self, words: list[str], i: int, table: set[tuple[str, ...]], longest: int) -> int:
        """Length of the longest entry of ``table`` starting at token ``i`` (0 if none)."""
        if words[i] not in self.first:
            return 0
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in table:
                return n
        return 0

    def _is_name(self, tok_text: str) -> bool:
        return (
            tok_text[:1].isupper()
            and tok_text.replace("'", "").replace(".", "").isalpha()
            and tok_text.lower() not in self.stop
        )

    def _abstract_noun(self, low: str) -> bool:
        """``Penegakan``, ``Perlindungan``, ``Kesehatan``: a root of four letters or more inside a noun-making
        circumfix (``ner_noun_confixes.txt``) is a field or an act, never a person's name word."""
        return any(low.startswith(pre) and low.endswith(suf) and len(low) - len(pre) - len(suf) >= MIN_NOUN_ROOT
                   for pre, suf in self.confixes)

    def _past_leading_connectives(self, lower: list[str], start: int, last: int) -> int:
        """Index after the connectives and connective phrases (``[leading_connectives]``, ``[leading_phrases]``)
        opening a clause at ``start``, never past ``last``."""
        while start < last:
            n = next((n for n in (3, 2) if tuple(lower[start:start + n]) in self.leading_phrases), 0)
            if n == 0 and lower[start] not in self.lex.words["leading_connectives"]:
                break
            start = min(start + max(n, 1), last)
        return start

    def _name_run_end(self, doc: Doc, orth: list[str], j: int) -> int:
        """End of the run of capitalised name tokens starting at ``j`` (at most 5 tokens)."""
        k, n = j, len(orth)
        while k < n and k - j < 5:
            if self._is_name(orth[k]):
                k += 1
            elif orth[k] == "-" and j < k < n - 1 and not doc[k - 1].whitespace_ and orth[k + 1].isalpha():
                k += 2  # "Kim Jong-un" is tokenised Jong - un
            else:
                break
        return k

    def apply(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Return ``ents`` with names next to titles added or relabelled as PER."""
        orth = [t.text for t in doc]
        lower = [w.lower() for w in orth]
        ents = [e for e in ents if e.label_ == "PER" or not self._rank_and_openers(lower[e.start:e.end])]  # "AKBP"
        ents = [self._without_rank(doc, lower, e) for e in ents if not self._inside_title(lower, e)]
        ents = self._person_after_rank(doc, lower, ents)
        ents = self._org_name_before_person(doc, lower, orth, ents)
        ents = self._first_name_after_short_form(doc, lower, ents)
        ents = self._first_name_after_bracketed_title(doc, lower, ents)
        ents = self._relabel_known(doc, ents)
        ents = self._listed_head_cut(doc, orth, ents)
        ents = self._add_known(doc, orth, ents)
        ents = self._after_title(doc, lower, orth, ents)
        ents = self._name_after_rank(doc, lower, orth, ents)
        ents = self._apposition(doc, lower, orth, ents)
        ents = self._apposed_to_role(doc, lower, orth, ents)
        ents = self._bracketed_alias(doc, orth, ents)
        ents = self._extend_left(doc, lower, orth, ents)
        ents = self._hyphenated_first_name(doc, orth, ents)
        ents = self._over_quoted_nickname(doc, orth, ents)
        ents = self._with_opener_before(doc, lower, orth, self._from_name_opener(doc, lower, orth, ents))
        return self._body_read_as_person(self._place_before_compass(doc, lower, self._unit_after_slash(doc, ents)))

    def _body_read_as_person(self, ents: list[Span]) -> list[Span]:
        """``[Perum Bulog]PER kini sedang gencar ...``: an organisation's head word (``org_words.txt``) and one
        name after it are a body, never a person."""
        return [Span(e.doc, e.start, e.end, label="ORG", span_id=e.id) if e.label_ == "PER" and len(e) == 2 and
                e[0].text[:1].isupper() and e[0].lower_ in self.lex.org_words and self._is_name(e[1].text) else e
                for e in ents]

    def _with_opener_before(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """``Perbekel Cemagi [Putu] [Hendra Sastrawan]``: a word that only opens a personal name (a Balinese
        birth-order name, ``I`` before one) written right before a person the model tagged is the name's
        first word, not the end of the role."""
        taken = {m for e in ents for m in range(e.start, e.end)}
        out = []
        for e in ents:
            j = e.start
            while j > 0 and j - 1 not in taken and orth[j - 1][:1].isupper() and self._opener_at(lower, orth, j - 1):
                j -= 1
            out.append(Span(doc, j, e.end, label="PER", span_id=e.id) if j < e.start and e.label_ == "PER" else e)
        return out

    def _over_quoted_nickname(self, doc: Doc, orth: list[str], ents: list[Span]) -> list[Span]:
        """``[Munafri]PER 'Appi' Arifuddin``: a nickname in quotation marks inside a name belongs to it, and so
        do the surnames after it (the entity layer then takes the nickname as an alias)."""
        out = list(ents)
        for e in ents:
            q = e.end
            if e.label_ != "PER" or q + 3 >= len(orth) or orth[q] not in _NICKNAME_MARKS \
                    or orth[q + 2] != orth[q] or not self._is_name(orth[q + 1]) or not self._is_name(orth[q + 3]):
                continue
            end = self._name_run_end(doc, orth, q + 3)
            inside = [x for x in out if x.start < end and e.start < x.end]
            if all(e.start <= x.start and x.end <= end for x in inside):
                out = sorted([x for x in out if x not in inside] + [Span(doc, e.start, end, label="PER")],
                             key=lambda x: x.start)
        return out

    def _from_name_opener(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """``Universitas Udayana [Ni Nyoman Dewi Pascarani]``, ``RS Ngoerah [I Wayan Sudana]``: inside an
        entity, a word that only opens a personal name (``[name_openers]``), with more name words after it,
        starts a person; what stands before stays an organisation or place (a name's stray head goes)."""
        out = []
        for e in ents:
            i = next((i for i in range(e.start + 1, e.end - 1) if self._opens_name(lower, orth, i, e.end)), None)
            if i is None:
                out.append(e)
                continue
            if e.label_ != "PER":
                out.append(Span(doc, e.start, i, label=e.label_, span_id=e.id))
            out.append(Span(doc, i, e.end, label="PER", span_id=e.id))
        return out

    def _opens_name(self, lower: list[str], orth: list[str], i: int, end: int) -> bool:
        """Does a personal name open at token ``i`` and run to ``end`` (``Ni Nyoman ...``, ``I Wayan ...``)?"""
        return self._opener_at(lower, orth, i) and orth[i][:1].isupper() and \
            all(self._is_name(w) for w in orth[i + 1 : end])

    def _opener_at(self, lower: list[str], orth: list[str], i: int) -> bool:
        """Is token ``i`` a word that only opens a personal name (``Ni``, ``Putu``; ``I`` before ``Wayan``)?"""
        return lower[i] in self.openers or orth[i] == "I" and i + 1 < len(lower) and lower[i + 1] in self.openers

    @staticmethod
    def _bracketed_alias(doc: Doc, orth: list[str], ents: list[Span]) -> list[Span]:
        """``PT Sri Rejeki Isman Tbk ( [Sritex]PER )``: a name alone in brackets right after an organisation
        or a place is that one's short name and takes its label."""
        out = []
        for k, e in enumerate(ents):
            prev = ents[k - 1] if k else None
            if e.label_ == "PER" and prev is not None and prev.label_ in ("ORG", "LOC") and \
                    e.start >= 1 and orth[e.start - 1] == "(" and prev.end == e.start - 1 and \
                    e.end < len(orth) and orth[e.end] == ")":
                e = Span(doc, e.start, e.end, label=prev.label_, span_id=e.id)
            out.append(e)
        return out

    def _relabel_known(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An entity whose whole text is a listed place/organisation gets the list's label ("Moskow")."""
        out = []
        for e in ents:
            label = self.known_label.get(" ".join(t.text for t in e))
            if label and label != e.label_:
                e = Span(doc, e.start, e.end, label=label, span_id=e.id)
            out.append(e)
        return out

    def _looks_like_person(self, span: Span) -> bool:
        """Two or more capitalised, non-acronym tokens that are no listed place/organisation."""
        words = [t.text for t in span]
        return (
            len(words) >= 2
            and all(self._is_name(w) and not w.isupper() for w in words)
            and tuple(words) not in self.known
        )

    def _listed_head_cut(self, doc: Doc, orth: list[str], ents: list[Span]) -> list[Span]:
        """``Juru Bicara Mahkamah [Agung Yanto]PER``: a person entity whose first words finish a listed
        organisation or place begun right before it (untagged) is that body, then the name after it."""
        taken = {m for e in ents for m in range(e.start, e.end)}
        out = []
        for e in ents:
            listed = self._listed_inside(orth, e, taken) if e.label_ == "PER" else None
            if listed is None:
                out.append(e)
                continue
            start, end = listed
            out += [Span(doc, start, end, label=self.known_label[" ".join(orth[start:end])], span_id=RULER_ID),
                    Span(doc, end, e.end, label="PER", span_id=e.id)]
        return out

    def _listed_inside(self, orth: list[str], e: Span, taken: set[int]) -> tuple[int, int] | None:
        """Where a listed name begun before person ``e`` (on untagged words) starts and where it ends inside
        ``e``, leaving name words after it; None if none."""
        for m in range(max(0, e.start - self.max_known + 1), e.start):
            kl = self._match(orth, m, self.known, self.max_known)
            if kl and e.start < m + kl < e.end and not taken.intersection(range(m, e.start)) and \
                    all(self._is_name(w) and not w.isupper() for w in orth[m + kl:e.end]):
                return m, m + kl
        return None

    def _add_known(self, doc: Doc, orth: list[str], ents: list[Span]) -> list[Span]:
        """Listed places/organisations the model left untagged are added (their list's label)."""
        taken = {m for e in ents for m in range(e.start, e.end)}
        added = []
        m = 0
        while m < len(orth):
            kl = self._match(orth, m, self.known, self.max_known)
            if kl and not taken.intersection(range(m, m + kl)):
                label = self.known_label[" ".join(orth[m : m + kl])]
                added.append(Span(doc, m, m + kl, label=label, span_id=RULER_ID))
            m += max(kl, 1)
        return sorted(ents + added, key=lambda e: e.start) if added else ents

    @staticmethod
    def _put(ents: list[Span], span: Span) -> list[Span]:
        """Add ``span`` to ``ents`` if no PER overlaps it and every overlapping entity lies inside it."""
        overlap = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(e.label_ == "PER" for e in overlap):
            return ents
        if not all(span.start <= e.start and e.end <= span.end for e in overlap):
            return ents
        return sorted([e for e in ents if e not in overlap] + [span], key=lambda e: e.start)

    def _after_title(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """ "<title> [place/org]* Name Name" -> Name Name is PER."""
        i = 0
        while i < len(doc):
            tl = self._match(lower, i, self.titles, self.max_title)
            # a title word inside an ORG/LOC entity is part of that name, not a role
            if not tl or any(e.start <= i < e.end and e.label_ != "PER" for e in ents):
                i += 1
                continue
            j, last_ent = self._skip_to_name(lower, orth, ents, i + tl)
            k = self._name_run_end(doc, orth, j)
            # an acronym before more capitalised words is an organisation ("Menteri BUMN Erick Thohir")
            if k - j > 1 and orth[j].isupper() and len(orth[j]) > 1 and lower[j] not in self.openers:
                j += 1  # never "FX Yapan": initials that only open a name
            if k + 1 < len(doc) and lower[k] in self.inner and orth[k + 1][:1].isupper() and \
                    not self._match(lower, k + 1, self.titles, self.max_title):
                # "Analis Senior Indonesia Strategic and Economic ...": an organisation's name; a name
                # may still follow the unit ("Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram)
                # Kemenhub Risal Wasal")
                ents, i = self._name_after_unit(doc, lower, orth, ents, k + 1)
                continue
            if self._holder_after_comma(lower, orth, j, k):
                pass  # "Kasat Reskrim Polres |Polman|, AKP Budi Adi": the unit's place; the holder comes next
            elif k >= len(doc) or lower[k] not in self.determiners and not (
                    orth[k][:1].isupper() and lower[k] in self.lex.org_words):  # "Fifth Affiliated |Hospital|"
                ents = self._tag_name_after_title(doc, orth, ents, j, k, last_ent)
            elif lower[k] in self.determiners and lower[i + tl - 1] in self.territorial:
                ents = self._region_not_person(doc, ents, j, k)
            i = max(k, i + 1)
        return ents

    def _rank_and_openers(self, words: list[str]) -> bool:
        """``[AKBP]ORG``, ``[Kompol Teuku]ORG Arsya Khadafi``: a rank, alone or with the words that open a
        personal name, is no organisation; the opener goes with the name after it."""
        k = 1 if words and words[0] in self.lex.ranks else 0
        k = 2 if len(words) > 1 and " ".join(words[:2]) in self.lex.ranks else k
        return k > 0 and all(w in self.openers for w in words[k:])

    def _person_after_rank(self, doc: Doc, lower: list[str], ents: list[Span]) -> list[Span]:
        """``[AKBP Prayudha]ORG [Widiatmoko]PER``: a rank never opens an organisation or a place; the name words
        after it are a person's, one person with a person the model tagged right after them."""
        out: list[Span] = []
        for e in ents:
            r = self._rank_words(lower, e.start, e.end) if e.label_ in ("ORG", "LOC") else 0
            if r and all(self._is_name(t.text) and not t.text.isupper() for t in e[r:]) and r < len(e):
                e = Span(doc, e.start + r, e.end, label="PER", span_id=e.id)
            if out and out[-1].label_ == "PER" and e.label_ == "PER" and out[-1].end == e.start and \
                    out[-1].start > 0 and lower[out[-1].start - 1] in self.lex.ranks:
                e = Span(doc, out.pop().start, e.end, label="PER", span_id=e.id)
            out.append(e)
        return out

    def _inside_title(self, lower: list[str], e: Span) -> bool:
        """``[Kasat Reskrim]PER mengatakan``, ``Kasat [Reskrim]PER Aipda Emil Tobing``: a person the model found
        inside an office's title of two words or more (``ner_titles.txt``) is no person."""
        return e.label_ == "PER" and any(
            (n := self._match(lower, a, self.titles, self.max_title)) >= 2 and a + n >= e.end
            for a in range(max(0, e.start - 2), e.start + 1))

    def _without_rank(self, doc: Doc, lower: list[str], e: Span) -> Span:
        """``[AKP Budi Adi]PER``: a rank the model read into a person's name is a title, not part of it (kept
        before one word, ``Bu Ratna``, which the surname rule then finds again wherever it stands alone)."""
        a = e.start
        while e.label_ == "PER" and (r := self._rank_words(lower, a, e.end)) and a + r <= e.end - 2:
            a += r  # "[Ajun Komisaris Besar Polisi Sahat M Hasibuan]PER": a spelled-out rank goes whole
        return e if a == e.start else Span(doc, a, e.end, label="PER", span_id=e.id)

    def _rank_words(self, lower: list[str], a: int, end: int) -> int:
        """Number of words of the longest rank (``ranks.txt``) written at ``a`` before ``end``, 0 if none."""
        if a >= end or lower[a] not in self.rank_firsts:
            return 0
        for n in range(min(self.max_rank, end - a), 0, -1):
            if " ".join(lower[a : a + n]) in self.lex.ranks:
                return n
        return 0

    def _name_after_rank(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """``Ajun Komisaris Besar Polisi Sahat M Hasibuan``: the name words right after a rank of two or more
        words are a person, with the person the model found next to them, whatever the model made of the rank
        (``[Polisi Sahat]ORG``, ``[Ajun Komisaris Besar Polisi]PER Sahat``); so are those after a one-word
        rank the model read into a person's name before it (:meth:`_rank_read_into_name`). After a rank of two
        words or more, one name word is a name (``Ajun Komisaris Besar Sulistyaningsih``)."""
        i = 0
        while i < len(lower):
            r = self._rank_words(lower, i, len(lower)) if orth[i][:1].isupper() else 0
            if r < 2 and not (r and self._rank_read_into_name(ents, i)):
                i += 1
                continue
            a = i + r
            end = self._name_run_end(doc, orth, a)
            after = next((e for e in ents if e.label_ == "PER" and e.start == end), None)
            end = after.end if after is not None else end
            if end - a >= (1 if r >= 2 else 2):  # one name word after a spelled-out rank
                ents = sorted([e for e in ents if e.end <= i or e.start >= end] + [Span(doc, a, end, label="PER")],
                              key=lambda e: e.start)
            i = max(end, a)
        return ents

    @staticmethod
    def _rank_read_into_name(ents: list[Span], i: int) -> bool:
        """``[Reserse Kriminal Polrestabes Medan AKBP]PER Putu Yudha Prawira``: a one-word rank the model read
        as the end of a person's name that started before it; the name is what follows the rank."""
        return any(e.label_ == "PER" and e.start < i < e.end for e in ents)

    def _org_name_before_person(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """``Direktur Utama Perum [Bulog Budi Waseso]PER``: the word after an organisation's head (``Perum``,
        ``PT``, ``Universitas``) is that organisation's name; the person starts after it when two or more
        name words are left."""
        out = []
        for e in ents:
            p = e.start - 1
            if e.label_ == "PER" and len(e) >= 3 and p >= 0 and orth[p][:1].isupper() and \
                    lower[p] in self.lex.org_words and not any(x.end > p >= x.start for x in ents) and \
                    all(self._is_name(t.text) for t in e[1:]):  # not "Bank [Mega Syariah Yuwono Waluyo]"
                out += [Span(doc, p, e.start + 1, label="ORG"), Span(doc, e.start + 1, e.end, label="PER",
                                                                       span_id=e.id)]
                continue
            out.append(e)
        return out

    def _first_name_after_short_form(self, doc: Doc, lower: list[str], ents: list[Span]) -> list[Span]:
        """``Direktur P2P [Kemenkes Siti]ORG [Nadia Tarmizi]PER``, ``Juru bicara [Hamas Sami]ORG [Abu Zuhri]PER``:
        an institution's one-word short form (``[org_prefixes]``) or a known organisation with name words after
        it, right before a person, ran the person's first names into it."""
        out: list[Span] = []
        for e in ents:
            nxt = next((x for x in ents if x.start == e.end and x.label_ == "PER"), None)
            if out and out[-1].label_ == "PER" and out[-1].start < e.start and out[-1].end == e.end:
                continue  # the person already joined to the first names before it
            short = lower[e.start].startswith(self.org_prefixes) or (doc[e.start].text,) in self.known  # "Hamas"
            if e.label_ == "ORG" and len(e) >= 2 and nxt is not None and short \
                    and all(self._is_name(t.text) and not t.text.isupper() for t in e[1:]):
                out += [Span(doc, e.start, e.start + 1, label="ORG"),
                        Span(doc, e.start + 1, nxt.end, label="PER", span_id=nxt.id)]
                continue
            out.append(e)
        return out

    def _first_name_after_bracketed_title(self, doc: Doc, lower: list[str], ents: list[Span]) -> list[Span]:
        """``Menteri Kesehatan (Menkes) [Terawan]LOC [Agus Putranto]PER``: right after an office's short form in
        brackets, a lone unlisted word the model took for a place, with a person right after it, is the
        person's first name."""
        out: list[Span] = []
        for e in ents:
            if out and out[-1].label_ == "PER" and out[-1].start < e.start < out[-1].end:
                continue  # the person joined to the first name before it
            s = e.start
            bracketed = e.label_ in ("LOC", "ORG") and len(e) == 1 and s >= 3 and doc[s - 1].text == ")" and \
                doc[s - 3].text == "(" and (lower[s - 2],) in self.titles and self._is_name(e[0].text) and \
                not e[0].text.isupper() and (e[0].text,) not in self.known and (e[0].text,) not in self.regions
            nxt = next((x for x in ents if x.start == e.end and x.label_ == "PER"), None) if bracketed else None
            if nxt is not None:
                out.append(Span(doc, s, nxt.end, label="PER", span_id=nxt.id))
                continue
            out.append(e)
        return out

    @staticmethod
    def _unit_after_slash(doc: Doc, ents: list[Span]) -> list[Span]:
        """``Danrem 043/[Garuda Hitam]PER``, ``Dandim 0618/BS``: the name after a unit's number and a slash is the
        unit's (a military command), never a person."""
        return [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PER" and e.start >= 2 and
                doc[e.start - 1].text == "/" and doc[e.start - 2].text[:1].isdigit() else e for e in ents]

    def _place_before_compass(self, doc: Doc, lower: list[str], ents: list[Span]) -> list[Span]:
        """``Kapolres [Penajam Paser]PER Utara AKBP Teddy``: a capitalised compass word (``[place_suffixes]``) right
        after a person finishes a place's name, never a personal one: the words are the place."""
        out = []
        for e in ents:
            k = e.end
            if e.label_ == "PER" and k < len(doc) and doc[k].text[:1].isupper() and lower[k] in self.place_suffixes \
                    and not any(x.start == k for x in ents):
                e = Span(doc, e.start, k + 1, label="LOC")
            out.append(e)
        return out

    def _holder_after_comma(self, lower: list[str], orth: list[str], j: int, k: int) -> bool:
        """Is the run ``j:k`` the region of an office whose holder comes after it: a comma and a rank or title
        follow (``Polres Polman, |AKP| Budi Adi``), or a region's head stands before it and a comma, rank or
        title after it (``Polres |Kapuas Hulu|, Provinsi Kalimantan Barat, AKP Febri Pardiansyah``)?"""
        def ranked(at: int) -> bool:
            return at < len(lower) and (lower[at] in self.lex.ranks or bool(self._match(lower, at, self.titles,
                                                                                       self.max_title)))
        if k + 1 < len(lower) and lower[k] == "," and ranked(k + 1):
            return True
        if j == 0 or lower[j - 1] not in self.region_heads:
            return False
        while k < len(lower) and orth[k][:1].isupper() and not ranked(k):
            k += 1  # "Kapuas |Hulu|": a place's own last word
        return k < len(lower) and (lower[k] == "," or ranked(k))

    @staticmethod
    def _region_not_person(doc: Doc, ents: list[Span], j: int, k: int) -> list[Span]:
        """``Mantan Kapolres |Lanny Jaya| itu``: after an office that heads a region, capitalised words closed
        by a determiner are the region of a description, not a person's name."""
        return [Span(doc, e.start, e.end, label="LOC", span_id=e.id) if e.label_ == "PER" and j <= e.start and
                e.end <= k else e for e in ents]

    def _name_after_unit(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span],
                         u: int) -> tuple[list[Span], int]:
        """After ``<title> <unit words> dan <unit words>``: a name of two or more words is PER when an
        organisation, a place or a bracketed acronym stands between the unit and it (without one the
        unit's last words and a name cannot be told apart). Returns the entities and where to go on."""
        starts = {e.start for e in ents if e.label_ in ("ORG", "LOC")}
        end = u
        while end < len(orth) and end - u < 6 and self._is_name(orth[end]) and end not in starts:
            end += 1
        j, last_ent = self._skip_to_name(lower, orth, ents, end)
        k = self._name_run_end(doc, orth, j)
        if end > u and j > end and k - j >= 2 and not orth[j].isupper():
            ents = self._tag_name_after_title(doc, orth, ents, j, k, last_ent)
            return ents, k
        return ents, u

    def _skip_to_name(self, lower: list[str], orth: list[str], ents: list[Span], j: int) -> tuple[int, Span | None]:
        """Skip the places, organisations and portfolio words between a title and a name."""
        n = len(orth)
        ent_start = {e.start: e for e in ents}
        placed = {e.text.lower() for e in ents if e.label_ in ("ORG", "LOC") and len(e) == 2}
        skipped = False
        last_ent: Span | None = None
        while j < n:
            e = ent_start.get(j)
            kl = self._match(orth, j, self.known, self.max_known)
            if e is not None and e.label_ in ("ORG", "LOC") and lower[j] not in self.openers:  # not [FX Yapan]ORG
                j, skipped, last_ent = e.end, True, e
            elif skipped and j > 0 and f"{lower[j - 1]} {lower[j]}" in placed:
                j += 1  # "Kapolres Kota |Tual|, AKBP Adrian Tuuk" where the article tags "Kota Tual" a place
            elif skipped and orth[j].isupper() and len(orth[j]) > 1 and orth[j].isalpha() and \
                    lower[j] not in self.openers:
                j += 1  # "Direktur Pelindungan |WNI| Kementerian Luar Negeri, Judha Nugraha": the unit's acronym
            elif kl:
                j, skipped = j + kl, True
            elif lower[j] in self.stop and orth[j][:1].isupper():
                j, skipped = j + 1, True  # portfolio/rank words: "Menteri Tenaga Kerja X"
            elif skipped and (tl := self._match(lower, j, self.titles, self.max_title)):
                j += tl  # a rank after the unit: "Kepala ... Resor Depok |Ajun Komisaris Besar| Bambang"
            elif skipped and lower[j] in (",", "dan", "&") and j + 1 < n and lower[j + 1] in self.stop:
                j += 1  # "Bidang Politik, Hukum, dan Keamanan"
            elif skipped and orth[j] == ",":
                j += 1
            elif skipped and lower[j] in self.lex.words["affiliation_preps"] and j + 1 < n and \
                    not (last_ent is not None and self._looks_like_person(last_ent)) and \
                    (kl := self._match(orth, j + 1, self.known, self.max_known)):
                j += 1 + kl  # "Duta Besar RI |di Kuala Lumpur| Hermono": the post's city, then its holder (not
                # after a name the model took for a place: "... (BI) IGP [Wira Kusuma]LOC di Jakarta")
            elif close := bracketed_acronym_end(orth, j):
                j, skipped = close, True  # "Menteri Keuangan (Menkeu) Purbaya", "(Ditjen Intram)"
            elif number := ballot_number_length(lower, j, self.lex):
                j, skipped = j + number, True  # "Calon wakil Presiden |nomor urut 02| Sandiaga Uno"
            else:
                break
        return j, last_ent

    def _tag_name_after_title(self, doc: Doc, orth: list[str], ents: list[Span], j: int, k: int,
                              last_ent: Span | None) -> list[Span]:
        # "Ketua Umum Palang Merah Indonesia (PMI)", "Juru Bicara Komisi Pemberantasan Korupsi (KPK)": a body
        body = self._spelled_by_acronym_after(orth, j, k)
        if k - j > 1 and body is not None:
            return self._put(ents, Span(doc, body, k, label="ORG"))
        if k - j == 1 and (orth[j].isupper() or self._abstract_noun(orth[j].lower()) or
                           orth[j].lower().startswith(self.org_prefixes) or orth[j - 1].lower() in self.territorial):
            return ents  # a lone acronym after a title is an organisation or a numeral ("Komisi III"), a lone
            # abstract noun the office's field ("Direktur Penegakan Pidana"), an agency ("Kepala Balitbangkes"),
            # the region or field a head takes ("Kepala Bidang |Logistik|")
        if k > j and (holder := self._holder_set_off(orth, ents, j, k)) is not None:
            ents = self._put(ents, Span(doc, j, k, label="ORG"))
            return sorted([e for e in ents if e is not holder] + [Span(doc, holder.start, holder.end, label="PER")],
                          key=lambda e: e.start)
        if k > j and self._is_name(orth[j]):
            return self._put(ents, Span(doc, j, k, label="PER"))
        closed = last_ent is not None and (last_ent.end == j or last_ent.end == j - 1 and orth[j - 1] == ",")
        if closed and last_ent.label_ == "ORG" and (cut := self._name_after_inner_acronym(orth, last_ent)):
            # "Direktur [Departemen ... Moneter BI Juli Budi Winantya]ORG": the organisation ends at its acronym
            ents = [e for e in ents if e is not last_ent]
            ents = self._put(ents, Span(doc, last_ent.start, cut, label="ORG", span_id=last_ent.id))
            return self._put(ents, Span(doc, cut, last_ent.end, label="PER"))
        if last_ent is not None and closed and self._looks_like_person(last_ent):
            # "Menteri Lingkungan Kenya, [Deborah Barasa]LOC, yang ...": the same in commas
            # "Wali Kota [Eri Cahyadi]ORG mengatakan": the model put the name itself in ORG/LOC
            ents = [e for e in ents if e is not last_ent]
            return self._put(ents, Span(doc, last_ent.start, last_ent.end, label="PER"))
        return ents

    @staticmethod
    def _spelled_by_acronym_after(orth: list[str], j: int, k: int) -> int | None:
        """Where the body's name starts when the run ``orth[j:k]`` is followed by a bracketed acronym of the
        initials of its words, or of the words ending there (``Palang Merah Indonesia (PMI)``, ``Komisi
        |Pemberantasan Korupsi| (KPK)``): a body, never a person, whatever title stands before it; None if
        not."""
        if k + 2 >= len(orth) or orth[k] != "(" or orth[k + 2] != ")" or not orth[k + 1].isupper():
            return None
        acronym = orth[k + 1]
        start = k - len(acronym)
        if start < 0 or start > j or "".join(w[:1] for w in orth[start:k]).upper() != acronym:
            return None
        return start

    def _holder_set_off(self, orth: list[str], ents: list[Span], j: int, k: int) -> Span | None:
        """``Direktur Riset [Index Politica], [Fadhly Alimin Hasyim]ORG, dikutip``: the words after a title that
        no entity covers are its organisation when the model tagged a person-like run set off in commas right
        after them as an organisation or place; that run is the holder. None when the pattern is not there."""
        if k + 1 >= len(orth) or orth[k] != "," or any(j <= e.start < k and e.label_ == "PER" for e in ents):
            return None  # an organisation the model tagged there is the title's ("Direktur Kemahasiswaan [Unpad]")
        holder = next((e for e in ents if e.start == k + 1 and e.label_ in ("ORG", "LOC")), None)
        if holder is None or not self._looks_like_person(holder) or \
                holder.end < len(orth) and orth[holder.end] not in (",", "."):
            return None
        return holder

    def _name_after_inner_acronym(self, orth: list[str], e: Span) -> int:
        """Token after an acronym inside organisation ``e`` that two or three name words (no acronym,
        organisation word or listed place; the first of three may be a month: ``Juli Budi Winantya``) follow
        to its end; 0 if none."""
        for a in range(e.end - 3, e.start, -1):
            tail = orth[a + 1 : e.end]
            if orth[a].isupper() and len(orth[a]) > 1 and 2 <= len(tail) <= 3 and all(
                    (self._is_name(w) or k == 0 and len(tail) == 3 and w.lower() in self.lex.time_words)
                    and not w.isupper() and w.lower() not in self.lex.org_words and (w,) not in self.known
                    for k, w in enumerate(tail)):
                return a + 1
        return 0

    def _apposition(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """ "Name Name, [wakil] juru bicara ..." -> Name Name is PER."""
        n = len(doc)
        for c in range(1, n - 1):
            if orth[c] != ",":
                continue
            if not any(self._match(lower, c + off, self.titles, self.max_title) for off in (1, 2) if c + off < n):
                continue
            a = self._name_before_comma(lower, orth, c)
            # one capitalised word before a comma is too weak, and a place stays a place
            if a is None or any(e.label_ == "LOC" and e.start < c and a < e.end for e in ents):
                continue
            ents = self._put(ents, Span(doc, a, c, label="PER"))
        return ents

    def _apposed_to_role(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """``Kuasa hukum Bambang Tri, [Pardiman]LOC, menganggap``: one word (or two or three name words) the
        model took for a place, set off by commas after a clause that opens with a role and followed by a verb,
        is the person holding the role (``perwakilan PT Ide Studio, Sumiran, menjelaskan``; ``Pakar ... dari
        Queen Mary University of London, Christopher Philips, menyampaikan``). A listed place stays one
        (``Istana Kepresidenan, Jakarta, dikutip``)."""
        out = []
        for e in ents:
            a, b = e.start, e.end
            if e.label_ != "PER" and (b - a == 1 or b - a <= 3 and self._looks_like_person(e)) and 1 < a \
                    and b + 1 < len(orth) and orth[a - 1] == "," and self._verb_after(orth, b) \
                    and self._is_name(orth[a]) and not orth[a].isupper() \
                    and (orth[a],) not in self.known and self._clause_opens_with_role(lower, a - 1):
                e = Span(doc, a, b, label="PER", span_id=e.id)
            out.append(e)
        return out

    def _verb_after(self, orth: list[str], b: int) -> bool:
        """A verb right after token ``b``, or after a comma there: ``Bimanesh Sutarjo mengatakan`` (Sindonews,
        Okezone close the apposition without its comma), ``Sumiran, menjelaskan``."""
        return is_verb(orth[b + 1], self.lex) if orth[b] == "," else is_verb(orth[b], self.lex)

    def _clause_opens_with_role(self, lower: list[str], comma: int) -> bool:
        """Does the clause that ends at the token ``comma`` open with a role (``Kuasa hukum``, ``diplomat``)?"""
        start = comma - 1
        while start > 0 and lower[start - 1] not in (",", ".", ";", ":", "\n", '"', "“", "”") \
                and not lower[start - 1].isspace():
            start -= 1
        start = self._past_leading_connectives(lower, start, comma - 1)  # "Adapun perwakilan PT Ide Studio,
        # Sumiran, menjelaskan"; "Sementara itu seorang pembeli, Umiyati, ..."
        while start < comma - 1 and lower[start] in self.lex.words["singular_openers"]:
            start += 1  # "seorang pembeli, Umiyati, mengeluhkan": one of the trade, named after the comma
        if comma - start >= 1 and lower[start] in self.lex.words["person_nouns"]:
            return True
        return comma - start >= 2 and any(tuple(lower[start:start + n]) in self.roles
                                          for n in range(1, min(self.max_role, comma - start) + 1))

    def _name_before_comma(self, lower: list[str], orth: list[str], c: int) -> int | None:
        """Start of two to four name tokens right before the comma at ``c`` (no title, no known org)."""
        a = c
        while a > 0 and c - a < 4 and self._is_name(orth[a - 1]):
            a -= 1
        if c - a < 2:
            return None
        if any(self._match(orth, m, self.known, self.max_known) for m in range(a, c)):
            return None
        if any(lower[m] in self.title_words for m in range(a, c)):
            return None
        return a

    def _hyphenated_first_name(self, doc: Doc, orth: list[str], ents: list[Span]) -> list[Span]:
        """``Jean-[Pierre Lacroix]``: the first half of a hyphenated first name belongs to the name; so does an
        Arabic article in lower case joined to the surname after it (``[Riyad] al-Maliki``)."""
        out = []
        for e in ents:
            q = e.end
            if e.label_ == "PER" and q + 2 < len(orth) and orth[q + 1] == "-" and \
                    orth[q] in self.hyphen_prefixes and not doc[q].whitespace_ and not doc[q + 1].whitespace_ \
                    and self._is_name(orth[q + 2]) and not any(x.start <= q + 2 < x.end for x in ents):
                e = Span(doc, e.start, q + 3, label="PER", span_id=e.id)
            p = e.start - 2
            if e.label_ == "PER" and p >= 0 and orth[p + 1] == "-" and not doc[p].whitespace_ \
                    and not doc[p + 1].whitespace_ and self._is_name(orth[p]) \
                    and not any(x.start <= p < x.end for x in ents):
                e = Span(doc, p, e.end, label="PER", span_id=e.id)
            out.append(e)
        return out

    def _extend_left(self, doc: Doc, lower: list[str], orth: list[str], ents: list[Span]) -> list[Span]:
        """A PER entity missing its first name ("Sergei [Lavrov]") takes the capitalised token before it."""
        taken = {m for e in ents for m in range(e.start, e.end)}
        for m in range(len(orth)):
            taken.update(range(m, m + self._match(orth, m, self.known, self.max_known)))
        out = []
        for e in ents:
            p = e.start - 1
            if (
                e.label_ == "PER"
                and p >= 1
                and p not in taken
                and self._is_name(orth[p])
                and (lower[p],) not in self.titles
                and lower[p] not in self.lex.ranks
                and orth[p - 1] in (",", "(", ";")  # "pertemuan, Sergei [Lavrov]"; elsewhere too risky
            ):
                e = Span(doc, p, e.end, label="PER", span_id=e.id)
            out.append(e)
        return out


@lru_cache(maxsize=1)
def _title_rule() -> _TitleRule:
    return _TitleRule()


def doc_entities(doc: Doc, title_rule: bool = True) -> list[Span]:
    """Entities of a processed doc with labels folded to PER/ORG/LOC (others dropped)."""
    ents = []
    for e in doc.ents:
        label = normalize_label(e.label_)
        if label is None:
            continue
        a, b = e.start, e.end
        while a < b and (doc[a].is_space or doc[a].text in _EDGE_JUNK):
            a += 1
        while b > a and (doc[b - 1].is_space or doc[b - 1].text in _EDGE_JUNK):
            b -= 1
        b = _before_open_bracket(doc, a, b)
        if a == b:
            continue
        stop = _sentence_stop(doc, a, b)
        if stop is not None:  # "[Kementerian Pertanian. Kementan]": two names of two sentences
            ents += [Span(doc, x, y, label=label, kb_id=e.kb_id, span_id=e.id) for x, y in ((a, stop), (stop + 1, b))
                     if y > x]
            continue
        if (a, b, label) != (e.start, e.end, e.label_):
            e = Span(doc, a, b, label=label, kb_id=e.kb_id, span_id=e.id)
        ents.append(e)
    if title_rule:
        ents = _title_rule().apply(doc, ents)
    return ents


def _sentence_stop(doc: Doc, a: int, b: int) -> int | None:
    """The full stop inside an entity that ends a sentence: after a word of three letters or more (no
    initial, no abbreviation such as ``Dr.`` or ``Jl.``) and before a capitalised word. The model reads
    across it now and then (``Kementerian Pertanian. Kementan mengatakan``)."""
    for i in range(a + 1, b - 1):
        prev = doc[i - 1].text
        if doc[i].text == "." and len(prev) >= 3 and prev.isalpha() and not prev.isupper() and \
                doc[i + 1].text[:1].isupper() and doc[i].whitespace_:
            return i
    return None


def _before_open_bracket(doc: Doc, a: int, b: int) -> int:
    """End of an entity cut before a bracket it opens but does not close: the model tags ``Kementerian Luar
    Negeri (Kemlu`` when the acronym's ``)`` falls outside; the name ends before the bracket, and the
    acronym inside it is an alias of its own, not part of the name."""
    for i in range(b - 1, a, -1):
        if doc[i].text == ")":
            return b
        if doc[i].text == "(":
            while i > a and (doc[i - 1].is_space or doc[i - 1].text in _EDGE_JUNK):
                i -= 1
            return i
    return b


def _source(span: Span, nlp: Language) -> str:
    if span.id_ == RULER_ID or span.ent_id_ == RULER_ID:
        return "ruler"
    if "ner" not in nlp.pipe_names:
        return "ruler"
    return "model"


def paragraph_texts(text: str, spans: list[tuple[int, int]] | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """The non-empty paragraph spans of ``text`` and the texts the NER model reads for them."""
    if spans is None:
        spans = [(0, len(text))]
    spans = [(s, e) for s, e in spans if e > s]
    return spans, [text[s:e].translate(_NORMALIZE) for s, e in spans]


def extract_entities(
    nlp: Language,
    text: str,
    spans: list[tuple[int, int]] | None = None,
    title_rule: bool = True,
    glued: frozenset[int] = frozenset(),
) -> list[Entity]:
    """Entities of ``text`` (offsets into ``text``), running ``nlp`` once per paragraph span.

    Paragraph spans are processed with ``nlp.pipe`` so the model batches them;
    an entity never crosses a paragraph boundary, which is also true of news.
    With ``title_rule`` (default) the rules of :class:`_TitleRule` run too, and a
    surname of a full PER name elsewhere in the text is PER wherever it stands
    alone (news names a person in full once, then by surname). A batch of
    articles runs the model over all their paragraphs at once
    (:func:`paragraph_texts`, ``nlp.pipe``) and then :func:`entities_from_docs`.
    """
    spans, texts = paragraph_texts(text, spans)
    return entities_from_docs(nlp, text, spans, nlp.pipe(texts), title_rule, glued)


def entities_from_docs(nlp: Language, text: str, spans: list[tuple[int, int]], docs: Iterable[Doc],
                       title_rule: bool = True, glued: frozenset[int] = frozenset()) -> list[Entity]:
    """Entities of ``text`` from the model's Docs of its paragraph ``spans`` (see :func:`extract_entities`)."""
    found: list[tuple[int, Doc, list[Span], set[tuple[int, int, str]]]] = []
    for (start, _end), doc in zip(spans, docs, strict=True):
        check_deadline()  # a very long article must not outlive its time budget here
        ents = doc_entities(doc, title_rule=False)
        before = {(e.start, e.end, e.label_) for e in ents} if title_rule else set()
        found.append((start, doc, _title_rule().apply(doc, ents) if title_rule else ents, before))
    if title_rule:
        surnames = _surnames(ent for _, _, ents, _ in found for ent in ents)
        found = [(st, doc, _surname_consistency(doc, ents, surnames), b) for st, doc, ents, b in found]
        found = _first_name_read_as_place(found)
        found = _split_holder_from_organisation(found)
        found = _split_place_from_name(found)
        found = _regions_read_as_persons(found)
        found = _split_at_glue(found, glued)
        found = _filter_headlines(found)
    return _entity_records(nlp, text, found, title_rule)


def _entity_records(nlp: Language, text: str, found: list, title_rule: bool) -> list[Entity]:
    """The entities of every paragraph as records with offsets into ``text``."""
    out: list[Entity] = []
    for start, _doc, ents, before in found:
        tagged = set()
        for ent in ents:
            source = _source(ent, nlp)
            if title_rule and (ent.start, ent.end, ent.label_) not in before:
                source = "ruler"
            key = (ent.start_char, ent.end_char)
            if key in tagged:
                continue
            tagged.add(key)
            out.append(
                Entity(
                    start=start + ent.start_char,
                    end=start + ent.end_char,
                    text=text[start + ent.start_char : start + ent.end_char],
                    label=ent.label_,
                    source=source,
                )
            )
    return out


def _is_headline(doc: Doc) -> bool:
    """Title-cased line without a full stop (headline, caption, menu): the model over-tags these."""
    return headline_like(doc.text, HEADLINE_TITLE_SHARE, max_lower=1)


def _filter_headlines(found: list) -> list:
    """In headline-like paragraphs keep only entities the rules found or that body text also has."""
    body = [f for f in found if not _is_headline(f[1])]
    if not body or len(body) == len(found):
        return found
    seen = {e.text for _, _, ents, _ in body for e in ents}
    out = []
    for start, doc, ents, before in found:
        if _is_headline(doc):
            ents = [e for e in ents if e.text in seen or e.id_ == RULER_ID]
        out.append((start, doc, ents, before))
    return out


def _surnames(ents: Iterable[Span]) -> set[str]:
    """Last tokens of multi-token PER names ("Lavrov" of "Sergey Lavrov")."""
    rule = _title_rule()
    out = set()
    for e in ents:
        if e.label_ == "PER" and len(e) >= 2:
            last = e[-1].text
            if len(last) >= 3 and rule._is_name(last) and (last,) not in rule.known:
                out.add(last)
    return out


def _first_name_read_as_place(found: list) -> list:
    """``Direktur Jenderal WHO [Tedros Adhanom Ghebreyesus]PER ... kata [Tedros]LOC``: a word the model tags as
    a place alone where a speaker stands (after a post cue, before a say cue), that opens a person's name in
    the article, is no listed place, follows no region's head and is never written after a place's
    preposition (``di``, ``ke``), is the person's first name, wherever it stands."""
    rule = _title_rule()
    firsts = {e[0].text for _, _, ents, _ in found for e in ents if e.label_ == "PER" and len(e) >= 2}
    heads = rule.region_heads | rule.territorial
    names = {e.text for _, doc, ents, _ in found for e in ents
             if e.label_ == "LOC" and len(e) == 1 and (e.text in firsts and _where_a_speaker_stands(doc, e) or
                                                       _set_off_after_role(doc, e))
             and (e.text,) not in rule.known and (e.text,) not in rule.regions and rule._is_name(e.text)}
    names -= _placed_words(found, names, heads)
    if not names:
        return found
    return [(st, doc, _as_first_names(doc, ents, names), b) for st, doc, ents, b in found]


def _where_a_speaker_stands(doc: Doc, e: Span) -> bool:
    """Is ``e`` right after a post cue (``kata Tedros``) or right before a say cue (``Tedros menyebut``)?"""
    lex = _title_rule().lex
    return bool(e.start and lex.kind(doc[e.start - 1].lower_) in ("post", "postq") or
                e.end < len(doc) and lex.kind(doc[e.end].lower_) == "say")


def _set_off_after_role(doc: Doc, e: Span, most: int = 6) -> bool:
    """Is ``e`` set off by a comma after a post cue and a role (``kata Bupati Bogor, [Nurhayanti]``): where the
    speaker's name stands, never a place?"""
    rule = _title_rule()
    if e.start < 3 or doc[e.start - 1].text != ",":
        return False
    role = False
    for t in reversed(doc[max(0, e.start - 1 - most):e.start - 1]):
        if rule.lex.kind(t.lower_) in ("post", "postq"):
            return role
        if not t.text[:1].isupper():
            return False
        role = role or _office_ends_at(doc, t.i, longest=1)
    return False


def _office_ends_at(doc: Doc, i: int, longest: int) -> bool:
    """Does a title or role of at most ``longest`` words end at token ``i`` (``Bupati``, ``Duta |Besar|``)?"""
    rule = _title_rule()
    for n in range(1, min(longest, i + 1) + 1):
        words = tuple(t.lower_ for t in doc[i - n + 1:i + 1])
        if words in rule.titles or words in rule.roles:
            return True
    return False


def _placed_words(found: list, words: set[str], heads: frozenset[str]) -> set[str]:
    """Which of ``words`` the article writes as a place: after ``di``/``ke`` or a region's head, or before a
    comma and a listed place (``Bantaeng, Sulawesi Selatan``)."""
    if not words:
        return set()
    rule = _title_rule()
    out = set()
    for _, doc, _, _ in found:
        for t in doc:
            if t.text not in words:
                continue
            if t.i and (doc[t.i - 1].lower_ in rule.lex.words["place_preps"] or doc[t.i - 1].lower_ in heads) or \
                    t.i + 2 < len(doc) and doc[t.i + 1].text == "," and \
                    rule._match([x.text for x in doc[t.i + 2:t.i + 5]], 0, rule.known, 3):
                out.add(t.text)
    return out


def _as_first_names(doc: Doc, ents: list[Span], names: set[str]) -> list[Span]:
    """The entities with each place-tagged first name in ``names`` made a person: joined to the person right
    after it, or alone."""
    out: list[Span] = []
    for e in ents:
        if out and out[-1].label_ == "LOC" and out[-1].text in names and e.label_ == "PER" and e.start == out[-1].end:
            out[-1] = Span(doc, out[-1].start, e.end, label="PER", span_id=e.id)
            continue
        if e.label_ in ("LOC", "ORG") and e.text in names and len(e) == 1:
            e = Span(doc, e.start, e.end, label="PER", span_id=e.id)
            if out and out[-1].label_ == "PER" and out[-1].end == e.start:
                out[-1] = Span(doc, out[-1].start, e.end, label="PER", span_id=out[-1].id)
                continue
        out.append(e)
    return out


def _split_holder_from_organisation(found: list) -> list:
    """``Kasi Intel [Kejaksaan Negeri Kuantan Singingi Soenardi]ORG mengatakan``: an organisation or place
    the model ran on into the name of its official is cut where the article's own entities say so: the
    part before is the organisation as the article names it elsewhere (or opens with an organisation word:
    ``Kementerian Keuangan``), the one to three name words after
    are a person the article names elsewhere, and no other organisation or place holds those words."""
    ents_all = [e for _, _, ents, _ in found for e in ents]
    persons = {e.text for e in ents_all if e.label_ == "PER"}
    places = [e for e in ents_all if e.label_ in ("ORG", "LOC")]
    if not places:
        return found
    texts = {e.text for e in places}
    towns = {e.text for e in places if e.label_ == "LOC" and len(e) == 1}
    return _split_entities(found, lambda _start, e: (
        _holder_cut(e, persons, texts, places) or _holder_after_country(e, towns, places)
        or _holder_after_region(e, towns) or _holder_after_short_form(e) or _holder_after_listed(e)
        if e.label_ in ("ORG", "LOC") else 0,
        e.label_))


def _split_entities(found: list, cut_at: Callable[[int, Span], tuple[int, str]]) -> list:
    """The paragraphs' entities, each one ``cut_at`` cuts (its paragraph's offset and the entity -> the token
    where the person after the cut starts, 0 for none, and the label of the part before) split in two: the
    one loop of the splitting rules below."""
    out = []
    for start, doc, ents, before in found:
        split: list[Span] = []
        for e in ents:
            cut, head = cut_at(start, e)
            split += [e] if not cut else [Span(doc, e.start, cut, label=head, span_id=e.id),
                                          Span(doc, cut, e.end, label="PER", span_id=e.id)]
        out.append((start, doc, split, before))
    return out


def _split_place_from_name(found: list) -> list:
    """``Kepala MTSN 1 [Konawe Nyuheri Slamet]PER``, ``Kemenag [Purwakarta Munir Huda]PER``: after an office,
    the model runs the office's town into its official's name. A person entity is cut after its last word
    that the article tags alone as a place elsewhere (``di Purwakarta``), or that a listed place or an
    acronym is, when two or more name words follow; the words before are a place or an office, not a name."""
    ents_all = [e for _, _, ents, _ in found for e in ents]
    places = {e.text for e in ents_all if e.label_ == "LOC" and len(e) == 1}
    in_names = Counter(t.text for e in ents_all if e.label_ == "PER" for t in e)

    def cut_at(_start: int, e: Span) -> tuple[int, str]:
        if e.label_ == "LOC" and _holder_closing_place(e, found):
            return e.end - 1, "LOC"  # "Kepala [Desa Malasari Sukandar]LOC", and "Sukandar menambahkan" elsewhere
        if e.label_ == "PER" and (holder := _region_then_holder(e)):
            return holder, "LOC"  # "Penjabat Bupati [Lambar Nukman]PER"
        if e.label_ != "PER" or len(e) < 3:
            return 0, ""
        if e[0].lower_ in _title_rule().place_heads:  # "[Kota Sukabumi Zulkarnain Barhami]PER"
            return _place_then_name(e, 0, places, guess=True), "LOC"
        own = Counter(t.text for t in e)  # "Willy Indra Yunani" and "Willy" alone: a name, however tagged
        cut = _place_cut(e, {w for w in places if in_names[w] == own[w]})
        return cut, "LOC" if cut - e.start == 1 else "ORG"  # a town alone, or the office with its town

    return _split_entities(found, cut_at)


def _holder_closing_place(e: Span, found: list) -> bool:
    """Is the last word of a place opened by its head (``Desa``, ``Kota``: ``[place_heads]``) right after a title
    the name of the office's holder (``Kepala [Desa Malasari Sukandar]LOC mengatakan``): a name word the article
    (its paragraphs in ``found``) writes alone as a speaker elsewhere (``Sukandar menambahkan``, ``kata
    Sukandar``)?"""
    rule = _title_rule()
    if len(e) < 3 or e[0].lower_ not in rule.place_heads or e.start == 0 or \
            (e.doc[e.start - 1].lower_,) not in rule.titles or not rule._is_name(e[-1].text) or e[-1].text.isupper():
        return False
    text = " ".join(doc.text for _, doc, _, _ in found)  # only for the rare place that passed the checks above
    name, before = re.escape(e[-1].text), e[-2].text + " "
    speaks = rf"(?<![\w-]){name}\s+(?:{rule.lex.say_alt})\b|\b(?:{rule.lex.post_alt})\s+{name}\b"
    return any(not text.endswith(before, 0, m.start()) for m in re.finditer(speaks, text))  # not the place's own


def _place_cut(e: Span, places: set[str]) -> int:
    """Token after the last place or acronym word of person ``e`` with two or more name words after it, or 0."""
    rule = _title_rule()
    for k in range(len(e) - 3, -1, -1):
        word, tail = e[k].text, [t.text for t in e[k + 1:]]
        place = word in places or (word,) in rule.known or _acronym(word) \
            and word.lower() not in rule.lex.ranks or _region_ending(e, k) > 0  # "AKP Budi Adi": a rank
        if place and all(rule._is_name(w) and not w.isupper() for w in tail):
            return e.start + k + 1
    return 0


def _region_ending(e: Span, k: int) -> int:
    """Words of the listed regency or city (``ner_regions.txt``: ``Sleman``, ``Kutai Barat``) that ends at
    token ``k`` of ``e``, when an office, not a rank or an initial, stands before it (``Disperindag |Sleman|
    Tri Endah Yitnani``; never ``Brigjen K. |Lingga| Rendra Raharja``, whose first name it is), or 0."""
    rule = _title_rule()
    for n in range(min(rule.max_region, k + 1), 0, -1):
        if tuple(t.text for t in e[k - n + 1:k + 1]) not in rule.regions:
            continue
        start = e.start + k - n + 1
        before = e.doc[start - 1].text if start > 0 else ""
        if before and (before[:1].isupper() or before == ")") and before.lower() not in rule.lex.ranks \
                and not (len(before) <= 2 and before.endswith(".")) and not (before.isalpha() and len(before) == 1):
            return n
    return 0


def _region_then_holder(e: Span) -> int:
    """``Penjabat Bupati [Lambar Nukman]PER``, ``Humas PN [Jaksel Djuyamto]PER``: right after an office that takes
    its region (``[territorial_heads]``), a region's head or an acronym, a person entity of a listed regency or
    city and one name word is the region and its holder; the token where the holder starts, or 0."""
    rule = _title_rule()
    before = e.doc[e.start - 1] if e.start else None  # "Bupati", "Kabupaten", "PN" (Pengadilan Negeri)
    if len(e) < 2 or before is None or not (before.lower_ in rule.territorial or before.lower_ in rule.region_heads
                                            or _acronym(before.text)) or \
            not rule._is_name(e[-1].text) or e[-1].text.isupper():
        return 0
    return e.end - 1 if _region_ending(e, len(e) - 2) == len(e) - 1 else 0


def _regions_read_as_persons(found: list) -> list:
    """``kata Bupati [Trenggalek]PER``: a person entity that is a listed regency or city as a whole, and whose
    words are no part of a longer person's name in the article (``Tan Malaka``), is the place."""
    rule = _title_rule()
    in_longer = {t.text for _, _, ents, _ in found for e in ents if e.label_ == "PER" and
                 tuple(t.text for t in e) not in rule.regions for t in e}
    out = []
    for start, doc, ents, before in found:
        out.append((start, doc, [Span(doc, e.start, e.end, label="LOC", span_id=e.id) if e.label_ == "PER" and
                                 tuple(t.text for t in e) in rule.regions and not any(t.text in in_longer for t in e)
                                 else e for e in ents], before))
    return out


def _acronym(word: str) -> bool:
    """Is ``word`` written as an acronym: two letters or more, all capitals (``PUPR``, ``HR``)?"""
    return word.isupper() and len(word) > 1 and word.isalpha()


def _split_at_glue(found: list, glued: frozenset[int]) -> list:
    """``Pemimpin Tertinggi Iran Ayatullah [Ali Khamenei Putin]PER menolak``: where a scraper dropped the
    spaces around link text (``KhameneiPutin``), the model runs two people together. A person entity is cut
    at a space cleaning put back (``glued``: positions in the cleaned text) when the words after it end
    another person's name in the article and that name does not hold the word before the cut."""
    if not glued:
        return found
    persons = {tuple(t.text for t in e) for _, _, ents, _ in found for e in ents if e.label_ == "PER"}
    return _split_entities(found, lambda start, e: (
        _glue_cut(e, start, glued, persons) if e.label_ == "PER" else 0, "PER"))


def _glue_cut(e: Span, start: int, glued: frozenset[int], persons: set[tuple[str, ...]]) -> int:
    """Token where the second person of a glued pair starts (see :func:`_split_at_glue`), or 0."""
    words = tuple(t.text for t in e)
    for k in range(1, len(e)):
        if start + e[k].idx - 1 not in glued:
            continue
        tail = words[k:]
        if any(p != words and p[-len(tail):] == tail and words[k - 1] not in p for p in persons):
            return e.start + k
    return 0


def _holder_cut(e: Span, persons: set[str], texts: set[str], places: list[Span]) -> int:
    """Token where ``e``'s trailing person name starts (see :func:`_split_holder_from_organisation`), or 0."""
    rule = _title_rule()
    for k in range(max(1, len(e) - 3), len(e)):
        head, tail = e[:k], e[k:]
        named = head.text in texts or len(head) >= 2 and head[0].lower_ in rule.lex.org_words
        if tail.text not in persons or not named:
            continue
        if len(head) < 2 and not head.text.isupper():
            return 0  # "Israel Katz": one word before a surname is a first name, not an organisation
        words = {t.text for t in tail}
        if all(rule._is_name(w) and not w.isupper() and w.lower() not in rule.lex.org_words for w in words) \
                and not any(p is not e and words & {t.text for t in p} for p in places):
            return e.start + k
        return 0
    return 0


def _holder_after_country(e: Span, towns: set[str], places: list[Span]) -> int:
    """``juru bicara [Kementerian Luar Negeri Iran Bahram Qassemi]ORG``: an organisation that opens with an
    organisation word and whose country or town (tagged alone elsewhere in the article) is followed by two
    or three name words ran on into its official's name; the token where the name starts, or 0."""
    rule = _title_rule()
    if e.label_ != "ORG" or len(e) < 5 or e[0].lower_ not in rule.lex.org_words:
        return 0
    for k in range(len(e) - 3, len(e) - 1):
        tail = [t.text for t in e[k:]]
        if e[k - 1].text in towns and len(tail) >= 2 and \
                all(rule._is_name(w) and not w.isupper() and w.lower() not in rule.lex.org_words and
                    (w,) not in rule.known for w in tail) and \
                not any(p is not e and set(tail) & {t.text for t in p} for p in places):
            return e.start + k
    return 0


def _holder_after_region(e: Span, towns: set[str]) -> int:
    """``Kepala Dinas PUPR [Kabupaten Bogor Ajat Rochmat Jatnika]LOC``: a regency or district (``[region_heads]``)
    named by a listed place or a town the article tags alone ran on into the two or three name words of its
    official; so did a town (``[place_heads]``) right before a speech cue; the token where the name starts, or
    0."""
    rule = _title_rule()
    head = next((i for i, t in enumerate(e) if t.lower_ in rule.region_heads), None)
    if head is not None:
        return _place_then_name(e, head, towns, guess=False)
    # "(BPBD) [Kota Sukabumi Zulkarnain Barhami]LOC mengatakan": a place says nothing, its official does
    said = e.end < len(e.doc) and e.doc[e.end].lower_ in rule.lex.cues
    return _place_then_name(e, 0, towns, guess=True) if said and e[0].lower_ in rule.place_heads else 0


def _place_then_name(e: Span, head: int, towns: set[str], guess: bool) -> int:
    """Token where the name after the place opened by ``e[head]`` starts, or 0: the place is a listed place or
    a town the article tags alone (or, with ``guess``, one word), with its compass words (``Lampung
    Selatan``), and two or three plain name words follow."""
    rule = _title_rule()
    words = [t.text for t in e]
    at = head + 1
    if at + 1 >= len(e):
        return 0
    length = rule._match(words, at, rule.regions, rule.max_region)  # "Kabupaten |Wonosobo|", "|Kutai Barat|"
    listed = rule._match(words, at, rule.known, rule.max_known) or (_region_ending(e, at + length - 1) if length else 0)
    n = listed or (1 if words[at] in towns or guess else 0)
    k = at + n
    while n and k < len(e) and e[k].lower_ in rule.place_suffixes:
        k += 1
    # one name word only after a listed place, an office before and its adjunct or cue after ("Kepala Bidang ...
    # [Dinas Kesehatan Provinsi Kaltim Meliana]ORG di Ujoh Bilang")
    least = 1 if listed and _office_before(e) and _adjunct_or_cue_after(e) else 2
    return e.start + k if n and _plain_name_tail(words[k:], least=least) else 0


def _office_before(e: Span, most: int = 8) -> bool:
    """Does a title stand before ``e`` with only capitalised words (and the words that tie a role to its body or
    post: ``dari``, ``di``) between (``|Koordinator| Tim SAR [Kabupaten Wonosobo Muhail]``, ``|Anggota| Komisi VII
    DPR dari [Partai NasDem Kurtubi]``)?"""
    rule = _title_rule()
    for t in reversed(e.doc[max(0, e.start - most):e.start]):
        if _office_ends_at(e.doc, t.i, longest=3):  # "Kepala", "Duta Besar"
            return True
        if not t.text[:1].isupper() and t.lower_ not in rule.lex.words["role_linkers"] and \
                t.lower_ not in rule.lex.words["affiliation_preps"]:
            return False
    return False


def _holder_after_listed(e: Span) -> int:
    """``Anggota Komisi VII DPR dari [Partai NasDem Kurtubi]ORG mengatakan``: a listed organisation or place
    (``ner_orgs.txt``, ``ner_places.txt``) opening the entity, then one to three plain name words, an office
    before it and an adjunct or cue after it: the official's name ran into the body; where the name starts,
    or 0."""
    rule = _title_rule()
    words = [t.text for t in e]
    n = rule._match(words, 0, rule.known, rule.max_known)
    if not n or not 1 <= len(e) - n <= 3 or not _office_before(e) or not _adjunct_or_cue_after(e):
        return 0
    return e.start + n if _plain_name_tail(words[n:], least=1) else 0


def _adjunct_or_cue_after(e: Span) -> bool:
    """Does a speech cue or a place or time adjunct (``di``, ``saat``) follow ``e``, as after a speaker (``...
    Muhail |di| Wonosobo``)? Not a comma: ``Pelatih [Bali United], Indra Sjafri,`` names its holder after it."""
    rule = _title_rule()
    nxt = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
    return nxt in rule.lex.cues or nxt in rule.lex.words["cue_adjunct_preps"]


def _plain_name_tail(tail: list[str], least: int = 2) -> bool:
    """Are these two (or ``least``) to three words a person's name: capitalised name words, none an acronym, a
    listed place or organisation, an organisation word, a compass word or a region's head?"""
    rule = _title_rule()
    if not least <= len(tail) <= 3:
        return False
    never = rule.lex.org_words | rule.place_suffixes | rule.region_heads
    return all(rule._is_name(w) and not w.isupper() and (w,) not in rule.known and w.lower() not in never
               for w in tail)


def _holder_after_short_form(e: Span) -> int:
    """``Kepala [Biro Komunikasi dan Pelayanan Kesehatan Kemenkes Oscar Primadi]ORG``: an organisation whose
    short form (``[org_prefixes]``: Kemenkes, Polres; or an acronym) ran on into the two or three name words
    of its official; the token where the name starts, or 0."""
    rule = _title_rule()
    if e.label_ != "ORG":
        return 0  # "[Jl HR Rasuna Said]LOC": a street named after someone
    for k in range(1, len(e) - 2):
        word = e[k].text
        short = word.lower().startswith(rule.org_prefixes) or _acronym(word)
        if short and _plain_name_tail([t.text for t in e[k + 1:]]):
            return e.start + k + 1
    return 0


def _surname_consistency(doc: Doc, ents: list[Span], surnames: set[str]) -> list[Span]:
    """A lone surname token tagged ORG/LOC or left untagged becomes PER."""
    if not surnames:
        return ents
    taken = {m for e in ents if len(e) > 1 for m in range(e.start, e.end)}
    singles = {e.start: e for e in ents if len(e) == 1}
    out = [e for e in ents if len(e) > 1]
    for tok in doc:
        i = tok.i
        if tok.text in surnames and i not in taken:
            e = singles.pop(i, None)
            out.append(Span(doc, i, i + 1, label="PER", span_id=e.id if e is not None else 0))
    out += list(singles.values())
    return sorted(out, key=lambda e: e.start)

"""Tests for the syntax layer: backend loading and fallback, parse, cue_subject, governed_clause."""

from __future__ import annotations

import sys
import types

import pytest

from pipeline import syntax
from pipeline.stanza_backend import StanzaUnavailable
from pipeline.syntax import DEFAULT_MODEL, Dep, cue_subject, governed_clause, load_parser, np_span, parse

HAVE_MODEL = (DEFAULT_MODEL / "meta.json").is_file()
needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="models/id_ud_parser not present")


def deps_from(rows: list[tuple[str, int, str]]) -> list[Dep]:
    """Build a parse from (word, head, deprel) with 1-based heads, 0 = root, as in CoNLL-U."""
    return [Dep(i, w, h - 1, rel, "X") for i, (w, h, rel) in enumerate(rows)]


# --------------------------------------------------------------------------- hand-built parses

PESKOV = deps_from([
    ("Juru", 6, "nsubj"),
    ("bicara", 1, "compound"),
    ("Kremlin", 1, "nmod"),
    ("Dmitry", 1, "appos"),
    ("Peskov", 4, "flat:name"),
    ("mengatakan", 0, "root"),
    ("presiden", 10, "nsubj"),
    ("Rusia", 7, "nmod"),
    ("akan", 10, "aux"),
    ("mengunjungi", 6, "ccomp"),
    ("Korea", 10, "obj"),
    ("Utara", 11, "flat:name"),
    (".", 6, "punct"),
])

LAVROV = deps_from([
    ("Lavrov", 2, "nsubj"),
    ("mencemooh", 0, "root"),
    ("klaim", 2, "obj"),
    ("AS", 3, "nmod"),
    ("dengan", 6, "mark"),
    ("mengatakan", 2, "advcl"),
    ("bahwa", 10, "mark"),
    ("tuduhan", 10, "nsubj"),
    ("itu", 8, "det"),
    ("bohong", 6, "ccomp"),
    (".", 2, "punct"),
])


def test_cue_subject_takes_whole_name_and_title() -> None:
    assert cue_subject(PESKOV, 5) == (0, 5)


def test_governed_clause_is_the_ccomp_subtree() -> None:
    assert governed_clause(PESKOV, 5) == (6, 12)


def test_cue_subject_climbs_from_advcl() -> None:
    assert cue_subject(LAVROV, 5) == (0, 1)
    assert governed_clause(LAVROV, 5) == (6, 10)  # "bahwa tuduhan itu bohong"


def test_cue_subject_stops_at_time_words_and_relative_clauses() -> None:
    deps = deps_from([
        ("Gedung", 5, "nsubj"),
        ("Putih", 1, "flat"),
        ("pekan", 1, "nmod:tmod"),
        ("lalu", 3, "amod"),
        ("mengatakan", 0, "root"),
        ("hal", 5, "obj"),
        ("itu", 6, "det"),
    ])
    assert cue_subject(deps, 4) == (0, 2)
    deps = deps_from([
        ("Menteri", 5, "nsubj"),
        ("itu", 1, "det"),
        ("yang", 4, "nsubj"),
        ("hadir", 1, "acl:relcl"),
        ("menegaskan", 0, "root"),
    ])
    assert cue_subject(deps, 4) == (0, 2)


def test_cue_subject_relative_yang_gives_modified_noun() -> None:
    deps = deps_from([
        ("Peskov", 0, "root"),
        (",", 4, "punct"),
        ("yang", 4, "nsubj"),
        ("mengatakan", 1, "acl:relcl"),
        ("hal", 4, "obj"),
    ])
    assert cue_subject(deps, 3) == (0, 1)


def test_governed_clause_bahwa_advcl_counts_as_ccomp() -> None:
    deps = deps_from([
        ("Polisi", 2, "nsubj"),
        ("menyampaikan", 0, "root"),
        ("bahwa", 5, "mark"),
        ("korban", 5, "nsubj"),
        ("selamat", 2, "advcl"),
        (".", 2, "punct"),
    ])
    assert governed_clause(deps, 1) == (2, 5)
    plain = [d._replace(text="karena") if d.index == 2 else d for d in deps]
    assert governed_clause(plain, 1) is None  # a real adverbial clause is not what was said


def test_cue_subject_none_for_passive_or_missing_subject() -> None:
    deps = deps_from([
        ("Hal", 3, "nsubj:pass"),
        ("itu", 1, "det"),
        ("dikatakan", 0, "root"),
        ("Budi", 3, "obl:agent"),
    ])
    assert cue_subject(deps, 2) is None
    assert governed_clause(deps, 2) is None
    assert cue_subject(deps, 99) is None
    assert cue_subject([], 0) is None


def test_cue_subject_postverbal_kata_and_edge_punct() -> None:
    deps = deps_from([
        ("Kami", 2, "nsubj"),
        ("siap", 0, "root"),
        (",", 4, "punct"),
        ("kata", 2, "parataxis"),
        ("Menteri", 4, "nsubj"),
        ("Budi", 5, "flat:name"),
        (",", 8, "punct"),
        ("Kamis", 4, "obl:tmod"),
    ])
    assert cue_subject(deps, 3) == (4, 6)
    assert np_span(deps, 4) == (4, 6)


# --------------------------------------------------------------------------- loading and fallback


def test_env_none_disables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUTIPAN_PARSER", "none")
    assert load_parser() is None
    assert load_parser("stanza") is None


def test_missing_model_gives_none(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("KUTIPAN_PARSER", raising=False)
    monkeypatch.setattr(syntax, "DEFAULT_MODEL", tmp_path / "absent")
    assert load_parser() is None


def test_stanza_not_installed_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KUTIPAN_PARSER", raising=False)
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` raise ImportError
    with pytest.raises(StanzaUnavailable, match=r'pip install -e "\.\[stanza\]"'):
        load_parser("stanza")


def test_stanza_without_models_is_an_error_and_builds_no_pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    calls: list[dict] = []

    def pipeline(*args, **kwargs):  # would be where a real stanza downloads
        calls.append(kwargs)
        raise AssertionError("no pipeline may be built without the model files")

    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace(Pipeline=pipeline))
    monkeypatch.setenv("KUTIPAN_PARSER", "stanza")
    monkeypatch.setenv("KUTIPAN_STANZA_DIR", str(tmp_path))
    with pytest.raises(StanzaUnavailable, match="kutipan train stanza"):
        load_parser()
    assert calls == []


def test_stanza_parse_maps_to_deps() -> None:
    word = types.SimpleNamespace
    sent = types.SimpleNamespace(words=[
        word(id=1, head=2, deprel="nsubj", upos="PROPN"),
        word(id=2, head=0, deprel="root", upos="VERB"),
    ])
    fake = types.SimpleNamespace(sentences=[sent])
    parser = syntax.Parser("stanza", lambda sents: fake)
    assert parse(parser, ["Budi", "mengatakan"]) == [
        Dep(0, "Budi", 1, "nsubj", "PROPN"), Dep(1, "mengatakan", -1, "root", "VERB")
    ]


# --------------------------------------------------------------------------- the shipped model


@pytest.fixture(scope="module")
def parser() -> syntax.Parser:
    if not HAVE_MODEL:
        pytest.skip("models/id_ud_parser not present")
    p = syntax._load_spacy_parser(DEFAULT_MODEL)
    assert p is not None
    return p


def _subject(parser: syntax.Parser, sentence: str, cue: str) -> str | None:
    words = sentence.split()
    span = cue_subject(parse(parser, words), words.index(cue))
    return None if span is None else " ".join(words[span[0]:span[1]])


@needs_model
def test_parse_keeps_our_tokens(parser: syntax.Parser) -> None:
    words = ["Menurutnya", ",", "harga", "BBM", "naik", "1.000", "rupiah", "."]
    deps = parse(parser, words)
    assert [d.text for d in deps] == words
    assert [d.index for d in deps] == list(range(len(words)))
    assert all(-1 <= d.head < len(words) for d in deps)
    assert any(d.head == -1 for d in deps)
    assert parse(parser, []) == []
    assert syntax.parse_many(parser, [words, [], ["Ya"]])[1] == []


@needs_model
@pytest.mark.parametrize(
    ("sentence", "cue", "subject"),
    [
        ("Juru bicara Kremlin Dmitry Peskov mengatakan presiden Rusia akan mengunjungi Korea Utara .",
         "mengatakan", "Juru bicara Kremlin Dmitry Peskov"),
        ("Gedung Putih pekan lalu mengatakan Korea Utara telah mengirimkan lebih dari 1.000 kontainer .",
         "mengatakan", "Gedung Putih"),
        ("Lavrov mencemooh klaim AS dengan mengatakan bahwa tuduhan itu tidak berdasar .",
         "mengatakan", "Lavrov"),
        ('" Kami siap menghadapi pemilu , " kata Ketua Umum Partai Golkar Airlangga Hartarto .',
         "kata", "Ketua Umum Partai Golkar Airlangga Hartarto"),
        ("Menteri Keuangan Sri Mulyani Indrawati menegaskan bahwa defisit anggaran tetap terkendali .",
         "menegaskan", "Menteri Keuangan Sri Mulyani Indrawati"),
    ],
)
def test_model_cue_subject(parser: syntax.Parser, sentence: str, cue: str, subject: str) -> None:
    assert _subject(parser, sentence, cue) == subject


@needs_model
@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        ("Juru bicara Kremlin Dmitry Peskov mengatakan presiden Rusia akan mengunjungi Korea Utara .",
         "mengatakan", "presiden Rusia akan mengunjungi Korea Utara"),
        ("Lavrov mencemooh klaim AS dengan mengatakan bahwa tuduhan itu tidak berdasar .",
         "mengatakan", "bahwa tuduhan itu tidak berdasar"),
    ],
)
def test_model_governed_clause(parser: syntax.Parser, sentence: str, cue: str, clause: str) -> None:
    words = sentence.split()
    span = governed_clause(parse(parser, words), words.index(cue))
    assert span is not None and " ".join(words[span[0]:span[1]]) == clause

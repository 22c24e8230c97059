"""The stanza backend, for real: the shipped models in models/stanza_id on Indonesian sentences.

The models load once per session (fixtures); nothing here fakes stanza. Without
the stanza package (an install without the dev or stanza extra) the model tests
skip with the reason; the error paths are tested either way.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from pipeline import stanza_backend
from pipeline.cli import main
from pipeline.ner import extract_entities
from pipeline.records import Article
from pipeline.runner import RunOptions, process_articles
from pipeline.stanza_backend import StanzaUnavailable
from pipeline.syntax import cue_subject, governed_clause
from pipeline.tables import read_table

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"

try:
    import stanza  # noqa: F401

    HAVE_STANZA = True
except ImportError:
    HAVE_STANZA = False
needs_stanza = pytest.mark.skipif(not HAVE_STANZA, reason='stanza not installed (pip install -e ".[stanza]")')

LAVROV = ("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang pada Jumat. "
          "Lavrov bertemu Kim Jong Un di Istana Kumsusan.")


@pytest.fixture(scope="session")
def ner():
    if not HAVE_STANZA:
        pytest.skip('stanza not installed (pip install -e ".[stanza]")')
    return stanza_backend.load_ner()


@pytest.fixture(scope="session")
def parser():
    if not HAVE_STANZA:
        pytest.skip('stanza not installed (pip install -e ".[stanza]")')
    return stanza_backend.load_parser()


def test_shipped_model_files_are_complete() -> None:
    assert stanza_backend.missing_files(stanza_backend.DEFAULT_DIR) == []


# --------------------------------------------------------------------------- NER


def test_ner_finds_people_and_places(ner) -> None:
    ents = {(e.text, e.label) for e in extract_entities(ner, LAVROV)}
    assert ("Sergey Lavrov", "PER") in ents
    assert ("Pyongyang", "LOC") in ents
    assert ("Kim Jong Un", "PER") in ents


def test_ner_offsets_point_into_the_raw_text(ner) -> None:
    text = "Juru bicara  Kremlin Dmitry Peskov mengatakan  hal itu kepada “TASS”.\nIa tidak merinci."
    doc = next(ner.pipe([text]))
    assert doc.text == text  # spaCy Doc built on stanza tokens keeps every character
    ents = extract_entities(ner, text)
    for e in ents:
        assert text[e.start:e.end] == e.text and "\n" not in e.text
    assert ("TASS", "ORG") in {(e.text, e.label) for e in ents}  # the curly quotes are not part of it
    assert any(e.text.endswith("Dmitry Peskov") for e in ents if e.label == "PER")


def test_ner_on_gold_tokens(ner) -> None:
    docs = ner.tagged_docs([["Presiden", "Joko", "Widodo", "meresmikan", "Bendungan", "Jatigede", "."]])
    assert [(e.text, e.label_) for e in docs[0].ents if e.label_ == "PER"] == [("Joko Widodo", "PER")]


def test_empty_and_blank_paragraphs(ner) -> None:
    docs = list(ner.pipe(["", "   ", "Jokowi."]))
    assert [d.text for d in docs] == ["", "   ", "Jokowi."]


# --------------------------------------------------------------------------- syntax


def test_parser_finds_the_subject_of_a_speech_verb(parser) -> None:
    words = "Budi Santoso mengatakan bahwa harga beras akan naik pekan depan .".split()
    deps = parser(words)
    assert [d.text for d in deps] == words  # the caller's words, never re-tokenised
    cue = words.index("mengatakan")
    assert cue_subject(deps, cue) == (0, 2)
    assert governed_clause(deps, cue) == (3, 10)


def test_parser_keeps_clitics_as_one_word(parser) -> None:
    words = ["Menurutnya", ",", "pemerintah", "menyetujuinya", "."]
    deps = parser(words)
    assert [d.text for d in deps] == words
    assert sum(d.head == -1 for d in deps) == 1


# --------------------------------------------------------------------------- the run


def test_run_with_the_stanza_backend(parser, ner, tmp_path: Path) -> None:
    out_spacy, out_stanza = tmp_path / "spacy", tmp_path / "stanza"
    seed = sorted(CORPUS.glob("*.txt"))[0]
    assert main(["run", str(seed), "--out", str(out_spacy), "-q"]) == 0
    assert main(["run", str(seed), "--out", str(out_stanza), "-q", "--backend", "stanza"]) == 0
    for table in ("quotes", "articles", "entities", "sentences"):
        assert list(read_table(out_stanza, table).columns) == list(read_table(out_spacy, table).columns)
    quotes = read_table(out_stanza, "quotes")
    assert len(quotes) > 0
    assert "Sergey Lavrov" in set(quotes["speaker"])
    ents = read_table(out_stanza, "entities")
    assert {"PER", "ORG", "LOC"} >= set(ents["label"]) and len(ents) > 0


def test_python_api_backend_choice(ner) -> None:
    art = Article(article_id="a1", text="Presiden Prabowo Subianto mengatakan, \"Kita akan bekerja keras.\"")
    (result,) = process_articles([art], options=RunOptions(backend="stanza"))
    assert result.article.status == "ok"
    assert [q.speaker for q in result.quotes] == ["Prabowo Subianto"]


# --------------------------------------------------------------------------- when stanza cannot run


def test_missing_models_exit_2_with_how_to_get_them(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setenv(stanza_backend.ENV_DIR, str(tmp_path / "none"))
    code = main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--backend", "stanza", "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert "kutipan train stanza" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "quotes.csv").exists()


def test_missing_package_exit_2_with_pip_command(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # `import stanza` raises ImportError
    code = main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--backend", "stanza", "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert 'pip install -e ".[stanza]"' in err


def test_parser_stanza_with_spacy_backend_also_checks(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace())
    monkeypatch.setenv(stanza_backend.ENV_DIR, str(tmp_path))
    code = main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--parser", "stanza", "-q"])
    assert code == 2
    assert "no stanza models" in capsys.readouterr().err


def test_unknown_backend_in_the_api() -> None:
    with pytest.raises(ValueError, match="unknown backend"):
        list(process_articles([], options=RunOptions(backend="flair")))


def test_check_names_the_missing_files(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace())
    (tmp_path / "ner.pt").write_bytes(b"")
    with pytest.raises(StanzaUnavailable) as info:
        stanza_backend.check(tmp_path)
    assert "tokenize.pt" in str(info.value) and "ner.pt" not in str(info.value)

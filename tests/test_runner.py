"""End-to-end tests of the runner and the output tables through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.tables import read_table

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
TABLE_FILES = ("quotes.csv", "articles.csv", "sentences.csv", "entities.csv", "paragraphs.csv",
               "speakers.csv")
QUOTE_COLUMNS = ["article_id", "quote_id", "quote_text", "quote_type", "speaker", "speaker_mention",
                 "speaker_role", "cue", "sentence_index", "char_start", "char_end", "confidence"]


def _run(inputs: list[Path], out: Path) -> int:
    return main(["run", *map(str, inputs), "--out", str(out), "-q"])


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "out"
    assert _run([CORPUS], out) == 0
    return out


@pytest.fixture(scope="module")
def quotes(seed_out: Path) -> pd.DataFrame:
    return read_table(seed_out, "quotes")


def test_tables_are_written(seed_out: Path) -> None:
    for name in TABLE_FILES:
        assert (seed_out / name).is_file(), name


def test_quotes_have_the_documented_columns(quotes: pd.DataFrame) -> None:
    missing = [c for c in QUOTE_COLUMNS if c not in quotes.columns]
    assert not missing, f"quotes.csv lacks {missing}"
    assert len(quotes) > 0
    assert quotes["quote_id"].is_unique
    assert set(quotes["quote_type"]) <= {"direct", "indirect"}
    assert quotes["confidence"].between(0, 1).all()


def test_quote_text_is_the_raw_substring(quotes: pd.DataFrame) -> None:
    raw = {p.stem: p.read_bytes().decode("utf-8") for p in CORPUS.glob("*.txt")}
    assert set(quotes["article_id"]) <= set(raw)
    for q in quotes.itertuples():
        assert q.char_start < q.char_end
        assert raw[q.article_id][q.char_start:q.char_end] == q.quote_text, q.quote_id


def test_one_article_row_per_input(seed_out: Path, quotes: pd.DataFrame) -> None:
    articles = read_table(seed_out, "articles")
    assert sorted(articles["article_id"]) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert (articles["status"] == "ok").all()
    per_article = quotes.groupby("article_id").size()
    for row in articles.itertuples():
        assert row.n_quotes == per_article.get(row.article_id, 0)


def test_repeated_block_yields_each_quote_once(seed_out: Path, quotes: pd.DataFrame) -> None:
    articles = read_table(seed_out, "articles").set_index("article_id")
    assert articles.loc["002_536ced1bbd919f71", "n_duplicate_paragraphs"] >= 5
    seed002 = quotes[quotes["article_id"] == "002_536ced1bbd919f71"]
    assert len(seed002) > 0
    dups = seed002[seed002.duplicated(["quote_text"], keep=False)]
    assert dups.empty, f"quotes repeated in seed 002: {list(dups['quote_text'])}"
    # no article repeats a quote
    assert not quotes.duplicated(["article_id", "quote_text", "quote_type"]).any()


@pytest.mark.parametrize(
    ("article_id", "text", "speaker"),
    [
        ("000_dad35232df4ce05d", "Saya tidak mengomentari rumor tersebut", "Lavrov"),
        ("001_9df93e9f735add0a", "Mereka melaporkan hal ini sepanjang waktu, tanpa memberikan bukti apa pun",
         "Dmitry Peskov"),
        ("003_6e9a77bcbcb90964", "Kami akan melakukan segala upaya untuk mengembangkan hubungan kami",
         "Choe Son Hui"),
    ],
)
def test_seed_speakers(quotes: pd.DataFrame, article_id: str, text: str, speaker: str) -> None:
    hits = quotes[(quotes["article_id"] == article_id) & quotes["quote_text"].str.contains(text, regex=False)]
    assert len(hits) >= 1, f"{text!r} not extracted from {article_id}"
    assert hits["speaker"].str.contains(speaker, regex=False).all(), list(hits["speaker"])


def test_bad_input_mix_gives_status_rows(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_good.txt").write_bytes((CORPUS / "001_9df93e9f735add0a.txt").read_bytes())
    (src / "b_empty.txt").write_bytes(b"")
    good = {"id": "jsonl-good", "text": "\u201cKami siap bekerja sama,\u201d kata Menteri Luar Negeri Retno."}
    (src / "c_mixed.jsonl").write_text('{"id": "broken", "text": \n' + json.dumps(good) + "\n",
                                       encoding="utf-8")
    (src / "d_cp1252.txt").write_bytes(
        "\u201cKami tidak tahu apa-apa soal itu,\u201d kata Budi di kafe.\n".encode("cp1252"))
    out = tmp_path / "out"
    assert _run([src], out) == 0
    articles = read_table(out, "articles").set_index("article_id")
    assert len(articles) == 5
    status = articles["status"].to_dict()
    assert status == {"a_good": "ok", "b_empty": "empty", "c_mixed:1": "error", "jsonl-good": "ok",
                      "d_cp1252": "ok"}
    assert "empty" in articles.loc["b_empty", "message"]
    assert "invalid JSON" in articles.loc["c_mixed:1", "message"]
    assert "line 1" in articles.loc["c_mixed:1", "message"]
    assert articles.loc["d_cp1252", "encoding"] == "cp1252"
    assert "cp1252" in articles.loc["d_cp1252", "message"]
    quotes = read_table(out, "quotes")
    assert "a_good" in set(quotes["article_id"])
    cp = quotes[quotes["article_id"] == "d_cp1252"]
    assert list(cp["quote_text"]) == ["Kami tidak tahu apa-apa soal itu,"]  # decoded curly quotes work


def test_nothing_readable_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.jsonl").write_text("{not json\n[1, 2]\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _run([src], out) == 1
    assert "no article could be read" in capsys.readouterr().err
    articles = read_table(out, "articles")
    assert list(articles["status"]) == ["error", "error"]


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    assert _run([missing], tmp_path / "out") == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_two_runs_are_byte_identical(seed_out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert _run([CORPUS], again) == 0
    for name in TABLE_FILES:
        assert (seed_out / name).read_bytes() == (again / name).read_bytes(), name


def test_other_process_and_hash_seed_gives_identical_csvs(seed_out: Path, tmp_path: Path) -> None:
    """String hashing (used by the repeated-lines pass) must not leak into the output."""
    import os
    import subprocess
    import sys

    out = tmp_path / "sub"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPUS), "--out", str(out), "-q"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for name in TABLE_FILES:
        assert (seed_out / name).read_bytes() == (out / name).read_bytes(), name

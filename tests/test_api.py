"""The Python API (``from pipeline import extract_quotes, run``) and a cheap ``import pipeline``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.tables import RUN_TABLES

REPO = Path(__file__).resolve().parents[1]
TEXT = ('JAKARTA - Menteri Luar Negeri Retno Marsudi mengatakan Indonesia siap membantu.\n'
        '"Kami siap bekerja sama dengan semua pihak," kata Retno di Jakarta, Senin (21/10/2024).')


def test_extract_quotes_gives_the_quotes_table_of_one_article() -> None:
    quotes = pipeline.extract_quotes(TEXT, article_id="retno-1", date="2024-10-21", source="contoh.id")
    assert list(quotes.columns) == RUN_TABLES["quotes"]
    assert list(quotes["quote_text"]) == ["Indonesia siap membantu", "Kami siap bekerja sama dengan semua pihak,"]
    assert list(quotes["quote_type"]) == ["indirect", "direct"]
    assert set(quotes["speaker"]) == {"Retno Marsudi"}
    assert set(quotes["speaker_id"]) == {"retno-marsudi"}
    assert list(quotes["quote_id"]) == ["retno-1:q001", "retno-1:q002"]
    for q in quotes.itertuples():
        assert TEXT[q.char_start:q.char_end] == q.quote_text
    assert str(quotes["char_start"].dtype) == "Int64"


def test_mereka_after_an_organisation_with_its_acronym_is_the_organisation_by_name() -> None:
    # the NER span "Kementerian Luar Negeri (Kemlu" was the speaker, bracket and all
    text = ("Kementerian Luar Negeri (Kemlu) juga memberikan tanggapan. Mereka menyatakan bahwa WNI di Nepal "
            "dalam keadaan aman.")
    quotes = pipeline.extract_quotes(text)
    assert list(quotes["quote_text"]) == ["WNI di Nepal dalam keadaan aman"]
    assert list(quotes["speaker"]) == ["Kementerian Luar Negeri"]


def test_extract_quotes_on_nothing_is_an_empty_table() -> None:
    quotes = pipeline.extract_quotes("   ")
    assert quotes.empty and list(quotes.columns) == RUN_TABLES["quotes"]


def test_run_writes_what_the_cli_writes(tmp_path: Path) -> None:
    summary = pipeline.run(REPO / "corpus" / "001_9df93e9f735add0a.txt", tmp_path / "out", formats=["jsonl"],
                           db="none", report=False, progress=False)
    assert isinstance(summary, pipeline.RunSummary)
    assert summary.status["ok"] == 1 and summary.n_quotes > 0
    assert (tmp_path / "out" / "quotes.jsonl").is_file()
    assert not list((tmp_path / "out").glob("*.csv"))
    with pytest.raises(TypeError, match="unknown option"):
        pipeline.run(REPO / "corpus", tmp_path / "x", fromats="csv")
    with pytest.raises(FileNotFoundError):
        pipeline.run(tmp_path / "absent", tmp_path / "x")


def test_stage_functions_stay_importable() -> None:
    from pipeline import attribute, clean, dedup, ingest, ner, segment, tables  # noqa: F401
    from pipeline.clean import clean as clean_fn

    assert callable(clean_fn)


def test_import_pipeline_loads_no_heavy_library() -> None:
    code = ("import sys, pipeline; heavy = [m for m in ('pandas', 'spacy', 'numpy', 'matplotlib') "
            "if m in sys.modules]; print(','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert proc.stdout.strip() == ""

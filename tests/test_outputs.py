"""Output formats: Parquet and JSON Lines with real types, any combination with CSV, new columns flow through."""

from __future__ import annotations

import json
import os
import shutil
import sys
from concurrent.futures import BrokenExecutor
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.outputs import OutputOptions, parse_formats, read_output_table, write_outputs
from pipeline.tables import OUTPUT_TABLES, RUN_TABLES, column_type, read_table
from pipeline.warm_process import warm_process


def test_parse_formats() -> None:
    assert parse_formats("csv") == ("csv",)
    assert parse_formats(" Parquet, jsonl ,parquet") == ("parquet", "jsonl")
    with pytest.raises(ValueError, match="xlsx"):
        parse_formats("csv,xlsx")
    with pytest.raises(ValueError):
        parse_formats(" , ")


def test_column_types_follow_names_so_new_columns_get_one() -> None:
    assert column_type("char_start") == "int"
    assert column_type("n_quotes") == "int"
    assert column_type("confidence") == "float"
    assert column_type("kept") == "bool"
    assert column_type("first_date") == "date"
    assert column_type("speaker_start") == column_type("cue_end") == "int"  # columns other engineers add
    assert column_type("entity_id") == column_type("canonical") == "str"
    assert column_type("date") == "str"  # the input's date, as written


def test_every_table_in_every_format(corpus_out: Path) -> None:
    for name in OUTPUT_TABLES:
        for ext in ("csv", "parquet", "jsonl"):
            assert (corpus_out / f"{name}.{ext}").is_file(), f"{name}.{ext}"


def test_parquet_has_real_types_and_the_csv_rows(corpus_out: Path) -> None:
    schema = pq.read_schema(corpus_out / "quotes.parquet")
    assert schema.names == RUN_TABLES["quotes"]
    assert schema.field("char_start").type == pa.int64()
    assert schema.field("sentence_index").type == pa.int64()
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("quote_text").type == pa.string()
    assert pq.read_schema(corpus_out / "paragraphs.parquet").field("kept").type == pa.bool_()
    assert pq.read_schema(corpus_out / "quote_clusters.parquet").field("n_outlets").type == pa.int64()
    for name in OUTPUT_TABLES:
        csv = read_table(corpus_out, name)
        parquet = pd.read_parquet(corpus_out / f"{name}.parquet")
        assert len(parquet) == len(csv), name
    quotes = pd.read_parquet(corpus_out / "quotes.parquet")
    csv = read_table(corpus_out, "quotes")
    assert list(quotes["quote_text"]) == list(csv["quote_text"])
    assert list(quotes["char_end"]) == list(csv["char_end"])


def test_jsonl_has_json_types_and_plain_slashes(corpus_out: Path) -> None:
    lines = (corpus_out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(read_table(corpus_out, "quotes"))
    first = json.loads(lines[0])
    assert list(first) == RUN_TABLES["quotes"]
    assert isinstance(first["char_start"], int) and isinstance(first["confidence"], float)
    assert "\\/" not in (corpus_out / "quotes.jsonl").read_text(encoding="utf-8")
    para = json.loads((corpus_out / "paragraphs.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(para["kept"], bool)


def _csv_copy(corpus_out: Path, dest: Path) -> Path:
    dest.mkdir()
    for name in OUTPUT_TABLES:
        shutil.copy(corpus_out / f"{name}.csv", dest)
    return dest


def test_parquet_alone_leaves_no_csv_and_reads_back(corpus_out: Path, tmp_path: Path) -> None:
    out = _csv_copy(corpus_out, tmp_path / "p")
    (out / "quotes.jsonl").write_text("stale\n", encoding="utf-8")  # left by an earlier run
    write_outputs(out, OutputOptions(formats=("parquet",), db="none", report=False))
    assert not list(out.glob("*.csv")) and not list(out.glob("*.jsonl"))
    assert not (out / "kutipan.db").exists()
    quotes = read_output_table(out, "quotes")
    assert quotes["char_start"].dtype == "Int64"
    assert len(quotes) == len(read_table(corpus_out, "quotes"))


def test_a_new_quote_column_flows_into_every_format(corpus_out: Path, tmp_path: Path) -> None:
    out = _csv_copy(corpus_out, tmp_path / "n")
    quotes = read_table(out, "quotes")
    quotes["speaker_start"] = quotes["char_start"] - 10
    quotes.to_csv(out / "quotes.csv", index=False)
    write_outputs(out, OutputOptions(formats=("csv", "parquet", "jsonl"), db="none", report=False))
    assert pq.read_schema(out / "quotes.parquet").field("speaker_start").type == pa.int64()
    assert "speaker_start" in json.loads((out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[0])


def test_side_processes_write_the_same_files_and_make_the_csv_safe_last(corpus_out: Path, tmp_path: Path) -> None:
    serial, side = _csv_copy(corpus_out, tmp_path / "serial"), _csv_copy(corpus_out, tmp_path / "side")
    for out in (serial, side):  # a cell a spreadsheet would run as a formula
        quotes = read_table(out, "quotes")
        quotes.loc[0, "quote_text"] = "=HYPERLINK(\"http://x\")"
        quotes.to_csv(out / "quotes.csv", index=False)
    write_outputs(serial, OutputOptions(formats=("csv", "parquet", "jsonl")), safe_csv=True)
    write_outputs(side, OutputOptions(formats=("csv", "parquet", "jsonl"), jobs=2), safe_csv=True)
    _assert_same_files(serial, side)
    assert "'=HYPERLINK" in (side / "quotes.csv").read_text(encoding="utf-8")  # safe in the CSV file
    assert pd.read_parquet(side / "quotes.parquet")["quote_text"][0] == "=HYPERLINK(\"http://x\")"  # exact


def _assert_same_files(expected: Path, got: Path) -> None:
    names = sorted(p.name for p in expected.iterdir())
    assert names == sorted(p.name for p in got.iterdir())
    assert not [n for n in names if n.endswith(".safe")]
    for name in names:
        if (expected / name).is_file() and not name.endswith(".db"):
            assert (expected / name).read_bytes() == (got / name).read_bytes(), name


def _imported(name: str) -> bool:
    return name in sys.modules


def test_a_warm_helper_has_the_report_imported_and_draws_the_same_report(corpus_out: Path, tmp_path: Path) -> None:
    serial, helped = _csv_copy(corpus_out, tmp_path / "serial"), _csv_copy(corpus_out, tmp_path / "helped")
    with warm_process() as helper:
        assert helper.submit(_imported, "matplotlib.figure").result()
        files = write_outputs(helped, OutputOptions(), helper=helper)
    write_outputs(serial, OutputOptions())
    assert files.report == helped / "report.html"
    _assert_same_files(serial, helped)
    with warm_process(enabled=False) as none:
        assert none is None


def test_a_helper_that_died_leaves_the_report_to_this_process(corpus_out: Path, tmp_path: Path) -> None:
    out = _csv_copy(corpus_out, tmp_path / "out")
    with warm_process(steps=()) as helper:
        with pytest.raises(BrokenExecutor):
            helper.submit(os._exit, 1).result()
        files = write_outputs(out, OutputOptions(), helper=helper)
    assert files.report.is_file() and "<svg" in files.report.read_text(encoding="utf-8")


def test_unknown_format_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    assert main(["run", str(corpus), "--out", str(tmp_path / "o"), "--format", "csv,xls", "-q"]) == 2
    assert "--format" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()

"""Shared fixtures: one pipeline run over corpus/ with every output format, reused by the output tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kutipan run corpus/ --format csv,parquet,jsonl``: tables, kutipan.db, metadata.json, report.html."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("corpus_run") / "out"
    assert main(["run", str(CORPUS), "--out", str(out), "--format", "csv,parquet,jsonl", "-q"]) == 0
    return out

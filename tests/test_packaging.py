"""Models are found in a checkout and in an installed wheel; a missing model is a warning that says what is lost."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline import ner, syntax
from pipeline.paths import ENV_MODELS, model_path

REPO = Path(__file__).resolve().parents[1]
MODELS = sorted(p.name for p in (REPO / "models").iterdir() if p.is_dir())


def test_model_path_finds_every_shipped_model() -> None:
    assert {"id_news_ner", "id_ud_parser"} <= set(MODELS)
    for name in MODELS:
        assert model_path(name) == REPO / "models" / name


def test_models_folder_from_the_environment_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "id_news_ner").mkdir()
    monkeypatch.setenv(ENV_MODELS, str(tmp_path))
    assert model_path("id_news_ner") == tmp_path / "id_news_ner"
    assert model_path("id_ud_parser") == REPO / "models" / "id_ud_parser"


def test_missing_ner_model_warns_what_is_lost(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "build_ruler_pipeline", lambda: "ruler")  # test_ner checks the fallback itself
    with caplog.at_level(logging.WARNING):
        assert ner.load_ner(tmp_path / "absent") == "ruler"
    assert "no trained NER model at" in caplog.text and "lose their named speaker" in caplog.text


def test_missing_parser_warns_what_is_lost(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KUTIPAN_PARSER", raising=False)
    monkeypatch.setattr(syntax, "DEFAULT_MODEL", tmp_path / "absent")
    with caplog.at_level(logging.WARNING):
        assert syntax.load_parser() is None
    assert "no dependency parser at" in caplog.text and "word rules alone" in caplog.text


@pytest.mark.slow
def test_wheel_ships_every_model_and_the_report_templates(tmp_path: Path) -> None:
    """Build the wheel from a copy of the sources, as `pip install .` does, and look inside."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, src / name)
    for folder in ("pipeline", "models"):
        shutil.copytree(REPO / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(src)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    [wheel] = tmp_path.glob("kutipan-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for model in MODELS:
        shipped = {n for n in names if n.startswith(f"pipeline/models/{model}/")}
        in_repo = {f"pipeline/models/{model}/{p.relative_to(REPO / 'models' / model).as_posix()}"
                   for p in (REPO / "models" / model).rglob("*") if p.is_file()}
        assert shipped == in_repo, model
    for name in ("report.html.j2", "article_set.html.j2", "_article.html.j2", "report.css", "report.js"):
        assert f"pipeline/templates/{name}" in names
    assert "pipeline/resources/database.json" in names
    packages = {p.parent.relative_to(REPO).as_posix() for p in (REPO / "pipeline").rglob("__init__.py")}
    for package in packages:
        assert f"{package}/__init__.py" in names, f"{package} is not shipped"

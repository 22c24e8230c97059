"""Execute notebooks/01_stages.ipynb and check what its cells show.

The kernel is pinned to the interpreter running the tests: a throwaway
``python3`` kernelspec whose argv is ``sys.executable`` is written to a temp
folder that goes first on ``JUPYTER_PATH``, so a user-level ``python3``
kernelspec for another Python cannot shadow it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (pip install -e .[dev])")
nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (pip install -e .[dev])")
pytest.importorskip("ipykernel", reason="ipykernel not installed (pip install -e .[dev])")

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "01_stages.ipynb"


def _text(cell) -> str:
    """All text a code cell showed: stream output plus text/plain of results."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") in ("execute_result", "display_data"):
            parts.append(str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def _by_tag(nb) -> dict[str, str]:
    tagged = {}
    for cell in nb.cells:
        for tag in cell.get("metadata", {}).get("tags", []):
            tagged[tag] = _text(cell)
    return tagged


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "clear the notebook's outputs"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory):
    spec_dir = tmp_path_factory.mktemp("jupyter") / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (tests)",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(spec_dir.parent.parent))
    # run from a folder outside the checkout: the notebook must find the seed articles itself
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    mp.delenv("KUTIPAN_ROOT", raising=False)
    mp.delenv("JPY_SESSION_NAME", raising=False)
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(
            nb, timeout=180, kernel_name="python3",
            resources={"metadata": {"path": str(elsewhere)}},
        )
        client.execute()
    finally:
        mp.undo()
    return nb


def test_notebook_runs_every_stage(executed) -> None:
    out = _by_tag(executed)
    assert f"repo root: {REPO}" in out["root"]
    for tag in ("setup", "raw_info", "raw_lines", "removed", "cleaned", "duplicates", "sentences",
                "entities", "quotes", "tables", "articles"):
        assert tag in out, f"no cell tagged {tag!r}"
    assert "000_dad35232df4ce05d" in out["raw_info"]
    assert "Pengaturan Font" in out["raw_lines"]  # raw text still has the page furniture
    assert "boilerplate" in out["removed"] and "headline" in out["removed"]
    assert "Pengaturan Font" in out["removed"] and "Pengaturan Font" not in out["cleaned"]
    assert "duplicate_of:" in out["duplicates"] and "duplicate paragraphs removed" in out["duplicates"]
    assert "Washington gagal membuktikan tuduhan tersebut" in out["sentences"]
    assert "Sergey Lavrov" in out["entities"] and "PER" in out["entities"]


def test_notebook_shows_quotes_with_speakers(executed) -> None:
    quotes = _by_tag(executed)["quotes"]
    for column in ("quote_text", "quote_type", "speaker", "speaker_mention", "speaker_role", "cue"):
        assert column in quotes
    assert "Sergey Lavrov" in quotes
    assert "Saya tidak mengomentari rumor tersebut" in quotes
    assert "direct" in quotes and "indirect" in quotes
    # the quote's row names Lavrov as its speaker
    row = next(line for line in quotes.splitlines() if "Saya tidak mengomentari rumor tersebut" in line)
    assert "Sergey Lavrov" in row

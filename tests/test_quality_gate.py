"""Quality gate: the whole pipeline over the gold dev sets must not lose quality.

Runs ``kutipan run`` exactly as a user would on ``../shared/eval/dev`` (20 Detik
articles + the five seeds) and ``../shared/eval/dev-multi`` (24 articles from
ten outlets) and fails when quote F1 or attribution F1 falls below the floors
below. The floors are the figures measured when they were last raised, minus
0.01; raise them whenever a change improves the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import format_table, load_gold, load_pred, score
from pipeline.runner import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

# name -> (inputs, gold files, floors {metric: minimum})
GATES = {
    "dev": (
        [EVAL / "dev" / "articles.jsonl", ROOT / "corpus"],
        sorted((EVAL / "dev").glob("gold-*.jsonl")),
        {"quote_f1": 0.977, "attr_f1": 0.965},
    ),
    "dev-multi": (
        [EVAL / "dev-multi" / "articles.jsonl"],
        [EVAL / "dev-multi" / "gold.jsonl"],
        {"quote_f1": 0.955, "attr_f1": 0.891},
    ),
}

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason=f"{EVAL} is absent: the gold dev sets live in ../shared")


@pytest.fixture(scope="module", params=sorted(GATES))
def figures(request, tmp_path_factory) -> tuple[str, dict, dict]:
    name = request.param
    inputs, gold_files, floors = GATES[name]
    out = tmp_path_factory.mktemp(name)
    run([str(p) for p in inputs], out, RunOptions(progress=False))
    report = score(load_gold(gold_files), load_pred(out / "quotes.csv"))
    print(f"\n{name}:\n{format_table(report)}")
    return name, report.as_dict()["all"], floors


def test_quality_does_not_drop_below_the_floors(figures) -> None:
    name, got, floors = figures
    for metric, floor in floors.items():
        print(f"{name} {metric}: {got[metric]:.3f} (floor {floor:.3f})")
    low = {m: got[m] for m, floor in floors.items() if got[m] < floor}
    assert not low, f"{name}: below the floors {floors}: {low}"

"""kutipan evaluate implements GUIDELINES.md's metric and agrees with eval/score.py."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluate import load_gold, load_pred, overlap_f1, same_speaker, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

GOLD = [
    {"article_id": "a", "text": "Saya tidak mengomentari rumor tersebut,", "type": "direct",
     "speaker": "Sergey Lavrov", "fragment": False},
    {"article_id": "a", "text": "Washington gagal membuktikan tuduhan tersebut", "type": "indirect",
     "speaker": "Sergey Lavrov", "fragment": False},
    {"article_id": "a", "text": "komprehensif", "type": "direct", "speaker": "Sergey Lavrov", "fragment": True},
    {"article_id": "b", "text": "Kami akan melakukan segala upaya untuk mengembangkan hubungan kami,",
     "type": "direct", "speaker": "Choe Son Hui", "fragment": False},
    {"article_id": "b", "text": "presiden Rusia akan mengunjungi Korea Utara", "type": "indirect",
     "speaker": "Dmitry Peskov", "fragment": False},
]
PRED = [
    ("a", "Saya tidak mengomentari rumor tersebut", "direct", "Lavrov"),
    ("a", "Washington gagal membuktikan", "indirect", "Gedung Putih"),
    ("a", "komprehensif", "direct", "Lavrov"),  # overlaps a fragment: ignored
    ("b", "Kami akan melakukan segala upaya", "direct", "Choe"),
    ("b", "Korea Utara menyediakan amunisi", "indirect", "AS"),  # spurious
    ("c", "no gold for this article", "direct", "X"),  # article without gold: not scored
]


@pytest.fixture()
def files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD) + "\n", encoding="utf-8")
    pred = tmp_path / "quotes.csv"
    with pred.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "quote_text", "quote_type", "speaker"])
        w.writerows(PRED)
    return gold, pred


def test_overlap_and_speaker_rules():
    assert overlap_f1("a b c d", "a b c d") == 1.0
    assert overlap_f1("a b c d", "a b") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert same_speaker("Lavrov", "Sergey Lavrov")
    assert same_speaker("Sergei Lavrov", "Sergey Lavrov")  # fuzzy >= 85
    assert not same_speaker("Gedung Putih", "Sergey Lavrov")
    assert not same_speaker("", "Sergey Lavrov")


def test_counts_on_small_case(files):
    gold, pred = files
    report = score(load_gold([gold]), load_pred(pred)).as_dict()
    assert report["all"]["gold"] == 4
    assert report["all"]["pred"] == 4  # fragment match ignored, article c not scored
    assert report["all"]["tp"] == 3
    assert report["all"]["tp_speaker"] == 2
    assert report["direct"]["tp_speaker"] == 2
    assert report["indirect"]["tp"] == 1 and report["indirect"]["tp_speaker"] == 0


def test_cli_prints_table(files, capsys):
    gold, pred = files
    assert main(["evaluate", str(gold), "--pred", str(pred), "--details"]) == 0
    out = capsys.readouterr().out
    assert "missed indirect (Dmitry Peskov)" in out
    assert "speaker 'Gedung Putih' != gold 'Sergey Lavrov'" in out
    assert out.splitlines()[-3].startswith("all")


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval/score.py not present")
def test_agrees_with_reference_scorer(files):
    gold, pred = files
    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "eval" / "score.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    expected, _ = ref.score(ref.load_gold([str(gold)]), ref.load_pred(str(pred)))
    ours = score(load_gold([gold]), load_pred(pred)).as_dict()
    for key, figures in expected.items():
        for name, value in figures.items():
            assert ours[key][name] == value, (key, name)

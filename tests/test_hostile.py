"""Hostile inputs, paths and states: every input gets a row, garbage is refused, output and
state are never half-written, and no traceback reaches the user (issue 11).

Runs that need real permissions go through a subprocess; as root (CI) that subprocess
drops the capabilities that bypass file permissions, so "unreadable" means unreadable.
"""

from __future__ import annotations

import atexit
import ctypes
import errno
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
import spacy
from hostile_inputs import CASES, DDE, FORMULA_TEXT, QUOTE, restore_permissions

import pipeline.process as process_mod
import pipeline.runner as runner_mod
import pipeline.tables as tables_mod
from pipeline.cli import main
from pipeline.output import MANIFEST
from pipeline.tables import OUTPUT_TABLE_NAMES, read_table

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "corpus").glob("*.txt"))
# the models are not what is tested here: a blank multilingual spaCy pipeline loads in
# 0.1 s (the Indonesian tokenizer's exceptions alone take ~10 s), and no parser
_TINY = Path(tempfile.mkdtemp(prefix="kutipan-tiny-ner-"))
spacy.blank("xx").to_disk(_TINY / "xx")
atexit.register(shutil.rmtree, _TINY, True)
FAST = ["--parser", "none", "--model", str(_TINY / "xx"), "-q", "--no-report", "--db", "none"]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _PR_CAPBSET_DROP = 1, 2, 24


def _drop_permission_bypass() -> None:
    """In the child, before exec: root loses the right to ignore file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _permissions_enforced() -> bool:
    if os.geteuid() != 0:
        return True
    try:
        return subprocess.run(["true"], preexec_fn=_drop_permission_bypass).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


PERMISSIONS = _permissions_enforced()
needs_permissions = pytest.mark.skipif(not PERMISSIONS, reason="root that cannot drop CAP_DAC_OVERRIDE here")


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGS` in a fresh process that respects file permissions."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("KUTIPAN_DEBUG", None)
    preexec = _drop_permission_bypass if os.geteuid() == 0 and PERMISSIONS else None
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, preexec_fn=preexec)


def one_line_error(err: str) -> str:
    """The stderr of a failed command: exactly one line starting 'kutipan', no traceback."""
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert len(lines) == 1 and lines[0].startswith("kutipan"), err
    return lines[0]


def _csv_texts(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.csv")))


# --------------------------------------------------------------------------- every input gets a row


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, dict]:
    src = tmp_path_factory.mktemp("hostile") / "in"
    src.mkdir()
    expected: dict[str, tuple[str, str]] = {}
    for name, build in CASES.items():
        if name.startswith("unreadable") and not PERMISSIONS:
            continue
        expected.update(build(src))
    out = src.parent / "out"
    try:
        proc = cli("run", str(src), "--out", str(out), *FAST)
    finally:
        restore_permissions(src)
    return out, proc, expected


def test_every_file_gets_a_row_saying_why(hostile) -> None:
    out, proc, expected = hostile
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    arts = read_table(out, "articles").set_index("article_id")
    assert sorted(arts.index) == sorted(expected)
    for article_id, (status, words) in expected.items():
        assert arts.loc[article_id, "status"] == status, (article_id, arts.loc[article_id, "message"])
        assert words in arts.loc[article_id, "message"], (article_id, arts.loc[article_id, "message"])


def test_binary_refused_and_boms_honoured(hostile) -> None:
    out, _, _ = hostile
    arts = read_table(out, "articles").set_index("article_id")
    assert arts.loc["random", "n_quotes"] == 0 and "latin-1" in arts.loc["random", "message"]
    assert arts.loc["utf16", "encoding"] == "utf-16-le" and arts.loc["utf32", "encoding"] == "utf-32-le"
    quotes = read_table(out, "quotes")
    for article_id in ("utf16", "utf32", "nul", "packed", "arr-1", "obj-1"):
        texts = list(quotes.loc[quotes["article_id"] == article_id, "quote_text"])
        assert texts == ["Kami siap bekerja sama dengan semua pihak,"], (article_id, texts)
    assert "random" not in set(quotes["article_id"])


def test_no_nul_or_control_character_reaches_a_csv(hostile) -> None:
    out, _, _ = hostile
    text = _csv_texts(out)
    assert not CONTROL.findall(text)


# --------------------------------------------------------------------------- formula injection


@pytest.fixture(scope="module")
def formula_run(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("formula")
    (base / "formula.txt").write_text(FORMULA_TEXT, encoding="utf-8")
    assert main(["run", str(base / "formula.txt"), "--out", str(base / "safe"), "--format", "csv,jsonl", *FAST]) == 0
    assert main(["run", str(base / "formula.txt"), "--out", str(base / "raw"), "--csv-raw", *FAST]) == 0
    return base


def test_formula_cells_are_neutralised_by_default(formula_run: Path) -> None:
    raw_csv = pd.read_csv(formula_run / "safe" / "quotes.csv", keep_default_na=False)
    assert list(raw_csv["quote_text"]) == [f"'{DDE}", "'+62 812 bukan nomor saya,", "'@SUM(1+1) itu lelucon,"]
    clusters = pd.read_csv(formula_run / "safe" / "quote_clusters.csv", keep_default_na=False)
    assert not clusters["text"].str.match(r"[=+\-@]").any()
    for text in clusters["text"]:
        assert text.startswith("'")


def test_exact_text_through_read_table_and_csv_raw(formula_run: Path) -> None:
    source = FORMULA_TEXT
    for folder, raw in (("safe", False), ("raw", True)):
        quotes = read_table(formula_run / folder, "quotes", raw=raw)
        assert quotes.iloc[0]["quote_text"] == DDE
        for q in quotes.itertuples():
            assert source[q.char_start:q.char_end] == q.quote_text
    exact = pd.read_csv(formula_run / "raw" / "quotes.csv", keep_default_na=False)
    assert exact.iloc[0]["quote_text"] == DDE
    first = json.loads((formula_run / "safe" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["quote_text"] == DDE  # the other formats hold the exact text


# --------------------------------------------------------------------------- --out


def test_out_is_a_file_is_refused_before_any_work(tmp_path: Path, capsys, monkeypatch) -> None:
    target = tmp_path / "afile"
    target.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(runner_mod, "load_ner_cached", lambda *_: pytest.fail("models loaded before --out check"))
    assert main(["run", str(SEEDS[0]), "--out", str(target), *FAST]) == 2
    assert "is a file, not a folder" in one_line_error(capsys.readouterr().err)
    assert target.read_text(encoding="utf-8") == "keep me"


def test_foreign_files_need_force_and_are_left_alone(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["run", str(SEEDS[0]), "--out", str(out), *FAST]) == 2
    assert "kutipan did not write (notes.txt)" in one_line_error(capsys.readouterr().err)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert main(["run", str(SEEDS[0]), "--out", str(out), "--force", *FAST]) == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "quotes.csv").is_file()


def test_rerun_replaces_only_our_own_tables(tmp_path: Path) -> None:
    out = tmp_path / "out"
    everything = FAST[:FAST.index("--no-report")]  # report and database too: they go through staging
    assert main(["run", str(SEEDS[0]), "--out", str(out), *everything]) == 0
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {f"{n}.csv" for n in OUTPUT_TABLE_NAMES} | {"report.html", "kutipan.db",
                                                                                "metadata.json"}
    (out / "old-extra.csv").write_text("x\n", encoding="utf-8")  # as if an earlier run had written it
    manifest["files"].append("old-extra.csv")
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert main(["run", str(SEEDS[1]), "--out", str(out), *FAST]) == 0  # no --force needed
    assert not (out / "old-extra.csv").exists()
    assert list(read_table(out, "articles")["article_id"]) == [SEEDS[1].stem]
    assert not [p for p in out.iterdir() if p.name.startswith(".kutipan-staging")]


def test_write_error_leaves_the_old_tables_whole(tmp_path: Path, capsys, monkeypatch) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SEEDS[0]), "--out", str(out), *FAST]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    real = tables_mod.write_csv

    def disk_full(frame, path, raw=False, append=False):
        if Path(path).name == "quotes.csv":
            Path(path).write_text("article_id,quote_id\nhalf", encoding="utf-8")
            raise OSError(errno.ENOSPC, "No space left on device")
        real(frame, path, raw, append)

    monkeypatch.setattr(tables_mod, "write_csv", disk_full)
    assert main(["run", str(SEEDS[1]), "--out", str(out), *FAST]) == 3
    line = one_line_error(capsys.readouterr().err)
    assert "No space left on device" in line and "left as it was" in line
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kutipan-staging")]


def cli_in_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """`cli(*args)` while ``folder`` (created here) cannot be written."""
    folder.mkdir()
    folder.chmod(0o555)
    try:
        return cli(*args)
    finally:
        folder.chmod(0o755)


@needs_permissions
def test_read_only_out_is_refused_before_any_work(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    proc = cli_in_read_only_folder(ro, "run", str(SEEDS[0]), "--out", str(ro / "out"), *FAST)
    assert proc.returncode == 3
    assert "Permission denied" in one_line_error(proc.stderr)


# --------------------------------------------------------------------------- state


@pytest.mark.parametrize("damage", ["random", "truncated", "folder"])
def test_damaged_state_is_one_line_naming_the_file(tmp_path: Path, capsys, damage: str) -> None:
    state = tmp_path / "s.sqlite"
    if damage == "random":
        state.write_bytes(os.urandom(50_000))
    elif damage == "folder":
        state.mkdir()
    else:
        assert main(["run", str(SEEDS[0]), "--out", str(tmp_path / "o1"), "--state", str(state), *FAST]) == 0
        with sqlite3.connect(state) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = state.read_bytes()
        state.write_bytes(data[:100] + os.urandom(len(data) // 2))
    code = main(["run", str(SEEDS[1]), "--out", str(tmp_path / "o2"), "--state", str(state), *FAST])
    assert code == 4
    line = one_line_error(capsys.readouterr().err)
    assert str(state) in line
    assert not (tmp_path / "o2").exists()


@needs_permissions
def test_state_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    proc = cli_in_read_only_folder(folder, "run", str(SEEDS[0]), "--out", str(tmp_path / "o"),
                                   "--state", str(folder / "s.sqlite"), *FAST)
    assert proc.returncode == 4
    line = one_line_error(proc.stderr)
    assert str(folder / "s.sqlite") in line and "another --state" in line


def test_two_runs_at_once_equal_the_same_runs_one_after_the_other(tmp_path: Path) -> None:
    halves = {"a": SEEDS[:2], "b": SEEDS[2:]}
    for name, files in halves.items():
        (tmp_path / name).mkdir()
        for f in files:
            (tmp_path / name / f.name).write_bytes(f.read_bytes())
    state = tmp_path / "shared.sqlite"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = {name: subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(tmp_path / name), "--out",
                                     str(tmp_path / f"out-{name}"), "--state", str(state), *FAST],
                                    stderr=subprocess.PIPE, text=True, env=env) for name in halves}
    errs = {name: p.communicate(timeout=300)[1] for name, p in procs.items()}
    assert {name: p.returncode for name, p in procs.items()} == {"a": 0, "b": 0}, errs
    waited = [name for name, err in errs.items() if "waiting for it to finish" in err]
    assert len(waited) <= 1
    order = ["a", "b"] if waited != ["a"] else ["b", "a"]
    if not waited:  # no overlap at all: the state says who came first
        with sqlite3.connect(state) as conn:
            first = conn.execute("SELECT article_id FROM articles ORDER BY seq LIMIT 1").fetchone()[0]
        order = ["a", "b"] if first in {f.stem for f in halves["a"]} else ["b", "a"]
    serial_state = tmp_path / "serial.sqlite"
    for name in order:
        out = tmp_path / f"serial-{name}"
        assert main(["run", str(tmp_path / name), "--out", str(out), "--state", str(serial_state), *FAST]) == 0
    for name in halves:
        for table in OUTPUT_TABLE_NAMES:
            assert ((tmp_path / f"out-{name}" / f"{table}.csv").read_bytes()
                    == (tmp_path / f"serial-{name}" / f"{table}.csv").read_bytes()), (name, table)


# --------------------------------------------------------------------------- time budget


def test_time_budget_turns_a_stuck_article_into_an_error_row(tmp_path: Path, monkeypatch) -> None:
    def stuck_attribute(text, *args, **kwargs):  # a pure-Python loop with no checks of its own
        if "macet" in text:
            while True:
                pass
        return real(text, *args, **kwargs)

    real = process_mod.attribute
    monkeypatch.setattr(process_mod, "attribute", stuck_attribute)  # the stages are called in pipeline.process
    src = tmp_path / "in"
    src.mkdir()
    (src / "1-stuck.txt").write_text(QUOTE + " Jalan macet total.", encoding="utf-8")
    (src / "2-fine.txt").write_text(QUOTE, encoding="utf-8")
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(
        main(["run", str(src), "--out", str(tmp_path / "out"), "--time-budget", "1", *FAST])))
    started = time.monotonic()
    worker.start()  # not the main thread: the budget must not rely on signals
    worker.join(timeout=60)
    assert result == [0] and time.monotonic() - started < 60
    arts = read_table(tmp_path / "out", "articles").set_index("article_id")
    assert arts.loc["1-stuck", "status"] == "error"
    assert "time budget of 1 s per article exceeded (in attribute)" in arts.loc["1-stuck", "message"]
    assert arts.loc["2-fine", "status"] == "ok" and arts.loc["2-fine", "n_quotes"] == 1


# --------------------------------------------------------------------------- small things


@pytest.mark.parametrize("args", [["--version"], ["evaluate", "--help"], ["train", "--help"],
                                  ["train", "ner", "--help"], ["ner", "--help"], ["ner", "evaluate", "--help"],
                                  ["run", "--help"]])
def test_help_and_version_exit_0(args: list[str], capsys) -> None:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own --help/--version
        code = exc.code
    assert code == 0
    assert "usage" in capsys.readouterr().out.lower() or args == ["--version"]


@pytest.mark.parametrize(("args", "code"), [
    (["run", "nope-missing"], 2),
    (["run", "corpus", "--out", "x", "--dedup-threshold", "500"], 2),
    (["run", "corpus", "--out", "x", "--time-budget", "-1"], 2),
    (["evaluate", "nope.jsonl", "--pred", "nope.csv"], 2),
    (["train", "cats"], 2),
])
def test_bad_arguments_never_show_a_traceback(args: list[str], code: int, capsys) -> None:
    try:
        got = main(args)
    except SystemExit as exc:  # argparse usage errors
        got = exc.code
    assert got == code
    assert "Traceback" not in capsys.readouterr().err


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"article_id": f"g{i}", "text": f"kutipan nomor {i} " * 5, "type": "direct",
                                        "speaker": "Budi"}) + "\n" for i in range(3000)), encoding="utf-8")
    pred = tmp_path / "quotes.csv"
    pred.write_text("article_id,quote_text,speaker\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(f"{sys.executable} -m pipeline evaluate {gold} --pred {pred} --details | head -n 1",
                          shell=True, capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.startswith("# missed: 3000")
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_summary_counts_quotes_of_seen_articles(tmp_path: Path, capsys) -> None:
    args = ["run", str(SEEDS[0]), "--state", str(tmp_path / "s.sqlite"), *[a for a in FAST if a != "-q"]]
    assert main([*args, "--out", str(tmp_path / "o1")]) == 0
    first = capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "o2")]) == 0
    second = capsys.readouterr().err
    n_quotes = len(read_table(tmp_path / "o2", "quotes"))
    assert n_quotes > 0
    assert f"{n_quotes} quotes in" in first and f"{n_quotes} quotes in" in second
    assert "1 seen before" in second and "models loaded in" in second


def test_evaluate_says_when_gold_articles_were_not_run(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SEEDS[0]), "--out", str(out), *FAST]) == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"article_id": a, "text": "Kami siap", "type": "direct", "speaker": "X"})
                            + "\n" for a in (SEEDS[0].stem, "never-run")), encoding="utf-8")
    assert main(["evaluate", str(gold), "--pred", str(out / "quotes.csv")]) == 0
    err = capsys.readouterr().err
    assert "1 of 2 gold articles were not in the run" in err and "never-run" in err
    assert main(["evaluate", str(gold), "--pred", str(out / "quotes.csv"), "--only-run", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["all"]["gold"] == 1 and "warning" not in captured.err


def test_bad_model_folder_is_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "model"
    bad.mkdir()
    (bad / "config.cfg").write_text("[nlp\nnot a config", encoding="utf-8")
    code = main(["run", str(SEEDS[0]), "--out", str(tmp_path / "out"), "--model", str(bad), "--parser", "none"])
    assert code == 2
    assert "cannot load the NER model" in one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "out").exists()

"""Each hostile input, path and state of issue 11 as its own `kutipan` command.

For every case: exit code, the status rows of articles.csv, the message (the
rows' messages, else the last line of stderr), wall time and peak RSS of the
command (``wait4``). ``--repo`` runs another checkout with the same
interpreter (e.g. ``git archive ec53a15`` extracted to a folder) to compare
before and after. As root, each command drops CAP_DAC_OVERRIDE so that
unreadable files are unreadable; the disk-full case mounts a 1 MB tmpfs
(root only, skipped otherwise).

    python bench/hostile.py [--repo DIR] [--only NAME,...] > results.jsonl
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from hostile_inputs import CASES, restore_permissions  # noqa: E402

DETIK = REPO.parent / "shared" / "corpus" / "detik-2025.jsonl"
SEED = REPO / "corpus" / "000_dad35232df4ce05d.txt"


def _drop_permission_bypass() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP


def command(repo: Path, args: list[str], shell_tail: str = "") -> dict:
    """Run `python -m pipeline ARGS` (optionally piped into ``shell_tail``); time, exit, peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(repo)}
    argv = [sys.executable, "-m", "pipeline", *args]
    if shell_tail:
        argv = ["bash", "-c", " ".join(map(_quote, argv)) + " | " + shell_tail]
    pre = _drop_permission_bypass if os.geteuid() == 0 else None
    with tempfile.TemporaryFile() as out_fh, tempfile.TemporaryFile() as err_fh:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=repo, env=env, stdout=out_fh, stderr=err_fh, preexec_fn=pre)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_fh.seek(0)
        err_fh.seek(0)
        out, err = out_fh.read(), err_fh.read()
    lines = [x for x in err.decode("utf-8", "replace").splitlines() if x.strip()]
    return {"exit": proc.returncode, "seconds": round(seconds, 1), "peak_mb": round(usage.ru_maxrss / 1024),
            "stderr_last": lines[-1][:160] if lines else "", "traceback": any("Traceback" in x for x in lines),
            "stdout_head": out.decode("utf-8", "replace")[:80]}


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


def _rows(out: Path) -> list[dict]:
    path = out / "articles.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _summary(rows: list[dict]) -> tuple[str, str]:
    status = ", ".join(f"{r['article_id']}={r['status']}" for r in rows[:8]) + (" ..." if len(rows) > 8 else "")
    messages = [r["message"] for r in rows if r["message"]]
    return status, " | ".join(messages)[:200]


def input_case(repo: Path, build, tmp: Path) -> dict:
    src = tmp / "in"
    src.mkdir()
    build(src)
    try:
        res = command(repo, ["run", str(src), "--out", str(tmp / "out"), "-q"])
    finally:
        restore_permissions(src)
    res["status"], res["message"] = _summary(_rows(tmp / "out"))
    return res


def out_is_file(repo: Path, tmp: Path) -> dict:
    (tmp / "afile").write_text("x", encoding="utf-8")
    return command(repo, ["run", str(DETIK), "--out", str(tmp / "afile"), "-q"])


def out_read_only(repo: Path, tmp: Path) -> dict:
    (tmp / "ro").mkdir()
    (tmp / "ro").chmod(0o555)
    try:
        return command(repo, ["run", str(DETIK), "--out", str(tmp / "ro" / "out"), "-q"])
    finally:
        (tmp / "ro").chmod(0o755)


def out_foreign(repo: Path, tmp: Path) -> dict:
    (tmp / "out").mkdir()
    (tmp / "out" / "my-notes.txt").write_text("x", encoding="utf-8")
    res = command(repo, ["run", str(SEED), "--out", str(tmp / "out"), "-q"])
    res["message"] = f"files in out afterwards: {sorted(p.name for p in (tmp / 'out').iterdir())}"
    return res


def disk_full(repo: Path, tmp: Path) -> dict:
    mnt = tmp / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode != 0:
        return {"exit": None, "message": "skipped: cannot mount a tmpfs"}
    try:
        res = command(repo, ["run", str(DETIK), "--out", str(mnt / "out"), "-q"])
        files = {p.name: p.stat().st_size for p in (mnt / "out").glob("*")} if (mnt / "out").exists() else {}
        res["message"] = f"out afterwards: {files}"
    finally:
        subprocess.run(["umount", str(mnt)])
    return res


def _state_case(repo: Path, tmp: Path, damage: str) -> dict:
    state = tmp / "s.sqlite"
    if damage == "random":
        state.write_bytes(os.urandom(200_000))
    elif damage == "truncated":
        command(repo, ["run", str(REPO / "corpus"), "--out", str(tmp / "o1"), "--state", str(state), "-q"])
        data = state.read_bytes()
        state.write_bytes(data[: len(data) // 3])
        for suffix in ("-wal", "-shm"):
            Path(f"{state}{suffix}").unlink(missing_ok=True)
    elif damage == "read-only folder":
        (tmp / "ro").mkdir()
        state = tmp / "ro" / "s.sqlite"
        (tmp / "ro").chmod(0o555)
    try:
        res = command(repo, ["run", str(SEED), "--out", str(tmp / "o2"), "--state", str(state), "-q"])
    finally:
        if (tmp / "ro").exists():
            (tmp / "ro").chmod(0o755)
    res["status"], res["message"] = _summary(_rows(tmp / "o2"))
    return res


def seen_summary(repo: Path, tmp: Path) -> dict:
    args = ["run", str(REPO / "corpus"), "--state", str(tmp / "s.sqlite")]
    command(repo, [*args, "--out", str(tmp / "o1")])
    res = command(repo, [*args, "--out", str(tmp / "o2")])
    with open(tmp / "o2" / "quotes.csv", encoding="utf-8", newline="") as fh:
        n = sum(1 for _ in csv.DictReader(fh))
    res["message"] = f"quotes.csv rows: {n}; summary: {res['stderr_last']}"
    return res


def evaluate_missing_gold(repo: Path, tmp: Path) -> dict:
    command(repo, ["run", str(SEED), "--out", str(tmp / "o"), "-q"])
    gold = sorted((REPO.parent / "shared" / "eval" / "dev").glob("gold-*.jsonl"))
    return command(repo, ["evaluate", *map(str, gold), "--pred", str(tmp / "o" / "quotes.csv")])


def evaluate_pipe(repo: Path, tmp: Path) -> dict:
    gold = tmp / "gold.jsonl"
    gold.write_text("".join(json.dumps({"article_id": f"g{i}", "text": "kata kata " * 5, "type": "direct",
                                        "speaker": "B"}) + "\n" for i in range(3000)), encoding="utf-8")
    (tmp / "q.csv").write_text("article_id,quote_text,speaker\n", encoding="utf-8")
    return command(repo, ["evaluate", str(gold), "--pred", str(tmp / "q.csv"), "--details"], "head -n 1")


OTHER = {
    "--out is an existing file (detik)": out_is_file,
    "--out in a read-only folder (detik)": out_read_only,
    "--out holds other files": out_foreign,
    "disk full (1 MB tmpfs, detik)": disk_full,
    "state: random bytes": lambda r, t: _state_case(r, t, "random"),
    "state: truncated": lambda r, t: _state_case(r, t, "truncated"),
    "state: read-only folder": lambda r, t: _state_case(r, t, "read-only folder"),
    "summary when all seen before": seen_summary,
    "evaluate: gold articles not run": evaluate_missing_gold,
    "evaluate ... | head": evaluate_pipe,
    "evaluate --help": lambda r, t: command(r, ["evaluate", "--help"]),
    "train --help": lambda r, t: command(r, ["train", "--help"]),
    "ner --help": lambda r, t: command(r, ["ner", "--help"]),
    "--version": lambda r, t: command(r, ["--version"]),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default=str(REPO))
    ap.add_argument("--only", default="", help="comma-separated case names (substring match)")
    args = ap.parse_args()
    repo = Path(args.repo).resolve()
    cases = {name: (lambda r, t, b=build: input_case(r, b, t)) for name, build in CASES.items()}
    cases.update(OTHER)
    for name, func in cases.items():
        if args.only and not any(x in name for x in args.only.split(",")):
            continue
        tmp = Path(tempfile.mkdtemp(prefix="kutipan-hostile-"))
        try:
            res = func(repo, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(json.dumps({"case": name, **res}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()

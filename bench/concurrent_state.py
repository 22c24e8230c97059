"""Two `kutipan run` at once on one --state, against the same two runs one after the other.

Splits ../shared/corpus/detik-2025.jsonl into its two halves, starts a run on
each at the same moment (one state, two output folders), then repeats the two
runs serially on a fresh state in the order the concurrent ones took (the one
that waited second), and compares every table byte for byte.

    python bench/concurrent_state.py [--repo DIR] [--keep DIR] [-- EXTRA kutipan ARGS]
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DETIK = REPO.parent / "shared" / "corpus" / "detik-2025.jsonl"
TABLES = ["articles", "quotes", "sentences", "entities", "paragraphs", "speakers", "quote_clusters",
          "paragraph_clusters"]


def _run_args(repo: Path, half: Path, out: Path, state: Path, extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(half), "--out", str(out), "--state", str(state), "-q",
            *extra]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default=str(REPO))
    ap.add_argument("--keep", default=None, help="folder to keep inputs and outputs in (default: temporary)")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    repo = Path(args.repo).resolve()
    base = Path(args.keep or tempfile.mkdtemp(prefix="kutipan-concurrent-"))
    base.mkdir(parents=True, exist_ok=True)
    lines = DETIK.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = {"a": base / "half-a.jsonl", "b": base / "half-b.jsonl"}
    halves["a"].write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    halves["b"].write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(repo)}

    started = time.perf_counter()
    procs = {k: subprocess.Popen(_run_args(repo, h, base / f"concurrent-{k}", base / "shared.sqlite", args.extra),
                                 cwd=repo, env=env, stderr=subprocess.PIPE, text=True) for k, h in halves.items()}
    errs = {k: p.communicate()[1] for k, p in procs.items()}
    print(f"concurrent: exit codes a={procs['a'].returncode} b={procs['b'].returncode} "
          f"in {time.perf_counter() - started:.0f} s")
    for k, err in errs.items():
        for line in err.strip().splitlines()[-3:]:
            print(f"  {k} stderr: {line[:200]}")
    waited = [k for k, err in errs.items() if "waiting" in err]
    order = ["b", "a"] if waited == ["a"] else ["a", "b"]
    print(f"waited: {waited or 'none'}; serial order: {order}")

    started = time.perf_counter()
    for k in order:
        code = subprocess.run(_run_args(repo, halves[k], base / f"serial-{k}", base / "serial.sqlite", args.extra),
                              cwd=repo, env=env).returncode
        print(f"serial {k}: exit {code}")
    print(f"serial: {time.perf_counter() - started:.0f} s")

    for k in halves:
        for table in TABLES:
            a, b = base / f"concurrent-{k}" / f"{table}.csv", base / f"serial-{k}" / f"{table}.csv"
            if not a.exists() or not b.exists():
                print(f"{k} {table}.csv: missing (concurrent {a.exists()}, serial {b.exists()})")
                continue
            left, right = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
            n_lines = left.count("\n")
            if left == right:
                print(f"{k} {table}.csv: identical ({n_lines} lines)")
            else:
                diff = list(difflib.unified_diff(right.splitlines(), left.splitlines(), lineterm="", n=0))
                print(f"{k} {table}.csv: {len(diff)} diff lines; first: {diff[:4]}")
    print(f"kept in {base}" if args.keep else "")


if __name__ == "__main__":
    main()

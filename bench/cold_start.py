"""Cold start: wall time of `kutipan --help` and `kutipan run corpus/`, as a user meets them.

Each command is a fresh `python -m pipeline` process (warm disk cache, Python's
bytecode cache allowed even where PYTHONDONTWRITEBYTECODE is set, one warm-up
run first). With ``--repo DIR`` (another checkout, e.g. ``git worktree add
/tmp/before COMMIT``) the two checkouts take turns, so both see the same
machine load; min and median of ``--runs`` runs each.

    python bench/cold_start.py [--runs 8] [--repo DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = {"kutipan --help": ["--help"], "kutipan run corpus/": ["run", "corpus/", "--out", "{out}", "-q"]}


def wall(repo: Path, args: list[str], out: Path) -> float:
    """Seconds of one `python -m pipeline ARGS` in ``repo`` (a failure stops the bench)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(repo)
    argv = [sys.executable, "-m", "pipeline", *(a.replace("{out}", str(out)) for a in args)]
    started = time.perf_counter()
    subprocess.run(argv, cwd=repo, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(repos: list[Path], runs: int) -> dict[tuple[str, str], list[float]]:
    """Every command of every checkout, ``runs`` times, the checkouts taking turns."""
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for repo in repos:  # warm-up: disk cache and bytecode
            for args in COMMANDS.values():
                wall(repo, args, Path(tmp) / "warm")
        for _ in range(runs):
            for name, args in COMMANDS.items():
                for repo in repos:
                    times.setdefault((str(repo), name), []).append(wall(repo, args, Path(tmp) / "out"))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--repo", type=Path, help="another checkout to measure in turn with this one")
    args = parser.parse_args()
    repos = [REPO, *([args.repo.resolve()] if args.repo else [])]
    print(f"| checkout | command | runs | min s | median s | cores {os.cpu_count()} |")
    print("|---|---|---|---|---|---|")
    for (repo, name), values in measure(repos, args.runs).items():
        print(f"| {repo} | {name} | {len(values)} | {min(values):.2f} | {statistics.median(values):.2f} | |")


if __name__ == "__main__":
    main()

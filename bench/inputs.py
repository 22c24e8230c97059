"""Shared by the benchmarks: inputs made from the shared dumps, and memory figures of a process."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DETIK = REPO.parent / "shared" / "corpus" / "detik-2025.jsonl"


def repeat_jsonl(src: Path, n: int, dest: Path) -> int:
    """Write ``n`` records cycling through ``src``: copy k > 0 of a record gets the id ``ID~rK`` and its
    text ``k`` trailing newlines, so every article is new to the run (its text differs) while the
    stages see the same words (trailing blank lines are no paragraph). Returns the number written."""
    records = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
    with dest.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(records[i % len(records)])
            copy = i // len(records)
            if copy:
                record["id"] = f"{record['id']}~r{copy}"
                record["text"] = record["text"] + "\n" * copy
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def rss_mib() -> float:
    """Resident memory of this process now, in MiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (other work on the machine skews every figure)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"

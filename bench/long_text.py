"""Time and peak memory of `kutipan run` on one very long article.

Builds, from ../shared/corpus/detik-2025.jsonl, one unpunctuated line of
12.5k, 50k, 100k and 200k characters (the words of real articles with every
punctuation mark removed: the worst case for sentence splitting and speaker
search) and one 10 MB article (real articles, paragraphs kept), then runs
each through the command line in a fresh process and reports wall time, exit
code, peak RSS of the child (``wait4``) and the article's status row.

    python bench/long_text.py [--repo DIR] [--sizes 12500,50000] [--mb 10] [-- EXTRA kutipan ARGS]

``--repo`` runs another checkout (e.g. an extracted older commit) with the
same interpreter, to compare before and after.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DETIK = REPO.parent / "shared" / "corpus" / "detik-2025.jsonl"


def _texts() -> list[str]:
    with open(DETIK, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def unpunctuated_line(n_chars: int) -> str:
    """Words of real articles, no punctuation, one line of exactly ``n_chars``."""
    words = re.sub(r"[^\w\s]", " ", " ".join(_texts())).split()
    out, size, i = [], 0, 0
    while size < n_chars:
        out.append(words[i % len(words)])
        size += len(out[-1]) + 1
        i += 1
    return " ".join(out)[:n_chars]


def big_article(n_bytes: int) -> str:
    """Real articles one after the other (paragraphs kept) up to ``n_bytes`` of UTF-8."""
    texts, parts, size, i = _texts(), [], 0, 0
    while size < n_bytes:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1].encode("utf-8")) + 1
        i += 1
    return "\n".join(parts)


def run_case(repo: Path, text: str, name: str, extra: list[str]) -> dict:
    """One fresh `python -m pipeline run` over ``text``; time, exit code, peak RSS, status row."""
    with tempfile.TemporaryDirectory(prefix="kutipan-bench-") as tmp:
        src = Path(tmp) / f"{name}.txt"
        src.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), *extra]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(repo)})
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
        proc.stdout.close()
        proc.stderr.close()
        row = {}
        if (out / "articles.csv").exists():
            with open(out / "articles.csv", encoding="utf-8", newline="") as fh:
                row = next(csv.DictReader(fh), {})
        return {"case": name, "chars": len(text), "exit": os.waitstatus_to_exitcode(status),
                "seconds": round(seconds, 1), "peak_mb": round(usage.ru_maxrss / 1024),
                "status": row.get("status", ""), "n_quotes": row.get("n_quotes", ""),
                "message": (row.get("message", "") or (err[-1] if err else ""))[:120],
                "summary": next((x for x in reversed(err) if x.startswith("kutipan: ")), "")[:200]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default=str(REPO), help="checkout to run (default: this one)")
    ap.add_argument("--sizes", default="12500,50000,100000,200000", help="line lengths in characters")
    ap.add_argument("--mb", type=float, default=10.0, help="size of the big article in MB (0: skip)")
    ap.add_argument("extra", nargs="*", help="extra `kutipan run` arguments (after --)")
    args = ap.parse_args()
    cases = [(f"line-{int(n) // 1000}k", unpunctuated_line(int(n))) for n in args.sizes.split(",") if n]
    if args.mb:
        cases.append((f"article-{args.mb:g}MB", big_article(int(args.mb * 1_000_000))))
    for name, text in cases:
        print(json.dumps(run_case(Path(args.repo), text, name, args.extra), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()

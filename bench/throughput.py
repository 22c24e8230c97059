"""End-to-end throughput of the whole pipeline (kutipan run) over a news dump.

Runs :func:`pipeline.runner.run` (both passes: repeated-line learning and the
per-article stages, NER model load and CSV writing included) over
../shared/corpus/detik-2025.jsonl, writing the tables to a temporary folder,
and prints articles/s, words/s (whitespace tokens of the raw text), total
seconds, the number of quotes and the peak resident memory of the process.

    python bench/throughput.py [--input FILE] [--limit N] [--model DIR] [--backend spacy|stanza] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.runner import RunOptions, run  # noqa: E402

DEFAULT_INPUT = REPO.parent / "shared" / "corpus" / "detik-2025.jsonl"


def peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def take_first(src: Path, n: int, dest: Path) -> int:
    """Copy the first ``n`` non-blank lines (records) of a JSONL file to ``dest``; return how many."""
    kept = 0
    with src.open("rb") as fin, dest.open("wb") as fout:
        for line in fin:
            if kept >= n:
                break
            if line.strip():
                fout.write(line if line.endswith(b"\n") else line + b"\n")
                kept += 1
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=None,
                    help="JSONL dump to run over (default: ../shared/corpus/detik-2025.jsonl from the repo root)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--model", default=None, help="spaCy NER pipeline folder (default: the shipped one)")
    ap.add_argument("--backend", choices=("spacy", "stanza"), default="spacy", help="models for NER and parser")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args(argv)

    src = Path(args.input) if args.input else DEFAULT_INPUT
    if not src.is_file():
        print(f"throughput: input not found: {src.resolve()}\n"
              "  pass --input FILE (a .jsonl dump of articles)", file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1:
        print("throughput: --limit must be >= 1", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="kutipan-bench-") as tmp:
        tmp_dir = Path(tmp)
        data = src
        if args.limit is not None:
            data = tmp_dir / "input.jsonl"
            take_first(src, args.limit, data)
        options = RunOptions(ner_model=args.model, progress=False, backend=args.backend)
        started = time.perf_counter()
        summary = run([data], tmp_dir / "out", options)
        seconds = time.perf_counter() - started

    figures = {
        "input": str(src),
        "backend": args.backend,
        "articles": summary.n_articles,
        "status": summary.status,
        "words": summary.n_words,
        "seconds": round(seconds, 2),
        "articles_per_s": round(summary.n_articles / seconds, 2) if seconds else 0.0,
        "words_per_s": round(summary.n_words / seconds) if seconds else 0,
        "quotes": summary.n_quotes,
        "peak_rss_mib": round(peak_rss_mib(), 1),
    }
    st = summary.status
    print(f"input        {src}")
    print(f"articles     {summary.n_articles} ({st.get('ok', 0)} ok, {st.get('empty', 0)} empty, "
          f"{st.get('error', 0)} error)")
    print(f"words        {summary.n_words}")
    print(f"total        {seconds:.2f} s")
    print(f"articles/s   {figures['articles_per_s']:.2f}")
    print(f"words/s      {figures['words_per_s']:,}")
    print(f"quotes       {summary.n_quotes}")
    print(f"peak memory  {figures['peak_rss_mib']:.1f} MiB (ru_maxrss)")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())

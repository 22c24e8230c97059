"""End-to-end throughput of ``kutipan run``: the single-process path against the fast path, on one input.

Makes ``../shared/corpus/detik-2025.jsonl`` repeated to ``--articles`` (4,800)
articles with distinct ids and texts (bench/inputs.py; ``--articles 0``: the
file as it is) and runs :func:`pipeline.runner.run` over it twice, each in a
fresh process, writing every default output (tables, kutipan.db, report.html)
to a temporary folder:

* **single**: ``--workers 1``, everything in one process. Its stages are
  timed (thin wrappers around the stage functions: clean, dedup, segment,
  the batched NER model, the NER rules, the entity table, attribution,
  reading, the corpus step, finalize and the outputs), and its resident
  memory is sampled at every commit (the memory-flat check: article 1,000
  against the last);
* **fast**: the default, ``--workers`` = one per core (Dask workers).

Prints articles/s and words/s (whitespace tokens of the raw text) for both,
their ratio, the stage seconds, and peak memory (the run's process and each
worker); ``--json`` adds the figures as one JSON line. Model loading and
worker start-up are included in the wall time (``seconds``); the summary's
own rate, without them, is printed too.

    python bench/throughput.py [--input FILE] [--articles 4800] [--fast-workers N] [--model DIR]
                               [--backend spacy|stanza] [--only single|fast] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from functools import wraps
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inputs import DETIK, load_average, peak_rss_mib, repeat_jsonl, rss_mib  # noqa: E402

# module -> stage functions to time, looked up there at call time (leaves: none calls another)
STAGES = {
    "pipeline.process": ["clean", "dedup_paragraphs", "split_sentences", "_batch_ner", "entities_from_docs",
                         "extract_entities", "link_entities", "attribute"],
    "pipeline.work": ["read_planned", "result_payload", "corpus_doc"],
    "pipeline.runner": ["scan_partition", "add_batch", "finalize"],
    "pipeline.outputs": ["write_safe_copies", "_write_formats_and_db"],
    "pipeline.report": ["write_report"],
}
LABELS = {"clean": "clean", "dedup_paragraphs": "dedup", "split_sentences": "segment", "_batch_ner": "NER model",
          "entities_from_docs": "NER rules", "extract_entities": "NER (long articles)", "link_entities": "entities",
          "attribute": "attribution", "read_planned": "read (2nd pass)", "result_payload": "table rows",
          "corpus_doc": "corpus record", "scan_partition": "read + repeated lines (1st pass)",
          "add_batch": "corpus step (add_batch)", "finalize": "corpus step (finalize)",
          "_write_formats_and_db": "Parquet/JSONL, kutipan.db", "write_report": "report.html",
          "write_safe_copies": "spreadsheet-safe CSV"}


def _time_stages() -> dict[str, float]:
    """Wrap the stage functions in their modules; the returned dict fills as they run."""
    import importlib

    seconds: dict[str, float] = defaultdict(float)
    for module_name, names in STAGES.items():
        module = importlib.import_module(module_name)
        for name in names:
            setattr(module, name, _timed(getattr(module, name), LABELS[name], seconds))
    return seconds


def _timed(func, label: str, seconds: dict[str, float]):
    @wraps(func)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            seconds[label] += time.perf_counter() - started

    return wrapper


def child(args: argparse.Namespace) -> None:
    """One run in this fresh process; prints its figures as JSON."""
    from pipeline.runner import RunOptions, run

    single = args.path == "single"
    stages = _time_stages() if single else {}
    samples: dict[int, float] = {}
    options = RunOptions(ner_model=args.model, backend=args.backend, progress=False,
                         workers=1 if single else (args.fast_workers or None),
                         on_commit=lambda n: samples.__setitem__(n, round(rss_mib(), 1)))
    started = time.perf_counter()
    summary = run([args.input], Path(args.out), options)
    seconds = time.perf_counter() - started
    at_1000 = min((n for n in samples if n >= 1000), default=None)
    last = max(samples, default=None)
    print(json.dumps({
        "path": args.path, "workers": summary.workers, "articles": summary.n_articles, "status": summary.status,
        "seen": summary.n_seen, "words": summary.n_words, "quotes": summary.n_quotes, "seconds": round(seconds, 2),
        "articles_per_s": round(summary.n_articles / seconds, 2), "words_per_s": round(summary.n_words / seconds),
        "summary_line": summary.line(), "peak_rss_mib": round(peak_rss_mib(), 1),
        "worker_peak_mib": sorted(round(v) for v in summary.worker_peak_mib.values()),
        "rss_at": {str(n): samples[n] for n in (at_1000, last) if n is not None},
        "stage_seconds": {k: round(v, 2) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "load": load_average(),
    }))


def _run(path: str, data: Path, tmp: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--child", path, "--input", str(data), "--out", str(tmp / f"out-{path}"),
           "--backend", args.backend, "--fast-workers", str(args.fast_workers or 0)]
    if args.model:
        cmd += ["--model", args.model]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"throughput: the {path} run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _report(runs: list[dict], src: Path) -> None:
    print(f"input        {src} ({runs[0]['articles']} articles, {runs[0]['words']:,} words)")
    for r in runs:
        st = r["status"]
        workers = ", ".join(map(str, r["worker_peak_mib"]))
        print(f"{r['path']:6} {r['workers']} worker(s): {r['seconds']:.1f} s, {r['articles_per_s']:.1f} articles/s, "
              f"{r['words_per_s']:,} words/s; peak memory {r['peak_rss_mib']:.0f} MiB"
              + (f" (workers {workers} MiB)" if workers else "")
              + f"; {st.get('ok', 0)} ok, {st.get('error', 0)} error, {r['seen']} seen; load {r['load']}")
        print(f"       {r['summary_line']}")
        if r["rss_at"]:
            print("       resident memory at commits: "
                  + ", ".join(f"article {n}: {mib:.0f} MiB" for n, mib in r["rss_at"].items()))
    by_path = {r["path"]: r for r in runs}
    if len(by_path) == 2:
        print(f"ratio fast / single: {by_path['fast']['articles_per_s'] / by_path['single']['articles_per_s']:.2f}")
    stages = by_path.get("single", {}).get("stage_seconds", {})
    if stages:
        total = by_path["single"]["seconds"]
        print("single-process stages (seconds):")
        for label, sec in stages.items():
            print(f"  {label:40} {sec:8.2f}")
        print(f"  {'everything else (start-up, models, commits)':40} {total - sum(stages.values()):8.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DETIK), help="JSON Lines dump (default: ../shared/corpus/detik-2025.jsonl)")
    ap.add_argument("--articles", type=int, default=4800,
                    help="repeat the dump to this many articles (default 4800; 0: the dump as it is)")
    ap.add_argument("--fast-workers", type=int, default=0, help="--workers of the fast run (default: one per core)")
    ap.add_argument("--model", default=None, help="spaCy NER pipeline folder (default: the shipped one)")
    ap.add_argument("--backend", choices=("spacy", "stanza"), default="spacy", help="models for NER and parser")
    ap.add_argument("--only", choices=("single", "fast"), default=None, help="run only one of the two paths")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    ap.add_argument("--child", default=None, dest="path", help=argparse.SUPPRESS)
    ap.add_argument("--out", default="", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.path:
        child(args)
        return 0
    src = Path(args.input)
    if not src.is_file():
        print(f"throughput: input not found: {src.resolve()}\n  pass --input FILE (a .jsonl dump of articles)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kutipan-bench-") as tmp_name:
        tmp = Path(tmp_name)
        data = src
        if args.articles:
            data = tmp / "input.jsonl"
            repeat_jsonl(src, args.articles, data)
        runs = [_run(path, data, tmp, args) for path in ("single", "fast") if args.only in (None, path)]
    _report(runs, src)
    if args.json:
        print(json.dumps(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

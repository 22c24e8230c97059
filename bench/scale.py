"""How the run scales with workers: articles/s with 1 and 2 local workers and on a local Dask cluster.

Makes ``../shared/corpus/detik-2025.jsonl`` repeated to ``--articles`` (5,000)
articles with distinct ids and texts (bench/inputs.py), then runs
``kutipan run`` over it, each configuration in a fresh process:

* ``--workers 1`` (this process) and ``--workers 2`` (Dask ``LocalCluster``),
  and their ratio;
* ``--scheduler`` on a local cluster: ``dask scheduler`` plus 2 and 4
  ``dask worker`` processes started here and stopped by PID.

Wall time covers the whole run (start of the workers, models, both passes,
corpus step, every table, the database and the report). Peak memory is the
client's (``ru_maxrss`` of the run's process) and each worker's. Prints a
Markdown table (the README's) and, with ``--json``, one JSON line per run.

    python bench/scale.py [--articles 5000] [--workers 1 2] [--cluster 2 4] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inputs import DETIK, load_average, peak_rss_mib, repeat_jsonl  # noqa: E402


def child(args: argparse.Namespace) -> None:
    """One run in this fresh process; prints its figures as JSON."""
    from pipeline.runner import RunOptions, run

    options = RunOptions(progress=False, workers=args.workers or None, scheduler=args.scheduler or None)
    started = time.perf_counter()
    summary = run([args.input], Path(args.out), options)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "workers": summary.workers, "where": summary.where, "articles": summary.n_articles,
        "seconds": round(seconds, 1), "articles_per_s": round(summary.n_articles / seconds, 1),
        "words_per_s": round(summary.n_words / seconds), "client_peak_mib": round(peak_rss_mib()),
        "client_cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "worker_peak_mib": sorted(round(v) for v in summary.worker_peak_mib.values()),
        "quotes": summary.n_quotes, "load": load_average(),
    }))


def _run_child(data: Path, tmp: Path, label: str, workers: int = 0, scheduler: str = "") -> dict:
    cmd = [sys.executable, __file__, "--child", "--input", str(data), "--out", str(tmp / f"out-{label}"),
           "--workers", str(workers), "--scheduler", scheduler]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"scale: run {label} failed:\n{proc.stderr[-3000:]}")
    return {"label": label, **json.loads(proc.stdout.strip().splitlines()[-1])}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cluster_run(data: Path, tmp: Path, n: int) -> dict:
    """``dask scheduler`` and ``n`` ``dask worker`` processes here; one run with ``--scheduler``."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--dashboard-address", ":0"], **quiet)]
    try:
        procs += [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                    "--no-nanny", "--dashboard-address", ":0"], **quiet) for _ in range(n)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(n, timeout=120)
        return _run_child(data, tmp, f"scheduler + {n} workers", scheduler=address)
    finally:
        _stop(procs[::-1])  # workers first: a worker whose scheduler is gone keeps trying to reach it


def _stop(procs: list[subprocess.Popen]) -> None:
    """SIGTERM each process, then SIGKILL the ones still there after 30 s."""
    for proc in procs:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DETIK), help="JSON Lines dump to repeat (default: detik-2025)")
    ap.add_argument("--articles", type=int, default=5000, help="articles in the repeated input (default 5000)")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="--workers runs (default: 1 2)")
    ap.add_argument("--cluster", type=int, nargs="*", default=[2, 4],
                    help="dask worker processes of the --scheduler runs (default: 2 4)")
    ap.add_argument("--json", action="store_true", help="also print each run as a JSON line")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", default="", help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.workers = args.workers[0] if isinstance(args.workers, list) else args.workers
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="kutipan-scale-") as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "input.jsonl"
        repeat_jsonl(Path(args.input), args.articles, data)
        runs = [_run_child(data, tmp, f"--workers {w}", workers=w) for w in args.workers]
        runs += [_cluster_run(data, tmp, n) for n in args.cluster]
    _print(runs, args.json)


def _print(runs: list[dict], as_json: bool) -> None:
    print("| run | workers | articles | seconds | articles/s | client CPU s | client peak MiB "
          "| worker peak MiB | load avg |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        workers = ", ".join(map(str, r["worker_peak_mib"])) or "(in the client)"
        print(f"| {r['label']} | {r['workers']} | {r['articles']} | {r['seconds']} | {r['articles_per_s']} "
              f"| {r['client_cpu_s']} | {r['client_peak_mib']} | {workers} | {r['load']} |")
    rate = {r["label"]: r["articles_per_s"] for r in runs}
    if "--workers 1" in rate and "--workers 2" in rate:
        print(f"\nratio --workers 2 / --workers 1: {rate['--workers 2'] / rate['--workers 1']:.2f}")
    if as_json:
        for r in runs:
            print(json.dumps(r))


if __name__ == "__main__":
    main()

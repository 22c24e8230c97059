"""Dask workers: the same tables for any number of workers and on a cluster, and faults survived (issue 12).

The input is cut into partitions of two articles so that a dozen articles
spread over the workers; it holds what makes order matter: an id used twice
(renamed in input order), a text seen twice (skipped), an unreadable line
and an empty text. One run in this process is the reference for all.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from pipeline.runner import RunOptions, run  # noqa: E402
from pipeline.tables import OUTPUT_TABLE_NAMES, read_table  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "corpus").glob("*.txt"))
SMALL = {"partition_articles": 2, "progress": False, "parser": "none"}
CRASH = "PEMICU-CRASH"


def _records() -> list[str]:
    seed = SEEDS[0].read_text(encoding="utf-8")
    other = SEEDS[1].read_text(encoding="utf-8")
    rows = [
        {"id": "a1", "text": "Menteri Keuangan Sri Mulyani mengatakan, \"Ekonomi tumbuh lima persen.\""},
        {"id": "dup", "text": "\"Kami siap bekerja,\" kata Gubernur Jawa Barat Dedi Mulyadi di Bandung."},
        {"id": "copy-of-seed", "text": seed},  # the text of a seed file: skipped as seen
        {"id": "empty", "text": "   "},
        {"id": "dup", "text": "Presiden Prabowo Subianto menegaskan bahwa pemerintah akan menjaga harga."},
        {"id": "a2", "text": other + "\nJuru bicara Kementerian Luar Negeri Roy Soemirat mengatakan hal itu."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(3, "{not json")  # an unreadable line: an error row
    return lines


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("parallel-in")
    (folder / "dump.jsonl").write_text("\n".join(_records()) + "\n", encoding="utf-8")
    return [*map(str, SEEDS), str(folder / "dump.jsonl")]


@pytest.fixture(scope="module")
def serial(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out"
    summary = run(inputs, out, RunOptions(workers=1, **SMALL))
    assert summary.workers == 1
    return out


def _same_tables(a: Path, b: Path) -> None:
    for name in OUTPUT_TABLE_NAMES:
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


def test_the_reference_run_holds_what_makes_order_matter(serial: Path) -> None:
    arts = read_table(serial, "articles").set_index("article_id")
    assert "dup~2" in arts.index and "renamed to 'dup~2'" in arts.loc["dup~2", "message"]
    assert arts.loc["copy-of-seed", "status"] == "skipped_seen"
    assert (arts["status"] == "error").sum() == 1 and arts.loc["empty", "status"] == "empty"
    assert len(arts) == len(SEEDS) + 7


def test_two_local_workers_write_the_same_tables(inputs: list[str], serial: Path, tmp_path: Path) -> None:
    summary = run(inputs, tmp_path / "out", RunOptions(workers=2, parallel_min_articles=0, **SMALL))
    assert summary.workers == 2
    _same_tables(serial, tmp_path / "out")


def test_local_workers_keep_glibcs_adaptive_memory_settings() -> None:
    """Dask's default MALLOC_TRIM_THRESHOLD_=65536 made every model array a fresh mapping (15 % of a
    worker's time in page faults); the local workers start without it, with one BLAS thread each."""
    from pipeline.cluster import DaskWorkers

    engine = DaskWorkers(1)
    try:
        environ = engine.client.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_",
                                                                            "OPENBLAS_NUM_THREADS")})
    finally:
        engine.close()
    assert list(environ.values()) == [{"MALLOC_TRIM_THRESHOLD_": None, "OPENBLAS_NUM_THREADS": "1"}]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory):
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, stopped by PID afterwards (the
    command-line tools a cluster runs; ``--no-nanny``: a worker is one process that stops at once)."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = tmp_path_factory.mktemp("dask-logs")
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    procs = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--dashboard-address", ":0"], stdout=subprocess.DEVNULL,
                              stderr=(logs / "scheduler.log").open("w"))]
    try:
        for n in range(2):
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                 "--no-nanny", "--dashboard-address", ":0"],
                stdout=subprocess.DEVNULL, stderr=(logs / f"worker{n}.log").open("w")))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        _stop(procs)


def test_a_dask_cluster_writes_the_same_tables(inputs: list[str], serial: Path, scheduler: str,
                                               tmp_path: Path) -> None:
    summary = run(inputs, tmp_path / "out", RunOptions(scheduler=scheduler, **SMALL))
    assert summary.workers == 2
    _same_tables(serial, tmp_path / "out")


@pytest.fixture()
def restarting():
    """A local cluster of two workers whose nannies restart a worker that dies; a task may fail twice. One per
    test: a worker killed in one test must not leave the next one a cluster still restarting it."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def kill_once(marker: str, article) -> None:
    """In a worker: the first time article a1 comes, the worker process is killed (SIGKILL)."""
    if article.article_id == "a1" and not os.path.exists(marker):
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_loses_and_repeats_nothing(inputs: list[str], serial: Path, restarting: str,
                                                   tmp_path: Path) -> None:
    marker = tmp_path / "killed"
    options = RunOptions(scheduler=restarting, before_article=functools.partial(kill_once, str(marker)), **SMALL)
    run(inputs, tmp_path / "out", options)
    assert marker.is_file()  # a worker was killed in the middle of the run ...
    _same_tables(serial, tmp_path / "out")  # ... and its partition was done again, once


def crash_on_marker(article) -> None:
    """In a worker: an article holding the marker crashes the process (as a segfault in a native library)."""
    if CRASH in article.text:
        os.kill(os.getpid(), signal.SIGSEGV)


def test_an_article_that_crashes_its_worker_becomes_an_error_row(serial: Path, restarting: str,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = [json.loads(line) for line in _records() if line.startswith("{\"")]
    rows = [good[0], {"id": "crasher", "text": f"Dia berkata, \"{CRASH} di sini.\""}, good[1]]
    (folder / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    started = time.monotonic()
    summary = run([str(folder)], tmp_path / "out", RunOptions(scheduler=restarting, before_article=crash_on_marker,
                                                                **SMALL))
    assert time.monotonic() - started < 300
    arts = read_table(tmp_path / "out", "articles").set_index("article_id")
    assert arts.loc["crasher", "status"] == "error"
    assert "worker process died" in arts.loc["crasher", "message"]
    assert (arts.drop("crasher")["status"] == "ok").all() and summary.status["error"] == 1
    quotes = read_table(tmp_path / "out", "quotes")
    reference = read_table(serial, "quotes")
    for article_id in ("a1", "dup"):
        mine = quotes[quotes["article_id"] == article_id]["quote_text"].tolist()
        assert mine and mine == reference[reference["article_id"] == article_id]["quote_text"].tolist()


class _Pending:
    """A Dask future stand-in whose result is not ready ``waits`` times, then is 42."""

    def __init__(self, waits: int) -> None:
        self.waits, self.cancelled = waits, False

    def result(self, timeout: float | None = None) -> int:
        if self.waits:
            self.waits -= 1
            raise TimeoutError
        return 42

    def cancel(self) -> None:
        self.cancelled = True

    def release(self) -> None:
        pass


class _Client:
    def __init__(self, workers: dict) -> None:
        self.workers = workers

    def nthreads(self) -> dict:
        return self.workers


def _engine(workers: dict, timeout: float):
    from pipeline.cluster import DaskWorkers

    engine = DaskWorkers.__new__(DaskWorkers)  # no cluster: only the waiting is under test
    engine.client, engine.no_worker_timeout = _Client(workers), timeout
    return engine


def test_a_cluster_left_without_workers_fails_the_task_instead_of_hanging() -> None:
    from pipeline.cluster import TaskFailed

    future = _Pending(waits=10**6)
    outcome = _engine({}, timeout=0.0)._result(future)
    assert isinstance(outcome, TaskFailed) and future.cancelled
    assert outcome.describe().startswith("the worker process died while processing it and no worker was left")


def test_a_slow_task_with_workers_is_waited_for() -> None:
    assert _engine({"tcp://w1": 1}, timeout=0.0)._wait(_Pending(waits=2), poll_seconds=0.01) == 42

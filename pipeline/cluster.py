"""Where the partitions run: in this process, or on Dask workers (local processes or a cluster).

Both executors give results in input order with :meth:`ordered`, whatever
order they finish in, so the corpus step commits articles in input order
and the tables do not depend on the number of workers.

:class:`DaskWorkers` uses Dask's distributed scheduler: ``LocalCluster``
processes on this machine (``--workers N``), or an existing cluster
(``--scheduler ADDRESS``) whose workers have kutipan installed and can read
the inputs at the same paths. At most ``window`` partitions are in flight,
so the client holds a bounded number of finished ones. Dask retries the
tasks of a worker that dies (``allowed_failures`` times); a task that still
fails comes back as a :class:`TaskFailed` for the runner to split up.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import UserError

__all__ = ["DASK_MISSING", "DaskWorkers", "InProcess", "TaskFailed", "cpu_count"]

DASK_MISSING = ('--workers above 1 and --scheduler run on Dask, which is not installed here: '
                'pip install "dask[distributed]" (a dependency of kutipan), or use --workers 1')


# Environment of the local worker processes. Dask's default also sets MALLOC_TRIM_THRESHOLD_=65536,
# which hands freed memory back to the system at once and, being set, turns off glibc's adaptive
# mmap threshold: every array over 128 KiB of the NER model is then a fresh mapping whose pages
# the kernel zeroes again, and a worker spent 15 % of its time in page faults (1.1 million for
# 480 articles). glibc's own defaults keep that memory for the next array, as the in-process run does.
WORKER_ENVIRON = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}


@dataclass
class TaskFailed:
    """A task that failed on the workers after Dask's retries (a worker died, or it raised)."""

    error: BaseException

    def describe(self) -> str:
        name = type(self.error).__name__
        if name == "KilledWorker":
            return "the worker process died while processing it (a crash in a native library, or out of memory)"
        if isinstance(self.error, NoWorkerLeft):
            return str(self.error)
        return f"{name}: {str(self.error).splitlines()[0] if str(self.error) else ''}"


class NoWorkerLeft(RuntimeError):
    """The cluster had no worker for longer than the run waits for one (a nanny that could not restart its
    worker after a crash): the task fails instead of waiting for ever."""


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class InProcess:
    """Runs every task here, one after the other (``--workers 1`` and small inputs)."""

    workers = 1
    description = "in this process"

    def peak_memory(self) -> dict[str, float]:
        return {}

    def ordered(self, func: Callable, calls: Iterable[tuple]) -> Iterator[tuple[tuple, Any]]:
        for call in calls:
            yield call, func(*call)

    def run_each(self, func: Callable, calls: list[tuple]) -> list[Any]:
        return [func(*call) for call in calls]

    def close(self) -> None:
        pass


class DaskWorkers:
    """Runs tasks on Dask workers: a local cluster of ``workers`` processes, or the one at ``address``."""

    def __init__(self, workers: int, address: str | None = None, allowed_failures: int = 3,
                 connect_timeout: float = 30.0, no_worker_timeout: float = 120.0) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise UserError(DASK_MISSING) from exc
        self.cluster = None
        self.no_worker_timeout = no_worker_timeout
        if address:
            try:
                self.client = Client(address, timeout=connect_timeout)
            except OSError as exc:
                raise UserError(f"--scheduler {address}: cannot reach a Dask scheduler there ({exc})") from exc
            self.client.wait_for_workers(1, timeout=connect_timeout)
            self.workers = len(self.client.scheduler_info()["workers"])
            self.description = f"on the Dask cluster at {address}"
        else:
            # the workers' statistical profiler samples every task's stack 100 times a second,
            # and the event loop's health tick (every 20 ms) and the memory and system monitors
            # wake each worker's loop thread, which takes the GIL from the running task each time:
            # CPU and lock hand-offs our tasks need (the dashboard still shows the rest)
            # worker logs at CRITICAL only: a worker whose heartbeat meets the closing scheduler logs the
            # comm error with its traceback at ERROR (dask/distributed#7105) after every article is done;
            # a task that failed reaches the run through its future (TaskFailed -> articles.csv), not a log
            with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures,
                                  "distributed.worker.profile.enabled": False,
                                  "distributed.admin.tick.interval": "1s",
                                  "distributed.admin.system-monitor.interval": "2s",
                                  "distributed.worker.memory.monitor-interval": "1s",
                                  "distributed.nanny.pre-spawn-environ": WORKER_ENVIRON}):
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0", silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster)
            self.workers = workers
            self.description = f"in {workers} local worker processes (Dask)"

    def ordered(self, func: Callable, calls: Iterable[tuple]) -> Iterator[tuple[tuple, Any]]:
        """``(call, func(*call))`` in input order, at most ``2 * workers + 2`` in flight;
        a failed task gives a :class:`TaskFailed` instead of a result."""
        window = 2 * max(1, self.workers) + 2
        pending: deque[tuple[tuple, Any]] = deque()
        for call in calls:
            pending.append((call, self.client.submit(func, *call, pure=False)))
            if len(pending) >= window:
                yield self._take(pending)
        while pending:
            yield self._take(pending)

    def run_each(self, func: Callable, calls: list[tuple]) -> list[Any]:
        """Each call as its own task, all at once; results (or TaskFailed) in order."""
        futures = [self.client.submit(func, *call, pure=False) for call in calls]
        return [self._result(f) for f in futures]

    def _take(self, pending: deque) -> tuple[Any, Any]:
        item, future = pending.popleft()
        return item, self._result(future)

    def _result(self, future) -> Any:
        try:
            return self._wait(future)
        except Exception as exc:  # KilledWorker after the retries, the task raised, or no worker left
            return TaskFailed(exc)
        finally:
            future.release()

    def _wait(self, future, poll_seconds: float = 5.0) -> Any:
        """The future's result; a cluster left without a worker for ``no_worker_timeout`` seconds fails the
        task (:class:`NoWorkerLeft`) rather than hang the run."""
        alone_since: float | None = None
        while True:
            try:
                return future.result(timeout=poll_seconds)
            except TimeoutError:
                pass
            if self._worker_count() > 0:
                alone_since = None
                continue
            alone_since = alone_since if alone_since is not None else time.monotonic()
            if time.monotonic() - alone_since >= self.no_worker_timeout:
                future.cancel()
                raise NoWorkerLeft(f"the worker process died while processing it and no worker was left to run "
                                   f"it for {self.no_worker_timeout:.0f} s")

    def _worker_count(self) -> int:
        try:
            return len(self.client.nthreads())
        except Exception:  # the scheduler itself is gone: no worker either
            return 0

    def peak_memory(self) -> dict[str, float]:
        """Peak resident memory of each worker process so far, in MiB."""
        try:
            return {address: round(mib, 1) for address, mib in self.client.run(_peak_rss_mib).items()}
        except Exception:  # a worker gone: no figures rather than a failed run
            return {}

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _peak_rss_mib() -> float:
    import resource
    import sys

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024

"""A spare process that imports what the end of a run needs while the run itself starts.

A small run spends about a second of its start importing pandas, matplotlib
and jinja2 for the report, then half a second drawing it, all after the
articles are done. With a second core idle, :func:`warm_process` starts one
process at the beginning that imports those modules at once; the report is
then drawn there while this process writes the other formats (see
:func:`pipeline.outputs.write_outputs`). This module imports nothing heavy, so
the command line can start the process before it imports spaCy.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

# what drawing the report needs: pipeline.outputs (the task), then the report's own warm-up
# (imports pandas, jinja2 and matplotlib, compiles the templates, draws a first chart)
REPORT_WARM_UP = ("pipeline.outputs", "pipeline.report:warm_up")


def warm_up(steps: Sequence[str]) -> None:
    """Each step: ``module`` is imported, ``module:function`` imported and called.

    A step that fails is skipped: the task that needs it will fail with the real error."""
    for step in steps:
        name, _, function = step.partition(":")
        try:
            module = importlib.import_module(name)
            if function:
                getattr(module, function)()
        except Exception:  # noqa: BLE001 - see the docstring
            continue


def _end_without_teardown() -> None:
    """Leave the process now: freeing every pandas and matplotlib object one by one at exit takes
    0.35 s, which the run, waiting for its helper to end, would add to its wall time. A pool
    process writes its results before it exits, so nothing is lost."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _exit_when_gone(sentinel: int) -> None:
    """Wait until the process behind ``sentinel`` has ended, then end this one."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _start(steps: Sequence[str]) -> None:
    """The helper's start: it ends with the run however the run ends (even killed, or leaving
    without shutting the pool down), exits without a slow teardown, then does its warm-up."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_gone, args=(parent.sentinel,), daemon=True).start()
    atexit.register(_end_without_teardown)  # runs first at exit: handlers run last-registered first
    warm_up(steps)


@contextmanager
def warm_process(steps: Sequence[str] = REPORT_WARM_UP, enabled: bool = True) -> Iterator[Executor | None]:
    """One spawned process that starts :func:`warm_up` with ``steps`` now; None when not ``enabled``.

    Leaving the block shuts it down (after the warm-up, if a very short run
    ends before it).
    """
    if not enabled:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start, initargs=(tuple(steps),))
    pool.submit(int)  # a pool starts its process on the first task
    try:
        yield pool
    finally:  # waited for: a pool left running has its semaphores reported as leaked at exit
        pool.shutdown(wait=True, cancel_futures=True)

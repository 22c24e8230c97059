"""A time budget per article, so one pathological text cannot stall a batch.

Two layers, both per thread, so they work in the main thread, in worker
threads and in worker processes alike (a Dask worker runs tasks in threads;
no signals are used, which only reach the main thread):

* **Cooperative**: :func:`time_budget` sets a deadline for the current
  context; the runner checks it between stages and long loops call
  :func:`check_deadline` (cheap: a context-variable lookup and a clock read).
* **Watchdog**: one daemon thread per process raises :class:`ArticleTimeout`
  asynchronously in a thread that is still inside its budget past the
  deadline (CPython's ``PyThreadState_SetAsyncExc``), for code that has no
  checks of its own. The exception arrives at the next Python instruction:
  one long call into C (a regex, a model forward pass) finishes first.

:class:`ArticleTimeout` derives from ``BaseException`` so that the
``except Exception`` of library code cannot swallow it; callers catch it by
name (the runner turns it into an ``error`` row and goes on).
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

__all__ = ["ArticleTimeout", "Deadline", "check_deadline", "time_budget"]


class ArticleTimeout(BaseException):
    """The article ran past its time budget."""


@dataclass
class Deadline:
    """When the current article's time is up (``at`` on the monotonic clock; None: never)."""

    seconds: float | None
    at: float | None = None
    spent: float = 0.0  # seconds of the budget already used before this block (an article's earlier stages)
    stage: str = ""  # the stage running now, for the message
    fired: bool = False  # the watchdog has sent its one interrupt
    left: bool = False  # the budget's block has been left
    thread: int = field(default_factory=threading.get_ident)

    def __post_init__(self) -> None:
        if self.seconds is not None and self.seconds > 0:
            self.at = time.monotonic() + self.seconds - self.spent

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def check(self, stage: str = "") -> None:
        """Raise :class:`ArticleTimeout` if time is up; remember ``stage`` as the one running."""
        if self.expired():
            raise ArticleTimeout(self.message())
        if stage:
            self.stage = stage

    def message(self) -> str:
        where = f" (in {self.stage})" if self.stage else ""
        return f"time budget of {self.seconds:g} s per article exceeded{where}; article not processed"


_current: ContextVar[Deadline | None] = ContextVar("kutipan_deadline", default=None)


def check_deadline(stage: str = "") -> None:
    """For long loops inside stages: raise :class:`ArticleTimeout` when the article's time is up."""
    deadline = _current.get()
    if deadline is not None:
        deadline.check(stage)


def _interrupt(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in another thread at its next Python instruction (None cancels a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


class _Watchdog:
    """One daemon thread per process that interrupts threads past their deadline."""

    _instance: _Watchdog | None = None
    _instance_lock = threading.Lock()

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.armed: set[int] = set()  # ids of armed Deadline objects
        self.deadlines: dict[int, Deadline] = {}
        self.pid = os.getpid()
        threading.Thread(target=self._run, name="kutipan-budget-watchdog", daemon=True).start()

    @classmethod
    def get(cls) -> _Watchdog:
        with cls._instance_lock:  # a forked worker process starts its own thread
            if cls._instance is None or cls._instance.pid != os.getpid():
                cls._instance = cls()
            return cls._instance

    def arm(self, deadline: Deadline) -> None:
        with self.cond:
            self.deadlines[id(deadline)] = deadline
            self.cond.notify()

    def disarm(self, deadline: Deadline) -> None:
        with self.cond:
            deadline.left = True
            self.deadlines.pop(id(deadline), None)
            if deadline.fired:
                _interrupt(deadline.thread, None)  # not delivered yet: it must not escape the block

    def _run(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for deadline in list(self.deadlines.values()):
                    if not deadline.fired and deadline.at is not None and now >= deadline.at:
                        deadline.fired = True
                        _interrupt(deadline.thread, ArticleTimeout)
                waiting = [d.at for d in self.deadlines.values() if not d.fired and d.at is not None]
                self.cond.wait(timeout=max(0.0, min(waiting) - now) + 0.01 if waiting else None)


@contextmanager
def time_budget(seconds: float | None, watchdog: bool = True, spent: float = 0.0) -> Iterator[Deadline]:
    """Run a block under a deadline of ``seconds`` (None or <= 0: no limit), of which ``spent``
    were used already (an article's stages run in two blocks around the batched NER).

    Inside, :func:`check_deadline` raises once time is up; with ``watchdog``
    a block that does not check is interrupted too. The interrupt is sent at
    most once and cancelled if it has not arrived when the block ends, so it
    never escapes into the code after the block.
    """
    deadline = Deadline(seconds, spent=spent)
    token = _current.set(deadline)
    dog = _Watchdog.get() if watchdog and deadline.at is not None and hasattr(ctypes, "pythonapi") else None
    if dog is not None:
        dog.arm(deadline)
    try:
        yield deadline
    finally:
        try:
            _leave(dog, deadline, token)
        except ArticleTimeout:  # the one interrupt arrived while leaving: finish leaving
            _leave(dog, deadline, token)


def _leave(dog: _Watchdog | None, deadline: Deadline, token) -> None:
    if dog is not None and not deadline.left:
        dog.disarm(deadline)
    if _current.get() is deadline:
        _current.reset(token)

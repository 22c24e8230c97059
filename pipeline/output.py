"""The ``--out`` folder: checked before any work, written aside, replaced whole at the end.

A run over a big dump takes hours; finding out at the end that ``--out`` is a
file or read-only wastes them, and a disk that fills up half way must not
leave a truncated ``quotes.csv`` that pandas reads without complaint. So:

1. :meth:`OutputDir.prepare` runs before the first article: ``--out`` must be
   a folder (created if missing) that we can write, holding nothing but
   kutipan's own earlier outputs (hidden files aside) unless ``force``.
2. Tables are written into a hidden staging folder *inside* ``--out`` (the
   same file system, so the final move is a rename even when ``--out`` is a
   mount point), each file synced to disk.
3. :meth:`OutputDir.commit` renames each file over its old version (a reader
   sees the old table or the new one, never half of one), removes outputs of
   the previous run that this run did not write again, and records the list
   of files it wrote in the manifest ``.kutipan-out.json``. Only files named
   in that manifest (or, for folders written before manifests existed,
   kutipan's table names) are ever replaced or removed.

Any write error (disk full, permissions, I/O) becomes an :class:`OutputError`
with one line that says the folder was left as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock

from . import __version__
from .errors import OutputError, UserError

__all__ = ["MANIFEST", "OutputDir"]

MANIFEST = ".kutipan-out.json"
_STAGING_PREFIX = ".kutipan-staging-"
_LOCK = ".kutipan-out.lock"
_LIST_AT_MOST = 5  # foreign files named in the refusal message


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; folders cannot be opened everywhere."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class OutputDir:
    """The output folder of one run (see the module docstring for the rules).

    ``known_names`` are the file names kutipan's tables have (``quotes.csv``,
    ...): in a folder without a manifest they count as ours, not foreign.
    """

    def __init__(self, target: str | Path, force: bool = False, known_names: Iterable[str] = ()) -> None:
        self.target = Path(target)
        self.force = force
        self.known_names = frozenset(known_names)
        self.staging: Path | None = None
        self._created: list[Path] = []  # folders this run created (removed again on abort)

    # ------------------------------------------------------------------ before the run
    def prepare(self) -> None:
        """Check ``--out`` and create the staging folder; raise before any work is done."""
        target = self.target
        if target.exists() and not target.is_dir():
            raise UserError(f"--out {target} is a file, not a folder: name a new or empty folder")
        try:
            self._create_target()
            foreign = self._foreign_files()
            if foreign and not self.force:
                shown = ", ".join(foreign[:_LIST_AT_MOST]) + (", ..." if len(foreign) > _LIST_AT_MOST else "")
                raise UserError(f"--out {target} holds {len(foreign)} file(s) kutipan did not write ({shown}): "
                                "name a new or empty folder, or add --force to write the tables beside them "
                                "(they are left untouched)")
            self._remove_dead_staging()
            self.staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=target))
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write to the output folder {target}: {_reason(exc)}") from exc

    def _create_target(self) -> None:
        missing = [p for p in (self.target, *self.target.parents) if not p.exists()]
        for folder in reversed(missing):
            folder.mkdir()
            self._created.append(folder)

    def previous_files(self) -> set[str]:
        """Names of the files an earlier run wrote here (from its manifest, else known names)."""
        try:
            listed = json.loads((self.target / MANIFEST).read_text(encoding="utf-8"))["files"]
            names = {n for n in listed if isinstance(n, str) and n and "/" not in n and not n.startswith(".")}
        except (OSError, ValueError, KeyError, TypeError):
            names = set(self.known_names)
        return {n for n in names if (self.target / n).exists()}

    def _foreign_files(self) -> list[str]:
        ours = self.previous_files()
        return sorted(n for n in os.listdir(self.target) if not n.startswith(".") and n not in ours)

    def _remove_dead_staging(self) -> None:
        """Staging folders of runs that were killed (their process is gone)."""
        for path in self.target.glob(f"{_STAGING_PREFIX}*"):
            pid = path.name[len(_STAGING_PREFIX):].split("-", 1)[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                shutil.rmtree(path, ignore_errors=True)

    def own_files(self) -> list[Path]:
        """Paths that are this run's output, never its input (when --out lies inside an input folder)."""
        own = [self.target / n for n in self.previous_files()] + [self.target / MANIFEST, self.target / _LOCK]
        return own + ([self.staging] if self.staging else [])

    # ------------------------------------------------------------------ during the run
    def path(self, name: str) -> Path:
        """Where to write the output file ``name`` (inside the staging folder)."""
        if self.staging is None:
            raise RuntimeError("OutputDir.prepare() was not called")
        return self.staging / name

    @contextmanager
    def writing(self) -> Iterator[Path]:
        """Yield the staging folder; a write error becomes one :class:`OutputError` line."""
        try:
            yield self.path("")
        except OSError as exc:
            raise OutputError(f"cannot write the tables to {self.target}: {_reason(exc)} "
                              f"({self.target} was left as it was)") from exc

    # ------------------------------------------------------------------ at the end
    def commit(self) -> list[str]:
        """Move the staged files into place; return their names."""
        with self.writing() as staging:
            names = sorted(p.name for p in staging.iterdir())
            (staging / MANIFEST).write_text(json.dumps({"written_by": f"kutipan {__version__}", "files": names},
                                                       indent=1) + "\n", encoding="utf-8")
            for name in [*names, MANIFEST]:
                _fsync(staging / name)
            with FileLock(str(self.target / _LOCK)):  # two runs into one folder: one whole set wins
                stale = self.previous_files() - set(names)
                for name in [*names, MANIFEST]:
                    self._replace(staging / name, self.target / name)
                for name in stale:
                    self._remove(self.target / name)
            shutil.rmtree(staging, ignore_errors=True)
            self.staging = None
            _fsync(self.target)
        return names

    @staticmethod
    def _replace(src: Path, dest: Path) -> None:
        if src.is_dir() and dest.is_dir():  # a table written as a folder of parts
            shutil.rmtree(dest)
        os.replace(src, dest)

    @staticmethod
    def _remove(path: Path) -> None:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)

    def abort(self) -> None:
        """Drop the staging folder (and ``--out`` itself if this run created it)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        for folder in reversed(self._created):
            try:
                folder.rmdir()
            except OSError:
                break

    def __enter__(self) -> OutputDir:
        self.prepare()
        return self

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is not None or self.staging is not None:
            self.abort()

"""The input cut into partitions: the unit of work of a run, one process or a Dask cluster.

A partition is a run of small files (``.txt`` articles, small dumps) or a
byte range of one large JSON Lines file, cut at line starts, holding about
``target`` articles. Reading the partitions one after the other gives
exactly the articles :func:`pipeline.ingest.iter_articles` gives, in the same
order and with the same rows for unreadable paths, so a run cut into
partitions writes the same tables as a run that reads the input in one go.

Article ids must be unique over the whole run, and a renamed duplicate id
carries a note in its message. A worker reading one partition cannot know
the ids of the others, so :func:`read_partition` takes the id claims from
outside: :class:`IdRecorder` notes the ids a partition asks for (the scan),
the runner claims them in input order with one :class:`pipeline.ingest`
id register, and :class:`IdReplay` hands those claims back when the
partition is read again to be processed.

Gzipped, CSV, JSON, Parquet and UTF-16/32 files are one partition each
(their records cannot be reached without reading what comes before them).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import sniff_bom
from .ingest import _BASE, _articles_of, _count_file, _Entry, _expand, _Ids, _kind, _read_jsonl
from .records import Article

__all__ = ["IdRecorder", "IdReplay", "Partition", "Piece", "plan_partitions", "read_partition"]

TARGET_ARTICLES = 50  # articles per partition: NER batches fill (600 paragraphs), 4 workers share a 200-article
# file, and the last partition, which one worker finishes while the others wait, is short
SPLIT_KINDS = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Piece:
    """A walked path (as given: rows show it) or, with ``end``, the byte range ``[start, end)`` of one."""

    path: Path
    problem: str = ""  # why the path cannot be read (it still gets its row)
    start: int = 0
    end: int = 0  # 0: the whole file
    first_line: int = 1  # line number of the range's first line


@dataclass(frozen=True)
class Partition:
    """A unit of work: pieces read in order, about how many articles, the folder paths are relative to."""

    index: int
    pieces: tuple[Piece, ...]
    n_articles: int | None  # None: not known without reading (a large CSV)
    base: str = field(default_factory=os.getcwd)


class IdRecorder(_Ids):
    """Notes the ids a partition asks for and grants them as they are (the scan)."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted: list[str] = []

    def claim(self, wanted: str) -> tuple[str, str]:
        self.wanted.append(wanted)
        return wanted, ""


class IdReplay(_Ids):
    """Grants the claims the run's own id register made for a partition, in the same order.

    ``claims`` holds only the claims that differ from the id asked for (a
    duplicate id renamed, with its note), by the number of the call.
    """

    def __init__(self, claims: dict[int, tuple[str, str]]) -> None:
        super().__init__()
        self.claims = claims
        self.calls = 0

    def claim(self, wanted: str) -> tuple[str, str]:
        granted = self.claims.get(self.calls, (wanted, ""))
        self.calls += 1
        return granted


def read_partition(part: Partition, ids: _Ids) -> Iterator[Article]:
    """The articles of a partition, exactly as :func:`pipeline.ingest.iter_articles` reads them."""
    token = _BASE.set(Path(part.base))
    try:
        for piece in part.pieces:
            if piece.end:
                yield from _read_jsonl(piece.path, ids, (piece.start, piece.end, piece.first_line))
            else:
                yield from _articles_of(_Entry(piece.path, piece.problem), ids)
    finally:
        _BASE.reset(token)


def plan_partitions(paths: Iterable[str | Path], exclude: Iterable[str | Path] = (),
                    target: int = TARGET_ARTICLES) -> list[Partition]:
    """The partitions of the inputs, in input order (large JSON Lines files cut at line starts)."""
    parts: list[Partition] = []
    group: list[Piece] = []
    count: int | None = 0

    def flush() -> None:
        nonlocal group, count
        if group:
            parts.append(Partition(len(parts), tuple(group), count))
        group, count = [], 0

    for entry in _expand(paths, exclude):
        ranges = _ranges(entry, target)
        if ranges:
            flush()
            parts.extend(Partition(len(parts) + i, (piece,), n) for i, (piece, n) in enumerate(ranges))
            continue
        n = _entry_count(entry)
        if n is not None and n >= target:
            flush()
        group.append(Piece(entry.path, entry.problem))
        count = None if n is None or count is None else count + n
        if count is None or count >= target:
            flush()
    flush()
    return parts


def _entry_count(entry: _Entry) -> int | None:
    """Articles of one walked path, when cheap to know (one for an unreadable path)."""
    if entry.problem:
        return 1
    try:
        return _count_file(entry.path, _kind(entry.path))
    except Exception:
        return 1  # unreadable: reading it gives one error row


def _ranges(entry: _Entry, target: int) -> list[tuple[Piece, int]]:
    """Byte ranges of about ``target`` records of a large uncompressed JSON Lines file (none otherwise)."""
    if entry.problem or _kind(entry.path) not in SPLIT_KINDS:
        return []
    try:
        with open(entry.path, "rb") as fh:
            bom = sniff_bom(fh.read(4))
            if bom is not None and bom[0] != "utf-8-sig":
                return []  # UTF-16/32: lines are not byte lines
            fh.seek(0)
            return _cut(entry.path, fh, target)
    except OSError:
        return []  # reading it whole gives the error row


def _cut(path: Path, lines: Iterable[bytes], target: int) -> list[tuple[Piece, int]]:
    """Cut a file of lines into ranges of ``target`` non-blank lines; none when it is one range anyway."""
    out: list[tuple[Piece, int]] = []
    start = offset = 0
    first_line = line_no = 1
    n = 0
    for line in lines:
        offset += len(line)
        n += bool(line.strip())
        line_no += 1
        if n >= target:
            out.append((Piece(path, start=start, end=offset, first_line=first_line), n))
            start, first_line, n = offset, line_no, 0
    if n or not out:
        out.append((Piece(path, start=start, end=offset, first_line=first_line), n))
    if len(out) < 2:
        return []
    return out

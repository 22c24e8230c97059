"""Read raw articles from files and folders into :class:`Article` records.

Inputs are streamed (JSONL line by line, CSV row by row, Parquet by record
batch) so a run over a large corpus keeps only one record in memory at a time.
Nothing is ever dropped silently: a record that cannot be read becomes an
``Article`` with ``status="error"`` and a message, so it still gets a row in
the output tables.
"""

from __future__ import annotations

import csv
import errno
import gzip
import io
import json
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pipeline.decoding import Decoded, check_text, decode_bytes, decode_text, sniff_bom
from pipeline.records import Article

__all__ = ["MAX_RECORD_BYTES", "SUPPORTED_SUFFIXES", "count_articles", "decode_bytes", "iter_articles",
           "url_domain"]

FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "date", "source")
# second-level labels under a country TLD (detik.co.id style) that are not the outlet name
_SECOND_LEVEL = {"co", "or", "ac", "go", "web", "my", "sch", "com", "net", "org", "gov", "mil", "biz"}
# files larger than this are not parsed just to get a progress-bar total
_COUNT_PARSE_LIMIT = 64 * 1024 * 1024


def _kind(path: Path) -> str | None:
    """Return the supported suffix of ``path`` (case-insensitive) or None."""
    name = path.name.lower()
    for suffix in _KINDS:
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return None


def _stem(path: Path) -> str:
    """File name without its (possibly double) supported suffix, for ids."""
    kind = _kind(path)
    return path.name[: -len(kind)] if kind else path.stem


def url_domain(url: str) -> str:
    """Outlet-level domain of a URL: ``https://news.detik.com/x`` -> ``detik.com``.

    Subdomains (news., finance., www.) of one outlet are merged because the
    outlet, not the section, is what shares boilerplate.
    """
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) <= 2:
        return ".".join(labels)
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_MB = 1024 * 1024
# a whole-file article (.txt, .txt.gz, .json) or one JSON Lines line larger than this is
# refused with an error row: it is no news article, and reading it would cost its size in memory
MAX_RECORD_BYTES = 64 * _MB


@dataclass(frozen=True)
class _Entry:
    """A file to read, or a path that cannot be read and the reason (it still gets a row)."""

    path: Path
    problem: str = ""


def _reason(exc: BaseException) -> str:
    """Short reason of an OS error, without the path the message names anyway."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _stat_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself), not followed"
    if path.is_symlink():
        return f"broken symbolic link (its target {os.readlink(path)!r} does not exist)"
    if exc.errno == errno.ENOENT:
        return "file not found"
    return f"cannot read: {_reason(exc)}"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"),
                       (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"


def _sort_key(entry: os.DirEntry) -> str:
    """Sort entries as their relative paths sort: a folder's files come where ``name/`` would."""
    try:
        return entry.name + "/" if entry.is_dir() else entry.name
    except OSError:
        return entry.name


class _Walk:
    """Recursive, sorted folder walk that yields a row-to-be for every non-hidden path.

    Symbolic links are followed; a link back to a folder above it (a loop) or
    to a folder already read is reported instead of followed, so a walk always
    ends and no file is read twice. Paths in ``exclude`` (real paths: the run's
    own output tables and state) are never read as input.
    """

    def __init__(self, exclude: Iterable[str | Path] = ()) -> None:
        self.exclude = {os.path.realpath(p) for p in exclude}
        self.seen: set[tuple[int, int]] = set()

    def visit(self, path: Path, ancestors: frozenset[tuple[int, int]] = frozenset()) -> Iterator[_Entry]:
        try:
            st = path.stat()
        except OSError as exc:
            yield _Entry(path, _stat_problem(path, exc))
            return
        if stat.S_ISREG(st.st_mode):
            yield _Entry(path)
        elif not stat.S_ISDIR(st.st_mode):
            yield _Entry(path, f"not a regular file ({_file_type(st.st_mode)}), not read")
        elif (st.st_dev, st.st_ino) in ancestors:
            yield _Entry(path, "symbolic link loop (leads back to a folder above it), not followed")
        elif (st.st_dev, st.st_ino) in self.seen:
            yield _Entry(path, "folder already read through another path (symbolic link), not read twice")
        else:
            self.seen.add((st.st_dev, st.st_ino))
            yield from self._folder(path, ancestors | {(st.st_dev, st.st_ino)})

    def _folder(self, folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[_Entry]:
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=_sort_key)
        except OSError as exc:
            yield _Entry(folder, f"cannot read folder: {_reason(exc)}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if self.exclude and os.path.realpath(path) in self.exclude:
                continue
            yield from self.visit(path, ancestors)


def _expand(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[_Entry]:
    """Every file under ``paths`` (folders walked recursively in sorted order) or why not.

    Hidden files and folders (``.name``) inside folders are skipped; explicitly
    named paths are always visited so a bad one gets an error row.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    walk = _Walk(exclude)
    for item in paths:
        yield from walk.visit(Path(item))


class _Ids:
    """Keeps ids unique within a run (only the id strings are remembered)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, wanted: str) -> tuple[str, str]:
        """Return ``(unique_id, message)``; message is set when the id was renamed."""
        if wanted not in self.seen:
            self.seen.add(wanted)
            return wanted, ""
        n = 2
        while f"{wanted}~{n}" in self.seen:
            n += 1
        new = f"{wanted}~{n}"
        self.seen.add(new)
        return new, f"duplicate id {wanted!r} renamed to {new!r}"


def _join(*messages: str) -> str:
    return "; ".join(m for m in messages if m)


def _as_str(value: Any) -> str:
    """Field value as a string; None/NaN become ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return str(value)


def _error(ids: _Ids, wanted: str, source_path: str, message: str, encoding: str = "") -> Article:
    article_id, note = ids.claim(wanted)
    return Article(
        article_id=article_id,
        text="",
        source_path=source_path,
        status="error",
        message=_join(message, note),
        encoding=encoding,
    )


def _from_record(
    ids: _Ids, record: Any, fallback_id: str, source_path: str, encoding: str, decode_note: str
) -> Article:
    """Build an Article from one JSON/CSV/Parquet record (a mapping)."""
    if not isinstance(record, dict):
        return _error(ids, fallback_id, source_path, f"record is {type(record).__name__}, not an object")
    raw_id = _as_str(record.get("id")).strip()
    id_note = "" if raw_id else f"no id; using {fallback_id!r}"
    wanted = raw_id or fallback_id
    if "text" not in record:
        return _error(ids, wanted, source_path, _join("missing 'text' field", id_note), encoding)
    text = record["text"]
    if text is None or (isinstance(text, float) and text != text):
        return _error(ids, wanted, source_path, _join("'text' is null", id_note), encoding)
    if not isinstance(text, str):
        note = f"'text' is {type(text).__name__}, not a string"
        return _error(ids, wanted, source_path, _join(note, id_note), encoding)
    text, clean_note, binary = check_text(text)
    if binary:
        return _error(ids, wanted, source_path, _join(f"'text' is {binary}", id_note), encoding)
    article_id, dup_note = ids.claim(wanted)
    url = _as_str(record.get("url")).strip()
    status, empty_note = ("ok", "") if text.strip() else ("empty", "empty text")
    return Article(
        article_id=article_id,
        text=text,
        source_path=source_path,
        title=_as_str(record.get("title")).strip(),
        url=url,
        date=_as_str(record.get("date")).strip(),
        source=_as_str(record.get("source")).strip() or url_domain(url),
        status=status,
        message=_join(decode_note, clean_note, id_note, dup_note, empty_note),
        encoding=encoding,
    )


# the folder relative input paths are read from: the client's working folder when a worker of a
# cluster reads a partition (rows keep the path as given); None: this process's working folder
_BASE: ContextVar[Path | None] = ContextVar("kutipan_ingest_base", default=None)


def _located(path: Path) -> Path:
    base = _BASE.get()
    return path if base is None or path.is_absolute() else base / path


def _open_binary(path: Path) -> IO[bytes]:
    path = _located(path)
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


# what a damaged gzip stream raises besides OSError (BadGzipFile is one)
_READ_ERRORS = (OSError, EOFError, zlib.error)


def _read_whole(path: Path) -> tuple[bytes | None, str]:
    """All bytes of a (possibly gzipped) file, or None and why not (unreadable, too big)."""
    try:
        with _open_binary(path) as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except _READ_ERRORS as exc:
        return None, f"cannot read file: {_reason(exc)}"
    if len(data) > MAX_RECORD_BYTES:
        return None, (f"larger than {MAX_RECORD_BYTES // _MB} MB: too big for one article, not read "
                      "(split it, or use JSON Lines with one article per line)")
    return data, ""


def _decoded_file(path: Path, ids: _Ids) -> tuple[Decoded | None, Article | None]:
    """The decoded text of a whole file, or the error row saying why there is none."""
    data, problem = _read_whole(path)
    if data is None:
        return None, _error(ids, _stem(path), str(path), problem)
    decoded = decode_text(data)
    if decoded.error:
        return None, _error(ids, _stem(path), str(path), decoded.error, decoded.encoding)
    return decoded, None


def _read_txt(path: Path, ids: _Ids) -> Iterator[Article]:
    """One article per file (``.txt`` or ``.txt.gz``); id = file name without the suffix."""
    decoded, failed = _decoded_file(path, ids)
    if failed is not None:
        yield failed
        return
    article_id, dup_note = ids.claim(_stem(path))
    status, empty_note = ("ok", "") if decoded.text.strip() else ("empty", "empty text")
    yield Article(
        article_id=article_id,
        text=decoded.text,
        source_path=str(path),
        status=status,
        message=_join(decoded.message, dup_note, empty_note),
        encoding=decoded.encoding,
    )


def _read_json(path: Path, ids: _Ids) -> Iterator[Article]:
    """A JSON file holding one article object, or an array of them (item N: ``path:N``)."""
    stem = _stem(path)
    data, problem = _read_whole(path)
    if data is None:
        yield _error(ids, stem, str(path), problem)
        return
    decoded = decode_text(data)
    if decoded.error:
        yield _error(ids, stem, str(path), decoded.error, decoded.encoding)
        return
    try:
        value = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield _error(ids, stem, str(path), f"invalid JSON: {exc}", decoded.encoding)
        return
    if not isinstance(value, list):
        yield _from_record(ids, value, stem, str(path), decoded.encoding, decoded.message)
        return
    for n, record in enumerate(value, start=1):
        yield _from_record(ids, record, f"{stem}:{n}", f"{path}:{n}", decoded.encoding, decoded.message)


HTML_EXTRA = 'pip install -e ".[html]"'


def html_article_text(page: str) -> tuple[str, dict[str, str]] | None:
    """The article text and metadata (title, date, url, source) trafilatura finds in a page.

    The text is the article's raw text from then on: quote offsets point into
    it, not into the HTML. None when trafilatura is not installed.
    """
    try:
        import trafilatura
    except ImportError:
        return None
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        return "", {}
    meta = {name: _as_str(getattr(doc, attr, "")) for name, attr in
            (("title", "title"), ("date", "date"), ("url", "url"), ("source", "sitename"))}
    return _as_str(getattr(doc, "text", "")), meta


def _read_html(path: Path, ids: _Ids) -> Iterator[Article]:
    """One article per web page (``.html``, ``.htm``): the main text trafilatura extracts, with its title,
    date and site name; a page with no article text is ``empty``."""
    decoded, failed = _decoded_file(path, ids)
    if failed is not None:
        yield failed
        return
    found = html_article_text(decoded.text)
    if found is None:
        yield _error(ids, _stem(path), str(path), f"HTML input needs trafilatura: {HTML_EXTRA}")
        return
    text, meta = found
    article_id, dup_note = ids.claim(_stem(path))
    status, empty_note = ("ok", "") if text.strip() else ("empty", "no article text found in the page")
    yield Article(article_id=article_id, text=text, source_path=str(path), status=status,
                  message=_join(decoded.message, "text extracted from HTML by trafilatura", dup_note, empty_note),
                  encoding=decoded.encoding, **meta)


class _LineTooLong(Exception):
    """A physical line longer than MAX_RECORD_BYTES (its bytes were skipped, not kept)."""


def _bounded_lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over the limit (read past, never held whole)."""
    while True:
        line = fh.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_RECORD_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = fh.readline(_MB)
        yield None


def _wide_lines(fh: IO[bytes], codec: str) -> Iterator[tuple[str | None, str, str]]:
    """Lines of a UTF-16/32 file (after its BOM), decoded as a stream."""
    text = io.TextIOWrapper(fh, encoding=codec, errors="replace", newline="")
    while True:
        line = text.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = text.readline(_MB)
            yield None, codec, ""
            continue
        yield line, codec, ""


def _decoded_lines(fh: IO[bytes], sniff: bool = True) -> Iterator[tuple[str | None, str, str]]:
    """``(line, encoding, note)`` per line: a BOM decides for the whole file, else each line
    is decoded alone (dumps concatenated from several sources mix encodings). ``sniff=False``
    for a part of a file that does not start at its first byte."""
    bom = sniff_bom(fh.peek(4)[:4]) if sniff and hasattr(fh, "peek") else None
    if bom is not None:
        fh.read(bom[1])
        if bom[0] != "utf-8-sig":
            yield from _wide_lines(fh, bom[0])
            return
    for raw in _bounded_lines(fh):
        yield (None, "", "") if raw is None else decode_bytes(raw)


def _open_or_error(path: Path, ids: _Ids) -> tuple[IO[bytes] | None, Article | None]:
    """The open file, or the error row that says why it cannot be opened."""
    try:
        return _open_binary(path), None
    except OSError as exc:
        return None, _error(ids, _stem(path), str(path), f"cannot open file: {_reason(exc)}")


def _read_jsonl(path: Path, ids: _Ids, window: tuple[int, int, int] | None = None) -> Iterator[Article]:
    """One JSON object per line, decoded line by line so one bad line costs one row.

    ``window`` = (first byte, end byte, number of its first line) reads one
    part of the file (the partitions of :mod:`pipeline.partitions`).
    """
    stem = _stem(path)
    fh, failure = _open_or_error(path, ids)
    if fh is None:
        yield failure
        return
    start, end, first_line = window or (0, 0, 1)
    line_no = first_line - 1
    try:
        with fh:
            lines: IO[bytes] = fh
            if window is not None:
                fh.seek(start)
                lines = _ByteRange(fh, end)  # type: ignore[assignment]
            for line_no, (line, encoding, note) in enumerate(_decoded_lines(lines, sniff=start == 0),
                                                             start=first_line):
                yield from _jsonl_record(ids, path, stem, line_no, line, encoding, note)
    except _READ_ERRORS as exc:
        # a truncated/corrupt gzip stream: keep what was read, report the rest
        yield _error(ids, f"{stem}:{line_no + 1}", f"{path}:{line_no + 1}", f"cannot read file: {_reason(exc)}")


def _jsonl_record(ids: _Ids, path: Path, stem: str, line_no: int, line: str | None, encoding: str,
                  note: str) -> Iterator[Article]:
    """The article of one JSON Lines line (none for a blank line)."""
    where, fallback = f"{path}:{line_no}", f"{stem}:{line_no}"
    if line is None:
        yield _error(ids, fallback, where, f"line {line_no}: longer than {MAX_RECORD_BYTES // _MB} MB, not read")
        return
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield _error(ids, fallback, where, f"line {line_no}: invalid JSON: {exc}", encoding)
        return
    yield _from_record(ids, record, fallback, where, encoding, note)


class _ByteRange:
    """The bytes of an open binary file up to ``end`` (reads stop there), for line-by-line reading."""

    def __init__(self, fh: IO[bytes], end: int) -> None:
        self.fh, self.end = fh, end

    def _left(self, size: int) -> int:
        left = max(0, self.end - self.fh.tell())
        return left if size is None or size < 0 else min(size, left)

    def readline(self, size: int = -1) -> bytes:
        left = self._left(size)
        return self.fh.readline(left) if left else b""

    def read(self, size: int = -1) -> bytes:
        left = self._left(size)
        return self.fh.read(left) if left else b""

    def peek(self, size: int = 1) -> bytes:
        return self.fh.peek(size)[: self._left(-1)]  # type: ignore[attr-defined]


class _DecodedLines:
    """Iterate a binary file as text lines, decoding each with the fallback.

    Lets the csv module parse a file of mixed/unknown encoding while streaming;
    ``note`` remembers the worst decoding seen since the last :meth:`take`.
    """

    def __init__(self, fh: IO[bytes]) -> None:
        self.lines = _decoded_lines(fh)
        self.encoding = "utf-8"
        self.note = ""

    def __iter__(self) -> Iterator[str]:
        for text, encoding, note in self.lines:
            if text is None:
                raise _LineTooLong
            if note and not self.note:
                self.encoding, self.note = encoding, note
            elif encoding != "utf-8" and self.encoding == "utf-8":
                self.encoding = encoding
            yield text

    def take(self) -> tuple[str, str]:
        """Return and reset the encoding used since the last call."""
        out = (self.encoding, self.note)
        self.encoding, self.note = "utf-8", ""
        return out


def _read_csv(path: Path, ids: _Ids) -> Iterator[Article]:
    """CSV with a header row; quoted fields may span lines."""
    stem = _stem(path)
    fh, failure = _open_or_error(path, ids)
    if fh is None:
        yield failure
        return
    csv.field_size_limit(MAX_RECORD_BYTES)
    with fh:
        lines = _DecodedLines(fh)
        reader = csv.reader(iter(lines))
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            yield _error(ids, stem, str(path), "empty CSV file (no header)")
            return
        except (csv.Error, _LineTooLong, *_READ_ERRORS) as exc:
            yield _error(ids, stem, str(path), f"cannot read CSV header: {_reason(exc)}")
            return
        if "text" not in header:
            yield _error(ids, stem, str(path), f"CSV has no 'text' column (columns: {', '.join(header)})")
            return
        lines.take()
        yield from _csv_rows(path, ids, reader, header, lines)


def _csv_rows(path: Path, ids: _Ids, reader, header: list[str], lines: _DecodedLines) -> Iterator[Article]:
    stem = _stem(path)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield _error(ids, f"{stem}:{start}", f"{path}:{start}", f"line {start}: invalid CSV: {exc}")
            continue
        except (_LineTooLong, *_READ_ERRORS) as exc:
            why = f"longer than {MAX_RECORD_BYTES // _MB} MB" if isinstance(exc, _LineTooLong) else _reason(exc)
            yield _error(ids, f"{stem}:{start}", f"{path}:{start}", f"line {start}: {why}; rest of file not read")
            return
        encoding, note = lines.take()
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))  # a short row lacks its last fields
        yield _from_record(ids, record, f"{stem}:{start}", f"{path}:{start}", encoding, note)


def _read_parquet(path: Path, ids: _Ids) -> Iterator[Article]:
    """Parquet read in record batches; row numbers are 1-based."""
    import pyarrow.parquet as pq

    stem = _stem(path)
    try:
        pf = pq.ParquetFile(_located(path))
    except Exception as exc:  # pyarrow raises several types for bad files
        yield _error(ids, stem, str(path), f"cannot open parquet file: {exc}")
        return
    names = [n for n in pf.schema_arrow.names]
    if "text" not in names:
        yield _error(ids, stem, str(path), f"parquet has no 'text' column (columns: {', '.join(names)})")
        return
    columns = [c for c in FIELDS if c in names]
    row_no = 0
    try:
        for batch in pf.iter_batches(batch_size=256, columns=columns):
            for record in batch.to_pylist():
                row_no += 1
                yield _from_record(ids, record, f"{stem}:{row_no}", f"{path}:{row_no}", "utf-8", "")
    except Exception as exc:
        yield _error(ids, f"{stem}:{row_no + 1}", f"{path}:{row_no + 1}", f"cannot read parquet: {exc}")


# suffix -> reader; a reader yields at least one Article per file it is given
_READERS: dict[str, Callable[[Path, _Ids], Iterator[Article]]] = {
    ".txt": _read_txt,
    ".txt.gz": _read_txt,
    ".json": _read_json,
    ".json.gz": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".jsonl.gz": _read_jsonl,
    ".ndjson.gz": _read_jsonl,
    ".csv": _read_csv,
    ".csv.gz": _read_csv,
    ".parquet": _read_parquet,
    ".html": _read_html,
    ".htm": _read_html,
}
# longest first so ".jsonl.gz" wins over ".gz"
_KINDS: tuple[str, ...] = tuple(sorted(_READERS, key=len, reverse=True))
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)


def _articles_of(entry: _Entry, ids: _Ids) -> Iterator[Article]:
    """The rows of one walked path: its articles, or one row saying why there are none."""
    path = entry.path
    if entry.problem:
        yield _error(ids, _stem(path) or path.name, str(path), entry.problem)
        return
    kind = _kind(path)
    if kind is None:
        what = f"'{path.suffix}'" if path.suffix else "without a suffix"
        note = f"unsupported file type {what} (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        yield _error(ids, path.stem or path.name, str(path), note)
        return
    n = 0
    for article in _READERS[kind](path, ids):
        n += 1
        yield article
    if n == 0:
        article_id, note = ids.claim(_stem(path))
        yield Article(article_id=article_id, text="", source_path=str(path), status="empty",
                      message=_join("no articles in this file", note))


def iter_articles(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Article]:
    """Stream articles from files and/or folders, in a deterministic order.

    Every path yields at least one row: unreadable files and folders, links
    in a loop, unsupported types and bad records come back as
    ``status="error"`` with a message, a file without records as ``empty``.
    ``exclude`` lists paths never read (the run's own outputs and state).
    """
    ids = _Ids()
    for entry in _expand(paths, exclude):
        yield from _articles_of(entry, ids)


def _count_lines(path: Path) -> int:
    """Non-blank lines of a (possibly gzipped) file."""
    with _open_binary(path) as fh:
        return sum(1 for line in fh if line.strip())


def _count_file(path: Path, kind: str | None) -> int | None:
    """Articles in one file, as cheaply as possible; None when it would cost a full parse."""
    if kind in (None, ".txt", ".txt.gz", ".html", ".htm"):
        return 1
    if kind in (".jsonl", ".ndjson"):
        return max(1, _count_lines(path))
    if kind == ".parquet":
        import pyarrow.parquet as pq

        return max(1, pq.ParquetFile(path).metadata.num_rows)
    if path.stat().st_size > _COUNT_PARSE_LIMIT:
        return None
    if kind in (".jsonl.gz", ".ndjson.gz"):
        return max(1, _count_lines(path))
    if kind in (".json", ".json.gz"):
        with _open_binary(path) as fh:
            value = json.loads(decode_bytes(fh.read())[0])
        return max(1, len(value)) if isinstance(value, list) else 1
    with _open_binary(path) as fh:  # .csv, .csv.gz
        rows = csv.reader(iter(_DecodedLines(fh)))
        return max(1, sum(1 for row in rows if any(c.strip() for c in row)) - 1)


def count_articles(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> int | None:
    """Cheap total for a progress bar, or None when it would cost a full parse.

    JSONL counts non-blank lines, Parquet reads row counts from metadata, CSV
    (whose quoted fields may span lines) and JSON are parsed only when small.
    """
    total = 0
    for entry in _expand(paths, exclude):
        try:
            n = 1 if entry.problem else _count_file(entry.path, _kind(entry.path))
        except Exception:
            n = 1  # unreadable file: iter_articles will give it one error row
        if n is None:
            return None
        total += n
    return total

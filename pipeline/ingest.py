"""Read raw articles from files and folders into :class:`Article` records.

Inputs are streamed (JSONL line by line, CSV row by row, Parquet by record
batch) so a run over a large corpus keeps only one record in memory at a time.
Nothing is ever dropped silently: a record that cannot be read becomes an
``Article`` with ``status="error"`` and a message, so it still gets a row in
the output tables.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pipeline.records import Article

__all__ = ["SUPPORTED_SUFFIXES", "count_articles", "decode_bytes", "iter_articles", "url_domain"]

# longest first so ".jsonl.gz" wins over ".gz"
SUPPORTED_SUFFIXES: tuple[str, ...] = (".jsonl.gz", ".ndjson", ".jsonl", ".txt", ".csv", ".parquet")
FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "date", "source")
# second-level labels under a country TLD (detik.co.id style) that are not the outlet name
_SECOND_LEVEL = {"co", "or", "ac", "go", "web", "my", "sch", "com", "net", "org", "gov", "mil", "biz"}
# files larger than this are not parsed just to get a progress-bar total
_COUNT_PARSE_LIMIT = 64 * 1024 * 1024


def _kind(path: Path) -> str | None:
    """Return the supported suffix of ``path`` (case-insensitive) or None."""
    name = path.name.lower()
    for suffix in SUPPORTED_SUFFIXES:
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


def decode_bytes(data: bytes) -> tuple[str, str, str]:
    """Decode with a recorded fallback: utf-8(-sig), then cp1252, then latin-1.

    Returns ``(text, encoding, message)``; the message is empty for clean UTF-8
    so callers can tell when characters may be wrong.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ""
        except UnicodeDecodeError:
            data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", "decoded as cp1252 (not valid UTF-8)"
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this cannot fail
        return data.decode("latin-1"), "latin-1", "decoded as latin-1 (not valid UTF-8 or cp1252)"


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Yield ``(file, explicit)``; folders are walked recursively in sorted order.

    Hidden files/folders and unsupported suffixes inside folders are skipped;
    explicitly named files are always yielded so a bad name gets an error row.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for sub in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
                rel = sub.relative_to(path).parts
                if any(part.startswith(".") for part in rel) or not sub.is_file():
                    continue
                if _kind(sub) is not None:
                    yield sub, False
        else:
            yield path, True


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
        message=_join(decode_note, id_note, dup_note, empty_note),
        encoding=encoding,
    )


def _read_txt(path: Path, ids: _Ids) -> Iterator[Article]:
    """One article per file; id = file stem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _error(ids, _stem(path), str(path), f"cannot read file: {exc}")
        return
    text, encoding, note = decode_bytes(data)
    article_id, dup_note = ids.claim(_stem(path))
    status, empty_note = ("ok", "") if text.strip() else ("empty", "empty text")
    yield Article(
        article_id=article_id,
        text=text,
        source_path=str(path),
        status=status,
        message=_join(note, dup_note, empty_note),
        encoding=encoding,
    )


def _open_binary(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _open_or_error(path: Path, ids: _Ids) -> tuple[IO[bytes] | None, Article | None]:
    """The open file, or the error row that says why it cannot be opened."""
    try:
        return _open_binary(path), None
    except OSError as exc:
        return None, _error(ids, _stem(path), str(path), f"cannot open file: {exc}")


def _read_jsonl(path: Path, ids: _Ids) -> Iterator[Article]:
    """One JSON object per line, decoded line by line so one bad line costs one row."""
    stem = _stem(path)
    fh, failure = _open_or_error(path, ids)
    if fh is None:
        yield failure
        return
    line_no = 0
    try:
        with fh:
            for line_no, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                line, encoding, note = decode_bytes(raw)
                where = f"{path}:{line_no}"
                fallback = f"{stem}:{line_no}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield _error(ids, fallback, where, f"line {line_no}: invalid JSON: {exc}", encoding)
                    continue
                yield _from_record(ids, record, fallback, where, encoding, note)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        # a truncated/corrupt gzip stream: keep what was read, report the rest
        yield _error(ids, f"{stem}:{line_no + 1}", f"{path}:{line_no + 1}", f"cannot read file: {exc}")


class _DecodedLines:
    """Iterate a binary file as text lines, decoding each with the fallback.

    Lets the csv module parse a file of mixed/unknown encoding while streaming;
    ``note`` remembers the worst decoding seen since the last :meth:`take`.
    """

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.encoding = "utf-8"
        self.note = ""
        self.first = True

    def __iter__(self) -> Iterator[str]:
        for raw in self.fh:
            if self.first:
                self.first = False
                if raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
            text, encoding, note = decode_bytes(raw)
            if note and not self.note:
                self.encoding, self.note = encoding, note
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
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with fh:
        lines = _DecodedLines(fh)
        reader = csv.reader(iter(lines))
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            yield _error(ids, stem, str(path), "empty CSV file (no header)")
            return
        except (csv.Error, OSError) as exc:
            yield _error(ids, stem, str(path), f"cannot read CSV header: {exc}")
            return
        if "text" not in header:
            yield _error(ids, stem, str(path), f"CSV has no 'text' column (columns: {', '.join(header)})")
            return
        lines.take()
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield _error(ids, f"{stem}:{start}", f"{path}:{start}", f"line {start}: invalid CSV: {exc}")
                continue
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
        pf = pq.ParquetFile(path)
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


_READERS = {
    ".txt": _read_txt,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".jsonl.gz": _read_jsonl,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
}


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Stream articles from files and/or folders, in a deterministic order.

    Every input yields at least one row: unreadable files, unknown suffixes
    given explicitly and bad records come back as ``status="error"``.
    """
    ids = _Ids()
    for path, _explicit in _expand(paths):
        kind = _kind(path)
        if not path.exists():
            yield _error(ids, _stem(path), str(path), "file not found")
            continue
        if not path.is_file():
            yield _error(ids, _stem(path), str(path), "not a regular file")
            continue
        if kind is None:
            note = f"unsupported file type (expected {', '.join(SUPPORTED_SUFFIXES)})"
            yield _error(ids, path.stem or path.name, str(path), note)
            continue
        yield from _READERS[kind](path, ids)


def _count_lines(path: Path) -> int:
    """Non-blank lines of a (possibly gzipped) file."""
    with _open_binary(path) as fh:
        return sum(1 for line in fh if line.strip())


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """Cheap total for a progress bar, or None when it would cost a full parse.

    JSONL counts non-blank lines, Parquet reads row counts from metadata, CSV
    (whose quoted fields may span lines) is parsed only when small.
    """
    import pyarrow.parquet as pq

    total = 0
    for path, _explicit in _expand(paths):
        kind = _kind(path)
        try:
            if kind is None or not path.is_file():
                total += 1
            elif kind == ".txt":
                total += 1
            elif kind in (".jsonl", ".ndjson"):
                total += _count_lines(path)
            elif kind == ".parquet":
                total += pq.ParquetFile(path).metadata.num_rows
            elif path.stat().st_size > _COUNT_PARSE_LIMIT:
                return None
            elif kind == ".jsonl.gz":
                total += _count_lines(path)
            else:  # .csv
                with _open_binary(path) as fh:
                    rows = csv.reader(iter(_DecodedLines(fh)))
                    total += max(0, sum(1 for row in rows if any(c.strip() for c in row)) - 1)
        except Exception:
            # unreadable file: iter_articles will give it one error row
            total += 1
    return total

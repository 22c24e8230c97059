"""Every output format of a run, written from the finished CSV tables in one place.

The runner streams its tables to CSV (memory stays flat whatever the corpus
size); :func:`write_outputs` then turns those files into what users open:
Parquet and JSON Lines with real value types (``--format``), the SQLite
database for Datasette (:mod:`pipeline.database`) and ``report.html``
(:mod:`pipeline.report`). Tables and columns come from
:mod:`pipeline.tables`, so new columns flow into every format; value types
come from :func:`pipeline.tables.column_type`.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .tables import OUTPUT_TABLES, column_type, swap_in_safe_copies, write_safe_copies

log = logging.getLogger(__name__)

FORMATS = ("csv", "parquet", "jsonl")
CHUNK_ROWS = 100_000  # rows per chunk when converting a table (bounds memory)
DB_NAME = "kutipan.db"
DATASETTE_METADATA = "metadata.json"  # the name Datasette's directory mode loads


@dataclass
class OutputOptions:
    """What a run writes besides its CSV tables (defaults as documented in the README)."""

    formats: tuple[str, ...] = ("csv",)
    db: str | None = None  # None: OUT/kutipan.db; "none": no database
    report: bool = True
    # processes writing the outputs side by side; the runner passes its number of local workers
    # (1: everything in this process, one after the other)
    jobs: int = 1


@dataclass
class OutputFiles:
    """Paths of what :func:`write_outputs` wrote."""

    tables: dict[str, list[Path]] = field(default_factory=dict)
    db: Path | None = None
    report: Path | None = None


def parse_formats(text: str) -> tuple[str, ...]:
    """``"csv,parquet"`` -> ``("csv", "parquet")``; unknown names raise ValueError."""
    names = tuple(dict.fromkeys(n.strip().lower() for n in text.split(",") if n.strip()))
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise ValueError(f"unknown format {', '.join(unknown) or repr(text)} (known: {', '.join(FORMATS)})")
    return names


def db_path(out_dir: str | Path, db: str | None) -> Path | None:
    """Where the database goes: ``--db PATH``, OUT/kutipan.db by default, None for ``--db none``."""
    if db is not None and db.strip().lower() in ("none", "no", "off", ""):
        return None
    return Path(db) if db else Path(out_dir) / DB_NAME


# --------------------------------------------------------------------------- typing

def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast table columns read as text to their types (nullable ints, floats, booleans)."""
    out = frame.copy()
    for col in out.columns:
        kind = column_type(col)
        values = out[col]
        if kind == "str":
            out[col] = values.fillna("").astype(str)
            continue
        blank = values.isna() | (values.astype(str).str.strip() == "")
        values = values.where(~blank, None)
        if kind == "int":
            out[col] = pd.to_numeric(values).astype("Int64")
        elif kind == "float":
            out[col] = pd.to_numeric(values).astype("Float64")
        elif kind == "bool":
            out[col] = values.map(_to_bool, na_action="ignore").astype("boolean")
        else:  # date: ISO day as text, null when unknown
            out[col] = values.astype("string")
    return out


def _to_bool(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def csv_path(out_dir: str | Path, name: str) -> Path:
    return Path(out_dir) / f"{name}.csv"


def iter_chunks(out_dir: str | Path, name: str, chunk_rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """The CSV table ``name`` as typed chunks (at least one, possibly empty)."""
    reader = pd.read_csv(csv_path(out_dir, name), dtype=str, keep_default_na=False, chunksize=chunk_rows)
    first = True
    for chunk in reader:
        first = False
        yield typed(chunk)
    if first:  # header only
        yield typed(pd.read_csv(csv_path(out_dir, name), dtype=str, keep_default_na=False))


def read_output_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """A table of a finished run, typed, from whichever format the run kept (CSV, Parquet, JSON Lines)."""
    out_dir = Path(out_dir)
    if csv_path(out_dir, name).is_file():
        return pd.concat(list(iter_chunks(out_dir, name)), ignore_index=True)
    if (out_dir / f"{name}.parquet").is_file():
        return typed(pd.read_parquet(out_dir / f"{name}.parquet"))
    if (out_dir / f"{name}.jsonl").is_file():
        frame = pd.read_json(out_dir / f"{name}.jsonl", lines=True, dtype=False)
        return typed(frame)
    raise FileNotFoundError(f"no {name}.csv, {name}.parquet or {name}.jsonl in {out_dir}")


# --------------------------------------------------------------------------- formats

def _arrow_schema(columns: list[str]):
    import pyarrow as pa

    kinds = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(),
             "str": pa.string()}
    return pa.schema([pa.field(c, kinds[column_type(c)]) for c in columns])


def _arrow_table(chunk: pd.DataFrame, schema):
    import pyarrow as pa

    arrays = []
    for col, fld in zip(chunk.columns, schema, strict=True):
        values = chunk[col]
        if pa.types.is_date32(fld.type):
            values = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
            arrays.append(pa.array(values, type=pa.timestamp("ns"), from_pandas=True).cast(fld.type))
        else:
            arrays.append(pa.array(values, type=fld.type, from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=schema)


class _TableSinks:
    """Parquet and JSON Lines files of one table, written chunk by chunk."""

    def __init__(self, out_dir: Path, name: str, formats: tuple[str, ...]) -> None:
        self.out_dir, self.name, self.formats = out_dir, name, formats
        self.paths: list[Path] = []
        self._parquet = None
        self._schema = None
        self._jsonl = None
        if "jsonl" in formats:
            path = out_dir / f"{name}.jsonl"
            self._jsonl = path.open("w", encoding="utf-8")
            self.paths.append(path)

    def add(self, chunk: pd.DataFrame) -> None:
        if "parquet" in self.formats:
            import pyarrow.parquet as pq

            if self._parquet is None:
                self._schema = _arrow_schema(list(chunk.columns))
                path = self.out_dir / f"{self.name}.parquet"
                self._parquet = pq.ParquetWriter(path, self._schema, compression="zstd")
                self.paths.append(path)
            self._parquet.write_table(_arrow_table(chunk, self._schema))
        if self._jsonl is not None and len(chunk):
            # pandas escapes every "/" as "\/"; plain slashes read better and decode the same
            text = chunk.to_json(orient="records", lines=True, force_ascii=False).replace("\\/", "/")
            self._jsonl.write(text if text.endswith("\n") else text + "\n")

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._jsonl is not None:
            self._jsonl.close()


# --------------------------------------------------------------------------- entry point

def write_outputs(out_dir: str | Path, options: OutputOptions | None = None, safe_csv: bool = False,
                  helper: Executor | None = None) -> OutputFiles:
    """Write the requested formats, the database and the report from the CSV tables in ``out_dir``.

    Runs after the runner has written every table. Files of a format not
    asked for (the CSV files themselves when ``csv`` is not among the
    formats, Parquet or JSON Lines left by an earlier run) are removed. With
    ``safe_csv`` the CSV files are made spreadsheet-safe last
    (:func:`pipeline.tables.write_safe_copies`). With ``options.jobs`` > 1 the
    safe copies, the formats and database, and the report's article pages are
    made in that many other processes at once (same files). Otherwise a
    ``helper`` process (:func:`pipeline.warm_process.warm_process`) draws the
    report while this one writes the rest.
    """
    options = options or OutputOptions()
    out_dir = Path(out_dir)
    with _pool(options.jobs) as pool:
        # the report first: the helper draws it from the tables as written while this process makes the
        # safe copies beside them (swapped in only after the report is done)
        report = _later_report(out_dir, helper) if options.report and pool is None else None
        copies = _later(pool, write_safe_copies, out_dir) if safe_csv and "csv" in options.formats else None
        tables = _later(pool, _write_formats_and_db, out_dir, options)
        files = OutputFiles()
        if options.report and pool is not None:
            from .report import write_report

            files.report = write_report(out_dir, pool=pool, pool_size=options.jobs)
        files.tables, files.db = tables()
        if report is not None:
            files.report = report()
        if copies is not None:
            swap_in_safe_copies(copies())
    _drop_unasked(out_dir, files.tables, options.formats)
    return files


def _write_report(out_dir: Path) -> Path:
    """``report.html`` of ``out_dir`` (a task for a helper process)."""
    from .report import write_report

    return write_report(out_dir)


def _later_report(out_dir: Path, helper: Executor | None) -> Callable[[], Path]:
    """The report drawn by ``helper`` (or now, without one); a helper that died leaves it to this process."""
    if helper is None:
        return _later(None, _write_report, out_dir)
    try:
        task = helper.submit(_write_report, out_dir)
    except (BrokenExecutor, RuntimeError):  # broken, or already shut down
        return _later(None, _write_report, out_dir)

    def result() -> Path:
        try:
            return task.result()
        except BrokenExecutor:
            log.warning("the report's helper process stopped; drawing the report in this process")
            return _write_report(out_dir)

    return result


def _pool(jobs: int):
    """A pool of ``jobs`` fresh processes (spawned: this one may hold threads), or none."""
    if jobs <= 1:
        return nullcontext(None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


def _later(pool: ProcessPoolExecutor | None, func: Callable, *args) -> Callable[[], Any]:
    """``func(*args)`` in the pool (or now, without one); call the result to get its value."""
    if pool is None:
        value = func(*args)
        return lambda: value
    return pool.submit(func, *args).result


def _write_formats_and_db(out_dir: Path, options: OutputOptions) -> tuple[dict[str, list[Path]], Path | None]:
    """Parquet / JSON Lines files and the database, from the CSV tables; their paths."""
    from .database import DatabaseWriter

    tables: dict[str, list[Path]] = {}
    names = [n for n in OUTPUT_TABLES if csv_path(out_dir, n).is_file()]
    target = db_path(out_dir, options.db)
    db = DatabaseWriter(target) if target is not None else None
    for name in names:
        sinks = _TableSinks(out_dir, name, options.formats)
        try:
            for chunk in iter_chunks(out_dir, name):
                sinks.add(chunk)
                if db is not None:
                    db.add(name, chunk)
        finally:
            sinks.close()
        tables[name] = ([csv_path(out_dir, name)] if "csv" in options.formats else []) + sinks.paths
    return tables, db.close(metadata_path=out_dir / DATASETTE_METADATA) if db is not None else None


def _drop_unasked(out_dir: Path, names: Iterable[str], formats: tuple[str, ...]) -> None:
    """A format not asked for this time must not linger from an earlier run (nor the CSV files)."""
    for name in names:
        for fmt in FORMATS:
            if fmt not in formats:
                (out_dir / f"{name}.{fmt}").unlink(missing_ok=True)

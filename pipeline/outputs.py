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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .tables import OUTPUT_TABLES, column_type

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

def write_outputs(out_dir: str | Path, options: OutputOptions | None = None) -> OutputFiles:
    """Write the requested formats, the database and the report from the CSV tables in ``out_dir``.

    Runs after the runner has written every table. Files of a format not
    asked for (the CSV files themselves when ``csv`` is not among the
    formats, Parquet or JSON Lines left by an earlier run) are removed.
    """
    from .database import DatabaseWriter

    options = options or OutputOptions()
    out_dir = Path(out_dir)
    files = OutputFiles()
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
        files.tables[name] = ([csv_path(out_dir, name)] if "csv" in options.formats else []) + sinks.paths
    if db is not None:
        files.db = db.close(metadata_path=out_dir / DATASETTE_METADATA)
    if options.report:
        from .report import write_report

        files.report = write_report(out_dir)
    for name in names:  # a format not asked for this time must not linger from an earlier run
        for fmt in FORMATS:
            if fmt not in options.formats:
                (out_dir / f"{name}.{fmt}").unlink(missing_ok=True)
    return files

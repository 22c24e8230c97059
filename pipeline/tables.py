"""Turn per-article results into pandas DataFrames and CSV files.

The runner streams: :class:`TableWriter` appends each batch of rows to the
CSV files, so memory does not grow with the number of articles. The column
lists below are the public contract of the output tables (see README).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .entities import entity_id_of
from .records import ArticleResult

QUOTE_COLUMNS = [
    "article_id", "quote_id", "quote_text", "quote_type", "speaker", "speaker_mention",
    "speaker_role", "speaker_org", "cue", "sentence_index", "char_start", "char_end",
    "confidence", "resolution", "speaker_start", "speaker_end", "cue_start", "cue_end", "speaker_entity",
]
ARTICLE_COLUMNS = [
    "article_id", "source_path", "title", "url", "date", "source", "status", "message", "encoding",
    "n_chars", "n_paragraphs", "n_boilerplate_paragraphs", "n_duplicate_paragraphs", "n_sentences",
    "n_entities", "n_quotes",
]
SENTENCE_COLUMNS = ["article_id", "sentence_index", "paragraph", "char_start", "char_end", "text"]
ENTITY_COLUMNS = ["article_id", "entity_index", "text", "label", "char_start", "char_end", "source", "entity_id",
                  "canonical"]
MENTION_COLUMNS = ["article_id", "entity_id", "entity_kind", "canonical", "mention", "mention_kind", "char_start",
                   "char_end"]
PARAGRAPH_COLUMNS = ["article_id", "paragraph", "char_start", "char_end", "kept", "reason", "text"]

# offsets that are empty when there is nothing to point at (a carried speaker has no mention)
NULLABLE_INT_COLUMNS = ("speaker_start", "speaker_end", "cue_start", "cue_end")


def frame_of(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows as a DataFrame with the table's columns; optional offsets as nullable integers."""
    frame = pd.DataFrame(rows, columns=columns)
    for col in NULLABLE_INT_COLUMNS:
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame


TABLES = {
    "quotes": QUOTE_COLUMNS,
    "articles": ARTICLE_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
}


def _raw_span(result: ArticleResult, start: int, end: int) -> tuple[int | None, int | None]:
    """Raw offsets of a cleaned span; (None, None) for an absent span (-1)."""
    if start < 0:
        return None, None
    return result.doc.to_raw(start, end) if result.doc else (start, end)


def quote_rows(result: ArticleResult) -> list[dict]:
    """Quotes with offsets into the raw text and the raw substring as quote_text."""
    doc, art = result.doc, result.article
    rows = []
    for n, q in enumerate(result.quotes, 1):
        start, end = doc.to_raw(q.start, q.end) if doc else (q.start, q.end)
        speaker_start, speaker_end = _raw_span(result, q.speaker_start, q.speaker_end)
        cue_start, cue_end = _raw_span(result, q.cue_start, q.cue_end)
        rows.append({
            "article_id": art.article_id,
            "quote_id": f"{art.article_id}:q{n:03d}",
            "quote_text": art.text[start:end],
            "quote_type": q.quote_type,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "speaker_role": q.speaker_role,
            "speaker_org": q.speaker_org,
            "cue": q.cue,
            "sentence_index": q.sentence_index,
            "char_start": start,
            "char_end": end,
            "confidence": round(q.confidence, 3),
            "resolution": q.resolution,
            "speaker_start": speaker_start,
            "speaker_end": speaker_end,
            "cue_start": cue_start,
            "cue_end": cue_end,
            "speaker_entity": q.speaker_entity,
        })
    return rows


def article_row(result: ArticleResult) -> dict:
    art, doc = result.article, result.doc
    paragraphs = doc.paragraphs if doc else []
    n_dup = result.n_duplicate_paragraphs
    n_removed = sum(1 for p in paragraphs if not p.kept)
    return {
        "article_id": art.article_id,
        "source_path": art.source_path,
        "title": art.title,
        "url": art.url,
        "date": art.date,
        "source": art.source,
        "status": art.status,
        "message": art.message,
        "encoding": art.encoding,
        "n_chars": len(art.text or ""),
        "n_paragraphs": len(paragraphs),
        "n_boilerplate_paragraphs": n_removed - n_dup,
        "n_duplicate_paragraphs": n_dup,
        "n_sentences": len(result.sentences),
        "n_entities": len(result.entities),
        "n_quotes": len(result.quotes),
    }


def sentence_rows(result: ArticleResult) -> list[dict]:
    doc, aid = result.doc, result.article.article_id
    rows = []
    for s in result.sentences:
        start, end = doc.to_raw(s.start, s.end) if doc else (s.start, s.end)
        rows.append({"article_id": aid, "sentence_index": s.index, "paragraph": s.paragraph,
                     "char_start": start, "char_end": end, "text": s.text})
    return rows


def entity_rows(result: ArticleResult) -> list[dict]:
    """NER entities, each with the article entity it belongs to."""
    doc, aid, table = result.doc, result.article.article_id, result.table
    canonical = {e.entity_id: e.canonical for e in table.entities} if table else {}
    rows = []
    for n, e in enumerate(result.entities):
        start, end = doc.to_raw(e.start, e.end) if doc else (e.start, e.end)
        entity_id = entity_id_of(table, e) if table else ""
        rows.append({"article_id": aid, "entity_index": n, "text": e.text, "label": e.label,
                     "char_start": start, "char_end": end, "source": e.source, "entity_id": entity_id,
                     "canonical": canonical.get(entity_id, "")})
    return rows


def mention_rows(result: ArticleResult) -> list[dict]:
    """Every mention of every article entity (names, aliases, role short forms, descriptions)."""
    if result.table is None:
        return []
    rows = []
    for ent in result.table.entities:
        for m in ent.mentions:
            start, end = _raw_span(result, m.start, m.end)
            rows.append({"article_id": result.article.article_id, "entity_id": ent.entity_id,
                         "entity_kind": ent.kind, "canonical": ent.canonical, "mention": m.text,
                         "mention_kind": m.kind, "char_start": start, "char_end": end})
    return sorted(rows, key=lambda r: (r["char_start"], r["entity_id"]))


def paragraph_rows(result: ArticleResult) -> list[dict]:
    doc, aid = result.doc, result.article.article_id
    if doc is None:
        return []
    return [{"article_id": aid, "paragraph": p.index, "char_start": p.raw_start, "char_end": p.raw_end,
             "kept": p.kept, "reason": p.reason, "text": p.text} for p in doc.paragraphs]


def result_frames(results: Iterable[ArticleResult]) -> dict[str, pd.DataFrame]:
    """All tables for a handful of results, as DataFrames (for notebooks and tests)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for r in results:
        _collect(r, rows)
    return {name: frame_of(rows[name], cols) for name, cols in TABLES.items()}


def _collect(result: ArticleResult, rows: dict[str, list[dict]]) -> None:
    rows["quotes"].extend(quote_rows(result))
    rows["articles"].append(article_row(result))
    rows["sentences"].extend(sentence_rows(result))
    rows["entities"].extend(entity_rows(result))
    rows["mentions"].extend(mention_rows(result))
    rows["paragraphs"].extend(paragraph_rows(result))


def result_payload(result: ArticleResult) -> dict[str, list[dict]]:
    """All table rows of one article (what the corpus state stores per article)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    _collect(result, rows)
    return rows


# columns the corpus step adds to the per-article tables of a run (pipeline.corpus)
CORPUS_QUOTE_COLUMNS = [*QUOTE_COLUMNS, "quote_cluster_id", "speaker_id"]
CORPUS_ARTICLE_COLUMNS = [*ARTICLE_COLUMNS, "duplicate_of", "duplicate_similarity", "seen_before"]
RUN_TABLES = {**TABLES, "quotes": CORPUS_QUOTE_COLUMNS, "articles": CORPUS_ARTICLE_COLUMNS}
# corpus-wide tables written by write_corpus_tables (columns: pipeline.corpus)
CORPUS_TABLES = ("speakers", "quote_clusters", "paragraph_clusters")
OUTPUT_TABLES = (*RUN_TABLES, *CORPUS_TABLES)

# Value type of every output column, for Parquet, JSON Lines and SQLite (CSV has none).
# Columns not listed follow the name rules of column_type, so new columns get a type too.
COLUMN_TYPES = {
    "confidence": "float", "duplicate_similarity": "float", "kept": "bool",
    "paragraph": "int", "first_date": "date", "last_date": "date",
}
_INT_PREFIXES, _INT_SUFFIXES = ("n_",), ("_start", "_end", "_index")


def column_type(name: str) -> str:
    """``int``, ``float``, ``bool``, ``date`` (ISO day) or ``str`` for an output column."""
    if name in COLUMN_TYPES:
        return COLUMN_TYPES[name]
    if name.startswith(_INT_PREFIXES) or name.endswith(_INT_SUFFIXES):
        return "int"
    return "str"


# corpus-wide tables written by write_corpus_tables
CORPUS_TABLE_NAMES = ["speakers", "quote_clusters", "paragraph_clusters"]
# every table a run writes (its file is NAME.csv)
OUTPUT_TABLE_NAMES = [*RUN_TABLES, *CORPUS_TABLE_NAMES]

# --------------------------------------------------------------------------- safe CSV cells
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
# the text comes from untrusted web pages, so by default such cells get a leading apostrophe.
# A cell that already starts with an apostrophe gets one too, so that removing exactly one
# leading apostrophe from every cell that has one restores the exact text (read_table does).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_PREFIX = re.compile(r"^[=+\-@\t\r']")
# no NUL or other control character reaches a CSV cell (tab, newline, carriage return stay)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")


def safe_cell(value):
    """A CSV cell a spreadsheet shows as text: control characters out, formula starts prefixed
    (a plain number such as ``-1`` is no formula and stays as it is)."""
    if not isinstance(value, str) or not value:
        return value
    value = _CONTROL.sub(" ", value)
    return "'" + value if _NEEDS_PREFIX.match(value) and not _NUMBER.match(value) else value


def raw_cell(value):
    """The exact text of a cell written by :func:`safe_cell` (one leading apostrophe removed)."""
    return value[1:] if isinstance(value, str) and value.startswith("'") else value


def write_safe_copies(folder: str | Path, chunk_rows: int = 50_000) -> list[str]:
    """A spreadsheet-safe copy (see :func:`safe_cell`) next to each CSV file with rows
    (``.NAME.csv.safe``); their paths.

    The run writes exact text first, because the Parquet/JSON Lines files, the
    database and the report are made from the CSV files; the copies replace them
    last (:func:`swap_in_safe_copies`), and can be made meanwhile in another process.
    """
    copies = []
    for path in sorted(Path(folder).glob("*.csv")):
        tmp = path.with_name(f".{path.name}.safe")
        header = True
        for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=chunk_rows):
            _map_text(chunk, safe_cell, _unsafe).to_csv(tmp, mode="w" if header else "a", header=header,
                                                        index=False)
            header = False
        if not header:  # header only: nothing to make safe
            copies.append(str(tmp))
    return copies


def swap_in_safe_copies(copies: Iterable[str]) -> None:
    """Replace each CSV file by its safe copy (once nothing reads the exact text any more)."""
    for tmp in copies:
        os.replace(tmp, Path(tmp).with_name(Path(tmp).name[1:].removesuffix(".safe")))


def _has_control(column: pd.Series) -> pd.Series:
    """Cells with a control character (vectorised: most have none)."""
    return column.astype(str).str.contains(_CONTROL)


def _unsafe(column: pd.Series) -> pd.Series:
    """Cells :func:`safe_cell` would change (vectorised: most cells need nothing)."""
    text = column.astype(str)
    return text.str.contains(_CONTROL) | text.str.match(_NEEDS_PREFIX)


def _map_text(frame: pd.DataFrame, func, where=None) -> pd.DataFrame:
    """``func`` over every cell of the non-numeric columns (a copy); with ``where``, only over
    the cells of each column that ``where(column)`` marks."""
    frame = frame.copy()
    for col in frame.columns:
        if not (pd.api.types.is_numeric_dtype(frame[col]) or pd.api.types.is_bool_dtype(frame[col])):
            if where is None:
                frame[col] = frame[col].map(func)
                continue
            mask = where(frame[col])
            if mask.any():
                frame.loc[mask, col] = frame.loc[mask, col].map(func)
    return frame


def _no_control(value):
    return _CONTROL.sub(" ", value) if isinstance(value, str) else value


def write_csv(frame: pd.DataFrame, path: str | Path, raw: bool = False, append: bool = False) -> None:
    """Write ``frame`` as UTF-8 CSV; string cells made spreadsheet-safe unless ``raw``
    (exact text then, but still without NUL or control characters)."""
    frame = _map_text(frame, _no_control, _has_control) if raw else _map_text(frame, safe_cell, _unsafe)
    frame.to_csv(path, mode="a" if append else "w", header=not append, index=False)


class TableWriter:
    """Append results to UTF-8 CSV files in ``out_dir``, a batch at a time.

    ``csv_raw=False`` (the default) makes cells safe to open in a spreadsheet
    (see :func:`safe_cell`); ``True`` keeps the exact text.
    """

    def __init__(self, out_dir: str | Path, batch_size: int = 200,
                 tables: dict[str, list[str]] | None = None, csv_raw: bool = False) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.batch_size = batch_size
        self.tables = tables or TABLES
        self.csv_raw = csv_raw
        self.n_rows: dict[str, int] = {name: 0 for name in self.tables}
        self._rows: dict[str, list[dict]] = {name: [] for name in self.tables}
        self._pending = 0
        for name, cols in self.tables.items():  # start every file afresh, header only
            pd.DataFrame(columns=cols).to_csv(self.path(name), index=False)

    def path(self, name: str) -> Path:
        return self.out_dir / f"{name}.csv"

    def add(self, result: ArticleResult) -> None:
        _collect(result, self._rows)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()

    def add_rows(self, rows: dict[str, list[dict]]) -> None:
        """Add one article's rows as built by :func:`result_payload` (plus any extra columns)."""
        for name, items in rows.items():
            self._rows[name].extend(items)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        for name, cols in self.tables.items():
            if self._rows[name]:
                frame = frame_of(self._rows[name], cols)
                write_csv(frame, self.path(name), raw=self.csv_raw, append=True)
                self.n_rows[name] += len(frame)
                self._rows[name] = []
        self._pending = 0

    def close(self) -> None:
        self.flush()


def read_table(out_dir: str | Path, name: str, raw: bool = False) -> pd.DataFrame:
    """Read an output table back with the types it was written with (ids stay strings).

    Cells made spreadsheet-safe get their exact text back; pass ``raw=True``
    for tables written with ``--csv-raw`` (whose cells may start with ``'``).
    """
    frame = pd.read_csv(Path(out_dir) / f"{name}.csv", dtype={"article_id": str}, keep_default_na=False)
    return frame if raw else _map_text(frame, raw_cell)


def write_corpus_tables(out_dir: str | Path, tables, csv_raw: bool = False) -> None:
    """Write the corpus-wide tables of :class:`pipeline.corpus.CorpusTables`.

    ``speakers.csv`` keeps its earlier ``speaker`` column (the canonical name)
    next to the canonical ``speaker_id, name, aliases`` columns. The cluster
    tables are written a chunk at a time (they grow with the corpus).
    """
    out_dir = Path(out_dir)
    speakers = tables.speakers.copy()
    speakers["speaker"] = speakers["name"]
    write_csv(speakers, out_dir / "speakers.csv", raw=csv_raw)
    for name, chunks in (("quote_clusters", tables.quote_cluster_chunks()),
                         ("paragraph_clusters", tables.paragraph_cluster_chunks())):
        for n, chunk in enumerate(chunks):
            write_csv(chunk, out_dir / f"{name}.csv", raw=csv_raw, append=n > 0)

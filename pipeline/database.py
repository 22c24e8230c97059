"""The run's tables as one SQLite database, with what Datasette needs to explore it.

``kutipan.db`` holds every output table with primary keys, foreign keys
(quotes -> articles, speakers, quote clusters; sentences, entities and
paragraphs -> articles), an FTS5 index over the quote text and the
article's outlet and day copied onto each quote so they can be faceted.
``metadata.json`` beside it gives Datasette titles, descriptions, facets
and label columns, so ``datasette OUT/`` (directory mode) or
``datasette OUT/kutipan.db -m OUT/metadata.json`` is a searchable,
facetable interface with no configuration. Keys, links, facets and
descriptions live in ``pipeline/resources/database.json``.

Plain ``sqlite3`` from the standard library: the schema is generated from
the column lists, and FTS5 ships with every current SQLite build.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .tables import column_type

log = logging.getLogger(__name__)

SCHEMA_FILE = Path(__file__).resolve().parent / "resources" / "database.json"
_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "bool": "INTEGER", "date": "TEXT", "str": "TEXT"}
# columns copied from articles onto other tables (facets need them in the table itself)
ARTICLE_EXTRA = {"outlet": "str", "date_iso": "date"}
QUOTE_EXTRA = {"outlet": "outlet", "date": "date_iso"}  # quotes column -> articles column


@lru_cache(maxsize=1)
def schema() -> dict:
    """``pipeline/resources/database.json``: per table its keys, links, facets and descriptions."""
    data = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    for name, spec in data["tables"].items():
        for fk_parent in spec.get("foreign_keys", {}).values():
            if fk_parent not in data["tables"] or not data["tables"][fk_parent].get("primary_key"):
                raise ValueError(f"{SCHEMA_FILE}: {name} links to {fk_parent}, which has no primary key")
    return data


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def article_extra_columns(articles: pd.DataFrame) -> pd.DataFrame:
    """``outlet`` and ``date_iso`` (publication day) of articles, as the corpus step derives them."""
    from .clean import outlet_of
    from .corpus import parse_date
    from .records import Article

    def outlet(row) -> str:
        return outlet_of(Article(article_id=row.article_id, text="", source_path=row.source_path,
                                 url=row.url, source=row.source))

    out = articles.copy()
    out["outlet"] = [outlet(r) for r in articles[["article_id", "source_path", "url", "source"]].itertuples()]
    out["date_iso"] = articles["date"].map(parse_date)
    return out


class DatabaseWriter:
    """Builds the database in a temporary file, table by table, chunk by chunk, then moves it in place."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(self.path.name + ".tmp")
        self._tmp.unlink(missing_ok=True)
        self.conn = sqlite3.connect(self._tmp)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.columns: dict[str, list[str]] = {}
        self.ignored: dict[str, int] = {}

    def add(self, name: str, chunk: pd.DataFrame) -> None:
        """Insert a typed chunk of table ``name`` (creating the table on its first chunk)."""
        spec = schema()["tables"].get(name, {})
        if name == "articles":
            chunk = article_extra_columns(chunk)
        if name not in self.columns:
            self._create(name, list(chunk.columns), spec)
        for col in spec.get("foreign_keys", {}):  # "" is no link: NULL, so the key check passes
            if col in chunk.columns:
                chunk = chunk.assign(**{col: chunk[col].replace("", None)})
        rows = chunk.astype(object).where(chunk.notna(), None).itertuples(index=False, name=None)
        cols = self.columns[name]
        sql = (f"INSERT OR IGNORE INTO {_q(name)} ({', '.join(map(_q, cols))}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        cur = self.conn.executemany(sql, rows)
        self.ignored[name] = self.ignored.get(name, 0) + len(chunk) - max(cur.rowcount, 0)

    def _create(self, name: str, columns: list[str], spec: dict) -> None:
        fks = spec.get("foreign_keys", {})
        pk = [c for c in spec.get("primary_key", []) if c in columns]
        defs = []
        for col in columns:
            kind = ARTICLE_EXTRA.get(col) if name == "articles" and col in ARTICLE_EXTRA else column_type(col)
            ref = ""
            if col in fks:
                parent = fks[col]
                ref = f" REFERENCES {_q(parent)}({_q(schema()['tables'][parent]['primary_key'][0])})"
            defs.append(f"{_q(col)} {_SQL_TYPES[kind]}{ref}")
        if pk:
            defs.append(f"PRIMARY KEY ({', '.join(map(_q, pk))})")
        self.conn.execute(f"CREATE TABLE {_q(name)} ({', '.join(defs)})")
        for col in fks:
            if col in columns and (not pk or pk[0] != col):
                self.conn.execute(f"CREATE INDEX {_q(f'{name}_{col}')} ON {_q(name)}({_q(col)})")
        self.columns[name] = columns

    def _finish_quotes(self) -> None:
        """Copy outlet and day from articles onto quotes; index the quote text for full-text search."""
        if "quotes" not in self.columns:
            return
        if "articles" in self.columns:
            for col, src in QUOTE_EXTRA.items():
                self.conn.execute(f"ALTER TABLE quotes ADD COLUMN {_q(col)} TEXT")
                self.conn.execute(f"UPDATE quotes SET {_q(col)} = (SELECT a.{_q(src)} FROM articles a "
                                  "WHERE a.article_id = quotes.article_id)")
                self.conn.execute(f"CREATE INDEX {_q(f'quotes_{col}')} ON quotes({_q(col)})")
        fts = [c for c in schema()["tables"]["quotes"].get("fts", []) if c in self.columns["quotes"]]
        cols = ", ".join(map(_q, fts))
        self.conn.execute(f"CREATE VIRTUAL TABLE quotes_fts USING fts5({cols}, content=\"quotes\", "
                          "tokenize='unicode61 remove_diacritics 2')")
        self.conn.execute(f"INSERT INTO quotes_fts(rowid, {cols}) SELECT rowid, {cols} FROM quotes")

    def close(self, metadata_path: str | Path | None = None) -> Path:
        """Finish (FTS, key check), move the file into place and write Datasette's metadata."""
        self._finish_quotes()
        self.conn.commit()
        for name, n in self.ignored.items():
            if n:
                log.warning("%s: %d rows share a key with an earlier row (the same article given twice) and "
                            "are stored once in %s", name, n, self.path.name)
        broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            log.warning("%s: %d rows link to a missing row (first: %s)", self.path.name, len(broken), broken[0])
        self.conn.close()
        os.replace(self._tmp, self.path)
        if metadata_path is not None:
            Path(metadata_path).write_text(json.dumps(datasette_metadata(self.path.stem, self.columns),
                                                      ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return self.path


def datasette_metadata(db_name: str, columns: dict[str, list[str]]) -> dict:
    """Datasette metadata for the tables written: titles, descriptions, facets, labels, search."""
    spec = schema()
    tables = {}
    for name, cols in columns.items():
        t = spec["tables"].get(name, {})
        have = set(cols) | (set(QUOTE_EXTRA) if name == "quotes" else set())
        meta = {k: t[k] for k in ("title", "description") if k in t}
        meta["facets"] = [c for c in t.get("facets", []) if c in have]
        if t.get("label_column") in have:
            meta["label_column"] = t["label_column"]
        if t.get("sort_desc") in have:
            meta["sort_desc"] = t["sort_desc"]
        if name == "quotes":
            meta["fts_table"] = "quotes_fts"
        meta["columns"] = {c: d for c, d in t.get("columns", {}).items() if c in have}
        tables[name] = meta
    tables["quotes_fts"] = {"hidden": True}
    return {"title": spec["title"], "description": spec["description"],
            "databases": {db_name: {"tables": tables}}}

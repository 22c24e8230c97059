"""kutipan.db: every table, keys and links, full-text search, and Datasette's view of it."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.corpus import PARAGRAPH_CLUSTER_COLUMNS, QUOTE_CLUSTER_COLUMNS
from pipeline.database import ARTICLE_EXTRA, QUOTE_EXTRA, DatabaseWriter, schema
from pipeline.outputs import typed
from pipeline.speakers import SPEAKER_COLUMNS
from pipeline.tables import OUTPUT_TABLES, RUN_TABLES, read_table


@pytest.fixture(scope="module")
def db(corpus_out: Path):
    conn = sqlite3.connect(corpus_out / "kutipan.db")
    yield conn
    conn.close()


def test_every_table_with_every_row(corpus_out: Path, db: sqlite3.Connection) -> None:
    for name in OUTPUT_TABLES:
        (n,) = db.execute(f"SELECT count(*) FROM {name}").fetchone()
        assert n == len(read_table(corpus_out, name)), name


def test_quotes_link_to_articles_speakers_and_clusters(db: sqlite3.Connection) -> None:
    links = {(row[3], row[2]) for row in db.execute("PRAGMA foreign_key_list(quotes)")}
    assert links == {("article_id", "articles"), ("speaker_id", "speakers"), ("quote_cluster_id", "quote_clusters")}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    row = db.execute("SELECT s.name, a.outlet FROM quotes q JOIN speakers s USING (speaker_id) "
                     "JOIN articles a USING (article_id) WHERE q.quote_text LIKE 'Saya tidak mengomentari%'").fetchone()
    assert row[0] == "Sergey Lavrov" and row[1].endswith("corpus/000_dad35232df4ce05d.txt")


def test_full_text_search_on_quote_text(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT q.quote_text, q.speaker FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
                      "WHERE quotes_fts MATCH 'rumor' ORDER BY rank").fetchall()
    assert ("Saya tidak mengomentari rumor tersebut,", "Sergey Lavrov") in rows


def test_types_are_sql_types(db: sqlite3.Connection) -> None:
    cols = {r[1]: r[2] for r in db.execute("PRAGMA table_info(quotes)")}
    assert cols["char_start"] == "INTEGER" and cols["confidence"] == "REAL" and cols["quote_text"] == "TEXT"
    assert set(QUOTE_EXTRA) <= set(cols)
    kept = {r[0] for r in db.execute("SELECT DISTINCT kept FROM paragraphs")}
    assert kept == {0, 1}


def test_metadata_names_facets_and_search(corpus_out: Path) -> None:
    meta = json.loads((corpus_out / "metadata.json").read_text(encoding="utf-8"))
    quotes = meta["databases"]["kutipan"]["tables"]["quotes"]
    assert quotes["facets"] == ["speaker_id", "outlet", "quote_type", "date"]
    assert quotes["fts_table"] == "quotes_fts"
    assert quotes["title"] and quotes["description"]
    assert meta["databases"]["kutipan"]["tables"]["speakers"]["label_column"] == "name"


def test_schema_file_names_only_real_columns() -> None:
    columns = {**RUN_TABLES, "speakers": [*SPEAKER_COLUMNS, "speaker"], "quote_clusters": QUOTE_CLUSTER_COLUMNS,
               "paragraph_clusters": PARAGRAPH_CLUSTER_COLUMNS}
    columns["quotes"] = [*columns["quotes"], *QUOTE_EXTRA]
    columns["articles"] = [*columns["articles"], *ARTICLE_EXTRA]
    for name, spec in schema()["tables"].items():
        have = set(columns[name])
        named = [*spec.get("primary_key", []), *spec.get("foreign_keys", {}), *spec.get("facets", []),
                 *spec.get("fts", []), *spec.get("columns", {})]
        named += [spec[k] for k in ("label_column", "sort_desc") if k in spec]
        assert set(named) <= have, (name, set(named) - have)


def test_the_same_article_twice_is_stored_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    row = {c: "" for c in RUN_TABLES["articles"]} | {"article_id": "a1", "status": "ok", "date": "21/10/2025"}
    articles = typed(pd.DataFrame([row, row], dtype=str))
    writer = DatabaseWriter(tmp_path / "k.db")
    with caplog.at_level(logging.WARNING):
        writer.add("articles", articles)
        writer.close()
    conn = sqlite3.connect(tmp_path / "k.db")
    assert conn.execute("SELECT article_id, date_iso FROM articles").fetchall() == [("a1", "2025-10-21")]
    assert "stored once" in caplog.text


def _datasette(*args: str) -> dict:
    pytest.importorskip("datasette", reason="datasette not installed (pip install -e .[explore])")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "datasette", *args], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_datasette_searches_and_facets(corpus_out: Path) -> None:
    data = _datasette(str(corpus_out), "--get", "/kutipan/quotes.json?_search=rumor&_shape=objects")
    texts = [r["quote_text"] for r in data["rows"]]
    assert "Saya tidak mengomentari rumor tersebut," in texts
    assert set(data["facet_results"]) >= {"speaker_id", "outlet", "quote_type", "date"}
    speaker_facet = {f["label"] for f in data["facet_results"]["speaker_id"]["results"]}
    assert "Sergey Lavrov" in speaker_facet  # labelled by speakers.name


def test_datasette_finds_search_on_the_bare_database(corpus_out: Path) -> None:
    data = _datasette(str(corpus_out / "kutipan.db"), "--get", "/kutipan/quotes.json?_search=rumor&_shape=objects")
    assert any(r["speaker"] == "Sergey Lavrov" for r in data["rows"])

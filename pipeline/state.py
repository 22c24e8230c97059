"""The corpus state: what earlier runs processed, in one SQLite file.

Users run kutipan over a new dump every week; the state remembers every
article by the hash of its raw text (so a re-run skips it), the table rows it
produced, the compact signatures and LSH bucket heads of articles, paragraphs
and quotes (so new items join old clusters without re-reading old text) and
the resolved speakers. Every write happens inside :meth:`State.transaction`:
a batch of articles is committed together with all its rows, so a run that is
killed loses at most the batch in flight and never leaves half an article.

LSH bucket heads are an append-only log in SQLite (one row of packed arrays
per batch, committed with the batch) served from sorted numpy runs in memory
(8 bytes a head, about 1.7 KB an article: ~170 MB at 100k articles; the
index compares 50 of a key's 63 bits, see :class:`HeadIndex`). A
B-tree keyed by random 63-bit bucket keys had each batch's ~100k new heads
land on nearly every leaf page, so every commit rewrote the whole table and
the cost per batch grew with the corpus (18x the time for 10x the articles
from 10k to 100k). Appending and sorted runs keep the work per batch
proportional to the batch.

Without a state file a temporary one is used, so the same code path runs and
memory holds only the head index (rows and texts live on disk, not in Python).

Two runs on one state take turns: :func:`exclusive` holds a lock file
(``STATE.lock``) for the whole run, so their combined tables are those of
the two runs one after the other (the second says it is waiting). Within a
run, SQLite's WAL and ``BEGIN IMMEDIATE`` with a busy timeout let readers
(a notebook) look at the state meanwhile. A damaged, unwritable or foreign
state file gives a :class:`StateError` that names the file and what to do.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from filelock import FileLock, Timeout

from .errors import StateError

__all__ = ["SCHEMA_VERSION", "State", "content_hash", "exclusive", "state_errors"]

SCHEMA_VERSION = "2"  # 2: LSH heads as an append-only log of packed arrays
_CHUNK = 5000
BUSY_TIMEOUT_S = 60.0  # how long a write waits for another connection's transaction

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles(
    seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,
    date TEXT, date_iso TEXT, outlet TEXT, status TEXT,
    duplicate_of TEXT, duplicate_similarity REAL, root INTEGER,
    n_shingles INTEGER, shingles BLOB, payload TEXT);
CREATE TABLE IF NOT EXISTS paragraphs(
    pid INTEGER PRIMARY KEY, seq INTEGER NOT NULL, paragraph INTEGER, char_start INTEGER,
    char_end INTEGER, text TEXT, cluster INTEGER);
CREATE INDEX IF NOT EXISTS paragraphs_cluster ON paragraphs(cluster);
CREATE TABLE IF NOT EXISTS quotes(
    qid INTEGER PRIMARY KEY, seq INTEGER NOT NULL, quote_id TEXT, text TEXT, speaker TEXT,
    role TEXT, org TEXT, mention TEXT, cluster INTEGER, speaker_id TEXT, quote_cluster_id TEXT);
CREATE INDEX IF NOT EXISTS quotes_seq ON quotes(seq);
CREATE TABLE IF NOT EXISTS aliases(
    seq INTEGER NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lsh_log(
    run INTEGER PRIMARY KEY, keys BLOB NOT NULL, items BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS speakers(
    speaker_id TEXT PRIMARY KEY, name TEXT, aliases TEXT, roles TEXT, n_quotes INTEGER,
    n_articles INTEGER, kind TEXT, mentions TEXT);
"""

_RUN_SCHEMA = """
CREATE TEMP TABLE IF NOT EXISTS run_items(
    pos INTEGER PRIMARY KEY, article_id TEXT, seq INTEGER, seen_before TEXT, payload TEXT);
DELETE FROM temp.run_items;
"""


def content_hash(text: str) -> str:
    """Identity of an article for "seen before": sha1 of its raw text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _state_problem(path: Path, exc: BaseException, temporary: bool) -> str:
    """One line that names the state file, what is wrong and what to do."""
    text = str(exc) or type(exc).__name__
    where = f"the temporary state {path} (set TMPDIR to put it elsewhere)" if temporary else f"state {path}"
    low = text.lower()
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return (f"{where} is damaged or not a kutipan state ({text}): move it away and run again to start "
                "a new state, or restore it from a backup")
    if "disk is full" in low or "no space" in low:
        return f"{where}: disk full ({text}): free some space and run again; work already committed is kept"
    if "readonly" in low or "read-only" in low or "unable to open" in low or "permission" in low:
        return (f"cannot write {where} ({text}): the file and its folder must be writable (SQLite writes "
                f"{path.name}-wal and {path.name}-shm beside it); fix the permissions or choose another --state")
    if "locked" in low or "busy" in low:
        return f"{where} is busy ({text}): another program holds it; try again when it has finished"
    return f"{where}: {text}"


@contextmanager
def state_errors(path: str | Path, temporary: bool = False) -> Iterator[None]:
    """Turn SQLite errors about the state into one :class:`StateError` line."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StateError(_state_problem(Path(path), exc, temporary)) from exc


@contextmanager
def exclusive(path: str | Path, wait: float | None = None,
              notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold ``PATH.lock`` for a whole run so two runs on one state take turns.

    ``wait`` is the most seconds to wait for another run (None: as long as it
    takes); ``notify`` gets one line when this run has to wait. The lock is
    released by the operating system if the process dies, so it never goes stale.
    """
    lock = FileLock(f"{path}.lock")
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            limit = f"at most {wait:g} s" if wait is not None else "Ctrl-C to stop"
            if notify is not None:
                notify(f"kutipan: state {path} is in use by another kutipan run; waiting for it to finish ({limit})")
            lock.acquire(timeout=-1 if wait is None else wait)
    except Timeout as exc:
        raise StateError(f"state {path} is still in use by another kutipan run after {wait:g} s: "
                         "run again later, or use another --state") from exc
    except OSError as exc:
        raise StateError(f"cannot create the lock file {path}.lock ({exc.strerror or exc}): the state's folder "
                         "must be writable; fix the permissions or choose another --state") from exc
    try:
        yield
    finally:
        lock.release()


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _chunks_of(items: Iterable, size: int = _CHUNK) -> Iterator[list]:
    """Lists of ``size`` items from any iterable."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fetched(cursor: sqlite3.Cursor, size: int = _CHUNK) -> Iterator[tuple]:
    """Rows of a cursor fetched ``size`` at a time (the connection may write in between)."""
    while rows := cursor.fetchmany(size):
        yield from rows


# every character str.strip() removes: a speaker of only such characters is no speaker
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())

_ASSIGN_START = """
    DROP TABLE IF EXISTS temp.sid; DROP TABLE IF EXISTS temp.short; DROP TABLE IF EXISTS temp.shortc;
    CREATE TEMP TABLE sid(qid INTEGER PRIMARY KEY, speaker_id TEXT);
    CREATE TEMP TABLE short(qid INTEGER PRIMARY KEY, k TEXT)
"""
# the new assignment of every quote, written only where it changes
_ASSIGN_END = """
    CREATE TEMP TABLE shortc AS SELECT k, MIN(qid) AS c FROM temp.short GROUP BY k;
    CREATE UNIQUE INDEX temp.shortc_k ON shortc(k);
    UPDATE quotes SET speaker_id = n.sid, quote_cluster_id = n.qcid FROM (
        SELECT q.qid AS qid, COALESCE(s.speaker_id, '') AS sid, cq.quote_id AS qcid
        FROM quotes q LEFT JOIN temp.sid s ON s.qid = q.qid LEFT JOIN temp.short sh ON sh.qid = q.qid
        LEFT JOIN temp.shortc sc ON sc.k = sh.k JOIN quotes cq ON cq.qid = COALESCE(q.cluster, sc.c)) AS n
    WHERE quotes.qid = n.qid
      AND (COALESCE(quotes.speaker_id, '') != n.sid OR quotes.quote_cluster_id IS NOT n.qcid);
    DROP TABLE temp.sid; DROP TABLE temp.short; DROP TABLE temp.shortc
"""

# Quote clusters (quote_cluster_id, set by State.store_assignments), as the report and the
# quote_clusters table show them: the text of the cluster's first quote; the speaker most of its
# quotes name (ties: the one named first); the number of quotes, articles and outlets; the first
# and last date; the articles and the outlets in order of first quote (for a cluster of one
# article: that article and its outlet). Most reported first, then in order of first quote.
_QUOTE_CLUSTER_TEMP = ("qrow", "qarts", "qouts", "qvote")
# statements one by one (their text holds "; ", so no splitting on ";")
_QUOTE_CLUSTER_ROWS = (
    *(f"DROP TABLE IF EXISTS temp.{t}" for t in _QUOTE_CLUSTER_TEMP),
    """CREATE TEMP TABLE qrow AS
        SELECT q.qid AS qid, q.seq AS seq, COALESCE(q.speaker_id, '') AS speaker_id, q.quote_cluster_id AS k,
               a.article_id AS article_id, COALESCE(a.outlet, '') AS outlet, NULLIF(a.date_iso, '') AS d
        FROM quotes q JOIN articles a ON a.seq = q.seq""",
    """CREATE INDEX temp.qrow_k ON qrow(k, qid)""",
    # articles and outlets of each cluster spanning articles, in order of first quote: tables with a
    # key, so that the final query looks each cluster up (a join on a CTE scans it per cluster)
    """CREATE TEMP TABLE qarts AS
        WITH multi AS (SELECT k FROM temp.qrow GROUP BY k HAVING COUNT(DISTINCT seq) > 1)
        SELECT DISTINCT k, GROUP_CONCAT(article_id, '; ') OVER (
            PARTITION BY k ORDER BY f ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS ids
        FROM (SELECT k, article_id, MIN(qid) AS f FROM temp.qrow WHERE k IN multi GROUP BY k, article_id)""",
    """CREATE UNIQUE INDEX temp.qarts_k ON qarts(k)""",
    """CREATE TEMP TABLE qouts AS
        WITH multi AS (SELECT k FROM temp.qarts)
        SELECT DISTINCT k, GROUP_CONCAT(outlet, '; ') OVER (
            PARTITION BY k ORDER BY f ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS names
        FROM (SELECT k, outlet, MIN(qid) AS f FROM temp.qrow WHERE outlet != '' AND k IN multi
              GROUP BY k, outlet)""",
    """CREATE UNIQUE INDEX temp.qouts_k ON qouts(k)""",
    # the speaker most of a cluster's quotes name (ties: the one named first)
    """CREATE TEMP TABLE qvote AS SELECT k, speaker_id FROM (
        SELECT k, speaker_id, ROW_NUMBER() OVER (PARTITION BY k ORDER BY COUNT(*) DESC, MIN(qid)) AS r
        FROM temp.qrow WHERE speaker_id != '' GROUP BY k, speaker_id) WHERE r = 1""",
    """CREATE UNIQUE INDEX temp.qvote_k ON qvote(k)""",
)
_QUOTE_CLUSTERS = """
    WITH g AS (
        SELECT k, MIN(qid) AS first, COUNT(*) AS n_quotes, COUNT(DISTINCT seq) AS n_articles,
               COUNT(DISTINCT outlet) AS n_outlets, MIN(d) AS first_date, MAX(d) AS last_date
        FROM temp.qrow GROUP BY k)
    SELECT g.k AS quote_cluster_id, COALESCE(fq.text, '') AS text, COALESCE(v.speaker_id, '') AS speaker_id,
           COALESCE(sp.name, '') AS speaker, g.n_quotes, g.n_articles, g.n_outlets,
           COALESCE(g.first_date, '') AS first_date, COALESCE(g.last_date, '') AS last_date,
           CASE WHEN g.n_articles > 1 THEN arts.ids ELSE fa.article_id END AS article_ids,
           CASE WHEN g.n_articles > 1 THEN COALESCE(outs.names, '') ELSE COALESCE(fa.outlet, '') END AS outlets
    FROM g JOIN quotes fq ON fq.qid = g.first JOIN articles fa ON fa.seq = fq.seq
    LEFT JOIN temp.qvote v ON v.k = g.k LEFT JOIN temp.qarts arts ON arts.k = g.k
    LEFT JOIN temp.qouts outs ON outs.k = g.k
    LEFT JOIN speakers sp ON sp.speaker_id = v.speaker_id
    ORDER BY g.n_articles DESC, g.first
"""


KEY_BITS = 50  # bits of a 63-bit bucket key that the in-memory index keeps (see HeadIndex)
DIR_BITS = KEY_BITS - 32  # the top bits of a kept key: a compact run's directory slot
_DROP = 63 - KEY_BITS  # low bits dropped from a key


def _kept_bits(keys: np.ndarray) -> np.ndarray:
    """The top KEY_BITS bits of 63-bit keys (int64): what the index compares."""
    return keys >> _DROP


@dataclass(frozen=True)
class _PlainRun:
    """A small run: kept keys whole (int64) beside the head items (12 bytes a head)."""

    keys: np.ndarray  # sorted kept keys
    items: np.ndarray  # uint32

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, q: np.ndarray) -> np.ndarray:
        """Position of each sorted kept query key, -1 where absent."""
        pos = np.minimum(np.searchsorted(self.keys, q), len(self.keys) - 1)
        return np.where(self.keys[pos] == q, pos, -1)

    def kept_keys(self) -> np.ndarray:
        return self.keys


@dataclass(frozen=True)
class _CompactRun:
    """A large run: a directory over the top DIR_BITS bits of the kept keys, then only their low 32 bits
    beside the head items (8 bytes a head, plus 1 MiB of directory: 0.25 byte a head at ``max_run``)."""

    directory: np.ndarray  # uint32, 2**DIR_BITS + 1: slot s holds entries directory[s]:directory[s + 1]
    low: np.ndarray  # uint32 low 32 bits of the kept keys, sorted within each slot
    items: np.ndarray  # uint32
    steps: int  # binary-search steps that cover the fullest slot

    @classmethod
    def build(cls, keys: np.ndarray, items: np.ndarray) -> _CompactRun:
        """From sorted kept keys."""
        directory = np.searchsorted(keys >> 32, np.arange((1 << DIR_BITS) + 1)).astype(np.uint32)
        return cls(directory, (keys & 0xFFFFFFFF).astype(np.uint32), items, _steps(directory))

    def __len__(self) -> int:
        return len(self.low)

    def find(self, q: np.ndarray) -> np.ndarray:
        """Position of each sorted kept query key, -1 where absent."""
        slot, target = q >> 32, (q & 0xFFFFFFFF).astype(np.uint32)
        pos = self._search(slot, target, after_equal=False)
        hit = (pos < self.directory[slot + 1]) & (self.low[np.minimum(pos, len(self.low) - 1)] == target)
        return np.where(hit, pos, -1)

    def _search(self, slot: np.ndarray, target: np.ndarray, after_equal: bool) -> np.ndarray:
        """Where each (slot, low 32 bits) goes among the entries (before or after equal ones): a binary
        search inside each query's directory slot, all queries at once (``steps`` numpy passes)."""
        lo = self.directory[slot].astype(np.int64)
        hi = self.directory[slot + 1].astype(np.int64)
        last = len(self.low) - 1
        for _ in range(self.steps):
            mid = (lo + hi) >> 1
            at = self.low[np.minimum(mid, last)]
            right = (lo < hi) & ((at <= target) if after_equal else (at < target))
            lo = np.where(right, mid + 1, lo)
            hi = np.where(right, hi, mid)
        return lo

    def merged(self, newer: _CompactRun, chunk: int = 1 << 18) -> _CompactRun:
        """This run and a newer one as one (where both hold a key, this run's entry comes first and is
        found), without making their 8-byte keys: a merge stays at 8 bytes a head."""
        slots = np.repeat(np.arange(1 << DIR_BITS, dtype=np.int32), np.diff(newer.directory.astype(np.int64)))
        pos = np.concatenate([self._search(slots[i:i + chunk], newer.low[i:i + chunk], after_equal=True)
                              for i in range(0, len(slots), chunk)] or [np.zeros(0, dtype=np.int64)])
        del slots
        directory = self.directory + newer.directory
        return _CompactRun(directory, np.insert(self.low, pos, newer.low), np.insert(self.items, pos, newer.items),
                           _steps(directory))

    def kept_keys(self) -> np.ndarray:
        """The int64 kept keys again."""
        sizes = np.diff(self.directory.astype(np.int64))
        slot = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
        return (slot << 32) | self.low.astype(np.int64)


def _steps(directory: np.ndarray) -> int:
    """Binary-search steps that cover the fullest directory slot."""
    return int(np.diff(directory.astype(np.int64)).max()).bit_length()


Run = _PlainRun | _CompactRun


class HeadIndex:
    """LSH bucket key -> head item as a few sorted numpy runs (a binary-counter LSM).

    Adding a run merges it with the last runs while they are no more than
    twice its size, so there are O(log n) runs and every head is copied
    O(log n) times; a lookup is one vectorised search per run. Runs stop
    growing at ``max_run`` heads (32 MiB): a merge briefly holds both inputs
    and the output, and this bounds that extra memory. Runs are never
    modified in place, so a saved ``runs`` list is a snapshot (what a
    rolled-back transaction restores).

    Memory: runs of ``compact_min`` heads or more (nearly all heads of a large
    corpus) are :class:`_CompactRun`: 8 bytes a head (~1.7 KB an article)
    instead of 12. The index therefore compares only the top ``KEY_BITS`` (50)
    of a key's 63 bits: the directory slot (18 bits) and 32 stored bits. Two
    keys that differ only in the 13 dropped bits meet: a lookup may report the
    head of another bucket. At a million articles (~220M heads in ~50 full
    runs of 2**22) that happens to about one lookup in five million, some 50
    in the whole corpus, and it is harmless: a head is only a candidate,
    verified (MinHash overlap, text ratio) before an item joins its cluster;
    the item merely misses that one band, and it has 8-16 others and an exact
    hash. The three kinds share the index, so such a head may even be an item
    of another kind, which the corpus step skips as unknown. Keys are 63-bit and non-negative (as ``band_keys`` and
    ``exact_hash`` make them); the state's log keeps them whole.
    """

    def __init__(self, max_run: int = 1 << 22, compact_min: int = 1 << 20) -> None:
        self.runs: list[Run] = []
        self.max_run = max_run
        self.compact_min = compact_min

    def __len__(self) -> int:
        return sum(len(r) for r in self.runs)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Head of each key, -1 where the bucket has none (the oldest run's, should two runs hold it)."""
        keys = np.asarray(keys, dtype=np.int64)
        order = np.argsort(keys)
        q = _kept_bits(np.maximum(keys[order], 0))  # sorted queries walk each run in order: fewer cache misses
        found = np.full(len(keys), -1, dtype=np.int64)
        for run in self.runs:
            pos = run.find(q)
            new = (pos >= 0) & (found < 0)
            found[new] = run.items[pos[new]]
        found[keys[order] < 0] = -1
        out = np.empty_like(found)
        out[order] = found
        return out

    def add(self, keys: np.ndarray, items: np.ndarray) -> None:
        """Add heads for keys that have none (keys distinct; of keys that meet in the kept bits the first wins)."""
        if not len(keys):
            return
        keys = np.asarray(keys, dtype=np.int64)
        if keys.min() < 0:
            raise ValueError("LSH bucket keys must be non-negative 63-bit integers")
        kept = _kept_bits(keys)
        order = np.argsort(kept, kind="stable")
        kept, heads = kept[order], np.asarray(items)[order].astype(np.uint32)
        first = np.ones(len(kept), dtype=bool)
        first[1:] = kept[1:] != kept[:-1]
        runs = [*self.runs, self._run(kept[first], heads[first])]
        while (len(runs) > 1 and len(runs[-2]) <= 2 * len(runs[-1])
               and len(runs[-2]) + len(runs[-1]) <= self.max_run):
            runs[-2:] = [self._merge(runs[-2], runs[-1])]
        self.runs = runs

    def _merge(self, older: Run, newer: Run) -> Run:
        """One run of two; where both hold a key the older one's entry comes first (and is found)."""
        if len(older) + len(newer) >= self.compact_min:  # compact the smaller inputs, then merge compactly
            return self._compact(older).merged(self._compact(newer))
        ak, bk = older.kept_keys(), newer.kept_keys()
        pos = np.searchsorted(ak, bk, side="right")
        return _PlainRun(np.insert(ak, pos, bk), np.insert(older.items, pos, newer.items))

    @staticmethod
    def _compact(run: Run) -> _CompactRun:
        """The run in compact form (a plain input of a merge is below ``compact_min``: cheap to convert)."""
        return run if isinstance(run, _CompactRun) else _CompactRun.build(run.keys, run.items)

    def _run(self, keys: np.ndarray, items: np.ndarray) -> Run:
        """A run of sorted kept keys: compact from ``compact_min`` heads (below, the 1 MiB directory would
        cost more than the 4 bytes a head it saves)."""
        return _CompactRun.build(keys, items) if len(keys) >= self.compact_min else _PlainRun(keys, items)


class State:
    """SQLite-backed corpus state; ``path=None`` gives a temporary file removed on close."""

    def __init__(self, path: str | Path | None = None) -> None:
        self._tmpdir = None
        try:
            if path is None:
                self._tmpdir = tempfile.mkdtemp(prefix="kutipan-state-")
                path = Path(self._tmpdir) / "state.sqlite"
            self.path = Path(path)
            if self.path.is_dir():
                raise StateError(f"--state {self.path} is a folder: name a file such as kutipan.sqlite")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            where = Path(path or Path(tempfile.gettempdir()) / "kutipan-state-*")
            raise StateError(_state_problem(where, exc, self._tmpdir is not None or path is None)) from exc
        with state_errors(self.path, temporary=self._tmpdir is not None):
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
            self._open_schema()
        self._depth = 0
        self._heads = HeadIndex()
        self._heads_run = 0  # last lsh_log run merged into self._heads

    def _open_schema(self) -> None:
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # 16 MiB of pages: LSH heads live in memory (HeadIndex) and the rest is read in order;
        # a bigger cache only made a run's memory grow with the state (128 MiB: +130 MiB by 4,800 articles)
        self.conn.execute("PRAGMA cache_size=-16384")
        self.conn.executescript(_SCHEMA)
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            self.conn.close()
            raise StateError(f"state {self.path} has schema {row[0]}, this kutipan needs {SCHEMA_VERSION}: "
                             "use the kutipan version that wrote it, or start a new state with another --state")
        self.conn.executescript(_RUN_SCHEMA)

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        self.conn.close()
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing block (nested blocks join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        saved = self._heads.runs, self._heads_run
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._heads.runs, self._heads_run = saved  # the in-memory index follows the rollback
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _select_in(self, sql: str, ids: Iterable[int]) -> list[tuple]:
        """Run ``sql`` (with one ``{}`` for the placeholders) over ``ids`` in chunks."""
        out: list[tuple] = []
        for chunk in _chunks(sorted(ids)):
            out.extend(self.conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall())
        return out

    # ------------------------------------------------------------------ articles
    def seen(self, chash: str) -> str | None:
        """article_id under which this raw text was processed, or None."""
        row = self.conn.execute("SELECT article_id FROM articles WHERE content_hash=?", (chash,)).fetchone()
        return row[0] if row else None

    def has_article_id(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE article_id=?", (article_id,)).fetchone() is not None

    def next_ids(self) -> tuple[int, int, int]:
        """Next free (article seq, paragraph id, quote id)."""
        c = self.conn
        return tuple(int(c.execute(f"SELECT COALESCE(MAX({k}), 0) + 1 FROM {t}").fetchone()[0])
                     for k, t in (("seq", "articles"), ("pid", "paragraphs"), ("qid", "quotes")))

    def insert_articles(self, rows: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def article_shingles(self, seqs: Iterable[int]) -> dict[int, tuple[np.ndarray, int, str]]:
        """seq -> (sorted word 3-gram hashes, root seq, article_id)."""
        rows = self._select_in("SELECT seq, shingles, root, article_id FROM articles WHERE seq IN ({})", seqs)
        return {s: (np.frombuffer(sh, dtype=np.uint32), r, a) for s, sh, r, a in rows}

    def paragraph_seqs(self, pids: Iterable[int]) -> dict[int, int]:
        """pid -> article seq."""
        return dict(self._select_in("SELECT pid, seq FROM paragraphs WHERE pid IN ({})", pids))

    def articles_frame(self) -> pd.DataFrame:
        return pd.read_sql_query("SELECT seq, article_id, date_iso, outlet, root FROM articles ORDER BY seq",
                                 self.conn)

    def n_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # ------------------------------------------------------------------ LSH and items
    def _sync_heads(self) -> None:
        """Merge log runs written since the last sync (all of them on first use; another
        process may have added some)."""
        cur = self.conn.execute("SELECT run, keys, items FROM lsh_log WHERE run > ? ORDER BY run",
                                (self._heads_run,))
        for run, keys, items in cur:  # row by row: no second copy of the whole log
            self._heads.add(np.frombuffer(keys, dtype="<i8").astype(np.int64),
                            np.frombuffer(items, dtype="<u4"))
            self._heads_run = run

    def release_heads(self) -> None:
        """Drop the in-memory head index (read back from the log on next use): the
        corpus-wide tables need the memory, not the index."""
        if self._depth:
            return  # a rollback could not restore what was dropped
        self._heads = HeadIndex(self._heads.max_run, self._heads.compact_min)
        self._heads_run = 0

    def lookup_heads(self, keys: np.ndarray) -> np.ndarray:
        """LSH bucket head item of each key (int64 array), -1 for an empty bucket."""
        self._sync_heads()
        return self._heads.lookup(keys)

    def add_heads(self, keys: np.ndarray, items: np.ndarray) -> None:
        """Make ``items`` the heads of the empty buckets ``keys`` (taken keys are ignored).

        One appended log row per call: the write is the size of the batch,
        not of the table.
        """
        self._sync_heads()
        keys = np.asarray(keys, dtype=np.int64)
        items = np.asarray(items, dtype=np.int64)
        keys, first = np.unique(keys, return_index=True)
        items = items[first]
        free = self._heads.lookup(keys) < 0
        keys, items = keys[free], items[free]
        if not len(keys):
            return
        if items.min() < 0 or items.max() >= 2**32:  # ids count items (articles, paragraphs, quotes)
            raise ValueError("LSH head item ids must fit in 32 bits")
        cur = self.conn.execute("INSERT INTO lsh_log(keys, items) VALUES(?, ?)",
                                (keys.astype("<i8").tobytes(), items.astype("<u4").tobytes()))
        self._heads.add(keys, items)
        self._heads_run = cur.lastrowid

    def _logged_heads(self) -> list[tuple[int, int]]:
        """All (bucket key, head) pairs in key order, from the log: the in-memory index keeps only
        KEY_BITS bits of a key."""
        keys, items = [], []
        for k, v in self.conn.execute("SELECT keys, items FROM lsh_log ORDER BY run"):
            keys.append(np.frombuffer(k, dtype="<i8").astype(np.int64))
            items.append(np.frombuffer(v, dtype="<u4").astype(np.int64))
        if not keys:
            return []
        k, v = np.concatenate(keys), np.concatenate(items)
        order = np.argsort(k, kind="stable")
        return list(zip(k[order].tolist(), v[order].tolist(), strict=True))

    def item_texts(self, kind: str, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
        """id -> (text, cluster) for paragraphs or quotes."""
        table, key = {"paragraph": ("paragraphs", "pid"), "quote": ("quotes", "qid")}[kind]
        rows = self._select_in(f"SELECT {key}, text, cluster FROM {table} WHERE {key} IN ({{}})", ids)
        return {i: (t, c) for i, t, c in rows}

    def insert_paragraphs(self, rows: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO paragraphs VALUES(?,?,?,?,?,?,?)", rows)

    def insert_quotes(self, rows: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO quotes(qid, seq, quote_id, text, speaker, role, org, mention, "
                              "cluster) VALUES(?,?,?,?,?,?,?,?,?)", rows)

    def insert_aliases(self, rows: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO aliases(seq, alias, canonical) VALUES(?,?,?)", rows)

    def aliases_frame(self) -> pd.DataFrame:
        """Person aliases learned inside articles (``Gus Ipul`` -> ``Saifullah Yusuf``), one row per article."""
        return pd.read_sql_query("SELECT DISTINCT alias, canonical FROM aliases ORDER BY alias, canonical",
                                 self.conn)

    def speaker_quote_chunks(self, rows: int = 50_000) -> Iterator[pd.DataFrame]:
        """Quotes that have a speaker, without their text, ``rows`` at a time in qid order: what speaker
        resolution reads (it keeps them as integer codes, so the whole frame is never in memory)."""
        chunks = pd.read_sql_query(
            "SELECT q.qid, q.seq, q.speaker, q.role, q.mention, q.cluster, COALESCE(a.date_iso, '') AS date "
            "FROM quotes q JOIN articles a ON a.seq = q.seq "
            "WHERE TRIM(COALESCE(q.speaker, ''), ?) != '' ORDER BY q.qid", self.conn, params=(_SPACES,),
            chunksize=rows)
        for frame in chunks:
            frame["cluster"] = frame["cluster"].astype("Int64")
            for col in ("speaker", "role", "mention", "date"):
                frame[col] = frame[col].fillna("").astype(str)
            yield frame

    def speaker_quotes_frame(self) -> pd.DataFrame:
        """All of :meth:`speaker_quote_chunks` as one frame (small states, notebooks)."""
        frames = list(self.speaker_quote_chunks())
        if not frames:
            return pd.DataFrame(columns=["qid", "seq", "speaker", "role", "mention", "cluster", "date"])
        return pd.concat(frames, ignore_index=True)

    def duplicate_roots(self) -> dict[int, int]:
        """seq -> the seq of the article it near-duplicates (only near-duplicates)."""
        return dict(self.conn.execute("SELECT seq, root FROM articles WHERE root != seq").fetchall())

    def store_assignments(self, speaker_ids: Iterable[tuple[int, str]],
                          short_keys: Callable[[Iterable[tuple[int, str, str]]], Iterable[tuple[int, str]]]) -> None:
        """Write speaker_id and quote_cluster_id per quote, touching only rows that change.

        ``speaker_ids`` gives (qid, speaker_id) for the quotes that have a
        speaker (the others get ""). A quote without a MinHash cluster (too
        short) joins the first quote with the same ``short_keys`` key (its
        words and speaker). Done in SQLite, a chunk at a time.
        """
        c = self.conn
        self._script(_ASSIGN_START)
        for chunk in _chunks_of(speaker_ids):
            c.executemany("INSERT INTO temp.sid VALUES(?, ?)", chunk)
        rows = c.execute("SELECT q.qid, q.text, COALESCE(s.speaker_id, '') FROM quotes q "
                         "LEFT JOIN temp.sid s ON s.qid = q.qid WHERE q.cluster IS NULL ORDER BY q.qid")
        for chunk in _chunks_of(short_keys(_fetched(rows))):
            c.executemany("INSERT INTO temp.short VALUES(?, ?)", chunk)
        self._script(_ASSIGN_END)

    def _script(self, statements: str) -> None:
        """Statements separated by ``;`` one by one (``executescript`` would commit the transaction)."""
        for statement in statements.split(";"):
            if statement.strip():
                self.conn.execute(statement)

    def replace_speakers(self, speakers: pd.DataFrame) -> None:
        """Store the resolved speakers; identical input leaves the table unchanged."""
        cols = ["speaker_id", "name", "aliases", "roles", "n_quotes", "n_articles", "kind", "mentions"]
        new = [(a, b, c, d, int(e), int(f), g, h)
               for a, b, c, d, e, f, g, h in speakers[cols].itertuples(index=False, name=None)]
        old = self.conn.execute(f"SELECT {', '.join(cols)} FROM speakers ORDER BY speaker_id").fetchall()
        if sorted(new) == old:
            return
        self.conn.execute("DELETE FROM speakers")
        self.conn.executemany("INSERT INTO speakers VALUES(?,?,?,?,?,?,?,?)", new)

    def paragraph_cluster_chunks(self, columns: list[str], rows: int) -> Iterator[pd.DataFrame]:
        """Paragraphs whose cluster spans two or more articles, with the article count, ``rows`` at a time."""
        sql = """
            WITH shared AS (
                SELECT cluster, COUNT(DISTINCT seq) AS n_articles FROM paragraphs
                GROUP BY cluster HAVING COUNT(DISTINCT seq) > 1)
            SELECT c.pid AS cluster_pid, a.article_id, p.paragraph, p.char_start, p.char_end, p.text,
                   s.n_articles, ca.article_id AS c_article, c.paragraph AS c_paragraph
            FROM paragraphs p JOIN shared s ON p.cluster = s.cluster
            JOIN articles a ON a.seq = p.seq
            JOIN paragraphs c ON c.pid = p.cluster JOIN articles ca ON ca.seq = c.seq
            ORDER BY s.n_articles DESC, p.cluster, p.pid"""
        empty = True
        for frame in pd.read_sql_query(sql, self.conn, chunksize=rows):
            empty = False
            frame.insert(0, "paragraph_cluster_id",
                         frame["c_article"] + ":p" + frame["c_paragraph"].astype(int).map("{:03d}".format))
            yield frame[columns]
        if empty:
            yield pd.DataFrame(columns=columns)

    def quote_cluster_chunks(self, columns: list[str], rows: int) -> Iterator[pd.DataFrame]:
        """One row per quote cluster (first text, majority speaker, articles, outlets, dates), most
        reported first, ``rows`` at a time: see :data:`_QUOTE_CLUSTERS` for the rules."""
        for statement in _QUOTE_CLUSTER_ROWS:
            self.conn.execute(statement)
        try:
            empty = True
            for frame in pd.read_sql_query(_QUOTE_CLUSTERS, self.conn, chunksize=rows):
                empty = False
                yield frame[columns]
            if empty:
                yield pd.DataFrame(columns=columns)
        finally:
            for table in _QUOTE_CLUSTER_TEMP:
                self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")

    def table_rows(self, name: str) -> list[tuple]:
        """All rows of a state table in key order (to compare two states in tests)."""
        if name == "lsh":  # logical content: (bucket key, head), however the log was batched
            return self._logged_heads()
        key = {"articles": "seq", "paragraphs": "pid", "quotes": "qid",
               "speakers": "speaker_id", "meta": "key"}[name]
        return self.conn.execute(f"SELECT * FROM {name} ORDER BY {key}").fetchall()

    # ------------------------------------------------------------------ this run
    def log_item(self, pos: int, article_id: str, seq: int | None, seen_before: str = "",
                 payload: dict | None = None) -> None:
        """Remember an article of the current run (temp table, gone with the connection)."""
        self.conn.execute("INSERT INTO temp.run_items VALUES(?,?,?,?,?)",
                          (pos, article_id, seq, seen_before,
                           json.dumps(payload, ensure_ascii=False) if payload is not None else None))

    def seq_of(self, article_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM articles WHERE article_id=?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def run_items(self) -> Iterator[tuple[str, dict, dict]]:
        """(seen_before, payload, corpus info) for each article of this run, in input order.

        The payload comes from the state for stored articles; corpus info has
        duplicate_of, duplicate_similarity and {quote_id: (speaker_id, cluster id)}.
        """
        cur = self.conn.execute("""
            SELECT r.seen_before, r.payload, a.payload, a.seq, a.duplicate_of, a.duplicate_similarity
            FROM temp.run_items r LEFT JOIN articles a ON a.seq = r.seq ORDER BY r.pos""")
        for seen_before, own, stored, seq, dup, sim in cur:
            payload = json.loads(own if own is not None else stored)
            quotes = {}
            if seq is not None and own is None:
                quotes = {qid: (sid or "", cid or "") for qid, sid, cid in self.conn.execute(
                    "SELECT quote_id, speaker_id, quote_cluster_id FROM quotes WHERE seq=?", (seq,))}
            info = {"duplicate_of": dup or "", "duplicate_similarity": "" if sim is None else sim,
                    "quotes": quotes}
            yield seen_before or "", payload, info

"""Incremental runs with --state: skip what was seen, lose and duplicate nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.cli import main
from pipeline.runner import RunOptions, load_ner_cached, run
from pipeline.state import _DROP, DIR_BITS, HeadIndex, State, _CompactRun
from pipeline.tables import read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))[:4]
TABLES = ["articles", "quotes", "sentences", "entities", "paragraphs", "speakers", "quote_clusters",
          "paragraph_clusters"]
STATE_TABLES = ["articles", "paragraphs", "quotes", "lsh", "speakers", "meta"]


class Crash(Exception):
    pass


def _run(out: Path, state: Path | None, **kw) -> None:
    options = RunOptions(progress=False, state_path=str(state) if state else None, **kw)
    run(SEEDS, out, options, nlp=load_ner_cached(None))


def _state_rows(path: Path) -> dict[str, list[tuple]]:
    with State(path) as st:
        return {t: st.table_rows(t) for t in STATE_TABLES}


def _tables(out: Path, drop: tuple[str, ...] = ()) -> dict[str, list]:
    frames = {}
    for name in TABLES:
        frame = read_table(out, name)
        frames[name] = frame.drop(columns=[c for c in drop if c in frame.columns]).values.tolist()
    return frames


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("clean")
    _run(base / "out", base / "state.sqlite")
    return base / "out", base / "state.sqlite"


def test_rerun_skips_everything_and_changes_nothing(clean, tmp_path):
    out, state = clean
    state2 = tmp_path / "state.sqlite"
    shutil.copy(state, state2)
    before = _state_rows(state2)
    _run(tmp_path / "out", state2)
    assert _state_rows(state2) == before
    arts = read_table(tmp_path / "out", "articles")
    assert (arts["seen_before"] == arts["article_id"]).all()
    assert arts["message"].str.contains("already processed as").all()
    # the same tables apart from the two columns that say "seen before"
    assert _tables(tmp_path / "out", ("seen_before", "message")) == _tables(out, ("seen_before", "message"))
    for name in ("quotes", "speakers", "quote_clusters", "paragraph_clusters"):
        assert (tmp_path / "out" / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes()


def test_kill_half_way_then_rerun_equals_clean_run(clean, tmp_path):
    out, state = clean
    state2 = tmp_path / "state.sqlite"

    def crash(n_committed: int) -> None:
        if n_committed >= 2:
            raise Crash

    with pytest.raises(Crash):
        _run(tmp_path / "killed", state2, commit_every=1, on_commit=crash)
    with State(state2) as st:
        assert st.n_articles() == 2  # both committed articles survived, nothing else
    _run(tmp_path / "out", state2)
    assert _state_rows(state2) == _state_rows(state)
    arts = read_table(tmp_path / "out", "articles")
    assert (arts["seen_before"] != "").sum() == 2
    assert _tables(tmp_path / "out", ("seen_before", "message")) == _tables(out, ("seen_before", "message"))


def test_crash_inside_a_batch_rolls_back_the_whole_batch(tmp_path):
    def crash(n_committed: int) -> None:
        if n_committed >= 3:
            raise Crash

    with pytest.raises(Crash):
        _run(tmp_path / "o", tmp_path / "state.sqlite", commit_every=3, on_commit=crash)
    # the callback runs after the commit: the batch of 3 is in, whole
    with State(tmp_path / "state.sqlite") as st:
        assert st.n_articles() == 3
        assert {r[1] for r in st.table_rows("quotes")} == {1, 2, 3}


def test_new_articles_join_existing_clusters_and_speakers(tmp_path):
    state = tmp_path / "state.sqlite"
    nlp = load_ner_cached(None)
    run([CORPUS / "000_dad35232df4ce05d.txt"], tmp_path / "w1", RunOptions(progress=False, state_path=str(state)),
        nlp=nlp)
    run([CORPUS / "002_536ced1bbd919f71.txt"], tmp_path / "w2", RunOptions(progress=False, state_path=str(state)),
        nlp=nlp)
    arts = read_table(tmp_path / "w2", "articles")
    assert arts["article_id"].tolist() == ["002_536ced1bbd919f71"]
    assert arts["duplicate_of"].tolist() == ["000_dad35232df4ce05d"]
    quotes = read_table(tmp_path / "w2", "quotes")
    assert quotes["quote_cluster_id"].str.startswith("000_dad35232df4ce05d:").sum() >= 5
    clusters = read_table(tmp_path / "w2", "quote_clusters")  # whole state: both weeks
    assert clusters["n_articles"].max() == 2
    speakers = read_table(tmp_path / "w2", "speakers")
    assert speakers.loc[speakers["name"] == "Sergey Lavrov", "n_articles"].tolist() == [2]


def test_cli_state_option_and_exit_codes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS[0], src / "a.txt")
    shutil.copy(SEEDS[0], src / "b.txt")  # the same text twice in one dump
    args = ["run", str(src), "--out", str(tmp_path / "o"), "--state", str(tmp_path / "s.sqlite"), "-q"]
    assert main(args) == 0
    arts = read_table(tmp_path / "o", "articles").set_index("article_id")
    assert arts.loc["b", "status"] == "skipped_seen" and arts.loc["b", "seen_before"] == "a"
    assert "same text as article a" in arts.loc["b", "message"]
    assert main(args) == 0  # all seen: still a success, not "nothing could be read"


def test_compact_head_runs_match_a_dict():
    """Compact runs (directory slot + low 32 bits): keys sharing their low 32 kept bits in other slots,
    keys sharing a slot, merges of runs; keys differing only in the dropped bits meet (documented)."""
    rng = np.random.default_rng(2)
    index = HeadIndex(max_run=1 << 12, compact_min=1)  # every run compact, merges capped
    low = 123 << _DROP  # the same low 32 kept bits ...
    same_low = [(slot << (_DROP + 32)) | low for slot in (0, 1, 5, (1 << DIR_BITS) - 1)]  # ... in other slots
    same_slot = [(7 << (_DROP + 32)) | (x << _DROP) for x in (0, 1, 2, 0xFFFFFFFF)]
    expected = {k: i for i, k in enumerate(same_low + same_slot)}
    index.add(np.array(list(expected), dtype=np.int64), np.array(list(expected.values())))
    for batch in range(30):
        keys = np.unique(rng.integers(0, 2**63 - 1, 300, dtype=np.int64))
        keys = keys[np.isin(keys >> _DROP, np.array(list(expected), dtype=np.int64) >> _DROP, invert=True)]
        index.add(keys, np.full(len(keys), 100 + batch))
        expected.update(dict.fromkeys(keys.tolist(), 100 + batch))
    assert all(isinstance(r, _CompactRun) for r in index.runs) and 1 < len(index.runs) < 10
    assert len(index) == len(expected)
    probe = np.array([*expected, (3 << (_DROP + 32)) | low, 12345 << (_DROP + 32), -5], dtype=np.int64)
    assert index.lookup(probe).tolist() == [*expected.values(), -1, -1, -1]
    assert index.lookup(np.array([same_low[2] + 1, same_low[2] + (1 << _DROP)])).tolist() == [2, -1]


def test_head_index_matches_a_dict_and_follows_rollback(tmp_path):
    rng = np.random.default_rng(1)
    path = tmp_path / "s.sqlite"
    expected: dict[int, int] = {}
    with State(path) as st:
        st._heads.max_run = 300  # small runs: merging and the size cap are exercised
        st._heads.compact_min = 100  # plain and compact runs side by side
        for batch in range(40):
            keys = rng.integers(0, 2**63 - 1, 57, dtype=np.int64)
            keys[:5] = list(expected)[:5] if expected else keys[:5]  # taken keys are ignored
            with st.transaction():
                st.add_heads(keys, np.full(len(keys), batch))
            for k in keys.tolist():
                expected.setdefault(k, batch)
        assert len(st._heads.runs) < 20
        probe = np.array([*expected, 12345], dtype=np.int64)
        assert st.lookup_heads(probe).tolist() == [*expected.values(), -1]
        with pytest.raises(Crash), st.transaction():
            st.add_heads(np.array([777, 888]), np.array([99, 99]))
            assert st.lookup_heads(np.array([777])).tolist() == [99]
            raise Crash
        assert st.lookup_heads(np.array([777, 888])).tolist() == [-1, -1]
        rows = st.table_rows("lsh")
    assert rows == sorted(expected.items())
    with State(path) as st:  # a reopened state reads the log back
        assert st.table_rows("lsh") == rows
        assert st.lookup_heads(probe).tolist() == [*expected.values(), -1]
        st.release_heads()  # dropped from memory, read back from the log when needed
        assert st.lookup_heads(probe).tolist() == [*expected.values(), -1]

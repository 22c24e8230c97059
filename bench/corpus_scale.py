"""How the corpus-level step scales: time and peak memory at 960, 1k, 10k and 100k articles.

The corpus step (``pipeline.corpus.add_batch`` per batch, then ``finalize``)
is what must not be quadratic in the number of articles. Base documents come
from running the real per-article stages over ``detik-2025.jsonl`` (960
articles; cached under ``--cache`` so later runs skip the NLP). Larger corpora
are made on the fly, never written to the repository: each synthetic article
starts from a base article and is either a near copy (word drops, swaps,
re-paragraphing: a republished story) or a rewritten one (many words replaced:
a new story on the same topic), with speaker names sometimes shortened or
re-spelled. They go through exactly the same functions as real runs.

Every size runs in a fresh subprocess so its peak RSS (``ru_maxrss``) is its
own; the state is a temporary SQLite file as in a run without ``--state``.
``finalize`` includes reading the two cluster tables back in chunks, as a
run writes them; the table also shows the peak after the ``add_batch`` phase.

    python bench/corpus_scale.py --input ../shared/corpus/detik-2025.jsonl --sizes 960 1000 10000 100000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.corpus import CorpusDoc, CorpusParagraph, CorpusQuote, add_batch, finalize  # noqa: E402
from pipeline.state import State, content_hash  # noqa: E402

OUTLETS = [f"outlet{i:02d}.example" for i in range(20)]


def base_docs(input_path: Path, cache_dir: Path) -> list[CorpusDoc]:
    """CorpusDocs of the real corpus, from the real per-article stages (cached)."""
    stat = input_path.stat()
    key = hashlib.sha1(f"{input_path.resolve()}:{stat.st_size}:{stat.st_mtime}".encode()).hexdigest()[:12]
    cache = cache_dir / f"base_{key}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from pipeline.clean import repeated_lines
    from pipeline.ingest import iter_articles
    from pipeline.runner import RunOptions, corpus_doc, load_ner_cached, process_articles

    repeated = repeated_lines(iter_articles([input_path]))
    docs = []
    started = time.perf_counter()
    for result in process_articles(iter_articles([input_path]), load_ner_cached(None), RunOptions(), repeated):
        if result.article.status in ("ok", "empty") and result.article.text:
            docs.append(corpus_doc(result, content_hash(result.article.text)))
    print(f"per-article stages on {len(docs)} articles: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cache_dir.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(docs))
    return docs


def _perturb_words(words: list[str], rng: random.Random, vocab: list[str], rewrite: float) -> list[str]:
    words = list(words)
    if rewrite:  # a different story: many words replaced
        words = [rng.choice(vocab) if rng.random() < rewrite else w for w in words]
    if len(words) > 6 and rng.random() < 0.5:  # word drops
        for _ in range(rng.randint(1, 2)):
            del words[rng.randrange(len(words))]
    if len(words) > 6 and rng.random() < 0.4:  # a swap of neighbours
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return words


def _variant(name: str, rng: random.Random) -> str:
    """Speaker as another outlet might write it: surname only, or another spelling."""
    parts = name.split()
    if len(parts) < 2 or not parts[0][:1].isupper():
        return name
    r = rng.random()
    if r < 0.2:
        return parts[-1]
    if r < 0.3 and parts[0].endswith("y"):
        return " ".join([parts[0][:-1] + "i", *parts[1:]])
    if r < 0.35 and len(parts) == 3:
        return f"{parts[0]} {parts[1]}-{parts[2].lower()}"
    return name


def synthetic(base: list[CorpusDoc], n: int, seed: int = 7, copy_share: float = 0.3):
    """Yield ``n`` synthetic CorpusDocs made from ``base`` (deterministic for a seed)."""
    rng = random.Random(seed)
    vocab = sorted({w for d in base[:200] for p in d.paragraphs for w in p.text.split()})
    for i in range(n):
        b = base[rng.randrange(len(base))]
        copy = rng.random() < copy_share
        rewrite = 0.0 if copy else 0.4
        paras = [" ".join(_perturb_words(p.text.split(), rng, vocab, rewrite)) for p in b.paragraphs]
        if len(paras) > 3 and rng.random() < 0.3:  # re-paragraphing: merge two, split one
            j = rng.randrange(len(paras) - 1)
            paras[j : j + 2] = [paras[j] + " " + paras[j + 1]]
            k = rng.randrange(len(paras))
            w = paras[k].split()
            if len(w) > 20:
                paras[k : k + 1] = [" ".join(w[: len(w) // 2]), " ".join(w[len(w) // 2 :])]
        text = "\n".join(paras)
        cparas, pos = [], 0
        for j, p in enumerate(paras):
            cparas.append(CorpusParagraph(j, pos, pos + len(p), p))
            pos += len(p) + 1
        aid = f"syn{i:06d}"
        quotes = [CorpusQuote(f"{aid}:q{j:03d}", " ".join(_perturb_words(q.text.split(), rng, vocab, rewrite)),
                              _variant(q.speaker, rng), q.role, q.org, q.mention)
                  for j, q in enumerate(b.quotes, 1)]
        yield CorpusDoc(aid, content_hash(f"{aid}\n{text}"), text,
                        date=f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2025 10:00",
                        outlet=rng.choice(OUTLETS), paragraphs=cparas, quotes=quotes)


def measure(docs, batch: int) -> dict:
    """Run the corpus step over ``docs`` in batches; seconds and peak RSS."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t_add = 0.0
    n = n_quotes = 0
    with State() as state:
        chunk: list[CorpusDoc] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= batch:
                t = time.perf_counter()
                add_batch(state, chunk)
                t_add += time.perf_counter() - t
                n += len(chunk)
                n_quotes += sum(len(d.quotes) for d in chunk)
                chunk = []
        if chunk:
            t = time.perf_counter()
            add_batch(state, chunk)
            t_add += time.perf_counter() - t
            n += len(chunk)
            n_quotes += sum(len(d.quotes) for d in chunk)
        rss_add = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak of the add_batch phase
        t = time.perf_counter()
        tables = finalize(state)
        # the cluster tables as a run writes them: a chunk at a time (their figures counted on the way)
        shared_clusters = sum(int((c["n_articles"] > 1).sum()) for c in tables.quote_cluster_chunks())
        paragraph_rows = sum(len(c) for c in tables.paragraph_cluster_chunks())
        t_fin = time.perf_counter() - t
        n_dup = state.conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of != ''").fetchone()[0]
        db_mb = state.path.stat().st_size / 1e6
    return {
        "articles": n, "quotes": n_quotes, "add_s": round(t_add, 1), "finalize_s": round(t_fin, 1),
        "total_s": round(t_add + t_fin, 1), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                                                  / 1024),
        "rss_before_mb": round(rss0), "rss_after_add_mb": round(rss_add), "state_mb": round(db_mb),
        "near_duplicates": int(n_dup), "shared_quote_clusters": shared_clusters, "speakers": len(tables.speakers),
        "shared_paragraph_rows": paragraph_rows,
    }


def child(args: argparse.Namespace) -> None:
    base = pickle.loads(Path(args.base_pickle).read_bytes())
    base = list({d.content_hash: d for d in reversed(base)}.values())[::-1]  # a run skips repeated texts
    docs = iter(base) if args.size == 0 else synthetic(base, args.size)
    print(json.dumps({"size": "real" if args.size == 0 else args.size, **measure(docs, args.batch)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/detik-2025.jsonl"))
    ap.add_argument("--sizes", nargs="+", default=["960", "1000", "10000", "100000"],
                    help="960 (or 'real') = the real corpus; other numbers = synthetic corpora of that size")
    ap.add_argument("--batch", type=int, default=500, help="articles per add_batch call (one transaction)")
    ap.add_argument("--cache", default="/tmp/kutipan-bench", help="where the base documents are cached")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--base-pickle", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    base = base_docs(Path(args.input), Path(args.cache))
    pkl = Path(args.cache) / "base_docs_current.pkl"
    pkl.write_bytes(pickle.dumps(base))
    print("| corpus | articles | quotes | seconds (add + finalize) | peak RSS MB (after add; before) | state MB "
          "| near-dups | shared quote clusters | speakers |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        n = 0 if size in ("real", str(len(base)), "960") else int(size)
        cmd = [sys.executable, __file__, "--child", "--size", str(n), "--batch", str(args.batch),
               "--base-pickle", str(pkl)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:  # say why a size failed instead of a bare exit status
            print(f"| size {size} failed (exit {done.returncode}) |", flush=True)
            print(done.stderr[-4000:], file=sys.stderr, flush=True)
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        label = "detik-2025 (real)" if n == 0 else "synthetic"
        print(f"| {label} | {r['articles']} | {r['quotes']} | {r['total_s']} ({r['add_s']} + {r['finalize_s']}) "
              f"| {r['peak_rss_mb']} ({r.get('rss_after_add_mb', '?')}; {r['rss_before_mb']}) | {r['state_mb']} "
              f"| {r['near_duplicates']} "
              f"| {r['shared_quote_clusters']} | {r['speakers']} |", flush=True)


if __name__ == "__main__":
    main()

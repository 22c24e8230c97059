"""How many glued words clean splits, with a random sample to check by hand.

    python bench/glue.py ../shared/corpus/multi-2025.jsonl ../shared/corpus/detik-2025.jsonl --sample 30

Runs only ingest and clean (seconds). For each input prints the number of
articles, of tokens split and of splits; then a seeded random sample of the
splits with their context, as ``before -> after``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean import clean  # noqa: E402
from pipeline.clean.glue import Vocabulary, glue_points  # noqa: E402
from pipeline.ingest import iter_articles  # noqa: E402


def splits_of(path: str) -> tuple[int, list[tuple[str, str, str]]]:
    """(articles, [(article id, token as written, token as split)]) over one input."""
    found, n = [], 0
    for article in iter_articles([path]):
        if article.status != "ok":
            continue
        n += 1
        doc = clean(article)
        vocab = Vocabulary.of(" ".join(p.text for p in doc.paragraphs))
        for para in doc.paragraphs:
            if not para.kept:
                continue
            raw = article.text[para.raw_start:para.raw_end]
            for word in raw.split():
                points = glue_points(word, vocab)
                if points:
                    split = word
                    for p in reversed(points):
                        split = split[:p] + " " + split[p:]
                    found.append((article.article_id, word, split))
    return n, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    everything = []
    for path in args.inputs:
        n, found = splits_of(path)
        print(f"{path}: {n} articles, {len(found)} glued tokens split, "
              f"{sum(s.count(' ') for _, _, s in found)} spaces inserted")
        everything += found
    rng = random.Random(args.seed)
    for aid, word, split in sorted(rng.sample(everything, min(args.sample, len(everything)))):
        print(f"  {aid:20} {word!r} -> {split!r}")


if __name__ == "__main__":
    main()

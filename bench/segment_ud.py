"""Sentence-boundary F1 of pipeline.segment on UD Indonesian, vs spaCy's sentencizer.

The UD files (``<shared>/data/ud/id_*-ud-*.conllu``) hold one sentence per
``# text`` line and carry no ``# newdoc`` / ``# newpar`` markers, so running
text is rebuilt by joining consecutive sentences with a single space into
pseudo-paragraphs of ``--group`` (default 10) sentences; if a file does have
``# newdoc``/``# newpar`` markers, they also start a new paragraph. Both
systems see the same paragraphs. A boundary is the character end offset of
a sentence inside its paragraph; the paragraph's own end is given for free
and not scored. Precision/recall/F1 are micro-averaged over those
boundaries.

Note that some UD-GSD "sentences" contain two orthographic sentences
(``... bulan Juli. Sampul resmi ...``), which caps every splitter's precision.

Usage::

    python bench/segment_ud.py [--shared ../shared] [--group 10] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.segment import split_sentences  # noqa: E402

FILES = [
    "id_gsd-ud-test.conllu",
    "id_csui-ud-test.conllu",
    "id_gsd-ud-dev.conllu",
    "id_csui-ud-train.conllu",
    "id_gsd-ud-train.conllu",
]


def read_paragraphs(path: Path, group: int) -> list[list[str]]:
    """Gold sentences of a CoNLL-U file grouped into pseudo-paragraphs."""
    paras: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")) and cur:
            paras.append(cur)
            cur = []
        elif line.startswith("# text ="):
            cur.append(line.split("=", 1)[1].strip())
            if len(cur) >= group:
                paras.append(cur)
                cur = []
    if cur:
        paras.append(cur)
    return paras


def gold_ends(sents: list[str]) -> tuple[str, set[int]]:
    """Paragraph text and the end offsets of all but its last sentence."""
    ends: set[int] = set()
    pos = 0
    for s in sents:
        pos += len(s)
        ends.add(pos)
        pos += 1
    text = " ".join(sents)
    ends.discard(len(text))
    return text, ends


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--shared", default=str(REPO.parent / "shared"), help="shared data dir (default ../shared)"
    )
    ap.add_argument("--group", type=int, default=10, help="gold sentences per pseudo-paragraph")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of ours per file")
    ap.add_argument("--files", nargs="*", default=None, help="file names under data/ud (default: all found)")
    args = ap.parse_args(argv)

    ud = Path(args.shared) / "data" / "ud"
    if not ud.is_dir():
        print(f"UD data not found at {ud}: pass --shared PATH (the dir holding data/ud/)", file=sys.stderr)
        return 2
    names = args.files or [f for f in FILES if (ud / f).exists()]

    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")

    rows = []
    for name in names:
        paras = read_paragraphs(ud / name, args.group)
        counts = {"ours": [0, 0, 0], "sentencizer": [0, 0, 0]}
        n_gold = 0
        t_ours = 0.0
        shown = 0
        for sents in paras:
            text, gold = gold_ends(sents)
            n_gold += len(gold)
            t0 = time.perf_counter()
            ours = {s.end for s in split_sentences(text)}
            t_ours += time.perf_counter() - t0
            ours.discard(len(text))
            doc = nlp(text)
            theirs = {s.end_char for s in doc.sents}
            theirs.discard(len(text))
            for key, pred in (("ours", ours), ("sentencizer", theirs)):
                c = counts[key]
                c[0] += len(pred & gold)
                c[1] += len(pred - gold)
                c[2] += len(gold - pred)
            if shown < args.errors:
                for off in sorted(ours ^ gold):
                    if shown >= args.errors:
                        break
                    kind = "FP (split, gold no)" if off in ours else "FN (gold split, ours no)"
                    print(f"{name} {kind}: ...{text[max(0, off - 70) : off]}‖{text[off : off + 50]}...")
                    shown += 1
        rows.append((name, n_gold, prf(*counts["ours"]), prf(*counts["sentencizer"]), t_ours))

    print(f"\npseudo-paragraphs of {args.group} gold sentences joined by one space\n")
    header = (
        f"{'file':<26} {'n_gold':>6}  {'ours P':>6} {'R':>6} {'F1':>6}  {'sent. P':>7} {'R':>6} {'F1':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, n_gold, (p, r, f), (sp, sr, sf), _ in rows:
        print(f"{name:<26} {n_gold:>6}  {p:>6.3f} {r:>6.3f} {f:>6.3f}  {sp:>7.3f} {sr:>6.3f} {sf:>6.3f}")
    total_ms = sum(r[4] for r in rows) * 1000
    print(f"\nours: {total_ms:.0f} ms for all files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

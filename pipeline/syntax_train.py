"""Train and score the Indonesian dependency parser (``kutipan train parser``).

The shipped parser (``models/id_ud_parser``) is a small spaCy CNN pipeline
(tok2vec + morphologizer + parser, ``configs/parser.cfg``) trained on the
Universal Dependencies Indonesian treebanks in ``../shared/data/ud``. The GSD
train file is not available, so the model trains on CSUI train + GSD dev (a
tenth held out for early stopping) and is scored on GSD test and CSUI test,
which it never sees.

Steps: ``spacy convert`` each CoNLL-U file into ``training/ud/`` (multi-word
tokens such as ``menyetujuinya`` merged back into one token, because the
attribution stage tokenises on whitespace and punctuation and never splits
clitics), keep only UPOS and the ``Voice`` feature (the two treebanks disagree
on the other features), train with ``spacy train``, score UAS/LAS (with and
without punctuation) on gold tokens, copy the best model and write its card.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ud"
DEFAULT_CONFIG = REPO / "configs" / "parser.cfg"
DEFAULT_WORKDIR = REPO / "training" / "ud"
DEFAULT_OUT = REPO / "models" / "id_ud_parser"

TRAIN_FILES = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
TEST_FILES = {"gsd-test": "id_gsd-ud-test.conllu", "csui-test": "id_csui-ud-test.conllu"}
KEEP_FEATS = ("Voice",)  # the only feature both treebanks annotate alike and attribution can use
DEV_EVERY = 10  # every 10th training sentence is held out for early stopping
PUNCT = "punct"


def _run(cmd: Sequence[str], env: dict[str, str] | None = None) -> None:
    log.info("running %s", " ".join(cmd))
    subprocess.run(list(cmd), check=True, env=env)


def _one_thread_env() -> dict[str, str]:
    """Training shares a small machine: keep BLAS to one thread."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = "1"
    return env


def _clean_docs(docs: list) -> list:
    """Keep UPOS and KEEP_FEATS only: the joint morphologizer labels stay few and consistent."""
    for doc in docs:
        for tok in doc:
            feats = {k: v for k, v in tok.morph.to_dict().items() if k in KEEP_FEATS}
            tok.set_morph(feats if feats else "")
    return docs


def convert(data_dir: Path, workdir: Path) -> dict[str, Path]:
    """CoNLL-U -> DocBin: ``train/``, ``dev/`` and one file per test set under ``workdir``."""
    import spacy
    from spacy.tokens import DocBin

    raw = workdir / "converted"
    raw.mkdir(parents=True, exist_ok=True)
    for name in (*TRAIN_FILES, *TEST_FILES.values()):
        src = data_dir / name
        if not src.exists():
            raise FileNotFoundError(f"missing UD file {src} (see shared/data/SOURCES.md)")
        _run([sys.executable, "-m", "spacy", "convert", "--merge-subtokens", "--n-sents", "1",
              "--converter", "conllu", str(src), str(raw)])

    nlp = spacy.blank("id")

    def load(name: str) -> list:
        path = raw / (Path(name).stem + ".spacy")
        return _clean_docs(list(DocBin().from_disk(path).get_docs(nlp.vocab)))

    train, dev = [], []
    for name in TRAIN_FILES:
        for i, doc in enumerate(load(name)):
            (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).append(doc)
    paths: dict[str, Path] = {}
    for key, docs in (("train", train), ("dev", dev)):
        (workdir / key).mkdir(parents=True, exist_ok=True)
        paths[key] = workdir / key / f"{key}.spacy"
        DocBin(docs=docs, store_user_data=False).to_disk(paths[key])
    for key, name in TEST_FILES.items():
        paths[key] = workdir / f"{key}.spacy"
        DocBin(docs=load(name)).to_disk(paths[key])
    log.info("train %d sentences, dev %d", len(train), len(dev))
    return paths


def score(model_dir: Path, docbin: Path) -> dict[str, float]:
    """UAS/LAS on gold tokens, with punctuation (CoNLL 2018 style) and without (spaCy style).

    Also the precision/recall of ``nsubj`` arcs (what ``cue_subject`` reads) and
    the speed, one sentence at a time as attribution calls it.

    The parser runs on a Doc built from the gold words, exactly as
    ``pipeline.syntax.parse`` does at run time. Labels are compared in full
    (``nsubj:pass`` != ``nsubj``); the root label is ``ROOT`` on both sides.
    """
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(model_dir)
    gold_docs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    n = n_np = uas = las = uas_np = las_np = pos = 0
    subj_tp = subj_gold = subj_pred = 0
    words = 0
    cpu = 0.0
    for gold in gold_docs:
        start = time.process_time()
        doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        cpu += time.process_time() - start
        words += len(doc)
        gold_subj = {(t.i, t.head.i) for t in gold if t.dep_ == "nsubj"}
        pred_subj = {(t.i, t.head.i) for t in doc if t.dep_ == "nsubj"}
        subj_tp += len(gold_subj & pred_subj)
        subj_gold += len(gold_subj)
        subj_pred += len(pred_subj)
        for g, p in zip(gold, doc, strict=True):
            head_ok = g.head.i == p.head.i
            lab_ok = head_ok and g.dep_.lower() == p.dep_.lower()
            n += 1
            uas += head_ok
            las += lab_ok
            pos += g.pos_ == p.pos_
            if g.dep_ != PUNCT:
                n_np += 1
                uas_np += head_ok
                las_np += lab_ok
    return {
        "sentences": len(gold_docs),
        "words": n,
        "uas": round(100 * uas / n, 2),
        "las": round(100 * las / n, 2),
        "uas_no_punct": round(100 * uas_np / n_np, 2),
        "las_no_punct": round(100 * las_np / n_np, 2),
        "upos": round(100 * pos / n, 2),
        "nsubj_p": round(100 * subj_tp / max(subj_pred, 1), 2),
        "nsubj_r": round(100 * subj_tp / max(subj_gold, 1), 2),
        "words_per_cpu_sec": round(words / cpu),  # one sentence at a time, CPU time of this process
    }


def _forget_paths(model_dir: Path) -> None:
    """Blank the scratch data paths in the shipped config: they name this machine's folders."""
    from thinc.api import Config

    cfg_path = model_dir / "config.cfg"
    cfg = Config().from_disk(cfg_path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(cfg_path)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def write_card(out: Path, scores: dict[str, dict[str, float]], train_secs: float, argv: Sequence[str]) -> None:
    """The model card: data, licence credit, scores, size, how to retrain."""
    import spacy

    spacy_version = spacy.__version__
    size_mb = dir_size(out) / 1e6
    rows = "\n".join(
        f"| {name} | {s['sentences']} | {s['words']} | {s['uas']:.2f} | {s['las']:.2f} "
        f"| {s['uas_no_punct']:.2f} | {s['las_no_punct']:.2f} | {s['upos']:.2f} "
        f"| {s['nsubj_p']:.1f} / {s['nsubj_r']:.1f} |"
        for name, s in scores.items()
    )
    speed = min(s["words_per_cpu_sec"] for s in scores.values())
    cmd = " ".join(["kutipan train parser", *argv]).strip()
    template = (Path(__file__).parent / "templates" / "parser_card.md").read_text(encoding="utf-8")
    text = template.format(rows=rows, size_mb=f"{size_mb:.1f}", train_min=f"{train_secs / 60:.1f}",
                           speed=f"{speed:,}", spacy_version=spacy_version, cmd=cmd, args=" ".join(argv))
    (out / "README.md").write_text(text, encoding="utf-8")


def train_parser_cli(argv: Sequence[str] | None = None) -> int:
    """``kutipan train parser``: convert, train, score, ship."""
    ap = argparse.ArgumentParser(prog="kutipan train parser", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UD CoNLL-U files")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="scratch folder (ignored by git)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the trained pipeline goes")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--max-epochs", type=int, default=None, help="override training.max_epochs")
    ap.add_argument("--score-only", action="store_true", help="skip training; score --out, rewrite its card")
    args = ap.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    argv = list(argv or [])

    paths = convert(args.data, args.workdir)
    train_secs = 0.0
    if not args.score_only:
        run_dir = args.workdir / "run"
        cmd = [sys.executable, "-m", "spacy", "train", str(args.config), "--output", str(run_dir),
               "--paths.train", str(paths["train"].parent), "--paths.dev", str(paths["dev"].parent)]
        if args.max_steps is not None:
            cmd += ["--training.max_steps", str(args.max_steps)]
        if args.max_epochs is not None:
            cmd += ["--training.max_epochs", str(args.max_epochs)]
        start = time.perf_counter()
        _run(cmd, env=_one_thread_env())
        train_secs = time.perf_counter() - start
        (args.workdir / "train_info.json").write_text(json.dumps({"train_secs": train_secs}), encoding="utf-8")
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(run_dir / "model-best", args.out)
        _forget_paths(args.out)

    scores = {name: score(args.out, paths[name]) for name in TEST_FILES}
    for name, s in scores.items():
        print(f"{name}: " + json.dumps(s))
    (args.workdir / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    info = args.workdir / "train_info.json"
    if args.score_only and info.is_file():  # re-score: keep the last training time on the card
        train_secs = json.loads(info.read_text(encoding="utf-8"))["train_secs"]
        argv = [a for a in argv if a != "--score-only"]
    write_card(args.out, scores, train_secs, argv)
    return 0


if __name__ == "__main__":
    sys.exit(train_parser_cli(sys.argv[1:]))

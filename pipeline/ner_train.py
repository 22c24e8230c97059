"""Train and evaluate the Indonesian news NER model (``kutipan train ner`` / ``kutipan ner evaluate``).

The public Indonesian NER sets use different tag names and schemes (BIO, IO)
and overlap: nearly every idner-news-2k sentence also stands in NER-UGM with
its own annotation. This module reads them all into one PER/ORG/LOC form,
deduplicates sentences across sets (one annotation per sentence, the target
set's own when it has one), keeps every evaluation sentence out of the
training data of the model that is scored on it, and trains with spaCy's own
training loop from ``configs/ner.cfg``.

Experiments (``--experiment``):

* ``ship`` / ``idner``: evaluated on idner-news-2k test, early-stopped on its
  dev, trained on everything else. ``ship`` also copies the model to ``--out``.
* ``nerui-K`` / ``nerugm-K`` (K = 1..5): evaluated on that fold's test file,
  early-stopped on its dev file, trained on all other sentences of all sets.
* ``nerui`` / ``nerugm`` / ``cv``: all five folds of one set / of both.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ner import normalize_label

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"
DEFAULT_CONFIG = REPO / "configs" / "ner.cfg"
DEFAULT_WORKDIR = REPO / "training"
LABELS = ("PER", "ORG", "LOC")
FOLDS = range(1, 6)

# Tag-like values of a CoNLL column; used to tell the tag column from a UPOS column.
_TAG_RE = re.compile(r"^(?:O|[BIES][-_]\w+|\w+[-_][BIES]|Person|Place|Organi[sz]ation)$", re.IGNORECASE)
_SENT_END = {".", "!", "?"}


@dataclass
class NerSentence:
    """One sentence: tokens and BIO tags over PER/ORG/LOC (other labels already dropped)."""

    tokens: list[str]
    tags: list[str]
    source: str = ""
    key: str = field(default="", repr=False)

    def spans(self) -> list[tuple[int, int, str]]:
        return bio_spans(self.tags)


def sentence_key(tokens: Sequence[str]) -> str:
    """Dedup key: lower-cased text with all non-word characters removed.

    Ignoring spaces and punctuation makes "sama - sama" and "sama-sama" (sets
    tokenise differently) the same sentence.
    """
    return re.sub(r"\W+", "", "".join(tokens).lower())


def normalize_tags(raw: Sequence[str]) -> list[str]:
    """Map BIO/IOB1/IO tags with any label spelling to BIO over PER/ORG/LOC.

    ``I-X`` (or a bare ``X`` in IO files) after a tag of another label starts
    a new entity, which reads IO and IOB1 files correctly.
    """
    out: list[str] = []
    prev = None
    for tag in raw:
        tag = tag.strip()
        prefix, label = "I", tag
        if tag in ("", "O", "0"):
            label = ""
        elif len(tag) > 2 and tag[1] in "-_" and tag[0].upper() in "BIES":
            prefix, label = tag[0].upper(), tag[2:]
        elif len(tag) > 2 and tag[-2] in "-_" and tag[-1].upper() in "BIES":
            prefix, label = tag[-1].upper(), tag[:-2]
        norm = normalize_label(label) if label else None
        if norm is None:
            out.append("O")
            prev = None
            continue
        begin = prefix in ("B", "S") or prev != norm
        out.append(("B-" if begin else "I-") + norm)
        prev = None if prefix in ("E", "S") else norm
    return out


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a normalized BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (label and tag[2:] != label):
            if label:
                spans.append((start, i, label))
            label = ""
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def _tag_column(rows: list[list[str]]) -> int:
    """Index of the column holding the NER tag (the last mostly tag-like column)."""
    width = max((len(r) for r in rows), default=1)
    best = width - 1
    for col in range(width - 1, 0, -1):
        vals = [r[col] for r in rows if len(r) > col and r[col]]
        if vals and sum(bool(_TAG_RE.match(v)) for v in vals) / len(vals) > 0.9:
            return col
    return best


def read_conll(path: str | Path, source: str = "", split_long: int = 120) -> list[NerSentence]:
    """Read a CoNLL-style file (one token a line, blank line between sentences).

    Columns may be separated by tabs or spaces; the token is the first column
    and the tag column is auto-detected (idner-news-2k has token, UPOS, tag).
    Blocks longer than ``split_long`` tokens (the Wikipedia file has whole
    paragraphs) are split after sentence-final punctuation.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    blocks: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in text.splitlines():
        line = line.rstrip("\r\n")
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        cur.append([f.strip() for f in fields])
    if cur:
        blocks.append(cur)
    rows = [r for b in blocks for r in b]
    col = _tag_column(rows)
    out: list[NerSentence] = []
    for block in blocks:
        tokens = [r[0] for r in block]
        tags = normalize_tags([r[col] if len(r) > col else "O" for r in block])
        for a, b in _split_points(tokens, tags, split_long):
            out.append(NerSentence(tokens[a:b], tags[a:b], source, sentence_key(tokens[a:b])))
    return out


def _split_points(tokens: list[str], tags: list[str], limit: int) -> list[tuple[int, int]]:
    if len(tokens) <= limit:
        return [(0, len(tokens))]
    cuts, start = [], 0
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if tok in _SENT_END and tags[i + 1] != "I" and not tags[i + 1].startswith("I-") and nxt[:1].isupper():
            cuts.append((start, i + 1))
            start = i + 1
    cuts.append((start, len(tokens)))
    return cuts


# ---------------------------------------------------------------- scoring


def score_spans(
    gold: Iterable[Iterable[tuple[int, int, str]]], pred: Iterable[Iterable[tuple[int, int, str]]]
) -> dict[str, dict[str, float]]:
    """Entity-level exact-span precision/recall/F1 (in %) per label and overall (micro)."""
    counts = {lab: [0, 0, 0] for lab in (*LABELS, "ALL")}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for lab in LABELS:
            gl = {s for s in gs if s[2] == lab}
            pl = {s for s in ps if s[2] == lab}
            c = counts[lab]
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
    for lab in LABELS:
        for k in range(3):
            counts["ALL"][k] += counts[lab][k]
    out = {}
    for lab, (tp, n_pred, n_gold) in counts.items():
        p = 100 * tp / n_pred if n_pred else 0.0
        r = 100 * tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"p": round(p, 2), "r": round(r, 2), "f": round(f, 2), "n_gold": n_gold, "n_pred": n_pred}
    return out


def predict_spans(nlp, sents: Sequence[NerSentence], title_rule: bool = False) -> list[list[tuple]]:
    """Run ``nlp`` over the gold tokenisation of ``sents`` and return predicted token spans."""
    from spacy.tokens import Doc

    from pipeline.ner import doc_entities

    if hasattr(nlp, "tagged_docs"):  # the stanza backend: its own tagging of the gold words
        docs = iter(nlp.tagged_docs([s.tokens for s in sents]))
    else:
        docs = nlp.pipe((Doc(nlp.vocab, words=s.tokens) for s in sents), batch_size=256)
    out = []
    for doc in docs:
        out.append([(e.start, e.end, e.label_) for e in doc_entities(doc, title_rule=title_rule)])
    return out


def evaluate_model(nlp, sents: Sequence[NerSentence], title_rule: bool = False) -> dict[str, dict[str, float]]:
    """Score ``nlp`` on gold sentences (gold tokenisation, exact spans)."""
    return score_spans([s.spans() for s in sents], predict_spans(nlp, sents, title_rule))


def format_scores(name: str, scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{name}", f"  {'label':<6}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for lab, s in scores.items():
        lines.append(f"  {lab:<6}{s['p']:>8.2f}{s['r']:>8.2f}{s['f']:>8.2f}{s['n_gold']:>7}{s['n_pred']:>7}")
    return "\n".join(lines)


# ---------------------------------------------------------------- data sets


def load_sets(data: Path) -> dict[str, list[NerSentence]]:
    """Every file of every set, keyed ``set/part`` (e.g. ``nerui/test.01``)."""
    parts: dict[str, list[NerSentence]] = {}
    for part in ("train", "dev", "test"):
        parts[f"idner/{part}"] = read_conll(data / "idner-news-2k" / f"{part}.txt", f"idner/{part}")
    for name in ("nerui", "nerugm"):
        for k in FOLDS:
            for part in ("train", "dev", "test"):
                key = f"{name}/{part}.0{k}"
                parts[key] = read_conll(data / name / f"{part}.0{k}.tsv", key)
    for part in ("train", "valid", "test"):
        parts[f"nergrit/{part}"] = read_conll(data / "nergrit" / f"{part}.txt", f"nergrit/{part}")
    parts["wiki"] = read_conll(data / "wiki-goldstandard-0811.txt", "wiki")
    return parts


def _set_pool(parts: dict[str, list[NerSentence]], name: str) -> list[NerSentence]:
    """All sentences of one set once (NER-UI/UGM: the union of their five test folds)."""
    if name in ("nerui", "nerugm"):
        keys = [f"{name}/test.0{k}" for k in FOLDS]
    elif name == "idner":
        keys = ["idner/train", "idner/dev", "idner/test"]
    elif name == "nergrit":
        keys = ["nergrit/train", "nergrit/valid", "nergrit/test"]
    else:
        keys = [name]
    return [s for k in keys for s in parts[k]]


def experiment_split(
    parts: dict[str, list[NerSentence]], experiment: str
) -> tuple[list[NerSentence], list[NerSentence], list[NerSentence]]:
    """(train, dev, eval) for an experiment; train never holds a dev or eval sentence."""
    if experiment in ("ship", "idner"):
        target, eval_part, dev_part = "idner", "idner/test", "idner/dev"
    else:
        m = re.fullmatch(r"(nerui|nerugm)-([1-5])", experiment)
        if not m:
            raise ValueError(f"unknown experiment {experiment!r}")
        target, k = m.group(1), m.group(2)
        eval_part, dev_part = f"{target}/test.0{k}", f"{target}/dev.0{k}"
    order = [target] + [n for n in ("idner", "nerui", "nerugm", "nergrit", "wiki") if n != target]
    eval_sents = [s for s in parts[eval_part] if s.key]
    held = {s.key for s in eval_sents}
    dev_sents = [s for s in parts[dev_part] if s.key and s.key not in held]
    held |= {s.key for s in dev_sents}
    seen: set[str] = set()
    train: list[NerSentence] = []
    for name in order:
        for s in _set_pool(parts, name):
            if s.key and s.key not in seen:
                seen.add(s.key)
                if s.key not in held:
                    train.append(s)
    return train, dev_sents, eval_sents


def to_docbin(sents: Sequence[NerSentence], path: Path) -> None:
    """Write sentences as a spaCy DocBin (gold tokenisation, entities from BIO)."""
    import spacy
    from spacy.tokens import DocBin, Span

    vocab = spacy.blank("id").vocab
    db = DocBin(store_user_data=False)
    from spacy.tokens import Doc

    for s in sents:
        doc = Doc(vocab, words=s.tokens)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in s.spans()]
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


# ---------------------------------------------------------------- training


def run_experiment(
    experiment: str,
    data: Path,
    config: Path,
    workdir: Path,
    overrides: dict[str, object],
    parts: dict[str, list[NerSentence]] | None = None,
) -> dict[str, object]:
    """Build the DocBins, train with spaCy's loop, score on the held-out set, save result.json."""
    import spacy
    from spacy.cli.train import train as spacy_train

    parts = parts if parts is not None else load_sets(data)
    train, dev, evals = experiment_split(parts, experiment)
    out = workdir / experiment
    to_docbin(train, out / "train.spacy")
    to_docbin(dev, out / "dev.spacy")
    log.info("%s: %d train, %d dev, %d eval sentences", experiment, len(train), len(dev), len(evals))
    t0 = time.time()
    spacy_train(
        config,
        out / "model",
        overrides={"paths.train": str(out / "train.spacy"), "paths.dev": str(out / "dev.spacy"), **overrides},
    )
    seconds = time.time() - t0
    nlp = spacy.load(out / "model" / "model-best")
    scores = evaluate_model(nlp, evals)
    result = {
        "experiment": experiment,
        "n_train": len(train),
        "n_train_words": sum(len(s.tokens) for s in train),
        "n_dev": len(dev),
        "n_eval": len(evals),
        "train_seconds": round(seconds, 1),
        "scores": scores,
    }
    (out / "result.json").write_text(json.dumps(result, indent=2))
    print(format_scores(f"{experiment} (trained {seconds / 60:.1f} min)", scores), flush=True)
    return result


def _expand(experiments: list[str]) -> list[str]:
    out = []
    for e in experiments:
        if e in ("nerui", "nerugm"):
            out += [f"{e}-{k}" for k in FOLDS]
        elif e == "cv":
            out += [f"{n}-{k}" for n in ("nerui", "nerugm") for k in FOLDS]
        else:
            out.append(e)
    return out


def _summary(results: list[dict]) -> dict[str, object]:
    summary: dict[str, object] = {}
    for name in ("nerui", "nerugm", "idner", "ship"):
        rs = [r for r in results if str(r["experiment"]).split("-")[0] == name]
        if rs:
            fs = [r["scores"]["ALL"]["f"] for r in rs]  # type: ignore[index]
            summary[name] = {
                "folds": {r["experiment"]: r["scores"]["ALL"]["f"] for r in rs},  # type: ignore[index]
                "mean_f": round(sum(fs) / len(fs), 2),
                "train_minutes": {r["experiment"]: round(r["train_seconds"] / 60, 1) for r in rs},  # type: ignore[operator]
            }
    return summary


def train_cli(argv: list[str]) -> int:
    """``kutipan train ner``: train (and cross-validate) the NER model reproducibly."""
    ap = argparse.ArgumentParser(prog="kutipan train ner", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="copy the 'ship' model here (models/id_news_ner)")
    ap.add_argument(
        "--experiment",
        nargs="+",
        default=["ship"],
        help="ship | idner | nerui[-K] | nerugm[-K] | cv (all ten folds); default ship",
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the NER sets (../shared/data/ner)")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="DocBins and checkpoints (ignored)")
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    if not log.handlers:  # spaCy logs through its own handler; keep ours separate to avoid doubled lines
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    if not args.data.exists():
        print(f"NER data not found at {args.data}; pass --data", file=sys.stderr)
        return 2
    overrides: dict[str, object] = {}
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    if args.seed is not None:
        overrides["system.seed"] = args.seed
    experiments = _expand(args.experiment)
    if args.out is not None and "ship" not in experiments:
        experiments.append("ship")
    parts = load_sets(args.data)
    results = []
    for exp in experiments:
        results.append(run_experiment(exp, args.data, args.config, args.workdir, overrides, parts))
        if exp == "ship" and args.out is not None:
            _ship(args.workdir / "ship" / "model" / "model-best", args.out, results[-1])
    summary = _summary(results)
    (args.workdir / "summary.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary))
    return 0


def _ship(model: Path, out: Path, result: dict) -> None:
    """Copy the trained pipeline to ``out`` (keeping a hand-written README.md) and record its scores."""
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name != "README.md":
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    for child in model.iterdir():
        dest = out / child.name
        shutil.copytree(child, dest) if child.is_dir() else shutil.copy2(child, dest)
    # the trained config points at this machine's DocBins; ship it path-free
    cfg = (out / "config.cfg").read_text(encoding="utf-8")
    cfg = re.sub(r'^(train|dev) = ".*"$', r"\1 = null", cfg, count=2, flags=re.MULTILINE)
    (out / "config.cfg").write_text(cfg, encoding="utf-8")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        {
            "name": "id_news_ner",
            "version": "0.1.0",
            "description": "Indonesian news NER (PER/ORG/LOC), small char-aware CNN; see README.md",
            "license": "MIT (as kutipan); training-data credits and terms in README.md",
            "kutipan_eval": {"idner-news-2k test": result["scores"]},
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2))


# ---------------------------------------------------------------- evaluation


def evaluate_cli(argv: list[str]) -> int:
    """``kutipan ner evaluate FILE... [--model DIR]``: exact-span P/R/F1 per label and overall."""
    ap = argparse.ArgumentParser(prog="kutipan ner evaluate", description="score NER on CoNLL-style files")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--model", default=None, help="spaCy pipeline dir (default: the shipped model)")
    ap.add_argument("--title-rule", action="store_true", help="apply pipeline.ner's title->PER rule")
    ap.add_argument("--backend", choices=("spacy", "stanza"), default="spacy",
                    help="score the stanza NER (models/stanza_id, or --model DIR) instead of spaCy's")
    args = ap.parse_args(argv)
    from pipeline.ner import load_ner

    nlp = load_ner(args.model, backend=args.backend)
    figures: dict[str, object] = {}
    all_gold: list = []
    all_pred: list = []
    for f in args.files:
        sents = read_conll(f, str(f))
        gold = [s.spans() for s in sents]
        t0 = time.perf_counter()
        pred = predict_spans(nlp, sents, args.title_rule)
        secs = time.perf_counter() - t0
        scores = score_spans(gold, pred)
        words = sum(len(s.tokens) for s in sents)
        print(format_scores(f"{f} ({len(sents)} sentences, {words / max(secs, 1e-9):,.0f} words/s)", scores))
        figures[str(f)] = scores
        all_gold += gold
        all_pred += pred
    if len(args.files) > 1:
        total = score_spans(all_gold, all_pred)
        print(format_scores("all files", total))
        figures["all"] = total
    print(json.dumps(figures))
    return 0

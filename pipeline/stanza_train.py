"""Train the Indonesian stanza models of the stanza backend (``kutipan train stanza``).

Everything is trained here, on CPU, with stanza's own training entry points
(``python -m stanza.models.tokenizer|tagger|lemmatizer|parser|ner_tagger``),
from the data in ``../shared``:

* word vectors: gensim word2vec (skip-gram, 50 dimensions, lower-cased) on the
  UD training text and the news corpus text, converted to stanza's pretrain
  format; the tagger, parser and NER share them;
* tokenize, pos, lemma, depparse: UD Indonesian CSUI train + GSD dev, every
  10th sentence held out for early stopping (as ``kutipan train parser``);
  multi-word tokens are merged back into one token (``menyetujuinya``), because
  attribution never splits clitics; XPOS and all features but ``Voice`` are
  dropped (the two treebanks disagree on them). Scored on GSD test and CSUI test;
* ner: the deduplicated PER/ORG/LOC sentences and experiments of
  :mod:`pipeline.ner_train` (``ship``: idner-news-2k test held out, its dev for
  early stopping; ``nerui-K``: fold K of NER-UI).

Scratch files go to ``training/stanza`` (ignored by git); the shipped files
and the model card to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import ner_train
from pipeline.stanza_backend import MODEL_FILES, StanzaUnavailable

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_OUT = REPO / "models" / "stanza_id"
DEFAULT_WORKDIR = REPO / "training" / "stanza"
TRAIN_FILES = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu")
TEST_FILES = {"gsd-test": "id_gsd-ud-test.conllu", "csui-test": "id_csui-ud-test.conllu"}
CORPUS_FILES = ("detik-2025.jsonl", "multi-2025.jsonl")
DEV_EVERY = 10
KEEP_FEATS = ("Voice",)
VECTOR_DIM = 50
SEED = "0"
_WORD_RE = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")

# Hyperparameters: stanza's architectures, made small enough to train in minutes on a CPU core.
TOKENIZE_ARGS = ["--steps", "1000", "--eval_steps", "250", "--max_steps_before_stop", "750",
                 "--no_use_mwt", "--hidden_dim", "64", "--emb_dim", "32"]
POS_ARGS = ["--max_steps", "300", "--eval_interval", "30", "--max_steps_before_stop", "150", "--batch_size", "64",
            "--hidden_dim", "128", "--char_hidden_dim", "128", "--deep_biaff_hidden_dim", "128",
            "--composite_deep_biaff_hidden_dim", "64", "--word_emb_dim", "50", "--char_emb_dim", "50",
            "--tag_emb_dim", "30", "--transformed_dim", "64"]
LEMMA_ARGS = ["--num_epoch", "5", "--decay_epoch", "3", "--hidden_dim", "100", "--emb_dim", "50", "--pos_dim", "50"]
DEPPARSE_ARGS = ["--max_steps", "300", "--eval_interval", "30", "--max_steps_before_stop", "150",
                 "--hidden_dim", "150", "--char_hidden_dim", "128", "--deep_biaff_hidden_dim", "100",
                 "--deep_biaff_output_dim", "100", "--word_emb_dim", "50", "--char_emb_dim", "50",
                 "--tag_emb_dim", "30", "--transformed_dim", "100", "--num_layers", "2",
                 "--batch_size", "1500", "--no_checkpoint"]
NER_ARGS = ["--max_steps", "1200", "--eval_interval", "300", "--max_steps_no_improve", "600",
            "--optim", "adam", "--lr", "0.0015", "--dropout", "0.3", "--hidden_dim", "128",
            "--char_hidden_dim", "64", "--char_emb_dim", "50", "--batch_size", "32"]


@dataclass
class Layout:
    """The scratch folder: prepared data, vectors, trained models, logs."""

    root: Path

    def __post_init__(self) -> None:
        for sub in ("data", "models", "logs"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def data(self, name: str) -> Path:
        return self.root / "data" / name

    def model(self, name: str) -> Path:
        return self.root / "models" / name

    def log(self, name: str) -> Path:
        return self.root / "logs" / f"{name}.log"


@dataclass
class Step:
    """One stanza training command and what it produced."""

    name: str
    cmd: list[str]
    output: Path
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- UD data


def read_conllu(path: Path) -> Iterator[tuple[list[str], list[list[str]]]]:
    """(comment lines, token rows) per sentence; empty nodes (``8.1``) are skipped."""
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield comments, rows
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "." not in cols[0]:
                rows.append(cols)
    if rows:
        yield comments, rows


def _misc(misc: str) -> str:
    return "SpaceAfter=No" if "SpaceAfter=No" in misc.split("|") else "_"


def _feats(feats: str) -> str:
    kept = [f for f in feats.split("|") if f.split("=", 1)[0] in KEEP_FEATS]
    return "|".join(kept) or "_"


def merge_mwt(rows: list[list[str]]) -> list[list[str]]:
    """Token rows with every multi-word token merged into one word.

    The merged word keeps the surface form and takes lemma, tags and relation
    from its syntactic head (the part whose head lies outside the token):
    ``menyetujuinya`` = ``menyetujui`` (acl) + ``nya`` (obj) becomes one ``acl``
    word, lemma ``setuju``. Heads pointing into the token point at it.
    """
    out: list[list[str]] = []
    new_id: dict[int, int] = {}
    i = 0
    while i < len(rows):
        row = rows[i]
        if "-" in row[0]:
            a, b = (int(x) for x in row[0].split("-"))
            parts = rows[i + 1 : i + 2 + b - a]
            ids = {int(p[0]) for p in parts}
            head = next((p for p in parts if int(p[6]) not in ids), parts[0])
            merged = [*head[:1], row[1], *head[2:9], row[9]]
            for p in parts:
                new_id[int(p[0])] = len(out) + 1
            out.append(merged)
            i += 1 + len(parts)
        else:
            new_id[int(row[0])] = len(out) + 1
            out.append(list(row))
            i += 1
    for k, row in enumerate(out, start=1):
        old_head = int(row[6]) if row[6].isdigit() else 0
        row[0], row[6] = str(k), str(new_id.get(old_head, 0)) if old_head else "0"
        row[4], row[5], row[8], row[9] = "_", _feats(row[5]), "_", _misc(row[9])
    return out


def _sentence_text(comments: list[str], rows: list[list[str]]) -> str:
    for c in comments:
        if c.startswith("# text ="):
            return c.split("=", 1)[1].strip()
    return "".join(r[1] + ("" if r[9] == "SpaceAfter=No" else " ") for r in rows).strip()


def write_conllu(sentences: Iterable[tuple[list[str], list[list[str]]]], path: Path) -> int:
    """Write merged sentences (``# text`` kept); return how many."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for comments, rows in sentences:
            merged = merge_mwt(rows)
            f.write(f"# sent_id = {n + 1}\n# text = {_sentence_text(comments, rows)}\n")
            f.write("".join("\t".join(r) + "\n" for r in merged) + "\n")
            n += 1
    return n


def prepare_ud(ud_dir: Path, lay: Layout) -> dict[str, Path]:
    """Merged CoNLL-U files: train, dev (every 10th training sentence) and the two test sets."""
    train, dev = [], []
    for name in TRAIN_FILES:
        src = ud_dir / name
        if not src.is_file():
            raise FileNotFoundError(f"missing UD file {src} (see shared/data/SOURCES.md)")
        for i, sent in enumerate(read_conllu(src)):
            (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).append(sent)
    paths = {"train": lay.data("ud-train.conllu"), "dev": lay.data("ud-dev.conllu")}
    write_conllu(train, paths["train"])
    write_conllu(dev, paths["dev"])
    for key, name in TEST_FILES.items():
        paths[key] = lay.data(f"ud-{key}.conllu")
        write_conllu(read_conllu(ud_dir / name), paths[key])
    return paths


def tokenizer_files(conllu: Path, lay: Layout, key: str) -> tuple[Path, Path]:
    """Raw text and character labels for the tokenizer, with stanza's own converters."""
    from stanza.utils.datasets import prepare_tokenizer_data
    from stanza.utils.datasets.conllu_to_text import convert_text

    txt, labels = lay.data(f"tok-{key}.txt"), lay.data(f"tok-{key}.toklabels")
    convert_text(str(conllu), str(txt))
    prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(lay.data(f"tok-{key}-mwt.json"))])
    return txt, labels


# --------------------------------------------------------------------------- word vectors


def words_of(text: str) -> list[str]:
    """Lower-cased words and punctuation, roughly as the UD treebanks tokenise."""
    return _WORD_RE.findall(text.lower())


def vector_sentences(ud_paths: Sequence[Path], corpus_dir: Path) -> list[list[str]]:
    """Training text for the vectors: UD training sentences and the news corpus, never a test set."""
    sents = [[r[1].lower() for r in merge_mwt(rows)] for p in ud_paths for _, rows in read_conllu(p)]
    for name in CORPUS_FILES:
        path = corpus_dir / name
        if not path.is_file():
            log.warning("no %s; word vectors trained without it", path)
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):  # not splitlines: U+2028 is text
            text = json.loads(line).get("text") or "" if line.strip() else ""
            sents += [words_of(par) for par in text.split("\n") if par.strip()]
    return [s for s in sents if s]


def train_vectors(sentences: list[list[str]], lay: Layout) -> Step:
    """gensim word2vec, then stanza's Pretrain converts the text vectors to its own format."""
    try:
        from gensim.models import Word2Vec
    except ImportError as exc:
        hint = 'pip install -e ".[stanza-train]"'
        raise StanzaUnavailable(f"training word vectors needs gensim: {hint} ({exc})") from exc
    from stanza.models.common.pretrain import Pretrain

    start = time.perf_counter()
    w2v = Word2Vec(sentences, vector_size=VECTOR_DIM, window=5, min_count=3, sg=1, epochs=5, workers=1, seed=0)
    vec = lay.data("vectors.txt")
    w2v.wv.save_word2vec_format(str(vec), binary=False)
    out = lay.model("pretrain.pt")
    out.unlink(missing_ok=True)
    Pretrain(str(out), str(vec)).load()
    n_words = sum(len(s) for s in sentences)
    return Step("pretrain", ["gensim Word2Vec(vector_size=50, window=5, min_count=3, sg=1, epochs=5)"], out,
                time.perf_counter() - start, {"words": n_words, "vocab": len(w2v.wv)})


# --------------------------------------------------------------------------- NER data


def write_ner_json(sents: Sequence[ner_train.NerSentence], path: Path) -> None:
    """stanza's NER format: a list of sentences, each a list of {text, ner} (BIO; stanza makes BIOES)."""
    data = [[{"text": t, "ner": g} for t, g in zip(s.tokens, s.tags, strict=True)] for s in sents]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def ner_files(experiment: str, ner_dir: Path, lay: Layout, parts=None) -> dict[str, Path]:
    """Train/dev/eval JSON for a :mod:`pipeline.ner_train` experiment (same dedup and held-out sets)."""
    parts = parts if parts is not None else ner_train.load_sets(ner_dir)
    train, dev, evals = ner_train.experiment_split(parts, experiment)
    paths = {k: lay.data(f"ner-{experiment}-{k}.json") for k in ("train", "dev", "eval")}
    for key, sents in (("train", train), ("dev", dev), ("eval", evals)):
        write_ner_json(sents, paths[key])
    log.info("NER %s: %d train, %d dev, %d eval sentences", experiment, len(train), len(dev), len(evals))
    return paths


# --------------------------------------------------------------------------- training steps


def _module(name: str) -> list[str]:
    return [sys.executable, "-m", f"stanza.models.{name}"]


def _common(save: Path, lang: bool = True) -> list[str]:
    return ["--shorthand", "id_kutipan", *(["--lang", "id"] if lang else []), "--save_dir", str(save.parent),
            "--save_name", save.name, "--seed", SEED, "--cpu"]


def syntax_steps(ud: dict[str, Path], tok: dict[str, tuple[Path, Path]], lay: Layout) -> list[Step]:
    """The four UD-trained processors (independent of each other: POS and lemma train on gold tags)."""
    pt = str(lay.model("pretrain.pt"))
    tagged = ["--train_file", str(ud["train"]), "--eval_file", str(ud["dev"]),
              "--output_file", str(lay.data("pred-dev.conllu"))]
    steps = [
        Step("tokenize", _module("tokenizer") + _common(lay.model("tokenize.pt")) + [
            "--mode", "train", "--txt_file", str(tok["train"][0]), "--label_file", str(tok["train"][1]),
            "--mwt_json_file", str(lay.data("tok-train-mwt.json")),
            "--dev_txt_file", str(tok["dev"][0]), "--dev_label_file", str(tok["dev"][1]),
            "--dev_conll_gold", str(ud["dev"]), "--conll_file", str(lay.data("tok-pred-dev.conllu")),
            *TOKENIZE_ARGS], lay.model("tokenize.pt")),
        Step("pos", _module("tagger") + _common(lay.model("pos.pt")) + [
            "--mode", "train", "--wordvec_pretrain_file", pt, *tagged, *POS_ARGS], lay.model("pos.pt")),
        Step("lemma", _module("lemmatizer") + _common(lay.model("lemma.pt"), lang=False) + [
            "--mode", "train", "--train_file", str(ud["train"]), "--eval_file", str(ud["dev"]),
            "--output_file", str(lay.data("lemma-pred-dev.conllu")), *LEMMA_ARGS], lay.model("lemma.pt")),
        Step("depparse", _module("parser") + _common(lay.model("depparse.pt")) + [
            "--mode", "train", "--wordvec_pretrain_file", pt, *tagged, *DEPPARSE_ARGS], lay.model("depparse.pt")),
    ]
    for s in steps:  # each step writes its own dev predictions
        s.cmd = [c.replace("pred-dev.conllu", f"pred-dev-{s.name}.conllu") for c in s.cmd]
    return steps


def ner_step(experiment: str, files: dict[str, Path], lay: Layout, max_steps: int | None = None) -> Step:
    name = "ner" if experiment == "ship" else f"ner-{experiment}"
    out = lay.model(f"{name}.pt")
    hyper = list(NER_ARGS)
    if max_steps:
        hyper[1] = str(max_steps)
    return Step(name, _module("ner_tagger") + _common(out, lang=False) + [
        "--mode", "train", "--wordvec_pretrain_file", str(lay.model("pretrain.pt")),
        "--train_file", str(files["train"]), "--eval_file", str(files["dev"]), *hyper], out,
        extra={"experiment": experiment, "eval_file": str(files["eval"])})


def run_step(step: Step, lay: Layout) -> Step:
    """Run one training command (one BLAS/torch thread; parallel steps share the machine)."""
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    step.output.unlink(missing_ok=True)
    log.info("training %s: %s", step.name, " ".join(step.cmd))
    start = time.perf_counter()
    with lay.log(step.name).open("w", encoding="utf-8") as logf:
        proc = subprocess.run(step.cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, check=False)
    step.seconds = time.perf_counter() - start
    if proc.returncode != 0 or not step.output.is_file():
        raise RuntimeError(f"stanza {step.name} training failed (exit {proc.returncode}); see {lay.log(step.name)}")
    log.info("%s trained in %.1f min", step.name, step.seconds / 60)
    return step


def run_steps(steps: list[Step], lay: Layout, jobs: int) -> list[Step]:
    """Run the steps ``jobs`` at a time; one failure does not stop the others, it is raised at the end."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(run_step, s, lay) for s in steps]
    errors = [f.exception() for f in futures if f.exception() is not None]
    if errors:
        raise errors[0]
    return [f.result() for f in futures]


_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", re.MULTILINE)


def seconds_from_log(path: Path) -> float:
    """Training time of an earlier run, from the first and last time stamps of its log."""
    from datetime import datetime

    stamps = _STAMP.findall(path.read_text(encoding="utf-8")) if path.is_file() else []
    if len(stamps) < 2:
        return 0.0
    first, last = (datetime.fromisoformat(t) for t in (stamps[0], stamps[-1]))
    return (last - first).total_seconds()


QUICK = {"--steps": "20", "--eval_steps": "10", "--max_steps": "20", "--eval_interval": "10",
         "--num_epoch": "1", "--decay_epoch": "1"}


def quick(step: Step) -> Step:
    """The same command with a few dozen steps: checks the set-up, trains nothing useful."""
    cmd = list(step.cmd)
    for i, arg in enumerate(cmd[:-1]):
        if arg in QUICK:
            cmd[i + 1] = QUICK[arg]
    step.cmd = cmd
    return step


# --------------------------------------------------------------------------- scoring


def score_parser(parser, conllu: Path) -> dict[str, float]:
    """UAS/LAS (with and without punctuation), UPOS, nsubj P/R on gold words, through ``pipeline.syntax``.

    The same function scores the spaCy and the stanza parser: both get the
    gold words exactly as attribution gives them words at run time.
    """
    from pipeline.syntax import parse_many

    sents = [rows for _, rows in read_conllu(conllu)]
    start = time.process_time()
    parsed = parse_many(parser, [[r[1] for r in rows] for rows in sents])
    cpu = time.process_time() - start
    c = dict.fromkeys(("n", "n_np", "uas", "las", "uas_np", "las_np", "pos", "s_tp", "s_gold", "s_pred"), 0)
    for rows, deps in zip(sents, parsed, strict=True):
        for r, d in zip(rows, deps, strict=True):
            head_ok = int(r[6]) - 1 == d.head
            lab_ok = head_ok and r[7].lower() == d.deprel
            punct = r[7] == "punct"
            c["n"] += 1
            c["n_np"] += not punct
            c["uas"] += head_ok
            c["las"] += lab_ok
            c["uas_np"] += head_ok and not punct
            c["las_np"] += lab_ok and not punct
            c["pos"] += r[3] == d.upos
            c["s_gold"] += r[7] == "nsubj"
            c["s_pred"] += d.deprel == "nsubj"
            c["s_tp"] += r[7] == "nsubj" and lab_ok
    pct = lambda a, b: round(100 * a / max(b, 1), 2)  # noqa: E731
    return {"sentences": len(sents), "words": c["n"], "uas": pct(c["uas"], c["n"]), "las": pct(c["las"], c["n"]),
            "uas_no_punct": pct(c["uas_np"], c["n_np"]), "las_no_punct": pct(c["las_np"], c["n_np"]),
            "upos": pct(c["pos"], c["n"]), "nsubj_p": pct(c["s_tp"], c["s_pred"]),
            "nsubj_r": pct(c["s_tp"], c["s_gold"]), "words_per_cpu_sec": round(c["n"] / max(cpu, 1e-9))}


def read_ner_json(path: Path) -> list[ner_train.NerSentence]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [ner_train.NerSentence([t["text"] for t in s], [t["ner"] for t in s]) for s in data]


def score_stanza_ner(root: Path, ner_model: Path, sents: Sequence[ner_train.NerSentence]) -> dict:
    """Exact-span P/R/F1 with :func:`pipeline.ner_train.score_spans`, the scorer of the spaCy model."""
    from pipeline.stanza_backend import build_pipeline, tag_sentences

    if not (root / "resources.json").is_file():
        (root / "resources.json").write_text("{}\n", encoding="utf-8")
    nlp = build_pipeline(root, ("tokenize", "ner"), tokenize_pretokenized=True, ner_model_path=str(ner_model))
    pred = tag_sentences(nlp, [s.tokens for s in sents])
    return ner_train.score_spans([s.spans() for s in sents], pred)


def dir_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


# --------------------------------------------------------------------------- the command


def _report(lay: Layout) -> dict:
    path = lay.root / "report.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _save_report(lay: Layout, report: dict) -> None:
    (lay.root / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


def _record(report: dict, steps: Iterable[Step]) -> None:
    """Commands (paths relative to the repository) and times of the steps just run."""
    runs = report.setdefault("steps", {})
    for s in steps:
        cmd = " ".join(Path(c).name if c == sys.executable else c for c in s.cmd).replace(str(REPO) + "/", "")
        runs[s.name] = {"seconds": round(s.seconds, 1), "cmd": cmd, **s.extra}


def ship(lay: Layout, out: Path) -> None:
    """Copy the trained files to ``out`` (with an empty resources.json: every path is explicit)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES.values():
        shutil.copy2(lay.model(name), out / name)
    (out / "resources.json").write_text("{}\n", encoding="utf-8")


def score_all(lay: Layout, ud: dict[str, Path], out: Path, ner_eval: Path) -> dict:
    """Stanza next to the shipped spaCy models, same data, same scorers."""
    from pipeline.ner import load_ner as load_spacy_ner
    from pipeline.stanza_backend import load_parser as load_stanza_parser
    from pipeline.syntax import DEFAULT_MODEL, load_parser

    scores: dict = {"syntax": {}, "ner": {}}
    parsers = {"stanza": load_stanza_parser(out), "spacy": load_parser(str(DEFAULT_MODEL))}
    for key in TEST_FILES:
        scores["syntax"][key] = {name: score_parser(p, ud[key]) for name, p in parsers.items() if p}
    sents = read_ner_json(ner_eval)
    scores["ner"]["idner-test"] = {
        "stanza": score_stanza_ner(out, out / MODEL_FILES["ner"], sents),
        "spacy": ner_train.evaluate_model(load_spacy_ner(None), sents),
    }
    scores["sizes_mb"] = {name: round((out / name).stat().st_size / 1e6, 2) for name in MODEL_FILES.values()}
    scores["sizes_mb"]["total"] = dir_mb(out)
    return scores


def cross_validate(experiments: list[str], args: argparse.Namespace, lay: Layout, report: dict) -> None:
    """Fold models (never shipped), each scored on its own held-out fold."""
    if not lay.model("pretrain.pt").is_file():
        ud = prepare_ud(args.data / "ud", lay)
        _record(report, [train_vectors(vector_sentences([ud["train"], ud["dev"]], args.corpus), lay)])
    if not lay.model("tokenize.pt").is_file():
        raise FileNotFoundError("train the shipped models first (kutipan train stanza): scoring needs tokenize.pt")
    parts = ner_train.load_sets(args.data / "ner")
    steps = [ner_step(e, ner_files(e, args.data / "ner", lay, parts), lay, args.ner_max_steps) for e in experiments]
    steps = run_steps([quick(s) if args.quick else s for s in steps], lay, args.jobs)
    _record(report, steps)
    cv = report.setdefault("ner_cv", {})
    for s in steps:
        scores = score_stanza_ner(lay.root / "models", s.output, read_ner_json(Path(s.extra["eval_file"])))
        cv[s.extra["experiment"]] = {"f": scores["ALL"]["f"], "p": scores["ALL"]["p"], "r": scores["ALL"]["r"],
                                     "minutes": round(s.seconds / 60, 1)}
        print(f"{s.extra['experiment']}: F1 {scores['ALL']['f']:.2f} (trained {s.seconds / 60:.1f} min)", flush=True)


def train_shipped(args: argparse.Namespace, lay: Layout, report: dict) -> None:
    """Vectors, the five processors, copy to ``--out``, score next to spaCy."""
    only = set(args.only.split(",")) if args.only else {"pretrain", "tokenize", "pos", "lemma", "depparse", "ner"}
    started = time.perf_counter()
    ud = prepare_ud(args.data / "ud", lay)
    tok = {key: tokenizer_files(ud[key], lay, key) for key in ("train", "dev")}
    if "pretrain" in only or not lay.model("pretrain.pt").is_file():
        _record(report, [train_vectors(vector_sentences([ud["train"], ud["dev"]], args.corpus), lay)])
    ner = ner_files("ship", args.data / "ner", lay)
    every = [*syntax_steps(ud, tok, lay), ner_step("ship", ner, lay, args.ner_max_steps)]
    for s in every:  # models kept from an earlier run: their command, and their time from the log
        if s.name not in only and s.name not in report.get("steps", {}):
            s.seconds = seconds_from_log(lay.log(s.name))
            _record(report, [s])
    steps = [quick(s) if args.quick else s for s in every if s.name in only]
    _record(report, run_steps(sorted(steps, key=lambda s: s.name != "ner"), lay, args.jobs))
    report["wall_minutes"] = round((time.perf_counter() - started) / 60, 1)
    ship(lay, args.out)
    report["scores"] = score_all(lay, ud, args.out, ner["eval"])


def train_stanza_cli(argv: Sequence[str] | None = None) -> int:
    """``kutipan train stanza``: train, ship and score the stanza models."""
    ap = argparse.ArgumentParser(prog="kutipan train stanza", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the shipped models go (models/stanza_id)")
    ap.add_argument("--data", type=Path, default=SHARED / "data", help="folder with ud/ and ner/ (../shared/data)")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="news text for the word vectors")
    ap.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="scratch folder (ignored by git)")
    ap.add_argument("--jobs", type=int, default=2, help="trainings run side by side, one thread each (default 2)")
    ap.add_argument("--only", default=None, help="comma list of pretrain,tokenize,pos,lemma,depparse,ner to retrain")
    ap.add_argument("--ner-experiment", nargs="+", default=None, metavar="EXP",
                    help="train and score NER fold models instead (nerui, nerui-K, nerugm, nerugm-K); not shipped")
    ap.add_argument("--ner-max-steps", type=int, default=None,
                    help=f"NER training steps (default {NER_ARGS[1]}; fewer for quicker fold runs)")
    ap.add_argument("--score-only", action="store_true", help="score the models in --out and rewrite the card")
    ap.add_argument("--quick", action="store_true", help="a few dozen steps per model: checks the set-up only")
    args = ap.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        import stanza  # noqa: F401
    except ImportError:
        print('kutipan train stanza: stanza is not installed; pip install -e ".[stanza-train]"', file=sys.stderr)
        return 2
    lay = Layout(args.workdir)
    report = _report(lay)
    if args.ner_experiment:
        cross_validate(ner_train._expand(args.ner_experiment), args, lay, report)
    elif args.score_only:
        ud = prepare_ud(args.data / "ud", lay)
        report["scores"] = score_all(lay, ud, args.out, ner_files("ship", args.data / "ner", lay)["eval"])
    else:
        train_shipped(args, lay, report)
    _save_report(lay, report)
    if (args.out / MODEL_FILES["ner"]).is_file() and not args.quick:
        from pipeline.stanza_card import write_card

        write_card(args.out, report)
    print(json.dumps(report.get("scores", {}).get("sizes_mb", {})), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(train_stanza_cli(sys.argv[1:]))

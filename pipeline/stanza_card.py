"""The model card of ``models/stanza_id`` (README.md), written from ``training/stanza/report.json``."""

from __future__ import annotations

from pathlib import Path

PROCESSORS = ("pretrain", "tokenize", "pos", "lemma", "depparse", "ner")


def _syntax_rows(scores: dict) -> str:
    rows = []
    for test, by_backend in scores.get("syntax", {}).items():
        for name, s in by_backend.items():
            rows.append(f"| {test} | {name} | {s['words']} | {s['uas']:.2f} | {s['las']:.2f} | "
                        f"{s['uas_no_punct']:.2f} | {s['las_no_punct']:.2f} | {s['upos']:.2f} | "
                        f"{s['nsubj_p']:.1f} / {s['nsubj_r']:.1f} | {s['words_per_cpu_sec']:,} |")
    return "\n".join(rows)


def _ner_rows(scores: dict) -> str:
    rows = []
    for test, by_backend in scores.get("ner", {}).items():
        for name, s in by_backend.items():
            per = " | ".join(f"{s[lab]['f']:.2f}" for lab in ("PER", "ORG", "LOC"))
            rows.append(f"| {test} | {name} | {s['ALL']['p']:.2f} | {s['ALL']['r']:.2f} | **{s['ALL']['f']:.2f}** "
                        f"| {per} |")
    return "\n".join(rows)


def _cv_rows(report: dict) -> str:
    cv = report.get("ner_cv", {})
    if not cv:
        return "Not run yet (`kutipan train stanza --ner-experiment nerui`)."
    rows = []
    for name in ("nerui", "nerugm"):
        folds = [cv[f"{name}-{k}"] for k in range(1, 6) if f"{name}-{k}" in cv]
        if folds:
            mean = sum(f["f"] for f in folds) / len(folds)
            cells = " | ".join(f"{f['f']:.2f}" for f in folds)
            mins = " / ".join(f"{f['minutes']}" for f in folds)
            rows.append(f"| {name} | {cells} | **{mean:.2f}** ({len(folds)} folds) | {mins} |")
    return ("| set | folds | mean | training minutes per fold |\n| --- | --- | --- | --- |\n" + "\n".join(rows))


def _step_rows(report: dict) -> str:
    steps = report.get("steps", {})
    rows = []
    for name in PROCESSORS:
        if name in steps:
            s = steps[name]
            rows.append(f"| {name} | {s['seconds'] / 60:.1f} | `{s['cmd']}` |")
    return "\n".join(rows)


def write_card(out: Path, report: dict) -> None:
    """README.md of the model folder: what, data and licences, scores, sizes, how it was trained."""
    scores = report.get("scores", {})
    sizes = scores.get("sizes_mb", {})
    size_rows = "\n".join(f"| `{name}` | {mb:.2f} |" for name, mb in sizes.items() if name != "total")
    vec = report.get("steps", {}).get("pretrain", {})
    text = TEMPLATE.format(
        size_rows=size_rows, total=sizes.get("total", 0.0), syntax_rows=_syntax_rows(scores),
        ner_rows=_ner_rows(scores), cv=_cv_rows(report), step_rows=_step_rows(report),
        wall=report.get("wall_minutes", "?"), vec_words=f"{vec.get('words', 0):,}",
        vec_vocab=f"{vec.get('vocab', 0):,}",
        notes="\n".join(f"* {n}" for n in report.get("notes", [])),
    )
    (out / "README.md").write_text(text, encoding="utf-8")


TEMPLATE = """# stanza_id: Indonesian stanza models for kutipan's stanza backend

Five stanza processors (`tokenize`, `pos`, `lemma`, `depparse`, `ner`) and the word
vectors they share, trained on this project's machine with stanza's own training code
(`kutipan train stanza`, `pipeline/stanza_train.py`). `kutipan run ... --backend stanza`
uses them through `pipeline/stanza_backend.py`: `tokenize` + `ner` for the NER stage,
`pos` + `lemma` + `depparse` (on attribution's own words) for the parser attribution
falls back on. Nothing is downloaded: the pipeline is built with `download_method=None`
and explicit paths (`resources.json` is an empty placeholder stanza insists on).

```python
from pipeline.stanza_backend import build_pipeline, model_dir
nlp = build_pipeline(model_dir(), ("tokenize", "ner"))
nlp("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang.").ents
```

## Files

| file | MB |
| --- | --- |
{size_rows}
| total (folder) | {total:.2f} |

Needs `stanza==1.15.*` and `torch==2.13.0` (CPU build): `pip install -e ".[stanza]"`.

## Data and licences

* **UD Indonesian CSUI** (train) and **UD Indonesian GSD** (dev): tokenize, pos, lemma,
  depparse; every 10th sentence held out for early stopping; scored on GSD test and CSUI
  test, never seen in training. github.com/UniversalDependencies, **CC BY-SA 4.0**; these
  four models are derived from the treebanks and shared under the same licence, with
  credit to the treebank authors. Multi-word tokens are merged into one word (the merged
  word takes the tags, lemma and relation of its head part), XPOS and all features but
  `Voice` are dropped, as for `models/id_ud_parser`.
* **NER**: the same deduplicated PER/ORG/LOC sentences and experiment splits as
  `models/id_news_ner` (`pipeline/ner_train.py`): idner-news-2k (MIT), NER-UI and NER-UGM
  (IndoLEM; cite Koto et al., COLING 2020), NERGRIT (free incl. commercial use; credit its
  contributors), the Wikipedia gold standard (Luthfi et al., IALP 2014). The shipped NER
  model holds out idner-news-2k test (scored below) and early-stops on its dev split. See
  `models/id_news_ner/README.md` for the full credits.
* **Word vectors** (`pretrain.pt`): gensim word2vec, skip-gram, 50 dimensions, lower-cased,
  min count 3, trained here on the UD training text and the news text of
  `../shared/corpus` (detik-2025, multi-2025: research/benchmark use only; the vectors are
  statistics of that text, not the text): {vec_words} tokens, {vec_vocab} words. No NER
  or UD test sentence is in it.

## Scores

Dependency parsing on gold words (the words attribution passes), both parsers through
`pipeline.syntax.parse_many` and the same scorer (`stanza_train.score_parser`); UAS/LAS in
%, full labels, "all" with punctuation, "no punct" without; speed in words per CPU
second, batched.

| test set | parser | words | UAS all | LAS all | UAS no punct | LAS no punct | UPOS | nsubj P / R | words/CPU s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
{syntax_rows}

Anchor: IndoBERT UAS/LAS 87.12/82.32 on GSD (trained on the full GSD train set, which
is not available here).

NER on idner-news-2k test, gold tokens, exact spans, the models alone (no title rules),
scored with `pipeline.ner_train.score_spans` for both:

| test set | model | P | R | F1 | PER F1 | ORG F1 | LOC F1 |
| --- | --- | --- | --- | --- | --- | --- | --- |
{ner_rows}

NER-UI / NER-UGM folds (fold models trained by `--ner-experiment`, never shipped; each
scored on its own test fold, early-stopped on its dev fold, trained on every other
deduplicated sentence of every set):

{cv}

Anchors (IndoLEM, 5-fold mean F1): NER-UI BiLSTM-CRF 82.2, IndoBERT 90.1.

## Training

On the 2-core machine shared with other jobs, two trainings side by side, one thread
each, under `nice`; wall clock for `kutipan train stanza`: {wall}.

| model | minutes | command (run by `kutipan train stanza`) |
| --- | --- | --- |
{step_rows}

{notes}

Retrain:

```bash
pip install -e ".[stanza-train]"        # stanza, torch 2.13.0 (CPU), gensim
nice kutipan train stanza --out models/stanza_id
nice kutipan train stanza --ner-experiment nerui   # the five NER-UI fold models, scored
kutipan train stanza --score-only                  # re-score, rewrite this card
```

Scratch data, logs (`training/stanza/logs/*.log`) and `report.json` go to
`training/stanza/` (ignored by git). Seeds are fixed (`--seed 0`).
"""

"""Score a quotes table against gold quotes (the metric of eval/GUIDELINES.md).

A predicted quote matches a gold quote of the same article when their
lower-cased word-token overlap F1 is at least 0.5; each gold quote matches at
most one prediction, best overlap first. A match is *attributed* when the
speakers agree: equal after lower-casing and dropping non-word characters,
one's words a subset of the other's, or a rapidfuzz token-set ratio >= 85.
Predictions overlapping a gold ``fragment`` record are ignored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from .tables import raw_cell
from .text import WORD

MATCH_THRESHOLD = 0.5
SPEAKER_RATIO = 85


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text or "")]


def overlap_f1(gold: str, pred: str) -> float:
    """Bag-of-words F1 between two texts."""
    g, p = Counter(words(gold)), Counter(words(pred))
    if not g or not p:
        return 0.0
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def same_speaker(pred: str, gold: str) -> bool:
    p, g = " ".join(words(pred)), " ".join(words(gold))
    if not p or not g:
        return False
    if p == g:
        return True
    ps, gs = set(p.split()), set(g.split())
    if ps <= gs or gs <= ps:
        return True
    return fuzz.token_set_ratio(p, g) >= SPEAKER_RATIO


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    tp_speaker: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 4), round(r, 4), round(f, 4)

    def as_dict(self) -> dict:
        qp, qr, qf = self.prf(self.tp)
        ap, ar, af = self.prf(self.tp_speaker)
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "tp_speaker": self.tp_speaker,
                "quote_p": qp, "quote_r": qr, "quote_f1": qf, "attr_p": ap, "attr_r": ar, "attr_f1": af,
                "speaker_acc": round(self.tp_speaker / self.tp, 4) if self.tp else 0.0}


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        keys = ["all"] + sorted(k for k in self.counts if k != "all")
        return {k: self.counts[k].as_dict() for k in keys}


def load_gold(paths: list[str | Path]) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                missing = {"article_id", "text", "type", "speaker"} - set(rec)
                if missing:
                    raise ValueError(f"{path}:{n}: gold record lacks {sorted(missing)}")
                gold[rec["article_id"]].append(rec)
    return gold


def load_pred(path: str | Path) -> dict[str, list[dict]]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"article_id", "quote_text", "speaker"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: quotes table lacks column(s) {sorted(missing)}")
    pred: dict[str, list[dict]] = defaultdict(list)
    for row in frame.to_dict("records"):
        for col in ("article_id", "quote_text", "speaker"):  # undo spreadsheet-safe prefixes
            row[col] = raw_cell(row[col])
        pred[row["article_id"]].append(row)
    return pred


def _match(real: list[dict], rows: list[dict]) -> list[tuple[int, int]]:
    """Gold-prediction pairs, best overlap first; each gold and each prediction used once."""
    scored = sorted(((overlap_f1(g["text"], p["quote_text"]), gi, pi)
                     for gi, g in enumerate(real) for pi, p in enumerate(rows)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for f1, gi, pi in scored:
        if f1 < MATCH_THRESHOLD:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def _score_article(report: Report, art: str, records: list[dict], rows: list[dict]) -> None:
    real = [g for g in records if not g.get("fragment")]
    fragments = [g for g in records if g.get("fragment")]
    matches = _match(real, rows)
    used_g, used_p = {gi for gi, _ in matches}, {pi for _, pi in matches}
    ignored = {pi for pi, p in enumerate(rows) if pi not in used_p
               and any(overlap_f1(fr["text"], p["quote_text"]) >= MATCH_THRESHOLD for fr in fragments)}
    _count(report, real, rows, ignored)
    for gi, pi in matches:
        _count_match(report, art, real[gi], rows[pi])
    report.missed += [f"{art}: missed {g['type']} ({g['speaker']}): {g['text'][:80]!r}"
                      for gi, g in enumerate(real) if gi not in used_g]
    report.spurious += [f"{art}: spurious ({p.get('speaker', '')}): {p['quote_text'][:80]!r}"
                        for pi, p in enumerate(rows) if pi not in used_p and pi not in ignored]


def _count(report: Report, real: list[dict], rows: list[dict], ignored: set[int]) -> None:
    """Gold and predicted quotes, over all types and per type (predictions on fragments left out)."""
    report.counts["all"].gold += len(real)
    report.counts["all"].pred += len(rows) - len(ignored)
    for g in real:
        report.counts[g["type"]].gold += 1
    for pi, p in enumerate(rows):
        if pi not in ignored and p.get("quote_type"):
            report.counts[p["quote_type"]].pred += 1


def _count_match(report: Report, art: str, g: dict, p: dict) -> None:
    """A matched quote, attributed when the speakers agree."""
    ok = same_speaker(p.get("speaker", ""), g["speaker"])
    for key in ("all", g["type"]):
        report.counts[key].tp += 1
        report.counts[key].tp_speaker += ok
    if not ok:
        report.wrong_speaker.append(
            f"{art}: speaker {p.get('speaker', '')!r} != gold {g['speaker']!r} for {g['text'][:60]!r}")


def run_article_ids(pred_path: str | Path) -> set[str] | None:
    """Ids of the articles the run processed, from ``articles.csv`` beside ``quotes.csv`` (None: absent)."""
    path = Path(pred_path).with_name("articles.csv")
    if not path.is_file():
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return set(frame["article_id"].map(raw_cell)) if "article_id" in frame.columns else None


def missing_gold_warning(gold: dict[str, list[dict]], pred: dict[str, list[dict]],
                         run_ids: set[str] | None) -> str:
    """A warning when gold articles were not in the run: they count as all missed."""
    known = run_ids if run_ids is not None else set(pred)
    missing = sorted(set(gold) - known)
    if not missing:
        return ""
    shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
    where = ("were not in the run (not in articles.csv beside the predictions)" if run_ids is not None
             else "have no predicted quote (no articles.csv beside the predictions to tell whether they were run)")
    n_quotes = sum(len(gold[a]) for a in missing)
    return (f"kutipan evaluate: warning: {len(missing)} of {len(gold)} gold articles {where}: {shown}; "
            f"their {n_quotes} gold records count as missed, so recall is understated "
            "(--only-run scores only the articles that were run)")


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> Report:
    """Quote and attribution counts over the articles that have gold records."""
    report = Report()
    for art, records in gold.items():
        _score_article(report, art, records, pred.get(art, []))
    return report


def _row(key: str, r: dict) -> str:
    return (f"{key:14} {r['gold']:5} {r['pred']:5} {r['tp']:5} "
            f"{r['quote_p']:6.3f} {r['quote_r']:6.3f} {r['quote_f1']:6.3f}   "
            f"{r['attr_p']:6.3f} {r['attr_r']:6.3f} {r['attr_f1']:6.3f}   {r['speaker_acc']:6.3f}")


_HEADER = (f"{'type':14} {'gold':>5} {'pred':>5} {'tp':>5} {'quote P/R/F1':>20} {'attributed P/R/F1':>22} "
           f"{'speaker':>8}")


def format_table(report: Report) -> str:
    """Quote and attribution P/R/F1 per quote type; ``speaker``: share of matched quotes with the right speaker."""
    return "\n".join([_HEADER] + [_row(key, r) for key, r in report.as_dict().items()])


def outlet_of_id(article_id: str) -> str:
    """The outlet an evaluation article id names (``kompas-05`` -> ``kompas``)."""
    return re.sub(r"[-_]?\d+$", "", article_id) or article_id


def by_outlet(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> str:
    """One row per outlet (all quote types together)."""
    outlets = sorted({outlet_of_id(a) for a in gold})
    rows = [_HEADER.replace("type", "outlet", 1)]
    for outlet in outlets:
        part = {a: g for a, g in gold.items() if outlet_of_id(a) == outlet}
        rows.append(_row(outlet, score(part, pred).as_dict()["all"]))
    return "\n".join(rows)


def article_order(path: str | Path) -> list[str]:
    """Article ids in the order of an input file (JSON Lines with an ``id`` field)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh if line.strip()]


def select(gold: dict[str, list[dict]], ids: list[str]) -> dict[str, list[dict]]:
    keep = set(ids)
    return {a: g for a, g in gold.items() if a in keep}


def evaluate_cli(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="kutipan evaluate", description="Score quotes.csv against gold quotes.")
    ap.add_argument("gold", nargs="+", help="gold JSON Lines files")
    ap.add_argument("--pred", required=True, help="quotes.csv written by kutipan run")
    ap.add_argument("--details", action="store_true", help="list misses, spurious quotes and wrong speakers")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    ap.add_argument("--by-outlet", action="store_true", help="add a table per outlet (article id prefix)")
    ap.add_argument("--articles", metavar="FILE", help="JSON Lines input that orders the articles, for --first/--last")
    part = ap.add_mutually_exclusive_group()
    part.add_argument("--first", type=int, metavar="N", help="score only the first N articles of --articles")
    part.add_argument("--last", type=int, metavar="N", help="score only the last N articles of --articles")
    ap.add_argument("--only-run", action="store_true",
                    help="score only gold articles that were in the run (articles.csv beside --pred)")
    args = ap.parse_args(argv)
    if (args.first or args.last) and not args.articles:
        ap.error("--first/--last need --articles")
    try:
        gold, pred = load_gold(args.gold), load_pred(args.pred)
        if args.articles:
            order = article_order(args.articles)
            gold = select(gold, order[:args.first] if args.first else order[-args.last:] if args.last else order)
        run_ids = run_article_ids(args.pred)
    except (OSError, ValueError) as exc:
        print(f"kutipan evaluate: {exc}", file=sys.stderr)
        return 2
    if args.only_run:
        known = run_ids if run_ids is not None else set(pred)
        gold = {a: records for a, records in gold.items() if a in known}
    else:
        warning = missing_gold_warning(gold, pred, run_ids)
        if warning:
            print(warning, file=sys.stderr)
    report = score(gold, pred)
    if args.details:
        for title, items in (("missed", report.missed), ("spurious", report.spurious),
                             ("wrong speaker", report.wrong_speaker)):
            print(f"# {title}: {len(items)}")
            print("\n".join(items))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        if args.by_outlet:
            print(by_outlet(gold, pred) + "\n")
        print(format_table(report))
    return 0

"""Command line: ``kutipan run|report|evaluate|train ner|ner evaluate``.

Exit codes: 0 on success (also when some articles had errors: they are
status rows in ``articles.csv``), 1 when nothing could be read, 2 on usage
errors (bad arguments, missing input paths).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 1, 2


def _cmd_run(args: argparse.Namespace) -> int:
    from .outputs import OutputOptions, parse_formats
    from .runner import RunOptions, run
    from .stanza_backend import StanzaUnavailable

    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        print(f"kutipan run: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        formats = parse_formats(args.format)
    except ValueError as exc:
        print(f"kutipan run: --format: {exc}", file=sys.stderr)
        return EXIT_USAGE
    options = RunOptions(
        ner_model=args.model,
        parser=args.parser,
        dedup_threshold=args.dedup_threshold,
        learn_repeated_lines=not args.no_repeated_lines,
        progress=False if args.quiet else None,
        state_path=args.state,
        outputs=OutputOptions(formats=formats, db=args.db, report=not args.no_report),
        backend=args.backend,
    )
    try:
        summary = run(args.inputs, args.out, options)
    except StanzaUnavailable as exc:
        print(f"kutipan run: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    readable = summary.status.get("ok", 0) + summary.status.get("empty", 0) + summary.n_seen
    if readable == 0:
        print("kutipan run: no article could be read (see articles.csv for the messages)", file=sys.stderr)
        return EXIT_NOTHING_READ
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    try:
        sets = {"articles_per_file": args.articles_per_file} if args.articles_per_file else {}
        path = write_report(args.out_dir, args.output, **sets)
    except FileNotFoundError as exc:
        print(f"kutipan report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"kutipan report: {path}", file=sys.stderr)
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_cli

    return evaluate_cli(args.rest)


def _cmd_train(args: argparse.Namespace) -> int:
    if args.what == "parser":
        from .syntax_train import train_parser_cli

        return train_parser_cli(args.rest)
    if args.what == "stanza":
        from .stanza_train import train_stanza_cli

        return train_stanza_cli(args.rest)
    if args.what != "ner":
        print(f"kutipan train: unknown model {args.what!r} (known: ner, parser, stanza)", file=sys.stderr)
        return EXIT_USAGE
    from .ner_train import train_cli

    return train_cli(args.rest)


def _cmd_ner(args: argparse.Namespace) -> int:
    if args.action != "evaluate":
        print(f"kutipan ner: unknown action {args.action!r} (known: evaluate)", file=sys.stderr)
        return EXIT_USAGE
    from .ner_train import evaluate_cli

    return evaluate_cli(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kutipan", description="Attributed quotes from Indonesian news dumps.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    sub = parser.add_subparsers(dest="command", required=True)

    run_p = sub.add_parser("run", help="run the whole pipeline over files or folders of articles")
    run_p.add_argument("inputs", nargs="+", help=".txt, .jsonl, .jsonl.gz, .csv, .parquet files or folders")
    run_p.add_argument("--out", required=True, help="folder for the CSV tables")
    run_p.add_argument("--model", default=None,
                       help="spaCy NER pipeline folder (default: models/id_news_ner; spacy backend only)")
    run_p.add_argument("--dedup-threshold", type=float, default=90.0,
                       help="rapidfuzz ratio above which two paragraphs count as duplicates (default 90)")
    run_p.add_argument("--no-repeated-lines", action="store_true",
                       help="skip the first pass that learns boilerplate lines repeated within an outlet")
    run_p.add_argument("--state", default=None, metavar="STATE.sqlite",
                       help="corpus state kept between runs: articles already in it (same raw text) are "
                            "skipped, new quotes join its quote clusters and speakers (default: a temporary "
                            "state for this run only)")
    run_p.add_argument("--backend", choices=("spacy", "stanza"), default="spacy",
                       help="models for NER and the attribution parser: spacy (default; models/id_news_ner, "
                            "models/id_ud_parser) or stanza (models/stanza_id or $KUTIPAN_STANZA_DIR; needs "
                            'pip install -e ".[stanza]")')
    run_p.add_argument("--parser", default=None, metavar="NAME",
                       help="syntax for attribution: default the backend's parser; 'spacy'; 'stanza'; "
                            "'none' for rules alone; or a spaCy pipeline folder")
    run_p.add_argument("--format", default="csv", metavar="LIST",
                       help="table formats, comma-separated: csv, parquet, jsonl (default: csv)")
    run_p.add_argument("--db", default=None, metavar="PATH",
                       help="SQLite database of the tables, for Datasette (default: OUT/kutipan.db; none: no database)")
    run_p.add_argument("--no-report", action="store_true", help="do not write OUT/report.html")
    run_p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    run_p.set_defaults(func=_cmd_run)

    rep = sub.add_parser("report", help="(re)build report.html from the tables of a run")
    rep.add_argument("out_dir", metavar="OUT_DIR", help="folder with the tables of a run")
    rep.add_argument("--output", default=None, metavar="FILE", help="where to write it (default: OUT_DIR/report.html)")
    rep.add_argument("--articles-per-file", type=int, default=None, metavar="N",
                     help="beyond N articles, article pages go to report_files/ in sets of N (default 100)")
    rep.set_defaults(func=_cmd_report)

    ev = sub.add_parser("evaluate", help="score quotes.csv against gold quotes", add_help=False)
    ev.add_argument("rest", nargs=argparse.REMAINDER)
    ev.set_defaults(func=_cmd_evaluate)

    tr = sub.add_parser("train", help="train a model (ner, parser, stanza)", add_help=False)
    tr.add_argument("what")
    tr.add_argument("rest", nargs=argparse.REMAINDER)
    tr.set_defaults(func=_cmd_train)

    ner = sub.add_parser("ner", help="NER tools (evaluate)", add_help=False)
    ner.add_argument("action")
    ner.add_argument("rest", nargs=argparse.REMAINDER)
    ner.set_defaults(func=_cmd_ner)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

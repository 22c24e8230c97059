"""Command line: ``kutipan run|report|evaluate|train ner|train parser|train stanza|ner evaluate``.

Exit codes (README, "Exit codes"): 0 success (also when some articles had
errors: they are status rows in ``articles.csv``), 1 nothing could be read,
2 usage error, 3 the output could not be written, 4 the state could not be
used, 5 internal error, 130 interrupted, 141 output pipe closed (``| head``).
Every error is one line on stderr; ``--debug`` (anywhere on the line, or
``KUTIPAN_DEBUG=1``) shows the traceback too.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_NOTHING_READ,
    EXIT_OK,
    UserError,
)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _cmd_run(args: argparse.Namespace) -> int:
    from .cluster import cpu_count
    from .warm_process import warm_process

    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")
    # started before spaCy and pandas are imported here: the report's imports then cost no wall time;
    # only with a second core to run on, and only where the report's libraries are not loaded already
    spare_core = cpu_count() > 1
    with warm_process(enabled=not args.no_report and spare_core and "pipeline.report" not in sys.modules) as helper:
        return _run(args, helper)


def _run(args: argparse.Namespace, helper) -> int:
    from .outputs import OutputOptions, parse_formats
    from .runner import RunOptions, run
    from .stanza_backend import StanzaUnavailable

    try:
        formats = parse_formats(args.format)
    except ValueError as exc:
        raise UserError(f"--format: {exc}") from exc
    options = RunOptions(
        ner_model=args.model,
        parser=args.parser,
        dedup_threshold=args.dedup_threshold,
        learn_repeated_lines=not args.no_repeated_lines,
        progress=False if args.quiet else None,
        state_path=args.state,
        outputs=OutputOptions(formats=formats, db=args.db, report=not args.no_report),
        backend=args.backend,
        force=args.force,
        csv_raw=args.csv_raw,
        time_budget=args.time_budget or None,
        max_chars=args.max_chars or None,
        state_wait=args.state_wait,
        notify=_say,
        workers=args.workers,
        scheduler=args.scheduler,
    )
    try:
        summary = run(args.inputs, args.out, options, helper=helper)
    except StanzaUnavailable as exc:
        raise UserError(str(exc)) from exc
    if not args.quiet:
        _say(summary.line())
    readable = summary.status.get("ok", 0) + summary.status.get("empty", 0) + summary.n_seen
    if readable == 0:
        _say("kutipan run: no article could be read or processed (see articles.csv for the messages)")
        return EXIT_NOTHING_READ
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    try:
        sets = {"articles_per_file": args.articles_per_file} if args.articles_per_file else {}
        path = write_report(args.out_dir, args.output, **sets)
    except FileNotFoundError as exc:
        raise UserError(f"kutipan report: {exc}") from exc
    _say(f"kutipan report: {path}")
    return EXIT_OK


def _cmd_evaluate(argv: list[str]) -> int:
    from .evaluate import evaluate_cli

    return evaluate_cli(argv)


def _sub_help(command: str, choices: dict[str, str]) -> int:
    print(f"usage: kutipan {command} {{{','.join(choices)}}} [options]\n")
    for name, text in choices.items():
        print(f"  {name:8} {text}")
    print(f"\n'kutipan {command} NAME --help' lists the options of each.")
    return EXIT_OK


_TRAIN = {"ner": "train the NER model from the corpora in ../shared/data",
          "parser": "train the dependency parser from UD Indonesian",
          "stanza": "train the stanza models of the stanza backend"}
_NER = {"evaluate": "score the NER model on CoNLL/IOB files"}


def _cmd_train(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        return _sub_help("train", _TRAIN)
    if argv[0] == "parser":
        from .syntax_train import train_parser_cli

        return train_parser_cli(argv[1:])
    if argv[0] == "stanza":
        from .stanza_train import train_stanza_cli

        return train_stanza_cli(argv[1:])
    if argv[0] != "ner":
        raise UserError(f"kutipan train: unknown model {argv[0]!r} (known: ner, parser, stanza)")
    from .ner_train import train_cli

    return train_cli(argv[1:])


def _cmd_ner(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        return _sub_help("ner", _NER)
    if argv[0] != "evaluate":
        raise UserError(f"kutipan ner: unknown action {argv[0]!r} (known: evaluate)")
    from .ner_train import evaluate_cli

    return evaluate_cli(argv[1:])


# commands that parse their own arguments (so that `kutipan evaluate --help` is theirs)
_DELEGATED: dict[str, Callable[[list[str]], int]] = {
    "evaluate": _cmd_evaluate, "train": _cmd_train, "ner": _cmd_ner,
}


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds >= 0")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number >= 1")
    return value


def _percent(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 100")
    return value


def _add_run(sub) -> None:
    run_p = sub.add_parser("run", help="run the whole pipeline over files or folders of articles")
    run_p.add_argument("inputs", nargs="+", help="files or folders: .txt, .txt.gz, .json, .jsonl, .jsonl.gz, "
                                                 ".csv, .parquet (folders are searched recursively)")
    run_p.add_argument("--out", required=True, help="folder for the tables (new, empty, or written by kutipan)")
    run_p.add_argument("--force", action="store_true",
                       help="write the tables into an --out folder that holds other files (they are left alone)")
    run_p.add_argument("--csv-raw", action="store_true",
                       help="exact text in CSV cells: do not prefix cells starting with = + - @ with ' "
                            "(unsafe to open in a spreadsheet)")
    run_p.add_argument("--model", default=None,
                       help="spaCy NER pipeline folder (default: models/id_news_ner; spacy backend only)")
    run_p.add_argument("--dedup-threshold", type=_percent, default=90.0,
                       help="rapidfuzz ratio above which two paragraphs count as duplicates (default 90)")
    run_p.add_argument("--no-repeated-lines", action="store_true",
                       help="skip the first pass that learns boilerplate lines repeated within an outlet")
    run_p.add_argument("--state", default=None, metavar="STATE.sqlite",
                       help="corpus state kept between runs: articles already in it (same raw text) are "
                            "skipped, new quotes join its quote clusters and speakers (default: a temporary "
                            "state for this run only)")
    run_p.add_argument("--state-wait", type=_seconds, default=None, metavar="SECONDS",
                       help="how long to wait for another run using the same --state (default: until it ends)")
    run_p.add_argument("--time-budget", type=_seconds, default=60.0, metavar="SECONDS",
                       help="seconds per article; an article that takes longer becomes an error row "
                            "(default 60; 0: no limit)")
    run_p.add_argument("--max-chars", type=int, default=1_000_000, metavar="N",
                       help="longer articles become error rows without being processed (default 1000000; "
                            "0: no limit; memory grows with an article's length)")
    run_p.add_argument("--backend", choices=("spacy", "stanza"), default="spacy",
                       help="models for NER and the attribution parser: spacy (default; models/id_news_ner, "
                            "models/id_ud_parser) or stanza (models/stanza_id or $KUTIPAN_STANZA_DIR; needs "
                            'pip install -e ".[stanza]")')
    run_p.add_argument("--parser", default=None, metavar="NAME",
                       help="syntax for attribution: default the backend's parser; 'spacy'; 'stanza'; "
                            "'none' for rules alone; or a spaCy pipeline folder")
    run_p.add_argument("--workers", type=_count, default=None, metavar="N",
                       help="worker processes for the per-article stages, on Dask (default: one per core; "
                            "1: this process only; small inputs stay in this process)")
    run_p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="run the per-article stages on an existing Dask cluster (tcp://host:8786); its "
                            "workers need kutipan installed and the inputs at the same paths")
    run_p.add_argument("--format", default="csv", metavar="LIST",
                       help="table formats, comma-separated: csv, parquet, jsonl (default: csv)")
    run_p.add_argument("--db", default=None, metavar="PATH",
                       help="SQLite database of the tables, for Datasette (default: OUT/kutipan.db; none: no database)")
    run_p.add_argument("--no-report", action="store_true", help="do not write OUT/report.html")
    run_p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    run_p.set_defaults(func=_cmd_run)


def _add_report(sub) -> None:
    rep = sub.add_parser("report", help="(re)build report.html from the tables of a run")
    rep.add_argument("out_dir", metavar="OUT_DIR", help="folder with the tables of a run")
    rep.add_argument("--output", default=None, metavar="FILE", help="where to write it (default: OUT_DIR/report.html)")
    rep.add_argument("--articles-per-file", type=int, default=None, metavar="N",
                     help="beyond N articles, article pages go to report_files/ in sets of N (default 100)")
    rep.set_defaults(func=_cmd_report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kutipan", description="Attributed quotes from Indonesian news dumps.",
        epilog="--debug anywhere on the line shows tracebacks. Exit codes: 0 ok, 1 nothing read, 2 usage, "
               "3 output not written, 4 state unusable, 5 internal error, 130 interrupted.")
    parser.add_argument("--version", action="version", version=f"kutipan {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_run(sub)
    _add_report(sub)
    sub.add_parser("evaluate", help="score quotes.csv against gold quotes", add_help=False)
    sub.add_parser("train", help="train a model (ner, parser, stanza)", add_help=False)
    sub.add_parser("ner", help="NER tools (evaluate)", add_help=False)
    return parser


def _dispatch(argv: list[str]) -> int:
    verbose = bool({"-v", "--verbose"} & set(argv[:1]))
    rest = argv[1:] if verbose else argv
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:  # Dask's scheduler logs at INFO by default: stderr is for the run's own messages
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if rest and rest[0] in _DELEGATED:
        return _DELEGATED[rest[0]](rest[1:])
    args = build_parser().parse_args(argv)
    return args.func(args)


def _pop_debug(argv: list[str]) -> bool:
    """Remove ``--debug`` from the arguments (before a ``--``) and say whether it was there."""
    end = argv.index("--") if "--" in argv else len(argv)
    found = "--debug" in argv[:end]
    argv[:end] = [a for a in argv[:end] if a != "--debug"]
    return found or os.environ.get("KUTIPAN_DEBUG", "") not in ("", "0")


def _quiet_broken_pipe() -> int:
    """stdout's reader went away (``| head``): stop quietly, as command-line tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the final flush at exit must not fail again
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = _pop_debug(argv)
    try:
        return _dispatch(argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except KeyboardInterrupt:
        _say("kutipan: interrupted (work already committed to a --state is kept; --out was left as it was)")
        return EXIT_INTERRUPTED
    except UserError as exc:
        if debug:
            raise
        _say(f"kutipan: {exc}")
        return exc.exit_code
    except MemoryError:
        if debug:
            raise
        _say("kutipan: out of memory (a very large input? see the README on input sizes)")
        return EXIT_INTERNAL
    except Exception as exc:
        if debug:
            raise
        _say(f"kutipan: internal error: {type(exc).__name__}: {exc} (run again with --debug for the traceback, "
             "and please report it)")
        return EXIT_INTERNAL


def entry() -> None:
    """The ``kutipan`` command: :func:`main`, then a quick exit.

    By the time ``main`` returns every file is written and closed, workers
    are stopped and the summary is printed; letting the interpreter tear a
    loaded spaCy pipeline down object by object would add about half a
    second to every small run, so the process ends at once.
    """
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing left to say
            pass
    os._exit(code)


if __name__ == "__main__":
    entry()

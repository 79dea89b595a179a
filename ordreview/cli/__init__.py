"""The headless command line: ``ordreview parse|check|batch|export … [--json]``.

Subcommands live in one module each (``parse_cmd``, ``check_cmd`` …) that exposes
``add_parser(subparsers)``; the module imports its heavy dependencies inside its run
function so that ``ordreview parse draft.txt`` never loads python-docx, Qt or SQLAlchemy.

``ordreview`` with no subcommand, or ``ordreview FILE``, opens the window.

Exit codes: 0 success (for ``check``: no error-severity finding), 1 error-severity findings,
2 unreadable input or bad usage, 3 an unexpected internal error (logged, no traceback shown
unless ``ORDREVIEW_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from ordreview import __version__
from ordreview.cli.common import Output, report_internal_error
from ordreview.core.errors import OrdreviewError

COMMANDS: tuple[str, ...] = (
    "ordreview.cli.parse_cmd",
    "ordreview.cli.check_cmd",
    "ordreview.cli.batch_cmd",
    "ordreview.cli.export_cmd",
    "ordreview.cli.gui_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="ordreview",
        description="個人情報保護条例案のレビュー / Review of draft personal-information ordinances",
    )
    parser.add_argument("--version", action="version", version=f"ordreview {__version__}")
    parser.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=os.environ.get("ORDREVIEW_LANG", "ja"),
        help="language of human-readable output (default: ja)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check a bundled sample, export both Word files to a temporary folder and reopen them",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    if args_list and not args_list[0].startswith("-") and args_list[0] not in known:
        args_list = ["open", *args_list]  # `ordreview FILE` opens the window
    args = parser.parse_args(args_list)
    out = Output(lang=args.lang)
    try:
        if args.selftest:
            from ordreview.cli.selftest import run_selftest

            return run_selftest(out)
        if not getattr(args, "command", None):
            args = parser.parse_args([*args_list, "open"]) if "open" in known else args
            if not getattr(args, "command", None):
                parser.print_help()
                return 2
        return int(args.run(args, out))
    except OrdreviewError as err:
        out.error(err)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # the edge of the program: log it, never show a traceback
        return report_internal_error(out, err)

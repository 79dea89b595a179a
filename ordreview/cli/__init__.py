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
from typing import NoReturn

from ordreview import __version__
from ordreview.cli.common import Output, report_internal_error
from ordreview.core.errors import OrdreviewError
from ordreview.core.messages import define, render

COMMANDS: dict[str, str] = {
    "parse": "ordreview.cli.parse_cmd",
    "check": "ordreview.cli.check_cmd",
    "batch": "ordreview.cli.batch_cmd",
    "export": "ordreview.cli.export_cmd",
    "consolidate": "ordreview.cli.consolidate_cmd",
    "compare": "ordreview.cli.compare_cmd",
    "open": "ordreview.cli.gui_cmd",
}
"""Subcommand name → the module that defines it (``add_parser``)."""


USAGE_ERROR = define(
    "cli.usage_error",
    ja="コマンドの指定が正しくありません: {detail}（ordreview --help で使い方を表示します）",
    en="The command line is not valid: {detail} (ordreview --help shows the usage)",
)


class BilingualArgumentParser(argparse.ArgumentParser):
    """An argument parser whose usage errors come in Japanese and English, like every error."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and a bilingual error, exit 2 (argparse's contract)."""
        ja, en = render(USAGE_ERROR, detail=message)
        self.print_usage(sys.stderr)
        self.exit(2, f"エラー: {ja}\nError: {en}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, just that subcommand's module is imported.

    Importing one subcommand instead of all keeps ``ordreview parse draft.txt`` light (the
    batch command alone pulls in process pools).
    """
    parser = BilingualArgumentParser(
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
        "--label-numerals",
        choices=("arabic", "draft"),
        default=None,
        help="数字の表記（条項の位置） / numerals of provision labels: arabic (第3条第4号) or draft "
             "(the draft's own: 第三条第四号, 第３条第４号); default: the saved setting",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check a bundled sample, export both Word files to a temporary folder and reopen them",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command, name in COMMANDS.items():
        if only is not None and command != only:
            continue
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
    args_list = _hoist_language(list(sys.argv[1:] if argv is None else argv))
    position = _command_position(args_list)
    if position is not None and args_list[position] not in COMMANDS:
        args_list.insert(position, "open")  # `ordreview FILE` opens the window
    command = args_list[position] if position is not None else None
    if command is None and not {"--selftest", "-h", "--help", "--version"} & set(args_list):
        command = "open"  # a bare `ordreview` opens the window
        args_list.append("open")
    parser = build_parser(only=command)
    args = parser.parse_args(args_list)
    out = Output(lang=args.lang)
    from ordreview.core.labels import set_label_numerals
    from ordreview.logs import setup_logging

    if args.label_numerals is None:  # the window's setting (the preferences file both read)
        from ordreview.preferences import load_preferences

        set_label_numerals(load_preferences().label_numerals)
    else:
        set_label_numerals(args.label_numerals)

    setup_logging()  # engine warnings (a check that failed) go to the log file, never to the console
    try:
        if args.selftest:
            from ordreview.cli.selftest import run_selftest

            return run_selftest(out)
        if not getattr(args, "command", None):
            parser.print_help()
            return 2
        return int(args.run(args, out))
    except OrdreviewError as err:
        out.error(err)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `ordreview parse x.txt | head`: the reader stopped listening
        _silence_stdout()
        return 1
    except Exception as err:  # the edge of the program: log it, never show a traceback
        return report_internal_error(out, err)


_GLOBAL_OPTIONS_WITH_VALUE = {"--lang", "--label-numerals"}


def _hoist_language(args: list[str]) -> list[str]:
    """Move ``--lang X`` / ``--lang=X`` written after the command to the front.

    Officers type ``ordreview check 案.docx --lang en`` as often as the documented order;
    argparse only knows the option before the command.
    """
    position = _command_position(args)
    if position is None:
        return args
    head, tail = args[: position + 1], args[position + 1 :]
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(tail):
        if tail[i] in _GLOBAL_OPTIONS_WITH_VALUE and i + 1 < len(tail):
            moved += tail[i : i + 2]
            i += 2
            continue
        if tail[i].startswith(tuple(f"{o}=" for o in _GLOBAL_OPTIONS_WITH_VALUE)):
            moved.append(tail[i])
        else:
            rest.append(tail[i])
        i += 1
    return head[:position] + moved + head[position:] + rest  # the later option wins, as usual


def _command_position(args: list[str]) -> int | None:
    """Index of the first positional word (the subcommand or a file), skipping global options."""
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg in _GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return i
    return None


def _silence_stdout() -> None:
    """Point stdout at devnull so that the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

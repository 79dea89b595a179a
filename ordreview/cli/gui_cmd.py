"""``ordreview open [FILE]``: the review window (also ``ordreview`` and ``ordreview FILE``)."""

from __future__ import annotations

import argparse
from typing import Any

from ordreview.cli.common import Output


def add_parser(subparsers: Any) -> None:
    """Register the ``open`` subcommand."""
    p = subparsers.add_parser(
        "open",
        help="レビュー画面を開く / open the review window",
        description="レビュー画面を開きます / Open the review window.",
    )
    p.add_argument("file", nargs="?", help="開く条例案 / the draft to open")
    p.add_argument(
        "--ui-lang",
        choices=("ja", "en", "system"),
        default=None,
        help="画面の言語（既定: 設定に従う） / window language (default: as set in the settings)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: Output) -> int:
    """Start the window; returns its exit code.

    A missing system library (Linux) is named with its package instead of an import error or
    Qt aborting the process."""
    from ordreview.gui import syslibs

    syslibs.check()
    try:
        from ordreview.gui.app import run as run_window
    except ImportError as err:
        named = syslibs.error_for_import(err)
        if named is None:
            raise
        raise named from err
    return run_window(args.file, lang=args.ui_lang)

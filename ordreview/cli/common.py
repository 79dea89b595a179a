"""Output helpers shared by the subcommands: language choice, JSON, bilingual errors."""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from typing import Any, TextIO

from ordreview.core.errors import OrdreviewError
from ordreview.core.messages import define, render

INTERNAL = define(
    "cli.internal_error",
    ja="内部エラーが発生しました（{kind}）。詳細はログに記録しました: {log}",
    en="An internal error occurred ({kind}). Details were written to the log: {log}",
)

log = logging.getLogger("ordreview")


@dataclass
class Output:
    """Where and in which language the command writes.

    Attributes:
        lang: ``"ja"`` or ``"en"`` for human-readable lines.
        stdout / stderr: the streams (tests pass their own).
    """

    lang: str = "ja"
    stdout: TextIO | None = None
    stderr: TextIO | None = None

    def __post_init__(self) -> None:
        self.stdout = self.stdout or sys.stdout
        self.stderr = self.stderr or sys.stderr
        for stream in (self.stdout, self.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                try:  # Windows consoles default to cp932; never die on a character
                    reconfigure(encoding="utf-8", errors="replace")
                except (ValueError, OSError):
                    pass

    def line(self, text: str = "") -> None:
        """Print one human-readable line."""
        print(text, file=self.stdout)

    def msg(self, code: str, **params: Any) -> None:
        """Print a catalogue message in the chosen language."""
        ja, en = render(code, **params)
        self.line(ja if self.lang == "ja" else en)

    def json(self, obj: Any) -> None:
        """Print ``obj`` as UTF-8 JSON (non-ASCII kept readable)."""
        json.dump(obj, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    def error(self, err: OrdreviewError) -> None:
        """Print an engine error in both languages (Japanese first) on stderr."""
        print(f"エラー: {err.message_ja}", file=self.stderr)
        print(f"Error: {err.message_en}", file=self.stderr)


def report_internal_error(out: Output, err: BaseException) -> int:
    """Log an unexpected exception with its traceback and print a bilingual notice; exit 3."""
    from ordreview.logs import log_file_path, setup_logging

    setup_logging()
    log.error("unexpected error", exc_info=err)
    ja, en = render(INTERNAL, kind=type(err).__name__, log=str(log_file_path()))
    print(f"エラー: {ja}", file=out.stderr)
    print(f"Error: {en}", file=out.stderr)
    if os.environ.get("ORDREVIEW_DEBUG"):
        traceback.print_exception(err, file=out.stderr)
    return 3

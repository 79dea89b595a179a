"""Logging to a rotating file in the user log directory (no network handlers, ever)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ordreview.paths import user_log_dir

class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that stays silent when the log cannot be written (a full disk):
    the officer already gets the bilingual message; a "--- Logging error ---" traceback on
    stderr would only bury it."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


_handler: logging.Handler | None = None
_handler_path: Path | None = None


def log_file_path() -> Path:
    """The current log file."""
    return user_log_dir() / "ordreview.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Attach a rotating file handler (1 MB × 5) to the ``ordreview`` logger.

    Idempotent for one log location; if the location changed since the last call (another
    ``ORDREVIEW_HOME``, as in tests or after the officer moves the data folder), the handler
    is replaced so that messages go where ``log_file_path()`` says.
    """
    global _handler, _handler_path
    path = log_file_path()
    if _handler is not None and _handler_path == path:
        return
    logger = logging.getLogger("ordreview")
    logger.setLevel(level)
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _QuietRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the program
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _handler, _handler_path = handler, path

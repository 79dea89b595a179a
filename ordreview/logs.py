"""Logging to a rotating file in the user log directory (no network handlers, ever)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ordreview.paths import user_log_dir

_configured = False


def log_file_path() -> Path:
    """The current log file."""
    return user_log_dir() / "ordreview.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Attach a rotating file handler (1 MB × 5) to the ``ordreview`` logger, once."""
    global _configured
    if _configured:
        return
    _configured = True
    logger = logging.getLogger("ordreview")
    logger.setLevel(level)
    try:
        path = log_file_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the program
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)

"""Logging to a rotating file in the user log directory (no network handlers, ever)."""

from __future__ import annotations

import logging
from pathlib import Path

from ordreview.paths import user_log_dir


def _rotating_file_handler(path: Path) -> logging.Handler:
    """A rotating file handler (1 MB × 5) that stays silent when the log cannot be written (a
    full disk): the officer already gets the bilingual message; a "--- Logging error ---"
    traceback on stderr would only bury it. A null handler when the folder cannot be made."""
    import logging.handlers  # (with socket and pickle: about 10 ms, only when something is logged)

    class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
            return

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return QuietRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:  # a read-only profile must not stop the program
        return logging.NullHandler()


class _LogFileHandler(logging.Handler):
    """Writes to the rotating log file, opened at the first record: most runs (a ``check``
    that goes well) log nothing, and need neither the file nor the handler's module."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._target is None:
            self._target = _rotating_file_handler(self.path)
            self._target.setFormatter(self.formatter)
        self._target.emit(record)

    def flush(self) -> None:
        if self._target is not None:
            self._target.flush()

    def close(self) -> None:
        if self._target is not None:
            self._target.close()
        super().close()


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
    handler = _LogFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _handler, _handler_path = handler, path

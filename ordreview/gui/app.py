"""Starting the window: QApplication, translations, settings, crash handler.

``run(path)`` is what ``ordreview open [FILE]`` calls. :func:`build_window` assembles the
window from its collaborators (no global window object exists), so tests and benches can
build the same window with synchronous pools and recording dialogs.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ordreview import __version__
from ordreview.gui.i18n import install_translators, resolve_language
from ordreview.gui.services import Services
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.dialogs import Dialogs
from ordreview.gui.widgets.mainwindow import MainWindow, Pools
from ordreview.paths import resource

log = logging.getLogger("ordreview.gui")


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once, with organisation and application names)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationName("ordreview")
        app.setOrganizationName("ordreview")
        app.setApplicationVersion(__version__)
        icon = resource("icons", "ordreview.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    assert isinstance(app, QApplication)
    return app


def build_window(
    *,
    settings: AppSettings | None = None,
    pools: Pools | None = None,
    dialogs: Dialogs | None = None,
    lang: str | None = None,
) -> MainWindow:
    """A main window wired to real services; ``None`` arguments take the defaults."""
    settings = settings or AppSettings()
    lang = lang or resolve_language(settings.language)
    services = Services(db_url=settings.store_url(), profile_id=settings.profile or None)
    return MainWindow(
        services=services,
        settings=settings,
        pools=pools or Pools.threaded(),
        dialogs=dialogs or Dialogs(),
        lang=lang,
    )


def crash_text(exc_type: type[BaseException], log_path: str) -> str:
    """What the crash dialog tells the officer to send to the help desk (Japanese, then English)."""
    return (
        f"予期しないエラーが発生しました（{exc_type.__name__}）。入力中の注釈は保存しました。\n"
        f"ヘルプデスクに次の情報とログファイルを送ってください。\n"
        f"バージョン: ordreview {__version__}\nログ: {log_path}\n\n"
        f"An unexpected error occurred ({exc_type.__name__}). Your pending annotations were saved.\n"
        f"Please send the help desk this information and the log file.\n"
        f"Version: ordreview {__version__}\nLog: {log_path}"
    )


def install_excepthook(
    window: MainWindow, *, show: Callable[[str], None] | None = None
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Route exceptions escaping Qt slots to the log and a help-desk dialog, after flushing
    the window's pending annotation saves. Returns the hook (also installed as ``sys.excepthook``)."""
    from ordreview.logs import log_file_path, setup_logging

    def default_show(text: str) -> None:
        QMessageBox.critical(window, "ordreview", text)

    shower = show or default_show

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        setup_logging()
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            window.flush_annotations(timeout_ms=3000)
        except Exception:  # the report must still be shown
            log.exception("flushing annotations after a crash failed")
        shower(crash_text(exc_type, str(log_file_path())))

    sys.excepthook = hook
    return hook


def run(path: str | None = None, *, lang: str | None = None) -> int:
    """Open the window (with ``path`` if given) and run the event loop; returns the exit code."""
    from ordreview.logs import setup_logging

    setup_logging()
    app = ensure_app()
    settings = AppSettings()
    chosen = lang if lang in ("ja", "en") else resolve_language(settings.language)
    translators = install_translators(app, chosen)
    window = build_window(settings=settings, lang=chosen)
    window.translators = translators  # kept alive; set_language swaps them
    install_excepthook(window)
    window.show()
    if path:
        QTimer.singleShot(0, lambda: window.open_file(path))
    code = app.exec()
    QCoreApplication.processEvents()
    return int(code)

"""The window part of ``ordreview --selftest``: build the real window offscreen and show a draft.

Kept apart from ``app.py`` so that the self-test of a frozen bundle exercises the same
construction path as ``ordreview open`` (real services, translations, models) with synchronous
pools, and proves the bundle carries Qt's platform plugins and the translations.
"""

from __future__ import annotations

import os
from pathlib import Path

from ordreview.core.messages import define

NO_REVIEW = define(
    "gui.selftest.no_review",
    ja="画面に条例案が表示されませんでした: {path}",
    en="The window did not show the draft: {path}",
)


def selftest_window(path: str | os.PathLike[str] | None = None) -> int:
    """Build the main window offscreen, open ``path`` (default: the sample) and close it.

    Returns the number of findings the window shows; raises ``OrdreviewError`` if it shows none.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ordreview import paths
    from ordreview.core.errors import OrdreviewError
    from ordreview.gui.app import build_window, ensure_app
    from ordreview.gui.i18n import install_translators
    from ordreview.gui.widgets.mainwindow import Pools

    app = ensure_app()
    draft = Path(path) if path is not None else paths.sample_draft()
    translators = install_translators(app, "ja")
    window = build_window(pools=Pools.synchronous(), lang="ja")
    try:
        window.open_file(str(draft))
        app.processEvents()
        if window.review is None or not window.review.findings:
            raise OrdreviewError(NO_REVIEW, path=str(draft))
        count = len(window.review.findings)
        window.flush_annotations(timeout_ms=3000)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        del translators
    return count

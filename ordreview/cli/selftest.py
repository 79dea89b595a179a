"""``ordreview --selftest``: prove an installation or a bundle carries everything it needs.

Loads the bundled sample draft, checks it, exports both Word files to a temporary folder,
reopens them, saves an annotation in a fresh database, creates the main window offscreen when Qt is present, and prints one line.
Exit code 0 when every step worked, 1 otherwise (with the failing step named).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from ordreview.cli.common import Output
from ordreview.core.english import count
from ordreview.core.messages import define

OK = define(
    "cli.selftest.ok",
    ja="セルフテスト成功: 所見 {findings} 件、コメント {comments} 件、報告書の表 {tables} 個、画面 {gui}（{seconds:.2f} 秒）",
    en="selftest ok: {findings_en}, {comments_en}, {tables_en}, window {gui} ({seconds:.2f} s)",
)
FAILED = define(
    "cli.selftest.failed",
    ja="セルフテスト失敗（{step}）: {detail}",
    en="selftest FAILED at {step}: {detail}",
)


def run_selftest(out: Output) -> int:
    """Run the self-test; returns the exit code."""
    from ordreview import paths
    from ordreview.core.model import Reviewer

    started = time.perf_counter()
    step = "review"
    try:
        from ordreview.core.review import review_file

        review = review_file(paths.sample_draft())
        if not review.ordinance.articles or not review.findings:
            raise RuntimeError("the sample draft produced no articles or no findings")

        step = "export"
        from ordreview.export.annotate import export_annotated
        from ordreview.export.report import export_report
        from ordreview.export.verify import inspect_docx

        reviewer = Reviewer(name="selftest", initials="ST")
        with tempfile.TemporaryDirectory(prefix="ordreview-selftest-") as tmp:
            annotated = export_annotated(
                review=review, annotations={}, reviewer=reviewer, path=Path(tmp) / "annotated.docx"
            )
            report = export_report(
                review=review, annotations={}, reviewer=reviewer, path=Path(tmp) / "report.docx"
            )
            step = "reopen"
            comments = inspect_docx(annotated).comments
            tables = inspect_docx(report).tables
            if comments != len(review.findings):
                raise RuntimeError(f"{comments} comments for {len(review.findings)} findings")

        step = "store"
        from ordreview.store import open_store

        with tempfile.TemporaryDirectory(prefix="ordreview-selftest-db-") as tmp:
            store = open_store(str(Path(tmp) / "selftest.sqlite3"))  # runs every migration
            try:
                review_id = store.save_review(review, reviewer=reviewer, source_path=str(paths.sample_draft()))
                store.set_annotation(
                    review_id, review.findings[0].id, status="needs_fix", comment="selftest",
                    author=reviewer.name, expected_version=None,
                )
                if len(store.annotations(review_id)) != 1:
                    raise RuntimeError("the annotation was not read back")
            finally:
                store.close()

        step = "window"
        gui = _window_check()
    except Exception as err:  # the self-test reports, it never shows a traceback
        out.msg(FAILED, step=step, detail=f"{type(err).__name__}: {err}")
        return 1
    out.msg(
        OK,
        findings=len(review.findings),
        comments=comments,
        tables=tables,
        gui=gui,
        seconds=time.perf_counter() - started,
        findings_en=count(len(review.findings), "finding"),
        comments_en=count(comments, "comment"),
        tables_en=count(tables, "report table"),
    )
    return 0


def _window_check() -> str:
    """Create the main window offscreen (no display needed); 'ok', or 'absent' without Qt."""
    from importlib.util import find_spec

    if find_spec("PySide6") is None:
        return "absent"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ordreview.gui.selftest import selftest_window

    selftest_window()
    return "ok"

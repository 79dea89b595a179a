"""The log file: rotation bounds its size, and it holds no traceback on the console.

What the program logs (checked by reading every logging call): file paths, rule ids,
finding ids (a hash of the anchor text, not the text), counts and timings, and the
tracebacks of unexpected errors. It never logs the draft's text or the officer's comments
on purpose; an exception's own message could quote text, which is why tracebacks go to
the file only and never to the console.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import ordreview.core.review as review_module
from ordreview.cli import main
from ordreview.core.checks.registry import Rule
from ordreview.logs import log_file_path, setup_logging
from tests.conftest import FIXTURES

SECRET = "未公表の条例案本文"


def _flush() -> None:
    for handler in logging.getLogger("ordreview").handlers:
        handler.flush()


def test_rotation_keeps_at_most_six_files_of_about_one_megabyte() -> None:
    setup_logging()
    log = logging.getLogger("ordreview.test.rotation")
    line = "x" * 200
    for n in range(30_000):  # about 6.9 MB of records
        log.info("record %05d %s", n, line)
    _flush()
    files = sorted(log_file_path().parent.iterdir())
    assert [f.name for f in files] == ["ordreview.log"] + [f"ordreview.log.{n}" for n in range(1, 6)]
    assert all(f.stat().st_size <= 1_000_000 for f in files)
    assert "record 29999" in log_file_path().read_text(encoding="utf-8")


@pytest.fixture
def failing_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """One more check rule that raises with draft-like text in its message."""
    real = review_module.all_rules

    def boom(ctx: object) -> list:
        raise ValueError(SECRET)

    monkeypatch.setattr(review_module, "all_rules", lambda: [*real(), Rule("test.boom", "試験", "test", boom)])
    yield


def test_a_failing_check_goes_to_the_log_not_the_console(
    failing_rule: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(FIXTURES / "model-complete.txt")]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and SECRET not in captured.err
    assert "検査規則「test.boom」の実行中にエラーが発生したため、その検査結果はない（ValueError）。" in captured.out
    _flush()
    logged = log_file_path().read_text(encoding="utf-8")
    assert f"ERROR ordreview.review: check rule test.boom failed on {FIXTURES / 'model-complete.txt'}" in logged
    assert "Traceback" in logged


def test_export_logs_nothing_of_the_draft_or_the_comments(tmp_path: Path) -> None:
    assert main(["export", str(FIXTURES / "defects.txt"), "-o", str(tmp_path / "out")]) == 0
    _flush()
    path = log_file_path()
    logged = path.read_text(encoding="utf-8") if path.exists() else ""
    assert "あおば市" not in logged and "個人情報" not in logged


def test_database_errors_never_quote_the_statement_parameters(tmp_path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from ordreview.store import open_store

    store = open_store(str(tmp_path / "reviews.sqlite3"))
    try:
        with pytest.raises(SQLAlchemyError) as info, store.engine.connect() as conn:
            conn.execute(text("INSERT INTO no_such_table VALUES (:comment)"), {"comment": SECRET})
    finally:
        store.close()
    assert "no such table: no_such_table" in str(info.value)
    assert SECRET not in str(info.value)
    assert "[SQL parameters hidden due to hide_parameters=True]" in str(info.value)

"""Exports of awkward reviews: findings without a span, a source swapped after review.

A finding with no span (a whole-draft finding, or ``check.rule_failed``) must still reach
the officer: as a comment on the title of the annotated draft and as a row in the report.
A .docx source that was replaced by a hostile file between review and export is refused
with a bilingual ``ExportError`` before python-docx opens it, and nothing is written.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from ordreview.core.errors import ExportError, ReadError
from ordreview.core.model import Location, Review, RuleId
from ordreview.core.checks.registry import finding_id
from ordreview.core.read.docx import check_docx_safe
from ordreview.core.review import review_file
from ordreview.export.annotate import export_annotated
from ordreview.export.report import export_report
from tests.conftest import FIXTURES
from tests.export.helpers import REVIEWER, anchored_texts

SPANLESS_JA = "検査規則「num.article」の実行中にエラーが発生したため、その検査結果はない（MemoryError）。"
SPANLESS_EN = "Check rule “num.article” failed and produced no results (MemoryError)."


def _with_spanless_finding(review: Review) -> Review:
    """``review`` plus one finding without a span, shaped like ``check.rule_failed``."""
    base = review.findings[0]
    spanless = replace(
        base,
        id=finding_id("num.article", None, "", "failed"),
        rule=RuleId("num.article"),
        requirement=None,
        point="other",
        location=Location(None, None, None, None),
        code="check.rule_failed",
        message_ja=SPANLESS_JA,
        message_en=SPANLESS_EN,
        statute="",
        policy="",
        suggestion="",
        anchor_text="",
        evidence=(),
        comparison=None,
    )
    return replace(review, findings=(*review.findings, spanless))


@pytest.mark.parametrize(
    ("fixture", "title"),
    [
        ("model-complete.txt", "みなと市個人情報保護条例"),
        ("model-complete.docx", "みなと市個人情報保護条例"),
    ],
)
def test_finding_without_span_is_a_comment_on_the_title(fixture: str, title: str, tmp_path: Path) -> None:
    source = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, source)
    review = _with_spanless_finding(review_file(source))
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "annotated.docx")
    comments = {c.comment_id: c.text for c in docx.Document(str(out)).comments}
    ours = [cid for cid, text in comments.items() if SPANLESS_JA in text]
    assert len(ours) == 1
    assert anchored_texts(out)[ours[0]] == title


def test_finding_without_span_is_listed_in_the_report(tmp_path: Path) -> None:
    review = _with_spanless_finding(review_file(FIXTURES / "model-complete.txt"))
    out = export_report(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "report.docx")
    d = docx.Document(str(out))
    cells = [cell.text for table in d.tables for row in table.rows for cell in row.cells]
    texts = [p.text for p in d.paragraphs] + cells
    assert sum(SPANLESS_JA in t for t in texts) >= 1


@pytest.mark.parametrize(
    ("bad", "reader_code"),
    [
        ("zipbomb.docx", "read.zip_total"),
        ("xxe.docx", "read.xml_dtd"),
        ("billion-laughs.docx", "read.xml_dtd"),
    ],
)
def test_source_swapped_for_a_hostile_file_is_refused(bad: str, reader_code: str, tmp_path: Path) -> None:
    source = tmp_path / "個人情報保護条例案.docx"
    shutil.copy(FIXTURES / "model-complete.docx", source)
    review = review_file(source)
    shutil.copy(FIXTURES / "bad" / bad, source)
    target = tmp_path / "out.docx"
    with pytest.raises(ExportError) as info:
        export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=target)
    err = info.value
    with pytest.raises(ReadError) as reader:
        check_docx_safe(str(source))
    assert reader.value.code == reader_code
    assert err.code == "export.source_unsafe"
    assert err.message_ja == (
        "元の条例案（Word）が審査の後に変更されたか、安全に開けないため、注釈付き条例案を作成できません。"
        + reader.value.message_ja
    )
    assert err.message_en == (
        "The source Word draft changed after the review or cannot be opened safely; no annotated draft"
        " was written. " + reader.value.message_en
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["個人情報保護条例案.docx"]


def test_source_edited_after_the_review_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "個人情報保護条例案.docx"
    shutil.copy(FIXTURES / "model-complete.docx", source)
    review = review_file(source)
    edited = docx.Document(str(source))
    edited.paragraphs[0].insert_paragraph_before("（修正案）")
    edited.save(str(source))
    with pytest.raises(ExportError) as info:
        export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "out.docx")
    assert info.value.message_ja == (
        "元の条例案（Word）が審査の後に変更されています。コメントの位置がずれるため、"
        f"もう一度審査してから書き出してください: {source}"
    )
    assert info.value.message_en == (
        "The source Word draft has changed since it was reviewed; review it again before exporting,"
        f" or the comments would land in the wrong places: {source}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["個人情報保護条例案.docx"]


def test_source_unchanged_but_touched_is_exported(tmp_path: Path) -> None:
    source = tmp_path / "案.docx"
    shutil.copy(FIXTURES / "model-complete.docx", source)
    review = review_file(source)
    os.utime(source, (0, 0))  # copied or synced again: same bytes, new times
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "out.docx")
    assert len(list(docx.Document(str(out)).comments)) == len(review.findings)

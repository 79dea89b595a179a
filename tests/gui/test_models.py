"""The item models: Qt's consistency checker, exact cells, roles and filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ordreview.core.model import Annotation, FindingId
from ordreview.gui.models.coverage import AlignmentModel, CoverageModel
from ordreview.gui.models.findings import (
    COL_MESSAGE,
    COL_PLACE,
    COL_SEVERITY,
    COL_STATUS,
    FindingIdRole,
    FindingsFilterProxy,
    FindingsModel,
    SpanStartRole,
    StatusRole,
)
from ordreview.gui.models.outline import OutlineModel
from ordreview.gui.models.tree import KeyRole, StatusRole as TreeStatusRole
from tests.gui.factories import FINDINGS, REQUIREMENTS, make_review, span_of


def _ann(fid: str, status: str, comment: str = "", version: int = 1) -> Annotation:
    return Annotation(FindingId(fid), status, comment, "検査 太郎", "2026-11-27T00:00:00Z", version)


@pytest.fixture
def findings_model(qapp) -> FindingsModel:
    review = make_review()
    model = FindingsModel(lang="ja")
    model.set_findings(review.findings, ordinance=review.ordinance)
    return model


def test_findings_model_passes_modeltester(qtmodeltester, findings_model: FindingsModel) -> None:
    qtmodeltester.check(findings_model)  # Qt's own QAbstractItemModelTester
    qtmodeltester.check(findings_model, force_py=True)  # pytest-qt's Python port, more verbose
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(findings_model)
    proxy.set_point("A")
    qtmodeltester.check(proxy)


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        (0, COL_SEVERITY, "● 誤り"),
        (1, COL_SEVERITY, "■ 参考"),
        (2, COL_SEVERITY, "▲ 注意"),
        (0, COL_PLACE, "第2条第1項"),
        (2, COL_PLACE, "第3条"),
        (4, COL_PLACE, "全体"),
        (0, COL_MESSAGE, "日本語の指摘 f-def"),
        (0, COL_STATUS, "未確認"),
    ],
)
def test_findings_model_cells(findings_model: FindingsModel, row: int, column: int, expected: str) -> None:
    assert findings_model.index(row, column).data() == expected


def test_findings_model_english_messages(findings_model: FindingsModel) -> None:
    findings_model.set_language("en")
    assert findings_model.index(0, COL_MESSAGE).data() == "English finding f-def"


def test_findings_model_roles(findings_model: FindingsModel) -> None:
    idx = findings_model.index(2, 0)
    assert idx.data(FindingIdRole) == "f-collect"
    assert idx.data(SpanStartRole) == span_of("適法かつ公正な手段").start
    assert findings_model.index(4, 0).data(SpanStartRole) == -1


def test_annotation_update_changes_only_the_status_cell(qtbot, findings_model: FindingsModel) -> None:
    with qtbot.waitSignal(findings_model.dataChanged) as blocker:
        findings_model.update_annotation(_ann("f-collect", "needs_fix"))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (2, COL_STATUS, 2, COL_STATUS)
    assert findings_model.index(2, COL_STATUS).data() == "要修正"
    assert findings_model.index(2, 0).data(StatusRole) == "needs_fix"


@pytest.mark.parametrize(
    ("point", "severity", "status", "text", "expected_ids"),
    [
        (None, None, None, "", ["f-def", "f-org", "f-collect", "f-astral", "f-whole"]),
        ("A", None, None, "", ["f-def"]),
        ("other", None, None, "", ["f-org", "f-astral"]),
        (None, "error", None, "", ["f-def", "f-whole"]),
        (None, None, "needs_fix", "", ["f-collect"]),
        (None, None, "unreviewed", "", ["f-def", "f-org", "f-astral", "f-whole"]),
        (None, None, None, "english FINDING f-org", ["f-org"]),
        (None, None, None, "適法かつ", ["f-collect"]),
        (None, None, None, "第3条", ["f-collect"]),
        ("B", "warning", None, "", ["f-collect"]),
        ("B", "error", None, "", []),
    ],
)
def test_filter_proxy(findings_model, point, severity, status, text, expected_ids) -> None:
    findings_model.set_annotations({FindingId("f-collect"): _ann("f-collect", "needs_fix")})
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(findings_model)
    proxy.set_point(point)
    proxy.set_severity(severity)
    proxy.set_status(status)
    proxy.set_text(text)
    got = [proxy.index(r, 0).data(FindingIdRole) for r in range(proxy.rowCount())]
    assert got == expected_ids


def test_sort_by_severity_keeps_document_order_within_a_severity(findings_model) -> None:
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(findings_model)
    proxy.sort(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    got = [proxy.index(r, 0).data(FindingIdRole) for r in range(proxy.rowCount())]
    assert got == ["f-def", "f-whole", "f-collect", "f-astral", "f-org"]


def _tree_rows(model, parent=None, depth=0):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    rows = []
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        rows.append((depth, *[model.index(r, c, parent).data() for c in range(model.columnCount(parent))]))
        rows.extend(_tree_rows(model, idx, depth + 1))
    return rows


def test_outline_model(qtmodeltester, qapp) -> None:
    model = OutlineModel()
    model.set_review(make_review())
    qtmodeltester.check(model)
    assert _tree_rows(model) == [
        (0, "第1章　総則", "", "2"),
        (1, "第1条（目的）", "", ""),
        (1, "第2条（定義）", "△ A1 O2", "2"),
        (0, "第2章　個人情報の取扱い", "", "2"),
        (1, "第3条（収集の制限）", "", "1"),
        (1, "第4条（𠮷田地区の特例）", "", "1"),
    ]


def test_coverage_model(qtmodeltester, qapp) -> None:
    model = CoverageModel(lang="ja")
    model.set_review(make_review(), REQUIREMENTS)
    qtmodeltester.check(model)
    assert _tree_rows(model) == [
        (0, "A 個人情報の定義の明確化　△1", "", "", ""),
        (1, "A1", "△ 一部", "個人情報の定義", "第2条"),
        (0, "B 要配慮個人情報の取扱い　✕1", "", "", ""),
        (1, "B1", "✕ 欠落", "要配慮個人情報の定義", ""),
        (0, "C 非識別加工情報の仕組み　－1", "", "", ""),
        (1, "C0", "－ 対象外", "非識別加工情報の仕組み", ""),
        (0, "その他の確認事項　✓1", "", "", ""),
        (1, "O2", "✓ 充足", "実施機関の範囲", "第2条"),
    ]
    assert model.counts() == {"covered": 1, "partial": 1, "missing": 1, "not_applicable": 1}
    statuses = [(n.key, n.status) for n in model.walk() if n.parent is not None and n.parent.key != ""]
    assert ("B1", "missing") in statuses


def test_alignment_model(qtmodeltester, qapp) -> None:
    model = AlignmentModel(lang="en")
    model.set_review(make_review(), REQUIREMENTS)
    qtmodeltester.check(model)
    assert _tree_rows(model) == [
        (0, "第2条（定義）", "A1 O2"),
        (1, "A1 Definition of personal information", "△ 一部"),
        (1, "O2 Scope of implementing bodies", "✓ 充足"),
    ]
    root = model.index(0, 0)
    assert root.data(KeyRole) == "2"
    assert model.index(0, 0, root).data(TreeStatusRole) == "partial"


def test_findings_fixture_is_in_document_order() -> None:
    starts = [f.location.span.start for f in FINDINGS if f.location.span is not None]
    assert starts == sorted(starts)

"""The window with a PDF draft and with text pasted out of a PDF: same findings as the engine,
highlights on the finding's own characters."""

from __future__ import annotations

import pytest

from ordreview.core.review import review_file
from ordreview.gui.models.findings import FindingIdRole
from tests.conftest import FIXTURES

SOURCES = ["defects.pdf", "pdf-extracted-old-style.txt"]


@pytest.mark.parametrize("name", SOURCES)
def test_a_pdf_source_opens_with_the_engines_findings_on_their_characters(make_window, qtbot, name) -> None:
    expected = review_file(FIXTURES / name)
    window = make_window()
    with qtbot.waitSignal(window.annotations_loaded, timeout=20_000):
        window.open_file(str(FIXTURES / name))
    assert [f.id for f in window.findings_model.findings()] == [f.id for f in expected.findings]
    assert window.draft.source_text() == expected.ordinance.text  # (the view may add indentation)
    proxy = window.findings.proxy
    for row in range(0, proxy.rowCount(), max(1, proxy.rowCount() // 6)):
        window.findings.table.selectRow(row)
        fid = proxy.index(row, 0).data(FindingIdRole)
        finding = window.findings_model.finding(window.findings_model.row_of(fid))
        if finding.location.span is None:
            continue
        # through the view's offset map: a flat draft is shown with indentation the text lacks
        assert window.draft.selected_span() == finding.location.span
        shown = window.draft.textCursor().selectedText().replace("\u2029", "\n")
        assert shown.replace("\u3000", "") == finding.location.span.slice(expected.ordinance.text).replace("\u3000", "")

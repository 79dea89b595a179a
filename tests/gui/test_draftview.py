"""The draft view: offsets across astral characters, visible-only highlights, margin marks."""

from __future__ import annotations

import pytest
from ordreview.core.model import Finding, FindingId, Location, RuleId, Span
from ordreview.gui.widgets.draftview import UNDERLINES, DraftView, OffsetMap
from tests.gui.factories import DRAFT, FINDINGS, span_of

#        0123 4 5678   (Python offsets; 𠮷 is one code point, two UTF-16 units)
ASTRAL = "ab𠮷cd𠮷e"


@pytest.mark.parametrize(
    ("py", "qt"),
    [
        (0, 0),
        (2, 2),  # at 𠮷
        (3, 4),  # after the first 𠮷
        (5, 6),  # at the second 𠮷
        (6, 8),
        (7, 9),  # end of text
    ],
)
def test_offset_map_round_trip(py: int, qt: int) -> None:
    m = OffsetMap(ASTRAL)
    assert m.to_qt(py) == qt
    assert m.to_py(qt) == py


def test_offset_map_inside_a_surrogate_pair_maps_to_its_character() -> None:
    assert OffsetMap(ASTRAL).to_py(3) == 2


@pytest.fixture
def view(qtbot) -> DraftView:
    v = DraftView()
    qtbot.addWidget(v)
    v.resize(500, 400)
    v.show()
    return v


def test_selecting_after_astral_characters(view: DraftView) -> None:
    view.set_text(DRAFT)
    view.set_findings(FINDINGS, lang="ja")
    span = span_of("前条の規定")
    view.select_span(span, finding_id="f-astral")
    assert view.selected_span() == span
    cursor = view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (span.start + 2, span.end + 2)
    assert cursor.selectedText() == "前条の規定"


def test_margin_marks_the_worst_severity_per_line(view: DraftView) -> None:
    view.set_text(DRAFT)
    view.set_findings(FINDINGS, lang="ja")
    lines = DRAFT.split("\n")
    line_of = {needle: next(i for i, l in enumerate(lines) if needle in l)
               for needle in ("個人に関する情報であって", "町長及び教育委員会", "適法かつ公正な手段", "前条の規定")}
    assert view.block_marks() == {
        line_of["個人に関する情報であって"]: "error",
        line_of["町長及び教育委員会"]: "info",
        line_of["適法かつ公正な手段"]: "warning",
        line_of["前条の規定"]: "warning",
    }
    assert view.highlight_count() == 4  # the whole-draft finding has no span


def test_each_severity_has_its_own_underline(view: DraftView) -> None:
    view.set_text(DRAFT)
    view.set_findings(FINDINGS, lang="ja")
    styles = {s.format.underlineStyle() for s in view.extraSelections()}
    assert styles == set(UNDERLINES.values())


def _big(lines: int) -> tuple[str, list[Finding]]:
    text = "\n".join(f"第{n}条　実施機関は、前条の規定により個人情報を取り扱う。" for n in range(1, lines + 1))
    findings = []
    pos = 0
    for n in range(lines):
        start = text.index("前条の規定", pos)
        pos = start + 1
        findings.append(Finding(FindingId(f"f{n}"), RuleId("t"), None, "warning", "other",
                                Location(None, None, None, Span(start, start + 5)), "c", "m", "m"))
    return text, findings


def test_only_findings_near_the_view_are_built(view: DraftView) -> None:
    text, findings = _big(3000)
    view.set_text(text)
    view.set_findings(findings, lang="ja")
    assert view.highlight_count() == 3000
    assert 0 < view.drawn_count() < 300
    far = findings[2500]
    view.select_span(far.location.span, finding_id=far.id)
    starts = {s.cursor.selectionStart() for s in view.extraSelections()}
    assert far.location.span.start in starts
    assert findings[0].location.span.start not in starts
    lo, hi = view.visible_range()
    assert lo <= far.location.span.start < hi


def test_finding_lookup_prefers_the_innermost(view: DraftView) -> None:
    outer = Finding(FindingId("outer"), RuleId("t"), None, "info", "other",
                    Location(None, None, None, span_of("第2条　この条例において「個人情報」とは")), "c", "m", "m")
    view.set_text(DRAFT)
    view.set_findings([outer, *FINDINGS], lang="ja")
    inner_start = span_of("「個人情報」").start
    assert [f.id for f in view.findings_at(inner_start)] == ["outer"]
    assert [f.id for f in view.findings_at(span_of("個人に関する情報であって").start)] == ["f-def"]


"""The real pipeline: fixtures reviewed by the engine, exported, reopened and checked."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_UNDERLINE
from docx.oxml.ns import qn

from ordreview.core.model import Document, Span
from ordreview.core.review import review_file
from ordreview.export.annotate import export_annotated
from ordreview.export.report import export_report, marks_of
from tests.conftest import FIXTURES
from tests.export.helpers import REVIEWER, anchored_texts, paragraph_signature, ppr_xml

FIXTURE_NAMES = [
    "defects.txt",
    "model-complete.docx",
    "tracked-changes.docx",
    "auto-numbering.docx",
    "reikishu.html",
]


def _without_prefixes(doc: Document, span: Span) -> str:
    """The span's text minus numbering characters that no run holds (what Word can mark)."""
    out = []
    for offset in range(span.start, span.end):
        block = doc.block_at(offset)
        start = doc.block_starts[block]
        if start <= offset < start + doc.blocks[block].prefix_len:
            continue
        out.append(doc.text[offset])
    return "".join(out)


@pytest.fixture(scope="module", params=FIXTURE_NAMES)
def reviewed(request):
    return request.param, review_file(FIXTURES / request.param)


@pytest.mark.parametrize("suggest", [False, True])
def test_every_finding_is_one_comment_on_its_text(reviewed, tmp_path: Path, suggest: bool) -> None:
    name, review = reviewed
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx", suggest_changes=suggest)
    comments = [c for c in docx.Document(str(out)).comments if c.author == REVIEWER.name]
    assert len(comments) == len(review.findings) > 0
    anchored = anchored_texts(out)  # the draft as read, our own suggested changes undone
    doc = review.ordinance.document
    expected = [_without_prefixes(doc, f.location.span) if f.location.span else "" for f in review.findings]
    assert [anchored[c.comment_id] for c in comments] == expected


@pytest.mark.parametrize("name", ["model-complete.docx", "tracked-changes.docx", "auto-numbering.docx"])
def test_docx_paragraphs_unchanged(name: str, tmp_path: Path) -> None:
    review = review_file(FIXTURES / name)
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx")
    old = list(docx.Document(str(FIXTURES / name)).element.body.iter(qn("w:p")))
    new = list(docx.Document(str(out)).element.body.iter(qn("w:p")))
    assert [paragraph_signature(p) for p in new] == [paragraph_signature(p) for p in old]
    assert [ppr_xml(p) for p in new] == [ppr_xml(p) for p in old]


def test_report_underlines_every_definition_diff(tmp_path: Path) -> None:
    review = review_file(FIXTURES / "defects.txt")
    comps = {}
    for f in review.findings:
        if f.comparison is not None:
            comps.setdefault((f.comparison.draft, f.comparison.statute), f.comparison)
    assert comps
    out = export_report(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "r.docx")
    tables = {}
    for table in docx.Document(str(out)).tables:
        if [c.text for c in table.rows[0].cells] == ["条例案", "法（参考）"]:
            cells = table.rows[1].cells
            tables[(cells[0].text, cells[1].text)] = cells
    assert set(tables) == set(comps)
    for key, comp in comps.items():
        for cell, side in zip(tables[key], "ab"):
            pos, marked = 0, set()
            for run in cell.paragraphs[0].runs:
                if run.font.underline == WD_UNDERLINE.SINGLE:
                    marked.update(range(pos, pos + len(run.text)))
                pos += len(run.text)
            assert marked == {i for a, b in marks_of(comp.chunks, side) for i in range(a, b)}

"""PDF drafts read directly: the text layer as a Document, refusals, limits, export.

``fixtures/defects.pdf`` is ``defects.txt`` printed to PDF by LibreOffice and
``fixtures/post-2023-vertical.pdf`` a vertical (縦書き) print of ``post-2023.txt``
(``fixtures/tools/make_pdf.py``); the bad PDFs are made in memory by the same script.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from fixtures.tools import make_pdf
from ordreview.core.errors import LimitExceededError, NotAnOrdinanceError, ReadError
from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.profile import load_profile
from ordreview.core.read import limits, read_bytes, read_document
from ordreview.core.review import review_ordinance
from ordreview.core.text import fold
from tests.conftest import FIXTURES, ROOT

DEFECTS_PDF = FIXTURES / "defects.pdf"


def _bilingual(err: ReadError) -> None:
    assert re.search("[\u3040-\u30ff\u4e00-\u9fff]", err.message_ja)
    assert err.message_en.isascii() and err.message_en


def _struct(ordinance) -> list[tuple]:
    return [
        (a.num, a.caption, len(a.paragraphs), tuple(len(p.items) for p in a.paragraphs))
        for a in ordinance.articles
    ]


def _findings(ordinance) -> Counter:
    review = review_ordinance(ordinance, load_profile(None))
    return Counter(
        (f.rule, f.requirement, f.severity, re.sub(r"\s+", "", fold(f.anchor_text))) for f in review.findings
    )


def test_a_printed_draft_reads_as_its_text_with_page_and_line_locators() -> None:
    doc = read_document(DEFECTS_PDF)
    assert doc.source.format == "pdf"
    assert doc.source.sha256 == hashlib.sha256(DEFECTS_PDF.read_bytes()).hexdigest()
    assert doc.blocks[0].text == "あおば市個人情報保護条例"
    assert {b.locator.kind for b in doc.blocks} == {"pdf"}
    pages = [b.locator.index for b in doc.blocks]
    assert pages == sorted(pages) and pages[0] == 0 and pages[-1] == 12
    assert [n.code for n in doc.notices] == ["read.pdf_read"]
    # each block starts on the page and line its locator names
    page_texts = doc.source_map.original.split("\f")
    for block, start in zip(doc.blocks, doc.block_starts):
        if block.text.strip():
            line = page_texts[block.locator.index].split("\n")[block.locator.line]
            assert block.text.lstrip()[:1] in line


def test_a_printed_draft_gets_the_structure_and_findings_of_its_text() -> None:
    clean = parse_text((FIXTURES / "defects.txt").read_text(encoding="utf-8"))
    printed = load_ordinance(DEFECTS_PDF)
    assert _struct(printed) == _struct(clean)
    assert _findings(printed) == _findings(clean)


def test_vertical_pages_are_read_in_column_order() -> None:
    doc = read_document(FIXTURES / "post-2023-vertical.pdf")
    assert "read.pdf_vertical" in [n.code for n in doc.notices]
    assert doc.blocks[0].text == "みずほ市個人情報の保護に関する法律施行条例"
    ordinance = load_ordinance(FIXTURES / "post-2023-vertical.pdf")
    captions = [a.caption for a in ordinance.articles[:3]]
    assert captions == ["趣旨", "定義", "条例要配慮個人情報"]


def test_check_json_gives_the_page_and_line_of_each_finding() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ordreview", "check", "--json", str(DEFECTS_PDF)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    data = json.loads(out.stdout)
    located = [f["location"] for f in data["findings"] if f["location"]["span"] is not None]
    assert located and all(1 <= loc["source_page"] <= 13 and loc["source_line"] >= 1 for loc in located)


def test_export_writes_the_report_and_a_word_rendering_never_a_pdf(tmp_path: Path) -> None:
    before = DEFECTS_PDF.read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "ordreview", "export", "-o", str(tmp_path), str(DEFECTS_PDF)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert out.returncode == 0, out.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["defects_review-annotated.docx", "defects_review-report.docx"]
    assert DEFECTS_PDF.read_bytes() == before
    import docx

    annotated = docx.Document(str(tmp_path / "defects_review-annotated.docx"))
    assert annotated.paragraphs[0].text == "あおば市個人情報保護条例"
    assert len(annotated.comments) > 20


def test_the_window_analyses_and_exports_a_pdf(tmp_path: Path) -> None:
    from ordreview.core.model import Reviewer
    from ordreview.gui.services import Services

    class Quiet:
        def report(self, done: int, total: int, label: str = "") -> None:
            pass

        def check(self) -> None:
            pass

    services = Services(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}")
    review = services.analyse(str(DEFECTS_PDF), Quiet())
    assert review.ordinance.document.source.format == "pdf"
    result = services.export(
        review=review, annotations={}, reviewer=Reviewer("担当", "TN"), folder=tmp_path, progress=Quiet()
    )
    assert result.annotated.suffix == ".docx" and result.report.suffix == ".docx"
    services.close()


# ----------------------------------------------------------------------------- refusals


def test_a_scan_without_text_is_refused_saying_so() -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(make_pdf.image_only_pdf(), path="scan.pdf")
    assert info.value.code == "read.pdf_no_text"
    assert "OCR" in info.value.message_ja and "scanned" in info.value.message_en
    _bilingual(info.value)


def test_a_password_protected_pdf_is_refused() -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(make_pdf.encrypted_pdf(), path="locked.pdf")
    assert info.value.code == "read.pdf_encrypted"
    _bilingual(info.value)


@pytest.mark.parametrize("parms", [False, True], ids=["plain", "nested-decode-parms"])
def test_a_flate_bomb_is_refused_before_pdfium_sees_it(parms: bool) -> None:
    data = make_pdf.flate_bomb_pdf(limits.MAX_PDF_STREAM_BYTES + (1 << 20), parms=parms)
    assert len(data) < 1 << 20
    with pytest.raises(LimitExceededError) as info:
        read_bytes(data, path="bomb.pdf")
    assert info.value.code == "read.pdf_inflated"
    _bilingual(info.value)


def test_too_many_pages_are_refused_before_any_is_loaded() -> None:
    with pytest.raises(LimitExceededError) as info:
        read_bytes(make_pdf.many_pages_pdf(limits.MAX_PDF_PAGES + 1), path="pages.pdf")
    assert info.value.code == "read.pdf_pages"
    _bilingual(info.value)


def test_an_enormous_page_is_read_like_any_other() -> None:
    data = make_pdf.text_pdf(["Dai 1 jo  Mokuteki", "This page is 14,400 points square."] * 3, size=(14400, 14400))
    doc = read_bytes(data, path="huge.pdf")
    assert "Dai 1 jo" in doc.text


def test_a_pdf_that_is_not_an_ordinance_is_refused_by_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(make_pdf.text_pdf(["Minutes of the meeting held on Monday."] * 4))
    with pytest.raises(NotAnOrdinanceError):
        load_ordinance(path)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", b"%PDF-" + bytes(range(256)) * 4],
    ids=["header-only", "no-pages", "garbage"],
)
def test_damaged_pdfs_are_refused_bilingually(data: bytes) -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(data, path="bad.pdf")
    assert info.value.code in ("read.pdf_damaged", "read.pdf_no_text")
    _bilingual(info.value)


def test_a_page_with_more_text_than_the_limit_is_refused_before_it_is_read(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", 100)
    with pytest.raises(LimitExceededError) as info:
        read_bytes(make_pdf.text_pdf(["Dai 1 jo  kono jourei wa"] * 6), path="long.pdf")
    assert info.value.code == "read.pdf_text"
    _bilingual(info.value)


def test_each_word_comment_says_where_the_finding_is_in_the_pdf(tmp_path: Path) -> None:
    from ordreview.export.annotate import comment_lines

    ordinance = load_ordinance(DEFECTS_PDF)
    review = review_ordinance(ordinance, load_profile(None))
    located = [f for f in review.findings if f.location.span is not None]
    for finding in located[:10]:
        text = "\n".join(line for line, _ in comment_lines(finding, None, ordinance))
        page, line = re.search(r"元の PDF での位置: (\d+)ページ (\d+)行目", text).groups()
        start = ordinance.document.source_map.to_source(finding.location.span).start
        original = ordinance.document.source_map.original
        assert original.count("\f", 0, start) + 1 == int(page)
        page_start = original.rfind("\f", 0, start) + 1
        assert original.count("\n", page_start, start) + 1 == int(line)


def test_running_heads_and_page_numbers_of_a_word_printout_are_left_out() -> None:
    path = FIXTURES / "post-2023-headed.pdf"
    doc = read_document(path)
    assert doc.source_map.original.count("\f") >= 3  # several pages, each with head and footer
    assert "例規集" in doc.source_map.original and "例規集" not in doc.text
    assert not re.search(r"－\s*\d+\s*－", doc.text)
    clean = parse_text((FIXTURES / "post-2023.txt").read_text(encoding="utf-8"))
    printed = load_ordinance(path)
    assert _struct(printed) == _struct(clean)
    assert _findings(printed) == _findings(clean)


def test_the_report_says_the_draft_was_read_from_a_pdf(tmp_path: Path) -> None:
    import docx

    from ordreview.core.model import Reviewer
    from ordreview.export.report import export_report

    review = review_ordinance(load_ordinance(DEFECTS_PDF), load_profile(None))
    path = export_report(review=review, annotations={}, reviewer=Reviewer("担当", "TN"), path=tmp_path / "r.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "PDF（13 ページ）の文字を抽出して読み取りました" in text

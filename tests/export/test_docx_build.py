"""Clean Word layout of .txt/.html drafts: one paragraph per block, 例規-style indents."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_document
from ordreview.export.annotate import export_annotated
from ordreview.export.docx_build import build_document
from tests.conftest import FIXTURES
from tests.export.helpers import REVIEWER, anchored_texts, finding, review_of, span_of

DRAFT = """架空市個人情報保護条例
平成30年3月20日条例第7号
目次
第1章　総則（第1条・第2条）
附則
第1章　総則
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
ア　当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの
イ　個人識別符号が含まれるもの
(2)　実施機関　市長及び教育委員会をいう。
2　前項に定めるもののほか、この条例において使用する用語は、法において使用する用語の例による。
附　則
この条例は、公布の日から施行する。"""

EM = Pt(10.5)


@pytest.fixture(scope="module")
def built():
    ordinance = parse_text(DRAFT, path="draft.txt")
    return ordinance, build_document(ordinance)


def test_one_paragraph_per_block_with_the_exact_text(built) -> None:
    ordinance, result = built
    paras = list(result.document.element.body.iter(qn("w:p")))
    assert [bp.p for bp in result.paragraphs] == paras
    assert ["".join(t.text for t in p.iter(qn("w:t"))) for p in paras] == DRAFT.split("\n")


@pytest.mark.parametrize(
    ("line", "align", "left", "first"),
    [
        ("架空市個人情報保護条例", WD_ALIGN_PARAGRAPH.CENTER, None, None),
        ("平成30年3月20日条例第7号", WD_ALIGN_PARAGRAPH.RIGHT, None, None),
        ("第1章　総則", None, EM * 3, None),
        ("（定義）", None, EM, None),
        ("第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。", None, EM, -EM),
        ("(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。", None, EM * 2, -EM),
        ("イ　個人識別符号が含まれるもの", None, EM * 3, -EM),
        ("2　前項に定めるもののほか、この条例において使用する用語は、法において使用する用語の例による。", None, EM, -EM),
        ("附　則", None, EM * 3, None),
    ],
)
def test_layout_follows_the_structure(built, line: str, align, left, first) -> None:
    ordinance, result = built
    index = DRAFT.split("\n").index(line)
    paragraph = result.document.paragraphs[index]
    fmt = paragraph.paragraph_format
    assert (paragraph.alignment, fmt.left_indent, fmt.first_line_indent) == (align, left, first)


def test_styles_carry_an_east_asian_face(built) -> None:
    _, result = built
    fonts = result.document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert (fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii"))) == ("ＭＳ 明朝", "ＭＳ 明朝")
    lang = result.document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "ja-JP"


def test_text_draft_comments_anchor_exactly(tmp_path: Path) -> None:
    src = tmp_path / "draft.txt"
    src.write_text(DRAFT, encoding="utf-8")
    ordinance = parse_document(read_document(src))
    doc = ordinance.document
    needles = ["個人識別符号", "市長及び教育委員会", "いう。\nア　当該情報", "附　則"]
    findings = [finding(doc, span_of(doc, n)) for n in needles]
    out = export_annotated(review=review_of(ordinance, findings), annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx")
    comments = list(docx.Document(str(out)).comments)
    anchored = anchored_texts(out)
    assert [anchored[c.comment_id] for c in comments] == needles


def test_html_draft_comments_anchor_exactly(tmp_path: Path) -> None:
    ordinance = parse_document(read_document(FIXTURES / "reikishu.html"))
    doc = ordinance.document
    spans = [a.span for a in ordinance.articles[:5]]
    findings = [finding(doc, s, message_ja=f"指摘{i}") for i, s in enumerate(spans)]
    out = export_annotated(review=review_of(ordinance, findings), annotations={}, reviewer=REVIEWER, path=tmp_path / "h.docx")
    comments = list(docx.Document(str(out)).comments)
    anchored = anchored_texts(out)
    assert len(comments) == 5
    assert [anchored[c.comment_id] for c in comments] == [s.slice(doc.text) for s in spans]


FLAT_WITH_SECTIONS = """架空町個人情報保護条例
令和5年3月20日
架空町条例第12号
目次
第1章　総則（第1条）
第2章　個人情報の取扱い
第1節　収集（第2条）
第2節　利用（第3条）
附則
第1章　総則
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
第2章　個人情報の取扱い
第1節　収集
第2条　実施機関は、個人情報を収集するときは、その目的を明確にしなければならない。
第2節　利用
第3条　実施機関は、目的以外の目的のために個人情報を利用してはならない。
附　則
この条例は、公布の日から施行する。"""


def _visible_indent(paragraph) -> float:
    """Indent as printed: the paragraph's left indent plus the full-width spaces typed before the text."""
    typed = len(paragraph.text) - len(paragraph.text.lstrip(" 　"))
    return (paragraph.paragraph_format.left_indent or 0) + typed * EM


@pytest.mark.parametrize("typed", ["", "　"])
def test_toc_indents_sections_under_chapters_as_printed(typed: str) -> None:
    lines = FLAT_WITH_SECTIONS.splitlines()
    toc_start, toc_end = lines.index("目次") + 1, lines.index("附則")
    for i in range(toc_start, toc_end):  # the same draft typed with one or two leading spaces
        lines[i] = typed * (2 if "節" in lines[i] else 1) + lines[i]
    ordinance = parse_text("\n".join(lines), path="draft.txt")
    document = build_document(ordinance).document
    paras: dict = {}
    for p in document.paragraphs:  # the 目次 lines come first; the headings repeat them later
        paras.setdefault(p.text.strip(" 　"), p)
    chapter = _visible_indent(paras["第2章　個人情報の取扱い"])
    section = _visible_indent(paras["第1節　収集（第2条）"])
    assert _visible_indent(paras["目次"]) == 0
    assert _visible_indent(paras["第1章　総則（第1条）"]) == chapter == EM
    assert section == chapter + EM  # one character further in
    assert _visible_indent(paras["第2節　利用（第3条）"]) == section


def test_promulgation_date_and_number_are_both_flush_right() -> None:
    ordinance = parse_text(FLAT_WITH_SECTIONS, path="draft.txt")
    document = build_document(ordinance).document
    by_text = {p.text: p for p in document.paragraphs}
    assert by_text["令和5年3月20日"].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert by_text["架空町条例第12号"].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert by_text["架空町個人情報保護条例"].alignment == WD_ALIGN_PARAGRAPH.CENTER

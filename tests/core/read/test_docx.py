"""Word drafts: paragraphs in order, numbering, tracked changes (``core.read.docx``)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from ordreview.core.errors import ReadError
from ordreview.core.model import Locator
from ordreview.core.read import read_document
from ordreview.core.read.docx import iter_body_paragraphs, paragraph_text, run_texts
from ordreview.core.read.package import Package
from tests.conftest import FIXTURES

DOCX_FIXTURES = ("auto-numbering.docx", "tracked-changes.docx", "model-complete.docx")

# (text, prefix_len, style) per block of auto-numbering.docx; the numbers exist in no run
AUTO_NUMBERING = [
    ("架空村個人情報保護条例", 0, "Normal"),
    ("（目的）", 0, "Normal"),
    ("第１条　この条例は、架空村が保有する個人情報の適正な取扱いに関し必要な事項を定めるものとする。", 4, "条文"),
    ("（定義）", 0, "Normal"),
    ("第２条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。", 4, "条文"),
    ("（１）\t個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。", 4, "Normal"),
    ("ア 当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの", 2, "Normal"),
    ("イ 個人識別符号が含まれるもの", 2, "Normal"),
    ("（２）\t個人識別符号　規則で定める文字、番号、記号その他の符号をいう。", 4, "Normal"),
    ("（３）\t実施機関　村長、教育委員会及び議会をいう。", 4, "Normal"),
    ("（収集の制限）", 0, "Normal"),
    ("第３条　実施機関は、個人情報を収集するときは、利用目的を明確にしなければならない。", 4, "条文"),
    ("２　実施機関は、要配慮個人情報を収集してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。", 0, "Normal"),
    ("（１）\t法令等の規定に基づくとき。", 4, "Normal"),
    ("（２）\t本人の同意があるとき。", 4, "Normal"),
    ("附　則", 0, "Normal"),
    ("一 この条例は、令和９年４月１日から施行する。", 2, "Normal"),
    ("二 この条例の施行の際現に作成されている個人情報ファイル簿は、この条例の規定により作成されたものとみなす。", 2, "Normal"),
    ("五 第五号から始まる番号の例", 2, "Normal"),
    ("六 第六号となる番号の例", 2, "Normal"),
    ("番号を外した条文スタイルの段落", 0, "条文"),
]


def test_auto_numbering_is_materialised() -> None:
    doc = read_document(FIXTURES / "auto-numbering.docx")
    assert [(b.text, b.prefix_len, b.style) for b in doc.blocks] == AUTO_NUMBERING
    assert [b.locator for b in doc.blocks] == [Locator("docx", i) for i in range(len(AUTO_NUMBERING))]
    assert [n.code for n in doc.notices] == ["read.numbering"]
    assert "14" in doc.notices[0].message_ja
    assert doc.title_hint == "架空村個人情報保護条例"
    assert doc.source.format == "docx"
    assert doc.source.encoding is None and doc.source.newline is None


# (text, paragraph index, in_table) per block of tracked-changes.docx, changes accepted
TRACKED = [
    ("架空町個人情報保護条例の一部を改正する条例（案）", 0, False),
    ("（定義）", 1, False),
    ("第２条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。", 2, False),
    ("２　実施機関は、要配慮個人情報を収集してはならない。", 3, False),
    ("３　前項の規定にかかわらず、本人の同意があるときは、収集することができる。", 4, False),
    ("第３条　個人識別符号の範囲は、規則で定める。", 5, False),
    ("（委任）", 6, False),
    ("第４条　この条例の施行に関し必要な事項は、規則で定める。", 6, False),
    ("第５条\tこの条例は、行政機関個人情報保護法の規定の例による。施行期日は、令和９年４月１日とする。", 7, False),
    ("別表（第５条関係）", 8, False),
    ("事務の名称", 9, True),
    ("記録される個人情報", 10, True),
    ("住民基本台帳事務", 11, True),
    ("氏名、住所、生年月日", 12, True),
    ("附　則", 13, False),
    ("", 14, False),
    ("この条例は、令和９年４月１日から施行する。", 15, False),
]


def test_tracked_changes_are_accepted() -> None:
    doc = read_document(FIXTURES / "tracked-changes.docx")
    assert [(b.text, b.locator.index, b.locator.in_table) for b in doc.blocks] == TRACKED
    assert all(b.prefix_len == 0 for b in doc.blocks)
    assert [n.code for n in doc.notices] == ["read.tracked_changes", "read.comments_present"]
    assert "7" in doc.notices[0].message_ja and "7 tracked" in doc.notices[0].message_en
    assert "1" in doc.notices[1].message_ja
    assert "であってであって" not in doc.text and "公布の日" not in doc.text
    assert "規則の案を添付すること" not in doc.text  # the existing comment is not text


def test_model_complete_docx_equals_the_text_draft() -> None:
    doc = read_document(FIXTURES / "model-complete.docx")
    txt = read_document(FIXTURES / "model-complete.txt")
    assert doc.text == txt.text
    assert doc.title_hint == txt.blocks[0].text
    assert doc.blocks[0].style == "Title"
    assert {b.style for b in doc.blocks[1:]} <= {"章見出し", "条見出し", "条文", "項号"}
    assert "条見出し" in {b.style for b in doc.blocks}


def _doc_bodies(path: Path) -> list[etree._Element]:
    """The body as python-docx parses it (what the exporter sees) and as our parser does."""
    pydocx_body = docx.Document(str(path)).element.body
    package = Package(path.read_bytes(), path=str(path))
    ours = package.xml(package.main_document() or "")
    return [pydocx_body, ours.find(pydocx_body.tag)]


@pytest.mark.parametrize("name", DOCX_FIXTURES)
def test_paragraph_text_is_consistent_with_blocks(name: str) -> None:
    path = FIXTURES / name
    doc = read_document(path)
    for body in _doc_bodies(path):
        paragraphs = list(iter_body_paragraphs(body))
        by_index: dict[int, list[int]] = {}
        for n, block in enumerate(doc.blocks):
            by_index.setdefault(block.locator.index, []).append(n)
        assert sorted(by_index) == list(range(len(paragraphs)))
        for index, numbers in by_index.items():
            first = doc.blocks[numbers[0]]
            run_text = paragraph_text(paragraphs[index])
            assert "".join(t for _, t in run_texts(paragraphs[index])) == run_text
            joined = "\n".join(doc.blocks[n].text for n in numbers)
            assert joined[first.prefix_len :] == run_text
            start = doc.block_starts[numbers[0]] + first.prefix_len
            assert doc.text[start : start + len(run_text)] == run_text


def _docx_with_body(tmp_path: Path, body_xml: str, *, extra: dict[str, str] | None = None) -> Path:
    from fixtures.tools.make_bad import document_xml, minimal_docx

    data = minimal_docx(document_xml(body_xml))
    if extra:
        buf = io.BytesIO(data)
        with zipfile.ZipFile(buf, "a") as z:
            for name, content in extra.items():
                z.writestr(name, content)
        data = buf.getvalue()
    path = tmp_path / "d.docx"
    path.write_bytes(data)
    return path


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(
    ("body", "blocks"),
    [
        (f"<w:p>{_r('第１条')}<w:r><w:tab/></w:r>{_r('本文')}</w:p>", ["第１条\t本文"]),
        (f"<w:p>{_r('一')}<w:r><w:br w:type=\"page\"/></w:r>{_r('二')}</w:p>", ["一", "二"]),
        (f"<w:p>{_r('一')}<w:r><w:cr/></w:r></w:p>", ["一", ""]),
        (f"<w:p><w:smartTag>{_r('架空町')}</w:smartTag>{_r('長')}</w:p>", ["架空町長"]),
        (f"<w:p><w:sdt><w:sdtContent>{_r('入力')}</w:sdtContent></w:sdt></w:p>", ["入力"]),
        (
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            f"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{_r('３')}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            ["３"],
        ),
        (f"<w:p>{_r('A')}<w:r><w:noBreakHyphen/><w:softHyphen/></w:r>{_r('B')}</w:p>", ["A\u2011B"]),
        ("<w:p><w:r><w:t>改行\nを含む</w:t></w:r></w:p>", ["改行 を含む"]),
        (
            "<w:p><w:r><w:ruby><w:rt><w:r><w:t>よみ</w:t></w:r></w:rt>"
            "<w:rubyBase><w:r><w:t>読</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>",
            ["読"],
        ),
        (
            f"<w:p>{_r('表の前')}</w:p><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p>{_r('入れ子')}</w:p>"
            "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
            ["表の前", "入れ子"],
        ),
        (
            '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<mc:Choice Requires=\"wps\"><w:txbxContent><w:p>{_r('枠')}</w:p></w:txbxContent></mc:Choice>"
            f"<mc:Fallback><w:txbxContent><w:p>{_r('枠')}</w:p></w:txbxContent></mc:Fallback>"
            f"</mc:AlternateContent></w:r>{_r('本文')}</w:p>",
            ["本文", "枠"],
        ),
    ],
)
def test_run_rules(tmp_path: Path, body: str, blocks: list[str]) -> None:
    doc = read_document(_docx_with_body(tmp_path, body))
    assert [b.text for b in doc.blocks] == blocks


def test_document_without_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_document(_docx_with_body(tmp_path, "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"))
    assert info.value.code == "read.empty"


def test_zip_whose_main_part_is_not_a_word_document(tmp_path: Path) -> None:
    from fixtures.tools.make_bad import minimal_docx

    path = tmp_path / "x.docx"
    path.write_bytes(minimal_docx('<?xml version="1.0"?><workbook/>'))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.not_word"


def test_malformed_xml_is_a_read_error(tmp_path: Path) -> None:
    from fixtures.tools.make_bad import minimal_docx

    path = tmp_path / "x.docx"
    path.write_bytes(minimal_docx("<w:document><w:body>"))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert type(info.value) is ReadError
    assert info.value.code == "read.xml"
    assert "word/document.xml" in info.value.message_en


DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/word/numbering.xml"/>'
    "</Relationships>"
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = (
    f"<w:styles {W}>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Jo"><w:name w:val="条"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Go"><w:name w:val="号"/><w:basedOn w:val="Jo"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="循環"/><w:basedOn w:val="Loop"/></w:style>'
    "</w:styles>"
)
NUMBERING = (
    f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="第%1条　"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/>'
    '<w:pStyle w:val="Go"/><w:suff w:val="space"/><w:lvlText w:val="%2"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _p(text: str, style: str | None = None, numpr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{pstyle}{numpr}</w:pPr>"
    return f"<w:p>{ppr}{_r(text)}</w:p>"


def test_numbering_through_styles(tmp_path: Path) -> None:
    body = (
        _p("目的", "Jo")
        + _p("定義", "Jo")
        + _p("号の一", "Go")  # numId from Jo via basedOn, level from the abstract's w:pStyle
        + _p("号の二", "Go")
        + _p("直接の ilvl", "Go", '<w:numPr><w:ilvl w:val="0"/></w:numPr>')
        + _p("循環スタイル", "Loop")
        + _p("未知スタイル", "Nope")
    )
    path = _docx_with_body(
        tmp_path,
        body,
        extra={"word/_rels/document.xml.rels": DOC_RELS, "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING},
    )
    doc = read_document(path)
    assert [(b.text, b.prefix_len, b.style) for b in doc.blocks] == [
        ("第1条　目的", 4, "条"),
        ("第2条　定義", 4, "条"),
        ("⑴ 号の一", 2, "号"),
        ("⑵ 号の二", 2, "号"),
        ("第3条　直接の ilvl", 4, "号"),
        ("循環スタイル", 0, "循環"),
        ("未知スタイル", 0, "Nope"),
    ]

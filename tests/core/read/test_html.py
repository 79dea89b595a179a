"""HTML drafts saved from a 例規集 site (``core.read.html``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.errors import ReadError
from ordreview.core.model import Locator
from ordreview.core.read import read_document
from tests.conftest import FIXTURES


def test_reikishu_page_keeps_the_provisions_only() -> None:
    doc = read_document(FIXTURES / "reikishu.html")
    txt = read_document(FIXTURES / "model-complete.txt")
    expected = [b.text.strip(" ") for b in txt.blocks if b.text.strip()]
    assert [b.text for b in doc.blocks] == expected
    assert doc.title_hint == "みなと市個人情報保護条例｜みなと市例規集"
    assert doc.source.format == "html"
    assert doc.source.encoding == "cp932"
    assert doc.source.newline is None
    assert doc.blocks[3].locator == Locator("html", 3)
    assert doc.notices == ()
    for dropped in ("目次へ戻る", "トップページ", "Copyright", "dynamic", "not text", "関連リンク", "ホーム"):
        assert dropped not in doc.text


def _read(tmp_path: Path, page: str, *, encoding: str = "utf-8", name: str = "page.html") -> list[str]:
    path = tmp_path / name
    path.write_bytes(page.encode(encoding))
    return [b.text for b in read_document(path).blocks]


@pytest.mark.parametrize(
    ("body", "blocks"),
    [
        ("<p>第１条　<span>本文</span>です。</p>", ["第１条　本文です。"]),
        ("<div>（定義）<div>第２条　本文</div></div>", ["（定義）", "第２条　本文"]),
        ("<p>一行目<br>二行目<br/>三行目</p>", ["一行目", "二行目", "三行目"]),
        ("<p>  前後の  \n 空白  </p>", ["前後の 空白"]),
        ("<p>\u3000２\u3000全角空白は残す</p>", ["\u3000２\u3000全角空白は残す"]),
        ("<p class=MsoNormal><o:p>&nbsp;</o:p></p><p>本文</p>", ["本文"]),
        ("<p><![if !supportLists]>(1)<span>&nbsp;</span><![endif]>号の本文</p>", ["(1)\xa0号の本文"]),
        ("<table><tr><td>事務</td><td>内容</td></tr></table>", ["事務", "内容"]),
        ("<ul><li>ア</li><li>イ</li></ul>", ["ア", "イ"]),
        ("<p>A &amp; B &#x7B2C;&#26465;</p>", ["A & B 第条"]),
        ("<nav><p>メニュー</p></nav><p>本文</p>", ["本文"]),
        ('<div class="breadcrumb">ホーム</div><p>本文</p>', ["本文"]),
        ('<div id="footer">著作権</div><p>本文</p>', ["本文"]),
        ('<div role="navigation">移動</div><p>本文</p>', ["本文"]),
        ('<p hidden>隠し</p><p style="display: none">隠し</p><p>本文</p>', ["本文"]),
        ("<script>var a = '<p>x</p>';</script><p>本文</p>", ["本文"]),
        ("<style>p { color: red }</style><p>本文</p>", ["本文"]),
        ("<!-- コメント --><p>本文</p>", ["本文"]),
        ("<pre>第１条　本文\n２　次項</pre>", ["第１条　本文", "２　次項"]),
        ('<p>図<img src="a.png" alt="別図"></p>', ["図別図"]),
        ("<nav><div><p>入れ子</nav><p>本文</p>", ["本文"]),
        ("<p>閉じない段落<p>次の段落", ["閉じない段落", "次の段落"]),
        ("<p><ruby>毀<rp>(</rp><rt>き</rt><rp>)</rp></ruby>損</p>", ["毀損"]),
    ],
)
def test_blocks(tmp_path: Path, body: str, blocks: list[str]) -> None:
    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    assert _read(tmp_path, page) == blocks


@pytest.mark.parametrize(
    ("head", "encoding", "codec"),
    [
        ('<meta charset="Shift_JIS">', "cp932", "cp932"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', "euc_jp", "euc_jp"),
        ('<meta charset="utf-8">', "utf-8", "utf-8"),
        ("", "cp932", "cp932"),
        ("", "euc_jp", "euc_jp"),
    ],
)
def test_encoding(tmp_path: Path, head: str, encoding: str, codec: str) -> None:
    page = f"<html><head>{head}<title>架空町例規集</title></head><body><p>第１条　本文</p></body></html>"
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode(encoding))
    doc = read_document(path)
    assert doc.source.encoding == codec
    assert doc.title_hint == "架空町例規集"
    assert [b.text for b in doc.blocks] == ["第１条　本文"]


def test_wrong_declared_charset_falls_back_with_a_notice(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>第１条　本文</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp932"))
    doc = read_document(path)
    assert doc.source.encoding == "cp932"
    assert [b.text for b in doc.blocks] == ["第１条　本文"]
    assert [n.code for n in doc.notices] == ["read.charset_mismatch"]


def test_utf16_html_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><p>第１条</p></body></html>".encode("utf-16"))
    doc = read_document(path)
    assert doc.source.format == "html"
    assert [b.text for b in doc.blocks] == ["第１条"]


def test_html_content_wins_over_a_txt_extension(tmp_path: Path) -> None:
    assert _read(tmp_path, "<!DOCTYPE html><html><body><p>本文</p></body></html>", name="a.txt") == ["本文"]


def test_markup_without_html_tags_in_a_txt_file_is_text(tmp_path: Path) -> None:
    assert _read(tmp_path, "<注>第１条　本文\n", name="a.txt") == ["<注>第１条　本文"]


def test_page_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><head><title>t</title></head><body><nav>menu</nav></body></html>")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.empty"


def test_no_title_gives_no_hint(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><p>本文</p></body></html>".encode())
    assert read_document(path).title_hint is None


@pytest.mark.parametrize(
    ("body", "blocks"),
    [
        # 例規集 layouts that put the 号 number in a cell of its own (text or an image's alt)
        ("<table><tr><td>(1)</td><td>実施機関</td><td>市長をいう。</td></tr></table>",
         ["(1)\u3000実施機関\u3000市長をいう。"]),
        ('<table><tr><td><img src="1.gif" alt="（２）"></td><td>本人　特定の個人をいう。</td></tr></table>',
         ["（２）\u3000本人　特定の個人をいう。"]),
        ("<table><tr><td>三</td><td>市民本市の区域内に住所を有する者をいう。</td></tr></table>",
         ["三\u3000市民本市の区域内に住所を有する者をいう。"]),
        # a number drawn as an image without alt: the line starts with the space it leaves
        ('<table><tr><td><img src="2.gif"></td><td>市民　住民をいう。</td></tr></table>',
         ["\u3000市民　住民をいう。"]),
        # a nested list stays below the joined line
        ("<table><tr><td>(3)</td><td>個人情報　次のものをいう。<table><tr><td>ア</td><td>氏名</td></tr>"
         "</table></td></tr></table>", ["(3)\u3000個人情報　次のものをいう。", "ア\u3000氏名"]),
        # an ordinary table (別表) keeps one block per cell
        ("<table><tr><td>区分</td><td>金額</td></tr><tr><td>写し</td><td>10円</td></tr></table>",
         ["区分", "金額", "写し", "10円"]),
        ("<table><tr><td>1</td><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>",
         ["1", "a", "b", "c", "d"]),
        # a page cut inside a table keeps its cells
        ("<table><tr><td>(1)</td><td>実施機関", ["(1)\u3000実施機関"]),
    ],
)
def test_layout_rows_of_numbered_provisions_become_one_block(tmp_path: Path, body: str, blocks: list[str]) -> None:
    assert _read(tmp_path, f"<html><body>{body}</body></html>") == blocks


def test_a_reikishu_page_with_numbers_in_cells_and_images_keeps_every_defined_term(tmp_path: Path) -> None:
    from ordreview.core.parse import parse_document

    page = (
        "<html><head><meta charset='utf-8'></head><body><p>つくし市個人情報保護条例</p><p>（定義）</p>"
        "<p>第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。</p><table>"
        "<tr><td><img alt='(1)' src='1.gif'></td><td>実施機関</td><td>市長及び教育委員会をいう。</td></tr>"
        "<tr><td><img src='2.gif'></td><td>市民本市の区域内に住所を有する者をいう。</td></tr>"
        "<tr><td>(3)</td><td>本人　個人情報によって識別される特定の個人をいう。</td></tr></table>"
        "<p>（責務）</p><p>第3条　実施機関は、市民の個人情報を保護しなければならない。</p>"
        "<p>附　則</p><p>この条例は、公布の日から施行する。</p></body></html>"
    )
    path = tmp_path / "reiki.html"
    path.write_text(page, encoding="utf-8")
    o = parse_document(read_document(path))
    assert [t.term for t in o.terms] == ["実施機関", "市民", "本人"]
    codes = [n.code for n in o.notices]
    assert "parse.markers_dropped" in codes and "parse.term_boundary" in codes


def test_items_of_an_ordered_list_keep_the_space_of_their_drawn_number(tmp_path: Path) -> None:
    page = "<html><body><ol><li>実施機関　市長をいう。</li><li>本人　特定の個人をいう。</li></ol><ul><li>ア</li></ul></body></html>"
    assert _read(tmp_path, page) == ["\u3000実施機関　市長をいう。", "\u3000本人　特定の個人をいう。", "ア"]

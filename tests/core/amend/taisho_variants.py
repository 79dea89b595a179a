"""Four 新旧対照表 bills in layouts real municipalities use, built as real Word files.

Each case is a fictional body: the ordinance in force, the ordinance as amended (written by
hand), a clean 対照表 bill and a seeded copy with 傍線 errors whose expected findings are listed
beside them. The bills were written, and their expected findings noted, before the checker was
run on them.

Cell text is written with inline marks: ``<u>…</u>`` 傍線 (single underline), ``<uu>…</uu>``
二重傍線, ``<b>…</b>`` 太字; a mark never spans a line break. :func:`build_bill` writes the
.docx with one run per marked piece (python-docx), as a word processor does.

Layouts covered (one bill may combine several):

- あおば市: 現行 left / 改正案 right, one table per article each with its own header row,
  傍線 on the changed words only, full-width numbers (第２条, （１）), 「第２条　（略）」 for the
  unchanged opening of an article whose items change, a renumbered item abridged.
- くすのき町: 改正後 left / 改正前 right, one table with a title row merged across the columns
  above the header, the header marked to repeat on each page and also repeated as a row after a
  page break, several 項 in a cell, 傍線 on whole lines, 「（削る）」 for a deleted article.
- しらさぎ村: 改正前 left / 改正後 right, kanji numbers (第六条, 一 二, ２), an added article with
  the other cell left empty (no 「（新設）」), a deleted article with the other cell empty,
  二重傍線 on the numbers of moved provisions, an item deleted inside a cell.
- ときわ市: 新 left / 旧 right, an article split over two rows and the table split over two
  tables at a page break (the second without a header), moved articles' numbers in 太字 only (the
  operative sentence says 「下線及び太字で示すように」).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"(</?uu>|</?u>|</?b>)")


@dataclass
class Table:
    """One Word table: its rows as (改正後 cell, 改正前 cell) with inline marks."""

    rows: list[tuple[str, str]]
    header: bool = True  # a header row at the top
    title: str | None = None  # a row merged across both columns above the header
    repeat_header_after: tuple[int, ...] = ()  # header repeated as a row after these rows (0-based)


@dataclass
class Bill:
    """A 対照表 bill: paragraphs before the tables, the tables, paragraphs after them."""

    name: str
    before: list[str]
    tables: list[Table]
    new_label: str = "改正後"
    old_label: str = "改正前"
    new_left: bool = True
    after: list[str] = field(default_factory=lambda: ["附　則", "この条例は、公布の日から施行する。"])


@dataclass
class Case:
    name: str
    current: str
    amended: str
    clean: Bill
    seeded: Bill
    expected: set[tuple[int, str, str]]  # (table_row, column, rule) of the seeded bill
    notes: dict[tuple[int, str, str], str]
    anchors: dict[tuple[int, str, str], str] = field(default_factory=dict)  # the text each names


def plain(marked: str) -> str:
    """The cell text without marks."""
    return _TAG.sub("", marked)


def _add_runs(paragraph, line: str) -> None:
    from docx.enum.text import WD_UNDERLINE

    under = double = bold = False
    for piece in _TAG.split(line):
        if piece in ("<u>", "</u>"):
            under = piece == "<u>"
        elif piece in ("<uu>", "</uu>"):
            double = piece == "<uu>"
        elif piece in ("<b>", "</b>"):
            bold = piece == "<b>"
        elif piece:
            run = paragraph.add_run(piece)
            if double:
                run.font.underline = WD_UNDERLINE.DOUBLE
            elif under:
                run.font.underline = True
            if bold:
                run.bold = True


def _fill(cell, marked: str) -> None:
    cell.paragraphs[0].text = ""
    for k, line in enumerate(marked.split("\n")):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        _add_runs(p, line)


def _header_cells(bill: Bill) -> tuple[str, str]:
    return (bill.new_label, bill.old_label) if bill.new_left else (bill.old_label, bill.new_label)


def _mark_repeat(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def build_bill(bill: Bill, path: Path) -> Path:
    """Write ``bill`` as a .docx at ``path``."""
    import docx

    d = docx.Document()
    for text in bill.before:
        d.add_paragraph(text)
    for table in bill.tables:
        lines: list[tuple[str, tuple[str, str] | str]] = []
        if table.title is not None:
            lines.append(("title", table.title))
        if table.header:
            lines.append(("header", _header_cells(bill)))
        for k, (new, old) in enumerate(table.rows):
            lines.append(("row", (new, old) if bill.new_left else (old, new)))
            if k in table.repeat_header_after:
                lines.append(("header", _header_cells(bill)))
        t = d.add_table(rows=len(lines), cols=2)
        t.style = "Table Grid"
        for tr, (kind, content) in zip(t.rows, lines):
            if kind == "title":
                merged = tr.cells[0].merge(tr.cells[1])
                merged.text = content  # type: ignore[assignment]
                continue
            if kind == "header":
                if tr is t.rows[0] or (table.title is not None and tr is t.rows[1]):
                    _mark_repeat(tr)
                tr.cells[0].text, tr.cells[1].text = content  # type: ignore[misc]
                continue
            for cell, marked in zip(tr.cells, content):
                _fill(cell, marked)
        d.add_paragraph("")
    for text in bill.after:
        d.add_paragraph(text)
    d.save(path)
    return path


def seeded_copy(bill: Bill, name: str, edits: list[tuple[int, str, str, str]]) -> Bill:
    """``bill`` with ``(table_row, column, old, new)`` text replacements in its cells; the row
    number counts the rows of all tables from 1, headers excluded. Each replacement must hit."""
    out = copy.deepcopy(bill)
    out.name = name
    cells: list[tuple[Table, int]] = [(t, k) for t in out.tables for k in range(len(t.rows))]
    for row, column, old, new in edits:
        table, k = cells[row - 1]
        n, o = table.rows[k]
        target = n if column == "new" else o
        assert target.count(old) == 1, (row, column, old)
        target = target.replace(old, new)
        table.rows[k] = (target, o) if column == "new" else (n, target)
    return out


# --------------------------------------------------------------------------- あおば市

AOBA_CURRENT = """あおば市個人情報保護条例
平成１２年３月２８日条例第１５号

（目的）
第１条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第２条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　（１）　実施機関　市長、教育委員会、選挙管理委員会、監査委員、農業委員会及び固定資産評価審査委員会をいう。
　（２）　個人情報　個人に関する情報であって、特定の個人を識別することができるものをいう。
　（３）　公文書　実施機関の職員が職務上作成し、又は取得した文書であって、実施機関が管理しているものをいう。

（市の責務）
第３条　市は、個人情報の保護に関し必要な措置を講じなければならない。

（収集の制限）
第４条　実施機関は、個人情報を収集するときは、あらかじめ目的を明確にし、その目的の達成に必要な範囲内で収集しなければならない。
２　実施機関は、思想、信条及び信教に関する個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。
３　実施機関は、個人情報を収集するときは、本人から収集しなければならない。

（利用及び提供の制限）
第５条　実施機関は、目的以外の目的のために個人情報を利用し、又は提供してはならない。
２　前項の規定にかかわらず、実施機関は、本人の同意があるときは、目的以外の目的のために個人情報を利用し、又は提供することができる。

（開示の請求）
第６条　何人も、実施機関に対し、自己に関する個人情報の開示を請求することができる。

（開示の決定）
第７条　実施機関は、開示の請求があった日から起算して１５日以内に、開示をするかどうかの決定をしなければならない。
２　実施機関は、やむを得ない理由があるときは、前項に規定する期間を３０日以内に限り延長することができる。

（委任）
第８条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、平成１２年７月１日から施行する。
"""

AOBA_AMENDED = (
    AOBA_CURRENT.replace("農業委員会及び固定資産評価審査委員会をいう。", "農業委員会、固定資産評価審査委員会及び議会をいう。")
    .replace(
        "　（３）　公文書",
        "　（３）　個人識別符号　個人情報の保護に関する法律（平成１５年法律第５７号）第２条第２項に規定する個人識別符号をいう。\n　（４）　公文書",
    )
    .replace("２　実施機関は、思想、信条及び信教に関する個人情報を収集してはならない。", "２　実施機関は、要配慮個人情報を収集してはならない。")
    .replace("起算して１５日以内に", "起算して１４日以内に")
    .replace(
        "（委任）\n第８条",
        "（苦情の処理）\n第８条　実施機関は、個人情報の取扱いに関する苦情の申出があったときは、適切かつ迅速に処理するよう努めなければならない。\n\n（委任）\n第９条",
    )
)

_AOBA_ROWS = [
    (
        "（定義）\n第２条　（略）\n"
        "　（１）　実施機関　市長、教育委員会、選挙管理委員会、監査委員、農業委員会<u>、</u>固定資産評価審査委員会<u>及び議会</u>をいう。\n"
        "　（２）　（略）\n"
        "　<u>（３）　個人識別符号　個人情報の保護に関する法律（平成１５年法律第５７号）第２条第２項に規定する個人識別符号をいう。</u>\n"
        "　<u>（４）</u>　（略）",
        "（定義）\n第２条　（略）\n"
        "　（１）　実施機関　市長、教育委員会、選挙管理委員会、監査委員、農業委員会<u>及び</u>固定資産評価審査委員会をいう。\n"
        "　（２）　（略）\n"
        "　<u>（３）</u>　（略）",
    ),
    (
        "（収集の制限）\n第４条　（略）\n２　実施機関は、<u>要配慮個人情報</u>を収集してはならない。ただし、法令に定めがあるときは、この限りでない。\n３　（略）",
        "（収集の制限）\n第４条　（略）\n２　実施機関は、<u>思想、信条及び信教に関する個人情報</u>を収集してはならない。ただし、法令に定めがあるときは、この限りでない。\n３　（略）",
    ),
    (
        "（開示の決定）\n第７条　実施機関は、開示の請求があった日から起算して<u>１４日</u>以内に、開示をするかどうかの決定をしなければならない。\n２　（略）",
        "（開示の決定）\n第７条　実施機関は、開示の請求があった日から起算して<u>１５日</u>以内に、開示をするかどうかの決定をしなければならない。\n２　（略）",
    ),
    (
        "<u>（苦情の処理）</u>\n<u>第８条　実施機関は、個人情報の取扱いに関する苦情の申出があったときは、適切かつ迅速に処理するよう努めなければならない。</u>",
        "（新設）",
    ),
    ("（委任）\n<u>第９条</u>　（略）", "（委任）\n<u>第８条</u>　（略）"),
]

AOBA_CLEAN = Bill(
    "aoba-clean",
    ["あおば市個人情報保護条例の一部を改正する条例",
     "あおば市個人情報保護条例（平成１２年あおば市条例第１５号）の一部を次のように改正する。",
     "次の表の現行の欄に掲げる規定を同表の改正案の欄に掲げる規定に、下線で示すように改正する。"],
    [Table([r]) for r in _AOBA_ROWS],
    new_label="改正案", old_label="現行", new_left=False,
)

AOBA_SEEDED = seeded_copy(AOBA_CLEAN, "aoba-seeded", [
    # A1: the new words of 第７条 left without 傍線
    (3, "new", "<u>１４日</u>", "１４日"),
    # A2: the added item (３) of 第２条 left without 傍線
    (1, "new", "　<u>（３）　個人識別符号", "　（３）　個人識別符号"),
    (1, "new", "規定する個人識別符号をいう。</u>", "規定する個人識別符号をいう。"),
    # A3: the moved article's new number left without 傍線
    (5, "new", "<u>第９条</u>", "第９条"),
    # A4: 第４条第３項 changed (a ただし書 added, not underlined) while 現行 says 「３　（略）」
    (2, "new", "３　（略）", "３　実施機関は、個人情報を収集するときは、本人から収集しなければならない。ただし、本人の同意があるときは、この限りでない。"),
])

AOBA = Case(
    "aoba", AOBA_CURRENT, AOBA_AMENDED, AOBA_CLEAN, AOBA_SEEDED,
    expected={
        (3, "new", "taisho.unmarked_change"),
        (1, "new", "taisho.unmarked_change"),
        (5, "new", "taisho.unmarked_number"),
        (2, "old", "taisho.abridged_change"),
    },
    notes={
        (3, "new", "taisho.unmarked_change"): "１４日 not underlined",
        (1, "new", "taisho.unmarked_change"): "added item (３) not underlined",
        (5, "new", "taisho.unmarked_number"): "第９条 (moved from 第８条) not underlined",
        (2, "old", "taisho.abridged_change"): "現行 「３　（略）」 while 改正案 shows 第３項 changed",
    },
    anchors={
        (3, "new", "taisho.unmarked_change"): "１４日",
        (1, "new", "taisho.unmarked_change"): "（３）　個人識別符号　個人情報の保護に関する法律（平成１５年法律第５７号）第２条第２項に規定する個人識別符号をいう。",
        (5, "new", "taisho.unmarked_number"): "第９条",
        (2, "old", "taisho.abridged_change"): "３　（略）",
    },
)

# --------------------------------------------------------------------------- くすのき町

KUSU_CURRENT = """くすのき町個人情報保護条例
平成15年12月10日条例第20号

（目的）
第1条　この条例は、町が保有する個人情報の開示、訂正等を求める個人の権利を明らかにするとともに、個人情報の適正な取扱いの確保に関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「個人情報」とは、個人に関する情報であって、特定の個人を識別することができるものをいう。
2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。

（安全確保の措置）
第3条　実施機関は、個人情報の漏えい、滅失又はき損の防止その他の個人情報の適切な管理のために必要な措置を講じなければならない。
2　実施機関は、保有する必要がなくなった個人情報を、確実に、かつ、速やかに廃棄し、又は消去しなければならない。

（職員の義務）
第4条　個人情報の取扱いに従事する職員又は職員であった者は、職務上知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならない。

（開示請求権）
第5条　何人も、実施機関に対し、当該実施機関の保有する自己を本人とする個人情報の開示を請求することができる。
2　未成年者又は成年被後見人の法定代理人は、本人に代わって前項の規定による開示の請求をすることができる。

（開示決定等の期限）
第6条　開示決定等は、開示請求があった日から15日以内にしなければならない。
2　前項の規定にかかわらず、実施機関は、事務処理上の困難その他正当な理由があるときは、同項に規定する期間を30日以内に限り延長することができる。この場合において、実施機関は、開示請求者に対し、遅滞なく、延長後の期間及び延長の理由を書面により通知しなければならない。

（費用負担）
第7条　個人情報の写しの交付に要する費用は、開示請求者の負担とする。

（運用状況の公表）
第8条　町長は、毎年度、この条例の運用状況を取りまとめ、公表するものとする。

（委任）
第9条　この条例の施行に関し必要な事項は、町長が別に定める。

附　則
この条例は、平成16年4月1日から施行する。
"""

_KUSU_3_3 = "3　実施機関から個人情報の取扱いの委託を受けた者は、個人情報の漏えい、滅失又はき損の防止のために必要な措置を講じなければならない。"
_KUSU_6_2_OLD = "2　前項の規定にかかわらず、実施機関は、事務処理上の困難その他正当な理由があるときは、同項に規定する期間を30日以内に限り延長することができる。この場合において、実施機関は、開示請求者に対し、遅滞なく、延長後の期間及び延長の理由を書面により通知しなければならない。"
_KUSU_6_2_NEW = _KUSU_6_2_OLD.replace("事務処理上の困難その他正当な理由", "正当な理由")

KUSU_AMENDED = (
    KUSU_CURRENT.replace("監査委員及び農業委員会をいう。", "監査委員、農業委員会及び議会をいう。")
    .replace("速やかに廃棄し、又は消去しなければならない。\n", "速やかに廃棄し、又は消去しなければならない。\n" + _KUSU_3_3 + "\n")
    .replace("2　未成年者又は成年被後見人の法定代理人は、", "2　未成年者若しくは成年被後見人の法定代理人又は本人の委任による代理人は、")
    .replace("日から15日以内に", "日から14日以内に")
    .replace(_KUSU_6_2_OLD, _KUSU_6_2_NEW)
    .replace("（費用負担）\n第7条　個人情報の写しの交付に要する費用は、開示請求者の負担とする。\n\n", "")
    .replace("第8条　町長は", "第7条　町長は")
    .replace("第9条　この条例の施行", "第8条　この条例の施行")
)

_KUSU_ROWS = [
    (
        "（定義）\n第2条　（略）\n<u>2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員、農業委員会及び議会をいう。</u>",
        "（定義）\n第2条　（略）\n<u>2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。</u>",
    ),
    (
        "（安全確保の措置）\n第3条　（略）\n2　（略）\n<u>" + _KUSU_3_3 + "</u>",
        "（安全確保の措置）\n第3条　（略）\n2　（略）",
    ),
    (
        "（開示請求権）\n第5条　（略）\n<u>2　未成年者若しくは成年被後見人の法定代理人又は本人の委任による代理人は、本人に代わって前項の規定による開示の請求をすることができる。</u>",
        "（開示請求権）\n第5条　（略）\n<u>2　未成年者又は成年被後見人の法定代理人は、本人に代わって前項の規定による開示の請求をすることができる。</u>",
    ),
    (
        "（開示決定等の期限）\n<u>第6条　開示決定等は、開示請求があった日から14日以内にしなければならない。</u>\n<u>" + _KUSU_6_2_NEW + "</u>",
        "（開示決定等の期限）\n<u>第6条　開示決定等は、開示請求があった日から15日以内にしなければならない。</u>\n<u>" + _KUSU_6_2_OLD + "</u>",
    ),
    ("（削る）", "<u>（費用負担）</u>\n<u>第7条　個人情報の写しの交付に要する費用は、開示請求者の負担とする。</u>"),
    ("（運用状況の公表）\n<u>第7条</u>　（略）", "（運用状況の公表）\n<u>第8条</u>　（略）"),
    ("（委任）\n<u>第8条</u>　（略）", "（委任）\n<u>第9条</u>　（略）"),
]

KUSU_CLEAN = Bill(
    "kusunoki-clean",
    ["くすのき町個人情報保護条例の一部を改正する条例",
     "くすのき町個人情報保護条例（平成15年くすのき町条例第20号）の一部を次のように改正する。",
     "次の表の改正前の欄に掲げる規定を同表の改正後の欄に掲げる規定に、下線で示すように改正する。"],
    [Table(_KUSU_ROWS, title="○くすのき町個人情報保護条例（平成15年くすのき町条例第20号）", repeat_header_after=(2,))],
)

KUSU_SEEDED = seeded_copy(KUSU_CLEAN, "kusunoki-seeded", [
    # B1: the unchanged caption of 第6条 underlined in the 改正後 column
    (4, "new", "（開示決定等の期限）", "<u>（開示決定等の期限）</u>"),
    # B2: the deleted 第7条 not underlined in the 改正前 column
    (5, "old", "<u>（費用負担）</u>\n<u>第7条　個人情報の写しの交付に要する費用は、開示請求者の負担とする。</u>",
     "（費用負担）\n第7条　個人情報の写しの交付に要する費用は、開示請求者の負担とする。"),
    # B3: the replaced line of 第2条第2項 not underlined in the 改正前 column
    (1, "old", "<u>2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。</u>",
     "2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。"),
    # B4: 第5条第2項 abridged in the 改正後 column while the 改正前 column marks it changed
    (3, "new", "<u>2　未成年者若しくは成年被後見人の法定代理人又は本人の委任による代理人は、本人に代わって前項の規定による開示の請求をすることができる。</u>",
     "2　（略）"),
])

KUSU = Case(
    "kusunoki", KUSU_CURRENT, KUSU_AMENDED, KUSU_CLEAN, KUSU_SEEDED,
    expected={
        (4, "new", "taisho.stray_mark"),
        (5, "old", "taisho.unmarked_addition"),
        (1, "old", "taisho.unmarked_change"),
        (3, "new", "taisho.abridged_change"),
    },
    notes={
        (4, "new", "taisho.stray_mark"): "caption underlined, unchanged",
        (5, "old", "taisho.unmarked_addition"): "deleted 第7条 not underlined",
        (1, "old", "taisho.unmarked_change"): "replaced line not underlined",
        (3, "new", "taisho.abridged_change"): "改正後 「2　（略）」 while 改正前 marks 第2項 changed",
    },
    anchors={
        (4, "new", "taisho.stray_mark"): "（開示決定等の期限）",
        (5, "old", "taisho.unmarked_addition"): "（費用負担）",
        (1, "old", "taisho.unmarked_change"): "2　この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。",
        (3, "new", "taisho.abridged_change"): "2　（略）",
    },
)

# --------------------------------------------------------------------------- しらさぎ村

SHIRA_CURRENT = """しらさぎ村個人情報保護条例
平成十四年三月十五日条例第四号

（目的）
第一条　この条例は、個人情報の取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。

（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
一　実施機関　村長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。
二　個人情報　個人に関する情報であって、特定の個人を識別することができるものをいう。
三　本人　個人情報によって識別される特定の個人をいう。

（収集の制限）
第三条　実施機関は、個人情報を収集するときは、個人情報を取り扱う事務の目的を明確にし、当該目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。
２　実施機関は、個人情報を収集するときは、本人から収集しなければならない。ただし、次の各号のいずれかに該当するときは、この限りでない。
一　本人の同意があるとき。
二　法令等に定めがあるとき。
三　出版、報道等により公にされているとき。

（利用及び提供の制限）
第四条　実施機関は、個人情報取扱事務の目的以外の目的のために個人情報を利用し、又は提供してはならない。

（電子計算機の結合の制限）
第五条　実施機関は、公益上の必要があり、かつ、個人情報の保護に関し必要な措置が講じられているときを除き、国等との電子計算機の結合により個人情報を提供してはならない。

（適正管理）
第六条　実施機関は、個人情報の漏えい、滅失及びき損の防止その他の個人情報の適正な管理のために必要な措置を講じなければならない。

（開示の請求）
第七条　何人も、実施機関に対し、自己に関する個人情報の開示を請求することができる。

（委任）
第八条　この条例の施行に関し必要な事項は、規則で定める。

附　則
この条例は、平成十四年七月一日から施行する。
"""

_SHIRA_ITEM3 = "三　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。"
_SHIRA_NEW7 = "第七条　実施機関は、個人情報の取扱いに関する苦情の申出があったときは、適切かつ迅速に処理しなければならない。"

SHIRA_AMENDED = (
    SHIRA_CURRENT.replace("三　本人　個人情報", _SHIRA_ITEM3 + "\n四　本人　個人情報")
    .replace("二　法令等に定めがあるとき。\n三　出版、報道等により公にされているとき。\n", "二　法令等の規定に基づくとき。\n")
    .replace("（電子計算機の結合の制限）\n第五条　実施機関は、公益上の必要があり、かつ、個人情報の保護に関し必要な措置が講じられているときを除き、国等との電子計算機の結合により個人情報を提供してはならない。\n\n", "")
    .replace("第六条　実施機関は、個人情報の漏えい", "第五条　実施機関は、個人情報の漏えい")
    .replace("第七条　何人も", "第六条　何人も")
    .replace("\n\n（委任）", "\n\n（苦情の処理）\n" + _SHIRA_NEW7 + "\n\n（委任）")
)

_SHIRA_ROWS = [
    (
        "（定義）\n第二条　（略）\n一・二　（略）\n<u>" + _SHIRA_ITEM3 + "</u>\n<uu>四</uu>　（略）",
        "（定義）\n第二条　（略）\n一・二　（略）\n<uu>三</uu>　（略）",
    ),
    (
        "（収集の制限）\n第三条　（略）\n２　（略）\n一　（略）\n二　法令等<u>の規定に基づく</u>とき。",
        "（収集の制限）\n第三条　（略）\n２　（略）\n一　（略）\n二　法令等<u>に定めがある</u>とき。\n<u>三　出版、報道等により公にされているとき。</u>",
    ),
    (
        "",
        "<u>（電子計算機の結合の制限）</u>\n<u>第五条　実施機関は、公益上の必要があり、かつ、個人情報の保護に関し必要な措置が講じられているときを除き、国等との電子計算機の結合により個人情報を提供してはならない。</u>",
    ),
    ("（適正管理）\n<uu>第五条</uu>　（略）", "（適正管理）\n<uu>第六条</uu>　（略）"),
    ("（開示の請求）\n<uu>第六条</uu>　（略）", "（開示の請求）\n<uu>第七条</uu>　（略）"),
    ("<u>（苦情の処理）</u>\n<u>" + _SHIRA_NEW7 + "</u>", ""),
]

SHIRA_CLEAN = Bill(
    "shirasagi-clean",
    ["しらさぎ村個人情報保護条例の一部を改正する条例",
     "しらさぎ村個人情報保護条例（平成十四年しらさぎ村条例第四号）の一部を次のように改正する。",
     "次の表の改正前の欄中下線又は二重下線が引かれた部分を同表の改正後の欄中下線又は二重下線が引かれた部分のように改める。"],
    [Table(_SHIRA_ROWS)],
    new_left=False,
)

SHIRA_SEEDED = seeded_copy(SHIRA_CLEAN, "shirasagi-seeded", [
    # C1: the added 第七条 not underlined (改正前 cell empty)
    (6, "new", "<u>（苦情の処理）</u>\n<u>" + _SHIRA_NEW7 + "</u>", "（苦情の処理）\n" + _SHIRA_NEW7),
    # C2: the moved item 四 without its 二重傍線 in the 改正後 column
    (1, "new", "<uu>四</uu>", "四"),
    # C3: the deleted item 三 of 第三条第二項 not underlined in the 改正前 column
    (2, "old", "<u>三　出版、報道等により公にされているとき。</u>", "三　出版、報道等により公にされているとき。"),
    # C4: 第二条第一号 copied into both columns from an older text (without 農業委員会)
    (1, "old", "一・二　（略）", "一　実施機関　村長、教育委員会、選挙管理委員会及び監査委員をいう。\n二　（略）"),
    (1, "new", "一・二　（略）", "一　実施機関　村長、教育委員会、選挙管理委員会及び監査委員をいう。\n二　（略）"),
])

SHIRA = Case(
    "shirasagi", SHIRA_CURRENT, SHIRA_AMENDED, SHIRA_CLEAN, SHIRA_SEEDED,
    expected={
        (6, "new", "taisho.unmarked_addition"),
        (1, "new", "taisho.unmarked_number"),
        (2, "old", "taisho.unmarked_change"),
        (1, "old", "taisho.old_mismatch"),
    },
    notes={
        (6, "new", "taisho.unmarked_addition"): "added 第七条 not underlined, other cell empty",
        (1, "new", "taisho.unmarked_number"): "moved item 四 not underlined",
        (2, "old", "taisho.unmarked_change"): "deleted item 三 not underlined",
        (1, "old", "taisho.old_mismatch"): "改正前 第二条第一号 is not the text in force",
    },
    anchors={
        (6, "new", "taisho.unmarked_addition"): "（苦情の処理）",
        (1, "new", "taisho.unmarked_number"): "四",
        (2, "old", "taisho.unmarked_change"): "三　出版、報道等により公にされているとき。",
        (1, "old", "taisho.old_mismatch"): "一　実施機関　村長、教育委員会、選挙管理委員会及び監査委員をいう。",
    },
)

# --------------------------------------------------------------------------- ときわ市

TOKI_CURRENT = """ときわ市個人情報保護条例
令和元年9月30日条例第21号

（趣旨）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（定義）
第2条　この条例において使用する用語は、法において使用する用語の例による。

（審議会）
第3条　ときわ市個人情報保護審議会（以下「審議会」という。）を置く。
2　審議会は、委員7人以内で組織する。
3　委員は、学識経験を有する者その他市長が適当と認める者のうちから、市長が委嘱する。
4　委員の任期は、2年とする。ただし、補欠の委員の任期は、前任者の残任期間とする。

（手数料）
第4条　開示請求をする者は、開示請求に係る手数料として、開示請求1件につき300円を納めなければならない。

（開示請求書の記載事項）
第5条　開示請求書には、次に掲げる事項を記載しなければならない。
　(1)　開示請求をする者の氏名及び住所又は居所
　(2)　開示請求に係る保有個人情報を特定するに足りる事項

（運用状況の公表）
第6条　市長は、毎年度、この条例の運用の状況について公表するものとする。

（委任）
第7条　この条例に定めるもののほか、必要な事項は、規則で定める。

附　則
この条例は、令和2年4月1日から施行する。
"""

_TOKI_NEW4 = "第4条　審議会に、部会を置くことができる。"

TOKI_AMENDED = (
    TOKI_CURRENT.replace("委員7人以内", "委員10人以内")
    .replace("学識経験を有する者その他", "学識経験を有する者、関係団体の推薦を受けた者その他")
    .replace("第7条　この条例に定める", "第8条　この条例に定める")
    .replace("第6条　市長は", "第7条　市長は")
    .replace("第5条　開示請求書には", "第6条　開示請求書には")
    .replace("第4条　開示請求をする者", "第5条　開示請求をする者")
    .replace("300円", "200円")
    .replace("\n\n（手数料）", "\n\n（部会）\n" + _TOKI_NEW4 + "\n\n（手数料）")
)

_TOKI_T1 = [
    (
        "（審議会）\n第3条　（略）\n2　審議会は、委員<u>10人</u>以内で組織する。",
        "（審議会）\n第3条　（略）\n2　審議会は、委員<u>7人</u>以内で組織する。",
    ),
]
_TOKI_T2 = [
    (
        "3　委員は、学識経験を有する者<u>、関係団体の推薦を受けた者</u>その他市長が適当と認める者のうちから、市長が委嘱する。\n4　（略）",
        "3　委員は、学識経験を有する者その他市長が適当と認める者のうちから、市長が委嘱する。\n4　（略）",
    ),
    ("<u>（部会）</u>\n<u>" + _TOKI_NEW4 + "</u>", "（新設）"),
    (
        "（手数料）\n<b>第5条</b>　開示請求をする者は、開示請求に係る手数料として、開示請求1件につき<u>200円</u>を納めなければならない。",
        "（手数料）\n<b>第4条</b>　開示請求をする者は、開示請求に係る手数料として、開示請求1件につき<u>300円</u>を納めなければならない。",
    ),
    ("（開示請求書の記載事項）\n<b>第6条</b>　（略）", "（開示請求書の記載事項）\n<b>第5条</b>　（略）"),
    ("（運用状況の公表）\n<b>第7条</b>　（略）", "（運用状況の公表）\n<b>第6条</b>　（略）"),
    ("（委任）\n<b>第8条</b>　（略）", "（委任）\n<b>第7条</b>　（略）"),
]

TOKI_CLEAN = Bill(
    "tokiwa-clean",
    ["ときわ市個人情報保護条例の一部を改正する条例",
     "ときわ市個人情報保護条例（令和元年ときわ市条例第21号）の一部を次のように改正する。",
     "次の表の旧の欄に掲げる規定を同表の新の欄に掲げる規定に、下線及び太字で示すように改正する。"],
    [Table(_TOKI_T1), Table(_TOKI_T2, header=False)],
    new_label="新", old_label="旧",
)

TOKI_SEEDED = seeded_copy(TOKI_CLEAN, "tokiwa-seeded", [
    # D1: the moved 第7条 without 太字 in the 新 column
    (6, "new", "<b>第7条</b>", "第7条"),
    # D2: 「審議会は、」 underlined in the 旧 column of 第3条 (unchanged words)
    (1, "old", "2　審議会は、", "2　<u>審議会は、</u>"),
    # D3: 200円 in the 新 column without 傍線
    (4, "new", "<u>200円</u>", "200円"),
    # D4: 旧 「3　…」 abridged to 「3　（略）」 while 新 shows 第3項 changed
    (2, "old", "3　委員は、学識経験を有する者その他市長が適当と認める者のうちから、市長が委嘱する。", "3　（略）"),
])

TOKI = Case(
    "tokiwa", TOKI_CURRENT, TOKI_AMENDED, TOKI_CLEAN, TOKI_SEEDED,
    expected={
        (6, "new", "taisho.unmarked_number"),
        (1, "old", "taisho.stray_mark"),
        (4, "new", "taisho.unmarked_change"),
        (2, "old", "taisho.abridged_change"),
    },
    notes={
        (6, "new", "taisho.unmarked_number"): "moved 第7条 not in 太字",
        (1, "old", "taisho.stray_mark"): "審議会は、 underlined, unchanged",
        (4, "new", "taisho.unmarked_change"): "200円 not underlined",
        (2, "old", "taisho.abridged_change"): "旧 「3　（略）」 while 新 shows 第3項 changed",
    },
    anchors={
        (6, "new", "taisho.unmarked_number"): "第7条",
        (1, "old", "taisho.stray_mark"): "審議会は、",
        (4, "new", "taisho.unmarked_change"): "200円",
        (2, "old", "taisho.abridged_change"): "3　（略）",
    },
)

CASES = [AOBA, KUSU, SHIRA, TOKI]

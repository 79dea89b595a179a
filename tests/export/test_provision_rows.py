"""The report's 対照表 for suggested wordings, as a 新旧対照表: 修正案 left, 原案 right, whole
provisions with 傍線 in both columns, a missing provision numbered where it would go."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_UNDERLINE

from ordreview.core.model import Location
from ordreview.core.parse import parse_text
from ordreview.export.report import export_report, side_by_side_entries
from tests.conftest import FIXTURES
from tests.export.helpers import REVIEWER, finding, review_of, span_of

DRAFT = """架空村個人情報保護条例
（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報をいう。
2　この条例において「保有個人情報」とは、実施機関の職員が職務上作成し、又は取得した個人情報をいう。
3　前項の規定にかかわらず、法第2条第4項に規定する情報は、保有個人情報とみなす。
（保管）
第30条　実施機関は、保有個人情報を適正に管理しなければならない。
（廃棄）
第30条の3　実施機関は、保有する必要がなくなった保有個人情報を消去しなければならない。
（罰則）
第31条　次の各号のいずれかに該当する者は、3年以下の懲役に処する。
(1)　正当な理由なく個人情報ファイルを提供した者
(2)　不正な利益を図る目的で保有個人情報を提供した者
附　則
この条例は、公布の日から施行する。"""

MODEL = "（漏えい時の報告）\n第○条　実施機関は、保有個人情報の漏えいが生じたときは、速やかに報告しなければならない。"


def _entries(text: str, *findings_args):
    ordinance = parse_text(text, path="draft.txt")
    doc = ordinance.document
    fs = [fn(doc) for fn in findings_args]
    return ordinance, side_by_side_entries(review_of(ordinance, fs))


def _marked(text: str, marks) -> str:
    return "".join(text[a:b] for a, b in marks)


def test_changed_citation_is_the_whole_paragraph_in_both_columns() -> None:
    ordinance, entries = _entries(DRAFT, lambda doc: finding(
        doc, span_of(doc, "第2条第4項"), rule="cite.drift", requirement="O1", suggestion="第2条第6項"))
    (entry,) = entries
    paragraph = "3　前項の規定にかかわらず、法第2条第4項に規定する情報は、保有個人情報とみなす。"
    assert (entry.left_label, entry.right_label) == ("修正案", "原案")
    assert entry.right == paragraph
    assert entry.left == paragraph.replace("第2条第4項", "第2条第6項")
    assert _marked(entry.left, entry.left_marks) == "6"
    assert _marked(entry.right, entry.right_marks) == "4"


def test_changed_words_in_an_item_show_the_whole_item() -> None:
    _, entries = _entries(DRAFT, lambda doc: finding(
        doc, span_of(doc, "正当な理由なく"), rule="term", requirement="O3", suggestion="正当な理由がないのに"))
    (entry,) = entries
    assert entry.right == "(1)　正当な理由なく個人情報ファイルを提供した者"
    assert entry.left == "(1)　正当な理由がないのに個人情報ファイルを提供した者"
    assert entry.left_marks and entry.right_marks


def test_penalty_wording_is_spliced_into_the_article() -> None:
    _, entries = _entries(DRAFT, lambda doc: finding(
        doc, span_of(doc, "3年以下の懲役"), rule="penalty.limit", requirement="O9", suggestion="2年以下の懲役若しくは禁錮"))
    (entry,) = entries
    assert entry.right.startswith("（罰則）\n第31条") and "(2)　不正な利益" in entry.right  # the whole article
    assert entry.left == entry.right.replace("3年以下の懲役", "2年以下の懲役若しくは禁錮")
    assert "（規定なし）" not in (entry.left, entry.right)


@pytest.mark.parametrize(("after", "numerals", "expected"), [
    ("30_3", "arabic", "第30条の4"),
    ("30", "arabic", "第30条の2"),
    ("30_3", "kanji", "第三十条の四"),
    ("2", "full", "第２条の２"),
])
def test_missing_provision_is_numbered_where_it_would_go(after: str, numerals: str, expected: str) -> None:
    text = DRAFT
    if numerals == "kanji":
        text = text.replace("第30条の3", "第三十条の三").replace("第30条", "第三十条").replace("第31条", "第三十一条").replace(
            "第2条　", "第二条　")
    if numerals == "full":
        text = text.replace("第2条　", "第２条　")
    ordinance = parse_text(text, path="draft.txt")
    doc = ordinance.document
    art = ordinance.article(after)
    assert art is not None
    f = finding(doc, art.span, rule="gap", requirement="B9", severity="error", suggestion=MODEL,
                message_ja="漏えい時の報告の規定が見当たらない。")
    f = replace(f, location=Location(after, None, None, art.span))
    (entry,) = side_by_side_entries(review_of(ordinance, [f]))
    assert entry.left.startswith(f"（漏えい時の報告）\n{expected}　実施機関は")
    assert "第○条" not in entry.left
    assert entry.right == "（新設）"
    assert entry.heading.startswith(f"{expected}（新設）")
    assert _marked(entry.left, entry.left_marks) == entry.left  # wholly new: wholly underlined


def _underlined(cell) -> str:
    return "".join(r.text for p in cell.paragraphs for r in p.runs if r.font.underline == WD_UNDERLINE.SINGLE)


def test_report_of_a_real_draft_reads_as_a_shinkyu_taishohyo(tmp_path: Path) -> None:
    from ordreview.core.review import review_file

    review = review_file(FIXTURES / "defects.txt")
    out = export_report(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "r.docx")
    tables = [t for t in docx.Document(str(out)).tables if [c.text for c in t.rows[0].cells] == ["修正案", "原案"]]
    assert tables
    for table in tables:
        new, old = table.rows[1].cells
        # the new provision's own number is placed (a reference inside a model text to another
        # model article may keep its 第○条: which number that article gets is the drafter's call)
        assert not re.match(r"(（[^）]*）\n)?第○条", new.text)
        assert old.text != "（規定なし）"
        assert _underlined(new) or old.text == "（新設）"  # every row shows what changes
    news = [t.rows[1].cells[0].text for t in tables if t.rows[1].cells[1].text == "（新設）"]
    # the 識別行為 article goes where 行政機関個人情報保護法 puts it (第44条の15 between 第44条の14 and 第44条の16):
    # after 第47条の14 (契約の解除), before 第47条の15 (従事者の義務), numbered as a branch of the branch
    assert any("第47条の14の2" in n for n in news)


def test_an_article_inserted_between_two_branch_articles_is_a_branch_of_the_first() -> None:
    from ordreview.core.parse import parse_text
    from ordreview.export.provision_rows import new_article_title

    text = ("楓ヶ浦町個人情報保護条例\n\n（目的）\n第1条　この条例は、個人の権利利益を保護することを目的とする。\n\n"
            "（手数料）\n第1条の2　手数料を納めなければならない。\n\n（契約の解除）\n第1条の3　契約を解除することができる。\n\n"
            "（委任）\n第2条　必要な事項は、規則で定める。\n")
    ordinance = parse_text(text)
    assert new_article_title(ordinance, ordinance.article("1_2")) == "第1条の2の2"  # 第1条の3 follows it
    assert new_article_title(ordinance, ordinance.article("1_3")) == "第1条の4"  # the last branch
    # after the last article nothing follows that a branch number would keep in place: 第3条
    assert new_article_title(ordinance, ordinance.article("2")) == "第3条"


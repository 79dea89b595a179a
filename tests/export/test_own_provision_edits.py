"""Suggestions that are the draft's own provision with one change applied, as tracked changes.

Two small drafts written for these tests (not fixtures): a register article whose list of
entries ends with a 「その他…」 号 and lacks the 要配慮 entry (B3), a collection restriction
that still lists the legacy sensitive categories (B4) — inline in one draft, as 号 in the
other — and a 非識別 fee left to a rule (C14). The suggestion is the draft's 項 as it should
read; ``--suggest-changes`` edits that 項 in place (a 号 inserted where it goes and the closing
号 renumbered, the legacy 号 deleted), never a new article beside it; accepting every change
in Word and checking the file again clears those findings.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ordreview.core.read import read_document
from ordreview.core.review import review_file
from ordreview.export.annotate import export_annotated
from ordreview.export.changes import is_wording
from ordreview.export.provision_rows import gap_row
from tests.export.helpers import REVIEWER
from tests.export.test_suggest_roundtrip import accept_all

HEAD = """みなと町個人情報保護条例
令和8年みなと町条例第12号

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
　(1)　実施機関　町長、教育委員会、選挙管理委員会、監査委員、農業委員会、固定資産評価審査委員会及び議会をいう。
　(2)　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）をいう。
　(3)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。

（個人情報取扱事務の届出）
第3条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を開始しようとするときは、あらかじめ、次に掲げる事項を町長に届け出なければならない。
　(1)　個人情報取扱事務の名称
　(2)　個人情報取扱事務の目的
　(3)　個人情報の記録項目
　(4)　その他町長が定める事項
2　町長は、前項の規定による届出に係る事項を記載した帳簿（以下「個人情報取扱事務届出簿」という。）を作成し、一般の閲覧に供しなければならない。

（収集の制限）
第4条　実施機関は、個人情報を収集するときは、個人情報取扱事務の目的を明確にし、当該目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。
"""

INLINE = """2　実施機関は、思想、信条及び信教に関する個人情報並びに社会的差別の原因となるおそれのある個人情報を収集してはならない。ただし、法令又は条例（以下「法令等」という。）に定めがあるときは、この限りでない。
"""

LISTED = """2　実施機関は、次に掲げる個人情報を収集してはならない。ただし、法令又は条例（以下「法令等」という。）に定めがあるときは、この限りでない。
　(1)　思想、信条及び信教に関する個人情報
　(2)　社会的差別の原因となるおそれのある個人情報
"""

TAIL = """3　実施機関は、個人情報を収集するときは、本人から収集しなければならない。ただし、法令等に定めがあるときは、この限りでない。

（利用及び提供の制限）
第5条　実施機関は、個人情報取扱事務の目的以外の目的のために個人情報を利用し、又は提供してはならない。ただし、法令等に定めがあるときは、この限りでない。

（委任）
第6条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、令和9年4月1日から施行する。
"""

KEYED = ("2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令又は条例（以下「法令等」という。）"
         "に定めがあるときは、この限りでない。")
REGISTER = ["(1)　個人情報取扱事務の名称", "(2)　個人情報取扱事務の目的", "(3)　個人情報の記録項目",
            "(4)　要配慮個人情報が含まれるときは、その旨", "(5)　その他町長が定める事項"]


def _draft(tmp_path: Path, collection: str, *, as_docx: bool = False) -> Path:
    text = HEAD + collection + TAIL
    if not as_docx:
        path = tmp_path / "draft.txt"
        path.write_text(text, encoding="utf-8")
        return path
    path = tmp_path / "draft.docx"
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _only(review, requirement: str):
    (f,) = [f for f in review.findings if f.rule == "gap" and f.requirement == requirement]
    return f


def test_the_register_suggestion_is_the_drafts_own_list_with_the_entry_before_its_closing_item(tmp_path: Path) -> None:
    review = review_file(_draft(tmp_path, INLINE))
    b3 = _only(review, "B3")
    lines = b3.suggestion.splitlines()
    assert lines[0].startswith("第3条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）")
    assert lines[1:] == REGISTER
    b4 = _only(review, "B4")
    assert b4.suggestion == KEYED


def test_a_legacy_list_in_items_is_keyed_to_the_defined_term_and_its_items_go(tmp_path: Path) -> None:
    review = review_file(_draft(tmp_path, LISTED))
    assert _only(review, "B4").suggestion == KEYED


@pytest.mark.parametrize("collection", [INLINE, LISTED], ids=["inline", "listed"])
@pytest.mark.parametrize("as_docx", [False, True], ids=["txt", "docx"])
def test_accepting_all_edits_the_drafts_own_provisions_and_clears_the_findings(
        tmp_path: Path, collection: str, as_docx: bool) -> None:
    source = _draft(tmp_path, collection, as_docx=as_docx)
    review = review_file(source)
    assert {"B3", "B4"} <= {f.requirement for f in review.findings if f.rule == "gap"}
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    accepted = tmp_path / "accepted.docx"
    accept_all(exported, accepted)
    lines = [x.strip(" 　") for x in read_document(accepted).text.splitlines() if x.strip(" 　")]
    # 第3条第1項 in place: the entry before the closing 号, which moves down one number
    at = lines.index(next(x for x in lines if x.startswith("第3条　")))
    assert lines[at + 1 : at + 6] == REGISTER
    assert not any(x.startswith("第3条の2") for x in lines)
    # 第4条第2項 in place, the legacy categories gone, no new paragraph after 第3項
    at = lines.index(next(x for x in lines if x.startswith("第4条　")))
    assert lines[at + 1] == KEYED
    assert lines[at + 2].startswith("3　実施機関は、個人情報を収集するときは、本人から収集しなければならない。")
    assert lines[at + 3] == "（利用及び提供の制限）"
    assert "思想、信条及び信教" not in "".join(lines)
    again = review_file(accepted, profile=review.profile_id)
    assert [f.message_ja for f in again.findings if f.requirement in ("B3", "B4")] == []
    assert [f.message_ja for f in again.findings if f.rule.startswith(("num.", "abbr."))] == []


def test_the_report_row_is_the_whole_paragraph_in_both_columns(tmp_path: Path) -> None:
    review = review_file(_draft(tmp_path, LISTED))
    row = gap_row(review, _only(review, "B3"))
    assert row.old.splitlines()[-1] == "(4)　その他町長が定める事項"
    assert row.new.splitlines()[1:] == REGISTER
    marked = "".join(row.new[a:b] for a, b in row.new_marks)
    assert "要配慮個人情報が含まれるときは、その旨" in marked and "その他町長" not in marked
    row = gap_row(review, _only(review, "B4"))
    assert row.new == KEYED and "（新設）" not in row.old
    assert row.old.splitlines()[1:] == ["(1)　思想、信条及び信教に関する個人情報", "(2)　社会的差別の原因となるおそれのある個人情報"]


def test_a_fee_left_to_a_rule_is_the_drafts_fee_paragraph_with_the_amounts(tmp_path: Path) -> None:
    from ordreview.core.parse import parse_text
    from ordreview.core.provision_edits import fee_in_ordinance
    from ordreview.core.model import Span

    text = ("（手数料）\n第30条　第28条の規定により実施機関非識別加工情報の利用に関する契約を締結する者は、"
            "実費を勘案して規則で定める額の手数料を納めなければならない。\n2　前項の手数料は、契約を締結する際に納めなければならない。\n")
    ordinance = parse_text(text)
    model = "（手数料）\n第○条　…\n(1)　21,000円\n(2)　1時間までごとに3,950円"
    at = text.index("規則で定める額")
    assert fee_in_ordinance(ordinance, Span(at, at + 7), model).splitlines() == [
        "第30条　第28条の規定により実施機関非識別加工情報の利用に関する契約を締結する者は、次に掲げる額の合計額の手数料を納めなければならない。",
        "(1)　21,000円", "(2)　1時間までごとに3,950円"]


@pytest.mark.parametrize(("text", "wording"), [
    ("（削る。）", False),
    ("（第6条の収集制限を改めるか決められたい。）", False),
    ("（手数料）\n第○条　…額（当該委託をする場合に限る。）", True),
    ("2　実施機関は、…", True),
])
def test_advice_is_only_a_text_wholly_in_one_pair_of_brackets(text: str, wording: bool) -> None:
    assert is_wording(text) is wording


def test_the_word_comment_names_the_provision_to_amend_not_a_place_to_add(tmp_path: Path) -> None:
    from ordreview.export.annotate import comment_lines

    review = review_file(_draft(tmp_path, INLINE))
    b3 = _only(review, "B3")
    lines = [text for text, _ in comment_lines(b3, None, review.ordinance)]
    assert "修正する規定: 第3条第1項（修正案のとおり改められたい。）" in lines
    assert not any(line.startswith("規定の追加位置") for line in lines)
    b4 = _only(review, "B4")
    assert "修正する規定: 第4条第2項（修正案のとおり改められたい。）" in [t for t, _ in comment_lines(b4, None, review.ordinance)]


def test_new_items_are_numbered_alike_in_the_comments_the_changes_and_the_report(tmp_path: Path) -> None:
    """Several missing definitions go in as new 号 after the draft's (3): each is numbered where
    it is inserted — (4), (5), … — in the Word comment, the tracked change and the list of
    findings alike, never the model's own number."""
    import re
    import zipfile

    from ordreview.export.report import placed_suggestions

    review = review_file(_draft(tmp_path, INLINE))
    placed = placed_suggestions(review)
    numbers = sorted(re.match(r"\((\d+)\)", text).group(1) for text in placed.values() if text.startswith("("))
    assert numbers == [str(n) for n in range(4, 4 + len(numbers))] and len(numbers) >= 3
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    comments = zipfile.ZipFile(exported).read("word/comments.xml").decode()
    for text in placed.values():
        assert text.splitlines()[0] in comments

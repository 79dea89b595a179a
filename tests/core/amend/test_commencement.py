"""The wording of the 施行期日 provisions of a bill's own 附則 (``core/amend/commencement.py``),
on bills written for a small fictional ordinance in kanji numerals (縦書き style) and one in
full-width digits."""

from __future__ import annotations

import pytest

from ordreview.core.amend.apply import consolidate_texts
from ordreview.core.amend.billreview import review_bill
from ordreview.core.amend.commencement import DANGLING, FORM, commencement_problems

CURRENT = """はるかぜ町情報公開条例
平成十二年三月二十四日条例第九号

（目的）
第一条　この条例は、町の保有する情報の公開に関し必要な事項を定めるものとする。

（請求）
第二条　何人も、実施機関に対し、公文書の開示を請求することができる。
２　前項の請求は、書面によりしなければならない。

（委任）
第三条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、平成十二年七月一日から施行する。"""

HEAD = ("はるかぜ町情報公開条例の一部を改正する条例\n\n"
        "はるかぜ町情報公開条例（平成十二年はるかぜ町条例第九号）の一部を次のように改正する。\n\n")
SENTENCES = ("第一条中「情報の公開」を「情報の公開及び提供」に改める。\n"
             "第二条第二項中「書面」を「書面又は電磁的記録」に改める。\n")


def problems(suppl: str) -> list[tuple[str, str, str]]:
    """(sentence reported, code, Japanese message) for a bill with 附則 ``suppl``."""
    text = HEAD + SENTENCES + "\n　　　附　則\n" + suppl + "\n"
    result = consolidate_texts(CURRENT, text)
    assert result.failures == ()
    return [(text[p.span[0]:p.span[1]], p.code, p.messages()[0]) for p in commencement_problems(result.bill)]


@pytest.mark.parametrize("suppl", [
    "この条例は、公布の日から施行する。",
    "この条例は、令和九年四月一日から施行する。",
    "この条例は、令和９年４月１日から施行する。",
    "この条例は、令和元年十月一日から施行する。",
    "この条例は、公布の日から起算して三月を経過した日から施行する。",
    "この条例は、公布の日から起算して30日を経過した日から施行する。",
    "この条例は、公布の日から起算して６月を超えない範囲内において規則で定める日から施行する。",
    "この条例は、デジタル社会の形成を図るための関係法律の整備に関する法律の施行の日から施行する。",
    "この条例の施行期日は、公布の日から起算して三月を超えない期間内において町長が定める。",
    "この条例は、町長が別に定める日から施行する。",
    "この条例は、デジタル社会形成整備法附則第一条第七号に掲げる規定の施行の日又はこの条例の公布の日の"
    "いずれか遅い日から施行する。",
    "この条例は、行政手続における特定の個人を識別するための番号の利用等に関する法律の施行の日（平成27年10月5日）から施行する。",
    "この条例は、令和9年4月1日（以下「施行日」という。）から施行する。",
    "この条例は、令和9年4月1日から施行し、同日以後にされた開示の請求について適用する。",
    "この条例は、令和9年4月1日から施行する。ただし、第2条の改正規定（同条第2項に係る部分に限る。）は、公布の日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、第1条の改正規定は、同月15日から施行する。",
    "この条例は、公布の日から施行し、令和九年四月一日から適用する。",
    "この条例は、公布の日から施行し、この条例による改正後のはるかぜ町情報公開条例の規定は、令和九年四月一日から適用する。",
    "この条例は、令和九年四月一日から施行する。ただし、第二条の改正規定は、公布の日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、第1条の改正規定は、同年10月1日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、附則第3項の規定は、公布の日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、次項の規定は、公布の日から施行する。",
    # 項建て with captions, and a 経過措置 that speaks of the 施行 without being a commencement
    "（施行期日）\n１　この条例は、令和９年４月１日から施行する。\n（経過措置）\n"
    "２　この条例の施行の日前にされた請求については、なお従前の例による。",
    # a list of dates, in either lead
    "この条例は、次の各号に掲げる規定の区分に応じ、当該各号に定める日から施行する。\n"
    "⑴　第一条の改正規定　公布の日\n⑵　第二条の改正規定　令和九年四月一日",
    "この条例は、令和9年4月1日から施行する。ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。\n"
    "(1)　第1条の改正規定　公布の日\n(2)　第2条の改正規定　同年10月1日",
])
def test_commencement_in_a_form_of_the_practice_is_not_reported(suppl: str) -> None:
    assert problems(suppl) == []


@pytest.mark.parametrize(("suppl", "reported", "code", "words"), [
    ("この条例は、公布の日から施工する。", "この条例は、公布の日から施工する。", FORM, "「施工」は「施行」の誤り"),
    ("この条例は、令和九年四月一日より施行する。", "この条例は、令和九年四月一日より施行する。", FORM, "「より」でなく「から」"),
    ("この条例は、令和9年4月1日施行する。", "この条例は、令和9年4月1日施行する。", FORM, "「…から施行する」の形"),
    ("この条例は、公布の日から起算して三月経過した日から施行する。",
     "この条例は、公布の日から起算して三月経過した日から施行する。", FORM, "起算して○月を経過した日"),
    # the proviso: the main sentence is fine, the proviso is reported on its own words
    ("この条例は、令和9年4月1日から施行する。ただし、第2条の規定は、公布の日から施行する。",
     "ただし、第2条の規定は、公布の日から施行する。", FORM, "改正規定が示されていない"),
    ("1　この条例は、令和９年４月１日から施行する。ただし、第１条の改正規定は、公布の日より施行する。",
     "ただし、第１条の改正規定は、公布の日より施行する。", FORM, "「より」でなく「から」"),
    # 同年 with no year before it
    ("この条例は、公布の日から施行する。ただし、第二条の改正規定は、同年十月一日から施行する。",
     "ただし、第二条の改正規定は、同年十月一日から施行する。", DANGLING, "「同年」が指すものがない"),
    # a list announced, no item follows
    ("この条例は、令和9年4月1日から施行する。ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。",
     "ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。", DANGLING, "「次の各号」が指すものがない"),
])
def test_malformed_or_dangling_commencement_is_reported_on_its_sentence(suppl, reported, code, words) -> None:
    found = problems(suppl)
    assert [(s, c) for s, c, _ in found] == [(reported, code)]
    assert words in found[0][2]


def test_an_item_of_a_list_is_reported_on_its_own_line() -> None:
    suppl = ("この条例は、次の各号に掲げる規定の区分に応じ、当該各号に定める日から施行する。\n"
             "一　第一条の改正規定　公布の日\n二　第二条の規定　令和九年四月一日")
    assert [(s, c) for s, c, _ in problems(suppl)] == [("第二条の規定　令和九年四月一日", FORM)]


def test_the_bill_review_reports_it_as_an_error_on_the_suppl_sentence(tmp_path) -> None:
    current = tmp_path / "current.txt"
    current.write_text(CURRENT, encoding="utf-8")
    suppl = "この条例は、令和9年4月1日から施行する。ただし、第1条の改正規定は、公布の日から施工する。"
    path = tmp_path / "bill.txt"
    text = HEAD + SENTENCES + "\n　　　附　則\n" + suppl + "\n"
    path.write_text(text, encoding="utf-8")
    review = review_bill(path, current)
    found = [f for f in review.bill_findings if f.rule == "amend.suppl_commencement"]
    assert [(f.severity, f.anchor_text) for f in found] == [
        ("error", "ただし、第1条の改正規定は、公布の日から施工する。")]
    span = found[0].location.span
    assert text[span.start:span.end] == found[0].anchor_text
    assert review.consolidation.failures == ()
    # the same bill with the proviso written right has no such finding
    path.write_text(text.replace("施工", "施行"), encoding="utf-8")
    assert not [f for f in review_bill(path, current).bill_findings if f.rule == "amend.suppl_commencement"]


@pytest.mark.parametrize(("suppl", "dangling"), [
    # the proviso dropped in a redraft, the transitional provision left as it was
    ("1　この条例は、令和9年4月1日から施行する。\n"
     "2　前項ただし書に規定する改正規定の施行前にされた請求については、なお従前の例による。", True),
    ("（施行期日）\n1　この条例は、令和9年4月1日から施行する。ただし、第1条の改正規定は、公布の日から施行する。\n"
     "（経過措置）\n2　前項ただし書に規定する改正規定の施行前にされた請求については、なお従前の例による。", False),
    ("一　この条例は、令和九年四月一日から施行する。\n二　この条例の施行前にされた請求については、なお従前の例による。\n"
     "三　附則第一項ただし書に規定する改正規定の施行の日の前日までの間は、なお従前の例による。", True),
    ("一　この条例は、令和九年四月一日から施行する。ただし、第二条の改正規定は、公布の日から施行する。\n"
     "二　この条例の施行前にされた請求については、なお従前の例による。\n"
     "三　附則第一項ただし書に規定する改正規定の施行の日の前日までの間は、なお従前の例による。", False),
    # a proviso of another ordinance's 附則 is not this 附則's
    ("1　この条例は、令和9年4月1日から施行する。\n"
     "2　はるかぜ町情報公開条例附則第1項ただし書の規定は、なおその効力を有する。", False),
])
def test_a_proviso_cited_must_be_there(suppl: str, dangling: bool) -> None:
    found = [(s, c) for s, c, m in problems(suppl) if "ただし書」が指すもの" in m]
    assert bool(found) == dangling
    assert all(c == DANGLING for _, c in found)

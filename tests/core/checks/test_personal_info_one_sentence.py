"""個人情報 defined with the statute's two kinds joined in one sentence (「…を含む。）又は個人識別符号
が含まれるものをいう。」) is the definition of 行政機関個人情報保護法 第2条第2項, whose items 一 and 二
say the same as alternatives."""

from __future__ import annotations

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_definition_diff
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

FIRST = (
    "当該情報に含まれる氏名、生年月日その他の記述等（文書、図画若しくは電磁的記録（電磁的方式（電子的方式、"
    "磁気的方式その他人の知覚によっては認識することができない方式をいう。）で作られる記録をいう。以下同じ。）に"
    "記載され、若しくは記録され、又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）を"
    "いう。以下同じ。）により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の"
    "個人を識別することができることとなるものを含む。）"
)
DRAFT = (
    "しらさぎ村個人情報保護条例\n"
    "（定義）\n第1条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。\n"
    "一　個人情報　生存する個人に関する情報であって、{kinds}をいう。\n"
    "二　個人識別符号　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する"
    "個人識別符号をいう。\n"
    "（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def _a1(kinds: str) -> list[str]:
    ctx = CheckContext(ordinance=parse_text(DRAFT.format(kinds=kinds)), profile=load_profile())
    return [f.message_ja for f in check_definition_diff(ctx) if f.requirement == "A1" and f.rule == "def.diff"]


def test_the_two_kinds_joined_by_mata_wa_are_the_statutes_definition() -> None:
    assert _a1(FIRST + "又は個人識別符号が含まれるもの") == []


def test_a_second_kind_in_other_words_is_still_a_difference() -> None:
    # the second alternative narrowed: no longer the statute's words after the joint
    found = _a1(FIRST + "又は旅券の番号が含まれるもの")
    assert len(found) == 1 and "旅券の番号" in found[0]


def test_the_first_kind_alone_is_still_a_difference() -> None:
    assert len(_a1(FIRST)) == 1

"""Several terms given the statute's meanings in one sentence (「「個人情報」、「要配慮個人情報」…の意義
は、それぞれ…法律第2条第2項から第4項までに定めるところによる。」): each is a defined term, and its
definition is the statute's, so no element of it is reported missing item by item."""

from __future__ import annotations

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_collation, check_living, check_yohairyo
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """みさき広域事務組合個人情報保護条例

（目的）
第1条　この条例は、組合の保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、管理者、監査委員及び組合議会をいう。
2　この条例において「個人情報」、「個人識別符号」、「要配慮個人情報」及び「本人」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項まで及び第7項に定めるところによる。この場合において、同条第4項中「行政機関」とあるのは「実施機関」と読み替えるものとする。

（責務）
第3条　実施機関は、個人情報及び要配慮個人情報の適正な取扱いに努めなければならない。本人の権利利益の保護に配慮するものとする。

（委任）
第4条　この条例の施行に関し必要な事項は、管理者が定める。
"""


def test_each_listed_term_is_defined_by_the_statute() -> None:
    terms = {t.term: t for t in parse_text(DRAFT).terms}
    for name in ("個人情報", "個人識別符号", "要配慮個人情報", "本人"):
        assert name in terms, name
        assert terms[name].definition.endswith("第7項に定めるところによる")


def test_the_adopted_definitions_are_not_checked_item_by_item() -> None:
    ctx = CheckContext(ordinance=parse_text(DRAFT), profile=load_profile())
    assert check_collation(ctx) == []
    assert check_living(ctx) == []
    assert check_yohairyo(ctx) == []


def test_an_own_definition_is_still_checked() -> None:
    own = DRAFT.replace(
        "「個人情報」、「個人識別符号」、「要配慮個人情報」及び「本人」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項まで及び第7項に定めるところによる。この場合において、同条第4項中「行政機関」とあるのは「実施機関」と読み替えるものとする。",
        "「個人情報」とは、個人に関する情報であって、特定の個人を識別することができるものをいう。\n3　この条例において「要配慮個人情報」とは、本人の信条又は病歴が含まれる個人情報をいう。")
    ctx = CheckContext(ordinance=parse_text(own), profile=load_profile())
    assert [f.rule for f in check_living(ctx)] == ["def.living"]
    assert any(f.requirement == "B1" for f in check_yohairyo(ctx))

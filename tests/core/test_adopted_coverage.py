"""A requirement whose content is part of a statutory definition the draft adopts by reference
(記述等 and the exclusion of 個人識別符号 inside 個人情報; the Cabinet-Order categories inside
要配慮個人情報) is covered by the adoption, not reported "not found"."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

ADOPTING = """あおば地区消防組合個人情報保護条例

（目的）
第1条　この条例は、組合の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、管理者及び組合議会をいう。
2　この条例において「個人情報」、「個人識別符号」及び「要配慮個人情報」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項までに定めるところによる。この場合において、同条第4項中「政令」とあるのは「規則」と読み替えるものとする。

（収集の制限）
第3条　実施機関は、個人情報を収集するときは、利用目的を明確にし、適法かつ公正な手段により収集しなければならない。

（委任）
第4条　この条例の施行に関し必要な事項は、管理者が定める。
"""

OWN = ADOPTING.replace(
    "「個人情報」、「個人識別符号」及び「要配慮個人情報」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項までに定めるところによる。この場合において、同条第4項中「政令」とあるのは「規則」と読み替えるものとする。",
    "「個人情報」とは、生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述により特定の個人を識別することができるものをいう。\n"
    "3　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要する記述が含まれる個人情報をいう。")


def _status(text: str, rid: str) -> str:
    return align(parse_text(text), load_profile()).coverage[rid].status


def test_parts_of_an_adopted_definition_are_covered_by_the_adoption() -> None:
    assert _status(ADOPTING, "A3") == "covered"
    assert _status(ADOPTING, "B2") == "covered"


def test_an_own_definition_without_those_parts_is_not_covered() -> None:
    assert _status(OWN, "A3") != "covered"
    assert _status(OWN, "B2") != "covered"


def test_an_adoption_of_another_term_does_not_cover_them() -> None:
    only_code = OWN.replace(
        "（委任）", "（個人識別符号）\n第3条の2　この条例において「個人識別符号」とは、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する個人識別符号をいう。\n\n（委任）")
    assert _status(only_code, "A3") != "covered"


ONLY_PERSONAL = ADOPTING.replace(
    "「個人情報」、「個人識別符号」及び「要配慮個人情報」の意義は、それぞれ行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項から第4項までに定めるところによる。この場合において、同条第4項中「政令」とあるのは「規則」と読み替えるものとする。",
    "「個人情報」とは、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第2項に規定する個人情報をいう。")


def test_a_code_never_written_comes_with_the_adopted_personal_information() -> None:
    """個人情報 adopted by reference brings 個人識別符号 in; a draft that never writes 個人識別符号
    has nothing more to define (A2 covered, no gap)."""
    assert "個人識別符号" not in ONLY_PERSONAL
    assert _status(ONLY_PERSONAL, "A2") == "covered"


def test_a_code_written_but_not_defined_is_still_missing() -> None:
    uses_code = ONLY_PERSONAL.replace("利用目的を明確にし、", "利用目的を明確にし、個人識別符号を含むときはその旨を記録し、")
    assert _status(uses_code, "A2") != "covered"
    assert _status(OWN, "A2") != "covered"

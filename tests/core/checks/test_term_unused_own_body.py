"""term.unused: the body's own short name used only in the names of its organs (広域連合長), and a
repealed ordinance's short name coined in a 附則 項 followed only by provisions of another matter
(drafts written here)."""

from __future__ import annotations

from ordreview.core.labels import place_label
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

BODY = """あさぎり地区消防広域連合個人情報の保護に関する法律施行条例

（趣旨）
第1条　この条例は、あさぎり地区消防広域連合（以下「広域連合」という。）が保有する個人情報の取扱いに関し、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（手数料）
第2条　法第89条第2項の条例で定める手数料の額は、無料とする。

（委任）
第3条　この条例の施行に関し必要な事項は、{head}が規則で定める。

　　　附　則
この条例は、令和5年4月1日から施行する。
"""

REPEAL = """はるかぜ町個人情報の保護に関する法律施行条例

（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。

（手数料）
第2条　法第89条第2項の条例で定める手数料の額は、無料とする。

　　　附　則
1　この条例は、令和5年4月1日から施行する。
2　はるかぜ町個人情報保護条例（平成15年はるかぜ町条例第2号）は、廃止する。
3　この条例の施行の日前に前項の規定による廃止前のはるかぜ町個人情報保護条例（以下「旧条例」という。）の規定によりされた開示請求については、なお従前の例による。
{last}
"""


def _quoted(message: str) -> str:
    return message.split("「", 1)[1].split("」", 1)[0] if "「" in message else ""


def unused(text: str) -> list[tuple[str, str, str]]:
    r = review_ordinance(parse_text(text), load_profile("kojin-joho-2023"))
    return [(f.severity, place_label(r.ordinance, f.location), _quoted(f.message_ja))
            for f in r.findings if f.rule == "term.unused"]


def test_the_bodys_short_name_used_in_its_heads_title_is_used() -> None:
    assert unused(BODY.format(head="広域連合長")) == []


def test_the_bodys_short_name_used_nowhere_is_a_warning() -> None:
    assert unused(BODY.format(head="連合長")) == [("warning", "第1条", "広域連合")]


def test_a_short_name_not_of_the_body_itself_gains_no_use_from_a_compound() -> None:
    text = BODY.format(head="広域連合長").replace("あさぎり地区消防広域連合（以下「広域連合」という。）",
                                               "あさぎり地区消防広域連合（以下「消防」という。）")
    text = text.replace("広域連合長が", "消防長が")
    assert unused(text) == [("warning", "第1条", "消防")]


def test_a_repealed_ordinances_short_name_followed_only_by_the_penalties_transition_is_noted() -> None:
    last = "4　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。"
    assert unused(REPEAL.format(last=last)) == [("info", "附則第3項", "旧条例")]


def test_a_repealed_ordinances_short_name_the_next_paragraph_could_use_is_a_warning() -> None:
    last = ("4　この条例の施行の際現にはるかぜ町個人情報保護条例第6条の規定により登録されている事務は、"
            "なお従前の例による。")
    assert unused(REPEAL.format(last=last)) == [("warning", "附則第3項", "旧条例")]


def test_an_amended_ordinances_short_name_left_idle_stays_a_warning() -> None:
    # 改正前の: the amended ordinance keeps its title, the short name was meant to tell the versions apart
    text = REPEAL.format(last="4　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。")
    text = text.replace("前項の規定による廃止前の", "この条例による改正前の")
    assert unused(text) == [("warning", "附則第3項", "旧条例")]

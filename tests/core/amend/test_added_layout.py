"""The layout of added provisions follows the ordinance's own: an article without a caption
added after the only other such article, which stands right under a 章 heading, follows on the
next line (the blank line there is the heading's, not the articles'); in an ordinance that sets
off every article and 項 by blank lines, it is set off too."""

from __future__ import annotations

from ordreview.core.amend.apply import consolidate_texts

HEAD = ("ゆきわり村会議条例の一部を改正する条例\n\n"
        "ゆきわり村会議条例（令和2年ゆきわり村条例第3号）の一部を次のように改正する。\n\n")


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n"


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


PENALTY_UNDER_HEADING = """ゆきわり村会議条例
令和2年3月10日条例第3号

　　　第1章　総則

（趣旨）
第1条　この条例は、会議に関し必要な事項を定める。

（委任）
第2条　この条例に定めるもののほか、必要な事項は、規則で定める。

　　　第2章　罰則

第3条　委員が秘密を漏らしたときは、10万円以下の罰金に処する。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""

ADD_4 = ("第3条の次に次の1条を加える。",
         "第4条　偽りその他不正の手段により記録の提供を受けた者は、5万円以下の過料に処する。")


def test_an_uncaptioned_article_after_one_under_a_heading_follows_on_the_next_line():
    r = consolidate_texts(PENALTY_UNDER_HEADING, bill(*ADD_4))
    assert codes(r) == []
    assert ("第3条　委員が秘密を漏らしたときは、10万円以下の罰金に処する。\n"
            "第4条　偽りその他不正の手段により") in r.text
    assert "過料に処する。\n\n　　　附　則" in r.text


SPACED = PENALTY_UNDER_HEADING.replace(
    "第1条　この条例は、会議に関し必要な事項を定める。\n",
    "第1条　この条例は、会議に関し必要な事項を定める。\n\n２　会議は、公開する。\n")


def test_in_an_ordinance_spacing_its_paragraphs_the_added_article_is_set_off():
    r = consolidate_texts(SPACED, bill(*ADD_4))
    assert codes(r) == []
    assert ("第3条　委員が秘密を漏らしたときは、10万円以下の罰金に処する。\n\n"
            "第4条　偽りその他不正の手段により") in r.text


UNCAPTIONED_RUN = PENALTY_UNDER_HEADING.replace(
    "第3条　委員が秘密を漏らしたときは、10万円以下の罰金に処する。\n",
    "第3条　委員が秘密を漏らしたときは、10万円以下の罰金に処する。\n"
    "第4条　前条の罪は、告訴がなければ公訴を提起することができない。\n")


def test_an_article_follows_the_spacing_of_the_uncaptioned_articles_beside_it():
    r = consolidate_texts(UNCAPTIONED_RUN, bill(
        "第4条の次に次の1条を加える。",
        "第5条　偽りその他不正の手段により記録の提供を受けた者は、5万円以下の過料に処する。"))
    assert codes(r) == []
    assert ("公訴を提起することができない。\n第5条　偽りその他不正の手段により") in r.text


def test_a_captioned_article_added_after_it_keeps_the_blank_line_before_its_caption():
    r = consolidate_texts(PENALTY_UNDER_HEADING, bill(
        "第3条の次に次の1条を加える。", "（過料）",
        "第4条　偽りその他不正の手段により記録の提供を受けた者は、5万円以下の過料に処する。"))
    assert codes(r) == []
    assert ("10万円以下の罰金に処する。\n\n（過料）\n第4条　偽りその他") in r.text


LISTS = """ゆきわり村会議条例
令和2年3月10日条例第3号

　　　第1章　総則

（趣旨）
第1条　この条例は、会議に関し必要な事項を定める。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　委員　次に掲げる者をいう。
ア　村長が任命する者
イ　議会が推薦する者
(2)　会議　委員の会議をいう。
ア　定例会
イ　臨時会

　　　第2章　会議

（招集）
第3条　会議は、村長が招集する。

（委任）
第4条　この条例に定めるもののほか、必要な事項は、規則で定める。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""


def test_a_paragraph_added_to_a_one_paragraph_article_follows_on_the_next_line():
    r = consolidate_texts(LISTS, bill("第1条に次の1項を加える。", "2　会議は、公開する。"))
    assert codes(r) == []
    assert "必要な事項を定める。\n2　会議は、公開する。\n\n（定義）" in r.text


def test_an_item_added_after_one_with_sub_items_follows_the_last_sub_item():
    r = consolidate_texts(LISTS, bill("第2条に次の1号を加える。", "(3)　議事録　次に掲げるものをいう。",
                                      "ア　会議録", "イ　要旨"))
    assert codes(r) == []
    assert ("イ　臨時会\n(3)　議事録　次に掲げるものをいう。\nア　会議録\nイ　要旨\n\n"
            "　　　第2章　会議") in r.text


def test_an_article_added_at_the_end_of_a_chapter_stands_before_the_next_heading():
    r = consolidate_texts(LISTS, bill("第2条の次に次の1条を加える。", "（委員の任期）",
                                      "第2条の2　委員の任期は、2年とする。"))
    assert codes(r) == []
    assert ("イ　臨時会\n\n（委員の任期）\n第2条の2　委員の任期は、2年とする。\n\n"
            "　　　第2章　会議\n\n（招集）") in r.text


def test_an_article_added_at_the_end_of_the_main_provisions_stands_before_the_supplement():
    r = consolidate_texts(LISTS, bill("本則に次の1条を加える。", "（罰則）",
                                      "第5条　委員が秘密を漏らしたときは、5万円以下の過料に処する。"))
    assert codes(r) == []
    assert ("規則で定める。\n\n（罰則）\n第5条　委員が秘密を漏らしたときは、5万円以下の過料に処する。\n\n"
            "　　　附　則\nこの条例は、令和2年4月1日から施行する。") in r.text


def test_an_article_added_at_the_start_of_a_chapter_takes_the_spacing_under_the_heading():
    current = LISTS.replace("　　　第2章　会議\n\n（招集）\n第3条", "　　　第2章　会議\n\n第3条")
    r = consolidate_texts(current, bill("第2章中第3条の前に次の1条を加える。", "第2条の2　委員の任期は、2年とする。"))
    assert codes(r) == []
    assert ("　　　第2章　会議\n\n第2条の2　委員の任期は、2年とする。\n"
            "第3条　会議は、村長が招集する。\n\n（委任）") in r.text


def test_a_captioned_article_added_at_the_start_of_a_chapter_keeps_the_blank_lines():
    r = consolidate_texts(LISTS, bill("第2章中第3条の前に次の1条を加える。", "（会議の種類）",
                                      "第2条の2　会議は、定例会及び臨時会とする。"))
    assert codes(r) == []
    assert ("　　　第2章　会議\n\n（会議の種類）\n第2条の2　会議は、定例会及び臨時会とする。\n\n"
            "（招集）\n第3条") in r.text


SUPPL_ARTICLES = LISTS.replace(
    "　　　附　則\nこの条例は、令和2年4月1日から施行する。\n",
    "　　　附　則\n（施行期日）\n第1条　この条例は、令和2年4月1日から施行する。\n"
    "（経過措置）\n第2条　この条例の施行前の会議は、この条例による会議とみなす。\n")


def test_an_article_added_to_a_supplement_is_numbered_and_laid_out_within_it():
    # 附則第3条 does not collide with the 本則's 第3条, and follows the 附則's own layout
    # (its captioned articles on consecutive lines)
    r = consolidate_texts(SUPPL_ARTICLES, bill("附則第2条の次に次の1条を加える。", "（検討）",
                                               "第3条　村長は、この条例の施行の状況について検討を加えるものとする。"))
    assert codes(r) == []
    assert ("この条例による会議とみなす。\n（検討）\n第3条　村長は、この条例の施行の状況について"
            "検討を加えるものとする。\n\n　　　附　則（") in r.text


def test_an_article_added_to_a_supplement_under_a_taken_number_collides():
    r = consolidate_texts(SUPPL_ARTICLES, bill("附則第1条の次に次の1条を加える。", "（検討）",
                                               "第2条　村長は、この条例の施行の状況について検討を加えるものとする。"))
    assert codes(r) == [(1, "collision")]

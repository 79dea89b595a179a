"""Hand-written cases found by the round-trip properties (``test_roundtrip_*.py``), kept as
deterministic tests so that a fix stays fixed whatever examples a run draws."""

from __future__ import annotations

from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_diff, verify_rows
from tests.core.amend.test_roundtrip_table import shape

# the first article deleted (the others move up), a 項 added to the first article of the last
# chapter, and a new article inserted after it whose number is the one that article had
DELETE_FIRST_CURRENT = """\
さくらだ村手数料条例

目次
　第1章　総則（第1条・第2条）
　第2章　雑則（第3条・第4条）
　附則

　　　第1章　総則

（目的）
第1条　この条例は、村が徴収する手数料に関し必要な事項を定めることを目的とする。

（定義）
第2条　この条例において「手数料」とは、村が特定の者のためにする事務に係るものをいう。

　　　第2章　雑則

（公表）
第3条　村長は、毎年度、手数料の徴収の状況を公表するものとする。

（委任）
第4条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""

DELETE_FIRST_AMENDED = """\
さくらだ村手数料条例

目次
　第1章　総則（第1条）
　第2章　雑則（第2条―第4条）
　附則

　　　第1章　総則

（定義）
第1条　この条例において「手数料」とは、村が特定の者のためにする事務に係るものをいう。

　　　第2章　雑則

（公表）
第2条　村長は、毎年度、手数料の徴収の状況を公表するものとする。
2　村長は、前項の規定による公表の内容を議会に報告しなければならない。

（減免）
第3条　村長は、特別の理由があると認めるときは、手数料を減免することができる。

（委任）
第4条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""


def test_renumbered_article_pairs_with_itself_not_with_the_new_one_taking_its_number() -> None:
    diff = compare_texts(DELETE_FIRST_CURRENT, DELETE_FIRST_AMENDED)
    pairs = {(r.old.label if r.old else None, r.new.label if r.new else None): r for r in diff.rows
             if (r.old or r.new).kind == "article"}
    # 第3条（公表） became 第2条 with a 項 added; 第3条（減免） is new
    assert ("第3条", "第2条") in pairs
    assert "（公表）" in pairs[("第3条", "第2条")].new.text
    assert (None, "第3条") in pairs
    assert ("第1条", None) in pairs


def test_table_of_deletion_and_addition_across_a_chapter_boundary_consolidates() -> None:
    rows = rows_from_diff(compare_texts(DELETE_FIRST_CURRENT, DELETE_FIRST_AMENDED))
    assert verify_rows(rows, DELETE_FIRST_CURRENT) == []
    merged = consolidate_from_table(DELETE_FIRST_CURRENT, rows)
    assert merged.failures == ()
    assert shape(merged.text) == shape(DELETE_FIRST_AMENDED)


# a new article opening the last chapter (the 目次 gives it as the chapter's first article),
# the chapter's articles renumbered after it
CHAPTER_START_AMENDED = """\
さくらだ村手数料条例

目次
　第1章　総則（第1条・第2条）
　第2章　雑則（第3条―第5条）
　附則

　　　第1章　総則

（目的）
第1条　この条例は、村が徴収する手数料に関し必要な事項を定めることを目的とする。

（定義）
第2条　この条例において「手数料」とは、村が特定の者のためにする事務に係るものをいう。

　　　第2章　雑則

（減免）
第3条　村長は、特別の理由があると認めるときは、手数料を減免することができる。

（公表）
第4条　村長は、毎年度、手数料の徴収の状況を公表するものとする。

（委任）
第5条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""


def test_table_adding_an_article_at_the_start_of_a_chapter_puts_it_under_the_heading() -> None:
    diff = compare_texts(DELETE_FIRST_CURRENT, CHAPTER_START_AMENDED)
    assert [(r.kind, r.new.label if r.new else None) for r in diff.rows][:2] == [("changed", "目次"), ("added", "第3条")]
    rows = rows_from_diff(diff)
    assert verify_rows(rows, DELETE_FIRST_CURRENT) == []
    merged = consolidate_from_table(DELETE_FIRST_CURRENT, rows)
    assert merged.failures == ()
    assert shape(merged.text) == shape(CHAPTER_START_AMENDED)



def test_two_articles_added_at_the_start_of_a_chapter_are_both_left_to_the_officer() -> None:
    from ordreview.core.amend.generate import generate_bill

    # two new articles open 第2章, its articles move down by two
    amended = (CHAPTER_START_AMENDED.replace("（第3条―第5条）", "（第3条―第6条）")
               .replace("第5条　この条例", "第6条　この条例").replace("第4条　村長は", "第5条　村長は")
               .replace("（公表）\n", "（督促）\n第4条　納期限までに納付しない者には、督促状を発する。\n\n（公表）\n"))
    bill = generate_bill(compare_texts(DELETE_FIRST_CURRENT, amended))
    # the second article follows the first, which 「第2条の次に」 cannot place: the same notice,
    # not a deadlock (「条の入替え」) where nothing swaps
    assert [n.label for n in bill.notices] == ["第3条", "第4条"]
    assert all("章の初め" in n.message_ja for n in bill.notices), bill.notices


def test_two_articles_added_before_the_first_article_are_both_left_to_the_officer() -> None:
    from ordreview.core.amend.generate import generate_bill

    current = "さくらだ村手数料条例\n\n（定義）\n第1条　この条例において「手数料」とは、村が特定の者のためにする事務に係るものをいう。\n\n（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。\n"
    amended = ("さくらだ村手数料条例\n\n（目的）\n第1条　この条例は、村が徴収する手数料に関し必要な事項を定めることを目的とする。\n\n"
               "（基本理念）\n第2条　手数料は、公平に徴収されなければならない。\n\n"
               "（定義）\n第3条　この条例において「手数料」とは、村が特定の者のためにする事務に係るものをいう。\n\n"
               "（委任）\n第4条　この条例の施行に関し必要な事項は、規則で定める。\n")
    bill = generate_bill(compare_texts(current, amended))
    assert [n.label for n in bill.notices] == ["第1条", "第2条"]
    assert all("冒頭" in n.message_ja for n in bill.notices), bill.notices

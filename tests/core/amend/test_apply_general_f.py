"""General rules of the 改め文 applier: a 章 added at the end of the 本則 (「本則に次の1章を加える」)
stands beside the last 章, not inside it; a replaced 目次 that leaves an added 章 out was not
amended for it (``toc_not_amended``), one that lists it otherwise is a mismatch
(``toc_mismatch``); the 項 of a 別表 named by the first cell of its row (「別表第1写しの項中」);
several articles made one 削除 shell (「第3条及び第4条を次のように改める。」 →
「第3条及び第4条　削除」)."""

from __future__ import annotations

from ordreview.core.amend.apply import consolidate_texts

HEAD = ("みずなぎ村会議条例の一部を改正する条例\n\n"
        "みずなぎ村会議条例（令和2年みずなぎ村条例第3号）の一部を次のように改正する。\n\n")


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n"


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


CHAPTERS = """みずなぎ村会議条例
令和2年3月10日条例第3号

目次
　第1章　総則（第1条・第2条）
　第2章　会議（第3条・第4条）
　附則

　　　第1章　総則

（趣旨）
第1条　この条例は、会議に関し必要な事項を定める。

（定義）
第2条　この条例において「委員」とは、会議の委員をいう。

　　　第2章　会議

（招集）
第3条　会議は、村長が招集する。

（委任）
第4条　この条例に定めるもののほか、必要な事項は、規則で定める。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""

NEW_CHAPTER = ("本則に次の1章を加える。",
               "　　　第3章　罰則",
               "（罰則）",
               "第5条　第2条の委員が秘密を漏らしたときは、5万円以下の過料に処する。")


def toc(*entries: str) -> tuple[str, ...]:
    return ("目次を次のように改める。", "目次", *(f"　{e}" for e in entries), "　附則")


def test_a_chapter_added_to_the_honsoku_stands_after_the_last_chapter():
    r = consolidate_texts(CHAPTERS, bill(*toc("第1章　総則（第1条・第2条）", "第2章　会議（第3条・第4条）",
                                              "第3章　罰則（第5条）"), *NEW_CHAPTER))
    assert codes(r) == []
    assert ("第4条　この条例に定めるもののほか、必要な事項は、規則で定める。\n\n"
            "　　　第3章　罰則\n\n（罰則）\n第5条　") in r.text
    assert r.text.index("第5条") < r.text.index("　　　附　則")


def test_an_article_added_to_the_honsoku_still_goes_into_the_last_chapter():
    r = consolidate_texts(CHAPTERS, bill(*toc("第1章　総則（第1条・第2条）", "第2章　会議（第3条―第5条）"),
                                         "本則に次の1条を加える。", "（報告）", "第5条　会議は、結果を村長に報告する。"))
    assert codes(r) == []


def test_a_replaced_toc_without_the_added_chapter_was_not_amended_for_it():
    r = consolidate_texts(CHAPTERS, bill(*toc("第1章　総則（第1条・第2条）", "第2章　会議（第3条・第4条）"),
                                         *NEW_CHAPTER))
    assert codes(r) == [(2, "toc_not_amended")]


def test_a_replaced_toc_listing_the_added_chapter_wrongly_is_a_mismatch():
    r = consolidate_texts(CHAPTERS, bill(*toc("第1章　総則（第1条・第2条）", "第2章　会議（第3条・第4条）",
                                              "第3章　罰則（第5条・第6条）"), *NEW_CHAPTER))
    assert codes(r) == [(2, "toc_mismatch")]


def test_a_chapter_added_without_any_toc_sentence_is_not_amended():
    r = consolidate_texts(CHAPTERS, bill(*NEW_CHAPTER))
    assert codes(r) == [(1, "toc_not_amended")]


TABLED = """みずなぎ村手数料条例
令和2年3月10日条例第4号

（手数料）
第1条　手数料の額は、別表に定める。

　　　附　則
この条例は、令和2年4月1日から施行する。

別表（第1条関係）
区分　金額
写し　1枚につき10円
電磁的記録の写し　1枚につき10円
"""


def test_a_table_row_named_by_its_heading_is_the_only_scope():
    r = consolidate_texts(TABLED, bill("別表電磁的記録の写しの項中「10円」を「20円」に改める。"))
    assert codes(r) == []
    assert "\n写し　1枚につき10円\n電磁的記録の写し　1枚につき20円\n" in r.text


def test_a_table_row_that_is_not_there_is_not_found():
    r = consolidate_texts(TABLED, bill("別表複製の項中「10円」を「20円」に改める。"))
    assert codes(r) == [(1, "provision_not_found")]


def test_a_table_row_whose_heading_is_a_longer_cell_is_not_matched():
    # 「写しの項」 names the row 「写し」, not 「電磁的記録の写し」
    r = consolidate_texts(TABLED, bill("別表写しの項中「10円」を「30円」に改める。"))
    assert codes(r) == []
    assert "\n写し　1枚につき30円\n電磁的記録の写し　1枚につき10円\n" in r.text


FLAT = """みずなぎ村会議条例
令和2年3月10日条例第3号

（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（1）　委員　会議の委員をいう。
（2）　名簿　第2条第1項の規定により作成する名簿をいう。

（名簿の作成）
第2条　村長は、委員の名簿を作成する。

（名簿の閲覧）
第3条　村長は、名簿を一般の閲覧に供する。

（招集）
第4条　会議は、村長が招集する。
第5条　会議は、公開する。

　　　附　則
この条例は、令和2年4月1日から施行する。
"""


def test_two_articles_replaced_by_one_shell_covering_them():
    r = consolidate_texts(FLAT, bill("第1条第2号を次のように改める。", "（2）　削除",
                                     "第2条及び第3条を次のように改める。", "第2条及び第3条　削除"))
    assert codes(r) == [] and r.stale_references == ()
    assert ("（2）　削除\n\n第2条及び第3条　削除\n\n（招集）\n第4条") in r.text
    assert "名簿の作成" not in r.text and "名簿の閲覧" not in r.text


def test_a_shell_that_does_not_cover_the_articles_named_is_a_count_mismatch():
    r = consolidate_texts(FLAT, bill("第2条及び第3条を次のように改める。", "第2条から第4条まで　削除"))
    assert codes(r) == [(1, "count_mismatch")]
    r = consolidate_texts(FLAT, bill("第2条及び第4条を次のように改める。", "第2条及び第4条　削除"))
    assert codes(r) == [(1, "count_mismatch")]  # not a run: 第3条 stands between them


def test_a_citation_in_a_provision_a_failed_sentence_would_replace_is_not_also_stale():
    # 同条 is left open (the sentence before names 第1条): the item citing 第2条 is not replaced,
    # which is the failure of that sentence, not a second finding on the sentence voiding 第2条
    r = consolidate_texts(FLAT, bill("第1条第1号中「会議の委員」を「会議の構成員」に改める。",
                                     "同条第2号を次のように改める。", "（2）　削除",
                                     "第2条及び第3条を次のように改める。", "第2条及び第3条　削除"))
    assert codes(r) == [(2, "dou_ambiguous")]
    assert r.stale_references == ()
    r = consolidate_texts(FLAT, bill("第2条及び第3条を次のように改める。", "第2条及び第3条　削除"))
    assert [s.sentence for s in r.stale_references] == [1]  # without the failed sentence it is stale


def table_of(text: str) -> str:
    return text[text.index("別表（第1条関係）"):]


def test_a_table_row_replaced_deleted_or_added_beside_by_its_heading():
    r = consolidate_texts(TABLED, bill("別表写しの項を次のように改める。", "写し　1枚につき20円"))
    assert codes(r) == []
    assert table_of(r.text).split("\n")[2:4] == ["写し　1枚につき20円", "電磁的記録の写し　1枚につき10円"]
    r = consolidate_texts(TABLED, bill("別表写しの項を削る。"))
    assert codes(r) == []
    assert table_of(r.text).split("\n")[1:3] == ["区分　金額", "電磁的記録の写し　1枚につき10円"]
    r = consolidate_texts(TABLED, bill("別表写しの項の次に次のように加える。", "複製　1枚につき5円"))
    assert codes(r) == []
    assert table_of(r.text).split("\n")[2:5] == ["写し　1枚につき10円", "複製　1枚につき5円",
                                                "電磁的記録の写し　1枚につき10円"]


def test_a_row_of_the_same_table_named_after_dohyo():
    r = consolidate_texts(TABLED, bill("別表写しの項中「10円」を「20円」に改め、同表電磁的記録の写しの項中「10円」を「30円」に改める。"))
    assert codes(r) == []
    assert table_of(r.text).split("\n")[2:4] == ["写し　1枚につき20円", "電磁的記録の写し　1枚につき30円"]

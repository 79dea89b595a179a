"""General rules of the 改め文 applier, each with a small bill of its own: 号 and 項 added in one
clause, several sub-items, items or paragraphs replaced at once, a new first paragraph, a
共通見出し deleted with the first article under it, a quotation inside a longer word whose change
repeats its neighbours, and the 目次 left alone where a failed sentence leaves a 章 unsettled."""

from __future__ import annotations

from ordreview.core.amend.apply import consolidate_texts

HEAD = "はやせ村情報公開条例の一部を改正する条例\n\nはやせ村情報公開条例（平成20年はやせ村条例第14号）の一部を次のように改正する。\n\n"


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines)


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


CURRENT = """はやせ村情報公開条例
平成20年6月18日条例第14号

目次
　第1章　総則（第1条・第2条）
　第2章　公開の手続（第3条―第6条）
　第3章　審査会（第7条―第10条）
　附則

　　　第1章　総則

（目的）
第1条　この条例は、村政に関する情報の公開に関し必要な事項を定めるものとする。

（定義）
第2条　この条例において「公文書」とは、村の機関の職員が職務上作成し、又は取得した文書、図画及び磁気記録媒体をいう。

　　　第2章　公開の手続

（公開請求）
第3条　何人も、村長に対し、公文書の公開を請求することができる。
2　公開請求は、書面により行わなければならない。
3　村長は、公開請求書に形式上の不備があると認めるときは、補正を求めることができる。

（費用の負担）
第4条　写しの交付を受ける者は、次に掲げる費用を負担しなければならない。
　(1)　用紙への複写に要する費用
　(2)　写しの郵送に要する費用

（決定の期限）
第5条　公開決定は、公開請求があった日から10日以内にしなければならない。
2　前項の期間は、正当な理由があるときは、20日以内に限り延長することができる。

（公開の方法）
第6条　公文書の公開は、次に掲げる方法により行う。
　(1)　文書又は図画の閲覧
　(2)　磁気記録媒体に記録された情報について次に掲げるもの
　　ア　用紙に出力したものの閲覧
　　イ　専用機器により再生したものの視聴
　　ウ　光ディスクに複写したものの交付

　　　第3章　審査会

（設置）
第7条　はやせ村情報公開審査会（以下「審査会」という。）を置く。

（委員の責務）
第8条　委員は、公正かつ誠実にその職務を遂行しなければならない。
第9条　委員は、職務上知り得た秘密を他に漏らしてはならない。

（会議）
第10条　審査会の会議は、会長が招集する。

　　　附　則
この条例は、平成20年10月1日から施行する。"""


# --------------------------------------------------------------------------- 号 and 項 in one clause


def test_items_and_paragraphs_added_in_one_clause():
    result = consolidate_texts(CURRENT, bill(
        "第4条に次の2号及び2項を加える。",
        "　(3)　電磁的記録の複製に要する費用",
        "　(4)　その他村長が定める費用",
        "2　前項の費用の額は、規則で定める。",
        "3　村長は、特別の理由があると認めるときは、前項の費用を減免することができる。"))
    assert codes(result) == []
    assert ("　(2)　写しの郵送に要する費用\n　(3)　電磁的記録の複製に要する費用\n　(4)　その他村長が定める費用\n"
            "2　前項の費用の額は、規則で定める。\n3　村長は、特別の理由があると認めるときは、前項の費用を減免することができる。\n\n"
            "（決定の期限）") in result.text


def test_items_and_paragraphs_in_kanji_counts_and_full_width_numbers():
    current = CURRENT.replace("　(1)　用紙", "　（１）　用紙").replace("　(2)　写し", "　（２）　写し")
    result = consolidate_texts(current, bill(
        "第４条に次の一号及び一項を加える。",
        "　（３）　電磁的記録の複製に要する費用",
        "２　前項の費用の額は、規則で定める。"))
    assert codes(result) == []
    assert "　（２）　写しの郵送に要する費用\n　（３）　電磁的記録の複製に要する費用\n２　前項の費用の額は、規則で定める。\n" in result.text


def test_items_and_paragraphs_miscounted():
    # two 号 announced, one follows
    result = consolidate_texts(CURRENT, bill(
        "第4条に次の2号及び1項を加える。",
        "　(3)　電磁的記録の複製に要する費用",
        "2　前項の費用の額は、規則で定める。"))
    assert codes(result) == [(1, "count_mismatch")]
    assert "「次の2号」" in result.failures[0].message_ja
    # one 項 announced, two follow
    result = consolidate_texts(CURRENT, bill(
        "第4条に次の1号及び1項を加える。",
        "　(3)　電磁的記録の複製に要する費用",
        "2　前項の費用の額は、規則で定める。",
        "3　村長は、前項の費用を減免することができる。"))
    assert codes(result) == [(1, "count_mismatch")]
    assert "(3)　電磁的記録" not in result.text  # nothing added


def test_paragraph_before_items_names_no_place():
    result = consolidate_texts(CURRENT, bill(
        "第4条に次の1項及び1号を加える。",
        "2　前項の費用の額は、規則で定める。",
        "　(3)　電磁的記録の複製に要する費用"))
    assert codes(result) == [(1, "unparsed")]


# --------------------------------------------------------------------------- several replaced at once


def test_two_sub_items_replaced_at_once():
    result = consolidate_texts(CURRENT, bill(
        "第6条第2号ア及びウを次のように改める。",
        "　　ア　用紙に印刷したものの閲覧又は写しの交付",
        "　　ウ　電子メールによる送信"))
    assert codes(result) == []
    assert ("　　ア　用紙に印刷したものの閲覧又は写しの交付\n　　イ　専用機器により再生したものの視聴\n"
            "　　ウ　電子メールによる送信\n") in result.text


def test_range_of_sub_items_replaced_and_miscounted():
    result = consolidate_texts(CURRENT, bill(
        "第6条第2号イからウまでを次のように改める。",
        "　　イ　専用機器により再生したものの聴取",
        "　　ウ　記録媒体に複写したものの交付"))
    assert codes(result) == []
    assert "　　イ　専用機器により再生したものの聴取\n　　ウ　記録媒体に複写したものの交付" in result.text
    result = consolidate_texts(CURRENT, bill(
        "第6条第2号アからウまでを次のように改める。",
        "　　ア　用紙に印刷したものの閲覧"))
    assert codes(result) == [(1, "count_mismatch")]


def test_two_paragraphs_replaced_and_items_deleted_together():
    result = consolidate_texts(CURRENT, bill(
        "第3条第2項及び第3項を次のように改める。",
        "2　公開請求は、書面又は電子申請により行わなければならない。",
        "3　村長は、公開請求に形式上の不備があると認めるときは、相当の期間を定めて補正を求めることができる。",
        "第6条第2号イ及びウを削る。"))
    assert codes(result) == []
    assert "2　公開請求は、書面又は電子申請により行わなければならない。\n3　村長は、公開請求に形式上の不備" in result.text
    assert "　　ア　用紙に出力したものの閲覧\n\n　　　第3章" in result.text


def test_three_sub_items_named_with_a_comma_and_oyobi():
    result = consolidate_texts(CURRENT, bill(
        "第6条第2号ア、イ及びウを次のように改める。",
        "　　ア　用紙に印刷したものの閲覧",
        "　　イ　再生したものの視聴",
        "　　ウ　複写したものの交付"))
    assert codes(result) == []
    assert "　　ア　用紙に印刷したものの閲覧\n　　イ　再生したものの視聴\n　　ウ　複写したものの交付\n" in result.text
    result = consolidate_texts(CURRENT, bill("第6条第1号、第2号及び第3号を削る。"))
    assert codes(result) == [(1, "provision_not_found")]  # there is no 第3号


# --------------------------------------------------------------------------- a new first paragraph


def test_first_paragraph_added_without_number_takes_the_article_line():
    result = consolidate_texts(CURRENT, bill(
        "第5条第2項を同条第3項とし、同条第1項を同条第2項とし、同条に第1項として次の1項を加える。",
        "　公開決定は、書面により行う。"))
    assert codes(result) == []
    assert ("第5条　公開決定は、書面により行う。\n2　公開決定は、公開請求があった日から10日以内にしなければならない。\n"
            "3　前項の期間は、") in result.text


def test_paragraph_added_before_the_first_takes_the_article_line():
    result = consolidate_texts(CURRENT, bill(
        "第5条第2項を同条第3項とし、同条第1項を同条第2項とし、同項の前に次の1項を加える。",
        "　公開決定は、書面により行う。"))
    assert codes(result) == []
    assert "第5条　公開決定は、書面により行う。\n2　公開決定は、公開請求があった日から" in result.text


# --------------------------------------------------------------------------- 共通見出し


def test_common_caption_deleted_with_the_first_article_and_the_next_captioned_and_moved():
    result = consolidate_texts(CURRENT, bill(
        "目次中「第7条―第10条」を「第7条―第9条」に改める。",
        "第8条の前の見出し及び同条を削り、第9条に見出しとして「（秘密の保持）」を付し、同条を第8条とし、"
        "第10条を第9条とする。"))
    assert codes(result) == []
    assert ("第7条　はやせ村情報公開審査会（以下「審査会」という。）を置く。\n\n（秘密の保持）\n"
            "第8条　委員は、職務上知り得た秘密を他に漏らしてはならない。\n\n（会議）\n第9条　審査会の会議は") in result.text
    assert "委員の責務" not in result.text and "公正かつ誠実" not in result.text


def test_caption_named_for_deletion_must_exist():
    result = consolidate_texts(CURRENT, bill("第9条の前の見出し及び同条を削る。"))
    assert codes(result) == [(1, "provision_not_found")]


# --------------------------------------------------------------------------- quotations inside words


def test_quotation_inside_a_word_whose_change_repeats_the_word_is_ambiguous():
    # 「記録媒体」 stands only in 磁気記録媒体: the change would read 磁気磁気ディスク
    result = consolidate_texts(CURRENT, bill("第2条中「記録媒体」を「磁気ディスク」に改める。"))
    assert codes(result) == [(1, "ambiguous")]
    assert "磁気磁気ディスク" in result.failures[0].message_ja
    assert "磁気記録媒体" in result.text  # not applied


def test_quotation_inside_a_word_whose_change_reads_well_still_applies():
    # the changing part of a compound quoted alone, as bills do: 磁気記録媒体 → 電磁的記録媒体
    result = consolidate_texts(CURRENT, bill("第2条中「磁気記録」を「電磁的記録」に改める。"))
    assert codes(result) == []
    result = consolidate_texts(CURRENT, bill("第7条中「情報公開」の次に「・個人情報保護」を加える。"))
    assert codes(result) == []
    assert "はやせ村情報公開・個人情報保護審査会" in result.text


# --------------------------------------------------------------------------- 目次 after a failure


def test_toc_not_compared_with_a_chapter_a_failed_sentence_left_unsettled():
    # the 繰上げ is written from the back: refused, and the 目次 written for the bill as meant is
    # not reported against the chapter the refused sentence left half moved
    result = consolidate_texts(CURRENT, bill(
        "目次中「審査会（第7条―第10条）」を「情報公開審査会（第7条―第9条）」に改める。",
        "第3章の章名中「審査会」を「情報公開審査会」に改める。",
        "第8条を削り、第10条を第9条とし、第9条を第8条とする。"))
    assert codes(result) == [(3, "renumber_order")]
    # a 目次 error in a chapter the failure did not touch is still reported
    result = consolidate_texts(CURRENT, bill(
        "目次中「審査会（第7条―第10条）」を「情報公開審査会（第7条―第9条）」に改める。",
        "第6条の次に次の1条を加える。",
        "（公開の実施）",
        "第6条の2　公開は、決定の日から14日以内に行う。",
        "第3章の章名中「審査会」を「情報公開審査会」に改める。",
        "第8条を削り、第10条を第9条とし、第9条を第8条とする。"))
    assert codes(result) == [(2, "toc_mismatch"), (4, "renumber_order")]

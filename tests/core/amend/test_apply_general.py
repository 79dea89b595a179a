"""General rules of the 改め文 applier, each with a small bill of its own: ranges across chapters,
collisions of added chapters, layout of added provisions, 各号列記以外の部分 of a one-paragraph
article, stale citations in the original 附則, hard-wrapped sentences, 目次 entries."""

from __future__ import annotations

from ordreview.core.amend.apply import consolidate_texts

HEAD = "こだま町個人情報保護条例の一部を改正する条例\n\nこだま町個人情報保護条例（平成12年こだま町条例第9号）の一部を次のように改正する。\n\n"


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines)


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


ONE_PARAGRAPH = """こだま町個人情報保護条例
平成12年3月24日条例第9号

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（提供の制限）
第2条　実施機関は、保有個人情報を提供してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。
　(1)　本人の同意があるとき。
　(2)　法令等に定めがあるとき。

（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、平成12年4月1日から施行する。"""


def test_chapeau_of_a_one_paragraph_article_is_cited_without_paragraph():
    result = consolidate_texts(ONE_PARAGRAPH, bill(
        "第2条各号列記以外の部分中「提供して」を「自ら利用し、又は提供して」に改める。"))
    assert codes(result) == []
    assert "第2条　実施機関は、保有個人情報を自ら利用し、又は提供してはならない。ただし、" in result.text
    # the items are outside the 各号列記以外の部分
    result = consolidate_texts(ONE_PARAGRAPH, bill("第2条各号列記以外の部分中「本人の同意」を「同意」に改める。"))
    assert codes(result) == [(1, "target_not_found")]


CHAPTERS = """こだま町個人情報保護条例
平成12年3月24日条例第9号

　　　第1章　総則

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（定義）
第2条　この条例において「個人情報」とは、個人に関する情報をいう。

（責務）
第3条　実施機関は、個人情報の保護に努めなければならない。

　　　第2章　審議会

（設置）
第4条　こだま町個人情報保護審議会を置く。

（組織）
第5条　審議会は、委員5人以内で組織する。

　　　第3章　雑則

（委任）
第6条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
1　この条例は、平成12年4月1日から施行する。
2　第5条の規定は、平成12年7月1日から適用する。"""


def test_range_renumbering_crosses_a_chapter_boundary():
    result = consolidate_texts(CHAPTERS, bill(
        "第3条を削り、第4条から第6条までを1条ずつ繰り上げる。",
        "附則第2項中「第5条」を「第4条」に改める。"))
    assert codes(result) == []
    text = result.text
    assert "（設置）\n第3条　こだま町個人情報保護審議会を置く。" in text
    assert "（委任）\n第5条　この条例の施行に関し必要な事項は、規則で定める。" in text
    assert "第6条" not in text.split("附　則")[0]
    result = consolidate_texts(CHAPTERS, bill("第2条から第6条までを2条ずつ繰り下げ、第1条の次に次の2条を加える。",
                                              "（責務）", "第2条　町は、個人情報の保護に努める。", "",
                                              "（周知）", "第3条　町は、この条例の周知に努める。"))
    assert [(f.sentence, f.code) for f in result.failures] == []
    assert "（委任）\n第8条　この条例の施行に関し必要な事項は、規則で定める。" in result.text
    # a range whose end lies before its start is still not found
    result = consolidate_texts(CHAPTERS, bill("第5条から第2条までを1条ずつ繰り下げる。"))
    assert codes(result) == [(1, "provision_not_found")]


def test_stale_citation_in_the_original_supplementary_provisions_is_reported():
    result = consolidate_texts(CHAPTERS, bill("第3条を削り、第4条から第6条までを1条ずつ繰り上げる。"))
    assert codes(result) == []
    stale = [(s.sentence, s.text) for s in result.stale_references]
    assert stale == [(1, "第5条")]
    assert "第4条" in result.stale_references[0].message_ja
    # amended by the bill: nothing left behind
    result = consolidate_texts(CHAPTERS, bill("第3条を削り、第4条から第6条までを1条ずつ繰り上げる。",
                                              "附則第2項中「第5条」を「第4条」に改める。"))
    assert result.stale_references == ()
    # a citation in the bill's own 附則 is the bill's and is not compared
    result = consolidate_texts(CHAPTERS, bill("第3条を削り、第4条から第6条までを1条ずつ繰り上げる。",
                                              "附則第2項中「第5条」を「第4条」に改める。", "",
                                              "　　　附　則", "この条例は、公布の日から施行する。ただし、第5条の改正規定は、令和2年4月1日から施行する。"))
    assert result.stale_references == ()


NEW_CHAPTER = ["第2章の次に次の1章を加える。", "", "　　　第2章の2　非識別加工情報の提供", "",
               "（作成）", "第5条の2　実施機関は、非識別加工情報を作成することができる。", "",
               "（提供）", "第5条の3　実施機関は、非識別加工情報を提供することができる。"]


def test_articles_of_an_added_chapter_collide_with_articles_not_moved():
    clash = ["第2章の次に次の1章を加える。", "", "　　　第2章の2　非識別加工情報の提供", "",
             "（作成）", "第6条　実施機関は、非識別加工情報を作成することができる。", "",
             "（提供）", "第7条　実施機関は、非識別加工情報を提供することができる。"]
    result = consolidate_texts(CHAPTERS, bill(*clash))
    assert codes(result) == [(1, "collision")]
    assert "第6条" in result.failures[0].message_ja
    # moved out of the way first: no collision
    result = consolidate_texts(CHAPTERS, bill("第6条を第8条とする。", *clash))
    assert codes(result) == []
    assert result.text.index("第7条　実施機関は、非識別加工情報を提供") < result.text.index("第8条　この条例の施行")
    # a chapter of branch-numbered articles takes no number of another article
    result = consolidate_texts(CHAPTERS, bill(*NEW_CHAPTER))
    assert codes(result) == []


def test_articles_of_an_added_chapter_take_the_ordinance_layout():
    # the bill quotes the chapter without blank lines; the ordinance has one before each caption
    quoted = [line for line in NEW_CHAPTER if line]
    result = consolidate_texts(CHAPTERS, bill(*quoted))
    assert codes(result) == []
    assert ("第5条　審議会は、委員5人以内で組織する。\n\n　　　第2章の2　非識別加工情報の提供\n\n（作成）\n"
            "第5条の2　実施機関は、非識別加工情報を作成することができる。\n\n（提供）\n第5条の3") in result.text
    # the same as an article added after an article
    result = consolidate_texts(CHAPTERS, bill("第5条の次に次の1条を加える。", "（任期）", "第5条の2　委員の任期は、2年とする。"))
    assert "組織する。\n\n（任期）\n第5条の2　委員の任期は、2年とする。\n\n　　　第3章" in result.text


PENALTIES = """こだま町個人情報保護条例
平成12年3月24日条例第9号

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（罰則）
第2条　正当な理由なく個人情報ファイルを提供した者は、2年以下の懲役に処する。
第3条　不正な利益を図る目的で個人情報を提供した者は、1年以下の懲役に処する。
第4条　偽りにより開示を受けた者は、5万円以下の過料に処する。

　　　附　則
この条例は、平成12年4月1日から施行する。"""


def test_uncaptioned_article_added_among_uncaptioned_ones_takes_no_blank_line():
    result = consolidate_texts(PENALTIES, bill("第4条を第5条とし、第3条の次に次の1条を加える。",
                                               "第4条　不正に非識別加工情報を取得した者は、1年以下の懲役に処する。"))
    assert codes(result) == []
    assert ("1年以下の懲役に処する。\n第4条　不正に非識別加工情報を取得した者は、1年以下の懲役に処する。\n"
            "第5条　偽りにより") in result.text
    # a captioned article added in the same ordinance still gets its blank line
    result = consolidate_texts(PENALTIES, bill("第1条の次に次の1条を加える。", "（定義）", "第1条の2　この条例において「個人情報」とは、個人に関する情報をいう。"))
    assert "定めるものとする。\n\n（定義）\n第1条の2" in result.text


def test_sentence_wrapped_after_a_clause_is_one_sentence():
    wrapped = bill("第2条各号列記以外の部分中「提供して」を「自ら利用し、又は提供して」に改め、",
                   "同条第2号を同条第3号とし、同条第1号の次に次の1号を加える。",
                   "　(2)　出版、報道等により公にされているとき。",
                   "第3条中「必要な事項」を「必要な", "事項」に改める。")
    result = consolidate_texts(ONE_PARAGRAPH, wrapped)
    assert codes(result) == []
    assert len(result.bill.sentences) == 2
    assert "　(2)　出版、報道等により公にされているとき。\n　(3)　法令等に定めがあるとき。" in result.text
    # a sentence complete but for its 。 is not joined with the next one: both are reported apart
    result = consolidate_texts(ONE_PARAGRAPH, bill("第3条中「必要な事項」を「事項」に改める",
                                                   "第1条中「個人情報」を「個人の情報」に改める。"))
    assert len(result.bill.sentences) == 2
    assert "第1条　この条例は、個人の情報の保護" in result.text


def test_wrap_inside_a_quotation_keeps_its_full_width_space():
    toc = """こだま町個人情報保護条例
平成12年3月24日条例第9号

目次
　第1章　総則（第1条―第3条）
　第2章　審議会（第4条・第5条）
　第3章　雑則（第6条）
　附則
""" + CHAPTERS.split("\n", 2)[2]
    result = consolidate_texts(toc, bill("目次中「第2章　審議会（第4条・第5条）」を「第2章", "　審議会（第4条―第6条）」に改める。"))
    assert "　第2章　審議会（第4条―第6条）\n" in result.text


def test_delete_shell_of_two_articles_quoted_in_a_bill_is_a_provision():
    current = ONE_PARAGRAPH.replace("（委任）\n第3条", "第3条及び第4条　削除\n\n（委任）\n第5条")
    result = consolidate_texts(current, bill("第3条及び第4条を次のように改める。", "第3条及び第4条　削除",
                                             "第5条中「必要な事項」を「必要な細目」に改める。"))
    assert len(result.bill.sentences) == 2
    assert "必要な細目" in result.text


TOC_CHAPTERS = """こだま町個人情報保護条例
平成12年3月24日条例第9号

目次
　第1章　総則（第1条―第3条）
　第2章　審議会（第4条・第5条）
　第3章　雑則（第6条）
　附則
""" + CHAPTERS.split("\n", 2)[2]


def test_toc_entries_quoted_in_one_quotation_stand_on_their_own_lines():
    text = bill("目次中「第2章　審議会（第4条・第5条）」を「第2章　審議会（第4条・第5条）　第2章の2　非識別加工情報の提供"
                "（第5条の2・第5条の3）」に改める。", *NEW_CHAPTER)
    result = consolidate_texts(TOC_CHAPTERS, text)
    assert codes(result) == []
    assert ("目次\n　第1章　総則（第1条―第3条）\n　第2章　審議会（第4条・第5条）\n"
            "　第2章の2　非識別加工情報の提供（第5条の2・第5条の3）\n　第3章　雑則（第6条）\n　附則\n") in result.text
    # a wrong range in the split entry is still the bill's error
    wrong = text.replace("（第5条の2・第5条の3）", "（第5条の2―第5条の4）")
    # (reported on the sentence that added the chapter, as any 目次 left behind)
    assert codes(consolidate_texts(TOC_CHAPTERS, wrong)) == [(2, "toc_mismatch")]


def test_run_of_articles_replaced_across_a_chapter_boundary():
    result = consolidate_texts(CHAPTERS, bill("第3条から第4条までを次のように改める。", "第3条及び第4条　削除"))
    assert codes(result) == []
    assert "第3条及び第4条　削除" in result.text
    assert "こだま町個人情報保護審議会を置く" not in result.text


def test_later_supplementary_provisions_of_amending_ordinances_are_not_compared():
    later = CHAPTERS + "\n\n　　　附　則（平成20年3月21日条例第2号）\nこの条例の施行前にされた第5条の規定による委嘱は、なお従前の例による。"
    result = consolidate_texts(later, bill("第3条を削り、第4条から第6条までを1条ずつ繰り上げる。"))
    assert [s.text for s in result.stale_references] == ["第5条"]  # the original 附則第2項 only
    assert result.stale_references[0].span[0] < result.text.index("附　則（平成20年")


def test_article_under_an_added_chapter_heading_is_laid_out_as_the_ordinance_does():
    # here no blank line between a chapter heading and its first caption, one between articles
    tight = CHAPTERS.replace("　　　第1章　総則\n\n", "　　　第1章　総則\n").replace(
        "　　　第2章　審議会\n\n", "　　　第2章　審議会\n").replace("　　　第3章　雑則\n\n", "　　　第3章　雑則\n")
    result = consolidate_texts(tight, bill(*NEW_CHAPTER))
    assert codes(result) == []
    assert ("\n\n　　　第2章の2　非識別加工情報の提供\n（作成）\n第5条の2　実施機関は、非識別加工情報を作成することができる。"
            "\n\n（提供）\n第5条の3") in result.text


def test_cut_before_a_quoted_toc_entry_is_still_one_sentence():
    result = consolidate_texts(TOC_CHAPTERS, bill("目次中「第2章　審議会（第4条・第5条）」を「", "第2章　審議会及び委員（第4条・第5条）」に改める。",
                                                  "第2章の章名中「審議会」を「審議会及び委員」に改める。"))
    assert codes(result) == []
    assert len(result.bill.sentences) == 2
    assert "　第2章　審議会及び委員（第4条・第5条）\n" in result.text


def test_narrow_wrap_and_cut_after_a_full_stop_inside_brackets():
    sentence = ("第2条各号列記以外の部分中「提供して」を「自ら利用し、又は提供して（出版、報道等により公にされているものを含む。）」"
                "に改め、同条第2号を同条第3号とし、同条第1号の次に次の1号を加える。")
    plain = consolidate_texts(ONE_PARAGRAPH, bill(sentence, "　(2)　出版、報道等により公にされているとき。"))
    assert codes(plain) == []
    for width in (9, 14, 20, 56):  # 56: the first line ends with 「含む。」 inside the quotation
        cut = [sentence[i:i + width] for i in range(0, len(sentence), width)]
        result = consolidate_texts(ONE_PARAGRAPH, bill(*cut, "　(2)　出版、報道等により公にされているとき。"))
        assert codes(result) == [] and result.text == plain.text, width


NESTED = """こだま町個人情報保護条例
平成12年3月24日条例第9号

（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　実施機関　町長、教育委員会、選挙管理委員会及び農業委員会をいう。
　(2)　個人情報　次に掲げる情報をいう。
　　ア　生存する個人に関する情報
　　イ　死者に関する情報であって、次のいずれかに該当するもの
　　　（ア）　遺族が開示を求めることに正当な理由があるもの
　　　（イ）　町の事務の遂行に特に必要なもの

（責務）
第2条　当該実施機関の職員及び各実施機関の長は、実施機関の定めに従い、個人情報を保護しなければならない。
2　不服申立人及び参加人は、不服申立人又は参加人である旨を示さなければならない。

　　　附　則
この条例は、平成12年4月1日から施行する。"""


def test_sub_items_in_brackets_under_a_sub_item_are_named_and_renumbered():
    result = consolidate_texts(NESTED, bill(
        "第1条第2号イ（イ）を同号イ（ウ）とし、同号イ（ア）の次に次のように加える。",
        "　　　（イ）　相続人が開示を求めることに正当な理由があるもの",
        "第1条第2号イ（ア）中「遺族」を「その遺族」に改める。"))
    assert codes(result) == []
    assert ("（ア）　その遺族が開示を求めることに正当な理由があるもの\n"
            "　　　（イ）　相続人が開示を求めることに正当な理由があるもの\n"
            "　　　（ウ）　町の事務の遂行に特に必要なもの") in result.text


def test_a_quotation_found_only_inside_longer_words_is_ambiguous():
    # every 「委員会」 of the item is the tail of a longer name: changing them all is never meant
    result = consolidate_texts(NESTED, bill("第1条第1号中「委員会」の次に「、公平委員会」を加える。"))
    assert codes(result) == [(1, "ambiguous")]
    assert "教育委員会" in result.failures[0].message_ja and "選挙管理委員会" in result.failures[0].message_ja


def test_a_quotation_standing_as_a_word_changes_every_occurrence():
    # 当該/各 are prefixes, 及び/又は follow the word: each occurrence is the word itself
    result = consolidate_texts(NESTED, bill(
        "第2条第1項中「実施機関」を「町の機関」に改め、同条第2項中「不服申立人」を「審査請求人」に改める。"))
    assert codes(result) == []
    assert "当該町の機関の職員及び各町の機関の長は、町の機関の定めに従い" in result.text
    assert "2　審査請求人及び参加人は、審査請求人又は参加人である旨" in result.text

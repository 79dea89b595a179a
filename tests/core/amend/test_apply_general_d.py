"""General rules of the 改め文 applier, each with a small bill of its own: a ただし書 or 後段
rewritten with 「次のように改める」, an article's caption turned into a 共通見出し
(「…の見出しを削り、同条の前に見出しとして…を付する」), 「別表備考中」, a quotation that is the
tail of one and the same name each time it occurs, and a quotation that begins or ends inside a
number (refused by the applier, never written by the generator)."""

from __future__ import annotations

import re

from ordreview.core.amend.apply import consolidate_texts, cuts_number
from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.generate import generate_bill

HEAD = ("みなせ谷村手数料条例の一部を改正する条例\n\n"
        "みなせ谷村手数料条例（平成三十年みなせ谷村条例第十一号）の一部を次のように改正する。\n\n")


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n"


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


CURRENT = """みなせ谷村手数料条例
平成三十年三月二十二日条例第十一号

（趣旨）
第一条　この条例は、村が徴収する手数料に関し必要な事項を定めるものとする。

（手数料の額）
第二条　手数料の額は、別表に定めるとおりとする。
２　村長は、災害その他特別の理由があると認めるときは、手数料を減額することができる。ただし、村の条例に特別の定めがある場合は、この限りでない。

（納付の時期）
第三条　手数料は、申請の際に納付しなければならない。この場合において、村長は、領収証書を交付するものとする。

（還付の期限）
第四条　既に納付した手数料は、還付しない。
２　前項の規定にかかわらず、村長は、納付があった日から二十日以内に申出があったときは、その全部を還付することができる。

（審議会）
第五条　みなせ谷村手数料審議会（以下「審議会」という。）は、手数料の額の改定について調査審議する。
２　村長は、手数料の額を改定しようとするときは、あらかじめ、みなせ谷村手数料審議会の意見を聴かなければならない。

（委員）
第六条　審議会の委員は、十二人以内とし、その任期は、二年とする。

　　　附　則
１　この条例は、平成三十年四月一日から施行する。
２　みなせ谷村手数料審議会の最初の会議は、村長が招集する。

別表（第二条関係）
　住民票の写しの交付　一通につき三百円
　印鑑登録証明書の交付　一通につき三百円
備考
一　住民票の写しの交付に係る手数料は、郵送による請求の場合も同額とする。
二　一通につき三百円の額には、郵送料を含まない。"""


def test_a_proviso_rewritten_with_tsugi_no_yoni_keeps_the_main_text():
    result = consolidate_texts(CURRENT, bill(
        "第二条第二項ただし書を次のように改める。",
        "ただし、法令に特別の定めがある場合は、この限りでない。"))
    assert codes(result) == []
    assert ("２　村長は、災害その他特別の理由があると認めるときは、手数料を減額することができる。"
            "ただし、法令に特別の定めがある場合は、この限りでない。") in result.text
    assert "村の条例に特別の定め" not in result.text


def test_a_second_sentence_rewritten_with_tsugi_no_yoni():
    result = consolidate_texts(CURRENT, bill(
        "第三条後段を次のように改める。",
        "この場合において、村長は、規則で定めるところにより、領収証書を交付するものとする。"))
    assert codes(result) == []
    assert ("第三条　手数料は、申請の際に納付しなければならない。この場合において、村長は、"
            "規則で定めるところにより、領収証書を交付するものとする。") in result.text


def test_a_proviso_rewritten_where_there_is_none_is_not_found():
    result = consolidate_texts(CURRENT, bill(
        "第四条第一項ただし書を次のように改める。", "ただし、村長が認めるときは、この限りでない。"))
    assert codes(result) == [(1, "provision_not_found")]


def test_an_articles_caption_becomes_a_common_caption_for_an_added_article():
    result = consolidate_texts(CURRENT, bill(
        "第四条の見出しを削り、同条の前に見出しとして「（手数料の還付）」を付する。",
        "第四条の次に次の一条を加える。",
        "第四条の二　前条第二項の規定による還付の手続は、規則で定める。"))
    assert codes(result) == []
    assert "（還付の期限）" not in result.text
    assert ("（手数料の還付）\n第四条　既に納付した手数料は、還付しない。\n"
            "２　前項の規定にかかわらず、村長は、納付があった日から二十日以内に申出があったときは、"
            "その全部を還付することができる。\n"
            "第四条の二　前条第二項の規定による還付の手続は、規則で定める。\n\n（審議会）\n第五条") in result.text


def test_remarks_of_a_table_are_amended_alone():
    # 「一通につき三百円」 stands in the rows and in the 備考: only the 備考 changes
    result = consolidate_texts(CURRENT, bill("別表備考中「一通につき三百円」を「一通につき三百五十円」に改める。"))
    assert codes(result) == []
    assert "　住民票の写しの交付　一通につき三百円\n　印鑑登録証明書の交付　一通につき三百円\n" in result.text
    assert "二　一通につき三百五十円の額には、郵送料を含まない。" in result.text


def test_remarks_of_a_table_that_has_none_are_not_found():
    text = CURRENT[: CURRENT.index("備考")].rstrip("\n")
    result = consolidate_texts(text, bill("別表備考中「郵送」を「送付」に改める。"))
    assert codes(result) == [(1, "provision_not_found")]


def test_the_tail_of_one_name_quoted_in_the_honsoku_changes_it_everywhere_but_the_supplementary_provisions():
    result = consolidate_texts(CURRENT, bill("本則中「手数料審議会」を「使用料等審議会」に改める。"))
    assert codes(result) == []
    assert "第五条　みなせ谷村使用料等審議会（以下「審議会」という。）は" in result.text
    assert "あらかじめ、みなせ谷村使用料等審議会の意見を聴かなければならない。" in result.text
    assert "２　みなせ谷村手数料審議会の最初の会議は、村長が招集する。" in result.text  # 附則: not 本則


def test_the_tail_of_different_words_is_still_ambiguous():
    # in the 備考, 「料」 stands only as the tail of two different words (手数料, 郵送料)
    result = consolidate_texts(CURRENT, bill("別表備考中「料」を「料金」に改める。"))
    assert codes(result) == [(1, "ambiguous")]
    assert "手数料" in result.failures[0].message_ja and "郵送料" in result.failures[0].message_ja


def test_a_quotation_beginning_inside_a_kanji_number_is_ambiguous():
    # 「十日以内」 stands only inside 二十日以内: changing it would give 二十五日以内
    result = consolidate_texts(CURRENT, bill("第四条第二項中「十日以内」を「十五日以内」に改める。"))
    assert codes(result) == [(1, "ambiguous")]
    assert "二十日以内" in result.failures[0].message_ja
    whole = consolidate_texts(CURRENT, bill("第四条第二項中「二十日以内」を「三十日以内」に改める。"))
    assert codes(whole) == [] and "納付があった日から三十日以内に申出" in whole.text


def test_a_quotation_ending_inside_an_arabic_number_is_ambiguous():
    text = CURRENT.replace("十二人以内", "12人以内")
    result = consolidate_texts(text, bill("第六条中「委員は、1」を「委員は、1」に改める。"))
    assert codes(result) == [(1, "ambiguous")]
    result = consolidate_texts(text, bill("第六条中「2人以内」を「5人以内」に改める。"))
    assert codes(result) == [(1, "ambiguous")]
    assert codes(consolidate_texts(text, bill("第六条中「12人以内」を「15人以内」に改める。"))) == []


def test_the_generator_quotes_whole_numbers():
    for old, new in (("12人以内", "14人以内"), ("１２人以内", "１５人以内"), ("十二人以内", "十五人以内")):
        current = CURRENT.replace("十二人以内", old)
        amended = current.replace(old, new)
        generated = generate_bill(compare_texts(current, amended))
        assert generated.notices == () and len(generated.sentences) == 1
        quoted = re.search(r"中「([^」]*)」を「([^」]*)」に改める。$", generated.sentences[0])
        assert quoted is not None, generated.sentences
        at = current.find(quoted.group(1))
        assert at >= 0 and not cuts_number(current, at, at + len(quoted.group(1))), generated.sentences
        applied = consolidate_texts(current, generated.text)
        assert codes(applied) == [] and new in applied.text and old not in applied.text


def test_honsoku_chu_does_not_reach_the_table_of_contents():
    text = CURRENT.replace("（趣旨）\n", "目次\n　第一章　総則（第一条―第四条）\n　第二章　手数料審議会（第五条・第六条）\n　附則\n\n"
                           "　　　第一章　総則\n\n（趣旨）\n", 1).replace(
        "（審議会）\n", "　　　第二章　手数料審議会\n\n（審議会）\n", 1)
    result = consolidate_texts(text, bill("本則中「手数料審議会」を「使用料等審議会」に改める。"))
    assert "　　　第二章　使用料等審議会" in result.text
    assert "　第二章　手数料審議会（第五条・第六条）" in result.text  # the 目次 is not in the 本則
    assert codes(result) == [(1, "toc_not_amended")]
    both = consolidate_texts(text, bill("目次中「手数料審議会」を「使用料等審議会」に改める。",
                                        "本則中「手数料審議会」を「使用料等審議会」に改める。"))
    assert codes(both) == [] and "　第二章　使用料等審議会（第五条・第六条）" in both.text

"""The 改め文 generator: each form against a hand-written expected sentence."""

from __future__ import annotations

import re

import pytest

from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.generate import GenerateSettings, generate_bill
from tests.conftest import FIXTURES

CURRENT = (FIXTURES / "amend" / "yuzuriha-current.txt").read_text(encoding="utf-8")
AMENDED = (FIXTURES / "amend" / "yuzuriha-amended.txt").read_text(encoding="utf-8")
S = "\u3000"


def sentences(amended: str, **settings) -> tuple[str, ...]:
    bill = generate_bill(compare_texts(CURRENT, amended), GenerateSettings(**settings))
    assert bill.notices == ()
    return bill.sentences


def edit(old: str, new: str) -> str:
    assert CURRENT.count(old) == 1, old
    return CURRENT.replace(old, new)


def renumber_from(text: str, first: int, by: int = 1) -> str:
    return re.sub(r"(?m)^第(\d+)条　", lambda m: f"第{int(m.group(1)) + by}条　" if int(m.group(1)) >= first else m.group(0), text)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("第3条　実施機関は、個人情報の保護", "第3条　実施機関は、特定個人情報の保護", "第3条中「個人情報」を「特定個人情報」に改める。"),
        ("状況を公表するものとする。", "状況を取りまとめ、公表するものとする。", "第16条中「状況を」の次に「取りまとめ、」を加える。"),
        ("明確にし、", "明確にし、かつ、", "第5条第1項中「明確にし、」の次に「かつ、」を加える。"),
        ("（組織）", "（組織等）", "第15条の見出し中「組織」を「組織等」に改める。"),
        ("　(2)　個人情報取扱事務の目的", "　(2)　個人情報取扱事務の目的及び根拠", "第6条第1項第2号中「目的」を「目的及び根拠」に改める。"),
        ("ただし、法令等に定めがあるときは、この限りでない。", "", "第5条第2項中「ただし、法令等に定めがあるときは、この限りでない。」を削る。"),
        ("学識経験を有する者のうちから", "学識経験を有する者その他町長が適当と認める者のうちから",
         "第15条第2項中「者」の次に「その他町長が適当と認める者」を加える。"),
    ],
)
def test_word_changes(old: str, new: str, expected: str) -> None:
    assert sentences(edit(old, new)) == (expected,)


def test_several_changes_in_one_article_chain_with_dou() -> None:
    amended = edit("適法かつ公正な手段", "適法かつ適正な手段").replace("法令等に定めがあるとき", "法令又は条例に定めがあるとき", 1)
    assert sentences(amended) == (
        "第5条第1項中「公正」を「適正」に改め、同条第2項中「法令等」を「法令又は条例」に改める。",
    )


def test_insert_word_setting() -> None:
    assert sentences(edit("町民は、個人情報", "町民は、他人の個人情報"), insert_word="下") == (
        "第4条中「町民は、」の下に「他人の」を加える。",
    )


def test_mostly_changed_article_is_replaced_whole() -> None:
    new = "第3条　町は、町民の権利利益が侵害されないよう、あらゆる施策を通じて万全を期するものとする。"
    amended = edit("第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。", new)
    assert sentences(amended) == (f"第3条を次のように改める。\n（実施機関の責務）\n{new}",)


def test_item_added_in_the_middle_moves_the_next_one_down() -> None:
    amended = edit("　(4)　その他規則で定める事項", "　(4)　記録の保存期間\n　(5)　その他規則で定める事項")
    assert sentences(amended) == ("第6条第1項第4号を同項第5号とし、同項第3号の次に次の1号を加える。\n　(4)　記録の保存期間",)


def test_item_added_at_the_end_and_deleted() -> None:
    added = edit("　(4)　その他規則で定める事項", "　(4)　その他規則で定める事項\n　(5)　記録の保存期間")
    assert sentences(added) == ("第6条第1項に次の1号を加える。\n　(5)　記録の保存期間",)
    deleted = edit("　(3)　個人情報の記録の範囲\n　(4)　その他規則で定める事項", "　(3)　その他規則で定める事項")
    assert sentences(deleted) == ("第6条第1項第3号を削り、同項第4号を同項第3号とする。",)


def test_items_of_the_2017_definition_article() -> None:
    got = [s for s in sentences(AMENDED) if s.startswith("第2条")]
    assert [s.split("\n")[0] for s in got] == [
        "第2条第2号を次のように改める。",
        "第2条第4号を同条第6号とし、同条第3号を同条第5号とし、同条第2号の次に次の2号を加える。",
        "第2条に次の1号を加える。",
    ]
    assert got[1].split("\n")[1].startswith("　(3)　個人識別符号　") and got[1].split("\n")[2].startswith("　(4)　要配慮個人情報　")
    assert got[0].split("\n")[1].startswith("　(2)　個人情報　生存する個人に関する情報であって、")


def test_paragraph_added_at_the_end_and_deleted() -> None:
    added = edit("2　委員は、学識経験を有する者のうちから、町長が委嘱する。", "2　委員は、学識経験を有する者のうちから、町長が委嘱する。\n3　委員の任期は、2年とする。")
    assert sentences(added) == ("第15条に次の1項を加える。\n3　委員の任期は、2年とする。",)
    deleted = edit("\n2　委員は、学識経験を有する者のうちから、町長が委嘱する。", "")
    assert sentences(deleted) == ("第15条第2項を削る。",)


def test_a_new_item_structure_in_two_paragraphs_is_replaced_whole() -> None:
    amended = edit("　(4)　その他規則で定める事項", "　(4)　記録の保存期間\n　(5)　その他規則で定める事項")
    amended = amended.replace("2　実施機関は、前項の登録簿を一般の閲覧に供しなければならない。",
                              "2　実施機関は、次に掲げる場合には、登録簿を閲覧に供しなければならない。\n　(1)　請求があった場合\n　(2)　町長が必要と認める場合")
    (sentence,) = sentences(amended)
    assert sentence.startswith("第6条を次のように改める。\n（個人情報取扱事務の登録）\n第6条　")


def test_deletion_moves_the_next_articles_up_forwards() -> None:
    amended = edit("（苦情の処理）\n第17条　実施機関は、個人情報の取扱いに関する苦情の申出があったときは、適切かつ迅速に処理するよう努めなければならない。\n\n", "")
    amended = amended.replace("第18条　この条例", "第17条　この条例")
    assert sentences(amended) == ("第17条を削り、第18条を第17条とする。",)


def test_addition_moves_the_next_articles_down_backwards() -> None:
    assert sentences(AMENDED)[-1] == (
        "第18条を第19条とし、第17条を第18条とし、第16条を第17条とし、第15条の次に次の1条を加える。\n"
        "（審議会への諮問）\n第16条　実施機関は、第13条の4に規定する基準を定めようとするときは、あらかじめ、審議会の意見を聴かなければならない。"
    )


def test_four_or_more_moves_become_a_range() -> None:
    added = "（漏えい等の報告）\n第10条　実施機関は、漏えいが生じたときは、町長に報告しなければならない。\n\n"
    amended = renumber_from(CURRENT, 10).replace("\n\n　　　第3章", "\n\n" + added.rstrip("\n") + "\n\n　　　第3章", 1)
    assert sentences(amended) == (  # a range never crosses a chapter: 第3章 is 第10条―第13条
        "第18条を第19条とし、第17条を第18条とし、第16条を第17条とし、第15条を第16条とし、第14条を第15条とし、"
        "第13条を第14条とし、第10条から第12条までを1条ずつ繰り下げ、第9条の次に次の1条を加える。\n" + added.rstrip("\n"),
    )
    assert sentences(amended, range_min=99)[0].startswith("第18条を第19条とし、第17条を第18条とし、第16条を第17条とし、")


def test_moved_article_with_changed_words_edits_before_moving() -> None:
    amended = edit("第18条　この条例の施行に関し必要な事項は、規則で定める。", "第19条　この条例の施行に関し必要な事項は、町長が別に定める。")
    amended = amended.replace("第17条　実施機関は", "第18条　実施機関は").replace("第16条　町長は", "第17条　町長は")
    amended = amended.replace(
        "2　委員は、学識経験を有する者のうちから、町長が委嘱する。\n",
        "2　委員は、学識経験を有する者のうちから、町長が委嘱する。\n\n（会長）\n第16条　審議会に会長を置く。\n",
    )
    got = sentences(amended)
    assert got == (
        "第18条中「規則で」を「町長が別に」に改め、同条を第19条とし、第17条を第18条とし、第16条を第17条とし、"
        "第15条の次に次の1条を加える。\n（会長）\n第16条　審議会に会長を置く。",
    )


def test_new_chapter_title_toc_and_chapter_name() -> None:
    got = sentences(AMENDED)
    assert got[0].startswith("目次を次のように改める。\n目次\n")  # a line added: the whole 目次
    assert "第5条第2項中「思想、信条及び信教に関する個人情報並びに社会的差別の原因となるおそれのある個人情報」を「要配慮個人情報」に改める。" in got
    chapter = next(s for s in got if s.startswith("第3章の次に"))
    assert chapter.split("\n")[:3] == ["第3章の次に次の1章を加える。", "　　　第3章の2　非識別加工情報の提供", "（提案の募集）"]
    renamed = edit("　　　第4章　個人情報保護審議会", "　　　第4章　審議会").replace("第4章　個人情報保護審議会（", "第4章　審議会（")
    assert sentences(renamed) == (
        "目次中「第4章　個人情報保護審議会（第14条・第15条）」を「第4章　審議会（第14条・第15条）」に改める。",
        "第4章の章名を次のように改める。\n　　　第4章　審議会",
    )
    titled = edit("ゆずりは町個人情報保護条例\n平成", "ゆずりは町個人情報の保護に関する条例\n平成")
    assert sentences(titled) == ("題名を次のように改める。\nゆずりは町個人情報の保護に関する条例",)


def test_bill_frame() -> None:
    bill = generate_bill(compare_texts(CURRENT, edit("町民は、個人情報", "町民は、他人の個人情報")))
    assert bill.text == (
        "ゆずりは町個人情報保護条例の一部を改正する条例（案）\n\n"
        "ゆずりは町個人情報保護条例（平成13年条例第6号）の一部を次のように改正する。\n\n"
        "第4条中「町民は、」の次に「他人の」を加える。\n\n"
        "　　　附　則\nこの条例は、公布の日から施行する。\n"
    )


def test_unsupported_change_is_a_notice_not_silence() -> None:
    bill = generate_bill(compare_texts(CURRENT, edit("平成13年7月1日から施行", "平成13年10月1日から施行")))
    assert bill.sentences == () and len(bill.notices) == 1 and "附" in bill.notices[0].label


def test_quotes_are_unique_in_the_article() -> None:
    amended = edit("町民は、個人情報の保護の重要性を認識し、他人の個人情報", "町民は、個人情報の保護の重要性を認識し、他人の特定個人情報")
    (sentence,) = sentences(amended)
    a = re.match(r"第4条中「([^」]+)」を", sentence).group(1)
    article = CURRENT[CURRENT.index("第4条　") : CURRENT.index("\n", CURRENT.index("第4条　"))]
    assert article.count(a) == 1


def test_article_added_first_in_a_chapter_is_a_notice() -> None:
    amended = edit("　　　第3章　自己情報の開示等\n\n", "　　　第3章　自己情報の開示等\n\n（趣旨）\n第10条　この章は、開示等の手続を定める。\n\n")
    amended = renumber_from(amended.replace("第10条　この章は", "第X条　この章は"), 10).replace("第X条　この章は", "第10条　この章は")
    bill = generate_bill(compare_texts(CURRENT, amended))
    assert [n.label for n in bill.notices] == ["第10条"] and "章の初め" in bill.notices[0].message_ja
    assert not any("次の1条を加える" in s for s in bill.sentences)


def test_a_quote_never_reaches_into_words_an_earlier_clause_wrote() -> None:
    # found by the round-trip property test: the second change sat right after the first, so its
    # quote 「事規則で」 was made of words the ordinance never had (and reads as already made).
    amended = edit("必要な事項は、規則で定める。", "必要な事規則で定める定める。")
    (sentence,) = sentences(amended)
    for quoted in re.findall(r"「([^」]+)」(?:を|の次に)", sentence):
        assert quoted in CURRENT, (quoted, sentence)
    assert sentence == "第18条中「事項は、規則で」を「事規則で定める」に改める。"

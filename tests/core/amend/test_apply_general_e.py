"""General rules of the 改め文 applier met by the scratch cases of ``tests/amend-dev/``, each with
a small bill of its own: a 共通見出し kept when the first article under it is deleted, a caption
attached (「見出しとして…を付する」) where one stands, 「第N条を削除とする」, a captioned 項 added to a
附則, the heading of the bill's 附則 in the form of the ordinance's own number line, and kanji
numerals inside place names (八千代, 三郷) that are not numbers. The scratch set itself is scored
whole at the end (exact texts, seeded failures, nothing else reported)."""

from __future__ import annotations

import json
from pathlib import Path

from ordreview.core.amend.apply import consolidate_texts, cuts_number

DEV = Path(__file__).resolve().parents[2] / "amend-dev"

HEAD = ("八千代台町審議会条例の一部を改正する条例\n\n"
        "八千代台町審議会条例（平成十五年八千代台町条例第七号）の一部を次のように改正する。\n\n")


def bill(*lines: str, number: str = "") -> str:
    head = HEAD.replace("\n\n", "\n" + number + "\n\n", 1) if number else HEAD
    return head + "\n".join(lines) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n"


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


CURRENT = """八千代台町審議会条例
平成十五年三月二十日条例第七号

（設置）
第一条　八千代台町審議会（以下「審議会」という。）を置く。

（委員）
第二条　審議会の委員は、三郷地区及び八重原地区の住民のうちから、町長が委嘱する。
第三条　審議会の委員は、職務上知り得た秘密を漏らしてはならない。

（会議）
第四条　審議会の会議は、会長が招集する。

（委任）
第五条　この条例に定めるもののほか、審議会に関し必要な事項は、規則で定める。

　　　附　則
（施行期日）
１　この条例は、平成十五年四月一日から施行する。
（準備行為）
２　委員の委嘱は、この条例の施行前においても行うことができる。
"""


def test_deleting_the_first_article_under_a_shared_caption_keeps_the_caption():
    r = consolidate_texts(CURRENT, bill("第二条を削り、第三条を第二条とし、第四条を第三条とし、第五条を第四条とする。"))
    assert codes(r) == []
    assert "（委員）\n第二条　審議会の委員は、職務上知り得た秘密" in r.text
    assert "三郷地区" not in r.text


def test_deleting_an_article_with_its_own_caption_takes_the_caption_along():
    r = consolidate_texts(CURRENT, bill("第四条を削り、第五条を第四条とする。"))
    assert codes(r) == []
    assert "（会議）" not in r.text
    assert "（委任）\n第四条　この条例に定める" in r.text


def test_the_shared_caption_goes_when_the_bill_deletes_it_with_the_article():
    r = consolidate_texts(CURRENT, bill(
        "第二条の前の見出し及び同条を削り、第三条に見出しとして「（秘密の保持）」を付し、同条を第二条とし、"
        "第四条を第三条とし、第五条を第四条とする。"))
    assert codes(r) == []
    assert "（委員）" not in r.text
    assert "（秘密の保持）\n第二条　審議会の委員は、職務上" in r.text


def test_a_caption_attached_where_one_stands_is_a_collision_and_the_caption_stays():
    r = consolidate_texts(CURRENT, bill("第四条に見出しとして「（会議の招集）」を付する。"))
    assert codes(r) == [(1, "collision")]
    assert "（会議）\n第四条" in r.text and "（会議の招集）" not in r.text
    # the 共通見出し heads 第三条 too: attaching one to 第二条 (which holds it) is the same error
    assert codes(consolidate_texts(CURRENT, bill("第二条に見出しとして「（委員の委嘱）」を付する。"))) == [(1, "collision")]


def test_a_caption_attached_to_an_article_without_one_is_applied():
    r = consolidate_texts(CURRENT, bill("第三条に見出しとして「（秘密の保持）」を付する。"))
    assert codes(r) == []
    assert "町長が委嘱する。\n\n（秘密の保持）\n第三条" in r.text


def test_sakujo_to_suru_makes_an_empty_shell_without_the_caption():
    r = consolidate_texts(CURRENT, bill("第四条を削除とする。"))
    assert codes(r) == []
    assert "\n\n第四条　削除\n\n（委任）" in r.text
    r = consolidate_texts(CURRENT, bill("第三条から第四条までを削除とする。"))
    assert codes(r) == []
    assert "第三条から第四条まで　削除" in r.text and "会長が招集" not in r.text


def test_an_added_paragraph_of_a_captioned_suppl_keeps_its_caption():
    r = consolidate_texts(CURRENT, bill("附則第２項を附則第３項とし、附則第１項の次に次の１項を加える。",
                                        "（経過措置）",
                                        "２　この条例の施行の際現に委嘱されている委員は、この条例により委嘱されたものとみなす。"))
    assert codes(r) == []
    assert ("施行する。\n（経過措置）\n２　この条例の施行の際現に委嘱されている委員は、この条例により委嘱されたもの"
            "とみなす。\n（準備行為）\n３　委員の委嘱は") in r.text


def test_the_suppl_heading_follows_the_ordinances_own_number_line():
    # the ordinance's number line has no name: the heading drops it, whatever digits the name holds
    r = consolidate_texts(CURRENT, bill("第四条中「会長」を「会長又は副会長」に改める。",
                                        number="令和八年二月二十日八千代台町条例第一号"))
    assert "附　則（令和八年二月二十日条例第一号）" in r.text
    # the 公布 form: date and number on two lines
    r = consolidate_texts(CURRENT, bill("第四条中「会長」を「会長又は副会長」に改める。",
                                        number="令和八年二月二十日\n十日町条例第一号"))
    assert "附　則（令和八年二月二十日条例第一号）" in r.text
    # an ordinance whose own number line names the body keeps the name
    named = CURRENT.replace("平成十五年三月二十日条例第七号", "平成十五年三月二十日八千代台町条例第七号")
    r = consolidate_texts(named, bill("第四条中「会長」を「会長又は副会長」に改める。",
                                      number="令和八年二月二十日八千代台町条例第一号"))
    assert "附　則（令和八年二月二十日八千代台町条例第一号）" in r.text


def test_kanji_numerals_inside_place_names_are_not_numbers():
    text = "第二条　二十八千代台地区、三郷地区及び十五日以内"
    at = text.find("八千代台")
    assert not cuts_number(text, at, at + 4)
    at = text.find("五日以内")
    assert cuts_number(text, at, at + 4)  # a real number: 十五日
    at = text.find("第二")
    assert not cuts_number(text, at, at + 2)
    assert cuts_number(text, at, at + 1) is False  # 「第」 alone cuts nothing
    r = consolidate_texts(CURRENT, bill("第二条中「三郷地区及び」を削る。"))
    assert codes(r) == [] and "委員は、八重原地区の住民" in r.text


def test_the_scratch_set_is_exact_and_reports_only_the_seeded_failures():
    for path in sorted((DEV / "cases").glob("*.bill.txt")):
        name = path.name[: -len(".bill.txt")]
        current = (DEV / "cases" / f"{name}.current.txt").read_text(encoding="utf-8")
        expected = (DEV / "cases" / f"{name}.expected.txt").read_text(encoding="utf-8")
        r = consolidate_texts(current, path.read_text(encoding="utf-8"))
        assert r.text.rstrip("\n") == expected.rstrip("\n"), name
        assert codes(r) == [] and not r.stale_references, name
    spec = json.loads((DEV / "errors" / "expected-failures.json").read_text(encoding="utf-8"))
    for name, entry in spec["bills"].items():
        current = (DEV / "cases" / f"{entry['current']}.current.txt").read_text(encoding="utf-8")
        r = consolidate_texts(current, (DEV / "errors" / f"{name}.bill.txt").read_text(encoding="utf-8"))
        reported = sorted({*codes(r), *((s.sentence, "stale_reference") for s in r.stale_references)})
        assert reported == sorted((f["sentence"], f["code"]) for f in entry["failures"]), name


TABLES = CURRENT + """
別表第一（第四条関係）
　区分　金額
　会長　日額八千円

別表第二（第五条関係）
　区分　金額
　委員　日額七千円
"""


def test_a_table_moved_and_one_added_in_its_place():
    r = consolidate_texts(TABLES, bill(
        "別表第二中「（第五条関係）」を「（第四条関係）」に改め、同表を別表第三とし、別表第一の次に次の一表を加える。",
        "別表第二（第四条関係）", "　区分　金額", "　副会長　日額七千五百円"))
    assert codes(r) == []
    assert r.text.rstrip("\n").endswith("別表第一（第四条関係）\n　区分　金額\n　会長　日額八千円\n\n"
                           "別表第二（第四条関係）\n　区分　金額\n　副会長　日額七千五百円\n\n"
                           "別表第三（第四条関係）\n　区分　金額\n　委員　日額七千円")


def test_a_table_added_where_one_stands_or_moved_onto_one_is_a_collision():
    r = consolidate_texts(TABLES, bill("別表第一の次に次の一表を加える。", "別表第二（第四条関係）", "　区分　金額"))
    assert codes(r) == [(1, "collision")]
    assert codes(consolidate_texts(TABLES, bill("別表第一を別表第二とする。"))) == [(1, "collision")]
    # moving forwards in the wrong order: 別表第二 is only vacated later in the sentence
    assert codes(consolidate_texts(TABLES, bill("別表第一を別表第二とし、別表第二を別表第三とする。"))) == [
        (1, "renumber_order")]
    r = consolidate_texts(TABLES, bill("別表第二を別表第三とし、別表第一を別表第二とする。"))
    assert codes(r) == [] and "別表第二（第四条関係）\n　区分　金額\n　会長" in r.text


def test_a_table_announced_but_not_quoted_is_a_count_mismatch():
    r = consolidate_texts(TABLES, bill("別表第二の次に次の二表を加える。", "別表第三（第五条関係）", "　区分　金額"))
    assert codes(r) == [(1, "count_mismatch")]


def test_a_one_sentence_suppl_is_numbered_before_a_second_paragraph_is_added():
    single = CURRENT.split("　　　附　則")[0] + "　　　附　則\nこの条例は、平成十五年四月一日から施行する。\n"
    r = consolidate_texts(single, bill("附則を附則第１項とし、附則に次の１項を加える。",
                                       "２　この条例の施行前にされた請求は、なお従前の例による。"))
    assert codes(r) == []
    assert "附　則\n１　この条例は、平成十五年四月一日から施行する。\n２　この条例の施行前にされた請求" in r.text
    # a 附則 already numbered cannot be numbered again
    assert codes(consolidate_texts(CURRENT, bill("附則を附則第１項とする。"))) == [(1, "collision")]


CHAPTERS = """はなみずき町審議会条例
平成十五年三月二十日条例第七号

目次
　第一章　総則（第一条・第二条）
　第二章　審議会（第三条・第四条）
　附則

　　　第一章　総則

（趣旨）
第一条　この条例は、審議会に関し必要な事項を定める。

（定義）
第二条　この条例において「委員」とは、審議会の委員をいう。

　　　第二章　審議会

（設置）
第三条　はなみずき町審議会を置く。

（組織）
第四条　審議会は、委員五人以内で組織する。

　　　附　則
この条例は、平成十五年四月一日から施行する。
"""


def test_a_chapter_deleted_with_its_toc_entry_and_without():
    r = consolidate_texts(CHAPTERS, bill("目次中「第二章　審議会（第三条・第四条）」を削る。", "第二章を削る。"))
    assert codes(r) == []
    assert "目次\n　第一章　総則（第一条・第二条）\n　附則\n" in r.text and "第三条" not in r.text
    # the 目次 still lists the chapter the bill deleted
    r = consolidate_texts(CHAPTERS, bill("第二章を削る。"))
    assert codes(r) == [(1, "toc_not_amended")]
    assert "第2章" in r.failures[0].message_ja and "（削除）" in r.failures[0].message_ja


def test_an_article_replaced_or_voided_under_a_shared_caption_leaves_the_caption():
    r = consolidate_texts(CURRENT, bill("第二条を次のように改める。", "第二条　審議会の委員は、町長が委嘱する。"))
    assert codes(r) == []
    assert "（委員）\n第二条　審議会の委員は、町長が委嘱する。\n第三条" in r.text
    r = consolidate_texts(CURRENT, bill("第二条を削除とする。"))
    assert codes(r) == []
    assert "（委員）\n第二条　削除\n第三条" in r.text
    # an article's own caption is replaced with it
    r = consolidate_texts(CURRENT, bill("第四条を次のように改める。", "（会議の招集）", "第四条　審議会の会議は、会長が招集する。"))
    assert "（会議の招集）\n第四条" in r.text and "（会議）" not in r.text


def test_a_citation_of_an_article_made_a_shell_is_left_behind():
    citing = CURRENT.replace("第五条　この条例に定めるもののほか、", "第五条　第四条に定めるもののほか、")
    for sentence, body in (("第四条を削除とする。", ()), ("第四条を次のように改める。", ("第四条　削除",))):
        r = consolidate_texts(citing, bill(sentence, *body))
        assert codes(r) == []
        assert [(s.sentence, s.text) for s in r.stale_references] == [(1, "第四条")]
        assert "削除" in r.stale_references[0].message_ja
    # rewritten whole (not a shell): the article is still there to cite
    r = consolidate_texts(citing, bill("第四条を次のように改める。", "（会議）", "第四条　審議会の会議は、委員長が招集する。"))
    assert r.stale_references == ()


def _wrapped(text: str, width: int) -> str:
    """Each line of ``text`` cut every ``width`` characters, as a PDF copy of a bill is."""
    out = []
    for line in text.split("\n"):
        out.extend(line[i:i + width] for i in range(0, len(line), width)) if line else out.append("")
    return "\n".join(out)


def test_a_sentence_wrapped_narrowly_or_before_a_bracketed_letter_is_joined():
    sentence = ("第二条中「三郷地区及び八重原地区の住民」を「三郷地区、八重原地区及び（ア）地区の住民並びに"
                "町内に勤務する者」に、「町長が委嘱する」を「町長が、審議会の意見を聴いた上で、任期を定めて委嘱する"
                "ものとし、その任期は、二年とする。ただし、補欠の委員の任期は、前任者の残任期間とする」に、"
                "「審議会の委員は、」を「審議会の委員は、規則で定めるところにより、」に改め、"
                "同条を第二条の二とし、第一条の次に次の一条を加える。")
    body = ("（定義）", "第二条　この条例において「住民」とは、町内に住所を有する者をいう。")
    plain = consolidate_texts(CURRENT, bill(sentence, *body))
    assert codes(plain) == [] and "第二条の二　審議会の委員は、規則で定める" in plain.text
    head, rest = HEAD, "\n".join((sentence, *body)) + "\n\n　　　附　則\nこの条例は、公布の日から施行する。\n"
    for width in (6, 9, 17, 23):
        # only the sentence is cut; the quoted provisions stay as printed
        cut = _wrapped(sentence, width) + rest[len(sentence):]
        r = consolidate_texts(CURRENT, head + cut)
        assert r.text == plain.text and codes(r) == [], width

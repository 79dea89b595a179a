"""Integrity rules on numbering and the 目次 [O5] (core/checks/integrity_numbers.py)."""

from __future__ import annotations

import pytest

from ordreview.core.checks.integrity_numbers import sequence_problems
from tests.core.checks.integrity_support import draft, findings, rows

E = "error"


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([(1,), (2,), (3,)], []),
        ([(1,), (2,), (2, 2), (3,)], []),
        ([(1,), (2,), (2, 3)], [(2, "gap", (2,), [(2, 2)])]),
        ([(1,), (2,), (5,)], [(2, "gap", (2,), [(3,), (4,)])]),
        ([(1,), (3, 2)], [(1, "gap", (1,), [(2,), (3,)])]),
        ([(1,), (2,), (2,), (3,)], [(2, "duplicate", (2,), [])]),
        ([(1,), (3,), (2,)], [(1, "gap", (1,), [(2,)]), (2, "order", (3,), [])]),
        ([(2,)], [(0, "gap", (0,), [(1,)])]),
        ([(1, 2, 2)], [(0, "gap", (0,), [(1,), (1, 2)])]),
    ],
)
def test_sequence_problems(keys: list, expected: list) -> None:
    assert sequence_problems([(k, k) for k in keys]) == expected


def test_deleted_range_counts_as_present() -> None:
    assert sequence_problems([((1,), (1,)), ((2,), (4,)), ((5,), (5,))]) == []


def test_number_inside_a_deleted_range_is_a_duplicate() -> None:
    assert sequence_problems([((1,), (1,)), ((2,), (4,)), ((3,), (3,))]) == [(2, "duplicate", (4,), [])]


def test_huge_gaps_list_only_what_is_shown() -> None:
    # a pasted 第99999999999条 must not enumerate every missing number
    assert sequence_problems([((1,), (1,)), ((10**11,), (10**11,))]) == [
        (1, "gap", (1,), [(v,) for v in range(2, 11)])
    ]
    assert sequence_problems([((1,), (1,)), ((2,), (10**11,)), ((10**11 + 1,), (10**11 + 1,))]) == []


def test_huge_article_number_message() -> None:
    (finding,) = findings("num.article", "第1条　a\n第99999999999条　b")
    assert finding.message_ja == (
        "第1条の次が第99999999999条となっており、第2条、第3条、第4条、第5条、第6条、第7条、第8条、第9条、…が欠けている。番号を改められたい。"
    )


ARTICLES = [
    ("第1条　a\n第2条　b\n第3条　c", []),
    ("第1条　a\n第2条　b\n第4条　c", [("num.article", "O5", E, "第4条")]),
    ("第1条　a\n第2条　b\n第2条　c\n第3条　d", [("num.article", "O5", E, "第2条")]),
    ("第1条　a\n第2条　b\n第2条の2　c\n第3条　d", []),
    ("第1条　a\n第2条　b\n第2条の3　c\n第3条　d", [("num.article", "O5", E, "第2条の3")]),
    ("第1条　a\n第2条　削除\n第3条　c", []),
    ("第1条　a\n第2条から第4条まで　削除\n第5条　c", []),
    ("第1条　a\n第3条　b\n第2条　c", [("num.article", "O5", E, "第3条"), ("num.article", "O5", E, "第2条")]),
    ("第1条　a\n附　則\n第1条　b\n第3条　c", [("num.article", "O5", E, "第3条")]),
    ("第3条　a\n第4条　b", []),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_article_numbering(text: str, expected: list) -> None:
    assert rows("num.article", text) == expected


def test_article_gap_message_names_the_missing_branch() -> None:
    (finding,) = findings("num.article", "第1条　a\n第2条　b\n第2条の3　c")
    assert finding.message_ja == "第2条の次が第2条の3となっており、第2条の2が欠けている。番号を改められたい。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第1条　a\n2　b\n3　c", []),
        ("第1条　a\n２　b\n３　c", []),
        ("第1条　a\n2　b\n4　c", [("num.paragraph", "O5", E, "4")]),
        ("第1条　a\n2　b\n2　c", [("num.paragraph", "O5", E, "2")]),
        ("第1条　a\n3　b", [("num.paragraph", "O5", E, "3")]),
        ("第1条　a\n附　則\n1　施行する。\n3　b", [("num.paragraph", "O5", E, "3")]),
    ],
)
def test_paragraph_numbering(text: str, expected: list) -> None:
    assert rows("num.paragraph", text) == expected


def test_paragraph_gap_is_not_also_an_item_gap() -> None:
    assert rows("num.item", "第1条　a\n2　b\n4　c") == []


def test_paragraph_gap_message() -> None:
    (finding,) = findings("num.paragraph", "第1条　a\n2　b\n5　c")
    assert finding.message_ja == "第1条第2項の次が第5項となっており、第3項、第4項が欠けている。番号を改められたい。"


ITEMS = "第1条　次に掲げるもの\n{items}"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ("(1)　a\n(2)　b\n(3)　c", []),
        ("(1)　a\n(2)　b\n(4)　c", [("num.item", "O5", E, "(4)")]),
        ("⑴　a\n⑵　b\n⑵の2　c\n⑶　d", []),
        ("一　a\n二　b\n四　c", [("num.item", "O5", E, "四")]),
        ("(1)　a\n　ア　x\n　イ　y\n　ウ　z", []),
        ("(1)　a\n　ア　x\n　イ　y\n　エ　z", [("num.item", "O5", E, "エ")]),
        ("一　a\n　イ　x\n　ロ　y\n　ハ　z", []),
        ("一　a\n　イ　x\n　ロ　y\n　ニ　z", [("num.item", "O5", E, "ニ")]),
        # a list of one イ in a draft whose lists run イ・ロ・ハ: the first letter, nothing missing
        ("一　a\n　イ　x\n　ロ　y\n二　b\n　イ　z", []),
        # ... but in a draft whose lists run ア・イ・ウ, a list of one イ lacks its ア
        ("一　a\n　ア　x\n　イ　y\n二　b\n　イ　z", [("num.item", "O5", E, "イ")]),
    ],
)
def test_item_numbering(items: str, expected: list) -> None:
    assert rows("num.item", ITEMS.format(items=items)) == expected


def test_item_gap_message_uses_the_statute_citation_form() -> None:
    (finding,) = findings("num.item", ITEMS.format(items="(1)　a\n　ア　x\n　イ　y\n　エ　z"))
    assert finding.message_ja == "第1条第1号イの次が「エ」となっており、ウが欠けている。番号を改められたい。"


TOC = draft(
    "目次",
    "　第1章　総則（第1条・第2条）",
    "　第2章　雑則（{range2}）",
    "{extra}",
    "　附則",
    "",
    "　　　第1章　総則",
    "（目的）",
    "第1条　a",
    "（定義）",
    "第2条　b",
    "　　　第2章　雑則",
    "（委任）",
    "第3条　c",
    "（雑則）",
    "第4条　d",
    "{body_extra}",
    "附　則",
    "この条例は、公布の日から施行する。",
)


@pytest.mark.parametrize(
    ("range2", "extra", "body_extra", "expected"),
    [
        ("第3条―第4条", "", "", []),
        ("第3条―第5条", "", "", [("toc.mismatch", "O5", E, "第2章　雑則（第3条―第5条）")]),
        ("第3条―第4条", "　第3章　罰則（第5条）", "", [("toc.mismatch", "O5", E, "第3章　罰則（第5条）")]),
        ("第3条―第4条", "", "　　　第3章　罰則\n（罰則）\n第5条　e", [("toc.mismatch", "O5", E, "第3章　罰則")]),
        ("第3条―第4条", "　第3章　罰則（第5条）", "　　　第3章　罰則\n（罰則）\n第5条　e", []),
    ],
)
def test_toc_against_body(range2: str, extra: str, body_extra: str, expected: list) -> None:
    text = TOC.format(range2=range2, extra=extra, body_extra=body_extra)
    assert rows("toc.mismatch", text) == expected


@pytest.mark.parametrize(
    ("toc_line", "expected"),
    [
        ("　第2章　雑則（第3条―第4条）", []),
        ("　第２章　雑　則（第３条―第４条）", []),
        ("　第2章　補則（第3条―第4条）", [("toc.mismatch", "O5", E, "第2章　補則（第3条―第4条）")]),
        ("　第2章　補則", [("toc.mismatch", "O5", E, "第2章　補則")]),
    ],
)
def test_toc_name_against_heading(toc_line: str, expected: list) -> None:
    text = TOC.format(range2="第3条―第4条", extra="", body_extra="").replace("　第2章　雑則（第3条―第4条）", toc_line, 1)
    assert rows("toc.mismatch", text) == expected


def test_toc_name_message() -> None:
    text = TOC.format(range2="第3条―第4条", extra="", body_extra="").replace("第2章　雑則（", "第2章　補則（", 1)
    (finding,) = findings("toc.mismatch", text)
    assert finding.message_ja == "目次の「第2章　補則（第3条―第4条）」の名称が本文の見出し「第2章　雑則」と一致しない。いずれかに合わせられたい。"


def test_toc_range_message() -> None:
    (finding,) = findings("toc.mismatch", TOC.format(range2="第3条―第5条", extra="", body_extra=""))
    assert finding.message_ja == "目次の「第2章　雑則（第3条―第5条）」の条の範囲（第3条―第5条）が本文（第3条―第4条）と一致しない。本文に合わせて改められたい。"


@pytest.mark.parametrize(
    ("text", "ja", "en"),
    [
        ("第1条　a\n第2条　b\n第2条　c", "第2条が重複している。番号を改められたい。", "第2条 appears twice."),
        ("第1条　a\n第3条　b", "第1条の次が第3条となっており、第2条が欠けている。番号を改められたい。", "第3条 follows 第1条: 第2条 is missing."),
        ("第1条　a\n第3条　b\n第2条　c", "第2条が第3条の後に置かれている（番号の順序が逆である。）。順序を改められたい。",
         "第2条 is placed after 第3条 (numbers out of order)."),
    ],
)
def test_article_messages_in_both_languages(text: str, ja: str, en: str) -> None:
    finding = findings("num.article", text)[-1]
    assert (finding.message_ja, finding.message_en) == (ja, en)


def test_list_starting_past_one() -> None:
    (finding,) = findings("num.item", ITEMS.format(items="(2)　a\n(3)　b"))
    assert (finding.anchor_text, finding.message_ja, finding.message_en) == (
        "(2)", "第1条「(2)」から始まっており、第1号が欠けている。番号を改められたい。", "第1条 starts at 「(2)」: 第1号 is missing."
    )


def test_a_reference_to_the_paragraph_as_the_draft_numbers_it_after_a_gap() -> None:
    # 第1条 runs 2, 3, 5: the gap is num.paragraph's finding; 「第1条第5項」 cites the paragraph printed 5,
    # not a paragraph that does not exist (one defect, one finding)
    text = "第1条　a\n2　b\n3　c\n5　d\n\n第2条　第1条第5項の規定により、e"
    assert [r[3] for r in rows("num.paragraph", text)] == ["5"]
    assert rows("ref.unresolved", text) == []
    # a number printed nowhere is still a reference to a missing paragraph
    assert [r[0] for r in rows("ref.unresolved", text.replace("第1条第5項", "第1条第6項"))] == ["ref.unresolved"]


def test_dou_kou_is_the_paragraph_named_last_not_the_article_named_last() -> None:
    # 「前項の書面には、…次条各号のいずれにも該当しない…、同項第5号の事業…」: 同項 is 前項 (第1条第1項);
    # 次条各号 names an article and its items, no paragraph
    text = ("第1条　提案は、次に掲げる事項を記載した書面によりしなければならない。\n(1)　氏名\n(2)　住所\n(3)　名称\n(4)　本人の数\n(5)　事業\n"
            "2　前項の書面には、提案をする者が次条各号のいずれにも該当しないことを誓約する書面、同項第5号の事業の内容を明らかにする書面を添付しなければならない。\n\n"
            "第2条　次の各号のいずれかに該当する者は、提案をすることができない。\n(1)　未成年者\n(2)　破産者")
    assert rows("ref.unresolved", text) == []
    assert [r[0] for r in rows("ref.unresolved", text.replace("同項第5号", "同項第6号"))] == ["ref.unresolved"]

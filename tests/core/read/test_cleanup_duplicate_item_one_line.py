"""A 号 number printed twice in a text run onto one line gets its own line back.

Pasted out of a PDF on one line, a draft keeps its 号 numbers between spaces; the cleanup puts a
line break before each next number. A number repeated (「(2) … (2) …」, a duplicated 号 of the
draft) must get its line as well, or the numbering check cannot see it and the duplicate found
in the clean draft is lost in the copy (fictional draft written here).
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.profile import load_profile
from ordreview.core.read import read_bytes

CLEAN = """ほおのき村個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（提供の制限）
第2条　実施機関は、次の各号のいずれかに該当するときを除き、保有個人情報を提供してはならない。
(1)　本人の同意があるとき。
(2)　法令等に定めがあるとき。
{second}　出版、報道等により公にされているとき。
{last}　緊急かつやむを得ないと認められるとき。
（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。
"""


def _one_line(text: str) -> str:
    """The draft as a PDF pasted on one line: numbers spaced out (「第 2 条」), a page number and
    the running title between two pages."""
    lines = [re.sub(r"(?<=[第年])([0-9]+)(?=[条項号年])", r" \1 ", line.replace("\u3000", " "))
             for line in text.splitlines()]
    title = lines[0]
    lines.insert(5, f"－1－ {title}")
    return " ".join(lines + ["－2－"])


def _item_rows(ordinance) -> list[tuple[str, str]]:
    rule = next(r for r in all_rules() if r.id == "num.item")
    found = rule.run(CheckContext(ordinance=ordinance, profile=load_profile(), coverage={}))
    return [(f.severity, f.anchor_text) for f in found]


def _copy(text: str):
    return parse_document(read_bytes(_one_line(text).encode("utf-8"), path="extracted.txt"))


def test_the_duplicate_is_found_in_the_clean_draft_and_the_one_line_copy() -> None:
    clean = CLEAN.format(second="(2)", last="(3)")
    assert _item_rows(parse_text(clean)) == [("error", "(2)")]
    copy = _copy(clean)
    assert [a.num for a in copy.articles] == ["1", "2", "3"]
    assert _item_rows(copy) == [("error", "(2)")]


def test_a_list_in_order_gives_nothing_on_one_line() -> None:
    copy = _copy(CLEAN.format(second="(3)", last="(4)"))
    assert [i.num for i in copy.articles[1].paragraphs[0].items] == ["1", "2", "3", "4"]
    assert _item_rows(copy) == []

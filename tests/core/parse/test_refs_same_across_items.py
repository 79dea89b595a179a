"""同項 / 同条 in an item refers to the provision named last before it in the same paragraph, in the
paragraph's own words or in an earlier item; a new paragraph starts afresh.

Fictional draft written for these tests (鍬柄市)."""

from __future__ import annotations

from ordreview.core.model import NodeRef
from ordreview.core.parse import parse_text

KUWAE = """鍬柄市個人情報保護条例

（提案の募集）
第3条　実施機関は、規則で定めるところにより、提案を募集するものとする。
2　前項の提案は、書面でしなければならない。

（ファイル簿への記載）
第4条　実施機関は、個人情報ファイル簿に次に掲げる事項を記載しなければならない。
(1)　第3条第1項の提案の募集の対象とする個人情報ファイルであること。
(2)　同項の提案を受け付ける組織の名称及び所在地
(3)　同条第2項の書面の提出先
2　同項の規定は、前項の記載の変更について準用する。
"""


def _refs(text: str) -> dict[str, object]:
    ordinance = parse_text(text)
    return {r.text: r for r in ordinance.references}


def test_same_paragraph_in_an_item_takes_the_provision_named_in_the_item_before() -> None:
    refs = [r for r in parse_text(KUWAE).references if r.source.article == "4"]
    by_item = {(r.source.paragraph, r.source.item, r.text): r for r in refs}
    assert by_item[(1, "2", "同項")].target == NodeRef("3", 1)
    assert by_item[(1, "3", "同条第2項")].target == NodeRef("3", 2)


def test_a_new_paragraph_does_not_inherit_the_items_antecedent() -> None:
    refs = [r for r in parse_text(KUWAE).references if r.source.article == "4" and r.source.paragraph == 2]
    same = next(r for r in refs if r.text == "同項")
    assert same.target is None

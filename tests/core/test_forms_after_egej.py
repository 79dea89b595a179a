"""Forms met in the held-out sets eg–ej (scored 2026-12-07), each on a fictional draft of the earlier
tests: the 非識別 definition that names its file's conditions where the draft lists them — by the
items of the article that makes the information (「第5条第1項各号のいずれにも該当するもの」), by
the register entry that article makes (「個人情報ファイル簿に第5条第2項の規定による記載がされている
もの」) — or by the statute's items (「行政機関個人情報保護法第2条第9項各号に相当する要件」)."""

from __future__ import annotations

from tests.core.test_c2_conditions_in_definition import CONDITION, DRAFT, _c2

_ITEMS = (
    "(1)　個人情報ファイル簿に掲載されるものであること。\n"
    + CONDITION
    + "(3)　市の事務の適正かつ円滑な運営に支障のない範囲内で加工することができるものであること。\n"
)
_PROPOSALS = """
（提案の募集）
第5条　実施機関は、個人情報ファイルであって次に掲げる要件の全てに該当するものについて、定期的に、提案を募集するものとする。
{items}2　実施機関は、前項の提案の募集の対象となる個人情報ファイルについては、個人情報ファイル簿に提案を募集する旨を記載しなければならない。
"""


def _moved(definition: str, items: str = _ITEMS) -> str:
    """The みなせ draft with the conditions moved out of the definition into a 第5条 of proposals."""
    text = DRAFT.format(condition=CONDITION)
    head, _, tail = text.partition("次の各号のいずれにも該当する")
    _, _, tail = tail.partition("(3)　市の事務の適正かつ円滑な運営に支障のない範囲内で加工することができるものであること。\n")
    assert tail.startswith("3　")
    return head + definition + "\n" + tail + _PROPOSALS.format(items=items)


def test_the_conditions_named_by_the_items_of_another_article() -> None:
    # 「…を加工して得られる非識別加工情報であって、第5条第1項各号のいずれにも該当するものをいう。」
    said = ("個人情報ファイルを構成する保有個人情報（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
            "を加工して得られる非識別加工情報であって、第5条第1項各号{}のいずれにも該当するものをいう。")
    assert _c2(_moved(said.format("")))[0] == []
    assert _c2(_moved(said.format("に掲げる要件")))[0] == []
    # the items not there: the conditions are missing however the definition points
    assert "要件：開示決定又は意見書提出の機会" in _c2(_moved(said.format(""), items="(1)　個人情報ファイル簿に掲載されるものであること。\n"))[0]
    # a reference that does not name the file's conditions brings in nothing
    other = ("個人情報ファイルを構成する保有個人情報（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
             "を第5条第1項の基準に従い加工して得られる非識別加工情報をいう。")
    assert "要件：開示決定又は意見書提出の機会" in _c2(_moved(other))[0]


def test_the_conditions_named_by_the_register_entry_the_proposals_article_makes() -> None:
    # 「…非識別加工情報であって、個人情報ファイル簿に第5条第2項の規定による記載がされているものから作成されるもの」:
    # the entry is made for the files 第5条第1項 selects, so its items are the definition's conditions
    said = ("個人情報ファイルを構成する保有個人情報（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
            "を加工して得られる非識別加工情報であって、個人情報ファイル簿に第5条第2項の規定による記載がされているものから作成されるものをいう。")
    assert _c2(_moved(said))[0] == []
    # without the items in that article, the conditions are missing
    assert "要件：支障のない範囲内での加工" in _c2(_moved(said, items=""))[0]
    # the same words about another register do not reach the article
    elsewhere = said.replace("個人情報ファイル簿に第5条第2項", "第5条第2項", 1)
    assert "要件：開示決定又は意見書提出の機会" in _c2(_moved(elsewhere))[0]


def test_the_register_condition_as_a_file_for_which_no_register_entry_is_made() -> None:
    # 「(1)　第4条第2項の規定により個人情報ファイル簿を作成しないこととされたものでないこと。」 (行政機関個人情報
    # 保護法第2条第9項第1号: 「…個人情報ファイル簿に掲載しないこととされるものでないこと」)
    listed = "(1)　個人情報ファイル簿に掲載されるものであること。"
    text = DRAFT.format(condition=CONDITION).replace(listed, "(1)　第4条第2項の規定により個人情報ファイル簿を作成しないこととされたものでないこと。")
    assert _c2(text)[0] == []
    made = DRAFT.format(condition=CONDITION).replace(listed, "(1)　第4条第2項の規定により個人情報ファイル簿を作成したものであること。")
    assert "要件：個人情報ファイル簿への掲載" in _c2(made)[0]


def test_the_conditions_named_by_the_statutes_items() -> None:
    # 「…非識別加工情報であって、行政機関個人情報保護法第2条第9項各号に相当する要件のいずれにも該当するもの」
    said = ("個人情報ファイルを構成する保有個人情報（情報公開条例の不開示情報が含まれるときは、当該不開示情報に該当する部分を除く。）"
            "を加工して得られる非識別加工情報であって、行政機関個人情報保護法第2条第9項各号に相当する要件のいずれにも該当するものをいう。")
    assert _c2(_moved(said, items=""))[0] == []
    # another paragraph of the statute is not its conditions
    assert "要件：開示決定又は意見書提出の機会" in _c2(_moved(said.replace("第9項", "第8項"), items=""))[0]

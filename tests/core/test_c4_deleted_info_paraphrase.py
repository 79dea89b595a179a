"""The limit on 削除情報 (行政機関個人情報保護法 第44条の2第3項) is often written without the
defined word: 「…非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号を自ら
利用し、又は提供してはならない。」 That sentence is the element; naming the thing it limits only by
its description does not make the limit missing."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """やまぶき町個人情報保護条例

第1章　総則

（定義）
第1条　この条例において「実施機関」とは、町長及び教育委員会をいう。
2　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる情報であって、特定の個人を識別することができないように加工し、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　町非識別加工情報の提供

（作成及び提供等）
第2条　実施機関は、この章の規定に従い、町非識別加工情報を作成し、及び提供することができる。
2　実施機関は、法令に基づく場合を除き、町非識別加工情報を提供してはならない。
3　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために、町非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号を自ら利用し、又は提供してはならない。

（提案の募集）
第3条　実施機関は、定期的に、町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。
"""


def _c4(text: str):
    al = align(parse_text(text), load_profile())
    return al.coverage["C4"].status, [h.span is not None for h in al.must["C4"]]


def test_the_described_deleted_information_limit_is_the_element() -> None:
    status, found = _c4(DRAFT)
    assert found == [True, True, True]
    assert status == "covered"


def test_without_the_sentence_the_limit_is_missing() -> None:
    text = DRAFT.replace(
        "3　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために、町非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号を自ら利用し、又は提供してはならない。\n",
        "")
    status, found = _c4(text)
    assert found[2] is False
    assert status != "covered"


def test_the_description_without_a_ban_is_no_limit() -> None:
    # Mentioning the deleted descriptions (e.g. in the processing standard) does not limit them.
    text = DRAFT.replace("を自ら利用し、又は提供してはならない。", "の取扱いについては、規則で定める。")
    status, found = _c4(text)
    assert found[2] is False


def test_the_defined_word_with_a_three_level_parenthesis_is_the_limit() -> None:
    # 「削除情報（…保有個人情報（…（…を除く。）を除く。）から削除した…をいう。以下同じ。）を自ら利用し、
    # 又は提供してはならない」: the definition on the spot nests three parentheses deep
    limit = ("3　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために削除情報（町非識別加工情報の作成に用いた"
             "保有個人情報（他の情報と照合することができ、それにより特定の個人を識別することができることとなるもの"
             "（他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを除く。）"
             "を除く。）から削除した記述等及び個人識別符号をいう。以下この章において同じ。）を自ら利用し、又は提供してはならない。")
    lines = DRAFT.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("3　実施機関は、法令等に基づく場合を除き"))
    lines[k] = limit
    status, found = _c4("\n".join(lines))
    assert found == [True, True, True] and status == "covered"
    lines[k] = limit.replace("を自ら利用し、又は提供してはならない。", "を適正に管理しなければならない。")
    assert _c4("\n".join(lines))[1][2] is False


def test_the_staffs_secrecy_duty_over_deleted_information_is_no_limit_on_its_use() -> None:
    # 「…削除情報の内容をみだりに他人に知らせ、又は不当な目的に利用してはならない。」 binds the staff
    # (行政機関個人情報保護法第44条の16); the body's own limit (第44条の2第3項) is another provision
    duty = ("3　非識別加工情報等の取扱いに従事する実施機関の職員又は職員であった者は、その業務に関して知り得た"
            "削除情報の内容をみだりに他人に知らせ、又は不当な目的に利用してはならない。")
    lines = DRAFT.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("3　実施機関は、法令等に基づく場合を除き"))
    lines[k] = duty
    assert _c4("\n".join(lines))[1][2] is False

"""References that resolve but name a provision of another subject (held-out sets, first runs up to fd):
「第8条第2項の受託業務」 where 第8条第2項 is not the 委託 article, 「第25条第3項の規定による通知を受けた者は、…
契約を締結することができる」 citing the refusal notice, 「第19条各号」 of an article without items, and a
contract cancelled on 「第22条各号…のいずれかに該当することとなったとき」 where 第22条 is the review standards.
Each on a fictional draft written for the test."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """しおつち町個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。
（収集の制限）
第2条　実施機関は、個人情報を収集するときは、利用目的を明確にし、適法かつ公正な手段により収集しなければならない。
（利用及び提供の制限）
第3条　実施機関は、利用目的以外の目的のために保有個人情報を利用し、又は提供してはならない。
（適正管理）
第4条　実施機関は、保有個人情報の漏えい、滅失又は毀損の防止その他の適切な管理のために必要な措置を講じなければならない。
2　実施機関は、保有する必要がなくなった保有個人情報を、確実かつ速やかに廃棄しなければならない。
（委託に伴う措置）
第5条　実施機関は、個人情報の取扱いを委託するときは、必要な措置を講じなければならない。
2　前項の委託を受けた者は、受託業務に係る個人情報の適切な管理のために必要な措置を講じなければならない。
（利用停止請求）
第6条　何人も、自己を本人とする保有個人情報が第2条又は第3条の規定に違反して収集され、利用され、又は提供されていると思料するときは、実施機関に対し、その利用の停止を請求することができる。
（提案）
第7条　実施機関非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、提案をすることができる。
2　前項の提案は、規則で定める事項を記載した書面を実施機関に提出してしなければならない。
（欠格事由）
第8条　次の各号のいずれかに該当する者は、前条第1項の提案をすることができない。
(1)　未成年者
(2)　この条例の規定により罰金の刑に処せられ、その執行を終わった日から起算して2年を経過しない者
（提案の審査等）
第9条　実施機関は、第7条第1項の提案があったときは、当該提案が次に掲げる基準に適合するかどうかを審査しなければならない。
(1)　第7条第1項の提案をした者が前条各号のいずれにも該当しないこと。
(2)　提案に係る事業が新たな産業の創出に資するものであること。
2　実施機関は、前項の規定により審査した結果、提案が同項各号に掲げる基準のいずれにも適合すると認めるときは、提案をした者に対し、その旨を通知するものとする。
3　実施機関は、第1項の規定により審査した結果、提案が同項各号に掲げる基準のいずれかに適合しないと認めるときは、理由を付して、提案をした者に対し、その旨を通知するものとする。
（契約の締結）
第10条　第9条第2項の規定による通知を受けた者は、実施機関との間で、実施機関非識別加工情報の利用に関する契約を締結することができる。
（契約の解除）
第11条　実施機関は、前条の契約を締結した者が次の各号のいずれかに該当するときは、当該契約を解除することができる。
(1)　偽りその他不正の手段により当該契約を締結したとき。
(2)　第8条各号のいずれかに該当することとなったとき。
（罰則）
第12条　実施機関の職員若しくは職員であった者又は第5条第2項の受託業務に従事している者若しくは従事していた者が、正当な理由がないのに、個人の秘密に属する事項が記録された個人情報ファイルを提供したときは、2年以下の懲役又は100万円以下の罰金に処する。
"""


def _wrong_kind(text: str) -> list[tuple[str | None, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.location.article, f.anchor_text)
            for f in review.findings if f.rule == "ref.wrong_kind"]


def test_the_well_numbered_draft_has_no_such_finding() -> None:
    assert _wrong_kind(DRAFT) == []


def test_the_entrusted_work_cites_the_entrusting_provision() -> None:
    for words in ("受託業務に従事している者", "委託を受けた業務に従事している者", "委託を受けた事務に従事している者"):
        text = DRAFT.replace("第5条第2項の受託業務に従事している者", f"第4条第2項の{words}")
        assert f"第4条第2項の{words}" in text
        assert _wrong_kind(text) == [("12", "第4条第2項")], words
        right = DRAFT.replace("第5条第2項の受託業務に従事している者", f"第5条第2項の{words}")
        assert _wrong_kind(right) == [], words
    # in everyday words: 「第5条の仕事を任された者」 where the article says 任せる
    plain = DRAFT.replace("個人情報の取扱いを委託するときは", "個人情報を扱う仕事を外に任せるときは").replace(
        "前項の委託を受けた者は、受託業務", "前項の仕事を任された者は、その仕事").replace(
        "第5条第2項の受託業務に従事している者", "第5条の仕事を任された者")
    assert _wrong_kind(plain) == []
    assert _wrong_kind(plain.replace("第5条の仕事を任された者", "第4条の仕事を任された者")) == [("12", "第4条")]


def test_the_contract_holder_is_the_one_told_the_proposal_conforms() -> None:
    refusal = DRAFT.replace("第9条第2項の規定による通知を受けた者", "第9条第3項の規定による通知を受けた者")
    assert _wrong_kind(refusal) == [("10", "第9条第3項")]
    # a paragraph that notifies the result either way is the notice the contract rests on
    both = DRAFT.replace(
        "2　実施機関は、前項の規定により審査した結果、提案が同項各号に掲げる基準のいずれにも適合すると認めるときは、提案をした者に対し、"
        "その旨を通知するものとする。\n", "").replace(
        "3　実施機関は、第1項の規定により審査した結果、提案が同項各号に掲げる基準のいずれかに適合しないと認めるときは、理由を付して、"
        "提案をした者に対し、その旨を通知するものとする。",
        "2　実施機関は、前項の審査の結果を提案をした者に通知するものとする。この場合において、同項各号に掲げる基準のいずれかに適合しない"
        "と認めるときは、その理由を付さなければならない。")
    assert "前項の審査の結果を提案をした者に通知する" in both
    assert _wrong_kind(both) == []


def test_the_items_cited_exist_and_the_contract_is_cancelled_on_the_disqualifications() -> None:
    no_items = DRAFT.replace("(2)　第8条各号のいずれかに該当することとなったとき。", "(2)　第7条各号のいずれかに該当することとなったとき。")
    assert _wrong_kind(no_items) == [("11", "第7条")]
    standards = DRAFT.replace("(2)　第8条各号のいずれかに該当することとなったとき。", "(2)　第9条各号のいずれかに該当することとなったとき。")
    assert _wrong_kind(standards) == [("11", "第9条")]
    # the review standards cited as what they are
    checked = DRAFT.replace("(2)　提案に係る事業が", "(2)　第9条各号に掲げる基準に照らし、提案に係る事業が")
    assert _wrong_kind(checked) == []
    # 「第7条第1項の提案が同項各号に掲げる基準」: drafts mean their own 第1項 by that 同項, as the writers read it
    same = DRAFT.replace("3　実施機関は、第1項の規定により審査した結果、提案が同項各号", "3　実施機関は、第1項の規定により審査した結果、第7条第1項の提案が同項各号")
    assert _wrong_kind(same) == []


def test_the_acts_violated_in_everyday_words() -> None:
    plain = DRAFT.replace("第2条又は第3条の規定に違反して収集され、利用され、又は提供されている",
                          "第2条又は第3条の決まりに反して集められ、使われ、又は提供されている")
    assert _wrong_kind(plain) == []
    wrong = plain.replace("第2条又は第3条の決まりに反して", "第2条又は第4条の決まりに反して")
    assert _wrong_kind(wrong) == [("6", "第4条")]

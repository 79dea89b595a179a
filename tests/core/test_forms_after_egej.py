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


def _c12_gaps(text: str):
    from ordreview.core.checks.context import CheckContext
    from ordreview.core.checks.gaps import check_gaps
    from ordreview.core.parse import parse_text
    from ordreview.core.profile import load_profile

    ordinance = parse_text(text)
    return [f for f in check_gaps(CheckContext(ordinance=ordinance, profile=load_profile())) if f.requirement == "C12"]


def test_the_processing_standard_is_the_obligation_not_a_condition_that_mentions_it() -> None:
    # the proposals article's condition 「…規則で定める基準に従い非識別加工情報を作成することができるものに限る。」
    # mentions the standard; the duty is 「…基準に従い、保有個人情報を加工しなければならない。」 further on, and a
    # missing application to contractors (行政機関個人情報保護法第44条の10第2項) belongs there
    from tests.core.test_c18_law_reach_forms import OWN, draft

    proposals = "定期的に、町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。"
    assert proposals in OWN
    mechanism = OWN.replace(
        proposals,
        "定期的に、個人情報ファイル（規則で定める基準に従い非識別加工情報を作成することができるものに限る。）について、"
        "町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。",
    ) + "\n\n（作成の基準）\n第8条　実施機関は、町非識別加工情報を作成するときは、規則で定める基準に従い、保有個人情報を加工しなければならない。\n"
    (gap,) = _c12_gaps(draft(mechanism=mechanism))
    assert gap.location.article == "8"
    # with the application to contractors the requirement is met
    whole = mechanism + "2　前項の規定は、実施機関から町非識別加工情報の作成の委託を受けた者が受託した業務を行う場合について準用する。\n"
    assert _c12_gaps(draft(mechanism=whole)) == []


def test_the_deleted_information_limit_in_the_processing_article_of_a_draft_without_chapters() -> None:
    # a draft with no chapters: 「（作成等）第5条　…規則で定める基準に従い、…加工しなければならない。２　…削除した記述等
    # …を、法令に基づく場合を除き、自ら利用し、又は提供してはならない。」 — the article is C12's, and C4's 削除情報 limit
    # is there too; without the authorising clause (only a note) C4 is partial, not absent
    from ordreview.core.align import align
    from ordreview.core.parse import parse_text
    from ordreview.core.profile import load_profile
    from tests.core.test_c18_law_reach_forms import draft

    mechanism = ("（作成等）\n第5条　実施機関は、町非識別加工情報を作成するときは、規則で定める基準に従い、保有個人情報を加工しなければならない。\n"
                 "2　前項の規定は、実施機関から町非識別加工情報の作成の委託を受けた者が受託した業務を行う場合について準用する。\n"
                 "3　実施機関は、町非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号を、法令に基づく場合を除き、"
                 "自ら利用し、又は提供してはならない。\n\n"
                 "（提案の募集）\n第6条　実施機関は、定期的に、町非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。\n\n"
                 "（提案）\n第7条　前条の規定による募集に応じて町非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、"
                 "当該事業に関する提案をすることができる。\n")
    text = "\n".join(ln for ln in draft(mechanism=mechanism).splitlines() if not ln.startswith("第1章") and not ln.startswith(
        "第2章") and not ln.startswith("第3章"))
    ordinance = parse_text(text)
    assert "第3章" not in text
    assert align(ordinance, load_profile()).coverage["C4"].status == "partial"
    al = align(ordinance, load_profile())
    assert [h.group.label_ja for h in al.must["C4"] if h.span is None] == ["この章の規定に従う作成・提供"]


def test_the_business_of_a_proposal_as_the_purpose_method_and_period_of_use() -> None:
    # 「…利用の目的、方法及び期間、…を記載した書面」 (hishakuda-shi, el): the statute's 「利用の目的及び方法その他当該…
    # がその用に供する事業の内容」 (行政機関個人情報保護法第44条の5第1項第4号) in an enumeration
    from tests.core import test_c_other_words as ashihara

    said = "利用の目的及び方法、"
    assert said in ashihara.ASHIHARA
    original = ashihara.ASHIHARA
    try:
        ashihara.ASHIHARA = original.replace(said, "利用の目的、方法及び期間、")
        assert "事業の内容" not in ashihara._missing("C7")
        ashihara.ASHIHARA = original.replace(said, "利用の期間、")
        assert "事業の内容" in ashihara._missing("C7")
    finally:
        ashihara.ASHIHARA = original


def test_the_deleted_information_limit_with_the_term_defined_in_its_own_sentence() -> None:
    # 「…削除した記述等及び個人識別符号並びに加工の方法に関する情報（以下「削除情報」という。）を、法令等に基づく場合を
    # 除き、利用目的以外の目的のために自ら利用し、又は提供してはならない。」 (minodai-shi, sukida-shi): the limit of
    # 行政機関個人情報保護法第44条の2第2項, the 。 of the defining parenthesis ending nothing
    from ordreview.core.align import align
    from ordreview.core.parse import parse_text
    from ordreview.core.profile import load_profile
    from tests.core.test_c18_law_reach_forms import OWN, draft

    limit = "2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために削除情報（町非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）を自ら利用し、又は提供してはならない。"
    assert limit in OWN
    label = "削除情報の利用・提供の制限"

    def missing(mechanism: str) -> list[str]:
        return [h.group.label_ja for h in align(parse_text(draft(mechanism=mechanism)), load_profile()).must["C4"]
                if h.span is None]

    defined = ("2　実施機関は、町非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号並びに加工の方法に関する情報"
               "（以下「削除情報」という。）を、法令等に基づく場合を除き、利用目的以外の目的のために自ら利用し、又は提供してはならない。")
    assert label not in missing(OWN.replace(limit, defined))
    # the duty of the staff not to misuse what they learn is no limit on using the deleted information
    staff = ("2　町非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号の取扱いに従事する職員は、その業務に関して"
             "知り得た内容をみだりに他人に知らせ、又は不当な目的に利用してはならない。")
    assert label in missing(OWN.replace(limit, staff))


def test_the_disqualification_of_a_body_with_a_disqualified_officer() -> None:
    # 行政機関個人情報保護法第44条の6第7号: 「法人その他の団体であって、その役員のうちに前各号のいずれかに該当する者が
    # あるもの」 — without it a corporation whose officer is disqualified may propose (minodai-shi, en; six earlier lists)
    from tests.core import test_c_other_words as ashihara

    cited = "第6条　法第44条の6各号のいずれかに該当する者は、第5条第1項の提案をすることができない。"
    assert cited in ashihara.ASHIHARA
    items = ("第6条　次の各号のいずれかに該当する者は、第5条第1項の提案をすることができない。\n(1)　未成年者\n"
             "(2)　禁錮以上の刑に処せられ、その執行を終わり、又は執行を受けることがなくなった日から起算して2年を経過しない者\n"
             "(3)　第9条の規定により契約を解除され、その解除の日から起算して2年を経過しない者{more}")
    label = "法人等でその役員に欠格者があるもの"
    original = ashihara.ASHIHARA
    try:
        ashihara.ASHIHARA = original.replace(cited, items.format(more=""))
        assert label in ashihara._missing("C8")
        for more in ("\n(4)　法人その他の団体であって、その役員のうちに前各号のいずれかに該当する者があるもの",
                     "\n(4)　前3号に掲げる者を役員とする法人その他の団体"):
            ashihara.ASHIHARA = original.replace(cited, items.format(more=more))
            assert label not in ashihara._missing("C8")
        # the grounds left open to a 規則 (「…経過しない者その他規則で定める者」) are not reported as missing
        ashihara.ASHIHARA = original.replace(cited, items.format(more="").replace(
            "2年を経過しない者\n(3)", "2年を経過しない者その他規則で定める者\n(3)"))
        assert label not in ashihara._missing("C8")
        # the statute's article cited: its 第7号 is incorporated
        ashihara.ASHIHARA = original
        assert label not in ashihara._missing("C8")
    finally:
        ashihara.ASHIHARA = original


def test_the_register_entries_name_the_purpose_in_the_statutes_words() -> None:
    # 「(3)　個人情報ファイルの利用目的」 in the register article, before the collection article coins 「利用目的」
    # (「…事務の目的（以下「利用目的」という。）を明確にし」): the entry is named in the statute's words (行政機関
    # 個人情報保護法第10条第1項第3号), not a use of the 略称 before its definition (hinokawa-shi, sasago-mura,
    # benibana-kouiki); a use in another article before the definition still is
    from ordreview.core.checks.context import CheckContext
    from ordreview.core.checks.integrity_terms import check_before_definition
    from ordreview.core.parse import parse_text
    from ordreview.core.profile import load_profile

    register = ("（個人情報ファイル簿）\n第3条　実施機関は、次に掲げる事項を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、"
                "公表しなければならない。\n(1)　個人情報ファイルの名称\n(2)　個人情報ファイルの利用目的\n")
    collection = ("（収集の制限）\n第4条　実施機関は、個人情報を収集するときは、個人情報を取り扱う事務の目的（以下「利用目的」という。）"
                  "を明確にしなければならない。\n（利用及び提供の制限）\n第5条　実施機関は、利用目的以外の目的のために保有個人情報を提供してはならない。\n")
    head = "ひなた市個人情報保護条例\n（目的）\n第1条　この条例は、個人の権利利益を保護することを目的とする。\n"

    def found(text: str) -> list[str]:
        return [f.message_ja for f in check_before_definition(CheckContext(ordinance=parse_text(text), profile=load_profile()))
                if "利用目的" in f.message_ja]

    other = "（責務）\n第2条　実施機関は、利用目的の達成に必要な範囲を超えて個人情報を取り扱ってはならない。\n"
    assert found(head + "（責務）\n第2条　実施機関は、個人情報を適正に取り扱わなければならない。\n" + register + collection) == []
    assert len(found(head + other + register + collection)) == 1

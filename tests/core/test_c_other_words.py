"""C elements said in other words or incorporated through an inline 略称 (行政機関個人情報保護法
第44条の5–第44条の6, 第44条の11, 第44条の12). Fictional 葦原町 draft written for these tests."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

ASHIHARA = """葦原町個人情報保護条例

第1章　総則

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとしてLAW第2条第4項の政令で定める記述等が含まれる個人情報をいう。
(2)　町非識別加工情報　個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。

（個人情報ファイル簿）
第3条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。

第2章　町非識別加工情報の提供

（町非識別加工情報の作成及び提供等）
第4条　実施機関は、この章の規定に従い、町非識別加工情報を作成し、及び提供することができる。

（提案）
第5条　町非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。
2　前項の提案は、提案者の氏名及び住所、利用の目的及び方法、MEASURES、その他規則で定める事項を記載した書面を提出して行わなければならない。
3　THIRD

（欠格事由）
第6条　法第44条の6各号のいずれかに該当する者は、第5条第1項の提案をすることができない。

（作成後の記載）
第7条　実施機関は、町非識別加工情報を作成したときは、当該町非識別加工情報の作成に用いた保有個人情報を含む個人情報ファイルについては、個人情報ファイル簿にAFTER規則で定める事項を記載しなければならない。
"""

LAW = "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）"
MEASURES = "安全管理の措置"
THIRD = "前2項の規定は、個人情報ファイル簿に第7条の規定による記載がある町非識別加工情報をその事業の用に供しようとする者がする提案について準用する。"
AFTER = "当該町非識別加工情報の本人の数及び含まれる情報の項目その他"


def _missing(rid: str, **parts: str) -> list[str]:
    values = {"LAW": LAW, "MEASURES": MEASURES, "THIRD": THIRD, "AFTER": AFTER, **parts}
    text = ASHIHARA
    for key, value in values.items():
        text = text.replace(key, value)
    al = align(parse_text(text), load_profile())
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_grounds_incorporated_through_a_short_name_defined_after_other_words() -> None:
    # 「…ものとして行政機関の保有する…法律（…以下「法」という。）」: 法 is that statute
    assert _missing("C8") == []
    # a 法 that abbreviates another statute incorporates nothing of 第44条の6
    other = "個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）"
    assert "欠格事由（未成年者等）" in _missing("C8", LAW=other)


def test_safety_measures_of_a_proposal_as_安全管理の措置() -> None:
    assert "漏えいの防止その他の措置" not in _missing("C7")
    assert "漏えいの防止その他の措置" in _missing("C7", MEASURES="提案者の連絡先")


def test_after_creation_entry_as_the_number_of_persons_and_the_items() -> None:
    assert "作成後の概要等の記載" not in _missing("C5")
    assert "作成後の概要等の記載" in _missing("C5", AFTER="提案を受ける組織の名称その他")


def test_proposal_on_information_the_register_records_as_created() -> None:
    assert "作成された非識別加工情報の利用に関する提案" not in _missing("C13")
    # a proposal on a file the register offers for proposals is the ordinary proposal
    offered = ("前2項の規定は、個人情報ファイル簿に提案の募集をする旨の記載がある個人情報ファイルを構成する保有個人情報を"
               "加工して作成する町非識別加工情報をその事業の用に供しようとする者がする提案について準用する。")
    assert "作成された非識別加工情報の利用に関する提案" in _missing("C13", THIRD=offered)


def test_a_missing_condition_is_reported_on_the_definition_under_the_bodys_own_name() -> None:
    from ordreview.core.review import review_ordinance
    from tests.core.checks.test_gaps_c2_c10 import _draft

    text = _draft(paren="").replace("実施機関非識別加工情報", "組合非識別加工情報")
    review = review_ordinance(parse_text(text), load_profile())
    [finding] = [f for f in review.findings if f.requirement == "C2" and f.rule == "gap"]
    assert "不開示情報に該当する部分の除外" in finding.message_ja
    # on the definition of 組合非識別加工情報 (第2条第4号), not on the file defined after it (第5号)
    assert (finding.location.article, finding.location.item) == ("2", "4")


def test_the_national_organs_definition_said_to_correspond_leaves_the_conditions_unsaid() -> None:
    # 「法第2条第9項に規定する行政機関非識別加工情報に相当するもの」: which register and which disclosure
    # ordinance stand for the statute's is not said, so the conditions are missing
    vague = ("(2)　町非識別加工情報　LAW第2条第9項に規定する行政機関非識別加工情報に相当するものとして、"
             "実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。")
    text = ASHIHARA.replace("(2)　町非識別加工情報　個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。", vague)
    assert vague in text
    al = align(parse_text(text.replace("LAW", LAW)), load_profile())
    missing = [h.group.label_ja for h in al.must["C2"] if h.span is None]
    assert "要件：個人情報ファイル簿への掲載" in missing
    assert "要件：支障のない範囲内での加工" in missing
    # the same citation adopting the definition outright supplies them
    adopted = text.replace("に相当するものとして、実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。",
                           "をいい、同項中「行政機関の長」とあるのは「実施機関」と読み替えるものとする。")
    al = align(parse_text(adopted.replace("LAW", LAW)), load_profile())
    assert [h.group.label_ja for h in al.must["C2"] if h.span is None] == []


def test_register_entry_for_files_offered_under_the_article_that_invites_proposals() -> None:
    # 「第N条第M項の規定による募集をする個人情報ファイルである場合にあっては、その旨」: the article that
    # invites proposals is cited instead of naming the 提案
    entry = ("第3条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。\n"
             "2　個人情報ファイル簿には、次に掲げる事項を記載しなければならない。\n"
             "(1)　第5条第3項の規定による募集をする個人情報ファイルである場合にあっては、その旨\n"
             "(2)　第5条第1項の提案を受ける組織の名称及び所在地")
    text = ASHIHARA.replace("第3条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。", entry)
    assert entry in text
    al = align(parse_text(text.replace("LAW", LAW)), load_profile())
    assert "提案の募集をする個人情報ファイルである旨の記載" not in [h.group.label_ja for h in al.must["C5"] if h.span is None]
    plain = text.replace("第5条第3項の規定による募集をする個人情報ファイルである場合にあっては、その旨", "個人情報ファイルの名称")
    al = align(parse_text(plain.replace("LAW", LAW)), load_profile())
    assert "提案の募集をする個人情報ファイルである旨の記載" in [h.group.label_ja for h in al.must["C5"] if h.span is None]


def test_after_creation_entry_with_the_items_named_before_the_register() -> None:
    # 「作成したときは、その本人の数、含まれる情報の項目その他規則で定める事項を個人情報ファイル簿に記載」:
    # the same entry, its contents named before the register
    before = ("実施機関は、町非識別加工情報を作成したときは、その本人の数、含まれる情報の項目その他規則で定める事項を"
              "個人情報ファイル簿に記載しなければならない。")
    text = ASHIHARA
    start = text.index("実施機関は、町非識別加工情報を作成したときは、当該町非識別加工情報の作成に用いた")
    end = text.index("。", start) + 1
    for entry, expected in ((before, False),
                            (before.replace("その本人の数、含まれる情報の項目その他", "提案を受ける組織の名称その他"), True)):
        drafted = text[:start] + entry + text[end:]
        for key, value in {"LAW": LAW, "MEASURES": MEASURES, "THIRD": THIRD}.items():
            drafted = drafted.replace(key, value)
        al = align(parse_text(drafted), load_profile())
        missing = [h.group.label_ja for h in al.must["C5"] if h.span is None]
        assert ("作成後の概要等の記載" in missing) is expected


def test_after_creation_entry_left_wholly_to_the_rules() -> None:
    # 「個人情報ファイル簿に規則で定める事項を記載しなければならない」: the entry's content is delegated
    # as the statute delegates the 概要 to a 政令 (第44条の11第1号)
    assert "作成後の概要等の記載" not in _missing("C5", AFTER="")
    assert "作成後の概要等の記載" in _missing("C5", AFTER="提案を受ける組織の名称その他")


REGISTER_CONDITION = "要件：個人情報ファイル簿への掲載"


def test_the_register_condition_as_publication_under_the_register_article() -> None:
    # 「ア　第3条の規定により公表されていること。」: published under the article that sets up the
    # ファイル簿 (行政機関個人情報保護法第2条第9項第1号 says it through the register's exclusions)
    plain = "(2)　町非識別加工情報　個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。"
    assert plain in ASHIHARA

    def listed(first: str) -> str:
        return ("(2)　町非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報を加工して得られる"
                f"非識別加工情報をいう。\nア　{first}\nイ　町の事務の適正かつ円滑な運営に支障のない範囲内で加工することができること。")

    assert REGISTER_CONDITION not in _missing("C2", **{plain: listed("第3条の規定により公表されていること。")})
    # the statute's own form of the condition: not one of the files the register leaves out
    assert REGISTER_CONDITION not in _missing("C2", **{plain: listed("第3条第2項各号のいずれかに該当するものでないこと。")})
    assert REGISTER_CONDITION in _missing("C2", **{plain: listed("規則で定める要件に該当すること。")})


def test_after_creation_entry_made_when_the_contract_is_concluded() -> None:
    # 「第1項の契約を締結したときは、当該町非識別加工情報の本人の数、項目及び利用期間を個人情報ファイル簿に
    # 記載しなければならない。」: the entry made at the contract rather than at the making
    contract = ("実施機関は、町非識別加工情報の利用に関する契約を締結したときは、当該町非識別加工情報の本人の数、"
                "項目及び利用期間を個人情報ファイル簿に記載しなければならない。")
    after = "第7条　実施機関は、町非識別加工情報を作成したときは、当該町非識別加工情報の作成に用いた保有個人情報を含む個人情報ファイルについては、個人情報ファイル簿にAFTER規則で定める事項を記載しなければならない。"
    assert after in ASHIHARA
    written = after.replace("AFTER", "")  # (the placeholders are filled before this key is looked for)
    assert "作成後の概要等の記載" not in _missing("C5", AFTER="", **{written: "第7条　" + contract})
    assert "作成後の概要等の記載" in _missing("C5", AFTER="", **{written: "第7条　" + contract.replace("本人の数、項目及び利用期間", "利用期間")})


def test_register_entry_written_without_the_comma_before_sono_mune() -> None:
    # 「第18条第1項の提案の募集をする個人情報ファイルである場合にはその旨」: no 、 before その旨
    from tests.conftest import FIXTURES

    model = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    entry = "　(1)　第47条の5第1項の提案の募集をする個人情報ファイルである旨"
    assert entry in model
    label = "提案の募集をする個人情報ファイルである旨の記載"

    def missing(text: str) -> list[str]:
        al = align(parse_text(text), load_profile())
        return [h.group.label_ja for h in al.must["C5"] if h.span is None]

    assert label not in missing(model.replace(entry, "　(1)　第47条の5第1項の提案の募集をする個人情報ファイルである場合にはその旨"))
    assert label in missing(model.replace(entry, "　(1)　第47条の5第1項の提案の方法"))


def test_register_entries_left_to_the_rules_by_the_list_closing_item() -> None:
    # the list names the files invited for proposals and closes with 「前各号に掲げるもののほか、規則で
    # 定める事項」: the organisation receiving proposals is among the matters left to the rules
    from tests.conftest import FIXTURES

    model = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    organisation = "　(2)　第47条の5第1項の提案を受ける組織の名称及び所在地\n"
    assert organisation in model

    def missing(text: str) -> list[str]:
        al = align(parse_text(text), load_profile())
        return [h.group.label_ja for h in al.must["C5"] if h.span is None]

    after_creation = "　(2)　次条第1項の提案を受ける組織の名称及び所在地\n"  # (the 第44条の11 entry says it too)
    model = model.replace(after_creation, "　(2)　次条第1項の提案をすることができる期間\n")
    closing = "　(2)　前各号に掲げるもののほか、規則で定める事項\n"
    assert "提案を受ける組織の名称" not in missing(model.replace(organisation, closing))
    assert "提案を受ける組織の名称" in missing(model.replace(organisation, ""))


def _model_missing(rid: str, old: str, new: str) -> list[str]:
    from tests.conftest import FIXTURES

    model = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    assert old in model
    al = align(parse_text(model.replace(old, new)), load_profile())
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_the_ban_on_re_identification_paraphrased() -> None:
    old = "当該実施機関非識別加工情報を他の情報と照合してはならない。"
    ban = "識別行為の禁止（他の情報と照合してはならない）"
    for new in ("本人を識別する目的で、当該実施機関非識別加工情報を他の情報と照合することをしてはならない。",
                "本人を識別する目的で、当該実施機関非識別加工情報を他の情報と照らし合わせることをしてはならない。"):
        assert ban not in _model_missing("C16", old, new), new
    assert ban in _model_missing("C16", old, "当該実施機関非識別加工情報を適正に管理しなければならない。")


def test_the_staffs_secrecy_duty_paraphrased() -> None:
    old = "実施機関非識別加工情報等に関する秘密をみだりに他人に知らせ、又は不当な目的に利用してはならない。"
    duty = "従事者の守秘義務（みだりに他人に知らせ…てはならない）"
    for new in ("実施機関非識別加工情報等の内容を正当な理由なく他に漏らし、又は不当な目的に使ってはならない。",
                "実施機関非識別加工情報等の内容を、正当な理由なく他に知らせ、又は不当な目的のために利用してはならない。"):
        missing = _model_missing("C17", old, new)
        assert duty not in missing, new


def test_proposal_on_created_information_by_the_articles_applied_to_it() -> None:
    # 「前各項の規定は、実施機関が作成した町非識別加工情報をその用に供して行う事業に関する提案について準用する。」
    label = "作成された非識別加工情報の利用に関する提案"
    for third in ("前2項の規定は、実施機関が作成した町非識別加工情報をその用に供して行う事業に関する提案について準用する。",
                  "前2項の規定は、第7条の記載がされた町非識別加工情報をその用に供して行う事業に関する提案について準用する。"):
        assert label not in _missing("C13", THIRD=third), third
    assert label in _missing("C13", THIRD="前2項の規定は、町非識別加工情報の作成の委託を受けた者について準用する。")

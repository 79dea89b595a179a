"""Forms of 2016-regime drafts written the way some bodies write them: a 非識別 mechanism in a 節 or in
a 第5章の2, the statute's conditions taken in by a 読替え, items excluded from a cited article's 各号,
a statute's title that contains one of its terms, the created-information track and the register
written in other words. Fictional 櫂谷市 drafts written for these tests."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

_PROFILE = load_profile()

KAIDANI = """櫂谷市個人情報保護条例

第1章　総則

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に利用するものとして、当該実施機関が保有しているものをいう。
(2)　個人情報ファイル　保有個人情報を含む情報の集合物であって、一定の事務の目的を達成するために体系的に構成したものをいう。
(3)　非識別加工情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「行個法」という。）第2条第8項に規定する非識別加工情報をいう。
(4)　市非識別加工情報　DEFINITION
(5)　市非識別加工情報ファイル　市非識別加工情報を含む情報の集合物であって、体系的に構成したものをいう。
(6)　市非識別加工情報取扱事業者　市非識別加工情報ファイルを事業の用に供している者をいう。

（利用及び提供の制限）
第3条　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。
OUTSIDE
第2章　個人情報の取扱い
第1節　個人情報ファイル

（個人情報ファイル簿）
第4条　実施機関は、その保有する個人情報ファイルについて、名称、利用目的その他規則で定める事項を記載したREGISTER、一般の閲覧に供しなければならない。

第2節　市非識別加工情報の提供

（作成及び提供等）
第5条　実施機関は、この節の規定に従い、市非識別加工情報を作成し、及び提供することができる。
2　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために削除情報（市非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号をいう。）を自ら利用し、又は提供してはならない。
INSIDE
（提案）
第6条　市非識別加工情報をその事業の用に供する市非識別加工情報取扱事業者になろうとする者は、実施機関に対し、当該事業に関する提案をすることができる。

（欠格事由）
第7条　次の各号のいずれかに該当する者は、前条の提案をすることができない。
(1)　未成年者
(2)　成年被後見人若しくは被保佐人又は破産者で復権を得ないもの
(3)　禁錮以上の刑に処せられ、その執行を終わった日から起算して2年を経過しない者
(4)　第9条の規定により契約を解除され、その解除の日から起算して2年を経過しない者
(5)　法人その他の団体であって、その役員のうちに前各号のいずれかに該当する者があるもの

（作成等）
第8条　実施機関は、市非識別加工情報を作成したときは、個人情報ファイル簿に当該市非識別加工情報の概要を記載しなければならない。
2　CREATED

（契約の解除）
第9条　実施機関は、契約を締結した者が第7条各号（EXCLUDED号を除く。）のいずれかに該当することとなったときは、当該契約を解除することができる。
"""

C2_PLAIN = ("次のいずれにも該当する個人情報ファイルを構成する保有個人情報の全部又は一部を加工して得られる非識別加工情報をいう。"
            "\nア　個人情報ファイル簿に掲載されるもの\nイ　開示する旨の決定をすることとなるもの\n"
            "ウ　市の事務の適正かつ円滑な運営に支障のない範囲内で加工することができるもの")


def _draft(**parts: str) -> str:
    values = {"DEFINITION": C2_PLAIN, "OUTSIDE": "", "REGISTER": "帳簿（以下「個人情報ファイル簿」という。）を作成し",
              "INSIDE": "", "CREATED": "", "EXCLUDED": "第4"}
    values.update(parts)
    text = KAIDANI
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def _missing(text: str, requirement: str) -> list[str]:
    al = align(parse_text(text), _PROFILE)
    return [h.group.label_ja for h in al.must[requirement] if h.span is None]


def _findings(text: str, rule: str) -> list[str]:
    review = review_ordinance(parse_text(text), _PROFILE)
    return [f.anchor_text for f in review.findings if f.rule == rule and f.severity in ("error", "warning")]


def test_an_item_excluded_from_a_cited_articles_items_is_that_articles_item() -> None:
    # 「第7条各号（第4号を除く。）」: 第7条 has five items; the bracket names one of them
    assert _findings(_draft(EXCLUDED="第4"), "ref.unresolved") == []
    # an item 第7条 does not have is still reported
    assert len(_findings(_draft(EXCLUDED="第6"), "ref.unresolved")) == 1


def test_a_statute_title_containing_a_term_is_not_a_use_of_it() -> None:
    titled = "（適用除外）\n第10条　独立行政法人等の保有する個人情報の保護に関する法律（平成15年法律第59号）の規定により提供された個人情報については、この条例は適用しない。\n"
    assert not any("独立行政法人等" in a for a in _findings(_draft() + titled, "term.statute_undefined"))
    used = "（適用除外）\n第10条　独立行政法人等から提供された個人情報については、この条例は適用しない。\n"
    assert any("独立行政法人等" in a for a in _findings(_draft() + used, "term.statute_undefined"))


LABEL_C4 = "法令に基づく場合等を除く提供の禁止"


def test_the_provision_ban_written_as_the_exclusion_of_the_general_limits_for_a_section_or_a_named_chapter() -> None:
    # the general limits set aside for the mechanism with no ban of its own: the element is missing
    bare = "3　第3条の規定は、市非識別加工情報の提供については、適用しない。\n"
    assert LABEL_C4 in _missing(_draft(INSIDE=bare), "C4")
    # 「この節の規定による…提供については、適用しない」 in the 節 that holds the mechanism
    inside = "3　第3条の規定は、この節の規定による市非識別加工情報の提供については、適用しない。\n"
    assert LABEL_C4 not in _missing(_draft(INSIDE=inside), "C4")
    # the same said in the general limits, naming the chapter that holds the mechanism
    outside = "2　前項の規定は、第2章第2節の規定による市非識別加工情報の提供については、適用しない。\n"
    assert LABEL_C4 not in _missing(_draft(OUTSIDE=outside), "C4")


LABEL_C13 = "作成された非識別加工情報の利用に関する提案"


def test_proposals_on_created_information_in_other_words() -> None:
    assert LABEL_C13 in _missing(_draft(), "C13")
    accepted = "実施機関は、前項の規定により記載した市非識別加工情報について、第6条及び第7条の規定の例により、その利用に関する提案を受けることができる。"
    assert LABEL_C13 not in _missing(_draft(CREATED=accepted), "C13")
    proposer = ("前項の規定により個人情報ファイル簿に記載された市非識別加工情報をその事業の用に供する"
                "市非識別加工情報取扱事業者になろうとする者は、実施機関に対し、当該事業に関する提案をすることができる。")
    assert LABEL_C13 not in _missing(_draft(CREATED=proposer), "C13")


def test_the_register_created_under_a_short_name() -> None:
    label = "個人情報ファイル簿の作成及び公表"
    text = _draft(REGISTER="帳簿（以下「ファイル簿」という。）を作成し").replace("個人情報ファイル簿に", "ファイル簿に")
    assert label not in _missing(text, "C3")
    assert label in _missing(_draft(REGISTER="帳簿を備え").replace("個人情報ファイル簿に", "帳簿に"), "C3")


CONDITIONS = ("要件：個人情報ファイル簿への掲載", "要件：開示決定又は意見書提出の機会", "要件：支障のない範囲内での加工")
EXCLUSION = "要件：情報公開条例の不開示情報に該当する部分の除外"


def test_the_statutes_conditions_taken_in_with_a_reading_over_in_brackets() -> None:
    read_over = ("行個法第2条第9項各号（同項第1号中「第11条第2項各号」とあるのは「櫂谷市個人情報保護条例第4条第2項各号」と読み替える。）"
                 "のいずれにも該当する個人情報ファイルを構成する保有個人情報の全部又は一部を加工して得られる非識別加工情報をいう。")
    assert [c for c in CONDITIONS if c in _missing(_draft(DEFINITION=read_over), "C2")] == []
    named = "行個法第2条第9項に規定する行政機関非識別加工情報に相当するものをいう。"
    assert [c for c in CONDITIONS if c in _missing(_draft(DEFINITION=named), "C2")] == list(CONDITIONS)


def test_the_exclusion_of_non_disclosable_parts_with_a_bracket_that_holds_a_full_stop() -> None:
    assert EXCLUSION in _missing(_draft(), "C2")
    statute_like = C2_PLAIN.replace(
        "保有個人情報の全部又は一部を",
        "保有個人情報の全部又は一部（これらの一部に情報公開条例第7条各号に掲げる情報（同条第1号に掲げる情報を除き、"
        "同号ただし書に規定する情報を含む。以下この号において同じ。）が含まれているときは、これらの情報に該当する部分を除く。）を")
    assert EXCLUSION not in _missing(_draft(DEFINITION=statute_like), "C2")


def test_a_reading_over_into_this_ordinance_names_its_own_article() -> None:
    def reading(target: str) -> str:
        return ("（欠格事由の特例）\n第10条　行個法第44条の6各号（同条第4号中「第44条の14」とあるのは、"
                f"「櫂谷市個人情報保護条例{target}」と読み替える。）のいずれかに該当する者も、第6条の提案をすることができない。\n")
    # the replacement names this ordinance's 第9条, which exists; 「第44条の14」 is the statute's wording
    assert _findings(_draft() + reading("第9条"), "ref.unresolved") == []
    # a replacement naming an article this ordinance does not have is a dangling reference
    assert _findings(_draft() + reading("第19条"), "ref.unresolved") == ["第19条"]

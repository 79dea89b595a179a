"""Definitions and entries the draft writes in its own way: a definition read with 読替え, one by
「法第N条第M項各号に掲げるものに相当するもの」, a contractor never named 「…取扱事業者」 (no
definition needed), and the register entry 「…の提案を受ける個人情報ファイルである旨」. Fictional
さざなみ湾岸広域連合 draft written for these tests (広域連合, kanji article and item numbers,
号-style definitions with イ・ロ・ハ, 情報公開条例 of its own)."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.checks.integrity_support import rows

SAZANAMI = """さざなみ湾岸広域連合個人情報保護条例

第一章　総則

（目的）
第一条　この条例は、広域連合の保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　一　実施機関　広域連合長、議会及び監査委員をいう。
　二　個人情報　行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号。以下「法」という。）第二条第二項に規定する個人情報をいう。
　三　広域連合文書　さざなみ湾岸広域連合情報公開条例（平成十二年さざなみ湾岸広域連合条例第四号。以下「情報公開条例」という。）第二条第二号に規定する広域連合文書をいう。
　四　保有個人情報　法第二条第五項中「行政機関の職員」とあるのは「実施機関の職員」と、「当該行政機関」とあるのは「当該実施機関」と、「行政文書（行政機関の保有する情報の公開に関する法律（平成十一年法律第四十二号）第二条第二項に規定する行政文書をいう。以下同じ。）」とあるのは「広域連合文書」と読み替えた場合における同項に規定する保有個人情報をいう。
　五　個人情報ファイル　保有個人情報を含む情報の集合物であって、法第二条第六項各号に掲げるものに相当するものをいう。
　六　非識別加工情報　法第二条第八項に規定する非識別加工情報をいう。
　七　実施機関非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報の全部又は一部（これらの一部に情報公開条例第七条に規定する非公開情報が含まれているときは、当該非公開情報に該当する部分を除く。）を加工して得られる非識別加工情報をいう。
　　イ　第三条第一項に規定する個人情報ファイル簿に掲載されるものであること。
　　ロ　情報公開条例の規定による公開の請求があったとしたならば、実施機関が当該広域連合文書に記録されている保有個人情報の全部若しくは一部を開示する旨の決定をし、又は意見書の提出の機会を与えることとなるものであること。
　　ハ　実施機関の事務の適正かつ円滑な運営に支障のない範囲内で、加工して非識別加工情報を作成することができるものであること。
　八　実施機関非識別加工情報ファイル　実施機関非識別加工情報を含む情報の集合物であって、特定の実施機関非識別加工情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。

第二章　個人情報ファイル簿

（個人情報ファイル簿）
第三条　実施機関は、当該実施機関が保有している個人情報ファイルについて、その名称、利用目的及び記録項目を記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。

第三章　実施機関非識別加工情報の提供

（ファイル簿への記載）
第四条　実施機関は、個人情報ファイルが第二条第七号イからハまでのいずれにも該当すると認めるときは、個人情報ファイル簿に、次条第一項の提案を受ける個人情報ファイルである旨及び同項の提案を受ける組織の名称及び所在地を記載しなければならない。

（提案）
第五条　実施機関非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。
２　前項の提案に係る契約を締結した者は、実施機関非識別加工情報を適切に管理しなければならない。
"""


def _missing(text: str, rid: str) -> list[str]:
    al = align(parse_text(text), load_profile())
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_definition_read_with_substitutions_adopts_the_statute() -> None:
    assert _missing(SAZANAMI, "A7") == []
    # the same paragraph cited without reading it into this body's words is no adoption of it
    own = SAZANAMI.replace(
        SAZANAMI[SAZANAMI.index("　四　保有個人情報　"):SAZANAMI.index("　五　個人情報ファイル")],
        "　四　保有個人情報　実施機関の職員が取得した個人情報であって、広域連合文書に記録されているものをいう。\n")
    assert "組織的に利用するもの" in _missing(own, "A7")


def test_definition_by_the_statute_items_it_corresponds_to() -> None:
    assert _missing(SAZANAMI, "A8") == []
    own = SAZANAMI.replace("法第二条第六項各号に掲げるものに相当するもの",
                           "特定の保有個人情報を電子計算機を用いて検索することができるように体系的に構成したもの")
    assert _missing(own, "A8") == ["手作業処理に係るもの（容易に検索することができるように体系的に構成したもの）"]


def test_items_cited_from_the_wrong_paragraph_are_drift() -> None:
    assert rows("cite.drift", SAZANAMI) == []
    drifted = SAZANAMI.replace("法第二条第六項各号", "法第二条第四項各号")
    assert rows("cite.drift", drifted) == [("cite.drift", "O1", "error", "法第二条第四項")]


def test_contractor_never_named_needs_no_definition() -> None:
    assert _missing(SAZANAMI, "C2") == []
    # the draft speaks of a 取扱事業者 it never defines: the definition is wanted
    named = SAZANAMI.replace("前項の提案に係る契約を締結した者", "前項の提案に係る取扱事業者")
    assert _missing(named, "C2") == ["取扱事業者の定義"]


def test_register_entry_for_files_that_take_proposals() -> None:
    assert "提案の募集をする個人情報ファイルである旨の記載" not in _missing(SAZANAMI, "C5")
    without = SAZANAMI.replace("次条第一項の提案を受ける個人情報ファイルである旨及び", "")
    assert "提案の募集をする個人情報ファイルである旨の記載" in _missing(without, "C5")


CLOSED = "　九　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴又は犯罪により害を被った事実が含まれる個人情報をいう。\n"
GENERAL = ("その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして"
           "規則で定める記述等")


def _on_item_nine(text: str) -> list:
    from ordreview.core.review import review_ordinance

    review = review_ordinance(parse_text(text), load_profile())
    return [f for f in review.findings if f.severity in ("error", "warning") and f.rule != "term.unused"
            and f.location.article == "2" and f.location.item == "9"]


def _in_article_two(text: str) -> list:
    from ordreview.core.review import review_ordinance

    review = review_ordinance(parse_text(text), load_profile())
    return [f for f in review.findings if f.severity in ("error", "warning")
            and f.location.article == "2" and f.location.item is None]


def _with_yohairyo(item: str) -> str:
    at = SAZANAMI.index("\n第二章")
    return SAZANAMI[:at] + "\n" + item.rstrip("\n") + SAZANAMI[at:]


def test_closed_list_of_sensitive_categories_is_one_finding() -> None:
    # the statute's general words and its 政令 delegation are one clause: a closed list lacks both
    found = _on_item_nine(_with_yohairyo(CLOSED))
    assert [(f.rule, f.requirement) for f in found] == [("def.yohairyo", "B2")]
    assert "不当な差別" in found[0].message_ja and "政令で定める要配慮事項" in found[0].message_ja
    # nor is the same requirement reported again on the article as a whole
    assert not [f for f in _in_article_two(_with_yohairyo(CLOSED)) if f.requirement in ("B1", "B2")]
    complete = CLOSED.replace("又は犯罪により害を被った事実が", "、犯罪により害を被った事実" + GENERAL + "が")
    assert _on_item_nine(_with_yohairyo(complete)) == []


def test_delegation_without_the_general_words_stays_its_own_finding() -> None:
    item = CLOSED.replace("又は犯罪により害を被った事実が", "、犯罪により害を被った事実その他規則で定める記述等が")
    found = _on_item_nine(_with_yohairyo(item))
    assert [(f.rule, f.requirement) for f in found] == [("gap", "B1")]

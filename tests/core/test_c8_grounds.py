"""C8 欠格事由: the grounds of 行政機関個人情報保護法 第44条の6, among them a contract cancelled within
two years (第5号). Without a cancellation provision at all the missing piece is the cancellation
article (C15), reported on its own, so the 欠格事由 is not judged against it a second time."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.checks.gaps import check_gaps
from ordreview.core.checks.context import CheckContext
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

DRAFT = """はるかぜ市個人情報保護条例

第1章　総則

（目的）
第1条　この条例は、市の機関が保有する個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において「実施機関」とは、市長及び教育委員会をいう。
2　この条例において「市非識別加工情報」とは、保有個人情報を加工して得られる情報であって、特定の個人を識別することができないように加工し、かつ、当該個人情報を復元することができないようにしたものをいう。

第2章　市非識別加工情報の提供

（市非識別加工情報の作成及び提供等）
第3条　実施機関は、この章の規定に従い、市非識別加工情報を作成し、及び提供することができる。

（提案）
第4条　市非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。

（欠格事由）
第5条　次の各号のいずれかに該当する者は、前条の提案をすることができない。
(1)　未成年者
(2)　破産手続開始の決定を受けて復権を得ない者
(3)　禁錮以上の刑に処せられ、その執行を終わった日から起算して2年を経過しない者
{ground}(5)　法人その他の団体であって、その役員のうちに前各号のいずれかに該当する者があるもの

（契約の締結）
第6条　実施機関は、提案をした者との間で、市非識別加工情報の利用に関する契約を締結するものとする。
{cancel}"""

GROUND = "(4)　第7条の規定により市非識別加工情報の利用に関する契約を解除され、その解除の日から起算して2年を経過しない者\n"
CANCEL = "\n（契約の解除）\n第7条　実施機関は、契約を締結した者が偽りその他不正の手段により契約を締結したときは、当該契約を解除することができる。\n"


def _c8(text: str):
    ordinance = parse_text(text)
    al = align(ordinance, load_profile())
    gaps = [f for f in check_gaps(CheckContext(ordinance=ordinance, profile=load_profile())) if f.requirement == "C8"]
    return [h.group.label_ja for h in al.must["C8"] if h.span is None], gaps


def test_every_ground_present() -> None:
    missing, gaps = _c8(DRAFT.format(ground=GROUND, cancel=CANCEL))
    assert missing == [] and gaps == []


def test_the_cancelled_contract_ground_is_looked_for() -> None:
    missing, gaps = _c8(DRAFT.format(ground="", cancel=CANCEL))
    assert missing == ["契約を解除され、その解除の日から2年を経過しない者"]
    assert [f.severity for f in gaps] == ["error"]


def test_without_a_cancellation_article_the_ground_is_not_reported_again() -> None:
    _, gaps = _c8(DRAFT.format(ground="", cancel=""))
    assert gaps == []


def test_the_grounds_closing_with_the_rest_left_to_the_rules() -> None:
    # 「…2年を経過しない者その他規則で定める欠格事由に該当する者」: the cancelled contract among those left to 規則
    text = DRAFT.format(ground="", cancel=CANCEL).replace(
        "2年を経過しない者\n", "2年を経過しない者その他規則で定める欠格事由に該当する者\n", 1)
    assert "その他規則で定める欠格事由" in text
    missing, gaps = _c8(text)
    assert missing == [] and gaps == []

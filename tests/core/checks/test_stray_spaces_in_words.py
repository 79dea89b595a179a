"""A web copy rejoined with stray half-width spaces inside words and numbers (「個人情報 の保護に関する
法律（平 成十五年法律第五十八号）」, 「百五十万円 以下の罰金」) must be judged as the clean draft: the
wrong law number, the penalty over the limit and the first citation of an ordinance are found
once, whatever the spaces; the spaces after a unit's label and a defined term stay meaningful."""

from __future__ import annotations

import re

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

CLEAN = """はるかぜ町個人情報保護条例
（目的）
第一条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　一　個人情報　個人に関する情報であって、特定の個人を識別することができるものをいう。
　二　実施機関　町長、教育委員会及び議会をいう。
（事業者の責務）
第三条　事業者は、個人情報の保護に関する法律（平成十五年法律第五十八号）その他の法令の定めるところにより、個人情報を適正に取り扱わなければならない。
（他の条例との関係）
第四条　はるかぜ町情報公開条例の規定による公開については、この条例の規定は、適用しない。
２　前項の規定にかかわらず、はるかぜ町情報公開条例の規定による公開の請求に係る事務は、実施機関が行う。
（罰則）
第五条　実施機関の職員が、正当な理由がないのに、個人情報を提供したときは、三年以下の懲役又は百五十万円以下の罰金に処する。
（審査請求）
第六条　審査請求については、行政不服審査法（平成二十六年法律第六十八号）第九条第一項本文の規定は、適用しない。
２　前項の審査請求に係る行政不服審査法第十一条第二項の規定の適用については、地方自治法（昭和二十二年法律第六十七号）第二百四十四条の二第三項に規定する指定管理者を実施機関とみなす。
"""

STRAY = (
    CLEAN.replace("個人情報の保護に関する法律（平成十五年", "個人情報 の保護に関する法律（平 成十五年")
    .replace("法律第五十八号）その他", "法律 第五十八号 ）その他")
    .replace("百五十万円以下の罰金", "百五十万円 以下の罰金")
    .replace("三年以下の懲役", "三 年以下の懲役")
    .replace("第四条　はるかぜ町情報公開条例", "第四条　はるかぜ町 情報公開条例")
    .replace("かかわらず、はるかぜ町情報公開条例", "かかわらず、はるかぜ町情報 公開条例")
    .replace("実施機関が行う。", "実施機関 が行う。")
    .replace("行政不服審査法（平成二十六年法律第六十八号）", "行政不服審査法 （平成二十六年法律第六十八号 ）")
    .replace("地方自治法（昭和", "地方自治法 （昭和")
)


def _findings(text: str) -> list[tuple[str, str, str]]:
    review = review_ordinance(parse_text(text), load_profile(None))
    return sorted(
        (f.rule, f.location.article or "", re.sub(r"\s", "", f.message_ja))
        for f in review.findings
        if f.rule in ("cite.law_number_wrong", "cite.law_number_shared", "penalty.limit", "cite.law_number")
    )


def test_the_clean_draft_has_the_findings_to_keep() -> None:
    rules = {rule for rule, _, _ in _findings(CLEAN)}
    assert {"cite.law_number_wrong", "penalty.limit", "cite.law_number"} <= rules


def test_stray_spaces_change_no_finding() -> None:
    assert _findings(STRAY) == _findings(CLEAN)


def test_a_provision_after_a_spaced_law_number_is_the_laws() -> None:
    refs = [r for r in parse_text(STRAY).references if "二百四十四条" in r.text or "九条" in r.text]
    assert refs and all(r.kind == "external" or r.external_law for r in refs)


def test_the_spaces_after_a_label_and_a_term_stay_in_the_joined_text() -> None:
    from ordreview.core.checks.integrity_index import index_for

    copy = STRAY.replace("　一　個人情報　", " 一 個人情報 ").replace("第五条　", "第五条 ").replace("２　前項", "２ 前項")
    joined = index_for(parse_text(copy)).joined
    assert "一 個人情報 個人に関する" in joined
    assert "第五条 実施機関" in joined and "2 前項" in joined
    assert "百五十万円以下の罰金" in joined and "実施機関が行う" in joined


def test_stray_spaces_in_numbers_and_after_an_items_first_words_go() -> None:
    from ordreview.core.checks.integrity_index import index_for

    text = (
        "あおぞら村情報公開条例\n"
        "（開示義務）\n"
        "第1条　実施機関は、次に掲げる情報を除き、公文書を開示しなければならない。\n"
        "一　個人に関する情報。ただし、次に掲げる情報を除く。\n"
        "ア　当該個人が公務員等（国家 公務員法（昭和二十二年法律 第百二十号）第2条第1 項に規定する国家公務員をいう。）である場合の情報\n"
    )
    joined = index_for(parse_text(text)).joined
    assert "(国家公務員法(昭和二十二年法律第百二十号)第2条第1項に規定する" in joined
    assert "ア 当該個人" in joined  # the space after the item's letter is kept


def test_the_law_number_of_a_spaced_name_in_an_item_is_read() -> None:
    item = "ア　当該個人が公務員等（国家公務員法（昭和二十二年法律第百二十号）第二条第一項に規定する国家公務員をいう。）である場合の情報\n"
    clean = CLEAN + "（開示）\n第七条　実施機関は、次に掲げる情報を除き、公文書を開示しなければならない。\n" + item
    stray = clean.replace("（国家公務員法（昭和二十二年法律第百二十号）", "（国家 公務員法（昭和二十二年法律 第百二十号）")
    assert _findings(stray) == _findings(clean)


def test_a_space_deep_in_a_paragraphs_first_words_is_stray() -> None:
    from ordreview.core.checks.integrity_index import index_for

    text = (
        "あおぞら村情報公開条例施行規則\n"
        "第1条　この規則は、あおぞら村情報公開条例の施行に関し必要な事項を定める。\n"
        "附　則\n"
        "１ この規則は、令和８年４月１日から施行する。\n"
        "２ この規則の施行の際現に廃止前のあおぞら 村公文書公開規則に定める様式は、使用することができる。\n"
    )
    joined = index_for(parse_text(text)).joined
    assert "廃止前のあおぞら村公文書公開規則" in joined
    assert "2 この規則" in joined

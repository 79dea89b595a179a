"""Forms met in the held-out sets fe–fh (scored 2026-12-07), each sentence written for the test.

The profile's element alternatives are matched as the engine matches them (folded text, the prefix
naming where to look taken off): each form a writer used for a statutory element must be read as that
element, and the nearest wording that does not say it must not.
"""

from __future__ import annotations

import re

from ordreview.core.profile import load_profile
from ordreview.core.text import fold


def _said(requirement: str, label: str, text: str) -> bool:
    profile = load_profile()
    req = next(r for r in profile.requirements if r.id == requirement)
    element = next(e for e in req.must if e.label_ja.startswith(label))
    folded = fold(text)
    for alternative in element.any:
        pattern = re.sub(r"^(?:in_definition:[^:]+:|document:)", "", alternative)
        if ":" in pattern.split("(", 1)[0]:
            continue  # cites:, law_reach:, applied: … are read by their own code
        if re.search(pattern, folded):
            return True
    return False


def test_the_contract_of_use_in_everyday_words() -> None:
    # 旅籠ノ関市 (です・ます) and 萩園町: 「…契約を結ぶことができます」 is 第44条の9's 「契約を締結することができる」
    assert _said("C11", "利用に関する契約の締結",
                 "前条第2項の通知を受けた人は、実施機関と、実施機関非識別加工情報を使うことについての契約を結ぶことができます。")
    assert _said("C11", "利用に関する契約の締結",
                 "規則で定めるところにより、町の機関と、町非識別加工情報の利用の契約を結ぶことができる。")
    assert not _said("C11", "利用に関する契約の締結", "実施機関は、個人情報の取扱いを外部に任せるときは、委託の契約を結ぶ。")
    # the signal that finds the article
    profile = load_profile()
    c11 = next(r for r in profile.requirements if r.id == "C11")
    assert "契約を結ぶことができ" in [s.text for s in c11.signals]


def test_the_invitation_at_set_times_in_everyday_words() -> None:
    assert _said("C6", "募集を定期的に",
                 "実施機関は、規則で定めるところにより、決まった時期に、個人情報ファイル簿に載せている個人情報ファイルについて、"
                 "次条第1項の提案を募集します。")
    assert not _said("C6", "募集を定期的に", "実施機関は、必要に応じて、次条第1項の提案を募集します。")


def test_the_ban_on_other_provision_in_everyday_words() -> None:
    text = ("2　実施機関は、法令等に基づくときを除き、実施機関非識別加工情報と削除情報（保有個人情報に当たるものに限ります。）を、"
            "集めた目的以外の目的のために自ら使ったり、渡したりしてはいけません。")
    assert _said("C4", "法令に基づく場合等を除く提供の禁止", text)
    # the 削除情報 alone is not the information itself
    assert not _said("C4", "法令に基づく場合等を除く提供の禁止",
                     "2　実施機関は、削除情報を、集めた目的以外の目的のために自ら使ったり、渡したりしてはいけません。")


def test_the_exception_taking_in_the_chapter_in_everyday_words() -> None:
    assert _said("C18", "利用及び提供の制限の例外",
                 "3　第1項の「法令等に基づくとき」には、第4章の規定に従って実施機関非識別加工情報を提供するときを含みます。")
    assert not _said("C18", "利用及び提供の制限の例外",
                     "3　第1項の「法令等に基づくとき」には、規則で定めるときを含みます。")


def test_the_register_condition_joined_by_de_naku() -> None:
    # 上瀬病院企業団: 「…帳簿に掲載しないこととされるものでなく、…」 joins the register condition to the next one
    text = ("個人情報ファイルのうち、第9条第2項に規定するもの又は同条第3項の規定により同条第1項に規定する帳簿に掲載しないこととされる"
            "ものでなく、情報公開条例の規定による開示の請求があったとしたならば")
    assert _said("C2", "要件：個人情報ファイル簿への掲載", text)
    assert not _said("C2", "要件：個人情報ファイル簿への掲載", "個人情報ファイルのうち、情報公開条例の規定による開示の請求があったとしたならば")

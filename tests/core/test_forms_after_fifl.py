"""Forms met in the held-out sets fi–fl (scored 2026-12-07), each sentence written for the test: the
mechanism in everyday words (a 町 written in です・ます), read as the statute's elements by the profile's
alternatives and the everyday-word forms of ``align_elements.plain_variants``."""

from __future__ import annotations

import re

from ordreview.core.align_elements import plain_variants, polite_variants
from ordreview.core.profile import load_profile
from ordreview.core.text import fold


def _said(requirement: str, label: str, text: str) -> bool:
    req = next(r for r in load_profile().requirements if r.id == requirement)
    element = next(e for e in req.must if e.label_ja.startswith(label))
    folded = fold(text)
    for alternative in element.any:
        pattern = re.sub(r"^(?:in_definition:[^:]+:|document:)", "", alternative)
        if ":" in pattern.split("(", 1)[0]:
            continue  # cites:, law_reach: … are read by their own code
        forms = [pattern, *plain_variants(pattern)]
        forms += [p for f in forms for p in polite_variants(f)]
        if any(re.search(f, folded) for f in forms):
            return True
    return False


def test_not_identifiable_in_everyday_words() -> None:
    assert _said("C1", "特定の個人を識別することができないように加工",
                 "それぞれに定める措置をとって特定の個人を見分けることができないように個人情報を加工して得られる")
    assert not _said("C1", "特定の個人を識別することができないように加工",
                     "それぞれに定める措置をとって個人情報を加工して得られる")


def test_the_work_asked_of_another_in_everyday_words() -> None:
    assert _said("C12", "委託を受けた者への適用",
                 "2　前項の規定は、実施機関から実施機関非識別加工情報を作る仕事を頼まれた人が、その仕事をするときにも使います。")
    assert not _said("C12", "委託を受けた者への適用", "2　前項の規定は、実施機関の職員が、その仕事をするときにも使います。")


def test_kept_from_leaking_in_everyday_words() -> None:
    assert _said("C16", "漏えいの防止等の安全管理措置",
                 "2　取扱事業者は、実施機関非識別加工情報がもれないように、また、正しく管理するために、必要な手立てをとらなければなりません。")
    assert _said("C7", "漏えいの防止その他の措置",
                 "(7)　もれることを防ぐなど、実施機関非識別加工情報を正しく管理するための手立て")
    assert not _said("C7", "漏えいの防止その他の措置", "(7)　実施機関非識別加工情報を使う期間")


def test_the_chapter_let_through_with_a_tari_verb() -> None:
    assert _said("C18", "利用及び提供の制限の例外",
                 "3　第1項の「法令等に基づくとき」には、第16条から第28条までの規定に従って実施機関非識別加工情報を作ったり、"
                 "渡したりするときを含みます。")

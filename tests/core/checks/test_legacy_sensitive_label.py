"""B6: a legacy label for sensitive information beside 要配慮個人情報, in its 「…な個人情報」 form as
much as in the compound (drafts written here)."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """ゆうなぎ市個人情報保護条例

（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
(2)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。
（収集の制限）
第2条　実施機関は、{label}を収集してはならない。ただし、法令に定めがあるときは、この限りでない。
（登録）
第3条　実施機関は、要配慮個人情報を取り扱う事務について、その旨を登録しなければならない。
"""


def _b6(label: str) -> list[str]:
    r = review_ordinance(parse_text(DRAFT.format(label=label)), load_profile("basic-policy-2016"))
    return [f.location.article for f in r.findings if f.requirement == "B6" and f.severity == "warning"]


@pytest.mark.parametrize("label", ["機微な個人情報", "機微情報", "センシティブな個人情報", "センシティブ情報"])
def test_a_legacy_label_beside_the_defined_term_is_reported(label: str) -> None:
    assert _b6(label) == ["2"]


def test_the_defined_term_itself_is_no_finding() -> None:
    assert _b6("要配慮個人情報") == []

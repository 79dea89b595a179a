"""An ordinance cited with its number, in a copy with a stray space between 条 and 例
(「…保護条 例（平成15年…条例第22号）」): that is still its first citation, with its number, so a
later citation is not reported as the first one without a number (fictional text)."""

from __future__ import annotations

from tests.core.checks.integrity_support import findings

TEXT = """かもめ市個人情報の保護に関する法律施行条例
（趣旨）
第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号）の施行に関し必要な事項を定める。
附　則
（施行期日）
1　この条例は、令和5年4月1日から施行する。
（かもめ市個人情報保護条例の廃止）
2　かもめ市個人情報保護条例（平成15年かもめ市条例第22号）は、廃止する。
3　前項の規定による廃止前のかもめ市個人情報保護条例第14条の規定によりされた請求は、なお従前の例による。
"""


def _count(text: str) -> int:
    return len(findings("cite.law_number", text))


def test_a_space_between_jo_and_rei_keeps_the_numbered_first_citation() -> None:
    assert _count(TEXT) == 0
    assert _count(TEXT.replace("2　かもめ市個人情報保護条例（", "2　かもめ市個人情報保護条 例（")) == 0
    # without the number, the first citation is reported
    assert _count(TEXT.replace("かもめ市個人情報保護条例（平成15年かもめ市条例第22号）", "かもめ市個人情報保護条 例")) == 1

"""A known law cited with a copy's stray space inside its name (「行政機関の保有する 個人情報の
保護に関する法律（平 成15年法律第57号）」): the citation is of the longer law, so a wrong number
is that law's wrong number, and the shorter name inside it is not cited (fictional text)."""

from __future__ import annotations

from tests.core.checks.integrity_support import findings

CLEAN = """あおさぎ県個人情報保護条例
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（1）　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
　ア　当該情報に含まれる氏名その他の記述等により特定の個人を識別することができるもの
　イ　行政機関の保有する個人情報の保護に関する法律（平成15年法律第57号）第2条第3項に規定する個人識別符号が含まれるもの
（2）　実施機関　知事及び教育委員会をいう。
"""

STRAY = CLEAN.replace("保有する個人情報の", "保有する 個人情報の").replace("（平成15年", "（平 成15年")


def _codes(text: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.code) for rule in ("cite.law_number_wrong", "cite.drift") for f in findings(rule, text))


def test_the_wrong_number_of_the_longer_law_is_found_with_or_without_the_stray_spaces() -> None:
    clean = _codes(CLEAN)
    assert [rule for rule, _ in clean] == ["cite.law_number_wrong"]
    assert _codes(STRAY) == clean


def test_a_space_after_an_item_marker_still_separates_the_name() -> None:
    text = CLEAN.replace("　イ　行政機関の保有する個人情報の保護に関する法律", "　イ 個人情報の保護に関する法律")
    # the 2003 Act is cited (its own number), and its 第2条第3項 is not 個人識別符号
    assert [rule for rule, _ in _codes(text)] == ["cite.drift"]

"""A drifted citation in a definition by reference is reported under the defined term's
requirement; the pre-2017 number and citations outside definitions stay under O1."""

from __future__ import annotations

from tests.core.checks.integrity_support import findings

KOJOHOHO = "個人情報の保護に関する法律（平成15年法律第57号。以下「個人情報保護法」という。）"
GYOKOHO = "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）"

DEFS = """（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
(2)　個人識別符号　{code}
(3)　個人情報ファイル　{file}
"""


def _requirements(code: str, file: str = "保有個人情報を含む情報の集合物をいう。") -> list[tuple[str, str]]:
    return [(f.requirement, f.suggestion or "") for f in findings("cite.drift", DEFS.format(code=code, file=file))]


def test_number_that_never_meant_the_term_goes_to_the_definition() -> None:
    assert _requirements(f"{KOJOHOHO}第2条第3項に規定する個人識別符号をいう。") == [("A2", "第2条第2項")]
    assert _requirements(f"{GYOKOHO}第2条第2項に規定する個人識別符号をいう。") == [("A2", "第2条第3項")]


def test_right_number_is_no_finding() -> None:
    assert _requirements(f"{GYOKOHO}第2条第3項に規定する個人識別符号をいう。") == []


def test_pre_2017_number_stays_a_citation_finding() -> None:
    found = _requirements(f"{GYOKOHO}第2条第3項に規定する個人識別符号をいう。",
                          "法第2条第4項に規定する個人情報ファイルをいう。")
    assert found == [("O1", "第2条第6項")]


def test_citation_outside_the_definition_stays_o1() -> None:
    text = DEFS.format(code=f"{GYOKOHO}第2条第3項に規定する個人識別符号をいう。",
                       file="保有個人情報を含む情報の集合物をいう。")
    text += "（収集の制限）\n第3条　実施機関は、法第2条第2項に規定する個人識別符号を収集するときは、本人から収集しなければならない。\n"
    assert [f.requirement for f in findings("cite.drift", text)] == ["O1"]

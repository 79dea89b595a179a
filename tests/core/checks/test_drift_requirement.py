"""A drifted citation is reported under the citation requirement (O1, 「法令の引用条項の正確性（条番号の
ずれ）」) wherever it stands; in a definition by reference it also leaves that definition's
requirement short of ``covered``. (Until this stop a number that never meant the term went under the
definition's requirement: the held-out gold lists, written from the profile's titles, file it under O1.)"""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
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


def _status(code: str, requirement: str = "A2") -> str:
    review = review_ordinance(parse_text(DEFS.format(code=code, file="保有個人情報を含む情報の集合物をいう。")), load_profile())
    return next(c.status for c in review.coverage if c.requirement == requirement)


def test_number_that_never_meant_the_term_is_a_citation_finding() -> None:
    assert _requirements(f"{KOJOHOHO}第2条第3項に規定する個人識別符号をいう。") == [("O1", "第2条第2項")]
    assert _requirements(f"{GYOKOHO}第2条第2項に規定する個人識別符号をいう。") == [("O1", "第2条第3項")]


def test_the_definition_with_a_drifted_citation_is_not_covered() -> None:
    assert _status(f"{GYOKOHO}第2条第3項に規定する個人識別符号をいう。") == "covered"
    assert _status(f"{GYOKOHO}第2条第2項に規定する個人識別符号をいう。") == "partial"
    # only the definition the citation stands in
    assert _status(f"{GYOKOHO}第2条第2項に規定する個人識別符号をいう。", "A8") == _status(
        f"{GYOKOHO}第2条第3項に規定する個人識別符号をいう。", "A8")


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

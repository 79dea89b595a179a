"""Definitions that adopt the statute's by reference, and the body's own name for 実施機関
(core/adoption.py and its use by the alignment and the definition diff)."""

from __future__ import annotations

import re

import pytest

from ordreview.core.adoption import adopts_by_reference, own_name_variants
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("body", "term", "expected"),
    [
        ("行政機関個人情報保護法第2条第8項の規定の例により個人情報を加工して得られる情報をいう。", "非識別加工情報", True),
        ("行政機関の保有する個人情報の保護に関する法律第２条第８項に規定する非識別加工情報をいう。", "非識別加工情報", True),
        ("法第2条第9項に規定する行政機関非識別加工情報の例により市が作成するものをいう。", "市非識別加工情報", True),
        # several terms defined at once, each by the statute's noun in its place (それぞれ)
        ("「非識別加工情報」、「実施機関非識別加工情報」又は「実施機関非識別加工情報ファイル」とは、それぞれ法第二条第八項に"
         "規定する非識別加工情報又は同条第九項及び第十項に規定する行政機関非識別加工情報若しくは行政機関非識別加工情報ファイル"
         "に相当するものであって、実施機関が作成するものに係るものをいう。", "実施機関非識別加工情報ファイル", True),
        ("「非識別加工情報」又は「削除情報」とは、それぞれ法第二条第八項に規定する非識別加工情報に相当するもの又は"
         "規則で定めるものをいう。", "削除情報", False),
        # the statute's thing narrowed to what the body holds
        ("法第二条第六項に規定する個人情報ファイルのうち、実施機関が保有するものをいう。", "個人情報ファイル", True),
        ("法第二条第六項に規定する個人情報ファイルのうち、電子計算機で処理するものをいう。", "個人情報ファイル", False),
        # the citation inside a parenthesis defines another term
        ("個人識別符号（法第2条第3項に規定する個人識別符号をいう。）が含まれるものをいう。", "個人情報", False),
        # a citation of another noun is no adoption of this definition
        ("第10条第1項に規定する個人情報ファイル簿に掲載されたものをいう。", "非識別加工情報", False),
        ("特定の個人を識別することができないように加工したものをいう。", "非識別加工情報", False),
    ],
)
def test_adoption_by_reference(body: str, term: str, expected: bool) -> None:
    assert adopts_by_reference(body, term) is expected


def test_own_name_for_the_implementing_body() -> None:
    names = ["非識別加工情報", "市非識別加工情報", "さくら町非識別加工情報", "行政機関非識別加工情報", "市非識別加工情報ファイル"]
    assert own_name_variants("実施機関非識別加工情報", names) == ["市非識別加工情報", "さくら町非識別加工情報"]
    assert own_name_variants("非識別加工情報", names) == []


def test_own_name_of_a_union_or_other_body_is_any_short_name_but_the_national_organs() -> None:
    # a 広域連合 that calls itself 「広域連合」 writes 連合非識別加工情報; an 独立行政法人 prefix names
    # the statute's own term for the national bodies, never the draft's body
    names = ["連合非識別加工情報", "本広域連合非識別加工情報", "独立行政法人等非識別加工情報", "行政機関非識別加工情報"]
    assert own_name_variants("実施機関非識別加工情報", names) == ["連合非識別加工情報", "本広域連合非識別加工情報"]


def test_a_union_defining_its_own_named_information_has_the_definition() -> None:
    text = _model().replace("実施機関非識別加工情報", "連合非識別加工情報")
    assert ("gap", "C2", "error") not in _rows(text)
    assert ("gap", "C2", "error") in _rows(text.replace("「連合非識別加工情報」とは", "「連合加工情報」とは"))


def _model() -> str:
    return (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")


def _rows(text: str) -> set[tuple[str, str | None, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return {(f.rule, f.requirement, f.severity) for f in review.findings if f.severity in ("error", "warning")}


def _by_reference(text: str) -> str:
    """The model with 非識別加工情報 and 実施機関非識別加工情報 defined by reference (items dropped)."""
    lines = text.split("\n")
    i = next(n for n, line in enumerate(lines) if line.startswith("8　この条例において「非識別加工情報」とは"))
    j = next(n for n, line in enumerate(lines) if line.startswith("10　この条例において「実施機関非識別加工情報ファイル」"))
    lines[i:j] = [
        "8　この条例において「非識別加工情報」とは、行政機関の保有する個人情報の保護に関する法律"
        "第2条第8項の規定の例により個人情報を加工して得られる個人に関する情報をいう。",
        "9　この条例において「市非識別加工情報」とは、行政機関の保有する個人情報の保護に関する法律"
        "第2条第9項に規定する行政機関非識別加工情報の例により実施機関が作成する非識別加工情報をいう。",
    ]
    return "\n".join(lines).replace("実施機関非識別加工情報", "市非識別加工情報")


def test_definitions_by_reference_have_every_element() -> None:
    model = _rows(_model())
    adopted = _rows(_by_reference(_model()))
    c_findings = {r for r in adopted - model if r[1] in ("C1", "C2")}
    assert c_findings == set()


def test_definition_without_the_elements_and_without_reference_is_still_a_gap() -> None:
    text = _by_reference(_model())
    text = re.sub(r"行政機関の保有する個人情報の保護に関する法律第2条第8項の規定の例により", "", text)
    assert ("gap", "C1", "error") in _rows(text)

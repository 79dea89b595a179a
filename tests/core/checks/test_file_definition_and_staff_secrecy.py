"""個人情報ファイル defined by the statute's items with a condition on what it contains (A8), and the
staff duty of the 非識別 chapter worded as a duty not to divulge secrets (C17)."""

from __future__ import annotations

import pytest

from ordreview.core.adoption import adopts_by_reference
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

_FILE_DEF = (
    "6　この条例において「個人情報ファイル」とは、保有個人情報を含む情報の集合物であって、次に掲げるものをいう。\n"
    "　(1)　一定の事務の目的を達成するために特定の保有個人情報を電子計算機を用いて検索することができるように体系的に構成したもの\n"
    "　(2)　前号に掲げるもののほか、一定の事務の目的を達成するために氏名、生年月日、その他の記述等により特定の保有個人情報を容易に検索することができるように体系的に構成したもの\n"
)
_DUTY = "秘密をみだりに他人に知らせ、又は不当な目的に利用してはならない。"


def _model() -> str:
    text = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    assert _FILE_DEF in text and text.count(_DUTY) == 1
    return text


def _gaps(text: str, requirement: str) -> list[str]:
    review = review_ordinance(parse_text(text), load_profile())
    return [f.message_ja for f in review.findings
            if f.rule == "gap" and f.requirement == requirement and f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政機関の保有する個人情報の保護に関する法律第2条第6項各号に掲げる集合物に相当するものであって、"
         "保有個人情報を含むものをいう。", True),
        ("法第２条第６項各号に掲げる集合物に相当するものであって、実施機関が保有するものをいう。", True),
        ("法第2条第6項各号に掲げる集合物に相当するものをいう。", True),
        # a condition that keeps one of the items only is no adoption of both
        ("法第2条第6項各号に掲げる集合物に相当するもののうち、電子計算機処理に係るものをいう。", False),
        ("法第2条第6項各号に掲げる集合物に相当するものであって、電子計算機を用いて検索することができるものをいう。", False),
    ],
)
def test_file_defined_by_the_statute_items(body: str, expected: bool) -> None:
    assert adopts_by_reference(body, "個人情報ファイル") is expected


def test_file_definition_by_the_items_has_both_kinds() -> None:
    cited = _model().replace(
        _FILE_DEF,
        "6　この条例において「個人情報ファイル」とは、行政機関の保有する個人情報の保護に関する法律第2条第6項各号に掲げる"
        "集合物に相当するものであって、保有個人情報を含むものをいう。\n")
    assert _gaps(cited, "A8") == []
    narrowed = _model().replace(
        _FILE_DEF,
        "6　この条例において「個人情報ファイル」とは、保有個人情報を含む情報の集合物であって、"
        "電子計算機を用いて検索することができるように体系的に構成したものをいう。\n")
    assert _gaps(narrowed, "A8")


def test_staff_duty_not_to_divulge_secrets_is_the_duty() -> None:
    assert _gaps(_model(), "C17") == []
    assert _gaps(_model().replace(_DUTY, "秘密を漏らし、又は盗用してはならない。"), "C17") == []
    assert _gaps(_model().replace(_DUTY, "秘密を漏らしてはならない。"), "C17") == []


def test_staff_article_without_a_secrecy_duty_is_still_reported() -> None:
    gaps = _gaps(_model().replace(_DUTY, "事務を適正に行わなければならない。"), "C17")
    assert gaps and "守秘義務" in gaps[0]

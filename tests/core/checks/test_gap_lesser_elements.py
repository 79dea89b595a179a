"""A partial finding whose missing elements are all ones another provision partly secures takes
their lesser severity (C4's limit on 削除情報: while they remain 保有個人情報 the general limit on
use and provision still reaches them). The ban on providing the processed information otherwise
(第44条の2第2項) has no such stand-in: 非識別加工情報 is no 保有個人情報, so it stays an error
(tests/core/checks/test_gaps_c4_o12.py)."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.core.test_c_statute_wording import DELETED, FILE, GENERAL, KAEDE, OPINION, REGISTER


def _c4(**parts: str) -> list[tuple[str, str]]:
    values = {"GENERAL": GENERAL, "REGISTER": REGISTER, "FILE": FILE, "DELETED": DELETED, "OPINION": OPINION, **parts}
    text = KAEDE
    for key, value in values.items():
        text = text.replace(key, value)
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.severity, f.message_ja) for f in review.findings if f.requirement == "C4" and f.rule == "gap"]


def test_only_the_deleted_information_limit_missing_is_a_warning() -> None:
    assert _c4() == []
    [(severity, message)] = _c4(DELETED="市非識別加工情報の作成に当たっては、規則で定める基準に従わなければならない。")
    assert "削除情報の利用・提供の制限" in message
    assert severity == "warning"


def test_the_chapter_rule_missing_as_well_keeps_the_requirements_severity() -> None:
    text_parts = {"DELETED": "市非識別加工情報の作成に当たっては、規則で定める基準に従わなければならない。"}
    found = _c4(**text_parts)
    assert found and found[0][0] == "warning"
    # without 「この章の規定に従い」 the element carrying no lesser severity is missing too: error
    import tests.core.test_c_statute_wording as kaede

    text = kaede.KAEDE.replace("実施機関は、この章の規定に従い、市非識別加工情報を作成し、及び提供することができる。",
                               "実施機関は、市非識別加工情報を作成することができる。")
    assert text != kaede.KAEDE
    values = {"GENERAL": GENERAL, "REGISTER": REGISTER, "FILE": FILE, "OPINION": OPINION, **text_parts}
    for key, value in values.items():
        text = text.replace(key, value)
    review = review_ordinance(parse_text(text), load_profile())
    severities = [f.severity for f in review.findings if f.requirement == "C4" and f.rule == "gap"]
    assert severities == ["error"]

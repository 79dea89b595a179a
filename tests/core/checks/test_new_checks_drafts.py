"""The citation, 附則 and statute-term rules on two whole drafts written for these tests.

``drafts/prefecture-fullwidth.txt``: a 県 with full-width numbers, a 附則 written with 条, a
旧条例 repealed and used in the 経過措置, 特定個人情報 defined by reference to 番号法, every law
cited with its own number — none of these rules may report anything.

``drafts/town-kanji-fusoku.txt``: an old-style 町 with kanji numbers and 付則, with four
seeded defects (listed here before the rules were run on it): 地方公務員法 cited with 第二百六十二号
(its number is 第二百六十一号), 特定個人情報 used with no definition and no 番号法 citation, an
entry into force (令和三年三月一日) before the promulgation (令和三年三月十五日), and 付則第四項
cited in a 付則 of three 項.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFTS = Path(__file__).parent / "drafts"
RULES = ("cite.law_number_wrong", "cite.law_number_shared", "cite.law_number", "suppl.date", "suppl.reference",
         "suppl.old_undefined", "suppl.repeal", "term.statute_undefined", "term.unused")

GOLD = {
    "prefecture-fullwidth.txt": [],
    "town-kanji-fusoku.txt": [
        ("cite.law_number_wrong", "O6", "error", "3", "昭和二十五年法律第二百六十二号"),
        ("term.statute_undefined", "O4", "warning", "4", "特定個人情報"),
        ("suppl.date", "O10", "error", None, "令和三年三月一日"),
        ("suppl.reference", "O2", "error", None, "付則第四項"),
    ],
}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_new_rules_find_exactly_the_seeded_defects(name: str) -> None:
    review = review_ordinance(parse_text((DRAFTS / name).read_text(encoding="utf-8")), load_profile())
    found = [(f.rule, f.requirement, f.severity, f.location.article, f.anchor_text)
             for f in review.findings if f.rule in RULES]
    assert found == GOLD[name]


def test_fusoku_message_uses_the_drafts_word() -> None:
    review = review_ordinance(parse_text((DRAFTS / "town-kanji-fusoku.txt").read_text(encoding="utf-8")), load_profile())
    (finding,) = [f for f in review.findings if f.rule == "suppl.reference"]
    assert finding.message_ja == "付則第3項中「付則第四項」の引用する付則第4項はない（付則は3項）。引用先を確認の上、改められたい。"

"""A defined word followed by a time or range word (施行日前に, 施行日以後, 旧条例以外) is used, not
part of a longer compound; and a 2023 draft's impossible 施行期日 belongs to its 施行期日 point."""

from __future__ import annotations

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import all_rules
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.checks.integrity_support import draft, findings

SUPPL = draft(
    "すずらん町手数料条例",
    "",
    "（趣旨）",
    "第1条　この条例は、手数料に関し必要な事項を定める。",
    "",
    "　　　附　則",
    "（施行期日）",
    "第1条　この条例は、令和6年4月1日から施行する。",
    "（経過措置）",
    "第2条　この条例の施行の日（以下「施行日」という。）前にされた申請については、なお従前の例による。",
    "２　施行日前にした行為に対する罰則の適用については、なお従前の例による。",
    "第3条　施行日以後の手数料は、この条例による。",
)


def test_a_term_followed_by_a_time_word_is_used() -> None:
    assert findings("term.unused", SUPPL) == []


def test_a_term_never_used_is_still_reported() -> None:
    unused = SUPPL.replace("２　施行日前にした", "２　この条例の施行前にした").replace("施行日以後の", "この条例の施行後の")
    assert [f.rule for f in findings("term.unused", unused)] == ["term.unused"]


def test_an_impossible_commencement_date_is_the_2023_profiles_commencement_point() -> None:
    text = draft(
        "かえで広域連合個人情報の保護に関する法律施行条例",
        "令和7年10月27日",
        "かえで広域連合条例第3号",
        "",
        "（趣旨）",
        "第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し必要な事項を定めるものとする。",
        "",
        "　　　附　則",
        "この条例は、令和5年4月1日から施行する。",
    )
    profile = load_profile("kojin-joho-2023")
    ctx = CheckContext(ordinance=parse_text(text), profile=profile)
    rule = next(r for r in all_rules() if r.id == "suppl.date")
    got = [(f.rule, f.requirement, f.severity) for f in rule.run(ctx)]
    assert got == [("suppl.date", "P23", "error")]

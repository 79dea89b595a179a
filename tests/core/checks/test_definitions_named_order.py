"""A definition that names the statute's Cabinet Order where the statute says 「政令で定める」 is
the statute's definition (a draft written in full-width numbers, as many 県 write)."""

from __future__ import annotations

import pytest

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definitions import check_definition_diff
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.test_review_drafts import MINI, YOHAIRYO


def _diff(text: str) -> list[tuple[str | None, str]]:
    ctx = CheckContext(ordinance=parse_text(text), profile=load_profile())
    return [(f.requirement, f.severity) for f in check_definition_diff(ctx)]


LAW = "行政機関の保有する個人情報の保護に関する法律（平成１５年法律第５８号。以下「法」という。）"


@pytest.mark.parametrize(
    ("delegation", "expected"),
    [
        ("規則で定める", []),
        ("法第２条第４項の政令で定める", []),
        ("行政機関の保有する個人情報の保護に関する法律施行令（平成１５年政令第５４８号）で定める", []),
        ("法施行令で定める", []),
        # another instrument is a real difference
        ("知事が別に定める", [("B1", "warning")]),
    ],
)
def test_the_statutes_cabinet_order_named_in_the_definition(delegation: str, expected: list) -> None:
    yohairyo = YOHAIRYO.replace("規則で定める", delegation)
    assert YOHAIRYO in MINI
    text = MINI.replace("（目的）\n第1条　", f"（目的）\n第1条　{LAW}の趣旨にのっとり、").replace(YOHAIRYO, yohairyo)
    assert [r for r in _diff(text) if r[0] == "B1"] == expected


ONE_SENTENCE = (
    "この条例において「個人情報」とは、生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等"
    "（文書、図画若しくは電磁的記録に記載され、若しくは記録され、又は音声、動作その他の方法を用いて表された一切の事項"
    "（個人識別符号を除く。）をいう。以下同じ。）により特定の個人を識別することができるもの（他の情報と照合することが"
    "でき、それにより特定の個人を識別することができることとなるものを含む。）又は個人識別符号が含まれるものをいう。"
)


def _a1(text: str) -> list[tuple[str, str]]:
    ctx = CheckContext(ordinance=parse_text(text), profile=load_profile())
    from ordreview.core.review import review_ordinance

    review = review_ordinance(ctx.ordinance, ctx.profile)
    return sorted((f.rule, f.severity) for f in review.findings if f.requirement == "A1")


def test_the_items_said_in_one_sentence_with_every_element_is_a_note() -> None:
    from tests.core.test_review_drafts import KOJIN

    assert KOJIN in MINI
    assert _a1(MINI.replace(KOJIN, ONE_SENTENCE)) == [("def.diff", "info")]


def test_one_sentence_without_an_element_is_still_an_error() -> None:
    from tests.core.test_review_drafts import KOJIN

    text = MINI.replace(KOJIN, ONE_SENTENCE.replace("又は個人識別符号が含まれるもの", ""))
    assert _a1(text) == [("gap", "error")]  # the missing element, reported once


def test_the_older_passive_wording_is_the_first_branch_and_a_collation_point() -> None:
    from tests.core.test_review_drafts import KOJIN

    older = ONE_SENTENCE.replace(
        "により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができる"
        "こととなるものを含む。）", "により特定の個人が識別され、又は識別され得るもの")
    assert "識別され得る" in older
    ctx = CheckContext(ordinance=parse_text(MINI.replace(KOJIN, older)), profile=load_profile())
    from ordreview.core.review import review_ordinance

    found = [(f.rule, f.requirement) for f in review_ordinance(ctx.ordinance, ctx.profile).findings
             if f.severity in ("error", "warning")]
    assert ("gap", "A1") not in found  # the branch is there, in the older words
    assert ("def.collation", "A4") in found  # whose collation standard is the point

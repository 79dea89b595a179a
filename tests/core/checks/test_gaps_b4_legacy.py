"""B4: the legacy sensitive-information collection ban reconciled with 要配慮個人情報.

Keeping 思想・信条・信教 next to 要配慮個人情報 in one ban with one set of exceptions is a deliberate
local choice; keeping the old list as its own ban (own items, own exceptions) beside a separate
rule for 要配慮個人情報 leaves two overlapping regimes."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

HEAD = (
    "白樺村個人情報保護条例\n\n"
    "（目的）\n"
    "第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。\n\n"
    "（定義）\n"
    "第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、特定の個人を識別することができるものをいう。\n"
    "2　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った"
    "事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める"
    "記述等が含まれる個人情報をいう。\n\n"
    "（収集の制限）\n"
    "第3条　実施機関は、個人情報を収集するときは、その目的を明確にし、必要な範囲内で、適法かつ公正な手段により収集しなければならない。\n"
    "{ban}\n\n"
    "（委任）\n"
    "第4条　この条例の施行に関し必要な事項は、規則で定める。\n"
)

SEPARATE = (
    "2　実施機関は、次に掲げる事項に関する個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。\n"
    "　(1)　思想、信条及び信教に関する個人情報\n"
    "　(2)　社会的差別の原因となるおそれのある個人情報\n"
    "3　実施機関は、要配慮個人情報を収集するときは、あらかじめ本人の同意を得なければならない。"
)


def _b4(ban: str) -> list[tuple[str, str, int | None]]:
    review = review_ordinance(parse_text(HEAD.format(ban=ban)), load_profile())
    return [(f.severity, f.code, f.location.paragraph) for f in review.findings
            if f.requirement == "B4" and f.rule == "gap"]


def test_two_separate_regimes_are_reported_on_the_legacy_ban() -> None:
    assert _b4(SEPARATE) == [("warning", "check.gap.legacy_list", 2)]


@pytest.mark.parametrize(
    "ban",
    [
        # one ban, one set of exceptions: the local extension is deliberate
        "2　実施機関は、思想、信条及び信教に関する個人情報並びに要配慮個人情報を収集してはならない。"
        "ただし、法令に定めがあるときは、この限りでない。",
        # keyed to 要配慮個人情報 only
        "2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。",
    ],
)
def test_reconciled_ban_no_b4(ban: str) -> None:
    assert _b4(ban) == []


def test_quoted_old_words_are_no_ban() -> None:
    # an explanation quoting the words the ordinance replaced is no collection ban
    ban = ("2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。\n"
           "3　前項の「要配慮個人情報」には、改正前の「思想、信条及び信教に関する個人情報」を含むものとする。")
    assert _b4(ban) == []


def test_legacy_ban_in_one_sentence_beside_a_separate_rule() -> None:
    ban = ("2　実施機関は、思想、信条又は信教に関する個人情報を収集してはならない。\n"
           "3　実施機関は、要配慮個人情報を収集するときは、本人から収集しなければならない。")
    assert _b4(ban) == [("warning", "check.gap.legacy_list", 2)]


def test_local_category_in_the_definition_is_no_ban() -> None:
    # the old categories folded into 要配慮個人情報 itself, and one ban keyed to it
    text = HEAD.format(ban="2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。")
    text = text.replace("記述等が含まれる個人情報をいう。",
                        "記述等が含まれる個人情報（思想、信条及び信教に関する個人情報を含む。）をいう。")
    review = review_ordinance(parse_text(text), load_profile())
    assert [f for f in review.findings if f.requirement == "B4" and f.rule == "gap"] == []

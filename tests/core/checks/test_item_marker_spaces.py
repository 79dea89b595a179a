"""num.item [O5]: 号 written （一）（二） keep their numbering check when a PDF extraction spaces
the marker out (「( 一 )」)."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, rows


@pytest.mark.parametrize("marks", [("（一）", "（二）", "（四）"), ("( 一 )", "( 二 )", "( 四 )")])
def test_gap_in_bracketed_kanji_items(marks: tuple[str, str, str]) -> None:
    text = draft(
        "第1条　実施機関は、次の各号のいずれかに該当するときは、利用することができる。",
        f"{marks[0]}　本人の同意があるとき。",
        f"{marks[1]}　法令に定めがあるとき。",
        f"{marks[2]}　緊急かつやむを得ないとき。",
        "",
    )
    found = rows("num.item", text)
    assert len(found) == 1 and found[0][1] == "O5"


def test_no_gap_no_finding() -> None:
    text = draft(
        "第1条　実施機関は、次の各号のいずれかに該当するときは、利用することができる。",
        "( 一 )　本人の同意があるとき。",
        "( 二 )　法令に定めがあるとき。",
        "",
    )
    assert rows("num.item", text) == []

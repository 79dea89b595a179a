"""Several quoted terms joined before one とは: 「A」、「B」又は「C」とは、それぞれ…をいう."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from tests.core.checks.integrity_support import rows

DRAFT = (
    "さざなみ組合個人情報保護条例\n"
    "（目的）\n第1条　この条例は、非識別加工情報の提供に関し必要な事項を定め、個人の権利利益を保護することを目的とする。\n"
    "（定義）\n第2条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"
    "2　この条例において{quoted}とは、それぞれ行政機関の保有する個人情報の保護に関する法律第2条第8項若しくは第9項"
    "又は第44条の2第3項に規定するものに相当するものをいう。\n"
    "（委任）\n第3条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


@pytest.mark.parametrize("joint", ["、", "及び", "又は"])
def test_every_quoted_term_before_the_toha_is_defined(joint: str) -> None:
    text = DRAFT.format(quoted=f"「非識別加工情報」{joint}「行政機関非識別加工情報」又は「削除情報」")
    terms = {t.term for t in parse_text(text).terms}
    assert {"非識別加工情報", "行政機関非識別加工情報", "削除情報"} <= terms
    assert "非識別加工情報" not in [r[3] for r in rows("term.undefined", text)]


def test_a_quoted_word_in_the_body_before_is_not_taken_for_a_defined_term() -> None:
    # 「A」という… in a preceding sentence, not joined to the defined term, stays what it was
    text = DRAFT.format(quoted="「削除情報」").replace(
        "2　この条例において", "2　前項の「個人情報」を用いて作成する情報について、この条例において")
    terms = [t.term for t in parse_text(text).terms]
    assert terms.count("個人情報") == 1 and "削除情報" in terms

"""def.adopted_as_is: 保有個人情報 adopted by a bare citation of the statute's definition, which names
the national organs and their documents (drafts written here)."""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """あけぼの市個人情報保護条例

（目的）
第1条　この条例は、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の趣旨にのっとり、個人情報の適正な取扱いに関し必要な事項を定める。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　法第2条第2項に規定する個人情報をいう。
(2)　実施機関　市長、教育委員会及び議会をいう。
(3)　公文書　あけぼの市情報公開条例（平成12年あけぼの市条例第3号）第2条第2項に規定する公文書をいう。
(4)　保有個人情報　{held}
（開示請求権）
第3条　何人も、実施機関に対し、当該実施機関の保有する自己を本人とする保有個人情報の開示を請求することができる。
{extra}"""


def _a7(held: str, extra: str = "") -> list[tuple[str, str]]:
    r = review_ordinance(parse_text(DRAFT.format(held=held, extra=extra)), load_profile("basic-policy-2016"))
    return [(f.requirement, f.location.article) for f in r.findings if f.rule == "def.adopted_as_is"]


def test_a_bare_citation_of_the_statutes_definition_is_reported() -> None:
    assert _a7("法第2条第5項に規定する保有個人情報をいう。") == [("A7", "2")]


@pytest.mark.parametrize(
    ("held", "extra"),
    [
        # read with substitutions in the definition
        ("法第2条第5項中「行政機関の職員」とあるのは「実施機関の職員」と、「行政文書」とあるのは「公文書」と読み替えた場合における同項に規定する保有個人情報をいう。", ""),
        # or in a provision of its own
        ("法第2条第5項に規定する保有個人情報をいう。",
         "（読替え）\n第4条　前条の規定の適用については、法第2条第5項中「行政機関の職員」とあるのは「実施機関の職員」と、「行政文書」とあるのは「公文書」とする。\n"),
        # defined in the ordinance's own words
        ("実施機関の職員が職務上作成し、又は取得した個人情報であって、公文書に記録されているものをいう。", ""),
    ],
)
def test_substitutions_or_own_words_are_no_finding(held: str, extra: str) -> None:
    assert _a7(held, extra) == []

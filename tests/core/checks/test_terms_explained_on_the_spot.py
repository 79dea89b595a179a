"""A term explained where it is first used, before the provision that defines it (O3), and a
statute's term named through a paragraph cited with a 読替え list whose quotes hold full stops (O4).

Fictional drafts written for these tests (千歯村, 唐竿町)."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

SENBA = """千歯村個人情報保護条例

（目的）
第1条　この条例は、村の機関における個人情報の取扱いに関し必要な事項を定めることを目的とする。

（従事者の義務）
第2条　個人情報の取扱いに従事する村の職員又は職員であった者は、その業務に関して知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に利用してはならない。
2　前項の規定は、{use}の取扱いに従事する村の職員又は職員であった者について準用する。この場合において、同項中「個人情報の内容」とあるのは、「村非識別加工情報等の内容」と読み替えるものとする。

（安全確保の措置）
第3条　村長は、村非識別加工情報、削除情報及び加工の方法に関する情報（以下「村非識別加工情報等」という。）の漏えいを防止するために必要な措置を講じなければならない。
"""


def _findings(text: str, rule: str) -> list:
    return [f for f in review_ordinance(parse_text(text), load_profile()).findings
            if f.rule == rule and f.severity in ("error", "warning")]


def test_a_term_explained_at_its_first_use_is_no_use_before_its_definition() -> None:
    explained = SENBA.format(use="村非識別加工情報等（第3条に規定する村非識別加工情報等をいう。）")
    assert _findings(explained, "abbr.before_definition") == []
    bare = SENBA.format(use="村非識別加工情報等")
    found = _findings(bare, "abbr.before_definition")
    assert found and found[0].location.article == "2"


KARASAO = """唐竿町個人情報保護条例

（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　保有個人情報　町の職員が職務上作成し、又は取得した個人情報であって、町が保有しているものをいう。
(2)　町非識別加工情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「行政機関個人情報保護法」という。）第2条第9項中「行政機関」とあるのは「町の機関」と、「保有個人情報」とあるのは「保有個人情報（唐竿町個人情報保護条例第1条第1号に規定する保有個人情報をいう。）」と読み替えた場合における同項に規定する{term}に相当するものをいう。
"""


def test_a_statute_term_named_through_the_paragraph_cited_with_readings_is_explained() -> None:
    assert _findings(KARASAO.format(term="行政機関非識別加工情報"), "term.statute_undefined") == []


def test_the_sentence_still_ends_at_a_full_stop_outside_brackets() -> None:
    # the citation belongs to the sentence before: the term in the next sentence is unexplained
    text = KARASAO.format(term="非識別加工情報") + "(3)　加工情報　行政機関非識別加工情報を加工したものをいう。\n"
    found = _findings(text, "term.statute_undefined")
    assert found and "行政機関非識別加工情報" in found[0].message_ja

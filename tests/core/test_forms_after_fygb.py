"""After the held-out sets fy–gb (2026-12-07), each on a fictional draft written for the test."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DISCLOSURE = """みさきだい町個人情報保護条例
（定義）
第1条　この条例において「保有個人情報」とは、実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に利用するものとして、当該実施機関が保有しているものをいう。
（開示義務）
第2条　実施機関は、開示請求があったときは、開示請求に係る保有個人情報に次の各号に掲げる情報（以下「不開示情報」という。）のいずれかが含まれている場合を除き、開示請求者に対し、当該保有個人情報を開示しなければならない。
一　開示請求者の生命、健康、生活又は財産を害するおそれがある情報
二　法令の規定により開示することができない情報
（開示請求に対する措置）
第3条　実施機関は、開示請求に係る保有個人情報の全部又は一部を開示するときは、その旨の決定をし、開示請求者に対し、その旨を書面により通知しなければならない。
"""

PARTIAL = """（部分開示）
第4条　実施機関は、開示請求に係る保有個人情報に前条各号に掲げる情報が含まれている場合において、その部分を容易に区分して除くことができるときは、開示請求者に対し、当該部分を除いた部分につき開示しなければならない。
"""


def _unused(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.anchor_text) for f in review_ordinance(parse_text(text), load_profile()).findings
            if f.rule == "term.unused"]


def test_the_disclosure_exemptions_short_name_without_the_provisions_that_use_it() -> None:
    # 不開示情報 is coined by the statute (行政機関個人情報保護法 第14条) for 部分開示 and 裁量的開示 (第15条, 第16条); a
    # draft with neither leaves it idle for their absence: a note naming them
    assert _unused(DISCLOSURE) == [("info", "不開示情報")]
    # a draft that has 部分開示 but writes the long form there left the short name idle where it was coined to be used
    assert _unused(DISCLOSURE + PARTIAL) == [("warning", "不開示情報")]

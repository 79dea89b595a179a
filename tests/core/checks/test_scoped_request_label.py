"""A request label the draft limits to one article (「前条の規定による開示の請求（以下この条において
「開示請求」という。）」): used after its scope it is an O3 finding, and 「開示請求者」 built on it
there is an undefined term (O4); used ordinance-wide, neither (drafts written here)."""

from __future__ import annotations

from ordreview.core.labels import place_label
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """こもれび村個人情報保護条例

（開示請求権）
第1条　何人も、村長に対し、村長の保有する自己を本人とする個人情報の開示を請求することができる。
（開示請求の手続）
第2条　前条の規定による開示の請求（{scope}「開示請求」という。）は、次に掲げる事項を記載した書面を村長に提出してしなければならない。
(1)　開示請求をする者の氏名及び住所
(2)　開示請求に係る個人情報を特定するに足りる事項
（開示義務）
第3条　村長は、前条第1項の請求があったときは、開示請求者以外の個人に関する情報が含まれている場合を除き、当該個人情報を開示しなければならない。
（部分開示）
第4条　村長は、開示請求に係る個人情報の一部を開示することができる。
"""


def _rows(scope: str) -> list[tuple[str, str, str]]:
    r = review_ordinance(parse_text(DRAFT.format(scope=scope)), load_profile("basic-policy-2016"))
    return [(f.rule, place_label(r.ordinance, f.location), f.message_ja.split("「", 1)[1].split("」", 1)[0])
            for f in r.findings if f.rule in ("abbr.out_of_scope", "term.undefined") and f.severity == "warning"]


def test_a_label_scoped_to_its_article_is_reported_where_used_after_it() -> None:
    rows = _rows("以下この条において")
    assert ("abbr.out_of_scope", "第4条", "開示請求") in rows
    assert ("term.undefined", "第3条", "開示請求者") in rows


def test_the_same_label_defined_for_the_whole_ordinance_is_no_finding() -> None:
    rows = _rows("以下")
    assert [r for r in rows if "開示請求" in r[2]] == []

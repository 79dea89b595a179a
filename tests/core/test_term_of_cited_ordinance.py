"""A word used as another ordinance's word — 「…情報公開条例の規定による公文書の開示の請求」 — takes
its meaning from that ordinance: it is not a term this ordinance leaves undefined. The same word
used on its own account, or through this ordinance's own provisions, still needs a definition."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """かえで村個人情報保護条例

（定義）
第1条　この条例において「実施機関」とは、村長及び教育委員会をいう。
2　この条例において「保有個人情報」とは、実施機関の職員が職務上作成し、又は取得した個人情報であって、文書、図画及び電磁的記録に記録されているものをいう。

（提案の対象）
第2条　実施機関は、かえで村情報公開条例（平成12年かえで村条例第3号）の規定による公文書の開示の請求があったとしたならば、その全部又は一部を開示する旨の決定をすることとなる保有個人情報について、提案を募集する。
"""


def _undefined(text: str) -> list[str]:
    review = review_ordinance(parse_text(text), load_profile())
    return [f.message_ja for f in review.findings if f.rule == "term.undefined" and "公文書" in f.message_ja]


def test_the_cited_ordinances_word_needs_no_definition_here() -> None:
    assert _undefined(DRAFT) == []


def test_the_word_on_its_own_account_is_still_undefined() -> None:
    text = DRAFT + "\n（公文書の管理）\n第3条　実施機関は、公文書を適正に管理しなければならない。\n"
    assert len(_undefined(text)) == 1


def test_this_ordinances_own_provisions_do_not_lend_a_meaning() -> None:
    text = DRAFT.replace("かえで村情報公開条例（平成12年かえで村条例第3号）の規定による", "この条例の規定による")
    assert len(_undefined(text)) == 1

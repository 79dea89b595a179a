"""Legitimate forms of 例規 drafting that the reference and term rules must read right, and the two
defects beside them they must catch: a definition quoted in a 読替え, 「同条」 after 「前2条」, 「前2号」
in an item numbered after a gap, a 「以下この条において」 label compressed from its defining phrase
and used in the next article, and a shortened variant of a defined term. Small drafts of a fictional
町 written here: Arabic numbers, 号 written (1)."""

from __future__ import annotations

from ordreview.core.model import NodeRef
from ordreview.core.parse import parse_text
from tests.core.checks.integrity_support import draft, rows

W = "warning"

DISCLOSURE = draft(
    "つばき野町個人情報保護条例",
    "（開示請求権）",
    "第1条　何人も、実施機関に対し、自己を本人とする保有個人情報の開示を請求することができる。",
    "（訂正請求権）",
    "第2条　何人も、自己を本人とする保有個人情報の内容が事実でないと思料するときは、その訂正を請求することができる。",
    "（利用停止請求権）",
    "第3条　何人も、自己を本人とする保有個人情報の利用の停止を請求することができる。",
    "（開示決定等の期限）",
    "第4条　実施機関は、第1条の規定による請求があった日から起算して15日以内に、開示をするかどうかの決定"
    "（以下「開示決定等」という。）をしなければならない。",
    "2　実施機関は、正当な理由があるときは、前項に規定する期間を30日以内に限り延長することができる。",
    "3　実施機関は、開示決定等をしたときは、その旨を書面により通知しなければならない。",
    "（訂正決定等の期限）",
    "第5条　前条（第3項を除く。）の規定は、第2条及び第3条の規定による請求について準用する。この場合において、"
    "同条第1項中「開示をするかどうかの決定（以下「開示決定等」という。）」とあるのは、「訂正又は利用停止をするかどうかの決定」と"
    "読み替えるものとする。",
)


def test_a_definition_quoted_in_the_words_a_yomikae_replaces_is_no_second_definition() -> None:
    assert rows("abbr.duplicate", DISCLOSURE) == []
    assert rows("term.unused", DISCLOSURE) == []
    # the same definition written as a provision of the draft is one
    twice = DISCLOSURE + "\n第6条　実施機関は、開示をするかどうかの決定（以下「開示決定等」という。）の件数を公表する。"
    assert [r[0] for r in rows("abbr.duplicate", twice)] == ["abbr.duplicate"]
    # and a definition read into the statute but never used elsewhere is still reported unused
    unused = DISCLOSURE.replace("3　実施機関は、開示決定等をしたときは", "3　実施機関は、決定をしたときは")
    assert rows("term.unused", unused) == [("term.unused", "O4", W, "開示決定等")]


PLURAL = draft(
    "つばき野町個人情報保護条例",
    "第1条　何人も、開示を請求することができる。",
    "第2条　実施機関は、前条の規定による請求があった日から15日以内に決定をしなければならない。",
    "2　実施機関は、前項の決定をしたときは、書面により通知しなければならない。",
    "3　前項の通知は、規則で定める様式による。",
    "第3条　何人も、訂正を請求することができる。",
    "第4条　何人も、利用停止を請求することができる。",
    "第5条　第2条（第3項を除く。）の規定は、前2条の規定による請求について準用する。この場合において、"
    "同条第2項中「書面」とあるのは、「書面又は電磁的方法」と読み替えるものとする。",
)


def test_dou_jou_after_a_plural_reference_is_the_article_the_junyo_names() -> None:
    refs = {r.text: r.address for r in parse_text(PLURAL).references}
    assert refs["同条第2項"] == NodeRef("2", 2, None)
    assert rows("ref.unresolved", PLURAL) == []
    # a paragraph the named article does not have is still reported
    assert [r[0] for r in rows("ref.unresolved", PLURAL.replace("同条第2項中", "同条第4項中"))] == ["ref.unresolved"]


GAP = draft(
    "つばき野町個人情報保護条例",
    "第1条　実施機関は、要配慮個人情報を収集してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。",
    "(1)　法令に定めがあるとき。",
    "(2)　本人の同意があるとき。",
    "(4)　前2号に掲げるもののほか、公益上必要があると実施機関が認めるとき。",
)


def test_items_named_back_from_an_item_numbered_after_a_gap_are_the_items_printed_before_it() -> None:
    # the gap is the defect (num.item); 「前2号」 in the item printed third names (1) and (2)
    assert rows("ref.unresolved", GAP) == []
    assert [r[0] for r in rows("num.item", GAP)] == ["num.item"]
    assert rows("ref.unresolved", GAP.replace("前2号", "前3号")) != []


SCOPED = draft(
    "つばき野町個人情報保護条例",
    "（収集の制限）",
    "第1条　実施機関は、個人情報を収集するときは、個人情報を取り扱う事務（以下この条において「{label}」という。）の目的を"
    "明確にしなければならない。",
    "2　実施機関は、{label}の目的を達成するために必要な範囲内で収集しなければならない。",
    "（利用の制限）",
    "第2条　実施機関は、{use}の目的以外の目的のために保有個人情報を利用してはならない。",
)


def test_a_label_compressed_from_its_phrase_used_in_the_next_article_is_out_of_scope() -> None:
    text = SCOPED.format(label="取扱事務", use="取扱事務")
    assert rows("abbr.out_of_scope", text) == [("abbr.out_of_scope", "O3", W, "取扱事務")]
    # kept in its article, or spelled out in the next one: no finding
    assert rows("abbr.out_of_scope", SCOPED.format(label="取扱事務", use="個人情報を取り扱う事務")) == []
    # a label written in the phrase's own words (事務 of 個人情報を取り扱う事務) is a plain word
    assert rows("abbr.out_of_scope", SCOPED.format(label="事務", use="事務")) == []


VARIANT = draft(
    "つばき野町個人情報保護条例",
    "（定義）",
    "第1条　この条例において「実施機関」とは、町長及び教育委員会をいう。",
    "2　この条例において「要配慮個人情報」とは、本人の人種、信条、病歴その他規則で定める記述等が含まれる個人情報をいう。",
    "3　この条例において「保有個人情報」とは、実施機関の職員が職務上取得した個人情報であって、実施機関が保有しているものをいう。",
    "（安全確保）",
    "第2条　実施機関は、保有個人情報の適切な管理のために必要な措置を講じなければならない。",
    "2　実施機関は、{word}を含む保有個人情報については、取り扱う職員の範囲を限定しなければならない。",
)


def test_a_shortened_variant_of_a_defined_term_is_an_undefined_term() -> None:
    assert rows("term.undefined", VARIANT.format(word="要配慮個人情報")) == []
    assert rows("term.undefined", VARIANT.format(word="保有情報")) == [("term.undefined", "O4", W, "保有情報")]
    # 要配慮情報 is one of B6's legacy words (the profile forbids it): B6 reports it, not this rule
    assert rows("term.undefined", VARIANT.format(word="要配慮情報")) == []
    # a variant the draft defines itself is a term of its own
    own = VARIANT.format(word="要配慮情報") + "\n3　前項の「要配慮情報」とは、要配慮個人情報のうち規則で定めるものをいう。"
    assert all(r[3] != "要配慮情報" for r in rows("term.undefined", own))
